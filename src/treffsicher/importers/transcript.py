"""Call transcripts (.vtt, .srt, "Name: …" text) → the client's own turns, with timestamps.

"only the turns of the client's speakers; consecutive turns merged; timestamps kept
as provenance". Formats, parsed here without a library (simple and fast):

- WebVTT from Teams, Zoom, Google Meet and Webex: cues with "<v Name>" voice tags (Teams),
  a "Name: text" first line (Zoom, Meet), the speaker in the cue's identifier
  ('3 "Anna Berg" (2051463390)', Webex); other cue tags and entities go;
- SubRip (.srt) with "Name: text" prefixes; cues pasted into Word without blank lines, also
  with unpadded times and the name alone on the line under the timing (older Teams);
- plain text (and Word, OpenDocument) with a label per turn, in the layouts the call tools
  export (the shape decides, not the tool's name):
  "Name: text"; "[00:01:02] Name: text", "00:03 Name: text" (tactiq, Descript);
  "Name: [00:01:02] text" (Descript, Sonix); "Speaker 1 (00:12):" (Rev, Temi);
  above the turn: "Name  1:02:03" (Otter, Teams in Word, Webex), "Name - 00:09"
  (Fireflies), "Name (00:00:03)" and "00:00:03 - Name" (tl;dv), "[00:03] Name"
  (Riverside), "[Name] 10:03:15" (Zoom's saved transcript); a time on a line of its own
  for the turns below it (Google Meet). Lines without a label continue the turn (a turn
  keeps all its lines); lines the tool adds (Otter's footer, Teams' "started
  transcription", Meet's "Meeting ended after …") are nobody's words and go.

In plain text a label without a timestamp counts as a speaker only when it starts at least
two lines (or is one of the client's names): "Wichtig: bitte …" once in her turn is text,
and FAQ, form, mail and list labels ("Frage:", "Antwort:", "Datum:", "Sie:", "Montag",
"12:30 Uhr") are not (NOT_SPEAKERS) unless one of them is named as hers. Whether a plain
text is a transcript at all (and not an agenda, minutes, a timetable, a FAQ, a mail, a
recipe or a price list, which stay documents with every line) is looks_like_transcript's
rule; docs/decisions/0021-transcript-tools.md says why.
A cue or line without a speaker continues the previous speaker's turn (Teams splits long
turns into several cues). Consecutive turns of one speaker, and of two of the client's
names, are merged into one passage that keeps the first turn's timestamp.

Speaker names match case-insensitively and across display-name variants: "Kellermann,
Johanna", "Johanna Kellermann (Gast)", "Dr. Johanna Kellermann" and "johanna kellermann"
are one person. A first name alone does not match a full name (two Annas in one call).

Offsets: the source text of a transcript is her passages joined by blank lines (the other
speakers' words are never stored), and char_start/char_end refer to that text.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from collections.abc import Callable, Collection
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from treffsicher.core.models import KIND_SPEECH, PROFILE_LANGUAGES, UNDETERMINED
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.importers.decoding import LABELS, decode_bytes
from treffsicher.importers.documents import RejectedSourceError, check_bytes
from treffsicher.importers.passages import split_text

STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# Cue timings also come unpadded: Teams transcripts in Word wrote "0:0:3.120 --> 0:0:7.0".
CUE_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
# Every repetition is bounded and no pattern can run over a line end: a hostile file of
# "<v <v <v …", blank lines or a line of a million spaces must not make the search
# quadratic (any bytes in). Labels are matched line by line.
TIMING_RE = re.compile(rf"^[ \t]*({CUE_STAMP})[ \t]{{0,40}}-->[ \t]{{0,40}}{CUE_STAMP}")
CUE_LINE_RE = re.compile(rf"(?m)^[ \t]*{CUE_STAMP}[ \t]{{0,40}}-->[ \t]{{0,40}}{CUE_STAMP}")
# A cue's identifier: a number (SRT), a Teams id ("1a2b-3c4d/12-0"), or Webex's number
# with the speaker in quotes ('3 "Anna Berg" (2051463390)').
CUE_ID_RE = re.compile(r"^[ \t]*(?:\d{1,12}|[0-9A-Fa-f-]{1,64}/\d{1,9}-\d{1,9})[ \t]*$")
WEBEX_ID_RE = re.compile(r'^[ \t]*\d{1,9}[ \t]{1,40}"([^"\n]{1,120})"')
CUE_BLOCKS = ("NOTE", "STYLE", "REGION")
VOICE_RE = re.compile(r"<v(?:\.[^\s>]{0,40})?[ \t]+([^>\n]{0,120})>")
CUE_TAG_RE = re.compile(r"</?[A-Za-z][^>\n]{0,200}>|<\d[\d:.]{0,20}>|\{\\[^}\n]{0,200}\}")
NAME = r"[^\W\d_][\w.,'’()&/@ -]{0,48}?"
GAP = r"[ \t]{1,40}"
MARK = r"(?:[-–—|·][ \t]{0,40})?"
# The layouts of a line that starts a turn, tried in this order (see match_line):
# "[00:01:02] Name: text", "00:03 Name: text", "00:03 - Name: text" (tactiq, Descript);
STAMPED_RE = re.compile(
    rf"^\s*[\[(]?({STAMP})[\])]?{GAP}{MARK}({NAME})[ \t]{{0,40}}:(?:{GAP}(.*))?$"
)
# "Name: [00:01:02] text" (Sonix, Descript);
LABEL_STAMP_RE = re.compile(rf"^\s*({NAME})[ \t]{{0,40}}:{GAP}[\[(]({STAMP})[\])](?:{GAP}(.*))?$")
# "Speaker 1 (00:12):" with the text below or after it (Rev, Temi);
REV_RE = re.compile(rf"^\s*({NAME}){GAP}[\[(]({STAMP})[\])][ \t]{{0,40}}:(?:{GAP}(.*))?$")
# "Anna Berg  0:03" above the turn (Otter, Teams in Word, Webex), also with a mark or
# brackets: "Anna Berg - 00:09" (Fireflies), "Anna Berg (00:00:03)" (tl;dv);
NAME_STAMP_RE = re.compile(rf"^\s*({NAME}){GAP}{MARK}[\[(]?({STAMP})[\])]?\s*$")
# "[Anna Berg] 10:03:15" above the turn (Zoom's saved transcript);
BRACKET_NAME_RE = re.compile(rf"^\s*\[({NAME})\]{GAP}[\[(]?({STAMP})[\])]?\s*$")
# "00:00:03 - Anna Berg", "[00:03] Anna Berg" above the turn (tl;dv, Riverside), where
# the label must be written like a name ("10:30 Rundgang durch die Werkstatt" is none);
STAMP_NAME_RE = re.compile(rf"^\s*[\[(]?({STAMP})[\])]?{GAP}{MARK}({NAME})\s*$")
# "Name: text".
LABEL_RE = re.compile(rf"^\s*({NAME})[ \t]{{0,40}}:(?:{GAP}(.*))?$")
STAMP_LINE_RE = re.compile(rf"^\s*[\[(]?({STAMP})[\])]?\s*$")
NAME_LINE_RE = re.compile(NAME)
NAME_END = tuple(".!?…,;:")  # a label ending so is the end of a sentence, not a name
BRACKETS_RE = re.compile(r"\([^)]{0,200}\)|\[[^\]]{0,200}\]|<[^>]{0,200}>")
# Lines the recording tool writes into the transcript, not anyone's words: Otter's footer,
# Teams' notices when the transcription starts or stops, the end line of a Meet transcript.
TOOL_LINE_RE = re.compile(
    r"(?i)^[ \t]*transcribed by[ \t]{1,40}(?:https?://)?(?:www\.)?"
    r"otter\.ai\S{0,80}[ \t]*$"
    r"|^.{1,120}?[ \t](?:started|stopped) transcription\.?[ \t]*$"
    r"|^.{1,120}?[ \t]hat die transkription (?:gestartet|beendet)\.?[ \t]*$"
    r"|^[ \t]*meeting ended after [\d:]{4,8}(?![\w:]).{0,20}$"
)
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”“»«)\]]{0,3}$")
MAIL_FIELD_RE = re.compile(r"^[ \t]*([^\W\d_]{2,12})[ \t]{0,40}:")
MAIL_FROM = frozenset({"von", "from"})
MAIL_FIELDS = frozenset("gesendet sent an to datum date cc betreff subject".split())
TITLES = frozenset({"dr.", "dr", "prof.", "prof", "frau", "herr", "mr", "mr.", "mrs", "mrs.", "ms"})
# Labels that start lines of FAQs, forms, letters and lists, not turns ("Frage: … Antwort:
# …" is a website's FAQ, "Sie: … Wir: …" a chat-like one, "Gesendet:" a mail header,
# "Montag 18:00" a course plan, "12:30 Uhr" a time); in plain text they are speakers only
# when named as the client's.
NOT_SPEAKERS = frozenset(
    "frage antwort f a q question answer hinweis wichtig tipp achtung beispiel note example "
    "ps p.s. betreff subject datum date ort zeit uhrzeit telefon tel fax e-mail email web "
    "adresse preis kosten dauer termin von an cc from to ziel zielgruppe "
    "gesendet sent bcc anhang anlage anlagen attachment attachments "
    "ich du er es wir ihr sie uns i me you we us they "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "monday tuesday wednesday thursday friday saturday sunday uhr".split()
)
MAX_LABEL_WORDS = 4
# Lower-case words a name may hold: particles and the parts of academic titles.
NAME_PARTICLES = frozenset(
    "von van der den de du da di dos zu zur vom ten ter le la "
    "med. rer. nat. phil. jur. dent. vet. oec. pol. h.c. habil. dipl.".split()
)
MIN_TURNS_PER_SPEAKER = 2  # plain text: a label this often before it counts as a speaker
MIN_STAMPED_TURNS = 3  # or two speakers and this many lines with a time
MIN_SPEECH_WORDS = 6  # a turn this long reads as speech even without a sentence end
MIN_ROUND_TIMES = 3  # this many times, all on the five-minute grid: an agenda's clock
MIN_OWN_WORDS = 8  # shorter turns take the transcript's language ("Ja, genau." is "und")
CLIENT = "\x00client"  # merge key shared by all of the client's names
MEDIA_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip", "text": "text/plain"}


class Turn(NamedTuple):
    """One speaker's contiguous words: display name, start "HH:MM:SS" (or ""), text."""

    speaker: str
    timestamp: str
    text: str
    tags: str = ""  # hashtags taken out of a chat message, kept in its passage's note


