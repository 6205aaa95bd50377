"""Where extracted events took place: venue cities and countries of visits, expulsions and the acts of a day."""

from __future__ import annotations

import pytest

from graph.extract import dayplaces, places
from graph.extract.assemble import Draft
from graph.model import City, Country, DateValue, Event, Person, Span, Venue
from where import city_name, venue_country

from extracted import events_of


PUBLISHED = "2025-03-12"


def _one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, city_name(e)) for e in events]
    return found[0]


def test_an_embassy_is_not_placed_in_its_own_state() -> None:
    text = "Two diplomats of the Dutch embassy, in post since 2022, were sent home; Amsterdam protested."
    countries = places.find_countries(text, "en")
    cities = places.find_cities(text, "en", countries=countries)
    venues = places.find_venues(text, "en", cities, countries)
    assert [(v.kind, v.owner, v.city) for _, v in venues] == [("embassy", "NL", None)]


def test_an_embassy_abroad_keeps_the_city_it_stands_in() -> None:
    text = "Staff of the Dutch embassy in Lisbon were told to leave."
    countries = places.find_countries(text, "en")
    cities = places.find_cities(text, "en", countries=countries)
    venue = places.find_venues(text, "en", cities, countries)[0][1]
    assert (venue.owner, venue.city.name if venue.city else None) == ("NL", "Lisbon")


def test_an_expulsion_from_the_expelled_states_embassy_happens_in_the_expelling_state() -> None:
    events = events_of(
        "Estonia on Monday declared a Russian diplomat persona non grata. The diplomat, a counsellor at the "
        "Russian embassy, was given three days to leave the country.",
        "en",
        PUBLISHED,
    )
    expulsion = _one(events, "Expulsion")
    assert (venue_country(expulsion), city_name(expulsion)) == ("EE", None)


def test_a_visit_to_a_country_takes_no_city_reported_only_on_a_later_day() -> None:
    events = events_of(
        "Norwegian Prime Minister Erik Solvang arrived in Kenya on Monday for a three-day official visit. "
        "On Tuesday he held talks with President Daniel Mwangi in Nairobi.",
        "en",
        PUBLISHED,
    )
    visit = _one(events, "Visit")
    assert (venue_country(visit), city_name(visit)) == ("KE", None)


def test_a_visit_to_a_country_takes_the_city_of_its_first_day() -> None:
    events = events_of(
        "Norwegian Prime Minister Erik Solvang began a visit to Kenya on Monday. On Monday he was welcomed by "
        "President Daniel Mwangi in Nairobi. He travels on to Mombasa on Wednesday.",
        "en",
        PUBLISHED,
    )
    visit = next(e for e in events if e.type == "Visit" and e.status == "Occurred")
    assert city_name(visit) == "Nairobi"


def test_a_signing_after_talks_takes_the_city_of_the_talks() -> None:
    events = events_of(
        "Finnish President Aino Lehtonen held talks with Portuguese President Rui Carvalho in Lisbon on Tuesday. "
        "After the talks, the two presidents witnessed the signing of three agreements.",
        "en",
        PUBLISHED,
    )
    assert city_name(_one(events, "Ceremony")) == "Lisbon"


def test_what_a_traveller_does_the_day_after_arriving_happens_in_the_city_visited() -> None:
    events = events_of(
        "Irish Foreign Minister Siobhan Keane arrived in Accra on Monday for a two-day official visit. "
        "On Tuesday morning she was received by Ghanaian President Kofi Mensah.",
        "en",
        PUBLISHED,
    )
    meeting = _one(events, "Meeting")
    assert city_name(meeting) == "Accra"


def test_an_act_dated_only_by_its_trip_takes_no_city_of_that_day() -> None:
    traveller, host = Person("Mart Kask", country="EE"), Person("Lucia Bassi", country="IT")
    trip_day = DateValue("2025-03-20", "from 20 to 22 March", Span(40, 59))
    milan = City(3173435, "Milan", "IT")
    trip = Draft("Visit", status="Planned", attendees=[traveller], location=milan, date=trip_day)
    forum = Draft("Meeting", status="Planned", attendees=[traveller, host], location=milan, date=trip_day)
    signing = Draft("Ceremony", status="Planned", attendees=[traveller], location=Country("IT"), date=trip_day)
    dated = Draft("Ceremony", status="Planned", attendees=[traveller], date=DateValue("2025-03-20", "on 20 March", Span(90, 101)))
    dayplaces.same_day_cities([trip, forum, signing, dated])
    assert signing.location == Country("IT")
    assert dated.location == milan


# --- places that are no venue of the act (graph.extract.notvenues) ----------------------------------------


