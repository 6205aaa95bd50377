"""Officials found with their titles (graph/extract/people.py, nameshape.py and the role lexicons)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of, people_of


PUBLISHED = date(2026, 3, 11)


def test_an_event_noun_after_a_title_is_nobody() -> None:
    """"Perus Präsident zum Staatsbesuch in Wien": "zum Staatsbesuch" is no name, the president is named later."""
    text = ("Perus Präsident zum Staatsbesuch in Wien\n\nDer peruanische Präsident Julio Campos ist am Montag in Wien "
            "empfangen worden.")
    names = [p.name for p in extraction_of(text, "de", PUBLISHED).people]
    assert names == ["Julio Campos"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Mit dabei war der Hokim (Gouverneur) der Region Buchara, Rustam Karimow.", "Rustam Karimow"),
        ("en", "The delegation included the hokim of Bukhara region, Rustam Karimov.", "Rustam Karimov"),
    ],
)
def test_an_uzbek_hokim_is_a_governor(lang: str, text: str, name: str) -> None:
    found = [p for p in extraction_of(text, lang, PUBLISHED).people if p.name == name]
    assert found and found[0].role == "Governor"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Таджикскую делегацию возглавил заместитель министра иностранных дел Фаррух Шарипов, узбекскую – министр "
         "энергетики Улугбек Каримов.", "Ulugbek Karimov", "UZ"),
        ("С российской стороны в переговорах участвовал заместитель министра Иван Петров, с китайской – посол Ли Вэй.",
         "Li Wei", "CN"),
    ],
)
def test_a_gapped_russian_side_gives_the_country_of_the_next_official(text: str, name: str, country: str) -> None:
    """"..., узбекскую – министр X": the delegation word left out after the dash, the adjective still names X's state."""
    found = [p for p in extraction_of(text, "ru", PUBLISHED).people if p.name == name]
    assert found and found[0].country == country


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Malaysian Foreign Minister Datuk Seri Rahman Yusof met the Thai ambassador Somchai Boonmee on Monday.",
         "Rahman Yusof", "Minister of Foreign Affairs"),
        ("Tan Sri Hamid Osman, Malaysia's special envoy, met the Thai ambassador Somchai Boonmee on Monday.",
         "Hamid Osman", None),
        ("Foreign Affairs Undersecretary for Multilateral Affairs Rosario Dizon Reyes met the Thai ambassador "
         "Somchai Boonmee on Monday.", "Rosario Dizon Reyes", "Deputy Minister of Foreign Affairs"),
        ("Vice Foreign Minister Kim Min-jun met the Thai ambassador Somchai Boonmee on Monday.",
         "Kim Min-jun", "Deputy Minister of Foreign Affairs"),
    ],
)
def test_honorifics_are_no_name_and_junior_titles_are_kept(text: str, name: str, role: str | None) -> None:
    """Malaysian honorifics ("Datuk Seri", "Tan Sri") are not part of the name; "Undersecretary" and "Vice
    Foreign Minister" are deputy ministers' titles."""
    found = people_of(text, "en", PUBLISHED)
    assert name in found, list(found)
    if role is not None:
        assert found[name].role == role


def test_two_names_joined_by_and_are_two_officials() -> None:
    """"sus cancilleres, Ana Vidal y Jorge Paz": two people, each serving the state of the president named before."""
    text = ("Los presidentes de Chile, Tomás Rivas, y de Perú, Julio Campos, se reunieron este martes en Tacna, "
            "acompañados por sus cancilleres, Ana Vidal y Jorge Paz.")
    states = {p.name: p.country for p in extraction_of(text, "es", PUBLISHED).people}
    assert states["Ana Vidal"] == "CL"
    assert states["Jorge Paz"] == "PE"


def test_a_title_later_in_the_sentence_names_the_person_told_before() -> None:
    """"Wenn X landet, will die Bundesministerin ...": X holds that title; not so after "von der"."""
    text = "Wenn Frauke Adler am Montag in Lima landet, will die Bundesgesundheitsministerin vor allem über Impfstoffe reden."
    adler = next(p for p in extraction_of(text, "de", PUBLISHED).people if p.name == "Frauke Adler")
    assert (adler.role, adler.country) == ("Minister of Health", "DE")
    text = "Frauke Adler wurde am Montag in Berlin von der Bundesgesundheitsministerin empfangen."
    adler = next(p for p in extraction_of(text, "de", PUBLISHED).people if p.name == "Frauke Adler")
    assert adler.role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Am Dienstag traf sie Bergbauministerin Carolina Ruiz in Santiago.", "Carolina Ruiz", "Minister of Mining"),
        ("Der Tourismusminister Paul Kern reist nach Wien.", "Paul Kern", "Minister"),
    ],
)
def test_german_compound_ministry_titles(text: str, name: str, role: str) -> None:
    person = next(p for p in extraction_of(text, "de", PUBLISHED).people if p.name == name)
    assert person.role == role


def test_a_ministry_vice_chancellor_is_no_german_chancellor() -> None:
    text = "Временного поверенного вызвали в МИД Латвии, где вице-канцлер Илзе Озола вручила ему ноту протеста."
    person = next(p for p in extraction_of(text, "ru", PUBLISHED).people if "Ozola" in p.name)
    assert person.role == "Vice Chancellor"
    assert person.country == "LV"
    assert person.name == "Ilze Ozola"


def test_a_foreign_ministry_with_a_second_portfolio_is_still_foreign_affairs() -> None:
    text = "Le ministre des Affaires étrangères et européennes, Luc Wagner, a reçu lundi son homologue du Cap-Vert."
    wagner = next(p for p in extraction_of(text, "fr", PUBLISHED).people if p.name == "Luc Wagner")
    assert wagner.role == "Minister of Foreign Affairs"


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("fr", "La délégation malienne était conduite par la ministre des Affaires étrangères, Awa Traoré, la partie "
               "française par l'ambassadeur Paul Leroy, chargé du Sahel.", "Paul Leroy", "FR"),
        ("fr", "La délégation malienne était conduite par la ministre des Affaires étrangères, Awa Traoré, la partie "
               "française par l'ambassadeur Paul Leroy, chargé du Sahel.", "Awa Traoré", "ML"),
        ("es", "La delegación chilena estuvo encabezada por el viceministro Pablo Rojas.", "Pablo Rojas", "CL"),
    ],
)
def test_a_side_or_delegation_gives_its_state_to_the_official_leading_it(lang: str, text: str, name: str, country: str) -> None:
    person = next(p for p in extraction_of(text, lang, PUBLISHED).people if p.name == name)
    assert person.country == country


@pytest.mark.parametrize("text", [
    "Benin's Minister Delegate for Regional Integration, Codjo Sèwanou Houngbo, received Niger's envoy on Friday.",
    "Benin's Minister for Regional Integration, Codjo Sèwanou Houngbo, received Niger's envoy on Friday.",
])  # fmt: skip
def test_a_portfolio_before_a_comma_is_not_the_holders_name(text: str) -> None:
    people = extraction_of(text, "en", PUBLISHED).people
    beninese = [p for p in people if p.country == "BJ"]
    assert [p.name for p in beninese] == ["Codjo Sèwanou Houngbo"]
    assert beninese[0].role == "Minister"
