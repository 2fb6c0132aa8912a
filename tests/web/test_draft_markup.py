"""The draft rendered as its reader sees it: Markdown marks hidden, headings, lists and
emphasis as HTML, deviating sentences marked at their offsets, the HTML well nested."""

from __future__ import annotations

from html.parser import HTMLParser

from bs4 import BeautifulSoup

from treffsicher.web.draft_markup import Mark, render_draft, split_blocks

DRAFT_DE = (
    "# Willkommen in der Hebammenpraxis\n"
    "\n"
    "Hallo, schön, dass du da bist! Wir begleiten dich **von Anfang an**.\n"
    "Ruf einfach an.\n"
    "\n"
    "## Was wir anbieten\n"
    "\n"
    "- Geburtsvorbereitung in *kleinen* Gruppen\n"
    "- Hausbesuche im Wochenbett\n"
    "\n"
    "1. anrufen\n"
    "2. kennenlernen\n"
)
DRAFT_EN = "Welcome to the pottery.\n\nWe **throw** every mug by hand. See [our shop](/shop).\n"


class NestingChecker(HTMLParser):
    """Records whether every end tag closes the innermost open element."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def is_well_nested(html: str) -> bool:
    checker = NestingChecker()
    checker.feed(html)
    return checker.ok and not checker.stack


def mark_of(text: str, sentence: str, note: int) -> Mark:
    """A mark over `sentence` as it stands in `text`."""
    start = text.index(sentence)
    return Mark(start, start + len(sentence), note, (f"Grund {note}",))


def parse(text: str, marks: list[Mark]) -> BeautifulSoup:
    return BeautifulSoup(f"<div>{render_draft(text, marks)}</div>", "html.parser")


def test_markdown_marks_are_hidden_and_blocks_rendered() -> None:
    page = parse(DRAFT_DE, [])
    assert page.select_one("h2").get_text() == "Willkommen in der Hebammenpraxis"
    assert page.select_one("h3").get_text() == "Was wir anbieten"
    assert [li.get_text() for li in page.select("ul > li")] == [
        "Geburtsvorbereitung in kleinen Gruppen",
        "Hausbesuche im Wochenbett",
    ]
    assert [li.get_text() for li in page.select("ol > li")] == ["anrufen", "kennenlernen"]
    assert page.select_one("strong").get_text() == "von Anfang an"
    assert page.select_one("em").get_text() == "kleinen"
    assert "#" not in page.get_text()
    assert "**" not in page.get_text()
    # A single line break inside a paragraph stays a line break.
    assert page.select_one("p br") is not None


def test_marked_sentences_keep_their_text_across_emphasis() -> None:
    sentence = "Wir begleiten dich **von Anfang an**."
    page = parse(DRAFT_DE, [mark_of(DRAFT_DE, sentence, 1)])
    assert is_well_nested(str(render_draft(DRAFT_DE, [mark_of(DRAFT_DE, sentence, 1)])))
    first = page.select_one("mark.sentence-note")
    assert first["tabindex"] == "0"
    assert page.select_one("#" + first["aria-describedby"]).get_text() == "Grund 1"
    pieces = page.select('mark[data-note="1"]')
    shown = "".join(m.get_text() for m in pieces).replace("Grund 1", "")
    assert shown == "Wir begleiten dich von Anfang an."
    assert len(page.select("mark.sentence-note")) == 1  # one focusable mark per note


def test_a_mark_across_two_blocks_is_split_not_misnested() -> None:
    text = "Vorher.\n\nDer Satz beginnt hier\nund endet unten.\n\n- Punkt\n"
    start = text.index("beginnt")
    html = str(render_draft(text, [Mark(start, text.index("Punkt") + 5, 1, ("lang",))]))
    assert is_well_nested(html)
    page = BeautifulSoup(html, "html.parser")
    assert page.select_one("li mark.sentence-cont").get_text() == "Punkt"


def test_english_link_shows_its_text_only() -> None:
    page = parse(DRAFT_EN, [mark_of(DRAFT_EN, "See [our shop](/shop).", 1)])
    assert page.find("a") is None
    assert "See our shop." in page.get_text()
    assert page.select_one("strong").get_text() == "throw"


def test_her_text_is_escaped() -> None:
    text = "Ein <script>alert(1)</script> im Text & mehr."
    html = str(render_draft(text, [Mark(0, len(text), 1, ("<b>x</b>",))]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>" not in html


def test_blocks_carry_their_offsets() -> None:
    blocks = split_blocks(DRAFT_DE)
    assert [b.tag for b in blocks] == ["h2", "p", "h3", "li", "li", "li", "li"]
    heading = blocks[0]
    assert DRAFT_DE[heading.content_start : heading.end] == "Willkommen in der Hebammenpraxis"
