"""Statements of named speakers after a quotation ('"...," Gasimov's spokeswoman, Aysel Mammadova, said', "„...“,
so Ospanow"), a statement verb not planned by the period of what it says, a call taken from someone, reports
denied after the act they tell, an OSZE-Ministerrat, and a counterpart whose owner is named in the sentence before."""

from __future__ import annotations

from datetime import date

from extracted import events_of, people_of


def _statements(events) -> list:
    return [e for e in events if e.type == "Statement"]


def test_a_named_subject_between_a_quotation_and_said_makes_a_statement() -> None:
    text = ("YEREVAN, June 18. Armenian and Azerbaijani officials ended two days of border talks in Geneva on Tuesday.\n\n"
            "\"There will be no agreement on paper until the constitutional question is resolved,\" the minister's "
            "aide said. \"We are patient,\" Azerbaijan's spokeswoman, Aysel Mammadova, said on Tuesday.")
    found = _statements(events_of(text, "en", date(2026, 6, 18)))
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.name == "Aysel Mammadova"


def test_no_statement_for_an_unnamed_subject_or_a_clause_of_its_own() -> None:
    text = ("NAIROBI, Nov 23. Ghana's president arrived in Nairobi on Monday for a state visit.\n\n"
            "\"There was never a Uganda leg,\" a State House aide said.")
    assert not _statements(events_of(text, "en", date(2026, 11, 23)))


def test_so_after_a_quotation_names_the_speaker_de() -> None:
    text = ("Berlin – Der Staatsbesuch von Bundespräsident Martin Reinholz in Kasachstan ist verschoben worden.\n\n"
            "„Die Tür in Astana steht offen“, so Botschafter Dauren Ospanow.")
    found = _statements(events_of(text, "de", date(2026, 11, 19)))
    assert found and any(e.speaker is not None and any("Ospanow" in n for n in {e.speaker.name, *e.speaker.alternate_names}) for e in found)


def test_a_statement_is_not_planned_by_the_period_it_speaks_of() -> None:
    text = ("DOHA, Dec 1. Arriving at the venue, GCC Secretary-General Abdullah Al-Shamsi told reporters that "
            "next year's summit would be held in Muscat.")
    found = _statements(events_of(text, "en", date(2026, 12, 1)))
    assert found and all(e.status == "Occurred" for e in found)


def test_a_call_taken_from_a_minister_is_a_phone_call() -> None:
    text = ("DOHA, Dec 1. Qatar's Prime Minister, Sheikh Khalid bin Abdulrahman Al Thani, took a call from Iranian "
            "Foreign Minister Hossein Karimi on Monday evening, the Qatari foreign ministry said.")
    assert [e.type for e in events_of(text, "en", date(2026, 12, 1)) if e.type == "PhoneCall"] == ["PhoneCall"]


def test_a_report_denied_after_the_act_it_tells_is_no_event_de() -> None:
    text = ("Berlin – Außenministerin Katrin Lohmeyer telefonierte am Mittwoch mit ihrem kasachischen Amtskollegen "
            "Jerlan Sarsenbajew.\n\nBerichte kasachischer Medien, wonach Bundespräsident Martin Reinholz stattdessen "
            "bereits im Januar nach Zentralasien reisen könnte, wies eine Sprecherin des Präsidialamts zurück.")
    events = events_of(text, "de", date(2026, 11, 19))
    assert not [e for e in events if e.type in ("Visit", "StateVisit")]


def test_a_report_dismissed_after_the_visit_it_tells_is_no_event_en() -> None:
    text = ("LONDON, Sept 16. Reports that the prime minister would visit Tehran next month were dismissed by "
            "Downing Street on Tuesday.")
    assert not [e for e in events_of(text, "en", date(2026, 9, 16)) if e.type == "Visit"]


def test_an_osce_ministerial_council_is_a_conference_de() -> None:
    text = "Berlin – Außenministerin Katrin Lohmeyer wird Anfang Dezember am OSZE-Ministerrat in Wien teilnehmen."
    found = [e for e in events_of(text, "de", date(2026, 11, 19)) if e.type == "Conference"]
    assert found and found[0].status == "Planned"


def test_a_counterpart_takes_the_role_of_the_person_named_in_the_sentence_before() -> None:
    text = ("Ljubljana. Bundespräsident Johannes Stadlober ist am Dienstag zu einem Staatsbesuch in Slowenien "
            "eingetroffen.\n\nIm Präsidentenpalast sprach der Gast aus Wien gut eine Stunde unter vier Augen mit "
            "seiner Amtskollegin Mojca Kranjc Vidmar.")
    people = people_of(text, "de", date(2026, 4, 21))
    assert people["Mojca Kranjc Vidmar"].role == "President"
    assert people["Mojca Kranjc Vidmar"].country == "SI"


def test_a_counterpart_does_not_take_the_role_of_a_press_secretary_named_before() -> None:
    text = ("Publié le 4 décembre 2025\n\nLa ministre des Affaires étrangères, Isabelle Lachance, a reporté sa visite "
            "en Jamaïque.\n\nLa ministre se rendra finalement à Kingston les 14 et 15 janvier, selon son attachée de "
            "presse, Camille Bérubé. Elle doit y rencontrer son homologue jamaïcaine, Sharlene Whyte-Campbell.")
    people = people_of(text, "fr", date(2025, 12, 4))
    assert people["Sharlene Whyte-Campbell"].role != "Press Secretary"
