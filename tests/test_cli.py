"""The `extract` command: a public contract (schema, formats, exit codes)."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.export import EVENT_FIELDS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _extract(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture(scope="module")
def seeds_json():
    proc = _extract(SEEDS)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_cli_json_schema(seeds_json):
    assert set(seeds_json) == {"articles", "events", "problems"}
    assert len(seeds_json["articles"]) == 2
    assert seeds_json["problems"] == []
    for article in seeds_json["articles"]:
        assert set(article) == {"id", "title", "source", "url", "published", "path"}
    assert seeds_json["events"]
    for event in seeds_json["events"]:
        assert tuple(event) == EVENT_FIELDS
        assert event["kind"] in ("exercise", "deployment", "other")
        for source in event["sources"]:
            assert set(source) == {"article_id", "quote", "start", "end"}


def test_cli_event_ids_are_stable_across_runs(seeds_json):
    again = json.loads(_extract(SEEDS).stdout)
    assert [e["id"] for e in again["events"]] == [e["id"] for e in seeds_json["events"]]


def test_cli_quotes_index_the_article_body(seeds_json):
    from dashboard.corpus import load_corpus

    bodies = {a.id: a.body for a in load_corpus([SEEDS]).articles}
    for event in seeds_json["events"]:
        for s in event["sources"]:
            assert bodies[s["article_id"]][s["start"] : s["end"]] == s["quote"]


def test_cli_geojson_and_csv(tmp_path, seeds_json):
    out = tmp_path / "events.geojson"
    proc = _extract(SEEDS, "--format", "geojson", "--out", out)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    located = [e for e in seeds_json["events"] if e["lat"] is not None]
    assert len(doc["features"]) == len(located)
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["properties"]["lat"] == lat and feature["properties"]["lon"] == lon
        assert 60 < lon < 80 and 30 < lat < 45  # Central Asia, [lon, lat] order

    proc = _extract(SEEDS, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert len(rows) == len(seeds_json["events"])
    assert tuple(rows[0]) == EVENT_FIELDS


def test_cli_exit_code_1_for_problems_but_still_writes(tmp_path):
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    (tmp_path / "good.md").write_text(
        "---\ntitle: Good\npublished: 2021-08-01\n---\n"
        "Russia and Tajikistan held joint drills on August 3 near the Afghan border.\n",
        encoding="utf-8",
    )
    proc = _extract(tmp_path)
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert [a["title"] for a in doc["articles"]] == ["Good"]
    assert len(doc["problems"]) == 1 and doc["problems"][0]["path"].endswith("bad.md")
    assert "bad.md" in proc.stderr


@pytest.mark.parametrize("args", [[], ["--format", "xml", "seeds"], ["--nope"]])
def test_cli_usage_errors_exit_2(args):
    proc = _extract(*args)
    assert proc.returncode == 2


def test_cli_missing_path_is_a_problem(tmp_path):
    proc = _extract(tmp_path / "nowhere")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["problems"]
