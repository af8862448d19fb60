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
        # (a contingent, sent to a drill, is counted there, told of a drill or not)
        ("The contingent numbers 1,500 servicemen.", [("troops", 1500)]),
    ],
)
def test_a_size_in_a_clause_that_tells_of_a_drill_is_the_drills(text, expected):
    assert [(q.kind, q.value) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the force numbers about 18,000 troops",
        "The Tajik army, which numbers about 9,000 troops, is small.",
        "Russia's contingent in Syria numbers about 5,000 servicemen.",
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


# A list of forces with the noun told once: "Russia sent 1,000 troops, Kyrgyzstan 300 and
# Kazakhstan 500". (In this file because it came from the same probe of wire phrasing.)
@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Russia sent 1,000 troops, Kyrgyzstan 300 and Kazakhstan 500.", 1800),
        (
            "Russia is sending 1,000 servicemen, Kazakhstan 500, Kyrgyzstan 300 and "
            "Tajikistan 2,000.",
            3800,
        ),
        ("Russia will send 1,000 troops and Kazakhstan some 500.", 1500),
        ("The Russian Federation provides 800 soldiers, the Kyrgyz Republic 200.", 1000),
    ],
)
def test_a_list_of_forces_with_the_noun_told_once_adds_up(text, total):
    values = [q.value for q in find_quantities(text) if q.kind == "troops"]
    assert max(values) == total
    assert values.count(total) == 1


@pytest.mark.parametrize(
    "text",
    [
        # each number with a noun of its own is a count of its own, not the list's
        "Russia sent 1,000 troops, Kyrgyzstan 300 vehicles and Kazakhstan 500 tanks.",
        # dates, years and speakers are no forces
        "Russia sent 1,000 troops, May 12 and June 3.",
        "The drills involved 1,000 troops, and Rubezh 2021.",
        "About 1,000 troops, Colonel Ivanov 3 said.",
        # a count with no force named before it starts no list
        "In all, 1,000 troops, Kyrgyzstan 300.",
    ],
)
def test_what_is_no_such_list_adds_nothing(text):
    assert max(q.value for q in find_quantities(text) if q.kind == "troops") == 1000


def test_the_lists_total_reaches_the_event(gazetteer):
    body = (
        "DUSHANBE, 12 April - CSTO exercises began at the Momirak training ground on "
        "Monday. Russia sent 1,000 troops, Kyrgyzstan 300 and Kazakhstan 500."
    )
    article = article_from_text(body, title="probe", published=date(2023, 4, 12))
    assert [e.troops for e in extract_article(article, gazetteer)] == [1800]


def test_forces_named_in_several_words_add_up():
    text = "Russia sends 800 soldiers, the Kyrgyz Republic 200 and the Kazakh Army 100."
    assert max(q.value for q in find_quantities(text)) == 1100


# A force told by its noun and a bare number, the people left unsaid.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan sent a contingent of 300 to the drills.", 300),
        ("The exercise opened with a Russian force of some 1,500.", 1500),
        ("A Kyrgyz detachment of about 200 took part in the drills.", 200),
        ("The Tajik contingent taking part in the exercise numbers 450.", 450),
        ("The group in the war games totalled around 2,000, the ministry said.", 2000),
        # (a contingent is sent to a drill: its size is its head count there)
        ("The Kazakh contingent numbered 900.", 900),
    ],
)
def test_a_force_with_a_bare_number_is_its_head_count(text, expected):
    assert [(q.kind, q.value) for q in find_quantities(text)] == [("troops", expected)]


@pytest.mark.parametrize(
    "text",
    [
        # other things counted, or counted with their own noun
        "A group of 12 countries observed the drills.",
        "The exercise involved a force of 300 tanks.",
        "A contingent of 40 journalists watched the exercise.",
        # no military sentence
        "A group of 12 met the minister in Dushanbe.",
        # the standing size of a force, as with a noun
        "Russia's force in Tajikistan numbers about 7,000.",
        # (a contingent posted somewhere for good)
        "Russia's contingent in Syria numbers about 5,000.",
        # words inside other words
        "The reinforced group of 20.",
    ],
)
def test_no_bare_head_count_where_the_number_is_something_else(text):
    assert [q for q in find_quantities(text) if q.kind == "troops"] == []


def test_a_contingent_s_bare_number_reaches_the_drill(gazetteer):
    body = (
        "BISHKEK, 12 June - CSTO troops began command-staff drills in Kyrgyzstan on Monday. "
        "Kazakhstan sent a contingent of 300, the defence ministry said."
    )
    article = article_from_text(body, title="probe", published=date(2023, 6, 14))
    assert [e.troops for e in extract_article(article, gazetteer)] == [300]
