"""Tests of graph.extract.ownedby: states given by a possessive, an "as" phrase or the lead of a dateline."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def _states(text: str, lang: str = "en") -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 5, 5))
    return {p.name: p.country for p in found.people}


def test_possessive_state_right_before_a_name_wins() -> None:
    states = _states("CANBERRA — Japan's foreign minister arrived on Monday. On Tuesday he spoke with "
                     "Britain's Helen Marsh about trade.")
    assert states["Helen Marsh"] == "GB"


def test_as_phrase_gives_the_named_official_its_state() -> None:
    states = _states("Prime Minister Tom Reid, who arrived in Suva on Monday for his first visit as Australia's "
                     "foreign minister, met Fiji's foreign minister Jone Vula.")
    assert states["Tom Reid"] == "AU"
    assert states["Jone Vula"] == "FJ"


def test_lead_leader_talking_to_a_foreign_counterpart_is_the_dateline_state() -> None:
    states = _states("LIMA. El presidente Julio Paredes Soto sostuvo el lunes una conversación telefónica con su "
                     "homólogo de Ghana, Kwame Mensah, sobre el comercio. Ambos se habían reunido en París en mayo.", "es")
    assert states["Julio Paredes Soto"] == "PE"
    assert states["Kwame Mensah"] == "GH"


def test_wire_lead_leader_calling_a_foreign_leader_is_the_dateline_state() -> None:
    states = _states("NAIROBI, March 3 (KNA) - President Samuel Otieno on Monday held a telephone conversation with "
                     "Brazilian President Carlos Mendes. Otieno and Mendes had met in Johannesburg in November.")
    assert states["Samuel Otieno"] == "KE"
    assert states["Carlos Mendes"] == "BR"


def test_spokesperson_of_the_government_serves_the_dateline_state() -> None:
    es = _states("LIMA, 20 May (EFE) - El presidente de Bolivia, Luis Arce Mendoza, realizará una visita de Estado a "
                 "Perú en junio. \"Bolivia es un socio estratégico\", ha declarado la ministra portavoz del Gobierno, "
                 "Ana Torres, en la rueda de prensa.", "es")
    en = _states("LIMA, May 20 (Reuters) - Bolivian President Luis Arce Mendoza will pay a state visit to Peru in June. "
                 "\"Bolivia is a strategic partner,\" said government spokesperson Ana Torres at a news conference.")
    assert es["Ana Torres"] == en["Ana Torres"] == "PE"
    assert es["Luis Arce Mendoza"] == en["Luis Arce Mendoza"] == "BO"


def test_as_phrase_with_a_capitalised_title_and_no_name_after_it() -> None:
    states = _states("ACCRA — The Minister took note of the nomination of Mr Peter Doyle as Ireland's next Ambassador "
                     "to Ghana. He will arrive in Accra in June.")
    assert states["Peter Doyle"] == "IE"

