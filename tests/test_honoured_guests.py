"""A banquet its host gives "in honour of the guest" is the visitor's too: "Am Abend gab X ein Essen zu Ehren des
Gastes" names the host only, yet the guest of the visit told before attends it."""

from datetime import date

from graph.extract import extract
from graph.model import Article

_DE = (
    "Riga (Lettland), 12.05.2026 – Der estnische Ministerpräsident Kaarel Tamm ist am Montag zu einem "
    "zweitägigen Besuch in Lettland eingetroffen und am Flughafen von seinem Amtskollegen Ansis Bērziņš "
    "begrüßt worden. Am Abend gab Bērziņš ein Essen zu Ehren des Gastes."
)
_EN = (
    "Windhoek, 6 May 2026 - Zambian President Chanda Mwale arrived in Windhoek on Monday for a two-day state "
    "visit and was welcomed by Namibian President Petrus Nujoma. In the evening Nujoma hosted a state banquet "
    "in honour of his guest."
)


def _ceremonies(text: str, lang: str, published: date) -> list:
    events = extract(Article(key="t", text=text, language=lang, published=published)).events
    return [e for e in events if e.type == "Ceremony"]


def test_dinner_in_honour_of_the_guest_has_the_guest() -> None:
    ceremonies = _ceremonies(_DE, "de", date(2026, 5, 12))
    assert len(ceremonies) == 1
    assert {p.name for p in ceremonies[0].attendees} >= {"Kaarel Tamm", "Ansis Bērziņš"}


def test_banquet_in_honour_of_his_guest_has_the_guest() -> None:
    ceremonies = _ceremonies(_EN, "en", date(2026, 5, 6))
    assert len(ceremonies) == 1
    assert {p.name for p in ceremonies[0].attendees} >= {"Chanda Mwale", "Petrus Nujoma"}
