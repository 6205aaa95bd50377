"""Events and officials read from their context: names in other cases, roles after names, the state of an
official whose title names none, the traveller of a trip meeting its hosts, plans told at a clause's end."""

from __future__ import annotations

from graph.model import Extraction

from extracted import events_of, extraction_of


PUBLISHED = "2025-06-10"


def _person(extraction: Extraction, surname: str):
    return next(p for p in extraction.people if p.name.split()[-1].startswith(surname))


def test_russian_name_after_an_adjective_and_title_in_the_instrumental_is_nominative() -> None:
    x = extraction_of("Министр иностранных дел Казахстана Ерлан Сапаров провёл в пятницу переговоры с киргизским коллегой "
                            "Нурланом Жумабековым.", "ru", PUBLISHED)  # fmt: skip
    names = {name for p in x.people for name in {p.name, *p.alternate_names}}
    assert "Нурлан Жумабеков" in names
    assert "Нурланом Жумабековым" not in {p.name for p in x.people}


def test_russian_preposition_gives_the_case_of_the_name() -> None:
    from graph.extract.translit import ru_case_of

    assert ru_case_of("с") == "ins"
    assert ru_case_of("у") == "gen"


def test_foreign_secretary_of_a_text_that_never_names_britain_is_not_british() -> None:
    x = extraction_of("Deputy Secretary Mark Olsen will travel to Kathmandu next week to co-chair the U.S.-Nepal dialogue "
                            "with Foreign Secretary Bimala Thapa.", "en", PUBLISHED)  # fmt: skip
    assert _person(x, "Thapa").country != "GB"


def test_capital_on_a_line_of_its_own_is_the_dateline() -> None:
    text = ("Pakistan protests over border firing\n\nISLAMABAD\n\nForeign Secretary Tariq Mahmood will travel to Kabul "
            "next week for consultations, the ministry said on Monday.")  # fmt: skip
    assert _person(extraction_of(text, "en", PUBLISHED), "Mahmood").country == "PK"


def test_capitalised_portfolio_words_before_the_state_are_no_name() -> None:
    x = extraction_of("Las reuniones fueron encabezadas por la viceministra de Asuntos Consulares de Chile, Paula Serrano.", "es", PUBLISHED)
    assert [(p.name, p.country) for p in x.people] == [("Paula Serrano", "CL")]
    x = extraction_of("Elle a été reçue par la vice-ministre des Affaires Consulaires du Chili, Paula Serrano.", "fr", PUBLISHED)
    assert [(p.name, p.country) for p in x.people] == [("Paula Serrano", "CL")]


def test_adjective_of_a_council_before_its_state_keeps_the_name() -> None:
    x = extraction_of("Il a été reçu mardi par le président du Conseil souverain soudanais, Hamid Osmane.", "fr", PUBLISHED)
    assert [(p.name, p.country) for p in x.people] == [("Hamid Osmane", "SD")]


def test_forum_after_a_title_is_no_name() -> None:
    x = extraction_of("On Friday she met Losa Tuilagi, the secretary general of the Pacific Regional Forum, in Apia.", "en", PUBLISHED)
    assert [p.name for p in x.people] == ["Losa Tuilagi"]


def test_traveller_meets_the_host_named_alone_during_the_trip() -> None:
    text = ("Staatssekretär Jonas Weber reist am Montag nach Kenia. In Nairobi wird er am Dienstag mit der kenianischen "
            "Außenministerin Grace Wanjiru zusammentreffen.")  # fmt: skip
    x = extraction_of(text, "de", "2025-06-06")
    meetings = [e for e in x.events if e.type == "Meeting"]
    assert meetings and {p.name for p in meetings[0].attendees} == {"Jonas Weber", "Grace Wanjiru"}


def test_german_clause_ending_on_a_plan_word_makes_the_talks_planned() -> None:
    text = ("Staatssekretär Jonas Weber reist nach Kenia. In Nairobi sind Gespräche mit Präsident Samuel Otieno sowie "
            "ein Besuch bei Vertretern der Wirtschaft geplant.")  # fmt: skip
    talks = [e for e in events_of(text, "de", PUBLISHED) if e.type == "Talks"]
    assert talks and talks[0].status == "Planned"
    done = extraction_of("Die Gespräche zwischen Präsident Samuel Otieno und Kanzler Jonas Weber fanden wie geplant statt.", "de", PUBLISHED)
    assert all(e.status == "Occurred" for e in done.events)


def test_phone_talks_are_a_phone_call() -> None:
    x = extraction_of("On Monday, Foreign Minister Lee Ji-hoon held phone talks with Australian Foreign Minister Emma Clarke.", "en", PUBLISHED)
    assert [e.type for e in x.events] == ["PhoneCall"]


def test_leaders_gathering_for_a_summit_is_the_summit() -> None:
    x = extraction_of("Les chefs d'État du Kenya, de l'Ouganda et de la Tanzanie se sont réunis samedi à Arusha pour un "
                            "sommet extraordinaire.", "fr", PUBLISHED)  # fmt: skip
    assert [e.type for e in x.events] == ["Summit"]
    x = extraction_of("The leaders of Kenya, Uganda and Tanzania met in Arusha on Saturday for a summit on regional trade.", "en", PUBLISHED)
    assert [e.type for e in x.events] == ["Summit"]


def test_host_welcoming_three_peers_after_a_summit_names_its_attendees() -> None:
    text = ("Les chefs d'État d'Afrique de l'Est se sont réunis samedi à Arusha pour un sommet extraordinaire. Le président "
            "tanzanien Juma Mrisho a accueilli ses homologues, parmi lesquels le Kényan Peter Mwangi, l'Ougandais Moses "
            "Okello et le Rwandais Eric Habimana.")  # fmt: skip
    summits = [e for e in events_of(text, "fr", PUBLISHED) if e.type == "Summit"]
    assert len(summits) == 1 and len(summits[0].attendees) == 4


def test_official_of_a_sentence_opening_on_a_capital_is_of_its_state() -> None:
    text = ("Latvia expelled a Russian diplomat on Tuesday. In Moscow, Foreign Ministry spokesman Pavel Orlov on "
            "Wednesday called the decision hostile.")  # fmt: skip
    assert _person(extraction_of(text, "en", PUBLISHED), "Orlov").country == "RU"


def test_official_leading_a_states_delegation_is_of_that_state() -> None:
    x = extraction_of("Переговоры пройдут в декабре в Пекине, монгольскую делегацию возглавит министр финансов Болд Дорж.", "ru", PUBLISHED)
    assert _person(x, "Dorj" if any(p.name.endswith("Dorj") for p in x.people) else "Dorzh").country == "MN"
    x = extraction_of("The talks will be held in Beijing in December; the Mongolian delegation will be led by Finance "
                            "Minister Bold Dorj.", "en", PUBLISHED)  # fmt: skip
    assert _person(x, "Dorj").country == "MN"


def test_press_attache_is_staff_not_a_traveller() -> None:
    text = ("La ministre canadienne Julie Gagnon se rendra à Lima le 3 mars, selon son attachée de presse, "
            "Chloé Martel.")  # fmt: skip
    x = extraction_of(text, "fr", PUBLISHED)
    visits = [e for e in x.events if e.type == "Visit"]
    assert visits and [p.name for p in visits[0].attendees] == ["Julie Gagnon"]
    assert _person(x, "Martel").country == "CA"


def test_statement_at_a_briefing_is_found_in_every_language() -> None:
    en = extraction_of('"We want calm," Foreign Ministry spokesperson Ravi Menon said at the weekly media briefing on Friday.', "en", PUBLISHED)
    assert [(e.type, e.speaker and e.speaker.name) for e in en.events] == [("Statement", "Ravi Menon")]
    ru = extraction_of("Об этом сообщил в пятницу на брифинге официальный представитель МИД России Олег Карпов.", "ru", PUBLISHED)
    assert [e.type for e in ru.events] == ["Statement"]
    es = extraction_of('"Queremos calma", ha asegurado el ministro Tomás Vidal en una comparecencia ante los medios.', "es", PUBLISHED)
    assert [(e.type, e.speaker and e.speaker.name) for e in es.events] == [("Statement", "Tomás Vidal")]


def test_arrival_told_with_a_plan_stays_a_past_visit() -> None:
    text = ("El canciller paraguayo Luis Benítez llegó el lunes a Lima, donde se reunirá el miércoles con su par "
            "peruano, Carlos Rojas.")  # fmt: skip
    x = extraction_of(text, "es", "2025-06-10")
    visits = [e for e in x.events if e.type == "Visit"]
    assert visits and visits[0].status == "Occurred" and visits[0].date.value == "2025-06-09"


def test_trip_verb_and_state_visit_noun_a_few_words_apart_are_one_state_visit() -> None:
    x = extraction_of("La presidenta de Chile, Ana Soto, llegó el domingo a Lima en visita de Estado.", "es", "2025-06-10")
    assert [e.type for e in x.events] == ["StateVisit"]


