"""Scoring extraction against the truth the generator planted.

Pure functions over plain data: planted dates and events (dicts from
``truth.jsonl``), our ``TimeExpr`` and ``Event`` objects, and the peer's
``(text, datetime)`` pairs. Nothing here times anything.

Two date measures, applied to both tools alike:

* **exact**: the tool reports, for the planted phrase, exactly the interval the
  words mean (a point-date tool can only be exact on single-day phrases);
* **hit**: the tool's date (or interval start) falls inside that interval, so
  at least the day, month and year are not wrong.

A tool's date "belongs" to a planted phrase when their character spans overlap.
Dates a tool reports where nothing was planted are counted as spurious.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from dashboard.model import Event, TimeExpr

# Event kinds that stand for a planted drill; "other" events are not scored.
DRILL_KINDS = ("exercise", "deployment")


@dataclass
class DateScore:
    """Counts for one tool over a set of articles."""

    planted: int = 0
    found: int = 0
    exact: int = 0
    hit: int = 0
    spurious: int = 0

    def add(self, other: DateScore) -> None:
        self.planted += other.planted
        self.found += other.found
        self.exact += other.exact
        self.hit += other.hit
        self.spurious += other.spurious

    def rate(self, count: int) -> float:
        return count / self.planted if self.planted else 0.0


@dataclass
class EventScore:
    """Counts for planted drills against extracted (unmerged) events."""

    planted: int = 0
    predicted: int = 0
    matched: int = 0
    date_exact: int = 0
    host: int = 0
    participants: int = 0
    site: int = 0
    troops_planted: int = 0
    troops: int = 0
    kind: int = 0
    by_precision: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: EventScore) -> None:
        for name in (
            "planted",
            "predicted",
            "matched",
            "date_exact",
            "host",
            "participants",
            "site",
            "troops_planted",
            "troops",
            "kind",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, (hits, total) in other.by_precision.items():
            mine = self.by_precision.setdefault(key, [0, 0])
            mine[0] += hits
            mine[1] += total


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_our_dates(
    planted: Sequence[dict], found: Iterable[TimeExpr], shift: int = 0
) -> DateScore:
    """Score ``find_dates`` output for one article; ``shift`` maps truth offsets to ours."""
    found = list(found)
    score = DateScore(planted=len(planted))
    used: set[int] = set()
    for phrase in planted:
        span = (phrase["span_start"] + shift, phrase["span_end"] + shift)
        lo, hi = _day(phrase["start"]), _day(phrase["end"])
        matches = [
            (i, expr)
            for i, expr in enumerate(found)
            if _overlap(span, (expr.span_start, expr.span_end))
        ]
        if not matches:
            continue
        score.found += 1
        used.update(i for i, _ in matches)
        if any(expr.start == lo and expr.end == hi for _, expr in matches):
            score.exact += 1
        if any(expr.start is not None and lo <= expr.start <= hi for _, expr in matches):
            score.hit += 1
    score.spurious = len(found) - len(used)
    return score


def locate(body: str, texts: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the peer's matched texts, searched left to right (the peer gives no offsets)."""
    spans = []
    cursor = 0
    for text in texts:
        at = body.find(text, cursor)
        if at < 0:
            at = body.find(text)
        if at < 0:
            spans.append((-1, -1))
            continue
        spans.append((at, at + len(text)))
        cursor = at + len(text)
    return spans


def score_peer_dates(
    planted: Sequence[dict], body: str, results: Sequence[tuple[str, datetime]] | None
) -> DateScore:
    """Score ``dateparser.search.search_dates`` output (``None`` means nothing found)."""
    results = list(results or [])
    spans = locate(body, [text for text, _ in results])
    score = DateScore(planted=len(planted))
    used: set[int] = set()
    for phrase in planted:
        span = (phrase["span_start"], phrase["span_end"])
        lo, hi = _day(phrase["start"]), _day(phrase["end"])
        matches = [(i, results[i][1].date()) for i, s in enumerate(spans) if _overlap(span, s)]
        if not matches:
            continue
        score.found += 1
        used.update(i for i, _ in matches)
        if lo == hi and any(day == lo for _, day in matches):
            score.exact += 1
        if any(lo <= day <= hi for _, day in matches):
            score.hit += 1
    score.spurious = len(results) - len(used)
    return score


def _dates_overlap(event: Event, lo: date, hi: date) -> bool:
    if event.first_day is None:
        return False
    return event.first_day <= hi and lo <= event.last_day


def score_events(planted: Sequence[dict], events: Iterable[Event]) -> EventScore:
    """Match one article's planted drills to its extracted events, greedily, in text order.

    A predicted drill matches a planted one when their dates overlap and they
    agree on the site or, failing that, on the host country.
    """
    predicted = [event for event in events if event.kind in DRILL_KINDS]
    score = EventScore(planted=len(planted), predicted=len(predicted))
    free = list(predicted)
    for truth in planted:
        lo, hi = _day(truth["start"]), _day(truth["end"])
        candidates = [e for e in free if _dates_overlap(e, lo, hi)]
        best = next((e for e in candidates if e.site_id and e.site_id == truth["site_id"]), None)
        if best is None:
            best = next((e for e in candidates if e.host_country == truth["host"]), None)
        bucket = score.by_precision.setdefault(truth["precision"], [0, 0])
        bucket[1] += 1
        if best is None:
            continue
        free.remove(best)
        bucket[0] += 1
        score.matched += 1
        # "On 5 May, X wrapped up drills" dates the end only: the start is open.
        first = None if truth.get("open") == "start" else lo
        score.date_exact += best.start == first and best.end == hi
        score.host += best.host_country == truth["host"]
        score.participants += sorted(best.participants) == truth["participants"]
        score.site += best.site_id == truth["site_id"]
        score.kind += best.kind == truth["kind"]
        if truth.get("troops"):
            score.troops_planted += 1
            score.troops += best.troops == truth["troops"]
    return score
