"""A sentence telling no act before its "where" clause dates the first act of that clause with its one date
(_datewhere._opening_date)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_sentence_opening_date_dates_the_act_of_its_where_clause() -> None:
    text = ("Ghanaian President Kwame Osei held talks with Kenyan President Peter Mwangi in Nairobi on Monday.\n\n"
            "On Tuesday the two presidents are expected in Mombasa, where they will meet the head of the African "
            "Development Bank, Lucas Mbeki, to discuss port financing.")
    meetings = [e for e in events_of(text, "en", date(2026, 11, 23)) if e.type == "Meeting" and e.status == "Planned"]
    assert [m.date.value if m.date else None for m in meetings] == ["2026-11-24"]
