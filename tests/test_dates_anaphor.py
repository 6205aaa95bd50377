"""A signing or statement tied by a pronoun to the act told before it takes that act's day (issue #3)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


CASES = [
    ("ru", date(2025, 3, 12),
     "Завтра в Ташкенте министр иностранных дел Латвии Эдгарс Лиепиньш проведёт переговоры с министром "
     "иностранных дел Узбекистана Рустамом Каримовым, по итогам которых министры подпишут соглашение о "
     "сотрудничестве в области образования.", "2025-03-13"),
    ("fr", date(2025, 3, 10),
     "DAKAR, 10 mars (AFP) - Le président malien Issa Traoré a reçu lundi au palais le Premier ministre estonien "
     "Peeter Saar, arrivé la veille pour une visite de travail de deux jours.\n\nM. Saar doit coprésider mercredi "
     "avec son homologue malienne, Awa Coulibaly, la 3e session de la grande commission mixte, qui ne s'était plus "
     "réunie depuis cinq ans.\n\nLes deux ministres doivent signer à cette occasion un accord de coopération "
     "universitaire.", "2025-03-12"),
    ("en", date(2025, 3, 10),
     "Estonian Foreign Minister Peeter Saar will hold talks with his Chilean counterpart Rosa Valdés in Santiago "
     "on Thursday, after which the two ministers will sign a memorandum on research cooperation.", "2025-03-13"),
    ("de", date(2025, 3, 10),
     "Der estnische Außenminister Peeter Saar führt am Donnerstag in Santiago Gespräche mit seiner chilenischen "
     "Amtskollegin Rosa Valdés. Bei dieser Gelegenheit wollen beide ein Abkommen über Forschungszusammenarbeit "
     "unterzeichnen.", "2025-03-13"),
]


@pytest.mark.parametrize(("lang", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_signing_tied_by_pronoun_takes_the_acts_day(lang, published, text, expected):
    assert date_of(events_of(text, lang, published), "Ceremony") == expected


def test_a_done_signing_does_not_take_a_planned_acts_day():
    text = ("Der lettische Außenminister Edgars Liepins trifft am Donnerstag in Oslo seine norwegische Amtskollegin "
            "Ingrid Berg. Bei dieser Gelegenheit wurde bereits ein Abkommen unterzeichnet.")
    events = events_of(text, "de", date(2025, 3, 10))
    assert all(e.date is None or e.date.value != "2025-03-13" for e in events if e.type == "Ceremony")


def test_a_wire_leads_own_weekday_dates_its_act_not_the_dateline():
    """"NAIROBI, March 7 (Xinhua) -- Ministers on Thursday called for ... at a session": Thursday, not the dateline."""
    text = ("Regional ministers call for calm\n\nLUSAKA, March 7 (Xinhua) -- Foreign ministers from four southern "
            "African countries on Thursday called for restraint on the border at an extraordinary ministerial "
            "session of the regional bloc in the Zambian capital.\n\nThe talks were chaired by Zambian Foreign Minister "
            "Mwila Banda.\n")
    assert date_of(events_of(text, "en", date(2025, 3, 8)), "Conference") == "2025-03-06"
