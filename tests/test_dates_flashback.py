"""Ordinary daily copy: an arrival recalled after the main day, a trip dated by its "where" clause, a date in a
clause about a person (graph/extract/_dateflashback.py, _datewhere.trip_where_days, _dateperson.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event
from extracted import events_of


def _dates(events: list[Event], kind: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events if e.type == kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bundespräsidentin Erika Vollmer hat den chilenischen Präsidenten Andrés Valdivia am "
               "Donnerstagvormittag mit militärischen Ehren empfangen. Valdivia war am Mittwochabend zu einem "
               "zweitägigen Staatsbesuch in Berlin eingetroffen. Nach einem einstündigen Gespräch mit der "
               "Bundespräsidentin traf der Gast im Kanzleramt mit Bundeskanzler Jonas Reimer zusammen. Im Anschluss "
               "unterzeichneten Wirtschaftsministerin Petra Lang und ihr chilenischer Kollege Tomás Rivas im Beisein "
               "Valdivias ein Abkommen über Lithium."),
        ("es", "El presidente chileno, Andrés Valdivia, se reunió este jueves en Lima con la presidenta peruana, Rosa "
               "Quispe Mamani. Valdivia, que llegó anoche a la capital peruana, fue recibido a las 10.00 horas en "
               "Palacio de Gobierno. Ambos mandatarios presidieron después la firma de ocho acuerdos."),
        ("en", "Chilean President Andres Valdivia held talks with Peruvian President Rosa Quispe in Lima on Thursday. "
               "Valdivia, who arrived in the Peruvian capital late on Wednesday, spent two hours with Quispe at the "
               "palace. Afterwards the two presidents signed eight agreements on trade."),
    ],
)
def test_a_signing_after_a_recalled_arrival_takes_the_main_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 10, 8))
    assert _dates(events, "Ceremony") and set(_dates(events, "Ceremony")) == {"2026-10-08"}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "The Chilean minister is due to meet President Rosa Quispe on Thursday. She then flies on to La Paz, "
               "where she will hold talks with Bolivian Foreign Minister Luis Mamani on Friday.", "Talks"),
        ("fr", "La ministre chilienne Ana Rojas doit rencontrer jeudi la présidente Rosa Quispe. Elle se rendra "
               "ensuite à La Paz, où elle aura vendredi des entretiens avec le ministre bolivien des Affaires "
               "étrangères, Luis Mamani.", "Talks"),
        ("de", "Die chilenische Außenministerin Ana Rojas trifft am Donnerstag Präsidentin Rosa Quispe. Danach reist "
               "sie weiter nach La Paz, wo sie am Freitag Gespräche mit dem bolivianischen Außenminister Luis Mamani "
               "führen wird.", "Talks"),
        ("es", "La canciller chilena se reunirá el jueves con la presidenta Rosa Quispe. Luego viajará a La Paz, "
               "donde mantendrá conversaciones con el canciller boliviano, Luis Mamani, el viernes.", "Talks"),
    ],
)
def test_a_trip_takes_the_day_its_where_clause_tells(lang: str, text: str, kind: str) -> None:
    events = events_of(text, lang, date(2026, 10, 7))
    assert "2026-10-09" in _dates(events, kind)
    assert _dates(events, "Visit") and set(_dates(events, "Visit")) == {"2026-10-09"}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Foreign Minister Laura Pike will travel to Santiago next month for talks with her new counterpart, "
               "Pablo Herrera, a former finance minister who took over the foreign ministry this week.", "Talks"),
        ("de", "Außenministerin Laura Pike reist im kommenden Monat nach Santiago zu Gesprächen mit ihrem neuen "
               "Amtskollegen Pablo Herrera, der erst in dieser Woche vereidigt wurde.", "Talks"),
        ("es", "La canciller Laura Pike viajará el próximo mes a Santiago para reunirse con su nuevo homólogo, Pablo "
               "Herrera, quien asumió el cargo esta semana.", "Meeting"),
    ],
)
def test_a_date_in_a_clause_about_a_person_dates_no_act_before(lang: str, text: str, kind: str) -> None:
    values = _dates(events_of(text, lang, date(2026, 11, 25)), kind)
    assert values and not any(v and v.startswith("2026-11") for v in values)
    assert lang == "de" or "2026-12" in values  # the talks of the trip take its month


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Peru and Chile agree on lithium as Chilean minister visits Lima\n\nLIMA, Nov 18 (Reuters) - Chilean "
               "Foreign Minister Laura Pike held talks with her Peruvian counterpart Luis Paredes in Lima on Wednesday. "
               "Pike, who arrived in the Peruvian capital late on Tuesday, spent two hours with Paredes at the foreign "
               "ministry."),
        ("de", "Bundeskanzlerin Erika Vollmer hat den chilenischen Präsidenten Andrés Valdivia am Mittwoch zu dessen "
               "Antrittsbesuch im Kanzleramt empfangen. Valdivia war am Dienstagabend in Berlin eingetroffen."),
        ("fr", "Le président chilien Andrés Valdivia effectue mercredi une visite officielle au Pérou. M. Valdivia, "
               "arrivé mardi soir à Lima, a été reçu par la présidente péruvienne Rosa Quispe."),
        ("ru", "Президент Чили Андрес Вальдивия в среду начал официальный визит в Перу. Вальдивия прибыл в Лиму во "
               "вторник вечером. В среду он провел переговоры с президентом Перу Розой Киспе."),
    ],
)
def test_a_trip_starts_on_the_day_its_traveller_arrived(lang: str, text: str) -> None:
    visits = _dates(events_of(text, lang, date(2026, 11, 18)), "Visit")
    assert visits and set(visits) == {"2026-11-17"}


def test_an_arrival_in_another_city_does_not_move_the_trip() -> None:
    text = ("Bundeskanzlerin Erika Vollmer hat den chilenischen Präsidenten Andrés Valdivia am Mittwoch zu dessen "
            "Antrittsbesuch im Kanzleramt in Berlin empfangen. Valdivia war am Dienstagabend in Warschau eingetroffen.")
    assert "2026-11-18" in _dates(events_of(text, "de", date(2026, 11, 18)), "Visit")
