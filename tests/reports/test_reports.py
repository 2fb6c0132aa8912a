"""Check reports: the HTML page escapes every piece of text and needs nothing external;
the terminal report prints client text literally and highlights noted sentences."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from rich.console import Console

from treffsicher.core.check import check_draft
from treffsicher.core.features import SPECS_BY_NAME
from treffsicher.core.models import (
    Example,
    FeatureSummary,
    LanguageProfile,
    SignatureTerm,
    VoiceProfile,
)
from treffsicher.reports.html import render_check_html, split_draft
from treffsicher.reports.terminal import print_check, print_history
from treffsicher.services.checking import CheckHistory, CheckOutcome, HistoryEntry

EVIL_EXAMPLE = 'Magst du mir kurz Bescheid geben? <img src=x onerror="alert(1)">'
EVIL_NAME = "Ulrike <b>Berger</b>"
DRAFT = (
    "<script>alert('x')</script> Bitte melden Sie sich bei mir. [bold]Fett[/bold] ist "
    "das nicht. Ich freue mich auf die Kurse mit dir."
)


def make_profile() -> VoiceProfile:
    spec = SPECS_BY_NAME["address_form"]
    form = FeatureSummary(
        "address_form", spec.unit, spec.family, 1.0, None, None, 19, 19, {"du": 1.0},
        (Example(3, EVIL_EXAMPLE, "<mail>.txt"),),
    )  # fmt: skip
    term = SignatureTerm("Kursabende <i>", 4, 3, 12.0, (Example(4, EVIL_EXAMPLE),))
    german = LanguageProfile(
        "de", 19, 4000, 400, {"email": 19}, "good", {"address_form": form},
        signature_terms=(term,),
    )  # fmt: skip
    return VoiceProfile({"de": german}, 19, {})


@pytest.fixture
def outcome() -> CheckOutcome:
    result = check_draft(DRAFT, make_profile(), "web", name="Ulrike", lang="de")
    assert result.deviations  # the Sie deviation carries the evil example
    assert result.sentence_notes
    return CheckOutcome(
        client=EVIL_NAME,
        draft_name="<entwurf>.md",
        check_id=7,
        created_at=datetime(2026, 11, 26, 20, 0, tzinfo=UTC),
        result=result,
        previous_score=None,
        previous_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
    )


def test_html_escapes_every_piece_of_text(outcome: CheckOutcome) -> None:
    page = render_check_html(outcome, "de")
    assert "<script" not in page
    assert "<img" not in page
    assert "<b>Berger" not in page
    assert "<i>" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "Ulrike &lt;b&gt;Berger&lt;/b&gt;" in page
    assert "&lt;entwurf&gt;.md" in page


def test_html_is_self_contained(outcome: CheckOutcome) -> None:
    page = render_check_html(outcome, "en")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"(?i)<(?:script|link|iframe|object)\b", page)
    assert not re.search(r"(?i)\b(?:src|href)=[\"']?(?:https?:)?//", page)
    assert "<style>" in page


def test_html_highlights_noted_sentences(outcome: CheckOutcome) -> None:
    page = render_check_html(outcome, "de")
    marks = re.findall(r'<mark id="s(\d+)" title="([^"]*)">([^<]*)</mark>', page)
    assert [m[0] for m in marks] == ["1"]
    # The tokenizer keeps the tag with the sentence it stands before; escaped inside <mark>.
    assert marks[0][2] == (
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Bitte melden Sie sich bei mir."
    )
    assert "Anrede: ‚Sie‘ – Ulrike schreibt ‚du‘." in marks[0][1]
    # The draft text is all there, in order, once unescaped.
    segments = split_draft(outcome)
    assert "".join(s.text for s in segments) == outcome.draft_text


def render_terminal(outcome: CheckOutcome) -> str:
    console = Console(file=io.StringIO(), width=200, record=True, highlight=False)
    print_check(console, outcome, "de")
    return console.export_text()


def test_terminal_prints_client_text_literally(outcome: CheckOutcome) -> None:
    text = render_terminal(outcome)
    assert "[bold]Fett[/bold]" in text
    assert "<script>alert('x')</script>" in text
    assert EVIL_NAME in text
    assert "Passung: kein Wert" in text  # 20 words: too short for a score
    # The hand-made profile has no fingerprint: a warning instead of a number.
    assert "Das Stimmprofil der Kundin beruht auf zu wenig Text für einen Wert" in text
    assert "Bitte melden Sie sich bei mir. [1]" in text
    assert "Beim letzten Abgleich dieses Entwurfs: – → jetzt –" in text


def test_terminal_colours_the_noted_sentence(outcome: CheckOutcome) -> None:
    console = Console(file=io.StringIO(), width=200, force_terminal=True, color_system="standard")
    print_check(console, outcome, "de")
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1;31m<script>alert('x')</script> Bitte melden Sie sich bei mir." in output


def test_history_table() -> None:
    entries = (
        HistoryEntry(2, datetime(2026, 11, 26, 10, 0, tzinfo=UTC), "a.md", "de", "web", 81.2,
                     "fits", 58.0),
        HistoryEntry(1, datetime(2026, 11, 25, 10, 0, tzinfo=UTC), "a.md", "de", "web", 58.0,
                     "partly", None),
    )  # fmt: skip
    console = Console(file=io.StringIO(), width=200, record=True)
    print_history(console, CheckHistory("Ulrike", entries, "58 → 81"), "de")
    text = console.export_text()
    assert "Verlauf „a.md“: 58 → 81" in text
    assert "klingt nach ihr" in text
    assert text.index("2026-11-26 10:00") < text.index("2026-11-25 10:00")
