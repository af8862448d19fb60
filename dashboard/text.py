"""Sentence and paragraph segmentation with character offsets.

Written by hand because the usual splitters (nltk, spaCy) pull in models or large
dependencies for what is, for wire copy, a small set of rules: split on sentence
punctuation followed by a capital or a quote, and on line breaks, but not after
common abbreviations ("Aug.", "Col.", "U.S.") or initials.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache

from dashboard import regex_cache as rx

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

# A sentence ends after . ! ? or … (and any closing quotes or brackets) where white space
# on the same line leads to a capital or a digit; a line break always ends one. (Written
# to open on one character class, which lets the regex engine skip to candidates.)
_CUT = rx.compile(
    r"""[\n.!?…](?:(?<=\n)|(?P<close>["'”’)\]]*)[^\S\n]+(?=["'“‘(\[]?[A-ZА-ЯЁ0-9]))"""
)
_WORD_BEFORE = rx.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the full stop just before ``end`` closes an abbreviation or an initial."""
    if text[end - 1] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, end - 12), end)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences in ``text[start:end]``, in order.

    Spans index into ``text``, exclude surrounding white space, and never cross a
    line break (each paragraph line is split on its own).
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CUT.finditer(text, start, end):
        close = m.start()
        if m.group("close") is not None:  # not a line break
            close += 1  # past the full stop
            if _is_abbreviation(text, close):
                continue
            close += len(m.group("close"))
        _trimmed(text, pos, close, out)
        pos = m.end()
    _trimmed(text, pos, end, out)
    return out


def _trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


# ----------------------------------------------------------------------------- gated scans
# The finders' regexes cost most where they are tried at every word of an article. A
# gate names words that every match contains; the regex then runs only in windows
# around the gate's hits. Written by hand: no library offers a prefilter like this
# that keeps ``re`` semantics (look-behinds still see the text before a window).


# Every gate of plain words, in creation order.
_PLAIN_GATES: list[Gate] = []


class Gate:
    """Words that every match of some patterns contains; their hits place scan windows.

    The plain words of every gate are found together, in one pass over the text (and
    one over its lower-cased twin) with an Aho-Corasick automaton (pyahocorasick):
    the finders of one article ask for the hits of a dozen gates, and one pass cost
    less than half of a ``str.find`` per word (measured on the benchmark corpus). A
    gate that is a regex, or that ignores case in a text lower-casing would shift,
    runs its own alternation.
    """

    def __init__(self, words: str, *, ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        self.words = words
        literal = re.fullmatch(r"\w+(?:\|\w+)*", words) and not re.search(r"\d", words)
        self.literals = tuple(words.split("|")) if literal else None
        if self.literals and ignore_case and words != words.lower():
            raise ValueError("a gate that ignores case is written in lower case")
        if self.literals:
            _PLAIN_GATES.append(self)
            _word_hits.cache_clear()

    # The two regexes are compiled on first use: most gates are plain words, found by the
    # automaton, and compiling both for every gate was a twentieth of the app's imports.
    @cached_property
    def plain(self) -> re.Pattern[str]:
        return rx.compile(self.words)

    @cached_property
    def any_case(self) -> re.Pattern[str]:
        return rx.compile(f"(?i:{self.words})")

    def finditer(self, text: str, folded: str | None) -> Iterator[re.Match[str]]:
        """Hits in ``text``; ``folded`` is ``fold_case(text)``."""
        if not self.ignore_case:
            return self.plain.finditer(text)
        if folded is not None:
            return self.plain.finditer(folded)
        return self.any_case.finditer(text)

    def hits(self, text: str, folded: str | None) -> list[tuple[int, int]]:
        """``(start, end)`` of the hits in ``text``, sorted; may include overlapping hits."""
        haystack = text if not self.ignore_case else folded
        if self.literals is None or haystack is None:
            return [m.span() for m in self.finditer(text, folded)]
        return _word_hits(haystack, self.ignore_case).get(self, [])


class _Automata:
    """One automaton for the case-sensitive gate words, one for the lower-case ones."""

    def __init__(self, gates: list[Gate]) -> None:
        import ahocorasick

        self.by_case = {}
        for ignore_case in (False, True):
            automaton = ahocorasick.Automaton()
            words: dict[str, list[Gate]] = {}
            for gate in gates:
                if gate.ignore_case == ignore_case:
                    for word in gate.literals:
                        words.setdefault(word, []).append(gate)
            for word, owners in words.items():
                automaton.add_word(word, (len(word), tuple(owners)))
            if words:
                automaton.make_automaton()
            self.by_case[ignore_case] = automaton if words else None


@lru_cache(maxsize=4)
def _word_hits(haystack: str, ignore_case: bool) -> dict[Gate, list[tuple[int, int]]]:
    """Hits of every plain-word gate of this case in ``haystack``, sorted per gate.

    Cached for the last few texts: the finders of one article ask one after another.
    (Cleared when a gate is created, so a new gate's words are always searched.)
    """
    automaton = _automata(len(_PLAIN_GATES)).by_case[ignore_case]
    out: dict[Gate, list[tuple[int, int]]] = {}
    if automaton is None:
        return out
    for last, (size, owners) in automaton.iter(haystack):
        for gate in owners:
            out.setdefault(gate, []).append((last + 1 - size, last + 1))
    for spans in out.values():
        spans.sort()
    return out


@lru_cache(maxsize=1)
def _automata(count: int) -> _Automata:
    """The automata of the first ``count`` plain-word gates (rebuilt when one is added)."""
    return _Automata(_PLAIN_GATES[:count])


@lru_cache(maxsize=8)
def fold_case(text: str) -> str | None:
    """``text`` lower-cased offset for offset, or None where that is not safe.

    Lower-casing keeps offsets unless a character expands ("İ"); "ı" and "ſ" match
    ASCII letters under ``(?i)`` but stay themselves when lower-cased. Those were found
    by testing every code point against ``(?i)[a-z]``, and a test checks it still holds.
    (Cached for the last few texts: five finders fold each article's body, and folding
    it was about 1% of extraction, measured on the benchmark corpus.)
    """
    folded = text.lower()
    if len(folded) != len(text) or "ı" in text or "ſ" in text:
        return None
    return folded


def windows(
    gate: Gate,
    text: str,
    folded: str | None,
    before: int,
    after: int,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Disjoint stretches of ``text`` around the hits of ``gate``, merged when they touch.

    Scanning only these instead of the whole text finds the same matches as long as
    every match holds a gate hit and reaches at most ``before`` characters before it
    and ``after`` characters past it. On wire copy the windows cover about a tenth of
    the text (measured by the benchmark). ``within`` (sorted, disjoint ``(start, end)``
    stretches) keeps only the hits that start inside one of them.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    hits = gate.hits(text, folded)
    if within is not None:
        hits = hits_within(hits, within)
    for hit_start, hit_end in hits:
        start, end = max(0, hit_start - before), min(n, hit_end + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def hits_within(
    hits: Sequence[tuple[int, int]], within: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sorted ``hits`` whose start lies in one of the sorted, disjoint ``within``."""
    out = []
    k = 0
    for hit in hits:
        while k < len(within) and within[k][1] <= hit[0]:
            k += 1
        if k == len(within):
            break
        if within[k][0] <= hit[0]:
            out.append(hit)
    return out


class AnyCase:
    """A case-insensitive pattern that runs on the lower-cased text when it can.

    ``re`` tries an ``(?i)`` pattern more slowly than the same pattern without the
    flag on lower-cased text; the clause rules of ``extract`` run thousands of times
    per article. ``pattern`` must hold no upper-case letter and no case-sensitive part.
    """

    def __init__(self, pattern: str) -> None:
        letters = re.sub(r"\\.|\(\?P[<=]", "", pattern)  # escapes and group names aside
        if letters != letters.lower() or "(?-i" in pattern:
            raise ValueError("AnyCase patterns are written in lower case")
        self.pattern = pattern

    @cached_property
    def plain(self) -> re.Pattern[str]:
        """The pattern, for the lower-cased twin of a text.

        Compiled on first use, like ``any_case``: rules an article never reaches
        (gated out, or after an earlier rule decided) then cost nothing at start-up.
        """
        return rx.compile(self.pattern)

    @cached_property
    def any_case(self) -> re.Pattern[str]:
        """The pattern with ``re.IGNORECASE``, for texts without a folded twin.

        Compiled on first use: few texts need it, and compiling every rule twice
        was a tenth of the dashboard's start-up.
        """
        return rx.compile(self.pattern, re.IGNORECASE)

    def search(self, doc: Folded, pos: int, endpos: int) -> re.Match[str] | None:
        if doc.folded is None:
            return self.any_case.search(doc.text, pos, endpos)
        return self.plain.search(doc.folded, pos, endpos)

    def finditer(self, doc: Folded, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        if doc.folded is None:
            return self.any_case.finditer(doc.text, pos, endpos)
        return self.plain.finditer(doc.folded, pos, endpos)

    def match(self, doc: Folded, pos: int, endpos: int) -> re.Match[str] | None:
        if doc.folded is None:
            return self.any_case.match(doc.text, pos, endpos)
        return self.plain.match(doc.folded, pos, endpos)


class Folded:
    """A text with its ``fold_case`` twin (``None`` when lower-casing would move offsets).

    Matches found in the twin have the offsets of the text; read their words from
    ``text``, not from the match.
    """

    __slots__ = ("_gate_starts", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold_case(text)
        self._gate_starts: dict[Gate, list[int]] = {}

    def gate_in(self, gate: Gate, a: int, b: int) -> bool:
        """Whether a hit of ``gate`` starts in ``text[a:b]`` (hits found once per text)."""
        starts = self._gate_starts.get(gate)
        if starts is None:
            starts = self._gate_starts[gate] = [s for s, _ in gate.hits(self.text, self.folded)]
        k = bisect_left(starts, a)
        return k < len(starts) and starts[k] < b


class GatedAnyCase(AnyCase):
    """An ``AnyCase`` rule searched only in stretches that hold one of its gate words.

    Every match of the rule must contain one of ``words`` (a test checks each rule):
    a clause without them cannot match, and most clauses have none.
    """

    def __init__(self, pattern: str, words: str) -> None:
        super().__init__(pattern)
        self.gate = Gate(words, ignore_case=True)

    def search(self, doc: Folded, pos: int, endpos: int) -> re.Match[str] | None:
        if not doc.gate_in(self.gate, pos, endpos):
            return None
        return super().search(doc, pos, endpos)

    def finditer(self, doc: Folded, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        if not doc.gate_in(self.gate, pos, endpos):
            return iter(())
        return super().finditer(doc, pos, endpos)


# ---------------------------------------------------------------------------------
# Markup in scraped copy: "April 22&ndash;25", "1.5&nbsp;thousand", "<br>".

_ENTITY = rx.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = rx.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,400})?/?>", re.S)
# The marker of a note, after a word: "troops²", "October 2017 [4]". (A text without any
# of _NOTE_CHARS, found with str's fast search, has none: the look-behinds cost every
# position, and so does a regex class of non-ASCII characters.)
_NOTE_CHARS = "[¹²³⁴⁵⁶⁷⁸⁹⁰"
_NOTE_MARK = rx.compile(r"(?:(?<=\S)|(?<=\S )|(?<=\S\xa0))(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
# Tags that end a line of text; the others (b, i, a, span ...) sit inside one.
_BLOCK_TAG = rx.compile(
    r"</?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|hr)\b", re.I
)
# Decoded characters read as a plain space, or as nothing (soft hyphen, zero widths).
_AS_SPACE = dict.fromkeys("\xa0\u2002\u2003\u2009\u202f", " ")
_AS_NOTHING = dict.fromkeys("\xad\u200b\u200c\u200d\u2060", "")


def without_markup(text: str) -> tuple[str, list[int] | None] | None:
    """``text`` with HTML tags and note markers blanked and entities decoded, or None if
    it has none of them.

    Returns the plain text and, when decoding changed its length, ``origin``: for
    each offset of the plain text (and its end), the offset in ``text`` where that
    character came from, so spans found in the plain text map back to the words of
    the original. A tag becomes blanks of its own length, which keeps offsets:
    spaces, spaces and a line end for ``<br>``, line ends for a block such as ``<p>``.
    Hand-written because ``html.unescape`` keeps no offsets and an HTML parser drops
    the text's own layout.
    """
    has_tag = "<" in text and _TAG.search(text) is not None
    has_entity = "&" in text and _ENTITY.search(text) is not None
    has_note = any(c in text for c in _NOTE_CHARS) and _NOTE_MARK.search(text) is not None
    if not (has_tag or has_entity or has_note):
        return None
    if has_note:
        # "about 1,500 Tajik troops²", "in October 2017 [4]": a note's marker, not a word
        text = _NOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    if has_tag:

        def blank(m: re.Match[str]) -> str:
            tag = m.group()
            # Newlines inside a comment stay, so line-based rules keep their lines.
            spaces = re.sub(r"[^\n]", " ", tag)
            if not _BLOCK_TAG.match(tag):
                return spaces
            # a paragraph's tags become blank lines; a line break one line end
            return spaces[1:] + "\n" if tag[1:3].lower() == "br" else "\n" * len(tag)

        text = _TAG.sub(blank, text)
    if not has_entity:
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char == m.group():
            continue  # not an entity html knows: keep it as written
        char = _AS_SPACE.get(char, _AS_NOTHING.get(char, char))
        pieces.append(text[last : m.start()])
        origin.extend(range(last, m.start()))
        pieces.append(char)
        origin.extend([m.start()] * len(char))
        last = m.end()
    pieces.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(pieces), origin
