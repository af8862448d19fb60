"""Tests of the geocoder (geodata.gazetteer) on the committed data files.

Every test loads the real gazetteer and real geometry; nothing is mocked. The
sentences fed to ``find_places`` are written for these tests in our own words.
"""

from __future__ import annotations

import csv
import gc
import itertools
from pathlib import Path

import pytest

from geodata import Location, border_km, load_gazetteer, normalise
from geodata.gazetteer import FACILITY_NEAR_TOWN_KM, FUZZY_THRESHOLD, town_uncertainty_km
from geodata.shapes import DATA_DIR, country_shapes, gc_paused

# Kinds and qualities a site row may carry (issue 3).
SITE_KINDS = {"training_ground", "base", "airbase", "border_crossing", "range"}
SITE_QUALITIES = {"stated", "derived", "town_proxy", "approximate"}
PRECISIONS = {"site", "town", "region", "border", "country"}


def _sites() -> list[dict]:
    with open(DATA_DIR / "sites.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _regions() -> list[dict]:
    with open(DATA_DIR / "regions.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------ normalisation
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kharbmaidon", "Harb-Maidon"),
        ("Kharb-Maydon", "Harbmaydon"),
        ("Harb Maydon", "Харбмайдон"),
        ("Харб-Майдон", "Kharbmaïdon"),
        ("Lyaur", "Ljaur"),
        ("Ляур", "Lyaur"),
        ("Lohour", "Лоҳур"),
        ("Donguzsky", "Донгузский"),
        ("Donguzskiy", "Donguzsky"),
        ("Dzhambul", "Jambul"),
        ("Zhambyl", "Jambyl"),
        ("Kashkadarya", "Qashqadarya"),
        ("Kattaqo‘rg‘on", "Kattakurgon"),
        ("Issyk-Kul", "Иссык-Куль"),
        ("Wakhan", "Vakhan"),
        ("Termez", "Термез"),
        ("Surxondaryo", "Surkhondaryo"),
    ],
)
def test_normalise_folds_spelling_variants(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Panj", "Pyanj"), ("Termez", "Tehran"), ("Osh", "Ash"), ("Kulob", "Kabul")],
)
def test_normalise_keeps_different_names_apart(a, b):
    assert normalise(a) != normalise(b)


# ------------------------------------------------------------------ resolve
@pytest.mark.parametrize(
    "mention",
    [
        "Harb-Maidon",
        "Kharbmaidon",
        "Kharb-Maidon",
        "Kharbmaydon",
        "Kharb-Maydon",
        "Harb-Maydon",
        "Harb Maydon",
        "Harbmaidon",
        "Harbmaydon",
        "HARB-MAIDON",
        "harb maidon",
        "Харбмайдон",
        "Харб-Майдон",
        "Kharbmaidon training ground",
        "the Kharb-Maydon training ground",
        "Harbmaydon range",
        "Kharbmaidon polygon",
        # typos, caught by the rapidfuzz threshold
        "Kharbmiadon",
        "Harb-Maidn",
        "Kharbmaidom",
    ],
)
def test_resolve_harb_maidon_any_spelling(gazetteer, mention):
    loc = gazetteer.resolve(mention)
    assert loc is not None and loc.site_id == "harb_maidon"
    assert loc.precision == "site" and loc.country == "TJK"
    assert loc.score >= FUZZY_THRESHOLD


