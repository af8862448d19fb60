"""Table-driven tests for ``dashboard.temporal.find_dates``.

Each sentence below was written for these tests, in the style of wire copy. Rows
hold the sentence, the date phrase as written, the published date, and the
interval and precision a careful reader would give the phrase.
"""

from __future__ import annotations

import itertools
import re
import string
from datetime import date
from pathlib import Path

import pytest

from dashboard.temporal import find_dates
from dashboard.text import fold_case

ROOT = Path(__file__).resolve().parent.parent
# 2021-07-20 is a Tuesday: the publication day of seed 000.
TUE = date(2021, 7, 20)
# 2021-07-22 is a Thursday.
THU = date(2021, 7, 22)
# Publication day of seed 003.
OCT19 = date(2021, 10, 19)


def _only(sentence: str, published: date | None):
    found = find_dates(sentence, published)
    assert len(found) == 1, [t.text for t in found]
    return found[0]


# (sentence, phrase, published, start, end, precision)
# fmt: off
PHRASES = [
    # days and day ranges
    ("The drills will take place August 10 near Termez.",
     "August 10", TUE, "2021-08-10", "2021-08-10", "day"),
    ("The exercise opened on 10 August 2021 at the range.",
     "10 August 2021", TUE, "2021-08-10", "2021-08-10", "day"),
    ("Troops will train Aug. 5-10 in Khatlon.",
     "Aug. 5-10", TUE, "2021-08-05", "2021-08-10", "day"),
    ("The drills will run August 5-10.", "August 5-10", TUE, "2021-08-05", "2021-08-10", "day"),
    ("Manoeuvres will run from the 3rd to the 9th of August.",
     "from the 3rd to the 9th of August", TUE, "2021-08-03", "2021-08-09", "day"),
    ("They trained between the 1st and the 5th of May 2021.",
     "between the 1st and the 5th of May 2021", TUE, "2021-05-01", "2021-05-05", "day"),
    ("Units are to train from the 30th of July to the 2nd of August.",
     "from the 30th of July to the 2nd of August", TUE, "2021-07-30", "2021-08-02", "day"),
    ("Units will rehearse from 5 to 10 August.",
     "from 5 to 10 August", TUE, "2021-08-05", "2021-08-10", "day"),
    ("Manoeuvres are planned for 5-10 August.",
     "5-10 August", TUE, "2021-08-05", "2021-08-10", "day"),
    ("Russia said the drills would run from July 30 to August 10.",
     "from July 30 to August 10", TUE, "2021-07-30", "2021-08-10", "day"),
    ("The exercise will be held between July 30 and August 10.",
     "between July 30 and August 10", TUE, "2021-07-30", "2021-08-10", "day"),
    ("Drills are scheduled July 30 - August 10 near the border.",
     "July 30 - August 10", TUE, "2021-07-30", "2021-08-10", "day"),
    ("Crews will practise Aug 5–10 at Harb-Maidon.",
     "Aug 5–10", TUE, "2021-08-05", "2021-08-10", "day"),
    ("Live firing will take place on August 5 and 6.",
     "August 5 and 6", TUE, "2021-08-05", "2021-08-06", "day"),
    ("Tajik units will arrive on August 5.", "August 5", TUE, "2021-08-05", "2021-08-05", "day"),
    ("Drills will run from 30 July to 10 August.",
     "from 30 July to 10 August", TUE, "2021-07-30", "2021-08-10", "day"),
    ("The drills ran August 5-10, 2021, in the south.",
     "August 5-10, 2021", date(2022, 3, 1), "2021-08-05", "2021-08-10", "day"),
    ("Troops arrived on the 5th of August.",
     "the 5th of August", date(2021, 8, 11), "2021-08-05", "2021-08-05", "day"),
    ("The war games were held between October 18 and 23.",
     "between October 18 and 23", date(2021, 10, 25), "2021-10-18", "2021-10-23", "day"),
    ("The summit opens Sept. 14 in Dushanbe.",
     "Sept. 14", date(2021, 9, 1), "2021-09-14", "2021-09-14", "day"),
    ("The order is dated 2021-08-05.", "2021-08-05", TUE, "2021-08-05", "2021-08-05", "day"),
    ("The drills began on 05.08.2021 at dawn.",
     "05.08.2021", TUE, "2021-08-05", "2021-08-05", "day"),
    ("The exercise ran 05.08.2021-10.08.2021 near Kulob.",
     "05.08.2021-10.08.2021", TUE, "2021-08-05", "2021-08-10", "day"),
    # a weekday written with the date picks the year in which they agree
    ("The drill on Monday, January 4 involved 300 troops.",
     "Monday, January 4", date(2021, 12, 28), "2021-01-04", "2021-01-04", "day"),
    ("Leave is granted December 28 - January 3.",
     "December 28 - January 3", date(2021, 12, 20), "2021-12-28", "2022-01-03", "day"),
    # a year written only after a range that crosses New Year may belong to either end
    ("The drills will run from December 28 to January 3, 2022.",
     "from December 28 to January 3, 2022", date(2021, 11, 16), "2021-12-28", "2022-01-03", "day"),
    ("The drills ran from December 28 to January 3, 2022.",
     "from December 28 to January 3, 2022", date(2022, 3, 1), "2021-12-28", "2022-01-03", "day"),
    # a capitalised cue word inside a name says nothing about tense
    ("Crews reached the Planned Route camp on 16 August.",
     "16 August", date(2023, 8, 31), "2023-08-16", "2023-08-16", "day"),
    # months and parts of months
    ("The bloc held its previous drill in August 2020.",
     "August 2020", TUE, "2020-08-01", "2020-08-31", "month"),
    ("The drills will take place in August.", "August", TUE, "2021-08-01", "2021-08-31", "month"),
    ("The range hosted drills in March.", "March", TUE, "2021-03-01", "2021-03-31", "month"),
    ("Units will move in May.", "May", TUE, "2022-05-01", "2022-05-31", "month"),
    # lower-case "may" is a modal (future), never a month
    ("Forces may be deployed in May.", "May", TUE, "2022-05-01", "2022-05-31", "month"),
    ("In late April, Russia held a large exercise.",
     "late April", TUE, "2021-04-21", "2021-04-30", "month_part"),
    ("Joint drills will start in early August.",
     "early August", TUE, "2021-08-01", "2021-08-10", "month_part"),
    ("The talks are scheduled for mid-October.",
     "mid-October", TUE, "2021-10-11", "2021-10-20", "month_part"),
    ("The brigade will be rotated by the end of May.",
     "the end of May", TUE, "2022-05-21", "2022-05-31", "month_part"),
    ("The second half of November will see more exercises.",
     "The second half of November", TUE, "2021-11-16", "2021-11-30", "month_part"),
    ("Staff officers will meet in the first half of November.",
     "the first half of November", TUE, "2021-11-01", "2021-11-15", "month_part"),
    ("Drills were held at the beginning of June.",
     "the beginning of June", TUE, "2021-06-01", "2021-06-10", "month_part"),
    ("The third decade of August is set aside for live firing.",
     "The third decade of August", TUE, "2021-08-21", "2021-08-31", "month_part"),
    # the first or last days of a month are its early or late part
    ("Drills will be held in the first days of August.",
     "the first days of August", TUE, "2021-08-01", "2021-08-10", "month_part"),
    ("The crews were tested in the last days of May.",
     "the last days of May", TUE, "2021-05-21", "2021-05-31", "month_part"),
    ("Inspectors will visit in the first week of May.",
     "the first week of May", TUE, "2022-05-01", "2022-05-07", "week"),
    # relative to the published date
    ("The ministry will hold more drills next month.",
     "next month", TUE, "2021-08-01", "2021-08-31", "month"),
    ("Another drill was held last month.", "last month", TUE, "2021-06-01", "2021-06-30", "month"),
    ("Inspections continue this month.", "this month", TUE, "2021-07-01", "2021-07-31", "month"),
    ("A second round of drills starts next week.",
     "next week", TUE, "2021-07-26", "2021-08-01", "week"),
    ("The column crossed the river last week.",
     "last week", TUE, "2021-07-12", "2021-07-18", "week"),
    ("Officers will inspect the range this week.",
     "this week", TUE, "2021-07-19", "2021-07-25", "week"),
    ("The drills ended last weekend.", "last weekend", TUE, "2021-07-17", "2021-07-18", "day"),
    ("Border guards exchanged fire yesterday.",
     "yesterday", TUE, "2021-07-19", "2021-07-19", "day"),
    ("The drills begin today.", "today", TUE, "2021-07-20", "2021-07-20", "day"),
    ("The exercise ends tomorrow.", "tomorrow", TUE, "2021-07-21", "2021-07-21", "day"),
    ("The convoy left two days ago.", "two days ago", TUE, "2021-07-18", "2021-07-18", "day"),
    ("The unit was inspected a week ago.", "a week ago", TUE, "2021-07-12", "2021-07-18", "week"),
    ("The base was reinforced three months ago.",
     "three months ago", TUE, "2021-04-01", "2021-04-30", "month"),
    ("Earlier this year the bloc expanded its rapid-reaction force.",
     "Earlier this year", TUE, "2021-01-01", "2021-07-20", "year"),
    ("The alliance will meet again later this year.",
     "later this year", TUE, "2021-07-20", "2021-12-31", "year"),
    ("Joint drills are expected this year.", "this year", TUE, "2021-01-01", "2021-12-31", "year"),
    ("The base was reinforced last year.", "last year", TUE, "2020-01-01", "2020-12-31", "year"),
    ("New air-defence systems will arrive next year.",
     "next year", TUE, "2022-01-01", "2022-12-31", "year"),
    # seasons and years
    ("The exercise will be repeated this autumn.",
     "this autumn", TUE, "2021-09-01", "2021-11-30", "season"),
    ("A staff exercise is planned for this fall.",
     "this fall", TUE, "2021-09-01", "2021-11-30", "season"),
    ("The drills are usually held in the spring.",
     "the spring", TUE, "2021-03-01", "2021-05-31", "season"),
    ("The brigade trained there in summer 2021.",
     "summer 2021", date(2022, 2, 1), "2021-06-01", "2021-08-31", "season"),
    ("The brigade rotated home last summer.",
     "last summer", OCT19, "2021-06-01", "2021-08-31", "season"),
    ("Larger drills will follow next spring.",
     "next spring", OCT19, "2022-03-01", "2022-05-31", "season"),
    ("Supplies must reach the posts this winter.",
     "this winter", OCT19, "2021-12-01", "2022-02-28", "season"),
    ("Snow closed the pass in winter 2021.",
     "winter 2021", OCT19, "2020-12-01", "2021-02-28", "season"),
    # a part of a season is its first, second or third month, still at season precision
    ("The brigade trained in early autumn.",
     "early autumn", OCT19, "2021-09-01", "2021-09-30", "season"),
    ("The brigade will train in late winter.",
     "late winter", OCT19, "2022-02-01", "2022-02-28", "season"),
    ("The units will exercise in mid-summer.",
     "mid-summer", TUE, "2021-07-01", "2021-07-31", "season"),
    ("Troops trained there in late spring.",
     "late spring", TUE, "2021-05-01", "2021-05-31", "season"),
    ("The range was built in the summer of 2019.",
     "the summer of 2019", OCT19, "2019-06-01", "2019-08-31", "season"),
    ("The agreement was signed in 2021.", "2021", OCT19, "2021-01-01", "2021-12-31", "year"),
    ("The alliance will hold drills in early 2022.",
     "early 2022", OCT19, "2022-01-01", "2022-04-30", "year"),
    ("The garrison doubled in mid-2021.", "mid-2021", OCT19, "2021-05-01", "2021-08-31", "year"),
    ("Soviet troops fought there in the 1980s.",
     "the 1980s", OCT19, "1980-01-01", "1989-12-31", "year"),
    # a year right after a month name, "the summer of" or a clause-opening "In" is a year
    # even before a force noun
    ("In the summer of 2019 units of the PLA held a drill.",
     "the summer of 2019", OCT19, "2019-06-01", "2019-08-31", "season"),
    ("In August 2019 units of the army held a drill.",
     "August 2019", OCT19, "2019-08-01", "2019-08-31", "month"),
    ("In May 2019 servicemen of the 201st base held a drill.",
     "May 2019", OCT19, "2019-05-01", "2019-05-31", "month"),
    ("In early August 2019 troops drilled at Lyaur.",
     "early August 2019", OCT19, "2019-08-01", "2019-08-10", "month_part"),
    ("On 5 August 2019 units drilled at Lyaur.",
     "5 August 2019", OCT19, "2019-08-05", "2019-08-05", "day"),
    ("In 2019 troops from Russia held an exercise.",
     "2019", OCT19, "2019-01-01", "2019-12-31", "year"),
    ("In 2019 personnel from Russia held an exercise.",
     "2019", OCT19, "2019-01-01", "2019-12-31", "year"),
    ("Russia held drills, and in 2019 troops drilled again.",
     "2019", OCT19, "2019-01-01", "2019-12-31", "year"),
    # ... but after a comma, or after "in" as a verb's particle, it is a count
    ("In August, 2000 troops drilled.", "August", OCT19, "2021-08-01", "2021-08-31", "month"),
    ("This summer 2000 troops drilled.",
     "This summer", OCT19, "2021-06-01", "2021-08-31", "season"),
    # a year that says which drill
    ("The 2018 drills involved 200 vehicles.",
     "2018", OCT19, "2018-01-01", "2018-12-31", "year"),
    ("Russia's 2018 drills with Uzbekistan at Termez involved about 1,500 troops.",
     "2018", OCT19, "2018-01-01", "2018-12-31", "year"),
    ("The 2018 edition of Steppe Eagle drew about 1,700 troops.",
     "2018", OCT19, "2018-01-01", "2018-12-31", "year"),
    ("The 2018 Steppe Eagle exercise involved about 1,700 troops.",
     "2018", OCT19, "2018-01-01", "2018-12-31", "year"),
    # windows ending on the published date
    ("Russia has just concluded drills with Tajikistan.",
     "has just concluded", OCT19, "2021-10-13", "2021-10-19", "week"),
    ("The exercise has just ended, officers said.",
     "has just ended", OCT19, "2021-10-13", "2021-10-19", "week"),
    ("Moscow recently invited a Taliban delegation.",
     "recently", OCT19, "2021-09-20", "2021-10-19", "unknown"),
    # an offset from another event: no dates of its own
    ("The minister flew in days after the exercise.", "days after", OCT19, None, None, "unknown"),
    ("The convoy returned three weeks later.", "three weeks later", OCT19, None, None, "unknown"),
]
# fmt: on

