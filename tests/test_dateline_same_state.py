"""The dateline's city does not replace the city the text places the main event in (graph.extract.rules
``_own_place``, ``_apply_head``): a city of the dateline's state named by the lead ("Lima, 12 de marzo" heading
"copresidieron hoy en la ciudad de Puno"), a city a headline names among others, and a meeting placed in another
state than the dateline's."""

from datetime import date

from graph.extract import extract
from graph.model import Article, city_of


def _cities(text: str, lang: str, day: date) -> list[tuple[str, str | None]]:
    events = extract(Article(key="t", text=text, language=lang, published=day)).events
    return [(e.type, getattr(city_of(e.location), "name", None)) for e in events]


def test_lead_city_of_the_dateline_state_stays() -> None:
    text = ("Perú y Bolivia preparan el Gabinete Binacional\n\nLima, 12 de marzo de 2026\n\n"
            "El ministro de Relaciones Exteriores, Andrés Cárdenas Ríos, y su homólogo de Bolivia, Mario Quispe "
            "Vargas, copresidieron hoy en la ciudad de Puno la reunión de cancilleres.")
    cities = _cities(text, "es", date(2026, 3, 12))
    assert ("Meeting", "Puno") in cities
    assert all(city != "Lima" for _, city in cities)


def test_headline_naming_the_city_keeps_it() -> None:
    text = ("Главы МИД провели переговоры в Баткене и Исфаре\n\nБишкек, 21 сентября 2026 г. — Кабар.\n\n"
            "Министр иностранных дел Кыргызской Республики Азамат Бекмуратов и министр иностранных дел Республики "
            "Таджикистан Джамшед Рахимзода в пятницу утром провели переговоры в городе Баткен.")
    assert ("Talks", "Batken") in _cities(text, "ru", date(2026, 9, 21))
