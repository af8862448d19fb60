"""Tests of borders, zones, distances and the committed data files (geodata).

Facts checked here come from ../shared/reference/facts.md: the Termez–Hairatan bridge
and Panj town sit on the Afghan border, Dushanbe is far from it, Kant further still,
and Harb-Maidon is about 20 km from it.
"""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from shapely.geometry import Point, shape

from geodata import DEFAULT_ZONE_KM, border_km, border_zone, load_gazetteer, normalise
from geodata.shapes import DATA_DIR, GEOD, border_lines, boundary_segments, country_shapes

# Kinds and qualities a site row may carry (issue 3).
SITE_KINDS = {"training_ground", "base", "airbase", "border_crossing", "range"}
SITE_QUALITIES = {"stated", "derived", "town_proxy", "approximate"}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _rows(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _zones() -> list[dict]:
    with open(DATA_DIR / "zones.geojson", encoding="utf-8") as fh:
        return json.load(fh)["features"]


# ------------------------------------------------------------- sites table
def test_sites_table_has_enough_sourced_rows():
    rows = _rows("sites.csv")
    assert len(rows) >= 30
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["kind"] in SITE_KINDS, r["id"]
        assert r["quality"] in SITE_QUALITIES, r["id"]
        assert r["source_url"].startswith("http"), r["id"]
        assert float(r["uncertainty_km"]) > 0, r["id"]
        if r["quality"] != "stated":
            assert len(r["note"]) > 20, f"{r['id']}: say how the point was obtained"


@pytest.mark.parametrize("site", _rows("sites.csv"), ids=lambda s: s["id"])
def test_site_inside_its_country_or_within_uncertainty(site):
    lon, lat = float(site["lon"]), float(site["lat"])
    inside = country_shapes()[site["country"]].contains(Point(lon, lat))
    assert inside or border_km(lon, lat, site["country"]) <= float(site["uncertainty_km"])


@pytest.mark.parametrize("region", _rows("regions.csv"), ids=lambda r: r["id"])
def test_region_point_inside_its_country(region):
    lon, lat = float(region["lon"]), float(region["lat"])
    countries = region["country"].split("|")
    if len(countries) == 1:
        assert country_shapes()[countries[0]].contains(Point(lon, lat))
    else:
        # a zone countries share (a sea, a valley) reaches each of them
        for country in countries:
            assert border_km(lon, lat, country) <= float(region["uncertainty_km"]), country
        assert len(region["note"]) > 20, "say how the point was obtained"
    assert float(region["uncertainty_km"]) >= 50


def test_unestablished_sites_are_not_given_false_precision():
    # facts.md could not locate these; their uncertainty must stay large.
    rows = {r["id"]: r for r in _rows("sites.csv")}
    for site_id in ("harb_maidon", "momirak", "halqayor", "matybulak", "donguz"):
        assert rows[site_id]["quality"] == "approximate"
        assert float(rows[site_id]["uncertainty_km"]) >= 40


# ----------------------------------------------------------- real distances
@pytest.mark.parametrize(
    ("mention", "hint", "low", "high"),
    [
        ("Termez–Hairatan bridge", "UZB", 0.0, 3.0),
        ("Panj", "TJK", 0.0, 3.0),
        ("Dushanbe", "TJK", 100.0, 200.0),
        ("Kant air base", "KGZ", 500.0, 800.0),
        ("Farkhor air base", "TJK", 0.0, 5.0),
    ],
)
def test_border_km_real_facts(gazetteer, mention, hint, low, high):
    loc = gazetteer.resolve(mention, hint)
    assert loc is not None
    assert low <= border_km(loc.lon, loc.lat, "AFG") <= high


@pytest.mark.parametrize(
    ("lon", "lat", "high"),
    [(67.4282, 37.2278, 3.0), (69.0972, 37.2353, 3.0)],  # facts.md coordinates
)
def test_border_km_stated_coordinates_on_the_border(lon, lat, high):
    assert border_km(lon, lat, "AFG") < high


def test_harb_maidon_point_in_tajikistan_and_interval_contains_20km(gazetteer):
    loc = gazetteer.resolve("Harb-Maidon")
    assert gazetteer.country_at(loc.lon, loc.lat) == "TJK"
    d = border_km(loc.lon, loc.lat, "AFG")
    assert d - loc.uncertainty_km <= 20.0 <= d + loc.uncertainty_km


def _brute_force_km(lon: float, lat: float, code: str, step_km: float = 0.02) -> float:
    """Geodesic distance to densely sampled outline points near the point (independent)."""
    seg = boundary_segments(code)
    mids_lon = (seg[:, 0] + seg[:, 2]) / 2
    mids_lat = (seg[:, 1] + seg[:, 3]) / 2
    _, _, d_mid = GEOD.inv(np.full(len(seg), lon), np.full(len(seg), lat), mids_lon, mids_lat)
    near = seg[d_mid / 1000 <= d_mid.min() / 1000 + 150]
    lons, lats = [], []
    for x1, y1, x2, y2 in near:
        _, _, length = GEOD.inv(x1, y1, x2, y2)
        t = np.linspace(0, 1, max(2, int(length / 1000 / step_km) + 1))
        lons.append(x1 + (x2 - x1) * t)
        lats.append(y1 + (y2 - y1) * t)
    lo, la = np.concatenate(lons), np.concatenate(lats)
    _, _, d = GEOD.inv(np.full(lo.shape, lon), np.full(la.shape, lat), lo, la)
    return float(d.min() / 1000)


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [(68.9, 37.519, "AFG"), (68.783, 38.533, "AFG"), (71.0, 39.5, "KGZ"), (66.0, 39.0, "AFG")],
)
def test_border_km_agrees_with_brute_force_within_one_percent(lon, lat, code):
    fast = border_km(lon, lat, code)
    slow = _brute_force_km(lon, lat, code)
    assert abs(fast - slow) <= 0.01 * slow + 0.03


