"""How many and what: troop and hardware counts, and types of equipment.

A count is a number followed, within a few modifier words, by a noun that says
what is counted: "around 1,500 troops", "a total of four thousand Tajik,
Belarusian, Kazakh and Armenian soldiers", "700 units of military hardware";
two nouns of one kind make one count ("400 sailors and marines").
Numbers may be digits ("1,500", "10 000", "1.500"), digits with a scale
("2.5 thousand", "1.5k", and with a decimal comma "1,5 thousand") or words
("four thousand", "twelve hundred", "a dozen").

Rules that keep counts honest (never invent a number):

* A number glued to a letter, hyphen or slash is part of a name, not a count:
  "T-72", "Su-25", "Tu-22M3", "201st", "Rubezh-2021", "1980s", "four-year".
* Vague amounts ("dozens of", "hundreds of", "several thousand") give nothing.
* A four-digit number from 1900 to 2099 written without a separator is a year
  unless a hedge word comes first ("in 2021 troops" is not a count; "some 2000
  troops" is). A number right after a month name is a day ("August 10 Russian
  troops").
* A range of two numbers before one noun ("1,000-1,200 servicemen") counts its top.
* A decimal without a scale word is a count only when it reads as a European
  thousands separator ("1.500 soldiers"); "2.5 troops" is nothing.
* A count of the dead, wounded or detained ("more than 200 people were killed",
  "killing 12 soldiers") and the standing size of a force ("the force numbers about
  18,000 troops", "the base has some 7,000 troops", "Tajikistan's army has about 9,000
  troops", "the flotilla operates around 50 vessels", "the air base hosts about 500
  personnel and 20 aircraft") count no forces at a drill; ``find_counts`` gives them,
  for the caller to leave out their materiel too. A force's count in a clause that
  tells of a drill is the drill's ("Russia's army has 9,000 troops taking part"), and
  so is a contingent's or a detachment's, which is sent to one ("the Kazakh contingent
  numbered 900"), unless it is posted somewhere ("Russia's contingent in Syria").
* Counts told one by one add up, as a count of their own: forces ("some 700 Russian
  and 300 Tajik servicemen") and materiel kind by kind ("some 20 aircraft and 60
  armoured vehicles"), but not a count of all the materiel and its parts ("500 pieces
  of military hardware and more than 20 aircraft").
* "people" and "men" count as troops only when their sentence is about the
  military (troops, drills, army, deployment...). "fighters" is never counted:
  in this corpus it mostly means militants or fighter aircraft.

The ``qualifier`` keeps the hedge as written ("around", "more than", "a total of").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dashboard import regex_cache as rx
from dashboard.model import Equipment, Quantity
from dashboard.text import AnyCase, Folded, Gate, fold_case, windows

# Number words -> value; "a"/"an" count as one only before a scale word (checked in the parser).
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Multipliers written as words; "dozen" multiplies like "hundred" ("two dozen" = 24).
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Short scale suffixes glued to digits or after them ("1.5k", "2 mln").
_SHORT_SCALES = {"k": 1_000, "mln": 1_000_000}
# Years are 1900-2099; an unhedged bare four-digit number in this range is read as a year.
YEAR_RANGE = (1900, 2099)
# Most words allowed between the number and the counted noun ("four thousand Tajik,
# Belarusian, Kazakh and Armenian soldiers" needs five).
MAX_MODIFIERS = 6

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# Hedges, longest first so "more than" is not read as a bare number.
_QUALIFIER = (
    r"(?i:a\s+total\s+of|in\s+excess\s+of|as\s+many\s+as|more\s+than|less\s+than|"
    r"fewer\s+than|upwards\s+of|close\s+to|up\s+to|at\s+least|just\s+over|just\s+under|"
    r"well\s+over|an\s+estimated|estimated|approximately|roughly|around|about|almost|"
    r"nearly|over|under|some|circa|approx\.)"
)
# Every number word, longest first so "seventeen" is not read as "seven".
_WORD = "|".join(sorted(list(_UNITS) + list(_SCALES), key=len, reverse=True))
# Tens and units, for hyphenated numbers ("twenty-five").
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT9 = "one|two|three|four|five|six|seven|eight|nine"
# One number word, allowing hyphenated tens ("twenty-five").
_NUMWORD = rf"(?:(?:{_TENS})[-\s](?:{_UNIT9})|{_WORD})"
# A run of number words: "four thousand", "two hundred and fifty", "a dozen".
# ("two and a half thousand": a half before a scale)
_WORDS = (
    rf"(?i:(?:an?\s+)?{_NUMWORD}(?:\s+and\s+a\s+half(?=\s+(?:thousand|million)\b))?"
    rf"(?:\s+(?:and\s+)?{_NUMWORD})*)"
)
# Digits with comma or (no-break) space thousands separators, or a decimal point.
_DIGITS = r"(?:\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
# A scale after digits: "2.5 thousand", "1.5k".
_SCALE_AFTER_DIGITS = r"(?:\s*(?i:thousand|million|mln)\b|(?i:k)\b)"
# A decimal comma before a scale word, as Russian copy writes it ("1,5 thousand" is
# 1,500): one or two digits after the comma, never three ("1,500 troops").
_DECIMAL_COMMA_SCALED = r"\d{1,3},\d{1,2}\s*(?i:thousand|million|mln)\b"
# Digits with their scale, if any.
_SCALED_DIGITS = rf"(?:{_DECIMAL_COMMA_SCALED}|{_DIGITS}{_SCALE_AFTER_DIGITS}?)"

# Adjectives that may sit between a number and its noun ("120 armoured vehicles").
_MODIFIER_WORDS = (
    "military|combat|armoured|armored|additional|extra|more|other|active|active-duty|elite|"
    "foreign|allied|regular|contract|airborne|motorised|motorized|mechanised|mechanized|"
    "special|heavy|light|new|modern|modernised|modernized|main|battle|fighting|support|"
    "transport|utility|attack|strike|armed|trained|fresh|reserve|naval|air|ground|army|"
    "tactical|multiple|self-propelled|towed|unmanned|reconnaissance|assault|infantry|"
    "anti-aircraft|air-defence|air-defense|rocket|missile|fighter|jet|cargo|wheeled|tracked"
)
# A capitalised word (demonym, model name), never a month or weekday (those are dates).
_CAPWORD = rf"(?!(?:{_MONTHS}|{_WEEKDAYS})\b)[A-Z][\w’'.-]*"
# One modifier: a listed adjective, a conjunction, or a capitalised word.
_MODIFIER = rf"(?:(?i:and|or|&|{_MODIFIER_WORDS})|{_CAPWORD})"

# Nouns that count people under arms; "military" only where it is clearly a noun.
_TROOP_NOUNS = (
    r"troops|troopers|soldiers|servicemen|servicewomen|servicemembers|service\s+members|"
    r"service\s+personnel|personnel(?!\s+carriers?)|paratroopers|marines|officers|sailors|"
    r"airmen|reservists|border\s+guards|commandos|special\s+forces|peacekeepers|conscripts|"
    r"cadets|infantrymen|gunners|crew\s+members|specialists|guardsmen|scouts|riflemen|snipers|"
    r"sappers|artillerymen|tankmen|crewmen|signallers|signalers|pilots|"
    r"military(?=\s*[,.;:)]|\s*$|\s+(?:and|or|from|were|are|will|took|take|have|had|who|to|in|at|on)\b)"
)
# Nouns that count people only in a military sentence.
_GATED_NOUNS = r"people|men"
# Nouns that count materiel.
_HARDWARE_NOUNS = (
    # "units of military and special hardware"
    r"(?:units|pieces|items)\s+of\s+(?:(?:military|special|combat|army|armou?red|wheeled|tracked|"
    r"motor)\s+(?:and\s+)?){0,3}"
    # ("60 units of armoured vehicles", "50 units of armour and artillery")
    r"(?:hardware|equipment|weaponry|weapons|armament|materiel|machinery|armou?r|vehicles|"
    # ("150 units of military and special technique": the word in translated copy)
    # "about 300 units of WME": the abbreviations of translated ministry copy
    r"artillery|aircraft|technique|technics|WME|W&ME|AME|AMSE|MSE)|"
    r"(?:(?:weapons|arms)\s+and\s+)?(?:hardware|equipment|weapons)\s+(?:units|items|pieces)|"
    r"armou?red\s+personnel\s+carriers|personnel\s+carriers|APCs|"
    r"vehicles|tanks|aircraft|airplanes|planes|warplanes|jets|helicopters|choppers|gunships|"
    r"drones|UAVs|bombers|warships|ships|vessels|boats|submarines|launchers|howitzers|"
    r"artillery\s+pieces|artillery\s+systems|guns|mortars|missile\s+systems|systems|trucks"
)

# Hedge, number, up to MAX_MODIFIERS modifiers and the noun (or "N-strong force").
_COUNT = rx.compile(
    rf"(?:(?<!\w)(?P<qual>{_QUALIFIER})\s+)?"
    # (";": "1&nbsp;200" is one number written with an HTML entity, not 200; a dash
    # after a digit is a range, "1,000-1,200 servicemen", whose top is the count)
    rf"(?:(?<![\w.,/#№$€£:;–-])|(?<=\d[-–]))(?P<num>{_SCALED_DIGITS}|{_WORDS})"
    r"(?![\w%]|[.,:]\d|[-–](?!strong\b)\w)"
    r"(?:\s+or\s+so\b)?"  # "four hundred or so reservists"
    rf"(?:\s+(?P<mods>(?:{_MODIFIER}\s*,?\s+){{0,{MAX_MODIFIERS}}})"
    rf"(?P<noun>(?i:{_HARDWARE_NOUNS})|(?i:{_TROOP_NOUNS})|(?i:{_GATED_NOUNS}))\b"
    # a second noun of the same count: "400 sailors and marines", "20 aircraft and
    # helicopters" (the same kind as the first: find_quantities checks)
    rf"(?:\s+(?i:and|&)\s+(?:(?i:{_MODIFIER_WORDS})\s+){{0,2}}"
    rf"(?P<also>(?i:{_HARDWARE_NOUNS})|(?i:{_TROOP_NOUNS}))\b)?"
    rf"|(?P<strong>\s*[-–]?\s*strong\s+(?i:force|contingent|group|grouping|unit|detachment|"
    r"battalion|brigade|regiment|division|company|formation|team|squadron|corps|garrison|"
    r"battle\s*group|task\s+force|army)s?\b))"
)
# Which nouns make a troop count (everything else is hardware).
_TROOP_NOUN_RE = rx.compile(rf"(?i:{_TROOP_NOUNS}|{_GATED_NOUNS})")
# Which nouns need a military sentence.
_GATED_RE = rx.compile(rf"(?i:{_GATED_NOUNS})")
# A month right before the number: the number is a day.
_MONTH_BEFORE = rx.compile(
    rf"\b(?:{_MONTHS})\.?\s+(?:of\s+)?(?:\d{{1,2}}[-–])?$"  # "August 5-10 troops": days
)
# A count of casualties or detainees: the verb after it ("200 people were killed") or
# before it ("killing 12 soldiers").
_CASUALTIES_AFTER = rx.compile(
    r"\s+(?:were\s+|was\s+|are\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+)?"
    r"(?:killed|dead|died|wounded|injured|hurt|missing|arrested|detained|captured|"
    r"taken\s+prisoner)\b",
    re.I,
)
# Before a count (its hedge included): casualties, or the standing size of a force.
# ("\b(?=[...])": a look at the first letter of a word, which lets the regex engine
# leave at once the words no match opens; see _ANY_TRIGGER_FLAT in dashboard/extract.py)
_NOT_AT_A_DRILL_BEFORE = rx.compile(
    r"\b(?=[b-dg-iklnstw])(?:killing|killed|wounding|wounded|injuring|injured|lives\s+of|deaths\s+of|"
    # ("a total strength of 1,500 servicemen" is the drill's count)
    r"staffed\s+by|(?<!total\s)(?<!combined\s)(?<!overall\s)strength\s+of|"
    r"garrison\s+of|home\s+to|houses|housing|"
    r"(?:which|that|it)\s+(?:has|had|have)|(?:base|bases|garrison)\s+(?:has|had|have)|"
    r"(?:base|bases|garrison),\s+whose)\s+$",
    re.I,
)
# A verb of a force's size before a count: "the force numbers about 18,000 troops" is the
# force's standing size, unless its clause tells of a drill ("a contingent numbering some
# 1,500 servicemen is taking part", "the group in the exercise totals 3,000 troops").
_SIZE_VERB_BEFORE = rx.compile(
    r"\b(?:numbers|numbered|numbering|totals|totalled|totaled|comprises|comprising|"
    # (the qualifier too, where a count is read from its number: "numbers about 5,000")
    r"consists\s+of)\s+(?:(?:some|about|around|nearly|almost|over|roughly|more\s+than)\s+)?$",
    re.I,
)
# "its 201st military base in Tajikistan, with about 7,000 personnel": the base's size.
_BASE_WITH = rx.compile(
    r"\b(?:base|bases|garrison|garrisons)\b[^.;\d]{0,30}?,?\s+(?:with|housing|hosting)\s+$",
    re.I,
)
# "Russia has about 7,000 troops at the base", "keeps 1,500 soldiers stationed there".
_HAS_BEFORE = rx.compile(r"\b(?:has|have|had|keeps|keep|maintains|maintain)\s+$", re.I)
_STATIONED_AFTER = rx.compile(
    r"\s+(?:(?:permanently\s+)?(?:stationed|based|garrisoned)|"
    r"(?:at|in)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:base|bases|garrisons?))\b",
    re.I,
)
# A standing force and a verb of having, right before a count: "Tajikistan's army has
# about 9,000 troops", "Kazakhstan's armed forces have about 39,000 active personnel",
# "The Caspian Flotilla, based in Astrakhan, operates around 50 vessels", "Russia's Kant
# air base hosts about 500 personnel", "Tajikistan has an army of about 9,000 troops":
# the force's own size. ("Kazakhstan hosts 2,000 troops" is a drill's: hosting is a
# size only for a base.)
_FORCE_HAS = rx.compile(
    r"\b(?=[abfhmnw])(?:army|armies|armed\s+forces|navy|navies|fleets?|flotillas?|air\s+forces?|bases?)"
    r"(?:\s*,[^,.;:!?]{1,60},)?\s+(?:(?:now|currently|still|also|reportedly|only)\s+)?"
    r"(?:has|have|had|operates|operate|operated|hosts|host|hosted|houses|house|housed|"
    r"maintains|maintain|possesses|possess|boasts|boast)\s+$|"
    r"\b(?:has|have|had|with|maintains|maintain|boasts|boast)\s+an?\s+(?:[a-z]+\s+)?"
    r"(?:army|navy|fleet|flotilla|air\s+force)\s+of\s+$",
    re.I,
)
# How far before a count _FORCE_HAS may begin ("The Caspian Flotilla, based in Astrakhan
# and Makhachkala, operates " is 64 characters).
FORCE_REACH = 120
# ... unless its clause tells of a drill: "Russia's army has 9,000 troops in the exercise"
_DRILL_WORD = rx.compile(
    r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s*games?|(?:take|takes|taking|took)"
    r"\s+part|participat\w*|involv\w*)\b",
    re.I,
)
# Where a clause begins or ends, for _DRILL_WORD.
_CLAUSE_EDGE = rx.compile(r"[.!?](?=\s)|[;\n]|,\s+(?:and|but|while|whereas)\b", re.I)


# A force sent to something, a drill or a mission, and where it is posted for good
# ("Russia's contingent in Syria numbers about 5,000": a standing size).
_SENT_FORCE = rx.compile(r"\b(?:contingent|detachment)s?\b", re.IGNORECASE)
_POSTED_IN = rx.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")


def _force_size(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` is the standing size of a force
    (``_FORCE_HAS`` or ``_SIZE_VERB_BEFORE``) in a clause that tells of no drill, and not
    of a contingent or detachment (sent to a drill) unless one posted somewhere."""
    has = _FORCE_HAS.search(text, max(0, start - FORCE_REACH), start) or _SIZE_VERB_BEFORE.search(
        text, max(0, start - 30), start
    )
    if has is None:
        return False
    lo = max(0, has.start() - 200)
    for edge in _CLAUSE_EDGE.finditer(text, lo, has.start()):
        lo = edge.end()
    if _SENT_FORCE.search(text, lo, has.start()) and not _POSTED_IN.search(text, lo, has.start()):
        return False  # a contingent is sent to a drill: "the Kazakh contingent numbered 900"
    after = _CLAUSE_EDGE.search(text, end)
    hi = after.start() if after else len(text)
    return not (_DRILL_WORD.search(text, lo, has.start()) or _DRILL_WORD.search(text, end, hi))


