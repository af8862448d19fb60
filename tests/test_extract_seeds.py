"""End to end on the two seed articles, against events written by reading them.

The expectations below come from reading the seeds (see ../shared/seeds/METADATA.md
for the facts behind them), not from running the extractor.
"""

from datetime import date
from pathlib import Path

import pytest

from dashboard.corpus import load_corpus
from dashboard.extract import extract_article
from dashboard.pipeline import extract_events

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_b1421c71e36eabd6.md"
SEED_003 = ROOT / "seeds" / "003_12aada7befbc528d.md"


@pytest.fixture(scope="module")
def seed_000(gazetteer):
    corpus = load_corpus([SEED_000])
    assert not corpus.problems
    article = corpus.articles[0]
    return article, extract_article(article, gazetteer)


@pytest.fixture(scope="module")
def seed_003(gazetteer):
    corpus = load_corpus([SEED_003])
    assert not corpus.problems
    article = corpus.articles[0]
    return article, extract_article(article, gazetteer)


def _find(events, kind, start=None, end=None, host=None):
    found = [
        e
        for e in events
        if e.kind == kind
        and (start is None or e.start == start)
        and (end is None or e.end == end)
        and (host is None or e.host_country == host)
    ]
    assert len(found) == 1, f"expected one {kind} {start}..{end} in {host}, got {found}"
    return found[0]


def test_extract_seed_000_harb_maidon_drills(seed_000):
    _, events = seed_000
    e = _find(events, "exercise", date(2021, 8, 5), date(2021, 8, 10))
    assert e.time_precision == "day"
    assert e.host_country == "TJK"
    assert {"RUS", "TJK", "UZB"} <= set(e.participants)
    assert "AFG" not in e.participants
    assert e.geo_precision == "site"
    assert "Harb" in e.place
    assert e.site_id


def test_extract_seed_000_tank_deployment_on_tuesday(seed_000):
    _, events = seed_000
    e = _find(events, "deployment", date(2021, 7, 20), date(2021, 7, 20))
    assert e.host_country == "TJK"
    assert "RUS" in e.participants
    assert any("T-72" in name for name in e.equipment)
    assert e.troops is None  # "T-72" and "201st" are model numbers, not counts
    assert e.geo_precision == "border"


def test_extract_seed_000_uzbek_drills(seed_000):
    _, events = seed_000
    e = _find(events, "exercise", date(2021, 7, 30), date(2021, 8, 10))
    assert e.host_country == "UZB"
    assert {"RUS", "UZB"} <= set(e.participants)
    assert e.troops == 1500
    assert e.hardware == 200
    assert "aircraft" in e.equipment
    assert e.geo_precision in ("region", "border")
    # "On Tuesday, Russia said ..." dates the statement, not the drill.
    assert e.date_text != "On Tuesday"


def test_extract_seed_000_late_april_exercise(seed_000):
    _, events = seed_000
    e = _find(events, "exercise", date(2021, 4, 21), date(2021, 4, 30))
    assert e.time_precision == "month_part"
    assert e.host_country == "TJK"
    assert {"RUS", "TJK"} <= set(e.participants)
    assert e.troops == 50000
    assert e.hardware == 700
    assert e.geo_precision == "border"


def test_extract_seed_000_shoigu_visit_is_other(seed_000):
    _, events = seed_000
    others = [e for e in events if e.kind == "other"]
    assert others, "the visit to sign the air-defence agreement is a dated diplomatic act"
    visit = others[0]
    assert visit.host_country == "TJK"
    assert visit.start is not None and visit.start >= date(2021, 4, 21)


def test_extract_seed_000_distinct_drills_stay_distinct(seed_000):
    _, events = seed_000
    exercises = [e for e in events if e.kind == "exercise"]
    assert len(exercises) == 3


def test_extract_seed_000_sources_point_at_the_words(seed_000):
    article, events = seed_000
    for e in events:
        assert e.sources
        for s in e.sources:
            assert article.body[s.start : s.end] == s.quote
        for start, end, _category in e.evidence[article.id]:
            assert 0 <= start < end <= len(article.body)
    e = _find(events, "exercise", date(2021, 8, 5), date(2021, 8, 10))
    assert any("Kharbmaidon" in s.quote for s in e.sources)
    assert any(
        article.body[a:b] == "August 5-10" for a, b, c in e.evidence[article.id] if c == "date"
    )


def test_extract_seed_000_ignores_boilerplate(seed_000):
    _, events = seed_000
    for e in events:
        for s in e.sources:
            assert "Leave a Reply" not in s.quote and "Source link" not in s.quote


def test_extract_seed_003_csto_drills(seed_003):
    _, events = seed_003
    exercises = [e for e in events if e.kind == "exercise"]
    assert len(exercises) == 1
    e = exercises[0]
    assert e.host_country == "TJK"
    assert {"RUS", "TJK", "BLR", "KAZ", "ARM"} <= set(e.participants)
    assert e.troops == 4000
    assert e.geo_precision == "border"
    assert e.border_km is not None and e.border_km < 60
    # "just concluded" is relative to publication (2021-10-19): before it, never a day.
    assert e.end <= date(2021, 10, 19)
    assert e.time_precision != "day"


def test_extract_seeds_do_not_merge_with_each_other(gazetteer):
    corpus = load_corpus([ROOT / "seeds"])
    events = extract_events(corpus.articles, gazetteer)
    per_article = sum(len(extract_article(a, gazetteer)) for a in corpus.articles)
    assert len(events) == per_article
    assert all(len({s.article_id for s in e.sources}) == 1 for e in events)
