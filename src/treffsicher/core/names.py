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

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, count

from treffsicher.core.wordlists import load_wordlist

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
    preposition marks in a passage's tokens (see module doc). Only tokens that can trigger
    are looked at. Lists of capitalised words joined by "und"/"and" ("Kathi, Wastl und
    Leni") go to `groups` for spread_over_lists; `sentence_starts` gives the first token
    of each sentence (asked only when a list may reach back into the line before).
    """
    names: set[str] = set()
    last = len(texts) - 1
    starts: Sequence[int] | None = None
    # The trigger positions in C (compress over a map), a fifth cheaper than a list
    # comprehension over every token (speed).
    for i in list(compress(count(), map(TRIGGERS.__contains__, texts))):
        token = texts[i]
        if token in RELATIONS and i < last and is_name(texts[i + 1]):
            names.add(texts[i + 1].lower())
        before = texts[i - 1] if i > 0 else ""
        reporting = token in REPORTING or (
            token in PERFECT_AUX and i < last and texts[i + 1] in PERFECT_REPORTING
        )
        if reporting and is_name(before) and (i < 2 or texts[i - 2].lower() not in DETERMINERS):
            names.add(before.lower())
        if token in AND_WORDS and 0 < i < last:
            if groups is not None:
                if starts is None and i > 1 and texts[i - 2] == LIST_COMMA:
                    starts = sentence_starts() if sentence_starts is not None else ()
                first = starts[max(bisect.bisect_right(starts, i) - 1, 0)] if starts else 0
                group = find_list(texts, i, first)
                if group:
                    groups.append(group)
            if texts[i + 1] in I_WORDS and is_name(before):
                names.add(before.lower())
            if before.lower() in ("ich", "me") and is_name(texts[i + 1]):
                names.add(texts[i + 1].lower())
        if token in EN_BEFORE_NAME and i < last and i > 0 and before[:1].isalpha():
            following = texts[i + 1]
            if following != "I" and is_name(following):
                names.add(following.lower())  # "went with Jess", not "To Anna," at a start
    return names - DETERMINERS


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
