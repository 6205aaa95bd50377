"""A state visit's programme over days: a German present verb that is also a participle ("Am Donnerstag besucht der
Präsident ...") tells the coming day only in second place, not in a perfect ("hat am Montag Kiel besucht"); a part of
the day after a pluperfect of beginning ("Begonnen hatte der Staatsbesuch am Montag ...; am Abend gab er ein
Bankett") belongs to that day; a Spanish bare "Al término," follows the act told before."""

import datetime as dt

import pytest

from graph.extract import dates

from extracted import extraction_of


WEDNESDAY = dt.date(2026, 11, 11)


@pytest.mark.parametrize("text, expected", [
    ("Am Donnerstag besucht der Präsident die Universität Freiburg.", ("2026-11-12", "Planned")),
    ("Der Präsident besucht am Donnerstag die Universität Freiburg.", ("2026-11-12", "Planned")),
    ("Am Donnerstag hat der Präsident die Universität Freiburg besucht.", ("2026-11-05", "Occurred")),
    ("Der Kanzler hatte am Donnerstag Ghana besucht.", ("2026-11-05", "Occurred")),
])
def test_besucht_in_second_place_looks_ahead(text, expected):
    mention = dates.find_dates(text, "de")[0]
    assert dates.resolve_for(mention, WEDNESDAY, "Occurred") == expected


def test_part_of_day_after_a_begun_pluperfect_is_that_day():
    text = ("Der Präsident wird am Donnerstag in Freiburg erwartet.\n\nBegonnen hatte der Staatsbesuch am Montag in "
            "Berlin. Der Bundespräsident empfing ihn mit militärischen Ehren; am Abend gab er ein Staatsbankett.")
    evening = [m for m in dates.find_dates(text, "de") if m.part_of_day][0]
    assert dates.resolve(evening, WEDNESDAY) == "2026-11-09"


def test_part_of_day_after_another_pluperfect_is_not_that_day():
    text = ("Der Präsident wird am Donnerstag in Freiburg erwartet. Er hatte am Montag mit dem Kanzler telefoniert. "
            "Am Abend gibt er ein Bankett.")
    evening = [m for m in dates.find_dates(text, "de") if m.part_of_day][0]
    assert evening.anchor is not None and evening.anchor.text == "am Donnerstag"


def test_al_termino_follows_the_act_before():
    text = ("El presidente de Portugal, Rui Castanheira, comenzó el domingo una visita de Estado de tres días a Uruguay.\n\n"
            "Ayer, el mandatario luso fue recibido con honores militares por el presidente Martín Echeverría. Ambos "
            "mantuvieron luego una reunión a solas. Al término, los dos presidentes firmaron cuatro acuerdos.")
    found = extraction_of(text, "es", dt.date(2026, 11, 17))
    signings = [e for e in found.events if e.type == "Ceremony" and "firmaron" in text[e.evidence[0].start : e.evidence[0].end]]
    assert signings and all(e.date is not None and e.date.value == "2026-11-16" for e in signings)
