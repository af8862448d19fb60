"""A town's other name, read in a given country: "Qurghonteppa" in Tajikistan is Bokhtar,
though a town in Uzbekistan (Qo'rg'ontepa) bears that name first."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.corpus import article_from_text
from dashboard.extract import extract_article


def test_in_running_text_a_hinted_country_finds_its_town_of_that_other_name(gazetteer):
    text = "Drills were held near Qurghonteppa."
    [(_, _, tajik)] = gazetteer.find_places(text, "TJK")
    assert (tajik.name, tajik.country) == ("near Bokhtar", "TJK")
    [(_, _, uzbek)] = gazetteer.find_places(text, "UZB")
    assert uzbek.country == "UZB"
    # without a country, the town named so first
    [(_, _, first)] = gazetteer.find_places(text)
    assert first.country == "UZB"


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Tajik and Russian troops began joint drills near Qurghonteppa on Monday.", "TJK"),
        ("Russian troops of the 201st base drilled near Kurgan-Tyube in Tajikistan.", "TJK"),
        ("Uzbek troops held drills near Qurghonteppa on Monday.", "UZB"),
    ],
)
def test_the_drill_is_placed_in_the_country_of_its_forces(body, country, gazetteer):
    article = article_from_text(body, title="probe", published=date(2021, 10, 19))
    assert [e.host_country for e in extract_article(article, gazetteer)] == [country]
