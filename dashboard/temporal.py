"""Find temporal expressions in news text and normalise them to day intervals.

``find_dates(text, published)`` returns one ``TimeExpr`` per date phrase, sorted by
position and never overlapping (where two readings overlap, the longer phrase
wins). It uses compiled regular expressions and ``datetime`` only: no dateparser,
which resolves "August 5-10" to the year 2010 and reads "the T-72" as a date.

Contract
--------
* ``start``/``end`` is the closed interval of days the phrase can mean, and
  ``precision`` is one of ``model.TIME_PRECISIONS``. Precision is never invented:

  - ``day``: "August 10", "10 August 2021", "2021-08-05", "05.08.2021",
    "yesterday", "Tuesday", "on the eve" / "the day before" / "the previous day" (the
    day before the last one-day date told before it, else before ``published``); day
    ranges ("Aug. 5-10", "5 to 10 August", "from July 30 to August 10", "between ...
    and ...", "August 5 and 6", "this weekend", "from Monday to Friday") are ``day``
    with ``start != end``.
  - ``week``: "next week", "last week", "this week" (Monday to Sunday of the ISO
    week), "the first week of May" (days 1-7), "a week ago", and "has just
    concluded" (see below).
  - ``month_part``: "early August" = 1-10, "mid-October" = 11-20, "late April" =
    21 to the month's end; "the beginning/middle/end of May" and "the first/last days
    of May" likewise; "the first/second half of November" = 1-15 / 16-end; the
    Russian-style "third decade of August" (ten-day period) = 21-end.
  - ``month``: "August", "August 2021", "next month", "last month", "this month", "the
    current month". The month of publication may stand where a month name does: "from 10
    to 14 of the current month", "on the 14th of this month" are days, "the third decade
    of the current month" a part of it; so may the month after or before it ("between the
    12th and the 16th of next month").
  - ``season``: meteorological, Northern hemisphere: spring = March-May,
    summer = June-August, autumn/fall = September-November, winter = December to
    February. "winter 2021" is the winter whose January falls in 2021. "early / mid /
    late autumn" is the season's first, second or third month (still ``season``).
  - ``year``: "in 2021", "this year", "last year"; "earlier this year" = 1 January
    to ``published``, "later this year" = ``published`` to 31 December ("earlier this
    week", "earlier this month" and "later this week" leave out the day of publication); "early /
    mid / late 2021" = January-April / May-August / September-December; a decade
    ("the 1980s") = its ten years.
  - ``unknown``: "recently" = the ``RECENTLY_WINDOW_DAYS`` days ending on
    ``published`` (too vague to call a week); "days after the exercise" and other
    offsets from another event have no dates here (the caller knows which event they
    hang on), nor has "three weeks later" with no date told before it.

* "has just concluded" / "has just ended" is the ``JUST_WINDOW_DAYS`` days ending on
  ``published`` at ``week`` precision.
* Year inference, when the year is missing: the sentence's tense is read from the
  cue word nearest before the phrase (or, if there is none, nearest after it).
  Future cues are "will", "would", "is to", "plans", "scheduled", "ahead of",
  "next", ...; past cues are "held", "took place", "was", "were", "had",
  "conducted", "ended", "last", ... A capitalised cue inside a sentence is
  part of a name and ignored. Speech verbs ("said", "announced") are neutral,
  because wire copy announces future drills in the past tense, except for the
  phrase that dates the statement itself (role ``report`` below: "said on
  Friday" is past, since the statement has been made).
  Future: the earliest candidate year whose interval does not end more than
  ``FUTURE_SLACK_DAYS`` before ``published``. Past: the latest candidate year
  whose interval starts on or before ``published`` (or up to ``SOON_DAYS`` after it for
  the drill that forces were sent or came for: "has moved troops for an exercise
  starting August 1"). No tense: the candidate
  nearest to ``published`` (ties go to the past). Candidates are the years
  before, of and after ``published``. A weekday written with the date
  ("Tuesday, August 10") picks the year in which that date falls on that weekday.
  A year written once after a range that crosses New Year ("December 28 to
  January 3, 2022") may belong to either end; the same tense rule chooses.
* Dates told by an earlier one count from the closest dated phrase before them, in
  any sentence: "October of that year", "That October", "later that month", "the
  following spring", "a year later", "two weeks earlier" (17 September to 17 October
  after "in October 2023": a stretch moved keeps its precision). A date without a year
  that opens a past-tense sentence ("In early August, troops trained ...") after a date
  before ``published`` that is not told in the future ("The Taliban's advance in the
  summer of 2021 changed everything.") goes on from it: the year is the one nearest to
  it, not to ``published``. Forward-looking copy ("In August, they will drill") and
  dates inside a sentence keep the tense rule.
* A bare weekday is the nearest such day that fits the tense: past means on or
  before ``published`` (so the same day if ``published`` is that weekday),
  future on or after; "last Tuesday" is strictly before ``published``, "next
  Tuesday" strictly after.
* With ``published=None``, relative phrases and dates without a year are still
  reported (with their spans) but get ``start = end = None`` and precision
  ``unknown``.
* ``role`` is ``"report"`` when the phrase dates a statement, not the event: it
  follows a speech verb, directly or through a few words and "on" ("said
  Tuesday", "told reporters on Monday", "announced the plans on Sunday", but not
  "said the drills would start on Monday"); it opens the sentence and a speech
  verb follows within a few words ("On Tuesday, Russia said ..."); it is the
  dateline ("DUSHANBE, July 19 (Agency) -"); or it follows or qualifies a
  statement noun ("in a statement on Tuesday", "a March interview") in a
  sentence that is not in the future. Otherwise ``"event"``.
* ``text`` is the phrase as written. Leading prepositions ("on", "in",
  "during", ...) are left out of the span; the words that build a range
  ("from ... to", "between ... and") and determiners ("the end of May", "last
  week") are kept.

Not dates (by design): model numbers ("T-72", "Su-25", "Mi-8"), ordinals
("201st"), counts ("1,500 troops", "2000 troops", "2.5 thousand"), lower-case
"may" and "march", and capitalised "May"/"March" without a day, a year, a
month-part word or a preposition ("May the drills ..."). A year inside an
exercise name ("Rubezh-2021", "Vostok 2018") is skipped: it names the drill, not
its date. A bare year is only read after a preposition ("in 2021") or a part word
("early 2021"), or where it says which drill: "the 2021 drills", "Russia's 2021 drills
with Uzbekistan", "the 2018 edition of Steppe Eagle". A year-shaped number before a
force noun is a count ("sent in 2000 troops", "a force of 2000 troops", "In August, 2000
troops") except where only a year can stand: straight after a month name ("In May 2019
servicemen of the base ..."), after "the summer of" or a part word, or after an "In"
that opens its clause ("In 2019 troops from Russia ..."). Numeric dates are read
day-first (``05.08.2021``, as in Russian and Central Asian copy) or ISO
(``2021-08-05``); slashed dates are skipped because their order is ambiguous. A day and
month without a year ("23.10") is read only where a range or a date word holds it ("from
18 to 23.10", "10-12.09", "on 22.10", "until 19.04"), never as a decimal ("2.10 metres",
"rose to 1.12", "$5.10", "at 10.30").
"""

from __future__ import annotations

import calendar
import contextlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from dashboard import regex_cache as rx
from dashboard.model import TimeExpr
from dashboard.text import AnyCase, Folded, Gate, windows

# Days a future-tense interval may end before the published date and still fit the tense
# (published dates of reprints are approximate, and reprints lag the wire by a few days).
FUTURE_SLACK_DAYS = 7
# Days after the published date in which a drill that forces were sent or came for may
# start, in a past-tense sentence ("has moved troops for drills starting August 1").
SOON_DAYS = 31
# Length of the window ending on the published date that "has just concluded" stands for.
JUST_WINDOW_DAYS = 7
# Length of the window ending on the published date that "recently" stands for.
RECENTLY_WINDOW_DAYS = 30
# How many words may separate a speech verb from the "on" of the date it dates.
SPEECH_GAP_WORDS = 5
# How many words may separate a sentence-opening date from the speech verb it dates.
FRONTED_SPEECH_WORDS = 6

Interval = tuple[date, date]
Resolved = tuple[date | None, date | None, str]

# ----------------------------------------------------------------------------- vocabularies

# English names, spelled out rather than taken from ``calendar``, whose names follow the locale.
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {name.lower(): i for i, name in enumerate(_MONTH_NAMES, start=1)} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {name: i for i, name in enumerate(_WEEKDAY_NAMES)}
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# ----------------------------------------------------------------------------- regex pieces
# Month names are matched case-sensitively: "may" and "march" in lower case are never months.
_FULL = "|".join(_MONTH_NAMES)
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MON_BODY = rf"(?:{_FULL}|{_ABBR})(?![a-z])"
_WD_BODY = "|".join(_WEEKDAY_NAMES)
_CONN = r"(?:\s*[-–—−]\s*|\s+(?:to|through|thru|till|until)\s+)"
# A year followed by a unit noun is a count ("2000 troops"), not a year, unless only a
# year can stand there (``_year_after_month``, a season's "of", ``_handle_year``).
_COUNT_NOUNS = (
    r"troops|soldiers|servicemen|personnel|military|men|people|vehicles|"
    r"units|tanks|pieces|aircraft|km|kilometres|kilometers|miles"
)
_NOT_COUNT = rf"(?!\s+(?:{_COUNT_NOUNS}))"
# (ahead: a year-shaped number that is no count)
_NO_COUNT_AHEAD = rf"(?=[0-9]{{4}}{_NOT_COUNT})"
_FROM = r"(?:(?i:from)\s+)?"
_BETWEEN = r"(?i:between)\s+"
_PREPS = (
    r"\b(?i:in|during|since|until|till|by|through|throughout|from|for|of|before|after|"
    r"around|on|at)"
)


def _mon(g: str) -> str:
    return rf"\b(?P<{g}>{_MON_BODY})"


def _day(g: str) -> str:
    # The guards reject "T-72", "Su-25", "2.5", "1,500" and "201st"; the left one is
    # dropped for the second day of a range ("5-10"), which follows a dash by design.
    left = r"(?<![\w.,\-–/])" if g == "d1" else ""
    return rf"{left}(?P<{g}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z]|[.,][0-9])"


def _year(g: str, guard: bool = True, count_ok: bool = False) -> str:
    # The left guard skips years inside names ("Rubezh-2021"); "mid-2021" drops it.
    left = r"(?<![\w\-–])" if guard else ""
    right = "" if count_ok else _NOT_COUNT
    return rf"{left}(?P<{g}>(?:19|20)[0-9]{{2}})(?![0-9])(?![\-–][0-9A-Za-z]){right}"


def _yopt(g: str) -> str:
    return rf"(?:,?\s+{_year(g)})?"


def _year_after_month(g: str) -> str:
    """Straight after a month name a year-shaped number is a year even before a force
    noun ("In May 2019 servicemen of the 201st base ..."); after a comma it may be a count
    ("In August, 2000 troops ...")."""
    return rf"(?:\s+|,\s+{_NO_COUNT_AHEAD}){_year(g, count_ok=True)}"


def _month_yopt(g: str) -> str:
    return rf"(?:{_year_after_month(g)})?"


_WD = rf"(?:(?P<wd>{_WD_BODY}),?\s+)?"
_THE = r"(?:(?i:the)\s+)?"

# Day and day-range forms; groups m1 d1 y1 (start) and m2 d2 y2 (end); missing parts are
# copied from the other end.
_DAY_FORMS = [
    # from July 30 to August 10 / July 30 - August 10, 2021
    rf"{_FROM}{_mon('m1')}\s+{_day('d1')}{_yopt('y1')}{_CONN}{_mon('m2')}\s+{_day('d2')}"
    rf"{_yopt('y2')}",
    rf"{_BETWEEN}{_mon('m1')}\s+{_day('d1')}{_yopt('y1')}\s+and\s+{_mon('m2')}\s+{_day('d2')}"
    rf"{_yopt('y2')}",
    # from 30 July to 10 August 2021, from the 30th of July to the 10th of August
    rf"{_FROM}{_THE}{_day('d1')}\s+(?:of\s+)?{_mon('m1')}{_yopt('y1')}{_CONN}{_THE}"
    rf"{_day('d2')}\s+(?:of\s+)?{_mon('m2')}{_month_yopt('y2')}",
    rf"{_BETWEEN}{_THE}{_day('d1')}\s+(?:of\s+)?{_mon('m1')}{_yopt('y1')}\s+and\s+{_THE}"
    rf"{_day('d2')}\s+(?:of\s+)?{_mon('m2')}{_month_yopt('y2')}",
    # August 5-10, Aug. 5–10, August 5 to 10 2021, (between) August 5 and 6
    rf"{_FROM}{_mon('m1')}\s+{_day('d1')}{_CONN}{_day('d2')}{_yopt('y2')}",
    rf"(?:{_BETWEEN})?{_mon('m1')}\s+{_day('d1')}\s+(?:and|&)\s+{_day('d2')}{_yopt('y2')}",
    # 5-10 August, 5 to 10 August 2021, (between) 5 and 6 August, the 3rd to the 9th of August
    rf"{_FROM}{_THE}{_day('d1')}{_CONN}{_THE}{_day('d2')}\s+(?:of\s+)?{_mon('m2')}{_month_yopt('y2')}",
    rf"(?:{_BETWEEN})?{_THE}{_day('d1')}\s+(?:and|&)\s+{_THE}{_day('d2')}\s+(?:of\s+)?"
    rf"{_mon('m2')}{_month_yopt('y2')}",
    # (Tuesday,) August 10(, 2021)
    rf"{_WD}{_mon('m1')}\s+{_day('d1')}{_yopt('y1')}",
    # (Tuesday,) (the) 10(th) (of) August (2021)
    rf"{_WD}(?:(?i:the)\s+)?{_day('d1')}\s+(?:of\s+)?{_mon('m1')}{_month_yopt('y1')}",
]

_NUM_DMY = (
    r"(?P<{d}>0?[1-9]|[12][0-9]|3[01])\.(?P<{m}>0?[1-9]|1[0-2])\."
    r"(?P<{y}>(?:19|20)[0-9]{{2}})"
)
_NUM_ISO = r"(?P<{y}>(?:19|20)[0-9]{{2}})-(?P<{m}>0[1-9]|1[0-2])-(?P<{d}>0[1-9]|[12][0-9]|3[01])"
_NUM_GUARD_L = r"(?<![\w.\-])"
_NUM_GUARD_R = r"(?![\w\-]|\.[0-9])"


