"""When a drill was held, read from the time frame a whole story sets (one rule per test).

Analysis and retrospective copy dates its drills by years that modify a noun ("the 2021
drills"), by years told before a force noun ("In 2019 troops from Russia ..."), and by
phrases that lean on a date told earlier ("That October", "the following spring").
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article
from geodata import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _events(text: str, gazetteer, published: date = date(2023, 11, 20)):
    article = article_from_text(text, title="t", published=published)
    return extract_article(article, gazetteer)


def _when(event) -> tuple[str | None, str | None, str]:
    return (
        event.start.isoformat() if event.start else None,
        event.end.isoformat() if event.end else None,
        event.time_precision,
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "In the summer of 2019 units of the People's Liberation Army and Tajik border "
            "guards held a counter-terrorism exercise in Gorno-Badakhshan.",
            ("2019-06-01", "2019-08-31", "season"),
        ),
        (
            "In the autumn of 2019 units of the Russian and Tajik armies held an exercise at "
            "the Lyaur range.",
            ("2019-09-01", "2019-11-30", "season"),
        ),
        (
            "In August 2019 units of the Russian and Tajik armies held an exercise at the "
            "Lyaur range.",
            ("2019-08-01", "2019-08-31", "month"),
        ),
        (
            "In May 2019 servicemen of the 201st base held an exercise at the Lyaur range.",
            ("2019-05-01", "2019-05-31", "month"),
        ),
        (
            "In 2019 troops from Russia and Tajikistan held an exercise at the Lyaur range.",
            ("2019-01-01", "2019-12-31", "year"),
        ),
        (
            "In 2019 personnel from Russia and Tajikistan held an exercise at the Lyaur range.",
            ("2019-01-01", "2019-12-31", "year"),
        ),
    ],
)
def test_a_year_before_a_force_noun_keeps_the_date_in_that_year(text, when, gazetteer):
    (event,) = _events(text, gazetteer)
    assert _when(event) == when
