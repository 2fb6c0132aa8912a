"""Social-media data downloads → her own posts and comments, hashtags kept apart.

Formats, all from the account owner's own data download (so every post is hers and no
identity pick is needed):

- Instagram JSON: posts_1.json (a list of posts, caption in "title" of the post or of
  its first medium), reels.json ("ig_reels_media"), stories.json ("ig_stories"), older
  media.json ("photos"/"videos" with "caption"), and her comments
  (post_comments_1.json: "string_map_data" → "Comment");
- Facebook JSON: your_posts_1.json (a list with "data": [{"post": …}]; the "title" such
  as "Johanna hat ihren Status aktualisiert." is Facebook's, not hers) and comments.json
  ("comments_v2" → "data": [{"comment": {"comment": …}}]);
- LinkedIn CSV: Shares.csv ("ShareCommentary") and Comments.csv ("Message"); LinkedIn's
  "{hashtag|\\#|Handwerk}" markup becomes "#Handwerk", a mention "@[Anna Berg](urn:li:…)"
  the name; also with ";" or tabs between the columns (re-saved by a spreadsheet).

A Facebook comment whose "author" is not the file's owner (parse_json_posts) is left out.

Meta writes UTF-8 text as Latin-1 escapes ("Gr\\u00c3\\u00bc\\u00c3\\u009fe" for "Grüße");
fix_mojibake undoes that. Hashtags are kept apart from the prose: a trailing run of
hashtags (on the last lines or at a line's end) goes into the passage's note, an inline
hashtag ("unser #Team") keeps its word in the sentence; @mentions go into the note too
(a handle is no word of hers), and so do lines of only dots or bullets. A post with no
prose left is skipped. Each post is one passage (long ones in chunks); the note holds its date (UTC)
and hashtags. The source text is the posts joined by blank lines.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, NamedTuple

from treffsicher.core.models import KIND_TEXT
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.importers.decoding import decode_head
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.passages import split_text
from treffsicher.importers.transcript import decode_transcript

HASHTAG = r"#[^\W\d_][\w-]*"
TRAILING_TAGS_RE = re.compile(rf"(?:\s*{HASHTAG}[.,!]?)+\s*$")
TAG_RE = re.compile(HASHTAG)
INLINE_TAG_RE = re.compile(r"#(?=[^\W\d_])")
LINKEDIN_TAG_RE = re.compile(r"\{hashtag\|\\?#\|([^}|]{1,100})\}")
# LinkedIn writes a mention as "@[Anna Berg](urn:li:person:…)"; the post shows the name.
LINKEDIN_MENTION_RE = re.compile(r"@?\[([^\]\n]{1,100})\]\(urn:li:[^)\s]{1,200}\)")
MENTION = r"(?<![\w.@])@[\w.]*\w"  # not the @ of an address (info@holz.de)
MENTION_RE = re.compile(MENTION)
MENTIONS_RE = re.compile(rf"(?:{MENTION}[,;:]?[ \t]*)+")
# A line of dots, dashes or bullets: Instagram captions push their hashtags down with them.
FILLER_LINE_RE = re.compile(r"[\s.·•_\-–—|*~]*")
TRAILING_FILLER_RE = re.compile(r"[\s·•|*~]+$")
CSV_TEXT_COLUMNS = ("ShareCommentary", "Message")
CSV_DELIMITERS = ",;\t"
MEDIA_TYPES = {"json": "application/json", "csv": "text/csv"}


class Post(NamedTuple):
    """One post or comment of hers: "YYYY-MM-DD HH:MM UTC" (or "") and its raw text."""

    stamp: str
    text: str


def read_social(
    data: bytes | str, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return her posts and comments of a social-media export as passages.

    Raises RejectedSourceError for unreadable input or an export without posts of hers.
    """
    raw, text, encoding = decode_transcript(data, name, lang)
    layout = "json" if text.lstrip()[:1] in ("[", "{") else "csv"
    posts = parse_json_posts(load_json(text, name, lang)) if layout == "json" else []
    if layout == "csv":
        posts = parse_linkedin_csv(text)
    passages = build_post_passages(posts, kind or KIND_TEXT)
    if not passages:
        raise RejectedSourceError(name, "no_posts", lang)
    return ImportedSource(
        name=name,
        content_hash=hashlib.sha256(raw).hexdigest(),
        media_type=MEDIA_TYPES[layout],
        encoding=encoding,
        passages=passages,
    )