def test_agreed_to_meet_after_a_call_is_a_plan_of_both() -> None:
    text = ("Foreign Minister Ana Duarte spoke by phone on Tuesday with her Chilean counterpart, Pablo Rivas, and the "
            "two agreed to meet in Santiago next month.")  # fmt: skip
    planned = [e for e in events_of(text, "en", PUBLISHED) if e.status == "Planned"]
    assert [(e.type, {p.name for p in e.attendees}) for e in planned] == [("Meeting", {"Ana Duarte", "Pablo Rivas"})]


def test_reception_of_a_summoned_envoy_is_the_summons() -> None:
    text = ("Ghana summons Togolese envoy over border incident\n\nACCRA, Ghana (AP) — Ghana on Monday summoned Togo's "
            "ambassador. Ambassador Koffi Adjovi was received at the ministry in Accra by Deputy Foreign Minister Kwesi Mensah, "
            "who handed him a protest note.")  # fmt: skip
    x = extraction_of(text, "en", "2025-06-10")
    assert [e.type for e in x.events] == ["Summons"]
    assert {p.name for p in x.events[0].attendees} == {"Koffi Adjovi", "Kwesi Mensah"}


def test_heads_of_state_of_a_bloc_meeting_is_a_summit() -> None:
    text = ("The heads of state of the East African Community, including Kenya and Uganda, met in Arusha in February "
            "and pledged to ease trade.")  # fmt: skip
    assert [e.type for e in events_of(text, "en", PUBLISHED)] == ["Summit"]


def test_session_of_the_commission_is_talks() -> None:
    text = ("Kazakh Foreign Minister Aidar Nurlanov and Uzbek Foreign Minister Jamshid Karimov held a session of the "
            "commission in Tashkent on Monday.")  # fmt: skip
    assert [e.type for e in events_of(text, "en", PUBLISHED)] == ["Talks"]


