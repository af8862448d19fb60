"""A deterministic generator of synthetic wire-style articles about military drills.

The generator first invents a "world": a pool of drills at real gazetteer sites,
each with dates, a host, participants, troops and hardware. Each article then
reports a few drills of that world (0 to 4), written in the house style of a news
wire: a dateline, a lead paragraph, a numbers sentence, a statement dated by a
weekday, background paragraphs about earlier drills, and filler about the region.
Because several articles report the same drill, the corpus also exercises the
cross-article merge.

Every date phrase, place and quantity that is planted is recorded with its
character span in the article *body* (the text after the front matter) and its
true meaning, in ``truth.jsonl`` beside the articles. Date phrases carry the
closed interval of days they mean; for example "late April" means the 21st to
the last day of April, "next month" the whole month after publication, and a
weekday the nearest such day that fits the tense.

Determinism: the world depends on ``(seed, n)``, each article on ``(seed, n, i)``,
so the same arguments always give byte-identical files. All sentences are written
for this project.
"""

from __future__ import annotations

import bisect
import calendar
import csv
import json
import random
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# The gazetteer of military sites (geodata's data file) that places the drills.
SITES_CSV = Path(__file__).resolve().parents[2] / "geodata" / "data" / "sites.csv"
# File name of the planted truth, one JSON object per article, in article order.
TRUTH_FILE = "truth.jsonl"
# Article file names are this prefix plus a zero-padded index.
FILE_PREFIX = "bench-"
# Body length bounds in characters; wire copy of 2-5 KB, as the issue asks.
MIN_BODY_CHARS = 2000
MAX_BODY_CHARS = 5000
# The last day of the invented world; drills and articles fall before it.
WORLD_END = date(2024, 12, 31)
# Shortest and longest stretch of history the world covers, in days.
MIN_WORLD_DAYS = 730
MAX_WORLD_DAYS = 365 * 30
# Days of history per article, so that large corpora are not absurdly dense.
WORLD_DAYS_PER_ARTICLE = 0.15
# Drills in the world per article; about 1.6 current drills per article means each
# drill is reported by about three articles, which gives the merge real work.
DRILLS_PER_ARTICLE = 0.5
# Probabilities of an article reporting 0, 1, 2, 3 or 4 drills.
DRILL_COUNT_WEIGHTS = (0.12, 0.34, 0.28, 0.16, 0.10)
# A missing year is written only for drills this close to the publication date,
# so that the nearest-year reading is always the right one.
MISSING_YEAR_MAX_DAYS = 100
# A background drill ended at least this many days before publication.
BACKGROUND_MIN_AGE_DAYS = 120

