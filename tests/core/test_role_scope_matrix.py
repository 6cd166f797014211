"""Every role against everything outside its scope: refused, and nothing shown of it.

The roles (core/roles.py): Editors and Moderators work in every language; each
translators' group works in its own language; a user who may open the admin and belongs
to no group may do nothing there. Every object of the site built here carries the mark
of its language, "SECRET-es", "SECRET-fr", "SECRET-en" (tests/core/role_scope_world.py).

An action on an object outside the role's scope must be refused — 403, 404, or Wagtail's
redirect to the dashboard with its "no permission" message, or to the login page — and
the answer must not hold any "SECRET-" text. A screen the role uses for its own work (a
chooser, a report, a listing) must not show the marks of the languages it does not work
in. The positive controls show each role doing its own job on the same objects, so that
a refusal everywhere would fail them.

The site and each role's logged-in client are made once for the module; each test runs
in a savepoint inside it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import constants, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from tests.core.role_scope_world import LANGUAGES, ROLES, build_world, mark

pytestmark = pytest.mark.django_db

TRANSLATORS = {f"translators-{code}": code for code in LANGUAGES}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world(get_user_model())
        world.clients = {role: logged_in(user) for role, user in world.users.items()}
        yield world
        transaction.set_rollback(True)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def po_file(translation, text):
    """A PO file for `translation` with every string translated as `text`."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = text
    return SimpleUploadedFile("translation.po", str(po).encode(), "text/x-gettext-translation")


def compare(namespace, pk):
    kwargs = {"pk": pk, "revision_id_a": "earliest", "revision_id_b": "latest"}
    return reverse(f"{namespace}:revisions_compare", kwargs=kwargs)


def footer(action, w, code):
    return reverse(f"wagtailsnippets_core_footer:{action}", args=[w.footers[code].pk])


def upload(translations):
    """POST a PO file to a translation into the language, when there is one."""

    def request(w, code):
        translation = translations(w).get(code)
        if translation is None:
            return None
        url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
        return "post", url, {"file": po_file(translation, "PIRATED"), "next": "/admin/"}

    return request


def on_translation(url_name, translations):
    def request(w, code):
        translation = translations(w).get(code)
        return translation and ("get", reverse(url_name, args=[translation.pk]), {})

    return request


def get(url):
    return lambda w, code: ("get", url(w, code), {})


def page(url_name):
    return get(lambda w, code: reverse(f"wagtailadmin_pages:{url_name}", args=[w.pages[code].pk]))


# Actions on one language's objects: (method, url, data) for the object in that language.
LANGUAGE_ACTIONS = {
    "page edit": page("edit"),
    "page preview": page("preview_on_edit"),
    "page draft": page("view_draft"),
    "page revision compare": get(lambda w, code: compare("wagtailadmin_pages", w.pages[code].pk)),
    "page history": page("history"),
    "page revisions": page("revisions_index"),
    "page copy": page("copy"),
    "page move": page("move"),
    "page delete": page("delete"),
    "page unpublish": page("unpublish"),
    "page chooser inside the page": get(
        lambda w, code: reverse("wagtailadmin_choose_page_child", args=[w.pages[code].pk])
    ),
    "footer edit": get(lambda w, code: footer("edit", w, code)),
    "footer history": get(lambda w, code: footer("history", w, code)),
    "footer revision compare": get(
        lambda w, code: compare("wagtailsnippets_core_footer", w.footers[code].pk)
    ),
    "sector edit": get(
        lambda w, code: reverse("wagtailsnippets_core_sector:edit", args=[w.sectors[code].pk])
    ),
    "form submissions": get(
        lambda w, code: reverse("wagtailforms:list_submissions", args=[w.forms[code].pk])
    ),
    "page PO upload": upload(lambda w: w.page_translations),
    "page PO download": on_translation(
        "wagtail_localize:download_pofile", lambda w: w.page_translations
    ),
    "translation preview": on_translation(
        "wagtail_localize:preview_translation", lambda w: w.page_translations
    ),
    "footer PO upload": upload(lambda w: w.footer_translations),
    "footer PO download": on_translation(
        "wagtail_localize:download_pofile", lambda w: w.footer_translations
    ),
}

# Actions outside every language's scope for some roles: one request each.
ROLE_ACTIONS = {
    "site settings edit": lambda w: reverse(
        "wagtailsettings:edit", args=["core", "socialmediasettings", w.site.pk]
    ),
    "page translation submit": lambda w: reverse(
        "wagtail_localize:submit_page_translation", args=[w.pages["es"].pk]
    ),
    "snippet translation submit": lambda w: reverse(
        "wagtail_localize:submit_snippet_translation", args=["core", "sector", w.sectors["es"].pk]
    ),
    "downloads report": lambda w: reverse("curriculum_downloads_report"),
    "translation coverage report": lambda w: reverse("translation_coverage_report"),
}

