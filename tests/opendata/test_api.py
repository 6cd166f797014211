"""The open-data API as a programmer meets it: /api/v2/stories/, modules/, events/."""

import json

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

API = "/api/v2/"


def get(path, **params):
    response = Client().get(API + path, params)
    return response, response.json()


def titles(data):
    return sorted(item["title"] for item in data["items"])


def test_each_language_gets_its_own_stories_linked_to_their_translations(site):
    _response, spanish = get("stories/", locale="es")
    _response, french = get("stories/", locale="fr")

    assert titles(spanish) == ["La Huerta Viva", "Sol de Todos"]
    assert titles(french) == ["Le Potager Vivant"]
    potager = french["items"][0]
    assert potager["meta"]["locale"] == "fr"
    assert potager["sectors"] == [{"name": "Agroécologie", "slug": "agroecologie"}]
    assert potager["territory"]["slug"] == "andalousie"
    assert potager["territory"]["country"] == {"name": "Espagne", "slug": "espagne"}
    key = potager["meta"]["translation_key"]
    _response, both = get("stories/", translation_key=key)
    assert sorted(item["meta"]["locale"] for item in both["items"]) == ["es", "fr"]
    _response, everything = get("stories/")
    assert everything["meta"]["total_count"] == 3


def test_drafts_and_private_pages_and_files_never_appear(site):
    _response, stories = get("stories/", limit=100)
    assert "Borrador secreto" not in titles(stories)
    assert "Historia reservada" not in titles(stories)
    for page in (site["draft"], site["hidden"]):
        response = Client().get(f"{API}stories/{page.pk}/")
        assert response.status_code == 404

    response, module = get(f"modules/{site['module'].pk}/")
    assert response.status_code == 200
    assert [file["kind"] for file in module["resources"]] == ["teacher-guide"]
    assert "Notas internas" not in response.content.decode()
    assert "download" not in json.dumps(module).lower()
    assert response.cookies == {}


FILTERED = [
    ("stories/", {"sector": "agroecologia"}, ["La Huerta Viva"]),
    ("stories/", {"territory": "espana", "locale": "es"}, ["La Huerta Viva", "Sol de Todos"]),
    ("stories/", {"territory": "cataluna"}, ["Sol de Todos"]),
    ("stories/", {"form": "cooperativa", "locale": "es"}, ["La Huerta Viva", "Sol de Todos"]),
    ("stories/", {"form": "cooperative"}, ["Le Potager Vivant"]),
    ("stories/", {"sector": "no-such-sector"}, []),
    ("modules/", {"level": "educacion-secundaria"}, ["Mercados sociales"]),
    ("modules/", {"level": "universidad"}, []),
    ("events/", {"type": "mercado-social"}, ["Mercado de primavera"]),
    ("events/", {"from": "2031-04-01", "to": "2031-04-30"}, ["Mercado de primavera"]),
    ("events/", {"from": "2031-05-01"}, []),
    ("events/", {"territory": "aragon"}, ["Mercado de primavera"]),
]


def test_filters_take_the_slugs_the_listings_use(site):
    found = [(path, params, titles(get(path, **params)[1])) for path, params, _titles in FILTERED]

    assert found == FILTERED


def test_results_come_in_pages(site):
    _response, first = get("stories/", limit=1, offset=0, order="title")
    _response, second = get("stories/", limit=1, offset=1, order="title")

    assert first["meta"]["total_count"] == 3
    assert [first["items"][0]["title"], second["items"][0]["title"]] == [
        "La Huerta Viva",
        "Le Potager Vivant",
    ]
    response, refused = get("stories/", limit=101)
    assert response.status_code == 400
    assert "100" in refused["message"]


HOSTILE = [
    {"locale": "xx"},
    {"locale": "es\x00"},
    {"sector": "<script>"},
    {"sector": "a" * 5000},
    {"territory": "' OR 1=1 --"},
    {"from": "2031-13-45"},
    {"from": "2031-05-01", "to": "2031-04-01"},
    {"to": "yesterday"},
    {"limit": "-1"},
    {"limit": "abc"},
    {"offset": "9" * 40},
    {"order": "password"},
    {"order": "-"},
    {"order": "random", "offset": "2"},
    {"fields": "*,owner"},
    {"fields": "sectors(id,locale(*))"},
    {"fields": "(((("},
    {"translation_key": "not-a-uuid"},
    {"sdg": "99"},
    {"sdg": "siete"},
    {"type": "wagtailcore.Page"},
    {"search": "cooperativa"},
    {"child_of": "1"},
    {"html_path": "/es/"},
]


def test_hostile_parameters_get_a_4xx_that_explains_never_a_500(site):
    answers = []
    for params in HOSTILE:
        for path in ("stories/", "modules/", "events/"):
            response = Client().get(API + path, params)
            explained = response.status_code == 200 or bool(response.json()["message"])
            answers.append((path, params, response.status_code, explained))

    assert [answer for answer in answers if answer[2] not in (200, 400) or not answer[3]] == []


def test_hostile_addresses_never_500(site):
    for path in (
        "stories/0/",
        "stories/99999999999999999999/",
        "events/find/?id=abc",
        "events/find/?id=99999999999999999999",
        "modules/find/?html_path=/es/%00/",
    ):
        assert Client().get(API + path).status_code in (400, 404)


def test_a_reader_who_asks_too_often_is_told_to_wait(site, settings):
    settings.OPENDATA_API_RATE = "3/minute"
    reader = Client(REMOTE_ADDR="203.0.113.7")
    answers = [reader.get(API + "stories/").status_code for _ in range(4)]

    assert answers == [200, 200, 200, 429]
    assert int(reader.get(API + "events/")["Retry-After"]) > 0
    assert Client(REMOTE_ADDR="203.0.113.8").get(API + "stories/").status_code == 200


def test_a_page_of_results_costs_the_same_queries_whatever_its_length(site, make_story):
    def cost():
        with CaptureQueriesContext(connection) as queries:
            response = Client().get(API + "stories/", {"fields": "*", "limit": 100})
        assert response.status_code == 200
        return len(response.json()["items"]), len(queries)

    three, small = cost()
    for number in range(9):
        make_story(title=f"Más {number}", slug=f"mas-{number}", sectors=("Fair trade", "Care"))
    twelve, large = cost()

    assert (three, twelve) == (3, 12)
    assert large == small


def test_the_limit_is_counted_in_the_redis_every_app_server_shares(
    site, settings, redis_site, redis_server
):
    settings.OPENDATA_API_RATE = "2/minute"
    reader = Client(REMOTE_ADDR="198.51.100.4")

    assert [reader.get(API + "modules/").status_code for _ in range(3)] == [200, 200, 429]
    stored = [key.decode() for key in redis_server.client().keys("*throttle_opendata*")]
    assert len(stored) == 1 and "198.51.100.4" not in stored[0]
    with redis_server.down():
        assert reader.get(API + "modules/").status_code == 200  # read-only: served uncounted
