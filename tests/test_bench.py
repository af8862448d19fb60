"""The benchmark's corpus generator and a small smoke run of the benchmark (issue 5).

Everything runs on the real gazetteer file and the real corpus loader. There are
no timing assertions: only determinism, the truth file's correctness and the
report's shape.
"""

from __future__ import annotations

import calendar
import csv
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from dashboard.bench import generate
from dashboard.bench.__main__ import main as bench_main
from dashboard.bench.run import Options, run_benchmark
from dashboard.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    """A 200-article corpus: enough for every drill count and most date forms."""
    out = tmp_path_factory.mktemp("bench-corpus")
    generate.write_corpus(200, out, seed=7)
    return out, generate.read_truth(out)


@pytest.fixture(scope="module")
def gazetteer_rows() -> dict[str, dict]:
    with generate.SITES_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


@pytest.mark.parametrize(("n", "seed"), [(1, 0), (12, 0), (12, 5), (40, 123)])
def test_generate_same_seed_gives_identical_bytes(tmp_path, n, seed):
    generate.write_corpus(n, tmp_path / "a", seed)
    generate.write_corpus(n, tmp_path / "b", seed)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(first) == n + 1  # the articles and truth.jsonl
    assert first == second


@pytest.mark.parametrize(("seed_a", "seed_b"), [(0, 1), (1, 2), (7, 700)])
def test_generate_different_seed_gives_different_articles(tmp_path, seed_a, seed_b):
    generate.write_corpus(10, tmp_path / "a", seed_a)
    generate.write_corpus(10, tmp_path / "b", seed_b)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first.keys() == second.keys()
    differing = [name for name in first if first[name] != second[name]]
    assert len(differing) >= 9


def test_generate_truth_dates_are_verbatim_in_loaded_bodies(corpus):
    """Each planted date phrase sits at its offsets in the body the project's loader reads."""
    directory, truth = corpus
    loaded = load_corpus([directory])
    assert not loaded.problems
    bodies = {Path(a.path).name: a.body for a in loaded.articles}
    assert len(bodies) == len(truth)
    checked = 0
    for record in truth:
        body = bodies[record["file"]]
        for phrase in record["dates"]:
            assert body[phrase["span_start"] : phrase["span_end"]] == phrase["text"]
            checked += 1
        for event in record["events"]:
            start, end = event["place_span"]
            assert body[start:end] == event["place_text"]
            for key in ("troops_span", "hardware_span"):
                if key in event:
                    assert any(ch.isdigit() or ch.isalpha() for ch in body[slice(*event[key])])
    assert checked > 400


def test_generate_truth_sites_exist_in_the_gazetteer(corpus, gazetteer_rows):
    _, truth = corpus
    for record in truth:
        for event in record["events"]:
            row = gazetteer_rows[event["site_id"]]
            spellings = {row["name"], *generate._split_aliases(row.get("aliases") or "")}
            cleaned = {s.split(" (")[0].strip().strip("\"'“”") for s in spellings}
            assert event["place_text"] in cleaned
            assert event["host"] == row["country"]


def test_generate_truth_counts_are_between_0_and_4(corpus):
    _, truth = corpus
    counts = [record["n_events"] for record in truth]
    assert all(record["n_events"] == len(record["events"]) for record in truth)
    assert set(counts) == {0, 1, 2, 3, 4}


def test_generate_bodies_are_2_to_5_kb(corpus):
    directory, truth = corpus
    for record in truth:
        text = (directory / record["file"]).read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1]
        assert generate.MIN_BODY_CHARS <= len(body.encode("utf-8")) <= generate.MAX_BODY_CHARS + 200


def test_generate_uses_several_spellings_and_date_forms(corpus):
    _, truth = corpus
    spellings: dict[str, set[str]] = {}
    for record in truth:
        for event in record["events"]:
            spellings.setdefault(event["site_id"], set()).add(event["place_text"])
    assert max(len(v) for v in spellings.values()) >= 3
    precisions = {d["precision"] for record in truth for d in record["dates"]}
    assert {"day", "month_part", "month"} <= precisions
    texts = [d["text"].lower() for record in truth for d in record["dates"]]
    assert any(t == "next month" for t in texts)
    assert any(t.startswith("from ") for t in texts)
    assert any(t in (n.lower() for n in calendar.day_name) for t in texts)


