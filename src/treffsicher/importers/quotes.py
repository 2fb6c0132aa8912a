"""Mail body → her own words: quoted replies, forwards, signatures and footers removed.

Works on normalised text ("\\n" line ends), line by line, in this order:

1. A forwarded or quoted original that is not "> "-quoted ends her part: everything from
   "-----Ursprüngliche Nachricht-----", "-----Original Message-----", "Begin forwarded
   message:", an Outlook header block ("Von: … Gesendet: … An: … Betreff: …" or "From: …
   Sent: … To: … Subject: …") or an attribution line ("Am 03.06.2025 um 10:12 schrieb Anna
   …:", "On Tue, 3 Jun 2025, Anna wrote:") that is *not* followed by "> " lines is cut
   (top-posting).
2. "> " lines go, and so does an attribution line right above them; her lines between
   quote blocks stay (bottom-posting and inline replies).
3. A "-- " signature separator cuts the rest; mobile footers ("Von meinem iPhone gesendet")
   go wherever they are.
4. German legal footers and English disclaimers (Geschäftsführer:, Amtsgericht …, HRB 1234,
   USt-IdNr., Datenschutzhinweis, "This e-mail and any attachments …") cut from the start of
   their paragraph.
5. After her sign-off line ("Liebe Grüße", "Best wishes") one short name line may
   stay; what follows (phone, address, web site) goes. Without a sign-off, a trailing block
   of contact lines (phone, address, URL, e-mail) goes.

Greeting and sign-off are kept in the text on lines of their own: the profile reads them
from a passage's first and last lines (core.features.address, core.signature_words), and
docs/decisions/0004-mail-import.md explains why they are not separate passages.
"""

from __future__ import annotations

import re

