"""CLI commands that erase a client for good, and back up and restore the workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from treffsicher.cli.base import ClientArgument, app, get_settings, h, open_engine
from treffsicher.i18n import format_number, t

YesOption = Annotated[bool, typer.Option("--yes", "-y", help=h("opt.yes"))]


@app.command("forget", help=h("forget"))
def forget_command(ctx: typer.Context, name: ClientArgument, yes: YesOption = False) -> None:
    """Erase a client and everything derived from her, leaving none of her words on disk."""
    from treffsicher.services.clients import show_client
    from treffsicher.services.privacy import forget_client

    settings = get_settings(ctx)
    lang = settings.lang
    engine = open_engine(settings)
    info = show_client(engine, name, lang)
    if not yes and not typer.confirm(t("privacy.forget_confirm", lang, name=info.name)):
        typer.echo(t("privacy.forget_cancelled", lang))
        raise typer.Exit(1)
    report = forget_client(engine, info.name, lang)
    typer.echo(
        t(
            "privacy.forgotten",
            lang,
            name=report.name,
            sources=report.sources,
            passages=report.passages,
        )
    )
    if report.file_rewritten:
        typer.echo(t("privacy.file_rewritten", lang))
    else:
        typer.echo(t("privacy.not_rewritten", lang, backend=engine.url.get_backend_name()))


@app.command("backup", help=h("backup"))
def backup_command(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help=h("opt.out_backup"))],
) -> None:
    """Copy the workspace to a backup file, safely while the web server runs."""
    from treffsicher.services.privacy import backup_workspace

    settings = get_settings(ctx)
    report = backup_workspace(open_engine(settings), out, settings.lang)
    size = format_number(report.size_bytes / (1024 * 1024), settings.lang, 1) + " MB"
    typer.echo(t("privacy.backup_done", settings.lang, path=str(report.path), size=size))


@app.command("restore", help=h("restore"))
def restore_command(
    ctx: typer.Context,
    backup: Annotated[Path, typer.Argument(help=h("arg.backup"))],
    yes: YesOption = False,
) -> None:
    """Replace the workspace with a backup (asks first)."""
    from treffsicher.services.privacy import check_backup_file, restore_workspace

    settings = get_settings(ctx)
    lang = settings.lang
    engine = open_engine(settings)
    check_backup_file(backup, lang)
    question = t("privacy.restore_confirm", lang, workspace=settings.database_url, path=backup)
    if not yes and not typer.confirm(question):
        typer.echo(t("privacy.forget_cancelled", lang))
        raise typer.Exit(1)
    restore_workspace(engine, backup, lang)
    typer.echo(t("privacy.restored", lang, path=str(backup)))


@app.command("export", help=h("export"))
def export_command(
    ctx: typer.Context,
    name: ClientArgument,
    out: Annotated[Path, typer.Option("--out", help=h("opt.export_out"))],
) -> None:
    from treffsicher.services.export import export_client

    settings = get_settings(ctx)
    report = export_client(open_engine(settings), name, out, settings.lang)
    rows = sum(report.rows.values())
    typer.echo(
        t(
            "export.done",
            settings.lang,
            name=report.name,
            path=str(report.path),
            rows=rows,
            tables=len(report.rows),
        )
    )


@app.command("import-export", help=h("import_export"))
def import_export_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help=h("arg.export_file"))],
) -> None:
    from treffsicher.services.export import import_export

    settings = get_settings(ctx)
    report = import_export(open_engine(settings), path, settings.lang)
    rows = sum(report.rows.values())
    typer.echo(
        t("export.imported", settings.lang, name=report.name, path=str(report.path), rows=rows)
    )
