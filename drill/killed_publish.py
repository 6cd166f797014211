"""Step 2 (`python -m drill.killed_publish`, on PostgreSQL): a process publishing a new
revision of a story and its wagtail-localize translation is SIGKILLed after a random
few milliseconds, ten times. After each kill the live story and its translation are each
entirely the old or entirely the new version (title and body of the page row are those
of its live revision), and Wagtail's tree check finds nothing.

The publishing process is forked from this one, Django already set up, so a trial costs
the publish itself; the delays are spread over the length of a publish run to the end.
"""

import contextlib
import os
import random
import signal
import sys
import time

from drill.django_setup import setup
from drill.figures import FAILED, report

TRIALS = 10


def translated_story():
    """A Spanish story with a French translation made by wagtail-localize."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    from stories.models import StoryPage

    story = StoryPage.objects.live().filter(locale__language_code="es").order_by("pk").first()
    source, _created = TranslationSource.get_or_create_from_instance(story)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="fr")
    )
    translation.save_target(publish=True)
    return story.pk, translation.pk


def publish(story_id, translation_id, stamp):
    """What the killed process does: a new revision of the story, published, then its
    translation brought up to date and published."""
    from wagtail_localize.models import Translation

    from stories.models import StoryPage

    story = StoryPage.objects.get(pk=story_id)
    story.title = f"Drill {stamp}"
    story.summary = f"Drill summary {stamp}"
    story.save_revision().publish()
    translation = Translation.objects.get(pk=translation_id)
    translation.source.update_from_db()
    translation.save_target(publish=True)


def state(page_id):
    """(title, summary) of the live row, and whether they are its live revision's."""
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    revision = page.live_revision.as_object()
    same = page.title == revision.title and page.summary == revision.summary
    same = same and page.body.get_prep_value() == revision.body.get_prep_value()
    return page.title, same


def run_once(story_id, translation_id, stamp, delay):
    """Fork a publisher, kill it after `delay` seconds (or let it end); its exit status."""
    from django.db import connections

    connections.close_all()
    child = os.fork()
    if child == 0:
        code = 1
        try:
            publish(story_id, translation_id, stamp)
            code = 0
        finally:
            os._exit(code)
    if delay is not None:
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)
    _pid, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status)


def main():
    setup()
    from wagtail.models import Locale, Page

    story_id, translation_id = translated_story()
    french = Locale.objects.get(language_code="fr")
    french_id = Page.objects.get(pk=story_id).get_translation(french).pk
    began = time.monotonic()
    run_once(story_id, translation_id, "calibration", None)
    length = time.monotonic() - began
    outcomes, inconsistent, killed = {"old": 0, "new": 0}, [], 0
    rng = random.Random(int(os.environ.get("DRILL_SEED", "15")))
    for trial in range(TRIALS):
        before = {pid: state(pid)[0] for pid in (story_id, french_id)}
        stamp = f"{trial}-{rng.randrange(10**6)}"
        delay = rng.uniform(0.005, length)
        killed += run_once(story_id, translation_id, stamp, delay) == -signal.SIGKILL
        for page_id in (story_id, french_id):
            title, same = state(page_id)
            if not same or (title != before[page_id] and stamp not in title):
                inconsistent.append((trial, page_id, title))
            outcomes["old" if title == before[page_id] else "new"] += 1
    problems = [problem for group in Page.find_problems() for problem in group]
    report(
        "killed publish",
        f"{TRIALS} publishes (story + its wagtail-localize translation, {length * 1000:.0f} ms "
        f"each) SIGKILLed at random between 5 and {length * 1000:.0f} ms, {killed} killed "
        f"before ending: pages found old {outcomes['old']} times, new {outcomes['new']} "
        f"times, half-written {len(inconsistent)} times {inconsistent or ''}",
        ok=not inconsistent,
    )
    report(
        "killed publish",
        f"Wagtail's tree check (Page.find_problems, what fixtree runs): {len(problems)} problems",
        ok=not problems,
    )
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
