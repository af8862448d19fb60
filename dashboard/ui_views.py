"""Streamlit sections of the dashboard, called in order by ``app.py``.

State lives in ``st.session_state`` under a few keys: the bound filter widgets
(their keys are the query parameter names from ``dashboard.selection``),
``country`` (synced to the URL by hand so that the URL carries alpha-3 codes
while the widget shows names), ``SELECTED_KEY`` for the selected event and
``ARTICLE_KEY`` for the open article (both written to the URL by hand, since
chart selections cannot be bound).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from datetime import date

import streamlit as st

from dashboard.actors import country_name
from dashboard.export import to_csv, to_geojson
from dashboard.figures import build_map, build_timeline
from dashboard.model import EVENT_KINDS, Event
from dashboard.reader import (
    EVIDENCE_ID_PREFIX,
    article_meta_html,
    event_card_html,
    legend_html,
    render_article_html,
)
from dashboard.selection import (
    GROUP_CHOICES,
    PARAM_ARTICLE,
    PARAM_COUNTRY,
    PARAM_DATES,
    PARAM_EVENT,
    PARAM_GROUP,
    PARAM_KIND,
    PARAM_OUTLET,
    PARAM_QUERY,
    PARAM_TILES,
    Selection,
    from_query_params,
)
from dashboard.ui_data import (
    UPLOAD_MESSAGES_KEY,
    UPLOAD_TYPES,
    Data,
    display_name,
    handle_paste,
    handle_uploads,
    map_layers,
    persist_enabled,
    spans_for,
)

# Session-state keys for the selected event, the open article and the source index.
SELECTED_KEY = "selected_event"
ARTICLE_KEY = "article_pick"
# Widget key of the title search shown above the article picker of a large corpus.
ARTICLE_QUERY_KEY = "article_query"
# The article picker lists at most this many titles (the newest, or those a search finds).
PICKER_LIMIT = 500
# Session-state key of the notices about ignored URL parameters.
NOTICES_KEY = "_url_notices"
# Session-state flag set once the URL has been read for this session.
STARTED_KEY = "_started"
# Widget key of the "Add articles" expander (True while it is open).
UPLOAD_PANEL_KEY = "add_articles"
# Widget keys of the two charts.
TIMELINE_KEY = "timeline_chart"
MAP_KEY = "map_chart"
# Earliest and latest dates the date filter accepts.
MIN_DATE = date(1991, 1, 1)
MAX_DATE = date(date.today().year + 2, 12, 31)
# plotly.js options: no logo, no link to the plotly cloud, nothing fetched.
PLOTLY_CONFIG = {"displaylogo": False, "showLink": False, "scrollZoom": True}
# Filter widget keys reset by the "clear filters" button, with their defaults.
FILTER_DEFAULTS = {PARAM_COUNTRY: [], PARAM_KIND: [], PARAM_OUTLET: [], PARAM_QUERY: ""}


def start_session(params: dict[str, list[str]]) -> None:
    """Read the URL once per session: notices, countries, selected event, article."""
    if st.session_state.get(STARTED_KEY):
        return
    st.session_state[STARTED_KEY] = True
    selection, notices = from_query_params(params)
    st.session_state[NOTICES_KEY] = notices
    st.session_state[PARAM_COUNTRY] = list(selection.countries)
    st.session_state[SELECTED_KEY] = selection.event
    st.session_state["_url_event"] = selection.event
    st.session_state[ARTICLE_KEY] = selection.article


def upload_section() -> None:
    """Sidebar expander to add articles by file or by pasting text.

    Its content runs only while it is open: closed (the default), the page's first
    render does not wait for the file uploader and the paste form to load in the browser.
    """
    box = st.sidebar.expander(
        "Add articles", expanded=False, key=UPLOAD_PANEL_KEY, on_change="rerun"
    )
    if not box.open:
        return
    with box:
        where = (
            "Uploads are saved to the shared corpus folder."
            if persist_enabled()
            else "Uploads stay in your browser session; other visitors do not see them."
        )
        st.caption(where)
        files = st.file_uploader(
            "Upload .md or .txt files",
            type=list(UPLOAD_TYPES),
            accept_multiple_files=True,
            key="uploader",
        )
        handle_uploads(files)
        with st.form("paste_form", clear_on_submit=True):
            st.markdown("**…or paste an article**")
            title = st.text_input("Title", key="paste_title")
            published = st.date_input("Published", value=None, key="paste_date")
            source = st.text_input("Source outlet", key="paste_source")
            url = st.text_input("Link (optional)", key="paste_url")
            text = st.text_area("Article text", height=150, key="paste_text")
            if st.form_submit_button("Add article"):
                handle_paste(text, title, published, source, url)
        for level, message in st.session_state.get(UPLOAD_MESSAGES_KEY, []):
            (st.error if level == "error" else st.success)(message)


def _reset_filters() -> None:
    for key, value in FILTER_DEFAULTS.items():
        st.session_state[key] = value
    st.session_state.pop(PARAM_DATES, None)


def sidebar_filters(box, data: Data) -> tuple[Selection, str, bool]:
    """Filter widgets → (selection without event/article, row grouping, tiles on)."""
    with box:
        st.header("Filters")
        present = set(data.countries)
        present.update(st.session_state.get(PARAM_COUNTRY, []))
        countries = st.multiselect(
            "Countries (host or participant)",
            sorted(present, key=country_name),
            format_func=country_name,
            key=PARAM_COUNTRY,
        )
        date_from = date_to = None
        extent = data.date_extent
        if extent:
            value = st.date_input(
                "Dates",
                value=extent,
                min_value=MIN_DATE,
                max_value=MAX_DATE,
                format="YYYY-MM-DD",
                key=PARAM_DATES,
                bind="query-params",
            )
            picked = tuple(value) if isinstance(value, tuple | list) else (value,)
            if picked and picked != extent:
                date_from, date_to = picked[0], picked[-1] if len(picked) > 1 else None
        kinds = st.pills(
            "Kind",
            list(EVENT_KINDS),
            selection_mode="multi",
            key=PARAM_KIND,
            bind="query-params",
        )
        chosen_outlets = st.multiselect(
            "Source outlet", data.outlets, key=PARAM_OUTLET, bind="query-params"
        )
        query = st.text_input(
            "Search text", key=PARAM_QUERY, bind="query-params", placeholder="e.g. tank, CSTO"
        )
        st.button("Clear filters", on_click=_reset_filters, key="clear_filters")
        st.divider()
        group = st.radio(
            "Group timeline rows by",
            list(GROUP_CHOICES),
            horizontal=True,
            key=PARAM_GROUP,
            bind="query-params",
        )
        tiles = st.toggle(
            "Online basemap (loads map tiles from the internet)",
            key=PARAM_TILES,
            bind="query-params",
        )
    selection = Selection(
        countries=tuple(countries),
        date_from=date_from,
        date_to=date_to,
        kinds=tuple(kinds or ()),
        outlets=tuple(chosen_outlets),
        query=query or "",
    )
    return selection, group or GROUP_CHOICES[0], bool(tiles)


def _picked_ids(state) -> tuple[str, ...]:
    """Event ids in a chart's selection state (``customdata`` of each point)."""
    if not state:
        return ()
    selection = state.get("selection") if hasattr(state, "get") else None
    points = (selection or {}).get("points") or []
    ids = []
    for point in points:
        value = point.get("customdata") if hasattr(point, "get") else None
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if isinstance(value, str) and value:
            ids.append(value)
    return tuple(ids)