# Screens a role may open for its own work, which must show nothing of other languages.
SHARED_SCREENS = {
    "dashboard": lambda w: reverse("wagtailadmin_home"),
    "page chooser": lambda w: reverse("wagtailadmin_choose_page"),
    "page chooser search": lambda w: reverse("wagtailadmin_choose_page_search") + "?q=SECRET",
    "page search": lambda w: reverse("wagtailadmin_pages:search") + "?q=SECRET",
    "page explorer": lambda w: reverse("wagtailadmin_explore_root"),
    "forms": lambda w: reverse("wagtailforms:index"),
    "sectors": lambda w: reverse("wagtailsnippets_core_sector:list"),
    **{
        f"{kind}s in {code}": (
            lambda w, kind=kind, code=code: (
                reverse(f"wagtailsnippets_core_{kind}:list") + f"?locale={code}"
            )
        )
        for kind in ("sector", "footer")
        for code in LANGUAGES
    },
    # Wagtail answers with what the user may choose: for someone without media rights,
    # nothing.
    "document chooser": lambda w: reverse("wagtaildocs_chooser:choose"),
    "image chooser": lambda w: reverse("wagtailimages_chooser:choose"),
    "downloads report": ROLE_ACTIONS["downloads report"],
    "translation coverage report": ROLE_ACTIONS["translation coverage report"],
}


def refused_languages(role, action):
    """The languages whose object `role` may not `action`."""
    if role == "no-group":
        return LANGUAGES
    if role in TRANSLATORS:
        if action == "form submissions":  # people's addresses: editors and moderators only
            return LANGUAGES
        if action == "page delete":  # their own language's too: moderators delete
            return LANGUAGES
        return [code for code in LANGUAGES if code != TRANSLATORS[role]]
    if role == "editors" and action in ("page delete", "page move", "page unpublish"):
        return LANGUAGES  # the pages are live: only who may publish may take them down
    return []


def refused_everywhere(role, action):
    if action not in ROLE_ACTIONS:
        return False
    if action == "site settings edit":
        return True  # superusers only
    if role == "no-group":
        return True
    if role in TRANSLATORS:
        return action in ("page translation submit", "snippet translation submit")
    return False


def foreign_marks(role):
    """What `role` must never see on a shared screen."""
    if role == "no-group":
        return ["SECRET-"]
    if role in TRANSLATORS:
        return [mark(code) for code in LANGUAGES if code != TRANSLATORS[role]]
    return []


def ask(world, role, method, url, data):
    client = world.clients[role]
    client.cookies.pop("messages", None)  # an earlier test's message is not this answer's
    if method == "post":
        return client.post(url, data)
    return client.get(url, data)


def assert_refused(response, what):
    body = response.content.decode(errors="replace")
    assert "SECRET-" not in body, f"{what}: the answer shows a title outside the role's scope"
    if response.status_code in (403, 404):
        return
    assert response.status_code == 302, f"{what}: answered {response.status_code}"
    location = response.headers["Location"]
    if location.startswith(reverse("wagtailadmin_login")):
        return
    assert location == reverse("wagtailadmin_home"), f"{what}: redirected to {location}"
    levels = [message.level for message in get_messages(response.wsgi_request)]
    assert constants.ERROR in levels, f"{what}: sent to the dashboard without a refusal"


LANGUAGE_CASES = [
    (role, action)
    for role in ROLES
    for action in LANGUAGE_ACTIONS
    if refused_languages(role, action)
]


def languages_to_ask(role, action):
    """The refused languages, each role starting from another one: every language's
    objects are asked for, and each case asks once."""
    refused = refused_languages(role, action)
    turn = ROLES.index(role) % len(refused)
    return refused[turn:] + refused[:turn]


@pytest.mark.parametrize(("role", "action"), LANGUAGE_CASES)
def test_a_role_is_refused_objects_in_languages_outside_its_scope(world, role, action):
    requests = [LANGUAGE_ACTIONS[action](world, code) for code in languages_to_ask(role, action)]
    # A translation's actions have no Spanish object: the source is Spanish.
    method, url, data = next(request for request in requests if request)

    response = ask(world, role, method, url, data)

    assert_refused(response, f"{role} / {action} / {url}")
    assert not StringTranslation.objects.filter(data="PIRATED").exists()


ROLE_CASES = [
    (role, action) for role in ROLES for action in ROLE_ACTIONS if refused_everywhere(role, action)
]


