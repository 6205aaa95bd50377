"""Summonses told without the usual verb, conference halls that are places, and calls on a leader.

- An envoy "asked to" or "quoted into" the foreign ministry was summoned: "habe Botschafter X ins Ministerium
  gebeten", "ins Außenministerium zitiert", "приглашён в МИД", "llamado a la cancillería", "prié de se rendre
  au ministère", "hauled in".
- A "conference centre" ("centre de conférences", "centro de conferencias", "Konferenzzentrum", "конференц-зал")
  is where a meeting is held, not a conference: the ministers who "met at the conference centre" held a meeting.
- "is due to call on President X ... before travelling to Y" is a planned meeting with X: the "to" of the trip
  that follows does not make it an appeal ("called on the government to release ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _events(lang: str, text: str) -> list[tuple[str, str, str | None, frozenset[str]]]:
    found = extraction_of(text, lang, date(2026, 5, 8))
    return [(event.type, event.status, event.date.value if event.date else None,
             frozenset(p.name for p in event.attendees)) for event in found.events]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "day", "names"),
    [
        ("de", "Berlin (dpa) - Staatssekretär Jonas Pfeiffer habe Botschafter Igor Kowaltschuk am Mittwoch ins "
               "Ministerium gebeten, teilte das Ministerium am Donnerstag mit.", "2026-05-06",
         {"Jonas Pfeiffer", "Igor Kowaltschuk"}),
        ("de", "Wien (APA) - Der belarussische Botschafter Igor Kowaltschuk ist am Mittwoch ins Außenministerium "
               "zitiert worden.", "2026-05-06", {"Igor Kowaltschuk"}),
        ("ru", "Посол Эстонии Маргус Тамм в среду был приглашён в МИД России, сообщили в министерстве.",
         "2026-05-06", {"Маргус Тамм"}),
        ("es", "El embajador de Bolivia, Luis Arce Pinto, fue llamado el miércoles a la cancillería, informó el "
               "ministerio.", "2026-05-06", {"Luis Arce Pinto"}),
        ("fr", "L'ambassadeur du Mali, Amadou Traoré, a été prié de se rendre mercredi au ministère des Affaires "
               "étrangères, a indiqué le ministère.", "2026-05-06", {"Amadou Traoré"}),
    ],
)
def test_an_envoy_asked_into_the_ministry_was_summoned(lang: str, text: str, day: str, names: set[str]) -> None:
    summonses = [e for e in _events(lang, text) if e[0] == "Summons"]
    assert summonses, _events(lang, text)
    assert summonses[0][1:3] == ("Occurred", day)
    assert len(summonses[0][3]) == len(names)  # the envoy (and the official who summoned him), spelt as extracted


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les ministres des Affaires étrangères du Mali et du Niger se sont réunis vendredi à Bamako, au "
               "centre de conférences de la ville."),
        ("es", "Los cancilleres de Perú y Bolivia se reunieron el viernes en La Paz, en el centro de conferencias "
               "del gobierno."),
        ("en", "The foreign ministers of Chile and Peru met on Friday in Lima at the government conference "
               "centre."),
        ("de", "Die Außenminister Jan Nowak (Polen) und Vytas Kairys (Litauen) trafen sich am Freitag im "
               "Konferenzzentrum von Vilnius."),
    ],
)
def test_ministers_who_met_at_a_conference_centre_held_a_meeting(lang: str, text: str) -> None:
    types = [e[0] for e in _events(lang, text)]
    assert "Meeting" in types and "Conference" not in types, types


def test_a_call_on_a_leader_before_a_trip_is_a_planned_meeting() -> None:
    text = ("OSLO (AP) - Chilean Foreign Minister Tomas Aravena arrived in Oslo on Thursday. He is scheduled to "
            "call on Prime Minister Sigrid Aasland on Monday before travelling to Stockholm.")
    meetings = [e for e in _events("en", text) if e[0] == "Meeting"]
    assert meetings and meetings[0][1:3] == ("Planned", "2026-05-11")
    assert {"Tomas Aravena", "Sigrid Aasland"} <= meetings[0][3]


def test_a_call_on_a_government_to_act_is_no_meeting() -> None:
    text = "OSLO (AP) - Chilean Foreign Minister Tomas Aravena will call on the Norwegian government to release the crew."
    assert not [e for e in _events("en", text) if e[0] == "Meeting"]
