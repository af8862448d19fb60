""" "On the weekend" is "over the weekend"; "this past week" is the seven days before
publication."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

TUESDAY = date(2021, 10, 19)


def _found(text: str, published: date = TUESDAY):
    return [(t.start, t.end, t.precision, t.text) for t in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops drilled on the weekend.",
            [(date(2021, 10, 16), date(2021, 10, 17), "day", "on the weekend")],
        ),
        (
            "Troops drilled this past week.",
            [(date(2021, 10, 12), date(2021, 10, 18), "week", "this past week")],
        ),
        (
            "Over the past week, troops drilled at Lyaur.",
            [(date(2021, 10, 12), date(2021, 10, 18), "week", "the past week")],
        ),
        # the dates that follow tell which weekend
        (
            "Troops drilled on the weekend of 9-10 October.",
            [(date(2021, 10, 9), date(2021, 10, 10), "day", "9-10 October")],
        ),
    ],
)
def test_weekend_and_past_week(text, expected):
    assert _found(text) == expected


def test_on_the_month_is_no_date():
    assert _found("Troops drilled on the month.") == []
