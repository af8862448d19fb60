"""The plain data types that flow through the pipeline.

Every extracted value carries ``start``/``end`` character offsets into the
article *body* (the text after any front matter), so that the reader can
highlight it and the exported ``sources`` can point back to the words.

Nothing here imports Streamlit, and nothing here does I/O.

The types have slots (no per-object ``__dict__``): every rerun of the dashboard reads
thousands of events field by field, and at 100,000 articles there are millions of these
objects. Built from the same 1,763 events of a 10,661-event corpus, the timeline and
map took 26 and 16 ms with slots against 30 and 21 ms without, and filtering the
corpus 7 against 10 ms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

# Ordered from most to least precise; used to pick the best of several dates.
TIME_PRECISIONS = ("day", "week", "month_part", "month", "season", "year", "unknown")
# Ordered from most to least precise; used to pick the best of several places.
GEO_PRECISIONS = ("site", "town", "region", "border", "country", "unknown")
EVENT_KINDS = ("exercise", "deployment", "other")


@dataclass(frozen=True, slots=True)
class Problem:
    """A file (or input) that could not be used, with a plain-language reason."""

    path: str
    error: str


@dataclass(frozen=True, slots=True)
class Article:
    """One news article.

    ``body`` is the text after the front matter, with line endings normalised
    to ``\\n``. ``boilerplate`` lists ``(start, end)`` spans of lines in the body
    that are site furniture ("Leave a Reply", "Source link", "--") and must be
    ignored by extraction but still shown (dimmed) by the reader.
    """

    id: str
    title: str
    body: str
    path: str
    source: str | None = None
    url: str | None = None
    published: date | None = None
    author: str | None = None
    language: str | None = None
    notes: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    # Non-fatal remarks, e.g. "no published date: relative dates cannot be resolved".
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A normalised temporal expression.

    ``start``/``end`` is the closed interval of days the phrase can mean.
    ``precision`` is one of TIME_PRECISIONS. ``text`` is the phrase as written
    and ``span_start``/``span_end`` index into the text that was searched.
    ``role`` is ``"event"`` for the time of the thing reported and ``"report"``
    when the phrase dates a statement ("said on Tuesday"), which is weaker
    evidence for when a drill happens.
    """

    start: date | None
    end: date | None
    precision: str
    text: str
    span_start: int
    span_end: int
    role: str = "event"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A country or alliance named in the text.

    ``kind`` is ``country`` or ``alliance``; ``code`` is ISO 3166-1 alpha-3 for a
    country or the alliance acronym (``CSTO``, ``SCO``, ``NATO``). ``form`` tells
    how it was named: ``name``, ``demonym``, ``capital``, ``acronym``, ``force`` for a
    country's named formation ("the Central Military District"), or ``reference`` for
    an alliance named again as "the bloc" or "the alliance".
    """

    kind: str
    code: str
    form: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count of people or materiel. ``kind`` is ``troops`` or ``hardware``.

    ``qualifier`` keeps the hedge as written ("around", "over", "up to") or "".
    """

    kind: str
    value: int
    qualifier: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Equipment:
    """A type of materiel, e.g. ``T-72 tank`` or ``aircraft``."""

    name: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an event was read: the sentence, with offsets into the article body."""

    article_id: str
    quote: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """A drill, deployment or other dated military act, with its evidence.

    Coordinates are WGS84, stored as ``lat``/``lon`` (note the order: the
    GeoJSON export writes ``[lon, lat]``). ``uncertainty_km`` is the radius
    within which the true location is expected.

    ``start``/``end`` are the first and last day of the drill. When the text dates
    only one end of it ("began on 10 June", "will last until 20 June") the other is
    None: the drill is *open* at that end, not one day long. ``time_precision``
    then describes the end that is known. Both are None for an undated event.
    """

    id: str
    kind: str
    title: str
    # The drill's own name as written ("Rubezh-2021", "Interaction-2023"), if it has one,
    # and the other names told with it ("Interaction-2021, Search-2021 and Echelon-2021
    # exercises": one drill under the first name). Reports merge on any shared name.
    name: str | None = None
    also_named: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    time_precision: str = "unknown"
    date_text: str = ""
    host_country: str | None = None
    participants: list[str] = field(default_factory=list)
    alliances: list[str] = field(default_factory=list)
    place: str | None = None
    site_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str = "unknown"
    uncertainty_km: float | None = None
    border_country: str | None = None
    border_km: float | None = None
    troops: int | None = None
    hardware: int | None = None
    equipment: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    # Spans of the evidence inside each source article, by category, for the reader:
    # {article_id: [(start, end, category), ...]} with category in
    # "date", "place", "country", "number", "equipment".
    evidence: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # The day the report was published (for a merged event, its latest report's): an
    # announcement told before the drill, a report told after it.
    reported: date | None = None

    @property
    def first_day(self) -> date | None:
        """The earliest day known to be in the drill: ``start``, or ``end`` if open there."""
        return self.start if self.start is not None else self.end

    @property
    def last_day(self) -> date | None:
        """The latest day known to be in the drill: ``end``, or ``start`` if open there."""
        return self.end if self.end is not None else self.start

    @property
    def open_end(self) -> str:
        """Which end the text leaves open: "end", "start", or "" (closed or undated)."""
        if (self.start is None) == (self.end is None):
            return ""
        return "end" if self.end is None else "start"


def names_agree(a: str, b: str) -> bool:
    """Whether two drill names can name one drill: the same, or the same but for a year
    that one of them leaves out ("Steppe Eagle" and "Steppe Eagle-2024")."""
    if a == b:
        return True
    base_a, year_a = _split_year(a)
    base_b, year_b = _split_year(b)
    if year_a and year_b and year_a != year_b:
        return False
    return base_a == base_b or _name_words(base_a) == _name_words(base_b)


# The Russian words of drill names as reports transliterate them, with the English that
# other reports translate them to: "Yuzhny Shchit-2024" is "Southern Shield-2024",
# "Vzaimodeistvie-2023" is "Interaction-2023". Written by hand: a short, closed list of
# the words the CSTO's and Russia's exercise names are made of.
_RUSSIAN_NAME_WORDS = {
    "vzaimodeistvie": "interaction",
    "vzaimodeystvie": "interaction",
    "vzaimodeystviye": "interaction",
    "poisk": "search",
    "eshelon": "echelon",
    "boevoe": "combat",
    "boyevoye": "combat",
    "bratstvo": "brotherhood",
    "nerushimoe": "indestructible",
    "nerushimoye": "indestructible",
    "mirnaya": "peace",
    "missiya": "mission",
    "yuzhny": "southern",
    "yuzhnyy": "southern",
    "yuzhnyi": "southern",
    "shchit": "shield",
    "soyuznaya": "union",
    "reshimost": "resolve",
    "sotrudnichestvo": "cooperation",
    "tsentr": "center",
    "centre": "center",
    "kavkaz": "caucasus",
}


def _name_words(base: str) -> tuple[str, ...]:
    """A name's words in lower case, Russian ones in their English: the key two spellings
    of one drill's name share."""
    words = base.lower().replace("-", " ").split()
    return tuple(_RUSSIAN_NAME_WORDS.get(w, w) for w in words)


def distinct_names(names: Iterable[str]) -> list[str]:
    """``names`` in the order given, one spelling per drill: a name that agrees with an
    earlier one takes its place when it is fuller ("Steppe Eagle", then "Steppe
    Eagle-2024")."""
    out: list[str] = []
    for name in names:
        for i, kept in enumerate(out):
            if names_agree(name, kept):
                if len(name) > len(kept):
                    out[i] = name
                break
        else:
            out.append(name)
    return out


def _split_year(name: str) -> tuple[str, str]:
    base, _, year = name.rpartition("-")
    return (base, year) if base and len(year) == 4 and year.isdigit() else (name, "")