def _num(template: str, suffix: str) -> str:
    return template.format(d=f"d{suffix}", m=f"n{suffix}", y=f"y{suffix}")


_NUMERIC_FORMS = [
    rf"{_FROM}{_NUM_GUARD_L}{_num(t, '1')}{_CONN}{_num(t, '2')}{_NUM_GUARD_R}"
    for t in (_NUM_DMY, _NUM_ISO)
] + [
    # "from 05.09 to 09.09.2022", "05.09-09.09.2022": the first day without its year
    # (two digits each: "1.5 to 2.3.2022" is no range)
    rf"{_FROM}{_NUM_GUARD_L}(?P<d1>0[1-9]|[12][0-9]|3[01])\.(?P<n1>0[1-9]|1[0-2])\.?"
    rf"{_CONN}{_num(_NUM_DMY, '2')}{_NUM_GUARD_R}",
    # "5-10.08.2021", "from 18 to 23.10.2021": a bare day before the full date is the first
    # day of a range in its month and year, as in "from 18 to 23 October 2021"
    rf"{_FROM}{_day('d1')}{_CONN}{_num(_NUM_DMY, '2')}{_NUM_GUARD_R}",
    rf"{_NUM_GUARD_L}{_num(_NUM_DMY, '1')}{_NUM_GUARD_R}",
    rf"{_NUM_GUARD_L}{_num(_NUM_ISO, '1')}{_NUM_GUARD_R}",
]

# A day and month without a year ("23.10"), as Russian and Central Asian copy writes them.
# Alone, "2.10" may as well be a decimal ("2.10 metres", "version 10.08", "$5.10"), so it is
# read only where a range or a date word holds it: "from 18 to 23.10", "10-12.09", "from
# 18.10 to 23.10", "on 22.10", "until 19.04". The month has two digits; a unit or another
# number after it, or a verb of quantity before it (``_handle_day_month``), makes it a number.
_DM = r"(?P<{d}>0?[1-9]|[12][0-9]|3[01])\.(?P<{m}>0[1-9]|1[0-2])"
_DM_TWO = r"(?P<{d}>0[1-9]|[12][0-9]|3[01])\.(?P<{m}>0[1-9]|1[0-2])"  # "18.10", "05.08"
_DECIMAL_UNITS = (
    r"thousands?|mln|millions?|bn|billions?|trillions?|percent|per\s+cent|pct|times|fold|"
    r"points?|pts|metres?|meters?|m|cm|mm|km|kilometres?|kilometers?|miles?|kg|kilograms?|"
    r"grams?|g|tons?|tonnes?|litres?|liters?|l|ha|hectares?|hours?|hrs?|h|minutes?|min|"
    r"seconds?|sec|s|a\.m|p\.m|am|pm|local\s+time|gmt|utc|msk|degrees?|dollars?|euros?|"
    r"rubles?|roubles?|somoni|soms?|tenge|sums?|soums?|manats?|usd|eur|rub"
)
_DM_NOT_DECIMAL = rf"(?!\s*(?:[%°]|(?i:{_DECIMAL_UNITS})\b))"
# (an optional year after it, and no further number: "from 8.05 to 9.10" is no date)
_DM_END = rf"{_yopt('y2')}(?![\w\-]|[.,][0-9]|{_CONN}[0-9])"
_DM_GUARD_L = r"(?<![\w.,\-$€£₽/])"
_DAY_MONTH_FORMS = [
    # from 18.10 to 23.10, 18.10-23.10 (two-digit days: "from 1.05 to 1.12" is no range)
    rf"{_FROM}{_DM_GUARD_L}{_num(_DM_TWO, '1')}{_DM_NOT_DECIMAL}\.?{_CONN}"
    rf"{_num(_DM_TWO, '2')}{_DM_NOT_DECIMAL}{_DM_END}",
    # 10-12.09, from 5 to 10.08
    rf"{_DM_GUARD_L}{_day('d1')}\s*[-–]\s*{_num(_DM, '2')}{_DM_NOT_DECIMAL}{_DM_END}",
    rf"(?i:from)\s+{_day('d1')}{_CONN}{_num(_DM, '2')}{_DM_NOT_DECIMAL}{_DM_END}",
    # on 22.10, until 19.04 (the date word is left out of the phrase)
    r"(?i:on|since|until|till|by|to|from)\s+"
    rf"(?P<body>{_DM_GUARD_L}{_num(_DM, '1')}{_DM_NOT_DECIMAL}{_DM_END})",
]

_MONTH_YEAR = rf"{_mon('m1')}{_year_after_month('y1')}"

# "in August", "last August"; May and March need the cue (checked in the handler).
_MONTH_ALONE = (
    rf"(?:(?P<prep>{_PREPS}|(?i:a|an|each|every))\s+)?"
    rf"(?P<body>(?:(?P<rel>(?i:last|next|this|coming))\s+)?"
    rf"\b(?P<m1>{_FULL})(?![a-z]))"
)

_PART_WORDS = (
    r"(?P<part>(?i:early|late|mid|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end)\s+of|"
    r"(?:the\s+)?(?:first|second|latter)\s+half\s+of|"
    r"(?:the\s+)?(?:first|second|third|last|1st|2nd|3rd)\s+(?:decade|ten\s+days)\s+of|"
    r"(?:the\s+)?(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of|"
    # "in the first days of August" = early August, "the last days of May" = late May
    r"(?:the\s+)?(?:very\s+)?(?:first|last|final)\s+(?:few\s+)?days\s+of))"
)
_MONTH_PART = rf"{_PART_WORDS}(?:\s+|\s*-\s*){_mon('m1')}{_month_yopt('y1')}"

_YEAR = (
    rf"(?:(?P<prep>{_PREPS})\s+)?(?P<body>(?P<part>(?i:early|late|mid|(?:the\s+)?(?:very\s+)?"
    r"(?:beginning|start|middle|end)\s+of|(?:the\s+)?(?:first|second|latter)\s+half\s+of))"
    r"(?:\s+|\s*-\s*)"
    # ("In 2019 troops from Russia ...": a year, when it opens its clause; ``_handle_year``)
    rf"{_year('y1', guard=False, count_ok=True)}|{_year('y1b', count_ok=True)}"
    rf"(?:(?=\s+(?P<count>{_COUNT_NOUNS}))|))"
)
# "the 2021 drills", "Russia's 2021 drills with Uzbekistan", "the 2018 edition of Steppe
# Eagle", "the 2018 Steppe Eagle exercise": a year that says which drill, as "in 2021" does
# (not "the 2000 troops", a count, nor "Vostok 2018", a name).
_DRILL_NOUNS = r"drills?|exercises?|manoeuvres|maneuvers|war\s*games|wargames|edition|iteration"
_YEAR_OF_A_DRILL = (
    r"(?:(?i:the|its|their)|\b[A-Z][\w.-]*['’]s)\s+"
    rf"(?P<body>{_year('y1')})\s+"
    # (up to three words between: "joint", "Steppe Eagle", "command-staff")
    r"(?:(?!(?i:of|and|or|the|a|an|in|at|on|to|for|with|by|during|from)\b)[\w-]+\s+){0,3}?"
    rf"(?i:{_DRILL_NOUNS})\b"
)
_DECADE = r"(?P<body>(?:(?i:the)\s+)?(?<![\w\-'’])(?P<dec>(?:1[89]|20)[0-9]0)s\b)"

# "in the second quarter", "the fourth quarter of 2024", "Q3 2025": three months, read at
# the precision of a season.
_QUARTER = (
    r"(?P<body>(?:(?i:the)\s+)?(?P<q>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+"
    r"(?i:quarter)(?:\s+(?i:of)\s+(?:(?P<y1>(?:19|20)[0-9]{2})|(?P<rel>(?i:this|next|last|"
    r"the\s+(?:current|coming|next|same))|(?i:the))\s+(?i:year)))?"
    r"|(?<![\w-])Q(?P<qn>[1-4])(?:\s+(?P<y2>(?:19|20)[0-9]{2}))?)\b"
)
_QUARTER_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
# A word after a season that makes it a noun's attribute: "the summer camp".
_NOUN_AFTER_SEASON = rx.compile(
    r"\s+(?!(?:of|and|or|but|at|in|on|with|when|because|after|before|due|as|for|to|from|"
    r"until|till|this|next|last|instead)\b)[a-z]"
)
_SEASON = (
    # ("postponed to the autumn": a new time for a drill)
    rf"(?:(?P<prep>{_PREPS}|(?i:over|to))\s+)?"
    r"(?P<body>(?:(?P<rel>(?i:this|last|next|coming|past|early|late|mid))(?:\s+|\s*-\s*)|"
    r"(?P<the>(?i:the))\s+)?"
    r"(?P<season>(?i:spring|summer|autumn|fall|winter))\b"
    r"(?!\s+of\s+(?!(?:19|20)[0-9]{2}|(?i:next|last|this)\s+(?i:year)\b))"
    # ("the summer of 2019 units of the PLA": after "of", a year)
    rf"(?:(?:\s+of\s+|,?\s+{_NO_COUNT_AHEAD}){_year('y1', count_ok=True)}|"
    r"\s+of\s+(?P<yrel>(?i:next|last|this))\s+(?i:year)\b)?)"
)

_RELATIVE = (
    # "late next month", "the first half of next year": a part of the month or year
    r"(?P<body>\b(?:(?P<part>(?i:early|late|mid|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|"
    r"end)\s+of|(?:the\s+)?(?:first|second|latter)\s+half\s+of|"
    # "in the third decade of the current month" (a decade of a month only)
    r"(?:the\s+)?(?:first|second|third|last|1st|2nd|3rd)\s+(?:decade|ten\s+days)\s+of"
    r"(?=\s+(?:this|last|next|the(?:\s+current)?)\s+month\b)))"
    r"(?:\s+|\s*-\s*)(?=(?i:this|last|next|the(?:\s+current)?)\s+(?i:week|month|year)\b))?"
    r"(?P<rel>(?i:(?:this|the)\s+past(?=\s+week\b)|this|last|next|(?:earlier|later)\s+(?:this|in\s+the)|"
    # "the current month", as Russian and Central Asian copy says "this month"
    r"(?:the\s+)?current(?=\s+month\b)|"
    # "at the end of the month", "in the second half of the month": this month
    r"(?:over|at|on)\s+the|(?<=of\s)the))\s+(?P<unit>(?i:week|month|year|weekend))\b)"
)
# "From 10 to 14 of the current month", "On the 14th of this month": the month of
# publication stands where a month name would (Russian «текущего месяца»); "between the
# 12th and the 16th of next month", the month after it. Not "3 of this month's drills"; a
# count ("rose from 10 to 14 this month") is refused by its handler.
_CURRENT_MONTH = (
    r"\s+(?:(?:(?i:of)\s+)?(?:(?:(?i:the)\s+)?(?i:current)|(?i:this))|"
    r"(?i:of)\s+(?P<step>(?i:next|last)))\s+(?i:month)\b(?!['’]s)"
)
_CURRENT_MONTH_FORMS = [
    rf"{_FROM}{_THE}{_day('d1')}{_CONN}{_THE}{_day('d2')}{_CURRENT_MONTH}",
    rf"{_BETWEEN}{_THE}{_day('d1')}\s+(?:and|&)\s+{_THE}{_day('d2')}{_CURRENT_MONTH}",
    # on 14 of the current month (the date word is left out of the phrase)
    r"(?i:on|since|until|till|by|from|to)\s+"
    rf"(?P<body>{_THE}{_day('d1')}{_CURRENT_MONTH})",
    # the 14th of this month
    rf"(?i:the)\s+{_day('d1')}(?<=st|nd|rd|th){_CURRENT_MONTH}",
]
# "in the coming days", "in recent weeks", "over the past few days"
# ... and counted: "within the next two weeks", "over the past three days"
_NEARBY = (
    r"(?P<body>\b(?:(?P<ahead>(?i:(?:in|within|over|during)\s+the\s+(?:coming|next(?:\s+few)?)))|"
    r"(?P<back>(?i:in\s+recent|(?:in|within|over|during)\s+the\s+(?:past|last)(?:\s+few)?)))\s+"
    r"(?:(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[12][0-9]|30))\s+)?"
    r"(?P<unit>(?i:days|weeks))\b)"
)
# "the week after next", "in two weeks' time", "in a fortnight": a week to come
_AFTER_NEXT = r"(?P<body>\b(?i:the)\s+(?P<after_next>(?i:week|weekend))\s+(?i:after\s+next)\b)"
_IN_WEEKS = (
    r"(?P<body>\b(?i:in)\s+(?:(?P<n>(?i:two|three|four|[2-4]))\s+(?i:weeks)|(?i:a)\s+(?i:fortnight))"
    r"(?:['’]\s*(?i:time)|\s+(?i:time))?\b)(?!\s+(?i:of)\b)"
)
# "on the 14th", "until the 21st": a day of a month the story has given or is in. Not
# "the 14th of June" (a day form), "the 201st base" or "the 14th and 15th centuries".
_ORDINAL_DAY = (
    r"(?:(?P<body2>(?i:from|between|for)\s+the\s+(?P<d1>[0-9]{1,2})(?i:st|nd|rd|th)\s+"
    r"(?i:to|until|till|through|and)\s+(?:the\s+)?(?P<d2>[0-9]{1,2})(?i:st|nd|rd|th))|"
    r"(?i:on|from|until|till|through|by|since|to)\s+(?P<body>the\s+(?P<d3>[0-9]{1,2})"
    r"(?i:st|nd|rd|th)))\b"
    # not "the 14th of June" (a day form), "the 201st base" or "the 14th century"
    # ("on the 6th at Lyaur": a preposition after the day starts what follows, and so
    # does a verb: "the exercise that opened on the 5th is meant to ...")
    r"(?!\s*(?:-|(?i:of)\b|[A-Za-z]+\b(?<!\band)(?<!\bto)(?<!\buntil)(?<!\bthrough)"
    + "".join(
        rf"(?<!\b{w})"
        for w in (
            *("at", "in", "near", "on", "with", "when", "as", "after", "but"),
            *("is", "was", "are", "were", "will", "has", "had", "ended", "closed"),
        )
    )
    + "))"
)
# "in October of that year", "later that month", "the following week", "a year later":
# a year, month or week named by the story's last date, not by publication.
_THAT_YEAR = (
    rf"(?P<body>(?:\b(?P<m1>{_FULL})(?![a-z])\s+(?:(?i:of)\s+)?|"
    # "in the spring of the following year"
    r"\b(?:(?i:the)\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?i:of)\s+)?"
    r"\b(?:(?i:later|earlier)\s+(?:(?i:in)\s+)?(?=(?i:that)\b))?"
    r"(?P<rel>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous|"
    r"the\s+preceding))\s+(?P<unit>(?i:year|month|week))\b|"
    r"\b(?i:a|one)\s+(?P<unit2>(?i:year|month|week))\s+(?P<dir>(?i:later|earlier|before|after))\b)"
)
# "That October", "the following spring", "the previous winter": a month or season named
# by the story's last date, as "October of that year" is. ("said that October ..." is
# read by ``_handle_that_month``.)
_THAT_WHEN = r"(?P<rel>(?i:that|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+"
_THAT_MONTH = rf"(?P<body>\b{_THAT_WHEN}(?P<m2>{_FULL})(?![a-z]))"
_THAT_SEASON = rf"(?P<body>\b{_THAT_WHEN}(?P<season2>(?i:spring|summer|autumn|fall|winter))\b)"
_DEICTIC = (
    r"\b(?P<body>(?i:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|today|"
    r"tomorrow|this\s+(?:morning|afternoon|evening)|tonight|last\s+night))\b"
)
# "On the eve" (Russian «накануне»), "the day before", "the previous day": the day before
# the day the story stands on, like "yesterday". Not "on the eve of the exercise" or "the
# day before the parade", which count from another event.
_DAY_BEFORE = (
    r"(?<=\b(?i:on)\s)(?i:the\s+eve)\b(?!\s+(?i:of)\b)"
    r"|(?i:the\s+(?:previous|preceding)\s+day)\b(?!\s+(?i:of)\b)"
    r"|(?i:the\s+day\s+before)\b(?!\s+(?:(?i:of|yesterday|the|a|an|its|their|his|her|this|"
    r"that|these|those|when|he|she|it|they|we)\b|[A-Z0-9]))"
)
# ("on Tuesday last", "on Friday next": the same as "last Tuesday", "next Friday"; not
# "Tuesday next week", read as a whole elsewhere)
_WEEKDAY = (
    rf"(?P<body>(?:(?P<rel>(?i:last|next|this))\s+)?\b(?P<wd>{_WD_BODY})\b"
    r"(?:\s+(?P<rel2>(?i:last|next))\b(?!\s+(?i:week|month|year|time|weekend)\b))?)"
)
# "from Monday to Friday", "between Monday and Friday"
_WEEKDAY_RANGE = (
    rf"(?P<body>(?:(?i:from)\s+)?\b(?P<wd>{_WD_BODY}){_CONN}(?P<wd2>{_WD_BODY})\b|"
    rf"(?i:between)\s+(?P<wdb>{_WD_BODY})\s+and\s+(?P<wdb2>{_WD_BODY})\b|"
    # "on Monday and Tuesday": two days running are one stretch (not "Monday and Thursday")
    rf"\b(?P<wdc>{_WD_BODY})\s+and\s+(?:on\s+)?(?P<wdc2>{_WD_BODY})\b)"
)
_JUST = (
    r"(?P<body>\b(?:(?P<aux>(?i:has|have|had))\s+)?(?i:just)\s+(?:been\s+)?"
    r"(?i:concluded|ended|finished|completed|wrapped\s+up|closed|come\s+to\s+an\s+end|"
    r"drawn\s+to\s+a\s+close)\b|\b(?i:recently)\b)"
)
_NUMBER = r"(?:[0-9]{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))"
_AGO = (
    rf"(?P<body>\b(?:(?P<n>{_NUMBER})|(?P<few>(?i:a\s+few|a\s+couple\s+of|several)))\s+"
    r"(?P<unit>(?i:days?|weeks?|months?|fortnights?|years?))\s+(?i:ago)\b)"
)
# "the week before last", "the weekend before last"
_BEFORE_LAST = r"(?P<body>\b(?i:the)\s+(?P<before_last>(?i:week|weekend))\s+(?i:before\s+last)\b)"
_OFFSET = (
    r"(?P<body>\b(?:(?i:a\s+few|several|a\s+couple\s+of)\s+|(?P<n>(?i:a|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)|[0-9]{1,2})\s+)?(?P<unit>(?i:hours?|days?|weeks?|months?))\s+"
    r"(?P<dir>(?i:after|before|later|earlier))\b)"
)