@pytest.mark.parametrize(
    ("mention", "hint", "expected_name", "precision"),
    [
        ("Lyaur", None, "Lyaur training ground", "site"),
        ("Ляур", "TJK", "Lyaur training ground", "site"),
        ("Lohour range", None, "Lyaur training ground", "site"),
        ("Momirak", None, "Momirak training ground", "site"),
        ("Sumbuli", None, "Sambuli training ground", "site"),
        ("Termez training ground", None, "Termez training ground", "site"),
        ("Termez military field", "UZB", "Termez training ground", "site"),
        ("Kant air base", None, "Kant air base", "site"),
        ("Авиабаза Кант", None, "Kant air base", "site"),
        ("Edelweiss", "KGZ", "Edelweiss training ground", "site"),
        ("Sary Shagan", None, "Sary-Shagan test range", "site"),
        ("Donguzskiy", None, "Donguz training ground", "site"),
        ("Friendship Bridge", "UZB", "Afghanistan–Uzbekistan Friendship Bridge", "site"),
        ("Friendship Bridge", "TJK", "Panji Poyon – Sher Khan Bandar bridge", "site"),
        ("Termez", None, "Tirmiz", "town"),
        ("Termiz", "UZB", "Tirmiz", "town"),
        ("Dushanbe", None, "Dushanbe", "town"),
        ("Душанбе", None, "Dushanbe", "town"),
        ("Kulyab", None, "Kŭlob", "town"),
        ("Kurgan-Tyube", "TJK", "Bokhtar", "town"),
        ("Panj", "TJK", "Panj", "town"),
        ("Khatlon", None, "Khatlon Region", "region"),
        ("Хатлонская область", None, "Khatlon Region", "region"),
        ("southern Khatlon", None, "Khatlon Region", "region"),
        ("GBAO", None, "Gorno-Badakhshan Autonomous Region", "region"),
        # the mountains, read as the region that holds most of them
        ("the Pamirs", None, "Gorno-Badakhshan Autonomous Region", "region"),
        ("Pamir Mountains", "TJK", "Gorno-Badakhshan Autonomous Region", "region"),
        ("Surkhandarya", None, "Surxondaryo Region", "region"),
        ("Surxondaryo viloyati", None, "Surxondaryo Region", "region"),
        ("Kashkadarya", "UZB", "Qashqadaryo Region", "region"),
        ("Batken region", None, "Batken Region", "region"),
        ("Batken", None, "Batken", "town"),
        ("Mary Province", None, "Mary Region", "region"),
        ("Tajikistan", None, "Tajikistan", "country"),
        ("Afghanistan", None, "Afghanistan", "country"),
    ],
)
def test_resolve_names_table(gazetteer, mention, hint, expected_name, precision):
    loc = gazetteer.resolve(mention, hint)
    assert loc is not None
    assert (loc.name, loc.precision) == (expected_name, precision)
    assert loc.precision in PRECISIONS and loc.uncertainty_km > 0


@pytest.mark.parametrize(
    "mention",
    ["Atlantis", "Springfield", "Gotham training ground", "", "   ", "Xqzvw", "Kharb"],
)
def test_resolve_unknown_gives_none(gazetteer, mention):
    assert gazetteer.resolve(mention) is None


@pytest.mark.parametrize(
    ("mention", "wrong_hint"),
    [
        ("Harb-Maidon", "UZB"),
        ("Kharbmiadon", "UZB"),  # a typo must not find a guess in the hinted country
        ("Termez", "TJK"),
        ("Termez training ground", "TJK"),
        ("Kant air base", "TJK"),
        ("Khatlon", "UZB"),
        ("Dushanbe", "KAZ"),
        ("Tajikistan", "UZB"),
        ("southern Uzbekistan", "TJK"),
    ],
)
def test_resolve_wrong_country_hint_gives_none(gazetteer, mention, wrong_hint):
    assert gazetteer.resolve(mention, wrong_hint) is None


def test_resolve_ambiguous_site_alias_without_hint_gives_none(gazetteer):
    # Two Friendship Bridges (Termez and Panji Poyon): no hint, no guess.
    assert gazetteer.resolve("Friendship Bridge") is None


@pytest.mark.parametrize("site", _sites(), ids=lambda s: s["id"])
def test_sites_every_alias_resolves_to_own_site(gazetteer, site):
    for alias in [site["name"], *site["aliases"].split("|")]:
        loc = gazetteer.resolve(alias, site["country"])
        assert loc is not None and loc.site_id == site["id"], alias


@pytest.mark.parametrize("region", _regions(), ids=lambda r: r["id"])
def test_regions_every_alias_resolves_to_own_region(gazetteer, region):
    names = [region["name"], *filter(None, region["aliases"].split("|"))]
    names += [f"{stem} region" for stem in filter(None, region["stems"].split("|"))]
    for name in names:
        # (with the hint of each country that shares a zone, and with none)
        for hint in [*region["country"].split("|"), None]:
            loc = gazetteer.resolve(name, hint)
            assert loc is not None and loc.name == region["name"], (name, hint)


@pytest.mark.parametrize(
    ("typo", "hint", "name"),
    [
        ("Dashanbe", "TJK", "Dushanbe"),
        ("Dushanbi", None, "Dushanbe"),  # also one letter from a small Chinese town
        ("Samarkamd", "UZB", "Samarkand"),
        ("Surkhendarya region", None, "Surxondaryo Region"),
    ],
)
def test_resolve_typo_picks_the_likely_place(gazetteer, typo, hint, name):
    loc = gazetteer.resolve(typo, hint)
    assert loc is not None and loc.name == name and FUZZY_THRESHOLD <= loc.score < 100


