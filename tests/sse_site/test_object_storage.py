"""With `MEDIA_STORAGE=s3`, uploads, renditions and module packs live in the bucket of a
real S3 server (moto's, on loopback): renditions at public addresses pages can link to,
everything else private — documents reach visitors through Django only, and a document
in a private collection does not reach them at all (module packs:
tests/curriculum/test_pack_storage.py)."""

import io
import urllib.error
import urllib.request

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.curriculum.conftest import PDF_BYTES


def anonymous_get(url):
    """What a browser outside the site gets from that address: (status, body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as refused:
        return refused.code, b""


def keys(bucket):
    return sorted(item.key for item in bucket.objects.all())


def uploaded(client, url_name, file):
    response = client.post(reverse(url_name), {"files[]": file})
    assert response.json()["success"] is True
    return response


def a_png():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), "orange").save(buffer, "PNG")
    return SimpleUploadedFile("huerta.png", buffer.getvalue(), content_type="image/png")


def test_an_uploaded_image_is_private_in_the_bucket_and_its_renditions_are_public(
    admin_client, s3_media
):
    uploaded(admin_client, "wagtailimages:add_multiple", a_png())
    image = get_image_model().objects.get()

    rendition = image.get_rendition("fill-320x200")

    assert [key for key in keys(s3_media) if key.startswith("original_images/")] == [
        image.file.name
    ]
    assert rendition.file.name in keys(s3_media)
    status, body = anonymous_get(rendition.url)
    assert status == 200
    assert Image.open(io.BytesIO(body)).size == (320, 200)
    original = f"{s3_media.meta.client.meta.endpoint_url}/{s3_media.name}/{image.file.name}"
    assert anonymous_get(original)[0] == 403


def test_a_page_links_its_image_in_the_bucket_and_allows_it_in_its_policy(
    admin_client, client, s3_media, homes
):
    uploaded(admin_client, "wagtailimages:add_multiple", a_png())
    index = StoryIndexPageFactory(parent=homes["es"])
    story = StoryPageFactory(parent=index, hero_image=get_image_model().objects.get())

    page = client.get(story.url)

    bucket_address = f"{s3_media.meta.client.meta.endpoint_url}/{s3_media.name}/"
    assert f'src="{bucket_address}images/' in page.text
    assert bucket_address in page["Content-Security-Policy"]


def test_a_document_is_kept_private_and_served_through_the_site(admin_client, client, s3_media):
    uploaded(
        admin_client,
        "wagtaildocs:add_multiple",
        SimpleUploadedFile("guia.pdf", PDF_BYTES, content_type="application/pdf"),
    )
    document = get_document_model().objects.get()

    download = client.get(document.url)

    assert document.url.startswith("/documents/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF_BYTES
    stored = f"{s3_media.meta.client.meta.endpoint_url}/{s3_media.name}/{document.file.name}"
    assert document.file.name in keys(s3_media)
    assert anonymous_get(stored)[0] == 403


def test_a_document_in_a_private_collection_is_refused_to_visitors(client, db, s3_media):
    members = Collection.get_first_root_node().add_child(name="Red interna")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Actas", collection=members)
    document.file.save("actas.pdf", io.BytesIO(PDF_BYTES), save=False)
    document.save()

    response = client.get(document.url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]
