"""report.md: the summary table first, then the targets, then the details of every part.

`markdown(results)` takes what bench.report assembled (the run, its combos of
database and size, the memory run, the checked targets) and returns the text.
"""

import os

from bench.page_types import LOADED_PAGES, PAGE_TYPES, label
from bench.targets import DATABASE_NAMES, MET, NOT_MET, combo_name


def size_label(combo):
    requested = combo.get("requested")
    if not requested:
        return f"{combo['size']} (demo content)"
    return (
        f"{combo['size']} ({requested['stories']} · {requested['modules']} · {requested['events']})"
    )


def rps_cell(run):
    if run is None:
        return "—"
    errors = sum(run["socket_errors"].values()) + run["non_2xx"]
    flag = f", {errors} errors" if errors else ""
    share = run["share_of_static"]
    return f"{run['requests_per_second']:,.1f} rps ({share * 100:.2f}%{flag})"


def server_cell(measured):
    if measured is None:
        return "—"
    return f"{measured['median_ms']:.1f} ms · {measured['queries']} q"


def summary_rows(combo):
    rows = []
    for cache in ("off", "on"):
        runs = combo["load"].get(cache, {}).get("runs")
        if runs is None:
            continue
        static = runs["static"]
        cells = [f"{static['requests_per_second']:,.0f} rps ({static['bytes'] / 1024:.1f} kB)"]
        cells += [rps_cell(runs.get(key)) for key in LOADED_PAGES]
        rows.append([f"wrk, page cache {cache}", *cells])
    server = combo.get("server") or {}
    rows.append(
        ["server time, cache off", "—", *(server_cell(server.get(k)) for k in LOADED_PAGES)]
    )
    name = DATABASE_NAMES[combo["database"]]
    return [[name, size_label(combo), *row] for row in rows]


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def summary_intro(results):
    server = (
        "Server time: median of warm in-process requests and SQL queries per request "
        "(page cache off)."
    )
    command = wrk_command(results)
    if command is None:
        return f"wrk was not run (BENCH_SKIP_WRK=1). {server}"
    return (
        f"Through gunicorn (2 workers, production settings): requests per second with "
        f"`{command}`, and in brackets the share of the static file's requests per second "
        "in the same run. wrk shares the machine's two cores with the server: compare the "
        f"shares, not the absolute figures, and only within one run. {server}"
    )


def summary_section(results):
    header = ["database", "size (stories · modules · events per language)", "measure"]
    header += ["static file"] + [label(key) for key in LOADED_PAGES]
    rows = [row for combo in results["combos"] for row in summary_rows(combo)]
    return ["## Summary", "", summary_intro(results), "", *table(header, rows), ""]


def wrk_command(results):
    for combo in results["combos"]:
        for load in combo["load"].values():
            wrk = load["wrk"]
            return (
                f"wrk -t{wrk['threads']} -c{wrk['connections']} -d{wrk['duration']} --latency "
                f"--timeout {wrk.get('timeout', '2s')}"
            )
    return None


MARKS = {MET: "**met**", NOT_MET: "**not met**"}


def targets_section(results):
    lines = ["## Targets", ""]
    for target in results["targets"]:
        mark = MARKS.get(target["status"], f"*{target['status']}*")
        lines.append(f"- {mark} — {target['name']}")
        lines += [f"  - {detail}" for detail in target["details"]]
    return lines + [""]


def server_section(results):
    combos = [c for c in results["combos"] if c.get("server")]
    if not combos:
        return []
    header = ["page type"] + [combo_name(c) for c in combos]
    rows = []
    for page_type in PAGE_TYPES:
        cells = []
        for combo in combos:
            measured = combo["server"].get(page_type.key)
            cells.append(
                f"{measured['queries']} q · {measured['median_ms']:.1f} / "
                f"{measured['p95_ms']:.1f} ms"
                if measured
                else "—"
            )
        budget = f" (≤ {page_type.budget} q)" if page_type.budget else ""
        rows.append([page_type.label + budget, *cells])
    rows.append(["*load average, start → end*", *(load_cell(c.get("server_load")) for c in combos)])
    requests = combos[0]["server"]["home"]["requests"]
    return [
        "## Server time per page type",
        "",
        f"In-process through the WSGI application (production settings, DEBUG off, "
        f"PAGE_CACHE=off): SQL queries per request (the most among the page type's "
        f"addresses), then median / 95th percentile of {requests} warm requests, the "
        "addresses of every language taken in turn. The last row is the machine's 1-minute "
        "load average before and after (2 cores: above 2, the measurement waited for a core).",
        "",
        *table(header, rows),
        "",
        "![Median server time per page type](chart.svg)",
        "",
    ]


def load_cell(load_average):
    if not load_average:
        return "—"
    return f"{load_average[0]:.1f} → {load_average[1]:.1f}"


def load_rows(combo):
    rows = []
    for cache, load in combo["load"].items():
        for name, run in load["runs"].items():
            errors = sum(run["socket_errors"].values()) + run["non_2xx"]
            rows.append(
                [
                    combo_name(combo),
                    cache,
                    "static file" if name == "static" else label(name),
                    f"`{run['url']}`",
                    f"{run['bytes'] / 1024:.1f} kB",
                    f"{run['requests_per_second']:,.1f}",
                    f"{run['share_of_static'] * 100:.2f}%",
                    f"{run['p50_ms']:.1f}",
                    f"{run['p99_ms']:.1f}",
                    errors,
                    f"{run['load_average']:.1f}" if "load_average" in run else "—",
                ]
            )
    return rows


