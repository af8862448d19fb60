"""Timeline and map figures, checked on fig.data and fig.layout (no browser)."""

import base64
import copy
import dataclasses
import itertools
import json
import math
from collections import defaultdict
from datetime import date, timedelta

import numpy as np
import plotly.graph_objects as go
import pytest

from dashboard.figures import (
    AFGHAN_BORDER_LINE,
    AGGREGATE_ABOVE,
    APPROX_LEGEND,
    APPROX_PATTERN,
    ARRAY_MIN,
    BRIEF_HOVER_ABOVE,
    HALO_VERTICES,
    KM_PER_DEG,
    OPEN_LEGEND,
    ROWS_MAX,
    build_map,
    build_timeline,
    circle_lonlat,
    prepare_layers,
)
from dashboard.model import Event, SourceRef

# A small hand-made layer set in the shape of gazetteer.map_layers().
LAYERS = {
    "countries": {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"iso_a3": "TJK", "name": "Tajikistan"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[67.3, 36.7], [75.1, 36.7], [75.1, 41.0], [67.3, 36.7]]],
                },
            }
        ],
    },
    "borders": {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"a": "AFG", "b": "TJK", "length_km": 1357},
                "geometry": {"type": "LineString", "coordinates": [[67.8, 37.2], [71.5, 37.9]]},
            },
            {
                "type": "Feature",
                "properties": {"a": "KAZ", "b": "UZB", "length_km": 2330},
                "geometry": {"type": "LineString", "coordinates": [[56.0, 45.0], [71.0, 42.0]]},
            },
        ],
    },
    "zones": {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"host": "TJK", "neighbour": "AFG", "km": 50},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[67.8, 37.2], [71.5, 37.9], [71.5, 38.4], [67.8, 37.2]]],
                },
            }
        ],
    },
}


def _event(eid, *, precision="day", start=date(2021, 8, 5), end=None, **extra):
    return Event(
        id=eid,
        kind=extra.pop("kind", "exercise"),
        title=extra.pop("title", f"Drill {eid}"),
        start=start,
        end=end if end is not None else start,
        time_precision=precision,
        host_country=extra.pop("host", "TJK"),
        sources=[SourceRef("a1", "A sentence.", 0, 11)],
        **extra,
    )


EXACT_RANGE = _event("range", end=date(2021, 8, 10), lat=37.8, lon=68.9, geo_precision="site")
SINGLE_DAY = _event("day", lat=37.22, lon=67.28, geo_precision="town", troops=1500, host="UZB")
APPROX_MONTH = _event(
    "month", precision="month", start=date(2021, 4, 1), end=date(2021, 4, 30), troops=50000
)
HALO_REGION = _event("region", lat=38.0, lon=69.0, geo_precision="region", uncertainty_km=120)
BORDER_ZONE = _event(
    "border", lat=37.5, lon=69.5, geo_precision="border", border_country="AFG", uncertainty_km=50
)
UNDATED = _event("undated", start=None, end=None, precision="unknown", lat=39.0, lon=67.0)
EVENTS = [EXACT_RANGE, SINGLE_DAY, APPROX_MONTH, HALO_REGION, BORDER_ZONE, UNDATED]


def _trace_ids(fig: go.Figure, kind: type) -> list[str]:
    ids = []
    for trace in fig.data:
        if isinstance(trace, kind) and trace.customdata is not None:
            ids.extend(trace.customdata)
    return ids


def _marker_traces(fig: go.Figure) -> list[go.Scattermap]:
    return [t for t in fig.data if isinstance(t, go.Scattermap) and t.hovertext is not None]


@pytest.mark.parametrize(
    ("event", "trace_type", "hatched"),
    [
        (EXACT_RANGE, go.Bar, False),
        (SINGLE_DAY, go.Scatter, False),
        (APPROX_MONTH, go.Bar, True),
        (_event("season", precision="season", end=date(2021, 8, 31)), go.Bar, True),
        (_event("mpart", precision="month_part", end=date(2021, 8, 10)), go.Bar, True),
    ],
)
def test_build_timeline_draws_each_event_in_its_style(event, trace_type, hatched):
    fig = build_timeline([event])
    owner = [t for t in fig.data if t.customdata is not None and event.id in t.customdata]
    assert len(owner) == 1
    assert isinstance(owner[0], trace_type)
    pattern = owner[0].marker.pattern.shape if trace_type is go.Bar else None
    assert (pattern == APPROX_PATTERN) is hatched
    legend = [t.name for t in fig.data if t.showlegend]
    assert (APPROX_LEGEND in legend) is hatched


