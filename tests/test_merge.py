"""Merging across articles: one real drill, one event, every source."""

import random
from datetime import date, timedelta

import pytest

from dashboard.merge import can_merge, merge_events
from dashboard.model import Event, SourceRef


def _event(
    article,
    start,
    end,
    *,
    host="TJK",
    site="harb-maidon",
    lat=37.6,
    lon=68.6,
    participants=("RUS", "TJK"),
    kind="exercise",
    precision="day",
    unc=5.0,
    troops=None,
):
    return Event(
        id=f"ev-{article}-{start}",
        kind=kind,
        title="t",
        start=start,
        end=end,
        time_precision=precision,
        host_country=host,
        participants=list(participants),
        site_id=site,
        place=site,
        lat=lat,
        lon=lon,
        geo_precision="site" if site else "border",
        uncertainty_km=unc,
        troops=troops,
        sources=[SourceRef(article, f"sentence of {article}", 0, 10)],
    )


D = date


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # announced window vs reported end, same site: one drill
        (
            _event("a1", D(2021, 8, 5), D(2021, 8, 10)),
            _event("a2", D(2021, 8, 10), D(2021, 8, 10)),
            True,
        ),
        # month-level announcement contains the days
        (
            _event("a1", D(2021, 8, 1), D(2021, 8, 31), precision="month", site=None, unc=60),
            _event("a2", D(2021, 8, 5), D(2021, 8, 10)),
            True,
        ),
        # same article: kept apart by the extractor, never merged again
        (
            _event("a1", D(2021, 8, 5), D(2021, 8, 10)),
            _event("a1", D(2021, 8, 5), D(2021, 8, 10)),
            False,
        ),
        # different host countries
        (
            _event("a1", D(2021, 8, 5), D(2021, 8, 10)),
            _event(
                "a2", D(2021, 8, 5), D(2021, 8, 10), host="UZB", site="termez", lat=37.2, lon=67.3
            ),
            False,
        ),
        # dates clearly differ (April vs August)
        (
            _event("a1", D(2021, 4, 21), D(2021, 4, 30)),
            _event("a2", D(2021, 8, 5), D(2021, 8, 10)),
            False,
        ),
        # places clearly differ: two precise sites 250 km apart
        (
            _event("a1", D(2021, 8, 5), D(2021, 8, 10)),
            _event("a2", D(2021, 8, 5), D(2021, 8, 10), site="lyaur", lat=38.4, lon=68.6 + 2.5),
            False,
        ),
        # disjoint participants
        (
            _event("a1", D(2021, 8, 5), D(2021, 8, 10), participants=("RUS",)),
            _event("a2", D(2021, 8, 5), D(2021, 8, 10), participants=("CHN",)),
            False,
        ),
        # different kinds
        (
            _event("a1", D(2021, 8, 5), D(2021, 8, 10)),
            _event("a2", D(2021, 8, 5), D(2021, 8, 10), kind="deployment"),
            False,
        ),
    ],
)
def test_merge_can_merge_table(a, b, expected):
    assert can_merge(a, b) is expected
    assert can_merge(b, a) is expected


def test_merge_combines_sources_and_takes_most_precise_values():
    announced = _event(
        "a1",
        D(2021, 8, 1),
        D(2021, 8, 31),
        precision="month",
        site=None,
        unc=60,
        troops=1500,
        participants=("RUS", "TJK"),
    )
    reported = _event("a2", D(2021, 8, 5), D(2021, 8, 10), troops=2500, participants=("RUS", "UZB"))
    merged = merge_events([announced, reported])
    assert len(merged) == 1
    e = merged[0]
    assert (e.start, e.end, e.time_precision) == (D(2021, 8, 5), D(2021, 8, 10), "day")
    assert e.site_id == "harb-maidon"
    assert {s.article_id for s in e.sources} == {"a1", "a2"}
    assert set(e.participants) == {"RUS", "TJK", "UZB"}
    assert e.troops == 2500


