"""Django set up on the database the environment names, for the drill's ORM steps."""

import sys

from drill.processes import ROOT


def setup():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
