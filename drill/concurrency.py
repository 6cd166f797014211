"""Step 3 (`python -m drill.concurrency ORIGIN NAME`, on SQLite and on PostgreSQL):
20 publishes of one story in 20 threads and 20 posts of the get-involved form to gunicorn,
all at the same moment. No "database is locked", no deadlock, no error: every publish is
recorded (a revision and a log entry each) and every submission is stored exactly once.

The form's hourly limit is raised for the drill (`FORM_SUBMISSIONS_PER_HOUR`), since the
twenty posts come from one address.
"""

import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from drill.django_setup import setup
from drill.figures import FAILED, report
from drill.web import Browser, get_involved_fields

COUNT = 20


def publish(story_id, stamp, barrier):
    from django.db import connection

    from stories.models import StoryPage

    try:
        barrier.wait(30)
        story = StoryPage.objects.get(pk=story_id)
        story.title = f"Concurrent {stamp}"
        story.save_revision().publish()
        return None
    except Exception as error:  # noqa: BLE001 - every failure is a figure
        return f"{type(error).__name__}: {error}"
    finally:
        connection.close()


def post(origin, form_path, marker, barrier):
    visitor = Browser(origin)
    _status, _headers, page = visitor.request(form_path)
    fields = get_involved_fields(page, marker)
    barrier.wait(30)
    status, _headers, body = visitor.post_form(form_path, fields)
    return None if status == 200 and marker.encode() not in body else f"{status}"


def main(origin, name):
    setup()
    from wagtail.contrib.forms.models import FormSubmission
    from wagtail.models import PageLogEntry, Revision

    from drill.site import addresses

    site = addresses()
    story_id = site["story_id"]
    revisions = Revision.objects.filter(object_id=str(story_id)).count()
    logged = PageLogEntry.objects.filter(page_id=story_id, action="wagtail.publish").count()
    run = uuid.uuid4().hex[:8]
    markers = [f"drill-{run}-{n:02d}" for n in range(COUNT)]  # none the start of another
    barrier = threading.Barrier(2 * COUNT)
    began = time.monotonic()
    with ThreadPoolExecutor(2 * COUNT) as pool:
        publishes = [pool.submit(publish, story_id, f"{run}-{n}", barrier) for n in range(COUNT)]
        posts = [pool.submit(post, origin, site["form"], m, barrier) for m in markers]
        publish_errors = [f.result() for f in publishes if f.result()]
        post_errors = [f.result() for f in posts if f.result()]
    seconds = time.monotonic() - began
    new_revisions = Revision.objects.filter(object_id=str(story_id)).count() - revisions
    new_logged = (
        PageLogEntry.objects.filter(page_id=story_id, action="wagtail.publish").count() - logged
    )
    stored = {m: FormSubmission.objects.filter(form_data__icontains=m).count() for m in markers}
    once = sum(1 for count in stored.values() if count == 1)
    locked = [e for e in publish_errors + post_errors if "locked" in e or "deadlock" in e]
    report(
        f"concurrency {name}",
        f"{COUNT} publishes of one story in threads: {new_revisions} revisions, {new_logged} "
        f"publishes logged, errors {publish_errors or 'none'}",
        ok=not publish_errors and new_revisions == COUNT and new_logged == COUNT,
    )
    report(
        f"concurrency {name}",
        f"{COUNT} form posts to gunicorn at the same moment: {once} stored exactly once, "
        f"errors {post_errors or 'none'}; all in {seconds:.1f} s; "
        f"'database is locked' or deadlock: {len(locked)}",
        ok=not post_errors and once == COUNT and not locked,
    )
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
