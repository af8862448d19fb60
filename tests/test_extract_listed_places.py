"""Countries listed after a place that a locative opens ("ranges in Tajikistan and
Kyrgyzstan") are places, not participants."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


def _participants(body: str, gazetteer) -> list[list[str]]:
    article = article_from_text(body, title="probe", published=date(2023, 6, 14))
    return [e.participants for e in extract_article(article, gazetteer)]


@pytest.mark.parametrize(
    "body",
    [
        "Russian troops were put on alert and moved to ranges in Tajikistan and Kyrgyzstan "
        "for an inspection lasting until the end of the month.",
        "Russian troops will train in Tajikistan, Kyrgyzstan and Kazakhstan in October.",
        "Russian units will drill in Tajikistan or Kyrgyzstan in October.",
    ],
)
def test_countries_listed_as_places_take_no_part(body, gazetteer):
    assert _participants(body, gazetteer) == [["RUS"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the subject of a clause of its own
        (
            "Tajik troops held drills in Dushanbe and Russia sent 500 troops to join them "
            "on Monday.",
            ["TJK", "RUS"],
        ),
        # forces from a list of countries
        (
            "Troops from Russia and Kyrgyzstan trained at the Edelweiss range on Monday.",
            ["RUS", "KGZ"],
        ),
    ],
)
def test_names_that_are_no_place_in_a_list_still_take_part(body, expected, gazetteer):
    assert _participants(body, gazetteer) == [expected]