# (sentence, phrase, published, start, end): a weekday is the nearest such day that fits the tense.
# fmt: off
WEEKDAYS = [
    ("Tanks were deployed on Tuesday.", "Tuesday", TUE, "2021-07-20", "2021-07-20"),
    ("Talks will open on Tuesday.", "Tuesday", TUE, "2021-07-20", "2021-07-20"),
    ("Tuesday saw the first convoy arrive.", "Tuesday", THU, "2021-07-20", "2021-07-20"),
    ("Troops arrived on Sunday.", "Sunday", THU, "2021-07-18", "2021-07-18"),
    ("The exercise will start on Monday.", "Monday", THU, "2021-07-26", "2021-07-26"),
    ("The battalion returned to base last Tuesday.",
     "last Tuesday", TUE, "2021-07-13", "2021-07-13"),
    ("Talks will resume next Tuesday.", "next Tuesday", TUE, "2021-07-27", "2021-07-27"),
    # a speech verb dates a statement already made, so the day is in the past
    ("A spokesman said on Friday that the range was ready.",
     "Friday", THU, "2021-07-16", "2021-07-16"),
    ("The exercise ran from Monday to Friday.",
     "from Monday to Friday", date(2023, 10, 14), "2023-10-09", "2023-10-13"),
    # 2024-08-03 is a Saturday; the announcement was made, so it is the Sunday before
    ("The ministry announced the plans on Sunday.", "Sunday", date(2024, 8, 3),
     "2024-07-28", "2024-07-28"),
    ("A spokesman said the drills would start on Monday.", "Monday", THU,
     "2021-07-26", "2021-07-26"),
    # 2021-07-24 is a Saturday; a dated statement has been made, so Tuesday is behind us
    ("Tuesday's statement gave no numbers.", "Tuesday", date(2021, 7, 24),
     "2021-07-20", "2021-07-20"),
    # 2022-01-03 is a Monday: last Friday is the last day of 2021
    ("The order was signed last Friday.",
     "last Friday", date(2022, 1, 3), "2021-12-31", "2021-12-31"),
]
# fmt: on

