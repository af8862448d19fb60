"""From paths to a merged, sourced event list: the one entry point UI and CLI share."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dashboard.corpus import load_corpus
from dashboard.extract import extract_article
from dashboard.merge import merge_events
from dashboard.model import Article, Event, Problem

# Repository root, for the default corpus folders.
ROOT = Path(__file__).resolve().parent.parent
# Environment variable: one or more corpus folders separated by ":".
CORPUS_ENV = "DRILL_ATLAS_CORPUS"
# Environment variable: where uploads are saved when the operator allows it.
USER_CORPUS_ENV = "DRILL_ATLAS_USER_CORPUS"


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


def run(paths: Iterable[str | Path], *, gazetteer=None) -> Result:
    """Load the corpus at ``paths``, extract and merge. Bad files become problems."""
    corpus = load_corpus(paths)
    events = extract_events(corpus.articles, gazetteer)
    return Result(corpus.articles, events, corpus.problems)
