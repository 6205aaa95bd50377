"""Merging event mentions: reciprocal acts stay apart, an earlier contact of "both" keeps its two people."""

from __future__ import annotations

from datetime import date

from where import city_name

from extracted import events_of


def test_reciprocal_expulsions_are_two_acts_each_in_the_expelling_state() -> None:
    text = (
        "Perú expulsa a tres diplomáticos bolivianos y La Paz responde con la misma medida\n\n"
        "El Gobierno boliviano anunció el jueves la expulsión de tres diplomáticos peruanos acreditados en La Paz."
    )
    expulsions = [e for e in events_of(text, "es", date(2025, 3, 6)) if e.type == "Expulsion"]
    assert len(expulsions) == 2
    places = {city_name(e) or getattr(e.location, "code", None) for e in expulsions}
    assert places == {"PE", "La Paz"}


def test_earlier_meeting_of_both_keeps_both_participants() -> None:
    text = (
        "Der österreichische Kanzler Lukas Berger hat am Montag mit dem slowenischen Regierungschef Marko Kranjc "
        "telefoniert. Die beiden Regierungschefs waren zuletzt im Juni in Ljubljana zusammengekommen."
    )
    events = events_of(text, "de", date(2025, 10, 7))
    earlier = [e for e in events if e.background]
    assert len(earlier) == 1
    assert {p.name for p in earlier[0].attendees} == {"Lukas Berger", "Marko Kranjc"}
    assert city_name(earlier[0]) == "Ljubljana"


def test_a_conversation_named_with_a_meeting_is_a_meeting_even_where_a_call_is_reported() -> None:
    found = events_of("WIEN, 8. Mai (APA) - Die österreichische Außenministerin Eva Brunner reist am 20. Mai nach Prag. "
                      "Dort sind ein Treffen mit dem tschechischen Außenminister Pavel Novák und ein Gespräch mit "
                      "Ministerpräsident Karel Dvořák vorgesehen. Brunner hatte am Dienstag mit Novák telefoniert.", "de", date(2024, 5, 8))  # fmt: skip
    calls = [e for e in found if e.type == "PhoneCall"]
    meetings = [e for e in found if e.type == "Meeting"]
    assert len(calls) == 1 and {p.name for p in calls[0].attendees} == {"Eva Brunner", "Pavel Novák"}
    assert {frozenset(p.name for p in e.attendees) for e in meetings} == {
        frozenset({"Eva Brunner", "Pavel Novák"}), frozenset({"Eva Brunner", "Karel Dvořák"})}  # fmt: skip


def test_trip_to_a_city_of_ones_own_country_is_no_visit() -> None:
    text = "Le ministre malien de l'Energie, Moussa Traoré, s'est rendu mardi à Kayes pour inspecter une centrale."
    assert not [e for e in events_of(text, "fr", date(2024, 5, 8)) if e.type in ("Visit", "StateVisit")]
    text = "Une délégation du ministère malien de l'Energie se rendra la semaine prochaine à Kayes pour évaluer une centrale."
    assert not [e for e in events_of(text, "fr", date(2024, 5, 8)) if e.type in ("Visit", "StateVisit")]


def test_trip_abroad_stays_a_visit() -> None:
    text = "Le ministre malien des Affaires étrangères, Moussa Traoré, s'est rendu mardi à Dakar."
    visits = [e for e in events_of(text, "fr", date(2024, 5, 8)) if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].countries == {"ML", "SN"}


def _stops(text: str, lang: str) -> list[tuple[str | None, str | None, str]]:
    visits = [e for e in events_of(text, lang, date(2024, 5, 8)) if e.type == "Visit"]
    return sorted((city_name(e) or getattr(e.location, "code", None), e.date.value if e.date else None, e.status) for e in visits)


