"""Streamlit-side data access: cached corpus loads, annotations and uploads.

Caching lives here, at the UI edge: ``st.cache_resource`` for the gazetteer
(shared, never mutated) and ``st.cache_data`` for the corpus and its events,
keyed on the corpus folders and the mtimes of their files, so a filter change
never re-extracts and an edited folder is picked up on the next rerun.

Uploads stay in the visitor's session unless the operator sets
``DRILL_ATLAS_PERSIST_UPLOADS=1``; then they are written to the user corpus
folder, never over an existing file and never into the seeds.
"""

from __future__ import annotations

import gc
import hashlib
import json
import operator
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import streamlit as st

from dashboard.actors import country_name
from dashboard.corpus import article_from_text, parse_article
from dashboard.disk_cache import ExtractionCache
from dashboard.extract import annotate
from dashboard.figures import brief_hover_text, hover_text
from dashboard.model import Article, Event, Problem
from dashboard.pipeline import (
    ROOT,
    default_corpus_paths,
    default_gazetteer,
    extract_events,
    run,
    user_corpus_dir,
)
from dashboard.reader import safe_url
from dashboard.selection import event_outlets

# Operator setting: "1" writes uploads to the user corpus folder for everyone.
PERSIST_ENV = "DRILL_ATLAS_PERSIST_UPLOADS"
# Session-state key holding this visitor's uploaded articles, by id.
UPLOADS_KEY = "uploaded_articles"
# Session-state key holding ids of uploader files already processed.
SEEN_FILES_KEY = "_seen_upload_files"
# Session-state key holding the messages about the last uploads.
UPLOAD_MESSAGES_KEY = "_upload_messages"
# Characters allowed in a saved upload's file name; the rest become "-".
UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")
# Suffixes accepted for uploads.
UPLOAD_TYPES = ("md", "txt")


