"""An act named in an "eve of" phrase ("On the eve of the talks, ...") is the day another act is counted from: a date
the sentence tells dates the act told after it, and an undated one lies a day before the named act
(graph/extract/_dateeve.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of

MONDAY = date(2026, 9, 21)

TALKS = {
    "en": "Foreign ministers Anna Berg of Sweden and Pavel Novak of the Czech Republic held talks in Prague on Friday.",
    "ru": "Министр иностранных дел Швеции Анна Берг и министр иностранных дел Чехии Павел Новак в пятницу провели "
          "переговоры в Праге.",
    "de": "Die Außenminister Anna Berg (Schweden) und Pavel Novak (Tschechien) führten am Freitag in Prag Gespräche.",
    "fr": "Les ministres des Affaires étrangères Anna Berg (Suède) et Pavel Novak (Tchéquie) ont eu des entretiens "
          "vendredi à Prague.",
    "es": "Los cancilleres Ana Berg, de Suecia, y Pavel Novak, de Chequia, mantuvieron conversaciones en Praga el viernes.",
}


@pytest.mark.parametrize(
    ("lang", "summons"),
    [
        ("en", "On the eve of the talks, on Thursday, the Czech foreign ministry summoned the Russian ambassador Igor Petrov."),
        ("ru", "Накануне переговоров, в четверг, в МИД Чехии был вызван посол России Игорь Петров."),
        ("de", "Am Vorabend der Gespräche, am Donnerstag, bestellte das tschechische Außenministerium den russischen "
               "Botschafter Igor Petrow ein."),
        ("fr", "La veille des entretiens, jeudi, le ministère tchèque des Affaires étrangères a convoqué l'ambassadeur "
               "russe Igor Petrov."),
        ("es", "La víspera de las conversaciones, el jueves, la cancillería checa convocó al embajador ruso Igor Petrov."),
    ],
)
def test_the_sentence_s_day_dates_the_act_after_the_eve_phrase(lang: str, summons: str) -> None:
    events = events_of(f"{TALKS[lang]}\n\n{summons}", lang, MONDAY)
    assert date_of(events, "Talks") == "2026-09-18"
    assert date_of(events, "Summons") == "2026-09-17"


@pytest.mark.parametrize(
    ("lang", "summons"),
    [
        ("en", "On the eve of the talks, the Czech foreign ministry summoned the Russian ambassador Igor Petrov."),
        ("ru", "Накануне переговоров в МИД Чехии был вызван посол России Игорь Петров."),
        ("de", "Am Vorabend der Gespräche bestellte das tschechische Außenministerium den russischen Botschafter Igor "
               "Petrow ein."),
        ("fr", "La veille des entretiens, le ministère tchèque des Affaires étrangères a convoqué l'ambassadeur russe "
               "Igor Petrov."),
        ("es", "En vísperas de las conversaciones, la cancillería checa convocó al embajador ruso Igor Petrov."),
    ],
)
def test_an_undated_act_after_the_eve_phrase_lies_a_day_before_the_named_act(lang: str, summons: str) -> None:
    assert date_of(events_of(f"{TALKS[lang]}\n\n{summons}", lang, MONDAY), "Summons") == "2026-09-17"
