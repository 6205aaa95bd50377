"""Acts told apart from the one reported: an act of an earlier year ("met ... last year"), a reciprocal
expulsion ("responded by ordering a diplomat to leave"), a meeting on the margins of another, a trilateral
series' previous and next meeting, and a statement after a quoted conditional (graph.extract.events, .merge,
.marginacts, .bilateral, .roundsentences, .hedges)."""

from datetime import date

from extracted import events_of


def test_a_meeting_of_last_year_is_not_the_talks() -> None:
    text = ("Moscow, March 3, 2026\n\nRussian President Mikhail Vetrov held talks with Ethiopian Prime Minister "
            "Tekle Gebremariam. Vetrov and Gebremariam met in Sochi in October last year.")
    events = events_of(text, "en", date(2026, 3, 3))
    talks = next(e for e in events if e.type == "Talks")
    assert talks.date.value == "2026-03-03"
    assert any(e.date is not None and e.date.value.startswith("2025") for e in events if e.type == "Meeting")


def test_a_diplomat_ordered_to_leave_in_answer_is_another_expulsion() -> None:
    text = ("Lithuania expelled a Belarusian diplomat in June, and Minsk responded by ordering a Lithuanian "
            "diplomat to leave.")
    events = events_of(text, "en", date(2026, 9, 17))
    assert len([e for e in events if e.type == "Expulsion"]) == 2


def test_a_meeting_on_the_margins_of_a_meeting_is_its_own() -> None:
    text = ("TEGUCIGALPA, 30 abr - La canciller hondureña, Claudia Maradiaga Rivera, recibió el lunes pasado en "
            "Amapala a sus homólogos de El Salvador, Rodrigo Alas Menjívar, y de Nicaragua, Francisco Urbina "
            "Castellón, en una reunión trilateral. Al margen de la reunión, Maradiaga y Urbina sostuvieron un "
            "encuentro bilateral.")
    meetings = [e for e in events_of(text, "es", date(2026, 4, 30)) if e.type == "Meeting"]
    assert len(meetings) == 2
    assert {e.date.value for e in meetings} == {"2026-04-27"}


def test_the_previous_and_next_trilateral_meetings() -> None:
    text = ("Los cancilleres de Honduras, El Salvador y Nicaragua, Claudia Maradiaga Rivera, Rodrigo Alas Menjívar "
            "y Francisco Urbina Castellón, se reunieron el lunes en Amapala. La anterior reunión trilateral de "
            "cancilleres tuvo lugar en agosto de 2025 en La Unión. La próxima se celebrará en Managua en octubre.")
    events = [e for e in events_of(text, "es", date(2026, 4, 30)) if e.type == "Meeting"]
    planned = [e for e in events if e.status == "Planned"]
    assert [e.date.value for e in planned] == ["2026-10"]
    assert len(events) == 3


def test_a_statement_after_a_quoted_conditional_is_told() -> None:
    text = ("Los cancilleres de Honduras y El Salvador, Claudia Maradiaga Rivera y Rodrigo Alas Menjívar, se "
            "reunieron el lunes en Amapala. \"Si el mecanismo funciona, no sería descabellado pensar en una cumbre "
            "de los presidentes\", dijo Alas Menjívar a periodistas.")
    types = [e.type for e in events_of(text, "es", date(2026, 4, 30))]
    assert "Statement" in types
    assert "Summit" not in types
