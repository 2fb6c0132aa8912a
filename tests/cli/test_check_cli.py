"""CLI: check (text, json, html, stdin, bad input), checks (history), verify (trial files)."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py
DRAFTS = Path(__file__).resolve().parents[2] / "src" / "treffsicher" / "demo" / "data" / "drafts"
JOHANNA = "Johanna Kellermann"


@pytest.fixture
def demo(cli: Cli) -> Cli:
    # The commands register on the shared app when their module is imported (cli/__init__
    # imports it once the README documents them).
    importlib.import_module("treffsicher.cli.checking")
    result = cli("demo")
    assert result.exit_code == 0, result.output
    return cli


def test_check_json(demo: Cli) -> None:
    result = demo("check", JOHANNA, str(DRAFTS / "startseite-steif.md"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["client"] == JOHANNA
    assert data["band"] == "does_not_fit"
    assert data["deviations"][0]["feature"] == "address_form"
    assert data["previous_score"] is None


def test_check_text_then_progress_and_history(demo: Cli) -> None:
    path = str(DRAFTS / "startseite-in-ihrer-stimme.md")
    first = demo("check", JOHANNA, path)
    assert first.exit_code == 0, first.output
    assert "Passung:" in first.stdout
    assert "klingt nach ihr" in first.stdout
    second = demo("check", JOHANNA, path)
    assert "Beim letzten Abgleich dieses Entwurfs:" in second.stdout
    history = demo("checks", JOHANNA)
    assert history.exit_code == 0, history.output
    assert "Abgleiche für Johanna Kellermann" in history.stdout
    # The same draft twice: the same score, shown as the change "N → N".
    score = json.loads(demo("check", JOHANNA, path, "--format", "json").stdout)["score"]
    assert f"{round(score)} → {round(score)}" in history.stdout


def test_checks_without_any(demo: Cli) -> None:
    result = demo("checks", JOHANNA)
    assert result.exit_code == 0
    assert "noch keine Abgleiche" in result.stdout


def test_check_html_to_file(demo: Cli, tmp_path: Path) -> None:
    out = tmp_path / "bericht.html"
    draft = str(DRAFTS / "startseite-steif.md")
    result = demo("check", JOHANNA, draft, "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "klingt nicht nach ihr" in page
    assert "Bericht geschrieben" in result.stderr


def test_check_stdin_with_register(demo: Cli) -> None:
    mail = "Hallo Anna,\n\nich schicke dir heute die Texte. Sag mir ehrlich, was du denkst!\n"
    result = demo("check", JOHANNA, "-", "--register", "email", "--format", "json", stdin=mail)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["draft"], data["register"], data["register_guessed"]) == ("stdin", "email", False)


def test_check_bad_input(demo: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "leer.md"
    empty.write_bytes(b"")
    result = demo("check", JOHANNA, str(empty))
    assert result.exit_code == 1
    assert "leer" in result.stderr
    odd = tmp_path / "entwurf.xyz"
    odd.write_text("Hallo")
    result = demo("check", JOHANNA, str(odd))
    assert result.exit_code == 1
    assert "entwurf.xyz" in result.stderr
    english = demo("check", JOHANNA, str(DRAFTS / "about-stiff.md"))
    assert english.exit_code == 1
    assert "Für Englisch gibt es noch keine Textstellen von Johanna" in english.stderr
    missing = demo("check", "Johana Kellerman", str(DRAFTS / "startseite-steif.md"))
    assert missing.exit_code == 1
    assert "Johanna Kellermann" in missing.stderr  # did you mean


KNOWN = (
    "Ich hab mir das gestern noch mal angeschaut, und ehrlich gesagt finde ich es gut so. "
    "Du weißt ja, dass ich lieber kurze Sätze mag. Lass uns das so machen, ja? Ich melde "
    "mich morgen noch mal bei dir, wenn ich die Fotos habe. "
)


def test_verify_scores_good_lines_and_reports_bad_ones(demo: Cli, tmp_path: Path) -> None:
    good = {"id": "a", "lang": "de", "known": [KNOWN * 6], "unknown": KNOWN * 2}
    trials = tmp_path / "trials.jsonl"
    trials.write_text(
        json.dumps(good) + "\n{kaputt\n" + json.dumps({**good, "id": "b"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "scores.jsonl"
    result = demo("verify", str(trials), "--out", str(out))
    assert result.exit_code == 1
    assert "Zeile 2: not valid JSON" in result.stderr
    assert "2 Fälle bewertet, 1 fehlerhaft." in result.stderr
    scores = [json.loads(line) for line in out.read_text().splitlines()]
    assert [s["id"] for s in scores] == ["a", "b"]
    assert all(0.0 <= s["score"] <= 1.0 for s in scores)


def test_verify_missing_file(demo: Cli, tmp_path: Path) -> None:
    result = demo("verify", str(tmp_path / "fehlt.jsonl"), "--out", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 1
    assert "Datei nicht gefunden" in result.stderr


def test_check_text_to_file(demo: Cli, tmp_path: Path) -> None:
    out = tmp_path / "bericht.txt"
    draft = str(DRAFTS / "startseite-steif.md")
    result = demo("check", JOHANNA, draft, "--out", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert re.search(r"Passung: \d+ von 100 – klingt nicht nach ihr", text)
    assert "\x1b[" not in text  # plain text in a file, no colour codes


def test_check_a_web_page_and_refuse_a_folder(demo: Cli, tmp_path: Path) -> None:
    page = tmp_path / "start.html"
    page.write_text(
        "<!DOCTYPE html><html><body><h1>Hebammenpraxis</h1><p>Ich bin Johanna und ich bin "
        "für dich da. Kennst du das? Du liegst nachts wach und weißt am Ende weniger als "
        "vorher. Dann ruf mich an, wir schauen ganz in Ruhe, was du brauchst.</p>"
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    result = demo("check", JOHANNA, str(page), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["register"], data["register_guessed"]) == ("web", True)
    assert "alert" not in data["text"]
    assert data["text"].startswith("Ich bin Johanna")
    folder = demo("check", JOHANNA, str(tmp_path))
    assert folder.exit_code == 1
    assert "ein Entwurf ist eine Datei" in folder.stderr


def test_draft_name_is_the_file_name(demo: Cli) -> None:
    result = demo("check", JOHANNA, str(DRAFTS / "startseite-steif.md"), "--format", "json")
    assert json.loads(result.stdout)["draft"] == "startseite-steif.md"


def test_checks_keep_long_draft_names_apart_on_a_narrow_terminal(
    demo: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (DRAFTS / "startseite-in-ihrer-stimme.md").read_text(encoding="utf-8")
    names = [f"startseite-tischlerei-kellermann-entwurf-{n}.md" for n in ("erste", "zweite")]
    for name in names:
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert demo("check", JOHANNA, str(tmp_path / name)).exit_code == 0
    monkeypatch.setenv("COLUMNS", "70")
    history = demo("checks", JOHANNA)
    assert history.exit_code == 0, history.output
    assert "…" not in history.stdout
    # The draft column, its folded pieces joined: both names whole.
    cells = [line.split("│")[1].strip() for line in history.stdout.splitlines() if "│" in line]
    column = "".join(cells)
    for name in names:
        assert name in column