# (sentence, phrase, published, start, end, precision): the year is missing and must roll over.
# fmt: off
ROLLOVER = [
    ("The allies will hold drills January 5-10.",
     "January 5-10", date(2021, 12, 28), "2022-01-05", "2022-01-10", "day"),
    ("Russia held drills in late December.",
     "late December", date(2022, 1, 3), "2021-12-21", "2021-12-31", "month_part"),
    ("The drills ended on December 24.",
     "December 24", date(2022, 1, 4), "2021-12-24", "2021-12-24", "day"),
    ("The force will deploy on December 15.",
     "December 15", date(2022, 1, 2), "2022-12-15", "2022-12-15", "day"),
    ("Talks resume next month.",
     "next month", date(2021, 12, 28), "2022-01-01", "2022-01-31", "month"),
    ("Drills were suspended last month.",
     "last month", date(2022, 1, 10), "2021-12-01", "2021-12-31", "month"),
    ("Inspections start next week.",
     "next week", date(2021, 12, 29), "2022-01-03", "2022-01-09", "week"),
    ("The staff talks fall in January.",
     "January", date(2021, 12, 28), "2022-01-01", "2022-01-31", "month"),
    ("The last drill was held in January.",
     "January", date(2021, 12, 28), "2021-01-01", "2021-01-31", "month"),
]
# fmt: on

# Sentences with numbers and month-like words but no date at all.
# fmt: off
TRAPS = [
    "The T-72 tanks rolled out of the 201st military base.",
    "Two Su-25 jets and a Mi-8 helicopter flew over the range.",
    "The 1,500 troops brought 200 vehicles.",
    "About 2.5 thousand servicemen took part.",
    "The Rubezh-2021 exercise drew troops from four countries.",
    "Vostok 2018 was the largest drill since Soviet times.",
    "Forces may be deployed to the border.",
    "May the drills pass without incident, the commander said.",
    "The column finished a 200 km march across the desert.",
    "March on, the sergeant shouted.",
    "The 2000 troops arrived by train.",
    "Russia sent in 2000 troops.",
    "A force of 2000 troops drilled.",
    "The 2000 troops at the exercise were tired.",
    "The Zapad 2021 drills were the largest.",
    "They were carried in 2000 vehicles.",
    "Some 4,000 soldiers and 50,000 personnel took part.",
    "Commanders planned the spring offensive.",
    "After the fall of Kabul, the border was closed.",
    "USA Today reported heavy fighting.",
    "Tajikistan shares a 1,344-km frontier with Afghanistan.",
    "A four-year strategic partnership was adopted.",
]
# fmt: on

# (sentence, phrase, role)
# fmt: off
ROLES = [
    ("Russia said on Tuesday that drills would follow.", "Tuesday", "report"),
    ("The district said in a statement on Tuesday that crews had arrived.", "Tuesday", "report"),
    ("The ministry announced on Monday that troops were ready.", "Monday", "report"),
    ("On Tuesday, Russia said joint exercises would run in the south.", "Tuesday", "report"),
    ("A colonel told reporters on Friday that the range was ready.", "Friday", "report"),
    ("The drills, Moscow said Monday, will begin soon.", "Monday", "report"),
    ("In a March interview, the minister warned of militants.", "March", "report"),
    ("DUSHANBE, July 19 (Steppe Wire) - Troops will hold drills.", "July 19", "report"),
    ("The ministry announced the plans on Sunday.", "Sunday", "report"),
    ("The details were released by the defence ministry on Monday.", "Monday", "report"),
    # the day of a decision to hold a drill, not of the drill
    ("The two ministers agreed on Friday to hold joint drills next spring.", "Friday", "report"),
    ("The council decided on Monday to move the exercise to Kazakhstan.", "Monday", "report"),
    ("Troops agreed to start the drills on Monday.", "Monday", "event"),
    ("Tanks were deployed near the border on Tuesday.", "Tuesday", "event"),
    ("A spokesman said the drills would start on Monday.", "Monday", "event"),
    ("Officials expect a joint statement next month.", "next month", "event"),
    ("In late April, Russia held a large-scale exercise.", "late April", "event"),
    ("On Tuesday, Russian tanks moved to the range.", "Tuesday", "event"),
    ("Russia said the drills would run from July 30 to August 10.",
     "from July 30 to August 10", "event"),
    ("The ministry said that the joint drills will take place August 5-10.",
     "August 5-10", "event"),
]
# fmt: on

# (sentence, phrase, start, end, precision) with no published date.
# fmt: off
UNPUBLISHED = [
    ("Drills follow next month.", "next month", None, None, "unknown"),
    ("Tanks were deployed on Tuesday.", "Tuesday", None, None, "unknown"),
    ("The drills will run August 5-10.", "August 5-10", None, None, "unknown"),
    ("In late April, Russia held a large exercise.", "late April", None, None, "unknown"),
    ("Russia has just concluded drills.", "has just concluded", None, None, "unknown"),
    ("The exercise will be repeated this autumn.", "this autumn", None, None, "unknown"),
    ("The exercise opened on 10 August 2021.", "10 August 2021", "2021-08-10", "2021-08-10", "day"),
    ("The pact was signed in 2021.", "2021", "2021-01-01", "2021-12-31", "year"),
]
# fmt: on


def _seed_body(name: str) -> tuple[str, date]:
    """Body and published date of a committed seed article (front matter parsed by hand)."""
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    m = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.DOTALL)
    assert m, name
    published = re.search(r"^published:\s*(\S+)", m.group(1), re.MULTILINE)
    assert published, name
    return m.group(2), date.fromisoformat(published.group(1))


# (seed, phrase, start, end, precision, role), in reading order: every date phrase of both seeds.
# fmt: off
SEEDS = {
    "000_b1421c71e36eabd6.md": [
        ("next month", "2021-08-01", "2021-08-31", "month", "event"),
        ("August 5-10", "2021-08-05", "2021-08-10", "day", "event"),
        ("Tuesday", "2021-07-20", "2021-07-20", "day", "event"),
        ("next month", "2021-08-01", "2021-08-31", "month", "event"),
        ("Tuesday", "2021-07-20", "2021-07-20", "day", "report"),
        ("Tuesday", "2021-07-20", "2021-07-20", "day", "report"),
        ("from July 30 to August 10", "2021-07-30", "2021-08-10", "day", "event"),
        ("late April", "2021-04-21", "2021-04-30", "month_part", "event"),
        ("days after", None, None, "unknown", "event"),
        ("March", "2021-03-01", "2021-03-31", "month", "report"),
    ],
    "003_12aada7befbc528d.md": [
        ("has just concluded", "2021-10-13", "2021-10-19", "week", "event"),
        ("the 1980s", "1980-01-01", "1989-12-31", "year", "event"),
        ("earlier this year", "2021-01-01", "2021-10-19", "year", "event"),
        ("recently", "2021-09-20", "2021-10-19", "unknown", "event"),
    ],
}
# fmt: on


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@pytest.mark.parametrize(
    ("sentence", "phrase", "published", "start", "end", "precision"), PHRASES + ROLLOVER
)
def test_find_dates_normalises_phrase(sentence, phrase, published, start, end, precision):
    found = _only(sentence, published)
    assert found.text == phrase
    assert sentence[found.span_start : found.span_end] == phrase
    assert (_iso(found.start), _iso(found.end), found.precision) == (start, end, precision)


@pytest.mark.parametrize(("sentence", "phrase", "published", "start", "end"), WEEKDAYS)
def test_find_dates_weekday_fits_tense(sentence, phrase, published, start, end):
    found = _only(sentence, published)
    assert (found.text, _iso(found.start), _iso(found.end), found.precision) == (
        phrase,
        start,
        end,
        "day",
    )


@pytest.mark.parametrize("sentence", TRAPS)
def test_find_dates_trap_is_not_a_date(sentence):
    assert find_dates(sentence, TUE) == []


@pytest.mark.parametrize(("sentence", "phrase", "role"), ROLES)
def test_find_dates_role_tells_statement_from_event(sentence, phrase, role):
    found = {t.text: t.role for t in find_dates(sentence, TUE)}
    assert found.get(phrase) == role, found


