"""A plural's present of a plan ("the two armies plan a larger exercise in August") is
the future: a month without a year is the next one after publication."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

PUBLISHED = date(2021, 10, 19)


def _months(body: str, gazetteer) -> list[tuple[date | None, date | None]]:
    article = article_from_text(body, title="probe", published=PUBLISHED)
    return [(e.start, e.end) for e in extract_article(article, gazetteer)]


@pytest.mark.parametrize(
    "body",
    [
        "In August the two armies plan a larger exercise at Edelweiss.",
        "The two armies plan a joint exercise at Edelweiss in August.",
        "Kazakhstan and Kyrgyzstan plan another exercise at Edelweiss in August.",
    ],
)
def test_a_plan_in_the_present_is_to_come(body, gazetteer):
    assert _months(body, gazetteer) == [(date(2022, 8, 1), date(2022, 8, 31))]


@pytest.mark.parametrize(
    "body",
    [
        "Under the plan a joint exercise was held at Edelweiss in August.",
        "The two armies held a joint exercise at Edelweiss in August.",
    ],
)
def test_the_noun_plan_and_a_past_drill_stay_past(body, gazetteer):
    assert _months(body, gazetteer) == [(date(2021, 8, 1), date(2021, 8, 31))]
