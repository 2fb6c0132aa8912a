"""Mail body → her own words: quoted replies, forwards, signatures and footers removed.

Works on normalised text ("\\n" line ends), line by line, in this order:

1. A forwarded or quoted original that is not "> "-quoted ends her part: everything from
   a separator ("-----Ursprüngliche Nachricht-----", "-------- Original message --------",
   "-----Reply Message-----", "---- Anna Berg wrote ----", "Begin forwarded message:"),
   a header block of two or more labelled lines with a sender ("Von: … Gesendet: … An: …",
   GMX's "Gesendet: … Von: …", T-Online's "Betreff: … Datum: … Von: …", bold or with the
   value on the next line) or an attribution that is *not* followed by "> " lines is cut
   (top-posting). Attributions may be wrapped over up to three lines and come in the
   forms of the mail programs in use: "Am 03.06.2025 um 10:12 schrieb Anna …:",
   "On 3 Jun 2025, at 10:12, Anna … wrote:", "Anna … schrieb am Di., 3. Juni 2025, 10:12:",
   "Anna … hat am 03.06.2025 10:12 geschrieben:", "Zitat von Anna …:", date first
   ("2014-10-17 11:28 GMT+02:00 Anna <…>:", "03.06.2025 10:12 von anna@…:"), with
   "<mailto:…>" links or "< anna@… >" spacing.
2. "> " lines go, and so does an attribution right above them; her lines between quote
   blocks stay (bottom-posting and inline replies).
3. Signature, device lines, taglines and legal footers: importers.signatures.

Greeting and sign-off are kept in the text on lines of their own: the profile reads them
from a passage's first and last lines (core.features.address, core.signature_words), and
docs/decisions/0004-mail-import.md explains why they are not separate passages.
"""

from __future__ import annotations

import re

from treffsicher.importers.signatures import cut_signature, strip_links

