"""What Drill Atlas keeps on disk between processes: where, and the extraction results.

Two things are kept, both derived only from our own code, data and the user's files,
and both safe to delete at any time:

* the compiled extraction rules (``regex_cache``), so a process does not parse its
  patterns again;
* the extraction results of each article file (:class:`ExtractionCache`), so a
  restarted dashboard, or one whose folder gained a file, extracts only the files that
  are new or changed. A 10,000-event corpus took over a minute to extract at every start.

Where: ``DRILL_ATLAS_CACHE_DIR``, else ``$XDG_CACHE_HOME/drill-atlas``, else
``~/.cache/drill-atlas``; ``DRILL_ATLAS_CACHE_DIR=off`` keeps nothing. A folder that
cannot be written only means the work is done again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

# Environment variable: the cache folder, or "off".
CACHE_ENV = "DRILL_ATLAS_CACHE_DIR"
ROOT = Path(__file__).resolve().parent.parent
# Libraries whose behaviour can change what the extractor finds; their versions are part
# of the extraction cache's key, beside our code and data.
_LIBRARIES = ("pyyaml", "numpy", "shapely", "pyproj", "rapidfuzz")

# A file's identity for the cache: its path, size and modification time (ns).
FileKey = tuple[str, int, int]


def cache_folder() -> Path | None:
    """The folder for cache files, or ``None`` when caching is switched off."""
    value = os.environ.get(CACHE_ENV, "").strip()
    if value.lower() == "off":
        return None
    if value:
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "drill-atlas"


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename; ``True`` if done.

    A reader never sees half a file, and two processes writing at once leave one whole.
    """
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True


@cache
def code_version() -> str:
    """A digest of everything extraction results depend on besides the article itself.

    Every source file of ``dashboard`` and ``geodata``, every geodata file, the Python
    version and the versions of the libraries the extractor leans on: any change to any
    of them gives another digest, so results made by other code are never read back.
    """
    digest = hashlib.sha256(sys.version.encode())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=-".encode())
    files = [*(ROOT / "dashboard").rglob("*.py"), *(ROOT / "geodata").rglob("*")]
    for path in sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_key(path: Path) -> FileKey | None:
    """The cache key of ``path`` (absolute path, size, mtime), or ``None`` if it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


class ExtractionCache:
    """The extraction results of one set of corpus folders, by file.

    One pickle file per set of folders, named by the folders and :func:`code_version`.
    It holds, for each article file, what reading and extracting it gave: the article
    (or the problem that kept it out) and its events, before merging. An entry counts
    only while the file's size and modification time are unchanged; a write keeps only
    the files of the latest load, so removed files drop out.

    A pickle runs code when read, so the file must be as trusted as the user's own
    home folder, where it lives; it is never fetched or shared.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_folders(cls, folders: Sequence[str | Path]) -> ExtractionCache | None:
        """The cache of ``folders``, or ``None`` when caching is switched off."""
        folder = cache_folder()
        if folder is None:
            return None
        names = "\n".join(sorted(str(Path(f).resolve()) for f in folders))
        key = hashlib.sha256(f"{code_version()}\n{names}".encode()).hexdigest()[:24]
        return cls(folder / f"extract-{key}.pickle")

    def load(self) -> dict[FileKey, list]:
        """The saved results by file key; empty when there are none or they cannot be read."""
        try:
            with open(self.path, "rb") as handle:
                table = pickle.load(handle)
        except Exception:  # none yet, or a damaged, truncated or foreign file: extract afresh
            return {}
        return table if isinstance(table, dict) else {}

    def save(self, table: dict[FileKey, list]) -> bool:
        """Replace the saved results with ``table``; ``True`` if written."""
        try:
            data = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # something that will not pickle: no cache, nothing lost
            return False
        return write_atomic(self.path, data)