class Header(NamedTuple):
    """A line that starts a turn: the label, its time ("HH:MM:SS" or "") and the words
    after the label on the same line ("" when the turn's text is below it)."""

    label: str
    stamp: str
    rest: str


class PlainTurns(NamedTuple):
    """The turns of a plain-text transcript and the times on its speaker lines, in order."""

    turns: list[Turn]
    stamps: list[str]


class Cue(NamedTuple):
    """A WebVTT or SRT cue: its start, the speaker its identifier names (Webex) and its lines."""

    stamp: str
    speaker: str
    lines: list[str]


def read_transcript(
    data: bytes | str,
    name: str,
    *,
    speakers: Collection[str],
    lang: str = "de",
    kind: str | None = None,
) -> ImportedSource:
    """Return the client's turns of a transcript as passages (speaker and timestamp kept).

    Raises RejectedSourceError (an InputError) for unreadable bytes, a file without turns,
    no speakers named (the message lists the speakers found) or none of them present.
    """
    raw, text, encoding = decode_transcript(data, name, lang)
    turns = merge_turns(parse_turns(text, speakers))
    if not turns:
        raise RejectedSourceError(name, "no_turns", lang)
    if not speakers:
        raise RejectedSourceError(
            name,
            "no_speaker",
            lang,
            found=describe_speakers(turns),
            candidates=rank_speakers(turns),
        )
    wanted = {normalize_speaker(s) for s in speakers}
    # Two of her names in a row (a second device joined) are still one turn of hers.
    own = merge_turns(turns, lambda t: CLIENT if key_of(t) in wanted else key_of(t))
    kept = [t for t in own if key_of(t) in wanted]
    if not kept:
        found = describe_speakers(turns)
        wanted_text = ", ".join(speakers)
        raise RejectedSourceError(name, "speaker_missing", lang, wanted=wanted_text, found=found)
    passages = build_passages(kept, kind or KIND_SPEECH)
    senders = sorted({t.speaker for t in turns if key_of(t) in wanted})
    return ImportedSource(
        name=name,
        content_hash=hashlib.sha256(raw).hexdigest(),
        media_type=MEDIA_TYPES[detect_format(text)],
        encoding=encoding,
        passages=passages,
        sender=", ".join(senders),
    )


