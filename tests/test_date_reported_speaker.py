"""A statement without a date of its own whose speaker a sentence before names as the source of a report dated
right after its verb was made on the report's day ("..., teilte Sprecherin X am Freitag mit. ... «...», sagte X"),
not on the day of the act the report tells."""

import datetime as dt

from extracted import events_of


FRIDAY = dt.date(2026, 11, 27)


def _statement_dates(text: str, lang: str) -> list[str | None]:
    events = events_of(text, lang, FRIDAY)
    return [e.date.value if e.date else None for e in events if e.type == "Statement"]


def test_german_spokeswoman_quoted_two_sentences_later():
    text = ("Auswärtiges Amt bestellt Botschafter ein\n\n"
            "Berlin (dpa) - Staatssekretär Tobias Weber habe den russischen Botschafter Pawel Orlow am Donnerstag "
            "ins Ministerium gebeten, teilte Außenamtssprecherin Miriam Kolb am Freitag in Berlin mit. "
            "Das Gespräch habe rund 30 Minuten gedauert. "
            "\"Das ist nicht hinnehmbar\", sagte Kolb in der Regierungspressekonferenz.\n")
    assert "2026-11-27" in _statement_dates(text, "de")


def test_english_spokeswoman_quoted_next_sentence():
    text = ("Britain summons Russian envoy\n\n"
            "LONDON - Minister Tom Hale summoned Russian Ambassador Pavel Orlov on Thursday, foreign office "
            "spokeswoman Anna Berg said on Friday. "
            "\"We made our position very clear,\" Berg told reporters.\n")
    assert "2026-11-27" in _statement_dates(text, "en")
