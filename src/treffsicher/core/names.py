"""People's names in her text: colleagues, family and clients are not words of her voice.

Signature words must not list "Merle", "Deniz" or "Tom": they are who she writes to or
about, not how she writes. A capitalised token counts as a name when

- it stands in a greeting or sign-off line (core.signature_words.find_body_range);
- it follows a title, a family or a work relation ("Frau Berg", "meine Kollegin Merle",
  "my husband Tom", "Tante Lotte");
- it reports what someone said or thinks without an article in front ("Deniz meinte",
  "Sanne hat gesagt", "Tom said") or stands next to "ich"/"I" ("Merle und ich", "me and Tom");
- it is one of the common first names in core/wordlists/first_names.txt and she never
  writes it in lower case (so "Rose" the flower and "mark" the verb stay words);
- in English, it owns something ("Ruby's cake": a word she never writes in lower case)
  or follows "with", "to", "for", "from", "ask", "tell" or "thanks" inside a sentence
  ("with Jess");
- it is listed with a name ("Kathi, Wastl und Leni", "Pete, Jess and Ruby"): see
  spread_over_lists.

Her own inflections of a name count with it: "Merles", "Tom's".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from treffsicher.core.wordlists import load_wordlist

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

RELATIONS = frozenset(
    "Frau Herr Herrn Dr. Prof. Mr Mr. Mrs Mrs. Ms Ms. Miss Tante Onkel Oma Opa Kollegin Kollege"
    " Kollegen Chefin Chef Schwester Bruder Tochter Sohn Mann Nachbarin Nachbar Freundin Freund"
    " Cousine Cousin Nichte Neffe Schwägerin Schwager Schwiegermutter Kundin Kunde"
    " Mitarbeiterin Mitarbeiter Praktikantin Praktikant Azubi Partnerin Partner Hebamme"
    " husband wife partner son daughter sister brother colleague boss friend mum mom dad"
    " aunt auntie uncle nan gran grandma grandpa niece nephew cousin neighbour neighbor"
    " client customer assistant apprentice intern Aunt Uncle Auntie Nan Gran".split()
)
REPORTING = frozenset(
    "meinte meint sagt sagte fragt fragte findet fand erzählt erzählte nennt schreibt schrieb"
    " said says asked told thinks thought reckons wrote mentioned".split()
)
PERFECT_AUX = frozenset({"hat"})
PERFECT_REPORTING = frozenset({"gesagt", "gemeint", "gefragt", "erzählt", "geschrieben"})
AND_WORDS = frozenset({"und", "and"})
I_WORDS = frozenset({"ich", "I"})
# English words after which a capitalised word inside a sentence is a proper name.
EN_BEFORE_NAME = frozenset({"with", "to", "for", "from", "ask", "asked", "tell", "thanks"})
TRIGGERS = RELATIONS | REPORTING | PERFECT_AUX | AND_WORDS | EN_BEFORE_NAME
LIST_COMMA = ","
# A name's own inflections: German genitive ("Merles"), English possessive ("Tom's").
NAME_ENDINGS = ("s", "'s", "’s")
POSSESSIVE_ENDINGS = ("'s", "’s")
# Words in front of a capitalised word that make it a noun, not a name ("Die Studie sagt").
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen mein meine meinen meinem dein"
    " deine unser unsere euer eure ihr ihre sein seine kein keine jede jeder jedes diese"
    " dieser dieses the a an my our your his her their this that every".split()
)
NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")


def find_context_names(
    texts: Sequence[str],
    groups: list[frozenset[str]] | None = None,
    sentence_starts: Callable[[], Sequence[int]] | None = None,
) -> set[str]:
    """Return the lower-cased names that a relation, a reporting verb, "ich" or an English
    preposition marks in one passage's tokens (see module doc): find_names_in_rows for a
    single passage. Lists of capitalised words joined by "und"/"and" ("Kathi, Wastl und
    Leni") go to `groups` for spread_over_lists; `sentence_starts` gives the first token
    of each sentence (asked only when a list may be found; without it the passage is one
    sentence).
    """
    import numpy as np

    numbers: dict[str, int] = {}
    tokens = np.fromiter(
        (numbers.setdefault(text, len(numbers)) for text in texts), dtype=np.int64, count=len(texts)
    )
    return find_names_in_rows(
        list(numbers),
        tokens,
        np.zeros(1, dtype=np.int64),
        lambda: np.asarray(sentence_starts() if sentence_starts is not None else [0], np.int64),
        groups,
    )


def find_names_in_rows(
    surfaces: Sequence[str],
    tokens: npt.NDArray[np.signedinteger[Any]],
    passage_starts: npt.NDArray[np.int64],
    sentence_starts: Callable[[], npt.NDArray[np.int64]],
    groups: list[frozenset[str]] | None = None,
) -> set[str]:
    """find_context_names of many passages at once, vectorised (speed: one look at each
    token in numpy instead of one Python call per token and passage).

    `tokens` are the tokens of all passages in a row, as indices into `surfaces`;
    `passage_starts` the index of each passage's first token (ascending);
    `sentence_starts()` the ascending indices of the tokens that start a sentence (asked
    only when a list may be found). No rule looks across a passage's edges.
    """
    import numpy as np

    n = len(tokens)
    if n == 0:
        return set()
    is_trigger = np.fromiter(map(TRIGGERS.__contains__, surfaces), np.bool_, len(surfaces))
    at = np.flatnonzero(is_trigger[tokens])
    if len(at) == 0:
        return set()
    bounds = np.append(np.asarray(passage_starts, dtype=np.int64), n)
    passage = np.searchsorted(bounds[:-1], at, side="right") - 1  # last of equal starts
    first, stop = bounds[passage], bounds[passage + 1]
    has_prev, has_next, has_two = at > first, at + 1 < stop, at - 2 >= first
    cur = tokens[at]
    nxt = tokens[np.minimum(at + 1, n - 1)]  # meaningful where has_next
    prv = tokens[np.maximum(at - 1, 0)]  # where has_prev
    prv2 = tokens[np.maximum(at - 2, 0)]  # where has_two
    # What the rules ask of a word, for the words that stand at or next to a trigger.
    near = np.unique(np.concatenate((cur, nxt, prv, prv2)))
    words = [surfaces[i] for i in near.tolist()]

    def flag(values: Iterable[bool]) -> npt.NDArray[np.bool_]:
        out = np.zeros(len(surfaces), dtype=np.bool_)
        out[near] = np.fromiter(values, np.bool_, len(words))
        return out

    lowered = [w.lower() for w in words]
    name = flag(map(is_name, words))
    after_det = has_two & flag(map(DETERMINERS.__contains__, lowered))[prv2]
    reporting = flag(map(REPORTING.__contains__, words))[cur] | (
        flag(map(PERFECT_AUX.__contains__, words))[cur]
        & has_next
        & flag(map(PERFECT_REPORTING.__contains__, words))[nxt]
    )
    joining = flag(map(AND_WORDS.__contains__, words))[cur] & has_prev & has_next
    english = flag(map(EN_BEFORE_NAME.__contains__, words))[cur] & has_prev & has_next
    found = [
        nxt[flag(map(RELATIONS.__contains__, words))[cur] & has_next & name[nxt]],
        prv[reporting & has_prev & name[prv] & ~after_det],
        prv[joining & flag(map(I_WORDS.__contains__, words))[nxt] & name[prv]],
        nxt[joining & flag(w in ("ich", "me") for w in lowered)[prv] & name[nxt]],
        # "went with Jess", not "To Anna," at the start of a line ("I" is no name)
        nxt[english & flag(w[:1].isalpha() for w in words)[prv] & name[nxt]],
    ]
    if groups is not None:
        _find_lists(surfaces, tokens, at[joining], first[joining], sentence_starts, groups)
    ids = np.unique(np.concatenate(found)).tolist()
    return {surfaces[i].lower() for i in ids} - DETERMINERS


def _find_lists(
    surfaces: Sequence[str],
    tokens: npt.NDArray[np.signedinteger[Any]],
    at: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    sentence_starts: Callable[[], npt.NDArray[np.int64]],
    groups: list[frozenset[str]],
) -> None:
    """Add to `groups`, in order, find_list's lists around the "und"/"and" at each token
    index of `at` (each with a token on both sides; `first`: its passage's first token)."""
    import numpy as np

    upper = np.fromiter((s[:1].isupper() for s in surfaces), np.bool_, len(surfaces))
    keep = upper[tokens[at + 1]] & upper[tokens[at - 1]]  # find_list's cheap test first
    at, first = at[keep], first[keep]
    if len(at) == 0:
        return
    begin, starts = first, sentence_starts()
    if len(starts):  # the sentence of each "und", never before its passage
        before = np.maximum(np.searchsorted(starts, at, side="right") - 1, 0)
        begin = np.maximum(starts[before], first)
    # What find_list asks of the words around each "und", decided at once; it runs itself
    # only where a comma before them may lead back to more of a longer list.
    nxt, prv = tokens[at + 1], tokens[at - 1]
    back, back2 = tokens[np.maximum(at - 2, 0)], tokens[np.maximum(at - 3, 0)]
    near = np.unique(np.concatenate((nxt, prv, back, back2)))
    words = [surfaces[t] for t in near.tolist()]
    lowered = dict(zip(near.tolist(), (w.lower() for w in words), strict=True))

    def flag(values: Iterable[bool]) -> npt.NDArray[np.bool_]:
        out = np.zeros(len(surfaces), dtype=np.bool_)
        out[near] = np.fromiter(values, np.bool_, len(words))
        return out

    name = flag(map(is_name, words))
    listed = (at > begin) & name[nxt] & name[prv]
    longer = (at - 3 >= begin) & flag(w == LIST_COMMA for w in words)[back] & name[back2]
    nouns = (at - 2 >= first) & flag(lowered[t] in DETERMINERS for t in near.tolist())[back]
    lows = np.maximum(begin - 1, first)  # find_list reads from the token before the sentence
    pick = np.flatnonzero(listed)
    for i, start, lo, walk, noun, after, before in zip(
        *(values[pick].tolist() for values in (at, begin, lows, longer, nouns, nxt, prv)),
        strict=True,
    ):
        if walk:
            window = [surfaces[t] for t in tokens[lo : i + 2].tolist()]
            group = find_list(window, i - lo, start - lo)
        elif noun:
            continue  # "die Zirbe und Eiche"
        else:
            group = frozenset((lowered[after], lowered[before]))
        if group:
            groups.append(group)


def find_list(texts: Sequence[str], i: int, first: int = 0) -> frozenset[str]:
    """The capitalised words listed around the "und"/"and" at token i ("Kathi, Wastl und
    Leni" → kathi, wastl, leni), none with an article, none before token `first` (the
    start of the sentence); empty unless all are name-like."""
    last = len(texts) - 1
    if i <= first or i == last or not (texts[i + 1][:1].isupper() and texts[i - 1][:1].isupper()):
        return frozenset()  # the cheap test first: most "und" join lower-case words
    if not is_name(texts[i + 1]) or not is_name(texts[i - 1]):
        return frozenset()
    members = [texts[i + 1], texts[i - 1]]
    j = i - 2
    while j - 1 >= first and texts[j] == LIST_COMMA and is_name(texts[j - 1]):
        members.append(texts[j - 1])
        j -= 2
    if j >= 0 and texts[j].lower() in DETERMINERS:
        return frozenset()  # "die Zirbe und Eiche": nouns
    return frozenset(m.lower() for m in members)


def spread_over_lists(names: set[str], groups: Iterable[frozenset[str]]) -> set[str]:
    """Return the names plus every word listed together with one ("Kathi, Wastl und Leni"
    with "Leni" a name makes all three names); lists of nouns without a name stay."""
    found = set(names)
    pending = [g for g in groups if not g <= found]
    changed = True
    while changed and pending:
        changed = False
        rest = []
        for group in pending:
            if group & found:
                found |= group
                changed = True
            else:
                rest.append(group)
        pending = rest
    return found


def find_possessive_names(surfaces: Iterable[str]) -> set[str]:
    """Return the lower-cased English names among possessives she writes ("Ruby's",
    "Pete’s"): a capitalised word before "'s" that she never writes in lower case."""
    forms = set(surfaces)
    found = set()
    for form in forms:
        if form.endswith(POSSESSIVE_ENDINGS) and form[:1].isupper():
            base = form[:-2]
            if is_name(base) and base.lower() not in forms:
                found.add(base.lower())
    return found


def with_inflections(names: Iterable[str]) -> set[str]:
    """The names and their own inflections ("merle" → "merles", "tom" → "tom's")."""
    return {name + ending for name in names for ending in ("", *NAME_ENDINGS)}


def is_name(token: str) -> bool:
    """True for a capitalised word that can be a first name ("Merle", "Anne-Marie")."""
    return NAME_RE.fullmatch(token) is not None


def find_listed_names(surfaces: Iterable[str]) -> set[str]:
    """Return the lower-cased first names among capitalised word forms that she never
    writes in lower case (`surfaces`: every distinct word form of her text)."""
    forms = set(surfaces)
    first_names = load_wordlist("first_names")
    return {
        form.lower()
        for form in forms
        if form[:1].isupper() and form.lower() in first_names and form.lower() not in forms
    }
