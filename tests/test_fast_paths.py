"""Each shortcut the extractor takes for speed gives what the plain way gives.

The shortcuts (counts tried only near numbers, case-insensitive rules run on the
lower-cased text, sentences without a trigger skipped) must not change a single
result. These tests compare both ways on real and generated articles and on
phrases chosen to sit at the edges of each shortcut.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from pathlib import Path

import pytest
from sample_texts import article_texts

from dashboard import extract, quantities
from dashboard.bench.generate import generate_articles
from dashboard.corpus import read_article
from dashboard.text import AnyCase, Folded, fold_case, split_sentences

ROOT = Path(__file__).resolve().parent.parent

EDGE_CASES = [
    "Just over 500 troops and about a thousand soldiers took part; some 2000 troops stayed.",
    "In 2021 troops massed. Up to  some 300 tanks. An estimated two hundred and fifty marines.",
    "A dozen helicopters, a 1,500-strong force, T-72 tanks, 1.500 soldiers and 2.5 thousand men.",
    "More than\n\n  four thousand Tajik, Belarusian, Kazakh and Armenian soldiers arrived.",
    "often ten tenants; seventeen seventy 17 70s 1980s; around twenty-five paratroopers",
    "ABOUT 1,200 SERVICEMEN AND OVER 100 UNITS OF MILITARY HARDWARE WILL TAKE PART.",
    "Istanbul: İstanbul sent about 40 troops; ſome 30 marines.",
    "The drills, which ran until Friday, and Moscow announced more drills; the "
    "Rubezh-2021 exercise, as tensions rose, was CALLED OFF but troops DEPLOYED anyway.",
    "Troops redeployed ahead of military exercises next month; they had signed the accord.",
    "Units are to train at Harb-Maidon. Officials held talks and visited Termez.",
    "Armies held a number of exercises and dozens of DRILLS; Numerous Joint Manoeuvres followed.",
    "On The Same Day, troops drilled AT THE SAME RANGE; a day later, at the same site.",
    "In The Same Period units trained SIMULTANEOUSLY, at the same time as the RESULTS OF THE "
    "EXERCISES were reviewed.",
    "Drills began at Donguz. It Was Held at the range; it was held twice. THEY WILL LAST UNTIL "
    "Friday.\nIt began on Monday. Police joined The Main Exercise. Units held 18 DRILLS and "
    "No Joint Exercises; none of them said so.",
    "Drills ended. Separately, Kyrgyzstan BOUGHT six drones. MEANWHILE the Taliban staged a "
    "Parade; Dushanbe accused Bishkek.",
    "Tajikistan put ITS ENTIRE ARMED FORCES through a check Nationwide, a review of its army.",
    "3,000 servicemen were ALERTED AND MOVED to the range; units Raised On Alarm And Marched.",
    "A DELEGATION of the staff Arrived to inspect; the Minister arrived in Bishkek.",
    "A Live-Fire Stage of the joint exercise was CALLED OFF. Drills went on. Wednesday's part "
    "of the drills was postponed.",
    "Contingents From Armenia and India Will Also Take Part. Units of Kazakhstan are also "
    "participating.",
    "Shortly Before the Taliban Took Kabul, troops drilled. A week after the army SEIZED the "
    "pass, they left.",
    "The Drill That Kyrgyzstan CALLED OFF Will Be Held at Otar; the one which Bishkek refused "
    "to host will now take place in May.",
    "Peace Mission 2021 was held at Donguz, and in July we host Regional Cooperation 2025 "
    "there; Expo 2017 was held in Astana. The 2019 edition of Steppe Eagle got under way.",
    "Two Years Later it was HELD AGAIN; 3 years later troops staged a larger version at the "
    "range, and the NEXT EDITION, in 2023, was held there.",
]


@cache
def _texts() -> tuple[str, ...]:
    return (*EDGE_CASES, *article_texts())


def _match_facts(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_counts_near_numbers_match_a_scan_of_every_position():
    for text in _texts():
        fast = _match_facts(quantities._counts(text, fold_case(text)))
        plain = _match_facts(quantities._COUNT.finditer(text))
        assert fast == plain, text[:80]


def test_counts_shortcut_finds_the_hedge_and_the_article():
    found = quantities.find_quantities(EDGE_CASES[0])
    assert [(q.qualifier, q.value) for q in found] == [
        ("Just over", 500),
        ("about", 1000),
        ("some", 2000),
    ]


def _any_case_patterns() -> dict[str, AnyCase]:
    from dashboard import temporal

    found = {
        f"{module.__name__}.{name}": value
        for module in (extract, temporal, quantities)
        for name, value in vars(module).items()
        if isinstance(value, AnyCase)
    }
    found.update({f"TRIGGERS[{k}]": v for k, v in extract.TRIGGERS.items()})
    return found


def test_the_extractor_runs_its_case_insensitive_rules_on_the_folded_text():
    # Guards against a rule slipping back to a plain (?i) pattern the shortcut misses.
    names = set(_any_case_patterns())
    assert {
        "dashboard.extract._REFERENCE",
        "dashboard.extract._CLAUSE_DROP",
        "dashboard.extract._ANY_TRIGGER",
        "dashboard.temporal._TENSE_CUES",
        "TRIGGERS[exercise]",
    } <= names


@pytest.mark.parametrize("name", sorted(_any_case_patterns()))
def test_any_case_rule_on_folded_text_matches_ignorecase_on_the_text(name):
    rule = _any_case_patterns()[name]
    checked = 0
    for text in _texts():
        doc = Folded(text)
        for a, b in split_sentences(text):
            fast = [m.span() for m in rule.finditer(doc, a, b)]
            plain = [m.span() for m in rule.any_case.finditer(text, a, b)]
            assert fast == plain, text[a:b]
            checked += len(plain)
    assert checked or name.endswith(("_CANCELLED", "_NEGATION"))


def test_any_case_reads_text_that_lower_casing_would_shift():
    rule = AnyCase(r"\bdrills\b")
    doc = Folded("İstanbul hosted DRILLS.")
    assert doc.folded is None
    assert [m.span() for m in rule.finditer(doc, 0, len(doc.text))] == [(16, 22)]


@pytest.mark.parametrize("pattern", [r"\bDrills\b", r"(?-i:[A-Z])drills"])
def test_any_case_refuses_patterns_with_capitals(pattern):
    with pytest.raises(ValueError, match="lower case"):
        AnyCase(pattern)


def test_sentences_skipped_as_quiet_hold_no_trigger_in_any_clause():
    # extract_article skips a sentence far from the last event when _ANY_TRIGGER,
    # _RARE_TRIGGER, _NAMED_TRIGGER, _told_names and _PRONOUN_TRIGGER find nothing in it;
    # no clause of such a sentence may hold a trigger.
    with_trigger = 0
    for text in _texts():
        doc = Folded(text)
        for a, b in split_sentences(text):
            masked = [(m.start(), m.end()) for m in extract._REFERENCE.finditer(doc, a, b)]
            kinds = [
                extract._trigger_kind(doc, ca, cb, masked, (a, b))[0]
                for ca, cb in extract._clauses(doc, a, b)
            ]
            quiet = (
                not extract._ANY_TRIGGER.search(doc, a, b)
                and not extract._NAMED_TRIGGER.search(text, a, b)
                and not extract._told_names(text, a, b)
                and not extract._pronoun_hits(doc, a, b)
                and not extract._rare_hits(doc, a, b)
            )
            if any(kinds):
                with_trigger += 1
                assert not quiet, text[a:b]
    assert with_trigger > 100


def test_no_trigger_starts_further_than_the_stem_reach_before_its_first_stem():
    # _sentence_triggers searches _ANY_TRIGGER from _STEM_REACH before a sentence's
    # first stem. Each alternative's longest lead, spaced once, and the texts' triggers.
    leads = [
        "plans to send",
        "are to dispatch",
        "made the journey",
        "military games",
        "combat readiness checks",
        "held talks",
        "war games",
        "is to relocate",
    ]
    checked = 0
    for text in [*_texts(), *leads]:
        doc = Folded(text)
        stems = [s for s, _ in extract._TRIGGER_STEMS.hits(text, doc.folded)]
        for m in extract._ANY_TRIGGER.finditer(doc, 0, len(text)):
            k = bisect_left(stems, m.start())
            assert k < len(stems) and stems[k] < m.end(), m.group()
            assert stems[k] - m.start() <= extract._STEM_REACH, m.group()
            checked += 1
    assert checked > 100


def test_named_exercise_alone_is_a_trigger():
    doc = Folded("Rubezh-2021 opened at Harb-Maidon on Monday.")
    assert extract._trigger_kind(doc, 0, len(doc.text), []) == ("exercise", 0)


def test_every_context_clause_holds_one_of_the_words_that_let_it_be_searched():
    # _clauses searches _CLAUSE_DROP only in sentences where _CLAUSE_DROP_WORDS hits.
    found = 0
    extra = ["Drills went on, even as talks stalled.", "Held amidst tension, despite rain."]
    for text in [*_texts(), *extra]:
        doc = Folded(text)
        for m in extract._CLAUSE_DROP.finditer(doc, 0, len(text)):
            found += 1
            assert extract._CLAUSE_DROP_WORDS.search(doc, m.start(), m.end()), m.group()
    assert found > 20


def test_clause_cuts_opening_on_one_class_match_the_readable_pattern():
    readable = re.compile(extract._CLAUSE_KEEP_READABLE)
    edges = [
        "Troops drilled, and Russia said so; then, but not before, units left but stayed.",
        'Drills ran  and Kazakh Army units were sent,\tand the "Echelon-2021" drill was held.',
        "They met,  while others waited ; and  but ,and Moscow said it, but  Minsk was quiet.",
    ]
    cuts = 0
    for text in [*_texts(), *edges]:
        fast = [m.span() for m in extract._CLAUSE_KEEP.finditer(text)]
        assert fast == [m.span() for m in readable.finditer(text)], text[:80]
        cuts += len(fast)
    assert cuts > 100


def test_part_and_border_rules_hold_the_words_their_prefilters_look_for():
    # _ArticleFacts.sentence runs _PART and _border_places only where these words are.
    edges = [
        "in northern Tajikistan, the south of Kyrgyzstan and Central Asia's borders",
        "along the FRONTIER and the Afghan Border, in North-Eastern Uzbekistan",
    ]
    parts = borders = 0
    for text in [*_texts(), *edges]:
        for m in extract._PART.finditer(text):
            assert extract._may_name_a_part(text, m.start(), m.end()), m.group()
            parts += 1
        folded = fold_case(text)
        for m in extract._BORDER_WORD.finditer(text):
            assert (
                "border" in folded[m.start() : m.end()] or "frontier" in folded[m.start() : m.end()]
            )
            borders += 1
    assert parts > 10 and borders > 10


def _gates():
    from dashboard import temporal
    from dashboard.text import Gate

    return {name: g for name, g in vars(temporal).items() if isinstance(g, Gate)}


@pytest.mark.parametrize("name", sorted(_gates()))
def test_gate_found_word_by_word_hits_what_its_regex_hits(name):
    gate = _gates()[name]
    for text in _texts():
        folded = fold_case(text)
        assert gate.hits(text, folded) == [m.span() for m in gate.finditer(text, folded)]


def test_most_date_gates_are_plain_words():
    # Plain words are found with str.find; a gate that turns into a regex is slower.
    assert sum(g.literals is not None for g in _gates().values()) >= 8


EQUIPMENT_EDGES = [
    "ARMOURED PERSONNEL CARRIERS, APCs, apc units, MLRS and UAVs; Multiple   Launch Rocket "
    "Systems and jet fighters; a think tank, fuel tanks and T-72 tanks; naval vessels.",
    "Su-25SM jets, Mi-24 gunships, Iskander-M missile systems, BM-21 Grad rocket launchers.",
]


def test_generic_equipment_near_its_words_matches_a_full_scan():
    for text in (*EQUIPMENT_EDGES, *_texts()):
        # The fast matches come from the lower-cased text: compare spans and groups.
        fast = [(m.span(), m.lastgroup) for m in quantities._generic_matches(text)]
        plain = [(m.span(), m.lastgroup) for m in quantities._GENERIC_RE.finditer(text)]
        assert fast == plain, text[:80]


def test_generic_equipment_keeps_acronyms_read_from_the_text_as_written():
    names = [e.name for e in quantities.find_equipment(EQUIPMENT_EDGES[0])]
    assert names.count("armoured personnel carrier") == 2  # "apc units" is not read
    assert "rocket launcher" in names and "UAV" in names


PLACE_EDGES = [
    "Troops moved from Termez to Kulob, then near Dushanbe; Russia's 201st base at Kant.",
    "The Harb-Maidon  training ground, Kharb-Maydon range and the Qal'ah-ye Now district.",
    "Central Asia and Alexander Lapin visited Osh, Ufa and the town of Khorog in Gorno-Badakhshan.",
    "2021Termez, _Kulob, O'Termez, d'Kulob, Russia’S Kant; “Dushanbe” — Sherabad—Jarkurgan.",
    "Учения прошли в Таджикистане, под Душанбе и на полигоне Харбмайдон.",
    "The 954th test base, 1st and 2nd units, 12th-century fort, v2nd, 3.5th, 201stbase; 338th.",
]


def test_places_found_from_capitals_match_a_word_by_word_search():
    from geodata import load_gazetteer

    gazetteer = load_gazetteer()
    found = 0
    for text in (*PLACE_EDGES, *_texts()):
        fast = gazetteer.find_places(text)
        assert fast == gazetteer._find_places_word_by_word(text, None), text[:80]
        found += len(fast)
    assert found > 300


def test_places_in_text_beyond_the_bmp_take_the_word_by_word_path():
    from geodata import load_gazetteer

    gazetteer = load_gazetteer()
    text = "𝐍𝐨𝐭𝐞: drills near Termez and in Kulob."
    assert [text[s:e] for s, e, _ in gazetteer.find_places(text)] == ["Termez", "Kulob"]


@pytest.mark.parametrize(
    "text",
    ["", "plain ASCII", "Kŭlob, Душанбе", "\ufffd and \uffff", "\ud83d lone", "emoji 😀", "𝐍"],
)
def test_beyond_the_bmp_is_what_the_largest_character_says(text):
    from geodata.gazetteer import _beyond_bmp

    assert _beyond_bmp(text) == (bool(text) and max(text) > "\uffff")


def test_capital_start_is_where_a_word_of_the_tokeniser_starts_with_a_capital_or_digit():
    from geodata.gazetteer import CAPITAL_START_RE, ORDINAL_START_RE, TOKEN_RE

    ordinals = 0
    for text in (*PLACE_EDGES, *_texts()):
        capitals = sorted(
            m.start() for rx in (CAPITAL_START_RE, ORDINAL_START_RE) for m in rx.finditer(text)
        )
        words = [
            m.start()
            for m in TOKEN_RE.finditer(text)
            if m.group()[0].isupper() or m.group()[0].isdigit()
        ]
        assert capitals == words, text[:80]
        ordinals += sum(text[p].isdigit() for p in capitals)
    assert ordinals > 5


def test_models_near_their_hyphen_or_name_match_a_full_scan():
    from dashboard.text import windows

    edges = [
        *EQUIPMENT_EDGES,
        "Forpost-R drones, Orlan-10 UAVs and MT-LB tractors; the Tor-M2 and S-400 systems; "
        "BTR-82A armoured personnel carriers, TOS-1A launchers, a Bayraktar TB2 and Grad-K.",
    ]
    for text in (*edges, *_texts()):
        fast = [
            m.span()
            for start, end in windows(
                quantities._MODEL_GATE,
                text,
                None,
                quantities._MODEL_REACH_BEFORE,
                quantities._MODEL_REACH_AFTER,
            )
            for m in quantities._MODEL_RE.finditer(text, start, end)
        ]
        assert fast == [m.span() for m in quantities._MODEL_RE.finditer(text)], text[:80]
    names = [e.name for e in quantities.find_equipment(edges[-1])]
    assert {"Orlan-10", "MT-LB", "S-400", "BTR-82A", "Grad-K"} <= set(names)


def test_transliterate_leaves_ascii_text_as_it_is():
    from geodata.normalize import transliterate

    assert transliterate("Harb-Maidon") == "Harb-Maidon"
    assert transliterate("Харб-Майдон") != "Харб-Майдон"


LONG_DATE_PHRASES = [
    "The drills ran between Wednesday, the 1st of September and Friday, the 3rd of "
    "September, 2021, officials said.",
    "Units trained from Wednesday, September 1, through Friday, September 3, 2021.",
    "The exercise is due to run from 30 July   to 2 August 2021 near Termez.",
    "It took place in the second half of next month, two weeks after the talks ended.",
    "Troops arrived on Tuesday, August 10, and left on Monday, August 16.",
    "Manoeuvres were held between 28 and 31 August 2021 and again in late October.",
]


def test_dates_found_in_windows_match_a_scan_of_the_whole_text(monkeypatch):
    from datetime import date

    from dashboard import temporal

    published = date(2021, 8, 20)
    texts = (*LONG_DATE_PHRASES, *_texts())
    windowed = [temporal.find_dates(text, published) for text in texts]
    monkeypatch.setattr(temporal, "_REACH_BEFORE", 10**6)
    monkeypatch.setattr(temporal, "_REACH_AFTER", 10**6)
    whole = [temporal.find_dates(text, published) for text in texts]
    assert windowed == whole
    assert sum(map(len, windowed)) > 500


def test_every_trigger_holds_one_of_the_trigger_stems():
    # extract_article searches a sentence for triggers only when a stem is in it.
    checked = 0
    for text in (*EDGE_CASES, *_texts()):
        doc = Folded(text)
        stems = extract._TRIGGER_STEMS.hits(text, doc.folded)
        for m in extract._ANY_TRIGGER.finditer(doc, 0, len(text)):
            assert any(m.start() <= s and e <= m.end() for s, e in stems), m.group()
            checked += 1
    assert checked > 1000


def test_every_named_exercise_holds_its_year():
    # extract_article searches a sentence for a named exercise only when a year follows
    # a hyphen in it.
    texts = (*EDGE_CASES, *_texts(), "Zapad-2021, Center 2020, Union Shield-2019 began.")
    named = 0
    for text in texts:
        for m in extract._NAMED_TRIGGER.finditer(text):
            assert extract._NAMED_YEAR.search(text, m.start(), m.end()), m.group()
            named += 1
    assert named >= 10


def test_number_starts_from_the_shared_gate_pass_match_the_regex():
    for text in (*EDGE_CASES, *_texts()):
        folded = fold_case(text)
        if folded is None:
            continue
        expected = [m.start() for m in quantities._NUMBER_HIT.finditer(folded)]
        assert quantities._number_starts(folded) == expected, text[:80]


def test_gate_words_added_later_are_searched_too():
    from dashboard.text import Gate

    text = "Zebras crossed the Qwertyuiop river."
    first = Gate("zebras", ignore_case=True)
    assert first.hits(text, fold_case(text)) == [(0, 6)]
    later = Gate("qwertyuiop", ignore_case=True)
    assert later.hits(text, fold_case(text)) == [(19, 29)]
    assert first.hits(text, fold_case(text)) == [(0, 6)]


def _every_other_sentence(text: str) -> list[tuple[int, int]]:
    return list(split_sentences(text))[::2]


def _starting_in(items, spans, start) -> list:
    return [x for x in items if any(a <= start(x) < b for a, b in spans)]


def test_dates_looked_for_in_some_sentences_are_those_of_the_whole_text():
    from datetime import date

    from dashboard.temporal import find_dates

    published = date(2021, 8, 20)
    found = 0
    for text in (*LONG_DATE_PHRASES, *_texts()):
        spans = _every_other_sentence(text)
        some = find_dates(text, published, within=spans)
        whole = find_dates(text, published)
        start = lambda d: d.span_start  # noqa: E731
        assert _starting_in(some, spans, start) == _starting_in(whole, spans, start), text[:80]
        found += len(_starting_in(some, spans, start))
    assert found > 200


def test_places_looked_for_in_some_sentences_are_those_of_the_whole_text(gazetteer):
    found = 0
    for text in _texts():
        spans = _every_other_sentence(text)
        some = gazetteer.find_places(text, within=spans)
        whole = gazetteer.find_places(text)
        start = lambda p: p[0]  # noqa: E731
        assert _starting_in(some, spans, start) == _starting_in(whole, spans, start), text[:80]
        found += len(_starting_in(some, spans, start))
    assert found > 100


def test_places_beyond_the_bmp_looked_for_in_some_sentences(gazetteer):
    text = "Troops trained near Termez. 𝐀 Drills were held at Harb-Maidon. Then in Dushanbe."
    spans = [(0, text.index("𝐀")), (text.index("Then"), len(text))]
    some = gazetteer.find_places(text, within=spans)
    assert [text[s:e] for s, e, _ in some] == ["Termez", "Dushanbe"]


def _articles():
    from dashboard.corpus import article_from_text

    real = [read_article(p) for p in sorted((ROOT / "seeds").glob("*.md"))]
    real += [read_article(p) for p in sorted((ROOT / "tests/data/articles").glob("*.md"))]
    generated = [
        article_from_text(g.body, title=g.title, published=g.published, path=g.file)
        for g in generate_articles(150, seed=11)
    ]
    return [a for a in real if hasattr(a, "body")] + generated


def test_events_are_the_same_when_every_sentence_is_searched_for_dates_and_places(
    gazetteer, monkeypatch
):
    # extract_article looks for dates and places only in the sentences _wanted names.
    articles = _articles()
    fast = [extract.extract_article(a, gazetteer) for a in articles]
    wanted = total = 0
    narrow = extract._wanted

    def every_sentence(doc, spans, quiet, finder):
        nonlocal wanted, total
        wanted += len(narrow(doc, spans, quiet, finder))
        total += len(spans)
        return spans

    monkeypatch.setattr(extract, "_wanted", every_sentence)
    plain = [extract.extract_article(a, gazetteer) for a in articles]
    assert fast == plain
    assert sum(map(len, fast)) > 100
    assert wanted < total / 2  # the shortcut does skip sentences


# The plain way to find where a sentence ends for the date finder: every full stop,
# then a look at the word before it.
_PLAIN_END = re.compile(r"""[.!?…]["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9])|\n""")
_PLAIN_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt|"
    r"Maj|Capt|Sgt|Adm|St|No|U\.S|U\.K|U\.N|e\.g|i\.e)\.)$"
)
SENTENCE_EDGES = [
    "Col. Ivanov said on Aug. 5 that Gen. Petrov and Mr. Smith of the U.S. Army met.",
    "It ran until Sept. 3. Sgt. Orlov left! Did he? Yes… A. B. Chubais and Capt. Lee.",
    'He said "the drills ended." (They had.) [Later] on 5 Sept. 2021 at No. 5 St. Mark.',
    "XAug. 5 and Aug. 5; Ms. Ng, Dr. Who; Lt. Col. Ray; Adm. Kuz; e.g. This; i.e. That.",
]


