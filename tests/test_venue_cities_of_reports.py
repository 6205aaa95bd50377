"""Venue cities read from the whole report: a foreign government's answer made at home (or nowhere said), topics
listed after a topic noun, city adjectives before a gathering, named palaces, a signing after the talks, a
trip's later leg, the gathering a lead places, and a ministry named as an office ("главы МИД")."""

from __future__ import annotations

import re
from datetime import date

from graph.extract import lexicon
from graph.model import city_of

from extracted import extraction_of


def _events(text: str, lang: str, published: str) -> list[tuple[str, str | None, str | None]]:
    found = extraction_of(text, lang, published)
    return [(e.type, getattr(city_of(e.location), "name", None), e.date.value if e.date else None) for e in found.events]


def test_a_foreign_answer_is_made_in_its_own_capital_not_where_the_report_was_filed() -> None:
    text = ("Berlin. Die Bundesregierung hat zwei Mitarbeiter der belarussischen Botschaft ausgewiesen. Der belarussische "
            "Botschafter Dsmitry Kowaltschuk sei am Montag ins Auswärtige Amt einbestellt worden, bestätigte das "
            "Ministerium.\n\nDas Außenministerium in Minsk sprach von einer „Provokation“. Sein Sprecher Andrej "
            "Tschernjawski kündigte am Dienstag in einer Erklärung Gegenmaßnahmen an.")
    assert ("Statement", "Minsk", "2026-10-06") in _events(text, "de", "2026-10-07")


def test_a_foreign_answer_from_its_capital_is_made_there() -> None:
    head = ("Wien. Österreich hat zwei Mitarbeiter der iranischen Botschaft in Wien zu unerwünschten Personen erklärt, "
            "teilte das Außenministerium am Mittwoch mit.\n\n")
    answer = ("Der iranische Außenamtssprecher Hossein Mousavi-Nejad erklärte am Mittwochabend, die Ausweisung sei "
              "unbegründet.")
    for opening in ("Die Reaktion aus Teheran ließ nicht lange auf sich warten. ", "Teheran reagierte prompt. "):
        assert ("Statement", "Tehran", "2026-11-04") in _events(head + opening + answer, "de", "2026-11-05")


def test_a_foreign_answer_placed_nowhere_takes_no_city() -> None:
    text = ("МОСКВА, 27 января. /ТАСС/. Россия объявила персоной нон грата сотрудника посольства Эстонии в Москве.\n\n"
            "Министр иностранных дел Эстонии Кристьян Саар назвал ответ Москвы \"предсказуемым\", написал он в соцсети X.")
    events = _events(text, "ru", "2026-01-27")
    assert ("Statement", None, "2026-01-27") in events
    assert ("Expulsion", "Moscow", "2026-01-27") in events
    text = ("LIMA, 3 oct (EFE).- El Gobierno de Perú declaró este jueves persona non grata a dos funcionarios de la "
            "embajada de Cuba en Lima.\n\nLa canciller cubana, Marta Echevarría, calificó este viernes la medida de "
            "\"hostil\" en un mensaje en redes sociales. La Habana se reserva el derecho de responder, añadió.")
    assert all(city is None for kind, city, _ in _events(text, "es", "2025-10-04") if kind == "Statement")


def test_a_place_listed_after_a_topic_noun_is_a_topic_too() -> None:
    text = ("Berlin, 12.06.2026. Staatssekretärin Miriam Falkenhagen hat heute den Vizeaußenminister Vietnams, Do Minh "
            "Khai, empfangen. Im Mittelpunkt der Gespräche standen die Energiewende sowie die Lage im Südchinesischen "
            "Meer und in Myanmar.")
    found = extraction_of(text, "de", date(2026, 6, 12))
    assert all("MM" not in e.countries and getattr(e.location, "code", None) != "MM" for e in found.events)


def test_a_city_adjective_before_a_conference_names_its_city() -> None:
    text = ("Kairo, 14.04.2026 – Der türkische Außenminister Mehmet Ali Karaoglu traf am Montag seinen ägyptischen "
            "Amtskollegen Hisham Abdelrahman. Zuletzt waren Karaoglu und Abdelrahman im Februar am Rande der Münchner "
            "Sicherheitskonferenz zusammengetroffen.")
    assert ("Meeting", "Munich", "2026-02") in _events(text, "de", "2026-04-14")