def test_meetings_told_one_after_the_other_are_two() -> None:
    cases = {
        "fr": "La ministre Anne Roche s'est entretenue lundi à Lima avec le président Luis Arce, puis avec le premier "
              "ministre, Carlos Mesa.",
        "en": "Foreign Minister Ana Duarte met President Luis Arce in Lima on Monday and then with Prime Minister Carlos Mesa.",
        "es": "La canciller Ana Duarte se reunió el lunes en Lima con el presidente Luis Arce y luego con el primer "
              "ministro Carlos Mesa.",
        "de": "Außenministerin Anna Berg traf am Montag in Lima Präsident Luis Arce und danach mit Premierminister Carlos "
              "Mesa zusammen.",
    }  # fmt: skip
    for lang, text in cases.items():
        meetings = [e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting"]
        assert [len(e.attendees) for e in meetings] == [2, 2], lang
        assert meetings[0].attendees[0] is meetings[1].attendees[0], lang


def test_guest_expected_on_a_weekday_in_a_city_is_a_planned_visit() -> None:
    x = extraction_of("Le ministre égyptien Hossam Farouk est attendu mardi à Damas, où il doit rencontrer son homologue "
                            "syrien, Maher Al-Khatib.", "fr", "2025-11-17")  # fmt: skip
    assert [(e.type, e.status) for e in x.events] == [("Visit", "Planned"), ("Meeting", "Planned")]


def test_analyst_quoted_after_a_title_does_not_take_it() -> None:
    text = ("Saudi crown prince skips Gulf summit\n\nThe leaders met in Doha on Monday. \"The absence of the crown prince "
            "is a message,\" said Leila Haddad, an analyst at a university in Beirut.")  # fmt: skip
    haddad = _person(extraction_of(text, "en", PUBLISHED), "Haddad")
    assert haddad.role is None and haddad.country != "SA"


def test_appeal_to_return_to_negotiations_is_no_event() -> None:
    assert events_of("The leaders urged Iran to return to negotiations over its nuclear programme.", "en", PUBLISHED) == []
    assert events_of("Les dirigeants ont exhorté l'Iran à reprendre les négociations sur son programme nucléaire.", "fr", PUBLISHED) == []


def test_the_minister_is_the_one_named_before_not_a_counterpart_named_later() -> None:
    text = ("Le ministre égyptien des Affaires étrangères, Hossam Farouk, était lundi à Beyrouth. Le ministre est "
            "attendu mardi à Damas. Dimanche, il s'était entretenu au téléphone avec son homologue français, Paul "
            "Marchand.")  # fmt: skip
    visits = [e for e in events_of(text, "fr", "2025-11-17") if e.type == "Visit" and e.status == "Planned"]
    assert visits and [p.name for p in visits[0].attendees] == ["Hossam Farouk"]


def test_talks_told_by_their_last_and_first_day_are_one_act_dated_by_the_first() -> None:
    text = ("Perú y Ecuador concluyeron ayer en Lima la segunda ronda de diálogo sobre la frontera. Las conversaciones, "
            "que comenzaron el martes, estuvieron encabezadas por el viceministro peruano Luis Paredes y por el "
            "viceministro ecuatoriano Jorge Vera.")  # fmt: skip
    talks = [e for e in events_of(text, "es", "2026-02-05") if e.type == "Talks"]
    assert [(e.date.value, len(e.attendees)) for e in talks] == [("2026-02-03", 2)]


def test_headline_cancelling_a_trip_in_the_present() -> None:
    x = extraction_of("Le Quai d'Orsay annule le déplacement de la ministre Claire Dubois au Niger", "fr", PUBLISHED)
    assert [(e.type, e.status) for e in x.events] == [("Visit", "Cancelled")]


def test_will_embark_on_a_tour_is_a_planned_visit() -> None:
    x = extraction_of("Foreign Minister Kim Dae-ho will embark on a three-nation tour of Central Asia this month.", "en", PUBLISHED)
    assert [(e.type, e.status) for e in x.events] == [("Visit", "Planned")]


def test_the_two_ministers_who_met_before_are_the_two_counterparts() -> None:
    text = ("La ministre canadienne Julie Gagnon se rendra à Lima en mars. Elle doit y rencontrer son homologue "
            "péruvienne, Rosa Quispe. Lundi, la ministre avait reçu à Ottawa l'ambassadeur du Pérou, Raúl Soto. Les "
            "deux ministres s'étaient rencontrées pour la première fois en septembre, à New York.")  # fmt: skip
    earlier = [e for e in events_of(text, "fr", "2025-12-04") if e.background and e.date and e.date.value == "2025-09"]
    assert earlier and {p.name for p in earlier[0].attendees} == {"Julie Gagnon", "Rosa Quispe"}


def test_planned_session_abroad_led_by_one_side_has_the_host_as_other_party() -> None:
    x = extraction_of("The next session of the intergovernmental commission will be held in Seoul in November; the Uzbek "
                            "delegation will be led by Trade Minister Bobur Karimov.", "en", "2025-10-01")  # fmt: skip
    talks = [e for e in x.events if e.type == "Talks"]
    assert talks and talks[0].countries == {"UZ", "KR"} and talks[0].status == "Planned"


def test_signatures_put_under_a_document_are_a_signing_of_the_two() -> None:
    text = ("Österreich und Usbekistan haben gestern in Wien ein Abkommen unterzeichnet. Außenministerin Eva Gruber und "
            "ihr usbekischer Amtskollege Rustam Aliyev setzten im Außenministerium ihre Unterschriften unter das Dokument.")
    signings = [e for e in events_of(text, "de", "2025-03-12") if e.type == "Ceremony"]
    assert signings and {p.name for p in signings[0].attendees} == {"Eva Gruber", "Rustam Aliyev"}


def test_german_earlier_without_comma_is_the_same_day() -> None:
    text = ("Außenministerin Eva Gruber und ihr usbekischer Amtskollege Rustam Aliyev haben am Dienstag in Wien ein "
            "Abkommen unterzeichnet. Zuvor hatten die beiden Minister zwei Stunden lang über Energiefragen beraten.")
    talks = [e for e in events_of(text, "de", "2025-03-12") if e.type == "Talks"]
    assert talks and talks[0].date is not None and talks[0].date.value == "2025-03-11"


def test_guest_to_be_received_in_a_palace_of_the_host_state_is_a_planned_meeting() -> None:
    text = ("La canciller chilena, Paula Soto, recibió ayer en Madrid a su homólogo español. La jefa de la diplomacia "
            "chilena, que llegó a Madrid el lunes, será recibida hoy en el Palacio de la Moncloa por el presidente "
            "del Gobierno.")  # fmt: skip
    planned = [e for e in events_of(text, "es", "2025-04-16") if e.status == "Planned"]
    assert [(e.type, [p.name for p in e.attendees]) for e in planned] == [("Meeting", ["Paula Soto"])]


def test_future_auxiliary_earlier_in_the_clause_makes_the_meeting_planned() -> None:
    text = "Finnish Foreign Minister Elina Virtanen will raise the matter with her Baltic counterparts at a meeting in Riga on Friday."
    meetings = [e for e in events_of(text, "en", "2025-09-23") if e.type == "Meeting"]
    assert meetings and meetings[0].status == "Planned" and meetings[0].countries == {"FI", "LV"}
    held = extraction_of("After the talks, Foreign Minister Elina Virtanen met her Latvian counterpart Janis Ozols in Riga.", "en", PUBLISHED)
    assert all(e.status == "Occurred" for e in held.events)


def test_receiving_a_phone_call_is_the_call() -> None:
    fr = extraction_of("Le ministre Karim Saïdi a reçu mercredi un appel téléphonique de son homologue espagnole, Elena Ruiz.", "fr", PUBLISHED)
    assert [(e.type, len(e.attendees)) for e in fr.events] == [("PhoneCall", 2)]
    en = extraction_of("Foreign Minister Karim Saidi received a phone call from his Spanish counterpart Elena Ruiz on Wednesday.", "en", PUBLISHED)
    assert [(e.type, len(e.attendees)) for e in en.events] == [("PhoneCall", 2)]


def test_communique_that_reports_the_call_is_its_source_not_a_statement() -> None:
    text = ("Le ministre Karim Saïdi s'est entretenu mercredi par téléphone avec son homologue espagnole, Elena Ruiz, "
            "indique un communiqué du ministère.")  # fmt: skip
    assert [e.type for e in events_of(text, "fr", PUBLISHED)] == ["PhoneCall"]


def _events(x: Extraction, kind: str) -> list:
    return [e for e in x.events if e.type == kind]


def test_a_pronoun_sentence_gives_its_referent_to_a_call_noun() -> None:
    texts = {
        "en": "Foreign Minister Anna Berg condemned the verdict on Wednesday. She had raised the case in December in a "
              "phone call with Iranian Foreign Minister Ali Karimi.",
        "de": "Außenministerin Jana Wolf nannte das Urteil am Mittwoch inakzeptabel. Sie hatte den Fall bereits im "
              "Dezember in einem Telefonat mit dem iranischen Außenminister Ali Karimi angesprochen.",
        "fr": "La ministre Anne Morel a condamné le verdict mercredi. Elle avait évoqué le cas en décembre lors d'un "
              "entretien téléphonique avec le ministre iranien des Affaires étrangères, Ali Karimi.",
    }  # fmt: skip
    for lang, text in texts.items():
        calls = _events(extraction_of(text, lang, "2026-03-10"), "PhoneCall")
        assert [sorted(p.name.split()[-1] for p in e.attendees) for e in calls] == [["Karimi", text.split()[2]]] or \
            [len(e.attendees) for e in calls] == [2], lang


def test_a_summons_told_in_the_passive_pluperfect_is_background() -> None:
    x = extraction_of("Das Auswärtige Amt hat am Montag den iranischen Botschafter Ali Rahimi einbestellt. Staatssekretär "
                            "Jan Roth habe Rahimi die Haltung der Regierung klargemacht. Der Botschafter war bereits im Oktober "
                            "einbestellt worden, damals wegen Drohungen gegen Journalisten.", "de", "2026-02-12")  # fmt: skip
    summons = _events(x, "Summons")
    assert any(e.background and e.date and e.date.value == "2025-10" for e in summons)


def test_an_act_of_an_earlier_month_is_background_when_the_main_event_has_no_date() -> None:
    x = extraction_of("Bundespräsident Jan Berger ist in Hanoi eingetroffen und traf Präsident Le Van Minh am Mittwoch. "
                            "Der Besuch erwidert die Reise des vietnamesischen Staatschefs nach Berlin im Juni 2024.", "de", "2025-10-23")  # fmt: skip
    old = [e for e in x.events if e.date and e.date.value.startswith("2024")] or [e for e in x.events if e.background]
    assert old and all(e.background for e in old)


def test_a_secretary_for_foreign_affairs_is_a_foreign_minister_of_the_state_named() -> None:
    texts = {
        "fr": "La ministre a rencontré M. Jose Santos, secrétaire aux Affaires étrangères des Philippines.",
        "en": "The minister met Jose Santos, the Philippine Secretary of Foreign Affairs, in Paris.",
        "es": "La ministra se reunió con el secretario de Asuntos Exteriores de Filipinas, Jose Santos.",
    }
    for lang, text in texts.items():
        santos = _person(extraction_of(text, lang, PUBLISHED), "Santos")
        assert (santos.role, santos.country) == ("Minister of Foreign Affairs", "PH"), lang


def test_a_cyrillic_arabic_particle_stays_in_the_name() -> None:
    x = extraction_of("Состоялся телефонный разговор Президента России Ивана Смирнова с Премьер-министром Ирака "
                            "Хасаном аль-Саиди.", "ru", PUBLISHED)  # fmt: skip
    assert any("al-" in p.name and p.country == "IQ" for p in x.people)


def test_officials_of_a_regional_forum_belong_to_it_not_to_the_host_state() -> None:
    x = extraction_of("SUVA, Aug 12 (AP) -- New Zealand Foreign Minister Anna Berg arrived in Suva on Tuesday. She will "
                            "meet Pacific Islands Forum Secretary General Mele Tupou on Thursday.", "en", PUBLISHED)  # fmt: skip
    assert _person(x, "Tupou").country is None


def test_honorifics_do_not_change_a_name_key_but_stay_in_the_name() -> None:
    from graph.extract.translit import name_key

    assert name_key("Sheikh Faisal bin Jassim") == name_key("Faisal bin Jassim")
    assert name_key("Hon Sione Fifita") == name_key("Sione Fifita")
    x = extraction_of("Qatar's Foreign Minister Sheikh Faisal bin Jassim met Oman's Foreign Minister Sayyid Qais bin Harib.", "en", PUBLISHED)
    assert any(p.name.startswith("Sheikh ") for p in x.people)


def test_a_title_with_another_state_does_not_join_the_one_whose_counterpart_it_is() -> None:
    x = extraction_of("El ministro Andrés Quiroga Vela viajará el lunes a Quito, informó la Cancillería del Perú. Quiroga y su "
                            "homólogo boliviano se reunieron en marzo en La Paz. No está prevista una cita con el canciller "
                            "boliviano.", "es", PUBLISHED)  # fmt: skip
    assert not any("boliviano" in title for title in _person(x, "Vela").titles)


def test_a_counterpart_takes_the_role_of_the_one_named_last_before_it() -> None:
    x = extraction_of("La portavoz Ana Ruiz Soto informó que el ministro Pedro Lanz Vidal sostuvo el martes una "
                            "videoconferencia con su par chileno, Tomás Ibáñez Rojas.", "es", PUBLISHED)  # fmt: skip
    assert _person(x, "Rojas").role != "Spokesperson"


def test_a_meeting_held_for_the_last_time_is_background() -> None:
    x = extraction_of("El canciller Andrés Quiroga Vela y su homólogo chileno, Tomás Ibáñez Rojas, se reunieron por "
                            "última vez en marzo en Arica.", "es", PUBLISHED)  # fmt: skip
    assert x.events and all(e.background for e in x.events)


def test_a_meeting_ruled_out_as_planned_is_no_event() -> None:
    x = extraction_of("La vocera Ana Ruiz Soto descartó que esté prevista una reunión con el canciller chileno.", "es", PUBLISHED)
    assert not [e for e in x.events if e.type in ("Meeting", "Talks")]


def test_a_short_surname_that_is_a_stop_word_starts_a_name_after_a_title() -> None:
    x = extraction_of("Am Freitag traf der Kanzler in Hanoi den Generalsekretär der Regierungspartei, To Van Hung.", "de", PUBLISHED)
    assert any(p.name == "To Van Hung" for p in x.people)


def test_a_plan_word_before_a_relative_clause_makes_the_meeting_planned() -> None:
    x = extraction_of("Für Freitag ist ein Treffen des Kanzlers Felix Brandt mit dem Generalsekretär der Regierungspartei, To Van Hung, "
                            "geplant, der als wichtigster Politiker des Landes gilt.", "de", PUBLISHED)  # fmt: skip
    meetings = [e for e in x.events if e.type in ("Meeting", "Talks")]
    assert meetings and all(e.status == "Planned" for e in meetings)


def test_a_meeting_of_heads_of_state_is_a_summit() -> None:
    for lang, text in (("ru", "В мае президент Ильхам Рустамов примет участие во встрече глав государств Балтии в Риге."),
                       ("en", "In May, President Ilham Rustam will attend the Island States Leaders Meeting in Suva."),
                       ("fr", "En mai, le président Ilham Rustam participera à la réunion des chefs d'État de la région à Dakar.")):  # fmt: skip
        assert [e.type for e in events_of(text, lang, PUBLISHED)] == ["Summit"], lang


def test_russian_names_after_a_plural_title_and_two_states_are_genitive() -> None:
    x = extraction_of("Вчера в Риге состоялись переговоры министров иностранных дел двух стран Тимура Алибаева и "
                            "Рустама Нуриева.", "ru", PUBLISHED)  # fmt: skip
    names = {p.name for p in x.people}
    assert {"Timur Alibayev", "Rustam Nuriyev"} <= names, names


def test_a_visitor_to_the_capital_of_one_state_comes_from_the_other() -> None:
    x = extraction_of("Das Auswärtige Amt hat den chilenischen Botschafter Pablo Reyes am Dienstag einbestellt. Ein für März "
                            "geplanter Besuch des Vize-Außenministers Tomás Ibáñez in Berlin wurde nach Angaben aus "
                            "Diplomatenkreisen abgesagt.", "de", PUBLISHED)  # fmt: skip
    assert _person(x, "Ibáñez").country == "CL"


def test_a_counterpart_title_in_the_headline_names_the_other_partys_state() -> None:
    x = extraction_of("Minister speaks with Fijian counterpart\n\n4 March 2026\n\nHon Mereana Walsh-Kerr\nMinister of Trade\n\n"
                            "Trade Minister Mereana Walsh-Kerr spoke by phone today with Fiji's Minister of Trade, Hon Viliame Ratu, "
                            "about Australia's support for Fiji's ports. She will travel to Suva in May.", "en", PUBLISHED)  # fmt: skip
    assert _person(x, "Walsh-Kerr").country == "AU"


def test_declaring_diplomats_persona_non_grata_after_a_perfect_auxiliary_is_an_expulsion() -> None:
    for lang, text in (("fr", "Le Sénégal a déclaré « persona non grata » deux diplomates maliens, a annoncé mardi le ministère."),
                       ("es", "Perú ha declarado persona non grata al encargado de negocios de Bolivia, informó el martes la cancillería.")):  # fmt: skip
        assert "Expulsion" in [e.type for e in events_of(text, lang, PUBLISHED)], lang


def test_not_saying_whether_an_act_will_follow_reports_no_act() -> None:
    for lang, text in (("en", "Lithuania expelled two Belarusian diplomats on Monday. Minsk did not say whether it would expel Lithuanian diplomats in turn."),
                       ("fr", "Le Gabon a expulsé lundi deux diplomates camerounais. Yaoundé n'a pas précisé s'il procéderait à des expulsions."),
                       ("es", "Chile expulsó el lunes a dos diplomáticos venezolanos. Caracas no precisó si expulsará a diplomáticos chilenos.")):  # fmt: skip
        assert [e.type for e in events_of(text, lang, PUBLISHED)] == ["Expulsion"], lang


def test_a_minister_who_will_arrive_in_a_capital_makes_a_planned_visit() -> None:
    for lang, text in (("en", "Foreign Minister Anna Berg will arrive in Lima on Sunday."),
                       ("fr", "La ministre des Affaires étrangères, Anna Berg, arrivera à Lima dimanche."),
                       ("es", "La canciller sueca, Anna Berg, llegará a Lima el domingo.")):  # fmt: skip
        visits = [e for e in events_of(text, lang, PUBLISHED) if e.type == "Visit"]
        assert visits and visits[0].status == "Planned", lang


def test_two_ministers_agreeing_on_a_day_in_a_city_held_talks() -> None:
    for lang, text in (("es", "El canciller peruano, Luis Paredes, y el ministro de Exteriores de Corea, Kim Min-ho, acordaron este martes en Seúl crear una comisión."),
                       ("en", "Peru's Foreign Minister Luis Paredes and South Korea's Foreign Minister Kim Min-ho agreed on Tuesday in Seoul to set up a commission.")):  # fmt: skip
        talks = [e for e in events_of(text, lang, PUBLISHED) if e.type in ("Talks", "Meeting")]
        assert talks and talks[0].status == "Occurred" and len(talks[0].attendees) == 2, lang


def test_a_later_round_without_parties_is_one_of_the_same_talks() -> None:
    x = extraction_of("Второй раунд переговоров между Грузией и Арменией прошёл в понедельник в Вене. Первый раунд переговоров "
                            "состоялся в августе в Баку. Третий раунд планируется провести в январе, сообщили в МИД Австрии.", "ru", PUBLISHED)  # fmt: skip
    planned = [e for e in x.events if e.status == "Planned"]
    assert planned and {"GE", "AM"} <= planned[0].countries


def test_spanish_morning_is_no_tomorrow_for_the_status_of_an_act() -> None:
    x = extraction_of("Por la mañana, la canciller Lucía Ortega se reunió con el ministro chino de Exteriores, Wang Lei, en Lima.", "es", PUBLISHED)
    meetings = [e for e in x.events if e.type in ("Meeting", "Talks")]
    assert meetings and meetings[0].status == "Occurred"


def test_meetings_at_the_presidential_palace_and_at_the_foreign_ministry_are_two_acts() -> None:
    x = extraction_of("El presidente Raúl Campos recibió este jueves en la Casa Rosada al canciller de Chile, Pablo Reyes, "
                            "en presencia de la canciller Ana Ortega. Por la mañana, Reyes se reunió con Ortega en el Palacio San Martín.", "es", "2025-08-22")  # fmt: skip
    meetings = [e for e in x.events if e.type in ("Meeting", "Talks")]
    assert len(meetings) == 2, meetings


def test_a_private_voice_quoted_makes_no_statement() -> None:
    x = extraction_of("Foreign Minister Omar Haddad met his Jordanian counterpart Ayman Nasser in Amman on Monday. \"This is a "
                            "turning point,\" said Leila Karam, a regional analyst at Yarmouk University.", "en", PUBLISHED)  # fmt: skip
    assert "Statement" not in [e.type for e in x.events]


def test_officials_meeting_on_the_margins_of_a_summit_abroad_are_not_its_hosts() -> None:
    x = extraction_of("Minister speaks with Samoan counterpart\n\n4 March 2026\n\nHon Mereana Walsh-Kerr\nMinister of Trade\n\n"
                            "Trade Minister Mereana Walsh-Kerr spoke by phone today with Samoa's Minister of Trade, Hon Tui Leota. "
                            "The call followed up on the ministers' meeting on the margins of the Pacific Islands Forum Leaders "
                            "Meeting in Suva last month. She reiterated Australia's support for Samoa's ports.", "en", PUBLISHED)  # fmt: skip
    assert _person(x, "Walsh-Kerr").country == "AU"


def test_continuing_a_trip_to_a_capital_is_a_planned_visit() -> None:
    from graph.extract.events import find_mentions
    from graph.extract.text import sentences

    for lang, text in (("es", "El domingo la canciller seguirá viaje a Brasilia."),
                       ("fr", "Dimanche, la ministre poursuivra sa tournée à Brasilia.")):  # fmt: skip
        found = [m for m in find_mentions(text, lang, sentences(text)) if m.type == "Visit"]
        assert found and found[0].status == "Planned", lang


def test_russian_female_surname_in_the_genitive_is_nominative() -> None:
    x = extraction_of("Брифинг официального представителя МИД России Ольги Заречинской\nМосква, 3 июня 2025 года\n\n"
                            "Вчера в МИД России был вызван посол Эстонии Пеэтер Тамм.", "ru", PUBLISHED)  # fmt: skip
    names = {name for p in x.people for name in {p.name, *p.alternate_names}}
    assert "Ольга Заречинская" in names


def test_russian_surname_beginning_like_a_common_noun_is_a_name() -> None:
    x = extraction_of("Глава МИД России Павел Западнов провёл в среду переговоры с министром иностранных дел Сербии "
                            "Иваном Марковым в Москве.", "ru", PUBLISHED)  # fmt: skip
    assert _person(x, "Zapadnov").country == "RU"


def test_spokesperson_of_a_ministry_briefing_acts_for_the_ministry_named_later() -> None:
    x = extraction_of("Point de presse du porte-parole, M. Julien Marchetti\nParis, le 5 juin 2025\n\n"
                            "Le ministre, M. Bastien Roussel, s'est entretenu hier avec son homologue chilien, M. Diego Fuentes. "
                            "L'ambassadeur du Pérou, M. Jorge Salas, a été convoqué au Quai d'Orsay.", "fr", PUBLISHED)  # fmt: skip
    assert _person(x, "Marchetti").country == "FR"
    assert _person(x, "Roussel").country == "FR"


def _mentions(lang: str, text: str):
    from graph.extract.events import find_mentions
    from graph.extract.text import sentences

    return find_mentions(text, lang, sentences(text))


def test_talking_by_phone_told_after_the_verb_is_a_call() -> None:
    for lang, text in (("en", "Minister Kari Lehto discussed the dispute by phone with his Latvian counterpart, Ivars Ozols."),
                       ("de", "Außenminister Jan Berger sprach am Montag telefonisch mit seinem Amtskollegen Petr Dvořák.")):  # fmt: skip
        assert any(m.type == "PhoneCall" for m in _mentions(lang, text)), lang


def test_calling_an_expulsion_an_unfriendly_step_is_a_statement() -> None:
    text = 'In Minsk, spokesman Pavel Dubrou called the decision "an unfriendly step" and said Belarus would respond.'
    assert any(m.type == "Statement" for m in _mentions("en", text))


def test_flying_on_to_the_next_stop_is_a_visit_of_its_own() -> None:
    for lang, text in (("en", "The minister will then fly to Manila on Friday."),
                       ("es", "El canciller volará a Manila el viernes."),
                       ("fr", "La ministre s'envolera pour Manille vendredi."),
                       ("ru", "Затем министр вылетит в Манилу в пятницу.")):  # fmt: skip
        found = [m for m in _mentions(lang, text) if m.type == "Visit"]
        assert found and found[0].status == "Planned", lang
    x = extraction_of("Foreign Minister Lena Holm will arrive in Hanoi on Monday for talks. Holm will then fly to Manila on "
                            "Thursday.", "en", "2025-06-05")  # fmt: skip
    assert len([e for e in x.events if e.type == "Visit"]) == 2


def test_days_of_talks_after_which_a_round_ended_are_the_round_itself() -> None:
    for lang, text in (("es", "Concluyó la segunda ronda de negociaciones, tras dos días de reuniones."),
                       ("en", "The second round of talks ended after two days of meetings.")):  # fmt: skip
        assert not any(m.after for m in _mentions(lang, text)), lang


def test_receiving_a_note_is_no_meeting() -> None:
    x = extraction_of("Honduras convocó el lunes al embajador de Chile; Marta Ruiz recibió una nota de protesta.", "es", PUBLISHED)
    assert not any(e.type == "Meeting" for e in x.events)


def test_a_meeting_of_the_ministers_of_a_bloc_is_a_conference() -> None:
    for lang, text in (("ru", "Стороны обсудили подготовку к встрече министров иностранных дел России и стран АСЕАН."),
                       ("en", "They discussed the meeting of foreign ministers of the member states in July."),
                       ("fr", "Ils ont préparé la réunion des ministres des affaires étrangères des pays du Sahel."),
                       ("es", "Prepararon la reunión de cancilleres de los países del Mercosur.")):  # fmt: skip
        assert any(m.type == "Conference" for m in _mentions(lang, text)), lang


def test_a_russian_act_that_took_place_is_not_background() -> None:
    found = _mentions("ru", "В понедельник в Минске прошла встреча министров.")
    assert found and not found[0].background


def test_a_briefing_topic_heading_is_not_an_act_of_its_own() -> None:
    x = extraction_of("Брифинг официального представителя МИД России\nМосква, 22 октября 2025 года\n\n"
                            "О консультациях с Кувейтом\n\nРоссийско-кувейтские консультации, которые планировалось провести "
                            "28 октября в Эль-Кувейте, отменены по просьбе кувейтской стороны.", "ru", "2025-10-22")  # fmt: skip
    talks = [e for e in x.events if e.type == "Talks"]
    assert [e.status for e in talks] == ["Cancelled"]


def test_a_traveller_named_before_is_not_of_the_city_a_sentence_opens_on() -> None:
    x = extraction_of("Foreign Minister Tan Boon Keat will make a working visit to Qatar from 2 to 4 June. In Doha, Minister "
                            "Tan will meet Qatar's Minister of State Khalid Al Thani. Minister Tan will also meet members of "
                            "the business community in Qatar.", "en", "2025-05-30")  # fmt: skip
    traveller = next(p for p in x.people if p.name.startswith("Tan"))
    assert traveller.country != "QA"


def test_an_ordinal_alone_announces_the_next_round() -> None:
    x = extraction_of("Ecuador y Perú concluyeron el martes en Lima la segunda ronda de negociaciones sobre pesca. La primera "
                            "ronda se había celebrado en marzo en Quito, y la tercera está prevista para septiembre en Guayaquil.", "es", "2025-06-11")  # fmt: skip
    talks = sorted((e.status, e.background, e.date.value if e.date else None, sorted(e.countries)) for e in x.events
                   if e.type in ("Talks", "Negotiation"))  # fmt: skip
    assert ("Occurred", True, "2025-03", ["EC", "PE"]) in talks
    assert any(t[0] == "Planned" and t[2] == "2025-09" and t[3] == ["EC", "PE"] for t in talks), talks


def test_a_spanish_telephone_conversation_is_a_call() -> None:
    found = _mentions("es", "Lo acordaron el martes en una conversación telefónica los dos cancilleres.")
    assert [m.type for m in found] == ["PhoneCall"]


def test_russian_future_talks_verb_is_a_plan() -> None:
    found = _mentions("ru", "В ходе визита министр проведет переговоры с главой МИД Армении.")
    assert any(m.type == "Talks" and m.status == "Planned" for m in found)


def test_an_official_receiving_the_envoy_named_by_title_joins_the_summons() -> None:
    x = extraction_of("Le Mali a convoqué mardi l'ambassadeur du Sénégal, Ousmane Diagne. C'est le secrétaire général du "
                            "ministère, Bakary Keïta, qui a reçu le diplomate sénégalais à Bamako.", "fr", "2025-06-11")  # fmt: skip
    summonses = [e for e in x.events if e.type == "Summons"]
    assert len(summonses) == 1 and {p.name.split()[-1] for p in summonses[0].attendees} >= {"Diagne", "Keïta"}
    assert not any(e.type == "Meeting" for e in x.events)


def test_a_meeting_called_off_is_not_the_meeting_held() -> None:
    x = extraction_of("Foreign Minister Ana Lindqvist met her Estonian counterpart Kaja Rebane in Tallinn on Monday. A "
                            "meeting of the joint commission planned for July in Tallinn has been cancelled, officials said.", "en", "2025-06-11")  # fmt: skip
    assert any(e.status == "Occurred" and e.type == "Meeting" for e in x.events)
    assert all(e.status != "Occurred" or len(e.attendees) == 2 for e in x.events if e.type in ("Meeting", "Talks"))


def test_a_french_pluperfect_trip_is_a_visit() -> None:
    found = _mentions("fr", "Le Premier ministre s'était pourtant rendu à Alger en février.")
    assert [m.type for m in found] == ["Visit"]


def test_an_earlier_visit_told_again_in_its_when_clause_is_one_background_visit() -> None:
    x = extraction_of("La última visita de alto nivel se remonta a marzo, cuando el canciller Pablo Ríos visitó Lima.", "es", "2025-06-11")  # fmt: skip
    visits = [e for e in x.events if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].background


def test_a_german_summons_verb_split_by_a_long_object() -> None:
    found = _mentions("de", "Das Auswärtige Amt bestellte daraufhin am Dienstag den Geschäftsträger der Botschaft, "
                            "Amadou Traoré, ein.")  # fmt: skip
    assert [m.type for m in found] == ["Summons"]
    assert not [m for m in _mentions("de", "Er bestellt am Montag ein Taxi für die Gäste.") if m.type == "Summons"]


def test_people_arriving_somewhere_are_no_visit() -> None:
    x = extraction_of("La ministre Anna Rossi a appelé son homologue tunisien Karim Mejri lundi. Plus de 50.000 migrants "
                            "sont arrivés en Italie au cours de l'année écoulée.", "fr", PUBLISHED)  # fmt: skip
    assert not any(e.type == "Visit" for e in x.events)


def test_this_is_the_third_visit_names_the_visit_just_reported() -> None:
    found = _mentions("ru", "Это уже третий визит высокого гостя в Беларусь.")
    assert found and not found[0].background


def test_the_occasion_of_an_earlier_meeting_is_as_old() -> None:
    found = _mentions("en", "The two ministers last met in Lima in May, during Minister Okoro's official visit to Peru.")
    assert [(m.type, m.background) for m in found] == [("Meeting", True), ("Visit", True)]


def test_a_trip_that_follows_up_on_a_call_tells_the_call_as_earlier() -> None:
    found = _mentions("de", "Die Reise knüpft an das Telefonat von Außenminister Jan Berger mit Ministerin Ama Mensah an.")
    assert [m.after for m in found if m.type == "PhoneCall"] == [True]


def test_a_russian_decision_to_expel_is_an_expulsion() -> None:
    found = _mentions("ru", "Это ответ на решение Таллина выслать двух российских дипломатов.")
    assert [m.type for m in found] == ["Expulsion"]


def _triggered(text: str, lang: str) -> list[tuple[str, str, str]]:
    from graph.extract.events import find_mentions
    from graph.extract.text import sentences

    return [(m.type, m.status, text[m.start : m.end]) for m in find_mentions(text, lang, sentences(text))]


def test_reception_with_military_honours_is_a_ceremony_in_every_language() -> None:
    cases = [("Die Premierministerin wird mit militärischen Ehren empfangen.", "de"),
             ("The king was welcomed with full military honours in Rabat.", "en"),
             ("Le président a été accueilli avec les honneurs militaires à Dakar.", "fr"),
             ("El presidente fue recibido con honores militares en Lima.", "es"),
             ("Президент был встречен с воинскими почестями в Кремле.", "ru")]  # fmt: skip
    for text, lang in cases:
        assert [t for t, _, _ in _triggered(text, lang)] == ["Ceremony"], text


def test_clock_time_does_not_cut_the_clause_of_a_planned_act() -> None:
    text = "Die Präsidentin wird um 9.45 Uhr im Schlosshof mit militärischen Ehren begrüßt."
    assert _triggered(text, "de")[0][:2] == ("Ceremony", "Planned")


def test_calling_on_an_official_is_a_meeting_but_calling_on_someone_to_act_is_not() -> None:
    assert _triggered("On Tuesday she will also call on Prime Minister Arif Hakim at his office.", "en")[0][:2] == ("Meeting", "Planned")
    assert _triggered("The envoy called on President Ruto in Nairobi.", "en")[0][0] == "Meeting"
    assert _triggered("She called on President Ruto to release the prisoners.", "en") == []
    assert _triggered("Ministers called on the government to act.", "en") == []


def test_agreement_signed_at_a_date_and_place_is_a_signing() -> None:
    text = "В основе лежит соглашение, подписанное в 2019 году в Бишкеке."
    found = extraction_of(text, "ru", PUBLISHED)
    assert [(e.type, e.date.value if e.date else None) for e in found.events] == [("Ceremony", "2019")]
    assert events_of("Подписанное соглашение остается в силе.", "ru", PUBLISHED) == []


def _acts(lang: str, text: str, published: str = "2025-06-11") -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in events_of(text, lang, published)]


