"""The Streamlit app run in-process with AppTest against the real seed corpus.

Expected counts are computed from the real pipeline output with the same
pure filter the app uses, never hard-coded.
"""

import gc
import json
import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import startup
from dashboard.pipeline import run
from dashboard.selection import Selection, filter_events

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
SEEDS = ROOT / "seeds"
# Seconds AppTest may take for one run (the first one extracts the corpus).
TIMEOUT = 120

# An article written for these tests, in our own words.
UPLOAD_TEXT = (
    "Kyrgyz and Kazakh units held a joint exercise at a mountain training ground "
    "near Balykchy on 12 September 2022, with about 1,000 troops taking part.\n"
)


@pytest.fixture(scope="module")
def seeds():
    """The real pipeline output for the seed corpus."""
    return run([SEEDS])


@pytest.fixture
def app(monkeypatch, tmp_path):
    """A fresh AppTest pointed at the seeds, with uploads going nowhere shared."""
    monkeypatch.setenv("DRILL_ATLAS_CORPUS", str(SEEDS))
    monkeypatch.setenv("DRILL_ATLAS_USER_CORPUS", str(tmp_path / "user"))
    monkeypatch.delenv("DRILL_ATLAS_PERSIST_UPLOADS", raising=False)
    return AppTest.from_file(APP, default_timeout=TIMEOUT)


def _shown(at: AppTest) -> int:
    """The event count stated in the caption sentence."""
    for block in at.markdown:
        found = re.match(r"\*\*Showing (\d+) ", block.value)
        if found:
            return int(found.group(1))
    raise AssertionError("no caption with the event count")


def _param(at: AppTest, key: str) -> list[str]:
    """A query parameter as a list, whether AppTest holds one value or several."""
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def _open_upload_panel(at: AppTest) -> None:
    """Open the "Add articles" expander (its content only runs while it is open)."""
    at.session_state["add_articles"] = True
    at.run()


def _expected(seeds, **fields) -> int:
    return len(filter_events(seeds.events, seeds.articles, Selection(**fields)))


def _rarest(values) -> str:
    """The least common value, so that filtering by it changes the count."""
    return Counter(values).most_common()[-1][0]


def test_app_runs_and_shows_all_seed_events(app, seeds):
    app.run()
    assert not app.exception
    assert _shown(app) == len(seeds.events)
    assert len(app.selectbox(key="article_pick").options) == len(seeds.articles)
    # The first page went without cycle collections; what it left is frozen and the
    # collector is back on (see dashboard/startup.py).
    assert gc.isenabled()
    assert startup._first_page_done


def test_app_filter_by_country_changes_count(app, seeds):
    code = _rarest(c for e in seeds.events for c in {e.host_country, *e.participants} if c)
    app.run()
    app.multiselect(key="country").set_value([code]).run()
    assert not app.exception
    assert _shown(app) == _expected(seeds, countries=(code,)) < len(seeds.events)
    assert _param(app, "country") == [code]


def test_app_filter_by_kind_changes_count(app, seeds):
    kind = _rarest(e.kind for e in seeds.events)
    app.run()
    app.button_group(key="kind").set_value([kind]).run()
    assert _shown(app) == _expected(seeds, kinds=(kind,))


def test_app_filter_by_dates_changes_count(app, seeds):
    dated = sorted(e.start for e in seeds.events if e.start)
    window = (dated[0], dated[0] + timedelta(days=1))
    app.run()
    app.date_input(key="dates").set_value(window).run()
    assert not app.exception
    assert _shown(app) == _expected(seeds, date_from=window[0], date_to=window[1])
    assert _shown(app) < len(seeds.events)


def test_app_filter_by_outlet_changes_count(app, seeds):
    outlets = [a.source for a in seeds.articles if a.source]
    if not outlets:
        pytest.skip("the seed articles name no outlet")
    app.run()
    app.multiselect(key="outlet").set_value([outlets[0]]).run()
    assert _shown(app) == _expected(seeds, outlets=(outlets[0],))


@pytest.mark.parametrize("query", ["tank", "CSTO", "no such words anywhere"])
def test_app_filter_by_text_changes_count(app, seeds, query):
    app.run()
    app.text_input(key="q").input(query).run()
    assert _shown(app) == _expected(seeds, query=query)


def test_app_empty_result_shows_help_not_charts(app):
    app.run()
    app.text_input(key="q").input("no such words anywhere").run()
    assert not app.exception
    assert any("No events match" in block.value for block in app.info)


