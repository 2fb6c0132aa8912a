"""Reading drafts: every text format, never a transcript."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_build import build_docx

from treffsicher.errors import InputError, UnsupportedFormatError
from treffsicher.importers.drafts import read_draft_bytes, read_draft_file

INTERVIEW = (
    "Redaktion: Wie sind Sie zur Beratung gekommen?\n"
    "Johanna: Über Umwege. Ich war zehn Jahre in der Personalabteilung.\n"
    "Redaktion: Und was hat sich seitdem geändert?\n"
    "Johanna: Ich höre genauer hin, bevor ich etwas rate.\n"
)


def test_an_interview_written_as_a_draft_stays_a_draft() -> None:
    draft = read_draft_bytes(INTERVIEW.encode(), "interview.txt", lang="de")
    assert "Redaktion: Wie sind Sie" in draft.text
    assert "Johanna: Ich höre genauer hin" in draft.text


def test_an_interview_in_word_stays_a_draft() -> None:
    lines = [("p", line) for line in INTERVIEW.splitlines()]
    draft = read_draft_bytes(build_docx(lines), "interview.docx", lang="de")
    assert "Redaktion: Und was hat sich" in draft.text


def test_markdown_with_headings_suggests_web_and_a_greeting_email() -> None:
    page = read_draft_bytes(b"# Angebot\n\nIch begleite Sie.\n", "seite.md", lang="de")
    assert page.register == "web"
    assert page.text.startswith("Angebot")
    mail = read_draft_bytes(b"Hallo Anna,\n\nwie geht es dir?\n", "stdin", lang="de")
    assert mail.register == "email"


@pytest.mark.parametrize("name", ["call.vtt", "post.eml", "export.zip", "tabelle.xlsx"])
def test_other_formats_are_not_drafts(name: str) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        read_draft_bytes(b"WEBVTT\n", name, lang="en")
    assert str(info.value).startswith(f"{name}: Drafts can be read from .txt, .md,")


def test_a_binary_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InputError):
        read_draft_file(path, lang="de")
