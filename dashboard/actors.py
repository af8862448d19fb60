"""Who: countries and alliances named in a text, by name, demonym, capital or acronym.

The country table lives in ``data/countries.csv`` (one row per country: ISO 3166-1
alpha-3 code, English short name, ``|``-separated name variants, demonyms and
capitals). The ``capitals`` column also holds other seats of government used as
metonyms ("Kremlin", "White House", "Downing Street"), all reported with form
``capital``.

Matching rules, chosen to stay simple and predictable on unseen wire copy:

* Whole words only, longest surface first, so "Tajikistani" wins over "Tajik" and
  "North Korean" over nothing shorter. Hyphens and apostrophes are boundaries, so
  "Russian-led", "Afghan-Tajik" and "Russia's" all yield their country.
* Latin-script surfaces must appear with the table's capitalisation or in full
  capitals (headlines): "Polish" is Poland, "polish" is not; "US" is the United
  States, "us" is not. Cyrillic surfaces are matched without regard to case,
  because Russian adjectives ("российские") are written in lower case.
* A long form directly followed by its own acronym in parentheses,
  "Collective Security Treaty Organization (CSTO)", is merged into ONE mention
  spanning both, with the form of the long name, so that one act of naming counts
  once.
* Known ambiguities, decided once: "Washington" is always the United States;
  "Turkey" is always the country; "Georgia" is the country unless followed by
  ", USA"/", U.S."; "Jordan" is the country unless followed by a capitalised word
  (a surname, as in "Jordan Peterson"); "America"/"American" after "Latin",
  "South", "North" or "Central" is no country; "Indian Ocean" is not India.

Every mention is reported, including those in border phrases ("the Afghan
border"): :func:`is_border_context` lets the caller tell a participant from a
border it is near.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dashboard import regex_cache as rx
from dashboard.model import ActorMention

# The hand-written country table (alpha3, name, variants, demonyms, capitals).
COUNTRIES_CSV = Path(__file__).with_name("data") / "countries.csv"

# Alliance acronym -> full English name, as shown in the UI.
ALLIANCE_NAMES = {
    "CSTO": "Collective Security Treaty Organization",
    "SCO": "Shanghai Cooperation Organisation",
    "NATO": "North Atlantic Treaty Organization",
    "CIS": "Commonwealth of Independent States",
}

# Alliance acronym -> (long forms, acronym forms), in any spelling seen in the press.
ALLIANCE_SURFACES = {
    "CSTO": (
        (
            "Collective Security Treaty Organization",
            "Collective Security Treaty Organisation",
            "Организация Договора о коллективной безопасности",
            # the bloc's standing forces: naming them names the bloc
            "Collective Rapid Reaction Forces",
            "Collective Rapid Reaction Force",
            "Collective Rapid Deployment Forces",
            "Collective Rapid Deployment Force",
            "Collective Peacekeeping Forces",
        ),
        ("CSTO", "ODKB", "ОДКБ", "CRRF", "KSOR"),
    ),
    "SCO": (
        (
            "Shanghai Cooperation Organization",
            "Shanghai Cooperation Organisation",
            "Шанхайская организация сотрудничества",
        ),
        ("SCO", "ШОС"),
    ),
    "NATO": (
        (
            "North Atlantic Treaty Organization",
            "North Atlantic Treaty Organisation",
            "North Atlantic Alliance",
        ),
        ("NATO", "Nato", "OTAN", "НАТО"),
    ),
    "CIS": (
        ("Commonwealth of Independent States", "Содружество Независимых Государств"),
        ("CIS", "СНГ"),
    ),
}

# Table column -> the ``form`` reported for surfaces from that column.
# A country's named formations (alpha-3 -> surfaces), reported with form ``force``:
# "servicemen of the Central Military District" are Russian forces. Wire copy
# translated from ministry statements names the formation and not the country.
FORMATION_SURFACES = {
    "RUS": (
        "Central Military District",
        "Southern Military District",
        "Western Military District",
        "Eastern Military District",
        "Leningrad Military District",
        "Moscow Military District",
        "Northern Fleet",
        "Pacific Fleet",
        "Black Sea Fleet",
        "Baltic Fleet",
        "Caspian Flotilla",
    ),
    # other armies named by their own forces, not their country
    "IRN": (
        "Islamic Revolutionary Guard Corps",
        "Revolutionary Guards",
        "Revolutionary Guard",
        "IRGC",
        "Artesh",
    ),
    "CHN": ("People's Liberation Army", "People’s Liberation Army", "People's Armed Police", "PLA"),
    "PAK": ("Frontier Corps",),
}

COLUMN_FORMS = (
    ("name", "name"),
    ("variants", "name"),
    ("demonyms", "demonym"),
    ("capitals", "capital"),
)

# Words that, right before "America"/"American", name a region rather than the USA.
_REGION_BEFORE = rx.compile(r"(?:Latin|South|North|Central)[\s-]+$")
# What may follow "Georgia" when the US state is meant.
_US_STATE_AFTER = rx.compile(r"^,?\s*(?:USA|U\.S\.|US\b|United States)")
# A capitalised word after "Jordan" reads as a surname, not the country.
_SURNAME_AFTER = rx.compile(r"^ [A-Z][a-z]")
# "Indian Ocean", "South China Sea", "Persian Gulf", "Sea of Japan", "Gulf of Oman": a
# body of water, not the country it is named after.
_WATER_AFTER = rx.compile(r"^\s+(?:Ocean|Sea|Gulf|Strait)\b")
_WATER_BEFORE = rx.compile(r"\b(?:Sea|Gulf|Bay|Straits?)\s+of\s+(?:the\s+)?$")
# "(ACRONYM)" right after a long form: the parenthesis and the spaces around it.
_PAREN_OPEN = rx.compile(r"\s*\(\s*$")
_PAREN_CLOSE = rx.compile(r"^\s*\)")

# Adjectives allowed between a country and the word "border" ("Tajikistan's southern border").
_BORDER_ADJECTIVES = (
    r"(?:southern|northern|eastern|western|south-eastern|southeastern|south-western|"
    r"southwestern|north-eastern|northeastern|north-western|northwestern|common|shared|"
    r"state|long|porous|mountainous|national|joint|volatile|restive|tense|frontier)"
)
# The mention (with any hyphenated partners) directly before "border"/"frontier".
# "Kazakh border guards", "the Tajik border service": a force named for the border,
# not a stretch of it.
NOT_A_BORDER_FORCE = (
    r"(?!\s+(?:guards?|guardsmen|troops|services?|police|forces?|units?|detachments?|patrols?|"
    r"officers?|agency|agencies|command)\b)"
)
_BORDER_AFTER = rx.compile(
    r"^(?:['’]s)?\s+(?:"
    + _BORDER_ADJECTIVES
    + r"\s+){0,2}(?:border|frontier)s?\b"
    + NOT_A_BORDER_FORCE,
    re.IGNORECASE,
)
# "border with", "frontier of", "border between X and" right before the mention.
# ("\b(?=[...])": a look at the first letter of a word, which lets the regex engine
# leave at once the words no match opens; see _ANY_TRIGGER_FLAT in dashboard/extract.py)
_BORDER_BEFORE = rx.compile(
    r"\b(?=[bftw])(?:(?:border|frontier|boundary)s?\s+(?:with|of|between|along)|bordering|"
    # the verb: "a region that borders (both) China and Afghanistan", "Orenburg borders
    # Kazakhstan"
    r"(?:(?:that|which)\s+borders?|\bborders)(?:\s+on)?)\s+"
    r"(?:both\s+)?(?:the\s+)?(?:[\w’'.-]+\s+(?:and|&)\s+)?"
    # words that name or describe the neighbour: "the Islamic Republic of Afghanistan",
    # "Taliban-ruled Afghanistan", "neighbouring war-torn Afghanistan"
    r"(?:(?!(?:and|or|where|which|as|while|but|to|from|in|at)\b)[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A hyphen or en dash joining the parts of "Afghan-Tajik" or "Tajik–Afghan".
_COMPOUND_LEFT = rx.compile(r"[\w’'.]+[-–]$")
_COMPOUND_RIGHT = rx.compile(r"^[-–][\w’'.]+")


@dataclass(frozen=True)
class _Surface:
    """What one written form stands for."""

    kind: str
    code: str
    form: str


@lru_cache(maxsize=1)
def _country_rows() -> tuple[dict[str, str], ...]:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


# alpha-3 -> English short name, for every country in the table (the UI shows names).
COUNTRY_NAMES: dict[str, str] = {row["alpha3"]: row["name"] for row in _country_rows()}


def country_name(code: str) -> str:
    """The English name for an alpha-3 country code or an alliance acronym.

    Unknown codes come back unchanged, so the UI never shows an empty label.
    """
    return COUNTRY_NAMES.get(code) or ALLIANCE_NAMES.get(code) or code


def _has_cyrillic(surface: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in surface)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, _Surface], dict[str, _Surface]]:
    """Two look-up tables: exact surfaces, and case-folded ones.

    The case-folded table serves Cyrillic surfaces (any case) and all-capitals
    headlines (Latin surfaces written in full capitals).
    """
    exact: dict[str, _Surface] = {}
    for row in _country_rows():
        for column, form in COLUMN_FORMS:
            for surface in _split(row[column]):
                # setdefault: a surface listed twice keeps its first (stronger) form.
                exact.setdefault(surface, _Surface("country", row["alpha3"], form))
    for code, surfaces in FORMATION_SURFACES.items():
        for surface in surfaces:
            exact.setdefault(surface, _Surface("country", code, "force"))
    for code, (long_forms, acronyms) in ALLIANCE_SURFACES.items():
        for surface in long_forms:
            exact.setdefault(surface, _Surface("alliance", code, "name"))
        for surface in acronyms:
            exact.setdefault(surface, _Surface("alliance", code, "acronym"))
    folded = {s.casefold(): v for s, v in exact.items()}
    return exact, folded


def whole_lexicon_pattern() -> re.Pattern[str]:
    """Every surface in one pattern: the reference ``_surface_matches`` must agree with."""
    alternatives = sorted(_lexicon()[0], key=len, reverse=True)
    return _matcher("(?:" + "|".join(re.escape(s) for s in alternatives) + ")")


def _matcher(surfaces: str) -> re.Pattern[str]:
    """The pattern ``surfaces`` (one of which matches), as whole words, in any case."""
    return rx.compile(
        # The look-ahead skips, cheaply, every position that cannot start a surface: Latin
        # surfaces all start with a capital, Cyrillic ones may start in lower case.
        r"(?<!\w)(?-i:(?=[A-ZА-ЯЁа-яё]))" + surfaces + r"(?!\w)",
        re.IGNORECASE,
    )


def _tree(surfaces: list[str]) -> str:
    """``surfaces`` as one pattern that finds the longest one ending a word, written as a
    tree of their shared beginnings in lower case ("kyrgyz(?:stan|)").

    The regex engine tries the branches of a plain alternation one by one, comparing the
    word's letters anew in each; the tree compares each letter once. It tries a longer
    surface before the end of a shorter one, so the longest that ends a word wins, as it
    does in an alternation ordered longest first. (A third of the cost of finding actors,
    measured on the benchmark corpus.)
    """
    root: dict[str, dict] = {}
    for surface in surfaces:
        node = root
        for ch in surface:
            low = ch.lower()
            node = node.setdefault(low if len(low) == 1 else ch, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + written(child) for ch, child in node.items() if ch]
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(root)


# Where a surface may start: one of these letters (see the look-ahead in ``_matcher``),
# not after a letter or a digit (the look-behind in ``_matcher``: "NATO" is tried at "N"
# only). The look-behind comes after the letter so that the scan still opens on a class.
_START = rx.compile(r"[A-ZА-ЯЁа-яё](?<!\w.)")


@lru_cache(maxsize=1)
def _matchers_by_letter() -> dict[str, re.Pattern[str]]:
    """The lexicon's pattern split by lower-cased first letter.

    The regex engine tries the ~700 alternatives of the full pattern one by one at
    every capitalised word; trying only those that share the word's first letter
    finds the same matches about twenty times faster. For the letters of ``_START``
    lower-casing is exactly how ``re.IGNORECASE`` compares them.
    """
    groups: dict[str, list[str]] = {}
    for surface in sorted(_lexicon()[0]):
        groups.setdefault(surface[0].lower(), []).append(surface)
    return {letter: _matcher(_tree(surfaces)) for letter, surfaces in groups.items()}


def _surface_matches(text: str) -> Iterator[re.Match[str]]:
    """The same matches as ``whole_lexicon_pattern().finditer(text)``, found faster."""
    by_letter = _matchers_by_letter()
    pos = 0
    for start in _START.finditer(text):
        at = start.start()
        if at < pos:
            continue
        matcher = by_letter.get(start.group().lower())
        m = matcher.match(text, at) if matcher is not None else None
        if m is not None:
            pos = m.end()
            yield m


def _resolve(matched: str, exact: dict[str, _Surface], folded: dict[str, _Surface]):
    """The surface entry for a matched string, or None when its case rules it out."""
    if matched in exact:
        return exact[matched]
    entry = folded.get(matched.casefold())
    if entry is None:
        return None
    if _has_cyrillic(matched):
        return entry
    # Latin script: only the table's own case or full capitals (a shouting headline).
    if matched.isupper() and len(matched) > 3:
        return entry
    return None


def _rejected(text: str, start: int, end: int, matched: str, entry: _Surface) -> bool:
    """True when a known ambiguity rules the match out (see the module docstring)."""
    before, after = text[max(0, start - 20) : start], text[end : end + 30]
    if entry.code == "USA" and matched.startswith("America") and _REGION_BEFORE.search(before):
        return True
    if matched == "Georgia" and _US_STATE_AFTER.search(after):
        return True
    if matched == "Jordan" and _SURNAME_AFTER.search(after):
        return True
    return bool(_WATER_AFTER.search(after) or _WATER_BEFORE.search(before))


def _merge_acronyms(text: str, mentions: list[ActorMention], offset: int) -> list[ActorMention]:
    """Fold "Long Name (ACRONYM)" into one mention that spans both (form of the long name)."""
    merged: list[ActorMention] = []
    i = 0
    while i < len(mentions):
        here = mentions[i]
        if i + 1 < len(mentions):
            nxt = mentions[i + 1]
            gap = text[here.end - offset : nxt.start - offset]
            tail = text[nxt.end - offset : nxt.end - offset + 4]
            close = _PAREN_CLOSE.match(tail)
            if (
                nxt.code == here.code
                and nxt.form in ("acronym", "name")
                and here.form != "acronym"
                and _PAREN_OPEN.match(gap)
                and close
            ):
                end = nxt.end + close.end()
                merged.append(
                    ActorMention(
                        kind=here.kind,
                        code=here.code,
                        form=here.form,
                        text=text[here.start - offset : end - offset],
                        start=here.start,
                        end=end,
                    )
                )
                i += 2
                continue
        merged.append(here)
        i += 1
    return merged


def find_actors(text: str, *, offset: int = 0) -> list[ActorMention]:
    """Every country and alliance mention in ``text``, in reading order.

    ``start``/``end`` are ``offset`` plus the position in ``text``, so that
    ``text[m.start - offset : m.end - offset] == m.text``. Countries carry their
    alpha-3 code; alliances their acronym (``CSTO``, ``SCO``, ``NATO``, ``CIS``).
    Mentions are not de-duplicated: the caller decides which ones make a
    participant, a host or a border.
    """
    exact, folded = _lexicon()
    mentions: list[ActorMention] = []
    for m in _surface_matches(text):
        matched = m.group(0)
        entry = _resolve(matched, exact, folded)
        if entry is None or _rejected(text, m.start(), m.end(), matched, entry):
            continue
        mentions.append(
            ActorMention(
                kind=entry.kind,
                code=entry.code,
                form=entry.form,
                text=matched,
                start=m.start() + offset,
                end=m.end() + offset,
            )
        )
    mentions = _merge_acronyms(text, mentions, offset)
    if any(m.form == "force" for m in mentions):
        mentions = _owned_formations(mentions)
    if any(m.kind == "alliance" for m in mentions):
        mentions = _with_references(text, mentions, offset)
    return mentions


def _owned_formations(mentions: list[ActorMention]) -> list[ActorMention]:
    """Without the formations named with another country ("Uzbekistan's Central Military
    District", "the Kazakh Caspian Flotilla"): the country named is the one they serve."""
    out: list[ActorMention] = []
    for m in mentions:
        if m.form == "force" and out:
            before = out[-1]
            gap = m.start - before.end
            if before.kind == "country" and before.code != m.code and 0 <= gap <= 4:
                continue
        out.append(m)
    return out


# "the bloc", "the alliance": the alliance named last before it. Not "the alliance
# with Moscow" (a tie, not a bloc), and only after an alliance has been named.
_BLOC = rx.compile(
    r"\b[Tt]he\s+(?:military\s+)?(?:bloc|alliance|grouping|pact)\b(?!\s+(?:with|between)\b)"
)


def _with_references(text: str, mentions: list[ActorMention], offset: int) -> list[ActorMention]:
    """``mentions`` with each "the bloc" that follows a named alliance, in reading order."""
    alliances = [m for m in mentions if m.kind == "alliance"]
    first = alliances[0].end - offset
    added = []
    for b in _BLOC.finditer(text, first):
        before = [m for m in alliances if m.end - offset <= b.start()]
        added.append(
            ActorMention(
                kind="alliance",
                code=before[-1].code,
                form="reference",
                text=b.group(0),
                start=b.start() + offset,
                end=b.end() + offset,
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def is_border_context(text: str, mention: ActorMention, *, offset: int = 0) -> bool:
    """Whether ``mention`` sits inside a border phrase rather than naming an actor.

    True for "the Afghan border", "Afghan-Tajik border" (both parts), "Tajik–Afghan
    frontier", "border with Afghanistan", "border between Tajikistan and Afghanistan"
    (both) and "Tajikistan's southern border with Afghanistan" (both). ``offset``
    must be the one given to :func:`find_actors` for ``text``.
    """
    start, end = mention.start - offset, mention.end - offset
    # Widen to the whole hyphenated compound ("Afghan-Tajik"), whichever part this is.
    while left := _COMPOUND_LEFT.search(text[max(0, start - 40) : start]):
        start -= len(left.group(0))
    while right := _COMPOUND_RIGHT.match(text[end : end + 40]):
        end += right.end()
    if _BORDER_AFTER.match(text[end : end + 60]):
        return True
    return bool(_BORDER_BEFORE.search(text[max(0, start - 80) : start]))