def test_trip_with_dated_stops_is_one_visit_per_stop() -> None:
    planned = [("Hanoi", "2024-05-10", "Planned"), ("Manila", "2024-05-13", "Planned")]
    assert _stops("French Foreign Minister Claire Dubois will travel to Hanoi on Friday and on Monday to Manila.", "en") == planned
    assert _stops("La ministre française Claire Dubois se rendra vendredi à Hanoï puis lundi à Manille.", "fr") == planned
    assert _stops("El canciller argentino Diego Suárez viajará el viernes a Hanói y el lunes a Manila.", "es") == planned
    assert _stops("Министр иностранных дел России Павел Громов в пятницу посетит Ханой, а в понедельник Манилу.", "ru") == planned


def test_tour_without_dates_of_its_stops_stays_one_visit() -> None:
    text = "French Foreign Minister Claire Dubois will travel to Hanoi and Manila on Friday."
    assert len(_stops(text, "en")) == 1
    text = "La ministre française Claire Dubois se rendra au Vietnam, aux Philippines et en Indonésie du 13 au 20 mai."
    assert len(_stops(text, "fr")) == 1


def test_traveller_joins_talks_held_by_the_host_of_his_destination() -> None:
    text = ("В мае в Москву с официальным визитом прибудет министр иностранных дел Лаоса Сомсак Вонгсай. "
            "Переговоры с ним проведет министр иностранных дел России Павел Громов.")  # fmt: skip
    talks = [e for e in events_of(text, "ru", date(2024, 4, 8)) if e.type in ("Talks", "Meeting")]
    assert len(talks) == 1 and talks[0].countries == {"LA", "RU"} and len(talks[0].attendees) == 2


def test_statement_of_one_leader_after_a_joint_declaration_is_his_own() -> None:
    text = ("Bundeskanzler Peter Albrecht und der kanadische Premierminister Daniel Fournier veröffentlichten am "
            "Montag eine gemeinsame Erklärung. „Wir haben über konkrete Projekte gesprochen“, sagte Albrecht danach.")  # fmt: skip
    statements = [e for e in events_of(text, "de", date(2024, 5, 8)) if e.type == "Statement"]
    assert len(statements) == 2


def test_the_one_they_held_before_is_an_earlier_meeting() -> None:
    cases = {
        "en": "It will be their second meeting since the one they held in March in Mexico City.",
        "es": "Será la segunda reunión entre ambos desde la que celebraron en marzo en la Ciudad de México.",
        "fr": "Ce sera leur deuxième rencontre depuis celle qu'ils ont tenue en mars à Mexico.",
    }
    opening = {
        "en": "Mexican Foreign Minister Carlos Ruiz will meet Secretary of State Robert Kessler next week. ",
        "es": "El canciller mexicano Carlos Ruiz se reunirá la próxima semana con el secretario de Estado Robert Kessler. ",
        "fr": "Le ministre mexicain Carlos Ruiz rencontrera la semaine prochaine le secrétaire d'État Robert Kessler. ",
    }
    for lang, text in cases.items():
        found = events_of(opening[lang] + text, lang, date(2024, 5, 8))
        earlier = [e for e in found if e.background]
        assert len(earlier) == 1, lang
        assert (earlier[0].status, earlier[0].date.value, city_name(earlier[0])) == ("Occurred", "2024-03", "Mexico City"), lang
        assert {p.name for p in earlier[0].attendees} == {"Carlos Ruiz", "Robert Kessler"}, lang


def test_talks_where_a_trip_goes_are_held_by_the_traveller() -> None:
    text = ("Minister Sophie Martin of Canada will travel to Manila on Saturday for her first official visit to the "
            "Philippines, where she will hold bilateral talks with Secretary Ramon Cruz.")  # fmt: skip
    talks = [e for e in events_of(text, "en", date(2024, 5, 8)) if e.type == "Talks"]
    assert len(talks) == 1 and {p.name for p in talks[0].attendees} == {"Sophie Martin", "Ramon Cruz"}
    assert talks[0].status == "Planned"


def test_counter_summons_of_the_other_envoy_is_a_summons_of_its_own() -> None:
    text = ("Der iranische Botschafter Reza Karimi wurde am Donnerstag ins Außenministerium in Wien einbestellt. "
            "Teheran kündigte eine Reaktion an. Der österreichische Geschäftsträger in Teheran wurde am Freitag "
            "ins dortige Außenministerium einbestellt.")  # fmt: skip
    summons = [e for e in events_of(text, "de", date(2024, 5, 8)) if e.type == "Summons"]
    assert len(summons) == 2
    assert "AT" in summons[1].countries and not summons[1].attendees


