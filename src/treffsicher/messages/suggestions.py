"""The draft check's register note and suggestions (core.suggestions), German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "suggest.register.own_web": {
        "de": "Webtext: verglichen mit ihren eigenen Webtexten (gleiche Textsorte).",
        "en": "Web copy: compared with her own web texts (the same register).",
    },
    "suggest.register.web_from_conversations": {
        "de": "Webtext, das Profil beruht aber vor allem auf E-Mails und Gesprächen. "
        "Zwischen diesen Textsorten unterscheiden sich allgemein: Begrüßung und Grußformel, "
        "Emojis, Fragen und Ausrufe, Satzlänge, Ich-Form, Füllwörter und Abschwächungen. "
        "Diese Merkmale zählen hier nur halb; eine fehlende Begrüßung wird nie bemängelt.",
        "en": "Web copy, but the profile rests mostly on emails and conversations. "
        "These registers differ in general in: greeting and sign-off, emoji, questions and "
        "exclamations, sentence length, first person, fillers and hedges. Those features "
        "count half here; a missing greeting is never flagged.",
    },
    "suggest.register.web": {
        "de": "Webtext: verglichen mit allen ihren Textstellen; eine fehlende Begrüßung wird "
        "nicht bemängelt.",
        "en": "Web copy: compared with all her passages; a missing greeting is not flagged.",
    },
    "suggest.register.email": {
        "de": "E-Mail: verglichen mit allen ihren Textstellen.",
        "en": "Email: compared with all her passages.",
    },
    "suggest.term": {
        "de": "{term} – typisch für {name} ({count}× in {passages} Textstellen) und passt "
        "zum Thema ({match}).",
        "en": "{term} – typical of {name} ({count}× in {passages} passages) and fits the "
        "topic ({match}).",
    },
    "suggest.greeting": {
        "de": "{name} grüßt am häufigsten mit {label} ({percent} % ihrer Nachrichten).",
        "en": "{name} most often greets with {label} ({percent}% of her messages).",
    },
    "suggest.signoff": {
        "de": "{name} verabschiedet sich am häufigsten mit {label} "
        "({percent} % ihrer Nachrichten).",
        "en": "{name} most often signs off with {label} ({percent}% of her messages).",
    },
}
