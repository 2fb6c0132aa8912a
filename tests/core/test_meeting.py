"""The meeting model: the story's case meets, a settled client calls, and monotonic behaviour."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.meeting import (
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
STORY_PARAMS = MeetingParameters(day_rate_eur=800, hourly_rate_eur=95, project_value_eur=15_000)


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
    params = MeetingParameters(day_rate_eur=800, hourly_rate_eur=100, project_value_eur=10_000)
    travel = estimate_travel(400, params)
    assert travel.hours == pytest.approx(10.0)  # 2 × 400 km at 80 km/h
    assert travel.cost_eur == pytest.approx(240.0)  # 800 km × 0.30 €
    option = cost_option("in_person", travel, 0.5, params)
    # day 800 + 10 h × 100 € × 0.5 + 240 €
    assert option.cost_eur == pytest.approx(1_540.0)
    # 0.5 × 10,000 € × 0.4 × 0.85
    assert option.rework_avoided_eur == pytest.approx(1_700.0)
    assert option.net_eur == pytest.approx(160.0)
    assert option.client_pays_eur == pytest.approx(1_540.0)


def test_train_travel_by_hand() -> None:
    params = MeetingParameters(mode="train")
    travel = estimate_travel(330, params)
    assert travel.hours == pytest.approx(2 * (330 / 110 + 1.0))
    assert travel.cost_eur == pytest.approx(2 * 330 * 0.20)


def test_the_writer_paying_travel_bears_it() -> None:
    params = MeetingParameters(travel_paid_by="writer")
    option = cost_option("in_person", estimate_travel(200, params), 0.3, params)
    assert option.client_pays_eur == pytest.approx(option.fee_eur)
    assert option.writer_bears_eur == pytest.approx(option.travel_cost_eur + option.travel_time_eur)


@pytest.mark.parametrize(
    ("changes", "distance", "name"),
    [
        ({"day_rate_eur": -5.0}, 100.0, "day_rate_eur"),
        ({"hourly_rate_eur": 50_000.0}, 100.0, "hourly_rate_eur"),
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
    day_rate_eur=st.floats(200, 2_000),
    hourly_rate_eur=st.floats(30, 200),
    project_value_eur=st.floats(1_000, 100_000),
    mode=st.sampled_from(("car", "train")),
)
distance = st.floats(0, 1_500)


def meeting_margin(km: float, inputs: UncertaintyInputs, params: MeetingParameters) -> float:
    """Best in-person net value minus best remote net value."""
    advice = advise_meeting(km, measure_uncertainty(inputs), params)
    nets = {o.kind: o.net_eur for o in advice.options}
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