def test_border_km_moving_away_adds_distance():
    # From a border vertex, 30 km due north into Tajikistan: at most 30 km from AFG.
    line = border_lines()[("AFG", "TJK")][0]
    x, y = list(getattr(line, "geoms", [line])[0].coords)[10]
    lon, lat, _ = GEOD.fwd(x, y, 0.0, 30_000.0)
    assert border_km(x, y, "AFG") < 0.05
    assert 10.0 < border_km(lon, lat, "AFG") <= 30.0 * 1.001


def test_border_km_unknown_country_raises():
    with pytest.raises(KeyError):
        border_km(68.0, 38.0, "XXX")


# -------------------------------------------------------------- border lines
@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [("AFG", "TJK", 1100, 1400), ("AFG", "UZB", 120, 160), ("AFG", "TKM", 600, 850)],
)
def test_border_line_geodesic_length(a, b, low, high):
    line, length_km = border_lines()[(a, b)]
    assert low <= length_km <= high
    assert GEOD.geometry_length(line) / 1000 == pytest.approx(length_km, abs=0.1)


def test_border_lines_share_exact_vertices_with_both_countries():
    line, _ = border_lines()[("AFG", "TJK")]
    afg = set(map(tuple, boundary_segments("AFG")[:, :2].tolist()))
    tjk = set(map(tuple, boundary_segments("TJK")[:, :2].tolist()))
    coords = [c for part in getattr(line, "geoms", [line]) for c in part.coords]
    assert all(c in afg for c in coords[:-1])
    assert all(c in tjk for c in coords[:-1])


