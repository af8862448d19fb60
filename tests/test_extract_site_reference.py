"""A later line that names a range ("The Sambuli drills will last until Friday") goes
on with the drill told at that range, not with the latest drill told."""

from __future__ import annotations

from datetime import date

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

FIRST = (
    "Russia's 201st military base in Tajikistan began a large-scale exercise at the Sambuli "
    "training ground on Tuesday, with about 2,000 personnel. Separately, Tajik and Uzbek "
    "border guards held a joint drill near a border crossing on Monday."
)


def _events(body: str, gazetteer):
    article = article_from_text(body, title="probe", published=date(2023, 6, 14))
    return sorted(
        (e.place or "", str(e.start), str(e.end), tuple(e.participants))
        for e in extract_article(article, gazetteer)
    )


def test_a_dated_line_naming_the_range_goes_on_with_the_drill_there(gazetteer):
    body = f"{FIRST}\n\nThe Sambuli drills will last until Friday."
    assert _events(body, gazetteer) == [
        ("", "2023-06-12", "2023-06-12", ("TJK", "UZB")),
        ("Sambuli training ground", "2023-06-13", "2023-06-16", ("RUS",)),
    ]


def test_an_undated_line_naming_the_range_goes_on_with_the_drill_there(gazetteer):
    body = f"{FIRST}\n\nThe Sambuli drills include live firing by artillery crews."
    events = _events(body, gazetteer)
    assert [e[0] for e in events] == ["", "Sambuli training ground"]
    assert events[0][3] == ("TJK", "UZB")
