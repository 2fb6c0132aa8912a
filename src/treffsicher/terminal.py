"""The voice profile as readable text in the terminal: one short block per feature.

A block is the feature's name with her typical value and usual range, one line saying what
the feature means, and quotes from her own passages. A list of blocks wraps well in any
terminal width, where a five-column table did not. All client text is printed as
rich Text, never parsed as markup. Into a pipe or a file, where rich prints the characters
only, the same characters are written without loading rich (render_plain), when every
text is made of characters whose wrapping is plain to follow.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from treffsicher.core.features import ALL_SPECS, SPECS_BY_NAME
from treffsicher.errors import TooLittleTextError
from treffsicher.i18n import name_language, t
from treffsicher.services import profiling as view

if TYPE_CHECKING:
    from rich.console import Console

    from treffsicher.core.models import FeatureSummary, LanguageProfile
    from treffsicher.services.profiling import ClientProfile

INDENT = 4  # columns before a feature's explanation and quotes
EXAMPLES_SHOWN = 2  # quotes per feature in the terminal (the JSON has all of them)
SIGNATURE_EXAMPLES_SHOWN = 1

# The layout is a list of steps, each one rich print (see Layout.replay).
TEXT = "text"  # Text(plain, style=style)
ASSEMBLE = "assemble"  # Text.assemble(*parts), then .append(*tail)
PAD = "pad"  # Padding(Text(plain, style=style), (0, 0, 0, indent), expand=False)
BLANK = "blank"  # an empty line

Part = str | tuple[str, str]


@dataclass(frozen=True)
class Step:
    """One print of the profile: what rich would be given, as plain data."""

    kind: str
    plain: str = ""
    style: str = ""
    parts: tuple[Part, ...] = ()
    tail: tuple[str, str] | None = None
    indent: int = 0

    def text(self) -> str:
        """The characters this step prints, before wrapping."""
        if self.kind == ASSEMBLE:
            joined = "".join(p if isinstance(p, str) else p[0] for p in self.parts)
            return joined + (self.tail[0] if self.tail else "")
        return self.plain


@dataclass
class Layout:
    """The readable profile as steps; printed by rich (replay) or, where rich would print
    plain characters, without it (render_plain)."""

    steps: list[Step] = field(default_factory=list)

    def line(self, plain: str, style: str = "") -> None:
        self.steps.append(Step(TEXT, plain=plain, style=style))

    def assemble(self, *parts: Part, tail: tuple[str, str] | None = None) -> None:
        self.steps.append(Step(ASSEMBLE, parts=parts, tail=tail))

    def indented(self, plain: str, style: str = "", indent: int = INDENT) -> None:
        self.steps.append(Step(PAD, plain=plain, style=style, indent=indent))

    def blank(self) -> None:
        self.steps.append(Step(BLANK))

    def replay(self, console: Console) -> None:
        """Print every step with rich, as the profile has always been printed."""
        from rich.padding import Padding
        from rich.text import Text

        for step in self.steps:
            if step.kind == BLANK:
                console.print()
            elif step.kind == TEXT:
                console.print(Text(step.plain, style=step.style))
            elif step.kind == ASSEMBLE:
                line = Text.assemble(*step.parts)
                if step.tail is not None:
                    line.append(step.tail[0], style=step.tail[1])
                console.print(line)
            else:
                padded = Text(step.plain, style=step.style)
                console.print(Padding(padded, (0, 0, 0, step.indent), expand=False))


def print_profile(console: Console, client_profile: ClientProfile, lang: str) -> None:
    """The readable profile: per language the support line, then feature blocks."""
    lay_out_profile(client_profile, lang).replay(console)


def lay_out_profile(client_profile: ClientProfile, lang: str) -> Layout:
    """The readable profile's steps (TooLittleTextError when it has no language)."""
    profile = client_profile.profile
    if not profile.languages:
        raise TooLittleTextError(t("profile.empty", lang, name=client_profile.client))
    out = Layout()
    out.line(t("profile.title", lang, name=client_profile.client), style="bold")
    for language in profile.languages:
        lay_out_language_profile(out, client_profile, language, lang)
    if profile.excluded_passages:
        excluded = profile.excluded_passages
        languages = ", ".join(f"{name_language(k, lang)} {v}" for k, v in excluded.items())
        total = sum(excluded.values())
        out.blank()
        out.line(t("profile.excluded", lang, count=total, languages=languages))
    return out


def lay_out_language_profile(
    out: Layout, client_profile: ClientProfile, language: str, lang: str
) -> None:
    """One language's part of the profile."""
    language_profile = client_profile.profile.languages[language]
    out.blank()
    heading = t("profile.language", lang, language=name_language(language, lang))
    support = view.describe_support(client_profile, language, lang)
    out.assemble((heading, "bold"), " — ", support)
    warning = t(f"profile.reliability.{language_profile.reliability}", lang)
    if warning:
        out.line(warning, style="yellow")
    for family in dict.fromkeys(spec.family for spec in ALL_SPECS):
        summaries = [
            language_profile.features[spec.name]
            for spec in ALL_SPECS
            if spec.family == family and spec.name in language_profile.features
        ]
        if summaries:
            out.blank()
            out.line(family_title(family, lang).upper(), style="bold cyan")
            for summary in summaries:
                lay_out_feature(out, summary, lang)
    lay_out_signature_terms(out, language_profile, lang)