# --------------------------------------------------------------- zones
@pytest.mark.parametrize(
    "zone", _zones(), ids=lambda f: f"{f['properties']['host']}-{f['properties']['neighbour']}"
)
def test_zone_lies_inside_its_host(zone):
    geom = shape(zone["geometry"])
    host = country_shapes()[zone["properties"]["host"]]
    # Coordinates are rounded to 1e-4 degrees (~11 m), so allow that much slack in area.
    assert geom.difference(host).area <= max(1e-6, geom.area * 1e-3)
    rep = Point(zone["properties"]["rep_lon"], zone["properties"]["rep_lat"])
    assert host.contains(rep)


@pytest.mark.parametrize(
    ("mention", "inside"),
    [
        ("Harb-Maidon", True),  # about 20 km from the border (facts.md)
        ("Momirak", True),  # 15-20 km
        ("Panj", True),
        ("Farkhor air base", True),
        ("Dushanbe", False),  # more than 100 km
        ("Lyaur", False),
        ("Okno", False),
    ],
)
def test_default_afg_tjk_zone_against_facts(gazetteer, mention, inside):
    zone = shape(
        next(
            f
            for f in _zones()
            if f["properties"]["host"] == "TJK" and f["properties"]["neighbour"] == "AFG"
        )["geometry"]
    )
    loc = gazetteer.resolve(mention, "TJK")
    assert zone.contains(Point(loc.lon, loc.lat)) is inside
    assert DEFAULT_ZONE_KM == 50.0


def test_zone_vertices_are_within_width_of_the_border():
    feature = next(
        f
        for f in _zones()
        if f["properties"]["host"] == "UZB" and f["properties"]["neighbour"] == "AFG"
    )
    geom = shape(feature["geometry"])
    rings = [geom.exterior] if geom.geom_type == "Polygon" else [g.exterior for g in geom.geoms]
    coords = [c for r in rings for c in r.coords][::5]
    assert max(border_km(x, y, "AFG") for x, y in coords) <= DEFAULT_ZONE_KM * 1.01


@pytest.mark.parametrize(
    ("km", "lat", "inside"),
    [(25.0, 37.519, True), (15.0, 37.519, False), (50.0, 37.75, True), (25.0, 37.75, False)],
)
def test_border_zone_width_is_configurable(gazetteer, km, lat, inside):
    # Points on the 68.9E meridian in southern Tajikistan, north of the Panj.
    zone = border_zone("TJK", "AFG", km)
    assert gazetteer.country_at(68.9, lat) == "TJK"
    assert (border_km(68.9, lat, "AFG") <= km) is inside
    assert zone.contains(Point(68.9, lat)) is inside


def test_border_zone_of_non_neighbours_is_none():
    assert border_zone("KGZ", "AFG") is None


# --------------------------------------------------------- files and layers
def test_towns_keys_match_normalise():
    # towns.csv stores precomputed keys; they must match today's normalise().
    for row in _rows("towns.csv")[::7]:
        names = [row["name"], *filter(None, row["alt_names"].split("|"))]
        assert row["keys"].split("|") == [normalise(n) for n in names], row["name"]


def test_towns_cover_the_core_countries():
    counts: dict[str, int] = {}
    for row in _rows("towns.csv"):
        counts[row["country"]] = counts.get(row["country"], 0) + 1
    for code in ("AFG", "TJK", "UZB", "KGZ", "KAZ", "TKM"):
        assert counts.get(code, 0) >= 50, code


def test_map_layers_are_plain_geojson(gazetteer):
    layers = gazetteer.map_layers()
    assert set(layers) == {"countries", "borders", "zones"}
    for fc in layers.values():
        assert fc["type"] == "FeatureCollection" and fc["features"]
    assert {"iso_a3", "name"} <= set(layers["countries"]["features"][0]["properties"])
    assert {"a", "b", "length_km"} <= set(layers["borders"]["features"][0]["properties"])
    assert {"host", "neighbour", "km"} <= set(layers["zones"]["features"][0]["properties"])
    json.dumps(layers)  # plain data only


def test_data_files_stay_compact():
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir())
    assert total < 6_000_000
