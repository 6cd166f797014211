"""What a run was asked to do, written first so the report can say it (raw/run.json).

scripts/bench exports its choices; the sizes come as "stories modules events".

    python -m bench run_info OUT.json
"""

import argparse
import json
import os
import time

SIZE_VARIABLES = {"small": "small_size", "bench": "bench_size"}


def sizes():
    found = {}
    for label, variable in SIZE_VARIABLES.items():
        stories, modules, events = (int(n) for n in os.environ[variable].split())
        found[label] = {"stories": stories, "modules": modules, "events": events}
    return found


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench run_info", description=__doc__)
    parser.add_argument("out")
    options = parser.parse_args(args)
    info = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "load_start": os.getloadavg()[0],
        "data_source": os.environ["DATA_SOURCE"],
        "seed": int(os.environ["BENCH_SEED"]),
        "requests_per_page_type": int(os.environ["BENCH_REQUESTS"]),
        "sizes": sizes(),
    }
    with open(options.out, "w") as out:
        json.dump(info, out, indent=2)
    return 0
