"""In a verb-final clause a capital right before the clause's last verb is the place visited, also when a
conjunction opens the next clause ("hatte ... Olof Brandel Berlin besucht und dort ... vereinbart")."""

from datetime import date

from graph.extract import extract
from graph.model import Article, city_of


def _visit_cities(text: str) -> list[str | None]:
    events = extract(Article(key="t", text=text, language="de", published=date(2026, 11, 26))).events
    return [getattr(city_of(e.location), "name", None) for e in events if e.type == "Visit"]


def test_capital_before_final_verb_and_conjunction_is_visited() -> None:
    text = ("Im vergangenen Dezember hatte Norwegens Ministerpräsident Lars Haugen Berlin besucht und dort eine "
            "engere Rüstungskooperation vereinbart.")
    assert _visit_cities(text) == ["Berlin"]
