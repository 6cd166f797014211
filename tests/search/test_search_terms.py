"""What visitors search for is counted per language and day — the term and how often,
nothing about who searched — for Reports → Search terms and for promoted results."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.search_terms import SearchTermCount, tally
from tests.task_queue import WORKER_SEES_COMMITTED_ROWS, run_the_worker, waiting


def counts_by_language(term):
    query = Query.objects.get(query_string=term)
    counts = {}
    for row in query.language_counts.all():
        counts[row.language] = counts.get(row.language, 0) + row.count
    return counts


def test_each_search_is_counted_in_its_language(client, search_pages):
    client.get("/es/buscar/", {"q": "Cooperativas"})
    client.get("/es/buscar/", {"q": "cooperativas "})
    client.get("/fr/recherche/", {"q": "cooperativas"})

    assert counts_by_language("cooperativas") == {"es": 2, "fr": 1}
    assert Query.objects.get(query_string="cooperativas").hits == 3  # promoted results' count


def test_a_search_served_from_the_page_cache_is_counted_too(client, search_pages):
    client.get("/en/search/", {"q": "housing"})
    again = client.get("/en/search/", {"q": "housing"})

    assert again["X-Page-Cache"] == "hit"
    assert counts_by_language("housing") == {"en": 2}


@pytest.fixture
def tally_of_a_minute(settings):
    """Searches kept in the worker's tally for a minute, as in production."""
    settings.SEARCH_TERMS_FLUSH_SECONDS = 60
    yield tally
    if tally.timer is not None:
        tally.timer.cancel()
    tally.counts.clear()
    tally.timer = None


def test_a_search_from_the_page_cache_costs_no_query_and_is_written_with_the_tally(
    client, search_pages, tally_of_a_minute, django_assert_num_queries
):
    client.get("/en/search/", {"q": "housing"})
    with django_assert_num_queries(0):
        again = client.get("/en/search/", {"q": "housing"})

    assert again["X-Page-Cache"] == "hit"
    assert not SearchTermCount.objects.exists()
    assert tally_of_a_minute.timer.interval == 60

    tally_of_a_minute.timer.cancel()
    tally_of_a_minute.write()  # what the timer does when it rings

    assert counts_by_language("housing") == {"en": 2}
    assert Query.objects.get(query_string="housing").hits == 2


def test_later_pages_type_tabs_and_empty_searches_are_not_counted(client, search_pages):
    client.get("/es/buscar/", {"q": "huerta", "page": "2"})
    client.get("/es/buscar/", {"q": "huerta", "type": "story"})
    client.get("/es/buscar/", {"q": "!!! ???"})
    client.get("/es/buscar/", {"q": ""})
    client.get("/es/buscar/")

    assert not Query.objects.exists()
    assert not SearchTermCount.objects.exists()


def test_nothing_about_the_visitor_is_kept(client, search_pages, django_user_model):
    client.force_login(django_user_model.objects.create_user("lucia", password="x"))

    response = client.get(
        "/es/buscar/",
        {"q": "banca ética"},
        REMOTE_ADDR="198.51.100.23",
        HTTP_USER_AGENT="Firefox/140.0",
    )

    kept = [*SearchTermCount.objects.values(), *Query.objects.values()]
    assert [{key: value for key, value in row.items() if key != "id"} for row in kept] == [
        {
            "query_id": Query.objects.get().pk,
            "language": "es",
            "day": timezone.localdate(),
            "count": 1,
        },
        {"query_string": "banca ética"},
    ]
    assert "198.51.100.23" not in str(kept) and "Firefox" not in str(kept)
    assert not response.cookies


def report_rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("table.listing tbody tr")
    ]


@pytest.fixture
def searches(client, search_pages):
    for path, term, times in [
        ("/es/buscar/", "cooperativa", 2),
        ("/fr/recherche/", "cooperativa", 1),
        ("/fr/recherche/", "monnaie locale", 3),
        ("/en/search/", "housing", 1),
    ]:
        for _ in range(times):
            client.get(path, {"q": term})


def test_the_report_shows_each_languages_searches(admin_client, searches):
    response = admin_client.get(reverse("search_terms_report"))

    assert response.status_code == 200
    assert report_rows(response) == [
        ["cooperativa", "3", "2", "1", "0"],
        ["monnaie locale", "3", "0", "3", "0"],
        ["housing", "1", "0", "0", "1"],
    ]


def test_the_report_keeps_one_languages_terms(admin_client, searches):
    response = admin_client.get(
        reverse("search_terms_report"), {"language": "fr", "ordering": "-searches_fr"}
    )

    assert [row[0] for row in report_rows(response)] == ["monnaie locale", "cooperativa"]


def test_the_report_counts_only_the_days_chosen(admin_client, searches):
    last_month = timezone.localdate() - datetime.timedelta(days=30)
    SearchTermCount.objects.create(
        query=Query.get("housing"), language="en", day=last_month, count=50
    )
    today = timezone.localdate().isoformat()

    everything = report_rows(admin_client.get(reverse("search_terms_report")))
    recent = report_rows(
        admin_client.get(
            reverse("search_terms_report"), {"hit_date_from": today, "hit_date_to": today}
        )
    )

    assert everything[0] == ["housing", "51", "0", "0", "51"]
    assert ["housing", "1", "0", "0", "1"] in recent


def test_reports_search_terms_opens_the_report_by_language(admin_client, db):
    admin_home = admin_client.get("/admin/")

    assert reverse("search_terms_report") in admin_home.text
    assert reverse("wagtailsearchpromotions:search_terms") not in admin_home.text


@WORKER_SEES_COMMITTED_ROWS
def test_with_the_database_queue_the_worker_writes_the_searches(
    database_queue, client, search_pages
):
    client.get("/fr/recherche/", {"q": "coopérative"})

    assert waiting().count("record_searches") == 1
    assert not SearchTermCount.objects.exists()

    run_the_worker()

    assert list(SearchTermCount.objects.values_list("language", "count")) == [("fr", 1)]
