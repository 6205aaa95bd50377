"""A verb-final German talk ("Dort wird sie mit X über ... sprechen") is a meeting (``mit(?= ... sprechen)`` of
de/events.json); "le ministre" after "his counterpart, Mme X" is the protagonist, not the counterpart, and "les deux
ministres" are the two told last before it by name or title, never one named only later (graph/extract/coref.py);
"il se rendrait à Dakar" is a planned visit, "le statut des forces en visite" none (fr/events.json)."""

from __future__ import annotations

from datetime import date

from extracted import events_of, of_type


def _names(event) -> set[str]:
    return {p.name for p in event.attendees}


def test_a_verb_final_talk_with_mit_is_a_meeting() -> None:
    text = ("Berlin, 9. Juni 2026 – Außenministerin Petra Lindner reist morgen nach Ghana. Am Donnerstag reist "
            "Außenministerin Lindner weiter nach Abidjan. Dort wird sie mit dem ivorischen Außenminister Yves "
            "Kouassi Bamba über die wirtschaftliche Zusammenarbeit sprechen.")
    meetings = of_type(events_of(text, "de", date(2026, 6, 9)), "Meeting")
    assert [(_names(e), e.status) for e in meetings] == [({"Petra Lindner", "Yves Kouassi Bamba"}, "Planned")], meetings


def test_the_minister_and_the_two_ministers_of_a_readout() -> None:
    text = ("New York, 23 septembre 2026 – M. Paul Renaud, ministre de l'Europe et des affaires étrangères, a "
            "poursuivi hier à New York ses entretiens bilatéraux.\n\n"
            "Le ministre s'est entretenu avec son homologue sénégalaise, Mme Awa Diop Sarr. Le ministre a confirmé "
            "qu'il se rendrait à Dakar en novembre.\n\n"
            "Il a ensuite rencontré le secrétaire aux affaires étrangères des Philippines, M. Jose Mercado. Les deux "
            "ministres ont évoqué l'avancement des négociations sur un accord relatif au statut des forces en "
            "visite.\n\n"
            "Le ministre a également rencontré la ministre des affaires étrangères du Canada, Mme Julie Gagnon.")
    events = events_of(text, "fr", date(2026, 9, 23))
    pairs = [_names(e) for e in events if e.type in ("Meeting", "Talks", "Negotiation")]
    assert {"Awa Diop Sarr", "Jose Mercado"} not in pairs, [(e.type, _names(e)) for e in events]
    visits = of_type(events, "Visit")
    assert [(_names(e), e.status) for e in visits] == [({"Paul Renaud"}, "Planned")], [(e.type, _names(e)) for e in events]
