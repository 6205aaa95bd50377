"""Places told in clauses: a city after "en la ciudad de" in a relative clause of the act is its venue
(:func:`graph.extract.clausevenues.in_relative_clause`); "there" does not point to a city of the
"where" clause that describes the place named before (:mod:`graph.extract.thereplaces`)."""

from datetime import date

from graph.extract import extract
from graph.model import Article, city_of


def _cities(text: str, lang: str) -> list[tuple[str, str | None]]:
    events = extract(Article(key="t", text=text, language=lang, published=date(2026, 6, 25))).events
    return [(e.type, getattr(city_of(e.location), "name", None)) for e in events]


def test_town_phrase_in_a_relative_clause_places_the_conference() -> None:
    text = ("El canciller Julio Herrera Campos participa desde el martes en el período ordinario de sesiones de la "
            "Asamblea General de la Organización de los Estados Americanos (OEA), que se celebra en la ciudad de Antigua Guatemala.")
    assert ("Conference", "Antigua Guatemala") in _cities(text, "es")


def test_there_skips_the_city_of_a_where_clause() -> None:
    text = ("Mardi, M. Bertrand Lafosse s'est rendu à Port-Soudan, où les autorités de Khartoum se sont repliées "
            "depuis 2023. Il y a rencontré le ministre des Affaires étrangères, M. Idris Omer Taha.")
    cities = _cities(text, "fr")
    assert ("Meeting", "Port Sudan") in cities
    assert all(city != "Khartoum" for _, city in cities)
