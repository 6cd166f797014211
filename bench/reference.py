"""The static reference file: the Spanish story page's own HTML, served by whitenoise.

wrk compares each page's requests per second with a static file of the same
size served by the same gunicorn in the same run. The fairest such file is the
story page itself, rendered once and written into STATIC_ROOT before gunicorn
starts (whitenoise lists STATIC_ROOT's files when it starts).

    python -m bench reference URLS.json STATIC_ROOT    # prints the file's size
"""

import argparse
import json
from pathlib import Path

from django.core.wsgi import get_wsgi_application

from bench.server_time import call

REFERENCE_NAME = "bench-reference.html"


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench reference", description=__doc__)
    parser.add_argument("urls")
    parser.add_argument("static_root")
    options = parser.parse_args(args)
    with open(options.urls) as source:
        story_url = json.load(source)["pages"]["story"][0]["url"]
    status, body = call(get_wsgi_application(), story_url)
    if status != 200:
        raise SystemExit(f"{story_url} answered {status}: no reference file")
    (Path(options.static_root) / REFERENCE_NAME).write_bytes(body)
    print(len(body))
    return 0
