"""One event per real drill: merge the events that several articles report.

Two events merge when all of these hold:

* same kind, and they come from different articles (events kept apart inside one
  article were judged distinct by the extractor);
* the same host country (both known);
* both dates at least month-precise (``MERGEABLE_PRECISIONS``);
* their date intervals overlap, allowing ``DATE_SLACK_DAYS`` for announced vs
  actual dates;
* their places are compatible: the same site, or points closer than the sum of
  their uncertainties (at least ``NEAR_KM``);
* their participants are compatible: they share a country, or one side names none.

Blocking keeps this sub-quadratic: events are grouped by (kind, host) and swept in
start-date order, so each event is compared only with events whose interval can
still overlap it. Inputs are sorted by a canonical key first and merged with a
union-find, so the result does not depend on file order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta
from math import asin, cos, radians, sin, sqrt

from dashboard.model import GEO_PRECISIONS, TIME_PRECISIONS, Event

# Announced and reported dates of one drill may differ by a few days.
DATE_SLACK_DAYS = 3
# Two located events closer than this (km) may be the same drill even when both are precise.
NEAR_KM = 30.0
# Only dates at least this precise are compared: "in 2021" or "this summer" cannot show
# that two reports are the same drill, and keeping such wide intervals in the sweep
# would make merging quadratic in the number of events of a year.
MERGEABLE_PRECISIONS = frozenset({"day", "week", "month_part", "month"})
# A new report is compared with at most this many earlier reports of each drill found so
# far; without the cap, a drill reported a thousand times costs a million comparisons.
MAX_TRIES_PER_DRILL = 4


def _km(a: Event, b: Event) -> float:
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 2 * 6371.0088 * asin(sqrt(h))


def _articles(e: Event) -> set[str]:
    return {s.article_id for s in e.sources}


def _places_compatible(a: Event, b: Event) -> bool:
    if a.site_id and b.site_id and a.site_id == b.site_id:
        return True
    if a.lat is None or b.lat is None:
        return True
    return _km(a, b) <= max(NEAR_KM, (a.uncertainty_km or 0) + (b.uncertainty_km or 0))


def _participants_compatible(a: Event, b: Event) -> bool:
    if not a.participants or not b.participants:
        return True
    return bool(set(a.participants) & set(b.participants))


def can_merge(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` plausibly report the same drill."""
    if a.kind != b.kind or a.host_country != b.host_country or a.host_country is None:
        return False
    if a.start is None or b.start is None:
        return False
    if not {a.time_precision, b.time_precision} <= MERGEABLE_PRECISIONS:
        return False
    if _articles(a) & _articles(b):
        return False
    slack = timedelta(days=DATE_SLACK_DAYS)
    if not (a.start <= b.end + slack and b.start <= a.end + slack):
        return False
    return _places_compatible(a, b) and _participants_compatible(a, b)


def _sort_key(e: Event):
    first = min((s.article_id, s.start) for s in e.sources) if e.sources else ("", 0)
    return (e.start or e.end or first[0], first)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge events that report the same drill; the result is order-independent."""
    events = sorted(
        events, key=lambda e: (e.kind, e.host_country or "", str(e.start), _sort_key(e)[1])
    )
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.start is not None and e.host_country and e.time_precision in MERGEABLE_PRECISIONS:
            blocks[(e.kind, e.host_country)].append(i)
    slack = timedelta(days=DATE_SLACK_DAYS)
    for idx in blocks.values():
        idx.sort(key=lambda i: (events[i].start, events[i].end))
        active: list[int] = []
        for i in idx:
            e = events[i]
            active = [j for j in active if events[j].end + slack >= e.start]
            tried: dict[int, int] = defaultdict(int)
            for j in reversed(active):
                rj = find(j)
                # Once a few reports of one drill were compared, the rest add nothing.
                if rj == find(i) or tried[rj] >= MAX_TRIES_PER_DRILL:
                    continue
                tried[rj] += 1
                if can_merge(events[j], e):
                    ri = find(i)
                    parent[max(ri, rj)] = min(ri, rj)
            active.append(i)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[find(i)].append(e)
    merged = [combine(g) if len(g) > 1 else g[0] for g in groups.values()]
    merged.sort(key=lambda e: (e.start is None, e.start or e.end, e.id))
    return merged


def _rank(value: str, order: tuple[str, ...]) -> int:
    return order.index(value) if value in order else len(order)


def combine(group: list[Event]) -> Event:
    """One event from several reports: the most precise date and place, all sources."""
    group = sorted(group, key=lambda e: min((s.article_id, s.start) for s in e.sources))
    base = group[0]
    best_time = min(
        group,
        key=lambda e: (_rank(e.time_precision, TIME_PRECISIONS), (e.end - e.start).days),
    )
    located = [e for e in group if e.lat is not None]
    best_place = (
        min(located, key=lambda e: (_rank(e.geo_precision, GEO_PRECISIONS), e.uncertainty_km))
        if located
        else base
    )
    participants: list[str] = []
    alliances: list[str] = []
    equipment: list[str] = []
    for e in group:
        participants += [c for c in e.participants if c not in participants]
        alliances += [c for c in e.alliances if c not in alliances]
        equipment += [c for c in e.equipment if c not in equipment]
    troops = max((e.troops for e in group if e.troops), default=None)
    hardware = max((e.hardware for e in group if e.hardware), default=None)
    sources = sorted((s for e in group for s in e.sources), key=lambda s: (s.article_id, s.start))
    evidence: dict[str, list[tuple[int, int, str]]] = {}
    for e in group:
        for art, spans in e.evidence.items():
            evidence.setdefault(art, []).extend(spans)
    from dashboard.extract import make_title

    out = Event(
        id=base.id,
        kind=base.kind,
        title="",
        start=best_time.start,
        end=best_time.end,
        time_precision=best_time.time_precision,
        date_text=best_time.date_text,
        host_country=base.host_country,
        participants=participants,
        alliances=alliances,
        place=best_place.place,
        site_id=best_place.site_id,
        lat=best_place.lat,
        lon=best_place.lon,
        geo_precision=best_place.geo_precision,
        uncertainty_km=best_place.uncertainty_km,
        border_country=best_place.border_country,
        border_km=best_place.border_km,
        troops=troops,
        hardware=hardware,
        equipment=equipment,
        sources=sources,
        evidence={k: sorted(set(v)) for k, v in evidence.items()},
    )
    out.title = make_title(out)
    return out
