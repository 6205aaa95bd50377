"""A place named as where a traveller came from, with the verb of the coming between it and a "where" clause
(German verb-final order: "aus Hamburg angereist, wo er ... teilgenommen hatte"), is the place of the clause's
act (graph.extract.notvenues.origin_where)."""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kiel. Hoher Besuch aus Skandinavien: Der norwegische Ministerpräsident Lars Haugen ist am Donnerstag in "
         "Kiel eingetroffen. Haugen war am Morgen mit dem Zug aus Hamburg angereist, wo er am Mittwoch an einer "
         "Konferenz zur Sicherheit in der Nordsee teilgenommen hatte.", "de"),
        ("Kiel. Norwegian Prime Minister Lars Haugen arrived in Kiel on Thursday. Haugen had come by train from "
         "Hamburg, where he had attended a conference on North Sea security on Wednesday.", "en"),
    ],
)
def test_the_act_of_a_where_clause_after_an_origin_is_there(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2026, 3, 6))
    conference = next(e for e in events if e.type in ("Conference", "Summit"))
    assert city_name(conference) == "Hamburg"
    visit = next(e for e in events if e.type == "Visit")
    assert city_name(visit) == "Kiel"


def test_a_place_named_after_the_origin_is_not_the_origin() -> None:
    """Only lower-case words (the verb) may stand between the origin and the clause: "aus Hamburg in Kiel
    eingetroffen, wo" places the clause in Kiel."""
    text = ("Kiel. Der norwegische Ministerpräsident Lars Haugen ist am Donnerstag aus Hamburg in Kiel "
            "eingetroffen, wo er Ministerpräsident Jan Berger zu Gesprächen traf.")
    events = events_of(text, "de", date(2026, 3, 6))
    assert all(city_name(e) != "Hamburg" for e in events)