# 1. Lines after which nothing is hers (forward/original separators), matched stripped.
SEPARATOR_RE = re.compile(
    r"(?i)^(?:(?:-{2,}|={2,}|\*{2,})\s*(?:ursprüngliche nachricht|original[- ]?nachricht"
    r"|original message|originalnachricht|weitergeleitete nachricht|forwarded message"
    r"|reply message|antwort[- ]?nachricht|message d'origine|message transféré)\s*(?:-*|=*|\**)"
    r"|(?:ursprüngliche nachricht|original[- ]nachricht|original message)\s*:?"
    r"|anfang der weitergeleiteten (?:nachricht|e-mail):?"
    r"|begin forwarded message:?"
    r"|_{10,})$"
)
# "---- Anna Berg wrote ----", "---- Am Di, 03 Jun 2025 … schrieb Anna Berg <…> ----".
FRAMED_RE = re.compile(r"(?i)^[-=*~]{2,}\s*(?P<inner>\S.{0,250}?)\s*[-=*~]{2,}$")
FRAMED_WORDS_RE = re.compile(
    r"(?i)\b(?:wrote|writes|schrieb|schreibt|geschrieben|a écrit|ha scritto|escribió"
    r"|nachricht|message|reply|antwort|forward\w*|weitergeleitet\w*|original\w*)\b"
)
# Header blocks: labelled lines, one of them naming the sender.
HEADER_LABEL_RE = re.compile(
    r"(?i)^[*>\s]*(?P<label>von|from|de|da|van|gesendet|sent|datum|date|an|to|betreff|subject"
    r"|cc|envoyé|objet|à|enviado|para|asunto|fecha|inviato|oggetto|a|verzonden|aan|onderwerp"
    r"|antwort an|reply-to)\s*:\*?(?:\s|$)"
)
SENDER_LABELS = frozenset({"von", "from", "de", "da", "van"})
HEADER_LOOKAHEAD = 10  # lines searched for the rest of a header block
# Outlook flattened into one line: "Von: … Gesendet: … An: …".
HEADER_INLINE_RE = re.compile(r"(?i)\s(?:gesendet|sent|datum|date)\s*:.{0,200}\s(?:an|to)\s*:")
ATTRIBUTION_RE = re.compile(
    r"(?i)^(?:(?:am|on|le|il|el|op|den|em)\s.{4,200}?[\s>](?:schrieb|schrieben|hat|hast|wrote"
    r"|a écrit|ha scritto|escribió|schreef|skrev|escreveu)\b.{0,200}:"
    r"|.{2,200}[\s>](?:schrieb am|schrieb|schreibt|wrote|writes|wrote on|geschrieben|a écrit)\b"
    r"\s?.{0,100}:"
    r"|(?:zitat von|quoting|citando)\s.{2,200}:"
    r"|(?:[a-z]{2,10}\.?,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}\.?\s[a-zä]{3,9}\.?\s\d{4}),?\s.{0,40}\d{1,2}:\d{2}.{0,200}@.{0,100}:)$"
)
# Yahoo and some web mailers put the original right after the attribution on one line:
# "Am Di., 3. Juni 2025 um 10:12 schrieb Anna Berg<anna@…>:   Liebe Johanna, …".
ATTRIBUTION_PREFIX_RE = re.compile(
    r"(?i)^(?:am|on)\s.{4,200}?\d{1,2}:\d{2}.{0,200}?\s(?:schrieb|wrote)\b[^:\n]{0,160}"
    r"@[^:\n]{0,100}:\s{2,}\S"
)
# The first line of a wrapped header: "On Wed, Dec 9, Anna", "Am 3. Juni 2025 um 10:12".
ATTRIBUTION_START_RE = re.compile(r"(?i)^(?:(?:am|on|le|il|el|op|den|em)\s.{0,60}\d|.*@)")
# "Anna Berg wrote:" alone on its line: a name and nothing else, so no sentence of hers.
NAME_ATTRIBUTION_RE = re.compile(
    r"^[\"„“]?(?:[A-ZÄÖÜ][\w.'’-]*\s){0,3}[A-ZÄÖÜ][\w.'’-]*[\"“]?\s(?:wrote|schrieb|writes"
    r"|schreibt|a écrit)\s?:$"
)
QUOTED_RE = re.compile(r"^[ \t]*>")
DATED_RE = re.compile(r"\d|@")
ATTRIBUTION_MAX_LINES = 3
ATTRIBUTION_MAX_CHARS = 320
BLANK_RUN_RE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def clean_mail_body(text: str) -> str:
    """Return her own words of a mail body: greeting, body and sign-off, nothing quoted."""
    lines = text.split("\n")
    lines = cut_quoted_original(lines)
    lines = drop_quoted_lines(lines)
    lines = cut_signature(lines)
    kept = "\n".join(line.rstrip() for line in lines).strip()
    return BLANK_RUN_RE.sub("\n\n", kept)


def is_separator(line: str) -> bool:
    """True for a forward or original separator, framed ones included."""
    if SEPARATOR_RE.match(line):
        return True
    framed = FRAMED_RE.match(line) if line[:2] in ("--", "==", "**", "~~") else None
    return framed is not None and FRAMED_WORDS_RE.search(framed.group("inner")) is not None


def header_label(line: str) -> str:
    """Return the casefolded label of a header line ("von", "sent" …) or "".

    A sender label must name someone: "Von: 9 Uhr" in her list of times is no header.
    """
    match = HEADER_LABEL_RE.match(line)
    if match is None:
        return ""
    label = match.group("label").casefold()
    value = line[match.end() :].strip()
    return "" if label in SENDER_LABELS and value[:1].isdigit() else label


def is_header_block(lines: list[str], i: int) -> bool:
    """True when line i starts a header block of the quoted original: labelled lines
    (with the value on the same or the next line), one of them the sender."""
    first = header_label(lines[i])
    if not first:
        return False
    if first in SENDER_LABELS and HEADER_INLINE_RE.search(lines[i]):
        return True  # a flattened block: "Von: … Gesendet: … An: …"
    labels = {first}
    for line in lines[i + 1 : i + 1 + HEADER_LOOKAHEAD]:
        labels.add(header_label(line))
    labels.discard("")
    return len(labels) >= 2 and bool(labels & SENDER_LABELS)


