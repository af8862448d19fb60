"""The server's first page goes without cycle collections, and leaves the collector on."""

import gc

import pytest

from dashboard import startup


@pytest.fixture
def fresh_process(monkeypatch):
    """As if no page had been drawn in this process yet."""
    monkeypatch.setattr(startup, "_first_page_done", False)
    gc.unfreeze()
    yield
    gc.enable()


def test_first_page_pauses_the_collector_then_freezes_what_it_left(fresh_process):
    kept = [[i] for i in range(1000)]  # objects made before and during the first page
    assert gc.get_freeze_count() == 0
    with startup.first_page():
        assert not gc.isenabled()
        kept.append([kept])
    assert gc.isenabled()
    assert gc.get_freeze_count() > len(kept)
    with startup.first_page():  # a later page changes nothing
        assert gc.isenabled()


def test_first_page_restores_the_collector_when_the_page_fails(fresh_process):
    with pytest.raises(RuntimeError), startup.first_page():
        raise RuntimeError("a script error")
    assert gc.isenabled()
    assert startup._first_page_done


def test_first_page_leaves_a_collector_that_was_off_off(fresh_process):
    gc.disable()
    with startup.first_page():
        pass
    assert not gc.isenabled()
