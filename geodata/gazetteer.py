"""The geocoder: any spelling of a place -> a location that says how precise it is.

A :class:`Gazetteer` holds four tables (military sites, regions, towns, countries)
and an index from normalised name keys (:func:`geodata.normalize.normalise`) to the
rows that carry that name. It answers:

* :meth:`Gazetteer.resolve` for one mention ("Kharb-Maydon", "near the Afghan
  border", "southern Uzbekistan");
* :meth:`Gazetteer.find_places` for every place named in running text;
* :meth:`Gazetteer.resolve_border`, :meth:`Gazetteer.resolve_part`,
  :meth:`Gazetteer.country_location` and :meth:`Gazetteer.country_at` directly;
* :meth:`Gazetteer.map_layers` with plain GeoJSON for drawing.

Coordinates are WGS84; :class:`Location` stores ``lon`` and ``lat`` separately so the
order is never in doubt. Nothing here imports Streamlit or touches the network.
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

import shapely
from rapidfuzz import fuzz, process
from shapely.geometry import box

from geodata.normalize import normalise
from geodata.shapes import (
    DATA_DIR,
    GEOD,
    MAP_LAYERS_FILE,
    aeqd_transformers,
    border_lines,
    country_shapes,
    covering_point,
    gc_paused,
    read_json,
    reproject,
    to_metric,
    zone_features,
)

# Minimum rapidfuzz ``fuzz.ratio`` (0-100) between normalised keys for a typo match.
# 85 accepts one wrong, missing or extra letter in keys of 7+ letters, and a swapped
# pair in keys of 10+; it rejects two independent errors in keys up to 12 letters.
FUZZY_THRESHOLD = 85.0
# Keys shorter than this are never matched fuzzily (one letter off is another place).
FUZZY_MIN_LEN = 6
# In running text, a town is accepted on its own only from this population up; smaller
# towns need a locative cue ("in X", "near X", "X district").
TOWN_MIN_POPULATION = 15_000
# Town names shorter than this (in normalised letters) never match in running text,
# except a town's own primary name (Osh, Ufa).
TOWN_MIN_KEY_LEN = 4
# Resolved mentions kept per gazetteer (results are immutable); cleared when full.
RESOLVE_CACHE_SIZE = 50_000
# Capitalised words whose "can it start a name?" answer a gazetteer remembers.
NAME_START_CACHE_SIZE = 100_000
# Longest alias, in words, that find_places tries to match.
MAX_ALIAS_WORDS = 6
# Uncertainty of a town's point: floor (km), and people per km² of a town's radius
# squared (a town of 1 million gets ~16 km, one of 10,000 the floor).
TOWN_MIN_UNCERTAINTY_KM = 2.0
TOWN_PEOPLE_PER_KM2 = 4_000
# Suffixes that turn a region stem ("Batken") into the region ("Batken Region").
REGION_SUFFIXES = (
    "region", "province", "oblast", "oblys", "oblysy", "viloyati", "viloyat", "vilayat",
    "velayat", "welayaty",
)  # fmt: skip
# Words before a name that make it a place ("in X", "near X").
LOCATIVE_CUES = frozenset(
    (
        "in", "near", "at", "from", "outside", "around", "toward", "towards", "into", "via",
        "nearby", "between", "reached",
        # (at sea: "a naval drill off Fort-Shevchenko")
        "off",
    )
)  # fmt: skip
# Words before "of" that make the name after it a place: "the outskirts of X", "south of X"
# (and the suffixes: "the district of X").
OF_CUES = frozenset(
    (
        "outskirts", "vicinity", "environs", "suburbs", "coast", "shores", "north", "south",
        "east", "west", "northeast", "northwest", "southeast", "southwest",
    )
)  # fmt: skip
# Words after a name that make it a place ("X district", "X town").
PLACE_SUFFIXES = frozenset(
    (
        "district", "town", "city", "village", "region", "province", "area", "airport",
        "settlement", "oblast", "raion", "garrison", "airfield",
    )
)  # fmt: skip
# Suffixes after a town's name that make the phrase name the area around the town
# ("Astrakhan region", "Kulob district") when no region of that name is known, with
# how far such an area reaches from its town, in km: the radius of a circle of the
# area's usual size (a region or province of the countries mapped here covers about
# 20,000-100,000 km2, radius about 150 km; a district 1,000-5,000 km2, about 30 km).
AREA_SUFFIX_KM = {
    "region": 150.0, "province": 150.0, "oblast": 150.0,
    "district": 30.0, "raion": 30.0, "area": 30.0,
}  # fmt: skip
# "a range outside Chelyabinsk", "a training ground near Termez": an unnamed facility
# placed by a town it is near. Such a range lies within a few tens of km of its town
# (Lyaur is about 20 km from Dushanbe, the Chebarkul range some 70 km from Chelyabinsk),
# so the town's point stands for it with at least this radius, in km.
FACILITY_NEAR_TOWN_KM = 50.0
# ("\b(?=[...])": a look at the first letter of a word, which lets the regex engine
# leave at once the words no match opens; see _ANY_TRIGGER_FLAT in dashboard/extract.py)
_FACILITY_NEAR = re.compile(
    r"\b(?=[a-cfprt])(?P<what>ranges?|training\s+grounds?|firing\s+ranges?|proving\s+grounds?|polygons?|"
    r"test\s+sites?|camps?|bases?|air\s*fields?|airbases?)\s+"
    r"(?:near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|"
    r"in\s+the\s+vicinity\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# Words for a range after the name of its town ("Termez training ground").
SITE_HEADS = ("training ground", "range", "firing range", "polygon", "training range")
# "drills near the city of Termez": a drill placed by a town it is near, not in it.
_NEAR_TOWN = re.compile(
    r"\b(?:near|outside|close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of|"
    r"in\s+the\s+vicinity\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# Country names, demonyms and former names -> ISO alpha-3 (keys are normalised).
COUNTRY_WORDS = {
    normalise(word): code
    for code, words in {
        "AFG": "Afghanistan Afghan Afghans Афганистан",
        "TJK": "Tajikistan Tajik Tajiks Tadjikistan Таджикистан",
        "UZB": "Uzbekistan Uzbek Uzbeks Uzbekiston Узбекистан",
        "TKM": "Turkmenistan Turkmen Turkmens Туркменистан Туркмения",
        "KGZ": "Kyrgyzstan Kyrgyz Kirghiz Kirgizia Kyrgyzia Кыргызстан Киргизия",
        "KAZ": "Kazakhstan Kazakh Kazakhs Kazakstan Казахстан",
        "IRN": "Iran Iranian Persia Иран",
        "PAK": "Pakistan Pakistani Пакистан",
        "CHN": "China Chinese Китай",
        "RUS": "Russia Russian Russians Россия",
        "MNG": "Mongolia Mongolian Монголия",
        "AZE": "Azerbaijan Azerbaijani Азербайджан",
        "ARM": "Armenia Armenian Армения",
        "GEO": "Georgia Georgian Грузия",
        "IND": "India Indian Индия",
        "NPL": "Nepal Nepali Nepalese",
        "TUR": "Turkey Turkish Türkiye",
        "IRQ": "Iraq Iraqi",
    }.items()
    for word in words.split()
}
# Normalised words that look like towns in GeoNames but are, in English news, ordinary
# words, people or institutions. Country words are added to this set as well.
_BLOCKED_WORDS = (
    "Mary", "Ivan", "Marx", "Marks", "Lenin", "Kirov", "Pushkin",
    "Gagarin", "Allah", "Tank", "Turk", "Shot", "Rest", "Pop", "Bor", "Tal", "Do", "Gay",
    "Homo", "Ibis", "Ox", "Hub", "Nah", "Bam", "Kong", "Walton", "Victoria", "Union",
    "Central", "Asia", "Eurasia", "Soviet", "Kremlin", "Moscow", "Taliban", "Islam", "Islamic",
    "Defence", "Defense", "Ministry", "Army", "Military", "Navy", "Force", "Forces", "Guard",
    "Border", "Police", "State", "President", "Prime", "Minister", "General", "Colonel",
    "Major", "Captain", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Spring", "Summer", "Autumn", "Winter",
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Peace",
    "Mission", "Security", "Treaty", "Organization", "Collective", "Republic", "People",
    "Chief", "Staff", "Command", "Centre", "Center", "Bridge", "River", "Lake", "Mountain",
    "Valley", "Corridor", "Road", "Range", "Station", "Base", "Camp", "Alexander", "Sergey",
    "Sergei", "Vladimir", "Dmitry", "Anatoly", "Juri", "Yuri", "Abdul", "Amir", "Khan", "Ali",
    "Hasan", "Hassan", "Omar", "Said", "Shoigu", "Lavrov", "Putin", "Lapin", "Rahmon",
    "Mirziyoyev", "Karimov", "Sidorov", "Kabulov", "Hanafi", "Muttaqi", "Reuters", "Tass",
    "Sputnik", "Interfax", "Trend", "Kabar", "Asia-Plus", "Echelon", "Search", "Interaction",
    "Rubezh", "Brotherhood", "Indestructible", "Combat",
)  # fmt: skip
TOWN_BLOCKLIST = frozenset(normalise(w) for w in _BLOCKED_WORDS) | frozenset(COUNTRY_WORDS)
# Generic words after a name that say what kind of place it is; stripped before a retry.
GENERIC_TAILS = re.compile(
    r"\s+(?:military\s+)?(?:training\s+(?:ground|range|area|centre|center)|firing\s+range|"
    r"range|polygon|test\s+site|proving\s+ground|air\s*base|airfield|base|garrison|"
    r"bridge|checkpoint|crossing|district|town|city|village|area)$",
    re.IGNORECASE,
)
# Leading words that carry no place information.
LEADING_WORDS = re.compile(
    r"^(?:(?:in|near|at|from|outside|around|the|a|of|town|city|village|of)\s+)+",
    re.IGNORECASE,
)
# "southern Uzbekistan", "the south of Tajikistan", "north-eastern Afghanistan".
DIRECTION_RE = re.compile(
    r"^(?:(?:in|near|at)\s+)?(?:the\s+)?(?:far\s+)?"
    r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west|central|centre|center|middle)"
    r"(?:ern|ward)?(?:\s+part)?(?:\s+of)?\s+(?:the\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# Any mention with this word is a border phrase.
BORDER_WORD = re.compile(r"\b(?:border|frontier|граница|границ\w*)\b", re.IGNORECASE)
# Word tokens in running text; apostrophes join (Qal'ah) except a possessive 's.
# A word of a name: letters (with inner apostrophes), or an ordinal such as "201st" that
# starts the names of units and bases ("201st military base").
_ORDINAL = r"(?<![\w.,])\d{1,4}(?:st|nd|rd|th)(?![^\W\d_])"
TOKEN_RE = re.compile(_ORDINAL + r"|[^\W\d_]+(?:['’ʻʼ‘](?!s\b)[^\W\d_]+)*")
# What may stand between two words of one name: a space, hyphen or dash.
GAP_RE = re.compile(r"[ \t\-–—]{1,3}")


def _upper_class() -> str:
    """A character class of the upper-case letters of the Basic Multilingual Plane."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


