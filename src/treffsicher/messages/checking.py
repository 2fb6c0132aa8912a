"""Messages of the checking commands and services, German and English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "check.title": {
        "de": "Abgleich: {draft} mit der Stimme von {name}",
        "en": "Check: {draft} against the voice of {name}",
    },
    "check.score": {
        "de": "Passung: {score} von 100 – {band}",
        "en": "Fit: {score} of 100 – {band}",
    },
    "check.no_score": {"de": "Passung: kein Wert", "en": "Fit: no score"},
    "check.progress": {
        "de": "Beim letzten Abgleich dieses Entwurfs: {before} → jetzt {now}",
        "en": "Last check of this draft: {before} → now {now}",
    },
    "check.support": {
        "de": "Beruht auf {words} Wörtern von ihr auf {language} ({parts}).",
        "en": "Based on {words} words of hers in {language} ({parts}).",
    },
    "check.draft_size": {
        "de": (
            "Entwurf: {words:Wort|Wörter}, {sentences:Satz|Sätze}, Textsorte: {register}{guessed}."
        ),
        "en": (
            "Draft: {words:word|words}, {sentences:sentence|sentences}, "
            "register: {register}{guessed}."
        ),
    },
    "check.register_guessed": {"de": " (vermutet)", "en": " (guessed)"},
    "check.drivers": {"de": "Was den Wert bestimmt", "en": "What drove the score"},
    "check.driver_for": {"de": "spricht für sie", "en": "speaks for her"},
    "check.driver_against": {"de": "spricht gegen sie", "en": "speaks against her"},
    "check.deviations": {"de": "Abweichungen", "en": "Deviations"},
    "check.no_deviations": {
        "de": "Keine Abweichung, die für sie ungewöhnlich wäre.",
        "en": "No deviation that would be unusual for her.",
    },
    "check.register_weighted": {
        "de": "(zählt halb: Textsorte)",
        "en": "(counts half: register)",
    },
    "check.examples": {"de": "So schreibt sie:", "en": "How she writes it:"},
    "check.sentences": {"de": "Sätze im Entwurf", "en": "Sentences in the draft"},
    "check.no_sentence_notes": {
        "de": "Kein Satz fällt aus ihrer Stimme.",
        "en": "No sentence falls out of her voice.",
    },
    "check.suggestions": {"de": "Vorschläge", "en": "Suggestions"},
    "check.register": {"de": "Textsorte", "en": "Register"},
    "check.saved": {
        "de": "Gespeichert als Abgleich Nr. {id}.",
        "en": "Saved as check no. {id}.",
    },
    "check.written": {"de": "Bericht geschrieben: {path}", "en": "Report written: {path}"},
    "check.out_failed": {
        "de": "{path}: kann nicht geschrieben werden ({error})",
        "en": "{path}: cannot be written ({error})",
    },
    "check.register_invalid": {
        "de": "Unbekannte Textsorte „{register}“; erlaubt: {allowed}.",
        "en": "Unknown register '{register}'; allowed: {allowed}.",
    },
    "check.one_file": {
        "de": "{path}: ein Entwurf ist eine Datei, kein Ordner und kein Archiv",
        "en": "{path}: a draft is one file, not a folder or an archive",
    },
    "check.html_title": {"de": "Abgleich mit {name}", "en": "Check against {name}"},
    "check.html_draft": {"de": "Der Entwurf", "en": "The draft"},
    "check.html_created": {"de": "Geprüft am {date}", "en": "Checked on {date}"},
    "check.not_found": {
        "de": "Für {name} gibt es keinen Abgleich Nr. {id}.",
        "en": "{name} has no check no. {id}.",
    },
    "check.client_id_not_found": {
        "de": "Keine Kundin mit der Nummer {id}.",
        "en": "No client with number {id}.",
    },
    "check.report_unreadable": {
        "de": "Abgleich Nr. {id}: der gespeicherte Bericht ist nicht lesbar ({reason}).",
        "en": "Check no. {id}: the stored report cannot be read ({reason}).",
    },
    "checks.none": {
        "de": "Für „{name}“ gibt es noch keine Abgleiche. Prüfen Sie einen Entwurf: treffsicher "
        'check "{name}" ENTWURF.md',
        "en": "No checks for '{name}' yet. Check a draft with: treffsicher check "
        '"{name}" DRAFT.md',
    },
    "checks.title": {"de": "Abgleiche für {name}", "en": "Checks for {name}"},
    "checks.trend": {"de": "Verlauf „{draft}“: {trend}", "en": "Trend '{draft}': {trend}"},
    "checks.col_when": {"de": "Wann", "en": "When"},
    "checks.col_draft": {"de": "Entwurf", "en": "Draft"},
    "checks.col_score": {"de": "Passung", "en": "Fit"},
    "checks.col_band": {"de": "Einordnung", "en": "Band"},
    "checks.col_change": {"de": "Veränderung", "en": "Change"},
    "verify.bad_line": {
        "de": "Zeile {line}: {reason}",
        "en": "line {line}: {reason}",
    },
    "verify.summary": {
        "de": "{scored} Fälle bewertet, {failed} fehlerhaft.",
        "en": "{scored} trials scored, {failed} failed.",
    },
    "verify.not_found": {
        "de": "{path}: Datei nicht gefunden",
        "en": "{path}: file not found",
    },
}
