"""A two-country trip told by the acts of each leg gets a visit per state (graph.extract.legvisits); a planned
trip to another city of the state a visit under way goes to, for a meeting there, is the rest of that visit."""

from datetime import date

from graph.model import city_of

from extracted import events_of, of_type


_TWO_STATES = (
    "Paris, le 2 octobre 2026\n\n"
    "M. Paul Girard, ministre de l'Europe et des affaires étrangères, s'est rendu en Namibie et au Botswana "
    "du 29 septembre au 1er octobre.\n\n"
    "À Windhoek, le ministre a été reçu mardi par la Présidente de la République de Namibie, Mme Ndapewa Shikongo.\n\n"
    "Le 1er octobre, à Gaborone, M. Girard s'est entretenu avec le vice-président du Botswana, M. Kagiso Sebele."
)

_INLAND = (
    "Colombo, Tuesday, February 17, 2026\n\n"
    "Bangladesh's Prime Minister Nusrat Jahan Chowdhury arrived in Colombo yesterday for a three-day official "
    "visit to Sri Lanka.\n\n"
    "This morning, Chowdhury held talks with Sri Lankan President Chaminda Wickramaratne.\n\n"
    "Tomorrow Chowdhury will travel to Kandy, where she will meet Sri Lankan Prime Minister Dilani Perera."
)


def test_each_state_of_the_trip_is_a_visit() -> None:
    visits = of_type(events_of(_TWO_STATES, "fr", date(2026, 10, 2)), "Visit", "StateVisit")
    states = {tuple(sorted(v.countries)) for v in visits}
    assert ("BW", "FR") in states and ("FR", "NA") in states
    gaborone = next(v for v in visits if "BW" in v.countries)
    assert city_of(gaborone.location).name == "Gaborone" and gaborone.date.value == "2026-10-01"


def test_a_planned_stop_inside_the_visited_state_is_no_new_visit() -> None:
    visits = of_type(events_of(_INLAND, "en", date(2026, 2, 17)), "Visit", "StateVisit")
    assert [city_of(v.location).name for v in visits] == ["Colombo"]