def test_date_sentence_ends_match_the_plain_search_for_abbreviations():
    from dashboard.temporal import _Context

    for text in (*SENTENCE_EDGES, *_texts()):
        plain = [0]
        for m in _PLAIN_END.finditer(text):
            head = text[max(0, m.start() - 6) : m.start() + 1]
            if m.group(0) == "\n" or not _PLAIN_ABBREVIATION.search(head):
                plain.append(m.end())
        context = _Context(text, None)
        context.sentence(0)
        assert context._bounds == plain, text[:80]


# The plain way to split sentences: line by line, then at each boundary inside a line.
_PLAIN_BOUNDARY = re.compile(r"""(?<=[.!?…])["'”’)\]]*\s+(?=["'“‘(\[]?[A-ZА-ЯЁ0-9])""")


def _plain_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from dashboard.text import ABBREVIATIONS

    def abbreviation(at: int) -> bool:
        chunk = text[max(0, at - 12) : at].rstrip("\"'”’)] \t")
        m = re.search(r"([\w.]+)\.$", chunk)
        word = m.group(1).lower() if m else ""
        return bool(m) and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))

    def trimmed(a: int, b: int) -> list[tuple[int, int]]:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return [(a, b)] if b > a else []

    out = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        pos, line_end = start + line.start(), start + line.end()
        for m in _PLAIN_BOUNDARY.finditer(text, pos, line_end):
            if abbreviation(m.start()):
                continue
            out += trimmed(pos, m.start() + len(m.group()) - len(m.group().lstrip("\"'”’)]")))
            pos = m.end()
        out += trimmed(pos, line_end)
    return out


