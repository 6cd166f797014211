import pytest
from django.core.cache import caches

from core.factories import translate_page
from engagement.factories import GetInvolvedPageFactory
from tests.engagement.recording_cache import RecordingCache


@pytest.fixture(autouse=True)
def empty_cache():
    """The submission limit lives in the counters cache: every test starts with none counted."""
    caches["counters"].clear()
    yield
    caches["counters"].clear()


@pytest.fixture
def form_page(homes):
    return GetInvolvedPageFactory(parent=homes["es"])


@pytest.fixture
def french_form_page(form_page):
    french = translate_page(
        form_page,
        "fr",
        title="Participer",
        slug="participer",
        thank_you_text="<p>Merci ! Nous avons bien reçu votre message.</p>",
    )
    labels = [
        "Nom",
        "Adresse électronique",
        "Comment souhaitez-vous participer\u00a0?",
        "Message",
        "J’accepte la notice de confidentialité",
    ]
    fields = list(french.form_fields.all())
    for field, label in zip(fields, labels, strict=True):
        field.label = label
    fields[2].choices = "Recevoir la lettre\nDevenir bénévole\nTenir un stand"
    french.form_fields = fields
    french.save_revision().publish()
    return french


@pytest.fixture
def cache_keys(settings):
    """The keys written to or read from the counters cache during the test."""
    RecordingCache.given = []
    settings.CACHES = {
        **settings.CACHES,
        "counters": {"BACKEND": "tests.engagement.recording_cache.RecordingCache"},
    }
    return RecordingCache.given
