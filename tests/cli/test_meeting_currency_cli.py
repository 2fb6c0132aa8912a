"""CLI: treffsicher meeting --currency, in a real workspace; the old euro names still work."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from typer.testing import Result

from treffsicher.cli import meeting as meeting_cli
from treffsicher.core.meeting import CURRENCY_DEFAULTS

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

NBSP = "\u00a0"
# Written for this test: a new client's first mail, in her words.
MAIL = (
    "Grüezi Frau Keller\n\n"
    "Ich führe eine kleine Physiotherapie-Praxis in Winterthur und möchte, dass meine "
    "Website endlich so klingt wie ich: ruhig, klar und ohne Fachchinesisch. Meine "
    "Patientinnen sind oft nach einer Operation verunsichert.\n\n"
    "Freundliche Grüsse\nRegula\n"
)


@pytest.fixture
def client_cli(cli: Cli) -> Cli:
    assert cli("client", "add", "Regula Brunner").exit_code == 0
    assert cli("import", "Regula Brunner", "-", stdin=MAIL).exit_code == 0
    return cli


def advice(cli: Cli, *args: str, lang: str = "de") -> dict[str, object]:
    result = cli("meeting", "Regula Brunner", "--distance-km", "120", *args, "--json", lang=lang)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_francs_in_german_and_english(client_cli: Cli) -> None:
    german = client_cli("meeting", "Regula Brunner", "--distance-km", "120", "--currency", "CHF")
    assert german.exit_code == 0, german.output
    assert "€" not in german.output
    assert f"{NBSP}CHF" in german.output
    assert "Fahrtkosten 170\u00a0CHF" in german.output  # 240 km × 0.70 CHF, to tens
    english = client_cli(
        "meeting", "Regula Brunner", "--distance-km", "120", "--currency", "chf", lang="en"
    )
    assert english.exit_code == 0, english.output
    assert "€" not in english.output
    assert f"fares or car CHF{NBSP}170" in english.output


def test_pounds_in_json_with_the_british_defaults(client_cli: Cli) -> None:
    data = advice(client_cli, "--currency", "GBP", "--hourly-rate", "60", lang="en")
    assert data["currency"] == "GBP"
    assert data["schema_version"] == 2
    used = data["assumptions_used"]
    assert isinstance(used, dict)
    assert used["currency"] == "GBP"
    assert used["day_rate"] == CURRENCY_DEFAULTS["GBP"]["day_rate"]
    assert used["hourly_rate"] == 60
    assert used["car_cost_per_km"] == 0.28
    travel = data["travel"]
    assert isinstance(travel, dict)
    assert travel["cost"] == pytest.approx(240 * 0.28)
    assert isinstance(data["reason"], str)
    assert "£" in data["reason"]
    assert "€" not in data["reason"]


def test_without_currency_it_is_euros_as_before(client_cli: Cli) -> None:
    data = advice(client_cli, "--day-rate", "800")
    assert data["currency"] == "EUR"
    assert isinstance(data["reason"], str)
    assert f"{NBSP}€" in data["reason"]


def test_old_euro_names_in_set_are_still_accepted(client_cli: Cli) -> None:
    data = advice(client_cli, "--set", "day_rate_eur=900", "--set", "car_cost_per_km_eur=0,35")
    used = data["assumptions_used"]
    assert isinstance(used, dict)
    assert (used["day_rate"], used["car_cost_per_km"]) == (900, 0.35)
    travel = data["travel"]
    assert isinstance(travel, dict)
    assert travel["cost"] == pytest.approx(240 * 0.35)


@pytest.mark.parametrize(
    ("args", "lang", "message"),
    [
        (["--currency", "JPY"], "de", "Die Währung „JPY“ gibt es hier nicht; möglich: EUR, "
         "CHF, GBP, USD."),
        (["--currency", "Franken"], "en", "The currency 'Franken' is not offered; possible: "
         "EUR, CHF, GBP, USD."),
        (["--currency", "USD", "--set", "day_rate_eur=900"], "de",
         "day_rate_eur ist ein Betrag in Euro, die Währung ist aber USD"),
        (["--currency", "GBP", "--set", "currency=CHF"], "en",
         "--currency GBP and --set currency=CHF disagree"),
    ],
)  # fmt: skip
def test_bad_currencies_are_refused_clearly(
    client_cli: Cli, args: list[str], lang: str, message: str
) -> None:
    result = client_cli("meeting", "Regula Brunner", "--distance-km", "120", *args, lang=lang)
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_the_help_names_each_currency_default() -> None:
    for text, name in (
        (meeting_cli.DAY_RATE_DEFAULTS, "day_rate"),
        (meeting_cli.HOURLY_RATE_DEFAULTS, "hourly_rate"),
        (meeting_cli.PROJECT_VALUE_DEFAULTS, "project_value"),
    ):
        expected = ", ".join(
            f"{defaults[name]:.0f} {currency}" for currency, defaults in CURRENCY_DEFAULTS.items()
        )
        assert text == expected


def test_the_help_shows_the_currency_option(cli: Cli) -> None:
    result = cli("meeting", "--help")
    assert result.exit_code == 0, result.output
    assert "--currency" in result.output
