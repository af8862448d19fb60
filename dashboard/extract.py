"""Assemble drill events from the sentences of one article.

The finders (``temporal``, ``actors``, ``quantities`` and the gazetteer) say *what*
is in a sentence; this module decides *which event* each value belongs to.

How a sentence becomes evidence:

1. Boilerplate lines are skipped. Each remaining sentence is cut into clauses at
   conjunctions ("..., and Moscow announced ...") so that one sentence can report
   a deployment and a separate drill.
2. Phrases that only *refer* to another event ("ahead of military exercises next
   month", "days after the exercise") are masked, so their words do not leak into
   the event of the main clause.
3. Each clause with a trigger word (drills, deployed, signed ...) becomes a
   *mention* of kind ``exercise``, ``deployment`` or ``other``, carrying the dates,
   places, countries, counts and equipment found in it.
4. A mention joins an earlier event of the same kind when nothing contradicts it
   (dates overlap, same host, places close); a mention with a new date, place or
   host that contradicts every earlier event opens a new event. Clauses without a
   trigger but with counts or equipment add detail to the event just mentioned.

Who takes part, where and when:

* A country takes part when the text says its forces do. The people of a country who
  speak about a drill ("Kyrgyz officials said"), the seat of a speaker ("the ministry
  in Astana said"), a country a region borders, and a country named in a detail
  sentence that does not say it takes part are not participants.
* A capital acting as a subject ("Beijing and Astana held drills") is its
  government; after a place word ("south of Dushanbe") it is a town.
* "Near the Afghan border" with one participant that borders Afghanistan is that
  country's side of the border; with none or several, the side is not guessed.
* One dated end and a length ("began on 3 May", "a two-day exercise", "lasted five
  days", "the four-day drills" in a later sentence) give the whole range. A drill
  dated only by a statement about it takes its own date when one is given later; a
  named exercise ("Rubezh-2022") dates it to that year when nothing else does.

Every value keeps the character span of the words it came from.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from dashboard import regex_cache as rx
from dashboard.actors import (
    NOT_A_BORDER_FORCE,
    country_name,
    find_actors,
    is_border_context,
)
from dashboard.corpus import boilerplate_spans
from dashboard.model import (
    GEO_PRECISIONS,
    TIME_PRECISIONS,
    ActorMention,
    Article,
    Event,
    SourceRef,
    TimeExpr,
    distinct_names,
    names_agree,
)
from dashboard.quantities import find_counts, find_equipment, find_quantities
from dashboard.temporal import find_dates, month_number, weekday_number
from dashboard.text import (
    AnyCase,
    Folded,
    Gate,
    GatedAnyCase,
    fold_case,
    split_sentences,
    without_markup,
)

# The country whose border the analyst focuses on; border_km is measured to it.
FOCUS_BORDER = "AFG"
# Two site-level places further apart than this (km) are different drills.
PLACE_CONFLICT_KM = 60.0
# An undated mention with no definite reference ("the drills") continues an event only
# if that event was mentioned within this many sentences.
MAX_GAP_SENTENCES = 3
# A sentence without a trigger lends its counts, equipment or forces to the event of a
# sentence at most this many before it.
NEAR_SENTENCES = 2
# How many sentences before each sentence that is read have their dates read too: the
# dates there are what "That October", "the following spring" or an opening "In August" of
# the sentence read lean on ("In 2021 the Taliban advanced across the north. In early
# August, about 2,500 troops trained at Harb-Maidon"), though nothing else of them is read.
ANCHOR_SENTENCES = 2
# How far back (characters) the countries of a story choose between towns of one name.
HOMONYM_REACH = 600
# How many of the countries told last are tried there (each costs a place search).
HOMONYM_COUNTRIES = 2

# (not "fire drills", "evacuation drills", "passing drills": other trades drill too)
# (after "drill", so that they are tried only where "drill" is)
_NOT_MILITARY_DRILL = "".join(
    rf"(?<!{w}\sdrill)"
    for w in ("fire", "safety", "evacuation", "earthquake", "pressing", "passing",
              "fitness", "dental", "school", "emergency")
)  # fmt: skip
_EXERCISE = (
    rf"drill{_NOT_MILITARY_DRILL}s?|exercises?|war\s*games?|war-games?|manoeuvres?|maneuvers?|wargames?|"
    r"military\s+games|field\s+training|training\s+exercises?|"
    # "will conduct live firing at the Sary-Shagan range", "live-fire training"
    r"live[- ]fir(?:e|ing)(?:\s+training)?|firing\s+practice|"
    # "snap combat readiness checks": the name Russian-speaking armies give a drill.
    r"(?:combat\s+)?readiness\s+(?:checks?|inspections?)|snap\s+(?:checks?|inspections?)"
)
# Rarer ways to say a drill, kept out of _ANY_TRIGGER (every alternative there costs every
# sentence a try) and looked for only where their words are (``_RARE_WORDS``).
# "the Chirchiq training ground": where a landing is a drill, not an arrival.
_LANDING_RANGE = r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:training\s+ground|range|polygon)"
_RARE_EXERCISE = (
    # "a surprise inspection of combat readiness", "will check the combat readiness",
    # "units were put on high alert"
    r"(?:surprise|sudden|unscheduled)\s+(?:[\w-]+\s+)?(?:checks?|inspections?)|"
    r"(?:check|checks|checked|checking|inspect\w*)\s+(?:of\s+)?(?:the\s+)?combat\s+readiness|"
    r"(?:put|placed)\s+on\s+(?:high|full|combat)\s+alert|"
    # "Uzbek and Russian troops drilled together at the Termez range"
    # ("exercised separately at the Termez range")
    r"(?:drilled|exercised|trained)\s+(?:together|jointly|separately|alone|independently)|"
    r"(?:drilled|exercised)\s+(?:[a-z]+ly\s+)?(?:at|on|near|in)\b|"
    # "exercised with the Uzbeks at Termez", "were exercising again, this time with"
    r"(?:drilled|exercised|exercising)\s+(?:again\s+|together\s+|jointly\s+)?"
    r"(?:[-–—,]\s*(?:this\s+time\s+)?)?(?:with|alongside)\b|"
    # "paratroopers jumped together over the Chirchiq training ground", "airborne landings"
    r"(?:jumped|parachuted)\s+(?:together\s+)?(?:over|onto|into|at|near)|"
    r"(?:parachute|airborne)\s+(?:jumps|drops|landings|assaults?)|"
    # the Russian MoD's words, translated: "completed a field exit at the Momirak
    # training ground" (a unit's days out on a range), "combat coordination"
    r"field\s+exits?|combat\s+co-?ordination|"
    # "the joint staff training of the Collective Rapid Deployment Forces"
    r"(?:joint\s+|command[- ]|operational[- ])?staff\s+trainings?"
)
# A time told by what others did, up to its comma: "shortly before the Taliban took
# Kabul", "a week after the Taliban seized power in Afghanistan".
_TIME_ANCHOR = GatedAnyCase(
    r"\b(?:(?:shortly|just|soon|days|weeks|months|hours|a\s+(?:day|week|month|fortnight)|"
    r"a\s+few\s+(?:days|weeks|months)|(?:two|three|four|five|six|\d+)\s+(?:days|weeks|months))"
    r"\s+)(?:before|after)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:took|seized|captured|entered|swept|overran|came\s+to\s+power|fell|withdrew|invaded|"
    r"attacked|launched|announced|held|signed)\b[^,;.]*",
    "before|after",
)
# Where training is schooling: "trained at the Frunze Military Academy".
_NOT_AT_SCHOOL = (
    r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:academy|university|school|college|institute|course))"
)
# Ways to say a drill or a deployment that other trades use too ("the football team is
# training at the stadium", "surgeons practising new techniques", "a flight landed at
# Dushanbe airport"): they count only in a sentence that names forces or a drill ground
# (``_in_military_context``).
# What "training" opens that is no drill: "the training ground", "a training centre".
_NOT_A_TRAINING_PLACE = (
    r"(?!\s+(?:grounds?|ranges?|cent(?:re|er)s?|areas?|facilit\w+|bases?|camps?|academ\w+|"
    r"schools?|courses?|programmes?|programs?|missions?))"
)
_CONTEXT_EXERCISE = (
    # a programme in the present, where forces are named: "Russian and Uzbek forces train
    # at the Termez training ground"
    rf"(?:train|practi[sc]e|rehearse)(?:\s+together)?\s+(?:at|on|near|alongside){_NOT_AT_SCHOOL}|"
    # "The 2018 edition of Steppe Eagle drew about 1,700 troops": a drill of that year
    # (not "The 2023 edition of the Military Balance put the army at 9,000 troops")
    r"(?:19|20)\d\d\s+edition(?!\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:balance|report|"
    r"yearbook|review|book|handbook|guide|index|survey|magazine|journal|paper|atlas|study)\b)|"
    # "The first stage ran from 7 to 9 October at Harb-Maidon": a stage of a drill is held
    # as a drill is, and joins the drill it is part of where they agree
    r"(?:first|second|third|fourth|final|last|closing|concluding|opening|initial|main|"
    # (a stage "of" something else is not: "the first phase of the troop withdrawal")
    r"practical|active|live[- ]fir(?:e|ing)|command[- ]staff)\s+(?:stage|phase)s?(?!\s+of\b)|"
    # "practised repelling an attack", "rehearsed a joint response", "are practising
    # mountain warfare"
    r"(?:practi[sc]|rehears)(?:ed|ing)\s+(?:[a-z]+ing|how|joint|jointly|together|a|an|the|"
    r"hostage|counter-?terror\w*|combat|assault|ambush\w*|(?:air|border)\s+defen[cs]e|"
    r"(?:[a-z-]+\s+){0,4}(?:warfare|tactics|manoeuvres|operations|assaults|landings|crossings|"
    r"marches|skills|techniques|procedures|scenarios|interceptions?|evacuations?))|"
    # "artillerymen held tactical training", "pilots flew training sorties", "crews held
    # shooting practice" (not "held talks at the training ground")
    r"(?:held|hold|holds|conducted|conduct|conducts|carried\s+out|carry\s+out|flew|fly|flies|"
    # ("kicked off a two-week joint anti-terrorism training")
    r"staged|launched|started|opened|completed|concluded|finished|wrapped\s+up|kicked\s+off|"
    # ("took part in mountain warfare training near Kulob")
    r"(?:took|take|takes|taking)\s+part\s+in|participated\s+in|participate\s+in)\s+"
    rf"(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:training{_NOT_A_TRAINING_PLACE}|classes|sorties|"
    r"practice)|"
    # "Uzbek and Chinese special forces began joint anti-terrorism training" (not "joint
    # training of officers": schooling)
    rf"joint\s+(?:[\w-]+\s+){{0,2}}?training{_NOT_A_TRAINING_PLACE}(?!\s+(?:of|for)\b)|"
    # "Kyrgyz units are training at the Koy-Sary range"
    # ("have been drilling since Monday at the Termez training ground")
    r"(?:is|are|were|was|(?:has|have|had)\s+been)\s+(?:training|drilling)\s+"
    rf"(?:[\w,-]+\s+){{0,4}}?(?:at|on|near){_NOT_AT_SCHOOL}|"
    # "crews carried out simulated launches", "gunners fired some 200 rounds at the Termez
    # range" (at a range: rounds fired across a border are a clash, not a drill)
    r"(?:simulated|practice|training)\s+(?:missile\s+)?launch(?:es)?|"
    # "the two sides staged a larger version near Dushanbe", "The next edition, in 2023,
    # was held at Iliysky": another edition of the drill told (not "the print edition of")
    r"(?:held|hold|holds|staged|stage|stages|hosted|host|hosts|conducted|ran|repeated|"
    r"organi[sz]ed)\s+(?:a|an|another|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:version|edition|iteration)s?\b(?!\s+of\b)|"
    r"(?:next|previous|last|latest|following|subsequent|new|(?:19|20)\d\d|"
    r"(?:this|last|next)\s+year['’]s)\s+(?:edition|iteration)s?\b(?!\s+of\b)|"
    # "crews of Grad launchers fired at targets on Tuesday", "struck mock targets"
    r"(?:fired|fire|fires|firing)\s+at\s+(?:[\w-]+\s+){0,2}?targets|"
    rf"landed\s+(?:at|on|in)\s+{_LANDING_RANGE}|"
    r"(?:fired|fire|fires|firing)\s+(?:[\w,-]+\s+){0,4}?(?:rounds|shells|salvos|missiles|rockets)"
    r"(?=[^.;]{0,60}?"
    r"\b(?:at|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:range|training\s+ground|polygon|test\s+site|"
    r"firing\s+ground)\b)"
)
# "a plane carrying 400 paratroopers landed at Osh airport" (at a range: a drill)
_CONTEXT_DEPLOYMENT = rf"landed\s+(?:at|in)(?!\s+{_LANDING_RANGE})"
_RARE_DEPLOYMENT = (
    # "reinforced its border with 20,000 reservists", "to bolster its border"
    r"reinforc(?:ed|es|ing)|bolster(?:ed|s|ing)?|beefed\s+up|"
    # "called up 20,000 reservists" (not "reservists were called up to fill gaps")
    r"called\s+up\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"\d[\d,.]*"
)
# Named exercises carry their year: "Rubezh-2021", "Indestructible Brotherhood-2023".
_NAMED_EXERCISE = r"(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*-(?:19|20)\d\d)"
# "the units are to train at ...", "will rehearse": a drill described by its verb.
_TRAIN_VERB = (
    r"(?:to|will|would|are\s+to|is\s+to)\s+(?:train|practi[sc]e|rehearse)|"
    # "units trained at the Kharb-Maydon range" (where, not "trained in Russia": whom),
    # "police units trained alongside Tajik border guards"
    rf"trained\s+(?:together\s+)?(?:at|on|near|alongside){_NOT_AT_SCHOOL}"
)
# "Two years later", "three years later": the time of a later edition of a drill told.
_LATER_COUNT = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?)"
_LATER_YEARS = rf"{_LATER_COUNT}\s+years?\s+later"
# A sentence that opens on the pronoun of the drill just told: "It was held at the Donguz
# range.", "It will last until Saturday.", "It began on Monday." Only at the start of a
# sentence (the look-behinds), and looked for only in sentences that start with "It",
# "They" or "The" (or a time told before them, ``_FRONTED_PRONOUN_HEADS``): in
# ``_ANY_TRIGGER`` it cost every sentence a try at every "it". It tells of a drill only
# after one (``_Mention.by_pronoun``).
_PRONOUN_TRIGGER = AnyCase(
    r"(?:(?<=[.!?\"”’]\s)|(?<=\n)|(?<![\s\S]))"
    # (after the time of another edition: "Two years later it was held again", "In 2023 it
    # was held again")
    rf"(?:(?:{_LATER_YEARS}|in\s+(?:19|20)\d\d),?\s+)?(?:it|they|"
    # ("The check will last until 19 April", "The snap inspection ended on Friday": a
    # readiness check told again by its own noun)
    r"the\s+(?:(?:snap|surprise|sudden|combat|readiness|combat-readiness|military)\s+){0,3}"
    r"(?:check|inspection|training))\s+(?:"
    r"(?:was|were|is|are|will\s+be)\s+(?:held|staged|conducted)|"
    r"(?:took|take|takes|will\s+take)\s+place|"
    r"(?:will\s+|is\s+to\s+|are\s+to\s+)?(?:last|run|continue)s?\s+(?:until|till|through)|"
    r"(?:began|started|opened|ended|finished|concluded)\s+(?:on|in)|"
    # "It will end on Wednesday", "It ends on 1 December", "It wrapped up on Friday"
    r"(?:will\s+|is\s+(?:due|set|scheduled|expected)\s+to\s+)?(?:end|finish|conclude|close)s?\s+"
    r"(?:on|in|by)|wrapped\s+up(?:\s+on)?|(?:will\s+)?wraps?\s+up(?:\s+on)?)\b"
)
_PRONOUNS = ("it ", "they ", "the ")
# The nouns that "the" opens in _PRONOUN_TRIGGER, all within its first characters.
_PRONOUN_NOUNS = ("check", "inspection", "training")
_PRONOUN_REACH = 60
# How a sentence starts when a time is told before the pronoun.
_FRONTED_PRONOUN_HEADS = (
    *("a ", "one ", "two ", "three", "four ", "five ", "six ", "seven", "eight", "nine "),
    *("ten ", "in 19", "in 20", *"123456789"),
)
_DEPLOYMENT = (
    r"deploy(?:ed|s|ing|ment)?(?!\s+(?:force|brigade|unit|capabilit))|"
    r"redeploy(?:ed|s|ing|ment)?|arriv(?:e|ed|es|ing|al)|"
    # not "have moved to the active phase of the exercise": a stage of a drill
    r"moved(?!\s+(?:on\s+)?(?:in)?to\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+){0,2}?(?:phase|stage)s?\b)|"
    r"relocat(?:ed|ion)|airlift(?:ed)?|transferred|dispatched|"
    r"(?:made|completed)\s+(?:a|the)\s+(?:journey|march)|marched|"
    r"sent\s+(?:troops|forces|units|tanks)|"
    # "peacekeepers were sent to Kazakhstan amid the unrest"
    r"(?:was|were|been)\s+(?:sent|flown)\s+(?:in)?to(?!\s+(?:reinforce|help|assist|support|"
    r"guard|protect|secure|join|take|fight|train|observe|watch|bolster|strengthen|defend)\b)|"
    r"(?:flew|flown)\s+in|stationed\s+(?:new|additional)|"
    # "will send drones to", "units are to move tanks to": a deployment announced
    r"(?:(?:will|would|to|plans?\s+to|(?:is|are)\s+to)\s+(?:send|move|dispatch|transfer|"
    r"relocate|airlift)|(?:is|are)\s+(?:sending|moving|dispatching|transferring))"
    r"(?!\s+(?:an?\s+|the\s+|its\s+)?(?:delegations?|messages?|letters?|invitations?|"
    r"signals?|notes?|observers?|condolences|greetings|aid|humanitarian))"
)
_OTHER = (
    r"sign(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}"
    r"(?:agreement|accord|memorandum|deal|treaty|protocol|programme|program)|"
    r"visit(?:ed|s|ing)?|travel(?:l?ed)\s+to|held\s+talks|met\s+with|"
    r"adopted\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:programme|program|format|plan)"
)
TRIGGERS = {
    "exercise": AnyCase(rf"\b(?:{_EXERCISE}|{_TRAIN_VERB}|{_RARE_EXERCISE})\b"),
    "deployment": AnyCase(rf"\b(?:{_DEPLOYMENT}|{_RARE_DEPLOYMENT})\b"),
    "other": AnyCase(rf"\b(?:{_OTHER})\b"),
}
# Named exercises are matched in the text as written (they need their capitals).
_NAMED_TRIGGER = rx.compile(rf"\b{_NAMED_EXERCISE}\b")
# The year that every named exercise ends with: a sentence without it holds none.
_NAMED_YEAR = rx.compile(r"-(?:19|20)\d\d")
# Any trigger at all: a sentence without one (and far from the last event) is skipped.
# One group per kind: a sentence is searched once and its clauses take their share of
# the triggers (``_trigger_kind``, the plain way, searches each clause for each kind).
# The kinds' words never match at the same place, so both find the same triggers.
_ANY_TRIGGER = AnyCase(
    rf"\b(?:(?P<exercise>{_EXERCISE}|{_TRAIN_VERB})|(?P<deployment>{_DEPLOYMENT})|"
    rf"(?P<other>{_OTHER}))\b"
)
# _ANY_TRIGGER and _CONTEXT_TRIGGER without their groups, their branches side by side: the
# regex engine passes over a branch that opens on another letter than the word's without
# entering it, but it enters every group at every word. They find the same matches; the
# kind of each is read with the grouped pattern where it starts (``_kinds``). (A third of
# the cost of both, measured on the benchmark corpus.)
# "\b(?=[...])": a look at the first letter of a word, a class holding every letter a
# match can open on (tests/test_fast_paths_round2.py checks it), lets the regex engine
# leave at once the words that cannot start a match instead of trying each branch there.
# Said after the opening \b of the busiest rules, it cut 27.36 M instructions/article
# to 25.82 M.
_ANY_TRIGGER_FLAT = AnyCase(
    rf"\b(?=[a-fhilmpr-tvw])(?:{_EXERCISE}|{_TRAIN_VERB}|{_DEPLOYMENT}|{_OTHER})\b"
)
_CONTEXT_TRIGGER_FLAT = AnyCase(
    rf"\b(?=[12acfhij-pr-tw])(?:{_CONTEXT_EXERCISE}|{_CONTEXT_DEPLOYMENT})\b"
)
_RARE_TRIGGER = GatedAnyCase(
    rf"\b(?=[a-fijopr-u])(?:(?P<exercise>{_RARE_EXERCISE})|(?P<deployment>{_RARE_DEPLOYMENT}))\b",
    "surprise|sudden|unscheduled|readiness|alert|drilled|exercised|exercising|trained|jumped|"
    "parachut|"
    "airborne|reinforc|bolster|beefed|called|exit|coordination|staff",
)
_CONTEXT_TRIGGER = GatedAnyCase(
    rf"\b(?:(?P<exercise>{_CONTEXT_EXERCISE})|(?P<deployment>{_CONTEXT_DEPLOYMENT}))\b",
    "practi|rehears|train|drilling|launch|fire|firing|landed|stage|phase|sorties|classes|"
    "version|edition|iteration",
)
# Forces named in a sentence, or a drill ground: what _CONTEXT_TRIGGER needs to count
# (``_in_military_context``).
_DRILL_GROUND = GatedAnyCase(
    r"\b(?:training\s+(?:grounds?|ranges?|areas?|cent(?:re|er)s?)|firing\s+ranges?|"
    r"ranges?(?!\s+of\b)|polygons?)\b",
    "range|ground|polygon|training",
)
_FORCES = GatedAnyCase(
    r"\b(?:military|militar\w+|army|armies|armed|troops|soldiers|servicemen|servicewomen|"
    r"paratroopers|marines|units?|battalions?|brigades?|regiments?|divisions?|artillery\w*|"
    r"gunners|crews?|sappers|commandos|forces|tanks?|tankmen|infantry\w*|airborne|navy|naval|"
    r"garrisons?|reservists|conscripts|personnel|scouts|snipers|riflemen|contingents?|"
    r"missile\w*|rockets?|mortars?|howitzers?|iskander\w*|grad|csto|sco|commanders?|officers?|"
    # "Kazakh and Uzbek border guards again rehearsed sealing off a stretch of the border"
    r"border\s+guards?|guardsmen|frontier\s+guards?)\b",
    "militar|army|armies|armed|troops|soldier|servicem|servicew|paratroop|marine|unit|battalion|"
    "brigade|regiment|division|artiller|gunner|crew|sapper|commando|force|tank|infantr|airborne|"
    "navy|naval|garrison|reservist|conscript|personnel|scout|sniper|riflem|contingent|missile|"
    "rocket|mortar|howitzer|iskander|grad|csto|sco|commander|officer|guard",
)
# Word stems that every match of _ANY_TRIGGER holds: a sentence without one of them is
# not searched for triggers at all ("met" also hits "metres": that only costs a search).
_TRIGGER_STEMS = Gate(
    "drill|exercis|game|manoeuv|maneuv|train|practi|rehears|readiness|snap|"
    "deploy|arriv|move|moving|relocat|airlift|transfer|dispatch|journey|march|send|sent|"
    "flew|flown|stationed|sign|visit|travel|talks|met|adopted|fire|firing",
    ignore_case=True,
)
# How far before its first stem a trigger may start: "plans to send", "made the journey",
# "military games" (a run of many spaces inside a trigger could reach further).
_STEM_REACH = 24
# "ahead of military exercises next month": a reference to another event, not this one.
# "for drills that begin on Thursday" too: forces sent for a drill dated apart from them.
_TO_BEGIN = (
    r"(?:(?:due|set|scheduled|expected|planned)\s+to|(?:that|which)(?:\s+will|\s+are\s+to)?)"
    r"\s+(?:begins?|starts?|opens?|runs?|takes?\s+place|take\s+place|"
    r"(?:be|is|are)\s+(?:held|staged|conducted))"
    r"(?:\s+(?:(?:on|in|from)\s+)?[\w.]+(?:\s+\d{1,2}(?:-\d{1,2})?)?)?"
)
_REFERENCE = GatedAnyCase(
    r"\b(?:ahead\s+of|prior\s+to|in\s+preparation\s+for|in\s+the\s+run-up\s+to|before|after|"
    r"following|since|(?:days|weeks|hours)\s+after|(?:days|weeks)\s+before)\s+"
    # (not a day: "Since Monday the joint exercise is being held at Termez")
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d)\b)(?:[\w-]+\s+){0,3}?"
    # ("before the first live-fire stage")
    rf"(?:(?:{_EXERCISE})(?:\s+(?:stage|phase)s?)?|stages?|phases?)"
    rf"(?:\s+(?:next|this|last)\s+(?:month|week|year)|,?\s+{_TO_BEGIN})?"
    rf"|\bfor\s+(?:[\w\"“”’'-]+\s+){{0,3}}?(?:{_EXERCISE}),?\s+{_TO_BEGIN}"
    # "Attaches from China observed the final stage": who watched a drill told of
    r"|\b(?:observed|watched|attended|witnessed|monitored|followed)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:stages?|phases?|{_EXERCISE})\b"
    # "A planning conference of the exercise was held in Astana": a meeting about it
    r"|\b(?:planning|preparatory|coordination|final)\s+(?:conference|meeting|session|talks)\s+"
    rf"(?:of|on|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_EXERCISE})\b"
    # "discussed the border and the preparation of the exercises": talk of getting ready
    # (not "as part of preparations for the exercise that will take place at ...")
    r"|\b(?:discuss(?:ed|es|ing)?|talks\s+(?:on|about)|talked\s+about)\s+[^.;]{0,80}?"
    r"\band\s+(?:the\s+)?preparations?\s+(?:of|for)\s+(?:the|these|this|those|a|an|joint)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_EXERCISE})\b"
    # "to discuss the results of the exercises"
    r"|\b(?:results?|outcomes?|lessons|conclusions|review)\s+of\s+(?:the|these|this|those)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_EXERCISE})\b"
    # "discussed the joint drill", "agreed on the exercise", "the drills were discussed":
    # talk about a drill reports none (a visit or talks may still be an event of their own)
    r"|\b(?:discuss(?:ed|es|ing)?|agreed\s+(?:on|upon)|talks\s+(?:on|about)|talked\s+about)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_EXERCISE})\b"
    rf"|\b(?:{_EXERCISE})\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+discussed\b"
    # "the drill follows a visit to Dushanbe in March": what came before it ("drills,
    # which came months after a deadly clash on the border in late April")
    r"|\b(?:follows|followed|(?:comes|came)(?:\s+(?:months|weeks|days|years|shortly|soon|"
    r"just|only|a\s+year|a\s+month|a\s+week))*\s+after)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:visit|visits|talks|meeting|summit|clash|clashes|fighting|attack|attacks|takeover|"
    rf"conflict|war|skirmish|skirmishes|incident|offensive|withdrawal|crisis|{_EXERCISE})\b[^.;]*"
    # what else a drill follows, whatever it is: "follows a deadly exchange of fire near
    # the post in May", "months after a clash on the border in May" (to the next comma)
    r"|\b(?:follows|followed|(?:comes|came)(?:\s+(?:months|weeks|days|years|shortly|soon|just|"
    r"only))*\s+after|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of|(?:months|years)\s+after)\s+"
    # (to a colon too: "has followed the same logic: the Rubezh-2018 exercise was held")
    rf"(?:a|an|the|last)\s+(?!(?:[\w-]+\s+){{0,3}}?(?:{_EXERCISE}|stages?|phases?)\b)[^.;,:]*"
    # "our soldiers will use these vehicles on exercises": drills in general
    r"|\b(?:use|uses|used|using)\s+(?:[\w-]+\s+){0,3}?(?:on|in|during)\s+"
    r"(?:exercises|drills|manoeuvres|maneuvers)\b"
    # "The drills come a day before Moscow hosts Taliban officials for talks on Wednesday":
    # what a drill comes before, to the end of the clause
    r"|\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|several|"
    r"a\s+few)\s+(?:days?|weeks?)\s+)?(?:before|ahead\s+of)\s+[^.;]*?\b(?:talks|summit|"
    r"meeting|visit|conference|elections?|session|forum|parade|anniversary)\b[^.;]*"
    # "after the January 2022 intervention in Kazakhstan", "well before the fall of Kabul":
    # what a drill is told against, to the end of the clause
    r"|\b(?:after|before|since|following|amid)\s+(?:the\s+|a\s+|an\s+|last\s+)?"
    # ("weeks after the Taliban's return to Kabul")
    r"(?:[\w'’-]+\s+){0,3}?(?:intervention|invasion|uprising|unrest|protests|coup|fall|return|"
    # (not the time of what happened then: "after the unrest in January, when CSTO troops
    # were deployed")
    r"takeover|elections?)\b(?:\s+(?:in|of|to)\s+(?:the\s+)?[\w'’-]+)?(?!,?\s+when\b)"
    # "Correction: An earlier version of this article said the exercise would take place in
    # the second half of September": what is taken back
    r"|\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|"
    r"item)\b[^.;]*|\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|"
    r"gave|named|described|put|dated|identified)\b[^.;]*|\bmisstated\b[^.;]*"
    # "For Moscow, the exercises are also a message to Tashkent and Beijing"
    r"|\b(?:messages?|signals?|warnings?)\s+to\s+[^.;]*"
    # "A delegation is expected to visit Tashkent in June to plan a larger exercise in the
    # autumn", "officers met in Dushanbe on Tuesday to finalise plans for the Rubezh-2025
    # exercise", "planners met in Dushanbe this week for the final planning conference of
    # ...": the meeting's time and place, up to what it is for
    rf"|\b(?:visit(?:ed|s|ing)?|met|meets?|meeting|(?:held|hold|holds|holding)\s+talks|"
    r"gathered|convened)\s+[^.;]{0,60}?(?=\s+(?:(?:in\s+order\s+)?to\s+(?:plan|prepare|"
    r"coordinate|finali[sz]e|agree\s+on)\s+(?:[\w-]+\s+){0,4}?"
    rf"(?:{_EXERCISE})\b|for\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:planning|preparatory|"
    r"coordination)\s+(?:conference|meeting|session|talks)\b))"
    # "The maneuvers coincide with a meeting in Dushanbe of the CSTO's security council
    # secretaries on October 17": the date, place and bloc are the meeting's
    r"|\b(?:coincides?|coincided|coinciding|timed|(?:is|are|was|were)\s+held)\s+(?:\w+\s+)?"
    r"(?:with|to\s+coincide\s+with)\s+(?:a|an|the|this|last|next)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meetings?|summits?|visits?|talks|sessions?|conferences?|forums?|anniversary|holidays?|"
    r"parades?|celebrations?|elections?|congress)\b[^.;]*"
    # "1,000 servicemen, fewer than in last year's exercise at the same range", "more than
    # last year": the drill compared with is another, to the next comma
    # (not a count: "more than 300 soldiers in the exercise")
    r"|\b(?:than|compared\s+(?:with|to))\s+(?:in\s+|at\s+|during\s+|for\s+)?(?:the\s+)?"
    r"(?!\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"hundred|dozens?|hundreds|thousands?)\b)"
    rf"(?:(?:[\w'’-]+\s+){{0,3}}?(?:{_EXERCISE}|editions?)\b|(?:last|previous|past|"
    r"(?:19|20)\d\d)\b)[^.;,]*"
    # "patrols, in what officials described as preventive measures rather than an
    # exercise", "was not a drill": a drill that something is not
    r"|\b(?:rather\s+than|instead\s+of|(?:is|was|are|were)\s+not)\s+(?:an?\s+|the\s+|any\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_EXERCISE})\b",
    # every match holds one: the first words of a reference, or the verb after "for ..."
    "instead|not|ahead|prior|preparation|run|before|after|following|since|begin|start|open|take|planning|"
    "preparatory|coordination|final|observed|watched|attended|witnessed|monitored|followed|"
    "held|staged|conducted|result|outcome|lessons|conclusions|review|discuss|agreed|talk|use|"
    "follow|came|comes|wake|heels|months|years|than|compared|coincid|timed|amid|"
    "message|signal|warning|version|incorrectly|wrongly|erroneously|mistakenly|misstated|"
    "visit|met|meet|talks|gathered|convened",
)
# Clause boundaries inside a sentence. Context clauses ("as tensions remained high")
# are dropped; other clauses are kept and may carry their own trigger.
# "..., and Moscow announced ...": "and" + a capitalised subject + a verb starts a clause;
# "Kazakh and Armenian soldiers" does not.
_VERB = (
    # an "-ed" word before a force noun is its adjective ("the Uzbek and Russian armed forces")
    r"(?:\w+ed(?!\s+(?:forces|units?|troops|vehicles|personnel|brigades?|battalions?|"
    r"divisions?|regiments?|infantry|formations?|services|groups?|contingents?|columns?))|"
    r"said|says|is|was|were|are|will|would|has|have|had|plans?|began|begins|held|"
    r"holds|sent|sends|launched|announced|conducted|is|ran|runs|took|takes|kicked)"
)
_AND_SUBJECT = rf"and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+{_VERB}\b)"
# ', and the "Echelon-2021" logistics exercise took place ...': after a comma, a
# capitalised (or quoted) subject of a few words and its verb
_AND_QUOTED = (
    rf"and\s+(?=(?:the\s+)?[\"“‘']?[A-Z][\w'’-]*[\"”’']?(?:\s+[\w'’-]+){{0,3}}\s+{_VERB}\b)"
)
# ", and a combined exercise ... is due at Otar", ", and Russian and Uzbek troops
# exercised separately at Termez": after a comma, a subject in lower case, or two names
# joined by "and", of a few words and its verb
_AND_PHRASE = (
    # (past an aside: ", and Uzbekistan and Tajikistan, whose armies ..., held")
    rf"and\s+(?=(?:[\w'’-]+\s+){{0,9}}?(?:[\w'’-]+,\s+(?:who|whose|which)\s[^,;]{{1,100}},\s+)?"
    rf"{_VERB}\b)"
)
# The cuts as one reads them; _CLAUSE_KEEP finds the same matches.
_CLAUSE_KEEP_READABLE = (
    rf",?\s+{_AND_SUBJECT}|,\s+{_AND_QUOTED}|,\s+{_AND_PHRASE}|;\s*|:\s+|,\s+(?:but|while)\s+|"
    r"\s+but\s+(?!not\b)|,\s+including\s+(?=an?\s)|,\s+adding\s+that\s+"
)
# Each cut opens on a comma, a semicolon, a colon or a space: written to open on that one class,
# with look-behinds telling which it was, so the regex engine skips to candidates
# instead of trying every branch at every character.
_CLAUSE_KEEP = rx.compile(
    rf"[,;:\s](?:(?<=,)\s+{_AND_SUBJECT}|(?<=\s)\s*{_AND_SUBJECT}|(?<=,)\s+{_AND_QUOTED}"
    rf"|(?<=,)\s+{_AND_PHRASE}"
    # ("includes Tajikistan but not Uzbekistan": no clause)
    r"|(?<=;)\s*|(?<=:)\s+|(?<=,)\s+(?:but|while)\s+|(?<=\s)\s*but\s+(?!not\b)"
    # "..., including a trilateral exercise at Harb-Maidon in August": one drill of many
    r"|(?<=,)\s+including\s+(?=an?\s)"
    # "..., its chief of staff said, adding that Armenia had declined to send a unit": a
    # statement of its own
    r"|(?<=,)\s+adding\s+that\s+)"
)
_INCLUDING = rx.compile(r",\s+including\s+$")
_AFTER_WHERE = rx.compile(r",\s+where\s+$")
_ADDED_THAT = rx.compile(r",\s+adding\s+that\s+$")
_CLAUSE_DROP = AnyCase(
    # ("events such as Russian-Kyrgyz drills": an example, not a clause; "1,200 troops
    # as well as 100 tanks": the second "as" joins counts)
    r"(?<!\bsuch)(?<!\bwell)(?:,\s*|\s+)(?:as(?!\s+(?:(?:part|well)\s|(?:an?\s+)?(?:observers?|guests?)\b|"
    # "as many as 1,000 troops", "as of Monday", "went ahead as planned on Monday": no clause
    r"(?:many|much|few|long|soon|far|early|late|recently|of|planned|scheduled|expected|agreed|"
    r"usual|promised|intended|foreseen|before)\b))|amid|amidst|because|even\s+as|despite|"
    # "since the Taliban took power" is context; "since 2016" dates nothing away
    r"since(?!\s+(?:(?:19|20)\d\d|early|mid|late|last|the\s+(?:spring|summer|autumn|fall|winter|"
    r"start|beginning)|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday)\b)|"
    r"although|whereas|where)\s+"
    r"|\s+-\s+although\s+"
    # "... two months after the Taliban seized power in Kabul": a clause of its own time
    r"|\s(?:after|since)\s+(?:the\s+)?[a-z][\w'’-]*\s+(?:seized|took|came|captured|returned|"
    r"withdrew|fell|collapsed|won|swept|overran)\b"
    # "..., a week after talks between Moscow and Beijing", "The exercise comes weeks after
    # Afghan soldiers fled": what the drill is timed against, not who drills; unless it
    # tells of forces coming to the drill ("a day after Russian troops arrived to join
    # them"). (Not "before": "two days before Russian troops join them" tells who drills.)
    r"|(?:,\s+(?:just\s+|only\s+|barely\s+)?(?:a|an|one|two|three|four|five|six|several|"
    r"a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)|\s(?:comes?|came)\s+"
    r"(?:(?:just|only|a\s+few|several|a|two|three|\d+)\s+)?(?:days?|weeks?|months?))\s+after\s+"
    r"(?![^,.;:]{0,120}\b(?:join\w*|arriv\w*|deploy\w*|(?:take|took|taking)\s+part)\b)"
    # "..., while Kabul was quiet about the manoeuvres", "..., while Beijing protested":
    # a stance taken on the drill, not a force in it
    r"|,\s+while\s+(?=[^,.;:]{1,60}?\b(?:(?:was|were|is|are|has\s+been|have\s+been|"
    r"remained|remains|stayed|kept)\s+(?:\w+\s+)?(?:quiet|silent|mute|tight-lipped|wary|critical|"
    r"concerned|alarmed)|(?:said|says|warned|warns|protested|protests|critici[sz]ed|criticises|"
    r"criticizes|condemned|condemns|denied|denies|complained|complains|objected|objects|"
    r"voiced|voices|expressed|expresses)\b))"
)
# Where a main clause takes over from a context clause: ", but".
# (or ", with" and a count or a day: "staged their first joint exercise since signing a
# border deal, with around 300 troops drilling near Kerben on Nov. 25-26")
_RESUME = rx.compile(r",\s+but\s+(?!not\b|also\b)|,\s+with\s+(?=[^.;]*\d)")
# A context clause that opens a sentence, up to its comma: "As the Taliban swept ..., ".
_LEAD_CONTEXT = AnyCase(r"(?:as|while|amid|amidst|although|even\s+as|whereas)\s[^,;:]{3,120},\s*")
# Every match of _CLAUSE_DROP holds one of these: sentences without them (six in seven)
# skip its dearer search, which tries every space of the sentence.
_CLAUSE_DROP_WORDS = AnyCase(r"as\s|amid|because|despite|since|although|where|after|while")
# A definite or demonstrative reference to an event already mentioned.
_ANAPHOR = AnyCase(
    r"\b(?:the|these|this|those|during\s+the|its|their)\s+(?:\w+[- ]?){0,3}?"
    rf"(?:{_EXERCISE}|deployment|march|manoeuvres)\b"
)
_ALSO = AnyCase(r"\balso\b")
# "Kazakh troops also took part in the drills": more forces of the drill told, not another.
_JOINED_IT = AnyCase(
    r"\b(?:(?:took|take|takes|taking)\s+part|participated|participate[sd]?|joined|join|"
    r"(?:were|was|are|is)\s+involved)\s+in\s+(?:the|these|those|this)\b|\bjoined\s+(?:the|these|those)\b"
)
# "would join the exercise", "are joining them": forces coming to the drill told
_JOINS_IT = AnyCase(r"\bjoin(?:s|ed|ing)?\s+(?:the|these|those|this|them|it)\b")
_MAIN = AnyCase(rf"\bthe\s+main\s+(?:{_EXERCISE})\b")
# "the exercise", "the main exercise": the drill told before, by its definite article.
_THE_DRILL = AnyCase(rf"\b(?:the|this|these)\s+(?:[\w-]+\s+){{0,2}}?(?:{_EXERCISE})\b")
# "Russia has also moved aircraft to Tajikistan": done by the time of publication, when
# nothing else dates it. Not "has deployed troops there since 2004".
_DONE_BY_NOW = GatedAnyCase(
    r"\b(?:has|have)\s+(?:also\s+|already\s+|now\s+|just\s+)?(?:moved|deployed|sent|"
    r"relocated|transferred|airlifted|dispatched|flown\s+in|brought\s+in)\b",
    "has|have",
)
_EVERY = (
    r"regularly|routinely|every\s+(?:year|summer|spring|autumn|winter)|"
    r"every\s+(?:two|three|four|five|other|[2-9])\s+years"
)
# (Any "since" here: a move "since" anything is a standing deployment.)
_HABITUAL = AnyCase(rf"\b(?:{_EVERY}|since|for\s+(?:years|decades|months)|repeatedly|often)\b")
# "more drills", "another exercise", "a separate drill": explicitly a new event.
# A base that names forces: "units of the 201st military base", "jets from the Kant air
# base", "the 201st base held ..." (a drill "at" a base may be its host's own).
_FORCES_OF = rx.compile(r"(?:\b(?:of|from|by)\s+|^\s*)(?:the\s+|its\s+|their\s+|a\s+)?$", re.I)
# A base's command directs a drill from wherever it is: "the command of the 201st base".
_COMMAND_OF = rx.compile(
    r"\b(?:command|commanders?|headquarters|staff|leadership)\s+of\s+(?:the\s+|its\s+)?$", re.I
)
# The date a drill was first meant to have ("originally planned for last November").
_FIRST_PLANNED = rx.compile(
    r"\b(?:originally|initially)\s+(?:[\w-]+\s+){0,4}?(?:for|in|on|to)\s+(?:the\s+)?$", re.I
)
_FIRST_PLANNED_WORDS = Gate("originally|initially", ignore_case=True)
# The place a drill was first meant to be at ("originally planned at the Lyaur range").
_PLANNED_THERE = rx.compile(
    r"\b(?:originally|initially)\s+(?:[\w-]+\s+){0,3}?(?:at|for|in|on|near)\s+(?:the\s+)?$",
    re.I,
)
# The new date of a drill moved ("postponed until next year", "moved to 12 May").
_MOVED_TO = rx.compile(
    r"\b(?=[dmprsw])(?:postponed|put\s+off|pushed\s+back|delayed|deferred|rescheduled|moved|shifted)"
    r"(?:\s+[\w,-]+){0,6}?\s+(?:to|until|till)\s+(?:the\s+)?$"
    # "planned for 22-26 September, will now take place on 6-10 October"
    r"|\bwill\s+now\s+(?:[\w-]+\s+){0,3}?(?:(?:on|from|in|between|for)\s+)?$",
    re.I,
)
_BOUND_BEFORE = rx.compile(r"\b(?:before|after|prior\s+to)\s+$", re.I)
# "the two armies", "both sides": the forces named just before.
_THE_TWO = GatedAnyCase(
    r"\b(?:the\s+(?:two|three|four)|both)\s+(?:armies|countries|sides|nations|militaries|"
    r"neighbours|neighbors|allies|partners)\b",
    "two|three|four|both",
)
_NEW_EVENT = GatedAnyCase(
    # ("the next joint exercise is planned at Ala-Too", "the previous drills")
    rf"\b(?:more|another|other|further|additional|separate|second|new|own|next|previous|"
    rf"last|earlier|upcoming)\s+(?:\w+\s+){{0,2}}(?:{_EXERCISE})\b"
    # "Instead, Kazakh troops will hold a smaller exercise": in place of the one before
    r"|\binstead\b(?!\s+of\b)"
    # another edition of the drill told: "The next edition, in 2023, was held at Iliysky",
    # "staged a larger version", "Two years later it was held again" (not "held again on
    # Wednesday after a pause for rain": that one goes on)
    r"|\b(?:next|following|subsequent|new|another|later|larger|bigger|smaller|expanded|"
    r"scaled-down|second|third)\s+(?:[\w-]+\s+)?(?:edition|version|iteration)s?\b"
    rf"|\b{_LATER_YEARS}\b",
    "more|other|further|additional|separate|second|new|own|instead|next|previous|last|earlier|"
    "upcoming|edition|version|iteration|later",
)
# "southern Uzbekistan", "the south of Tajikistan" -> a part of a country.
_PART = rx.compile(
    r"\b(?:(?P<adj>north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|central|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+"
    r"(?P<c1>[A-Z][a-z]+)|the\s+(?P<noun>north|south|east|west|centre|center)\s+of\s+"
    r"(?P<c2>[A-Z][a-z]+))"
)
# "in Tajikistan", "to neighbouring Uzbekistan": the country is where it happens, not who.
_LOCATIVE_WORDS = r"in|into|inside|at|to|near|across|throughout|visit(?:ed|s|ing)?"
_LOCATIVE = rx.compile(rf"\b(?:{_LOCATIVE_WORDS})\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.I)
# "in Pithoragarh, India": the country of a town the gazetteer may not know is where.
_IN_TOWN_OF = rx.compile(r"\b(?:in|at|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+$")
# Words before a name that make it a place ("30 km south of Dushanbe", "from Moscow").
_PLACE_BEFORE = rx.compile(
    rf"\b(?:{_LOCATIVE_WORDS}|of|from|outside|around|toward|towards|via|between)\s+"
    r"(?:the\s+)?(?:[a-z-]+\s+)?$",
    re.I,
)
# "at the invitation of Astana", "at Moscow's request": the capital names its government.
_ON_BEHALF = rx.compile(
    r"\b(?:invitation|request|behest|initiative|orders?|proposal|suggestion|consent|"
    r"approval|permission)\s+of\s+(?:the\s+)?$",
    re.I,
)
# A clause about the future: a drill yet to come.
_FUTURE = AnyCase(
    r"\b(?:will|shall|to\s+be\s+held|plans?\s+to|planned|planning|(?:is|are)\s+to|"
    r"scheduled|upcoming|forthcoming|intends?\s+to|going\s+to|due\s+to)\b"
)
# A visit, talks or an agreement is a military-diplomatic act only in a sentence about
# the military.
_MILITARY = AnyCase(
    r"\b(?:military|militar\w+|defen[cs]e|army|armies|armed|troops|soldiers|servicemen|"
    r"security|border|borders|exercises?|drills?|weapons|arms|forces|base|bases|generals?|"
    r"csto|sco|nato|war|air\s+force|navy|naval|commanders?|chief\s+of\s+staff|garrison|"
    r"peacekeep\w+|counter-?terror\w*)\b"
)
# Drills counted in bulk ("an unusual number of exercises this year", "dozens of
# drills") are no one drill; the clause gives no event. ("A series of exercises" is kept:
# a bloc's combined drills are reported as one.)
_MANY_DRILLS = GatedAnyCase(
    # ("a string of drills with Tajik forces since the summer"; not "the latest in a string
    # of exercises", one of them, nor "a series of exercises", often one drill)
    r"\b(?:(?<!\bin\s)an?\s+(?:\w+\s+)?(?:number|string|spate|flurry|raft|wave)\s+of|dozens\s+of|"
    r"hundreds\s+of|many|numerous|"
    # drills in general: "Most bilateral drills involve between 500 and 1,500 troops"
    r"most(?:\s+of\s+(?:the|these|its|their))?|"
    # a document that lists drills: "approved a plan of joint exercises for next year"
    r"(?:plans?|schedules?|calendar|programmes?|programs?)\s+(?:of|for)(?:\s+the)?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_EXERCISE})\b"
    # ("Such drills usually involve ...", not "the drills usually held in May began ...")
    rf"|\b(?:{_EXERCISE})\s+(?:\w+\s+)?(?:(?:typically|usually|generally|normally)\s+"
    r"(?!(?:\w+ed|held|run|begun|seen|done)\b)\w+|tend\s+to)\b",
    "number|string|spate|flurry|raft|wave|dozens|hundreds|many|numerous|most|typically|"
    "usually|generally|normally|tend|plan|schedule|calendar|program",
)
# "will hold more than 20 exercises this year", "conducted 18 exercises": drills counted;
# "exercises with Russia, China, Turkey and India": drills with a list of partners.
# (Searched only in clauses with a trigger: cheaper than any gate that finds numbers.)
# (Every match opens a word: "\b(?=[...])" before the look-behind lets the regex engine
# skip to the words it may open on, instead of looking behind at every character.)
_COUNTED_DRILLS = GatedAnyCase(
    # (not "two" to "four": "two exercises, Search-2021 and Echelon-2021" are told one by one)
    r"\b(?=[1-9abd-fnq-t])(?<![\w,.-])(?:[1-9]\d{1,2}|a\s+dozen|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+"
    # ("eleven bilateral and multilateral drills")
    r"(?:(?!(?:in|at|on|of|for|to|from|by|during|and|or)\s)[\w-]+\s+(?:(?:and|or)\s+[\w-]+\s+)?)?"
    r"(?:exercises|drills)\b"
    # "made 2021 the busiest year for military exercises": drills in general
    r"|\b(?:busiest|quietest|record)\s+(?:year|month|season|period|summer|autumn)\s+for\s+"
    r"(?:[\w-]+\s+)?(?:exercises|drills)\b"
    # "has held joint exercises with Russia, China, Turkey, Pakistan and India": drills
    # with a list of partners are many drills
    r"|\b(?:exercises|drills)\s+with\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?,\s+){2,}",
    "exercises|drills",
)
# A drill told as a condition that is not so: "Were the CSTO to stage a drill in
# Gorno-Badakhshan tomorrow", "If the CSTO staged a drill there tomorrow", "Should Russia
# hold another drill next month", "would do better ... than to stage another drill".
# ("If the drills go ahead, 5,000 troops will take part" is a drill on a condition.)
_IRREALIS = rx.compile(
    r"\b(?i:should|were|had)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:to\s+)?(?i:stage|hold|conduct|launch|mount|run|host|staged|held|conducted|launched)\b"
    r"|\b(?i:if)\s+(?:[\w'’-]+\s+){1,4}?(?i:staged|held|conducted|launched|hosted|mounted|"
    r"were\s+to|was\s+to)\s+(?i:an?|another|one|its|their)\b"
    r"|\b(?i:than\s+to)\s+(?i:stage|hold|conduct|launch|mount|run)\b"
)
# "no joint exercises were held in 2020", "has not announced any drills", "none of them".
_NO_DRILLS = AnyCase(
    rf"\b(?=[ac-fhl-nr-tw])(?:no\s+(?:[\w-]+\s+){{0,2}}(?:{_EXERCISE})|not\s+(?:[\w-]+\s+){{0,2}}any\s+"
    rf"(?:[\w-]+\s+)?(?:{_EXERCISE})|none\s+of|"
    # "neither side has joined a drill hosted by the other since", "Neither the Chinese
    # outpost nor the Uzbek drills fall under CSTO command"
    r"neither\s+(?:side|country|army|state|government|of\s+them)\b|"
    r"neither\s+(?:[\w'’-]+\s+){1,6}?nor\b|"
    # "Uzbekistan ... does not take part in its drills": a habit of staying out
    rf"(?:does|do)\s+not\s+(?:take\s+part|participate)\s+in\s+(?:its|their|the|any)\s+"
    rf"(?:[\w-]+\s+)?(?:{_EXERCISE})|"
    # "for years avoided multilateral drills with Russia", "its exercise tempo has declined"
    rf"(?:avoided|avoids|avoid|shunned|shuns|skipped|skips)\s+(?:[\w-]+\s+){{0,2}}(?:{_EXERCISE})|"
    # "The war in Ukraine has drawn Russian units away but has not ended the drills"
    r"(?:has|have|had)\s+not\s+(?:ended|stopped|halted|interrupted)\s+(?:the\s+)?"
    r"(?:drills|exercises|manoeuvres|maneuvers)|"
    rf"(?:{_EXERCISE})\s+(?:tempo|cycle|activity)\b)\b"
)
# A habit is no one drill either ("has held annual drills with Russia since 2016") unless
# the clause dates one ("the annual exercise will be held in September"). Only "since" a
# year: a drill under way "since Monday" is one drill.
_HABIT = GatedAnyCase(
    rf"\b(?:{_EVERY}|annual(?:ly)?|yearly|each\s+year|"
    # "train with Tajik forces several times a year", "holds regular joint drills"
    r"(?:once|twice|several\s+times|(?:two|three|four|[2-9])\s+times)\s+a\s+(?:year|month)|"
    r"regular\s+(?:[\w-]+\s+){0,2}?(?:drills|exercises|manoeuvres|maneuvers)|"
    r"since\s+(?:19|20)\d\d|on\s+a\s+(?:bilateral|regular|rotating|routine|permanent)\s+basis|"
    # where forces are kept is no event: "the base is deployed in Tajikistan on the basis of
    # an agreement extended until 2042"
    r"on\s+the\s+basis\s+of|(?:is|are)\s+(?:permanently\s+)?(?:deployed|stationed|based)\s+in)\b",
    "annual|yearly|every|each|regularly|routinely|twice|since|basis|deployed|stationed|based|"
    "once|times|regular",
)
# Called off for good, in either order: "called off the drills", "called the drills off".
_CALL_OFF = (
    r"called\s+off|calls\s+off|cancell?ed|cancels|scrapped|scraps|"
    r"(?:pulled|pulls)\s+the\s+plug\s+on|"
    r"(?:called|calls)\s+(?:the|these|those|its|their|this|them)\s+(?:[\w-]+\s+){0,2}?off"
)
# A drill that was called off is not an event on the map, nor is one that will not
# happen: "Armenia is unlikely to send a contingent".
_CANCELLED = GatedAnyCase(
    rf"\b(?:{_CALL_OFF}|postponed\s+indefinitely|"
    # a drill only guessed at: "a Rubezh-2025 could well be held there", "if the reports
    # are true, a joint exercise could follow", "might hold a joint exercise next spring"
    r"(?:could|might)\s+(?:well\s+|also\s+|yet\s+|soon\s+|even\s+)?(?:be\s+held|hold|follow|"
    r"take\s+place|stage|conduct)|if\s+(?:the\s+)?(?:reports?\s+)?(?:are|is)\s+true|if\s+true|"
    r"(?:unlikely|not\s+(?:expected|planning|going)|refused|declined|no\s+plans?)\s+to|"
    # "had been expected to send a company but withdrew", "had not been asked to take part",
    # "denied that Turkmen troops were involved in the manoeuvres"
    r"but\s+(?:later\s+|then\s+)?(?:withdrew|pulled\s+out|backed\s+out|dropped\s+out|"
    r"declined|refused)|(?:had|has|have)\s+not\s+been\s+(?:asked|invited)\s+to|"
    r"had\s+been\s+(?:expected|due|invited)\s+to|"
    r"denie[sd]\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is|had\s+been|have\s+been)"
    r"\s+(?:involved|taking\s+part|participating)|"
    # "drills that would have involved 1,000 troops will be held at a later date"
    r"at\s+a\s+later\s+date|would\s+have\s+(?:involved|included|been\s+held|taken\s+place)|"
    # "six years ago a joint drill would have been a curiosity": a thought, not a drill
    r"would\s+have\s+been\s+(?:a|an|unthinkable|impossible|unimaginable|rare|unusual)\b|"
    # "the joint drill will not be held this year" (not "will not be held until May")
    # ("will not be held in Batken but near Osh", "won't go ahead without Kazakh troops":
    # only the end of the clause, or a year told with it, may follow)
    r"(?:(?:will|would|shall)\s+not|won['’]t)\s+(?:be\s+held|take\s+place|go\s+ahead|happen)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:this|next)\s+(?:year|month|spring|summer|autumn|fall|winter)\b"
    r"(?!\s+but\b)|\s+(?:at\s+all|after\s+all|as\s+planned|as\s+scheduled)\b)|"
    # "have postponed drills planned for May": not in May, and no new date given. A drill
    # moved to a new date ("postponed until October") is kept, for that date.
    r"(?:postponed|put\s+off|pushed\s+back|delayed|deferred)(?!\s+by\b)"
    # ("postponed to early October", "to the first half of October", "postponed and will
    # now run from 24 to 27 September": a new date)
    r"(?!(?:\s+[\w,-]+){0,6}?\s+(?:to|until|till)\s+(?:[\w-]+\s+){0,4}?(?:(?:early|mid|late)-)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|spring|summer|autumn|fall|"
    r"winter)|(?:\s+[\w,-]+){0,3}?\s+will\s+now\b))\b",
    "called|calls|cancel|scrap|pulled|pulls|postponed|unlikely|not|won|refused|declined|plan|put|"
    "pushed|later|would|"
    "could|might|true|"
    "delayed|deferred|withdrew|pulled|backed|dropped|denied|denies|expected|due|invited",
)
# Verbs that date one end of a drill: "began on Monday", "ended on Tuesday".
_START_VERB = rx.compile(
    r"\b(?=[bgklos])(?:began|begins|begin|started|starts|start|starting|opened|opens|open|kicked\s+off|"
    r"got\s+under\s+way|launched)\b",
    re.I,
)
_END_VERB = rx.compile(
    r"\b(?=[cefptuw])(?:ended|ends|end|concluded|concludes|conclude|finished|finishes|finish|closed|"
    # ("is due to wrap up on Aug. 10", "will close on Friday"; not "close to the border")
    r"closes?\s+on|wrap(?:s|ped)?\s+up|wind(?:s)?\s+(?:up|down)|wound\s+(?:up|down)|"
    r"c(?:o|a)mes?\s+to\s+an\s+end|completed|completes|complete)\b"
    r"|\b(?:until|till|through)\s+(?:on\s+)?$"
    # ("the drills were extended to November 25": a new end)
    r"|\b(?:extended|prolonged)\s+to\s+$",
    re.I,
)
# The verb right after a date that dates one end of a drill ("on Thursday completed").
_VERB_AFTER = rx.compile(
    # (past the same day told again: "on Monday (27 November) began", "on 6 Azar 1402
    # (27 November 2023), began")
    r"[\s,)]*(?:\([^()\n]{1,40}\)[\s,]*)?"
    r"(?:(?P<end>completed|ended|concluded|finished|wrapped\s+up|closed)|"
    r"(?P<start>began|started|opened|launched|kicked\s+off))\b",
    re.I,
)
# "militants crossing from Afghanistan": the country is a direction, not a participant.
_CROSSING = rx.compile(
    r"\b(?=[a-ce-mr-tw])(?:cross(?:ing|ed|es)?|com(?:ing|e|es)|came|mov(?:ing|e|es)|fle(?:e|eing|d)|"
    # ("Su-25 jets flown in from Kyrgyzstan": where they came from)
    r"(?:flown|flew|fly|flying)(?:\s+in)?|airlifted|redeployed|transferred|"
    r"infiltrat\w*|enter(?:ing|ed|s)?|withdr[ae]w\w*|left|"
    # the enemy of a drill's scenario: "repel an armed incursion from Afghanistan"
    r"incursions?|attacks?|invasions?|raids?|militants|insurgents|terrorists|gunmen|threats?|"
    # (an armed group, not "smaller groups from Kyrgyzstan and Tajikistan", who take part)
    r"(?:armed|terrorist|militant|extremist|sabotage|bandit|illegal|insurgent|jihadist|hostile|"
    r"enemy)\s+(?:[\w-]+\s+)?(?:groups?|formations?)|fighters|bands?)"
    r"\s+(?:from|into|through)\s+(?:the\s+)?$"
    # how far from it: "about 20 kilometres from Afghanistan", "50 km south of Afghanistan"
    r"|\b(?:kilomet(?:re|er)s?|km|miles)\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"(?:from|of|away\s+from|off)\s+(?:the\s+)?$",
    re.I,
)


# A sentence without a drill word that tells of something else: "Separately, Kyrgyzstan
# bought six drones", "Tajikistan has accused Bishkek of using the drones", "the Taliban
# staged a parade displaying Humvees and artillery". Its counts and kit are not the drill's.
def _same_drill_called_off(body: str, a: int, b: int, facts, draft: _Draft) -> bool:
    """Whether the clause ``a:b`` that calls a drill off can be of ``draft``: it names no
    other drill, and no other year ("Last year, Kyrgyzstan called off Indestructible
    Brotherhood-2022" is another drill)."""
    known = [n for m in draft.mentions for n in m.names]
    for m in _NAMED_TRIGGER.finditer(body, a, b):
        if not any(names_agree(m.group(), k) for k in known):
            return False
    # (a day is when it was called off; a year not the drill's is another drill's)
    return all(
        d.precision != "year" or d.start is None or draft.date is None or _overlaps(d, draft.date)
        for d in facts.dates
        if a <= d.span_start < b
    )


# A plan told in the past: "had said the training would run until 25 April".
_PAST_PLAN = GatedAnyCase(
    r"\b(?:would|(?:was|were)\s+(?:to|due|expected|scheduled|planned)|"
    r"had\s+been\s+(?:due|expected|scheduled|planned))\b",
    "would|was|were|had",
)
# A country's drill of its own forces at home: "put its entire armed forces through",
# "nationwide", "across the country".
_AT_HOME_WORDS = Gate("nationwide|country|its|readiness", ignore_case=True)
_AT_HOME = AnyCase(
    r"\b(?:nationwide|(?:across|throughout|all\s+over)\s+the\s+country|"
    r"its\s+(?:entire|whole)\s+(?:armed\s+forces|army|military)|all\s+(?:of\s+)?its\s+"
    r"(?:armed\s+forces|troops|units)|(?:inspection|check|review)\s+of\s+its\s+(?:own\s+)?"
    r"(?:armed\s+forces|army|military|troops)|"
    # "a sudden check of the combat readiness of the Armed Forces of the Republic of
    # Tajikistan": a country checks its own forces at home
    r"(?:combat\s+)?readiness\s+of\s+the\s+(?:armed\s+forces|army|troops))\b"
)
# The start of an item of a live page or a digest: a time ("**11:05 —"), a number
# ("2. ") or a bullet ("* ").
# (and a row of a table: "| Kavkaz-2016 | 2016 | Russia |")
_ITEM_START = rx.compile(r"[*_#\s]*(?:\d{1,2}[:.]\d{2}\s*[—–-]|\d{1,2}\.\s|[-*•·]\s|\|)")
# Called off for good (not "postponed", which may yet give a new date).
_CALLED_OFF = AnyCase(rf"\b(?:{_CALL_OFF})\b")
_CALLED_OFF_OR_PUT_OFF = GatedAnyCase(
    rf"\b(?:{_CALL_OFF}|postponed|put\s+off|delayed|suspended|halted)\b",
    "called|calls|cancel|scrap|pulled|pulls|postponed|put|delayed|suspended|halted",
)
# A drill called off or refused, told in a relative clause: "the exercise that Kyrgyzstan
# called off", "which Kyrgyzstan refused to host".
_CALLED_OFF_THAT = GatedAnyCase(
    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){0,4}?(?:had\s+)?(?:called\s+off|cancell?ed|"
    r"scrapped|refused\s+to\s+host|declined\s+to\s+host|pulled\s+out\s+of)\b",
    "called|cancel|scrapped|refused|declined|pulled",
)
# ... and where it is held now: "will be held at Iliysky instead", "will now take place".
_HELD_INSTEAD = GatedAnyCase(
    r"\b(?:will|would|is\s+to|are\s+to)\s+(?:now\s+|instead\s+)?(?:be\s+held|take\s+place|"
    r"go\s+ahead|be\s+staged|run)\b",
    "held|place|ahead|staged|run",
)
# A part of a drill, opening its clause: "A live-fire stage of the joint exercise",
# "Live firing at the joint exercise", "Wednesday's part of the exercise".
_PART_OPENS = GatedAnyCase(
    r"\b(?:(?:a|an|the|one|its|[a-z]+day['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:stage|phase|part|episode|live[- ]fir(?:e|ing)|firing|parachute\s+drop|jump)s?\s+"
    r"(?:of|at|in|during)\s+(?:the|a|an|its|their)\b",
    "stage|phase|part|episode|fire|firing|drop|jump",
)
# The plan of a drill, told as a plan: after a drill was called off, "The drills were to
# have been held at Edelweiss from 10 to 14 October" tells what will not happen.
_PLAN_TOLD = GatedAnyCase(
    r"\b(?:(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
    r"(?:planned|scheduled|slated|due|set)|(?:was|were)\s+to\s+have|would\s+have)\b",
    "planned|scheduled|slated|due|set|have",
)
_ELSEWHERE = GatedAnyCase(
    r"(?:(?<=[.!?\"”’]\s)|(?<=\n)|(?<![\s\S]))\W*(?:separately|meanwhile|elsewhere|"
    r"in\s+other\s+news)\b|"
    r"\b(?:bought|buys|purchased|purchases|ordered|orders|acquired|procured|accus(?:ed|es|ing)|"
    r"parades?|exported|imported|"
    # arms handed over: "Earlier, TASS reported that the base received a batch of Orlan-10
    # drones", "Russia delivered drones to the base", "signed a contract for the supply of"
    r"(?:batch|batches|shipment|shipments|consignment|consignments)\s+of|"
    # (not "delivered strikes on the positions", "ferried supplies to forward positions")
    r"deliver(?:y|ies)\s+of|suppl(?:y|ies)\s+of|supplied\s+to|transferred\s+to|handed\s+over|"
    r"delivered\s+(?!(?:[\w-]+\s+)?(?:strikes?|blows?|fire|messages?|speech)\b)"
    r"(?:[\w-]+\s+){1,3}?to\b|"
    r"contracts?\s+(?:for|to|with|worth))\b",
    "separately|meanwhile|elsewhere|news|bought|buys|purchase|order|acquired|procured|accus|"
    "parade|exported|imported|batch|shipment|consignment|deliver|suppl|transferred|handed|"
    "contract",
)
# Who has left the drills: "Armenia has suspended its participation", "no longer takes part".
_QUIT = (
    r"(?:stopped|ceased|suspended|halted|froze|frozen)\s+(?:taking\s+part|participating|"
    r"(?:its|their)\s+participation)|no\s+longer\s+(?:takes?|taking|took)\s+part|"
    r"no\s+longer\s+participat\w*"
)
# A sentence that says who did *not* take part adds no participants.
_NEGATION = AnyCase(
    rf"\b(?:{_QUIT}|no|not|never|neither|nor|without|stay\s+at\s+home|pulled\s+out|withdr[ae]w|"
    r"declined|"
    r"refused|skipped|absent|denie[sd]|(?:kept|keeps|keeping)\s+(?:its|their)\s+distance|"
    # "Armenia ... sent nobody", "Armenia boycotted the drill"
    r"nobody|no-one|boycott(?:ed|s|ing)?|(?:sat|sits|sitting)\s+out|opted\s+out|"
    r"stay(?:ed|s|ing)?\s+(?:away|out))\b"
)
# A sentence without a trigger that says who takes part in the event just mentioned.
_PARTICIPATION = AnyCase(
    r"\b(?:take|takes|took|taking)\s+part\b|\bparticipat\w+|\bjoin(?:s|ed|ing)?\b|"
    r"\binvolv\w+|\bcontingents?\b.{0,40}\b(?:from|coming|arriv\w+)|"
    # "Nearly 2,500 servicemen from Russia and Belarus are expected."
    r"\b(?:troops|servicemen|soldiers|personnel|units|forces|paratroopers|sailors|airmen)\s+"
    r"from\b|"
    # ("Kazakhstan fielded 900 soldiers", "provided a company of paratroopers")
    r"\b(?:sent|sends|send|contribut\w+|field(?:ed|s)?|provid(?:ed|es)|committ?(?:ed|s)?|"
    r"brought|brings)\s+(?:a\s+|an\s+)?(?:[\w,.-]+\s+)?"
    r"(?:troops|units?|battalions?|contingents?|company|companies|platoons?|soldiers|servicemen|"
    r"personnel|paratroopers|marines|sailors|officers|special\s+forces|crews)\b"
)
# A clause with a trigger that says a country stayed out ("Turkmenistan did not take
# part in any drills") names no participant.
_AWAY = r"\s+(?:away|out|at\s+home)\b"  # "stayed away", "staying at home"
_STAYED_OUT = GatedAnyCase(
    rf"\b(?:{_QUIT})|"
    r"\b(?:(?:did|does|do|will|would)\s+not|didn['’]t|won['’]t|never)\s+(?:take\s+part|"
    rf"participate|join|send)|\bstay(?:ed|s)?{_AWAY}|\bpulled\s+out\b|"
    r"\b(?:kept|keeps|keeping)\s+(?:its|their)\s+distance\b|"
    r"\bskipped\b|\b(?:were|was|are|is|have\s+been|has\s+been)\s+not\s+invited\b|"
    r"\bboycott(?:ed|s|ing)?\b|\b(?:sat|sits|sitting)\s+out\b|\bopted\s+out\b|"
    r"\b(?:are|is|were|was)\s+not\s+(?:taking\s+part|participating|involved)\b|"
    # who may join has not joined: "Tajik units may join the final day"
    r"\b(?:may|might|could)\s+(?:also\s+|yet\s+|still\s+|later\s+)?(?:join|take\s+part|"
    r"participate|send)\b|\b(?:is|are|was|were)\s+considering\s+(?:joining|sending|taking)\b|"
    # who keeps silent says nothing of taking part: "the Tajik ministry has not commented"
    r"\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?commented|declined\s+to\s+comment|"
    r"(?:did|has|have)\s+not\s+(?:immediately\s+)?(?:respond|responded|replied|confirmed))\b",
    # (a prefilter: "not" also hits "another", "may" the month; that costs only a search)
    "not|never|didn|won|stay|pulled|kept|keep|skipped|boycott|sat|sits|sitting|opted|may|"
    "might|could|considering|commented|declined|stopped|ceased|suspended|halted|froze|longer",
)
# Where forces are kept: "its Kant air base in", "the 201st base in", "the air base at".
_HOME_BASE = (
    r"(?:bases?|garrisons?|airfields?|air\s+fields?|barracks|depots?|headquarters|stations?|"
    # "from the places of permanent deployment in Dushanbe and Bokhtar" (translated copy)
    r"(?:places|points|sites)\s+of\s+(?:permanent\s+)?deployment)"
)
_AT_BASE = rf"(?:[\w'’-]+\s+){{0,3}}?{_HOME_BASE}\s+(?:in|at|near)\s+(?:the\s+)?"
# Who tells, who stays away, where a drill will not be and who left a bloc: none of them
# takes part ("according to Kazakh and Russian media", "without Armenia", "with Armenia
# again staying away", "not be held in Batken", "which had left the bloc").
_ACCORDING = rx.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,1}(?:[\w'’-]+,?\s+(?:and|or)\s+)?$", re.I
)
_WITHOUT_BEFORE = rx.compile(
    # (and who sold the kit: "drones bought from Turkey")
    r"\b(?=[abdeim-prsw])(?:without|except|excluding|minus|but\s+not|not\s+including|other\s+than|"
    r"(?:bought|purchased|acquired|imported|supplied|received|obtained|ordered|procured|"
    r"delivered|made|built|manufactured)\s+(?:from|by|in))\s+(?:the\s+)?$",
    re.I,
)
_STAYING_AFTER = rx.compile(
    # (past an aside: "with Armenia, a founding member, staying away")
    rf"(?:,[^,;:()]{{1,80}},)?(?:\s+(?:again|also|once\s+again))?\s+(?:staying|stayed|stays)"
    rf"{_AWAY}"
    # (who made the kit: "Russian-made Mi-8 helicopters", "Chinese-built drones")
    r"|[-‐–]\s*(?:made|built|produced|designed|manufactured|supplied)\b",
    re.I,
)
_NOT_HERE = rx.compile(
    r"\b(?:not\s+(?:be\s+)?(?:held|take\s+place|staged|conducted)|rather\s+than|instead\s+of)"
    r"\s+(?:in|at|on|near)?\s*(?:the\s+)?$",
    re.I,
)
_OUTSIDE_BLOC = rx.compile(
    r"\b(?:left|quit|exited|withdrew\s+from|leaves|quits|outside|(?:not|no\s+longer)\s+"
    r"(?:a\s+)?(?:member|part)\s+of|suspended\s+(?:its\s+)?(?:membership|participation)\s+in|"
    # "does not join CSTO drills", "has never joined the CSTO"
    r"(?:(?:does|do|did|will)\s+not|never|(?:has|have)\s+never)\s+(?:join|joined|take\s+part\s+in|"
    r"took\s+part\s+in|participate\s+in|participated\s+in))"
    r"\s+(?:the\s+|any\s+)?$",
    re.I,
)
# "Alongside the CSTO games, Russian and Tajik troops held a separate exercise": the bloc
# of the drills beside it
_BESIDE = rx.compile(
    r"\b(?:alongside|besides|apart\s+from|separately\s+from|(?:separate|distinct|different)\s+"
    r"from|unlike|differs?\s+from|in\s+addition\s+to|parallel\s+to|outside)\s+"
    r"(?:the\s+|its\s+)?$",
    re.I,
)
# A landmark across a border: "in Tajikistan's Khatlon province opposite Afghanistan's
# Kunduz province", "Khatlon, which borders Afghanistan's Kunduz province". It places the
# drill near it; it is neither where the drill is nor who takes part.
_FACING = rx.compile(
    r"\b(?:opposite|facing|across\s+(?:the\s+[\w-]+\s+)?from|bordering|(?:which|that)\s+"
    r"borders?|adjacent\s+to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+|[A-Z][\w'’-]*\s+"
    r"(?:province|region|district)\s+of\s+)?$"
)
# "troops from Kant air base": a place after "from" is where forces came from, and so is
# the place of a base they came from ("from its Kant air base in Kyrgyzstan").
_FROM_UNIT = (
    r"\b(?=[a-df-hjopr-u])(?:from|(?:troops|units?|soldiers|servicemen|personnel|forces|contingents?|crews|"
    r"regiments?|brigades?|battalions?|artillerymen|paratroopers|gunners|sailors|pilots|"
    r"officers|specialists|sappers|tankmen|aircraft|jets|helicopters|planes|bombers|fighters|"
    r"drones)\s+of)\s+"
)
# "servicemen from the Tajik armed forces and the Russian 201st military base": searched
# (further back) only where "and" is near, as _origin does
_ORIGIN_AND = rx.compile(
    # (not across a verb or a place: "soldiers from Russia held drills in Tajikistan and at")
    rf"{_FROM_UNIT}(?:(?!(?:held|hold|holds|began|begin|took|take|drilled|trained|are|is|was|"
    r"were|will|in|at|on|near)\b)[\w'’-]+\s+){1,6}?(?:and|&)\s+(?:its|the|their|a|an)?\s*"
    r"(?:[\w'’-]+\s+){0,2}$"
    # ("from the places of permanent deployment in Dushanbe and Bokhtar")
    rf"|\bfrom\s+(?:its|the|their|a|an)?\s*{_AT_BASE}[\w'’-]+(?:\s+[\w'’-]+)?,?\s+(?:and|&)\s+$",
    re.I,
)
_ORIGIN = rx.compile(
    # (not "armed groups from Afghanistan at Lyaur": a place after "at" is where)
    rf"{_FROM_UNIT}(?:its|the|their|a|an)?\s*(?!(?:[\w'’-]+\s+)?(?:at|near|on)\s+$)"
    rf"(?:[\w'’-]+\s+){{0,2}}$|\bfrom\s+(?:its|the|their|a|an)?\s*{_AT_BASE}$",
    re.I,
)
_FROM_BASE = rx.compile(rf"\bfrom\s+(?:its|the|their|a|an)?\s*{_AT_BASE}$", re.I)
# "Russian forces stationed at the Kant air base": where the forces live, which is where
# they drill only when the clause names no other place
_STATIONED = rx.compile(
    r"\b(?:stationed|based|garrisoned|quartered)\s+(?:at|in|on)\s+(?:its|the|their|a|an)?\s*"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# Forces that left their base for somewhere else: "moved to unfamiliar terrain".
_LEFT_FOR = rx.compile(
    r"\b(?:moved|marched|redeployed|relocated|transferred|dispatched|advanced|headed|went|"
    r"deployed)\s+(?:[\w'’-]+\s+){0,3}?(?:to|into|towards?)\b",
    re.I,
)
# "moved jets from (its base in) Kyrgyzstan to Tajikistan": where forces came from is
# neither host nor participant; "troops from Russia and Kyrgyzstan" are participants.
_MOVED_FROM = rx.compile(
    rf"\bfrom\s+(?:its|the|their|a|an)?\s*(?:(?:[\w'’-]+\s+){{0,2}}?|{_AT_BASE})$", re.I
)
# "Kazakhstan will host a CSTO exercise", "Russia hosted the drills": the host country.
# (past "itself", "also", "again", ", in turn,": "Kazakhstan itself will host")
_HOST_ASIDE = r"(?:(?:itself|also|again|too|in\s+turn|for\s+its\s+part|once\s+again),?\s+)?"
_HOSTS_AFTER = rx.compile(
    rf",?\s+{_HOST_ASIDE}(?:(?:will|would|is\s+to|is\s+set\s+to|plans\s+to|is\s+due\s+to)\s+)?"
    rf"{_HOST_ASIDE}(?:host|hosts|hosted|is\s+hosting)\b",
    re.I,
)
# "the 201st base in Dushanbe": the country or capital where a base is hosts, takes no part.
_AT_HOME_BASE = rx.compile(
    rf"\b(?=[abdghpqs])(?:{_HOME_BASE}|stationed|based|garrisoned|quartered)\s+(?:in|at|near)\s+(?:the\s+)?$",
    re.I,
)
_TO_PLACE = rx.compile(r"\s+(?:to|into)\s+(?:the\s+)?[A-Z]")
# "the defence ministry in Astana said": the place is where the speaker sits.
_SEAT = rx.compile(
    r"\b(?=[ac-eghmoprs])(?:ministry|ministries|officials?|spokes(?:man|woman|person)|sources?|government|"
    r"authorities|embassy|embassies|diplomats?|analysts?|correspondents?|reporters?|"
    r"critics|commentators|observers|experts|headquarters|press\s+service)\s+in\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "the Kyrgyz air field at Kant", "on Tajik territory": a demonym naming where, not who.
_WHERE_NOUN = rx.compile(
    r"\s+(?:capital|territory|soil|side|town|city|village|region|province|airfield|"
    r"air\s+field|mountains|highlands|steppe)\b",
    re.I,
)
# "Kyrgyz officials said", "Chinese state media reported": right after a demonym, its
# people speak about the drill; that does not make the country a participant. (A
# ministry or government that speaks is left a participant: it speaks for its forces.)
_SAID_AFTER = rx.compile(
    r"(?:['’]s\s+(?:press\s+service|spokes(?:man|woman|person)|command))?\s+(?:also\s+)?"
    r"(?:said|says|reported|announced|stated|told|added|noted)\b",
    re.I,
)
_SPEAKERS = rx.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:officers?|officials?|sources?|analysts?|diplomats?|"
    r"spokes(?:man|woman|person)|media|experts?|observers?|newspapers?|television|"
    # ("Spanish agency EFE said", "the Russian broadcaster RT reported")
    r"agency|agencies|broadcaster|outlet|daily|radio|website|portal)(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:have\s+|has\s+)?(?:said|say|says|told|reported|report|reports|noted|described|"
    r"questioned|believe|insist|insisted|claimed)\b",
    re.I,
)
# A country that a drill is compared with takes no part in it.
_COMPARED = rx.compile(
    r"\b(?:standards\s+of|compared\s+(?:with|to)|than|unlike|similar\s+to|dwarfed\s+by)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+(?:or|and)\s+)?$",
    re.I,
)
_COMPARED_WORDS = Gate("standards|compared|than|unlike|similar|dwarfed", ignore_case=True)
# Observers are no participants: "Chinese military attaches have been invited to
# observe", "China and Iran will observe the drills", "watched by officers from Iran".
# Between the country and the cue only names and the words of a title may stand.
_TITLE_WORDS = (
    r"(?:[\s,]+(?:(?i:and|from|of|the|military|army|defen[cs]e|senior|officers?|officials?|"
    r"attach[eé]s|delegations?|troops|units|soldiers|servicemen|personnel)|[A-Z][\w'’-]*))*?"
)
# A country that takes a stand on a drill comments on it, and takes no part: "Lithuania,
# Latvia and Poland said they would watch the manoeuvres closely", "Russia has called
# the exercises provocative", "Tashkent said it was not informed in advance".
_STANCE_WORDS = Gate(
    "call|critici|condemn|denounc|protest|accus|warn|said|inform|notif", ignore_case=False
)
_STANCE_AFTER = rx.compile(
    rf"{_TITLE_WORDS},?\s+(?:(?:has|have|had)\s+)?(?:also\s+|again\s+)?"
    r"(?:called\s+(?:the|these|those|this|that|it|them)\b|critici[sz]ed|condemned|denounced|"
    r"protested|accused|warned\s+(?:that|against|of)|"
    r"said\s+(?:it|they)\s+(?:would|will|was|were)\s+(?:closely\s+)?(?:watch|monitor|follow|"
    r"not\s+(?:informed|notified|consulted|invited)|concerned)|"
    r"(?:was|were|is|are|had\s+not\s+been|has\s+not\s+been)\s+not\s+(?:informed|notified))\b"
)
# Every observer phrase holds one of these: most sentences need no observer rule.
_OBSERVER_WORDS = Gate("observ|attach|inspector|watch|guest", ignore_case=True)
_OBSERVER_AFTER = rx.compile(
    rf"{_TITLE_WORDS},?\s+(?i:(?:(?:will|would|are\s+to|were|was|is|are|have\s+been|has\s+been|"
    r"had\s+been)\s+(?:also\s+)?(?:invited\s+to\s+)?|to\s+)?(?:observe|observed|watch|watched)\b|"
    r"(?:military\s+|army\s+|defen[cs]e\s+)?(?:observers?|attach[eé]s?|inspectors?)\b|"
    # "will be represented at the exercise by a group of observers", "was represented only
    # by observers"
    r",?\s*(?:(?:will|would)\s+be|is|are|was|were)\s+represented\s+(?:(?:at|in)\s+"
    r"(?:[\w-]+\s+){1,4}?)?(?:only\s+)?by\s+(?:an?\s+group\s+of\s+|its\s+|their\s+)?"
    r"(?:military\s+)?observers?\b|"
    # "were invited to send observers", "Pakistan sent observers"
    r",?\s*(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:invited|expected|due|set)\s+to\s+|(?:will|would)\s+)?"
    r"(?:send|sent|sends|sending|dispatched|delegated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:observers?|attach[eé]s?|inspectors?|(?:officers|officials|a\s+delegation|representatives)"
    r"\s+to\s+(?:observe|watch|monitor))\b|"
    # "are attending the drills as observers", ", were present at the final stage in the
    # quality of observers", "will be present at the command post as observers", "would
    # attend the final phase as observers"
    r",?\s*(?:(?:are|is|were|was|(?:will|would)\s+be)\s+)?(?:took\s+part|taking\s+part|"
    r"(?:will|would|to)\s+take\s+part|attended|attending|(?:will|would|to)\s+attend|attends?|"
    r"present|watching)?(?:\s+(?:in|at|during))?"
    r"(?:\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s*(?:as|in\s+the\s+quality\s+of)\s+(?:an?\s+)?(?:observers?|guests?))"
)
_OBSERVER_BEFORE = rx.compile(
    r"\b(?i:observers?|attach[eé]s?|inspectors?|watched\s+by|observed\s+by)\s+"
    r"(?:[\w'’-]+\s+){0,6}?"
    # ("attaches of foreign states, among them representatives of Uzbekistan")
    r"(?:[\w'’-]+,\s+(?i:among\s+them|including|such\s+as)\s+(?:[\w'’-]+\s+){0,3}?)?"
    r"(?:(?i:from|of)\s+)?(?:(?i:the)\s+)?"
    # (names in their long form too: "the Republic of Kazakhstan, the Kyrgyz Republic and")
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*"
    r"(?:,\s+(?:(?i:and)\s+)?|\s+(?i:and)\s+))*(?:the\s+)?$"
)
# Wire datelines: "DUSHANBE, Aug 2 (Amu Darya Monitor) - ", and "PESHAWAR: " in South
# Asian papers. The town there is where the story was filed, not where the drill is.
_DATELINE = rx.compile(
    # (tags around it: "<p><strong>KHUJAND, April 14 (Agency)</strong> - ")
    r"(?:<[^>\n]{1,40}>\s*)*[A-Z][A-Z .'’-]{2,}(?:,\s*[^,()<\n–—]{2,40}){0,3}?\s*"
    r"(?:\([^)\n]{1,60}\))?\s*(?:<[^>\n]{1,40}>\s*)*"
    # (TASS's own: "DUSHANBE, September 5. /TASS/.")
    r"(?:[-–—]+|:|\.?\s*/[A-Z][A-Za-z-]{1,11}/\.?)\s+"
)
_BORDER_WORD = rx.compile(rf"\b(?:borders?|bordering|frontier)\b{NOT_A_BORDER_FORCE}", re.I)
_POSSESSIVE_ITS = rx.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:border|frontier)", re.I)


@dataclass
class _Mention:
    """What one clause says about one event."""

    kind: str
    sent: tuple[int, int]
    dates: list[TimeExpr]
    places: list  # list[geodata.Location]
    place_spans: list[tuple[int, int]]
    hosts: list[str]
    participants: list[ActorMention]
    alliances: list[ActorMention]
    quantities: list
    equipment: list
    explicitly_new: bool
    boundary: str = ""  # "start" or "end" when the clause dates only one end of the drill
    lasting: tuple[str, int] | None = None  # a length without a date: ("four-day drills", 4)
    moved: bool = False  # dated by a new date: "has been postponed and will now run ..."
    doc: Folded | None = None
    clause: tuple[int, int] = (0, 0)
    names: tuple[str, ...] = ()  # named exercises in the clause ("Search-2021"), in order
    # dated only as done by the day of the story ("China has sent 700 troops")
    by_now: bool = False

    @property
    def by_pronoun(self) -> bool:
        """Whether only the pronoun of a drill before tells of it ("It ended on Friday");
        read only when no drill is there to take it."""
        if self.doc is None or not _pronoun_hits(self.doc, *self.clause):
            return False
        a, b = self.clause
        return not (
            _ANY_TRIGGER_FLAT.search(self.doc, a, b) or _NAMED_TRIGGER.search(self.doc.text, a, b)
        )

    @functools.cached_property
    def says_also(self) -> bool:
        """Whether the clause says "also" ("Russia also held drills")."""
        return self.doc is not None and bool(_ALSO.search(self.doc, *self.clause))

    @functools.cached_property
    def stage(self) -> bool:
        """Whether the clause tells of a stage of a drill ("The second stage will last
        until ..."), not of a drill; read only when needed."""
        return self.doc is not None and not self.names and _is_stage(self.doc, *self.clause)

    @functools.cached_property
    def anaphoric(self) -> bool:
        """Whether the clause refers back to a drill ("the drills"); read only when needed."""
        return self.doc is not None and bool(_ANAPHOR.search(self.doc, *self.clause))


@dataclass
class _Draft:
    """An event being assembled inside one article."""

    kind: str
    mentions: list[_Mention] = field(default_factory=list)
    date: TimeExpr | None = None
    place: object | None = None  # geodata.Location
    host: str | None = None
    last_seen: int = 0  # index of the sentence that last added to this event
    boundary: str = ""  # which end of the drill ``date`` is, when it is only one end
    called_off: bool = False  # a later clause says this drill was called off

    def absorb_stage(self, m: _Mention) -> None:
        """Take in a stage of this drill: its details, and its days as part of the
        drill's ("At the first stage, from 10 to 16 October, ..." widens a drill whose
        active phase began on 17 October; "The second stage will last until 21 October"
        ends it)."""
        days = [d for d in _event_dates(m.dates) if d.role == "event" and d.start is not None]
        # (where the drill is stays where it was told: a stage may be at one of its ranges)
        here = self.place is None
        self.absorb(
            dataclasses.replace(
                m,
                kind=self.kind,
                dates=[],
                boundary="",
                places=m.places if here else [],
                place_spans=m.place_spans if here else [],
                hosts=m.hosts if here else [],
            )
        )
        for d in days:
            if self.date is None:
                self.date, self.boundary = d, m.boundary
            elif m.boundary == "end" and _can_extend(self.date, d, "end"):
                # the end of a stage ends the drill only where the drill ran no longer
                if self.boundary == "start" or d.end > self.date.end:
                    self.date, self.boundary = _extend(self.date, d, "end"), ""
            elif (
                self.date.precision == d.precision == "day"
                and self.boundary != "end"
                and d.start <= self.date.end + timedelta(days=MAX_EXTEND_DAYS)
                and self.date.start <= d.end + timedelta(days=MAX_EXTEND_DAYS)
            ):
                start, end = min(self.date.start, d.start), max(self.date.end, d.end)
                if self.boundary == "start":
                    end = start  # still open at its end: it began by then
                self.date = TimeExpr(
                    start,
                    end,
                    "day",
                    f"{self.date.text} … {d.text}",
                    min(self.date.span_start, d.span_start),
                    max(self.date.span_end, d.span_end),
                )

    def absorb(self, m: _Mention) -> None:
        self.mentions.append(m)
        if m.moved and _event_dates(m.dates):
            if (
                m.boundary == "end"
                and self.date is not None
                and self.date.precision == "day"
                and self.boundary != "end"
            ):
                # "began on 12 May ... will now conclude on 18 May": a new end only; the
                # start stands, and the end is then taken as told
                start = self.date.start
                self.date = dataclasses.replace(self.date, end=start)
                self.boundary = "start"
            else:
                self.date, self.boundary = None, ""  # the date it was moved from is gone
        for d in _event_dates(m.dates):
            if d.role == "report" and self.date is not None and self.date.role != "report":
                continue  # the day of a statement does not re-date the drill
            if (
                m.boundary
                and m.boundary == self.boundary
                and self.date is not None
                and (d.start, d.end) == (self.date.start, self.date.end)
            ):
                continue  # "began on Monday ... The drill, which started on 14 March": open
            if (
                m.boundary
                and not self.boundary
                and self.date is not None
                and self.date.precision == "day"
                and self.date.start != self.date.end
                and m.doc is not None
                and _PAST_PLAN.search(m.doc, *m.sent)
            ):
                continue  # both ends told ("began on 19 April ... completed on Saturday"):
                # an end once planned ("had said it would run until 25 April") is no end
            if m.boundary == "end" and self.boundary == "start" and self.date is not None:
                d = _weekday_after(self.date, d)
            if m.boundary == "end" and _ends_a_rough_start(self.date, d):
                # "carried out a readiness check this week ... The check will end on
                # Saturday": from the start of that week to the day, at the week's precision
                old = self.date
                text = f"{old.text} … {d.text}"
                self.date = TimeExpr(
                    old.start, d.end, old.precision, text, old.span_start, d.span_end
                )
                self.boundary = ""
                continue
            if m.boundary and _can_extend(self.date, d, m.boundary):
                self.date = _extend(self.date, d, m.boundary)
                self.boundary = ""
            elif self.date is None or _better_date(d, self.date) or _firmer(d, self.date):
                self.date, self.boundary = d, m.boundary
        if m.lasting and self.boundary and self.date.start == self.date.end:
            # "... ended on Friday." then "The four-day drills involved ...".
            words, days = m.lasting
            first = self.date.start - timedelta(days=days - 1 if self.boundary == "end" else 0)
            self.date = dataclasses.replace(
                self.date,
                start=first,
                end=first + timedelta(days=days - 1),
                text=f"{self.date.text} … {words}",
            )
            self.boundary = ""
        best = _best_place(m.places)
        if best is not None and (self.place is None or _better_place(best, self.place)):
            self.place = best
        host = _host_of(self.place, m.hosts)
        if self.host is None or (best is not None and best is self.place and host):
            self.host = host or self.host


# How far (days) "began on Monday" may stretch a drill dated by its last day, and back.
MAX_EXTEND_DAYS = 21


def _ends_a_rough_start(old: TimeExpr | None, end: TimeExpr) -> bool:
    """Whether the day ``end`` ends a drill dated only roughly (a week, a part of a
    month) that it falls in or just after."""
    if old is None or old.start is None or end.start is None or end.precision != "day":
        return False
    if old.precision not in ("week", "month_part"):
        return False
    return old.start <= end.end <= old.end + timedelta(days=MAX_EXTEND_DAYS)


def _can_extend(old: TimeExpr | None, new: TimeExpr, boundary: str) -> bool:
    """True when ``new`` dates one end of the drill ``old`` already dates (both to the day)."""
    if old is None or old.start is None or new.start is None:
        return False
    if old.precision != "day" or (new.precision != "day" and boundary != "end"):
        return False
    if boundary == "start":
        return timedelta(0) <= old.end - new.start <= timedelta(days=MAX_EXTEND_DAYS)
    return timedelta(0) <= new.end - old.start <= timedelta(days=MAX_EXTEND_DAYS)


_WEEKDAY_END = rx.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", re.I
)


