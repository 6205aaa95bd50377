"""Officials' states and titles: appointments ("ha sido nombrado Embajador"), predecessors named with a title,
formal state names ("Estados Unidos Mexicanos"), subnational governors ("del estado de"), Swiss local titles,
Russian regional heads and the EU High Representative, trade representatives, "au poste de"."""

from __future__ import annotations

from extracted import people_of

DAY = "2026-03-10"


def test_spanish_appointment_gives_the_title_and_the_predecessor_its_state() -> None:
    text = ("La Cancillería informa que el licenciado Pablo Ortega Ruiz ha sido nombrado Embajador de Honduras en "
            "Panamá, en sustitución de la Embajadora Elena Campos Vidal, quien concluye su misión.")
    people = people_of(text, "es", DAY)
    assert people["Pablo Ortega Ruiz"].role == "Ambassador"
    assert people["Pablo Ortega Ruiz"].country == "HN"
    assert people["Elena Campos Vidal"].country == "HN"


def test_formal_name_of_mexico_is_not_the_united_states() -> None:
    text = ("La Secretaria de Relaciones Exteriores de los Estados Unidos Mexicanos, Laura Benítez Soto, recibió "
            "ayer al canciller de Belice.")
    assert people_of(text, "es", DAY)["Laura Benítez Soto"].country == "MX"


def test_governor_of_a_named_state_is_of_that_country() -> None:
    text = ("El canciller de Colombia se reunió con el gobernador del estado Zulia, Andrés Pineda, y con el "
            "gobernador del estado de Chiapas, Rubén Solís Marín.")
    people = people_of(text, "es", DAY)
    assert people["Andrés Pineda"].country == "VE"
    assert people["Rubén Solís Marín"].country == "MX"


def test_swiss_city_president_and_cantonal_councillor() -> None:
    text = ("Regierungsrat Urs Imfeld empfing am Dienstag in Zug den Botschafter Japans, Kenji Sato. "
            "Stadtpräsidentin Monika Huber lud die Gäste anschließend zu einem Essen ein.")
    people = people_of(text, "de", DAY)
    assert people["Urs Imfeld"].country == "CH"
    assert people["Monika Huber"].country == "CH"
    assert people["Monika Huber"].role == "Mayor"


def test_russian_regional_head_and_eu_high_representative() -> None:
    text = ("Завтра гость посетит Уфу, где запланирована встреча с Главой Республики Башкортостан Рустемом "
            "Гайсиным. Министр также провёл телефонный разговор с Высоким представителем ЕС по иностранным делам "
            "и политике безопасности Анной Линдквист.")
    people = {p.name: p for p in people_of(text, "ru", DAY).values()}
    head = next(p for p in people.values() if p.name.startswith("Rustem"))
    assert head.country == "RU"
    high = next(p for p in people.values() if p.name.startswith("Anna"))
    assert high.country is None
    assert high.organization is not None and high.organization.code == "EU"


def test_russian_raees_title_is_a_regional_head() -> None:
    text = "Президент Лаоса посетит Казань, где запланирована его встреча с Раисом Республики Татарстан Ринатом Хасановым."
    head = next(p for p in people_of(text, "ru", DAY).values() if p.name.startswith("Rinat"))
    assert head.role == "Governor"
    assert head.country == "RU"


def test_trade_representative_is_american_and_not_a_minister() -> None:
    fr = "Ils se sont ensuite entretenus avec la représentante américaine au Commerce, Joan Pirelli."
    assert people_of(fr, "fr", DAY)["Joan Pirelli"].country == "US"
    en = "Later the minister spoke by video link with Trade Representative Joan Pirelli."
    person = people_of(en, "en", DAY)["Joan Pirelli"]
    assert person.country == "US"
    assert person.titles == ["Trade Representative"]  # "the minister" is someone else


def test_french_nomination_au_poste_de() -> None:
    text = "Lima a confirmé jeudi la nomination de Rosa Quispe Mamani au poste d'ambassadrice en Bolivie."
    assert people_of(text, "fr", DAY)["Rosa Quispe Mamani"].role == "Ambassador"


def test_surname_that_is_a_common_noun_after_given_names() -> None:
    text = ("La canciller de Colombia, Luisa Ortiz, y su homólogo venezolano, Ramón Alberto Guerra, acordaron el "
            "martes reabrir el puente.")
    assert people_of(text, "es", DAY)["Ramón Alberto Guerra"].country == "VE"


def test_president_of_the_republic_is_the_protagonists_head_of_state() -> None:
    text = ("Ministros de Perú, Ecuador y Colombia acuerdan un plan fronterizo\n\nLeticia, 14 de mayo de 2026.\n\n"
            "El ministro Andrés Salcedo Paz participó hoy en la reunión, convocada por el ministro ecuatoriano, "
            "Jorge Vera, y con el ministro de Colombia, Iván Rueda. Los ministros revisaron también la visita que el "
            "Presidente de la República, Hugo Tapia Ramos, realizará a Quito en junio.")
    people = people_of(text, "es", DAY)
    assert people["Andrés Salcedo Paz"].country == "PE"
    assert people["Hugo Tapia Ramos"].country == "PE"


def test_french_portfolio_adjective_keeps_the_title_to_its_state() -> None:
    text = ("Lundi, le ministre a reçu la ministre des Affaires étrangères et de la Coopération régionale de la "
            "République du Kenya, Mme Wanjiru Otieno.")
    person = people_of(text, "fr", DAY)["Wanjiru Otieno"]
    assert person.country == "KE"
    assert person.role == "Minister of Foreign Affairs"


def test_engineer_honorific_is_no_name() -> None:
    text = "Later the minister called on the Minister of Investment of Oman, Eng. Salim Al-Rawahi, in Muscat."
    people = people_of(text, "en", DAY)
    assert "Eng" not in people
    assert people["Salim Al-Rawahi"].country == "OM"


def test_spanish_defence_attache_of_an_embassy_serves_its_state() -> None:
    text = ("El Gobierno de Panamá declaró este lunes persona non grata al agregado de defensa de la Embajada de "
            "Honduras en Panamá, coronel Mario Ortiz Lagos, y le dio 72 horas para abandonar el país.")
    person = people_of(text, "es", DAY)["Mario Ortiz Lagos"]
    assert person.role == "Attaché"
    assert person.country == "HN"
