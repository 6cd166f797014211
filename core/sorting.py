"""Text for putting names in order, the same way wherever Soleil lists them."""

import unicodedata


def folded(text):
    """Text for sorting: "Économie" next to "Ecología", not after "Turismo"."""
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