def test_resolve_town_proxy_for_unknown_facility_at_known_town(gazetteer):
    loc = gazetteer.resolve("Kulob range")
    assert loc is not None and loc.precision == "town" and loc.quality == "town_proxy"


@pytest.mark.parametrize(
    ("text", "name", "reach"),
    [
        ("Drills were held in the Astrakhan region.", "Astrakhan region", 150.0),
        ("Units moved to the Chelyabinsk oblast.", "Chelyabinsk oblast", 150.0),
        ("Troops trained in Kulob district.", "Kŭlob district", 30.0),
    ],
)
def test_find_places_town_with_an_area_suffix_names_the_area(gazetteer, text, name, reach):
    # No region of that name is known: the town stands in, with the reach of the area.
    ((start, end, loc),) = gazetteer.find_places(text)
    assert loc.name == name and loc.precision == "region" and loc.quality == "town_proxy"
    assert loc.uncertainty_km == reach
    town = gazetteer.find_places(text[start:end])
    assert [(p.lon, p.lat, p.precision) for _, _, p in town] == [(loc.lon, loc.lat, "town")]


@pytest.mark.parametrize(
    ("text", "site_id"),
    [
        ("Tanks of Russia's 201st military base fired at targets.", "rvb201_dushanbe"),
        ("Torpedoes were tested at the 954th test base on the lake.", "koy_sary"),
    ],
)
def test_find_places_names_that_start_with_an_ordinal(gazetteer, text, site_id):
    ((_, _, loc),) = gazetteer.find_places(text)
    assert loc.site_id == site_id


def test_find_places_an_ordinal_inside_a_word_or_number_starts_no_name(gazetteer):
    assert gazetteer.find_places("Unit v201st military base and 3.201st military base.") == []


@pytest.mark.parametrize(
    "text",
    [
        "SCO war games began at a range outside Chelyabinsk.",
        "Troops drilled at a training ground near the town of Chelyabinsk.",
        "Jets flew from an air field close to Chelyabinsk.",
        # a drill told only as near a town is not in it either
        "Troops drilled outside Chelyabinsk.",
        "Troops drilled near the city of Chelyabinsk.",
    ],
)
def test_find_places_a_facility_near_a_town_is_only_near_it(gazetteer, text):
    # An unnamed range "outside X" may lie tens of km away: the town's point stands for
    # it, with a radius of at least FACILITY_NEAR_TOWN_KM, and says so.
    ((_, _, loc),) = gazetteer.find_places(text)
    assert loc.precision == "town" and loc.quality == "town_proxy"
    assert loc.name.endswith("near Chelyabinsk")
    assert loc.uncertainty_km == FACILITY_NEAR_TOWN_KM
    # The town itself keeps its own radius.
    ((_, _, town),) = gazetteer.find_places("Troops drilled in Chelyabinsk.")
    assert town.name == "Chelyabinsk" and town.uncertainty_km < FACILITY_NEAR_TOWN_KM


def test_find_places_a_distance_and_direction_from_a_town_move_the_point(gazetteer):
    from geodata.shapes import GEOD

    ((_, _, town),) = gazetteer.find_places("Troops drilled in Dushanbe.")
    ((_, _, loc),) = gazetteer.find_places("Troops drilled about 80 km south of Dushanbe.")
    assert loc.quality == "derived" and loc.name == "80 km south of Dushanbe"
    azimuth, _, metres = GEOD.inv(town.lon, town.lat, loc.lon, loc.lat)
    assert abs(metres / 1000 - 80) < 0.5 and abs(abs(azimuth) - 180) < 1  # due south
    # the radius covers the sector a direction word names, not just the town
    assert loc.uncertainty_km >= town.uncertainty_km + 0.4 * 80
    ((_, _, loc),) = gazetteer.find_places("Troops drilled some 20 km from Dushanbe.")
    assert (loc.lat, loc.lon) == (town.lat, town.lon)
    assert loc.uncertainty_km == town.uncertainty_km + 20


def test_find_places_town_with_a_town_suffix_stays_the_town(gazetteer):
    ((_, _, loc),) = gazetteer.find_places("Drills were held outside Kulob city.")
    assert loc.precision == "town" and loc.name == "Kŭlob"  # the GeoNames spelling