def select_event(event_id: str | None, data: Data, source_index: int = 0) -> None:
    """Select an event and open its ``source_index``-th source article."""
    st.session_state[SELECTED_KEY] = event_id
    event = data.event_by_id.get(event_id) if event_id else None
    if event is None:
        return
    article_ids = list(dict.fromkeys(ref.article_id for ref in event.sources))
    if article_ids:
        st.session_state[ARTICLE_KEY] = article_ids[source_index % len(article_ids)]


def resolve_selection(selection: Selection, events: Sequence[Event], data: Data) -> Selection:
    """Apply new chart clicks, drop a selection no longer visible, validate the article."""
    for key in (TIMELINE_KEY, MAP_KEY):
        ids = _picked_ids(st.session_state.get(key))
        seen = f"_seen_{key}"
        if ids != st.session_state.get(seen, ()):
            st.session_state[seen] = ids
            if ids:
                select_event(ids[0], data)
    url_event = st.session_state.pop("_url_event", None)
    chosen = st.session_state.get(SELECTED_KEY)
    if chosen and not any(e.id == chosen for e in events):
        if chosen == url_event:
            st.session_state[NOTICES_KEY].append("The event in the link is not among the events.")
        st.session_state[SELECTED_KEY] = chosen = None
    elif chosen and chosen == url_event and not st.session_state.get(ARTICLE_KEY):
        select_event(chosen, data)
    article = st.session_state.get(ARTICLE_KEY)
    if article and article not in data.article_by_id:
        st.session_state[NOTICES_KEY].append("The article in the link is not in the corpus.")
        st.session_state[ARTICLE_KEY] = article = None
    return Selection(**{**selection.__dict__, "event": chosen, "article": article})