# 1. Lines after which nothing is hers (forward/original separators), matched stripped.
SEPARATOR_RE = re.compile(
    r"(?i)^(?:-{2,}\s*(?:ursprüngliche nachricht|original message|original nachricht"
    r"|weitergeleitete nachricht|forwarded message|message d'origine)\s*-{2,}"
    r"|-{2,}\s*(?:weitergeleitete nachricht|forwarded message)\s*-*"
    r"|anfang der weitergeleiteten (?:nachricht|e-mail):?"
    r"|begin forwarded message:?"
    r"|_{10,})$"
)
# Outlook header blocks: a "Von:"/"From:" line with "Gesendet:/Sent:/Datum:/Date:" or
# "An:/To:/Betreff:/Subject:" on one of the next three lines.
HEADER_FROM_RE = re.compile(r"(?i)^\*?(?:von|from|de)\s*:\*?\s*\S")
HEADER_NEXT_RE = re.compile(
    r"(?i)^\*?(?:gesendet|sent|datum|date|an|to|betreff|subject|cc|envoyé|objet)\s*:"
)
# Attribution lines; a long one is often wrapped, so the next line is tried with it.
HEADER_INLINE_RE = re.compile(r"(?i)\s(?:gesendet|sent|datum|date)\s*:.{0,200}\s(?:an|to)\s*:")
ATTRIBUTION_RE = re.compile(
    r"(?i)^(?:am\s.{4,160}?\s(?:schrieb|schrieben|hat|hast)\b.{0,160}:"
    r"|on\s.{4,200}?\swrote:"
    r"|.{2,160}\s(?:schrieb am|schrieb|wrote)\s?.{0,100}:"
    r"|le\s.{4,160}\sa écrit\s?:)\s*$"
)
QUOTED_RE = re.compile(r"^[ \t]*>")
DATED_RE = re.compile(r"\d|@")
PS_RE = re.compile(r"(?i)^\s*p\.?\s?p?\.?\s?s\b[.:]?")
# 3. Signature separator (RFC 3676 "-- ", often sent without the space) and mobile footers.
SIGNATURE_SEPARATOR = frozenset({"-- ", "--", "—", "-- -"})
MOBILE_FOOTER_RE = re.compile(
    r"(?i)^(?:von meinem (?:iphone|ipad|smartphone|handy|android|samsung|mobil)[\w\s.-]{0,40}"
    r"gesendet|gesendet (?:von|mit|vom) (?:meinem|der|outlook|mobilen)[\w\s.-]{0,60}"
    r"|sent from (?:my |mail for |outlook for |yahoo mail )[\w\s.-]{0,60}"
    r"|get outlook for (?:ios|android)|diese nachricht wurde von meinem [\w\s-]{0,40} gesendet)"
    r"\.?$"
)
# 4. Legal footers: keyword forms that real prose rarely uses (with colon or number) …
LEGAL_RE = re.compile(
    r"(?i)(?:^|\s)(?:geschäftsführer(?:in)?\s*:|geschäftsführung\s*:|vorstand\s*:"
    r"|registergericht\s*:|handelsregister\s*:|(?-i:\bHR[AB])\s*\d"
    r"|ust-?id(?:nr|\.-?nr)?\.?\s*:?\s*de\s?\d|umsatzsteuer-?id\w*\s*:|steuernummer\s*:"
    r"|datenschutz\w*\s*:|diese e-?mail (?:enthält|kann) vertrauliche"
    r"|this e-?mail (?:and any|is confidential|may contain)"
    r"|confidentiality notice|company registered in|registered office\s*:|vat (?:no|number)\.?\s*:)"
)
# … and weaker ones that count only on a line that is not a sentence ("ich war heute beim
# Amtsgericht." is hers).
LEGAL_WEAK_RE = re.compile(
    r"(?i)(?:amtsgericht\s+(?-i:[A-ZÄÖÜ])\w+|sitz der gesellschaft|datenschutzhinweis"
    r"|informationen zum datenschutz|geschäftsführer(?:in)?\s+(?-i:[A-ZÄÖÜ]))"
)
# 5. Sign-off lines (whole line, at most five words) and contact lines of a signature.
SIGNOFF_LINE_RE = re.compile(
    r"(?i)^(?:(?:viele|liebe|herzliche|beste|freundliche|sonnige|schöne|liebste|ganz liebe)"
    r"\s+grüße|(?:mit\s+)?(?:freundlichen|herzlichen|besten|lieben|vielen)\s+grüßen?"
    r"|(?:liebe|viele|herzliche|beste)\s+grüsse|grüße|gruß|lg|vg|mfg|herzlichst|herzlich"
    r"|alles liebe|bis bald|liebe grüße aus \w+|danke und (?:viele|liebe) grüße|ciao|tschüss"
    r"|best|best wishes|best regards|kind regards|warm regards|warmly|regards|many thanks"
    r"|thanks|thank you|cheers|love|all the best|yours|sincerely|yours sincerely|take care"
    r"|thanks again|with thanks|speak soon|talk soon|xx|x)[\s,.!]*(?:\w+[,.!]?)?$"
)
# "Herzliche Grüße aus Lindenfeld", "Sonnige Grüße vom Deich", "Warm regards from Cornwall".
SIGNOFF_WITH_PLACE_RE = re.compile(
    r"(?i)^[\w\s]{0,25}\b(?:grüße|grüsse|gruß|regards|wishes)\s+(?:aus|vom|von|from)\b[\w\s.,!-]{0,30}$"
)
CONTACT_RE = re.compile(
    r"(?i)(?:\b(?:tel|telefon|fon|phone|mobil|mobile|handy|fax|cell|mob)\b\.?\s*:?\s*[+(\d]"
    r"|\+\d{2}[\s\d()/-]{6,}|\b0\d{2,5}[\s/-]?\d{3,}|https?://|www\.\S+\.\w|\S+@\S+\.\w"
    r"|\b\d{5}\s+[A-ZÄÖÜ]\w+|\b[A-ZÄÖÜ]\w+(?:straße|str\.|weg|platz|gasse|allee)\s*\d"
    r"|\b\d+\s+\w+\s+(?:street|road|lane|avenue)\b|\b[A-Z]{1,2}\d{1,2}\s?\d[A-Z]{2}\b)"
)
NAME_LINE_MAX_WORDS = 4
NAME_LINES_AFTER_SIGNOFF = 1  # "Johanna"; a company line below is signature
SIGNOFF_SEARCH_LINES = 12  # the sign-off is among the last lines of her part
BLANK_RUN_RE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def clean_mail_body(text: str) -> str:
    """Return her own words of a mail body: greeting, body and sign-off, nothing quoted."""
    lines = text.split("\n")
    lines = cut_quoted_original(lines)
    lines = drop_quoted_lines(lines)
    lines = cut_signature(lines)
    lines = trim_after_signoff(lines)
    kept = "\n".join(line.rstrip() for line in lines).strip()
    return BLANK_RUN_RE.sub("\n\n", kept)


def is_outlook_header(lines: list[str], i: int) -> bool:
    """True when line i starts an Outlook-style header block (Von:/From: and friends)."""
    line = lines[i].strip()
    if not HEADER_FROM_RE.match(line):
        return False
    if HEADER_INLINE_RE.search(line):  # a flattened block: "Von: … Gesendet: … An: …"
        return True
    following = (line.strip() for line in lines[i + 1 : i + 4])
    return any(HEADER_NEXT_RE.match(line) for line in following)


