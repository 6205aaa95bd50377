"""Plans put off without a new date are called off; a possessive makes "visit" a noun that a later postponing
verb reaches; statements at a regular briefing; questions give no events; two full names joined by "y" are two
people; military ranks are no part of a name."""

from __future__ import annotations

from graph.model import Extraction

from extracted import events_of, extraction_of


PUBLISHED = "2026-05-04"


def _statuses(extraction: Extraction) -> list[str]:
    return [e.status for e in extraction.events]


def test_a_plan_put_off_without_a_new_date_is_cancelled() -> None:
    cases = {
        "en": "The summit between the presidents Ana Lopez and Pedro Vargas, set for 24 May in Lima, has been postponed with no new date.",
        "de": "Das Treffen der Präsidenten Ana Lopez und Pedro Vargas, geplant für den 24. Mai in Lima, wurde ohne neuen Termin verschoben.",
        "fr": "Le sommet entre les présidents Ana Lopez et Pedro Vargas, prévu le 24 mai à Lima, est reporté sans nouvelle date.",
        "es": "La cumbre entre los presidentes Ana López y Pedro Vargas, prevista para el 24 de mayo en Lima, queda aplazada sin nueva fecha.",
        "ru": "Встреча президентов Аны Лопес и Педро Варгаса, запланированная на 24 мая в Лиме, отложена без новой даты.",
    }
    for lang, text in cases.items():
        assert _statuses(extraction_of(text, lang, PUBLISHED)) == ["Cancelled"], lang


def test_a_plan_moved_to_a_new_month_stays_planned() -> None:
    x = extraction_of("The summit between the presidents Ana Lopez and Pedro Vargas has been postponed to July.", "en", PUBLISHED)
    assert _statuses(x) == ["Planned"]


def test_a_possessive_visit_reached_by_a_later_postponing_verb_is_planned() -> None:
    x = extraction_of("Peru's Foreign Minister Tomas Berg's visit to Chile, which had been scheduled for next week, has been postponed to July, an official said.", "en", PUBLISHED)
    assert [(e.type, e.status) for e in x.events] == [("Visit", "Planned")]


def test_a_spokesperson_at_the_regular_briefing_makes_a_statement() -> None:
    cases = {
        "en": "Foreign ministry spokesperson Mei Lanfang told the regular press briefing that the vessel had left.",
        "de": "Der Sprecher des Außenministeriums, Mei Lanfang, sagte bei der regelmäßigen Pressekonferenz in Peking, das Schiff sei abgefahren.",
    }
    for lang, text in cases.items():
        x = extraction_of(text, lang, PUBLISHED)
        assert [(e.type, e.speaker.name if e.speaker else None) for e in x.events] == [("Statement", "Mei Lanfang")], lang


def test_regular_meetings_stay_generic() -> None:
    assert events_of("The two ministers Ana Lopez and Pedro Vargas hold regular meetings.", "en", PUBLISHED) == []


def test_a_question_at_a_briefing_is_no_event() -> None:
    x = extraction_of("Question (Reuters): Is the government considering expelling Chile's ambassador Pedro Vargas?", "en", PUBLISHED)
    assert x.events == []
    x = extraction_of("¿Viajará la canciller Ana López a Santiago la próxima semana?", "es", PUBLISHED)
    assert x.events == []


def test_two_full_names_joined_by_y_are_two_people() -> None:
    x = extraction_of("La cumbre entre los presidentes Rodrigo Ibáñez Mora y Tomás Quiroga Vela se celebró el lunes en Lima.", "es", PUBLISHED)
    assert sorted(p.name for p in x.people) == ["Rodrigo Ibáñez Mora", "Tomás Quiroga Vela"]
    x = extraction_of("El filósofo José Ortega y Gasset y el presidente Tomás Quiroga se reunieron el lunes.", "es", PUBLISHED)
    assert "José Ortega y Gasset" in [p.name for p in x.people]


def test_a_military_rank_is_no_name() -> None:
    cases = {
        "en": "Foreign Minister Ana Lopez met Defence Minister Lieutenant General Rustam Haydarov on Monday in Dushanbe.",
        "de": "Außenministerin Ana Lopez traf am Montag in Duschanbe Verteidigungsminister Generalleutnant Rustam Haydarov.",
        "ru": "Министр иностранных дел Ана Лопес встретилась в понедельник в Душанбе с министром обороны генерал-лейтенантом Рустамом Хайдаровым.",
    }
    for lang, text in cases.items():
        names = {p.name for p in extraction_of(text, lang, PUBLISHED).people}
        assert not any("General" in n or "Generalleutnant" in n for n in names), (lang, names)
        assert any(n.startswith("Rustam") for n in names), (lang, names)


def test_a_trip_pushed_to_a_later_month_is_planned() -> None:
    x = extraction_of("Peru's Foreign Minister Tomas Berg's visit to Chile, set for next week, has been pushed back to July.", "en", PUBLISHED)
    assert [(e.type, e.status) for e in x.events] == [("Visit", "Planned")]


def test_a_yes_no_question_is_no_event_but_a_question_on_a_held_call_keeps_it() -> None:
    x = extraction_of("Frage: Wird die Regierung den Botschafter Pedro Vargas ausweisen?", "de", PUBLISHED)
    assert x.events == []
    x = extraction_of("Außenministerin Ana Lopez telefonierte am Donnerstag mit Pedro Vargas. "
                            "Frage: Frau Ministerin, wie ist das Gespräch mit Pedro Vargas verlaufen?", "de", PUBLISHED)
    assert [e.type for e in x.events] == ["PhoneCall"]
