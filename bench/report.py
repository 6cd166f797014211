"""The report: bench-report/report.md, report.json and chart.svg from one run's raw results.

Every step writes its JSON under `bench-report/raw/` (`<database>-<size>-<step>.json`,
`memory.json`, `run.json`); this gathers them, checks the targets (bench.targets)
and writes the three files (bench.markdown, bench.chart), then prints where they are.

    python -m bench report bench-report
"""

import argparse
import json
import os
import subprocess
import time
from dataclasses import asdict
from pathlib import Path

from bench import chart
from bench.markdown import markdown
from bench.targets import check_targets

DATABASES = ("sqlite", "postgresql")
SIZES = ("small", "bench")


def read_json(path):
    return json.loads(path.read_text()) if path.exists() else None


def read_combo(raw, database, size, sizes):
    prefix = f"{database}-{size}"
    urls = read_json(raw / f"{prefix}-urls.json")
    if urls is None:
        return None
    server = read_json(raw / f"{prefix}-server.json")
    load = {
        cache: found
        for cache in ("off", "on")
        if (found := read_json(raw / f"{prefix}-load-{cache}.json"))
    }
    return {
        "database": database,
        "size": size,
        "requested": sizes.get(size),
        "counts": urls["counts"],
        "urls": urls["pages"],
        "server": server["page_types"] if server else None,
        "server_load": server.get("load_average") if server else None,
        "load": load,
        "packs": read_json(raw / f"{prefix}-packs.json"),
    }


def git_commit():
    completed = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return completed.stdout.strip() or "unknown"


def assemble(raw):
    run = read_json(raw / "run.json") or {}
    stopped = raw / "stopped"
    run["stopped_during"] = stopped.read_text().strip() if stopped.exists() else None
    run.update(finished=time.strftime("%Y-%m-%d %H:%M:%S"), load_end=os.getloadavg()[0])
    run.setdefault("commit", git_commit())
    # With the demo standing in for seed_bulk, the sizes asked for were not seeded.
    sizes = run.get("sizes", {}) if run.get("data_source") == "seed_bulk" else {}
    combos = [
        combo
        for database in DATABASES
        for size in SIZES
        if (combo := read_combo(raw, database, size, sizes)) is not None
    ]
    results = {"run": run, "combos": combos, "memory": read_json(raw / "memory.json")}
    results["targets"] = [asdict(target) for target in check_targets(results)]
    return results


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench report", description=__doc__)
    parser.add_argument("folder", type=Path)
    options = parser.parse_args(args)
    results = assemble(options.folder / "raw")
    paths = {name: options.folder / name for name in ("report.md", "report.json", "chart.svg")}
    paths["report.md"].write_text(markdown(results))
    paths["report.json"].write_text(json.dumps(results, indent=2, ensure_ascii=False))
    paths["chart.svg"].write_text(chart.svg(results))
    for path in paths.values():
        print(f"  {path}")
    return 0
