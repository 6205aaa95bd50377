"""People: names with titles in every position, roles, countries, Russian inflection, coreference, negatives."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.model import Article, Person


def people(text: str, lang: str) -> dict[str, Person]:
    extraction = extract(Article(key="test", text=text, language=lang, published=date(2024, 5, 8)))
    return {p.name: p for p in extraction.people}


def test_title_before_the_name_with_a_country_adjective_de() -> None:
    found = people("Der russische Außenminister Sergej Lawrow traf am Dienstag seinen Amtskollegen.", "de")
    lawrow = found["Sergej Lawrow"]
    assert lawrow.role == "Minister of Foreign Affairs"
    assert lawrow.country == "RU"
    assert lawrow.titles == ["russische Außenminister"]


def test_country_prefix_and_implied_country_de() -> None:
    found = people("US-Präsident Joe Biden empfing Bundeskanzler Olaf Scholz im Weißen Haus.", "de")
    assert (found["Joe Biden"].role, found["Joe Biden"].country) == ("President", "US")
    assert (found["Olaf Scholz"].role, found["Olaf Scholz"].country) == ("Chancellor", "DE")


def test_ambassador_represents_one_state_and_is_accredited_to_another_de() -> None:
    found = people("Ulrich Meyer, Deutschlands Botschafter in Frankreich, wurde einbestellt.", "de")
    meyer = found["Ulrich Meyer"]
    assert (meyer.role, meyer.country, meyer.accredited_to) == ("Ambassador", "DE", "FR")


def test_long_title_with_portfolio_keeps_the_represented_state_de() -> None:
    text = "Dabei war die stellvertretende Assistentin des US-Außenministers für Südamerika und die Karibik, Julia Brandt."
    brandt = people(text, "de")["Julia Brandt"]
    assert brandt.country == "US"
    assert brandt.role == "Deputy Assistant"
    assert brandt.titles == ["stellvertretende Assistentin des US-Außenministers für Südamerika und die Karibik"]


def test_apposition_after_a_comma_en() -> None:
    found = people("The Foreign Minister of India, S. Jaishankar, arrived in Tokyo.", "en")
    assert (found["S. Jaishankar"].role, found["S. Jaishankar"].country) == ("Minister of Foreign Affairs", "IN")


def test_title_after_the_name_en() -> None:
    found = people("Hu Jintao, the President of China, had lunch with farmers.", "en")
    assert (found["Hu Jintao"].role, found["Hu Jintao"].country) == ("President", "CN")


def test_surname_and_title_only_mentions_join_the_person_en() -> None:
    text = ("Secretary of State Antony J. Blinken met Chancellor Olaf Scholz. "
            "Blinken thanked the Chancellor. The Secretary then left.")  # fmt: skip
    extraction = extract(Article(key="t", text=text, language="en"))
    assert sorted(p.name for p in extraction.people) == ["Antony J. Blinken", "Olaf Scholz"]
    blinken = next(p for p in extraction.people if p.name == "Antony J. Blinken")
    assert "Blinken" in blinken.alternate_names
    assert len(blinken.evidence) == 3


def test_eu_officials_have_an_organisation_and_no_country_de() -> None:
    juncker = people("EU-Kommissionspräsident Jean-Claude Juncker besuchte Tokio.", "de")["Jean-Claude Juncker"]
    assert juncker.organization is not None and juncker.organization.code == "EU"
    assert juncker.country is None


def test_adjective_after_the_title_fr() -> None:
    found = people("Le ministre français des Affaires étrangères Jean-Noël Barrot est arrivé à Rome.", "fr")
    assert (found["Jean-Noël Barrot"].role, found["Jean-Noël Barrot"].country) == ("Minister of Foreign Affairs", "FR")


def test_canciller_is_a_foreign_minister_es() -> None:
    found = people("«Es un paso importante», dijo el canciller cubano, Bruno Rodríguez.", "es")
    assert (found["Bruno Rodríguez"].role, found["Bruno Rodríguez"].country) == ("Minister of Foreign Affairs", "CU")


def test_russian_inflected_names_are_recovered_and_transliterated_ru() -> None:
    text = ("Владимир Путин провёл переговоры с Министром иностранных дел Ирана Аббасом Аракчи. "
            "Путин передал привет Председателю КНР Си Цзиньпину.")  # fmt: skip
    found = people(text, "ru")
    assert set(found) == {"Vladimir Putin", "Abbas Arakchi", "Xi Jinping"}
    arakchi = found["Abbas Arakchi"]
    assert (arakchi.role, arakchi.country) == ("Minister of Foreign Affairs", "IR")
    assert {"Аббасом Аракчи", "Аббас Аракчи"} <= arakchi.alternate_names
    assert "Си Цзиньпину" in found["Xi Jinping"].alternate_names
    assert "Путин" in found["Vladimir Putin"].alternate_names


def test_role_only_mention_resolves_to_the_leader_ru() -> None:
    text = "Состоялся разговор с Премьер-министром Индии Нарендрой Моди. Индийский лидер поблагодарил за поддержку."
    modi = people(text, "ru")["Narendra Modi"]
    assert "Индийский лидер" in modi.titles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Reuters reported that the talks in Geneva were productive.", "en"),
        ("Laut TASS wurden die Gespräche in Genf fortgesetzt.", "de"),
        ("Die Delegationen aus Russland und den USA trafen sich in Istanbul.", "de"),
        ("Le Conseil de sécurité s'est réuni à New York.", "fr"),
        ("Встреча состоялась в Москве.", "ru"),
    ],
)
def test_no_person_without_a_real_name(text: str, lang: str) -> None:
    assert people(text, lang) == {}


def test_a_noun_after_zu_is_no_part_of_a_name_de() -> None:
    # "zu" is a nobiliary particle ("Karl-Theodor zu Guttenberg"), but German nouns are capitalised too
    found = people("Der Minister traf in Wien die österreichische Außenministerin Eva Brandner zu Gesprächen "
                   "über den Handel. Danach reiste er zu Beratungen nach Prag.", "de")
    assert "Eva Brandner" in found and not any("Gespräch" in name for name in found)
