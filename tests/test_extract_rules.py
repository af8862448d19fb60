"""Rules of the extractor on short texts written for them (one rule per test)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


def _events(text: str, gazetteer):
    article = article_from_text(text, title="t", published=date(2023, 3, 8))
    return extract_article(article, gazetteer)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Indian troops began drills near the Pakistani border on 5 March, the army said.", "IND"),
        ("Kazakh units held drills near the Chinese border on 5 March.", "KAZ"),
        # Russia has no border with Afghanistan: the Tajik side is the one in the text.
        ("Russian and Tajik troops held joint drills near the Afghan border on 5 March.", "TJK"),
    ],
)
def test_border_drill_of_a_bordering_participant_is_on_its_side(text, host, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.geo_precision == "border"
    assert event.host_country == host


@pytest.mark.parametrize(
    "text",
    [
        # Both border Afghanistan: which side is not said.
        "Uzbek and Tajik troops held joint drills near the Afghan border on 5 March.",
        # Russia does not border Afghanistan.
        "Russian troops held drills near the Afghan border on 5 March.",
    ],
)
def test_border_drill_without_one_bordering_participant_gets_no_side(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.geo_precision != "border"


@pytest.mark.parametrize(
    "speaker",
    ["the defence ministry in", "a spokesman in", "officials in", "sources in the"],
)
def test_the_seat_of_a_speaker_is_not_where_the_drill_is(speaker, gazetteer):
    text = f"Troops began drills near Termez on 5 March, {speaker} Dushanbe said."
    (event,) = _events(text, gazetteer)
    assert event.place == "near Tirmiz"  # the gazetteer's spelling of Termez
    assert event.host_country == "UZB"
    # Without a place of its own, the speaker's country is at most the host.
    text = f"Troops began drills on 5 March, {speaker} Dushanbe said."
    (event,) = _events(text, gazetteer)
    assert "Dushanbe" not in (event.place or "")
    assert event.participants == []
    assert event.host_country == "TJK"
    assert event.geo_precision == "country"


def test_a_town_named_in_the_drill_clause_is_still_its_place(gazetteer):
    (event,) = _events("Troops began drills in Dushanbe on 5 March, officials said.", gazetteer)
    assert event.place and "Dushanbe" in event.place


@pytest.mark.parametrize("force", ["border guards", "border services", "border agencies"])
def test_border_guards_are_a_force_not_a_border(gazetteer, force):
    text = f"Kyrgyz and Kazakh {force} staged a joint exercise near Balykchy on 5 March."
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["KAZ", "KGZ"]
    assert event.geo_precision != "border"


@pytest.mark.parametrize(
    "phrase", ["snap combat readiness checks", "a combat readiness inspection", "snap checks"]
)
def test_readiness_checks_are_drills(phrase, gazetteer):
    (event,) = _events(f"Tajik units began {phrase} near Kulob on 5 March.", gazetteer)
    assert event.kind == "exercise"
    assert event.start == date(2023, 3, 5)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The two-day exercise started on 1 March near Termez.", "2023-03-01", "2023-03-02"),
        ("A three-day drill that ended on 3 March at Harb-Maidon.", "2023-03-01", "2023-03-03"),
        ("Tajik troops began 10-day manoeuvres at the Lyaur range on 1 March.", "2023-03-01",
         "2023-03-10"),
        ("Week-long drills starting on 1 March near Kulob were announced.", "2023-03-01",
         "2023-03-07"),
        ("Drills ended on 4 March near Kulob after four days of live-fire training.",
         "2023-03-01", "2023-03-04"),
        ("The exercise began on 1 March near Kulob and lasted five days.", "2023-03-01",
         "2023-03-05"),
        ("Tajik troops on 3 March completed a three-day tactical exercise near Kulob.",
         "2023-03-01", "2023-03-03"),
        ("The navy began a week of exercises off Aktau on 1 March.", "2023-03-01",
         "2023-03-07"),
    ],
)  # fmt: skip
def test_a_drill_of_known_length_with_one_end_gets_the_other(text, start, end, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start.isoformat(), event.end.isoformat()) == (start, end)
    assert event.time_precision == "day"
    # The date points at the words it was read from: the length and the day.
    assert re.search(r"-day|week|days", event.date_text, re.IGNORECASE)


def test_a_drill_of_known_length_on_a_day_without_a_verb_stays_that_day(gazetteer):
    # "a two-day exercise on 1 March" does not say whether 1 March is its first day.
    (event,) = _events("Tajik troops held a two-day exercise on 1 March near Termez.", gazetteer)
    assert event.start == event.end == date(2023, 3, 1)


def test_as_part_of_an_exercise_is_not_a_context_clause(gazetteer):
    text = "Tajik paratroopers landed near Kulob on 1 March as part of the Rubezh-2023 exercise."
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and event.start == date(2023, 3, 1)


@pytest.mark.parametrize(
    "verb",
    ["practised repelling", "practiced how to repel", "rehearsed a joint response to",
     "were rehearsing the defence against"],
)  # fmt: skip
def test_practised_and_rehearsed_describe_a_drill(verb, gazetteer):
    (event,) = _events(f"Tajik units {verb} an attack near Kulob on 1 March.", gazetteer)
    assert event.kind == "exercise"


def test_practised_alone_is_not_a_drill(gazetteer):
    assert _events("The officers practised law in Dushanbe until 1 March.", gazetteer) == []


def test_a_named_exercise_dates_its_drill_to_its_year_when_nothing_else_does(gazetteer):
    text = "Troops from five CSTO countries gathered near Bishkek for Rubezh-2022."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (
        date(2022, 1, 1),
        date(2022, 12, 31),
        "year",
    )
    assert event.date_text == "Rubezh-2022"
    # A date of its own is better than the year of the name.
    (event,) = _events("Rubezh-2022 opened near Bishkek on 1 March 2022.", gazetteer)
    assert event.time_precision == "day"


def test_a_capital_that_acts_is_its_government_not_a_town(gazetteer):
    text = "Beijing and Astana held combined exercises at the Sary-Shagan test range on 1 March."
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["CHN", "KAZ"]
    assert event.geo_precision == "site"


def test_a_capital_after_a_place_word_is_a_town(gazetteer):
    text = "Exercises will take place 30 km south of Dushanbe on 1 March."
    (event,) = _events(text, gazetteer)
    assert event.participants == []
    # placed 30 km south of the town, as the text says (geodata moves the point)
    assert event.place == "30 km south of Dushanbe" and event.geo_precision == "town"


@pytest.mark.parametrize(
    "speakers", ["Kyrgyz officers said", "Kyrgyz state media reported", "Kyrgyz analysts say"]
)
def test_people_of_a_country_who_speak_about_a_drill_do_not_make_it_a_participant(
    speakers, gazetteer
):
    text = f"Tajik units held drills near Kulob on 1 March. {speakers} the drills went well."
    (event,) = _events(text, gazetteer)
    assert event.participants == ["TJK"]


def test_a_ministry_that_speaks_about_its_drill_stays_a_participant(gazetteer):
    text = "The Tajik defence ministry said 500 troops held drills near Kulob on 1 March."
    (event,) = _events(text, gazetteer)
    assert event.participants == ["TJK"]


def test_a_detail_sentence_adds_a_country_only_if_it_says_it_takes_part(gazetteer):
    first = "Tajik units held drills near Kulob on 1 March."
    (event,) = _events(f"{first} Moscow has supplied 40 new armoured vehicles to them.", gazetteer)
    assert event.participants == ["TJK"]
    (event,) = _events(f"{first} About 200 Russian soldiers also took part.", gazetteer)
    assert sorted(event.participants) == ["RUS", "TJK"]


def test_critics_in_a_capital_do_not_place_a_drill_there(gazetteer):
    text = "Critics in Bishkek say the armed forces need new equipment more than new drills."
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the 201st base held drills at Harb-Maidon on 1 March.",
        "Tanks from the 201st military base joined drills at Harb-Maidon on 1 March.",
        "On 1 March the 201st military base held drills at Harb-Maidon.",
    ],
)
def test_a_drill_is_where_the_range_is_not_where_its_troops_are_based(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.site_id == "harb_maidon"


def test_a_base_alone_is_the_drills_place(gazetteer):
    (event,) = _events("Snap checks began at the 201st military base on 1 March.", gazetteer)
    assert event.site_id == "rvb201_dushanbe"


@pytest.mark.parametrize(
    "text",
    [
        "Russia will send Su-25 jets to the Kant air base on 1 March.",
        "Tajik units are to move BMP-2 vehicles to Harb-Maidon on 1 March.",
        "Uzbekistan is sending 300 troops to Termez on 1 March.",
    ],
)
def test_an_announced_move_of_forces_is_a_deployment(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.kind == "deployment" and event.start == date(2023, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Russia will send a delegation to Dushanbe on 1 March.",
        "Tajikistan is sending humanitarian aid to Kulob on 1 March.",
    ],
)
def test_sending_people_or_goods_that_are_not_forces_is_no_deployment(text, gazetteer):
    assert [e.kind for e in _events(text, gazetteer)] != ["deployment"]


def test_a_drill_dated_only_by_a_statement_takes_its_own_date_when_given(gazetteer):
    text = (
        "Chinese and Tajik special forces have held joint exercises in Tajikistan, the "
        "committee said on Wednesday. The drills, held from 1 to 3 March near Murghob, "
        "involved about 400 personnel."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 3))
    assert sorted(event.participants) == ["CHN", "TJK"] and event.troops == 400


def test_places_further_apart_than_their_uncertainties_are_different_drills(gazetteer):
    text = (
        "Tajik units held drills in the Gorno-Badakhshan region in early March. "
        "Russian troops held live-fire drills at the Lyaur range in early March."
    )
    events = _events(text, gazetteer)
    assert [e.participants for e in events] == [["TJK"], ["RUS"]]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia is unlikely to send a contingent to the drills in Kazakhstan on 1 March.",
        "Uzbekistan declined to take part in drills near Termez on 1 March.",
        "Kyrgyzstan has no plans to hold exercises near Osh on 1 March.",
        "Kyrgyzstan calls off the CSTO drills near Osh, the ministry said on 1 March.",
        # a plan that was dropped, a part not asked for, a part denied
        "Belarus had been expected to send a company to the drills near Osh but withdrew on "
        "1 March.",
        "Kazakhstan, which had been invited to send officers to the Osh drill, declined.",
        "Kant-based Su-25 jets had not been asked to take part in the drills, he said on 1 March.",
        "Ashgabat denied that Turkmen troops were involved in the drills near Termez on 1 March.",
    ],
)
def test_a_drill_that_will_not_happen_is_no_event(text, gazetteer):
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # drills with a list of partners are many drills, no one of them
        "In 2022 alone the Uzbek army held joint exercises with Russia, China, Turkey, "
        "Pakistan and India.",
        # a meeting about a drill is no drill
        "A planning conference of the exercise was held in Astana on 1 March.",
        # a drill nobody joined
        "Kyrgyzstan and Tajikistan fought a border war in 2022, and neither side has joined a "
        "drill hosted by the other since.",
        # drills in general
        "Most bilateral drills in Central Asia involve between 500 and 1,500 troops.",
        "Such exercises usually involve about 800 troops in the spring.",
    ],
)
def test_many_drills_a_meeting_about_one_or_none_at_all_are_no_event(text, gazetteer):
    assert [e for e in _events(text, gazetteer) if e.kind == "exercise"] == []


@pytest.mark.parametrize(
    "general",
    [
        "Most bilateral drills involve between 500 and 1,500 troops.",
        "Such exercises typically involve about 1,500 troops.",
    ],
)
def test_a_count_of_drills_in_general_is_not_the_count_of_the_drill_before(general, gazetteer):
    # (not "The drills usually held in May began on Monday": one drill)
    (event,) = _events("The drills usually held in May began on Monday at Otar.", gazetteer)
    assert event.site_id == "otar"
    text = f"In March 2022 Uzbek and Kazakh troops drilled at the Otar training ground. {general}"
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.troops) == ("otar", None)
    # the same count told of the drill itself is its count
    (event,) = _events(text.replace(general, "About 1,500 troops took part."), gazetteer)
    assert event.troops == 1500


def test_a_habit_told_after_a_drill_does_not_date_it(gazetteer):
    text = (
        "Six years ago a joint Uzbek-Kazakh drill at the Otar range would have been a "
        "curiosity; today the two armies meet every year."
    )
    assert [(e.start, e.end) for e in _events(text, gazetteer)] in ([], [(None, None)])


def test_a_country_that_a_region_borders_is_no_participant(gazetteer):
    text = "Uzbek troops held drills in the Surxondaryo region bordering Afghanistan on 1 March."
    (event,) = _events(text, gazetteer)
    assert event.participants == ["UZB"]


def test_drills_being_prepared_are_in_the_future(gazetteer):
    article = article_from_text(
        "Russia and Uzbekistan are also preparing joint drills near Termez in early August, "
        "the ministry has said.",
        title="t",
        published=date(2021, 7, 28),
    )
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end) == (date(2021, 8, 1), date(2021, 8, 10))


def test_a_length_given_in_a_later_sentence_completes_a_one_ended_date(gazetteer):
    text = (
        "Joint Russian-Tajik exercises at Harb-Maidon ended on 4 March, the ministry said. "
        "About 1,000 troops took part in the four-day drills."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 4))
    assert event.date_text == "4 March … four-day drills"


def test_trained_at_a_range_is_a_drill_and_past(gazetteer):
    article = article_from_text(
        "In April, Tajik and Russian units trained at the Kharb-Maydon range.",
        title="t",
        published=date(2022, 11, 2),
    )
    (event,) = extract_article(article, gazetteer)
    assert (event.kind, event.start, event.site_id) == ("exercise", date(2022, 4, 1), "harb_maidon")


def test_trained_in_a_country_is_no_drill(gazetteer):
    assert _events("Tajik officers trained in Russia until 1 March.", gazetteer) == []


@pytest.mark.parametrize(
    "second",
    [
        # who may join, who keeps silent and who is not taking part have not joined
        "Tajik units may join the final day of the drill.",
        "The Tajik defence ministry has not commented on the drills.",
        "Tajik troops are not taking part in the drills.",
    ],
)
def test_a_country_that_may_join_or_says_nothing_is_no_participant(second, gazetteer):
    (event,) = _events(f"Russian troops began drills at Lyaur on 6 March. {second}", gazetteer)
    assert event.participants == ["RUS"] and event.site_id == "lyaur"


def test_a_stage_of_a_drill_is_held_as_a_drill_is(gazetteer):
    text = (
        "CSTO troops will hold drills in Tajikistan next week. The first stage ran from 7 to 9 "
        "March at the Harb-Maidon training ground; the second stage, at the Momirak range, "
        "begins on 13 March and will last until 17 March."
    )
    events = _events(text, gazetteer)
    # the second stage is the drill of next week; the first is a drill of its own
    assert [(e.site_id, e.start, e.end, e.alliances) for e in events] == [
        ("momirak", date(2023, 3, 13), date(2023, 3, 17), ["CSTO"]),
        ("harb_maidon", date(2023, 3, 7), date(2023, 3, 9), []),
    ]
    # nor a stage of something else, nor a stage away from forces and ranges
    assert _events("The first phase of the troop withdrawal ended on 6 March.", gazetteer) == []
    assert _events("The first stage of the new road to Osh opened on 6 March.", gazetteer) == []
    assert _events("The tender's second phase closes on 6 March.", gazetteer) == []
    # a stage named as the time of something else is no drill of its own
    text = "Units from the Bokhtar garrison drove to the range before the first live-fire stage."
    assert _events(text, gazetteer) == []


def test_a_country_that_stayed_out_of_a_drill_is_no_participant(gazetteer):
    text = "Turkmenistan did not take part in the drills near Termez on 1 March."
    assert all("TKM" not in e.participants for e in _events(text, gazetteer))


def test_a_country_that_sent_paratroopers_takes_part(gazetteer):
    text = "Tajik units held drills near Kulob on 1 March. Kazakhstan sent 300 paratroopers."
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["KAZ", "TJK"] and event.troops == 300


def test_drills_counted_in_bulk_are_no_event(gazetteer):
    text = "Central Asian armies held an unusual number of exercises in 2022 with Russia."
    assert _events(text, gazetteer) == []


def test_a_drill_that_other_forces_also_held_is_another_drill(gazetteer):
    text = (
        "Tajik troops held large drills at Harb-Maidon on 3 March. Russia's base also "
        "held drills at the Lyaur range that week, involving 700 Russian servicemen."
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.participants) for e in events] == [
        ("harb_maidon", ["TJK"]),
        ("lyaur", ["RUS"]),
    ]


# Published 2023-03-08, a Wednesday.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # One end dated, nothing gives the other: the drill is open there, not one day.
        ("Kazakh troops began drills near Almaty on Monday.", date(2023, 3, 6), None),
        ("A CSTO exercise started on 6 March at the Lyaur training ground.",
         date(2023, 3, 6), None),
        ("Russian forces kicked off exercises at the Harb-Maidon range on 6 March.",
         date(2023, 3, 6), None),
        ("Joint Uzbek drills at the Termez training ground will last until 20 March.",
         None, date(2023, 3, 20)),
        ("Russian troops are holding exercises at the Lyaur range through 21 March.",
         None, date(2023, 3, 21)),
        ("Tajikistan on Friday wrapped up exercises near the Afghan border.",
         None, date(2023, 3, 3)),
        # Both ends, or one end and a length: closed.
        ("Drills began at Lyaur on 6 March and are due to end on 10 March.",
         date(2023, 3, 6), date(2023, 3, 10)),
        ("The exercise at Lyaur ended on 6 March after five days.",
         date(2023, 3, 2), date(2023, 3, 6)),
        ("Kazakh troops will begin drills near Almaty on 6 March for two weeks.",
         date(2023, 3, 6), date(2023, 3, 19)),
        # "went through" is no end: one day, closed.
        ("Tajik troops went through drills at Lyaur on 6 March.", date(2023, 3, 6),
         date(2023, 3, 6)),
    ],
)  # fmt: skip
def test_a_drill_dated_at_one_end_is_open_at_the_other(text, start, end, gazetteer):
    (event,) = [e for e in _events(text, gazetteer) if e.kind == "exercise"] or _events(
        text, gazetteer
    )
    assert (event.start, event.end) == (start, end)
    assert event.open_end == ("end" if end is None else "start" if start is None else "")
    assert event.time_precision == "day"


# Published 2023-03-08, a Wednesday.
@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # a loose end closes the drill at its own precision
        ("Kazakh drills at the Otar range started on 3 March and will continue until the "
         "end of March.", date(2023, 3, 3), date(2023, 3, 31), "month_part"),
        ("Russian troops began an exercise on Monday at the Lyaur range. The exercise is "
         "due to be completed by the end of the week.", date(2023, 3, 6), date(2023, 3, 12),
         "week"),
        # the end alone: open at the start
        ("Kazakh drills at the Otar range will continue until the end of March.",
         None, date(2023, 3, 31), "month_part"),
        # held then, not ending then: the whole stretch
        ("Kazakh troops will hold drills at the Otar range at the end of March.",
         date(2023, 3, 21), date(2023, 3, 31), "month_part"),
    ],
)  # fmt: skip
def test_a_loose_end_of_a_drill_closes_it_at_that_precision(text, start, end, precision, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (start, end, precision)


def test_the_other_end_in_a_later_sentence_closes_an_open_drill(gazetteer):
    text = (
        "Russian and Tajik troops began exercises at the Harb-Maidon range on Monday. "
        "The drills will run until 17 March, the ministry said."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 17))


@pytest.mark.parametrize(
    ("text", "host", "site", "participants"),
    [
        ("A column of Uzbek troops arrived in Tajikistan on Sunday, the ministry said, "
         "ahead of drills due to begin on Thursday.", "TJK", None, ["UZB"]),
        ("Russian troops arrived at the Harb-Maidon range on Sunday for exercises that "
         "begin on Thursday.", "TJK", "harb_maidon", ["RUS"]),
        ("Kazakh units moved to Almaty on Sunday in the run-up to exercises set to start "
         "on Thursday.", "KAZ", None, ["KAZ"]),
    ],
)  # fmt: skip
def test_a_dated_drill_that_forces_arrive_ahead_of_is_its_own_event(
    text, host, site, participants, gazetteer
):
    events = _events(text, gazetteer)
    (move,) = [e for e in events if e.kind == "deployment"]
    (drill,) = [e for e in events if e.kind == "exercise"]
    assert move.start == move.end == date(2023, 3, 5)  # Sunday, not the drill's day
    # "begin on Thursday" after a Wednesday publication is the next day, and open-ended.
    assert (drill.start, drill.end) == (date(2023, 3, 9), None)
    assert drill.host_country == host
    assert drill.site_id == site
    assert drill.participants == participants


@pytest.mark.parametrize(
    "text",
    [
        # Undated, or looking back: no event of its own.
        "A column of Uzbek troops arrived in Tajikistan on Sunday ahead of joint drills.",
        "A column of Uzbek troops arrived in Tajikistan on Sunday, days after the drills.",
    ],
)
def test_an_undated_or_past_drill_referred_to_is_not_an_event(text, gazetteer):
    assert [e.kind for e in _events(text, gazetteer)] == ["deployment"]


def test_a_deployment_done_by_publication_ends_then_and_is_open_at_its_start(gazetteer):
    text = "Russia has also moved Su-25 jets to Tajikistan, news agencies reported."
    (event,) = _events(text, gazetteer)
    assert event.kind == "deployment"
    assert (event.start, event.end) == (None, date(2023, 3, 8))  # the published day
    assert event.date_text == "has also moved"


@pytest.mark.parametrize(
    "text",
    [
        # A habit is no dated move; a date in the text dates the move instead.
        "Russia has deployed troops to Tajikistan since 2004, the ministry said.",
        "Russia has regularly sent jets to Tajikistan, the ministry said.",
    ],
)
def test_a_habitual_deployment_is_not_dated_by_publication(text, gazetteer):
    events = _events(text, gazetteer)
    assert all(e.end != date(2023, 3, 8) for e in events), events


@pytest.mark.parametrize(
    ("text", "host", "participants"),
    [
        # Where forces moved from is neither host nor participant.
        ("Russia moved Su-25 jets from its Kant air base in Kyrgyzstan to Tajikistan on "
         "Monday.", "TJK", ["RUS"]),
        ("Russia moved Su-25 jets from Kyrgyzstan to Tajikistan on Monday.", "TJK", ["RUS"]),
        # A demonym naming where is the host, not a participant.
        ("Kazakh helicopters flew to the Kyrgyz air field at Kant on 6 March for the drills.",
         "KGZ", ["KAZ"]),
        ("Kazakh troops held drills on Kyrgyz territory near Kant on 6 March.", "KGZ", ["KAZ"]),
    ],
)  # fmt: skip
def test_a_country_named_for_where_forces_are_or_came_from_takes_no_part(
    text, host, participants, gazetteer
):
    (event,) = _events(text, gazetteer)
    assert event.host_country == host
    assert event.participants == participants


def test_troops_from_countries_are_participants(gazetteer):
    text = "About 1,500 troops from Russia and Kyrgyzstan held drills at Edelweiss on Monday."
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["KGZ", "RUS"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # A date heading its clause is dated by the clause's first verb.
        ("On Monday, Russian troops began drills at the Lyaur range.", date(2023, 3, 6), None),
        ("On 6 March, Dushanbe and Bishkek wrapped up exercises at the Edelweiss range.",
         None, date(2023, 3, 6)),
        # ... but not by a verb of a relative clause.
        ("On Monday, Russian troops held drills at Lyaur that ended without incident.",
         date(2023, 3, 6), date(2023, 3, 6)),
        # A long stretch between the verb and the date, and a length: the whole drill.
        ("Some 700 Kyrgyz and Russian servicemen completed a week of joint mountain "
         "exercises at the Edelweiss training ground in the Issyk-Kul region on Thursday.",
         date(2023, 2, 24), date(2023, 3, 2)),
    ],
)  # fmt: skip
def test_the_verb_of_its_clause_tells_which_end_a_day_dates(text, start, end, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (start, end)


def test_two_capitals_joined_by_and_are_one_subject(gazetteer):
    text = "On 6 March, Dushanbe and Bishkek held exercises at the Edelweiss range."
    (event,) = _events(text, gazetteer)
    assert event.start == event.end == date(2023, 3, 6)
    assert sorted(event.participants) == ["KGZ", "TJK"]


@pytest.mark.parametrize(
    ("second", "start", "end"),
    [
        ("On the same day, Tajik troops began drills at the Lyaur range.", date(2023, 3, 6), None),
        ("Tajik troops held drills at the Lyaur range the next day.", date(2023, 3, 7),
         date(2023, 3, 7)),
        ("A day earlier, Tajik troops held drills at the Lyaur range.", date(2023, 3, 5),
         date(2023, 3, 5)),
    ],
)  # fmt: skip
def test_a_day_named_by_the_day_before_it_is_that_day(second, start, end, gazetteer):
    text = f"Kyrgyz troops held drills at the Edelweiss range on 6 March. {second}"
    lyaur = next(e for e in _events(text, gazetteer) if e.site_id == "lyaur")
    assert (lyaur.start, lyaur.end) == (start, end)


def test_the_day_of_something_else_is_no_reference(gazetteer):
    text = (
        "Kyrgyz troops held drills at the Edelweiss range on 6 March. "
        "Tajik troops will train at the Lyaur range the day after the parade."
    )
    lyaur = next(e for e in _events(text, gazetteer) if e.site_id == "lyaur")
    assert lyaur.start != date(2023, 3, 7)


def test_drills_at_the_same_range_are_another_drill_there(gazetteer):
    text = (
        "Kyrgyz and Russian troops held drills at the Edelweiss range in early March. "
        "Kazakh troops held exercises at the same range in March, the ministry said."
    )
    first, second = _events(text, gazetteer)
    assert first.site_id == second.site_id == "edelweiss"
    assert second.participants == ["KAZ"]
    assert "KAZ" not in first.participants


def test_a_base_is_where_forces_come_from_or_are_kept(gazetteer):
    text = (
        "Russian troops practised escorting convoys at the Harb-Maidon range on 6 March, "
        "with Mi-8 helicopters from the Russian air base at Kant."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "harb_maidon"
    text = "Units of the 201st base in Dushanbe trained at the Lyaur range on 6 March."
    (event,) = _events(text, gazetteer)
    assert event.site_id == "lyaur"
    assert "TJK" not in event.participants


def test_a_region_that_borders_countries_is_where_the_drill_is_not_them(gazetteer):
    text = (
        "Chinese and Tajik troops held drills on 6 March in the Gorno-Badakhshan region, "
        "which borders both China and Afghanistan."
    )
    (event,) = _events(text, gazetteer)
    assert event.host_country == "TJK"
    assert sorted(event.participants) == ["CHN", "TJK"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A habit, dated at most by a year: no one drill.
        ("Kazakhstan's navy, founded in 2003, has held annual drills with Russian ships "
         "since 2016.", []),
        ("Tajik and Russian troops regularly train at the Lyaur range.", []),
        # A dated drill of a habit is one drill.
        ("The annual Kazakh-Russian naval drills will be held near Aktau on 6 March.",
         ["exercise"]),
        ("Russia held its largest drills since 2016 at the Donguz range on 6 March.",
         ["exercise"]),
    ],
)  # fmt: skip
def test_a_habit_is_no_drill_unless_a_clause_dates_one(text, kinds, gazetteer):
    assert [e.kind for e in _events(text, gazetteer)] == kinds


def test_drills_with_other_names_are_other_drills_and_a_whole_is_no_other_name(gazetteer):
    text = (
        'The "Interaction-2023" exercise ended at the Harbmaidon range on 6 March. '
        "About 4,000 troops from Russia and Tajikistan took part in the exercise, which "
        'began on 1 March as part of the combined "Combat Brotherhood-2023" drills. '
        'The "Search-2023" reconnaissance drills were held at the Momirak range from '
        "2 to 6 March."
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start, e.end) for e in events] == [
        ("harb_maidon", date(2023, 3, 1), date(2023, 3, 6)),
        ("momirak", date(2023, 3, 2), date(2023, 3, 6)),
    ]


def test_a_drill_in_the_same_period_takes_the_dates_before_it(gazetteer):
    text = (
        'The "Search-2023" drills were held at the Momirak range from 2 to 6 March, and '
        'the "Echelon-2023" logistics exercise took place in the same period at the '
        "Lyaur range."
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start, e.end) for e in events] == [
        ("momirak", date(2023, 3, 2), date(2023, 3, 6)),
        ("lyaur", date(2023, 3, 2), date(2023, 3, 6)),
    ]


def test_the_results_of_drills_do_not_make_a_visit_a_drill(gazetteer):
    text = "The CSTO chief will visit Dushanbe next week to discuss the results of the exercises."
    assert [e.kind for e in _events(text, gazetteer)] == ["other"]


def test_a_month_without_a_year_is_in_the_year_of_the_exercise_name(gazetteer):
    # Published 2023-03-08: "in September" alone would be September 2022.
    text = (
        'The "Rubezh-2021" drills were held at the Edelweiss range in September, and '
        'the "Echelon-2021" exercise took place in the same period at the Lyaur range.'
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start, e.end) for e in events] == [
        ("edelweiss", date(2021, 9, 1), date(2021, 9, 30)),
        ("lyaur", date(2021, 9, 1), date(2021, 9, 30)),
    ]


def test_forces_sent_for_a_dated_drill_give_the_drill_its_own_event(gazetteer):
    text = (
        "Russia will send about 1,500 servicemen to Kyrgyzstan for the CSTO "
        '"Interaction-2023" exercise, which will be held Oct. 2-6 at the Edelweiss range.'
    )
    drills = [e for e in _events(text, gazetteer) if e.kind == "exercise"]
    assert [(e.start, e.end, e.site_id) for e in drills] == [
        (date(2023, 10, 2), date(2023, 10, 6), "edelweiss")
    ]
    assert drills[0].participants == ["RUS"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Kazakh troops will hold drills near Almaty from Monday, the ministry said.",
         date(2023, 3, 13)),
        ("Kazakh troops will hold drills near Almaty beginning 13 March.", date(2023, 3, 13)),
        ("Kazakh troops have been holding drills near Almaty since Monday.",
         date(2023, 3, 6)),
    ],
)  # fmt: skip
def test_a_drill_from_a_day_with_no_end_is_open_at_its_end(text, start, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (start, None)


def test_places_each_with_a_date_of_its_own_are_drills_of_their_own(gazetteer):
    text = (
        "Russian troops will hold drills at Harb-Maidon in late September and at the "
        "Edelweiss range from 2 to 6 September."
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start, e.end, e.participants) for e in events] == [
        ("harb_maidon", date(2023, 9, 21), date(2023, 9, 30), ["RUS"]),
        ("edelweiss", date(2023, 9, 2), date(2023, 9, 6), ["RUS"]),
    ]
    # the date before its place
    text = "Russian troops will hold drills on 20 March at Harb-Maidon and on 22 March at Lyaur."
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start, e.participants) for e in events] == [
        ("harb_maidon", date(2023, 3, 20), ["RUS"]),
        ("lyaur", date(2023, 3, 22), ["RUS"]),
    ]
    # A second place without a date of its own is where the same drill is.
    text = "Russian troops held drills from 1 to 6 March at Harb-Maidon and in Khatlon."
    assert len(_events(text, gazetteer)) == 1
    # and two days at one place are one drill
    text = "Russian troops held drills on 1 March and on 3 March at Harb-Maidon."
    assert len(_events(text, gazetteer)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of its own after ", and": a subject in lower case and its verb
        (
            "Kazakh air defence units will fire missiles at the Sary-Shagan range on 10 March, "
            "and a combined exercise of ground forces is due at the Otar training ground on "
            "20 March.",
            [("sary_shagan", date(2023, 3, 10)), ("otar", date(2023, 3, 20))],
        ),
        # two names joined by "and" and their verb; the date that opens the sentence
        # dates both clauses
        (
            "In February, Russian and Tajik forces held a drill at Harb-Maidon, and Russian and "
            "Uzbek troops exercised separately at the Termez range.",
            [("harb_maidon", date(2023, 2, 1)), ("termez_training_ground", date(2023, 2, 1))],
        ),
        (
            "Earlier this year, Tajik and Kyrgyz troops held drills at Lyaur, and the two "
            "armies have agreed to hold border drills next spring.",
            [("lyaur", date(2023, 1, 1)), (None, date(2024, 3, 1))],
        ),
    ],
)
def test_clauses_joined_by_and_with_drills_of_their_own_are_two_drills(text, expected, gazetteer):
    assert [(e.site_id, e.start) for e in _events(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date before the subject of the second clause; its count stays in it
        (
            "In August 2021 Russian and Tajik troops drilled together at Harb-Maidon, and in "
            "October 2021 the CSTO staged three exercises in Tajikistan, the largest of which "
            "involved some 5,000 servicemen.",
            [
                (date(2021, 8, 1), ["RUS", "TJK"], [], None),
                (date(2021, 10, 1), [], ["CSTO"], 5000),
            ],
        ),
        # past an aside; "the two armies" are the forces just named
        (
            "Kazakhstan and Uzbekistan held drills in September 2022, and Uzbekistan and "
            "Tajikistan, whose armies barely spoke a decade ago, held an exercise in 2021.",
            [
                (date(2022, 9, 1), ["KAZ", "UZB"], [], None),
                (date(2021, 1, 1), ["UZB", "TJK"], [], None),
            ],
        ),
        (
            "In October 2016 some 10,000 Chinese and Tajik troops drilled in Gorno-Badakhshan, "
            "and the two armies trained together again in the summer of 2019.",
            [
                (date(2016, 10, 1), ["CHN", "TJK"], [], 10000),
                (date(2019, 6, 1), ["CHN", "TJK"], [], None),
            ],
        ),
    ],
)
def test_a_second_clause_after_and_keeps_its_own_date_forces_and_count(text, expected, gazetteer):
    events = _events(text, gazetteer)
    assert [(e.start, e.participants, e.alliances, e.troops) for e in events] == expected


def test_two_named_ranges_are_two_drills_however_wide_their_uncertainty(gazetteer):
    # Matybulak is placed within 280 km, Sary-Shagan within 100: far apart as they are,
    # the radii overlap; the names still tell two drills
    text = (
        "From 2 to 6 March, Kazakh airmobile units drilled at the Matybulak training ground. "
        "On 4-5 March, S-300 crews carried out live firing at the Sary-Shagan range."
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start, e.end) for e in events] == [
        ("matybulak", date(2023, 3, 2), date(2023, 3, 6)),
        ("sary_shagan", date(2023, 3, 4), date(2023, 3, 5)),
    ]
    # one name may hold both ranges
    text = (
        "The Rubezh-2023 drills ran from 2 to 6 March at the Matybulak training ground. "
        "On 4-5 March, Rubezh-2023 crews carried out live firing at the Sary-Shagan range."
    )
    assert len(_events(text, gazetteer)) == 1


def test_the_next_exercise_is_another_drill(gazetteer):
    text = (
        "Kyrgyz and Russian units held a drill in Kyrgyzstan on 6 March. "
        "The next joint exercise is planned at the Ala-Too training ground in the spring."
    )
    events = _events(text, gazetteer)
    assert [(e.site_id, e.start) for e in events] == [
        (None, date(2023, 3, 6)),
        ("ala_too", date(2023, 3, 1)),
    ]


def test_aircraft_of_an_air_base_come_from_it(gazetteer):
    text = (
        "Su-25 attack aircraft of the Kant air base are taking part in an exercise at the "
        "Edelweiss training ground on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "edelweiss"


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        # forces named by a base another country holds are that country's
        ("Units of the 201st military base held drills at Lyaur on 6 March.", ["RUS"]),
        ("The 201st base held drills at Lyaur on 6 March.", ["RUS"]),
        ("Su-25 jets from the Kant air base joined Kyrgyz drills at Edelweiss on 6 March.",
         ["KGZ", "RUS"]),
        # a drill at such a base may be its host's own
        ("Kyrgyz troops held drills at the Kant air base on 6 March.", ["KGZ"]),
        # observers named in the long form watch
        ("Uzbek and Russian troops drilled at Termez on 6 March. Observers from the Republic "
         "of Kazakhstan, the Kyrgyz Republic and the Republic of Tajikistan attended.",
         ["UZB", "RUS"]),
    ],
)  # fmt: skip
def test_forces_of_a_base_and_observers_in_the_long_form(text, participants, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.participants == participants


def test_a_sentence_of_a_drill_that_is_none_adds_nothing_to_the_drill_before(gazetteer):
    text = (
        "Uzbek and Tajik troops held an exercise in the Surkhandarya region in 2022. "
        "Kyrgyzstan and Tajikistan fought a border war in September 2022, and neither side "
        "has joined a drill hosted by the other since."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.participants) == (
        date(2022, 1, 1),
        date(2022, 12, 31),
        ["UZB", "TJK"],
    )


def test_who_watched_a_stage_watched_the_drill_told_before(gazetteer):
    text = (
        "Russian and Tajik troops held drills at Harb-Maidon on 6 March. Military attaches "
        "accredited in Dushanbe, including those of China and Kazakhstan, observed the final "
        "stage."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.participants) == ("harb_maidon", ["RUS", "TJK"])


def test_forces_kept_somewhere_under_an_agreement_are_no_event(gazetteer):
    text = (
        "The 201st Russian military base is deployed in Tajikistan on the basis of an "
        "agreement extended until 2042."
    )
    assert _events(text, gazetteer) == []


def test_names_joined_by_and_after_of_are_one_phrase_not_a_new_subject(gazetteer):
    text = "On 6 March, the joint exercise of Uzbekistan and Russia began at the Termez range."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.participants) == (date(2023, 3, 6), None, ["UZB", "RUS"])


@pytest.mark.parametrize(
    ("text", "troops"),
    [
        ("Around 150 servicemen of the Kyrgyz National Guard and about 150 personnel of the "
         "Chinese People's Armed Police drilled at Balykchy on 6 March.", 300),
        ("About 1,000 troops from Russia and 500 troops from Tajikistan drilled at Lyaur on "
         "6 March.", 1500),
        # a part of the whole is not added to it
        ("About 1,000 troops drilled at Lyaur on 6 March, including 500 from Tajikistan.", 1000),
    ],
)  # fmt: skip
def test_the_counts_of_forces_told_one_by_one_add_up(text, troops, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.troops == troops


def test_a_context_clause_that_opens_a_sentence_places_nothing(gazetteer):
    text = (
        "As the Taliban swept through northern Afghanistan, Russian and Tajik troops held "
        "drills at Lyaur on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.host_country, event.participants) == (
        "lyaur",
        "TJK",
        ["RUS", "TJK"],
    )
    # nor makes a drill of its own where the drill is elsewhere
    text = "As the Taliban swept through northern Afghanistan, Russian troops held drills."
    assert all(e.host_country != "AFG" for e in _events(text, gazetteer))


def test_a_bound_of_the_time_is_not_the_time(gazetteer):
    text = "The bloc's last large exercise in Tajikistan before this year took place in 2019."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2019, 1, 1), date(2019, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Tajik troops drilled at Lyaur on 6 March. Turkmenistan sends neither "
        "troops nor observers.",
        "Russian and Tajik troops drilled at Lyaur on 6 March with drones bought from "
        "Turkmenistan.",
    ],
)
def test_who_sends_neither_troops_nor_observers_or_sold_the_kit_takes_no_part(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "TJK"]


def test_a_country_that_kept_its_distance_is_no_participant(gazetteer):
    text = (
        "Russian and Uzbek troops held drills at Termez on 6 March. Turkmenistan has kept its "
        "distance; its ministry denied that Turkmen troops were involved."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "UZB"]


def test_every_event_of_an_article_has_its_own_id(gazetteer):
    from pathlib import Path

    from dashboard.corpus import load_corpus

    root = Path(__file__).resolve().parent.parent
    corpus = load_corpus([root / "seeds", root / "tests/data/articles"])
    for article in corpus.articles:
        ids = [e.id for e in extract_article(article, gazetteer)]
        assert len(ids) == len(set(ids)), article.path


def test_a_dateline_with_a_one_letter_agency_names_no_place(gazetteer):
    text = "KHUJAND, March 8 (X) - Tajik troops will hold drills in the Sughd region on 20 March."
    (event,) = _events(text, gazetteer)
    assert event.place == "Sughd Region"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no new date: the drill is not on the map
        ("Kazakhstan and Uzbekistan have postponed joint drills planned for May at Matybulak.", []),
        ("The drills at Matybulak, due in April, were put off, officials said.", []),
        (
            "Drills at Matybulak that would have involved 900 troops will be held at a later date.",
            [],
        ),
        # a new date: the drill is kept, at that date
        (
            "Kazakhstan has postponed its drills at Matybulak until 5-9 October.",
            [(date(2023, 10, 5), date(2023, 10, 9))],
        ),
        # a delay that is over
        (
            "The drills at Matybulak were delayed by two days and began on Monday.",
            [(date(2023, 3, 6), None)],
        ),
    ],
)
def test_a_postponed_drill_is_an_event_only_at_its_new_date(text, expected, gazetteer):
    assert [(e.start, e.end) for e in _events(text, gazetteer)] == expected


def test_a_drill_in_place_of_a_postponed_one_is_another_with_its_own_forces(gazetteer):
    text = (
        "Kazakhstan and Uzbekistan have postponed joint drills at Matybulak. "
        "The drills, which would have involved about 1,000 troops from each side, will be "
        "held at a later date. Instead, Kazakh troops will hold a smaller exercise at "
        "Matybulak on 10-14 April, involving about 600 servicemen."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.troops, event.participants) == (date(2023, 4, 10), 600, ["KAZ"])


def test_live_firing_is_a_drill(gazetteer):
    text = "Kazakh air defence units will conduct live firing at the Sary-Shagan range on 12 March."
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.site_id) == (
        "exercise",
        date(2023, 3, 12),
        "sary_shagan",
    )


def test_a_drill_under_way_runs_until_a_day_after_publication(gazetteer):
    (event,) = _events("The exercise began on Monday and runs until 17 March.", gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 17))


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyz jets joined the drills at the invitation of Astana.",
        "Kyrgyz jets joined the drills at the request of Astana.",
    ],
)
def test_a_capital_that_invites_is_its_government_not_a_place(text, gazetteer):
    lead = "Kazakh forces began drills at the Sary-Shagan range on Monday. "
    (event,) = _events(lead + text, gazetteer)
    assert event.site_id == "sary_shagan"
    assert "KGZ" in event.participants


def test_a_country_a_region_borders_takes_no_part(gazetteer):
    text = (
        "The Orenburg region borders Kazakhstan, and the Donguz range hosted drills on "
        "3 March attended by troops from China and India."
    )
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["CHN", "IND"]


@pytest.mark.parametrize(
    "text",
    [
        "Defence ministers agreed on the drills at talks in Astana in April.",
        "The joint exercise was discussed at a meeting in Astana in April.",
        "Officials in Astana discussed plans for the joint drills in April.",
        '"Our soldiers will use these vehicles on exercises," the minister said in April.',
    ],
)
def test_talk_about_drills_reports_no_drill(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_a_visit_to_discuss_a_drill_is_a_visit(gazetteer):
    text = (
        "The Kazakh defence minister discussed the joint drill during a visit to Dushanbe in April."
    )
    (event,) = _events(text, gazetteer)
    assert event.kind == "other"


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Military attaches from China and Iran will observe the drills.", ["TJK"]),
        ("Chinese military attaches have been invited to observe the drills.", ["TJK"]),
        ("Officers from Iran and China watched the drills as observers.", ["TJK"]),
        ("Uzbek troops took part as observers.", ["TJK"]),
        (
            "Iranian officers will watch the drills, and Uzbek troops will take part.",
            ["TJK", "UZB"],
        ),
        # sent as observers, invited to send them, attending as them; staying out
        ("Pakistan sent observers.", ["TJK"]),
        ("Iran and China were invited to send observers to the drill but did not do so.", ["TJK"]),
        ("Officials of the Republic of Uzbekistan are attending the drills as observers.", ["TJK"]),
        ("Armenia, which froze its part in the bloc, sent nobody.", ["TJK"]),
        ("Armenia boycotted the drill.", ["TJK"]),
        (
            "Iran, which joined the bloc at a summit on 1 March, was expected to send observers.",
            ["TJK"],
        ),
        (
            "The attaches of foreign states, among them officers of the Republic of Uzbekistan and "
            "the Kyrgyz Republic, were present at the final stage in the quality of observers.",
            ["TJK"],
        ),
        ("Uzbekistan sent a battalion.", ["TJK", "UZB"]),
        ("Uzbekistan sent a company of troops.", ["TJK", "UZB"]),
    ],
)
def test_observers_take_no_part(text, participants, gazetteer):
    lead = "Tajik troops will hold drills near Khorog on 20-24 March. "
    (event,) = _events(lead + text, gazetteer)
    assert sorted(event.participants) == participants


def test_a_drill_watched_by_observers_keeps_its_forces(gazetteer):
    text = (
        "Tajik and Chinese troops will hold drills near Khorog on 20-24 March, "
        "with Iranian officers as observers."
    )
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["CHN", "TJK"]


def test_troops_from_countries_in_a_detail_sentence_take_part(gazetteer):
    text = (
        "The CSTO will hold an exercise from 20 to 24 March at the Matybulak range. "
        "Nearly 2,500 servicemen from Russia, Belarus and Kyrgyzstan are expected."
    )
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["BLR", "KGZ", "RUS"]
    assert event.troops == 2500


def test_a_clause_with_nothing_to_place_it_shares_the_clause_before(gazetteer):
    text = (
        "Chinese and Indian contingents arrived at Chebarkul over the weekend, "
        "while Pakistani and Kazakh units were flown in."
    )
    (event,) = _events(text, gazetteer)
    assert event.kind == "deployment"
    assert sorted(event.participants) == ["CHN", "IND", "KAZ", "PAK"]


@pytest.mark.parametrize(
    "second",
    [
        "More than 200 people were killed in the unrest in January.",
        "Its rapid reaction force numbers about 18,000 troops.",
        "The base, which has some 7,000 troops, is Russia's largest abroad.",
    ],
)
def test_casualties_and_standing_forces_are_no_drill_counts(second, gazetteer):
    text = "Kazakh troops held drills at the Matybulak range on 6 March. " + second
    (event,) = _events(text, gazetteer)
    assert event.troops is None


def test_the_bloc_names_the_alliance_that_organises(gazetteer):
    text = (
        "The CSTO met in Moscow on Monday. Officials said the bloc would hold drills "
        "at the Matybulak range on 20-24 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.alliances == ["CSTO"]


def test_a_day_while_a_drill_runs_is_that_drill(gazetteer):
    text = (
        "Russian and Tajik troops began the Interaction-2023 exercise at the Harb-Maidon "
        "range on 1 March. On 4 March, Belarusian military police joined the exercise. "
        "Interaction-2023 ended on 7 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 7))
    assert sorted(event.participants) == ["BLR", "RUS", "TJK"]


def test_a_day_inside_a_dated_drill_does_not_narrow_it(gazetteer):
    text = (
        "Tajik troops will hold drills at the Momirak range from 6 to 9 March. "
        "On 8 March, Belarusian police will join the drills."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 9))


def test_their_own_drills_are_another_drill(gazetteer):
    text = (
        "Russian units began drills at the Lyaur range on 1 March. Helicopter crews will "
        "hold their own drills at the Ayni air base from 6 to 10 March."
    )
    assert [e.site_id for e in _events(text, gazetteer)] == ["lyaur", "ayni_airbase"]


def test_a_drill_first_told_after_a_return_is_an_event(gazetteer):
    text = (
        "Russian units returned to their barracks on Monday after a field exercise at the "
        "Lyaur range that began on 20 February, the base said."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.site_id) == (date(2023, 2, 20), None, "lyaur")
    assert event.participants == ["RUS"]
    # "after the exercise" looks back at a drill already told: no event of its own
    assert _events("Units returned to base on Monday after the exercise.", gazetteer) == []


def test_moving_to_a_phase_of_a_drill_is_no_deployment(gazetteer):
    text = (
        "Russian and Tajik troops have moved to the active phase of a joint exercise at "
        "the Harb-Maidon range. The exercise began on 1 March and will last until 10 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.end) == ("exercise", date(2023, 3, 1), date(2023, 3, 10))


def test_the_enemy_of_a_scenario_takes_no_part(gazetteer):
    text = (
        "Russian and Uzbek troops rehearsed how to repel an armed incursion from "
        "Afghanistan at the Termez training ground on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["RUS", "UZB"]


def test_an_agreement_is_a_military_act_only_about_the_military(gazetteer):
    text = "Kyrgyzstan and China signed an agreement on 6 March to fund a railway study."
    assert _events(text, gazetteer) == []
    text = "Kyrgyzstan and China signed a military cooperation agreement on 6 March."
    assert [e.kind for e in _events(text, gazetteer)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Chinese and Tajik troops practised together in the Gorno-Badakhshan region.",
        "In 2019, Tajik special forces practised hostage rescue near Khorog.",
    ],
)
def test_troops_that_practise_hold_a_drill(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start) == ("exercise", date(2019, 1, 1))


def test_a_month_of_that_year_is_in_the_year_told_before(gazetteer):
    text = (
        "In August 2021, Russian and Tajik troops trained at the Harb-Maidon range. "
        "In October of that year the CSTO held an exercise at the Momirak range."
    )
    dates = [(e.site_id, e.start) for e in _events(text, gazetteer)]
    assert ("momirak", date(2021, 10, 1)) in dates


def test_scouts_are_troops_and_their_sentence_adds_its_length(gazetteer):
    text = (
        "Tajik reconnaissance units will start a drill at the Momirak range on 9 March. "
        "It involves around 400 scouts and runs for three days."
    )
    (event,) = _events(text, gazetteer)
    assert (event.troops, event.start, event.end) == (400, date(2023, 3, 9), date(2023, 3, 11))


@pytest.mark.parametrize(
    ("text", "troops"),
    [
        ("Indian and Kyrgyz special forces began drills near Osh on 6 March, with about "
         "20 soldiers from each side.", 40),
        ("Russia, Tajikistan and Uzbekistan held drills near Termez on 6 March with 500 "
         "troops from each of the three armies.", 1500),
        # one side known: the count as written
        ("Tajik troops held drills near Khorog on 6 March, with 300 troops from each side.", 300),
        # a count of two nouns
        ("Russian and Kazakh navies began a joint exercise off Aktau on 6 March. About 400 "
         "sailors and marines from each side are taking part.", 800),
        ("Russian and Tajik troops began a joint exercise at Lyaur on 6 March. About 400 "
         "soldiers and officers from each country are taking part.", 800),
        # each side as the subject
        ("Indian and Kyrgyz special forces began drills near Osh on 6 March. Each side has "
         "fielded about 150 personnel.", 300),
        ("Russia, Tajikistan and Uzbekistan held drills near Termez on 6 March. Each of the "
         "three armies sent 500 troops.", 1500),
    ],
)  # fmt: skip
def test_a_count_from_each_side_counts_every_side(text, troops, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.troops == troops


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # "armed" is no verb: one clause, open at its start
        ("A joint exercise of the Uzbek and Russian armed forces ended on 3 March at the "
         "Termez training ground.", None, date(2023, 3, 3)),
        # "that Kazakhstan and Uzbekistan": one subject, and the drill runs from Monday
        ("The joint drills that Kazakhstan and Uzbekistan have been running since Monday "
         "at Matybulak are small.", date(2023, 3, 6), None),
    ],
)  # fmt: skip
def test_a_compound_subject_keeps_the_clause_whole(text, start, end, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (start, end)


def test_troops_that_drilled_together_held_a_drill(gazetteer):
    text = "In February, Uzbek and Russian troops drilled together at the Termez range."
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.site_id) == ("exercise", "termez_training_ground")


def test_a_country_a_drill_is_compared_with_takes_no_part(gazetteer):
    text = (
        "Kazakh and Uzbek troops began drills at Matybulak on Monday. The exercise is small "
        "by the standards of Russian or Chinese war games."
    )
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["KAZ", "UZB"]


def test_a_drill_told_only_in_an_as_clause_is_kept(gazetteer):
    text = (
        "Gunships pounded mock positions on Thursday as Russian and Tajik troops pressed on "
        "with exercises under way since Monday at the Harb-Maidon range."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.site_id) == (date(2023, 3, 6), None, "harb_maidon")
    assert sorted(event.participants) == ["RUS", "TJK"]


def test_it_was_held_there_places_the_drill_just_told(gazetteer):
    text = (
        "Russia's Center-2019 exercise ended on Saturday, the ministry said. It was held at "
        "the Donguz range in the Orenburg region. It began on 27 February."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "donguz" and event.host_country == "RUS"
    assert (event.start, event.end) == (date(2023, 2, 27), date(2023, 3, 4))


def test_it_will_last_until_a_day_ends_the_drill_just_told(gazetteer):
    text = "Tajik troops began drills at the Momirak range on Monday. It will last until Friday."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


def test_a_reprint_counts_its_days_from_its_dateline(gazetteer):
    text = (
        "DUSHANBE, March 6 (Pamir Courier) - Russian and Tajik troops began a joint exercise "
        "on Monday at the Harb-Maidon range. The drills will run until Saturday."
    )
    # published two weeks later: "Monday" is 6 March, the dateline's, not 20 March
    article = article_from_text(text, title="t", published=date(2023, 3, 20))
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 11))


@pytest.mark.parametrize(
    "text",
    [
        # its title and a byline above the dateline
        "Russia and Tajikistan start drills\n\nBy Reuters | March 6, 2023\n\n"
        "DUSHANBE, March 6 (Reuters) - Russian and Tajik troops began a joint exercise on "
        "Monday at the Harb-Maidon range. The drills will run until Saturday.",
        # a byline and no dateline
        "By Pamir Courier | March 6, 2023\n\nRussian and Tajik troops began a joint "
        "exercise on Monday at the Harb-Maidon range. The drills will run until Saturday.",
        # TASS's own dateline, and a time stamp under a byline
        "DUSHANBE, March 6. /TASS/. Russian and Tajik troops began a joint exercise on "
        "Monday at the Harb-Maidon range. The drills will run until Saturday.",
        "By Y. Kuzmin | 06.03.2023, 14:32\n\nRussian and Tajik troops began a joint exercise "
        "on Monday at the Harb-Maidon range. The drills will run until Saturday.",
        # a footer that says when it first ran
        "Russian and Tajik troops began a joint exercise on Monday at the Harb-Maidon range. "
        "The drills will run until Saturday.\n\nThis article was originally published by "
        "Pamir Courier on March 6, 2023.",
    ],
)
def test_a_reprint_counts_its_days_from_when_it_first_ran(text, gazetteer):
    article = article_from_text(text, title="t", published=date(2023, 3, 20))
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 11))


def test_the_day_in_a_dateline_dates_nothing_it_tells(gazetteer):
    text = (
        "DUSHANBE, March 8, 2023, Pamir Courier -- Tajik troops will hold drills at the "
        "Lyaur range later this month."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.date_text) == (
        date(2023, 3, 8),
        date(2023, 3, 31),
        "later this month",
    )


def test_a_town_is_read_in_the_country_of_the_forces_named_with_it(gazetteer):
    text = "Tajik and Chinese forces began drills on 6 March in the Murghab district."
    (event,) = _events(text, gazetteer)
    assert event.host_country == "TJK" and "Murghob" in event.place


def test_a_town_is_read_in_the_country_of_the_region_named_with_it(gazetteer):
    text = (
        "Tajik and Chinese forces began drills on 6 March in the Murghab district of "
        "Gorno-Badakhshan."
    )
    (event,) = _events(text, gazetteer)
    assert event.host_country == "TJK"
    assert "Murghob" in event.place


def test_a_dateline_of_last_year_is_the_story_day_of_a_january_paper(gazetteer):
    text = "DUSHANBE, Dec 27 (Pamir Courier) - Tajik troops began drills at Momirak on Monday."
    article = article_from_text(text, title="t", published=date(2023, 1, 4))
    (event,) = extract_article(article, gazetteer)
    assert event.start == date(2022, 12, 26)


def test_names_told_together_are_one_drill_named_by_the_first(gazetteer):
    text = (
        'The CSTO began the "Search-2023", "Interaction-2023" and "Echelon-2023" exercises '
        "at the Harbmaidon range on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.name, event.also_named) == ("Search-2023", ["Interaction-2023", "Echelon-2023"])
    assert event.title.startswith("Search-2023: ")
    # all three of one year: a month without a year is in theirs
    text = "Interaction-2021, Search-2021 and Echelon-2021 were held at Harbmaidon in October."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2021, 10, 1), date(2021, 10, 31))


def test_a_drill_carries_its_own_name_not_the_name_of_its_whole(gazetteer):
    (event,) = _events("The Rubezh-2022 exercise began at Harb-Maidon on 6 March.", gazetteer)
    assert event.name == "Rubezh-2022"
    assert event.title.startswith("Rubezh-2022: ")
    # a whole may hold several drills at several ranges: its name would merge them
    text = "Chinese troops fired at the Totskoye range on 6 March, part of the Center-2019 drills."
    (event,) = _events(text, gazetteer)
    assert event.name is None
    (event,) = _events("Tajik troops began drills at Momirak on 6 March.", gazetteer)
    assert event.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kazakh troops will join the annual Steppe Eagle exercise at Iliysky in August.",
            "Steppe Eagle",
        ),
        # a year is joined as the hyphenated spelling has it
        (
            "The Peace Mission 2021 drills opened at the Donguz range on 6 March.",
            "Peace Mission-2021",
        ),
        (
            "Russia and Tajikistan began the Rubezh 2023 exercise at Harb-Maidon on 6 March.",
            "Rubezh-2023",
        ),
        (
            "Uzbek and Russian units ran exercises codenamed Southern Shield at Termez on 6 March.",
            "Southern Shield",
        ),
        ('This year\'s "Kavkaz" strategic exercise will be held in September.', "Kavkaz"),
        # after whose drill it is; a name that runs on; not who holds it
        ("Troops joined the SCO Peace Mission 2021 exercise at the Donguz range on 6 March.",
         "Peace Mission-2021"),
        ("Troops joined the Shanghai Cooperation Organisation's Peace Mission 2021 exercise "
         "at Donguz on 6 March.", "Peace Mission-2021"),
        ('The CSTO\'s "Rubezh" exercise began at the Edelweiss range on 6 March.', "Rubezh"),
        ("Tajik troops held drills codenamed Guardians of the Eastern Frontier at Lyaur on 6 "
         "March.", "Guardians of the Eastern Frontier"),
        ("The Russian-Belarusian Zapad-2021 exercise was held in September 2021.", "Zapad-2021"),
        ("The Peace Mission - 2021 exercise opened at the Donguz range on 6 March.",
         "Peace Mission-2021"),
    ],
)  # fmt: skip
def test_a_drill_named_without_a_hyphen_carries_its_name(text, name, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The Russian-Tajik exercise began at the Harb-Maidon range on 6 March.",
        "The Caspian Flotilla drills began in Dagestan on 6 March.",
        "The Central Military District exercise ended on 6 March at Donguz.",
        "The September exercise at Termez involved 2,000 troops.",
        "The Donguz exercise involved 2,000 troops on 6 March.",
        "The Iskander drills were held at Kapustin Yar on 6 March.",
        "The CSTO Collective Rapid Reaction Forces drills took place in Tajikistan in October.",
        "Officials called Russia a key partner as drills began at Termez on 6 March.",
    ],
)
def test_forces_places_dates_and_kinds_of_drill_are_not_its_name(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.name is None


def test_a_name_given_once_with_its_year_and_once_without_is_one_drill(gazetteer):
    text = (
        "The Steppe Eagle 2023 exercise began at Iliysky on 6 March. "
        "Kazakh officers said the Steppe Eagle drills would end on 10 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.name == "Steppe Eagle-2023"
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "The joint drill with Kazakhstan will not be held this year, officials said.",
        "The exercise at Lyaur, planned for May, will not take place, the ministry said.",
        "The drills won't go ahead this year because of the floods.",
    ],
)
def test_a_drill_that_will_not_be_held_is_no_event(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_a_drill_that_will_not_be_held_until_a_date_is_held_then(gazetteer):
    (event,) = _events("The drills at Lyaur will not be held until October.", gazetteer)
    assert (event.start, event.end) == (date(2023, 10, 1), date(2023, 10, 31))


@pytest.mark.parametrize(
    ("text", "troops", "start"),
    [
        ("Drills began at Lyaur on Monday with as many as 1,000 troops.", 1000, date(2023, 3, 6)),
        ("The drill at Lyaur went ahead as scheduled on Monday with 700 troops.", 700,
         date(2023, 3, 6)),
    ],
)  # fmt: skip
def test_as_many_as_and_as_scheduled_start_no_context_clause(text, troops, start, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.troops == troops and event.start == start


def test_an_alliance_sending_observers_is_not_a_party_to_the_drill(gazetteer):
    text = "Observers from the CSTO Joint Staff are invited to the drills at Lyaur on 20 March."
    (event,) = _events(text, gazetteer)
    assert event.alliances == []


def test_a_bare_day_of_the_month_before_a_place_dates_the_drill(gazetteer):
    (event,) = _events("The drills began on the 6th at Lyaur, the ministry said.", gazetteer)
    assert event.start == date(2023, 3, 6)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunners fired some 200 rounds at the Termez range on 6 March.", "Termez"),
        ("Iskander-M crews carried out simulated launches at Kapustin Yar on 6 March.",
         "Kapustin Yar"),
    ],
)  # fmt: skip
def test_firing_at_a_range_and_simulated_launches_are_drills(text, place, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and place in event.place
    assert event.start == date(2023, 3, 6)


def test_rounds_fired_across_a_border_are_no_drill(gazetteer):
    text = "Tajik and Kyrgyz border guards fired shells at each other near Batken on 6 March."
    assert _events(text, gazetteer) == []


def test_where_forces_are_stationed_is_not_where_they_drill(gazetteer):
    text = (
        "A joint exercise with Russian forces stationed at the Kant air base went ahead "
        "at the Koy-Sary training ground on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "koy_sary" and event.participants == ["RUS"]
    text = "Russian troops based in Dushanbe held drills at the Lyaur range on 6 March."
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS"] and event.host_country == "TJK"


def test_drills_held_on_a_bilateral_basis_are_a_habit_not_a_drill(gazetteer):
    text = (
        "Uzbekistan, which left the CSTO in 2012, conducts military exercises with Russia "
        "and China on a bilateral basis."
    )
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "participants", "alliances"),
    [
        ("More than 1,500 servicemen of the Central Military District took part in drills "
         "at the Donguz range on 6 March.", ["RUS"], []),
        ("Soldiers of the Southern Military District are holding drills at Ashuluk this week.",
         ["RUS"], []),
        ("Troops of the Collective Rapid Reaction Force held drills at Edelweiss on 6 March.",
         [], ["CSTO"]),
        # who tells is not who drills
        ("Kyrgyz units held drills at Edelweiss on 6 March, according to the Central "
         "Military District.", ["KGZ"], []),
    ],
)  # fmt: skip
def test_a_named_formation_or_the_bloc_s_force_names_its_country(
    text, participants, alliances, gazetteer
):
    (event,) = _events(text, gazetteer)
    assert event.participants == participants and event.alliances == alliances


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Uzbek soldiers are practising mountain warfare this week at the Forish range.",
         "exercise"),
        ("Kyrgyz units are training at the Koy-Sary range this week.", "exercise"),
        ("An Il-76 carrying 400 Russian paratroopers landed at Osh airport on 6 March.",
         "deployment"),
        ("Paratroopers landed at the Chirchiq training ground in a mock assault on 6 March.",
         "exercise"),
    ],
)  # fmt: skip
def test_practising_training_and_landing_report_events(text, kind, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.kind == kind


def test_the_unit_troops_come_from_is_not_where_they_drill(gazetteer):
    text = (
        "The drills, which run from 14 to 18 March, involve about 2,000 servicemen from the "
        "Tajik armed forces and the Russian 201st military base."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id is None and event.troops == 2000


def test_a_country_that_left_the_bloc_drills_without_it(gazetteer):
    text = (
        "The CSTO held drills at Lyaur on 6 March. Uzbekistan, which had left the bloc, "
        "held its own exercise with Russia at the Termez range in August 2021."
    )
    first, second = _events(text, gazetteer)
    assert first.alliances == ["CSTO"] and second.alliances == []


def test_a_season_or_quarter_without_a_year_is_in_the_year_of_the_drill_s_name(gazetteer):
    text = (
        "Kazakhstan will hold the Batyl Toytarys-2025 exercise in the autumn, the defence "
        "minister told a board meeting of the ministry on Wednesday."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2025, 9, 1), date(2025, 11, 30))
    text = "Uzbekistan will hold the Khamkorlik-2025 drills with Russia in the second quarter."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2025, 4, 1), date(2025, 6, 30))


def test_a_colon_starts_a_clause_of_its_own(gazetteer):
    text = (
        "The drills then moved to Kazakhstan: around 1,500 servicemen drilled at the "
        "Iliysky training ground on 6 March."
    )
    events = _events(text, gazetteer)
    assert [e.kind for e in events] == ["exercise"]
    assert events[0].troops == 1500


def test_a_drill_given_as_an_example_is_a_drill(gazetteer):
    text = (
        "Belarus hosted Interaction-2022, while the focus shifted to smaller events such as "
        "Russian-Kyrgyz drills at Edelweiss on 6 March."
    )
    first, second = _events(text, gazetteer)
    assert first.name == "Interaction-2022"
    assert second.site_id == "edelweiss" and second.start == date(2023, 3, 6)


def test_the_date_of_a_document_does_not_keep_its_count_from_the_drill(gazetteer):
    text = (
        "Kyrgyz and Kazakh troops will hold drills at Koy-Sary next week. The ministry's "
        "order No. 214, dated 2023-01-12, sets the number of participants at 450 servicemen."
    )
    (event,) = _events(text, gazetteer)
    assert event.troops == 450 and event.start == date(2023, 3, 13)


def test_a_deadline_dates_the_end_only(gazetteer):
    (event,) = _events("Russian paratroopers are expected to arrive in Osh by 20 March.", gazetteer)
    assert event.kind == "deployment" and (event.start, event.end) == (None, date(2023, 3, 20))
    text = "Troops held drills at Lyaur on Monday, organised by Tuesday's order."
    (event,) = _events(text, gazetteer)
    assert event.start == date(2023, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "The football team is training at the stadium in Osh ahead of a qualifier against Oman.",
        "Surgeons in Dushanbe are practising new keyhole techniques.",
        "A Somon Air flight carrying 180 passengers from Moscow landed at Dushanbe airport.",
        "Militants fired two rockets across the Panj from the Hindu Kush range on 6 March.",
        "The airline plans a training launch of its booking platform in September.",
        "Major Sharipov trained at the Frunze Military Academy in Moscow.",
    ],
)
def test_verbs_other_trades_use_report_no_drill_without_forces(text, gazetteer):
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Units of Uzbekistan's Central Military District will hold drills at Forish on "
         "6 March.", ["UZB"]),
        ("The Central Military District also said Kazakh troops would hold their own exercise "
         "at the Otar range on 6 March.", ["KAZ"]),
        ("Uzbek troops held drills at Termez on 6 March, according to Kazakh and Russian "
         "media.", ["UZB"]),
        ("Neighbours such as Afghanistan were not invited to the drills at Termez on 6 March.",
         []),
    ],
)  # fmt: skip
def test_who_owns_a_formation_speaks_or_stays_away_takes_no_part(text, participants, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.participants == participants


@pytest.mark.parametrize(
    "text",
    [
        "The border exercise will not be held in Batken this year but near Osh on 6 March.",
        "The drill won't go ahead without Kazakh troops, officials said on 6 March.",
    ],
)
def test_not_held_somewhere_or_without_someone_is_no_cancellation(text, gazetteer):
    assert len(_events(text, gazetteer)) == 1


def test_where_forces_are_stationed_is_their_drill_s_place_when_no_other_is_named(gazetteer):
    text = (
        "Russian servicemen stationed at the Kant air base held a snap combat readiness "
        "check on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id is not None and "Kant" in event.place
    (event,) = _events("Soldiers from Russia held drills in Tajikistan and at Lyaur.", gazetteer)
    assert event.site_id == "lyaur"


def test_a_habit_of_staying_out_of_a_bloc_s_drills_is_no_drill(gazetteer):
    text = "Uzbekistan left the CSTO in 2012 and does not take part in its drills."
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The annual Civil Defence drills were held in Dushanbe on 6 March.", None),
        ("The Fergana Valley drills ended near Osh on 6 March.", None),
        ("A commander named Colonel Bakyt Asanov led drills at Koy-Sary on 6 March.", None),
        ("Kyrgyz troops held drills codenamed Ala-Too Shield at Koy-Sary on 6 March.",
         "Ala-Too Shield"),
        ("Uzbek and Russian units ran exercises, dubbed Southern Shield, at Termez on 6 March.",
         "Southern Shield"),
        # (told in quotes right after the drill noun; a quotation there is no name)
        ('The joint exercise "Peace Mission 2024" opened at Koy-Sary on 6 March.',
         "Peace Mission-2024"),
        ('Kyrgyz troops ended the drills, "Excellent work," at Koy-Sary on 6 March.', None),
        ('Kyrgyz troops held an exercise "Ala-Too Shield" at Koy-Sary on 6 March.',
         "Ala-Too Shield"),
    ],
)  # fmt: skip
def test_only_a_drill_s_own_name_is_its_name(text, name, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.name == name


def test_a_drill_held_every_two_years_is_a_habit(gazetteer):
    assert _events("The SCO's Peace Mission exercise is held every two years.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Schools in Dushanbe held fire drills on 6 March.",
        "The players have been practising set-piece tactics and pressing drills since Saturday.",
        "Emergency drills were held in Osh on 6 March.",
    ],
)
def test_drills_of_other_trades_are_no_military_drills(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_forces_sent_to_a_drill_just_told_join_it(gazetteer):
    text = (
        "The Peace Mission exercise opened at the Chebarkul range on 6 March. China has sent "
        "some 700 troops, while India and Pakistan have deployed about 200 soldiers each."
    )
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and {"CHN", "IND", "PAK"} <= set(event.participants)
    # forces moved somewhere of their own are a deployment
    text = (
        "Tajik troops began drills at Lyaur on 6 March. Russia has also moved Su-25 jets "
        "to Tajikistan."
    )
    assert [e.kind for e in _events(text, gazetteer)] == ["exercise", "deployment"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The border exercise will not be held in Batken this year but near Osh on 6 March.",
         "Osh"),
        ("The drills will be held at Momirak rather than at Lyaur on 6 March.", "Momirak"),
    ],
)  # fmt: skip
def test_where_a_drill_will_not_be_is_not_its_place(text, place, gazetteer):
    (event,) = _events(text, gazetteer)
    assert place in event.place


@pytest.mark.parametrize(
    ("text", "participants", "site"),
    [
        ("Russia, Kazakhstan and Kyrgyzstan held CSTO drills at Edelweiss on 6 March, with "
         "Armenia again staying away.", ["RUS", "KAZ", "KGZ"], "edelweiss"),
        ("Russia held drills with Tajikistan at Lyaur on 6 March without Armenia.",
         ["RUS", "TJK"], "lyaur"),
        ("Russia and Kazakhstan held CSTO drills at Edelweiss on 6 March, with Armenia, a "
         "founding member, staying away.", ["RUS", "KAZ"], "edelweiss"),
        ("Tajik and Russian troops rehearsed repelling an incursion by armed groups from "
         "Afghanistan at Lyaur on 6 March.", ["TJK", "RUS"], "lyaur"),
    ],
)  # fmt: skip
def test_absent_countries_and_a_scenario_s_enemy_take_no_part(text, participants, site, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.participants == participants and event.site_id == site


def test_the_drill_a_drill_follows_is_a_drill_of_its_own(gazetteer):
    text = (
        "Russian, Tajik and Uzbek troops began drills at Harb-Maidon on Thursday. The "
        "exercise follows a five-day Russian-Uzbek drill at the Termez training ground, "
        "which ended on 8 March."
    )
    first, second = _events(text, gazetteer)
    assert first.site_id == "harb_maidon" and first.end is None  # no length of its own
    assert second.site_id == "termez_training_ground"
    assert (second.start, second.end) == (date(2023, 3, 4), date(2023, 3, 8))
    # a visit it follows is none
    text = "The exercise at Lyaur began on Monday. It follows a visit to Dushanbe in March."
    assert len(_events(text, gazetteer)) == 1


def test_the_day_a_ministry_announced_a_drill_is_not_its_day(gazetteer):
    text = (
        "The Tajik defence ministry on Monday announced a joint exercise at Lyaur "
        "from 20 to 24 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 20), date(2023, 3, 24))


def test_a_drill_to_come_is_not_dated_by_the_statement_about_it(gazetteer):
    text = "Kazakhstan will hold drills at Sary-Shagan soon, the ministry said on Monday."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (None, None, "unknown")


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan has not announced any drills for June.",
        "No joint exercises were held at Lyaur in 2020.",
        "Russia has no plans for exercises with Uzbekistan this year.",
        "The army will hold more than 20 exercises this year, the minister said on Monday.",
        "Tajik units conducted 18 exercises at Lyaur in 2022.",
    ],
)
def test_no_drills_and_counts_of_drills_are_no_drill(text, gazetteer):
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Units at Lyaur were put on high alert on Monday.",
        "A surprise inspection of combat readiness began at Lyaur on Monday.",
        "Commanders will check the combat readiness of units at Lyaur on Monday.",
    ],
)
def test_snap_checks_are_drills(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and event.site_id == "lyaur"


def test_a_border_reinforced_is_a_deployment(gazetteer):
    text = "Tajikistan reinforced its border with Afghanistan with 2,000 reservists on Monday."
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.troops) == ("deployment", date(2023, 3, 6), 2000)


def test_what_a_drill_follows_is_not_the_drill(gazetteer):
    text = "The drill follows a visit to Dushanbe by the Russian defence minister in January."
    assert _events(text, gazetteer) == []


def test_a_number_written_with_an_html_space_is_not_read_as_its_tail(gazetteer):
    text = "About 1&nbsp;200 servicemen took part in drills at Lyaur on Monday."
    (event,) = _events(text, gazetteer)
    assert event.troops == 1200  # the entity is a space between digit groups; not 200


def test_the_main_exercise_is_the_first_told(gazetteer):
    text = (
        "Russian and Tajik troops began the main exercise at Harb-Maidon on 1 March. On 3 March "
        "scouts started a separate drill at Momirak that runs for three days. On 4 March, "
        "Belarusian police joined the main exercise."
    )
    harb, momirak = _events(text, gazetteer)
    assert "BLR" in harb.participants and "BLR" not in momirak.participants


@pytest.mark.parametrize(
    "hosts", ["will host", "itself will host", "will again host", ", in turn, will host"]
)
def test_a_country_that_hosts_a_drill_is_its_host(hosts, gazetteer):
    text = f"Kazakhstan {hosts} a CSTO exercise in September.".replace(" ,", ",")
    (event,) = _events(text, gazetteer)
    assert (event.host_country, event.geo_precision) == ("KAZ", "country")
    assert event.participants == ["KAZ"] and event.alliances == ["CSTO"]


@pytest.mark.parametrize(
    "text",
    [
        "KHUJAND: Tajik troops held drills near the Afghan border on Monday, the ministry said.",
        "KHUJAND, March 8: Tajik troops held drills near the Afghan border on Monday.",
    ],
)
def test_a_dateline_ending_in_a_colon_names_no_place(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.place, event.host_country, event.start) == (
        "Tajikistan near the Afghanistan border",
        "TJK",
        date(2023, 3, 6),
    )


def test_a_dateline_in_html_tags_is_still_a_dateline(gazetteer):
    text = (
        "<p><strong>KHUJAND, March 8 (Sughd Sentinel)</strong> - Uzbek and Tajik troops will "
        "hold a joint exercise near Khujand next week, the ministry said.</p>"
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (
        date(2023, 3, 13),
        date(2023, 3, 19),
        "week",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Uzbek and Russian paratroopers jumped together over the Chirchiq range on 6 March.",
        "Airborne landings by Kazakh units began at Matybulak on 6 March.",
    ],
)
def test_parachute_jumps_are_drills(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start) == ("exercise", date(2023, 3, 6))


def test_a_clause_of_its_own_time_lends_no_place(gazetteer):
    text = (
        "CSTO troops began exercises in southern Tajikistan on Monday, two months after the "
        "Taliban seized power in Kabul. About 5,000 servicemen are taking part in the drills "
        "at the Harb-Maidon training ground."
    )
    (event,) = _events(text, gazetteer)
    assert event.host_country == "TJK" and event.site_id == "harb_maidon"


def test_reservists_called_up_are_a_deployment(gazetteer):
    text = "In July 2021, Tajikistan called up 20,000 reservists to shore up its Afghan border."
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.troops) == ("deployment", date(2021, 7, 1), 20000)
    # "reservists were called up to fill gaps" names no number and no deployment
    assert _events("Reservists were called up to fill gaps in the units.", gazetteer) == []


# Published 2023-03-08.
def test_a_date_a_drill_was_first_meant_to_have_is_not_its_date(gazetteer):
    text = (
        "Tajikistan and Uzbekistan will hold a joint exercise next month at the Fakhrabad "
        "range. The exercise was originally planned for last November but was postponed at "
        "the request of the Uzbek side. Up to 600 troops are expected to take part."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.site_id) == (
        date(2023, 4, 1),
        date(2023, 4, 30),
        "fakhrabad",
    )
    assert event.troops == 600


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # moved: the new date
        ("A Kyrgyz-Chinese exercise that was scheduled for October in Naryn region has been "
         "postponed until next year.", date(2024, 1, 1), date(2024, 12, 31)),
        ("Drills at the Otar range planned for 10 March were postponed to 20 March.",
         date(2023, 3, 20), date(2023, 3, 20)),
        ("A Kyrgyz-Chinese exercise in Naryn region has been postponed to early April.",
         date(2023, 4, 1), date(2023, 4, 10)),
        ("A Kyrgyz-Chinese exercise in Naryn region, planned for 20-24 March, will now take "
         "place on 3-7 April.", date(2023, 4, 3), date(2023, 4, 7)),
        ("A Kyrgyz-Chinese exercise in Naryn region has been postponed from 20-24 March to "
         "3-7 April.", date(2023, 4, 3), date(2023, 4, 7)),
        # "was scheduled for": the nearest such month, on either side of the story
        ("A Kyrgyz-Chinese exercise was scheduled for April in Naryn region.",
         date(2023, 4, 1), date(2023, 4, 30)),
        ("A Kyrgyz-Chinese exercise was scheduled for February in Naryn region.",
         date(2023, 2, 1), date(2023, 2, 28)),
    ],
)  # fmt: skip
def test_a_drill_moved_or_scheduled_takes_its_new_or_nearest_date(text, start, end, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (start, end)


@pytest.mark.parametrize(
    "update",
    [
        "UPDATE: The ministry later said the exercise has been postponed and will now run "
        "from 24 to 27 March.",
        "UPDATE: The exercise has been shifted by a week and will now run from 24 to 27 March.",
    ],
)
def test_a_drill_moved_in_a_later_update_takes_its_new_date(update, gazetteer):
    text = (
        "The CSTO exercise Rubezh-2023 will be held at the Edelweiss training ground on "
        f"17-20 March, the ministry said.\n\n{update}"
    )
    (event,) = _events(text, gazetteer)
    assert (event.name, event.site_id) == ("Rubezh-2023", "edelweiss")
    assert (event.start, event.end) == (date(2023, 3, 24), date(2023, 3, 27))


def test_a_drill_at_another_time_without_a_move_is_another_drill(gazetteer):
    text = (
        "The CSTO exercise Rubezh-2023 will be held at the Edelweiss training ground on "
        "17-20 March, the ministry said.\n\nThe exercise of the reserve will run from 24 to "
        "27 March at the Edelweiss range."
    )
    assert [(e.start, e.end) for e in _events(text, gazetteer)] == [
        (date(2023, 3, 17), date(2023, 3, 20)),
        (date(2023, 3, 24), date(2023, 3, 27)),
    ]


@pytest.mark.parametrize(
    "follow",
    [
        "About 1,000 troops took part in those drills, the ministry said on Monday.",
        "The ministry said on Monday that about 1,000 troops took part in the drills.",
    ],
)
def test_the_day_of_a_statement_about_a_drill_told_before_is_not_another_drill(follow, gazetteer):
    text = f"Russian troops held drills at the Edelweiss training center on 1-3 March. {follow}"
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.troops) == (date(2023, 3, 1), date(2023, 3, 3), 1000)


def test_forces_that_also_took_part_in_the_drill_told_join_it(gazetteer):
    text = (
        "Russian troops held drills at the Edelweiss training center on 1-3 March. "
        "Kazakh troops also took part in the drills, the ministry said on Monday."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "KAZ"]
    # a drill said to be another one by other forces stays another
    other = text.replace("also took part in the drills", "also held drills at Otar")
    assert len(_events(other, gazetteer)) == 2


@pytest.mark.parametrize(
    "neighbour",
    ["the Islamic Republic of Afghanistan", "Taliban-ruled Afghanistan", "war-torn Afghanistan"],
)
def test_a_neighbour_named_at_length_across_the_border_takes_no_part(neighbour, gazetteer):
    text = (
        "Uzbek and Russian troops will drill from 10 to 15 March at the Termez training ground, "
        f"in the immediate vicinity of the border with {neighbour}."
    )
    (event,) = _events(text, gazetteer)
    assert (event.participants, event.site_id) == (["UZB", "RUS"], "termez_training_ground")


@pytest.mark.parametrize("verb", ["have been training", "have been drilling", "are drilling"])
def test_forces_training_at_a_range_since_a_day_are_a_drill(verb, gazetteer):
    text = (
        f"About 1,500 Uzbek and Russian troops {verb} since Monday at the Termez training ground."
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.site_id, event.start, event.troops) == (
        "exercise",
        "termez_training_ground",
        date(2023, 3, 6),
        1500,
    )


def test_a_detail_names_the_range_of_a_drill_placed_only_in_its_country(gazetteer):
    lead = "Russia is holding a drill with Uzbek troops in Uzbekistan from 6 March. "
    (event,) = _events(lead + "About 1,500 troops are at the Termez range.", gazetteer)
    assert (event.site_id, event.troops) == ("termez_training_ground", 1500)
    # a range in another country is not where it is
    (event,) = _events(lead + "About 1,500 troops are at the Lyaur range.", gazetteer)
    assert (event.site_id, event.geo_precision) == (None, "country")


def test_the_date_of_what_a_drill_came_after_does_not_date_it(gazetteer):
    text = (
        "The CSTO held drills on 1-3 March at the Edelweiss range. More than 1,000 troops from "
        "Kazakhstan and Russia took part in those drills, which came months after a deadly "
        "clash on the Kyrgyz-Tajik border in late January."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.site_id, event.troops) == (date(2023, 3, 1), "edelweiss", 1000)
    assert event.participants == ["KAZ", "RUS"]


def test_a_date_told_with_its_year_is_not_the_year_of_the_drill_before(gazetteer):
    text = (
        "The CSTO's Rubezh-2023 exercise, which opened on 1 March, brought 1,500 troops to "
        "the Kharbmaidon range. Tajik and Russian units held a joint exercise at Kharbmaidon "
        "on 15-18 January of this year."
    )
    rubezh, january = _events(text, gazetteer)
    assert (rubezh.name, rubezh.start, rubezh.troops) == ("Rubezh-2023", date(2023, 3, 1), 1500)
    assert (january.start, january.end, january.participants) == (
        date(2023, 1, 15),
        date(2023, 1, 18),
        ["TJK", "RUS"],
    )


# Published 2023-03-08, a Wednesday.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a stage before the active phase widens the drill; the last stage's end ends it
        ("The active phase of the CSTO exercise Rubezh-2023 began on Monday at the Lyaur "
         "range. At the first stage, which lasted from 27 February to 5 March, the "
         "contingents arrived in the area. The second, practical stage will last until 10 "
         "March.", date(2023, 2, 27), date(2023, 3, 10)),
        # "The first, from ...", after the drill was said to be in stages
        ("The CSTO exercise Rubezh-2023 will be held at the Edelweiss range on 17-20 March. "
         "The exercise will be conducted in three stages. The first, from 15 to 16 March, "
         "will be devoted to the arrival of the contingents.", date(2023, 3, 15),
         date(2023, 3, 20)),
        # a stage that ends before the drill does not end the drill
        ("Uzbek and Russian troops began a week-long exercise on 1 March at the Termez range. "
         "The exercise is held in two stages. In the first, which ended on Thursday, units "
         "set up a command post.", date(2023, 3, 1), date(2023, 3, 7)),
    ],
)  # fmt: skip
def test_a_stage_at_the_drills_range_is_part_of_the_drill(text, start, end, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.kind) == (start, end, "exercise")


def test_a_stage_told_after_a_semicolon_is_part_of_the_drill(gazetteer):
    text = (
        "The joint exercise of Uzbek and Russian servicemen at the Termez range ended on "
        "Friday. The exercise had two phases; the second, which took place on Wednesday and "
        "Thursday, saw the units destroy a mock group of militants."
    )
    (event,) = _events(text, gazetteer)
    assert (event.end, event.site_id) == (date(2023, 3, 3), "termez_training_ground")


@pytest.mark.parametrize(
    "text",
    [
        "Russian tank crews arrived at the Harb-Maidon range ahead of a Russian-Tajik-Uzbek "
        "exercise to be held there from 15 to 20 March.",
        "As part of preparations for the joint Russian-Tajik-Uzbek exercise that will take "
        "place at the Harb-Maidon range from 15 to 20 March, Russian tank crews completed a "
        "march to the range.",
    ],
)
def test_a_drill_prepared_for_is_told_with_its_own_time_and_forces(text, gazetteer):
    events = _events(text, gazetteer)
    (drill,) = [e for e in events if e.kind == "exercise"]
    assert (drill.start, drill.end, drill.site_id) == (
        date(2023, 3, 15),
        date(2023, 3, 20),
        "harb_maidon",
    )
    assert drill.participants == ["RUS", "TJK", "UZB"]
    # the march or the arrival is not dated by the drill it prepares for
    assert all(e.start is None for e in events if e.kind == "deployment")


def test_forces_sent_for_a_dated_drill_are_its_forces(gazetteer):
    text = (
        "Russia will send about 1,500 servicemen and 100 pieces of military hardware to "
        "Kyrgyzstan for the CSTO exercise, which will be held on 20-24 March at the Edelweiss "
        "range, the ministry said."
    )
    events = _events(text, gazetteer)
    (drill,) = [e for e in events if e.kind == "exercise"]
    assert (drill.start, drill.site_id, drill.troops, drill.hardware) == (
        date(2023, 3, 20),
        "edelweiss",
        1500,
        100,
    )
    (move,) = [e for e in events if e.kind == "deployment"]
    assert (move.site_id, move.troops) == ("edelweiss", 1500)


def test_the_whole_a_drill_is_part_of_is_no_drill_of_its_own(gazetteer):
    text = (
        "CSTO troops on Monday finished the Echelon-2023 and Search-2023 exercises at the "
        "Kharb-Maidon range. The two drills formed part of a larger alliance exercise called "
        "Combat Brotherhood-2023."
    )
    (event,) = _events(text, gazetteer)
    assert (event.name, event.also_named, event.site_id) == (
        "Echelon-2023",
        ["Search-2023"],
        "harb_maidon",
    )


def test_a_drill_told_as_one_of_many_is_its_own_and_the_many_are_none(gazetteer):
    text = (
        "The CSTO held its Rubezh-2023 exercise on 1-3 March at the Edelweiss range. Russia has "
        "also held a string of drills with Tajik and Uzbek forces since the summer, including a "
        "trilateral exercise at Harb-Maidon in February that involved some 2,500 troops."
    )
    rubezh, trilateral = _events(text, gazetteer)
    assert (rubezh.site_id, rubezh.participants) == ("edelweiss", [])
    assert (trilateral.site_id, trilateral.start, trilateral.troops) == (
        "harb_maidon",
        date(2023, 2, 1),
        2500,
    )
    assert trilateral.participants == ["RUS", "TJK", "UZB"]
    # the latest in a string of drills is one drill
    (event,) = _events(
        "The base held a drill at the Lyaur range on 2 March, the latest in a string of "
        "exercises this winter.",
        gazetteer,
    )
    assert event.site_id == "lyaur"


@pytest.mark.parametrize(
    "aside",
    [
        "Turkmenistan, which is neutral, does not join CSTO or Russian-led drills.",
        "Neutral Turkmenistan has never joined the CSTO.",
    ],
)
def test_a_bloc_a_country_does_not_join_is_not_the_drills(aside, gazetteer):
    text = f"Turkmenistan's army staged a snap check near Serhetabat on 1 March. {aside}"
    (event,) = _events(text, gazetteer)
    assert (event.participants, event.alliances) == (["TKM"], [])


@pytest.mark.parametrize(
    ("aside", "troops"),
    [
        ("Uzbekistan, which quit the CSTO in 2012, hosted the drill.", None),
        ("Uzbekistan, which joined the SCO in 2001, provided about 200 troops.", 200),
    ],
)  # (but "the drills of the CSTO, which will end on 3 March," are the drill's: below)
def test_the_date_of_an_aside_about_a_country_does_not_date_a_drill(aside, troops, gazetteer):
    text = f"Uzbek and Russian special forces held a drill near Termez on 1-3 March. {aside}"
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.troops) == (date(2023, 3, 1), date(2023, 3, 3), troops)
    assert event.alliances == []


def test_an_aside_that_ends_a_drill_told_with_its_bloc_still_dates_it(gazetteer):
    text = (
        "Bloc troops began drills at the Chorukh-Dairon range on 1 March. Some 2,300 troops "
        "will take part in the drills of the Collective Security Treaty Organization (CSTO), "
        "which will end on Friday, the Joint Staff said."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 10))


def test_a_drill_dated_to_the_day_and_the_year_is_not_another_drill_of_that_year(gazetteer):
    text = (
        "Between 5 and 10 January some 2,500 Russian and Tajik troops drilled at the "
        "Harb-Maidon range. Later in 2023, 1,500 troops drilled at Kharbmaidon from 1 to 3 March."
    )
    first, second = _events(text, gazetteer)
    assert (first.start, first.troops) == (date(2023, 1, 5), 2500)
    assert (second.start, second.end, second.troops) == (date(2023, 3, 1), date(2023, 3, 3), 1500)


@pytest.mark.parametrize(
    "support",
    ["Su-25 jets from Kant air base in Kyrgyzstan", "Su-25 jets flown in from Kyrgyzstan"],
)
def test_aircraft_from_a_base_abroad_leave_the_drill_where_it_is(support, gazetteer):
    text = (
        "Russian and Tajik troops began drills at the Kharb-Maidon range on Monday. About 1,500 "
        f"troops took part in the drill, backed by {support}."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.host_country, event.troops) == ("harb_maidon", "TJK", 1500)
    assert "KGZ" not in event.participants and "Su-25" in event.equipment


@pytest.mark.parametrize(
    "follows",
    [
        "The exercise follows a deadly exchange of fire between the two border forces in January.",
        "It comes months after a deadly clash on the border in January.",
    ],
)
def test_what_a_drill_follows_does_not_date_it(follows, gazetteer):
    text = f"Iranian troops held a drill north of Zabol on 1-3 March. {follows}"
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 3))


def test_a_drill_called_off_later_in_the_story_is_no_event(gazetteer):
    text = (
        "Kyrgyzstan was to host the CSTO drills at the Edelweiss range from 20 to 24 March. "
        "On Monday the defence ministry called the drills off."
    )
    assert _events(text, gazetteer) == []
    # another drill called off leaves this one be: a separate one, one of another name
    # or another year
    for other in (
        "called off a separate exercise",
        "called off the exercise Indestructible Brotherhood-2022",
        "called off the drills last year",
    ):
        assert len(_events(text.replace("called the drills off", other), gazetteer)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A Rubezh-2024 could well be held at Harb-Maidon again next year.",
        "If the reports are true, a joint Chinese-Tajik exercise in the Wakhan could follow.",
        "Russia and Tajikistan might hold a joint exercise at Harb-Maidon next spring.",
    ],
)
def test_a_drill_only_guessed_at_is_no_event(text, gazetteer):
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    "other",
    [
        "Separately, Kyrgyzstan bought six Bayraktar TB2 drones from Turkey.",
        "Tajikistan has accused Bishkek of using the drones against civilians.",
        "Across the border, the Taliban staged a parade displaying Humvees and artillery.",
    ],
)
def test_a_sentence_about_something_else_lends_the_drill_nothing(other, gazetteer):
    text = f"Turkmenistan held snap drills near Serhetabat on 1-3 March. {other}"
    (event,) = _events(text, gazetteer)
    assert (event.hardware, event.equipment, event.participants) == (None, [], ["TKM"])


@pytest.mark.parametrize("end", ["It will end on Friday.", "It ends on 10 March."])
def test_it_ends_on_a_day_ends_the_drill_just_told(end, gazetteer):
    text = f"Russian troops began a drill at the Lyaur range on Monday. {end}"
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


def test_officers_sent_to_observe_are_no_forces(gazetteer):
    text = (
        "Russian and Tajik troops began drills at the Lyaur range on Monday. Uzbekistan sent "
        "two officers to observe the drills."
    )
    (event,) = _events(text, gazetteer)
    assert (event.participants, event.troops) == (["RUS", "TJK"], None)


@pytest.mark.parametrize(
    "counts",
    [
        "Some 700 Russian and 300 Tajik servicemen took part.",
        "Some 700 servicemen from Russia and 300 from Tajikistan took part.",
    ],
)
def test_the_counts_of_the_forces_of_a_drill_told_in_a_list_add_up(counts, gazetteer):
    text = f"Russian and Tajik troops held drills at the Lyaur range on 1-3 March. {counts}"
    (event,) = _events(text, gazetteer)
    assert event.troops == 1000


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, a drill of the 201st base started at the Lyaur range. The drill will "
        "continue until Friday.",
        "A drill of the 201st base started at the Lyaur range on Monday and will continue "
        "until Friday.",
    ],
)
def test_an_end_weekday_is_the_first_after_the_start_whatever_the_tense(text, gazetteer):
    # published on a Saturday: "will continue until Friday" is the Friday of that week
    article = article_from_text(text, title="t", published=date(2023, 3, 11))
    (event,) = extract_article(article, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


@pytest.mark.parametrize(
    "held",
    [
        "artillery units of the 201st base held tactical training",
        "Su-25 pilots flew training sorties",
        "tank crews held shooting practice",
        "scouts practised search and ambush tactics",
    ],
)
def test_forces_training_by_other_words_at_a_range_are_a_drill(held, gazetteer):
    (event,) = _events(f"On Thursday, {held} at the Lyaur range.", gazetteer)
    assert (event.kind, event.site_id, event.start) == ("exercise", "lyaur", date(2023, 3, 2))
    # not talks held at a training ground, nor a training course
    assert (
        _events("Officials held talks at the Lyaur training ground on Thursday.", gazetteer) == []
    )


def test_a_start_told_again_leaves_the_drill_open_at_its_end(gazetteer):
    text = (
        "Russian troops began an exercise at the Lyaur range on Monday. The drill, which "
        "started on 6 March, involves about 1,000 servicemen."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.troops) == (date(2023, 3, 6), None, 1000)


@pytest.mark.parametrize(
    "text",
    [
        "Iran's army on Monday (6 March) began a three-day exercise near Zabol.",
        "Iran's army on Monday, 15 Esfand 1401 (6 March 2023), began a three-day exercise "
        "near Zabol.",
    ],
)
def test_a_day_told_twice_before_began_still_starts_the_drill(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 8))


def test_a_drill_also_held_elsewhere_on_the_same_days_is_another(gazetteer):
    text = (
        "Tajik and Russian troops held a joint exercise at the Kharb-Maydon range from 15 to 18 "
        "February. Also, from 16 to 17 February, border troops held an exercise near "
        "Shahritus, with about 300 border guards."
    )
    main, border = _events(text, gazetteer)
    assert (main.site_id, main.troops) == ("harb_maidon", None)
    assert (border.start, border.end, border.troops) == (date(2023, 2, 16), date(2023, 2, 17), 300)
    assert border.site_id is None and border.place is not None


def test_a_place_some_distance_from_a_country_leaves_it_out(gazetteer):
    text = (
        "Russian and Tajik forces will drill at Harb-Maidon, about 20 kilometres from "
        "Afghanistan, on 9 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "TJK"]


def test_a_drill_held_alongside_a_bloc_s_games_is_not_the_bloc_s(gazetteer):
    text = (
        "CSTO troops have been training at the Harbmaidon range since Monday. Alongside the CSTO "
        "games, about 1,000 Russian and Tajik troops finished a separate exercise at Momirak on "
        "Tuesday."
    )
    csto, separate = _events(text, gazetteer)
    assert (csto.alliances, separate.alliances, separate.troops) == (["CSTO"], [], 1000)


def test_who_takes_part_after_an_arrival_takes_part_in_the_drill(gazetteer):
    text = (
        "Russian and Uzbek troops began five days of exercises on Monday at the Termez range. "
        "The Russian contingent was flown in from Samara last Friday. About 1,500 servicemen "
        "and 200 vehicles are taking part in total."
    )
    drill, move = _events(text, gazetteer)
    assert (drill.kind, drill.troops, drill.hardware) == ("exercise", 1500, 200)
    assert (move.kind, move.troops) == ("deployment", None)


def test_an_end_once_planned_neither_opens_a_drill_nor_moves_a_told_end(gazetteer):
    text = (
        "Russian and Tajik forces completed a joint exercise on Saturday at the Harbmaidon "
        "range. More than 50,000 personnel took part in the manoeuvres, which began on 20 "
        "February. When the drill was first announced last week, the ministry had spoken of "
        "only 3,500 troops, and said the training would run until 5 March 2023."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.troops) == (date(2023, 2, 20), date(2023, 3, 4), 50000)
    # an end told as it is ("are due to end on 14 March") still ends a drill of a week
    (event,) = _events(
        "Kazakh units began a week of drills near the Chinese border on 6 March. The drills "
        "are due to end on 14 March.",
        gazetteer,
    )
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan put its entire armed forces through a snap readiness check on 2 March.",
        "Tajikistan held a snap inspection of its armed forces on 2 March, with 230,000 troops.",
    ],
)
def test_a_country_drilling_its_own_forces_at_home_hosts_the_drill(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.host_country, event.geo_precision, event.participants) == (
        "TJK",
        "country",
        ["TJK"],
    )


def test_a_day_of_a_drill_at_its_range_adds_its_kit_to_the_drill(gazetteer):
    text = (
        "Russian and Uzbek troops began joint exercises on 1 March at the Termez range. On 3 "
        "March four Tu-22M3 bombers struck mock camps on the Termez range, covered by two "
        "MiG-29 fighters."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), None)
    assert {"Tu-22M3", "MiG-29"} <= set(event.equipment)


def test_a_town_of_two_countries_is_read_in_the_country_the_story_just_named(gazetteer):
    text = (
        "China's outpost lies in Tajikistan's Gorno-Badakhshan region. Chinese troops held "
        "drills in the Murghab district on 2 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.host_country, event.place) == ("TJK", "Murghob district")


def test_an_item_of_a_live_page_lends_nothing_to_the_item_before(gazetteer):
    text = (
        "**09:40 — Kyrgyz and Chinese border guards train in the Alay valley**\n\n"
        "Border units of Kyrgyzstan and China are holding an exercise near Osh from 6 to 8 "
        "March.\n\n"
        "**11:05 — Russian Su-25s leave Kant for Tajikistan**\n\n"
        "Four Su-25SM jets of Russia's Kant air base have redeployed to the Ayni airfield."
    )
    events = _events(text, gazetteer)
    (drill,) = [e for e in events if e.kind == "exercise"]
    assert drill.equipment == []


def test_a_name_given_with_its_year_is_a_name_however_plain_its_words(gazetteer):
    text = (
        "Tajikistan held a snap inspection of its armed forces on 2 March. The exercise, "
        "called Border 2023, used 1,023 armoured vehicles."
    )
    (event,) = _events(text, gazetteer)
    assert (event.name, event.hardware) == ("Border-2023", 1023)
    # without its year, plain words are no name
    (event,) = _events(text.replace("Border 2023", "Border"), gazetteer)
    assert event.name is None


def test_an_aside_is_read_in_a_text_whose_case_folding_moves_offsets(gazetteer):
    # "İ" lower-cases to two characters: the text has no folded twin
    text = (
        "Uzbek and Russian special forces held a drill near Termez on 1-3 March. Uzbekistan, "
        "which quit the CSTO in 2012, hosted the drill, İstanbul papers said."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.alliances) == (date(2023, 3, 1), date(2023, 3, 3), [])


def _core(event):
    return (event.start, event.end, event.place, event.participants, event.troops)


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        (
            "Nearly 1.5&nbsp;thousand Russian troops began a drill at the Donguz range on "
            "6&nbsp;March&mdash;the army said. The drill will run March 6&ndash;10.",
            "Nearly 1.5 thousand Russian troops began a drill at the Donguz range on "
            "6 March—the army said. The drill will run March 6–10.",
        ),
        (
            "<p>Russian troops began a drill at the <b>Donguz</b> range on 6 March.</p>"
            "<p>About 1,500 servicemen take part.<br/>It runs until 10&#160;March.</p>",
            "Russian troops began a drill at the Donguz range on 6 March.\n\n"
            "About 1,500 servicemen take part.\nIt runs until 10 March.",
        ),
    ],
)
def test_html_entities_and_tags_read_as_the_text_they_stand_for(marked, plain, gazetteer):
    got, want = _events(marked, gazetteer), _events(plain, gazetteer)
    assert [_core(e) for e in got] == [_core(e) for e in want]
    assert (got[0].start, got[0].end, got[0].troops) == (date(2023, 3, 6), date(2023, 3, 10), 1500)
    # Quotes and evidence still point at the body as written, entities and all.
    article = article_from_text(marked, title="t", published=date(2023, 3, 8))
    for event in got:
        for source in event.sources:
            assert source.quote == article.body[source.start : source.end]
        spans = [span for spans in event.evidence.values() for span in spans]
        assert spans
        for start, end, _ in spans:
            words = article.body[start:end]
            assert words == words.strip() and "<" not in words[:1]
    dates = [
        article.body[a:b] for spans in got[0].evidence.values() for a, b, k in spans if k == "date"
    ]
    assert any("&" in d or "April" in d for d in dates)


def test_text_without_markup_is_left_alone():
    from dashboard.text import without_markup

    assert without_markup("Troops & tanks at 5 < 6 km; R&D;") is None
    text, origin = without_markup("a&amp;b &bogus; c")
    assert text == "a&b &bogus; c" and origin[1] == 1 and origin[2] == 6


@pytest.mark.parametrize("joint", ["and", "as well as", ", as well as"])
def test_counts_joined_by_as_well_as_are_both_read(joint, gazetteer):
    text = (
        "Russian and Tajik troops began joint drills at Harb-Maidon on Monday, involving some "
        f"1,200 servicemen {joint} about 100 pieces of hardware."
    ).replace(" ,", ",")
    (event,) = _events(text, gazetteer)
    assert (event.troops, event.hardware) == (1200, 100)


def test_a_drill_that_started_a_day_before_a_statement(gazetteer):
    text = (
        "The Tajik defence ministry said on March 6 that the Russian-Tajik drills at "
        "Harb-Maidon, which started a day earlier, involve 1,200 servicemen and will "
        "continue until March 10."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 5), date(2023, 3, 10))


def test_a_field_exit_is_a_drill(gazetteer):
    text = (
        "From 5 to 9 March, motorised rifle units of the Russian military base in Tajikistan "
        "completed a field exit at the Momirak training ground."
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.end) == ("exercise", date(2023, 3, 5), date(2023, 3, 9))
    assert event.participants == ["RUS"]


@pytest.mark.parametrize(
    "observers",
    [
        "Tajik officers will be present at the command post as observers.",
        "The ministry said officers from Tajikistan would attend the final phase as observers.",
    ],
)
def test_officers_present_somewhere_as_observers_are_no_participants(observers, gazetteer):
    text = f"Russian troops began drills at the Lyaur training ground on Monday. {observers}"
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS"]


def test_a_country_attending_the_drills_is_still_a_participant(gazetteer):
    text = (
        "Russian troops began drills at the Lyaur training ground on Monday. Tajik units "
        "will attend the final phase with their own artillery."
    )
    (event,) = _events(text, gazetteer)
    assert "TJK" in event.participants


@pytest.mark.parametrize(
    "text",
    [
        "CSTO defence ministers met in Dushanbe on Monday and approved a plan of joint "
        "exercises for next year.",
        "The ministers agreed the schedule of bilateral drills for 2024.",
    ],
)
def test_a_plan_of_drills_is_no_drill(text, gazetteer):
    assert [e for e in _events(text, gazetteer) if e.kind == "exercise"] == []


def test_a_drill_planned_is_still_a_drill(gazetteer):
    text = "Russia plans to hold joint exercises with Tajikistan at Harb-Maidon in May."
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise"


@pytest.mark.parametrize("contrast", ["is separate from", "is unlike", "differs from"])
def test_a_drill_set_apart_from_a_bloc_s_drill_is_not_the_bloc_s(contrast, gazetteer):
    text = (
        "Russian and Tajik troops began a three-day exercise at the Momirak range on Monday. "
        f"The bilateral exercise {contrast} the CSTO manoeuvres also under way in the south."
    )
    (event,) = _events(text, gazetteer)
    assert event.alliances == []


def test_a_name_with_its_year_after_a_space_dates_its_drill(gazetteer):
    text = "Tajik officers also attended the SCO's Peace Mission 2021 exercise in Orenburg."
    (event,) = _events(text, gazetteer)
    assert event.name == "Peace Mission-2021"
    assert (event.start, event.end, event.time_precision) == (
        date(2021, 1, 1),
        date(2021, 12, 31),
        "year",
    )


@pytest.mark.parametrize(
    ("tail", "troops"),
    [
        ("About 1,000 servicemen will take part, fewer than in last year's exercise there.", 1000),
        ("About 1,000 servicemen will take part, more than last year.", 1000),
        ("It will involve more than 300 soldiers in the exercise.", 300),
    ],
)
def test_a_drill_compared_with_is_not_a_drill_of_its_own(tail, troops, gazetteer):
    text = (
        "Russian and Uzbek troops will hold a joint exercise at the Termez training ground "
        f"from 12 to 16 March. {tail}"
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.troops) == (date(2023, 3, 12), troops)


@pytest.mark.parametrize(
    "meeting",
    [
        "The manoeuvres coincide with a meeting in Dushanbe of CSTO security council "
        "secretaries on March 7.",
        "The drills were timed to coincide with a CSTO summit in Dushanbe on March 7.",
    ],
)
def test_the_meeting_a_drill_coincides_with_is_no_drill(meeting, gazetteer):
    text = f"Russian and Tajik troops began joint exercises at Harb-Maidon on March 6. {meeting}"
    (event,) = _events(text, gazetteer)
    assert (event.start, event.place, event.alliances) == (
        date(2023, 3, 6),
        "Harb-Maidon training ground",
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russian units based in Tajikistan train with Tajik forces several times a year.",
        "Uzbekistan now holds regular joint drills with Russia near Termez.",
    ],
)
def test_drills_told_as_a_habit_are_no_drill(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_an_agency_that_reports_takes_no_part(gazetteer):
    text = (
        "Tajikistan put its armed forces through a snap readiness check on Monday. Spanish "
        "agency EFE said the check involved 1,023 armoured vehicles."
    )
    (event,) = _events(text, gazetteer)
    assert (event.participants, event.hardware) == (["TJK"], 1023)


def test_a_name_s_year_does_not_hide_the_day_told_in_the_next_clause(gazetteer):
    text = (
        "The ministry said the drills, code-named Peace Mission-2021, opened at the Donguz "
        "range on Monday, and will run through Saturday."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 11))


@pytest.mark.parametrize("joint", [", and", " and"])
def test_a_start_and_an_end_in_two_clauses_make_one_range(joint, gazetteer):
    text = (
        "The ministry said the drills opened at the Donguz range on Monday"
        f"{joint} will run through Saturday."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 11))


@pytest.mark.parametrize(
    "end", ["is due to wrap up on", "will conclude on", "will wind up on", "will finish on"]
)
def test_other_end_verbs_date_the_end(end, gazetteer):
    text = f"A Russian-Uzbek exercise that opened on March 6 at the Termez range {end} March 10."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


def test_close_to_a_border_is_no_end(gazetteer):
    text = "Russian troops began drills close to the Afghan border on March 6."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), None)


def test_a_drill_earlier_in_the_week_is_not_the_one_that_began_today(gazetteer):
    text = (
        "A sudden check of the combat readiness of the Tajik armed forces began today. Earlier "
        "this week, some 1,000 servicemen of the 201st Russian military base held tactical "
        "exercises at the Lyaur training ground."
    )
    check, base = _events(text, gazetteer)
    assert (check.start, check.participants) == (date(2023, 3, 8), ["TJK"])
    assert (base.start, base.end, base.place) == (
        date(2023, 3, 6),
        date(2023, 3, 7),
        "Lyaur training ground",
    )


def test_talks_a_drill_comes_before_are_no_drill(gazetteer):
    text = (
        "CSTO troops began drills at Harb-Maidon on Monday. The drills come a day before Moscow "
        "hosts Taliban officials for talks on Afghanistan on Thursday."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.host_country) == (date(2023, 3, 6), "TJK")


@pytest.mark.parametrize(
    "landmark",
    [
        "opposite Afghanistan's Kunduz province",
        ", opposite the Afghan province of Kunduz",
        ", which borders Afghanistan's Kunduz province",
        ", across the river from Afghanistan's Kunduz province",
    ],
)
def test_a_landmark_across_the_border_is_neither_place_nor_participant(landmark, gazetteer):
    text = (
        f"Russian and Tajik troops began drills on Monday in Tajikistan's Khatlon province "
        f"{landmark}."
    ).replace(" ,", ",")
    (event,) = _events(text, gazetteer)
    assert (event.place, event.host_country) == ("Khatlon Region", "TJK")
    assert "AFG" not in event.participants


@pytest.mark.parametrize(
    ("forces", "troops"),
    [
        ("Over 100,000 servicemen and 130,000 reservists", 230000),
        ("Some 2,000 soldiers and 500 border guards", 2500),
        # one force told twice is not added: the officers are among the troops
        ("About 1,000 troops and 200 officers", 1000),
    ],
)
def test_forces_of_another_standing_are_added_up(forces, troops, gazetteer):
    text = f"{forces} took part in a readiness check at Lyaur on Monday."
    (event,) = _events(text, gazetteer)
    assert event.troops == troops


def test_a_country_named_after_but_not_takes_no_part(gazetteer):
    text = (
        "The CSTO, an alliance that includes Tajikistan but not Uzbekistan, will hold "
        "exercises in Tajikistan in October."
    )
    (event,) = _events(text, gazetteer)
    assert "UZB" not in event.participants


def test_a_live_page_s_day_headers_date_the_entries_under_them(gazetteer):
    text = (
        "Monday 6 March\n\n09:30 — Russia and Tajikistan began joint exercises at Harb-Maidon "
        "today. They will run until March 10.\n\nWednesday 8 March\n\n11:00 — Kyrgyz troops "
        "began drills at the Edelweiss range today."
    )
    harb, edelweiss = _events(text, gazetteer)
    assert (harb.start, harb.end) == (date(2023, 3, 6), date(2023, 3, 10))
    assert edelweiss.start == date(2023, 3, 8)


def test_a_day_header_after_publication_dates_nothing(gazetteer):
    text = "Friday 10 March\n\nRussian troops began drills at Harb-Maidon today."
    (event,) = _events(text, gazetteer)
    assert event.start == date(2023, 3, 8)


@pytest.mark.parametrize("marker", ["²", " [3]"])
def test_a_note_marker_hides_no_count_or_date(marker, gazetteer):
    text = f"About 1,500 Tajik troops{marker} held drills at Lyaur in October 2022{marker}."
    (event,) = _events(text, gazetteer)
    assert (event.troops, event.start, event.time_precision) == (1500, date(2022, 10, 1), "month")


def test_a_table_header_is_no_place(gazetteer):
    text = (
        "Kyrgyzstan hosted Rubezh-2021 at the Edelweiss range in September 2021.\n\n"
        "| Exercise | Year | Host | Troops |\n|---|---|---|---|\n| Rubezh-2021 | 2021 | "
        "Kyrgyzstan | 500 |"
    )
    events = _events(text, gazetteer)
    assert all(e.host_country != "AFG" for e in events)
    assert events[0].place == "Edelweiss training ground"


def test_a_drill_told_after_where_is_read(gazetteer):
    text = (
        "The alliance moved its core exercises to Kazakhstan, where Interaction-2022 was held "
        "at the Otar training ground from 26 September to 1 October 2022."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.host_country) == (
        date(2022, 9, 26),
        date(2022, 10, 1),
        "KAZ",
    )


def test_a_drill_after_a_colon_is_not_what_something_followed(gazetteer):
    text = (
        "The CSTO has followed the same logic: the Rubezh-2018 exercise was held at Edelweiss "
        "in April 2018."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.place) == (date(2018, 4, 1), "Edelweiss training ground")


def test_a_name_of_another_year_does_not_name_the_drill(gazetteer):
    text = (
        "Kyrgyzstan hosted Rubezh-2021 at Edelweiss in September 2021 and again hosted "
        "Rubezh-2023, which ran from 24 to 29 September 2023 at Edelweiss."
    )
    events = _events(text, gazetteer)
    dated = [e for e in events if e.start == date(2023, 9, 24)]
    assert dated and dated[0].name == "Rubezh-2023" and dated[0].also_named == []


@pytest.mark.parametrize(
    "text",
    [
        "The review looks at CSTO drills after the January 2022 intervention in Kazakhstan.",
        "Uzbekistan left the CSTO in 2012 and for years avoided multilateral drills with Russia.",
        "Russia's exercise tempo in Central Asia has declined since February 2022.",
    ],
)
def test_drills_in_general_told_against_events_are_no_drill(text, gazetteer):
    assert [e for e in _events(text, gazetteer) if e.kind == "exercise"] == []


@pytest.mark.parametrize(
    "tail",
    [
        "The drills crown a sequence that began well before the fall of Kabul.",
        "For Moscow, the exercises are also a message to Tashkent and Beijing.",
    ],
)
def test_what_a_drill_is_told_against_lends_it_no_place(tail, gazetteer):
    text = f"The CSTO began drills at the Harb-Maidon training ground on March 6. {tail}"
    (event,) = _events(text, gazetteer)
    assert (event.place, event.host_country) == ("Harb-Maidon training ground", "TJK")


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article said the exercise would take place "
        "in the second half of March.",
        "Correction: This article incorrectly said Kazakhstan would join the drill in late March.",
    ],
)
def test_what_a_correction_takes_back_is_not_read(note, gazetteer):
    text = (
        "Pakistan and Uzbekistan will hold an exercise at the Termez range in the first ten "
        f"days of April.\n\n{note}"
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.participants) == (
        date(2023, 4, 1),
        date(2023, 4, 10),
        ["PAK", "UZB"],
    )


@pytest.mark.parametrize("bullet", ["- **{}:**", "* {}:", "{}:"])
def test_a_fact_box_tells_the_drill_just_told(bullet, gazetteer):
    lines = [
        f"{bullet.format('When')} 6–10 March 2023",
        f"{bullet.format('Who')} Russia, Belarus, Kazakhstan",
        f"{bullet.format('Troops')} over 2 thousand",
        f"{bullet.format('Hardware')} about 400 units",
    ]
    text = (
        "Russian and Kazakh troops began a joint exercise at the Chebarkul range on Monday.\n\n"
        + "\n".join(lines)
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))
    assert sorted(event.participants) == ["BLR", "KAZ", "RUS"]
    assert (event.troops, event.hardware) == (2000, 400)


def test_a_fact_line_far_from_any_drill_adds_nothing(gazetteer):
    text = (
        "Russian troops began a drill at the Chebarkul range on Monday. "
        + "The region is quiet. " * 8
        + "\n\nWho: Belarus"
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS"]


def test_the_country_of_an_unknown_town_is_the_host(gazetteer):
    text = "India and Uzbekistan held their joint exercise in Pithoragarh, India, in February."
    (event,) = _events(text, gazetteer)
    assert (event.host_country, event.geo_precision) == ("IND", "country")


def test_since_a_weekday_starts_the_drill(gazetteer):
    text = "Since Monday the joint exercise of Uzbekistan and Russia is being held at Termez."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), None)


def test_staff_training_is_a_drill(gazetteer):
    text = (
        "The joint staff training of the CSTO forces is planned in the 1st decade of April at "
        "the Edelweiss training ground."
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.end, event.alliances) == (
        "exercise",
        date(2023, 4, 1),
        date(2023, 4, 10),
        ["CSTO"],
    )


def test_crews_that_fired_at_targets_at_a_range_held_a_drill(gazetteer):
    text = (
        "Russian troops are holding drills at the Momirak range from March 6 to 9. At Sambuli, "
        "crews of Grad rocket launchers fired at targets on Tuesday."
    )
    momirak, sambuli = _events(text, gazetteer)
    assert (sambuli.place, sambuli.start) == ("Sambuli training ground", date(2023, 3, 7))
    assert "Grad" not in momirak.equipment


def test_forces_sent_to_a_country_are_a_deployment(gazetteer):
    text = (
        "In January, CSTO peacekeepers, most of them Russian paratroopers, were sent to Kazakhstan."
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.host_country) == ("deployment", "KAZ")


@pytest.mark.parametrize(
    ("moved", "troops", "hardware", "equipment"),
    [
        ("Some 1,500 troops were deployed.", 1500, None, set()),
        ("Russia deployed 1,500 troops for the drills.", 1500, None, set()),
        ("Some 1,500 troops arrived at the range.", 1500, None, set()),
        ("About 50 tanks have been moved to the range.", None, 50, {"tank"}),
        ("T-72B3 tanks were redeployed to the range.", None, None, {"T-72B3 tank"}),
    ],
)
def test_forces_moved_undated_after_a_drill_are_its_forces(
    moved, troops, hardware, equipment, gazetteer
):
    text = f"Russia and Tajikistan began joint drills at Lyaur on 7 March. {moved}"
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.site_id) == ("exercise", "lyaur")
    assert (event.troops, event.hardware) == (troops, hardware)
    assert equipment <= set(event.equipment)


def test_forces_moved_somewhere_or_on_a_day_of_their_own_stay_a_deployment(gazetteer):
    drill = "Russia and Tajikistan began joint drills at Lyaur on 7 March. "
    dated = _events(drill + "About 50 tanks were deployed to the range on Monday.", gazetteer)
    assert [e.kind for e in dated] == ["exercise", "deployment"]
    assert dated[0].hardware is None
    placed = _events(drill + "Some 2,000 troops were deployed to Kyrgyzstan.", gazetteer)
    assert placed[0].troops is None


@pytest.mark.parametrize(
    "stays_out",
    [
        "The Russian aviation group at the Kant air base is not involved in the check.",
        "The garrison in Osh is not involved in the exercise.",
        "Russian aircraft from the Kant air base do not take part.",
    ],
)
def test_what_a_part_that_stays_out_names_is_not_the_drills(stays_out, gazetteer):
    text = f"A snap combat readiness check of Kyrgyz troops started on 7 March. {stays_out}"
    (event,) = _events(text, gazetteer)
    assert event.place is None and event.participants == ["KGZ"]
    assert event.equipment == [] and event.hardware is None
    # the drill named after the words that stay out is still where it is
    text = (
        "Tajik troops began an exercise on 7 March. Uzbekistan will not take part in the "
        "exercise at Harb-Maidon."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.participants) == ("harb_maidon", ["TJK"])


@pytest.mark.parametrize(
    ("said", "out"),
    [
        ("Uzbekistan will be represented at the exercise by a group of observers.", "UZB"),
        ("Uzbekistan will take part as an observer.", "UZB"),
        ("Iran, which is set to join the group, was represented only by observers.", "IRN"),
        ("Armenia has stopped taking part in the bloc's events.", "ARM"),
        ("Armenia has suspended its participation in the bloc.", "ARM"),
        ("Armenia no longer takes part in CSTO drills.", "ARM"),
    ],
)
def test_observers_and_who_has_left_take_no_part(said, out, gazetteer):
    text = f"Kyrgyz and Kazakh troops began a CSTO exercise at Edelweiss on 7 March. {said}"
    (event,) = _events(text, gazetteer)
    assert event.participants == ["KGZ", "KAZ"], out
    # represented by forces, a country takes part
    text = (
        "Kyrgyz and Kazakh troops began a CSTO exercise at Edelweiss on 7 March. Uzbekistan "
        "will be represented at the exercise by an air defence battalion."
    )
    (event,) = _events(text, gazetteer)
    assert "UZB" in event.participants


def test_a_meeting_to_plan_a_drill_dates_the_meeting_not_the_drill(gazetteer):
    # published Wednesday 8 March 2023; the talks were on Tuesday
    text = (
        "Russian and Tajik officers met in Dushanbe on Tuesday to finalise plans for the "
        "Rubezh-2023 exercise, which will be held at Harb-Maidon in October."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.site_id) == (
        date(2023, 10, 1),
        date(2023, 10, 31),
        "harb_maidon",
    )
    text = (
        "Officers from Russia and Tajikistan held talks in Dushanbe on Tuesday to plan a "
        "joint exercise at the Lyaur range in April."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.site_id) == (date(2023, 4, 1), "lyaur")
    # a planning conference is no drill, even with the drill told beside it
    text = (
        "Military planners from five nations met in Dushanbe this week for the final planning "
        "conference of Regional Cooperation 2023, the annual exercise led by U.S. Central "
        "Command."
    )
    assert _events(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Were the CSTO to stage a drill in Gorno-Badakhshan tomorrow, it would tell the "
        "Taliban nothing.",
        "If the CSTO staged a drill in Gorno-Badakhshan tomorrow, it would tell the Taliban "
        "nothing.",
        "Should Russia hold another drill at Harb-Maidon next month, nobody in Kunduz will notice.",
        "Governments would do better to fund the border guards than to stage another large "
        "drill at Harb-Maidon next year.",
        "The CSTO will hold five joint exercises in 2024, its Joint Staff said on Tuesday.",
        "Last year we held eleven bilateral and multilateral drills.",
        "The fall of Kabul in August made 2021 the busiest year for military exercises in "
        "Central Asia.",
    ],
)
def test_drills_told_as_a_condition_or_counted_in_bulk_are_no_event(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_a_drill_on_a_real_condition_is_still_a_drill(gazetteer):
    text = (
        "If the weather allows, Russian and Tajik troops will hold a drill at Harb-Maidon "
        "next month."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.start) == ("harb_maidon", date(2023, 4, 1))


@pytest.mark.parametrize(
    "handed_over",
    [
        "Earlier, TASS reported that the 201st Russian military base in Tajikistan received a "
        "batch of Orlan-10 drones.",
        "Russia delivered Orlan-10 drones to the 201st base.",
        "Earlier, Tajikistan signed a contract for the supply of Su-30SM fighters.",
    ],
)
def test_arms_handed_over_are_none_of_the_drills(handed_over, gazetteer):
    text = f"A joint Russian-Tajik exercise took place at Harb-Maidon on 7 March. {handed_over}"
    (event,) = _events(text, gazetteer)
    assert event.equipment == [] and event.participants == ["RUS", "TJK"]


@pytest.mark.parametrize(
    "used",
    [
        "Russian-made Mi-8 helicopters were used in the exercise.",
        "Bayraktar TB2 drones received from Turkey are used in the exercise.",
    ],
)
def test_who_made_or_sold_the_arms_takes_no_part(used, gazetteer):
    text = (
        f"An exercise of Kyrgyz troops started on 7 March at the Edelweiss training ground. {used}"
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["KGZ"] and event.equipment


@pytest.mark.parametrize(
    ("sent", "participants"),
    [
        ("Kazakhstan fielded 900 soldiers.", {"KAZ"}),
        ("Kazakhstan provided a mechanized battalion.", {"KAZ"}),
        ("Kazakhstan committed 900 soldiers.", {"KAZ"}),
        ("Kazakh troops were joined by smaller groups from Kyrgyzstan and Tajikistan.",
         {"KAZ", "KGZ", "TJK"}),
    ],
)  # fmt: skip
def test_who_fields_forces_takes_part(sent, participants, gazetteer):
    text = f"CSTO exercises began at the Edelweiss training ground on 7 March. {sent}"
    (event,) = _events(text, gazetteer)
    assert participants <= set(event.participants)
    # an armed group from a country is the drill's enemy
    text = "Tajik troops began a drill at Lyaur on 7 March to repel armed groups from Afghanistan."
    (event,) = _events(text, gazetteer)
    assert event.participants == ["TJK"]


@pytest.mark.parametrize(
    "told_again",
    ["The check will last until 10 March.", "The snap inspection will end on 10 March."],
)
def test_a_readiness_check_told_again_by_its_noun_dates_its_end(told_again, gazetteer):
    text = (
        "A surprise combat readiness check of the Kyrgyz armed forces started on 6 March at "
        f"the Edelweiss training ground. {told_again}"
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Dushanbe. It ended on Friday.",
        "An IAEA team visited the plant. The inspection will last until 19 April.",
    ],
)
def test_a_pronoun_with_no_drill_before_it_is_no_drill(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_who_a_drill_is_a_message_to_or_a_question_names_takes_no_part(gazetteer):
    text = (
        "Uzbek and Tajik border troops held a joint exercise in Surkhandarya in February. The "
        "exercises are as much messages to Washington and Beijing as preparation for war."
    )
    (event,) = _events(text, gazetteer)
    assert sorted(event.participants) == ["TJK", "UZB"]
    text = (
        "In October, Tajikistan will host the CSTO's Rubezh-2023 at Harb-Maidon.\n\n"
        "**Will China take part in anything?**\n\nNo date has been fixed yet."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["TJK"]


@pytest.mark.parametrize(
    "text",
    [
        "On March 1-4 Russian and Uzbek forces train at the Termez training ground.",
        "On March 1-4 Russian and Uzbek forces train together at the Termez training ground.",
        "On March 1-4 Russian units trained alongside Uzbek border guards near Termez.",
    ],
)
def test_forces_that_train_at_a_range_hold_a_drill(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.start, event.end) == ("exercise", date(2023, 3, 1), date(2023, 3, 4))
    assert {"RUS", "UZB"} <= set(event.participants)


def test_talk_of_preparing_a_drill_is_no_drill(gazetteer):
    text = (
        "In Dushanbe, the ministers of Russia and Tajikistan discussed the border situation and "
        "the preparation of the joint exercises."
    )
    assert _events(text, gazetteer) == []


def test_a_host_that_stays_out_in_a_part_keeps_the_drill_in_its_country(gazetteer):
    # the host's country is a place no words span: it stays, and nothing breaks
    text = (
        "In February Kyrgyzstan hosted the CSTO's Rubezh-2023, in which Uzbekistan, not a "
        "member of the alliance, did not take part."
    )
    (event,) = _events(text, gazetteer)
    assert (event.host_country, event.name) == ("KGZ", "Rubezh-2023")
    assert "UZB" not in event.participants


@pytest.mark.parametrize(
    "march",
    [
        "Within the check, the units made a march to the Edelweiss training ground.",
        "Units made a march to the Edelweiss training ground in the Issyk-Kul region, where "
        "they will conduct tactical exercises with live firing.",
    ],
)
def test_where_the_forces_of_a_drill_told_without_a_place_march_is_its_range(march, gazetteer):
    text = (
        f"A surprise combat readiness check of the Kyrgyz armed forces started on 6 March. {march}"
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.site_id, event.start) == ("exercise", "edelweiss", date(2023, 3, 6))
    # a drill placed already keeps its place; the march is its own move
    text = (
        "Kyrgyz troops began an exercise at the Edelweiss training ground on 6 March. Units "
        "of the Osh garrison made a march to the Ala-Too range."
    )
    assert _events(text, gazetteer)[0].site_id == "edelweiss"


def test_a_readiness_check_moves_its_forces_to_the_range(gazetteer):
    text = (
        "Kazakhstan's armed forces on Monday began a sudden combat readiness check. More than "
        "3,000 servicemen were alerted and moved to the Otar training ground."
    )
    (event,) = _events(text, gazetteer)
    assert (event.kind, event.troops, event.site_id) == ("exercise", 3000, "otar")


def test_where_the_forces_of_a_drill_take_part_is_where_it_is(gazetteer):
    text = (
        "Kazakh troops on Monday began a snap combat readiness check. Some 3,000 servicemen are "
        "taking part at the Otar training ground."
    )
    (event,) = _events(text, gazetteer)
    assert (event.site_id, event.troops) == ("otar", 3000)


def test_a_rough_start_and_an_exact_end(gazetteer):
    text = (
        "Kazakhstan's armed forces this week carried out a sudden combat readiness check. The "
        "check will end on Saturday with an exercise at the Matybulak range."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (
        date(2023, 3, 6),
        date(2023, 3, 11),
        "week",
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On March 6 the minister received a delegation of the CSTO Joint Staff, who arrived "
            "to inspect the readiness of the training ground.",
            [],
        ),
        ("The defence minister said 2,000 troops arrived at Termez on Monday.", ["deployment"]),
    ],
)
def test_a_delegation_that_arrives_is_no_deployment(text, kinds, gazetteer):
    assert [e.kind for e in _events(text, gazetteer) if e.kind != "other"] == kinds


def test_the_home_garrisons_a_march_leaves_are_no_place_of_it(gazetteer):
    text = (
        "The joint exercise of Russia and Tajikistan began on Monday at the Harbmaydon training "
        "ground. Servicemen of the 201st military base made a march of more than 100 km from "
        "the places of permanent deployment in Dushanbe and Bokhtar to the training ground."
    )
    events = _events(text, gazetteer)
    assert [e.site_id for e in events] == ["harb_maidon"]


@pytest.mark.parametrize("forces", ["artillery crews of the base", "the base's artillery crews"])
def test_forces_of_the_base_named_before_are_its_country_s(forces, gazetteer):
    text = (
        "Units of the Russian 201st military base held drills at the Lyaur range on Monday. "
        f"On Tuesday, {forces} conducted live firing at the Momirak range."
    )
    _, momirak = _events(text, gazetteer)
    assert momirak.participants == ["RUS"]


def test_the_base_with_no_base_named_before_lends_no_country(gazetteer):
    text = "On Tuesday, artillery crews of the base conducted live firing at the Momirak range."
    (event,) = _events(text, gazetteer)
    assert event.participants == []


@pytest.mark.parametrize("begun", ["have begun", "have just started", "has got under way"])
def test_a_drill_told_as_begun_began_by_the_day_of_the_story(begun, gazetteer):
    text = f"Russian troops {begun} a tactical exercise at the Lyaur range."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 8), None)


def test_a_visit_to_plan_a_drill_does_not_date_it(gazetteer):
    text = (
        "A Russian military delegation is expected to visit Tashkent in May to plan a larger "
        "trilateral exercise in the autumn, possibly at the Termez range."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.time_precision, event.site_id) == (
        date(2023, 9, 1),
        "season",
        "termez_training_ground",
    )


def test_a_readiness_check_of_a_country_s_forces_is_at_home(gazetteer):
    text = (
        "A sudden check of the combat readiness of the Armed Forces of the Republic of "
        "Tajikistan began today."
    )
    (event,) = _events(text, gazetteer)
    assert (event.host_country, event.geo_precision) == ("TJK", "country")


def test_neither_nor_takes_no_part(gazetteer):
    text = (
        "The CSTO held drills at Harb-Maidon on Monday. Neither the Chinese outpost nor the "
        "Uzbek drills fall under CSTO command."
    )
    (event,) = _events(text, gazetteer)
    assert not {"CHN", "UZB"} & set(event.participants)


def test_a_drill_told_at_two_ranges_ends_at_either(gazetteer):
    text = (
        "Kazakh forces began a sudden combat readiness check on Monday. Some 3,000 servicemen "
        "were alerted and moved to the Otar and Matybulak training grounds. The check will end "
        "on Saturday with an exercise at Matybulak."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 11))


def test_the_alliance_is_the_bloc_named_before(gazetteer):
    text = (
        "The CSTO has changed its exercise cycle. In 2022 the alliance held Interaction-2022 "
        "at the Otar training ground from 26 September to 1 October 2022."
    )
    events = [e for e in _events(text, gazetteer) if e.site_id == "otar"]
    assert events and events[0].alliances == ["CSTO"]


def test_the_alliance_with_no_bloc_named_before_is_none(gazetteer):
    text = "The alliance held drills at the Otar training ground on Monday."
    (event,) = _events(text, gazetteer)
    assert event.alliances == []


def test_a_drill_at_the_second_range_of_the_first_is_its_own(gazetteer):
    text = (
        "Russian troops are holding field exercises at the Momirak and Sambuli ranges from "
        "March 6 to 9. At Sambuli, crews of Grad rocket launchers fired at targets on Tuesday."
    )
    momirak, sambuli = _events(text, gazetteer)
    assert sambuli.site_id == "sambuli" and "Grad" not in momirak.equipment


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO will hold the Rubezh-2023 exercise in Kyrgyzstan on September 15-19 and "
        "the Poisk-2023 exercise in Tajikistan on October 2-6.",
        "The CSTO will hold the Rubezh-2023 exercise at Edelweiss from 15 to 19 September, "
        "and Poisk-2023 at Harb-Maidon from 2 to 6 October.",
        "The CSTO said Rubezh-2023 would run in Kyrgyzstan from 15 to 19 September and the "
        "Poisk 2023 exercise in Tajikistan from 2 to 6 October.",
    ],
)
def test_two_named_drills_in_one_clause_with_their_own_dates_are_two(gazetteer, text):
    first, second = _events(text, gazetteer)
    assert (first.name, first.start, first.end) == (
        "Rubezh-2023",
        date(2023, 9, 15),
        date(2023, 9, 19),
    )
    assert (second.name, second.start, second.end) == (
        "Poisk-2023",
        date(2023, 10, 2),
        date(2023, 10, 6),
    )
    assert second.host_country == "TJK" and first.host_country == "KGZ"
    assert second.alliances == ["CSTO"]


def test_a_named_drill_without_its_own_date_stays_with_the_first(gazetteer):
    text = (
        "Russian troops will train at Lyaur from 15 to 19 September and the Victory Day 2023 "
        "parade rehearsals in Dushanbe continue."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "lyaur"


@pytest.mark.parametrize(
    "text",
    [
        "The drills will now be held from March 20 to March 24 at the Termez training ground.",
        "The drills will instead be held from March 20 to March 24 at the Termez training ground.",
        "Russia and Uzbekistan have rescheduled their exercise at Termez for March 20-24.",
        "Russia and Uzbekistan have brought forward their joint exercise at the Termez training "
        "ground to March 20 - 24.",
        "The Russian-Uzbek drills at Termez, planned for May, have been moved to March 20-24.",
    ],
)
def test_a_new_date_for_a_drill_is_the_nearest_one_whatever_the_tense(gazetteer, text):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 20), date(2023, 3, 24))


@pytest.mark.parametrize("verb", ["were extended to", "have been extended until"])
def test_a_drill_extended_to_a_day_ends_then(gazetteer, verb):
    text = (
        "Russian and Tajik troops began joint drills on Monday at the Momirak training ground. "
        f"The drills {verb} March 17."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 17))


def test_troops_moved_to_a_range_on_a_day_keep_that_day(gazetteer):
    (event,) = _events(
        "Russian troops were moved to the Termez training ground on March 5 for drills.",
        gazetteer,
    )
    assert event.start == date(2023, 3, 5)


@pytest.mark.parametrize(
    "comment",
    [
        "Lithuania, Latvia and Poland said they would watch the manoeuvres closely.",
        "Lithuania has called the exercises provocative.",
        "Lithuania said it was not informed in advance.",
    ],
)
def test_a_country_that_comments_on_a_drill_takes_no_part(gazetteer, comment):
    text = (
        "Russian and Belarusian troops began joint drills at the Lyaur training ground on "
        f"Monday. {comment}"
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "BLR"]


def test_a_capital_that_tells_is_no_place(gazetteer):
    text = (
        "Russian and Kyrgyz troops held a joint drill from 6 to 8 March, according to "
        "Dushanbe, with about 1,000 servicemen."
    )
    (event,) = _events(text, gazetteer)
    assert event.place is None and event.host_country is None


@pytest.mark.parametrize(
    "where",
    [
        "in the city of Kars of the Republic of Turkey",
        "in Kars, Turkey",
        "near Chushul in Ladakh, India",
        "in Turkey's Kars province",
        "in the Turkish city of Kars",
    ],
)
def test_a_town_told_with_another_country_is_not_its_namesake(gazetteer, where):
    # Kars and Chushul are also read as Qarshi (Uzbekistan) and Quxu (China).
    (event,) = _events(f"Troops held winter drills {where} from 6 to 10 March.", gazetteer)
    assert event.host_country not in ("UZB", "CHN")
    assert event.lat is None or event.geo_precision == "country"


def test_a_town_told_with_its_own_country_stays(gazetteer):
    (event,) = _events("Troops held drills near Termez, Uzbekistan, from 6 to 10 March.", gazetteer)
    assert event.host_country == "UZB" and event.geo_precision == "town"


def test_a_drill_begun_in_one_month_and_lasting_until_another_spans_both(gazetteer):
    (event,) = _events(
        "The drills at Lyaur began in February and will last until the end of March.", gazetteer
    )
    assert (event.start, event.end, event.time_precision) == (
        date(2023, 2, 1),
        date(2023, 3, 31),
        "month",
    )


def test_a_drill_lasting_until_mid_month_has_no_known_start(gazetteer):
    (event,) = _events("The drills at Lyaur will last until mid-March.", gazetteer)
    assert (event.start, event.end) == (None, date(2023, 3, 20))


def test_a_drill_begun_in_a_month_is_that_month(gazetteer):
    (event,) = _events("The exercise began in March at the Lyaur range.", gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 31))


def test_a_name_after_part_of_is_the_drill_s_own_when_no_drill_is_told_before(gazetteer):
    (event,) = _events(
        "Russian snipers trained at the Lyaur training ground on Monday as part of the "
        "Southern Shield-2023 exercise.",
        gazetteer,
    )
    assert event.name == "Southern Shield-2023"


def test_a_name_after_part_of_a_told_drill_is_a_whole(gazetteer):
    (event,) = _events(
        "A trilateral exercise was held at Harb-Maidon on Monday as part of Combat "
        "Brotherhood-2023.",
        gazetteer,
    )
    assert event.name is None


@pytest.mark.parametrize(
    "plan",
    [
        "The drills were to have been held at the Edelweiss training ground from 10 to 14 March.",
        "The drills had been scheduled to take place at Edelweiss from 10 to 14 March.",
        "The exercise was scheduled for 10-14 March at the Edelweiss training ground.",
    ],
)
def test_the_plan_of_a_drill_called_off_just_before_is_no_event(gazetteer, plan):
    text = f"Kyrgyzstan has called off the CSTO exercise Rubezh-2023, the ministry said. {plan}"
    assert _events(text, gazetteer) == []


def test_a_drill_told_after_another_was_called_off_is_an_event(gazetteer):
    text = (
        "Kyrgyzstan has called off the CSTO exercise Rubezh-2023, the ministry said. A "
        "separate exercise was scheduled for 10-14 March at the Edelweiss training ground."
    )
    (event,) = _events(text, gazetteer)
    assert event.start == date(2023, 3, 10)


def test_pulling_the_plug_on_a_drill_calls_it_off(gazetteer):
    text = (
        "Kyrgyzstan has pulled the plug on the CSTO exercise planned at the Edelweiss "
        "training ground from 10 to 14 March."
    )
    assert _events(text, gazetteer) == []


def test_a_new_end_keeps_the_start_told_before(gazetteer):
    text = (
        "The joint Uzbek-Russian exercise started at the Forish training ground on 1 March. "
        "The exercise, initially due to end on 5 March, will now conclude on 9 March."
    )
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 9))


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops exercised with the Uzbeks at Termez from 1 to 5 March.",
        "Russian troops were exercising again – this time with the Uzbeks at Termez, from 1 "
        "to 5 March.",
        "Russian and Uzbek troops practised border defence at Termez from 1 to 5 March.",
    ],
)
def test_a_drill_told_by_its_verb_with_partners_is_a_drill(gazetteer, text):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 1), date(2023, 3, 5))
    assert set(event.participants) == {"RUS", "UZB"}


@pytest.mark.parametrize(
    "count",
    [
        "Some 700 Russian servicemen and 300 Tajik soldiers are taking part.",
        "Some 700 servicemen of Russia's 201st military base and 300 Tajik soldiers are taking "
        "part.",
        "Some 700 Russian troops and 300 Tajik troops are taking part.",
        # (each count with its country, the second told by a verb of sending)
        "The Tajik contingent numbered 300, and Russia sent 700 servicemen.",
    ],
)
def test_the_counts_of_two_armies_are_added_up(gazetteer, count):
    text = f"Russian and Tajik troops began joint drills on Monday at Momirak. {count}"
    (event,) = _events(text, gazetteer)
    assert event.troops == 1000


@pytest.mark.parametrize(
    "turn",
    [
        "; Uzbekistan, which left the bloc, sent no troops.",
        ", while Uzbekistan did not send troops.",
        ", but Uzbekistan is not.",
    ],
)
def test_a_country_that_stays_out_leaves_the_others_in(gazetteer, turn):
    text = (
        "The CSTO exercise Rubezh-2023 began on Monday at the Edelweiss training ground. "
        f"Units from Russia, Kazakhstan and Tajikistan are taking part{turn}"
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "KAZ", "TJK"]


def test_a_country_said_to_stay_out_stays_out_though_invited(gazetteer):
    text = (
        "Russian troops began a readiness check at the Sambuli range on Monday. Tajik units "
        "were not involved in the check, but Tajik officers were invited to the final episode."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS"]


def test_joint_is_part_of_a_name_inside_a_sentence(gazetteer):
    (event,) = _events(
        "Chinese and Russian warships began the Joint Sea-2023 exercise on Monday.", gazetteer
    )
    assert event.name == "Joint Sea-2023"
    (event,) = _events("Joint Rubezh-2023 drills began at Edelweiss on Monday.", gazetteer)
    assert event.name == "Rubezh-2023"


@pytest.mark.parametrize("background", ["Last year", "The previous year", "Two years ago"])
def test_a_drill_of_years_before_does_not_date_an_undated_drill(gazetteer, background):
    text = (
        "More than 1,000 servicemen of the Russian base have been put on alert for an exercise "
        f"at the Lyaur training ground. {background}, about 300,000 troops took part in "
        "strategic exercises in Siberia."
    )
    lyaur = [e for e in _events(text, gazetteer) if e.site_id == "lyaur"]
    assert len(lyaur) == 1 and lyaur[0].troops == 1000 and lyaur[0].start is None


@pytest.mark.parametrize(
    "part",
    [
        "A live-fire stage of the joint Kazakh-Kyrgyz exercise at the Matybulak training "
        "ground was called off because of heavy snow.",
        "Live firing at the joint Kazakh-Kyrgyz exercise at the Matybulak training ground was "
        "cancelled on Wednesday because of heavy snow.",
    ],
)
def test_a_part_of_a_drill_called_off_leaves_the_drill_where_it_is(gazetteer, part):
    text = (
        f"The exercise began on March 1. {part} The remaining stages will continue until Saturday."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "matybulak" and set(event.participants) == {"KAZ", "KGZ"}
    assert event.start == date(2023, 3, 1)


def test_a_whole_drill_called_off_is_still_no_event(gazetteer):
    text = (
        "The joint Kazakh-Kyrgyz exercise at the Matybulak training ground, planned for "
        "20-24 March, was called off because of heavy snow."
    )
    assert _events(text, gazetteer) == []


def test_a_drill_postponed_until_a_month_is_held_that_month(gazetteer):
    (event,) = _events("The drills at Lyaur have been postponed until October.", gazetteer)
    assert (event.start, event.end) == (date(2023, 10, 1), date(2023, 10, 31))


def test_forces_that_also_take_part_join_the_drill_told_paragraphs_before(gazetteer):
    text = (
        "Russian and Belarusian troops began joint drills at the Lyaur training ground on "
        "Monday.\n\nThe ministry published a list of ranges on its website.\n\nOfficials "
        "gave a briefing for diplomats on Thursday evening.\n\nContingents from Armenia and "
        "Kazakhstan will also take part."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "BLR", "ARM", "KAZ"]


def test_the_forces_of_a_drill_told_first_without_place_or_date_are_its_own(gazetteer):
    text = (
        "Russia and Uzbekistan will hold a joint tactical exercise. The drills will be held "
        "from March 20 to March 24 at the Termez training ground."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "UZB"] and event.start == date(2023, 3, 20)


def test_the_forces_of_an_unplaced_drill_do_not_join_another_told_as_new(gazetteer):
    text = (
        "Russia and Uzbekistan will hold a joint tactical exercise. Separately, Kazakh troops "
        "held drills at the Otar training ground on Monday."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["KAZ"]


@pytest.mark.parametrize(
    "anchor",
    [
        "shortly before the Taliban took Kabul",
        "a week before the Taliban seized power in Afghanistan",
    ],
)
def test_a_time_told_by_what_others_did_adds_no_forces(gazetteer, anchor):
    text = (
        f"In August 2021, {anchor}, Russia, Tajikistan and Uzbekistan held joint exercises at "
        "the Harb-Maidon range."
    )
    (event,) = _events(text, gazetteer)
    assert event.participants == ["RUS", "TJK", "UZB"]


def test_the_command_of_a_base_directs_a_drill_and_is_not_its_place(gazetteer):
    text = (
        "The joint Tajik-Russian exercise at the Harb-Maidon training ground began on Monday. "
        "The exercise is directed by the Chief of the General Staff of Tajikistan together "
        "with the command of the 201st Russian military base."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "harb_maidon" and "RUS" in event.participants


@pytest.mark.parametrize("befell", ["called off", "refused to host"])
def test_a_drill_called_off_in_one_place_and_held_in_another_is_held(gazetteer, befell):
    text = (
        f"The CSTO peacekeeping exercise that Kyrgyzstan {befell} will be held at the Iliysky "
        "training ground in Kazakhstan from 20 to 24 March instead, the CSTO said."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "iliysky" and event.start == date(2023, 3, 20)


def test_a_drill_moved_from_the_range_it_was_planned_at_is_at_the_new_one(gazetteer):
    text = (
        "Russian and Tajik troops began joint drills on Monday. The drills, originally planned "
        "at the Lyaur range, have been moved to the Momirak training ground."
    )
    (event,) = _events(text, gazetteer)
    assert event.site_id == "momirak"


def test_a_word_on_the_exercise_after_a_background_drill_is_of_the_story_s_drill(gazetteer):
    text = (
        "A joint exercise of Uzbek and Russian troops started on Monday at the Termez "
        "training ground.\n\nEarlier this year, the two countries' troops exercised together "
        "in the Samarkand region.\n\nThe ministry stressed that the exercise is not directed "
        "against any third country."
    )
    main = next(e for e in _events(text, gazetteer) if e.start == date(2023, 3, 6))
    assert any("third country" in s.quote for s in main.sources)


@pytest.mark.parametrize(
    ("count", "troops"),
    [("More than 1,5 thousand servicemen", 1500), ("About 2,5 thousand servicemen", 2500),
     ("More than 1.5 thousand servicemen", 1500), ("About 1,500 servicemen", 1500)],
)  # fmt: skip
def test_a_decimal_comma_before_thousand_is_a_decimal(count, troops, gazetteer):
    text = f"{count} of Russia and Tajikistan took part in the exercise at Lyaur on Monday."
    (event,) = _events(text, gazetteer)
    assert event.troops == troops


@pytest.mark.parametrize(
    ("kit", "hardware"),
    [
        ("About 20 aircraft and helicopters took part, along with 60 armored vehicles.", 80),
        ("Some 20 aircraft and 60 armored vehicles took part.", 80),
        ("Some 20 aircraft, 60 armored vehicles and 10 drones took part.", 90),
        ("Russia sent 12 T-72B3 tanks and four Su-25 jets.", 16),
        # the kinds of the first count told in an aside
        (
            "About 20 aircraft and helicopters, including Chinese Z-10 attack helicopters and "
            "Wing Loong drones, took part, along with 60 armored vehicles.",
            80,
        ),
        # the aircraft are among the pieces of hardware
        ("Some 500 pieces of military hardware and more than 20 aircraft are involved.", 500),
    ],
)
def test_the_counts_of_materiel_told_kind_by_kind_add_up(kit, hardware, gazetteer):
    text = f"Chinese and Tajik forces began a joint exercise at Lyaur on Monday. {kit}"
    (event,) = _events(text, gazetteer)
    assert event.hardware == hardware


@pytest.mark.parametrize(
    "size",
    [
        "Tajikistan's army has about 9,000 troops.",
        "Tajikistan has an army of about 9,000 troops.",
        "Kazakhstan's armed forces have about 39,000 active personnel.",
        "The Caspian Flotilla, based in Astrakhan, operates around 50 vessels.",
        "The Tajik air force operates about 30 aircraft.",
    ],
)
def test_the_standing_size_of_a_force_is_no_count_of_the_drill(size, gazetteer):
    text = f"Russian and Tajik troops began a joint exercise at Lyaur on Monday. {size}"
    (event,) = _events(text, gazetteer)
    assert (event.troops, event.hardware, event.equipment) == (None, None, [])


def test_a_base_told_by_its_size_is_not_where_the_drill_is(gazetteer):
    text = (
        "The CSTO launched military exercises in Kyrgyzstan on Monday. Russia's Kant air base "
        "hosts about 500 personnel and 20 aircraft."
    )
    (event,) = _events(text, gazetteer)
    assert (event.place, event.troops, event.hardware, event.equipment) == (
        "Kyrgyzstan",
        None,
        None,
        [],
    )


@pytest.mark.parametrize(
    ("count", "troops"),
    [
        ("Russia's army will field 9,000 troops in the exercise.", 9000),
        ("The exercise has about 2,000 troops.", 2000),
    ],
)
def test_what_a_force_fields_in_the_drill_is_its_count(count, troops, gazetteer):
    text = f"Russian and Tajik troops began a joint exercise at Lyaur on Monday. {count}"
    (event,) = _events(text, gazetteer)
    assert event.troops == troops


@pytest.mark.parametrize("verb", ["will be held", "was held"])
def test_a_bare_day_before_a_full_numeric_date_opens_the_drill(verb, gazetteer):
    # «с 18 по 23.10.2021»: the drill runs 18-23 October, not only on the 23rd
    text = f"The joint exercise {verb} from 18 to 23.10.2022 at the Harb-Maidon training ground."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2022, 10, 18), date(2022, 10, 23))


@pytest.mark.parametrize(
    "when", ["from 18 to 23.03", "on 18-23.03", "from 18.03 to 23.03", "from 18 to 23.03 this year"]
)
def test_a_day_and_month_without_a_year_date_the_drill(when, gazetteer):
    text = f"The joint exercise will be held {when} at the Harb-Maidon training ground."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (
        date(2023, 3, 18),
        date(2023, 3, 23),
        "day",
    )


def test_a_day_and_month_after_until_ends_the_drill(gazetteer):
    text = "The drill at the Edelweiss training ground began on 6 March and will last until 10.03."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 6), date(2023, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "On the eve, a tactical exercise of the 201st military base took place at the Lyaur "
        "training ground.",
        "On the Lyaur training ground took place on the eve a tactical exercise of the 201st "
        "military base, the press service reported on Wednesday.",
        "The day before, a tactical exercise of the 201st military base took place at the "
        "Lyaur training ground.",
    ],
)
def test_a_drill_held_on_the_eve_is_held_the_day_before_the_story(text, gazetteer):
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (date(2023, 3, 7), date(2023, 3, 7))


def test_a_drill_on_the_eve_of_another_event_is_not_dated_by_it(gazetteer):
    text = (
        "On the eve of the exercise, the motorized riflemen of the 201st military base "
        "arrived at the Lyaur training ground."
    )
    assert all(e.start != date(2023, 3, 7) for e in _events(text, gazetteer))


@pytest.mark.parametrize(
    "second",
    [
        "On the eve, Tajik troops held drills at the Lyaur range.",
        "The previous day, Tajik troops held drills at the Lyaur range.",
    ],
)
def test_on_the_eve_of_a_day_told_before_is_the_day_before_it(second, gazetteer):
    text = f"Kyrgyz troops held drills at the Edelweiss range on 6 March. {second}"
    lyaur = next(e for e in _events(text, gazetteer) if e.site_id == "lyaur")
    assert (lyaur.start, lyaur.end) == (date(2023, 3, 5), date(2023, 3, 5))


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("From 20 to 24 of the current month", date(2023, 3, 20), date(2023, 3, 24)),
        ("From the 20th to the 24th of this month", date(2023, 3, 20), date(2023, 3, 24)),
        ("In the third decade of the current month", date(2023, 3, 21), date(2023, 3, 31)),
    ],
)
def test_the_current_month_dates_a_drill_in_the_month_of_the_story(when, start, end, gazetteer):
    text = f"{when}, Tajik and Chinese troops will hold a joint exercise at the Lyaur range."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end) == (start, end)


def test_a_drill_in_the_first_days_of_a_month_is_early_in_it(gazetteer):
    text = "Uzbek and Russian troops will drill in the first days of April at the Termez range."
    (event,) = _events(text, gazetteer)
    assert (event.start, event.end, event.time_precision) == (
        date(2023, 4, 1),
        date(2023, 4, 10),
        "month_part",
    )


def test_a_drill_at_sea_or_in_a_shared_valley_has_the_zone_and_no_host_from_it(gazetteer):
    (event,) = _events(
        "Kazakhstan and Russia will hold a naval exercise in the Caspian Sea on 6 March.", gazetteer
    )
    assert (event.place, event.geo_precision) == ("Caspian Sea", "region")
    assert event.host_country is None and set(event.participants) == {"KAZ", "RUS"}
    (event,) = _events(
        "Uzbek, Kyrgyz and Tajik police will rehearse a response to unrest in the Fergana "
        "Valley on 6 March.",
        gazetteer,
    )
    assert (event.place, event.geo_precision, event.host_country) == (
        "Fergana Valley",
        "region",
        None,
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Uzbek and Chinese special forces kicked off a two-week joint anti-terrorism "
            "training in Tashkent region on 18 February.",
            date(2023, 2, 18),
            date(2023, 3, 3),
        ),
        (
            "Uzbek and Chinese special forces began joint anti-terrorism training in the "
            "Tashkent region on 6 March.",
            date(2023, 3, 6),
            None,
        ),
        (
            "Uzbek and Chinese special forces took part in mountain warfare training in the "
            "Tashkent region on 6 March.",
            date(2023, 3, 6),
            date(2023, 3, 6),
        ),
    ],
)
def test_joint_training_of_forces_is_a_drill(text, start, end, gazetteer):
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and (event.start, event.end) == (start, end)
    assert set(event.participants) == {"UZB", "CHN"} and event.host_country == "UZB"


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Tajikistan discussed joint training of officers in Dushanbe on 6 March.",
        "The football team began joint training in Dushanbe on 6 March.",
        "Kyrgyz cadets completed a training course in Bishkek on 6 March.",
        "Tajik border troops opened a new training centre near Kulob on 6 March.",
    ],
)
def test_training_that_is_schooling_sport_or_a_building_is_no_drill(text, gazetteer):
    assert _events(text, gazetteer) == []


def test_a_unit_s_home_base_is_not_where_it_went(gazetteer):
    text = (
        "Units of the Southwestern military district, based in Karshi, were put on alert on "
        "6 March and moved to unfamiliar terrain."
    )
    assert all(e.place is None or "Qarshi" not in e.place for e in _events(text, gazetteer))
    # (with nowhere else told, forces drill where they are based)
    text = "Servicemen based at the Kant air base held a snap check on 6 March."
    (event,) = _events(text, gazetteer)
    assert event.site_id is not None and "Kant" in event.place


def test_border_guards_rehearsing_are_a_drill(gazetteer):
    text = (
        "Kazakh and Uzbek border guards rehearsed sealing off a stretch of their shared border "
        "near Saryagash on 6 March."
    )
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and set(event.participants) == {"KAZ", "UZB"}
    assert event.start == date(2023, 3, 6) and event.host_country == "KAZ"


def test_a_force_and_a_count_of_another_are_not_added_up(gazetteer):
    # (one country's contingent, then the force as a whole: the larger count)
    text = (
        "Russian and Tajik troops began joint drills on Monday at Momirak. The Tajik "
        "contingent numbered 300, and the whole contingent numbered 1,000."
    )
    (event,) = _events(text, gazetteer)
    assert event.troops == 1000


def test_a_bloc_that_tells_the_figures_is_no_party_to_the_drill(gazetteer):
    text = (
        "The drills drew some 30,000 Russian servicemen in Belarus on 6 March, according to "
        "NATO estimates."
    )
    (event,) = _events(text, gazetteer)
    assert event.alliances == [] and event.participants == ["RUS"] and event.troops == 30_000


@pytest.mark.parametrize(
    "text",
    [
        "Kyrgyz, Tajik and Uzbek border troops have held coordinated patrols along their "
        "frontiers since 6 March, in what officials described as preventive measures rather "
        "than an exercise.",
        "Officials stressed that the patrols on the border on 6 March were not a drill.",
    ],
)
def test_what_is_said_not_to_be_a_drill_is_none(text, gazetteer):
    assert [e for e in _events(text, gazetteer) if e.kind == "exercise"] == []


def test_a_drill_said_not_to_be_routine_is_still_a_drill(gazetteer):
    text = "The exercise, which was not a routine drill, began at Lyaur on 6 March."
    (event,) = _events(text, gazetteer)
    assert event.kind == "exercise" and event.site_id == "lyaur"


def test_named_drills_listed_in_quotes_are_each_read(gazetteer):
    text = (
        'The CSTO plan includes the "Interaction-2025" exercise in Belarus in September and '
        'the "Echelon-2025" drills in Russia in August.'
    )
    names = {e.name: e for e in _events(text, gazetteer)}
    assert set(names) == {"Interaction-2025", "Echelon-2025"}
    assert names["Echelon-2025"].host_country == "RUS"
    assert names["Echelon-2025"].start.month == 8
