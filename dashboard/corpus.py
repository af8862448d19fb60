"""Load news articles from files and folders into :class:`~dashboard.model.Article` records.

Contract, in short:

* :func:`load_corpus` takes files and folders and never raises for bad input. Every
  file that cannot be used becomes a :class:`~dashboard.model.Problem` with its path
  and a plain-language reason; every other file still loads.
* :func:`parse_article` turns the raw bytes of one file (from disk or an upload) into
  an ``Article`` or a ``Problem``.
* :func:`article_from_text` builds an ``Article`` from pasted text and metadata.
* :func:`boilerplate_spans` finds the lines of site furniture ("Leave a Reply",
  "Source link", "--") that extraction must skip but the reader still shows.

File formats:

* ``.md`` / ``.markdown`` may open with YAML front matter between two ``---`` lines,
  holding ``title``, ``source``, ``url``, ``published`` (ISO date ``YYYY-MM-DD``) and
  optionally ``author``, ``language`` and ``notes``. The body is everything after the
  closing ``---`` line, kept verbatim.
* ``.txt`` files (and ``.md`` files without front matter) have no metadata. The body
  is the whole file, *including* the first line, so that character offsets match the
  file; the title is the first non-empty line that is not boilerplate. Such articles
  load with ``published=None`` and a warning, because relative dates cannot be
  resolved without a publication date.

Text handling: bytes must be UTF-8 (a leading byte-order mark is dropped) and line
endings are normalised to ``\\n`` (CRLF and lone CR both). HTML inside an article is
kept as text; the UI escapes it when it renders, and the extractor reads its entities
and tags as the text they stand for (``text.without_markup``).

Ids: ``<slug of the file stem>-<first 8 hex digits of the SHA-256 of the normalised
file content>`` (normalised = BOM dropped, line endings turned into ``\\n``; front
matter included). The same content under the same file name therefore always gets
the same id, on any machine and with either line-ending convention, and any edit
changes it.

This module does no printing and imports no Streamlit.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from dashboard import regex_cache as rx
from dashboard.model import Article, Problem

logger = logging.getLogger(__name__)

# Largest article file accepted, in bytes (2 MB); a news article is a few KB.
MAX_BYTES = 2 * 1024 * 1024
# File suffixes that are loaded when a folder is searched (compared in lower case).
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
# Suffixes whose files may open with YAML front matter; all others are plain text.
FRONT_MATTER_SUFFIXES = (".md", ".markdown")
# File names skipped when a folder is searched: they document a folder, they are not articles.
SKIPPED_FILE_NAMES = frozenset({"readme.md", "metadata.md"})
# Front-matter fields the loader understands; anything else is ignored with a warning.
FRONT_MATTER_FIELDS = ("title", "source", "url", "published", "author", "language", "notes")
# Warning attached to articles that carry no publication date.
NO_PUBLISHED_WARNING = "no published date; relative dates such as 'next month' cannot be resolved"
# Titles taken from the first line of the text are cut to this many characters.
MAX_TITLE_CHARS = 200
# Hex digits of the content hash used in an article id.
ID_HASH_CHARS = 8
# Lines longer than this are prose, never site furniture, whatever words they start with.
MAX_BOILERPLATE_LINE_CHARS = 120
# UTF-8 byte-order mark, which some Windows editors put at the start of a file.
UTF8_BOM = b"\xef\xbb\xbf"

# Whole-line patterns for site furniture: comment prompts, share buttons, link
# lists, copyright notices and separator lines. Each is matched case-insensitively
# against a trimmed line, after which trailing punctuation (":", ".", "!", "…", "»")
# is allowed, so "No comments:" and "Share this:" match their bare forms.
BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    rx.compile(rf"(?:{pattern})[\s:.!…»>|]*", re.IGNORECASE)
    for pattern in (
        # Comment sections.
        r"leave a (?:reply|comment)",
        r"post a comment",
        r"(?:no|\d+) comments?(?: yet)?",
        r"comments?(?: \(\d+\))?",
        r"be the first to comment(?: on this (?:article|story|post))?",
        r"your email address will not be published\.?(?: required fields are marked \*)?",
        r"cancel reply",
        # Links to the original or to other stories.
        r"source link",
        r"source: \S+",
        r"(?:read (?:more|also|next)|also read)(?:\s*:.*)?",
        r"(?:see also|also see)(?:\s*:.*)?",
        r"related(?: (?:posts?|articles?|stories|news|content))?(?:\s*:.*)?",
        # a headline with its date stamp: "* Troops hold drills at Lyaur — 29.09.2022"
        r"[-*•]?[^.!?]{0,200}?(?:\s[—–-]\s*|\s\()\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\)?",
        r"(?:more on (?:the|this) (?:topic|subject)|you may also like|recommended(?: for you)?|"
        r"(?:you )?might also (?:like|be interested in))(?:\s*:.*)?",
        r"more (?:news|stories) from .*",
        r"more on this (?:story|topic)",
        r"only news",
        # Share and follow buttons.
        r"share(?: (?:this|this article|this story|this post))?",
        r"share (?:on|via) .*",
        r"click to (?:share|print|email).*",
        r"(?:tweet|print|email|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest)",
        r"like this",
        r"like loading",
        r"loading(?:\.\.\.|…)?",
        r"follow us(?: on .*)?",
        r"subscribe\b.*",
        r"sign up for .*newsletter.*",
        # Advertising.
        r"advertisements?",
        r"sponsored(?: content)?",
        # Legal footer.
        r"(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).*",
        r"all rights reserved",
        r"tags?\s*:.*",
        # Separator lines: "--", "---", "***", "* * *", "___", "===", "~~~", "———".
        r"(?:[-–—]\s*){2,}",
        r"(?:\*\s*){2,}",
        r"(?:_\s*){2,}",
        r"(?:=\s*){2,}",
        r"(?:~\s*){2,}",
    )
)


@dataclass
class Corpus:
    """Everything loaded from a set of paths.

    ``articles`` are in a deterministic order (sorted by path) and have unique ids;
    ``problems`` holds one record per file (or path) that could not be used.
    """

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _first_path: dict[str, str] = field(default_factory=dict, repr=False)

    def add(self, item: Article | Problem) -> bool:
        """Add one file's result, in path order; True if it became a new article.

        A second file with the id of an earlier one becomes a problem naming it.
        """
        if isinstance(item, Problem):
            self.problems.append(item)
            return False
        first = self._first_path.get(item.id)
        if first is not None:
            self.problems.append(Problem(item.path, f"duplicate of {first}"))
            return False
        self._first_path[item.id] = item.path
        self.articles.append(item)
        return True


# libyaml's parser when PyYAML was built with it: front matter parsed about ten times
# faster (it was most of the time spent loading a corpus). Same resolvers, same errors.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_SafeLoader):
    """SafeLoader that leaves dates as strings.

    PyYAML would otherwise build ``date`` objects itself and raise a bare
    ``ValueError`` on impossible dates such as ``2021-13-45``; reading them as text
    lets the loader explain the problem in its own words.
    """


class _PyFrontMatterLoader(yaml.SafeLoader):
    """The same, in pure Python: used to word the error when front matter is broken."""


_FrontMatterLoader.yaml_implicit_resolvers = _PyFrontMatterLoader.yaml_implicit_resolvers = {
    first_char: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first_char, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _ArticleError(Exception):
    """Internal: a file cannot be used; the message is the plain-language reason."""


def boilerplate_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Return the ``(start, end)`` spans of the boilerplate lines in ``body``.

    A line is boilerplate when, trimmed, it wholly matches one of
    :data:`BOILERPLATE_PATTERNS` and is at most :data:`MAX_BOILERPLATE_LINE_CHARS`
    long; when it cites a source (a note marker with a link or a quoted title, or any
    line under a "References"/"Notes" heading); or when it is a Markdown table's header
    row or rule, whose words name columns. Each span covers the line as written
    (leading and trailing spaces included) but not its ``\\n``, so
    ``body[start:end]`` is the line itself.
    Spans are in order and never overlap.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    in_list = False  # under "Read more:": the headlines of other stories
    in_notes = False  # under "References": the sources cited, to the end
    lines = body.split("\n")
    for k, line in enumerate(lines):
        trimmed = line.strip()
        short = len(trimmed) <= MAX_BOILERPLATE_LINE_CHARS
        if trimmed and (in_notes or _is_citation(trimmed) or _is_table_rule(trimmed)):
            spans.append((offset, offset + len(line)))
        elif (
            trimmed.startswith("|") and k + 1 < len(lines) and _is_table_rule(lines[k + 1].strip())
        ):
            # a table's header row: its words name columns ("Host", "Troops"), not places
            spans.append((offset, offset + len(line)))
        elif trimmed and short and NOTES_HEADER.fullmatch(trimmed):
            spans.append((offset, offset + len(line)))
            in_notes = True
        elif trimmed and short and _is_boilerplate(trimmed):
            spans.append((offset, offset + len(line)))
            in_list = bool(LINK_LIST_HEADER.fullmatch(trimmed))
        elif trimmed and in_list and short and _is_headline(trimmed):
            spans.append((offset, offset + len(line)))
        elif trimmed:
            in_list = False
        offset += len(line) + 1
    return tuple(spans)


# The heading of the sources an analysis cites; every line after it is a citation.
NOTES_HEADER = rx.compile(
    r"(?:#{1,6}\s*)?\**(?:notes|references|footnotes|endnotes|sources(?:\s+cited)?|"
    r"bibliography|works\s+cited)\**\s*:?",
    re.IGNORECASE,
)
# A note: a marker ("[4]", "4.", "⁴") then a cited source with a link or a quoted title.
_CITATION = rx.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+\S")
_CITED = rx.compile(r"https?://|www\.|[\"“][^\"”]{8,}[,.]?[\"”]")
# A Markdown table's rule under its header: "|---|:---:|".
_TABLE_RULE = rx.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def _is_citation(trimmed_line: str) -> bool:
    return bool(_CITATION.match(trimmed_line) and _CITED.search(trimmed_line))


def _is_table_rule(trimmed_line: str) -> bool:
    return trimmed_line[:1] in "|-:" and bool(_TABLE_RULE.fullmatch(trimmed_line))


def _is_boilerplate(trimmed_line: str) -> bool:
    return any(pattern.fullmatch(trimmed_line) for pattern in BOILERPLATE_PATTERNS)


# The heading of a list of links to other stories; the headlines under it are furniture
# too, up to the first line that reads as prose.
LINK_LIST_HEADER = rx.compile(
    r"(?:read (?:more|also|next)|also read|see also|also see|"
    r"related(?: (?:posts?|articles?|stories|news|content))?|"
    r"more (?:news|stories)(?: from .*)?|more on (?:this|the) (?:story|topic|subject)|"
    r"you may also like|recommended(?: for you)?|(?:you )?might also (?:like|be interested in))"
    r"[\s:.!…»>|]*",
    re.IGNORECASE,
)


def _is_headline(trimmed_line: str) -> bool:
    """A bulleted line, or one that does not end as a sentence does."""
    return trimmed_line[0] in "-*•–—·" or not trimmed_line.endswith((".", "!", "?", '"', "”", "’"))


def article_from_text(
    body: str,
    *,
    title: str,
    published: date | None,
    source: str | None = None,
    url: str | None = None,
    path: str = "<pasted>",
) -> Article:
    """Build an ``Article`` from pasted text and metadata typed by the user.

    Line endings in ``body`` are normalised to ``\\n`` and a leading BOM is dropped;
    nothing else changes. An empty ``title`` falls back to the first line of the
    text. The id is the slug of ``path``'s stem plus the content hash of the
    normalised body. Raises ``ValueError`` when the text is empty or whitespace only.
    """
    text = _normalise_newlines(body.removeprefix("\ufeff"))
    if not text.strip():
        raise ValueError("the article text is empty")
    warnings: list[str] = []
    if published is None:
        warnings.append(NO_PUBLISHED_WARNING)
    return Article(
        id=_article_id(path, text),
        title=title.strip() or _title_from_body(text),
        body=text,
        path=path,
        source=source or None,
        url=url or None,
        published=published,
        boilerplate=boilerplate_spans(text),
        warnings=tuple(warnings),
    )


def parse_article(raw: bytes, path: str, *, max_bytes: int = MAX_BYTES) -> Article | Problem:
    """Parse the bytes of one article file; never raises for bad content.

    ``path`` is used for the id, the file kind (by suffix: ``.md``/``.markdown``
    may carry front matter, anything else is plain text) and the records returned.
    Returns a ``Problem`` when the bytes are too many, binary, not UTF-8, empty,
    or carry broken front matter (see the module docstring for the formats).
    """
    try:
        return _parse(raw, path, max_bytes)
    except _ArticleError as error:
        return Problem(path=path, error=str(error))


def load_corpus(paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Corpus:
    """Load every article under ``paths``; never raises for bad input.

    Each path may be a file or a folder. Folders are searched recursively for
    ``*.md``, ``*.markdown`` and ``*.txt`` files, skipping hidden files and folders
    (names starting with ``.``) and files named ``README.md`` or ``METADATA.md``,
    which document a folder. A file named explicitly is always read, whatever its
    name, but must have one of those suffixes.

    The result does not depend on the order of ``paths``: files are read in order
    of their path, and a file reached twice (say, through a folder and by name) is
    read once. Two files with the same id (same stem and same content) are one
    article: the first by path loads and the others become problems "duplicate of
    <first path>". The same text under a *different* file name is a reprint with a
    different id and loads as its own article; merging of events happens later.
    """
    files, problems = article_files(paths)
    corpus = Corpus(problems=problems)
    for path in files:
        corpus.add(read_article(path, max_bytes))
    logger.debug("loaded %d articles, %d problems", len(corpus.articles), len(corpus.problems))
    return corpus


def article_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The article files under ``paths``, sorted by path, and the paths that are not.

    The first step of :func:`load_corpus`, for callers that read files in parallel.
    """
    problems: list[Problem] = []
    files: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk_folder(path, problems):
                _remember(files, found)
        elif path.is_file():
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                _remember(files, path)
            else:
                problems.append(
                    Problem(str(path), f"not an article file (expected {_suffix_list()})")
                )
        elif path.is_symlink():
            problems.append(Problem(str(path), "a link to a file that does not exist"))
        elif path.exists():
            problems.append(Problem(str(path), "not a regular file or folder"))
        else:
            problems.append(Problem(str(path), "no such file or folder"))
    return sorted(files.values(), key=lambda p: p.as_posix()), problems


