"""German present-tense event verbs next to a bare weekday tell the coming day ("richtet am Donnerstag ... aus",
"findet am Donnerstag statt"), read from ``present_verbs`` in the German ``dates.json``."""

import datetime as dt

import pytest

from graph.extract import dates

MONDAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "Österreich richtet am Donnerstag in der Wiener Hofburg eine Konferenz aus.",
    "Die Konferenz findet am Donnerstag in der Wiener Hofburg statt.",
    "Der Rat tagt am Donnerstag in Brüssel.",
])
def test_present_verb_weekday_is_the_coming_one(text):
    mention = dates.find_dates(text, "de")[0]
    value, status = dates.resolve_for(mention, MONDAY, "Occurred")
    assert (value, status) == ("2026-12-03", "Planned")


def test_past_tense_weekday_stays_past():
    mention = dates.find_dates("Die Konferenz hatte am Donnerstag in Wien stattgefunden.", "de")[0]
    assert dates.resolve_for(mention, MONDAY, "Occurred") == ("2026-11-26", "Occurred")