# Where a capitalised token starts: an upper-case letter that TOKEN_RE would not join to
# the word before it (no letter right before it, and no letter and apostrophe). Names
# start with a capital, so find_places looks only here instead of at every word. Built
# from ``str.isupper`` for the BMP (3 ms at import); texts with characters beyond the
# BMP take the word-by-word path.
CAPITAL_START_RE = re.compile(f"[{_upper_class()}]" + r"(?<![^\W\d_].)(?<![^\W\d_]['’ʻʼ‘].)")
# Where a word of the tokeniser starts with an ordinal. A scan of its own: one pattern
# for both made the scan for capitals five times slower (its first character was no
# longer a plain class).
ORDINAL_START_RE = re.compile(r"\d(?<![\w.,]\d)(?=\d{0,3}(?:st|nd|rd|th)(?![^\W\d_]))")

# Index entry groups, in order of preference for the same key.
_GROUP_ORDER = {"site": 0, "region": 1, "town": 2}


class _Around:
    """A candidate name (words ``run[0..j]``) and the words next to it, found on demand.

    Only town names need their neighbours ("in X", "X district", "Central Asia"), so
    the word before and after are looked up only when asked.
    """

    __slots__ = ("j", "run", "text")

    def __init__(self, text: str, run: list[re.Match[str]], j: int) -> None:
        self.text = text
        self.run = run
        self.j = j

    def words(self) -> list[str]:
        return [m.group() for m in self.run[: self.j + 1]]

    def joined(self, a: re.Match[str], b: re.Match[str]) -> bool:
        """Whether words ``a`` and ``b`` (next to each other) belong to one name."""
        return GAP_RE.fullmatch(self.text, a.end(), b.start()) is not None

    def after(self) -> re.Match[str] | None:
        """The word after the name."""
        if self.j + 1 < len(self.run):
            return self.run[self.j + 1]
        return TOKEN_RE.search(self.text, self.run[self.j].end())

    def before(self) -> tuple[re.Match[str] | None, re.Match[str] | None]:
        """The two words before the name, nearest first."""
        words = [*_words_before(self.text, self.run[0].start(), 2), None, None]
        return words[0], words[1]


