"""What the user is looking at: filters, the selected event and the open article.

The sidebar widgets become one frozen :class:`Selection`. Pure functions filter
events with it, describe it in one sentence for the caption, and turn it into
URL query parameters and back, so that a shared link reproduces the view.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from dashboard.model import EVENT_KINDS, Article, Event

# Query parameter names, one per filter; the widgets use the same names as keys.
PARAM_COUNTRY = "country"
PARAM_DATES = "dates"
PARAM_KIND = "kind"
PARAM_OUTLET = "outlet"
PARAM_QUERY = "q"
PARAM_EVENT = "event"
PARAM_ARTICLE = "article"
# Display options that are not filters but still belong to a shared view.
PARAM_GROUP = "group"
PARAM_TILES = "tiles"
# Every parameter the app understands; anything else gets a notice and is ignored.
KNOWN_PARAMS = (
    PARAM_COUNTRY,
    PARAM_DATES,
    PARAM_KIND,
    PARAM_OUTLET,
    PARAM_QUERY,
    PARAM_EVENT,
    PARAM_ARTICLE,
    PARAM_GROUP,
    PARAM_TILES,
)
# Ways to group timeline rows.
GROUP_CHOICES = ("host", "kind")
# Longest free-text query kept; longer input is cut so URLs stay short.
MAX_QUERY_CHARS = 200
# Event and article ids we accept from a URL: short, no slashes, no spaces.
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$")
# Parameter names safe to repeat back to the user in a notice.
SAFE_NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]{0,30}$")
# ISO 3166-1 alpha-3 shape.
COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Selection:
    """The active filters plus what is selected.

    Empty tuples mean "no restriction". ``date_from``/``date_to`` are inclusive
    and either may be None (open-ended). ``event`` and ``article`` are ids of the
    selected event and the open article; they do not filter anything.
    """

    countries: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    kinds: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    query: str = ""
    event: str | None = None
    article: str | None = None

    @property
    def is_filtered(self) -> bool:
        """True when any filter (not the selection) restricts the events."""
        return bool(
            self.countries
            or self.date_from
            or self.date_to
            or self.kinds
            or self.outlets
            or self.query.strip()
        )


def event_outlets(event: Event, articles_by_id: Mapping[str, Article]) -> set[str]:
    """The outlets (``Article.source``) of every article an event was read in."""
    outlets = set()
    for ref in event.sources:
        article = articles_by_id.get(ref.article_id)
        if article is not None and article.source:
            outlets.add(article.source)
    return outlets


def _overlaps(event: Event, date_from: date | None, date_to: date | None) -> bool:
    """Whether the event's date interval meets the closed range [date_from, date_to].

    An undated event is kept only when no date limit is set, because we cannot
    tell whether it falls inside the range.
    """
    if date_from is None and date_to is None:
        return True
    first, last = event.first_day, event.last_day
    if first is None:
        return False
    # A drill open at one end is kept for the days it is known to cover.
    if date_from is not None and last < date_from:
        return False
    return not (date_to is not None and first > date_to)


def _haystack(event: Event, articles_by_id: Mapping[str, Article]) -> str:
    """All the text a free-text query is matched against, lower-cased."""
    parts = [
        event.title,
        event.place or "",
        event.date_text,
        event.host_country or "",
        " ".join(event.participants),
        " ".join(event.alliances),
        " ".join(event.equipment),
    ]
    for ref in event.sources:
        parts.append(ref.quote)
        article = articles_by_id.get(ref.article_id)
        if article is not None:
            parts.append(article.title)
    return "\n".join(parts).casefold()


def filter_events(
    events: Iterable[Event], articles: Iterable[Article], selection: Selection
) -> list[Event]:
    """Events that pass every filter of ``selection``, in their original order.

    Countries match the host or any participant. The date range keeps events
    whose interval overlaps it. Outlets match the source of any article the
    event was read in. The query is a case-insensitive substring of the title,
    place, date as written, participants, equipment, evidence quotes or
    article titles.
    """
    countries = set(selection.countries)
    kinds = set(selection.kinds)
    outlets = set(selection.outlets)
    needle = selection.query.strip().casefold()
    dated = selection.date_from is not None or selection.date_to is not None
    if not (countries or kinds or dated or outlets or needle):
        return list(events)  # (nothing to test: a loop over every event spared)
    # Only the outlet and text filters read articles; indexing tens of thousands of them
    # on every rerun cost more than the country filter itself.
    articles_by_id = {article.id: article for article in articles} if outlets or needle else {}
    kept = []
    for event in events:
        if countries and (
            event.host_country not in countries and countries.isdisjoint(event.participants)
        ):
            continue
        if kinds and event.kind not in kinds:
            continue
        if dated and not _overlaps(event, selection.date_from, selection.date_to):
            continue
        if outlets and not outlets.intersection(event_outlets(event, articles_by_id)):
            continue
        if needle and needle not in _haystack(event, articles_by_id):
            continue
        kept.append(event)
    return kept


def _join_or(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def describe(
    selection: Selection, n: int, *, country_name: Callable[[str], str] | None = None
) -> str:
    """One sentence naming the active filters and the number of events shown.

    ``country_name`` turns an alpha-3 code into a display name; by default the
    code itself is shown.
    """
    name = country_name or (lambda code: code)
    kinds = "/".join(selection.kinds) + " " if selection.kinds else ""
    noun = kinds + ("event" if n == 1 else "events")
    clauses = []
    if selection.countries:
        names = [name(code) for code in selection.countries]
        clauses.append(f"involving {_join_or(names)}")
    if selection.date_from and selection.date_to:
        clauses.append(f"between {_day(selection.date_from)} and {_day(selection.date_to)}")
    elif selection.date_from:
        clauses.append(f"from {_day(selection.date_from)} on")
    elif selection.date_to:
        clauses.append(f"up to {_day(selection.date_to)}")
    if selection.outlets:
        clauses.append(f"reported by {_join_or(list(selection.outlets))}")
    if selection.query.strip():
        clauses.append(f"matching “{selection.query.strip()}”")
    sentence = f"Showing {n} {noun}"
    if clauses:
        sentence += " " + ", ".join(clauses)
    if not selection.is_filtered:
        sentence += " (no filters active)"
    return sentence + "."


def to_query_params(selection: Selection) -> dict[str, str | list[str]]:
    """The selection as query parameters; defaults are left out.

    Repeated values (countries, kinds, outlets, the two dates) are lists, as
    ``st.query_params`` writes them as repeated keys.
    """
    params: dict[str, str | list[str]] = {}
    if selection.countries:
        params[PARAM_COUNTRY] = list(selection.countries)
    if selection.date_from or selection.date_to:
        start = selection.date_from or selection.date_to
        end = selection.date_to or selection.date_from
        params[PARAM_DATES] = [start.isoformat(), end.isoformat()]
    if selection.kinds:
        params[PARAM_KIND] = list(selection.kinds)
    if selection.outlets:
        params[PARAM_OUTLET] = list(selection.outlets)
    if selection.query.strip():
        params[PARAM_QUERY] = selection.query.strip()
    if selection.event:
        params[PARAM_EVENT] = selection.event
    if selection.article:
        params[PARAM_ARTICLE] = selection.article
    return params


def _values(raw: str | Sequence[str]) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    return [str(value) for value in raw]


def _name_for_notice(key: str) -> str:
    """The parameter name if it is harmless to show, else a neutral phrase."""
    return f"“{key}”" if SAFE_NAME_PATTERN.match(key) else "a parameter"


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def from_query_params(
    params: Mapping[str, str | Sequence[str]],
) -> tuple[Selection, list[str]]:
    """Read a selection from query parameters, ignoring what does not parse.

    Returns the selection and a list of short notices, one per ignored
    parameter. Notices name the parameter only when its name is a plain word and
    never repeat a value, so they cannot echo a file path or markup back.
    """
    notices: list[str] = []
    fields: dict = {}
    for key, raw in params.items():
        values = _values(raw)
        if key not in KNOWN_PARAMS:
            notices.append(f"Ignored unknown parameter {_name_for_notice(key)}.")
            continue
        if key == PARAM_COUNTRY:
            codes = [value.strip().upper() for value in values]
            good = [code for code in codes if COUNTRY_PATTERN.match(code)]
            if len(good) < len(codes):
                notices.append("Ignored a “country” value that is not a three-letter code.")
            fields["countries"] = tuple(dict.fromkeys(good))
        elif key == PARAM_DATES:
            parsed = [_parse_date(value) for value in values]
            if len(parsed) != 2 or None in parsed:
                notices.append("Ignored “dates”: expected two dates as YYYY-MM-DD.")
                continue
            start, end = sorted(parsed)
            fields["date_from"], fields["date_to"] = start, end
        elif key == PARAM_KIND:
            good = [value for value in values if value in EVENT_KINDS]
            if len(good) < len(values):
                notices.append("Ignored an unknown “kind” value.")
            fields["kinds"] = tuple(dict.fromkeys(good))
        elif key == PARAM_OUTLET:
            fields["outlets"] = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
        elif key == PARAM_QUERY:
            fields["query"] = values[-1][:MAX_QUERY_CHARS]
        elif key in (PARAM_EVENT, PARAM_ARTICLE):
            value = values[-1].strip()
            if ID_PATTERN.match(value):
                fields[key] = value
            else:
                notices.append(f"Ignored a malformed “{key}” value.")
        elif key == PARAM_GROUP:
            if values[-1] not in GROUP_CHOICES:
                notices.append("Ignored an unknown “group” value.")
        elif key == PARAM_TILES and values[-1].lower() not in ("true", "false"):
            notices.append("Ignored a malformed “tiles” value.")
    return Selection(**fields), notices
