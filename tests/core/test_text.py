"""Tests for core.text: normalisation and the language guess on hand-written sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.text import guess_language, guess_language_scores, normalize_text

NORMALIZE_CASES = [
    ("\ufeffHallo", "Hallo"),  # BOM
    ("Zeile eins\r\nZeile zwei\rdrei", "Zeile eins\nZeile zwei\ndrei"),
    ("eins\u2028zwei\u2029drei\x85vier", "eins\nzwei\n\ndrei\nvier"),
    ("Mo\u200bment", "Moment"),  # zero-width space
    ("Wort\u00adtrennung", "Worttrennung"),  # soft hyphen
    ("a\x00b\x07c\x1bd", "abcd"),  # control characters
    ("Tab\tbleibt\nund Zeile auch", "Tab\tbleibt\nund Zeile auch"),
    ("50\u00a0%", "50 %"),  # non-breaking space
    ("z.\u202fB.", "z. B."),  # narrow no-break space
    ("Cafe\u0301", "Café"),  # NFC composes e + combining acute
    ("Cafe\u200b\u0301", "Café"),  # also once the zero-width space is gone
    ("„Hallo“ – sagte sie …", "„Hallo“ – sagte sie …"),  # typography stays
    ('"quoted" -- and...', '"quoted" -- and...'),
    ("👩\u200d💻 und ❤\ufe0f", "👩\u200d💻 und ❤\ufe0f"),  # ZWJ and variation selector stay
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALIZE_CASES)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalize_text_is_idempotent_and_clean(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert not any(ch in once for ch in "\r\ufeff\u200b\u00a0\x00")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_guess_language_returns_a_known_code(text: str) -> None:
    assert guess_language(text) in {"de", "en", "fr", "es", "it", "nl", "und"}


LANGUAGE_CASES = [
    # German, incl. short mails and English loanwords.
    ("Hallo Anna, vielen Dank für deine Nachricht! Ich melde mich morgen bei dir.", "de"),
    ("Das Meeting war super, wir machen ein Follow-up", "de"),
    ("Unser Team bietet Coaching, Marketing und Social-Media-Support für Start-ups an.", "de"),
    (
        "Liebe Frau Berger, anbei schicke ich Ihnen die Unterlagen für den Kurs. Wenn Sie "
        "noch Fragen haben, rufen Sie mich gerne an. Viele Grüße, Johanna",
        "de",
    ),
    ("Können wir den Call auf Dienstag schieben? Das Deadline-Thema ist dringend.", "de"),
    ("Hi Anna, kurzes Update: das Meeting ist verschoben, Call am Montag. LG Jonas", "de"),
    ("Anbei das Briefing fürs Shooting, Feedback gerne bis Freitag.", "de"),
    # Regional and spoken German in short mails and chats (Bavarian, Swiss, Northern,
    # Rhineland, colloquial): their own function words, not the standard ones.
    ("Servus Lisa, des Angebot passt scho. Mia ham am Freitag Zeit. Pfiat di, Vroni", "de"),
    ("Griaß di, i hob des heid no ned gschafft. Morgn schau i's ma o, gell?", "de"),
    ("Servus! Des mit de Fotos is a Schmarrn, de moch ma neu. Bassd scho.", "de"),
    ("Hoi Lisa, das isch super gsi! Merci vielmal und bis bald, Ursi", "de"),
    ("Moin moin! Jo, kannst so machen. Is gut so. Hauke", "de"),
    ("Tach Lisa, dat is jot jeworden. Mer maache dat esu. Tschö, Kalle", "de"),
    ("Hey, hab's mir grad angeschaut, find ich super! Nur das Foto is nich so dolle.", "de"),
    # English, incl. German place names.
    ("Hi Anna, thanks for your message. I will call you tomorrow morning.", "en"),
    ("We met in München and talked about the new website for the bakery.", "en"),
    ("Please find the Angebot attached, the Preise are in euros.", "en"),
    (
        "Dear Mr Smith, please find attached the offer we discussed. Let me know if you have "
        "any questions. Best regards, Johanna",
        "en",
    ),
    ("Hiya, looks great ta! Can we chat Friday? Morwenna x", "en"),
    ("Hey guys, we are gonna be late, sorry!", "en"),
    # Short English in the first person stays English („i“, „is“ are no German words here).
    ("I know, I know. I is a letter.", "en"),
    ("Is it on? I am here.", "en"),
    # French, Spanish, Italian, Dutch.
    ("Bonjour Madame, je vous remercie pour votre message et je vous appelle demain.", "fr"),
    ("C'est une très bonne idée, nous allons travailler sur le projet cette semaine.", "fr"),
    ("Hola Ana, muchas gracias por tu mensaje. Te llamo mañana por la tarde.", "es"),
    ("La reunión es el lunes y hablamos de la nueva página web con el equipo.", "es"),
    ("Ciao Anna, grazie per il tuo messaggio. Ti chiamo domani mattina.", "it"),
    ("Il progetto è molto interessante e vorrei parlare con te della situazione.", "it"),
    ("Hallo Anna, bedankt voor je bericht. Ik bel je morgen om tien uur.", "nl"),
    ("Het is een mooi huis en wij willen het graag kopen voor de zomer.", "nl"),
    # The regional German words other languages share stay theirs.
    ("Ciao Marco, ma non ho ancora visto il file. Mia sorella dice che è bello.", "it"),
    ("Sei sicuro? Io non lo so, ma ci vediamo alle tre.", "it"),
    ("Hoi Sanne, dat is net wat ik bedoelde. Wat vind jij ervan? Groetjes, Bram", "nl"),
    ("Ik heb het net gezien, het is echt mooi geworden. Dank je wel!", "nl"),
    ("Je ne sais pas, mais on peut se voir au café à midi.", "fr"),
    # Too short or unclear.
    ("", "und"),
    ("Danke!", "und"),
    ("OK 👍", "und"),
    ("https://www.example.de/kontakt", "und"),
    ("12.03.2025 10:30 Uhr", "und"),
    ("Привет, как дела? Я позвоню тебе завтра утром.", "und"),
    ("Obrigado pela mensagem, falo contigo amanhã de manhã.", "und"),  # Portuguese
    ("Dziękuję bardzo, do zobaczenia jutro w biurze.", "und"),  # Polish
    ("Team Building Workshop Agenda", "und"),  # no function word at all
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_CASES)
def test_guess_language(text: str, expected: str) -> None:
    assert guess_language(text) == expected


def test_guess_language_mixed_halves_is_undetermined() -> None:
    # Hand count: de wir, sind, nicht + half of "hier" (also Dutch) = 3.5;
    # en are, not, here + half of "we" (also Dutch) = 3.5. A tie is no lead.
    text = "Wir sind nicht hier. We are not here."
    assert guess_language(text) == "und"


def test_guess_language_scores_rank_german_first() -> None:
    scores = guess_language_scores("Wir sehen uns am Montag und sprechen über den Kurs.")
    assert next(iter(scores)) == "de"
    assert set(scores) == {"de", "en", "fr", "es", "it", "nl"}
    assert all(value >= 0.0 for value in scores.values())


def test_guess_language_scores_empty_text_is_zero() -> None:
    assert set(guess_language_scores("").values()) == {0.0}


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aeijlnoqcdz'’ äöüßçèêëîœñ¿¡òùó.,\n1_-")) | st.characters(),
        max_size=80,
    )
)
def test_letter_cues_are_counted_as_the_cue_regexes_count_them(text: str) -> None:
    from treffsicher.core.text import CUE_RES, count_cues

    lower = text.lower()
    assert count_cues(lower) == {lang: len(r.findall(lower)) for lang, r in CUE_RES.items()}


@pytest.mark.parametrize(
    "text",
    ["l'été c'est qu'il", "la nación, naciones, acción", "la stazione, stazioni, zionismo", "ijs"],
)
def test_letter_cues_of_each_language_match_the_regexes(text: str) -> None:
    from treffsicher.core.text import CUE_RES, count_cues

    assert count_cues(text) == {lang: len(r.findall(text)) for lang, r in CUE_RES.items()}


# The language counting as it was written first (one Counter over all words, the cues by
# CUE_RES): the faster count_language_hits must give the very same floats and guesses.
def reference_language_hits(text: str) -> tuple[dict[str, float], int]:
    from collections import Counter

    from treffsicher.core.text import (
        CUE_RES,
        CUE_WEIGHT,
        LANGUAGES,
        MAX_CHARS,
        WORD_RE,
        load_function_words,
    )

    lower = text[:MAX_CHARS].lower().replace("’", "'")
    counts = Counter(WORD_RE.findall(lower))
    table = load_function_words()
    hits = dict.fromkeys(LANGUAGES, 0.0)
    for word, n in counts.items():
        entry = table.get(word)
        if entry is None and "'" in word:
            entry = table.get(word.split("'", 1)[0])
        if entry is not None:
            for lang, weight in entry:
                hits[lang] += n * weight
    for lang, pattern in CUE_RES.items():
        hits[lang] += CUE_WEIGHT * len(pattern.findall(lower))
    return hits, sum(counts.values())


LANGUAGE_SENTENCES = [
    "Ich habe dir die Unterlagen gestern noch geschickt, schau sie dir bitte in Ruhe an.",
    "Wir können das gern am Donnerstag besprechen, wenn es dir passt.",
    "Über die Grüße von Jürgen habe ich mich sehr gefreut, das ist schön.",
    "Das Meeting war super, wir machen ein Follow-up mit dem Team.",
    "I sent you the notes yesterday, could you have a look when you get a chance?",
    "We'll talk about it on Thursday if that's fine with you and the team.",
    "It isn't the first time that they've asked for this, is it?",
    "Je t'ai envoyé les documents hier, c'est pour la réunion de l'équipe.",
    "Nous pouvons en parler jeudi si cela te convient, qu'en penses-tu ?",
    "Te envié los documentos ayer, ¿puedes revisarlos para la reunión?",
    "La solución está en la información que nos dio el señor de la estación.",
    "Ti ho mandato i documenti ieri, però la riunione è già finita.",
    "La stazione è vicina, le informazioni sono nella nostra relazione.",
    "Ik heb je de documenten gisteren gestuurd, kijk er rustig naar als je tijd hebt.",
    "Wij kunnen het donderdag bespreken, het is mijn idee en jouw keuze.",
    "Danke!",
    "ok ok",
    "Termin 14:30, Raum 2.07 – bis dann",
    "l'amour d'été, qu'il s'en aille",
    "Die Firma's Website und Andrea's Idee",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(LANGUAGE_SENTENCES)
        | st.sampled_from([" ".join(s.split()[i::3]) for s in LANGUAGE_SENTENCES for i in range(3)])
        | st.text(alphabet=st.sampled_from(list("aeijlnoqcdz'’ äöüßçèêëîœñ¿¡òù.,\n")), max_size=30),
        max_size=12,
    ).map(" ".join)
)
def test_language_hits_equal_the_reference_counting(text: str) -> None:
    from treffsicher.core.text import count_language_hits

    hits, n_words = count_language_hits(text)
    expected_hits, expected_words = reference_language_hits(text)
    assert n_words == expected_words
    assert list(hits.items()) == list(expected_hits.items())  # the very same floats
    assert guess_language(text) == reference_guess(text)


@pytest.mark.parametrize("sentence", LANGUAGE_SENTENCES)
def test_language_hits_of_each_sentence_equal_the_reference(sentence: str) -> None:
    from treffsicher.core.text import count_language_hits

    mixed = f"{sentence}\n\n{LANGUAGE_SENTENCES[0]}"
    for text in (sentence, sentence.upper(), sentence * 3, mixed):
        assert count_language_hits(text) == reference_language_hits(text)
        assert guess_language(text) == reference_guess(text)


def reference_guess(text: str) -> str:
    """guess_language as first written: a stable sort of the reference hits."""
    from treffsicher.core.text import MIN_HITS, MIN_LEAD, MIN_SHARE, MIN_WORDS

    hits, n_words = reference_language_hits(text)
    if n_words < MIN_WORDS:
        return "und"
    ranked = sorted(hits.items(), key=lambda item: -item[1])
    (best, best_hits), (_, second_hits) = ranked[0], ranked[1]
    if best_hits < MIN_HITS or best_hits < MIN_SHARE * n_words:
        return "und"
    if best_hits < MIN_LEAD * second_hits:
        return "und"
    return best


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin es und du bist es und er ist es",
        "the the and and der der die die",
        "in in in in in",
        "es es es es",
        "de de de la la la",
        "en en en het het",
        "und and und and und and",
        "ßßß äää the the and",
        "ij ij ij de de",
    ],
)
def test_guess_with_ties_and_close_races_equals_the_reference(text: str) -> None:
    assert guess_language(text) == reference_guess(text)


def reference_normalize(text: str) -> str:
    """normalize_text as it was first written: every pattern over every text."""
    import unicodedata

    from treffsicher.core.text import DROP_RE, LINE_END_RE, NBSP_RE

    text = LINE_END_RE.sub("\n", text).replace("\u2029", "\n\n")
    text = NBSP_RE.sub(" ", DROP_RE.sub("", text))
    return unicodedata.normalize("NFC", text)


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ae äöü\n\r\t\x00\x07\x85\x9f\xa0\xad\u200b\u200d\u2028\u2029\u202f\ufeff\u0308")
        )
        | st.characters(),
        max_size=40,
    )
)
def test_normalize_text_equals_the_reference(text: str) -> None:
    assert normalize_text(text) == reference_normalize(text)


@pytest.mark.parametrize(
    "char",
    list(
        "\r\n\t\x00\x07\x0b\x1b\x7f\x85\x9f\xa0\xad\u2007\u200b\u200d\u2028\u2029\u202f\u2063\ufeff"
    ),
)
def test_each_special_character_alone_is_cleaned_as_by_the_reference(char: str) -> None:
    for text in (f"Grüße{char}Anna", char, f"e\u0301{char}", f"{char}\u0301"):
        assert normalize_text(text) == reference_normalize(text)
