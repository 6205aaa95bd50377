"""Title forms of officials: a city's head of government, an owner named before "whose", a ministry's chief
executive, a French ministry's regional director, plural Russian foreign ministers."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _people(text: str, lang: str) -> dict[str, tuple]:
    ex = extraction_of(text, lang, date(2026, 9, 3))
    return {p.name: (p.role, p.country, p.organization and p.organization.code) for p in ex.people}


def test_mexico_citys_head_of_government_is_its_mayor_of_mexico() -> None:
    text = ("Ciudad de México, 3 de septiembre.- La jefa de Gobierno, Daniela Ortiz Villaseñor, inauguró este "
            "jueves la ampliación de la Línea 12 del Metro.")
    assert _people(text, "es")["Daniela Ortiz Villaseñor"] == ("Mayor", "MX", None)


@pytest.mark.parametrize(
    ("lang", "text", "name", "org"),
    [
        ("en", "KUWAIT CITY, Nov 23 (GNS) - Talks were held. The Gulf Cooperation Council, whose secretary-general "
               "Faisal bin Rashid Al-Khalili visited Baghdad last month, urged dialogue.", "Faisal bin Rashid Al-Khalili", "GCC"),
        ("es", "LIMA. La OEA, cuyo secretario general Albert Ramdin visitó Caracas el mes pasado, pidió diálogo.",
         "Albert Ramdin", "OAS"),
    ],
)
def test_an_organisation_before_whose_owns_the_title(lang: str, text: str, name: str, org: str) -> None:
    assert _people(text, lang)[name] == ("Secretary-General", None, org)


def test_a_ministrys_chief_executive_is_its_permanent_secretary() -> None:
    text = ("APIA - Samoa's former envoy published a memoir. The chief executive of the Ministry of Foreign Affairs "
            "and Trade, Tavita Mulitalo, wrote the foreword.")
    assert _people(text, "en")["Tavita Mulitalo"][0] == "Permanent Secretary"


def test_a_french_regional_director_is_a_director_not_any_director() -> None:
    people = _people("Paris, le 26 novembre 2026. Le directeur de l'Europe continentale, M. Julien Carrière, a "
                     "convoqué hier l'ambassadeur d'Azerbaïdjan en France, M. Rashad Novruzov. Le directeur de la "
                     "banque, M. Paul Martin, a parlé.", "fr")
    assert people["Julien Carrière"][:2] == ("Director", "FR")
    assert people.get("Paul Martin", (None,))[0] is None


def test_russian_plural_foreign_ministers_take_the_pair_of_states_in_order() -> None:
    text = ("Президенты Казахстана и Киргизии провели переговоры в Астане. Следующий раунд переговоров министров "
            "иностранных дел Дамира Сейткали и Айгуль Бекмуратовой намечен на ноябрь в Бишкеке.")
    people = _people(text, "ru")
    assert people["Damir Seytkali"][1] == "KZ" and people["Aygul Bekmuratova"][1] == "KG"
