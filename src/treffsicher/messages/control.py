"""Messages of removing sources and identities and of leaving passages out, German and
English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "control.source_removed": {
        "de": "Quelle {id} („{name}“) von {client} entfernt, mit ihren Textstellen.",
        "en": "Removed source {id} ('{name}') of {client}, with its passages.",
    },
    "control.source_confirm": {
        "de": "Quelle {id} („{name}“) von {client} mit ihren Textstellen entfernen?",
        "en": "Remove source {id} ('{name}') of {client} with its passages?",
    },
    "control.cancelled": {"de": "Nichts geändert.", "en": "Nothing changed."},
    "control.identity_removed": {
        "de": "{client}: {value} entfernt (schon importierte Quellen bleiben).",
        "en": "{client}: removed {value} (sources already imported stay).",
    },
    "control.identity_missing": {
        "de": "{client}: {value} war keine ihrer Kennungen.",
        "en": "{client}: {value} was not one of her identities.",
    },
    "control.identity_none_given": {
        "de": "Bitte --email oder --speaker angeben.",
        "en": "Please give --email or --speaker.",
    },
    "control.passage_excluded": {
        "de": "Textstelle {id} ({source}) zählt nicht mehr als Stimme von {client}; sie "
        "bleibt gespeichert.",
        "en": "Passage {id} ({source}) no longer counts as {client}'s voice; it stays stored.",
    },
    "control.passage_included": {
        "de": "Textstelle {id} ({source}) zählt wieder als Stimme von {client}.",
        "en": "Passage {id} ({source}) counts as {client}'s voice again.",
    },
    "control.passage_unchanged_excluded": {
        "de": "Textstelle {id} war schon ausgenommen.",
        "en": "Passage {id} was already left out.",
    },
    "control.passage_unchanged_included": {
        "de": "Textstelle {id} zählt schon.",
        "en": "Passage {id} already counts.",
    },
    "passage.id_not_found": {
        "de": "Textstelle {id} gibt es nicht („treffsicher passages NAME“ zeigt die Nummern).",
        "en": "There is no passage {id} ('treffsicher passages NAME' shows the numbers).",
    },
    "passages.excluded_mark": {"de": "ausgenommen", "en": "left out"},
    "passages.id": {"de": "Nr.", "en": "no."},
}
