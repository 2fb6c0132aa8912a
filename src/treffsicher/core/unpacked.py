"""The bytes inside a gzip'd package data file, kept unpacked in the user's cache (speed).

wordfreq ships its word lists gzip'd; decompressing the German one (7.4 MB) costs ~50 ms in
every process that builds a profile. read_gunzipped decompresses a file once and keeps the
result in the cache folder; later processes read that copy (~1 ms) and check it against the
size and CRC-32 that the gzip file's own trailer states (~4 ms), so a copy that does not
match the file — another wordfreq version, a damaged or foreign file — is never used: the
file is decompressed again and the copy written anew. Nothing of a client is stored there,
only a public word list. Copies are written to a temporary file and renamed, so a reader
never sees half a copy; when the folder cannot be written, nothing is kept and the file is
decompressed each time, as before. docs/decisions/0026-start-up-cost.md.
"""

from __future__ import annotations

import gzip
import io
import os
import struct
import sys
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

# Where the copies go: this variable, else the user's cache folder (platformdirs), as for
# the places extract (services.places).
CACHE_ENV = "TREFFSICHER_CACHE_DIR"
APP_NAME = "treffsicher"
TRAILER = struct.Struct("<II")  # a gzip member ends with CRC-32 and size (mod 2**32)


def cache_folder(env: Mapping[str, str] | None = None) -> Path:
    """The folder for unpacked copies (see CACHE_ENV). On Linux platformdirs' answer is
    worked out here: importing it costs ~9 ms, a fifth of what the copy saves."""
    env = os.environ if env is None else env
    if env.get(CACHE_ENV):
        return Path(env[CACHE_ENV])
    if sys.platform.startswith("linux"):
        base = env.get("XDG_CACHE_HOME", "")
        return Path(base if base.strip() else os.path.expanduser("~/.cache")) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME))


def read_gunzipped(path: Path, folder: Path | None = None) -> bytes:
    """The decompressed content of the gzip file `path` (gzip.decompress), from its
    unpacked copy in `folder` (cache_folder()) when that matches the file's trailer."""
    with path.open("rb") as packed:
        if packed.seek(0, os.SEEK_END) < TRAILER.size:
            return gzip.decompress(path.read_bytes())
        packed.seek(-TRAILER.size, os.SEEK_END)
        crc, size = TRAILER.unpack(packed.read(TRAILER.size))
    copy = (folder or cache_folder()) / f"{path.name.removesuffix('.gz')}-{crc:08x}-{size}"
    try:
        data = copy.read_bytes()
    except OSError:
        pass
    else:
        if len(data) % 2**32 == size and zlib.crc32(data) == crc:
            return data
    data = gzip.decompress(path.read_bytes())
    if len(data) % 2**32 == size and zlib.crc32(data) == crc:  # one gzip member: the trailer
        write_atomically(copy, data)
    return data


def open_gunzipped(path: Path, folder: Path | None = None) -> BinaryIO:
    """read_gunzipped as a file to read from, for a reader that streams (in place of
    gzip.open(path, "rb"))."""
    return io.BytesIO(read_gunzipped(path, folder))


def write_atomically(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temporary file renamed over it; False (and
    nothing left behind) when that fails."""
    import tempfile  # only when a copy is written (~5 ms to import)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True
