"""Form of address: du / Sie / ihr in German, "you" in English.

German: du-forms are unambiguous. Capitalised Sie/Ihnen/Ihr… inside a sentence is the
formal form. At the start of a sentence (or of direct speech) "Sie"/"Ihr…" may just as well
be "she"/"they"/"her": we resolve it or leave it out, never guess — we count it
only when the same sentence has a formal form inside it and "Sie" is not followed by a
third-person-singular verb ("Sie hat Ihnen geschrieben" = she wrote to you). Plural "ihr"
is counted by euch/euer… and by "ihr" next to a verb form that only the plural has
("habt ihr", "ihr seid"); "ihr" alone is mostly "her" ("ich gebe ihr").

Words inside quotation marks („…“, “…”, "…", »…«) are someone else's: a customer's
sentence she passes on („Eine Mutter schrieb mir: „Du hast mir so geholfen““) or a
testimonial on her website says nothing about how she addresses people, so forms there are
not counted (quoted_spans: a quote ends in its paragraph and is at most QUOTE_MAX_CHARS long).

English "you" cannot tell singular from plural or formal from informal, so English gets
only a "you" rate. Greetings and sign-offs, also of the "address" family, are counted in
core.features.greetings.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from treffsicher.core.features.base import (
    UNIT_CATEGORY,
    UNIT_PER_100_WORDS,
    UNIT_SHARE,
    FeatureSpec,
    PassageStats,
    PreparedText,
    ValueFunction,
    add_sentence_examples,
    ratio,
)
from treffsicher.core.models import WORD

DU_FORMS = frozenset(
    {"du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "deins"}
)
SIE_FORMS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"})
EUCH_FORMS = frozenset({"euch", "euer", "eure", "euren", "eurem", "eurer", "eures", "euers"})
# Verb forms only the 2nd person plural has (habt, seid …): they make "ihr" the address.
IHR_VERBS = frozenset(
    {
        "habt", "seid", "könnt", "wollt", "müsst", "dürft", "sollt", "wisst", "wart",
        "hattet", "wolltet", "konntet", "solltet", "müsstet", "dürftet", "könntet",
        "wüsstet", "würdet", "möchtet", "werdet", "wärt", "wäret", "hättet",
    }
)  # fmt: skip
IHR_FOLLOWERS = frozenset({"lieben", "beiden", "alle", "zwei", "drei"})  # "Hallo ihr Lieben"
# Third person singular after a sentence-initial "Sie": then it is "she", not formal.
THIRD_SINGULAR = frozenset(
    {"hat", "ist", "kann", "wird", "war", "muss", "will", "soll", "darf", "möchte", "hatte",
     "wollte", "konnte", "sollte", "musste", "durfte", "würde", "wäre", "hätte", "mag"}
)  # fmt: skip
# The other lower-case words that may address: euch/euer…, ihr, sie/ihnen/ihr… (classified
# one by one in classify_german_token); with DU_FORMS, every word that may address.
CONTEXT_KEYS = EUCH_FORMS | frozenset(f.lower() for f in SIE_FORMS)
ADDRESS_KEYS = DU_FORMS | CONTEXT_KEYS
# A capitalised word after these starts direct speech or a list item: as ambiguous as a
# sentence start ("Sie fragte: „Haben Sie Zeit?“" — only the second "Sie" is clear).
SPEECH_OPENERS = frozenset({"„", '"', "»", "«", "“", "‚", ":", "(", "-", "–"})
YOU_FORMS = frozenset(
    {"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll", "you'd"}
)
FORMS = ("du", "sie", "ihr")
TOKENS_KEYS = {form: f"address_{form}_tokens" for form in FORMS}
SHARE_FEATURES = {form: f"address_{form}_share" for form in FORMS}
QUOTE_MAX_CHARS = 600
# Inside a quote: no blank line, no other opening mark of its kind (bounded, so a text of
# unpaired marks costs one short scan per mark).
_QUOTED = r"(?:[^{stop}\n]|\n(?![ \t]*\n)){{1,{n}}}"
QUOTED_RE = re.compile(
    "|".join(
        f"{opening}{_QUOTED.format(stop=stop, n=QUOTE_MAX_CHARS)}{closing}"
        for opening, stop, closing in (
            ("„", "„“”", "[“”]"),
            ("“", "„“”", "”"),
            ('"', '"', '"'),
            ("»", "»«", "«"),
            ("«", "»«", "»"),
        )
    )
)
QUOTE_OPENERS = ("„", "“", '"', "»", "«")
# After a sentence-initial "Sie", a lower-case word on -t that is not a verb.
NOT_VERB_T = frozenset({"nicht", "selbst", "jetzt", "erst", "bereits", "sonst", "meist", "fast"})


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the quotations in `text`, in order (module docstring).

    QUOTED_RE.finditer, tried only where an opening mark stands (profile speed): every
    quotation starts with one, and str.find skips to them far faster than the regex.
    """
    present = [mark for mark in QUOTE_OPENERS if mark in text]
    if not present:  # most passages: no scan
        return []
    openers = []
    for mark in present:
        at = text.find(mark)
        while at >= 0:
            openers.append(at)
            at = text.find(mark, at + 1)
    openers.sort()
    spans = []
    end = 0
    match = QUOTED_RE.match
    for at in openers:
        if at >= end:  # finditer goes on after the last quotation
            m = match(text, at)
            if m is not None:
                spans.append(m.span())
                end = m.end()
    return spans


