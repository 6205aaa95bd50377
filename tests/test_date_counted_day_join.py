"""A day counted from another day of its sentence dates the act after a clause join ("is due to fly to Quito on
Thursday and to hold talks with X the following day": Friday), while the day it counts from stays with the act
told right after it ("Arrivé mercredi soir pour sa visite, M. X a déposé le lendemain matin une couronne": the
visit's Wednesday) (_dateassign._counted_from)."""

from __future__ import annotations

from extracted import events_of, of_type


def test_the_following_day_after_and_dates_the_talks() -> None:
    text = ("LIMA, May 20 (Reuters) - Sweden and Peru signed a mining agreement on Tuesday after Swedish Foreign "
            "Minister Anna Berg Lindqvist held talks in Lima with her Peruvian counterpart, Jorge Salas Quispe.\n\n"
            "Berg Lindqvist is due to fly to Quito on Thursday and to hold talks with Ecuadorian Foreign Minister "
            "Pablo Vera Andrade the following day, before returning to Stockholm at the weekend.")
    talks = [e for e in of_type(events_of(text, "en", "2026-05-20"), "Talks") if e.status == "Planned"]
    assert [e.date.value for e in talks] == ["2026-05-22"]


def test_the_day_counted_from_keeps_the_arrival_without_a_join() -> None:
    text = ("Publié le 5 juin 2026\n\nLa ministre des Affaires étrangères, Claire Dubé-Roy, a reçu jeudi à Ottawa "
            "son homologue chilien, Andrés Vidal Soto, pour des entretiens.\n\nArrivé mercredi soir pour sa première "
            "visite officielle au Canada, M. Vidal a déposé le lendemain matin une couronne au Monument.")
    visits = of_type(events_of(text, "fr", "2026-06-05"), "Visit")
    assert [e.date.value for e in visits] == ["2026-06-03"]
