"""A small site in three languages whose every object is marked "SECRET-<language>", and
one admin user per role, for the role-scope matrix (tests/core/test_role_scope_matrix.py).

In each language: a live standard page with two revisions (the French and English ones
are wagtail-localize translations of the Spanish one, whose source has changed since, so
the coverage report has work to show), a footer (translated the same way), a sector, a
module downloaded three times, and a "Get involved" form with one submission. Beside
them, a document, an image and the site's social media settings, marked "SECRET-" too.
"""

from dataclasses import dataclass, field
from io import StringIO

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site
from wagtail_localize.models import StringSegment, StringTranslation

from core.factories import FooterFactory, SectorFactory, locale, translate_page
from core.models import Footer, SocialMediaSettings
from core.roles import EDITORS, MODERATORS, translator_group
from curriculum.factories import ModulePageFactory
from curriculum.models import DownloadCount
from engagement.factories import GetInvolvedPageFactory
from home.factories import StandardPageFactory
from home.models import HomePage
from tests.translation.localize import save_target, start_translation

LANGUAGES = ["es", "fr", "en"]
ROLES = ["editors", "moderators", "translators-es", "translators-fr", "translators-en", "no-group"]


def mark(language_code):
    return f"SECRET-{language_code}"


@dataclass
class World:
    users: dict = field(default_factory=dict)
    clients: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)
    footers: dict = field(default_factory=dict)
    sectors: dict = field(default_factory=dict)
    modules: dict = field(default_factory=dict)
    forms: dict = field(default_factory=dict)
    page_translations: dict = field(default_factory=dict)
    footer_translations: dict = field(default_factory=dict)
    homes: dict = field(default_factory=dict)
    document: object = None
    image: object = None
    site: object = None


def translate_marked(instance, language_code):
    """Translate `instance` with wagtail-localize, each of its texts with the source's
    mark replaced by the target language's; the translation is published."""
    translation = start_translation(instance, language_code)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": segment.string.data.replace(mark("es"), mark(language_code))},
        )
    save_target(translation, publish=True)
    return translation


def build_homes():
    spanish = HomePage.objects.get(locale__language_code="es")
    return {
        "es": spanish,
        "fr": translate_page(spanish, "fr", slug="accueil"),
        "en": translate_page(spanish, "en", slug="home"),
    }


def build_users(django_user_model):
    groups = {
        "editors": EDITORS,
        "moderators": MODERATORS,
        **{f"translators-{code}": translator_group(code) for code in LANGUAGES},
    }
    users = {}
    for role, group_name in groups.items():
        user = django_user_model.objects.create_user(username=role, password="x")
        user.groups.add(Group.objects.get(name=group_name))
        users[role] = user
    # Someone who may open the admin and belongs to no group: access, and nothing else.
    nobody = django_user_model.objects.create_user(username="no-group", password="x")
    nobody.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    users["no-group"] = nobody
    return users


def build_pages(world):
    spanish = StandardPageFactory(
        parent=world.homes["es"],
        title=f"{mark('es')} página",
        slug="secreta",
        introduction=f"{mark('es')} introducción",
    )
    world.pages["es"] = spanish
    for code in ("fr", "en"):
        world.page_translations[code] = translate_marked(spanish, code)
        world.pages[code] = spanish.get_translation(locale(code)).specific
    for code in LANGUAGES:  # a second revision each, to compare; the source changes
        page = type(world.pages[code]).objects.get(pk=world.pages[code].pk)
        page.introduction = f"{mark(code)} segunda versión"
        page.save_revision().publish()
        world.pages[code] = page


def build_snippets(world):
    Footer.objects.filter(locale=locale("es")).delete()
    spanish = FooterFactory(about=f"<p>{mark('es')} pie</p>", locale=locale("es"))
    spanish.save_revision().publish()
    world.footers["es"] = spanish
    for code in ("fr", "en"):
        Footer.objects.filter(locale=locale(code)).delete()
        world.footer_translations[code] = translate_marked(spanish, code)
        footer = Footer.objects.get(locale=locale(code), translation_key=spanish.translation_key)
        footer.save_revision()
        world.footers[code] = footer
    for code in LANGUAGES:
        world.sectors[code] = SectorFactory(
            name=f"{mark(code)} sector", slug=f"secret-{code}", locale=locale(code)
        )


def build_modules_and_forms(world):
    today = timezone.localdate()
    for code in LANGUAGES:
        module = ModulePageFactory(
            parent=world.homes[code],
            title=f"{mark(code)} módulo",
            slug=f"modulo-{code}",
            locale=locale(code),
        )
        DownloadCount.objects.create(page=module, language=code, day=today, count=3)
        world.modules[code] = module
        form = GetInvolvedPageFactory(
            parent=world.homes[code],
            title=f"{mark(code)} formulario",
            slug=f"participa-{code}",
            locale=locale(code),
        )
        FormSubmission.objects.create(page=form, form_data={"mensaje": f"{mark(code)} mensaje"})
        world.forms[code] = form


def build_media_and_settings(world):
    world.document = get_document_model().objects.create(
        title="SECRET-document", file=ContentFile(b"%PDF-1.4 secreto", name="secreto.pdf")
    )
    world.image = get_image_model().objects.create(
        title="SECRET-image", file=get_test_image_file(size=(40, 30))
    )
    world.site = Site.objects.get(is_default_site=True)
    social = SocialMediaSettings.for_site(world.site)
    social.twitter_handle = "SECRET-handle"
    social.save()


def build_world(django_user_model):
    world = World()
    world.homes = build_homes()
    call_command("setup_roles", stdout=StringIO())
    world.users = build_users(django_user_model)
    build_pages(world)
    build_snippets(world)
    build_modules_and_forms(world)
    build_media_and_settings(world)
    assert Page.find_problems() == ([], [], [], [], [])
    return world