def test_build_timeline_approximate_is_paler_than_exact():
    fig = build_timeline([EXACT_RANGE, APPROX_MONTH])
    opacity = {t.customdata[0]: t.marker.opacity[0] for t in fig.data if t.customdata}
    assert opacity["month"] < opacity["range"]


def test_build_timeline_bar_spans_inclusive_days():
    fig = build_timeline([EXACT_RANGE])
    bar = next(t for t in fig.data if t.customdata)
    assert bar.base[0] == "2021-08-05"
    assert bar.x[0] == timedelta(days=6).total_seconds() * 1000
    assert fig.layout.xaxis.type == "date"


@pytest.mark.parametrize(
    ("group_by", "prefix"), [("host", "Tajikistan · "), ("kind", "deployment · ")]
)
def test_build_timeline_groups_rows(group_by, prefix):
    event = _event("g", kind="deployment", end=date(2021, 8, 9))
    fig = build_timeline([event], group_by=group_by, country_name={"TJK": "Tajikistan"}.get)
    row = next(t for t in fig.data if t.customdata).y[0]
    assert row.startswith(prefix)


def test_build_timeline_skips_undated_and_keeps_ids_in_customdata():
    fig = build_timeline(EVENTS)
    ids = _trace_ids(fig, go.Bar) + _trace_ids(fig, go.Scatter)
    assert sorted(ids) == sorted(e.id for e in EVENTS if e.start)


def test_build_timeline_colours_by_host():
    fig = build_timeline([EXACT_RANGE, SINGLE_DAY])
    colours = {t.name: t.marker.color for t in fig.data if t.customdata}
    assert set(colours) == {"TJK", "UZB"}
    assert colours["TJK"] != colours["UZB"]


@pytest.mark.parametrize(
    ("field", "expected"),
    [("title", "Drill day"), ("date", "When: "), ("troops", "1,500"), ("sources", "Sources: 1")],
)
def test_build_timeline_hover_has_details(field, expected):
    fig = build_timeline([SINGLE_DAY])
    hover = next(t for t in fig.data if t.customdata).hovertext[0]
    assert expected in hover, field


def test_build_timeline_hover_escapes_markup():
    event = _event("x", title="<img src=x onerror=alert(1)>")
    hover = next(t for t in build_timeline([event]).data if t.customdata).hovertext[0]
    assert "<img" not in hover
    assert "&lt;img" in hover


@pytest.mark.parametrize(
    ("selected", "highlight"), [("range", ()), (None, ("range",)), ("range", ("day",))]
)
def test_build_timeline_emphasises_selection(selected, highlight):
    fig = build_timeline([EXACT_RANGE, APPROX_MONTH], selected=selected, highlight=highlight)
    widths = {t.customdata[0]: t.marker.line.width[0] for t in fig.data if t.customdata}
    opacity = {t.customdata[0]: t.marker.opacity[0] for t in fig.data if t.customdata}
    assert widths["range"] > 0
    assert widths["month"] == 0
    assert opacity["month"] < build_timeline([APPROX_MONTH]).data[0].marker.opacity[0]


def test_build_map_one_marker_per_located_event():
    fig = build_map(EVENTS, LAYERS)
    ids = [i for t in _marker_traces(fig) for i in t.customdata]
    assert sorted(ids) == sorted(e.id for e in EVENTS if e.lat is not None)
    assert all(isinstance(t, go.Scattermap) for t in fig.data)


def test_build_map_is_offline_without_text_labels():
    fig = build_map(EVENTS, LAYERS)
    assert fig.layout.map.style == "white-bg"
    assert all("text" not in (t.mode or "") for t in fig.data)
    assert "glyphs" not in fig.to_json()


def test_build_map_tiles_are_opt_in():
    assert build_map(EVENTS, LAYERS, tiles=True).layout.map.style != "white-bg"


def test_build_map_layers_show_countries_afghan_border_and_zones():
    layers = build_map([], LAYERS).layout.map.layers
    kinds = [(layer.type, layer.color) for layer in layers]
    assert ("fill", layers[0].color) in kinds
    afghan = [layer for layer in layers if layer.color == AFGHAN_BORDER_LINE]
    assert len(afghan) == 1
    assert len(afghan[0].source["features"]) == 1  # only the AFG-TJK border, not KAZ-UZB
    assert any(layer.type == "fill" and layer.opacity for layer in layers)


