"""Nouns that name the meeting just told, and acts told beside it.

- "... empfangen. Im Mittelpunkt des Gesprächs standen ...": a bare "Gespräch" right after a meeting is that
  meeting (its topics name no party), not a call, though the article speaks of a call elsewhere;
- "Am Rande des Treffens unterzeichneten X und Y": the signing takes the meeting's day and place;
- "held a bilateral meeting with A", then "were joined by B for a trilateral meeting": two meetings;
- "Ahead of the trilateral meeting, X held bilateral talks with Y": X is the subject of the talks.
"""

from datetime import date

from graph.model import city_of

from extracted import events_of


_BERLIN = (
    "Pressemitteilung 07.05.2026\n\n"
    "Außenminister Matthias Rendtorff hat heute (07.05.) den Außenminister der Republik Armenien, Hovhannes "
    "Melkonjan, im Auswärtigen Amt in Berlin empfangen. Im Mittelpunkt des Gesprächs standen die Umsetzung des "
    "Friedensabkommens zwischen Armenien und Aserbaidschan und die Öffnung der Verkehrswege.\n\n"
    "Bereits am Vortag hatte Außenminister Rendtorff mit dem aserbaidschanischen Außenminister Tural Mammadsade "
    "telefoniert.\n\n"
    "Am Rande des Treffens unterzeichneten Staatssekretärin Judith Falkenberg und der armenische Vizeaußenminister "
    "Narek Ghukasjan eine gemeinsame Absichtserklärung."
)


def test_conversation_noun_after_a_meeting_is_that_meeting() -> None:
    events = events_of(_BERLIN, "de", date(2026, 5, 7))
    calls = [e for e in events if e.type == "PhoneCall"]
    assert len(calls) == 1 and any(p.name == "Tural Mammadzade" for p in calls[0].attendees)


def test_signing_on_the_margins_takes_the_meetings_day_and_place() -> None:
    signing = [e for e in events_of(_BERLIN, "de", date(2026, 5, 7)) if e.type == "Ceremony"]
    assert len(signing) == 1
    assert signing[0].date is not None and signing[0].date.value == "2026-05-07"
    assert getattr(city_of(signing[0].location), "name", None) == "Berlin"


def test_trilateral_after_bilateral_is_another_meeting() -> None:
    text = ("Kuala Lumpur, 30 January 2026 – The Minister of Foreign Affairs, Amirul Hakim Zainuddin, attended the "
            "ASEAN Foreign Ministers' Retreat in Manila on 29 January 2026.\n\n"
            "The day before the Retreat, Amirul Hakim held a bilateral meeting with the Minister for Foreign Affairs "
            "of Indonesia, Ratna Dewi Kusumawardani.\n\n"
            "On the sidelines of the Retreat, the two Ministers were joined by the Minister of Foreign Affairs of "
            "Brunei Darussalam, Hairul Azmi Abdul Rahman, for a trilateral meeting on connectivity in Borneo.")
    meetings = [e for e in events_of(text, "en", date(2026, 1, 30)) if len(e.attendees) >= 2]
    sizes = sorted(len(e.attendees) for e in meetings)
    assert 2 in sizes and 3 in sizes


def test_subject_after_an_opening_frame() -> None:
    text = ("Amman, April 22 (Petra) -- Foreign Minister Khaled Majali on Wednesday hosted his Egyptian and Iraqi "
            "counterparts, Hisham Abdel Ghaffar and Hadi Rubaie, for a trilateral ministerial meeting.\n\n"
            "Ahead of the trilateral meeting, Majali held bilateral talks with Abdel Ghaffar at the ministry.")
    talks = [e for e in events_of(text, "en", date(2026, 4, 22)) if e.type == "Talks"]
    assert len(talks) == 1 and {p.name for p in talks[0].attendees} == {"Khaled Majali", "Hisham Abdel Ghaffar"}
