"""Zip archives → each member as its own source; the zip directory checked before unpacking.

"a .zip of any of these: each member as its own source", and "a docx that unpacks
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

Mail members (.eml, .mbox, .msg, Maildir messages, a suffix-less mbox: is_mail_member) are
the mail import's: services.mailimport.import_zip_mail streams each to a private temporary
file (extract_member) and read_zip is told to skip them (`skip`), so they are imported as
mail instead of being reported as "mail_elsewhere".
"""

from __future__ import annotations

import logging
import re
import shutil
import zipfile
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from treffsicher.errors import InputError
from treffsicher.importers.base import ImportProblem, ImportResult
from treffsicher.importers.documents import RejectedSourceError, describe_reason
from treffsicher.importers.mbox import MAIL_SUFFIXES, MAILDIR_FOLDERS, SEPARATOR_RE

LOGGER = logging.getLogger(__name__)
MAX_UNPACKED_BYTES = 50_000_000  # one .docx/.odt package ("limit e.g. 50 MB")
MAX_ARCHIVE_BYTES = 1_000_000_000  # all members of one .zip of sources together
MAX_MEMBER_BYTES = 200_000_000  # one member (an mbox inside a zip can be large)
MAX_MEMBERS = 10_000
MAX_DEPTH = 3  # zip in zip in zip; deeper is a trap, not an export
SKIPPED_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "__macosx"})
# No .json here: a chat or social export in a zip or folder is read; any other .json
# (a page's manifest, a data download's settings) is skipped by importers.dispatch.
SKIPPED_SUFFIXES = frozenset(
    ".css .js .mjs .map .png .jpg .jpeg .gif .svg .webp .ico .bmp .avif "
    ".woff .woff2 .ttf .otf .eot "
    # A database and its journals (a workspace kept in the folder being imported).
    ".sqlite .sqlite3 .sqlite-wal .sqlite-shm .sqlite-journal .db-wal .db-shm .db-journal".split()
)
ASSET_DIR_SUFFIXES = ("_files", "-dateien", "_dateien")  # browsers' "Save page, complete"
UTF8_FLAG = 0x800
COPY_CHUNK = 1 << 20
SNIFF_BYTES = 2000  # an mbox's first "From " line fits in this
HEADER_RE = re.compile(rb"^[!-9;-~]+:")  # an RFC 5322 header field name and its colon

# What the outermost zip being read may still unpack, its nested zips included: [bytes].
# A zip of zips would otherwise unpack MAX_ARCHIVE_BYTES per inner zip.
UNPACK_BUDGET: ContextVar[list[int] | None] = ContextVar("unpack_budget", default=None)
MemberReader = Callable[[bytes, str, int], ImportResult]  # (data, member name, depth)
# (open zip, member's entry, decoded member name) → True when the caller reads it itself
MemberFilter = Callable[[zipfile.ZipFile, zipfile.ZipInfo, str], bool]


def open_zip(
    file: BinaryIO | Path,
    name: str,
    lang: str,
    *,
    max_unpacked: int,
    max_members: int = MAX_MEMBERS,
    label: str = "ZIP",
    budget: int | None = None,
) -> zipfile.ZipFile:
    """Return the opened zip after checking its directory; RejectedSourceError otherwise.
    `budget`: what the zip it sits in may still unpack (a nested zip, see UNPACK_BUDGET)."""
    try:
        package = zipfile.ZipFile(file)
        members = package.infolist()
    except FileNotFoundError:
        raise  # the caller names a missing file
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
    if budget is not None and unpacked > budget:
        package.close()
        # Zips inside zips: together they may unpack no more than one zip may.
        limit = round(MAX_ARCHIVE_BYTES / 1_000_000, 1)
        raise RejectedSourceError(name, "nested_unpacked_too_large", lang, limit=limit)
    return package


def read_zip(
    file: BinaryIO | Path,
    name: str,
    *,
    lang: str,
    read_member: MemberReader,
    depth: int = 0,
    skip: MemberFilter | None = None,
) -> ImportResult:
    """Return the sources and problems of every member of a zip of sources.

    Members for which `skip` returns True are left out, neither read nor reported: the
    caller imports them itself (the import service: mail members). Raises
    RejectedSourceError when the zip itself is unusable (corrupt, too large, too deeply
    nested, encrypted).
    """
    if depth > MAX_DEPTH:
        raise RejectedSourceError(name, "nested_too_deep", lang, limit=MAX_DEPTH)
    outer = UNPACK_BUDGET.get() is None
    token = UNPACK_BUDGET.set([MAX_ARCHIVE_BYTES]) if outer else None
    try:
        return _read_zip(file, name, lang, read_member, depth, skip)
    finally:
        if token is not None:
            UNPACK_BUDGET.reset(token)


def _read_zip(
    file: BinaryIO | Path,
    name: str,
    lang: str,
    read_member: MemberReader,
    depth: int,
    skip: MemberFilter | None,
) -> ImportResult:
    """read_zip within the unpacking budget of the outermost zip (UNPACK_BUDGET)."""
    budget = UNPACK_BUDGET.get() or [MAX_ARCHIVE_BYTES]
    result = ImportResult()
    with open_zip(file, name, lang, max_unpacked=MAX_ARCHIVE_BYTES, budget=budget[0]) as package:
        for number, info, member in iter_members(package):
            if skip is not None and skip(package, info, member):
                continue
            label = f"{name}/{member}"
            too_large = check_member_size(info, label, lang)
            if too_large is not None:
                result.problems.append(too_large)
                continue
            budget[0] -= info.file_size
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