@dataclass
class Data:
    """Everything the page shows: articles, events and load problems.

    The lookups below are derived from the lists on first use. A ``Data`` is cached and
    shared read-only by every rerun and session (see ``_load``), so each lookup is built
    once per corpus instead of scanning 10,000 events and 30,000 articles on every click.
    """

    articles: list[Article]
    events: list[Event]
    problems: list[Problem]

    @cached_property
    def article_by_id(self) -> dict[str, Article]:
        """The first article with each id."""
        return _first_by_id(self.articles)

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        """The first event with each id."""
        return _first_by_id(self.events)

    @cached_property
    def events_by_article(self) -> dict[str, list[Event]]:
        """Events read in each article, in the order of ``events``."""
        index: dict[str, list[Event]] = {}
        for event in self.events:
            for article_id in dict.fromkeys(ref.article_id for ref in event.sources):
                index.setdefault(article_id, []).append(event)
        return index

    @cached_property
    def countries(self) -> frozenset[str]:
        """Codes of every host and participant country."""
        present = {e.host_country for e in self.events if e.host_country}
        present.update(code for e in self.events for code in e.participants)
        return frozenset(present)

    @cached_property
    def _rows_by_country(self) -> dict[str, list[int]]:
        """Country code → positions in ``events`` of the drills it hosts or takes part in."""
        index: dict[str, list[int]] = {}
        for row, event in enumerate(self.events):
            for code in {event.host_country, *event.participants}:
                if code:
                    index.setdefault(code, []).append(row)
        return index

    def events_of(self, countries: Sequence[str]) -> list[Event]:
        """The events any of ``countries`` hosts or takes part in (all with none), in order.

        ``filter_events`` applies the country filter itself; starting it from these
        instead of every event spared a loop over all of them on each rerun with a
        country chosen (about 10 ms at 10,000 events).
        """
        if not countries:
            return self.events
        index = self._rows_by_country
        rows = sorted({row for code in countries for row in index.get(code, ())})
        return [self.events[row] for row in rows]

    @cached_property
    def date_extent(self) -> tuple[date, date] | None:
        """(earliest start, latest end) of the dated events, or None."""
        dated = [e for e in self.events if e.first_day]
        if not dated:
            return None
        return min(e.first_day for e in dated), max(e.last_day for e in dated)

    @cached_property
    def outlets(self) -> list[str]:
        return sorted({a.source for a in self.articles if a.source})

    @cached_property
    def _hover_memo(self) -> dict[int, str]:
        # Built with the corpus (see _load): about 8 µs per event, once, instead of on
        # the click that first shows an event.
        return {id(event): hover_text(event, country_name) for event in self.events}

    def build_labels(self) -> int:
        """Build every hover label now, while the corpus loads, not on a later click.

        Returns how many there are.
        """
        return len(self._hover_memo)

    def hover_text(self, event: Event) -> str:
        """The chart hover label of an event, built once per corpus.

        Counting an event's source articles on every rerun cost most of a rerun at
        10,000 events: a merged event can have thousands of sources.
        """
        text = self._hover_memo.get(id(event))
        return text if text is not None else hover_text(event, country_name)

    @cached_property
    def _brief_memo(self) -> dict[int, str]:
        # Built on the first crowded view, once per corpus.
        return {id(event): brief_hover_text(event, country_name) for event in self.events}

    def brief_hover(self, event: Event) -> str:
        """The brief hover label of an event in a crowded chart, built once per corpus."""
        text = self._brief_memo.get(id(event))
        return text if text is not None else brief_hover_text(event, country_name)

    @cached_property
    def titles(self) -> dict[str, str]:
        """Article id → the title shown in the article picker."""
        return {a.id: a.title or a.id for a in self.articles}

    @cached_property
    def _newest_first(self) -> list[tuple[str, str]]:
        """``(article id, lower-cased title)``, newest article first, undated ones last."""
        ordered = sorted(
            self.articles,
            key=lambda a: (a.published is None, -a.published.toordinal() if a.published else 0),
        )
        return [(a.id, self.titles[a.id].casefold()) for a in ordered]

    @cached_property
    def _newest_ids(self) -> list[str]:
        return [article_id for article_id, _ in self._newest_first]

    def article_choices(self, query: str, keep: str | None, limit: int) -> tuple[list[str], int]:
        """The article ids the picker offers, and how many articles match ``query``.

        Every article while the corpus has at most ``limit``; beyond that the newest
        ``limit`` whose titles hold every word of ``query``. A select box of tens of
        thousands of titles is slow to send and useless to scroll. ``keep`` (the open
        article) is always offered.
        """
        if len(self.titles) <= limit:
            return list(self.titles), len(self.titles)
        words = query.casefold().split()
        if words:
            matching = [i for i, title in self._newest_first if all(w in title for w in words)]
        else:
            matching = self._newest_ids
        shown = matching[:limit]
        if keep and keep in self.titles and keep not in shown:
            shown.insert(0, keep)
        return shown, len(matching)

    @cached_property
    def event_table(self):
        """Every event as one row of the events table (a ``pyarrow.Table``, in event order).

        Built once per corpus: the page shows ``table_rows(events)`` of it. Handing
        Streamlit an Arrow table skips its pandas-to-Arrow conversion, which at 10,000
        rows took longer than the charts; no pandas is needed for the table at all.
        """
        import pyarrow as pa

        columns: dict[str, list] = {name: [] for name, _ in TABLE_COLUMNS}
        articles = self.article_by_id
        for e in self.events:
            first = articles.get(e.sources[0].article_id) if e.sources else None
            values = (
                e.title,
                e.kind,
                e.start,
                e.end,
                e.time_precision,
                e.date_text,
                country_name(e.host_country) if e.host_country else None,
                [country_name(c) for c in e.participants],
                e.place,
                e.troops,
                e.hardware,
                sorted(event_outlets(e, articles)),
                len({r.article_id for r in e.sources}),
                safe_url(first.url) if first else None,
                e.id,
            )
            for (name, _), value in zip(TABLE_COLUMNS, values, strict=True):
                columns[name].append(value)
        return pa.table(columns, schema=_table_schema())

    def table_rows(self, events: Sequence[Event]):
        """The rows of ``event_table`` for these events (which must come from ``events``)."""
        rows = self.rows_of(events)
        return self.event_table if rows is None else self.event_table.take(rows)

    def rows_of(self, events: Sequence[Event]) -> list[int] | None:
        """Positions in ``events`` of the given events, or None when they are all of them."""
        if len(events) == len(self.events) and all(map(operator.is_, events, self.events)):
            return None
        return [self._row_of[id(event)] for event in events]

    @cached_property
    def _row_of(self) -> dict[int, int]:
        # Keyed by object identity: filter_events returns the very objects of ``events``.
        return {id(event): row for row, event in enumerate(self.events)}


