"""Article bodies the fast-path tests run rules on: the seeds, our test articles and
150 generated articles (shared by test_fast_paths and test_fast_paths_round2)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from dashboard.bench.generate import generate_articles
from dashboard.corpus import read_article

ROOT = Path(__file__).resolve().parent.parent


@cache
def article_texts() -> tuple[str, ...]:
    real = [read_article(path).body for path in sorted((ROOT / "seeds").glob("*.md"))]
    real += [
        read_article(path).body for path in sorted((ROOT / "tests/data/articles").glob("*.md"))
    ]
    return (*real, *(a.body for a in generate_articles(150, seed=11)))
