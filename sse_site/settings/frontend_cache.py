"""Wagtail's frontend-cache invalidation, built from the environment.

A caching proxy or CDN in front of Soleil (Varnish, nginx, Cloudflare) may keep
anonymous pages for `CDN_MAX_AGE` seconds. When content changes, Wagtail sends
it purges: `FRONTEND_CACHE_PURGE_URLS` lists the proxies that accept an HTTP
`PURGE` (Varnish: `http://127.0.0.1:6081`), `CLOUDFLARE_API_TOKEN` with
`CLOUDFLARE_ZONE_ID` purges Cloudflare. Every language's address of a page is
purged: each translation is a page with an address of its own, purged with it
(`core.frontend_purge`, `WAGTAILFRONTENDCACHE_LANGUAGES = []`). Without any of them,
nothing is sent.
"""


def frontend_cache_backends(purge_urls, cloudflare_token, cloudflare_zone):
    backends = {
        f"proxy-{position}": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": url,
        }
        for position, url in enumerate(purge_urls, start=1)
    }
    if cloudflare_token and cloudflare_zone:
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": cloudflare_token,
            "ZONEID": cloudflare_zone,
        }
    return backends
