""" ", adding that ..." opens a statement of its own: what it refuses, announces or adds
is read apart from the drill told before it."""

from __future__ import annotations

from datetime import date

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

PUBLISHED = date(2023, 6, 14)


def _events(gazetteer, body):
    return extract_article(article_from_text(body, title="probe", published=PUBLISHED), gazetteer)


def test_a_country_that_declined_does_not_call_the_drill_off(gazetteer):
    (drill,) = _events(
        gazetteer,
        "The CSTO rapid reaction force will hold drills in Kazakhstan in the second half of "
        "September, its chief of staff said, adding that Armenia had declined to send a unit.",
    )
    assert (drill.host_country, drill.alliances, drill.start, drill.end) == (
        "KAZ",
        ["CSTO"],
        date(2023, 9, 16),
        date(2023, 9, 30),
    )
    assert "ARM" not in drill.participants


def test_a_second_drill_announced_after_adding_that_is_its_own(gazetteer):
    first, second = _events(
        gazetteer,
        "Kazakh troops drilled at Otar on Tuesday, an official said, adding that a second "
        "exercise would be held at Matybulak in October.",
    )
    assert (first.site_id, first.start) == ("otar", date(2023, 6, 13))
    assert (second.site_id, second.start, second.end) == (
        "matybulak",
        date(2023, 10, 1),
        date(2023, 10, 31),
    )


def test_forces_joining_after_adding_that_join_the_drill_told(gazetteer):
    (drill,) = _events(
        gazetteer,
        "Kazakh troops drilled at Otar on Tuesday, an official said, adding that Kyrgyz units "
        "would join the exercise on Thursday.",
    )
    assert (drill.site_id, sorted(drill.participants)) == ("otar", ["KAZ", "KGZ"])
