"""States of officials decided from the events they take part in and from the shape of their titles."""

from extracted import extraction_of


def _people(text: str, lang: str) -> dict[str, tuple]:
    return {p.name: (p.role, p.country) for p in extraction_of(text, lang, None).people}


def test_a_conference_still_to_come_in_the_city_is_no_gathering_of_a_meeting_held_there_today() -> None:
    """An envoy received in a city where a conference is only planned: the host is the city's state."""
    de = ("Außenministerin Petra Holm hat heute mit dem Außenminister Argentiniens, Diego Fuentes, telefoniert. "
          "Beide bedauerten, dass die im März in Hamburg geplante Konferenz verschoben wird.\n\n"
          "Am Vormittag hatte Staatssekretärin Greta Sommer in Hamburg den neuen Botschafter Perus, Luis Rojas, "
          "zur Übergabe seines Beglaubigungsschreibens empfangen.")
    assert _people(de, "de")["Greta Sommer"] == ("State Secretary", "DE")
    en = ("Foreign Minister Petra Holm spoke by phone today with Argentina's Foreign Minister Diego Fuentes. Both "
          "regretted that the conference planned for March in Hamburg has been postponed.\n\nEarlier in the day, "
          "State Secretary Greta Sommer received the new ambassador of Peru, Luis Rojas, in Hamburg.")
    assert _people(en, "en")["Greta Sommer"] == ("State Secretary", "DE")


def test_a_long_french_portfolio_listed_between_commas_keeps_its_title() -> None:
    text = ("Le Secrétaire général du ministère des Affaires étrangères, de la Communauté nationale à l'étranger et "
            "des Affaires africaines, M. Jean Ndong Obame, a convoqué mardi le diplomate.")
    assert _people(text, "fr")["Jean Ndong Obame"][0] == "Secretary-General"


def test_s_e_m_is_an_honorific_before_the_name() -> None:
    text = "Le président Paul Biyoga a reçu son homologue gabonais, S.E.M. Jean Ndong Obame, au palais."
    assert _people(text, "fr")["Jean Ndong Obame"] == ("President", "GA")


def test_a_declined_town_after_a_title_is_no_part_of_the_name_and_gives_its_state() -> None:
    found = _people("Мэр Пскова Борис Елкин встретил гостей из Латвии.", "ru")
    assert found == {"Boris Yelkin": ("Mayor", "RU")}
    found = _people("Встреча мэра Казани Ильсура Метшина с послом Турции прошла в четверг.", "ru")
    assert "Ilsur Metshin" in found and found["Ilsur Metshin"][1] == "RU"


def test_a_russian_oblast_in_the_title_gives_its_governor_russia() -> None:
    text = "В Бишкеке губернатор Новосибирской области Андрей Травников встретился с премьер-министром Киргизии."
    assert _people(text, "ru")["Andrey Travnikov"] == ("Governor", "RU")


def test_the_head_of_an_organisation_keeps_it_whatever_state_a_former_office_names() -> None:
    en = ("Kenyan President John Mwangi and African Union Commission chairperson Ibrahima Fall met in Nairobi. "
          "Fall, a former Senegalese foreign minister, flew in from Addis Ababa.")
    fall = next(p for p in extraction_of(en, "en", None).people if p.name == "Ibrahima Fall")
    assert fall.country is None and fall.organization is not None and fall.organization.code == "AU"
    fr = ("Le président kényan John Mwangi et le président de la Commission de l'Union africaine, Ibrahima Fall, se sont "
          "rencontrés à Nairobi. Fall, ancien ministre sénégalais des Affaires étrangères, est arrivé d'Addis-Abeba.")
    assert _people(fr, "fr")["Ibrahima Fall"][1] is None


def test_an_organisation_before_its_abbreviation_or_body_qualifies_the_title() -> None:
    en = "On Tuesday, the minister briefed Gulf Cooperation Council (GCC) Secretary-General Hamad Al-Sabah by phone."
    hamad = next(p for p in extraction_of(en, "en", None).people if p.name == "Hamad Al-Sabah")
    assert hamad.country is None and hamad.organization is not None and hamad.organization.code == "GCC"
    de = "In Addis Abeba will sie den Vorsitzenden der Kommission der Afrikanischen Union, Ibrahima Fall, treffen."
    fall = next(p for p in extraction_of(de, "de", None).people if p.name == "Ibrahima Fall")
    assert fall.country is None and fall.organization is not None and fall.organization.code == "AU"


def test_a_leader_met_on_a_trip_without_a_state_word_is_the_host() -> None:
    de = ("Bundesrätin Marta Keller reist nach Uruguay und Paraguay. Am Dienstag trifft sie in Montevideo ein, wo sie "
          "der uruguayische Aussenminister Pablo Ferrer empfängt. Am selben Tag ist ein Treffen mit Staatspräsidentin "
          "Inés Albornoz vorgesehen.")
    assert _people(de, "de")["Inés Albornoz"] == ("President", "UY")
    de = ("Bundesrätin Marta Keller reiste am Dienstag nach Tiflis. Dort traf sie den georgischen Aussenminister "
          "Giorgi Beridze, am Mittwoch wurde sie von Präsidentin Nino Kapanadze empfangen.")
    assert _people(de, "de")["Nino Kapanadze"] == ("President", "GE")
    en = ("Swiss Federal Councillor Marta Keller arrived in Montevideo on Tuesday for talks with Uruguayan Foreign "
          "Minister Pablo Ferrer. A meeting with President Inés Albornoz is planned for Wednesday.")
    assert _people(en, "en")["Inés Albornoz"] == ("President", "UY")


def test_the_african_union_abbreviated_qualifies_its_commission_chair() -> None:
    en = "On Monday, AU Commission Chairperson Ibrahima Fall met Kenyan President John Mwangi in Nairobi."
    fall = next(p for p in extraction_of(en, "en", None).people if p.name == "Ibrahima Fall")
    assert fall.country is None and fall.organization is not None and fall.organization.code == "AU"