def test_merge_result_does_not_depend_on_order():
    events = (
        [_event(f"art{i}", D(2021, 8, 5 + i % 3), D(2021, 8, 10)) for i in range(6)]
        + [
            _event(f"other{i}", D(2021, 4, 21), D(2021, 4, 30), precision="month_part")
            for i in range(4)
        ]
        + [_event("uzb", D(2021, 7, 30), D(2021, 8, 10), host="UZB", site="termez")]
    )

    def summary(result):
        return sorted(
            (e.id, e.start, tuple(sorted(s.article_id for s in e.sources))) for e in result
        )

    expected = summary(merge_events(events))
    assert len(expected) == 3
    rng = random.Random(7)
    for _ in range(5):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert summary(merge_events(shuffled)) == expected


def test_merge_keeps_undated_events_apart():
    a = _event("a1", None, None)
    b = _event("a2", None, None)
    assert len(merge_events([a, b])) == 2


def test_merge_a_day_range_holding_the_other_reports_dates_the_drill():
    # "5-10 August" and "ended on 10 August" are one drill of six days, not one day.
    ranged = _event("a1", D(2021, 8, 5), D(2021, 8, 10))
    ended = _event("a2", D(2021, 8, 10), D(2021, 8, 10))
    for group in ([ranged, ended], [ended, ranged]):
        (merged,) = merge_events(group)
        assert (merged.start, merged.end) == (D(2021, 8, 5), D(2021, 8, 10))


def test_merge_overlapping_day_ranges_neither_holding_the_other_keep_one_of_them():
    announced = _event("a1", D(2021, 8, 5), D(2021, 8, 12))
    held = _event("a2", D(2021, 8, 6), D(2021, 8, 13))
    (merged,) = merge_events([announced, held])
    spans = {(D(2021, 8, 5), D(2021, 8, 12)), (D(2021, 8, 6), D(2021, 8, 13))}
    assert (merged.start, merged.end) in spans


def test_a_closed_range_beats_a_report_open_at_one_end():
    began = _event("a1", D(2021, 8, 5), None)
    ran = _event("a2", D(2021, 8, 5), D(2021, 8, 10))
    for group in ([began, ran], [ran, began]):
        (merged,) = merge_events(group)
        assert (merged.start, merged.end) == (D(2021, 8, 5), D(2021, 8, 10))
        assert len(merged.sources) == 2


def test_a_report_of_the_start_and_one_of_the_end_make_the_range():
    began = _event("a1", D(2021, 8, 5), None)
    ended = _event("a2", None, D(2021, 8, 12))
    assert can_merge(began, ended)
    (merged,) = merge_events([ended, began])
    assert (merged.start, merged.end) == (D(2021, 8, 5), D(2021, 8, 12))
    assert merged.open_end == ""


def test_a_start_and_an_end_reported_apart_stretch_a_report_of_one_day():
    # "began on Monday", "under way since Monday" (read as that day), "ended on Friday"
    began = _event("a1", D(2021, 8, 2), None)
    midway = _event("a2", D(2021, 8, 2), D(2021, 8, 2))
    ended = _event("a3", None, D(2021, 8, 6))
    for group in ([began, midway, ended], [ended, midway, began], [midway, ended]):
        (merged,) = merge_events(group)
        assert (merged.start, merged.end) == (D(2021, 8, 2), D(2021, 8, 6))
        assert merged.open_end == ""


def test_a_day_told_at_one_end_is_bounded_by_a_coarser_report_that_holds_it():
    # "in the first decade of August" (a plan) and "opened today" (5 August)
    decade = _event("a1", D(2024, 8, 1), D(2024, 8, 10), precision="month_part")
    opened = _event("a2", D(2024, 8, 5), None)
    for group in ([decade, opened], [opened, decade]):
        (merged,) = merge_events(group)
        assert (merged.start, merged.end) == (D(2024, 8, 5), D(2024, 8, 10))
        # as sure as the coarser report: the 10th is the latest end, not a known one
        assert merged.time_precision == "month_part"
        assert len(merged.sources) == 2
    # "ended on 12 August" inside "in August": from the month's start to that day
    month = _event("a1", D(2024, 8, 1), D(2024, 8, 31), precision="month")
    ended = _event("a2", None, D(2024, 8, 12))
    (merged,) = merge_events([month, ended])
    assert (merged.start, merged.end, merged.time_precision) == (
        D(2024, 8, 1),
        D(2024, 8, 12),
        "month",
    )
    # A season holds too many days to bound anything: the day report stays open.
    summer = _event("a1", D(2024, 6, 1), D(2024, 8, 31), precision="month")
    (merged,) = merge_events([summer, opened])
    assert (merged.start, merged.end) == (D(2024, 8, 5), None)


