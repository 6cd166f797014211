"""What templates need to keep a fragment until the content or the clock changes it."""

from core import freshness


def content_version(request):
    """`content_version`: vary a `{% wagtailcache %}` fragment on it, and the fragment is
    made again when the content changes (core.freshness) or the clock changes a page."""
    moment = freshness.next_change()
    until = int(moment.timestamp()) if moment else "never"
    return {"content_version": f"{freshness.current()}:{until}"}