def find_attribution(lines: list[str], i: int) -> int:
    """Return how many lines (1 or 2) form an attribution line at i, or 0."""
    line = lines[i].strip()
    if not line or len(line) > 300:
        return 0
    if line.endswith(":") and ATTRIBUTION_RE.match(line):
        return 1
    if i + 1 < len(lines) and line[:3].lower() in ("am ", "on ", "le "):
        joined = f"{line} {lines[i + 1].strip()}"
        if joined.endswith(":") and ATTRIBUTION_RE.match(joined):
            return 2
    return 0


def next_text_line(lines: list[str], i: int) -> str:
    """Return the first non-blank line at or after i ("" at the end)."""
    for line in lines[i:]:
        if line.strip():
            return line
    return ""


def cut_quoted_original(lines: list[str]) -> list[str]:
    """Return the lines before a forward/original separator, an Outlook header block or an
    attribution line whose quote is not "> "-marked (top-posting)."""
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line or QUOTED_RE.match(raw):
            continue
        if SEPARATOR_RE.match(line) or is_outlook_header(lines, i):
            return lines[:i]
        size = find_attribution(lines, i)
        # Cut only at a real attribution (with a date or an address): "Am Freitag schrieb
        # mir eine Mutter:" followed by her words is hers.
        joined = " ".join(lines[i : i + size])
        if (
            size
            and not QUOTED_RE.match(next_text_line(lines, i + size))
            and DATED_RE.search(joined)
        ):
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


def cut_signature(lines: list[str]) -> list[str]:
    """Return the lines before a "-- " separator or legal footer, without mobile footers."""
    kept: list[str] = []
    for raw in lines:
        line = raw.strip()
        if raw.rstrip("\n") in SIGNATURE_SEPARATOR or line in ("--", "-- "):
            break
        if line and MOBILE_FOOTER_RE.match(line):
            continue
        if line and is_legal_line(line):
            # The footer's paragraph started at the last blank line.
            while kept and kept[-1].strip():
                kept.pop()
            break
        kept.append(raw)
    return kept


def is_legal_line(line: str) -> bool:
    """True for a line of a legal footer or disclaimer (see LEGAL_RE, LEGAL_WEAK_RE)."""
    if LEGAL_RE.search(line):
        return True
    return not line.endswith((".", "!", "?")) and LEGAL_WEAK_RE.search(line) is not None


def is_signoff_line(line: str) -> bool:
    """True for a sign-off line ("Liebe Grüße", "LG Johanna", "Grüße aus Lindenfeld")."""
    return bool(SIGNOFF_LINE_RE.match(line) or SIGNOFF_WITH_PLACE_RE.match(line))


def is_her_sentence(line: str) -> bool:
    """True for a line after a sign-off that is still her text: a P.S., a long line, or a
    sentence of five words or more that is no contact line."""
    if PS_RE.match(line):
        return True
    if CONTACT_RE.search(line) is not None:
        return False
    words = len(line.split())
    return words > 8 or (words > 4 and line.rstrip().endswith((".", "!", "?")))


def is_name_line(line: str) -> bool:
    """True for a short line that can be a name ("Johanna", "Anna Müller", "J.")."""
    words = line.split()
    return 0 < len(words) <= NAME_LINE_MAX_WORDS and CONTACT_RE.search(line) is None


def trim_after_signoff(lines: list[str]) -> list[str]:
    """Return the lines up to her sign-off and name, or without a trailing contact block."""
    while lines and not lines[-1].strip():
        lines.pop()
    start = max(0, len(lines) - SIGNOFF_SEARCH_LINES)
    for i in range(len(lines) - 1, start - 1, -1):
        line = lines[i].strip()
        if line and len(line) <= 60 and is_signoff_line(line):
            # Everything after the sign-off must be name or contact lines; otherwise this
            # "Thanks" is part of her text and nothing is cut.
            tail = [x for x in lines[i + 1 :] if x.strip()]
            if any(is_her_sentence(x) for x in tail):
                break
            end = i + 1
            names = 0
            while end < len(lines) and names < NAME_LINES_AFTER_SIGNOFF:
                if not lines[end].strip():
                    break
                if not is_name_line(lines[end]):
                    break
                names += 1
                end += 1
            return lines[:end]
    return drop_contact_block(lines)


def drop_contact_block(lines: list[str]) -> list[str]:
    """Return the lines without a trailing block of contact lines (and its name line)."""
    end = len(lines)
    contacts = 0
    while end > 0 and lines[end - 1].strip() and CONTACT_RE.search(lines[end - 1]):
        end -= 1
        contacts += 1
    if contacts == 0:
        return lines
    # A name or company line directly above the contact lines belongs to the signature.
    if end > 0 and lines[end - 1].strip() and is_name_line(lines[end - 1]):
        if not lines[end - 1].rstrip().endswith((".", "!", "?", ",")):
            end -= 1
    return lines[:end]