def join_lines(lines: list[str], i: int, size: int) -> str:
    """Return `size` lines from i joined by spaces, links like "<mailto:…>" removed."""
    return " ".join(strip_links(line.strip()) for line in lines[i : i + size])


def find_attribution(lines: list[str], i: int) -> int:
    """Return how many lines (1 to 3) form an attribution at i, or 0."""
    line = lines[i].strip()
    if not line or len(line) > ATTRIBUTION_MAX_CHARS:
        return 0
    for size in range(1, ATTRIBUTION_MAX_LINES + 1):
        last = lines[i + size - 1] if i + size <= len(lines) else ""
        if not last.strip():
            return 0
        # Speed: only lines joined to end in ":" can be an attribution, so the lines are
        # joined only when the last one ends in ":" or holds a link (strip_links may remove
        # what follows the colon). The length limit is checked late without harm: a longer
        # join (more lines) is longer than every shorter one.
        if not last.rstrip().endswith(":") and "://" not in last and "mailto:" not in last:
            if last.rstrip().endswith((".", "!", "?")):
                return 0
            continue
        joined = join_lines(lines, i, size)
        if len(joined) > ATTRIBUTION_MAX_CHARS:
            return 0
        if joined.endswith(":") and ATTRIBUTION_RE.match(joined):
            # Wrapped lines must carry a date or an address: two lines of her own that end
            # in "schrieb sie mir:" are no header. When the lines below make a header on
            # their own, line i is her last line above it ("Am heutigen Tage").
            if (
                size > 1
                and not ATTRIBUTION_START_RE.match(line)
                and is_attribution(join_lines(lines, i + 1, size - 1))
            ):
                return 0
            return size if size == 1 or DATED_RE.search(joined) else 0
        if lines[i + size - 1].rstrip().endswith((".", "!", "?")):
            return 0
    return 0


def is_attribution(text: str) -> bool:
    """True for a complete attribution ("Am … schrieb Anna <…>:")."""
    return text.endswith(":") and ATTRIBUTION_RE.match(text) is not None


def next_text_line(lines: list[str], i: int) -> str:
    """Return the first non-blank line at or after i ("" at the end)."""
    for line in lines[i:]:
        if line.strip():
            return line
    return ""


def starts_original(lines: list[str], i: int) -> bool:
    """True when line i starts an original that is not "> "-quoted (top-posting)."""
    line = lines[i].strip()
    if is_separator(line) or is_header_block(lines, i):
        return True
    if ATTRIBUTION_PREFIX_RE.match(line):
        return True
    size = find_attribution(lines, i)
    # Cut only at a real attribution (with a date or an address): "Am Freitag schrieb
    # mir eine Mutter:" followed by her words is hers.
    joined = join_lines(lines, i, size)
    return bool(
        size
        and not QUOTED_RE.match(next_text_line(lines, i + size))
        and (DATED_RE.search(joined) or NAME_ATTRIBUTION_RE.match(joined))
    )


def cut_quoted_original(lines: list[str]) -> list[str]:
    """Return the lines before a separator, a header block or an attribution whose quote
    is not "> "-marked (top-posting)."""
    for i, raw in enumerate(lines):
        if raw.strip() and not QUOTED_RE.match(raw) and starts_original(lines, i):
            return lines[:i]
    return lines


def drop_quoted_lines(lines: list[str]) -> list[str]:
    """Return the lines without "> " quotes and the attribution lines above them."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        raw = lines[i]
        if QUOTED_RE.match(raw):
            i += 1
            continue
        size = find_attribution(lines, i) if raw.strip() else 0
        if size and QUOTED_RE.match(next_text_line(lines, i + size)):
            i += size
            continue
        kept.append(raw)
        i += 1
    return kept
