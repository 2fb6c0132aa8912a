"""An import beyond the words or passages one source may have is refused with a clear
message, and nothing of it is stored (a small zip can unpack to millions of words)."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from web_helpers import WebClient, parse

from treffsicher.services.source_limits import MAX_WORDS_PER_SOURCE
from treffsicher.storage.tables import PassageRow

SENTENCE = "Ich schreibe dir heute nur kurz, weil der Tag lang war und morgen früh Kurs ist. "


def zip_with_one_text(words: int) -> bytes:
    """A zip holding one text member of about `words` words, in paragraphs."""
    per_sentence = len(SENTENCE.split())
    paragraph = SENTENCE * 20 + "\n\n"
    text = paragraph * (words // (per_sentence * 20) + 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("alles.txt", text)
    return buffer.getvalue()


def count_passages(web: WebClient) -> int:
    with Session(web.http.app.state.engine) as session:
        return int(session.scalar(select(func.count(PassageRow.id))) or 0)


def test_a_zip_member_beyond_the_word_limit_is_refused(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    data = zip_with_one_text(MAX_WORDS_PER_SOURCE + 10_000)
    assert len(data) < 100_000  # small on the wire, large unpacked
    page = parse(web.upload(client_id, [("export.zip", data)]).text)
    problems = [li.get_text(" ", strip=True) for li in page.select(".result-problem")]
    assert len(problems) == 1
    assert "höchstens 250.000 Wörter je Quelle" in problems[0]
    assert count_passages(web) == 0


def test_the_limit_is_said_in_english(web: WebClient) -> None:
    client_id = web.add_client("Ulrike Berger")
    data = zip_with_one_text(MAX_WORDS_PER_SOURCE + 10_000)
    web.get("/clients?lang=en")  # the language cookie
    page = parse(web.upload(client_id, [("export.zip", data)]).text)
    problem = page.select_one(".result-problem").get_text(" ", strip=True)
    assert "at most 250,000 words per source" in problem
