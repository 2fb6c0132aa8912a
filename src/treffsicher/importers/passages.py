"""Normalised text → passage spans: Markdown sections by heading, long text in chunks.

Markup is not her voice and would skew the profile: "- " bullets would count as dashes,
"**" as symbols, link targets as URLs. So, line by line:

- headings (ATX "## Title" and setext "Title" / "=====") keep their text on a line of
  their own and start a section;
- emphasis, strikethrough and code markers, HTML tags and comments, link targets and
  list markers are removed; link texts stay; images go (alt texts are not her prose);
- block quotes go: on a website they hold other people's words (testimonials);
- fenced code blocks, YAML front matter, horizontal rules, table rules and link
  definitions go; table cells stay, one per line.

The result is the "normalised text" that passage offsets refer to.
"""

from __future__ import annotations

import re

MAX_WORDS = 800  # plain text longer than this is cut into passages
MIN_WORDS = 200
BLANK_LINES_RE = re.compile(r"\n[ \t]*\n\s*")
LINE_BREAK_RE = re.compile(r"\n\s*")
SENTENCE_GAP_RE = re.compile(r"(?<=[.!?…])\s+")
WORD_SPAN_RE = re.compile(r"\S+")
ATX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
RULE_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
FENCE_RE = re.compile(r"^ {0,3}(```|~~~)")
QUOTE_RE = re.compile(r"^ {0,3}>")
TABLE_RULE_RE = re.compile(r"^ {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
LINK_DEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
LIST_MARKER_RE = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
# (trigger, pattern, replacement): a rule runs only on lines containing its trigger, which
# keeps plain prose lines (most of them) away from the regex engine. Every span is bounded
# ({1,500}): unbounded, a line of "*a *a *a …" or "<a<a<a …" made the search quadratic
# (minutes for a 400 KB line; any bytes in, an answer out).
INLINE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("![", re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,500}\)"), ""),  # images
    ("](", re.compile(r"\[([^\]]{1,500})\]\([^)]{0,500}\)"), r"\1"),  # [text](url)
    ("][", re.compile(r"\[([^\]]{1,500})\]\[[^\]]{0,500}\]"), r"\1"),  # [text][ref]
    ("<", re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>"), r"\1"),  # <https://…>
    ("<", re.compile(r"</?[A-Za-z][^>\n]{0,500}>"), ""),  # HTML tags
    ("`", re.compile(r"`{1,10}([^`]{1,500}?)`{1,10}"), r"\1"),  # code spans
    ("**", re.compile(r"\*\*(?=\S)(.{1,500}?)(?<=\S)\*\*"), r"\1"),  # strong
    ("__", re.compile(r"__(?=\S)(.{1,500}?)(?<=\S)__"), r"\1"),  # strong
    ("*", re.compile(r"(?<![\w*])\*(?=[^\s*])(.{1,500}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *em*
    ("_", re.compile(r"(?<![\w_])_(?=[^\s_])(.{1,500}?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _em_
    ("~~", re.compile(r"~~(?=\S)(.{1,500}?)(?<=\S)~~"), r"\1"),  # strikethrough
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # escapes
    ("\\", re.compile(r"\\$"), ""),  # hard line break
    ("  ", re.compile(r"  +$"), ""),  # hard line break
)


def strip_inline(line: str) -> str:
    """Return a line without inline Markdown markup (link texts and emphasised words stay)."""
    for trigger, pattern, replacement in INLINE_RULES:
        if trigger in line:
            line = pattern.sub(replacement, line)
    return line


def markdown_to_text(markdown: str) -> tuple[str, list[tuple[int, str]]]:
    """Return (plain text, headings as (offset in the plain text, heading text))."""
    lines = COMMENT_RE.sub("", markdown).split("\n")
    out: list[str] = []
    offsets: list[int] = []  # where each line of `out` starts in the joined text
    headings: list[tuple[int, str]] = []
    skip_until = _front_matter_end(lines)
    fence = ""
    paragraph = False  # is out[-1] a paragraph line (may be a setext heading's text)?
    position = 0

    def emit(plain: str) -> None:
        nonlocal position
        out.append(plain)
        offsets.append(position)
        position += len(plain) + 1

    for index, line in enumerate(lines):
        is_paragraph = False
        fence_match = FENCE_RE.match(line)
        atx = ATX_RE.match(line)
        if index < skip_until:
            emit("")
        elif fence or fence_match:
            if fence_match and (not fence or fence_match.group(1) == fence):
                fence = "" if fence else fence_match.group(1)
            emit("")
        elif atx:
            heading = strip_inline(atx.group(1) or "").strip()
            if heading:
                headings.append((position, heading))
            emit(heading)
        elif SETEXT_RE.match(line) and paragraph:
            # The paragraph line above is the heading; point at its first non-space.
            headings.append((offsets[-1] + len(out[-1]) - len(out[-1].lstrip()), out[-1].strip()))
            emit("")
        elif any(rule.match(line) for rule in (RULE_RE, QUOTE_RE, TABLE_RULE_RE, LINK_DEF_RE)):
            emit("")
        elif line.lstrip().startswith("|"):
            cells = [strip_inline(c).strip() for c in line.strip().strip("|").split("|")]
            emit("\n".join(c for c in cells if c))
        else:
            plain = strip_inline(LIST_MARKER_RE.sub(r"\1", line))
            emit(plain)
            is_paragraph = bool(plain.strip()) and LIST_MARKER_RE.match(line) is None
        paragraph = is_paragraph
    return "\n".join(out), headings


def _front_matter_end(lines: list[str]) -> int:
    """Return the number of leading lines that are YAML front matter ("---" … "---")."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, min(len(lines), 200)):
        if lines[index].strip() in ("---", "..."):
            return index + 1
    return 0


def find_sections(text: str, headings: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """Return (start, end, heading) spans of the plain text's sections, split if long.

    A heading without text of its own (a page title right above a subheading) joins the
    next section; its note then names both headings ("Über mich / Meine Geschichte").
    """
    sections: list[tuple[int, int, str]] = []
    if not headings or headings[0][0] > 0:
        sections.append((0, headings[0][0] if headings else len(text), ""))
    for i, (start, heading) in enumerate(headings):
        end = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        sections.append((start, end, heading))
    spans: list[tuple[int, int, str]] = []
    pending: tuple[int, str] | None = None  # a heading-only section waiting for its body
    for start, end, heading in sections:
        body = text[start + len(heading) : end] if heading else text[start:end]
        if pending is not None:
            start, heading = pending[0], f"{pending[1]} / {heading}" if heading else pending[1]
            pending = None
        if heading and not body.strip():
            pending = (start, heading)
            continue
        spans += [(s, e, heading) for s, e in split_text(text, start, end)]
    if pending is not None:
        spans += [(s, e, pending[1]) for s, e in split_text(text, pending[0], len(text))]
    return spans


def split_text(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return passage spans of text[start:end]: one if short, else chunks of ~200–800 words.

    Cuts at blank lines; a paragraph that alone exceeds the limit is cut at line breaks,
    then at sentence ends, then (a wall of text without punctuation) every 800 words.
    Spans are stripped of surrounding whitespace; empty text gives no span.
    """
    span = _strip_span(text, start, end)
    if span is None:
        return []
    # n words take at least 2n - 1 characters: a short span needs no count (import speed).
    if span[1] - span[0] <= 2 * MAX_WORDS or len(text[span[0] : span[1]].split()) <= MAX_WORDS:
        return [span]
    units = _split_units(text, span[0], span[1], 0)
    return _pack_units(units)


SEPARATORS = (BLANK_LINES_RE, LINE_BREAK_RE, SENTENCE_GAP_RE)


def _split_units(text: str, start: int, end: int, level: int) -> list[tuple[int, int, int]]:
    """Return (start, end, words) pieces of at most MAX_WORDS words, cut at `level` gaps."""
    if level == len(SEPARATORS):
        return _split_words(text, start, end)
    units: list[tuple[int, int, int]] = []
    piece_start = start
    gaps = [(m.start(), m.end()) for m in SEPARATORS[level].finditer(text, start, end)]
    for gap_start, gap_end in [*gaps, (end, end)]:
        span = _strip_span(text, piece_start, gap_start)
        piece_start = gap_end
        if span is None:
            continue
        words = len(text[span[0] : span[1]].split())
        if words > MAX_WORDS:
            units += _split_units(text, span[0], span[1], level + 1)
        else:
            units.append((span[0], span[1], words))
    return units


def _split_words(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Return pieces of MAX_WORDS words each (last resort for text without any breaks)."""
    units = []
    matches = list(WORD_SPAN_RE.finditer(text, start, end))
    for i in range(0, len(matches), MAX_WORDS):
        chunk = matches[i : i + MAX_WORDS]
        units.append((chunk[0].start(), chunk[-1].end(), len(chunk)))
    return units


def _pack_units(units: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Return spans that join neighbouring units into chunks of ~MIN_WORDS–MAX_WORDS words."""
    chunks: list[list[int]] = []  # [start, end, words]
    for start, end, words in units:
        if chunks and chunks[-1][2] + words <= MAX_WORDS:
            chunks[-1][1] = end
            chunks[-1][2] += words
        elif chunks and chunks[-1][2] < MIN_WORDS:
            chunks[-1][1] = end  # too short to stand alone: better a bit over the limit
            chunks[-1][2] += words
        else:
            chunks.append([start, end, words])
    if len(chunks) > 1 and chunks[-1][2] < MIN_WORDS:
        last = chunks.pop()
        chunks[-1][1] = last[1]
        chunks[-1][2] += last[2]
    return [(start, end) for start, end, _ in chunks]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span without leading and trailing whitespace, or None if it is blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