def test_resolve_town_with_an_area_suffix_names_the_area(gazetteer):
    loc = gazetteer.resolve("Kulob district")
    assert loc is not None and loc.precision == "region" and loc.uncertainty_km == 30.0


def test_find_places_known_region_wins_over_its_town(gazetteer):
    ((_, _, loc),) = gazetteer.find_places("Drills were held in the Surkhandarya region.")
    assert loc.kind == "region" and loc.quality != "town_proxy"


# ------------------------------------------------------------ border phrases
@pytest.mark.parametrize(
    ("mention", "hint", "host", "neighbour"),
    [
        ("near the Afghan border", "TJK", "TJK", "AFG"),
        ("close to the border with Afghanistan", "TJK", "TJK", "AFG"),
        ("the Tajik-Afghan border", "TJK", "TJK", "AFG"),
        ("the Afghan-Tajik border", "TJK", "TJK", "AFG"),
        ("near the Afghan border", "UZB", "UZB", "AFG"),
        ("Tajikistan's border with Afghanistan", None, "TJK", "AFG"),
        ("along the Kyrgyz border", "TJK", "TJK", "KGZ"),
        ("near the Chinese border", "KAZ", "KAZ", "CHN"),
    ],
)
def test_resolve_border_phrase_gives_host_side_zone(gazetteer, mention, hint, host, neighbour):
    loc = gazetteer.resolve(mention, hint)
    assert loc is not None
    assert (loc.precision, loc.country, loc.kind) == ("border", host, "border_zone")
    assert gazetteer.country_at(loc.lon, loc.lat) == host
    assert border_km(loc.lon, loc.lat, neighbour) <= 50.5
    # The uncertainty matches the zone's size: a long border gives a large radius.
    length = {("TJK", "AFG"): 1172, ("UZB", "AFG"): 137}.get((host, neighbour))
    if length:
        assert length / 4 < loc.uncertainty_km < length


@pytest.mark.parametrize(
    ("mention", "hint"),
    [
        ("near the Afghan border", None),  # which side? unknown
        ("near the Afghan border", "AFG"),  # a country's border with itself
        ("near the Afghan border", "KGZ"),  # no such border
        ("the Tajik-Afghan border", "UZB"),
    ],
)
def test_resolve_border_phrase_without_a_side_gives_none(gazetteer, mention, hint):
    assert gazetteer.resolve(mention, hint) is None


def test_resolve_border_pair_without_hint_gives_the_line(gazetteer):
    loc = gazetteer.resolve("the Tajik-Afghan border")
    assert loc is not None and loc.precision == "border" and loc.country is None
    assert border_km(loc.lon, loc.lat, "AFG") < 1.0


# ------------------------------------------------------ parts and countries
@pytest.mark.parametrize(
    ("mention", "code", "axis", "sign"),
    [
        ("southern Uzbekistan", "UZB", "lat", -1),
        ("in the south of Tajikistan", "TJK", "lat", -1),
        ("northern Afghanistan", "AFG", "lat", 1),
        ("eastern Kazakhstan", "KAZ", "lon", 1),
        ("western Tajikistan", "TJK", "lon", -1),
    ],
)
def test_resolve_part_of_country(gazetteer, mention, code, axis, sign):
    loc = gazetteer.resolve(mention)
    whole = gazetteer.country_location(code)
    assert loc is not None and loc.precision == "region" and loc.country == code
    assert gazetteer.country_at(loc.lon, loc.lat) == code
    assert sign * (getattr(loc, axis) - getattr(whole, axis)) > 0
    assert loc.uncertainty_km < whole.uncertainty_km


@pytest.mark.parametrize(
    ("direction", "code"), [("north-east", "AFG"), ("central", "UZB"), ("southwest", "KAZ")]
)
def test_resolve_part_compound_directions(gazetteer, direction, code):
    loc = gazetteer.resolve_part(direction, code)
    assert loc is not None and gazetteer.country_at(loc.lon, loc.lat) == code


def test_resolve_part_unknown_direction_gives_none(gazetteer):
    assert gazetteer.resolve_part("upwards", "UZB") is None


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [
        (68.77905, 38.53575, "TJK"),  # Dushanbe
        (69.17233, 34.52813, "AFG"),  # Kabul
        (69.24, 41.31, "UZB"),  # Tashkent
        (74.6, 42.87, "KGZ"),  # Bishkek
        (0.0, 0.0, None),  # Gulf of Guinea, outside the region
    ],
)
def test_country_at_known_points(gazetteer, lon, lat, code):
    assert gazetteer.country_at(lon, lat) == code


