"""Events: triggers in five languages, status, merging, background, dates, places, statements, negatives."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.model import Article, City, Country, Event, Venue

from extracted import events_of, extraction_of


PUBLISHED = date(2024, 5, 8)  # a Wednesday


def names(event: Event) -> set[str]:
    return {p.name for p in event.attendees}


def city(event: Event) -> str | None:
    place = event.location
    if isinstance(place, Venue):
        return place.city.name if place.city else None
    return place.name if isinstance(place, City) else None


def test_meeting_with_place_and_weekday_date_de() -> None:
    found = events_of("Der russische Außenminister Sergej Lawrow empfing am Dienstag in Moskau den türkischen "
                      "Außenminister Hakan Fidan.", "de", PUBLISHED)  # fmt: skip
    assert len(found) == 1
    meeting = found[0]
    assert (meeting.type, meeting.status) == ("Meeting", "Occurred")
    assert names(meeting) == {"Sergey Lavrov", "Hakan Fidan"}  # the usual Latin form of "Sergej Lawrow"
    assert meeting.countries == {"RU", "TR"}
    assert city(meeting) == "Moscow"
    assert (meeting.date.value, meeting.date_text) == ("2024-05-07", "am Dienstag")


def test_mentions_of_one_event_merge_with_all_their_evidence_de() -> None:
    text = ("Russland und Japan trafen sich in Genf zur zweiten Runde der Gespräche. "
            "Das Treffen am Dienstag dauerte sechs Stunden. "
            "An den Gesprächen nahmen Vizeaußenminister Andrej Rudenko und Botschafter Kenji Ono teil.")  # fmt: skip
    found = events_of(text, "de", PUBLISHED)
    assert len(found) == 1
    talks = found[0]
    assert talks.type == "Talks"
    assert len(talks.evidence) == 3
    assert talks.date.value == "2024-05-07"
    assert talks.duration == "PT6H"
    assert names(talks) == {"Andrej Rudenko", "Kenji Ono"}


def test_a_duration_is_never_a_date_or_an_event_de() -> None:
    found = events_of("Das Treffen der Außenminister Annalena Baerbock und Wang Yi dauerte sechs Stunden.", "de", PUBLISHED)
    assert [(e.duration, e.date) for e in found] == [("PT6H", None)]


def test_background_event_with_its_own_date_and_a_later_round_en() -> None:
    text = ("Russian and American diplomats met in Istanbul on Thursday for the second round of talks. "
            "The previous meeting in Istanbul on February 27 lasted six hours.")  # fmt: skip
    found = events_of(text, "en", date(2025, 4, 10))
    main = next(e for e in found if not e.background)
    earlier = next(e for e in found if e.background)
    assert main.date.value == "2025-04-10"
    assert (earlier.date.value, earlier.duration, city(earlier)) == ("2025-02-27", "PT6H", "Istanbul")
    assert main.follows is earlier


def test_planned_visit_with_future_date_fr() -> None:
    found = events_of("Le ministre français des Affaires étrangères Jean-Noël Barrot se rendra à Pékin le 20 mai.", "fr", PUBLISHED)
    visit = next(e for e in found if e.type == "Visit")
    assert visit.status == "Planned"
    assert visit.date.value == "2024-05-20"
    assert city(visit) == "Beijing"


def test_planned_visit_ru() -> None:
    text = "Председатель КНР Си Цзиньпин 7–10 мая посетит с официальным визитом Российскую Федерацию."
    found = events_of(text, "ru", date(2024, 5, 1))
    visit = next(e for e in found if e.type == "Visit")
    assert (visit.status, visit.date.value) == ("Planned", "2024-05-07")
    assert names(visit) == {"Xi Jinping"}
    assert visit.countries == {"CN", "RU"}


def test_phone_call_es() -> None:
    found = events_of("El presidente Joe Biden habló por teléfono con el presidente mexicano Andrés Manuel López Obrador.", "es", PUBLISHED)
    assert [(e.type, names(e)) for e in found] == [("PhoneCall", {"Joe Biden", "Andrés Manuel López Obrador"})]


def test_spoke_with_is_a_call_when_the_text_speaks_of_a_call_en() -> None:
    text = "Secretary's Call with German Foreign Minister Maas\nSecretary of State Antony Blinken spoke today with German Foreign Minister Heiko Maas."
    found = events_of(text, "en", PUBLISHED)
    assert [(e.type, e.date.value) for e in found] == [("PhoneCall", "2024-05-08")]


def test_summons_and_expulsion_en() -> None:
    text = ("Russia expelled two U.S. diplomats on Monday. "
            "The next day U.S. Ambassador Lynne Tracy was summoned to the Russian Foreign Ministry.")  # fmt: skip
    types = {e.type: e for e in events_of(text, "en", PUBLISHED)}
    assert types["Expulsion"].countries == {"RU", "US"}
    assert names(types["Summons"]) == {"Lynne Tracy"}


def test_statement_speaker_attends_nothing_de() -> None:
    text = ("Die Außenminister Annalena Baerbock und Wang Yi trafen sich in Peking. "
            "- Die Gespräche waren offen - sagte die Sprecherin des Auswärtigen Amts, Andrea Sasse.")  # fmt: skip
    found = events_of(text, "de", PUBLISHED)
    statement = next(e for e in found if e.type == "Statement")
    assert statement.speaker is not None and statement.speaker.name == "Andrea Sasse"
    assert not any("Andrea Sasse" in names(e) for e in found)


def test_visit_and_meeting_during_it_are_two_events_ru() -> None:
    text = ("Владимир Путин принял в Кремле Министра иностранных дел Ирана Аббаса Аракчи, "
            "который находится в Москве с визитом.")  # fmt: skip
    types = sorted(e.type for e in events_of(text, "ru", PUBLISHED))
    assert types == ["Meeting", "Visit"]


def test_without_publication_date_no_year_is_invented_de() -> None:
    found = events_of("Das Treffen zwischen Annalena Baerbock und Sergej Lawrow fand am 27. Februar in Peking statt.", "de", None)
    assert found and found[0].date is None
    assert found[0].date_text == "am 27. Februar"


def test_dateline_dates_a_readout_ru() -> None:
    text = ("Состоялся телефонный разговор Владимира Путина с Премьер-министром Индии Нарендрой Моди.\n"
            "5 мая 2025 года 12:55\nСтороны обсудили двусторонние отношения.")  # fmt: skip
    found = events_of(text, "ru", None)
    assert [(e.type, e.date.value) for e in found] == [("PhoneCall", "2025-05-05")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No meeting between Joe Biden and Xi Jinping is planned.", "en"),
        ("Ein Treffen zwischen Olaf Scholz und Emmanuel Macron ist nicht geplant.", "de"),
        ("Scientists compared two climate models of the European summer of 2003.", "en"),
        ("Die Entscheidung wurde von Bundeskanzler Olaf Scholz getroffen.", "de"),
        ("Указом Президента Александр Дарчиев назначен Послом России в США.", "ru"),
        ("La France et l'Allemagne ont signalé plusieurs rencontres régulières.", "fr"),
    ],
)
def test_no_event(text: str, lang: str) -> None:
    assert events_of(text, lang, PUBLISHED) == []


def test_location_is_the_most_specific_place_de() -> None:
    found = events_of("Die Delegationen Russlands und der USA trafen sich im russischen Konsulat in Istanbul.", "de", PUBLISHED)
    assert isinstance(found[0].location, Venue) and city(found[0]) == "Istanbul"


def test_visit_destination_country_en() -> None:
    found = events_of("United States President George W. Bush made a state visit to Canada this week.", "en", PUBLISHED)
    assert found[0].type == "StateVisit"
    assert found[0].location == Country("CA")


def test_implicit_subject_and_next_meeting_fr_ru() -> None:
    found = events_of("Le ministre français des Affaires étrangères Jean-Noël Barrot se rendra à Pékin le 20 mai, "
                      "où il rencontrera le président Xi Jinping.", "fr", PUBLISHED)  # fmt: skip
    meeting = next(e for e in found if e.type == "Meeting")
    assert names(meeting) == {"Jean-Noël Barrot", "Xi Jinping"} and meeting.status == "Planned"
    text = ("Министр иностранных дел России Сергей Лавров провёл переговоры с Государственным секретарём США "
            "Марко Рубио в Эр-Рияде. Следующая встреча состоится в Стамбуле.")  # fmt: skip
    planned = next(e for e in events_of(text, "ru", PUBLISHED) if e.status == "Planned")
    assert names(planned) == {"Sergey Lavrov", "Marco Rubio"} and city(planned) == "Istanbul"


def test_ruled_out_meeting_is_no_event_de() -> None:
    assert events_of("Ein Treffen mit Sergej Lawrow schloss Bundeskanzler Friedrich Merz aus.", "de", PUBLISHED) == []


def test_unsupported_language_and_empty_text_do_not_fail() -> None:
    assert events_of("Il presidente Sergio Mattarella ha incontrato il re Felipe a Roma.", "it", PUBLISHED) is not None
    assert events_of("", "de", PUBLISHED) == []


def test_dateline_city_is_not_the_place_and_verb_final_subject_de() -> None:
    text = ("Berlin (dpa) - Bundesaußenministerin Annalena Baerbock ist zu einem Besuch in Israel eingetroffen. "
            "In Jerusalem wird sie am Dienstag Ministerpräsident Benjamin Netanjahu treffen.")  # fmt: skip
    found = {e.type: e for e in events_of(text, "de", date(2024, 4, 15))}
    visit = found["Visit"]  # in Israel, where the account of the visit names one city: not in Berlin
    assert visit.location in (Country("IL"), City(281184, "Jerusalem", "IL"))
    meeting = found["Meeting"]
    assert (meeting.status, meeting.date.value, city(meeting)) == ("Planned", "2024-04-16", "Jerusalem")
    assert names(meeting) == {"Annalena Baerbock", "Benjamin Netanjahu"}


def test_a_long_verb_bracket_keeps_its_pronoun_subject_de() -> None:
    text = ("Staatsministerin Lea Brandt reist von morgen (20.01.) bis Freitag (23.01.) nach Ghana und Togo.\n\n"
            "In Accra wird sie am Dienstag (20.01.) mit der ghanaischen Außenministerin Abena Mensah "
            "zusammentreffen. In Lomé sind am Donnerstag (22.01.) Gespräche mit Premierminister Kofi Amega geplant.")  # fmt: skip
    meeting = {e.type: e for e in events_of(text, "de", date(2026, 1, 19))}["Meeting"]
    assert names(meeting) == {"Lea Brandt", "Abena Mensah"}
    assert meeting.status == "Planned" and meeting.date.value == "2026-01-20"


def test_neighbouring_triggers_name_one_call_fr() -> None:
    text = ("Le président Emmanuel Macron s'est entretenu mardi par téléphone avec son homologue russe "
            "Vladimir Poutine, une première depuis près de trois ans, a annoncé l'Élysée.")  # fmt: skip
    found = events_of(text, "fr", date(2025, 7, 1))
    assert [(e.type, names(e), e.duration) for e in found] == [("PhoneCall", {"Emmanuel Macron", "Vladimir Poutine"}, None)]


def test_headline_infinitive_is_planned_and_a_quoted_ministry_is_not_the_place_en() -> None:
    text = ("German foreign minister to visit Kyiv\n"
            "German Foreign Minister Katrin Neubauer will visit Kyiv next week, the German Foreign Office said on Tuesday.")  # fmt: skip
    found = events_of(text, "en", date(2025, 3, 4))
    assert [(e.type, e.status, city(e)) for e in found] == [("Visit", "Planned", "Kyiv")]


def test_neutral_venue_gives_no_host_country_de() -> None:
    text = ("Vertreter Russlands und der USA haben sich am Donnerstag in Istanbul getroffen. "
            "An den Gesprächen nahmen der russische Botschafter Pawel Iwanow und die stellvertretende "
            "Staatssekretärin Linda Park teil.")  # fmt: skip
    extraction = extraction_of(text, "de", date(2025, 3, 13))
    park = next(p for p in extraction.people if p.name == "Linda Park")
    assert park.country != "TR"
    assert {p.name for p in extraction.events[0].attendees} == {"Pavel Ivanov", "Linda Park"}


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("at the Foreign Office in Vienna", ("Vienna", "AT")),  # the text names another city: it wins
        ("at Vienna's Foreign Office", ("Vienna", "AT")),
        ("at the Foreign Office in London", ("London", "GB")),  # the lexicon's own city: the lexicon venue
    ],
)
def test_a_city_named_with_a_lexicon_venue_wins_over_the_lexicon_city_en(place: str, expected: tuple[str, str]) -> None:
    text = f"Chilean Foreign Minister Rosa Ibáñez met Czech Foreign Minister Tomas Novak on Monday. The talks took place {place}."
    found = extraction_of(text, "en", PUBLISHED)
    (event,) = found.events
    venue = event.location
    assert isinstance(venue, Venue) and venue.kind == "ministry"
    assert (venue.city.name, venue.owner) == expected
    if expected[1] != "GB":
        assert "GB" not in event.countries and "Commonwealth" not in venue.name


def test_told_reporters_after_the_meeting_keeps_the_background_meeting_en() -> None:
    text = ("Finnish Foreign Minister Aino Virtala and Chilean Ambassador Tomás Ferrada met in Oslo on 6 May "
            "to discuss fisheries. \"The talks were useful,\" Virtala told reporters after the meeting.\n\n"
            "The two sides last met in Santiago in March. Observers in Oslo called the meeting a modest step.")  # fmt: skip
    found = sorted(events_of(text, "en", PUBLISHED), key=lambda e: (e.type, e.background))
    meetings = [e for e in found if e.type == "Meeting"]
    assert [(e.date.value, e.background, city(e)) for e in meetings] == [("2024-05-06", False, "Oslo"), ("2024-03", True, "Santiago")]
    assert all(names(e) == {"Aino Virtala", "Tomás Ferrada"} and e.countries == {"FI", "CL"} for e in meetings)
    assert [e.type for e in found if e.type != "Meeting"] == ["Statement"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ambassador Lena Sørbye of Norway and Ambassador Kenji Arakawa of Japan held talks on shipping at the "
         "Norwegian embassy in Seoul in April 2024. \"Both sides agreed to stay in contact,\" Sørbye told "
         "reporters after the talks.\n\nThe talks took place behind closed doors.", "en"),
        ("Die norwegische Botschafterin Lena Sørbye und der japanische Botschafter Kenji Arakawa führten im April 2024 "
         "in Seoul Gespräche über die Schifffahrt. „Beide Seiten wollen in Kontakt bleiben“, sagte Sørbye nach den "
         "Gesprächen.", "de"),
    ],
)
def test_said_after_the_talks_is_the_talks_already_reported(text: str, lang: str) -> None:
    found = [e for e in events_of(text, lang, PUBLISHED) if e.type != "Statement"]
    assert [(e.type, e.date.value if e.date else None, e.background) for e in found] == [("Talks", "2024-04", False)]
    assert names(found[0]) == {"Lena Sørbye", "Kenji Arakawa"}


def test_declaring_a_state_of_emergency_or_citing_a_statement_is_no_statement() -> None:
    text = ("Greek Civil Protection Minister Petros Lambrakis ordered evacuations, according to a statement from the "
            "fire service. In Bulgaria, Prime Minister Ivan Stoyanov declared a state of emergency in two districts.")  # fmt: skip
    assert events_of(text, "en", PUBLISHED) == []


def test_statement_after_talks_takes_their_day_and_place() -> None:
    text = ("Der russische Außenminister Pjotr Orlow hat am Dienstag in Moskau seinen ägyptischen Kollegen Samir "
            "Fahmi empfangen. \"Wir sind Partner\", sagte Orlow anschließend vor Journalisten.")  # fmt: skip
    statement = next(e for e in events_of(text, "de", PUBLISHED) if e.type == "Statement")
    assert (statement.date.value, city(statement)) == ("2024-05-07", "Moscow")


def test_the_two_ministers_last_met_is_a_background_meeting_of_the_counterparts() -> None:
    text = ("Der russische Außenminister Pjotr Orlow hat am Dienstag in Moskau seinen ägyptischen Kollegen Samir "
            "Fahmi empfangen. Orlow will im Juni nach Kairo reisen und dort von Präsident Adel Mansur empfangen "
            "werden. Die beiden Minister waren zuletzt im November in Rio de Janeiro am Rande des G20-Gipfels "
            "zusammengekommen.")  # fmt: skip
    earlier = [e for e in events_of(text, "de", PUBLISHED) if e.background]
    assert len(earlier) == 1
    assert (earlier[0].type, names(earlier[0]), city(earlier[0])) == ("Meeting", {"Pyotr Orlov", "Samir Fahmi"}, "Rio de Janeiro")
    assert earlier[0].date.value == "2023-11"


def test_wire_dateline_from_a_capital_gives_unmarked_officials_their_state_ru() -> None:
    text = ("МОСКВА, 8 мая. /ТАСС/. Об этом сообщила министр сельского хозяйства Анна Котова. В минувший "
            "понедельник Котова провела телефонный разговор с министром снабжения Египта Шерифом Фаузи.")  # fmt: skip
    extraction = extraction_of(text, "ru", PUBLISHED)
    assert {p.name: p.country for p in extraction.people} == {"Anna Kotova": "RU", "Sherif Fauzi": "EG"}
    call = extraction.events[0]
    assert (call.type, call.countries, call.date.value) == ("PhoneCall", {"RU", "EG"}, "2024-05-06")


def test_verdict_on_an_act_is_a_statement_by_the_apposed_speaker_de() -> None:
    found = events_of("Deutschland hat am Montag zwei polnische Diplomaten ausgewiesen. Der Sprecher des polnischen "
                      "Außenministeriums, Adam Nowicki, nannte die Ausweisung am Dienstag in Warschau \"grundlos\".", "de", PUBLISHED)  # fmt: skip
    assert sorted(e.type for e in found) == ["Expulsion", "Statement"]
    statement = next(e for e in found if e.type == "Statement")
    assert statement.speaker is not None and statement.speaker.name == "Adam Nowicki"
    assert statement.countries == {"PL"} and city(statement) == "Warsaw"


def test_nationality_after_the_name_with_an_article_de() -> None:
    extraction = extract(Article(key="t", language="de", published=PUBLISHED, text=(
        "Außenminister Tom Baker aus den USA und Außenminister Ali Demir aus der Türkei trafen sich am Montag "
        "in Genf.")))  # fmt: skip
    assert {p.name: p.country for p in extraction.people} == {"Tom Baker": "US", "Ali Demir": "TR"}


def test_coordinated_verb_shares_its_subject_de() -> None:
    found = events_of("Botschafter Marco Rossi aus Italien besuchte am Dienstag Hamburg und traf dort "
                      "Bürgermeister Jan Berg.", "de", PUBLISHED)  # fmt: skip
    meeting = next(e for e in found if e.type == "Meeting")
    assert names(meeting) == {"Marco Rossi", "Jan Berg"}


def test_a_city_quoted_is_not_where_the_speaker_spoke_ru() -> None:
    found = events_of("Министр иностранных дел России Игорь Петров провёл во вторник в Москве переговоры с "
                      "коллегой из Малайзии. \"Мы ценим политику Куала-Лумпура\", - заявил Петров.", "ru", PUBLISHED)  # fmt: skip
    statement = next(e for e in found if e.type == "Statement")
    assert city(statement) != "Kuala Lumpur"


def test_a_visit_noun_belongs_to_the_visitor_after_it_ru() -> None:
    found = events_of("Министр иностранных дел России Игорь Петров и министр иностранных дел Малайзии Азман Хашим "
                      "обсудили подготовку визита премьер-министра Малайзии Рашида Исмаила в Россию.", "ru", PUBLISHED)  # fmt: skip
    visit = next(e for e in found if e.type == "Visit")
    assert names(visit) == {"Rashid Ismail"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Delegations of Japan and Chile held talks in Santiago on 3 March. It was the third round of talks between "
         "Japan and Chile; the first took place in Osaka in October.", "en"),
        ("Delegationen aus Japan und Chile führten am 3. März Gespräche in Santiago. Es war die dritte Gesprächsrunde "
         "zwischen Japan und Chile; die erste fand im Oktober in Osaka statt.", "de"),
        ("Des délégations du Japon et du Chili ont tenu des pourparlers à Santiago le 3 mars. Il s'agissait du "
         "troisième cycle de pourparlers entre le Japon et le Chili ; la première a eu lieu à Osaka en octobre.", "fr"),
        ("Delegaciones de Japón y Chile mantuvieron conversaciones en Santiago el 3 de marzo. Fue la tercera ronda de "
         "conversaciones entre Japón y Chile; la primera se celebró en Osaka en octubre.", "es"),
        ("Делегации Японии и Чили провели переговоры в Сантьяго 3 марта. Это был третий раунд переговоров между "
         "Японией и Чили; первый прошёл в Осаке в октябре.", "ru"),
    ],
)  # fmt: skip
def test_a_later_round_follows_the_first_named_only_by_the_ordinal(text: str, lang: str) -> None:
    found = events_of(text, lang, date(2024, 3, 6))
    main = next(e for e in found if not e.background)
    earlier = next(e for e in found if e.background)
    assert len(found) == 2  # no extra event for "the third round ... between Japan and Chile"
    assert (main.date.value, city(main)) == ("2024-03-03", "Santiago")
    assert (earlier.type, earlier.date.value, city(earlier), earlier.countries) == ("Talks", "2023-10", "Osaka", {"JP", "CL"})
    assert main.follows is earlier


def test_summons_without_place_is_in_the_summoning_capital_es() -> None:
    found = events_of("El canciller de Chile, Tomás Irarrázaval, convocó el lunes al embajador boliviano, Rubén Quispe, "
                      "para pedirle explicaciones.", "es", PUBLISHED)  # fmt: skip
    summons = next(e for e in found if e.type == "Summons")
    assert city(summons) == "Santiago"
    assert summons.date.value == "2024-05-06"


def test_expulsion_takes_the_day_of_its_announcement_in_the_next_sentence_de() -> None:
    found = events_of("Die Bundesregierung hat zwei Mitarbeiter der iranischen Botschaft zu unerwünschten Personen "
                      "erklärt. Sie müssen das Land binnen einer Woche verlassen, wie das Auswärtige Amt am Dienstag "
                      "mitteilte.", "de", PUBLISHED)  # fmt: skip
    expulsion = next(e for e in found if e.type == "Expulsion")
    assert expulsion.date.value == "2024-05-07"


def test_verdict_verb_is_a_statement_es() -> None:
    found = events_of("La canciller venezolana, Elena Márquez, calificó este martes la medida de injustificada.", "es", PUBLISHED)
    statement = next(e for e in found if e.type == "Statement")
    assert statement.speaker is not None and statement.speaker.name == "Elena Márquez"
    assert statement.date.value == "2024-05-07"


def test_her_visit_last_week_is_background_and_hers_en() -> None:
    found = events_of("Secretary of State Mark Tollman spoke by phone today with Thai Foreign Minister Suda Chaiyaporn. "
                      "The Secretary thanked Foreign Minister Chaiyaporn for the productive discussions during her "
                      "visit to Washington last week.", "en", date(2024, 5, 22))  # fmt: skip
    visit = next(e for e in found if e.type == "Visit")
    assert names(visit) == {"Suda Chaiyaporn"}
    assert visit.background and visit.date.value == "2024-05-13"  # last week: 13-19 May, a range: its first day
    talks = next(e for e in found if e.type == "Talks")
    assert talks.background and city(talks) == "Washington"


def test_relative_clause_on_the_subject_keeps_the_subject_es() -> None:
    found = events_of("Arrieta, que el lunes habló por teléfono con su homólogo francés, Luc Moreau, viajará en junio a "
                      "Letonia. La ministra de Defensa, Lucía Arrieta, lo anunció.", "es", PUBLISHED)  # fmt: skip
    trip = next(e for e in found if e.type == "Visit")
    assert trip.status == "Planned" and names(trip) == {"Lucía Arrieta"}


def test_earlier_opening_dates_the_act_to_the_day_before_it_es() -> None:
    found = events_of("La ministra de Defensa, Lucía Arrieta, ha recibido este martes en Madrid al secretario general de "
                      "la OTAN, Pieter Wessel. Previamente, Wessel fue recibido en el Palacio de la Moncloa por el "
                      "presidente del Gobierno, Javier Lozano.", "es", PUBLISHED)  # fmt: skip
    second = next(e for e in found if "Javier Lozano" in names(e))
    assert second.type == "Meeting" and second.date.value == "2024-05-07" and not second.background


def test_summit_named_again_and_its_sidelines_fr() -> None:
    found = events_of("Les chefs d'État du Kenya, de l'Ouganda et de la Tanzanie se sont retrouvés mardi à Nairobi pour "
                      "un sommet. Le président kényan Peter Mwangi, hôte de la réunion, a ouvert les travaux en présence "
                      "de ses homologues ougandais Moses Kato et tanzanien Juma Said. En marge du sommet, le ministre "
                      "français des Affaires étrangères, Paul Girard, s'est entretenu avec son homologue kényan, David "
                      "Otieno. Les dirigeants sont convenus de se retrouver en 2026 à Kampala.", "fr", PUBLISHED)  # fmt: skip
    summits = [e for e in found if e.type == "Summit"]
    held = next(e for e in summits if e.status == "Occurred")
    assert {"Peter Mwangi", "Moses Kato"} <= names(held)
    side = next(e for e in found if "Paul Girard" in names(e))
    assert side.date.value == "2024-05-07" and city(side) == "Nairobi"
    planned = next(e for e in summits if e.status == "Planned")
    assert planned.date.value == "2026" and city(planned) == "Kampala"


def test_nakanune_dates_the_arrival_the_day_before_ru() -> None:
    found = events_of("Накануне вечером Президент России Андрей Корнилов прибыл в Ханой с государственным визитом.", "ru", PUBLISHED)
    visit = next(e for e in found if e.type in ("Visit", "StateVisit"))
    assert visit.date.value == "2024-05-07"


# --- round 3: places from datelines and capitals, conferences, sources, background contacts ------------------


def test_a_shouted_dateline_and_a_ministry_seat_place_the_meeting() -> None:
    found = events_of("LIMA, 6 may (EFE).- El canciller peruano, Tomás Quispe, recibió el lunes en la sede de la "
                      "Secretaría de Relaciones Exteriores al vicecanciller chileno, Andrés Soto, informó la Cancillería "
                      "en un comunicado.", "es", PUBLISHED)  # fmt: skip
    assert [(e.type, e.date.value) for e in found] == [("Meeting", "2024-05-06")]  # the communiqué is a source


def test_a_meeting_in_the_capital_of_a_named_country() -> None:
    found = events_of("Der Gesandte Jonas Weber traf am Montag in der litauischen Hauptstadt den Präsidenten Lettlands, Edgars Ozols.", "de", PUBLISHED)
    assert [(e.type, city(e)) for e in found] == [("Meeting", "Vilnius")]


def test_a_meeting_where_a_trip_goes_is_the_travellers() -> None:
    found = events_of("El ministro alemán Jonas Weber viajará el viernes a Lima, donde se reunirá con el presidente "
                      "peruano, Luis Paredes.", "es", PUBLISHED)  # fmt: skip
    meeting = next(e for e in found if e.type == "Meeting")
    assert (names(meeting), meeting.status, city(meeting)) == ({"Jonas Weber", "Luis Paredes"}, "Planned", "Lima")


def test_a_conference_hosted_later_is_planned_and_named_again() -> None:
    text = ("Une conférence sur le Sahel à Paris\n\nLa France accueillera le 20 mai à Paris une conférence sur le "
            "Sahel, a annoncé lundi le ministère. La conférence sera ouverte par la ministre des Affaires étrangères, "
            "Claire Dubois, en présence du ministre nigérien des Affaires étrangères, Issa Maïga.")  # fmt: skip
    found = [e for e in events_of(text, "fr", PUBLISHED) if e.type == "Conference"]
    assert len(found) == 1
    assert (found[0].status, found[0].date.value, city(found[0])) == ("Planned", "2024-05-20", "Paris")
    assert names(found[0]) == {"Claire Dubois", "Issa Maïga"}


def test_a_meeting_held_later_in_its_sentence_is_planned() -> None:
    found = events_of("La reunión entre el canciller peruano, Tomás Quispe, y su homólogo chileno, Andrés Soto, "
                      "prevista para marzo, se celebrará finalmente el 20 de mayo en Lima.", "es", PUBLISHED)  # fmt: skip
    assert [(e.type, e.status, e.date.value) for e in found] == [("Meeting", "Planned", "2024-05-20")]


def test_pluperfect_contacts_are_background() -> None:
    fr = events_of("Le ministre français Paul Roche a reçu mardi à Paris son homologue malien Amadou Keïta. Les deux "
                   "ministres s'étaient réunis en mars à Bamako.", "fr", PUBLISHED)  # fmt: skip
    assert sorted((e.background, city(e)) for e in fr) == [(False, "Paris"), (True, "Bamako")]
    en = events_of("Foreign Minister Anna Berg met her Kenyan counterpart Peter Otieno in Oslo on Tuesday. Berg had met "
                   "Otieno in Nairobi in March.", "en", PUBLISHED)  # fmt: skip
    assert sorted((e.background, city(e)) for e in en) == [(False, "Oslo"), (True, "Nairobi")]


def test_a_date_inside_a_trigger_phrase_dates_that_trigger() -> None:
    found = events_of("Avant la rencontre, le ministre Paul Roche s'est entretenu lundi par téléphone avec son homologue "
                      "malien Amadou Keïta.", "fr", PUBLISHED)  # fmt: skip
    call = next(e for e in found if e.type == "PhoneCall")
    assert call.date.value == "2024-05-06"


def test_an_unmarked_official_at_a_ministry_acts_for_its_state() -> None:
    text = ("El canciller peruano, Tomás Quispe, recibió el lunes en la sede de la Cancillería peruana al "
            "vicecanciller chileno, Andrés Soto. En el encuentro participó también Rosa Huamán.")  # fmt: skip
    extraction = extraction_of(text, "es", PUBLISHED)
    assert next(p for p in extraction.people if p.name == "Rosa Huamán").country == "PE"


def test_a_day_ahead_of_a_late_december_report_lies_in_the_new_year() -> None:
    could = events_of("Foreign Minister Anna Kovacs of Hungary could meet her Polish counterpart Jan Nowicki on 9 January "
                      "in Vienna, diplomats said.", "en", date(2024, 12, 28))  # fmt: skip
    assert [(e.status, e.date.value) for e in could] == [("Uncertain", "2025-01-09")]
    meets = events_of("Die österreichische Außenministerin Eva Lindner trifft am 9. Januar in Wien ihren polnischen "
                      "Amtskollegen Jan Nowicki.", "de", date(2024, 12, 28))  # fmt: skip
    assert [(e.status, e.date.value) for e in meets] == [("Planned", "2025-01-09")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chilean Foreign Minister Andrés Soto has postponed his visit to Lima."),
        ("de", "Der chilenische Außenminister Andrés Soto hat seine Reise nach Lima verschoben."),
        ("fr", "Le ministre chilien des Affaires étrangères Andrés Soto a reporté sa visite à Lima."),
        ("es", "El canciller chileno Andrés Soto aplazó su visita a Lima."),
        ("ru", "Министр иностранных дел Чили Андрес Сото отложил свой визит в Лиму."),
    ],
)
def test_a_postponed_visit_is_still_planned(lang: str, text: str) -> None:
    assert [(e.type, e.status) for e in events_of(text, lang, PUBLISHED)] == [("Visit", "Planned")]


def test_a_called_off_visit_stays_cancelled() -> None:
    found = events_of("Chilean Foreign Minister Andrés Soto cancelled his visit to Lima.", "en", PUBLISHED)
    assert [(e.type, e.status) for e in found] == [("Visit", "Cancelled")]


def test_a_council_session_is_a_gathering_and_its_next_session_has_the_same_parties() -> None:
    found = events_of("Премьер-министры Армении, Белоруссии, Казахстана и России провели в среду в Астане заседание "
                      "межправительственного совета. Премьер-министр Армении Ашот Мелконян и премьер-министр Казахстана "
                      "Ерлан Сабитов обсудили транзит. Следующее заседание совета пройдёт в декабре в Ереване.", "ru", PUBLISHED)  # fmt: skip
    sessions = sorted((e.status, e.date.value, city(e), tuple(sorted(e.countries))) for e in found if e.type == "Conference")
    parties = ("AM", "BY", "KZ", "RU")
    assert sessions == [("Occurred", "2024-05-08", "Astana", parties), ("Planned", "2024-12", "Yerevan", parties)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russian Prime Minister Mikhail Dorokhov and Belarusian Prime Minister Viktor Krupenya held talks in "
               "Minsk on Friday. Twelve agreements were signed after the talks."),
        ("ru", "Председатель правительства России Михаил Дорохов и премьер-министр Белоруссии Виктор Крупеня провели "
               "в пятницу переговоры в Минске. По итогам переговоров подписан пакет из 12 документов."),
    ],
)  # fmt: skip
def test_a_signing_without_signatories_is_done_by_the_parties_of_the_talks(lang: str, text: str) -> None:
    signing = next(e for e in events_of(text, lang, date(2025, 5, 30)) if e.type == "Ceremony")
    assert (sorted(signing.countries), signing.date.value, city(signing)) == (["BY", "RU"], "2025-05-30", "Minsk")


def test_the_place_of_an_announcement_is_not_the_place_of_the_visit_it_announces() -> None:
    found = events_of("Die österreichische Außenministerin Katrin Berger hat ihre für Montag geplante Reise nach Zagreb "
                      "verschoben. Der zweitägige Besuch solle nun am 20. Mai stattfinden, teilte ein Sprecher des "
                      "Außenministeriums am Freitag in Wien mit.", "de", date(2025, 4, 25))  # fmt: skip
    assert [(e.type, e.status, e.date.value, city(e)) for e in found] == [("Visit", "Planned", "2025-05-20", "Zagreb")]


def test_passive_reception_after_opening_pronoun_fr() -> None:
    found = events_of("Le ministre italien des Affaires étrangères, Marco Bellini, se rendra en Tunisie le 3 juin. Il doit "
                      "également être reçu à Tunis par le président tunisien, Kamel Haddad.", "fr", PUBLISHED)  # fmt: skip
    meeting = next(e for e in found if e.type == "Meeting")
    assert meeting.status == "Planned"
    assert names(meeting) == {"Marco Bellini", "Kamel Haddad"}
    assert city(meeting) == "Tunis"


def test_verb_form_after_determiner_is_a_noun_fr() -> None:
    from graph.extract.events import find_mentions
    from graph.extract.text import sentences

    text = "Elle a pris la parole à l'issue de la rencontre. La rencontre a duré deux heures. Il la rencontre demain."
    found = [(m.type, m.entry.pos, m.after) for m in find_mentions(text, "fr", sentences(text))]
    assert found[:2] == [("Meeting", "noun", True), ("Meeting", "noun", False)]
    assert found[2][1] == "verb"  # "il la rencontre": a clitic, not a determiner


def test_statement_verb_takes_no_speaker_across_another_trigger_fr() -> None:
    found = events_of("ROME, 8 mai (AFP) - L'Italie a qualifié mercredi de « francs » les entretiens qu'ont eus la veille à "
                      "Rome le ministre italien des Affaires étrangères, Marco Bellini, et la ministre allemande des Affaires "
                      "étrangères, Anna Weber.", "fr", PUBLISHED)  # fmt: skip
    assert not [e for e in found if e.type == "Statement" and e.speaker is not None]
    talks = next(e for e in found if e.type == "Talks")
    assert names(talks) == {"Marco Bellini", "Anna Weber"}
    assert city(talks) == "Rome"


@pytest.mark.parametrize(("text", "lang"), [
    ("Rome salue des entretiens « francs » avec Berlin", "fr"),
    ("Rome hails frank talks with Berlin", "en"),
    ("Rom lobt offene Gespräche mit Berlin", "de"),
    ("Roma celebra conversaciones francas con Berlín", "es"),
    ("Рим приветствует переговоры с Берлином", "ru"),
])  # fmt: skip
def test_capital_after_with_is_a_party_not_a_place(text: str, lang: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert found
    assert all(city(e) != "Berlin" for e in found)


# Helper round: trip meetings, planned nouns, social-media statements, persona non grata, adverbs, pluperfect.


def test_meetings_planned_at_a_trip_stop_gain_the_traveller_de() -> None:
    found = events_of("BERLIN, 8. Mai (dpa) - Die deutsche Außenministerin Petra Hansen reist am 20. Mai nach Rom. "
                      "In Rom sind ein Treffen mit dem italienischen Außenminister Marco Bellini sowie ein Gespräch mit "
                      "Ministerpräsidentin Chiara Moretti geplant. Hansen hatte am Dienstag mit Bellini telefoniert.", "de", PUBLISHED)  # fmt: skip
    planned = [e for e in found if e.type == "Meeting"]
    assert {frozenset(names(e)) for e in planned} == {
        frozenset({"Petra Hansen", "Marco Bellini"}), frozenset({"Petra Hansen", "Chiara Moretti"})}  # fmt: skip
    assert all(e.status == "Planned" and e.countries >= {"DE", "IT"} for e in planned)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der polnische Präsident Jan Nowicki schrieb am Dienstag auf der Plattform X, er danke Kanada."),
    ("en", "Polish President Jan Nowicki wrote on X on Tuesday that he was grateful to Canada."),
    ("es", "El presidente polaco, Jan Nowicki, escribió el martes en la red social X que agradece a Canadá."),
    ("fr", "Le président polonais, Jan Nowicki, a écrit mardi sur le réseau social X qu'il remerciait le Canada."),
    ("ru", "Президент Польши Ян Новицкий во вторник написал в соцсети X, что благодарен Канаде."),
])  # fmt: skip
def test_a_post_on_a_social_network_is_a_statement(lang: str, text: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert [e.type for e in found] == ["Statement"]
    assert found[0].speaker is not None and found[0].speaker.country == "PL"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Gobierno de Perú declaró este martes personas non gratas a dos diplomáticos de la Embajada de Bolivia."),
    ("ru", "МИД Эстонии во вторник объявил персоной нон грата сотрудника посольства Белоруссии."),
    ("de", "Die Regierung Estlands erklärte am Dienstag einen Diplomaten der belarussischen Botschaft zur persona non grata."),
])  # fmt: skip
def test_declaring_one_or_more_diplomats_persona_non_grata_is_an_expulsion(lang: str, text: str) -> None:
    assert [e.type for e in events_of(text, lang, PUBLISHED)] == ["Expulsion"]


def test_an_adverb_inside_a_french_compound_tense_keeps_the_act() -> None:
    found = events_of("Le ministre belge des Affaires étrangères, Luc Peeters, s'est ensuite entretenu avec son homologue "
                      "marocaine, Nadia Amrani. Les deux ministres ont également signé un accord sur l'eau.", "fr", PUBLISHED)  # fmt: skip
    assert sorted(e.type for e in found) == ["Ceremony", "Meeting"]
    assert all(names(e) == {"Luc Peeters", "Nadia Amrani"} for e in found)


def test_a_pluperfect_closing_its_clause_is_background_de() -> None:
    found = events_of("Die Regierungschefs Polens und Litauens sind am Dienstag in Vilnius zu einem Gipfeltreffen "
                      "zusammengekommen. Bereits im April hatten sich die Außenminister Anna Kowal und Tomas Petraitis in "
                      "Warschau getroffen, um das Treffen vorzubereiten.", "de", PUBLISHED)  # fmt: skip
    earlier = [e for e in found if names(e) == {"Anna Kowal", "Tomas Petraitis"}]
    assert len(earlier) == 1 and earlier[0].background and earlier[0].date.value == "2024-04"


def test_government_consultations_are_talks_de() -> None:
    found = events_of("Die nächsten deutsch-spanischen Regierungskonsultationen sollen im kommenden Jahr in Madrid stattfinden.", "de", PUBLISHED)
    assert [(e.type, e.status) for e in found] == [("Talks", "Planned")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'An aide said that a meeting between Foreign Minister Rafael Ortiz and his Peruvian counterpart '
               'Ana Vargas was "not planned at this stage".'),
        ("de", "Ein Treffen des Außenministers Jan Novak mit seiner polnischen Amtskollegin Ewa Nowak sei "
               "„derzeit nicht geplant“, hieß es."),
        ("es", "La presidenta chilena Paula Soto no tiene previsto viajar a Lima este año."),
        ("en", "British Foreign Secretary John Harding does not plan to travel to Paris this year."),
        ("ru", "Министр иностранных дел России Павел Громов не планирует посетить Берлин в этом году."),
    ],
)
def test_negated_plan_in_quotes_or_before_the_verb_is_no_event(lang: str, text: str) -> None:
    assert [e for e in events_of(text, lang, PUBLISHED) if e.type != "Statement"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Österreich beherbergt die Atomenergiebehörde, deren Inspektoren regelmäßig iranische Atomanlagen besuchen."),
        ("en", "The agency's inspectors regularly visit Iranian nuclear sites."),
        ("fr", "Les inspecteurs de l'agence visitent régulièrement les sites nucléaires iraniens."),
        ("es", "Los inspectores del organismo visitan regularmente las instalaciones nucleares iraníes."),
        ("ru", "Инспекторы агентства регулярно посещают иранские ядерные объекты."),
    ],
)
def test_habitual_visits_are_no_event(lang: str, text: str) -> None:
    assert events_of(text, lang, PUBLISHED) == []


# --- round 7: summits with listed participants, negated and opening acts ---


def test_summit_host_and_represented_states_join_the_summit_en() -> None:
    found = events_of("Nordic leaders held their annual summit in Oslo on Tuesday. Norway's Prime Minister Ingrid Solberg "
                      "hosted the two-day meeting, which was attended by Sweden's Prime Minister Lars Nyberg and "
                      "Finland's President Aino Virtanen. Denmark was represented by Foreign Minister Mette Holm. "
                      "Finland will host next year's summit in Helsinki.", "en", PUBLISHED)  # fmt: skip
    summits = [e for e in found if e.type == "Summit" and e.status == "Occurred"]
    assert len(summits) == 1
    assert {"Ingrid Solberg", "Lars Nyberg", "Aino Virtanen", "Mette Holm"} <= names(summits[0])
    planned = [e for e in found if e.type == "Summit" and e.status == "Planned"]
    assert len(planned) == 1 and not planned[0].attendees and city(planned[0]) == "Helsinki"


def test_represented_by_joins_the_meeting_ru() -> None:
    found = events_of("В среду в Астане прошла встреча министров иностранных дел стран ШОС. Россию представлял министр "
                      "иностранных дел Олег Смирнов, Китай — Ван Лэй.", "ru", PUBLISHED)  # fmt: skip
    meeting = next(e for e in found if e.type in ("Meeting", "Conference"))
    assert {"Oleg Smirnov"} <= names(meeting) and len(meeting.attendees) >= 2


def test_presence_at_the_meeting_joins_it_es() -> None:
    found = events_of("El presidente Julio Ortega recibió el martes al canciller de Perú, Raúl Mendoza. El encuentro, que "
                      "duró una hora, contó con la presencia de la canciller Marta Ríos.", "es", PUBLISHED)  # fmt: skip
    meetings = [e for e in found if e.type == "Meeting"]
    assert len(meetings) == 1
    assert names(meetings[0]) == {"Julio Ortega", "Raúl Mendoza", "Marta Ríos"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Двусторонней встречи с турецкой делегацией в программе министра Олега Смирнова не было.", "ru"),
    ("A meeting between Foreign Minister Tom Hardy and Turkish officials did not take place.", "en"),
    ("Ein Treffen von Außenministerin Anna Berg mit der türkischen Delegation fand am Rande nicht statt.", "de"),
    ("Une rencontre entre la ministre Claire Martin et la délégation turque n'a pas eu lieu.", "fr"),
    ("Una reunión del canciller Pedro Gil con la delegación turca no tuvo lugar.", "es"),
])  # fmt: skip
def test_meeting_that_did_not_take_place_is_no_event(text: str, lang: str) -> None:
    assert not [e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting"]


def test_summit_after_clause_subject_is_not_at_the_summit_en() -> None:
    found = events_of("The summit in Lima came a day after Chilean Foreign Minister Pablo Rojas held talks in Quito with "
                      "his Ecuadorian counterpart Diana Vera.", "en", PUBLISHED)  # fmt: skip
    summit = next(e for e in found if e.type == "Summit")
    assert "Pablo Rojas" not in names(summit)


@pytest.mark.parametrize(("text", "lang"), [
    ("Премьер-министр Олег Смирнов провел переговоры с министром Кении Джоном Омондо. \"Мы ценим партнерство\", – "
     "отметил Олег Смирнов в начале переговоров.", "ru"),
    ("Prime Minister Tom Hardy held talks with Kenyan Minister John Omondo. \"We value this partnership,\" said Tom "
     "Hardy at the start of the talks.", "en"),
])  # fmt: skip
def test_opening_remarks_belong_to_the_talks(text: str, lang: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert not [e for e in found if e.type == "Statement"]
    assert [e for e in found if e.type == "Talks"]


def test_a_trip_with_its_dates_between_verb_and_destination_de() -> None:
    found = events_of("Die Außenministerin Anna Berger reist vom 20. bis 23. Januar nach Ghana.", "de", date(2025, 1, 15))
    visit = next(e for e in found if e.type == "Visit")
    assert visit.status == "Planned" and visit.date is not None and visit.date.value == "2025-01-20"


def test_an_expelled_ambassador_names_the_expelled_state_fr() -> None:
    found = events_of("Le Niger a expulsé l'ambassadeur français lundi.", "fr", date(2025, 1, 15))
    expulsion = next(e for e in found if e.type == "Expulsion")
    assert expulsion.location == Country("NE") and expulsion.countries == {"FR", "NE"}


# Round 8: video calls, wreaths, pronoun subjects, planned signings, "afterwards", earlier rounds, co-chairs.

@pytest.mark.parametrize(("text", "lang"), [
    ("Foreign Minister Clara Voss held a videoconference on Monday with her Chilean counterpart Pablo Rojas.", "en"),
    ("Außenministerin Clara Voss führte am Montag ein Videotelefonat mit ihrem chilenischen Amtskollegen Pablo Rojas.", "de"),
    ("La ministre Clara Voss s'est entretenue lundi par vidéoconférence avec son homologue chilien, Pablo Rojas.", "fr"),
    ("La canciller Clara Voss mantuvo el lunes una videollamada con su homólogo chileno, Pablo Rojas.", "es"),
    ("Министр иностранных дел Клара Фосс в понедельник провела видеозвонок с министром иностранных дел Чили Пабло "
     "Рохасом.", "ru"),
])  # fmt: skip
def test_a_video_call_is_a_phone_call(text: str, lang: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert [e.type for e in found] == ["PhoneCall"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Bundeskanzler Tobias Marr besucht Ghana. Zusammen mit Präsident Kofi Mensah legte er am Dienstag in Accra "
     "einen Kranz am Denkmal der Unabhängigkeit nieder.", "de"),
    ("Chancellor Tobias Marr is visiting Ghana. Together with President Kofi Mensah he laid wreaths at the "
     "independence memorial in Accra on Tuesday.", "en"),
])  # fmt: skip
def test_a_wreath_laid_during_a_visit_is_its_own_ceremony_of_the_visitor(text: str, lang: str) -> None:
    ceremony = next(e for e in events_of(text, lang, PUBLISHED) if e.type == "Ceremony")
    assert names(ceremony) == {"Tobias Marr", "Kofi Mensah"}
    assert ceremony.date is not None and ceremony.date.value == "2024-05-07"


def test_meeting_verb_bracket_spans_several_words_de() -> None:
    found = events_of("Die Außenminister Jan Holm und Pavel Novák kamen am Montag in Prag zu einem längeren Gespräch "
                      "zusammen.", "de", PUBLISHED)  # fmt: skip
    assert [(e.type, names(e)) for e in found] == [("Meeting", {"Jan Holm", "Pavel Novák"})]


@pytest.mark.parametrize(("text", "lang"), [
    ("Chancellor Tobias Marr began a state visit to Ghana on Monday. On Tuesday he and President Kofi Mensah met in "
     "Accra.", "en"),
    ("Kanzler Tobias Marr begann am Montag einen Staatsbesuch in Ghana. Am Dienstag trafen er und Präsident Kofi "
     "Mensah in Accra zusammen.", "de"),
    ("El canciller Tobias Marr inició el lunes una visita de Estado a Ghana. El martes, él y el presidente Kofi Mensah "
     "se reunieron en Accra.", "es"),
])  # fmt: skip
def test_a_pronoun_joined_to_a_named_party_is_the_earlier_subject(text: str, lang: str) -> None:
    meeting = next(e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting")
    assert names(meeting) == {"Tobias Marr", "Kofi Mensah"}


def test_a_future_signing_on_a_planned_visit_is_planned_there_and_then_fr() -> None:
    found = events_of("Le ministre français Luc Garnier a reçu mardi son homologue vietnamien Tran Van Minh. Les deux ministres "
                      "sont convenus de se retrouver à Hanoï le 20 juin. Ils signeront à cette occasion un accord "
                      "franco-vietnamien sur l'éducation.", "fr", PUBLISHED)  # fmt: skip
    signing = next(e for e in found if e.type == "Ceremony")
    assert signing.status == "Planned" and signing.date is not None and signing.date.value == "2024-06-20"
    assert city(signing) == "Hanoi"


def test_will_sign_is_a_planned_signing_en() -> None:
    found = events_of("Foreign Minister Luc Garnier received his counterpart Tran Van Minh in Paris on Tuesday. The two "
                      "ministers will sign a trade agreement in Hanoi in June.", "en", PUBLISHED)  # fmt: skip
    signing = next(e for e in found if e.type == "Ceremony")
    assert (signing.status, signing.background) == ("Planned", False)


@pytest.mark.parametrize(("text", "lang"), [
    ("Präsident Karl Ober legte am Dienstag in Lima einen Kranz nieder. Anschließend kamen er und Präsidentin Rosa "
     "Quispe zu einem Gespräch zusammen.", "de"),
    ("President Karl Ober laid a wreath in Lima on Tuesday. Afterwards, he and President Rosa Quispe met at the "
     "palace.", "en"),
])  # fmt: skip
def test_an_act_told_afterwards_happened_that_day(text: str, lang: str) -> None:
    meeting = next(e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting")
    assert meeting.date is not None and meeting.date.value == "2024-05-07"


@pytest.mark.parametrize(("text", "lang"), [
    ("Chile and Peru held a second round of talks in Lima on Tuesday. The previous round was held in Santiago in "
     "February.", "en"),
    ("Chile und Peru führten am Dienstag in Lima eine zweite Gesprächsrunde. Die vorherige Runde hatte im Februar in "
     "Santiago stattgefunden.", "de"),
    ("Le Chili et le Pérou ont tenu mardi à Lima un deuxième cycle de discussions. Le cycle précédent avait eu lieu en "
     "février à Santiago.", "fr"),
    ("Chile y Perú celebraron el martes en Lima una segunda ronda de conversaciones. La ronda anterior se celebró en "
     "febrero en Santiago.", "es"),
    ("Чили и Перу во вторник провели в Лиме второй раунд переговоров. Предыдущий раунд прошёл в феврале в Сантьяго.",
     "ru"),
])  # fmt: skip
def test_the_previous_round_is_an_earlier_act(text: str, lang: str) -> None:
    earlier = [e for e in events_of(text, lang, PUBLISHED) if e.background]
    assert len(earlier) == 1 and earlier[0].type == "Talks"
    assert earlier[0].date is not None and earlier[0].date.value == "2024-02"


@pytest.mark.parametrize(("text", "lang"), [
    ("Deputy Foreign Minister Ana Ruiz will travel to Lima next week to co-chair the U.S.-Peru Partnership Dialogue with "
     "Vice Minister Jorge Salas.", "en"),
    ("La viceministra Ana Ruiz viajará la próxima semana a Lima para copresidir el diálogo bilateral con el "
     "viceministro Jorge Salas.", "es"),
])  # fmt: skip
def test_a_dialogue_a_trip_is_for_is_held_by_the_traveller(text: str, lang: str) -> None:
    found = events_of(text, lang, PUBLISHED)
    talks = next(e for e in found if e.type == "Talks")
    assert talks.status == "Planned" and names(talks) == {"Ana Ruiz", "Jorge Salas"}
    assert next(e for e in found if e.type == "Visit").status == "Planned"


@pytest.mark.parametrize(("text", "lang"), [
    ("Außenminister Jan Holm ist am Montag zu einem Besuch in Prag eingetroffen. Er und der polnische Außenminister Adam Nowak "
     "könnten am Dienstag am Rande der Beratungen zusammentreffen.", "de"),
    ("Außenminister Jan Holm ist am Montag zu einem Besuch in Prag eingetroffen. Ob es auch zu einer Begegnung mit dem polnischen "
     "Außenminister Adam Nowak kommt, ist offen.", "de"),
    ("Außenminister Jan Holm ist am Montag zu einem Besuch in Prag eingetroffen. Ein Treffen mit dem polnischen Außenminister Adam "
     "Nowak ist möglich.", "de"),
    ("Foreign Minister Jan Holm arrived in Prague on Monday for a visit. A meeting with Polish Foreign Minister Adam "
     "Nowak has not been confirmed.", "en"),
    ("Le ministre Jan Holm est arrivé lundi à Prague pour une visite. Une rencontre avec le ministre polonais Adam "
     "Nowak est tout à fait possible.", "fr"),
])  # fmt: skip
def test_a_hedged_meeting_is_uncertain_and_the_protagonists(text: str, lang: str) -> None:
    meeting = next(e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting")
    assert meeting.status == "Uncertain"
    assert names(meeting) == {"Jan Holm", "Adam Nowak"}


def test_readiness_to_sign_is_no_signing_de() -> None:
    found = events_of("Außenminister Jan Holm besuchte am Montag Prag. Polen sei bereit, das Abkommen \"ohne "
                      "Vorbedingungen\" zu unterzeichnen, sagte Holm.", "de", PUBLISHED)  # fmt: skip
    assert not [e for e in found if e.type == "Ceremony"]


def test_a_working_talk_is_a_meeting_de() -> None:
    found = events_of("Bei einem Arbeitsgespräch mit dem tschechischen Außenminister Pavel Novák ging es am Montag in "
                      "Prag um Energie, sagte der slowakische Außenminister Juraj Kováč.", "de", PUBLISHED)  # fmt: skip
    assert [e.type for e in found if e.type != "Statement"] == ["Meeting"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Министр иностранных дел России Олег Смирнов провёл в Астане переговоры с казахстанским коллегой Ерланом "
     "Сапаровым. Очередное заседание межправительственной комиссии пройдёт в октябре в Омске.", "ru"),
    ("Foreign Minister Oleg Smirnov held talks in Astana with his Kazakh counterpart Yerlan Saparov. The next "
     "session of the joint economic commission will take place in Omsk in October.", "en"),
])  # fmt: skip
def test_a_session_of_a_joint_commission_is_planned_talks(text: str, lang: str) -> None:
    planned = [e for e in events_of(text, lang, PUBLISHED) if e.status == "Planned"]
    assert [(e.type, city(e)) for e in planned] == [("Talks", "Omsk")]


def test_future_receive_is_a_planned_meeting_and_a_day_of_the_visit_no_new_visit_ru() -> None:
    found = events_of("Министр иностранных дел России Олег Смирнов прибыл во вторник в Астану с официальным визитом. "
                      "В четверг, в заключительный день визита, Смирнова примет президент Казахстана Асхат Нуров.", "ru", date(2024, 5, 8))  # fmt: skip
    meeting = next(e for e in found if e.type == "Meeting")
    assert meeting.status == "Planned" and meeting.date is not None and meeting.date.value == "2024-05-09"
    assert len([e for e in found if e.type == "Visit"]) == 1


def test_a_decision_taken_is_no_meeting_ru() -> None:
    found = events_of("Министр иностранных дел России Олег Смирнов заявил, что правительство примет решение в июне.", "ru", PUBLISHED)
    assert not [e for e in found if e.type == "Meeting"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Министр иностранных дел России Олег Смирнов провёл в среду переговоры с министром иностранных дел Казахстана "
     "Ерланом Сапаровым. Министры в последний раз встречались в марте в Москве.", "ru"),
    ("Russian Foreign Minister Oleg Smirnov held talks on Wednesday with Kazakh Foreign Minister Yerlan Saparov. The "
     "ministers last met in March in Moscow.", "en"),
])  # fmt: skip
def test_the_ministers_last_meeting_is_of_the_pair_just_reported(text: str, lang: str) -> None:
    earlier = next(e for e in events_of(text, lang, PUBLISHED) if e.background)
    assert len(earlier.attendees) == 2 and city(earlier) == "Moscow"


@pytest.mark.parametrize(("text", "lang"), [
    ("El canciller Pablo Rojas se reunió el martes en Lima con su homólogo Diego Vera. Por ahora no está prevista una "
     "reunión entre los presidentes.", "es"),
    ("Министр иностранных дел Олег Смирнов провёл во вторник переговоры с коллегой Ерланом Сапаровым. Пока не "
     "запланирована встреча президентов.", "ru"),
])  # fmt: skip
def test_a_meeting_said_not_planned_before_its_noun_is_no_event(text: str, lang: str) -> None:
    assert len(events_of(text, lang, PUBLISHED)) == 1


def test_a_numbered_round_both_agreed_on_is_theirs_es() -> None:
    found = events_of("Chile y Perú cierran la segunda ronda de diálogo. La tercera ronda será en junio.\n"
                      "La viceministra chilena Ana Ruiz y el viceministro peruano Jorge Salas concluyeron el martes en "
                      "Lima la segunda ronda de conversaciones. Ambas delegaciones acordaron celebrar la tercera ronda "
                      "en junio en Santiago.", "es", PUBLISHED)  # fmt: skip
    planned = next(e for e in found if e.status == "Planned")
    assert planned.type == "Talks" and city(planned) == "Santiago" and planned.date.value == "2024-06"
    assert names(planned) == {"Ana Ruiz", "Jorge Salas"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The consultations in Wellington next week will review the Statement of Partnership between New Zealand and Samoa."),
    ("es", "El acuerdo firmado en Lima es por ahora una declaración de intenciones entre Perú y Noruega, reconocen en la delegación."),
    ("fr", "Le Portugal et le Sénégal ont signé à Dakar une déclaration d'intention sur la pêche."),
    ("ru", "Россия и Монголия подписали в Улан-Баторе протокол о намерениях по сотрудничеству."),
])
def test_a_document_called_a_declaration_is_no_statement(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 3))
    assert not [e for e in events if e.type == "Statement"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Later on Friday, Foreign Minister Omar Haddad held talks with Chilean Foreign Minister Ana Soto on "
           "trade, a statement from the Ministry of Foreign Affairs said."),
    ("es", "El canciller marroquí, Omar Haddad, recibió el viernes en Rabat a su homóloga chilena, Ana Soto, "
           "informó un comunicado de la Cancillería."),
    ("fr", "Le ministre marocain des Affaires étrangères, Omar Haddad, a reçu vendredi à Rabat son homologue "
           "chilienne, Ana Soto, indique un communiqué du ministère."),
])
def test_a_closing_clause_naming_the_source_is_no_statement(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 7))
    assert [e.type for e in events] in (["Talks"], ["Meeting"])