def test_the_month_may_is_no_hedge() -> None:
    text = "In May Foreign Minister Anna Berg of Sweden will meet her Finnish counterpart Mika Virtanen in Helsinki."
    assert _acts("en", text) == [("Meeting", "Planned")]
    text = "On May 4 Foreign Minister Anna Berg of Sweden will meet her Finnish counterpart Mika Virtanen in Helsinki."
    assert _acts("en", text) == [("Meeting", "Planned")]
    text = "Foreign Minister Anna Berg of Sweden may meet her Finnish counterpart Mika Virtanen in Helsinki."
    assert _acts("en", text) == [("Meeting", "Uncertain")]


def test_sprach_with_words_before_mit_is_a_meeting() -> None:
    text = ("Außenministerin Anna Berg sprach am Montag in Berlin mit dem polnischen Außenminister Jan Nowak über "
            "die Handelsbeziehungen.")  # fmt: skip
    assert _acts("de", text) == [("Meeting", "Occurred")]
    assert _acts("de", "Außenministerin Anna Berg sprach sich am Montag in Berlin mit Nachdruck für Gespräche aus.") == []


def test_signing_a_golden_book_is_a_ceremony() -> None:
    text = "Der kroatische Generalkonsul Ivo Marić trug sich am Montag in das Goldene Buch der Stadt Ulm ein."
    assert _acts("de", text) == [("Ceremony", "Occurred")]
    text = "Later the Croatian consul general Ivo Maric signed the city's Golden Book in Leeds."
    assert _acts("en", text) == [("Ceremony", "Occurred")]


