"""A context clause ("because of ...", "amid ...") ends where a "but" clause takes over:
the drill told after "but" is read, and the context still adds nothing to it."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article

PUBLISHED = date(2023, 6, 14)


@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan held no major drills last year because of the January unrest, but this "
        "year's plans include a brigade-level exercise at Matybulak in mid-July.",
        "Kazakhstan held no drills in 2022 because of the budget, but a brigade-level "
        "exercise is planned at Matybulak in mid-July.",
    ],
)
def test_a_drill_told_after_but_is_read(gazetteer, body):
    article = article_from_text(body, title="probe", published=PUBLISHED)
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end, event.site_id, event.host_country) == (
        date(2023, 7, 11),
        date(2023, 7, 20),
        "matybulak",
        "KAZ",
    )


def test_the_context_before_but_still_adds_nothing(gazetteer):
    body = (
        "Russian and Tajik troops drilled at Lyaur on Tuesday amid protests in Kyrgyzstan, "
        "but no incidents were reported."
    )
    article = article_from_text(body, title="probe", published=PUBLISHED)
    (event,) = extract_article(article, gazetteer)
    assert (event.host_country, sorted(event.participants), event.site_id) == (
        "TJK",
        ["RUS", "TJK"],
        "lyaur",
    )
    assert event.start == date(2023, 6, 13)
