"""The datasets Soleil publishes, as `opendata/data/datasets.toml` describes them.

Each language's "Open data" page serves its own language's files under its address
(`/es/datos-abiertos/stories.csv`); the events are the events index's existing
calendar (`/es/eventos/calendar.ics`). The words of each dataset, in every language,
are in the data file: the page shows its language's, the catalogue all of them.
"""

import functools
import pathlib
import tomllib
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse

from events.models import EventIndexPage

DATA = pathlib.Path(__file__).resolve().parent / "data"
MEDIA_TYPES = {
    "csv": ("text/csv", "CSV"),
    "jsonld": ("application/ld+json", "JSON-LD"),
    "ics": ("text/calendar", "iCalendar"),
    "json": ("application/json", "JSON"),
}


@functools.cache
def read(name):
    return tomllib.loads((DATA / f"{name}.toml").read_text(encoding="utf-8"))


def licence():
    """{"name": "CC BY-SA 4.0", "url": …}: the licence of everything the site publishes."""
    return read("datasets")["licence"]


def in_language(texts, language):
    """A table's words in `language`, or in the site's default language."""
    return texts.get(language) or texts[settings.LANGUAGES[0][0]]


@dataclass(frozen=True)
class Distribution:
    url: str
    media_type: str
    format: str
    is_api: bool = False


@dataclass(frozen=True)
class Dataset:
    key: str
    texts: dict
    language: str
    distributions: tuple

    @property
    def title(self):
        return in_language(self.texts, self.language)["title"]

    @property
    def description(self):
        return in_language(self.texts, self.language)["description"]

    @property
    def files(self):
        return [distribution for distribution in self.distributions if not distribution.is_api]

    @property
    def api(self):
        return next(distribution for distribution in self.distributions if distribution.is_api)


def address(page, request):
    """A page's absolute address on the host the request came to (the site's own
    address may be another, for a site reached by a second name), or None."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def file_distribution(url):
    media_type, label = MEDIA_TYPES[url.rsplit(".", 1)[-1]]
    return Distribution(url, media_type, label)


def events_calendar_url(page, request):
    """The calendar of the events index in the page's language, or None."""
    index = EventIndexPage.objects.live().public().filter(locale_id=page.locale_id).first()
    url = address(index, request) if index else None
    return f"{url}calendar.ics" if url else None


def datasets(page, request):
    """The datasets of `page` (an OpenDataPage), in its language, with absolute addresses."""
    language = page.locale.language_code
    page_url = address(page, request) or ""
    found = []
    for entry in read("datasets")["dataset"]:
        files = []
        for name in entry["files"]:
            if name == "calendar.ics":
                url = events_calendar_url(page, request)
                if url:
                    files.append(file_distribution(url))
            else:
                files.append(file_distribution(page_url + name))
        endpoint = request.build_absolute_uri(reverse(f"opendata_api:{entry['api']}:listing"))
        api = Distribution(f"{endpoint}?locale={language}", *MEDIA_TYPES["json"], True)
        texts = {code: entry[code] for code, _name in settings.LANGUAGES if code in entry}
        found.append(Dataset(entry["key"], texts, language, (*files, api)))
    return found