@pytest.mark.parametrize(("sentence", "phrase", "start", "end", "precision"), UNPUBLISHED)
def test_find_dates_without_published_keeps_span(sentence, phrase, start, end, precision):
    found = _only(sentence, None)
    assert sentence[found.span_start : found.span_end] == phrase
    assert (_iso(found.start), _iso(found.end), found.precision) == (start, end, precision)


# Filler with no gate word of any pattern (no month, year, weekday, unit or cue).
_FILLER = "Officials gave no further detail on the plans of the units involved. "


@pytest.mark.parametrize(("sentence", "phrase", "published", "start", "end", "precision"), PHRASES)
def test_find_dates_reads_phrase_far_inside_long_text(
    sentence, phrase, published, start, end, precision
):
    # The finder scans windows around gate words; a phrase deep inside a long text, or
    # at its very end, must read exactly as it does alone.
    pad = _FILLER * 40
    for text, shift in ((pad + sentence + " " + pad, len(pad)), (pad + sentence, len(pad))):
        found = [t for t in find_dates(text, published) if t.text == phrase]
        assert len(found) == 1
        t = found[0]
        assert (t.span_start - shift, _iso(t.start), _iso(t.end), t.precision) == (
            sentence.index(phrase) if sentence.count(phrase) == 1 else t.span_start - shift,
            start,
            end,
            precision,
        )


@pytest.mark.parametrize("offset", [0, 1, 57, 4096])
def test_find_dates_offset_shifts_spans(offset):
    sentence = "Russia said the drills would run from July 30 to August 10, as planned last week."
    found = find_dates(sentence, TUE, offset=offset)
    assert [t.text for t in found] == ["from July 30 to August 10", "last week"]
    for t in found:
        assert sentence[t.span_start - offset : t.span_end - offset] == t.text


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_find_dates_reads_every_date_phrase_of_seed(seed):
    body, published = _seed_body(seed)
    found = find_dates(body, published)
    got = [(t.text, _iso(t.start), _iso(t.end), t.precision, t.role) for t in found]
    assert got == SEEDS[seed]
    for t in found:
        assert body[t.span_start : t.span_end] == t.text


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_find_dates_sentence_by_sentence_matches_whole_article(seed):
    body, published = _seed_body(seed)
    whole = find_dates(body, published)
    pieces = []
    for m in re.finditer(r"[^\n]+", body):
        pieces.extend(find_dates(m.group(0), published, offset=m.start()))
    assert pieces == whole


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_find_dates_results_are_sorted_and_disjoint(seed):
    body, published = _seed_body(seed)
    found = find_dates(body, published)
    spans = [(t.span_start, t.span_end) for t in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The drills will run August 5-10 near the border.", "August 5-10"),
        ("The drills will run from July 30 to August 10.", "from July 30 to August 10"),
        ("The exercise took place in October 2017 at Forish.", "October 2017"),
    ],
)
def test_find_dates_longest_reading_wins(sentence, phrase):
    assert [t.text for t in find_dates(sentence, TUE)] == [phrase]


# Speed is measured by the benchmark (python -m dashboard.bench run), never asserted here.


def test_case_folding_keeps_offsets_or_declines():
    # Gates that ignore case search the lower-cased text; that is only sound if every
    # character matching an ASCII letter under (?i) lower-cases to that letter in place.
    any_letter = re.compile("(?i)[a-z]")
    for code in range(0x20000):
        char = chr(code)
        if any_letter.fullmatch(char):
            letters = [x for x in string.ascii_lowercase if re.fullmatch(f"(?i){x}", char)]
            folded = fold_case(char)
            assert folded is None or folded in letters, char


@pytest.mark.parametrize("prefix", ["", "Istanbul: ", "İstanbul: ", "ſome say: ", "Bakı: "])
def test_case_insensitive_phrases_read_whatever_the_script_around_them(prefix):
    # "İ" grows when lower-cased and "ı"/"ſ" fold oddly: the finder must still read them.
    text = prefix + "The convoy left TWO DAYS AGO and returned LAST WEEK."
    found = find_dates(text, TUE)
    assert [(t.text, t.span_start - len(prefix)) for t in found] == [
        ("TWO DAYS AGO", 16),
        ("LAST WEEK", 42),
    ]


