"""An honorific only one state's officials carry gives an official without a state that state."""

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 6, 11)


def test_shri_is_indian():
    people = people_of("Foreign Secretary Shri Vikram Nair will visit Dhaka on 15 June for consultations.", "en", PUBLISHED)
    assert people["Vikram Nair"].country == "IN"


def test_datuk_is_malaysian():
    people = people_of("Foreign Minister Datuk Seri Ahmad Karim met his counterpart on Monday.", "en", PUBLISHED)
    assert people["Ahmad Karim"].country == "MY"


def test_stated_state_wins():
    people = people_of("Indonesian Foreign Minister Datuk Ahmad Karim spoke on Monday.", "en", PUBLISHED)
    assert people["Ahmad Karim"].country == "ID"
