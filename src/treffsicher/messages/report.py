"""Messages of the check report and the profile's plain-language sentences (core)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # quotation marks: double for her words, single for a form or label in running text
    "quote.double": {"de": "„{text}“", "en": "“{text}”"},
    "quote.single": {"de": "‚{text}‘", "en": "‘{text}’"},
    # an answer's own words in the briefing record's answer line
    "briefing.answer_text": {"de": ": „{text}“", "en": ": “{text}”"},
    # the writer's name in the workspace until she gives one
    "writer.default_name": {"de": "Ich", "en": "Me"},
    # bands of the fit score
    "band.fits": {"de": "klingt nach ihr", "en": "sounds like her"},
    "band.partly": {"de": "teils", "en": "partly"},
    "band.does_not_fit": {"de": "klingt nicht nach ihr", "en": "does not sound like her"},
    "band.no_score": {"de": "kein Wert", "en": "no score"},
    "band.unsure": {"de": "lässt sich nicht sicher sagen", "en": "cannot say for sure"},
    # the fit-score model's parts
    "fit.component.function_words": {
        "de": "Gewohnheiten bei Funktionswörtern",
        "en": "function-word habits",
    },
    "fit.component.vocabulary": {"de": "Wortschatz", "en": "vocabulary"},
    "fit.component.char_patterns": {
        "de": "Zeichenmuster (Schreibweise, Zeichensetzung, Wortteile)",
        "en": "character patterns (spelling, punctuation, word parts)",
    },
    # the check's warnings and refusals
    "check.warning.too_short": {
        "de": "Der Entwurf ist zu kurz für einen Wert ({words} Wörter, nötig sind {least}). "
        "Was sich trotzdem sagen lässt, steht unten.",
        "en": "The draft is too short for a score ({words} words, {least} needed). "
        "What can still be said is below.",
    },
    "check.warning.profile_too_small": {
        "de": "Das Stimmprofil der Kundin beruht auf zu wenig Text für einen Wert "
        "({words} Wörter).",
        "en": "Her profile rests on too little text for a score ({words} words).",
    },
    "check.warning.profile_thin": {
        "de": "Vorsicht: ihr Profil beruht auf wenig Text ({words} Wörter); der Wert ist unsicher.",
        "en": "Careful: her profile rests on little text ({words} words); the score is uncertain.",
    },
    "check.warning.language_assumed": {
        "de": "Die Sprache des Entwurfs ließ sich nicht erkennen; geprüft wird auf {language}.",
        "en": "The draft's language could not be recognised; it is checked as {language}.",
    },
    "check.default_name": {"de": "die Kundin", "en": "the client"},
    "check.draft_empty": {"de": "Der Entwurf ist leer.", "en": "The draft is empty."},
    "check.draft_too_long": {
        "de": "Der Entwurf ist zu lang für einen Abgleich (mehr als {limit} Zeichen); "
        "bitte in Teilen prüfen.",
        "en": "The draft is too long to check (over {limit} characters); please check it in parts.",
    },
    "check.no_passages": {
        "de": "Für {name} gibt es noch keine Textstellen.",
        "en": "There are no passages by {name} yet.",
    },
    "check.language_missing": {
        "de": "Für {language} gibt es noch keine Textstellen von {name}.",
        "en": "There are no passages by {name} in {language} yet.",
    },
    # deviations
    "deviation.address": {
        "de": "Der Entwurf spricht die Leser:innen mit {draft} an. "
        "{name} schreibt in {n_her} von {n_all} Textstellen {her}.",
        "en": "The draft addresses readers with {draft}. "
        "{name} writes {her} in {n_her} of {n_all} passages.",
    },
    "deviation.category": {
        "de": "{label}: im Entwurf meist {draft}, bei {name} {her} ({her_share}; {draft} {share}).",
        "en": "{label}: the draft mostly uses {draft}, {name} {her} "
        "({her_share}; {draft} {share}).",
    },
    "deviation.sentence_length": {
        "de": "Die Sätze im Entwurf sind im Schnitt {draft} Wörter lang, ihre {typical}.",
        "en": "The draft's sentences are {draft} words long on average, hers {typical}.",
    },
    "deviation.more": {
        "de": "{label}: im Entwurf {draft}, bei {name} meist {usual} "
        "(insgesamt {typical}) – deutlich mehr als bei ihr.",
        "en": "{label}: {draft} in the draft, {name} usually {usual} "
        "({typical} overall) – clearly more than hers.",
    },
    "deviation.less": {
        "de": "{label}: im Entwurf {draft}, bei {name} meist {usual} "
        "(insgesamt {typical}) – deutlich weniger als bei ihr.",
        "en": "{label}: {draft} in the draft, {name} usually {usual} "
        "({typical} overall) – clearly less than hers.",
    },
    # sentence notes
    "note.tone_wish": {
        "de": "Anrede {quoted}: {name} wünscht sich {wanted} – {evidence}",
        "en": "Form of address {quoted}: {name} asked for {wanted} – {evidence}",
    },
    "note.nogo": {
        "de": "{term}: {name} will dieses Wort nicht lesen – wörtlich: {evidence}",
        "en": "{term}: {name} asked not to see this word – quote: {evidence}",
    },
    "note.nogo_replaced": {
        "de": "{term}: {name} will dieses Wort nicht lesen – wörtlich: {evidence} "
        "Lieber: {replacement}.",
        "en": "{term}: {name} asked not to see this word – quote: {evidence} "
        "Rather: {replacement}.",
    },
    "note.nogo_figure": {
        "de": "{term}: {name} hat das korrigiert – wörtlich: {evidence} Richtig: {replacement}.",
        "en": "{term}: {name} corrected this – quote: {evidence} Correct: {replacement}.",
    },
    "note.passive": {
        "de": "Passiv – {name} schreibt fast nie im Passiv.",
        "en": "Passive voice – {name} hardly ever writes in the passive.",
    },
    "note.buzzword": {
        "de": "Werbefloskel – bei {name} selten.",
        "en": "Marketing buzzword – rare for {name}.",
    },
    "note.avoided": {
        "de": "{listed}: ein häufiges Wort, das {name} nie verwendet.",
        "en": "{listed}: a common word {name} never uses.",
    },
    "note.category": {
        "de": "{label}: {draft} – {name} schreibt {her}.",
        "en": "{label}: {draft} – {name} writes {her}.",
    },
    "note.length": {
        "de": "Langer Satz: {words} Wörter, ihre Sätze haben meist um {median}.",
        "en": "Long sentence: {words} words; hers are usually around {median}.",
    },
    # Kept as it was for checks stored before note.nominal_of named her language's suffixes
    # (a stored check is worded again from its key and values).
    "note.nominal": {
        "de": "Nominalstil: {count} Substantivierungen (-ung, -heit, -keit …) in einem Satz.",
        "en": "Nominal style: {count} nominalisations (-tion, -ment, -ness …) in one sentence.",
    },
    "note.nominal_of": {
        "de": "Nominalstil: {count} Substantivierungen ({suffixes} …) in einem Satz.",
        "en": "Nominal style: {count} nominalisations ({suffixes} …) in one sentence.",
    },
    "note.nominal_suffixes.de": {"de": "-ung, -heit, -keit", "en": "-ung, -heit, -keit"},
    "note.nominal_suffixes.en": {"de": "-tion, -ment, -ness", "en": "-tion, -ment, -ness"},
    # values with units, and the profile's sentences (core.explain)
    "value.percent": {"de": "{number} %", "en": "{number}%"},
    "unit.words": {"de": "{number} Wörter", "en": "{number} words"},
    "unit.characters": {"de": "{number} Zeichen", "en": "{number} characters"},
    "unit.per_100_words": {"de": "{number} pro 100 Wörter", "en": "{number} per 100 words"},
    "unit.per_sentence": {"de": "{number} pro Satz", "en": "{number} per sentence"},
    "explain.share_of.sentences": {"de": "{value} ihrer Sätze", "en": "{value} of her sentences"},
    "explain.share_of.words": {"de": "{value} ihrer Wörter", "en": "{value} of her words"},
    "explain.template.sentence_length_words_median": {
        "de": "Sie schreibt meist Sätze von {low} bis {high} Wörtern (Median {typical}).",
        "en": "Her sentences are mostly {low} to {high} words long (median {typical}).",
    },
    "explain.template.sentence_length_words_mean": {
        "de": "Im Mittel hat ein Satz von ihr {typical} Wörter (meist {low} bis {high}).",
        "en": "On average a sentence of hers has {typical} words (mostly {low} to {high}).",
    },
    "explain.template.word_length_characters_mean": {
        "de": "Die Wörter der Kundin haben im Mittel {typical} Buchstaben (meist {low} bis "
        "{high}).",
        "en": "Her words have {typical} letters on average (mostly {low} to {high}).",
    },
    "explain.not_measurable": {
        "de": "{label}: nicht messbar – dafür gibt es zu wenig passenden Text.",
        "en": "{label}: not measurable – there is too little suitable text.",
    },
    "explain.almost_always": {"de": "fast immer {high}", "en": "almost always {high}"},
    "explain.usually": {"de": "meist {low} bis {high}", "en": "usually {low} to {high}"},
    "explain.always": {"de": "{label}: immer {category}.", "en": "{label}: always {category}."},
    "explain.mostly": {
        "de": "{label}: meist {first}, sonst {rest}.",
        "en": "{label}: mostly {first}, otherwise {rest}.",
    },
    "explain.kind.email": {"de": "E-Mail|E-Mails", "en": "email|emails"},
    "explain.kind.speech": {
        "de": "Gesprächsnotiz|Gesprächsnotizen",
        "en": "call note|call notes",
    },
    "explain.kind.web": {"de": "Webtext|Webtexten", "en": "web text|web texts"},
    "explain.kind.document": {"de": "Dokument|Dokumenten", "en": "document|documents"},
    "explain.kind.text": {"de": "Text|Texten", "en": "text|texts"},
    "explain.words": {"de": "Wort|Wörtern", "en": "word|words"},
    "explain.support": {"de": "Beruht auf {parts}{verdict}", "en": "Based on {parts}{verdict}"},
    "explain.reliability.good": {
        "de": " – genug für ein verlässliches Bild.",
        "en": " – enough for a reliable picture.",
    },
    "explain.reliability.thin": {
        "de": " – noch dünn; die Werte können sich verschieben.",
        "en": " – still thin; the values may shift.",
    },
    "explain.reliability.too_little": {
        "de": " – zu wenig, um sicher zu sein.",
        "en": " – too little to be sure.",
    },
}
