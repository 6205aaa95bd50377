"""Titles whose state is the one the text speaks from: "the President of the Republic" without a republic named,
and a title two states use ("Bundeskanzler") in a report filed from the other one's capital."""

from __future__ import annotations


from graph.model import Extraction

from extracted import extraction_of


def _states(x: Extraction) -> dict[str, str | None]:
    return {p.name: p.country for p in x.people}


def test_the_president_of_the_republic_is_the_dateline_state_s() -> None:
    x = extraction_of("San José, 21 de agosto de 2026. El embajador de los Emiratos Árabes Unidos en Costa Rica, "
                            "Hamad Saeed Al Mazrouei, presentará sus cartas credenciales al presidente de la República, "
                            "Mauricio Céspedes Vargas, el próximo 3 de septiembre.", "es", "2026-08-21")  # fmt: skip
    assert _states(x)["Mauricio Céspedes Vargas"] == "CR"


def test_not_from_a_dateline_abroad_the_text_never_names() -> None:
    x = extraction_of("NUEVA YORK (EFE). El presidente de la República, Gustavo Petro, habló ante la Asamblea General "
                            "de la ONU.", "es", "2026-09-22")  # fmt: skip
    assert _states(x)["Gustavo Petro"] != "US"


def test_an_austrian_chancellor_in_a_report_from_vienna() -> None:
    x = extraction_of("Wien, 12. November 2026\n\nBundeskanzler Georg Hollerer hat heute die Präsidentin der Republik "
                            "Moldau, Ana Cebotari-Munteanu, im Bundeskanzleramt empfangen. Am Vortag war sie von "
                            "Bundespräsident Wolfgang Reisinger empfangen worden. Österreich unterstützt Moldau.", "de", "2026-11-12")  # fmt: skip
    states = _states(x)
    assert states["Georg Hollerer"] == "AT"
    assert states["Wolfgang Reisinger"] == "AT"


def test_a_german_chancellor_abroad_stays_german() -> None:
    x = extraction_of("Wien, 12. November 2026\n\nBundeskanzler Olaf Scholz ist zu Gesprächen in Österreich eingetroffen. "
                            "Deutschland und Österreich wollen enger zusammenarbeiten.", "de", "2026-11-12")  # fmt: skip
    assert _states(x)["Olaf Scholz"] == "DE"


def test_moldau_names_the_state() -> None:
    x = extraction_of("Moldau hatte Ende September ein neues Parlament gewählt; die Regierung unter Ministerpräsident "
                            "Ion Rotaru ist seit Oktober im Amt.", "de", "2026-11-12")  # fmt: skip
    assert _states(x)["Ion Rotaru"] == "MD"