def _words_before(text: str, pos: int, count: int) -> list[re.Match[str]]:
    """Up to ``count`` words ending before ``pos``, nearest first.

    Scans back in growing windows; a word cut by the window's left edge is not trusted
    until the window reaches the start of the text.
    """
    reach = 64
    while True:
        lo = max(0, pos - reach)
        found = list(TOKEN_RE.finditer(text, lo, pos))
        if lo > 0 and found and found[0].start() == lo:
            found = found[1:]  # may be the tail of a longer word
        if len(found) >= count or lo == 0:
            return found[::-1][:count]
        reach *= 4


@lru_cache(maxsize=1 << 16)
def _text_key(phrase: str) -> str:
    """``normalise`` for phrases of running text, which repeat across articles."""
    return normalise(phrase)


@dataclass(frozen=True)
class Location:
    """A resolved place.

    ``precision`` is one of ``site``, ``town``, ``region``, ``border``, ``country``
    (see ``dashboard.model.GEO_PRECISIONS``); ``uncertainty_km`` is the radius around
    ``(lon, lat)`` within which the place is expected. ``quality`` says how the point
    was obtained (``stated``, ``derived``, ``town_proxy``, ``approximate`` or
    ``computed``) and ``source`` repeats it with the evidence. ``site_id`` is set for
    gazetteer sites only. ``alias`` is the gazetteer spelling that matched and
    ``score`` the match score (100 for an exact key, the rapidfuzz ratio otherwise).
    ``operator`` is the alpha-3 of the country whose forces hold a site in another
    country ("RUS" for the 201st base in Tajikistan), else None.
    """

    name: str
    kind: str
    site_id: str | None
    country: str | None
    lon: float
    lat: float
    precision: str
    uncertainty_km: float
    alias: str
    score: float
    source: str
    quality: str
    operator: str | None = None


def town_uncertainty_km(population: int) -> float:
    """Return the radius (km) that a town's single point stands for, from its population."""
    radius = math.sqrt(max(population, 0) / TOWN_PEOPLE_PER_KM2)
    return round(max(TOWN_MIN_UNCERTAINTY_KM, radius), 1)


def _records(table) -> list[dict]:
    """Rows as dicts, from a list of mappings or a DataFrame."""
    if hasattr(table, "to_dict"):
        return table.to_dict("records")
    return [dict(row) for row in table]


def _read_rows(path: Path) -> list[dict[str, str]]:
    # The csv module, not pandas: every column is converted where it is used, and
    # importing pandas alone took a third of the dashboard's cold start.
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _town_spellings(town: dict) -> list[tuple[str, str]]:
    """A town's names with their index keys (the table's own keys, when they match)."""
    names = [town["name"], *_split(town["alt_names"])]
    keys = _split(town["keys"]) if "keys" in town else []
    if len(keys) != len(names):
        keys = [normalise(n) for n in names]
    return list(zip(names, keys, strict=True))


def _split(cell) -> list[str]:
    if not isinstance(cell, str) or not cell:
        return []
    return [part.strip() for part in cell.split("|") if part.strip()]


