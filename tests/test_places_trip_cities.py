"""Where a trip and its acts took place: a wire dateline ending with the agency and a full stop ("Accra (afp).
Die ...") is the city the report was filed from; a town joined to another ("schools in Kumasi and Tamale") is
what a signing is about, not where it was held; a country named bare well before a visit noun is a party, not
its destination ("Chile y Perú firman ... durante visita del canciller"); a trip whose date states its span
("on an official visit to Senegal from 4-7 May") went to the one city its travellers' acts of those days are in.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import City, Venue

from extracted import events_of


DATELINE = {
    "de": ("Ministerin zu Besuch in Ghana\n\nAccra (afp). Die deutsche Entwicklungsministerin Jana Brenner ist am "
           "Dienstag zu einem zweitägigen Besuch in Ghana eingetroffen. Am Mittwoch unterzeichneten Brenner und der "
           "ghanaische Finanzminister Kofi Mensah im Finanzministerium ein Abkommen über Berufsschulen in Kumasi und "
           "Tamale.\n"),
    "fr": ("La ministre allemande en visite au Ghana\n\nAccra (dpa). La ministre allemande du Développement, Jana "
           "Brenner, est arrivée mardi au Ghana pour une visite de deux jours. Mercredi, Mme Brenner et le ministre "
           "ghanéen des Finances, Kofi Mensah, ont signé au ministère des Finances un accord sur des écoles "
           "professionnelles à Kumasi et Tamale.\n"),
}  # fmt: skip


def _city(event) -> str | None:
    place = event.location
    place = place.city if isinstance(place, Venue) else place
    return place.name if isinstance(place, City) else None


@pytest.mark.parametrize("lang", sorted(DATELINE))
def test_a_visit_and_a_signing_are_placed_in_the_dateline_city(lang: str) -> None:
    events = events_of(DATELINE[lang], lang, date(2026, 11, 19))
    assert {e.type: _city(e) for e in events} == {"Visit": "Accra", "Ceremony": "Accra"}


def test_a_bare_country_before_a_visit_noun_is_no_destination() -> None:
    text = ("Chile y Perú firman acuerdo pesquero durante visita del canciller Soto\n\nLima, 9 jul (EFE).- El "
            "canciller de Chile, Andrés Soto Vial, realizó una visita oficial de dos días a Perú, que comenzó el "
            "lunes. El martes se reunió con su homólogo peruano, Julio Rivas Paredes, en el Palacio de Torre Tagle.\n")
    visit = next(e for e in events_of(text, "es", date(2026, 7, 9)) if e.type == "Visit")
    assert _city(visit) == "Lima"


def test_a_trip_of_a_stated_span_goes_where_its_acts_of_those_days_are() -> None:
    text = ("Foreign Minister's talks with the Foreign Minister of Chile (May 5, 2026)\n\nForeign Minister Amara "
            "Diallo held talks with the Foreign Minister of Chile, Andrés Soto Vial, at the Foreign Ministry in Dakar "
            "today. Minister Soto Vial is on an official visit to Senegal from 4-7 May 2026.\n")
    visit = next(e for e in events_of(text, "en", date(2026, 5, 5)) if e.type == "Visit")
    assert _city(visit) == "Dakar"