def test_the_scene_of_an_incident_is_not_where_a_summons_took_place() -> None:
    english = "Finland summoned Estonia's ambassador on Monday to protest the detention of two Finnish journalists in Tartu."
    german = ("Das Außenministerium bestellte am Montag den estnischen Botschafter ein, um gegen die Festnahme zweier "
              "Journalisten in Tartu zu protestieren.")  # fmt: skip
    assert city_name(_one(events_of(english, "en", PUBLISHED), "Summons")) is None
    assert city_name(_one(events_of(german, "de", PUBLISHED), "Summons")) is None


def test_points_of_a_route_or_waterway_are_no_venues() -> None:
    text = ("Foreign Minister Lena Vogt met her Czech counterpart Petr Novak on Monday. The meeting came after an accord "
            "on the railway linking Linz and Brno.")  # fmt: skip
    assert city_name(_one(events_of(text, "en", PUBLISHED), "Meeting")) is None
    spanish = ("La canciller peruana, Ana Torres, conversó por teléfono con su par boliviano, Luis Quispe, y ambos "
               "acordaron reunirse en la próxima cumbre sobre la hidrovía Paraguay-Paraná.")  # fmt: skip
    assert all(city_name(e) is None for e in events_of(spanish, "es", PUBLISHED))


def test_a_capital_offering_to_host_is_no_venue() -> None:
    text = ("Foreign Minister Lena Vogt met her Czech counterpart Petr Novak on Monday. Vienna has offered to host "
            "further talks between the two, a diplomat said.")  # fmt: skip
    assert city_name(_one(events_of(text, "en", PUBLISHED), "Meeting")) is None


def test_capitals_acting_at_the_head_of_a_sentence_are_governments() -> None:
    text = ("Madrid et Rabat s'entendent sur une réunion ministérielle à Séville le 3 mars. La ministre espagnole, "
            "Ana Ruiz, et son homologue marocain, Karim Alaoui, se sont entretenus par téléphone.")  # fmt: skip
    assert city_name(_one(events_of(text, "fr", PUBLISHED), "Conference")) == "Sevilla"


def test_what_a_statement_reports_is_not_where_it_was_made() -> None:
    english = "Foreign Minister Ruth Achieng said in a statement on Tuesday that the two students were being held in Mombasa."
    french = "La porte-parole du ministère sénégalais, Awa Diop, a déclaré mardi que les prix avaient fortement augmenté à Thiès."
    assert city_name(_one(events_of(english, "en", PUBLISHED), "Statement")) is None
    assert city_name(_one(events_of(french, "fr", PUBLISHED), "Statement")) is None


def test_a_ministry_a_report_is_heard_from_does_not_place_the_talks() -> None:
    text = ("Переговоры прошли в Женеве. Делегации возглавляли министры Армен Саркисян и Эльчин Алиев, сообщили в "
            "четверг в МИД Швейцарии, который предоставил площадку для переговоров.")  # fmt: skip
    assert [city_name(e) for e in events_of(text, "ru", PUBLISHED) if e.type == "Talks"] == ["Geneva"]


def test_the_un_general_assembly_is_a_seat_no_state_owns() -> None:
    text = "Minister Anna Berg and Deputy Minister Tomas Lind met at the UN General Assembly in New York on Monday."
    meeting = _one(events_of(text, "en", "2025-09-23"), "Meeting")
    assert city_name(meeting) == "New York City"
    assert places.stateless_seat(meeting.location)
    assert not places.stateless_seat(Venue("headquarters", "Headquarters in Nairobi", None, None))


def test_a_statement_without_a_place_is_made_in_the_capital_the_wire_is_filed_from() -> None:
    from graph.extract.briefings import dateline_statements

    speaker = Person(name="Awa Diop", country="SN")
    draft = Draft("Statement", speaker=speaker, countries={"SN"})
    abroad = Draft("Statement", speaker=Person(name="Lamin Jobe", country="GM"), countries={"GM"})
    received = Draft("Meeting", location=Country("SN"))
    trip = Draft("Visit", location=Country("SN"))
    dateline_statements([draft, abroad, received, trip], "SN")
    assert isinstance(draft.location, City) and draft.location.name == "Dakar"
    assert abroad.location is None
    assert isinstance(received.location, City) and received.location.name == "Dakar"
    assert trip.location == Country("SN")  # a trip stays in the country unless the text takes it to a city


def test_a_visit_to_a_city_state_is_in_its_capital() -> None:
    events = events_of("El canciller de Chile viajará el lunes a Singapur para una visita oficial de dos días.", "es", PUBLISHED)
    assert [city_name(e) for e in events if e.type == "Visit"] == ["Singapore"]