def test_reports_of_two_whole_months_are_two_drills():
    # "In September 2023 ... at the Lyaur range" and "In October 2023 ... at the Lyaur range"
    september = _event("a1", D(2023, 9, 1), D(2023, 9, 30), precision="month")
    october = _event("a2", D(2023, 10, 1), D(2023, 10, 31), precision="month")
    assert not can_merge(september, october)
    assert len(merge_events([september, october])) == 2
    # a day three days into the next month may still be the same drill, told late
    told = _event("a3", D(2023, 10, 2), D(2023, 10, 2))
    assert can_merge(september, told)


def test_an_open_end_reaches_only_so_far():
    began = _event("a1", D(2021, 8, 5), None)
    # Another report a month later at the same site is another drill.
    later = _event("a2", D(2021, 9, 6), D(2021, 9, 6))
    assert not can_merge(began, later)
    assert len(merge_events([began, later])) == 2
    # A report that ended before the open drill began is another drill, too.
    ended = _event("a3", None, D(2021, 7, 20))
    assert not can_merge(began, ended)


def test_merge_with_open_reports_does_not_depend_on_order():
    events = [
        _event("began1", D(2021, 8, 5), None),
        _event("began2", D(2021, 8, 5), None),
        _event("ended", None, D(2021, 8, 12)),
        _event("closed", D(2021, 8, 5), D(2021, 8, 12)),
        # a drill at the same site two months later, open at its start
        _event("later", None, D(2021, 10, 20)),
        _event("later2", D(2021, 10, 14), D(2021, 10, 20)),
    ]

    def summary(result):
        return sorted(
            (e.start, e.end, tuple(sorted(s.article_id for s in e.sources))) for e in result
        )

    expected = summary(merge_events(events))
    assert expected == [
        (D(2021, 8, 5), D(2021, 8, 12), ("began1", "began2", "closed", "ended")),
        (D(2021, 10, 14), D(2021, 10, 20), ("later", "later2")),
    ]
    rng = random.Random(11)
    for _ in range(8):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert summary(merge_events(shuffled)) == expected


def test_two_named_ranges_on_the_same_days_are_two_drills():
    # Harb-Maidon and Fakhrabad: 74 km apart, radii of 100 and 30 km.
    a = _event(
        "a1", D(2021, 10, 18), D(2021, 10, 23), site="harb_maidon", lat=37.519, lon=68.9, unc=100.0
    )
    b = _event(
        "a2",
        D(2021, 10, 19),
        D(2021, 10, 22),
        site="fakhrabad",
        lat=38.158611,
        lon=68.672222,
        unc=30.0,
    )
    assert not can_merge(a, b)


def test_a_drill_that_began_weeks_before_another_is_not_it():
    began = _event("a1", D(2023, 9, 26), None)
    later = _event("a2", D(2023, 10, 9), D(2023, 10, 13))
    assert not can_merge(began, later)
    # one day during it is still it
    assert can_merge(began, _event("a3", D(2023, 10, 1), D(2023, 10, 1)))


def test_a_vague_report_that_fits_two_drills_does_not_join_them():
    termez = _event(
        "a1",
        D(2023, 4, 18),
        D(2023, 4, 21),
        site="termez",
        host="UZB",
        lat=37.2,
        lon=67.3,
        unc=25.0,
        participants=("RUS", "UZB"),
    )
    forish = _event(
        "a2",
        D(2023, 4, 18),
        D(2023, 4, 21),
        site="forish",
        host="UZB",
        lat=40.4,
        lon=66.7,
        unc=25.0,
        participants=("TJK", "UZB"),
    )
    vague = _event(
        "a3",
        D(2023, 4, 1),
        D(2023, 4, 30),
        precision="month",
        site=None,
        lat=41.4,
        lon=64.6,
        unc=700.0,
        host="UZB",
    )
    assert can_merge(vague, termez) and can_merge(vague, forish)
    for group in ([termez, forish, vague], [vague, forish, termez]):
        merged = merge_events(group)
        assert len(merged) == 2


