"""The order in which the rule extractor settles events, and the tense cues of its lexicons (graph.extract.rules)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import City, Event, Venue
from where import city_name
from extracted import events_of, extraction_of


def _one(events: list[Event], kind: str, status: str | None = None) -> Event:
    found = [e for e in events if e.type == kind and (status is None or e.status == status)]
    assert len(found) == 1, [(e.type, e.status) for e in events]
    return found[0]


def test_a_statement_after_talks_is_dated_by_the_talks_not_by_the_dateline() -> None:
    text = ("Oslo and Lima agree on fisheries deal\n\n"
            "OSLO, March 14 (Reuters) - Norwegian Foreign Minister Ola Berg held talks with his Peruvian counterpart "
            "Carmen Rojas in Oslo on Wednesday.\n\n"
            "\"We share the same ocean,\" Berg told reporters after the talks.")  # fmt: skip
    events = events_of(text, "en", date(2025, 3, 14))
    talks = _one(events, "Talks")
    statement = _one(events, "Statement")
    assert talks.date.value == "2025-03-12"
    assert statement.date.value == "2025-03-12"
    assert city_name(statement) == "Oslo"


def test_a_report_filed_from_two_cities_places_the_visit_where_it_went() -> None:
    text = ("Ministerin in Budapest\n"
            "Wien/Budapest (APA) - Die österreichische Außenministerin Eva Huber ist am Montag zu einem Besuch "
            "nach Budapest gereist.")  # fmt: skip
    visit = _one(events_of(text, "de", date(2025, 6, 3)), "Visit")
    assert city_name(visit) == "Budapest"


def test_an_act_later_that_day_is_not_merged_into_the_next_days_meeting() -> None:
    text = ("Bern (dpa) - Die Außenministerin Eva Huber ist am Montag zu einem Besuch nach Rom gereist. "
            "Noch am selben Tag traf sie ihren Amtskollegen Marco Ricci. "
            "Am Dienstag wurde die Ministerin in Rom vom Ministerpräsidenten Paolo Conti empfangen.")  # fmt: skip
    meetings = sorted(e.date.value for e in events_of(text, "de", date(2025, 6, 3)) if e.type == "Meeting")
    assert meetings == ["2025-06-02", "2025-06-03"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("de", "Berlin (dpa) - Außenministerin Eva Klein hat am Montag ihren Amtskollegen Jan Nowak getroffen. "
               "Beide Regierungen wollen im Herbst ein Abkommen unterzeichnen.", "Ceremony"),
        ("en", "LONDON (Reuters) - Foreign Secretary Anna Bell met her French counterpart Paul Girard on Monday. "
               "The two ministers looked forward to meeting again in Paris next month.", "Meeting"),
        ("fr", "PARIS (AFP) - La ministre Anne Peeters a rencontré lundi son homologue sénégalaise Awa Ndiaye. "
               "Mme Ndiaye est attendue à Lisbonne à l'automne.", "Visit"),
        ("ru", "МОСКВА, 5 марта. /ТАСС/. Министр иностранных дел Игорь Петров посетит Ереван 20 марта. "
               "В ходе переговоров в Ереване министр и его армянский коллега обсудят вопросы безопасности.", "Talks"),
        ("es", "MADRID (EFE) - El canciller Luis Gómez se reunió el lunes con su homólogo Pedro Soto. "
               "Durante la visita de Gómez a Santiago en octubre, los dos cancilleres firmarán un acuerdo.", "Visit"),
    ],
)
def test_future_and_intended_acts_are_planned(lang: str, text: str, kind: str) -> None:
    published = date(2025, 3, 5)
    found = [(e.status, e.date.value if e.date else None) for e in events_of(text, lang, published) if e.type == kind]
    assert any(status == "Planned" for status, _ in found), found
    assert not any(status == "Occurred" and (day is None or day > published.isoformat()) for status, day in found), found


def test_a_future_verb_of_a_relative_clause_leaves_the_act_done() -> None:
    text = ("MÉXICO (EFE) - El vicecanciller Juan Pérez llegó el lunes a Lima en la primera etapa de una gira "
            "que lo llevará también a Quito.")  # fmt: skip
    visits = [e for e in events_of(text, "es", date(2025, 5, 14)) if e.type == "Visit"]
    assert visits and visits[0].status == "Occurred"


def test_a_statement_on_the_day_of_an_expulsion_is_not_placed_at_the_expelled_mission() -> None:
    text = ("МОСКВА, 6 марта. /ТАСС/. Россия в среду выслала японского дипломата из генерального консульства во "
            "Владивостоке. «Это ответ на недружественные шаги», - заявила в среду официальный представитель МИД "
            "Анна Петрова.")
    statement = next(e for e in events_of(text, "ru", date(2025, 3, 6)) if e.type == "Statement")
    city = statement.location.city if isinstance(statement.location, Venue) else statement.location
    assert not (isinstance(city, City) and city.name == "Vladivostok")


def test_a_dateline_closed_by_the_agency_between_slashes_dates_the_report_ru() -> None:
    text = ("Москва высылает молдавского дипломата\n\nМОСКВА, 19 февраля. /РИА Новости/. Официальный представитель МИД "
            "России Мария Орлова заявила на брифинге, что Москва высылает сотрудника посольства Молдавии.")
    statement = _one(events_of(text, "ru", date(2025, 2, 20)), "Statement")  # published the next morning
    assert statement.date is not None and statement.date.value == "2025-02-19"


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Gespräche über Energie\n\nWien (APA) Die Außenministerin Ulrike Baumgartner hat am Montag ihren "
         "ungarischen Amtskollegen Gábor Szekeres empfangen.", "de", "Vienna"),
        ("Visita oficial\n\nLIMA, 14 (EUROPA PRESS)\n\nEl canciller de Chile, Rodrigo Vial, se reunió este martes con "
         "su homólogo peruano, Julio Salas.", "es", "Lima"),
        ("Talks on trade\n\nNAIROBI, Jan 12 (KNA) Kenyan Foreign Minister Paul Kibet on Monday held talks with "
         "his Ugandan counterpart Grace Nansubuga.", "en", "Nairobi"),
        ("Переговоры\n\nМИНСК, 14 марта. Министр иностранных дел Игорь Сидорович провел в пятницу переговоры с "
         "главой МИД Армении Ашотом Мовсисяном.", "ru", "Minsk"),
    ],
)
def test_a_dateline_ending_without_a_dash_places_the_talks_it_reports(text: str, lang: str, city: str) -> None:
    """The agency before the first sentence, the end of the line or a day and a period close the dateline: the
    talks are placed in its city, and the host named without a state represents the dateline's."""
    extraction = extraction_of(text, lang, date(2026, 3, 14))
    talks = [e for e in extraction.events if e.type in ("Meeting", "Talks")]
    assert talks and city_name(talks[0]) == city, [(e.type, city_name(e)) for e in extraction.events]
    assert talks[0].location.country in {p.country for p in talks[0].attendees}