def _first_by_id(items):
    """``{item.id: item}``, keeping the first item of each id."""
    index = {}
    for item in items:
        index.setdefault(item.id, item)
    return index


# Columns of the events table, in order, with the name of their Arrow type.
TABLE_COLUMNS = (
    ("title", "string"),
    ("kind", "string"),
    ("start", "date32"),
    ("end", "date32"),
    ("precision", "string"),
    ("as written", "string"),
    ("host", "string"),
    ("participants", "list"),
    ("place", "string"),
    ("troops", "int64"),
    ("hardware", "int64"),
    ("outlets", "list"),
    ("sources", "int64"),
    ("link", "string"),
    ("id", "string"),
)


def _table_schema():
    import pyarrow as pa

    return pa.schema(
        [
            (name, pa.list_(pa.string()) if kind == "list" else getattr(pa, kind)())
            for name, kind in TABLE_COLUMNS
        ]
    )


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer():
    """The production gazetteer, loaded once per server process."""
    return default_gazetteer()


@st.cache_resource(show_spinner=False)
def map_layers():
    """The map layers (``Gazetteer.map_layers``) compacted for drawing, once per server
    process. Read from their file, so that drawing needs no gazetteer."""
    from dashboard.figures import prepare_layers
    from geodata.shapes import MAP_LAYERS_FILE, read_json

    return prepare_layers(read_json(MAP_LAYERS_FILE))


# Seconds between two checks of the corpus folders for new or changed files: a file
# added to a corpus folder shows up within this delay.
FINGERPRINT_TTL_S = 20


