"""The name under which a seeded database is kept between runs (`bench-report/data/`).

Seeding the bench size takes minutes, so scripts/bench keeps each seeded
database (a SQLite file, or a `pg_dump -Fc` of a PostgreSQL one, and its media
folder) and restores it next time. The name says what the snapshot holds — the
database kind, the numbers asked of seed_bulk and its seed — and ends with a
hash of everything that decides its content: every migration, and the seeding
code (the seed_bulk and load_demo commands, the project modules they import,
transitively, and the data files beside those modules or in a `data/` folder
there). Change a model or the seeder and the name changes: the next run seeds again.

    python -m bench.datastore key sqlite 100 20 50 1         # seed_bulk sizes
    python -m bench.datastore key sqlite --demo              # load_demo only
    python -m bench.datastore copy-sqlite SOURCE TARGET      # a consistent copy
"""

import argparse
import ast
import hashlib
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDING_COMMANDS = ("seed_bulk", "load_demo")
SKIPPED_FOLDERS = {".venv", ".git", "bench-report", "node_modules", "__pycache__"}
DATA_SUFFIXES = {".json", ".yaml", ".yml", ".csv", ".txt", ".toml", ".jpg", ".jpeg", ".png"}


def project_files(pattern):
    return sorted(path for path in ROOT.glob(pattern) if not SKIPPED_FOLDERS & set(path.parts))


def module_file(name):
    """The project file of module `name` ("stories.models"), or None outside the project."""
    base = ROOT.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def package_of(path, level):
    """The package a relative import of `level` dots in `path` starts from."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[: len(parts) - level])


def imported_names(path):
    names = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package_of(path, node.level) if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            names += [module] + [f"{module}.{alias.name}" for alias in node.names]
    return names


def seeding_code():
    """The seeding commands and every project module they import, transitively."""
    pending = [p for c in SEEDING_COMMANDS for p in project_files(f"*/management/commands/{c}.py")]
    seen = set()
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        found = (module_file(name) for name in imported_names(path))
        pending += [found_path for found_path in found if found_path is not None]
    return seen


def data_files(code):
    """Data files beside the seeding modules, and everything in a `data/` folder there."""
    folders = {path.parent for path in code}
    beside = {p for f in folders for p in f.iterdir() if p.suffix.lower() in DATA_SUFFIXES}
    within = {p for f in folders for p in (f / "data").rglob("*") if p.is_file()}
    return beside | within


def content_hash():
    code = seeding_code()
    files = set(project_files("*/migrations/*.py")) | code | data_files(code)
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def key(kind, sizes, demo):
    if demo:
        return f"{kind}-demo-{content_hash()}"
    stories, modules, events, seed = sizes
    return f"{kind}-s{stories}-m{modules}-e{events}-seed{seed}-{content_hash()}"


def copy_sqlite(source, target):
    """Copy through SQLite's backup API: the copy is whole even with a WAL beside it."""
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench.datastore", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    key_command = commands.add_parser("key")
    key_command.add_argument("kind", choices=["sqlite", "postgresql"])
    key_command.add_argument("sizes", nargs="*", type=int, help="stories modules events seed")
    key_command.add_argument("--demo", action="store_true")
    copy_command = commands.add_parser("copy-sqlite")
    copy_command.add_argument("source")
    copy_command.add_argument("target")
    options = parser.parse_args(args)
    if options.command == "copy-sqlite":
        copy_sqlite(options.source, options.target)
    elif not options.demo and len(options.sizes) != 4:
        parser.error("key needs STORIES MODULES EVENTS SEED, or --demo")
    else:
        print(key(options.kind, options.sizes, options.demo))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
