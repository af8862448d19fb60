"""Extraction results kept on disk (dashboard/disk_cache.py, used by pipeline.run).

Each test has a cache folder of its own and copies of real test articles.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import shutil
from datetime import date
from pathlib import Path

import pytest

from dashboard.disk_cache import CACHE_ENV, ExtractionCache, code_version, file_key
from dashboard.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
TERMEZ = "03_oxus-daily_termiz-drills.md"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(ARTICLES.iterdir())[:6]:
        shutil.copy2(path, folder / path.name)
    for path in sorted((ROOT / "seeds").glob("*.md")):
        shutil.copy2(path, folder / path.name)
    # A file that is not UTF-8: a problem, which the cache must keep as well.
    (folder / "broken.md").write_bytes(b"---\ntitle: x\n---\n\xff\xfe drills \xc3")
    return folder


class _Counted:
    """Hands out the real gazetteer and counts how often it was asked for."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.gazetteer


def _shape(result):
    """What a user sees of a run: events, articles and problems, comparable."""
    return (
        [dataclasses.asdict(event) for event in result.events],
        [(a.id, a.path, a.title, a.body) for a in result.articles],
        [(p.path, p.error) for p in result.problems],
    )


def _run(folder: Path, gazetteer, counter: _Counted | None = None, cached: bool = True):
    cache = ExtractionCache.for_folders([folder]) if cached else None
    if counter is None:
        return run([folder], gazetteer=gazetteer, cache=cache)
    return run([folder], cache=cache, gazetteer_factory=counter)


def test_a_second_run_reads_nothing_and_gives_the_same_result(corpus, cache_dir, gazetteer):
    plain = _run(corpus, gazetteer, cached=False)
    first_counter, second_counter = _Counted(gazetteer), _Counted(gazetteer)
    first = _run(corpus, gazetteer, first_counter)
    second = _run(corpus, gazetteer, second_counter)
    assert first_counter.calls == 1  # extracted: the gazetteer was needed
    assert second_counter.calls == 0  # all from the cache: no gazetteer, no extraction
    assert _shape(first) == _shape(plain)
    assert _shape(second) == _shape(plain)
    assert len(plain.events) >= 6 and len(plain.problems) == 1
    assert "UTF-8" in plain.problems[0].error or "utf-8" in plain.problems[0].error.lower()


def test_only_changed_new_and_removed_files_change(corpus, cache_dir, gazetteer):
    _run(corpus, gazetteer)
    cache = ExtractionCache.for_folders([corpus])
    before = cache.load()
    assert {Path(key[0]).name for key in before} == {p.name for p in corpus.iterdir()}

    # Change a drill's dates, add an article, remove one.
    termez = corpus / TERMEZ
    text = termez.read_text(encoding="utf-8").replace("from 30 July to 10 August", "on 3 May")
    termez.write_text(text, encoding="utf-8")
    os.utime(termez, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    shutil.copy2(sorted(ARTICLES.iterdir())[7], corpus / "added.md")
    removed = sorted(ARTICLES.iterdir())[0].name
    (corpus / removed).unlink()

    counter = _Counted(gazetteer)
    result = _run(corpus, gazetteer, counter)
    assert counter.calls == 1
    assert _shape(result) == _shape(_run(corpus, gazetteer, cached=False))
    termez_id = next(a.id for a in result.articles if a.path.endswith(TERMEZ))
    termez_days = {
        (e.first_day, e.last_day)
        for e in result.events
        if any(s.article_id == termez_id for s in e.sources)
    }
    # The new dates, read afresh (the drill will be "on 3 May", the next one after
    # publication); the old ones are gone.
    assert (date(2022, 5, 3), date(2022, 5, 3)) in termez_days
    assert (date(2021, 7, 30), date(2021, 8, 10)) not in termez_days

    after = cache.load()
    names = {Path(key[0]).name for key in after}
    assert removed not in names and "added.md" in names
    assert file_key(termez) in after and file_key(termez) not in before
    unchanged = [k for k in before if Path(k[0]).name not in (TERMEZ, removed)]
    assert unchanged and all(key in after for key in unchanged)


@pytest.mark.parametrize("damage", [b"", b"garbage", pickle.dumps(["not", "a", "table"])], ids=str)
def test_a_damaged_cache_is_ignored_and_rewritten(corpus, cache_dir, gazetteer, damage):
    plain = _run(corpus, gazetteer, cached=False)
    cache = ExtractionCache.for_folders([corpus])
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(damage)
    assert _shape(_run(corpus, gazetteer)) == _shape(plain)
    assert len(cache.load()) == len(list(corpus.iterdir()))


def test_each_set_of_folders_and_each_code_version_has_its_own_file(corpus, cache_dir, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    one = ExtractionCache.for_folders([corpus])
    assert one.path.parent == cache_dir
    assert ExtractionCache.for_folders([corpus]).path == one.path
    assert ExtractionCache.for_folders([corpus, other]).path != one.path
    assert ExtractionCache.for_folders([other, corpus]).path == (
        ExtractionCache.for_folders([corpus, other]).path
    )
    assert len(code_version()) == 64


def test_switched_off_there_is_no_cache(monkeypatch, corpus):
    monkeypatch.setenv(CACHE_ENV, "off")
    assert ExtractionCache.for_folders([corpus]) is None


def test_a_cache_folder_that_cannot_be_written_loses_nothing(
    corpus, tmp_path, monkeypatch, gazetteer
):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    plain = _run(corpus, gazetteer, cached=False)
    assert _shape(_run(corpus, gazetteer)) == _shape(plain)
    assert not ExtractionCache.for_folders([corpus]).path.exists()


def test_a_large_folder_extracts_in_the_pool_once_then_reads_the_cache(
    tmp_path, cache_dir, gazetteer
):
    from dashboard.bench.generate import write_corpus
    from dashboard.pipeline import PARALLEL_MIN_FILES

    folder = tmp_path / "large"
    write_corpus(PARALLEL_MIN_FILES + 10, folder, seed=3)
    cache = ExtractionCache.for_folders([folder])
    pooled = run([folder], workers=2, cache=cache)
    counter = _Counted(gazetteer)
    again = run([folder], workers=2, cache=cache, gazetteer_factory=counter)
    assert counter.calls == 0
    assert _shape(again) == _shape(pooled)
    assert len(cache.load()) >= PARALLEL_MIN_FILES + 10