# (text, phrase, start, end): without a published date, a phrase that names a month but
# no year takes its year from the closest dated phrase, before it or else after it.
YEAR_FROM_TEXT = [
    ("Drills began on March 14, 2022 and are to end on March 18, the base said.",
     "March 18", "2022-03-18", "2022-03-18"),
    ("The units return in late April, after a first stage ended on 2 April 2023.",
     "late April", "2023-04-21", "2023-04-30"),
    # The closest earlier date wins over an earlier one further back.
    ("In 2019 the range was rebuilt. A drill there on 5 May 2021 was followed by "
     "another on 9 June.", "9 June", "2021-06-09", "2021-06-09"),
    # "will ... in January" after a December date is the next January.
    ("The base held drills on 12 December 2021 and will hold more in January.",
     "January", "2022-01-01", "2022-01-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "start", "end"), YEAR_FROM_TEXT)
def test_find_dates_without_published_takes_year_from_text(text, phrase, start, end):
    found = {t.text: t for t in find_dates(text, None)}
    assert (_iso(found[phrase].start), _iso(found[phrase].end)) == (start, end)


def test_find_dates_year_from_text_needs_a_dated_phrase_and_no_published_date():
    text = "Drills are to end on March 18, the base said."
    (alone,) = find_dates(text, None)
    assert alone.start is None and alone.precision == "unknown"
    # A published date still rules when there is one.
    text = "A drill on March 14, 2019 was recalled; the new one will end on March 18."
    found = {t.text: t for t in find_dates(text, date(2022, 3, 10))}
    assert found["March 18"].start == date(2022, 3, 18)


# 2023-06-14 is a Wednesday.
WED = date(2023, 6, 14)
# (sentence, phrase, start, end, precision) with WED as the published date
NEAR_PUBLICATION = [
    ("The two armies will hold an exercise later in the year.", "later in the year",
     "2023-06-14", "2023-12-31", "year"),
    # (before the day of the story: "earlier" leaves it out)
    ("Drills were held earlier in the month.", "earlier in the month",
     "2023-06-01", "2023-06-13", "month"),
    ("More drills will be held in the coming days.", "in the coming days",
     "2023-06-14", "2023-06-21", "week"),
    ("Troops have drilled near the border in recent weeks.", "in recent weeks",
     "2023-05-15", "2023-06-14", "month"),
    ("Units held drills over the past few days.", "over the past few days",
     "2023-06-07", "2023-06-14", "week"),
    ("The drill is planned for the second quarter.", "the second quarter",
     "2023-04-01", "2023-06-30", "season"),
    ("Drills will be held in Q3 2025.", "Q3 2025", "2025-07-01", "2025-09-30", "season"),
    ("Drills will take place in the last quarter of the year.", "the last quarter of the year",
     "2023-10-01", "2023-12-31", "season"),
    ("The drill is planned for the fourth quarter of next year.",
     "the fourth quarter of next year", "2024-10-01", "2024-12-31", "season"),
    ("Troops drilled at the range the day before yesterday.", "the day before yesterday",
     "2023-06-12", "2023-06-12", "day"),
    ("The drill began this morning.", "this morning", "2023-06-14", "2023-06-14", "day"),
    ("Shots were heard last night.", "last night", "2023-06-13", "2023-06-13", "day"),
    # two days running are one stretch; two days apart are two days
    ("Troops held a two-day drill on Monday and Tuesday.", "Monday and Tuesday",
     "2023-06-12", "2023-06-13", "day"),
    ("Troops fired on Monday and on Wednesday.", "Monday", "2023-06-12", "2023-06-12", "day"),
    # years back: that year; "a few years": two to four years back
    ("Troops drilled there two years ago.", "two years ago", "2021-01-01", "2021-12-31",
     "year"),
    ("Troops drilled there a few years ago.", "a few years ago", "2019-01-01", "2021-12-31",
     "year"),
    # a month range may end on "May" or "March", and takes the year told at its end
    ("The exercise runs from January to May.", "January to May", "2023-01-01", "2023-05-31",
     "month"),
    ("The exercise runs from November to March 2024.", "November to March 2024",
     "2023-11-01", "2024-03-31", "month"),
    # the present of a programme picks the nearest year; "held" alone would read past
    ("A command-staff exercise is held at the range from 20 to 24 June.", "from 20 to 24 June",
     "2023-06-20", "2023-06-24", "day"),
    ("The drills will not be held until October.", "October",
     "2023-10-01", "2023-10-31", "month"),
    ("The drill went ahead as scheduled on Monday.", "Monday",
     "2023-06-12", "2023-06-12", "day"),
    # more ways back from publication (WED is Wednesday 14 June)
    ("Troops drilled a fortnight ago.", "a fortnight ago", "2023-05-29", "2023-06-04", "week"),
    ("The drill was held the week before last.", "the week before last",
     "2023-05-29", "2023-06-04", "week"),
    ("Units arrived a few days ago.", "a few days ago", "2023-06-07", "2023-06-12", "week"),
    # a date told with its year is one phrase, in that year whatever the tense
    ("Units drilled at Lyaur on April 15-18 of this year.", "April 15-18 of this year",
     "2023-04-15", "2023-04-18", "day"),
    ("The drill was held from 3 to 7 April last year.", "from 3 to 7 April last year",
     "2022-04-03", "2022-04-07", "day"),
    ("They met in May, last year.", "May, last year", "2022-05-01", "2022-05-31", "month"),
    ("The drill was held on 3-7 April of 2021.", "3-7 April of 2021",
     "2021-04-03", "2021-04-07", "day"),
    ("The drill will be held in April next year.", "April next year",
     "2024-04-01", "2024-04-30", "month"),
    # a plan made before ("was scheduled for"): the nearest such month, either side
    ("The drill was scheduled for July in Naryn.", "July", "2023-07-01", "2023-07-31", "month"),
    ("The drill was scheduled for May in Naryn.", "May", "2023-05-01", "2023-05-31", "month"),
    ("The drill was originally planned for March.", "March",
     "2023-03-01", "2023-03-31", "month"),
    ("A further 400 reservists joined the drills on Monday.", "Monday",
     "2023-06-12", "2023-06-12", "day"),
    ("Units moved to the range over the weekend.", "over the weekend",
     "2023-06-10", "2023-06-11", "day"),
    ("Units will move to the range over the weekend.", "over the weekend",
     "2023-06-17", "2023-06-18", "day"),
    # A day of the month: of publication by tense ...
    ("The drills were held on the 9th, the ministry said.", "the 9th",
     "2023-06-09", "2023-06-09", "day"),
    ("The drills will begin on the 20th.", "the 20th", "2023-06-20", "2023-06-20", "day"),
    ("The drills ran until the 21st.", "the 21st", "2023-05-21", "2023-05-21", "day"),
    ("The exercise that opened on the 12th is meant to test units.", "the 12th",
     "2023-06-12", "2023-06-12", "day"),
    ("Troops drilled from the 3rd to the 9th.", "from the 3rd to the 9th",
     "2023-06-03", "2023-06-09", "day"),
    ("Troops drilled between the 3rd and 9th.", "between the 3rd and 9th",
     "2023-06-03", "2023-06-09", "day"),
    ("The drills at Lyaur are scheduled for the 20th through the 24th.",
     "for the 20th through the 24th", "2023-06-20", "2023-06-24", "day"),
    # ... or of the date before it in the text, or the month after when the day is earlier.
    ("Drills began on March 10, 2022 and ended on the 14th.", "the 14th",
     "2022-03-14", "2022-03-14", "day"),
    ("Drills began on March 28 and ended on the 3rd.", "the 3rd",
     "2023-04-03", "2023-04-03", "day"),
    # ... but not a date that dates the story or a statement: the day is read by tense
    ("DUSHANBE, June 14 (TASS) - The drill, which opened on the 12th, goes on.", "the 12th",
     "2023-06-12", "2023-06-12", "day"),
    ("The ministry said on June 14 that the drill would open on the 2nd.", "the 2nd",
     "2023-07-02", "2023-07-02", "day"),
    # a part of a month or year named by its place to publication
    ("Tajikistan will hold drills late next month.", "late next month",
     "2023-07-21", "2023-07-31", "month_part"),
    ("Drills were held at the end of last month.", "the end of last month",
     "2023-05-21", "2023-05-31", "month_part"),
    ("Drills will be held in the first half of next month.", "the first half of next month",
     "2023-07-01", "2023-07-15", "month_part"),
    ("The brigade will rotate early next year.", "early next year",
     "2024-01-01", "2024-04-30", "year"),
    ("A new range opens in the second half of next year.", "the second half of next year",
     "2024-07-01", "2024-12-31", "year"),
    ("The base was expanded at the end of 2021.", "the end of 2021",
     "2021-09-01", "2021-12-31", "year"),
    ("Drills are planned for the first half of 2024.", "the first half of 2024",
     "2024-01-01", "2024-06-30", "year"),
    ("Drills will be held at the end of the month.", "the end of the month",
     "2023-06-21", "2023-06-30", "month_part"),
    ("Drills will be held in the second half of the month.", "the second half of the month",
     "2023-06-16", "2023-06-30", "month_part"),
    # a part of a week: its days, still at week precision (WED is Wednesday 14 June)
    ("The check is due to end by the end of the week.", "the end of the week",
     "2023-06-15", "2023-06-18", "week"),
    ("Drills start early next week.", "early next week", "2023-06-19", "2023-06-21", "week"),
    ("The unit arrived late last week.", "late last week", "2023-06-08", "2023-06-11", "week"),
    ("Talks resume in the middle of next week.", "the middle of next week",
     "2023-06-20", "2023-06-22", "week"),
    # a month or day without a year, after a phrase of its sentence with a year that holds it
    ("In August 2021, the armies drilled at Termez from August 5 to 10.", "from August 5 to 10",
     "2021-08-05", "2021-08-10", "day"),
    ("Last year, troops trained at Lyaur in October.", "October",
     "2022-10-01", "2022-10-31", "month"),
    ("In 2021 the drills were held in early September.", "early September",
     "2021-09-01", "2021-09-10", "month_part"),
    ("The 2021 joint exercise ran from August 5 to 10.", "from August 5 to 10",
     "2021-08-05", "2021-08-10", "day"),
    # ... but not after "since", in the future, or outside it
    ("Since August 2021, the base has held drills, most recently on June 5.", "June 5",
     "2023-06-05", "2023-06-05", "day"),
    ("After drills in 2021, the armies will meet again on July 5.", "July 5",
     "2023-07-05", "2023-07-05", "day"),
    ("In August 2021 the base drilled, and in May it drilled again.", "May",
     "2023-05-01", "2023-05-31", "month"),
    # who watched a drill watched it in the past; "followed by" tells no tense
    ("The president followed the final stage via a video link on Friday.", "Friday",
     "2023-06-09", "2023-06-09", "day"),
    ("Drills will open on 20 June, followed by live firing on Friday.", "Friday",
     "2023-06-16", "2023-06-16", "day"),
    # weekdays told with the week they fall in
    ("Troops drilled from Tuesday to Thursday last week.", "from Tuesday to Thursday last week",
     "2023-06-06", "2023-06-08", "day"),
    ("Troops drilled on Tuesday last week.", "Tuesday last week", "2023-06-06", "2023-06-06",
     "day"),
    ("Troops will drill from Monday to Wednesday next week.",
     "from Monday to Wednesday next week", "2023-06-19", "2023-06-21", "day"),
    # a statement made ("has announced") is not a past drill
    ("The ministry has announced a three-day drill starting Friday.", "Friday",
     "2023-06-16", "2023-06-16", "day"),
    # a season of a year told by its place to publication
    ("The drills will be held in the spring of next year.", "the spring of next year",
     "2024-03-01", "2024-05-31", "season"),
    ("Drills were held in the autumn of last year.", "the autumn of last year",
     "2022-09-01", "2022-11-30", "season"),
    # under way now, or moved to a new date: after publication
    ("The exercise began on Monday and runs until July 2.", "July 2",
     "2023-07-02", "2023-07-02", "day"),
    ("Uzbekistan has postponed the drills until September.", "September",
     "2023-09-01", "2023-09-30", "month"),
]  # fmt: skip


MONTH_RANGES = [
    ("Drills were held in late May and early June.", "late May and early June",
     "2023-05-21", "2023-06-10", "month_part"),
    ("Drills ran from late May to early June.", "late May to early June",
     "2023-05-21", "2023-06-10", "month_part"),
    ("Drills were held in March and April.", "March and April",
     "2023-03-01", "2023-04-30", "month"),
    # the second month is the next one after the first
    ("Drills will run from September to November.", "September to November",
     "2023-09-01", "2023-11-30", "month"),
    ("Drills were held between late December and early January.",
     "late December and early January", "2022-12-21", "2023-01-10", "month_part"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "phrase", "start", "end", "precision"), MONTH_RANGES)
def test_find_dates_joins_months_told_as_one_stretch(sentence, phrase, start, end, precision):
    (found,) = find_dates(sentence, WED)
    assert (found.text, found.start.isoformat(), found.end.isoformat(), found.precision) == (
        phrase,
        start,
        end,
        precision,
    )


@pytest.mark.parametrize(
    "sentence",
    ["Kazakhstan drilled in March and Uzbekistan in May.", "Drills in March and in May."],
)
def test_find_dates_keeps_months_of_two_clauses_apart(sentence):
    assert len(find_dates(sentence, WED)) == 2


@pytest.mark.parametrize(("sentence", "phrase", "start", "end", "precision"), NEAR_PUBLICATION)
def test_find_dates_reads_phrases_near_publication(sentence, phrase, start, end, precision):
    found = {t.text: t for t in find_dates(sentence, WED)}
    assert phrase in found, list(found)
    got = found[phrase]
    assert (_iso(got.start), _iso(got.end), got.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops of the 201st base and the 14th brigade trained.",
        "Troops of the 1st Guards Tank Army trained.",
        "The fort dates from the 14th century.",
        "It happened on the 14th-century bridge.",
        "Drills were held over the year.",
    ],
)
def test_find_dates_ordinals_and_spans_that_are_not_dates(sentence):
    assert find_dates(sentence, WED) == []


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end", "precision"),
    [
        ("In August 2021, troops trained. In October of that year they drilled again.",
         "October of that year", "2021-10-01", "2021-10-31", "month"),
        ("Drills were held in May 2020 and again in June that year.",
         "June that year", "2020-06-01", "2020-06-30", "month"),
        ("The range opened in 2018. The following year it hosted drills.",
         "The following year", "2019-01-01", "2019-12-31", "year"),
        ("The range opened in 2018. A year later, troops drilled there.",
         "A year later", "2019-01-01", "2019-12-31", "year"),
        ("Drills were held in 2018. The previous year, none were.",
         "The previous year", "2017-01-01", "2017-12-31", "year"),
        ("The drills began on 5 March 2021. Later that month, troops moved.",
         "Later that month", "2021-03-01", "2021-03-31", "month"),
        ("Drills ran in October 2022. The following month, jets flew.",
         "The following month", "2022-11-01", "2022-11-30", "month"),
        ("Drills ran from 3 to 7 October 2022. The following week, jets flew.",
         "The following week", "2022-10-10", "2022-10-16", "week"),
        # with nothing told before, "the next month" counts from publication
        ("The next month will be busy.", "The next month", "2024-03-01", "2024-03-31", "month"),
        # a year that opens a sentence before, in the same paragraph, holds the story's
        # dates without a year
        ("In 2021, the tempo rose. Troops drilled at the Lyaur range in October.",
         "October", "2021-10-01", "2021-10-31", "month"),
        ("By 2021 the pace had changed. Drills ran between 5 and 10 August.",
         "between 5 and 10 August", "2021-08-05", "2021-08-10", "day"),
        # not a year told at the end of a sentence, nor one across a paragraph
        ("Russia held drills in 2021. Troops drilled at Lyaur in October.",
         "October", "2023-10-01", "2023-10-31", "month"),
        ("In 2021, the tempo rose.\nTroops drilled at the Lyaur range in October.",
         "October", "2023-10-01", "2023-10-31", "month"),
        # a month or season named by the date told before, in any sentence
        ("The template was fixed in the autumn of 2018. That October, units assembled.",
         "That October", "2018-10-01", "2018-10-31", "month"),
        ("In 2021, the Taliban advanced. That August, troops drilled at Harb-Maidon.",
         "That August", "2021-08-01", "2021-08-31", "month"),
        ("In October 2018 the CSTO held drills. The following spring, Russia drilled.",
         "The following spring", "2019-03-01", "2019-05-31", "season"),
        ("In October 2018 the CSTO held drills. In the spring of the next year, Russia drilled.",
         "the spring of the next year", "2019-03-01", "2019-05-31", "season"),
        ("Drills ran in the summer of 2019. The following summer, none were held.",
         "The following summer", "2020-06-01", "2020-08-31", "season"),
        ("Drills ran in March 2019. The previous winter, none were held.",
         "The previous winter", "2018-12-01", "2019-02-28", "season"),
        # with nothing told before, "That October" is October
        ("That October, troops drilled.", "That October", "2023-10-01", "2023-10-31", "month"),
        # days, weeks and months counted from the date told before
        ("The drill began on June 5, 2023. Scouts had arrived two days earlier.",
         "two days earlier", "2023-06-03", "2023-06-03", "day"),
        ("Drills ran from 3 to 7 October 2022. Two weeks later, jets flew.",
         "Two weeks later", "2022-10-17", "2022-10-23", "week"),
        ("Drills ran in October 2022. A month later, jets flew.",
         "A month later", "2022-11-01", "2022-11-30", "month"),
        # (from a month, two weeks back is a month's stretch moved back)
        ("In October 2023 troops drilled at Lyaur. Two weeks earlier, border guards drilled.",
         "Two weeks earlier", "2023-09-17", "2023-10-17", "month"),
        # a date without a year that opens a past-tense sentence goes on from a date told
        # before publication, in any sentence
        ("The Taliban's advance in the summer of 2021 changed everything. In early August, "
         "troops trained at Harb-Maidon.",
         "early August", "2021-08-01", "2021-08-10", "month_part"),
        ("In 2021 the Taliban advanced across the north. In August, troops held an exercise.",
         "August", "2021-08-01", "2021-08-31", "month"),
        ("In June 2021 troops held a drill at Lyaur. In August, they held another.",
         "August", "2021-08-01", "2021-08-31", "month"),
        ("In 2021 the Taliban advanced. In early August, troops trained. Later that month, "
         "they moved to Termez.",
         "Later that month", "2021-08-01", "2021-08-31", "month"),
        ("In October 2018 the CSTO drilled. In the spring, Russia and Uzbekistan drilled.",
         "the spring", "2019-03-01", "2019-05-31", "season"),
    ],
)  # fmt: skip
def test_find_dates_that_year_is_the_year_told_before(text, phrase, start, end, precision):
    found = {t.text: t for t in find_dates(text, date(2024, 2, 20))}
    assert phrase in found, list(found)
    got = found[phrase]
    assert (_iso(got.start), _iso(got.end), got.precision) == (start, end, precision)


