"""Time the site search on the loaded content: median and 90th percentile of 50 queries.

    manage.py search_timings            # the database DATABASE_URL points at
    manage.py search_timings --rounds 3 # each query several times, the median kept

Two figures per query: the search itself (SiteSearch: the full-text query, the
counts per type, the page of results and promotions) and the whole search page
rendered through Django's test client.
"""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from wagtail.models import Locale

from search.models import SearchPage
from search.query import read_query
from search.results import SiteSearch

QUERIES = {
    "es": [
        "cooperativas",
        "energía",
        "mercado social",
        "finanzas éticas",
        "huerta",
        "comercio justo",
        "vivienda",
        "cuidados",
        "consumo responsable",
        "moneda social",
        "escuela",
        "taller",
        "feria",
        "plataformas",
        "economía circular",
        "agroecología",
        "inserción laboral",
        "turismo",
        "banca ética",
        "autoconsumo",
    ],
    "fr": [
        "coopératives",
        "énergie",
        "marché solidaire",
        "finance éthique",
        "agriculture",
        "commerce équitable",
        "habitat",
        "monnaie locale",
        "consommation",
        "école",
        "atelier",
        "forum",
        "plateforme",
        "économie circulaire",
        "insertion",
    ],
    "en": [
        "cooperatives",
        "energy",
        "social market",
        "ethical finance",
        "housing",
        "fair trade",
        "care",
        "currency",
        "classroom",
        "workshop",
        "fair",
        "platform",
        "circular economy",
        "tourism",
        "solar",
    ],
}


def median_ms(samples):
    return statistics.median(samples) * 1000


def p90_ms(samples):
    return statistics.quantiles(samples, n=10)[-1] * 1000


class Command(BaseCommand):
    help = "Median time of 50 site searches (es, fr, en) on the content in the database."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=1)

    def handle(self, *args, rounds, **options):
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        pages = {
            page.locale.language_code: page.url
            for page in SearchPage.objects.live().select_related("locale")
        }
        host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
        client = Client(HTTP_HOST=host.lstrip("."))
        searches, renders, results = [], [], []
        for language, words in QUERIES.items():
            for text in words:
                search_times, render_times = [], []
                for _round in range(rounds):
                    started = time.perf_counter()
                    search = SiteSearch(query=read_query(text), locale=locales[language])
                    search_times.append(time.perf_counter() - started)
                    if language in pages:
                        started = time.perf_counter()
                        response = client.get(pages[language], {"q": text})
                        render_times.append(time.perf_counter() - started)
                        assert response.status_code == 200, response.status_code
                searches.append(statistics.median(search_times))
                if render_times:
                    renders.append(statistics.median(render_times))
                results.append(search.total)
        self.stdout.write(
            f"{connection.vendor}: {len(searches)} queries, "
            f"{sum(1 for n in results if n)} with results (median {statistics.median(results)})"
        )
        self.stdout.write(
            f"  search: median {median_ms(searches):.1f} ms, "
            f"90th percentile {p90_ms(searches):.1f} ms"
        )
        if renders:
            self.stdout.write(
                f"  page:   median {median_ms(renders):.1f} ms, "
                f"90th percentile {p90_ms(renders):.1f} ms"
            )
