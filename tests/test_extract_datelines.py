"""Tests of graph.extract.datelines: one reading of a report's dateline (town, day, agency)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import datelines

from extracted import extraction_of


@pytest.mark.parametrize(
    ("text", "town", "day", "agency"),
    [
        ("Lomé, April 2, GNA – Togo and Benin today agreed to reopen the border.", "Lomé", "April 2", "GNA"),
        ("Headline of the day\nROUEN (AFP) - Le maire a reçu l'ambassadeur.", "ROUEN", None, "AFP"),
        ("Saint-Louis, 4 avril (APS) - Le gouverneur a accueilli une délégation.", "Saint-Louis", "4 avril", "APS"),
        ("ТВЕРЬ, 3 марта. /ТАСС/. Губернатор встретился с послом.", "ТВЕРЬ", "3 марта", "ТАСС"),
        ("Piura, 9 de mayo\nEl alcalde recibió al embajador.", "Piura", "9 de mayo", None),
        ("Kiel. Hoher Besuch im Landeshaus: der Botschafter kam.", "Kiel", None, None),
        ("Chur (Keystone-SDA) Die Regierung empfing den Botschafter.", "Chur", None, "Keystone-SDA"),
    ],
)
def test_read_finds_town_day_and_agency(text: str, town: str, day: str | None, agency: str | None) -> None:
    found = datelines.read(text)
    assert found is not None
    assert found.name == town
    assert (text[found.day.start : found.day.end].rstrip(".") if found.day else None) == day
    assert found.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "Der Kanzler sagte, dass er reisen werde.",
        "The minister, who arrived on Monday, met his host.",
        "En el marco de la visita, el canciller firmó un acuerdo.",
    ],
)
def test_read_ignores_ordinary_sentences(text: str) -> None:
    assert datelines.read(text) is None


def test_wire_dateline_day_dates_the_lead_told_today() -> None:
    text = ("Lomé, April 2, GNA – The foreign minister of Togo today met the foreign minister of Benin, "
            "Jean Dossou, in Lomé for talks on the border.")
    found = extraction_of(text, "en", date(2026, 4, 3))
    events = found.events
    assert events
    assert all(e.date is None or e.date.value == "2026-04-02" for e in events)


def test_only_dashed_datelines_are_wire_datelines() -> None:
    assert datelines.read("Lomé, April 2, GNA – Togo met Benin.").dashed
    assert not datelines.read("ТВЕРЬ, 3 марта. Губернатор встретился с послом.").dashed


def test_reception_house_names_no_town() -> None:
    text = ("Министр иностранных дел Сербии Марко Джурич и министр иностранных дел России Иван Петров провели "
            "переговоры в Доме приемов МИД в понедельник.")
    extraction = extraction_of(text, "ru", date(2026, 5, 5))
    assert not extraction.cities  # "Доме" is the house, not Dome in Ghana


def test_dateline_read_by_every_reader_alike() -> None:
    from graph.extract import localstates, thiscity

    text = "Headline\nLÜBECK (dpa) – Bürgermeister Jan Lindau empfing den Botschafter."
    assert datelines.read(text).name == "LÜBECK"
    assert localstates._dateline_state("Lübeck. Hoher Besuch im Rathaus.") == "DE"
    assert thiscity.dateline_city is datelines.named_city


def test_a_byline_before_the_dateline_does_not_hide_it() -> None:
    from graph.extract import places

    text = ("Vogt in Rom: Ein kurzer Besuch\n\nDer Kanzler wirbt um Partner.\n\nVon unserem Korrespondenten\n\n"
            "Rom. Bundeskanzler Jan Vogt traf am Montag den Ministerpräsidenten.")
    found = datelines.city_dateline(text, places.find_cities(text, "de"))
    assert found is not None and found[1].name == "Rome"
