"""A joint or mixed commission is a bilateral body: its earlier or next session, told without a party of its
own, is one of the report's two states ("The previous session of the Joint Commission was held in New Delhi in
May 2024", "The Joint Committee last met in Singapore in May 2023"). The French "round" borrowed for a round
of talks and "le précédent, tenu à X" name rounds; "kam X im Palast mit Y zusammen" is a meeting however many
words part its verb."""

from __future__ import annotations


import pytest

from graph.extract.events import find_mentions
from graph.extract.text import sentences
from graph.model import Event, Extraction

from extracted import events_of, extraction_of


PUBLISHED = "2026-03-17"


def _dated(extraction: Extraction, value: str) -> list[Event]:
    return [e for e in extraction.events if e.date is not None and e.date.value == value]


_OMAN = ("External Affairs Minister Arvind Rao held talks in Muscat on 15 March with the Foreign Minister of Oman, "
         "Khalid bin Salim Al Harthy. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous session of the Joint Commission was held in New Delhi in May 2024.",
        "The Joint Commission last met in New Delhi in May 2024.",
    ],
)
def test_an_earlier_session_of_a_joint_commission_is_of_the_two_states(sentence: str) -> None:
    earlier = _dated(extraction_of(_OMAN + sentence, "en", PUBLISHED), "2024-05")
    assert len(earlier) == 1
    assert earlier[0].background
    assert set(earlier[0].countries) == {"IN", "OM"}


def test_a_joint_commission_is_no_party_of_an_unrelated_verb() -> None:
    text = _OMAN + "Officials of the joint commission said the talks went well."
    assert not _dated(extraction_of(text, "en", PUBLISHED), "2024-05")
    assert all(e.type != "Statement" or e.attendees or e.countries for e in events_of(text, "en", PUBLISHED))


def test_the_french_round_borrowed_names_a_round_of_talks() -> None:
    text = "Sur ce dossier, le troisième round des négociations sur l'accord de pêche s'ouvrira le 6 octobre."
    mentions = find_mentions(text, "fr", sentences(text))
    assert [m.round for m in mentions if m.type == "Negotiation"] == [True]


def test_a_german_meeting_verb_split_by_many_words() -> None:
    text = ("Der türkische Außenminister Mehmet Ali Karaoğlu ist am Montag zu einem Besuch in Ägypten eingetroffen. "
            "Noch am Montagabend kam Karaoğlu im Tahrir-Palast mit seinem ägyptischen Amtskollegen Hisham Mahmoud "
            "Abdelrahman zusammen.")
    meetings = [e for e in events_of(text, "de", "2026-04-14") if e.type == "Meeting"]
    assert any({p.name for p in e.attendees} >= {"Mehmet Ali Karaoğlu", "Hisham Mahmoud Abdelrahman"} for e in meetings)


def test_a_summit_gathered_for_stays_a_summit() -> None:
    text = ("Die Präsidenten der Türkei, Saudi-Arabiens und Chinas kamen heute im Außenministerium in Peking zu einem "
            "Gipfel zusammen.")
    assert "Summit" in [e.type for e in events_of(text, "de", "2019-01-09")]


def test_the_previous_french_round_told_by_a_participle() -> None:
    text = ("Le troisième cycle de négociations entre l'Arménie et l'Azerbaïdjan s'est tenu mardi à Genève. "
            "Le précédent, tenu à Tbilissi en janvier, n'avait pas abouti.")
    earlier = _dated(extraction_of(text, "fr", "2026-04-23"), "2026-01")
    assert len(earlier) == 1
    assert earlier[0].background
    assert set(earlier[0].countries) == {"AM", "AZ"}