def _weekday_after(first: TimeExpr, d: TimeExpr) -> TimeExpr:
    """The end ``d`` told by a bare weekday after a start told by one ("began on Monday
    ... will continue until Friday") is the first such day after the start, whichever
    week the tense of its own clause would pick (a digest out on Saturday still tells of
    that week). After a start told by its date, the weekday is read as written."""
    m = _WEEKDAY_END.search(d.text)
    if (
        m is None
        or not _WEEKDAY_END.search(first.text)
        or d.precision != "day"
        or d.start != d.end
        or d.start is None
    ):
        return d
    start = first.start
    gap = (weekday_number(m.group("wd")) - start.weekday() - 1) % 7 + 1
    day = start + timedelta(days=gap)
    return d if day == d.start else dataclasses.replace(d, start=day, end=day)


def _extend(old: TimeExpr, new: TimeExpr, boundary: str) -> TimeExpr:
    if boundary == "start":
        start, end, text = new.start, max(old.end, new.end), f"{new.text} … {old.text}"
    else:
        start, end, text = min(old.start, new.start), new.end, f"{old.text} … {new.text}"
    if old.start == start and old.end == end:
        return old
    return TimeExpr(
        start,
        end,
        new.precision,  # "began on Tuesday" and "... by the end of the week": a week's
        text,
        min(old.span_start, new.span_start),
        max(old.span_end, new.span_end),
    )


