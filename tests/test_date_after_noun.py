"""An undated act named by a noun after an "after" word ("After the ceremony, which included a 21-gun salute, X
called on Y") took place on the day of the act its sentence tells after it (_datenarrative.after_days)."""

from __future__ import annotations

from extracted import events_of, of_type

TEXT = ("Norwegian Prime Minister Lars Moen Dahl begins official visit\n\nSINGAPORE – Norwegian Prime Minister "
        "Lars Moen Dahl arrived at the Istana yesterday morning for a three-day official visit to Singapore.\n\n"
        "After the ceremony, which included an inspection of the guard of honour, Mr Moen Dahl called on President "
        "Tan Wei Liang.")


def test_the_ceremony_before_a_call_shares_its_day() -> None:
    ceremonies = of_type(events_of(TEXT, "en", "2026-09-16"), "Ceremony")
    assert ceremonies and all(e.date is not None and e.date.value == "2026-09-15" for e in ceremonies)
