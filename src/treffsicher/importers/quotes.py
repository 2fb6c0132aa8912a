"""Mail body → her own words: quoted replies, forwards, signatures and footers removed.

Works on normalised text ("\\n" line ends), line by line, in this order:

1. A forwarded or quoted original that is not "> "-quoted ends her part: everything from
   a separator ("-----Ursprüngliche Nachricht-----", "-------- Original message --------",
   "-----Reply Message-----", "---- Anna Berg wrote ----", "Begin forwarded message:",
   GroupWise's '>>> Anna Berg <…> 03.06.2025 10:12 >>>'), a header block of two or more
   labelled lines with a sender and an address, a time or a subject ("Von: … Gesendet: …
   An: …", GMX's "Gesendet: … Von: …", T-Online's "Betreff: … Datum: … Von: …", bold or
   with the value on the next line; her list "Von: Montag / An: Baustelle" is none), Lotus
   Notes' sender line with the date below, or an attribution that is *not* followed by
   "> " lines is cut (top-posting). Attributions may be wrapped over up to four lines (the
   first may be only "On Monday," or "Am Montag, den") and come in the forms of the mail
   programs in use: "Am 03.06.2025 um 10:12 schrieb Anna …:", "On 3 Jun 2025, at 10:12,
   Anna … wrote:", "Anna … schrieb am Di., 3. Juni 2025, 10:12:", "Anna … hat am
   03.06.2025 10:12 geschrieben:", "Zitat von Anna …:", date first ("2014-10-17 11:28
   GMT+02:00 Anna <…>:", "03.06.2025 10:12 von anna@…:"), Mutt's "* Anna <…> [2025-06-03
   10:12]:", with "<mailto:…>" links or "< anna@… >" spacing. A line with "mir", "ich",
   "me" or "I", or with an article after "schrieb", is her sentence ("Am 9. Mai schrieb
   mir der Statiker:"), never an attribution; so is "the courier wrote:". The headers,
   labels and separators of her correspondents' programs in other languages count too
   ("Le … a écrit :", "Fra: … Sendt: …", "-----Oorspronkelijk bericht-----"), a header
   may break after a date's dot or follow her last sentence on its line (it is split off
   first), and her own underscore rule inside her reply is no separator
   (docs/decisions/0018-reply-formats-of-other-programs.md).
2. "> " and "| " lines go, and so does an attribution right above them, and the last
   words of a long quoted line that the replying program wrapped onto a line without a
   marker; her lines between quote blocks stay (bottom-posting and inline replies).
3. Signature, device lines, taglines and legal footers: importers.signatures.

Before all of these, the armour of an OpenPGP message signed inline goes (unwrap_pgp): the
„-----BEGIN PGP SIGNED MESSAGE-----“ line with its „Hash:“ lines, the signature block, and
the „- “ that escapes her lines starting with a dash; an encrypted block cannot be read and
goes whole. Quoted armour („> -----BEGIN …“) is left to the quote rules.

Greeting and sign-off are kept in the text on lines of their own: the profile reads them
from a passage's first and last lines (core.features.address, core.signature_words), and
docs/decisions/0004-mail-import.md explains why they are not separate passages.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from treffsicher.importers.signatures import cut_signature, is_signoff_line, strip_links

# 1. Lines after which nothing is hers (forward/original separators), matched stripped.
# The "original message" and "forwarded message" words of the programs of correspondents in
# other countries count too (French, Dutch, Spanish, Italian, Portuguese, Polish, Danish,
# Norwegian, Swedish, Finnish): her German or English reply quotes their mail.
ORIGINAL_WORDS = (
    r"(?:ursprüngliche nachricht|original[- ]?nachricht|original message|originalnachricht"
    r"|weitergeleitete nachricht|forwarded message|reply message|antwort[- ]?nachricht"
    r"|message d'origine|message original|message transféré|oorspronkelijk bericht"
    r"|origineel bericht|doorgestuurd bericht|mensaje original|mensaje reenviado"
    r"|messaggio originale|messaggio inoltrato|mensagem original|mensagem encaminhada"
    r"|wiadomość oryginalna|wiadomość przekazana dalej|oprindelig (?:meddelelse|besked)"
    r"|videresendt (?:meddelelse|besked|melding)|opprinnelig melding|ursprungligt meddelande"
    r"|originalmeddelande|vidarebefordrat meddelande|alkuperäinen viesti|välitetty viesti)"
)
SEPARATOR_RE = re.compile(
    rf"(?i)^(?:(?:-{{2,}}|={{2,}}|\*{{2,}})\s*{ORIGINAL_WORDS}\s*(?:-*|=*|\**)"
    r"|(?:ursprüngliche nachricht|original[- ]nachricht|original message)\s*:?"
    r"|anfang der weitergeleiteten (?:nachricht|e-mail):?"
    r"|begin forwarded message:?"
    r"|début du message (?:réexpédié|transféré)\s?:?|inizio messaggio inoltrato:?"
    r"|begin doorgestuurd bericht:?|comienzo del mensaje reenviado:?"
    r"|início da mensagem reencaminhada:?"
    r"|_{10,})$"
)
# "---- Anna Berg wrote ----", "---- Am Di, 03 Jun 2025 … schrieb Anna Berg <…> ----".
FRAMED_RE = re.compile(r"(?i)^[-=*~]{2,}\s*(?P<inner>\S.{0,250}?)\s*[-=*~]{2,}$")
FRAMED_WORDS_RE = re.compile(
    r"(?i)\b(?:wrote|writes|schrieb|schreibt|geschrieben|a écrit|ha scritto|escribió"
    r"|nachricht|message|reply|antwort|forward\w*|weitergeleitet\w*|original\w*"
    rf")\b|{ORIGINAL_WORDS}"
)
# Header blocks: labelled lines, one of them naming the sender.
# The labels of Outlook and web mailers in German, English and the languages of
# correspondents abroad (French, Spanish, Portuguese, Italian, Dutch, Danish, Norwegian,
# Swedish, Polish, Czech, Finnish).
HEADER_LABEL_RE = re.compile(
    r"(?i)^[*>\s]*(?P<label>von|from|de|da|van|fra|från|od|expéditeur|lähettäjä|gesendet|sent"
    r"|odesláno|komu|předmět|kopie|lähetetty|vastaanottaja|aihe|kopio|datum"
    r"|date|an|to|betreff|subject|cc|envoyé|objet|à|enviado(?: el)?|enviada(?: em)?|para"
    r"|asunto|assunto|fecha|data|inviato|oggetto|a|verzonden|aan|onderwerp|sendt|dato|til"
    r"|emne|kopi|skickat|till|ämne|kopia|wysłano|do|temat|dw|destinataire|antwort(?:en)? an"
    r"|reply-to|répondre à)\s*:\*?(?:\s|$)"
)
SENDER_LABELS = frozenset(
    {"von", "from", "de", "da", "van", "fra", "från", "od", "expéditeur", "lähettäjä"}
)
HEADER_LOOKAHEAD = 10  # lines searched for the rest of a header block
HEADER_EVIDENCE_RE = re.compile(r"@|\d{1,2}:\d{2}")  # an address or a time of day
EVIDENCE_LABELS = frozenset(
    {
        "gesendet",
        "sent",
        "betreff",
        "subject",
        "envoyé",
        "objet",
        "enviado",
        "enviado el",
        "enviada em",
        "asunto",
        "assunto",
        "inviato",
        "oggetto",
        "verzonden",
        "onderwerp",
        "sendt",
        "emne",
        "skickat",
        "ämne",
        "wysłano",
        "temat",
        "odesláno",
        "předmět",
        "lähetetty",
        "aihe",
    }
)
# Hotmail's block of the quoted original may lack the sender: "Date: …" with a time of day
# and "To: anna@…" with an address make it a header all the same (her "Date: Saturday /
# Time: 10:00 / To: everyone on the list" names no address).
DATE_LABELS = frozenset({"date", "datum", "sent", "gesendet", "fecha", "data", "dato"})
RECIPIENT_LABELS = frozenset(
    {"to", "an", "à", "para", "a", "aan", "til", "till", "do", "komu", "vastaanottaja", "cc"}
)
TIME_RE = re.compile(r"\d{1,2}:\d{2}")
# Outlook flattened into one line: "Von: … Gesendet: … An: …".
HEADER_INLINE_RE = re.compile(r"(?i)\s(?:gesendet|sent|datum|date)\s*:.{0,200}\s(?:an|to)\s*:")
# Her own sentences read like attributions ("Am 9. Mai schrieb mir der Statiker:", "On
# Monday at 10:30 I wrote to the council:"): a header names the sender, never "mir" or "I",
# and no article follows its "schrieb". Words inside an address ("me@…") do not count.
PRONOUN = r"(?<![\w@.+-])(?:ich|mir|mich|wir|uns|du|dir|dich|euch|me|us|we|(?-i:I))(?![\w@.-])"
ARTICLE = r"(?:der|die|das|dem|den|ein|eine|einer|mein|meine|unser|unsere|the|my|our)\s"
# "the courier wrote:", "der Spediteur schrieb:": a noun with an article before the verb is
# her report of what someone wrote, not a header (a header names the sender).
REPORTED = (
    r"(?!.*\b(?:the|an|my|our|his|her|their|your|der|die|das|mein|meine|unser|unsere)\s+"
    r"[^\s<>@]+\s+(?:wrote|writes|schrieb|schreibt)\b)"
)
# Where a header starts: "Am", "On", and the words of other languages' programs ("Le",
# "Il", "El", "Op", "Den", "Em", Norwegian "På", Polish "W dniu" and "Dnia").
STARTER = r"(?:am|on|le|il|el|op|den|em|på|w dniu|dnia)"
ATTRIBUTION_RE = re.compile(
    rf"(?i)^(?!.*{PRONOUN}){REPORTED}(?:"
    rf"{STARTER}\s.{{4,200}}?[\s>](?:(?:schrieb|schrieben|hat|hast)\b"
    rf"(?!\s+{ARTICLE})|a écrit\b|ha scritto\b|escribió\b|schreef\b|skrev\b|escreveu\b"
    r"|pisze\b|napisał\w*|kirjoitti\b|(?:het volgende )?geschreven\b)"
    r".{0,200}:"
    rf"|{STARTER}\s.{{4,200}}?[\s>]wrote\s?:"
    rf"|.{{2,200}}[\s>](?:schrieb am\b|(?:schrieb|schreibt)\b(?!\s+{ARTICLE})|geschrieben\b"
    r"|a écrit\b)\s?.{0,100}:"
    r"|.{2,200}[\s>](?:wrote|writes)(?:\s?|\son\s.{0,60}\d{1,2}:\d{2}.{0,40}):"
    # The verbs of other countries' programs at the line's end: Czech, Slovak, Russian,
    # Ukrainian, Romanian, Greek, Hungarian ("ezt írta (időpont: …):"), Korean, Chinese.
    r"|.{2,200}[\s>](?:(?:napsal|napísal|написал)\w*(?:\([aа]\))?|пишет|пише|a scris|έγραψε"
    r"|(?:ezt )?írta(?:\s\(.{0,80}\))?|님이 작성|kirjutas|rašė|rakstīja)\s?[:：]"
    r"|.{2,200}写道\s?[:：]"
    r"|(?:zitat von|quoting|citando)\s.{2,200}:"
    # Date first, in any language, with the time as "09:41" or, in Scandinavia and
    # Finland, "09.41": "tir. 13. maj 2025 kl. 09.41 skrev Mette <mette@…>:".
    r"|(?:[^\W\d_]{2,10}\.?,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}\.?\s[^\W\d_]{3,9}\.?\s\d{4}"
    # Japanese and Korean dates: "2024年3月12日(火) 10:43", "2024년 3월 12일 (화) 오전 10:43".
    r"|\d{4}年\d{1,2}月\d{1,2}日\S*|\d{4}년\s?\d{1,2}월\s?\d{1,2}일)"
    r",?\s.{0,40}\d{1,2}[:.]\d{2}.{0,200}@.{0,100}[:：]"
    # Mutt: "* Anna Berg <anna@…> [2025-06-03 10:12]:"
    r"|\*\s.{2,200}\[[^\]]{0,40}\d{1,2}:\d{2}[^\]]{0,20}\]:"
    r")$"
)
COLONS = (":", "：")  # an attribution ends in a colon, in Chinese and Japanese a wide one
# Yahoo and some web mailers put the original right after the attribution on one line:
# "Am Di., 3. Juni 2025 um 10:12 schrieb Anna Berg<anna@…>:   Liebe Johanna, …".
ATTRIBUTION_PREFIX_RE = re.compile(
    r"(?i)^(?:am|on)\s.{4,200}?\d{1,2}:\d{2}.{0,200}?\s(?:schrieb|wrote)\b[^:\n]{0,160}"
    r"@[^:\n]{0,100}:\s{2,}\S"
)
# The first line of a wrapped header: "On Wed, Dec 9, Anna", "Am 3. Juni 2025 um 10:12",
# or only a weekday or month ("On Monday,", "Am Montag, den") with the date below.
DAY_OR_MONTH = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|januar|jänner|februar|märz|april|mai|juni"
    r"|juli|august|september|oktober|november|dezember|january|february|march|may|june|july"
    r"|october|december|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?)"
)
ATTRIBUTION_START_RE = re.compile(
    rf"(?i)^(?:{STARTER}\s.{{0,60}}\d|.*@"
    rf"|(?:am|on)\s{DAY_OR_MONTH},?(?:\s(?:den|the))?,?$)"
)
# "Anna Berg wrote:" alone on its line: a name and nothing else, so no sentence of hers
# ("Mein Kollege Peter schrieb:" starts with a possessive or an article: hers).
NAME_ATTRIBUTION_RE = re.compile(
    r"^(?!(?:Mein|Meine|Dein|Deine|Unser|Unsere|Sein|Seine|Der|Die|Das|Ein|Eine|My|Our|The"
    r"|His|Her|Their|Your)\s)"
    r"[\"„“]?(?:[A-ZÄÖÜ][\w.'’-]*\s){0,3}[A-ZÄÖÜ][\w.'’-]*[\"“]?\s(?:wrote|schrieb|writes"
    r"|schreibt|a écrit)\s?:$"
)
# A quoted line: "> …", or "| …" of older programs (a table row "| a | b |" is hers).
QUOTED_RE = re.compile(r"^[ \t]*(?:>|\|(?=[ \t]|$)(?!.*\|))")
# GroupWise puts the original unquoted under '>>> "Anna Berg" <anna@…> 03.06.2025 10:12 >>>'.
GROUPWISE_RE = re.compile(r"^>>>\s.{2,200}\d{1,2}:\d{2}.{0,40}>>>$")
# Lotus Notes: the sender ("Anna Berg <anna@…>" or the address) and below it the date and
# time on a line of their own, then "An", "Kopie", "Thema" without colons.
NOTES_SENDER_RE = re.compile(r"^(?:[^\s:<>@][^:<>@]{0,80}<[^<>\s@]+@[^<>\s@]+>|[^\s<>@]+@[\w.-]+)$")
NOTES_DATE_RE = re.compile(
    r"(?i)^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[ap]\.?m\.?)?$"
)
# A long quoted line that the replying program wrapped: its last words stand on the next
# line without a marker ("> … für die Treppe aus Eiche mit" / "geschlossenen Stufen?").
WRAP_WIDTH = 72  # programs wrap quoted text at 72 to 78 characters
WRAP_MIN_CHARS = 60
DATED_RE = re.compile(r"\d|@")
# A wrapped header may break after a date's dot ("schrieb am Di., 13." / "Mai 2025, 09:41:"):
# such a dot does not end a sentence of hers.
# Weekdays and months are capitalised there: "I think so." ends a sentence.
DATE_DOT_RE = re.compile(
    r"(?:^|\W)(?:\d{1,2}|Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mär|Mar"
    r"|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)\.,?$"
)
DATE_DOT_TAIL = 9  # DATE_DOT_RE looks at the line's last characters only (speed)
ATTRIBUTION_MAX_LINES = 4  # "On Monday," / "May 12, 2025 at 2:03 PM," / "Dan <…>" / "wrote:"
ATTRIBUTION_MAX_CHARS = 320
BLANK_RUN_RE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
# Some programs put the header right after her last sentence on the same line ("yes, the
# darker one. On Tue, 13 May 2025 at 09:41, Raj <raj@…> wrote:"): a capitalised starter
# after a sentence end, the rest of the line (and up to three lines below) a dated header.
GLUED_RE = re.compile(r"[.!?…][ \t]+(?=(?:Am|On|Le|Il|El|Op|Den|Em)\s)")
# Her own rule line inside her reply ("first part / ____ / second part, Best regards") is
# no separator; Outlook's rule has a header block or the original below it, and a list
# footer names the list, neither of which ends with her sign-off.
RULE_RE = re.compile(r"^_{10,}$")
# A labelled line of one or two words ("Od:", "Enviado el:") right below a rule starts
# the header of a program in a language the labels above do not know.
LABEL_LINE_RE = re.compile(r"^[*>\s]*[^\W\d_][\w-]*(?:\s[\w-]+)?\s?:\*?(?:\s|$)")


PGP_SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----"
PGP_SIGNATURE = ("-----BEGIN PGP SIGNATURE-----", "-----END PGP SIGNATURE-----")
PGP_MESSAGE = ("-----BEGIN PGP MESSAGE-----", "-----END PGP MESSAGE-----")
PGP_BLOCKS = dict((PGP_SIGNATURE, PGP_MESSAGE))  # a block's first line → its last line
PGP_CLOSERS = (PGP_SIGNATURE[0], PGP_SIGNATURE[1], PGP_MESSAGE[1])
PGP_ARMOR_HEADER_RE = re.compile(r"[A-Za-z][A-Za-z-]{0,30}:[^\n]{0,200}")


def unwrap_pgp(text: str) -> str:
    """`text` without the armour of inline OpenPGP (module docstring); unchanged without."""
    if "-----BEGIN PGP " not in text:
        return text
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    # Where each closing line is: the next one after a line is found by bisection, so a
    # text of many unclosed markers costs no rescans.
    closing = {mark: [j for j, s in enumerate(stripped) if s == mark] for mark in PGP_CLOSERS}
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = stripped[i]
        if line == PGP_SIGNED:
            i += 1
            while i < len(lines) and PGP_ARMOR_HEADER_RE.fullmatch(stripped[i]):
                i += 1  # "Hash: SHA256"
            ends = closing[PGP_SIGNATURE[0]]
            k = bisect_left(ends, i)
            signed_end = ends[k] if k < len(ends) else len(lines)
            # RFC 4880, 7.1: a signed line starting with "-" is sent as "- -…".
            kept += [ln[2:] if ln.startswith("- ") else ln for ln in lines[i:signed_end]]
            i = signed_end
            continue
        end = PGP_BLOCKS.get(line)
        if end is not None:
            ends = closing[end]
            k = bisect_left(ends, i)
            if k < len(ends):
                i = ends[k] + 1
                continue
        kept.append(lines[i])
        i += 1
    return "\n".join(kept)


def clean_mail_body(text: str) -> str:
    """Return her own words of a mail body: greeting, body and sign-off, nothing quoted."""
    lines = split_glued_attributions(unwrap_pgp(text).split("\n"))
    lines = cut_quoted_original(lines)
    lines = drop_quoted_lines(lines)
    lines = cut_signature(lines)
    kept = "\n".join(line.rstrip() for line in lines).strip()
    return BLANK_RUN_RE.sub("\n\n", kept)


def split_glued_attributions(lines: list[str]) -> list[str]:
    """Return the lines with a header that follows her last sentence on the same line put
    on a line of its own."""
    result: list[str] = []
    for i, line in enumerate(lines):
        match = GLUED_RE.search(line) if not QUOTED_RE.match(line) else None
        while match is not None:
            tail = line[match.end() :]
            size = find_attribution([tail, *lines[i + 1 : i + ATTRIBUTION_MAX_LINES]], 0)
            if size and DATED_RE.search(join_lines([tail, *lines[i + 1 :]], 0, size)):
                result.append(line[: match.start() + 1])
                line = tail
                break
            match = GLUED_RE.search(line, match.end())
        result.append(line)
    return result


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
    if ":" not in line:  # speed: most lines hold no colon at all
        return ""
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
    evidence = bool(HEADER_EVIDENCE_RE.search(lines[i]))
    for j in range(i + 1, min(len(lines), i + 1 + HEADER_LOOKAHEAD)):
        label = header_label(lines[j])
        if not label and lines[j].strip() and not header_label(lines[j - 1]):
            # Neither a label nor the value under one ("From:\nAnna …"): the block ends at
            # a new paragraph or at the second such line ("An: a@…;\n b@…" wraps).
            if not lines[j - 1].strip() or not header_label(lines[j - 2]):
                break
        labels.add(label)
        evidence = evidence or bool(HEADER_EVIDENCE_RE.search(lines[j]))
    labels.discard("")
    if not labels & SENDER_LABELS:
        return is_dated_block_without_sender(lines, i, labels)
    if len(labels) < 2:
        return False
    # Her list "Von: Montag / Bis: Mittwoch / An: Baustelle" names no address, no time and
    # no subject: a header of a mail program does.
    return evidence or bool(labels & EVIDENCE_LABELS)


def is_dated_block_without_sender(lines: list[str], i: int, labels: set[str]) -> bool:
    """True for a header block without a sender: its first line a date label with a time
    of day, and a recipient label with an address right below ("Date: … 09:41 +0100" /
    "To: isla@…")."""
    first = header_label(lines[i])
    if first not in DATE_LABELS or not TIME_RE.search(lines[i]) or not labels & RECIPIENT_LABELS:
        return False
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return header_label(below) in RECIPIENT_LABELS and "@" in below


def join_lines(lines: list[str], i: int, size: int) -> str:
    """Return `size` lines from i joined by spaces, links like "<mailto:…>" removed."""
    return " ".join(strip_links(line.strip()) for line in lines[i : i + size])


def find_attribution(lines: list[str], i: int) -> int:
    """Return how many lines (1 to 4) form an attribution at i, or 0."""
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
        if not last.rstrip().endswith(COLONS) and "://" not in last and "mailto:" not in last:
            if ends_sentence(last):
                return 0
            continue
        joined = join_lines(lines, i, size)
        if len(joined) > ATTRIBUTION_MAX_CHARS:
            return 0
        if joined.endswith(COLONS) and ATTRIBUTION_RE.match(joined):
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
        if ends_sentence(lines[i + size - 1]):
            return 0
    return 0


def ends_sentence(line: str) -> bool:
    """True when a line ends a sentence: ".", "!" or "?", but not a date's dot ("13.")."""
    line = line.rstrip()
    if not line.endswith("."):
        return line.endswith(("!", "?"))
    return DATE_DOT_RE.search(line[-DATE_DOT_TAIL:]) is None


