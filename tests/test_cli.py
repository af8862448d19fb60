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


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory):
    """Enough generated articles to use the process pool, plus a bad file and a reprint."""
    from dashboard.bench.generate import write_corpus
    from dashboard.pipeline import PARALLEL_MIN_FILES

    folder = tmp_path_factory.mktemp("mixed")
    write_corpus(PARALLEL_MIN_FILES + 40, folder, seed=7)
    first = sorted(folder.glob("*.md"))[3]
    # A copy in a subfolder keeps its stem and text: same id, so a duplicate.
    (folder / "zz").mkdir()
    (folder / "zz" / first.name).write_bytes(first.read_bytes())
    (folder / "broken.md").write_bytes(b"---\ntitle: [unclosed\n---\nbody\n")
    (folder / "latin1.txt").write_bytes("Caf\xe9 drills in Termez on 3 May 2022.".encode("cp1252"))
    return folder


def test_cli_workers_give_the_same_output_as_one_process(tmp_path, mixed_corpus):
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.json"
        proc = _extract(mixed_corpus, "--workers", workers, "--out", out)
        assert proc.returncode == 1, proc.stderr  # the bad files are problems
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    doc = json.loads(outputs[1])
    assert len(doc["articles"]) >= 200 and len(doc["events"]) >= 100
    errors = sorted(p["error"].split(" ")[0] for p in doc["problems"])
    assert errors == ["duplicate", "invalid", "not"]  # reprint, bad YAML, not UTF-8


def test_cli_negative_workers_is_a_usage_error():
    assert _extract(SEEDS, "--workers", "-1").returncode == 2


def test_cli_writes_an_open_end_as_null_in_json_and_empty_in_csv(tmp_path):
    (tmp_path / "began.md").write_text(
        "---\ntitle: Drills begin\npublished: 2023-03-08\n---\n"
        "Kazakh and Kyrgyz troops began joint drills at the Edelweiss range on Monday.\n",
        encoding="utf-8",
    )
    proc = _extract(tmp_path)
    assert proc.returncode == 0, proc.stderr
    (event,) = json.loads(proc.stdout)["events"]
    assert (event["start"], event["end"]) == ("2023-03-06", None)
    csv_path = tmp_path / "out.csv"
    proc = _extract(tmp_path, "--format", "csv", "--out", csv_path)
    assert proc.returncode == 0, proc.stderr
    (row,) = csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8")))
    assert (row["start"], row["end"]) == ("2023-03-06", "")


class _NoPlaces:
    """A gazetteer that cannot look anything up: the extractor fails on every article."""


def test_an_article_the_extractor_fails_on_is_a_problem_and_the_rest_goes_on(tmp_path):
    from dashboard.corpus import load_corpus
    from dashboard.pipeline import _read_and_extract, extract_events

    seeds = sorted((ROOT / "seeds").glob("*.md"))
    results = [pair for result in _read_and_extract(seeds, _NoPlaces()) for pair in result]
    kinds = [type(item).__name__ for item, _ in results]
    # each article stays, readable, followed by a problem that names the fault
    assert kinds == ["Article", "Problem"] * len(seeds)
    problem = results[1][0]
    assert problem.path == results[0][0].path
    assert "could not be read" in problem.error and "AttributeError" in problem.error
    problems: list = []
    articles = load_corpus([ROOT / "seeds"]).articles
    assert extract_events(articles, _NoPlaces(), problems) == []
    assert len(problems) == len(articles)
