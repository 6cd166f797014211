"""A campaign translated with wagtail-localize: words (the tag too) are translated,
dates, image and chosen pages are synchronised and shown in the translation's language."""

import datetime

from bs4 import BeautifulSoup
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from campaigns.models import CampaignPage
from core.factories import translate_page

FRENCH_WORDS = {
    "Semana del consumo responsable": "Semaine de la consommation responsable",
    "semana-consumo-responsable": "semaine-consommation-responsable",
    "Mirar de dónde viene lo que compramos.": "Regarder d'où vient ce que nous achetons.",
    "consumo responsable": "consommation responsable",
    "Un mercado de colores": "Un marché coloré",
}


def translate_into_french(campaign):
    french = Locale.objects.get(language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(campaign)
    translation = Translation.objects.create(source=source, target_locale=french)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=french,
            context=segment.context,
            defaults={"data": FRENCH_WORDS.get(segment.string.data, segment.string.data)},
        )
    translation.save_target(publish=True)
    page = CampaignPage.objects.get(translation_key=campaign.translation_key, locale=french)
    page.save_revision().publish()  # a new translation starts as a draft (our settings)
    return CampaignPage.objects.get(pk=page.pk)


def test_translation_keeps_dates_image_and_choices_and_translates_words_and_tag(
    client, make_campaign, make_story, image, campaign_indexes
):
    chosen = make_story(title="Red Alcaucil")
    translate_page(chosen, "fr", title="Réseau Alcaucil", slug="reseau-alcaucil")
    tagged = make_story(language="fr", title="L'Ajonc", tags=["consommation responsable"])
    spanish = make_campaign(
        title="Semana del consumo responsable",
        slug="semana-consumo-responsable",
        theme="Mirar de dónde viene lo que compramos.",
        tag="consumo responsable",
        start_date=datetime.date(2027, 3, 1),
        end_date=datetime.date(2027, 3, 7),
        hero_image=image,
        hero_alt="Un mercado de colores",
        stories=[chosen],
    )

    french = translate_into_french(spanish)

    assert french.title == "Semaine de la consommation responsable"
    assert french.tag == "consommation responsable"
    assert french.hero_alt == "Un marché coloré"
    assert (french.start_date, french.end_date) == (spanish.start_date, spanish.end_date)
    assert french.hero_image_id == image.pk
    assert [link.page_id for link in french.story_links.all()] == [chosen.pk]
    soup = BeautifulSoup(client.get(french.url).content, "html.parser")
    stories = soup.find(id="campaign-stories").find_parent("section")
    assert [a.text for a in stories.select(".card__title a")] == [
        "Réseau Alcaucil",
        tagged.title,
    ]
