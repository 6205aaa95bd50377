"""A count closed by a colon ("the second expulsion this year: in July X declared ...", "die zweite Einbestellung in
diesem Jahr: Am 3. März war er ...") tells the earlier act after the colon: the date there is that act's, not the
counted act's (_dateassign._colon_opened, _datereport.joined_clause, _dateyearframe.count_colon)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_the_day_after_a_count_colon_dates_the_earlier_summons() -> None:
    text = ("Das Auswärtige Amt hat am Montag den Botschafter Georgiens, Lewan Kiknadse, einbestellt.\n\n"
            "Es ist bereits die zweite Einbestellung Kiknadses in diesem Jahr: Am 4. Februar war er wegen der "
            "Festnahme eines deutschen Reporters ins Ministerium zitiert worden.")
    days = sorted(e.date.value for e in events_of(text, "de", date(2026, 9, 9)) if e.type == "Summons" and e.date)
    assert days == ["2026-02-04", "2026-09-07"]


def test_the_month_after_a_count_colon_dates_the_earlier_expulsion() -> None:
    text = ("Riga expelled a Belarusian diplomat on Tuesday.\n\nIt is already the second expulsion of a Belarusian "
            "diplomat this year: in April Riga declared a military attaché persona non grata.")
    days = sorted(e.date.value for e in events_of(text, "en", date(2026, 10, 15)) if e.type == "Expulsion" and e.date)
    assert "2026-04" in days and "2026-10-13" in days


def test_a_colon_without_a_count_keeps_the_act_before_it() -> None:
    text = "Der Gegenbesuch ist bereits vereinbart: Im Oktober soll der japanische Regierungschef nach Berlin kommen."
    visits = [e for e in events_of(text, "de", date(2026, 4, 28)) if e.type == "Visit"]
    assert [v.date.value if v.date else None for v in visits] == ["2026-10"]