def corpus_fingerprint(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of every file under the corpus folders, sorted."""
    rows = []
    for folder in paths:
        if folder.is_file():
            stat = folder.stat()
            rows.append((str(folder), stat.st_mtime_ns, stat.st_size))
        elif folder.is_dir():
            rows.extend(_walk_files(str(folder)))
    return tuple(sorted(rows))


def _walk_files(top: str) -> list[tuple[str, int, int]]:
    """(path, mtime_ns, size) of the files under ``top``, following links like rglob.

    ``os.scandir`` instead of ``Path.rglob``: the fingerprint is retaken on the first
    rerun after its TTL, and at 30,000 files rglob's Path objects made that rerun about
    three times slower. Each real folder is read once, so a link loop cannot recurse.
    """
    rows = []
    seen: set[str] = set()
    pending = [top]
    while pending:
        folder = pending.pop()
        real = os.path.realpath(folder)
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():
                    pending.append(entry.path)
                elif entry.is_file():
                    stat = entry.stat()
                    rows.append((entry.path, stat.st_mtime_ns, stat.st_size))
            except OSError:
                continue
    return rows


def fingerprint_digest(folders: tuple[str, ...]) -> str:
    """A short digest of ``corpus_fingerprint``: cheap to hash as a cache key."""
    rows = corpus_fingerprint([Path(p) for p in folders])
    return hashlib.sha256(repr(rows).encode()).hexdigest()


class CorpusWatcher:
    """The fingerprint digest of some corpus folders, kept fresh by a background thread.

    Stat-ing every file of a large corpus (about 0.1 s at 30,000 files) used to fall on
    the first rerun after each TTL, that is on a user's click; this thread does it
    instead, every ``interval`` seconds, so a click never waits for it. The thread only
    reads the file system and swaps one string, which is atomic.
    """

    def __init__(self, folders: tuple[str, ...], interval: float) -> None:
        self.folders = folders
        self.interval = interval
        self.digest = fingerprint_digest(folders)
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=self._watch, name="drill-atlas-corpus-watcher", daemon=True
        )
        self._thread.start()

    def _watch(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                self.digest = fingerprint_digest(self.folders)
            except OSError:
                continue  # a folder being moved or unmounted: try again next time

    def refresh(self) -> None:
        """Look at the folders now (after this process itself changed them)."""
        self.digest = fingerprint_digest(self.folders)

    def stop(self) -> None:
        self._stopped.set()


@st.cache_resource(show_spinner=False, max_entries=8, on_release=CorpusWatcher.stop)
def _watcher(folders: tuple[str, ...]) -> CorpusWatcher:
    """One watcher per set of corpus folders, per server process."""
    return CorpusWatcher(folders, FINGERPRINT_TTL_S)


# cache_resource, not cache_data: the loaded corpus is shared read-only, and cache_data
# would unpickle every article body on every rerun.
@st.cache_resource(show_spinner="Reading articles and extracting drills…", max_entries=8)
def _load(folders: tuple[str, ...], fingerprint: tuple) -> Data:
    """Run the pipeline on the folders; ``fingerprint`` only keys the cache."""
    del fingerprint
    # A large corpus is read by one process per core; a small one stays in this process.
    workers = os.cpu_count() or 1
    # Files unchanged since the last load come from the disk cache, unread: a restart
    # extracts nothing, a new file in a folder only that file. The gazetteer is loaded
    # only if something must be extracted.
    result = run(
        [Path(p) for p in folders],
        workers=workers,
        cache=ExtractionCache.for_folders(folders),
        gazetteer_factory=gazetteer,
    )
    data = Data(list(result.articles), list(result.events), list(result.problems))
    data.build_labels()
    return _kept(data)


def _kept(data: Data) -> Data:
    """``data``, taken out of the cycle collector's sight for as long as it lives.

    A loaded corpus lives until the cache drops it, yet every full pass of the collector
    walked its articles and events again, on whichever rerun set it off. ``gc.freeze``
    spares them that. It does not hold the corpus back: a corpus has no reference cycles
    (a collection after loading 1,500 articles found no garbage), so when the cache drops
    it, reference counting frees it as before. What it does keep is any cyclic garbage
    waiting for the collector at that moment, a few thousand objects at most (1,339 at
    the first page), once per load. (The first page freezes too, see
    ``dashboard/startup.py``; this covers the loads after it.)
    """
    gc.freeze()
    return data


@st.cache_resource(show_spinner="Extracting drills from your articles…", max_entries=16)
def _with_uploads(folders: tuple[str, ...], fingerprint: tuple, uploads: tuple[Article, ...]):
    """The corpus plus session uploads, re-merged so shared events combine."""
    base = _load(folders, fingerprint)
    known = {article.id for article in base.articles}
    articles = base.articles + [a for a in uploads if a.id not in known]
    problems = list(base.problems)
    return _kept(Data(articles, extract_events(articles, gazetteer(), problems), problems))


def load_data() -> Data:
    """The configured corpus (see ``default_corpus_paths``) plus this session's uploads."""
    paths = default_corpus_paths()
    folders = tuple(str(p) for p in paths)
    fingerprint = _watcher(folders).digest
    uploads = tuple(st.session_state.get(UPLOADS_KEY, {}).values())
    if uploads:
        return _with_uploads(folders, fingerprint, uploads)
    return _load(folders, fingerprint)


@st.cache_data(max_entries=64)
def spans_for(article: Article) -> list[tuple[int, int, str]]:
    """Highlight spans of one article (cached per article content)."""
    return annotate(article, gazetteer())


def display_name(path: str) -> str:
    """A file name without its folders, so messages never reveal server paths."""
    return Path(path).name or "the file"


def persist_enabled() -> bool:
    """Whether the operator allowed uploads to be saved for everyone."""
    return os.environ.get(PERSIST_ENV, "").strip() == "1"


def _save_upload(raw: bytes, name: str) -> str:
    """Write an upload into the user corpus folder without overwriting; return its name.

    Raises ``PermissionError`` when the folder is the seeds folder.
    """
    folder = user_corpus_dir().resolve()
    seeds = (ROOT / "seeds").resolve()
    if folder == seeds or seeds in folder.parents:
        raise PermissionError("the user corpus folder must not be the seeds folder")
    folder.mkdir(parents=True, exist_ok=True)
    stem = UNSAFE_NAME_CHARS.sub("-", Path(name).stem).strip("-.") or "upload"
    suffix = Path(name).suffix.lower() if Path(name).suffix.lower() in (".md", ".txt") else ".txt"
    target = folder / f"{stem}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}{suffix}"
    target.write_bytes(raw)
    # The corpus changed: do not wait for the watcher's next look.
    _watcher(tuple(str(p) for p in default_corpus_paths())).refresh()
    return target.name


def _add_article(article: Article, raw: bytes, name: str) -> str:
    """Keep an article in the session, or save it when persisting; return a message."""
    if persist_enabled():
        saved = _save_upload(raw, name)
        return f"Saved “{display_name(name)}” to the shared corpus as {saved}."
    uploads = dict(st.session_state.get(UPLOADS_KEY, {}))
    uploads[article.id] = article
    st.session_state[UPLOADS_KEY] = uploads
    return f"Added “{article.title}” for this session only."


def handle_uploads(files) -> None:
    """Parse newly uploaded files once; store articles and messages in the session."""
    seen = st.session_state.setdefault(SEEN_FILES_KEY, set())
    messages = []
    for file in files or []:
        if file.file_id in seen:
            continue
        seen.add(file.file_id)
        raw = file.getvalue()
        parsed = parse_article(raw, display_name(file.name))
        if isinstance(parsed, Problem):
            messages.append(("error", f"Could not use {display_name(file.name)}: {parsed.error}"))
            continue
        try:
            messages.append(("success", _add_article(parsed, raw, file.name)))
        except OSError as error:
            messages.append(("error", f"Could not save {display_name(file.name)}: {error}"))
    if messages:
        st.session_state[UPLOAD_MESSAGES_KEY] = messages


def handle_paste(text: str, title: str, published: date | None, source: str, url: str) -> None:
    """Turn pasted text into an article; store it or a clear error message."""
    try:
        article = article_from_text(
            text, title=title, published=published, source=source or None, url=url or None
        )
    except ValueError as error:
        st.session_state[UPLOAD_MESSAGES_KEY] = [("error", f"Could not add the text: {error}")]
        return
    name = (UNSAFE_NAME_CHARS.sub("-", title).strip("-.") or "pasted")[:60] + ".md"
    raw = _front_matter(title, published, source, url).encode("utf-8") + text.encode("utf-8")
    try:
        message = _add_article(article, raw, name)
    except OSError as error:
        message = f"Could not save the text: {error}"
        st.session_state[UPLOAD_MESSAGES_KEY] = [("error", message)]
        return
    st.session_state[UPLOAD_MESSAGES_KEY] = [("success", message)]


def _front_matter(title: str, published: date | None, source: str, url: str) -> str:
    """YAML front matter for a persisted paste, values quoted as JSON strings."""
    lines = ["---", f"title: {json.dumps(title)}"]
    if published:
        lines.append(f"published: {published.isoformat()}")
    if source:
        lines.append(f"source: {json.dumps(source)}")
    if url:
        lines.append(f"url: {json.dumps(url)}")
    lines.append("---\n")
    return "\n".join(lines)
