"""`manage.py set_site_address`: the address Wagtail builds links and purges from."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def test_the_default_site_takes_the_public_address():
    call_command("set_site_address", "http://127.0.0.1:8100", stdout=None)

    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8100"


def test_an_https_address_without_a_port_is_served_on_443():
    call_command("set_site_address", "https://soleil.example.org/", stdout=None)

    assert Site.objects.get(is_default_site=True).root_url == "https://soleil.example.org"


def test_the_site_root_paths_kept_in_the_cache_follow():
    site = Site.objects.get(is_default_site=True)
    before = Site.get_site_root_paths()

    call_command("set_site_address", "http://soleil.test:8100", stdout=None)

    assert [path.root_url for path in before if path.site_id == site.pk] != [
        "http://soleil.test:8100"
    ]
    assert [path.root_url for path in Site.get_site_root_paths() if path.site_id == site.pk] == [
        "http://soleil.test:8100"
    ]


@pytest.mark.parametrize("address", ["soleil.example.org", "ftp://soleil.example.org", "https://"])
def test_an_address_that_is_not_one_is_refused(address):
    with pytest.raises(CommandError, match="https://soleil.example.org"):
        call_command("set_site_address", address, stdout=None)
