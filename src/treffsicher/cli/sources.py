"""CLI commands `scan` (who wrote or spoke in these files) and `passages` (which of her
words were kept, with provenance)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from treffsicher.cli.base import (
    ClientArgument,
    app,
    get_settings,
    h,
    make_console,
    open_engine,
    print_problems,
)
from treffsicher.i18n import format_number, name_language, t
from treffsicher.services.formats import describe_import_formats

if TYPE_CHECKING:
    from treffsicher.services.sources import ScanResult, SourcePassages

TEXT_INDENT = "    "


@app.command("scan", help=h("scan"))
def scan_command(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(help=h("arg.scan_files", mail=describe_import_formats()["mail"])),
    ],
) -> None:
    """List the senders or speakers in files, with counts, to pick the client's identities."""
    from treffsicher.services.sources import scan_files

    settings = get_settings(ctx)
    lang = settings.lang
    results, problems = scan_files(open_engine(settings), files, lang)
    for result in results:
        print_scan(result, lang)
    if any(r.rows for r in results):
        typer.echo(t("scan.hint", lang))
    print_problems(problems, lang)
    if problems:
        raise typer.Exit(1)


def print_scan(result: ScanResult, lang: str) -> None:
    """A table of one file's senders (address, name, messages) or speakers (name, turns)."""
    from rich.markup import escape
    from rich.table import Table

    from treffsicher.services.sources import SCAN_MAIL

    if not result.rows:
        typer.echo(t("scan.nothing", lang, name=result.path))
        return
    is_mail = result.kind == SCAN_MAIL
    table = Table(title=escape(result.path), title_justify="left", show_edge=False)
    if is_mail:
        table.add_column(t("scan.col_address", lang))
        table.add_column(t("scan.col_sender", lang))
        table.add_column(t("scan.col_count", lang), justify="right")
    else:
        table.add_column(t("scan.col_speaker", lang))
        table.add_column(t("scan.col_turns", lang), justify="right")
    table.add_column(t("scan.col_client", lang))
    for row in result.rows:
        cells = [escape(row.address), escape(row.name)] if is_mail else [escape(row.name)]
        cells += [format_number(row.count, lang), escape(", ".join(row.clients))]
        table.add_row(*cells)
    make_console().print(table)


@app.command("passages", help=h("passages"))
def passages_command(
    ctx: typer.Context,
    client: ClientArgument,
    source: Annotated[int | None, typer.Option("--source", help=h("opt.source"))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=h("opt.json"))] = False,
) -> None:
    """Show exactly which of the client's words were kept, with source, date and position."""
    from treffsicher.services.sources import list_source_passages, source_passages_as_dict

    settings = get_settings(ctx)
    lang = settings.lang
    name, sources = list_source_passages(open_engine(settings), client, source, lang)
    if as_json:
        data = source_passages_as_dict(name, sources)
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not sources:
        typer.echo(t("passages.none", lang, name=name))
        return
    for entry in sources:
        print_source(entry, lang)
    n_passages = sum(len(s.passages) for s in sources)
    words = sum(p.words for s in sources for p in s.passages)
    typer.echo(
        t(
            "passages.total",
            lang,
            passages=n_passages,
            sources=len(sources),
            words=words,
        )
    )


def describe_provenance(entry: SourcePassages, lang: str) -> list[str]:
    """Lines naming date, subject, sender and message number of a source (those it has)."""
    lines = []
    if entry.occurred_at is not None:
        when = describe_local_time(entry.occurred_at, entry.utc_offset_minutes)
        lines.append(f"{t('passages.date', lang)}: {when}")
    if entry.subject:
        lines.append(f"{t('passages.subject', lang)}: {entry.subject}")
    if entry.sender:
        lines.append(f"{t('passages.sender', lang)}: {entry.sender}")
    if entry.container_index is not None:
        number = f"{entry.container_index} ({entry.container})"
        lines.append(f"{t('passages.message', lang)}: {number}")
    return lines


def describe_local_time(moment: datetime, offset_minutes: int | None) -> str:
    """The message time as she saw it: '2025-06-03 10:03 (+02:00)', or '… UTC' when her
    offset is unknown (sources stored before offsets were kept)."""
    from treffsicher.services.sources import to_local

    local = to_local(moment, offset_minutes)
    if offset_minutes is None:
        return f"{local:%Y-%m-%d %H:%M} UTC"
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} ({offset[:3]}:{offset[3:]})"


def print_source(entry: SourcePassages, lang: str) -> None:
    """A source's header and provenance, then each passage's position line and text."""
    typer.echo(t("passages.header", lang, id=entry.id, name=entry.name))
    for line in describe_provenance(entry, lang):
        typer.echo(f"  {line}")
    for passage in entry.passages:
        position = t(
            "passages.position",
            lang,
            position=passage.position + 1,
            language=name_language(passage.language, lang),
            words=format_number(passage.words, lang),
            start=passage.char_start,
            end=passage.char_end,
        )
        details = [position]
        if passage.excluded:
            details.insert(0, t("passages.excluded_mark", lang).upper())
        if passage.role != "body":
            details.append(f"{t('passages.role', lang)}: {passage.role}")
        if passage.speaker:
            details.append(f"{t('passages.speaker', lang)}: {passage.speaker}")
        if passage.timestamp:
            details.append(f"{t('passages.timestamp', lang)}: {passage.timestamp}")
        if passage.note:
            details.append(f"{t('passages.note', lang)}: {passage.note}")
        details.append(f"{t('passages.id', lang)} {passage.id}")
        typer.echo("  " + " · ".join(details))
        for line in passage.text.split("\n"):
            typer.echo(f"{TEXT_INDENT}{line}".rstrip())
    typer.echo("")
