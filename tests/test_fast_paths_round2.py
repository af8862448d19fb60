"""Regexes rewritten for speed find what their readable versions find.

Each rewritten pattern keeps its readable version beside it; these tests compare the
two on real and generated articles and on phrases chosen to sit at their edges.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants, _parser

import pytest
from sample_texts import article_texts

from dashboard import actors, extract, quantities, temporal
from geodata import gazetteer

PLAIN_NAME_EDGES = [
    "Kazakhstan's annual Steppe Eagle exercise began; the Peace Mission 2021 drills ended.",
    "Exercises codenamed Southern Shield, drills dubbed Border 2021, its Sea Breeze drill.",
    "Steppe Eagle, Kazakhstan's annual exercise with NATO partners, got under way.",
    "-Steppe Eagle, the exercise, 'Steppe Eagle, the drills' and ’Zapad, their exercise.",
    "xSteppe Eagle, the drill; aThe Rubezh exercise; this year's Rubezh drills; CSTO Rubezh drill",
    "Last year’s Cobalt exercise, next year's Interaction drills, the CSTO's \"Rubezh\" exercise.",
    "war games named Frontier, maneuvers called Thunder, manoeuvres were named Shield 2020.",
]


@cache
def _texts() -> tuple[str, ...]:
    return (*PLAIN_NAME_EDGES, *article_texts())


def test_plain_names_opening_on_one_boundary_match_the_readable_pattern():
    readable = re.compile(extract._PLAIN_NAME_READABLE)
    found = 0
    for text in _texts():
        fast = [(m.span(), m.groupdict()) for m in extract._PLAIN_NAME.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in readable.finditer(text)], text[:80]
        found += len(fast)
    assert found > 15


# Rules that look at the first letter of a word just after their opening \b, so that the
# regex engine leaves at once the words that cannot start a match.
LOOKING_RULES = [
    *(extract._ANY_TRIGGER_FLAT, extract._CONTEXT_TRIGGER_FLAT, extract._RARE_TRIGGER),
    *(extract._ORIGIN, extract._ORIGIN_AND, extract._NO_DRILLS, extract._SEAT),
    *(extract._CROSSING, extract._MOVED_TO, extract._AT_HOME_BASE, extract._END_VERB),
    *(extract._WITHOUT_BEFORE, extract._START_VERB, extract._PLAIN_NAME),
    *(temporal._TENSE_CUES, temporal._SPOKEN_BEFORE, temporal._NOUN_BEFORE),
    *(quantities._FORCE_HAS, quantities._NOT_AT_A_DRILL_BEFORE, actors._BORDER_BEFORE),
    gazetteer._FACILITY_NEAR,
    *(extract._COUNTED_DRILLS, quantities._MODEL_RE, quantities._GENERIC_FLAT),
]
_TAKES_NOTHING = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _openings(items) -> tuple[set[str], bool]:
    """The characters a match of the parsed ``items`` can open on, and whether it can
    take none at all. Fails on what it cannot tell (a class by category, a case-blind
    group)."""
    letters: set[str] = set()
    for op, av in items:
        if op in _TAKES_NOTHING:
            continue
        if op is _constants.LITERAL:
            return letters | {chr(av)}, False
        if op is _constants.IN:
            for kind, value in av:
                assert kind in (_constants.LITERAL, _constants.RANGE), kind
                low, high = (value, value) if kind is _constants.LITERAL else value
                letters |= {chr(c) for c in range(low, high + 1)}
            return letters, False
        if op is _constants.SUBPATTERN:
            assert not av[1] & re.IGNORECASE
            alternatives, optional = [av[3]], False
        elif op is _constants.BRANCH:
            alternatives, optional = av[1], False
        else:
            assert op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT), op
            alternatives, optional = [av[2]], av[0] == 0
        for alternative in alternatives:
            found, empty = _openings(alternative.data)
            letters |= found
            optional = optional or empty
        if not optional:
            return letters, False
    return letters, True


@pytest.mark.parametrize("rule", LOOKING_RULES, ids=lambda r: r.pattern[:40])
def test_a_look_at_the_first_letter_lets_every_match_through(rule):
    pattern = rule.pattern
    flags = getattr(rule, "flags", 0)
    look = re.match(r"\\b\(\?=(\[[^\]]+\])\)", pattern)
    assert look, pattern[:60]
    rest = pattern[look.end() :]
    # (a rule that kept word characters off before it with a look-behind had no \b: it
    # holds where that rule's match opens on a word character)
    kept_off = rest.startswith((r"(?<![\w", r"(?<!\w"))
    plain = rest if kept_off else r"\b" + rest
    # (a case-blind rule's look is case-blind too: its letters are compared as written)
    letters, empty = _openings(_parser.parse(plain, flags & ~re.IGNORECASE).data)
    assert not empty
    assert all(re.fullmatch(look.group(1), c) for c in letters), pattern[:60]
    assert not kept_off or all(re.fullmatch(r"\w", c) for c in letters), pattern[:60]
    fast, slow = re.compile(pattern, flags), re.compile(plain, flags)
    for text in _texts():
        for t in (text, text.lower()):
            got = [(m.span(), m.groupdict()) for m in fast.finditer(t)]
            assert got == [(m.span(), m.groupdict()) for m in slow.finditer(t)], t[:80]


def test_every_rule_with_a_look_at_the_first_letter_is_checked():
    # A new rule written with the look is checked above only once it is listed there.
    listed = {id(rule) for rule in LOOKING_RULES}
    found = set()
    for module in (extract, temporal, quantities, actors, gazetteer):
        for name, value in vars(module).items():
            pattern = getattr(value, "pattern", None)
            if isinstance(pattern, str) and re.match(r"\\b\(\?=\[", pattern):
                assert id(value) in listed, f"{module.__name__}.{name}"
                found.add(id(value))
    assert found == listed
