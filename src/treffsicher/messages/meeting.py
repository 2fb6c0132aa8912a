"""Messages of the meeting advice (Treffen-Check), its agenda and place look-up, German and
English (merged by i18n.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # places
    "place.empty": {
        "de": "Bitte einen Ort oder eine Postleitzahl angeben.",
        "en": "Please give a town or a postcode.",
    },
    "place.ambiguous": {
        "de": "„{query}“ ist mehrdeutig. Gemeint sein kann: {candidates}. Bitte genauer "
        "angeben, z. B. „Ort, Bundesland“ oder mit Postleitzahl.",
        "en": "'{query}' is ambiguous. It may mean: {candidates}. Please be more precise, "
        "e.g. 'Town, State' or with the postcode.",
    },
    "place.unknown": {
        "de": "Keinen Ort „{query}“ in Deutschland, Österreich, der Schweiz, Großbritannien, "
        "Irland, den USA, Kanada, Australien oder Neuseeland gefunden. Versuchen Sie die "
        "Postleitzahl oder --distance-km.",
        "en": "No town '{query}' found in Germany, Austria, Switzerland, the UK, Ireland, the "
        "US, Canada, Australia or New Zealand. Try the postcode or --distance-km.",
    },
    "place.unknown_suggest": {
        "de": "Keinen Ort „{query}“ gefunden. Meinten Sie: {suggestions}?",
        "en": "No town '{query}' found. Did you mean: {suggestions}?",
    },
    "place.unknown_postcode": {
        "de": "Die Postleitzahl „{query}“ gibt es in Deutschland, Österreich und der Schweiz "
        "nicht (oder nicht mit diesem Ort).",
        "en": "The postcode '{query}' does not exist in Germany, Austria or Switzerland (or "
        "not with that town).",
    },
    "place.unknown_postcode_abroad": {
        "de": "Die Postleitzahl „{query}“ ist nicht bekannt. Britische Postleitzahlen kennt "
        "treffsicher nur bis zum Gebiet (die Buchstaben vorne, z. B. CB um Cambridge), "
        "US-ZIP-Codes mit Bundesstaat oder Land davor („MA 02139“, „US 02139“); für Irland, "
        "Kanada, Australien und Neuseeland bitte den Ort angeben.",
        "en": "The postcode '{query}' is not known. treffsicher knows British postcodes down "
        "to their area only (the letters in front, e.g. CB around Cambridge), US ZIP codes "
        "with the state or country in front ('MA 02139', 'US 02139'); for Ireland, Canada, "
        "Australia and New Zealand please give the town.",
    },
    # input
    "meeting.distance_missing": {
        "de": "Bitte entweder --from und --to oder --distance-km angeben.",
        "en": "Please give either --from and --to, or --distance-km.",
    },
    "meeting.distance_both": {
        "de": "Bitte nur eines angeben: --from/--to oder --distance-km.",
        "en": "Please give only one of --from/--to and --distance-km.",
    },
    "meeting.param_range": {
        "de": "{name} = {value} ist nicht plausibel; erlaubt ist {low} bis {high}.",
        "en": "{name} = {value} is not plausible; the allowed range is {low} to {high}.",
    },
    "meeting.too_far": {
        "de": "{origin} → {destination}: rund {km} km Luftlinie. Der Treffen-Check rechnet "
        "Reisen mit Auto oder Bahn bis {limit} km Strecke; so weit ist ein Treffen eine Reise "
        "für sich, die er nicht abwägen kann. Ein Videotermin ist hier die Wahl.",
        "en": "{origin} → {destination}: about {km} km as the crow flies. The meeting advice "
        "weighs trips by car or train of up to {limit} km; this far, a meeting is a journey "
        "of its own that it cannot weigh. A video call is the choice here.",
    },
    "meeting.param_choice": {
        "de": "{name} = „{value}“ gibt es nicht; möglich: {allowed}.",
        "en": "{name} = '{value}' does not exist; possible: {allowed}.",
    },
    "meeting.param_number": {
        "de": "{name}: „{value}“ ist keine Zahl.",
        "en": "{name}: '{value}' is not a number.",
    },
    # money: the currency and where its symbol stands ({sign} is "-" or nothing; \u00a0 is
    # a no-break space, so that a line never ends between number and symbol)
    "meeting.currency_unknown": {
        "de": "Die Währung „{value}“ gibt es hier nicht; möglich: {allowed}.",
        "en": "The currency '{value}' is not offered; possible: {allowed}.",
    },
    "meeting.currency_twice": {
        "de": "--currency {option} und --set currency={assigned} widersprechen sich; bitte nur "
        "eine Währung angeben.",
        "en": "--currency {option} and --set currency={assigned} disagree; please give one "
        "currency only.",
    },
    "meeting.param_euro_name": {
        "de": "{name} ist ein Betrag in Euro, die Währung ist aber {currency}: bitte "
        "{neutral}=… angeben (umgerechnet wird nicht).",
        "en": "{name} is an amount in euros, but the currency is {currency}: please give "
        "{neutral}=… (nothing is converted).",
    },
    "meeting.money.EUR": {"de": "{sign}{amount}\u00a0{symbol}", "en": "{sign}{symbol}{amount}"},
    "meeting.money.CHF": {
        "de": "{sign}{amount}\u00a0{symbol}",
        "en": "{sign}{symbol}\u00a0{amount}",
    },
    "meeting.money.GBP": {"de": "{sign}{amount}\u00a0{symbol}", "en": "{sign}{symbol}{amount}"},
    "meeting.money.USD": {"de": "{sign}{amount}\u00a0{symbol}", "en": "{sign}{symbol}{amount}"},
    "help.opt.currency": {
        "de": "Die Währung aller Beträge: EUR, CHF, GBP oder USD (Vorgabe EUR). Jede hat "
        "eigene Vorgaben; umgerechnet wird nicht.",
        "en": "The currency of every amount: EUR, CHF, GBP or USD (default EUR). Each has its "
        "own defaults; nothing is converted.",
    },
    "help.opt.meeting_day_rate": {
        "de": "Ihr Tagessatz in der Währung (Vorgabe {defaults}).",
        "en": "Your day rate in the currency (default {defaults}).",
    },
    "help.opt.meeting_hourly_rate": {
        "de": "Ihr Stundensatz in der Währung (Vorgabe {defaults}).",
        "en": "Your hourly rate in the currency (default {defaults}).",
    },
    "help.opt.meeting_project_value": {
        "de": "Was das Projekt wert ist, in der Währung (Vorgabe {defaults}).",
        "en": "What the project is worth in the currency (default {defaults}).",
    },
    # options and categories
    "meeting.option.phone": {"de": "Telefonat", "en": "phone call"},
    "meeting.option.video": {"de": "Videocall", "en": "video call"},
    "meeting.option.in_person": {"de": "Treffen vor Ort", "en": "meeting in person"},
    "meeting.option.in_person_workshop": {
        "de": "Treffen mit Workshop",
        "en": "meeting with a workshop",
    },
    "meeting.mode.car": {"de": "mit dem Auto", "en": "by car"},
    "meeting.mode.train": {"de": "mit der Bahn", "en": "by train"},
    "meeting.cat.audience": {"de": "zur Zielgruppe", "en": "about the audience"},
    "meeting.cat.offer": {"de": "zum Angebot", "en": "about the offer"},
    "meeting.cat.goals": {"de": "zu den Zielen", "en": "about the goals"},
    "meeting.cat.values": {"de": "zu den Werten", "en": "about the values"},
    "meeting.cat.tone": {"de": "zum Ton", "en": "about the tone"},
    "meeting.cat.nogo": {"de": "zu No-Gos", "en": "about no-gos"},
    "meeting.cat.other": {"de": "zu Sonstigem", "en": "about other things"},
    "meeting.count_assumptions": {
        "de": "{count:Annahme|Annahmen} {category}",
        "en": "{count:assumption|assumptions} {category}",
    },
    # drivers of the uncertainty
    "meeting.driver.assumption_open": {
        "de": "Offene Annahme {category}: „{text}“",
        "en": "Open assumption {category}: “{text}”",
    },
    "meeting.driver.assumption_contradicted": {
        "de": "Was sie selbst schreibt, widerspricht der Annahme {category}: „{text}“",
        "en": "Her words contradict the assumption {category}: “{text}”",
    },
    "meeting.driver.assumption_corrected": {
        "de": "Sie hat eine Annahme {category} korrigiert: „{text}“",
        "en": "She corrected an assumption {category}: “{text}”",
    },
    "meeting.driver.understanding.log_empty": {
        "de": "Im Verständnis-Protokoll steht noch keine Annahme zum Auftrag.",
        "en": "The understanding log holds no assumption about the brief yet.",
    },
    "meeting.driver.understanding.log_unavailable": {
        "de": "Das Verständnis-Protokoll ist leer: Annahmen zum Auftrag sind nicht erfasst.",
        "en": "The understanding log is empty: no assumptions about the brief are recorded.",
    },
    "meeting.driver.understanding.none_confirmed": {
        "de": "Noch keine Annahme zum Auftrag ist bestätigt.",
        "en": "No assumption about the brief is confirmed yet.",
    },
    "meeting.driver.profile.missing": {
        "de": "Noch kein Stimmprofil: es gibt keine eigenen Texte von ihr.",
        "en": "No voice profile yet: there is none of her own text.",
    },
    "meeting.driver.profile.too_little": {
        "de": "Das Stimmprofil beruht auf nur {words} Wörtern von ihr – zu wenig, um sicher zu "
        "sein.",
        "en": "The voice profile rests on only {words} of her words – too little to be sure.",
    },
    "meeting.driver.profile.thin": {
        "de": "Das Stimmprofil beruht erst auf {words} Wörtern von ihr.",
        "en": "The voice profile rests on only {words} of her words so far.",
    },
    "meeting.driver.voice.address.unknown": {
        "de": "Ob sie ihre Leserinnen duzt oder siezt, zeigen ihre Texte nicht.",
        "en": "Her texts do not show whether she addresses readers as “du” or “Sie”.",
    },
    "meeting.driver.voice.address.mixed": {
        "de": "Sie duzt und siezt gemischt ({shares}).",
        "en": "She mixes “du” and “Sie” ({shares}).",
    },
    "meeting.driver.voice.gender.unknown": {
        "de": "Wie sie gendert, zeigen ihre Texte nicht.",
        "en": "Her texts do not show which gender-fair style she uses.",
    },
    "meeting.driver.voice.gender.mixed": {
        "de": "Sie gendert nicht einheitlich ({shares}).",
        "en": "Her gender-fair style is not consistent ({shares}).",
    },
    "meeting.driver.draft.does_not_fit": {
        "de": "Entwurf „{draft}“ klingt nicht nach ihr ({score} von 100).",
        "en": "Draft “{draft}” does not sound like her ({score} of 100).",
    },
    "meeting.driver.draft.partly": {
        "de": "Entwurf „{draft}“ klingt nur teils nach ihr ({score} von 100).",
        "en": "Draft “{draft}” sounds only partly like her ({score} of 100).",
    },
    "meeting.driver.draft.cannot_tell": {
        "de": "Bei Entwurf „{draft}“ lässt sich nicht sicher sagen, ob er nach ihr klingt.",
        "en": "For draft “{draft}”, it cannot be said for sure whether it sounds like her.",
    },
    "meeting.driver.checkback.unanswered": {
        "de": "Unbeantwortete Rückfragen: {count}.",
        "en": "Unanswered check-back items: {count}.",
    },
    "meeting.driver.relation.second_person": {
        "de": "Auf ihrer Seite entscheidet eine zweite Person mit.",
        "en": "A second person on her side has a say.",
    },
    "meeting.driver.relation.new_client": {
        "de": "Neue Kundin: noch kein gemeinsames Projekt.",
        "en": "A new client: no project together yet.",
    },
    "meeting.driver.relation.not_met": {
        "de": "Sie haben sie noch nie persönlich getroffen.",
        "en": "You have never met her in person.",
    },
    "meeting.driver.unknown.no_data": {
        "de": "Zu dieser Kundin gibt es noch keine Texte, Annahmen oder Abgleiche: die "
        "Unsicherheit ist unbekannt und mit {percent} % angesetzt.",
        "en": "There are no texts, assumptions or checks for this client yet: the uncertainty "
        "is unknown and set at {percent}%.",
    },
    # reason (two or three sentences)
    "meeting.reason.meet": {
        "de": "Empfehlung: {option}. Die Reise kostet rund {travel} ({distance} km pro "
        "Strecke {mode}); dafür erspart das Treffen voraussichtlich rund {avoided} "
        "Nacharbeit, netto {gain} mehr als ein {alternative}.",
        "en": "Recommended: {option}. The journey costs about {travel} ({distance} km each "
        "way {mode}); in return the meeting is expected to save about {avoided} of rework, "
        "{gain} more net than a {alternative}.",
    },
    "meeting.reason.meet_near": {
        "de": "Empfehlung: {option}. Die Reise kostet so gut wie nichts; das Treffen erspart "
        "voraussichtlich rund {avoided} Nacharbeit, netto {gain} mehr als ein {alternative}.",
        "en": "Recommended: {option}. The journey costs next to nothing; the meeting is expected "
        "to save about {avoided} of rework, {gain} more net than a {alternative}.",
    },
    "meeting.reason.remote": {
        "de": "Empfehlung: {option}. Ein Treffen vor Ort kostet rund {meet_cost} (die Reise "
        "allein {travel} für {distance} km pro Strecke {mode}) und erspart voraussichtlich "
        "nur {extra} mehr Nacharbeit.",
        "en": "Recommended: {option}. Meeting in person costs about {meet_cost} (the journey "
        "alone {travel} for {distance} km each way {mode}) and is expected to save only "
        "{extra} more rework.",
    },
    "meeting.reason.open": {
        "de": "Offen sind noch {parts}; die Unsicherheit liegt bei {percent} %.",
        "en": "Still open: {parts}; the uncertainty is {percent}%.",
    },
    "meeting.reason.none_open": {
        "de": "Offene Annahmen gibt es keine; die Unsicherheit liegt bei {percent} %.",
        "en": "No assumptions are open; the uncertainty is {percent}%.",
    },
    "meeting.reason.log_empty": {
        "de": "Zum Auftrag ist noch keine Annahme erfasst; die Unsicherheit liegt bei {percent} %.",
        "en": "No assumption about the brief is recorded yet; the uncertainty is {percent}%.",
    },
    "meeting.reason.profile": {
        "de": " Das Stimmprofil beruht erst auf {words} Wörtern von ihr.",
        "en": " The voice profile rests on only {words} of her words.",
    },
    "meeting.reason.unknown": {
        "de": "Zu dieser Kundin gibt es noch keine Daten; die Unsicherheit ist unbekannt und "
        "mit {percent} % angesetzt.",
        "en": "There is no data on this client yet; the uncertainty is unknown and set at "
        "{percent}%.",
    },
    # report labels
    "meeting.title": {"de": "Treffen-Check für {name}", "en": "Meeting advice for {name}"},
    "meeting.distance_given": {
        "de": "Entfernung: {km} km pro Strecke (angegeben)",
        "en": "Distance: {km} km each way (given)",
    },
    "meeting.distance_places": {
        "de": "Entfernung: {km} km pro Strecke – {origin} → {destination}, Luftlinie "
        "{great_circle} km × Umwegfaktor {factor}",
        "en": "Distance: {km} km each way – {origin} → {destination}, {great_circle} km as "
        "the crow flies × detour factor {factor}",
    },
    "meeting.travel": {
        "de": "Reise hin und zurück {mode}: {hours} Stunden; Fahrtkosten {cost}, Reisezeit "
        "{time_cost} ({share} % des Stundensatzes)",
        "en": "Round trip {mode}: {hours} hours; fares or car {cost}, travel time {time_cost} "
        "({share}% of the hourly rate)",
    },
    "meeting.uncertainty": {"de": "Unsicherheit: {percent} %", "en": "Uncertainty: {percent}%"},
    "meeting.uncertainty_unknown": {
        "de": "Unsicherheit: unbekannt, mit {percent} % angesetzt",
        "en": "Uncertainty: unknown, set at {percent}%",
    },
    "meeting.drivers": {"de": "Was die Unsicherheit treibt", "en": "What drives the uncertainty"},
    "meeting.col_option": {"de": "Möglichkeit", "en": "Option"},
    "meeting.col_cost": {"de": "Kosten", "en": "Cost"},
    "meeting.col_avoided": {"de": "erspart", "en": "saves"},
    "meeting.col_net": {"de": "netto", "en": "net"},
    "meeting.col_hours": {"de": "Stunden", "en": "hours"},
    "meeting.col_weight": {"de": "Gewicht", "en": "weight"},
    "meeting.recommended": {"de": "empfohlen", "en": "recommended"},
    "meeting.break_even": {
        "de": "Bis rund {km} km pro Strecke lohnt sich ein Treffen vor Ort, darüber nicht.",
        "en": "Meeting in person pays up to about {km} km each way, not beyond.",
    },
    "meeting.break_even_never": {
        "de": "Ein Treffen vor Ort lohnt sich hier bei keiner Entfernung.",
        "en": "Meeting in person does not pay here at any distance.",
    },
    "meeting.break_even_always": {
        "de": "Ein Treffen vor Ort lohnt sich hier bei jeder Entfernung bis {km} km.",
        "en": "Meeting in person pays here at any distance up to {km} km.",
    },
    "meeting.assumptions_used": {"de": "Angenommene Werte", "en": "Values assumed"},
    # break-even picture
    "meeting.svg.title": {
        "de": "Kosten und Nutzen eines Treffens vor Ort nach Entfernung",
        "en": "Cost and value of meeting in person by distance",
    },
    "meeting.svg.desc": {
        "de": "Die rote Linie zeigt, was ein Treffen vor Ort mit wachsender Entfernung kostet; "
        "die blaue, was es über den besten Anruf hinaus voraussichtlich wert ist (rund "
        "{worth}). Wo Rot über Blau liegt, lohnt sich das Treffen nicht. Diese Kundin: "
        "{km} km, Kosten rund {cost}.",
        "en": "The red line shows what meeting in person costs as the distance grows; the "
        "blue one, what it is expected to be worth beyond the best call (about {worth}). "
        "Where red lies above blue, meeting does not pay. This client: {km} km, cost about "
        "{cost}.",
    },
    "meeting.svg.crossing": {"de": "≈ {km} km", "en": "≈ {km} km"},
    "meeting.svg.axis_km": {"de": "Entfernung pro Strecke", "en": "Distance each way"},
    "meeting.svg.cost": {"de": "Kosten Treffen vor Ort", "en": "cost of meeting in person"},
    "meeting.svg.worth": {
        "de": "Nutzen über den besten Anruf hinaus",
        "en": "worth beyond the best call",
    },
    # agenda
    "agenda.title": {"de": "Tagesordnung für {name}", "en": "Agenda for {name}"},
    "agenda.total": {"de": "Zusammen {minutes} Minuten.", "en": "{minutes} minutes in all."},
    "agenda.empty": {
        "de": "Nichts Offenes: keine offenen Annahmen, Stimmfragen oder schwachen Entwürfe.",
        "en": "Nothing open: no open assumptions, voice questions or weak drafts.",
    },
    "agenda.unreviewed": {
        "de": "Noch ungeprüft: {count:Vorschlag|Vorschläge} aus ihren Worten. Angenommen "
        "kommen sie auf die Tagesordnung: {command}",
        "en": "Not reviewed yet: {count:proposal|proposals} from her words. Accepted, they join "
        "the agenda: {command}",
    },
    "agenda.minutes": {"de": "{minutes} Min.", "en": "{minutes} min"},
    "agenda.evidence": {"de": "Dafür spricht", "en": "For it"},
    "agenda.against": {"de": "Dagegen spricht", "en": "Against it"},
    "agenda.assumption": {
        "de": "Annahme {category} bestätigen: „{text}“",
        "en": "Confirm the assumption {category}: “{text}”",
    },
    "agenda.contradiction": {
        "de": "Klären, was gilt – Annahme {category}: „{text}“ (ihre Worte sagen beides)",
        "en": "Settle which holds – assumption {category}: “{text}” (her words say both)",
    },
    "agenda.voice.address": {
        "de": "Du oder Sie – auf der Website, im Newsletter, in Mails?",
        "en": "“Du” or “Sie” – on the website, in the newsletter, in emails?",
    },
    "agenda.voice.gender": {
        "de": "Welche Gender-Schreibweise: Doppelpunkt, Sternchen, Paarform oder neutral?",
        "en": "Which gender-fair style: colon, asterisk, both forms or neutral words?",
    },
    "agenda.draft": {
        "de": "Entwurf „{draft}“ gemeinsam lesen: was klingt nicht nach ihr? ({verdict})",
        "en": "Read draft “{draft}” together: what does not sound like her? ({verdict})",
    },
    "agenda.verdict.does_not_fit": {"de": "klingt nicht nach ihr", "en": "does not sound like her"},
    "agenda.verdict.partly": {"de": "teils", "en": "partly"},
    "agenda.verdict.cannot_tell": {
        "de": "lässt sich nicht sicher sagen",
        "en": "cannot say for sure",
    },
    "agenda.written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "agenda.out_failed": {
        "de": "{path} lässt sich nicht schreiben: {error}",
        "en": "Cannot write {path}: {error}",
    },
}
