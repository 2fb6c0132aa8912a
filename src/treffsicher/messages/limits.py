"""Messages about the limits of one import, German and English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "import.too_many_words": {
        "de": "Die Quelle hat {words} Wörter; erlaubt sind höchstens {limit} Wörter je Quelle "
        "(mehr als genug für ein Profil). Bitte die Texte auswählen, die wirklich von ihr "
        "sind, oder in kleinere Dateien teilen.",
        "en": "The source has {words} words; at most {limit} words per source are allowed "
        "(more than enough for a profile). Please pick the texts that really are hers, or "
        "split them into smaller files.",
    },
    "import.too_many_passages": {
        "de": "Die Quelle hat {passages} Textstellen; erlaubt sind höchstens {limit} je "
        "Quelle. Bitte in kleinere Dateien teilen.",
        "en": "The source has {passages} passages; at most {limit} per source are allowed. "
        "Please split it into smaller files.",
    },
}
