"""Generated German and English client emails from our own hand-written templates.

Nothing is downloaded: every sentence pattern and filler word below was written for
treffsicher. The mails have greetings and sign-offs on their own lines, questions, numbers,
prices, dates, abbreviations (z. B., bzw., ca.), gendered forms (Kund:innen), anglicisms,
emoji and the odd passive or nominal sentence, so every feature family has work to do.

Two German voices let benchmarks contrast writers: "warm" (du, ich, short sentences) and
"formal" (Sie, wir, longer sentences, more nominal style). Use:

    from corpus import make_passages
    passages = make_passages(1_000_000, lang="de", seed=1)
"""

from __future__ import annotations

import random

from treffsicher.core.models import KIND_EMAIL, Passage

MIN_WORDS, MAX_WORDS = 100, 600  # words per generated mail

FILL = {
    "name": "Anna Jonas Merle Deniz Lea Tobias Sanne Paul Ida Mira Jan Frieda Ole Nele".split(),
    "day": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag".split(),
    "month": "Januar Februar März April Mai Juni Juli August September Oktober".split(),
    "time": ["9:30", "10 Uhr", "14:15", "halb drei", "17 Uhr", "8:45"],
    "thing": (
        "Startseite Broschüre Preisliste Terminübersicht Kursbeschreibung Bildauswahl "
        "Anmeldeseite Über-mich-Seite Flyer Visitenkarte Infomappe Checkliste"
    ).split(),
    "topic": (
        "Geburtsvorbereitung Rückbildung Babymassage Trageberatung Stillberatung "
        "Wochenbettbetreuung Infoabende Hausbesuche Akupunktur Elternabende"
    ).split(),
    "adj": "schön klar warm ruhig ehrlich leicht freundlich persönlich passend stimmig".split(),
    "feel": "froh erleichtert gespannt dankbar unsicher begeistert neugierig".split(),
    "anglo": "Feedback Newsletter Website Call Meeting Link Update Workshop Flyer Team".split(),
    "price": ["49 €", "19,90 EUR", "2.040 €", "120 Euro", "35 €", "1.250,00 €"],
    "num": ["zwei", "drei", "vier", "fünf", "zehn", "12", "15", "20"],
    "emoji": ["🙂", "😊", "👍", "❤️", ":-)", ";)"],
    "people": ["Kund:innen", "Kolleg:innen", "Teilnehmer:innen", "Eltern", "Familien"],
}

WARM = {
    "greeting": ["Hallo {name},", "Liebe {name},", "Hi {name},", "Hallo {name} {emoji}"],
    "signoff": ["Liebe Grüße\nJohanna", "LG Johanna", "Viele Grüße\nJohanna", "Bis bald!\nJo"],
    "sentences": [
        "danke dir für die schnelle Antwort!",
        "ich hab mir die {thing} gestern Abend noch mal in Ruhe angeschaut.",
        "Das klingt richtig {adj}, so rede ich auch.",
        "Kannst du bei der {thing} noch einen Satz zur {topic} ergänzen?",
        "Ich bin ehrlich gesagt ein bisschen {feel}, wie das bei den {people} ankommt.",
        "Am {day} um {time} hätte ich Zeit für einen kurzen {anglo}.",
        "Passt dir das, oder ist dir {day} lieber?",
        "Die {topic} kostet bei mir {price}, das darf gern so drinstehen.",
        "Ich mach das jetzt seit {num} Jahren und es ist immer noch mein Lieblingsteil.",
        "Was mir wichtig ist: dass sich niemand gehetzt fühlt.",
        "Mein {anglo} kommt erst im {month}, bis dahin ist noch Zeit.",
        "Weißt du, was ich meine?",
        "Ich glaub, das passt so.",
        "Vielleicht machen wir es einfach kürzer {emoji}",
        "Die Fotos von {name} schicke ich dir morgen, z. B. das vom Garten.",
        "Ca. {num} Familien haben sich schon für die {topic} gemeldet.",
        "Das Formular wird gerade noch von {name} überarbeitet.",
        "Bei der {topic} geht es mir um Sicherheit und Geborgenheit, nicht um Perfektion.",
        "Ich freu mich wirklich sehr darauf!",
        "Hast du noch eine Idee für die Überschrift auf der {thing}?",
        "Ehrlich gesagt finde ich den ersten Entwurf schon {adj}.",
        "Meine Tochter meinte, man versteht sofort, worum es geht.",
        "Den Link zur {thing} findest du unter www.hebamme-kellermann.de/kurse.",
        "Wir können das auch am Telefon besprechen, wenn dir das lieber ist.",
        "Kurz noch: die {thing} bitte ohne das Wort „ganzheitlich“ {emoji}",
        "Ich hab {name} gefragt, und sie fand es auch {adj}.",
        "Das mit der {topic} bzw. den Hausbesuchen schreib ich dir noch genauer auf.",
        "Danke, dass du so geduldig mit mir bist.",
        "Ist das zu lang?",
        "Lass uns das am {day} festmachen.",
    ],
}

