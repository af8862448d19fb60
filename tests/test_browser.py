"""The real app in headless Chromium: offline, linked, filterable and safe.

Starts ``streamlit run dashboard/app.py`` on a free port and drives Debian's
Chromium with Playwright. Without Chromium these tests skip locally and fail
when ``CI`` is set. Screenshots for the README go to ``docs/screenshots/``.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from dashboard.pipeline import run
from dashboard.selection import Selection, filter_events

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
# Flags that keep Chromium from calling home, so every request is the app's.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Seconds to wait for the server to answer its health check.
SERVER_START_S = 90
# Milliseconds Playwright waits for the page to settle.
PAGE_TIMEOUT_MS = 120_000
# A crafted article: markup and script that must show as text and never run.
CRAFTED = """---
title: "Drill report <script>window.__pwned = 'title'</script>"
source: Crafted Wire
published: 2022-05-02
---
Uzbek troops held an exercise near Termez on 1 May 2022.
<script>window.__pwned = 'body'; alert('script ran');</script>
<img src=x onerror="window.__pwned = 'img'; alert('img ran')">
Around 800 soldiers took part, the ministry said.
"""


def _require_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is required in CI")
    pytest.skip(f"{CHROMIUM} not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_server(corpus: Path, tmp: Path):
    port = _free_port()
    env = {
        **os.environ,
        "DRILL_ATLAS_CORPUS": str(corpus),
        "DRILL_ATLAS_USER_CORPUS": str(tmp / "user"),
    }
    env.pop("DRILL_ATLAS_PERSIST_UPLOADS", None)
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
    log = open(tmp / f"server-{port}.log", "w")  # noqa: SIM115 (closed in _stop_server)
    process = subprocess.Popen(
        [
            streamlit,
            "run",
            "dashboard/app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return process, log, url
        except OSError:
            time.sleep(0.3)
    process.terminate()
    log.close()
    raise RuntimeError(f"streamlit did not start; see {log.name}")


def _stop_server(process, log) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory):
    _require_chromium()
    process, log, url = _start_server(SEEDS, tmp_path_factory.mktemp("seeds-server"))
    yield url
    _stop_server(process, log)


@pytest.fixture(scope="module")
def crafted_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crafted")
    (folder / "crafted.md").write_text(CRAFTED, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def crafted_server(tmp_path_factory, crafted_corpus):
    _require_chromium()
    process, log, url = _start_server(crafted_corpus, tmp_path_factory.mktemp("crafted-server"))
    yield url
    _stop_server(process, log)


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page plus every request, console error and dialog it produced."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1300})
        self.page = self.context.new_page()
        self.page.set_default_timeout(PAGE_TIMEOUT_MS)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on(
            "console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str, charts: int = 2) -> None:
        """Load the app and wait for the reader and ``charts`` drawn plotly charts."""
        self.page.goto(url)
        self.page.get_by_text("Reader", exact=True).wait_for()
        self.page.wait_for_function(
            "n => Array.from(document.querySelectorAll('.js-plotly-plot'))"
            ".filter(gd => gd._fullLayout).length >= n",
            arg=charts,
        )
        self.settle()

    def settle(self) -> None:
        """Wait until Streamlit has finished running the script and charts are drawn."""
        self.page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        )
        self.page.wait_for_timeout(1500)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.close()


@pytest.fixture(scope="module")
def seeds():
    return run([SEEDS])


# JavaScript: the customdata ids of every plotly chart on the page, by chart order.
CHART_IDS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(
  gd => gd.data.flatMap(t => t.customdata ? Array.from(t.customdata) : []))"""


def test_browser_page_is_offline_clean_and_complete(seeds_server, watched):
    watched.open(seeds_server)
    page = watched.page
    charts = page.locator(".js-plotly-plot")
    assert charts.count() == 2
    for index in range(2):
        assert charts.nth(index).is_visible()
    assert page.locator(".maplibregl-canvas").count() == 1
    assert page.get_by_text("Timeline", exact=True).is_visible()
    assert page.get_by_text("Reader", exact=True).is_visible()
    app_host = urlparse(seeds_server).netloc
    foreign = [url for url in watched.requests if urlparse(url).netloc not in (app_host, "")]
    assert foreign == []
    assert watched.errors == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "overview.png"), full_page=False)


def _selected_event(page) -> str | None:
    return page.evaluate("() => new URLSearchParams(location.search).get('event')")


