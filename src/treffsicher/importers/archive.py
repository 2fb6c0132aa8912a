"""Zip archives → each member as its own source; the zip directory checked before unpacking.

Issue 4: "a .zip of any of these: each member as its own source", and "a docx that unpacks
to gigabytes (limit it)". Every zip we open (a .zip of sources, and the .docx/.odt
packages in importers.office) goes through open_zip, which reads only the central
directory and refuses the archive when its members would unpack to more than the limit,
when it has too many members or when members are encrypted. zipfile never returns more
bytes than a member's declared size, so the check of declared sizes bounds memory.

Members are read one at a time and handed to a reader (importers.dispatch.import_data), so
nested zips recurse up to MAX_DEPTH levels. A member's sources get container = the zip's
name (nested: "outer.zip/inner.zip") and container_index = the member's 1-based number in
the zip directory; a member that fails becomes a problem named "archive.zip/member", and
the other members still import.

Skipped silently: folders, hidden and system files (__MACOSX/, .DS_Store, Thumbs.db) and
a saved web page's asset folder and files ("Seite_files/", .css, .js, images, fonts).
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from treffsicher.importers.base import ImportProblem, ImportResult
from treffsicher.importers.documents import RejectedSourceError, describe_reason

LOGGER = logging.getLogger(__name__)
MAX_UNPACKED_BYTES = 50_000_000  # one .docx/.odt package (issue 4: "limit e.g. 50 MB")
MAX_ARCHIVE_BYTES = 1_000_000_000  # all members of one .zip of sources together
MAX_MEMBER_BYTES = 200_000_000  # one member (an mbox inside a zip can be large)
MAX_MEMBERS = 10_000
MAX_DEPTH = 3  # zip in zip in zip; deeper is a trap, not an export
SKIPPED_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "__macosx"})
SKIPPED_SUFFIXES = frozenset(
    ".css .js .mjs .map .json .png .jpg .jpeg .gif .svg .webp .ico .bmp .avif "
    ".woff .woff2 .ttf .otf .eot".split()
)
ASSET_DIR_SUFFIXES = ("_files", "-dateien", "_dateien")  # browsers' "Save page, complete"
UTF8_FLAG = 0x800

MemberReader = Callable[[bytes, str, int], ImportResult]  # (data, member name, depth)


def open_zip(
    file: BinaryIO | Path,
    name: str,
    lang: str,
    *,
    max_unpacked: int,
    max_members: int = MAX_MEMBERS,
    label: str = "ZIP",
) -> zipfile.ZipFile:
    """Return the opened zip after checking its directory; RejectedSourceError otherwise."""
    try:
        package = zipfile.ZipFile(file)
        members = package.infolist()
    except Exception as error:  # zipfile raises BadZipFile, ValueError, OSError, struct.error …
        detail = type(error).__name__
        raise RejectedSourceError(name, "corrupt", lang, format=label, detail=detail) from error
    if len(members) > max_members:
        package.close()
        raise RejectedSourceError(
            name, "too_many_members", lang, count=len(members), limit=max_members
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > max_unpacked:
        package.close()
        raise RejectedSourceError(
            name,
            "unpacked_too_large",
            lang,
            size=round(unpacked / 1_000_000, 1),
            limit=round(max_unpacked / 1_000_000, 1),
        )
    if any(member.flag_bits & 0x1 for member in members):
        package.close()
        raise RejectedSourceError(name, "password", lang)
    return package


def read_zip(
    file: BinaryIO | Path,
    name: str,
    *,
    lang: str,
    read_member: MemberReader,
    depth: int = 0,
) -> ImportResult:
    """Return the sources and problems of every member of a zip of sources.

    Raises RejectedSourceError when the zip itself is unusable (corrupt, too large, too
    deeply nested, encrypted) or holds no member that could be imported or reported.
    """
    if depth > MAX_DEPTH:
        raise RejectedSourceError(name, "nested_too_deep", lang, limit=MAX_DEPTH)
    result = ImportResult()
    with open_zip(file, name, lang, max_unpacked=MAX_ARCHIVE_BYTES) as package:
        for number, info in enumerate(package.infolist(), start=1):
            member = decode_member_name(info)
            if info.filename.endswith("/") or is_skipped(member):
                continue
            label = f"{name}/{member}"
            if info.file_size > MAX_MEMBER_BYTES:
                sizes = {"size": round(info.file_size / 1e6, 1), "limit": MAX_MEMBER_BYTES // 10**6}
                reason = describe_reason("too_large", lang, **sizes)
                result.problems.append(ImportProblem(label, reason))
                continue
            try:
                data = package.read(info)
            except (
                Exception
            ) as error:  # zlib.error, BadZipFile (CRC), EOFError, NotImplementedError
                detail = type(error).__name__
                reason = describe_reason("corrupt", lang, format="ZIP", detail=detail)
                result.problems.append(ImportProblem(label, reason))
                continue
            add_member(result, read_member(data, member, depth + 1), name, number)
    return result


def add_member(result: ImportResult, member: ImportResult, name: str, number: int) -> None:
    """Add a member's sources (container and number set) and problems (prefixed) to `result`."""
    for source in member.sources:
        if source.container:  # from a nested container: keep its index, prefix its name
            result.sources.append(replace(source, container=f"{name}/{source.container}"))
        else:
            result.sources.append(replace(source, container=name, container_index=number))
    result.problems += [ImportProblem(f"{name}/{p.path}", p.reason) for p in member.problems]


def decode_member_name(info: zipfile.ZipInfo) -> str:
    """Return a member's name; names without the UTF-8 flag are often UTF-8 anyway (macOS)."""
    if info.flag_bits & UTF8_FLAG:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename.encode("cp437", "replace").decode("cp850", "replace")


def is_skipped_folder(name: str) -> bool:
    """Return True for a folder never to look into: hidden, system or a page's assets."""
    lower = name.casefold()
    return lower.startswith(".") or lower in SKIPPED_NAMES or lower.endswith(ASSET_DIR_SUFFIXES)


def is_skipped(member: str) -> bool:
    """Return True for members that are never text: system files, web page assets."""
    parts = PurePosixPath(member.replace("\\", "/")).parts
    if not parts:
        return True
    if any(is_skipped_folder(part) for part in parts[:-1]):
        return True
    last = parts[-1].casefold()
    if last in SKIPPED_NAMES or last.startswith("."):
        return True
    return PurePosixPath(parts[-1]).suffix.casefold() in SKIPPED_SUFFIXES