@pytest.mark.parametrize(("role", "action"), ROLE_CASES)
def test_a_role_is_refused_what_is_not_its_job(world, role, action):
    response = ask(world, role, "get", ROLE_ACTIONS[action](world), {})
    assert_refused(response, f"{role} / {action}")


SCREEN_CASES = [
    (role, screen)
    for role in ROLES
    for screen in SHARED_SCREENS
    if foreign_marks(role) and not refused_everywhere(role, screen)
]


@pytest.mark.parametrize(("role", "screen"), SCREEN_CASES)
def test_a_shared_screen_shows_nothing_of_other_languages(world, role, screen):
    response = ask(world, role, "get", SHARED_SCREENS[screen](world), {})

    assert response.status_code in (200, 302, 403, 404)
    body = response.content.decode(errors="replace")
    for foreign in foreign_marks(role):
        assert foreign not in body, f"{role} sees {foreign} on {screen}"


def in_language(action, code):
    return lambda w: LANGUAGE_ACTIONS[action](w, code)


def screen(name):
    return lambda w: ("get", SHARED_SCREENS[name](w), {})


# (role, its own job, the request, the answer's status, a text the answer shows)
OWN_JOBS = [
    ("translators-fr", "edit a French page", in_language("page edit", "fr"), 200, "SECRET-fr"),
    (
        "translators-fr",
        "edit the French footer",
        in_language("footer edit", "fr"),
        200,
        "SECRET-fr",
    ),
    ("translators-fr", "edit a French sector", in_language("sector edit", "fr"), 200, "SECRET-fr"),
    (
        "translators-fr",
        "download the French translation's PO file",
        in_language("page PO download", "fr"),
        200,
        "SECRET-fr",
    ),
    ("translators-fr", "choose a French page", screen("page chooser search"), 200, "SECRET-fr"),
    ("translators-fr", "see French downloads", screen("downloads report"), 200, "SECRET-fr"),
    (
        "translators-fr",
        "see French translations to update",
        screen("translation coverage report"),
        200,
        "SECRET-fr",
    ),
    ("editors", "edit a Spanish page", in_language("page edit", "es"), 200, "SECRET-es"),
    ("editors", "choose an English page", screen("page chooser search"), 200, "SECRET-en"),
    (
        "editors",
        "submit a page for translation",
        lambda w: ("get", ROLE_ACTIONS["page translation submit"](w), {}),
        200,
        "SECRET-es",
    ),
    (
        "editors",
        "read the French form's submissions",
        in_language("form submissions", "fr"),
        200,
        "SECRET-fr mensaje",
    ),
    (
        "moderators",
        "confirm unpublishing an English page",
        in_language("page unpublish", "en"),
        200,
        "SECRET-en",
    ),
    ("moderators", "read the downloads", screen("downloads report"), 200, "SECRET-es"),
    ("no-group", "open the dashboard", screen("dashboard"), 200, "Soleil"),
]


@pytest.mark.parametrize(
    ("role", "job", "request_for", "status", "shown"),
    OWN_JOBS,
    ids=[f"{role} may {job}" for role, job, *_rest in OWN_JOBS],
)
def test_a_role_does_its_own_job(world, role, job, request_for, status, shown):
    response = ask(world, role, *request_for(world))

    assert response.status_code == status
    assert shown in response.content.decode()


def test_a_french_translator_uploads_a_po_file_into_french(world):
    translation = world.page_translations["fr"]
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])

    response = ask(
        world,
        "translators-fr",
        "post",
        url,
        {"file": po_file(translation, "Traduit"), "next": "/admin/"},
    )

    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale__language_code="fr", data="Traduit").exists()


@pytest.mark.parametrize(("role", "offered"), [("no-group", False), ("translators-fr", True)])
def test_the_admin_offers_the_page_reports_only_to_who_may_open_them(world, role, offered):
    dashboard = ask(world, role, "get", reverse("wagtailadmin_home"), {}).content.decode()

    assert (reverse("curriculum_downloads_report") in dashboard) is offered
    assert (reverse("translation_coverage_report") in dashboard) is offered


def test_a_translator_may_unpublish_but_not_delete_a_page_of_their_language(world):
    french = world.pages["fr"]
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])

    unpublish = ask(world, "translators-fr", "get", page("unpublish")(world, "fr")[1], {})
    delete = ask(world, "translators-fr", "post", page("delete")(world, "fr")[1], {})
    in_bulk = ask(world, "translators-fr", "post", f"{bulk}?id={french.pk}", {})

    assert unpublish.status_code == 200
    assert_refused(delete, "translators-fr / page delete / fr")
    assert_refused(in_bulk, "translators-fr / bulk page delete / fr")
    assert type(french).objects.filter(pk=french.pk, live=True).exists()