def test_earlier_meeting_told_with_a_noun_and_a_participle_is_background() -> None:
    text = "Die Außenminister Jan Novak und Ewa Nowak waren zuletzt im Dezember in Genf zu einem Gespräch zusammengekommen."
    found = events_of(text, "de", date(2024, 5, 8))
    assert len(found) == 1 and found[0].background


def test_every_country_listed_after_a_title_takes_part() -> None:
    text = "Leaders of Germany, Russia and Poland gathered for a summit in Berlin on Monday."
    summits = [e for e in events_of(text, "en", date(2024, 5, 8)) if e.type == "Summit"]
    assert len(summits) == 1 and summits[0].countries == {"DE", "RU", "PL"}


def test_meeting_of_the_ministers_of_a_summits_states_is_theirs() -> None:
    cases = {
        "en": "The leaders of Estonia, Latvia and Lithuania held a summit in Riga on Monday. "
              "In March the foreign ministers of the three states had met in Tallinn.",
        "fr": "Les dirigeants de l'Estonie, de la Lettonie et de la Lituanie ont tenu lundi un sommet à Riga. "
              "Les ministres des trois pays s'étaient réunis en mars à Tallinn.",
        "es": "Los líderes de Estonia, Letonia y Lituania celebraron el lunes una cumbre en Riga. "
              "Los cancilleres de los tres países se habían reunido en marzo en Tallin.",
        "ru": "Лидеры Эстонии, Латвии и Литвы в понедельник провели саммит в Риге. "
              "Министры трех стран встречались в марте в Таллине.",
    }
    for lang, text in cases.items():
        earlier = [e for e in events_of(text, lang, date(2024, 5, 8)) if e.background]
        assert len(earlier) == 1, lang
        assert earlier[0].countries == {"EE", "LV", "LT"} and earlier[0].date.value == "2024-03", lang


def test_agreeing_to_continue_the_dialogue_at_a_set_time_and_place_is_a_planned_meeting() -> None:
    opening = {
        "en": "Kazakh Foreign Minister Yerlan Sadykov spoke by phone with South African Foreign Minister Thabo Ndlovu. ",
        "ru": "Министр иностранных дел Казахстана Ерлан Садыков провел телефонный разговор с министром иностранных дел ЮАР Табо Ндлову. ",
    }
    agreed = {
        "en": "They agreed to continue the dialogue in September in New York.",
        "ru": "Стороны договорились продолжить диалог в сентябре в Нью-Йорке.",
    }
    for lang, text in agreed.items():
        found = events_of(opening[lang] + text, lang, date(2024, 5, 8))
        planned = [e for e in found if e.status == "Planned"]
        assert len(planned) == 1, lang
        assert planned[0].type == "Meeting" and planned[0].date.value == "2024-09" and len(planned[0].attendees) == 2, lang
    vague = events_of(opening["en"] + "They agreed to continue the dialogue.", "en", date(2024, 5, 8))
    assert [e.type for e in vague] == ["PhoneCall"]


def test_talks_a_trip_is_for_are_the_travellers_there_and_then() -> None:
    cases = {
        "en": "British Foreign Secretary Anna Bell will travel to New Delhi next month to co-chair with her counterpart "
              "the next session of the strategic dialogue.",
        "fr": "La ministre française Claire Dubois se rendra à New Delhi le mois prochain afin de co-présider avec son "
              "homologue la prochaine session du dialogue stratégique.",
        "ru": "Министр иностранных дел России Павел Громов в следующем месяце посетит Нью-Дели, чтобы вместе с индийским "
              "коллегой провести очередной раунд стратегического диалога.",
    }
    for lang, text in cases.items():
        talks = [e for e in events_of(text, lang, date(2024, 5, 8)) if e.type == "Talks"]
        assert len(talks) == 1, lang
        assert (talks[0].status, talks[0].date.value, city_name(talks[0])) == ("Planned", "2024-06", "New Delhi"), lang
        assert "IN" in talks[0].countries, lang


