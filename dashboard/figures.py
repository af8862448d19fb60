"""Plotly figures for the dashboard: the drills timeline and the offline map.

Builders take plain events (and GeoJSON layers) and return ``go.Figure``
objects that tests inspect without a browser. Every clickable point carries
the event id in ``customdata`` so the app never has to interpret ``x``.

The map is fully offline: ``white-bg`` has no tile or style source, our own
GeoJSON goes in ``layout.map.layers``, and no trace uses text mode (text
symbols would make MapLibre fetch glyphs from a remote font server), so place
names are shown on hover. Coordinates are WGS84; Plotly wants ``lat``/``lon``,
GeoJSON stores ``[lon, lat]``.
"""

from __future__ import annotations

import base64
import functools
import html
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from copy import deepcopy
from operator import attrgetter

import numpy as np
import plotly.graph_objects as go
from _plotly_utils.utils import is_homogeneous_array, is_skipped_key, to_typed_array_spec

from dashboard.model import Event

# Every Plotly object here is built with ``_validate=False``. Plotly otherwise checks and
# coerces each property against its schema as a figure is built, and at 2,000 events those
# checks were a third of a timeline's build and a fifth of a map's, paid again on every
# rerun. The builders write each property in the form the checks would produce, and
# tests/test_figures.py rebuilds every kind of figure with the checks on and compares the
# JSON, so a wrong property fails there rather than being checked on every rerun.

# Precisions drawn as "approximate": the true day is somewhere in a longer span.
APPROXIMATE_PRECISIONS = ("week", "month_part", "month", "season", "year")
# Above this many events the figures aggregate (monthly bins, map grid cells)
# so that the page payload stays small.
AGGREGATE_ABOVE = 2000
# Above this many events drawn one by one, hovers are brief (title, when, where): the full
# label, sent for every event in both charts, was two thirds of a 1,763-event view's 1.6 MB.
# A click still opens the event's sources and details in the reader.
BRIEF_HOVER_ABOVE = 1000
# Side of a map clustering cell in degrees when aggregating.
CLUSTER_CELL_DEG = 0.5
# Colours for host countries, assigned in sorted order of the codes present.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#7f7f7f",
)
# Colour for events whose host country is unknown.
UNKNOWN_COLOUR = "#9a9a9a"
# Legend label for events without a known host.
UNKNOWN_HOST_LABEL = "Host unknown"
# Bar opacity for exact and approximate dates.
EXACT_OPACITY = 0.9
APPROX_OPACITY = 0.45
# Factor applied to the opacity of events that are not emphasised while
# something is selected or highlighted.
DIM_FACTOR = 0.35
# Hatch drawn on approximate date bars.
APPROX_PATTERN = "/"
# Legend text explaining the hatch.
APPROX_LEGEND = "Hatched, pale bar: approximate date (week, part of month, month, season, year)"
# A drill dated at one end only is a triangle at that day, pointing to the open end.
OPEN_SYMBOLS = {"": "diamond", "end": "triangle-right", "start": "triangle-left"}
OPEN_LEGEND = "Triangle: only one end is reported; it points to the open end"
OPEN_WORDS = {"end": "end not reported", "start": "start not reported"}
# Longest event title shown as a timeline row label.
ROW_LABEL_CHARS = 48
# Timeline height per row and limits, in pixels.
ROW_PX = 26
TIMELINE_MIN_PX = 280
TIMELINE_MAX_PX = 900
# Past this many events a row each would be thinner than ROW_PX in the tallest timeline,
# so events share rows ("lanes") instead: see _lane_rows.
ROWS_MAX = (TIMELINE_MAX_PX - 140) // ROW_PX
# In lanes, an event keeps this share of the whole time axis to itself, so that a one-day
# marker (12 px) or a short bar is not drawn over its neighbour in the same lane.
LANE_GAP_SHARE = 0.015
# Decimal places kept for event coordinates (about 10 m) and for drawn shapes
# and layer outlines (about 100 m), to keep the figure JSON compact.
POINT_DIGITS = 4
SHAPE_DIGITS = 3
# An uncertainty radius at or above this many km is drawn as a halo.
HALO_MIN_KM = 20.0
# Radius assumed for region precision without a stated uncertainty, in km.
REGION_DEFAULT_KM = 75.0
# Largest halo drawn, in km; a whole-country guess would hide the map.
HALO_MAX_KM = 600.0
# Vertices per halo circle.
HALO_VERTICES = 24
# Kilometres per degree of latitude (spherical Earth, good enough for halos).
KM_PER_DEG = 111.32
# Marker size in px for events with no troop count, and the bounds for sized ones.
MARKER_DEFAULT_PX = 10
MARKER_MIN_PX = 8
MARKER_MAX_PX = 34
# Extra diameter in px of the ring drawn under a selected or highlighted marker.
RING_PX = 10
# Where the map opens: the Afghan border area of Central Asia.
MAP_CENTER = {"lat": 38.5, "lon": 67.5}
MAP_ZOOM = 4.0
# Online tile style offered as an opt-in basemap (Carto, needs the internet).
TILE_STYLE = "carto-positron"
# Constant uirevision keeps the user's zoom and pan across reruns.
UI_REVISION = "drill-atlas"
# Colours of the map layers.
LAND_FILL = "#f2efe6"
LAND_LINE = "#a8a49a"
AFGHAN_BORDER_LINE = "#c0392b"
ZONE_FILL = "#f39c12"
# ISO code whose borders are highlighted.
AFGHANISTAN = "AFG"


