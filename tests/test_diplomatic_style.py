"""A career diplomat's style after a title and a comma ("the Permanent Secretary, Ambassador X") is no post of
hers: she holds the title before the comma and serves its state, not that of the envoy the text is about."""

from datetime import date

from extracted import extraction_of


def test_permanent_secretary_styled_ambassador() -> None:
    text = ("Abuja, Nigeria — Nigeria's Ministry of Foreign Affairs on Tuesday summoned Togo's Ambassador, "
            "Kossi Agbeko, to protest the closure of shops owned by Nigerian traders in Lomé.\n\n"
            "Agbeko was received at the ministry in Abuja by the Permanent Secretary, Ambassador Amina Bello, "
            "who handed him a protest note. Bello told the envoy that the closures breached the ECOWAS protocol.\n")
    found = extraction_of(text, "en", date(2026, 3, 12))
    people = {p.name: p for p in found.people}
    assert people["Amina Bello"].role == "Permanent Secretary"
    assert people["Amina Bello"].country == "NG"
    assert people["Kossi Agbeko"].country == "TG"
