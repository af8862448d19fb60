"""A drill told in a ", where ..." clause is at the place told just before it, by the
forces that went there."""

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
