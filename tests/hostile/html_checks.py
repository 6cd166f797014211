"""What a browser would run in a page: script that is not the site's own, event handlers,
`javascript:` addresses and embedded documents."""

from bs4 import BeautifulSoup

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "xlink:href")


def script_problems(html):
    """(the parsed page, what in it could run code); the site's own files and JSON-LD
    blocks are data or the site's code, not problems."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    for script in soup.find_all("script"):
        source = script.get("src", "")
        own_file = source.startswith("/") and not source.startswith("//")
        if not own_file and script.get("type") != "application/ld+json":
            problems.append(f"script: {script}")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                problems.append(f"handler {name} on <{element.name}>")
            address = "".join(str(value).split()).lower()
            if name.lower() in URL_ATTRIBUTES and address.startswith("javascript:"):
                problems.append(f"{name}={value} on <{element.name}>")
    for element in soup.find_all(["iframe", "object", "embed", "svg"]):
        problems.append(f"element <{element.name}>")
    return soup, problems
