"""From paths to a merged, sourced event list: the one entry point UI and CLI share."""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from dashboard.corpus import Corpus, article_files, read_article
from dashboard.disk_cache import ExtractionCache, FileKey, file_key
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


def run(
    paths: Iterable[str | Path],
    *,
    gazetteer=None,
    workers: int = 1,
    cache: ExtractionCache | None = None,
    gazetteer_factory: Callable[[], object] | None = None,
) -> Result:
    """Load the corpus at ``paths``, extract and merge. Bad files become problems.

    ``workers`` > 1 reads and extracts a large corpus with that many processes (see
    :func:`extract_files`); the result is the same as with one. With a ``cache``, only
    files it does not hold as they are now are read and extracted.
    """
    corpus, events = extract_files(
        paths,
        gazetteer=gazetteer,
        workers=workers,
        cache=cache,
        gazetteer_factory=gazetteer_factory,
    )
    return Result(corpus.articles, merge_events(events), corpus.problems)


# What reading and extracting one file gave: its article (or the problem that kept it
# out) with the article's events, then any problem the extractor had with it.
FileResult = list[tuple[Article | Problem, list[Event]]]


def extract_files(
    paths: Iterable[str | Path],
    *,
    gazetteer=None,
    workers: int = 1,
    cache: ExtractionCache | None = None,
    gazetteer_factory: Callable[[], object] | None = None,
) -> tuple[Corpus, list[Event]]:
    """The corpus at ``paths`` and the events of its articles, not yet merged.

    With ``workers`` > 1 and at least ``PARALLEL_MIN_FILES`` files to extract, a process
    pool reads and extracts; results come back in path order, so duplicates and problems
    are the same as in one process. ``gazetteer`` serves this process (or, if it is
    ``None``, ``gazetteer_factory()``, called only if a file must be extracted here);
    workers use the default gazetteer, so pass ``workers`` > 1 only with the default one.

    With a ``cache`` (see ``disk_cache.ExtractionCache``), a file whose path, size and
    modification time match a saved entry is taken from it, unread; the rest are read
    and extracted, and the cache is rewritten with the files of this call.
    """
    files, problems = article_files(paths)
    corpus = Corpus(problems=problems)
    keys = [file_key(path) for path in files] if cache else [None] * len(files)
    saved = cache.load() if cache else {}
    todo = [path for path, key in zip(files, keys, strict=True) if key not in saved]
    if workers > 1 and len(todo) >= PARALLEL_MIN_FILES:
        fresh = _in_pool(todo, workers)
    elif todo:
        if gazetteer is None and gazetteer_factory is not None:
            gazetteer = gazetteer_factory()
        fresh = iter(_read_and_extract(todo, gazetteer))
    else:
        fresh = iter(())
    table: dict[FileKey, FileResult] = {}
    events: list[Event] = []
    for key in keys:
        result = saved[key] if key in saved else next(fresh)
        if key is not None:
            table[key] = result
        for item, found in result:
            if corpus.add(item):
                events.extend(found)
    if cache and (todo or len(table) != len(saved)):
        cache.save(table)
    return corpus, events


def _in_pool(files: list[Path], workers: int) -> Iterator[FileResult]:
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


def _read_and_extract(paths: list[Path], gazetteer=None) -> list[FileResult]:
    """Each file read and, if it is an article, extracted (a pool task, or all files):
    one result per path, in order."""
    gazetteer = gazetteer or _worker_gazetteer()
    out: list[FileResult] = []
    for path in paths:
        item = read_article(path)
        if isinstance(item, Problem):
            out.append([(item, [])])
            continue
        found, problem = extract_guarded(item, gazetteer)
        result: FileResult = [(item, found)]
        if problem is not None:
            result.append((problem, []))  # after its article, which stays readable
        out.append(result)
    return out
