"""CLI: import good and broken files, duplicates, stdin, --kind, unknown client."""

from __future__ import annotations

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
    assert "1 Quellen importiert" in result.stdout
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
    assert result.stdout.startswith("stdin: 1 Textstellen, ")
    assert count_sources(cli) == "Quellen: 1"


def test_messages_in_english(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", client, str(good), lang="en")
    assert result.exit_code == 0, result.output
    assert "1 sources imported" in result.stdout
    assert "0 already present, 0 failed." in result.stdout


def test_unknown_client_suggests_and_imports_nothing(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", "Ulrike Bergr", str(good))
    assert result.exit_code == 1
    assert result.stderr == "Keine Kundin namens 'Ulrike Bergr'. Meinten Sie 'Ulrike Berger'?\n"
    assert count_sources(cli) == "Quellen: 0"


def test_unknown_kind_is_a_usage_error(cli: Cli, client: str, tmp_path: Path) -> None:
    good = tmp_path / "mail.txt"
    good.write_text(MAIL, encoding="utf-8")
    result = cli("import", client, str(good), "--kind", "gedicht")
    assert result.exit_code == 2
    assert count_sources(cli) == "Quellen: 0"