def test_a_local_host_receiving_the_visitor_by_pronoun_meets_him() -> None:
    cases = {
        "en": "Croatian Consul General Ivo Maric arrived in Leeds on Monday. Mayor John Smith received him at the town hall.",
        "de": "Der Generalkonsul der Republik Kroatien, Ivo Marić, ist am Montag nach Ulm gekommen. Oberbürgermeister "
              "Hans Gruber empfing den Diplomaten um 11 Uhr im Rathaus.",
        "es": "El cónsul general de Croacia, Ivo Maric, llegó el lunes a Rosario. El intendente Juan Pérez lo recibió "
              "en el Palacio Municipal.",
        "fr": "Le consul général de Croatie, Ivo Maric, est arrivé lundi à Lyon. Le maire Jean Dupont l'a reçu à "
              "l'hôtel de ville.",
        "ru": "Генеральный консул Хорватии Иво Марич в понедельник прибыл в Мурманск. Губернатор Игорь Петров принял "
              "его в здании правительства области.",
    }  # fmt: skip
    for lang, text in cases.items():
        meetings = [e for e in events_of(text, lang, PUBLISHED) if e.type == "Meeting"]
        assert len(meetings) == 1 and len(meetings[0].attendees) == 2, lang


def test_an_act_whose_sentence_puts_it_in_doubt_is_uncertain() -> None:
    text = ("Une rencontre entre les ministres Paul Kaboré du Burkina Faso et Ali Traoré du Mali, que le Togo "
            "s'efforçait d'organiser à Lomé, paraît désormais compromise.")  # fmt: skip
    assert ("Meeting", "Uncertain") in _acts("fr", text)