def looks_like_social(data: bytes) -> bool:
    """True for an Instagram/Facebook JSON export or a LinkedIn Shares/Comments CSV."""
    head = decode_head(data).lstrip("\ufeff \t\r\n")
    if head.startswith(("[", "{")):
        keys = ('"creation_timestamp"', '"ig_reels_media"', '"post"', '"comments_v2"')
        comments = '"string_map_data"' in head and ('"Comment"' in head or '"Kommentar"' in head)
        return comments or any(key in head for key in keys)
    first = head.split("\n", 1)[0]
    columns = [c.strip().strip('"') for c in first.split(find_delimiter(first))]
    return "Date" in columns and any(column in columns for column in CSV_TEXT_COLUMNS)


def load_json(text: str, name: str, lang: str) -> Any:
    """Return parsed JSON; RejectedSourceError naming the line when it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RejectedSourceError(name, "bad_json", lang, line=error.lineno) from error


def fix_mojibake(text: str) -> str:
    """Return Meta's Latin-1-escaped UTF-8 as the text it was ("GrÃ¼ÃŸe" → "Grüße")."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text  # real Latin-1 text or already correct


def format_unix(value: Any) -> str:
    """Return "YYYY-MM-DD HH:MM UTC" of a Unix timestamp, or ""."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
        return ""
    try:
        return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (OverflowError, ValueError, OSError):
        return ""  # a time beyond the calendar: the post counts, its date is unknown


def parse_json_posts(export: Any) -> list[Post]:
    """Return the posts and comments of an Instagram or Facebook JSON file.

    Facebook names each comment's "author"; the account's owner is the one its titles
    start with ("Johanna Kellermann hat … kommentiert.") and who wrote most of them, and a
    comment of someone else (a reply kept in her file) is not hers.
    """
    found = [(stamp, fix_mojibake(text)) for stamp, text in iter_meta_texts(export)]
    authors = Counter(fix_mojibake(a) for a in iter_comment_authors(export))
    titles = [fix_mojibake(t) for t in iter_titles(export)]
    owner = max(
        authors,
        key=lambda a: (sum(t.startswith(f"{a} ") for t in titles), authors[a]),
        default=None,
    )
    others = set(authors) - {owner}
    foreign = {fix_mojibake(text) for text in iter_comment_texts(export, others)}
    return [Post(stamp, text) for stamp, text in found if text.strip() and text not in foreign]


def iter_comment_authors(node: Any) -> Iterator[str]:
    """Yield the "author" of every Facebook comment in a Meta export."""
    for comment in iter_comments(node):
        if isinstance(comment.get("author"), str):
            yield comment["author"]


def iter_titles(node: Any) -> Iterator[str]:
    """Yield every "title" in a Meta export (Facebook's sentences about her activity)."""
    if isinstance(node, list):
        for item in node:
            yield from iter_titles(item)
    elif isinstance(node, dict):
        if isinstance(node.get("title"), str):
            yield node["title"]
        for value in node.values():
            if isinstance(value, list | dict):
                yield from iter_titles(value)


def iter_comment_texts(node: Any, authors: set[str]) -> Iterator[str]:
    """Yield the text of every Facebook comment written by one of `authors`."""
    if not authors:
        return
    for comment in iter_comments(node):
        author, text = comment.get("author"), comment.get("comment")
        if isinstance(author, str) and fix_mojibake(author) in authors and isinstance(text, str):
            yield text


def iter_comments(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every Facebook comment object ({"comment": …, "author": …}) below `node`."""
    if isinstance(node, list):
        for item in node:
            yield from iter_comments(item)
    elif isinstance(node, dict):
        if isinstance(node.get("comment"), str):
            yield node
            return
        for value in node.values():
            if isinstance(value, list | dict):
                yield from iter_comments(value)


def iter_meta_texts(node: Any) -> Iterator[tuple[str, str]]:
    """Yield (stamp, text) of every post and comment in a Meta export (see module doc)."""
    if isinstance(node, list):
        for item in node:
            yield from iter_meta_texts(item)
        return
    if not isinstance(node, dict):
        return
    stamp = format_unix(node.get("creation_timestamp") or node.get("timestamp"))
    if isinstance(node.get("media"), list):  # an Instagram post, reel or story
        media = [m for m in node["media"] if isinstance(m, dict)]
        caption = node.get("title") or (media[0].get("title") if media else "")
        first_stamp = format_unix(media[0].get("creation_timestamp")) if media else ""
        if isinstance(caption, str):
            yield stamp or first_stamp, caption
        return
    if isinstance(node.get("caption"), str):  # older Instagram media.json
        yield stamp or str(node.get("taken_at", ""))[:16].replace("T", " "), node["caption"]
        return
    if isinstance(node.get("string_map_data"), dict):  # Instagram comments
        fields = node["string_map_data"]
        for key in ("Comment", "Kommentar"):
            value = fields.get(key, {})
            if isinstance(value, dict) and isinstance(value.get("value"), str):
                time = fields.get("Time", fields.get("Uhrzeit", {}))
                yield (
                    format_unix(time.get("timestamp") if isinstance(time, dict) else 0),
                    value["value"],
                )
        return
    if isinstance(node.get("data"), list):  # a Facebook post or comment
        texts = []
        for entry in node["data"]:
            if isinstance(entry, dict) and isinstance(entry.get("post"), str):
                texts.append(entry["post"])
                yield stamp, entry["post"]
            comment = entry.get("comment") if isinstance(entry, dict) else None
            if isinstance(comment, dict) and isinstance(comment.get("comment"), str):
                yield format_unix(comment.get("timestamp")) or stamp, comment["comment"]
        for description in iter_descriptions(node.get("attachments")):
            if description.strip() not in {t.strip() for t in texts}:
                texts.append(description)  # her words under a photo of the post
                yield stamp, description
        return
    for value in node.values():  # wrappers: "ig_reels_media", "comments_v2", "photos" …
        if isinstance(value, list | dict):
            yield from iter_meta_texts(value)


def iter_descriptions(attachments: Any) -> Iterator[str]:
    """Yield the "description" of every medium attached to a Facebook post (what she wrote
    under a photo; often the post's own text again)."""
    for attachment in attachments if isinstance(attachments, list) else ():
        entries = attachment.get("data") if isinstance(attachment, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            media = entry.get("media") if isinstance(entry, dict) else None
            if isinstance(media, dict) and isinstance(media.get("description"), str):
                yield media["description"]


def parse_linkedin_csv(text: str) -> list[Post]:
    """Return the posts (Shares.csv) or comments (Comments.csv) of a LinkedIn export (also
    re-saved by a spreadsheet with ";" or tabs between the columns)."""
    reader = csv.DictReader(io.StringIO(text), delimiter=find_delimiter(text))
    column = next((c for c in CSV_TEXT_COLUMNS if c in (reader.fieldnames or ())), None)
    if column is None:
        return []
    posts = []
    for row in reader:
        body = LINKEDIN_TAG_RE.sub(r"#\1", row.get(column) or "")
        body = unwrap_quotes(LINKEDIN_MENTION_RE.sub(r"\1", body).strip())
        if body:
            posts.append(Post((row.get("Date") or "")[:16], body))
    return posts


def find_delimiter(text: str) -> str:
    """Return the column separator of a CSV: the one that splits its header into the most
    columns ("," as LinkedIn writes it; ";" or a tab after a spreadsheet saved it)."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return max(CSV_DELIMITERS, key=header.count)


def unwrap_quotes(body: str) -> str:
    """Return a LinkedIn text without the extra quotes some exports wrap it in.

    Such a text reads '"Teig braucht Zeit. Sie sagte ""Ja""."' after the CSV reader: one
    pair of quotes around it and the inner ones still doubled. A text that merely starts and
    ends with a quotation ('"Ja" sagte sie, "gern"') is hers as it stands.
    """
    if len(body) < 2 or body[0] != '"' or body[-1] != '"':
        return body.replace('""', '"')
    inner = body[1:-1]
    if '"' not in inner.replace('""', ""):
        return inner.replace('""', '"').strip()
    return body.replace('""', '"')


def split_hashtags(text: str) -> tuple[str, list[str]]:
    """Return (prose, hashtags and mentions in order): trailing hashtags go, inline ones keep
    their word; @mentions (a handle is no word of hers) and filler lines of dots go."""
    tags = list(dict.fromkeys(TAG_RE.findall(text)))
    mentions = list(dict.fromkeys(MENTION_RE.findall(text)))
    lines = text.split("\n")
    while lines and (is_filler(lines[-1]) or TRAILING_TAGS_RE.fullmatch(lines[-1])):
        lines.pop()
    kept = []
    for line in lines:
        if line.strip() and is_filler(line):
            continue
        line = drop_mentions(cut_hashtags(line))
        kept.append(TRAILING_FILLER_RE.sub("", line).rstrip())
    return "\n".join(kept).strip(), tags + mentions


def split_chat_hashtags(text: str) -> tuple[str, list[str]]:
    """Return (prose, hashtags) of a chat message: a trailing run of hashtags (on its own
    lines or at a line's end) goes, an inline one keeps its word ("unser #Team" → "unser
    Team"). Unlike a post, a chat message keeps its lines of dots ("…") and @mentions,
    which in a chat are words to someone."""
    if "#" not in text:
        return text, []
    tags = list(dict.fromkeys(TAG_RE.findall(text)))
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or TRAILING_TAGS_RE.fullmatch(lines[-1])):
        lines.pop()
    kept = [cut_hashtags(line).rstrip() for line in lines]
    return "\n".join(kept).strip(), tags


def cut_hashtags(line: str) -> str:
    """One line without its trailing run of hashtags, its inline hashtags as words."""
    trailing = TRAILING_TAGS_RE.search(line)
    if trailing and trailing.start() > 0:
        line = line[: trailing.start()]
    return INLINE_TAG_RE.sub("", line)


def is_filler(line: str) -> bool:
    """True for an empty line or one of only dots, dashes, bullets or @mentions."""
    return FILLER_LINE_RE.fullmatch(MENTIONS_RE.sub("", line)) is not None


def drop_mentions(line: str) -> str:
    """Return a line without its @mentions ("Danke @anna.berg!" → "Danke!")."""
    if MENTION_RE.search(line) is None:
        return line
    line = MENTIONS_RE.sub(" ", line)
    line = re.sub(r"[ \t]{2,}", " ", line)
    return re.sub(r" (?=[!?.,;:)])", "", line).strip()


def build_post_passages(posts: list[Post], kind: str) -> tuple[ImportedPassage, ...]:
    """Return one passage per post with prose (long posts in chunks), offsets into the
    posts joined by blank lines; the note holds the date and the hashtags."""
    prepared = []
    for post in posts:
        prose, tags = split_hashtags(normalize_text(post.text))
        if prose:
            prepared.append((prose, " ".join([post.stamp, *tags]).strip()))
    text = "\n\n".join(prose for prose, _ in prepared)
    passages: list[ImportedPassage] = []
    start = 0
    for prose, note in prepared:
        end = start + len(prose)
        for chunk_start, chunk_end in split_text(text, start, end):
            chunk = text[chunk_start:chunk_end]
            passages.append(
                ImportedPassage(
                    text=chunk,
                    language=guess_language(chunk),
                    kind=kind,
                    position=len(passages),
                    char_start=chunk_start,
                    char_end=chunk_end,
                    note=note,
                )
            )
        start = end + 2
    return tuple(passages)