class Gazetteer:
    """Sites, regions, towns and countries with a spelling-tolerant index.

    Build it with :func:`load_gazetteer` (the committed data) or directly from four
    tables of rows (dicts, or anything with pandas' ``to_dict("records")``) with the
    columns of ``sites.csv``, ``regions.csv``, ``towns.csv`` and ``countries.csv``.
    Geometry (country polygons, zones) is read lazily from the package data on first use.
    """

    def __init__(
        self,
        sites: Iterable[Mapping],
        regions: Iterable[Mapping],
        towns: Iterable[Mapping],
        countries: Iterable[Mapping],
    ) -> None:
        self._site_rows = _records(sites)
        self._region_rows = _records(regions)
        self._town_rows = _records(towns)
        self._country_rows = {str(row["iso_a3"]): row for row in _records(countries)}
        self._index: dict[str, list[tuple[str, int, str]]] = {}
        self._build_index()
        # Sorted keys, to ask "does any name start with this word?" by bisection.
        self._sorted_keys = sorted(self._index)
        # Answers of _starts_a_name per word; the words of news text repeat a lot.
        self._name_starts: dict[str, bool] = {}
        self._fuzzy_choices: dict[tuple[str | None, str], list[str]] = {}
        self._part_cache: dict[tuple[str, str], Location | None] = {}
        self._line_cache: dict[tuple[str, str], Location | None] = {}
        self._map_layers: dict | None = None
        self._resolved: dict[tuple[str, str | None], Location | None] = {}
        # Countries as locations: asked for once per clause that names one.
        self._country_locations: dict[str, Location | None] = {}
        self._country_keys = {
            normalise(str(row["name"])): code for code, row in self._country_rows.items()
        }
        self._country_keys.update(COUNTRY_WORDS)

    # ----------------------------------------------------------------- index
    def _add(self, key: str, group: str, row: int, alias: str) -> None:
        if not key:
            return
        entries = self._index.setdefault(key, [])
        if not any(g == group and r == row for g, r, _ in entries):
            entries.append((group, row, alias))

    def _build_index(self) -> None:
        for i, site in enumerate(self._site_rows):
            for alias in [site["name"], *_split(site["aliases"])]:
                self._add(normalise(alias), "site", i, alias)
        for i, region in enumerate(self._region_rows):
            bare = [region["name"], *_split(region["aliases"])]
            for alias in bare:
                self._add(normalise(alias), "region", i, alias)
            for stem in bare + _split(region.get("stems")):
                for suffix in REGION_SUFFIXES:
                    self._add(normalise(f"{stem} {suffix}"), "region", i, f"{stem} {suffix}")
        for i, town in enumerate(self._town_rows):
            for name, key in _town_spellings(town):
                self._add(key, "town", i, name)
        self._add_town_spellings_of_sites()

    def _add_town_spellings_of_sites(self) -> None:
        """A range named after its town, in any spelling of the town and with any word
        for a range: "Termez training ground" is also "Termiz polygon" and "Termez
        range" (the town's spellings come from the towns table, in the site's country)."""
        heads = [(head, normalise(head)) for head in SITE_HEADS]
        for i, site in enumerate(self._site_rows):
            stems = set()
            for alias in [site["name"], *_split(site["aliases"])]:
                key = normalise(alias)
                for _, head in heads:
                    if key.endswith(head) and len(key) > len(head):
                        stems.add(key[: -len(head)])
            for stem in stems:
                for group, row, _ in list(self._index.get(stem, [])):
                    town = self._town_rows[row]
                    if group != "town" or town["country"] != site["country"]:
                        continue
                    for name, key in _town_spellings(town):
                        for head, head_key in heads:
                            self._add(key + head_key, "site", i, f"{name} {head}")

    # ------------------------------------------------------------- locations
    def _site_location(self, row: int, alias: str, score: float) -> Location:
        s = self._site_rows[row]
        return Location(
            name=s["name"],
            kind=s["kind"],
            site_id=s["id"],
            country=s["country"],
            lon=float(s["lon"]),
            lat=float(s["lat"]),
            precision="site",
            uncertainty_km=float(s["uncertainty_km"]),
            alias=alias,
            score=score,
            source=f"{s['quality']}: {s['note']} ({s['source_url']})",
            quality=s["quality"],
            operator=s["operator"] or None,
        )

    def _region_location(self, row: int, alias: str, score: float) -> Location:
        r = self._region_rows[row]
        return Location(
            name=r["name"],
            kind="region",
            site_id=None,
            # (a zone several countries share, such as a sea, has no one country)
            country=r["country"] if "|" not in r["country"] else None,
            lon=float(r["lon"]),
            lat=float(r["lat"]),
            precision="region",
            uncertainty_km=float(r["uncertainty_km"]),
            alias=alias,
            score=score,
            source=f"approximate: hand-placed point inside {r['name']} ({r['source_url']})",
            quality="approximate",
        )

    def _town_location(self, row: int, alias: str, score: float) -> Location:
        t = self._town_rows[row]
        return Location(
            name=t["name"],
            kind="town",
            site_id=None,
            country=t["country"],
            lon=float(t["lon"]),
            lat=float(t["lat"]),
            precision="town",
            uncertainty_km=town_uncertainty_km(int(t["population"])),
            alias=alias,
            score=score,
            source=f"stated: GeoNames {t['geonameid']} (cities500, CC BY 4.0)",
            quality="stated",
        )

    def _location(self, entry: tuple[str, int, str], score: float) -> Location:
        group, row, alias = entry
        make = {
            "site": self._site_location,
            "region": self._region_location,
            "town": self._town_location,
        }[group]
        return make(row, alias, score)

    def _entry_country(self, entry: tuple[str, int, str]) -> str:
        """The entry's country: its alpha-3, or several joined by "|" for a region that
        countries share ("AZE|IRN|KAZ|RUS|TKM", the Caspian Sea)."""
        group, row, _ = entry
        table = {"site": self._site_rows, "region": self._region_rows, "town": self._town_rows}
        return table[group][row]["country"]

    def _entry_population(self, entry: tuple[str, int, str]) -> int:
        group, row, _ = entry
        return int(self._town_rows[row]["population"]) if group == "town" else 0

    def _best(self, entries, hint: str | None):
        """Pick one entry: hint country only; site > region > town; then population.

        Returns None when nothing is in the hinted country, or when the best group
        is sites or regions in more than one country and there is no hint.
        """
        if hint:
            entries = [e for e in entries if hint in self._entry_country(e).split("|")]
        if not entries:
            return None
        top = min(_GROUP_ORDER[e[0]] for e in entries)
        entries = [e for e in entries if _GROUP_ORDER[e[0]] == top]
        if top < _GROUP_ORDER["town"] and len({self._entry_country(e) for e in entries}) > 1:
            return None
        return max(entries, key=self._entry_population)

    # --------------------------------------------------------------- resolve
    def resolve(self, mention: str, country_hint: str | None = None) -> Location | None:
        """Return the location a mention names, or None.

        Handles, in order: border phrases ("near the Afghan border", "Tajik-Afghan
        border"); a direction plus a country ("southern Uzbekistan") or plus a region
        (resolves to the region); country names; exact names in any spelling; the name
        without a generic tail ("Lyaur range" -> Lyaur); finally a typo match above
        :data:`FUZZY_THRESHOLD` among names with the same first letter. With
        ``country_hint`` (alpha-3) only places in that country are returned; a name
        known only elsewhere gives None, never a guess.
        """
        hint = country_hint.upper() if country_hint else None
        cache_key = (mention, hint)
        if cache_key not in self._resolved:
            if len(self._resolved) >= RESOLVE_CACHE_SIZE:
                self._resolved.clear()
            self._resolved[cache_key] = self._resolve(mention, hint)
        return self._resolved[cache_key]

    def _resolve(self, mention: str, hint: str | None) -> Location | None:
        text = " ".join(mention.split())
        if not text:
            return None
        exact = self._index.get(normalise(LEADING_WORDS.sub("", text)))
        if exact:
            # A gazetteer name wins over phrase rules ("North-West Frontier Province").
            entry = self._best(exact, hint)
            return self._location(entry, 100.0) if entry else None
        if BORDER_WORD.search(text):
            return self._resolve_border_phrase(text, hint)
        m = DIRECTION_RE.match(text)
        if m:
            code = self._country_code(m.group("rest"))
            if code:
                if hint and hint != code:
                    return None
                return self.resolve_part(m.group("dir"), code)
            inner = self._resolve(m.group("rest"), hint)
            if inner is not None and inner.precision == "region":
                return inner
        text = LEADING_WORDS.sub("", text)
        code = self._country_code(text)
        if code:
            return None if hint and hint != code else self.country_location(code)
        key = normalise(text)
        if key in self._index:
            entry = self._best(self._index[key], hint)
            return self._location(entry, 100.0) if entry else None
        tail = GENERIC_TAILS.search(text)
        if tail:
            stem_key = normalise(text[: tail.start()])
            if stem_key in self._index:
                entry = self._best(self._index[stem_key], hint)
                if entry is None:
                    return None
                loc = self._location(entry, 100.0)
                suffix = tail.group(0).strip()
                if entry[0] == "town" and suffix.lower() not in PLACE_SUFFIXES:
                    # "Kulob range": the town stands in for a facility near it.
                    source = f"town_proxy: '{text}' placed at the town; {loc.source}"
                    return replace(loc, quality="town_proxy", source=source)
                return _town_area(loc, suffix) if entry[0] == "town" else loc
        return self._fuzzy(key, hint)

    def _fuzzy(self, key: str, hint: str | None) -> Location | None:
        if len(key) < FUZZY_MIN_LEN:
            return None
        # Candidates share the first letter: a typo there is rare, and the scan is ~20x
        # shorter, which keeps unknown mentions cheap.
        bucket = (hint, key[0])
        choices = self._fuzzy_choices.get(bucket)
        if choices is None:
            choices = [
                k
                for k, entries in self._index.items()
                if len(k) >= FUZZY_MIN_LEN
                and k[0] == key[0]
                and (hint is None or any(self._entry_country(e) == hint for e in entries))
            ]
            self._fuzzy_choices[bucket] = choices
        found = process.extract(
            key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=20
        )
        if not found:
            return None
        # Equal scores are common ("Dushanbi" is one letter from two towns): pool the
        # tied keys and let the usual preference (site, region, population) decide.
        top = max(score for _, score, _ in found)
        tied = [entry for k, score, _ in found if score == top for entry in self._index[k]]
        entry = self._best(tied, hint)
        return self._location(entry, round(float(top), 1)) if entry else None

    def _country_code(self, text: str) -> str | None:
        key = normalise(re.sub(r"^(?:the\s+)", "", text.strip(), flags=re.IGNORECASE))
        return self._country_keys.get(key)

    # --------------------------------------------------------------- borders
    def _resolve_border_phrase(self, text: str, hint: str | None) -> Location | None:
        """Resolve "near the Afghan border", "Tajik-Afghan border", "border with X"."""
        with_at = re.search(r"\bwith\b", text, re.IGNORECASE)
        refs: list[tuple[str, bool]] = []
        for m in TOKEN_RE.finditer(text):
            code = COUNTRY_WORDS.get(normalise(m.group()))
            if code and code not in [c for c, _ in refs]:
                refs.append((code, bool(with_at and m.start() > with_at.start())))
        codes = [c for c, _ in refs]
        after_with = [c for c, w in refs if w]
        if len(codes) == 1:
            neighbour = codes[0]
            if hint is None or hint == neighbour:
                return None
            return self.resolve_border(hint, neighbour)
        if len(codes) == 2:
            if after_with:
                neighbour = after_with[0]
                host = next(c for c in codes if c != neighbour)
                if hint and hint != host:
                    return None
                return self.resolve_border(host, neighbour)
            if hint in codes:
                return self.resolve_border(hint, next(c for c in codes if c != hint))
            if hint is None:
                return self._border_line_location(codes[0], codes[1])
        return None

    def resolve_border(self, host: str, neighbour: str) -> Location | None:
        """Return the host side of the host–neighbour border zone, or None.

        The point is the zone's point nearest its centroid and the uncertainty the
        radius that covers the whole zone (default width, ``zones.geojson``).
        """
        feature = zone_features().get((host.upper(), neighbour.upper()))
        if feature is None:
            return None
        p = feature["properties"]
        name = f"{p['host']} side of the {p['host']}–{p['neighbour']} border"
        return Location(
            name=name,
            kind="border_zone",
            site_id=None,
            country=p["host"],
            lon=float(p["rep_lon"]),
            lat=float(p["rep_lat"]),
            precision="border",
            uncertainty_km=float(p["uncertainty_km"]),
            alias=name,
            score=100.0,
            source=(
                f"computed: point of the {p['host']}-{p['neighbour']} {p['km']:g} km zone "
                "nearest its centroid; radius covers the zone"
            ),
            quality="computed",
        )

    def _border_line_location(self, a: str, b: str) -> Location | None:
        """Both sides of a border, when no hint says which side: the line itself."""
        key = (a, b) if a < b else (b, a)
        if key not in self._line_cache:
            found = border_lines().get(key)
            if found is None:
                self._line_cache[key] = None
            else:
                lon, lat, radius = covering_point(found[0])
                name = f"{key[0]}–{key[1]} border"
                self._line_cache[key] = Location(
                    name=name,
                    kind="border_zone",
                    site_id=None,
                    country=None,
                    lon=lon,
                    lat=lat,
                    precision="border",
                    uncertainty_km=round(radius),
                    alias=name,
                    score=100.0,
                    source=f"computed: point of the {name} line nearest its centroid",
                    quality="computed",
                )
        return self._line_cache[key]

    # --------------------------------------------------------- parts, countries
    def resolve_part(self, direction: str, country: str) -> Location | None:
        """Return the part of a country in a direction ("south", "north-east", "central").

        Rule: the country polygon (regional, Natural Earth 1:10m) is measured in a local
        metric projection and cut into thirds along each axis. ``south`` is the southern
        third, ``north-east`` the northern third intersected with the eastern third,
        ``central`` the middle third of both. The point is the part's point nearest its
        centroid; the uncertainty is the radius that covers the part.
        """
        d = direction.lower().replace(" ", "-").removesuffix("ern").removesuffix("ward")
        d = {"centre": "central", "center": "central", "middle": "central"}.get(d, d)
        d = d.replace("northeast", "north-east").replace("northwest", "north-west")
        d = d.replace("southeast", "south-east").replace("southwest", "south-west")
        code = country.upper()
        if (d, code) in self._part_cache:
            return self._part_cache[(d, code)]
        geom = country_shapes().get(code)
        parts = set(d.split("-"))
        if geom is None or not parts <= {"north", "south", "east", "west", "central"}:
            return None
        minx, miny, maxx, maxy = geom.bounds
        forward, inverse = aeqd_transformers((minx + maxx) / 2, (miny + maxy) / 2)
        metric = to_metric(geom, forward)
        x0, y0, x1, y1 = metric.bounds
        w, h = (x1 - x0) / 3, (y1 - y0) / 3
        xs, ys = (x0 + w, x1 - w), (y0 + h, y1 - h)
        if "north" in parts:
            ys = (y1 - h, y1)
        if "south" in parts:
            ys = (y0, y0 + h)
        if "east" in parts:
            xs = (x1 - w, x1)
        if "west" in parts:
            xs = (x0, x0 + w)
        if parts & {"north", "south"} and not parts & {"east", "west"}:
            xs = (x0, x1)
        if parts & {"east", "west"} and not parts & {"north", "south"}:
            ys = (y0, y1)
        piece = metric.intersection(box(xs[0], ys[0], xs[1], ys[1]))
        if piece.is_empty:
            self._part_cache[(d, code)] = None
            return None
        lon, lat, radius = covering_point(reproject(piece, inverse))
        row = self._country_rows.get(code)
        name = f"{d} {row['name'] if row else code}"
        loc = Location(
            name=name,
            kind="region",
            site_id=None,
            country=code,
            lon=lon,
            lat=lat,
            precision="region",
            uncertainty_km=round(radius),
            alias=f"{direction} {code}",
            score=100.0,
            source=f"computed: {d} third of the {code} polygon (Natural Earth 1:10m)",
            quality="computed",
        )
        self._part_cache[(d, code)] = loc
        return loc

    def country_location(self, code: str) -> Location | None:
        """Return the country as a location (precision ``country``), or None if unknown.

        The point is the country's point nearest its centroid and the uncertainty the
        radius covering its regional polygon (Russia and China are clipped to the region).
        """
        code = code.upper()
        if code not in self._country_locations:
            self._country_locations[code] = self._country_location(code)
        return self._country_locations[code]

    def _country_location(self, code: str) -> Location | None:
        row = self._country_rows.get(code)
        if row is None:
            return None
        return Location(
            name=str(row["name"]),
            kind="country",
            site_id=None,
            country=code,
            lon=float(row["lon"]),
            lat=float(row["lat"]),
            precision="country",
            uncertainty_km=float(row["uncertainty_km"]),
            alias=str(row["name"]),
            score=100.0,
            source="computed: point of the country polygon nearest its centroid",
            quality="computed",
        )

    def country_at(self, lon: float, lat: float) -> str | None:
        """Return the alpha-3 code of the regional country containing ``(lon, lat)``."""
        for code, geom in _prepared_shapes().items():
            if shapely.contains_xy(geom, lon, lat):
                return code
        return None

    # ------------------------------------------------------------ find_places
    def find_places(
        self,
        text: str,
        country_hint: str | None = None,
        *,
        within: Sequence[tuple[int, int]] | None = None,
    ) -> list[tuple[int, int, Location]]:
        """Return ``(start, end, location)`` for every gazetteer place named in ``text``.

        Spans do not overlap and the longest match wins. A name must start with a
        capital letter. Sites and regions match in any spelling the index knows. Towns
        (GeoNames) match only when the name is not in :data:`TOWN_BLOCKLIST`, is not
        part of a longer capitalised name ("Central Asia", "Alexander Lapin"), and
        either the town has at least :data:`TOWN_MIN_POPULATION` people or a locative
        cue stands next to it ("in X", "near X", "X district"). Country names are never
        returned. An optional ``country_hint`` keeps only places in that country.

        ``within`` (sorted, disjoint ``(start, end)`` stretches, such as sentences)
        looks only at names that start in one of them.
        """
        if _beyond_bmp(text):
            found = self._find_places_word_by_word(text, country_hint)
            if within is None:
                return found
            return [p for p in found if any(a <= p[0] < b for a, b in within)]
        hint = country_hint.upper() if country_hint else None
        out: list[tuple[int, int, Location]] = []
        done = 0  # end of the last name found: names do not overlap
        for at in _name_starts(text, within):
            if at < done:
                continue
            first = TOKEN_RE.match(text, at)
            if not self._starts_a_name(first.group()):
                continue
            run = [first]  # the words that may form one name, joined by gaps
            while len(run) < MAX_ALIAS_WORDS:
                gap = GAP_RE.match(text, run[-1].end())
                following = gap and TOKEN_RE.match(text, gap.end())
                # a longer name's key starts with the key of its first words (a test checks)
                if not following or not self._starts_a_key(
                    _text_key(text[first.start() : following.end()])
                ):
                    break
                run.append(following)
            for j in range(len(run) - 1, -1, -1):
                start, end = first.start(), run[j].end()
                entries = self._index.get(_text_key(text[start:end]))
                if not entries:
                    continue
                loc = self._accept(entries, _Around(text, run, j), hint)
                if loc is not None:
                    out.append((start, end, loc))
                    done = end
                    break
        return out

    def _find_places_word_by_word(
        self, text: str, country_hint: str | None
    ) -> list[tuple[int, int, Location]]:
        """``find_places`` trying every word: for text beyond the BMP, and as its oracle."""
        hint = country_hint.upper() if country_hint else None
        tokens = list(TOKEN_RE.finditer(text))
        out: list[tuple[int, int, Location]] = []
        i = 0
        while i < len(tokens):
            word = tokens[i].group()
            if not (word[0].isupper() or word[0].isdigit()) or not self._starts_a_name(word):
                i += 1
                continue
            last = i
            while (
                last + 1 < len(tokens)
                and last - i + 1 < MAX_ALIAS_WORDS
                and GAP_RE.fullmatch(text, tokens[last].end(), tokens[last + 1].start())
            ):
                last += 1
            for j in range(last, i - 1, -1):
                start, end = tokens[i].start(), tokens[j].end()
                entries = self._index.get(_text_key(text[start:end]))
                if not entries:
                    continue
                loc = self._accept(entries, _Around(text, tokens[i : last + 1], j - i), hint)
                if loc is not None:
                    out.append((start, end, loc))
                    i = j
                    break
            i += 1
        return out

    def _starts_a_name(self, word: str) -> bool:
        """Whether some key starts with the key of ``word``.

        A key of several words starts with the key of its first word (normalising
        works word by word, and collapsing doubled letters keeps a prefix a prefix),
        so a word that starts no key cannot start a name: most capitalised words of an
        article are skipped without building and normalising their phrases.
        """
        known = self._name_starts.get(word)
        if known is not None:
            return known
        starts = self._starts_a_key(_text_key(word))
        if len(self._name_starts) < NAME_START_CACHE_SIZE:
            self._name_starts[word] = starts
        return starts

    def _starts_a_key(self, prefix: str) -> bool:
        """Whether some key of the index starts with ``prefix``."""
        k = bisect_left(self._sorted_keys, prefix)
        return k < len(self._sorted_keys) and self._sorted_keys[k].startswith(prefix)

    def _accept(self, entries, around: _Around, hint: str | None):
        """Apply the running-text rules of :meth:`find_places` to one candidate span."""
        fixed = [e for e in entries if e[0] != "town"]
        if fixed:
            entry = self._best(fixed, hint)
            return self._location(entry, 100.0) if entry else None
        key = normalise(" ".join(around.words()))
        if key in TOWN_BLOCKLIST:
            return None
        prev, before_prev = around.before()
        following = around.after()
        prev_word = prev.group() if prev else ""
        next_word = following.group() if following else ""
        prev_joined = prev is not None and around.joined(prev, around.run[0])
        next_joined = following is not None and around.joined(around.run[around.j], following)
        cue_before = prev_word.lower() in LOCATIVE_CUES or (
            before_prev is not None
            and prev_word.lower() == "of"
            and (
                before_prev.group().lower() in PLACE_SUFFIXES
                or before_prev.group().lower() in OF_CUES
            )
        )
        cue_after = next_joined and next_word.lower() in PLACE_SUFFIXES
        if prev_joined and prev_word[:1].isupper() and not cue_before:
            return None
        if next_joined and next_word[:1].isupper() and not cue_after:
            return None
        primary = [e for e in entries if e[2] == self._town_rows[e[1]]["name"]]
        if len(key) < TOWN_MIN_KEY_LEN and not primary:
            return None
        # A town's own name wins over another's other name; but in a given country, a
        # town there that goes by the name wins over none ("Qurghonteppa" in Tajikistan
        # is Bokhtar, though Qo'rg'ontepa in Uzbekistan is called so first).
        entry = self._best(primary or entries, hint)
        if entry is None and primary and hint:
            entry = self._best(entries, hint)
        if entry is None:
            return None
        if self._entry_population(entry) < TOWN_MIN_POPULATION and not (cue_before or cue_after):
            return None
        loc = self._location(entry, 100.0)
        if cue_after:
            return _town_area(loc, next_word)
        start = around.run[0].start()
        away = _DISTANCE_FROM.search(around.text, max(0, start - 60), start)
        if away:
            return _away_from(loc, away)
        near = _FACILITY_NEAR.search(around.text, max(0, start - 60), start)
        if near:
            return _facility_near(loc, near.group("what"))
        if _NEAR_TOWN.search(around.text, max(0, start - 40), start):
            return _facility_near(loc, None)
        return loc

    # ------------------------------------------------------------- map layers
    def map_layers(self) -> dict:
        """Return simplified GeoJSON for drawing: ``countries``, ``borders``, ``zones``.

        Each value is a FeatureCollection dict. Country properties: ``iso_a3``, ``name``;
        border lines: ``a``, ``b``, ``length_km``; zones: ``host``, ``neighbour``,
        ``km``, ``rep_lon``, ``rep_lat``, ``uncertainty_km``. Callers must not mutate it.
        """
        if self._map_layers is None:
            self._map_layers = read_json(MAP_LAYERS_FILE)
        return self._map_layers


