"""People: names with titles in every position, roles, countries, Russian inflection, coreference, negatives."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of, extraction_of, people_of


PUBLISHED = date(2024, 5, 8)


def test_title_before_the_name_with_a_country_adjective_de() -> None:
    found = people_of("Der russische Außenminister Sergej Lawrow traf am Dienstag seinen Amtskollegen.", "de", PUBLISHED)
    lawrow = found["Sergey Lavrov"]  # "Sergej Lawrow" as written: its usual Latin form
    assert lawrow.role == "Minister of Foreign Affairs"
    assert lawrow.country == "RU"
    assert lawrow.titles == ["russische Außenminister"]


def test_country_prefix_and_implied_country_de() -> None:
    found = people_of("US-Präsident Joe Biden empfing Bundeskanzler Olaf Scholz im Weißen Haus.", "de", PUBLISHED)
    assert (found["Joe Biden"].role, found["Joe Biden"].country) == ("President", "US")
    assert (found["Olaf Scholz"].role, found["Olaf Scholz"].country) == ("Chancellor", "DE")


def test_ambassador_represents_one_state_and_is_accredited_to_another_de() -> None:
    found = people_of("Ulrich Meyer, Deutschlands Botschafter in Frankreich, wurde einbestellt.", "de", PUBLISHED)
    meyer = found["Ulrich Meyer"]
    assert (meyer.role, meyer.country, meyer.accredited_to) == ("Ambassador", "DE", "FR")


def test_long_title_with_portfolio_keeps_the_represented_state_de() -> None:
    text = "Dabei war die stellvertretende Assistentin des US-Außenministers für Südamerika und die Karibik, Julia Brandt."
    brandt = people_of(text, "de", PUBLISHED)["Julia Brandt"]
    assert brandt.country == "US"
    assert brandt.role == "Deputy Assistant"
    assert brandt.titles == ["stellvertretende Assistentin des US-Außenministers für Südamerika und die Karibik"]


def test_apposition_after_a_comma_en() -> None:
    found = people_of("The Foreign Minister of India, S. Jaishankar, arrived in Tokyo.", "en", PUBLISHED)
    assert (found["S. Jaishankar"].role, found["S. Jaishankar"].country) == ("Minister of Foreign Affairs", "IN")


def test_title_after_the_name_en() -> None:
    found = people_of("Hu Jintao, the President of China, had lunch with farmers.", "en", PUBLISHED)
    assert (found["Hu Jintao"].role, found["Hu Jintao"].country) == ("President", "CN")


def test_surname_and_title_only_mentions_join_the_person_en() -> None:
    text = ("Secretary of State Antony J. Blinken met Chancellor Olaf Scholz. "
            "Blinken thanked the Chancellor. The Secretary then left.")  # fmt: skip
    extraction = extraction_of(text, "en", None)
    assert sorted(p.name for p in extraction.people) == ["Antony J. Blinken", "Olaf Scholz"]
    blinken = next(p for p in extraction.people if p.name == "Antony J. Blinken")
    assert "Blinken" in blinken.alternate_names
    assert len(blinken.evidence) == 3


def test_eu_officials_have_an_organisation_and_no_country_de() -> None:
    juncker = people_of("EU-Kommissionspräsident Jean-Claude Juncker besuchte Tokio.", "de", PUBLISHED)["Jean-Claude Juncker"]
    assert juncker.organization is not None and juncker.organization.code == "EU"
    assert juncker.country is None


def test_adjective_after_the_title_fr() -> None:
    found = people_of("Le ministre français des Affaires étrangères Jean-Noël Barrot est arrivé à Rome.", "fr", PUBLISHED)
    assert (found["Jean-Noël Barrot"].role, found["Jean-Noël Barrot"].country) == ("Minister of Foreign Affairs", "FR")


def test_canciller_is_a_foreign_minister_es() -> None:
    found = people_of("«Es un paso importante», dijo el canciller cubano, Bruno Rodríguez.", "es", PUBLISHED)
    assert (found["Bruno Rodríguez"].role, found["Bruno Rodríguez"].country) == ("Minister of Foreign Affairs", "CU")


def test_russian_inflected_names_are_recovered_and_transliterated_ru() -> None:
    text = ("Владимир Путин провёл переговоры с Министром иностранных дел Ирана Аббасом Аракчи. "
            "Путин передал привет Председателю КНР Си Цзиньпину.")  # fmt: skip
    found = people_of(text, "ru", PUBLISHED)
    assert set(found) == {"Vladimir Putin", "Abbas Arakchi", "Xi Jinping"}
    arakchi = found["Abbas Arakchi"]
    assert (arakchi.role, arakchi.country) == ("Minister of Foreign Affairs", "IR")
    assert {"Аббасом Аракчи", "Аббас Аракчи"} <= arakchi.alternate_names
    assert "Си Цзиньпину" in found["Xi Jinping"].alternate_names
    assert "Путин" in found["Vladimir Putin"].alternate_names


def test_role_only_mention_resolves_to_the_leader_ru() -> None:
    text = "Состоялся разговор с Премьер-министром Индии Нарендрой Моди. Индийский лидер поблагодарил за поддержку."
    modi = people_of(text, "ru", PUBLISHED)["Narendra Modi"]
    assert "Индийский лидер" in modi.titles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Reuters reported that the talks in Geneva were productive.", "en"),
        ("Laut TASS wurden die Gespräche in Genf fortgesetzt.", "de"),
        ("Die Delegationen aus Russland und den USA trafen sich in Istanbul.", "de"),
        ("Le Conseil de sécurité s'est réuni à New York.", "fr"),
        ("Встреча состоялась в Москве.", "ru"),
    ],
)
def test_no_person_without_a_real_name(text: str, lang: str) -> None:
    assert people_of(text, lang, PUBLISHED) == {}


def test_a_noun_after_zu_is_no_part_of_a_name_de() -> None:
    # "zu" is a nobiliary particle ("Karl-Theodor zu Guttenberg"), but German nouns are capitalised too
    found = people_of("Der Minister traf in Wien die österreichische Außenministerin Eva Brandner zu Gesprächen "
                      "über den Handel. Danach reiste er zu Beratungen nach Prag.", "de", PUBLISHED)
    assert "Eva Brandner" in found and not any("Gespräch" in name for name in found)


# -- long portfolios, lists of counterparts, Russian oblique cases, heads of government --------------------------
def test_portfolio_listed_after_a_comma_fr_es() -> None:
    fr = people_of("Le ministre des Finances, du Budget et des Comptes publics, Arnaud Delcourt, est arrivé à Lomé.", "fr", PUBLISHED)
    assert fr["Arnaud Delcourt"].role == "Minister of Finance"
    es = people_of("El ministro de Industria, Comercio y Turismo, Julián Ortega, visitó Lima el lunes.", "es", PUBLISHED)
    assert "Julián Ortega" in es and es["Julián Ortega"].role == "Minister"
    assert not any("Comercio" in name for name in es)


def test_portfolio_joined_by_a_conjunction_fr_ru() -> None:
    fr = people_of("Il a reçu la ministre portugaise des Affaires étrangères et de la Coopération, Inês Barros.", "fr", PUBLISHED)
    assert (fr["Inês Barros"].role, fr["Inês Barros"].country) == ("Minister of Foreign Affairs", "PT")
    ru = people_of("Делегацию возглавил министр экономики и финансов Казахстана Ерлан Жумабеков.", "ru", PUBLISHED)
    assert [(p.role, p.country) for p in ru.values()] == [("Minister of Economy", "KZ")]


def test_title_of_two_people_joined_by_a_conjunction_stays_two_titles_de() -> None:
    found = people_of("Pressekonferenz des Bundeskanzlers und des französischen Präsidenten Jean Moreau in Berlin.", "de", PUBLISHED)
    assert (found["Jean Moreau"].role, found["Jean Moreau"].country) == ("President", "FR")


def test_counterparts_listed_with_nationality_adjectives_fr_en() -> None:
    text = "Il a reçu ses homologues malien Oumar Traoré, nigérien Issa Maïga et tchadien Idriss Mahamat."
    found = people_of(text, "fr", PUBLISHED)
    assert {n: p.country for n, p in found.items()} == {"Oumar Traoré": "ML", "Issa Maïga": "NE", "Idriss Mahamat": "TD"}
    found = people_of("She met her Peruvian counterpart Rosa Quispe and Bolivian Marco Choque in Lima.", "en", PUBLISHED)
    assert (found["Rosa Quispe"].country, found["Marco Choque"].country) == ("PE", "BO")


def test_genitive_complements_before_the_name_ru() -> None:
    text = "Встреча прошла с председателем правления Азиатского банка развития Такэси Ямадой и министром обороны Индии."
    assert people_of(text, "ru", PUBLISHED)["Takesi Yamada"].titles == ["председателем правления Азиатского банка развития"]
    found = people_of("Он провёл переговоры с заместителем министра внешних связей и сотрудничества Анголы Марией Жоао.", "ru", PUBLISHED)
    assert [p.country for p in found.values()] == ["AO"]
    assert not any("Евраз" in " ".join(p.alternate_names) for p in
                   people_of("Выступил председатель коллегии Евразийской экономической комиссии Олег Рудин.", "ru", PUBLISHED).values())


def test_plural_title_forms_are_not_singular_ru() -> None:
    text = "Министр торговли Ирина Белова посетила Токио. Пресс-служба кабинета министров Японии это подтвердила."
    assert people_of(text, "ru", PUBLISHED)["Irina Belova"].country is None


def test_heads_of_government_titles() -> None:
    assert people_of("Taoiseach Seán Kelleher flew to Ottawa.", "en", PUBLISHED)["Seán Kelleher"].country == "IE"
    assert people_of("La cheffe du gouvernement, Anne Morel, a parlé.", "fr", PUBLISHED)["Anne Morel"].role == "Prime Minister"
    assert people_of("Der Taoiseach Seán Kelleher reiste nach Rom.", "de", PUBLISHED)["Seán Kelleher"].country == "IE"
    assert people_of("El viceministro de Asuntos Exteriores de Chile, Pablo Soto, llegó.", "es", PUBLISHED)["Pablo Soto"].role == \
        "Deputy Minister of Foreign Affairs"
    assert people_of("Председатель кабинета министров Киргизии Адылбек Касымалиев прибыл.", "ru", PUBLISHED)["Adylbek Kasymaliyev"].role == \
        "Prime Minister"
    assert people_of("Die Regierung empfing EU-Agrarkommissar Jan Novak.", "de", PUBLISHED)["Jan Novak"].role == "Commissioner"


def test_common_nouns_and_places_are_no_names_de_fr() -> None:
    found = people_of("Sie traf den Präsidenten des chilenischen Senats, Jorge Vidal, in Santiago.", "de", PUBLISHED)
    assert list(found) == ["Jorge Vidal"] and found["Jorge Vidal"].country == "CL"
    found = people_of("Interrogé sur les combats au Kordofan, le porte-parole n'a rien dit.", "fr", PUBLISHED)
    assert "Kordofan" not in found


def test_spokesperson_of_the_ministry_fr() -> None:
    found = people_of("A indiqué mardi le porte-parole du ministère, Luc Berthier, à Paris.", "fr", PUBLISHED)
    assert found["Luc Berthier"].role == "Spokesperson"


def test_governor_of_a_state_named_with_an_adjective_de() -> None:
    found = people_of("In Córdoba traf er den Gouverneur des gleichnamigen Bundesstaates, Martín Llaryora.", "de", PUBLISHED)
    assert (found["Martín Llaryora"].role, found["Martín Llaryora"].country) == ("Governor", "AR")


def test_feminine_title_means_the_woman_de() -> None:
    text = ("Die slowakische Ministerpräsidentin Jana Kováčová reist nach Wien. Zuvor telefonierte sie mit dem "
            "tschechischen Regierungschef Petr Dvořák. Am Freitag empfängt die Regierungschefin in Bratislava "
            "den EU-Energiekommissar Lars Holm.")  # fmt: skip
    events = events_of(text, "de", date(2024, 5, 8))
    assert any({p.name for p in e.attendees} == {"Jana Kováčová", "Lars Holm"} for e in events)


def test_both_presidents_means_the_two_ru() -> None:
    text = ("Президент Сербии Милан Йович провёл переговоры с Президентом Венгрии Ласло Кишем. "
            "В присутствии двух президентов подписан договор.")  # fmt: skip
    from graph.extract import people as finder, places
    from graph.extract.text import sentences, tokenize_sentences

    spans = sentences(text)
    tokens, starts, _ = tokenize_sentences(text, spans)
    countries = sorted(((m.span, m) for m in places.find_countries(text, "ru")), key=lambda c: (c[0].start, c[0].end))
    found = finder.find_people(text, "ru", spans, tokens, countries, [], [], starts)
    both = [r for r in found.refs if r.hit.entry.plural]
    assert [sorted(p.name for p in r.persons or ()) for r in both] == [["Laslo Kish", "Milan Yovich"]]


def test_bare_title_matches_a_longer_title_with_the_same_word_es() -> None:
    text = ("El canciller chileno, Tomás Vial, recibió al subsecretario de Estado de Estados Unidos, Mark Hollis. "
            "El canciller y el subsecretario se habían reunido en enero en Santiago.")  # fmt: skip
    extraction = extraction_of(text, "es", date(2024, 5, 8))
    assert sum({p.name for p in e.attendees} == {"Tomás Vial", "Mark Hollis"} for e in extraction.events) == 2


def test_bare_minister_title_means_the_one_minister_de() -> None:
    text = ("Die finnische Außenministerin Liisa Korhonen reiste nach Oslo. Am Mittwoch hatte die Ministerin in "
            "Helsinki den neuen Botschafter Argentiniens, Pedro Soto, empfangen.")  # fmt: skip
    events = events_of(text, "de", date(2024, 5, 8))
    assert any({p.name for p in e.attendees} == {"Liisa Korhonen", "Pedro Soto"} for e in events)


def test_surname_of_the_first_declension_in_the_instrumental_ru() -> None:
    text = "Премьер-министр Словакии Игорь Зозуля прибыл. Затем Иванов встретился с Зозулей."
    assert "Зозулей" in people_of(text, "ru", PUBLISHED)["Igor Zozulya"].alternate_names


@pytest.mark.parametrize(
    ("text", "lang", "name", "country"),
    [
        ("Le président malien a reçu lundi à Bamako le Ghanéen Kofi Mensah et l'Ivoirien Koffi Yao.", "fr", "Kofi Mensah", "GH"),
        ("Le président malien a reçu lundi à Bamako le Ghanéen Kofi Mensah et l'Ivoirien Koffi Yao.", "fr", "Koffi Yao", "CI"),
        ("Am Rande traf der Franzose Étienne Marchal am Montag in Genf den Gastgeber.", "de", "Étienne Marchal", "FR"),
        ("En la cumbre de Lima, el chileno Pablo Rojas habló el lunes con el peruano Luis Quispe.", "es", "Luis Quispe", "PE"),
        ("At the Geneva meeting on Monday the Briton Oliver Hartley sat next to the Ghanaian Kwame Boateng.", "en", "Oliver Hartley", "GB"),
        ("At the Geneva meeting on Monday the Briton Oliver Hartley sat next to the Ghanaian Kwame Boateng.", "en", "Kwame Boateng", "GH"),
    ],
)
def test_nationality_noun_before_a_name_gives_the_state(text: str, lang: str, name: str, country: str) -> None:
    assert people_of(text, lang, PUBLISHED)[name].country == country


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Blinken urged Ankara not to keep the Russian S-400 air defence system.", "en"),
        ("Die Hilfe gilt der ukrainischen Bevölkerung und der ukrainischen Grenze.", "de"),
        ("Die Deutsche Bahn und der Deutsche Bundestag wurden genannt.", "de"),
    ],
)
def test_country_adjective_before_a_thing_makes_no_person(text: str, lang: str) -> None:
    assert people_of(text, lang, PUBLISHED) == {}


def test_russian_a_declension_surname_joins_its_nominative_mention_ru() -> None:
    text = ("Премьер-министр Словакии Петер Новак принял в среду министра финансов Венгрии Иштвана Варгу. "
            "Варга прибыл в Братиславу во вторник.")  # fmt: skip
    found = people_of(text, "ru", PUBLISHED)
    varga = [p for p in found.values() if p.role == "Minister of Finance"]
    assert len(varga) == 1 and varga[0].name.endswith("Varga") and varga[0].country == "HU"


def test_russian_surname_that_never_declines_stays_ru() -> None:
    found = people_of("Министр обороны Сергей Шойгу провёл встречу с министром обороны Индии.", "ru", PUBLISHED)
    assert any(p.name.endswith("Shoygu") or p.name.endswith("Shoigu") for p in found.values())


def test_head_of_diplomacy_is_the_foreign_minister_ru_en() -> None:
    found = people_of("В понедельник глава чешской дипломатии Ян Новотны прибыл в Варшаву.", "ru", PUBLISHED)
    assert [(p.role, p.country) for p in found.values()] == [("Minister of Foreign Affairs", "CZ")]
    assert next(iter(found.values())).name.endswith("Novotny")
    found = people_of("Norway's top diplomat Astrid Haugen met the head of Swedish diplomacy, Karin Berg, on Monday.", "en", PUBLISHED)
    assert (found["Astrid Haugen"].role, found["Astrid Haugen"].country) == ("Minister of Foreign Affairs", "NO")
    assert (found["Karin Berg"].role, found["Karin Berg"].country) == ("Minister of Foreign Affairs", "SE")


def test_eu_top_diplomat_is_the_high_representative_en() -> None:
    kallas = people_of("The EU's top diplomat Kaja Kallas arrived in Kyiv on Monday.", "en", PUBLISHED)["Kaja Kallas"]
    assert kallas.role == "High Representative" and kallas.organization is not None and kallas.organization.code == "EU"


def test_official_keeps_the_state_of_his_sentence_before_a_meeting_abroad_en() -> None:
    text = ('"We will not accept this violation of Norwegian waters," Foreign Minister Ingrid Solberg told a news '
            "conference in Oslo. Solberg will meet her Nordic counterparts at a conference in Stockholm on Friday.")  # fmt: skip
    assert people_of(text, "en", PUBLISHED)["Ingrid Solberg"].country == "NO"


def test_the_two_ministers_are_the_two_ministers_not_the_prime_minister_fr() -> None:
    text = ("Le ministre belge des Affaires étrangères, Luc Peeters, a rencontré jeudi à Rome le ministre italien des "
            "Affaires étrangères, Marco Rinaldi. Il sera reçu vendredi par le Premier ministre italien, Paolo Greco. "
            "Les deux ministres s'étaient déjà rencontrés en mars à Bruxelles.")  # fmt: skip
    extraction = extraction_of(text, "fr", date(2024, 5, 8))
    march = [e for e in extraction.events if e.date is not None and e.date.value == "2024-03"]
    assert march and {p.name for p in march[0].attendees} == {"Luc Peeters", "Marco Rinaldi"}


def test_two_surnames_joined_by_y_are_two_people_es() -> None:
    text = ("La canciller Ana Ruiz y el secretario de Estado Robert Kessler se reunieron el lunes. "
            "Según la presidenta, Ruiz y Kessler hablaron también por teléfono.")  # fmt: skip
    found = people_of(text, "es", PUBLISHED)
    assert {"Ana Ruiz", "Robert Kessler"} <= set(found) and not any(" y " in name for name in found)


def test_mexican_foreign_secretary_is_a_foreign_minister_es() -> None:
    found = people_of("La secretaria de Relaciones Exteriores de México, Carmen Ortiz, viajará a Ottawa.", "es", PUBLISHED)
    assert (found["Carmen Ortiz"].role, found["Carmen Ortiz"].country) == ("Minister of Foreign Affairs", "MX")


def test_nationality_noun_of_an_organisations_official_gives_no_state_es() -> None:
    text = "La Comisión Europea, cuyo comisario de Comercio es el danés Lars Nielsen, presentó el lunes su informe."
    assert people_of(text, "es", PUBLISHED)["Lars Nielsen"].country is None


def test_state_in_brackets_after_each_name_of_a_list_es() -> None:
    text = "El presidente chileno Tomás Rivas recibió a sus homólogos Inés Ortega (Perú) y Hugo Salas (Ecuador)."
    found = people_of(text, "es", PUBLISHED)
    assert found["Inés Ortega"].country == "PE"
    assert found["Hugo Salas"].country == "EC"


def test_state_in_brackets_after_a_titled_name_fr() -> None:
    found = people_of("Étaient présents le président Karim Benali (Algérie) et la Première ministre Anna Roos.", "fr", PUBLISHED)
    assert found["Karim Benali"].country == "DZ"


def test_capital_in_the_possessive_gives_the_envoy_state_en() -> None:
    text = "Estonia summoned Moscow's ambassador, Pavel Orlov, on Monday. Tallinn's envoy Mart Kask was recalled."
    found = people_of(text, "en", PUBLISHED)
    assert found["Pavel Orlov"].country == "RU"
    assert found["Mart Kask"].country == "EE"


def test_possessive_state_after_a_preposition_en() -> None:
    found = people_of("The minister spoke to Ghana's Foreign Minister Kofi Mensah by phone.", "en", PUBLISHED)
    assert found["Kofi Mensah"].country == "GH"


def test_capital_named_in_a_quote_is_not_the_speaker_state_en() -> None:
    text = (
        "RIGA, May 6 (Reuters) - Latvia protested on Monday. \"Moscow must stop these provocations,\" "
        "Foreign Minister Ilze Berzina told reporters."
    )
    assert people_of(text, "en", PUBLISHED)["Ilze Berzina"].country != "RU"


def test_cabinet_secretary_is_a_minister_of_the_state_before_it_en() -> None:
    found = people_of("He met Uganda's Cabinet Secretary for Foreign Affairs, Grace Achieng, in London.", "en", PUBLISHED)
    grace = found["Grace Achieng"]
    assert (grace.country, grace.role) == ("UG", "Minister of Foreign Affairs")


def test_long_ministry_title_with_an_adjective_and_a_second_portfolio_fr() -> None:
    text = "Il a rencontré la ministre de la Coopération régionale et des Affaires étrangères du Mali, Awa Traoré."
    awa = people_of(text, "fr", PUBLISHED)["Awa Traoré"]
    assert (awa.country, awa.role) == ("ML", "Minister of Foreign Affairs")
    paul = people_of("Le ministre de l'Europe et des Affaires étrangères, Paul Girard, est arrivé.", "fr", PUBLISHED)["Paul Girard"]
    assert paul.country == "FR"


def test_verb_after_a_ministry_title_does_not_make_the_next_name_its_holder_fr() -> None:
    found = people_of("Le ministre de l'Économie reçoit Jean Dupont à Paris.", "fr", PUBLISHED)
    assert found["Jean Dupont"].role is None


def test_european_commissioner_and_deputy_secretary_general_fr_es() -> None:
    fr = people_of("La commissaire européenne chargée du commerce, Maja Lind, et le secrétaire général adjoint de l'ONU, Omar Sall, sont venus.", "fr", PUBLISHED)
    assert fr["Maja Lind"].organization.code == "EU"
    assert (fr["Omar Sall"].role, fr["Omar Sall"].organization.code) == ("Deputy Secretary-General", "UN")
    es = people_of("La comisaria europea encargada de Comercio, Maja Lind, llegó a Lima.", "es", PUBLISHED)
    assert es["Maja Lind"].organization.code == "EU"


def test_lone_surname_that_looks_like_a_patronymic_is_the_same_person_ru() -> None:
    text = ("Министр иностранных дел Сербии Милан Петрович прибыл в Москву. "
            "Петрович провёл переговоры с российским коллегой.")  # fmt: skip
    extraction = extraction_of(text, "ru", date(2024, 5, 8))
    petrovich = next(p for p in extraction.people if p.country == "RS")
    assert len(petrovich.evidence) == 2
