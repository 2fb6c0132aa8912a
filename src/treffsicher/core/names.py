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
from collections.abc import Iterable

from treffsicher.core.wordlists import load_wordlist

NAME = r"([A-ZÄÖÜ][a-zäöüßéèáàçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
RELATIONS = (
    r"Frau|Herr|Herrn|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Tante|Onkel|Oma|Opa|Kollegin|Kollege"
    r"|Kollegen|Chefin|Chef|Schwester|Bruder|Tochter|Sohn|Mann|Nachbarin|Nachbar|Freundin"
    r"|Freund|Cousine|Cousin|Nichte|Neffe|Schwägerin|Schwager|Schwiegermutter|Kundin|Kunde"
    r"|Mitarbeiterin|Mitarbeiter|Praktikantin|Praktikant|Azubi|Partnerin|Partner|Hebamme"
    r"|husband|wife|partner|son|daughter|sister|brother|colleague|boss|friend|mum|mom|dad"
    r"|aunt|auntie|uncle|nan|gran|grandma|grandpa|niece|nephew|cousin|neighbour|neighbor"
    r"|client|customer|assistant|apprentice|intern|Aunt|Uncle|Auntie|Nan|Gran"
)
RELATION_RE = re.compile(rf"\b(?:{RELATIONS})\s+{NAME}")
REPORT_RE = re.compile(
    rf"{NAME}\s+(?:meinte|meint|sagt|sagte|fragt|fragte|findet|fand|erzählt|erzählte|nennt"
    r"|schreibt|schrieb|hat (?:gesagt|gemeint|gefragt|erzählt|geschrieben)|said|says|asked"
    r"|told|thinks|thought|reckons|wrote|mentioned)\b"
)
WITH_I_RE = re.compile(rf"{NAME}\s+(?:und ich|and I)\b|\b(?:ich und|me and)\s+{NAME}")
# Words in front of a capitalised word that make it a noun, not a name ("Die Studie sagt").
DETERMINERS = frozenset(
    "der die das den dem des ein eine einer eines einem einen mein meine meinen meinem dein"
    " deine unser unsere euer eure ihr ihre sein seine kein keine jede jeder jedes diese"
    " dieser dieses the a an my our your his her their this that every".split()
)


def find_context_names(text: str) -> set[str]:
    """Return the lower-cased names that a relation, a reporting verb or "ich" marks."""
    names = {m.group(1).lower() for m in RELATION_RE.finditer(text)}
    for m in REPORT_RE.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()].split()
        if not before or before[-1].lower() not in DETERMINERS:
            names.add(m.group(1).lower())
    for m in WITH_I_RE.finditer(text):
        names.add((m.group(1) or m.group(2)).lower())
    return names - DETERMINERS


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
