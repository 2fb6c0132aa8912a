"""CLI: treffsicher meeting and treffsicher agenda, with good and bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

MONEY = ["--day-rate", "800", "--hourly-rate", "95", "--project-value", "15000"]


@pytest.fixture
def client_cli(cli: Cli) -> Cli:
    result = cli("client", "add", "Neue Kundin")
    assert result.exit_code == 0, result.output
    return cli


def test_meeting_json_has_the_documented_shape(client_cli: Cli) -> None:
    result = client_cli("meeting", "Neue Kundin", "--distance-km", "500", *MONEY, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["recommendation"] in ("phone", "video", "in_person", "in_person_workshop")
    assert [o["kind"] for o in data["options"]] == [
        "phone",
        "video",
        "in_person",
        "in_person_workshop",
    ]
    assert data["schema_version"] == 2
    assert data["currency"] == "EUR"
    assert set(data["options"][0]) == {
        "kind", "cost", "rework_avoided", "net", "hours", "fee", "travel_time_cost",
        "travel_cost", "client_pays", "writer_bears",
    }  # fmt: skip
    assert data["distance_km"] == 500
    assert 0 <= data["uncertainty"]["value"] <= 1
    assert data["uncertainty"]["known"] is False
    assert all(set(d) >= {"kind", "text", "weight"} for d in data["uncertainty"]["drivers"])
    assert data["agenda"] == []
    assert data["travel"]["cost"] == 300  # 1,000 km × 0.30 €
    assert data["assumptions_used"]["currency"] == "EUR"
    assert data["assumptions_used"]["day_rate"] == 800
    assert data["assumptions_used"]["car_cost_per_km"] == 0.30
    assert not any(key.endswith("_eur") for key in data["assumptions_used"])
    assert "unbekannt" in data["reason"]


def test_meeting_between_towns_in_words(client_cli: Cli) -> None:
    result = client_cli(
        "meeting", "Neue Kundin", "--from", "Göttingen", "--to", "Kitzbühel", *MONEY,
        "--mode", "train", "--second-person",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Treffen-Check für Neue Kundin" in result.output
    assert "Göttingen (Niedersachsen, DE) → Kitzbühel (Tirol, AT)" in result.output
    assert "mit der Bahn" in result.output
    assert "Auf ihrer Seite entscheidet eine zweite Person mit." in result.output


def test_set_changes_any_value(client_cli: Cli) -> None:
    result = client_cli(
        "meeting", "Neue Kundin", "--distance-km", "10", "--set", "resolves_phone=0,5", "--json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["assumptions_used"]["resolves_phone"] == 0.5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "Neustadt", "--to", "Göttingen"], "Neustadt am Rübenberge (Niedersachsen, DE)"),
        (["--from", "Xyzdorf", "--to", "Göttingen"], "Keinen Ort „Xyzdorf“"),
        (["--from", "99999", "--to", "Göttingen"], "Die Postleitzahl „99999“ gibt es"),
        (["--distance-km", "-3"], "distance_km = -3.0 ist nicht plausibel"),
        (["--distance-km", "90000"], "distance_km = 90000.0 ist nicht plausibel"),
        (["--distance-km", "100", "--day-rate", "-800"], "day_rate = -800.0"),
        (["--distance-km", "100", "--hourly-rate", "99999"], "hourly_rate = 99999.0"),
        ([], "Bitte entweder --from und --to oder --distance-km angeben."),
        (["--distance-km", "100", "--set", "speed=3"], "--set = „speed“ gibt es nicht"),
        (["--distance-km", "100", "--set", "rework_factor=viel"], "„viel“ ist keine Zahl"),
    ],
)  # fmt: skip
def test_bad_input_gives_a_clear_message(client_cli: Cli, args: list[str], message: str) -> None:
    result = client_cli("meeting", "Neue Kundin", *args)
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_unknown_client(cli: Cli) -> None:
    result = cli("meeting", "Niemand", "--distance-km", "10")
    assert result.exit_code == 1
    assert "Keine Kundin namens „Niemand“." in result.output


def test_agenda_of_a_client_with_nothing_open(client_cli: Cli) -> None:
    result = client_cli("agenda", "Neue Kundin")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Tagesordnung für Neue Kundin")
    assert "Nichts Offenes" in result.output


def test_agenda_as_html_file(client_cli: Cli, tmp_path: Path) -> None:
    client_cli("import", "Neue Kundin", "-", "--kind", "email", stdin=(
        "Hallo, ich bin Hebamme und suche jemanden, der meine Website neu schreibt. "
        "Meine Familien sollen sich gleich wohlfühlen, wenn sie die Seite lesen.\n"
    ))  # fmt: skip
    out = tmp_path / "agenda.html"
    result = client_cli("agenda", "Neue Kundin", "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert '<html lang="de">' in html
    assert "Welche Gender-Schreibweise" in html
    assert "<script" not in html


def test_english(client_cli: Cli) -> None:
    result = client_cli("meeting", "Neue Kundin", "--distance-km", "50", lang="en")
    assert result.exit_code == 0, result.output
    assert "Meeting advice for Neue Kundin" in result.output
    assert "Recommended:" in result.output
