"""CLI profile, real pipeline: a categorical feature's range names the category it measures,
and the same sentence from two passages is quoted once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

Cli = Callable[..., Result]

# A practice that writes as a team: „wir“ throughout, never „ich“. Two mails share a sentence.
MAILS = [
    "Liebe Frau Berger,\n\nwir haben uns Ihre Unterlagen angesehen und melden uns bis Freitag. "
    "Wir freuen uns auf das Projekt.\n\nViele Grüße\nIhr Praxisteam",
    "Hallo Herr Krause,\n\nwir können den Termin gern auf Dienstag legen. Wir freuen uns auf das "
    "Projekt.\n\nViele Grüße\nIhr Praxisteam",
    "Liebe Frau Yilmaz,\n\nunser Team hat die Fotos ausgewählt, wir schicken sie morgen. "
    "Wir planen die Seite für Juni.\n\nViele Grüße\nIhr Praxisteam",
    "Guten Tag Herr Lehmann,\n\nwir danken Ihnen für den Hinweis und ändern den Text noch heute. "
    "Unsere Preise bleiben gleich.\n\nViele Grüße\nIhr Praxisteam",
]


def import_mails(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Praxis Sonnenhof").exit_code == 0
    paths = []
    for i, text in enumerate(MAILS):
        path = tmp_path / f"mail{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert cli("import", "Praxis Sonnenhof", *paths, "--kind", "email").exit_code == 0


def test_speaking_voice_range_names_the_category_it_measures(cli: Cli, tmp_path: Path) -> None:
    import_mails(cli, tmp_path)
    german = cli("profile", "Praxis Sonnenhof").stdout
    line = next(row for row in german.splitlines() if "Absender-Stimme" in row)
    assert "Wir-Form 100 %" in line
    assert "(üblich: Ich-Form 0 – 0 %)" in line
    english = cli("profile", "Praxis Sonnenhof", lang="en").stdout
    line = next(row for row in english.splitlines() if "Speaking voice" in row)
    assert "we-form 100%" in line
    assert "(usual: I-form 0 – 0%)" in line


def test_a_sentence_from_two_passages_is_quoted_once(cli: Cli, tmp_path: Path) -> None:
    import_mails(cli, tmp_path)
    lines = [row.strip() for row in cli("profile", "Praxis Sonnenhof").stdout.splitlines()]
    quotes = [row for row in lines if row.startswith("„") and row.endswith("“")]
    assert quotes, "the profile quotes her"
    blocks: list[list[str]] = [[]]
    for row in lines:  # quotes of one feature follow each other
        if row.startswith("„") and row.endswith("“"):
            blocks[-1].append(row)
        else:
            blocks.append([])
    assert all(len(block) == len(set(block)) for block in blocks)
