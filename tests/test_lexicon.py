"""Loading and caching of the lexicon files, the shape of the place lexicons, and name data read from them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from graph.extract import institutions, lexicon, nameshape, places, russiannames

from extracted import extraction_of


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


# -- name data: read from the lexicon files, not from code ------------------------------------------------
def _people(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    extraction = extraction_of(text, lang, date(2024, 5, 8))
    return {p.name: (p.role, p.country) for p in extraction.people}


LEXICON_CACHES = (nameshape.name_data, russiannames._russian, institutions._institution_words, institutions._institution_heads,
                  places.city_variants)  # see conftest.patched_lexicon


def test_shared_name_data_is_a_language_independent_lexicon() -> None:
    data = lexicon.load("names")
    assert {"al", "bin", "ould"} <= set(data["glued_particles"])
    assert {"El", "Abu"} <= set(data["inner_particles"])
    assert {"Jr.", "III"} <= set(data["suffixes"])
    assert set(data["title_name_particles"]) <= set(data["leading_particles"])


@pytest.mark.parametrize("particle", lexicon.load("names")["glued_particles"])
def test_every_glued_particle_of_the_lexicon_is_part_of_a_name(particle: str) -> None:
    found = _people(f"The Foreign Minister of Oman, Khalid {particle}-Harthy, arrived in Paris on Monday.", "en")
    assert found == {f"Khalid {particle}-Harthy": ("Minister of Foreign Affairs", "OM")}


@pytest.mark.parametrize("particle", lexicon.load("names")["inner_particles"])
def test_every_inner_particle_of_the_lexicon_is_part_of_a_name(particle: str) -> None:
    found = _people(f"Talks were held with Youssef {particle} Alami in Rabat on Monday.", "en")
    assert set(found) == {f"Youssef {particle} Alami"}


def test_a_particle_added_to_the_lexicon_file_is_recognised(patched_lexicon) -> None:
    text = "The Foreign Minister of Mali, Moussa ag-Intallah, arrived in Paris on Monday."
    assert set(_people(text, "en")) == {"Moussa"}  # "ag" is not in the file
    particles = lexicon.load("names")["glued_particles"]
    patched_lexicon("names", None, glued_particles=[*particles, "ag"])
    assert _people(text, "en") == {"Moussa ag-Intallah": ("Minister of Foreign Affairs", "ML")}


def test_russian_institution_words_come_from_the_roles_lexicon(patched_lexicon) -> None:
    text = "Статс-секретарь Федерального департамента иностранных дел Швейцарии Иван Смирнов прибыл в Москву."
    assert _people(text, "ru") == {"Ivan Smirnov": ("State Secretary", "CH")}
    assert "institution_words" not in lexicon.load("roles", "en")  # other languages: no such words
    patched_lexicon("roles", "ru", institution_words="")
    assert _people(text, "ru") == {"Ivan Smirnov": (None, None)}  # the title no longer reaches the name


def test_russian_patronymics_come_from_the_names_lexicon(patched_lexicon) -> None:
    assert russiannames.nominative(("Драгана", "Ивановича", "Петрова"), "gen") == ("Драган", "Петров")
    assert russiannames.nominative(("Драгана", "Петровича"), "gen", titled=True) == ("Драган", "Петрович")
    assert russiannames.nominative(("Марии", "Петровны"), "gen") == ("Мария",)  # a female patronymic: dropped
    patched_lexicon("names", "ru", patronymic_female="", patronymic_male="")
    assert russiannames.nominative(("Марии", "Петровны"), "gen") == ("Мария", "Петровна")  # taken for a surname


def test_a_grammar_property_is_read_from_the_language_file(patched_lexicon) -> None:
    text = "Как заявил журналистам немец Михаэль Мюллер, переговоры продолжатся."
    assert lexicon.grammar("ru", "articles") is False
    assert _people(text, "ru") == {"Michael Müller": (None, "DE")}  # no articles: the demonym alone will do (a German
    # known only in Russian script is given his native spelling)
    patched_lexicon("grammar", "ru", articles=True)
    assert _people(text, "ru") == {}  # a determiner would be needed before the demonym to mark a name


def test_every_language_file_gives_every_grammar_property() -> None:
    keys = {k for k in lexicon.load("grammar", "en") if not k.startswith("_")}
    for lang in LANGS:
        data = lexicon.load("grammar", lang)
        assert {k for k in data if not k.startswith("_")} == keys
        assert all(f"'{k}'" in data["_doc"] and isinstance(data[k], bool) for k in keys)
    assert lexicon.grammar("xx", "articles") is True  # no file: the English properties


def test_case_endings_of_place_names_come_from_the_names_lexicon(patched_lexicon) -> None:
    def city(text: str) -> str | None:
        found = extraction_of(text, "ru", date(2025, 5, 8))
        events = found.events
        return events[0].location.name if events and events[0].location is not None else None

    text = "Министр иностранных дел России Иван Петров встретился в Казани с министром Турции Ахметом Йылмазом."
    assert city(text) == "Kazan"  # "Казани" is tried as "Казань"
    patched_lexicon("names", "ru", place_case_endings={"min_stem": 2, "endings": []})
    assert city(text) != "Kazan"
