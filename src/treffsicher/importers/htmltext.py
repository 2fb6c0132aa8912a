"""HTML mail bodies → plain text with line breaks, without quoted replies.

A small html.parser converter rather than trafilatura: mail HTML is short and simple, and
what matters is dropping the quoted original, which mail programs put in <blockquote>
(Apple Mail, Thunderbird), <div class="gmail_quote"> (Gmail) or after
<div id="divRplyFwdMsg"> / <div id="appendonsend"> (Outlook). trafilatura's extraction is
built for web pages and took ~12 ms per page; this converter takes well under
a millisecond for a typical mail.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "hr",
        "dd",
        "dt",
    }
)
SKIP_TAGS = frozenset({"script", "style", "head", "title", "blockquote", "template", "svg"})
VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr"})
# Containers of the quoted original; everything after Outlook's markers is the original too.
QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "ms-outlook-ios-quote")
CUT_IDS = frozenset({"divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container"})
MAX_DEPTH = 200  # nesting beyond this (broken HTML) is flattened
SPACES_RE = re.compile(r"[ \t\r\f\v]+")
LINES_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


class _MailHTMLParser(HTMLParser):
    """Collects text outside skipped containers; block tags become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip_stack: list[str] = []  # open tags whose content is dropped
        self.done = False  # an Outlook reply marker was seen: the rest is the original

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if self.skip_stack:
            if tag not in VOID_TAGS and len(self.skip_stack) < MAX_DEPTH:
                self.skip_stack.append(tag)
            return
        values = {k: (v or "").lower() for k, v in attrs if k in ("class", "id")}
        if values.get("id", "") in CUT_IDS:
            self.done = True
            return
        css = values.get("class", "")
        if tag in SKIP_TAGS or (css and any(q in css for q in QUOTE_CLASSES)):
            if tag not in VOID_TAGS:
                self.skip_stack.append(tag)
            return
        if tag in BLOCK_TAGS:
            self.chunks.append("\n")
            if tag in ("p", "hr"):
                self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if self.skip_stack:
            # Pop to the matching open tag; a stray end tag inside is ignored.
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
            return
        if tag in BLOCK_TAGS:
            self.chunks.append("\n\n" if tag == "p" else "\n")

    def handle_data(self, data: str) -> None:
        if not self.done and not self.skip_stack:
            self.chunks.append(SPACES_RE.sub(" ", data.replace("\n", " ")))


def html_to_text(html: str) -> str:
    """Return the visible text of an HTML mail body, quoted originals left out."""
    parser = _MailHTMLParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser on badly broken markup
        pass
    text = "".join(parser.chunks)
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return LINES_RE.sub("\n\n", lines).strip()
