"""Honorifics a name read backwards from its title takes in are no part of the name ("Ms. X, Minister of ...")."""

from datetime import date

from extracted import extraction_of


def _people(text: str, lang: str = "en") -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 6, 11))
    return {p.name: p.country for p in found.people}


def test_honorific_before_a_name_with_its_title_after() -> None:
    text = ("Foreign Minister Dr. Anil Kapoor met Ms. Nomvula Dlamini, Minister of International Relations and "
            "Cooperation of the Republic of South Africa, today in New Delhi.")
    people = _people(text)
    assert people.get("Nomvula Dlamini") == "ZA"
    assert not any(name.startswith(("Ms.", "Mr.", "H.E.")) for name in people)


def test_stacked_honorifics_are_dropped() -> None:
    text = ("The minister held a telephone talk with H.E. Mr. Bambang Setiawan Hadi, Minister for Foreign Affairs "
            "of the Republic of Indonesia.")
    assert _people(text).get("Bambang Setiawan Hadi") == "ID"