# Words that show a sentence is about the military, for "people" and "men".
_MILITARY_CONTEXT = rx.compile(
    r"\b(?:troops?|military|army|armed\s+forces|drills?|exercises?|war\s*games?|"
    r"manoeuvres?|maneuvers?|soldiers?|servicemen|defen[cs]e|deploy\w*|contingent|"
    r"battalions?|brigades?|regiments?|combat|training\s+ground|"
    # ("It involved about 1,000 people and 300 pieces of equipment")
    r"pieces\s+of\s+(?:military\s+)?(?:equipment|hardware)|weapons|armou?red)\b",
    re.IGNORECASE,
)
# Rough sentence ends, enough to scope the "people"/"men" context check.
_SENTENCE_END = rx.compile(r"[.!?](?=\s)|\n")


def _parse_words(phrase: str) -> int | None:
    """Value of a number written in words, or None when it is not a well-formed count."""
    tokens = re.findall(r"[a-z]+", phrase.lower())
    total = current = 0
    seen_number = False
    for i, token in enumerate(tokens):
        if token in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] == "half":
            continue  # "two and a half thousand"
        if token == "half":
            if not current:
                return None
            current += 0.5
        elif token in ("a", "an"):
            # "a thousand" is 1,000; a bare "a" before a unit is no number.
            if i + 1 >= len(tokens) or tokens[i + 1] not in _SCALES:
                return None
            current = 1
        elif token == "and":
            continue
        elif token in _UNITS:
            current += _UNITS[token]
            seen_number = True
        elif token in ("hundred", "dozen"):
            if not current:
                return None
            current *= _SCALES[token]
            seen_number = True
        elif token in ("thousand", "million"):
            if not current:
                return None
            total += current * _SCALES[token]
            current = 0
            seen_number = True
    value = total + current
    return int(value) if seen_number and value > 0 and value == int(value) else None


