"""A place right after a date opened by "since" ("hatten seit Dienstag im Palais des Nations verhandelt") is the
act's place: the since phrase is the date alone. A since phrase naming an earlier act keeps its place out."""

from datetime import date

from graph.model import city_of

from extracted import events_of


def _cities(text: str, lang: str, kind: str) -> list[str | None]:
    events = events_of(text, lang, date(2026, 3, 6))
    return [getattr(city_of(e.location), "name", None) for e in events if e.type == kind]


def test_place_after_a_since_date() -> None:
    text = ("Die Delegationen Kenias und Tansanias hatten seit Dienstag im Palais des Nations über die Grenze "
            "verhandelt. Geleitet wurden sie von Außenminister Peter Mwangi und Außenministerin Amina Juma.")
    assert "Geneva" in _cities(text, "de", "Negotiation")


def test_since_phrase_of_an_earlier_act_keeps_no_place() -> None:
    text = ("Außenminister Peter Mwangi verhandelt seit seinem Besuch in Paris mit Außenministerin Amina Juma "
            "über die Grenze.")
    assert "Paris" not in _cities(text, "de", "Negotiation")