def show_notices(problems) -> None:
    """URL notices and corpus problems, each as one compact message."""
    notices = st.session_state.get(NOTICES_KEY, [])
    if notices:
        st.info(" ".join(notices), icon="ℹ️")
    if problems:
        with st.expander(f"{len(problems)} file(s) could not be read", icon="⚠️"):
            for problem in problems:
                st.text(f"{display_name(problem.path)}: {problem.error}")


def empty_message() -> None:
    st.info(
        "No events match these filters. Try removing a country or kind, widening the "
        "date range, or clearing the search text.",
        icon="🔎",
    )
    st.button("Clear filters", on_click=_reset_filters, key="clear_filters_empty")


def charts(events: Sequence[Event], data: Data, selection: Selection, group: str, tiles: bool):
    """Timeline above, map beside the reader; clicks rerun the script."""
    highlight = _article_event_ids(events, data, selection.article)
    timeline = build_timeline(
        events,
        selected=selection.event,
        highlight=highlight,
        group_by=group,
        country_name=country_name,
        hover=data.hover_text,
        brief=data.brief_hover,
    )
    st.subheader("Timeline")
    undated = sum(1 for e in events if e.start is None and e.end is None)
    if undated:
        st.caption(f"{undated} event(s) without a date are not on the timeline.")
    st.plotly_chart(
        timeline,
        on_select="rerun",
        selection_mode="points",
        key=TIMELINE_KEY,
        config=PLOTLY_CONFIG,
    )
    layers = map_layers()
    left, right = st.columns([1, 1], gap="medium")
    with left:
        st.subheader("Map")
        unlocated = sum(1 for e in events if e.lat is None or e.lon is None)
        note = "Hover a marker for its place name. Shaded circles and zones show uncertainty."
        if unlocated:
            note += f" {unlocated} event(s) without a location are not on the map."
        st.caption(note)
        figure = build_map(
            events,
            layers,
            selected=selection.event,
            highlight=highlight,
            tiles=tiles,
            country_name=country_name,
            hover=data.hover_text,
            brief=data.brief_hover,
        )
        st.plotly_chart(
            figure, on_select="rerun", selection_mode="points", key=MAP_KEY, config=PLOTLY_CONFIG
        )
    return right


def _article_event_ids(events: Sequence[Event], data: Data, article_id: str | None) -> set[str]:
    """Ids of the shown events read in the open article."""
    own = data.events_by_article.get(article_id, []) if article_id else []
    if not own:
        return set()
    shown = {id(e) for e in events}
    return {e.id for e in own if id(e) in shown}


def _clear_selection() -> None:
    st.session_state[SELECTED_KEY] = None


def reader(data: Data, selection: Selection) -> None:
    """Article picker, selected-event bar, metadata, highlighted text and event cards."""
    st.subheader("Reader")
    titles = data.titles
    query = ""
    if len(titles) > PICKER_LIMIT:
        query = st.text_input(
            "Find an article", key=ARTICLE_QUERY_KEY, placeholder="Words from its title"
        )
    options, matching = data.article_choices(query, st.session_state.get(ARTICLE_KEY), PICKER_LIMIT)
    st.selectbox(
        "Article",
        options,
        format_func=lambda article_id: titles.get(article_id, article_id),
        index=None,
        placeholder="Choose an article, or click an event",
        key=ARTICLE_KEY,
    )
    if matching > PICKER_LIMIT:
        st.caption(
            f"{matching:,} articles match; the newest {PICKER_LIMIT:,} are listed. "
            "Type words from a title to find others."
        )
    elif len(titles) > PICKER_LIMIT and not matching:
        st.caption("No article title holds all of these words.")
    event = data.event_by_id.get(selection.event) if selection.event else None
    if event is not None:
        _selected_bar(event, data)
    picked = st.session_state.get(ARTICLE_KEY)
    article = data.article_by_id.get(picked) if picked else None
    if article is None:
        st.caption("Pick an article to read it with its dates, places and numbers highlighted.")
        return
    st.html(article_meta_html(article))
    evidence = []
    if event is not None:
        evidence = [(r.start, r.end) for r in event.sources if r.article_id == article.id]
    st.html(legend_html())
    st.html(render_article_html(article, spans_for(article), evidence=evidence))
    if evidence:
        _scroll_to_evidence(f"{event.id}|{article.id}")
    own = data.events_by_article.get(article.id, [])
    st.markdown(f"**Events read in this article ({len(own)})**")
    for position, item in enumerate(own):
        st.html(
            event_card_html(item, selected=item.id == selection.event, country_name=country_name)
        )
        if item.id != selection.event:
            st.button(
                "Select this event",
                # The position keeps keys unique even if two events share an id.
                key=f"pick_{position}_{item.id}",
                on_click=select_event,
                args=(item.id, data),
            )


