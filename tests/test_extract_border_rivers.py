"""A drill on a river that is Afghanistan's northern border (the Panj, the Amu Darya) is
in its host's Afghan border zone, as one "near the Afghan border" is."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


def _places(body: str, gazetteer):
    article = article_from_text(body, title="probe", published=date(2021, 10, 19))
    return [
        (e.geo_precision, e.host_country, e.border_country)
        for e in extract_article(article, gazetteer)
    ]


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Tajik troops held drills along the Pyanj river on Monday.", "TJK"),
        ("Tajik border guards trained on the banks of the river Panj on Monday.", "TJK"),
        ("Uzbek troops held drills on the banks of the Amu Darya on Monday.", "UZB"),
        ("Turkmen forces staged an exercise along the Amudarya river on Monday.", "TKM"),
    ],
)
def test_a_drill_on_a_border_river_is_in_the_border_zone(body, host, gazetteer):
    assert _places(body, gazetteer) == [("border", host, "AFG")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "Panj" without "river" is the town or the district
        ("Tajik troops held drills in Panj district on Monday.", ("region", "TJK")),
        ("Tajik troops held drills near the town of Panj on Monday.", ("town", "TJK")),
        # a named place on the river is more precise than the zone
        (
            "Uzbek and Russian troops drilled at the Termez training ground near the Amu "
            "Darya river on Monday.",
            ("site", "UZB"),
        ),
    ],
)
def test_a_named_place_still_wins(body, expected, gazetteer):
    assert [p[:2] for p in _places(body, gazetteer)] == [expected]


def test_with_no_host_to_tell_the_river_places_nothing(gazetteer):
    # the river borders three countries: without one named, no side is chosen
    assert _places("Troops held drills along the Amu Darya river on Monday.", gazetteer) == [
        ("unknown", None, None)
    ]
