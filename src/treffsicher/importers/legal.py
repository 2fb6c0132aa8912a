"""Legal pages and sections of a website or document: not her voice.

An imprint, a privacy policy, terms and conditions or a cancellation policy are written by
a lawyer or a generator, in the formal „Sie“ and long nominal sentences. Imported with her
website they would be her longest texts and pull her profile towards them. They are stored
(the user sees them and can take one back with `treffsicher passage include`), but left out
of her voice like a passage she excluded herself.

A page is legal when its title or first heading is one of LEGAL_HEADINGS („Impressum“,
„Datenschutzerklärung für …“, "Privacy Policy"): then every section of it is. On another
page, a section is legal when its own heading is one (a short heading: her FAQ answer
under „Datenschutz ist mir wichtig“ is hers).
Why: docs/decisions/0024-text-that-is-not-her-voice.md.
"""

from __future__ import annotations

import re

# German and English headings of legal texts, matched at the start of a heading of at most
# MAX_HEADING_CHARS characters (numbering and marks stripped first).
LEGAL_HEADINGS = (
    r"impressum|datenschutz\w*|agb|allgemeine geschäftsbedingungen|geschäftsbedingungen|"
    r"widerruf\w*|haftungsausschluss|nutzungsbedingungen|rechtliche hinweise|"
    r"rechtliches|cookie-?\w*|barrierefreiheitserklärung|erklärung zur barrierefreiheit|"
    r"privacy(?: policy| notice| statement)?|terms(?: and conditions| of service| of use)?|"
    r"legal notice|legal|imprint|disclaimer|accessibility statement"
)
# After the legal term only its qualifier may follow („für Kundinnen“, „(AGB)“, „& Datenschutz“,
# "of Pike Pottery"): „Datenschutz ist mir wichtig“ is her own heading.
LEGAL_TAIL = r"(?:\s*(?:[&/,(:–-]|(?:und|and|für|for|der|des|von|of|the|gemäß|nach)\b).*)?"
LEGAL_HEADING_RE = re.compile(rf"(?i)(?:{LEGAL_HEADINGS}){LEGAL_TAIL}")
MAX_HEADING_CHARS = 60
HEADING_MARKS_RE = re.compile(r"^[\s#*_\d.)§-]+")
TITLE_RE = re.compile(r"(?is)<title[^>]{0,200}>([^<]{0,300})</title>")
TITLE_SEPARATORS_RE = re.compile(r"\s+[|–—·•-]\s+|\s*[|»]\s*")
TITLE_HEAD_CHARS = 20_000  # the <title> stands in the page's head


def is_legal_heading(heading: str) -> bool:
    """True for the heading of a legal text („Impressum“, "3. Privacy Policy")."""
    text = HEADING_MARKS_RE.sub("", heading).strip().rstrip(":.")
    if not text or len(text) > MAX_HEADING_CHARS:
        return False
    return LEGAL_HEADING_RE.fullmatch(text) is not None


def is_legal_title(page: str) -> bool:
    """True when the page's <title> names a legal page („Impressum | Praxis Kellermann“,
    "Privacy Policy – Pike Pottery"): any of its parts between separators."""
    match = TITLE_RE.search(page[:TITLE_HEAD_CHARS])
    if match is None:
        return False
    return any(is_legal_heading(part) for part in TITLE_SEPARATORS_RE.split(match.group(1)))


def legal_spans(notes: list[str], page_is_legal: bool = False) -> list[bool]:
    """Which of a source's sections are legal text, given their heading notes in order (a
    note may join a page title and a subheading: „Datenschutzerklärung / 1. Auf einen
    Blick“)."""
    first = next((note.split(" / ")[0] for note in notes if note), "")
    if page_is_legal or is_legal_heading(first):
        return [True] * len(notes)
    return [bool(note) and is_legal_heading(note.split(" / ")[-1]) for note in notes]
