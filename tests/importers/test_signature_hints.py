"""The literal hints that spare most lines the slow footer and tagline searches: every
string the patterns match holds a hint, so the gated checks answer as the patterns do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.importers.signatures import (
    LEGAL_CASED_HINT,
    LEGAL_HINTS,
    LEGAL_RE,
    LEGAL_WEAK_RE,
    TAGLINE_HINTS,
    TAGLINE_MAX_WORDS,
    TAGLINE_RE,
    cut_signature,
    is_legal_line,
    is_tagline,
    may_hold,
)

LINES = [
    "Geschäftsführerin: Johanna Kellermann",
    "GESCHÄFTSFÜHRUNG: Anna Berg",
    "Vorstand: Dr. Tobias Brandt",
    "Registergericht: Amtsgericht Lindenfeld",
    "Handelsregister : HRB 12345",
    "Amtsgericht Lindenfeld HRB 12345",
    "Kellermann GmbH, HRA 99",
    "USt-IdNr.: DE123456789",
    "UStID DE 123456789",
    "Umsatzsteuer-Identifikationsnummer: DE123",
    "Steuernummer: 12/345/67890",
    "Datenschutzhinweise: www.hebamme-lindenfeld.de/datenschutz",
    "Diese E-Mail enthält vertrauliche Informationen.",
    "This email and any attachments are confidential.",
    "CONFIDENTIALITY NOTICE",
    "Company registered in England and Wales, No. 123",
    "Registered office: 1 Harbour Road",
    "VAT No.: GB123",
    "If you are not the intended recipient, please tell us.",
    "Intended solely for the addressee.",
    "The information contained in this message is private.",
    "Disclaimer: none",
    "Haftungsausschluss: keiner",
    "Wenn Sie nicht der richtige Adressat sind, löschen Sie sie.",
    "Sollten Sie diese E-Mail irrtümlich erhalten haben, melden Sie sich.",
    "Sitz der Gesellschaft Lindenfeld",
    "Geschäftsführer Johanna Kellermann",
    "Informationen zum Datenschutz finden Sie hier",
    "Virenfrei. www.avast.com",
    "Virus-free. www.avg.com",
    "Checked for viruses by Avira",
    "Diese E-Mail wurde auf Viren geprüft",
    "Anti-Virus: ok",
    "Sent with Mailtrack",
    "Powered by Zoho",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    "Please consider the environment before printing this email.",
    "Think before you print this",
    "This message and any attachments are private.",
    "If you have received it in error, please delete it.",
    "Intended for the named recipient only.",
    "Pike's Bakery Ltd is registered in England and Wales.",
    "Company No. 01234567",
    "VAT Reg No. GB 123 4567 89",
    "A registered charity in England and Wales",
    "The contents of this email are confidential.",
    "Any views or opinions expressed in this email are the author's.",
    "Diese E-Mail ist vertraulich und nur für den Empfänger bestimmt.",
    "Der Inhalt dieser Nachricht ist vertraulich und ausschließlich für Sie.",
    "Falls Sie nicht der richtige Adressat sind, löschen Sie sie.",
    "Wenn Sie diese E-Mail irrtümlich erhalten haben, melden Sie sich.",
    "Ausschließlich für den genannten Empfänger bestimmt.",
    "Firmenbuchnummer: FN 123456a",
    "UID: ATU12345678",
    "CHE-123.456.789 MWST",
    "This email has been scanned by the Harbourmail service.",
    # Her own sentences near those words: no match.
    "Our company number is on the invoice.",
    "Diese E-Mail ist vertraulich, bitte nicht weiterleiten.",
    "I think I received it in error at first.",
    # The patterns' IGNORECASE matches "ı" and "ſ" to i and s; the hints must not miss them.
    "Vırenfrei",
    "Poweređ by",
    "Diſclaimer: none",
    "Geſchäftsführer: Anna",
    # Her own words: no hint, no match.
    "Ich war heute beim Amt und habe die Unterlagen abgegeben.",
    "Liebe Grüße",
    "Die Fotos schicke ich dir morgen.",
    "",
]


def legal_by_pattern(line: str) -> bool:
    """The check without hints, as it was written first."""
    if LEGAL_RE.search(line):
        return True
    return not line.endswith((".", "!", "?")) and LEGAL_WEAK_RE.search(line) is not None


def tagline_by_pattern(line: str) -> bool:
    """The check without hints."""
    return len(line.split()) <= TAGLINE_MAX_WORDS and TAGLINE_RE.search(line) is not None


@pytest.mark.parametrize("line", LINES)
def test_gated_checks_answer_as_the_patterns(line: str) -> None:
    assert is_legal_line(line) == legal_by_pattern(line)
    assert is_tagline(line) == tagline_by_pattern(line)


def test_the_hand_written_lines_hit_both_sides() -> None:
    # The table is worth something only if it holds matches and non-matches of each.
    legal = [legal_by_pattern(line) for line in LINES]
    tagline = [tagline_by_pattern(line) for line in LINES]
    assert any(legal)
    assert not all(legal)
    assert any(tagline)
    assert not all(tagline)


@settings(max_examples=400, deadline=None)
@given(st.from_regex(LEGAL_RE))
def test_every_legal_match_holds_a_hint(text: str) -> None:
    assert may_hold(text, LEGAL_HINTS, LEGAL_CASED_HINT)


@settings(max_examples=400, deadline=None)
@given(st.from_regex(LEGAL_WEAK_RE))
def test_every_weak_legal_match_holds_a_hint(text: str) -> None:
    assert may_hold(text, LEGAL_HINTS, LEGAL_CASED_HINT)


@settings(max_examples=400, deadline=None)
@given(st.from_regex(TAGLINE_RE))
def test_every_tagline_match_holds_a_hint(text: str) -> None:
    assert may_hold(text, TAGLINE_HINTS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*LINES, "Hallo Anna,", "-- ", "Johanna", " "]), max_size=12))
def test_cut_signature_is_unchanged_by_the_hints(lines: list[str]) -> None:
    import treffsicher.importers.signatures as signatures

    gated = cut_signature(list(lines))
    original = signatures.may_hold
    try:
        signatures.may_hold = lambda *_args: True  # every line searched, as before
        searched = cut_signature(list(lines))
    finally:
        signatures.may_hold = original
    assert gated == searched
