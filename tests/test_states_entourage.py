"""Officials an "accompanied by" list names serve the state of the official they travel with, not the host's
(:mod:`graph.extract.entouragestates`); a minister speaking in a capital next to its own holder of his title is
its guest (:func:`graph.extract.home._in_own_capital`); a state's other name is its ("Туркмению — X")."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


ENTOURAGE = {
    "es": ("Canciller Rivas recibió a su par de Japón\n\nLima, 12 de mayo de 2026. El ministro de Relaciones "
           "Exteriores, Julio Rivas Paredes, recibió este martes al ministro de Asuntos Exteriores de Japón, Kenji "
           "Sato, con quien mantuvo una reunión bilateral en el Palacio de Torre Tagle, sede de la Cancillería.\n\n"
           "En la reunión, el canciller japonés estuvo acompañado por el viceministro de Comercio, Hiroshi Tanaka, "
           "y por el embajador en Lima, Takeshi Mori.\n"),
    "en": ("Kenya hosts Korean foreign minister\n\nNairobi, 12 May 2026 - Foreign Minister Ruth Wambui received "
           "South Korea's Foreign Minister Park Ji-hoon at the Ministry of Foreign Affairs in Nairobi on Tuesday.\n\n"
           "At the talks, the South Korean minister was accompanied by Deputy Trade Minister Lee Min-jun and by the "
           "ambassador in Nairobi, Choi Dong-hyun.\n"),
}  # fmt: skip
COMPANIONS = {"es": ("Takeshi Mori", "JP", "Julio Rivas Paredes", "PE"), "en": ("Choi Dong-hyun", "KR", "Ruth Wambui", "KE")}


def _states(text: str, lang: str) -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 5, 12))
    return {p.name: p.country for p in found.people}


@pytest.mark.parametrize("lang", sorted(ENTOURAGE))
def test_an_ambassador_accompanying_his_minister_is_of_the_minister_state(lang: str) -> None:
    companion, state, host, host_state = COMPANIONS[lang]
    states = _states(ENTOURAGE[lang], lang)
    assert states[companion] == state
    assert states[host] == host_state


def test_a_minister_meeting_the_capital_own_holder_of_his_title_is_not_its_own() -> None:
    text = ("Hilfe für Minenräumung\n\nAussenminister Beat Rüegsegger hat am Donnerstag in Lima mit der peruanischen "
            "Aussenministerin Carla Huamán Ríos über die Räumung von Landminen gesprochen. Die Schweiz sei bereit, "
            "ihr Engagement auszubauen.\n")
    states = _states(text, "de")
    assert states["Carla Huamán Ríos"] == "PE"
    assert states["Beat Rüegsegger"] != "PE"


def test_turkmenia_names_turkmenistan() -> None:
    text = ("Встреча министров в Бишкеке\n\nБИШКЕК, 3 марта. /ТАСС/. Во встрече приняли участие министры "
            "иностранных дел Киргизии и Казахстана. Казахстан представлял министр иностранных дел Серик Ахметов, "
            "Туркмению — министр иностранных дел Аман Бердыев.\n")
    assert _states(text, "ru")["Aman Berdyyev"] == "TM"
