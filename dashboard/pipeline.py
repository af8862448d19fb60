"""From paths to a merged, sourced event list: the one entry point UI and CLI share."""

from __future__ import annotations

import functools
import multiprocessing
import os
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from dashboard.corpus import Corpus, article_files, read_article
from dashboard.extract import extract_article
from dashboard.merge import merge_events
from dashboard.model import Article, Event, Problem

# Repository root, for the default corpus folders.
ROOT = Path(__file__).resolve().parent.parent
# Environment variable: one or more corpus folders separated by ":".
CORPUS_ENV = "DRILL_ATLAS_CORPUS"
# Environment variable: where uploads are saved when the operator allows it.
USER_CORPUS_ENV = "DRILL_ATLAS_USER_CORPUS"
# Below this many files ``run`` stays in one process whatever ``workers`` says.
PARALLEL_MIN_FILES = 200
# Most files in one worker task.
CHUNK_MAX = 256


@dataclass
class Result:
    articles: list[Article]
    events: list[Event]
    problems: list[Problem]


def user_corpus_dir() -> Path:
    """Folder for the user's own articles: ``$DRILL_ATLAS_USER_CORPUS`` or ``./user_corpus``."""
    value = os.environ.get(USER_CORPUS_ENV, "").strip()
    return Path(value) if value else ROOT / "user_corpus"


def default_corpus_paths() -> list[Path]:
    """``$DRILL_ATLAS_CORPUS`` (":"-separated) or the seeds plus the user corpus folder."""
    value = os.environ.get(CORPUS_ENV, "").strip()
    if value:
        return [Path(p) for p in value.split(":") if p.strip()]
    paths = [ROOT / "seeds"]
    user = user_corpus_dir()
    if user.exists():
        paths.append(user)
    return paths


def default_gazetteer():
    from geodata import load_gazetteer

    return load_gazetteer()


def extract_events(articles: Sequence[Article], gazetteer=None) -> list[Event]:
    """Events of every article, merged across articles."""
    gazetteer = gazetteer or default_gazetteer()
    events: list[Event] = []
    for article in articles:
        events.extend(extract_article(article, gazetteer))
    return merge_events(events)


def run(paths: Iterable[str | Path], *, gazetteer=None, workers: int = 1) -> Result:
    """Load the corpus at ``paths``, extract and merge. Bad files become problems.

    With ``workers`` > 1 (and the default gazetteer), files are read and extracted by
    that many processes; the result is the same as with one. Small corpora stay in
    this process, where starting the pool would cost more than it saves.
    """
    files, problems = article_files(paths)
    corpus = Corpus(problems=problems)
    events: list[Event] = []
    if workers > 1 and gazetteer is None and len(files) >= PARALLEL_MIN_FILES:
        # Chunks keep the per-task overhead small and the pool busy to the end;
        # map() returns them in order, so results come back in path order.
        size = max(1, min(CHUNK_MAX, len(files) // (workers * 8)))
        chunks = [files[i : i + size] for i in range(0, len(files), size)]
        # A process with threads (the Streamlit server) must not fork: spawn instead.
        context = multiprocessing.get_context("spawn") if threading.active_count() > 1 else None
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for chunk in pool.map(_read_and_extract, chunks):
                for item, found in chunk:
                    if corpus.add(item):
                        events.extend(found)
    else:
        gazetteer = gazetteer or default_gazetteer()
        for path in files:
            item = read_article(path)
            if corpus.add(item):
                events.extend(extract_article(item, gazetteer))
    return Result(corpus.articles, merge_events(events), corpus.problems)


@functools.cache
def _worker_gazetteer():
    """One gazetteer per worker process, loaded by its first task."""
    return default_gazetteer()


def _read_and_extract(paths: list[Path]) -> list[tuple[Article | Problem, list[Event]]]:
    """Worker task: read and extract a chunk of files with the default gazetteer."""
    gazetteer = _worker_gazetteer()
    out: list[tuple[Article | Problem, list[Event]]] = []
    for path in paths:
        item = read_article(path)
        out.append((item, [] if isinstance(item, Problem) else extract_article(item, gazetteer)))
    return out
