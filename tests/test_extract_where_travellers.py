"""The travellers of a trip take part in the act its "where they" clause tells ("wo sie ... Gespräche führten")."""

from __future__ import annotations

from datetime import date

from extracted import events_of, of_type

PUBLISHED = date(2026, 9, 24)


def test_talks_in_where_clause_are_the_travellers_de() -> None:
    found = events_of("Der türkische Präsident Murat Demir und der aserbaidschanische Präsident Rauf Aliyev haben am "
                      "Mittwoch eine Bahnstrecke eingeweiht. Anschließend fuhren Demir und Aliyev gemeinsam nach "
                      "Nachitschewan, wo sie im Präsidentenpalast Gespräche führten.", "de", PUBLISHED)  # fmt: skip
    talks = of_type(found, "Talks")
    assert len(talks) == 1
    assert [p.name for p in talks[0].attendees] == ["Murat Demir", "Rauf Aliyev"]


def test_meeting_in_where_clause_keeps_its_own_party_de() -> None:
    found = events_of("Die EU-Kommissarin Lidija Horak und der italienische Innenminister Marco Vitali haben am "
                      "Donnerstag Libyen besucht. Am Freitagmorgen reisten Horak und Vitali nach Bengasi weiter, wo "
                      "sie mit dem Regierungschef Khaled Mansour zusammentrafen.", "de", PUBLISHED)  # fmt: skip
    meetings = of_type(found, "Meeting")
    assert len(meetings) == 1
    assert {"Lidija Horak", "Marco Vitali"} <= {p.name for p in meetings[0].attendees}


def test_singular_traveller_is_not_widened_en() -> None:
    found = events_of("Foreign Minister Anna Berg travelled to Jaffna on Tuesday, where she met Governor Ravi "
                      "Kumar.", "en", PUBLISHED)  # fmt: skip
    meetings = of_type(found, "Meeting")
    assert [sorted(p.name for p in m.attendees) for m in meetings] == [["Anna Berg", "Ravi Kumar"]]
