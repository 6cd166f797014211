"""wagtail-localize's machine translator, built from the environment.

With `DEEPL_API_KEY` set, translators get a "Translate with DeepL" button in the
translation editor. `DEEPL_FORMALITY` sets the register ("prefer_less": tú / tu,
as the site speaks to its readers), and `DEEPL_GLOSSARY_IDS` names a DeepL
glossary per language pair ("ES:FR=<id>,ES:EN=<id>") so that the SSE vocabulary
("economía social y solidaria", "cooperativa de trabajo") is translated the way the
site's vocabularies say. Without a key there is no machine translator.
"""


def glossary_ids(pairs):
    """{("ES", "FR"): "<id>"} from ["ES:FR=<id>", …]; malformed items are ignored."""
    glossaries = {}
    for item in pairs:
        languages, _sep, glossary_id = item.partition("=")
        source, _sep, target = languages.partition(":")
        if source.strip() and target.strip() and glossary_id.strip():
            glossaries[(source.strip().upper(), target.strip().upper())] = glossary_id.strip()
    return glossaries


def deepl_translator(api_key, formality, glossary_pairs):
    if not api_key:
        return None
    options = {"AUTH_KEY": api_key, "FORMALITY": formality}
    glossaries = glossary_ids(glossary_pairs)
    if glossaries:
        options["GLOSSARY_IDS"] = glossaries
    return {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": options,
    }
