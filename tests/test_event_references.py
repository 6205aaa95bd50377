"""Mentions that refer back: a title told as the capacity of someone a possessive pronoun names ("her first visit
... as Secretary") is the one just named; a shared title ("Bundespräsident") also serves a state naming it
("des österreichischen Staatsoberhaupts"); an act in doubt does not absorb a dated one held; a bare visit noun
right after a told visit is that visit; an anaphoric mention does not date the act it names again."""

from __future__ import annotations

from datetime import date

from extracted import events_of, extraction_of


def _people(text: str, lang: str, published: date) -> dict[str, str | None]:
    found = extraction_of(text, lang, published)
    return {p.name: p.country for p in found.people}


def test_her_visit_as_secretary_is_the_one_just_named() -> None:
    text = ("PUTRAJAYA, May 13 (Bernama) -- Malaysia and the Philippines today agreed on a hotline, following a "
            "meeting between Foreign Minister Azman Rahim and his Philippine counterpart Maria Teresa Villaruel.\n\n"
            "The two ministers held talks at Wisma Putra on the first day of Villaruel's two-day official visit to "
            "Malaysia. It is her first visit to Malaysia as Secretary of Foreign Affairs, a post she took up in "
            "February.")
    events = events_of(text, "en", date(2026, 5, 14))
    visits = [e for e in events if e.type == "Visit"]
    assert [[a.name for a in v.attendees] for v in visits] == [["Maria Teresa Villaruel"]]
    assert visits[0].date is None or not visits[0].date.value.startswith("2026-02")
    assert _people(text, "en", date(2026, 5, 14))["Azman Rahim"] == "MY"


def test_a_shared_title_serves_the_state_the_reference_names() -> None:
    text = ("Ljubljana. Bundespräsident Johannes Stadlober ist am Dienstag zu einem Staatsbesuch in Slowenien "
            "eingetroffen – dem ersten eines österreichischen Staatsoberhaupts seit elf Jahren. Im Präsidentenpalast "
            "sprach der Gast aus Wien gut eine Stunde unter vier Augen mit seiner Amtskollegin Mojca Kranjc Vidmar.")
    people = _people(text, "de", date(2026, 4, 21))
    assert people["Johannes Stadlober"] == "AT"
    assert people.get("Mojca Kranjc Vidmar") != "AT"


def test_a_meeting_in_doubt_does_not_take_the_last_one_held() -> None:
    text = ("NEW DELHI, December 11. Asked whether a meeting between the two Foreign Ministers was under "
            "consideration, Mr. Sethi said the ministers would decide. Foreign Minister S. Raghunathan and "
            "Bangladesh's Foreign Affairs Adviser Mahbubur Rahman last met on the sidelines of the BIMSTEC "
            "Ministerial Meeting in Bangkok in April.")
    events = events_of(text, "en", date(2025, 12, 11))
    held = [e for e in events if e.type == "Meeting" and e.date is not None and e.date.value == "2025-04"]
    assert held and all(e.status == "Occurred" for e in held)
    assert not [e for e in events if e.status == "Uncertain" and e.date is not None and e.date.value == "2025-04"]


def test_a_shared_title_leaves_the_reference_to_the_person_just_named() -> None:
    text = ("Bundespräsident Anton Brunner empfing am Mittwoch den Präsidenten Kirgisistans, Talant Asanow. "
            "Brunners Vorgänger Karl Eder hatte 2018 als erster österreichischer Bundespräsident Bischkek besucht.")
    people = _people(text, "de", date(2026, 11, 26))
    assert people["Karl Eder"] == "AT"
