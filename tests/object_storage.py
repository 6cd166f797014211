"""A real S3 server for the tests of `MEDIA_STORAGE=s3`: moto's standalone server on
loopback, started once for the run and stopped at its end, and a fresh bucket for each
test that asks for `s3_media`."""

import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest

from sse_site.settings.media_storage import image_sources, media_storages


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"No server answered on port {port} in {seconds} s.")


@pytest.fixture(scope="session")
def s3_server():
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def s3_media(settings, s3_server):
    """The settings `MEDIA_STORAGE=s3` gives, on an empty bucket of its own; returns
    the bucket as boto3 sees it."""
    env = SimpleNamespace(
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME=f"soleil-{uuid.uuid4().hex[:12]}",
        AWS_S3_ENDPOINT_URL=s3_server,
        AWS_S3_REGION_NAME="us-east-1",
        AWS_ACCESS_KEY_ID="soleil",
        AWS_SECRET_ACCESS_KEY="soleil-secret",
        AWS_QUERYSTRING_EXPIRE=300,
        MEDIA_PUBLIC_URL="",
    )
    bucket = boto3.resource(
        "s3",
        endpoint_url=s3_server,
        region_name=env.AWS_S3_REGION_NAME,
        aws_access_key_id=env.AWS_ACCESS_KEY_ID,
        aws_secret_access_key=env.AWS_SECRET_ACCESS_KEY,
    ).create_bucket(Bucket=env.AWS_STORAGE_BUCKET_NAME)
    settings.STORAGES = {**media_storages(env), "staticfiles": settings.STORAGES["staticfiles"]}
    settings.WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    policy = settings.CONTENT_SECURITY_POLICY
    directives = policy["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {
        **policy,
        "DIRECTIVES": {**directives, "img-src": [*directives["img-src"], *image_sources(env)]},
    }
    return bucket
