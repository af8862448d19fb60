"""The server process's first page: drawn without cycle collections, then frozen.

Kept apart from ``ui_data`` so that ``app`` can enter it before its heavy imports.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from dashboard import regex_cache

_first_page_done = False


@contextmanager
def first_page() -> Iterator[None]:
    """Hold off Python's cycle collector through the process's first script run.

    The first run imports Streamlit's elements, Plotly and our modules, compiles the
    rules and reads the gazetteer and the corpus: hundreds of thousands of long-lived
    objects and almost no cyclic garbage. Yet the collector kept walking them as they
    piled up, about 0.2 s of the first run on the seed corpus (measured with
    ``gc.callbacks``). So the first run goes without it, and afterwards ``gc.freeze``
    takes everything it made out of the collector's sight for later reruns. A full
    collection first would free the 1,339 unreachable objects the first run leaves (as
    counted on the seed corpus) but cost 170 ms, more than keeping them is worth. Later
    runs, and runs that overlap the first, change nothing, and the collector is switched
    back on only if it was on.
    """
    global _first_page_done
    if _first_page_done:
        yield
        return
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _first_page_done = True
        # The rules compiled for this page are kept for the next server's first page
        # (written at exit too, but a server is often stopped without one).
        regex_cache.save()
        gc.freeze()
        if was_on:
            gc.enable()
