"""In a verb-final clause a capital right before the clause's last verb is the place visited, also when a
conjunction opens the next clause ("hatte ... Olof Brandel Berlin besucht und dort ... vereinbart")."""

from datetime import date

from graph.model import city_of

from extracted import events_of


def _visit_cities(text: str) -> list[str | None]:
    events = events_of(text, "de", date(2026, 11, 26))
    return [getattr(city_of(e.location), "name", None) for e in events if e.type == "Visit"]


def test_capital_before_final_verb_and_conjunction_is_visited() -> None:
    text = ("Im vergangenen Dezember hatte Norwegens Ministerpräsident Lars Haugen Berlin besucht und dort eine "
            "engere Rüstungskooperation vereinbart.")
    assert _visit_cities(text) == ["Berlin"]
