"""Legal pages and sections (imprint, privacy policy, terms) are stored but left out."""

from __future__ import annotations

import pytest
from fixtures_build import build_docx

from treffsicher.importers.documents import read_bytes
from treffsicher.importers.legal import is_legal_heading, is_legal_title, legal_spans
from treffsicher.importers.office import read_docx
from treffsicher.importers.webpage import read_webpage


@pytest.mark.parametrize(
    ("heading", "legal"),
    [
        ("Impressum", True),
        ("Datenschutzerklärung", True),
        ("Datenschutzhinweise für Kundinnen", True),
        ("§ 3 Widerrufsbelehrung", True),
        ("Allgemeine Geschäftsbedingungen (AGB)", True),
        ("AGB", True),
        ("Cookie-Richtlinie", True),
        ("2. Haftungsausschluss", True),
        ("Privacy Policy", True),
        ("Terms and Conditions", True),
        ("Legal notice", True),
        ("Accessibility statement", True),
        # her own words about the same things are no legal text
        ("Über mich", False),
        (
            "Datenschutz ist mir wichtig: so gehe ich mit deinen Daten um, ganz ehrlich und offen",
            False,
        ),
        ("Datenschutz ist mir wichtig", False),
        ("Impressum & Datenschutz", True),
        ("Terms of Pike Pottery", True),
        ("Meine Kurse", False),
        ("Legalität von Hausgeburten", False),
        ("Termine", False),
        ("", False),
    ],
)
def test_legal_headings(heading: str, legal: bool) -> None:
    assert is_legal_heading(heading) is legal


@pytest.mark.parametrize(
    ("page", "legal"),
    [
        ("<html><head><title>Impressum | Praxis Kellermann</title></head>", True),
        ("<title>Privacy Policy – Pike Pottery</title>", True),
        ("<title>Praxis Kellermann » Datenschutz</title>", True),
        ("<title>Über mich | Praxis Kellermann</title>", False),
        ("<title>Kurse</title>", False),
        ("<html><body>kein Titel</body></html>", False),
    ],
)
def test_legal_titles(page: str, legal: bool) -> None:
    assert is_legal_title(page) is legal


def test_a_legal_first_heading_makes_the_whole_source_legal() -> None:
    assert legal_spans(["Datenschutzerklärung / 1. Auf einen Blick", "2. Hosting"]) == [True, True]
    assert legal_spans(["", "Impressum", "Angaben gemäß § 5 TMG"]) == [True, True, True]
    assert legal_spans(["Über mich", "Kurse", "Impressum"]) == [False, False, True]
    assert legal_spans(["Kurse", "Preise"], page_is_legal=True) == [True, True]


HER_PAGE = (
    "<html><head><title>Über mich | Praxis</title></head><body><main><h1>Über mich</h1>"
    "<p>Ich bin Johanna, seit vierzehn Jahren Hebamme in Lindenfeld, und ich begleite dich "
    "von der ersten Frage bis zur letzten Windel.</p><h2>Impressum</h2><p>Angaben gemäß § 5 "
    "TMG: Johanna Kellermann, Lindenallee 12, 37000 Lindenfeld. Verantwortlich für den "
    "Inhalt: Johanna Kellermann.</p></main></body></html>"
)
POLICY_PAGE = (
    "<html><head><title>Privacy Policy – Pike Pottery</title></head><body><main>"
    "<h2>What we collect</h2><p>We collect the personal data you give us when you book a "
    "class, and we process it only to run the class and to send you the invoice.</p>"
    "<h2>Your rights</h2><p>You may ask us at any time which data we hold about you and "
    "have it corrected or erased, as the law provides.</p></main></body></html>"
)


def test_a_web_page_keeps_her_sections_and_leaves_out_its_imprint() -> None:
    source = read_webpage(HER_PAGE.encode(), "ueber.html", lang="de")
    assert [(p.note, p.excluded) for p in source.passages] == [
        ("Über mich", False),
        ("Impressum", True),
    ]
    assert any("Rechtstext" in str(note) for note in source.notes)


def test_a_page_titled_as_a_policy_is_left_out_whole() -> None:
    source = read_webpage(POLICY_PAGE.encode(), "privacy.html", lang="en")
    assert source.passages
    assert all(p.excluded for p in source.passages)
    assert any("legal text" in str(note) for note in source.notes)


def test_markdown_and_word_documents_too() -> None:
    markdown = "# AGB\n\n## § 1 Geltung\n\nDiese Bedingungen gelten für alle Kurse.\n"
    assert all(p.excluded for p in read_bytes(markdown.encode(), "agb.md", lang="de").passages)
    plain = "Impressum\n\nDas ist einfach mein Text über die Praxis und wie ich arbeite."
    assert not any(p.excluded for p in read_bytes(plain.encode(), "notiz.txt").passages)
    docx = build_docx([("title", "Allgemeine Geschäftsbedingungen"), ("p", "Der Vertrag …")])
    assert all(p.excluded for p in read_docx(docx, "agb.docx", lang="de").passages)
    mine = build_docx([("title", "Über mich"), ("p", "Ich bin Hebamme in Lindenfeld.")])
    assert not any(p.excluded for p in read_docx(mine, "ich.docx", lang="de").passages)
