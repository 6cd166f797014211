"""The place left for the region map: every region of Spain and France with its number of
stories and the story listing filtered by it, counted in one aggregate."""

import sys

from core.factories import locale
from observatory.regions import count_regions


def test_every_region_of_spain_and_france_with_its_stories(make_story, indexes):
    make_story(territory="ES-AN")
    make_story(territory="ES-AN")
    make_story(territory="FR-BRE")
    make_story(territory="ES-AN", live=False)
    make_story(territory="ES-AN", language="en")

    counts = {region.code: (count, url) for region, count, url in count_regions(locale("es"))}

    assert len(counts) == 37
    assert counts["ES-AN"] == (2, "/es/historias/?territory=andalucia")
    assert counts["FR-BRE"][0] == 1
    assert sum(count for count, _url in counts.values()) == 3


def test_the_page_gives_the_counts_and_draws_the_map_only_once_it_exists(
    client, observatories, monkeypatch
):
    monkeypatch.setitem(sys.modules, "observatory.map", None)  # as if it were not there

    response = client.get("/es/observatorio/")

    assert response.status_code == 200
    assert response.context["region_map_ready"] is False
    assert len(response.context["region_counts"]) == 37
