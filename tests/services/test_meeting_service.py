"""The meeting service: inputs gathered from a real workspace, routes, bad input."""

from __future__ import annotations

import importlib.util
import io
from types import SimpleNamespace

import pytest
from sqlalchemy import Engine

from treffsicher.core.meeting import MeetingParameters
from treffsicher.errors import InputError, NotFoundError
from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources
from treffsicher.services.meeting import (
    Route,
    Situation,
    advise_client,
    gather_assumptions,
    resolve_route,
    to_assumption_input,
)

# Written for this test: a new client's first two mails, in her words (about 120 words).
HER_MAIL = """Hallo Frau Sommer,

ich habe Ihre Seite über eine Kollegin gefunden und mich gleich wiedererkannt. Ich bin
Hebamme in Lindenfeld und brauche eine neue Website, die zu mir passt. Die alte klingt wie
ein Prospekt von der Krankenkasse. Mir ist wichtig, dass sich die Familien bei mir gut
aufgehoben fühlen, schon beim Lesen. Kannst du mir sagen, wie du arbeitest? Ich duze
eigentlich alle, aber bei Ärztinnen bin ich mir nie sicher.

Viele Grüße
Johanna
"""


@pytest.fixture
def client_with_text(engine: Engine) -> Engine:
    add_client(engine, "Johanna Probe", lang="de")
    import_sources(
        engine, "Johanna Probe", ["-"], kind="email", lang="de", stdin=io.BytesIO(HER_MAIL.encode())
    )
    return engine


def test_a_client_without_data_still_gets_advice(engine: Engine) -> None:
    add_client(engine, "Leere Kundin", lang="de")
    report = advise_client(engine, "Leere Kundin", Route(500.0), MeetingParameters(), lang="de")
    assert not report.advice.uncertainty.known
    assert report.advice.uncertainty.value == 0.5
    assert report.advice.recommendation in ("phone", "video", "in_person", "in_person_workshop")
    kinds = [d.kind for d in report.advice.uncertainty.drivers]
    assert kinds[0] == "unknown"
    assert "understanding" in kinds


def test_her_text_makes_a_thin_profile_and_open_voice_questions(client_with_text: Engine) -> None:
    report = advise_client(
        client_with_text,
        "Johanna Probe",
        Route(500.0),
        MeetingParameters(),
        Situation(second_person=True),
        lang="de",
    )
    inputs = report.inputs
    assert report.advice.uncertainty.known
    assert inputs.profile_reliability == "too_little"
    assert 50 < inputs.profile_words < 140  # greeting and sign-off are not her prose
    assert inputs.second_person
    profile_drivers = [d for d in report.advice.uncertainty.drivers if d.kind == "profile"]
    assert [d.code for d in profile_drivers] == ["too_little"]
    # One mail counts by its main form (du, three times against one „Ihre“): settled. But
    # she names no group of people, so her gender style is an open question.
    assert [i.code for i in report.agenda if i.kind == "voice"] == ["gender"]


def test_unknown_client(engine: Engine) -> None:
    with pytest.raises(NotFoundError):
        advise_client(engine, "Niemand", Route(10.0), MeetingParameters(), lang="de")


def test_gather_assumptions_reads_the_understanding_log_when_installed(engine: Engine) -> None:
    add_client(engine, "Leere Kundin", lang="de")
    installed = importlib.util.find_spec("treffsicher.services.understanding") is not None
    items, available = gather_assumptions(engine, "Leere Kundin", "de")
    assert items == []
    assert available is installed


def test_assumptions_from_objects_or_mappings() -> None:
    as_object = SimpleNamespace(
        id=7,
        text="Zielgruppe: Eltern",
        category="audience",
        status="open",
        confidence=SimpleNamespace(level="high", reason="drei Mails"),
        evidence=[SimpleNamespace(text="Familien aus Lindenfeld")],
        contradictions=[],
    )
    item = to_assumption_input(as_object)
    assert (item.id, item.confidence, item.evidence) == ("7", "high", ("Familien aus Lindenfeld",))
    as_mapping = {"id": 8, "text": "Duzen", "category": "tone", "status": "open",
                  "contradictions": [{"text": "Sehr geehrte Damen und Herren"}]}  # fmt: skip
    item = to_assumption_input(as_mapping)
    assert item.is_contradicted
    assert item.contradictions == ("Sehr geehrte Damen und Herren",)


def test_route_from_places_uses_the_detour_factor() -> None:
    route = resolve_route("Göttingen", "Bad Tölz", None, MeetingParameters(), "de")
    assert route.great_circle_km is not None
    assert route.distance_km == pytest.approx(route.great_circle_km * 1.3)
    assert route.origin == "Göttingen (Niedersachsen, DE)"


@pytest.mark.parametrize(
    ("origin", "destination", "lang", "start"),
    [
        ("Göttingen", "New York", "de", "Göttingen (Niedersachsen, DE) → New York"),
        ("London", "New York", "en", "London ("),
    ],
)
def test_places_too_far_for_car_or_train_say_so_and_name_video(
    origin: str, destination: str, lang: str, start: str
) -> None:
    with pytest.raises(InputError) as caught:
        resolve_route(origin, destination, None, MeetingParameters(), lang)
    message = str(caught.value)
    assert message.startswith(start)
    assert ("Videotermin" if lang == "de" else "video call") in message
    assert "plausib" not in message  # two real places are no typing mistake


def test_a_plain_distance_in_place_of_the_places() -> None:
    assert resolve_route(None, "500 km", None, MeetingParameters(), "de") == Route(500.0)


@pytest.mark.parametrize(
    ("origin", "destination", "km", "params", "start"),
    [
        (None, None, None, MeetingParameters(), "Bitte entweder --from"),
        ("Göttingen", None, None, MeetingParameters(), "Bitte entweder --from"),
        ("Göttingen", "Wien", 300.0, MeetingParameters(), "Bitte nur eines"),
        (None, None, -5.0, MeetingParameters(), "distance_km = -5.0 ist nicht plausibel"),
        (None, None, 100.0, MeetingParameters(day_rate=-1), "day_rate = -1"),
        (None, None, 100.0, MeetingParameters(mode="boat"), "mode = „boat“ gibt es nicht"),
    ],
)
def test_bad_routes_and_parameters(
    origin: str | None,
    destination: str | None,
    km: float | None,
    params: MeetingParameters,
    start: str,
) -> None:
    with pytest.raises(InputError) as caught:
        resolve_route(origin, destination, km, params, "de")
    assert str(caught.value).startswith(start)
