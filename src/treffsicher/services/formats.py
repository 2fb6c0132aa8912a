"""The file formats as the front ends name them (help texts, upload lists), from the
importers' registry; cheap to import, so the CLI can build its help from it."""

from __future__ import annotations

from treffsicher.importers import formats


def describe_import_formats() -> dict[str, str]:
    """Per family (mail, transcript, web, document, chat, archive) its suffixes: '.eml, .msg, …'."""
    families = (
        formats.FAMILY_MAIL,
        formats.FAMILY_TRANSCRIPT,
        formats.FAMILY_WEB,
        formats.FAMILY_DOCUMENT,
        formats.FAMILY_CHAT,
        formats.FAMILY_ARCHIVE,
    )
    return {family: ", ".join(formats.list_suffixes(families=(family,))) for family in families}


def describe_draft_formats() -> str:
    """The suffixes a draft may have: '.txt, .md, .html, …'."""
    return ", ".join(formats.DRAFT_SUFFIXES)
