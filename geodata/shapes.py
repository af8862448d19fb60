"""Reading the committed geometry files, and the metric helpers shared by build and runtime.

All coordinates are WGS84 longitude/latitude in that order (GeoJSON order). Metric
work happens in an azimuthal equidistant projection centred on the area being
processed, so distances are never measured in degrees.

The loaders are cached: the files are read-only package data, so reading them
once per process is safe and keeps ``border_km`` and the gazetteer fast.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import Point, shape
from shapely.ops import nearest_points

# Directory holding every committed data file of the package.
DATA_DIR = Path(__file__).parent / "data"
# The WGS84 ellipsoid used for every geodesic length and distance.
GEOD = Geod(ellps="WGS84")
# Full-resolution regional country polygons (Natural Earth 1:10m, clipped).
COUNTRIES_FILE = "countries.geojson"
# Every arc of each country's outline near the region, unclipped, for border distances.
BOUNDARIES_FILE = "boundaries.geojson"
# Shared boundary lines, one feature per neighbouring pair.
BORDERS_FILE = "borders.geojson"
# Default-width border zones, one feature per (host, neighbour).
ZONES_FILE = "zones.geojson"
# Simplified countries, borders and zones for drawing.
MAP_LAYERS_FILE = "map_layers.json"
# How far (metres) inside an area its representative point is placed when the centroid
# falls outside: keeps the point off the border line it would otherwise sit on.
INSET_M = 2_000.0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while a large acyclic structure is built.

    Building the data files' hundreds of thousands of lists and dicts sets the collector
    off again and again, and each pass walks the whole heap: in the dashboard, with
    Streamlit and Plotly loaded, that tripled the time to read the geometry files and
    took a third of loading the gazetteer (about 0.2 s of a cold start, measured). None
    of it can be garbage, so nothing is lost by waiting. The collector is switched back
    on only if it was on, so nested or concurrent pauses never leave it off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def read_json(name: str) -> dict:
    """Return the parsed JSON data file ``name`` from :data:`DATA_DIR`."""
    with open(DATA_DIR / name, encoding="utf-8") as fh, gc_paused():
        return json.load(fh)


@cache
def country_shapes() -> dict:
    """Return ``{iso_a3: shapely geometry}`` of the full-resolution regional polygons."""
    fc = read_json(COUNTRIES_FILE)
    return {f["properties"]["iso_a3"]: shape(f["geometry"]) for f in fc["features"]}


@cache
def boundary_segments(iso_a3: str) -> np.ndarray:
    """Return the outline of a country as an ``(n, 4)`` array ``lon1, lat1, lon2, lat2``.

    Raises ``KeyError`` for a country that is not in the regional data.
    """
    for feature in read_json(BOUNDARIES_FILE)["features"]:
        if feature["properties"]["iso_a3"] == iso_a3:
            segments = []
            for line in feature["geometry"]["coordinates"]:
                arr = np.asarray(line, dtype=float)
                segments.append(np.hstack([arr[:-1], arr[1:]]))
            return np.vstack(segments)
    raise KeyError(f"no boundary for country {iso_a3!r} in {BOUNDARIES_FILE}")


@cache
def border_lines() -> dict:
    """Return ``{(a, b): (LineString|MultiLineString, length_km)}`` with ``a < b``."""
    out = {}
    for f in read_json(BORDERS_FILE)["features"]:
        p = f["properties"]
        out[(p["a"], p["b"])] = (shape(f["geometry"]), p["length_km"])
    return out


@cache
def zone_features() -> dict:
    """Return ``{(host, neighbour): feature}`` of the precomputed default zones."""
    return {
        (f["properties"]["host"], f["properties"]["neighbour"]): f
        for f in read_json(ZONES_FILE)["features"]
    }


def border_line(a: str, b: str):
    """Return the shared boundary of countries ``a`` and ``b`` (either order), or None."""
    key = (a, b) if a < b else (b, a)
    found = border_lines().get(key)
    return found[0] if found else None


def aeqd_transformers(lon: float, lat: float) -> tuple[Transformer, Transformer]:
    """Return (forward, inverse) transformers for an azimuthal equidistant projection.

    Centred on ``lon, lat``, in metres. Distances from the centre are exact geodesics,
    and within ~500 km of it other distances are off by well under 1%.
    """
    crs = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs"
    forward = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inverse = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return forward, inverse


def reproject(geom, transformer: Transformer):
    """Return ``geom`` with every coordinate passed through ``transformer`` (x/y order)."""

    def apply(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, apply)


def to_metric(geom, forward: Transformer):
    """Project a lon/lat shapely geometry with ``forward`` (an AEQD transformer)."""
    return reproject(geom, forward)


def geodesic_length_km(geom) -> float:
    """Return the geodesic length in km of a lon/lat (Multi)LineString."""
    return GEOD.geometry_length(geom) / 1000.0


def haversine_km(lon1, lat1, lon2, lat2):
    """Return great-circle distances in km on a 6371 km sphere (numpy broadcasting).

    Used only to pre-select candidates; final distances use :data:`GEOD`.
    """
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def covering_point(geom) -> tuple[float, float, float]:
    """Return ``(lon, lat, radius_km)``: a point of ``geom`` and the radius covering it.

    The point is the geometry's centroid when that lies inside it, otherwise the point
    nearest to the centroid that lies at least :data:`INSET_M` inside the geometry
    (so it stays inside after rounding and off the boundary line), all computed in a
    local metric projection. The radius is the largest geodesic distance from the
    point to any outline vertex, so a circle of that radius contains the geometry.
    """
    minx, miny, maxx, maxy = geom.bounds
    forward, inverse = aeqd_transformers((minx + maxx) / 2, (miny + maxy) / 2)
    metric = to_metric(geom, forward)
    centroid = metric.centroid
    inner = metric.buffer(-INSET_M) if metric.area else metric
    if metric.area and metric.contains(centroid) and inner.contains(centroid):
        chosen = centroid
    elif not inner.is_empty:
        chosen = nearest_points(inner, centroid)[0]
    else:
        chosen = metric.representative_point() if metric.area else metric.interpolate(0.5, True)
    lon, lat = inverse.transform(chosen.x, chosen.y)
    coords = shapely.get_coordinates(shapely.boundary(geom) if geom.area else geom)
    if len(coords) == 0:
        return float(lon), float(lat), 0.0
    _, _, dist = GEOD.inv(
        np.full(len(coords), lon), np.full(len(coords), lat), coords[:, 0], coords[:, 1]
    )
    return float(lon), float(lat), float(np.max(dist) / 1000.0)


def point(lon: float, lat: float) -> Point:
    """Return a shapely point in lon/lat order (a guard against swapping the two)."""
    return Point(lon, lat)
