"""Officials in ordinary wire copy: a Spanish "secretario de Estado para/de X" is Spain's state secretary, not the US
Secretary of State; Spain's full ministry title names its foreign minister; "the diplomat, X" is a diplomat who
serves the state of the embassy named before; the Commonwealth ("Содружество") heads the CIS; and a leader
without a state in a release of one state that already names its own leader is the other state's."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def _people(text: str, lang: str) -> dict[str, tuple]:
    found = extraction_of(text, lang, date(2026, 3, 4))
    return {p.name: (p.role, p.country, p.organization.code if p.organization else None) for p in found.people}


def test_a_spanish_state_secretary_for_a_region_is_spanish() -> None:
    text = ("MADRID, 3 Mar. (EUROPA PRESS) - El secretario de Estado para la Unión Europea, Pablo Ruiz Soler, "
            "recibió el lunes en Madrid al embajador de Chile, Tomás Vial. España reiteró su apoyo.")
    people = _people(text, "es")
    assert people["Pablo Ruiz Soler"][:2] == ("State Secretary", "ES"), people


def test_the_us_secretary_of_state_stays_american() -> None:
    text = "El secretario de Estado de Estados Unidos, Mark Brandt, llegó el lunes a Lima."
    assert _people(text, "es")["Mark Brandt"][:2] == ("Secretary of State", "US")


def test_spains_full_foreign_ministry_title_names_its_minister() -> None:
    text = ("NUEVA YORK, 3 Mar. (EUROPA PRESS) - El ministro de Asuntos Exteriores, Unión Europea y Cooperación, "
            "Pedro Lara Gil, se ha reunido con su homólogo marroquí, Youssef Alaoui.")
    assert _people(text, "es")["Pedro Lara Gil"][:2] == ("Minister of Foreign Affairs", "ES")


def test_the_diplomat_serves_the_embassy_named_before() -> None:
    text = ("Lithuania on Friday declared a counsellor at the Belarusian embassy persona non grata.\n\n"
            "The diplomat, Dzmitry Orlov, was accused of activities incompatible with his status.")
    assert _people(text, "en")["Dzmitry Orlov"][:2] == ("Diplomat", "BY")


def test_a_former_diplomat_is_no_official() -> None:
    text = '"India is the obvious candidate," said Rodrigo Soto, a former diplomat now at a university in Santiago.'
    assert "Rodrigo Soto" not in _people(text, "en") or _people(text, "en")["Rodrigo Soto"][0] != "Diplomat"


def test_the_commonwealth_secretary_general_heads_the_cis() -> None:
    text = ("МОСКВА, 3 марта. /ТАСС/. Заседание СМИД СНГ пройдет в пятницу в Минске. В нем примут участие "
            "министр иностранных дел России Олег Петров и генеральный секретарь Содружества Аскар Нурланов.")
    role, country, org = next(v for k, v in _people(text, "ru").items() if "Nurlan" in k or "Нурлан" in k)
    assert (country, org) == (None, "CIS")


def test_the_other_leader_of_a_release_is_of_the_state_it_is_about() -> None:
    text = ("Call with Indonesian Foreign Minister\n\nMedia release\n3 March 2026\n"
            "Senator the Hon Jane Carter, Minister for Foreign Affairs\n\n"
            "Today I spoke with Indonesia's Minister for Foreign Affairs, Ayu Hasibuan, about the situation in "
            "Myanmar and the Annual Leaders' Meeting.\n\n"
            "We agreed that the meeting between Prime Minister Tom Everett and President Budi Wirawan will take "
            "place in December.\n\nAustralia and Indonesia are close neighbours, and I look forward to "
            "working together for Australia.")
    people = _people(text, "en")
    assert people["Budi Wirawan"][:2] == ("President", "ID"), people


def test_burmese_honorifics_are_no_part_of_the_name() -> None:
    text = "Der Botschafter Myanmars in Bern, U Kyaw Min Htet, wurde am Montag ins Aussenministerium einbestellt."
    assert _people(text, "de")["Kyaw Min Htet"][:2] == ("Ambassador", "MM")


def test_a_demonym_opens_the_apposition_of_an_organisation_title() -> None:
    text = ("Mercredi, la représentante spéciale du secrétaire général de l'ONU pour Haïti, la Chilienne Valeria "
            "Montes, a déclaré devant le Conseil de sécurité que la situation restait fragile.")
    role, country, org = _people(text, "fr")["Valeria Montes"]
    assert (country, org) == (None, "UN")


def test_a_ministry_acronym_in_the_head_names_the_issuing_state() -> None:
    text = ("MEA statement on the visit of the Foreign Minister of Ruritania\n\nOfficial Spokesperson Rajiv Kumar "
            "said on Monday that the talks would cover trade. The minister arrives on Tuesday.")
    assert _people(text, "en")["Rajiv Kumar"][1] == "IN"
