"""A guest is not given the state of the place he is reported from.

- A title implying one state ("Bundesaußenministerin") keeps it under the dateline of another state; only a
  title other states use too yields to the dateline (:func:`graph.extract.officials.dateline_state_leaders`).
- An official who meets the holder of his own title of the dateline's (or the capital's) state, or "his
  Peruvian counterpart", is that official's guest, not one of that state (``officials.meets_counterpart``).
- Under the dateline of another state, the officials of a text naming one state only are not all that
  state's: "DOHA - The Emir received the Chilean minister. Also present was the Minister of State, X"
  (:func:`graph.extract.officials.single_state`).
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _states(lang: str, text: str) -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 3, 4))
    return {p.name: p.country for p in found.people}


ABROAD = {
    "visit": "Lusaka (dpa) - Bundesaußenministerin Hanna Kessler ist am Montag zu einem zweitägigen Besuch in "
             "Sambia eingetroffen. Sie traf in Lusaka Präsident Joseph Mwale.",
    "council": "Brüssel (dpa) - Bundesaußenministerin Hanna Kessler hat beim Treffen der EU-Außenminister in "
               "Brüssel neue Hilfen für die Ukraine gefordert.",
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(ABROAD))
def test_a_title_of_one_state_keeps_it_under_a_foreign_dateline(case: str) -> None:
    assert _states("de", ABROAD[case])["Hanna Kessler"] == "DE"


COUNTERPARTS = {
    "de": "Lima (sda) - Aussenminister Beat Aebischer hat am Dienstag in Lima mit dem peruanischen Aussenminister "
          "Jorge Salazar Vega über den Bergbau gesprochen.",
    "en": "LIMA (AFP) - Foreign Minister Beat Aebischer met on Tuesday in Lima with his Peruvian counterpart Foreign "
          "Minister Jorge Salazar Vega.",
    "es": "LIMA (EFE) - El canciller Beat Aebischer se reunió el martes en Lima con el canciller peruano Jorge "
          "Salazar Vega.",
    "fr": "Lima (AFP) - Le ministre des Affaires étrangères Beat Aebischer s'est entretenu mardi à Lima avec son "
          "homologue péruvien Jorge Salazar Vega.",
    "ru": "ЛИМА, 3 марта. Министр иностранных дел Беат Эбишер встретился во вторник в Лиме со своим перуанским "
          "коллегой Хорхе Саласаром.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(COUNTERPARTS))
def test_the_guest_of_his_counterpart_is_not_of_the_host_state(lang: str) -> None:
    states = _states(lang, COUNTERPARTS[lang])
    guest = next(name for name in states if name.startswith("Beat"))
    host = next(name for name in states if name.startswith("Jorge"))
    assert states[host] == "PE" and states[guest] != "PE"


HOSTS = {
    "en": "DOHA, March 3 (QNA) -- His Highness the Amir Sheikh Fahad bin Khalid Al Thani received on Tuesday "
          "Chilean Foreign Minister Rodrigo Valdés and the accompanying delegation. Also present was Sheikh Mansour "
          "bin Ali Al Thani, Minister of State.",
    "es": "DOHA, 3 mar (QNA) - El emir Fahad Al Thani recibió el martes al canciller chileno Rodrigo Valdés. También "
          "estuvo presente el ministro de Estado, Mansour Al Thani.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(HOSTS))
def test_a_host_present_is_not_of_the_only_state_named(lang: str) -> None:
    states = _states(lang, HOSTS[lang])
    host = next(name for name in states if "Mansour" in name)
    assert states["Rodrigo Valdés"] == "CL" and states[host] != "CL"