def _meaning_holds(phrase: dict, published: date) -> bool:
    """The stated interval is what the words mean, checked from the words alone."""
    text = phrase["text"].lower()
    start, end = date.fromisoformat(phrase["start"]), date.fromisoformat(phrase["end"])
    if text == "next month":
        first = (published.replace(day=1) + timedelta(days=32)).replace(day=1)
        return start == first and end.month == first.month and (end + timedelta(days=1)).day == 1
    if text in (n.lower() for n in calendar.day_name):
        delta = abs((start - published).days)
        return start == end and calendar.day_name[start.weekday()].lower() == text and delta <= 6
    if text.startswith(("early ", "mid-", "late ")):
        lo = {"early": 1, "mid": 11, "late": 21}[text.replace("-", " ").split()[0]]
        return start.day == lo and start.month == end.month
    if phrase["precision"] == "day" and start == end:
        return str(start.day) in text and calendar.month_name[start.month].lower() in text
    if phrase["precision"] == "day":
        return str(start.day) in text and str(end.day) in text
    return start <= end


@pytest.mark.parametrize("seed", [3, 11])
def test_generate_date_intervals_match_their_words(tmp_path, seed):
    generate.write_corpus(60, tmp_path, seed)
    for record in generate.read_truth(tmp_path):
        published = date.fromisoformat(record["published"])
        for phrase in record["dates"]:
            assert _meaning_holds(phrase, published), (phrase, record["published"])
        for event in record["events"]:
            # The phrase's interval always contains the drill's true days.
            assert event["start"] <= event["true_start"] <= event["true_end"] <= event["end"]


@pytest.mark.parametrize(
    ("day", "part", "first", "last"),
    [
        (date(2021, 4, 1), "early", 1, 10),
        (date(2021, 4, 10), "early", 1, 10),
        (date(2021, 4, 11), "mid", 11, 20),
        (date(2021, 4, 25), "late", 21, 30),
        (date(2024, 2, 29), "late", 21, 29),
        (date(2023, 2, 21), "late", 21, 28),
    ],
)
def test_generate_part_of_month_bounds(day, part, first, last):
    name, lo, hi = generate._part_of_month(day)
    assert (name, lo.day, hi.day) == (part, first, last)


def test_bench_cli_generate_writes_files(tmp_path):
    out = tmp_path / "cli"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard.bench",
            "generate",
            "6",
            "--out",
            str(out),
            "--seed",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.md"))) == 6
    assert len(generate.read_truth(out)) == 6


@pytest.mark.parametrize("sizes", ["0", "ten", "100,,x", "-5"])
def test_bench_cli_rejects_bad_sizes(sizes, capsys):
    with pytest.raises(SystemExit) as stopped:
        bench_main(["run", "--sizes", sizes, "--out", "-"])
    assert stopped.value.code == 2


# Table titles and their first header, in report order.
EXPECTED_TABLES = [
    ("Corpora", "articles"),
    ("Extraction throughput", "articles"),
    ("Merging across articles", "articles"),
    ("Merging at constant density", "share of the date span"),
    ("Extraction accuracy", "articles"),
    ("Date finding", "tool"),
    ("Geocoder", "cold import s"),
    ("Dashboard: server work", "events loaded"),
    ("Dashboard in headless Chromium", "corpus"),
    ("End to end", "command"),
    ("Targets", "what"),
    ("This benchmark process", "peak RSS MB"),
]


