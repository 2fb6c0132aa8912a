"""Strings of the passages page of a source (merged into web.messages; keys must not
repeat)."""

from __future__ import annotations

PASSAGE_UI_MESSAGES: dict[str, dict[str, str]] = {
    "passages.title": {"de": "Textstellen", "en": "Passages"},
    "passages.intro": {
        "de": "Was davon nicht ihre Stimme ist (ein Slogan der Agentur, ein zitierter Text), "
        "nehmen Sie heraus: Die Textstelle bleibt gespeichert, zählt aber nicht für Profil "
        "und Belege.",
        "en": "Leave out what is not her voice (an agency slogan, a quoted text): the passage "
        "stays stored but no longer counts for profile and evidence.",
    },
    "passages.excluded": {"de": "ausgenommen", "en": "left out"},
    "passages.exclude": {"de": "Nicht ihre Stimme", "en": "Not her voice"},
    "passages.include": {"de": "Wieder zählen", "en": "Count again"},
    "passages.back": {"de": "Zurück zu den Quellen", "en": "Back to the sources"},
    "passages.number": {"de": "Textstelle {number}", "en": "Passage {number}"},
    "passages.show": {"de": "Textstellen zeigen", "en": "Show passages"},
}
