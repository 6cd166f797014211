from bs4 import BeautifulSoup


def result_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.text for link in soup.select(".search-results:not(.search-promoted *) h3 a")]


def promoted_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.text for link in soup.select(".search-promoted h4 a")]


def status_message(response):
    soup = BeautifulSoup(response.content, "html.parser")
    found = soup.select_one(".listing-results [role=status]")
    return found.get_text(" ", strip=True) if found else ""
