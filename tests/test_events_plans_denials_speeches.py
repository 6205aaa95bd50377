"""Plans and denials: a visit whose sentence closes on "wird es nicht geben", a speech ("in einer Rede
vor"), a headline trip whose body tells only plans, a past act background under a planned main event, a summit
held in a relative clause though the pair's meeting at it is in doubt, and a signing told as an infinitive ("et
signer avec lui un accord")."""

from __future__ import annotations

from datetime import date

from extracted import events_of

from graph.extract.events import find_mentions
from graph.extract.text import sentences


def test_a_visit_the_sentence_says_there_will_not_be_is_no_event_de() -> None:
    text = ("Windhoek – Einen Besuch von Bundeskanzler Jonas Brettschneider, über den namibische Zeitungen "
            "spekuliert hatten, wird es nach Angaben aus Regierungskreisen in Berlin nicht geben.")
    assert not [e for e in events_of(text, "de", date(2026, 5, 14)) if e.type in ("Visit", "StateVisit")]


def test_a_speech_before_parliament_is_a_statement_de() -> None:
    text = ("Windhoek – Präsidentin Hilma Nangolo würdigte die Zusammenarbeit am Mittwoch in einer Rede vor der "
            "Nationalversammlung als „Partnerschaft, die Leben rettet“.")
    assert [e.type for e in events_of(text, "de", date(2026, 5, 14))] == ["Statement"]


def test_a_headline_trip_whose_acts_lie_ahead_is_planned_and_an_old_signing_background_de() -> None:
    text = ("Marquardt reist zur Gedenkfeier nach Namibia\n\nWindhoek – Entwicklungsministerin Sabine Marquardt wird "
            "am Samstag in Windhoek an einer Feier teilnehmen. Bereits am Freitag trifft Marquardt den namibischen "
            "Außenminister Peya Shikongo. Dabei soll es um eine Verlängerung des Abkommens gehen.\n\nDas Abkommen war "
            "am 20. Mai 2016 in Windhoek von Bundesaußenminister Frank Albers und seinem namibischen Amtskollegen "
            "Tjiuai Hamutenya unterzeichnet worden.\n\nPräsidentin Hilma Nangolo würdigte die Zusammenarbeit am "
            "Mittwoch in einer Rede vor der Nationalversammlung.")
    events = events_of(text, "de", date(2026, 5, 14))
    visits = [e for e in events if e.type == "Visit"]
    assert visits and all(e.status == "Planned" for e in visits)
    signings = [e for e in events if e.type == "Ceremony" and e.date is not None and e.date.value == "2016-05-20"]
    assert signings and all(e.background for e in signings)


def test_a_summit_held_later_stays_planned_though_a_meeting_at_it_is_in_doubt_ru() -> None:
    text = ("БИШКЕК, 15 апреля. Лидеры могут пообщаться в кулуарах саммита глав государств Центральной Азии, "
            "который пройдёт 12 июня в Туркестане.")
    found = find_mentions(text, "ru", sentences(text))
    assert [(m.type, m.status) for m in found] == [("Summit", "Planned")]


def test_a_signing_told_as_an_infinitive_after_a_planned_talk_is_planned_fr() -> None:
    text = ("OTTAWA, 26 novembre 2026 (AFP) - Mme Mélanie Gagnon-Roy sera lundi à Dakar, où elle doit s'entretenir avec "
            "son homologue sénégalais, Cheikh Tidiane Ndiaye, et signer avec lui un accord sur la mobilité des jeunes.")
    signings = [e for e in events_of(text, "fr", date(2026, 11, 26)) if e.type == "Ceremony"]
    assert signings and signings[0].status == "Planned"