def _walk_folder(folder: Path, problems: list[Problem]) -> list[Path]:
    """Article files under ``folder``, hidden and documentation files left out."""

    def report(error: OSError) -> None:
        # A folder that cannot be listed is reported, and the rest of the walk goes on.
        where = error.filename or str(folder)
        problems.append(Problem(str(where), f"could not open the folder: {error.strerror}"))

    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or name.lower() in SKIPPED_FILE_NAMES:
                continue
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                found.append(Path(root) / name)
    return found


def _remember(files: dict[str, Path], path: Path) -> None:
    """Add ``path`` unless the same file is already known; of two spellings of one
    file the smaller is kept, so the result does not depend on argument order."""
    key = _identity(path)
    known = files.get(key)
    if known is None or path.as_posix() < known.as_posix():
        files[key] = path


def _identity(path: Path) -> str:
    """Key that is equal for two spellings of the same file."""
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def read_article(path: Path, max_bytes: int = MAX_BYTES) -> Article | Problem:
    """One article file, or the problem that keeps it out; never raises."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            # Checked before reading, so a huge file is never pulled into memory.
            return Problem(name, _too_big_message(size, max_bytes))
        raw = path.read_bytes()
    except FileNotFoundError:
        return Problem(name, "could not read the file: it does not exist (a broken link?)")
    except OSError as error:
        return Problem(name, f"could not read the file: {error.strerror or error}")
    return parse_article(raw, name, max_bytes=max_bytes)


def _parse(raw: bytes, path: str, max_bytes: int) -> Article:
    if len(raw) > max_bytes:
        raise _ArticleError(_too_big_message(len(raw), max_bytes))
    text = _normalise_newlines(_decode(raw))
    if not text.strip():
        raise _ArticleError("empty file (no text)")

    meta: dict[str, object] = {}
    body = text
    warnings: list[str] = []
    has_front_matter = Path(path).suffix.lower() in FRONT_MATTER_SUFFIXES and (
        text.split("\n", 1)[0].rstrip() == "---"
    )
    if has_front_matter:
        meta, body, warnings = _split_front_matter(text)
        if not body.strip():
            raise _ArticleError("front matter but no article text after it")

    published = _published(meta.get("published"))
    if published is None:
        warnings.append(NO_PUBLISHED_WARNING)
    title = _text_field(meta, "title") or _title_from_body(body)
    return Article(
        id=_article_id(path, text),
        title=title,
        body=body,
        path=path,
        source=_text_field(meta, "source"),
        url=_text_field(meta, "url"),
        published=published,
        author=_text_field(meta, "author"),
        language=_text_field(meta, "language"),
        notes=_text_field(meta, "notes"),
        boilerplate=boilerplate_spans(body),
        warnings=tuple(warnings),
    )


def _decode(raw: bytes) -> str:
    """UTF-8 text of ``raw`` without its BOM; binary or other encodings are errors."""
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise _ArticleError(f"binary file, not text (NUL byte at position {nul})")
    skipped = len(UTF8_BOM) if raw.startswith(UTF8_BOM) else 0
    try:
        return raw[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        # Report the position in the file as stored, BOM included, so it can be found.
        position = error.start + skipped
        byte = raw[position]
        raise _ArticleError(
            f"not UTF-8 text (byte 0x{byte:02x} at position {position}); "
            "save the file as UTF-8 and load it again"
        ) from error


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(text: str) -> tuple[dict[str, object], str, list[str]]:
    """Split ``---``-fenced YAML from the body; returns (fields, body, warnings)."""
    lines = text.split("\n")
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if closing is None:
        raise _ArticleError("front matter opened by '---' on line 1 is never closed by '---'")
    yaml_text = "\n".join(lines[1:closing])
    body = "\n".join(lines[closing + 1 :])
    try:
        loaded = yaml.load(yaml_text, Loader=_FrontMatterLoader)
    except yaml.YAMLError:
        # Parse again with the pure-Python loader: its messages are the ones we word
        # our errors from, with or without libyaml. Bad front matter is rare.
        try:
            loaded = yaml.load(yaml_text, Loader=_PyFrontMatterLoader)
        except yaml.YAMLError as error:
            raise _ArticleError(_yaml_message(error)) from error
    if loaded is None:
        return {}, body, []
    if not isinstance(loaded, dict):
        raise _ArticleError(
            f"front matter is {_yaml_kind(loaded)}, not a set of 'field: value' lines"
        )
    warnings = [
        f"unknown front matter field '{key}' ignored"
        for key in loaded
        if key not in FRONT_MATTER_FIELDS
    ]
    for key in FRONT_MATTER_FIELDS:
        value = loaded.get(key)
        if isinstance(value, dict | list):
            raise _ArticleError(
                f"front matter field '{key}' is {_yaml_kind(value)}, expected plain text"
            )
    return {str(key): value for key, value in loaded.items()}, body, warnings


def _yaml_message(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or "could not be parsed"
    if mark is None:
        return f"invalid YAML in the front matter: {problem}"
    # The YAML starts on line 2 of the file (line 1 is '---'); marks count from 0.
    return f"invalid YAML in the front matter at line {mark.line + 2}: {problem}"


def _yaml_kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a single value ({value!r})"


def _published(value: object) -> date | None:
    """The ``published`` field as a date; ``None`` when absent or empty."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        # A full timestamp ("2021-07-20T09:30:00+00:00") is accepted; its day is used.
        if "T" in text or " " in text:
            return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    raise _ArticleError(f"published {text!r} is not a date (expected YYYY-MM-DD, e.g. 2021-07-20)")


