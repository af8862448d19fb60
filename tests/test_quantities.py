"""Tests for dashboard.quantities: troop and hardware counts, and equipment types."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.quantities import find_counts, find_equipment, find_quantities

REPO = Path(__file__).resolve().parent.parent
# The user's seed articles: the repo copies (Markdown with front matter) or the shared originals.
SEED_DIRS = (REPO / "seeds", REPO.parent / "shared" / "seeds")
# YAML front matter at the top of a Markdown seed.
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _counts(text: str) -> list[tuple[str, int, str, str]]:
    return [(q.kind, q.value, q.qualifier, q.text) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # From the seeds.
        ("involving around 1,500 troops and 200 vehicles, including aircraft",
         [("troops", 1500, "around", "around 1,500 troops"),
          ("hardware", 200, "", "200 vehicles")]),
        ("involving over 50,000 military personnel and 700 units of military hardware",
         [("troops", 50000, "over", "over 50,000 military personnel"),
          ("hardware", 700, "", "700 units of military hardware")]),
        ("a total of four thousand Tajik, Belarusian, Kazakh and Armenian soldiers are drilling",
         [("troops", 4000, "a total of",
           "a total of four thousand Tajik, Belarusian, Kazakh and Armenian soldiers")]),
        # Troops in their written forms.
        ("2.5 thousand servicemen", [("troops", 2500, "", "2.5 thousand servicemen")]),
        # a decimal comma before a scale word, as Russian copy writes it; not "1,500"
        ("More than 1,5 thousand servicemen",
         [("troops", 1500, "More than", "More than 1,5 thousand servicemen")]),
        ("2,5 thousand servicemen and 150 units of equipment",
         [("troops", 2500, "", "2,5 thousand servicemen"),
          ("hardware", 150, "", "150 units of equipment")]),
        ("1,500 troops and 1,50 troops", [("troops", 1500, "", "1,500 troops")]),
        ("The number of troops is 1,5 thousand.",
         [("troops", 1500, "", "number of troops is 1,5 thousand")]),
        ("more than 2,500 servicemen",
         [("troops", 2500, "more than", "more than 2,500 servicemen")]),
        ("1,000 Russian soldiers", [("troops", 1000, "", "1,000 Russian soldiers")]),
        ("some 300 paratroopers", [("troops", 300, "some", "some 300 paratroopers")]),
        ("About 5,000 personnel", [("troops", 5000, "About", "About 5,000 personnel")]),
        ("1.5k troops", [("troops", 1500, "", "1.5k troops")]),
        ("10 000 troops", [("troops", 10000, "", "10 000 troops")]),
        ("10\u00a0000 troops", [("troops", 10000, "", "10\u00a0000 troops")]),
        ("1.500 Soldaten, or 1.500 soldiers", [("troops", 1500, "", "1.500 soldiers")]),
        ("twelve hundred marines", [("troops", 1200, "", "twelve hundred marines")]),
        ("some two and a half thousand troops",
         [("troops", 2500, "some", "some two and a half thousand troops")]),
        ("one and a half thousand servicemen",
         [("troops", 1500, "", "one and a half thousand servicemen")]),
        ("Four thousand troops", [("troops", 4000, "", "Four thousand troops")]),
        ("two hundred and fifty officers", [("troops", 250, "", "two hundred and fifty officers")]),
        ("twenty-five border guards", [("troops", 25, "", "twenty-five border guards")]),
        ("nearly 600 reservists", [("troops", 600, "nearly", "nearly 600 reservists")]),
        ("at least 40 commandos", [("troops", 40, "at least", "at least 40 commandos")]),
        ("as many as 3,000 peacekeepers",
         [("troops", 3000, "as many as", "as many as 3,000 peacekeepers")]),
        ("roughly 900 service members",
         [("troops", 900, "roughly", "roughly 900 service members")]),
        ("a 1,500-strong contingent", [("troops", 1500, "", "1,500-strong contingent")]),
        ("up to a 5,000-strong grouping", [("troops", 5000, "", "5,000-strong grouping")]),
        ("a 300-strong company", [("troops", 300, "", "300-strong company")]),
        ("a 20,000-strong crowd", []),
        ("some 2000 troops", [("troops", 2000, "some", "some 2000 troops")]),
        # "people" and "men" only in a military sentence.
        ("a total of 4,000 people took part in the drills",
         [("troops", 4000, "a total of", "a total of 4,000 people")]),
        ("a total of 4,000 people attended the concert", []),
        ("The army sent 800 men to the range.", [("troops", 800, "", "800 men")]),
        # Hardware.
        ("up to 700 units of military hardware",
         [("hardware", 700, "up to", "up to 700 units of military hardware")]),
        ("about 300 units of WME", [("hardware", 300, "about", "about 300 units of WME")]),
        ("500 pieces of equipment", [("hardware", 500, "", "500 pieces of equipment")]),
        ("more than 800 items of equipment",
         [("hardware", 800, "more than", "more than 800 items of equipment")]),
        ("120 armoured vehicles", [("hardware", 120, "", "120 armoured vehicles")]),
        ("120 armored personnel carriers",
         [("hardware", 120, "", "120 armored personnel carriers")]),
        ("25 aircraft and 20 helicopters",
         [("hardware", 45, "", "25 aircraft and 20 helicopters"),
          ("hardware", 25, "", "25 aircraft"), ("hardware", 20, "", "20 helicopters")]),
        ("40 T-72 tanks", [("hardware", 40, "", "40 T-72 tanks")]),
        # one count of two nouns of a kind; a noun of the other kind is not the count's
        ("About 400 sailors and marines from each side",
         [("troops", 400, "About", "About 400 sailors and marines")]),
        ("About 50 tanks and armoured vehicles",
         [("hardware", 50, "About", "About 50 tanks and armoured vehicles")]),
        ("1,500 troops and vehicles", [("troops", 1500, "", "1,500 troops")]),
        ("two soldiers and officers were wounded", []),
        ("420 hardware units", [("hardware", 420, "", "420 hardware units")]),
        ("a dozen Su-25 jets", [("hardware", 12, "", "a dozen Su-25 jets")]),
        ("more than 4,000 troops and 500 items of equipment",
         [("troops", 4000, "more than", "more than 4,000 troops"),
          ("hardware", 500, "", "500 items of equipment")]),
        # Traps: model numbers, ordinals, years, dates, percentages, distances, vagueness.
        ("T-72 tanks", []),
        ("Su-25 jets and Su-30SM fighters", []),
        ("Tu-22M3 bombers", []),
        ("the 201st military base troops", []),
        ("in 2021 troops were moved", []),
        ("during the 1980s", []),
        ("50% of troops", []),
        ("50 percent of the troops", []),
        ("200 km from the border", []),
        ("Rubezh-2021 troops", []),
        ("a four-year partnership", []),
        ("dozens of soldiers", []),
        ("hundreds of troops and thousands of vehicles", []),
        ("several thousand troops", []),
        ("On August 10 Russian troops arrived", []),
        ("from August 5-10 troops will train", []),
        ("2.5 troops", []),
        ("three and a half tanks", []),  # a half only before a scale
        ("300 Taliban fighters", []),
        ("moreover 300 troops", [("troops", 300, "", "300 troops")]),
        # the dead, the held and standing forces are no forces at a drill
        ("more than 200 people were killed in the unrest", []),
        ("two soldiers were wounded", []),
        ("an attack killing 12 soldiers", []),
        ("40 servicemen detained", []),
        ("the force numbers about 18,000 troops", []),
        ("the base, which has some 7,000 troops", []),
        ("Russia has sent 500 troops", [("troops", 500, "", "500 troops")]),
        ("Russia has about 7,000 troops at the base", []),
        ("Moscow keeps 1,500 soldiers stationed there", []),
        ("the base, home to some 7,000 troops", []),
        ("its 201st military base in Tajikistan, with about 7,000 personnel", []),
        ("drills with about 1,500 troops", [("troops", 1500, "about", "about 1,500 troops")]),
        ("Russia has 500 troops taking part", [("troops", 500, "", "500 troops")]),
        # a range: its top
        ("1,000-1,200 servicemen", [("troops", 1200, "", "1,200 servicemen")]),
        ("800–1,000 troops", [("troops", 1000, "", "1,000 troops")]),
        ("T-72 tanks and the 2021-2022 troops", []),
        ("500 troops were deployed", [("troops", 500, "", "500 troops")]),
        ("up to 150 units of military and special hardware",
         [("hardware", 150, "up to", "up to 150 units of military and special hardware")]),
        ("four hundred or so reservists", [("troops", 400, "", "four hundred or so reservists")]),
        # a base's own size, told other ways
        ("its 201st base, which houses about 7,000 troops", []),
        ("The 201st base has roughly 7,000 servicemen.", []),
        ("The 201st base, whose roughly 7,000 servicemen are split between two towns", []),
        # the standing size of an army, a navy, a fleet, an air force or a base
        ("Tajikistan's army has about 9,000 troops.", []),
        ("Tajikistan has an army of about 9,000 troops.", []),
        ("Kazakhstan's armed forces have about 39,000 active personnel.", []),
        ("The Caspian Flotilla, based in Astrakhan and Makhachkala, operates around 50 vessels.",
         []),
        ("The flotilla has around 50 vessels.", []),
        ("The Tajik air force operates about 30 aircraft.", []),
        ("Russia's Kant air base hosts about 500 personnel and 20 aircraft.", []),
        # ... but what a force fields in a drill, and a drill's own count, are counts
        ("Russia's army will field 9,000 troops in the exercise.",
         [("troops", 9000, "", "9,000 troops")]),
        ("Russia's army has 9,000 troops taking part.", [("troops", 9000, "", "9,000 troops")]),
        ("The exercise has about 2,000 troops.", [("troops", 2000, "about", "about 2,000 troops")]),
        ("Kazakhstan hosts 2,000 troops from five countries.",
         [("troops", 2000, "", "2,000 troops")]),
        # but a drill's total strength is its count
        ("with a total strength of about 1,500 servicemen",
         [("troops", 1500, "about", "about 1,500 servicemen")]),
        ("a force with a strength of 18,000 troops", []),
        # "units of" any kind of materiel
        ("60 units of armoured vehicles", [("hardware", 60, "", "60 units of armoured vehicles")]),
        ("up to 50 units of armour", [("hardware", 50, "up to", "up to 50 units of armour")]),
        # materiel named as translated copy names it
        ("up to 150 units of military and special technique",
         [("hardware", 150, "up to", "up to 150 units of military and special technique")]),
        ("in excess of 300 weapons and equipment items",
         [("hardware", 300, "in excess of", "in excess of 300 weapons and equipment items")]),
        # the noun told first
        ("It put the number of personnel at around 2,500, of whom",
         [("troops", 2500, "around", "number of personnel at around 2,500")]),
        ("The number of troops involved is 1,200.",
         [("troops", 1200, "", "number of troops involved is 1,200")]),
        ("put the amount of equipment at 800 units",
         [("hardware", 800, "", "amount of equipment at 800 units")]),
        ("the number of drills is 12", []),
        # ... or left out by the one who counts
        ("State media put the number at more than 3,000.",
         [("troops", 3000, "more than", "number at more than 3,000")]),
        ("The number at the gate was 40.", []),
        # "people" in a sentence about kit is people under arms
        ("It involved about 1,000 people and some 300 pieces of equipment.",
         [("troops", 1000, "about", "about 1,000 people"),
          ("hardware", 300, "some", "some 300 pieces of equipment")]),
        ("About 1,000 people attended the concert.", []),
        # a list of forces' counts: its total too
        ("Some 700 Russian and 300 Tajik servicemen",
         [("troops", 1000, "Some", "Some 700 Russian and 300 Tajik servicemen"),
          ("troops", 300, "", "300 Tajik servicemen")]),
        ("550 servicemen from Russia, 300 from Tajikistan and 150 from Kazakhstan",
         [("troops", 1000, "", "550 servicemen from Russia, 300 from Tajikistan and 150"),
          ("troops", 550, "", "550 servicemen")]),
        ("1,500 troops, 200 of them Russian", [("troops", 1500, "", "1,500 troops")]),
        ("between 500 and 1,500 troops", [("troops", 1500, "", "1,500 troops")]),
        # a list of materiel's counts, kind by kind: its total too
        ("About 20 aircraft and helicopters took part, along with 60 armored vehicles.",
         [("hardware", 80, "About",
           "About 20 aircraft and helicopters took part, along with 60 armored vehicles"),
          ("hardware", 20, "About", "About 20 aircraft and helicopters"),
          ("hardware", 60, "", "60 armored vehicles")]),
        ("20 aircraft, including Su-25 jets, and 60 armored vehicles",
         [("hardware", 80, "", "20 aircraft, including Su-25 jets, and 60 armored vehicles"),
          ("hardware", 20, "", "20 aircraft"), ("hardware", 60, "", "60 armored vehicles")]),
        ("Some 20 aircraft, 60 armored vehicles and 10 drones",
         [("hardware", 90, "Some", "Some 20 aircraft, 60 armored vehicles and 10 drones"),
          ("hardware", 20, "Some", "Some 20 aircraft"),
          ("hardware", 60, "", "60 armored vehicles"), ("hardware", 10, "", "10 drones")]),
        ("12 T-72B3 tanks and four Su-25 jets",
         [("hardware", 16, "", "12 T-72B3 tanks and four Su-25 jets"),
          ("hardware", 12, "", "12 T-72B3 tanks"), ("hardware", 4, "", "four Su-25 jets")]),
        # ... not with a count of all the materiel, nor a part of the whole
        ("Some 500 pieces of military hardware and more than 20 aircraft",
         [("hardware", 500, "Some", "Some 500 pieces of military hardware"),
          ("hardware", 20, "more than", "more than 20 aircraft")]),
        ("200 vehicles, including 20 tanks",
         [("hardware", 200, "", "200 vehicles"), ("hardware", 20, "", "20 tanks")]),
        # a count taken back
        ("An earlier version of this story said 2,000 troops would come. It is 1,200 troops.",
         [("troops", 1200, "", "1,200 troops")]),
        ("The ministry incorrectly gave 500 troops.", []),
    ],
)  # fmt: skip
def test_find_quantities_reads_counts(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    assert _counts(text) == expected


def test_find_counts_gives_the_counts_left_out_too() -> None:
    text = "Some 1,500 troops drilled. The base hosts about 500 personnel and 20 aircraft."
    counts, left_out = find_counts(text, offset=3)
    assert [(q.kind, q.value) for q in counts] == [("troops", 1500)]
    assert [(q.kind, q.value, q.text) for q in left_out] == [
        ("troops", 500, "about 500 personnel"),
        ("hardware", 20, "20 aircraft"),
    ]
    assert all(text[q.start - 3 : q.end - 3] == q.text for q in left_out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("T-72 tanks", [("T-72 tank", "T-72 tanks")]),
        ("the T-72 tank crews practised", [("T-72 tank", "T-72 tank")]),
        ("T-72s and T-90M tanks", [("T-72 tank", "T-72s"), ("T-90M tank", "T-90M tanks")]),
        ("Su-25SM and Su-30SM jets", [("Su-25SM", "Su-25SM"), ("Su-30SM", "Su-30SM jets")]),
        ("Su-25 ground-attack aircraft", [("Su-25", "Su-25"), ("aircraft", "aircraft")]),
        ("Aviation of the Kant air base", [("aircraft", "Aviation")]),
        ("the civil aviation agency", []),
        ("Mi-8 and Mi-24 helicopters", [("Mi-8", "Mi-8"), ("Mi-24", "Mi-24 helicopters")]),
        ("Z-10 attack helicopters and PCL-181 howitzers",
         [("Z-10", "Z-10 attack helicopters"), ("PCL-181", "PCL-181 howitzers")]),
        ("Mi-35 gunships", [("Mi-35", "Mi-35 gunships")]),
        ("Tu-22M3 bombers", [("Tu-22M3", "Tu-22M3 bombers")]),
        ("MiG-29 fighters", [("MiG-29", "MiG-29 fighters")]),
        ("BTR-82A armoured personnel carriers and BMP-2 infantry fighting vehicles",
         [("BTR-82A", "BTR-82A armoured personnel carriers"),
          ("BMP-2", "BMP-2 infantry fighting vehicles")]),
        ("Grad and Uragan multiple rocket launchers",
         [("Grad", "Grad"), ("Uragan", "Uragan multiple rocket launchers")]),
        ("Iskander-M, S-300, Tor and Pantsir-S1 systems",
         [("Iskander-M", "Iskander-M"), ("S-300", "S-300"), ("Tor", "Tor"),
          ("Pantsir-S1", "Pantsir-S1 systems")]),
        ("drones and UAVs", [("UAV", "drones"), ("UAV", "UAVs")]),
        ("fighter jets and tanks to rocket launchers and artillery",
         [("fighter jet", "fighter jets"), ("tank", "tanks"),
          ("rocket launcher", "rocket launchers"), ("artillery", "artillery")]),
        ("armored vehicles and armoured vehicles",
         [("armoured vehicle", "armored vehicles"), ("armoured vehicle", "armoured vehicles")]),
        ("20 helicopters, 25 aircraft and strategic bombers",
         [("helicopter", "helicopters"), ("aircraft", "aircraft"),
          ("bomber", "strategic bombers")]),
        ("providing cover for combat vehicles", [("combat vehicle", "combat vehicles")]),
        ("Russian tanks were deployed", [("tank", "tanks")]),
        # Not armour, not aircraft, not equipment.
        ("a think tank in Moscow", []),
        ("anti-aircraft defences", []),
        ("Rubezh-2021 and Zapad-2021", []),
        ("the apc of the story", []),
    ],
)  # fmt: skip
def test_find_equipment_normalises_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.name, e.text) for e in find_equipment(text)] == expected


@pytest.mark.parametrize("offset", [0, 7, 4096])
def test_find_quantities_and_equipment_offsets(offset: int) -> None:
    text = "Russia said around 1,500 troops and 200 vehicles, including T-72 tanks, would train."
    quantities = find_quantities(text, offset=offset)
    equipment = find_equipment(text, offset=offset)
    assert [q.value for q in quantities] == [1500, 200]
    assert [e.name for e in equipment] == ["T-72 tank"]
    for item in [*quantities, *equipment]:
        assert text[item.start - offset : item.end - offset] == item.text


def _seed_body(seed: str) -> str:
    for folder in SEED_DIRS:
        files = sorted(folder.glob(f"{seed}_*.md")) or sorted(folder.glob(f"{seed}_*.txt"))
        if files:
            return FRONT_MATTER.sub("", files[0].read_text(encoding="utf-8"), count=1)
    pytest.fail(f"seed {seed} not found in any of {SEED_DIRS}")


@pytest.mark.parametrize(
    ("seed", "expected_counts", "expected_equipment"),
    [
        (
            "000",
            [("troops", 1500, "around"), ("hardware", 200, ""), ("troops", 50000, "over"),
             ("hardware", 700, "")],
            {"tank", "T-72 tank", "combat vehicle", "aircraft", "fighter jet", "rocket launcher",
             "artillery"},
        ),
        ("003", [("troops", 4000, "a total of")], set()),
    ],
)  # fmt: skip
def test_find_quantities_on_seed_articles(
    seed: str, expected_counts: list[tuple[str, int, str]], expected_equipment: set[str]
) -> None:
    body = _seed_body(seed)
    quantities = find_quantities(body)
    assert [(q.kind, q.value, q.qualifier) for q in quantities] == expected_counts
    assert {e.name for e in find_equipment(body)} == expected_equipment
    for q in quantities:
        assert body[q.start : q.end] == q.text
