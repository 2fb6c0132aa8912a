"""The profile's SVG charts: axis ends, positions, escaping."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from treffsicher.web.svg import (
    PAD,
    WIDTH,
    axis_maximum,
    nice_ceiling,
    position,
    render_range_bar,
    render_share_bar,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.3, 1.0),
        (1.0, 1.0),
        (1.2, 2.0),
        (2.2, 2.5),
        (3.0, 5.0),
        (7.0, 10.0),
        (13.0, 20.0),
        (26.0, 50.0),
    ],
)
def test_nice_ceiling(value: float, expected: float) -> None:
    assert nice_ceiling(value) == expected


def test_axis_maximum_shares_end_at_one_and_others_leave_headroom() -> None:
    assert axis_maximum([0.2, 0.9, None], is_share=True) == 1.0
    # 14.5 * 1.25 = 18.1 → 20; the draft at 24 → 30 → 50.
    assert axis_maximum([8.0, 14.5, 11.0, None], is_share=False) == 20.0
    assert axis_maximum([8.0, 14.5, 11.0, 24.0], is_share=False) == 50.0
    assert axis_maximum([None, None], is_share=False) == 2.0


def test_position_clamps_to_the_axis() -> None:
    assert position(0.0, 10.0) == PAD
    assert position(10.0, 10.0) == WIDTH - PAD
    assert position(5.0, 10.0) == WIDTH / 2
    assert position(99.0, 10.0) == WIDTH - PAD
    assert position(-3.0, 10.0) == PAD


def test_range_bar_draws_range_typical_and_draft() -> None:
    svg = BeautifulSoup(
        str(render_range_bar(8.0, 14.0, 11.0, 24.0, False, "Satzlänge")), "html.parser"
    )
    bar = svg.select_one("rect.her-range")
    # Axis 0–50 over 300 px from x=10: 8 → 58, 14 → 94.
    assert float(bar["x"]) == 58.0
    assert float(bar["width"]) == 36.0
    assert svg.select_one("path.draft-mark")["d"].startswith("M154.0 ")
    assert svg.select_one("svg")["role"] == "img"


def test_chart_texts_are_escaped() -> None:
    hostile = '<script>alert(1)</script>"'
    for markup in (
        render_range_bar(None, None, None, None, True, hostile),
        render_share_bar([(hostile, 0.5)], hostile),
    ):
        parsed = BeautifulSoup(str(markup), "html.parser")
        assert parsed.find("script") is None
        assert parsed.select_one("svg")["aria-label"] == hostile
        assert hostile in parsed.get_text()
