"""Where the header's search box sends visitors: the site search of the active language.

The ground floor draws the box (`core/search_box.html`, `navigation_tags.search_box`);
the app that searches says where its page is with the `site_search_url` hook — a
function of (request, language code) that returns that language's search address, or
"" when it has none. With no such app installed, or no search page in a language, the
header simply has no search box there.
"""

from wagtail import hooks


def search_url(request, language):
    for ask in hooks.get_hooks("site_search_url"):
        url = ask(request, language)
        if url:
            return url
    return ""
