"""Places read from the rest of the account: an earlier summons by the same state, a trip placed by the act its
own sentence ties to it, the state that hosts an act through a relative clause, and a city named in a relative
clause of someone else."""


from graph.model import City, Country


from where import venue_country

from extracted import events_of


def _state(place: object) -> str | None:
    if isinstance(place, Country):
        return place.code
    return place.country if isinstance(place, City) else None


def test_earlier_summons_made_by_the_same_state():
    text = ("Estonia summons Russian envoy over border incident\n\n"
            "On Tuesday, 14 April, the Ministry of Foreign Affairs of Estonia summoned the Ambassador of Russia, "
            "Pavel Orlov, to the Ministry in Tallinn and handed him a note of protest.\n\n"
            "Orlov was received by the Director of the Eastern Department, Kadri Tamm.\n\n"
            "It is not the first summons of the spring: in February a Belarusian diplomat was summoned to the "
            "Ministry over a similar incident.")
    earlier = [e for e in events_of(text, "en", "2026-04-14") if e.type == "Summons" and e.date and e.date.value == "2026-02"]
    assert earlier and venue_country(earlier[0]) == "EE"


def test_trip_placed_by_the_meeting_its_sentence_ties_to_it():
    text = ("Le ministre de l'Europe et des Affaires étrangères, M. Paul Lemaire, s'est entretenu mardi par téléphone "
            "avec son homologue sénégalais, M. Ousmane Diallo.\n\n"
            "Les ministres sont convenus de se retrouver à Dakar en mai, à l'occasion du déplacement de M. Lemaire en "
            "Afrique de l'Ouest.")
    trips = [e for e in events_of(text, "fr", "2026-03-12") if e.type == "Visit"]
    assert trips and trips[0].location is not None and trips[0].location.name == "Dakar"


def test_act_hosted_by_the_state_its_relative_clause_names():
    text = ("Minister for Foreign Affairs Tan Boon Keat will make a working visit to Malaysia on 3 May. In Kuala "
            "Lumpur he will meet Foreign Minister Aziz Rahman. The two Ministers will review cooperation, including "
            "the development of the Johor Bahru region, and discuss preparations for the Singapore-Malaysia "
            "Leaders' Retreat, which Singapore will host later this year.")
    retreats = [e for e in events_of(text, "en", "2026-04-28") if e.date is not None and e.date.value == "2026"]
    assert retreats and _state(retreats[0].location) == "SG"


def test_city_in_a_relative_clause_of_someone_else_is_no_venue():
    text = ("Lyon. Le nouveau consul général d'Algérie, M. Karim Benali, sera reçu mardi prochain à l'hôtel de région "
            "par la présidente du conseil régional, Mme Claire Dumas, qui souhaite renforcer les échanges entre les "
            "universités de la région et celles d'Oran et de Constantine.")
    meetings = [e for e in events_of(text, "fr", "2026-02-27") if e.type == "Meeting"]
    assert meetings and _state(meetings[0].location) != "DZ"

