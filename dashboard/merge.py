"""One event per real drill: merge the events that several articles report.

Two events merge when all of these hold:

* same kind, and they come from different articles (events kept apart inside one
  article were judged distinct by the extractor);
* the same host country (both known);
* both dates at least month-precise (``MERGEABLE_PRECISIONS``);
* their date intervals overlap, allowing ``DATE_SLACK_DAYS`` for announced vs
  actual dates; a report that dates only the start ("began on 26 September") or the
  end agrees with the other report's start (or end) within that slack, unless the
  other is one day during the drill;
* their places are compatible: the same site, or points closer than the sum of
  their uncertainties (at least ``NEAR_KM``); two different named sites only when
  closer than ``NEAR_KM`` (a base and the range next to it);
* their participants are compatible: they share a country, or one side names none;
* a drill's own name ("Rubezh-2021") decides where both have one: other names are
  other drills, and one name is one drill at however many ranges. A report that names
  the drill but not where it was joins that drill's other reports.

A report joins a drill only if it can merge with each of the drill's latest reports
(up to ``MAX_TRIES_PER_DRILL``) and with its most precise one, and joins at most one
drill: a vague report ("last
month, in Uzbekistan") that fits two drills does not make them one.

Blocking keeps this sub-quadratic: events are grouped by (kind, host) and swept in
start-date order, so each event is compared only with events whose interval can
still overlap it. Inputs are sorted by a canonical key first and merged with a
union-find, so the result does not depend on file order.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from math import asin, cos, radians, sin, sqrt

from dashboard.model import GEO_PRECISIONS, TIME_PRECISIONS, Event, distinct_names, names_agree

# Announced and reported dates of one drill may differ by a few days.
DATE_SLACK_DAYS = 3
# Two located events closer than this (km) may be the same drill even when both are precise.
NEAR_KM = 30.0
# Only dates at least this precise are compared: "in 2021" or "this summer" cannot show
# that two reports are the same drill, and keeping such wide intervals in the sweep
# would make merging quadratic in the number of events of a year.
MERGEABLE_PRECISIONS = frozenset({"day", "week", "month_part", "month"})
# A report open at one end ("began on 5 August") may be the same drill as reports up
# to this many days beyond the end it dates ("ended on 12 August").
OPEN_REACH_DAYS = 14
# A coarser report bounds a day told at one end only if it spans fewer days than this
# (a month, a part of one, a week): "in 2024" says nothing about when a drill ended.
COARSER_BOUND_DAYS = 32
# A new report is compared with at most this many earlier reports of each drill found so
# far; without the cap, a drill reported a thousand times costs a million comparisons.
MAX_TRIES_PER_DRILL = 4


def _km(a: Event, b: Event) -> float:
    dlat, dlon = radians(b.lat - a.lat), radians(b.lon - a.lon)
    h = sin(dlat / 2) ** 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(dlon / 2) ** 2
    return 2 * 6371.0088 * asin(sqrt(h))


def _share_an_article(a: Event, b: Event) -> bool:
    # Most events reaching a comparison are one report each: comparing two ids saves
    # building two sets per comparison (a tenth of merging, profiled at 10,000 articles).
    if len(a.sources) == 1 and len(b.sources) == 1:
        return a.sources[0].article_id == b.sources[0].article_id
    return not {s.article_id for s in a.sources}.isdisjoint(s.article_id for s in b.sources)


def _places_compatible(a: Event, b: Event) -> bool:
    if a.site_id and b.site_id and a.site_id == b.site_id:
        return True
    if a.lat is None or b.lat is None:
        return True
    km = _km(a, b)
    if a.site_id and b.site_id:
        # Two named ranges are two drills (Harb-Maidon and Fakhrabad, 74 km apart, on
        # the same days), however wide their radii; a range next to a base is one place,
        # when both are known that well: two ranges placed only roughly (Harb-Maidon and
        # Momirak, each within 100 km) may lie anywhere in their radii.
        rough = max(a.uncertainty_km or 0, b.uncertainty_km or 0) > NEAR_KM
        return km <= NEAR_KM and not rough
    return km <= max(NEAR_KM, (a.uncertainty_km or 0) + (b.uncertainty_km or 0))


def _known_ends_agree(a: Event, b: Event, slack: timedelta) -> bool:
    """A report that dates only the start ("began on 26 September") is of a drill that
    began that day: another day-precise report of it starts then too (within the
    slack), and the same for the end. Not a drill that began two weeks later."""
    for x, y in ((a, b), (b, a)):
        if y.time_precision != "day" or not x.open_end:
            continue
        one_day = y.start is not None and y.start == y.end  # a day during the drill
        if x.open_end == "end" and y.start is not None:
            far, inside = abs(y.start - x.start) > slack, one_day and x.start <= y.start
        elif x.open_end == "start" and y.end is not None:
            far, inside = abs(y.end - x.end) > slack, one_day and y.end <= x.end
        else:
            continue
        if far and not inside:
            return False
    return True


def _participants_compatible(a: Event, b: Event) -> bool:
    if not a.participants or not b.participants:
        return True
    return bool(set(a.participants) & set(b.participants))


_OPEN_REACH = timedelta(days=OPEN_REACH_DAYS)
_NO_SLACK = timedelta(0)


def _reach(e: Event) -> tuple[date, date]:
    """The days a report of dated ``e`` may cover: its known days, stretched at an open
    end. (Plain attribute reads: merging calls this for every comparison.)"""
    start, end = e.start, e.end
    if start is None:
        return end - _OPEN_REACH, end
    if end is None:
        return start, start + _OPEN_REACH
    return start, end


def can_merge(a: Event, b: Event) -> bool:
    """True when ``a`` and ``b`` plausibly report the same drill."""
    if a.kind != b.kind or a.host_country != b.host_country or a.host_country is None:
        return False
    if (a.start is None and a.end is None) or (b.start is None and b.end is None):
        return False
    if not {a.time_precision, b.time_precision} <= MERGEABLE_PRECISIONS:
        return False
    if _share_an_article(a, b):
        return False
    slack = timedelta(days=DATE_SLACK_DAYS)
    # Two reports of whole months are of one drill only if they name the same month:
    # "in September" and "in October" at one range are two drills, not three days apart.
    reach_slack = _NO_SLACK if a.time_precision == b.time_precision == "month" else slack
    (a_lo, a_hi), (b_lo, b_hi) = _reach(a), _reach(b)
    if not (a_lo <= b_hi + reach_slack and b_lo <= a_hi + reach_slack):
        return False
    if a.name and b.name:
        if not _share_a_name(a, b):
            return False  # "Search-2021" and "Interaction-2021" are two drills
        # One named drill may be held at several ranges (Center-2019 at Donguz and at
        # Totskoye): its name, host and days make it one.
        return _participants_compatible(a, b)
    if (a.open_end or b.open_end) and not _known_ends_agree(a, b, slack):
        return False
    if _only_a_country_and_a_bound(a, b) or _only_a_country_and_a_bound(b, a):
        return False
    return _places_compatible(a, b) and _participants_compatible(a, b)


def _only_a_country_and_a_bound(a: Event, b: Event) -> bool:
    """A drill known only by its country and one day it began ("Tajikistan launched a
    snap check on July 22") and a report of a month or a week at a named place ("In
    August, troops held manoeuvres at Harb-Maidon") share nothing that makes them one:
    the report may be of any drill held there."""
    return (
        a.geo_precision == "country"
        and bool(a.open_end)
        and b.time_precision != "day"
        and b.geo_precision in ("site", "town", "region", "border")
    )


def _sort_key(e: Event):
    first = min((s.article_id, s.start) for s in e.sources) if e.sources else ("", 0)
    return (e.first_day or first[0], first)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge events that report the same drill; the result is order-independent."""
    events = sorted(
        events, key=lambda e: (e.kind, e.host_country or "", str(e.first_day), _sort_key(e)[1])
    )
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.first_day and e.host_country and e.time_precision in MERGEABLE_PRECISIONS:
            blocks[(e.kind, e.host_country)].append(i)
    slack = timedelta(days=DATE_SLACK_DAYS)
    for idx in blocks.values():
        idx.sort(key=lambda i: _reach(events[i]))
        _sweep(events, idx, parent, find, slack)
    _join_named_without_host(events, parent, find, slack)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[find(i)].append(e)
    merged = [combine(g) if len(g) > 1 else g[0] for g in groups.values()]
    merged.sort(key=lambda e: (e.first_day is None, e.first_day, e.id))
    return merged


def _names(event: Event) -> list[str]:
    return [event.name, *event.also_named] if event.name else []


def _share_a_name(a: Event, b: Event) -> bool:
    """Whether some name of ``a`` can name the drill some name of ``b`` names (a report
    of "Interaction-2021, Search-2021 and Echelon-2021" and one of "Search-2021")."""
    return any(names_agree(x, y) for x in _names(a) for y in _names(b))


def _join_named_without_host(events: list[Event], parent: list[int], find, slack) -> None:
    """A report that names its drill ("Center-2019 ended on Saturday") but not where it
    was joins the reports of that drill that say where, when their days agree."""
    named: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.name and e.host_country and e.first_day:
            for name in _names(e):
                named[(e.kind, name)].append(i)
    for i, e in enumerate(events):
        if not (e.name and e.first_day):
            continue
        # no host, or (with its host) only a year or a season: "Rubezh-2022 returned to
        # Kharbmaidon" in a yearly review is the Rubezh-2022 that others date to the day
        vague = e.time_precision not in MERGEABLE_PRECISIONS and _YEAR_AT_END.search(e.name)
        if e.host_country is not None and not vague:
            continue
        lo, hi = _reach(e)
        candidates = dict.fromkeys(j for name in _names(e) for j in named.get((e.kind, name), ()))
        # the reports that date the drill first: two passing mentions of one name must not
        # pair up apart from the drill they both mention
        for j in sorted(
            candidates, key=lambda j: events[j].time_precision not in MERGEABLE_PRECISIONS
        ):
            if j == i or (e.host_country is not None and events[j].host_country != e.host_country):
                continue
            j_lo, j_hi = _reach(events[j])
            if j_lo <= hi + slack and lo <= j_hi + slack and _participants_compatible(e, events[j]):
                parent[find(i)] = find(j)
                break


def _sweep(events: list[Event], idx: list[int], parent: list[int], find, slack) -> None:
    """Union the events of one block (indices ``idx`` in start order) that can merge.

    The sweep keeps the drills found so far whose reports can still overlap the next
    event, each with its still-open reports in order. A new event is compared with the
    latest ``MAX_TRIES_PER_DRILL`` open reports of each such drill. Work per event thus
    grows with the number of drills under way at once, not with how many reports they
    have, which kept merging near-linear as the corpus grew (measured by the benchmark).
    """
    members: dict[int, list[int]] = {}  # drill (union-find root) -> its reports, in order
    open_count: dict[int, int] = {}  # drill -> how many of its reports are still open
    # drill -> its most precise report, kept after it closes: a month-level report that
    # joined a drill of 3-5 April must not bring in another drill of 24-27 April.
    sharpest: dict[int, int] = {}
    names: dict[int, set[str]] = defaultdict(set)  # drill -> the names its reports give it
    homes = _named_homes(events, idx)
    awaited: dict[int, set[int]] = {}  # drill -> later reports of its name it must fit
    # drill -> the days every one of its closed day-precise reports covers: reports
    # "9-13 April" and "18-24 April" are two drills, however a "9-22 April" fits both
    core: dict[int, tuple[date, date]] = {}
    closed: set[int] = set()
    closing: list[tuple] = []  # heap of (end, index): when each report stops overlapping
    for i in idx:
        e = events[i]
        first = _reach(e)[0]
        while closing and closing[0][0] + slack < first:
            _, j = heapq.heappop(closing)
            closed.add(j)
            root = find(j)
            open_count[root] -= 1
            if open_count[root] == 0:
                del open_count[root], members[root]
                names.pop(root, None)
                awaited.pop(root, None)
                core.pop(root, None)
        joined = False
        order = list(reversed(list(members)))
        mine = _names(e)
        if mine:
            # A named report tries the drills of its name first: "In October, Tajikistan
            # will host Echelon-2021" joins Echelon-2021, not another drill of October
            # that happens to be the latest one told; and while a report of its name is
            # still to come, it waits for that one rather than join an unnamed drill.
            order.sort(key=lambda r: not any(names_agree(x, y) for x in mine for y in names[r]))
            if i in homes:
                order = [r for r in order if any(names_agree(x, y) for x in mine for y in names[r])]
        for root in order:
            if joined:
                # A vague report ("last month, in Uzbekistan") that fits two drills
                # joins the one most recently reported and does not make them one.
                break
            if root not in members or root == find(i):
                continue  # merged into another drill earlier in this loop
            reports = members[root]
            tried = fits = 0
            for j in reversed(reports):
                if j in closed:
                    continue
                if tried == MAX_TRIES_PER_DRILL:
                    break
                tried += 1
                if not can_merge(events[j], e) and not _days_within(events[j], e, core.get(root)):
                    break  # every report tried must fit: no chain through a vague one
                fits += 1
            sharp = sharpest.get(root)
            if (
                tried
                and fits == tried
                and (
                    sharp is None
                    or can_merge(events[sharp], e)
                    or _days_within(events[sharp], e, core.get(root))
                )
                and all(p == i or can_merge(events[p], e) for p in awaited.get(root, ()))
                and _fits_core(core.get(root), e, slack)
            ):
                sharp_i = sharpest.pop(find(i), i)
                told = {*names.pop(find(i), ()), *names.pop(root, ())}
                waits = {*awaited.pop(find(i), ()), *awaited.pop(root, ())}
                shared = _core_of(core.pop(find(i), None), core.pop(root, None))
                _join(find(i), root, parent, members, open_count)
                if shared is not None:
                    core[find(root)] = shared
                names[find(root)] = told
                if waits:
                    awaited[find(root)] = waits
                sharpest[find(root)] = min(sharpest.pop(root), sharp_i, key=_sharpness(events))
                joined = True
            elif len(reports) > 8 and 2 * open_count.get(root, 0) < len(reports):
                # (not after a join: ``root`` may then be no root, and _join has merged
                # the reports under the one that is)
                members[root] = [j for j in reports if j not in closed]
        root = find(i)
        members[root] = [*members.pop(root, []), i]  # most recently active drill last
        open_count[root] = open_count.get(root, 0) + 1
        sharpest.setdefault(root, i)
        names[root] = {*names.pop(root, ()), *mine}
        if (
            e.time_precision == "day"
            and e.start is not None
            and e.end is not None
            # (one day told of a drill may be a day of it: "On Friday, crews fired
            # during the exercise"; it narrows nothing)
            and e.start != e.end
        ):
            shared = _core_of(core.pop(root, None), (e.start, e.end))
            if shared is not None:
                core[root] = shared
        if i in homes:
            # a drill whose named report awaits a report of its name: what joins it now
            # must fit that one too ("a bilateral drill at Momirak" does not join the
            # announced Echelon-2021 that another report places at Harb-Maidon)
            awaited.setdefault(root, set()).add(homes[i])
        heapq.heappush(closing, (_reach(e)[1], i))


_YEAR_AT_END = re.compile(r"[- ]?(?:19|20)\d\d$")


def _core_of(a: tuple[date, date] | None, b: tuple[date, date] | None):
    """The days two stretches share (their later start and earlier end; the start may
    then pass the end by the slack allowed between reports), or the one given."""
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def _fits_core(shared: tuple[date, date] | None, e: Event, slack: timedelta) -> bool:
    """Whether the closed day-precise report ``e`` can be of a drill whose closed
    day-precise reports share the days ``shared``: with it, every such report must
    still come within the slack of every other (a chain of drills a few days apart at
    one range is no one drill). Other reports are checked against the drill's own."""
    if shared is None or e.time_precision != "day" or e.start is None or e.end is None:
        return True
    lo, hi = shared
    return max(lo, e.start) - min(hi, e.end) <= slack


def _days_within(day: Event, e: Event, shared: tuple[date, date] | None) -> bool:
    """Whether the one-day report ``day`` and the report ``e`` both fall within the days
    every ranged report of the drill covers: "On Monday, gunners fired during the joint
    exercise" and "On Friday, tank crews fired" are days of a drill told as 14-18
    October, however far apart."""
    if shared is None or day.time_precision != "day" or day.start is None:
        return False
    lo, hi = shared
    return (
        day.start == day.end
        and lo <= day.start <= hi
        and e.start is not None
        and e.end is not None
        and lo <= e.start
        and e.end <= hi
    )


def _named_homes(events: list[Event], idx: list[int]) -> dict[int, int]:
    """Named reports of a block -> the first later report (in sweep order) of the same
    name that can merge with it: the drill of their own name they are to join."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        for name in _names(events[i]):
            by_name[_YEAR_AT_END.sub("", name)].append(i)
    homes: dict[int, int] = {}
    order = {i: k for k, i in enumerate(idx)}
    for group in by_name.values():
        group = sorted(set(group), key=order.__getitem__)
        for k, i in enumerate(group):
            if i in homes:
                continue
            home = next(
                (
                    j
                    for j in group[k + 1 :]
                    if _share_a_name(events[i], events[j]) and can_merge(events[i], events[j])
                ),
                None,
            )
            if home is not None:
                homes[i] = home
    return homes


def _sharpness(events: list[Event]):
    """Sort key of report indices: most precise date first, then the narrowest."""
    return lambda j: (
        _rank(events[j].time_precision, TIME_PRECISIONS),
        (events[j].last_day - events[j].first_day).days,
        j,
    )


def _join(a: int, b: int, parent: list[int], members: dict, open_count: dict) -> None:
    """Union drills ``a`` and ``b``; the smaller index stays the root."""
    keep, gone = min(a, b), max(a, b)
    parent[gone] = keep
    big, small = members.pop(keep, []), members.pop(gone, [])
    if len(big) < len(small):
        big, small = small, big
    for j in small:  # usually one report joins a drill: no re-sort of the drill's list
        bisect.insort(big, j)
    reports = big
    count = open_count.pop(keep, 0) + open_count.pop(gone, 0)
    if reports:
        members[keep] = reports
        open_count[keep] = count


def _rank(value: str, order: tuple[str, ...]) -> int:
    return order.index(value) if value in order else len(order)


def _best_time(group: list[Event]) -> tuple[date | None, date | None, str, str]:
    """``(start, end, precision, text)`` of the merged drill.

    The most precise report's, and among reports of the same precision the narrowest;
    except that a day range holding every other day-precise report wins ("5-10 August"
    over "ended on 10 August", which dates one end of the same drill), and a closed
    range beats a report open at one end. When every report is open, one that dated the
    start and one that dated the end make the range between them ("began on 5 August",
    "ended on 10 August"); a report that began earlier, or ended later, than the
    narrowest closed range stretches it to its day. A day told at one end only, inside
    a coarser report, runs to that report's far end (see ``_bounded_by_coarser``).
    """
    top = min(_rank(e.time_precision, TIME_PRECISIONS) for e in group)
    best = [e for e in group if _rank(e.time_precision, TIME_PRECISIONS) == top]
    if best[0].time_precision == "day":
        best = _told_after_the_plan(best)
    closed = [e for e in best if not e.open_end]
    if best[0].time_precision == "day":
        for e in closed:
            if all(e.start <= o.first_day and o.last_day <= e.end for o in best):
                return e.start, e.end, e.time_precision, e.date_text
        began = [e for e in best if e.open_end == "end"]
        ended = [e for e in best if e.open_end == "start"]
        if not closed:
            if began and ended:
                first = min(began, key=lambda e: e.start)
                last = max(ended, key=lambda e: e.end)
                if first.start <= last.end:
                    text = f"{first.date_text} … {last.date_text}"
                    return first.start, last.end, "day", text
            bounded = _bounded_by_coarser(began, ended, group)
            if bounded:
                return bounded
        elif (began or ended) and best[0].kind == "exercise":
            # "began on Monday" and "ended on Friday" around a report of one day of the
            # drill ("under way since Monday", read as that day): the days between them.
            # (A deployment "done by" its report's day has not ended then.)
            chosen = min(closed, key=lambda e: (e.end - e.start).days)
            starts = [e for e in began if e.start < chosen.start]
            ends = [e for e in ended if e.end > chosen.end]
            first = min(starts, key=lambda e: e.start) if starts else chosen
            last = max(ends, key=lambda e: e.end) if ends else chosen
            if first is not chosen or last is not chosen:
                texts = dict.fromkeys(e.date_text for e in (first, chosen, last))
                return first.start, last.end, "day", " … ".join(texts)
    chosen = min(closed or best, key=lambda e: (e.last_day - e.first_day).days)
    return chosen.start, chosen.end, chosen.time_precision, chosen.date_text


def _bounded_by_coarser(
    began: list[Event], ended: list[Event], group: list[Event]
) -> tuple[date, date, str, str] | None:
    """The drill between the one day known of it and the far end of a coarser report.

    "Opened today" (5 August, the end open) and "in the first decade of August" (1-10
    August) are one drill that ran from the 5th to the 10th at the latest: as sure as
    the coarser report, which it keeps as the precision, but narrower. Only when the
    open reports agree on which end they date, and a month or less holds that day.
    """
    if bool(began) == bool(ended):
        return None
    day = min(e.start for e in began) if began else max(e.end for e in ended)
    holding = [
        e
        for e in group
        if e.time_precision != "day"
        and e.start is not None
        and e.end is not None
        and e.start <= day <= e.end
        and (e.end - e.start).days < COARSER_BOUND_DAYS
    ]
    if not holding:
        return None
    coarser = min(holding, key=lambda e: ((e.end - e.start).days, e.start))
    told = next(e for e in began or ended if day in (e.start, e.end))
    if began:
        return day, coarser.end, coarser.time_precision, f"{told.date_text} … {coarser.date_text}"
    return coarser.start, day, coarser.time_precision, f"{coarser.date_text} … {told.date_text}"


def _told_after_the_plan(best: list[Event]) -> list[Event]:
    """Day-precise reports without the plans that reports told after the drill overrule.

    "will be held from 16 to 21 September", published in August, is a plan; "ended on
    Friday after five days of manoeuvres", published after, tells what happened. When a
    report told after the drill gives a closed range, the plans' ranges are dropped;
    when it gives only the end, that end replaces the plans' ends.
    """
    planned = [e for e in best if e.reported and e.first_day and e.reported < e.first_day]
    told = [
        e
        for e in best
        if e.reported
        and e.last_day
        and e.reported > e.last_day
        # (one day inside a plan is a day of it: "on Friday, tank crews fired")
        and not (e.start == e.end and any(p.first_day <= e.start <= p.last_day for p in planned))
    ]
    if not planned or not told:
        return best
    if any(not e.open_end for e in told):
        return [e for e in best if e not in planned]
    ended = [e for e in told if e.open_end == "start"]
    if not ended:
        return best
    last = max(ended, key=lambda e: e.end)
    moved = [
        dataclasses.replace(e, end=last.end, date_text=f"{e.date_text} … {last.date_text}")
        for e in planned
        if not e.open_end
        and e.start <= last.end
        and abs((e.end - last.end).days) <= DATE_SLACK_DAYS
    ]
    return [e for e in best if e not in planned] + moved if moved else best


def _placing_report(located: list[Event]) -> Event:
    """The report whose place the merged drill takes: the most precise kind of place;
    among those, the place most reports name, then the narrowest. Seven reports at
    Harb-Maidon and one of snipers at Lyaur, a side range, keep the drill at Harb-Maidon."""
    top = min(_rank(e.geo_precision, GEO_PRECISIONS) for e in located)
    best = [e for e in located if _rank(e.geo_precision, GEO_PRECISIONS) == top]
    told = Counter(e.site_id or e.place for e in best)
    return min(best, key=lambda e: (-told[e.site_id or e.place], e.uncertainty_km))


def combine(group: list[Event]) -> Event:
    """One event from several reports: the most precise date and place, all sources."""
    group = sorted(group, key=lambda e: min((s.article_id, s.start) for s in e.sources))
    base = group[0]
    start, end, time_precision, date_text = _best_time(group)
    located = [e for e in group if e.lat is not None]
    best_place = _placing_report(located) if located else base
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
    names = distinct_names(n for e in group for n in _names(e))
    from dashboard.extract import make_title

    out = Event(
        id=base.id,
        kind=base.kind,
        title="",
        name=names[0] if names else None,
        also_named=names[1:],
        start=start,
        end=end,
        time_precision=time_precision,
        date_text=date_text,
        host_country=next((e.host_country for e in group if e.host_country), None),
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
        reported=max((e.reported for e in group if e.reported), default=None),
    )
    out.title = make_title(out)
    return out
