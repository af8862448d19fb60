"""Several drills told in one clause ("a staff drill in Termez in the spring and a field
exercise at Lyaur in the autumn"), each with a place and a time of its own; the year a
list of plans is told for; and the day of talks, which is not a drill's day."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

PUBLISHED = date(2022, 10, 5)  # a Wednesday


def _events(body: str, gazetteer):
    article = article_from_text(body, title="t", published=PUBLISHED)
    return extract_article(article, gazetteer)


@pytest.mark.parametrize(
    ("body", "first_year", "second_year"),
    [
        (
            "Tajikistan and Uzbekistan will hold a staff drill in Termez in the spring and "
            "a field exercise at the Lyaur range in the autumn.",
            2023,
            2022,  # (the autumn under way when the story is told)
        ),
        # a list of plans announced for a year to come: both in that year, by the forces
        # that announced them
        (
            "Tajikistan and Uzbekistan have agreed to hold two joint exercises next year: a "
            "staff drill in Termez in the spring and a field exercise at the Lyaur range in "
            "the autumn.",
            2023,
            2023,
        ),
    ],
)
def test_two_drills_joined_by_and_a_drill_are_two_events(body, first_year, second_year, gazetteer):
    first, second = _events(body, gazetteer)
    assert (first.start, first.end) == (date(first_year, 3, 1), date(first_year, 5, 31))
    assert (second.start, second.end) == (date(second_year, 9, 1), date(second_year, 11, 30))
    # (Termez is a town: GeoNames calls it Tirmiz)
    assert (first.host_country, first.geo_precision, first.place) == ("UZB", "town", "Tirmiz")
    assert second.site_id == "lyaur"
    assert set(first.participants) == set(second.participants) == {"TJK", "UZB"}


def test_one_drill_with_two_places_and_one_time_stays_one(gazetteer):
    body = (
        "Tajikistan and Uzbekistan will hold a staff drill in Termez and a field exercise at "
        "the Lyaur range in the spring."
    )
    assert len(_events(body, gazetteer)) == 1


def test_the_day_of_talks_is_not_the_day_of_the_drill_planned_there(gazetteer):
    body = (
        "Tajikistan and Uzbekistan will hold a field exercise at the Lyaur range in the "
        "autumn, the Tajik defence minister said after talks with his Uzbek counterpart on "
        "Tuesday."
    )
    (event,) = _events(body, gazetteer)
    assert (event.start, event.end) == (date(2022, 9, 1), date(2022, 11, 30))
    assert event.time_precision == "season"


def test_a_drill_told_at_a_visit_keeps_its_own_day(gazetteer):
    # (a drill word between the visit and the day: the day is the drill's)
    body = "During a visit to Dushanbe, Russian troops held a drill at the Lyaur range on Monday."
    (event,) = _events(body, gazetteer)
    assert event.start == date(2022, 10, 3)
