"""A singular title's form after a "both" word means its two holders: "die beiden Regierungschefs" are the two
heads of government the article names, so their talks are not merged into the president's reception."""

from datetime import date

from graph.extract import extract
from graph.model import Article

_TEXT = (
    "Vilnius (Litauen), 18.03.2026 – Der lettische Ministerpräsident Ansis Bērziņš hat am Dienstag einen "
    "zweitägigen Besuch in Litauen beendet. Bērziņš war am Montag in Vilnius eingetroffen und von seinem "
    "litauischen Amtskollegen Tomas Kazlauskas begrüßt worden.\n\n"
    "Tags darauf führten die beiden Regierungschefs in der Staatskanzlei Gespräche über die Energieversorgung. "
    "Am Dienstagnachmittag wurde Bērziņš von Staatspräsident Gediminas Petraitis im Präsidentenpalast empfangen."
)


def test_both_heads_of_government_talk() -> None:
    events = extract(Article(key="t", text=_TEXT, language="de", published=date(2026, 3, 18))).events
    parties = [{p.name for p in e.attendees} for e in events if e.type in ("Talks", "Meeting")]
    assert {"Ansis Bērziņš", "Tomas Kazlauskas"} in parties
    assert {"Ansis Bērziņš", "Gediminas Petraitis"} in parties
