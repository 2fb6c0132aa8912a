"""Names of the languages core.text can guess, in German and English (one list for all)."""

from __future__ import annotations

# The languages core.text.guess_language returns, and "und" for undetermined.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "de": {
        "de": "Deutsch",
        "en": "Englisch",
        "fr": "Französisch",
        "es": "Spanisch",
        "it": "Italienisch",
        "nl": "Niederländisch",
        "und": "unbestimmt",
    },
    "en": {
        "de": "German",
        "en": "English",
        "fr": "French",
        "es": "Spanish",
        "it": "Italian",
        "nl": "Dutch",
        "und": "undetermined",
    },
}


def name_language(code: str, lang: str | None) -> str:
    """The language's name in `lang` ('Deutsch', 'English'; other languages: German, the
    catalogue's fallback), or the code itself when unknown."""
    names = LANGUAGE_NAMES.get(lang or "", LANGUAGE_NAMES["de"])
    return names.get(code, code)