def test_find_dates_that_year_with_no_year_before_it_is_unknown():
    (found,) = find_dates("That year, drills were held.", date(2024, 2, 20))
    assert found.start is None and found.precision == "unknown"


@pytest.mark.parametrize(
    ("before", "sentence", "phrase"),
    [
        # forward-looking copy: the month is the one publication gives
        ("Russia held drills in 2021.", "In August, the armies will drill again.", "August"),
        ("Russia held drills in 2021.", "In August, troops train at Lyaur.", "August"),
        # a date told in the future is not where the story goes on from
        ("Drills will be held in 2025.", "In August, troops trained at Lyaur.", "August"),
        # not a date inside a sentence
        ("Russia held drills in 2021.", "Troops drilled at Lyaur in early August.",
         "early August"),
        # "that" joining a clause
        ("Drills were held in 2021.", "Officials said that October would be busy.", "October"),
    ],
)  # fmt: skip
def test_find_dates_a_date_that_does_not_go_on_from_the_one_before(before, sentence, phrase):
    published = date(2024, 2, 20)
    alone = {t.text: t for t in find_dates(sentence, published)}
    after = {t.text: t for t in find_dates(f"{before} {sentence}", published)}
    assert phrase in alone and phrase in after, (list(alone), list(after))
    assert (after[phrase].start, after[phrase].end) == (alone[phrase].start, alone[phrase].end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # after a date in another month: later in that month
        ("The main drill runs from 3 to 7 October. Another is planned for later in the month.",
         "2022-10-08", "2022-10-31"),
        ("Drills are due from 20 to 24 October. Earlier in the month, jets will fly.",
         "2022-10-01", "2022-10-19"),
        # after a date of the month of publication, or with "this": that month
        ("Drills ran from 3 to 7 September. Later in the month, jets flew.",
         "2022-09-21", "2022-09-30"),
        ("The main drill runs from 3 to 7 October. Another is planned for later this month.",
         "2022-09-21", "2022-09-30"),
    ],
)  # fmt: skip
def test_find_dates_later_in_the_month_is_in_the_month_told(text, start, end):
    found = find_dates(text, date(2022, 9, 21))
    assert (_iso(found[-1].start), _iso(found[-1].end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The ministry said on June 12 that the drills, which started a day earlier, go on.", 11),
        ("On June 9 officials said the exercise had begun the previous day.", 8),
        ("Troops reached the range on June 5 and opened fire two days later.", 7),
        ("Troops reached the range on June 5; the drill began the following day.", 6),
    ],
)
def test_a_day_counted_from_a_date_of_the_same_sentence(text, day):
    found = find_dates(text, WED)
    assert date(2023, 6, day) in [d.start for d in found if d.start == d.end]


