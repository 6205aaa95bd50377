"""A month named alone after a postponement's "to" is the plan's new month (issue #3)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


CASES = [
    ("en", "The visit of Peruvian Foreign Minister Ana Salas to New Delhi, which had been scheduled for next week, "
           "has been postponed to January, an official said."),
    ("fr", "La visite de la ministre péruvienne des Affaires étrangères Ana Salas à New Delhi a été reportée à janvier."),
    ("de", "Der Besuch der peruanischen Außenministerin Ana Salas in Neu-Delhi wurde auf Januar verschoben."),
    ("es", "La visita de la canciller peruana Ana Salas a Nueva Delhi fue aplazada a enero."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_postponed_to_a_month_dates_the_plan_to_that_month(lang, text):
    assert date_of(events_of(text, lang, date(2026, 11, 24)), "Visit") == "2027-01"


def test_a_month_alone_without_a_postponement_is_no_date():
    events = events_of("Peruvian Foreign Minister Ana Salas met her Indian counterpart in New Delhi. January was cold.",
                       "en", date(2026, 11, 24))
    assert all(e.date is None or not e.date.value.startswith("2027-01") for e in events)
