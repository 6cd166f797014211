"""bench.targets marks each of the issue's targets met, not met or not measured, with numbers."""

from bench.page_types import PAGE_TYPES
from bench.targets import (
    MET,
    NOT_MEASURED,
    NOT_MET,
    check_cached_shares,
    check_memory,
    check_packs,
    check_queries,
    check_scaling,
    check_search,
    check_uncached_shares,
)


def server(queries=12, median_ms=30.0, **changes):
    """Every page type within budget (12 queries) and at `median_ms`, except `changes`:
    {page type: (queries, median_ms)}."""
    found = {
        t.key: {"queries": queries, "median_ms": median_ms, "p95_ms": median_ms * 1.2}
        for t in PAGE_TYPES
    }
    for key, (count, median) in changes.items():
        found[key] = {"queries": count, "median_ms": median, "p95_ms": median * 1.2}
    return found


def combo(database="sqlite", size="small", **parts):
    return {"database": database, "size": size, "server": None, "load": {}, "packs": None, **parts}


def results(*combos, memory=None):
    return {"combos": list(combos), "memory": memory}


def load(cache, static_rps, **pages_rps):
    runs = {"static": {"requests_per_second": static_rps, "share_of_static": 1.0}}
    for key, rps in pages_rps.items():
        runs[key] = {"requests_per_second": rps, "share_of_static": rps / static_rps}
    return {cache: {"runs": runs}}


def test_queries_within_budget_and_equal_at_both_sizes_are_met():
    target = check_queries(results(combo(server=server()), combo(size="bench", server=server())))

    assert target.status == MET
    assert target.details == ["SQLite: every page type the same at both sizes"]


def test_a_story_page_over_fifteen_queries_is_not_met():
    found = results(
        combo(server=server(story=(16, 30.0))), combo(size="bench", server=server(story=(16, 30.0)))
    )

    target = check_queries(found)

    assert target.status == NOT_MET
    assert "SQLite small, queries over budget: Story 16 (≤ 15)" in target.details


def test_a_listing_may_run_twenty_queries_but_not_twenty_one():
    at_twenty = check_queries(
        results(
            combo(server=server(home=(20, 30.0))),
            combo(size="bench", server=server(home=(20, 30.0))),
        )
    )
    over = check_queries(
        results(
            combo(server=server(home=(21, 30.0))),
            combo(size="bench", server=server(home=(21, 30.0))),
        )
    )

    assert at_twenty.status == MET
    assert over.status == NOT_MET


def test_a_query_count_that_grows_with_the_site_is_not_met():
    found = results(combo(server=server()), combo(size="bench", server=server(sitemap=(14, 30.0))))

    target = check_queries(found)

    assert target.status == NOT_MET
    assert target.details == ["SQLite: Sitemap index 12 queries small, 14 bench"]


def test_one_size_only_leaves_the_query_target_unmeasured():
    assert check_queries(results(combo(server=server()))).status == NOT_MEASURED


def test_a_page_one_and_a_half_times_slower_at_the_bench_size_is_still_met():
    found = results(
        combo("postgresql", server=server(search=(12, 20.0))),
        combo("postgresql", "bench", server=server(search=(12, 30.0))),
    )

    assert check_scaling(found).status == MET


def test_a_page_more_than_one_and_a_half_times_slower_is_not_met():
    found = results(
        combo(server=server(event_index=(12, 20.0))),
        combo(size="bench", server=server(event_index=(12, 32.0))),
    )

    target = check_scaling(found)

    assert target.status == NOT_MET
    assert "SQLite: Event index 20.0 → 32.0 ms (1.60×)" in target.details


def test_uncached_story_pages_against_the_demo_sites_shares():
    enough = combo(load=load("off", 1000.0, story_index=27.0, story=37.5))
    short = combo(load=load("off", 1000.0, story_index=27.0, story=37.0))

    assert check_uncached_shares(results(enough)).status == MET
    target = check_uncached_shares(results(short))
    assert target.status == NOT_MET
    assert target.details[-1] == (
        "SQLite small: Story 37.0 requests/s = 3.70% of static (at least 3.75%)"
    )


def test_cached_pages_need_seventy_percent_of_the_static_file():
    enough = combo(load=load("on", 1000.0, home=700.0, story_index=800.0, story=900.0))
    short = combo(load=load("on", 1000.0, home=699.0, story_index=800.0, story=900.0))

    assert check_cached_shares(results(enough)).status == MET
    assert check_cached_shares(results(short)).status == NOT_MET


def test_without_wrk_the_load_targets_are_not_measured():
    found = results(combo(server=server()))

    assert check_uncached_shares(found).status == NOT_MEASURED
    assert check_cached_shares(found).status == NOT_MEASURED


def test_search_is_judged_on_postgresql_at_the_bench_size_only():
    fast = combo("postgresql", "bench", server=server(search=(12, 49.9)))
    slow = combo("postgresql", "bench", server=server(search=(12, 50.0)))
    sqlite_slow = combo("sqlite", "bench", server=server(search=(12, 400.0)))

    assert check_search(results(fast, sqlite_slow)).status == MET
    assert check_search(results(slow)).status == NOT_MET
    assert check_search(results(sqlite_slow)).status == NOT_MEASURED


def memory_run(middle_kb, end_kb):
    return {
        "label": "PostgreSQL bench",
        "requests": 10_000,
        "rss_middle_kb": middle_kb,
        "rss_end_kb": end_kb,
        "growth_percent": (end_kb - middle_kb) / middle_kb * 100,
    }


def test_memory_growth_under_ten_percent_is_met():
    assert check_memory(results(memory=memory_run(100_000, 109_000))).status == MET
    target = check_memory(results(memory=memory_run(100_000, 110_000)))
    assert target.status == NOT_MET
    assert target.details == [
        "PostgreSQL bench: 97.7 MB after 5,000 requests, 107.4 MB after 10,000 (+10.0%)"
    ]
    assert check_memory(results()).status == NOT_MEASURED


def packs(builds, ok=20, files=1):
    return {
        "builds": builds,
        "ok": ok,
        "clients": 20,
        "files_left": [f"{n}.zip" for n in range(files)],
    }


def test_a_pack_built_once_for_twenty_clients_is_met():
    assert check_packs(results(combo(packs=packs(1)))).status == MET


def test_a_pack_built_several_times_or_a_client_left_without_it_is_not_met():
    several = check_packs(results(combo(packs=packs(12, files=12))))
    missing = check_packs(results(combo(packs=packs(1, ok=19))))

    assert several.status == NOT_MET
    assert several.details == [
        "SQLite small: built 12 times, 12 files left, 20 of 20 clients got a valid ZIP"
    ]
    assert missing.status == NOT_MET


def test_builds_that_could_not_be_counted_are_not_measured_unless_files_show_more():
    assert check_packs(results(combo(packs=packs(None)))).status == NOT_MEASURED
    assert check_packs(results(combo(packs=packs(None, files=3)))).status == NOT_MET