# Cheap literal tests: every phrase a pattern reads contains its gate's word, so a
# pattern only runs in windows of text around the gate's hits (see ``text.windows``).
_GATE_MONTH = Gate(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", ignore_case=False)
_GATE_YEAR = Gate(r"(?:19|20)[0-9]{2}", ignore_case=False)
_GATE_DAY_MONTH = Gate(r"[0-9]\.(?:0[1-9]|1[0-2])", ignore_case=False)
_GATE_SEASON = Gate(r"spring|summer|autumn|fall|winter", ignore_case=True)
_GATE_WEEKDAY = Gate(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", ignore_case=False)
_GATE_UNIT = Gate(r"week|month|year", ignore_case=True)
_GATE_DEICTIC = Gate(
    r"yesterday|today|tomorrow|morning|afternoon|evening|tonight|night", ignore_case=True
)
_GATE_DAY_BEFORE = Gate(r"eve|previous|preceding|before", ignore_case=True)
_GATE_JUST = Gate(r"just|recently", ignore_case=True)
_GATE_AGO = Gate(r"ago", ignore_case=True)
_GATE_BEFORE = Gate(r"before", ignore_case=True)
_GATE_OFFSET = Gate(r"after|before|later|earlier", ignore_case=True)
_GATE_NEARBY = Gate(r"days|weeks", ignore_case=True)
_GATE_AFTER = Gate(r"after", ignore_case=True)
_GATE_FORTNIGHT = Gate(r"weeks|fortnight", ignore_case=True)
_GATE_ORDINAL = Gate(r"[0-9](?:st|nd|rd|th)", ignore_case=True)
# (Both words: "from the 10th to the 14th of the current month" reaches further before
# "month" than a window does, but not before "current".)
_GATE_CURRENT_MONTH = Gate(r"current|month", ignore_case=True)
_GATE_QUARTER = Gate(r"quarter|q1|q2|q3|q4", ignore_case=True)

# (handler kind, pattern, gate), in order of preference among readings of equal length.
_PATTERN_SOURCES: tuple[tuple[str, str, Gate], ...] = (
    *(("days", p, _GATE_MONTH) for p in _DAY_FORMS),
    *(("numeric", p, _GATE_YEAR) for p in _NUMERIC_FORMS),
    *(("day_month", p, _GATE_DAY_MONTH) for p in _DAY_MONTH_FORMS),
    ("month_year", _MONTH_YEAR, _GATE_MONTH),
    ("month_alone", _MONTH_ALONE, _GATE_MONTH),
    ("month_part", _MONTH_PART, _GATE_MONTH),
    ("year", _YEAR, _GATE_YEAR),
    ("decade", _DECADE, _GATE_YEAR),
    ("drill_year", _YEAR_OF_A_DRILL, _GATE_YEAR),
    ("season", _SEASON, _GATE_SEASON),
    ("quarter", _QUARTER, _GATE_QUARTER),
    ("relative", _RELATIVE, _GATE_UNIT),
    *(("current_month", p, _GATE_CURRENT_MONTH) for p in _CURRENT_MONTH_FORMS),
    ("deictic", _DEICTIC, _GATE_DEICTIC),
    ("day_before", _DAY_BEFORE, _GATE_DAY_BEFORE),
    ("weekday", _WEEKDAY, _GATE_WEEKDAY),
    ("weekday_range", _WEEKDAY_RANGE, _GATE_WEEKDAY),
    ("just", _JUST, _GATE_JUST),
    ("ago", _AGO, _GATE_AGO),
    ("ago", _BEFORE_LAST, _GATE_BEFORE),
    ("offset", _OFFSET, _GATE_OFFSET),
    ("nearby", _NEARBY, _GATE_NEARBY),
    ("ago", _AFTER_NEXT, _GATE_AFTER),
    ("in_weeks", _IN_WEEKS, _GATE_FORTNIGHT),
    ("ordinal_day", _ORDINAL_DAY, _GATE_ORDINAL),
    ("that_year", _THAT_YEAR, _GATE_UNIT),
    ("that_month", _THAT_MONTH, _GATE_MONTH),
    ("that_month", _THAT_SEASON, _GATE_SEASON),
)

# Every phrase starts at a word boundary. Saying so up front lets the regex engine skip
# positions inside words, which made the finder about four times faster on articles
# (measured by the benchmark; the matches are unchanged).
_PATTERNS: tuple[tuple[str, re.Pattern[str], Gate], ...] = tuple(
    (kind, rx.compile(r"\b(?=\w)(?:" + source + ")"), gate)
    for kind, source, gate in _PATTERN_SOURCES
)

# ----------------------------------------------------------------------------- tense and role

# Finite past verbs common in drill reports (also used to tell a clause from a noun phrase).
_PAST_VERBS = (
    r"held|took\s+place|took\s+part|conducted|ended|concluded|began|begun|started|completed|"
    r"finished|staged|carried\s+out|did|traveled|travelled|visited|signed|practi[sc]ed|ran|came|"
    r"went|took|met|saw|brought|sent|led|flew|drove|struck|fought|opened|closed|kicked\s+off|"
    r"arrived|returned|crossed|rehearsed|trained|hosted|marked|wrapped\s+up|moved|deployed|redeployed|"
    r"transferred|relocated|dispatched|reinforced|bolstered|beefed\s+up|called\s+up|joined|fired|"
    r"launched|simulated|drilled|exercised|jumped|landed|repelled|destroyed|tested|"
    r"involved|included|featured|showed|demonstrated|lasted|continued|"
    # who watched: "the president followed the final stage via a video link on Friday"
    r"followed(?!\s+by\b)|watched|observed|attended|inspected|reviewed|witnessed"
)
# Adverbs between a modal and its verb: "will now be held", "will instead take place".
_ASIDE_ADVERB = r"(?:now|also|instead|still|again|then|likely|probably|only|even|already|finally)"
# ("\b(?=[...])": a look at the first letter of a word, which lets the regex engine
# leave at once the words no match opens; see _ANY_TRIGGER_FLAT in dashboard/extract.py)
_TENSE_CUES = AnyCase(
    # (Every cue opens on a word boundary: said once, before the groups, it spares the
    # regex engine entering five groups at every character inside a word.)
    r"\b(?=[a-pr-w])(?:"
    # "was scheduled for October", "was to be held in March": a plan made before, for a
    # time on either side of the story (the nearest one)
    r"(?P<plan>\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
    r"(?:planned|scheduled|slated|due|set\s+for|to\s+(?:be\s+held|take\s+place|begin|start))\b)|"
    r"(?P<future>\b(?:will|won['’]t|shall|would|may|might|could|(?:is|are|was|were)\s+(?:to|due)|due\s+to|"
    # not "went ahead as planned on Monday", "as scheduled": the manner of a past drill
    r"plans?\s+to|(?<!\bas\s)(?:planned|scheduled)|planning|plans|expects?|expected\s+to|set\s+to|"
    # "the two armies plan a larger exercise in August": the plural's present of a plan
    r"plan(?=\s+(?:a|an|another|joint|new|more|further|large|larger|major|their)\b)|"
    r"going\s+to|"
    # "are preparing joint drills", "is getting ready for"
    r"(?:is|are)\s+(?:also\s+|now\s+|already\s+)?(?:preparing|getting\s+ready)|"
    r"intends?\s+to|ahead\s+of|upcoming|forthcoming|next|"
    # "drills that begin on Thursday": the present of a schedule is its future
    r"(?:begins?|starts?|opens?|ends?)(?=\s+on\b)|"
    # "runs until Saturday" (under way now); "postponed until October" (a new date)
    r"(?:runs?|lasts?|continues?)(?=\s+(?:until|till|through)\b)|"
    r"(?:postponed|put\s+off|pushed\s+back|rescheduled)(?=(?:\s+[\w,-]+){0,6}?\s+(?:to|until|till)\b)|"
    r"to\s+(?:be\s+held|hold|take\s+place|begin|start|run|conduct|stage)|"
    # "held talks on Tuesday to plan a joint exercise in April": what is planned is to come
    r"to\s+(?:plan|prepare|finali[sz]e|coordinate))\b"
    # Swallow the verb group so that "will be held", "will now be held" and "will instead
    # be held" do not also read as past "held".
    rf"(?:\s+{_ASIDE_ADVERB})?(?:\s+not\b)?(?:\s+(?:be|have\s+been)\b)?(?:\s+[a-z]+\b)?)"
    # "have been rescheduled for September 6-10", "were extended until November 25",
    # "was brought forward to July 30": a new date for a drill, still to come whatever
    # the tense of the change
    r"|(?P<moved>\b(?:(?:has|have|had)\s+been\s+|(?:was|were)\s+)?(?:now\s+)?"
    r"(?:(?:rescheduled|postponed|put\s+off|pushed\s+back|delayed|deferred|extended|prolonged|"
    r"brought\s+forward|moved\s+(?:forward|back|up))(?=(?:\s+[\w,-]+){0,8}?\s+(?:to|until|till|for)\b)|"
    rf"(?:moved|shifted)(?=\s+(?:to|until|for)\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d|{_MON_BODY.lower()}|"
    r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b)))\b)"
    # "a command-staff exercise is held at Harb-Maidon from 20 to 24 June": the present of
    # a programme says nothing of the side ("held" alone would read as past)
    r"|(?P<none>\b(?:is|are)\s+(?:being\s+)?(?:held|conducted|staged|hosted|carried\s+out)\b)"
    # ("has announced a drill starting Tuesday": a statement made, not a past drill)
    r"|(?P<past>\b(?:was|were|had|(?:has|have)(?!\s+(?:also\s+)?(?:said|announced|stated|"
    rf"declared|confirmed|told)\b)|last|ago|previously|earlier|{_PAST_VERBS})\b))",
)

