"""Days of acts told in sequence or announced: a deadline is not an announcement's day (graph/extract/occasions.py),
an act told as next with a day only in a later relative clause takes the day before (graph/extract/_datethen.py),
"earlier today" tells the day reported (``earlier_same_day`` of the events lexicons)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


from graph.model import Event


def _all(events: list[Event], kind: str) -> list[Event]:
    found = [e for e in events if e.type == kind]
    assert found, [e.type for e in events]
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Lissabon (dpa) - Portugal hat einen Mitarbeiter der chilenischen Botschaft zur unerwünschten Person "
               "erklärt. Er müsse das Land bis Sonntag verlassen, teilte das Außenministerium am Dienstag mit."),
        ("en", "Oslo - Norway has expelled a Peruvian diplomat. He must leave the country by Friday, the foreign "
               "ministry said on Tuesday."),
    ],
)
def test_an_expulsion_takes_the_announcements_day_not_the_deadline(lang: str, text: str) -> None:
    expulsion = _all(events_of(text, lang, date(2026, 11, 18)), "Expulsion")[0]
    assert expulsion.date is not None and expulsion.date.value == "2026-11-17"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Mme Ruiz a été reçue lundi matin au palais par le président chilien, Tomas Erazo. La ministre s'est "
               "ensuite entretenue avec son homologue, Pablo Rivas, avec qui elle doit coprésider mardi la commission "
               "mixte."),
        ("ru", "Министра в понедельник принял президент Томас Эрасо. Затем она провела переговоры со своим коллегой "
               "Пабло Ривасом, с которым в среду проведёт заседание смешанной комиссии."),
    ],
)
def test_an_act_told_next_keeps_the_day_before_not_a_later_clauses(lang: str, text: str) -> None:
    meetings = [e for e in events_of(text, lang, date(2026, 11, 17)) if e.status == "Occurred"]
    named = [e for e in meetings if any("Rivas" in a.name for a in e.attendees)]
    assert named and all(e.date is not None and e.date.value == "2026-11-16" for e in named)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The ministers signed a trade accord in Quito on Tuesday. Earlier today, Minister Pablo Rivas met "
               "President Tomas Erazo at the palace."),
        ("fr", "Les ministres ont signé mardi à Quito un accord commercial. Plus tôt aujourd'hui, le ministre Pablo "
               "Rivas s'était entretenu avec le président Tomas Erazo."),
    ],
)
def test_an_act_told_earlier_today_is_dated_to_the_day(lang: str, text: str) -> None:
    meeting = [e for e in events_of(text, lang, date(2026, 11, 17)) if e.type == "Meeting"][0]
    assert (meeting.status, meeting.background, meeting.date and meeting.date.value) == ("Occurred", False, "2026-11-17")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Президенты договорились о воде, но отложили спор о границе\n\nВ понедельник президент Ерлан Жумабеков "
               "провёл переговоры с президентом Чили Хорхе Рохасом.\n"),
        ("de", "Die Minister einigen sich, Gipfel verschoben\n\nAm Montag empfing Außenminister Paul Gerber seinen "
               "chilenischen Amtskollegen Pablo Rivas in Berlin.\n"),
        ("en", "Chile summit postponed\n\nOn Monday, Foreign Minister Paul Gerber received his Chilean counterpart "
               "Pablo Rivas in Ottawa.\n"),
        ("es", "La cumbre fue aplazada\n\nEl lunes, el canciller Paul Gerber recibió a su homólogo chileno Pablo Rivas "
               "en Lima.\n"),
    ],
)
def test_a_headline_postponement_does_not_move_the_leads_day(lang: str, text: str) -> None:
    act = [e for e in events_of(text, lang, date(2026, 10, 14)) if e.type in ("Meeting", "Talks")][0]
    assert (act.status, act.date and act.date.value) == ("Occurred", "2026-10-12")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В четверг президент Ерлан Жумабеков провёл переговоры с президентом Чили Хорхе Рохасом. «Фермеры это "
               "почувствуют уже весной», — заявил Жумабеков на пресс-конференции."),
        ("en", "On Thursday, Premier Colin Baird received Chile's ambassador Pablo Rivas. \"Farmers will feel it this "
               "spring,\" Baird told reporters."),
        ("de", "Am Donnerstag empfing Außenminister Paul Gerber den chilenischen Botschafter Pablo Rivas. „Die Bauern "
               "werden das im Frühjahr spüren“, sagte Gerber vor Journalisten."),
        ("es", "El jueves, el canciller Paul Gerber recibió al embajador chileno Pablo Rivas. \"Los agricultores lo "
               "notarán en primavera\", dijo Gerber a la prensa."),
    ],
)
def test_a_season_in_the_quoted_words_does_not_date_the_statement(lang: str, text: str) -> None:
    statement = _all(events_of(text, lang, date(2026, 10, 16)), "Statement")[0]
    assert statement.date is not None and statement.date.value == "2026-10-15"
