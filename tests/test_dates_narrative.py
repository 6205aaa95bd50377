"""Days an account has reached, wire datelines beside the lead's weekday, and plans for "next year"."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


def test_act_told_after_the_day_takes_it() -> None:
    # "lundi dernier" opens the account; the audience told next without a day took place that day
    text = (
        "Le ministre estonien des Affaires étrangères, Kaarel Tamm, a entamé lundi dernier une visite de travail "
        "de trois jours au Portugal.\n\nIl a été reçu en audience au palais de São Bento par le Premier ministre, "
        "Rui Antunes Sá. Les deux hommes ont évoqué la sécurité énergétique."
    )
    assert date_of(events_of(text, "fr", date(2026, 3, 4)), "Meeting") == "2026-03-02"


def test_dateline_day_yields_to_the_leads_weekday() -> None:
    # a dateline closed by the agency's name in brackets, without a dash, is the report's day, not the call's
    text = (
        "Estonia, Chile discuss shipping by phone\n\nTALLINN, Mar 4 (BNS) Foreign Minister Kaarel Tamm held a "
        "telephone conversation with his Chilean counterpart Rosa Ibáñez Vera on Tuesday, discussing trade and "
        "shipping, the ministry said."
    )
    assert date_of(events_of(text, "en", date(2026, 3, 4)), "PhoneCall") == "2026-03-03"


def test_agreed_round_early_next_year_is_planned_for_that_year() -> None:
    text = (
        "TALLINN, Nov. 5 (BNS) -- Foreign Minister Kaarel Tamm received a phone call from his Chilean counterpart, "
        "Rosa Ibáñez Vera, on Wednesday evening and discussed trade, the ministry said Thursday.\n\nThe two ministers "
        "agreed to hold the third round of the Estonia-Chile political dialogue at the vice-ministerial level in "
        "Santiago early next year, according to the ministry."
    )
    events = events_of(text, "en", date(2026, 11, 5))
    talks = [e for e in events if e.type == "Talks"]
    assert talks and talks[0].date is not None and talks[0].date.value == "2027"
    assert talks[0].status == "Planned"