def _parse_number(raw: str) -> int | None:
    """Value of the number as written (digits, digits with scale, or words)."""
    raw = raw.strip()
    if not raw[0].isdigit():
        return _parse_words(raw)
    m = re.match(r"([\d,.\u00a0\u202f\u2009 ]*\d)\s*([A-Za-z]*)$", raw)
    if not m:
        return None
    digits, scale_word = m.group(1), m.group(2).lower()
    scale = _SCALES.get(scale_word) or _SHORT_SCALES.get(scale_word) or 1
    if scale_word and scale == 1:
        return None
    if scale > 1 and re.fullmatch(r"\d{1,3},\d{1,2}", digits):
        digits = digits.replace(",", ".")  # "1,5 thousand": a decimal comma
    if "." in digits and scale == 1:
        whole, _, frac = digits.partition(".")
        # "1.500 soldiers": a European thousands separator; a fractional soldier is nonsense.
        if len(frac) != 3 or "," in digits:
            return None
        digits = whole + frac
    cleaned = re.sub(r"[,\u00a0\u202f\u2009 ]", "", digits)
    try:
        return round(float(cleaned) * scale)
    except ValueError:
        return None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (rough: split on . ! ? and line breaks)."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right_m = _SENTENCE_END.search(text, end)
    return text[left : right_m.start() if right_m else len(text)]