def test_a_drill_name_decides_where_both_reports_have_one():
    donguz = _event(
        "a1",
        D(2019, 9, 16),
        D(2019, 9, 21),
        host="RUS",
        site="donguz",
        lat=51.8,
        lon=55.1,
        unc=100.0,
        participants=("RUS", "CHN"),
    )
    totskoye = _event(
        "a2",
        D(2019, 9, 18),
        D(2019, 9, 18),
        host="RUS",
        site="totskoye",
        lat=52.6,
        lon=52.8,
        unc=20.0,
        participants=("CHN", "IND"),
    )
    assert not can_merge(donguz, totskoye)  # two named ranges, 184 km apart
    donguz.name = totskoye.name = "Center-2019"
    assert can_merge(donguz, totskoye)  # one named drill at two ranges
    totskoye.name = "Search-2019"
    assert not can_merge(donguz, totskoye)
    # a report that leaves out the year names the same drill; another year does not
    totskoye.name = "Center"
    assert can_merge(donguz, totskoye)
    totskoye.name = "Center-2015"
    assert not can_merge(donguz, totskoye)


def test_a_merged_drill_takes_the_fullest_spelling_of_its_name():
    a = _event("a1", D(2024, 8, 5), D(2024, 8, 9))
    b = _event("a2", D(2024, 8, 5), D(2024, 8, 9))
    a.name, b.name = "Steppe Eagle", "Steppe Eagle-2024"
    (merged,) = merge_events([a, b])
    assert merged.name == "Steppe Eagle-2024"


def test_reports_of_a_drill_of_several_names_merge_on_any_of_them():
    # "the Interaction-2021, Search-2021 and Echelon-2021 exercises" at Momirak, and
    # "Search-2021 began on 18 October" at Harb-Maidon, 20 km away
    three = _event("a1", D(2021, 10, 18), D(2021, 10, 23), site="momirak", lat=37.6, lon=69.0)
    three.name, three.also_named = "Interaction-2021", ["Search-2021", "Echelon-2021"]
    search = _event("a2", D(2021, 10, 18), None, site="harb_maidon", lat=37.5, lon=68.9)
    search.name = "Search"
    assert can_merge(three, search) and can_merge(search, three)
    (merged,) = merge_events([search, three])
    # each name once, "Search" in its fullest spelling
    assert sorted([merged.name, *merged.also_named]) == [
        "Echelon-2021",
        "Interaction-2021",
        "Search-2021",
    ]
    search.name = "Rubezh-2021"
    assert not can_merge(three, search)


def test_a_report_naming_any_name_of_its_drill_but_not_where_joins_it():
    donguz = _event("a1", D(2019, 9, 16), D(2019, 9, 21), host="RUS", site="donguz")
    donguz.name, donguz.also_named = "Center-2019", ["Tsentr-2019"]
    nowhere = _event("a2", None, D(2019, 9, 21), host=None, site=None, lat=None, lon=None)
    nowhere.name = "Tsentr-2019"
    (merged,) = merge_events([nowhere, donguz])
    assert merged.host_country == "RUS" and len(merged.sources) == 2


def test_a_report_naming_its_drill_but_not_where_joins_it():
    donguz = _event(
        "a1", D(2019, 9, 16), D(2019, 9, 21), host="RUS", site="donguz", participants=("RUS", "CHN")
    )
    nowhere = _event(
        "a2",
        None,
        D(2019, 9, 21),
        host=None,
        site=None,
        lat=None,
        lon=None,
        participants=("RUS", "IND"),
    )
    donguz.name = nowhere.name = "Center-2019"
    for group in ([donguz, nowhere], [nowhere, donguz]):
        (merged,) = merge_events(group)
        assert merged.host_country == "RUS" and merged.name == "Center-2019"
        assert len(merged.sources) == 2