def _text_field(meta: dict[str, object], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _title_from_body(body: str) -> str:
    """First non-empty, non-boilerplate line, Markdown heading marks removed."""
    for line in body.split("\n"):
        trimmed = line.strip()
        if not trimmed or _is_boilerplate(trimmed):
            continue
        title = trimmed.lstrip("#").strip() or trimmed
        if len(title) > MAX_TITLE_CHARS:
            title = title[: MAX_TITLE_CHARS - 1].rstrip() + "…"
        return title
    return "(untitled)"


def _article_id(path: str, normalised_text: str) -> str:
    digest = hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()
    return f"{_slug(Path(path).stem)}-{digest[:ID_HASH_CHARS]}"


def _slug(stem: str) -> str:
    """Lower-case ASCII words joined by hyphens; ``article`` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "article"


def _too_big_message(size: int, max_bytes: int) -> str:
    return f"{_size_text(size, round_up=True)} is over the {_size_text(max_bytes)} limit"


def _size_text(size: int, *, round_up: bool = False) -> str:
    """Human size in MB, KB or bytes; ``round_up`` keeps a size just over a limit from
    printing equal to it (2 MB + 1 byte reads "2.1 MB", not "2.0 MB")."""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            if value == int(value):
                return f"{int(value)} {unit}"
            shown = math.ceil(value * 10) / 10 if round_up else round(value, 1)
            return f"{shown:.1f} {unit}"
    return f"{size} bytes"


def _suffix_list() -> str:
    return ", ".join(ARTICLE_SUFFIXES[:-1]) + " or " + ARTICLE_SUFFIXES[-1]
