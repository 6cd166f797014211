"""Module pack stampede: 20 clients ask for the same module's pack at the same moment.

The pack (`<module URL>pack/`, curriculum/models/pages.py) is built on the first
request and kept in storage. When many teachers click at once before it exists,
it should still be built once and every one of them should get it. scripts/bench
starts gunicorn with `bench/gunicorn_packs.py` (which logs each build) and enough
threads for every client to be served at once; this step removes any stored pack
of the module, releases the clients together and checks every answer is a 200
with a ZIP that opens and holds the module's PDF.

    python -m bench packs URLS.json http://127.0.0.1:PORT MEDIA_ROOT BUILD_LOG OUT.json
"""

import argparse
import io
import json
import shutil
import threading
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

PACK_FOLDER = "module-packs"  # curriculum.packs.PACK_FOLDER, without importing the site


def valid_zip(body):
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            names = archive.namelist()
            return archive.testzip() is None and any(name.endswith(".pdf") for name in names)
    except zipfile.BadZipFile:
        return False


def fetch(url, barrier):
    barrier.wait()
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=300) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, b""
    except OSError as error:
        status, body = f"{type(error).__name__}", b""
    seconds = time.perf_counter() - started
    return {"status": status, "valid_zip": valid_zip(body), "bytes": len(body), "s": seconds}


def stampede(url, clients):
    barrier = threading.Barrier(clients)
    answers = [None] * clients

    def client(number):
        answers[number] = fetch(url, barrier)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def builds_logged(log):
    lines = Path(log).read_text().split() if Path(log).exists() else []
    if "uninstrumented" in lines:
        return None
    return len(lines)


def main(args):
    parser = argparse.ArgumentParser(prog="python -m bench packs", description=__doc__)
    for name in ("urls", "base", "media_root", "build_log", "out"):
        parser.add_argument(name)
    parser.add_argument("--clients", type=int, default=20)
    options = parser.parse_args(args)
    with open(options.urls) as source:
        pack = json.load(source)["pack"]
    folder = Path(options.media_root) / PACK_FOLDER / str(pack["module_id"])
    shutil.rmtree(folder, ignore_errors=True)
    answers = stampede(options.base + pack["url"], options.clients)
    result = {
        "url": pack["url"],
        "clients": options.clients,
        "builds": builds_logged(options.build_log),
        "files_left": sorted(path.name for path in folder.glob("*.zip")),
        "ok": sum(a["status"] == 200 and a["valid_zip"] for a in answers),
        "answers": answers,
    }
    print(f"  {result['builds']} builds, {result['ok']}/{options.clients} valid ZIPs")
    with open(options.out, "w") as out:
        json.dump(result, out, indent=2)
    return 0
