"""Where uploaded images and documents, their renditions and built module packs live.

`MEDIA_STORAGE=local` (the default, what `make run` uses): the folder `MEDIA_ROOT`,
one per machine, where a file shows under its name only once written whole
(`core.storage`). `MEDIA_STORAGE=s3`: a bucket of S3-compatible object storage
(Amazon S3, MinIO, Garage, Scaleway, OVH…) through django-storages, shared by every
app server.

In the bucket, everything is private but image renditions:

- documents are served through Wagtail's serve view (`WAGTAILDOCS_SERVE_METHOD`), so a
  document in a private collection is refused to visitors as before; module packs
  through the module's pack view. Neither gets a bucket URL. Anything else asked for
  a URL gets a signed one that lasts `AWS_QUERYSTRING_EXPIRE` seconds;
- renditions, which pages link to and cached pages keep linking to, are written
  public-read (`renditions` storage, `WAGTAILIMAGES_RENDITION_STORAGE`) and linked at a
  stable address: `MEDIA_PUBLIC_URL` (a CDN or the bucket's own domain) or else the
  endpoint's path-style address of the bucket. The Content-Security-Policy lets pages
  show images from there.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"


def s3_options(env, **overrides):
    return {
        "bucket_name": env.AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": env.AWS_S3_ENDPOINT_URL or None,
        "region_name": env.AWS_S3_REGION_NAME or None,
        "access_key": env.AWS_ACCESS_KEY_ID or None,
        "secret_key": env.AWS_SECRET_ACCESS_KEY or None,
        "addressing_style": "path",
        "file_overwrite": False,
        **overrides,
    }


def public_address(env):
    """Where browsers fetch renditions: `MEDIA_PUBLIC_URL`, or the bucket at its endpoint."""
    if env.MEDIA_PUBLIC_URL:
        return env.MEDIA_PUBLIC_URL.rstrip("/") + "/"
    endpoint = env.AWS_S3_ENDPOINT_URL or "https://s3.amazonaws.com"
    return f"{endpoint.rstrip('/')}/{env.AWS_STORAGE_BUCKET_NAME}/"


def media_storages(env):
    """The `default` and, on object storage, `renditions` entries of `STORAGES`."""
    if env.MEDIA_STORAGE not in ("local", "s3"):
        raise ImproperlyConfigured(f"MEDIA_STORAGE is 'local' or 's3', not {env.MEDIA_STORAGE!r}.")
    if env.MEDIA_STORAGE == "local":
        return {"default": {"BACKEND": "core.storage.WholeFileStorage"}}
    if not env.AWS_STORAGE_BUCKET_NAME:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    public = urlsplit(public_address(env))
    return {
        "default": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": s3_options(
                env,
                default_acl="private",
                querystring_auth=True,
                querystring_expire=env.AWS_QUERYSTRING_EXPIRE,
            ),
        },
        "renditions": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": s3_options(
                env,
                default_acl="public-read",
                querystring_auth=False,
                # Links are made from the public address, so they and the policy agree.
                custom_domain=f"{public.netloc}{public.path}".rstrip("/"),
                url_protocol=f"{public.scheme}:",
            ),
        },
    }


def rendition_storage(env):
    """Wagtail's `WAGTAILIMAGES_RENDITION_STORAGE`: the public storage on object storage."""
    return "renditions" if env.MEDIA_STORAGE == "s3" else None


def image_sources(env):
    """What the Content-Security-Policy adds to `img-src` for renditions."""
    return [public_address(env)] if env.MEDIA_STORAGE == "s3" else []