def test_where_travellers_return_to_is_no_venue() -> None:
    texts = {
        "fr": "La ministre kényane des Affaires étrangères, Amina Otieno, est arrivée lundi à Paris. Elle rencontrera "
              "jeudi la ministre française Claire Dubois, avant de regagner Nairobi.",
        "en": "Kenya's Foreign Minister Amina Otieno arrived in Paris on Monday. She will meet French Foreign Minister "
              "Claire Dubois on Thursday before returning to Nairobi.",
    }
    for lang, text in texts.items():
        events = events_of(text, lang, PUBLISHED)
        assert all(city_name(e) != "Nairobi" for e in events), (lang, [(e.type, city_name(e)) for e in events])


def test_a_city_owning_what_follows_is_no_venue_nor_a_capital_in_a_clause_of_its_own() -> None:
    text = ("Foreign Minister Anna Berg will embark on a tour of Latin America next week to win backing for "
            "Stockholm's climate plan, although Havana keeps embassies in every country of the region.")
    events = events_of(text, "en", PUBLISHED)
    assert all(city_name(e) not in ("Stockholm", "Havana") for e in events), [(e.type, city_name(e)) for e in events]
    assert all(venue_country(e) != "CU" for e in events)


def test_a_meeting_in_this_city_is_in_the_city_of_the_dateline() -> None:
    texts = {
        "es": "Oruro, Bol.— El canciller de Bolivia se reunió ayer en esta ciudad con el canciller de Chile, "
              "Tomás Urrutia, para revisar la agenda fronteriza.",
        "en": "OSAKA, Japan — Foreign Minister Kenji Arai met his Peruvian counterpart, Rosa Quispe, in this city "
              "on Monday to discuss trade.",
        "fr": "Lyon, France — Le ministre Paul Verdier a rencontré lundi dans cette ville son homologue "
              "allemande, Greta Lindqvist.",
    }
    for lang, text in texts.items():
        meeting = _one(events_of(text, lang, PUBLISHED), "Meeting")
        assert city_name(meeting) in ("Oruro", "Osaka", "Lyon"), (lang, city_name(meeting))


def test_this_city_without_a_dateline_places_nothing() -> None:
    text = "Foreign Minister Kenji Arai met his Peruvian counterpart, Rosa Quispe, in this city on Monday."
    assert city_name(_one(events_of(text, "en", PUBLISHED), "Meeting")) is None


def test_a_consulate_whose_hours_were_agreed_at_a_meeting_is_not_its_place() -> None:
    text = ("Oruro, Bol.— El canciller de Bolivia se reunió ayer en esta ciudad con el canciller de Chile, Tomás "
            "Urrutia. En el encuentro, ambos acordaron ampliar los horarios del consulado de Chile en Cochabamba.")
    events = events_of(text, "es", PUBLISHED)
    assert [city_name(e) for e in events if e.type == "Meeting"] == ["Oruro"]


def test_a_palace_named_after_a_town_is_in_the_city_of_the_dateline() -> None:
    text = ("LIMA, 4 (EFE)\nEl canciller de Perú, Julio Salas, ha recibido este martes en el Palacio de Toledo "
            "al canciller de Ecuador, Andrés Vera. Luego viajó al Palacio de Toledo.")
    countries = places.find_countries(text, "es")
    cities = places.find_cities(text, "es", countries=countries)
    venues = places.find_venues(text, "es", cities, countries)
    assert {(v.name, v.city.name if v.city else None) for _, v in venues} == {("Palacio de Toledo", "Lima")}


def test_a_palace_named_after_a_town_without_a_dateline_has_no_city() -> None:
    text = "El canciller de Perú recibió en el Palacio de Toledo al canciller de Ecuador, Andrés Vera."
    assert city_name(_one(events_of(text, "es", PUBLISHED), "Meeting")) is None


def test_acts_joined_in_a_sentence_that_points_there_take_its_place() -> None:
    text = ("Le ministre turc Kerem Aydin s'est entretenu mardi au téléphone avec son homologue irakien, Omar "
            "Kadhim. Aydin doit se rendre la semaine prochaine à Bagdad. Il y sera reçu par le président irakien, "
            "Salim Jaber, et tiendra des consultations avec son homologue Kadhim.")
    events = events_of(text, "fr", PUBLISHED)
    assert [city_name(e) for e in events if e.type != "PhoneCall"] == ["Baghdad"] * 3, [(e.type, city_name(e)) for e in events]


def test_the_place_of_a_topic_is_not_where_the_talks_were() -> None:
    texts = {
        "en": "Foreign Minister Kenji Arai met his Chilean counterpart, Tomás Urrutia, to discuss the situation in Haiti.",
        "es": "El canciller Julio Salas recibió al canciller de Chile, Tomás Urrutia, con quien dialogó sobre la "
              "situación en Haití.",
        "fr": "Le ministre Paul Verdier a rencontré son homologue chilien, Tomás Urrutia, pour évoquer la situation "
              "en Haïti.",
        "de": "Außenministerin Greta Lindqvist traf ihren chilenischen Amtskollegen Tomás Urrutia, um über die Lage "
              "in Haiti zu sprechen.",
        "ru": "Министр Павел Ветров встретился с министром иностранных дел Чили Томасом Уррутиа, чтобы обсудить "
              "ситуацию в Гаити.",
    }
    for lang, text in texts.items():
        meeting = _one(events_of(text, lang, PUBLISHED), "Meeting")
        assert venue_country(meeting) != "HT", (lang, meeting.location)


