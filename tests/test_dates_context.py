"""Dates an act takes from another act the text ties it to (graph/extract/_dateshare.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.model import Article, Event


def _events(text: str, lang: str, published: date) -> list[Event]:
    return extract(Article(key="t", text=text, language=lang, published=published)).events


def _date_of(events: list[Event], kind: str) -> str | None:
    found = [e for e in events if e.type == kind]
    assert found, [e.type for e in events]
    return found[0].date.value if found[0].date else None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die finnische Außenministerin Aino Lehtinen hat am Dienstag in Helsinki ihren estnischen Amtskollegen "
               "Kaspar Tamm empfangen. Beide sprachen über die Sicherheit der Ostsee. Die Gespräche dauerten zwei "
               "Stunden. „Wir stehen eng zusammen“, sagte Lehtinen nach dem Treffen vor Journalisten."),
        ("es", "El canciller chileno, Tomás Araya, recibió el martes en Santiago a su homólogo peruano, Julio Campos. "
               "Ambos repasaron la agenda bilateral y la cooperación fronteriza. \"Somos socios naturales\", dijo Araya "
               "en una rueda de prensa tras la reunión."),
        ("en", "Norwegian Foreign Minister Ingrid Solberg met her Danish counterpart, Lars Holm, in Oslo on Tuesday. "
               "The two discussed Arctic security and fisheries. \"We agree on the essentials,\" Solberg told "
               "reporters after the talks."),
        ("fr", "Le ministre belge des Affaires étrangères, Luc Dumont, a reçu mardi à Bruxelles son homologue "
               "sénégalais, Amadou Diallo. Les deux hommes ont évoqué la coopération économique. « Nous avons "
               "beaucoup avancé », a déclaré M. Dumont à l'issue de la rencontre."),
    ],
)
def test_a_statement_after_the_meeting_takes_its_day(lang: str, text: str) -> None:
    events = _events(text, lang, date(2025, 6, 12))  # a Thursday: Tuesday is 10 June
    assert _date_of(events, "Statement") == "2025-06-10"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Regierungschefs Polens, Tschechiens und der Slowakei sind am Dienstag in Krakau zu einem Gipfel "
               "zusammengekommen. Gastgeber war der polnische Ministerpräsident Adam Wrona. Am Rande des Gipfels traf "
               "der tschechische Regierungschef Pavel Dvořák den slowakischen Ministerpräsidenten Juraj Kováč zu einem "
               "Gespräch. „Wir bleiben geeint“, sagte Wrona zum Abschluss des Gipfels vor der Presse."),
        ("en", "The leaders of Poland, the Czech Republic and Slovakia gathered for a summit in Krakow on Tuesday, hosted "
               "by Polish Prime Minister Adam Wrona. On the sidelines, Czech Prime Minister Pavel Dvorak met Slovak Prime "
               "Minister Juraj Kovac. \"We remain united,\" Wrona told reporters at the end of the summit."),
    ],
)
def test_the_hosts_closing_words_take_the_summits_day(lang: str, text: str) -> None:
    events = _events(text, lang, date(2025, 6, 12))
    assert _date_of(events, "Statement") == "2025-06-10"


def test_a_quoted_today_does_not_date_a_statement_after_the_meeting() -> None:
    text = ("BERLIN, 14. Mai (Reuters) - Bundeskanzlerin Petra Vogel hat am Dienstagabend den irischen Premierminister "
            "Sean Byrne zu Gesprächen im Kanzleramt empfangen. Es ging um Handel und Energie. „Wir haben heute viel "
            "erreicht“, sagte Vogel nach dem Treffen vor Journalisten.")
    events = _events(text, "de", date(2025, 5, 14))
    assert _date_of(events, "Statement") == "2025-05-13"


def test_an_act_a_day_before_the_reported_one_is_dated_the_day_before() -> None:
    text = ("Prime Minister Helen Carter spoke by phone with Japanese Prime Minister Kenji Ito on Thursday, her "
            "office said. The call came a day after Foreign Minister Paul Grant met Japan's ambassador, Yuki Sato, "
            "in Wellington to discuss a trade mission.")
    events = _events(text, "en", date(2025, 6, 13))
    meeting = [e for e in events if e.type == "Meeting"]
    assert meeting and meeting[0].date is not None and meeting[0].date.value == "2025-06-11"


def test_a_statement_after_the_talks_in_russian_takes_their_day() -> None:
    text = ("Министр иностранных дел России Олег Сазонов во вторник провёл в Москве переговоры с министром "
            "иностранных дел Монголии Ганбатом Цэрэном. Стороны обсудили транзит и энергетику. «Мы договорились "
            "о многом», — заявил Сазонов журналистам по итогам переговоров.")
    events = _events(text, "ru", date(2025, 6, 12))
    assert _date_of(events, "Statement") == "2025-06-10"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Litauen hat zwei Mitarbeiter der belarussischen Botschaft in Vilnius zu unerwünschten Personen erklärt. "
               "Sie müssten das Land binnen drei Tagen verlassen, teilte das Außenministerium am Dienstag mit."),
        ("en", "Lithuania has expelled two staff members of the Belarusian "
               "embassy in Vilnius. They must leave the country within three days, the foreign "
               "ministry said on Tuesday."),
    ],
)
def test_an_expulsion_takes_the_day_of_its_announcement_in_the_next_sentence(lang: str, text: str) -> None:
    events = _events(text, lang, date(2025, 6, 11))
    assert _date_of(events, "Expulsion") == "2025-06-10"


def test_an_expulsion_named_in_the_headline_takes_the_day_the_lead_announces() -> None:
    text = ("La Lituanie expulse deux diplomates biélorusses\n\nVILNIUS (AFP) - La Lituanie a déclaré « persona non "
            "grata » deux diplomates de l'ambassade de Biélorussie et leur a donné 72 heures pour quitter le "
            "territoire, a annoncé mardi soir le ministre lituanien des Affaires étrangères, Tomas Petraitis.")
    events = _events(text, "fr", date(2025, 6, 11))
    assert _date_of(events, "Expulsion") == "2025-06-10"


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("de", "Er traf am Mittwoch den Präsidenten. Es ging um Pflege. Danach wurde ein Abkommen unterzeichnet. "
               "Kliniken hoffen darauf. Am Abend gab der Präsident ein Bankett.", "Am Abend"),
        ("fr", "Le ministre a reçu mercredi son homologue. Ils ont parlé de pêche. Un accord a été signé. Les pêcheurs "
               "attendent. Dans la soirée, il a été reçu par le président.", "Dans la soirée"),
        ("fr", "Le Gabon a expulsé mercredi soir deux diplomates. Plus tôt dans la journée, l'ambassadeur avait été "
               "convoqué.", "Plus tôt dans la journée"),
        ("en", "He met the king on Wednesday. Earlier in the day he had met the premier.", "Earlier in the day"),
        ("ru", "Переговоры прошли в среду. Утром министр встретился с послом.", "Утром"),
        ("es", "El canciller se reunió el miércoles con el rey. Pocas horas después viajó a Lima.", "Pocas horas después"),
    ],
)
def test_a_part_of_the_day_or_a_few_hours_later_is_the_day_told_before(lang: str, text: str, part: str) -> None:
    from graph.extract import dates

    found = {m.text: dates.resolve(m, date(2025, 10, 23)) for m in dates.find_dates(text, lang)}
    assert found[part] == "2025-10-22"


def test_a_number_of_hours_later_is_no_part_of_the_day() -> None:
    from graph.extract import dates

    found = [m.text for m in dates.find_dates("He met the king on Wednesday. 48 hours later he left.", "en")]
    assert "hours later" not in found
