""""The Ghanaian envoy" of a headline may be a High Commissioner: the headline's summons and the body's summons of
"Ghana's acting High Commissioner" are one act, and the receiving official keeps her own state."""

from datetime import date

from extracted import extraction_of


_TEXT = (
    "Kenya summons Ugandan envoy over border closure\n\n"
    "Thursday, March 12, 2026\n\n"
    "Nairobi, Kenya — Kenya's Ministry of Foreign Affairs on Tuesday summoned Uganda's acting High "
    "Commissioner, Moses Okello, to protest the closure of the Busia border post.\n\n"
    "Okello was received at the ministry's headquarters in Nairobi by the Principal Secretary, Ambassador "
    "Jane Wambui."
)


def test_headline_envoy_is_the_high_commissioner() -> None:
    extraction = extraction_of(_TEXT, "en", date(2026, 3, 12))
    summons = [e for e in extraction.events if e.type == "Summons"]
    assert len(summons) == 1
    people = {p.name: p for p in extraction.people}
    assert people["Jane Wambui"].country != "UG"