def lay_out_feature(out: Layout, summary: FeatureSummary, lang: str) -> None:
    """Label, typical value and usual range; what it means; quotes from her passages."""
    spec = SPECS_BY_NAME.get(summary.name)
    label = spec.label(lang) if spec else summary.name
    usual = view.format_range(summary, lang)
    tail = None
    if usual != t("profile.no_value", lang):
        tail = (f"   ({t('profile.usual', lang)} {usual})", "dim")
    out.assemble(("  " + label, "bold"), "  ", view.format_typical(summary, spec, lang), tail=tail)
    if spec:
        out.indented(spec.explain(lang), style="dim")
    shown: list[str] = []
    for example in summary.examples:
        quote = view.quote_text(example.text, lang)
        if quote in shown:  # two passages with the same sentence: quote it once
            continue
        shown.append(quote)
        out.indented(quote, style="italic")
        if len(shown) == EXAMPLES_SHOWN:
            break


def lay_out_signature_terms(out: Layout, profile: LanguageProfile, lang: str) -> None:
    """Her signature words and phrases with a quote each, then common words she avoids."""
    if profile.signature_terms:
        out.blank()
        out.line(t("profile.signature", lang).upper(), style="bold cyan")
        for term in profile.signature_terms:
            line = t(
                "profile.signature_line",
                lang,
                term=term.term,
                count=term.count,
                passages=term.n_passages,
            )
            out.line("  " + line)
            for example in term.examples[:SIGNATURE_EXAMPLES_SHOWN]:
                out.indented(view.quote_text(example.text, lang), style="italic")
    if profile.avoided_words:
        out.blank()
        out.line(t("profile.avoided", lang).upper(), style="bold cyan")
        out.indented(", ".join(profile.avoided_words), indent=2)


# Rich without a terminal prints the characters only (no styles), wrapped by rich's own
# divide_line and measured by its cell widths (rich.cells; both load without its console);
# render_plain does the rest of what rich does with a Text and a Padding. A text with a
# tab, a line break, a control or a format character goes through rich itself.
# tests/cli/test_profile_plain.py compares both on generated text.
TRAILING_SPACE_RE = re.compile(r"\s+$")
# Environment variables with which rich treats the output as a terminal (or Jupyter).
RICH_TERMINAL_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS")
MIN_PLAIN_WIDTH = 20  # narrower consoles go through rich


def plain_width() -> int | None:
    """The width rich would wrap at when stdout is not a terminal, or None when it is
    one (or may be, for rich: its environment variables, Windows, IDLE, Jupyter)."""
    if sys.platform == "win32" or any(v in os.environ for v in RICH_TERMINAL_VARIABLES):
        return None
    if "IPython" in sys.modules or "idlelib" in sys.modules:
        return None
    try:
        if sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    width = None
    for descriptor in (0, 1, 2):  # as rich asks: stdin, stdout, stderr
        try:
            width = os.get_terminal_size(descriptor).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None:
        if not columns.isdigit():
            return None
        width = int(columns)
    width = width or 80
    return width if width >= MIN_PLAIN_WIDTH else None


def render_plain(layout: Layout, width: int) -> str | None:
    """The characters rich prints for `layout` on a console `width` wide that is not a
    terminal, or None when a text needs rich itself (see above)."""
    from rich.cells import cell_len

    lines: list[str] = []
    for step in layout.steps:
        if step.kind == BLANK:
            lines.append("")
            continue
        text = step.text()
        if not text.isprintable():
            return None
        if step.kind != PAD:
            lines += wrap_like_rich(text, width)
            continue
        # Padding(expand=False): as wide as the text, at most the console's width.
        inner = min(min(cell_len(text), width) + step.indent, width) - step.indent
        if inner < 1:  # an empty text: rich measures it as nothing at all
            return None
        margin = " " * step.indent
        for line in wrap_like_rich(text, inner):
            cells = cell_len(line)
            if cells > inner:
                return None
            lines.append(margin + line + " " * (inner - cells))
    return "".join(line + "\n" for line in lines)


def wrap_like_rich(text: str, width: int) -> list[str]:
    """The lines of rich's Text.wrap for one line of text: broken where rich's
    divide_line breaks it, whitespace beyond the width cut, then cut to the width."""
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    lines = []
    for begin, end in pairwise([0, *divide_line(text, width, fold=True), len(text)]):
        line = text[begin:end]
        if len(line) > width:  # rich's rstrip_end counts characters here
            trailing = TRAILING_SPACE_RE.search(line)
            if trailing is not None:
                line = line[: len(line) - min(len(trailing.group(0)), len(line) - width)]
        if cell_len(line) > width:
            line = set_cell_size(line, width)
        lines.append(line)
    return lines


def family_title(family: str, lang: str) -> str:
    """The heading of a feature family (its name when the catalogue lacks it)."""
    try:
        return t(f"family.{family}", lang)
    except KeyError:
        return family