def test_build_map_sizes_markers_by_troops():
    small = _event("small", lat=38.0, lon=68.0, troops=100)
    big = _event("big", lat=38.5, lon=68.5, troops=50000)
    fig = build_map([small, big], LAYERS)
    trace = _marker_traces(fig)[0]
    size = dict(zip(trace.customdata, trace.marker.size, strict=True))
    assert size["big"] > size["small"]


@pytest.mark.parametrize(
    ("event", "halo", "zone_layers"),
    [
        (EXACT_RANGE, False, 0),
        (HALO_REGION, True, 0),
        (_event("wide", lat=40.0, lon=70.0, geo_precision="town", uncertainty_km=60), True, 0),
        (BORDER_ZONE, False, 1),
        # A border event without a matching zone falls back to a halo.
        (
            _event("nozone", lat=40.0, lon=70.0, geo_precision="border", border_country="CHN"),
            True,
            0,
        ),
    ],
)
def test_build_map_draws_uncertainty(event, halo, zone_layers):
    fig = build_map([event], LAYERS)
    halos = [t for t in fig.data if t.fill == "toself"]
    assert bool(halos) is halo
    base = len(build_map([], LAYERS).layout.map.layers)
    assert len(fig.layout.map.layers) - base == zone_layers
    marker = _marker_traces(fig)[0]
    if event.geo_precision in ("region", "border"):
        assert marker.marker.opacity[0] < 0.9


def test_circle_lonlat_has_requested_radius():
    lats, lons = circle_lonlat(38.0, 69.0, 100.0)
    assert len(lats) == HALO_VERTICES + 1
    assert (lats[0], lons[0]) == (lats[-1], lons[-1])
    north = max(lats)
    assert math.isclose((north - 38.0) * KM_PER_DEG, 100.0, rel_tol=0.02)


def test_build_map_rings_selected_event():
    fig = build_map(EVENTS, LAYERS, selected="day", highlight=("range",))
    rings = [t for t in fig.data if t.name in ("Selected event", "Events of the open article")]
    assert {t.customdata[0] for t in rings} == {"day", "range"}


