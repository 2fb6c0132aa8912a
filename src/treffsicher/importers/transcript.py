"""Call transcripts (.vtt, .srt, "Name: …" text) → the client's own turns, with timestamps.

"only the turns of the client's speakers; consecutive turns merged; timestamps kept
as provenance". Formats, parsed here without a library (simple and fast):

- WebVTT from Teams, Zoom and Google Meet: cues with "<v Name>" voice tags (Teams) or a
  "Name: text" first line (Zoom, Meet); other cue tags and entities go;
- SubRip (.srt) with "Name: text" prefixes;
- plain text with "Name: text", "[00:01:02] Name: text", "00:01:02 Name: text" lines, or
  a "Name  00:01:02" line above the turn (Otter), a time on a line of its own for the
  turns below it (Google Meet); lines without a label continue the turn.

In plain text a label without a timestamp counts as a speaker only when it starts at least
two lines (or is one of the client's names): "Wichtig: bitte …" once in her turn is text,
and FAQ and form labels ("Frage:", "Antwort:", "Datum:") are not (NOT_SPEAKERS) unless
one of them is named as hers.
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
from pathlib import Path
from typing import NamedTuple

from treffsicher.core.models import KIND_SPEECH, PROFILE_LANGUAGES, UNDETERMINED
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.importers.decoding import LABELS, decode_bytes
from treffsicher.importers.documents import RejectedSourceError, check_bytes
from treffsicher.importers.passages import split_text

STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
BLOCK_RE = re.compile(r"\n[ \t]*\n")
# Every repetition is bounded and no pattern can run over a line end: a hostile file of
# "<v <v <v …" or blank lines must not make the search quadratic (any bytes in).
TIMING_RE = re.compile(rf"^[ \t]*({STAMP})[ \t]*-->[ \t]*{STAMP}")
CUE_LINE_RE = re.compile(rf"(?m)^[ \t]*{STAMP}[ \t]*-->")
VOICE_RE = re.compile(r"<v(?:\.[^\s>]{0,40})?[ \t]+([^>\n]{0,120})>")
CUE_TAG_RE = re.compile(r"</?[A-Za-z][^>\n]{0,200}>|<\d[\d:.]{0,20}>|\{\\[^}\n]{0,200}\}")
NAME = r"[^\W\d_][\w.,'’()&/@ -]{0,48}?"
LABEL_RE = re.compile(rf"^\s*({NAME})[ \t]*:(?:[ \t]+(.*))?$")
STAMPED_RE = re.compile(
    rf"^\s*[\[(]?({STAMP})[\])]?[ \t]+(?:-[ \t]+)?({NAME})[ \t]*:(?:[ \t]+(.*))?$"
)
STAMP_LINE_RE = re.compile(rf"^\s*[\[(]?({STAMP})[\])]?\s*$")
# "Anna Berg  0:03" (Otter), also with a mark between: "Anna Berg - 00:03" (Fireflies).
NAME_STAMP_RE = re.compile(rf"^\s*({NAME})[ \t]+(?:[-–—|·][ \t]*)?[\[(]?({STAMP})[\])]?\s*$")
BRACKETS_RE = re.compile(r"\([^)]{0,200}\)|\[[^\]]{0,200}\]|<[^>]{0,200}>")
TITLES = frozenset({"dr.", "dr", "prof.", "prof", "frau", "herr", "mr", "mr.", "mrs", "mrs.", "ms"})
# Labels that start lines of FAQs, forms and letters, not turns ("Frage: … Antwort: …" is
# a website's FAQ); in plain text they are speakers only when named as the client's.
NOT_SPEAKERS = frozenset(
    "frage antwort f a q question answer hinweis wichtig tipp achtung beispiel note example "
    "ps p.s. betreff subject datum date ort zeit uhrzeit telefon tel fax e-mail email web "
    "adresse preis kosten dauer termin von an cc from to ziel zielgruppe".split()
)
MAX_LABEL_WORDS = 4
# Lower-case words a name may hold: particles and the parts of academic titles.
NAME_PARTICLES = frozenset(
    "von van der den de du da di dos zu zur vom ten ter le la "
    "med. rer. nat. phil. jur. dent. vet. oec. pol. h.c. habil. dipl.".split()
)
MIN_TURNS_PER_SPEAKER = 2  # plain text: a label this often before it counts as a speaker
MIN_OWN_WORDS = 8  # shorter turns take the transcript's language ("Ja, genau." is "und")
CLIENT = "\x00client"  # merge key shared by all of the client's names
MEDIA_TYPES = {"vtt": "text/vtt", "srt": "application/x-subrip", "text": "text/plain"}


class Turn(NamedTuple):
    """One speaker's contiguous words: display name, start "HH:MM:SS" (or ""), text."""

    speaker: str
    timestamp: str
    text: str
    tags: str = ""  # hashtags taken out of a chat message, kept in its passage's note


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
        raise RejectedSourceError(name, "no_speaker", lang, found=describe_speakers(turns))
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
    RejectedSourceError like read_transcript; a text without turns gives {}.
    """
    if isinstance(data, Path):
        name = name or str(data)
        data = data.read_bytes()
    _, text, _ = decode_transcript(data, name or "transcript", "en")
    counts = Counter(t.speaker for t in merge_turns(parse_turns(text, ())))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def looks_like_transcript(text: str) -> bool:
    """Return True when a plain text is a speaker transcript rather than prose.

    Cue timings ("00:00:01.000 --> …"), two speakers with two turns each, or two
    speakers and three timestamped turns ("[00:01:02] Name: …" is unmistakable).
    """
    if detect_format(text) != "text":
        return True
    turns = merge_turns(parse_turns(text, ()))
    counts = Counter(t.speaker for t in turns)
    if len(counts) >= 2 and sum(1 for t in turns if t.timestamp) >= 3:
        return True
    return sum(1 for n in counts.values() if n >= MIN_TURNS_PER_SPEAKER) >= 2


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
    return "srt" if CUE_LINE_RE.search(text[:20_000]) else "text"


def parse_turns(text: str, speakers: Collection[str]) -> list[Turn]:
    """Return the turns of a transcript in order (not merged; see merge_turns)."""
    if detect_format(text) == "text":
        return parse_plain(text, {normalize_speaker(s) for s in speakers})
    return parse_cues(text)


def parse_cues(text: str) -> list[Turn]:
    """Return the turns of WebVTT or SRT cues; header, NOTE, STYLE and REGION blocks go."""
    turns: list[Turn] = []
    speaker = ""
    for block in BLOCK_RE.split(text):
        lines = block.strip("\n").split("\n")
        timing = next((m for m in map(TIMING_RE.match, lines[:3]) if m), None)
        if timing is None:
            continue
        stamp = format_stamp(timing.group(1))
        payload = lines[lines.index(timing.string) + 1 :]
        for index, line in enumerate(payload):
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
                    turns.append(Turn(speaker, stamp, words))
    return turns


def parse_plain(text: str, wanted: set[str]) -> list[Turn]:
    """Return the turns of a plain-text transcript (labels as in the module docstring)."""
    lines = text.split("\n")
    matches = [match_line(line) for line in lines]
    counts = Counter(normalize_speaker(m[0]) for m in matches if m and not m[1])
    # Her turns are labelled "Antwort:": then "Frage:" is the other speaker, not her text.
    generic_wanted = bool(wanted & NOT_SPEAKERS)
    turns: list[Turn] = []
    speaker, stamp, pending = "", "", ""
    for line, match in zip(lines, matches, strict=True):
        if match is not None:
            label, line_stamp, rest = match
            key = normalize_speaker(label)
            generic = key in NOT_SPEAKERS and not generic_wanted
            repeated = counts[key] >= MIN_TURNS_PER_SPEAKER and not generic
            if line_stamp or repeated or key in wanted:
                speaker, stamp, pending = label, line_stamp or pending, ""
                line = rest
        elif ":" in line and (lone := STAMP_LINE_RE.match(line)):
            # Google Meet: a time on a line of its own, for the turns that follow.
            pending = format_stamp(lone.group(1))
            continue
        words = " ".join(line.split())
        if words and speaker:
            turns.append(Turn(speaker, stamp, words))
    return turns


def match_line(line: str) -> tuple[str, str, str] | None:
    """Return (label, timestamp, rest) when a line starts a turn, else None."""
    if ":" not in line:
        return None
    stamped = STAMPED_RE.match(line)
    if stamped and is_name(stamped.group(2)):
        return stamped.group(2).strip(), format_stamp(stamped.group(1)), stamped.group(3) or ""
    heading = NAME_STAMP_RE.match(line)
    if heading and is_name(heading.group(1)):
        return heading.group(1).strip(), format_stamp(heading.group(2)), ""
    label = LABEL_RE.match(line)
    if label and is_name(label.group(1)) and looks_like_name(label.group(1)):
        return label.group(1).strip(), "", label.group(2) or ""
    return None


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
