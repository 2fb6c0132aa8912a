"""The meeting advice: full cost of a call, a video call, a meeting in person or a workshop
against the rework each is expected to avoid; the best net value is the recommendation.

expected rework avoided = uncertainty × project value × rework factor × share resolved.
Every parameter has a default for Germany (MeetingParameters), and every one is reported
with the result (`assumptions_used`). Reasons in docs/decisions/0008-meeting-advice.md.

Amounts are in the chosen currency (EUR, CHF, GBP or USD), never converted: the money
defaults differ per currency (CURRENCY_DEFAULTS), the model does not care which it is.
Reasons in docs/decisions/0023-meeting-currency.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from treffsicher.core.uncertainty import Uncertainty

OPTION_KINDS = ("phone", "video", "in_person", "in_person_workshop")
IN_PERSON_KINDS = ("in_person", "in_person_workshop")
MODES = ("car", "train")
PAYERS = ("client", "writer", "shared")
HOURS_PER_DAY = 8.0
CURRENCIES = ("EUR", "CHF", "GBP", "USD")
EURO = "EUR"
DEFAULT_CURRENCY = EURO
# The sign the amounts carry; where it stands is the message catalogue's business
# (meeting.money.<currency>).
CURRENCY_SYMBOLS = {"EUR": "€", "CHF": "CHF", "GBP": "£", "USD": "$"}
MONEY_FIELDS = ("day_rate", "hourly_rate", "project_value", "car_cost_per_km", "train_fare_per_km")
# The names from before the currency choice, when every amount was in euros: still
# accepted (with euros) as aliases of the neutral names.
EURO_NAMES = {f"{name}_eur": name for name in MONEY_FIELDS}

# The money defaults per currency: what a freelance copywriter in that country would find
# plausible. Rough figures, no exchange rates; docs/decisions/0023-meeting-currency.md
# says where each comes from.
CURRENCY_DEFAULTS: dict[str, dict[str, float]] = {
    # Germany: the per-km allowance for business trips by car (0.30 €); a flexible
    # second-class rail fare, roughly.
    "EUR": {
        "day_rate": 800.0,
        "hourly_rate": 95.0,
        "project_value": 12_000.0,
        "car_cost_per_km": 0.30,
        "train_fare_per_km": 0.20,
    },
    # Switzerland: rates about one and a half times the German ones; the common per-km
    # allowance for a private car on business (0.70 CHF); a full-fare second-class ticket
    # on the main lines, roughly (half of it with a half-fare card).
    "CHF": {
        "day_rate": 1_200.0,
        "hourly_rate": 140.0,
        "project_value": 18_000.0,
        "car_cost_per_km": 0.70,
        "train_fare_per_km": 0.40,
    },
    # United Kingdom: HMRC's approved mileage rate of 45p a mile (first 10,000 business
    # miles) is 0.28 £/km; a flexible standard-class fare between off-peak and anytime.
    "GBP": {
        "day_rate": 450.0,
        "hourly_rate": 55.0,
        "project_value": 9_000.0,
        "car_cost_per_km": 0.28,
        "train_fare_per_km": 0.30,
    },
    # United States: the IRS standard mileage rate for business, 70 cents a mile (2025),
    # is 0.43 $/km; a flexible coach fare on the Northeast corridor, roughly.
    "USD": {
        "day_rate": 900.0,
        "hourly_rate": 110.0,
        "project_value": 15_000.0,
        "car_cost_per_km": 0.43,
        "train_fare_per_km": 0.35,
    },
}

# Plausible ranges: values outside them are refused as typing mistakes (negative rates,
# 50,000 an hour, 20,000 km within three countries). The money ranges hold for each of the
# four currencies: none is worth twice another.
LIMITS: dict[str, tuple[float, float]] = {
    "day_rate": (0.0, 10_000.0),
    "hourly_rate": (0.0, 1_500.0),
    "project_value": (0.0, 5_000_000.0),
    "distance_km": (0.0, 3_000.0),
    "detour_factor": (1.0, 3.0),
    "car_cost_per_km": (0.0, 5.0),
    "car_speed_kmh": (10.0, 200.0),
    "train_fare_per_km": (0.0, 5.0),
    "train_speed_kmh": (10.0, 300.0),
    "train_access_hours": (0.0, 10.0),
    "travel_time_billed_share": (0.0, 1.0),
    "rework_factor": (0.0, 1.0),
    "phone_hours": (0.0, 24.0),
    "video_hours": (0.0, 24.0),
    "meeting_days": (0.0, 10.0),
    "workshop_days": (0.0, 10.0),
    "workshop_prep_hours": (0.0, 80.0),
    "resolves_phone": (0.0, 1.0),
    "resolves_video": (0.0, 1.0),
    "resolves_in_person": (0.0, 1.0),
    "resolves_workshop": (0.0, 1.0),
}


@dataclass(frozen=True)
class MeetingParameters:
    """Every number the model uses, with a default for a freelance copywriter in Germany.

    The amounts are in `currency`; `for_currency` gives that currency's money defaults
    (a bare MeetingParameters(currency="CHF") would keep the euro figures).
    """

    currency: str = DEFAULT_CURRENCY
    day_rate: float = 800.0
    hourly_rate: float = 95.0
    project_value: float = 12_000.0
    mode: str = "car"
    detour_factor: float = 1.3  # road or rail km per great-circle km
    car_cost_per_km: float = 0.30  # the German per-km allowance for business trips
    car_speed_kmh: float = 80.0  # door to door, with a break
    train_fare_per_km: float = 0.20  # a flexible second-class fare, roughly
    train_speed_kmh: float = 110.0
    train_access_hours: float = 1.0  # per direction: to the station, changes, from it
    travel_time_billed_share: float = 0.5  # travel time is commonly billed at half the rate
    travel_paid_by: str = "client"
    rework_factor: float = 0.4  # share of the project redone when the understanding is wrong
    phone_hours: float = 1.5  # call, preparation and notes
    video_hours: float = 2.0
    meeting_days: float = 1.0
    workshop_days: float = 1.5
    workshop_prep_hours: float = 4.0
    resolves_phone: float = 0.3  # share of the uncertainty each option settles
    resolves_video: float = 0.4
    resolves_in_person: float = 0.85
    resolves_workshop: float = 0.95

    @classmethod
    def for_currency(cls, currency: str, **changes: Any) -> MeetingParameters:
        """The defaults with that currency's money defaults (an unknown currency keeps the
        euro figures; check_parameters names it), then `changes`."""
        return cls(currency=currency, **{**CURRENCY_DEFAULTS.get(currency, {}), **changes})

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def resolves(self, kind: str) -> float:
        """The share of the uncertainty option `kind` settles."""
        name = {"in_person_workshop": "resolves_workshop"}.get(kind, f"resolves_{kind}")
        value: float = getattr(self, name)
        return value


@dataclass(frozen=True)
class ParameterProblem:
    """A parameter outside its plausible range or with an unknown choice."""

    name: str
    value: object
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Travel:
    """The round trip: one-way distance, hours on the road and fares or car costs."""

    mode: str
    distance_km: float
    hours: float
    cost: float


@dataclass(frozen=True)
class OptionCost:
    """One option with its full cost, the rework it is expected to avoid, and the net value
    (amounts in the parameters' currency)."""

    kind: str
    cost: float
    rework_avoided: float
    net: float
    hours: float
    fee: float  # the writer's time for the call or the meeting day(s)
    travel_time_cost: float
    travel_cost: float
    client_pays: float
    writer_bears: float

    def to_dict(self) -> dict[str, Any]:
        return {f.name: round_value(getattr(self, f.name)) for f in fields(self)}


@dataclass(frozen=True)
class Advice:
    """The recommendation with every option, the travel and the uncertainty it rests on."""

    recommendation: str
    options: tuple[OptionCost, ...]
    travel: Travel
    uncertainty: Uncertainty
    parameters: MeetingParameters

    def option(self, kind: str) -> OptionCost:
        """The option of that kind."""
        return next(o for o in self.options if o.kind == kind)

    @property
    def meets(self) -> bool:
        """True when the recommendation is to meet in person."""
        return self.recommendation in IN_PERSON_KINDS


def round_value(value: object) -> object:
    """Money and hours to two decimals for JSON; other values unchanged."""
    return round(value, 2) if isinstance(value, float) else value


def check_parameters(params: MeetingParameters, distance_km: float) -> list[ParameterProblem]:
    """Every parameter outside LIMITS, and unknown choices of currency, mode or payer."""
    values = {**params.to_dict(), "distance_km": distance_km}
    problems = []
    for name, (low, high) in LIMITS.items():
        value = float(values[name])
        if not low <= value <= high or value != value:  # NaN compares false
            problems.append(ParameterProblem(name, values[name], low, high))
    if params.currency not in CURRENCIES:
        problems.append(ParameterProblem("currency", params.currency))
    if params.mode not in MODES:
        problems.append(ParameterProblem("mode", params.mode))
    if params.travel_paid_by not in PAYERS:
        problems.append(ParameterProblem("travel_paid_by", params.travel_paid_by))
    return problems


def estimate_travel(distance_km: float, params: MeetingParameters) -> Travel:
    """The round trip over a one-way road or rail distance, by car or train."""
    if params.mode == "train":
        hours = 2 * (distance_km / params.train_speed_kmh + params.train_access_hours)
        cost = 2 * distance_km * params.train_fare_per_km
    else:
        hours = 2 * distance_km / params.car_speed_kmh
        cost = 2 * distance_km * params.car_cost_per_km
    if distance_km == 0:
        hours = 0.0
    return Travel(params.mode, distance_km, hours, cost)


def cost_option(
    kind: str, travel: Travel, uncertainty: float, params: MeetingParameters
) -> OptionCost:
    """Full cost, rework avoided and net value of one option."""
    travel_time = travel_cost = 0.0
    if kind == "phone":
        fee, hours = params.phone_hours * params.hourly_rate, params.phone_hours
    elif kind == "video":
        fee, hours = params.video_hours * params.hourly_rate, params.video_hours
    else:
        days = params.meeting_days if kind == "in_person" else params.workshop_days
        fee = days * params.day_rate
        hours = days * HOURS_PER_DAY + travel.hours
        if kind == "in_person_workshop":
            fee += params.workshop_prep_hours * params.hourly_rate
            hours += params.workshop_prep_hours
        travel_time = travel.hours * params.hourly_rate * params.travel_time_billed_share
        travel_cost = travel.cost
    cost = fee + travel_time + travel_cost
    avoided = uncertainty * params.project_value * params.rework_factor * params.resolves(kind)
    travel_share = {"client": 1.0, "shared": 0.5, "writer": 0.0}[params.travel_paid_by]
    travel_total = travel_time + travel_cost
    client_pays = fee + travel_total * travel_share
    return OptionCost(
        kind,
        cost,
        avoided,
        avoided - cost,
        hours,
        fee,
        travel_time,
        travel_cost,
        client_pays,
        cost - client_pays,
    )


def advise_meeting(
    distance_km: float, uncertainty: Uncertainty, params: MeetingParameters | None = None
) -> Advice:
    """Cost every option and recommend the one with the best net value (ties: the cheaper).

    The caller checks the parameters first (check_parameters); here they are taken as given.
    """
    params = params or MeetingParameters()
    travel = estimate_travel(distance_km, params)
    options = tuple(cost_option(k, travel, uncertainty.value, params) for k in OPTION_KINDS)
    best = max(options, key=lambda o: (round(o.net, 6), -o.cost))
    return Advice(best.kind, options, travel, uncertainty, params)


def find_break_even_km(
    uncertainty: Uncertainty, params: MeetingParameters, limit_km: float = 3_000.0
) -> float | None:
    """The one-way distance beyond which no in-person option beats the best remote one.

    None when meeting never pays (even next door); `limit_km` when it still pays there.
    Net values fall with distance, so a bisection finds the point.
    """

    def meeting_wins(km: float) -> bool:
        return advise_meeting(km, uncertainty, params).meets

    if not meeting_wins(0.0):
        return None
    if meeting_wins(limit_km):
        return limit_km
    low, high = 0.0, limit_km
    while high - low > 0.5:
        middle = (low + high) / 2
        low, high = (middle, high) if meeting_wins(middle) else (low, middle)
    return round((low + high) / 2, 1)
