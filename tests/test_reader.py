"""Reader HTML: escaping, highlight marks, evidence anchors, boilerplate, cards."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from dashboard.model import Article, Event, SourceRef
from dashboard.reader import (
    CATEGORIES,
    EVIDENCE_ID_PREFIX,
    article_meta_html,
    event_card_html,
    legend_html,
    render_article_html,
    safe_url,
)

BODY = (
    "Troops from three countries trained on 5 August near Termez.\n"
    "About 1,500 soldiers took part.\n"
    "Leave a Reply\n"
)
ARTICLE = Article(
    id="art",
    title="Drills near Termez",
    body=BODY,
    path="art.md",
    source="Wire",
    url="https://example.org/drills",
    published=date(2021, 8, 6),
    boilerplate=((BODY.index("Leave"), len(BODY) - 1),),
)


def _find(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


class _Tags(HTMLParser):
    """Collects (tag, attrs, text inside) to check the structure without regexes."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.found: list[tuple[str, dict, str]] = []
        self.text: list[str] = []
        self.balance = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "div", "span", "mark"):
            self.balance += 1
        self.stack.append((tag, dict(attrs), len(self.text)))

    def handle_endtag(self, tag):
        if tag in ("style", "div", "span", "mark"):
            self.balance -= 1
        name, attrs, at = self.stack.pop()
        assert name == tag
        self.found.append((tag, attrs, "".join(self.text[at:])))

    def handle_data(self, data):
        # Only text inside our <div> containers counts; CSS and layout newlines do not.
        if any(tag == "div" for tag, _, _ in self.stack):
            self.text.append(data)


def _parse(markup: str) -> _Tags:
    tags = _Tags()
    tags.feed(markup)
    tags.close()
    assert tags.balance == 0
    return tags


@pytest.mark.parametrize(
    ("text", "category"),
    [("5 August", "date"), ("Termez", "place"), ("1,500 soldiers", "number")],
)
def test_render_article_html_marks_spans_by_category(text, category):
    start, end = _find(text)
    tags = _parse(render_article_html(ARTICLE, [(start, end, category)]))
    marks = [(attrs["class"], inner) for tag, attrs, inner in tags.found if tag == "mark"]
    assert marks == [(f"da-{category}", text)]


def test_render_article_html_keeps_all_text_in_order():
    spans = [(*_find("5 August"), "date"), (*_find("Termez"), "place")]
    tags = _parse(render_article_html(ARTICLE, spans, evidence=[_find("About 1,500 soldiers")]))
    assert "".join(tags.text) == BODY


@pytest.mark.parametrize(
    "payload",
    [
        "<script>window.__pwned = 1</script>",
        '<img src=x onerror="window.__pwned=1">',
        "</div><iframe src=javascript:alert(1)></iframe>",
        "&lt;already escaped&gt; & <b>bold</b>",
    ],
)
def test_render_article_html_escapes_markup(payload):
    body = f"Intro line.\n{payload}\nEnd."
    article = Article(id="x", title="t", body=body, path="x.txt")
    spans = [(body.index(payload), body.index(payload) + 8, "place")]
    markup = render_article_html(article, spans, evidence=[(0, len(body))])
    tags = _parse(markup)
    assert {tag for tag, _, _ in tags.found} <= {"style", "div", "span", "mark"}
    assert "".join(tags.text) == body


def test_render_article_html_gives_evidence_ids_once_each():
    first, second = _find("Troops from three"), _find("About 1,500")
    spans = [(*_find("Termez"), "place")]
    markup = render_article_html(
        ARTICLE, spans, evidence=[(first[0], BODY.index("\n")), (second[0], second[1] + 20)]
    )
    ids = re.findall(r'id="([^"]+)"', markup)
    assert ids == [f"{EVIDENCE_ID_PREFIX}0", f"{EVIDENCE_ID_PREFIX}1"]
    evidence_text = "".join(
        inner
        for tag, attrs, inner in _parse(markup).found
        if "da-evidence" in attrs.get("class", "")
    )
    assert "near Termez." in evidence_text


@pytest.mark.parametrize(
    ("boilerplate", "dimmed"),
    [(None, "Leave a Reply"), ((), None), (((0, 6),), "Troops")],
)
def test_render_article_html_dims_boilerplate(boilerplate, dimmed):
    tags = _parse(render_article_html(ARTICLE, [], boilerplate=boilerplate))
    found = [
        inner for tag, attrs, inner in tags.found if "da-boilerplate" in attrs.get("class", "")
    ]
    assert found == ([dimmed] if dimmed else [])


@pytest.mark.parametrize(
    "spans",
    [[(-5, 3, "date")], [(10, 10_000, "place")], [(20, 10, "number")], [(0, 4, "unknown-kind")]],
)
def test_render_article_html_survives_bad_spans(spans):
    tags = _parse(render_article_html(ARTICLE, spans))
    assert "".join(tags.text) == BODY


def test_legend_html_lists_every_category():
    tags = _parse(legend_html())
    labels = [inner for tag, _, inner in tags.found if tag == "span"]
    for label, _ in CATEGORIES.values():
        assert label in labels


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a", True),
        ("http://example.org/a", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        (None, False),
    ],
)
def test_article_meta_html_links_only_web_urls(url, linked):
    article = Article(id="m", title="<b>T</b>", body="b", path="m.md", url=url, source="S")
    markup = article_meta_html(article)
    assert ("<a href=" in markup) is linked
    assert (safe_url(url) is not None) is linked
    assert "<b>T</b>" not in markup


def test_event_card_html_shows_facts_escaped():
    event = Event(
        id="e",
        kind="exercise",
        title="Drill <script>",
        start=date(2021, 8, 5),
        end=date(2021, 8, 10),
        time_precision="day",
        date_text="August 5-10",
        host_country="TJK",
        participants=["RUS", "TJK"],
        troops=2500,
        sources=[SourceRef("a", "q", 0, 1)],
        name="Search-2021",
        also_named=["Echelon-2021", "<b>X</b>"],
    )
    markup = event_card_html(
        event, selected=True, country_name=lambda c: {"TJK": "Tajikistan"}.get(c, c)
    )
    assert "<script>" not in markup and "<b>X" not in markup
    for fragment in (
        "August 5-10",
        "2021-08-05 – 2021-08-10",
        "Tajikistan",
        "2,500 troops",
        "Also named: Echelon-2021, &lt;b&gt;X",
    ):
        assert fragment in markup
    assert "da-selected" in markup


@pytest.mark.parametrize(
    ("start", "end", "fragment"),
    [
        (date(2021, 8, 5), None, "from 2021-08-05, end not reported"),
        (None, date(2021, 8, 9), "until 2021-08-09, start not reported"),
    ],
)
def test_event_card_html_says_which_end_is_open(start, end, fragment):
    event = Event(
        id="e",
        kind="exercise",
        title="Drill",
        start=start,
        end=end,
        time_precision="day",
        date_text="on Thursday",
        sources=[SourceRef("a", "q", 0, 1)],
    )
    markup = event_card_html(event)
    assert fragment in markup
    assert "on Thursday" in markup
