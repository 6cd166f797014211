from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Set the default site's address (host and port) to the public address visitors "
        "use, e.g. https://soleil.example.org. Wagtail builds page links, sitemaps and "
        "the frontend-cache purges from it, so a caching proxy is purged at the address "
        "it caches."
    )

    def add_arguments(self, parser):
        parser.add_argument("address", help="the site's public address, with its scheme")

    def handle(self, *args, address, **options):
        parts = urlsplit(address)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CommandError(
                f"Give an address such as https://soleil.example.org, not {address!r}."
            )
        port = parts.port or (443 if parts.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site yet: run migrate first.")
        site.hostname, site.port = parts.hostname, port
        site.save()  # and so Wagtail forgets the site root paths it keeps in the cache
        self.stdout.write(f"The site's address is {parts.scheme}://{parts.hostname}:{port}/")
