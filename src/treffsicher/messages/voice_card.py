"""The voice card's sentences and do/don't counter-examples, German and English (merged by
i18n.py). {name} is her first name; German sentences speak of her as „sie“."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "voice.title": {"de": "So klingt {name}", "en": "How {name} sounds"},
    "voice.intro": {
        "de": "Ein Leitfaden für alle, die in ihrem Namen schreiben, aus ihren eigenen Worten.",
        "en": "A guide for anyone who writes in her name, taken from her own words.",
    },
    "voice.language": {"de": "Auf {language}", "en": "In {language}"},
    "voice.too_little": {
        "de": "Noch zu wenig Text von ihr: diese Sätze sind ein erster Eindruck.",
        "en": "Too little of her text yet: take these sentences as a first impression.",
    },
    "voice.lines_heading": {"de": "So klingt sie, in Sätzen", "en": "Her tone in sentences"},
    "voice.words_heading": {"de": "Wörter der Kundin", "en": "Her words"},
    "voice.avoided_heading": {"de": "Nicht ihre Wörter", "en": "Not her words"},
    "voice.nogo_heading": {
        "de": "Diese Wörter will sie nicht lesen",
        "en": "Words she asked not to see",
    },
    "voice.pairs_heading": {"de": "So – nicht so", "en": "Like this – not like this"},
    "voice.do": {"de": "So schreibt sie", "en": "She writes"},
    "voice.dont": {"de": "Nicht so", "en": "Not like this"},
    "voice.source": {"de": "Quelle: treffsicher, {date}", "en": "Source: treffsicher, {date}"},
    # statements
    "voice.address.du": {
        "de": "{name} duzt: „du“, nie „Sie“.",
        "en": "{name} uses the informal “du” in German, never “Sie”.",
    },
    "voice.address.sie": {
        "de": "{name} siezt: „Sie“, nie „du“.",
        "en": "{name} uses the formal “Sie” in German, never “du”.",
    },
    "voice.address.mixed": {
        "de": "{name} wechselt zwischen „du“ und „Sie“: vorher klären, was gelten soll.",
        "en": "{name} switches between “du” and “Sie”: agree on one before writing.",
    },
    "voice.address.you": {
        "de": "{name} spricht ihre Leser:innen direkt mit „you“ an.",
        "en": "{name} talks to the reader directly, as “you”.",
    },
    "voice.length.short": {
        "de": "Kurze Sätze: meist {low} bis {high} Wörter.",
        "en": "Short sentences: mostly {low} to {high} words.",
    },
    "voice.length.medium": {
        "de": "Mittellange Sätze: meist {low} bis {high} Wörter.",
        "en": "Sentences of middling length: mostly {low} to {high} words.",
    },
    "voice.length.long": {
        "de": "Lange Sätze: meist {low} bis {high} Wörter – das ist ihr Stil.",
        "en": "Long sentences: mostly {low} to {high} words – that is her style.",
    },
    "voice.person.ich": {
        "de": "Sie schreibt in der Ich-Form, nicht als „wir“.",
        "en": "She writes as “I”, not as “we”.",
    },
    "voice.person.wir": {
        "de": "Sie schreibt als „wir“, für ihr Team.",
        "en": "She writes as “we”, for her team.",
    },
    "voice.gender.colon": {
        "de": "Sie gendert mit Doppelpunkt: „Kund:innen“.",
        "en": "She genders German nouns with a colon: “Kund:innen”.",
    },
    "voice.gender.star": {
        "de": "Sie gendert mit Sternchen: „Kund*innen“.",
        "en": "She genders German nouns with an asterisk: “Kund*innen”.",
    },
    "voice.gender.binnen_i": {
        "de": "Sie gendert mit Binnen-I: „KundInnen“.",
        "en": "She genders German nouns with a capital I: “KundInnen”.",
    },
    "voice.gender.underscore": {
        "de": "Sie gendert mit Unterstrich: „Kund_innen“.",
        "en": "She genders German nouns with an underscore: “Kund_innen”.",
    },
    "voice.gender.slash": {
        "de": "Sie gendert mit Schrägstrich: „Kund/innen“.",
        "en": "She genders German nouns with a slash: “Kund/innen”.",
    },
    "voice.gender.pair": {
        "de": "Sie nennt beide Formen: „Kundinnen und Kunden“.",
        "en": "She names both forms: “Kundinnen und Kunden”.",
    },
    "voice.gender.neutral": {
        "de": "Sie wählt neutrale Wörter: „Teilnehmende“.",
        "en": "She picks neutral words: “Teilnehmende”.",
    },
    "voice.gender.none": {
        "de": "Sie gendert nicht: nur die männliche Form.",
        "en": "She does not gender: masculine forms only.",
    },
    "voice.greeting.both": {
        "de": "Sie grüßt mit „{greeting}“ und verabschiedet sich mit „{signoff}“.",
        "en": "She greets with “{greeting}” and signs off with “{signoff}”.",
    },
    "voice.greeting.greeting_only": {
        "de": "Sie grüßt mit „{greeting}“.",
        "en": "She greets with “{greeting}”.",
    },
    "voice.greeting.signoff_only": {
        "de": "Sie verabschiedet sich mit „{signoff}“.",
        "en": "She signs off with “{signoff}”.",
    },
    "voice.tone.questions": {
        "de": "Sie fragt gern nach: etwa jeder {every}. Satz ist eine Frage.",
        "en": "She likes to ask: about one sentence in {every} is a question.",
    },
    "voice.tone.exclamations": {
        "de": "Sie setzt Ausrufezeichen: etwa jeder {every}. Satz.",
        "en": "She uses exclamation marks: about one sentence in {every}.",
    },
    "voice.tone.emoji": {
        "de": "Sie schreibt mit Emoji.",
        "en": "She writes with emoji.",
    },
    "voice.tone.plain": {
        "de": "Sie schreibt schlicht: keine Modewörter, kein Passiv.",
        "en": "She writes plainly: no buzzwords, no passive.",
    },
    "voice.typography": {
        "de": "Anführungszeichen: {quote_style}; Gedankenstrich: {dash_char}.",
        "en": "Quotation marks: {quote_style}; dash: {dash_char}.",
    },
    "voice.words": {
        "de": "Typisch für sie: {words}.",
        "en": "Typical of her: {words}.",
    },
    "voice.nogo": {
        "de": "Diese Wörter will sie nicht lesen: {words}.",
        "en": "She asked not to see these words: {words}.",
    },
    "voice.avoided": {
        "de": "Häufige Wörter, die sie nie benutzt: {words}.",
        "en": "Common words she never uses: {words}.",
    },
    # don'ts: counter-examples in the voice she does not have
    "voice.dont.address.du": {
        "de": "„Wir beraten Sie gern persönlich.“",
        "en": "„Wir beraten Sie gern persönlich.“",
    },
    "voice.dont.address.sie": {
        "de": "„Hey, schau doch einfach mal vorbei!“",
        "en": "„Hey, schau doch einfach mal vorbei!“",
    },
    "voice.dont.address.you": {
        "de": "“Customers are advised to book early.”",
        "en": "“Customers are advised to book early.”",
    },
    "voice.dont.length.short": {
        "de": (
            "„Unser Anspruch ist die Bereitstellung einer individuellen, professionellen und "
            "bedarfsorientierten Betreuung auf höchstem Niveau, die sich an Ihren Wünschen "
            "orientiert.“"
        ),
        "en": (
            "“Our commitment is the provision of individual, professional and needs-oriented "
            "support at the highest level, tailored to every stage of your journey.”"
        ),
    },
    "voice.dont.length.medium": {
        "de": "„Kurz. Knapp. Fertig.“",
        "en": "“Short. Punchy. Done.”",
    },
    "voice.dont.length.long": {
        "de": "„Kurz. Knapp. Fertig.“",
        "en": "“Short. Punchy. Done.”",
    },
    "voice.dont.person.ich": {
        "de": "„Wir als Team stehen Ihnen jederzeit zur Seite.“",
        "en": "“We as a team are always there for you.”",
    },
    "voice.dont.person.wir": {
        "de": "„Ich kümmere mich persönlich darum.“",
        "en": "“I’ll take care of it myself.”",
    },
    "voice.dont.gender": {
        "de": "„Liebe Kunden, …“",
        "en": "„Liebe Kunden, …“",
    },
    "voice.dont.gender.none": {
        "de": "„Liebe Kund:innen, …“",
        "en": "„Liebe Kund:innen, …“",
    },
    "voice.dont.greeting.warm": {
        "de": "„Sehr geehrte Damen und Herren, … Mit freundlichen Grüßen“",
        "en": "“To whom it may concern, … Yours faithfully”",
    },
    "voice.dont.greeting.formal": {
        "de": "„Hey du! … LG“",
        "en": "“Hey there! … Cheers”",
    },
}
