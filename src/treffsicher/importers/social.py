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
  "{hashtag|\\#|Handwerk}" markup becomes "#Handwerk".

Meta writes UTF-8 text as Latin-1 escapes ("Gr\\u00c3\\u00bc\\u00c3\\u009fe" for "Grüße");
fix_mojibake undoes that. Hashtags are kept apart from the prose: a trailing run of
hashtags (on the last lines or at a line's end) goes into the passage's note, an inline
hashtag ("unser #Team") keeps its word in the sentence. A post with no prose left is
skipped. Each post is one passage (long ones in chunks); the note holds its date (UTC)
and hashtags. The source text is the posts joined by blank lines.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, NamedTuple

from treffsicher.core.models import KIND_TEXT
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.passages import split_text
from treffsicher.importers.transcript import decode_transcript

HASHTAG = r"#[^\W\d_][\w-]*"
TRAILING_TAGS_RE = re.compile(rf"(?:\s*{HASHTAG}[.,!]?)+\s*$")
TAG_RE = re.compile(HASHTAG)
INLINE_TAG_RE = re.compile(r"#(?=[^\W\d_])")
LINKEDIN_TAG_RE = re.compile(r"\{hashtag\|\\?#\|([^}|]{1,100})\}")
CSV_TEXT_COLUMNS = ("ShareCommentary", "Message")
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
    head = data[:20_000].decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    if head.startswith(("[", "{")):
        keys = ('"creation_timestamp"', '"string_map_data"', '"ig_reels_media"', '"post"')
        return any(key in head for key in keys) or '"comments_v2"' in head
    first = head.split("\n", 1)[0]
    return first.startswith("Date,") and any(column in first for column in CSV_TEXT_COLUMNS)


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
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        return ""
    return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%d %H:%M UTC")


def parse_json_posts(export: Any) -> list[Post]:
    """Return the posts and comments of an Instagram or Facebook JSON file."""
    posts = [
        Post(stamp, fix_mojibake(text)) for stamp, text in iter_meta_texts(export) if text.strip()
    ]
    return posts


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
        for entry in node["data"]:
            if isinstance(entry, dict) and isinstance(entry.get("post"), str):
                yield stamp, entry["post"]
            comment = entry.get("comment") if isinstance(entry, dict) else None
            if isinstance(comment, dict) and isinstance(comment.get("comment"), str):
                yield format_unix(comment.get("timestamp")) or stamp, comment["comment"]
        return
    for value in node.values():  # wrappers: "ig_reels_media", "comments_v2", "photos" …
        if isinstance(value, list | dict):
            yield from iter_meta_texts(value)


def parse_linkedin_csv(text: str) -> list[Post]:
    """Return the posts (Shares.csv) or comments (Comments.csv) of a LinkedIn export."""
    reader = csv.DictReader(io.StringIO(text))
    column = next((c for c in CSV_TEXT_COLUMNS if c in (reader.fieldnames or ())), None)
    if column is None:
        return []
    posts = []
    for row in reader:
        body = LINKEDIN_TAG_RE.sub(r"#\1", row.get(column) or "")
        body = body.replace('""', '"').strip().strip('"')
        if body:
            posts.append(Post((row.get("Date") or "")[:16], body))
    return posts


def split_hashtags(text: str) -> tuple[str, list[str]]:
    """Return (prose, hashtags in order): trailing hashtags go, inline ones keep their word."""
    tags = list(dict.fromkeys(TAG_RE.findall(text)))
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or TRAILING_TAGS_RE.fullmatch(lines[-1])):
        lines.pop()
    kept = []
    for line in lines:
        trailing = TRAILING_TAGS_RE.search(line)
        if trailing and trailing.start() > 0:
            line = line[: trailing.start()]
        kept.append(INLINE_TAG_RE.sub("", line).rstrip())
    return "\n".join(kept).strip(), tags


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
