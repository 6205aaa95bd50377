"""An act told with "dort" in the clause before it, in the sentence after a called-off visit ("Ein für kommende
Woche geplanter Besuch des Vize-Außenministers in Oslo wurde abgesagt. Er hätte dort Konsultationen führen
sollen"), would have taken place during the visit: it takes the visit's date (_dateafter, ``there_openers``)."""

from __future__ import annotations

from extracted import events_of, of_type

TEXT = ("Oslo (dpa) - Norwegen hat einen belarussischen Diplomaten ausgewiesen.\n\nEin für kommende Woche geplanter "
        "Besuch des belarussischen Vize-Außenministers Pawel Kowaljow in Oslo wurde von norwegischer Seite abgesagt. "
        "Kowaljow hätte dort politische Konsultationen mit seinem norwegischen Kollegen führen sollen.")


def test_the_consultations_there_take_the_called_off_visits_date() -> None:
    events = events_of(TEXT, "de", "2026-01-16")
    visits, talks = of_type(events, "Visit"), of_type(events, "Talks")
    assert visits and talks and visits[0].date is not None
    assert talks[0].date is not None and talks[0].date.value == visits[0].date.value