def _many(n: int) -> list[Event]:
    return [
        _event(
            f"ev{i:05d}",
            start=date(2015, 1, 1) + timedelta(days=i % 2500),
            end=date(2015, 1, 1) + timedelta(days=i % 2500 + 3),
            lat=35 + (i % 97) * 0.1,
            lon=60 + (i % 89) * 0.2,
            troops=100 + i,
            host=("TJK", "UZB", "KAZ", "KGZ", "TKM")[i % 5],
            uncertainty_km=50 if i % 3 else None,
            geo_precision="region" if i % 3 else "site",
        )
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def real_layers():
    """The production map layers from geodata, as the app draws them."""
    from geodata import load_gazetteer

    return load_gazetteer().map_layers()


@pytest.mark.parametrize("n", [AGGREGATE_ABOVE, 10_000])
def test_figures_payload_stays_small(n, real_layers):
    events = _many(n)
    size = len(build_timeline(events).to_json()) + len(build_map(events, real_layers).to_json())
    assert size < 1_500_000


def test_build_map_real_layers_highlight_afghan_border(real_layers):
    layers = build_map([], real_layers).layout.map.layers
    afghan = next(layer for layer in layers if layer.color == AFGHAN_BORDER_LINE)
    assert afghan.source["features"]
    assert len(afghan.source["features"]) < len(real_layers["borders"]["features"])


def test_figures_aggregate_large_corpora():
    events = _many(AGGREGATE_ABOVE + 1)
    timeline = build_timeline(events)
    assert sum(sum(t.y) for t in timeline.data) == len(events)
    assert len(build_map(events, LAYERS).data) == 1
    json.loads(timeline.to_json())


def _plain(value):
    """Figure JSON with Plotly's base64 typed arrays turned back into lists, as plotly.js does."""
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        if set(value) in ({"dtype", "bdata"}, {"dtype", "bdata", "shape"}):
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
            return array.tolist()
        return {key: _plain(item) for key, item in value.items()}
    return value


def _spec(fig: go.Figure) -> dict:
    return _plain(json.loads(fig.to_json()))


def test_build_map_prepared_layers_serialise_like_a_fresh_build(real_layers):
    zone = _event("zone", lat=37.5, lon=69.5, geo_precision="border", border_country="AFG")
    events = [*EVENTS, zone]
    prepared = prepare_layers(real_layers)
    first = build_map(events, prepared).to_json()
    again = build_map(events, prepared).to_json()
    fresh = build_map(events, copy.deepcopy(real_layers)).to_json()
    assert first == again == fresh
    layers = json.loads(first)["layout"]["map"]["layers"]
    assert len(layers) == len(build_map([], prepared).layout.map.layers) + 1  # the zone
    assert [layer["type"] for layer in layers[:3]] == ["fill", "fill", "line"]
    assert all(layer["source"]["features"] for layer in layers)


def test_build_map_shared_layers_cannot_be_changed_through_a_figure():
    layer = build_map([], LAYERS).layout.map.layers[0]
    with pytest.raises(TypeError):
        layer.source["features"] = []
    assert build_map([], LAYERS).layout.map.layers[0].source["features"]


def test_build_map_border_zone_layer_matches_either_orientation():
    flipped = _event(
        "flip", lat=37.5, lon=69.5, geo_precision="border", border_country="TJK", host="AFG"
    )
    base = len(build_map([], LAYERS).layout.map.layers)
    assert len(build_map([flipped], LAYERS).layout.map.layers) == base + 1


def test_long_traces_carry_the_same_values_as_short_ones():
    # Long per-point arrays are sent as numpy (typed) arrays, short ones as lists: the
    # values plotly.js reads must not depend on which.
    events = [e for e in _many(6 * ARRAY_MIN) if e.start]  # over ARRAY_MIN per host
    chosen, lit = events[5].id, {events[7].id, events[9].id}
    figure = build_timeline(events, selected=chosen, highlight=lit)
    assert '"bdata"' in figure.to_json()  # the long arrays did go as typed arrays
    whole = _spec(figure)
    looks = {}
    for trace in whole["data"]:
        line = trace.get("marker", {}).get("line") or {}
        for i, eid in enumerate(trace.get("customdata") or []):
            looks[eid] = (trace["marker"]["opacity"][i], line["width"][i], trace["x"][i])
    assert len(looks) == len(events)
    for event in (events[5], events[7], events[12]):
        small = _spec(build_timeline([event], selected=chosen, highlight=lit))["data"][0]
        width = small["marker"]["line"]["width"][0]
        opacity = small["marker"]["opacity"][0]
        assert looks[event.id][1] == width
        assert looks[event.id][0] == pytest.approx(opacity, abs=1e-6)
        assert looks[event.id][2] == small["x"][0]
    assert looks[chosen][1] == 3 and looks[events[7].id][1] == 2 and looks[events[12].id][1] == 0


def test_long_map_traces_keep_coordinates_and_ids():
    events = _many(6 * ARRAY_MIN)
    figure = build_map(events, LAYERS, selected=events[0].id)
    assert '"bdata"' in figure.to_json()
    spec = _spec(figure)
    markers = [t for t in spec["data"] if t.get("hovertext")]
    points = {
        eid: (lat, lon)
        for t in markers
        for eid, lat, lon in zip(t["customdata"], t["lat"], t["lon"], strict=True)
    }
    assert set(points) == {e.id for e in events}
    for event in events:
        assert points[event.id] == pytest.approx((event.lat, event.lon), abs=1e-4)


def _polygons(geometry) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else []


def test_build_map_land_has_no_holes(real_layers):
    # The Baikonur lease is a hole in Kazakhstan's polygon and no country of the layer
    # fills it: drawn as is, it showed as a white disc on the land.
    source = real_layers["countries"]["features"]
    assert any(len(polygon) > 1 for f in source for polygon in _polygons(f["geometry"]))
    land = build_map([], real_layers).layout.map.layers[0].source
    assert len(land["features"]) == len(source)
    for feature in land["features"]:
        assert all(len(polygon) == 1 for polygon in _polygons(feature["geometry"]))


BEGAN = dataclasses.replace(_event("began", start=date(2021, 8, 5)), end=None)
ENDED = dataclasses.replace(_event("ended", start=date(2021, 8, 9), host="KAZ"), start=None)


@pytest.mark.parametrize(("event", "symbol"), [(BEGAN, "triangle-right"), (ENDED, "triangle-left")])
def test_build_timeline_draws_an_open_drill_as_a_triangle_at_its_known_day(event, symbol):
    fig = build_timeline([SINGLE_DAY, event])
    (owner,) = [t for t in fig.data if t.customdata is not None and event.id in t.customdata]
    assert isinstance(owner, go.Scatter)
    at = list(owner.customdata).index(event.id)
    assert list(owner.marker.symbol)[at] == symbol
    assert owner.x[at] == event.last_day.isoformat() == event.first_day.isoformat()
    # The one-day drill in the same figure keeps its diamond, and the legend explains.
    day = next(t for t in fig.data if t.customdata is not None and "day" in t.customdata)
    assert list(day.marker.symbol) == ["diamond"]
    assert OPEN_LEGEND in [t.name for t in fig.data if t.showlegend]
    words = "end not reported" if event.open_end == "end" else "start not reported"
    assert words in owner.hovertext[at]


def test_build_timeline_has_no_open_legend_without_open_drills():
    assert OPEN_LEGEND not in [t.name for t in build_timeline(EVENTS).data]


def test_binned_timeline_counts_a_drill_open_at_its_start_in_its_known_month():
    many = [
        dataclasses.replace(_event(f"e{i}", start=date(2021, 3, 1) + timedelta(days=i)), start=None)
        for i in range(AGGREGATE_ABOVE + 1)
    ]
    fig = build_timeline(many)
    total = sum(int(sum(t.y)) for t in fig.data)
    assert total == len(many)


def _checked(fig: go.Figure) -> go.Figure:
    """The same figure rebuilt with Plotly's property checks on (they raise on a bad one)."""
    return go.Figure(fig.to_dict())


ZONE = _event("zone", lat=37.5, lon=69.5, geo_precision="border", border_country="AFG")
FIGURES = {
    "timeline": lambda: build_timeline(
        [*EVENTS, BEGAN, ENDED], selected="range", highlight={"day", "month"}
    ),
    "timeline by kind": lambda: build_timeline(EVENTS, group_by="kind"),
    "timeline, long traces": lambda: build_timeline(_many(6 * ARRAY_MIN), selected="ev00005"),
    "binned timeline": lambda: build_timeline(_many(AGGREGATE_ABOVE + 1)),
    "map": lambda: build_map([*EVENTS, ZONE], LAYERS, selected="range", highlight={"day"}),
    "map with tiles": lambda: build_map(EVENTS, LAYERS, tiles=True),
    "map, long traces": lambda: build_map(_many(6 * ARRAY_MIN), LAYERS, highlight={"ev00003"}),
    "clustered map": lambda: build_map(_many(AGGREGATE_ABOVE + 1), LAYERS),
    "empty map": lambda: build_map([], None),
}


@pytest.mark.parametrize("name", FIGURES)
def test_figures_built_without_plotly_checks_are_what_the_checks_make(name):
    # The builders skip Plotly's checks for speed (see the note in dashboard/figures.py);
    # with the checks on, every property must pass and nothing sent may change.
    fig = FIGURES[name]()
    assert fig.data or name == "empty map"
    assert _spec(_checked(fig)) == _spec(fig)


@pytest.mark.parametrize("name", FIGURES)
def test_figures_are_written_by_orjson_directly(name):
    # With orjson installed (a dependency) Plotly and st.plotly_chart encode with it, and
    # whatever orjson refuses (numpy text arrays) sends Plotly to its slow clean-up path
    # in Python. Every figure must go straight through, and read back the same as the
    # standard library's encoding.
    import orjson
    import plotly.io as pio

    spec = FIGURES[name]().to_dict()
    written = orjson.dumps(spec, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    assert json.loads(written) == json.loads(pio.to_json(spec, validate=False, engine="json"))


@pytest.mark.parametrize("name", FIGURES)
def test_figures_to_dict_is_plottys_own(name):
    # Our figures skip the shared text lists in to_dict's search for numpy arrays (it ran
    # on every rerun); what they give must be exactly what Plotly's to_dict gives, numpy
    # arrays sent as base64 typed arrays included.
    from plotly.basedatatypes import BaseFigure

    fig = FIGURES[name]()
    ours, plotlys = fig.to_dict(), BaseFigure.to_dict(fig)
    assert ours == plotlys
    typed = [v for v in _values(ours["data"]) if isinstance(v, dict) and "bdata" in v]
    assert bool(typed) == ("long traces" in name or name == "binned timeline")


def _values(tree):
    """Every value in a nested dict/list, depth first."""
    for value in tree.values() if isinstance(tree, dict) else tree:
        yield value
        if isinstance(value, dict | list | tuple):
            yield from _values(value)


def test_per_point_texts_are_shared_not_copied_and_refuse_writes():
    # Built figures hand their per-point text lists to Plotly's deep copies as they are
    # (the copies cost more than the build at 1,700 events); that is safe only while
    # nothing can change them.
    figure = build_timeline(_many(6 * ARRAY_MIN))
    trace = next(t for t in figure.data if t.customdata is not None)
    ids = figure.to_dict()["data"][figure.data.index(trace)]["customdata"]
    assert ids is copy.deepcopy(ids) and list(ids) == list(trace.customdata)
    for write in (
        lambda: ids.append("x"),
        lambda: ids.__setitem__(0, "x"),
        lambda: ids.sort(),
        lambda: ids.__delitem__(0),
        lambda: ids.extend(["x"]),
    ):
        with pytest.raises(TypeError, match="read-only"):
            write()
    assert list(ids) == list(trace.customdata)


def _hovers(fig: go.Figure) -> list[str]:
    return [h for t in fig.data if t.customdata is not None and t.hovertext for h in t.hovertext]


@pytest.mark.parametrize(
    "build",
    [lambda events: build_timeline(events), lambda events: build_map(events, LAYERS)],
    ids=["timeline", "map"],
)
def test_a_crowded_chart_has_brief_hovers_and_a_sparse_one_full_ones(build):
    # Above BRIEF_HOVER_ABOVE events drawn one by one, a hover tells what, when and where;
    # who took part and the sources are a click away, in the reader.
    crowded = _hovers(build(_many(BRIEF_HOVER_ABOVE + 1)))
    assert len(crowded) == BRIEF_HOVER_ABOVE + 1
    assert all("When:" in h and "Click for who took part" in h for h in crowded)
    assert not any("Sources:" in h or "Troops:" in h for h in crowded)
    sparse = _hovers(build(_many(BRIEF_HOVER_ABOVE)))
    assert len(sparse) == BRIEF_HOVER_ABOVE
    assert all("Sources:" in h and "Troops:" in h for h in sparse)


def test_a_caller_s_brief_hover_is_used_for_a_crowded_chart():
    events = _many(BRIEF_HOVER_ABOVE + 1)
    fig = build_timeline(events, hover=lambda e: "full", brief=lambda e: f"brief {e.id}")
    assert sorted(_hovers(fig)) == sorted(f"brief {e.id}" for e in events)


def _rows_of(fig: go.Figure) -> dict[str, list[tuple[date, date]]]:
    """Each row's events as (first day, last day drawn), read back from the figure."""
    rows = defaultdict(list)
    for trace in fig.data:
        if trace.customdata is None:
            continue
        for i, row in enumerate(trace.y):
            if isinstance(trace, go.Bar):
                first = date.fromisoformat(trace.base[i])
                last = first + timedelta(milliseconds=float(trace.x[i])) - timedelta(days=1)
            else:
                first = last = date.fromisoformat(trace.x[i])
            rows[row].append((first, last))
    return rows


def test_build_timeline_gives_each_event_a_titled_row_while_rows_fit():
    events = _many(ROWS_MAX)
    fig = build_timeline(events)
    assert len(fig.layout.yaxis.categoryarray) == ROWS_MAX
    assert fig.layout.yaxis.tickvals is None
    assert all(" · Drill ev" in row for row in _rows_of(fig))


def test_build_timeline_packs_many_events_into_lanes_that_never_overlap():
    # 400 four-day drills, one every day or two per host: a row each would be under 2 px.
    events = _many(400)
    fig = build_timeline(events, selected=events[10].id)
    rows = _rows_of(fig)
    assert len(rows) == len(fig.layout.yaxis.categoryarray) < len(events) / 4
    assert sum(len(spans) for spans in rows.values()) == len(events)
    assert sorted(_trace_ids(fig, go.Bar)) == sorted(e.id for e in events)
    for spans in rows.values():
        spans.sort()
        for (_, before_end), (after_start, _) in itertools.pairwise(spans):
            assert before_end < after_start
    # Rows are named by their host once, at the host's middle lane.
    ticks = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True))
    assert sorted(ticks.values()) == sorted({e.host_country for e in events})
    for row, host in ticks.items():
        lanes = [r for r in rows if r.startswith(f"{host} · ")]
        assert row == f"{host} · lane {(len(lanes) + 1) // 2}"
    assert fig.layout.height <= 900
