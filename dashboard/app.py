"""Drill Atlas: a sourced timeline, map and reader of military drills.

Run with ``streamlit run dashboard/app.py``. The corpus folders come from
``DRILL_ATLAS_CORPUS`` (folders separated by ":"), by default ``seeds/`` plus
the user corpus folder; ``DRILL_ATLAS_PERSIST_UPLOADS=1`` lets uploads be saved
there for every visitor. Every filter, the selected event and the open article
live in the URL, so a link reproduces the view.
"""

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on the path, not the repo root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from dashboard import ui_views as views
from dashboard.actors import country_name
from dashboard.selection import describe, filter_events
from dashboard.ui_data import load_data

st.set_page_config(page_title="Drill Atlas", page_icon="🗺️", layout="wide")
st.title("Drill Atlas")
st.caption("Military exercises near the Afghan border, read from news articles, with sources.")

views.start_session({key: st.query_params.get_all(key) for key in st.query_params})
filters_box = st.sidebar.container()
views.upload_section()
data = load_data()

selection, group, tiles = views.sidebar_filters(filters_box, data)
events = filter_events(data.events, data.articles, selection)
selection = views.resolve_selection(selection, events, data)

views.show_notices(data.problems)
st.markdown(f"**{describe(selection, len(events), country_name=country_name)}**")

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
