"""Merging event mentions: reciprocal acts stay apart, an earlier contact of "both" keeps its two people."""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article


def _events(text: str, lang: str, published: date):
    return extract(Article(key="t", text=text, language=lang, published=published)).events


def _city(event) -> str | None:
    place = event.location
    city = getattr(place, "city", None) if not hasattr(place, "geonames_id") else place
    return getattr(city, "name", None)


def test_reciprocal_expulsions_are_two_acts_each_in_the_expelling_state() -> None:
    text = (
        "Perú expulsa a tres diplomáticos bolivianos y La Paz responde con la misma medida\n\n"
        "El Gobierno boliviano anunció el jueves la expulsión de tres diplomáticos peruanos acreditados en La Paz."
    )
    expulsions = [e for e in _events(text, "es", date(2025, 3, 6)) if e.type == "Expulsion"]
    assert len(expulsions) == 2
    places = {_city(e) or getattr(e.location, "code", None) for e in expulsions}
    assert places == {"PE", "La Paz"}


def test_earlier_meeting_of_both_keeps_both_participants() -> None:
    text = (
        "Der österreichische Kanzler Lukas Berger hat am Montag mit dem slowenischen Regierungschef Marko Kranjc "
        "telefoniert. Die beiden Regierungschefs waren zuletzt im Juni in Ljubljana zusammengekommen."
    )
    events = _events(text, "de", date(2025, 10, 7))
    earlier = [e for e in events if e.background]
    assert len(earlier) == 1
    assert {p.name for p in earlier[0].attendees} == {"Lukas Berger", "Marko Kranjc"}
    assert _city(earlier[0]) == "Ljubljana"


def test_a_conversation_named_with_a_meeting_is_a_meeting_even_where_a_call_is_reported() -> None:
    found = _events("WIEN, 8. Mai (APA) - Die österreichische Außenministerin Eva Brunner reist am 20. Mai nach Prag. "
                    "Dort sind ein Treffen mit dem tschechischen Außenminister Pavel Novák und ein Gespräch mit "
                    "Ministerpräsident Karel Dvořák vorgesehen. Brunner hatte am Dienstag mit Novák telefoniert.",
                    "de", date(2024, 5, 8))  # fmt: skip
    calls = [e for e in found if e.type == "PhoneCall"]
    meetings = [e for e in found if e.type == "Meeting"]
    assert len(calls) == 1 and {p.name for p in calls[0].attendees} == {"Eva Brunner", "Pavel Novák"}
    assert {frozenset(p.name for p in e.attendees) for e in meetings} == {
        frozenset({"Eva Brunner", "Pavel Novák"}), frozenset({"Eva Brunner", "Karel Dvořák"})}  # fmt: skip