def _beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character beyond the Basic Multilingual Plane (an emoji).

    Such a character takes four bytes in UTF-16 and every other one takes two; the
    encoding runs in C, some fifty times faster than ``max(text) > "\\uffff"`` on a
    3 KB article (measured).
    """
    if text.isascii():
        return False
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _name_starts(text: str, within: Sequence[tuple[int, int]] | None) -> list[int]:
    """Where a name may start in ``text`` (or in the ``within`` stretches): the words
    that start with a capital or an ordinal, in order."""
    spans = ((0, len(text)),) if within is None else within
    starts = [m.start() for a, b in spans for m in CAPITAL_START_RE.finditer(text, a, b)]
    ordinals = [m.start() for m in ORDINAL_START_RE.finditer(text)]
    if ordinals:
        if within is not None:
            ordinals = [p for p in ordinals if any(a <= p < b for a, b in within)]
        starts = sorted(starts + ordinals)
    return starts


def _town_area(loc: Location, suffix: str) -> Location:
    """``loc`` (a town) widened to the area ``suffix`` names ("region" in "Astrakhan
    region"); the same town for suffixes that name the town itself ("city")."""
    reach = AREA_SUFFIX_KM.get(suffix.lower())
    if reach is None:
        return loc
    word = suffix.lower()
    return replace(
        loc,
        name=f"{loc.name} {word}",
        kind="region",
        precision="region",
        uncertainty_km=max(loc.uncertainty_km, reach),
        quality="town_proxy",
        source=(
            f"town_proxy: the {word} named after {loc.name}, placed at the town with the "
            f"usual reach of a {word} ({reach:g} km); {loc.source}"
        ),
    )


# "about 80 km south of Dushanbe", "some 20 miles from Termez": a place named by its
# distance (and direction) from a town.
_DISTANCE_FROM = re.compile(
    r"\b(?P<n>\d{1,3}(?:[.,]\d+)?)[\s\u00a0-]*(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+"
    r"(?:(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+)?"
    r"(?:of|from)\s+(?:the\s+(?:town|city|village|capital)\s+of\s+)?$",
    re.I,
)
_BEARINGS = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135,
    "south": 180, "southwest": 225, "west": 270, "northwest": 315,
}  # fmt: skip
# A direction word names a sector of about 45 degrees: across it, at distance d, the
# place may lie d * tan(22.5 degrees), about 0.41 d, to either side.
DIRECTION_SPREAD = 0.41


