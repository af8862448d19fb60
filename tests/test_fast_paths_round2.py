"""Regexes rewritten for speed find what their readable versions find.

Each rewritten pattern keeps its readable version beside it; these tests compare the
two on real and generated articles and on phrases chosen to sit at their edges.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from dashboard import extract
from dashboard.bench.generate import generate_articles
from dashboard.corpus import read_article

ROOT = Path(__file__).resolve().parent.parent

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
    real = [read_article(path).body for path in sorted((ROOT / "seeds").glob("*.md"))]
    real += [
        read_article(path).body for path in sorted((ROOT / "tests/data/articles").glob("*.md"))
    ]
    generated = [a.body for a in generate_articles(150, seed=11)]
    return (*PLAIN_NAME_EDGES, *real, *generated)


def test_plain_names_opening_on_one_boundary_match_the_readable_pattern():
    readable = re.compile(extract._PLAIN_NAME_READABLE)
    found = 0
    for text in _texts():
        fast = [(m.span(), m.groupdict()) for m in extract._PLAIN_NAME.finditer(text)]
        assert fast == [(m.span(), m.groupdict()) for m in readable.finditer(text)], text[:80]
        found += len(fast)
    assert found > 15
