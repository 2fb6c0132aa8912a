"""UI strings of the voice card, the profile's detail and the designed pages, German and
English (merged into UI_MESSAGES by web/messages.py; keys must not repeat)."""

from __future__ import annotations

VOICE_UI_MESSAGES: dict[str, dict[str, str]] = {
    # voice card on the profile page
    "card.heading": {"de": "Stimmkarte", "en": "Voice card"},
    "card.export_heading": {"de": "Als Leitfaden weitergeben", "en": "Pass on as a guide"},
    "card.download_md": {"de": "Markdown herunterladen", "en": "Download Markdown"},
    "card.download_html": {"de": "HTML herunterladen", "en": "Download HTML"},
    "card.print": {
        "de": "Druckansicht (als PDF speichern)",
        "en": "Print view (save as PDF)",
    },
    "card.export_hint": {
        "de": "Eine Seite für Kolleg:innen oder die Kundin selbst; die PDF entsteht über "
        "„Drucken“ im Browser.",
        "en": "One page for a colleague or the client herself; print it from the browser "
        "to get a PDF.",
    },
    "card.empty": {
        "de": "Noch keine Stimmkarte: dafür braucht es Texte von ihr.",
        "en": "No voice card yet: it needs texts of hers.",
    },
    # the profile's detail
    "profile.detail_heading": {"de": "Im Einzelnen", "en": "In detail"},
    "profile.quiet_summary": {
        "de": "{count} Merkmale ohne Befund bei ihr",
        "en": "{count} features that show nothing for her",
    },
    "profile.quiet_summary.one": {
        "de": "1 Merkmal ohne Befund bei ihr",
        "en": "1 feature that shows nothing for her",
    },
    "profile.typical_outside": {
        "de": "Der typische Wert gilt für alle ihre Texte zusammen, der übliche Bereich für "
        "die mittlere Hälfte ihrer einzelnen Texte: einzelne lange Texte ziehen den "
        "typischen Wert aus dem Bereich.",
        "en": "The typical value is over all her texts together, the usual range is the "
        "middle half of her individual texts: a few long texts pull the typical value outside "
        "the range.",
    },
    "profile.typical_label": {"de": "typisch", "en": "typical"},
    "profile.legend.draft_inside": {
        "de": "Entwurf in ihrem Bereich",
        "en": "draft inside her range",
    },
    "profile.legend.draft_outside": {
        "de": "Entwurf außerhalb",
        "en": "draft outside",
    },
    "profile.draft_inside": {"de": "im Bereich", "en": "inside her range"},
    "profile.draft_outside": {"de": "außerhalb", "en": "outside her range"},
    "profile.words_heading": {"de": "Wörter der Kundin", "en": "Her words"},
    # the check page
    "check.form_heading": {"de": "Ihr Entwurf", "en": "Your draft"},
}

VOICE_UI_MESSAGES.update(
    {
        "sources.mail_title": {"de": "„{subject}“", "en": "“{subject}”"},
        "sources.no_subject": {"de": "ohne Betreff", "en": "no subject"},
    }
)

VOICE_UI_MESSAGES.update(
    {
        "sources.remove_title": {"de": "Quelle entfernen?", "en": "Remove this source?"},
        "sources.remove_question": {
            "de": "„{name}“ und ihre {passages} Textstellen werden aus dem Profil entfernt. "
            "Das lässt sich nicht rückgängig machen.",
            "en": "“{name}” and its {passages} passages will be removed from the profile. "
            "This cannot be undone.",
        },
        "sources.remove_yes": {"de": "Ja, entfernen", "en": "Yes, remove"},
        "sources.remove_no": {"de": "Abbrechen", "en": "Cancel"},
    }
)

VOICE_UI_MESSAGES.update(
    {
        "sources.formats_summary": {"de": "Alle Dateiformate", "en": "All file formats"},
    }
)
