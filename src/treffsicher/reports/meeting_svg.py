"""The break-even picture of the meeting advice as a server-side SVG: what meeting in person
costs over the distance, what it is worth beyond the best call, and where this client lies.

No chart library, nothing from a CDN; title and desc make it readable without sight, every
text is escaped, colours keep a 3:1 contrast against white.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from treffsicher.core.meeting import IN_PERSON_KINDS, cost_option, estimate_travel
from treffsicher.i18n import format_number, t
from treffsicher.reports.meeting import format_money, money
from treffsicher.services.meeting import MeetingReport

WIDTH = 560
HEIGHT = 340
LEFT, RIGHT, TOP, BOTTOM = 84, 24, 16, 84  # left: room for „-12.300 CHF“
STEPS = 60
COLOR_AXIS = "#6b7280"
COLOR_COST = "#b42318"
COLOR_VALUE = "#2f5f98"
COLOR_CLIENT = "#1f2937"
MIN_AXIS_KM = 100.0
MAX_AXIS_KM = 1_500.0


def worth_beyond_call(report: MeetingReport) -> float:
    """Rework a meeting in person avoids, less the net value of the best call (flat in km)."""
    advice = report.advice
    best_remote = max(o.net for o in advice.options if o.kind not in IN_PERSON_KINDS)
    return advice.option("in_person").rework_avoided - best_remote


def cost_at(report: MeetingReport, km: float) -> float:
    """The full cost of meeting in person at a one-way distance."""
    params = report.advice.parameters
    travel = estimate_travel(km, params)
    return cost_option("in_person", travel, report.advice.uncertainty.value, params).cost


def axis_km(report: MeetingReport) -> float:
    """The distance axis: twice this client's distance, at least 100 and at most 1,500 km."""
    km = max(MIN_AXIS_KM, 2 * report.route.distance_km)
    return min(MAX_AXIS_KM, round(km / 100 + 0.499) * 100)


def render_break_even_svg(report: MeetingReport, lang: str) -> Markup:
    """The picture for one client's advice."""
    max_km = axis_km(report)
    worth = worth_beyond_call(report)
    costs = [(max_km * i / STEPS, cost_at(report, max_km * i / STEPS)) for i in range(STEPS + 1)]
    top = max(max(c for _, c in costs), worth, 1.0) * 1.1
    bottom = min(0.0, worth * 1.1)

    def x(km: float) -> float:
        return round(LEFT + km / max_km * (WIDTH - LEFT - RIGHT), 1)

    def y(amount: float) -> float:
        return round(TOP + (top - amount) / (top - bottom) * (HEIGHT - TOP - BOTTOM), 1)

    currency = report.advice.parameters.currency
    title = t("meeting.svg.title", lang)
    desc = t(
        "meeting.svg.desc",
        lang,
        km=format_number(report.route.distance_km, lang),
        cost=money(cost_at(report, report.route.distance_km), currency, lang),
        worth=money(worth, currency, lang),
    )
    points = " ".join(f"{x(km)},{y(c)}" for km, c in costs)
    client_x = x(min(report.route.distance_km, max_km))
    parts = [
        f'<svg class="break-even" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" aria-label="{escape(title)}" aria-describedby="be-desc" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="be-title">{escape(title)}</title><desc id="be-desc">{escape(desc)}</desc>',
        f'<line x1="{LEFT}" y1="{y(0)}" x2="{WIDTH - RIGHT}" y2="{y(0)}" stroke="{COLOR_AXIS}"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" stroke="{COLOR_AXIS}"/>',
        *axis_labels(max_km, top, bottom, x, y, currency, lang),
        f'<polyline class="cost" points="{points}" fill="none" stroke="{COLOR_COST}" '
        'stroke-width="2.5"/>',
        f'<line class="worth" x1="{LEFT}" y1="{y(worth)}" x2="{WIDTH - RIGHT}" y2="{y(worth)}" '
        f'stroke="{COLOR_VALUE}" stroke-width="2.5" stroke-dasharray="6 4"/>',
        f'<line class="client" x1="{client_x}" y1="{TOP}" x2="{client_x}" y2="{HEIGHT - BOTTOM}" '
        f'stroke="{COLOR_CLIENT}" stroke-width="1.5"/>',
        f'<text x="{client_x + 4}" y="{HEIGHT - BOTTOM - 6}" font-size="12" '
        f'fill="{COLOR_CLIENT}">{escape(report.client)}</text>',
        *mark_crossing(report, worth, max_km, x, y, lang),
        *legend(lang),
        "</svg>",
    ]
    return Markup("".join(parts))  # every text above is escaped


