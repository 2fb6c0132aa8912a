"""The block-reading mbox splitter gives the same messages as reading line by line: the
same bytes, numbers, progress offsets and truncation, for any file (hypothesis), with
small block, line-piece and message limits so that every edge is reached."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treffsicher.importers import mbox
from treffsicher.importers.mbox import SEPARATOR_RE, RawMessage, iter_mbox

FRAGMENTS = [
    b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n",
    b"From anna@berg-text.de Mon Jun  2 09:00:00 2025\n",
    b"From here on it is hers\n",  # no date: no separator
    b"From x 1",  # a separator without line end (at the end of the file)
    b">From a 2025\n",
    b"From ",
    b"From: Anna <anna@berg-text.de>\n",
    b"Subject: Startseite\n",
    b"\n",
    b"\r\n",
    b"   \n",
    b"Liebe Johanna,\n",
    b"x" * 23,
    b"y" * 61 + b"\n",
    b"\nFrom",
    b" 7\n",
]


def iter_mbox_by_lines(path: Path, max_bytes: int) -> Iterator[RawMessage]:
    """The splitter as first written, one readline(LINE_CHUNK) piece at a time."""
    index = 0
    lines: list[bytes] = []
    size = 0
    truncated = False
    done = 0
    started = False
    at_line_start = True
    with path.open("rb") as file:
        while line := file.readline(mbox.LINE_CHUNK):
            done += len(line)
            starts_line, at_line_start = at_line_start, line.endswith(b"\n")
            if starts_line and line.startswith(b"From ") and SEPARATOR_RE.match(line):
                if started and lines:
                    index += 1
                    yield RawMessage(index, b"".join(lines), done - len(line), truncated)
                started = True
                lines, size, truncated = [], 0, False
                continue
            if not started:
                started = True
            if size + len(line) > max_bytes:
                truncated = True
                continue
            lines.append(line)
            size += len(line)
    if lines and any(line.strip() for line in lines):
        yield RawMessage(index + 1, b"".join(lines), done, truncated)


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=30),
    max_bytes=st.integers(5, 400),
    line_chunk=st.integers(4, 80),
    block=st.integers(1, 90),
)
def test_blocks_split_as_lines(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parts: list[bytes],
    max_bytes: int,
    line_chunk: int,
    block: int,
) -> None:
    monkeypatch.setattr(mbox, "LINE_CHUNK", line_chunk)
    monkeypatch.setattr(mbox, "READ_BUFFER", block)
    path = tmp_path / "t.mbox"
    path.write_bytes(b"".join(parts))
    assert list(iter_mbox(path, max_bytes)) == list(iter_mbox_by_lines(path, max_bytes))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"From a 1\nA\nFrom b 2\nB\n", [(1, b"A\n", 11), (2, b"B\n", 22)]),
        (b"From a 1\nFrom b 2\nB\n", [(1, b"B\n", 20)]),  # an empty message is none
        (b"A\nFrom b 2\n\n \n", [(1, b"A\n", 2)]),  # a blank last one neither
        (b"From a 1\nx\n>From b 2\nFrom here\n", [(1, b"x\n>From b 2\nFrom here\n", 31)]),
    ],
)
def test_blocks_by_hand(
    tmp_path: Path, data: bytes, expected: list[tuple[int, bytes, int]]
) -> None:
    path = tmp_path / "h.mbox"
    path.write_bytes(data)
    got = [(m.index, m.data, m.bytes_done) for m in iter_mbox(path)]
    assert got == expected


def test_a_long_message_is_cut_and_the_next_one_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mbox, "READ_BUFFER", 64)
    body = b"".join(b"line %03d\n" % i for i in range(100))  # 900 bytes
    path = tmp_path / "l.mbox"
    path.write_bytes(b"From a 1\n" + body + b"From b 2\nshort\n")
    first, second = iter_mbox(path, max_bytes=95)
    assert first.truncated
    assert first.data == body[:90]  # ten whole lines of nine bytes
    assert (second.data, second.truncated) == (b"short\n", False)
