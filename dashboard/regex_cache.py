"""Compiled regular expressions, kept on disk from one process to the next.

Python compiles a pattern with a parser written in Python and keeps the result only in
memory, for the life of the process. The extraction rules are about 370 long patterns,
and compiling them was about 0.25 s of every server's first page (0.17 s while the
modules import, 0.08 s for the rules compiled on first use), the largest share of what
our app adds to a cold start. No library keeps compiled patterns across processes (the
``regex`` package does not either), so this module does, the way Python keeps bytecode
in ``.pyc`` files: :func:`compile` is ``re.compile`` for ``str`` patterns, and the
compiled form of each pattern (the instruction list ``re`` hands to its C engine) is
written to a cache file that the next process reads instead of parsing again.

The result is the very object ``re.compile`` makes: the same three calls that ``re``
makes (parse, generate, ``_sre.compile``), fed the saved output of the first two.
Those are private parts of ``re``, so anything unexpected (another Python, another
engine version, a damaged file) falls back to ``re.compile`` and nothing is cached.
The file's name carries the Python build and the engine's version, and the C engine
checks every instruction list it is given, so a stale or damaged file cannot yield a
wrong pattern; ``tests/test_regex_cache.py`` compares every pattern the rules use.

The file lives in the cache folder of ``disk_cache`` (``DRILL_ATLAS_CACHE_DIR=off`` keeps
none). A folder that cannot be written to only means every process compiles afresh.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import threading
from pathlib import Path

from dashboard.disk_cache import cache_folder, write_atomic

try:  # private parts of re, present in CPython 3.11 to 3.13
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation: no cache, plain re.compile
    _sre = None

# A saved entry: the flags, instruction list, group count and group names that
# ``_sre.compile`` takes after the pattern itself.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# Beyond this many saved patterns, a write keeps only what its own process used, so the
# file cannot grow without end as the rules change from version to version.
MAX_ENTRIES = 4000

_lock = threading.Lock()
_saved: dict[tuple[str, int], Entry] | None = None  # as read from the file
_made: dict[tuple[str, int], Entry] = {}  # compiled by this process, not yet in the file
_used: set[tuple[str, int]] = set()


def cache_path() -> Path | None:
    """The cache file for this Python and regex engine, or ``None`` when switched off."""
    folder = cache_folder()
    if _sre is None or folder is None:
        return None
    tag = sys.implementation.cache_tag or "python"
    return folder / f"regex-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _read() -> dict[tuple[str, int], Entry]:
    path = cache_path()
    if path is None:
        return {}
    try:
        table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def _entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before its call to ``_sre.compile``."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints marshal
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    groups = parsed.state.groups - 1
    return (flags | parsed.state.flags, code, groups, groupindex, tuple(indexgroup))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the cache file when it holds the pattern."""
    global _saved
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        if _saved is None:
            _saved = _read()
        entry = _saved.get(key) or _made.get(key)
        _used.add(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # a damaged or foreign entry: compile afresh below
            pass
    try:
        entry = _entry(pattern, flags)
        compiled = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # the private parts changed: plain re, and no cache for this one
        return re.compile(pattern, flags)
    with _lock:
        _made[key] = entry
    return compiled


def save() -> bool:
    """Write the patterns this process compiled afresh; ``True`` if the file was written.

    Called when the server's first page is done and when the process exits.
    """
    global _saved
    path = cache_path()
    with _lock:
        if path is None or not _made:
            return False
        table = dict(_saved or {})
        table.update(_made)
        if len(table) > MAX_ENTRIES:
            table = {key: table[key] for key in _used if key in table}
        made = dict(_made)
        _made.clear()
        _saved = table
    if write_atomic(path, marshal.dumps(table)):
        return True
    with _lock:  # not written: keep them for a later try
        for key, entry in made.items():
            _made.setdefault(key, entry)
    return False


atexit.register(save)
