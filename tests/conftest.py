"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest

from geodata import load_gazetteer


@pytest.fixture(scope="session")
def gazetteer():
    """The real gazetteer, loaded once for the whole run."""
    return load_gazetteer()
