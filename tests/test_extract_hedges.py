"""Hedged acts: a meeting that is only requested, not yet fixed or never confirmed is Uncertain (five languages)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event

from extracted import events_of


PUBLISHED = date(2026, 3, 10)


def _meeting_with(found: list[Event], name: str) -> Event:
    return next(e for e in found if e.type == "Meeting" and any(p.name == name for p in e.attendees))


@pytest.mark.parametrize(
    ("text", "lang", "host"),
    [
        ("Die Außenministerin Anna Berg reist am Montag nach Nairobi. Ein Treffen mit Präsident William Ruto ist "
         "angefragt, aber noch nicht bestätigt.", "de", "William Ruto"),
        ("La ministre française Anne Roux se rendra lundi à Dakar. Une rencontre avec le président sénégalais "
         "Macky Sall n'est « pas encore calée ».", "fr", "Macky Sall"),
        ("La ministre française Anne Roux se rendra lundi à Dakar. Une rencontre avec le président sénégalais "
         "Macky Sall n'avait jamais été confirmée.", "fr", "Macky Sall"),
        ("Foreign Minister Jane Cole will travel to Lima on Monday. A meeting with President Rosa Vega has not yet "
         "been finalised.", "en", "Rosa Vega"),
        ("La canciller Ana Ruiz viajará el lunes a Lima. Una reunión con el presidente peruano Luis Vega todavía "
         "no está confirmada.", "es", "Luis Vega"),
        ("Министр иностранных дел Казахстана Айдар Беков в понедельник посетит Бишкек. Встреча с президентом "
         "Киргизии Садыром Жапаровым пока не согласована.", "ru", "Sadyr Zhaparov"),
    ],
)
def test_meeting_not_yet_fixed_is_uncertain(text: str, lang: str, host: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert _meeting_with(found, host).status == "Uncertain"
    assert any(e.type == "Visit" and e.status == "Planned" for e in found)  # the trip itself stays a plan


def test_possibility_of_a_visit_is_uncertain_fr() -> None:
    found = events_of("Le ministre belge Jan Peeters a reçu mardi son homologue luxembourgeois Marc Weber. La "
                      "possibilité d'une visite du Premier ministre belge au Luxembourg a été évoquée.", "fr", PUBLISHED)  # fmt: skip
    assert [e.status for e in found if e.type == "Visit"] == ["Uncertain"]


def test_visit_at_a_date_to_be_confirmed_is_not_in_doubt_en() -> None:
    found = events_of("Minister Ana Sousa will undertake an official visit to Malawi at a date to be confirmed.", "en", PUBLISHED)
    assert [e.status for e in found if e.type == "Visit"] == ["Planned"]  # only its date is open


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les deux ministres ont enfin évoqué la visite que le président sénégalais Macky Sall effectuera "
         "prochainement en Mauritanie.", "fr"),
        ("El canciller Juan Pérez habló con su par chileno Luis Rojas. Ambos evocaron la visita que el presidente "
         "Pedro Gómez realizará próximamente a Chile.", "es"),
        ("Foreign Minister Jane Cole spoke with her Indian counterpart Raj Singh. They discussed the visit that "
         "President Rosa Vega will make to India next year.", "en"),
        ("Die Außenministerin Anna Berg sprach mit ihrem indischen Amtskollegen Raj Singh. Sie erörterten auch den "
         "Besuch, den Bundespräsident Peter Lang im Herbst in Indien machen wird.", "de"),
        ("Министр Айдар Беков провел переговоры с коллегой Раджем Сингхом. Стороны обсудили визит, который "
         "президент Казахстана Касым Токаев совершит в Индию осенью.", "ru"),
    ],
)
def test_visit_someone_will_make_is_planned(text: str, lang: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert [e.status for e in found if e.type == "Visit"] == ["Planned"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Не исключено, что министр иностранных дел Казахстана Айдар Беков посетит Баку в июле.", "ru"),
        ("Как сообщил источник в МИД, не исключается также визит министра иностранных дел Казахстана Айдара "
         "Бекова в Баку в июле.", "ru"),
        ("Es ist nicht ausgeschlossen, dass Außenministerin Anna Berg im Juli nach Nairobi reist.", "de"),
        ("No se descarta que la canciller Ana Ruiz viaje a Lima en julio.", "es"),
        ("Officials did not rule out a visit by Foreign Minister Jane Cole to Lima in July.", "en"),
        ("Le ministère sénégalais n'exclut pas une visite de la ministre française Anne Roux à Dakar en juillet.", "fr"),
    ],
)
def test_act_not_ruled_out_is_uncertain(text: str, lang: str) -> None:
    assert [(e.type, e.status) for e in events_of(text, lang, PUBLISHED)] == [("Visit", "Uncertain")]


def test_meeting_not_ruled_out_around_it_de() -> None:
    kept = events_of("Bundeskanzler Peter Lang schloss ein Treffen mit Präsident Ivan Petrenko im Juli nicht aus.", "de", PUBLISHED)
    assert [(e.type, e.status) for e in kept] == [("Meeting", "Uncertain")]


def test_meeting_ruled_out_stays_no_event_fr() -> None:
    assert events_of("Le ministre Jean Dupont a exclu une rencontre avec le président Ivan Petrenko.", "fr", PUBLISHED) == []
