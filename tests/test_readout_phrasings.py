"""Phrasings of readouts and wire copy: a meeting a dated statement was made after takes its day, open questions
("Ob ..., blieb offen") are no acts, credentials presented "as ambassador of X" give the state, French
"rendre compte" is no plan and "s'est rendu" no future trip, "last evening" is the day before, the Russian
noun for a persona-non-grata declaration, German "war ... zu Gesprächen in X" as a visit, presidents of
assemblies and commerce ministers as their own titles."""

from datetime import date

from extracted import events_of, extraction_of, people_of


def test_meeting_before_a_dated_statement_takes_its_day() -> None:
    text = ("WARSCHAU (dpa) - «Wir stehen an der Seite unserer Partner», sagte Außenminister Tomasz Wierzbicki am "
            "Donnerstag vor Journalisten in Warschau. Er äußerte sich nach einem Treffen mit seinem litauischen "
            "Kollegen Darius Kairys, der zu einem eintägigen Besuch in die polnische Hauptstadt gekommen war.")
    events = events_of(text, "de", date(2026, 5, 14))
    meeting = next(e for e in events if e.type in ("Meeting", "Talks"))
    visit = next(e for e in events if e.type == "Visit")
    assert meeting.date is not None and meeting.date.value == "2026-05-14"
    assert visit.date is not None and visit.date.value == "2026-05-14"


def test_an_open_question_is_no_act() -> None:
    text = ("BERLIN (dpa) - Das Auswärtige Amt hat am Montag zwei Diplomaten der Botschaft in Berlin ausgewiesen. "
            "Ob die Gegenseite ihrerseits deutsche Diplomaten ausweisen wird, blieb zunächst offen.")
    events = events_of(text, "de", date(2026, 3, 2))
    assert [e.status for e in events if e.type == "Expulsion"] == ["Occurred"]


def test_last_evening_is_the_day_before() -> None:
    text = ("Islamabad, 4 May 2026\n\nPrime Minister Imran Qadir spoke last evening with President Ahmet Kaya "
            "of Türkiye on the telephone.")
    call = next(e for e in events_of(text, "en", date(2026, 5, 4)) if e.type == "PhoneCall")
    assert call.date is not None and call.date.value == "2026-05-03"


def test_credentials_as_ambassador_give_the_state() -> None:
    text = ("Rabat, le 3 mars 2026\n\nLe ministre des Affaires étrangères, M. Karim Alaoui, a reçu ce mardi "
            "M. Andrés Cifuentes Rojas, qui lui a remis une copie figurée de ses lettres de créance en qualité "
            "d'ambassadeur de la République du Chili auprès du Royaume du Maroc.")
    people = people_of(text, "fr", date(2026, 3, 3))
    assert people["Andrés Cifuentes Rojas"].country == "CL"


def test_reporting_on_a_call_is_no_plan_and_went_is_past() -> None:
    text = ("Compte rendu du Conseil des ministres du mercredi 11 mars 2026\n\n"
            "La semaine dernière, le ministre français des affaires étrangères, M. Hugo Lambert, s'est rendu en "
            "Italie. À Rome, le 5 mars, il s'est entretenu avec son homologue italien, M. Marco Bellandi.\n\n"
            "M. Lambert a rendu compte de l'entretien téléphonique que le Premier ministre a eu lundi avec le "
            "Premier ministre belge, M. Luc Vandamme.")
    events = events_of(text, "fr", date(2026, 3, 11))
    call = next(e for e in events if e.type == "PhoneCall")
    assert call.status == "Occurred" and call.date is not None and call.date.value == "2026-03-09"
    assert all(e.status == "Occurred" for e in events if e.type == "Visit")


def test_russian_persona_non_grata_noun() -> None:
    text = ("МОСКВА, 2 декабря. /ТАСС/. В понедельник в МИД России был вызван посол Эстонии Яан Тамм. Ему был "
            "заявлен протест в связи с объявлением на прошлой неделе двух сотрудников российского посольства "
            "в Таллине персонами нон грата.")
    assert any(e.type == "Expulsion" for e in events_of(text, "ru", date(2026, 12, 2)))


def test_german_was_in_a_city_for_talks_is_a_visit() -> None:
    text = ("Brüssel, 20. April 2026\n\nDie EU-Kommissarin Ilse Brandauer trifft am Dienstag in Luanda den "
            "Präsidenten Angolas, Domingos Neto Sebastião. Präsident Sebastião war zuletzt im vergangenen "
            "Oktober zu Gesprächen in Brüssel.")
    visits = [e for e in events_of(text, "de", date(2026, 4, 20)) if e.type == "Visit"]
    assert visits and visits[0].date is not None and visits[0].date.value == "2025-10"


def test_president_of_an_assembly_and_a_commerce_minister() -> None:
    es = ("Montevideo, 8 de julio de 2026\n\nEl presidente de Uruguay, Martín Echenique, recibió al presidente de "
          "Bolivia, Fernando Mamani Rojas. Por la tarde, Mamani Rojas fue recibido por la presidenta de la "
          "Asamblea General, Carolina Ferrés.")
    roles = {p.name: p.role for p in extraction_of(es, "es", date(2026, 7, 8)).people}
    assert roles["Carolina Ferrés"] != "President"
    en = ("Colombo, 17 February 2026\n\nSri Lanka's Foreign Minister Ravindu Senanayake and Bangladesh's Commerce "
          "Minister Tanvir Hasan Majumder signed three agreements in Colombo on Tuesday.")
    people = people_of(en, "en", date(2026, 2, 17))
    assert people["Tanvir Hasan Majumder"].country == "BD"
