"""No-go mentions: rejected words are found with her sentence and replacement, usage is not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core import nogo
from treffsicher.core.models import NoGo, Passage
from treffsicher.core.nogo import (
    NoGoMention,
    find_mentions,
    find_nogo_in,
    find_own_uses,
    mask_mentions,
    mask_text,
)
from treffsicher.core.profile import build_profile

REJECTIONS = [
    # (language, text, [(term, replacement)])
    (
        "de",
        "Welche Wörter willst du nie lesen? — „Wellness-Oase“. „Rundum-sorglos“. „Kundenerlebnis“.",
        [("Wellness-Oase", ""), ("Rundum-sorglos", ""), ("Kundenerlebnis", "")],
    ),
    (
        "de",
        "Welche Wörter magst du nicht lesen?\n„Wohlfühl-Paket“\n„Auszeit vom Alltag“\n"
        "Sonst passt es.",
        [("Wohlfühl-Paket", ""), ("Auszeit vom Alltag", "")],
    ),
    (
        "de",
        "Ehrlich: das Wort „Behandlungsangebot“ kann ich nicht mehr hören.",
        [("Behandlungsangebot", "")],
    ),
    (
        "de",
        "„Ganzheitlich“ – so redet bei uns niemand. Schreib lieber: mit Kopf und Bauch.",
        [("Ganzheitlich", "mit Kopf und Bauch")],
    ),
    ("de", "Der Satz mit dem „Premium-Service“ muss raus.", [("Premium-Service", "")]),
    (
        "de",
        "Bitte kein „Rundum-sorglos-Paket“, sag lieber „alles aus einer Hand“.",
        [("Rundum-sorglos-Paket", "alles aus einer Hand")],
    ),
    ("de", "Wir sagen nie „Patientinnen“, sondern „Frauen“.", [("Patientinnen", "Frauen")]),
    ("de", "Schreib lieber „Familien“ statt „Zielgruppe“.", [("Zielgruppe", "Familien")]),
    ("de", "An zwei Stellen steht „Sie“ statt „du“.", [("Sie", "du")]),
    ("en", "Please write 'mugs' instead of 'vessels'.", [("vessels", "mugs")]),
    ("de", "Das Wort Kundenerlebnis mag ich gar nicht.", [("Kundenerlebnis", "")]),
    (
        "de",
        "Da steht „Leistungsspektrum“. Leistungsspektrum! Wer sagt denn so was?",
        [("Leistungsspektrum", "")],
    ),
    (
        "de",
        "Kannst du „Spende erwünscht“ weglassen? Das klingt so fordernd.",
        [("Spende erwünscht", "")],
    ),
    ("de", "Bitte nicht „Frau Kellermann“ in den Text.", [("Frau Kellermann", "")]),
    (
        "en",
        "You say \"comfortable clothing\". I'd say: wear something you don't love.",
        [("comfortable clothing", "wear something you don't love")],
    ),
    ("en", "They call it 'wellness'. Nobody talks like that here.", [("wellness", "")]),
    ("en", "Please don't say ‘bespoke’.", [("bespoke", "")]),
    ("en", '"Passionate about clay" has to go.', [("Passionate about clay", "")]),
    ("en", 'We never call it a "treatment". Call it a session.', [("treatment", "a session")]),
    ("en", "I hate the word synergy.", [("synergy", "")]),
    ("en", "We never call it treatment, we call it a session.", [("treatment", "session")]),
    ("en", "Honestly, 'world-class' makes me cringe.", [("world-class", "")]),
]

USAGE = [
    ("de", "Ich freue mich auf die „Familienzeit“ mit euch."),
    ("de", "Ich kann dir gar nicht sagen, wie sehr mich euer „Willkommen“ gefreut hat."),
    ("de", "Kein Problem, wir machen das am Freitag."),
    ("de", "Unsere Kurse heißen „Ankommen“ und „Durchatmen“."),
    ("en", "Our customers love the 'Sunday box'."),
    ("de", "Wir nennen es „Ankommen“. Das mag ich sehr."),
    ("de", "Du schreibst „Familienzeit“. Ich liebe das Wort."),
    ("de", "Ich bin eher der Typ „Setz dich, ich mach uns einen Tee“."),
    ("en", 'You said "slow Sundays". That is lovely.'),
    ("en", "I don't think we need a new logo."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REJECTIONS)
def test_rejected_terms_are_found_with_her_replacement(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = find_mentions(text, lang)
    assert [(m.term, m.replacement) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start : mention.end].strip() == mention.term
        assert mention.sentence.strip()
        assert mention.sentence in text


@pytest.mark.parametrize(("lang", "text"), USAGE)
def test_quoted_or_negated_usage_is_no_mention(lang: str, text: str) -> None:
    assert find_mentions(text, lang) == []


def test_masking_keeps_offsets_and_removes_only_the_term() -> None:
    text = "Das Wort „Behandlungsangebot“ kann ich nicht mehr hören. Sonst gut."
    masked = mask_mentions(text, find_mentions(text))
    assert len(masked) == len(text)
    assert "Behandlungsangebot" not in masked
    assert masked.endswith("kann ich nicht mehr hören. Sonst gut.")
    _masked, spans = mask_text(text)
    assert spans == [(0, text.index(" Sonst"))]


def test_a_draft_use_is_found_in_inflected_forms() -> None:
    nogo = NoGo("Wellness-Oase", "„Wellness-Oase“ mag ich nicht.")
    text = "Willkommen in unserer Wellness-Oase! Unsere Wellness-Oasen sind groß. Wellness tut gut."
    found = find_nogo_in(text, [nogo])
    assert [text[s:e] for s, e, _n in found] == ["Wellness-Oase", "Wellness-Oasen"]


def test_her_own_uses_leave_out_rejections_negations_and_she() -> None:
    text = (
        '"Passionate about clay" has to go. I\'m not passionate about clay. '
        "Sie hat gesagt, ich soll „Sie“ nicht schreiben. Darf ich Sie einladen? "
        "Last year I was passionate about clay, honestly."
    )
    nogos = [NoGo("Passionate about clay"), NoGo("Sie")]
    uses = [(nogo.term, sentence) for nogo, sentence in find_own_uses(text, nogos, "de")]
    assert uses == [
        ("Sie", "Darf ich Sie einladen?"),
        ("Passionate about clay", "Last year I was passionate about clay, honestly."),
    ]


def test_how_others_name_something_is_no_use_of_hers() -> None:
    text = (
        "Every place with a chalkboard calls itself artisan now. "
        "Gegenüber hat jetzt ein sogenanntes Wohlfühlpaket im Fenster. "
        "Our artisan bread sells out by ten."
    )
    nogos = [NoGo("artisan", lang="en"), NoGo("Wohlfühlpaket")]
    uses = [(nogo.term, sentence) for nogo, sentence in find_own_uses(text, nogos, "en")]
    assert uses == [("artisan", "Our artisan bread sells out by ten.")]


def her_mails() -> list[Passage]:
    rejecting = (
        "Liebe Lena,\nwelche Wörter ich nie lesen will? „Wellness-Oase“. „Wellness-Oase“ "
        "und „Kundenerlebnis“. Das Wort „Wellness-Oase“ kann ich echt nicht mehr hören.\n"
        "Herzlich, Sabine"
    )
    usual = (
        "Liebe Lena,\nbei uns geht es ruhig zu. Die Frauen kommen zum Durchatmen, und "
        "Durchatmen ist das Wichtigste. Wir trinken Tee und reden.\nHerzlich, Sabine"
    )
    passages = [Passage(1, rejecting, "de", "email", "mail-1.txt")]
    passages += [Passage(i, usual, "de", "email", f"mail-{i}.txt") for i in range(2, 6)]
    passages += [Passage(6, rejecting.replace("Liebe", "Hallo"), "de", "email", "mail-6.txt")]
    passages += [Passage(7, rejecting.replace("echt", "wirklich"), "de", "email", "mail-7.txt")]
    return passages


def test_rejected_words_are_not_her_signature_words_or_examples() -> None:
    profile = build_profile(her_mails()).languages["de"]
    terms = {t.term.lower() for t in profile.signature_terms}
    assert "durchatmen" in terms  # her own word is found …
    assert not any("wellness" in term or "kundenerlebnis" in term for term in terms)
    for summary in profile.features.values():
        for example in summary.examples:
            assert "Wellness" not in example.text
            assert "nicht mehr hören" not in example.text


def test_her_rejected_buzzwords_do_not_silence_the_buzzword_note() -> None:
    from treffsicher.core.check import check_draft

    hates = (
        "Liebe Lena,\nbitte nie „innovativ“, „ganzheitlich“, „maßgeschneidert“ oder "
        "„Synergie“. Das Wort „nachhaltig“ kann ich nicht mehr hören. „Exzellent“ – so redet "
        "bei uns niemand. Wir backen Brot, mehr nicht. Morgens um fünf geht der Ofen an, "
        "und dann riecht die ganze Straße nach Kruste.\nHerzlich, Uta"
    )
    usual = (
        "Liebe Lena,\nheute war viel los. Die Kinder haben wieder nach den Zimtschnecken "
        "gefragt, und ich habe ihnen die krummen geschenkt. Am Samstag mache ich mehr "
        "Roggenbrot, das war schon um zehn weg. Schreib gern, wenn du Fragen hast.\nHerzlich, Uta"
    )
    passages = [Passage(i, hates if i % 2 else usual, "de", "email", f"m{i}") for i in range(12)]
    her = build_profile(passages)
    assert her.languages["de"].features["buzzword_rate_per_100_words"].typical == 0
    draft = "Unsere innovative Bäckerei bietet ganzheitliche, maßgeschneiderte Lösungen."
    result = check_draft(draft, her, "web", name="Uta", lang="de")
    codes = {reason.code for note in result.sentence_notes for reason in note.reasons}
    assert "buzzword" in codes
    nogo = NoGo("innovativ", "bitte nie „innovativ“", "", "de")
    with_nogo = check_draft(draft, her, "web", name="Uta", lang="de", no_gos=[nogo])
    [note] = with_nogo.sentence_notes
    assert note.reasons[0].code == "nogo"
    assert "bitte nie „innovativ“" in note.reasons[0].text


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "Welche Wörter würden Sie nie verwenden – und warum?",
            "Wellness-Oase, Auszeit vom Alltag und Kundenerlebnis.",
            ["Wellness-Oase", "Auszeit vom Alltag", "Kundenerlebnis"],
        ),
        (
            "Welche Wörter würden Sie nie verwenden – und warum?",
            "Premium, exklusiv, weil wir das nicht sind",
            ["Premium", "exklusiv"],
        ),
        (
            "Welche Wörter würden Sie nie verwenden – und warum?",
            "„Wellness“ – klingt nach Spa. Und „Rundum-sorglos“, weil das keiner glaubt.",
            ["Wellness", "Rundum-sorglos"],
        ),
        (
            "Which words would you never use, and why?",
            "- artisanal\n- bespoke\n- curated - too posh",
            ["artisanal", "bespoke", "curated"],
        ),
        ("Wer sind Ihre Kundinnen und Kunden?", "Familien und Großeltern.", []),
        ("Welche Wörter sagen Sie ständig?", "Bauchgefühl, ehrlich gesagt", []),
    ],
)
def test_listed_answers_to_a_question_about_rejected_words(
    question: str, answer: str, expected: list[str]
) -> None:
    from treffsicher.core.nogo import find_listed_terms

    assert [m.term for m in find_listed_terms(answer, question)] == expected


def find_mentions_every_sentence(text: str, lang: str) -> list[NoGoMention]:
    """find_mentions as first written: every sentence of split_sentences in turn (the
    reference for the faster loop, which visits only sentences with a term or quote), on
    the text with her wrapped lines joined, as find_mentions reads it."""
    text = nogo.join_wrapped_lines(text)
    starts = sorted(
        [m.start() for m in nogo.QUOTE_RE.finditer(text)]
        + [m.start() for m in nogo.NAMED_TERM_RE.finditer(text)]
    )
    if not starts:
        return []
    sentences = nogo.split_sentences(text)
    mentions: list[NoGoMention] = []
    listing = None
    for index, sentence in enumerate(sentences):
        if listing is not None and nogo.is_list_sentence(sentence):
            for start, end, term in nogo.find_quoted_terms(sentence):
                mentions.append(NoGoMention(start, end, term, listing.text, "", lang))
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        listing = sentence if following and nogo.opens_list(sentence, following) else None
        if listing is not None or not nogo.any_between(starts, sentence.start, sentence.end):
            continue
        found = nogo._mentions_in(text, sentence, lang) or nogo._mentions_by_context(
            text, sentences, index, lang
        )
        replacement = nogo._replacement_after(sentences, index, found)
        if replacement:
            found = [nogo._with_replacement(m, replacement) for m in found]
        mentions.extend(found)
    return nogo._dedupe(mentions)


# Pieces of her mails that start, open, continue or end lists and judge or replace terms.
PIECES = [
    *(text for _lang, text, _expected in REJECTIONS),
    *(text for _lang, text in USAGE),
    "Welche Wörter willst du nie lesen?",
    "Bitte nie:",
    "„Wellness-Oase“.",
    "„Auszeit“ und „Kundenerlebnis“",
    "- „Rundum-sorglos“",
    "Wer sagt denn so was?",
    "Schreib lieber: mit Kopf und Bauch.",
    "I'd say: a session.",
    "Das Wort Auszeit",
    "Danke dir! ",
    "Liebe Grüße",
    # Apostrophes inside words open no quote (the loop skips them); after a space they do.
    "don't ",
    "I'd rather you didn't write 'bespoke'. ",
    "Kund'innen ",
    "'curated'",
    "it's",
    "'x' ",
    '"',
    "„",
    "?",
    ":",
    ".",
    " ",
    "\n",
    "\n\n",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["de", "en"]))
def test_find_mentions_equals_checking_every_sentence(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    assert find_mentions(text, lang) == find_mentions_every_sentence(text, lang)


def walk_sentences(sentences: nogo._Sentences, key: int | None, step: str) -> list[int]:
    """The keys from `key` on, following sentences.next or sentences.previous."""
    keys = []
    while key is not None:
        keys.append(key)
        key = getattr(sentences, step)(key)
    return keys


def check_lazy_sentences(text: str) -> None:
    """_Sentences, read line by line, gives split_sentences(text): walked forwards from
    its first sentence and backwards from its last, found from any offset, and the
    sentences following each."""
    expected = nogo.split_sentences(text)
    sentences = nogo._Sentences(text)
    found = [sentences.find(position) for position in range(len(text))]
    keys = sorted({key for key in found if key is not None})
    assert [sentences.get(key) for key in keys] == expected
    if keys:
        assert walk_sentences(sentences, keys[0], "next") == keys
        assert walk_sentences(sentences, keys[-1], "previous") == keys[::-1]
    for index, key in enumerate(keys):
        assert sentences.following(key, 2) == expected[index + 1 : index + 3]
    for position, key in enumerate(found):
        # The sentence whose match holds the offset: its stripped text or the whitespace
        # and quote marks around it.
        holding = [s for s in expected if s.start <= position < s.end]
        if holding:
            assert key is not None
            assert sentences.get(key) == holding[0]
        if key is None:
            assert not holding
    # Asked for in another order (the lines are read on demand): the same answers.
    shuffled = nogo._Sentences(text)
    assert [shuffled.find(p) for p in reversed(range(len(text)))] == found[::-1]


def test_lazy_sentences_equal_split_sentences() -> None:
    text = " Welche Wörter?!\n\n  „Wellness-Oase“. ..  „Auszeit“ \n Sonst gut.“ Ende"
    check_lazy_sentences(text)
    check_lazy_sentences("Please don't say 'bespoke'.\n\n\n   \nI'd say: a session!\n")
    check_lazy_sentences("\n\nHallo.“Welt\n. ? Nein!!\n")
    check_lazy_sentences("")
    # Gaps of blank lines, whitespace and lines of marks only, longer than one look back.
    gap = " \n\t\n\u2028\n" * 120 + "...\n" + "\n" * 300
    check_lazy_sentences(f"Hallo „Anna“.{gap}Wer sagt denn so was?{gap}  „Auszeit“ \n{gap}")


SENTENCE_PIECES = ["Wort", "word", " ", "  ", "\n", "\n\n", ".", "?!", "…", "„", "“", '"', "'", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16))
def test_lazy_sentences_equal_split_sentences_generated(pieces: list[str]) -> None:
    check_lazy_sentences("".join(pieces))


FOLDED = [
    (nogo.REJECT_FOLDED, nogo.REJECT_ANY),
    (nogo.FOLLOW_CUE_FOLDED, nogo.FOLLOW_CUE_RE),
    (nogo.CORRECTION_FOLDED, nogo.CORRECTION_RE),
]


def first_chars(items: list[tuple[object, object]]) -> set[str] | None:
    """The characters a match of the parsed pattern can start with (None: any)."""
    from re import _constants as c  # the parser's own op codes

    found: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        if op is c.LITERAL:
            return found | {chr(av)}
        if op is c.IN and all(o is c.LITERAL for o, _ in av):
            return found | {chr(x) for _, x in av}
        if (op is c.SUBPATTERN and zero_width(av[3].data)) or (
            op is c.BRANCH and all(zero_width(alt.data) for alt in av[1])
        ):
            continue  # a group of lookarounds only: „(?:(?<=, )|(?<=und ))nicht“
        if op is c.SUBPATTERN:
            more = first_chars(av[3].data)
            return None if more is None else found | more
        if op is c.BRANCH:
            for alternative in av[1]:
                more = first_chars(alternative.data)
                if more is None:
                    return None
                found |= more
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            more = first_chars(av[2].data)
            if more is None:
                return None
            found |= more
            if av[0] >= 1:
                return found
            continue
        return None
    return None


def zero_width(items: list[tuple[object, object]]) -> bool:
    """True when the parsed pattern consumes no character (anchors and lookarounds)."""
    from re import _constants as c

    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN and zero_width(av[3].data):
            continue
        if op is c.BRANCH and all(zero_width(alt.data) for alt in av[1]):
            continue
        return False
    return True


def literal_letters(items: list[tuple[object, object]]) -> set[str]:
    """Every letter the parsed pattern matches literally (in sets too)."""
    from re import _constants as c

    found: set[str] = set()
    for op, av in items:
        if op is c.LITERAL and chr(av).isalpha():
            found.add(chr(av))
        elif op is c.IN:
            for o, x in av:
                if o is c.LITERAL and chr(x).isalpha():
                    found.add(chr(x))
                elif o is c.RANGE:
                    found.update(chr(i) for i in range(x[0], x[1] + 1) if chr(i).isalpha())
        for sub in av if isinstance(av, (list, tuple)) else ():
            if hasattr(sub, "data"):
                found |= literal_letters(sub.data)
            elif isinstance(sub, list):
                for alt in sub:
                    if hasattr(alt, "data"):
                        found |= literal_letters(alt.data)
    return found


@pytest.mark.parametrize(("folded", "original"), FOLDED, ids=["reject", "follow", "correction"])
def test_folded_cue_regex_starts_where_a_match_can_start(
    folded: re.Pattern[str], original: re.Pattern[str]
) -> None:
    from re import _parser

    lookahead = re.compile(folded.pattern[: folded.pattern.index("])") + 2].replace("?=", ""))
    allowed = {chr(i) for i in range(0x3000) if lookahead.fullmatch(chr(i))}
    starts = first_chars(_parser.parse(original.pattern).data)
    assert starts is not None
    assert starts <= allowed, starts - allowed
    # Lower case only, so that the folded twin matches what (?i) matches.
    letters = literal_letters(_parser.parse(original.pattern).data)
    assert letters
    assert all(ch == ch.lower() for ch in letters)


def test_odd_case_lists_every_character_lower_does_not_fold_like_re() -> None:
    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    any_letter = re.compile(f"(?i)[{letters}]")
    word, space = re.compile(r"\w"), re.compile(r"\s")
    odd = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            odd.append(ch)
            continue
        if any_letter.fullmatch(ch) or low in letters:
            if any((re.fullmatch(f"(?i){c}", ch) is not None) != (low == c) for c in letters):
                odd.append(ch)
                continue
        if (word.match(ch) is None) != (word.match(low) is None) or (space.match(ch) is None) != (
            space.match(low) is None
        ):
            odd.append(ch)
    assert odd == ["İ", "ı", "ſ"]
    assert all(nogo.ODD_CASE_RE.fullmatch(ch) for ch in odd)


@pytest.mark.parametrize(
    "text", ["", "Das Wort „Auszeit“", "İstanbul", "Kadıköy", "Faſt", "the ſ word", "ıİ", "ǅ ß ẞ"]
)
def test_has_odd_case_is_the_regex_search(text: str) -> None:
    assert nogo.has_odd_case(text) == (nogo.ODD_CASE_RE.search(text) is not None)


CASED_PIECES = [
    *PIECES,
    "DAS WORT „X“ KANN ICH NICHT MEHR HÖREN.",
    "Bitte NIE „Auszeit“ schreiben!",
    "WER SAGT DENN SO WAS?",
    "Du Schreibst „Y“.",
    "You SAID 'z'.",
    "Furchtbar!",
    "ſtreich das.",
    "İch haſſe das.",
    "HASSE",
    "Nobody Talks Like That.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CASED_PIECES), max_size=8))
def test_folded_cue_search_equals_case_insensitive_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    for folded, original in FOLDED:
        assert nogo.search_folded(folded, original, text) == (original.search(text) is not None)


def test_named_term_heads_start_every_alternative() -> None:
    pattern = nogo.NAMED_TERM_RE.pattern
    alternation = pattern[pattern.index(r"\b(?:") + len(r"\b(?:") : pattern.index(r")\s+")]
    alternatives, depth, current = [], 0, ""
    for ch in alternation:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += ch
    alternatives.append(current)
    assert len(alternatives) == len(nogo.NAMED_TERM_HEADS)
    for alternative in alternatives:
        literal = re.split(r"[(\\\[?*+{]", alternative)[0]
        assert literal == literal.lower()
        assert any(literal.startswith(head) for head in nogo.NAMED_TERM_HEADS), literal


NAMED_PIECES = [
    "Das Wort ",
    "das wort ",
    "DER BEGRIFF ",
    "the Term ",
    "Call it ",
    "call them a ",
    "SAY ",
    "say",
    "Essay ",
    "Auszeit",
    "Kundenerlebnis ",
    "„X“",
    "-",
    "3",
    " ",
    "\n",
    ". ",
    "İ",
    "ſay ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NAMED_PIECES), max_size=10))
def test_named_term_starts_equal_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [m.start() for m in nogo.NAMED_TERM_RE.finditer(text)]
    assert nogo.find_named_term_starts(text) == expected


# Pieces around quote characters: nested, unclosed, after letters (don't), across lines,
# longer than QUOTE_RE's 80 characters.
QUOTE_PIECES = [*"„“”‚‘’»«\"'", " ", "\n", "a", "Wort", "don't", ".", "x" * 79, "—"]


@given(st.lists(st.sampled_from(QUOTE_PIECES), max_size=14))
def test_quote_starts_equal_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [m.start() for m in nogo.QUOTE_RE.finditer(text)]
    quote_chars = [m.start() for m in nogo.QUOTE_CHAR_RE.finditer(text)]
    assert nogo.find_quote_starts(text, quote_chars) == expected
    opening = [m.start() for m in nogo.QUOTE_OPEN_RE.finditer(text)]
    assert nogo.find_quote_starts(text, opening) == expected


@given(st.lists(st.sampled_from([*QUOTE_PIECES, "l'", "x'y", "_'"]), max_size=14))
def test_every_quote_of_a_sentence_starts_at_an_opening_mark(pieces: list[str]) -> None:
    # The mention loop visits only sentences with an opening mark (QUOTE_OPEN_RE): any
    # quote find_quoted_terms can find in a sentence must start at one.
    text = "".join(pieces)
    opening = {m.start() for m in nogo.QUOTE_OPEN_RE.finditer(text)}
    for sentence in nogo.split_sentences(text):
        for match in nogo.QUOTE_RE.finditer(sentence.text):
            assert sentence.start + match.start() in opening


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The apostrophe of "don't" opens nothing; the quote after a space does.
        ("Please don't say 'bespoke'. Just say handmade.", "en", [("bespoke", "handmade")]),
        ("We don't want 'curated' on the page, it's too posh.", "en", [("curated", "")]),
        # A list line after the question, its first quote right at the line start.
        (
            "Which words would you never use?\n'artisanal', 'curated'",
            "en",
            [("artisanal", ""), ("curated", "")],
        ),
        # The term at the very start of the text, its closing mark before "s".
        ("'Bespoke' makes me cringe.", "en", [("Bespoke", "")]),
        (
            "Bitte nicht „Kund'innen“ schreiben, lieber „Kundschaft“.",
            "de",
            [("Kund'innen", "Kundschaft")],
        ),
        ("Wir sind's leid: 'Wellness-Oase' muss raus.", "de", [("Wellness-Oase", "")]),
        # Only apostrophes inside words: no quote, no mention.
        ("Don't worry, it's fine and we're on time.", "en", []),
        ("Geht's dir gut? Ich hab's gelesen.", "de", []),
    ],
)
def test_apostrophes_in_words_are_skipped_quotes_are_not(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    mentions = find_mentions(text, lang)
    assert [(m.term, m.replacement) for m in mentions] == expected
    assert mentions == find_mentions_every_sentence(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Wort „Auszeit“ und 'Oase'.", [9, 23]),
        ("„a „b“ c“", [3]),  # „a „ cannot close: the match starts at the inner „
        ("don't 'say' it", [6]),
        ("„offen\nzu“", []),
    ],
)
def test_quote_starts_by_hand(text: str, expected: list[int]) -> None:
    quote_chars = [m.start() for m in nogo.QUOTE_CHAR_RE.finditer(text)]
    assert nogo.find_quote_starts(text, quote_chars) == expected


# Pieces of cues and of ordinary sentences: joined at random they hit and miss the cues,
# their beginnings, ends and word boundaries.
CUE_PIECES = [
    # the alternatives group_by_first_letter unfolds: a group, \b or quotes first
    "sag",
    "Ansagen ",
    "schreibt ",
    "lesen",
    "nie ",
    "Niemals ",
    "never ",
    "reads ",
    "said ",
    "statt ",
    "anstelle von ",
    "instead of ",
    "redet ",
    "keiner so",
    " nein",
    " no.",
    "ist ",
    "nicht geht",
    "no-go",
    "tabu",
    "Stabu",
    "verboten",
    "nichts zu suchen",
    "gar nicht erst",
    "kommt mir nicht auf",
    "peinlich",
    "rollen sich mir die",
    "off-limits",
    "overused",
    "banned",
    "unbanned",
    "naff",
    "drop ",
    "cheesy",
    "leave out",
    "steer clear",
    "hasse",
    ", nicht ",
    "und nicht ",
    "Nicht ",
    ", not a ",
    "but never ",
    "„",
    "“",
    "'",
    '"',
    "Fellnase",
    "Hundesalon",
    " nein.",
    " no, ",
    " no longer",
    " ja",
    "Wir sagen ",
    "Das Wort ",
    " ist ",
    "Bitte ",
    "please don't forget",
    "please don't ",
    " ",
    ".",
    ",",
]


def test_split_alternatives_keeps_groups_and_sets_whole() -> None:
    assert nogo.split_alternatives(r"a(?:b|c)|[|(]x|\|y|z") == [r"a(?:b|c)", r"[|(]x", r"\|y", "z"]
    assert nogo.split_alternatives(r"[]|]a|b") == [r"[]|]a", "b"]


def test_unfolding_keeps_each_alternative_s_matches() -> None:
    assert nogo._unfold(r"\b(?:sag|les)\w*") == [r"s(?<=\bs)ag\w*", r"l(?<=\bl)es\w*"]
    assert nogo._unfold(r"[„“\"]\s*nein") == [r"„\s*nein", r"“\s*nein", r"\"\s*nein"]
    assert nogo._unfold(r"(?:a|b)?c") == [r"(?:a|b)?c"]  # an optional group stays
    assert nogo._unfold(r"[^„]x") == [r"[^„]x"]  # so does a negated set
    assert nogo._unfold(r"[.a-c]x") == [r"[.a-c]x"]  # and a range
    assert nogo._unfold(r"[.?\]]x") == [r"\.x", r"\?x", r"\]x"]  # members stay literal
    for pattern, text, found in [
        (r"\b(?:sag|les)\w*\s+nie", "ansagen nie", False),
        (r"\b(?:sag|les)\w*\s+nie", "„Sagen nie", True),
        (r"\b(?:sag|les)\w*\s+nie", "Wir lesen nie", True),
        (r"(?:statt|anstatt)\s*[„“]", "anstatt „", True),
        (r"(?:statt|anstatt)\s*[„“]", "statt x", False),
    ]:
        plain = re.compile(f"(?i){pattern}").search(text) is not None
        grouped = re.compile(f"(?i){nogo.group_by_first_letter(pattern)}").search(text)
        assert plain == found
        assert (grouped is not None) == found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=10))
def test_grouped_cues_find_what_the_plain_alternation_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(rf"(?i)(?:{nogo.REJECT_DE}|{nogo.REJECT_EN})")
    assert (nogo.REJECT_ANY.search(text) is None) == (plain.search(text) is None)
    assert nogo.has_rejection(text) == (plain.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Bitte nicht „Kundschaft“, das sagt keiner.\neinfach Gäste", "Gäste"),
        ("Bitte nicht „Kundschaft“, das sagt keiner.\nEinfach so.", ""),
        ("Please no 'clientele', nobody talks like that.\nJust do it.", ""),
        ("Please no 'clientele', nobody talks like that.\nJust guests.", "guests"),
    ],
)
def test_a_short_line_after_the_rejection_names_her_word(text: str, replacement: str) -> None:
    mentions = find_mentions(text, "de")
    assert len(mentions) == 1
    assert mentions[0].replacement == replacement


@pytest.mark.parametrize(
    "text",
    [
        "Whatever the 'summer menu' looks like, I'm in.",
        "The delay on the 'Sunday loaf' was unavoidable, sorry.",
    ],
)
def test_a_cue_inside_another_word_rejects_nothing(text: str) -> None:
    assert find_mentions(text, "en") == []


def test_hate_in_its_forms_still_rejects() -> None:
    for text in ("I hate 'bespoke'.", "She hates 'bespoke'.", "I hated 'bespoke'."):
        assert [m.term for m in find_mentions(text, "en")] == ["bespoke"], text


@pytest.mark.parametrize(
    ("lang", "text", "wrong", "right"),
    [
        ("en", "My dad started the shop in 1987, not 1990.", "1990", "1987"),
        ("de", "Der Laden ist von 1987, nicht 1990.", "1990", "1987"),
        ("de", "Das kostet nicht 60 €, sondern 65 €.", "60 €", "65 €"),
        ("de", "Wir öffnen um 7 Uhr, nicht erst um 8 Uhr.", "8 Uhr", "7 Uhr"),
        ("de", "Es sind 19 Jahre, nicht 20 Jahre.", "20 Jahre", "19 Jahre"),
        ("en", "The course is 3 hours, not 2 hours.", "2 hours", "3 hours"),
    ],
)
def test_a_figure_she_corrects_is_found_with_the_right_one(
    lang: str, text: str, wrong: str, right: str
) -> None:
    [mention] = nogo.find_figure_corrections(text, lang)
    assert (mention.term, mention.replacement, mention.kind) == (wrong, right, "figure")
    assert text[mention.start : mention.end] == wrong
    assert mention.sentence == text


@pytest.mark.parametrize(
    "text",
    [
        "Kurse für 6 bis 8, nicht mehr als 10 Personen.",
        "Seite 5 passt, sonst nichts.",
        "Wir sind 2025 nicht umgezogen.",
        "Only 12 places, not all of them booked yet.",
    ],
)
def test_figures_without_a_correction_are_none(text: str) -> None:
    assert nogo.find_figure_corrections(text, "de") == []


# Plain-text mails wrapped by the mail program at 72 characters (written for these tests).
WRAPPED_DE = (
    "Hallo Frau Berg,\n\n"
    "danke für den Entwurf, er gefällt mir schon richtig gut. Nur bitte nicht\n"
    "„Grooming-Studio“ schreiben, wir sind ein ganz normaler Hundesalon und\n"
    "wollen auch so klingen.\n\n"
    "Viele Grüße\nSabine Koch"
)
WRAPPED_EN = (
    "Hi Mia,\n\n"
    'I read the draft twice and the second paragraph is lovely. The "Transform\n'
    "your life\" headline though is exactly what I don't want, nobody changes in\n"
    "an hour.\n\nPriya"
)


def test_a_line_wrapped_by_the_mail_program_is_one_sentence() -> None:
    joined = nogo.join_wrapped_lines(WRAPPED_DE)
    assert len(joined) == len(WRAPPED_DE)
    assert "Nur bitte nicht „Grooming-Studio“ schreiben, wir sind" in joined
    assert "Hundesalon und wollen auch so klingen." in joined
    assert joined.startswith("Hallo Frau Berg,\n\n")  # her own line breaks stay
    assert joined.endswith("\n\nViele Grüße\nSabine Koch")


@pytest.mark.parametrize(
    "text",
    [
        "und bitte nicht „Wassersportbegeisterte“, das sagt keiner\neinfach Surfer",
        "Das ist der erste Satz dieser Nachricht, und er endet mit einem Punkt.\nZweiter Satz",
        "Das sind meine Wünsche für die neue Seite, in dieser Reihenfolge bitte\n- Preise",
        "Eine sehr lange Zeile, die kein Mailprogramm so gelassen hätte, weil sie weit "
        "über achtzig Zeichen hinausgeht und trotzdem weitergeht\nDann die nächste",
        "Sie schrieb mir gestern noch: „Das will ich auf der Seite nicht mehr haben.“\nGut.",
    ],
    ids=["her-word-next-line", "sentence-ends", "list-follows", "too-long", "quote-ends"],
)
def test_her_own_line_breaks_stay(text: str) -> None:
    assert nogo.join_wrapped_lines(text) == text


@pytest.mark.parametrize(
    ("text", "joined_at"),
    [
        (
            "Most of our customers are families who've moved into old terraced houses and "
            "need\ncupboards that fit wonky walls.",
            "and need cupboards",
        ),
        (
            "Die meisten meiner Kundinnen sind Frauen, die nach der Geburt wieder in Bewegung "
            "kommen\nwollen und wenig Zeit haben.",
            "Bewegung kommen wollen",
        ),
    ],
    ids=["en", "de"],
)
def test_a_line_wrapped_wider_than_a_mail_program_goes_on_in_lower_case(
    text: str, joined_at: str
) -> None:
    assert len(text.split("\n")[0]) > nogo.WRAP_WIDTH_MAX
    assert joined_at in nogo.join_wrapped_lines(text)


def test_a_quote_wrapped_over_two_lines_is_still_rejected() -> None:
    de = find_mentions(WRAPPED_DE, "de")
    assert [m.term for m in de] == ["Grooming-Studio"]
    en = find_mentions(WRAPPED_EN, "en")
    assert [m.term for m in en] == ["Transform your life"]
    assert "\n" not in en[0].sentence
    masked, spans = nogo.mask_text(WRAPPED_EN, "en")
    assert "Transform" not in masked
    assert len(masked) == len(WRAPPED_EN)
    assert spans


@pytest.mark.parametrize(
    ("text", "lang", "term", "replacement"),
    [
        (
            'The bit about "bespoke solutions" has to go, nobody talks like that. Just say '
            "we make fitted furniture to measure.",
            "en",
            "bespoke solutions",
            "we make fitted furniture to measure",
        ),
        (
            "Bitte nicht „Manufaktur“, das klingt nach Konzern. Einfach schreib lieber Werkstatt.",
            "de",
            "Manufaktur",
            "Werkstatt",
        ),
        ('Please don\'t call us "artisans".\nJust say', "en", "artisans", ""),
        ("Bitte nicht „Wellness“.\nEinfach sagen", "de", "Wellness", ""),
    ],
    ids=["just-say-clause", "einfach-schreib-lieber", "just-say-alone-en", "einfach-sagen-alone"],
)
def test_a_lead_in_before_her_replacement(
    text: str, lang: str, term: str, replacement: str
) -> None:
    [mention] = find_mentions(text, lang)
    assert (mention.term, mention.replacement) == (term, replacement)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Auf der Startseite steht „Wohlfühloase“. Schrecklich!", ["Wohlfühloase"]),
        ("Im Entwurf steht „Herzensprojekt“. Das ist doch furchtbar.", ["Herzensprojekt"]),
        # an adjective before a noun judges that noun, not the quoted words
        ("Der Verein heißt „Sonne und Meer“. Was für eine schreckliche Nachricht heute.", []),
        ("Sie sprach von „neuen Wegen“. Dann kam das furchtbare Gewitter.", []),
    ],
    ids=["predicative", "predicative-ist", "attributive", "attributive-2"],
)
def test_a_judging_adjective_in_the_next_sentence_must_judge(text: str, terms: list[str]) -> None:
    assert [m.term for m in find_mentions(text, "de")] == terms


# Texts that quote or name a word, with and without rejecting it: the quick test that no
# mention can follow (_may_mention) must skip only texts where the full loop finds none.
QUOTING = [
    ("de", "Kurz noch: die Startseite bitte ohne das Wort „ganzheitlich“ 🙂 Danke dir!", False),
    ("de", "Sie nennt es „Auszeit“. Ich finde das schön.\n\nLiebe Grüße", False),
    ("de", "Das Wort „Heimat“ steht im Titel.\nWie findest du das?", False),
    ("de", "Meine Oma sagte immer ‚Kindchen‘ zu mir. Das war lieb gemeint.", False),
    ("de", "Der Kurs heißt »Rückbildung kompakt«, Anmeldung bis Mai.", False),
    ("de", "Das Wort „Behandlungsangebot“ kann ich nicht mehr hören.", True),
    ("de", "DAS WORT „KUNDENERLEBNIS“ KANN ICH NICHT MEHR HÖREN.", True),
    ("de", "Da steht „Kunde“. Wer sagt denn so was?", True),
    ("de", "Du schreibst „Patientin“.\nIch würde sagen: Frau.", True),
    ("de", "Welche Wörter willst du nie lesen?\n„Wellness-Oase“\n„Auszeit“", True),
    ("de", "„Hundesalon“, nicht „Grooming-Studio“.", True),
    ("de", "Bitte kein „Wohlfühlpaket“ mehr, schreib lieber: Massage.", True),
    ("de", "Sie sagt „Ganzheitlich“. Furchtbar!", True),
    ("de", "İch haſſe das Wort „Oase“.", True),
    ("de", "İstanbul heißt bei uns „die Stadt“, ſo ist das.", False),
    ("en", "We call it the 'summer menu' and people love it.", False),
    ("en", 'She said "lovely" twice. Then we had tea.', False),
    ("en", "Don't forget the 'Sunday loaf' order, please.", False),
    ("en", "Please don't say 'bespoke'. Just say made to order.", True),
    ("en", "The word artisan makes me cringe.", True),
    ("en", "You wrote 'clientele'. I'd say: guests.", True),
    ("en", "They call it 'artisanal'. Nobody talks like that.", True),
    ("en", "Which words would you never use?\n'synergy'\n'leverage'", True),
    ("en", "'Loaf', never 'bread product'.", True),
]


@pytest.mark.parametrize(("lang", "text", "rejects"), QUOTING)
def test_the_quick_test_skips_only_texts_without_a_mention(
    lang: str, text: str, rejects: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = find_mentions(text, lang)
    skipped = []
    with monkeypatch.context() as patch:
        patch.setattr(nogo, "_may_mention", lambda *args: skipped.append(args) or True)
        assert find_mentions(text, lang) == quick
    assert bool(quick) == rejects
    # the quick test ran (the text quotes or names a word) and said "none" where none is
    assert skipped
    sentences, keys, starts = skipped[0]
    assert nogo._may_mention(sentences, keys, starts) == rejects


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CASED_PIECES), max_size=10), st.sampled_from(["de", "en"]))
def test_the_quick_test_changes_no_mention(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    assert find_mentions(text, lang) == find_mentions_every_sentence(text, lang)
