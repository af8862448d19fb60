"""Drill names and editions read from whole sentences and short articles."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article
from geodata import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _events(text: str, gazetteer, published: date = date(2023, 3, 8)):
    article = article_from_text(text, title="t", published=published)
    return extract_article(article, gazetteer)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Peace Mission 2021 was held at the Donguz range in September with 4,000 troops.",
            date(2021, 12, 29),
            ("Peace Mission-2021", date(2021, 9, 1), "donguz", 4000),
        ),
        (
            "Steppe Eagle 2023 took place at the Iliysky training centre in June with about "
            "1,000 troops.",
            date(2023, 11, 20),
            ("Steppe Eagle-2023", date(2023, 6, 1), "iliysky", 1000),
        ),
        (
            "Zapad 2021 was held in Belarus in September with 200,000 troops.",
            date(2021, 12, 29),
            ("Zapad-2021", date(2021, 9, 1), None, 200000),
        ),
        (
            "In July we host Regional Cooperation 2025 with American and Central Asian partners "
            "at Fakhrabad.",
            date(2025, 2, 18),
            ("Regional Cooperation-2025", date(2025, 7, 1), "fakhrabad", None),
        ),
        (
            "Regional Cooperation 2025 will run from July 14 to July 25 at the Fakhrabad "
            "training ground.",
            date(2025, 3, 14),
            ("Regional Cooperation-2025", date(2025, 7, 14), "fakhrabad", None),
        ),
        # the name's year dates the drill when nothing else does
        (
            "Russia and Tajikistan staged Rubezh 2022 at the Lyaur range.",
            date(2023, 3, 8),
            ("Rubezh-2022", date(2022, 1, 1), "lyaur", None),
        ),
    ],
)
def test_a_name_with_its_year_after_a_space_tells_a_drill_as_the_hyphenated_name_does(
    text, published, expected, gazetteer
):
    (event,) = _events(text, gazetteer, published)
    assert event.kind == "exercise"
    assert (event.name, event.start, event.site_id, event.troops) == expected


@pytest.mark.parametrize(
    "text",
    [
        # capitalised words and a year with a drill's verb, but no drill
        "Expo 2017 was held in Astana with troops guarding the site.",
        "Vision 2030 will run until the end of the decade, officials at the army said.",
        "Budget 2024 was held up in parliament for weeks.",
        "President Putin 2021 took place, the army newspaper wrote.",
        "In 2021 took place the largest troop rotation in a decade.",
        "Kazakhstan 2050 was launched in 2012 with the army's backing.",
        "Tokyo 2020 was held in 2021.",
        "In September 2021 was held a parade of troops.",
        "Euro 2020 took place in 2021.",
        # a name and a year with no drill's verb
        "Troops of Peace Mission 2021 veterans marched.",
    ],
)
def test_capitalised_words_and_a_year_without_a_drill_are_no_drill(text, gazetteer):
    assert [e.kind for e in _events(text, gazetteer)] in ([], ["deployment"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a possessive stands for "the"
        (
            "Kazakhstan's annual Steppe Eagle exercise with NATO partners got under way on "
            "August 19 at the Ili training ground.",
            "Steppe Eagle",
        ),
        ("Russia's Rubezh exercise began at Lyaur on Tuesday.", "Rubezh"),
        # the name told as what the drill is, at the head of its clause
        (
            "Steppe Eagle, Kazakhstan's annual exercise with NATO partners, got under way on "
            "August 19 at the Ili training ground.",
            "Steppe Eagle",
        ),
        ("Rubezh, the CSTO's annual exercise, began at Lyaur on 6 March.", "Rubezh"),
        # an edition before or after this one
        ("The previous Rubezh exercise was held at Lyaur on 6 March.", "Rubezh"),
        ("Troops will join the next Steppe Eagle drills at Iliysky in August.", "Steppe Eagle"),
        # "the 2019 edition of X" is X of that year
        (
            "The 2019 edition of Steppe Eagle got under way on August 19 at the Ili training "
            "ground.",
            "Steppe Eagle-2019",
        ),
    ],
)
def test_a_name_after_a_possessive_or_previous_or_as_an_apposition_is_the_drill_s(
    text, name, gazetteer
):
    (event,) = _events(text, gazetteer)
    assert event.name == name


@pytest.mark.parametrize(
    "text",
    [
        "However, the exercise, which began on Monday, ended at Lyaur on 6 March.",
        "Separately, the drills, which involved 500 troops, ended at Lyaur on 6 March.",
        "In 2021, the exercise, held at Lyaur, drew 2,000 troops.",
        "Meanwhile, the CSTO's annual exercise began at Lyaur on 6 March.",
        "General Ivanov, the exercise commander, said drills began at Lyaur on 6 March.",
        "Tajikistan, the host of the drills, said they began at Lyaur on 6 March.",
        "Russia's Central Military District exercise ended on 6 March at Donguz.",
        "Russia's Caspian Flotilla drills began in Dagestan on 6 March.",
        "Tajikistan's September exercise at Lyaur involved 2,000 troops.",
        "Moscow's Iskander drills began at Kapustin Yar on 6 March.",
        "Uzbekistan's National Guard exercise began near Termez on 6 March.",
        "Tuesday's exercise at Lyaur involved 2,000 troops.",
    ],
)
def test_who_holds_a_drill_and_what_heads_a_clause_are_not_its_name(text, gazetteer):
    assert [e.name for e in _events(text, gazetteer)] == [None]


def test_an_edition_of_a_named_drill_is_a_drill_of_its_year_and_keeps_its_count(gazetteer):
    text = (
        "Kazakhstan's annual Steppe Eagle exercise with NATO partners got under way on August "
        "19 at the Ili training ground. About 1,000 troops are taking part. The 2018 edition of "
        "Steppe Eagle drew about 1,700 troops, including 400 from the United States."
    )
    events = _events(text, gazetteer, date(2019, 8, 20))
    assert [(e.name, e.start, e.troops) for e in events] == [
        ("Steppe Eagle", date(2019, 8, 19), 1000),
        ("Steppe Eagle-2018", date(2018, 1, 1), 1700),
    ]


def test_a_named_drill_is_not_an_undated_drill_told_paragraphs_before(gazetteer):
    text = (
        "The following spring Russia and Uzbekistan held their first bilateral tactical "
        "exercise at the Forish range in Jizzakh region. It was a modest affair: about 300 "
        "troops took part. Its importance was political. Tashkent had kept its distance. "
        "Beijing has preferred low visibility. Kazakhstan, by contrast, has leaned on Western "
        "partners. Steppe Eagle, the peacekeeping drill it has run with the United States and "
        "Britain for two decades, returned in 2021 after a pandemic pause."
    )
    events = _events(text, gazetteer, date(2023, 11, 20))
    assert [(e.name, e.site_id, e.start) for e in events] == [
        (None, "forish", None),
        ("Steppe Eagle", None, date(2021, 1, 1)),
    ]
