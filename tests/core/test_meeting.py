"""The meeting model: the story's case meets, a settled client calls, and monotonic behaviour."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.meeting import (
    CURRENCIES,
    CURRENCY_DEFAULTS,
    LIMITS,
    MeetingParameters,
    advise_meeting,
    check_parameters,
    cost_option,
    estimate_travel,
    find_break_even_km,
)
from treffsicher.core.uncertainty import (
    ASSUMPTION_CATEGORIES,
    AssumptionInput,
    DraftVerdict,
    UncertaintyInputs,
    measure_uncertainty,
)

# The story: a new client, about 500 km away, a day rate; what she wants her website to say
# is still guesswork in places, and there is little of her own text.
STORY_ASSUMPTIONS = (
    AssumptionInput(
        "1", "Die Website richtet sich an werdende Eltern der Region.", "audience", "open"
    ),
    AssumptionInput("2", "Erstgebärende sind wichtiger als Mehrfachmütter.", "audience", "open"),
    AssumptionInput("3", "Väter sollen ausdrücklich angesprochen werden.", "audience", "open"),
    AssumptionInput("4", "Sie duzt ihre Leserinnen.", "tone", "open"),
    AssumptionInput("5", "Locker, aber nicht flapsig.", "tone", "open"),
)
STORY = UncertaintyInputs(
    assumptions=STORY_ASSUMPTIONS,
    profile_reliability="thin",
    profile_words=1_400,
    new_client=True,
    met_before=False,
)
STORY_PARAMS = MeetingParameters(day_rate=800, hourly_rate=95, project_value=15_000)


def confirm_all(inputs: UncertaintyInputs) -> UncertaintyInputs:
    confirmed = tuple(
        AssumptionInput(a.id, a.text, a.category, "confirmed") for a in inputs.assumptions
    )
    return UncertaintyInputs(
        assumptions=confirmed,
        profile_reliability="good",
        profile_words=9_000,
        new_client=inputs.new_client,
        met_before=inputs.met_before,
    )


def test_the_story_recommends_meeting_in_person() -> None:
    uncertainty = measure_uncertainty(STORY)
    advice = advise_meeting(500, uncertainty, STORY_PARAMS)
    assert advice.meets, advice.options
    assert advice.recommendation == "in_person"
    assert 0.5 < uncertainty.value < 0.8


def test_the_same_client_with_everything_confirmed_gets_a_call() -> None:
    advice = advise_meeting(500, measure_uncertainty(confirm_all(STORY)), STORY_PARAMS)
    assert advice.recommendation in ("phone", "video")


def test_the_story_client_next_door_also_meets_but_not_across_the_continent() -> None:
    uncertainty = measure_uncertainty(STORY)
    break_even = find_break_even_km(uncertainty, STORY_PARAMS)
    assert break_even is not None
    assert 500 < break_even < 3_000
    assert not advise_meeting(break_even + 50, uncertainty, STORY_PARAMS).meets


def test_costs_by_hand() -> None:
    params = MeetingParameters(day_rate=800, hourly_rate=100, project_value=10_000)
    travel = estimate_travel(400, params)
    assert travel.hours == pytest.approx(10.0)  # 2 × 400 km at 80 km/h
    assert travel.cost == pytest.approx(240.0)  # 800 km × 0.30 €
    option = cost_option("in_person", travel, 0.5, params)
    # day 800 + 10 h × 100 € × 0.5 + 240 €
    assert option.cost == pytest.approx(1_540.0)
    # 0.5 × 10,000 € × 0.4 × 0.85
    assert option.rework_avoided == pytest.approx(1_700.0)
    assert option.net == pytest.approx(160.0)
    assert option.client_pays == pytest.approx(1_540.0)


def test_train_travel_by_hand() -> None:
    params = MeetingParameters(mode="train")
    travel = estimate_travel(330, params)
    assert travel.hours == pytest.approx(2 * (330 / 110 + 1.0))
    assert travel.cost == pytest.approx(2 * 330 * 0.20)


def test_the_writer_paying_travel_bears_it() -> None:
    params = MeetingParameters(travel_paid_by="writer")
    option = cost_option("in_person", estimate_travel(200, params), 0.3, params)
    assert option.client_pays == pytest.approx(option.fee)
    assert option.writer_bears == pytest.approx(option.travel_cost + option.travel_time_cost)


@pytest.mark.parametrize(
    ("changes", "distance", "name"),
    [
        ({"day_rate": -5.0}, 100.0, "day_rate"),
        ({"hourly_rate": 50_000.0}, 100.0, "hourly_rate"),
        ({}, -1.0, "distance_km"),
        ({}, 20_000.0, "distance_km"),
        ({"mode": "boat"}, 10.0, "mode"),
        ({"rework_factor": float("nan")}, 10.0, "rework_factor"),
    ],
)
def test_implausible_parameters_are_named(
    changes: dict[str, object], distance: float, name: str
) -> None:
    params = MeetingParameters(**changes)  # type: ignore[arg-type]
    assert [p.name for p in check_parameters(params, distance)] == [name]


def test_defaults_are_plausible() -> None:
    assert check_parameters(MeetingParameters(), 500.0) == []


# Currencies: own defaults, never converted ----------------------------------------------

MILE_KM = 1.609344


def test_the_built_in_defaults_are_the_euro_ones() -> None:
    params = MeetingParameters()
    assert params.currency == "EUR"
    assert MeetingParameters.for_currency("EUR") == params
    euro = CURRENCY_DEFAULTS["EUR"]
    assert {name: getattr(params, name) for name in euro} == euro


@pytest.mark.parametrize(
    ("currency", "day_rate", "hourly_rate", "project_value", "car", "train"),
    [
        ("EUR", 800, 95, 12_000, 0.30, 0.20),  # the German per-km allowance
        ("CHF", 1_200, 140, 18_000, 0.70, 0.40),  # the common Swiss 70 Rappen a km
        ("GBP", 450, 55, 9_000, round(0.45 / MILE_KM, 2), 0.30),  # HMRC: 45p a mile
        ("USD", 900, 110, 15_000, round(0.70 / MILE_KM, 2), 0.35),  # IRS 2025: 70¢ a mile
    ],
)
def test_each_currency_has_its_own_defaults(
    currency: str, day_rate: float, hourly_rate: float, project_value: float, car: float,
    train: float,
) -> None:  # fmt: skip
    params = MeetingParameters.for_currency(currency)
    assert params.currency == currency
    assert (params.day_rate, params.hourly_rate, params.project_value) == (
        day_rate, hourly_rate, project_value,
    )  # fmt: skip
    assert (params.car_cost_per_km, params.train_fare_per_km) == (car, train)
    assert params.mode == "car"  # what is no money stays as it is
    assert params.rework_factor == MeetingParameters().rework_factor
    assert check_parameters(params, 500.0) == []


def test_the_currency_defaults_cover_every_currency_and_amount() -> None:
    assert tuple(CURRENCY_DEFAULTS) == CURRENCIES
    for defaults in CURRENCY_DEFAULTS.values():
        assert set(defaults) == {
            "day_rate", "hourly_rate", "project_value", "car_cost_per_km", "train_fare_per_km",
        }  # fmt: skip
        for name, value in defaults.items():
            low, high = LIMITS[name]
            assert low < value < high, name


def test_changes_beat_the_currency_defaults() -> None:
    params = MeetingParameters.for_currency("GBP", day_rate=600.0)
    assert (params.day_rate, params.hourly_rate) == (600.0, 55.0)


def test_amounts_are_never_converted() -> None:
    """The same figures give the same result in any currency: only the label differs."""
    uncertainty = measure_uncertainty(STORY)
    euro = advise_meeting(500, uncertainty, STORY_PARAMS)
    for currency in CURRENCIES:
        other = advise_meeting(500, uncertainty, replace(STORY_PARAMS, currency=currency))
        assert other.options == euro.options
        assert other.parameters.currency == currency


def test_an_unknown_currency_is_named() -> None:
    params = MeetingParameters.for_currency("JPY")
    assert [(p.name, p.value) for p in check_parameters(params, 10.0)] == [("currency", "JPY")]


def test_no_data_means_unknown_uncertainty() -> None:
    uncertainty = measure_uncertainty(UncertaintyInputs())
    assert not uncertainty.known
    assert uncertainty.value == 0.5
    assert uncertainty.drivers[0].kind == "unknown"


def test_drivers_are_listed_heaviest_first_with_their_weights() -> None:
    inputs = UncertaintyInputs(
        assumptions=(
            AssumptionInput("a", "Gruß mit „Herzlich“", "tone", "open"),
            AssumptionInput("b", "Eltern", "audience", "open", contradictions=("nur Mütter",)),
        ),
        profile_reliability="good",
        profile_words=8_000,
        drafts=(DraftVerdict("startseite.md", "cannot_tell", 50.0),),
        second_person=True,
    )
    drivers = measure_uncertainty(inputs).drivers
    weights = [d.weight for d in drivers]
    assert weights == sorted(weights, reverse=True)
    assert drivers[0].kind == "assumption_contradicted"
    assert drivers[0].weight == pytest.approx(0.15 * 1.5)
    assert {d.kind for d in drivers} >= {"assumption_open", "draft", "relation"}


# Monotonic behaviour -------------------------------------------------------------------

assumption = st.builds(
    AssumptionInput,
    id=st.text("abc123", min_size=1, max_size=4),
    text=st.just("Annahme"),
    category=st.sampled_from(ASSUMPTION_CATEGORIES),
    status=st.sampled_from(("open", "confirmed", "corrected", "rejected", "proposed")),
    contradictions=st.sampled_from(((), ("Gegenbeleg",))),
    confidence=st.sampled_from((None, "low", "high")),
)
client = st.builds(
    UncertaintyInputs,
    assumptions=st.lists(assumption, max_size=8).map(tuple),
    checkback_unanswered=st.integers(0, 5),
    profile_reliability=st.sampled_from(("good", "thin", "too_little")),
    profile_words=st.integers(1, 20_000),
    drafts=st.lists(
        st.builds(
            DraftVerdict,
            draft=st.just("d"),
            verdict=st.sampled_from(("fits", "partly", "does_not_fit", "cannot_tell")),
        ),
        max_size=3,
    ).map(tuple),
    second_person=st.booleans(),
    new_client=st.booleans(),
    met_before=st.booleans(),
)
parameters = st.builds(
    MeetingParameters,
    day_rate=st.floats(200, 2_000),
    hourly_rate=st.floats(30, 200),
    project_value=st.floats(1_000, 100_000),
    mode=st.sampled_from(("car", "train")),
)
distance = st.floats(0, 1_500)


def meeting_margin(km: float, inputs: UncertaintyInputs, params: MeetingParameters) -> float:
    """Best in-person net value minus best remote net value."""
    advice = advise_meeting(km, measure_uncertainty(inputs), params)
    nets = {o.kind: o.net for o in advice.options}
    return max(nets["in_person"], nets["in_person_workshop"]) - max(nets["phone"], nets["video"])


@settings(max_examples=150, deadline=None)
@given(client, parameters, distance, distance)
def test_more_distance_never_makes_meeting_more_attractive(
    inputs: UncertaintyInputs, params: MeetingParameters, a: float, b: float
) -> None:
    near, far = sorted((a, b))
    assert meeting_margin(far, inputs, params) <= meeting_margin(near, inputs, params) + 1e-6
    if not advise_meeting(near, measure_uncertainty(inputs), params).meets:
        assert not advise_meeting(far, measure_uncertainty(inputs), params).meets


@settings(max_examples=150, deadline=None)
@given(client, parameters, distance, st.sampled_from(("audience", "offer", "goals")))
def test_more_open_important_assumptions_never_make_meeting_less_attractive(
    inputs: UncertaintyInputs, params: MeetingParameters, km: float, category: str
) -> None:
    more = UncertaintyInputs(
        assumptions=(*inputs.assumptions, AssumptionInput("new", "neu", category, "open")),
        checkback_unanswered=inputs.checkback_unanswered,
        profile_reliability=inputs.profile_reliability,
        profile_words=inputs.profile_words,
        drafts=inputs.drafts,
        second_person=inputs.second_person,
        new_client=inputs.new_client,
        met_before=inputs.met_before,
    )
    assert measure_uncertainty(more).value >= measure_uncertainty(inputs).value - 1e-9
    assert meeting_margin(km, more, params) >= meeting_margin(km, inputs, params) - 1e-6
    if advise_meeting(km, measure_uncertainty(inputs), params).meets:
        assert advise_meeting(km, measure_uncertainty(more), params).meets


@settings(max_examples=100, deadline=None)
@given(client)
def test_uncertainty_stays_between_zero_and_one(inputs: UncertaintyInputs) -> None:
    assert 0.0 <= measure_uncertainty(inputs).value <= 1.0
