"""Filtering, captions and URL round trips of the dashboard selection."""

from datetime import date

import pytest

from dashboard.model import Article, Event, SourceRef
from dashboard.selection import (
    Selection,
    describe,
    filter_events,
    from_query_params,
    to_query_params,
)

ARTICLES = [
    Article(id="a1", title="Joint drills in the south", body="x", path="a1.md", source="Wire One"),
    Article(id="a2", title="Tank column moves", body="y", path="a2.md", source="Daily Two"),
]


def _event(eid, kind, start, end, host, participants, article, quote, **extra):
    return Event(
        id=eid,
        kind=kind,
        title=extra.pop("title", f"Drill {eid}"),
        start=start,
        end=end,
        host_country=host,
        participants=participants,
        sources=[SourceRef(article, quote, 0, len(quote))],
        **extra,
    )


EVENTS = [
    _event("e1", "exercise", date(2021, 8, 5), date(2021, 8, 10), "TJK", ["RUS", "TJK", "UZB"],
           "a1", "Three armies trained at a range."),
    _event("e2", "deployment", date(2021, 7, 20), date(2021, 7, 20), "TJK", ["RUS"],
           "a2", "Tanks were moved south.", equipment=["T-72 tank"]),
    _event("e3", "exercise", date(2021, 7, 30), date(2021, 8, 10), "UZB", ["RUS", "UZB"],
           "a1", "Drills near Termez."),
    _event("e4", "other", None, None, "KAZ", ["KAZ"], "a2", "An interview was given."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (Selection(), ["e1", "e2", "e3", "e4"]),
        (Selection(countries=("UZB",)), ["e1", "e3"]),
        (Selection(countries=("KAZ", "UZB")), ["e1", "e3", "e4"]),
        (Selection(kinds=("deployment",)), ["e2"]),
        (Selection(date_from=date(2021, 8, 1)), ["e1", "e3"]),
        (Selection(date_to=date(2021, 7, 25)), ["e2"]),
        (Selection(date_from=date(2021, 7, 21), date_to=date(2021, 7, 31)), ["e3"]),
        (Selection(outlets=("Daily Two",)), ["e2", "e4"]),
        (Selection(query="termez"), ["e3"]),
        (Selection(query="T-72"), ["e2"]),
        (Selection(query="joint drills"), ["e1", "e3"]),
        (Selection(countries=("UZB",), kinds=("deployment",)), []),
        (Selection(event="e2", article="a1"), ["e1", "e2", "e3", "e4"]),
    ],
)
def test_filter_events_keeps_matching_events(selection, expected):
    assert [e.id for e in filter_events(EVENTS, ARTICLES, selection)] == expected


@pytest.mark.parametrize(
    ("selection", "n", "must_contain"),
    [
        (Selection(), 4, ["4 events", "no filters"]),
        (Selection(countries=("UZB", "TJK")), 2, ["2 events", "Uzbekistan or Tajikistan"]),
        (Selection(kinds=("exercise",)), 1, ["1 exercise event"]),
        (
            Selection(date_from=date(2021, 7, 1), date_to=date(2021, 8, 31)),
            3,
            ["between 1 Jul 2021 and 31 Aug 2021"],
        ),
        (Selection(outlets=("Wire One",), query="tank"), 0, ["0 events", "Wire One", "tank"]),
    ],
)
def test_describe_names_filters_and_count(selection, n, must_contain):
    names = {"UZB": "Uzbekistan", "TJK": "Tajikistan"}
    sentence = describe(selection, n, country_name=lambda c: names.get(c, c))
    assert sentence.endswith(".")
    for fragment in must_contain:
        assert fragment in sentence


@pytest.mark.parametrize(
    "selection",
    [
        Selection(),
        Selection(countries=("UZB", "RUS"), kinds=("exercise", "other")),
        Selection(date_from=date(2021, 7, 1), date_to=date(2021, 9, 30), query="border drill"),
        Selection(outlets=("Wire One",), event="e1", article="a1"),
    ],
)
def test_query_params_round_trip(selection):
    parsed, notices = from_query_params(to_query_params(selection))
    assert notices == []
    assert parsed == selection


@pytest.mark.parametrize(
    ("params", "field", "value"),
    [
        ({"country": ["uzb", "TJK"]}, "countries", ("UZB", "TJK")),
        ({"dates": ["2021-08-31", "2021-07-01"]}, "date_from", date(2021, 7, 1)),
        ({"kind": ["exercise"]}, "kinds", ("exercise",)),
        ({"q": "x" * 500}, "query", "x" * 200),
        ({"event": "seed-000:123"}, "event", "seed-000:123"),
    ],
)
def test_from_query_params_reads_values(params, field, value):
    parsed, notices = from_query_params(params)
    assert notices == []
    assert getattr(parsed, field) == value


@pytest.mark.parametrize(
    ("params", "field", "default"),
    [
        ({"country": "Uzbekistan!"}, "countries", ()),
        ({"dates": "last summer"}, "date_from", None),
        ({"dates": ["2021-01-01"]}, "date_from", None),
        ({"kind": "parade"}, "kinds", ()),
        ({"event": "../../etc/passwd"}, "event", None),
        ({"article": "<script>alert(1)</script>"}, "article", None),
        ({"/etc/passwd": "1"}, "query", ""),
        ({"colour": "crimson"}, "query", ""),
        ({"group": "sideways"}, "query", ""),
        ({"tiles": "maybe"}, "query", ""),
    ],
)
def test_from_query_params_ignores_malformed_with_notice(params, field, default):
    parsed, notices = from_query_params(params)
    assert getattr(parsed, field) == default
    assert len(notices) == 1
    for value in params.values():
        for text in [value] if isinstance(value, str) else value:
            assert text not in notices[0]
    assert "/etc" not in notices[0]


# A drill open at one end is filtered by the days it is known to cover.
OPEN = [
    _event("began", "exercise", date(2021, 8, 5), None, "TJK", ["TJK"], "a1", "Drills began."),
    _event("ended", "exercise", None, date(2021, 8, 9), "UZB", ["UZB"], "a1", "Drills ended."),
]


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        (None, None, ["began", "ended"]),
        (date(2021, 8, 1), date(2021, 8, 5), ["began"]),
        (date(2021, 8, 9), date(2021, 8, 31), ["ended"]),
        (date(2021, 8, 6), date(2021, 8, 8), []),
    ],
)
def test_filter_events_keeps_open_drills_by_their_known_day(date_from, date_to, expected):
    kept = filter_events(OPEN, ARTICLES, Selection(date_from=date_from, date_to=date_to))
    assert [e.id for e in kept] == expected
