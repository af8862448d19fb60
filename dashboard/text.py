"""Sentence and paragraph segmentation with character offsets.

Written by hand because the usual splitters (nltk, spaCy) pull in models or large
dependencies for what is, for wire copy, a small set of rules: split on sentence
punctuation followed by a capital or a quote, and on line breaks, but not after
common abbreviations ("Aug.", "Col.", "U.S.") or initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "adm",
        "cmdr",
        "brig",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "gov",
        "sen",
        "rep",
        "ret",
    ]
)

_BOUNDARY = re.compile(r"""(?<=[.!?…])["'”’)\]]*\s+(?=["'“‘(\[]?[A-ZА-ЯЁ0-9])""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the full stop just before ``end`` closes an abbreviation or an initial."""
    chunk = text[max(0, end - 12) : end].rstrip("\"'”’)] \t")
    m = _WORD_BEFORE.search(chunk)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` spans of the sentences in ``text[start:end]``.

    Spans index into ``text``, exclude surrounding white space, and never cross a
    line break (each paragraph line is split on its own).
    """
    end = len(text) if end is None else end
    pos = start
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start, line_end = start + line.start(), start + line.end()
        pos = line_start
        for m in _BOUNDARY.finditer(text, line_start, line_end):
            if _is_abbreviation(text, m.start()):
                continue
            close = m.start() + len(m.group(0)) - len(m.group(0).lstrip("\"'”’)]"))
            yield from _trimmed(text, pos, close)
            pos = m.end()
        yield from _trimmed(text, pos, line_end)


def _trimmed(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        yield a, b
