"""The people who met, signed or spoke at a summit or conference on its days and in its city attend it
(graph/extract/summitguests.py); a meeting held elsewhere or weeks earlier does not make them attend."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


CASES = [
    ("en", "VALLETTA, June 14 (Reuters) - A two-day summit of Mediterranean leaders opened on Saturday in Valletta. "
           "On the sidelines of the summit, Croatian Prime Minister Ivo Marković met Tunisian President Hedi Ben Salem "
           "on Saturday. On Sunday, Portuguese Prime Minister Rui Carvalho and Greek Prime Minister Nikos Pappas "
           "signed a fisheries accord in Valletta.",
     {"Ivo Marković", "Hedi Ben Salem", "Rui Carvalho", "Nikos Pappas"}),
    ("fr", "LA VALETTE, 14 juin (AFP) - Le sommet de deux jours des dirigeants méditerranéens s'est ouvert samedi à "
           "La Valette. En marge du sommet, le Premier ministre croate Ivo Marković s'est entretenu samedi avec le "
           "président tunisien Hedi Ben Salem. Dimanche, le Premier ministre portugais Rui Carvalho et le Premier "
           "ministre grec Nikos Pappas ont signé un accord sur la pêche à La Valette.",
     {"Ivo Marković", "Hedi Ben Salem", "Rui Carvalho", "Nikos Pappas"}),
    ("es", "La Valeta, 14 jun (EFE).- La cumbre de dos días de los líderes mediterráneos comenzó este sábado en "
           "La Valeta. Al margen de la cumbre, el primer ministro croata, Ivo Marković, se reunió el sábado con el "
           "presidente tunecino, Hedi Ben Salem. El domingo, el primer ministro portugués, Rui Carvalho, y el primer "
           "ministro griego, Nikos Pappas, firmaron un acuerdo pesquero en La Valeta.",
     {"Ivo Marković", "Hedi Ben Salem", "Rui Carvalho", "Nikos Pappas"}),
]


def _summit(events: list):
    found = [e for e in events if e.type in ("Summit", "Conference") and e.status == "Occurred"]
    assert found, [(e.type, e.status) for e in events]
    return found[0]


@pytest.mark.parametrize(("lang", "text", "people"), CASES)
def test_people_met_at_a_summit_attend_it(lang: str, text: str, people: set[str]) -> None:
    summit = _summit(events_of(text, lang, date(2026, 6, 14)))
    assert people <= {p.name for p in summit.attendees}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "VALLETTA, June 14 (Reuters) - A summit of Mediterranean leaders opened on Saturday in Valletta, "
               "chaired by Maltese Prime Minister Joseph Camilleri. Croatian Prime Minister Ivo Marković and Tunisian "
               "President Hedi Ben Salem last met in Tunis in March."),
        ("ru", "ВАЛЛЕТТА, 14 июня. /ТАСС/. Саммит средиземноморских стран открылся в субботу в Валлетте под "
               "председательством премьер-министра Мальты Джозефа Камиллери. Премьер-министр Хорватии Иво Маркович и "
               "президент Туниса Хеди Бен Салем в последний раз встречались в Тунисе в марте."),
    ],
)
def test_a_meeting_elsewhere_and_earlier_does_not_attend_the_summit(lang: str, text: str) -> None:
    summit = _summit(events_of(text, lang, date(2026, 6, 14)))
    assert not {"Ivo Marković", "Hedi Ben Salem"} & {p.name for p in summit.attendees}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Berlin (dpa) - Die Konferenz zum Wiederaufbau der Ukraine hat am Donnerstag begonnen. Am Rande der "
               "Konferenz traf der kanadische Außenminister Liam Tremblay am Donnerstag die moldauische "
               "Außenministerin Elena Rotaru."),
        ("en", "BERLIN (Reuters) - The conference on rebuilding Ukraine opened on Thursday. On the sidelines of the "
               "conference, Canadian Foreign Minister Liam Tremblay met Moldovan Foreign Minister Elena Rotaru on "
               "Thursday."),
    ],
)
def test_a_summit_placed_by_the_dateline_gathers_the_acts_placed_alike(lang: str, text: str) -> None:
    summit = _summit(events_of(text, lang, date(2026, 6, 12)))
    assert {"Liam Tremblay", "Elena Rotaru"} <= {p.name for p in summit.attendees}