def test_a_month_report_does_not_join_two_drills_of_that_month():
    early = _event("a1", D(2023, 4, 3), D(2023, 4, 5), site="forish")
    late = _event("a2", D(2023, 4, 24), D(2023, 4, 27), site="forish")
    april = _event("a3", D(2023, 4, 1), D(2023, 4, 30), precision="month", site="forish")
    for group in ([early, late, april], [april, late, early]):
        merged = merge_events(group)
        assert sorted((m.start, m.end) for m in merged) == [
            (D(2023, 4, 3), D(2023, 4, 5)),
            (D(2023, 4, 24), D(2023, 4, 27)),
        ]


def test_merging_many_reports_with_open_ends_keeps_every_report_once():
    # Reports of open-ended drills sort by reach, not by index: a drill's root may then
    # change while it is being swept (this once raised a KeyError at 100,000 articles).
    rnd = random.Random(20)
    events = []
    for k in range(1500):
        start = D(2024, 1, 1) + timedelta(days=rnd.randrange(120))
        precision = rnd.choice(["day", "day", "day", "week", "month_part", "month"])
        length = {"day": rnd.randrange(1, 6), "week": 7, "month_part": 10, "month": 30}[precision]
        site = rnd.choice(["a", "b", "c", None])
        e = _event(
            f"a{k}",
            start,
            start + timedelta(days=length - 1),
            precision=precision,
            site=site,
            lat=37 + 0.01 * "abc".index(site) if site else 37.5,
            participants=rnd.sample(["RUS", "TJK", "UZB", "KGZ"], rnd.randrange(1, 3)),
        )
        e.id = f"ev-{k}"
        roll = rnd.random()
        if roll < 0.15:
            e.start = None
        elif roll < 0.3:
            e.end = None
        events.append(e)
    merged = merge_events(events)
    assert sorted(s.article_id for m in merged for s in m.sources) == sorted(
        s.article_id for e in events for s in e.sources
    )
    assert len(merged) < len(events)


def test_two_ranges_placed_only_roughly_are_two_places_however_close_their_points():
    # Both ranges placed by one rule, 2.6 km apart, each only known within 100 km.
    harb = _event("a1", D(2021, 10, 18), D(2021, 10, 23), site="harb_maidon", lat=37.519,
                  lon=68.9, unc=100.0)  # fmt: skip
    momirak = _event("a2", D(2021, 10, 18), D(2021, 10, 22), site="momirak", lat=37.496,
                     lon=68.9, unc=100.0)  # fmt: skip
    assert not can_merge(harb, momirak)
    # a range and a base beside it, both placed well, are one place
    harb.uncertainty_km = momirak.uncertainty_km = 5.0
    assert can_merge(harb, momirak)


def test_a_named_announcement_waits_for_its_drill_rather_than_join_another():
    plan = _event("a1", D(2021, 10, 1), D(2021, 10, 31), site=None, lat=None, lon=None,
                  precision="month", unc=None)  # fmt: skip
    plan.name, plan.also_named = "Echelon-2021", ["Search-2021"]
    bilateral = _event("a2", D(2021, 10, 16), D(2021, 10, 22), site="momirak", lat=37.496,
                       lon=68.9, unc=100.0)  # fmt: skip
    csto = _event("a3", D(2021, 10, 18), D(2021, 10, 23), site="harb_maidon", lat=37.519,
                  lon=68.9, unc=100.0)  # fmt: skip
    csto.name = "Search-2021"
    assert can_merge(plan, bilateral) and can_merge(plan, csto)
    for group in ([plan, bilateral, csto], [csto, bilateral, plan]):
        merged = merge_events(group)
        by_site = {e.site_id: sorted(s.article_id for s in e.sources) for e in merged}
        assert by_site == {"momirak": ["a2"], "harb_maidon": ["a1", "a3"]}


