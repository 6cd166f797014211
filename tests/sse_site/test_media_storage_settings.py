"""`MEDIA_STORAGE` and its companions turn into Django's STORAGES as the README says, and
a mistake in them stops the site from starting rather than storing files elsewhere."""

from types import SimpleNamespace

import pytest
from django.core.exceptions import ImproperlyConfigured

from sse_site.settings.media_storage import image_sources, media_storages


def environment(**values):
    defaults = {
        "MEDIA_STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": "soleil-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
        "AWS_S3_REGION_NAME": "",
        "AWS_ACCESS_KEY_ID": "",
        "AWS_SECRET_ACCESS_KEY": "",
        "AWS_QUERYSTRING_EXPIRE": 300,
        "MEDIA_PUBLIC_URL": "",
    }
    return SimpleNamespace(**(defaults | values))


def test_the_local_folder_is_the_default():
    storages = media_storages(environment(MEDIA_STORAGE="local"))

    assert storages == {"default": {"BACKEND": "core.storage.WholeFileStorage"}}
    assert image_sources(environment(MEDIA_STORAGE="local")) == []


def test_on_object_storage_only_renditions_are_public():
    storages = media_storages(environment())

    assert storages["default"]["OPTIONS"]["default_acl"] == "private"
    assert storages["default"]["OPTIONS"]["querystring_auth"] is True
    assert storages["renditions"]["OPTIONS"]["default_acl"] == "public-read"
    assert storages["renditions"]["OPTIONS"]["querystring_auth"] is False
    assert storages["renditions"]["OPTIONS"]["custom_domain"] == "s3.example.net/soleil-media"
    assert image_sources(environment()) == ["https://s3.example.net/soleil-media/"]


def test_a_public_address_for_media_is_used_for_renditions_and_the_policy():
    env = environment(MEDIA_PUBLIC_URL="https://media.soleil.example.org/")

    options = media_storages(env)["renditions"]["OPTIONS"]

    assert (options["custom_domain"], options["url_protocol"]) == (
        "media.soleil.example.org",
        "https:",
    )
    assert image_sources(env) == ["https://media.soleil.example.org/"]


@pytest.mark.parametrize(
    "values",
    [{"MEDIA_STORAGE": "minio"}, {"AWS_STORAGE_BUCKET_NAME": ""}],
    ids=["unknown storage", "no bucket"],
)
def test_a_mistake_stops_the_site(values):
    with pytest.raises(ImproperlyConfigured):
        media_storages(environment(**values))
