"""An act whose own day dates the trip it is told with still takes the city its travellers arrived in.

"X held talks with Y this morning, on the second day of his visit to Sweden. X arrived in Gothenburg yesterday":
the trip and the talks share the phrase "this morning", yet the talks are no act dated only by their trip (a trip
"from 20 to 22 March" is), so they take place where the traveller arrived the day before
(:mod:`graph.extract.dayplaces`).
"""

from __future__ import annotations

from datetime import date

from where import city_name

from extracted import events_of


PUBLISHED = date(2026, 4, 23)


def _talks(events: list):
    found = [e for e in events if e.type in ("Talks", "Meeting")]
    assert found, [e.type for e in events]
    return found[0]


def test_talks_dated_with_the_trip_take_the_city_of_the_arrival() -> None:
    english = ("Chile's President Rodrigo Fuentes held talks with Prime Minister Anna Lindqvist at the parliament this "
               "morning, on the second day of his official visit to Sweden.\n\n"
               "Fuentes arrived in Gothenburg yesterday afternoon with a delegation of business leaders.")  # fmt: skip
    french = ("Le président chilien Rodrigo Fuentes s'est entretenu ce matin avec la Première ministre Anna Lindqvist "
              "au Parlement, au deuxième jour de sa visite officielle en Suède.\n\n"
              "M. Fuentes est arrivé hier après-midi à Göteborg.")  # fmt: skip
    for text, lang in ((english, "en"), (french, "fr")):
        talks = _talks(events_of(text, lang, PUBLISHED))
        assert talks.date is not None and talks.date.value == "2026-04-23"
        assert city_name(talks) == "Gothenburg", lang