# ISO code -> (name, demonym, capital). Forms used to name participants.
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "RUS": ("Russia", "Russian", "Moscow"),
    "TJK": ("Tajikistan", "Tajik", "Dushanbe"),
    "UZB": ("Uzbekistan", "Uzbek", "Tashkent"),
    "KAZ": ("Kazakhstan", "Kazakh", "Astana"),
    "KGZ": ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    "BLR": ("Belarus", "Belarusian", "Minsk"),
    "ARM": ("Armenia", "Armenian", "Yerevan"),
    "CHN": ("China", "Chinese", "Beijing"),
    "IND": ("India", "Indian", "New Delhi"),
    "PAK": ("Pakistan", "Pakistani", "Islamabad"),
    "TKM": ("Turkmenistan", "Turkmen", "Ashgabat"),
}
# Members of the alliances an article may name, by ISO code.
ALLIANCES: dict[str, frozenset[str]] = {
    "CSTO": frozenset({"RUS", "BLR", "ARM", "KAZ", "KGZ", "TJK"}),
    "SCO": frozenset({"RUS", "CHN", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK"}),
}
# Month names and the wire-style abbreviations (months of five letters or fewer are not cut).
MONTHS = tuple(calendar.month_name)
MONTH_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
WEEKDAYS = tuple(calendar.day_name)
# Number words for counts written out ("four thousand soldiers").
NUMBER_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Meteorological seasons by first month; winter is left out because it straddles years.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9}

OUTLETS = (
    "Steppe Wire",
    "Oxus News Service",
    "Pamir Dispatch",
    "Caravan Press Agency",
    "Silk Road Monitor",
    "Amu Darya Report",
    "Tien Shan Telegraph",
    "Eurasia Desk",
)
DRILL_NOUNS = (
    "drills",
    "military exercises",
    "war games",
    "manoeuvres",
    "combined exercises",
    "tactical exercises",
    "command-and-staff exercises",
    "military drills",
)
TROOP_NOUNS = ("troops", "servicemen", "military personnel", "soldiers", "personnel")
HARDWARE_NOUNS = (
    "vehicles",
    "units of military hardware",
    "pieces of military equipment",
    "armoured vehicles",
    "items of hardware",
    "units of equipment",
)
QUALIFIERS = ("", "around ", "about ", "some ", "more than ", "over ", "up to ", "nearly ")
EQUIPMENT = (
    "T-72 tanks",
    "BMP-2 infantry fighting vehicles",
    "BTR-82A armoured personnel carriers",
    "Su-25 attack jets",
    "Mi-8 helicopters",
    "Mi-24 gunships",
    "Grad rocket launchers",
    "Orlan-10 drones",
    "Su-30SM fighters",
    "Msta-S howitzers",
)
MINISTRIES = (
    "the defence ministry",
    "the country's defence ministry",
    "a military spokesman",
    "the general staff",
    "the Central Military District",
    "the ministry's press service",
)
TROOP_VALUES = (300, 400, 500, 600, 800, 1000, 1200, 1500, 1800, 2000, 2500, 3000, 3500, 4000)
TROOP_VALUES_LARGE = (5000, 5500, 6000, 6500, 8000, 10000, 12000, 50000)
HARDWARE_VALUES = (20, 30, 45, 60, 80, 100, 120, 150, 200, 250, 300, 420, 500, 700, 800)

# Sentences with slots. {agents}: countries as subject; {troopers}: troops as subject;
# {noun}: drill noun; {where}: place phrase; {date}: the planted date phrase.
EXERCISE_LEADS = {
    "future": (
        "{agents} will hold joint {noun} {where} {date}.",
        "{agents} are set to stage {noun} {where} {date}, officials said.",
        "{troopers} will take part in {noun} {where} {date}.",
        "{date}, {agents} will conduct {noun} {where}.",
        "{agents} plan to rehearse a joint response to a border incursion in {noun} {where} "
        "{date}.",
        "{troopers} are due to train together {where} {date} in what officials called "
        "routine {noun}.",
    ),
    "past": (
        "{agents} held joint {noun} {where} {date}.",
        "{agents} staged {noun} {where} {date}, officials said.",
        "{troopers} took part in {noun} {where} {date}.",
        "{date}, {agents} wrapped up {noun} {where}.",
        "{agents} rehearsed repelling an armed incursion during {noun} {where} {date}.",
        "{troopers} trained side by side {where} {date} in {noun} that ended without incident.",
    ),
    "ongoing": (
        "{agents} are holding joint {noun} {where}, running {date}.",
        "{troopers} are taking part in {noun} {where} {date}.",
        "{agents} have begun {noun} {where} that last {date}.",
    ),
}
# Leads whose date is the day a drill ended, not the whole drill: a one-day phrase there
# leaves the start open (the truth's "open" is then "start").
ENDS_AT_DATE = frozenset({"{date}, {agents} wrapped up {noun} {where}."})
DEPLOYMENT_LEADS = {
    "future": (
        "{agent} will deploy {equipment} to {where} {date}.",
        "{demonym} units are to move {equipment} to {where} {date}.",
        "{date}, {agent} will send {equipment} to {where} ahead of planned drills.",
    ),
    "past": (
        "{demonym} crews moved {equipment} to {where} {date}.",
        "{agent} deployed {equipment} to {where} {date}.",
        "{date}, a {demonym} contingent with {equipment} arrived at {where}.",
        "{demonym} forces redeployed {equipment} to {where} {date} after a long road march.",
    ),
    "ongoing": (
        "{demonym} crews are moving {equipment} to {where} {date}.",
        "{agent} is deploying {equipment} to {where} {date}.",
    ),
}
BACKGROUND_LEADS = (
    "{date}, {agents} held {noun} {where}.",
    "The last comparable {noun} took place {where} {date}, when {agents} trained together.",
    "{agents} previously staged {noun} {where} {date}.",
    "Earlier {noun} {where} {date} brought together {troopers}.",
    "{date}, {troopers} practised a joint defence {where}.",
)
BACKGROUND_DEPLOYMENTS = (
    "{date}, {agent} moved {equipment} to {where}.",
    "{demonym} forces last deployed {equipment} to {where} {date}.",
)
QUANTITY_SENTENCES = {
    "future": (
        "{troops} and {hardware} will be involved.",
        "The {noun} will involve {troops} and {hardware}, according to {ministry}.",
        "{troops} are expected to take part.",
        "Officials said {troops} would be mobilised, backed by {hardware}.",
    ),
    "past": (
        "{troops} and {hardware} were involved.",
        "The {noun} involved {troops} and {hardware}, according to {ministry}.",
        "{troops} took part.",
        "Officials said {troops} had been mobilised, backed by {hardware}.",
    ),
}
QUANTITY_SENTENCES["ongoing"] = QUANTITY_SENTENCES["future"]
EQUIPMENT_SENTENCES = (
    "Crews are drilling with {equipment}.",
    "The scenario features {equipment}.",
    "Footage released by {ministry} showed {equipment} on the move.",
)
REPORT_SENTENCES = (
    "{ministry_cap} announced the plans on {report}.",
    "{ministry_cap} said in a statement on {report}.",
    "The details were released by {ministry} on {report}.",
    "On {report}, {ministry} confirmed the schedule.",
)
DIPLOMACY_LEADS = (
    "The foreign ministers of {a} and {b} met in {capital} to discuss security along the "
    "Afghan frontier, {ministry} said on {report}.",
    "{a_demonym} and {b_demonym} officials held talks in {capital} on border security, "
    "diplomats said on {report}.",
    "Envoys from {a} and {b} compared notes on the situation in northern Afghanistan, "
    "{ministry} said on {report}.",
)
DIPLOMACY_FOLLOW_UPS = (
    "A further round of talks is planned for {date}.",
    "The two sides agreed to meet again {date}.",
    "Officials expect a joint statement {date}.",
)
# Filler: region, diplomacy and hardware colour with no date phrases and no counts of
# troops, so that every date and quantity in a body is a planted one. Model numbers
# ("T-72", "201st") and a border length stay in on purpose: they trap naive extractors.
FILLER_SENTENCES = (
    "{host} shares a long and porous frontier with Afghanistan.",
    "Officials in {capital} have repeatedly voiced concern about militants crossing the "
    "Panj river.",
    "Russia keeps the 201st military base in Tajikistan, its largest facility abroad.",
    "Analysts say the manoeuvres are meant as a signal to armed groups across the border.",
    "The Taliban have said they pose no threat to their northern neighbours.",
    "Diplomats in {capital} describe the security situation as tense but stable.",
    "Regional governments fear that fighters could slip across the 1,344-kilometre border.",
    "The alliance has a rapid reaction force that can be sent to a member state on request.",
    "Western officials watch the region closely, though they rarely comment on such drills.",
    "Observers may attend parts of the programme, organisers said.",
    "Columns of armour march along mountain roads before reaching the ranges.",
    "Commanders stress that the training is defensive in nature.",
    "The T-72 remains the workhorse of armoured units in the region.",
    "Local residents were warned to stay away from the firing ranges.",
    "Officers from {demonym} staff colleges attended as observers.",
    "Logistics units practised refuelling convoys in difficult terrain.",
    "The Su-25 ground-attack jet has become a fixture of such training.",
    "Drone crews practised spotting targets for artillery batteries.",
    "Engineers built pontoon crossings over a fast-flowing river.",
    "Security along the frontier has been tightened, officials in {capital} said.",
    "Trade across the border has slowed as checkpoints apply stricter controls.",
    "The region's armies still rely largely on Soviet-era equipment.",
    "Moscow has supplied new armoured vehicles to several of its allies.",
    "Humanitarian groups warn that refugees could head north if fighting spreads.",
    "The defence ministers are expected to review the results together.",
    "{host} has pledged to strengthen its border guard with new recruits.",
    "Mountain units rehearsed evacuating wounded soldiers by helicopter.",
    "The scenario assumed that a hostile group had seized a border village.",
    "Artillery crews fired at mock positions on the slopes of a ridge.",
    "Signal units tested secure radio links between the national contingents.",
    "Officials would not say how much the training had cost.",
    "Critics argue that such shows of force do little to address smuggling.",
    "Special forces practised searching caves and mountain passes.",
    "The Mi-24 helicopter gunship provided air cover in the scenario.",
    "Military attachés from several embassies were invited to watch.",
    "Air defence units tracked simulated raids by low-flying aircraft.",
    "Medical teams set up a field hospital close to the range.",
    "Reservists were called up to fill gaps in the units taking part.",
    "The border guard service reported no unusual activity on the other side.",
    "Officials in {capital} said the country would not be drawn into a foreign war.",
    "Satellite images have shown new fortifications along parts of the river.",
    "Opposition figures questioned whether the drills were worth the expense.",
    "The ministry did not say whether live ammunition would be used.",
    "Sappers cleared a mock minefield under simulated fire.",
    "A mobile command post coordinated the units from a hilltop.",
    "Cross-border trade and the movement of refugees top the regional agenda.",
    "The defence chiefs of the region speak regularly by video link.",
    "Several units arrived by rail from garrisons far to the north.",
    "Helicopter crews practised landing troops on high mountain plateaus.",
    "Officials in {capital} insist that the country's neutrality is unchanged.",
    "The mountainous terrain makes large-scale manoeuvres slow and costly.",
    "Electronic warfare teams tried to jam the radio traffic of the mock enemy.",
    "Snipers and reconnaissance teams trained to work ahead of the main force.",
    "The general staff said lessons from recent conflicts had shaped the programme.",
    "Journalists were taken to a viewing point overlooking the range.",
    "Military police rehearsed handling detainees and securing supply routes.",
    "Field kitchens and repair workshops were set up behind the front line of the exercise.",
    "The border with Afghanistan runs for much of its length along the Panj and Amu Darya rivers.",
    "{demonym} officers said the drills had been planned long in advance.",
    "Critics in {capital} say the armed forces need new equipment more than new drills.",
    "A nearby road was closed to civilian traffic while the columns passed.",
    "The militaries of the region rarely publish detailed figures on such training.",
    "Officials described cooperation with neighbouring armies as close and growing.",
    "The Mi-8 transport helicopter ferried supplies to forward positions.",
    "Chemical defence troops practised decontaminating vehicles.",
    "Air crews flew low over the valleys to avoid simulated radar.",
    "Independent analysts say the scenarios increasingly resemble real threats.",
    "The ministry published photographs of tanks crossing a shallow river.",
    "Local officials said farmers had been compensated for damage to fields.",
    "The manoeuvres were closely followed by media in neighbouring countries.",
)
# Sentences about the drill just reported, to make its paragraph read like wire copy;
# no dates and no counts. {noun}: drill noun; {host}: host country name.
DRILL_COLOUR = (
    "The {noun} are meant to test how quickly units can reinforce the frontier.",
    "Officials said the {noun} were not directed at any third country.",
    "Commanders will assess how well the national contingents work together.",
    "The scenario includes the rescue of hostages and the defence of a mountain pass.",
    "The {noun} follow months of planning by the general staffs involved.",
    "Officials in {host} described the {noun} as part of a regular training cycle.",
    "Observers from neighbouring states have been invited to watch the final stage.",
    "Units will practise night marches and live firing, officials said.",
    "The {noun} are among the largest held at the site in recent years.",
    "Air support will be provided by helicopter and ground-attack squadrons.",
)
# Who speaks in a diplomatic piece.
DIPLOMATS = ("the foreign ministry", "a government spokesman", "the presidential press office")
TITLES_DRILL = (
    "{a} and {b} to hold drills at {site}",
    "Joint exercise at {site} draws {a_demonym} and {b_demonym} units",
    "Military drills at {site} in focus as Afghan tensions persist",
    "{a} and {b} forces rehearse border defence at {site}",
)
TITLES_DRILL_ONE = (
    "{a} troops train at {site}",
    "{a_demonym} forces rehearse border defence at {site}",
    "Military activity at {site} in focus as Afghan tensions persist",
)
TITLES_DIPLOMACY = (
    "Diplomats discuss Afghan border security in {capital}",
    "{a} and {b} hold security talks",
    "Regional envoys meet over northern Afghanistan",
)


@dataclass(frozen=True)
class Site:
    """A gazetteer site usable as a drill location; ``variants`` are Latin-script spellings."""

    id: str
    name: str
    kind: str
    country: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Drill:
    """One drill of the invented world. ``start``/``end`` are the true days."""

    id: str
    kind: str
    start: date
    end: date
    host: str
    participants: tuple[str, ...]
    alliance: str | None
    site: Site
    troops: int | None
    hardware: int | None
    equipment: tuple[str, ...]


@dataclass
class GeneratedArticle:
    """One synthetic article and the truth planted in it (offsets index into ``body``)."""

    id: str
    file: str
    title: str
    source: str
    url: str
    published: date
    body: str
    events: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)

    def to_markdown(self) -> str:
        """The article file: YAML front matter, then the body, which starts right after it."""
        head = (
            f"---\ntitle: {json.dumps(self.title)}\nsource: {json.dumps(self.source)}\n"
            f"url: {json.dumps(self.url)}\npublished: {self.published.isoformat()}\n---\n"
        )
        return head + self.body

    def truth(self) -> dict:
        """The truth record written to ``truth.jsonl`` for this article."""
        return {
            "id": self.id,
            "file": self.file,
            "published": self.published.isoformat(),
            "n_events": len(self.events),
            "events": self.events,
            "dates": self.dates,
        }