def axis_labels(
    max_km: float,
    top: float,
    bottom: float,
    x: Callable[[float], float],
    y: Callable[[float], float],
    currency: str,
    lang: str,
) -> list[str]:
    """Tick labels: 0, half and full distance; zero, the top and the bottom in the currency."""
    labels = []
    for km, anchor in ((0.0, "start"), (max_km / 2, "middle"), (max_km, "end")):
        labels.append(
            f'<text x="{x(km)}" y="{HEIGHT - BOTTOM + 16}" font-size="11" text-anchor="{anchor}" '
            f'fill="{COLOR_AXIS}">{escape(format_number(km, lang))} km</text>'
        )
    for amount in sorted({0.0, round(top / 1.1, -2), round(bottom, -2)}):
        labels.append(
            f'<text x="{LEFT - 6}" y="{y(amount) + 4}" font-size="11" text-anchor="end" '
            f'fill="{COLOR_AXIS}">{escape(format_money(amount, currency, lang))}</text>'
        )
    labels.append(
        f'<text x="{(LEFT + WIDTH - RIGHT) / 2}" y="{HEIGHT - BOTTOM + 32}" font-size="11" '
        f'text-anchor="middle" fill="{COLOR_AXIS}">{escape(t("meeting.svg.axis_km", lang))}</text>'
    )
    return labels


def find_crossing(report: MeetingReport, worth: float, max_km: float) -> float | None:
    """Where the cost line meets the worth line within the axis (cost grows with km)."""
    if cost_at(report, 0.0) > worth or cost_at(report, max_km) < worth:
        return None
    low, high = 0.0, max_km
    while high - low > 0.5:
        middle = (low + high) / 2
        low, high = (middle, high) if cost_at(report, middle) < worth else (low, middle)
    return (low + high) / 2


def mark_crossing(
    report: MeetingReport,
    worth: float,
    max_km: float,
    x: Callable[[float], float],
    y: Callable[[float], float],
    lang: str,
) -> list[str]:
    """A dot and „≈ 590 km“ where meeting stops paying, if that lies on the axis."""
    km = find_crossing(report, worth, max_km)
    if km is None:
        return []
    label = escape(t("meeting.svg.crossing", lang, km=format_number(round(km, -1), lang)))
    return [
        f'<circle class="crossing" cx="{x(km)}" cy="{y(worth)}" r="5" fill="{COLOR_CLIENT}"/>',
        f'<text x="{x(km)}" y="{y(worth) - 10}" font-size="12" text-anchor="middle" '
        f'fill="{COLOR_CLIENT}">{label}</text>',
    ]


def legend(lang: str) -> list[str]:
    """The two lines named under the axis."""
    entries = ((COLOR_COST, "", "meeting.svg.cost"), (COLOR_VALUE, "6 4", "meeting.svg.worth"))
    parts = []
    for row, (color, dash, key) in enumerate(entries):
        y = HEIGHT - 26 + row * 16
        x = LEFT
        parts.append(
            f'<line x1="{x}" y1="{y - 4}" x2="{x + 22}" y2="{y - 4}" stroke="{color}" '
            f'stroke-width="2.5" stroke-dasharray="{dash or "none"}"/>'
            f'<text x="{x + 28}" y="{y}" font-size="11" fill="{COLOR_CLIENT}">'
            f"{escape(t(key, lang))}</text>"
        )
    return parts
