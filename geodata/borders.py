"""Distances to borders and border zones, measured on the WGS84 ellipsoid.

``border_km`` gives the geodesic distance from a point to the outline of a country.
``zone_polygon`` builds the strip of a host country within N km of a border line; the
build script uses it for the committed default zones, and ``border_zone`` uses it at
runtime for any other width. Buffers are always taken in metres in a local azimuthal
equidistant projection, never in degrees.
"""

from __future__ import annotations

import itertools

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, box
from shapely.ops import unary_union

from geodata.shapes import (
    GEOD,
    aeqd_transformers,
    border_line,
    boundary_segments,
    country_shapes,
    haversine_km,
    reproject,
)

# Default width of a border zone in km (the "near the border" strip on the host side).
DEFAULT_ZONE_KM = 50.0
# Border lines are cut into pieces of at most this length (km) before buffering, so each
# piece gets its own projection centre and the metric buffer stays within ~0.1% of true.
ZONE_CHUNK_KM = 400.0
# Relative margin (plus 1 km) when pre-selecting candidate segments with the spherical
# haversine formula, which differs from the ellipsoid by up to ~0.5%.
_PRESELECT_MARGIN = 0.01
# Sampling step along candidate segments, as a fraction of the distance found, with a
# floor in km: keeps the sampled minimum within 0.1% of the true one (or within ~25 m).
_STEP_FRACTION = 0.002
_STEP_FLOOR_KM = 0.05


def border_km(lon: float, lat: float, neighbour: str = "AFG") -> float:
    """Return the geodesic distance in km from ``(lon, lat)`` to ``neighbour``'s outline.

    The outline is the Natural Earth 1:10m boundary of that country (for a landlocked
    country such as AFG, its land borders). Segments between vertices are taken as
    straight in lon/lat, as the source data draws them. The result is the distance to
    the line, whichever side the point is on, accurate to better than 0.1% or 25 m.
    Raises ``KeyError`` if the country is not in the regional data.
    """
    seg = boundary_segments(neighbour)
    d_a = haversine_km(lon, lat, seg[:, 0], seg[:, 1])
    d_b = haversine_km(lon, lat, seg[:, 2], seg[:, 3])
    length = haversine_km(seg[:, 0], seg[:, 1], seg[:, 2], seg[:, 3])
    upper = float(np.min(np.minimum(d_a, d_b)))
    # A segment cannot be nearer than its nearer end minus half its length.
    lower = np.minimum(d_a, d_b) - length / 2
    keep = lower <= upper * (1 + _PRESELECT_MARGIN) + 1.0
    step = max(_STEP_FLOOR_KM, upper * _STEP_FRACTION)
    lons, lats = [], []
    for (x1, y1, x2, y2), seg_len in zip(seg[keep], length[keep], strict=True):
        n = max(2, int(np.ceil(seg_len / step)) + 1)
        t = np.linspace(0.0, 1.0, n)
        lons.append(x1 + (x2 - x1) * t)
        lats.append(y1 + (y2 - y1) * t)
    all_lon = np.concatenate(lons)
    all_lat = np.concatenate(lats)
    origin_lon, origin_lat = np.full(all_lon.shape, lon), np.full(all_lat.shape, lat)
    _, _, dist = GEOD.inv(origin_lon, origin_lat, all_lon, all_lat)
    return float(np.min(dist) / 1000.0)


def _chunks(line: LineString, max_km: float) -> list[LineString]:
    """Cut a lon/lat line into consecutive pieces of at most ``max_km`` geodesic length."""
    coords = list(line.coords)
    pieces, current, run = [], [coords[0]], 0.0
    for prev, nxt in itertools.pairwise(coords):
        _, _, d = GEOD.inv(prev[0], prev[1], nxt[0], nxt[1])
        if run + d / 1000.0 > max_km and len(current) > 1:
            pieces.append(LineString(current))
            current, run = [prev], 0.0
        current.append(nxt)
        run += d / 1000.0
    if len(current) > 1:
        pieces.append(LineString(current))
    return pieces


def zone_polygon(line, host, km: float = DEFAULT_ZONE_KM):
    """Return the part of ``host`` within ``km`` km of ``line`` (all lon/lat geometries).

    The line is cut into pieces of at most :data:`ZONE_CHUNK_KM`; each piece is buffered
    by ``km`` metres-true in an azimuthal equidistant projection centred on it, the
    buffers are intersected with the host, and the union is clipped to the host again in
    lon/lat so that the zone lies inside the host exactly.
    """
    if km <= 0:
        raise ValueError(f"zone width must be positive, got {km}")
    lines = list(line.geoms) if isinstance(line, MultiLineString) else [line]
    parts = []
    for part in lines:
        for piece in _chunks(part, ZONE_CHUNK_KM):
            minx, miny, maxx, maxy = piece.bounds
            forward, inverse = aeqd_transformers((minx + maxx) / 2, (miny + maxy) / 2)
            buffered = reproject(piece, forward).buffer(km * 1000.0, quad_segs=16)
            # Straight edges in metres are curves in lon/lat: add vertices every 2 km first.
            ring = reproject(shapely.segmentize(buffered, 2000.0), inverse)
            # Clip the host to the buffer's lon/lat box first: only to save work.
            nearby = host.intersection(box(*ring.bounds))
            if not nearby.is_empty:
                parts.append(ring.intersection(nearby))
    if not parts:
        return host.intersection(box(0, 0, 0, 0))
    return unary_union(parts).intersection(host)


def border_zone(host: str, neighbour: str, km: float = DEFAULT_ZONE_KM):
    """Return the host-side zone within ``km`` km of the host–neighbour border, or None.

    Computed from the full-resolution data (takes up to a few seconds for long borders);
    the default-width zones are also committed in ``zones.geojson``. None when the two
    countries share no border in the data.
    """
    line = border_line(host, neighbour)
    shapes = country_shapes()
    if line is None or host not in shapes:
        return None
    return zone_polygon(line, shapes[host], km)
