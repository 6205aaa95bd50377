"""An act read as occurred but dated on a day after publication is planned when the clause of its mention tells
it in the present or future ("Tags darauf reist der Minister weiter nach Vilnius", "celebrarán la próxima semana
una reunión"); a past form there keeps it occurred (graph.extract.aheadacts)."""

from extracted import extraction_of


def _events(text: str, lang: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    found = extraction_of(text, lang, published)
    return [(e.type, e.status, e.date.value if e.date else None, e.location.name if e.location else None)
            for e in found.events]


def test_present_tense_trip_on_the_next_day_is_planned():
    text = ("Hartwig reist nach Polen und Litauen\n\n"
            "Außenminister Jens Hartwig bricht heute zu einer Reise nach Polen auf. In Warschau trifft er am "
            "Nachmittag seinen polnischen Amtskollegen Marek Zielinski. Tags darauf reist der Minister weiter "
            "nach Vilnius.")
    found = _events(text, "de", "2026-03-10")
    assert ("Visit", "Planned", "2026-03-11", "Vilnius") in found, found


def test_future_verb_of_a_noun_in_the_headline_makes_it_planned():
    text = ("Chile y Perú celebrarán la próxima semana en Lima una reunión\n\n"
            "SANTIAGO, 16 oct (EFE).- El canciller de Chile, Andrés Molina, viajará la próxima semana a Lima, "
            "donde se reunirá el martes 21 de octubre con su homólogo peruano, Jorge Salas.")
    found = _events(text, "es", "2025-10-16")
    assert not [e for e in found if e[1] == "Occurred"], found


def test_past_form_keeps_the_act_occurred():
    text = ("External Affairs Minister visits Oman\n\nMay 12, 2026\n\n"
            "1. External Affairs Minister Ravi Kumar visited Muscat on 12 May 2026 for the Joint Commission.\n\n"
            "2. EAM held talks with Foreign Minister Said al-Harthy on bilateral cooperation.\n\n"
            "3. On the following day, EAM called on H.H. Sayyid Theyazin bin Haitham, Crown Prince of Oman, and "
            "conveyed greetings.")
    found = _events(text, "en", "2026-05-12")
    meetings = [e for e in found if e[0] == "Meeting"]
    assert meetings and all(e[1] == "Occurred" for e in meetings), found


def test_acts_on_the_day_a_trip_starts_are_planned():
    text = ("Hartwig reist nach Polen und Litauen\n\n"
            "Außenminister Jens Hartwig reist heute (10.03.) nach Warschau. Am Nachmittag trifft er dort seinen "
            "polnischen Amtskollegen Marek Zielinski.")
    found = _events(text, "de", "2026-03-10")
    assert ("Visit", "Planned", "2026-03-10", "Warsaw") in found, found
    assert [e for e in found if e[0] == "Meeting" and e[2] == "2026-03-10" and e[1] == "Planned"], found


def test_a_banquet_later_on_the_day_in_the_present_is_planned():
    text = ("Bundespräsident empfängt Gast aus Kenia\n\nBerlin, 4. März 2026\n\n"
            "Bundespräsident Frank Lindemann hat heute den Präsidenten Kenias, Daniel Kiprotich, im Schloss "
            "Bellevue empfangen. Am Abend gibt der Bundespräsident zu Ehren seines Gastes ein Staatsbankett.")
    found = _events(text, "de", "2026-03-04")
    assert [e for e in found if e[0] == "Ceremony" and e[1] == "Planned"], found
    assert [e for e in found if e[0] == "Meeting" and e[1] == "Occurred"], found


def test_a_banquet_later_on_the_day_in_the_past_stays_occurred():
    text = ("Bundespräsident empfängt Gast aus Kenia\n\nBerlin, 4. März 2026\n\n"
            "Bundespräsident Frank Lindemann hat heute den Präsidenten Kenias, Daniel Kiprotich, im Schloss "
            "Bellevue empfangen. Am Abend gab der Bundespräsident zu Ehren seines Gastes ein Staatsbankett.")
    found = _events(text, "de", "2026-03-04")
    assert [e for e in found if e[0] == "Ceremony" and e[1] == "Occurred"], found


def test_a_plan_called_off_months_before_is_background():
    text = ("Ministerin Hartwig reist nach Ghana\n\nBerlin, 12. April 2026\n\n"
            "Außenministerin Jana Hartwig trifft heute in Accra ihren ghanaischen Amtskollegen Kofi Mensah. "
            "Eine ursprünglich für Februar angesetzte Verhandlungsrunde Ghanas und Togos über die Seegrenze war "
            "kurzfristig abgesagt worden.")
    found = extraction_of(text, "de", "2026-04-12").events
    cancelled = [e for e in found if e.status == "Cancelled"]
    assert cancelled and all(e.background for e in cancelled), [(e.type, e.status, e.background) for e in found]


def test_a_meeting_called_off_for_tomorrow_is_the_news():
    text = ("Meeting of foreign ministers called off\n\n"
            "NAIROBI, April 14 (Reuters) - A meeting between Kenya's Foreign Minister Grace Wanjiru and her "
            "Ethiopian counterpart Dawit Bekele planned for Wednesday in Nairobi was called off, officials said "
            "on Tuesday.")
    found = extraction_of(text, "en", "2026-04-14").events
    cancelled = [e for e in found if e.status == "Cancelled"]
    assert cancelled and not any(e.background for e in cancelled), [(e.type, e.status, e.background) for e in found]