def _away_from(loc: Location, m: re.Match[str]) -> Location:
    """``loc`` (a town) moved by the distance and direction ``m`` reads ("80 km south
    of"), with an uncertainty that covers the direction's spread; without a direction,
    the town's point with the distance as its radius."""
    km = float(m.group("n").replace(",", "."))
    if m.group("unit").lower().startswith("mile"):
        km *= 1.609344
    direction = (m.group("dir") or "").lower().replace("-", "")
    km = round(km) if km >= 10 else round(km, 1)
    if direction in _BEARINGS:
        lon, lat, _ = GEOD.fwd(loc.lon, loc.lat, _BEARINGS[direction], km * 1000.0)
        return replace(
            loc,
            name=f"{km:g} km {direction} of {loc.name}",
            lon=round(lon, 5),
            lat=round(lat, 5),
            uncertainty_km=round(loc.uncertainty_km + DIRECTION_SPREAD * km, 1),
            quality="derived",
            source=f"derived: {km:g} km {direction} of {loc.name} as the text says; {loc.source}",
        )
    return replace(
        loc,
        name=f"within {km:g} km of {loc.name}",
        uncertainty_km=round(loc.uncertainty_km + km, 1),
        quality="town_proxy",
        source=f"town_proxy: {km:g} km from {loc.name}, direction not given; {loc.source}",
    )


