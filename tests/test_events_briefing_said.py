"""A spokesperson who "said at a briefing" made a statement (not only reported one)."""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article


def test_said_at_a_briefing_is_a_statement() -> None:
    text = ("Finnish foreign ministry spokesperson Laura Niemi said at a briefing on Tuesday that Helsinki "
            "regretted the decision.")
    article = Article(key="t", text=text, language="en", published=date(2026, 3, 12))
    assert [(e.type, e.status) for e in extract(article).events] == [("Statement", "Occurred")]
