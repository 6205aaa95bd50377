"""A speech verb followed by the day it was said and a "that" clause quoting the speaker is a statement of that
day ("the spokesman said on Tuesday that ... \"...\"", "sostuvo el lunes que ... \"...\""), as it is without the
day; a French speech verb with its day before "devant la presse" is one too."""

from datetime import date

from extracted import events_of, of_type


def _statements(text: str, lang: str, day: date) -> list:
    return of_type(events_of(text, lang, day), "Statement")


def test_said_on_a_weekday_that_with_a_quote_is_a_statement() -> None:
    text = (
        "Lisbon summons Moroccan envoy over fishing incident\n\n"
        "Portugal on Tuesday summoned Morocco's ambassador, Karim Bennani, over the seizure of a trawler.\n\n"
        "In Rabat, foreign ministry spokesman Youssef Alaoui said on Tuesday that the trawler had been fishing "
        "\"well inside Moroccan waters\" and would be released after an inquiry."
    )
    found = _statements(text, "en", date(2026, 3, 11))
    assert found and found[0].date is not None and found[0].date.value == "2026-03-10"


def test_a_speech_verb_with_its_day_and_a_quoted_que_clause_is_a_statement() -> None:
    text = (
        "Ciudad de Panamá, 12 mar (EFE).- El canciller panameño, Tomás Quintero, convocó el miércoles al "
        "embajador de Costa Rica, Andrés Solís Mora.\n\n"
        "Desde San José, el ministro costarricense de Relaciones Exteriores, Mauricio Arce, sostuvo el miércoles "
        "que los agricultores fueron detenidos \"en territorio costarricense\" por la policía."
    )
    assert _statements(text, "es", date(2026, 3, 12))


def test_a_french_speech_verb_with_its_day_before_the_press_is_a_statement() -> None:
    text = (
        "Berne (ATS) – La visite du ministre norvégien des affaires étrangères à Berne a été reportée.\n\n"
        "L'ambassadeur de Norvège à Berne, Lars Eide, a assuré mardi devant la presse que ce report ne change "
        "rien aux relations entre les deux pays."
    )
    assert _statements(text, "fr", date(2026, 3, 11))