def load_section(results):
    rows = [row for combo in results["combos"] for row in load_rows(combo)]
    if not rows:
        return ["## Through gunicorn", "", "Not run (BENCH_SKIP_WRK=1).", ""]
    header = ["run", "page cache", "page", "address", "size", "requests/s", "of static"]
    header += ["p50 ms", "p99 ms", "errors", "load average"]
    return [
        "## Through gunicorn (wrk)",
        "",
        "Each address after a 3 s warm-up; *load average* is the machine's 1-minute load "
        "average as the run ended (2 cores: above 2, something waited for a core).",
        "",
        *table(header, rows),
        "",
    ]


def memory_section(results):
    memory = results.get("memory")
    if not memory:
        return ["## Memory", "", "Not run.", ""]
    samples = ", ".join(
        f"{sample['requests']:,}: {sample['rss_kb'] / 1024:.1f}" for sample in memory["samples"]
    )
    return [
        "## Memory",
        "",
        f"{memory['label']}: one gunicorn worker (page cache {memory.get('page_cache', 'off')}), "
        f"{memory['requests']:,} requests from {memory['clients']} client threads over "
        f"{memory['distinct_urls']} different addresses, {memory['failed']} not answered 200. "
        f"Worker RSS {memory['rss_start_kb'] / 1024:.1f} MB before the first request, "
        f"{memory['rss_middle_kb'] / 1024:.1f} MB at {memory['requests'] // 2:,}, "
        f"{memory['rss_end_kb'] / 1024:.1f} MB at {memory['requests']:,} "
        f"(**{memory['growth_percent']:+.1f}%**).",
        "",
        f"RSS in MB after each count of requests: {samples}.",
        "",
    ]


def packs_section(results):
    combos = [c for c in results["combos"] if c.get("packs")]
    if not combos:
        return ["## Module pack stampede", "", "Not run.", ""]
    header = ["run", "address", "builds", "files left", "valid ZIP, 200", "slowest answer"]
    rows = []
    for combo in combos:
        packs = combo["packs"]
        slowest = max(answer["s"] for answer in packs["answers"])
        builds = packs["builds"] if packs["builds"] is not None else "not counted"
        ok = f"{packs['ok']} of {packs['clients']}"
        rows.append(
            [
                combo_name(combo),
                f"`{packs['url']}`",
                builds,
                len(packs["files_left"]),
                ok,
                f"{slowest:.1f} s",
            ]
        )
    return [
        "## Module pack stampede",
        "",
        "Clients released together against gunicorn with 2 workers × 10 threads, so "
        "that every request reaches the site at once; builds counted by a hook around "
        "`curriculum.packs.build_pack` (bench/gunicorn_packs.py).",
        "",
        *table(header, rows),
        "",
    ]


def addresses(combo):
    lines = [
        f"- **{combo_name(combo)}**, live pages per language: "
        + "; ".join(
            f"{language} {c['stories']} stories, {c['modules']} modules, {c['events']} events"
            for language, c in combo["counts"].items()
        )
    ]
    for page_type in PAGE_TYPES:
        entries = combo["urls"].get(page_type.key, [])
        shown = ", ".join(
            f"`{entry['url']}`" + (f" ({entry['results']} results)" if "results" in entry else "")
            for entry in entries
        )
        lines.append(f"  - {page_type.label}: {shown}")
    return lines


def addresses_section(results):
    lines = ["## Addresses measured", ""]
    for combo in results["combos"]:
        lines += addresses(combo)
    return lines + [""]


def data_note(run):
    if run.get("data_source") == "seed_bulk":
        return (
            f"Data: `load_demo`, then `seed_bulk` (seed {run.get('seed', '?')}) at each size; "
            "the page counts per language are listed under *Addresses measured*."
        )
    return (
        "Data: **`seed_bulk` was not available, so every size ran on the `load_demo` content "
        "alone** (the same database each time): the size comparisons below compare the "
        "demo with itself and say nothing yet about growth."
    )


def header_section(results):
    run = results["run"]
    return [
        "# Soleil benchmark",
        "",
        f"Run {run.get('started', '?')} → {run['finished']}, commit `{run['commit']}`, "
        f"{os.cpu_count()} cores, load average {run.get('load_start', 0):.2f} at the start "
        f"and {run['load_end']:.2f} at the end (other processes on the machine take "
        "cores from the server and from wrk alike).",
        "",
        data_note(run),
        "",
    ] + stopped_note(run)


def stopped_note(run):
    if not run.get("stopped_during"):
        return []
    return [
        f"**This run stopped early, during “{run['stopped_during']}”**: what follows "
        "is what was measured before (see bench-report/logs/).",
        "",
    ]


NOTES = [
    "wrk runs on the same two cores as gunicorn: requests per second depend on the "
    "machine and on whatever else runs on it. Only the shares of the static file's "
    "requests per second, measured by the same gunicorn in the same run, compare.",
    "The static reference is the Spanish story page's own HTML, written into "
    "STATIC_ROOT as `bench-reference.html` and served by whitenoise (its size is in the "
    "summary). Neither it nor the pages are compressed: wrk sends no Accept-Encoding.",
    "The story index's deep page is page 200, or its last page when there are fewer.",
    "`/sitemap.xml` is a sitemap index; the section measured is its first, "
    "`/sitemap-pages.xml` (500 pages and their translations, fewer at the small size).",
    "PostgreSQL databases are analysed (`ANALYZE`) after seeding or restoring, as "
    "autovacuum would do on a live site; SQLite files are used as seeded.",
    "The memory run leaves the sitemap out of its mix (its size would dominate it).",
]


def notes_section():
    return ["## Notes", ""] + [f"- {note}" for note in NOTES] + [""]


def markdown(results):
    sections = (
        header_section(results),
        summary_section(results),
        targets_section(results),
        server_section(results),
        load_section(results),
        memory_section(results),
        packs_section(results),
        addresses_section(results),
        notes_section(),
    )
    return "\n".join(line for section in sections for line in section)
