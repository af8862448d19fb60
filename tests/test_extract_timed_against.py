"""What a drill is timed against ("..., a week after talks between Moscow and Beijing",
"The exercise comes weeks after Afghan soldiers fled") names no one who drills."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

LEAD = "Tajik troops began drills at the Lyaur range on Monday"


def _participants(body: str, gazetteer) -> list[list[str]]:
    article = article_from_text(body, title="probe", published=date(2021, 10, 19))
    return [e.participants for e in extract_article(article, gazetteer)]


@pytest.mark.parametrize(
    "body",
    [
        f"{LEAD}, a week after talks between Moscow and Beijing.",
        f"{LEAD}, just two days after a summit of Russian and Chinese leaders.",
        f"{LEAD}. The exercise comes weeks after Afghan soldiers fled into Tajikistan.",
        f"{LEAD}. The drills came a month after Kazakh and Kyrgyz envoys met in Tashkent.",
    ],
)
def test_what_a_drill_is_timed_against_names_no_participant(body, gazetteer):
    assert _participants(body, gazetteer) == [["TJK"]]


@pytest.mark.parametrize(
    "body",
    [
        f"{LEAD}, a day after Russian troops arrived to join them.",
        f"{LEAD}, two days before Russian troops join them.",
        f"{LEAD}, a week after Russian paratroopers were deployed for the exercise.",
    ],
)
def test_forces_coming_to_the_drill_still_take_part(body, gazetteer):
    assert _participants(body, gazetteer) == [["TJK", "RUS"]]


# A stance taken on the drill in a "while" clause names no one who drills either.
@pytest.mark.parametrize(
    "body",
    [
        f"{LEAD}, while Kabul was quiet about the manoeuvres.",
        f"{LEAD}, while Moscow said it had not been told.",
        f"{LEAD}, while the Afghan side has remained silent.",
        f"{LEAD}, while Beijing voiced concern over the timing.",
    ],
)
def test_a_stance_in_a_while_clause_names_no_participant(body, gazetteer):
    assert _participants(body, gazetteer) == [["TJK"]]


@pytest.mark.parametrize(
    "body",
    [
        f"{LEAD}, while Russian aircraft provided air cover.",
        f"{LEAD}, while Russian troops from the 201st base played the enemy.",
    ],
)
def test_forces_in_a_while_clause_still_take_part(body, gazetteer):
    assert _participants(body, gazetteer) == [["TJK", "RUS"]]
