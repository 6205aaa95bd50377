"""States (and organisations) of officials read from what stands next to their titles.

- An organisation's title set with a comma before a past office: "vom Hohen Vertreter der Afrikanischen Union,
  dem früheren botswanischen Minister X" is the AU's, not Botswana's (``apposedtitles.apposed_orgs``).
- A state after a pronoun for a delegation: "Die sudanesische Delegation führt A, jene Südsudans der
  Sondergesandte des Präsidenten, B" (``liststates``).
- "X and his Canadian counterpart" is not Canadian, even where a meeting in Canada made him its host
  (``possessors``).
- A cue of company opening a sentence after a pronoun: "Lo acompañan la ministra ..., X" is of the one named
  before (``entouragestates``).
- Titles: "Executive Secretary" of an organisation (no US "Secretary"), "su colega taiwanés", "представитель
  МИД России", "глава Республики Бурятия"; names: "Pieter De Smedt".
"""

from __future__ import annotations

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 11, 20)


def test_an_organisation_title_before_a_past_office() -> None:
    people = people_of("Geleitet werden die Gespräche vom Hohen Vertreter der Afrikanischen Union, dem früheren "
                             "botswanischen Minister Thabo Mokoena.", "de", PUBLISHED)  # fmt: skip
    person = people["Thabo Mokoena"]
    assert person.country is None and person.organization is not None and person.organization.code == "AU"


def test_a_state_after_a_pronoun_for_a_delegation() -> None:
    people = people_of("Die sudanesische Delegation führt Staatsminister Hassan El-Tayeb, jene Südsudans der "
                             "Sondergesandte des Präsidenten, Deng Aleu Makuei.", "de", PUBLISHED)  # fmt: skip
    assert people["Deng Aleu Makuei"].country == "SS"


def test_one_with_a_canadian_counterpart_is_not_canadian() -> None:
    text = ("Whyte, Dufresne talk visas in weekend call\n\nPrime Minister Andrew Whyte and his Canadian counterpart, "
            "Claire Dufresne, spoke by telephone on Sunday about a long-standing Jamaican request for easier visa "
            "access to Canada. The two leaders last met in Ottawa in June, during Mr Whyte's official visit to "
            "Canada.")  # fmt: skip
    assert people_of(text, "en", PUBLISHED)["Andrew Whyte"].country != "CA"


def test_companions_after_a_pronoun_opening() -> None:
    text = ("El presidente de Portugal, Rui Castanheira, comenzó el domingo una visita de Estado a Uruguay. "
            "Lo acompañan la ministra de Negocios Extranjeros, Inês Magalhães, y una delegación de empresarios.")
    assert people_of(text, "es", PUBLISHED)["Inês Magalhães"].country == "PT"


def test_an_organisations_executive_secretary() -> None:
    person = people_of("The Southern African Development Community's Executive Secretary, Tomás Manhique, "
                             "warned last month of a drought.", "en", PUBLISHED)["Tomás Manhique"]  # fmt: skip
    assert person.country is None and person.role == "Executive Secretary"


def test_su_colega_is_a_counterpart() -> None:
    people = people_of("La canciller Carolina Insfrán viajará a Taiwán junto a su colega taiwanés, Lin Tsung-hsien.", "es", PUBLISHED)
    assert people["Lin Tsung-hsien"].country == "TW"


def test_a_capitalised_particle_after_a_given_name() -> None:
    assert "Pieter De Smedt" in people_of("Le ministre Pieter De Smedt était à Kigali.", "fr", PUBLISHED)


def test_russian_regional_titles() -> None:
    people = people_of("В ней приняли участие представитель МИД России в Иркутске Олег Некрасов. В пятницу "
                             "запланирована его встреча с главой Республики Бурятия Баиром Дашиевым.", "ru", PUBLISHED)  # fmt: skip
    assert people["Oleg Nekrasov"].country == "RU"
    assert people["Bair Dashiyev"].country == "RU"