def _event_dates(dates: list[TimeExpr]) -> list[TimeExpr]:
    """Dates of the reported thing; statement dates only when nothing else is given."""
    known = [d for d in dates if d.start is not None]
    events = [d for d in known if d.role == "event"]
    return events or known


def _rank(precision: str, order: tuple[str, ...]) -> int:
    return order.index(precision) if precision in order else len(order)


def _firmer(new: TimeExpr, old: TimeExpr) -> bool:
    """A date of the drill itself beats the date of a statement about it."""
    return old.role == "report" and new.role != "report"


def _better_date(new: TimeExpr, old: TimeExpr) -> bool:
    """A more precise date wins; at equal precision, the narrower interval."""
    a, b = _rank(new.precision, TIME_PRECISIONS), _rank(old.precision, TIME_PRECISIONS)
    if a != b:
        return a < b
    if new.precision == "day" and new.start <= old.start and old.end <= new.end:
        # "ran from Monday to Friday" after "finished on Friday": the range is the drill.
        return (new.start, new.end) != (old.start, old.end)
    if new.precision == "day" and old.start <= new.start and new.end <= old.end:
        return False  # "On Oct. 8, jets joined" a drill of Oct. 6-8: a day of the drill
    return (new.end - new.start) < (old.end - old.start)


