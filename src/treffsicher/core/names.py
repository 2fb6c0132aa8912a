"""People's names in her text: colleagues, family and clients are not words of her voice.

Signature words must not list "Merle", "Deniz" or "Tom": they are who she writes to or
about, not how she writes. A capitalised token counts as a name when

- it stands in a greeting or sign-off line (core.signature_words.find_body_range);
- it follows a title, a family or a work relation ("Frau Berg", "meine Kollegin Merle",
  "my husband Tom", "Tante Lotte");
- it reports what someone said or thinks without an article in front ("Deniz meinte",
  "Sanne hat gesagt", "Tom said") or stands next to "ich"/"I" ("Merle und ich", "me and Tom");
- it is one of the common first names in core/wordlists/first_names.txt and she never
  writes it in lower case (so "Rose" the flower and "mark" the verb stay words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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
TRIGGERS = RELATIONS | REPORTING | PERFECT_AUX | AND_WORDS
# Words in front of a capitalised word that make it a noun, not a name ("Die Studie sagt").
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen mein meine meinen meinem dein"
    " deine unser unsere euer eure ihr ihre sein seine kein keine jede jeder jedes diese"
    " dieser dieses the a an my our your his her their this that every".split()
)
NAME_RE = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")


def find_context_names(texts: Sequence[str]) -> set[str]:
    """Return the lower-cased names that a relation, a reporting verb or "ich" marks in a
    passage's tokens (see module doc). Only tokens that can trigger are looked at."""
    names: set[str] = set()
    last = len(texts) - 1
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
            if texts[i + 1] in I_WORDS and is_name(before):
                names.add(before.lower())
            if before.lower() in ("ich", "me") and is_name(texts[i + 1]):
                names.add(texts[i + 1].lower())
    return names - DETERMINERS


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
