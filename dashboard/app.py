"""Drill Atlas: a sourced timeline, map and reader of military drills.

Run with ``streamlit run dashboard/app.py``. The corpus folders come from
``DRILL_ATLAS_CORPUS`` (folders separated by ":"), by default ``seeds/`` plus
the user corpus folder; ``DRILL_ATLAS_PERSIST_UPLOADS=1`` lets uploads be saved
there for every visitor. Every filter, the selected event and the open article
live in the URL, so a link reproduces the view.
"""

import sys
import time
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ on the path, not the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Seconds a session's first page waits after the empty chart (see ``main``).
LIBRARY_PAUSE_S = 0.3


def main() -> None:
    st.set_page_config(page_title="Drill Atlas", page_icon="🗺️", layout="wide")
    header = st.container()
    summary_box = st.container()
    charts_slot = st.empty()
    if not st.session_state.get("_charts_drawn"):
        # The chart library is the page's largest download. Drawing an empty chart where
        # the charts go, before the heavy imports and the corpus load below, lets the
        # browser fetch it meanwhile (the first real chart came about 0.5 s sooner). It
        # goes out even before the title (filled in just below, in its own slot above).
        loading = go.Figure(layout={"height": 120, "xaxis": {"visible": False}})
        loading.update_layout(yaxis={"visible": False}, margin={"l": 0, "r": 0, "t": 0, "b": 0})
        loading.add_annotation(text="Loading the drills…", showarrow=False, x=0.5, y=0.5)
        charts_slot.plotly_chart(loading, config={"staticPlot": True})
        st.session_state["_charts_drawn"] = True
        # Then hold the rest of the page back a moment, so that the library downloads
        # alone: each element sent meanwhile makes the browser fetch its own code too
        # (about sixty small files), and the library came in 0.2-0.5 s later on a
        # two-core machine. The first chart could not be drawn before the library is
        # parsed anyway (a second there); with the pause it was seen 0.4-0.5 s sooner
        # (median of six cold starts each; see BENCHMARKS.md, fourteenth round).
        time.sleep(LIBRARY_PAUSE_S)
    with header:
        st.title("Drill Atlas")
        st.caption(
            "Military exercises near the Afghan border, read from news articles, with sources."
        )

    from dashboard import ui_views as views
    from dashboard.actors import country_name
    from dashboard.selection import describe, filter_events
    from dashboard.ui_data import load_data

    views.start_session({key: st.query_params.get_all(key) for key in st.query_params})
    filters_box = st.sidebar.container()
    views.upload_section()
    data = load_data()

    selection, group, tiles = views.sidebar_filters(filters_box, data)
    events = filter_events(data.events_of(selection.countries), data.articles, selection)
    selection = views.resolve_selection(selection, events, data)

    with summary_box:
        views.show_notices(data.problems)
        st.markdown(f"**{describe(selection, len(events), country_name=country_name)}**")

    with charts_slot.container():
        if events:
            reader_column = views.charts(events, data, selection, group, tiles)
        else:
            views.empty_message()
            reader_column = st.container()
    with reader_column:
        views.reader(data, selection)
    if events:
        views.table_and_downloads(events, data)

    views.write_url(selection)


# Streamlit runs this file as "__main__". A worker process that reads a large corpus
# is spawned with this file as its main module, named "__mp_main__": it must not draw
# the page or load the corpus again.
if __name__ == "__main__":
    from dashboard.startup import first_page

    with first_page():
        main()