FORMAL = {
    "greeting": [
        "Sehr geehrte Frau {name},",
        "Guten Tag Frau {name},",
        "Sehr geehrter Herr {name},",
    ],
    "signoff": ["Mit freundlichen Grüßen\nDr. Kellermann", "Freundliche Grüße\nIhr Praxisteam"],
    "sentences": [
        "vielen Dank für Ihre Nachricht vom {day}.",
        "Wir haben die {thing} im Team sorgfältig geprüft und senden Ihnen anbei unsere "
        "Anmerkungen zur weiteren Bearbeitung.",
        "Die Durchführung der {topic} erfolgt in enger Abstimmung mit den {people}.",
        "Bitte beachten Sie, dass die Anmeldung zur {topic} spätestens im {month} erfolgen muss.",
        "Die Kosten in Höhe von {price} werden in der Regel von der Krankenkasse übernommen.",
        "Für Rückfragen stehen wir Ihnen selbstverständlich jederzeit gern zur Verfügung.",
        "Die Unterlagen wurden Ihnen bereits per E-Mail zugesandt.",
        "Wir würden uns freuen, wenn Sie uns bis {day} eine kurze Rückmeldung geben könnten.",
        "Im Hinblick auf die Gestaltung der {thing} schlagen wir eine klare Gliederung vor.",
        "Die Terminvereinbarung ist telefonisch oder über unsere Website möglich.",
        "Unsere Praxis legt großen Wert auf Transparenz, Verlässlichkeit und eine "
        "persönliche Betreuung während der Schwangerschaft.",
        "Könnten Sie uns mitteilen, ob der Termin am {day} um {time} für Sie passend ist?",
        "Die Überarbeitung der {thing} wird voraussichtlich {num} Wochen in Anspruch nehmen.",
        "Wir bitten um Verständnis, dass eine Bearbeitung vor dem {month} nicht möglich ist.",
        "Selbstverständlich berücksichtigen wir dabei die Anforderungen der {people}.",
    ],
}

ENGLISH = {
    "greeting": ["Hi {name},", "Dear {name},", "Hello {name},"],
    "signoff": ["Best wishes,\nMorwenna", "Warmly,\nMorwenna", "Cheers,\nMo"],
    "sentences": [
        "thanks so much for the quick reply!",
        "I had another look at the draft last night and I really like it.",
        "Could you add a line about the {topic} on the about page?",
        "I'm a bit nervous about how the new prices will land with people.",
        "Would {day} at {time} work for a quick call?",
        "The workshop costs £{num} and I'd like that to be clear.",
        "We've been doing this for {num} years now, and it still feels new.",
        "What matters to me is that nobody feels rushed.",
        "Does that make sense?",
        "Maybe we just keep it shorter 🙂",
        "The photos were taken by {name} in the garden.",
        "About {num} families have already signed up for the autumn course.",
        "I think the first version is already lovely.",
        "My daughter said you understand straight away what it's about.",
        "One can never be quite sure, of course.",
        "Let's settle it on {day}.",
    ],
}
ENGLISH_FILL = {
    **FILL,
    "topic": "birth classes|baby massage|home visits|postnatal care|open evenings".split("|"),
    "time": ["10am", "2:30", "half past four", "9:15"],
    "day": "Monday Tuesday Wednesday Thursday Friday".split(),
    "name": "Anna Tom Priya Ellie Sam Grace Oliver Ruth".split(),
}
VOICES = {("de", "warm"): WARM, ("de", "formal"): FORMAL, ("en", "warm"): ENGLISH}


def _fill(template: str, rng: random.Random, fill: dict[str, list[str]]) -> str:
    """The template with every {slot} replaced by a random filler."""
    out = template
    while "{" in out:
        start = out.index("{")
        end = out.index("}", start)
        out = out[:start] + rng.choice(fill[out[start + 1 : end]]) + out[end + 1 :]
    return out


def make_mail(rng: random.Random, lang: str = "de", voice: str = "warm") -> str:
    """One generated mail of MIN_WORDS..MAX_WORDS words in `voice`."""
    style = VOICES[(lang, voice)]
    fill = ENGLISH_FILL if lang == "en" else FILL
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    lines = [_fill(rng.choice(style["greeting"]), rng, fill), ""]
    paragraph: list[str] = []
    words = 0
    while words < target:
        sentence = _fill(rng.choice(style["sentences"]), rng, fill)
        if words:  # after the greeting's comma the first sentence may start lower case
            sentence = sentence[0].upper() + sentence[1:]
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) >= rng.randint(3, 6):
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines += [" ".join(paragraph), ""]
    lines.append(_fill(rng.choice(style["signoff"]), rng, fill))
    return "\n".join(lines)


def make_passages(
    n_words: int, lang: str = "de", seed: int = 1, voice: str = "warm"
) -> list[Passage]:
    """Generated mails as passages until they hold at least `n_words` words (by spaces)."""
    rng = random.Random(seed)
    passages: list[Passage] = []
    total = 0
    while total < n_words:
        text = make_mail(rng, lang, voice)
        total += len(text.split())
        passages.append(
            Passage(len(passages) + 1, text, lang, KIND_EMAIL, f"mail{len(passages) + 1}.txt")
        )
    return passages
