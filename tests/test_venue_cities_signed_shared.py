"""Venue cities from a communiqué's signature line, a building name two states share, and places that are no venue
(a source's seat, a reason clause's town, a region named after its city, a capital travelled to, the place of
a gathering a relative clause says is hosted there).

graph.extract.filedfrom (closing_city), graph.extract.venues (shared named venues), graph.extract.notvenues
(``source``, ``reason``), ``feature_before`` of venues.json, graph.extract.actingcapitals, graph.extract.hosting.
"""

from __future__ import annotations

from datetime import date

from graph.extract.filedfrom import closing_city
from graph.extract.places import find_cities
from graph.model import Event
from where import city_name

from extracted import events_of


PUBLISHED = date(2026, 7, 14)


def _placed(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, city_name(e)) for e in events]


def test_a_communique_signed_in_a_city_at_its_foot_was_filed_there() -> None:
    text = ("Communiqué de la Présidence de la République\n\n"
            "Le Président de la République, Monsieur Ousmane Diagne Sarr, a reçu en audience ce lundi 13 juillet "
            "2026 Monsieur Youssef El Alami, Chef du Gouvernement du Royaume du Maroc.\n\n"
            "Fait à Dakar, le 14 juillet 2026\n\nLe Bureau d'Information et de Communication")
    events = events_of(text, "fr", PUBLISHED)
    assert events and all(city_name(e) == "Dakar" for e in events), _placed(events)


def test_only_a_signature_line_at_the_foot_names_the_city() -> None:
    text = "Fait à Dakar, le 14 juillet 2026, le ministre a reçu son homologue.\n\n" + "Texte. " * 80
    assert closing_city(text, find_cities(text, "fr")) is None
    signed = "Texte du communiqué.\n\nDone at Nairobi, 3 May 2026\n"
    assert closing_city(signed, find_cities(signed, "en")).name == "Nairobi"


def test_a_chancellery_in_a_report_from_vienna_is_the_austrian_one() -> None:
    text = ("Bundeskanzler empfängt Präsidentin der Republik Moldau\n\nWien, 12. November 2026\n\n"
            "Bundeskanzler Georg Hollerer hat heute die Präsidentin der Republik Moldau, Ana Cebotari-Munteanu, zu "
            "einem Arbeitsgespräch im Bundeskanzleramt empfangen.")
    meetings = [e for e in events_of(text, "de", PUBLISHED) if e.type == "Meeting"]
    assert meetings and all(city_name(e) == "Vienna" for e in meetings), _placed(meetings)


def test_a_chancellery_in_a_report_from_nowhere_is_the_lexicons() -> None:
    text = ("Bundeskanzler Friedrich Albers hat heute den Präsidenten Kenias, William Otieno, zu einem Gespräch im "
            "Bundeskanzleramt empfangen.")
    meetings = [e for e in events_of(text, "de", PUBLISHED) if e.type == "Meeting"]
    assert meetings and all(city_name(e) == "Berlin" for e in meetings), _placed(meetings)


def test_the_seat_of_a_source_is_no_venue_and_a_capital_travelled_to_is_one() -> None:
    text = ("Kenya's President Samuel Kiprono Mwangi arrived in Addis Ababa on Monday.\n\n"
            "According to the programme released by State House in Nairobi, Mwangi will fly to Djibouti on "
            "Wednesday for talks with President Omar Hassan Dirieh, and on Thursday travel on to Mogadishu to meet "
            "Somali President Abdikarim Sheikh Nur.")
    placed = _placed(events_of(text, "en", PUBLISHED))
    assert all(city != "Nairobi" for _, city in placed), placed
    assert ("Meeting", "Mogadishu") in placed, placed


def test_a_town_of_a_reason_clause_and_a_region_are_no_venue() -> None:
    text = ("Das für Donnerstag in Genf vorgesehene Treffen von Bundesrat Reto Imboden mit dem Aussenminister der "
            "Republik Moldau, Victor Ciobanu, wurde verschoben, da dieser wegen einer Vertrauensabstimmung im "
            "Parlament in Chișinău nicht anreisen konnte.\n\n"
            "Am Freitag eröffnete Bundesrat Imboden in Genf eine Konferenz. Am Rande der Konferenz traf er die "
            "stellvertretende Aussenministerin der Ukraine, Oksana Lewtschenko, und unterzeichnete mit ihr ein "
            "Abkommen über die Finanzierung von Minenräumprojekten in der Region Charkiw.")
    placed = _placed(events_of(text, "de", PUBLISHED))
    assert all(city not in ("Chisinau", "Kharkiv") for _, city in placed), placed
    assert not [c for s, c in find_cities("in der Region Charkiw", "de")]


def test_a_gathering_hosted_in_a_relative_clause_is_placed_where_it_is_hosted() -> None:
    text = ("Minister Bat-Erdene thanked Minister Haugen for Norway's support to the seventeenth session of the "
            "Conference of the Parties to the UN Convention to Combat Desertification (COP17), which Mongolia will "
            "host in Ulaanbaatar in August 2026.")
    conferences = [e for e in events_of(text, "en", PUBLISHED) if e.type == "Conference"]
    assert conferences and city_name(conferences[0]) in ("Ulaanbaatar", "Ulan Bator"), _placed(conferences)
