"""The client's address as Soleil can trust it, for limits counted per address (the
get-involved form's, failed admin logins)."""

from django.conf import settings


def client_address(request):
    """The visitor's address as the site can trust it.

    Behind the reverse proxy the production settings trust for HTTPS
    (`SECURE_PROXY_SSL_HEADER`), REMOTE_ADDR is the proxy's own address, so the
    address the proxy appended to X-Forwarded-For (the last one, which a client
    cannot forge) is used instead. Without a trusted proxy the header is ignored.
    """
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR", "")
