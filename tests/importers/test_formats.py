"""The format registry: every suffix once, every format with a reader, derived lists."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.importers import dispatch, formats


def test_each_suffix_belongs_to_one_format() -> None:
    counts = Counter(s for f in formats.FORMATS for s in f.all_suffixes)
    assert [s for s, n in counts.items() if n > 1] == []
    assert all(s == s.lower() and (s == "" or s.startswith(".")) for s in counts)


def test_every_non_mail_format_has_a_reader() -> None:
    readable = {f.name for f in formats.FORMATS if f.family != formats.FAMILY_MAIL}
    assert set(dispatch.READERS) == readable - {"zip"}


def test_lists_derive_from_the_registry() -> None:
    assert formats.SUPPORTED == (
        ".txt, .md, .vtt, .srt, .html, .htm, .mhtml, .docx, .odt, .rtf, .pdf, .json, .csv, .zip"
    )
    assert formats.MAIL_SUFFIXES == {".eml", ".msg", ".emlx", ".mail", ".mbox", ".mbx"}
    assert formats.DRAFT_SUFFIXES == (
        ".txt", ".md", ".html", ".htm", ".mhtml", ".docx", ".odt", ".rtf", ".pdf"
    )  # fmt: skip
    assert ".eml" in formats.list_upload_suffixes()
    assert "" not in formats.list_upload_suffixes()


def test_pick_rules() -> None:
    picks = {s: f.pick for s in (".mbox", ".vtt", ".txt") if (f := formats.find_format(s))}
    assert picks == {
        ".mbox": formats.PICK_SENDERS,
        ".vtt": formats.PICK_SPEAKERS,
        ".txt": formats.PICK_SPEAKERS_IF_TURNS,
    }
    assert formats.find_format(".xlsx") is None


SUFFIX_NAMES = [
    "brief.txt",
    "Notizen.TXT",
    "/home/anna/Entwürfe/Angebot.final.MD",
    "ordner/datei",
    ".bashrc",
    "ende.",
    "a/b.txt/",
    "a/b.txt/.",
    "a/..",
    "..",
    ".",
    "",
    "/",
    "a//b.Zip",
    "C:\\Users\\anna\\brief.txt",
    "mail.eml/./",
    "İSTANBUL.TXT",
]


@pytest.mark.parametrize("name", SUFFIX_NAMES)
def test_name_suffix_is_what_purepath_gives(name: str) -> None:
    assert formats.name_suffix.__wrapped__(name) == PurePath(name).suffix.lower()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("/.\\aTxÄİ ")), max_size=12))
def test_name_suffix_of_any_name_is_what_purepath_gives(name: str) -> None:
    assert formats.name_suffix.__wrapped__(name) == PurePath(name).suffix.lower()
