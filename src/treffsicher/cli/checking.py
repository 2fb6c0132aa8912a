"""CLI commands for the draft check: check, checks, verify."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from treffsicher.cli.base import (
    ClientArgument,
    Kind,
    LangOption,
    app,
    emit_text,
    get_settings,
    h,
    make_console,
    open_engine,
)
from treffsicher.errors import InputError
from treffsicher.i18n import t
from treffsicher.services.formats import describe_draft_formats

if TYPE_CHECKING:
    from treffsicher.services.checking import CheckOutcome

Format = Literal["text", "html", "json"]


@app.command("check", help=h("check"))
def check_command(
    ctx: typer.Context,
    client: ClientArgument,
    draft: Annotated[
        str,
        typer.Argument(help=h("arg.draft", formats=describe_draft_formats())),
    ],
    output_format: Annotated[Format, typer.Option("--format", help=h("opt.format"))] = "text",
    out: Annotated[
        Path | None,
        typer.Option("--out", help=h("opt.out_report")),
    ] = None,
    register: Annotated[
        Kind | None,
        typer.Option("--register", help=h("opt.register")),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Check a draft against the client's voice; the check is stored for the history."""
    from treffsicher.services.checking import check_client_draft, read_draft

    settings = get_settings(ctx, lang)
    lang_ = settings.lang
    if draft == "-":
        parsed = read_draft(None, sys.stdin.buffer.read(), lang=lang_)
    else:
        parsed = read_draft(Path(draft), lang=lang_)
    outcome = check_client_draft(open_engine(settings), client, parsed, register, lang_)
    if out is None and output_format == "text":
        from treffsicher.reports.terminal import print_check

        print_check(make_console(), outcome, lang_)
        return
    text = render(outcome, output_format, lang_)
    emit_text(text, out, lang_, "check.out_failed", "check.written")


def render(outcome: CheckOutcome, output_format: str, lang: str) -> str:
    """The report as a string: JSON, HTML or plain text (for --out)."""
    if output_format == "json":
        return json.dumps(outcome.to_dict(), ensure_ascii=False, indent=2)
    if output_format == "html":
        from treffsicher.reports.html import render_check_html

        return render_check_html(outcome, lang)
    from rich.console import Console

    from treffsicher.reports.terminal import print_check

    console = Console(record=True, width=100, file=io.StringIO(), highlight=False)
    print_check(console, outcome, lang)
    return console.export_text()


@app.command("checks", help=h("checks"))
def checks_command(ctx: typer.Context, client: ClientArgument, lang: LangOption = None) -> None:
    """List the client's earlier checks, newest first, with the trend ("58 → 81")."""
    from treffsicher.reports.terminal import print_history
    from treffsicher.services.checking import list_client_checks

    settings = get_settings(ctx, lang)
    history = list_client_checks(open_engine(settings), client, settings.lang)
    if not history.entries:
        typer.echo(t("checks.none", settings.lang, name=history.client))
        return
    print_history(make_console(), history, settings.lang)


@app.command("verify", help=h("verify"))
def verify_command(
    ctx: typer.Context,
    trials: Annotated[Path, typer.Argument(help=h("arg.trials"))],
    out: Annotated[Path, typer.Option("--out", help=h("opt.out_scores"))],
    lang: LangOption = None,
) -> None:
    """Score authorship-verification trials with the fit-score model (0.5: cannot tell)."""
    from treffsicher.services.checking import score_trials

    settings = get_settings(ctx, lang)
    try:
        handle = trials.open(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(t("verify.not_found", settings.lang, path=trials)) from error
    scored = failed = 0
    try:
        with handle, out.open("w", encoding="utf-8") as sink:
            for trial in score_trials(handle):
                if trial.score is None:
                    failed += 1
                    reason = f"{trial.trial_id}: {trial.error}" if trial.trial_id else trial.error
                    typer.echo(
                        t("verify.bad_line", settings.lang, line=trial.line_number, reason=reason),
                        err=True,
                    )
                    continue
                scored += 1
                sink.write(json.dumps({"id": trial.trial_id, "score": trial.score}) + "\n")
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(t("check.out_failed", settings.lang, path=out, error=reason)) from error
    typer.echo(t("verify.summary", settings.lang, scored=scored, failed=failed), err=True)
    if failed:
        raise typer.Exit(1)
