"""Reading /sitemap.xml as a crawler does: the index, then every section it points to."""

import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


def section_addresses(client):
    """The sections /sitemap.xml (a sitemap index) points to, as paths."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    index = ET.fromstring(response.content)
    return [loc.text.removeprefix(BASE) for loc in index.findall("s:sitemap/s:loc", NS)]


def read_sitemap(client):
    """Every <url> of every section: {address: {"lastmod": …, "alternates": {…}}}."""
    entries = {}
    for address in section_addresses(client):
        response = client.get(address)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/xml")
        entries.update(read_section(ET.fromstring(response.content)))
    return entries


def read_section(root):
    entries = {}
    for url in root.findall("s:url", NS):
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", NS)
            if link.get("rel") == "alternate"
        }
        entries[url.find("s:loc", NS).text] = {
            "lastmod": url.findtext("s:lastmod", namespaces=NS),
            "alternates": alternates,
        }
    return entries