@pytest.mark.parametrize(
    "text",
    [
        # no date to count from in the sentence
        "The drills started a day earlier, officials said.",
        # counted from an event, not a date
        "On June 5 the troops arrived, a day before the exercise.",
    ],
)
def test_a_day_shift_without_a_date_of_its_sentence_dates_nothing(text):
    found = find_dates(text, WED)
    assert [d.start for d in found if d.start is not None] in ([], [date(2023, 6, 5)])


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Iran will hold an exercise in the week of 19 June.", date(2023, 6, 19)),
        ("Drills are planned for the week beginning 26 June.", date(2023, 6, 26)),
        ("Drills are planned for the week starting Monday, June 26.", date(2023, 6, 26)),
    ],
)
def test_the_week_of_a_day_is_seven_days(text, first):
    (found,) = find_dates(text, WED)
    assert (found.start, found.precision) == (first, "week")
    assert (found.end - found.start).days == 6


@pytest.mark.parametrize(
    ("text", "first", "day"),
    [
        (
            "Jets struck targets on Monday as the forces entered the third day of their exercise.",
            date(2023, 6, 10),
            date(2023, 6, 12),
        ),
        (
            "On the fifth day of the drills, Friday, tanks crossed the river.",
            date(2023, 6, 5),
            date(2023, 6, 9),
        ),
    ],
)
def test_the_nth_day_of_a_drill_runs_back_to_its_first_day(text, first, day):
    (found,) = find_dates(text, WED)
    assert (found.start, found.end) == (first, day)


def test_the_nth_day_in_another_sentence_moves_nothing():
    found = find_dates("The second day of the exercise was quiet. On Monday troops rested.", WED)
    assert [(d.start, d.end) for d in found] == [(date(2023, 6, 12), date(2023, 6, 12))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The CSTO is running three exercises at Harb-Maidon until Saturday.", 17),
        ("Troops are holding drills at Momirak through Sunday.", 18),
        ("The drills lasted until Saturday.", 10),
    ],
)
def test_until_a_weekday_looks_ahead_unless_told_in_the_past(text, day):
    (found,) = find_dates(text, WED)
    assert found.start == date(2023, 6, day)


def test_earlier_this_week_leaves_out_the_day_of_the_story():
    (found,) = find_dates("Earlier this week, troops drilled at Lyaur.", WED)
    assert (found.start, found.end, found.precision) == (
        date(2023, 6, 12),
        date(2023, 6, 13),
        "week",
    )
    (found,) = find_dates("Later this week, troops will drill at Lyaur.", WED)
    assert (found.start, found.end) == (date(2023, 6, 15), date(2023, 6, 18))


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("From 05.06 to 09.06.2023 the exercise was held.", date(2023, 6, 5), date(2023, 6, 9)),
        ("held 05.06-09.06.2023 at Termez", date(2023, 6, 5), date(2023, 6, 9)),
        ("from 28.12 to 03.01.2023", date(2022, 12, 28), date(2023, 1, 3)),
        # a bare day, then "to" and a full date: a range in that month, as "from 18 to 23
        # October 2021" is (not the one day 23 October)
        ("It will be held from 18 to 23.10.2021.", date(2021, 10, 18), date(2021, 10, 23)),
        ("It was held from 5 to 10.08.2024 at Termez.", date(2024, 8, 5), date(2024, 8, 10)),
        ("Units trained 5 till 10.08.2024 at Termez.", date(2024, 8, 5), date(2024, 8, 10)),
        ("in the 1st decade of July", date(2023, 7, 1), date(2023, 7, 10)),
        ("in the 2nd decade of July", date(2023, 7, 11), date(2023, 7, 20)),
    ],
)
def test_numeric_ranges_and_numbered_decades(text, first, last):
    (found,) = [d for d in find_dates(text, WED) if d.start is not None]
    assert (found.start, found.end) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has proposed a further trilateral exercise for the winter.",
        "A drill is planned for the winter.",
    ],
)
def test_a_season_a_drill_is_planned_for_is_to_come(text):
    (found,) = find_dates(text, WED)
    assert found.start == date(2023, 12, 1)


def test_a_season_a_drill_was_held_in_is_past():
    (found,) = find_dates("The drills were held in the spring.", WED)
    assert found.start == date(2023, 3, 1)


# A day and month without a year ("23.10"), held by a range or a date word, read like
# "23 October" (WED is 14 June 2023).
DAY_MONTH = [
    ("The exercise will be held from 18 to 23.10 at Harb-Maidon.", "from 18 to 23.10",
     "2023-10-18", "2023-10-23"),
    ("The active stage will take place on 10-12.09 at the range.", "10-12.09",
     "2023-09-10", "2023-09-12"),
    ("Drills will run from 18.10 to 23.10 near Kulob.", "from 18.10 to 23.10",
     "2023-10-18", "2023-10-23"),
    ("The active phase will be held on 22.10 at Harb-Maidon.", "22.10",
     "2023-10-22", "2023-10-22"),
    ("From 5 to 10.08 at Termez will take place a joint exercise.", "From 5 to 10.08",
     "2023-08-05", "2023-08-10"),
    ("The check will last until 19.06.", "19.06", "2023-06-19", "2023-06-19"),
    ("Since 01.06 the brigade has trained at Lyaur.", "01.06", "2023-06-01", "2023-06-01"),
    # by tense, like "5 June": a drill told as held is in the past, across New Year too
    ("The drill was held on 05.06 at Lyaur.", "05.06", "2023-06-05", "2023-06-05"),
    ("Drills were held from 28.12 to 03.01 near Kulob.", "from 28.12 to 03.01",
     "2022-12-28", "2023-01-03"),
    # a year told right after it is its year
    ("The drill will be held from 18 to 23.10 this year.", "from 18 to 23.10 this year",
     "2023-10-18", "2023-10-23"),
    ("The drill was held from 18 to 23.10 2021.", "from 18 to 23.10 2021",
     "2021-10-18", "2021-10-23"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "start", "end"), DAY_MONTH)
def test_a_day_and_month_without_a_year_is_read_where_a_date_word_holds_it(
    text, phrase, start, end
):
    (found,) = find_dates(text, WED)
    assert (found.text, _iso(found.start), _iso(found.end), found.precision) == (
        phrase,
        start,
        end,
        "day",
    )


@pytest.mark.parametrize(
    "text",
    [
        "About 1.5 thousand servicemen took part.",
        "The mast was raised to 2.10 metres.",
        "The drones run version 10.08 of the software.",
        "The drill began at 10.30 local time; at 10.10 the guns opened.",
        "Fuel cost $5.10 a litre, up from $4.90.",
        "Crews scored from 8.05 to 9.10 at the range.",
        "The Kazakh team won the relay by 10.05 seconds.",
        "Prices rose by 1.05 percent; the index rose to 1.12.",
        "The shares fell from 10.05 to 09.08 on the news.",
        "The median fell from 2.83 s to 2.12 s.",
        "The exchange rate went from 1.05 to 1.12 in a year.",
    ],
)
def test_a_decimal_number_is_no_day_and_month(text):
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("On the eve, a tactical exercise took place at the Lyaur range.", "the eve", 13),
        ("At the Liaur range took place on the eve a tactical exercise.", "the eve", 13),
        ("The day before, Tajik troops drilled at Fakhrabad.", "The day before", 13),
        ("The previous day, the brigade held drills at Lyaur.", "The previous day", 13),
        # the day before a day the story told first
        ("Drills opened on 6 June. On the eve, the ministers met in Dushanbe.", "the eve", 5),
    ],
)
def test_on_the_eve_is_the_day_before(text, phrase, day):
    found = {t.text: t for t in find_dates(text, WED)}
    assert phrase in found, list(found)
    assert (found[phrase].start, found[phrase].end) == (date(2023, 6, day), date(2023, 6, day))