@dataclass(frozen=True)
class CorpusInfo:
    """What ``write_corpus`` wrote: article count, total body bytes and the truth file."""

    n: int
    bytes: int
    directory: Path
    truth_path: Path


def _is_latin(text: str) -> bool:
    """True for spellings an English wire would print (Latin letters, digits, punctuation)."""
    return all(ord(ch) < 0x250 for ch in text)


def _split_aliases(raw: str) -> list[str]:
    """Aliases as stored in the gazetteer CSV: separated by ``|`` or ``;``."""
    sep = "|" if "|" in raw else ";"
    return [part.strip() for part in raw.split(sep) if part.strip()]


def load_sites(path: Path = SITES_CSV) -> list[Site]:
    """Read the gazetteer CSV (columns id, name, aliases, kind, country, ...) into sites.

    Only sites in a country of ``COUNTRIES`` are kept, and only Latin-script
    spellings; a language tag such as ``(fr)`` and stray quotes are dropped from an
    alias. Raises ``FileNotFoundError`` when the gazetteer is missing.
    """
    sites = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = (row.get("country") or "").strip()
            if country not in COUNTRIES:
                continue
            names = [row["name"].strip(), *_split_aliases(row.get("aliases") or "")]
            variants = []
            for name in names:
                clean = name.split(" (")[0].strip().strip("\"'“”")
                if clean and _is_latin(clean) and clean not in variants:
                    variants.append(clean)
            if variants:
                sites.append(
                    Site(
                        row["id"].strip(),
                        variants[0],
                        row.get("kind", ""),
                        country,
                        tuple(variants),
                    )
                )
    return sites