def _identity(code: str) -> str:
    return code


def host_colours(events: Iterable[Event]) -> dict[str | None, str]:
    """A stable colour per host country code (None gets grey)."""
    return _colours_of({event.host_country for event in events})


def _colours_of(host_codes: Iterable[str | None]) -> dict[str | None, str]:
    hosts = sorted(host for host in host_codes if host)
    colours: dict[str | None, str] = {
        host: PALETTE[i % len(PALETTE)] for i, host in enumerate(hosts)
    }
    colours[None] = UNKNOWN_COLOUR
    return colours


def is_approximate(event: Event) -> bool:
    """True when the event's date is known only to a week or coarser."""
    return event.time_precision in APPROXIMATE_PRECISIONS


def _esc(text: object) -> str:
    return html.escape(str(text), quote=False)


_ARTICLE_ID = attrgetter("article_id")


def hover_text(event: Event, country_name: Callable[[str], str] = _identity) -> str:
    """Hover label: title, dates as written, place, participants, troops, sources.

    Every value is HTML-escaped because Plotly renders a subset of HTML in hovers.
    """
    first = event.first_day
    when = event.date_text or (first.isoformat() if first else "date unknown")
    precision = event.time_precision
    if event.open_end:
        precision += f"; {OPEN_WORDS[event.open_end]}"
    lines = [f"<b>{_esc(event.title)}</b>", f"When: {_esc(when)} ({precision})"]
    if event.place:
        lines.append(f"Where: {_esc(event.place)} ({event.geo_precision})")
    if event.participants:
        names = ", ".join(country_name(code) for code in event.participants)
        lines.append(f"Participants: {_esc(names)}")
    if event.troops is not None:
        lines.append(f"Troops: {event.troops:,}")
    count = len(set(map(_ARTICLE_ID, event.sources)))
    lines.append(f"Sources: {count} article{'s' if count != 1 else ''}")
    return "<br>".join(lines)


def brief_hover_text(event: Event, country_name: Callable[[str], str] = _identity) -> str:
    """The hover label of a crowded chart (see BRIEF_HOVER_ABOVE): title, when, where."""
    del country_name  # (the same signature as ``hover_text``)
    first = event.first_day
    when = event.date_text or (first.isoformat() if first else "date unknown")
    lines = [f"<b>{_esc(event.title)}</b>", f"When: {_esc(when)}"]
    if event.place:
        lines.append(f"Where: {_esc(event.place)}")
    lines.append("Click for who took part and the sources")
    return "<br>".join(lines)


def _hover_for(
    count: int,
    hover: Callable[[Event], str] | None,
    brief: Callable[[Event], str] | None,
    country_name: Callable[[str], str],
) -> Callable[[Event], str]:
    """The hover label function for a chart drawing ``count`` events one by one."""
    if count > BRIEF_HOVER_ABOVE:
        return brief or functools.partial(brief_hover_text, country_name=country_name)
    return hover or functools.partial(hover_text, country_name=country_name)


def _row_labels(events: Sequence[Event], group_of: Callable[[Event], str]) -> list[str]:
    """Unique row labels ``group · title``; repeated titles get a counter."""
    seen: Counter[str] = Counter()
    labels = []
    for event in events:
        title = event.title
        if len(title) > ROW_LABEL_CHARS:
            title = title[: ROW_LABEL_CHARS - 1].rstrip() + "…"
        label = f"{group_of(event)} · {title}"
        seen[label] += 1
        if seen[label] > 1:
            label = f"{label} ({seen[label]})"
        labels.append(label)
    return labels


def _lane_rows(
    events: Sequence[Event], group_of: Callable[[Event], str]
) -> tuple[list[str], dict[str, str]]:
    """Rows shared by events that do not overlap in time, within each group.

    ``events`` come sorted by group, then first day. Each goes in the group's first lane
    that is free by its first day (greedy interval packing, which uses the fewest lanes),
    keeping LANE_GAP_SHARE of the axis clear after it. Returns one row key per event and,
    for each group's middle lane, the group's name as its tick label.
    """
    first = min(e.first_day for e in events)
    last = max(e.last_day or e.first_day for e in events)
    gap = max(1, round((last - first).days * LANE_GAP_SHARE))
    # group -> for each lane, the ordinal of its first free day
    free_from: dict[str, list[int]] = defaultdict(list)
    keys = []
    for event in events:
        group = group_of(event)
        lanes = free_from[group]
        day = event.first_day.toordinal()
        lane = next((i for i, free in enumerate(lanes) if free <= day), len(lanes))
        if lane == len(lanes):
            lanes.append(0)
        lanes[lane] = (event.last_day or event.first_day).toordinal() + 1 + gap
        keys.append(f"{group} · lane {lane + 1}")
    # Each group's name sits at its middle lane: at a group's first, the names of two
    # one-lane groups in a row were drawn over each other.
    ticks = {f"{group} · lane {(len(lanes) + 1) // 2}": group for group, lanes in free_from.items()}
    return keys, ticks


