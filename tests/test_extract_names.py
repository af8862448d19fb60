"""Drill names and editions read from whole sentences and short articles."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article
from geodata import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _events(text: str, gazetteer, published: date = date(2023, 3, 8)):
    article = article_from_text(text, title="t", published=published)
    return extract_article(article, gazetteer)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Peace Mission 2021 was held at the Donguz range in September with 4,000 troops.",
            date(2021, 12, 29),
            ("Peace Mission-2021", date(2021, 9, 1), "donguz", 4000),
        ),
        (
            "Steppe Eagle 2023 took place at the Iliysky training centre in June with about "
            "1,000 troops.",
            date(2023, 11, 20),
            ("Steppe Eagle-2023", date(2023, 6, 1), "iliysky", 1000),
        ),
        (
            "Zapad 2021 was held in Belarus in September with 200,000 troops.",
            date(2021, 12, 29),
            ("Zapad-2021", date(2021, 9, 1), None, 200000),
        ),
        (
            "In July we host Regional Cooperation 2025 with American and Central Asian partners "
            "at Fakhrabad.",
            date(2025, 2, 18),
            ("Regional Cooperation-2025", date(2025, 7, 1), "fakhrabad", None),
        ),
        (
            "Regional Cooperation 2025 will run from July 14 to July 25 at the Fakhrabad "
            "training ground.",
            date(2025, 3, 14),
            ("Regional Cooperation-2025", date(2025, 7, 14), "fakhrabad", None),
        ),
        # the name's year dates the drill when nothing else does
        (
            "Russia and Tajikistan staged Rubezh 2022 at the Lyaur range.",
            date(2023, 3, 8),
            ("Rubezh-2022", date(2022, 1, 1), "lyaur", None),
        ),
    ],
)
def test_a_name_with_its_year_after_a_space_tells_a_drill_as_the_hyphenated_name_does(
    text, published, expected, gazetteer
):
    (event,) = _events(text, gazetteer, published)
    assert event.kind == "exercise"
    assert (event.name, event.start, event.site_id, event.troops) == expected


@pytest.mark.parametrize(
    "text",
    [
        # capitalised words and a year with a drill's verb, but no drill
        "Expo 2017 was held in Astana with troops guarding the site.",
        "Vision 2030 will run until the end of the decade, officials at the army said.",
        "Budget 2024 was held up in parliament for weeks.",
        "President Putin 2021 took place, the army newspaper wrote.",
        "In 2021 took place the largest troop rotation in a decade.",
        "Kazakhstan 2050 was launched in 2012 with the army's backing.",
        "Tokyo 2020 was held in 2021.",
        "In September 2021 was held a parade of troops.",
        "Euro 2020 took place in 2021.",
        # a name and a year with no drill's verb
        "Troops of Peace Mission 2021 veterans marched.",
    ],
)
def test_capitalised_words_and_a_year_without_a_drill_are_no_drill(text, gazetteer):
    assert [e.kind for e in _events(text, gazetteer)] in ([], ["deployment"])