def scan_speakers(data: bytes | str | Path, name: str = "") -> dict[str, int]:
    """Return the number of (merged) turns per speaker, most turns first.

    `data` is the transcript's bytes or text, or a Path to read. Unreadable input gives
    RejectedSourceError like read_transcript; a text without turns, or a document that
    only looks like one (looks_like_transcript: an agenda, minutes), gives {}.
    """
    if isinstance(data, Path):
        name = name or str(data)
        data = data.read_bytes()
    _, text, _ = decode_transcript(data, name or "transcript", "en")
    if not looks_like_transcript(text):
        return {}  # the import keeps it as a document: no speakers to pick
    counts = Counter(t.speaker for t in merge_turns(parse_turns(text, ())))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def looks_like_transcript(text: str) -> bool:
    """Return True when a plain text is a speaker transcript rather than a document.

    A WEBVTT header makes it one, and so do cue timings ("00:00:01.000 --> 00:00:04.000")
    with speakers (time ranges in a plan have none). Otherwise all of these hold
    (the rule that keeps agendas, minutes, timetables, course plans, FAQs, mails, recipes,
    opening hours and price lists whole, as documents):

    - speakers: two of them speak at least twice each, or there are two speakers and at
      least three speaker lines with a time;
    - speech: at least half of the (merged) turns end like a sentence (. ! ? …) or run
      six words or more ("Begrüßung", "75 €" and "Gleis 5" are list items, not turns);
    - times: the times on speaker lines never run backwards, and three or more different
      ones are not all on the five-minute grid (10:00, 10:15, 10:30 are an agenda's clock
      times; a recording's times fall on any second);
    - no mail header: no "Von:"/"From:" line followed by "Gesendet:", "An:", "Datum:" or
      their English names (a forwarded or quoted mail).

    Labels that start FAQ, form, mail and list lines (NOT_SPEAKERS: "Frage", "Sie",
    "Gesendet", "Montag", "Uhr" …) never count as speakers here.
    """
    fmt = detect_format(text)
    if fmt != "text":
        return fmt == "vtt" or bool(parse_cues(text))
    if not has_two_label_lines(text):
        return False  # one speaker at most: the rules below cannot hold (a shortcut)
    if has_mail_header(text):
        return False
    parsed = read_plain(text, set())
    turns = merge_turns(parsed.turns)
    if not turns or not reads_as_speech(turns) or not plausible_times(parsed.stamps):
        return False
    counts = Counter(key_of(t) for t in turns)
    if len(counts) >= 2 and len(parsed.stamps) >= MIN_STAMPED_TURNS:
        return True
    return sum(1 for n in counts.values() if n >= MIN_TURNS_PER_SPEAKER) >= 2


