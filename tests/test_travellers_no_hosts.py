"""A traveller is not made a host, nor a host a traveller: the headline's traveller "nach Norwegen und Island" is of
neither state; a second president of a state visit is its host."""

from extracted import people_of

_TRIP = (
    "Außenministerin Vogt reist nach Finnland und Estland\n\n"
    "Außenministerin Petra Vogt bricht heute zu einer Reise in den Norden auf. In Helsinki trifft sie ihren "
    "finnischen Amtskollegen Mikko Laaksonen.\n\nTags darauf reist die Ministerin weiter nach Tallinn.\n"
)

_STATE_VISIT = (
    "Joint statement on the meeting of the foreign ministers of Chile and Ghana\n\n"
    "Accra, 3 March 2026\n\n"
    "The Minister of Foreign Affairs of Chile, Ana Torres, and the Minister of Foreign Affairs of Ghana, Kwame "
    "Mensah, met in Accra on Tuesday. The Ministers looked forward to the State Visit of President Diego Fuentes "
    "to Ghana, which will take place in Accra in May at the invitation of President Kofi Asante.\n"
)


def test_headline_traveller_is_of_neither_destination() -> None:
    people = people_of(_TRIP, "de", "2026-06-09")
    assert people["Petra Vogt"].country != "EE"
    assert people["Mikko Laaksonen"].country == "FI"


def test_second_president_of_a_state_visit_is_the_host() -> None:
    people = people_of(_STATE_VISIT, "en", "2026-03-03")
    assert people["Kofi Asante"].country != "CL"
