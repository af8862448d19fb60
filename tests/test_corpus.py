"""Tests for dashboard.corpus: loading, ids, boilerplate, bad input, seeds, test articles."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from dashboard.corpus import (
    MAX_BYTES,
    NO_PUBLISHED_WARNING,
    Corpus,
    article_from_text,
    boilerplate_spans,
    load_corpus,
    parse_article,
)
from dashboard.model import EVENT_KINDS, TIME_PRECISIONS, Article, Problem

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
BAD = DATA / "bad"
ARTICLES = DATA / "articles"
SEEDS = REPO / "seeds"

GOOD_MD = """---
title: "Drill at the range"
source: "Steppe Wire"
url: "https://example.org/drill"
published: 2021-07-20
---
Russian and Tajik troops trained at the range on Tuesday.
Leave a Reply
"""


def _problems_by_name(corpus: Corpus, root: Path) -> dict[str, str]:
    return {Path(p.path).relative_to(root).as_posix(): p.error for p in corpus.problems}


def _loaded_names(corpus: Corpus, root: Path) -> list[str]:
    return [Path(a.path).relative_to(root).as_posix() for a in corpus.articles]


# --- bad input -------------------------------------------------------------------

BAD_FILE_CASES = [
    ("empty.md", "empty file (no text)"),
    ("whitespace_only.txt", "empty file (no text)"),
    ("front_matter_only.md", "front matter but no article text after it"),
    (
        "invalid_yaml.md",
        "invalid YAML in the front matter at line 4: mapping values are not allowed here",
    ),
    ("not_a_mapping.md", "front matter is a list, not a set of 'field: value' lines"),
    (
        "published_word.md",
        "published 'yesterday' is not a date (expected YYYY-MM-DD, e.g. 2021-07-20)",
    ),
    (
        "published_impossible.md",
        "published '2021-13-45' is not a date (expected YYYY-MM-DD, e.g. 2021-07-20)",
    ),
    (
        "unclosed_front_matter.md",
        "front matter opened by '---' on line 1 is never closed by '---'",
    ),
    (
        "latin1.txt",
        "not UTF-8 text (byte 0xe9 at position 24); save the file as UTF-8 and load it again",
    ),
    ("duplicates/second/wire-copy.md", "duplicate of {BAD}/duplicates/first/wire-copy.md"),
]


@pytest.mark.parametrize(("name", "message"), BAD_FILE_CASES)
def test_load_corpus_reports_each_bad_file(name: str, message: str) -> None:
    corpus = load_corpus([BAD])
    assert _problems_by_name(corpus, BAD)[name] == message.format(BAD=BAD)


def test_load_corpus_bad_folder_still_loads_good_files() -> None:
    corpus = load_corpus([BAD])
    assert _loaded_names(corpus, BAD) == ["duplicates/first/wire-copy.md", "good.md"]
    assert len(corpus.problems) == len(BAD_FILE_CASES)
    good = corpus.articles[1]
    assert good.title == "Border guards hold night exercise on the Panj"
    assert good.published == date(2022, 6, 14)


@pytest.mark.parametrize(
    ("size", "message"),
    [
        (int(3.1 * 1024 * 1024), "3.1 MB is over the 2 MB limit"),
        (MAX_BYTES + 1, "2.1 MB is over the 2 MB limit"),  # never "2.0 MB is over 2 MB"
        (5 * 1024 * 1024, "5 MB is over the 2 MB limit"),
    ],
)
def test_load_corpus_rejects_oversized_file(tmp_path: Path, size: int, message: str) -> None:
    (tmp_path / "huge.txt").write_bytes(b"Drill report\n" + b"a" * (size - 13))
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.problems == [Problem(str(tmp_path / "huge.txt"), message)]
    assert _loaded_names(corpus, tmp_path) == ["good.md"]


@pytest.mark.parametrize(
    ("raw", "max_bytes", "message"),
    [
        (b"x" * 2049, 2048, "2.1 KB is over the 2 KB limit"),
        (b"x" * 101, 100, "101 bytes is over the 100 bytes limit"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            MAX_BYTES,
            "binary file, not text (NUL byte at position 8)",
        ),
        (
            b"Report\n\xff\xfe drills",
            MAX_BYTES,
            "not UTF-8 text (byte 0xff at position 7); save the file as UTF-8 and load it again",
        ),
        # The position counts the BOM too, so it matches what a hex editor shows.
        (
            b"\xef\xbb\xbfAB\xc3",
            MAX_BYTES,
            "not UTF-8 text (byte 0xc3 at position 5); save the file as UTF-8 and load it again",
        ),
        (b"", MAX_BYTES, "empty file (no text)"),
        (b"\xef\xbb\xbf\r\n \r\n", MAX_BYTES, "empty file (no text)"),
    ],
)
def test_parse_article_rejects_bad_bytes(raw: bytes, max_bytes: int, message: str) -> None:
    assert parse_article(raw, "upload.txt", max_bytes=max_bytes) == Problem("upload.txt", message)


def test_load_corpus_reports_binary_file_and_keeps_good(tmp_path: Path) -> None:
    (tmp_path / "photo.md").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert _problems_by_name(corpus, tmp_path) == {
        "photo.md": "binary file, not text (NUL byte at position 0)"
    }
    assert _loaded_names(corpus, tmp_path) == ["good.md"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("missing", "no such file or folder"),
        ("wrong_suffix", "not an article file (expected .md, .markdown or .txt)"),
        ("broken_link_given", "a link to a file that does not exist"),
    ],
)
def test_load_corpus_reports_unusable_paths(tmp_path: Path, make: str, message: str) -> None:
    target = tmp_path / "target.md"
    if make == "wrong_suffix":
        target = tmp_path / "notes.json"
        target.write_text("{}", encoding="utf-8")
    elif make == "broken_link_given":
        target.symlink_to(tmp_path / "moved-away.md")
    good = tmp_path / "good.md"
    good.write_text(GOOD_MD, encoding="utf-8")
    corpus = load_corpus([target, good])
    assert corpus.problems == [Problem(str(target), message)]
    assert [a.path for a in corpus.articles] == [str(good)]


def test_load_corpus_reports_unreadable_file_in_folder(tmp_path: Path) -> None:
    # A link whose target was moved away: listed by the folder, yet it cannot be read.
    (tmp_path / "dangling.md").symlink_to(tmp_path / "gone.md")
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert _problems_by_name(corpus, tmp_path) == {
        "dangling.md": "could not read the file: it does not exist (a broken link?)"
    }
    assert _loaded_names(corpus, tmp_path) == ["good.md"]


# --- encodings, formats and metadata ----------------------------------------------


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_parse_article_accepts_bom_and_any_newline(bom: bytes, newline: str) -> None:
    raw = bom + GOOD_MD.replace("\n", newline).encode("utf-8")
    article = parse_article(raw, "drill.md")
    assert isinstance(article, Article)
    assert article.title == "Drill at the range"
    assert article.published == date(2021, 7, 20)
    assert article.body == (
        "Russian and Tajik troops trained at the range on Tuesday.\nLeave a Reply\n"
    )
    assert "\r" not in article.body and "\ufeff" not in article.body
    # Normalised content decides the id, so every variant is the same article.
    assert article.id == parse_article(GOOD_MD.encode(), "drill.md").id


@pytest.mark.parametrize(
    ("name", "text", "title"),
    [
        (
            "wire.txt",
            "Troops arrive at range\n\nTroops arrived on Sunday.\n",
            "Troops arrive at range",
        ),
        ("wire.txt", "\n\n   Indented headline  \nText follows.\n", "Indented headline"),
        # A leading separator line is furniture, not a title.
        (
            "wire.txt",
            "--\nDrills concluded near the border.\nMore text.\n",
            "Drills concluded near the border.",
        ),
        ("notes.md", "# Heading of a plain note\n\nBody text.\n", "Heading of a plain note"),
        ("notes.markdown", "Some text without front matter.\n", "Some text without front matter."),
        # A .txt never has front matter, so its dashes are text.
        ("dashes.txt", "---\ntitle: not metadata\n---\nText.\n", "title: not metadata"),
    ],
)
def test_parse_article_without_front_matter_titles_and_warns(
    name: str, text: str, title: str
) -> None:
    article = parse_article(text.encode("utf-8"), name)
    assert isinstance(article, Article)
    assert article.title == title
    assert article.body == text  # verbatim, title line included, so offsets match the file
    assert article.published is None
    assert article.warnings == (NO_PUBLISHED_WARNING,)


def test_parse_article_cuts_very_long_first_line_title() -> None:
    first_line = "Long " * 100
    article = parse_article(f"{first_line}\nBody.\n".encode(), "long.txt")
    assert isinstance(article, Article)
    assert len(article.title) == 200
    assert article.title.endswith("…")
    assert first_line.startswith(article.title[:-1])


@pytest.mark.parametrize(
    ("front_matter", "published", "warnings"),
    [
        ("published: 2021-07-20", date(2021, 7, 20), ()),
        ('published: "2021-07-20"', date(2021, 7, 20), ()),
        ("published: 2021-07-20T23:30:00+05:00", date(2021, 7, 20), ()),
        ("published: 2021-07-20 09:15:00", date(2021, 7, 20), ()),
        ("published:", None, (NO_PUBLISHED_WARNING,)),
        ("source: Steppe Wire", None, (NO_PUBLISHED_WARNING,)),
        (
            "published: 2022-01-31\nsection: defence",
            date(2022, 1, 31),
            ("unknown front matter field 'section' ignored",),
        ),
    ],
)
def test_parse_article_reads_published(
    front_matter: str, published: date | None, warnings: tuple[str, ...]
) -> None:
    article = parse_article(f"---\n{front_matter}\n---\nText.\n".encode(), "a.md")
    assert isinstance(article, Article)
    assert article.published == published
    assert article.warnings == warnings


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        (
            "published: 2021",
            "published '2021' is not a date (expected YYYY-MM-DD, e.g. 2021-07-20)",
        ),
        (
            "published: 20.07.2021",
            "published '20.07.2021' is not a date (expected YYYY-MM-DD, e.g. 2021-07-20)",
        ),
        ("title: [a, b]", "front matter field 'title' is a list, expected plain text"),
        (
            "just a sentence",
            "front matter is a single value ('just a sentence'), not a set of 'field: value' lines",
        ),
        (
            'title: "unclosed',
            "invalid YAML in the front matter at line 2: found unexpected end of stream",
        ),
    ],
)
def test_parse_article_rejects_bad_front_matter(front_matter: str, message: str) -> None:
    raw = f"---\n{front_matter}\n---\nText.\n".encode()
    assert parse_article(raw, "a.md") == Problem("a.md", message)


def test_parse_article_reads_all_fields_and_keeps_html() -> None:
    raw = (
        b"---\ntitle: T\nsource: S\nurl: https://example.org/x\npublished: 2021-10-19\n"
        b"author: A\nlanguage: en\nnotes: N\n---\n<p>Drill <script>x()</script></p>\n"
    )
    article = parse_article(raw, "x.md")
    assert isinstance(article, Article)
    fields = (article.title, article.source, article.url, article.author)
    assert fields == ("T", "S", "https://example.org/x", "A")
    assert (article.language, article.notes) == ("en", "N")
    assert article.body == "<p>Drill <script>x()</script></p>\n"


# --- ids --------------------------------------------------------------------------


def _expected_id(stem_slug: str, normalised: str) -> str:
    return f"{stem_slug}-{hashlib.sha256(normalised.encode()).hexdigest()[:8]}"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("000_b1421c71e36eabd6.md", "000-b1421c71e36eabd6"),
        ("Steppe Wire — Drills!.txt", "steppe-wire-drills"),
        ("Харбмайдон.md", "article"),
        ("Kharb-Maïdon report.md", "kharb-maidon-report"),
    ],
)
def test_parse_article_id_is_stem_slug_and_content_hash(name: str, slug: str) -> None:
    article = parse_article(GOOD_MD.encode(), name)
    assert isinstance(article, Article)
    assert article.id == _expected_id(slug, GOOD_MD)


def test_load_corpus_ids_stable_across_runs_and_folders(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.md").write_text(GOOD_MD, encoding="utf-8")
    first = load_corpus([tmp_path / "a"]).articles[0].id
    again = load_corpus([tmp_path / "a"]).articles[0].id
    elsewhere = load_corpus([tmp_path / "b"]).articles[0].id
    assert first == again == elsewhere
    (tmp_path / "a" / "report.md").write_text(GOOD_MD.replace("Tuesday", "Monday"), "utf-8")
    assert load_corpus([tmp_path / "a"]).articles[0].id != first


def test_load_corpus_reprint_under_other_name_loads(tmp_path: Path) -> None:
    (tmp_path / "outlet-one.md").write_text(GOOD_MD, encoding="utf-8")
    (tmp_path / "outlet-two.md").write_text(GOOD_MD, encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.problems == []
    assert len({a.id for a in corpus.articles}) == 2


# --- folders ----------------------------------------------------------------------


def test_load_corpus_searches_folders_recursively(tmp_path: Path) -> None:
    files = {
        "top.md": True,
        "a/b/c/deep.txt": True,
        "a/second.markdown": True,
        "a/UPPER.MD": True,
        "a/README.md": False,
        "METADATA.md": False,
        "a/readme.md": False,
        ".hidden.md": False,
        ".git/inside.md": False,
        "a/.cache/inside.txt": False,
        "data.json": False,
        "image.png": False,
    }
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Headline for {name}\n\nA drill was held at {name}.\n", "utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.problems == []
    assert _loaded_names(corpus, tmp_path) == sorted(n for n, wanted in files.items() if wanted)


def test_load_corpus_result_does_not_depend_on_argument_order(tmp_path: Path) -> None:
    for name in ("x/one.md", "y/two.txt", "y/three.md"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Title {name}\n\nText of {name}.\n", "utf-8")
    forward = load_corpus([tmp_path / "x", tmp_path / "y", tmp_path / "y" / "two.txt"])
    backward = load_corpus([tmp_path / "y" / "two.txt", tmp_path / "y", tmp_path / "x"])
    assert forward == backward
    assert forward.problems == []  # a file reached twice is read once
    assert len(forward.articles) == 3


def test_load_corpus_reads_explicit_readme(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("Named on purpose\n\nText.\n", "utf-8")
    assert [a.title for a in load_corpus([readme]).articles] == ["Named on purpose"]


# --- boilerplate ------------------------------------------------------------------

BOILERPLATE_CASES = [
    ("Intro line\n--\nText\nSource link\n", ["--", "Source link"]),
    (
        "Text\n\nNo comments:\nPost a Comment\nOnly News",
        ["No comments:", "Post a Comment", "Only News"],
    ),
    (
        "  Leave a reply  \nBE THE FIRST TO COMMENT\n",
        ["  Leave a reply  ", "BE THE FIRST TO COMMENT"],
    ),
    (
        "Your email address will not be published.\nLeave a Comment",
        ["Your email address will not be published.", "Leave a Comment"],
    ),
    (
        "Share this:\nClick to share on Telegram (Opens in new window)\nLike this:\nLoading...",
        [
            "Share this:",
            "Click to share on Telegram (Opens in new window)",
            "Like this:",
            "Loading...",
        ],
    ),
    ("***\n___\n===\n* * *\n———", ["***", "___", "===", "* * *", "———"]),
    (
        "Related\nRead more\nRead more: Another story\nAdvertisement\nComments",
        ["Related", "Read more", "Read more: Another story", "Advertisement", "Comments"],
    ),
    (
        "Share on Facebook\nShare on Twitter\nFollow us on Telegram\nSubscribe to our newsletter",
        [
            "Share on Facebook",
            "Share on Twitter",
            "Follow us on Telegram",
            "Subscribe to our newsletter",
        ],
    ),
    (
        "© 2021 Steppe Wire\nCopyright 2022 Pamir Courier\nAll rights reserved.",
        ["© 2021 Steppe Wire", "Copyright 2022 Pamir Courier", "All rights reserved."],
    ),
    # The headlines listed under a heading of links, up to the first line of prose.
    (
        "Read more:\n- CSTO to hold Rubezh drill in Kyrgyzstan next year\n\n"
        "- Tajik and Uzbek border guards hold first joint drills\n"
        "Russian troops held drills at Lyaur on Monday.\nKazakh troops begin drills",
        [
            "Read more:",
            "- CSTO to hold Rubezh drill in Kyrgyzstan next year",
            "- Tajik and Uzbek border guards hold first joint drills",
        ],
    ),
    (
        "More on this story:\nKazakh troops begin drills at Otar\nThe drills ended on Friday.",
        ["More on this story:", "Kazakh troops begin drills at Otar"],
    ),
    # "Also read" as well as "Read also", and headlines with their date stamps
    (
        "Also read:\n* Kazakh paratroopers arrive in Tajikistan — 12.10.2022\n"
        "Russian troops in Tajikistan hold night drills at Lyaur (29.09.2022)\n"
        "Related: Kyrgyzstan calls off CSTO drills\nThe drills ended on Friday.",
        [
            "Also read:",
            "* Kazakh paratroopers arrive in Tajikistan — 12.10.2022",
            "Russian troops in Tajikistan hold night drills at Lyaur (29.09.2022)",
            "Related: Kyrgyzstan calls off CSTO drills",
        ],
    ),
    # Prose that merely starts or ends with such words is not furniture.
    ("The drill ended on Friday - 29.09.2022 was its last day.\n", []),
    ("Leave a Reply was the name of the drill's radio channel.\n", []),
    ("Related talks were held in Dushanbe on Tuesday.\n", []),
    ("Copyright disputes are not our topic.\n", []),
    ("The drills - about 1,500 troops - ended.\n", []),
    ("Read more: " + "a headline that runs on " * 5, []),  # too long for furniture
    ("Subscribe " + "x" * 130, []),
    ("", []),
    # The sources an analysis cites: notes with a link or a quoted title, and all under
    # a "References" heading.
    (
        "Drills were held in October 2017 [4].\n"
        '[4] Eurasia Monitor, "Uzbekistan returns to the range," October 10, 2017.\n'
        "3. https://example.org/a-story, 1 October 2022",
        [
            '[4] Eurasia Monitor, "Uzbekistan returns to the range," October 10, 2017.',
            "3. https://example.org/a-story, 1 October 2022",
        ],
    ),
    (
        "Troops drilled.\n\n## References\n\nCSTO Joint Staff, statement, 1 October 2022\n"
        "Another source, 2 October 2022",
        [
            "## References",
            "CSTO Joint Staff, statement, 1 October 2022",
            "Another source, 2 October 2022",
        ],
    ),
    ("3. Troops drilled at Termez on 5 May.", []),  # a numbered point, not a note
    # A table's header row and rule name its columns; the rows are text.
    (
        "| Exercise | Host | Troops |\n|---|---|---|\n| Rubezh-2021 | Kyrgyzstan | 500 |",
        ["| Exercise | Host | Troops |", "|---|---|---|"],
    ),
]


@pytest.mark.parametrize(("body", "lines"), BOILERPLATE_CASES)
def test_boilerplate_spans_finds_furniture_lines(body: str, lines: list[str]) -> None:
    spans = boilerplate_spans(body)
    assert [body[start:end] for start, end in spans] == lines
    for start, end in spans:  # each span is a whole line
        assert start == 0 or body[start - 1] == "\n"
        assert end == len(body) or body[end] == "\n"


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        ("Intro\n--\nText\nSource link\n", ((6, 8), (14, 25))),
        ("--\nRussia has just concluded drills.", ((0, 2),)),
        ("A\n\n  Only News", ((3, 14),)),
    ],
)
def test_boilerplate_spans_offsets_exact(body: str, spans: tuple[tuple[int, int], ...]) -> None:
    assert boilerplate_spans(body) == spans


def test_parse_article_stores_boilerplate_spans_in_body() -> None:
    article = parse_article(GOOD_MD.encode(), "drill.md")
    assert isinstance(article, Article)
    assert [article.body[s:e] for s, e in article.boilerplate] == ["Leave a Reply"]


# --- pasted text ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "title", "published", "expected_title", "warnings"),
    [
        ("Drills began.\r\nMore.", "Pasted drill", date(2021, 8, 5), "Pasted drill", ()),
        ("\ufeffFirst line\nMore.", "  ", None, "First line", (NO_PUBLISHED_WARNING,)),
    ],
)
def test_article_from_text_builds_article(
    body: str, title: str, published: date | None, expected_title: str, warnings: tuple[str, ...]
) -> None:
    article = article_from_text(body, title=title, published=published, url="https://example.org")
    normalised = body.removeprefix("\ufeff").replace("\r\n", "\n")
    assert article.body == normalised
    assert article.title == expected_title
    assert article.warnings == warnings
    assert article.path == "<pasted>"
    assert article.id == _expected_id("pasted", normalised)
    assert article.url == "https://example.org" and article.source is None


@pytest.mark.parametrize("body", ["", "  \n\t\r\n"])
def test_article_from_text_rejects_empty_text(body: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        article_from_text(body, title="x", published=None)


# --- seeds ------------------------------------------------------------------------

# sha256 of the original seed files in ../shared/seeds/, computed when the seeds were
# converted; the Markdown bodies must stay byte-for-byte identical to them.
SEED_CASES = [
    (
        "000_b1421c71e36eabd6",
        "Russia pursues diplomacy backed by military exercise to stabilise Eurasia "
        "amid Taliban surge & fears of ISIS",
        date(2021, 7, 20),
        "https://militarymen.in/russia-pursues-diplomacy-backed-by-military-exercise-"
        "to-stabilise-eurasia-amid-taliban-surge-fears-of-isis/",
        "21bec599b08831f74a087cfa2f4edc94a9052d3843205ce9ed7513573495d1ce",
        [
            "Source link",
            "Be the first to comment",
            "Leave a Reply",
            "Your email address will not be published.",
        ],
    ),
    (
        "003_12aada7befbc528d",
        "Why did Russia hold military drills on the Tajik-Afghan border?",
        date(2021, 10, 19),
        "https://theglobalherald.com/news/why-did-russia-hold-military-drills-on-the-"
        "tajik-afghan-border-dw-news/",
        "0518c2fc5932a6551562aa6c3f431cff068e2541d2d69b73e3d4d2b2cae6a5ce",
        ["--", "No comments:", "Post a Comment", "Only News"],
    ),
]


@pytest.mark.parametrize(("stem", "title", "published", "url", "sha256", "furniture"), SEED_CASES)
def test_seeds_load_with_metadata_and_verbatim_body(
    stem: str,
    title: str,
    published: date,
    url: str,
    sha256: str,
    furniture: list[str],
) -> None:
    corpus = load_corpus([SEEDS])
    assert corpus.problems == []
    article = next(a for a in corpus.articles if Path(a.path).stem == stem)
    assert (article.title, article.published, article.url) == (title, published, url)
    assert article.language == "en"
    assert article.source
    assert article.notes and "inferred" in article.notes
    assert article.warnings == ()
    assert hashlib.sha256(article.body.encode("utf-8")).hexdigest() == sha256
    assert [article.body[s:e] for s, e in article.boilerplate] == furniture


def test_seeds_folder_holds_exactly_the_two_seeds() -> None:
    corpus = load_corpus([SEEDS])
    assert sorted(Path(a.path).name for a in corpus.articles) == [
        "000_b1421c71e36eabd6.md",
        "003_12aada7befbc528d.md",
    ]


# --- test articles ----------------------------------------------------------------


def _expected() -> dict:
    return yaml.safe_load((ARTICLES / "EXPECTED.yaml").read_text(encoding="utf-8"))["articles"]


def test_test_articles_all_load_without_problems() -> None:
    corpus = load_corpus([ARTICLES])
    assert corpus.problems == []
    assert len(corpus.articles) >= 10
    assert sorted(Path(a.path).name for a in corpus.articles) == sorted(_expected())
    assert len({a.id for a in corpus.articles}) == len(corpus.articles)


@pytest.mark.parametrize("name", sorted(p.name for p in ARTICLES.glob("[0-9]*")))
def test_test_article_matches_expected_file(name: str) -> None:
    path = ARTICLES / name
    assert 1024 <= path.stat().st_size <= 4096
    article = parse_article(path.read_bytes(), str(path))
    assert isinstance(article, Article)
    expected = _expected()[name]
    assert article.published == expected["published"]
    if article.published is None:
        assert article.warnings == (NO_PUBLISHED_WARNING,)
    else:
        assert article.source and re.match(r"https://example\.org/", article.url or "")
    lines = [article.body[s:e] for s, e in article.boilerplate]
    assert lines == expected.get("boilerplate_lines", [])
    for event in expected["events"]:
        assert event["kind"] in EVENT_KINDS
        assert event["time_precision"] in TIME_PRECISIONS
        if event["start"] and event["end"]:
            assert event["start"] <= event["end"]
        assert event["participants"] == sorted(event["participants"])
        assert all(re.fullmatch(r"[A-Z]{3}", code) for code in event["participants"])


def test_test_articles_keep_html_as_text() -> None:
    path = ARTICLES / "11_lake-city-post_indestructible-brotherhood-html.md"
    article = parse_article(path.read_bytes(), str(path))
    assert isinstance(article, Article)
    assert "<script>alert(" in article.body
    assert "onerror=" in article.body


def test_fast_and_pure_python_front_matter_loaders_agree():
    # The corpus reads front matter with libyaml when present and words errors with the
    # pure-Python loader; both must read every real header the same way.
    import yaml

    from dashboard import corpus as corpus_module

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "seeds").glob("*.md")) + sorted((root / "tests/data/articles").glob("*"))
    headers = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        header = text.split("\n---\n", 1)[0][4:]
        fast = yaml.load(header, Loader=corpus_module._FrontMatterLoader)
        slow = yaml.load(header, Loader=corpus_module._PyFrontMatterLoader)
        assert fast == slow and isinstance(fast, dict)
        headers += 1
    assert headers >= 10