def _selected_bar(event: Event, data: Data) -> None:
    """Name the selected event, step through its sources, or clear it."""
    sources = list(dict.fromkeys(ref.article_id for ref in event.sources))
    current = st.session_state.get(ARTICLE_KEY)
    index = sources.index(current) if current in sources else 0
    st.markdown(f"**Selected:** {_md_escape(event.title)}")
    cols = st.columns(3)
    cols[0].button("Clear selection", on_click=_clear_selection, key="clear_selection")
    if len(sources) > 1:
        cols[1].button(
            "◀ Previous source",
            key="prev_source",
            on_click=select_event,
            args=(event.id, data, index - 1),
        )
        cols[2].button(
            "Next source ▶",
            key="next_source",
            on_click=select_event,
            args=(event.id, data, index + 1),
        )
    st.caption(f"Source {index + 1} of {len(sources)}")


def _md_escape(text: str) -> str:
    """Text safe to put in st.markdown: markdown and HTML specials backslash-escaped."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()<>#+-.!|~$" else ch for ch in text)


def _scroll_to_evidence(nonce: str) -> None:
    """Scroll the reader box so the first evidence sentence is in view.

    ``st.html`` ignores scripts, so this uses a tiny iframe whose script is a
    constant of ours (no article text inside; the nonce is a hash, only there to
    make the frame re-render when the selection changes).
    """
    tag = hashlib.sha1(nonce.encode("utf-8")).hexdigest()[:12]
    target = json.dumps(f"{EVIDENCE_ID_PREFIX}0")
    script = (
        f"<script>/* {tag} */(function(){{let n=0;function go(){{"
        f"const el=window.parent.document.getElementById({target});"
        "if(!el){if(n++<40)setTimeout(go,100);return;}"
        "const box=el.closest('.da-text');"
        "if(box){box.scrollTop=el.offsetTop-box.offsetTop-box.clientHeight/3;}}"
        "go();})();</script>"
    )
    st.iframe(script, height=1, alt="scroll helper")


def table_and_downloads(events: Sequence[Event], data: Data) -> None:
    """The filtered events as a sortable table, plus CSV and GeoJSON downloads."""
    st.subheader("Data")
    frame = data.table_rows(events)
    st.dataframe(
        frame,
        hide_index=True,
        key="events_table",
        column_config={
            "start": st.column_config.DateColumn("Start", format="YYYY-MM-DD"),
            "end": st.column_config.DateColumn("End", format="YYYY-MM-DD"),
            "participants": st.column_config.ListColumn("Participants"),
            "outlets": st.column_config.ListColumn("Outlets"),
            "troops": st.column_config.NumberColumn("Troops", format="%d"),
            "hardware": st.column_config.NumberColumn("Hardware", format="%d"),
            "link": st.column_config.LinkColumn("First source", display_text="open"),
        },
    )
    # The files are written only when a button is pressed, not on every rerun: at
    # 10,000 events writing both took longer than the rest of the page (benchmark).
    left, right = st.columns(2)
    left.download_button(
        "Download CSV",
        functools.partial(to_csv, events),
        file_name="drill_atlas_events.csv",
        mime="text/csv",
        key="download_csv",
        on_click="ignore",  # a download changes nothing on the page: no rerun
    )
    right.download_button(
        "Download GeoJSON",
        functools.partial(to_geojson, events),
        file_name="drill_atlas_events.geojson",
        mime="application/geo+json",
        key="download_geojson",
        on_click="ignore",  # a download changes nothing on the page: no rerun
    )


def write_url(selection: Selection) -> None:
    """Countries, selected event and open article into the query string by hand."""
    for key, value in (
        (PARAM_COUNTRY, list(selection.countries)),
        (PARAM_EVENT, selection.event),
        (PARAM_ARTICLE, selection.article),
    ):
        if value:
            if st.query_params.get_all(key) != (value if isinstance(value, list) else [value]):
                st.query_params[key] = value
        elif key in st.query_params:
            del st.query_params[key]
