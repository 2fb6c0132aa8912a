"""CLI of the understanding log: assume, assumptions, assumption, checkback, briefing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

DATA = Path(__file__).resolve().parents[1] / "services" / "understanding_data"


def setup_praxis(cli: Cli) -> None:
    assert cli("client", "add", "Sabine Ohm", "--email", "sabine@praxis.example").exit_code == 0
    paths = [str(DATA / f"praxis-0{i}.eml") for i in (1, 2, 3)]
    result = cli("import", "Sabine Ohm", *paths)
    assert result.exit_code == 0, result.output


def test_assume_prints_the_new_id_and_json_has_the_fields(cli: Cli) -> None:
    setup_praxis(cli)
    result = cli("assume", "Sabine Ohm", "Sie bietet Massagen an.", "--category", "offer")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "1"
    data = json.loads(cli("assumption", "1", "--json").output)
    assert set(data) >= {
        "id",
        "text",
        "category",
        "status",
        "confidence",
        "evidence",
        "contradictions",
        "terms",
        "history",
    }
    assert data["confidence"]["reason"] == "contradicted_later"
    assert data["contradictions"][0]["date"].startswith("2026-05-12")


def test_propose_accept_and_set_status(cli: Cli) -> None:
    setup_praxis(cli)
    result = cli("assumptions", "Sabine Ohm", "--propose")
    assert result.exit_code == 0, result.output
    assert "Wellness-Oase" in result.output
    views = json.loads(cli("assumptions", "Sabine Ohm", "--json").output)
    oase = next(v for v in views if v["terms"] == ["Wellness-Oase"])
    accepted = json.loads(cli("assumption", str(oase["id"]), "--accept", "--json").output)
    assert accepted["status"] == "open"
    result = cli("assumption", str(oase["id"]), "--status", "confirmed", "--note", "am Telefon")
    assert result.exit_code == 0, result.output
    assert "bestätigt" in result.output
    again = cli("assumption", str(oase["id"]), "--accept")
    assert again.exit_code == 1
    assert "kein Vorschlag" in again.output


def test_checkback_create_list_show_and_briefing(cli: Cli) -> None:
    setup_praxis(cli)
    cli("assume", "Sabine Ohm", "Sie bietet Massagen an.", "--category", "offer")
    cli("assume", "Sabine Ohm", "Ihre Zielgruppe sind Familien.", "--category", "audience")
    result = cli(
        "checkback",
        "create",
        "Sabine Ohm",
        "--items",
        "1,2",
        "--json",
        "--public-url",
        "https://texte.example",
    )
    assert result.exit_code == 0, result.output
    created = json.loads(result.output)
    assert created["link"].startswith("https://texte.example/r/")
    listed = cli("checkback", "list", "Sabine Ohm")
    assert "0/2" in listed.output
    shown = cli("checkback", "show", str(created["id"]))
    assert "Sie bietet Massagen an." in shown.output
    revoked = json.loads(cli("checkback", "show", str(created["id"]), "--revoke", "--json").output)
    assert revoked["state"] == "revoked"
    record = cli("briefing", "Sabine Ohm", "--format", "html")
    assert record.output.startswith("<!doctype html>")
    assert "Massagen" in record.output
    bad = cli("checkback", "create", "Sabine Ohm", "--items", "eins")
    assert bad.exit_code == 1


def test_questionnaire_questions_and_create(cli: Cli, tmp_path: Path) -> None:
    setup_praxis(cli)
    listed = cli("questionnaire", "questions", "--language", "en")
    assert listed.output.startswith("1. Who are your customers")
    own = tmp_path / "fragen.txt"
    own.write_text("Wer liest Ihre Seite?\nWas nervt Sie?\n", encoding="utf-8")
    replaced = cli("questionnaire", "questions", "--language", "de", "--set", str(own))
    assert replaced.output == "1. Wer liest Ihre Seite?\n2. Was nervt Sie?\n"
    data = json.loads(cli("questionnaire", "questions", "--language", "de", "--json").output)
    assert data == {"language": "de", "questions": ["Wer liest Ihre Seite?", "Was nervt Sie?"]}
    created = json.loads(cli("questionnaire", "create", "Sabine Ohm", "--json").output)
    assert created["kind"] == "questionnaire"
    assert "2 Fragen" in created["mail_text"]


def test_serve_public_url_needs_a_password(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TREFFSICHER_PASSWORD", raising=False)
    # Set, then removed: monkeypatch restores the variable that `serve` sets.
    monkeypatch.setenv("TREFFSICHER_PUBLIC_URL", "")
    monkeypatch.delenv("TREFFSICHER_PUBLIC_URL")
    refused = cli("serve", "--public-url", "https://texte.example", "--get", "/clients")
    assert refused.exit_code == 1
    assert "TREFFSICHER_PASSWORD" in refused.output
    local = cli("serve", "--public-url", "http://127.0.0.1:8000", "--get", "/clients")
    assert local.exit_code == 0, local.output
    monkeypatch.setenv("TREFFSICHER_PASSWORD", "geheim")
    short = cli("serve", "--public-url", "https://texte.example", "--get", "/clients")
    assert short.exit_code == 1  # a password anyone could guess is no protection
    monkeypatch.setenv("TREFFSICHER_PASSWORD", "lang genug und geheim")
    allowed = cli("serve", "--public-url", "https://texte.example", "--get", "/r/unknown")
    assert allowed.exit_code == 1  # served: her page answers 404 for an unknown link
    assert "ungültig" in allowed.output