@pytest.mark.parametrize("code", ["AFG", "TJK", "UZB", "TKM", "KGZ", "KAZ", "IRN", "PAK"])
def test_country_location_inside_country(gazetteer, code):
    loc = gazetteer.country_location(code)
    assert loc.precision == "country" and loc.country == code
    assert gazetteer.country_at(loc.lon, loc.lat) == code
    assert 100 < loc.uncertainty_km < 2500


# --------------------------------------------------------------- find_places
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Troops gathered at the Kharb-Maydon training ground in Khatlon last week.",
            [("Kharb-Maydon training ground", "harb_maidon"), ("Khatlon", "Khatlon Region")],
        ),
        (
            "Tanks rolled from Lyaur to Harbmaidon, roughly 200 km.",
            [("Lyaur", "lyaur"), ("Harbmaidon", "harb_maidon")],
        ),
        ("Учения прошли на полигоне Харбмайдон.", [("Харбмайдон", "harb_maidon")]),
        (
            "Uzbek units used the Termez training ground, not far from Termez itself.",
            [("Termez training ground", "termez_training_ground"), ("Termez", "near Tirmiz")],
        ),
        (
            "Su-25 jets flew in from the Kant air base in Kyrgyzstan.",
            [("Kant air base", "kant_airbase")],
        ),
        (
            "A convoy crossed from Surkhandarya region over the Hairatan bridge.",
            [
                ("Surkhandarya region", "Surxondaryo Region"),
                ("Hairatan bridge", "termez_hairatan_bridge"),
            ],
        ),
        (
            "Officials in Dushanbe and Kulyab confirmed the dates.",
            [("Dushanbe", "Dushanbe"), ("Kulyab", "Kŭlob")],
        ),
        ("Residents near Panj heard artillery.", [("Panj", "near Panj")]),
        (
            "Shelling was reported in Batken region and in Osh.",
            [("Batken region", "Batken Region"), ("Osh", "Osh")],
        ),
    ],
)
def test_find_places_finds_named_places(gazetteer, sentence, expected):
    found = gazetteer.find_places(sentence)
    got = [(sentence[s:e], loc.site_id or loc.name) for s, e, loc in found]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mary said the drills were a message to the Taliban.",
        "Alexander Lapin commands the Central Military District.",
        "Moscow is worried about security in Central Asia and Eurasia.",
        "Russia, Tajikistan and Uzbekistan will hold drills next month.",
        "The Afghan-Tajik border is tense on Tuesday, TASS said.",
        "The tank crews practised protecting convoys.",
        "He visited the Kremlin in August.",
    ],
)
def test_find_places_ignores_people_countries_and_words(gazetteer, sentence):
    assert gazetteer.find_places(sentence) == []


def test_find_places_small_town_needs_a_locative_cue(gazetteer):
    # Panj has ~8,000 people: below the population threshold, so it needs "in"/"near".
    assert gazetteer.find_places("Panj officials spoke.") == []
    spans = gazetteer.find_places("Officials in Panj spoke.")
    assert [loc.name for _, _, loc in spans] == ["Panj"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # (Fort-Shevchenko and Panj are both below the population threshold)
        ("Kazakhstan will hold a naval drill off Fort-Shevchenko in August.", "Fort-Shevchenko"),
        ("Troops trained on the outskirts of Panj.", "near Panj"),
        ("The range lies 20 km south of Panj.", "20 km south of Panj"),
    ],
)
def test_find_places_small_town_after_off_or_a_side_of(gazetteer, sentence, name):
    assert [loc.name for _, _, loc in gazetteer.find_places(sentence)] == [name]


def test_a_zone_countries_share_names_no_host(gazetteer):
    sea = gazetteer.resolve("Caspian Sea")
    assert (sea.name, sea.precision, sea.country) == ("Caspian Sea", "region", None)
    assert sea.uncertainty_km >= 300  # a point for a whole sea is rough
    # a hint finds it when the hint is one of the countries that share it
    assert gazetteer.resolve("Caspian Sea", "KAZ") == sea
    assert gazetteer.resolve("Caspian Sea", "UZB") is None
    valley = gazetteer.resolve("Ferghana valley", "KGZ")
    assert (valley.name, valley.country) == ("Fergana Valley", None)
    text = "Unrest in the Fergana valley near Osh; a drill in the Caspian Sea off Aktau."
    names = [loc.name for _, _, loc in gazetteer.find_places(text)]
    assert names == ["Fergana Valley", "near Osh", "Caspian Sea", "Aktau"]


