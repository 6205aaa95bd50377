"""Loading and caching of the lexicon files, and the shape of the place lexicons."""

from __future__ import annotations

import re

import pytest

from graph.extract import lexicon

LANGS = ("en", "de", "fr", "es", "ru")


def test_load_is_cached_and_returns_the_same_object() -> None:
    assert lexicon.load("countries") is lexicon.load("countries")


def test_missing_lexicon_gives_an_empty_dict() -> None:
    assert lexicon.load("no-such-lexicon") == {}
    assert lexicon.load("venues", "xx") == {}


def test_invalid_json_raises_lexicon_error(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "graph" / "data" / "lexicons"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")

    class FakeFiles:
        def joinpath(self, *parts: str):
            return tmp_path.joinpath("graph", *parts)

    monkeypatch.setattr(lexicon.resources, "files", lambda package: FakeFiles())
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match="broken.json: invalid JSON"):
            lexicon.load("broken")
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()


def test_every_country_has_a_name_in_every_language() -> None:
    countries = lexicon.load("countries")["countries"]
    assert len(countries) >= 249
    for code, entry in countries.items():
        assert re.fullmatch(r"[A-Z]{2}", code)
        for lang in LANGS:
            assert entry["forms"][lang]["name"], (code, lang)


def test_wikidata_and_geonames_ids_of_major_countries() -> None:
    countries = lexicon.load("countries")["countries"]
    assert countries["RU"]["wikidata"] == "Q159"
    assert countries["US"]["wikidata"] == "Q30"
    assert countries["DE"]["wikidata"] == "Q183"
    assert countries["RU"]["geonames"] == 2017370
    assert countries["TR"]["capital"]["geonames"] == 323786  # Ankara
    known = [e["wikidata"] for e in countries.values() if e["wikidata"]]
    assert len(known) == len(set(known)) >= 240
    assert all(re.fullmatch(r"Q\d+", qid) for qid in known)


def test_adjectives_are_inflected() -> None:
    forms = lexicon.load("countries")["countries"]["RU"]["forms"]
    assert {"russisch", "russischen", "russischem"} <= set(forms["de"]["adjective"])
    assert {"российский", "российского", "российскому", "русских"} <= set(forms["ru"]["adjective"])
    assert {"ruso", "rusa", "rusos", "rusas"} <= set(forms["es"]["adjective"])
    assert {"russe", "russes"} <= set(forms["fr"]["adjective"])
    assert "Russlands" in forms["de"]["genitive"] and "России" in forms["ru"]["genitive"]


def test_organizations_and_news_agencies() -> None:
    data = lexicon.load("organizations")
    assert {"UN", "EU", "NATO", "OSCE", "AU", "ASEAN", "G7", "G20", "OPEC", "WHO", "IAEA", "LAS", "BRICS",
            "SCO", "COE", "EC", "EUCO"} <= set(data["organizations"])
    assert "Организации Объединённых Наций" in data["organizations"]["UN"]["forms"]["ru"]
    assert {"Reuters", "AFP", "TASS", "Xinhua", "dpa"} <= set(data["news_agencies"])


@pytest.mark.parametrize("lang", LANGS)
def test_venue_lexicon_of_each_language(lang: str) -> None:
    venues = lexicon.load("venues", lang)
    kinds = {word["kind"] for word in venues["words"]}
    assert {"embassy", "consulate", "ministry", "palace", "residence", "hotel", "airport"} <= kinds
    assert venues["named"]["kremlin"]["owner"] == "RU"
    assert venues["named"]["white-house"]["city"] == 4140963
    assert venues["locatives"]
