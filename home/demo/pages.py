"""Build the demo tree in the site's languages from the files under `content/`: home
pages, stories, modules, events, campaigns, an About page, the "Get involved" form, the
footer and the default sharing image.

Every step looks for what already exists first, so running it twice changes nothing,
and it never overwrites a page an editor has already edited.
"""

from django.db import transaction
from wagtail.models import Site

from core.models import Footer, SocialMediaSettings
from home.demo.building import (
    demo_key,
    locale,
    publish,
    section_pages,
    site_languages,
    stream_data,
    translated_page,
)
from home.demo.campaigns import CampaignDemo
from home.demo.content import read
from home.demo.events import EventDemo
from home.demo.forms import FormDemo
from home.demo.images import demo_image
from home.demo.modules import ModuleDemo
from home.demo.search import SearchDemo
from home.demo.stories import StoryDemo
from home.demo.translation_work import TranslationWorkDemo
from home.models import HomePage, StandardPage
from observatory.models import ObservatoryPage
from opendata.models import OpenDataPage


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = []

    def log(self, message):
        self.created.append(message)
        if self.stdout is not None:
            self.stdout.write(f"  + {message}")

    @transaction.atomic
    def load(self):
        self.home_texts = read("pages/home")
        hero = demo_image(self.home_texts["image_title"], self.home_texts["image_alt"])
        homes = self.load_homes()
        StoryDemo(self).load(homes)
        ModuleDemo(self).load(homes)
        EventDemo(self).load(homes)
        CampaignDemo(self).load(homes)
        SearchDemo(self).load(homes)
        section_pages(self, homes, ObservatoryPage, "observatory")
        open_data = section_pages(self, homes, OpenDataPage, "open-data", show_in_menus=False)
        abouts = self.load_about(homes)
        self.fill_homes(homes, abouts, hero)
        FormDemo(self).load(homes)
        TranslationWorkDemo(self).load(homes)
        self.load_footer(abouts, open_data)
        self.load_social_image(hero)
        return self.created

    def load_homes(self):
        """The default language's home page (made by the migrations) and its
        translations into the site's other languages."""
        default, *others = site_languages()
        original = HomePage.objects.filter(locale__language_code=default).first()
        if original is None:
            raise RuntimeError(f"No home page in “{default}”: run `manage.py migrate` first.")
        homes = {default: original}
        for language in others:
            homes[language], created = translated_page(original, language)
            if created:
                self.log(f"home page ({language})")
        return homes

    def load_about(self, homes):
        key = demo_key("about")
        texts = read("pages/about")
        abouts = {}
        languages = [language for language in site_languages() if language in texts]
        for language in languages:
            existing = StandardPage.objects.filter(
                translation_key=key, locale__language_code=language
            ).first()
            if existing is not None:
                abouts[language] = existing
                continue
            content = texts[language]
            fields = {
                "title": content["title"],
                "slug": content["slug"],
                "introduction": content["introduction"],
                "show_in_menus": True,
            }
            if language == languages[0]:
                page = StandardPage(translation_key=key, body=[], **fields)
                homes[language].add_child(instance=page)
            else:
                page, _created = translated_page(abouts[languages[0]], language)
            publish(page, {**fields, "body": stream_data(content["body"], {})})
            abouts[language] = page
            self.log(f"About page ({language})")
        return abouts

    def fill_homes(self, homes, abouts, hero):
        """Give the home pages their demo content, unless they already have a body."""
        for language, home in homes.items():
            home.refresh_from_db()  # adding the About page changed its tree fields
            if home.body or language not in self.home_texts:
                continue
            content = self.home_texts[language]
            publish(
                home,
                {
                    "title": content["title"],
                    "slug": content["slug"],
                    "introduction": content["introduction"],
                    "hero_image": hero,
                    "hero_alt": content["hero_alt"],
                    "body": stream_data(content["body"], {"about": abouts[language].pk}),
                },
            )
            self.log(f"home page content ({language})")

    def load_footer(self, abouts, open_data):
        key = demo_key("footer")
        texts = read("footer")
        for language in site_languages():
            if language not in texts or Footer.objects.filter(locale=locale(language)).exists():
                continue
            content = texts[language]
            Footer.objects.create(
                locale=locale(language),
                translation_key=key,
                about=content["about"],
                links=stream_data(
                    [{"type": "link", "value": link} for link in content["links"]],
                    {"about": abouts[language].pk, "open-data": open_data[language].pk},
                ),
                licence_note=content["licence_note"],
            )
            self.log(f"footer ({language})")

    def load_social_image(self, image):
        """Link previews of pages without an image of their own show the demo hero."""
        settings = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True))
        if settings.default_social_image_id is None:
            settings.default_social_image = image
            settings.save()
            self.log("default sharing image")