@pytest.mark.slow
def test_bench_run_smoke_report_shape(tmp_path):
    """Tiny sizes, no browser: every section is present with one row per measured item."""
    options = Options(
        sizes=(15, 30),
        seed=1,
        workers=2,
        work_dir=tmp_path,
        single_max=20,
        peer_sample=3,
        date_sample=30,
        dashboard_events=(20,),
        geocoder_lookups=300,
        apptest=False,
        browser=False,
    )
    report = run_benchmark(options)
    titles = [table.title for table in report.tables]
    assert len(titles) == len(EXPECTED_TABLES)
    for table, (title, first_header) in zip(report.tables, EXPECTED_TABLES, strict=True):
        assert table.title.startswith(title)
        assert table.headers[0] == first_header
        assert all(len(row) == len(table.headers) for row in table.rows)
    assert len(report.table(titles[0]).rows) == 2
    assert [row[0] for row in report.table(titles[1]).rows] == ["15", "30"]
    assert [row[0] for row in report.table(titles[3]).rows] == ["10%", "25%", "50%", "100%"]
    assert len(report.table(titles[5]).rows) == 4  # ours, our extraction, the peer, ours larger
    assert len(report.table(titles[7]).rows) == 1
    assert report.table(titles[8]).rows == []  # browser skipped
    assert report.table(titles[9]).rows[0][1] == "30"
    targets = report.table(titles[10])
    assert all(row[3] in ("pass", "**miss**", "not measured") for row in targets.rows)
    text = report.to_markdown()
    assert text.startswith("## Benchmark run ")
    for key in ("CPU", "cores", "RAM", "Python"):
        assert f"**{key}:**" in text


@pytest.mark.slow
def test_bench_cli_run_appends_to_the_report_file(tmp_path):
    out = tmp_path / "BENCH.md"
    out.write_text("# existing\n", encoding="utf-8")
    argv = ["run", "--sizes", "10", "--out", str(out), "--work-dir", str(tmp_path / "w")]
    argv += ["--no-dateparser", "--no-dashboard", "--no-browser", "--no-end-to-end", "--quiet"]
    argv += ["--geocoder-lookups", "50", "--workers", "1"]
    assert bench_main(argv) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# existing\n")
    assert text.count("## Benchmark run ") == 1
    assert "### Extraction throughput" in text


def test_floor_app_draws_one_chart_and_nothing_else(tmp_path):
    """The cold-start floor is a real Streamlit page: one Plotly chart with a trace."""
    import json

    from streamlit.testing.v1 import AppTest

    from dashboard.bench.run import FLOOR_APP

    script = tmp_path / "floor_app.py"
    script.write_text(FLOOR_APP, encoding="utf-8")
    app = AppTest.from_file(str(script)).run()
    assert not app.exception
    charts = app.get("plotly_chart")
    assert len(charts) == 1
    assert json.loads(charts[0].proto.spec)["data"][0]["type"] == "scatter"
    assert not app.markdown and not app.dataframe


def test_median_cold_start_skips_failures_and_names_the_repeats():
    from dashboard.bench.run import BrowserResult, _median_run

    runs = [
        BrowserResult("x", first_chart_s=4.0),
        BrowserResult("x", error="server did not start"),
        BrowserResult("x", first_chart_s=3.0),
        BrowserResult("x", first_chart_s=5.0),
    ]
    median = _median_run(runs)
    assert median.first_chart_s == 4.0
    assert median.label == "x (median of 3)"
    failed = [BrowserResult("y", error="boom")]
    assert _median_run(failed).error == "boom"


@pytest.mark.slow
def test_apptest_rerun_chooses_and_clears_the_country_filter(tmp_path):
    """The AppTest timing really alternates two views: it checks the filter after each
    rerun and reports an error when a turn left it unchanged."""
    from dashboard.bench.run import ROOT, DashboardResult, measure_apptest

    result = DashboardResult(target=10, n_articles=2, events=0)
    measure_apptest(result, ROOT / "seeds", tmp_path / "cache")
    assert result.apptest_error == ""
    assert result.apptest_first_s > 0
    assert result.apptest_rerun_ms > 0 and result.apptest_cleared_ms > 0
    assert result.chosen_payload_bytes > 1000  # both charts of the chosen view