# Where a count's number can begin: digits, or a number word at the start of a word
# (matched in the lower-cased text). _number_starts finds the same places faster.
_NUMBER_HIT = rx.compile(rf"\d+|(?<![a-z])(?:{_WORD})")
_DIGIT_RUN = rx.compile(r"\d+")
_NUMBER_WORD_GATE = Gate(_WORD, ignore_case=True)


def _number_starts(folded: str) -> list[int]:
    """Starts of the hits of ``_NUMBER_HIT`` in ``folded``, in order.

    Number words come from the shared gate pass (``text.Gate``); one inside a longer
    word ("one" in "money") is dropped, as the look-behind drops it, and one inside a
    longer number word ("seven" in "seventeen") starts where that word does.
    """
    starts = {m.start() for m in _DIGIT_RUN.finditer(folded)}
    for at, _ in _NUMBER_WORD_GATE.hits(folded, folded):
        if at == 0 or not ("a" <= folded[at - 1] <= "z"):
            starts.add(at)
    return sorted(starts)


# What may stand between a count's first character and its first number: a hedge and
# "a"/"an" ("about a thousand troops"). Searched backwards from the number, up to
# _LEAD_REACH characters; the longest hedge with its spaces is about 20.
_LEAD = rx.compile(rf"(?<!\w)(?:{_QUALIFIER}\s+)?(?i:an?\s+)?\Z")
_A_LEAD = rx.compile(r"(?<!\w)(?i:an?\s+)\Z")
_LEAD_REACH = 40


def _counts(text: str, folded: str | None) -> Iterator[re.Match[str]]:
    """The matches ``_COUNT.finditer(text)`` yields, found faster.

    Every count holds a number, so instead of trying ``_COUNT`` at every character
    (most of the cost of this module) it is tried only where a count could start for
    each number: at its hedge, at its "a"/"an", or at the number itself, leftmost
    first, as ``finditer`` would. A test checks the two agree on generated and real
    articles. (Only a hedge separated from its number by more than about 20 spaces
    would be missed; the count itself is still found.)
    """
    if folded is None:
        yield from _COUNT.finditer(text)
        return
    done = 0  # where the last match ended: finditer never looks back past it
    for p in _number_starts(folded):
        if p < done:
            continue
        starts = [p]
        if p > done and text[p - 1].isspace():
            lo = max(done, p - _LEAD_REACH)
            lead = _LEAD.search(text, lo, p)
            if lead is not None and lead.start() < p:
                starts.insert(0, lead.start())
                a = _A_LEAD.search(text, lead.start(), p)
                if a is not None and lead.start() < a.start() < p:
                    starts.insert(1, a.start())
        for start in starts:
            m = _COUNT.match(text, start)
            if m is not None:
                done = m.end()
                yield m
                break


def find_quantities(text: str, *, offset: int = 0) -> list[Quantity]:
    """Troop and hardware counts in ``text``, in reading order.

    ``kind`` is ``troops`` for people (troops, soldiers, personnel, "a 1,500-strong
    force") and ``hardware`` for materiel (vehicles, tanks, aircraft, "units of
    military hardware"). ``text`` of each result runs from the hedge word (if any)
    to the counted noun, and ``start``/``end`` are ``offset`` plus positions in
    ``text``. Vague amounts and numbers that belong to names, dates or years are
    left out; see the module docstring.
    """
    return find_counts(text, offset=offset)[0]