def has_two_label_lines(text: str) -> bool:
    """Return True when two lines of `text` hold a colon.

    Only a line with a colon names a speaker (match_line), so a text with fewer such lines
    has one speaker at most, which no rule of looks_like_transcript accepts. Most
    documents end here, without a regex run over every line.
    """
    first = text.find(":")
    if first < 0:
        return False
    line_end = text.find("\n", first)
    return line_end >= 0 and text.find(":", line_end) >= 0


def reads_as_speech(turns: list[Turn]) -> bool:
    """Return True when at least half of the turns end like a sentence or are long."""
    speech = sum(
        1
        for t in turns
        if SENTENCE_END_RE.search(t.text) or len(t.text.split()) >= MIN_SPEECH_WORDS
    )
    return 2 * speech >= len(turns)


def plausible_times(stamps: list[str]) -> bool:
    """Return True for the times of a recording: never backwards, not an agenda's grid.

    `stamps` are "HH:MM:SS"; the last field is the seconds of "MM:SS" and of "H:MM:SS" and
    the minutes of a clock's "HH:MM" (written the same way): all on multiples of five, in
    three or more different times, is a plan, not a recording. The last time is not held
    to the order: the sniffed head of a long file may end in the middle of it ("1:02:03"
    cut to "1:02").
    """
    if any(later < earlier for earlier, later in pairwise(stamps[:-1])):
        return False
    distinct = set(stamps)
    return len(distinct) < MIN_ROUND_TIMES or any(int(s[-2:]) % 5 for s in distinct)


