"""The content generation: what is kept is used until the content changes, then made
again; a new release of the code never reads what an older one kept."""

import pytest

from core import freshness


@pytest.fixture
def counter():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    return calls, compute


def test_a_remembered_value_is_made_once_per_generation(counter, db):
    calls, compute = counter

    first = [freshness.remember("figure", compute=compute) for _ in range(3)]
    freshness.advance()
    after_a_change = freshness.remember("figure", compute=compute)

    assert first == [1, 1, 1]
    assert after_a_change == 2


def test_a_shared_value_is_made_again_after_a_change(counter, db):
    calls, compute = counter

    assert freshness.cached("count", 7, compute=compute) == 1
    assert freshness.cached("count", 7, compute=compute) == 1
    assert freshness.cached("count", 8, compute=compute) == 2
    freshness.advance()
    assert freshness.cached("count", 7, compute=compute) == 3


def test_what_is_remembered_stays_bounded_whatever_it_is_asked(monkeypatch):
    monkeypatch.setattr(freshness, "MAX_REMEMBERED", 10)
    for number in range(25):
        freshness.remember("host", number, compute=lambda: "site")

    assert len(freshness._memo.values) <= 10


def test_a_new_release_starts_a_generation_of_its_own(settings):
    generation = freshness.current()
    settings.RELEASE = "another-release"

    assert freshness.current() != generation


def test_a_request_sees_one_generation_until_it_changes_something(db):
    token = freshness.pin()
    try:
        pinned = freshness.current()
        freshness.store().set(f"soleil:generation:{freshness.settings.RELEASE}", "elsewhere")
        assert freshness.current() == pinned
        freshness.advance()
        assert freshness.current() not in (pinned, "elsewhere")
    finally:
        freshness.unpin(token)