def test_a_place_and_date_line_places_the_briefing_but_not_talks_of_other_states_elsewhere() -> None:
    text = ("Press briefing by the Spokesperson\nBerlin, 12 March 2026\n\n"
            "We welcome the round of negotiations between Armenia and Azerbaijan held in Geneva on Tuesday.")
    events = events_of(text, "en", date(2026, 3, 12))
    assert [city_name(e) for e in events if e.type in ("Negotiation", "Talks", "Meeting")] == ["Geneva"]


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Weekly Press Briefing by the Spokesperson\nDhaka, Thursday, 12 March 2026\n\nSpokesperson Rahima Akter told "
         "reporters that the government would raise the matter with Myanmar.", "en", "Dhaka"),
        ("Point de presse du porte-parole\nParis, le 12 mars 2026\n\nLe porte-parole, M. Paul Girard, a déclaré que "
         "la France condamnait l'attaque.", "fr", "Paris"),
    ],
)
def test_a_briefing_headed_by_its_city_and_date_is_held_there(text: str, lang: str, city: str) -> None:
    statement = _one(events_of(text, lang, date(2026, 3, 12)), "Statement")
    assert city_name(statement) == city


def test_an_undated_process_between_other_states_is_not_placed_where_the_report_was_filed() -> None:
    text = ("Talks\nWASHINGTON (Agency) Secretary of State John Miller met Turkish Foreign Minister Ali Demir in "
            "Brussels today. Miller voiced support for ongoing exploratory talks between Turkey and Greece.")
    events = events_of(text, "en", date(2026, 3, 12))
    assert all(city_name(e) != "Washington" for e in events), [(e.type, city_name(e)) for e in events]