def test_reports_days_apart_are_two_drills_however_reports_between_fit_both():
    # 1-10 and 4-5 fit every report; 1-4 and 8-10 are four days apart: two drills, not
    # one chained through the reports between
    wide = _event("a1", D(2023, 4, 1), D(2023, 4, 10))
    early = _event("a2", D(2023, 4, 1), D(2023, 4, 4))
    between = [_event(f"b{k}", D(2023, 4, 4), D(2023, 4, 5)) for k in range(4)]
    late = _event("a3", D(2023, 4, 8), D(2023, 4, 10))
    assert not can_merge(early, late)
    assert all(can_merge(b, late) and can_merge(b, early) for b in [wide, *between])
    merged = merge_events([wide, early, *between, late])
    (with_late,) = [e for e in merged if "a3" in {s.article_id for s in e.sources}]
    assert "a2" not in {s.article_id for s in with_late.sources}


def test_a_named_drill_told_only_by_its_year_joins_its_dated_reports():
    review = _event("a1", D(2022, 1, 1), D(2022, 12, 31), precision="year")
    review.name = "Rubezh-2022"
    dated = _event("a2", D(2022, 10, 10), D(2022, 10, 21))
    dated.name = "Rubezh-2022"
    other = _event("a3", D(2022, 10, 10), D(2022, 10, 21), host="KGZ")
    other.name = "Rubezh-2022"  # the same name in another host: not joined by name alone
    merged = merge_events([review, dated, other])
    groups = sorted(sorted(s.article_id for s in e.sources) for e in merged)
    assert groups == [["a1", "a2"], ["a3"]]
    (joined,) = [e for e in merged if len(e.sources) == 2]
    assert (joined.start, joined.end) == (D(2022, 10, 10), D(2022, 10, 21))


@pytest.mark.parametrize("order", [0, 1, 2])
def test_two_passing_mentions_of_a_named_drill_join_its_dated_reports(order):
    # a1: "Rubezh-2024 went on at the nearby range" in a story about Kazakh drills, which
    # lends it the wrong participants; a2: "coincided with the Rubezh-2024 exercise"
    passing = [
        _event("a1", D(2024, 1, 1), D(2024, 12, 31), precision="year", participants=["KAZ"]),
        _event("a2", D(2024, 1, 1), D(2024, 12, 31), precision="year", host=None, participants=[]),
    ]
    dated = _event("a3", D(2024, 9, 16), D(2024, 9, 20), participants=["RUS", "TJK"])
    for e in [*passing, dated]:
        e.name = "Rubezh-2024"
    events = [*passing, dated]
    events = events[order:] + events[:order]
    (with_a2,) = [e for e in merge_events(events) if "a2" in {s.article_id for s in e.sources}]
    assert (with_a2.start, with_a2.end) == (D(2024, 9, 16), D(2024, 9, 20))


def test_a_report_told_after_the_drill_overrules_the_plan():
    plan = _event("a1", D(2024, 9, 16), D(2024, 9, 21))
    plan.reported = D(2024, 8, 22)  # "will be held from 16 to 21 September"
    done = _event("a2", D(2024, 9, 16), D(2024, 9, 20))
    done.reported = D(2024, 9, 23)  # "ended on Friday after five days"
    (merged,) = merge_events([plan, done])
    assert (merged.start, merged.end, merged.reported) == (
        D(2024, 9, 16),
        D(2024, 9, 20),
        D(2024, 9, 23),
    )


def test_an_end_told_after_the_drill_moves_the_planned_end():
    plan = _event("a1", D(2024, 9, 16), D(2024, 9, 21))
    plan.reported = D(2024, 8, 22)
    ended = _event("a2", None, D(2024, 9, 20))
    ended.reported = D(2024, 9, 23)  # "ended on Friday"
    (merged,) = merge_events([plan, ended])
    assert (merged.start, merged.end) == (D(2024, 9, 16), D(2024, 9, 20))


def test_reports_told_during_the_drill_keep_the_range_that_holds_them():
    # Without publication days telling plan from outcome, the range holding the other wins.
    wide = _event("a1", D(2024, 9, 16), D(2024, 9, 21))
    narrow = _event("a2", D(2024, 9, 16), D(2024, 9, 20))
    (merged,) = merge_events([wide, narrow])
    assert (merged.start, merged.end) == (D(2024, 9, 16), D(2024, 9, 21))