def test_a_signing_after_the_talks_is_where_they_were_held() -> None:
    text = ("El presidente Julio César Monterroso recibió este jueves en el Palacio Nacional de la Cultura a su homólogo "
            "de la República Dominicana, Rafael Antonio Peña Batista.\n\nAl concluir el encuentro, la canciller Ana Lucía "
            "Sierra y el ministro de Relaciones Exteriores dominicano, Héctor Manuel Almánzar, firmaron un memorando de "
            "entendimiento.")
    events = _events(text, "es", "2026-08-20")
    assert ("Meeting", "Guatemala City", "2026-08-20") in events
    assert ("Ceremony", "Guatemala City", "2026-08-20") in events
    text = ("Paris, le 2 octobre 2026\n\nÀ Windhoek, le ministre Julien Marchetti a été reçu mardi 29 septembre par la "
            "Présidente de la République de Namibie, Mme Ndapewa Shikongo. Il s'est ensuite entretenu avec son homologue, "
            "M. Petrus Nghipandulwa. Les deux ministres ont signé une feuille de route sur les minerais critiques, qui "
            "prévoit notamment la formation de géologues namibiens en France.")
    assert ("Ceremony", "Windhoek", "2026-09-29") in _events(text, "fr", "2026-10-02")


def test_a_visit_is_not_placed_by_its_later_leg() -> None:
    text = ("Nairobi, Kenya — Ethiopia's Prime Minister Dawit Alemu Gebre concluded a two-day official visit to Kenya on "
            "Monday, during which the two neighbours signed agreements on trade.\n\nThe visit, held 15-16 March, began "
            "with talks between Dawit and Kenyan President Samuel Kiprono Wafula at State House, Nairobi on Sunday.\n\n"
            "Dawit travelled to Mombasa on Monday afternoon, where he toured the container terminal and met Mombasa "
            "County Governor Abdallah Said Mwinyi before flying home in the evening.")
    events = _events(text, "en", "2026-03-17")
    assert ("Visit", "Nairobi", "2026-03-15") in events
    assert ("Meeting", "Mombasa", "2026-03-16") in events


def test_a_visit_is_not_placed_by_its_undated_later_leg() -> None:
    text = ("Foreign Minister Narantuya concludes official visit to Japan\n\nMinister for Foreign Affairs of Mongolia "
            "Ms. Tserendorj Narantuya paid an official visit to Japan on 16-18 March at the invitation of Minister for "
            "Foreign Affairs of Japan Mr. Kenji Morisaki.\n\nOn the first day of the visit, Minister Narantuya held "
            "talks with her Japanese counterpart at the Iikura Guest House in Tokyo.\n\nOn the final day of the "
            "visit, Minister Narantuya travelled to Osaka, where she met with Governor of Osaka Prefecture Ms. Emiko "
            "Nakayama.")
    assert [city for kind, city, _ in _events(text, "en", "2026-03-19") if kind == "Visit"] == ["Tokyo"]


def test_the_gathering_a_lead_places_was_held_there() -> None:
    text = ("Soudan : à Genève, l'ONU obtient des promesses\nLes bailleurs réunis mercredi au Palais des Nations, à "
            "Genève, ont promis 1,4 milliard de dollars.\nLa conférence était coprésidée par la secrétaire d'État "
            "suisse aux affaires étrangères, Sophie Vuilleumier, et le ministre soudanais des Affaires étrangères, "
            "Abdelrahman El-Tayeb.")
    assert [city for kind, city, _ in _events(text, "fr", "2026-11-05") if kind == "Conference"] == ["Geneva"]


def test_a_ministry_named_as_an_office_is_no_venue() -> None:
    cases = {"ru": "в должности главы ", "en": "the head of the ", "de": "als Chef des ", "fr": "à la tête du ",
             "es": "como titular de la "}
    for lang, before in cases.items():
        pattern = re.compile(lexicon.load("venues", lang)["not_venue"]["office_head"], re.IGNORECASE)
        assert pattern.search(before) is not None, lang
    pattern = re.compile(lexicon.load("venues", "en")["not_venue"]["office_head"], re.IGNORECASE)
    assert pattern.search("summoned to the ") is None