_CUE_TENSE = {"plan": "none", "moved": "future"}
# After a past cue, the drill a force was sent, moved or came for, with no verb of its own
# between: "moved 2,000 troops to Chebarkul for a three-day exercise starting August 1",
# "arrived in Tajikistan to take part in drills on Monday".
_PURPOSE = rx.compile(
    r"\b(?:for|to\s+(?:take\s+part|participate|join\s+in|join|attend))\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games|games|"
    r"training|inspection|trials)\b[^,;.!?]*$",
    re.IGNORECASE,
)

_SPEECH = (
    r"(?:said|says|saying|announced|announces|stated|declared|reported|confirmed|warned|"
    r"cautioned|added|noted|told|tells|released|published|issued|unveiled|"
    # "agreed on Friday to hold joint exercises next spring": the day of a decision
    r"agreed|decided|pledged|promised|resolved)"
)
_STATEMENT_NOUN = (
    r"(?:statement|announcement|briefing|press\s+release|press\s+conference|"
    r"news\s+conference|interview|communiqu[ée]|remarks|address|speech)"
)
# A speech verb right before the phrase ("said Tuesday", "said on Tuesday"), or a few
# words before it when "on" introduces the phrase ("announced the plans on Sunday",
# "were released by the defence ministry on Monday", "told reporters on Friday").
# The gap may not hold a tense cue, "that" or a comma: "said the drills would start on
# Monday" dates the drills, not the statement.
_SPOKEN_BEFORE = rx.compile(
    rf"\b(?=[acdinpr-uw]){_SPEECH}(?:(?P<gap>(?:\s+[\w'’.-]+){{1,{SPEECH_GAP_WORDS}}}?)\s+"
    r"(?:(?:late|early|earlier)\s+)?on|(?:\s+(?:late|early|earlier))?(?:\s+(?:on|in|at))?)"
    r"\s*$",
    re.IGNORECASE,
)
# "told a board meeting of the ministry on Wednesday": the audience may run longer.
# (Searched only where "told" is: most dates have none before them.)
_TOLD_BEFORE = rx.compile(
    r"\b(?:told|addressed|briefed)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|briefing|session|"
    r"conference|reporters|journalists|parliament|lawmakers|deputies|senators|board|forum|summit)"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+){0,2}\s+on\s*$",
    re.IGNORECASE,
)
_GAP_BREAK = rx.compile(
    r",|\b(?:that|will|would|shall|to|is|are|was|were|be|been|has|have|had|can|could|may|"
    rf"might|must|should|{_PAST_VERBS})\b",
    re.IGNORECASE,
)
# A statement noun right before the phrase: "in a statement on Tuesday".
_NOUN_BEFORE = rx.compile(
    rf"\b(?=[a-dinprs]){_STATEMENT_NOUN}(?:\s+(?:late|early|earlier))?(?:\s+(?:on|in|at))?\s*,?\s*$"
    # "the ministry's order No. 214, dated 2024-05-12": the date of a document
    r"|\bdated\s*$",
    re.IGNORECASE,
)
# A meeting a few words before the phrase: "said after talks with his Uzbek counterpart on
# Tuesday", "during a visit to Dushanbe on Monday" (the day of the talks, not of a drill
# planned there; no drill, verb or comma in between).
_MEETING_BEFORE = rx.compile(
    r"\b(?:talks|meetings?|negotiations|summit|consultations|visit)"
    r"(?P<gap>(?:\s+[\w'’.-]+){0,6}?)\s+on\s*$",
    re.IGNORECASE,
)
_MEETING_GAP_BREAK = rx.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers|training|war\s*games|that|which|where|"
    r"agreed|decided)\b",
    re.IGNORECASE,
)
# "a March interview", "Tuesday's statement".
_REPORT_AFTER = rx.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?{_STATEMENT_NOUN}\b", re.IGNORECASE)
_FRONTED_BEFORE = rx.compile(
    r"^[\s\"“‘'(]*(?:(?i:and|but|also|then|late|early|earlier|later)\s+)*(?:(?i:on|in|at)\s+)?$"
)
# A speech verb right after the phrase: "the ministry on Monday announced ...".
_SPEECH_AFTER = rx.compile(
    rf"\s+(?:also\s+)?(?:{_SPEECH}|gave\s+details|unveiled|outlined)\b", re.IGNORECASE
)
_FRONTED_AFTER = rx.compile(
    rf"^(?:['’]s)?\s*,\s*(?:\S+\s+){{0,{FRONTED_SPEECH_WORDS}}}?"
    rf"{_SPEECH}\b",
    re.IGNORECASE,
)
# "DUSHANBE, July 19 (Agency) -" or "MOSCOW, Aug. 11 -".
_DATELINE_BEFORE = rx.compile(r"^\s*(?:<[^>]*>\s*)*[A-Z][A-Z .'’-]+(?:,\s*[A-Za-z .'’-]+)*,\s*$")
_DATELINE_AFTER = rx.compile(r"^\s*(?:\([^)]*\)\s*)?(?:<[^>]*>\s*)*[-–—:]")
# Full stops after these words do not end a sentence ("Aug. 5", "Col. Ivanov"). One
# look-behind per length: ``re`` wants each look-behind to have a fixed width.
_ABBREVIATIONS_BY_LENGTH = (
    r"[A-Z]",
    r"Mr|Ms|Dr|Lt|St|No",
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mrs|Gen|Col|Maj|Sgt|Adm|"
    r"U\.S|U\.K|U\.N|e\.g|i\.e",
    r"Sept|Capt",
)
_NOT_AN_ABBREVIATION = "".join(rf"(?<!\b(?:{words})\.)" for words in _ABBREVIATIONS_BY_LENGTH)
# (Written to open on one character class, which lets the regex engine skip ahead.)
_SENTENCE_END = rx.compile(
    rf"""[\n.!?…](?:(?<=\n)|{_NOT_AN_ABBREVIATION}["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9]))"""
)


class _Context:
    """The text being searched, with lazily computed sentence bounds and tense cues."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.doc = Folded(text)
        self.published = published
        # Set while a date from the text stands in for the published date: a past tense
        # then tells nothing about which side of it the phrase lies.
        self.anchored = False
        self._bounds: list[int] | None = None
        self._cues: dict[int, list[tuple[int, int, str]]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence that contains ``pos``."""
        if self._bounds is None:
            self._bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(self.text))]
        starts = self._bounds
        lo = max(0, bisect_right(starts, pos) - 1)
        end = starts[lo + 1] if lo + 1 < len(starts) else len(self.text)
        return starts[lo], end

    def tense(self, start: int, end: int) -> str:
        """``future``, ``past`` or ``none`` for the phrase at ``start:end`` (see module doc);
        ``soon`` for a past that may run a little ahead (``_PURPOSE``)."""
        found = self._tense(start, end)
        return "none" if self.anchored and found in ("past", "soon") else found

    def _tense(self, start: int, end: int) -> str:
        if self._spoken(start, end):
            return "past"  # the phrase dates a statement that has been made
        s0, s1 = self.sentence(start)
        if s0 not in self._cues:
            # A capitalised cue inside a sentence is part of a name ("Planned Base").
            self._cues[s0] = [
                (m.start(), m.end(), _CUE_TENSE.get(m.lastgroup or "", m.lastgroup or ""))
                for m in _TENSE_CUES.finditer(self.doc, s0, s1)
                if self.text[m.start()].islower() or not self.text[s0 : m.start()].strip(" \"“‘'(")
            ]
        before = [c for c in self._cues[s0] if c[1] <= start]
        if before and _OPENS_CLAUSE.search(self.text, max(s0, start - 40), start):
            # ", and in August the two armies plan a larger drill": a date that opens its
            # clause takes the tense of that clause's verb, not of the clause before it.
            stop = _CLAUSE_STOP.search(self.text, end, s1)
            limit = stop.start() if stop else s1
            own = [c for c in self._cues[s0] if c[0] >= end and c[1] <= limit]
            if own:
                return own[0][2]
        if before:
            found = before[-1][2]
            if found == "past" and _PURPOSE.search(self.text, before[-1][1], start):
                # "has moved 2,000 troops to the range for an exercise starting August 1":
                # the drill a force went for may still be ahead of the story
                return "soon"
            return found
        after = [c for c in self._cues[s0] if c[0] >= end]
        if after:
            return after[0][2]
        # "Tuesday's statement said ...", "after talks on Tuesday": a statement or a meeting
        # without tense cues has been made or held.
        return "past" if self._noun_dated(start, end) or self._meeting_dated(start) else "none"

    def _noun_dated(self, start: int, end: int) -> bool:
        """True when a statement noun is dated by the phrase ("a March interview")."""
        s0, s1 = self.sentence(start)
        return bool(
            _NOUN_BEFORE.search(self.text, max(s0, start - 80), start)
            or _REPORT_AFTER.match(self.text, end, s1)
        )

    def _meeting_dated(self, start: int) -> bool:
        """True when talks or a visit are dated by the phrase at ``start`` ("said after
        talks with his Uzbek counterpart on Tuesday"): their day, whatever the tense."""
        s0, _ = self.sentence(start)
        met = _MEETING_BEFORE.search(self.text, max(s0, start - 80), start)
        return bool(
            met and not _MEETING_GAP_BREAK.search(met["gap"]) and not _gap_breaks(met["gap"])
        )

    def _spoken(self, start: int, end: int) -> bool:
        """True when a speech verb, the dateline or a fronted "On X, Y said" dates the phrase."""
        s0, s1 = self.sentence(start)
        m = _SPOKEN_BEFORE.search(self.text, max(s0, start - 80), start)
        if m and not (m.group("gap") and _gap_breaks(m.group("gap"))):
            return True
        lo = max(s0, start - 80)
        told = any(self.text.find(w, lo, start) >= 0 for w in ("told", "addressed", "briefed"))
        if told and _TOLD_BEFORE.search(self.text, lo, start):
            return True
        before, after = self.text[s0:start], self.text[end:s1]
        if _FRONTED_BEFORE.match(before) and _FRONTED_AFTER.match(after):
            return True
        if _SPEECH_AFTER.match(after):
            return True  # "The ministry on Monday announced a joint exercise ..."
        line_start = self.text.rfind("\n", 0, start) + 1
        return bool(
            _DATELINE_BEFORE.match(self.text[line_start:start]) and _DATELINE_AFTER.match(after)
        )

    def role(self, start: int, end: int) -> str:
        """``report`` when the phrase dates a statement rather than the event.

        A statement noun ("in a statement on Tuesday", "a March interview") counts
        unless the sentence is in the future ("a joint statement is expected next
        month" dates a statement yet to come, which is itself the news).
        """
        if self._spoken(start, end) or self._meeting_dated(start):
            return "report"
        if self._noun_dated(start, end) and self.tense(start, end) != "future":
            return "report"
        return "event"


def _gap_breaks(gap: str) -> bool:
    """True when the words between a speech verb and "on" hold a clause of their own."""
    return _GAP_BREAK.search(gap) is not None


# ----------------------------------------------------------------------------- calendar helpers


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, _last_day(year, month))


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_week(day: date) -> Interval:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _distance(interval: Interval, day: date) -> int:
    if interval[0] <= day <= interval[1]:
        return 0
    return min(abs((interval[0] - day).days), abs((interval[1] - day).days))


def _day_interval(
    year1: int, month1: int, day1: int, year2: int, month2: int, day2: int
) -> Interval | None:
    first, last = _safe_date(year1, month1, day1), _safe_date(year2, month2, day2)
    return (first, last) if first and last and first <= last else None


def _pick(
    build: Callable[[int], Interval | None],
    published: date,
    tense: str,
    years: tuple[int, ...] | None = None,
) -> Interval | None:
    """Choose the year for a yearless interval by tense (rule in the module docstring).

    ``years`` are the candidate start years; by default the years before, of and
    after ``published``.
    """
    if years is None:
        years = (published.year - 1, published.year, published.year + 1)
    candidates = [iv for y in years if (iv := build(y)) is not None]
    if not candidates:
        return None
    if tense == "future":
        slack = timedelta(days=FUTURE_SLACK_DAYS)
        fit = [iv for iv in candidates if iv[1] >= published - slack]
        if fit:
            return min(fit)
    elif tense in ("past", "soon"):
        # ("soon": past, or a purpose that may lie up to SOON_DAYS ahead of the story)
        last = published + timedelta(days=SOON_DAYS if tense == "soon" else 0)
        fit = [iv for iv in candidates if iv[0] <= last]
        if fit:
            return max(fit)
    return min(candidates, key=lambda iv: (_distance(iv, published), iv[0]))


_UNKNOWN: Resolved = (None, None, "unknown")

# ----------------------------------------------------------------------------- handlers
# Each takes the match, the context and the phrase span, and returns (start, end, precision)
# or None when the match is not a date after all.


