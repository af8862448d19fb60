"""A context clause ("because of ...", "amid ...") ends where a "but" clause, or a ", with"
clause that holds a count or a day, takes over: what is told after it is read, and the
context still adds nothing."""

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


@pytest.mark.parametrize(
    "body",
    [
        "Russian and Tajik troops drilled at Lyaur on Tuesday amid protests in Kyrgyzstan, "
        "but no incidents were reported.",
        # (no count or day after ", with": the context goes on)
        "Russian and Tajik troops drilled at Lyaur on Tuesday amid the unrest in Kazakhstan, "
        "with CSTO troops sent to Almaty.",
    ],
)
def test_the_context_still_adds_nothing(gazetteer, body):
    article = article_from_text(body, title="probe", published=PUBLISHED)
    (event,) = extract_article(article, gazetteer)
    assert (event.host_country, sorted(event.participants), event.site_id) == (
        "TJK",
        ["RUS", "TJK"],
        "lyaur",
    )
    assert event.start == date(2023, 6, 13) and event.alliances == []


def test_a_drill_s_details_told_after_with_are_read(gazetteer):
    # (", with" and a count or a day ends the context clause "since ...")
    body = (
        "Uzbekistan and Kyrgyzstan staged their first joint exercise since signing a border "
        "deal, with around 300 troops drilling near the town of Kerben on Nov. 25-26."
    )
    article = article_from_text(body, title="probe", published=date(2023, 11, 28))
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end, event.troops) == (date(2023, 11, 25), date(2023, 11, 26), 300)
    assert set(event.participants) == {"UZB", "KGZ"} and event.host_country == "KGZ"
