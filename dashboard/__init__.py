"""Drill Atlas: sourced drill events from news articles, shown as a timeline, map and reader.

The pure pipeline lives in ``corpus`` (reading), ``temporal``/``actors``/``quantities``
(finding values in text), ``extract`` (assembling events in one article), ``merge``
(one event per real drill across articles) and ``export``. Only ``app`` imports Streamlit.
"""

__version__ = "0.1.0"
