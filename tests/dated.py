"""Events extracted from one test sentence, and the date of the first of a kind, as the date tests read them."""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article, Event


def events_of(text: str, lang: str, published: date) -> list[Event]:
    """The events extracted from ``text`` published on ``published``."""
    return extract(Article(key="t", text=text, language=lang, published=published)).events


def date_of(events: list[Event], kind: str) -> str | None:
    """The date of the first event of type ``kind`` (which must be there), None when it has none."""
    found = [e for e in events if e.type == kind]
    assert found, [e.type for e in events]
    return found[0].date.value if found[0].date else None
