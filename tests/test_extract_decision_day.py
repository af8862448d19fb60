"""The day a drill was agreed on is not the day of the drill."""

from __future__ import annotations

from datetime import date

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


def test_a_drill_agreed_on_a_day_is_dated_by_its_own_time(gazetteer):
    body = (
        "The Uzbek and Tajik defence ministers agreed on Friday to hold joint tactical "
        "exercises in the Surkhandarya region next spring."
    )
    article = article_from_text(body, title="probe", published=date(2023, 6, 14))
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end, event.time_precision) == (
        date(2024, 3, 1),
        date(2024, 5, 31),
        "season",
    )