def test_on_the_eve_told_twice_is_one_day():
    found = find_dates("The unit fought on the eve. On the eve, jets flew too.", WED)
    assert [t.start for t in found] == [date(2023, 6, 13)] * 2


@pytest.mark.parametrize(
    "text",
    [
        "On the eve of the exercise, the riflemen arrived at Lyaur.",
        "On the eve of Victory Day, a parade will be held.",
        "Troops rested on the previous day of the exercise.",
        "Troops will train at Lyaur the day before the parade.",
        "The troops arrived the day before Russia sent jets.",
    ],
)
def test_the_eve_of_an_event_dates_nothing(text):
    assert [t for t in find_dates(text, WED) if t.start is not None] == []


# "The current month" or "this month" where a month name stands: the month of publication
# (WED is 14 June 2023), with the days or part the phrase gives.
CURRENT_MONTH = [
    ("From 10 to 14 of the current month, troops drilled in Murghab.",
     "From 10 to 14 of the current month", "2023-06-10", "2023-06-14", "day"),
    ("On 14 of the current month, a joint exercise took place.", "14 of the current month",
     "2023-06-14", "2023-06-14", "day"),
    ("From the 10th to the 14th of the current month, units trained.",
     "From the 10th to the 14th of the current month", "2023-06-10", "2023-06-14", "day"),
    ("From 10 to 14 this month, units trained at Lyaur.", "From 10 to 14 this month",
     "2023-06-10", "2023-06-14", "day"),
    ("On the 14th of this month, a joint exercise took place.", "the 14th of this month",
     "2023-06-14", "2023-06-14", "day"),
    ("Between 20 and 24 of the current month, drills will be held.",
     "Between 20 and 24 of the current month", "2023-06-20", "2023-06-24", "day"),
    # ... or the month after or before it
    ("A drill will be held between the 12th and the 16th of next month.",
     "between the 12th and the 16th of next month", "2023-07-12", "2023-07-16", "day"),
    ("Units trained from 3 to 7 of last month at Momirak.", "from 3 to 7 of last month",
     "2023-05-03", "2023-05-07", "day"),
    ("The drill opens on the 5th of next month.", "the 5th of next month",
     "2023-07-05", "2023-07-05", "day"),
    ("Officers met on 30 of last month.", "30 of last month",
     "2023-05-30", "2023-05-30", "day"),
    ("In the third decade of the current month, drills will be held.",
     "the third decade of the current month", "2023-06-21", "2023-06-30", "month_part"),
    ("In the second decade of this month, drills will be held.",
     "the second decade of this month", "2023-06-11", "2023-06-20", "month_part"),
    ("At the end of the current month, drills will be held.", "the end of the current month",
     "2023-06-21", "2023-06-30", "month_part"),
    ("Drills will be held in the current month.", "the current month",
     "2023-06-01", "2023-06-30", "month"),
    # a count is no day; a decade of a year is no decade of a month
    ("The number of drills rose from 10 to 14 this month.", "this month",
     "2023-06-01", "2023-06-30", "month"),
    ("In the first decade of next year, drills will be held.", "next year",
     "2024-01-01", "2024-12-31", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "start", "end", "precision"), CURRENT_MONTH)
def test_the_current_month_stands_where_a_month_name_does(text, phrase, start, end, precision):
    (found,) = find_dates(text, WED)
    assert (found.text, _iso(found.start), _iso(found.end), found.precision) == (
        phrase,
        start,
        end,
        precision,
    )


# A date that opens a clause after another takes that clause's tense, not the one before.
CLAUSE_TENSES = [
    (
        "Units trained near Termez last month, and in August the two armies plan a larger drill.",
        "August",
        "2021-08-01",
        "2021-08-31",
    ),
    (
        "The drills ended on Friday, and on Monday the troops will begin a second exercise.",
        "Monday",
        "2021-07-26",
        "2021-07-26",
    ),
    (
        "The brigade will train in March, and in May it returned to barracks.",
        "May",
        "2021-05-01",
        "2021-05-31",
    ),
    # (its own clause only: "in May" is past here whatever follows the comma)
    (
        "Troops trained in May, and the ministry will publish a report.",
        "May",
        "2021-05-01",
        "2021-05-31",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "start", "end"), CLAUSE_TENSES)
def test_a_date_opening_a_clause_takes_its_own_clause_s_tense(sentence, phrase, start, end):
    (found,) = [t for t in find_dates(sentence, TUE) if t.text == phrase]
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


# A past verb of moving or sending, then the drill the forces went for, with no verb of
# its own: that drill may start a little after the story (published 2021-07-20).
PURPOSES = [
    (
        "The district has moved 2,000 riflemen to Chebarkul for a three-day exercise "
        "starting August 1.",
        "August 1",
        "2021-08-01",
        "2021-08-01",
    ),
    (
        "Tajik units arrived at the range to take part in drills in August.",
        "August",
        "2021-08-01",
        "2021-08-31",
    ),
    # (far ahead, the past still wins: the troops went for last year's drill)
    (
        "The brigade was sent to Termez for joint drills in October.",
        "October",
        "2020-10-01",
        "2020-10-31",
    ),
    # (a verb of the drill's own after "for" gives its tense)
    (
        "Troops were sent for the drills that began on August 1.",
        "August 1",
        "2020-08-01",
        "2020-08-01",
    ),
    # (no purpose: a past drill on a day after the story is last year's)
    (
        "The district held a three-day exercise at Chebarkul starting August 1.",
        "August 1",
        "2020-08-01",
        "2020-08-01",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase", "start", "end"), PURPOSES)
def test_a_drill_forces_went_for_may_start_just_after_the_story(sentence, phrase, start, end):
    (found,) = [t for t in find_dates(sentence, TUE) if t.text == phrase]
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


# "postponed to the autumn": a season after "to" is the new time of a drill; after "to"
# and before a noun it is the noun's ("returned to the summer camp").
@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end"),
    [
        (
            "The exercise planned for May has been postponed to the autumn.",
            "the autumn",
            "2021-09-01",
            "2021-11-30",
        ),
        (
            "The drills were moved to the winter because of the floods.",
            "the winter",
            "2021-12-01",
            "2022-02-28",
        ),
    ],
)
def test_a_season_a_drill_is_moved_to_is_a_date(sentence, phrase, start, end):
    (found,) = [t for t in find_dates(sentence, TUE) if t.text == phrase]
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    "sentence",
    ["The recruits returned to the summer camp.", "Units switched to the winter uniform."],
)
def test_a_season_before_a_noun_after_to_is_no_date(sentence):
    assert find_dates(sentence, TUE) == []


# A day and the day after it, told one after the other, are one stretch of two days.
@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Drills will be held on the night of July 24 and on the following day.",
         "July 24 and on the following day"),
        ("Drills will be held on July 24 and the next day.", "July 24 and the next day"),
        ("Drills will be held on July 24 and on July 25.", "July 24 and on July 25"),
    ],
)  # fmt: skip
def test_a_day_and_the_day_after_it_are_one_stretch(sentence, phrase):
    (found,) = find_dates(sentence, TUE)
    assert found.text == phrase
    assert (found.start, found.end, found.precision) == (
        date(2021, 7, 24),
        date(2021, 7, 25),
        "day",
    )


def test_two_days_apart_stay_two_dates():
    found = find_dates("Drills will be held on July 24 and on July 28.", TUE)
    assert [(d.start, d.end) for d in found] == [
        (date(2021, 7, 24), date(2021, 7, 24)),
        (date(2021, 7, 28), date(2021, 7, 28)),
    ]
