"""Statement triggers told with another act in their sentence: a closing attribution after a quote or comma
is said now even when what it reports lies ahead; a speech verb and the setting it was said in ("vor
Journalisten") are one statement of one speaker; a statement noun whose clause ends on a plan word is ahead."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _statuses(events, kind: str) -> list[str]:
    return [e.status for e in events if e.type == kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "ABIDJAN, 22 septembre 2026 (AFP) - « Le président Lassina Bamba se rendra au Ghana dès que les "
               "conditions seront réunies », a déclaré mardi à Abidjan le porte-parole du gouvernement ivoirien, "
               "Serge-Alain Koffi."),
        ("en", "\"President Kofi Mensah will travel to Berlin in March,\" said the Ghanaian government spokesman "
               "Daniel Owusu on Tuesday."),
    ],
)
def test_a_closing_attribution_of_a_future_act_is_made_now(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 9, 22))
    assert _statuses(events, "Statement") == ["Occurred"]


def test_giving_up_a_trip_calls_it_off() -> None:
    text = ("PARIS, 10 avril (Reuters) - La ministre de l'Europe et des Affaires étrangères, Hélène Corbin, a "
            "renoncé à se rendre au Mali, a annoncé jeudi le porte-parole du Quai d'Orsay, Paul Marchetti.")
    events = events_of(text, "fr", date(2025, 4, 10))
    assert _statuses(events, "Visit") == ["Cancelled"]
    assert _statuses(events, "Statement") == ["Occurred"]


def test_said_before_reporters_is_one_statement_of_the_speaker() -> None:
    text = ("In Santiago traf Bundesaußenministerin Annette Kessler am Donnerstag ihren chilenischen Amtskollegen "
            "Rodrigo Echeverría Soto. „Chile ist für uns ein Partner“, sagte Kessler nach dem Treffen mit "
            "Echeverría vor Journalisten.")
    statements = [e for e in events_of(text, "de", date(2026, 11, 12)) if e.type == "Statement"]
    assert len(statements) == 1
    assert statements[0].speaker is not None and statements[0].speaker.name == "Annette Kessler"


def test_a_press_conference_that_is_scheduled_is_planned() -> None:
    text = ("Bundeskanzler Thomas Wegener hat am Mittwoch den Präsidenten Ghanas, Kofi Boateng, im Kanzleramt "
            "empfangen. Am Donnerstag ist eine gemeinsame Pressekonferenz von Wegener und Boateng vorgesehen.")
    assert _statuses(events_of(text, "de", date(2026, 1, 23)), "Statement") == ["Planned"]