# Long per-point number arrays go to Plotly as numpy arrays, which travel as base64 typed
# arrays (plotly.js decodes them) in fewer bytes than their JSON text. float32 keeps
# opacities, pixel sizes and 4-decimal coordinates (about 1 m here); bar lengths in ms need
# float64. Short arrays stay lists: converting them costs more than it saves.
ARRAY_MIN = 64


def _numbers(values: Sequence[float], dtype: type = np.float32) -> list | np.ndarray:
    return np.array(values, dtype=dtype) if len(values) >= ARRAY_MIN else list(values)


def _degrees(values: Sequence[float]) -> list | np.ndarray:
    """Latitudes or longitudes to POINT_DIGITS decimals, as ``_numbers`` (rounded in one
    step when they go as an array)."""
    if len(values) >= ARRAY_MIN:
        return np.array(values).round(POINT_DIGITS).astype(np.float32)
    return [round(value, POINT_DIGITS) for value in values]


class _Shared:
    """A part of figures built once and never changed afterwards: a "copy" of it is the
    object itself, and its writes are refused (see ``_PointTexts``, ``_SharedGeoJSON``)."""

    __slots__ = ()
    _what = "shared figure parts"

    def __deepcopy__(self, memo: dict) -> _Shared:
        return self

    def __copy__(self) -> _Shared:
        return self

    def _read_only(self, *args, **kwargs):
        raise TypeError(f"{self._what} are read-only")


class _PointTexts(_Shared, list):
    """Per-point text of one trace (labels, ids, hovers, dates), never changed once built.

    A figure deep-copies every trace when it is built and again in ``to_dict`` (which
    ``st.plotly_chart`` calls), one Python call per string: at 1,763 events these copies
    cost more than building the traces. The strings are immutable and the list refuses
    writes, so a "copy" can be the list itself, as for ``_SharedGeoJSON``. It is a list
    rather than a numpy array because our traces are built with ``_validate=False``, so
    a list is not checked item by item, and orjson (Plotly's JSON engine when installed,
    see pyproject.toml) cannot write numpy text arrays: given one, Plotly cleans the
    whole figure in Python instead (a 1,763-event view took 63 ms to write that way, 29
    ms with the standard library's encoder and 14 ms with orjson and lists).
    """

    __slots__ = ()
    _what = "per-point texts of a built figure"
    _read_only = _Shared._read_only
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _read_only
    append = extend = insert = pop = remove = clear = sort = reverse = _read_only


def _texts(values: Iterable[str]) -> list[str]:
    return _PointTexts(values)


class _Figure(go.Figure):
    """A ``go.Figure`` whose ``to_dict`` passes over the per-point text lists.

    ``st.plotly_chart`` calls ``to_dict`` on every rerun. Plotly's deep-copies the figure,
    then walks every value in search of numpy arrays to send as base64 typed arrays: one
    Python call per string of every text list, and a dataframe-library check before each
    array is encoded. For the timeline and map of a 1,763-event view that walk took 12 of
    the 17 ms the two ``to_dict`` calls cost. Here the read-only text lists (``_Shared``)
    are passed over, as they hold only strings, and a numpy array of a plotly.js type is
    encoded directly. The result is Plotly's own (tests/test_figures.py compares them).
    """

    def to_dict(self) -> dict:
        result = {"data": deepcopy(self._data), "layout": deepcopy(self._layout)}
        frames = deepcopy([frame._props for frame in self._frame_objs])
        if frames:
            result["frames"] = frames
        _typed_arrays(result)
        return result


