"""Acts told again or only imagined: the end of a stay told after it is that stay; a definite call noun after
the article's one call is that call; an act after a conditional opening told with a modal, or in a report
played down, is no event; "the two ministers" are the latest two named together."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def _names(event) -> set[str]:
    return {p.name for p in event.attendees}


def test_the_end_of_a_visit_is_the_visit() -> None:
    text = ("Министр иностранных дел Монголии Батбаярын Ганзориг прибыл в Москву в понедельник с официальным "
            "визитом. Во вторник он провел переговоры с министром иностранных дел России Дмитрием Воронцовым.\n\n"
            "В среду монгольский министр завершит визит и вернется на родину.")
    events = events_of(text, "ru", date(2026, 6, 24))
    assert len([e for e in events if e.type == "Visit"]) == 1


def test_a_definite_call_noun_names_the_call_again() -> None:
    text = ("El presidente Andrés Felipe Cárdenas Rojas sostuvo el martes una conversación telefónica con su "
            "homólogo de Kenia, Daniel Kiptoo Cheruiyot.\n\nAsí lo confirmó este miércoles la ministra de "
            "Relaciones Exteriores, María Fernanda Ospina Lozano. Preguntada por los periodistas, la ministra "
            "precisó que en la conversación del martes no se habló de una visita de Estado.")
    calls = [e for e in events_of(text, "es", date(2026, 7, 9)) if e.type == "PhoneCall"]
    assert len(calls) == 1
    assert "María Fernanda Ospina Lozano" not in _names(calls[0])


def test_an_act_after_a_conditional_opening_is_only_imagined() -> None:
    text = ("TOKYO - Foreign Minister Haruto Kanemoto and his Chilean counterpart, Camila Errazuriz Vidal, held "
            "talks on Wednesday.\n\nShould they conclude quickly, a signing could be arranged during next year's "
            "APEC meetings, one Japanese negotiator said.")
    events = events_of(text, "en", date(2026, 11, 26))
    assert [e.type for e in events if e.type != "Statement"] == ["Talks"]


def test_a_report_played_down_is_no_plan() -> None:
    text = ("TOKYO - Prime Minister Aiko Shimazaki received the Chilean foreign minister on Friday.\n\n"
            "A government spokesperson played down reports that Shimazaki was preparing a tour of South America "
            "next spring.")
    events = events_of(text, "en", date(2026, 11, 28))
    assert not [e for e in events if e.type == "Visit" and e.status == "Planned"]


def test_the_two_ministers_are_the_two_named_together() -> None:
    text = ("TOKYO - Foreign Minister Haruto Kanemoto and his Chilean counterpart, Camila Errazuriz Vidal, held "
            "talks on Wednesday.\n\nErrazuriz, who took office in March, then flies to Busan. There she will hold "
            "talks on Saturday with South Korean Foreign Minister Park Ji-hoon.\n\nThe two ministers first met "
            "last month in Santiago.")
    events = events_of(text, "en", date(2026, 11, 26))
    earlier = [e for e in events if e.date is not None and e.date.value == "2026-10"]
    assert earlier and _names(earlier[0]) == {"Haruto Kanemoto", "Camila Errazuriz Vidal"}

