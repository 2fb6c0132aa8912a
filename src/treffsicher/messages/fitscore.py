"""Messages of the fit score's verdict, comparisons and habits, German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "fit.band_unsure": {
        "de": "lässt sich nicht sicher sagen",
        "en": "cannot say for sure",
    },
    "fit.reason.undecided": {
        "de": "Lässt sich nicht sicher sagen: der Entwurf liegt zwischen ihr und anderen.",
        "en": "Cannot say for sure: the draft sits between her and other people.",
    },
    "fit.reason.short_draft": {
        "de": "Lässt sich nicht sicher sagen: der Entwurf ist kurz ({words} Wörter; "
        "ab etwa {least} Wörtern wird der Wert verlässlich).",
        "en": "Cannot say for sure: the draft is short ({words} words; the score becomes "
        "reliable from about {least} words).",
    },
    "fit.reason.thin_profile": {
        "de": "Lässt sich nicht sicher sagen: von ihr liegen erst {words} Wörter vor "
        "(ab etwa {least} Wörtern wird der Wert verlässlich).",
        "en": "Cannot say for sure: there are only {words} words of hers so far "
        "(the score becomes reliable from about {least} words).",
    },
    "fit.reason.no_comparison": {
        "de": "Lässt sich nicht sicher sagen: der Entwurf ähnelt ihr, aber es gibt keine "
        "Texte anderer Menschen in dieser Sprache zum Vergleich – vielleicht klingt er "
        "nur freundlich, nicht nach ihr. Deine eigenen Mails helfen: treffsicher me add.",
        "en": "Cannot say for sure: the draft resembles her, but there are no texts of other "
        "people in this language to compare with – it may just sound friendly, not like "
        "her. Your own emails help: treffsicher me add.",
    },
    # after a broken habit („Höchstens „teils“: …“): why no finer figure is given
    "fit.reason.undecided_more": {
        "de": "Genauer lässt es sich nicht sagen: der Entwurf liegt zwischen ihr und anderen.",
        "en": "It cannot be said more precisely: the draft sits between her and other people.",
    },
    "fit.reason.short_draft_more": {
        "de": "Genauer lässt es sich nicht sagen: der Entwurf ist kurz ({words} Wörter; "
        "ab etwa {least} Wörtern wird der Wert verlässlich).",
        "en": "It cannot be said more precisely: the draft is short ({words} words; the "
        "score becomes reliable from about {least} words).",
    },
    "fit.reason.thin_profile_more": {
        "de": "Genauer lässt es sich nicht sagen: von ihr liegen erst {words} Wörter vor "
        "(ab etwa {least} Wörtern wird der Wert verlässlich).",
        "en": "It cannot be said more precisely: there are only {words} words of hers so far "
        "(the score becomes reliable from about {least} words).",
    },
    "fit.reason.no_comparison_more": {
        "de": "Genauer lässt es sich nicht sagen: es gibt keine Texte anderer Menschen in "
        "dieser Sprache zum Vergleich. Deine eigenen Mails helfen: treffsicher me add.",
        "en": "It cannot be said more precisely: there are no texts of other people in this "
        "language to compare with. Your own emails help: treffsicher me add.",
    },
    "fit.reason.habit": {
        "de": "Höchstens „teils“: {what}.",
        "en": "At most 'partly': {what}.",
    },
    "fit.reason.closer": {
        "de": "Höchstens „teils“: der Entwurf klingt eher nach {other} als nach {name}.",
        "en": "At most 'partly': the draft sounds more like {other} than like {name}.",
    },
    "fit.closest.writer": {
        "de": "Klingt eher nach dir als nach {name}.",
        "en": "Sounds more like you than like {name}.",
    },
    "fit.closest.other": {
        "de": "Klingt eher nach {other} als nach {name}.",
        "en": "Sounds more like {other} than like {name}.",
    },
    "fit.closest.client": {
        "de": "Klingt von allen im Arbeitsbereich am ehesten nach {name}.",
        "en": "Sounds most like {name} of everyone in the workspace.",
    },
    "fit.closest.none": {
        "de": "Keine der Stimmen im Arbeitsbereich liegt klar vorn.",
        "en": "None of the voices in the workspace clearly leads.",
    },
    "fit.you": {"de": "dir", "en": "you"},
    "fit.comparisons": {"de": "Im Vergleich", "en": "Compared with"},
    "fit.kind.client": {"de": "Kundin", "en": "client"},
    "fit.kind.writer": {"de": "du selbst", "en": "you"},
    "fit.kind.other_client": {"de": "andere Kundin", "en": "other client"},
    "fit.view.function_words": {
        "de": "Satzbau und kleine Wörter",
        "en": "sentence structure and small words",
    },
    "fit.view.vocabulary": {"de": "Wortschatz", "en": "vocabulary"},
    "fit.view.char_patterns": {
        "de": "Schreibweise und Zeichensetzung",
        "en": "spelling and punctuation",
    },
    "fit.drivers.like": {"de": "{views} wie bei ihr", "en": "{views} like hers"},
    "fit.drivers.unlike": {"de": "{views} eher nicht", "en": "{views} not really"},
    "fit.drivers.join": {"de": " sowie ", "en": " and "},
    "habit.address_switch": {
        "de": "Der Entwurf wechselt in der Anrede: {count} Mal {quoted}, "
        "{name} schreibt in {n_her} von {n_all} Textstellen {her_quoted}.",
        "en": "The draft switches its form of address: {quoted} {count} times; "
        "{name} writes {her_quoted} in {n_her} of {n_all} passages.",
    },
    "habit.no_go": {
        "de": "Der Entwurf verwendet {term}, ein Wort, das {name} nicht lesen möchte{instead}.",
        "en": "The draft uses {term}, a word {name} asked not to see{instead}.",
    },
    "habit.no_go_instead": {"de": " (lieber: {replacement})", "en": " (rather: {replacement})"},
    "habit.no_go_figure": {
        "de": "Der Entwurf nennt {term}; {name} hat das korrigiert, richtig ist {replacement}.",
        "en": "The draft says {term}; {name} corrected that: it is {replacement}.",
    },
    "habit.no_go_label": {"de": "No-Go", "en": "No-go"},
    "habit.tone_wish": {
        "de": "Der Entwurf verwendet {count} Mal die Anrede {quoted}; "
        "{name} wünscht sich {wanted}: {evidence}.",
        "en": "The draft uses the form of address {quoted} {count} times; "
        "{name} asked for {wanted}: {evidence}.",
    },
    "habit.tone_wish_label": {"de": "Anrede (ihr Wunsch)", "en": "Form of address (her wish)"},
    "habit.broken.address_form": {
        "de": "die Anrede passt nicht zu ihr",
        "en": "the form of address is not hers",
    },
    "habit.broken.gender_style": {
        "de": "die Art zu gendern passt nicht zu ihr",
        "en": "the gender style is not hers",
    },
    "habit.broken.no_go": {
        "de": "der Entwurf verwendet ein No-Go von ihr",
        "en": "the draft uses one of her no-go words",
    },
    "writer.added": {
        "de": "Ihre eigene Stimme: „{name}“, {count:Kennung|Kennungen} neu. Ab jetzt "
        "behält jeder Import Ihre eigenen Nachrichten als Ihre Stimme "
        "(frühere Archive: treffsicher me import DATEIEN).",
        "en": "Your own voice: '{name}', {count:identity|identities} added. From now on "
        "every import keeps your own messages as your voice "
        "(earlier archives: treffsicher me import FILES).",
    },
    "writer.none": {
        "de": "Noch keine eigene Stimme angelegt: treffsicher me add --email IHRE-ADRESSE",
        "en": "No voice of your own yet: treffsicher me add --email YOUR-ADDRESS",
    },
    "writer.name_taken": {
        "de": "„{name}“ ist schon der Name einer Kundin; bitte einen anderen --name wählen.",
        "en": "'{name}' is already a client's name; please choose another --name.",
    },
    "writer.title": {"de": "Ihre eigene Stimme: {name}", "en": "Your own voice: {name}"},
    "writer.totals": {
        "de": "{sources:Quelle|Quellen}, {passages:Textstelle|Textstellen}, {words} Wörter",
        "en": "{sources:source|sources}, {passages:passage|passages}, {words} words",
    },
}
