"""Print the test counts of each pytest run (from its JUnit XML) and their total.

The last line is the plain "N passed, N failed" line CI reads.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def counts(path):
    suite = ET.parse(path).getroot()
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
    tests, failures, errors, skipped = (
        int(suite.get(key, 0)) for key in ("tests", "failures", "errors", "skipped")
    )
    return {
        "passed": tests - failures - errors - skipped,
        "failed": failures + errors,
        "skipped": skipped,
    }


def main(paths):
    total = {"passed": 0, "failed": 0, "skipped": 0}
    for path in map(Path, paths):
        if not path.exists():
            continue
        run = counts(path)
        for key in total:
            total[key] += run[key]
        print(
            f"  {path.stem:<11} {run['passed']} passed, {run['failed']} failed, "
            f"{run['skipped']} skipped"
        )
    print(f"total: {total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")


if __name__ == "__main__":
    main(sys.argv[1:])
