"""The readable profile without rich: into a pipe the same characters as rich prints.

terminal.render_plain must give exactly what rich's console prints when it is not a
terminal; these tests print the same layouts both ways, on hand-written and generated text.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from treffsicher import terminal
from treffsicher.terminal import Layout, plain_width, render_plain


def with_rich(layout: Layout, width: int) -> str:
    """What rich prints for the layout on a console `width` wide that is no terminal."""
    out = io.StringIO()
    layout.replay(Console(file=out, width=width, force_terminal=False, highlight=False))
    return out.getvalue()


def profile_like(texts: list[str], indent: int = terminal.INDENT) -> Layout:
    """A layout with every kind of step, as the profile uses them."""
    layout = Layout()
    layout.line("Stimmprofil: Johanna Kellermann", style="bold")
    for text in texts:
        layout.blank()
        layout.line(text.upper(), style="bold cyan")
        layout.assemble(("  " + text, "bold"), "  ", "11 Wörter", tail=(f"   ({text})", "dim"))
        layout.indented(text, style="italic", indent=indent)
        layout.line("  " + text)
    return layout


HAND_WRITTEN = [
    "„Ich freue mich sehr auf unseren Kurs am Montag – bis dahin alles Gute!“",
    "Satzlänge  11 Wörter   (üblich 8–14,5)",
    "I throw every mug on the wheel in my shed by the harbour … no two glazes alike.",
    "Danke dir von Herzen 🙂 und bis bald ❤️👍",
    "Ein Wort, das nicht passt: Rückbildungsgymnastikkursanmeldungsbestätigungsschreiben!",
    "   Leerzeichen vorn, und hinten   ",
    "x",
    "日本語のテキストも折り返す、幅は二つのセル",
    "Preis: 120 €, 2½ Stunden, § 3 — Ort: Praxis am Markt",
]


@pytest.mark.parametrize("width", [20, 33, 47, 80, 100, 200])
def test_plain_and_rich_print_the_same_profile(width: int) -> None:
    layout = profile_like(HAND_WRITTEN)
    plain = render_plain(layout, width)
    assert plain is not None
    assert plain == with_rich(layout, width)


WORDS = st.sampled_from(
    [
        *("Hallo", "Anna,", "ich", "freue", "mich", "„sehr“", "–", "…", "🙂", "❤️", "語", "€"),
        *("Rückbildungsgymnastikkursanmeldung", "x" * 45, "", " ", "\u00a0", "2½"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=60), max_size=4),
    st.integers(min_value=20, max_value=130),
    st.sampled_from([2, 4]),
)
def test_plain_never_differs_from_rich(texts: list[str], width: int, indent: int) -> None:
    layout = profile_like(texts, indent)
    plain = render_plain(layout, width)
    if plain is not None:  # None: rich prints it
        assert plain == with_rich(layout, width)


@pytest.mark.parametrize(
    "text", ["Zeile eins\nZeile zwei", "mit\tTab", "Steuerzeichen\x07", "Teil\u00adung", ""]
)
def test_text_rich_would_treat_specially_goes_through_rich(text: str) -> None:
    layout = Layout()
    layout.indented(text)
    assert render_plain(layout, 80) is None


class NoTerminal(io.StringIO):
    def isatty(self) -> bool:
        return False


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "stdout", "expected"),
    [
        ({"COLUMNS": "100"}, NoTerminal(), 100),
        ({"COLUMNS": "abc"}, NoTerminal(), None),
        ({"COLUMNS": "12"}, NoTerminal(), None),
        ({"COLUMNS": "100"}, Terminal(), None),
        ({"COLUMNS": "100", "FORCE_COLOR": "1"}, NoTerminal(), None),
        ({"COLUMNS": "100", "TTY_COMPATIBLE": "1"}, NoTerminal(), None),
    ],
)
def test_plain_width_follows_rich(
    env: dict[str, str], stdout: io.StringIO, expected: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (*terminal.RICH_TERMINAL_VARIABLES, "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", stdout)
    assert plain_width() == expected
    if expected is not None:
        assert Console(highlight=False).width == expected


def test_the_demo_profile_into_a_pipe_loads_no_rich_console(tmp_path: Path) -> None:
    script = (
        "import sys; from treffsicher.cli import main; sys.argv[0] = 'treffsicher'\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('rich.console' in sys.modules, file=sys.stderr)"
    )
    args = ["--workspace", str(tmp_path / "w.sqlite"), "--lang", "de", "demo"]
    run = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    )
    assert run.stderr.strip().splitlines()[-1] == "False"
    assert "Stimmprofil" in run.stdout or "STIMM" in run.stdout.upper()