def _better_place(new, old) -> bool:
    a, b = _rank(new.precision, GEO_PRECISIONS), _rank(old.precision, GEO_PRECISIONS)
    if {new.precision, old.precision} <= {"region", "border"}:
        return new.uncertainty_km < old.uncertainty_km
    if a == b == _rank("site", GEO_PRECISIONS):
        # "troops of the 201st base trained at Harb-Maidon": a base is where forces are
        # stationed; a range or training ground named with it is where they drill.
        return old.kind == "base" and new.kind != "base"
    return a < b


def _best_place(places):
    best = None
    for p in places:
        if best is None or _better_place(p, best):
            best = p
    return best


def _host_of(place, hosts: list[str]) -> str | None:
    if place is not None and place.precision != "country" and place.country:
        return place.country
    if hosts:
        return hosts[0]
    return place.country if place is not None else None


def _while_running(draft: _Draft, m: _Mention, dates: list[TimeExpr], same_name: bool) -> bool:
    """Whether the day of ``m`` falls while the drill of ``draft`` runs: after the day it
    began when its end is not known ("began on Oct. 4 ... On Oct. 8, police joined the
    exercise"), or near a drill named again. Only for a mention that refers back to it."""
    old = draft.date
    if old is None or old.start is None or old.precision != "day":
        return False
    if not (same_name or (draft.boundary == "start" and _THE_DRILL.search(m.doc, *m.clause))):
        return False
    last = old.end + timedelta(days=MAX_EXTEND_DAYS)
    return any(d.precision == "day" and old.start <= d.start and d.end <= last for d in dates)


def _during(draft: _Draft, dates: list[TimeExpr]) -> bool:
    """Whether the days ``dates`` fall within the drill of ``draft``, or after its start
    when its end is not known, up to ``MAX_EXTEND_DAYS`` on."""
    old = draft.date
    if old is None or old.start is None or old.precision != "day":
        return False
    if draft.boundary == "start":
        last = old.start + timedelta(days=MAX_EXTEND_DAYS)
    else:
        last = old.end
    return all(
        d.start is not None and old.start <= d.start and d.end <= last for d in _event_dates(dates)
    )


def _overlaps(a: TimeExpr | None, b: TimeExpr | None, slack_days: int = 0) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    slack = timedelta(days=slack_days)
    return a.start <= b.end + slack and b.start <= a.end + slack


def _place_conflict(a, b) -> bool:
    """True when two places cannot be the same drill site."""
    if a is None or b is None:
        return False
    if a.site_id and b.site_id and a.site_id == b.site_id:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    if a.precision == "country" or b.precision == "country":
        return False
    # Apart by more than both uncertainties: the places cannot hold the same drill.
    km = _haversine_km(a.lat, a.lon, b.lat, b.lon)
    return km > max(PLACE_CONFLICT_KM, a.uncertainty_km + b.uncertainty_km)


_RANGE_KINDS = frozenset({"training_ground", "range"})
_NAMED_PLACES = frozenset({"site", "town", "region"})


def _another_place(a, b) -> bool:
    """True when two places are named and are not the same one (a range and a town)."""
    return (
        a is not None
        and b is not None
        and a.precision in _NAMED_PLACES
        and b.precision in _NAMED_PLACES
        and (a.site_id or a.name) != (b.site_id or b.name)
    )


def _two_ranges(a, b) -> bool:
    """True when two places are two different named ranges ("Matybulak" and
    "Sary-Shagan"), however wide their uncertainties (bases and air bases aside: forces
    come from them)."""
    return (
        a is not None
        and b is not None
        and a.kind in _RANGE_KINDS
        and b.kind in _RANGE_KINDS
        and a.site_id != b.site_id
    )


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; enough to tell two drill sites apart (not for border_km)."""
    from math import asin, cos, radians, sin, sqrt

    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    h = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * 6371.0088 * asin(sqrt(h))


_YEARS_BEFORE = rx.compile(r"\b(?:last|previous|past)\s+year\b|\byears?\s+ago\b", re.I)
# A year told as gone by: "earlier this year", "last year", "two years ago".
_TOLD_BEFORE_NOW = rx.compile(r"\b(?:earlier|last|previous|past)\b|\bago\b", re.I)


def _compatible(draft: _Draft, m: _Mention) -> bool:
    if draft.kind != m.kind:
        return False
    same_name = False
    if m.names:
        # "Search-2021" after "Interaction-2021": drills with other names are others.
        known = frozenset().union(*(d.names for d in draft.mentions))
        if known and not any(names_agree(k, n) for k in known for n in m.names):
            return False
        same_name = bool(known)
    dates = _event_dates(m.dates)
    if len(dates) > 1:
        # "This year 1,500 troops drilled at Kharbmaidon from 17 to 21 October": the days
        # tell which drill; the year that holds them fits any drill of that year
        top = min(_rank(d.precision, TIME_PRECISIONS) for d in dates)
        dates = [d for d in dates if _rank(d.precision, TIME_PRECISIONS) == top]
    if not same_name and draft.date is None and any(_YEARS_BEFORE.search(d.text) for d in dates):
        # "... have been put on alert for an exercise at Lyaur. Last year, during the
        # Vostok-2018 exercise, about 300,000 troops took part": a drill of its own,
        # told as background, however undated the drill before
        return False
    extends = m.boundary and any(_can_extend(draft.date, d, m.boundary) for d in dates)
    # A drill dated only by a statement about it ("..., the ministry said on Friday") is
    # not dated by that: its own date, read later, may be any day.
    soft = draft.date is not None and draft.date.role == "report"
    # Nor is a clause dated only by a statement ("About 1,000 troops took part in those
    # drills, the ministry said on Friday"): the statement may come after the drill.
    soft = soft or (bool(dates) and all(d.role == "report" for d in dates))
    if (
        dates
        and not extends
        and not soft
        and not any(_overlaps(d, draft.date) for d in dates)
        and not _while_running(draft, m, dates, same_name)
    ):
        return False
    place = _best_place(m.places)
    # ("moved to the Otar and Matybulak training grounds ... The check will end on
    # Saturday with an exercise at Matybulak": a range the drill was told at already)
    # (only for its end: "At Sambuli, crews fired at targets on Tuesday" after "drills at
    # the Momirak and Sambuli ranges" is a drill of its own there)
    told_there = (
        m.boundary == "end"
        and place is not None
        and place.site_id is not None
        and any(loc.site_id == place.site_id for d in draft.mentions for loc in d.places)
    )
    if not told_there and _place_conflict(place, draft.place):
        return False
    if not same_name and not told_there and _two_ranges(place, draft.place):
        return False  # two named ranges are two drills, unless one name holds both
    if (
        not same_name
        and _another_place(place, draft.place)
        and m.says_also
        and not _JOINED_IT.search(m.doc, *m.clause)
    ):
        # "Also, on 16-17 April, border troops held an exercise near Shahritus": another
        # drill, however near a range placed only roughly the drill before may be
        return False
    host = _host_of(place, m.hosts)
    if host and draft.host and host != draft.host:
        return False
    if (
        m.participants
        and draft.mentions
        and (m.kind == "deployment" or m.says_also)
        # ("Kazakh troops also took part in the drills": more forces of this one)
        and not (m.kind == "exercise" and m.anaphoric and _JOINED_IT.search(m.doc, *m.clause))
    ):
        # "Russia has also moved ...", "Russia's base also held drills": a deployment by
        # other forces is another deployment, and so is a drill said to be another.
        known = {p.code for d in draft.mentions for p in d.participants}
        if known and not known & {p.code for p in m.participants}:
            return False
    return True


# A country told with a town: "Kars, Turkey", "Kars of the Republic of Turkey", "Kars in
# eastern Turkey" after it; "Turkey's Kars", "the Turkish city of Kars" before it.
_TOWN_OF_COUNTRY = rx.compile(
    r"(?:\s+(?:city|town|port|region|province|district|oblast|sector|area))?"
    # (past the region it is in: "near Chushul in Ladakh, India")
    r"(?:,?\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"(?:,\s*|\s+(?:of|in)\s+)(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?"
)
_COUNTRY_OF_TOWN = rx.compile(
    r"(?:['’]s\s+|\s+(?:city|town|port|village|region|province|district)\s+of\s+)"
)


def _told_country(body: str, s: int, e: int, actors: list[ActorMention]) -> str | None:
    """The country named right with the place ``body[s:e]`` (see ``_TOWN_OF_COUNTRY``)."""
    for m in actors:
        if m.kind != "country":
            continue
        if (
            m.form == "name"
            and e < m.start <= e + 50
            and _TOWN_OF_COUNTRY.fullmatch(body, e, m.start)
        ):
            return m.code
        if (
            s - 40 <= m.end < s
            and _COUNTRY_OF_TOWN.fullmatch(body, m.end, s)
            # (a name with "'s", a demonym with "city of": "the Turkish city of Kars")
            and (m.form == "name") == (body[m.end : m.end + 1] in "'’")
        ):
            return m.code
    return None


# --------------------------------------------------------------------------- clauses


def _clauses(
    doc: Folded, a: int, b: int, hits: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int]]:
    """Cut ``doc.text[a:b]`` into clauses; context clauses ("as ...") are left out,
    unless the sentence's triggers (``hits``) are all in it: "Gunships pounded mock
    positions on Thursday as troops pressed on with exercises under way since Monday"."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    drop = _CLAUSE_DROP_WORDS.search(doc, a, b) and _CLAUSE_DROP.search(doc, a, b)
    if drop and hits and all(start >= drop.end() for start, _, _ in hits):
        drop = None
    after_where = None
    if (
        drop
        and hits
        and drop.group().rstrip().endswith("where")
        and any(start >= drop.end() for start, _, _ in hits)
    ):
        # "moved its exercises to Kazakhstan, where Interaction-2022 was held at Otar
        # from 26 September": a drill of its own is told there
        after_where = (drop.end(), b)
    elif (
        drop
        and drop.group().rstrip().endswith("where")
        and _PARTICIPATION.search(doc, drop.end(), b)
        and not _HAS_YEAR.search(text, drop.end(), b)
    ):
        # "held at Ashuluk, where some 1,000 troops took part over five days in October":
        # who took part there, and when, in the drill told (not "at Ashuluk, where Soviet
        # troops took part in drills in 1985": a place's past)
        after_where = (drop.end(), b)
    end = drop.start() if drop else b
    # "held no drills in 2022 because of the unrest, but this year's plans include an
    # exercise at Matybulak": the context clause ends where a "but" clause takes over
    resume = drop and not after_where and _RESUME.search(text, drop.end(), b)
    pos = a
    lead = _LEAD_CONTEXT.match(doc, a, end)
    if lead and hits and all(start >= lead.end() for start, _, _ in hits):
        pos = lead.end()  # "As the Taliban swept through the north, Russia ... staged drills"
    for part_start, part_end in ((pos, end), (resume.end(), b)) if resume else ((pos, end),):
        pos = part_start
        for m in _CLAUSE_KEEP.finditer(text, pos, part_end):
            if (
                text[m.start()] != ","
                and m.group().lstrip().startswith("and")
                and _one_name(text, pos, m.start())
            ):
                continue  # "On 6 January, Dushanbe and Bishkek wrapped up": one subject
            if m.start() > pos:
                spans.append((pos, m.start()))
            pos = m.end()
        if part_end > pos:
            spans.append((pos, part_end))
    if after_where:
        spans.append(after_where)
    return spans


# ", and at Edelweiss ...", " and in Khatlon ...": a place joined to the one before;
# " and the Poisk-2023 exercise in ...", ", and Interaction-2023 at ...": a drill named
# by its year, joined to the one before; ", Echelon-2024 in Belarus in August, Rubezh-2024
# in Kyrgyzstan in May": the next of a list of named drills.
_LISTED_NAME = (
    # (in quotes too: 'and the "Echelon-2025" drills in Russia')
    rf"(?:the\s+)?[\"“‘']?(?:{_NAMED_EXERCISE}|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s(?:19|20)\d\d"
    r"\s+(?:exercises?|drills?|games|manoeuvres|maneuvers))\b"
)
_LISTED_NAME_RE = rx.compile(_LISTED_NAME)
_AND_PLACE = rx.compile(
    r",?\s+and\s+(?="
    r"(?:at|in|near|on)\s+(?:the\s+)?[A-Z0-9]"
    rf"|(?P<named>{_LISTED_NAME})"
    # "a staff drill in Termez in the spring and a field exercise at Lyaur in the autumn"
    r"|(?P<noun>(?:an?|another|a\s+(?:second|third|further))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games)\b))"
    rf"|,\s+(?=(?P<listed>{_LISTED_NAME}))"
)


def _coordinated(body: str, a: int, b: int, facts: _SentenceFacts) -> list[tuple[int, int]]:
    """The parts of the clause ``a:b`` that each give a place and a date of their own,
    joined by "and at" / "and in" or "and a <drill>"; the named drills of a list that each
    give a place or a date of their own ("will hold Interaction-2024 and Search-2024 in
    Kazakhstan in September, Echelon-2024 in Belarus in August, ..."; the first two share
    theirs);
    ``[(a, b)]`` when it has no such parts."""
    if body.find("and ", a, b) < 0 and not (
        body.find(", ", a, b) >= 0 and _NAMED_YEAR.search(body, a, b)
    ):  # most clauses: no regex scan at all
        return [(a, b)]
    cuts = list(_AND_PLACE.finditer(body, a, b))
    if not cuts:
        return [(a, b)]

    def dated(x: int, y: int) -> bool:
        return any(x <= d.span_start < y and d.start is not None for d in facts.dates)

    def placed_and_dated(x: int, y: int) -> bool:
        return dated(x, y) and any(x <= p[0] < y for p in facts.places)

    def own(x: int, y: int) -> bool:
        # a date or a place told after the name of the part ("In 2024 the CSTO will hold
        # Interaction-2024": the year is the whole list's), a country too ("in Belarus")
        name = _LISTED_NAME_RE.search(body, x, y)
        lo = name.end() if name else x
        return (
            dated(lo, y)
            or any(lo <= p[0] < y for p in facts.places)
            or any(
                lo <= c.start < y
                and c.form == "name"
                and _LOCATIVE.search(body, max(lo, c.start - 24), c.start)
                for c in facts.actors
            )
        )

    parts, start = [], a
    for k, m in enumerate(cuts):
        end = cuts[k + 1].start() if k + 1 < len(cuts) else b
        if m.group("listed"):  # ", Echelon-2024 in Belarus": in a list of names only
            split = (
                _LISTED_NAME_RE.search(body, start, m.start()) is not None
                and own(start, m.start())
                and own(m.end(), end)
            )
        elif m.group("named"):  # "and Poisk-2023 ...": the name tells the drill, wherever
            split = own(start, m.start()) and own(m.end(), end)
        elif m.group("noun"):  # "and a field exercise at Lyaur in the autumn"
            split = placed_and_dated(start, m.start()) and placed_and_dated(m.end(), end)
        else:  # "and at X", "and in X"
            split = placed_and_dated(start, m.start()) and placed_and_dated(m.end(), b)
        if split:
            parts.append((start, m.start()))
            start = m.end()
    parts.append((start, b))
    return parts


# Words after which a name starts a subject: "the drills that Kazakhstan and Uzbekistan
# have been running"; and after which names joined by "and" are one phrase: "the joint
# exercise of Uzbekistan and Russia began".
_SUBJECT_AFTER = frozenset(
    (
        *("that", "which", "who", "when", "while", "as", "where", "after", "before", "because"),
        *("of", "with", "between", "among", "by", "from", "for"),
    )
)


