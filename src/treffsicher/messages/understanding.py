"""Messages of the understanding log, the check-back and the questionnaire (de/en)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # categories
    "assume.category.audience": {"de": "Zielgruppe", "en": "Audience"},
    "assume.category.tone": {"de": "Ton", "en": "Tone"},
    "assume.category.goals": {"de": "Ziele", "en": "Goals"},
    "assume.category.values": {"de": "Werte", "en": "Values"},
    "assume.category.offer": {"de": "Angebot", "en": "Offer"},
    "assume.category.nogo": {"de": "No-Go", "en": "No-go"},
    "assume.category.other": {"de": "Sonstiges", "en": "Other"},
    # statuses
    "assume.status.proposed": {"de": "vorgeschlagen", "en": "proposed"},
    "assume.status.open": {"de": "offen", "en": "open"},
    "assume.status.confirmed": {"de": "bestätigt", "en": "confirmed"},
    "assume.status.corrected": {"de": "korrigiert", "en": "corrected"},
    "assume.status.rejected": {"de": "verworfen", "en": "rejected"},
    # confidence
    "assume.level.high": {"de": "sicher", "en": "sure"},
    "assume.level.medium": {"de": "ziemlich sicher", "en": "fairly sure"},
    "assume.level.low": {"de": "unsicher", "en": "unsure"},
    "assume.level.none": {"de": "nicht belegt", "en": "not backed"},
    "assume.reason.confirmed_by_her": {
        "de": "Sie hat es selbst bestätigt.",
        "en": "She confirmed it herself.",
    },
    "assume.reason.corrected_by_her": {
        "de": "Sie hat es korrigiert.",
        "en": "She corrected it.",
    },
    "assume.reason.rejected_by_her": {
        "de": "Sie hat gesagt: stimmt nicht.",
        "en": "She said it is not right.",
    },
    "assume.reason.contradicted_later": {
        "de": "Eine spätere Aussage von ihr widerspricht.",
        "en": "A later statement of hers contradicts it.",
    },
    "assume.reason.contradicted": {
        "de": "Belegt, aber es gibt Widersprüche ({sources:Quelle|Quellen} dafür).",
        "en": "Backed, but contradicted too ({sources:source|sources} in favour).",
    },
    "assume.reason.several_sources": {
        "de": "{sources:unabhängige Quelle|unabhängige Quellen} stützen es.",
        "en": "{sources:independent source supports|independent sources support} it.",
    },
    "assume.reason.two_sources": {
        "de": "Zwei unabhängige Quellen stützen es.",
        "en": "Two independent sources support it.",
    },
    "assume.reason.one_source": {
        "de": "Nur eine Quelle stützt es.",
        "en": "Only one source supports it.",
    },
    "assume.reason.no_evidence": {
        "de": "In ihren Worten findet sich nichts dazu.",
        "en": "Nothing in her words bears on it.",
    },
    # contradiction kinds
    "assume.kind.negation": {"de": "verneint", "en": "negated"},
    "assume.kind.change": {"de": "geändert", "en": "changed"},
    "assume.kind.override": {"de": "zurückgenommen", "en": "taken back"},
    "assume.kind.other_person": {"de": "andere Person", "en": "another person"},
    "assume.kind.usage": {"de": "selbst verwendet", "en": "used herself"},
    "assume.superseded": {"de": "überholt", "en": "outdated"},
    # proposals: statements the user reads and, on the check-back page, the client too;
    # worded without „sie“/„she“, so that they fit any client (a woman, a man, a firm)
    "assume.proposal.nogo": {
        "de": "Nicht verwenden: das Wort „{term}“.",
        "en": "Do not use the word “{term}”.",
    },
    "assume.proposal.nogo_figure": {
        "de": "Richtig ist „{replacement}“, nicht „{term}“.",
        "en": "“{replacement}” is right, not “{term}”.",
    },
    "assume.proposal.nogo_replace": {
        "de": "Nicht „{term}“, sondern lieber „{replacement}“.",
        "en": "Not “{term}” but rather “{replacement}”.",
    },
    "assume.proposal.wish": {
        "de": "Wunsch: „{wish}“",
        "en": "Wish: “{wish}”",
    },
    "assume.proposal.wish_audience": {
        "de": "Zur Kundschaft: „{wish}“",
        "en": "On the customers: “{wish}”",
    },
    "assume.proposal.wish_offer": {
        "de": "Zum Angebot: „{wish}“",
        "en": "On the offer: “{wish}”",
    },
    "assume.proposal.address_du": {
        "de": "Die Leserinnen und Leser werden geduzt.",
        "en": "Readers are addressed with the informal “du”.",
    },
    "assume.proposal.address_sie": {
        "de": "Die Leserinnen und Leser werden gesiezt.",
        "en": "Readers are addressed with the formal “Sie”.",
    },
    "assume.proposal.address_ihr": {
        "de": "Die Leserinnen und Leser werden mit „ihr“ angesprochen.",
        "en": "Readers are addressed with the plural “ihr”.",
    },
    "assume.proposal.address_you": {
        "de": "Die Leserinnen und Leser werden direkt mit „you“ angesprochen.",
        "en": "Readers are addressed directly as “you”.",
    },
    "assume.proposal.gender_colon": {
        "de": "Gegendert wird mit Doppelpunkt (Kund:innen).",
        "en": "Nouns are gendered with a colon (Kund:innen).",
    },
    "assume.proposal.gender_star": {
        "de": "Gegendert wird mit Sternchen (Kund*innen).",
        "en": "Nouns are gendered with an asterisk (Kund*innen).",
    },
    "assume.proposal.gender_binnen_i": {
        "de": "Gegendert wird mit Binnen-I (KundInnen).",
        "en": "Nouns are gendered with a capital I (KundInnen).",
    },
    "assume.proposal.gender_underscore": {
        "de": "Gegendert wird mit Unterstrich (Kund_innen).",
        "en": "Nouns are gendered with an underscore (Kund_innen).",
    },
    "assume.proposal.gender_slash": {
        "de": "Gegendert wird mit Schrägstrich (Kund/innen).",
        "en": "Nouns are gendered with a slash (Kund/innen).",
    },
    "assume.proposal.gender_pair": {
        "de": "Beide Formen werden genannt (Kundinnen und Kunden).",
        "en": "Both forms are named (Kundinnen und Kunden).",
    },
    "assume.proposal.gender_neutral": {
        "de": "Geschrieben wird geschlechtsneutral (Teilnehmende).",
        "en": "The wording is gender-neutral (Teilnehmende).",
    },
    "assume.proposal.voice_personal": {
        "de": "Geschrieben wird in der Ich-Form.",
        "en": "Written in the first person singular (I).",
    },
    "assume.proposal.voice_corporate": {
        "de": "Geschrieben wird in der Wir-Form.",
        "en": "Written in the first person plural (we).",
    },
    # sources of quotes
    "assume.source.mail": {"de": "Mail vom {date}", "en": "Email of {date}"},
    "assume.source.mail_subject": {
        "de": "Mail vom {date}: {subject}",
        "en": "Email of {date}: {subject}",
    },
    "assume.source.call": {"de": "{name}, {time}", "en": "{name}, {time}"},
    "assume.source.checkback": {"de": "Rückfrage {round}", "en": "Check-back {round}"},
    "assume.source.questionnaire": {
        "de": "Kennenlern-Fragebogen {round}",
        "en": "Questionnaire {round}",
    },
    # services and CLI
    "assume.added": {"de": "Annahme {id} angelegt.", "en": "Assumption {id} added."},
    "assume.empty_text": {
        "de": "Die Annahme darf nicht leer sein.",
        "en": "The assumption must not be empty.",
    },
    "assume.category_invalid": {
        "de": "Unbekannte Kategorie „{category}“; erlaubt: {allowed}.",
        "en": "Unknown category '{category}'; allowed: {allowed}.",
    },
    "assume.status_invalid": {
        "de": "Unbekannter Status „{status}“; erlaubt: {allowed}.",
        "en": "Unknown status '{status}'; allowed: {allowed}.",
    },
    "assume.not_found": {"de": "Keine Annahme mit der Nummer {id}.", "en": "No assumption {id}."},
    "assume.not_proposed": {
        "de": "Annahme {id} ist kein Vorschlag (Status: {status}).",
        "en": "Assumption {id} is not a proposal (status: {status}).",
    },
    "assume.none_yet": {
        "de": 'Noch keine Annahmen. Legen Sie eine an: treffsicher assume KUNDIN "TEXT" '
        "--category audience, oder lassen Sie sich welche vorschlagen: --propose",
        "en": "No assumptions yet. Add one: treffsicher assume CLIENT 'TEXT' --category "
        "audience, or let treffsicher propose some: --propose",
    },
    "assume.proposed_count": {
        "de": "{count:neuer Vorschlag|neue Vorschläge}.",
        "en": "{count:new proposal|new proposals}.",
    },
    "assume.status_set": {
        "de": "Annahme {id}: {status}.",
        "en": "Assumption {id}: {status}.",
    },
    "assume.confidence": {"de": "Sicherheit", "en": "Confidence"},
    "assume.evidence": {"de": "Belege", "en": "Evidence"},
    "assume.contradictions": {"de": "Widersprüche", "en": "Contradictions"},
    "assume.history": {"de": "Verlauf", "en": "History"},
    "assume.terms": {"de": "Wörter", "en": "Words"},
    "assume.replacement": {"de": "Lieber", "en": "Rather"},
    "assume.no_quotes": {"de": "keine", "en": "none"},
    "assume.event": {
        "de": "{at} {actor}: {action} {new}",
        "en": "{at} {actor}: {action} {new}",
    },
    "assume.actor.user": {"de": "Sie", "en": "you"},
    "assume.actor.client": {"de": "Kundin", "en": "client"},
    "assume.actor.system": {"de": "treffsicher", "en": "treffsicher"},
    "assume.passage_not_found": {
        "de": "Die Textstelle {id} gehört nicht zu dieser Kundin.",
        "en": "Passage {id} does not belong to this client.",
    },
    # check-back
    "checkback.no_items": {
        "de": "Bitte mindestens eine Annahme angeben: --items 1,2,3",
        "en": "Please give at least one assumption: --items 1,2,3",
    },
    "checkback.items_invalid": {
        "de": "„{value}“ ist keine Liste von Nummern (z. B. 1,2,3).",
        "en": "'{value}' is not a list of numbers (e.g. 1,2,3).",
    },
    "checkback.item_foreign": {
        "de": "Annahme {id} gehört nicht zu „{name}“.",
        "en": "Assumption {id} does not belong to '{name}'.",
    },
    "checkback.created": {
        "de": "Rückfrage {id} angelegt, gültig bis {expires}.",
        "en": "Check-back {id} created, valid until {expires}.",
    },
    "checkback.link": {"de": "Link für die Kundin:", "en": "Link for the client:"},
    "checkback.link_once": {
        "de": "Der Link wird nur jetzt angezeigt; gespeichert ist nur eine Prüfsumme.",
        "en": "The link is shown only now; only a checksum of it is stored.",
    },
    "checkback.mail_text": {"de": "Mail-Text:", "en": "Mail text:"},
    "checkback.not_found": {
        "de": "Keine Rückfrage mit der Nummer {id}.",
        "en": "No check-back {id}.",
    },
    "checkback.link_invalid": {
        "de": "Dieser Link ist ungültig, abgelaufen oder zurückgezogen.",
        "en": "This link is invalid, expired or withdrawn.",
    },
    "checkback.pin_needed": {
        "de": "Für diese Seite braucht es eine PIN.",
        "en": "This page needs a PIN.",
    },
    "checkback.pin_wrong": {"de": "Die PIN stimmt nicht.", "en": "The PIN is not right."},
    "checkback.pin_locked": {
        "de": "Zu viele Versuche. Bitte später noch einmal.",
        "en": "Too many attempts. Please try again later.",
    },
    "checkback.pin_short": {
        "de": "Die PIN braucht mindestens 4 Ziffern.",
        "en": "The PIN needs at least 4 digits.",
    },
    "checkback.answer_invalid": {
        "de": "Unbekannte Antwort „{answer}“.",
        "en": "Unknown answer '{answer}'.",
    },
    "checkback.answer_too_long": {
        "de": "Die Antwort ist zu lang (höchstens {limit} Zeichen).",
        "en": "The answer is too long (at most {limit} characters).",
    },
    "checkback.closed": {
        "de": "Diese Rückfrage ist abgeschlossen.",
        "en": "This check-back is finished.",
    },
    "checkback.revoked": {
        "de": "Rückfrage {id} zurückgezogen.",
        "en": "Check-back {id} withdrawn.",
    },
    "checkback.none_yet": {
        "de": "Noch keine Rückfragen für „{name}“.",
        "en": "No check-backs for '{name}' yet.",
    },
    "checkback.state.open": {"de": "offen", "en": "open"},
    "checkback.state.finished": {"de": "abgeschlossen", "en": "finished"},
    "checkback.state.expired": {"de": "abgelaufen", "en": "expired"},
    "checkback.state.revoked": {"de": "zurückgezogen", "en": "withdrawn"},
    "checkback.line": {
        "de": "#{id} {kind} · {state} · {answered}/{items} beantwortet · bis {expires}",
        "en": "#{id} {kind} · {state} · {answered}/{items} answered · until {expires}",
    },
    "checkback.kind.checkback": {"de": "Rückfrage", "en": "Check-back"},
    "checkback.kind.questionnaire": {"de": "Fragebogen", "en": "Questionnaire"},
    "checkback.answer.yes": {"de": "Stimmt", "en": "That's right"},
    "checkback.answer.partly": {"de": "Stimmt teilweise, nämlich …", "en": "Partly, namely …"},
    "checkback.answer.no": {"de": "Stimmt nicht, sondern …", "en": "Not right, rather …"},
    "checkback.answer.text": {"de": "Antwort", "en": "Answer"},
    "checkback.comment": {"de": "Anmerkung", "en": "Comment"},
    "checkback.no_answer": {"de": "noch keine Antwort", "en": "no answer yet"},
    # mail to her (her language, her form of address)
    "checkback.mail.subject": {
        "de": "Kurze Rückfrage: Habe ich das richtig verstanden?",
        "en": "A quick check: did I get this right?",
    },
    "checkback.mail.body.du": {
        "de": "Hallo {name},\n\nbevor ich weiterschreibe, möchte ich sichergehen, dass ich dich "
        "richtig verstanden habe. Unter diesem Link stehen {count:Satz|Sätze} über dich und "
        "dein Angebot. Magst du kurz sagen, was stimmt und was nicht? Du brauchst kein Konto, "
        "und du kannst jederzeit unterbrechen und später weitermachen.\n\n{link}\n\n"
        "Der Link gilt bis {expires}.{pin}\n\nDanke dir!",
        "en": "Hi {name},\n\nBefore I write on, I want to be sure I understood you. The link "
        "below shows {count:statement|statements} about you and your offer. Could you tell me "
        "what is right and what is not? No account needed, and you can stop and finish "
        "later.\n\n{link}\n\nThe link works until {expires}.{pin}\n\nThank you!",
    },
    "checkback.mail.body.sie": {
        "de": "Guten Tag {name},\n\nbevor ich weiterschreibe, möchte ich sichergehen, dass ich "
        "Sie richtig verstanden habe. Unter diesem Link stehen {count:Satz|Sätze} über Sie "
        "und Ihr Angebot. Würden Sie kurz sagen, was stimmt und was nicht? Sie brauchen kein "
        "Konto und können jederzeit unterbrechen und später weitermachen.\n\n{link}\n\n"
        "Der Link gilt bis {expires}.{pin}\n\nVielen Dank!",
        "en": "Dear {name},\n\nBefore I write on, I would like to be sure I understood you. "
        "The link below shows {count:statement|statements} about you and your offer. Would "
        "you tell me what is right and what is not? No account is needed, and you can stop "
        "and finish later.\n\n{link}\n\nThe link works until {expires}.{pin}\n\nMany thanks!",
    },
    "checkback.mail.pin.du": {
        "de": " Die PIN bekommst du von mir separat.",
        "en": " I will send you the PIN separately.",
    },
    "checkback.mail.pin.sie": {
        "de": " Die PIN bekommen Sie von mir separat.",
        "en": " I will send you the PIN separately.",
    },
    "questionnaire.mail.subject": {
        "de": "Ein paar Fragen, damit ich den richtigen Ton treffe",
        "en": "A few questions so that I get your voice right",
    },
    "questionnaire.mail.body.du": {
        "de": "Hallo {name},\n\ndamit meine Texte nach dir klingen, habe ich {count:Frage|Fragen}"
        " an dich. Schreib einfach so, wie du sonst auch schreibst – es gibt kein Richtig oder "
        "Falsch.\n\n{link}\n\nDer Link gilt bis {expires}.{pin}\n\nDanke dir!",
        "en": "Hi {name},\n\nSo that my texts sound like you, I have {count:question|questions}"
        " for you. Just write the way you always write; there is no right or wrong.\n\n{link}"
        "\n\nThe link works until {expires}.{pin}\n\nThank you!",
    },
    "questionnaire.mail.body.sie": {
        "de": "Guten Tag {name},\n\ndamit meine Texte nach Ihnen klingen, habe ich "
        "{count:Frage|Fragen} an Sie. Schreiben Sie einfach so, wie Sie sonst auch schreiben "
        "– es gibt kein Richtig oder Falsch.\n\n{link}\n\nDer Link gilt bis {expires}.{pin}"
        "\n\nVielen Dank!",
        "en": "Dear {name},\n\nSo that my texts sound like you, I have "
        "{count:question|questions} for you. Just write the way you always write; there is "
        "no right or wrong.\n\n{link}\n\nThe link works until {expires}.{pin}\n\nMany thanks!",
    },
    "questionnaire.none": {
        "de": "Es gibt keine Fragen auf {language}.",
        "en": "There are no questions in {language}.",
    },
    # briefing record
    "briefing.title": {"de": "Briefing-Protokoll: {name}", "en": "Briefing record: {name}"},
    "briefing.made": {"de": "Erstellt am {date}", "en": "Made on {date}"},
    "briefing.answers": {"de": "Antworten der Kundin", "en": "Her answers"},
    "briefing.answer_line": {
        "de": "{at}: {answer}{text}",
        "en": "{at}: {answer}{text}",
    },
    "briefing.none": {"de": "Noch keine Annahmen.", "en": "No assumptions yet."},
    "briefing.format_invalid": {
        "de": "Unbekanntes Format „{format}“; erlaubt: md, html.",
        "en": "Unknown format '{format}'; allowed: md, html.",
    },
}
