"""From paths to a merged, sourced event list: the one entry point UI and CLI share."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
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


def extract_guarded(article: Article, gazetteer) -> tuple[list[Event], Problem | None]:
    """The events of ``article``, or none and a problem when the extractor fails on it.

    A failure is a fault of ours, never the article's; it must not stop the rest of the
    corpus. The article stays, readable, without events, and the problem says so.
    """
    try:
        return extract_article(article, gazetteer), None
    except Exception as error:  # any fault: the rest of the corpus goes on
        reason = (
            f"its drills could not be read, because of a fault in Drill Atlas "
            f"({type(error).__name__}: {error}); the article is kept, without events"
        )
        return [], Problem(article.path, reason)


def extract_events(
    articles: Sequence[Article], gazetteer=None, problems: list[Problem] | None = None
) -> list[Event]:
    """Events of every article, merged across articles. An article the extractor fails
    on adds a problem to ``problems`` (when given) and no events."""
    gazetteer = gazetteer or default_gazetteer()
    events: list[Event] = []
    for article in articles:
        found, problem = extract_guarded(article, gazetteer)
        events.extend(found)
        if problem is not None and problems is not None:
            problems.append(problem)
    return merge_events(events)


def run(paths: Iterable[str | Path], *, gazetteer=None, workers: int = 1) -> Result:
    """Load the corpus at ``paths``, extract and merge. Bad files become problems.

    ``workers`` > 1 reads and extracts a large corpus with that many processes (see
    :func:`extract_files`); the result is the same as with one.
    """
    corpus, events = extract_files(paths, gazetteer=gazetteer, workers=workers)
    return Result(corpus.articles, merge_events(events), corpus.problems)


def extract_files(
    paths: Iterable[str | Path], *, gazetteer=None, workers: int = 1
) -> tuple[Corpus, list[Event]]:
    """The corpus at ``paths`` and the events of its articles, not yet merged.

    With ``workers`` > 1 and at least ``PARALLEL_MIN_FILES`` files, a process pool
    reads and extracts; results come back in path order, so duplicates and problems
    are the same as in one process. ``gazetteer`` serves this process; workers use
    the default gazetteer, so pass ``workers`` > 1 only with the default one.
    """
    files, problems = article_files(paths)
    corpus = Corpus(problems=problems)
    events: list[Event] = []
    if workers > 1 and len(files) >= PARALLEL_MIN_FILES:
        results = _in_pool(files, workers)
    else:
        results = _read_and_extract(files, gazetteer)
    for item, found in results:
        if corpus.add(item):
            events.extend(found)
    return corpus, events


def _in_pool(files: list[Path], workers: int) -> Iterator[tuple[Article | Problem, list[Event]]]:
    # Chunks keep the per-task overhead small and the pool busy to the end; map()
    # returns them in order.
    size = max(1, min(CHUNK_MAX, len(files) // (workers * 8)))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    forking = threading.active_count() <= 1
    if forking:
        _worker_gazetteer()  # loaded once here, inherited by every forked worker
        # Forked workers inherit this process's heap; freezing it keeps their garbage
        # collector from walking every inherited object (a pool slower than one process
        # without it, 1.8x faster with it: benchmark).
        gc.collect()
        gc.freeze()
    # A process with threads (the Streamlit server) must not fork: spawn instead. Its
    # spawned workers inherit nothing, and what it froze itself stays frozen.
    context = None if forking else multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for chunk in pool.map(_read_and_extract, chunks):
                yield from chunk
    finally:
        if forking:
            gc.unfreeze()


@functools.cache
def _worker_gazetteer():
    """The default gazetteer of a pool worker (forked workers inherit the parent's)."""
    return default_gazetteer()


def _read_and_extract(
    paths: list[Path], gazetteer=None
) -> list[tuple[Article | Problem, list[Event]]]:
    """Each file read and, if it is an article, extracted (a pool task, or all files)."""
    gazetteer = gazetteer or _worker_gazetteer()
    out: list[tuple[Article | Problem, list[Event]]] = []
    for path in paths:
        item = read_article(path)
        if isinstance(item, Problem):
            out.append((item, []))
            continue
        found, problem = extract_guarded(item, gazetteer)
        out.append((item, found))
        if problem is not None:
            out.append((problem, []))  # after its article, which stays readable
    return out