def _one_name(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` after its last comma ends in a subject of at most two
    capitalised words: the whole of it, or after "that", "when" and the like."""
    words = text[a:b].rsplit(",", 1)[-1].split()
    n = 0
    while n < len(words) and words[len(words) - 1 - n][:1].isupper():
        n += 1
    if not 0 < n <= 2:
        return False
    return n == len(words) or words[-n - 1].lower() in _SUBJECT_AFTER


def _mask(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


# --------------------------------------------------------------------------- places


_THAT_BORDERS = rx.compile(r"\b(?:that|which)\s+$", re.I)
# Rivers that run along Afghanistan's northern border: the Panj (Pyanj, Pyandzh) between
# Tajikistan and Afghanistan, and the Amu Darya (Amudarya) on from it, between
# Afghanistan and Tajikistan, Uzbekistan and Turkmenistan. A drill "on the banks of the
# Amu Darya" is in its host's Afghan border zone, as one "near the Afghan border" is: the
# river is the border. ("Panj" alone is also a town and a district: only with "river".)
_BORDER_RIVER = rx.compile(
    r"\b(?:(?:Panj|Pyanj|Pyandzh|Pianj)\s+[Rr]iver|[Rr]iver\s+(?:Panj|Pyanj|Pyandzh|Pianj)|"
    r"(?:[Rr]iver\s+)?Amu[\s-]?[Dd]arya(?:\s+[Rr]iver)?)\b"
)
_BORDER_RIVER_WORDS = ("darya", "panj", "pyanj", "pyandzh", "pianj")
# "The Orenburg region borders Kazakhstan": "borders" as a verb, a name right after it.
_BORDERS_WHOM = rx.compile(r"\s+(?:on\s+)?(?:both\s+)?(?:the\s+)?[A-Z]")


def _border_places(text: str, a: int, b: int, actors: list[ActorMention], gazetteer):
    """Border phrases in ``text[a:b]`` -> [(start, end, Location)].

    "near the Afghan border", "the Afghan-Tajik border", "its border with Afghanistan",
    "Tajikistan's southern border with Afghanistan". The neighbour is the focus
    country when it is named; the host is the other named country, else the country
    that "its" refers to (the nearest earlier country in the sentence).
    """
    out = []
    for bm in _BORDER_WORD.finditer(text, a, b):
        near = [
            m
            for m in actors
            if m.kind == "country" and bm.start() - 40 <= m.start and m.end <= bm.end() + 60
        ]
        near = [m for m in near if is_border_context(text, m)]
        codes = list(dict.fromkeys(m.code for m in near))
        if not codes:
            continue
        if FOCUS_BORDER in codes:
            neighbour = FOCUS_BORDER
        else:
            neighbour = codes[-1]
        others = [c for c in codes if c != neighbour]
        host = others[0] if others else None
        word = bm.group().lower()
        verb = (
            word == "bordering"
            or (word == "borders" and _BORDERS_WHOM.match(text, bm.end(), b))
            or _THAT_BORDERS.search(text, max(a, bm.start() - 12), bm.start())
        )
        if verb:
            # "a region that borders China and Afghanistan": every country named is a
            # neighbour; the host is where the region is (found by the caller).
            host = None
        elif host is None and _POSSESSIVE_ITS.search(text, max(a, bm.start() - 20), bm.end()):
            earlier = [
                m
                for m in actors
                if m.kind == "country" and m.end <= bm.start() and m.code != neighbour
            ]
            host = earlier[-1].code if earlier else None
        start = min([bm.start(), *(m.start for m in near)])
        end = max([bm.end(), *(m.end for m in near)])
        out.append((start, end, neighbour, host))
    return out


# --------------------------------------------------------------------------- main


@dataclass
class _SentenceFacts:
    """Everything the finders report in one sentence (spans index the article body)."""

    span: tuple[int, int]
    dates: list[TimeExpr]
    actors: list[ActorMention]
    places: list[tuple[int, int, object]]
    borders: list[tuple[int, int, str, str | None]]
    parts: list[tuple[int, int, object]]
    quantities: list
    equipment: list
    # where the sentence tells a time by what others did (``_TIME_ANCHOR``); found once,
    # by the first clause that asks
    anchors: list[tuple[int, int]] | None = None


def _sentence_spans(article: Article) -> list[tuple[int, int]]:
    body = article.body
    spans = []
    pos = 0
    for bs, be in sorted(article.boilerplate):
        spans.extend(split_sentences(body, pos, bs))
        pos = max(pos, be)
    spans.extend(split_sentences(body, pos, len(body)))
    return spans


class _ArticleFacts:
    """The finders run once over the article; sentences take their slice.

    One call per article instead of one per sentence: the finders' per-call cost
    dominated extraction time. Dates and places, the dearest finders, are looked for
    only in the sentences given to :meth:`locate` (all of them when ``None``).
    """

    def __init__(self, article: Article, gazetteer) -> None:
        body = article.body
        self.article = article
        self.gazetteer = gazetteer
        self.folded = fold_case(body)
        self.actors = _Sorted(find_actors(body), lambda m: m.start)
        counts, left_out = find_counts(body)
        self.quantities = _Sorted(counts, lambda q: q.start)
        # ("The Tajik air force operates about 30 aircraft": a force's own kit, no drill's)
        self.equipment = _Sorted(
            [
                e
                for e in find_equipment(body)
                if not any(q.start <= e.start < q.end for q in left_out)
            ],
            lambda q: q.start,
        )

    def locate(
        self,
        sentences: list[tuple[int, int]] | None,
        anchors: list[tuple[int, int]] | None = None,
    ) -> None:
        """Find the dates and places of ``sentences`` (sorted spans), or of the whole body.

        The dates of ``anchors`` (more sorted spans, such as the sentences before those)
        are read as well, for the dates of ``sentences`` that lean on them, and left out.
        """
        body, published = self.article.body, self.article.published
        found = []
        for day, lo, hi in _dated_sections(body, published):
            if sentences is None:
                within = None if (lo, hi) == (0, len(body)) else [(lo, hi)]
            else:
                within = [(a, b) for a, b in anchors or sentences if lo <= a < hi]
            found += find_dates(body, day, within=within)
        if sentences is not None and anchors:
            found = _within_spans(found, sentences)
        self.dates = _Sorted(found, lambda d: d.span_start)
        self.places = _Sorted(self.gazetteer.find_places(body, within=sentences), lambda p: p[0])

    def _homonyms(
        self, places: list[tuple[int, int, object]], actors: list[ActorMention]
    ) -> list[tuple[int, int, object]]:
        """Towns of the sentence read in the country of its other places, or of the
        countries it names, where a town of that name is there too: "the Murghab district
        of Gorno-Badakhshan", or "Tajik and Chinese troops ... in the Murghab district",
        is the Tajik Murghob, not Murgap in Turkmenistan."""
        countries = [
            loc.country
            for _, _, loc in places
            if loc.country and loc.precision in ("site", "region", "border") and not _town(loc)
        ]
        countries += [m.code for m in actors if m.kind == "country"]
        # then those the story named just before ("China's outpost lies in Tajikistan's
        # Gorno-Badakhshan. ... Chinese troops drilled in the Murghab district")
        first = places[0][0]
        told = [
            m.code
            for m in self.actors.within(max(0, first - HOMONYM_REACH), first)
            if m.kind == "country"
        ]
        countries += list(dict.fromkeys(reversed(told)))[:HOMONYM_COUNTRIES]
        out = []
        for s, e, loc in places:
            told = _told_country(self.article.body, s, e, actors)
            if _town(loc) and told and told != loc.country:
                # "the city of Kars of the Republic of Turkey", "Alat, Azerbaijan": the
                # country told with the town is where it is; a town of that name in
                # another country is a namesake, and a town the gazetteer lacks is none
                alt = self._namesake(s, e, told)
                if alt is not None:
                    out.append((s, e, alt))
                continue
            if _town(loc) and countries and loc.country not in countries:
                loc = next(
                    filter(None, (self._namesake(s, e, c) for c in dict.fromkeys(countries))),
                    loc,
                )
            out.append((s, e, loc))
        return out

    def _namesake(self, s: int, e: int, country: str):
        """The place of the name at ``s:e`` in ``country``, read with the words around it
        ("in", "near", "district"), or None when that country has none."""
        lo = max(0, s - 24)
        found = self.gazetteer.find_places(self.article.body[lo : e + 24], country)
        return next((x[2] for x in found if x[0] == s - lo), None)

    def has_details(self, a: int, b: int) -> bool:
        """Whether ``body[a:b]`` holds a count, equipment or a named country or alliance."""
        return (
            self.quantities.any_within(a, b)
            or self.equipment.any_within(a, b)
            or self.actors.any_within(a, b)
        )

    def sentence(self, span: tuple[int, int]) -> _SentenceFacts:
        body = self.article.body
        a, b = span
        actors = self.actors.within(a, b)
        places = self.places.within(a, b)
        dates = self.dates.within(a, b)
        dateline = _DATELINE.match(body, a, b) if a == 0 or body[a - 1] == "\n" else None
        if dateline:
            # (the day the story was filed dates nothing it tells: "DUSHANBE, August 15,
            # 2023, Asia-Plus -- ... will hold an exercise later this month")
            cut = dateline.end()
            actors = [m for m in actors if m.start >= cut]
            places = [p for p in places if p[0] >= cut]
            dates = [d for d in dates if d.span_start >= cut]
        if places and (len(places) > 1 or actors or any(_town(loc) for _, _, loc in places)):
            places = self._homonyms(places, actors)
        folded = self.folded
        # Most sentences name no border and no part of a country: plain word searches
        # (exact in the lower-cased text) spare them the regexes.
        borders = (
            _border_places(body, a, b, actors, self.gazetteer)
            if folded is None
            or folded.find("border", a, b) >= 0
            or folded.find("frontier", a, b) >= 0
            else []
        )
        if folded is None or any(folded.find(word, a, b) >= 0 for word in _BORDER_RIVER_WORDS):
            taken = [(s, e) for s, e, _ in places]
            borders = borders + [
                (m.start(), m.end(), FOCUS_BORDER, None)
                for m in _BORDER_RIVER.finditer(body, a, b)
                if not any(s < m.end() and m.start() < e for s, e in taken)
            ]
        parts = []
        for m in _PART.finditer(body, a, b) if _may_name_a_part(body, a, b) else ():
            word = m.group("c1") or m.group("c2")
            code = next((x.code for x in actors if x.text == word and x.kind == "country"), None)
            if code is None:
                continue
            loc = self.gazetteer.resolve_part((m.group("adj") or m.group("noun")).lower(), code)
            if loc is not None:
                parts.append((m.start(), m.end(), loc))
        return _SentenceFacts(
            span=span,
            dates=dates,
            actors=actors,
            places=places,
            borders=borders,
            parts=parts,
            quantities=self.quantities.within(a, b),
            equipment=self.equipment.within(a, b),
        )


def _may_name_a_part(body: str, a: int, b: int) -> bool:
    """Whether ``body[a:b]`` holds one of the lower-case words every ``_PART`` holds."""
    return any(body.find(word, a, b) >= 0 for word in ("north", "south", "east", "west", "cent"))


def _origin(body: str, lo: int, at: int, before: str) -> bool:
    """Whether the place at ``at`` is where forces come from (``before`` is the 40
    characters before it; ``lo`` how far back a coordinated phrase may start)."""
    if _ORIGIN.search(before) or _ORIGIN.search(body, max(lo, at - 70), at):
        return True  # (further back: "from the places of permanent deployment in Dushanbe")
    k = body.find(" and ", lo, at)
    if k < 0:
        k = body.find("&", lo, at)
    return k >= 0 and _ORIGIN_AND.search(body, lo, at) is not None


def _town(loc) -> bool:
    """Whether ``loc`` is a town, or an area placed by its town ("Kulob district")."""
    return loc.site_id is None and (loc.precision == "town" or loc.quality == "town_proxy")


class _Sorted:
    """Items sorted by start offset, sliced by half-open offset ranges."""

    def __init__(self, items, start) -> None:
        self.items = sorted(items, key=start)
        self.starts = [start(x) for x in self.items]

    def within(self, a: int, b: int) -> list:
        return self.items[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def any_within(self, a: int, b: int) -> bool:
        k = bisect_left(self.starts, a)
        return k < len(self.starts) and self.starts[k] < b


def _trigger_kind(
    doc: Folded,
    a: int,
    b: int,
    masked: list[tuple[int, int]],
    sentence: tuple[int, int] | None = None,
) -> tuple[str, int]:
    """The kind of event a clause reports, and where its trigger is; ("", -1) if none.

    (The plain way, which tests hold the fast one to; ``sentence`` holds the clause, for
    the forces that ``_CONTEXT_TRIGGER`` needs.)
    """
    hits = []
    for kind, rule in TRIGGERS.items():
        for m in rule.finditer(doc, a, b):
            if not _mask(masked, m.start(), m.end()):
                hits.append((m.start(), kind))
                break
    if _in_military_context(doc, *(sentence or (a, b))):
        for kind in ("exercise", "deployment"):
            for m in _CONTEXT_TRIGGER.finditer(doc, a, b):
                if m.lastgroup == kind and not _mask(masked, m.start(), m.end()):
                    hits.append((m.start(), kind))
                    break
    for m in _PRONOUN_TRIGGER.finditer(doc, a, b):
        if not _mask(masked, m.start(), m.end()):
            hits.append((m.start(), "exercise"))
            break
    # Named exercises ("Rubezh-2021") need their capitals: matched in the text as written.
    for m in _NAMED_TRIGGER.finditer(doc.text, a, b):
        if not _mask(masked, m.start(), m.end()):
            hits.append((m.start(), "exercise"))
            break
    # ("Zapad 2021 was held": read with the words around it, in the sentence)
    for s, e, _ in _told_names(doc.text, *(sentence or (a, b))):
        if a <= s and e <= b and not _mask(masked, s, e):
            hits.append((s, "exercise"))
            break
    return _prevailing_kind(hits)


def _trigger_hits(
    doc: Folded, a: int, b: int, named: bool, first_stem: int | None = None
) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the triggers in the sentence ``a:b``, in order.

    ``first_stem``, the first hit of ``_TRIGGER_STEMS`` in it, if known: ``_ANY_TRIGGER``
    is then searched from ``_STEM_REACH`` characters before it, since no trigger starts
    further before its stem (a test checks), and the stretch before holds none.
    """
    scan = a if first_stem is None else max(a, first_stem - _STEM_REACH)
    hits = _kinds(_ANY_TRIGGER, _ANY_TRIGGER_FLAT, doc, scan, b)
    rare = _rare_hits(doc, a, b)
    if rare:
        hits = sorted(hits + rare)
    hits += _pronoun_hits(doc, a, b)
    if named:
        hits += [(m.start(), m.end(), "named") for m in _NAMED_TRIGGER.finditer(doc.text, a, b)]
        hits += [(s, e, "told") for s, e, _ in _told_names(doc.text, a, b)]
    return hits


def _rare_hits(doc: Folded, a: int, b: int) -> list[tuple[int, int, str]]:
    """``_RARE_TRIGGER`` in the sentence ``a:b``, and ``_CONTEXT_TRIGGER`` where it names
    forces, as ``_trigger_hits`` gives hits."""
    hits = [(m.start(), m.end(), m.lastgroup or "") for m in _RARE_TRIGGER.finditer(doc, a, b)]
    if not doc.gate_in(_CONTEXT_TRIGGER.gate, a, b):
        return hits
    context = _kinds(_CONTEXT_TRIGGER, _CONTEXT_TRIGGER_FLAT, doc, a, b)
    if context and _in_military_context(doc, a, b):
        hits = sorted(hits + context)
    return hits


def _kinds(
    grouped: AnyCase, flat: AnyCase, doc: Folded, a: int, b: int
) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the matches of ``grouped`` in ``doc.text[a:b]``, found with
    ``flat``, the same pattern without its groups (the kind is the group that matched)."""
    out = []
    for m in flat.finditer(doc, a, b):
        found = grouped.match(doc, m.start(), b)
        out.append((found.start(), found.end(), found.lastgroup or ""))
    return out


def _in_military_context(doc: Folded, a: int, b: int) -> bool:
    """Whether ``doc.text[a:b]`` names forces or a drill ground ("at the Lyaur range")."""
    return bool(_FORCES.search(doc, a, b) or _DRILL_GROUND.search(doc, a, b))


def _pronoun_hits(doc: Folded, a: int, b: int) -> list[tuple[int, int, str]]:
    """``_PRONOUN_TRIGGER`` at the start of the sentence ``a:b``, as exercise hits."""
    head = doc.text[a : a + 5].lower()
    if not head.startswith(_PRONOUNS) and not head.startswith(_FRONTED_PRONOUN_HEADS):
        return []
    if head.startswith("the ") and not any(
        w in doc.text[a : a + _PRONOUN_REACH].lower() for w in _PRONOUN_NOUNS
    ):
        return []
    m = _PRONOUN_TRIGGER.match(doc, a, b)  # (the pronoun opens the sentence)
    return [(m.start(), m.end(), "exercise")] if m else []


def _clause_kind(
    hits: list[tuple[int, int, str]], a: int, b: int, masked: list[tuple[int, int]]
) -> tuple[str, int]:
    """``_trigger_kind`` of the clause ``a:b`` from the triggers of its sentence."""
    firsts: dict[str, int] = {}
    for start, end, kind in hits:
        if a <= start and end <= b and kind not in firsts and not _mask(masked, start, end):
            firsts[kind] = start
    found = [(p, "exercise" if k in ("named", "told") else k) for k, p in firsts.items()]
    return _prevailing_kind(found)


def _prevailing_kind(hits: list[tuple[int, str]]) -> tuple[str, int]:
    """The kind a clause reports from the first trigger of each kind in it."""
    if not hits:
        return "", -1
    kinds = {k for _, k in hits}
    # A deployment verb with a drill noun ("troops deployed for the exercise") is a
    # deployment; a visit or signing mentioned alongside a drill is the drill.
    for kind in ("deployment", "exercise", "other"):
        if kind in kinds:
            if kind == "deployment" and "exercise" in kinds:
                dep = min(p for p, k in hits if k == "deployment")
                ex = min(p for p, k in hits if k == "exercise")
                return ("deployment", dep) if dep < ex else ("exercise", ex)
            return kind, min(p for p, k in hits if k == kind)
    return "", -1


def _in(span: tuple[int, int], a: int, b: int) -> bool:
    return a <= span[0] and span[1] <= b


def _mention(
    article: Article,
    doc: Folded,
    facts: _SentenceFacts,
    a: int,
    b: int,
    kind: str,
    masked: list[tuple[int, int]],
    gazetteer,
) -> _Mention:
    body = article.body

    def keep(s: int, e: int) -> bool:
        # A value belongs to the clause it starts in (a count may run past a clause cut).
        return a <= s < b and not _mask(masked, s, e)

    # "Beijing and Astana held drills": a capital with no locative before it names its
    # government, not a town where the drill is.
    governments = {
        (m.start, m.end)
        for m in facts.actors
        if m.form == "capital"
        and (
            not _PLACE_BEFORE.search(body[max(a, m.start - 24) : m.start])
            or _ON_BEHALF.search(body[max(a, m.start - 30) : m.start])
            # ("according to Tehran, involved more than 20 ships": who tells)
            or _ACCORDING.search(body, max(a, m.start - 40), m.start)
        )
    }
    places, place_spans, hosts = [], [], []
    stationed = []
    owners = []  # "units of the 201st military base": the country whose base it is
    for s, e, loc in [*facts.places, *facts.parts]:
        before = body[max(a, s - 40) : s]
        if loc.operator and keep(s, e) and _FORCES_OF.search(body[max(a, s - 40) : s]):
            owners.append(ActorMention("country", loc.operator, "force", body[s:e], s, e))
            if _COMMAND_OF.search(body, max(a, s - 40), s):
                continue  # "directed by the command of the 201st base": who, not where
        if (s, e) in governments and loc.precision == "town":
            continue
        if (
            not keep(s, e)
            or _origin(body, max(a, s - 80), s, before)
            or _SEAT.search(before)
            or _FACING.search(before)
        ):
            continue
        if _NOT_HERE.search(before):
            continue  # "will not be held in Batken this year but near Osh"
        if _PLANNED_THERE.search(before):
            continue  # "originally planned at the Lyaur range, moved to Momirak": not there
        if _STATIONED.search(before):
            stationed.append((s, e, loc))
            continue
        places.append(loc)
        place_spans.append((s, e))
    if stationed and not places and not _LEFT_FOR.search(body, a, b):
        # "servicemen stationed at the Kant air base held a snap check": no other place
        # (not "units based in Karshi were put on alert and moved to unfamiliar terrain")
        places = [loc for _, _, loc in stationed]
        place_spans = [(s, e) for s, e, _ in stationed]
    border_spans = [(s, e) for s, e, _, _ in facts.borders if keep(s, e)]
    participants, alliances = [], []
    observers = doc.gate_in(_OBSERVER_WORDS, *facts.span)
    compared = doc.gate_in(_COMPARED_WORDS, *facts.span)
    stances = doc.gate_in(_STANCE_WORDS, *facts.span)
    # "shortly before the Taliban took Kabul": when, told by what others did
    if facts.anchors is None:
        facts.anchors = [x.span() for x in _TIME_ANCHOR.finditer(doc, *facts.span)]
    anchors = facts.anchors
    for m in facts.actors:
        if not keep(m.start, m.end) or any(s <= m.start and m.end <= e for s, e in border_spans):
            continue
        if any(s <= m.start < e for s, e in anchors):
            continue
        watching = (stances and _STANCE_AFTER.match(body, m.end, facts.span[1])) or (
            observers
            and (
                _OBSERVER_AFTER.match(body, m.end, facts.span[1])
                # (past an aside: "Iran, which joined the bloc on Friday, was to send observers")
                or (
                    (aside := _ASIDE.match(body, m.end))
                    and _OBSERVER_AFTER.match(body, aside.end() - 1, facts.span[1])
                )
                or _OBSERVER_BEFORE.search(body, max(a, m.start - 120), m.start)
            )
        )
        if m.kind == "alliance":
            # "observers from the CSTO Joint Staff": the bloc watches; "Uzbekistan, which
            # had left the bloc, held its own exercise": the bloc is out of it
            if (
                not watching
                and not _OUTSIDE_BLOC.search(body, max(a, m.start - 40), m.start)
                and not _BESIDE.search(body, max(a, m.start - 30), m.start)
                # ("drew some 30,000 Russian servicemen, according to NATO estimates")
                and not _ACCORDING.search(body, max(a, m.start - 40), m.start)
            ):
                alliances.append(m)
        elif (
            any(s <= m.start and m.end <= e for s, e in place_spans)
            or _CROSSING.search(body[max(a, m.start - 30) : m.start])
            or (
                _TO_PLACE.match(body, m.end, b)
                and _MOVED_FROM.search(body[max(a, m.start - 40) : m.start])
            )
        ):
            continue
        elif (
            m.form != "demonym"
            and _HOSTS_AFTER.match(body, m.end, b)
            and not _WITHOUT_BEFORE.search(body, max(a, m.start - 24), m.start)
        ):
            hosts.append(m.code)  # "Kazakhstan will host a CSTO exercise": where, and who
            participants.append(m)
        elif _AT_HOME_BASE.search(body[max(a, m.start - 30) : m.start]):
            if _FROM_BASE.search(body, max(a, m.start - 60), m.start):
                continue  # "jets from Kant air base in Kyrgyzstan": whence, not where
            hosts.append(m.code)  # "the 201st base in Dushanbe": where, not who
        elif _SEAT.search(body[max(a, m.start - 40) : m.start]):
            # "officials in Dushanbe said": the country speaks and, at most, hosts.
            hosts.append(m.code)
        elif _WITHOUT_BEFORE.search(body, max(a, m.start - 24), m.start) or _STAYING_AFTER.match(
            body, m.end, b
        ):
            continue  # "without Armenia", "with Armenia again staying away"
        elif _FACING.search(body, max(a, m.start - 40), m.start):
            continue  # "opposite Afghanistan's Kunduz province": a landmark
        elif body.find("ccording", max(a, m.start - 40), m.start) >= 0 and _ACCORDING.search(
            body, max(a, m.start - 40), m.start
        ):
            continue  # "according to the Central Military District": who tells
        elif m.form == "force" and _SAID_AFTER.match(body, m.end, b):
            continue  # "The Central Military District also said Kazakh troops would ..."
        elif _SPEAKERS.match(body, m.end, b):
            continue  # "Kyrgyz officials said the drills ...": who speaks, not who drills
        elif compared and _COMPARED.search(body, max(a, m.start - 40), m.start):
            continue  # "small by the standards of Russian or Chinese war games"
        elif watching:
            continue  # "attaches from China will observe the drills": who watches
        elif (m.form == "demonym" and _WHERE_NOUN.match(body, m.end, b)) or (
            m.form == "name"
            and (
                _LOCATIVE.search(body[max(a, m.start - 24) : m.start])
                or _listed_after_a_place(body, a, b, m, place_spans, facts.actors, anchors)
                or (
                    (town_of := _IN_TOWN_OF.search(body, max(a, m.start - 40), m.start))
                    # (not "a week before the Taliban seized power in Afghanistan, Russia")
                    and not any(s <= town_of.start() < e for s, e in anchors)
                )
            )
        ):
            hosts.append(m.code)
        else:
            participants.append(m)
    participants += owners
    for s, e, neighbour, host in facts.borders:
        if not keep(s, e):
            continue
        if host is None:
            host = next((loc.country for loc in places if loc.country != neighbour), None)
        if host is None:
            host = next((h for h in hosts if h != neighbour), None)
        if host is None:
            host = _home_side(participants, neighbour, gazetteer)
        if host is None:
            continue
        loc = gazetteer.resolve_border(host, neighbour)
        if loc is not None:
            # A readable name for the zone on the host side.
            name = f"{country_name(host)} near the {country_name(neighbour)} border"
            places.append(dataclasses.replace(loc, name=name))
            place_spans.append((s, e))
    if (
        not places
        and not hosts
        and len({p.code for p in participants}) == 1
        and doc.gate_in(_AT_HOME_WORDS, a, b)
        and _AT_HOME.search(doc, a, b)
    ):
        # "Tajikistan put its entire armed forces through a readiness check": at home
        hosts.append(participants[0].code)
    if not places and hosts:
        loc = gazetteer.country_location(hosts[0])
        if loc is not None:
            places.append(loc)
    names = _exercise_names(body, a, b, masked, facts, plain=kind == "exercise")
    dates = [d for d in facts.dates if keep(d.span_start, d.span_end)]
    if len(dates) > 1:
        # "The bloc's last exercise before this year took place in 2019": a bound of
        # the time, not the time, where the clause gives one
        dates = [
            d
            for d in dates
            if not _BOUND_BEFORE.search(body, max(a, d.span_start - 12), d.span_start)
        ] or dates
    if dates and doc.gate_in(_FIRST_PLANNED_WORDS, a, b):
        # "was originally planned for last November": a date it no longer has
        dates = [
            d
            for d in dates
            if not _FIRST_PLANNED.search(body, max(a, d.span_start - 60), d.span_start)
        ]
    moved = [d for d in dates if _MOVED_TO.search(body, a, d.span_start)]
    if moved:
        # "scheduled for October ... has been postponed until next year": the new date
        dates = moved + [d for d in dates if d.role == "report" and d not in moved]
    if names:
        dates = _in_named_year(dates, names)
    if not _event_dates(dates) and not _dated_nearby(doc, a, b, facts, masked):
        dates += _name_years(body, a, b, masked) or _spaced_name_years(body, a, b, names)
    boundary = ""
    ends: dict[str, TimeExpr] = {}
    rough_start = None
    for d in _event_dates(dates):
        if d.precision != "day" or d.start != d.end:
            if _coarse_end(body, a, d) or (
                d.precision in _ROUGH_ENDS
                and _UNTIL_RIGHT_BEFORE.search(body, a, d.span_start)
                # ("will not be held until October", "postponed until September": held then)
                and not _NOT_UNTIL.search(body, max(a, d.span_start - 50), d.span_start)
                and not _MOVED_TO.search(body, a, d.span_start)
            ):
                ends.setdefault("end", d)  # "will last until mid-March"
            elif d.precision in _ROUGH_ENDS and _BEGAN_IN_BEFORE.search(
                body, max(a, d.span_start - 30), d.span_start
            ):
                rough_start = rough_start or d  # "began in February"
            continue
        which = _end_dated(body, a, b, d)
        if which:
            ends.setdefault(which, d)
    if rough_start is not None and "end" in ends and "start" not in ends:
        # "began in February and will last until the end of March": both ends, roughly
        ends["start"] = rough_start
    reports = [x for x in dates if x.role == "report"]
    if len(ends) == 1 and (lasting := _duration(doc, a, b, masked)) is not None:
        # "the two-day exercise began on 3 May": one end and a length give the other.
        (which, d), (at, to, days) = next(iter(ends.items())), lasting
        span = (min(at, d.span_start), max(to, d.span_end))
        first = d.start if which == "start" else d.start - timedelta(days=days - 1)
        last_ = first + timedelta(days=days - 1)
        dates = [TimeExpr(first, last_, "day", body[span[0] : span[1]], *span), *reports]
    elif len(ends) == 2 and ends["start"].start <= ends["end"].end:
        # "began on March 14 ... scheduled to end on March 18": one range; "started on
        # April 3 and will continue until the end of April": at the looser end's precision.
        first, last_ = ends["start"], _weekday_after(ends["start"], ends["end"])
        text = body[first.span_start : last_.span_end]
        precision = max(first.precision, last_.precision, key=_ROUGHNESS.index)
        dates = [
            TimeExpr(first.start, last_.end, precision, text, first.span_start, last_.span_end),
            *reports,
        ]
    elif ends:
        # The date after "began"/"ended" is the one that dates this drill.
        boundary, d = next(iter(ends.items()))
        dates = [d, *reports]
    if dates and all(d.role == "report" for d in dates) and _FUTURE.search(doc, a, b):
        # "will hold drills at Sary-Shagan soon, the ministry said on Monday": the day
        # of the statement is not the day of a drill still to come.
        dates = []
    published = article.published
    by_now = False
    # Told as done by the day of the story: "Russia has also moved aircraft" (a deployment
    # over by then: open at its start, ending then), "Russian troops have begun a
    # tactical exercise at Lyaur" (a drill begun by then, and going on).
    told_now = _TOLD_BY_NOW.get(kind)
    if told_now is not None and published is not None and not _event_dates(dates):
        rule, which = told_now
        found = rule.search(doc, a, b)
        # The whole sentence: a cut-off context clause may hold the habit ("since 2004").
        if found and not _mask(masked, *found.span()) and not _HABITUAL.search(doc, *facts.span):
            text = body[found.start() : found.end()]
            dates = [TimeExpr(published, published, "day", text, *found.span()), *dates]
            boundary = which
            by_now = kind == "deployment"
    lasting = None
    if not _event_dates(dates) and (found := _duration(doc, a, b, masked)) is not None:
        lasting = (body[found[0] : found[1]], found[2])
    if body.find("?", *facts.span) >= 0 and _QUESTION_END.search(body, *facts.span):
        participants = []  # "Will China take part in anything?": a question says nothing
    return _Mention(
        boundary=boundary,
        lasting=lasting,
        kind=kind,
        sent=facts.span,
        dates=dates,
        places=places,
        place_spans=place_spans,
        hosts=hosts,
        participants=participants,
        alliances=alliances,
        quantities=[q for q in facts.quantities if keep(q.start, q.end)],
        equipment=[q for q in facts.equipment if keep(q.start, q.end)],
        explicitly_new=bool(_NEW_EVENT.search(doc, a, b)),
        moved=bool(moved),
        names=names,
        doc=doc,
        clause=(a, b),
        by_now=by_now,
    )


# A question ends its sentence, before any closing quotes or emphasis ("**Will China
# take part?**").
_QUESTION_END = rx.compile(r"\?[\s\"”’'*_)\]]*$")


# Right before a day that starts a drill with no end given.
_BY_BEFORE = rx.compile(r"\b(?:by|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", re.I)
_FROM_BEFORE = rx.compile(r"\b(?:from|since|beginning|starting|as\s+of)\s+(?:on\s+)?$", re.I)
# A date at the head of its clause ("On Monday, troops began ..."): only a preposition
# before it.
_FRONTED = rx.compile(r"\W*(?:(?:on|by|from|since|as\s+of)\s+)?\W*$", re.I)
# Where a relative clause starts: "On Monday troops held drills that ended ..." is no end.
_RELATIVE = rx.compile(r"\b(?:that|which|who|where|after|before|when|while)\b", re.I)


# A clause about a stage of the drill told: "At the first stage, which lasted ...", "The
# second, practical stage will last until Oct. 21", "Its active phase began on Thursday",
# and, after "in three stages", "The first, from 15 to 16 September, ...".
_STAGE_CLAUSE = rx.compile(
    r"\W*(?:(?:and|but|while|whereas|then)\s+)?(?:(?:at|during|in|on|over)\s+)?(?:the|its)\s+"
    r"(?:first|second|third|fourth|fifth|final|last|closing|concluding|opening|initial|next|"
    r"practical|active|preparatory|theoretical|live-fire)\b"
    r"(?:(?:,\s*|\s+)(?:[\w-]+\s+)?(?P<noun>stage|phase)s?\b(?!\s+of\b)|(?P<bare>,))",
    re.I,
)
_STAGES_TOLD = rx.compile(r"\b(?:stages|phases)\b", re.I)


_STAGE_WORDS = Gate("stage|phase", ignore_case=True)


def _is_stage(doc: Folded, a: int, b: int) -> bool:
    """Whether the clause ``a:b`` tells of a stage of a drill, not of a drill. (Most
    articles name no stage: a stage word near the clause is looked up first.)"""
    if not doc.gate_in(_STAGE_WORDS, max(0, a - 300), min(b, a + 90)):
        return False
    body = doc.text
    m = _STAGE_CLAUSE.match(body, a, b)
    if m is None:
        return False
    # "The first, ...": a stage only where stages were just told of
    return bool(m.group("noun")) or bool(_STAGES_TOLD.search(body, max(0, a - 300), a))


# The closing stretch of a week or month: "the end of April", "late next week".
_END_PART = rx.compile(r"(?:the\s+)?(?:very\s+)?(?:end\s+of|late)\b", re.I)


# Dates rougher than a day that may date one end of a drill, from finest to roughest.
_ROUGHNESS = ("day", "week", "month_part", "month")
_ROUGH_ENDS = _ROUGHNESS[1:]
_UNTIL_RIGHT_BEFORE = rx.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?$", re.I)
_NOT_UNTIL = rx.compile(r"\b(?:not|n['’]t)\s+(?:[\w'’-]+\s+){0,4}?(?:until|till)\s+$", re.I)
_BEGAN_IN_BEFORE = rx.compile(
    r"\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s+way)\s+(?:in|on)\s+$", re.I
)


def _coarse_end(body: str, a: int, d: TimeExpr) -> bool:
    """True when the loose date ``d`` is when a drill ends: "will continue until the end
    of April", "is due to be completed by the end of the week". Not "held at the end of
    April", which is the whole drill."""
    if d.precision not in ("week", "month_part") or not _END_PART.match(d.text):
        return False
    if _BY_BEFORE.search(body, max(a, d.span_start - 12), d.span_start):
        return True
    near = body[max(a, d.span_start - 150) : d.span_start]
    found = [(m.end(), "end") for m in _END_VERB.finditer(near)]
    found += [(m.end(), "start") for m in _START_VERB.finditer(near)]
    return bool(found) and max(found)[1] == "end"


def _end_dated(body: str, a: int, b: int, d: TimeExpr) -> str:
    """Which end of a drill the day ``d`` dates: "start", "end" or "" (the whole drill).

    The verb closest before it in the clause tells ("began ... on Monday", "will last
    until 20 June"); else a verb right after it ("on Thursday completed"); else, when
    the date heads the clause, the clause's first verb ("On Monday, troops began").
    """
    if _FROM_BEFORE.search(body, max(a, d.span_start - 20), d.span_start):
        return "start"  # "from Monday", "since Monday", "beginning June 17"
    by = _BY_BEFORE.search(body, max(a, d.span_start - 12), d.span_start)
    if by and body[d.span_end : d.span_end + 2] not in ("'s", "’s"):
        return "end"  # "are expected to arrive by June 20": a deadline, not the day
    near = body[max(a, d.span_start - 150) : d.span_start]
    found = [(m.end(), "end") for m in _END_VERB.finditer(near)]
    found += [(m.end(), "start") for m in _START_VERB.finditer(near)]
    if found:
        return max(found)[1]
    if _END_VERB.search(d.text):
        return "end"
    after = _VERB_AFTER.match(body, d.span_end, b)
    if after:
        # "servicemen on Thursday completed a three-day exercise"
        return after.lastgroup or ""
    if _FRONTED.match(body[a : d.span_start]):
        tail = body[d.span_end : min(b, d.span_end + 80)]
        stop = _RELATIVE.search(tail)
        tail = tail[: stop.start()] if stop else tail
        found = [(m.start(), "end") for m in _END_VERB.finditer(tail)]
        found += [(m.start(), "start") for m in _START_VERB.finditer(tail)]
        if found:
            return min(found)[1]
    return ""


# A verb right after a list of names: its subject, not places ("held in Dushanbe and
# Russia sent 500 troops", "in Afghanistan, Russia, Tajikistan and Uzbekistan held").
_VERB_AFTER_NAME = rx.compile(
    r"\s+(?:will|would|is|are|was|were|has|have|had|sent|sends|plans|said|says|also|itself|"
    r"held|holds|hold|staged|stage|stages|conducted|conduct|conducts|trained|train|trains|"
    r"began|begin|begins|launched|launch|launches|took|take|takes|joined|join|joins)\b"
)
# What joins two names of a list: "Tajikistan and Kyrgyzstan", "A, B".
_LIST_JOINT = r"(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?"
_LISTED_AFTER = rx.compile(rf"{_LIST_JOINT}$")
_LISTED_NEXT = rx.compile(_LIST_JOINT)


def _listed_after_a_place(
    body: str,
    a: int,
    b: int,
    m: ActorMention,
    place_spans: list[tuple[int, int]],
    actors: list[ActorMention],
    anchors: list[tuple[int, int]],
) -> bool:
    """Whether the name ``m`` is listed after a place that a locative opens: "ranges in
    Tajikistan and Kyrgyzstan", "in Tajikistan, Kyrgyzstan and Kazakhstan" are places,
    and none of them a participant; unless a verb follows the list (its subject)."""
    spans = sorted(
        (s, e)
        for s, e in {*place_spans, *((x.start, x.end) for x in actors)}
        if a <= s and e <= b and not any(s0 <= s < e0 for s0, e0 in anchors)
    )
    ends_at = dict(spans)
    end = m.end
    for _ in range(8):  # forward to the list's last name
        joint = _LISTED_NEXT.match(body, end, b)
        if joint is None or joint.end() not in ends_at:
            break
        end = ends_at[joint.end()]
    if _VERB_AFTER_NAME.match(body, end, b):
        return False
    start = m.start
    for _ in range(8):  # back along the list, a name at a time
        joint = _LISTED_AFTER.search(body, max(a, start - 8), start)
        if joint is None:
            return False
        before = [
            (s, e) for s, e in spans if e <= joint.start() and not body[e : joint.start()].strip()
        ]
        if not before:
            return False
        start = before[-1][0]
        if _LOCATIVE.search(body[max(a, start - 24) : start]):
            return True
    return False


def _home_side(participants: list[ActorMention], neighbour: str, gazetteer) -> str | None:
    """The one participant that shares the border ("Tajik troops drilled near the
    Afghan border": on the Tajik side); None when none or several of them do."""
    sides = {
        m.code
        for m in participants
        if m.code != neighbour and gazetteer.resolve_border(m.code, neighbour) is not None
    }
    return sides.pop() if len(sides) == 1 else None


# "as part of the combined "Combat Brotherhood-2021" drills": the name of a larger whole.
# ("formed part of a larger alliance exercise called Combat Brotherhood-2021")
_PART_OF = rx.compile(
    r"\b(?:part\s+of|within|under\s+the\s+umbrella\s+of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:(?:called|named|dubbed|codenamed|code-named|known\s+as)\s+)?"
    r"[\"“‘']?$",
    re.I,
)
# "as part of": what units did as part of a drill ("snipers trained as part of ...").
_AS_BEFORE = rx.compile(r"\bas\s+$", re.I)
# A drill told before "part of": the name after it is a whole the drill is part of.
_DRILL_BEFORE_PART = rx.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games|games|stage|phase|episode)\b"
    r"|-(?:19|20)\d\d\b",
    re.I,
)


def _part_of_a_whole(body: str, a: int, at: int, reach: int = 50) -> bool:
    """Whether the name at ``at`` names a whole the clause's drill is part of: "a
    trilateral exercise at Harb-Maidon, part of Combat Brotherhood-2021", "Chinese
    troops fired at Totskoye, part of the Center-2019 drills". What units did "as part
    of" a drill, with no drill told before, is that drill's: "snipers trained at Lyaur
    on Wednesday as part of the Southern Shield-2024 exercise"."""
    part = _PART_OF.search(body, max(a, at - reach), at)
    if part is None:
        return False
    return not _AS_BEFORE.search(body, max(a, part.start() - 4), part.start()) or bool(
        _DRILL_BEFORE_PART.search(body, a, part.start())
    )


_HAS_YEAR = rx.compile(r"\b(?:19|20)\d\d\b")
_HAS_MONTH = rx.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\w-])", re.I
)


def _in_named_year(dates: list[TimeExpr], names: tuple[str, ...]) -> list[TimeExpr]:
    """ "Zapad-2021 was held in September": a month without a year is in the year of the
    exercise's name (of all its names), whatever the published date suggests."""
    years = {int(name[-4:]) for name in names if name[-4:].isdigit()}
    if len(years) != 1 or not all(name[-4:].isdigit() for name in names):
        return dates
    year = years.pop()
    out = []
    for d in dates:
        shift = year - d.start.year if d.start is not None else 0
        # "Zapad-2021 in September", "Batyl Toytarys-2025 in the autumn": a stretch of
        # the year without its own year is in the year of the name
        named_part = _HAS_MONTH.search(d.text) or d.precision == "season"
        if shift and named_part and not _HAS_YEAR.search(d.text):
            with contextlib.suppress(ValueError):  # 29 February in a year without one
                d = dataclasses.replace(
                    d,
                    start=d.start.replace(year=d.start.year + shift),
                    end=d.end.replace(year=d.end.year + shift),
                )
        out.append(d)
    return out


def _exercise_names(
    body: str, a: int, b: int, masked, facts: _SentenceFacts, plain: bool = True
) -> tuple[str, ...]:
    """The named exercises of the clause ``a:b`` ("Interaction-2021", "the annual Steppe
    Eagle exercise"), in the order told; not the name of a whole it is part of ("as part
    of Combat Brotherhood-2021"). A year is joined with a hyphen: "Peace Mission 2021" is
    read "Peace Mission-2021", as the hyphenated spelling of other reports has it. Names
    without a hyphenated year are read only where ``plain`` (in clauses of drills)."""
    found: dict[str, int] = {}  # name: where it is told
    if _NAMED_YEAR.search(body, a, b):
        for m in _NAMED_TRIGGER.finditer(body, a, b):
            if not _mask(masked, *m.span()) and not _part_of_a_whole(body, a, m.start()):
                name = _NAME_LEAD.sub("", m.group())
                if not body[a : m.start()].strip(" \"“‘'(") and name.startswith("Joint "):
                    name = name[6:]  # "Joint Rubezh-2023 drills began": the capital of a
                    # sentence's first word ("the Joint Sea-2021 exercise" keeps it)
                at = m.end() - len(name)
                # who holds it is not its name: "the Russian-Belarusian Zapad-2021 exercise"
                while " " in name and any(
                    at <= x.start < at + name.index(" ") for x in facts.actors
                ):
                    cut = name.index(" ") + 1
                    name, at = name[cut:], at + cut
                found.setdefault(name, at)
    for s, e, year in _told_names(body, a, b):
        at = _told_name_start(body, s, e, facts)
        if at is not None and not _mask(masked, at, e) and not _part_of_a_whole(body, a, at):
            found.setdefault(body[at:e] + (f"-{year}" if year else ""), at)
    plain = plain and _PLAIN_NAME_WORDS.search(body, a, b) is not None
    for m in _PLAIN_NAME.finditer(body, a, b) if plain else ():
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        at, to = m.span(group)
        if (
            group == "name3"
            and (
                body[a:at].strip(" \"“‘'(")  # (the subject of its clause only)
                or body[at:to].split()[0] in _CLAUSE_HEAD_WORDS
                or body[at:to].endswith("ly")  # "Separately, the drills, ..."
            )
        ):
            continue
        if (
            group == "name"
            and _OWNER_LED.match(body, m.start())
            and _PERSON_BEFORE_DRILL.search(body, to, m.end())
        ):
            continue  # "Russia's Sergei Shoigu inspected drills": a person's name
        if (
            _mask(masked, at, to)
            or _part_of_a_whole(body, a, at)
            or any(at < m2.end and m2.start < to for m2 in facts.actors)
            or any(at < e and s < to for s, e, _ in facts.places)
            or any(at < q.end and q.start < to for q in facts.equipment)
        ):
            continue
        raw = " ".join(m.group(group).split())
        words = re.split(r"[\s-]+", raw)
        year = words.pop() if words[-1].isdigit() else ""
        if any(w in _NOT_NAME_WORDS for w in words) or words[-1] in _UNIT_WORDS:
            continue
        if all(w in _GENERIC_NAME_WORDS for w in words) and not (group == "name2" and year):
            continue  # (but a name given with its year: "the exercise, called Border 2021")
        # ("Ala-Too Shield" keeps its hyphen; "Peace Mission - 2021" loses its spaced dash)
        base = raw[: -len(year)].rstrip(" -–") if year else raw
        name = base + (f"-{year}" if year else "")
        if not any(n != name and names_agree(n, name) and "-" in n for n in found):
            found.setdefault(name, at)
    return tuple(
        n
        for n in sorted(found, key=found.__getitem__)
        if not any(o != n and names_agree(o, n) and len(o) > len(n) for o in found)
    )


# Drills named without a hyphenated year: "the annual Steppe Eagle exercise", "the Peace
# Mission 2021 counter-terrorism drills", "exercises codenamed Southern Shield".
_NAME_WORDS = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:(?:[ -]|\s[-–]\s)(?:19|20)\d\d)?"
# Whose drill it is: "Kazakhstan's", "the CSTO's", "the Shanghai Cooperation Organisation's".
_OWNER = r"(?:[A-Z]{2,5}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})['’]s"
_DRILL_NOUN_NAMED = r"(?:exercises?|drills?|war\s*games|manoeuvres|maneuvers)"
_NAME_TAIL = (
    r"(?:(?i:annual|joint|biennial|large-scale|major|strategic|regular|international|"
    # ("the previous Rubezh exercise", "the next Steppe Eagle drills")
    r"multinational|latest|upcoming|so-called|yearly|combined|previous|last|next|forthcoming|"
    r"recent|current|coming|first|second|third)\s+)*"
    # (whose drill it is: "the SCO Peace Mission 2021 exercise", "the CSTO's "Rubezh"
    # exercise", "the Shanghai Cooperation Organisation's Peace Mission 2021 exercise")
    rf"(?:{_OWNER}\s+|[A-Z]{{2,5}}\s+)?"
    rf"[\"“‘']?(?P<name>{_NAME_WORDS})[\"”’']?\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"{_DRILL_NOUN_NAMED}\b"
)
# (a given name may run on: "codenamed Guardians of the Eastern Frontier")
_NAME_GIVEN = (
    rf"[\"“‘']?(?P<name2>{_NAME_WORDS}(?:\s+of(?:\s+the)?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\b"
)
# A name is given after "codenamed", or after a drill noun and "dubbed", "named" or
# "called" ("exercises, dubbed Southern Shield"; not "a commander named Asanov").
_GIVEN_BY = r",?\s+(?:(?:is|are|was|were)\s+)?(?:dubbed|named|called)"
# A name told as what a drill is, at the head of its clause: "Steppe Eagle, Kazakhstan's
# annual exercise with NATO partners, got under way" (not "General Ivanov, the exercise
# commander, said").
_NAME_AS_DRILL = (
    rf"(?P<name3>{_NAME_WORDS}),\s+(?:the|its|their|an?|{_OWNER})\s+"
    # (what the drill is, not who has a part in it: "Bakyt Asanov, a spokesman for the
    # exercise")
    r"(?:(?!(?:of|for|at|in|on|with|by|from|to|about|during)\s)[\w'’-]+\s+){0,3}?"
    rf"{_DRILL_NOUN_NAMED}\b(?![-'’]|\s+(?:commander|director|chief|head|spokes\w*|leader|"
    r"officer|organi[sz]er|planner|participant)s?\b)"
)
# The three ways a name is told: after "the" or an owner, after "code-named" or "dubbed",
# and before "…, the exercise".
_NAME_AFTER_OWNER = (
    # (a possessive stands for "the": "Kazakhstan's annual Steppe Eagle exercise")
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir|(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s|{_OWNER})\s+{_NAME_TAIL}"
)
# (or told in quotes right after the drill noun: 'the joint exercise "Peace Mission 2024"
# opened on Monday')
_NAME_AFTER_GIVEN = (
    rf"(?:(?:code-?named|{_DRILL_NOUN_NAMED}{_GIVEN_BY})\s+"
    rf"|{_DRILL_NOUN_NAMED},?\s+(?=[\"“‘]{_NAME_WORDS}[\"”’]))"
    rf"{_NAME_GIVEN}"
)
# The names as one reads them; _PLAIN_NAME finds the same matches.
_PLAIN_NAME_READABLE = rf"\b{_NAME_AFTER_OWNER}|\b{_NAME_AFTER_GIVEN}|(?<![\w'’-]){_NAME_AS_DRILL}"
# Every match opens a word on one of these letters (the third branch too: a capital with
# no word character before it): one \b and a look at the first letter before the
# branches, so the regex engine leaves every other position at once instead of trying
# three branches and a look-behind there (27.88 M → 27.36 M instructions/article).
_PLAIN_NAME = rx.compile(
    rf"\b(?=[A-Zcdeilmntw])(?:{_NAME_AFTER_OWNER}|{_NAME_AFTER_GIVEN}|(?<!['’-]){_NAME_AS_DRILL})"
)
# Every match of _PLAIN_NAME holds one of these words as written (its drill nouns are
# lower case): half the clauses it is tried in hold none, and its scan tries every word.
_PLAIN_NAME_WORDS = rx.compile(r"exercise|drill|war|manoeuvres|maneuvers|named")
# A name after a possessive that a verb or an article parts from the drill noun is a
# person's: "Russia's Sergei Shoigu inspected drills", "Tajikistan's Emomali Rahmon
# visited the drills" (not "Russia's Zapad combined exercise").
_OWNER_LED = rx.compile(rf"{_OWNER}\s")
_PERSON_BEFORE_DRILL = rx.compile(
    r"\b(?:the|a|an|its|their|these|those|this|said|says|saw|sees|watch(?:es)?|attends?|"
    r"visits?|inspects?|observes?|oversaw|oversees|reviews?|led|leads|orders?|hails?|"
    r"(?!(?:combined|armed|integrated|advanced|planned|scheduled|expanded|extended|"
    r"speciali[sz]ed|co-?ordinated|unscheduled|mixed|named|code-?named)\b)[a-z]+ed)\b"
)
# Words that head a clause and are no drill's name: "However, the exercise, which ...",
# "In 2021, the drills, ...".
_CLAUSE_HEAD_WORDS = frozenset(
    (
        "Meanwhile", "However", "Also", "Instead", "Still", "Moreover", "Furthermore", "Then",
        "Now", "Today", "Yesterday", "Tomorrow", "Here", "There", "Earlier", "Later", "Last",
        "Next", "Afterwards", "Overall", "Besides", "Nevertheless", "Nonetheless", "Otherwise",
        "Thus", "Therefore", "Indeed", "Again", "Yet", "Elsewhere", "Meantime", "Once",
        "Together", "Altogether", "Likewise", "Hence", "So", "Thereafter", "With", "Without",
        "Under", "Over", "Unlike", "Like", "Despite", "Though", "Although", "While", "When",
        "Where", "As", "If", "Because", "Through", "Throughout", "Between", "Among",
        "Following", "Ahead", "First", "Second", "Third", "Back", "Above", "Below", "The",
        "A", "An", "In", "On", "At", "By", "Since", "From", "Until", "During", "After",
        "Before", "For", "Of", "And", "Or", "But", "This", "That", "These", "Those",
    )
)  # fmt: skip
# Capitalised words that are not a drill's name: dates, and what a sentence capitalises.
_NOT_NAME_WORDS = frozenset(
    (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "This", "That", "These", "Those",
        "Taliban", "Kremlin", "Pentagon", "Islamic", "State", "Government", "President",
        "Soviet", "Olympic", "Olympics", "Navruz", "Nowruz", "Novruz", "Victory", "Civil",
        "Cold", "Red", "Crescent", "Cross", "Police", "Medical", "Rescue", "Fire",
    )
)  # fmt: skip
# Words that end the name of a force, not of a drill ("the Caspian Flotilla drills").
_UNIT_WORDS = frozenset(
    (
        "Army", "Armies", "Navy", "Fleet", "Flotilla", "Force", "Forces", "District",
        "Command", "Group", "Brigade", "Division", "Regiment", "Battalion", "Ministry",
        "Guard", "Guards", "Service", "Troops", "Corps", "Units", "Unit", "Base",
        "Committee", "Organisation", "Organization", "Council", "Staff", "Department",
        "Valley", "Region", "Province", "Oblast", "Mountains", "River", "Lake", "Sea", "Pass",
        "Gorge", "Parade", "Day", "Games", "Academy", "University", "School",
    )
)  # fmt: skip
# Words that name a kind of drill, not one drill: a name of these alone is none.
_GENERIC_NAME_WORDS = _UNIT_WORDS | frozenset(
    (
        "Joint", "Combined", "Military", "Naval", "Air", "Armed", "Defence", "Defense",
        "Border", "Special", "National", "Security", "Collective", "Rapid", "Reaction",
        "Strategic", "Tactical", "Spring", "Summer", "Autumn", "Winter", "Annual",
        "Central", "Asian", "Regional", "International", "Multinational", "Airborne",
        "Marine", "Coastal", "Mountain", "Peacekeeping", "Allied", "Western", "Eastern",
        "Northern", "Southern", "New", "Latest", "Last", "Next", "First", "Second",
        "Third", "Final", "Counter", "Terrorism", "Anti", "Terrorist", "Command",
        "Field", "Live", "Fire", "Emergency", "Snap", "Large", "Scale", "Major",
    )
)  # fmt: skip


# Capitalised words a sentence may put before a name: "The Rubezh-2022 exercise".
_NAME_LEAD = rx.compile(r"^(?:(?:The|A|An|This|That|Last|Next|Annual|Its|Their)\s+)+")


def _name_years(body: str, a: int, b: int, masked) -> list[TimeExpr]:
    """ "Rubezh-2023" dates its drill to that year when nothing else in the clause does."""
    if not _NAMED_YEAR.search(body, a, b):
        return []  # every named exercise ends with "-YYYY"; most clauses hold none
    for m in _NAMED_TRIGGER.finditer(body, a, b):
        # (not the year of a whole it is part of: "part of Combat Brotherhood-2021")
        if not _mask(masked, m.start(), m.end()) and not _part_of_a_whole(body, a, m.start(), 60):
            year = int(m.group()[-4:])
            span = (m.start(), m.end())
            return [TimeExpr(date(year, 1, 1), date(year, 12, 31), "year", m.group(), *span)]
    return []


def _dated_nearby(doc: Folded, a: int, b: int, facts: _SentenceFacts, masked) -> bool:
    """Whether another clause of the sentence dates the drill of the clause ``a:b``: a
    date with no drill word between it and the clause ("Peace Mission-2021 opened at
    Donguz, ..., and will run through Saturday"; not "..., while the focus shifted to
    drills at Edelweiss on 6 March")."""
    for d in _event_dates(facts.dates):
        if a <= d.span_start < b or _mask(masked, d.span_start, d.span_end):
            continue
        lo, hi = (b, d.span_start) if d.span_start >= b else (d.span_end, a)
        if lo >= hi or not _ANY_TRIGGER_FLAT.search(doc, lo, hi):
            return True
    return False


# "the Peace Mission 2021 exercise": a name's year told after a space.
_SPACED_YEAR = rx.compile(r"[ ](?:19|20)\d\d\b")
# The last word of a name and its year after a space ("Mission 2021"), as _SPACED_NAME ends.
_NAMED_YEAR_AFTER_SPACE = rx.compile(r"[A-Z][a-z]+[ ](?:19|20)\d\d\b")


def _spaced_name_years(body: str, a: int, b: int, names: tuple[str, ...]) -> list[TimeExpr]:
    """The year of a name read with its year after a space or before "edition of",
    dating its drill as ``_name_years`` does the hyphenated ones."""
    for name in names:
        head, _, year = name.rpartition("-")
        if not (head and year.isdigit()):
            continue
        for m in _SPACED_YEAR.finditer(body, a, b):
            if m.group().strip() == year and body.endswith(head, a, m.start()):
                y = int(year)
                start = m.start() - len(head)
                return [
                    TimeExpr(
                        date(y, 1, 1),
                        date(y, 12, 31),
                        "year",
                        body[start : m.end()],
                        start,
                        m.end(),
                    )
                ]
        for m in _EDITION_OF.finditer(body, a, b) if body.find("dition", a, b) >= 0 else ():
            # "the 2019 edition of Steppe Eagle"
            if m.group("year") == year and m.group("name").endswith(head):
                y = int(year)
                return [TimeExpr(date(y, 1, 1), date(y, 12, 31), "year", year, *m.span("year"))]
    return []


# A name with its year after a space names a drill only where a drill's verb is told
# with it, as the hyphenated names do alone: "Peace Mission 2021 was held at Donguz",
# "Steppe Eagle 2023 took place", "In July we host Regional Cooperation 2025". Capitalised
# words and a year are often something else: "Expo 2017 was held", "Vision 2030".
_SPACED_NAME = rx.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})[ ](?P<year>(?:19|20)\d\d)"
    r"(?![\w-]|[.,/–]\d)"
)
# So is an edition of a named drill, of the year told: "The 2019 edition of Steppe Eagle
# got under way", "Kazakhstan hosted the next edition of Steppe Eagle".
_EDITION_OF = rx.compile(
    r"\b(?:(?P<year>(?:19|20)\d\d)|(?i:this|last|next)\s+year['’]s|(?i:next|previous|last|"
    r"latest|first|second|third|new|current|upcoming|following|annual|\d{1,2}(?:st|nd|rd|th)))"
    r"\s+editions?\s+of\s+(?:the\s+)?[\"“‘']?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?![\w-])"
)
# the verb before it: "we host", "Russia held", "troops took part in"
_TOLD_NAME_OBJECT = rx.compile(
    r"\b(?:hosts?|hosted|hosting|holds?|held|holding|stages?|staged|staging|conducts?|"
    r"conducted|conducting|(?:takes?|took|taking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in)"
    r"\s+(?:the\s+)?[\"“‘']?$"
)
# the verb after it: "was held", "took place", "will run from", ", held in August"
_TOLD_NAME_SUBJECT = rx.compile(
    r"[\"”’']?(?:,\s+(?:held|staged|conducted)\b|(?:,\s+[^,.;]{1,80}?,)?\s+(?:"
    r"(?:(?:is|are|was|were)(?:\s+(?:due|set|scheduled|expected|planned))?(?:\s+to\s+be)?|"
    r"(?:will|would|to)\s+be|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|again|first|jointly|once\s+again)\s+)?(?:held|staged|conducted|hosted|"
    r"organi[sz]ed|carried\s+out)(?!\s+(?:up|back|hostage|responsible|accountable)\b)|"
    r"(?:(?:will|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|planned)\s+to|"
    r"(?:is|are|was|were)\s+to)\s+)?(?:take\s+place|takes\s+place|took\s+place|"
    r"(?:run|runs|ran|last|lasts|lasted)\s+(?:from|until|till|through|between|for)\b|"
    r"(?:begin|begins|began|start|starts|started|end|ends|ended|conclude|concludes|concluded)"
    r"\s+(?:on|in|at)\b|(?:got|get|gets)\s+under\s+way|kick(?:s|ed)?\s+off|"
    r"(?:drew|draws|involved|involves|brought\s+together|brings\s+together)\b)))"
)
# Leading words that are not a name's: "In July Steppe Eagle 2023 ...", "The Zapad 2021".
_TOLD_NAME_LEAD = frozenset(
    (
        "The", "A", "An", "In", "On", "At", "By", "Since", "From", "Until", "During", "After",
        "Before", "For", "Of", "And", "Or", "But", "Early", "Late", "Mid", "Its", "Their",
        "This", "That", "These", "Those", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    )
)  # fmt: skip
# Capitalised words of what a year names besides drills.
_NOT_DRILL_NAME_WORDS = frozenset(
    (
        "Expo", "Euro", "Cup", "Olympiad", "Forum", "Summit", "Conference", "Congress",
        "Festival", "Fair", "Exhibition", "Show", "Week", "Championship", "Championships",
        "Census", "Election", "Elections", "Budget", "Vision", "Strategy", "Agenda", "Plan",
        "Programme", "Program", "Report", "Index", "Covid", "Marathon", "Tour", "Rally",
        "Concert", "Award", "Awards", "Prize", "Biennale", "Season", "Class", "Model",
        "Edition", "Version", "Law", "Act", "Treaty", "Accord", "Declaration", "Charter",
        "Doctrine", "Concept", "Year", "Spring", "Summer", "Autumn", "Fall", "Winter",
        "Balance", "Yearbook", "Survey", "Almanac", "Ramadan", "Eid", "Hajj", "Christmas",
        "Easter",
    )
)  # fmt: skip


@functools.lru_cache(maxsize=4096)  # a sentence is asked again for each of its clauses
def _told_names(text: str, a: int, b: int) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, year)`` of the names in ``text[a:b]`` that tell a drill with no
    drill noun: with their year after a space ("Zapad 2021 was held") or as an edition
    ("The 2019 edition of Steppe Eagle got under way"), where a drill's verb is told
    with them. ``start:end`` holds the name's words only, not those that lead them ("In
    July") or its year; ``year`` is "" when none is told ("the next edition of Rubezh")."""
    if not _NAMED_YEAR_AFTER_SPACE.search(text, a, b) and text.find("dition", a, b) < 0:
        return ()  # most sentences hold neither ("in 2021" is no name)
    out = []
    for rule in (_SPACED_NAME, _EDITION_OF):
        for m in rule.finditer(text, a, b):
            if not (
                _TOLD_NAME_SUBJECT.match(text, m.end())
                or _TOLD_NAME_OBJECT.search(text, max(0, m.start() - 40), m.start())
            ):
                continue
            s, e = m.span("name")
            words = text[s:e].split()
            lead = 0
            while lead < len(words) and words[lead] in _TOLD_NAME_LEAD:
                lead += 1
            name = [w for x in words[lead:] for w in x.split("-")]
            if (
                not name
                or any(w in _NOT_NAME_WORDS or w in _NOT_DRILL_NAME_WORDS for w in name)
                or name[-1] in _UNIT_WORDS
                or all(w in _GENERIC_NAME_WORDS for w in name)
            ):
                continue
            out.append((s + len(" ".join(words[:lead])) + bool(lead), e, m.group("year") or ""))
    return tuple(sorted(out))


def _told_name_start(body: str, s: int, e: int, facts: _SentenceFacts) -> int | None:
    """Where the drill's own name starts in the name ``body[s:e]`` that ``_told_names``
    found: past who holds it ("Russian Zapad 2021"); None when it is a place or a
    country ("Tokyo 2020 was held in 2021")."""
    at, name = s, body[s:e]
    while " " in name and any(at <= x.start < at + name.index(" ") for x in facts.actors):
        cut = name.index(" ") + 1
        name, at = name[cut:], at + cut
    if any(at < x.end and x.start < e for x in facts.actors) or any(
        at < pe and ps < e for ps, pe, _ in facts.places
    ):
        return None
    return at


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
}  # fmt: skip
_COUNT_WORD = r"\d{1,2}|" + "|".join(_NUMBER_WORDS)
# How long a drill lasts: "a two-day exercise", "week-long drills", "after four days of
# live-fire training", "the drills lasted five days".
_DURATION_NOUN = rf"(?:{_EXERCISE}|training{_NOT_A_TRAINING_PLACE})"
_DURATION = GatedAnyCase(
    rf"\b(?:(?P<n>{_COUNT_WORD})[- ](?P<unit>day|week)|(?P<one>week|fortnight)-?long)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_DURATION_NOUN}\b|"
    rf"\ban?\s+(?P<one2>week|fortnight)\s+of\s+(?:[\w-]+\s+){{0,2}}?{_DURATION_NOUN}\b|"
    rf"\b(?P<n2>{_COUNT_WORD})\s+(?P<unit2>days|weeks)\s+of\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_DURATION_NOUN}\b|"
    rf"\b(?:last(?:ed|s|ing)?\s+(?:for\s+)?|after\s+|for\s+|over\s+)"
    rf"(?P<n3>{_COUNT_WORD})\s+(?P<unit3>days|weeks)\b",
    "day|week|fortnight",
)


def _duration(
    doc: Folded, a: int, b: int, masked: list[tuple[int, int]] = ()
) -> tuple[int, int, int] | None:
    """``(start, end, days)`` of the first length given to a drill in ``a:b``, outside
    a reference to another drill ("follows a five-day drill at Termez" gives that drill's
    length; "after four days of live-fire training" gives this one's)."""
    m = _DURATION.search(doc, a, b)
    if m is None:
        return None
    other = [(s, e) for s, e in masked if _AFTER_A.match(doc.text, s, e)]
    if other and _mask(other, m.start(), m.end()):
        return None
    if m.group("one") or m.group("one2"):
        days = 14 if (m.group("one") or m.group("one2")).lower() == "fortnight" else 7
    else:
        n_group, unit_group = next(
            (n, u) for n, u in (("n", "unit"), ("n2", "unit2"), ("n3", "unit3")) if m.group(n)
        )
        raw = m.group(n_group).lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        days = n * (7 if m.group(unit_group).lower().startswith("week") else 1)
    if not 1 <= days <= 31:
        return None
    return m.start(), m.end(), days


_HELD = rx.compile(
    r"\b(?:held|take\s+place|took\s+place|takes\s+place|run|runs|ran|last|lasts|lasted)\b"
)
# ", which quit the CSTO in 2012,": an aside about a country or a bloc, up to its comma.
_ASIDE = rx.compile(r",\s+(?:which|who)\s+[^,;.]{1,100}?,")
_ASIDE_WORDS = Gate("which|who", ignore_case=True)


def _asides_of_names(body: str, facts: _SentenceFacts, hits) -> list[tuple[int, int]]:
    """Asides about a country or a bloc that hold a date and no drill: "Uzbekistan,
    which quit the CSTO in 2012, hosted the drill". Their time is that of what they tell,
    not of the drill."""
    out = []
    for m in facts.actors:
        aside = _ASIDE.match(body, m.end)
        if aside is None:
            continue
        s, e = aside.span()
        if any(s <= at < e for at, _, _ in hits):
            continue  # "Kazakhstan, which hosted a similar exercise in 2019, ...": a drill
        if (
            _START_VERB.search(body, s, e)
            or _END_VERB.search(body, s, e)
            or _HELD.search(body, s, e)
        ):
            continue  # "the drills of the CSTO, which will end on Friday,": of the drills
        if any(s <= d.span_start < e for d in facts.dates):
            out.append((s, e))
    return out


def _reference_dates(article: Article, masked, drafts: list[_Draft]):
    """Dates for "days after the exercise": shortly after the exercise just mentioned."""
    body = article.body
    out = []
    for s, e in masked:
        phrase = body[s:e].lower()
        if "after" not in phrase or not drafts:
            continue
        ref = next((d for d in reversed(drafts) if d.kind == "exercise" and d.date), None)
        if ref is None or ref.date.end is None:
            continue
        # From the day after the exercise began to ten days after it ended: "days after"
        # is vague, and the exercise's own date may be a range.
        start = ref.date.start + timedelta(days=1)
        end = ref.date.end + timedelta(days=10)
        out.append(TimeExpr(start, end, "month_part", body[s:e], s, e))
    return out


# The day in a dateline: "Oct. 18", "October 18", "18 October".
_DATELINE_DAY = rx.compile(
    r"\b(?:(?P<m1>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+"
    r"(?P<d1>[0-3]?\d)\b|(?P<d2>[0-3]?\d)\s+(?P<m2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*)\b)"
)
_STAMP_DAY = rx.compile(
    r"^[ \t]*(?:By\s[^|\n]{1,60}\|[ \t]*)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)"
    r"(?:,?[ \t]+\d{1,2}:\d{2})?[ \t]*$",
    re.M,
)
# How far before publication a dateline's day may be and still be the story's day.
MAX_DATELINE_AGE_DAYS = 60


# A reprint's word on when the story first ran: "By Reuters | October 1, 2024" above
# it, "This article was originally published by RFE/RL on August 20, 2023" below it.
_BYLINE_DAY = rx.compile(r"^By\s[^|\n]{1,60}\|\s*(?=[A-Z])", re.M)
_FIRST_RAN = rx.compile(
    r"\b(?:originally|first)\s+(?:published|appeared|ran)\b[^.\n]{0,60}?\s(?:on|in)\s+(?=[A-Z0-9])"
)
# How many characters from the top a dateline may start: a reprint may put its title,
# a byline or a photo credit above it.
DATELINE_REACH = 400


# A line that is only a day, heading the entries of a live page or a diary: "Thursday
# 5 August", "Aug 5, 2021", "Tuesday 10 August 16:02".
# (Each line is tried after its "\n", which the regex engine skips to quickly; a search
# with "^" in multi-line mode tries every character.)
_DAY_HEADER_LINE = (
    r"[ \t#*]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?(?:,?\s*[-–—]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?[ \t*]*(?=\n|$)"
)
_DAY_HEADER = rx.compile(_DAY_HEADER_LINE)
_DAY_HEADER_AFTER_NL = rx.compile("\n" + _DAY_HEADER_LINE)
# How far before publication a live page's day may lie.
MAX_HEADER_AGE_DAYS = 60


def _dated_sections(body: str, published: date | None) -> list[tuple[date | None, int, int]]:
    """``(day, start, end)``: the stretches of ``body`` and the day each is told on.

    A live page heads each day's entries with that day ("Thursday 5 August"): "today"
    and "on Monday" under it are read from that day, not from the page's last update.
    Without such headers, the whole body is told on ``published``.
    """
    sections = [(published, 0, len(body))]
    if published is None or "\n" not in body:
        return sections
    headers = [m for m in [_DAY_HEADER.match(body)] if m]
    headers += _DAY_HEADER_AFTER_NL.finditer(body)
    for m in headers:
        told = [d for d in find_dates(m.group(), published) if d.precision == "day"]
        if len(told) != 1 or told[0].start != told[0].end:
            continue
        day = told[0].start
        if not 0 <= (published - day).days <= MAX_HEADER_AGE_DAYS:
            continue
        previous, lo, _ = sections[-1]
        sections[-1] = (previous, lo, m.start())
        sections.append((day, m.start(), len(body)))
    return [section for section in sections if section[1] < section[2]]


def _story_day(article: Article) -> date | None:
    """The day the story was filed: the dateline's ("DUSHANBE, Oct 18 (Agency) -"),
    a byline's ("By Reuters | October 1, 2024") or the day a reprint says it first
    ran ("originally published ... on August 20, 2023"), when it is shortly before
    publication; else the published date. A weekly reprint of an 18 October report says
    "on Monday" of 18 October, not of its own week."""
    published = article.published
    if published is None:
        return published
    body = article.body
    for said in _filing_days(body):
        if said.re is _STAMP_DAY:  # "05.09.2022, 14:32": the year is told
            month, day, years = int(said.group("m")), int(said.group("d")), (int(said["y"]),)
        else:
            month = month_number(said.group("m1") or said.group("m2"))
            day = int(said.group("d1") or said.group("d2"))
            years = (published.year, published.year - 1)  # "Dec 30" in a January paper
        for year in years:
            with contextlib.suppress(ValueError):
                filed = date(year, month, day)
                if 0 <= (published - filed).days <= MAX_DATELINE_AGE_DAYS:
                    return filed
    return published


def _filing_days(body: str) -> Iterator[re.Match[str]]:
    """The days that say when a story was filed, best first (see ``_story_day``)."""
    top = min(len(body), DATELINE_REACH)
    at = 0
    while at < top:
        if body[at : at + 1].isupper() or body[at : at + 1] == "<":
            line = _DATELINE.match(body, at, min(len(body), at + 200))
            said = line and _DATELINE_DAY.search(body, at, line.end())
            if said:
                yield said
                return
        at = body.find("\n", at) + 1
        if at == 0:
            break
    # a time stamp of its own line, or after a byline: "By Y. Kuzmin | 05.09.2022, 14:32"
    if stamp := _STAMP_DAY.search(body, 0, top):
        yield stamp
    byline = body.startswith("By") or "\nBy" in body[:top]
    byline = byline and _BYLINE_DAY.search(body, 0, top)
    if byline and (said := _DATELINE_DAY.match(body, byline.end())):
        yield said
    tail = max(0, len(body) - 600)
    if any(body.find(word, tail) >= 0 for word in ("published", "appeared", " ran ")):
        for ran in _FIRST_RAN.finditer(body, tail):
            if said := _DATELINE_DAY.match(body, ran.end()):
                yield said


def extract_article(article: Article, gazetteer) -> list[Event]:
    """The events one article reports, before merging across articles.

    ``gazetteer`` is a ``geodata.Gazetteer`` (injected so that tests can pass a
    small one). Events are returned in order of first mention. HTML tags and
    entities in the body are read as the text they stand for; the events' offsets
    and quotes still point into the body as written.
    """
    plain = without_markup(article.body)
    if plain is None:
        return _extract(article, gazetteer)
    text, origin = plain
    read = dataclasses.replace(article, body=text, boilerplate=boilerplate_spans(text))
    events = _extract(read, gazetteer)
    if origin is None:  # tags only: blanked in place, offsets unchanged
        for event in events:
            event.sources = [
                dataclasses.replace(s, quote=article.body[s.start : s.end]) for s in event.sources
            ]
        return events
    for event in events:
        event.sources = [
            SourceRef(
                s.article_id,
                article.body[origin[s.start] : origin[s.end]],
                origin[s.start],
                origin[s.end],
            )
            for s in event.sources
        ]
        event.evidence = {
            key: [(origin[a], origin[b], kind) for a, b, kind in spans]
            for key, spans in event.evidence.items()
        }
    return events


def _extract(article: Article, gazetteer) -> list[Event]:
    day = _story_day(article)
    if day != article.published:
        article = dataclasses.replace(article, published=day)
    body = article.body
    doc = Folded(body)
    drafts: list[_Draft] = []
    last: _Draft | None = None
    finder = _ArticleFacts(article, gazetteer)
    spans = _sentence_spans(article)
    quiet, sentence_hits = _sentence_triggers(doc, spans)
    wanted = _wanted(doc, spans, quiet, finder)
    finder.locate(wanted, _with_sentences_before(spans, wanted))
    called_off_at = None  # the sentence that last called a drill off
    # a drill told with nothing to place it, and where: its forces may be those of the
    # drill the next sentences tell ("Russia and Uzbekistan will hold a joint exercise.
    # The drills will be held from July 30 at Termez.")
    unplaced: tuple[int, _Mention] | None = None
    for index, span in enumerate(spans):
        a, b = span
        line_start = a == 0 or body[a - 1] == "\n"
        if (
            line_start
            and last is not None
            and index - last.last_seen <= FACT_REACH
            and (fact := _FACT_LINE.match(body, a, b))
        ):
            # "- **When:** 2–6 September 2024": a line of a fact box about the drill told
            _absorb_fact(article, doc, finder.sentence(span), fact, last, gazetteer)
            last.last_seen = index
            continue
        if line_start and _ITEM_START.match(body, a, b):
            # a new item of a live page or a digest ("11:05 — ...", "2. ...", "* ..."):
            # it lends nothing to the item before
            last = None
        near = last is not None and index - last.last_seen <= NEAR_SENTENCES
        if (
            not near
            and quiet[index]
            and last is not None
            and last.kind == "exercise"
            and index - last.last_seen <= FACT_REACH
            and _ALSO_TAKING_PART.search(doc, a, b)
        ):
            # "Contingents from Armenia, Kazakhstan and India will also take part.", told
            # after a paragraph on the ranges: more forces of the drill told last
            near = True
        if quiet[index] and near and last.kind == "exercise" and _is_stage(doc, a, b):
            # "The second, practical stage will last until Oct. 21.": a stage of the drill
            # just told, with no word of forces to make it a drill of its own
            facts = finder.sentence(span)
            masked = [(m.start(), m.end()) for m in _REFERENCE.finditer(doc, a, b)]
            stage = _mention(article, doc, facts, a, b, "exercise", masked, gazetteer)
            if _stage_here(stage, last):
                last.absorb_stage(stage)
                last.last_seen = index
                continue
        if quiet[index] and not (near and finder.has_details(a, b)):
            # Without a trigger a sentence only adds counts, equipment or forces to an
            # event just mentioned; far from one, or with none of those, it adds
            # nothing. Most background sentences end here.
            continue
        facts = finder.sentence(span)
        masked = [(m.start(), m.end()) for m in _REFERENCE.finditer(doc, a, b)]
        if facts.dates and doc.gate_in(_ASIDE_WORDS, a, b):
            masked += _asides_of_names(body, facts, sentence_hits[index])
        ref_dates = _reference_dates(article, masked, drafts)
        clause_mentions: list[_Mention] = []
        leftovers = []
        refused = False  # a clause told of a drill called off, of many, or of none
        hits = sentence_hits[index]
        if any(k == "told" for _, _, k in hits):
            # a place or a country with a year is no drill's name ("Tokyo 2020 was held")
            hits = [
                h
                for h in hits
                if h[2] != "told" or _told_name_start(body, h[0], h[1], facts) is not None
            ]
        clauses = _clauses(doc, a, b, hits)
        ahead = _ahead_stretches(body, masked, clauses, facts) if masked else []
        if ahead:
            # "ahead of a joint exercise to be held there from 5 to 10 August": the words
            # of the drill prepared for are its own, not the sentence's
            masked = sorted({*masked, *ahead})
        for ca, cb in clauses:
            kind, _ = _clause_kind(hits, ca, cb, masked)
            # "A live-fire stage of the joint exercise at Matybulak was called off": a
            # part of the drill is off, not the drill; its place and forces stand
            part_off = bool(
                kind
                and (part := _PART_OPENS.search(doc, ca, cb))
                and not body[ca : part.start()].strip(" \"“‘'(")
                and _CALLED_OFF_OR_PUT_OFF.search(doc, ca, cb)
            )
            # "The exercise that Kyrgyzstan called off will be held at Iliysky instead":
            # what befell it before; the clause tells where it now is
            moved_on = bool(
                kind and _CALLED_OFF_THAT.search(doc, ca, cb) and _HELD_INSTEAD.search(doc, ca, cb)
            )
            if (
                kind
                and not part_off
                and not moved_on
                and (
                    _CANCELLED.search(doc, ca, cb)
                    or _MANY_DRILLS.search(doc, ca, cb)
                    or _COUNTED_DRILLS.search(doc, ca, cb)
                    or _NO_DRILLS.search(doc, ca, cb)
                    or _IRREALIS.search(body, ca, cb)
                    or (kind == "deployment" and _VISITORS.search(doc, ca, cb))
                )
            ):
                refused = True
                if (
                    near
                    and last.kind == kind
                    and _CALLED_OFF.search(doc, ca, cb)
                    and _THE_DRILL.search(doc, ca, cb)
                    and not _NEW_EVENT.search(doc, ca, cb)
                    and _same_drill_called_off(body, ca, cb, facts, last)
                ):
                    # "Kyrgyzstan was to host the drills from 10 to 14 October. On Sunday
                    # the ministry called the drills off.": the drill told did not happen
                    last.called_off = True
                elif _CALLED_OFF.search(doc, ca, cb):
                    called_off_at = index
                continue
            if (
                kind
                and called_off_at is not None
                and index - called_off_at <= NEAR_SENTENCES
                and _THE_DRILL.search(doc, ca, cb)
                and _PLAN_TOLD.search(doc, ca, cb)
                and not _NEW_EVENT.search(doc, ca, cb)
            ):
                # "Kyrgyzstan has called off the exercise. The drills had been scheduled
                # for 10-14 October at Edelweiss.": the plan of the drill called off
                refused = True
                continue
            if kind == "other" and not _MILITARY.search(doc, a, b):
                kind = ""  # "signed an agreement to fund a railway": not a military act
            # "... at Harb-Maidon in late September and at Edelweiss from Sept. 2 to 6":
            # each place with its own date is a drill of its own, by the same forces.
            parts = _coordinated(body, ca, cb, facts) if kind else [(ca, cb)]
            ca, cb = parts[0]
            if kind:
                m = _mention(article, doc, facts, ca, cb, kind, masked, gazetteer)
                if part_off:
                    m.dates = []  # the day of the part called off
                if ca > a and _INCLUDING.search(body, max(a, ca - 14), ca):
                    # "X held a string of drills with Tajik forces, including a trilateral
                    # exercise at Harb-Maidon": a drill of its own, by the forces told
                    m.explicitly_new = True
                    if not m.participants:
                        told = _mention(article, doc, facts, a, ca, kind, masked, gazetteer)
                        m.participants = told.participants
                if not m.places and ca > a and _AFTER_WHERE.search(body, max(a, ca - 12), ca):
                    # "marched to the Lyaur range, where it will hold exercises next week":
                    # "where" is the place told before it, and "it" the forces that went
                    told = _mention(article, doc, facts, a, ca, kind, masked, gazetteer)
                    m.places, m.place_spans, m.hosts = told.places, told.place_spans, told.hosts
                    if not m.participants:
                        m.participants = told.participants
                if (
                    clause_mentions
                    and _ADDED_THAT.search(body, max(a, ca - 16), ca)
                    and (_JOINED_IT.search(doc, ca, cb) or _JOINS_IT.search(doc, ca, cb))
                ):
                    # "drilled at Otar on Tuesday, an official said, adding that Kyrgyz
                    # units would join the exercise on Thursday": more forces of that drill
                    clause_mentions[-1].participants += m.participants
                    continue
                if _without_who_stays_out(doc, ca, cb, m):
                    m.participants = []
                elif not m.participants and _THE_TWO.search(doc, ca, cb):
                    # "..., and the two armies trained together again in 2019": the
                    # forces of the drill told just before
                    told = clause_mentions or (last.mentions if last is not None else [])
                    m.participants = [p for x in told for p in x.participants]
                if _HABIT.search(doc, ca, cb) and not any(
                    d.precision not in ("year", "unknown") for d in _event_dates(m.dates)
                ):
                    continue
                if kind == "other" and ref_dates and not _event_dates(m.dates):
                    m.dates = ref_dates
                for pa, pb in parts[1:]:
                    clause_mentions.append(m)
                    m = _mention(article, doc, facts, pa, pb, kind, masked, gazetteer)
                    # the forces of the part before, or of the clause that announced the
                    # list ("X and Y agreed to hold two exercises: a staff drill in Termez
                    # in the spring and a field exercise at Lyaur in the autumn")
                    donor = next((x for x in reversed(clause_mentions) if x.participants), None)
                    m.participants = m.participants or (donor.participants if donor else [])
                    m.alliances = m.alliances or clause_mentions[-1].alliances
                    m.explicitly_new = True
                if m.boundary == "end" or all(d.precision == "year" for d in _event_dates(m.dates)):
                    # undated, dated only by its name ("Echelon-2021"), or by its end
                    told = [d.date for d in drafts if d.date is not None]
                    told += [d for x in clause_mentions for d in _event_dates(x.dates)]
                    _date_by_reference(body, doc, m, finder.dates, told)
                if clause_mentions and not _event_dates(m.dates):
                    # "In August, X held drills at Harb-Maidon, and Y exercised at Termez":
                    # a date before the sentence's first comma dates its every clause
                    m.dates = _fronted(body, a, facts.dates)
                _place_by_reference(doc, m, drafts)
                clause_mentions.append(m)
            else:
                leftovers.append((ca, cb))
        if ahead:
            told = _ahead_mentions(article, doc, facts, ahead, clause_mentions, gazetteer)
            clause_mentions = sorted(clause_mentions + told, key=lambda m: m.clause[0])
            leftovers = [
                c for c in leftovers if not any(x.clause[0] <= c[0] < x.clause[1] for x in told)
            ]
        if masked:
            # (with a drill of its own told in the clause, only "follows a ... drill")
            told = _after_mentions(
                article, doc, facts, masked, clauses, gazetteer, follows_only=bool(clause_mentions)
            )
            clause_mentions += told
            # their clauses are told in full: nothing left over to lend
            leftovers = [c for c in leftovers if not any(x.clause[0] in range(*c) for x in told)]
        # Clauses without a trigger lend their details to the clause before them (the
        # first one after them when none is before).
        for ca, cb in leftovers:
            if clause_mentions and _is_stage(doc, ca, cb):
                # "...; the second, which took place on Wednesday and Thursday, saw ...":
                # a stage of the drill, dated on its own
                clause_mentions.append(
                    _mention(article, doc, facts, ca, cb, "exercise", masked, gazetteer)
                )
                continue
            before = [m for m in clause_mentions if m.clause[0] < ca]
            target = (
                before[-1]
                if before
                else min(clause_mentions, key=lambda m: m.clause[0], default=None)
            )
            if target is None:
                continue
            extra = _mention(article, doc, facts, ca, cb, target.kind, masked, gazetteer)
            target.places += extra.places
            target.place_spans += extra.place_spans
            target.hosts += extra.hosts
            target.participants += extra.participants
            target.alliances += extra.alliances
            target.quantities += extra.quantities
            target.equipment += extra.equipment
            if _HABIT.search(doc, ca, cb):
                continue  # "...; today the two armies meet every year": no one time
            if target.boundary == "start" and extra.boundary == "end":
                # "opened at Donguz on Monday, and will run through Saturday": one range
                joined = _joined_ends(body, target.dates, extra.dates)
                if joined is not None:
                    target.dates, target.boundary = joined, ""
                    continue
            if extra.boundary and not any(d.role == "event" for d in target.dates):
                target.boundary = extra.boundary  # "... the drills that X have run since Monday"
            target.dates += extra.dates
        if not clause_mentions:
            # Details about the event just mentioned ("About 1,500 troops will take part."),
            # unless the sentence tells of another drill that is none ("..., and neither
            # side has joined a drill since")
            forces = bool(facts.actors and _PARTICIPATION.search(doc, a, b))
            if (
                near
                and not refused
                and (facts.quantities or facts.equipment or forces)
                and not _ELSEWHERE.search(doc, a, b)
            ):
                target = last
                if last.kind == "deployment" and _PARTICIPATION.search(doc, a, b):
                    # "The contingent was flown in last Friday. About 1,500 servicemen are
                    # taking part.": who takes part, takes part in the drill
                    target = next(
                        (
                            d
                            for d in reversed(drafts)
                            if d.kind == "exercise" and index - d.last_seen <= NEAR_SENTENCES
                        ),
                        last,
                    )
                detail = _mention(article, doc, facts, a, b, target.kind, masked, gazetteer)
                _without_who_stays_out(doc, a, b, detail)
                # Details add forces and counts; where the drill is comes from its own
                # clauses, unless they gave only its country and this names a place in it
                # ("... a drill in Uzbekistan. Troops are at the Termez range.")
                # ("began on Monday at the Termez range ... On Wednesday bombers struck
                # camps on the Termez range": a day of the drill, at its range)
                at_its_range = target.place is not None and any(
                    loc.site_id and loc.site_id == target.place.site_id for loc in detail.places
                )
                # ("Kazakh troops began a snap check on Tuesday. Some 3,000 servicemen are
                # taking part at the Otar training ground.": where, told only there)
                inside = [
                    (loc, span)
                    for loc, span in zip(detail.places, detail.place_spans, strict=False)
                    if loc.precision in ("site", "town")
                    and (
                        (target.place is None and _PARTICIPATION.search(doc, a, b))
                        or (
                            target.place is not None
                            and target.place.precision == "country"
                            and loc.country == target.place.country
                        )
                    )
                ]
                detail.hosts = []
                detail.places = [loc for loc, _ in inside]
                detail.place_spans = [span for _, span in inside]
                if not _PARTICIPATION.search(doc, a, b):
                    # "Moscow has supplied armoured vehicles to its allies": a country
                    # named in a detail sentence takes part only if the sentence says so.
                    detail.participants = []
                elif _NEGATION.search(doc, a, b):
                    # "Units from Russia and Kazakhstan are taking part; Uzbekistan sent no
                    # troops": the countries of a part that says no take none
                    # ("Tajik units were not involved, but Tajik officers were invited")
                    parts = {
                        p.start: _part_of_sentence(doc, a, b, p.start) for p in detail.participants
                    }
                    said_no = {
                        p.code
                        for p in detail.participants
                        if _NEGATION.search(doc, *parts[p.start])
                    }
                    detail.participants = [
                        p
                        for p in detail.participants
                        if p.code not in said_no and _PARTICIPATION.search(doc, *parts[p.start])
                    ]
                # the day a statement or a document is dated does not date a detail
                # ("The ministry's order, dated 12 May, sets the number at 450")
                if not any(d.role == "event" for d in _event_dates(detail.dates)):
                    detail.dates = []
                if detail.dates and at_its_range and _during(target, detail.dates):
                    detail.dates = []
                if not detail.dates or _compatible(target, detail):
                    target.absorb(detail)
                    target.last_seen = index
            continue
        before = None  # the event of the clause before, in this sentence
        for m in clause_mentions:
            if (
                last is not None
                and last.kind == "exercise"
                and index - last.last_seen <= NEAR_SENTENCES
                and m.stage
                and _stage_here(m, last)
            ):
                # "At the first stage, which lasted from Oct. 10 to Oct. 16, the contingents
                # arrived": a part of the drill just told, not a drill or an arrival of its own
                last.absorb_stage(m)
                last.last_seen = index
                continue
            if _sent_for(m, last, index):
                # "The Peace Mission exercise opened on Monday ... China has sent some 700
                # troops": forces sent to the drill just told, not a deployment of its own
                m.kind, m.boundary, m.dates = "exercise", "", []
                last.absorb(m)
                last.last_seen = index
                continue
            target = _choose_draft(drafts, m, index)
            if target is None:
                if not drafts and m.by_pronoun:
                    continue  # "The talks were held in Dushanbe. It ended on Friday."
                if not _worth_an_event(m):
                    # "Chinese units arrived on Sunday, while Kazakh units were flown in":
                    # a clause with nothing to place it shares the one before it.
                    if before is not None and before.kind == m.kind:
                        before.absorb(m)
                    elif m.participants or m.alliances:
                        unplaced = (index, m)
                    continue
                target = _Draft(kind=m.kind)
                drafts.append(target)
            target.absorb(m)
            if (
                unplaced is not None
                and 0 < index - unplaced[0] <= NEAR_SENTENCES
                and unplaced[1].kind == m.kind
                and m.anaphoric
                and not any(x.participants or x.alliances for x in target.mentions)
            ):
                target.absorb(unplaced[1])  # the forces that "will hold a joint exercise"
                unplaced = None
            target.last_seen = index
            last = before = target
    events = [_finish(article, d, gazetteer) for d in drafts if _keep(d)]
    seen: set[str] = set()
    for event in events:
        if event.id in seen:  # cannot happen while clauses differ; ids must be unique
            event.id = _event_id(article.id, -len(seen) - 1)
        seen.add(event.id)
    return events


# A day named by the day of the story before it: "on the same day", "the next day".
_SAME_DAY = GatedAnyCase(
    r"\b(?:(?P<same>(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+day|(?:on|later)\s+that\s+day)|"
    r"(?P<next>(?:on\s+)?the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)|"
    r"(?P<before>(?:on\s+)?the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier|"
    r"the\s+day\s+before))\b(?!\s+(?:the|a|an|its|their|of|when|that)\b)",
    "day",
)
_DAY_SHIFT = {"same": 0, "next": 1, "before": -1}
# "two years later": how many years after the drill told before.
_YEARS_LATER = GatedAnyCase(rf"\b(?P<n>{_LATER_COUNT})\s+years?\s+later\b", "later")


def _years(word: str) -> int:
    """The number of years in "a", "two", "3"."""
    word = word.lower()
    return int(word) if word.isdigit() else 1 if word in ("a", "one") else _NUMBER_WORDS[word]


# "in the same period", "at the same time": when the drill of the story before it was.
_SAME_TIME = GatedAnyCase(
    r"\b(?:(?:in|during|over)\s+the\s+same\s+(?:period|days|week|weeks|month)|"
    r"at\s+the\s+same\s+time|simultaneously|concurrently)\b",
    "same|simultaneously|concurrently",
)
# "at the same range": where the drill of the story before it was held.
_SAME_PLACE = GatedAnyCase(
    r"\b(?:at|on|in|near)\s+the\s+same\s+(?:range|training\s+ground|ground|site|base|"
    r"polygon|area|location|place|firing\s+range)\b",
    "same",
)


def _date_by_reference(
    body: str, doc: Folded, m: _Mention, dates: _Sorted, told: list[TimeExpr]
) -> None:
    """Date a clause that names its day by the one before ("the same day", "in the same
    period"), when nothing else dates it or only its end is dated."""
    a, b = m.clause
    later = _YEARS_LATER.search(doc, a, b) if not _event_dates(m.dates) else None
    if later is not None:
        # "Steppe Eagle ... returned in 2021. Two years later it was held again": the years
        # counted from the drill told just before (when the time found for the words
        # gives none)
        before = [d for d in told if d.start is not None and d.span_start < a]
        if before:
            year = max(before, key=lambda x: x.span_start).start.year + _years(later["n"])
            text = body[later.start() : later.end()]
            found = TimeExpr(date(year, 1, 1), date(year, 12, 31), "year", text, *later.span())
            m.dates = [found, *m.dates]
        return
    ref = _SAME_DAY.search(doc, a, b)
    if ref is None:
        same = _SAME_TIME.search(doc, a, b)
        # the period of the drill told just before (``told``: the dates of the drills so
        # far), else the last date given
        before = [d for d in told if d.start is not None and d.span_start < a]
        before = before or [
            d for d in dates.within(0, a) if d.start is not None and d.role == "event"
        ]
        if same is not None and before and m.boundary != "end":
            d = max(before, key=lambda x: x.span_start)
            text = body[same.start() : same.end()]
            at = dataclasses.replace(d, text=text, span_start=same.start(), span_end=same.end())
            m.dates = [at, *m.dates]
        return
    days = [d for d in dates.within(0, a) if d.precision == "day" and d.start == d.end]
    if not days or days[-1].start is None:
        return
    shift = _DAY_SHIFT[ref.lastgroup or "same"]
    day = days[-1].start + timedelta(days=shift)
    found = TimeExpr(day, day, "day", body[ref.start() : ref.end()], ref.start(), ref.end())
    boundary = _end_dated(body, a, b, found)
    if m.boundary == "end":
        # "On the same day, X started drills that run until Friday": the range between.
        end = m.dates[0]
        if boundary == "start" and found.start <= end.start:
            span = (min(found.span_start, end.span_start), max(found.span_end, end.span_end))
            text = f"{found.text} … {end.text}"
            reports = [d for d in m.dates if d.role == "report"]
            m.dates = [TimeExpr(found.start, end.end, "day", text, *span), *reports]
            m.boundary = ""
        return
    m.dates = [found, *m.dates]
    m.boundary = boundary


def _fronted(body: str, a: int, dates: list[TimeExpr]) -> list[TimeExpr]:
    """The date that opens the sentence at ``a`` before a comma ("In August, ..."), if
    any, as a list."""
    for d in dates:
        if d.span_start >= a + 12:
            break
        if d.start is not None and d.role == "event" and body[d.span_end : d.span_end + 1] == ",":
            return [d]
    return []


def _place_by_reference(doc: Folded, m: _Mention, drafts: list[_Draft]) -> None:
    """ "Kazakh troops held drills at the same range": the place of the drill before, and
    another drill there (one reported again would be "the drills")."""
    a, b = m.clause
    if m.places and any(p.precision != "country" for p in m.places):
        return
    ref = _SAME_PLACE.search(doc, a, b)
    if ref is None:
        return
    before = [d for d in drafts if d.place is not None and d.place.precision != "country"]
    if not before:
        return
    place = max(before, key=lambda d: d.last_seen).place
    m.places = [place]
    m.place_spans = [ref.span()]
    m.explicitly_new = True


# The start of a masked reference that looks forward to a drill ("ahead of drills due
# to begin on Thursday"); "after the exercise" looks back at one already reported.
_AHEAD = rx.compile(
    r"(?:ahead\s+of|prior\s+to|in\s+preparation\s+for|in\s+the\s+run-up\s+to|for)\s", re.I
)


def _ahead_mentions(
    article: Article,
    doc: Folded,
    facts: _SentenceFacts,
    ahead: list[tuple[int, int]],
    mentions: list[_Mention],
    gazetteer,
) -> list[_Mention]:
    """Drills that a sentence's forces prepare for, when the phrase dates them.

    "The column arrived in Tajikistan on Sunday ahead of drills due to begin on
    Thursday": the drills are an event of their own, dated by the reference, held
    where the forces went and by them, unless the reference says where and by whom
    ("ahead of a Russian-Tajik-Uzbek exercise to be held at Harb-Maidon").
    """
    out = []
    moves = [m for m in mentions if m.kind == "deployment"]
    for s, e in ahead:
        m = _mention(article, doc, facts, s, e, "exercise", [], gazetteer)
        if not _event_dates(m.dates):
            continue
        if moves:
            move = next((x for x in moves if x.clause[0] <= s < x.clause[1]), moves[-1])
            m.places, m.hosts = m.places or list(move.places), m.hosts or list(move.hosts)
            m.participants = m.participants or list(move.participants)
            # "Russia will send 1,500 servicemen to Kyrgyzstan for the exercise, held at
            # the Edelweiss range": the forces sent are the drill's, and go where it is
            m.quantities = m.quantities or list(move.quantities)
            m.equipment = m.equipment or list(move.equipment)
            if all(p.precision == "country" for p in move.places):
                move.places = [p for p in m.places if p.precision != "country"] or move.places
        out.append(m)
    return out


# Where the words of a reference end: at a comma, a semicolon or a dash.
_REFERENCE_END = rx.compile(r"[,;]|\s[-–—]\s")


def _ahead_stretches(
    body: str, masked: list[tuple[int, int]], clauses: list[tuple[int, int]], facts
) -> list[tuple[int, int]]:
    """References to a drill to come ("ahead of", "in preparation for") that date it,
    each to the end of its words: "ahead of a joint exercise to be held there from 5 to
    10 August", "for exercises that begin on Thursday"."""
    out = []
    for s, e in masked:
        if not _AHEAD.match(body, s, e) or _STAGE_WORD.search(body, s, e):
            continue
        cb = next((y for x, y in clauses if x <= s < y), e)
        stop = _REFERENCE_END.search(body, e, cb) if cb > e else None
        end = max(e, stop.start() if stop else cb)
        if any(s <= d.span_start < end and d.role == "event" for d in facts.dates):
            out.append((s, end))
    return out


_STAGE_WORD = rx.compile(r"\b(?:stage|phase)s?\b", re.I)


# "after a field exercise at the Lyaur range that began on 9 December": a drill told for
# the first time (the indefinite article) in a reference that looks back.
_AFTER_A = rx.compile(r"(?:after|following|follows|followed|comes\s+after)\s+(?:a|an)\s", re.I)
_FOLLOWS_A = rx.compile(r"(?:follows|followed|comes\s+after|came\s+after)\s+(?:a|an)\s", re.I)


def _after_mentions(
    article: Article,
    doc: Folded,
    facts: _SentenceFacts,
    masked: list[tuple[int, int]],
    clauses: list[tuple[int, int]],
    gazetteer,
    follows_only: bool = False,
) -> list[_Mention]:
    """Drills first told in an "after a ... exercise" phrase that places and dates them.

    "Units returned to their barracks on Thursday after a field exercise at the Lyaur
    range that began on 9 December": the drill is an event, held by the clause's forces.
    "Days after the exercise" looks back at a drill already told and is no event. "The
    exercise follows a five-day drill at the Termez range, which ended on Wednesday":
    the drill it follows is one too (``follows_only``: only this form, beside a drill of
    the clause's own). A visit or talks it follows are none.
    """
    out = []
    for s, e in masked:
        lead = (_FOLLOWS_A if follows_only else _AFTER_A).match(doc.text, s, e)
        if not lead or not TRIGGERS["exercise"].search(doc, lead.end(), e):
            continue
        ca, cb = next(((x, y) for x, y in clauses if x <= s < y), (s, e))
        m = _mention(article, doc, facts, s, cb, "exercise", [], gazetteer)
        if not (_event_dates(m.dates) and any(p.precision != "country" for p in m.places)):
            continue
        if not m.participants:
            m.participants = _mention(
                article, doc, facts, ca, s, "exercise", masked, gazetteer
            ).participants
        out.append(m)
    return out


def _sentence_triggers(
    doc: Folded, spans: list[tuple[int, int]]
) -> tuple[list[bool], list[list[tuple[int, int, str]]]]:
    """For each sentence, whether it holds no trigger of an event ("quiet"), and its
    triggers as ``_trigger_hits`` gives them (found once, here, for the whole article)."""
    body = doc.text
    stems = [start for start, _ in _TRIGGER_STEMS.hits(body, doc.folded)]
    years = [m.start() for m in _NAMED_YEAR.finditer(body)]
    quiet, hits = [], []
    for a, b in spans:
        k = bisect_left(stems, a)
        found = (
            _trigger_hits(doc, a, b, named=False, first_stem=stems[k])
            if k < len(stems) and stems[k] < b
            else _pronoun_hits(doc, a, b) + _rare_hits(doc, a, b)
        )
        k = bisect_left(years, a)
        if k < len(years) and years[k] < b:
            found += [(m.start(), m.end(), "named") for m in _NAMED_TRIGGER.finditer(body, a, b)]
        found += [(s, e, "told") for s, e, _ in _told_names(body, a, b)]
        quiet.append(not found)
        hits.append(found)
    return quiet, hits


def _with_sentences_before(
    spans: list[tuple[int, int]], wanted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``wanted`` (sentences of ``spans``) and the ``ANCHOR_SENTENCES`` before each."""
    index = {span: k for k, span in enumerate(spans)}
    keep = {
        k for span in wanted for k in range(max(0, index[span] - ANCHOR_SENTENCES), index[span] + 1)
    }
    return [spans[k] for k in sorted(keep)]


def _within_spans(dates: list[TimeExpr], spans: list[tuple[int, int]]) -> list[TimeExpr]:
    """The ``dates`` that start in one of the sorted, disjoint ``spans``."""
    starts = [a for a, _ in spans]
    out = []
    for d in dates:
        k = bisect_left(starts, d.span_start + 1) - 1
        if k >= 0 and d.span_start < spans[k][1]:
            out.append(d)
    return out


def _wanted(
    doc: Folded, spans: list[tuple[int, int]], quiet: list[bool], finder: _ArticleFacts
) -> list[tuple[int, int]]:
    """The sentences whose dates and places ``extract_article`` may read.

    Those with a trigger, and those with details that follow one of these closely
    enough to lend them to its event. ``extract_article`` reads a quiet sentence only
    when it is at most ``NEAR_SENTENCES`` after the last sentence that added to an
    event, and every such sentence is wanted here, so this is a superset of what it
    reads. Most of a wire story is background: dates and places are then looked for
    in about a third of it (measured on the benchmark corpus).
    """
    out = []
    last = -NEAR_SENTENCES - 1
    body = doc.text
    for index, (a, b) in enumerate(spans):
        if (
            not quiet[index]
            or (
                index - last <= NEAR_SENTENCES
                # (a stage word near it: it may tell of a stage, as _is_stage reads)
                and (finder.has_details(a, b) or doc.gate_in(_STAGE_WORDS, max(0, a - 300), b))
            )
            or (
                index - last <= FACT_REACH
                and (a == 0 or body[a - 1] == "\n")
                and _FACT_LINE.match(body, a, b)
            )
        ):
            out.append((a, b))
            last = index
    return out


def _stage_here(m: _Mention, draft: _Draft) -> bool:
    """Whether the stage ``m`` is held where the drill ``draft`` is told to be: it names
    no range or town, or the drill's own. A stage at another range ("the second stage,
    at the Momirak range, ...") is told as a drill of its own there."""
    best = _best_place(m.places)
    if best is None or best.precision not in ("site", "town"):
        return True
    here = draft.place
    return here is not None and (best.site_id or best.name) == (here.site_id or here.name)


def _sent_for(m: _Mention, last: _Draft | None, index: int) -> bool:
    """Whether the deployment ``m`` is forces sent to the dated drill ``last`` just told:
    placed nowhere and dated only as done by the day of the story, or undated with a
    count or named arms; or, undated, the forces a readiness check raised and moved
    ("More than 3,000 servicemen were alerted and moved to the Otar training ground")."""
    if (
        m.kind != "deployment"
        or last is None
        or last.kind != "exercise"
        or index - last.last_seen > NEAR_SENTENCES
        or m.says_also
    ):
        return False
    if m.doc is not None and not _event_dates(m.dates) and _ALERTED.search(m.doc, *m.clause):
        return True
    if last.date is None:
        return False
    if m.places or m.hosts:
        # "A readiness check started on 15 April. Within the check, the units made a march
        # to the Edelweiss training ground": the range of a drill told without one
        return (
            not _event_dates(m.dates)
            and any(p.precision == "site" for p in m.places)
            and len({p.country for p in m.places}) == 1
            and (
                last.place is None
                or (last.place.precision == "country" and m.places[0].country == last.place.country)
            )
        )
    # Undated and placed nowhere, a move of counted forces or named arms is the drill's
    # own: "Some 1,500 troops were deployed", "About 50 tanks have been moved to the range".
    return m.by_now or (not _event_dates(m.dates) and bool(m.quantities or m.equipment))


# Who arrives on a visit, not as forces: "the delegation of the CSTO Joint Staff, who
# arrived to inspect readiness", "the minister arrived in Bishkek".
_VISITORS = GatedAnyCase(
    r"\b(?:delegations?|ministers?|officials|inspectors|commissions?|working\s+group|"
    r"ambassadors?|envoys?|president|secretary|chiefs?\s+of\s+(?:the\s+)?(?:general\s+)?staff)\b"
    # (not "the minister said 2,000 troops arrived": forces between them arrive)
    r"(?:(?!\b(?:said|says|told|announced|troops|soldiers|servicemen|units|forces|personnel|"
    r"paratroopers|contingents?)\b)[^.;]){0,60}?\barriv(?:e|ed|es|ing|al)\b",
    "delegation|minister|officials|inspectors|commission|group|ambassador|envoy|president|"
    "secretary|chief",
)
# A drill told as begun, with no day: "have begun a tactical exercise".
_HAS_BEGUN = GatedAnyCase(
    r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:begun|started|opened|kicked\s+off|launched|"
    r"commenced|got\s+under\s+way|gotten\s+under\s+way)\b",
    "has|have",
)
# Per kind: the words that tell it done by the day of the story, and the end they date.
_TOLD_BY_NOW = {"deployment": (_DONE_BY_NOW, "end"), "exercise": (_HAS_BEGUN, "start")}
# How a readiness check moves its forces: "were alerted and moved to the range".
_ALERTED = AnyCase(
    r"\b(?:alerted|raised\s+(?:on|by)\s+(?:the\s+)?alarm|put\s+on\s+(?:high\s+)?alert)\s+"
    r"and\s+(?:moved|marched|redeployed|deployed|advanced|sent|dispatched)\b"
)


def _choose_draft(drafts: list[_Draft], m: _Mention, index: int) -> _Draft | None:
    """The earlier event this mention continues, or None for a new event."""
    same_kind = [d for d in drafts if d.kind == m.kind]
    if not same_kind:
        return None
    has_own_date = bool(_event_dates(m.dates))
    if m.moved and not m.explicitly_new and m.anaphoric:
        # "UPDATE: the exercise has been postponed and will now run from 24 to 27
        # September": the drill told, at its new date (the same one by name, if named)
        named = [
            d
            for d in same_kind
            if any(names_agree(k, n) for x in d.mentions for k in x.names for n in m.names)
        ]
        return (named or same_kind)[-1]
    if m.explicitly_new:
        # "more drills in Uzbekistan", "in a separate exercise": a new event by definition.
        return None
    at_site = _drafts_at_site(same_kind, m)
    if has_own_date:
        # Dated: the latest event whose date and place agree; "the main exercise" is the
        # first one told.
        # "The Sambuli drills will last until Friday", told after another drill with no
        # place: the drill at that range first, not the latest told.
        main = m.doc is not None and _MAIN.search(m.doc, *m.clause)
        for d in same_kind if main else [*reversed(at_site), *reversed(same_kind)]:
            if d.date is not None and _compatible(d, m) and not _another_named_drill(d, m):
                return d
        for d in reversed(same_kind):
            if d.date is None and _compatible(d, m) and not _named_apart(d, m, index):
                return d
        return None
    if m.anaphoric and not (m.places or m.quantities or m.participants or m.names):
        # "The ministry stressed that the exercise is not directed against any third
        # country", told after a line on a drill "earlier this year": the drill of the
        # story (the first told to the day), not the one in the background
        fits = [d for d in same_kind if _compatible(d, m)]
        if (
            fits
            and fits[-1].date is not None
            and fits[-1].date.precision == "year"
            and _TOLD_BEFORE_NOW.search(fits[-1].date.text)
        ):
            sharp = [d for d in fits if d.date is not None and d.date.precision == "day"]
            if sharp:
                return sharp[0]
    # Undated: continue the latest compatible event of this kind, if it is recent or
    # the clause refers back to it ("the drills", "during the deployment"); first those
    # at the range the clause names.
    for d in [*reversed(at_site), *reversed(same_kind)]:
        recent = index - d.last_seen <= MAX_GAP_SENTENCES
        if _compatible(d, m) and (recent or m.anaphoric or m.quantities):
            return d
    return None


def _drafts_at_site(drafts: list[_Draft], m: _Mention) -> list[_Draft]:
    """The drafts placed at the site (a range, a base) that ``m`` names, in order."""
    if not m.places:
        return []
    place = _best_place(m.places)
    site = getattr(place, "site_id", None)
    if site is None:
        return []
    return [d for d in drafts if getattr(d.place, "site_id", None) == site]


def _another_named_drill(d: _Draft, m: _Mention) -> bool:
    """Whether ``m`` names a drill of other forces than the unnamed drill ``d``, told
    only by its year: "In early August 2021 Russian, Tajik and Uzbek troops trained at
    Harb-Maidon. ... Steppe Eagle, the drill Kazakhstan runs with the United States and
    Britain, returned in 2021" are two drills."""
    if not m.names or not m.participants or any(x.names for x in d.mentions):
        return False
    dates = _event_dates(m.dates)
    if not dates or any(t.precision not in ("year", "season") for t in dates):
        return False
    theirs = {p.code for x in d.mentions for p in x.participants}
    return bool(theirs) and not theirs & {p.code for p in m.participants}


def _named_apart(d: _Draft, m: _Mention, index: int) -> bool:
    """Whether the drill named in ``m`` is told too far from the undated drill ``d``,
    told without its name, to be it: "The following spring Russia and Uzbekistan held
    an exercise at Forish. ... Steppe Eagle, the drill Kazakhstan runs with the United
    States, returned in 2021" are two drills."""
    return (
        bool(m.names)
        and not any(x.names for x in d.mentions)
        and index - d.last_seen > MAX_GAP_SENTENCES
    )


def _worth_an_event(m: _Mention) -> bool:
    """A new event needs something to place it: a date, a place, or a count."""
    specific_place = any(p.precision != "country" for p in m.places)
    if m.kind == "other":
        return bool(_event_dates(m.dates))
    named_host = m.explicitly_new and bool(m.hosts)  # "more drills in neighbouring Uzbekistan"
    return bool(_event_dates(m.dates) or specific_place or m.quantities or named_host)


def _keep(d: _Draft) -> bool:
    """Keep dated events; an undated one only with a specific place and named forces.
    Not a drill that was called off."""
    if d.called_off:
        return False
    if d.date is not None:
        return True
    if d.kind == "other" or d.place is None or d.place.precision == "country":
        return False
    return any(m.participants or m.quantities for m in d.mentions)


@functools.lru_cache(maxsize=4096)
def _border_km(lon: float, lat: float) -> float:
    """Distance to the focus border; cached because events share a few hundred points."""
    from geodata import border_km

    return round(border_km(lon, lat, FOCUS_BORDER), 1)


# "about 20 soldiers from each side", "500 troops from each of the two countries"
_EACH_SIDE = rx.compile(
    r"\s+(?:from|of|for)\s+each\s+(?:side|country|nation|army|state|participant|"
    r"of\s+the\s+(?P<n>two|three|four|five|six|\d)\s+\w+)\b",
    re.I,
)
# "Each side has fielded about 150 personnel", "each of the two armies sent 300 troops"
_EACH_SIDE_BEFORE = rx.compile(
    r"\b(?:each|either)\s+(?:side|country|nation|army|state|participant|"
    r"of\s+the\s+(?P<n>two|three|four|five|six|\d)\s+\w+)\s+(?:\w+\s+)?"
    r"(?:fielded|fields|field|sent|sends|send|contributed|contributes|contribute|brought|brings|"
    r"bring|provided|provides|provide|deployed|deploys|deploy|committed|commits|commit)\s+$",
    re.I,
)
_TO_WATCH = rx.compile(r"\s+to\s+(?:observe|watch|monitor)\b", re.I)
_SIDES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6} | {str(n): n for n in range(2, 10)}
# Between the counts of two forces: "... of the National Guard and (about) ..."
_AND_ANOTHER = rx.compile(r"\s+(?:of|from)\s+[^,;.()]{1,60}?,?\s+and\s+", re.I)
_OF_FORCE = rx.compile(r"\s+(?:of|from)\s+", re.I)
# ", and Russia sent": another country's count, told by a verb of sending after "and".
_AND_SENT = rx.compile(
    r",?\s+(?:and|while|whereas)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:sent|sends|contributed|"
    r"contributes|fielded|fields|provided|provides|brought|brings|deployed|deploys|numbered|"
    r"numbers|totalled|totaled)\s+(?:(?:some|about|around|nearly|almost|over|roughly|more\s+than)"
    r"\s+)?",
    re.I,
)
# "100,000 servicemen and 130,000 reservists": forces of another standing, added up
_AND_RESERVES = rx.compile(r",?\s+(?:and|plus)\s+", re.I)
_RESERVES = rx.compile(
    r"\b(?:reservists|conscripts|border\s+guards|police(?:men)?|volunteers|militia(?:men)?|"
    r"national\s+guard(?:smen)?|cadets)$",
    re.I,
)


# Where a sentence turns to other forces: "; ", ", while", ", but", ", whereas".
_TURN = rx.compile(r";|,\s+(?:while|but|whereas|although|though)\b|\s+but\s+", re.I)


def _without_who_stays_out(doc: Folded, a: int, b: int, m: _Mention) -> bool:
    """Drop from ``m`` what a part of ``a:b`` that stays out names; whether one does.

    "The aviation group at the Kant air base is not involved in the check", "Russian
    aircraft from Kant do not take part": their arms and counts are none of the drill's,
    and a place told before the words that stay out is the absent forces' home, not the
    drill's ("will not take part in the exercise at Harb-Maidon" still places it).
    """
    if not _STAYED_OUT.search(doc, a, b):
        return False

    def stays_out(start: int, *, before_only: bool = False) -> bool:
        said = _STAYED_OUT.search(doc, *_part_of_sentence(doc, a, b, start))
        return said is not None and (not before_only or start < said.start())

    # (a place without a span, the country of a host, is kept: told by no words)
    spans: list = [*m.place_spans, *[None] * (len(m.places) - len(m.place_spans))]
    kept = [
        (loc, span)
        for loc, span in zip(m.places, spans, strict=False)
        if span is None or not stays_out(span[0], before_only=True)
    ]
    m.places = [loc for loc, _ in kept]
    m.place_spans = [span for _, span in kept if span is not None]
    m.equipment = [x for x in m.equipment if not stays_out(x.start)]
    m.quantities = [x for x in m.quantities if not stays_out(x.start)]
    return True


def _part_of_sentence(doc: Folded, a: int, b: int, at: int) -> tuple[int, int]:
    """The part of the sentence ``a:b``, between turns (``_TURN``), that holds ``at``."""
    lo, hi = a, b
    for m in _TURN.finditer(doc.text, a, b):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return lo, hi


def _two_armies(body: str, m: _Mention, q, after) -> bool:
    """Whether the counts ``q`` and ``after``, joined by "and", are of two countries'
    forces, to be added up: "700 Russian servicemen and 300 Tajik soldiers", "700
    servicemen of Russia's 201st base and 300 Tajik soldiers"."""
    if _AND_RESERVES.fullmatch(body, q.end, after.start) or _AND_ANOTHER.fullmatch(
        body, q.end, after.start
    ):
        mine = {p.code for p in m.participants if q.start <= p.start and p.end <= after.start}
        theirs = {p.code for p in m.participants if after.start <= p.start and p.end <= after.end}
    elif _AND_SENT.fullmatch(body, q.end, after.start):
        # "the Kazakh contingent numbered 900, and Russia sent 1,200 servicemen": the
        # country told with each count, the second's before its verb
        mine = {p.code for p in m.participants if q.start - 30 <= p.start and p.end <= q.end}
        theirs = {p.code for p in m.participants if q.end <= p.start and p.end <= after.end}
    else:
        return False
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


# A line of a fact box: "- **When:** 2–6 September 2024", "Troops: over 2 thousand". Its
# label says what the value is; the drill is the one just told.
_FACT_LINE = rx.compile(
    r"[ \t>]*(?:[-*•·]\s+)?[*_]*(?P<label>when|dates?|duration|where|location|venue|place|"
    r"who|participants|participating\s+countries|countries|troops|personnel|servicemen|"
    r"forces|strength|hardware|equipment|weapons)[*_]*\s*:[*_]*\s*(?P<value>\S)",
    re.I,
)
# Forces that also take part, in a sentence of their own: "Contingents from Armenia and
# India will also take part", "Units from Kazakhstan are also participating".
_ALSO_TAKING_PART = GatedAnyCase(
    r"\b(?:contingents?|troops|units|servicemen|forces|soldiers)\s+(?:from|of)\s+[^.;]{3,120}?"
    r"\b(?:will|would|are|were|is|was)\s+also\s+(?:take|taking|took|to\s+take)\s+part\b|"
    r"\b(?:contingents?|troops|units|servicemen|forces|soldiers)\s+(?:from|of)\s+[^.;]{3,120}?"
    r"\b(?:will|would|are|were|is|was)\s+also\s+(?:participate|participating|join|joining)\b",
    "contingent|troops|units|servicemen|forces|soldiers",
)
# How many sentences after the drill a fact box may begin (its lines then follow).
FACT_REACH = 6
# A count with no noun of its own takes the label's ("Troops: over 2 thousand").
_FACT_NOUN = {"troops": " servicemen", "hardware": " units of equipment"}


def _absorb_fact(
    article: Article,
    doc: Folded,
    facts: _SentenceFacts,
    fact: re.Match[str],
    draft: _Draft,
    gazetteer,
) -> None:
    """Take in the value of one fact-box line about ``draft``."""
    label = fact.group("label").lower()
    a, b = facts.span
    m = _mention(article, doc, facts, a, b, draft.kind, [], gazetteer)
    if label in ("when", "date", "dates", "duration"):
        days = [d for d in _event_dates(m.dates) if d.role == "event"]
        if days and (draft.date is None or _overlaps(days[0], draft.date)):
            draft.date, draft.boundary = days[0], ""
    m.dates = []  # a date is taken only from a "When:" line, and only as above
    if label in ("troops", "personnel", "servicemen", "forces", "strength", "hardware"):
        kind = "hardware" if label == "hardware" else "troops"
        start = fact.start("value")
        value = article.body[start:b].rstrip(".;")
        # ("about 400 units" + " of equipment"; "over 2 thousand" + the label's noun)
        for tail in ("", " of equipment", _FACT_NOUN[kind]):
            if any(q.kind == kind for q in m.quantities):
                break
            for q in find_quantities(value + tail, offset=start):
                if q.kind == kind:
                    end = min(q.end, start + len(value))
                    m.quantities.append(dataclasses.replace(q, end=end, text=value[: end - start]))
                    break
    if label not in ("who", "participants", "participating countries", "countries"):
        m.participants = [p for p in m.participants if label in ("troops", "forces")]
    if label not in ("where", "location", "venue", "place") and draft.place is not None:
        m.places, m.place_spans, m.hosts = [], [], []
    draft.absorb(m)


def _joined_ends(body: str, began: list[TimeExpr], ends: list[TimeExpr]) -> list[TimeExpr] | None:
    """The range from a clause's start day to the next clause's end day, with the
    statements' dates of both; None unless each gives one day and they are in order."""
    (first, *more), (end, *also) = _event_dates(began) or [None], _event_dates(ends) or [None]
    if more or also or first is None or end is None or first.precision != "day":
        return None
    if first.start != first.end or first.start > end.end:
        return None
    last = _weekday_after(first, end)
    text = body[first.span_start : last.span_end]
    joined = TimeExpr(first.start, last.end, last.precision, text, first.span_start, last.span_end)
    return [joined, *(d for d in [*began, *ends] if d.role == "report")]


_NAME_YEAR = rx.compile(r"(?:19|20)\d\d$")


def _of_its_year(names: list[str], day: date | None) -> list[str]:
    """The names of the drill dated ``day``: not one with another year ("hosted
    Rubezh-2021 ... and again hosted Rubezh-2023, which ran from 24 to 29 September
    2023" is Rubezh-2023; "4,000 troops, against 128,000 for Tsentr-2019" names no
    drill of 2021)."""
    years = [int(m.group()) if (m := _NAME_YEAR.search(n)) else None for n in names]
    year = day.year if day else next((y for y in years if y), None)
    if year is None:
        return names
    return [n for n, y in zip(names, years, strict=True) if y in (None, year)]


# Forces told by the base named before: "artillery crews of the base", "the base's units".
_OF_THE_BASE = rx.compile(r"\b(?:of|from)\s+the\s+base\b|\bthe\s+base['’]s\b", re.I)
# The base named before, by its country: "the Russian 201st military base".
_COUNTRY_BASE = rx.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:military\s+|air\s+)?base\b"
)
# How far back the base may have been named, in characters.
BASE_REACH = 1500


def _base_told_before(article: Article, sentences: list[tuple[int, int]]) -> str | None:
    """The country of the base that "the base" of the event's sentences refers back to:
    the last base named by its country before them ("the Russian 201st military base")."""
    body = article.body
    told = [s for s, e in sentences if _OF_THE_BASE.search(body, s, e)]
    if not told:
        return None
    lo = max(0, told[0] - BASE_REACH)
    for m in reversed(list(_COUNTRY_BASE.finditer(body, lo, told[0]))):
        for actor in find_actors(m.group("who")):
            if actor.kind == "country":
                return actor.code
    return None


# A bloc told by reference: "the alliance moved its core exercises", "the bloc's drills".
# (as the one that acts or owns: not "Uzbekistan, which had left the bloc, held ...")
_THE_BLOC = rx.compile(
    r"\bthe\s+(?:alliance|bloc)(?:['’]s\b|\s+(?:held|holds|hold|will|has|have|had|is|was|moved|"
    r"staged|stages|conducted|conducts|began|begins|plans|planned|launched|launches)\b)",
    re.I,
)


def _bloc_told_before(article: Article, sentences: list[tuple[int, int]]) -> str | None:
    """The alliance that "the alliance" or "the bloc" of the event's sentences refers back
    to: the last one named before them, in their sentence or earlier."""
    body = article.body
    told = [m.start() for s, e in sentences if (m := _THE_BLOC.search(body, s, e))]
    if not told:
        return None
    lo = max(0, told[0] - BASE_REACH)
    blocs = [m for m in find_actors(body[lo : told[0]]) if m.kind == "alliance"]
    return blocs[-1].code if blocs else None


def _finish(article: Article, d: _Draft, gazetteer) -> Event:
    sentences = sorted({m.sent for m in d.mentions})
    sources = [SourceRef(article.id, article.body[s:e], s, e) for s, e in sentences]
    participants: list[str] = []
    alliances: list[str] = []
    equipment: list[str] = []
    troops = hardware = None
    per_side: list[tuple[int, int | None]] = []  # "20 soldiers from each side"
    spans: list[tuple[int, int, str]] = []
    for m in d.mentions:
        for p in m.participants:
            if p.code not in participants:
                participants.append(p.code)
            spans.append((p.start, p.end, "country"))
        for al in m.alliances:
            if al.code not in alliances:
                alliances.append(al.code)
            spans.append((al.start, al.end, "country"))
        summed = None  # a running sum of forces counted one by one
        for k, q in enumerate(m.quantities):
            after = m.quantities[k + 1] if k + 1 < len(m.quantities) else None
            spans.append((q.start, q.end, "number"))
            if q.kind == "troops":
                if _TO_WATCH.match(article.body, q.end):
                    continue  # "sent two officers to observe the drills": no forces
                each = _EACH_SIDE.match(article.body, q.end) or _EACH_SIDE_BEFORE.search(
                    article.body, max(0, q.start - 60), q.start
                )
                if each:
                    per_side.append((q.value, _SIDES.get((each.group("n") or "").lower())))
                    continue
                total = q.value + (summed or 0)
                troops = max(troops or 0, total)
                # "150 servicemen of the National Guard and about 150 personnel of the
                # People's Armed Police": each force's count, to be added up
                summed = (
                    total
                    if after is not None
                    and after.kind == "troops"
                    and (
                        (
                            _AND_ANOTHER.fullmatch(article.body, q.end, after.start)
                            and _OF_FORCE.match(article.body, after.end)
                        )
                        or (
                            _AND_RESERVES.fullmatch(article.body, q.end, after.start)
                            and _RESERVES.search(after.text)
                        )
                        or _two_armies(article.body, m, q, after)
                    )
                    else None
                )
            else:
                hardware = max(hardware or 0, q.value)
        for eq in m.equipment:
            if eq.name not in equipment:
                equipment.append(eq.name)
            spans.append((eq.start, eq.end, "equipment"))
        for s, e in m.place_spans:
            spans.append((s, e, "place"))
        for t in m.dates:
            spans.append((t.span_start, t.span_end, "date"))
    for value, sides in per_side:
        # From each side: times the sides named ("each of the two armies"), else the
        # countries taking part; with fewer than two known, the count as written.
        sides = sides or len(participants)
        troops = max(troops or 0, value * sides if sides >= 2 else value)
    if not participants:
        owner = _base_told_before(article, sentences)
        if owner is not None:
            participants.append(owner)  # "artillery crews of the base": the base named before
    if not alliances:
        bloc = _bloc_told_before(article, sentences)
        if bloc is not None:
            alliances.append(bloc)  # "the alliance moved its exercises to Kazakhstan"
    place = d.place
    host = d.host
    lat = lon = unc = bkm = None
    precision = "unknown"
    if place is not None:
        lat, lon, unc, precision = place.lat, place.lon, place.uncertainty_km, place.precision
        bkm = _border_km(lon, lat)
        if host == FOCUS_BORDER and place.precision == "border":
            bkm = 0.0
    when = d.date
    start = when.start if when else None
    end = when.end if when else None
    if d.boundary and start == end:
        # Only one end of the drill is dated ("began on 10 June", "will last until
        # 20 June") and nothing gave the other or a length: leave that end open
        # rather than show a one-day drill.
        if d.boundary == "start":
            end = None
        else:
            start = None
    elif d.boundary == "end" and when is not None and when.precision in _ROUGH_ENDS:
        # "will continue until the end of April", "will last until mid-March", with no
        # start given
        start = None
    first = sentences[0]
    # Its own name only: the whole a drill is part of ("part of Combat Brotherhood-2021")
    # may hold several drills at several ranges, and names decide merging.
    # In the order told, each in its fullest spelling ("Steppe Eagle-2024" over a later
    # "Steppe Eagle"); the names told together ("Interaction-2021, Search-2021 and
    # Echelon-2021") are one drill's, and the first is its name.
    names = _of_its_year(distinct_names(n for m in d.mentions for n in m.names), start or end)
    event = Event(
        # Keyed by where the clause that opened the event starts: two events of one
        # sentence ("arrived on Sunday ahead of drills due to begin on Thursday") differ.
        id=_event_id(article.id, d.mentions[0].clause[0] if d.mentions else first[0]),
        kind=d.kind,
        title="",
        name=names[0] if names else None,
        also_named=names[1:],
        start=start,
        end=end,
        time_precision=when.precision if when else "unknown",
        date_text=when.text if when else "",
        host_country=host,
        participants=participants,
        alliances=alliances,
        place=place.name if place is not None else None,
        site_id=place.site_id if place is not None else None,
        lat=lat,
        lon=lon,
        geo_precision=precision,
        uncertainty_km=unc,
        border_country=FOCUS_BORDER if place is not None else None,
        border_km=bkm,
        troops=troops,
        hardware=hardware,
        equipment=equipment,
        sources=sources,
        evidence={article.id: sorted(set(spans))},
        reported=article.published,
    )
    event.title = make_title(event)
    return event


def _event_id(article_id: str, start: int) -> str:
    return "ev-" + hashlib.sha1(f"{article_id}:{start}".encode()).hexdigest()[:12]


KIND_LABELS = {
    "exercise": "exercise",
    "deployment": "deployment",
    "other": "military-diplomatic act",
}


def make_title(event: Event) -> str:
    """A short label such as "Russia–Tajikistan exercise at Harb-Maidon training ground",
    after the drill's own name when it has one ("Rubezh-2021: ...")."""
    who = "–".join(country_name(c) for c in event.participants[:4])
    if len(event.participants) > 4:
        who += " and others"
    what = KIND_LABELS.get(event.kind, event.kind)
    label = f"{who} {what}" if who else what.capitalize()
    if event.place:
        preposition = "in" if event.geo_precision in ("country", "region", "border") else "at"
        label += f" {preposition} {event.place}"
    label = label[:1].upper() + label[1:]
    return f"{event.name}: {label}" if event.name else label


def annotate(article: Article, gazetteer) -> list[tuple[int, int, str]]:
    """Every value the finders see in the article, as ``(start, end, category)``.

    Categories: date, place, country, number, equipment. Boilerplate is skipped.
    Used by the reader to highlight the text; spans index ``article.body``.
    """
    out: set[tuple[int, int, str]] = set()
    finder = _ArticleFacts(article, gazetteer)
    finder.locate(None)
    for span in _sentence_spans(article):
        f = finder.sentence(span)
        out.update((d.span_start, d.span_end, "date") for d in f.dates)
        out.update((m.start, m.end, "country") for m in f.actors)
        out.update((s, e, "place") for s, e, _ in f.places)
        out.update((s, e, "place") for s, e, _ in f.parts)
        out.update((s, e, "place") for s, e, _, _ in f.borders)
        out.update((q.start, q.end, "number") for q in f.quantities)
        out.update((q.start, q.end, "equipment") for q in f.equipment)
    return sorted(out)


__all__ = ["annotate", "extract_article", "make_title"]