def test_a_plan_that_is_dropped_from_the_schedule_is_cancelled() -> None:
    text = "Der für Mittwoch geplante Staatsbesuch des Bundespräsidenten Karl Huber in Montenegro entfällt."
    assert _acts("de", text, "2025-06-09") == [("StateVisit", "Cancelled")]
    text = "La visita del canciller Juan Pérez a Quito prevista para el jueves no se realizará."
    assert _acts("es", text, "2025-06-09") == [("Visit", "Cancelled")]


def _kinds(x: Extraction) -> set[tuple[str, str]]:
    return {(e.type, e.status) for e in x.events}


def test_a_joint_statement_after_talks_is_issued_by_the_two_who_met() -> None:
    x = extraction_of("OSLO, June 9 -- Danish Foreign Minister Lars Holm met his Icelandic counterpart Anna Jonsdottir "
                            "on Monday. In a joint statement issued after the talks, they pledged closer Arctic cooperation.", "en", PUBLISHED)  # fmt: skip
    statement = next(e for e in x.events if e.type == "Statement")
    assert {p.name for p in statement.attendees} == {"Lars Holm", "Anna Jonsdottir"}
    y = extraction_of("Der lettische Außenminister Peter Ozols traf am Montag in Riga seinen polnischen Amtskollegen "
                            "Marek Nowicki. In einer gemeinsamen Erklärung nach dem Treffen forderten sie mehr Hilfe.", "de", PUBLISHED)  # fmt: skip
    assert ("Statement", "Occurred") in _kinds(y)


def test_presenting_credentials_is_a_ceremony() -> None:
    x = extraction_of("El nuevo embajador de Uruguay, Diego Ferreira, presentó sus cartas credenciales al presidente de "
                            "Paraguay, Santiago Peña, el lunes en Asunción.", "es", PUBLISHED)  # fmt: skip
    assert ("Ceremony", "Occurred") in _kinds(x)
    y = extraction_of("Montag, 8. Juni 2025\n10:00 Uhr: Überreichung der Beglaubigungsschreiben durch den neuen "
                            "Botschafter der Republik Peru, Luis Vargas, an Bundespräsident Karl Huber.", "de", PUBLISHED)  # fmt: skip
    assert ("Ceremony", "Occurred") in _kinds(y)


def test_a_binational_cabinet_and_a_grand_mixed_commission_are_meetings() -> None:
    x = extraction_of("Los cancilleres de Perú y Bolivia acordaron que el próximo Gabinete Binacional se celebrará el 20 "
                            "de agosto en la ciudad de Puno.", "es", PUBLISHED)  # fmt: skip
    assert any(e.type in ("Meeting", "Talks") and e.status == "Planned" for e in x.events)
    y = extraction_of("Les ministres des Affaires étrangères du Maroc et du Sénégal ont évoqué la prochaine session de la Grande Commission mixte de coopération "
                            "maroco-sénégalaise, qui se tiendra en juillet à Rabat.", "fr", PUBLISHED)  # fmt: skip
    assert any(e.type in ("Meeting", "Talks") and e.status == "Planned" for e in y.events)


def test_a_reported_future_with_would_is_planned() -> None:
    x = extraction_of("Foreign Minister Karin Lund said Sweden would host a donors' conference in Stockholm in October.", "en", PUBLISHED)
    assert ("Conference", "Planned") in _kinds(x)


def _meetings(x: Extraction) -> list:
    return [e for e in x.events if e.type in ("Meeting", "Talks")]


def test_german_passive_reception_by_an_unnamed_host_is_a_meeting_of_the_guest() -> None:
    x = extraction_of("Die estnische Außenministerin Kadri Tamm ist am Montag zu einem Besuch nach Wien gereist. Am Dienstag "
                            "wurde die Ministerin in Wien vom österreichischen Bundeskanzler empfangen.", "de", "2025-06-11")  # fmt: skip
    meeting = next(e for e in _meetings(x))
    assert [p.name for p in meeting.attendees] == ["Kadri Tamm"]
    assert meeting.date is not None and meeting.date.value == "2025-06-10"


def test_english_passive_reception_after_an_arrival_joins_guest_and_host() -> None:
    x = extraction_of("Chilean President Rosa Vidal arrived in Seoul on Monday for a state visit and was received by South "
                            "Korean President Min-ho Park.", "en", PUBLISHED)  # fmt: skip
    meeting = next(e for e in _meetings(x))
    assert {p.name.split()[-1] for p in meeting.attendees} == {"Vidal", "Park"}


def test_spanish_and_russian_passive_receptions_are_meetings() -> None:
    es = extraction_of("El canciller chileno Tomás Ríos viajó el lunes a Lima, donde el martes fue recibido por la presidenta "
                             "peruana, Elena Quispe.", "es", PUBLISHED)  # fmt: skip
    assert any({"Ríos", "Quispe"} <= {p.name.split()[-1] for p in e.attendees} for e in _meetings(es))
    ru = extraction_of("Министр иностранных дел Казахстана Ерлан Сапаров в понедельник прибыл в Ханой и был принят "
                             "премьер-министром Вьетнама.", "ru", PUBLISHED)  # fmt: skip
    assert any(e.date is not None for e in _meetings(ru))


def test_passive_of_a_welcome_verb_or_an_adopted_text_is_no_meeting() -> None:
    assert not _meetings(extraction_of("Der Vorschlag der Kommission wurde in Berlin und Paris begrüßt.", "de", PUBLISHED))
    assert not _meetings(extraction_of("Во вторник в Москве была принята резолюция о сотрудничестве.", "ru", PUBLISHED))