def test_browser_map_click_opens_reader(seeds_server, watched, seeds):
    watched.open(seeds_server)
    page = watched.page
    target = next(e for e in seeds.events if e.lat is not None and e.geo_precision == "site")
    page.locator(".maplibregl-canvas").scroll_into_view_if_needed()
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot').length === 2"
        " && document.querySelectorAll('.js-plotly-plot')[1]._fullLayout"
    )
    point = page.evaluate(
        """([lon, lat]) => {
            const gd = document.querySelectorAll('.js-plotly-plot')[1];
            const map = gd._fullLayout.map._subplot.map;
            map.jumpTo({center: [lon, lat], zoom: 6});
            const p = map.project([lon, lat]);
            const box = map.getCanvas().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [target.lon, target.lat],
    )
    page.wait_for_timeout(800)
    page.mouse.click(*point)
    page.wait_for_function("() => new URLSearchParams(location.search).get('event')")
    watched.settle()
    chosen = _selected_event(page)
    event = next(e for e in seeds.events if e.id == chosen)
    assert (round(event.lat, 2), round(event.lon, 2)) == (
        round(target.lat, 2),
        round(target.lon, 2),
    )
    assert page.get_by_text("Selected:").is_visible()
    assert page.locator(".da-evidence").count() >= 1
    assert watched.errors == []
    page.locator(".da-text").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "reader.png"), full_page=False)


def test_browser_timeline_click_opens_reader(seeds_server, watched, seeds):
    watched.open(seeds_server)
    page = watched.page
    shapes = page.locator(".js-plotly-plot").first.locator(".barlayer .point path")
    widths = [shapes.nth(i).bounding_box()["width"] for i in range(shapes.count())]
    assert widths, "the timeline has no bars"
    widest = shapes.nth(widths.index(max(widths)))
    widest.click(force=True)
    page.wait_for_function("() => new URLSearchParams(location.search).get('event')")
    watched.settle()
    chosen = _selected_event(page)
    event = next(e for e in seeds.events if e.id == chosen)
    article_id = page.evaluate("() => new URLSearchParams(location.search).get('article')")
    assert article_id == event.sources[0].article_id
    assert page.get_by_text("Selected:").is_visible()
    assert watched.errors == []


def test_browser_country_link_shows_only_that_country(seeds_server, watched, seeds):
    code = "UZB"
    expected = filter_events(seeds.events, seeds.articles, Selection(countries=(code,)))
    watched.open(f"{seeds_server}/?country={code}")
    page = watched.page
    assert page.get_by_text(f"Showing {len(expected)} ").first.is_visible()
    shown = page.evaluate(CHART_IDS_JS)
    allowed = {e.id for e in expected}
    for ids in shown:
        assert set(ids) <= allowed
    on_timeline = {e.id for e in expected if e.start}
    assert on_timeline <= set(shown[0]) if shown else not expected


def test_browser_crafted_article_runs_nothing(crafted_server, crafted_corpus, watched):
    crafted = run([crafted_corpus]).articles[0]
    watched.open(f"{crafted_server}/?article={crafted.id}", charts=0)
    page = watched.page
    page.locator(".da-text").wait_for()
    page.wait_for_timeout(1500)
    assert page.evaluate("() => window.__pwned") is None
    pwned_in_frames = [frame.evaluate("() => window.__pwned") for frame in page.frames]
    assert pwned_in_frames == [None] * len(page.frames)
    assert watched.dialogs == []
    assert "<script>window.__pwned = 'body'" in page.locator(".da-text").inner_text()
    assert page.locator(".da-text img, .da-text script").count() == 0
    assert not [url for url in watched.requests if urlparse(url).path.endswith("/x")]


def test_browser_downloads_hold_the_filtered_events(seeds_server, watched, seeds):
    # The files are written only when a button is pressed: the download must still
    # carry exactly the events on screen.
    import csv
    import io
    import json

    from dashboard.export import EVENT_FIELDS

    code = "UZB"
    expected = filter_events(seeds.events, seeds.articles, Selection(countries=(code,)))
    watched.open(f"{seeds_server}/?country={code}")
    page = watched.page
    with page.expect_download() as csv_download:
        page.get_by_role("button", name="Download CSV").click()
    rows = list(csv.reader(io.StringIO(Path(csv_download.value.path()).read_text("utf-8"))))
    assert rows[0] == list(EVENT_FIELDS)
    assert sorted(row[0] for row in rows[1:]) == sorted(e.id for e in expected)
    watched.settle()
    with page.expect_download() as geo_download:
        page.get_by_role("button", name="Download GeoJSON").click()
    features = json.loads(Path(geo_download.value.path()).read_text("utf-8"))["features"]
    assert {f["id"] for f in features} == {e.id for e in expected if e.lat is not None}
    assert watched.errors == []
