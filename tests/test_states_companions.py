"""Officials who travel with another and guests of their counterparts (graph.extract.entouragestates, home.py),
and a mayor's town read from the lead rather than the headline (graph.extract.localstates)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _states(text: str, lang: str) -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 3, 10))
    return {p.name: p.country for p in found.people}


#: The one travelled with named right after the cue, his companion after him ("Begleitet wird X von Y").
NAMED_AFTER_CUE = {
    "de": ("Bundespräsidentin reist nach Peru\n\nBern (sda) - Bundespräsidentin Petra Lindqvist reist kommende Woche "
           "zu einem Staatsbesuch nach Peru. Wie das Eidgenössische Departement für auswärtige Angelegenheiten am "
           "Dienstag mitteilte, wird sie am 12. März in Lima von Präsident Tomás Huaylla empfangen. Anschliessend "
           "sind Gespräche über Bergbau geplant. Begleitet wird Lindqvist von Verkehrsminister Jochen Weidenbach.\n"),
}  # fmt: skip

#: A delegation's members named after the delegation ("at the head of a delegation that included").
DELEGATION = {
    "en": ("Chile and Ecuador revive fisheries talks\n\nQUITO, March 9 (ANX) - Chilean Foreign Minister Rodrigo "
           "Almendra held talks with his Ecuadorian counterpart, Paula Viteri, in Quito on Monday.\n\nAlmendra, who "
           "flew in on Sunday evening at the head of a delegation that included Mining Minister Esteban Lagarrigue, "
           "was received later on Monday by Ecuadorian President Andrés Cárdenas Mora at Carondelet Palace.\n"),
    "es": ("Chile y Ecuador retoman el diálogo pesquero\n\nQUITO, 9 mar (ANX) - El canciller chileno, Rodrigo "
           "Almendra, se reunió el lunes en Quito con su homóloga ecuatoriana, Paula Viteri.\n\nAlmendra, que llegó "
           "el domingo al frente de una delegación integrada por el ministro de Minería, Esteban Lagarrigue, fue "
           "recibido después por el presidente ecuatoriano, Andrés Cárdenas Mora, en el Palacio de Carondelet.\n"),
}  # fmt: skip


def test_the_companion_named_after_the_one_he_travels_with_is_of_that_state() -> None:
    states = _states(NAMED_AFTER_CUE["de"], "de")
    assert states["Jochen Weidenbach"] == "CH"


@pytest.mark.parametrize("lang", sorted(DELEGATION))
def test_a_delegation_member_serves_the_state_of_its_head_not_the_host(lang: str) -> None:
    states = _states(DELEGATION[lang], lang)
    assert states["Esteban Lagarrigue"] == "CL"
    assert states["Paula Viteri"] == "EC"


#: A minister meeting the host's holder of his own title, the headline naming his state by an adjective.
GUEST = {
    "de": ("Hartmann wirbt in Lima für österreichische Wasserprojekte\n\nLima (apa) - Aussenminister Georg Hartmann "
           "hat am Dienstag in Lima mit der peruanischen Aussenministerin Rosa Quispe Tito gesprochen. Die beiden "
           "vereinbarten eine Arbeitsgruppe. Auch Bolivien, Chile und Ecuador sollen später eingeladen werden.\n"),
}  # fmt: skip


def test_a_minister_meeting_the_host_holder_of_his_title_is_of_the_other_state_named() -> None:
    states = _states(GUEST["de"], "de")
    assert states["Georg Hartmann"] == "AT"
    assert states["Rosa Quispe Tito"] == "PE"


MAYOR = ("Council backs new ferry terminal as Lisbon choir visits\n\nGeelong councillors voted on Tuesday night to "
         "fund a new ferry terminal, after a long meeting.\n\nMayor Harriet Colvin said the terminal would bring "
         "visitors into the city centre.\n")  # fmt: skip


def test_a_mayor_is_not_given_the_state_of_a_town_only_the_headline_names() -> None:
    assert _states(MAYOR, "en")["Harriet Colvin"] != "PT"