def test_russian_imperfective_visit_of_last_year_is_background_when_the_news_is_a_plan() -> None:
    x = extraction_of("Москва. 10 июня. Замминистра иностранных дел РФ Олег Захаров в понедельник провел встречу с послом "
                            "Перу Хорхе Мендосой. Обсуждалась подготовка визита в Москву министра иностранных дел Перу, "
                            "который запланирован на июль. Захаров посещал Лиму в октябре прошлого года.", "ru", PUBLISHED)  # fmt: skip
    visits = [e for e in x.events if e.type == "Visit" and e.status == "Occurred"]
    assert [(e.date.value, e.background) for e in visits] == [("2024-10", True)]


def test_leaders_who_last_met_on_the_sidelines_of_a_summit_had_a_meeting_of_their_own() -> None:
    x = extraction_of("Президент Казахстана Арман Сеитов провел в среду телефонный разговор с президентом Армении "
                            "Ваге Арутюняном. Последний раз президенты встречались в мае в Минске на полях саммита ЕАЭС.", "ru", PUBLISHED)  # fmt: skip
    met = [e for e in x.events if e.type == "Meeting"]
    assert len(met) == 1 and met[0].background
    assert {p.name.split()[-1] for p in met[0].attendees} == {"Seitov", "Arutyunyan"}


def test_russian_meetings_not_planned_in_the_plural_are_no_event() -> None:
    x = extraction_of("Министр иностранных дел Сербии Марко Петрович прибыл в Москву. Встречи с представителями "
                            "Грузии в ходе визита не планируются.", "ru", PUBLISHED)  # fmt: skip
    assert not [e for e in x.events if e.type == "Meeting"]


def _statements(x: Extraction) -> list[str | None]:
    return [e.speaker.name.split()[-1] if e.speaker else None for e in x.events if e.type == "Statement"]


def test_remarks_to_reporters_after_talks_are_a_statement_of_the_speaker() -> None:
    talks = {
        "en": "Foreign Minister Anna Berg of Sweden held talks with Indian Foreign Minister Ravi Kapoor in New Delhi "
              "on Monday. Speaking to reporters after the talks, Berg said both sides wanted more trade.",
        "de": "Außenminister Jan Brandt traf am Montag in Rom den italienischen Außenminister Marco Ferri. Vor "
              "Journalisten sagte Brandt anschließend, beide Länder wollten enger zusammenarbeiten.",
        "fr": "Le ministre des Affaires étrangères Paul Girard a rencontré lundi à Rabat son homologue marocain "
              "Youssef Amrani. Après l'entretien, M. Girard a indiqué à la presse que les deux pays allaient coopérer.",
        "es": "El canciller Pablo Ruiz se reunió el lunes en Lima con su par peruano, Jorge Salas. Tras la reunión, "
              "Ruiz dijo a los periodistas que ambos países firmarán un acuerdo.",
        "ru": "Министр иностранных дел Сербии Марко Петрович провел в понедельник в Москве переговоры с министром "
              "иностранных дел России Олегом Захаровым. После переговоров Петрович сказал журналистам, что стороны "
              "договорились о новых рейсах.",
    }  # fmt: skip
    speakers = {"en": "Berg", "de": "Brandt", "fr": "Girard", "es": "Ruiz", "ru": "Petrovich"}
    for lang, text in talks.items():
        assert _statements(extraction_of(text, lang, PUBLISHED)) == [speakers[lang]], lang


def test_speech_verb_opening_a_quotation_with_a_colon_is_a_statement() -> None:
    x = extraction_of("Außenminister Jan Brandt reist am Montag nach Rom. Vor seiner Abreise sagte Brandt in Berlin:\n\n"
                            "„Italien ist ein enger Partner.“", "de", PUBLISHED)  # fmt: skip
    assert _statements(x) == ["Brandt"]
    x = extraction_of("Foreign Minister Anna Berg of Sweden met Indian Foreign Minister Ravi Kapoor on Monday. Kapoor "
                            "said the two countries would sign a trade deal.", "en", PUBLISHED)  # fmt: skip
    assert _statements(x) == []  # a plain "said" reports words, no act


def test_a_conversation_to_continue_in_person_after_a_call_is_a_meeting() -> None:
    x = extraction_of("President Lena Ortiz of Chile spoke by phone on Monday with Peruvian President Raúl Vega. The two "
                            "agreed to continue the conversation in person in Lima next month.", "en", PUBLISHED)  # fmt: skip
    assert sorted((e.type, e.status) for e in x.events) == [("Meeting", "Planned"), ("PhoneCall", "Occurred")]
    x = extraction_of("Bundeskanzler Jan Brandt hat am Montag mit dem Präsidenten Chiles, Raúl Vega, telefoniert. Sie "
                            "vereinbarten, das Gespräch im Juli in Santiago persönlich fortzusetzen.", "de", PUBLISHED)  # fmt: skip
    assert [e.type for e in x.events if e.status == "Planned"] == ["Meeting"]


def test_interview_headline_trip_is_the_trip_the_minister_plans_in_the_first_person() -> None:
    text = ("Außenminister Jonas Keller über seine Reise nach Polen.\n\nZEIT: Herr Minister, wohin geht es als "
            "Nächstes?\n\nKeller: Am 20. Juni fahre ich nach Warschau. Dort treffe ich den polnischen Außenminister "
            "Piotr Nowak.")  # fmt: skip
    visits = [e for e in events_of(text, "de", PUBLISHED) if e.type == "Visit"]
    assert [(e.status, [p.name for p in e.attendees], e.date.value) for e in visits] == [
        ("Planned", ["Jonas Keller"], "2025-06-20")
    ]


def test_trip_first_named_by_its_first_day_is_the_subjects_not_the_hosts() -> None:
    x = extraction_of("La canciller chilena, Laura Pérez, se reunió este martes en Lima con el canciller de Perú, Jorge "
                            "Salas, en el primer día de una visita oficial de dos días a la capital peruana.", "es", PUBLISHED)  # fmt: skip
    visits = [e for e in x.events if e.type == "Visit"]
    assert [[p.name for p in e.attendees] for e in visits] == [["Laura Pérez"]]


def test_spanish_subjunctive_reception_and_pluperfect_conversation_are_acts() -> None:
    x = extraction_of("El canciller Pablo Ruiz llegó el lunes a Brasilia. Está previsto que Ruiz sea recibido el martes "
                            "por el presidente de Brasil, Marcos Lima. Ruiz y Lima ya habían conversado en marzo en Asunción.", "es", PUBLISHED)  # fmt: skip
    meetings = sorted((e.status, e.background, e.date.value) for e in x.events if e.type == "Meeting")
    assert meetings == [("Occurred", True, "2025-03"), ("Planned", False, "2025-06-10")]


def test_announcing_a_plan_is_no_plan_and_its_speaker_is_not_in_the_announced_clause() -> None:
    x = extraction_of("El canciller Pablo Ruiz se reunió el lunes en Lima con su par peruano, Jorge Salas. Ruiz anunció "
                            "que los presidentes Marcos Lima y Raúl Vega se reunirán en julio en Cusco.", "es", PUBLISHED)  # fmt: skip
    statements = [e for e in x.events if e.type == "Statement"]
    assert [(e.status, e.speaker.name if e.speaker else None) for e in statements] == [("Occurred", "Pablo Ruiz")]


def test_onward_leg_of_a_trip_is_the_travellers_not_the_last_hosts() -> None:
    x = extraction_of("El canciller de Japón, Kenji Sato, viajará el viernes a Lima, donde será recibido por el presidente "
                            "peruano, Jorge Salas, y el domingo seguirá viaje a Quito.", "es", PUBLISHED)  # fmt: skip
    visits = sorted((e.date.value, [p.name for p in e.attendees]) for e in x.events if e.type == "Visit")
    assert [names for _, names in visits] == [["Kenji Sato"], ["Kenji Sato"]]


def test_an_act_whose_relative_clause_says_it_may_take_place_is_uncertain() -> None:
    x = extraction_of("Стороны обсудили подготовку визита в Россию премьер-министра Лаоса Сона Вонгсы, который, по данным "
                            "источников, может состояться в ноябре.", "ru", PUBLISHED)  # fmt: skip
    assert [(e.type, e.status) for e in x.events] == [("Visit", "Uncertain")]
    x = extraction_of("Foreign Minister Anna Berg of Sweden met Indian Foreign Minister Ravi Kapoor on Monday, and a trip "
                            "by the Indian prime minister to Stockholm could take place in November.", "en", PUBLISHED)  # fmt: skip
    assert sorted((e.type, e.status) for e in x.events) == [("Meeting", "Occurred"), ("Visit", "Uncertain")]


def test_spanish_subjunctive_meeting_after_a_plan_is_planned() -> None:
    x = extraction_of("Está previsto que este miércoles el canciller Pablo Ruiz se reúna en Nueva York con el secretario "
                            "de Estado de Estados Unidos, Mark Brandt.", "es", PUBLISHED)  # fmt: skip
    assert [(e.type, e.status) for e in x.events] == [("Meeting", "Planned")]


def _told(x: Extraction) -> list[tuple[str, str, str | None, bool]]:
    return [(e.type, e.status, e.date.value if e.date else None, e.background) for e in x.events]


