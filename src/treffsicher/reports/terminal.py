"""A draft check in the terminal (rich): score, drivers, deviations, the draft with notes.

All client and draft text is printed as rich Text, never parsed as markup (a draft may
contain "[bold]" or "<script>"). Noted sentences are coloured in place and numbered; the
reasons follow under the draft.
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from treffsicher.i18n import t
from treffsicher.reports import view
from treffsicher.services.checking import CheckHistory, CheckOutcome
from treffsicher.services.profiling import quote_text

INDENT = 4
NOTE_STYLE = "bold red"
EXAMPLES_SHOWN = 1


def print_check(console: Console, outcome: CheckOutcome, lang: str) -> None:
    """The whole check report on `console`."""
    result = outcome.result
    console.print(
        Text(
            t("check.title", lang, draft=outcome.draft_name, name=outcome.client),
            style="bold",
        )
    )
    style = view.BAND_STYLES.get(result.band, "")
    console.print(Text(view.describe_score(result, lang), style=f"bold {style}"))
    progress = view.describe_progress(outcome, lang)
    if progress:
        console.print(Text(progress))
    console.print(Text(view.describe_support(result, lang), style="dim"))
    console.print(Text(view.describe_draft(result, lang), style="dim"))
    for warning in result.warnings:
        console.print(Text("⚠ " + warning.text, style="yellow"))
    print_drivers(console, outcome, lang)
    console.print()
    console.print(Text(t("check.register", lang), style="bold"))
    console.print(Padding(Text(result.register_note), (0, 0, 0, 2)))
    print_deviations(console, outcome, lang)
    print_sentences(console, outcome, lang)
    print_suggestions(console, outcome, lang)


def print_drivers(console: Console, outcome: CheckOutcome, lang: str) -> None:
    """What drove the score in plain words, and whom the draft sounds most like."""
    result = outcome.result
    drivers = view.list_drivers(result, lang)
    if not drivers and not result.comparisons:
        return
    console.print()
    console.print(Text(t("check.drivers", lang), style="bold"))
    if result.drivers_text:
        console.print(Padding(Text(result.drivers_text), (0, 0, 0, 2)))
    for driver in drivers:
        console.print(
            Text.assemble(
                "  ",
                ("+" if driver.positive else "–", "green" if driver.positive else "red"),
                f" {driver.label}: {driver.direction}",
            )
        )
    if result.comparisons:
        console.print()
        console.print(Text(t("fit.comparisons", lang), style="bold"))
        if result.closest_text:
            console.print(Padding(Text(result.closest_text), (0, 0, 0, 2)))
        for line in view.list_comparisons(result, lang):
            style = "bold" if line.closest else ""
            console.print(Text(f"  {line.score:>3}  {line.name} ({line.role})", style=style))


def print_deviations(console: Console, outcome: CheckOutcome, lang: str) -> None:
    """Deviations, most important first, each with her own example."""
    result = outcome.result
    console.print()
    console.print(Text(t("check.deviations", lang), style="bold"))
    if not result.deviations:
        console.print(Text("  " + t("check.no_deviations", lang), style="green"))
        return
    for number, deviation in enumerate(result.deviations, start=1):
        line = Text(f"{number:>2}. ")
        line.append(deviation.text)
        if deviation.register_sensitive:
            line.append(" " + t("check.register_weighted", lang), style="dim")
        console.print(line)
        for example in deviation.examples[:EXAMPLES_SHOWN]:
            quote = Text(t("check.examples", lang) + " ", style="dim")
            quote.append(quote_text(example.text, lang), style="italic")
            console.print(Padding(quote, (0, 0, 0, INDENT)))


def print_sentences(console: Console, outcome: CheckOutcome, lang: str) -> None:
    """The draft with deviating sentences coloured and numbered, then their reasons."""
    result = outcome.result
    console.print()
    console.print(Text(t("check.sentences", lang), style="bold"))
    if not result.sentence_notes:
        console.print(Text("  " + t("check.no_sentence_notes", lang), style="green"))
        return
    console.print(Padding(mark_draft(outcome), (0, 0, 0, 2)))
    console.print()
    for number, note in enumerate(result.sentence_notes, start=1):
        console.print(Text(f"[{number}] ", style="bold").append(short(note.text), style="dim"))
        for reason in note.reasons:
            console.print(Padding(Text("– " + reason.text), (0, 0, 0, INDENT)))


def mark_draft(outcome: CheckOutcome) -> Text:
    """The draft text with each noted sentence coloured and followed by its number."""
    text = outcome.draft_text
    marked = Text()
    position = 0
    for number, note in enumerate(outcome.result.sentence_notes, start=1):
        marked.append(text[position : note.start])
        marked.append(text[note.start : note.end], style=NOTE_STYLE)
        marked.append(f" [{number}]", style="bold")
        position = note.end
    marked.append(text[position:])
    return marked


def short(text: str, limit: int = 60) -> str:
    """`text` on one line, cut to `limit` characters with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def print_suggestions(console: Console, outcome: CheckOutcome, lang: str) -> None:
    """Her signature terms that fit, her greeting and sign-off."""
    suggestions = outcome.result.suggestions
    if not suggestions:
        return
    console.print()
    console.print(Text(t("check.suggestions", lang), style="bold"))
    for suggestion in suggestions:
        console.print(Text("  • " + suggestion.text))
        for example in suggestion.examples[:EXAMPLES_SHOWN]:
            quote = Text(quote_text(example.text, lang), style="italic dim")
            console.print(Padding(quote, (0, 0, 0, INDENT)))


def print_history(console: Console, history: CheckHistory, lang: str) -> None:
    """The client's checks, newest first, with the trend of the latest draft."""
    from rich.table import Table

    console.print(Text(t("checks.title", lang, name=history.client), style="bold"))
    if history.entries and history.trend:
        latest = history.entries[0].draft_name
        console.print(Text(t("checks.trend", lang, draft=latest, trend=history.trend)))
    table = Table(show_edge=False, pad_edge=False)
    for key in ("col_when", "col_draft", "col_score", "col_band", "col_change"):
        # The draft's name is never cut ("…"): two drafts must stay apart; on a narrow
        # terminal it folds onto the next line instead, the other columns keep one line.
        wrap = {"overflow": "fold"} if key == "col_draft" else {"no_wrap": True}
        table.add_column(t(f"checks.{key}", lang), **wrap)
    for entry in history.entries:
        score = "–" if entry.score is None else str(round(entry.score))
        change = ""
        if entry.previous_score is not None and entry.score is not None:
            change = f"{round(entry.previous_score)} → {score}"
        table.add_row(
            Text(entry.created_at.strftime("%Y-%m-%d %H:%M")),
            Text(entry.draft_name),
            Text(score, style=view.BAND_STYLES.get(entry.band, "")),
            Text(view.band_label(entry.band, lang)),
            Text(change),
        )
    console.print(table)
