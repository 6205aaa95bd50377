"""Titles after a name with words between: "newly appointed", "a.i.", a state's formal name after a portfolio,
"NAME as TITLE", a listed portfolio inside a multi-word title, a chair of a parliamentary body, "wali"."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import people_of


PUBLISHED = date(2026, 5, 8)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Minister Bat-Erdene received a copy of the credentials from Mr. Radek Hošťálek, newly appointed "
           "Ambassador Extraordinary and Plenipotentiary of the Czech Republic to Mongolia."),
    ("fr", "Le ministre a reçu M. Radek Hošťálek, nouvellement nommé ambassadeur de la République tchèque au Sénégal."),
    ("es", "El canciller recibió a Radek Hošťálek, recién nombrado embajador de la República Checa en Chile."),
    ("de", "Der Minister empfing Radek Hošťálek, den neu ernannten Botschafter der Tschechischen Republik."),
])
def test_newly_appointed_envoy_after_the_name(lang: str, text: str) -> None:
    other = {"en": " Minister Bat-Erdene later met Ms. Amara Okonjo-Hale.", "fr": " Il a ensuite reçu Mme Amara "
             "Okonjo-Hale.", "es": " Luego recibió a la señora Amara Okonjo-Hale.", "de": " Danach traf er Frau "
             "Amara Okonjo-Hale."}[lang]  # someone else named: "Ambassador" alone can no longer say who
    envoy = people_of(text + other, lang, PUBLISHED)["Radek Hošťálek"]
    assert (envoy.role, envoy.country) == ("Ambassador", "CZ")


def test_ad_interim_after_the_title_en() -> None:
    text = "State Secretary Jānis Ozols summoned the chargé d'affaires a.i. of Belarus, Dzmitry Ravinski, to the Ministry."
    envoy = people_of(text, "en", PUBLISHED)["Dzmitry Ravinski"]
    assert (envoy.role, envoy.country) == ("Chargé d'affaires", "BY")


def test_state_formal_name_after_a_portfolio_fr() -> None:
    text = ("Le Ministre a reçu M. Jean-Pierre Habimana, Ministre d'État chargé de la Coopération régionale de la "
            "République du Rwanda, porteur d'un message.")
    assert people_of(text, "fr", PUBLISHED)["Jean-Pierre Habimana"].country == "RW"


def test_portfolio_of_a_topic_names_no_state_en() -> None:
    found = people_of("The minister received John Habimana, Special Envoy for the Reconstruction of Ukraine.", "en", PUBLISHED)
    assert found["John Habimana"].country is None


def test_name_as_title_en() -> None:
    text = "The Saeima committee approved the candidacy of Gints Bērziņš as Latvia's new Ambassador to Sweden."
    envoy = people_of(text, "en", PUBLISHED)["Gints Bērziņš"]
    assert (envoy.role, envoy.country) == ("Ambassador", "LV")


def test_one_capitalised_noun_before_als_is_no_name_de() -> None:
    text = ("Bundeskanzlerin Anja Brückner, die im September vergangenen Jahres als erste Regierungschefin nach "
            "Astana gereist war, setzte den Rahmen.")
    assert "Jahres" not in people_of(text, "de", PUBLISHED)


def test_listed_portfolio_inside_a_multiword_title_es() -> None:
    text = ("El ministro de Relaciones Exteriores, Comercio Internacional y Culto, Martín Echegaray, recibió hoy "
            "al viceprimer ministro de Vietnam, Nguyen Hoang Phuc.")
    found = people_of(text, "es", PUBLISHED)
    assert found["Martín Echegaray"].role == "Minister of Foreign Affairs"
    assert "Comercio" not in found


def test_chair_of_a_parliamentary_group_and_no_organisation_of_its_topic_de() -> None:
    text = "Die Vorsitzende der Parlamentariergruppe ASEAN des Deutschen Bundestages, Sabine Oltmanns, sprach."
    chair = people_of(text, "de", PUBLISHED)["Sabine Oltmanns"]
    assert (chair.role, chair.country, chair.organization) == ("Chairman", "DE", None)


def test_wali_is_a_governor_fr() -> None:
    text = "À Casablanca, le ministre s'est entretenu avec le wali de la région Casablanca-Settat, M. Anas Fikri."
    wali = people_of(text, "fr", PUBLISHED)["Anas Fikri"]
    assert (wali.role, wali.country) == ("Governor", "MA")


def test_honorary_doctorate_between_title_and_name_de() -> None:
    found = people_of("Staatssekretär Dr. h.c. Karl Huber traf den Botschafter Ungarns, Gábor Nagy.", "de", PUBLISHED)
    assert found["Karl Huber"].role == "State Secretary"


def test_french_junior_minister_is_no_us_secretary_of_state_fr() -> None:
    text = "PARIS, 3 mars (AFP) - La secrétaire d'État chargée de l'Europe, Laurence Boone, a rencontré son homologue."
    boone = people_of(text, "fr", PUBLISHED)["Laurence Boone"]
    assert (boone.role, boone.country) == ("State Secretary", "FR")
    blinken = people_of("Le secrétaire d'État américain Antony Blinken a rencontré le ministre.", "fr", PUBLISHED)["Antony Blinken"]
    assert (blinken.role, blinken.country) == ("Secretary of State", "US")


def test_conjoined_portfolio_then_state_es() -> None:
    text = "La ministra de Relaciones Exteriores y Culto de Costa Rica, Ana Pérez, recibió al embajador."
    found = people_of(text, "es", PUBLISHED)
    assert (found["Ana Pérez"].role, found["Ana Pérez"].country) == ("Minister of Foreign Affairs", "CR")
    assert "y Culto" not in found


def test_title_from_a_state_then_the_name() -> None:
    de = people_of("Baerbock traf den Außenminister aus Polen, Radosław Sikorski.", "de", PUBLISHED)["Radosław Sikorski"]
    assert (de.role, de.country) == ("Minister of Foreign Affairs", "PL")
    assert not people_of("Am Tisch sitzen Regierungschefs und Außenminister aus Serbien, Albanien und Kosovo.", "de", PUBLISHED)
    en = people_of("Secretary Blinken met the Foreign Minister from Poland, Radosław Sikorski.", "en", PUBLISHED)["Radosław Sikorski"]
    assert (en.role, en.country) == ("Minister of Foreign Affairs", "PL")