def is_attribution(text: str) -> bool:
    """True for a complete attribution ("Am … schrieb Anna <…>:")."""
    return text.endswith(COLONS) and ATTRIBUTION_RE.match(text) is not None


def next_text_line(lines: list[str], i: int) -> str:
    """Return the first non-blank line at or after i ("" at the end)."""
    for line in lines[i:]:
        if line.strip():
            return line
    return ""


def is_notes_header(lines: list[str], i: int) -> bool:
    """True for Lotus Notes' sender line with the date and time on the line below."""
    return (
        i + 1 < len(lines)
        and NOTES_SENDER_RE.match(lines[i].strip()) is not None
        and NOTES_DATE_RE.match(lines[i + 1].strip()) is not None
    )


def starts_original(lines: list[str], i: int) -> bool:
    """True when line i starts an original that is not "> "-quoted (top-posting)."""
    line = lines[i].strip()
    if is_separator(line) or is_header_block(lines, i) or is_notes_header(lines, i):
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
        if not raw.strip():
            continue
        if QUOTED_RE.match(raw):
            if raw.startswith(">>>") and GROUPWISE_RE.match(raw.strip()):
                return lines[:i]
        elif starts_original(lines, i) and not is_her_rule(lines, i):
            return lines[:i]
    return lines


def is_her_rule(lines: list[str], i: int) -> bool:
    """True when line i is an underscore rule between two parts of her reply: below it
    her text goes on, with no header or labelled line first, and ends in her sign-off
    before any quoted original."""
    if not RULE_RE.match(lines[i].strip()):
        return False
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))
    if below == len(lines) or LABEL_LINE_RE.match(lines[below]) or QUOTED_RE.match(lines[below]):
        return False
    for j in range(below, len(lines)):
        line = lines[j].strip()
        if not line:
            continue
        if QUOTED_RE.match(lines[j]) or starts_original(lines, j):
            return False
        if len(line) <= 60 and is_signoff_line(line):
            return True
    return False


def drop_quoted_lines(lines: list[str]) -> list[str]:
    """Return the lines without "> " quotes and the attribution lines above them."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        raw = lines[i]
        if QUOTED_RE.match(raw) or (i > 0 and is_wrapped_quote_tail(lines, i)):
            i += 1
            continue
        size = find_attribution(lines, i) if raw.strip() else 0
        if size and QUOTED_RE.match(next_text_line(lines, i + size)):
            i += size
            continue
        kept.append(raw)
        i += 1
    return kept


def is_wrapped_quote_tail(lines: list[str], i: int) -> bool:
    """True when line i holds the last words of the quoted line above it, wrapped there
    without a marker: the quoted line is long and unfinished, the first word would not
    have fit on it, and line i starts in lower case or has a quoted line below."""
    before, line = lines[i - 1].rstrip(), lines[i].strip()
    if not line or len(before) < WRAP_MIN_CHARS or not QUOTED_RE.match(before):
        return False
    if before.endswith((".", "!", "?", ":", ";")):
        return False
    if len(before) + 1 + len(line.split()[0]) <= WRAP_WIDTH:
        return False
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if after.strip() and not QUOTED_RE.match(after):
        return False
    return line[0].islower() or bool(QUOTED_RE.match(after))
