"""Dates of plans tied to another plan or told in an apposition: a plan told "on that occasion" takes the date of the
plan told before it (_dateanaphor), a plan's date in an apposition dates its act noun (_dateplanned) and is not
superseded by the day of the report of its postponement (_daterevise), and an arrival told in the past is a past day
even next to a plan (past_markers of dates.json)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event
from extracted import events_of


def _of(events: list[Event], *types: str) -> Event:
    found = [e for e in events if e.type in types]
    assert found, [e.type for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bundeskanzlerin Eva Roth hat am Donnerstag mit dem kenianischen Präsidenten Samuel Mwangi telefoniert. "
               "Zudem lud sie den Präsidenten zu einem Besuch nach Berlin ein. Der Besuch des kenianischen Staatschefs "
               "sei für September vorgesehen. Bei dieser Gelegenheit sollen auch die deutsch-kenianischen "
               "Regierungskonsultationen in Berlin stattfinden, die zuletzt im vergangenen Jahr in Nairobi getagt hatten."),
        ("fr", "La ministre française des Affaires étrangères, Claire Morel, s'est entretenue jeudi au téléphone avec "
               "son homologue kényan, Samuel Mwangi. La signature de l'accord interviendra lors du déplacement de la "
               "ministre à Nairobi en septembre prochain. À cette occasion, les deux ministres coprésideront la "
               "deuxième session du dialogue stratégique franco-kényan, dont la première session s'était tenue en 2023."),
    ],
)
def test_a_plan_on_that_occasion_takes_the_date_of_the_plan_before(lang: str, text: str) -> None:
    talks = _of(events_of(text, lang, date(2026, 5, 8)), "Talks", "Meeting", "Negotiation", "Conference")
    assert (talks.status, talks.date.value if talks.date else None) == ("Planned", "2026-09")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Par ailleurs, le sommet des chefs d'État du Liberia, de la Sierra Leone et de la Guinée, qui réunit les "
               "trois voisins, prévu le 2 octobre à Monrovia, a été reporté sine die, a annoncé jeudi le secrétariat."),
        ("es", "Por otra parte, la cumbre de los jefes de Estado de Liberia, Sierra Leona y Guinea, que reúne a los tres "
               "vecinos, prevista para el 2 de octubre en Monrovia, fue aplazada sin fecha, anunció el jueves la secretaría."),
    ],
)
def test_a_plan_date_in_apposition_dates_its_act_noun(lang: str, text: str) -> None:
    summit = _of(events_of(text, lang, date(2026, 9, 18)), "Summit", "Conference")
    assert summit.date is not None and summit.date.value == "2026-10-02"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La canciller colombiana, Luisa Gómez, llegó a Quito el lunes por la noche y será recibida el "
               "miércoles por el presidente Mateo Paz."),
        ("en", "Colombian Foreign Minister Luisa Gomez arrived in Quito on Monday night and will be received on "
               "Wednesday by President Mateo Paz."),
    ],
)
def test_an_arrival_told_in_the_past_is_last_monday(lang: str, text: str) -> None:
    visit = _of(events_of(text, lang, date(2026, 7, 14)), "Visit")
    assert (visit.status, visit.date.value if visit.date else None) == ("Occurred", "2026-07-13")
