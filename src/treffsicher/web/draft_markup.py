"""The draft as its reader will see it: a small Markdown subset (headings, lists, emphasis,
paragraphs) rendered to HTML, with the deviating sentences marked at their offsets.

Sentence notes carry character offsets into the draft's text, so the renderer never
rewrites the text: it hides Markdown's marks (`# `, `- `, `**`) and places tags between
characters. A marked sentence that spans two blocks is closed and reopened around the
block's tags, so the HTML stays well nested.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
LIST_ITEM = re.compile(r"^[ \t]*(?:([-*+])|(\d{1,3})[.)])[ \t]+")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])(\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]*\)")
# Tag events at one position: closing tags first (inline before block before list),
# then opening ones (list before block before inline), so tags nest.
ORDER_CLOSE_INLINE, ORDER_CLOSE_BLOCK, ORDER_CLOSE_LIST = 0, 1, 2
ORDER_OPEN_LIST, ORDER_OPEN_BLOCK, ORDER_OPEN_INLINE = 3, 4, 5


@dataclass(frozen=True)
class Mark:
    """A deviating sentence: its offsets in the draft, its note number and reasons."""

    start: int
    end: int
    note: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """A heading, list item or paragraph: its tag, the line range and where its text is."""

    tag: str
    start: int
    end: int
    content_start: int
    list_tag: str = ""


def split_blocks(text: str) -> list[Block]:
    """Headings, list items and paragraphs (separated by blank lines), with offsets."""
    blocks: list[Block] = []
    paragraph: list[int] = []  # start and end of the open paragraph
    position = 0
    for line in text.splitlines(keepends=True):
        start, body = position, line.rstrip("\r\n")
        position += len(line)
        end = start + len(body)
        heading, item = HEADING.match(body), LIST_ITEM.match(body)
        if heading or item or not body.strip():
            if paragraph:
                blocks.append(Block("p", paragraph[0], paragraph[1], paragraph[0]))
                paragraph = []
        if heading:
            level = len(heading.group(1))
            blocks.append(
                Block(f"h{level + 1 if level < 6 else 6}", start, end, start + heading.start(2))
            )
        elif item:
            list_tag = "ol" if item.group(2) else "ul"
            blocks.append(Block("li", start, end, start + item.end(), list_tag))
        elif body.strip():
            paragraph = [paragraph[0] if paragraph else start, end]
    if paragraph:
        blocks.append(Block("p", paragraph[0], paragraph[1], paragraph[0]))
    return blocks


def find_inline(text: str, block: Block) -> tuple[list[tuple[int, int, str]], list[range]]:
    """Strong, emphasis and link text inside a block: (start, end, tag) spans of the shown
    text, and the ranges of the marks to hide."""
    content = text[block.content_start : block.end]
    base = block.content_start
    spans: list[tuple[int, int, str]] = []
    hidden: list[range] = []
    masked = list(content)
    for match in STRONG.finditer(content):
        spans.append((base + match.start(2), base + match.end(2), "strong"))
        for outer, inner in ((match.start(1), match.start(2)), (match.end(2), match.end())):
            hidden.append(range(base + outer, base + inner))
            masked[outer:inner] = "\0" * (inner - outer)
    for match in EMPHASIS.finditer("".join(masked)):
        first, last = base + match.start(2), base + match.end(2)
        if all(last <= s or first >= e or s <= first < last <= e for s, e, _ in spans):
            spans.append((first, last, "em"))
            hidden += [range(base + match.start(1), first), range(last, base + match.end())]
    for match in LINK.finditer(content):
        hidden += [range(base + match.start(), base + match.start(1))]
        hidden += [range(base + match.end(1), base + match.end())]
    return spans, hidden


def collect_events(text: str) -> tuple[dict[int, list[tuple[int, str]]], bytearray]:
    """Per position the tags to place there (with their order), and which characters are
    Markdown marks or space between blocks (not shown)."""
    events: dict[int, list[tuple[int, str]]] = defaultdict(list)
    hidden = bytearray(b"\1" * len(text))  # shown only inside blocks
    blocks = split_blocks(text)
    for index, block in enumerate(blocks):
        previous = blocks[index - 1] if index else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.list_tag and (previous is None or previous.list_tag != block.list_tag):
            events[block.start].append((ORDER_OPEN_LIST, f"<{block.list_tag}>"))
        events[block.start].append((ORDER_OPEN_BLOCK, f"<{block.tag}>"))
        events[block.end].append((ORDER_CLOSE_BLOCK, f"</{block.tag}>"))
        if block.list_tag and (following is None or following.list_tag != block.list_tag):
            events[block.end].append((ORDER_CLOSE_LIST, f"</{block.list_tag}>"))
        hidden[block.content_start : block.end] = b"\0" * (block.end - block.content_start)
        spans, marks = find_inline(text, block)
        for start, end, tag in spans:
            events[start].append((ORDER_OPEN_INLINE, f"<{tag}>"))
            events[end].append((ORDER_CLOSE_INLINE, f"</{tag}>"))
        for hidden_range in marks:
            hidden[hidden_range.start : hidden_range.stop] = b"\1" * len(hidden_range)
    return events, hidden


class MarkWriter:
    """Writes the HTML, opening a sentence mark before shown text and closing it around
    every other tag (marks are innermost)."""

    def __init__(self, marks: Sequence[Mark]) -> None:
        self.parts: list[str] = []
        self.starts = {m.start: m for m in marks}
        self.ends = {m.end for m in marks}
        self.active: Mark | None = None
        self.is_open = False
        self.pieces = 0

    def tag(self, html: str) -> None:
        """A structural tag: the open mark piece is closed first."""
        self.close_piece()
        self.parts.append(html)

    def close_piece(self) -> None:
        """End the current piece of the mark (the first one carries the tooltip)."""
        if not self.is_open or self.active is None:
            return
        if self.pieces == 1:
            tip = escape("; ".join(self.active.reasons))
            self.parts.append(
                f'<span class="note-tip" role="tooltip" id="note-{self.active.note}">{tip}</span>'
            )
        self.parts.append("</mark>")
        self.is_open = False

    def char(self, position: int, character: str) -> None:
        """Shown text, inside the mark when one is active."""
        if self.active is not None and not self.is_open:
            self.pieces += 1
            note = self.active.note
            if self.pieces == 1:
                self.parts.append(
                    f'<mark tabindex="0" class="sentence-note" aria-describedby="note-{note}" '
                    f'data-note="{note}">'
                )
            else:
                self.parts.append(f'<mark class="sentence-cont" data-note="{note}">')
            self.is_open = True
        self.parts.append("<br>" if character == "\n" else str(escape(character)))

    def boundary(self, position: int) -> None:
        """A mark ends or starts here."""
        if self.active is not None and position in self.ends and self.active.end == position:
            self.close_piece()
            self.active = None
        if position in self.starts:
            self.close_piece()
            self.active, self.pieces = self.starts[position], 0


def render_draft(text: str, marks: Sequence[Mark]) -> Markup:
    """The draft's HTML: Markdown blocks and emphasis rendered, marks at their offsets."""
    events, hidden = collect_events(text)
    writer = MarkWriter(marks)
    for position in range(len(text) + 1):
        writer.boundary(position)
        for _, html in sorted(events.get(position, ()), key=lambda e: e[0]):
            writer.tag(html)
        if position < len(text) and not hidden[position]:
            writer.char(position, text[position])
    writer.close_piece()
    return Markup("".join(writer.parts))
