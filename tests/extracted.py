"""What the extractor finds in one test text: the whole extraction, its events, its people by name, the events
of some types, and the date of the first event of a type."""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article, Event, Extraction, Person


def extraction_of(text: str, lang: str, published: date | str | None) -> Extraction:
    """The extraction of ``text`` in ``lang`` published on ``published`` (a date, its ISO form, or None)."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return extract(Article(key="t", text=text, language=lang, published=published))


def events_of(text: str, lang: str, published: date | str | None) -> list[Event]:
    """The events extracted from ``text`` published on ``published``."""
    return extraction_of(text, lang, published).events


def people_of(text: str, lang: str, published: date | str | None) -> dict[str, Person]:
    """The people extracted from ``text`` by name, e.g. ``people_of(text, "en", day)["Jane Doe"].role``."""
    return {p.name: p for p in extraction_of(text, lang, published).people}


def of_type(events: list[Event], *kinds: str) -> list[Event]:
    """The events whose type is one of ``kinds``, in order, e.g. ``of_type(events, "Visit", "StateVisit")``."""
    return [e for e in events if e.type in kinds]


def date_of(events: list[Event], kind: str) -> str | None:
    """The date of the first event of type ``kind`` (which must be there), None when it has none."""
    found = of_type(events, kind)
    assert found, [e.type for e in events]
    return found[0].date.value if found[0].date else None
