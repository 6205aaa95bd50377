"""Officials found with their titles (graph/extract/people.py, nameshape.py and the role lexicons)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.model import Article, Person


def _people(text: str, lang: str) -> list[Person]:
    return extract(Article(key="t", text=text, language=lang, published=date(2026, 3, 11))).people


def test_an_event_noun_after_a_title_is_nobody() -> None:
    """"Perus Präsident zum Staatsbesuch in Wien": "zum Staatsbesuch" is no name, the president is named later."""
    text = ("Perus Präsident zum Staatsbesuch in Wien\n\nDer peruanische Präsident Julio Campos ist am Montag in Wien "
            "empfangen worden.")
    names = [p.name for p in _people(text, "de")]
    assert names == ["Julio Campos"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Mit dabei war der Hokim (Gouverneur) der Region Buchara, Rustam Karimow.", "Rustam Karimow"),
        ("en", "The delegation included the hokim of Bukhara region, Rustam Karimov.", "Rustam Karimov"),
    ],
)
def test_an_uzbek_hokim_is_a_governor(lang: str, text: str, name: str) -> None:
    found = [p for p in _people(text, lang) if p.name == name]
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
    found = [p for p in _people(text, "ru") if p.name == name]
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
    found = {p.name: p for p in _people(text, "en")}
    assert name in found, list(found)
    if role is not None:
        assert found[name].role == role