# ---------------------------------------------------------------------------------
# The world: a pool of drills.


def _world_days(n: int) -> int:
    return int(min(MAX_WORLD_DAYS, max(MIN_WORLD_DAYS, n * WORLD_DAYS_PER_ARTICLE)))


def make_world(n: int, seed: int, sites: list[Site]) -> list[Drill]:
    """The drills that ``n`` articles will report, sorted by start date."""
    rng = random.Random(f"{seed}:world:{n}")
    first = WORLD_END - timedelta(days=_world_days(n))
    by_country: dict[str, list[Site]] = {}
    for site in sites:
        by_country.setdefault(site.country, []).append(site)
    hosts = sorted(by_country)
    drills = []
    for k in range(max(8, round(n * DRILLS_PER_ARTICLE))):
        host = rng.choice(hosts)
        site = rng.choice(by_country[host])
        start = first + timedelta(days=rng.randrange((WORLD_END - first).days - 30))
        kind = "deployment" if rng.random() < 0.2 else "exercise"
        if kind == "deployment":
            end = start
            mover = "RUS" if rng.random() < 0.6 else host
            participants: tuple[str, ...] = (mover,)
            alliance = None
            troops = None
            hardware = rng.choice(HARDWARE_VALUES) if rng.random() < 0.3 else None
            equipment = (rng.choice(EQUIPMENT),)
        else:
            end = start + timedelta(days=rng.choice((0, 1, 2, 3, 4, 5, 6, 9, 13)))
            blocs = [name for name, members in ALLIANCES.items() if host in members]
            alliance = rng.choice([None, None, *blocs])
            pool = sorted(ALLIANCES[alliance] if alliance else COUNTRIES)
            pool = [code for code in pool if code != host]
            others = rng.sample(pool, rng.choice((0, 1, 1, 2, 2, 3)))
            participants = (host, *others)
            troops = rng.choice(TROOP_VALUES if rng.random() < 0.85 else TROOP_VALUES_LARGE)
            if rng.random() < 0.15:
                troops = None
            hardware = rng.choice(HARDWARE_VALUES) if rng.random() < 0.6 else None
            equipment = tuple(rng.sample(EQUIPMENT, rng.choice((0, 1, 2))))
        drills.append(
            Drill(
                f"D{k:06d}",
                kind,
                start,
                end,
                host,
                participants,
                alliance,
                site,
                troops,
                hardware,
                equipment,
            )
        )
    drills.sort(key=lambda d: (d.start, d.id))
    return drills


# ---------------------------------------------------------------------------------
# Text with tracked spans.

_FORMATTER = string.Formatter()