def has_mail_header(text: str) -> bool:
    """Return True when a "Von:"/"From:" line is followed by another mail header field."""
    previous = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        field = MAIL_FIELD_RE.match(line)
        current = field.group(1).casefold() if field else ""
        if previous in MAIL_FROM and current in MAIL_FIELDS:
            return True
        previous = current
    return False


def decode_transcript(data: bytes | str, name: str, lang: str) -> tuple[bytes, str, str]:
    """Return (raw bytes, normalised text, encoding); RejectedSourceError if unusable."""
    raw, text, encoding = decode_raw(data, name, lang)
    return raw, normalize_text(text), encoding


def decode_raw(data: bytes | str, name: str, lang: str) -> tuple[bytes, str, str]:
    """Return (raw bytes, text as decoded, not yet normalised, encoding);
    RejectedSourceError for empty, binary or undecodable data."""
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass"), data, "utf-8"
    check_bytes(data, name, lang)
    try:
        decoded = decode_bytes(data)
    except ValueError as error:
        encoding = LABELS.get(str(error), str(error))
        raise RejectedSourceError(name, "bad_encoding", lang, encoding=encoding) from error
    return data, decoded.text, decoded.encoding


def detect_format(text: str) -> str:
    """Return "vtt", "srt" (cue timings without the WEBVTT header) or "text"."""
    if text.lstrip().startswith("WEBVTT"):
        return "vtt"
    head = text[:20_000]
    return "srt" if "-->" in head and CUE_LINE_RE.search(head) else "text"


def parse_turns(text: str, speakers: Collection[str]) -> list[Turn]:
    """Return the turns of a transcript in order (not merged; see merge_turns)."""
    if detect_format(text) == "text":
        return read_plain(text, {normalize_speaker(s) for s in speakers}).turns
    return parse_cues(text)


def parse_cues(text: str) -> list[Turn]:
    """Return the turns of WebVTT or SRT cues; header, NOTE, STYLE and REGION blocks go.

    The speaker is a "<v Name>" voice tag (Teams), a "Name: " first line (Zoom, Meet), the
    cue's identifier ('3 "Anna Berg" (2051463390)', Webex), or a name alone on the cue's
    first line when the same name starts two cues or more (Teams transcripts in Word).
    """
    cues = split_cues(text)
    firsts = Counter(c.lines[0].strip() for c in cues if len(c.lines) >= 2)
    turns: list[Turn] = []
    speaker = ""
    for cue in cues:
        lines = cue.lines
        speaker = cue.speaker or speaker
        if len(lines) >= 2 and firsts[lines[0].strip()] >= 2 and is_name_line(lines[0]):
            speaker, lines = " ".join(lines[0].split()), lines[1:]
        for index, line in enumerate(lines):
            # A line may hold several voices: "<v Anna>Hallo</v> <v Ben>Hi</v>".
            parts = VOICE_RE.split(line)
            for position, part in enumerate(parts):
                if position % 2:
                    speaker = " ".join(html.unescape(part).split())
                    continue
                words = " ".join(html.unescape(CUE_TAG_RE.sub("", part)).split())
                label = LABEL_RE.match(words) if index == 0 and len(parts) == 1 else None
                if label and is_name(label.group(1)):
                    speaker, words = label.group(1).strip(), (label.group(2) or "").strip()
                if words and speaker:
                    turns.append(Turn(speaker, cue.stamp, words))
    return turns