def _handle_days(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    g = m.groupdict()
    if g.get("n1") or g.get("n2"):  # numeric forms carry their month as a number
        month1 = int(g.get("n1") or g["n2"])
        month2 = int(g.get("n2") or g["n1"])
    else:
        month1 = _MONTHS[(g.get("m1") or g["m2"]).rstrip(".").lower()]
        month2 = _MONTHS[(g.get("m2") or g["m1"]).rstrip(".").lower()]
    day1 = int(g["d1"])
    day2 = int(g.get("d2") or day1)
    year1 = int(g["y1"]) if g.get("y1") else None
    year2 = int(g["y2"]) if g.get("y2") else None
    weekday = _WEEKDAYS[g["wd"]] if g.get("wd") else None
    if month1 == month2 and day2 < day1:
        return None  # "10-5 August" is no range
    wraps = month2 < month1  # December to January
    if year1 is None and year2 is not None and wraps and ctx.published is not None:
        # "December 28 to January 3, 2022": the year may belong to either end; the
        # tense and the published date decide, as for a missing year.
        got = _pick(
            lambda y: _day_interval(y, month1, day1, y + 1, month2, day2),
            ctx.published,
            ctx.tense(*span),
            years=(year2 - 1, year2),
        )
        return (got[0], got[1], "day") if got else None
    if year1 is None and year2 is not None:
        year1 = year2 - wraps
    if year1 is not None:
        year2 = year1 + wraps if year2 is None else year2
        first, last = _safe_date(year1, month1, day1), _safe_date(year2, month2, day2)
        if first is None or last is None or last < first:
            return None
        return first, last, "day"

    def build(year: int, check_weekday: bool = True) -> Interval | None:
        first = _safe_date(year, month1, day1)
        last = _safe_date(year + wraps, month2, day2)
        if first is None or last is None:
            return None
        if check_weekday and weekday is not None and first.weekday() != weekday:
            return None
        return first, last

    # 2020 is a leap year, so only impossible days ("31 April") fail here.
    if _safe_date(2020, month1, day1) is None or _safe_date(2020, month2, day2) is None:
        return None
    if ctx.published is None:
        return _UNKNOWN
    tense = ctx.tense(*span)
    got = _pick(build, ctx.published, tense)
    if got is None:  # the weekday fits no nearby year: trust the date, not the weekday
        got = _pick(lambda y: build(y, check_weekday=False), ctx.published, tense)
    return (got[0], got[1], "day") if got else None


# A verb of quantity, or a number (and its unit), right before a day and month without a
# year: "rose to 1.12", "up to 10.05", "from 5.08 to 10.08", "from 2.83 s to 2.12" are
# numbers, not dates.
_QUANTITY_BEFORE = rx.compile(
    r"(?:\b(?:rose|risen|rises?|rising|grew|grown|grows?|increased?|increases|fell|fallen|"
    r"falls?|dropped|drops?|decreased?|declined?|reduced|raised|cut|amounted|amounts?|"
    r"totall?ed|totals?|climbed|jumped|gained|averaged|ranged|varied|multiplied|divided|"
    r"equall?ed|equals?|changed|went|up|down|scored|won|lost|led|priced|costs?|worth|version|"
    r"rate|ratio|index)\s+(?:(?:from|to|by)\s+)?|[0-9](?:\s*[a-z%]{1,3}\.?)?\s*)$",
    re.I,
)


def _handle_day_month(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    """ "23.10" with a date word or a range around it: a day read like "23 October"."""
    if _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start()):
        return None
    return _handle_days(m, ctx, span)


def _handle_month_year(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    month = _MONTHS[m.group("m1").rstrip(".").lower()]
    first, last = _month_interval(int(m.group("y1")), month)
    return first, last, "month"


# A month then "to", "and" or a dash: the next month word ends a range ("from January
# to May", "February and March"), even one that can be a verb.
_MONTH_THEN = rx.compile(rf"\b{_mon('m0')}\s*(?:[-–—]|\b(?:and|to|through|till|until)\b)\s*$")


def _handle_month_alone(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    name, rel, prep = m.group("m1"), m.group("rel"), m.group("prep")
    if (
        name in ("May", "March")
        and not (rel or prep)
        and not _MONTH_THEN.search(ctx.text, max(0, span[0] - 24), span[0])
    ):
        return None  # "May the ...", "March on ..." without a cue are not months
    month = _MONTHS[name.lower()]
    p = ctx.published
    if p is None:
        return _UNKNOWN
    rel = (rel or "").lower()
    if rel == "last":
        year = p.year if month < p.month else p.year - 1
    elif rel in ("next", "coming"):
        year = p.year if month > p.month else p.year + 1
    elif rel == "this":
        year = p.year
    else:
        got = _pick(lambda y: _month_interval(y, month), p, ctx.tense(*span))
        year = got[0].year if got else p.year
    first, last = _month_interval(year, month)
    return first, last, "month"


def _part_days(part: str, year: int, month: int) -> tuple[int, int, str]:
    """Day bounds and precision of a month-part phrase."""
    words = part.lower()
    for digits, word in (("1st", "first"), ("2nd", "second"), ("3rd", "third"), ("4th", "fourth")):
        words = words.replace(digits, word)
    end = _last_day(year, month)
    if "week" in words:
        if "last" in words or "final" in words:
            return end - 6, end, "week"
        index = ("first", "second", "third", "fourth").index(
            next(w for w in ("first", "second", "third", "fourth") if w in words)
        )
        return 1 + 7 * index, 7 + 7 * index, "week"
    if "half" in words:
        return (1, 15, "month_part") if "first" in words else (16, end, "month_part")
    if any(w in words for w in ("early", "beginning", "start", "first")):
        return 1, 10, "month_part"
    if any(w in words for w in ("mid", "middle", "second")):
        return 11, 20, "month_part"
    return 21, end, "month_part"  # late, end, third or last decade


def _handle_month_part(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    month = _MONTHS[m.group("m1").rstrip(".").lower()]
    part = m.group("part")

    def build(year: int) -> Interval:
        lo, hi, _ = _part_days(part, year, month)
        return date(year, month, lo), date(year, month, hi)

    precision = _part_days(part, 2021, month)[2]
    if m.group("y1"):
        first, last = build(int(m.group("y1")))
        return first, last, precision
    if ctx.published is None:
        return _UNKNOWN
    got = _pick(build, ctx.published, ctx.tense(*span))
    return (got[0], got[1], precision) if got else _UNKNOWN


def _week_days(part: str) -> tuple[int, int]:
    """First and last day (0 is Monday) of "early / mid / the end of" a week, still at
    week precision: the first three days, the middle three, Thursday to Sunday."""
    words = part.lower()
    if "half" in words:
        return (0, 3) if "first" in words else (3, 6)
    if any(w in words for w in ("early", "beginning", "start")):
        return 0, 2
    if any(w in words for w in ("mid", "middle")):
        return 1, 3
    return 3, 6


def _year_months(part: str) -> tuple[int, int]:
    """First and last month of "early / mid / late", "the first half of", "the end of" a
    year: thirds or halves of it (still at year precision), the whole year for ""."""
    words = part.lower()
    if "half" in words:
        return (1, 6) if "first" in words else (7, 12)
    if any(w in words for w in ("early", "beginning", "start")):
        return 1, 4
    if any(w in words for w in ("mid", "middle")):
        return 5, 8
    if any(w in words for w in ("late", "end")):
        return 9, 12
    return 1, 12


_CLAUSE_OPENER = r"(?:[,;:(]|\b(?:and|but|then))[\s\"“‘'*#]*"
# What may stand before a preposition that opens its clause: "In 2019 troops ...", ", and
# in 2019 troops ...", but not "sent in 2000 troops", "a force of 2000 troops".
_CLAUSE_OPENS = rx.compile(rf"{_CLAUSE_OPENER}$")
# A date phrase that opens a clause after another: ", and in August", "; on Monday".
_OPENS_CLAUSE = rx.compile(
    rf"{_CLAUSE_OPENER}(?:(?:in|on|at|from|during|over|by|until|till|through|throughout|"
    r"between|for)\s+)?(?:the\s+)?$",
    re.I,
)
_CLAUSE_STOP = rx.compile(r"[,;:]")
_SENTENCE_OPENER = " \t\n\"“‘'(*#-"


def _handle_year(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    part = m.group("part") or ""
    if not (m.group("prep") or part):
        return None  # a bare number could be a count or part of a name
    if m.group("count"):
        s0, prep = ctx.sentence(span[0])[0], m.start("prep")
        opens = not ctx.text[s0:prep].strip(_SENTENCE_OPENER) or _CLAUSE_OPENS.search(
            ctx.text, s0, prep
        )
        if not (opens and m.group("prep").lower() in ("in", "during", "throughout")):
            return None  # "sent in 2000 troops": a count
    year = int(m.group("y1") or m.group("y1b"))
    lo, hi = _year_months(part)
    return date(year, lo, 1), date(year, hi, _last_day(year, hi)), "year"


def _handle_drill_year(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    year = int(m.group("y1"))
    return date(year, 1, 1), date(year, 12, 31), "year"


def _handle_decade(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    start = int(m.group("dec"))
    return date(start, 1, 1), date(start + 9, 12, 31), "year"


def _season_interval(season: str, year: int) -> Interval:
    first_month = _SEASON_MONTHS[season]
    if first_month == 12:  # winter belongs to the year of its January
        return date(year - 1, 12, 1), date(year, 2, _last_day(year, 2))
    return date(year, first_month, 1), date(year, first_month + 2, _last_day(year, first_month + 2))


def _handle_season(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    season = m.group("season").lower()
    rel = (m.group("rel") or "").lower()
    yrel = (m.group("yrel") or "").lower()
    if not (rel or m.group("prep") or m.group("y1") or yrel):
        return None  # "the spring offensive", "the fall of Kabul"
    if (m.group("prep") or "").lower() == "to" and _NOUN_AFTER_SEASON.match(ctx.text, span[1]):
        return None  # "returned to the summer camp" (not "postponed to the autumn")
    if m.group("y1"):
        first, last = _season_interval(season, int(m.group("y1")))
        return first, last, "season"
    p = ctx.published
    if p is None:
        return _UNKNOWN
    if yrel:  # "in the spring of next year"
        first, last = _season_interval(season, p.year + {"next": 1, "last": -1}.get(yrel, 0))
        return first, last, "season"
    options = [_season_interval(season, y) for y in range(p.year - 1, p.year + 3)]
    if rel in ("last", "past"):
        got = max(iv for iv in options if iv[1] < p)
    elif rel in ("next", "coming"):
        got = min(iv for iv in options if iv[0] > p)
    elif rel == "this":
        got = min(options, key=lambda iv: (_distance(iv, p), iv[0]))
    else:
        # ("has proposed a further exercise for the spring": a plan, for a time to come)
        planned = _PLANNED_FOR.search(ctx.text, max(0, span[0] - 100), span[0])
        # (not "the drills planned for the spring were held in May": told as done)
        done = planned and _DONE_AFTER.match(ctx.text, span[1], min(len(ctx.text), span[1] + 60))
        tense = "future" if planned and not done else ctx.tense(*span)
        got = _pick(lambda y: _season_interval(season, y), p, tense) or options[1]
    if rel in _SEASON_THIRDS:  # "early autumn": its first month, still at season precision
        got = _season_third(got[0], _SEASON_THIRDS[rel])
    return got[0], got[1], "season"


_SEASON_THIRDS = {"early": 0, "mid": 1, "late": 2}


def _season_third(first: date, third: int) -> Interval:
    """The ``third``-th month (0, 1 or 2) of the season that begins on ``first``."""
    month0 = first.month - 1 + third
    year, month = first.year + month0 // 12, month0 % 12 + 1
    return date(year, month, 1), date(year, month, _last_day(year, month))


_DONE_AFTER = rx.compile(rf"[^.;]*?\b(?:were|was)\b|[^.;]*?\b(?:{_PAST_VERBS})\b", re.I)
_PLANNED_FOR = rx.compile(
    r"\b(?:propos\w*|plan(?:s|ned|ning)?|schedul\w*|slated|due|intend\w*)\b[^.;]{0,80}?"
    r"\bfor\s+(?:the\s+)?$",
    re.I,
)


def _handle_quarter(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    q = int(m.group("qn")) if m.group("qn") else _QUARTER_NUMBERS.get(m.group("q").lower(), 4)

    def interval(year: int) -> Interval:
        return date(year, 3 * q - 2, 1), date(year, 3 * q, _last_day(year, 3 * q))

    year = m.group("y1") or m.group("y2")
    last = m.group("q") and m.group("q").lower() == "last"
    if last and not year and not m.group(0).lower().endswith("year"):
        return None  # "last quarter": the one before, or a share; not read
    if year:
        first, last = interval(int(year))
        return first, last, "season"
    p = ctx.published
    if p is None:
        return _UNKNOWN
    rel = " ".join((m.group("rel") or "").lower().split())
    shift = {"next": 1, "the next": 1, "the coming": 1, "last": -1}.get(rel)
    if shift is not None or rel in ("this", "the current"):
        first, last = interval(p.year + (shift or 0))
        return first, last, "season"
    got = _pick(interval, p, ctx.tense(*span))
    return (got[0], got[1], "season") if got else None


_OF_AFTER = rx.compile(r"\s+of\b", re.I)


def _handle_relative(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    p = ctx.published
    if p is None:
        return _UNKNOWN
    rel = " ".join(m.group("rel").lower().split()).replace(" in the", " this")
    if rel.endswith("current"):
        rel = "this"  # "the current month"
    if rel == "the":
        if not m.group("part"):
            return None  # "the month of fasting": no date
        rel = "this"  # "the end of the month"
    unit = m.group("unit").lower()
    if rel in ("this past", "the past"):
        # "this past week", "the past week": the seven days before publication
        return p - timedelta(days=7), p - timedelta(days=1), "week"
    if rel in ("over the", "at the", "on the"):
        if unit != "weekend":
            return None  # "over the year": no one week, month or year
        if rel == "on the" and _OF_AFTER.match(m.string, m.end()):
            return None  # "on the weekend of 9-10 October": the dates tell which
        # "over the weekend": the one before publication, or after it in a future clause
        monday, sunday = _iso_week(p)
        if ctx.tense(*span) == "future":
            return sunday - timedelta(days=1), sunday, "day"
        if p.weekday() < 5:
            sunday -= timedelta(weeks=1)
        return sunday - timedelta(days=1), sunday, "day"
    step = {"last": -1, "next": 1}.get(rel, 0)
    if unit in ("week", "weekend"):
        monday, sunday = _iso_week(p + timedelta(weeks=step))
        if unit == "weekend":
            return sunday - timedelta(days=1), sunday, "day"
        first, last = monday, sunday
        precision = "week"
        if m.group("part"):  # "by the end of the week", "early next week": days of it
            lo, hi = _week_days(m.group("part"))
            first, last = monday + timedelta(days=lo), monday + timedelta(days=hi)
    elif unit == "month":
        year, month = _shift_month(p.year, p.month, step)
        first, last = _month_interval(year, month)
        precision = "month"
        if m.group("part"):  # "late next month"
            lo, hi, precision = _part_days(m.group("part"), year, month)
            first, last = date(year, month, lo), date(year, month, hi)
    else:
        lo, hi = _year_months(m.group("part") or "")
        year = p.year + step
        first, last = date(year, lo, 1), date(year, hi, _last_day(year, hi))
        precision = "year"
    if rel == "earlier this":
        # ("Earlier this week" in a Thursday story: Monday to Wednesday)
        last = max(first, p - timedelta(days=1)) if precision in ("week", "month") else p
    elif rel == "later this":
        first = min(last, p + timedelta(days=1)) if precision == "week" else p
    return first, last, precision


def _handle_current_month(
    m: re.Match[str], ctx: _Context, span: tuple[int, int]
) -> Resolved | None:
    """ "From 10 to 14 of the current month": those days of the month of publication (or
    of the month after or before it: "the 14th of next month")."""
    if _QUANTITY_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start()):
        return None
    if ctx.published is None:
        return _UNKNOWN
    step = {"next": 1, "last": -1}.get((m.group("step") or "").lower(), 0)
    year, month = _shift_month(ctx.published.year, ctx.published.month, step)
    first = int(m.group("d1"))
    got = _day_interval(year, month, first, year, month, int(m.groupdict().get("d2") or first))
    return (got[0], got[1], "day") if got else None


def _handle_nearby(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    """ "In the coming days": the week after publication; "in recent weeks": the month
    before it. Vague on purpose, so at week or month precision."""
    p = ctx.published
    if p is None:
        return _UNKNOWN
    weeks = m.group("unit").lower() == "weeks"
    reach = timedelta(days=30 if weeks else 7)
    precision = "month" if weeks else "week"
    if m.group("count"):  # "within the next two weeks": just so far
        reach = timedelta(days=_count(m.group("count")) * (7 if weeks else 1))
        precision = "week" if reach.days <= 7 else "month"
    if m.group("ahead"):
        return p, p + reach, precision
    return p - reach, p, precision


def _handle_in_weeks(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    """ "In two weeks' time", "in a fortnight": the week that far after publication, in a
    clause about what is to come (in a past one, "in two weeks" is how long it took)."""
    p = ctx.published
    if p is None:
        return _UNKNOWN
    if ctx.tense(*span) != "future":
        return None
    monday, sunday = _iso_week(p + timedelta(weeks=_count(m.group("n")) if m.group("n") else 2))
    return monday, sunday, "week"


def _ordinal_days(m: re.Match[str]) -> tuple[int, int] | None:
    first = int(m.group("d1") or m.group("d3"))
    last = int(m.group("d2") or first)
    if not 1 <= first <= last <= 31:
        return None
    return first, last


def _handle_ordinal_day(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    """ "On the 14th", "from the 3rd to the 9th": days of the month of publication or a
    month next to it, by tense. ``_ordinal_months`` moves them into the month of a date
    just before them in the text ("began on March 10 and ended on the 14th")."""
    days = _ordinal_days(m)
    if days is None:
        return None
    p = ctx.published
    if p is None:
        return _UNKNOWN
    candidates = []
    for step in (-1, 0, 1):
        year, month = _shift_month(p.year, p.month, step)
        first, last = _safe_date(year, month, days[0]), _safe_date(year, month, days[1])
        if first is not None and last is not None:
            candidates.append((first, last))
    if not candidates:
        return None
    tense = ctx.tense(*span)
    got = None
    if tense == "future":
        fit = [iv for iv in candidates if iv[1] >= p - timedelta(days=FUTURE_SLACK_DAYS)]
        got = min(fit) if fit else None
    elif tense == "past":
        fit = [iv for iv in candidates if iv[0] <= p]
        got = max(fit) if fit else None
    if got is None:
        got = min(candidates, key=lambda iv: (_distance(iv, p), iv[0]))
    return got[0], got[1], "day"


def _ordinal_months(
    taken: list[tuple[int, int, Resolved]],
    ordinals: list[tuple[int, re.Match[str]]],
    ctx: _Context,
) -> None:
    """Put "on the 14th" in the month of the closest date before it that has a month,
    or in the month after when its day is earlier ("March 28 ... on the 3rd").

    A date that dates a statement or the dateline ("TASHKENT, September 7 - ... opened
    on the 5th") is no such anchor: the day is then read by tense, as without one.
    """
    own = {index for index, _ in ordinals}
    monthly = sorted(
        (s, r[0])
        for k, (s, e, r) in enumerate(taken)
        if k not in own
        and r[0] is not None
        and r[2] in ("day", "week", "month_part", "month")
        and ctx.role(s, e) == "event"
    )
    starts = [s for s, _ in monthly]
    for index, m in ordinals:
        start, end, _ = taken[index]
        k = bisect_right(starts, start) - 1
        days = _ordinal_days(m)
        if k < 0 or days is None:
            continue
        anchor = monthly[k][1]
        year, month = anchor.year, anchor.month
        if days[0] < anchor.day:
            year, month = _shift_month(year, month, 1)
        first, last = _safe_date(year, month, days[0]), _safe_date(year, month, days[1])
        if first is not None and last is not None:
            taken[index] = (start, end, (first, last, "day"))


# A capitalised word right before a capitalised "Today" makes it part of a name.
_NAME_BEFORE = rx.compile(r"\b[A-Z][\w-]*[ \t]+$")


def _handle_deictic(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    word = m.group("body")
    if word[0].isupper() and _NAME_BEFORE.search(ctx.text, max(0, span[0] - 40), span[0]):
        return None  # "USA Today", "Tien Shan Today": the name of an outlet
    if ctx.published is None:
        return _UNKNOWN
    words = word.lower().split()
    if words[-1] == "yesterday":
        shift = -2 if "before" in words else -1
    elif words[-1] == "tomorrow":
        shift = 2 if "after" in words else 1
    else:  # today, this morning, tonight; last night
        shift = -1 if words[0] == "last" else 0
    day = ctx.published + timedelta(days=shift)
    return day, day, "day"


def _handle_day_before(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    """ "On the eve": the day before publication, as "yesterday" is; ``_days_before``
    moves it to the day before a day the story told first."""
    if ctx.published is None:
        return _UNKNOWN
    day = ctx.published - timedelta(days=1)
    return day, day, "day"


def _handle_weekday(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    p = ctx.published
    if p is None:
        return _UNKNOWN
    rel = (m.group("rel") or m.group("rel2") or "").lower()
    day = _weekday_near(p, _WEEKDAYS[m.group("wd")], rel, ctx, span)
    return day, day, "day"


def _handle_weekday_range(
    m: re.Match[str], ctx: _Context, span: tuple[int, int]
) -> Resolved | None:
    first_name = m.group("wd") or m.group("wdb") or m.group("wdc")
    last_name = m.group("wd2") or m.group("wdb2") or m.group("wdc2")
    if m.group("wdc") and (_WEEKDAYS[last_name] - _WEEKDAYS[first_name]) % 7 != 1:
        return None  # two days apart: each is read on its own
    if ctx.published is None:
        return _UNKNOWN
    first = _weekday_near(ctx.published, _WEEKDAYS[first_name], "", ctx, span)
    days = (_WEEKDAYS[last_name] - _WEEKDAYS[first_name]) % 7
    return first, first + timedelta(days=days), "day"


def _weekday_near(p: date, weekday: int, rel: str, ctx: _Context, span: tuple[int, int]) -> date:
    """The day named by a weekday, by the rule in the module docstring."""
    back = (p.weekday() - weekday) % 7  # days back to the latest such day on/before p
    ahead = (weekday - p.weekday()) % 7  # days ahead to the earliest such day on/after p
    if rel == "last":
        shift = -(back or 7)
    elif rel == "next":
        shift = ahead or 7
    else:
        tense = ctx.tense(*span) if rel != "this" else "none"
        if tense == "past":
            shift = -back
        elif tense == "future" or _UNTIL_BEFORE.search(ctx.text, max(0, span[0] - 16), span[0]):
            # ("is running ... until Saturday": an end still to come)
            shift = ahead
        else:
            shift = -back if back <= ahead else ahead
    return p + timedelta(days=shift)


_UNTIL_BEFORE = rx.compile(r"\b(?:until|till|through|thru)\s+(?:on\s+)?$", re.I)


def _handle_just(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    p = ctx.published
    if p is None:
        return _UNKNOWN
    if m.group("body").lower() == "recently":
        return p - timedelta(days=RECENTLY_WINDOW_DAYS - 1), p, "unknown"
    return p - timedelta(days=JUST_WINDOW_DAYS - 1), p, "week"


def _count(word: str) -> int:
    """ "3", "three" or "a" as a number."""
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _handle_ago(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    p = ctx.published
    if p is None:
        return _UNKNOWN
    groups = m.groupdict()
    two_weeks = groups.get("before_last") or groups.get("after_next")
    if two_weeks:  # "the week before last", "the week after next": two weeks back or on
        step = -2 if groups.get("before_last") else 2
        monday, sunday = _iso_week(p + timedelta(weeks=step))
        if two_weeks.lower() == "weekend":
            return sunday - timedelta(days=1), sunday, "day"
        return monday, sunday, "week"
    unit = m.group("unit").lower().rstrip("s")
    if unit == "year":
        # "two years ago": that year; "a few years ago": two to four years back
        back = (4, 2) if m.group("few") else (_count(m.group("n")),) * 2
        return date(p.year - back[0], 1, 1), date(p.year - back[1], 12, 31), "year"
    if m.group("few"):
        # "a few days ago": some days back, not one day (at week precision); "a couple
        # of weeks ago": two to three weeks back
        reach = {"day": 7, "week": 21, "fortnight": 42, "month": 92}[unit]
        least = {"day": 2, "week": 14, "fortnight": 28, "month": 60}[unit]
        return (
            p - timedelta(days=reach),
            p - timedelta(days=least),
            "week" if unit == "day" else "month",
        )
    n = _count(m.group("n"))
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit == "day":
        day = p - timedelta(days=n)
        return day, day, "day"
    if unit == "week":
        first, last = _iso_week(p - timedelta(weeks=n))
        return first, last, "week"
    first, last = _month_interval(*_shift_month(p.year, p.month, -n))
    return first, last, "month"


# Before a "that" that joins a clause ("officials said that October would be busy"), not
# one that points back at a date told ("That October, ...", "were held there that October").
_THAT_JOINS = rx.compile(
    rf"\b(?:{_SPEECH}|expects?|expected|believes?|believed|hopes?|hoped|means|meant|shows?|"
    r"showed|suggests?|suggested|clear|likely|so)\s+$",
    re.IGNORECASE,
)


def _handle_that_month(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    """ "That October", "the following spring": resolved by ``_that_years``."""
    if m.group("rel").lower() == "that" and _THAT_JOINS.search(
        ctx.text, max(0, span[0] - 24), span[0]
    ):
        return None
    return _UNKNOWN


def _counted(m: re.Match[str]) -> bool:
    """ "Two weeks later", "three days earlier": counted from a date told before (not
    "days after the exercise", which counts from an event, nor "weeks later")."""
    return bool(m.group("n")) and m.group("dir").lower() in ("later", "earlier")


def _handle_offset(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved:
    return _UNKNOWN


_HANDLERS: dict[str, Callable[[re.Match[str], _Context, tuple[int, int]], Resolved | None]] = {
    "days": _handle_days,
    "numeric": _handle_days,
    "day_month": _handle_day_month,
    "month_year": _handle_month_year,
    "month_alone": _handle_month_alone,
    "month_part": _handle_month_part,
    "year": _handle_year,
    "decade": _handle_decade,
    "drill_year": _handle_drill_year,
    "season": _handle_season,
    "quarter": _handle_quarter,
    "relative": _handle_relative,
    "current_month": _handle_current_month,
    "deictic": _handle_deictic,
    "day_before": _handle_day_before,
    "weekday": _handle_weekday,
    "weekday_range": _handle_weekday_range,
    "just": _handle_just,
    "ago": _handle_ago,
    "offset": _handle_offset,
    "nearby": _handle_nearby,
    "in_weeks": _handle_in_weeks,
    "ordinal_day": _handle_ordinal_day,
    "that_year": lambda m, ctx, span: _UNKNOWN,  # resolved by ``_that_years``
    "that_month": _handle_that_month,
}

# How far a phrase may reach before and after the gate word it contains. The longest
# phrases the tests know ("between Wednesday, the 1st of September and Friday, ...")
# reach 31 characters before a gate word and 50 after; a test compares the windows with
# a scan of the whole text. (80/120 and 50/90 gave the same dates on 4,500 generated and
# real articles, 9% and 4% slower in all.)
_REACH_BEFORE = 40
_REACH_AFTER = 65


# ----------------------------------------------------------------------------- public API


# Phrases that name a month but no year ("March 18", "late June"): with no published
# date, they take their year from the nearest date in the text that gives one.
_YEAR_FROM_TEXT = frozenset({"days", "numeric", "day_month", "month_alone", "month_part"})


def _years_from_text(
    taken: list[tuple[int, int, Resolved]],
    yearless: list[tuple[int, str, re.Match[str]]],
    ctx: _Context,
) -> None:
    """Resolve year-less month phrases against the closest dated phrase, in place.

    Without a published date, "began on March 14, 2022 ... to end on March 18" would
    leave the second date unknown. Narrative-mode taggers (HeidelTime) anchor such a
    phrase to the last date mentioned; here the closest one before it, else after it,
    stands in for the published date. A future tense picks the year after it ("will
    hold more in January"); otherwise the year closest to it wins, since a past tense
    in the story says nothing about the side of that date.
    """
    anchors = sorted((s, r[0]) for s, _, r in taken if r[0] is not None)
    if not anchors:
        return
    starts = [s for s, _ in anchors]
    for index, kind, m in yearless:
        start, end, _ = taken[index]
        k = bisect_right(starts, start) - 1
        ctx.published, ctx.anchored = anchors[k if k >= 0 else 0][1], True
        try:
            resolved = _HANDLERS[kind](m, ctx, (start, end))
        finally:
            ctx.published, ctx.anchored = None, False
        if resolved is not None:
            taken[index] = (start, end, resolved)


# "late September and early October", "from September to November": two months (or parts
# of months) joined into one stretch.
_MONTH_JOIN = rx.compile(r"\s*(?:[-–—]|(?i:and|to|through|till|until))\s*")
_MONTH_LEVEL = ("month", "month_part")


def _join_month_ranges(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """Join a month-level phrase to the next when only "and", "to" or a dash stands
    between them ("late September and early October"): one stretch from the start of the
    first to the end of the second, which is the next such month after the first, at the
    coarser precision. Sorted ``taken`` in, a new list out."""
    out = [taken[0]]
    for start, end, resolved in taken[1:]:
        p_start, p_end, (first, _, p_precision) = out[-1]
        second, last, precision = resolved
        if (
            p_precision in _MONTH_LEVEL
            and precision in _MONTH_LEVEL
            and first is not None
            and second is not None
            and _MONTH_JOIN.fullmatch(text, p_end, start)
        ):
            if _HAS_YEAR_DIGITS.search(text, start, end):
                if _HAS_YEAR_DIGITS.search(text, p_start, p_end):
                    out.append((start, end, resolved))
                    continue
                # "from March to May 2024": the year told last is the year of both
                year = second.year if first.month <= second.month else second.year - 1
                first = first.replace(year=year)
            year = first.year if second.month >= first.month else first.year + 1
            with contextlib.suppress(ValueError):
                last = last.replace(year=last.year + year - second.year)
                coarse = "month" if "month" in (p_precision, precision) else "month_part"
                out[-1] = (p_start, end, (first, last, coarse))
                continue
        out.append((start, end, resolved))
    return out


# "on July 24 and the following day": what joins a day to the one after it.
_AND_THE_DAY = rx.compile(r"\s+and\s+(?:on\s+)?")
_THE_DAY_AFTER = rx.compile(r"(?i:the\s+(?:following|next)\s+day)")
_ONE_DAY = timedelta(days=1)


def _join_the_day_after(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """Join a day to "and (on) the following day" right after it ("on the night of July 24
    and on the following day"), or to the next day told so ("on July 24 and on July 25"):
    one stretch of two days, as "July 24 and 25" is."""
    out = [taken[0]]
    for start, end, resolved in taken[1:]:
        p_start, p_end, (first, last, p_precision) = out[-1]
        if (
            p_precision == "day"
            and first is not None
            and first == last
            and resolved[0] is not None
            and _AND_THE_DAY.fullmatch(text, p_end, start)
            and (
                _THE_DAY_AFTER.fullmatch(text, start, end)
                # ("on July 24 and on July 25": two days in a row)
                or (resolved[2] == "day" and resolved[0] == resolved[1] == last + _ONE_DAY)
            )
        ):
            out[-1] = (p_start, end, (first, resolved[1], "day"))
            continue
        out.append((start, end, resolved))
    return out


_HAS_YEAR_DIGITS = rx.compile(r"(?:19|20)[0-9]{2}")
# "from Tuesday to Thursday last week": the days of the week told right after them.
_WEEK_TOLD = rx.compile(r"(?i:last|next|this|the\s+(?:following|previous|past))\s+week")
_WEEKDAY_NAME = rx.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _weekdays_of_a_week(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """Put weekdays told right before "last week" or "next week" in that week, as one
    phrase ("on Tuesday last week" is Tuesday of last week). Sorted ``taken`` in, a new
    list out."""
    out: list[tuple[int, int, Resolved]] = []
    for start, end, resolved in taken:
        if out and resolved[2] == "week" and resolved[0] is not None:
            p_start, p_end, previous = out[-1]
            days = [m.group() for m in _WEEKDAY_NAME.finditer(text, p_start, p_end)]
            if (
                days
                and previous[2] == "day"
                and not text[p_end:start].strip()
                and _WEEK_TOLD.fullmatch(text, start, end)
            ):
                first, last = (
                    resolved[0] + timedelta(days=_WEEKDAY_NAMES.index(day))
                    for day in (days[0], days[-1])
                )
                if first <= last:
                    out[-1] = (p_start, end, (first, last, "day"))
                    continue
        out.append((start, end, resolved))
    return out


# Phrases that name a year of their own ("in 2021", "August 2021", "that month"), and
# "last year" among the relative ones.
_FRAMES = frozenset({"year", "month_year", "that_year", "that_month", "drill_year"})
_SINCE = rx.compile(r"\b(?i:since)\b")


def _year_of_the_sentence(
    taken: list[tuple[int, int, Resolved]],
    index: int,
    kind: str,
    m: re.Match[str],
    framing: list[int],
    ctx: _Context,
) -> bool:
    """ "In August 2021, the two armies drilled at Termez from August 5 to 10": a month or
    day without a year (``taken[index]``), told after a phrase of its sentence that has a
    year of its own and holds it, is in that year rather than in the one publication
    gives it (in place; True when so). Not in the future tense unless that year is still to
    come, and not after "since" ("since August 2021, ...").
    """
    published = ctx.published
    start, end, old = taken[index]
    if old[0] is None:
        return False
    s0, _ = ctx.sentence(start)
    # "from 3 to 7 April last year", "in May, last year", "3-7 April of 2023": the
    # year told right after it is its year, whatever the tense
    after = [
        taken[k]
        for k in framing
        if taken[k][0] >= end and _OF_THE_YEAR.fullmatch(ctx.text, end, taken[k][0])
    ]
    frames = [taken[k] for k in framing if s0 <= taken[k][0] and taken[k][1] <= start]
    if not frames and not after:
        frames = _told_before(taken, framing, ctx, s0)
    frames = [f for f in after or frames if f[2][0] is not None]
    if not frames:
        return False
    first, last, _ = frames[-1][2]
    if not after and (
        _SINCE.search(ctx.text, s0, start)
        # (a year still to come frames what is planned in it: "agreed to hold two
        # exercises next year: a staff drill in the spring and a field drill in the autumn")
        or (ctx.tense(start, end) == "future" and last < published)
    ):
        return False
    ctx.published, ctx.anchored = first + (last - first) / 2, True
    try:
        resolved = _HANDLERS[kind](m, ctx, (start, end))
    finally:
        ctx.published, ctx.anchored = published, False
    if resolved and resolved[0] is not None and first <= resolved[0] and resolved[1] <= last:
        taken[index] = (start, end, resolved)
        return True
    return False


# A year that opens its sentence: "In 2021, the tempo rose.", "By 2021 the pace had
# changed."
_FRONTED_YEAR = rx.compile(r"[\s\"“‘'(]*(?:(?i:in|by|during|throughout|over|as\s+of)\s+)?")
# How many sentences back such a year still frames a story's dates.
FRAME_REACH_SENTENCES = 2


def _told_before(
    taken: list[tuple[int, int, Resolved]], framing: list[int], ctx: _Context, s0: int
) -> list[tuple[int, int, Resolved]]:
    """The year that opens one of the sentences just before ``s0`` in its paragraph
    ("In 2021, the tempo rose. Russian troops drilled at Lyaur in October."), as a
    frame; none when a sentence between names another year, or the paragraph ends."""
    text = ctx.text
    pos = s0
    for _ in range(FRAME_REACH_SENTENCES):
        if pos == 0 or text.find("\n", max(0, pos - 2), pos) >= 0:
            return []
        p0, p1 = ctx.sentence(pos - 1)
        if text.find("\n", p0, pos) >= 0:
            return []  # another paragraph
        told = [taken[k] for k in framing if p0 <= taken[k][0] < p1]
        if told:
            first = min(told, key=lambda f: f[0])
            return [first] if _FRONTED_YEAR.fullmatch(text, p0, first[0]) else []
        pos = p0
    return []


_IN_THE = rx.compile(r"(?i:later|earlier)\s+in\s+the$")


def _in_the_month_told(
    taken: list[tuple[int, int, Resolved]],
    found: list[tuple[int, re.Match[str]]],
    published: date,
) -> None:
    """ "Later in the month" right after a drill of another month ("from 3 to 7 October",
    in a paper of 21 September) is later in that month, not in the month of publication
    ("later this month" stays the month of publication)."""
    anchors = sorted((s, r) for s, _, r in taken if r[0] is not None)
    starts = [s for s, _ in anchors]
    for index, m in found:
        start, end, (first, last, precision) = taken[index]
        k = bisect_left(starts, start) - 1  # the closest date before, not this phrase
        if k < 0 or m.group("unit").lower() != "month":
            continue
        told_first, told_last, _ = anchors[k][1]
        if (told_first.year, told_first.month) == (published.year, published.month):
            continue
        month_first, month_last = _month_interval(told_first.year, told_first.month)
        if m.group("rel").lower().startswith("later"):
            first, last = min(told_last + timedelta(days=1), month_last), month_last
        else:
            first, last = month_first, max(told_first - timedelta(days=1), month_first)
        taken[index] = (start, end, (first, last, precision))


def _that_years(
    taken: list[tuple[int, int, Resolved]],
    leaning: list[tuple[int, str, re.Match[str]]],
    open_year: list[tuple[int, str, re.Match[str]]],
    framing: list[int],
    ctx: _Context,
) -> None:
    """Resolve the phrases that lean on a date told before them, in place and in the
    order told, so that one resolved here is the anchor of the next ("In early August,
    ... Later that month, ...").

    * ``leaning``: "October of that year", "That October", "later that month", "the
      following week", "the following spring", "a year later", "two weeks earlier". With
      nothing dated before, "the next month" and "the following spring" count from
      publication, "That October" is read as "October", and "that month" stays unknown.
    * ``open_year`` (dates whose year publication gave): in the year of a phrase of
      their sentence (``_year_of_the_sentence``); else, when one opens a past-tense
      sentence ("In early August, about 2,500 troops trained ...") after a date before
      publication that is not told in the future ("The Taliban's advance in the summer
      of 2021 changed everything."), the story goes on from there: the date is the one
      nearest to it. Forward-looking copy ("In August, the armies will drill ...") and
      dates inside a sentence keep the publication's reading.
    """
    order = sorted(range(len(taken)), key=lambda k: taken[k][0])
    position = {k: i for i, k in enumerate(order)}
    jobs = sorted(
        [(taken[k][0], k, kind, m, True) for k, kind, m in leaning]
        + [(taken[k][0], k, kind, m, False) for k, kind, m in open_year],
        key=lambda job: job[0],
    )
    for start, index, kind, m, leans in jobs:
        end = taken[index][1]
        before = next(
            (
                order[i]
                for i in range(position[index] - 1, -1, -1)
                if taken[order[i]][2][0] is not None
            ),
            None,
        )
        anchor = taken[before][2] if before is not None else None
        if leans:
            resolved = _lean(kind, m, anchor, ctx, (start, end))
        elif _year_of_the_sentence(taken, index, kind, m, framing, ctx):
            continue
        elif before is not None and _goes_on_from(taken[before], (start, end), ctx):
            resolved = _near_anchor(kind, m, taken[before][2], ctx, (start, end))
        else:
            resolved = None
        if resolved is not None:
            taken[index] = (start, end, resolved)


# Before a date that opens its sentence: "In early August, ...", "And on August 5 ...".
_FRONTED_DATE = rx.compile(
    r"[\s\"“‘'(*#]*(?:(?i:and|but|then|also)\s+)?"
    r"(?:(?i:in|on|by|during|from|between|at|over|through|throughout)\s+)?"
)


def _goes_on_from(told: tuple[int, int, Resolved], span: tuple[int, int], ctx: _Context) -> bool:
    """Whether the year-less date at ``span`` goes on from the date ``told`` before it: it
    opens a past-tense sentence of the same paragraph, and ``told`` is before publication
    and not in the future. (A new paragraph's "In August, the Border Service held ..."
    after "The two countries last held drills in the summer of 2023." is this August.)"""
    published = ctx.published
    s0, _ = ctx.sentence(span[0])
    return (
        published is not None
        and ctx.text.find("\n", told[1], span[0]) < 0
        and told[2][1] is not None
        and told[2][1] < published
        and _FRONTED_DATE.fullmatch(ctx.text, s0, span[0]) is not None
        and ctx.tense(*span) == "past"
        and ctx.tense(told[0], told[1]) != "future"
    )


def _near_anchor(
    kind: str, m: re.Match[str], anchor: Resolved, ctx: _Context, span: tuple[int, int]
) -> Resolved | None:
    """The year-less date at ``span`` read near ``anchor`` instead of publication (and
    still not after publication, as its past tense says)."""
    published = ctx.published
    first, last, _ = anchor
    assert published is not None and first is not None and last is not None
    ctx.published, ctx.anchored = first + (last - first) / 2, True
    try:
        resolved = _HANDLERS[kind](m, ctx, span)
    finally:
        ctx.published, ctx.anchored = published, False
    if resolved is None or resolved[0] is None or resolved[0] > published:
        return None
    return resolved


_SHIFTS = {"the following": 1, "the next": 1, "later": 1, "after": 1}
_BACK = ("the previous", "the preceding", "earlier", "before")


def _lean(
    kind: str,
    m: re.Match[str],
    anchor: Resolved | None,
    ctx: _Context,
    span: tuple[int, int],
) -> Resolved | None:
    """A phrase of ``leaning`` (see ``_that_years``) read against ``anchor``."""
    published = ctx.published
    groups = m.groupdict()
    rel = " ".join((groups.get("rel") or groups["dir"]).lower().split())
    shift = -1 if rel in _BACK else _SHIFTS.get(rel, 0)
    if anchor is None:
        if kind == "that_month" and shift == 0 and published is not None:
            return _by_publication(m, ctx, span)  # "That October" with nothing told before
        if not shift or published is None or kind == "offset":
            return None
        anchor = (published, published, "day")
    first, last, _ = anchor
    assert first is not None and last is not None
    ref = last if shift > 0 else first
    if kind == "offset":
        unit = m.group("unit").lower().rstrip("s")
        if unit == "hour":
            return None
        return _shifted(anchor, _count(m.group("n")), unit, later=shift > 0)
    if kind == "that_month":
        return _month_or_season_told(m, anchor, shift)
    if m.group("unit2"):  # "a year later"
        return _shifted(anchor, 1, m.group("unit2").lower(), later=shift > 0)
    unit = m.group("unit").lower()
    if unit == "week":
        week_first, week_last = _iso_week(ref + timedelta(weeks=shift))
        return week_first, week_last, "week"
    if unit == "month":
        month_first, month_last = _month_interval(*_shift_month(ref.year, ref.month, shift))
        return month_first, month_last, "month"
    if m.group("m1"):  # "October of that year"
        month_first, month_last = _month_interval(ref.year + shift, _MONTHS[m.group("m1").lower()])
        return month_first, month_last, "month"
    if m.group("season"):  # "the spring of the following year"
        season_first, season_last = _season_interval(m.group("season").lower(), ref.year + shift)
        return season_first, season_last, "season"
    year = ref.year + shift
    return date(year, 1, 1), date(year, 12, 31), "year"


def _by_publication(m: re.Match[str], ctx: _Context, span: tuple[int, int]) -> Resolved | None:
    """ "That October" read as "October" when nothing is told before it."""
    assert ctx.published is not None
    build, precision = _month_or_season(m)
    got = _pick(build, ctx.published, ctx.tense(*span))
    return (got[0], got[1], precision) if got else None


def _month_or_season(m: re.Match[str]) -> tuple[Callable[[int], Interval], str]:
    if m.groupdict().get("m2"):
        month = _MONTHS[m.group("m2").lower()]
        return (lambda year: _month_interval(year, month)), "month"
    season = m.group("season2").lower()
    return (lambda year: _season_interval(season, year)), "season"


def _month_or_season_told(m: re.Match[str], anchor: Resolved, shift: int) -> Resolved | None:
    """ "That October" (the one nearest the date told), "the following spring" (the first
    after it), "the previous winter" (the last before it)."""
    first, last, _ = anchor
    assert first is not None and last is not None
    build, precision = _month_or_season(m)
    options = [build(year) for year in range(first.year - 1, last.year + 3)]
    if shift > 0:
        got = min((iv for iv in options if iv[0] > last), default=None)
    elif shift < 0:
        got = max((iv for iv in options if iv[1] < first), default=None)
    else:
        # (nearest, then the one that shares most days with it: "In 2018 ... that winter")
        got = min(
            options,
            key=lambda iv: (
                max(0, (iv[0] - last).days, (first - iv[1]).days),
                -(min(iv[1], last) - max(iv[0], first)).days,
                iv[0],
            ),
        )
    return (got[0], got[1], precision) if got else None


def _shifted(anchor: Resolved, n: int, unit: str, later: bool) -> Resolved:
    """``n`` days, weeks, months or years after (``later``) or before ``anchor``: counted
    from its end or start, at the unit's precision when the anchor is at least as precise,
    else the anchor's stretch moved, at its own precision ("In October 2023 ... Two weeks
    earlier": 17 September to 17 October, a month's stretch)."""
    first, last, precision = anchor
    assert first is not None and last is not None
    sign = 1 if later else -1
    ref = last if later else first
    if unit == "year":
        year = ref.year + sign * n
        return date(year, 1, 1), date(year, 12, 31), "year"
    if unit == "month":
        if precision in ("day", "week", "month_part", "month"):
            month_first, month_last = _month_interval(*_shift_month(ref.year, ref.month, sign * n))
            return month_first, month_last, "month"
        return _month_shifted(first, sign * n), _month_shifted(last, sign * n), precision
    step = timedelta(days=sign * n * (7 if unit == "week" else 1))
    if unit == "week" and precision in ("day", "week"):
        week_first, week_last = _iso_week(ref + step)
        return week_first, week_last, "week"
    if unit == "day" and precision == "day":
        return ref + step, ref + step, "day"
    return first + step, last + step, precision


def _month_shifted(day: date, months: int) -> date:
    year, month = _shift_month(day.year, day.month, months)
    return date(year, month, min(day.day, _last_day(year, month)))


def _days_before(taken: list[tuple[int, int, Resolved]], eves: list[int]) -> None:
    """Put "on the eve", "the day before" and "the previous day" on the day before the
    closest one-day date told before them ("Drills opened on 6 March. On the eve, the
    ministers met": 5 March), in place; with none, they stay the day before publication.
    Another such phrase is no anchor: a story that says "on the eve" twice means one day.
    """
    own = set(eves)
    anchors = sorted(
        (s, r[0])
        for k, (s, _, r) in enumerate(taken)
        if k not in own and r[0] is not None and r[2] == "day" and r[0] == r[1]
    )
    starts = [s for s, _ in anchors]
    for index in eves:
        start, end, _ = taken[index]
        k = bisect_left(starts, start) - 1
        if k >= 0:
            day = anchors[k][1] - timedelta(days=1)
            taken[index] = (start, end, (day, day, "day"))


# Between a date and the year it is in: "April 15-18 of this year", "in May, last year".
_OF_THE_YEAR = rx.compile(r"(?:\s+of|,)?\s+")


def _with_its_year(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """A date told with the year it is in ("April 15-18 of this year") is one phrase: the
    year is no date of its own, which a report could take for the whole year."""
    out: list[tuple[int, int, Resolved]] = []
    for start, end, resolved in taken:
        if out and resolved[2] == "year" and resolved[0] is not None:
            s0, e0, (first, last, precision) = out[-1]
            if (
                precision != "year"
                and first is not None
                and resolved[0] <= first
                and last <= resolved[1]
                and _OF_THE_YEAR.fullmatch(text, e0, start)
            ):
                out[-1] = (s0, end, (first, last, precision))
                continue
        out.append((start, end, resolved))
    return out


# "which started a day earlier", "had begun the previous day": a day counted from a
# date told just before in the sentence. "a day before the exercise" counts from the
# exercise, not a date, so "before"/"after" must end the phrase.
_DAY_SHIFT = rx.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|\d)\s+days?\s+(?:(?P<back>earlier)|later|"
    r"(?:(?P<back2>before)|after)(?=\s*(?:[,.;:)]|and\b|$)))|the\s+(?:(?P<back3>previous|preceding)"
    r"|following|next)\s+day|the\s+day\s+(?:(?P<back4>before)|after)(?=\s*(?:[,.;:)]|and\b|$)))",
    re.I,
)
_DAY_SHIFT_WORDS = (
    "earlier",
    "later",
    "before",
    "after",
    "previous",
    "preceding",
    "following",
    "next",
)


_NEXT_SENTENCE = rx.compile(r"[.!?]\s+[A-Z]")


def _crosses_a_sentence(stretch: str) -> bool:
    """Whether ``stretch`` runs from one sentence or line into the next."""
    return "\n" in stretch or _NEXT_SENTENCE.search(stretch) is not None


def _days_from_a_date(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """Add the days counted from a date told earlier in the same sentence.

    Looked for only in the stretch after each one-day date, up to the next date: the
    phrase's words are common, and a search of the whole text cost more than the rest
    of the date finding in the articles that hold them.
    """
    added: list[tuple[int, int, Resolved]] = []
    unknown: list[tuple[int, int, Resolved]] = []
    dated = [c for c in taken if c[2][0] is not None]
    for k, (_, e, (first, last, precision)) in enumerate(dated):
        if precision != "day" or first != last:
            continue
        stop = min(len(text), e + DAY_SHIFT_REACH)
        if k + 1 < len(dated):
            stop = min(stop, dated[k + 1][0])
        for m in _DAY_SHIFT.finditer(text, e, stop):
            start, end = m.span()
            between = text[e:start]
            if _crosses_a_sentence(between):
                break  # the date is in another sentence
            unknown.extend(c for c in taken if c[0] < end and start < c[1])
            days = _NUMBER_WORDS.get((m.group("n") or "one").lower()) or int(m.group("n"))
            back = any(m.group(g) for g in ("back", "back2", "back3", "back4"))
            day = first - timedelta(days=days) if back else first + timedelta(days=days)
            added.append((start, end, (day, day, "day")))
    if not added:
        return taken
    kept = [
        c for c in taken if c not in unknown or not any(a[0] < c[1] and c[0] < a[1] for a in added)
    ]
    return sorted(kept + added, key=lambda c: c[0])


# How far after its date a day counted from it may be told, in characters.
DAY_SHIFT_REACH = 160


# "in the week of 14 August", "the week beginning 3 March": the seven days from that day.
_WEEK_OF = rx.compile(
    r"\b(?:(?:the\s+)?week\s+(?:of|beginning|starting|commencing)|w/c)\s+(?:(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.I,
)


def _weeks_from_a_day(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """A day told as the start of a week ("the week of 14 August") stands for the week."""
    out = []
    for start, end, (first, last, precision) in taken:
        week = precision == "day" and first is not None and first == last
        if week and (m := _WEEK_OF.search(text, max(0, start - 45), start)):
            out.append((m.start(), end, (first, first + timedelta(days=6), "week")))
            continue
        out.append((start, end, (first, last, precision)))
    return out


# "struck targets on Wednesday as the forces entered the third day of their exercise":
# the drill began two days before that Wednesday.
_NTH_DAY = rx.compile(
    r"\b(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"[2-9](?:nd|rd|th)|1\d(?:th))\s+day\s+of\s+(?:the|their|its|this|these|our)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games?)\b",
    re.I,
)
_ORDINALS = {
    word: n
    for n, word in enumerate(
        [
            "",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
        ]
    )
    if word
}


def _days_into_a_drill(
    taken: list[tuple[int, int, Resolved]], text: str
) -> list[tuple[int, int, Resolved]]:
    """A day told as the Nth day of a drill runs back to the drill's first day."""
    for m in _NTH_DAY.finditer(text):
        word = m.group("nth").lower()
        n = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())
        near = [
            (min(abs(s - m.end()), abs(m.start() - e)), k)
            for k, (s, e, (first, last, precision)) in enumerate(taken)
            if precision == "day" and first is not None and first == last
        ]
        if not near:
            continue
        gap, k = min(near)
        s, e, (first, _, _) = taken[k]
        a, b = min(s, m.start()), max(e, m.end())
        if gap > 160 or _crosses_a_sentence(text[a:b]):
            continue  # not told in the same sentence
        taken[k] = (a, b, (first - timedelta(days=n - 1), first, "day"))
    return taken


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday's name in any case, else None."""
    return _WEEKDAYS.get(word.capitalize())


def month_number(word: str) -> int | None:
    """1-12 for a month's name or abbreviation ("October", "Oct.", "Sept"), else None."""
    word = word.rstrip(".").lower()
    return _MONTHS.get(word) or _MONTHS.get(word[:3])


def find_dates(
    text: str,
    published: date | None,
    *,
    offset: int = 0,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[TimeExpr]:
    """Every temporal expression in ``text``, normalised against ``published``.

    ``text`` is usually one sentence but may be a whole article; tense and role are
    read from the sentence around each phrase. ``offset`` is added to the spans so
    that they index the article body when ``text`` is a slice of it. Results are
    sorted by position and do not overlap; the longest reading of any stretch of
    text wins. See the module docstring for the rules.

    ``within`` (sorted, disjoint ``(start, end)`` stretches, such as sentences) looks
    only at phrases whose gate word lies in one of them; a phrase that runs across
    the edge of a stretch may then be read differently.
    """
    if not text:
        return []
    ctx = _Context(text, published)
    folded = ctx.doc.folded
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    spans: dict[Gate, list[tuple[int, int]]] = {}
    for order, (kind, pattern, gate) in enumerate(_PATTERNS):
        if gate not in spans:
            spans[gate] = windows(gate, text, folded, _REACH_BEFORE, _REACH_AFTER, within)
        has_body = "body" in pattern.groupindex
        for start, end in spans[gate]:
            for m in pattern.finditer(text, start, end):
                span = m.span("body") if has_body else m.span()
                if span[0] < 0:  # an alternative without its own body: the whole match
                    span = m.span()
                candidates.append((span[0], span[1], order, kind, m))
    # Longest first, then leftmost, then the earlier (more specific) pattern. A phrase is
    # resolved only once its stretch is still free: resolving is the dearer part, and a
    # phrase that does not resolve leaves its stretch to the next one.
    candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    taken: list[tuple[int, int, Resolved]] = []
    yearless: list[tuple[int, str, re.Match[str]]] = []
    ordinals: list[tuple[int, re.Match[str]]] = []
    leaning: list[tuple[int, str, re.Match[str]]] = []  # "that October", "a year later"
    eves: list[int] = []  # "on the eve", "the day before"
    in_the: list[tuple[int, re.Match[str]]] = []
    no_year: list[tuple[int, str, re.Match[str]]] = []  # resolved by publication alone
    framing: list[int] = []  # phrases with a year of their own
    for start, end, _, kind, m in candidates:
        if all(end <= s or start >= e for s, e, _ in taken):
            resolved = _HANDLERS[kind](m, ctx, (start, end))
            if resolved is None:
                continue
            if resolved is _UNKNOWN and kind in _YEAR_FROM_TEXT:
                yearless.append((len(taken), kind, m))
            elif kind in _YEAR_FROM_TEXT and not any(
                m.groupdict().get(g) for g in ("y1", "y2", "rel")
            ):
                no_year.append((len(taken), kind, m))
            elif kind in _FRAMES or (kind == "relative" and resolved[2] == "year"):
                framing.append(len(taken))
            if kind == "ordinal_day":
                ordinals.append((len(taken), m))
            elif kind in ("that_year", "that_month") or (kind == "offset" and _counted(m)):
                leaning.append((len(taken), kind, m))
            elif kind == "season" and not any(m.group(g) for g in ("y1", "rel", "yrel")):
                no_year.append((len(taken), kind, m))
            elif kind == "day_before":
                eves.append(len(taken))
            elif kind == "relative" and _IN_THE.match(m.group("rel")):
                in_the.append((len(taken), m))
            taken.append((start, end, resolved))
    if yearless and published is None:
        _years_from_text(taken, yearless, ctx)
    if leaning or no_year:
        _that_years(taken, leaning, no_year, framing, ctx)
    if eves:
        _days_before(taken, eves)
    if in_the and published is not None:
        _in_the_month_told(taken, in_the, published)
    if ordinals:
        _ordinal_months(taken, ordinals, ctx)
    taken.sort(key=lambda c: c[0])
    if taken and " day of " in text:
        taken = _days_into_a_drill(taken, text)
    if taken and ("week" in text or "w/c" in text):
        taken = _weeks_from_a_day(taken, text)
    if taken and any(word in text for word in _DAY_SHIFT_WORDS):
        taken = _days_from_a_date(taken, text)
    if len(taken) > 1:
        taken = _join_month_ranges(taken, text)
        taken = _join_the_day_after(taken, text)
        taken = _weekdays_of_a_week(taken, text)
        taken = _with_its_year(taken, text)
    return [
        TimeExpr(
            start=first,
            end=last,
            precision=precision,
            text=text[start:end],
            span_start=start + offset,
            span_end=end + offset,
            role=ctx.role(start, end),
        )
        for start, end, (first, last, precision) in taken
    ]
