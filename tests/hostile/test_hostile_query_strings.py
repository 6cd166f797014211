"""Random and hostile query strings on every listing, the search, the feeds, the calendars
and the sitemap, in every language: never a server error, never the query's markup
written back into a page, and a filter the listing does not know is ignored — the
listing shows what it shows without it (README, "Stories"; core/listing.py)."""

from urllib.parse import quote

import icalendar
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.hostile.conftest import LANGUAGES
from tests.hostile.html_checks import script_problems

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]

MARKER = "soleil-xss"
HOSTILE_VALUES = [
    f"<script>alert('{MARKER}')</script>",
    f'"><img src=x onerror=alert("{MARKER}")>',
    f"javascript:alert('{MARKER}')",
    "' OR 1=1 --",
    "1; DROP TABLE wagtailcore_page; --",
    "-1",
    "0",
    str(10**30),
    str(-(10**30)),
    "1e309",
    "NaN",
    "abc",
    "9999-99",
    "2027-13",
    "\x00",
    "a\x00b",
    "x" * 10_000,
    "y" * 100_000,
    "%",
    "\ud7ff\ue000\U0010ffff",
    "../../etc/passwd",
]
# Percent-encoded bytes that are not UTF-8, and a NUL, written as they come in the URL.
RAW_VALUES = ["%ff%fe", "%c3%28", "%e2%82", "%00", "%ed%a0%80", "%"]
KNOWN_KEYS = [
    "page", "sector", "form", "territory", "sdg", "tag", "level", "topic", "duration",
    "type", "city", "month", "attendance", "q", "p",
]  # fmt: skip
# Filters whose any value is a value to look for (a city's name): an unknown one gives
# an empty listing, as the design allows, rather than being ignored.
FREE_TEXT_KEYS = {"city"}

values = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.text(max_size=40),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=1, max_size=12))
pairs = st.lists(
    st.one_of(
        st.tuples(keys, values).map(lambda kv: f"{quote(kv[0], safe='')}={quote(kv[1], safe='')}"),
        st.tuples(st.sampled_from(KNOWN_KEYS), st.sampled_from(RAW_VALUES)).map("=".join),
    ),
    min_size=1,
    max_size=6,
)


def listing_urls(site, language):
    return [
        *(site[name][language].url for name in ("stories", "modules", "events", "campaigns")),
        site["events"][language].url + "archive/",
        site["sectors"][language].url,
        f"{site['sectors'][language].url}{site['sector_slug'][language]}/",
    ]


def other_urls(site, language):
    stories = site["stories"][language].url
    return [
        site["search"][language].url,
        stories + "rss/",
        stories + "atom/",
        site["events"][language].url + "calendar.ics",
        site["event"][language].url.rstrip("/") + "/event.ics",
    ]


@pytest.fixture(scope="module")
def addresses(hostile_site):
    listings = [url for language in LANGUAGES for url in listing_urls(hostile_site, language)]
    others = [url for language in LANGUAGES for url in other_urls(hostile_site, language)]
    return {"listings": listings, "all": [*listings, *others, "/sitemap.xml", "/sitemap-pages.xml"]}


def shown_items(response):
    """What a listing or a calendar shows: its cards' links, or its events' ids."""
    if response["Content-Type"].startswith("text/calendar"):
        return sorted(
            str(event["UID"])
            for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        )
    soup, _ = script_problems(response.content)
    return [
        card.find("a")["href"] for card in soup.select("main article.card, main .sector-list__name")
    ]


def query_values(query):
    return [part.partition("=")[2] for part in query.split("&")]


def check(client, url, query, baseline):
    response = client.get(f"{url}?{query}")

    assert response.status_code < 500, (url, query)
    if response.status_code != 200:
        return
    body = response.content
    assert f"<script>alert('{MARKER}')".encode() not in body, (url, query)
    assert f'onerror=alert("{MARKER}")'.encode() not in body, (url, query)
    if response["Content-Type"].startswith("text/html"):
        _, problems = script_problems(body)
        assert problems == [], (url, query)
    keys_given = {part.partition("=")[0] for part in query.split("&")}
    if url in baseline and not keys_given & FREE_TEXT_KEYS:
        assert shown_items(response) == baseline[url], (url, query)


@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), query=pairs.map("&".join))
@example(
    data=None,
    query="&".join(
        [
            "page=-1",
            "sector=%ff%fe&territory=%00&tag=%c3%28&p=%ed%a0%80",
            "q=" + quote(HOSTILE_VALUES[0]) + "&type=" + quote("' OR 1=1 --"),
            "sdg=" + quote(HOSTILE_VALUES[1]) + "&unknown=" + quote(HOSTILE_VALUES[2]),
            f"page={10**30}",
        ]
    ),
)
@example(data=None, query="month=" + "9" * 100_000 + "&page=abc&level=&level=&%ff=%fe")
def test_no_query_string_breaks_a_page_or_comes_back_as_markup(
    client, addresses, listing_baseline, data, query
):
    urls = addresses["all"] if data is None else [data.draw(st.sampled_from(addresses["all"]))]
    for url in urls:
        check(client, url, query, listing_baseline)


@pytest.fixture(scope="module")
def listing_baseline(addresses, django_db_blocker):
    """What each listing and calendar shows without a query string."""
    from django.test import Client

    client = Client()
    with django_db_blocker.unblock():
        return {
            url: shown_items(client.get(url))
            for url in addresses["listings"]
            + [url for url in addresses["all"] if url.endswith("calendar.ics")]
        }


def test_the_listings_show_their_items_without_a_query(listing_baseline):
    """The comparison above is worth something only if the listings list something."""
    assert all(listing_baseline.values()), listing_baseline
