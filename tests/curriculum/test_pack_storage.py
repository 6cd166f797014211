"""With `MEDIA_STORAGE=s3` a module pack is built once into the bucket, kept private
there, and teachers download it through the site."""

import io
import urllib.error
import urllib.request
import zipfile


def anonymous_status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status
    except urllib.error.HTTPError as refused:
        return refused.code


def test_a_module_pack_is_built_into_the_bucket_and_served_through_the_site(
    client, s3_media, make_module, make_document
):
    module = make_module(documents=[make_document("Ficha del alumnado", "ficha.pdf")])

    first = client.get(module.url + "pack/")
    second = client.get(module.url + "pack/")

    archive = zipfile.ZipFile(io.BytesIO(b"".join(first.streaming_content)))
    assert first.status_code == second.status_code == 200
    assert "01 Ficha del alumnado.pdf" in archive.namelist()
    packs = [item.key for item in s3_media.objects.all() if item.key.endswith(".zip")]
    assert len(packs) == 1
    endpoint = s3_media.meta.client.meta.endpoint_url
    assert anonymous_status(f"{endpoint}/{s3_media.name}/{packs[0]}") == 403
