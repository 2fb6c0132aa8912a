"""The meeting service's currency: choosing it, its defaults, and the old euro names."""

from __future__ import annotations

from typing import Any

import pytest

from treffsicher.core.meeting import MeetingParameters
from treffsicher.errors import InputError
from treffsicher.services.meeting import build_parameters, parse_currency, resolve_route

NO_OPTIONS: dict[str, Any] = {"day_rate": None, "hourly_rate": None, "mode": None}


@pytest.mark.parametrize(
    ("typed", "code"),
    [(None, "EUR"), ("", "EUR"), ("  ", "EUR"), ("EUR", "EUR"), ("chf", "CHF"), (" GBP ", "GBP"),
     ("Usd", "USD")],
)  # fmt: skip
def test_parse_currency(typed: str | None, code: str) -> None:
    assert parse_currency(typed, "de") == code


@pytest.mark.parametrize(
    ("typed", "lang", "message"),
    [
        ("JPY", "de", "Die Währung „JPY“ gibt es hier nicht; möglich: EUR, CHF, GBP, USD."),
        ("€", "de", "Die Währung „€“ gibt es hier nicht; möglich: EUR, CHF, GBP, USD."),
        ("yen", "en", "The currency 'yen' is not offered; possible: EUR, CHF, GBP, USD."),
    ],
)
def test_an_unknown_currency_names_the_allowed_ones(typed: str, lang: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_currency(typed, lang)
    assert str(caught.value) == message


def test_the_currency_brings_its_defaults_and_options_beat_them() -> None:
    params = build_parameters("CHF", NO_OPTIONS, [], "de")
    assert params == MeetingParameters.for_currency("CHF")
    given = build_parameters("gbp", {**NO_OPTIONS, "day_rate": 520.0}, [], "de")
    assert (given.currency, given.day_rate, given.hourly_rate) == ("GBP", 520.0, 55.0)
    assert build_parameters(None, NO_OPTIONS, [], "de") == MeetingParameters()


def test_set_beats_the_options() -> None:
    params = build_parameters("USD", {**NO_OPTIONS, "day_rate": 1_000.0}, ["day_rate=1100"], "de")
    assert params.day_rate == 1_100.0


@pytest.mark.parametrize(
    ("assignment", "name", "value"),
    [
        ("day_rate_eur=900", "day_rate", 900.0),
        ("hourly_rate_eur=102,5", "hourly_rate", 102.5),
        ("project_value_eur=20000", "project_value", 20_000.0),
        ("car_cost_per_km_eur=0.38", "car_cost_per_km", 0.38),
        ("train_fare_per_km_eur=0,25", "train_fare_per_km", 0.25),
    ],
)
def test_the_old_euro_names_still_work_in_euros(assignment: str, name: str, value: float) -> None:
    for currency in (None, "EUR", "eur"):
        params = build_parameters(currency, NO_OPTIONS, [assignment], "de")
        assert params.currency == "EUR"
        assert getattr(params, name) == value


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("de", "day_rate_eur ist ein Betrag in Euro, die Währung ist aber CHF: bitte "
         "day_rate=… angeben (umgerechnet wird nicht)."),
        ("en", "day_rate_eur is an amount in euros, but the currency is CHF: please give "
         "day_rate=… (nothing is converted)."),
    ],
)  # fmt: skip
def test_an_old_euro_name_with_another_currency_is_refused(lang: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        build_parameters("CHF", NO_OPTIONS, ["day_rate_eur=900"], lang)
    assert str(caught.value) == message


def test_set_currency_chooses_it_too() -> None:
    params = build_parameters(None, NO_OPTIONS, ["currency=chf", "day_rate=1000"], "de")
    assert (params.currency, params.day_rate, params.hourly_rate) == ("CHF", 1_000.0, 140.0)
    same = build_parameters("CHF", NO_OPTIONS, ["currency=CHF"], "de")
    assert same.currency == "CHF"
    with pytest.raises(InputError) as caught:
        build_parameters("GBP", NO_OPTIONS, ["currency=USD"], "de")
    assert str(caught.value).startswith("--currency GBP und --set currency=USD widersprechen")
    with pytest.raises(InputError, match="„JPY“ gibt es hier nicht"):
        build_parameters(None, NO_OPTIONS, ["currency=JPY"], "de")


def test_an_unknown_name_lists_the_neutral_names() -> None:
    with pytest.raises(InputError) as caught:
        build_parameters(None, NO_OPTIONS, ["rate=3"], "en")
    message = str(caught.value)
    assert "currency, day_rate, hourly_rate, project_value" in message
    assert "_eur" not in message


def test_a_parameter_problem_names_the_allowed_currencies() -> None:
    with pytest.raises(InputError) as caught:
        resolve_route(None, None, 10.0, MeetingParameters(currency="XYZ"), "en")
    assert str(caught.value) == "currency = 'XYZ' does not exist; possible: EUR, CHF, GBP, USD."
