"""An act imagined on a condition ("could host a conference if partners agree") and one a question reports only
to be answered no ("Asked whether he would meet X, he said no such meeting was planned") are no events; a
reception "at the start of a visit" is the guest's trip; a definite ceremony noun or a visit noun after an
anaphor names the act just told again."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


PUBLISHED = date(2026, 11, 23)


LEAD = {
    "en": "Foreign Minister Anna Berg of Sweden met her Kenyan counterpart Grace Odhiambo in Nairobi on Monday. ",
    "fr": "La ministre suédoise des Affaires étrangères, Anna Berg, a rencontré lundi à Nairobi son homologue kényane Grace Odhiambo. ",
    "es": "La canciller sueca Anna Berg se reunió el lunes en Nairobi con su homóloga keniana Grace Odhiambo. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "kind"),
    [
        ("en", "According to an official, Kenya could host a follow-up trade conference next year if other partners agree.", "Conference"),
        ("en", "A return visit by Odhiambo to Stockholm could follow if the joint commission meets there.", "Visit"),
        ("fr", "Selon une source, Nairobi pourrait accueillir au printemps une nouvelle conférence si les partenaires le souhaitent.", "Conference"),
        ("en", "Asked whether she would meet the Ugandan president, Berg said no such meeting was planned.", "Meeting"),
        ("en", "Asked whether a summit of the two presidents was under consideration, a spokesman said none was planned.", "Summit"),
        ("es", "Cuestionada sobre una posible cumbre trilateral con Uganda, Berg precisó que por ahora “no está contemplada”.", "Summit"),
        ("es", "Consultadas sobre una eventual reunión entre los presidentes, fuentes oficiales señalaron que no hay nada previsto.", "Meeting"),
    ],
)
def test_conditional_or_denied_act_is_no_event(lang: str, sentence: str, kind: str) -> None:
    found = events_of(LEAD[lang] + sentence, lang, PUBLISHED)
    assert len([e for e in found if e.type == kind]) == (1 if kind == "Meeting" else 0)  # the lead's meeting only


def test_if_confirmed_keeps_the_plan() -> None:
    found = events_of("Foreign Minister Anna Berg of Sweden could visit Nairobi in May, if confirmed by both sides.", "en", PUBLISHED)
    assert any(e.type == "Visit" for e in found)


@pytest.mark.parametrize(
    ("text", "lang", "guest"),
    [
        ("Japan's Ambassador to Canada, Haruki Nishida, was welcomed to Province House by Premier Colin MacAskill "
         "on Tuesday, at the start of a two-day visit to Halifax.", "en", "Haruki Nishida"),
        ("Le ministre marocain des Affaires étrangères, Karim Bennani, a été reçu mardi à Nouakchott par le président "
         "mauritanien, Sidi Ould Ahmed, au premier jour d'une visite de deux jours.", "fr", "Karim Bennani"),
    ],
)
def test_visit_framed_by_its_first_day_is_the_guests(text: str, lang: str, guest: str) -> None:
    visits = [e for e in events_of(text, lang, PUBLISHED) if e.type == "Visit"]
    assert visits and all([p.name for p in e.attendees] == [guest] for e in visits)


def test_the_signing_witnessed_is_the_signing_told() -> None:
    text = ("Ghana's President Kwabena Mensah held talks with President William Rono in Nairobi on Monday. "
            "Following the meeting, Kenya's Foreign Minister Grace Odhiambo and her Ghanaian counterpart Efua Boateng "
            "signed four agreements. Both presidents witnessed the signing.")
    ceremonies = [e for e in events_of(text, "en", PUBLISHED) if e.type == "Ceremony"]
    assert len(ceremonies) == 1


def test_visit_after_an_anaphor_is_the_visit_told() -> None:
    text = ("Министр иностранных дел Казахстана Нурлан Абдрахманов во вторник прибыл в Баку с официальным визитом. "
            "Это его первый визит в Азербайджан в должности главы казахстанского внешнеполитического ведомства.")
    visits = [e for e in events_of(text, "ru", PUBLISHED) if e.type == "Visit"]
    assert len(visits) == 1
