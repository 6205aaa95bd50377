"""A stop of a tour told with a state only ("followed by an official visit to Oman") goes to the one city of that
state where the account places the stop's acts ("In Muscat, Minister X will hold talks"); a return visit still
to be dated is no stop of the tour and stays in no city."""

from datetime import date

from graph.model import city_of

from extracted import events_of


_TOUR = (
    "Minister for Foreign Affairs Dr Tan Boon Hock will make a working visit to Qatar from 9 to 11 March 2026, "
    "followed by an official visit to the Sultanate of Oman from 11 to 13 March 2026.\n\n"
    "In Doha, Minister Tan will meet Qatar's Minister of State for Foreign Affairs, Khalid Al Thani.\n\n"
    "In Muscat, Minister Tan will hold talks with Oman's Minister of Foreign Affairs, Badr Al Harthy. "
    "The two Ministers will sign an agreement on visa exemption."
)


def _visits(text: str) -> dict[str, str | None]:
    events = events_of(text, "en", date(2026, 3, 5))
    return {code: getattr(city_of(e.location), "name", None)
            for e in events if e.type in ("Visit", "StateVisit") for code in e.countries if code != "SG"}


def test_stop_takes_the_city_of_its_acts() -> None:
    visits = _visits(_TOUR)
    assert visits.get("OM") == "Muscat"
    assert visits.get("QA") == "Doha"


def test_one_trip_to_a_state_stays_unplaced() -> None:
    text = ("Foreign Minister Lars Berg met his Omani counterpart Badr Al Harthy in Muscat on Monday. "
            "Al Harthy will visit Norway next year.")
    events = events_of(text, "en", date(2026, 3, 5))
    assert all(city_of(e.location) is None for e in events if e.type == "Visit" and e.status == "Planned")
