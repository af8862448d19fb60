"""Drill Atlas geography: borders, border zones, military sites, towns, regions, geocoder.

Pure data code (no Streamlit, no network at runtime). See ``geodata/README.md`` for
the sources, licences and how to rebuild the files in ``geodata/data/``.
"""

from geodata.borders import DEFAULT_ZONE_KM, border_km, border_zone
from geodata.gazetteer import Gazetteer, Location, load_gazetteer
from geodata.normalize import normalise

__all__ = [
    "DEFAULT_ZONE_KM",
    "Gazetteer",
    "Location",
    "border_km",
    "border_zone",
    "load_gazetteer",
    "normalise",
]
