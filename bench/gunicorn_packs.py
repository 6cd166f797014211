"""gunicorn settings for the module pack stampede: every pack build leaves a line.

Used as `gunicorn -c bench/gunicorn_packs.py …` with BENCH_PACK_LOG naming a file.
Once a worker has loaded the site, `curriculum.packs.build_pack` is wrapped so
that each call appends the worker's pid to that file before building: the
number of lines is the number of builds, whichever worker or thread made them.
If the function is gone (the packs code changed), the worker writes
"uninstrumented" instead and the report falls back on the files left in storage.
"""

import os


def post_worker_init(worker):
    from curriculum import packs

    log = os.environ["BENCH_PACK_LOG"]
    build = getattr(packs, "build_pack", None)
    if build is None:
        with open(log, "a") as out:
            out.write("uninstrumented\n")
        return

    def counted_build(*args, **kwargs):
        with open(log, "a") as out:
            out.write(f"{os.getpid()}\n")
        return build(*args, **kwargs)

    packs.build_pack = counted_build
