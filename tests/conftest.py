"""Fixtures shared by the test modules."""

from __future__ import annotations

import os
import tempfile

import pytest

# The compiled-pattern cache (dashboard/regex_cache.py) goes to a folder of this run's
# own, not the user's ~/.cache; the app servers the browser tests start inherit it.
os.environ.setdefault("DRILL_ATLAS_CACHE_DIR", tempfile.mkdtemp(prefix="drill-atlas-tests-"))

from geodata import load_gazetteer


@pytest.fixture(scope="session")
def gazetteer():
    """The real gazetteer, loaded once for the whole run."""
    return load_gazetteer()