def _typed_arrays(value: object) -> None:
    """Plotly's ``convert_to_base64`` (the walk in ``to_dict``), minus the shared parts."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, _Shared) or is_skipped_key(key):
                continue
            if isinstance(item, np.ndarray):
                value[key] = _typed_array(item)
            elif is_homogeneous_array(item):
                value[key] = to_typed_array_spec(item)
            else:
                _typed_arrays(item)
    elif isinstance(value, list | tuple) and not isinstance(value, _Shared):
        for item in value:
            _typed_arrays(item)


# numpy type codes plotly.js decodes as they are ("f4" is float32, "u1" uint8, ...)
_JS_ARRAY_TYPES = frozenset(("i1", "u1", "i2", "u2", "i4", "u4", "f4", "f8"))


def _typed_array(array: np.ndarray) -> dict | np.ndarray:
    code = array.dtype.str[1:]
    if array.size and array.ndim == 1 and array.dtype.isnative and code in _JS_ARRAY_TYPES:
        return {"dtype": code, "bdata": base64.b64encode(array).decode("ascii")}
    # 64-bit integers (narrowed first), 2-D, empty or foreign arrays: Plotly's own way.
    return to_typed_array_spec(array)


def _outline(looks: Sequence[tuple[float, float, str]]) -> dict:
    """Marker outline widths per point, with one colour whenever one colour will do.

    A per-point colour list is checked colour by colour against Plotly's colour rules
    (slower than everything else in the trace), yet a point with width 0 shows no outline
    whatever its colour; so one colour is sent unless outlined points differ.
    """
    shown = {colour for _, width, colour in looks if width}
    if len(shown) > 1:
        colour: str | list[str] = [c for *_, c in looks]
    else:
        colour = shown.pop() if shown else "#ffffff"
    return {"width": _numbers([w for _, w, _ in looks], np.uint8), "color": colour}


# The look of every event while nothing is selected or highlighted.
_PLAIN = (1.0, 0.0, "#ffffff")


def _looks(
    events: Sequence[Event], selected: str | None, highlight: Collection[str]
) -> list[tuple[float, float, str]]:
    """``_emphasis`` of each event."""
    if not selected and not highlight:
        return [_PLAIN] * len(events)
    return [_emphasis(event, selected, highlight) for event in events]


def _emphasis(
    event: Event, selected: str | None, highlight: Collection[str]
) -> tuple[float, float, str]:
    """(opacity factor, outline width, outline colour) for one event."""
    if event.id == selected:
        return 1.0, 3.0, "#111111"
    if event.id in highlight:
        return 1.0, 2.0, "#555555"
    if selected or highlight:
        return DIM_FACTOR, 0.0, "#ffffff"
    return _PLAIN


def build_timeline(
    events: Sequence[Event],
    *,
    selected: str | None = None,
    highlight: Collection[str] = (),
    group_by: str = "host",
    country_name: Callable[[str], str] = _identity,
    hover: Callable[[Event], str] | None = None,
    brief: Callable[[Event], str] | None = None,
) -> go.Figure:
    """The drills timeline.

    Dated events only. A range is a horizontal bar from ``start`` to ``end``
    (inclusive, so one extra day); a single exact day is a marker. Approximate
    dates (see APPROXIMATE_PRECISIONS) are pale hatched bars, explained by a
    legend entry. Colour is the host country; rows are grouped by host
    (``group_by="host"``) or by kind, a row per event up to ROWS_MAX events and
    beyond that lanes shared by events that do not overlap, named by group.
    ``customdata`` holds the event id.
    ``selected`` is outlined strongly, ids in ``highlight`` lightly, and the
    rest dimmed while either is set. More than AGGREGATE_ABOVE events are
    binned by month instead. ``hover`` gives an event's hover label (default:
    ``hover_text`` with ``country_name``); a caller drawing the same events
    again and again may pass a memoised one. Above BRIEF_HOVER_ABOVE events,
    ``brief`` gives it instead (default: ``brief_hover_text``).
    """
    dated = [event for event in events if event.start is not None or event.end is not None]
    if len(dated) > AGGREGATE_ABOVE:
        return _binned_timeline(dated, country_name)
    hover = _hover_for(len(dated), hover, brief, country_name)
    hosts = {event.host_country for event in dated}
    colours = _colours_of(hosts)
    names = {host: country_name(host) if host else UNKNOWN_HOST_LABEL for host in hosts}

    def group_of(event: Event) -> str:
        return names[event.host_country] if group_by == "host" else event.kind

    ordered = sorted(dated, key=lambda e: (group_of(e), e.first_day, e.title))
    # A row per event, labelled with its title, while rows fit; past that, lanes labelled
    # by group, where a title is on hover only.
    if len(ordered) > ROWS_MAX:
        labels, ticks = _lane_rows(ordered, group_of)
    else:
        labels, ticks = _row_labels(ordered, group_of), None
    # Rows are keyed by object identity, not id, so one bad duplicate id cannot hide a row.
    rows = {id(event): label for event, label in zip(ordered, labels, strict=True)}
    row_order = list(dict.fromkeys(labels))
    # One trace per (host, style), so the legend lists hosts once.
    buckets: dict[tuple[str | None, str], list[Event]] = defaultdict(list)
    any_approx = any_open = False
    for event in ordered:
        approx, open_end = is_approximate(event), event.open_end
        single = bool(open_end) or (event.end == event.start and not approx)
        style = "point" if single else ("approx" if approx else "range")
        buckets[(event.host_country, style)].append(event)
        any_approx, any_open = any_approx or approx, any_open or bool(open_end)
    traces: list[go.Bar | go.Scatter] = []
    legend_done: set[str | None] = set()
    for (host, style), members in sorted(
        buckets.items(), key=lambda kv: (kv[0][0] or "~", kv[0][1])
    ):
        base_opacity = APPROX_OPACITY if style == "approx" else EXACT_OPACITY
        looks = _looks(members, selected, highlight)
        common = {
            "name": names[host],
            "legendgroup": host or "unknown",
            "showlegend": host not in legend_done,
            "y": _texts([rows[id(e)] for e in members]),
            "customdata": _texts([e.id for e in members]),
            "hovertext": _texts([hover(e) for e in members]),
            "hovertemplate": "%{hovertext}<extra></extra>",
        }
        legend_done.add(host)
        marker = {
            "color": colours[host],
            "opacity": _numbers([round(base_opacity * f, 2) for f, _, _ in looks]),
            "line": _outline(looks),
        }
        if style == "point":
            marker.update(size=12, symbol=_texts([OPEN_SYMBOLS[e.open_end] for e in members]))
            traces.append(
                go.Scatter(
                    _validate=False,
                    x=_texts([e.first_day.isoformat() for e in members]),
                    mode="markers",
                    marker=marker,
                    **common,
                )
            )
            continue
        if style == "approx":
            marker["pattern"] = {"shape": APPROX_PATTERN, "solidity": 0.3}
        traces.append(
            go.Bar(
                _validate=False,
                base=_texts([e.start.isoformat() for e in members]),
                x=_numbers([_duration_ms(e) for e in members], np.float64),
                orientation="h",
                marker=marker,
                **common,
            )
        )
    if any_approx:
        traces.append(
            _legend_key(
                go.Bar,
                APPROX_LEGEND,
                orientation="h",
                marker={"color": UNKNOWN_COLOUR, "pattern": {"shape": APPROX_PATTERN}},
                opacity=APPROX_OPACITY,
            )
        )
    if any_open:
        traces.append(
            _legend_key(
                go.Scatter,
                OPEN_LEGEND,
                mode="markers",
                marker={"color": UNKNOWN_COLOUR, "symbol": "triangle-right", "size": 12},
            )
        )
    height = min(max(TIMELINE_MIN_PX, ROW_PX * len(row_order) + 140), TIMELINE_MAX_PX)
    yaxis = {
        "type": "category",
        "categoryorder": "array",
        "categoryarray": _texts(row_order[::-1]),
        "automargin": True,
    }
    if ticks is not None:
        yaxis.update(tickmode="array", tickvals=list(ticks), ticktext=list(ticks.values()))
    # One constructor call instead of add_trace + update_layout, which validate and
    # deep-copy again what the figure already holds.
    return _Figure(
        _validate=False,
        data=traces,
        layout={
            "barmode": "overlay",
            "height": height,
            "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
            "xaxis": {"type": "date"},
            "yaxis": yaxis,
            "legend": {"orientation": "h", "y": -0.15, "title": {"text": "Host country"}},
            "clickmode": "event+select",
            "uirevision": UI_REVISION,
        },
    )


def _legend_key(trace_type, name: str, **style) -> go.Bar | go.Scatter:
    """An empty trace that only explains a style in the legend."""
    return trace_type(
        _validate=False,
        x=[None],
        y=[None],
        name=name,
        legendgroup=name,
        hoverinfo="skip",
        showlegend=True,
        **style,
    )


def _duration_ms(event: Event) -> int:
    """Bar length in ms: the inclusive span from start to end (one day at least)."""
    end = event.end or event.start
    days = (end - event.start).days + 1
    return days * 86_400_000


def _binned_timeline(events: Sequence[Event], country_name: Callable[[str], str]) -> go.Figure:
    """Stacked monthly counts per host, for corpora too large to draw event by event."""
    # (host, year, month) -> events, counted by Counter in C; ``first_day`` is read inline
    # because this runs for every event of a large corpus.
    flat = Counter(
        (event.host_country, first.year, first.month)
        for event in events
        for first in (event.start or event.end,)
    )
    counts: dict[str | None, Counter[tuple[int, int]]] = defaultdict(Counter)
    for (host, year, month), count in flat.items():
        counts[host][year, month] = count
    colours = _colours_of(counts)
    traces = []
    for host in sorted(counts, key=lambda h: h or "~"):
        months = sorted(counts[host])
        traces.append(
            go.Bar(
                _validate=False,
                x=[f"{year:04d}-{month:02d}-01" for year, month in months],
                # A numpy array is validated in one step and sent as a compact typed array
                # (plotly picks the smallest integer type); a list is checked item by item.
                y=np.array([counts[host][m] for m in months], dtype=np.int64),
                name=country_name(host) if host else UNKNOWN_HOST_LABEL,
                marker={"color": colours[host]},
                hovertemplate="%{x|%b %Y}: %{y} events<extra>%{fullData.name}</extra>",
            )
        )
    return _Figure(
        _validate=False,
        data=traces,
        layout={
            "barmode": "stack",
            "title": {
                "text": f"{len(events):,} events, counted by month (too many to draw one by one)"
            },
            "xaxis": {"type": "date"},
            "yaxis": {"title": {"text": "events"}},
            "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
            "uirevision": UI_REVISION,
        },
    )


def circle_lonlat(lat: float, lon: float, radius_km: float) -> tuple[list[float], list[float]]:
    """A closed circle of ``radius_km`` around (lat, lon), as (lats, lons) lists.

    Uses a local equirectangular approximation, fine for halos of a few
    hundred km away from the poles.
    """
    dlat = radius_km / KM_PER_DEG
    dlon = radius_km / (KM_PER_DEG * max(math.cos(math.radians(lat)), 0.01))
    lats, lons = [], []
    for i in range(HALO_VERTICES + 1):
        angle = 2 * math.pi * i / HALO_VERTICES
        lats.append(round(lat + dlat * math.sin(angle), SHAPE_DIGITS))
        lons.append(round(lon + dlon * math.cos(angle), SHAPE_DIGITS))
    return lats, lons


def halo_radius_km(event: Event) -> float | None:
    """The halo radius for an event, or None when it is precise enough to be a point."""
    radius = event.uncertainty_km
    if radius is None and event.geo_precision in ("region", "border"):
        radius = REGION_DEFAULT_KM
    if radius is None:
        return None
    if radius < HALO_MIN_KM and event.geo_precision not in ("region", "border"):
        return None
    return min(radius, HALO_MAX_KM)


def _round_coords(value: object, digits: int) -> object:
    """GeoJSON coordinates rounded to ``digits`` places, as nested tuples (read-only)."""
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, list | tuple):
        return tuple(_round_coords(item, digits) for item in value)
    return value


class _SharedGeoJSON(_Shared, dict):
    """A GeoJSON FeatureCollection built once per layer set and never changed afterwards.

    Plotly deep-copies a layout value when it is assigned and again in ``to_dict`` (which
    ``to_json`` and ``st.plotly_chart`` call), so a map with the static land, border and
    zone layers spent most of its build and serialisation time copying tens of thousands
    of coordinates. Nothing mutates these collections after they are built (coordinates
    are tuples and the mapping refuses writes), so a "copy" can be the object itself. The
    JSON encoder still writes it as an ordinary object.
    """

    __slots__ = ()
    _what = "shared map layers"
    _read_only = _Shared._read_only
    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = _read_only


def _compact(
    collection: Mapping, keep: Callable[[Mapping], bool] = lambda f: True, *, holes: bool = True
) -> dict:
    """A FeatureCollection with only the kept features, rounded, without properties.

    ``holes=False`` keeps only the outer ring of each polygon.
    """
    features = []
    for feature in collection.get("features", []):
        if not keep(feature):
            continue
        geometry = feature.get("geometry") or {}
        coordinates = geometry.get("coordinates", [])
        if not holes:
            coordinates = _outer_rings(geometry.get("type"), coordinates)
        features.append(
            {
                "type": "Feature",
                "properties": {},
                "geometry": {
                    "type": geometry.get("type"),
                    "coordinates": _round_coords(coordinates, SHAPE_DIGITS),
                },
            }
        )
    return _SharedGeoJSON(type="FeatureCollection", features=tuple(features))


def _outer_rings(kind: str | None, coordinates: list) -> list:
    """Polygon coordinates without their holes (other geometries unchanged)."""
    if kind == "Polygon":
        return coordinates[:1]
    if kind == "MultiPolygon":
        return [polygon[:1] for polygon in coordinates]
    return coordinates


def _touches_afghanistan(feature: Mapping) -> bool:
    props = feature.get("properties") or {}
    return AFGHANISTAN in (props.get("a"), props.get("b"))


def _zone_touches_afghanistan(feature: Mapping) -> bool:
    props = feature.get("properties") or {}
    return AFGHANISTAN in (props.get("host"), props.get("neighbour"))


def _marker_px(troops: int | None) -> float:
    if not troops or troops <= 0:
        return MARKER_DEFAULT_PX
    size = MARKER_MIN_PX + 5 * math.log10(troops)
    return round(min(max(size, MARKER_MIN_PX), MARKER_MAX_PX), 1)


class MapLayers:
    """The map layers of one ``gazetteer.map_layers()`` value, compacted for drawing.

    ``base`` are the layer dicts drawn on every map; ``zone_source`` gives the compact
    GeoJSON of one border zone (built on first use); ``zone_of`` finds a border event's
    zone by the unordered pair of countries it separates. Rounding the ~20,000 coordinates took
    longer than everything else a map does, so callers that draw many maps prepare the
    layers once (``prepare_layers``) and keep them: the dashboard caches them with the
    gazetteer, at the UI edge.
    """

    def __init__(self, layers: Mapping[str, Mapping]) -> None:
        self.base = tuple(_base_layers(layers))
        self.zone_for: dict[frozenset, Mapping] = {}
        for feature in (layers.get("zones") or {}).get("features", []):
            props = feature.get("properties") or {}
            pair = frozenset((props.get("host"), props.get("neighbour")))
            self.zone_for.setdefault(pair, feature)  # the first zone of a pair wins
        self._zone_sources: dict[int, _SharedGeoJSON] = {}

    def zone_of(self, event: Event) -> Mapping | None:
        """The border-zone feature of a border-precision event (either orientation)."""
        if event.geo_precision != "border" or not event.border_country:
            return None
        return self.zone_for.get(frozenset((event.host_country, event.border_country)))

    def zone_source(self, zone: Mapping) -> _SharedGeoJSON:
        source = self._zone_sources.get(id(zone))
        if source is None:
            source = self._zone_sources[id(zone)] = _compact({"features": [zone]})
        return source


def prepare_layers(layers: Mapping[str, Mapping] | None) -> MapLayers:
    """``gazetteer.map_layers()`` compacted once, for any number of ``build_map`` calls."""
    return MapLayers(layers or {})


def build_map(
    events: Sequence[Event],
    layers: MapLayers | Mapping[str, Mapping] | None,
    *,
    selected: str | None = None,
    highlight: Collection[str] = (),
    tiles: bool = False,
    country_name: Callable[[str], str] = _identity,
    hover: Callable[[Event], str] | None = None,
    brief: Callable[[Event], str] | None = None,
) -> go.Figure:
    """The regional map of located events, drawn with ``go.Scattermap``.

    ``layers`` is ``gazetteer.map_layers()``: GeoJSON FeatureCollections
    ``countries``, ``borders`` (properties ``a``, ``b``) and ``zones``
    (``host``, ``neighbour``). They are drawn as map layers under the markers,
    with borders of Afghanistan highlighted and zones shaded. Each located event
    is a marker sized by troops, coloured by host, with ``customdata`` = id.
    Uncertain locations get a halo (a filled circle of the uncertainty radius)
    or, for border precision, their zone drawn darker. ``tiles=True`` swaps the
    offline ``white-bg`` style for an online tile basemap. More than
    AGGREGATE_ABOVE events are clustered into grid cells instead.

    ``layers`` may also be the result of ``prepare_layers``, which saves
    compacting the static layers again for every map. ``hover`` and ``brief`` are as
    in ``build_timeline``.
    """
    prepared = layers if isinstance(layers, MapLayers) else prepare_layers(layers)
    located = [e for e in events if e.lat is not None and e.lon is not None]
    hover = _hover_for(len(located), hover, brief, country_name)
    map_layers = list(prepared.base)
    traces: list[go.Scattermap] = []
    if len(located) > AGGREGATE_ABOVE:
        traces.append(_cluster_trace(located))
    else:
        traces.extend(_uncertainty(prepared, map_layers, located))
        traces.extend(_rings(located, selected, highlight))
        traces.extend(_markers(located, selected, highlight, country_name, hover))
    # One constructor call instead of add_trace + update_layout: each of those validates
    # and deep-copies what the figure already holds.
    return _Figure(
        _validate=False,
        data=traces,
        layout={
            "map": {
                "style": TILE_STYLE if tiles else "white-bg",
                "center": MAP_CENTER,
                "zoom": MAP_ZOOM,
                # (Plotly's checks drop an empty list, so it is not sent either.)
                **({"layers": map_layers} if map_layers else {}),
            },
            "height": 520,
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
            "legend": {"orientation": "h", "y": 0.0, "bgcolor": "rgba(255,255,255,0.8)"},
            "clickmode": "event+select",
            "uirevision": UI_REVISION,
        },
    )


def _base_layers(layers: Mapping[str, Mapping]) -> list[dict]:
    """Map layers: land with outlines, the Afghan border zones and the Afghan border.

    Only zones and borders touching Afghanistan are drawn as the base, which
    keeps the map readable and the payload small; a border-precision event
    elsewhere still gets its own zone from ``_uncertainty``.
    """
    result = []
    countries = layers.get("countries")
    if countries:
        result.append(
            {
                "sourcetype": "geojson",
                # Land is one colour, so holes are dropped: a hole where a map unit of
                # its own sits (the Baikonur lease inside Kazakhstan, not in our layer)
                # showed as a white disc. Enclaves keep their own outlines.
                "source": _compact(countries, holes=False),
                "type": "fill",
                "color": LAND_FILL,
                "fill": {"outlinecolor": LAND_LINE},
                "below": "traces",
            }
        )
    zones = layers.get("zones")
    if zones:
        result.append(
            {
                "sourcetype": "geojson",
                "source": _compact(zones, _zone_touches_afghanistan),
                "type": "fill",
                "color": ZONE_FILL,
                "opacity": 0.15,
                "below": "traces",
            }
        )
    borders = layers.get("borders")
    if borders:
        result.append(
            {
                "sourcetype": "geojson",
                "source": _compact(borders, _touches_afghanistan),
                "type": "line",
                "color": AFGHAN_BORDER_LINE,
                "line": {"width": 2.5},
                "below": "traces",
            }
        )
    return result


def _uncertainty(
    prepared: MapLayers, map_layers: list[dict], located: Sequence[Event]
) -> list[go.Scattermap]:
    """Zones of border events as darker layers; halos for the other uncertain events."""
    drawn_zones: set[int] = set()
    drawn_halos: set[tuple[float, float, float]] = set()
    lats: list[float | None] = []
    lons: list[float | None] = []
    for event in located:
        zone = prepared.zone_of(event)
        if zone is not None:
            if id(zone) not in drawn_zones:
                drawn_zones.add(id(zone))
                map_layers.append(
                    {
                        "sourcetype": "geojson",
                        "source": prepared.zone_source(zone),
                        "type": "fill",
                        "color": ZONE_FILL,
                        "opacity": 0.4,
                        "below": "traces",
                    }
                )
            continue
        radius = halo_radius_km(event)
        if radius is None:
            continue
        key = (round(event.lat, 2), round(event.lon, 2), round(radius))
        if key in drawn_halos:
            continue
        drawn_halos.add(key)
        ring_lats, ring_lons = circle_lonlat(event.lat, event.lon, radius)
        lats.extend([*ring_lats, None])
        lons.extend([*ring_lons, None])
    if not lats:
        return []
    return [
        go.Scattermap(
            _validate=False,
            lat=lats,
            lon=lons,
            mode="lines",
            fill="toself",
            fillcolor="rgba(41, 98, 255, 0.12)",
            line={"color": "rgba(41, 98, 255, 0.55)", "width": 1},
            name="Location uncertainty",
            hoverinfo="skip",
        )
    ]


def _rings(
    located: Sequence[Event], selected: str | None, highlight: Collection[str]
) -> list[go.Scattermap]:
    """Dark rings under the selected marker and pale ones under highlighted markers."""
    traces = []
    for label, colour, members in (
        ("Events of the open article", "#f1c40f", [e for e in located if e.id in highlight]),
        ("Selected event", "#111111", [e for e in located if e.id == selected]),
    ):
        if not members:
            continue
        traces.append(
            go.Scattermap(
                _validate=False,
                lat=_degrees([e.lat for e in members]),
                lon=_degrees([e.lon for e in members]),
                mode="markers",
                marker={
                    "size": _numbers([_marker_px(e.troops) + RING_PX for e in members]),
                    "color": colour,
                },
                customdata=_texts([e.id for e in members]),
                name=label,
                hoverinfo="skip",
            )
        )
    return traces


# Place precisions drawn pale on the map: a zone or region, not a point.
VAGUE_PLACES = frozenset(("region", "border", "country"))


def _markers(
    located: Sequence[Event],
    selected: str | None,
    highlight: Collection[str],
    country_name: Callable[[str], str],
    hover: Callable[[Event], str],
) -> list[go.Scattermap]:
    traces = []
    colours = host_colours(located)
    by_host: dict[str | None, list[Event]] = defaultdict(list)
    for event in located:
        by_host[event.host_country].append(event)
    for host in sorted(by_host, key=lambda h: h or "~"):
        members = by_host[host]
        # A zone or region event is drawn pale so it never reads as a pinpoint.
        opacities = [
            round((0.5 if event.geo_precision in VAGUE_PLACES else 0.9) * factor, 2)
            for event, (factor, _, _) in zip(
                members, _looks(members, selected, highlight), strict=True
            )
        ]
        traces.append(
            go.Scattermap(
                _validate=False,
                lat=_degrees([e.lat for e in members]),
                lon=_degrees([e.lon for e in members]),
                mode="markers",
                marker={
                    "size": _numbers([_marker_px(e.troops) for e in members]),
                    "color": colours[host],
                    "opacity": _numbers(opacities),
                },
                customdata=_texts([e.id for e in members]),
                hovertext=_texts([hover(e) for e in members]),
                hovertemplate="%{hovertext}<extra></extra>",
                name=country_name(host) if host else UNKNOWN_HOST_LABEL,
            )
        )
    return traces


def _cluster_trace(located: Sequence[Event]) -> go.Scattermap:
    """One marker per grid cell, sized by how many events fall in it."""
    # cell -> [events, sum of latitudes, sum of longitudes], in one pass over the events
    cells: dict[tuple[int, int], list] = {}
    floor = math.floor
    for event in located:
        lat, lon = event.lat, event.lon
        cell = (floor(lat / CLUSTER_CELL_DEG), floor(lon / CLUSTER_CELL_DEG))
        sums = cells.get(cell)
        if sums is None:
            cells[cell] = [1, lat, lon]
        else:
            sums[0] += 1
            sums[1] += lat
            sums[2] += lon
    lats, lons, sizes, texts = [], [], [], []
    for count, lat_sum, lon_sum in cells.values():
        lats.append(round(lat_sum / count, SHAPE_DIGITS))
        lons.append(round(lon_sum / count, SHAPE_DIGITS))
        sizes.append(round(min(MARKER_MIN_PX + 4 * math.log2(count), 40), 1))
        texts.append(f"{count} events")
    return go.Scattermap(
        _validate=False,
        lat=lats,
        lon=lons,
        mode="markers",
        marker={"size": sizes, "color": PALETTE[0], "opacity": 0.7},
        hovertext=texts,
        hovertemplate="%{hovertext}<extra></extra>",
        name=f"{len(located):,} events in {len(cells):,} clusters",
    )
