"""Drill names and editions read from whole sentences and short articles."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


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
        "Ramadan 2024 began on 11 March, and border troops were put on alert.",
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
        ("Russia's Zapad combined exercise began in Belarus on 6 March.", "Zapad"),
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
        "Bakyt Asanov, a spokesman for the exercise, said drills began at Lyaur on 6 March.",
        "Bakyt Asanov, the head of the exercise, said drills began at Lyaur on 6 March.",
        "Russia's Sergei Shoigu inspected drills at Lyaur on 6 March.",
        "Tajikistan's Emomali Rahmon visited the drills at Lyaur on 6 March.",
        "Kazakhstan's Ruslan Zhaksylykov said drills began at Otar on 6 March.",
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
        "Russia and Uzbekistan later held their first bilateral tactical "
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


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "it was held again", "two years later": another edition, dated from the one before
        (
            "Steppe Eagle, the peacekeeping drill Kazakhstan runs with the United States, "
            "returned in 2021. Two years later it was held again at the Iliysky training centre "
            "near Almaty, with about 1,000 troops.",
            date(2023, 11, 20),
            [
                ("Steppe Eagle", date(2021, 1, 1), None, None),
                (None, date(2023, 1, 1), "iliysky", 1000),
            ],
        ),
        (
            "Steppe Eagle, the peacekeeping drill Kazakhstan runs with the United States, "
            "returned in 2021. In 2023 it was held again at the Iliysky training centre near "
            "Almaty, with about 1,000 troops.",
            date(2023, 11, 20),
            [
                ("Steppe Eagle", date(2021, 1, 1), None, None),
                (None, date(2023, 1, 1), "iliysky", 1000),
            ],
        ),
        # "a larger version"; what the time is told against places nothing
        (
            "Cooperation-2019, held in August 2019 in Gorno-Badakhshan, was the first to carry "
            "a formal name. Two years later, weeks after the Taliban's return to Kabul, the two "
            "sides staged a larger version near Dushanbe with 1,200 troops.",
            date(2025, 6, 10),
            [
                ("Cooperation-2019", date(2019, 8, 1), None, None),
                (None, date(2021, 1, 1), None, 1200),
            ],
        ),
        # "the next edition"
        (
            "Steppe Eagle, the peacekeeping drill Kazakhstan runs with the United States, was "
            "held in 2021. The next edition, in 2023, was held at the Iliysky training centre "
            "near Almaty with about 1,000 troops.",
            date(2023, 11, 20),
            [
                ("Steppe Eagle", date(2021, 1, 1), None, None),
                (None, date(2023, 1, 1), "iliysky", 1000),
            ],
        ),
    ],
)
def test_a_later_edition_is_a_drill_of_its_own(text, published, expected, gazetteer):
    events = _events(text, gazetteer, published)
    assert [(e.name, e.start, e.site_id, e.troops) for e in events] == expected


def test_a_later_edition_is_placed_by_its_own_words_not_by_what_its_time_is_told_against(
    gazetteer,
):
    text = (
        "Cooperation-2019, held in August 2019 in Gorno-Badakhshan, was the first to carry a "
        "formal name. Two years later, weeks after the Taliban's return to Kabul, the two sides "
        "staged a larger version near Dushanbe with 1,200 troops."
    )
    later = _events(text, gazetteer, date(2025, 6, 10))[1]
    assert (later.place, later.host_country) == ("near Dushanbe", "TJK")


def test_a_drill_told_without_its_year_never_joins_a_drill_of_another_name(gazetteer):
    text = (
        "That October 2021 the CSTO held Interaction-2021 at Harb-Maidon with some 4,000 "
        "personnel. Steppe Eagle, the peacekeeping drill Kazakhstan has run with the United "
        "States and Britain for two decades, returned in 2021 after a pandemic pause."
    )
    events = _events(text, gazetteer, date(2023, 11, 20))
    assert [(e.name, e.participants) for e in events] == [
        ("Interaction-2021", []),
        ("Steppe Eagle", ["KAZ", "USA", "GBR"]),
    ]


def test_drills_that_go_on_in_general_lend_nothing_to_the_drill_told(gazetteer):
    text = (
        "Steppe Eagle, the peacekeeping drill Kazakhstan runs with the United States, "
        "returned in 2021. The war in Ukraine has drawn Russian units away from Central Asia "
        "but has not ended the drills."
    )
    (event,) = _events(text, gazetteer, date(2023, 11, 20))
    assert (event.participants, event.host_country) == (["KAZ", "USA"], None)


@pytest.mark.parametrize(
    "text",
    [
        "The next edition of the army newspaper will be published in May with 2,000 copies.",
        "The 2023 edition of the Military Balance put Tajikistan's army at 9,000 troops.",
        "The latest edition of the army's handbook lists 9,000 troops.",
    ],
)
def test_an_edition_of_a_book_is_no_drill(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_each_named_drill_of_a_plan_with_its_own_place_and_date_is_its_own(gazetteer):
    text = (
        "In 2024 the CSTO will hold Interaction-2024 and Search-2024 in Kazakhstan in "
        "September, Echelon-2024 in Belarus in August, Rubezh-2024 in Kyrgyzstan in May, and "
        "Indestructible Brotherhood-2024 in Tajikistan in the first half of October, the Joint "
        "Staff said."
    )
    events = _events(text, gazetteer, date(2024, 1, 25))
    # the names told together, with one place and date, are one drill's
    assert [(e.name, e.also_named, e.host_country, e.start, e.end) for e in events] == [
        ("Interaction-2024", ["Search-2024"], "KAZ", date(2024, 9, 1), date(2024, 9, 30)),
        ("Echelon-2024", [], "BLR", date(2024, 8, 1), date(2024, 8, 31)),
        ("Rubezh-2024", [], "KGZ", date(2024, 5, 1), date(2024, 5, 31)),
        (
            "Indestructible Brotherhood-2024",
            [],
            "TJK",
            date(2024, 10, 1),
            date(2024, 10, 15),
        ),
    ]
    assert all(e.alliances == ["CSTO"] for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CSTO will hold Interaction-2024 in Kazakhstan in September, Echelon-2024 in "
            "Belarus in August and Rubezh-2024 in Kyrgyzstan in May.",
            [("Interaction-2024", "KAZ"), ("Echelon-2024", "BLR"), ("Rubezh-2024", "KGZ")],
        ),
        # a place of its own is enough
        (
            "The CSTO will hold Rubezh-2023 in Kyrgyzstan, Search-2023 in Tajikistan and "
            "Echelon-2023 in Belarus.",
            [("Rubezh-2023", "KGZ"), ("Search-2023", "TJK"), ("Echelon-2023", "BLR")],
        ),
        (
            "The CSTO held Rubezh-2023 at Edelweiss on 1-3 March, Search-2023 at Momirak on "
            "6-8 March.",
            [("Rubezh-2023", "KGZ"), ("Search-2023", "TJK")],
        ),
    ],
)
def test_a_list_of_named_drills_with_places_of_their_own_is_a_list_of_drills(
    text, expected, gazetteer
):
    assert [(e.name, e.host_country) for e in _events(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names that share one place and date are one drill's
        (
            "In March the CSTO held Rubezh-2023, Search-2023 and Echelon-2023 at Edelweiss.",
            [("Rubezh-2023", ["Search-2023", "Echelon-2023"])],
        ),
        # a name told as what the drill told is: no list
        (
            "Troops arrived at Edelweiss on Monday for the main exercise, Rubezh-2023, which "
            "begins on 5 March.",
            [("Rubezh-2023", [])],
        ),
    ],
)
def test_names_sharing_a_place_and_date_or_told_as_an_apposition_are_one_drill(
    text, expected, gazetteer
):
    assert [(e.name, e.also_named) for e in _events(text, gazetteer)] == expected


def test_a_drill_held_again_days_later_after_a_pause_is_the_same_drill(gazetteer):
    text = (
        "Drills began at Lyaur on 6 March with 2,000 troops. The drills were held again on 8 "
        "March after a pause for rain."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.start, event.troops) == ("lyaur", date(2023, 3, 6), 2000)


def test_a_named_drill_of_other_forces_told_by_its_year_is_not_the_drill_before(gazetteer):
    text = (
        "In early August 2021 about 2,500 troops from Russia, Tajikistan and Uzbekistan "
        "trained together at Harb-Maidon. Kazakhstan, by contrast, has leaned on Western "
        "partners. Steppe Eagle, the peacekeeping drill it has run with the United States and "
        "Britain for two decades, returned in 2021 after a pandemic pause."
    )
    harb_maidon, steppe_eagle = _events(text, gazetteer, date(2023, 11, 20))
    assert (harb_maidon.site_id, harb_maidon.name) == ("harb_maidon", None)
    assert sorted(harb_maidon.participants) == ["RUS", "TJK", "UZB"]
    assert (steppe_eagle.name, steppe_eagle.time_precision) == ("Steppe Eagle", "year")
    # the drill's own forces, named by their year, are still the drill
    text = (
        "In early August 2021 about 2,500 Russian and Tajik troops trained together at "
        "Harb-Maidon. Russia's Southern Shield exercise with Tajikistan was held in 2021."
    )
    (event,) = _events(text, gazetteer, date(2023, 11, 20))
    assert event.site_id == "harb_maidon"
