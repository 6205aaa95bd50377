"""Cues around names: "led by", spouses travelling along, city names, governors' states."""

from __future__ import annotations

from datetime import date

from graph.extract.roles import literal_heads

from extracted import extraction_of, people_of


PUBLISHED = date(2024, 5, 8)


def test_a_name_after_led_by_is_an_official_of_the_state_named_before() -> None:
    found = people_of("Según el Ministerio de Pesca peruano, dirigido por Lucía Vargas, la veda sigue.", "es", PUBLISHED)
    assert found["Lucía Vargas"].country == "PE"
    found = people_of("A Kenyan delegation led by Amina Wanjiru arrived in Oslo on Monday.", "en", PUBLISHED)
    assert found["Amina Wanjiru"].country == "KE"


def test_a_spouse_travelling_along_is_no_participant() -> None:
    text = ("Bundespräsident Karl Huber reist am Montag nach Chile. Begleitet wird Huber von seiner Frau Anna Huber "
            "sowie einer Wirtschaftsdelegation.")  # fmt: skip
    extraction = extraction_of(text, "de", PUBLISHED)
    assert [p.name for p in extraction.people] == ["Karl Huber"]
    assert all("Anna Huber" not in {p.name for p in e.attendees} for e in extraction.events)


def test_a_spouse_met_as_a_host_stays() -> None:
    extraction = extraction_of("Juncker besuchte auch den Kaiser Naruhito von Japan und seine Frau Masako.", "de", PUBLISHED)
    assert "Masako" in {p.name for p in extraction.people}


def test_a_city_of_two_words_is_no_person() -> None:
    text = "Brasília/São Paulo (dpa) - Am Montag sprach er in Manaus mit dem Gouverneur Paulo Serra."
    found = people_of(text, "de", PUBLISHED)
    assert list(found) == ["Paulo Serra"] and "São Paulo" not in found["Paulo Serra"].alternate_names


def test_a_governor_acts_for_the_state_of_the_cities_of_the_sentence() -> None:
    text = "Deutsche Unternehmer trafen in Guadalajara die Gouverneurin des Bundesstaates, Rocío Medina."
    found = people_of(text, "de", PUBLISHED)
    assert (found["Rocío Medina"].role, found["Rocío Medina"].country) == ("Governor", "MX")


def test_literal_heads_of_a_cue_pattern() -> None:
    assert literal_heads("dirigid[oa] por|encabezad[oa] por") == ("dirigid", "encabezad")
    assert literal_heads("(?:led|headed) by") == ()
