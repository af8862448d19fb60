"""Tests for dashboard.actors: countries and alliances by name, demonym, capital, acronym."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from dashboard.actors import (
    ALLIANCE_NAMES,
    COUNTRIES_CSV,
    COUNTRY_NAMES,
    country_name,
    find_actors,
    is_border_context,
)

REPO = Path(__file__).resolve().parent.parent
# The user's seed articles: the repo copies (Markdown with front matter) or the shared originals.
SEED_DIRS = (REPO / "seeds", REPO.parent / "shared" / "seeds")
# YAML front matter at the top of a Markdown seed.
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(m.code, m.form, m.text) for m in find_actors(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Phrases from seed 000.
        ("Russia pursues diplomacy backed by military exercise", [("RUS", "name", "Russia")]),
        ("The Russian military has stated", [("RUS", "demonym", "Russian")]),
        (
            "drills next month with Tajikistan and Uzbekistan near the border with Afghanistan",
            [("TJK", "name", "Tajikistan"), ("UZB", "name", "Uzbekistan"),
             ("AFG", "name", "Afghanistan")],
        ),
        ("an offensive against Afghan government troops", [("AFG", "demonym", "Afghan")]),
        ("even as Moscow remain diplomatically engaged", [("RUS", "capital", "Moscow")]),
        ("Russian tanks were deployed near the Afghan-Tajik border",
         [("RUS", "demonym", "Russian"), ("AFG", "demonym", "Afghan"),
          ("TJK", "demonym", "Tajik")]),
        ("Tank crews from Russia’s military base in Tajikistan",
         [("RUS", "name", "Russia"), ("TJK", "name", "Tajikistan")]),
        ("One of Kremlin’s top priorities", [("RUS", "capital", "Kremlin")]),
        ("joint exercises with Uzbek troops in southern Uzbekistan",
         [("UZB", "demonym", "Uzbek"), ("UZB", "name", "Uzbekistan")]),
        ("has troops stationed at bases in Kazakhstan, Kyrgyzstan and Tajikistan",
         [("KAZ", "name", "Kazakhstan"), ("KGZ", "name", "Kyrgyzstan"),
          ("TJK", "name", "Tajikistan")]),
        (
            "members of the Collective Security Treaty Organization (CSTO), a Moscow-led alliance",
            [("CSTO", "name", "Collective Security Treaty Organization (CSTO)"),
             ("RUS", "capital", "Moscow")],
        ),
        ("near Tajikistan’s southern border with Afghanistan",
         [("TJK", "name", "Tajikistan"), ("AFG", "name", "Afghanistan")]),
        ("the Russian and Uzbek defense ministries",
         [("RUS", "demonym", "Russian"), ("UZB", "demonym", "Uzbek")]),
        ("a March interview with a Kazakh media house", [("KAZ", "demonym", "Kazakh")]),
        ("following the U.S. withdrawal", [("USA", "name", "U.S.")]),
        ("left Afghanistan for Syria", [("AFG", "name", "Afghanistan"), ("SYR", "name", "Syria")]),
        # Phrases from seed 003.
        (
            "four thousand Tajik, Belarusian, Kazakh and Armenian soldiers",
            [("TJK", "demonym", "Tajik"), ("BLR", "demonym", "Belarusian"),
             ("KAZ", "demonym", "Kazakh"), ("ARM", "demonym", "Armenian")],
        ),
        ("the so-called Collective Security Treaty Organization, a Russian-led military alliance",
         [("CSTO", "name", "Collective Security Treaty Organization"),
          ("RUS", "demonym", "Russian")]),
        ("a communist government in Kabul in the 1980s", [("AFG", "capital", "Kabul")]),
        ("DW Moscow Bureau chief", [("RUS", "capital", "Moscow")]),
        # Lower-case "us" is a pronoun, not the United States.
        ("He sent us this report.", []),
        # Spelling variants and other forms.
        ("the Kyrgyz Republic, once Kirghizia", [("KGZ", "name", "Kyrgyz Republic"),
                                                 ("KGZ", "name", "Kirghizia")]),
        ("Tadjik and Tajikistani officers", [("TJK", "demonym", "Tadjik"),
                                             ("TJK", "demonym", "Tajikistani")]),
        ("Byelorussian units flew from Minsk", [("BLR", "demonym", "Byelorussian"),
                                                ("BLR", "capital", "Minsk")]),
        ("talks in Nur-Sultan, now Astana again", [("KAZ", "capital", "Nur-Sultan"),
                                                   ("KAZ", "capital", "Astana")]),
        ("Turkmens in Ashkhabad", [("TKM", "demonym", "Turkmens"),
                                   ("TKM", "capital", "Ashkhabad")]),
        ("Kirghiz herders", [("KGZ", "demonym", "Kirghiz")]),
        ("Uzbekistani and Kazakhstani officers", [("UZB", "demonym", "Uzbekistani"),
                                                  ("KAZ", "demonym", "Kazakhstani")]),
        ("the Russian Federation", [("RUS", "name", "Russian Federation")]),
        ("Washington and Beijing", [("USA", "capital", "Washington"),
                                    ("CHN", "capital", "Beijing")]),
        ("Kiev, or Kyiv", [("UKR", "capital", "Kiev"), ("UKR", "capital", "Kyiv")]),
        ("North Korean and South Korean envoys", [("PRK", "demonym", "North Korean"),
                                                 ("KOR", "demonym", "South Korean")]),
        ("Indian and Pakistani troops", [("IND", "demonym", "Indian"),
                                         ("PAK", "demonym", "Pakistani")]),
        ("RUSSIA SENDS TANKS TO TAJIKISTAN", [("RUS", "name", "RUSSIA"),
                                              ("TJK", "name", "TAJIKISTAN")]),
        # Cyrillic, in any case, with the common inflected forms.
        ("Россия и Таджикистан", [("RUS", "name", "Россия"), ("TJK", "name", "Таджикистан")]),
        ("российские войска в Таджикистане", [("RUS", "demonym", "российские"),
                                              ("TJK", "name", "Таджикистане")]),
        # Alliances.
        ("the CSTO drills", [("CSTO", "acronym", "CSTO")]),
        ("учения ОДКБ", [("CSTO", "acronym", "ОДКБ")]),
        ("ODKB forces", [("CSTO", "acronym", "ODKB")]),
        ("the Shanghai Cooperation Organisation (SCO) summit",
         [("SCO", "name", "Shanghai Cooperation Organisation (SCO)")]),
        ("SCO Peace Mission", [("SCO", "acronym", "SCO")]),
        ("NATO, or Nato in British style", [("NATO", "acronym", "NATO"),
                                            ("NATO", "acronym", "Nato"),
                                            ("GBR", "demonym", "British")]),
        ("the Commonwealth of Independent States", [("CIS", "name",
                                                     "Commonwealth of Independent States")]),
        # A parenthesis that does not hold the same actor is not merged.
        ("Russia (CSTO)", [("RUS", "name", "Russia"), ("CSTO", "acronym", "CSTO")]),
        # Ambiguities decided in the module docstring.
        ("Latin American envoys", []),
        ("an American destroyer", [("USA", "demonym", "American")]),
        ("patrols in the Indian Ocean", []),
        # Seas named after a country are seas.
        ("warships in the Sea of Japan and the Gulf of Oman", []),
        ("a drill in the South China Sea, then the Philippine Sea", []),
        ("Chinese warships in the Sea of Japan", [("CHN", "demonym", "Chinese")]),
        ("Jordan Peterson said", []),
        ("troops from Jordan and Egypt", [("JOR", "name", "Jordan"), ("EGY", "name", "Egypt")]),
        ("Atlanta, Georgia, U.S.", [("USA", "name", "U.S.")]),
        ("Georgia and Armenia", [("GEO", "name", "Georgia"), ("ARM", "name", "Armenia")]),
        ("polish the boots", []),
        # Armies named by their own forces.
        ("units of the Central Military District", [("RUS", "force", "Central Military District")]),
        ("the IRGC ground forces and the People's Liberation Army",
         [("IRN", "force", "IRGC"), ("CHN", "force", "People's Liberation Army")]),
        ("the Frontier Corps in Balochistan", [("PAK", "force", "Frontier Corps")]),
        # Not countries at all.
        ("the Soviet Union and the Taliban", []),
        ("the 2021 Central Asian drills", []),
        # Suffixes glued to a name are other words ("Tajikistani" is not "Tajik" + junk).
        ("Russianness and Afghanistanism", []),
    ],
)  # fmt: skip
def test_find_actors_recognises_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "occurrence", "expected"),
    [
        ("near the Afghan border", "Afghan", 0, True),
        ("near the Afghan-Tajik border", "Afghan", 0, True),
        ("near the Afghan-Tajik border", "Tajik", 0, True),
        ("the Tajik–Afghan frontier", "Tajik", 0, True),
        ("drills near the border with Afghanistan", "Afghanistan", 0, True),
        ("near Tajikistan's southern border with Afghanistan", "Tajikistan", 0, True),
        ("near Tajikistan’s southern border with Afghanistan", "Afghanistan", 0, True),
        ("the border between Tajikistan and Afghanistan", "Tajikistan", 0, True),
        ("the border between Tajikistan and Afghanistan", "Afghanistan", 0, True),
        ("Russian tanks were deployed near the Afghan-Tajik border", "Russian", 0, False),
        ("an offensive against Afghan government troops", "Afghan", 0, False),
        ("joint exercises with Uzbek troops in southern Uzbekistan", "Uzbekistan", 0, False),
        ("In Tajikistan - close to the border with Afghanistan", "Tajikistan", 0, False),
        ("In Tajikistan - close to the border with Afghanistan", "Afghanistan", 0, True),
        ("a Russian-led military alliance", "Russian", 0, False),
        ("Russia and Afghanistan, and the Afghan border", "Afghan", 0, True),
        ("Russia and Afghanistan, and the Afghan border", "Afghanistan", 0, False),
        # "borders" as a verb: the countries a region touches
        ("a region that borders both China and Afghanistan", "China", 0, True),
        ("a region that borders both China and Afghanistan", "Afghanistan", 0, True),
        ("a province which borders on Afghanistan", "Afghanistan", 0, True),
        # words that name or describe the neighbour
        ("close to the border with Taliban-ruled Afghanistan", "Afghanistan", 0, True),
        ("near the border with neighbouring war-torn Afghanistan", "Afghanistan", 0, True),
        (
            "at the border with the Islamic Republic of Afghanistan",
            "Islamic Republic of Afghanistan",
            0,
            True,
        ),
        # but not past a clause of its own
        ("near the border with Kyrgyzstan where Russian troops", "Russian", 0, False),
        ("on the border with Tajikistan, and Russian jets", "Russian", 0, False),
    ],
)
def test_is_border_context_tells_border_from_actor(
    text: str, surface: str, occurrence: int, expected: bool
) -> None:
    hits = [m for m in find_actors(text) if m.text == surface]
    assert is_border_context(text, hits[occurrence]) is expected


@pytest.mark.parametrize("offset", [0, 1, 250, 10_000])
def test_find_actors_offsets_index_the_searched_text(offset: int) -> None:
    text = "Led by Russian troops, Tajik and Armenian units trained near the Afghan border (CSTO)."
    mentions = find_actors(text, offset=offset)
    assert [m.code for m in mentions] == ["RUS", "TJK", "ARM", "AFG", "CSTO"]
    for m in mentions:
        assert text[m.start - offset : m.end - offset] == m.text
    borders = [m.text for m in mentions if is_border_context(text, m, offset=offset)]
    assert borders == ["Afghan"]


def _seed_bodies() -> dict[str, str]:
    """Seed bodies by number ("000", "003"), without any YAML front matter."""
    for folder in SEED_DIRS:
        files = sorted(folder.glob("00[03]_*.md")) or sorted(folder.glob("00[03]_*.txt"))
        if len(files) >= 2:
            bodies = {}
            for path in files:
                text = path.read_text(encoding="utf-8")
                text = FRONT_MATTER.sub("", text, count=1)
                bodies[path.name[:3]] = text
            return bodies
    pytest.fail(f"seed articles not found in any of {SEED_DIRS}")


@pytest.mark.parametrize(
    ("seed", "expected_codes"),
    [
        ("000", {"RUS", "AFG", "TJK", "UZB", "KAZ", "KGZ", "USA", "SYR", "CSTO"}),
        ("003", {"RUS", "AFG", "TJK", "BLR", "KAZ", "ARM", "CSTO"}),
    ],
)
def test_find_actors_on_seed_articles(seed: str, expected_codes: set[str]) -> None:
    body = _seed_bodies()[seed]
    mentions = find_actors(body)
    assert {m.code for m in mentions} == expected_codes
    for m in mentions:
        assert body[m.start : m.end] == m.text
    # Every "Afghan ... border" phrase in the seed is flagged as a border context.
    afghan_borders = re.findall(r"Afghan(?:-Tajik)? border", body)
    flagged = [m for m in mentions if m.text == "Afghan" and is_border_context(body, m)]
    assert len(flagged) == len(afghan_borders)


def _table_rows() -> list[dict[str, str]]:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_countries_table_is_well_formed() -> None:
    rows = _table_rows()
    codes = [row["alpha3"] for row in rows]
    assert len(codes) == len(set(codes)) >= 80
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert all(row["name"] for row in rows)
    surfaces: dict[str, str] = {}
    for row in rows:
        for column in ("name", "variants", "demonyms", "capitals"):
            for surface in filter(None, row[column].split("|")):
                # One surface, one country: otherwise the matcher would guess.
                assert surfaces.setdefault(surface, row["alpha3"]) == row["alpha3"], surface


@pytest.mark.parametrize(
    ("group", "codes"),
    [
        ("CSTO", "RUS BLR ARM KAZ KGZ TJK"),
        ("SCO", "CHN RUS KAZ KGZ TJK UZB IND PAK IRN BLR"),
        (
            "NATO",
            "USA CAN GBR FRA DEU ITA ESP PRT NLD BEL LUX DNK NOR ISL TUR GRC POL CZE SVK HUN "
            "ROU BGR EST LVA LTU SVN HRV ALB MNE MKD FIN SWE",
        ),
        ("Central Asian neighbours", "AFG CHN IRN RUS PAK AZE MNG TKM UZB GEO"),
    ],
)
def test_countries_table_covers_groups(group: str, codes: str) -> None:
    missing = set(codes.split()) - set(COUNTRY_NAMES)
    assert not missing, f"{group}: {missing}"


def _all_surfaces() -> list[tuple[str, str, str]]:
    forms = {"name": "name", "variants": "name", "demonyms": "demonym", "capitals": "capital"}
    return [
        (surface, row["alpha3"], forms[column])
        for row in _table_rows()
        for column in forms
        for surface in filter(None, row[column].split("|"))
    ]


def test_find_actors_round_trips_every_table_surface() -> None:
    wrong = []
    for surface, code, form in _all_surfaces():
        sentence = f"Officials said {surface} took part."
        got = _triples(sentence)
        if got != [(code, form, surface)]:
            wrong.append((surface, got))
    assert not wrong


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("TJK", "Tajikistan"),
        ("KGZ", "Kyrgyzstan"),
        ("USA", "United States"),
        ("CSTO", ALLIANCE_NAMES["CSTO"]),
        ("ZZZ", "ZZZ"),
    ],
)
def test_country_name_gives_display_names(code: str, name: str) -> None:
    assert country_name(code) == name


def test_letter_split_matcher_finds_what_the_whole_lexicon_finds():
    # find_actors tries only the surfaces that share a word's first letter; that must
    # give exactly the matches of the one big pattern, in any case and any script.
    from dashboard.actors import _surface_matches, whole_lexicon_pattern

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.md"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((REPO / "tests/data/articles").glob("*.*"))
    ]
    texts.append(
        "RUSSIA AND TAJIKISTAN; россия и Таджикистан, \u212aazakhstan, Kyrgyz-Tajik, "
        "the Collective Security Treaty Organisation (CSTO), UzbekistanTajikistan, "
        "ЁЖ Россия-Узбекистан, nato and Nato, İran, Iran's, Afghanistan’s."
    )
    whole = whole_lexicon_pattern()
    for text in texts:
        expected = [m.span() for m in whole.finditer(text)]
        assert [m.span() for m in _surface_matches(text)] == expected
    assert len(expected) >= 10


def test_the_bloc_is_the_alliance_named_last_before_it() -> None:
    text = (
        "The SCO and the CSTO will meet. Officials said the bloc would hold drills. "
        "Kazakhstan's alliance with Moscow is older. The Alliance said nothing."
    )
    found = [(m.code, m.form, m.text) for m in find_actors(text) if m.kind == "alliance"]
    assert found == [
        ("SCO", "acronym", "SCO"),
        ("CSTO", "acronym", "CSTO"),
        ("CSTO", "reference", "the bloc"),
    ]
    # Before any alliance is named, "the bloc" names none.
    assert find_actors("Officials said the bloc would hold drills.") == []


def test_the_bloc_offsets_index_the_searched_text() -> None:
    text = "The CSTO met. The bloc agreed."
    (_, ref) = find_actors(text, offset=100)
    assert text[ref.start - 100 : ref.end - 100] == "The bloc"