def find_counts(text: str, *, offset: int = 0) -> tuple[list[Quantity], list[Quantity]]:
    """``find_quantities(text)``, and the counts it leaves out as no forces at a drill:
    the dead, the held and the standing size of a force ("The Tajik air force operates
    about 30 aircraft"), whose materiel is no drill's either."""
    found: list[Quantity] = []
    left_out: list[Quantity] = []
    folded = fold_case(text)
    for m in _counts(text, folded):
        num_raw = m.group("num")
        value = _parse_number(num_raw)
        if value is None:
            continue
        qualifier = m.group("qual") or ""
        if _MONTH_BEFORE.search(text[max(0, m.start("num") - 15) : m.start("num")]):
            continue
        if _a_year(num_raw, value, qualifier):
            continue
        end = m.end()
        also = m.group("also")
        if also and bool(_TROOP_NOUN_RE.fullmatch(also)) != bool(
            _TROOP_NOUN_RE.fullmatch(m.group("noun"))
        ):
            end = m.end("noun")  # "1,500 troops and vehicles": two counts' nouns, not one's
        if m.group("strong"):
            kind = "troops"
        else:
            noun = m.group("noun")
            if _GATED_RE.fullmatch(noun) and not _MILITARY_CONTEXT.search(
                _sentence(text, m.start(), m.end())
            ):
                continue
            kind = "troops" if _TROOP_NOUN_RE.fullmatch(noun) else "hardware"
        q = Quantity(
            kind=kind,
            value=value,
            qualifier=qualifier,
            text=text[m.start() : end],
            start=m.start() + offset,
            end=end + offset,
        )
        before = text[max(0, m.start() - 30) : m.start()]
        if (
            _CASUALTIES_AFTER.match(text, end)
            or _NOT_AT_A_DRILL_BEFORE.search(before)
            or (_HAS_BEFORE.search(before) and _STATIONED_AFTER.match(text, end))
            or _BASE_WITH.search(text, max(0, m.start() - 45), m.start())
            or _force_size(text, m.start(), end)
            # ("the base hosts about 500 personnel and 20 aircraft": the size goes on)
            or (left_out and _KIT_SEP.fullmatch(text, left_out[-1].end - offset, m.start()))
        ):
            left_out.append(q)
            continue
        found.append(q)
    if found:
        kit = _kit_totals(text, offset, found)
        found = _with_list_totals(text, offset, found)
        if kit:
            found = sorted(found + kit, key=lambda q: (q.start, -q.end))
    # (the words of both rules, found in the pass the extractor's gates share)
    hits = _RARE_COUNT_WORDS.hits(text, folded)
    if hits and (
        starts := [
            (s, word)
            for s, e in hits
            if (word := (folded or text)[s:e].lower()) in _NOUN_FIRST_OR_FORCE_WORDS
        ]
    ):
        found = _noun_first(text, offset, found, starts)
    if found and any((folded or text)[s:e].lower() in _TAKEN_BACK_WORDS for s, e in hits):
        # "An earlier version of this article said 2,000 troops would take part":
        # a count taken back
        found = [
            q
            for q in found
            if not _TAKEN_BACK.search(_sentence(text, q.start - offset, q.end - offset))
        ]
    return found, left_out


# Counts of several forces told as one list, each by its people ("some 700 Russian and
# 300 Tajik servicemen") or its country ("550 servicemen from Russia, 300 from Tajikistan
# and 150 from Kazakhstan", "Russia sent 550 servicemen, Tajikistan 300 and Kazakhstan
# 150"): the list's total is a count of its own.
_LIST_SEP = r"(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
_NUM_AT = rf"(?:(?P<qual>{_QUALIFIER})\s+)?(?<![\w.,/#№$€£:;–-])(?P<num>{_DIGITS}|{_WORDS})"
# before a count: "700 Russian and " (each number with its people)
_PEOPLE_BEFORE = rx.compile(rf"{_NUM_AT}\s+(?P<who>{_CAPWORD}){_LIST_SEP}$")
# after a count: " from Russia, 300 from Tajikistan" (each number from its country)
_FROM_WHOM = r"\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_FROM_AFTER = rx.compile(
    rf"(?={_FROM_WHOM}{_LIST_SEP}){_FROM_WHOM}{_LIST_SEP}{_NUM_AT}(?={_FROM_WHOM})"
)
_PEOPLE_COUNT = rx.compile(rf"^(?:{_QUALIFIER}\s+)?(?:{_DIGITS}|{_WORDS})\s+{_CAPWORD}")
# after a count, each next force by its name and a bare number: "Russia sent 1,000 troops,
# Kyrgyzstan 300 and Kazakhstan 500" (the noun told once). A number followed by a word is
# no part of such a list ("..., Kyrgyzstan 300 vehicles" is a count of its own).
_NAMED_AFTER = rx.compile(
    rf"{_LIST_SEP}(?:the\s+)?(?P<who>{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}})\s+{_NUM_AT}"
    rf"(?={_LIST_SEP}(?:the\s+)?{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}\s+(?:{_QUALIFIER}\s+)?"
    rf"(?:\d|{_WORDS})|\s*(?:[.;:)]|$))"
)
# Before such a list's first count, in its clause: the force that sent it ("Russia sent").
_NAMED_FIRST = rx.compile(rf"(?:^|[.;:]\s+|,\s+)(?:the\s+)?{_CAPWORD}[^,.;:]{{0,40}}$")


def _a_year(raw: str, value: int, qualifier: str | None) -> bool:
    """Whether a number as written reads as a year (four bare digits, no hedge)."""
    return (
        raw.isdigit()
        and len(raw) == 4
        and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]
        and not qualifier
    )


def _with_list_totals(text: str, offset: int, found: list[Quantity]) -> list[Quantity]:
    """``found`` and the totals of the lists of troop counts in it, in reading order."""
    totals = []
    for q in found:
        if q.kind != "troops":
            continue
        start, end = q.start - offset, q.end - offset
        values = [q.value]
        first, qualifier = start, q.qualifier
        if _PEOPLE_COUNT.match(q.text):
            # "some 700 Russian, 300 Tajik and 150 Kazakh servicemen": back to the first
            while m := _PEOPLE_BEFORE.search(text, max(0, first - 60), first):
                value = _parse_number(m.group("num"))
                if value is None:
                    break
                values.append(value)
                first, qualifier = m.start(), m.group("qual") or ""
        last = end
        while m := _FROM_AFTER.match(text, last):
            value = _parse_number(m.group("num"))
            if value is None:
                break
            values.append(value)
            last = m.end()
        if len(values) == 1 and _NAMED_FIRST.search(text, max(0, start - 60), start):
            while m := _NAMED_AFTER.match(text, last):
                value = _parse_number(m.group("num"))
                if value is None or _a_year(m.group("num"), value, m.group("qual")):
                    break  # ("..., Rubezh 2021": a name and its year)
                values.append(value)
                last = m.end()
        if len(values) > 1:
            totals.append(
                Quantity(
                    kind="troops",
                    value=sum(values),
                    qualifier=qualifier,
                    text=text[first:last],
                    start=first + offset,
                    end=last + offset,
                )
            )
    if not totals:
        return found
    return sorted(found + totals, key=lambda q: (q.start, -q.end))


