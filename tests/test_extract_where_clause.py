"""A drill told in a ", where ..." clause is at the place told just before it, by the
forces that went there; who took part there, and when, is told of the drill before it."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

PUBLISHED = date(2023, 6, 14)


@pytest.mark.parametrize(
    ("body", "site", "forces", "start", "end"),
    [
        (
            "A Russian battalion marched to the Lyaur range, where it will hold exercises "
            "next week.",
            "lyaur",
            ["RUS"],
            date(2023, 6, 19),
            date(2023, 6, 25),
        ),
        (
            "Tajik troops arrived at the Momirak range on Monday, where they will conduct "
            "live firing until Friday.",
            "momirak",
            ["TJK"],
            None,
            date(2023, 6, 16),
        ),
    ],
)
def test_a_drill_after_where_is_at_the_place_before_it(gazetteer, body, site, forces, start, end):
    article = article_from_text(body, title="probe", published=PUBLISHED)
    (drill,) = [e for e in extract_article(article, gazetteer) if e.kind == "exercise"]
    assert (drill.site_id, drill.participants, drill.start, drill.end) == (site, forces, start, end)
    # the place is shown in the words before "where"
    (at,) = [s for s, _, c in drill.evidence[article.id] if c == "place"]
    assert at < body.index(", where")


def test_a_drill_after_where_with_a_place_of_its_own_keeps_it(gazetteer):
    body = "The units moved to Kazakhstan, where they joined drills at Otar from 26 September."
    article = article_from_text(body, title="probe", published=PUBLISHED)
    (drill,) = extract_article(article, gazetteer)
    assert (drill.site_id, drill.host_country) == ("otar", "KAZ")


@pytest.mark.parametrize(
    ("body", "troops", "start", "end"),
    [
        # who took part there, and when: the drill told before "where"
        (
            "In 2021 the exercise was held at the Ashuluk range, where some 1,000 troops took "
            "part over five days in October.",
            1000,
            date(2021, 10, 1),
            date(2021, 10, 31),
        ),
        (
            "Russia held an exercise at the Ashuluk range on 3 May, where some 1,000 troops "
            "took part.",
            1000,
            date(2023, 5, 3),
            date(2023, 5, 3),
        ),
        # (a place's past told after "where" is not the drill's)
        (
            "Russia held an exercise at the Ashuluk range on 3 May, where some 1,000 Soviet "
            "troops took part in manoeuvres in 1985.",
            None,
            date(2023, 5, 3),
            date(2023, 5, 3),
        ),
    ],
)
def test_who_took_part_where_the_drill_was_held_is_told_of_it(body, troops, start, end, gazetteer):
    article = article_from_text(body, title="t", published=PUBLISHED)
    events = [e for e in extract_article(article, gazetteer) if e.site_id == "ashuluk"]
    (event,) = [e for e in events if e.start == start]
    assert (event.troops, event.start, event.end) == (troops, start, end)
