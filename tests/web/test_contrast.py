"""WCAG AA contrast of the colours the stylesheet pairs (contrast passes AA).

Relative luminance and contrast ratio as defined in WCAG 2.1 (1.4.3, 1.4.11): text needs
4.5:1, chart marks and focus outlines 3:1 against what surrounds them.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from treffsicher.web import svg

CSS = resources.files("treffsicher.web").joinpath("static", "app.css").read_text("utf-8")
VARIABLES = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS))


def luminance(color: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_known_ratio() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(
    ("foreground", "background"),
    [
        ("text", "bg"),
        ("text", "panel"),
        ("muted", "bg"),
        ("muted", "panel"),
        ("accent", "bg"),
        ("accent-text", "accent"),
        ("error", "error-bg"),
        ("warn", "warn-bg"),
        ("text", "info-bg"),
        ("text", "mark"),
        ("text", "page"),
        ("muted", "page"),
        ("accent", "page"),
        ("ok", "ok-bg"),
        ("text", "accent-soft"),
    ],
)
def test_text_colours_pass_aa(foreground: str, background: str) -> None:
    assert contrast(VARIABLES[foreground], VARIABLES[background]) >= 4.5


@pytest.mark.parametrize(
    "color",
    [svg.COLOR_AXIS, svg.COLOR_RANGE, svg.COLOR_TYPICAL, svg.COLOR_DRAFT, svg.COLOR_DRAFT_INSIDE],
)
def test_chart_marks_stand_out_from_white(color: str) -> None:
    assert contrast(color, "#ffffff") >= 3.0


def test_focus_outline_stands_out() -> None:
    assert contrast(VARIABLES["focus"], VARIABLES["bg"]) >= 3.0
    assert contrast(VARIABLES["focus"], VARIABLES["panel"]) >= 3.0
