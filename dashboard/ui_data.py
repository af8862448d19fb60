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

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import streamlit as st

from dashboard.corpus import article_from_text, parse_article
from dashboard.extract import annotate
from dashboard.model import Article, Event, Problem
from dashboard.pipeline import (
    ROOT,
    default_corpus_paths,
    default_gazetteer,
    extract_events,
    run,
    user_corpus_dir,
)

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
    """Everything the page shows: articles, events and load problems."""

    articles: list[Article]
    events: list[Event]
    problems: list[Problem]


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer():
    """The production gazetteer, loaded once per server process."""
    return default_gazetteer()


# Seconds a corpus fingerprint is reused: reruns from filter clicks skip stat-ing every
# file, and a file added to a corpus folder still shows up within this delay.
FINGERPRINT_TTL_S = 20


def corpus_fingerprint(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of every file under the corpus folders, sorted."""
    rows = []
    for folder in paths:
        if folder.is_file():
            files = [folder]
        elif folder.is_dir():
            files = [p for p in folder.rglob("*") if p.is_file()]
        else:
            files = []
        for path in files:
            stat = path.stat()
            rows.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(rows))


@st.cache_data(ttl=FINGERPRINT_TTL_S, show_spinner=False, max_entries=8)
def _fingerprint_digest(folders: tuple[str, ...]) -> str:
    """A short digest of ``corpus_fingerprint``: cheap to hash as a cache key."""
    rows = corpus_fingerprint([Path(p) for p in folders])
    return hashlib.sha256(repr(rows).encode()).hexdigest()


# cache_resource, not cache_data: the loaded corpus is shared read-only, and cache_data
# would unpickle every article body on every rerun.
@st.cache_resource(show_spinner="Reading articles and extracting drills…", max_entries=8)
def _load(folders: tuple[str, ...], fingerprint: tuple) -> Data:
    """Run the pipeline on the folders; ``fingerprint`` only keys the cache."""
    del fingerprint
    # A large corpus is read by one process per core; a small one stays in this process.
    workers = os.cpu_count() or 1
    result = run([Path(p) for p in folders], gazetteer=gazetteer(), workers=workers)
    return Data(list(result.articles), list(result.events), list(result.problems))


@st.cache_resource(show_spinner="Extracting drills from your articles…", max_entries=16)
def _with_uploads(folders: tuple[str, ...], fingerprint: tuple, uploads: tuple[Article, ...]):
    """The corpus plus session uploads, re-merged so shared events combine."""
    base = _load(folders, fingerprint)
    known = {article.id for article in base.articles}
    articles = base.articles + [a for a in uploads if a.id not in known]
    return Data(articles, extract_events(articles, gazetteer()), base.problems)


def load_data() -> Data:
    """The configured corpus (see ``default_corpus_paths``) plus this session's uploads."""
    paths = default_corpus_paths()
    folders = tuple(str(p) for p in paths)
    fingerprint = _fingerprint_digest(folders)
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
    _fingerprint_digest.clear()  # the corpus changed: do not wait for the TTL
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
