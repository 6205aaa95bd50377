"""The state of an official read from the words around him when his own title names none: a title of one state
set before his with a comma, a relative clause between name and title, the title ending the sentence before
his name, the embassy named before an envoy, a first-person release's author, and no possessor across a
headline's line break."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _people(text: str, lang: str = "en") -> dict[str, tuple[str | None, str | None]]:
    found = extraction_of(text, lang, date(2026, 5, 6))
    return {p.name: (p.role, p.country) for p in found.people}


def test_a_title_of_one_state_before_a_comma_gives_the_next_title_its_state() -> None:
    text = ("Genf. Die Delegationen verhandelten seit Dienstag. Geleitet wurden sie vom äthiopischen Wasserminister "
            "Dawit Alemu Tesfaye und vom ägyptischen Chefunterhändler, Botschafter Karim Abdel-Fattah.")
    assert _people(text, "de")["Karim Abdel-Fattah"] == ("Ambassador", "EG")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ambassador Ingrid Haugen left. Knut Brekke, who was Norway's ambassador in London, recalls the flood."),
    ("fr", "L'ambassadrice Ingrid Haugen est partie. Knut Brekke, qui était ambassadeur de Norvège à Londres, se "
           "souvient."),
    ("es", "La embajadora Ingrid Haugen se fue. Knut Brekke, quien fue embajador de Noruega en Londres, recuerda."),
])
def test_a_relative_clause_joins_a_name_and_the_title_after_it(lang: str, text: str) -> None:
    assert _people(text, lang)["Knut Brekke"] == ("Ambassador", "NO")


def test_a_name_opening_the_sentence_after_a_title_holds_that_title() -> None:
    text = ("Berlin - Die Bundesregierung hat den russischen Botschafter einbestellt. Gennadi Olschanski sei am "
            "Montag im Auswärtigen Amt erschienen, teilte ein Sprecher mit.")
    role, country = next(v for k, v in _people(text, "de").items() if k.startswith("Gennad"))
    assert (role, country) == ("Ambassador", "RU")


def test_an_envoy_serves_the_embassy_named_before_him() -> None:
    text = ("The mansion that housed Norway's embassy for seven decades has been sold.\n\nThe embassy moved out "
            "last spring, when Ambassador Ingrid Haugen and her staff relocated to Marylebone in London.")
    assert _people(text)["Ingrid Haugen"] == ("Ambassador", "NO")


def test_the_author_of_a_first_person_release_is_of_the_other_state_named() -> None:
    text = ("Call with Indonesian Foreign Minister\n\nSenator the Hon Claire Donnelly\nMinister for Foreign Affairs\n\n"
            "Media release\n19 November 2026\n\nToday I spoke with Indonesia's Minister for Foreign Affairs, Dewi "
            "Siregar, following the earthquake.\n\nI conveyed the condolences of the Australian Government, and "
            "confirmed that Australia will provide assistance.\n\nI also briefed the Minister on the Prime "
            "Minister's visit to Jakarta last week and his meeting with President Hartono Wibisono.")
    people = _people(text)
    assert people["Claire Donnelly"][1] == "AU"
    assert people["Hartono Wibisono"][1] == "ID"


def test_a_headline_word_owns_no_title_on_the_line_below() -> None:
    text = ("Bundeskanzler Wegener telefoniert mit Japans Premierminister Morimoto\n\nRegierungssprecher Jens Hartwig "
            "teilt mit:\n\nBundeskanzler Thomas Wegener hat heute mit dem Premierminister Japans, Kenji Morimoto, "
            "telefoniert.")
    assert _people(text, "de")["Jens Hartwig"][1] == "DE"