# Counts of materiel told kind by kind in one list ("some 20 aircraft and 60 armoured
# vehicles", "20 aircraft, 60 armoured vehicles and 10 drones", "20 aircraft and
# helicopters took part, along with 60 armoured vehicles"): the list's total is a count
# of its own, as the total of a list of forces is. A count of troops may stand in the
# list ("20 aircraft, 1,500 troops and 60 vehicles").
_KIT_SEP = rx.compile(
    # ("20 aircraft and helicopters, including Z-10 attack helicopters, took part": the
    # kinds of the count before, told without a number)
    r"(?:,\s+(?:including|among\s+them|such\s+as)\b[^,.;:]{1,80}(?=,))?"
    r"(?:,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+|"
    # ("... took part, along with 60 armoured vehicles")
    r",?(?:\s+[a-z]+){0,4},?\s+(?:along\s+with|together\s+with|as\s+well\s+as|alongside|plus)\s+)"
)
# A count of all the materiel ("500 pieces of military hardware"): the other counts of
# its list are among it, not added to it.
_ALL_KIT = rx.compile(
    r"\b(?:hardware|equipment|weaponry|weapons|armament|materiel|machinery|technique|"
    r"technics|WME|W&ME|AME|AMSE|MSE)\b",
    re.I,
)


def _kit_totals(text: str, offset: int, found: list[Quantity]) -> list[Quantity]:
    """The totals of the lists of materiel counts in ``found`` (one list per run of
    counts joined by ``_KIT_SEP``), when a list holds two or more and none of all the
    materiel."""
    totals = []
    run: list[Quantity] = []
    for k, q in enumerate(found):
        if q.kind == "hardware":
            run.append(q)
        after = found[k + 1] if k + 1 < len(found) else None
        if after is not None and _KIT_SEP.fullmatch(text, q.end - offset, after.start - offset):
            continue
        if len(run) > 1 and not any(_ALL_KIT.search(x.text) for x in run):
            first, last = run[0], run[-1]
            totals.append(
                Quantity(
                    kind="hardware",
                    value=sum(x.value for x in run),
                    qualifier=first.qualifier,
                    text=text[first.start - offset : last.end - offset],
                    start=first.start,
                    end=last.end,
                )
            )
        run = []
    return totals


_TAKEN_BACK_WORDS = frozenset({"version", "incorrectly", "erroneously", "wrongly", "mistakenly"})
_TAKEN_BACK = rx.compile(
    r"\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\b|"
    r"\b(?:incorrectly|erroneously|wrongly|mistakenly)\b",
    re.I,
)


# The noun told first: "put the number of personnel at around 2,500", "the amount of
# equipment was 800 units", "the strength of the contingent involved is 300 troops".
_NOUN_FIRST_WORDS = frozenset({"number", "amount", "strength", "size"})
# A force named by its noun, then a bare number: "the Kazakh contingent numbered 900",
# "Kazakhstan sent a contingent of 300", "a Russian force of some 1,500".
_FORCE_WORDS = frozenset({"contingent", "detachment", "force", "group"})
_NOUN_FIRST_OR_FORCE_WORDS = _NOUN_FIRST_WORDS | _FORCE_WORDS
_RARE_COUNT_WORDS = Gate(
    "number|amount|strength|size|version|incorrectly|erroneously|wrongly|mistakenly|"
    "contingent|detachment|force|group",
    ignore_case=True,
)
_FORCE_COUNT = rx.compile(
    r"(?<![\w-])(?i:(?P<noun>contingent|detachment|force|group)(?:\s+(?P<of>of)|"
    # ("the Tajik contingent taking part in the exercise numbers 450": the clause between)
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:numbering|numbered|numbers|totalling|totaling|totalled|totaled|"
    r"totals))\s+)"
    rf"(?:(?P<qual>{_QUALIFIER})\s+)?(?P<num>{_SCALED_DIGITS}|{_WORDS})"
    # The number ends the phrase: "a group of 12 countries", "a force of 300 tanks" count
    # other things (the tanks as a count of their own).
    r"(?![\w%]|[.,:]\d|[-–]\w)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?i:to|in|at|from|for|and|while|with|on|is|was|were|are|will|"
    r"has|had|have|took|take|takes|taking|arrived|joined)\b)"
)
_NOUN_FIRST = rx.compile(
    r"(?i:(?:number|amount|strength|size)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)"
    rf"(?P<noun>(?i:{_TROOP_NOUNS}|participants|hardware|equipment|weapons|weaponry|vehicles|"
    r"armou?r|aircraft))\b"
    r"(?i:\s+(?:involved|taking\s+part|participating|deployed|engaged))?"
    r"\s+(?i:at|to|(?:is|was|are|were|will\s+be|stood|stands|reached|reaches|totals?|totalled|"
    r"totaled|exceeds?|exceeded)(?:\s+at)?)\s+"
    rf"(?:(?P<qual>{_QUALIFIER})\s+)?(?P<num>{_SCALED_DIGITS}|{_WORDS})"
    r"(?![\w%]|[.,:]\d|[-–]\w)(?:\s+(?i:units|pieces|items))?"
)


# "Russian state media put the number at more than 3,000": a head count with its noun
# left out, told by the one who counts.
_NUMBER_AT = rx.compile(
    rf"(?i:number)\s+(?i:at)\s+(?:(?P<qual>{_QUALIFIER})\s+)?"
    rf"(?P<num>{_SCALED_DIGITS}|{_WORDS})(?![\w%]|[.,:]\d|[-–]\w)"
)
_COUNTED_BY = rx.compile(
    r"\b(?:put|puts|putting|placed|places|estimated|estimates|gave|gives)\s+"
    r"(?:the|their|its)\s+$",
    re.I,
)


