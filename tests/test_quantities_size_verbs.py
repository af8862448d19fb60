"""A verb of a force's size before a count ("numbering", "totals", "comprises"): the
force's standing size, unless its clause tells of a drill."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article
from dashboard.quantities import find_counts, find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A contingent numbering 1,500 servicemen is taking part.",
            [("troops", 1500)],
        ),
        (
            "A contingent numbering some 1,500 servicemen and 200 units of hardware is taking "
            "part in the drills.",
            [("troops", 1500), ("hardware", 200)],
        ),
        ("The exercise involves a group numbering about 3,000 troops.", [("troops", 3000)]),
        ("The force taking part in the manoeuvres totals 4,000 personnel.", [("troops", 4000)]),
        (
            "Each side fields a battalion comprising 600 soldiers for the war games.",
            [("troops", 600)],
        ),
    ],
)
def test_a_size_in_a_clause_that_tells_of_a_drill_is_the_drills(text, expected):
    assert [(q.kind, q.value) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the force numbers about 18,000 troops",
        "The Tajik army, which numbers about 9,000 troops, is small.",
        "The contingent numbers 1,500 servicemen.",
        # a drill in another clause does not make the base's size a drill's
        "The 201st base numbers about 7,000 troops; the drills begin on Monday.",
        "The division comprises 12,000 soldiers and 300 tanks.",
        "The garrison totalled 5,000 troops at its peak.",
    ],
)
def test_a_standing_size_stays_out(text):
    found, left_out = find_counts(text)
    assert found == []
    assert left_out  # seen, and set aside as no drill's count


def test_the_drills_troops_and_hardware_reach_the_event(gazetteer):
    body = (
        "DUSHANBE, 12 April - Tajik and Russian troops began joint exercises at the "
        "Harb-Maidon training ground on Monday. A contingent numbering some 1,500 servicemen "
        "and 200 units of military hardware is taking part, the defence ministry said.\n\n"
        "Russia's 201st base in Tajikistan numbers about 7,000 troops."
    )
    article = article_from_text(body, title="probe", published=date(2023, 4, 12))
    events = extract_article(article, gazetteer)
    assert [(e.troops, e.hardware) for e in events] == [(1500, 200)]
