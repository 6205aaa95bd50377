"""Places: a Russian adjective of a small town's name is no city ("в Александровском саду"), a
city named where an act told before was reported is no venue ("..., hieß es in Berlin"), the next day's act told
after an act places it no more, Spanish meeting names are no Réunion, the UNHCR's seat is Geneva, the
Organization of Turkic States' Istanbul, and "lettone" is Latvian."""

from datetime import date

from graph.model import city_of

from extracted import events_of, of_type


def _cities(events: list, kind: str) -> list[str | None]:
    return [getattr(city_of(e.location), "name", None) for e in of_type(events, kind)]


def test_adjective_of_a_small_towns_name_is_no_city() -> None:
    text = ("Президент Монголии возложил венок к Могиле Неизвестного Солдата в Александровском саду.\n\n"
            "Затем Николай Березин провёл в Кремле переговоры с Президентом Монголии Батбаярын Ганзоригом.")
    events = events_of(text, "ru", date(2026, 10, 14))
    assert "Aleksandrovsk" not in [n for e in events for n in [getattr(city_of(e.location), "name", None)]]


def test_adjective_of_a_big_citys_name_still_names_it() -> None:
    text = "Посол Монголии Гансух Батжаргал в среду побывал на Иркутском авиазаводе."
    events = events_of(text, "ru", date(2026, 10, 15))
    assert "Irkutsk" in [getattr(city_of(e.location), "name", None) for e in events]


def test_city_where_a_possible_meeting_was_reported_is_not_its_venue() -> None:
    text = ("Außenministerin Katrin Lohmeyer wird Anfang Dezember am OSZE-Ministerrat in Wien teilnehmen. Dort könnte "
            "sie auch ihren kasachischen Amtskollegen Jerlan Sarsenbajew treffen; ein Gespräch sei aber noch nicht "
            "vereinbart, hieß es in Berlin.")
    events = events_of(text, "de", date(2026, 11, 18))
    assert _cities(events, "Meeting") == ["Vienna"]


def test_next_days_act_told_after_does_not_place_the_day_before() -> None:
    text = ("Minister's week in review: 2–6 March 2026\n\n"
            "Tallinn, 6 March 2026 – The Ministry of Foreign Affairs presents an overview of this week's international "
            "contacts of Foreign Minister Kadri Mets.\n\n"
            "Monday, 2 March\nOn Monday evening Minister Mets held a telephone conversation with the Minister of "
            "Foreign Affairs of Chile, Andrés Fuentes Rojas. The ministers discussed trade.\n\n"
            "Tuesday, 3 March\nThe Minister received a copy of the credentials of the newly appointed Ambassador of "
            "Ghana to Estonia, Kofi Mensah Boateng. In the afternoon Mets met the State Secretary of the Ministry of "
            "Foreign Affairs of Croatia, Ivan Horvat, to discuss EU enlargement.\n\n"
            "Wednesday, 4 March\nIn Vilnius, Mets took part in the trilateral meeting of the Baltic foreign ministers "
            "with Latvia's Andris Ozols and Lithuania's Jonas Petrauskas. ")
    events = events_of(text, "en", date(2026, 3, 6))
    horvat = [e for e in events if any(a.name == "Ivan Horvat" for a in e.attendees)]
    assert [getattr(city_of(e.location), "name", None) for e in horvat] == ["Tallinn"]


def test_spanish_meeting_name_is_no_reunion_island() -> None:
    text = ("El canciller participó el jueves en la Reunión Ordinaria del Consejo de Ministros de Relaciones "
            "Exteriores del SICA, celebrada en San Salvador, El Salvador.")
    events = events_of(text, "es", date(2026, 6, 15))
    assert all("RE" not in e.countries for e in events)


def test_seat_of_the_unhcr_is_geneva() -> None:
    text = ("La veille au soir, le Haut-Commissaire des Nations unies pour les réfugiés, Kwame Oduro, avait reçu le "
            "ministre soudanais des Affaires étrangères, Abdelrahman El-Tayeb, au siège du HCR.")
    events = events_of(text, "fr", date(2026, 11, 4))
    assert "Geneva" in [getattr(city_of(e.location), "name", None) for e in events]


def test_seat_of_the_organization_of_turkic_states_is_istanbul() -> None:
    text = ("Yesterday the Secretary General of the Organization of Turkic States, Nurlan Abdrakhmanov, received the "
            "Foreign Minister of Kyrgyzstan, Almaz Sadykov, at the headquarters of the Organization of Turkic States.")
    events = events_of(text, "en", date(2026, 10, 8))
    assert "Istanbul" in [getattr(city_of(e.location), "name", None) for e in events]


def test_latvian_minister_in_the_reformed_french_spelling() -> None:
    text = ("Mardi, la ministre lettone des Affaires étrangères, Ilga Ozola, s'est entretenue à Tallinn avec son "
            "homologue estonien, Kaarel Tamm.")
    people = {p.name: p.country for e in events_of(text, "fr", date(2026, 3, 12)) for p in e.attendees}
    assert people.get("Ilga Ozola") == "LV"