def test_a_drill_known_by_its_country_and_start_takes_no_month_report_of_a_range():
    check = _event("a1", D(2021, 7, 22), None, site=None, lat=38.5, lon=71.0, unc=384.0)
    check.geo_precision = "country"  # "Tajikistan launched a snap check on July 22"
    month = _event("a2", D(2021, 8, 1), D(2021, 8, 31), precision="month")  # "In August, ..."
    drill = _event("a3", D(2021, 8, 5), D(2021, 8, 10))  # "from 5 to 10 August at Harb-Maidon"
    groups = sorted(
        sorted(s.article_id for s in e.sources) for e in merge_events([check, month, drill])
    )
    assert groups == [["a1"], ["a2", "a3"]]


def test_days_told_of_a_ranged_drill_join_it_however_far_apart():
    # "from October 14 to 18", then "On Monday ... fired" and "On Friday ... fired"
    told = _event("ann", D(2024, 10, 14), D(2024, 10, 18))
    monday = _event("d1", D(2024, 10, 14), D(2024, 10, 14))
    friday = _event("d5", D(2024, 10, 18), D(2024, 10, 18))
    for order in ([told, monday, friday], [monday, friday, told], [friday, told, monday]):
        (merged,) = merge_events(order)
        assert (merged.start, merged.end) == (D(2024, 10, 14), D(2024, 10, 18))
        assert {s.article_id for s in merged.sources} == {"ann", "d1", "d5"}


def test_two_days_far_apart_with_no_range_told_stay_two():
    monday = _event("d1", D(2024, 10, 14), D(2024, 10, 14))
    friday = _event("d5", D(2024, 10, 18), D(2024, 10, 18))
    assert len(merge_events([monday, friday])) == 2


def test_a_day_outside_the_told_range_does_not_join_a_day_inside_it():
    told = _event("ann", D(2024, 10, 14), D(2024, 10, 18))
    monday = _event("d1", D(2024, 10, 14), D(2024, 10, 14))
    later = _event("d9", D(2024, 10, 21), D(2024, 10, 21))
    assert len(merge_events([told, monday, later])) == 2


def test_one_day_told_after_a_planned_range_is_a_day_of_it():
    plan = _event("ann", D(2024, 10, 14), D(2024, 10, 18))
    plan.reported = D(2024, 9, 23)
    friday = _event("late", D(2024, 10, 18), D(2024, 10, 18))
    friday.reported = D(2024, 10, 21)
    (merged,) = merge_events([plan, friday])
    assert (merged.start, merged.end) == (D(2024, 10, 14), D(2024, 10, 18))


def test_a_merged_drill_is_where_most_of_its_reports_put_it():
    from dashboard.merge import combine

    main = [_event(f"a{k}", D(2024, 10, 14), D(2024, 10, 18), unc=100.0) for k in range(3)]
    side = _event("side", D(2024, 10, 16), D(2024, 10, 16), site="lyaur", lat=38.4, lon=68.6)
    side.uncertainty_km = 20.0
    merged = combine([side, *main])
    assert merged.site_id == "harb-maidon"
    # one report each: the narrowest
    merged = combine([side, main[0]])
    assert merged.site_id == "lyaur"


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Southern Shield-2024", "Yuzhny Shchit-2024", True),
        ("Interaction-2023", "Vzaimodeistvie-2023", True),
        ("Peace Mission-2021", "Mirnaya Missiya", True),
        ("Steppe Eagle", "Steppe Eagle-2024", True),
        ("Interaction-2023", "Interaction-2024", False),
        ("Search-2021", "Interaction-2021", False),
        ("Yuzhny Shchit-2024", "Southern Shield-2023", False),
    ],
)
def test_names_agree_across_spellings_and_translations(a, b, agree):
    from dashboard.model import names_agree

    assert names_agree(a, b) is agree and names_agree(b, a) is agree


def test_reports_of_one_drill_under_its_translated_and_transliterated_names_merge():
    english = _event("en", D(2024, 10, 14), D(2024, 10, 18))
    english.name = "Southern Shield-2024"
    russian = _event("ru", D(2024, 10, 14), D(2024, 10, 18))
    russian.name = "Yuzhny Shchit-2024"
    (merged,) = merge_events([english, russian])
    assert {s.article_id for s in merged.sources} == {"en", "ru"}
