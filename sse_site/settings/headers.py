"""The security headers every response carries: two Content-Security-Policies and the
Permissions-Policy.

Public pages get a strict policy: nothing inline, nothing from another host except the
renditions' address. The admin gets its own (`core.admin_csp` sends it under
`ADMIN_URL_PREFIX`), only as loose as Wagtail 8 and wagtail-localize's translation
editor need, found by driving them (tests/browser/test_admin_csp.py):

- `'unsafe-inline'` for scripts and styles: without it for scripts the image chooser
  no longer opens, without it for styles Chromium blocks some twenty inline styles on
  the screens the test drives; a nonce would not do, browsers ignore `'unsafe-inline'`
  beside one;
- images from `blob:` (the image uploader previews the chosen file) and `data:`
  (Wagtail's own inline images);
- frames from the site itself only: the page editor's live preview, whose page keeps
  the public policy (Wagtail renders it as a visitor's request, through the same
  middleware).

Nothing is loaded from another host (Wagtail's Gravatar avatars are turned off in
base.py for that reason).
"""

from csp.constants import NONE, SELF, UNSAFE_INLINE

ADMIN_URL_PREFIX = "/admin/"


def public_policy(image_sources):
    """django-csp's CONTENT_SECURITY_POLICY: every response outside the admin."""
    return {
        "DIRECTIVES": {
            "default-src": [SELF],
            "script-src": [SELF],
            "style-src": [SELF],
            "img-src": [SELF, "data:", *image_sources],
            "font-src": [SELF],
            "connect-src": [SELF],
            "frame-src": [SELF],
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            "frame-ancestors": [SELF],
        },
    }


def admin_policy(image_sources):
    """The admin's policy, in django-csp's format (`core.admin_csp` applies it): the
    public one, with what Wagtail's admin needs on top."""
    return {
        "URL_PREFIX": ADMIN_URL_PREFIX,
        "DIRECTIVES": {
            **public_policy(image_sources)["DIRECTIVES"],
            "script-src": [SELF, UNSAFE_INLINE],
            "style-src": [SELF, UNSAFE_INLINE],
            "img-src": [SELF, "data:", "blob:", *image_sources],
        },
    }


# Permissions-Policy (django-permissions-policy): powerful browser features no page of
# Soleil uses, for readers or editors, turned off for the site and anything it frames.
# Features left out (clipboard, fullscreen) keep the browser's defaults: the admin's
# "copy" buttons use the clipboard.
DENIED_FEATURES = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "interest-cohort",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]
PERMISSIONS_POLICY = {feature: [] for feature in DENIED_FEATURES}