def test_app_query_params_set_filters(app, seeds):
    code = _rarest(c for e in seeds.events for c in {e.host_country, *e.participants} if c)
    kind = seeds.events[0].kind
    app.query_params["country"] = code
    app.query_params["kind"] = kind
    app.run()
    assert not app.exception
    assert app.multiselect(key="country").value == [code]
    assert _shown(app) == _expected(seeds, countries=(code,), kinds=(kind,))


def test_app_query_params_select_event_and_open_its_article(app, seeds):
    event = seeds.events[-1]
    app.query_params["event"] = event.id
    app.run()
    assert not app.exception
    assert app.session_state["selected_event"] == event.id
    assert app.selectbox(key="article_pick").value == event.sources[0].article_id
    assert _param(app, "event") == [event.id]


def test_app_query_params_open_article(app, seeds):
    article = seeds.articles[-1]
    app.query_params["article"] = article.id
    app.run()
    assert app.selectbox(key="article_pick").value == article.id
    assert any(article.title.split()[0] in block.value for block in app.get("html"))


def test_app_open_article_emphasises_its_events_in_both_charts(app, seeds):
    article = seeds.articles[-1]
    own = {e.id for e in seeds.events if any(r.article_id == article.id for r in e.sources)}
    app.query_params["article"] = article.id
    app.run()
    charts = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    assert len(charts) == 2
    timeline, figure = charts
    outlined = set()
    for trace in timeline["data"]:
        widths = (trace.get("marker", {}).get("line") or {}).get("width") or []
        outlined.update(i for i, w in zip(trace.get("customdata", []), widths, strict=True) if w)
    assert outlined == own
    ringed = {
        i
        for t in figure["data"]
        if t.get("name") == "Events of the open article"
        for i in t["customdata"]
    }
    assert ringed == {e.id for e in seeds.events if e.id in own and e.lat is not None}


@pytest.mark.parametrize(
    "params",
    [
        {"colour": "red"},
        {"event": "../../../etc/passwd"},
        {"country": "not a country"},
        {"dates": "yesterday"},
        {"event": "no-such-event"},
        {"article": "no-such-article"},
    ],
)
def test_app_malformed_params_give_notice(app, seeds, params):
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    notices = " ".join(block.value for block in app.info)
    assert "Ignored" in notices or "not" in notices
    assert "/etc" not in notices
    assert _shown(app) == len(seeds.events)


@pytest.mark.parametrize("chart", ["timeline_chart", "map_chart"])
def test_app_chart_click_selects_event(app, seeds, chart):
    event = next(e for e in seeds.events if e.start and e.lat is not None)
    app.run()
    app.session_state[chart] = {
        "selection": {"points": [{"customdata": event.id}], "point_indices": [0]}
    }
    app.run()
    assert not app.exception
    assert app.session_state["selected_event"] == event.id
    assert _param(app, "event") == [event.id]
    assert app.selectbox(key="article_pick").value == event.sources[0].article_id
    app.button(key="clear_selection").click().run()
    assert app.session_state["selected_event"] is None
    assert "event" not in app.query_params


def test_app_selection_dropped_when_filtered_out(app, seeds):
    event = seeds.events[0]
    app.query_params["event"] = event.id
    app.run()
    app.text_input(key="q").input("no such words anywhere").run()
    assert app.session_state["selected_event"] is None


def test_app_upload_adds_article(app, seeds):
    app.run()
    _open_upload_panel(app)
    app.file_uploader(key="uploader").upload("kyrgyz_drill.txt", UPLOAD_TEXT.encode(), "text/plain")
    app.run()
    assert not app.exception
    assert len(app.selectbox(key="article_pick").options) == len(seeds.articles) + 1
    assert any("this session only" in block.value for block in app.success)


def test_app_bad_upload_gets_clear_message(app, seeds):
    app.run()
    _open_upload_panel(app)
    app.file_uploader(key="uploader").upload("broken.md", b"\x00\x01\x02binary", "text/plain")
    app.run()
    assert not app.exception
    assert any("broken.md" in block.value for block in app.error)
    assert len(app.selectbox(key="article_pick").options) == len(seeds.articles)


