"""Calls and joint acts whose parties the sentence does not give in one piece: a recall "for consultations" is no
call (``events.json`` null triggers); "conversó además este lunes por teléfono con A y, por separado, con B" is two calls
(graph/extract/sequences.py); a
title-only official joined by "and" to a named caller takes part (graph/extract/cosubjects.py); a joint declaration
takes the parties of a meeting completed by a participation sentence (graph/extract/assemble.py); "ils se sont
entretenus par visioconférence avec X" is a call of the two persons named before and X (graph/extract/merge.py,
assemble.py)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def _names(event) -> set[str]:
    return {p.name for p in event.attendees}


def test_a_recall_for_consultations_is_no_call() -> None:
    text = ("San José, 23 feb 2026. – Costa Rica expulsó a un diplomático nicaragüense. Costa Rica mantiene a su "
            "embajadora en Managua, Laura Chacón Brenes, llamada a consultas desde el jueves.")
    events = events_of(text, "es", date(2026, 2, 23))
    assert not [e for e in events if e.type in ("PhoneCall", "Talks")], [(e.type, _names(e)) for e in events]


def test_the_caller_of_a_call_with_words_between_verb_and_manner() -> None:
    text = ("San José, 23 feb 2026. – La canciller de Costa Rica, Daniela Vargas Solís, condenó el incidente. "
            "Vargas conversó además este lunes por teléfono con el secretario general de la OEA, Ricardo Álvarez "
            "Pinto, y, por separado, con el canciller de Panamá, Eduardo Ríos Valdés.")
    calls = [e for e in events_of(text, "es", date(2026, 2, 23)) if e.type == "PhoneCall"]
    assert sorted(sorted(_names(e)) for e in calls) == [["Daniela Vargas Solís", "Eduardo Ríos Valdés"],
                                                        ["Daniela Vargas Solís", "Ricardo Álvarez Pinto"]], calls


def test_a_title_only_official_joined_to_a_caller_takes_part() -> None:
    text = ("Pressemitteilung der Bundesregierung, 27. Januar 2026. Der Bundeskanzler empfängt am Mittwoch den "
            "Präsidenten der Republik Ghana, Kofi Amankwah Boateng, zu einem offiziellen Besuch. Der Bundeskanzler "
            "und Präsident Boateng hatten zuletzt im Dezember miteinander telefoniert.")
    calls = [e for e in events_of(text, "de", date(2026, 1, 27)) if e.type == "PhoneCall"]
    assert len(calls) == 1 and {"DE", "GH"} <= set(calls[0].countries)


def test_a_joint_declaration_takes_the_parties_of_the_meeting() -> None:
    text = ("Salta, 20 de abril de 2026. El canciller de Chile, Tomás Errázuriz Vial, participó hoy en la Reunión "
            "Trilateral de Cancilleres sobre el Litio en la ciudad de Salta. Asistió también el ministro de "
            "Relaciones Exteriores de Bolivia, Freddy Mamani Choque. Los tres ministros analizaron la cooperación "
            "científica. Al término de la reunión emitieron una declaración conjunta.")
    statements = [e for e in events_of(text, "es", date(2026, 4, 20)) if e.type == "Statement"]
    assert any({"Tomás Errázuriz Vial", "Freddy Mamani Choque"} <= _names(e) for e in statements), statements


def test_they_spoke_by_video_call_with_a_third() -> None:
    text = ("Ottawa, 5 juin 2026. La ministre des Affaires étrangères, Geneviève Tremblay-Roy, a reçu jeudi à Ottawa "
            "son homologue mexicain, Rodrigo Salinas Ocampo. Les deux ministres ont fait une déclaration conjointe à "
            "la presse. En fin de journée, ils se sont entretenus par visioconférence avec la représentante "
            "américaine au Commerce, Dana Whitfield.")
    calls = [e for e in events_of(text, "fr", date(2026, 6, 5)) if e.type == "PhoneCall"]
    assert [sorted(_names(e)) for e in calls] == [["Dana Whitfield", "Geneviève Tremblay-Roy", "Rodrigo Salinas Ocampo"]]


def test_they_welcomed_a_signing_is_no_meeting_of_theirs() -> None:
    text = ("Kuala Lumpur, July 10, 2026. Today Minister of Foreign Affairs Sophie Tremblay met with Dewi Kartika, "
            "Minister of Foreign Affairs of Indonesia. Minister Tremblay and Minister Kartika discussed maritime "
            "security. They welcomed the signing earlier this week of a memorandum of understanding.")
    meetings = [e for e in events_of(text, "en", date(2026, 7, 10)) if e.type == "Meeting"]
    assert len(meetings) == 1, [(e.date, _names(e)) for e in meetings]
