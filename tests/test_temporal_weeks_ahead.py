""" "The week after next", "in two weeks' time", "in a fortnight", and counted spans
("within the next two weeks", "over the past three days")."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.temporal import find_dates

TUESDAY = date(2021, 10, 19)


def _found(text: str):
    return [(t.start, t.end, t.precision) for t in find_dates(text, TUESDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops will drill the week after next.", (date(2021, 11, 1), date(2021, 11, 7), "week")),
        ("Troops will drill in two weeks' time.", (date(2021, 11, 1), date(2021, 11, 7), "week")),
        ("Troops will drill in a fortnight.", (date(2021, 11, 1), date(2021, 11, 7), "week")),
        (
            "Troops will drill within the next two weeks.",
            (date(2021, 10, 19), date(2021, 11, 2), "month"),
        ),
        (
            "Troops will drill over the next three days.",
            (date(2021, 10, 19), date(2021, 10, 22), "week"),
        ),
        (
            "Troops drilled over the past three days.",
            (date(2021, 10, 16), date(2021, 10, 19), "week"),
        ),
    ],
)
def test_spans_ahead_and_back(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a past clause: how long it took, not when
        "Troops were moved to the border in two weeks.",
        # a length of something else
        "Troops will rest after two weeks of fighting in two weeks of fighting.",
    ],
)
def test_a_length_is_no_date(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "Tuesday last" (published on a Tuesday): the one before, not today
        ("Troops drilled on Tuesday last.", date(2021, 10, 12)),
        ("Troops drilled on Friday last.", date(2021, 10, 15)),
        ("Troops will drill on Friday next.", date(2021, 10, 22)),
        # "last week" after a weekday is read whole, as before
        ("Troops drilled on Monday last week.", date(2021, 10, 11)),
    ],
)
def test_a_weekday_then_last_or_next(text, day):
    assert _found(text) == [(day, day, "day")]
