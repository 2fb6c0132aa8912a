"""CLI: `treffsicher passages` shows the kept words with provenance, as text and JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from mailfixtures import ADDRESS, HERS, write_archive
from typer.testing import Result

import treffsicher.cli.sources  # noqa: F401  (registers scan and passages)

Cli = Callable[..., Result]


@pytest.fixture
def imported(cli: Cli, tmp_path: Path) -> Path:
    assert cli("client", "add", "Ulrike Berger", "--email", ADDRESS).exit_code == 0
    mbox = write_archive(tmp_path / "export.mbox")
    result = cli("import", "Ulrike Berger", str(mbox))
    assert result.exit_code == 0, result.output
    return mbox


def test_import_of_an_archive_prints_the_mail_summary(imported: Path, cli: Cli) -> None:
    result = cli("import", "Ulrike Berger", str(imported))
    assert result.exit_code == 0, result.output
    assert (
        f"{imported}: 3 Nachrichten, 2 von der Kundin, 0 neu gespeichert (0 Textstellen), "
        "2 schon vorhanden, 0 ohne eigenen Text"
    ) in result.stdout
    assert (
        "Nachrichten gesehen: 3, von der Kundin: 2, Textstellen gespeichert: 0, "
        "Duplikate übersprungen: 2, Probleme: 0."
    ) in result.stdout
    assert result.stderr == ""  # no progress bar outside a terminal


def test_passages_as_json_with_provenance(imported: Path, cli: Cli) -> None:
    result = cli("passages", "Ulrike Berger", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["client"] == "Ulrike Berger"
    first, second = data["sources"]
    assert first["subject"] == "Kurszeiten für Juni"
    assert first["occurred_at"].startswith("2025-06-03T08:01:00")
    assert (first["container"], first["container_index"]) == (str(imported), 1)
    assert first["message_id"] == "1@berger"
    assert [p["text"] for p in first["passages"]] == [HERS[0]]
    assert second["container_index"] == 3
    assert second["passages"][0]["language"] == "en"
    # Hi Anna the English page can wait until June no rush at all Best Ulrike: 15 words
    assert second["passages"][0]["words"] == 15


def test_passages_as_text_for_one_source(imported: Path, cli: Cli) -> None:
    listing = json.loads(cli("passages", "Ulrike Berger", "--json").stdout)
    source_id = listing["sources"][1]["id"]
    result = cli("passages", "Ulrike Berger", "--source", str(source_id), lang="en")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"Source {source_id}: {imported} #3"
    assert "  Subject: English page" in lines
    assert "  From: ulrike@yoga-berger.de" in lines
    assert any(
        line.startswith("  passage 1 · English · 15 words · characters 0–76") for line in lines
    )
    assert "    the English page can wait until June, no rush at all." in lines
    assert lines[-1] == "1 passage from 1 source, 15 words."


def test_unknown_source_is_not_found(imported: Path, cli: Cli) -> None:
    result = cli("passages", "Ulrike Berger", "--source", "999")
    assert result.exit_code == 1
    assert "„Ulrike Berger“ hat keine Quelle mit der Nummer 999." in result.stderr


def test_passages_of_a_transcript_name_speaker_and_timestamp(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "Ulrike Berger", "--speaker", "Ulrike").exit_code == 0
    vtt = tmp_path / "call.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna>Wie war die Woche?\n\n"
        "00:01:05.000 --> 00:01:09.000\n<v Ulrike>Ganz ruhig, wir hatten viel Zeit.\n",
        encoding="utf-8",
    )
    assert cli("import", "Ulrike Berger", str(vtt)).exit_code == 0
    result = cli("passages", "Ulrike Berger")
    assert result.exit_code == 0, result.output
    position = next(line for line in result.stdout.splitlines() if "Textstelle 1" in line)
    assert "Sprecher·in: Ulrike" in position
    assert "Zeitmarke: 00:01:05" in position
    assert "    Ganz ruhig, wir hatten viel Zeit." in result.stdout.splitlines()


def test_passages_show_her_local_time_and_the_content_hash(imported: Path, cli: Cli) -> None:
    text = cli("passages", "Ulrike Berger", lang="en").stdout
    assert "Date: 2025-06-03 10:01 (+02:00)" in text
    assert "UTC" not in text
    data = json.loads(cli("passages", "Ulrike Berger", "--json").stdout)
    first = data["sources"][0]
    assert first["occurred_at_local"] == "2025-06-03T10:01:00+02:00"
    assert first["occurred_at"].startswith("2025-06-03T08:01:00")
    assert len(first["content_hash"]) == 64
