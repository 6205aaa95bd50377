"""Event-level rules of session 18: a visit named again through a fronted German participle of preparing it, a
trip "zu Gesprächen nach X" adding no talks, wreath-laying verbs as ceremonies, and a planned act told with its
own date and place far from a bare plan of the same kind staying apart from it."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _events(lang: str, text: str, published: date) -> list[tuple[str, str, list[str], str | None]]:
    events = events_of(text, lang, published)
    return [(e.type, e.status, [p.name for p in e.attendees], getattr(e.location, "name", None)) for e in events]


def test_fronted_participle_of_preparing_names_the_visit_told() -> None:
    text = ("Die dänische Ministerpräsidentin Ida Brønnum ist am Dienstag zu einem offiziellen Besuch in Reykjavík "
            "eingetroffen. Gestern führte Brønnum Gespräche mit der isländischen Ministerpräsidentin Hildur "
            "Magnúsdóttir.\n\nVorbereitet worden war der Besuch letzte Woche von den Außenministern beider Länder, "
            "Rasmus Kjeldsen und Einar Haraldsson, die sich in Oslo getroffen hatten.")
    events = _events("de", text, date(2026, 8, 27))
    visits = [e for e in events if e[0] == "Visit"]
    assert len(visits) == 1 and visits[0][1] == "Occurred", events


def test_trip_for_talks_without_a_party_adds_no_talks() -> None:
    text = ("Außenministerin Friederike Aschenbach hat heute den estnischen Außenminister Rein Kask in Berlin "
            "getroffen. Aschenbach wird Anfang Juni zu politischen Gesprächen nach Tallinn reisen.")
    events = _events("de", text, date(2026, 4, 23))
    assert [e[:2] for e in events] == [("Meeting", "Occurred"), ("Visit", "Planned")], events


def test_trip_for_talks_with_a_party_keeps_the_talks() -> None:
    text = ("Außenministerin Friederike Aschenbach hat heute den estnischen Außenminister Rein Kask in Berlin "
            "getroffen. Aschenbach wird Anfang Juni zu Gesprächen mit Kask nach Tallinn reisen.")
    events = _events("de", text, date(2026, 4, 23))
    assert ("Talks", "Planned") in [e[:2] for e in events], events


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Президент Лаоса Сомсак Кеовонгса прибыл в Москву накануне. В тот же день он возложил венок к Могиле "
           "Неизвестного Солдата."),
    ("fr", "Le président sénégalais Amadou Ba est arrivé lundi à Paris. Mardi, il a déposé une gerbe sur la tombe du "
           "Soldat inconnu."),
    ("de", "Der kasachische Präsident Arman Bektur ist am Montag in Berlin eingetroffen. Am Dienstag legte er am "
           "Ehrenmal einen Kranz nieder."),
], ids=["ru", "fr", "de"])
def test_laying_a_wreath_is_a_ceremony(lang: str, text: str) -> None:
    events = _events(lang, text, date(2026, 3, 12))
    assert any(e[0] == "Ceremony" and e[1] == "Occurred" and e[2] for e in events), events


def test_next_meeting_with_its_own_date_and_place_is_not_a_bare_plan_told_far_back() -> None:
    text = ("Главы МИД Туркменистана, Таджикистана и Киргизии Батыр Оразов, Саиджон Рахимзода и Эрлан Токтосунов "
            "провели в минувшую пятницу трёхстороннюю встречу в Туркменбаши.\n\nНа полях встречи Оразов и "
            "Рахимзода провели двусторонние переговоры, посвящённые подготовке заседания межправительственной "
            "комиссии.\n\nМинистры обсудили транзит. Стороны обсудили воду.\n\nСледующая трёхсторонняя встреча "
            "министров пройдёт в Бишкеке в первой половине 2027 года.")
    events = _events("ru", text, date(2026, 9, 21))
    assert ("Meeting", "Planned") in [e[:2] for e in events], events
    assert "Bishkek" in [e[3] for e in events if e[1] == "Planned"], events


def test_the_day_before_is_a_date_not_an_earlier_visit() -> None:
    text = ("Quito, 8 de julio de 2026\n\nLa canciller del Ecuador, María Fernanda Andrade Salvador, y el canciller del "
            "Paraguay, Rubén Darío Benítez Ocampo, copresidieron hoy la reunión de la Comisión Mixta.\n\nEl canciller "
            "Benítez llegó a Quito el día anterior en visita oficial.")
    events = _events("es", text, date(2026, 7, 8))
    visits = [e for e in events if e[0] == "Visit"]
    assert len(visits) == 1 and visits[0][2] == ["Rubén Darío Benítez Ocampo"], events