def test_app_paste_adds_article(app, seeds):
    app.run()
    _open_upload_panel(app)
    app.text_input(key="paste_title").input("Mountain drill in Kyrgyzstan")
    app.text_input(key="paste_source").input("Test Wire")
    app.text_area(key="paste_text").input(UPLOAD_TEXT)
    app.button[[b.label for b in app.button].index("Add article")].click().run()
    assert not app.exception
    options = app.selectbox(key="article_pick").options
    assert len(options) == len(seeds.articles) + 1
    assert "Test Wire" in app.multiselect(key="outlet").options


def test_app_persisted_upload_goes_to_user_folder(app, seeds, monkeypatch, tmp_path):
    monkeypatch.setenv("DRILL_ATLAS_PERSIST_UPLOADS", "1")
    monkeypatch.setenv("DRILL_ATLAS_CORPUS", f"{SEEDS}:{tmp_path / 'user'}")
    seeds_before = sorted((p.name, p.stat().st_mtime_ns) for p in SEEDS.iterdir())
    app.run()
    _open_upload_panel(app)
    app.file_uploader(key="uploader").upload("kyrgyz_drill.txt", UPLOAD_TEXT.encode(), "text/plain")
    app.run()
    saved = list((tmp_path / "user").iterdir())
    assert [p.name for p in saved] == ["kyrgyz_drill.txt"]
    app.run()
    assert len(app.selectbox(key="article_pick").options) == len(seeds.articles) + 1
    assert sorted((p.name, p.stat().st_mtime_ns) for p in SEEDS.iterdir()) == seeds_before


def test_app_upload_panel_runs_only_when_open(app):
    app.run()
    assert not app.get("file_uploader")
    _open_upload_panel(app)
    assert app.file_uploader(key="uploader")
    assert not app.exception


def _table_ids(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["id"])


def test_app_table_lists_the_shown_events_in_order(app, seeds):
    code = _rarest(c for e in seeds.events for c in {e.host_country, *e.participants} if c)
    app.run()
    assert _table_ids(app) == [e.id for e in seeds.events]
    app.multiselect(key="country").set_value([code]).run()
    shown = filter_events(seeds.events, seeds.articles, Selection(countries=(code,)))
    assert _table_ids(app) == [e.id for e in shown]
    row = app.dataframe[0].value.iloc[0]
    assert row["sources"] == len({r.article_id for r in shown[0].sources})
    app.multiselect(key="country").set_value([]).run()
    assert _table_ids(app) == [e.id for e in seeds.events]


def test_app_map_draws_the_geojson_layers(app):
    app.run()
    spec = json.loads(app.get("plotly_chart")[1].proto.spec)
    assert spec["layout"]["map"]["style"] == "white-bg"
    layers = spec["layout"]["map"]["layers"]
    assert len(layers) >= 3
    assert all(layer["sourcetype"] == "geojson" and layer["source"]["features"] for layer in layers)