SPLIT_EDGES = [
    'He said "it ended." Then "Next." (They left.) [Done.] Gen. Ivanov and U.S. troops.',
    "Line one.\n\n  Line two?  \n\t\nLine three…  Next one! 5 units. e.g. this. A. B. Smith.",
    "Ends with abbreviation approx.\nNew line. Dr.\nX. Вторая фраза. Ещё. 12 ok. Plan B! Then go.",
]


def test_sentences_split_in_one_pass_match_the_line_by_line_split():
    for text in (*SPLIT_EDGES, *_texts()):
        for start, end in ((0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))):
            assert split_sentences(text, start, end) == _plain_split(text, start, end), text[:80]


def test_clause_kinds_from_one_search_of_the_sentence_match_a_search_per_clause_and_kind():
    checked = 0
    for text in (*EDGE_CASES, *_texts()):
        doc = Folded(text)
        for a, b in split_sentences(text):
            masked = [(m.start(), m.end()) for m in extract._REFERENCE.finditer(doc, a, b)]
            hits = extract._trigger_hits(doc, a, b, named=True)
            for ca, cb in extract._clauses(doc, a, b):
                plain = extract._trigger_kind(doc, ca, cb, masked, (a, b))
                assert extract._clause_kind(hits, ca, cb, masked) == plain, text[ca:cb]
                checked += bool(plain[0])
    assert checked > 1000


def _gated_rules():
    from dashboard.text import GatedAnyCase

    return {name: value for name, value in vars(extract).items() if isinstance(value, GatedAnyCase)}


@pytest.mark.parametrize("name", sorted(_gated_rules()))
def test_every_match_of_a_gated_rule_holds_one_of_its_gate_words(name):
    rule = _gated_rules()[name]
    texts = (
        *EDGE_CASES,
        *_texts(),
        "A two-day drill, week-long manoeuvres, a fortnight of exercises; drills lasted 5 days.",
        "More drills and another exercise were called off; Kyrgyzstan has no plans to join.",
        "Many drills, hundreds of exercises; a new drill was cancelled, unlikely to resume.",
        "Russia has also moved jets; the units HAVE deployed and have just sent more.",
        "On the same day and a day later, troops trained at the same range, then the "
        "previous day at the same training ground.",
    )
    checked = 0
    for text in texts:
        doc = Folded(text)
        hits = rule.gate.hits(text, doc.folded)
        for m in rule.any_case.finditer(text):
            assert any(m.start() <= s and e <= m.end() for s, e in hits), m.group()
            checked += 1
    assert checked >= 2