def test_find_places_spans_are_sorted_and_disjoint(gazetteer):
    text = (
        "Drills at Harb-Maidon and Momirak in Khatlon, near Kulob and Bokhtar, followed "
        "exercises at Lyaur, the Sambuli range and the Termez training ground near Termez."
    )
    spans = gazetteer.find_places(text)
    assert len(spans) >= 8
    for (s1, e1, _), (s2, _, _) in itertools.pairwise(spans):
        assert e1 <= s2 and s1 < e1
    assert all(isinstance(loc, Location) and loc.kind != "country" for _, _, loc in spans)


def test_find_places_country_hint_filters(gazetteer):
    text = "Crews went from Termez to Dushanbe."
    names = [loc.name for _, _, loc in gazetteer.find_places(text, country_hint="TJK")]
    assert names == ["Dushanbe"]


# ------------------------------------------------------------------ towns
@pytest.mark.parametrize(("small", "large"), [(500, 10_000), (10_000, 1_000_000)])
def test_town_uncertainty_grows_with_population(small, large):
    assert town_uncertainty_km(small) <= town_uncertainty_km(large)
    assert town_uncertainty_km(small) >= 2.0


def test_gazetteer_has_no_streamlit_dependency():
    sources = Path(__file__).parent.parent.joinpath("geodata").glob("*.py")
    assert all("streamlit" not in p.read_text(encoding="utf-8") for p in sources)


def test_country_shapes_cover_the_core_countries():
    shapes = country_shapes()
    assert {"AFG", "TJK", "UZB", "TKM", "KGZ", "KAZ", "IRN", "PAK", "CHN", "RUS"} <= set(shapes)


def test_key_of_a_phrase_starts_with_key_of_its_first_words():
    # find_places skips a capitalised word when no key starts with its key, and stops
    # adding words to a name when no key starts with the key of the words so far; that
    # is only sound if a phrase's key always starts with the key of its first words.
    from geodata.gazetteer import GAP_RE, TOKEN_RE

    root = Path(__file__).parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.md"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((root / "tests/data/articles").glob("*.*"))
    ]
    gz = load_gazetteer()
    texts += [alias for entries in gz._index.values() for _, _, alias in entries]
    checked = 0
    for text in texts:
        tokens = list(TOKEN_RE.finditer(text))
        for i, first in enumerate(tokens):
            for j in range(i, min(i + 6, len(tokens))):
                if j > i and not GAP_RE.fullmatch(text[tokens[j - 1].end() : tokens[j].start()]):
                    break
                phrase = text[first.start() : tokens[j].end()]
                assert normalise(phrase).startswith(normalise(first.group())), phrase
                if j > i:
                    shorter = text[first.start() : tokens[j - 1].end()]
                    assert normalise(phrase).startswith(normalise(shorter)), phrase
                checked += 1
    assert checked > 40_000


def test_a_site_held_by_another_country_names_it_and_only_such_a_site_does():
    from dashboard.actors import COUNTRY_NAMES

    for site in _sites():
        operator = site["operator"]
        assert operator == "" or (operator in COUNTRY_NAMES and operator != site["country"])
        assert operator == "" or site["kind"] in ("base", "airbase"), site["id"]
    gazetteer = load_gazetteer()
    assert gazetteer.resolve("201st military base").operator == "RUS"
    assert gazetteer.resolve("Kant air base").operator == "RUS"
    assert gazetteer.resolve("Lyaur").operator is None


@pytest.mark.parametrize(
    "text", ["at the Termiz polygon", "at the Termiz range", "at the Tirmiz training ground"]
)
def test_a_range_named_after_its_town_in_any_spelling_of_the_town(gazetteer, text):
    ((_, _, loc),) = gazetteer.find_places(text)
    assert loc.site_id == "termez_training_ground"


def test_the_town_itself_stays_the_town(gazetteer):
    ((_, _, loc),) = gazetteer.find_places("Troops drilled in Termiz.")
    assert loc.site_id is None and loc.precision == "town"


def test_gc_paused_holds_off_the_collector_and_restores_it():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner pause must not switch it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("a failed read")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before, so it stays off
    finally:
        gc.enable()