def _fill(template: str, values: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Fill ``template``; return the text and the span of each slot's first use.

    A slot at the very start of the sentence has its first letter capitalised.
    """
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    for literal, name, _spec, _conv in _FORMATTER.parse(template):
        out.append(literal)
        pos += len(literal)
        if name is None:
            continue
        value = values[name]
        if pos == 0 and value:
            value = value[0].upper() + value[1:]
        spans.setdefault(name, (pos, pos + len(value)))
        out.append(value)
        pos += len(value)
    return "".join(out), spans


class _Writer:
    """Accumulates sentences into paragraphs and knows absolute body offsets."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.open = False

    def _emit(self, text: str) -> None:
        self.chunks.append(text)
        self.pos += len(text)

    def raw(self, text: str) -> int:
        """Append text verbatim (at a paragraph start); return its offset."""
        if self.pos and not self.open:
            self._emit("\n\n")
        at = self.pos
        self._emit(text)
        self.open = True
        return at

    def sentence(self, template: str, values: dict[str, str]) -> dict[str, tuple[int, int]]:
        """Append one sentence; return absolute spans of its slots."""
        if self.open:
            self._emit(" ")
        elif self.pos:
            self._emit("\n\n")
        text, spans = _fill(template, values)
        base = self.pos
        self._emit(text)
        self.open = True
        return {key: (base + s, base + e) for key, (s, e) in spans.items()}

    def paragraph(self) -> None:
        self.open = False

    def text(self) -> str:
        return "".join(self.chunks) + "\n"


# ---------------------------------------------------------------------------------
# Date phrases.


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase and what it means: the closed day interval and its precision."""

    text: str
    start: date
    end: date
    precision: str


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _part_of_month(day: date) -> tuple[str, date, date]:
    """Which third of the month a day falls in: early 1-10, mid 11-20, late 21-end."""
    if day.day <= 10:
        return "early", day.replace(day=1), day.replace(day=10)
    if day.day <= 20:
        return "mid", day.replace(day=11), day.replace(day=20)
    return "late", day.replace(day=21), _month_end(day.year, day.month)


def _dash(rng: random.Random) -> str:
    return rng.choice(("-", "-", "–"))


def _day_range_phrases(rng: random.Random, start: date, end: date, year: bool) -> list[str]:
    """Ways to write the day range ``start``..``end`` (``start < end``)."""
    m1, m2 = MONTHS[start.month], MONTHS[end.month]
    us_year = f", {start.year}" if year else ""
    eu_year = f" {start.year}" if year else ""
    options = [
        f"from {m1} {start.day} to {m2} {end.day}{us_year}",
        f"between {start.day} {m1} and {end.day} {m2}{eu_year}",
        f"from {start.day} {m1} to {end.day} {m2}{eu_year}",
    ]
    if start.month == end.month:
        options += [
            f"{m1} {start.day}{_dash(rng)}{end.day}{us_year}",
            f"{start.day}{_dash(rng)}{end.day} {m1}{eu_year}",
            f"{start.day} to {end.day} {m1}{eu_year}",
        ]
        if start.month in MONTH_ABBR:
            options.append(f"{MONTH_ABBR[start.month]} {start.day}{_dash(rng)}{end.day}{us_year}")
    return options


def _single_day_phrases(day: date, year: bool) -> list[str]:
    month = MONTHS[day.month]
    if year:
        return [f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}"]
    return [f"{month} {day.day}", f"{day.day} {month}"]


def _tense(start: date, end: date, published: date) -> str:
    if start > published:
        return "future"
    if end < published:
        return "past"
    return "ongoing"


def date_phrase(
    rng: random.Random, start: date, end: date, published: date, background: bool
) -> DatePhrase:
    """Choose how an article writes the dates of a drill, and what the words mean.

    The phrase's interval is what a careful reader can know from the words alone,
    so it may be wider than the drill's true days ("late April", "next month").
    """
    tense = _tense(start, end, published)
    near = abs((start - published).days) <= MISSING_YEAR_MAX_DAYS and not background
    choices: list[tuple[float, DatePhrase]] = []

    def add(weight: float, text: str, lo: date, hi: date, precision: str) -> None:
        choices.append((weight, DatePhrase(text, lo, hi, precision)))

    for with_year in (True, False) if near else (True,):
        weight = 1.0 if with_year else 1.5
        if start < end:
            for text in _day_range_phrases(rng, start, end, with_year):
                add(weight / 2, text, start, end, "day")
        else:
            for text in _single_day_phrases(start, with_year):
                add(weight, text, start, start, "day")
        part, lo, hi = _part_of_month(start)
        if _part_of_month(end)[0] == part and end.month == start.month:
            sep = "-" if part == "mid" else " "
            suffix = f" {start.year}" if with_year else ""
            add(weight / 2, f"{part}{sep}{MONTHS[start.month]}{suffix}", lo, hi, "month_part")
        if end.month == start.month and end.year == start.year:
            suffix = f" {start.year}" if with_year else ""
            add(
                weight / 3,
                f"{MONTHS[start.month]}{suffix}",
                start.replace(day=1),
                _month_end(start.year, start.month),
                "month",
            )
    if background:
        add(0.3, f"{start.year}", date(start.year, 1, 1), date(start.year, 12, 31), "year")
    if tense == "future":
        next_month = (published.replace(day=1) + timedelta(days=32)).replace(day=1)
        if (
            (start.year, start.month)
            == (end.year, end.month)
            == (
                next_month.year,
                next_month.month,
            )
        ):
            add(
                1.0,
                "next month",
                next_month,
                _month_end(next_month.year, next_month.month),
                "month",
            )
        week_start = published + timedelta(days=7 - published.weekday())
        week_end = week_start + timedelta(days=6)
        if week_start <= start and end <= week_end:
            add(1.0, "next week", week_start, week_end, "week")
        if start == end and 1 <= (start - published).days <= 6:
            add(1.5, WEEKDAYS[start.weekday()], start, start, "day")
        for season, first_month in SEASONS.items():
            lo = date(published.year, first_month, 1)
            hi = _month_end(published.year, first_month + 2)
            if published < lo <= start and end <= hi:
                add(0.6, f"this {season}", lo, hi, "season")
    elif tense == "past" and start == end and 1 <= (published - start).days <= 6:
        add(1.5, WEEKDAYS[start.weekday()], start, start, "day")
    total = sum(weight for weight, _ in choices)
    pick = rng.random() * total
    for weight, phrase in choices:
        pick -= weight
        if pick <= 0:
            return phrase
    return choices[-1][1]


def _with_preposition(phrase: DatePhrase) -> tuple[str, str]:
    """The words around the phrase in a sentence: ``(preposition, phrase text)``."""
    if phrase.text.startswith(("from ", "between ", "next ", "this ")):
        return "", phrase.text
    return ("on " if phrase.precision == "day" else "in "), phrase.text


# ---------------------------------------------------------------------------------
# Naming things.


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _agents(rng: random.Random, drill: Drill) -> tuple[str, str]:
    """Participants as a subject ("Russia and Tajikistan") and as troops ("Tajik troops")."""
    codes = list(drill.participants)
    rng.shuffle(codes)
    form = rng.random()
    if form < 0.55 or len(codes) == 1:
        agents = _join([COUNTRIES[c][0] for c in codes])
    elif form < 0.8:
        agents = _join([COUNTRIES[c][2] for c in codes])
    else:
        agents = "the armed forces of " + _join([COUNTRIES[c][0] for c in codes])
    noun = rng.choice(TROOP_NOUNS[:4])
    if drill.alliance and rng.random() < 0.5:
        troopers = f"{drill.alliance} {noun} from " + _join([COUNTRIES[c][0] for c in codes])
    else:
        troopers = _join([COUNTRIES[c][1] for c in codes]) + f" {noun}"
    return agents, troopers


# Words that already say what kind of place a spelling names.
_PLACE_WORDS = ("ground", "range", "base", "bridge", "station", "site", "centre", "field", "port")


def _where(rng: random.Random, site: Site, deployment: bool) -> tuple[str, str, str]:
    """``(prefix, place text, suffix)``: the place text is the site's planted spelling.

    Exercise sentences need the preposition in the prefix ("at the"); deployment
    sentences already say "to".
    """
    variant = rng.choice(site.variants)
    lowered = variant.lower()
    has_kind = any(word in lowered for word in _PLACE_WORDS)
    host = COUNTRIES[site.country][0]
    tail = rng.choice(("", "", f" in {host}", f" in southern {host}"))
    if "city" in site.kind or "town" in site.kind:
        prefix = "the outskirts of " if deployment else "near the town of "
        return prefix, variant, tail
    prefix = "the " if deployment else rng.choice(("at the ", "at the ", "on the "))
    if has_kind:
        return prefix, variant, tail
    if "air" in site.kind:
        noun = "air base"
    elif "base" in site.kind:
        noun = "military base"
    elif "crossing" in site.kind:
        noun = "border crossing"
    else:
        noun = rng.choice(("training ground", "range", "firing range", "training ground"))
    return prefix, variant, f" {noun}{tail}"


def _troops_phrase(rng: random.Random, value: int) -> str:
    qualifier = rng.choice(QUALIFIERS)
    noun = rng.choice(TROOP_NOUNS)
    roll = rng.random()
    if value % 1000 == 0 and value <= 10000 and roll < 0.3:
        return f"{qualifier}{NUMBER_WORDS[value // 1000]} thousand {noun}"
    if value % 100 == 0 and value % 1000 and 1000 < value < 10000 and roll < 0.45:
        return f"{qualifier}{value / 1000:g} thousand {noun}"
    return f"{qualifier}{value:,} {noun}"


def _hardware_phrase(rng: random.Random, value: int) -> str:
    return f"{rng.choice(QUALIFIERS)}{value:,} {rng.choice(HARDWARE_NOUNS)}"


# ---------------------------------------------------------------------------------
# Articles.


def _choose_drills(
    rng: random.Random, world: list[Drill], starts: list[date]
) -> tuple[date, list[tuple[Drill, bool]]]:
    """The publication date and the drills an article reports, with a background flag."""
    count = rng.choices(range(5), weights=DRILL_COUNT_WEIGHTS)[0]
    lead = rng.choice(world)
    published = lead.start + timedelta(days=rng.randint(-40, 25))
    if count == 0:
        return published, []
    chosen: list[tuple[Drill, bool]] = [(lead, False)]
    used = {lead.id}
    lo = bisect.bisect_left(starts, published - timedelta(days=60))
    hi = bisect.bisect_right(starts, published + timedelta(days=80))
    old = bisect.bisect_left(starts, published - timedelta(days=BACKGROUND_MIN_AGE_DAYS + 20))
    for _ in range(count - 1):
        background = rng.random() < 0.45 and old > 0
        for _attempt in range(4):
            pick = world[rng.randrange(old)] if background else world[rng.randrange(lo, hi)]
            old_enough = pick.end < published - timedelta(days=BACKGROUND_MIN_AGE_DAYS)
            if pick.id not in used and (old_enough or not background):
                chosen.append((pick, background))
                used.add(pick.id)
                break
    return published, chosen


class _ArticleBuilder:
    """Writes one article and collects its planted truth."""

    def __init__(self, rng: random.Random, published: date) -> None:
        self.rng = rng
        self.published = published
        self.writer = _Writer()
        # Filler and colour are drawn without replacement so no sentence repeats.
        self.filler_pool = rng.sample(FILLER_SENTENCES, len(FILLER_SENTENCES))
        self.colour_pool = rng.sample(DRILL_COLOUR, len(DRILL_COLOUR))
        self.events: list[dict] = []
        self.dates: list[dict] = []

    def _plant_date(self, phrase: DatePhrase, span: tuple[int, int], role: str) -> None:
        self.dates.append(
            {
                "text": phrase.text,
                "span_start": span[0],
                "span_end": span[1],
                "start": phrase.start.isoformat(),
                "end": phrase.end.isoformat(),
                "precision": phrase.precision,
                "role": role,
            }
        )

    def _report_weekday(self) -> DatePhrase:
        day = self.published - timedelta(days=self.rng.choice((0, 0, 1, 1, 2, 3, 4, 5, 6)))
        return DatePhrase(WEEKDAYS[day.weekday()], day, day, "day")

    def dateline(self, city: str, outlet: str) -> None:
        """A wire dateline such as ``DUSHANBE, July 20 (Steppe Wire) -``."""
        day = DatePhrase(
            f"{MONTHS[self.published.month]} {self.published.day}",
            self.published,
            self.published,
            "day",
        )
        spans = self.writer.sentence(
            "{city}, {date} ({outlet}) - ",
            {"city": city.upper(), "date": day.text, "outlet": outlet},
        )
        self._plant_date(day, spans["date"], "report")
        # The lead sentence continues on the same line.
        self.writer.chunks[-1] = self.writer.chunks[-1].rstrip(" ")
        self.writer.pos -= 1

    def drill(self, drill: Drill, background: bool) -> None:
        rng = self.rng
        phrase = date_phrase(rng, drill.start, drill.end, self.published, background)
        tense = "past" if background else _tense(drill.start, drill.end, self.published)
        prefix, date_words = _with_preposition(phrase)
        agents, troopers = _agents(rng, drill)
        where_prefix, place, where_suffix = _where(rng, drill.site, drill.kind == "deployment")
        noun = rng.choice(DRILL_NOUNS)
        if drill.kind == "deployment":
            templates = BACKGROUND_DEPLOYMENTS if background else DEPLOYMENT_LEADS[tense]
        else:
            templates = BACKGROUND_LEADS if background else EXERCISE_LEADS[tense]
        template = rng.choice(templates)
        open_end = "start" if template in ENDS_AT_DATE and phrase.start == phrase.end else ""
        mover = drill.participants[0]
        # Slots are split so that {date} and {place} are measured exactly.
        template = template.replace("{date}", "{date_prefix}{date}").replace(
            "{where}", "{where_prefix}{place}{where_suffix}"
        )
        starts_sentence = template.startswith("{date_prefix}")
        values = {
            "agents": agents,
            "troopers": troopers,
            "agent": COUNTRIES[mover][0],
            "demonym": COUNTRIES[mover][1],
            "equipment": drill.equipment[0] if drill.equipment else "armour",
            "noun": noun,
            "where_prefix": where_prefix,
            "place": place,
            "where_suffix": where_suffix,
            "date_prefix": prefix.capitalize() if starts_sentence else prefix,
            "date": date_words,
        }
        if starts_sentence and not prefix:
            values["date"] = date_words[0].upper() + date_words[1:]
        spans = self.writer.sentence(template, values)
        self._plant_date(
            DatePhrase(values["date"], phrase.start, phrase.end, phrase.precision),
            spans["date"],
            "event",
        )
        event = {
            "drill_id": drill.id,
            "kind": drill.kind,
            "background": background,
            "start": phrase.start.isoformat(),
            "end": phrase.end.isoformat(),
            "precision": phrase.precision,
            "open": open_end,
            "true_start": drill.start.isoformat(),
            "true_end": drill.end.isoformat(),
            "date_text": values["date"],
            "host": drill.host,
            "participants": sorted(drill.participants),
            "alliances": [drill.alliance] if drill.alliance else [],
            "site_id": drill.site.id,
            "place_text": place,
            "place_span": list(spans["place"]),
            "troops": None,
            "hardware": None,
            "equipment": [],
        }
        self._quantities(drill, background, tense, noun, event)
        self.events.append(event)
        self.writer.paragraph()

    def _quantities(
        self, drill: Drill, background: bool, tense: str, noun: str, event: dict
    ) -> None:
        rng = self.rng
        if (
            drill.kind == "exercise"
            and drill.troops
            and rng.random() < (0.5 if background else 0.85)
        ):
            template = rng.choice(QUANTITY_SENTENCES[tense])
            if drill.hardware is None:
                template = rng.choice(
                    [t for t in QUANTITY_SENTENCES[tense] if "{hardware}" not in t]
                )
            values = {
                "troops": _troops_phrase(rng, drill.troops),
                "hardware": _hardware_phrase(rng, drill.hardware) if drill.hardware else "",
                "noun": noun,
                "ministry": rng.choice(MINISTRIES),
            }
            spans = self.writer.sentence(template, values)
            event["troops"] = drill.troops
            event["troops_span"] = list(spans["troops"])
            if "hardware" in spans:
                event["hardware"] = drill.hardware
                event["hardware_span"] = list(spans["hardware"])
        if drill.equipment and not background and rng.random() < 0.6:
            self.writer.sentence(
                rng.choice(EQUIPMENT_SENTENCES),
                {"equipment": _join(list(drill.equipment)), "ministry": rng.choice(MINISTRIES)},
            )
        if drill.equipment:
            event["equipment"] = list(drill.equipment)
        if drill.kind == "exercise" and not background and self.colour_pool:
            for _ in range(rng.choice((0, 1, 1, 2))):
                if self.colour_pool:
                    colour = self.colour_pool.pop()
                    self.writer.sentence(colour, {"noun": noun, "host": COUNTRIES[drill.host][0]})
        if not background and rng.random() < 0.5:
            report = self._report_weekday()
            ministry = rng.choice(MINISTRIES)
            spans = self.writer.sentence(
                rng.choice(REPORT_SENTENCES),
                {
                    "ministry": ministry,
                    "ministry_cap": ministry[0].upper() + ministry[1:],
                    "report": report.text,
                },
            )
            self._plant_date(report, spans["report"], "report")

    def diplomacy(self, a: str, b: str) -> None:
        rng = self.rng
        report = self._report_weekday()
        values = {
            "a": COUNTRIES[a][0],
            "b": COUNTRIES[b][0],
            "a_demonym": COUNTRIES[a][1],
            "b_demonym": COUNTRIES[b][1],
            "capital": COUNTRIES[a][2],
            "ministry": rng.choice(DIPLOMATS),
            "report": report.text,
        }
        spans = self.writer.sentence(rng.choice(DIPLOMACY_LEADS), values)
        self._plant_date(report, spans["report"], "report")
        next_month = (self.published.replace(day=1) + timedelta(days=32)).replace(day=1)
        follow = DatePhrase(
            "next month", next_month, _month_end(next_month.year, next_month.month), "month"
        )
        spans = self.writer.sentence(rng.choice(DIPLOMACY_FOLLOW_UPS), {"date": follow.text})
        self._plant_date(follow, spans["date"], "event")
        self.writer.paragraph()

    def filler(self, host: str, max_chars: int) -> bool:
        """Add a filler paragraph if it fits within ``max_chars``; return whether it did."""
        rng = self.rng
        values = {
            "host": COUNTRIES[host][0],
            "capital": COUNTRIES[host][2],
            "demonym": COUNTRIES[host][1],
        }
        take = min(rng.choice((2, 3, 4)), len(self.filler_pool))
        if not take:
            return False
        sentences = [_fill(t, values)[0] for t in self.filler_pool[-take:]]
        text = " ".join(sentences)
        if self.writer.pos + len(text) + 3 > max_chars:
            return False
        del self.filler_pool[-take:]
        self.writer.paragraph()
        self.writer.raw(text)
        self.writer.paragraph()
        return True


def generate_article(
    i: int, n: int, seed: int, world: list[Drill], starts: list[date]
) -> GeneratedArticle:
    """Article ``i`` of an ``n``-article corpus; depends only on ``(seed, n, i)`` and the world."""
    rng = random.Random(f"{seed}:{n}:{i}")
    published, chosen = _choose_drills(rng, world, starts)
    builder = _ArticleBuilder(rng, published)
    host = chosen[0][0].host if chosen else rng.choice(sorted(COUNTRIES))
    outlet = rng.choice(OUTLETS)
    if rng.random() < 0.6:
        builder.dateline(COUNTRIES[host][2], outlet)
    if chosen:
        lead = chosen[0][0]
        codes = list(dict.fromkeys([*lead.participants, lead.host]))
        names = [COUNTRIES[c] for c in codes]
        templates = TITLES_DRILL if len(names) > 1 else TITLES_DRILL_ONE
        title = rng.choice(templates).format(
            a=names[0][0],
            b=names[-1][0],
            a_demonym=names[0][1],
            b_demonym=names[-1][1],
            site=lead.site.name,
        )
    else:
        a, b = rng.sample(sorted(COUNTRIES), 2)
        title = rng.choice(TITLES_DIPLOMACY).format(
            a=COUNTRIES[a][0], b=COUNTRIES[b][0], capital=COUNTRIES[a][2]
        )
        builder.diplomacy(a, b)
    current = [(d, bg) for d, bg in chosen if not bg]
    background = [(d, bg) for d, bg in chosen if bg]
    for drill, _ in current:
        builder.drill(drill, background=False)
        if rng.random() < 0.4:
            builder.filler(drill.host, MAX_BODY_CHARS - 600)
    for drill, _ in background:
        builder.filler(host, MAX_BODY_CHARS - 600)
        builder.drill(drill, background=True)
    # Most wire copy is near 3 KB; a few pieces run long.
    target = int(rng.triangular(MIN_BODY_CHARS + 100, MAX_BODY_CHARS - 200, 2700))
    for _ in range(40):
        if builder.writer.pos >= target or not builder.filler(host, MAX_BODY_CHARS - 20):
            break
    body = builder.writer.text()
    file_name = f"{FILE_PREFIX}{i:06d}.md"
    return GeneratedArticle(
        id=f"{FILE_PREFIX}{i:06d}",
        file=file_name,
        title=title,
        source=outlet,
        url=f"https://bench.example.org/{seed}/{n}/{i:06d}",
        published=published,
        body=body,
        events=builder.events,
        dates=builder.dates,
    )


def generate_articles(
    n: int, seed: int = 0, sites: list[Site] | None = None
) -> Iterator[GeneratedArticle]:
    """Yield the ``n`` articles of the corpus for ``seed``, in order."""
    sites = load_sites() if sites is None else sites
    world = make_world(n, seed, sites)
    starts = [d.start for d in world]
    for i in range(n):
        yield generate_article(i, n, seed, world, starts)


def write_corpus(n: int, out: Path, seed: int = 0, sites: list[Site] | None = None) -> CorpusInfo:
    """Write ``n`` articles and ``truth.jsonl`` into ``out`` (created if needed).

    Returns what was written. Existing files of the same names are overwritten.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    truth_path = out / TRUTH_FILE
    with truth_path.open("w", encoding="utf-8") as truth:
        for article in generate_articles(n, seed, sites):
            text = article.to_markdown()
            (out / article.file).write_text(text, encoding="utf-8")
            total += len(article.body.encode("utf-8"))
            truth.write(json.dumps(article.truth(), sort_keys=True) + "\n")
    return CorpusInfo(n, total, out, truth_path)


def read_truth(directory: Path) -> list[dict]:
    """The truth records of a generated corpus, in article order."""
    with (Path(directory) / TRUTH_FILE).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
