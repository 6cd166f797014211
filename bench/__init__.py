"""`make bench`: how fast Soleil serves its pages, and whether it keeps to its targets.

`scripts/bench` prepares the databases and the servers; each module here does one
part and writes JSON under `bench-report/raw/`, which `bench.report` turns into
the report. Steps that read the database run through `python -m bench STEP …`,
which sets Django up before importing them.
"""
