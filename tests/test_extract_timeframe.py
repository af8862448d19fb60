"""When a drill was held, read from the time frame a whole story sets (one rule per test).

Analysis and retrospective copy dates its drills by years that modify a noun ("the 2021
drills"), by years told before a force noun ("In 2019 troops from Russia ..."), and by
phrases that lean on a date told earlier ("That October", "the following spring").
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


def _events(text: str, gazetteer, published: date = date(2023, 11, 20)):
    article = article_from_text(text, title="t", published=published)
    return extract_article(article, gazetteer)


def _when(event) -> tuple[str | None, str | None, str]:
    return (
        event.start.isoformat() if event.start else None,
        event.end.isoformat() if event.end else None,
        event.time_precision,
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "In the summer of 2019 units of the People's Liberation Army and Tajik border "
            "guards held a counter-terrorism exercise in Gorno-Badakhshan.",
            ("2019-06-01", "2019-08-31", "season"),
        ),
        (
            "In the autumn of 2019 units of the Russian and Tajik armies held an exercise at "
            "the Lyaur range.",
            ("2019-09-01", "2019-11-30", "season"),
        ),
        (
            "In August 2019 units of the Russian and Tajik armies held an exercise at the "
            "Lyaur range.",
            ("2019-08-01", "2019-08-31", "month"),
        ),
        (
            "In May 2019 servicemen of the 201st base held an exercise at the Lyaur range.",
            ("2019-05-01", "2019-05-31", "month"),
        ),
        (
            "In 2019 troops from Russia and Tajikistan held an exercise at the Lyaur range.",
            ("2019-01-01", "2019-12-31", "year"),
        ),
        (
            "In 2019 personnel from Russia and Tajikistan held an exercise at the Lyaur range.",
            ("2019-01-01", "2019-12-31", "year"),
        ),
    ],
)
def test_a_year_before_a_force_noun_keeps_the_date_in_that_year(text, when, gazetteer):
    (event,) = _events(text, gazetteer)
    assert _when(event) == when


_TERMEZ_NOW = (
    "Uzbek and Russian troops are holding joint exercises at the Termez training ground "
    "from September 4 to 9. "
)
_STEPPE_EAGLE_NOW = (
    "Kazakhstan's annual Steppe Eagle exercise got under way on August 19 at the Ili "
    "training ground. More than a thousand personnel are taking part. "
)


@pytest.mark.parametrize(
    ("text", "published", "background", "counts"),
    [
        (
            _TERMEZ_NOW + "The 2021 drills involved 200 vehicles.",
            date(2023, 9, 6),
            2021,
            (None, 200),
        ),
        (
            _TERMEZ_NOW + "Russia's 2021 drills with Uzbekistan at Termez involved about "
            "1,500 troops and 200 vehicles.",
            date(2023, 9, 6),
            2021,
            (1500, 200),
        ),
        (
            _TERMEZ_NOW + "The 2021 exercise at Termez involved about 3,000 troops.",
            date(2023, 9, 6),
            2021,
            (3000, None),
        ),
        (
            _STEPPE_EAGLE_NOW + "The 2018 edition of Steppe Eagle drew about 1,700 troops.",
            date(2019, 8, 20),
            2018,
            (1700, None),
        ),
        (
            _STEPPE_EAGLE_NOW + "The 2018 edition drew about 1,700 troops.",
            date(2019, 8, 20),
            2018,
            (1700, None),
        ),
        (
            _STEPPE_EAGLE_NOW + "The 2018 Steppe Eagle exercise involved about 1,700 troops.",
            date(2019, 8, 20),
            2018,
            (1700, None),
        ),
    ],
)
def test_a_year_that_says_which_drill_dates_that_drill_apart(
    text, published, background, counts, gazetteer
):
    now, before = _events(text, gazetteer, published)
    assert before.start == date(background, 1, 1) and before.end == date(background, 12, 31)
    assert (before.troops, before.hardware) == counts
    # the drill of the story keeps only its own counts
    assert now.start.year == published.year
    assert now.hardware is None and now.troops in (None, 1000)


def test_a_year_that_says_which_drill_joins_the_drill_of_that_year(gazetteer):
    text = _TERMEZ_NOW + "The 2023 drills involve about 200 vehicles."
    (event,) = _events(text, gazetteer, date(2023, 9, 6))
    assert (event.start, event.hardware) == (date(2023, 9, 4), 200)


_TROOPS_AT_HARB_MAIDON = (
    "about 2,500 troops from Russia, Tajikistan and Uzbekistan held an exercise at Harb-Maidon."
)


@pytest.mark.parametrize(
    ("before", "opening", "when"),
    [
        # a sentence that reports no drill dates the story all the same
        (
            "The Taliban's advance in the summer of 2021 changed everything.",
            "In early August,",
            ("2021-08-01", "2021-08-10", "month_part"),
        ),
        (
            "In 2021 the Taliban advanced across the north.",
            "In August,",
            ("2021-08-01", "2021-08-31", "month"),
        ),
        (
            "The Taliban advanced across the north in the summer of 2021.",
            "In August of that year,",
            ("2021-08-01", "2021-08-31", "month"),
        ),
        (
            "The template was fixed in the autumn of 2018.",
            "That October,",
            ("2018-10-01", "2018-10-31", "month"),
        ),
        (
            "In 2021, the Taliban advanced across the north.",
            "That August,",
            ("2021-08-01", "2021-08-31", "month"),
        ),
        # ... and so does a drill told before
        (
            "In June 2021 Russian troops held a drill at Lyaur.",
            "In August,",
            ("2021-08-01", "2021-08-31", "month"),
        ),
        (
            "In August 2021 Russian and Tajik troops held a drill at Momirak.",
            "That October,",
            ("2021-10-01", "2021-10-31", "month"),
        ),
        (
            "In October 2018 the CSTO held Rubezh-2018 at Momirak.",
            "The following spring",
            ("2019-03-01", "2019-05-31", "season"),
        ),
        # with nothing told before: the month publication gives
        ("", "In August,", ("2023-08-01", "2023-08-31", "month")),
    ],
)
def test_a_date_that_leans_on_the_one_told_before_goes_on_from_it(before, opening, when, gazetteer):
    text = f"{before} {opening} {_TROOPS_AT_HARB_MAIDON}".strip()
    harb_maidon = [e for e in _events(text, gazetteer) if e.site_id == "harb_maidon"]
    assert [_when(e) for e in harb_maidon] == [when]


def test_later_that_month_goes_on_from_a_month_read_from_the_story(gazetteer):
    text = (
        "The Taliban's advance in the summer of 2021 changed everything. In early August, "
        + _TROOPS_AT_HARB_MAIDON
        + " Later that month the Russian and Uzbek armies held an exercise at the Termez "
        "training ground with 1,500 soldiers."
    )
    harb_maidon, termez = _events(text, gazetteer)
    assert _when(harb_maidon) == ("2021-08-01", "2021-08-10", "month_part")
    assert _when(termez) == ("2021-08-01", "2021-08-31", "month")


def test_weeks_earlier_count_from_the_drill_told_before(gazetteer):
    text = (
        "In October 2023 about 1,200 servicemen held an exercise at the Lyaur range. Two weeks "
        "earlier, Uzbek and Tajik border troops had held a joint command-post exercise in "
        "Surkhandarya."
    )
    lyaur, surkhandarya = _events(text, gazetteer)
    assert _when(lyaur) == ("2023-10-01", "2023-10-31", "month")
    assert _when(surkhandarya) == ("2023-09-17", "2023-10-17", "month")


def test_forward_looking_copy_keeps_the_month_publication_gives(gazetteer):
    text = (
        "Russia and Tajikistan held joint drills at the Lyaur range in 2021. In August, "
        "about 2,500 troops from both countries will hold an exercise at Harb-Maidon."
    )
    events = _events(text, gazetteer, date(2023, 3, 1))
    (harb_maidon,) = [e for e in events if e.site_id == "harb_maidon"]
    assert _when(harb_maidon) == ("2023-08-01", "2023-08-31", "month")


def test_a_bare_month_in_a_new_paragraph_is_not_read_near_a_date_told_before(gazetteer):
    # background told at a paragraph's end does not carry the story back into its year
    text = (
        "Kyrgyz and Chinese troops last held joint drills in the summer of 2019.\n\n"
        "In February, the Border Service held a week-long exercise in Batken region."
    )
    events = _events(text, gazetteer, date(2023, 3, 8))
    assert date(2023, 2, 1) in [e.start for e in events]
    # in the same paragraph the story goes on from it
    text = (
        "The Taliban's advance in the summer of 2021 changed the routine. In early August, "
        "about 2,500 troops trained together at Harb-Maidon."
    )
    (event,) = _events(text, gazetteer, date(2023, 3, 8))
    assert event.start == date(2021, 8, 1)