def iter_members(package: zipfile.ZipFile) -> Iterator[tuple[int, zipfile.ZipInfo, str]]:
    """Yield (1-based number in the zip directory, entry, decoded name) of every member that
    may hold text: folders, system files and page assets are left out."""
    for number, info in enumerate(package.infolist(), start=1):
        member = decode_member_name(info)
        if info.filename.endswith("/") or is_skipped(member):
            continue
        yield number, info, member


def check_member_size(info: zipfile.ZipInfo, label: str, lang: str) -> ImportProblem | None:
    """Return a problem for a member larger than MAX_MEMBER_BYTES, else None."""
    if info.file_size <= MAX_MEMBER_BYTES:
        return None
    sizes = {"size": round(info.file_size / 1e6, 1), "limit": MAX_MEMBER_BYTES // 10**6}
    return ImportProblem(label, describe_reason("too_large", lang, **sizes))


def is_mail_member(package: zipfile.ZipFile, info: zipfile.ZipInfo, member: str) -> bool:
    """Return True for a member the mail import reads: a mail suffix (.eml, .mbox, .msg …),
    a Maildir message (in cur/ or new/, starting with a header line) or a suffix-less file
    that starts like an mbox. The first bytes are read for the last two; a member that
    cannot be read is not mail here (the dispatcher reads it and names the problem)."""
    path = PurePosixPath(member.replace("\\", "/"))
    suffix = path.suffix.casefold()
    if suffix in MAIL_SUFFIXES:
        return True
    in_maildir = is_maildir_message(path)
    if (suffix and not in_maildir) or info.file_size == 0:
        return False
    try:
        with package.open(info) as stream:
            head = stream.readline(SNIFF_BYTES)
    except Exception:  # zlib.error, BadZipFile …: not ours to name
        return False
    # A folder called "new" may hold notes too: a Maildir message opens with a header.
    return (HEADER_RE if in_maildir else SEPARATOR_RE).match(head) is not None


def holds_mail(file: BinaryIO | Path, name: str) -> bool:
    """Return True for a zip with a mail member (is_mail_member); an unusable zip: False,
    its import names the problem."""
    try:
        with open_zip(file, name, "en", max_unpacked=MAX_ARCHIVE_BYTES) as package:
            return any(
                is_mail_member(package, info, member) for _, info, member in iter_members(package)
            )
    except (InputError, OSError):
        return False


def is_maildir_message(path: PurePosixPath) -> bool:
    """Return True when the member is named like a Maildir message: in cur/ or new/, the
    name starting with the delivery time (mail programs name them "1717401120.M5P9.host")."""
    return len(path.parts) > 1 and path.parts[-2] in MAILDIR_FOLDERS and path.name[:1].isdigit()


def mail_file_name(number: int, member: str) -> str:
    """Return a safe temporary file name for a mail member that keeps what the mail import
    goes by: its suffix (a Maildir message, named by the mail program, becomes .eml)."""
    path = PurePosixPath(member.replace("\\", "/"))
    suffix = path.suffix.casefold()
    if suffix in MAIL_SUFFIXES:
        return f"{number}{suffix}"
    if is_maildir_message(path):
        return f"{number}.eml"
    return f"member-{number}"  # a suffix-less mbox stays suffix-less


@dataclass(frozen=True)
class MailMember:
    """A mail member of a zip: on disk at `path` while the loop body runs, or the reason
    it could not be written there (too large, corrupt)."""

    number: int
    member: str
    path: Path | None
    reason: str = ""
    oversized: bool = False  # larger than MAX_MEMBER_BYTES: not opened at all


def iter_mail_members(package: zipfile.ZipFile, folder: Path, lang: str) -> Iterator[MailMember]:
    """The zip's mail members (is_mail_member), each streamed into `folder` (a private
    temporary folder) for the loop body and removed after it: one member on disk at a
    time, so a zip of 50,000 messages never lies unpacked."""
    for number, info, member in iter_members(package):
        if not is_mail_member(package, info, member):
            continue
        too_large = check_member_size(info, member, lang)
        if too_large is not None:
            yield MailMember(number, member, None, too_large.reason, oversized=True)
            continue
        target = folder / mail_file_name(number, member)
        try:
            extract_member(package, info, target)
        except Exception as error:  # zlib.error, BadZipFile (CRC), EOFError …
            target.unlink(missing_ok=True)
            reason = describe_reason("corrupt", lang, format="ZIP", detail=type(error).__name__)
            yield MailMember(number, member, None, reason)
            continue
        try:
            yield MailMember(number, member, target)
        finally:
            target.unlink(missing_ok=True)


def extract_member(package: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> Path:
    """Return `target` after streaming the member into it (never the whole member in memory;
    zipfile stops at the declared size, which open_zip and check_member_size bounded)."""
    with package.open(info) as stream, target.open("wb") as out:
        shutil.copyfileobj(stream, out, COPY_CHUNK)
    return target


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