def test_meeting_again_is_a_planned_meeting_of_its_own() -> None:
    es = extraction_of("Lima (EFE). Los cancilleres de Chile, Ana Rojas, y de Perú, Luis Salas, se reunieron este lunes en "
                             "Lima. Rojas y Salas se volverán a reunir el próximo mes en Santiago.", "es", "2026-03-10")  # fmt: skip
    fr = extraction_of("LIMA (AFP) - Les ministres des Affaires étrangères du Chili, Ana Rojas, et du Pérou, Luis Salas, se "
                             "sont réunis lundi à Lima. Rojas et Salas se réuniront à nouveau le mois prochain à Santiago.", "fr", "2026-03-10")  # fmt: skip
    for x in (es, fr):
        assert ("Meeting", "Occurred", "2026-03-09", False) in _told(x)
        assert ("Meeting", "Planned", "2026-04", False) in _told(x)


def test_german_reciprocal_begegnet_is_an_earlier_meeting() -> None:
    x = extraction_of("Bern (sda) Die Präsidentin Vera Gisler empfing am Mittwoch den Präsidenten Ghanas, Kofi Mensah, in "
                            "Bern. Gisler und Mensah waren sich bereits im Januar am Rande einer Tagung in Genf begegnet.", "de", "2026-03-12")  # fmt: skip
    assert ("Meeting", "Occurred", "2026-01", True) in _told(x)


def test_french_passive_signing_and_planned_inauguration_are_ceremonies() -> None:
    x = extraction_of("PARIS (AFP) - Le ministre indien Arun Mehta a eu mardi des entretiens avec son homologue Léa Duval à "
                            "Paris. Deux accords ont été signés par les deux ministres en présence du Premier ministre, Marc Roy. "
                            "Jeudi, Arun Mehta doit inaugurer avec Marc Roy un centre culturel à Lyon.", "fr", "2026-03-10")  # fmt: skip
    assert ("Ceremony", "Occurred", "2026-03-10", False) in _told(x)
    assert ("Ceremony", "Planned", "2026-03-12", False) in _told(x)


def test_trip_in_a_before_clause_is_the_subjects_next_leg() -> None:
    x = extraction_of("LONDON (Reuters) - Indian minister Vikram Rao arrived in Port Louis on Monday. On Tuesday he met Prime "
                            "Minister Paul Seet, before flying to Singapore.", "en", "2026-03-10")  # fmt: skip
    legs = [e for e in x.events if e.type == "Visit" and "SG" in e.countries]
    assert len(legs) == 1 and [p.name for p in legs[0].attendees] == ["Vikram Rao"]
    assert "SG" not in next(e for e in x.events if e.type == "Visit" and "MU" in e.countries).countries


def test_first_visit_since_a_date_tells_an_earlier_visit_then() -> None:
    x = extraction_of("LONDON (Reuters) - U.S. Secretary of State John Miles arrived in Hanoi on Monday. It is the first "
                            "visit by a U.S. secretary of state to Vietnam since March 2019.", "en", "2026-03-10")  # fmt: skip
    assert ("Visit", "Occurred", "2026-03-09", False) in _told(x)
    assert ("Visit", "Occurred", "2019-03", True) in _told(x)


def test_an_act_told_earlier_on_the_same_day_is_no_background() -> None:
    x = extraction_of("PARIS (AFP) - Le ministre indien Arun Mehta a eu mardi des entretiens avec son homologue Léa Duval à "
                            "Paris. Un peu plus tôt dans la matinée, Arun Mehta avait été reçu par le Premier ministre, Marc Roy.", "fr", "2026-03-10")  # fmt: skip
    assert all(not e.background for e in x.events)


def test_after_a_meeting_noun_names_the_meeting_just_reported() -> None:
    x = extraction_of("Lima (EFE). Los presidentes de Chile, Ana Rojas, y de Perú, Luis Salas, se reunieron este lunes en "
                            "Tacna. Tras un encuentro de casi dos horas, ambos mandatarios firmaron un acuerdo.", "es", "2026-03-10")  # fmt: skip
    assert [e for e in x.events if e.type == "Meeting"] and all(
        not e.background for e in x.events if e.type == "Meeting"
    ), _told(x)
    assert len([e for e in x.events if e.type == "Meeting"]) == 1


def test_a_bilateral_meeting_without_parties_is_of_the_reports_two_states() -> None:
    x = extraction_of("Lima (EFE). Los presidentes de Chile, Ana Rojas, y de Perú, Luis Salas, se reunieron este lunes en "
                            "Tacna. La última reunión binacional de este nivel se celebró en mayo de 2023 en Arica.", "es", "2026-03-10")  # fmt: skip
    earlier = [e for e in x.events if e.date and e.date.value == "2023-05"]
    assert len(earlier) == 1 and earlier[0].background and set(earlier[0].countries) == {"CL", "PE"}


def test_the_call_a_visit_was_agreed_in_took_place_and_the_visit_is_planned() -> None:
    x = extraction_of("LONDON (Reuters) - Italian Prime Minister Marco Bellini will visit Tokyo next month. The visit was agreed "
                            "on Tuesday in a phone call between Bellini and Japanese Prime Minister Ken Sato.", "en", "2026-03-10")  # fmt: skip
    assert ("PhoneCall", "Occurred", "2026-03-10", False) in _told(x)
    assert ("Visit", "Planned", "2026-04", False) in _told(x)
    y = extraction_of("LONDON (Reuters) - Italian Prime Minister Marco Bellini and Japanese Prime Minister Ken Sato agreed on "
                            "a visit by Bellini to Tokyo in a phone call on Tuesday.", "en", "2026-03-10")  # fmt: skip
    assert any(e.type == "Visit" and e.status == "Planned" for e in y.events), _told(y)


def test_a_return_visit_under_discussion_is_uncertain() -> None:
    texts = {
        "de": "Bern (sda) Bundespräsidentin Vera Gisler empfing am Mittwoch den Präsidenten Ghanas, Kofi Mensah, in Bern. "
              "Ein Gegenbesuch eines Bundesratsmitglieds in Accra ist laut EDA für das kommende Jahr im Gespräch.",
        "en": "LONDON (Reuters) - Prime Minister Ana Holm met Ghana's President Kofi Mensah in London on Monday. A return "
              "visit to Accra is under discussion for next year.",
    }  # fmt: skip
    for lang, text in texts.items():
        x = extraction_of(text, lang, "2026-03-10")
        assert any(e.type == "Visit" and e.status == "Uncertain" for e in x.events), (lang, _told(x))


def test_an_unrealised_wish_to_meet_is_a_cancelled_meeting() -> None:
    """"hatte ... treffen wollen", "had wanted to meet": the meeting did not happen."""
    for lang, text in (
        ("de", "Die Ministerin Anna Weber reiste am Montag nach Rom. Sie hatte dort den Außenminister Marco Bellini "
               "treffen wollen, doch er sagte ab."),
        ("en", "Minister Anna Weber travelled to Rome on Monday. She had wanted to meet Foreign Minister Marco "
               "Bellini there, but he cancelled."),
    ):
        meetings = [e for e in events_of(text, lang, PUBLISHED) if e.type in ("Meeting", "Talks")]
        assert [e.status for e in meetings] == ["Cancelled"], lang


def test_a_meeting_of_the_ministers_of_a_group_is_not_the_named_minister() -> None:
    """German "der EU-Außenminister" after a noun is a genitive plural: not the one foreign minister named."""
    text = ("Die Staatssekretärin Ute Lindner traf am Dienstag in Riga Außenminister Edgars Ozols. Bundesaußenminister "
            "Paul Brenner will das Thema am Montag beim Treffen der EU-Außenminister in Brüssel ansprechen.")
    x = extraction_of(text, "de", PUBLISHED)
    brussels = [e for e in x.events if e.attendees and e.attendees[0].name == "Paul Brenner"]
    assert brussels and all(p.name != "Edgars Ozols" for e in brussels for p in e.attendees)
    assert next(p for p in x.people if p.name == "Edgars Ozols").country != "BE"


def test_a_postponement_sine_die_after_a_long_subject_cancels_the_act() -> None:
    """"reporté sine die", "postponed indefinitely": no new date, so the act is off (Cancelled)."""
    for lang, text in (
        ("fr", "Le sommet des chefs d'État de l'Union du fleuve Kolenté, qui réunit le Mali, le Sénégal et la "
               "Mauritanie, prévu le 12 novembre à Bamako, a été reporté sine die, a annoncé le secrétariat."),
        ("en", "The meeting between Mali's Foreign Minister Moussa Keita and Senegal's Foreign Minister Awa Diop in "
               "Bamako has been postponed indefinitely, the ministry said."),
        ("es", "La cumbre de los presidentes de Perú y Chile prevista en Lima fue aplazada indefinidamente, informó la "
               "cancillería."),
    ):
        x = extraction_of(text, lang, PUBLISHED)
        assert [e.status for e in x.events if e.type in ("Summit", "Meeting")] == ["Cancelled"], lang
        assert all(p.name != "Kolenté" for p in x.people)  # "du fleuve Kolenté": a river, nobody


def test_an_honorific_alhaji_is_no_part_of_the_name() -> None:
    x = extraction_of("Freetown - Sierra Leone's Minister of Trade, Alhaji Musa Kamara, met Ghana's ambassador on Monday.", "en", PUBLISHED)
    assert [p.name for p in x.people if p.country == "SL"] == ["Musa Kamara"]