def test_app_as_a_spawned_workers_main_module_does_nothing():
    # A large corpus is read by spawned workers, and Streamlit makes this script their
    # main module (run as "__mp_main__"): it must neither draw nor load the corpus again.
    import subprocess
    import sys

    code = (
        "import runpy, sys; runpy.run_path('dashboard/app.py', run_name='__mp_main__'); "
        "print('dashboard.ui_data' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
    assert "streamlit run" not in proc.stderr


def _wait_for(predicate, timeout_s: float = 10.0) -> bool:
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_corpus_watcher_sees_new_and_changed_files_without_a_rerun(tmp_path):
    # The rerun after a click reads the watcher's digest; the file walk happens in its
    # thread. A new file, and an edit to one, must still change the digest.
    from dashboard.ui_data import CorpusWatcher, fingerprint_digest

    (tmp_path / "a.md").write_text("First article.", encoding="utf-8")
    watcher = CorpusWatcher((str(tmp_path),), interval=0.05)
    try:
        first = watcher.digest
        assert first == fingerprint_digest((str(tmp_path),))
        (tmp_path / "b.md").write_text("Second article.", encoding="utf-8")
        assert _wait_for(lambda: watcher.digest != first)
        second = watcher.digest
        (tmp_path / "a.md").write_text("First article, corrected at length.", encoding="utf-8")
        assert _wait_for(lambda: watcher.digest != second)
    finally:
        watcher.stop()
    assert _wait_for(lambda: not watcher._thread.is_alive())


def test_corpus_watcher_survives_a_vanished_folder(tmp_path):
    from dashboard.ui_data import CorpusWatcher

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.md").write_text("An article.", encoding="utf-8")
    watcher = CorpusWatcher((str(folder),), interval=0.05)
    try:
        before = watcher.digest
        (folder / "a.md").unlink()
        folder.rmdir()
        assert _wait_for(lambda: watcher.digest != before)
        assert watcher._thread.is_alive()
    finally:
        watcher.stop()


def test_hover_labels_are_built_with_the_corpus_and_match_the_figure_labels(seeds):
    from dashboard.actors import country_name
    from dashboard.figures import hover_text
    from dashboard.ui_data import Data

    data = Data(list(seeds.articles), list(seeds.events), list(seeds.problems))
    data.build_labels()
    assert "_hover_memo" in vars(data)
    assert [data.hover_text(e) for e in data.events] == [
        hover_text(e, country_name) for e in data.events
    ]
    assert all("Sources:" in data.hover_text(e) for e in data.events)
    # the brief labels of crowded charts, built once on first use
    from dashboard.figures import brief_hover_text

    assert "_brief_memo" not in vars(data)
    assert [data.brief_hover(e) for e in data.events] == [
        brief_hover_text(e, country_name) for e in data.events
    ]
    assert "_brief_memo" in vars(data)


@pytest.fixture(scope="module")
def large_corpus(tmp_path_factory):
    """More articles than the article picker lists (generated, in our own sentences)."""
    from dashboard.bench.generate import write_corpus
    from dashboard.ui_views import PICKER_LIMIT

    folder = tmp_path_factory.mktemp("large")
    write_corpus(PICKER_LIMIT + 40, folder, seed=5)
    return folder, run([folder])


def test_app_article_picker_of_a_large_corpus_lists_the_newest_and_finds_by_title(
    monkeypatch, tmp_path, large_corpus
):
    from dashboard.ui_views import PICKER_LIMIT

    folder, result = large_corpus
    monkeypatch.setenv("DRILL_ATLAS_CORPUS", str(folder))
    monkeypatch.setenv("DRILL_ATLAS_USER_CORPUS", str(tmp_path / "user"))
    oldest = min(result.articles, key=lambda a: (a.published, a.id))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["article"] = oldest.id
    at.run()
    assert not at.exception
    picker = at.selectbox(key="article_pick")
    # The newest PICKER_LIMIT articles, plus the one the link opened.
    assert len(picker.options) == PICKER_LIMIT + 1
    assert picker.value == oldest.id
    assert any(f"{len(result.articles):,} articles match" in c.value for c in at.caption)
    # A title search lists only the articles whose titles hold its words.
    words = oldest.title.split()[:3]
    at.text_input(key="article_query").input(" ".join(words)).run()
    titles = {a.id: a.title.casefold() for a in result.articles}
    listed = at.selectbox(key="article_pick").options
    found = [i for i, t in titles.items() if all(w.casefold() in t for w in words)]
    assert len(listed) == min(len(found), PICKER_LIMIT) >= 1
    at.text_input(key="article_query").input("zzqx no such title").run()
    assert any("No article title holds" in c.value for c in at.caption)
    assert at.selectbox(key="article_pick").value == oldest.id


def test_app_takes_a_freshly_loaded_corpus_out_of_the_cycle_collector(monkeypatch, tmp_path):
    # A corpus no run has loaded yet, after the first page (which freezes on its own).
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(SEEDS.glob("*.md")):
        (corpus / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(startup, "_first_page_done", True)
    monkeypatch.setenv("DRILL_ATLAS_CORPUS", str(corpus))
    monkeypatch.setenv("DRILL_ATLAS_USER_CORPUS", str(tmp_path / "user"))
    gc.unfreeze()
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.run()
    assert not app.exception
    assert gc.get_freeze_count() > 0
    assert gc.isenabled()


def test_events_of_countries_are_exactly_what_the_country_filter_keeps(large_corpus):
    from dashboard.ui_data import Data

    _, result = large_corpus
    data = Data(list(result.articles), list(result.events), list(result.problems))
    codes = sorted(data.countries)
    assert len(codes) > 3
    choices = [(), *[(c,) for c in codes], tuple(codes[:2]), (codes[-1], codes[0], "XXX")]
    for countries in choices:
        kept = filter_events(data.events, data.articles, Selection(countries=countries))
        chosen = data.events_of(countries)
        assert [id(e) for e in chosen] == [id(e) for e in kept], countries