def _bare_force_count(text: str, m: re.Match[str]) -> bool:
    """Whether ``_FORCE_COUNT``'s match is the head count of a force at a drill: in a
    military sentence, and when told by a verb of size, not the standing size of a force
    in a clause that tells of no drill ("the group numbers about 7,000"), as for a count
    with its noun (see ``_force_size``)."""
    if not _MILITARY_CONTEXT.search(_sentence(text, m.start(), m.end())):
        return False
    return bool(m.group("of")) or not _force_size(text, m.start("num"), m.end())


def _noun_first(
    text: str, offset: int, found: list[Quantity], starts: list[tuple[int, str]]
) -> list[Quantity]:
    """``found`` with the counts told noun first, in reading order; none that overlaps
    a count already found. ``starts`` are the gate words' positions and the words."""
    extra = []
    for at, word in starts:
        if word in _FORCE_WORDS:
            m = _FORCE_COUNT.match(text, at)
            if m is None or not _bare_force_count(text, m):
                continue
        else:
            m = _NOUN_FIRST.match(text, at)
            if m is None and _COUNTED_BY.search(text, max(0, at - 20), at):
                m = _NUMBER_AT.match(text, at)
        if m is None:
            continue
        value = _parse_number(m.group("num"))
        start, end = m.start() + offset, m.end() + offset
        if value is None or any(q.start < end and start < q.end for q in found):
            continue
        noun = (m.groupdict().get("noun") or "troops").lower()
        troops = _TROOP_NOUN_RE.fullmatch(noun) or noun in ("participants", *_FORCE_WORDS)
        extra.append(
            Quantity(
                kind="troops" if troops else "hardware",
                value=value,
                qualifier=m.group("qual") or "",
                text=m.group(0),
                start=start,
                end=end,
            )
        )
    return sorted(found + extra, key=lambda q: q.start) if extra else found


# Model designations: a family prefix, a hyphen and a number, with an optional variant
# suffix ("Su-25SM", "Tu-22M3", "T-72B3", "BM-21"). Prefixes are case-sensitive.
_MODEL_PREFIXES = (
    "MiG|Su|Mi|Ka|Tu|Yak|Il|An|T|BTR|BMP|BMD|BRDM|S|BM|TOS|Kh|L|J|F|AH|UH|CH|MQ|RQ|Orlan|Forpost|"
    # Chinese types seen in Central Asian drills ("Z-10 attack helicopters", "PCL-181")
    "Z|PCL|PHL|PLZ|ZBL|ZBD|ZTZ|ZTQ|HQ|WZ"
)
# Named systems, written as proper nouns, with an optional variant suffix ("Iskander-M").
_NAMED_SYSTEMS = (
    "Grad|Uragan|Smerch|Iskander|Tor|Pantsir|Buk|Osa|Kornet|Msta|Akatsiya|Gvozdika|Tigr|"
    "Bayraktar|Solntsepyok|Strela|Igla|Shilka|Tornado|MT-LB"
)
# Model families whose normalised name carries the generic type ("T-72" -> "T-72 tank").
_FAMILY_TYPES = {"T": "tank"}
# Generic equipment words (lower case, singular or plural) -> normalised type.
_GENERIC_TYPES = (
    (r"fighter\s+jets?|fighter\s+aircraft|fighter\s+planes?|jet\s+fighters?", "fighter jet"),
    (
        r"(?:multiple\s+)?rocket\s+launchers?|multiple\s+launch\s+rocket\s+systems?|MLRS",
        "rocket launcher",
    ),
    (r"armou?red\s+personnel\s+carriers?|APCs?", "armoured personnel carrier"),
    (r"infantry\s+fighting\s+vehicles?|IFVs?", "infantry fighting vehicle"),
    (r"armou?red\s+vehicles?", "armoured vehicle"),
    (r"combat\s+vehicles?", "combat vehicle"),
    (
        r"attack\s+helicopters?|helicopter\s+gunships?|helicopters?|choppers?|gunships?",
        "helicopter",
    ),
    (r"unmanned\s+aerial\s+vehicles?|drones?|UAVs?", "UAV"),
    (r"(?:strategic\s+)?bombers?", "bomber"),
    (r"howitzers?", "howitzer"),
    (r"artillery(?:\s+(?:pieces|guns|systems))?", "artillery"),
    (r"mortars?", "mortar"),
    (r"warships?|naval\s+vessels?", "warship"),
    (r"submarines?", "submarine"),
    # ("Aviation of the Kant air base will support the troops"; not civil aviation)
    (r"(?:war)?planes?|aircraft|airplanes?|(?<!civil\s)aviation", "aircraft"),
    (r"tanks?", "tank"),
)  # fmt: skip
# Generic words that could follow a model name and belong to its mention ("T-72 tanks").
_FOLLOWING_NOUN = (
    r"(?:\s+(?:main\s+battle\s+|battle\s+|attack\s+|multiple\s+)?(?:tanks?|jets?|aircraft|"
    r"helicopters?|gunships?|fighter\s+jets?|fighters?|bombers?|planes?|vehicles?|"
    r"rocket\s+launchers?|launchers?|"
    r"systems?|complex(?:es)?|drones?|UAVs?|howitzers?|armou?red\s+vehicles?|"
    r"armou?red\s+personnel\s+carriers?|infantry\s+fighting\s+vehicles?))?"
)
# A model designation or named system, with the generic noun that may follow it.
# (Every match opens a word: "\b(?=[...])" before the look-behind lets the regex engine
# skip to the words it may open on, instead of looking behind at every character.)
_MODEL_RE = rx.compile(
    rf"\b(?=[A-CF-MOPR-UWYZ])(?<![\w-])(?:(?P<family>{_MODEL_PREFIXES})-\d+[A-Za-z0-9]*(?:-[A-Z0-9]+)?"
    rf"|(?P<named>(?:{_NAMED_SYSTEMS})(?:-[A-Z0-9]+)?))(?![\w-])"
    rf"(?P<tail>(?i:{_FOLLOWING_NOUN}))"
)
# Every model holds a hyphen and a digit ("Su-25") or a system's name; _MODEL_RE runs only
# around these, reaching at most _MODEL_REACH_BEFORE characters before them (the longest
# family prefix) and _MODEL_REACH_AFTER after (variant suffix and generic noun). The gate
# starts with a literal in every branch, so the regex engine skips to candidates quickly.
_MODEL_GATE = Gate(rf"-[0-9]|{_NAMED_SYSTEMS}", ignore_case=False)
_MODEL_REACH_BEFORE = 10
_MODEL_REACH_AFTER = 120
# "think tank", "fuel tank", "water tank": tanks that are not armour.
_NOT_ARMOUR_BEFORE = rx.compile(
    r"\b(?:think|fuel|water|oil|storage|septic|gas)[\s-]+$", re.IGNORECASE
)
# Generic types written as acronyms (lower case, without plural s).
_ACRONYMS = ("apc", "uav", "ifv", "mlr")
# All generic types in one pattern; the group that matched names the type.
_GENERIC_PATTERN = (
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<g{i}>{pattern.lower()})" for i, (pattern, _) in enumerate(_GENERIC_TYPES))
    + r")(?![\w-])"
)
_GENERIC_RE = rx.compile(_GENERIC_PATTERN, re.IGNORECASE)
# Every generic type holds one of these words; _GENERIC_RE runs only around them, in the
# lower-cased text. No type reaches further than _GENERIC_REACH characters from its word
# ("multiple launch rocket systems" is the longest).
_GENERIC_GATE = Gate(
    "fighter|rocket|mlrs|armo|apc|infantry|ifv|combat|helicopter|chopper|gunship|unmanned|"
    "drone|uav|bomber|howitzer|artillery|mortar|warship|naval|submarine|plane|aircraft|tank|"
    "aviation",
    ignore_case=True,
)
_GENERIC_FOLDED = AnyCase(_GENERIC_PATTERN)
_GENERIC_REACH = 60
# The branches of _GENERIC_PATTERN in its order, without its groups and each opening on a
# letter ("(?:war)?planes?" is "warplanes?|planes?"): the regex engine passes over a branch
# whose first letter differs without entering it, where it enters every group at every
# word. It finds the same matches; _generic_matches then reads the type with the groups at
# each. (Two fifths of the cost of _GENERIC_FOLDED, measured on the benchmark corpus.)
# (Every match opens a word: "\b(?=[...])" before the look-behind lets the regex engine
# skip to the words it may open on, instead of looking behind at every character.)
_GENERIC_FLAT = AnyCase(
    r"\b(?=[a-df-jmnpr-uw])(?<![\w-])(?:"
    r"fighter\s+jets?|fighter\s+aircraft|fighter\s+planes?|jet\s+fighters?|"
    r"multiple\s+rocket\s+launchers?|rocket\s+launchers?|multiple\s+launch\s+rocket\s+systems?|"
    r"mlrs|armou?red\s+personnel\s+carriers?|apcs?|infantry\s+fighting\s+vehicles?|ifvs?|"
    r"armou?red\s+vehicles?|combat\s+vehicles?|attack\s+helicopters?|helicopter\s+gunships?|"
    r"helicopters?|choppers?|gunships?|unmanned\s+aerial\s+vehicles?|drones?|uavs?|"
    r"strategic\s+bombers?|bombers?|howitzers?|artillery(?:\s+(?:pieces|guns|systems))?|"
    r"mortars?|warships?|naval\s+vessels?|submarines?|warplanes?|planes?|aircraft|airplanes?|"
    r"(?<!civil\s)aviation|tanks?"
    r")(?![\w-])"
)


