"""Dates an act shares with the act it is told with, and the act a date stands right before: a signing "à l'issue de
l'entretien" (an elided article before the act noun, graph/extract/_dateshare.py), a trip named as the frame of a
dated meeting (graph/extract/_dateframe.py) and "решение от 3 мая выслать" (graph/extract/_dateassign.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    "opener",
    ["À l'issue de l'entretien", "À l’issue de l’entretien", "À l'issue de leurs entretiens", "Après l'entretien"],
)
def test_a_signing_after_the_talks_named_with_an_elided_or_plural_article_takes_their_day(opener: str) -> None:
    text = ("Lisbonne, 5 mars 2026 – Le ministre péruvien des Affaires étrangères, Julio Quispe Rojas, est arrivé "
            "mardi à Lisbonne pour une visite de travail de deux jours. Mardi soir, il s'était entretenu avec son "
            "homologue portugaise, Inês Moura Tavares, au ministère. Les échanges ont porté sur la pêche et le "
            f"commerce. {opener}, les deux ministres ont procédé à la signature de trois accords.")
    assert date_of(events_of(text, "fr", date(2026, 3, 5)), "Ceremony") == "2026-03-03"


@pytest.mark.parametrize(
    ("lang", "text", "published"),
    [
        ("en", "Lisbon, 10 July 2026 – The Portuguese Foreign Minister, Ines Moura Tavares, met Peru's Foreign Minister "
               "Julio Quispe Rojas in Lima. The two ministers last met in Madrid in March, during Minister Quispe "
               "Rojas's official visit to Spain.", date(2026, 7, 10)),
        ("es", "Lisboa, 10 jul (EFE).- La canciller portuguesa, Inês Moura Tavares, se reunió este viernes en Lima con "
               "su homólogo peruano, Julio Quispe Rojas. Ambos cancilleres se reunieron en marzo en Madrid, durante la "
               "visita oficial de Quispe Rojas a España.", date(2026, 7, 10)),
    ],
)
def test_a_trip_framing_a_meeting_dated_to_the_month_takes_its_month(lang: str, text: str, published: date) -> None:
    visits = [e for e in events_of(text, lang, published) if e.type in ("Visit", "StateVisit")]
    assert [e.date.value if e.date else None for e in visits] == ["2026-03"]


@pytest.mark.parametrize(
    "text",
    [
        "Москва, 20 мая. Официальный представитель МИД Анна Белова в среду назвала эти меры «вынужденным ответом» на "
        "решение Вильнюса от 3 мая выслать двух сотрудников российского посольства.",
        "Москва, 20 мая. Посол Литвы был вызван в МИД в среду. Заместитель министра Олег Кравцов назвал это ответом на "
        "решение Вильнюса от 3 мая выслать двух российских дипломатов.",
    ],
)
def test_a_date_right_before_an_act_dates_it_rather_than_a_speech_verb_far_before(text: str) -> None:
    assert date_of(events_of(text, "ru", date(2026, 5, 20)), "Expulsion") == "2026-05-03"
