"""core.unpacked: a gzip file's content, from an unpacked copy only when it matches."""

from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

import pytest

from treffsicher.core.unpacked import (
    CACHE_ENV,
    cache_folder,
    open_gunzipped,
    read_gunzipped,
    write_atomically,
)

CONTENT = "Grüße aus Köln – the words she uses, and 𝄞 outside the BMP.\n".encode() * 50


def packed_file(folder: Path, content: bytes = CONTENT, name: str = "large_de.msgpack.gz") -> Path:
    path = folder / name
    path.write_bytes(gzip.compress(content))
    return path


def copies(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.exists() else []


def test_the_first_read_decompresses_and_keeps_a_copy(tmp_path: Path) -> None:
    path = packed_file(tmp_path)
    cache = tmp_path / "cache"
    assert read_gunzipped(path, cache) == CONTENT
    [copy] = copies(cache)
    assert copy.name.startswith("large_de.msgpack-")
    assert copy.read_bytes() == CONTENT


def test_a_later_read_takes_the_copy(tmp_path: Path) -> None:
    path = packed_file(tmp_path)
    cache = tmp_path / "cache"
    read_gunzipped(path, cache)
    [copy] = copies(cache)
    os.utime(copy, (1, 1))  # unchanged content: the copy is read, not written again
    assert read_gunzipped(path, cache) == CONTENT
    assert copy.stat().st_mtime == 1


def test_open_gunzipped_streams_what_gzip_open_gives(tmp_path: Path) -> None:
    path = packed_file(tmp_path)
    cache = tmp_path / "cache"
    for _ in range(2):  # decompressed, then from the copy
        with open_gunzipped(path, cache) as unpacked, gzip.open(path, "rb") as packed:
            assert unpacked.read(7) == packed.read(7)
            assert unpacked.read() == packed.read()


def test_a_damaged_copy_is_not_used_and_is_written_anew(tmp_path: Path) -> None:
    path = packed_file(tmp_path)
    cache = tmp_path / "cache"
    read_gunzipped(path, cache)
    [copy] = copies(cache)
    copy.write_bytes(CONTENT.replace(b"K", b"k"))  # same size, other bytes
    assert read_gunzipped(path, cache) == CONTENT
    assert copy.read_bytes() == CONTENT
    copy.write_bytes(CONTENT[:-1])  # cut short
    assert read_gunzipped(path, cache) == CONTENT
    assert copy.read_bytes() == CONTENT


def test_another_version_of_the_file_gets_its_own_copy(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    old = packed_file(tmp_path)
    assert read_gunzipped(old, cache) == CONTENT
    newer = CONTENT + b"a word added in the next release\n"
    new = packed_file(tmp_path, newer)
    assert read_gunzipped(new, cache) == newer
    assert len(copies(cache)) == 2
    assert read_gunzipped(new, cache) == newer


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    path = packed_file(tmp_path)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    assert read_gunzipped(path, blocked / "cache") == CONTENT
    assert read_gunzipped(path, blocked / "cache") == CONTENT


def test_empty_and_tiny_files(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert read_gunzipped(packed_file(tmp_path, b""), cache) == b""
    not_gzip = tmp_path / "short.gz"
    not_gzip.write_bytes(b"\x1f\x8b")
    with pytest.raises(EOFError):
        read_gunzipped(not_gzip, cache)


def test_write_atomically_leaves_nothing_half_written(tmp_path: Path) -> None:
    target = tmp_path / "folder" / "copy"
    assert write_atomically(target, b"ganz")
    assert target.read_bytes() == b"ganz"
    assert [p.name for p in target.parent.iterdir()] == ["copy"]
    assert not write_atomically(tmp_path / "folder" / "copy" / "inside", b"nie")
    assert [p.name for p in target.parent.iterdir()] == ["copy"]


def test_cache_folder_from_the_environment(tmp_path: Path) -> None:
    assert cache_folder({CACHE_ENV: str(tmp_path)}) == tmp_path
    assert cache_folder({}).name == "treffsicher"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
@pytest.mark.parametrize("xdg", ["", "  ", "/srv/caches"])
def test_cache_folder_is_platformdirs_choice_on_linux(
    xdg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_folder() == Path(platformdirs.user_cache_dir("treffsicher"))
