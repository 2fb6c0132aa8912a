"""Server-rendered SVG charts for the voice profile: her usual range as a bar, her typical
value as a mark, and once a draft is checked, where the draft lies (no chart
library, nothing from a CDN). Every text placed in the SVG is escaped."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

WIDTH = 320
HEIGHT = 34
AXIS_HEIGHT = 50  # a range chart with tick labels under the bar
TICK_FONT = 11
PAD = 10  # room left and right so end marks are not cut off
BAR_Y = 10
BAR_H = 12
HEADROOM = 1.25  # the axis reaches a quarter beyond the largest value shown
# Colours with at least 3:1 contrast against white (WCAG 2.1 non-text contrast).
COLOR_AXIS = "#6b7280"
COLOR_RANGE = "#4f7fb8"
COLOR_TYPICAL = "#1f2937"
COLOR_DRAFT = "#b42318"  # the draft outside her usual range
COLOR_DRAFT_INSIDE = "#17663a"  # the draft inside it
CATEGORY_COLORS = ("#2f5f98", "#4f7fb8", "#7a9cc6", "#a3bbd8", "#c6d4e6")


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at or above `value` (axis end), at least 1."""
    if value <= 1.0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10.0**exponent
        if candidate >= value:
            return candidate
    return float(10.0 ** (exponent + 1))


def axis_maximum(values: Sequence[float | None], is_share: bool) -> float:
    """Where the axis ends: 100 % for shares, else a round number above every value."""
    if is_share:
        return 1.0
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    return nice_ceiling(max(finite, default=1.0) * HEADROOM)


def position(value: float, maximum: float) -> float:
    """The x coordinate of `value` on an axis from 0 to `maximum` (clamped)."""
    share = min(max(value / maximum, 0.0), 1.0) if maximum > 0 else 0.0
    return round(PAD + share * (WIDTH - 2 * PAD), 1)


def is_inside(value: float, low: float | None, high: float | None) -> bool:
    """True when `value` lies in her usual range (a missing range holds nothing)."""
    if low is None or high is None:
        return False
    return min(low, high) - 1e-9 <= value <= max(low, high) + 1e-9


def render_ticks(maximum: float, format_tick: Callable[[float], str]) -> list[str]:
    """Tick marks and labels at 0, the middle and the end of the axis."""
    parts = []
    baseline = BAR_Y + BAR_H + 8
    for value, anchor in ((0.0, "start"), (maximum / 2, "middle"), (maximum, "end")):
        x = position(value, maximum)
        parts.append(
            f'<line x1="{x}" y1="{BAR_Y + BAR_H + 1}" x2="{x}" y2="{baseline - 2}" '
            f'stroke="{COLOR_AXIS}" stroke-width="1"/>'
        )
        parts.append(
            f'<text class="tick" x="{x}" y="{baseline + TICK_FONT}" font-size="{TICK_FONT}" '
            f'text-anchor="{anchor}" fill="#374151">{escape(format_tick(value))}</text>'
        )
    return parts


def render_range_bar(
    low: float | None,
    high: float | None,
    typical: float | None,
    draft: float | None,
    is_share: bool,
    description: str,
    format_tick: Callable[[float], str] | None = None,
) -> Markup:
    """An SVG with her usual range (bar), typical value (dark mark) and the draft (a
    diamond, green inside her range and red outside); with `format_tick`, a labelled
    axis under the bar. `description` is its accessible name (role="img")."""
    maximum = axis_maximum([low, high, typical, draft], is_share)
    height = AXIS_HEIGHT if format_tick else HEIGHT
    parts = [
        f'<svg class="range-chart" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" aria-label="{escape(description)}">',
        f"<title>{escape(description)}</title>",
        f'<line x1="{PAD}" y1="{BAR_Y + BAR_H / 2}" x2="{WIDTH - PAD}" '
        f'y2="{BAR_Y + BAR_H / 2}" stroke="{COLOR_AXIS}" stroke-width="1"/>',
    ]
    if format_tick is not None:
        parts += render_ticks(maximum, format_tick)
    if low is not None and high is not None:
        x1, x2 = position(min(low, high), maximum), position(max(low, high), maximum)
        parts.append(
            f'<rect class="her-range" x="{x1}" y="{BAR_Y}" width="{max(x2 - x1, 2.0)}" '
            f'height="{BAR_H}" rx="3" fill="{COLOR_RANGE}"/>'
        )
    if typical is not None:
        x = position(typical, maximum)
        parts.append(
            f'<rect class="her-typical" x="{x - 1.5}" y="{BAR_Y - 5}" width="3" '
            f'height="{BAR_H + 10}" fill="{COLOR_TYPICAL}"/>'
        )
    if draft is not None:
        x = position(draft, maximum)
        cy = BAR_Y + BAR_H / 2
        inside = is_inside(draft, low, high)
        where, color = ("inside", COLOR_DRAFT_INSIDE) if inside else ("outside", COLOR_DRAFT)
        parts.append(
            f'<path class="draft-mark draft-{where}" d="M{x} {cy - 8} L{x + 7} {cy} L{x} '
            f'{cy + 8} L{x - 7} {cy} Z" fill="{color}" stroke="#ffffff" stroke-width="1"/>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def render_share_bar(shares: Sequence[tuple[str, float]], description: str) -> Markup:
    """A stacked bar of category shares (largest first); the legend is HTML beside it."""
    parts = [
        f'<svg class="share-chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" aria-label="{escape(description)}">',
        f"<title>{escape(description)}</title>",
    ]
    x = float(PAD)
    span = WIDTH - 2 * PAD
    for index, (label, share) in enumerate(shares):
        width = round(max(share, 0.0) * span, 1)
        if width <= 0:
            continue
        color = CATEGORY_COLORS[min(index, len(CATEGORY_COLORS) - 1)]
        parts.append(
            f'<rect x="{round(x, 1)}" y="{BAR_Y}" width="{width}" height="{BAR_H}" '
            f'fill="{color}" stroke="#ffffff" stroke-width="1">'
            f"<title>{escape(label)}</title></rect>"
        )
        x += width
    parts.append("</svg>")
    return Markup("".join(parts))
