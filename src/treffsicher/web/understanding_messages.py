"""Web strings of the pages „Verständnis“, the check-back and the questionnaire (de/en)."""

from __future__ import annotations

UNDERSTANDING_UI_MESSAGES: dict[str, dict[str, str]] = {
    "serve.public_needs_password": {
        "de": "{url}: Über eine öffentliche Adresse wären alle Seiten erreichbar. Setzen Sie "
        "zuerst ein Passwort (mindestens 12 Zeichen) in TREFFSICHER_PASSWORD; die Seiten "
        "der Kundin (/r/…) brauchen keins, alle anderen dann schon.",
        "en": "{url}: through a public address every page would be reachable. Set a password "
        "(12+ characters) in TREFFSICHER_PASSWORD first; her pages (/r/…) need none, all "
        "others then do.",
    },
    "client.tab.understanding": {"de": "Verständnis", "en": "Understanding"},
    "und.title": {"de": "Verständnis", "en": "Understanding"},
    "und.intro": {
        "de": "Was Sie über die Kundin und den Auftrag annehmen – belegt mit ihren eigenen "
        "Worten, mit Widersprüchen und ihrer Bestätigung.",
        "en": "What you assume about the client and the brief, backed by her own words, with "
        "contradictions and her confirmation.",
    },
    "und.add_heading": {"de": "Neue Annahme", "en": "New assumption"},
    "und.text_label": {"de": "Annahme", "en": "Assumption"},
    "und.category_label": {"de": "Kategorie", "en": "Category"},
    "und.add_button": {"de": "Annahme anlegen", "en": "Add assumption"},
    "und.propose_button": {
        "de": "Vorschläge aus ihren Worten holen",
        "en": "Propose from her words",
    },
    "und.proposed": {
        "de": "{count:neuer Vorschlag|neue Vorschläge}.",
        "en": "{count:new proposal|new proposals}.",
    },
    "und.none_yet": {
        "de": "Noch keine Annahmen. Legen Sie eine an oder holen Sie Vorschläge.",
        "en": "No assumptions yet. Add one or let treffsicher propose some.",
    },
    "und.list_heading": {"de": "Annahmen", "en": "Assumptions"},
    "und.confidence": {"de": "Sicherheit", "en": "Confidence"},
    "und.evidence": {"de": "Belege aus ihren Worten", "en": "Evidence in her words"},
    "und.contradictions": {"de": "Widersprüche", "en": "Contradictions"},
    "und.no_evidence": {"de": "Keine Belege gefunden.", "en": "No evidence found."},
    "und.superseded": {"de": "überholt", "en": "outdated"},
    "und.pinned": {"de": "angeheftet", "en": "pinned"},
    "und.pin": {"de": "Anheften", "en": "Pin"},
    "und.dismiss": {"de": "Verwerfen", "en": "Dismiss"},
    "und.accept": {"de": "Vorschlag übernehmen", "en": "Accept proposal"},
    "und.status_label": {"de": "Status", "en": "Status"},
    "und.note_label": {"de": "Notiz", "en": "Note"},
    "und.status_button": {"de": "Status setzen", "en": "Set status"},
    "und.history": {"de": "Verlauf", "en": "History"},
    "und.replacement": {"de": "Lieber: {replacement}", "en": "Rather: {replacement}"},
    "und.checkback_heading": {"de": "Rückfrage an die Kundin", "en": "Check back with her"},
    "und.checkback_help": {
        "de": "Wählen Sie Annahmen aus; die Kundin bekommt einen privaten Link ohne Konto.",
        "en": "Pick assumptions; the client gets a private link, no account needed.",
    },
    "und.pick": {"de": "In die Rückfrage", "en": "Include in check-back"},
    "und.pin_label": {"de": "PIN (optional, 4+ Ziffern)", "en": "PIN (optional, 4+ digits)"},
    "und.days_label": {"de": "Gültig (Tage)", "en": "Valid (days)"},
    "und.create_round": {"de": "Rückfrage anlegen", "en": "Create check-back"},
    "und.create_questionnaire": {
        "de": "Kennenlern-Fragebogen schicken",
        "en": "Send the questionnaire",
    },
    "und.questions_link": {"de": "Fragen bearbeiten", "en": "Edit questions"},
    "und.rounds_heading": {"de": "Rückfragen", "en": "Check-backs"},
    "und.round_line": {
        "de": "{kind} #{id}: {state}, {answered} von {items} beantwortet, gültig bis {expires}",
        "en": "{kind} #{id}: {state}, {answered} of {items} answered, valid until {expires}",
    },
    "und.revoke": {"de": "Link zurückziehen", "en": "Withdraw link"},
    "und.show_round": {"de": "Antworten ansehen", "en": "See answers"},
    "und.briefing": {"de": "Briefing-Protokoll", "en": "Briefing record"},
    "und.briefing_md": {"de": "als Markdown", "en": "as Markdown"},
    "und.created_heading": {"de": "Rückfrage angelegt", "en": "Check-back created"},
    "und.created_link": {
        "de": "Der Link für die Kundin (nur jetzt sichtbar, gespeichert ist nur eine Prüfsumme):",
        "en": "The link for the client (shown only now; only a checksum is stored):",
    },
    "und.mail_heading": {"de": "Mail-Text", "en": "Mail text"},
    "und.mailto": {"de": "Im Mail-Programm öffnen", "en": "Open in your mail program"},
    "und.back": {"de": "Zurück zu „Verständnis“", "en": "Back to “Understanding”"},
    "und.round_heading": {"de": "Rückfrage #{id}", "en": "Check-back #{id}"},
    "und.no_answer": {"de": "noch keine Antwort", "en": "no answer yet"},
    "und.questions_heading": {"de": "Fragen des Fragebogens", "en": "Questionnaire questions"},
    "und.questions_help": {
        "de": "Eine Frage pro Zeile. Offene Fragen bringen Menschen dazu, in ihrer eigenen "
        "Stimme zu schreiben.",
        "en": "One question per line. Open questions make people write in their own voice.",
    },
    "und.questions_save": {"de": "Fragen speichern", "en": "Save questions"},
    "und.questions_saved": {"de": "Fragen gespeichert.", "en": "Questions saved."},
    # her page
    "her.title": {"de": "Habe ich das richtig verstanden?", "en": "Did I get this right?"},
    "her.intro.du": {
        "de": "Hier stehen ein paar Sätze über dich und dein Angebot. Sag mir bitte bei jedem, "
        "ob er stimmt. Alles wird gleich gespeichert – du kannst jederzeit aufhören und "
        "später weitermachen.",
        "en": "Here are a few statements about you and your offer. Please tell me for each "
        "whether it is right. Everything is saved as you go; you can stop and come back "
        "later.",
    },
    "her.intro.sie": {
        "de": "Hier stehen ein paar Sätze über Sie und Ihr Angebot. Bitte sagen Sie mir bei "
        "jedem, ob er stimmt. Alles wird gleich gespeichert – Sie können jederzeit aufhören "
        "und später weitermachen.",
        "en": "Here are a few statements about you and your offer. Please tell me for each "
        "whether it is right. Everything is saved as you go; you can stop and come back "
        "later.",
    },
    "her.q_title": {"de": "Kennenlern-Fragebogen", "en": "Getting to know you"},
    "her.q_intro.du": {
        "de": "Schreib einfach so, wie du sonst auch schreibst – es gibt kein Richtig oder "
        "Falsch. Jede Antwort wird gleich gespeichert.",
        "en": "Just write the way you always write; there is no right or wrong. Every answer "
        "is saved right away.",
    },
    "her.q_intro.sie": {
        "de": "Schreiben Sie einfach so, wie Sie sonst auch schreiben – es gibt kein Richtig "
        "oder Falsch. Jede Antwort wird gleich gespeichert.",
        "en": "Just write the way you always write; there is no right or wrong. Every answer "
        "is saved right away.",
    },
    "her.statement": {"de": "Aussage {n} von {total}", "en": "Statement {n} of {total}"},
    "her.question": {"de": "Frage {n} von {total}", "en": "Question {n} of {total}"},
    "her.yes": {"de": "Stimmt", "en": "That's right"},
    "her.partly": {"de": "Stimmt teilweise, nämlich …", "en": "Partly, namely …"},
    "her.no": {"de": "Stimmt nicht, sondern …", "en": "Not right, rather …"},
    "her.detail": {"de": "Was genau?", "en": "What exactly?"},
    "her.comment": {"de": "Anmerkung (optional)", "en": "Comment (optional)"},
    "her.answer.du": {"de": "Deine Antwort", "en": "Your answer"},
    "her.answer.sie": {"de": "Ihre Antwort", "en": "Your answer"},
    "her.save": {"de": "Speichern", "en": "Save"},
    "her.saved": {"de": "Gespeichert", "en": "Saved"},
    "her.progress": {
        "de": "{answered} von {total} beantwortet",
        "en": "{answered} of {total} answered",
    },
    "her.finish": {"de": "Fertig – abschicken", "en": "Done – send"},
    "her.finished.du": {
        "de": "Danke! Deine Antworten sind angekommen.",
        "en": "Thank you! Your answers have arrived.",
    },
    "her.finished.sie": {
        "de": "Danke! Ihre Antworten sind angekommen.",
        "en": "Thank you! Your answers have arrived.",
    },
    "her.pin_title": {"de": "PIN eingeben", "en": "Enter PIN"},
    "her.pin_label": {"de": "PIN", "en": "PIN"},
    "her.pin_button": {"de": "Weiter", "en": "Continue"},
    "her.too_many": {
        "de": "Zu viele Versuche. Bitte später noch einmal.",
        "en": "Too many attempts. Please try again later.",
    },
}