def split_cues(text: str) -> list[Cue]:
    """Return the cues of a WebVTT or SRT text, each with the lines of its text.

    A cue's text runs from its timing line to the next blank line. Transcripts pasted
    into Word have no blank lines: there the text runs to the next timing line, without
    that cue's identifier. A blank line right after the timing (Teams without speakers)
    is passed over.
    """
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if "-->" in line and TIMING_RE.match(line)]
    cues: list[Cue] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        first = start + 1
        while first < end and not lines[first].strip():
            first += 1
        body = lines[first:end]
        blank = next((i for i, line in enumerate(body) if not line.strip()), None)
        if blank is not None:
            body = body[:blank]
        elif end < len(lines) and body and is_cue_id(body[-1]):
            body = body[:-1]
        if first > start + 1 and body and body[0].lstrip().startswith(CUE_BLOCKS):
            body = []  # an empty cue, then a NOTE block
        timing = TIMING_RE.match(lines[start])
        ident = WEBEX_ID_RE.match(lines[start - 1]) if start else None
        speaker = " ".join(ident.group(1).split()) if ident else ""
        cues.append(Cue(format_stamp(timing.group(1)) if timing else "", speaker, body))
    return cues


def is_cue_id(line: str) -> bool:
    """Return True for a cue identifier line (a number, a Teams or Webex identifier)."""
    return bool(CUE_ID_RE.match(line) or WEBEX_ID_RE.match(line))


def is_name_line(line: str) -> bool:
    """Return True when a line holds a name alone ("Anna Berg", "Kellermann, Johanna")."""
    words = line.strip()
    return bool(NAME_LINE_RE.fullmatch(words)) and is_name(words) and is_bare_name(words)


def read_plain(text: str, wanted: set[str]) -> PlainTurns:
    """Return the turns of a plain-text transcript (labels as in the module docstring) and
    the times on the lines that named their speakers."""
    lines = text.split("\n")
    headers = [match_line(line) for line in lines]
    counts = Counter(normalize_speaker(h.label) for h in headers if h and not h.stamp)
    # Her turns are labelled "Antwort:": then "Frage:" is the other speaker, not her text.
    generic_wanted = bool(wanted & NOT_SPEAKERS)
    turns: list[Turn] = []
    stamps: list[str] = []
    speaker, stamp, pending = "", "", ""
    for line, header in zip(lines, headers, strict=True):
        if header is not None:
            key = normalize_speaker(header.label)
            generic = key in NOT_SPEAKERS and not generic_wanted
            repeated = counts[key] >= MIN_TURNS_PER_SPEAKER
            if key in wanted or (not generic and (header.stamp or repeated)):
                speaker, stamp, pending = header.label, header.stamp or pending, ""
                if header.stamp:
                    stamps.append(header.stamp)
                line = header.rest
        elif ":" in line and (lone := STAMP_LINE_RE.match(line)):
            # Google Meet: a time on a line of its own, for the turns that follow.
            pending = format_stamp(lone.group(1))
            continue
        elif TOOL_LINE_RE.match(line):
            continue
        words = " ".join(line.split())
        if words and speaker:
            turns.append(Turn(speaker, stamp, words))
    return PlainTurns(turns, stamps)


# (pattern, label group, time group) of the layouts with a time, in the order they are
# tried; the words on the same line are group 3 where there is one.
HEADER_LAYOUTS = (
    (STAMPED_RE, 2, 1),
    (LABEL_STAMP_RE, 1, 2),
    (REV_RE, 1, 2),
    (NAME_STAMP_RE, 1, 2),
    (BRACKET_NAME_RE, 1, 2),
    (STAMP_NAME_RE, 2, 1),
)


def match_line(line: str) -> Header | None:
    """Return the header when a line starts a turn (layouts as at STAMPED_RE), else None."""
    if ":" not in line:
        return None
    for pattern, label_group, stamp_group in HEADER_LAYOUTS:
        match = pattern.match(line)
        if match is None:
            continue
        label = match.group(label_group).strip()
        if not is_name(label) or (pattern is STAMP_NAME_RE and not is_bare_name(label)):
            continue
        rest = match.group(3) if pattern.groups >= 3 else ""
        return Header(label, format_stamp(match.group(stamp_group)), rest or "")
    label_match = LABEL_RE.match(line)
    if label_match and is_name(label_match.group(1)) and looks_like_name(label_match.group(1)):
        return Header(label_match.group(1).strip(), "", label_match.group(2) or "")
    return None


