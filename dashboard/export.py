"""The public output schema of ``python -m dashboard extract`` (JSON, CSV, GeoJSON).

The dashboard's downloads use these same functions, so the two never drift apart.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from dashboard.model import Article, Event, Problem

# Column order of the CSV export and key order of each JSON event.
EVENT_FIELDS = (
    "id",
    "kind",
    "title",
    "name",
    "also_named",
    "start",
    "end",
    "time_precision",
    "date_text",
    "host_country",
    "participants",
    "alliances",
    "place",
    "site_id",
    "lat",
    "lon",
    "geo_precision",
    "uncertainty_km",
    "border_country",
    "border_km",
    "troops",
    "hardware",
    "equipment",
    "sources",
)
# Separator for list values in CSV cells.
CSV_LIST_SEP = "; "


def event_record(event: Event) -> dict:
    """The JSON-ready dict of one event (dates as ``YYYY-MM-DD`` or None)."""
    rec = {}
    for name in EVENT_FIELDS:
        value = getattr(event, name)
        if name in ("start", "end"):
            value = value.isoformat() if value else None
        elif name == "sources":
            value = [
                {"article_id": s.article_id, "quote": s.quote, "start": s.start, "end": s.end}
                for s in value
            ]
        elif isinstance(value, list):
            value = list(value)
        rec[name] = value
    return rec


def article_record(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "path": article.path,
    }


def problem_record(problem: Problem) -> dict:
    return {"path": problem.path, "error": problem.error}


def to_json(
    articles: Iterable[Article], events: Iterable[Event], problems: Iterable[Problem]
) -> str:
    doc = {
        "articles": [article_record(a) for a in articles],
        "events": [event_record(e) for e in events],
        "problems": [problem_record(p) for p in problems],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def to_csv(events: Iterable[Event]) -> str:
    """One row per event; lists joined with ``CSV_LIST_SEP``; sources as article ids."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(EVENT_FIELDS)
    for event in events:
        rec = event_record(event)
        row = []
        for name in EVENT_FIELDS:
            value = rec[name]
            if name == "sources":
                value = CSV_LIST_SEP.join(
                    f"{s['article_id']}:{s['start']}-{s['end']}" for s in value
                )
            elif isinstance(value, list):
                value = CSV_LIST_SEP.join(value)
            row.append("" if value is None else value)
        writer.writerow(row)
    return buf.getvalue()


def to_geojson(events: Iterable[Event]) -> str:
    """A FeatureCollection of the events that have a point ([lon, lat], WGS84)."""
    features = []
    for event in events:
        if event.lat is None or event.lon is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": event.id,
                "geometry": {"type": "Point", "coordinates": [event.lon, event.lat]},
                "properties": event_record(event),
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
