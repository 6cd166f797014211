"""The demo's words, read from the TOML files under `content/` (see its README).

Each file is one page or item: first what its languages share (dates, vocabulary
slugs, the demo items it points to), then one table per language with the words a
translator changes. A folder of items (`stories/`, `events/`…) is read in the order
of its file names; the name without its leading number is the item's key, from
which its translation key is made, so renaming a file makes a new page.
"""

import re
import tomllib
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "content"
NUMBER = re.compile(r"^\d+-")


def load(path):
    with open(path, "rb") as file:
        return tomllib.load(file)


def read(name):
    """One file, by its path under `content/` without the extension: `read("pages/about")`."""
    return load(FOLDER / f"{name}.toml")


def items(folder):
    """`[(key, data)]` for the files of a folder, in the order of their names."""
    return [
        (NUMBER.sub("", path.stem), load(path)) for path in sorted((FOLDER / folder).glob("*.toml"))
    ]