def is_quoted(spans: list[tuple[int, int]], offset: int) -> bool:
    """True if `offset` lies inside one of the ordered, non-overlapping `spans`."""
    k = bisect_right(spans, (offset, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def find_neighbour_word(prepared: PreparedText, i: int, step: int) -> str:
    """Return the lower-case WORD token next to token i in its sentence (or "")."""
    j = i + step
    doc = prepared.doc
    if 0 <= j < len(doc.kinds) and doc.kinds[j] == WORD:
        if prepared.sentence_of[j] == prepared.sentence_of[i]:
            return doc.texts[j].lower()
    return ""


def is_third_singular_after(prepared: PreparedText, i: int) -> bool:
    """True if the word after token i is a third-person-singular verb ("sie hat")."""
    nxt = find_neighbour_word(prepared, i, 1)
    return nxt in THIRD_SINGULAR or (nxt.endswith("t") and nxt not in NOT_VERB_T)


def classify_german_token(prepared: PreparedText, i: int) -> str | None:
    """Return "du", "sie", "ihr", "ambiguous" or None (not an address) for token i."""
    word = prepared.doc.texts[i].lower()
    if word in DU_FORMS:
        return "du"
    if word in EUCH_FORMS:
        return "ihr"
    if word == "ihr":
        before, after = find_neighbour_word(prepared, i, -1), find_neighbour_word(prepared, i, 1)
        if before in IHR_VERBS or after in IHR_VERBS or after in IHR_FOLLOWERS:
            return "ihr"
    texts = prepared.doc.texts
    if texts[i] not in SIE_FORMS:
        return None  # lower-case sie/ihnen/ihr: she, they, her
    if prepared.first_word[prepared.sentence_of[i]] == i or (
        i > 0 and texts[i - 1] in SPEECH_OPENERS
    ):
        return "ambiguous"
    return "sie"


def outside_quotes(
    prepared: PreparedText, positions: list[int], quoted: list[tuple[int, int]] | None = None
) -> list[int]:
    """The positions in `words` (in order) whose words stand outside quotations (`quoted`:
    the text's quoted_spans, when known).

    is_quoted for all of them at once (profile speed): the words' offsets are in order, so
    the words inside a quotation are a slice of them, found by two bisections.
    """
    if not positions:
        return positions
    if quoted is None:
        quoted = quoted_spans(prepared.doc.text)
    if not quoted:
        return positions
    offsets = list(
        map(prepared.doc.starts.__getitem__, map(prepared.word_indices.__getitem__, positions))
    )
    kept: list[int] = []
    done = 0
    for start, end in quoted:
        inside = bisect_left(offsets, start, done)
        kept += positions[done:inside]
        done = bisect_left(offsets, end, inside)
    kept += positions[done:]
    return kept


def count_german_address(prepared: PreparedText, stats: PassageStats) -> None:
    """Count du, Sie and ihr forms and the passage's dominant form (see module docstring)."""
    doc = prepared.doc
    sentence_of, wi = prepared.sentence_of, prepared.word_indices
    du_positions = prepared.find_word_positions(DU_FORMS)
    positions = prepared.find_word_positions(CONTEXT_KEYS)
    if du_positions or positions:
        quoted = quoted_spans(doc.text)
        du_positions = outside_quotes(prepared, du_positions, quoted)
        positions = outside_quotes(prepared, positions, quoted)
    # du-forms are the common case and need no context (as in classify_german_token):
    # they are taken as a whole, the others one by one.
    found = dict.fromkeys(FORMS, 0)
    hits: dict[str, list[int]] = {
        "du": list(map(wi.__getitem__, du_positions)),
        "sie": [],
        "ihr": [],
    }
    found["du"] = len(hits["du"])
    ambiguous: list[int] = []
    formal_sentences: set[int] = set()
    for k in positions:
        i = wi[k]
        form = classify_german_token(prepared, i)
        if form is None:
            continue
        if form == "ambiguous":
            ambiguous.append(i)
            continue
        if form == "sie":
            formal_sentences.add(sentence_of[i])
        found[form] += 1
        hits[form].append(i)
    for i in ambiguous:  # resolved only by a clear formal form in the same sentence
        if sentence_of[i] in formal_sentences and not (
            doc.texts[i] == "Sie" and is_third_singular_after(prepared, i)
        ):
            found["sie"] += 1
    total = sum(found.values())
    stats.add_counts([(TOKENS_KEYS[form], found[form]) for form in FORMS])
    for form in FORMS:
        if hits[form]:
            add_sentence_examples(stats, SHARE_FEATURES[form], prepared, hits[form])
    stats.add("address_tokens", total)
    if total:
        top = max(found.values())
        leaders = [form for form in FORMS if found[form] == top]
        dominant = leaders[0] if len(leaders) == 1 else "mixed"
        stats.add("address_form:" + dominant)
        stats.add("address_form_passages")
        add_sentence_examples(stats, "address_form", prepared, hits.get(dominant, []))


def count_english_address(prepared: PreparedText, stats: PassageStats) -> None:
    """Count you/your/yours… (English cannot tell du from Sie)."""
    sentences, wi = prepared.doc.sentences, prepared.word_indices
    hits = [wi[k] for k in outside_quotes(prepared, prepared.find_word_positions(YOU_FORMS))]
    for i in hits[:8]:
        sent = sentences[prepared.sentence_of[i]]
        stats.add_example("address_you_rate_per_100_words", sent.start, sent.end)
    stats.add("address_you_tokens", len(hits))
    stats.add("address_words", prepared.n_words)


def count(prepared: PreparedText, stats: PassageStats) -> None:
    """Add form-of-address counts for one passage to stats (German and English only)."""
    if prepared.lang == "de":
        count_german_address(prepared, stats)
    elif prepared.lang == "en":
        count_english_address(prepared, stats)


def share_of(key: str) -> ValueFunction:
    """Return a value function: count `key` / all German address forms; None without any."""

    def value(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
        return ratio(counts, key, "address_tokens")

    return value


def you_rate(counts: Mapping[str, float], _lengths: Sequence[int]) -> float | None:
    """you/your/yours… per 100 words (English)."""
    return ratio(counts, "address_you_tokens", "address_words", 100.0)


def share_spec(form: str) -> FeatureSpec:
    """Return the spec of one German form's share among all address forms."""
    return FeatureSpec(
        name=f"address_{form}_share",
        unit=UNIT_SHARE,
        family="address",
        languages=("de",),
        value=share_of(f"address_{form}_tokens"),
        units_key="address_tokens",
    )


SPECS: tuple[FeatureSpec, ...] = (
    share_spec("du"),
    share_spec("sie"),
    share_spec("ihr"),
    FeatureSpec(
        name="address_form",
        unit=UNIT_CATEGORY,
        family="address",
        languages=("de",),
        categories="address_form:",
        units_key="address_form_passages",
    ),
    FeatureSpec(
        name="address_you_rate_per_100_words",
        unit=UNIT_PER_100_WORDS,
        family="address",
        languages=("en",),
        value=you_rate,
        units_key="address_words",
    ),
)