def test_the_ministry_of_a_report_filed_from_a_capital_is_there() -> None:
    text = ("Ciudad de México, 16 de octubre de 2025\nEl miércoles, el canciller Andrés Ibarra recibió en la sede de "
            "la Cancillería al secretario general de la OEA, Rodrigo Bastidas.")
    countries = places.find_countries(text, "es")
    venues = places.find_venues(text, "es", places.find_cities(text, "es", countries=countries), countries)
    assert [(v.city.name, v.owner) for _, v in venues if v.city] == [("Mexico City", "MX")]
    assert city_name(_one(events_of(text, "es", "2025-10-16"), "Meeting")) == "Mexico City"


def test_a_ministry_in_a_title_is_not_placed_in_the_capital_of_the_dateline() -> None:
    text = ("VILNIUS, Nov 20 (AP) - In Riga, Foreign Ministry spokesman Ivars Kalnins on Thursday called the "
            "expulsion groundless.")
    venues = places.find_venues(text, "en", places.find_cities(text, "en"), places.find_countries(text, "en"))
    assert all(v.city is None or v.city.name != "Vilnius" for _, v in venues)


def test_the_city_an_official_comes_from_is_not_where_the_visit_was() -> None:
    texts = {
        "es": "El presidente recibió este jueves en la Casa Rosada al canciller de Vietnam, Tran Van Duc, en la "
              "visita de más alto nivel de un funcionario de Hanói desde 2019.",
        "en": "President Ledesma received Vietnam's foreign minister, Tran Van Duc, on Thursday in the first visit by "
              "an official from Hanoi since 2019.",
    }
    for lang, text in texts.items():
        events = events_of(text, lang, PUBLISHED)
        assert all(city_name(e) != "Hanoi" for e in events), (lang, [(e.type, city_name(e)) for e in events])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Minister Ana Silva of Brazil held talks with her Peruvian counterpart Luis Vega on Monday "
               "about the rail link to Lima."),
        ("de", "Außenministerin Ana Silva aus Brasilien führte am Montag Gespräche mit ihrem peruanischen Amtskollegen "
               "Luis Vega über die Zugverbindung nach Lima."),
        ("fr", "Le ministre sénégalais Amadou Ba a eu mardi des entretiens avec son homologue malien, Oumar Keita, sur "
               "la liaison ferroviaire vers Bamako."),
        ("en", "Foreign Minister Ana Silva of Brazil held talks with her Peruvian counterpart Luis Vega on Monday "
               "about Peruvians living in Brazil."),
        ("es", "La canciller brasileña Ana Silva sostuvo el lunes conversaciones con su homólogo peruano, Luis Vega, "
               "sobre los peruanos residentes en Brasil."),
    ],
)
def test_a_link_or_a_community_abroad_is_no_venue(lang: str, text: str) -> None:
    events = events_of(text, lang, "2026-05-05")
    assert events
    assert all(e.location is None for e in events)


def test_a_trip_of_the_dateline_states_own_official_is_not_placed_in_the_dateline_city() -> None:
    from graph.extract.filedfrom import dateline_places

    berlin = City(2950159, "Berlin", "DE")
    chancellor = Person(name="Jan Vogt", country="DE", role="HeadOfGovernment")
    trip = Event(type="Visit", attendees=[chancellor], countries={"DE", "KZ"}, background=True)
    talks = Event(type="Talks", attendees=[chancellor], countries={"DE", "KZ"})
    dateline_places([trip, talks], berlin)
    assert trip.location is None
    assert talks.location == berlin


def test_acts_of_a_trip_abroad_are_not_placed_in_the_dateline_city() -> None:
    from graph.extract.filedfrom import dateline_places

    bern = City(2661552, "Bern", "CH")
    minister = Person(name="Anna Huber", country="CH", role="Minister of Foreign Affairs")
    trip = Event(type="Visit", attendees=[minister], countries={"CH", "CR"}, location=Country("CR"),
                 date=DateValue("2026-10-05", "am Montag"))
    signing = Event(type="Ceremony", attendees=[minister], countries={"CH", "CR"},
                    date=DateValue("2026-10-07", "am Mittwoch"))
    statement = Event(type="Statement", attendees=[minister], countries={"CH"}, date=DateValue("2026-10-20", "x"))
    dateline_places([trip, signing, statement], bern)
    assert signing.location is None
    assert statement.location == bern
