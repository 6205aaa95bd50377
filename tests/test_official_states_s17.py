"""States of officials read from delegation sides, counterpart ranks, "the two countries'" titles, a closing
institution line, and titles the lexicons had missed (Russian department directors, German members of
parliament and directors-general, French organisation names without the accent on "Etats")."""

from datetime import date

from extracted import extraction_of


def _people(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    found = extraction_of(text, lang, date(2026, 5, 14)).people
    return {p.name: (p.country, p.organization.code if p.organization else None) for p in found}


def test_elided_second_delegation() -> None:
    people = _people("Ayer se celebró en Lima la reunión entre Perú y Chile. La delegación peruana estuvo encabezada por "
                     "el Viceministro de Relaciones Exteriores, Jorge Salazar Ruiz, y la chilena por la Subsecretaria de "
                     "Relaciones Exteriores, Carmen Olivares Pino.", "es")
    assert people["Jorge Salazar Ruiz"][0] == "PE"
    assert people["Carmen Olivares Pino"][0] == "CL"


def test_counterpart_of_a_leader_is_no_minister() -> None:
    text = ("The Zambian foreign minister, Mutale Banda, held talks with her counterpart from Angola, Rosa Neto. "
            "Zambian President Peter Lungu and his Angolan counterpart will meet in Luanda next month.")
    extraction = extraction_of(text, "en", date(2026, 5, 14))
    planned = [e for e in extraction.events if e.status == "Planned"]
    assert planned and all("Rosa Neto" not in {a.name for a in e.attendees} for e in planned)


def test_two_countries_possessive_title() -> None:
    people = _people("Armenia and Georgia expel diplomats\n\nYerevan — Armenia on Monday expelled two diplomats. The "
                     "Georgian ambassador, Levan Beridze, was summoned by Armenian Deputy Foreign Minister Armen Hakobyan. The row comes a month after the two countries' "
                     "foreign ministers, Aram Sargsyan and Nino Kvaratskhelia, met in Tbilisi.", "en")
    assert people["Aram Sargsyan"][0] == "AM"
    assert people["Nino Kvaratskhelia"][0] == "GE"


def test_closing_institution_line() -> None:
    people = _people("The Minister of Foreign Affairs, Dato' Seri Ahmad Faizal Hamzah, attended the retreat under the "
                     "Philippines' ASEAN Chairmanship in Manila on 29 January 2026.\n\nWISMA PUTRA\nKUALA LUMPUR\n30 January 2026", "en")
    assert people["Ahmad Faizal Hamzah"][0] == "MY"


def test_russian_department_directors() -> None:
    people = _people("Российскую делегацию возглавлял директор Второго департамента Азии МИД России Игорь Петров, "
                     "вьетнамскую - генеральный директор по консульским делам МИД Вьетнама Нгуен Ван Тхань.", "ru")
    assert people["Igor Petrov"][0] == "RU"
    assert any(country == "VN" for name, (country, _) in people.items() if name != "Igor Petrov")


def test_german_member_of_parliament_and_director_general() -> None:
    people = _people("Begleitet wurde der Nationalratspräsident von der Abgeordneten Maria Gruber. Danach traf er in "
                     "Genf die Generaldirektorin der Internationalen Organisation für Migration, Amina Rahimi.", "de")
    assert "Maria Gruber" in people
    assert people["Amina Rahimi"] == (None, "IOM")


def test_french_unaccented_etats() -> None:
    people = _people("Le ministre a reçu le secrétaire général adjoint de la Ligue des Etats arabes, M. Samir Fawzi.", "fr")
    assert people["Samir Fawzi"] == (None, "LAS")


def test_stacked_titles_and_lower_case_cheikh() -> None:
    text = ("Alger, 14 octobre 2026 (APS) - Le ministre d'Etat, ministre des Affaires étrangères, Nadir Belkacem, s'est "
            "entretenu mardi par visioconférence avec le ministre d'Etat aux Affaires étrangères de l'Etat du Qatar, "
            "cheikh Hamad ben Khalid Al-Thani. La veille, le ministre d'Etat avait reçu en audience l'ambassadeur "
            "du Japon, M. Kenji Sato.")
    extraction = extraction_of(text, "fr", date(2026, 10, 14))
    people = {p.name: p for p in extraction.people}
    assert people["Hamad ben Khalid Al-Thani"].country == "QA"
    assert "ministre d'Etat" in people["Nadir Belkacem"].titles
    with_sato = [e for e in extraction.events if "Kenji Sato" in {a.name for a in e.attendees}]
    assert with_sato and all("Nadir Belkacem" in {a.name for a in e.attendees} for e in with_sato)
