"""HTML for the article reader: highlighted text, legend, metadata and event cards.

Every piece of text that comes from an article or an event passes through
``html.escape`` before it is placed in markup, so markup or script inside an
article is shown as text and never runs. Links are only emitted for http(s)
URLs. The output is meant for ``st.html``, which also ignores scripts.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable, Iterable, Sequence

from dashboard.model import Article, Event

# Highlight categories with their legend label and background colour.
CATEGORIES = {
    "date": ("Date", "#cfe8ff"),
    "place": ("Place", "#d5f5d0"),
    "country": ("Country or alliance", "#ffe0b8"),
    "number": ("Number (troops, hardware)", "#f6d0f0"),
    "equipment": ("Equipment", "#e4dcff"),
}
# Prefix of the element ids given to evidence sentences, numbered from 0.
EVIDENCE_ID_PREFIX = "da-evidence-"
# Height of the scrolling text box, in pixels.
TEXT_BOX_PX = 460
# URL schemes we are willing to turn into links.
SAFE_SCHEMES = ("http://", "https://")

READER_CSS = f"""
<style>
.da-text {{ white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.55;
  max-height: {TEXT_BOX_PX}px; overflow-y: auto; padding: 0.6rem 0.9rem;
  border: 1px solid #ddd; border-radius: 6px; background: #fff; color: #222; }}
.da-text mark {{ padding: 0 1px; border-radius: 3px; color: inherit; }}
.da-boilerplate {{ color: #9a9a9a; }}
.da-evidence {{ background: #fff3a8; box-shadow: 0 0 0 2px #f1c40f; border-radius: 2px;
  scroll-margin: 80px; }}
.da-legend span {{ display: inline-block; margin: 0 0.5rem 0.3rem 0; padding: 0 0.4rem;
  border-radius: 3px; font-size: 0.85rem; }}
.da-card {{ border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 0.7rem;
  margin-bottom: 0.5rem; background: #fafafa; font-size: 0.9rem; }}
.da-card.da-selected {{ border: 2px solid #111; background: #fffbe6; }}
.da-meta {{ font-size: 0.9rem; color: #444; }}
{"".join(f".da-{name} {{ background: {colour}; }}" for name, (_, colour) in CATEGORIES.items())}
</style>
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _clamp(spans: Iterable[Sequence], length: int) -> list[tuple[int, int, tuple]]:
    """Valid, in-bounds (start, end, rest) triples; empty or inverted spans dropped."""
    result = []
    for span in spans:
        start, end = max(0, int(span[0])), min(length, int(span[1]))
        if start < end:
            result.append((start, end, tuple(span[2:])))
    return result


def render_article_html(
    article: Article,
    spans: Iterable[tuple[int, int, str]],
    *,
    evidence: Iterable[tuple[int, int]] = (),
    boilerplate: Iterable[tuple[int, int]] | None = None,
) -> str:
    """The article body as escaped HTML with its highlights.

    ``spans`` are ``(start, end, category)`` offsets into ``article.body``,
    wrapped in ``<mark class="da-<category>">``; where spans overlap the
    shortest wins. ``evidence`` are ``(start, end)`` sentence ranges shown with
    a yellow background, the first segment of each carrying
    ``id="da-evidence-<k>"`` to scroll to. ``boilerplate`` ranges (default:
    ``article.boilerplate``) are dimmed. Out-of-range spans are ignored.
    """
    body = article.body
    length = len(body)
    marks = _clamp(spans, length)
    marks = [(s, e, rest) for s, e, rest in marks if rest and rest[0] in CATEGORIES]
    evidence_ranges = _clamp(evidence, length)
    dimmed = _clamp(article.boilerplate if boilerplate is None else boilerplate, length)
    cuts = {0, length}
    for group in (marks, evidence_ranges, dimmed):
        for start, end, _ in group:
            cuts.update((start, end))
    bounds = sorted(cuts)
    pieces = []
    open_key: tuple[bool, int | None] | None = None
    ids_given: set[int] = set()
    for a, b in itertools.pairwise(bounds):
        if a == b:
            continue
        covering = [(e - s, rest[0]) for s, e, rest in marks if s <= a and b <= e]
        category = min(covering)[1] if covering else None
        ev = next((k for k, (s, e, _) in enumerate(evidence_ranges) if s <= a and b <= e), None)
        dim = any(s <= a and b <= e for s, e, _ in dimmed)
        key = (dim, ev)
        if key != open_key:
            if open_key is not None:
                pieces.append("</span>")
            classes = []
            if dim:
                classes.append("da-boilerplate")
            if ev is not None:
                classes.append("da-evidence")
            attrs = f' class="{" ".join(classes)}"' if classes else ""
            if ev is not None and ev not in ids_given:
                ids_given.add(ev)
                attrs += f' id="{EVIDENCE_ID_PREFIX}{ev}"'
            pieces.append(f"<span{attrs}>")
            open_key = key
        text = _esc(body[a:b])
        if category:
            text = f'<mark class="da-{category}">{text}</mark>'
        pieces.append(text)
    if open_key is not None:
        pieces.append("</span>")
    return f'{READER_CSS}<div class="da-text">{"".join(pieces)}</div>'


def legend_html() -> str:
    """A one-line legend of the highlight colours, evidence and boilerplate."""
    chips = [
        f'<span class="da-{name}">{_esc(label)}</span>' for name, (label, _) in CATEGORIES.items()
    ]
    chips.append('<span class="da-evidence">Evidence for the selected event</span>')
    chips.append('<span class="da-boilerplate">Site boilerplate (ignored)</span>')
    return f'{READER_CSS}<div class="da-legend">{"".join(chips)}</div>'


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (no javascript: or data: links)."""
    if url and url.strip().lower().startswith(SAFE_SCHEMES):
        return url.strip()
    return None


def article_meta_html(article: Article) -> str:
    """Title, source, link and published date of an article, escaped."""
    parts = [f"<h4>{_esc(article.title or article.id)}</h4>"]
    published = article.published.isoformat() if article.published else "unknown"
    facts = [
        f"<b>Source:</b> {_esc(article.source or 'unknown')}",
        f"<b>Published:</b> {_esc(published)}",
    ]
    if article.author:
        facts.append(f"<b>Author:</b> {_esc(article.author)}")
    link = safe_url(article.url)
    if link:
        facts.append(
            f'<b>Link:</b> <a href="{_esc(link)}" target="_blank" rel="noopener noreferrer">'
            f"{_esc(link)}</a>"
        )
    parts.append(f'<div class="da-meta">{" · ".join(facts)}</div>')
    return READER_CSS + "".join(parts)


def event_card_html(
    event: Event,
    *,
    selected: bool = False,
    country_name: Callable[[str], str] = lambda code: code,
) -> str:
    """A compact card for one event: title, when, where, who, how many."""
    first = event.first_day
    when = event.date_text or (first.isoformat() if first else "date unknown")
    if first:
        if event.open_end == "end":
            span = f"from {first.isoformat()}, end not reported"
        elif event.open_end == "start":
            span = f"until {first.isoformat()}, start not reported"
        else:
            span = first.isoformat()
            if event.end != event.start:
                span += f" – {event.end.isoformat()}"
        when += f" [{span}, {event.time_precision}]"
    rows = [f"<b>{_esc(event.title)}</b> <small>({_esc(event.kind)})</small>"]
    if event.also_named:
        rows.append(f"Also named: {_esc(', '.join(event.also_named))}")
    rows.append(f"When: {_esc(when)}")
    if event.place:
        rows.append(f"Where: {_esc(event.place)} ({_esc(event.geo_precision)})")
    host = country_name(event.host_country) if event.host_country else "unknown"
    who = ", ".join(country_name(code) for code in event.participants) or "unknown"
    rows.append(f"Host: {_esc(host)} · Participants: {_esc(who)}")
    if event.alliances:
        rows.append(f"Alliances: {_esc(', '.join(event.alliances))}")
    numbers = []
    if event.troops is not None:
        numbers.append(f"{event.troops:,} troops")
    if event.hardware is not None:
        numbers.append(f"{event.hardware:,} units of hardware")
    if event.equipment:
        numbers.append(", ".join(event.equipment))
    if numbers:
        rows.append(_esc("; ".join(numbers)))
    rows.append(f"Sources: {len({ref.article_id for ref in event.sources})}")
    css = "da-card da-selected" if selected else "da-card"
    return f'{READER_CSS}<div class="{css}">{"<br>".join(rows)}</div>'
