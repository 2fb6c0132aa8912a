"""Strings of removing an identity from a client and of erasing a whole client in the web
interface (merged into web.messages; keys must not repeat)."""

from __future__ import annotations

CONTROL_UI_MESSAGES: dict[str, dict[str, str]] = {
    # one identity
    "client.identity_remove": {"de": "Entfernen", "en": "Remove"},
    "client.identities_remove_hint": {
        "de": "Entfernen wirkt nur auf künftige Importe: schon importierte Quellen bleiben "
        "(entfernen Sie sie unter „Quellen“).",
        "en": "Removing affects future imports only: sources already imported stay (remove "
        "them under “Sources”).",
    },
    "client.identity_removed": {
        "de": "{value} entfernt. Schon importierte Quellen bleiben; Sie können sie unter "
        "„Quellen“ entfernen.",
        "en": "Removed {value}. Sources already imported stay; you can remove them under "
        "“Sources”.",
    },
    "client.identity_not_hers": {
        "de": "„{value}“ ist keine ihrer Kennungen; nichts geändert.",
        "en": "“{value}” is not one of her identities; nothing changed.",
    },
    # erasing the client
    "client.erase_heading": {"de": "Kundin endgültig löschen", "en": "Erase this client"},
    "client.erase_hint": {
        "de": "Löscht sie mit allem, was von ihr stammt: Kennungen, Quellen und Textstellen, "
        "Abgleiche, Stimmprofil, Verständnis-Protokoll und Rückfragen. Das lässt sich nicht "
        "rückgängig machen; Sie werden vorher noch einmal gefragt.",
        "en": "Erases her with everything derived from her: identities, sources and passages, "
        "checks, voice profile, understanding log and check-back rounds. This cannot be "
        "undone; you will be asked once more first.",
    },
    "client.erase_button": {"de": "Kundin löschen …", "en": "Erase client …"},
    "client.erase_title": {"de": "Kundin endgültig löschen", "en": "Erase a client for good"},
    "client.erase_question": {
        "de": "„{name}“ und alles, was von ihr stammt, endgültig löschen?",
        "en": "Erase “{name}” and everything derived from her for good?",
    },
    "client.erase_what": {
        "de": "Gelöscht werden {sources:Quelle|Quellen} mit {passages:Textstelle|Textstellen}, "
        "ihre Kennungen, die gespeicherten Abgleiche, ihr Stimmprofil, das "
        "Verständnis-Protokoll und die Rückfrage-Runden.",
        "en": "This erases {sources:source|sources} with {passages:passage|passages}, her "
        "identities, the stored checks, her voice profile, the understanding log and the "
        "check-back rounds.",
    },
    "client.erase_final": {
        "de": "Das lässt sich nicht rückgängig machen. Sicherungen, die Sie schon gemacht "
        "haben, enthalten sie weiterhin.",
        "en": "This cannot be undone. Backups you have already made still hold her.",
    },
    "client.erase_yes": {
        "de": "Ja, „{name}“ endgültig löschen",
        "en": "Yes, erase “{name}” for good",
    },
    "client.erase_no": {"de": "Abbrechen, nichts löschen", "en": "Cancel, erase nothing"},
    "clients.erased": {
        "de": "Die Kundin und alles, was von ihr stammt, sind gelöscht: "
        "{sources:Quelle|Quellen}, {passages:Textstelle|Textstellen}.",
        "en": "The client and everything derived from her are erased: "
        "{sources:source|sources}, {passages:passage|passages}.",
    },
    "clients.erased_rewritten": {
        "de": "Die Arbeitsbereich-Datei wurde neu geschrieben; ihre Worte stehen nicht mehr "
        "darin, auch nicht im Protokoll (WAL).",
        "en": "The workspace file was rewritten; her words are no longer in it, nor in its "
        "log (WAL).",
    },
    "clients.erased_not_rewritten": {
        "de": "Hinweis: Auf {backend} bleibt gelöschter Text bis zum nächsten VACUUM in "
        "freien Seiten und in WAL-Archiven und Sicherungen; siehe README, Datenschutz.",
        "en": "Note: on {backend}, deleted text stays in free pages until the next VACUUM, "
        "and in WAL archives and backups; see the README, privacy.",
    },
}
