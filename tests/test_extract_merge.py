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