def is_bare_name(label: str) -> bool:
    """Return True for a label that can stand alone after a time as a name: written like
    one and not ending like a sentence ("00:03 Genau." is speech, "00:03 Anna Berg" not)."""
    return looks_like_name(label) and not label.endswith(NAME_END)


def looks_like_name(label: str) -> bool:
    """Return True when an unstamped label is written like a name or a role.

    Every word starts with a capital or a digit ("Anna Berg", "Speaker 2", "Kundin"), or is
    a name particle or part of a title ("Anna von Berg", "Dr. med. Anna Berg"). Prose that
    leads into a colon ("Kurz noch: …", "Was mir wichtig ist: …", "One more thing: …") has
    lower-case words and is no speaker.
    """
    return all(
        word[0].isupper() or word[0].isdigit() or word.lower() in NAME_PARTICLES
        for word in label.split()
    )


def is_name(label: str) -> bool:
    """Return True for a plausible speaker label: one to four words, not a URL or a time."""
    words = label.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and "//" not in label


def format_stamp(stamp: str) -> str:
    """Return a cue or line timestamp as "HH:MM:SS" ("1:02" → "00:01:02"; ms dropped)."""
    parts = re.split(r"[.,]", stamp)[0].split(":")
    while len(parts) < 3:
        parts.insert(0, "0")
    return ":".join(f"{int(p):02d}" for p in parts)


def normalize_speaker(name: str) -> str:
    """Return the comparison key of a speaker name (case, brackets, "Last, First", titles)."""
    name = BRACKETS_RE.sub(" ", name) if "@" not in name else name
    if name.count(",") == 1:
        last, first = name.split(",")
        name = f"{first} {last}"
    words = name.casefold().split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def key_of(turn: Turn) -> str:
    """Return the comparison key of a turn's speaker."""
    return normalize_speaker(turn.speaker)


def merge_turns(turns: list[Turn], key: Callable[[Turn], str] = key_of) -> list[Turn]:
    """Return turns with consecutive turns of one speaker (same `key`) joined.

    The merged turn keeps the first turn's speaker label and timestamp (even an empty one:
    a later time would claim the turn started later than it did).
    """
    merged: list[Turn] = []
    previous = None
    for turn in turns:
        current = key(turn)
        if merged and current == previous:
            last = merged[-1]
            merged[-1] = Turn(last.speaker, last.timestamp, f"{last.text} {turn.text}")
        else:
            merged.append(turn)
        previous = current
    return merged


def describe_speakers(turns: list[Turn]) -> str:
    """Return "Anna Berg (12), Johanna Kellermann (9)": the speakers found, most turns first."""
    counts = Counter(t.speaker for t in turns)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{speaker} ({count})" for speaker, count in ranked)


def rank_speakers(turns: list[Turn]) -> tuple[str, ...]:
    """The speakers found, most turns first (as describe_speakers lists them)."""
    counts = Counter(t.speaker for t in turns)
    return tuple(s for s, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def build_passages(turns: list[Turn], kind: str) -> tuple[ImportedPassage, ...]:
    """Return one passage per kept turn (long turns in chunks), offsets into the joined text."""
    text = "\n\n".join(t.text for t in turns)
    whole_language = guess_language(text)
    passages: list[ImportedPassage] = []
    start = 0
    for turn in turns:
        end = start + len(turn.text)
        for chunk_start, chunk_end in split_text(text, start, end):
            chunk = text[chunk_start:chunk_end]
            language = guess_language(chunk)
            if language == UNDETERMINED and len(chunk.split()) < MIN_OWN_WORDS:
                # Short answers say too little on their own; the call's language is theirs.
                language = whole_language if whole_language in PROFILE_LANGUAGES else language
            passages.append(
                ImportedPassage(
                    text=chunk,
                    language=language,
                    kind=kind,
                    position=len(passages),
                    char_start=chunk_start,
                    char_end=chunk_end,
                    note=" ".join(filter(None, (turn.timestamp, turn.speaker, turn.tags))),
                    speaker=turn.speaker,
                    timestamp=turn.timestamp,
                )
            )
        start = end + 2
    return tuple(passages)