def test_trip_of_another_month_is_not_a_stop_of_a_planned_state_visit() -> None:
    text = ("Les deux ministres ont préparé la visite d'État du président français Marc Laval en Inde, prévue en "
            "juillet. La ministre française Claire Dubois se rendra à New Delhi en juin.")  # fmt: skip
    visits = sorted(e.date.value for e in events_of(text, "fr", date(2024, 5, 8)) if e.type in ("Visit", "StateVisit"))
    assert visits == ["2024-06", "2024-07"]


def test_meeting_named_after_since_is_an_earlier_one_of_the_same_parties() -> None:
    cases = {
        "en": "Foreign Minister Carlos Ruiz of Mexico met Secretary of State Robert Kessler on Monday, the first time "
              "since their meeting in March in Mexico City.",
        "de": "Der mexikanische Außenminister Carlos Ruiz traf am Montag US-Außenminister Robert Kessler, zum ersten "
              "Mal seit ihrem Treffen im März in Mexiko-Stadt.",
        "ru": "Министр иностранных дел Мексики Карлос Руис в понедельник встретился с госсекретарем США Робертом "
              "Кесслером впервые с момента их встречи в марте в Мехико.",
    }
    for lang, text in cases.items():
        earlier = [e for e in events_of(text, lang, date(2024, 5, 8)) if e.background]
        assert len(earlier) == 1, lang
        assert (earlier[0].date.value, city_name(earlier[0]), len(earlier[0].attendees)) == ("2024-03", "Mexico City", 2), lang


def test_remarks_to_the_press_after_a_summit_are_dated_by_it() -> None:
    text = ("Los presidentes de Uruguay, Argentina y Paraguay celebraron este lunes en Montevideo la cumbre del bloque. "
            "El anfitrión, el presidente uruguayo Martín Soto, abrió la reunión junto a sus homólogos Pedro Acosta "
            "(Argentina) y Óscar Duarte (Paraguay). En declaraciones a la prensa tras la cumbre, Duarte afirmó que su "
            "prioridad será \"un bloque más abierto\".")  # fmt: skip
    found = events_of(text, "es", date(2024, 5, 7))
    statements = [e for e in found if e.type == "Statement"]
    assert len(statements) == 1 and statements[0].date.value == "2024-05-06"
    assert not [e for e in found if e.background]


def test_the_two_leaders_recalling_a_meeting_are_the_pair_of_the_held_call_not_of_a_plan() -> None:
    text = (
        "Secretary of State Mark Hollis held a phone call today with Kenyan Foreign Minister Grace Wanjiru. "
        "The Secretary noted that Deputy Secretary Tom Reyes will travel to Nairobi next month to co-chair the "
        "U.S.-Kenya Strategic Dialogue with Principal Secretary Peter Otieno. The two leaders recalled their "
        "meeting in Geneva last month."
    )
    found = events_of(text, "en", date(2025, 10, 22))
    earlier = next(e for e in found if e.background and e.type == "Meeting")
    assert {p.name for p in earlier.attendees} == {"Mark Hollis", "Grace Wanjiru"}


def test_conversation_after_a_meeting_is_that_meeting_even_where_a_call_is_reported() -> None:
    text = (
        "Die Premierministerin Neuseelands, Kiri Walker, empfing Rui Costa, den Ministerpräsidenten Portugals, in "
        "Wellington. Costa war mit einer Wirtschaftsdelegation in Auckland gelandet. "
        "Im Anschluss an das Gespräch unterzeichneten die beiden Regierungschefs ein Abkommen über Meeresforschung. "
        "Vorbereitet worden war der Besuch in einem Telefonat im Januar."
    )
    events = events_of(text, "de", date(2026, 4, 28))
    calls = [e for e in events if e.type == "PhoneCall"]
    assert all(e.date is not None and e.date.value == "2026-01" for e in calls)  # the call of January only
    assert len([e for e in events if e.type in ("Meeting", "Talks")]) == 1