def _facility_near(loc: Location, what: str | None) -> Location:
    """``loc`` (a town) standing for an unnamed facility near it ("a range outside X"),
    or for a drill told only as near it (``what`` None: "drills near Termez")."""
    what = " ".join(what.lower().split()) if what else None
    return replace(
        loc,
        name=f"{what} near {loc.name}" if what else f"near {loc.name}",
        uncertainty_km=max(loc.uncertainty_km, FACILITY_NEAR_TOWN_KM),
        quality="town_proxy",
        source=(
            f"town_proxy: {f'a {what}' if what else 'a place'} near {loc.name}, placed at the "
            f"town with the usual distance of a drill ground from its town "
            f"({FACILITY_NEAR_TOWN_KM:g} km); {loc.source}"
        ),
    )


@cache
def _prepared_shapes() -> dict:
    """Country polygons prepared for fast point-in-polygon tests (read-only, built once)."""
    shapes = dict(country_shapes())
    for geom in shapes.values():
        shapely.prepare(geom)
    return shapes


def load_gazetteer(data_dir: Path | str = DATA_DIR) -> Gazetteer:
    """Return the gazetteer built from the committed data files (no network).

    Reads ``sites.csv``, ``regions.csv``, ``towns.csv`` and ``countries.csv`` from
    ``data_dir``. Takes well under a second; callers should still keep one instance.
    """
    data_dir = Path(data_dir)
    with gc_paused():
        tables = [
            _read_rows(data_dir / f"{name}.csv")
            for name in ("sites", "regions", "towns", "countries")
        ]
        return Gazetteer(*tables)


__all__ = ["Gazetteer", "Location", "load_gazetteer", "town_uncertainty_km"]
