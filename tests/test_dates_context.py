"""Dates an act takes from another act the text ties it to (graph/extract/_dateshare.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event
from extracted import date_of, events_of, extraction_of


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
    events = events_of(text, lang, date(2025, 6, 12))  # a Thursday: Tuesday is 10 June
    assert date_of(events, "Statement") == "2025-06-10"


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
    events = events_of(text, lang, date(2025, 6, 12))
    assert date_of(events, "Statement") == "2025-06-10"


def test_a_quoted_today_does_not_date_a_statement_after_the_meeting() -> None:
    text = ("BERLIN, 14. Mai (Reuters) - Bundeskanzlerin Petra Vogel hat am Dienstagabend den irischen Premierminister "
            "Sean Byrne zu Gesprächen im Kanzleramt empfangen. Es ging um Handel und Energie. „Wir haben heute viel "
            "erreicht“, sagte Vogel nach dem Treffen vor Journalisten.")
    events = events_of(text, "de", date(2025, 5, 14))
    assert date_of(events, "Statement") == "2025-05-13"


def test_an_act_a_day_before_the_reported_one_is_dated_the_day_before() -> None:
    text = ("Prime Minister Helen Carter spoke by phone with Japanese Prime Minister Kenji Ito on Thursday, her "
            "office said. The call came a day after Foreign Minister Paul Grant met Japan's ambassador, Yuki Sato, "
            "in Wellington to discuss a trade mission.")
    events = events_of(text, "en", date(2025, 6, 13))
    meeting = [e for e in events if e.type == "Meeting"]
    assert meeting and meeting[0].date is not None and meeting[0].date.value == "2025-06-11"


def test_a_statement_after_the_talks_in_russian_takes_their_day() -> None:
    text = ("Министр иностранных дел России Олег Сазонов во вторник провёл в Москве переговоры с министром "
            "иностранных дел Монголии Ганбатом Цэрэном. Стороны обсудили транзит и энергетику. «Мы договорились "
            "о многом», — заявил Сазонов журналистам по итогам переговоров.")
    events = events_of(text, "ru", date(2025, 6, 12))
    assert date_of(events, "Statement") == "2025-06-10"


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
    events = events_of(text, lang, date(2025, 6, 11))
    assert date_of(events, "Expulsion") == "2025-06-10"


def test_an_expulsion_named_in_the_headline_takes_the_day_the_lead_announces() -> None:
    text = ("La Lituanie expulse deux diplomates biélorusses\n\nVILNIUS (AFP) - La Lituanie a déclaré « persona non "
            "grata » deux diplomates de l'ambassade de Biélorussie et leur a donné 72 heures pour quitter le "
            "territoire, a annoncé mardi soir le ministre lituanien des Affaires étrangères, Tomas Petraitis.")
    events = events_of(text, "fr", date(2025, 6, 11))
    assert date_of(events, "Expulsion") == "2025-06-10"


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Lituanie a expulsé deux diplomates biélorusses, a annoncé jeudi soir le ministre lituanien des "
               "Affaires étrangères, Jonas Petraitis. Plus tôt dans la journée, l'ambassadeur de Biélorussie, Ivan "
               "Sokol, avait été convoqué au ministère."),
        ("en", "Lithuania expelled two Belarusian diplomats, Foreign Minister Jonas Petraitis announced on Thursday "
               "evening. Earlier in the day, the Belarusian ambassador, Ivan Sokol, had been summoned to the ministry."),
    ],
)
def test_earlier_that_day_dates_the_background_summons(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 6, 13))  # a Friday: Thursday is 12 June
    assert date_of(events, "Summons") == "2025-06-12"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Finnish Foreign Minister Aino Lehtinen met her Estonian counterpart, Kaspar Tamm, in Helsinki on "
               "Tuesday. In a joint statement issued late on Tuesday, Lehtinen and Tamm said they would deepen "
               "cooperation on Baltic security."),
        ("fr", "Le ministre belge des Affaires étrangères, Luc Dumont, a reçu mardi à Bruxelles son homologue "
               "sénégalais, Amadou Diallo. Dans un communiqué conjoint publié mardi soir, les deux ministres ont "
               "salué une coopération « exemplaire »."),
        ("es", "El canciller chileno, Tomás Araya, recibió el martes en Santiago a su homólogo peruano, Julio Campos. "
               "En un comunicado conjunto difundido el martes por la noche, ambos cancilleres anunciaron un plan "
               "fronterizo."),
        ("de", "Die finnische Außenministerin Aino Lehtinen hat am Dienstag in Helsinki ihren estnischen Amtskollegen "
               "Kaspar Tamm empfangen. In einer gemeinsamen Erklärung kündigten Lehtinen und Tamm am Dienstagabend "
               "eine engere Zusammenarbeit an."),
        ("ru", "Министр иностранных дел Финляндии Айно Лехтинен во вторник провела в Хельсинки переговоры с "
               "эстонским коллегой Каспаром Таммом. В совместном заявлении, опубликованном во вторник вечером, "
               "министры заявили о расширении сотрудничества."),
    ],
)
def test_a_written_statement_does_not_take_the_city_of_the_meeting(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 6, 12))
    statement = next(e for e in events if e.type == "Statement")
    assert statement.location is None
    assert next(e for e in events if e.type in ("Meeting", "Talks")).location is not None


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("fr", "En mars 2024, le Rwanda avait expulsé les diplomates belges en poste à Kigali ; la Belgique avait "
               "aussitôt déclaré persona non grata les diplomates rwandais en poste à Bruxelles.", "Kigali", "Brussels"),
        ("en", "In March 2024, Rwanda expelled the Belgian diplomats posted in Kigali; Belgium at once expelled the "
               "Rwandan diplomats posted in Brussels.", "Kigali", "Brussels"),
    ],
)
def test_two_expulsions_in_one_sentence_keep_their_cities(lang: str, text: str, first: str, second: str) -> None:
    events = [e for e in events_of(text, lang, date(2025, 6, 12)) if e.type == "Expulsion"]
    cities = sorted(getattr(e.location, "name", None) or "" for e in events)
    assert cities == sorted([first, second])
    assert all(e.countries == {"BE", "RW"} for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("es", "El presidente recibió este jueves al canciller japonés. El canciller había llegado el miércoles por "
               "la noche a Lima. Por la mañana, se reunió con su homóloga.", "Por la mañana"),
        ("fr", "Le ministère a convoqué jeudi l'ambassadeur. Le ministre avait estimé mardi que la crise durerait. "
               "Dans la soirée, le chargé d'affaires a été convoqué à son tour.", "Dans la soirée"),
        ("en", "The ministry summoned the ambassador on Thursday. The minister had said on Tuesday that the crisis "
               "would last. In the evening, the charge d'affaires was summoned in turn.", "In the evening"),
        ("de", "Das Ministerium bestellte am Donnerstag den Botschafter ein. Der Minister hatte am Dienstag gesagt, "
               "die Krise werde andauern. Am Abend wurde der Geschäftsträger einbestellt.", "Am Abend"),
    ],
)
def test_a_part_of_the_day_skips_a_day_told_in_the_pluperfect(lang: str, text: str, part: str) -> None:
    from graph.extract import dates

    found = {m.text: dates.resolve(m, date(2025, 10, 23)) for m in dates.find_dates(text, lang)}
    assert found[part] == "2025-10-23"  # the Thursday of the account, not the Tuesday


def test_a_part_of_the_day_told_in_the_pluperfect_keeps_its_day() -> None:
    from graph.extract import dates

    text = "Le ministre était arrivé mardi à Dakar. Dans la soirée, il avait dîné avec le président."
    found = {m.text: dates.resolve(m, date(2025, 10, 23)) for m in dates.find_dates(text, "fr")}
    assert found["Dans la soirée"] == "2025-10-21"


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("en", "The minister will travel to Rome this weekend.", "this weekend"),
        ("fr", "Le ministre se rendra ce week-end à Rome.", "ce week-end"),
        ("es", "El canciller viajará este fin de semana a Roma.", "este fin de semana"),
        ("de", "Der Minister reist am Wochenende nach Rom.", "am Wochenende"),
        ("ru", "Министр посетит Рим в эти выходные.", "в эти выходные"),
    ],
)
def test_this_weekend_is_a_date(lang: str, text: str, phrase: str) -> None:
    from graph.extract import dates

    found = {m.text: dates.resolve(m, date(2025, 11, 5), future=True) for m in dates.find_dates(text, lang)}
    assert found[phrase] == "2025-11"  # Saturday 8 and Sunday 9 November
    assert {m.text: dates.resolve(m, date(2025, 5, 28), future=True) for m in dates.find_dates(text, lang)}[phrase] is None


def test_a_source_named_before_the_date_does_not_hide_it() -> None:
    text = ("Der österreichische Geschäftsträger wurde nach Angaben der amtlichen Nachrichtenagentur Irna am "
            "Donnerstagabend ins Außenministerium in Teheran einbestellt.")
    assert date_of(events_of(text, "de", date(2026, 2, 6)), "Summons") == "2026-02-05"


def test_an_announcement_split_around_seven_words_dates_the_expulsion() -> None:
    text = ("Österreich hat zwei Mitarbeiter der iranischen Botschaft zu unerwünschten Personen erklärt. Das teilte "
            "das Außenministerium in Wien am Donnerstag mit.")  # six words between "teilte" and "mit"
    assert date_of(events_of(text, "de", date(2026, 2, 6)), "Expulsion") == "2026-02-05"


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "value"),
    [
        ("fr", "La ministre se rendra à Manille en mai prochain.", "en mai prochain", "2026-05"),
        ("fr", "Le président était venu à Paris en mai dernier.", "en mai dernier", "2025-05"),
        ("en", "They last met in Rome last May.", "last May", "2025-05"),
        ("en", "The ministers will meet again next March.", "next March", "2027-03"),
        ("es", "El canciller visitará Lima en mayo próximo.", "en mayo próximo", "2026-05"),
        ("es", "Ambos se reunieron el pasado mayo en Quito.", "el pasado mayo", "2025-05"),
        ("de", "Die beiden trafen sich im vergangenen Mai in Genf.", "im vergangenen Mai", "2025-05"),
    ],
)
def test_a_month_with_next_or_last_is_counted_from_publication(lang: str, text: str, phrase: str, value: str) -> None:
    from graph.extract import dates

    found = {m.text: dates.resolve(m, date(2026, 3, 12)) for m in dates.find_dates(text, lang)}
    assert found[phrase] == value


def test_a_visit_next_may_is_planned() -> None:
    text = ("La ministre française des Affaires étrangères, Hélène Martin, se rendra à Manille en mai prochain, "
            "a annoncé jeudi le Quai d'Orsay.")
    visit = next(e for e in events_of(text, "fr", date(2026, 3, 12)) if e.type == "Visit")
    assert (visit.status, visit.date.value) == ("Planned", "2026-05")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A summit that had been scheduled for March in the Kenyan town of Lodwar was called off in February."),
        ("es", "Una cumbre prevista para marzo en Lodwar, Kenia, fue cancelada en febrero."),
    ],
)
def test_a_cancelled_act_keeps_the_month_it_was_planned_for(lang: str, text: str) -> None:
    summit = next(e for e in events_of(text, lang, date(2026, 4, 15)) if e.type == "Summit")
    assert (summit.status, summit.date.value) == ("Cancelled", "2026-03")


def test_a_month_after_pour_is_a_date() -> None:
    from graph.extract import dates

    found = {m.text: dates.resolve(m, date(2026, 4, 15), future=True) for m in dates.find_dates("La visite prévue pour mars a été annulée.", "fr")}
    assert found == {"pour mars": "2027-03"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La jornada clave llegó el martes, cuando el presidente chileno, Tomás Araya, se reunió con el primer "
               "ministro japonés, Kenji Mori, en Tokio."),
        ("en", "The key moment came on Tuesday, when Chilean President Tomas Araya met Japanese Prime Minister Kenji "
               "Mori in Tokyo."),
        ("fr", "Le moment fort est venu mardi, lorsque le président chilien, Tomás Araya, a rencontré le Premier "
               "ministre japonais, Kenji Mori, à Tokyo."),
    ],
)
def test_a_date_before_when_dates_the_act_of_the_when_clause(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 11, 12))  # a Thursday: Tuesday is 10 November
    assert date_of(events, "Meeting") == "2026-11-10"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le ministre belge des Affaires étrangères, Luc Dumont, se rendra au Sénégal du 14 au 16 mai, a "
               "annoncé jeudi son ministère. Il doit notamment être reçu à Dakar par le président sénégalais, "
               "Amadou Sall."),
        ("en", "Belgian Foreign Minister Luc Dumont will travel to Senegal from 14 to 16 May, his ministry said on "
               "Thursday. He is due to be received in Dakar by Senegalese President Amadou Sall."),
    ],
)
def test_an_act_in_a_city_during_a_trip_of_several_days_takes_its_month(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 4, 10))
    meeting = next(e for e in events if e.type == "Meeting")
    assert (meeting.status, meeting.date.value if meeting.date else None) == ("Planned", "2025-05")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "En mars 2024, le Rwanda avait expulsé les diplomates belges en poste à Kigali ; la Belgique avait "
               "aussitôt déclaré persona non grata les diplomates rwandais en poste à Bruxelles."),
        ("en", "In March 2024, Rwanda expelled the Belgian diplomats posted in Kigali; Belgium immediately expelled "
               "the Rwandan diplomats posted in Brussels."),
    ],
)
def test_an_act_told_as_following_at_once_takes_the_date_before(lang: str, text: str) -> None:
    events = [e for e in events_of(text, lang, date(2025, 6, 12)) if e.type == "Expulsion"]
    assert [e.date.value if e.date else None for e in events] == ["2024-03", "2024-03"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Arrivée dimanche pour une visite de travail de quatre jours, la ministre congolaise des Affaires "
               "étrangères, Esther Kalala, a été reçue lundi au palais d'Egmont, à Bruxelles, par son homologue "
               "belge, Luc Dumont."),
        ("en", "Congolese Foreign Minister Esther Kalala, who arrived on Sunday for a four-day working visit, was "
               "received on Monday at the Egmont Palace in Brussels by her Belgian counterpart, Luc Dumont."),
    ],
)
def test_a_visit_placed_nowhere_goes_where_its_traveller_is_received(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 3))  # a Tuesday: Sunday is 1 March
    visit = next(e for e in events if e.type == "Visit")
    city = getattr(visit.location, "city", None) or visit.location
    assert getattr(city, "name", None) == "Brussels"


def _speakers(events: list[Event]) -> list[str]:
    return [e.speaker.name for e in events if e.type == "Statement" and e.speaker is not None]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("es", "QUITO, 4 de marzo de 2026 — La vocera de la Cancillería, Lucía Benítez Mora, informó este miércoles "
               "en la conferencia de prensa semanal que el canciller Raúl Andrade Paz viajará el lunes a Lima.",
         "Lucía Benítez Mora"),
        ("en", "OTTAWA, March 4 (Reuters) - Spokesperson Helen Marsh told the weekly press briefing on Wednesday "
               "that Foreign Minister Paul Girard will travel to Mexico City on Monday.", "Helen Marsh"),
        ("fr", "DAKAR, 4 mars 2026 - La porte-parole du ministère, Awa Ndiaye, a indiqué mercredi lors du point "
               "de presse hebdomadaire que le ministre Cheikh Fall se rendra lundi à Bamako.", "Awa Ndiaye"),
        ("de", "WIEN, 4. März (dpa) - Die Sprecherin des Außenministeriums, Eva Gruber, sagte am Mittwoch bei der "
               "Pressekonferenz, dass Außenminister Karl Huber am Montag nach Prag reisen werde.", "Eva Gruber"),
        ("ru", "МОСКВА, 4 марта. Официальный представитель МИД Анна Орлова заявила в среду на брифинге, что "
               "министр Сергей Белов в понедельник посетит Ереван.", "Анна Орлова"),
    ],
)
def test_the_speaker_is_not_the_subject_of_the_reported_clause(lang: str, text: str, speaker: str) -> None:
    speakers = _speakers(events_of(text, lang, date(2026, 3, 4)))
    assert speakers, "no statement found"
    assert all(s != speaker.split()[0] and "Andrade" not in s and "Girard" not in s and "Fall" not in s
               and "Huber" not in s and "Белов" not in s and "Belov" not in s for s in speakers), speakers


def test_a_summons_placed_only_in_the_summoning_state_is_in_its_capital() -> None:
    text = ("BERLIN (dpa) - Das Auswärtige Amt hat erneut den Botschafter Venezuelas, Luis Ortega Ramos, "
            "einbestellt. Der Botschafter war bereits im Oktober in Deutschland einbestellt worden.")
    events = events_of(text, "de", date(2026, 2, 12))
    summonses = [e for e in events if e.type == "Summons" and e.date is not None and e.date.value == "2025-10"]
    assert summonses, [(e.type, e.date) for e in events]
    assert summonses[0].location is not None and getattr(summonses[0].location, "name", "") == "Berlin"


def test_an_act_told_on_the_margins_of_a_summit_after_it_takes_its_place_and_month() -> None:
    text = ("Foreign Minister Mia Larsen spoke by phone today with Fiji's Foreign Minister Jone Tuilagi. "
            "The call built on the ministers' meeting on the sidelines of the ASEAN Regional Forum summit "
            "in Vientiane earlier this month, where they agreed to expand maritime patrols.")
    events = events_of(text, "en", date(2025, 10, 20))
    meetings = [e for e in events if e.type in ("Meeting", "Talks")]
    assert meetings, [e.type for e in events]
    assert getattr(meetings[0].location, "name", None) == "Vientiane"
    assert meetings[0].date is not None and meetings[0].date.value == "2025-10"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prime Minister Ana Costa's visit to Lisbon, first planned for June, was postponed because of the "
               "elections. Officials said on Monday that it would now take place early next year."),
        ("de", "Der Besuch von Ministerpräsident Jan Novak in Prag, ursprünglich für Juni geplant, wurde wegen der "
               "Wahlen verschoben. Er soll nun Anfang nächsten Jahres stattfinden."),
        ("fr", "La visite du Premier ministre Jan Novak à Prague, initialement prévue en juin, a été reportée en "
               "raison des élections. Elle devrait désormais avoir lieu au début de l'année prochaine."),
        ("es", "La visita del primer ministro Jan Novak a Praga, inicialmente prevista para junio, fue aplazada por "
               "las elecciones. Ambos gobiernos acordaron que ahora se celebrará a principios del próximo año."),
        ("ru", "Визит премьер-министра Яна Новака в Прагу, первоначально запланированный на июнь, был отложен из-за "
               "выборов. Теперь он состоится в начале следующего года."),
    ],
)
def test_a_postponed_act_takes_the_new_date_the_next_sentence_gives(lang: str, text: str) -> None:
    visits = [e for e in events_of(text, lang, date(2025, 9, 18)) if e.type in ("Visit", "StateVisit")]
    assert visits, "no visit found"
    assert visits[0].status == "Planned"
    assert visits[0].date is not None and visits[0].date.value == "2026", visits[0].date


def test_capitalised_morgen_opening_a_sentence_is_tomorrow() -> None:
    text = ("Die österreichische Außenministerin Eva Hofstätter hat in Wien ihren slowakischen Amtskollegen Peter "
            "Kováč empfangen. Morgen reist Hofstätter nach Prag, wo sie den tschechischen Außenminister treffen will.")
    events = events_of(text, "de", date(2026, 5, 12))
    visits = [e for e in events if e.type == "Visit"]
    assert visits and visits[0].date is not None and visits[0].date.value == "2026-05-13"


def test_a_live_ticker_dates_its_entries_by_publication() -> None:
    text = ("Gipfel in Wien – der Tag im Überblick\n\n"
            "+++ 17.20 Uhr: Abschlusserklärung unterzeichnet +++\n"
            "Die Außenminister Ungarns und der Slowakei haben eine Erklärung zur Energiesicherheit unterzeichnet.\n\n"
            "+++ 13.05 Uhr: Treffen im Kanzleramt +++\n"
            "Die österreichische Außenministerin Eva Hofstätter ist mit ihrem slowakischen Amtskollegen Peter Kováč "
            "zu einem Gespräch zusammengekommen.\n\n"
            "+++ 9.30 Uhr: Gipfel eröffnet +++\n"
            "In der Hofburg hat der Gipfel begonnen.")
    events = events_of(text, "de", date(2026, 5, 12))
    dated = [e.date.value for e in events if e.date is not None]
    assert dated and set(dated) == {"2026-05-12"}, [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        ("es", "La primera ronda de negociaciones entre Perú y Bolivia se había celebrado en marzo en la ciudad "
               "fronteriza de Tacna, y la segunda en La Paz.", "Tacna"),
        ("fr", "Le premier cycle de négociations entre le Mali et le Niger s'était tenu en mars dans la ville "
               "frontalière de Gao, le deuxième à Niamey.", "Gao"),
        ("en", "The first round of talks between Mexico and Guatemala was held in March in the border town of "
               "Tapachula, the second in Mexico City.", "Tapachula"),
        ("ru", "Первый раунд переговоров между Россией и Казахстаном прошёл в марте в городе Оренбурге, второй – в "
               "Астане.", "Orenburg"),
    ],
)
def test_a_place_called_a_town_after_a_locative_is_not_replaced_by_a_later_clause(lang: str, text: str, city: str) -> None:
    events = events_of(text, lang, date(2026, 6, 4))
    assert events and events[0].location is not None and events[0].location.name == city, events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La crisis llegó a su punto álgido el lunes, cuando los cancilleres discutieron los preparativos de la "
               "cumbre de Roma."),
        ("fr", "La crise a culminé lundi, lorsque les ministres ont évoqué les préparatifs du sommet de Rome."),
    ],
)
def test_an_act_named_as_a_topic_of_a_when_clause_takes_not_its_date(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 6, 4))
    assert all(e.date is None or e.date.value != "2026-06-01" for e in events), [(e.type, e.date) for e in events]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "when"),
    [
        ("ru", "Министр иностранных дел Армении Арам Саркисян провел переговоры с послом Португалии Жоаном Силвой "
               "в понедельник.", "Talks", "2025-03-10"),
        ("ru", "Глава МИД Эстонии Кадри Мяги прибыла в Вильнюс с официальным визитом во вторник.", "Visit", "2025-03-11"),
        ("ru", "Президент Чили Рикардо Сото пригласил премьера Норвегии Олафа Берга посетить Сантьяго с визитом "
               "в следующем году.", "Visit", "2026"),
        ("de", "Der Besuch erwidert die Reise des norwegischen Königs nach Lissabon im Mai 2023.", "Visit", "2023-05"),
    ],
)
def test_a_with_or_to_phrase_before_the_date_is_no_since_phrase(lang: str, text: str, kind: str, when: str) -> None:
    assert date_of(events_of(text, lang, date(2025, 3, 12)), kind) == when


def test_a_since_phrase_still_keeps_its_date_from_the_act() -> None:
    text = "Переговоры министров Перу и Чили идут с начала конфликта в 2019 году."
    assert all(e.date is None or e.date.value != "2019" for e in events_of(text, "ru", date(2025, 3, 12)))


def test_a_possessive_date_dates_the_act_it_owns() -> None:
    text = "Portugal will host next year's summit of the Ibero-American states in Porto, the secretariat announced."
    assert date_of(events_of(text, "en", date(2025, 3, 12)), "Summit") == "2026"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los cancilleres de Chile y Perú, Tomás Araya y Julio Campos, concluyeron este viernes en Lima la "
               "ronda de negociaciones sobre la frontera, tras dos días de reuniones."),
        ("en", "Norwegian Foreign Minister Ingrid Solberg and her Danish counterpart Lars Holm wrapped up two days of "
               "talks in Oslo on Friday."),
        ("de", "Die Außenminister Finnlands und Estlands, Aino Lehtinen und Kaspar Tamm, haben nach zweitägigen "
               "Gesprächen am Freitag in Helsinki eine Erklärung unterzeichnet."),
        ("fr", "Les ministres belge et sénégalais, Luc Dumont et Amadou Diallo, ont conclu vendredi à Dakar deux jours "
               "de discussions."),
        ("ru", "Министры иностранных дел России и Белоруссии Игорь Ветров и Виталий Лазаревич в пятницу завершили "
               "двухдневные переговоры в Минске."),
    ],
)
def test_talks_ended_after_two_days_are_dated_by_their_first_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 6, 13))  # a Friday
    talks = [e for e in events if e.type in ("Talks", "Meeting", "Negotiation")]
    assert talks and talks[0].date.value == "2025-06-12"
    assert all(e.date.value == "2025-06-13" for e in events if e.type in ("Ceremony", "Statement"))  # the signing


def test_a_visit_ended_today_is_dated_by_the_day_it_began() -> None:
    text = "El presidente ecuatoriano, Daniel Vera, concluye este viernes la visita de Estado a Chile que inició el miércoles."
    assert date_of(events_of(text, "es", date(2025, 6, 13)), "StateVisit") == "2025-06-11"


def test_the_statement_after_talks_of_two_days_keeps_their_last_day() -> None:
    text = ("Norwegian Foreign Minister Ingrid Solberg and her Danish counterpart Lars Holm wrapped up two days of talks "
            "in Oslo on Friday. \"We have made real progress,\" Solberg told reporters at the end of the talks.")
    events = events_of(text, "en", date(2025, 6, 13))
    assert date_of(events, "Talks") == "2025-06-12"
    assert date_of(events, "Statement") == "2025-06-13"


def test_a_meeting_after_a_visit_of_three_days_elsewhere_keeps_its_day() -> None:
    text = ("Norwegian Foreign Minister Ingrid Solberg met Danish Prime Minister Mette Frost in Copenhagen on Friday, "
            "after a three-day visit to Sweden.")
    assert date_of(events_of(text, "en", date(2025, 6, 13)), "Meeting") == "2025-06-13"


def test_a_trip_of_two_days_begun_on_monday_keeps_its_day() -> None:
    text = "Die finnische Außenministerin Aino Lehtinen ist am Montag zu einem zweitägigen Besuch nach Tallinn gereist."
    assert date_of(events_of(text, "de", date(2025, 6, 11)), "Visit") == "2025-06-09"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El canciller chileno, Tomás Araya, viajará el próximo lunes a Lima para reunirse con su homólogo "
               "peruano, Julio Campos, confirmaron este viernes fuentes oficiales."),
        ("en", "Norwegian Foreign Minister Ingrid Solberg will travel to Copenhagen on Monday to meet her Danish "
               "counterpart Lars Holm, officials confirmed on Friday."),
        ("fr", "Le ministre belge des Affaires étrangères, Luc Dumont, se rendra lundi à Dakar pour rencontrer son "
               "homologue sénégalais, Amadou Diallo, a annoncé vendredi son ministère."),
    ],
)
def test_the_day_of_the_report_does_not_date_the_meeting(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2025, 6, 13)), "Meeting") == "2025-06-16"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Este viernes el canciller chileno Tomás Araya llegará a Lima, donde será recibido por su homólogo "
               "peruano Julio Campos, y el domingo seguirá viaje a Quito."),
        ("en", "On Friday Norwegian Foreign Minister Ingrid Solberg will arrive in Copenhagen, where she will be "
               "received by her Danish counterpart Lars Holm, and on Sunday she will continue her trip to Stockholm."),
        ("fr", "Vendredi, le ministre belge Luc Dumont arrivera à Dakar, où il sera reçu par son homologue sénégalais "
               "Amadou Diallo, et dimanche il poursuivra sa tournée à Abidjan."),
        ("de", "Am Freitag reist die finnische Außenministerin Aino Lehtinen nach Tallinn, wo sie von ihrem "
               "Amtskollegen Kaspar Tamm empfangen wird, und am Sonntag reist sie weiter nach Riga."),
    ],
)
def test_a_later_clause_with_its_own_day_does_not_redate_the_reception(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2025, 6, 11)), "Meeting") == "2025-06-13"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Danish Prime Minister Mette Holm met Norwegian King Harald Berg in Copenhagen on Thursday. In the "
               "evening, Holm hosted a state banquet for the king."),
        ("fr", "Le Premier ministre danois Mads Holm a reçu jeudi à Copenhague le roi norvégien Harald Berg. Le soir, "
               "Holm a offert un dîner d'État en son honneur."),
        ("es", "El primer ministro danés, Mads Holm, recibió el jueves en Copenhague al rey noruego Harald Berg. Por la "
               "noche, Holm ofreció una cena de Estado en su honor."),
    ],
)
def test_the_evening_of_a_hosted_banquet_dates_the_banquet(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2025, 6, 13)), "Ceremony") == "2025-06-12"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norwegian Foreign Minister Ingrid Solberg met her Danish counterpart Lars Holm in Copenhagen last week."),
        ("de", "Die finnische Außenministerin Aino Lehtinen hat letzte Woche in Tallinn ihren Amtskollegen Kaspar Tamm getroffen."),
        ("fr", "Le ministre belge Luc Dumont a rencontré la semaine dernière à Dakar son homologue sénégalais, Amadou Diallo."),
        ("es", "El canciller chileno, Tomás Araya, se reunió la semana pasada en Lima con su homólogo peruano, Julio Campos."),
        ("ru", "Министр иностранных дел России Игорь Ветров на прошлой неделе провёл переговоры в Минске с белорусским "
               "коллегой Виталием Лазаревичем."),
    ],
)
def test_last_week_across_a_months_end_is_the_month_of_its_wednesday(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 7, 10))  # last week: 30 June to 6 July, Wednesday 2 July
    assert [e.date.value for e in events if e.type in ("Meeting", "Talks")] == ["2025-07"]
    events = events_of(text, lang, date(2025, 7, 3))  # last week: 23 to 29 June, a range: its first day
    assert [e.date.value for e in events if e.type in ("Meeting", "Talks")] == ["2025-06-23"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Накануне вечером министр иностранных дел России Игорь Ветров провёл переговоры в Минске с белорусским "
               "коллегой Виталием Лазаревичем."),
        ("fr", "La veille au soir, le ministre belge Luc Dumont a rencontré à Dakar son homologue sénégalais, Amadou Diallo."),
        ("de", "Am Vorabend hatte die finnische Außenministerin Aino Lehtinen in Tallinn ihren Amtskollegen Kaspar Tamm getroffen."),
        ("en", "The night before, Norwegian Foreign Minister Ingrid Solberg met her Danish counterpart Lars Holm in Copenhagen."),
        ("es", "La víspera, el canciller chileno Tomás Araya se reunió en Lima con su homólogo peruano, Julio Campos."),
    ],
)
def test_the_evening_before_is_the_day_before_publication(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2025, 7, 10))
    assert [e.date.value for e in events if e.type in ("Meeting", "Talks")] == ["2025-07-09"]


def _people(text: str, lang: str, published: date = date(2026, 3, 20)) -> list[str]:
    return [p.name for p in extraction_of(text, lang, published).people]


def test_the_day_before_with_a_subject_after_it_is_a_date() -> None:
    text = ("МОСКВА, 20 марта. Министр иностранных дел России Сергей Петров в пятницу провел переговоры с министром "
            "иностранных дел Венгрии Петером Сабо. Накануне официальный представитель МИД Венгрии Анна Ковач "
            "заявила журналистам, что Будапешт ждет итогов.")
    assert date_of(events_of(text, "ru", date(2026, 3, 20)), "Statement") == "2026-03-19"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Отношения двух стран резко ухудшились в 2019 году, когда Румыния выслала трех российских дипломатов, "
               "обвинив их в причастности к пожару на военном заводе в 2011 году."),
        ("en", "Relations soured in 2019, when Romania expelled three Russian diplomats, accusing them of a fire at "
               "an arms plant in 2011."),
        ("es", "Las relaciones se deterioraron en 2019, cuando Rumanía expulsó a tres diplomáticos rusos, "
               "acusándolos de un incendio en una fábrica de armas en 2011."),
    ],
)
def test_the_year_before_when_dates_the_act_not_a_year_of_a_later_clause(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2026, 3, 20)), "Expulsion") == "2019"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "МИД России в четверг вызвал посла Эстонии Яана Тамма и сообщил ему о высылке двух эстонских "
               "дипломатов."),
        ("en", "The Russian Foreign Ministry on Thursday summoned Estonian Ambassador Jaan Tamm and informed him of "
               "the expulsion of two Estonian diplomats."),
    ],
)
def test_an_expulsion_notified_at_a_summons_takes_its_day(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2026, 3, 20)), "Expulsion") == "2026-03-19"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "In Tiflis, wo er am Sonntag eingetroffen war, traf Außenminister Paul Becker am Montag seinen "
               "georgischen Amtskollegen Giorgi Beridse."),
        ("en", "In Tbilisi, where he had arrived on Sunday, Foreign Minister Paul Becker met his Georgian "
               "counterpart Giorgi Beridze on Monday."),
    ],
)
def test_a_date_of_a_where_clause_before_the_act_does_not_date_it(lang: str, text: str) -> None:
    assert date_of(events_of(text, lang, date(2026, 3, 17)), "Meeting") == "2026-03-16"


def test_a_possible_meeting_in_a_bare_month_lies_ahead() -> None:
    text = ("Außenministerin Anna Berger sagte, ein Treffen mit ihrem ungarischen Amtskollegen Peter Szabo sei "
            "möglich, vielleicht noch im November in Budapest.")
    assert date_of(events_of(text, "de", date(2025, 10, 18)), "Meeting") == "2025-11"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Minister Tan Bee Ling will make a working visit to Vietnam from 3 to 5 June 2026. On 4 June, Minister "
               "Tan will meet Prime Minister Pham Van Long. She will also meet Chairman of the National Assembly "
               "Tran Thanh Hai."),
        ("fr", "La ministre Claire Morel effectuera une visite au Vietnam du 3 au 5 juin 2026. Le 4 juin, elle "
               "rencontrera le Premier ministre Pham Van Long. Elle rencontrera aussi le président de l'Assemblée "
               "nationale, Tran Thanh Hai."),
    ],
)
def test_an_undated_act_takes_the_day_of_the_sentence_before(lang: str, text: str) -> None:
    events = [e for e in events_of(text, lang, date(2026, 5, 28)) if e.type == "Meeting"]
    assert events and events[-1].date is not None and events[-1].date.value == "2026-06-04"


def test_a_place_after_of_does_not_start_the_name() -> None:
    names = _people("He will meet Governor of West Sumatra Muhammad Rizal Hakim on Tuesday.", "en")
    assert "Muhammad Rizal Hakim" in names


def test_an_honorific_and_a_first_name_join_the_full_name() -> None:
    text = ("Minister Tan Bee Ling will meet Oman's Foreign Minister Sayyid Badr bin Hamad Al Busaidi in Muscat on "
            "3 November. Minister Tan and Sayyid Badr last spoke by telephone on 2 October.")
    names = _people(text, "en", date(2025, 10, 30))
    assert names == ["Tan Bee Ling", "Sayyid Badr bin Hamad Al Busaidi"]


def test_a_capitalised_noun_before_a_genitive_surname_is_no_name() -> None:
    text = ("Außenminister Jonas Weber eröffnete am Donnerstag in Berlin eine Konferenz. Im Beisein Webers "
            "unterzeichneten die Außenminister Serbiens und Albaniens, Marko Ilić und Edi Hoxha, eine Erklärung.")
    people = extraction_of(text, "de", date(2026, 7, 9)).people
    assert not any(name.startswith("Beisein") for p in people for name in [p.name, *p.alternate_names])


def test_a_central_asian_given_name_starts_a_name() -> None:
    text = "В переговорах участвовала глава Регионального центра ООН по превентивной дипломатии Айгерим Касымова."
    assert _people(text, "ru") == ["Aigerim Kasymova"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "El canciller de Perú se reunió el martes con el ministro de Defensa de Ecuador, Mario Andrés Rey.",
         "Mario Andrés Rey"),
        ("en", "Foreign Minister Penny Wong met Senator Angus King in Canberra on Monday.", "Angus King"),
    ],
)
def test_a_title_word_after_a_full_name_is_its_surname(lang: str, text: str, name: str) -> None:
    assert name in _people(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Außenministerin Anna Lenz traf am Dienstag vergangener Woche in Wien ihren Amtskollegen Petr Novák."),
        ("en", "Foreign Minister Anna Lenz met her Czech counterpart Petr Novák in Vienna on Tuesday last week."),
        ("es", "La canciller Ana Ruiz se reunió el martes de la semana pasada en Lima con su homólogo Pedro Vidal."),
        ("fr", "La ministre Anne Roux a rencontré mardi de la semaine dernière à Paris son homologue Pierre Diop."),
        ("ru", "Министр Анна Ковалева во вторник на прошлой неделе провела переговоры в Минске с послом Петром Новаком."),
    ],
)
def test_a_weekday_of_last_week_is_that_week_s_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 4, 9))  # a Thursday: "Tuesday of last week" is 31 March
    assert any(e.date is not None and e.date.value == "2026-03-31" for e in events), [e.date for e in events]


def test_a_weekday_of_next_week_is_that_week_s_day() -> None:
    events = events_of("Minister Anna Lenz will meet her counterpart Petr Novák in Prague on Monday next week.", "en",
                     date(2026, 4, 9))
    assert any(e.date is not None and e.date.value == "2026-04-13" for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Le ministre ivoirien Koffi Aimé N'Dri a reçu mardi à Abidjan son homologue malien.", "Koffi Aimé N'Dri"),
        ("fr", "Le ministre togolais Paul-Éric d'Souza a reçu mardi à Lomé son homologue béninois.", "Paul-Éric d'Souza"),
    ],
)
def test_an_elided_particle_stays_in_the_name(lang: str, text: str, name: str) -> None:
    assert name in _people(text, lang, date(2026, 4, 9))


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "El canciller Pedro Vidal visitó el jueves la pequeña localidad fronteriza de María Auxiliadora.", "María"),
        ("en", "Foreign Minister Anna Lenz visited the border town of Santa Rosa on Thursday.", "Santa"),
    ],
)
def test_a_town_named_after_a_settlement_noun_is_nobody(lang: str, text: str, place: str) -> None:
    assert not any(name.startswith(place) for name in _people(text, lang, date(2026, 4, 9)))


def test_a_later_weekday_stays_in_the_named_week() -> None:
    text = ("Außenministerin Anna Lenz traf am Dienstag vergangener Woche in Astana ihren kasachischen Amtskollegen "
            "Nurlan Abenow, am Donnerstag reiste sie weiter nach Taschkent, wo sie den usbekischen Außenminister "
            "Bachtijor Sajidow traf.")
    events = events_of(text, "de", date(2026, 4, 9))  # Thursday 9 April: last week's Thursday is 2 April
    values = {e.date.value for e in events if e.date is not None}
    assert "2026-03-31" in values and "2026-04-02" in values, values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bundespräsident Jonas Weber reist am Mittwoch und Donnerstag zu einem Staatsbesuch nach Chile."),
        ("en", "President Jonas Weber will pay a state visit to Chile on Wednesday and Thursday."),
    ],
)
def test_two_weekdays_of_one_act_date_it_from_the_first(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 4, 3))  # a Friday
    assert events and events[0].date is not None and events[0].date.value == "2026-04-08", [e.date for e in events]


def test_an_agenda_day_line_dates_the_acts_under_it() -> None:
    text = ("Termine von Bundespräsident Jonas Weber in der kommenden Woche:\n\n"
            "Dienstag, 14. April 2026\n"
            "10:00 Uhr: Arbeitsgespräch mit dem Präsidenten der Republik Estland, Kaspar Tamm, in der Hofburg\n\n"
            "Donnerstag, 16. April 2026\n"
            "11:00 Uhr: Treffen mit dem Präsidenten der Republik Lettland, Edgars Ozols, in der Hofburg\n\n"
            "Freitag, 17. April 2026\n"
            "Der für Freitag geplante Besuch von Bundeskanzlerin Lena Roth in Riga entfällt.\n")
    events = events_of(text, "de", date(2026, 4, 10))
    dated = {tuple(p.name for p in e.attendees): e.date.value for e in events if e.date is not None}
    assert any("Edgars Ozols" in names and value == "2026-04-16" for names, value in dated.items()), dated
    assert any("Lena Roth" in names and value == "2026-04-17" for names, value in dated.items()), dated


def test_a_maghrebi_given_name_element_opens_the_name() -> None:
    text = ("Le ministre sénégalais Amadou Fall s'est entretenu mercredi au téléphone avec Monsieur Sidi Ahmed Ould "
            "Bah, ministre mauritanien des Affaires étrangères.")
    assert "Sidi Ahmed Ould Bah" in _people(text, "fr")


def test_a_region_adjective_after_a_title_is_nobody() -> None:
    text = "Губернатор Архангельской области провел переговоры с послом Финляндии Анной Виртанен."
    assert not any(name.startswith("Arkhangel") for name in _people(text, "ru")), _people(text, "ru")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Irish Foreign Minister Aoife Byrne met her counterpart from Kenya, Thérèse Wanjiru Otieno, in Dublin."),
        ("fr", "La ministre irlandaise Aoife Byrne a reçu à Dublin son homologue du Kenya, Thérèse Wanjiru Otieno."),
    ],
)
def test_a_name_after_counterpart_from_a_state_is_its_official(lang: str, text: str) -> None:
    people = extraction_of(text, lang, date(2026, 4, 9)).people
    assert ("Thérèse Wanjiru Otieno", "KE") in [(p.name, p.country) for p in people]


def test_the_act_after_a_wire_lead_takes_the_lead_s_day() -> None:
    text = ("Ministers agree on fisheries\n\n"
            "OSLO, April 9 (Reuters) -- Norwegian Foreign Minister Ingrid Solberg and Icelandic Foreign Minister Anna "
            "Jonsdottir agreed on Tuesday to share patrol data in the North Atlantic.\n\n"
            "The two ministers held talks for about an hour at the foreign ministry in Oslo.")
    events = events_of(text, "en", date(2026, 4, 9))  # a Thursday: Tuesday is 7 April
    talks = [e for e in events if e.type in ("Talks", "Meeting")]
    assert talks and talks[0].date is not None and talks[0].date.value == "2026-04-07", [e.date for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile and Peru will open talks on fisheries, the two governments said in a joint statement on "
               "Wednesday after Chilean Foreign Minister Tomás Araya met Peruvian Foreign Minister Julio Campos."),
        ("de", "Chile und Peru wollen über Fischerei verhandeln, teilten beide Regierungen am Mittwoch mit, nachdem "
               "der chilenische Außenminister Tomás Araya den peruanischen Außenminister Julio Campos getroffen hatte."),
    ],
)
def test_an_act_in_an_after_clause_of_a_dated_statement_took_place_that_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 4, 9))  # a Thursday: Wednesday is 8 April
    meetings = [e for e in events if e.type in ("Meeting", "Talks") and e.status == "Occurred"]
    assert meetings and meetings[0].date is not None and meetings[0].date.value == "2026-04-08", [e.date for e in events]


def test_a_noun_after_zu_following_a_title_is_no_name() -> None:
    text = "Slowenischer Generalkonsul zu Gast im Rathaus. Der Generalkonsul Marko Zupan traf am Montag den Bürgermeister."
    assert not any("Gast" in name for name in _people(text, "de"))


def test_an_act_after_a_dated_arrival_takes_its_day_despite_an_undated_headline_noun() -> None:
    text = ("Hoher Besuch in Ulm: Der Generalkonsul Sloweniens, Marko Zupan, ist am Montag nach Ulm gekommen. "
            "Oberbürgermeister Jonas Weber empfing den Diplomaten im Rathaus zu einem Gespräch.")
    events = events_of(text, "de", date(2026, 4, 9))
    meetings = [e for e in events if e.type in ("Meeting", "Talks")]
    assert meetings and meetings[0].date is not None and meetings[0].date.value == "2026-04-06", [e.date for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Perú y Ecuador aplazaron la reunión de su comisión mixta, prevista para este viernes en Quito, "
               "hasta el 12 de diciembre, informó la cancillería."),
        ("en", "Peru and Ecuador postponed the meeting of their joint commission, planned for Friday in Quito, "
               "until 12 December, the ministry said."),
    ],
)
def test_a_postponement_told_far_before_its_new_day_dates_the_plan(lang: str, text: str) -> None:
    from graph.extract import dates

    found = dates.find_dates(text, lang)
    assert any(m.revised and m.day == 12 and m.month == 12 and dates.dates_act(m) for m in found), found
    assert not any(m.weekday == 4 for m in found), found  # the old day is superseded


def test_a_weekday_is_not_joined_to_a_day_of_history_it_does_not_fall_on() -> None:
    from graph.extract import dates

    text = "L'ambassade a organisé samedi soir une réception pour la fête nationale, le 3 mai 1960."
    values = [dates.resolve(m, date(2026, 11, 9)) for m in dates.find_dates(text, "fr")]
    assert "2026-11-07" in values and "1960-05-03" in values, values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der Minister besuchte Anfang des Jahres die Hauptstadt."),
        ("fr", "Le ministre s'est rendu dans la capitale plus tôt cette année."),
        ("es", "El ministro visitó la capital a comienzos de año."),
        ("ru", "Министр посетил столицу в начале этого года."),
        ("en", "The minister visited the capital at the start of the year."),
    ],
)
def test_the_beginning_of_the_year_dates_to_the_current_year(lang: str, text: str) -> None:
    from graph.extract import dates

    assert [dates.resolve(m, date(2026, 11, 9)) for m in dates.find_dates(text, lang)] == ["2026"]


def test_a_lead_without_dated_dateline_gives_its_day_to_the_next_sentence() -> None:
    text = ("Réception à Dakar\n\nDakar (APS) – L'ambassade du Mali a organisé samedi soir une réception "
            "pour la fête de l'indépendance, proclamée le 22 septembre 1960. La cérémonie, qui s'est tenue à l'hôtel, "
            "a réuni le ministre sénégalais des Affaires étrangères, M. Ousmane Diallo, et l'ambassadeur du Mali, "
            "M. Amadou Traoré.")
    events = events_of(text, "fr", date(2026, 9, 28))  # a Monday: Saturday is 26 September
    ceremonies = [e for e in events if e.type == "Ceremony"]
    assert ceremonies and ceremonies[0].date is not None and ceremonies[0].date.value == "2026-09-26", [e.date for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eine finnische Regierungsdelegation hat am Dienstag Leipzig besucht. Angeführt wurde sie vom finnischen "
               "Wirtschaftsminister Aino Lehtinen. Bereits am Montag war die Delegation in Potsdam von Brandenburgs "
               "Ministerpräsident Kaspar Brenner empfangen worden. Im Anschluss unterzeichneten Lehtinen und Brenner "
               "eine Absichtserklärung."),
        ("en", "A Finnish government delegation visited Leeds on Tuesday, led by Finnish Economy Minister Aino Lehtinen. "
               "On Monday the delegation had been received in London by British Trade Secretary Kate Brenner. "
               "Afterwards, Lehtinen and Brenner signed a memorandum of understanding."),
        ("es", "Una delegación del gobierno finlandés visitó el martes Valencia, encabezada por el ministro finlandés de "
               "Economía, Aino Lehtinen. El lunes la delegación había sido recibida en Madrid por la ministra española "
               "de Comercio, Carmen Brenes. Posteriormente, Lehtinen y Brenes firmaron un memorando de entendimiento."),
    ],
)
def test_an_act_told_afterwards_takes_the_day_of_the_sentence_before(lang: str, text: str) -> None:
    """"Im Anschluss", "Afterwards", "Posteriormente": the signing follows Monday's reception, not Tuesday's visit."""
    assert date_of(events_of(text, lang, date(2026, 3, 11)), "Ceremony") == "2026-03-09"


def test_a_dropped_host_verb_in_the_lead_still_gives_its_day_to_the_next_sentence() -> None:
    """The lead tells the day with a passive "empfangen worden" no act is read from; the visit told next took place that day."""
    text = ("Perus Präsident auf Staatsbesuch in Wien\n\nWien (APA) - Unter Salutschüssen ist der peruanische "
            "Präsident Julio Campos am Montag in Wien empfangen worden. Bundespräsident Markus Steiner begrüßte seinen "
            "Gast in der Hofburg zum Auftakt eines zweitägigen Staatsbesuchs.")
    visits = [e for e in events_of(text, "de", date(2026, 3, 9)) if e.type == "StateVisit"]
    assert visits and visits[0].date is not None and visits[0].date.value == "2026-03-09"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "want"),
    [
        ("fr", "Le ministre grec des Affaires étrangères, Nikos Papas, doit se rendre à Chypre avant la fin du mois.",
         "Visit", "2025-11"),
        ("fr", "Le ministre grec Nikos Papas a reçu mercredi un appel de son homologue chypriote Andreas Georgiou. Ils "
               "sont convenus de tenir la prochaine session de la commission mixte gréco-chypriote à Athènes avant "
               "la fin de l'année.", "Talks", "2025"),
        ("ru", "Министр иностранных дел Греции Никос Папас посетит Никосию до конца года.", "Visit", "2025"),
        ("de", "Der griechische Außenminister Nikos Papas will bis Ende des Monats nach Zypern reisen.", "Visit", "2025-11"),
    ],
)
def test_a_plan_due_by_the_end_of_this_month_or_year_is_dated_to_it(lang: str, text: str, kind: str, want: str) -> None:
    """"avant la fin de l'année", "до конца года": the deadline of a plan dates it to the month or year."""
    assert date_of(events_of(text, lang, date(2025, 11, 12)), kind) == want


def test_a_day_after_a_then_word_is_the_next_legs() -> None:
    """"attendu mardi à Nicosie, où il doit rencontrer X, puis mercredi à Athènes": the talks are on Tuesday."""
    text = ("Le ministre libanais des Affaires étrangères, Karim Nassar, est attendu mardi à Nicosie, où il doit "
            "rencontrer son homologue chypriote, Andreas Georgiou, puis mercredi à Athènes.")
    events = events_of(text, "fr", date(2025, 11, 16))
    assert {e.date.value for e in events if e.date and e.type in ("Meeting", "Talks")} == {"2025-11-18"}


def test_a_statement_after_the_meeting_with_x_takes_the_day_of_the_act_with_x() -> None:
    """"declaró tras la reunión con Souza": the talks with Souza, not the later meeting of the same kind with another."""
    text = ("El canciller indio, Rajesh Kumar, y el canciller brasileño, Paulo Souza, acordaron este martes en Brasilia "
            "crear una comisión mixta. Kumar fue recibido el lunes por el presidente brasileño, Luiz Ramos, en el "
            "Palacio del Planalto. \"Somos socios naturales\", declaró Kumar a la prensa tras la reunión con Souza.")
    events = events_of(text, "es", date(2026, 2, 24))
    assert date_of(events, "Statement") == "2026-02-24"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der kenianische Präsident Daniel Mwangi ist am Dienstag in Wien empfangen worden. Er sprach mit "
               "Bundespräsident Karl Huber über Handel. Beide lobten die Zusammenarbeit. Mwangi warb für Investitionen. "
               "„Wir sind bereit“, sagte er. Huber nannte Kenia einen wichtigen Partner. Die Gespräche dauerten lange. "
               "Für den Abend war ein "
               "Staatsbankett in der Hofburg geplant."),
        ("es", "El presidente keniano, Daniel Mwangi, fue recibido el martes en Lima por el presidente peruano, Julio "
               "Campos. En la noche, Campos ofreció una cena de Estado en honor de su huésped."),
    ],
)
def test_a_part_of_the_day_told_later_keeps_the_account_s_day(lang: str, text: str) -> None:
    """"Für den Abend war ein Staatsbankett geplant", "En la noche, ... ofreció una cena": the day told last."""
    events = events_of(text, lang, date(2026, 6, 16))
    assert date_of(events, "Ceremony") == "2026-06-16"


def test_a_month_inside_a_compound_word_dates_the_plan() -> None:
    """"in der zweiten Maiwoche": the month of a German compound ("Maiwoche", "Junihälfte")."""
    events = events_of("Außenminister Karl Huber will in der zweiten Maiwoche nach Tokio reisen.", "de", date(2026, 3, 2))
    assert date_of(events, "Visit") == "2026-05"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La canciller Ana Ruiz viajará el lunes a Quito. El viaje fue acordado el martes en una conversación "
               "telefónica entre la canciller Ana Ruiz y el canciller ecuatoriano Pablo Vera."),
        ("de", "Außenministerin Eva Kranz reist am Montag nach Quito. Die Reise wurde am Dienstag bei einem Telefonat "
               "zwischen Außenministerin Eva Kranz und dem ecuadorianischen Außenminister Pablo Vera vereinbart."),
    ],
)
def test_a_date_before_in_and_an_act_dates_that_act(lang: str, text: str) -> None:
    """"fue acordado el martes en una conversación telefónica": Tuesday is the call's day, the trip is Monday's."""
    events = events_of(text, lang, date(2026, 1, 29))  # a Thursday
    assert date_of(events, "PhoneCall") == "2026-01-27"
    assert date_of(events, "Visit") == "2026-02-02"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Министр иностранных дел Словакии Петер Галко провел в понедельник переговоры с министром иностранных дел "
               "Чили Андресом Фуэнсалидой. По итогам переговоров министры подписали программу сотрудничества на "
               "2026–2028 годы."),
        ("en", "Slovak Foreign Minister Peter Halko held talks with Chilean Foreign Minister Andrés Fuenzalida on Monday. "
               "The two ministers then signed a cooperation programme for 2026-2028."),
    ],
)
def test_a_span_of_years_a_plan_covers_dates_no_signing(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 9, 16))
    assert date_of(events, "Ceremony") == "2026-09-14"  # the talks' day, not the plan's first year


def test_years_joined_by_a_dash_are_no_date() -> None:
    from graph.extract.dates import find_dates

    assert find_dates("Le plan d'action 2027–2030 a été adopté en mai 2026.", "fr")[0].text == "en mai 2026"
    assert [d.text for d in find_dates("Das Programm für 2027 bis 2030 steht.", "de")] == []
    assert [d.year for d in find_dates("The minister visited Lima in 2019.", "en")] == [2019]


def test_the_day_a_guest_was_welcomed_dates_the_visit_and_the_subsequent_talks() -> None:
    text = ("Staatsbesuch in Chile: Amberger wirbt in Santiago für Lithium\n\nSantiago. Mit militärischen Ehren ist "
            "Bundespräsidentin Helga Amberger am Dienstag vor dem Präsidentenpalast in Santiago empfangen worden. Für das "
            "deutsche Staatsoberhaupt ist es der erste Staatsbesuch in Südamerika seit seinem Amtsantritt.\n\n"
            "Im anschließenden Gespräch mit dem chilenischen Präsidenten Gabriel Fuentes ging es um Lithium.")
    events = events_of(text, "de", date(2026, 9, 16))
    assert date_of(events, "StateVisit") == "2026-09-15"
    assert date_of(events, "Meeting") == "2026-09-15"


def test_a_summons_told_after_a_dated_expulsion_takes_its_day() -> None:
    text = ("МИД Литвы во вторник объявил персоной нон грата атташе посольства Белоруссии в Вильнюсе.\n\n"
            "Временный поверенный в делах Белоруссии Олег Дубко был вызван в министерство, где ему вручили ноту.")
    events = events_of(text, "ru", date(2026, 9, 17))
    assert date_of(events, "Summons") == "2026-09-15"


def test_a_sentence_of_detail_gives_the_act_before_it_its_day() -> None:
    text = ("VIENNA (APA) - The Austrian government has summoned the ambassador of Belarus, Igor Petrenko, to the "
            "foreign ministry. Secretary-General Klaus Brandauer told Petrenko on Tuesday that the arrests were "
            "unacceptable, a spokesman said.")
    events = events_of(text, "en", date(2026, 9, 17))
    assert date_of(events, "Summons") == "2026-09-15"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Minister of Foreign Affairs of Portugal, Ms Ana Duarte, on Monday received the Minister of Foreign "
               "Affairs of Angola, Mr Paulo Neto, in Lisbon. The two Ministers reviewed trade and energy. At the conclusion "
               "of the JCC, the two Ministers signed a Memorandum of Understanding on fisheries."),
        ("fr", "La ministre portugaise des Affaires étrangères, Ana Duarte, a reçu lundi à Lisbonne son homologue angolais, "
               "Paulo Neto. Les deux ministres ont passé en revue le commerce. À l'issue de la CMC, les deux ministres "
               "ont signé un protocole d'accord sur la pêche."),
    ],
)
def test_a_signing_after_an_act_named_by_no_act_word_takes_the_meeting_s_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 9, 16))
    assert date_of(events, "Ceremony") == "2026-09-14"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Foreign Minister Lena Berg met her Finnish counterpart Mikko Salo in Stockholm on Monday. "
               "Salo said Prime Minister Arvid Lund could visit Helsinki in the autumn, though nothing has been decided."),
        ("de", "Außenministerin Lena Berg traf am Montag in Stockholm ihren finnischen Amtskollegen Mikko Salo. "
               "Ministerpräsident Arvid Lund könnte im Herbst Helsinki besuchen, entschieden sei aber noch nichts."),
    ],
)
def test_a_possible_visit_in_a_season_lies_ahead(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 11))
    assert [e.date.value for e in events if e.type == "Visit" and e.date] == ["2026"]


@pytest.mark.parametrize(
    ("lang", "phrase", "value"),
    [
        ("en", "Talks are expected in the second half of the year.", "2026"),
        ("de", "Ein Besuch ist im ersten Halbjahr 2027 geplant.", "2027"),
        ("fr", "Une visite est prévue au second semestre.", "2026"),
        ("es", "La visita se realizará en el segundo semestre de 2027.", "2027"),
        ("ru", "Визит запланирован в первом полугодии 2027 года.", "2027"),
    ],
)
def test_a_half_year_dates_to_its_year(lang: str, phrase: str, value: str) -> None:
    from graph.extract.dates import find_dates, resolve

    found = [d for d in find_dates(phrase, lang) if d.season is not None]
    assert found and resolve(found[0], date(2026, 5, 21), future=True) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los presidentes de Chile, Tomás Araya, y de Perú, Julio Campos, se reunieron este lunes en Tacna. "
               "Ambos mandatarios firmaron un acuerdo que permitirá el control aduanero conjunto a partir de octubre."),
        ("en", "Chilean President Tomás Araya and Peruvian President Julio Campos met in Tacna on Monday. "
               "The two presidents signed an agreement under which joint customs checks will apply from October."),
        ("de", "Die Präsidenten Chiles und Perus, Tomás Araya und Julio Campos, trafen sich am Montag in Tacna. "
               "Beide unterzeichneten ein Abkommen, das gemeinsame Zollkontrollen ab Oktober vorsieht."),
    ],
)
def test_a_month_a_measure_applies_from_does_not_date_the_signing(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 18))
    assert date_of(events, "Ceremony") in (None, "2026-03-16")
    assert [e.date.value for e in events if e.date and e.date.value.endswith("-10")] == []


def test_a_from_day_still_dates_the_start() -> None:
    from graph.extract.dates import dates_act, find_dates

    assert all(dates_act(d) for d in find_dates("Er reist ab dem 4. Mai durch Japan.", "de"))
    assert not any(dates_act(d) for d in find_dates("Die Regel gilt ab Januar.", "de"))


def test_the_day_before_deep_in_a_next_day_account_counts_from_the_lead_s_day() -> None:
    text = ("Министры встретились в Дели\n\nВ понедельник в Дели прошла встреча министров иностранных дел Индии и "
            "Бразилии Арвинда Мехты и Паулу Рибейру. Стороны обсудили торговлю. Они подписали меморандум. "
            "Следующая встреча пройдет в Бразилиа. Переговоры длились три часа.\n\n"
            "Накануне вечером министр иностранных дел Индии Арвинд Мехта встретился с министром иностранных дел Ирана "
            "Мехди Карими.")
    events = events_of(text, "ru", date(2026, 4, 28))  # a Tuesday paper: Monday's meeting, the eve of Monday
    assert [e.date.value for e in events if any(p.name.endswith(("Karimi", "Карими")) for p in e.attendees)] == ["2026-04-26"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los cancilleres de Perú y Bolivia acordaron la semana pasada celebrar en Lima, durante el segundo semestre del año, la reunión del gabinete binacional."),
        ("en", "The ministers of Peru and Bolivia met in Lima in the second half of the year, officials recalled on Monday."),
        ("fr", "Les ministres du Pérou et de la Bolivie se sont rencontrés à Lima au second semestre de cette année."),
        ("de", "Die Außenminister Perus und Boliviens trafen sich im zweiten Halbjahr dieses Jahres in Lima."),
        ("ru", "Министры иностранных дел Перу и Боливии встретились в Лиме во второй половине года."),
    ],
)
def test_a_half_of_the_running_year_is_the_year_of_publication(lang: str, text: str) -> None:
    from graph.extract.dates import find_dates, resolve

    found = [m for m in find_dates(text, lang) if m.season is not None]
    assert found and resolve(found[0], date(2026, 5, 15)) == "2026"
    assert resolve(found[0], date(2026, 5, 15), future=True) == "2026"
