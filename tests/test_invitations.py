""""X invited Y to visit": a planned visit of Y with X, its host, as the development set's gold lists it;
"for a visit at the invitation of X": a visit naming only X names no traveller of its own
(graph.extract.invitations)."""

from datetime import date

import pytest

from extracted import events_of


_INVITED = {
    "en": "Russian President Andrey Kornilov held talks in Moscow on Thursday with Tanzanian President Yusuf "
          "Mvinchande. Mvinchande invited Kornilov to visit Tanzania.",
    "es": "El presidente ruso, Andrey Kornilov, recibió el jueves en Moscú al presidente tanzano, Yusuf Mvinchande. "
          "Mvinchande invitó a Kornilov a visitar Tanzania.",
    "de": "Der russische Präsident Andrey Kornilov hat am Donnerstag in Moskau den tansanischen Präsidenten Yusuf "
          "Mvinchande empfangen. Mvinchande lud Kornilov zu einem Besuch in Tansania ein.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(_INVITED))
def test_an_invitation_is_a_planned_visit_with_its_host(lang: str) -> None:
    events = events_of(_INVITED[lang], lang, date(2026, 5, 15))
    visit = next(e for e in events if e.type == "Visit")
    assert visit.status == "Planned"
    assert sorted(p.name for p in visit.attendees) == ["Andrey Kornilov", "Yusuf Mvinchande"]


def test_the_inviting_host_makes_no_visit() -> None:
    text = ("Vientiane, Thursday, March 12, 2026\n\nCambodian Prime Minister Sok Vannarith arrived in Vientiane on "
            "Tuesday for a two-day official visit at the invitation of his Lao counterpart, Khamphet Sisouphanh.")
    events = events_of(text, "en", date(2026, 3, 12))
    visits = [e for e in events if e.type == "Visit"]
    assert [[p.name for p in v.attendees] for v in visits] == [["Sok Vannarith"]]
