"""CLI: import good and broken files, duplicates, stdin, --kind, unknown client."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

MAIL = (
    "Hallo Anna,\n\nich freue mich sehr auf unsere Zusammenarbeit. Die Texte für die Startseite "
    "schicke ich dir morgen.\n\nLiebe Grüße\nUlrike\n"
)
NOTES = "Ulrike erzählt, dass sie seit zwölf Jahren Yoga unterrichtet und gern draußen übt.\n"


@pytest.fixture
def client(cli: Cli) -> str:
    result = cli("client", "add", "Ulrike Berger")
    assert result.exit_code == 0, result.output
    return "Ulrike Berger"


def count_sources(cli: Cli) -> str:
    result = cli("client", "show", "Ulrike Berger")
    assert result.exit_code == 0, result.output
    return next(line.strip() for line in result.stdout.splitlines() if "Quellen" in line)


def test_good_and_broken_file(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    broken = tmp_path / "kaputt.txt"
    broken.write_bytes(b"\x00\x01\x02\x00" * 64)
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    result = cli("import", client, str(good), str(broken), str(empty))
    assert result.exit_code == 1, result.output
    assert str(good) in result.stdout
    problem_lines = result.stderr.splitlines()
    assert len(problem_lines) == 2
    assert problem_lines[0].startswith(f"{broken}: ")
    assert problem_lines[1].startswith(f"{empty}: ")
    assert "1 Quelle importiert" in result.stdout
    assert "2 mit Fehlern" in result.stdout
    assert "Traceback" not in result.output
    assert count_sources(cli) == "Quellen: 1"


def test_missing_file_is_named(cli: Cli, client: str, tmp_path: Path) -> None:
    missing = tmp_path / "gibt-es-nicht.txt"
    result = cli("import", client, str(missing))
    assert result.exit_code == 1
    assert result.stderr == f"{missing}: Datei nicht gefunden\n"


def test_same_file_twice_adds_nothing(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    first = cli("import", client, str(good))
    assert first.exit_code == 0, first.output
    second = cli("import", client, str(good))
    assert second.exit_code == 0, second.output
    assert f"{good}: schon importiert, nichts hinzugefügt" in second.stdout
    assert "0 Quellen importiert" in second.stdout
    assert count_sources(cli) == "Quellen: 1"


def test_stdin(cli: Cli, client: str) -> None:
    result = cli("import", client, "-", stdin=NOTES.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("stdin: 1 Textstelle, ")
    assert count_sources(cli) == "Quellen: 1"


def test_messages_in_english(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", client, str(good), lang="en")
    assert result.exit_code == 0, result.output
    assert "1 source imported" in result.stdout
    assert "0 already present, 0 failed." in result.stdout


def test_unknown_client_suggests_and_imports_nothing(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", "Ulrike Bergr", str(good))
    assert result.exit_code == 1
    assert result.stderr == "Keine Kundin namens „Ulrike Bergr“. Meinten Sie „Ulrike Berger“?\n"
    assert count_sources(cli) == "Quellen: 0"


def test_unknown_kind_is_a_usage_error(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", client, str(good), "--kind", "gedicht")
    assert result.exit_code == 2
    assert count_sources(cli) == "Quellen: 0"


# Bad input with the real importer ("Bad input"): each file is named with its
# reason, the others still import, the exit code says something failed.

LATIN = (
    "Liebe Anna, für die Überschrift wünsche ich mir etwas Wärmeres. Schöne Grüße, Ulrike\n"
) * 3


def test_non_utf8_file_is_imported_with_the_encoding_named(
    cli: Cli, client: str, tmp_path: Path
) -> None:
    legacy = tmp_path / "alt.txt"
    legacy.write_bytes(LATIN.encode("cp1252"))
    result = cli("import", client, str(legacy))
    assert result.exit_code == 0, result.output
    note = result.stdout.splitlines()[1]
    assert note.startswith("  nicht UTF-8; als ")


def test_a_giant_single_line_is_refused_and_the_rest_imported(
    cli: Cli, client: str, tmp_path: Path
) -> None:
    giant = tmp_path / "riesig.txt"
    giant.write_bytes(b"wort " * 500_000)  # 2.5 MB without a line break
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", client, str(giant), str(good))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{giant}: ")
    assert "ohne Zeilenumbruch" in result.stderr
    assert count_sources(cli) == "Quellen: 1"


def test_unsupported_file_type_is_named_once(cli: Cli, client: str, tmp_path: Path) -> None:
    sheet = tmp_path / "tabelle.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    result = cli("import", client, str(sheet))
    assert result.exit_code == 1
    assert result.stderr.count(str(sheet)) == 1


def test_other_language_is_stored_and_announced(cli: Cli, client: str) -> None:
    french = (
        "Bonjour Anna, merci pour ton message. Je suis très contente de notre travail "
        "ensemble et je t'envoie les textes demain matin. À bientôt, Ulrike\n"
    )
    result = cli("import", client, "-", stdin=french.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert (
        "Gespeichert, aber im Stimmprofil nicht berücksichtigt: 1 Textstelle in anderer oder "
        "unbekannter Sprache (Französisch 1)." in result.stdout
    )
    assert count_sources(cli) == "Quellen: 1"


class FakeTerminal(io.StringIO):
    """A stderr that claims to be a terminal, so the progress bar is drawn."""

    def isatty(self) -> bool:
        return True


def test_progress_bar_is_drawn_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from treffsicher.cli.importing import progress_bar
    from treffsicher.services.mailimport import ImportProgress

    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress_bar("en") as update:
        assert update is not None
        for n in range(1, 4):
            update(ImportProgress("/x/archive.mbox", n, n * 100, 300))
    assert "Importing archive.mbox" in terminal.getvalue()
    assert "msg/s" in terminal.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with progress_bar("en") as update:
        assert update is None