def _generic_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_GENERIC_RE.finditer(text)``, found only near the gate's words.

    The matches may come from the lower-cased text: read words from ``text``.
    """
    doc = Folded(text)
    for start, end in windows(_GENERIC_GATE, text, doc.folded, _GENERIC_REACH, _GENERIC_REACH):
        for m in _GENERIC_FLAT.finditer(doc, start, end):
            yield _GENERIC_FOLDED.match(doc, m.start(), end)


def _model_name(m: re.Match[str]) -> str:
    model = m.group(0)[: len(m.group(0)) - len(m.group("tail"))]
    # "T-72s", "Su-25s": an English plural, not part of the designation.
    model = re.sub(r"(?<=\d)s$", "", model)
    family = m.group("family")
    if family in _FAMILY_TYPES:
        return f"{model} {_FAMILY_TYPES[family]}"
    return model


def find_equipment(text: str, *, offset: int = 0) -> list[Equipment]:
    """Types of materiel named in ``text``, in reading order, with normalised names.

    Model designations keep their variant ("Su-25SM", "Tu-22M3"); tanks of the T
    family read "T-72 tank". A generic noun right after a model belongs to the
    model's mention ("T-72 tanks" is one mention), and generic nouns are singular
    ("fighter jets" -> "fighter jet", "drones"/"UAVs" -> "UAV", "armored vehicles"
    -> "armoured vehicle"). Mentions never overlap; the caller de-duplicates names.
    """
    spans: list[tuple[int, int, str]] = []
    for start, end in windows(_MODEL_GATE, text, None, _MODEL_REACH_BEFORE, _MODEL_REACH_AFTER):
        for m in _MODEL_RE.finditer(text, start, end):
            spans.append((m.start(), m.end(), _model_name(m)))
    taken = [(a, b) for a, b, _ in spans]
    for m in _generic_matches(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        name = next(
            _GENERIC_TYPES[int(key[1:])][1] for key, value in m.groupdict().items() if value
        )
        if name == "tank" and _NOT_ARMOUR_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        # Acronyms ("APC", "UAV", "MLRS") only in capitals; "apc" in running text is noise.
        word = text[m.start() : m.end()]
        if word.lower().rstrip("s") in _ACRONYMS and not word[:3].isupper():
            continue
        spans.append((m.start(), m.end(), name))
    spans.sort()
    return [
        Equipment(name=name, text=text[a:b], start=a + offset, end=b + offset)
        for a, b, name in spans
    ]
