"""python -m bench STEP ARGS…: set Django up, then run `bench.STEP.main(ARGS)`.

Steps that import the project's models (urls, server_time, reference) need Django
ready before their imports run; the others (load, memory, packs, report) work
without it and are run the same way for one entry point.
"""

import importlib
import sys

DJANGO_STEPS = {"urls", "server_time", "reference"}


def run(step, args):
    if step in DJANGO_STEPS:
        import django

        django.setup()
    module = importlib.import_module(f"bench.{step}")
    return module.main(args)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m bench STEP [ARGS…]")
    sys.exit(run(sys.argv[1], sys.argv[2:]))
