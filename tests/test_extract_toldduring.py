"""Talks named again after "during" are the talks already reported, not a new act of the sentence's people."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


CASES = [
    ("fr", "Le ministre belge des Affaires étrangères, Luc Vermeulen, a reçu le 3 mars à Bruxelles son homologue "
           "ghanéen, Kofi Asante, qui effectue une visite de travail en Belgique les 3 et 4 mars. Ce mercredi, "
           "M. Asante sera reçu par le Premier ministre, Henri Lambrecht, au palais d'Egmont. La possibilité d'une "
           "visite du Premier ministre au Ghana a par ailleurs été évoquée lors des entretiens."),
    ("en", "Norwegian Foreign Minister Erik Solvang received his Kenyan counterpart Joseph Mwangi in Oslo on 3 March. "
           "On Wednesday, Mwangi will be received by Prime Minister Anders Berg. The possibility of a visit by the "
           "prime minister to Kenya was also raised during the talks."),
    ("es", "El canciller peruano, Jorge Salas, recibió el 3 de marzo en Lima a su homólogo sueco, Nils Ek. Este "
           "miércoles, Ek será recibido por el presidente Luis Bravo. La posibilidad de una visita del presidente a "
           "Suecia se abordó además durante las conversaciones."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_talks_named_again_after_during_add_no_meeting(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 3))
    meetings = [(e.status, {p.name for p in e.attendees}) for e in events if e.type in ("Meeting", "Talks")]
    assert len(meetings) == 2, [(e.type, [p.name for p in e.attendees]) for e in events]
    assert [status for status, _ in meetings] == ["Occurred", "Planned"]


def test_talks_first_told_after_during_are_an_event() -> None:
    text = "During the talks in Oslo on Monday, Norwegian Foreign Minister Erik Solvang and his Kenyan counterpart Joseph Mwangi discussed trade."
    events = events_of(text, "en", date(2026, 3, 3))
    assert [e.type for e in events if e.type in ("Meeting", "Talks")]


VISITS = [
    ("en", "Portuguese Foreign Minister Rui Matos will pay an official visit to Kenya next week. Matos and his "
           "Kenyan counterpart Joseph Mwangi last spoke by telephone on 2 February, when they discussed "
           "preparations for the visit."),
    ("de", "Der portugiesische Außenminister Rui Matos reist in der kommenden Woche zu einem Besuch nach Kenia. "
           "Matos hatte am 2. Februar mit seinem kenianischen Amtskollegen Joseph Mwangi telefoniert, um den "
           "Besuch vorzubereiten."),
    ("fr", "Le ministre portugais des Affaires étrangères, Rui Matos, effectuera la semaine prochaine une visite "
           "au Kenya. M. Matos s'est entretenu le 2 février par téléphone avec son homologue kényan, Joseph Mwangi, "
           "pour préparer la visite."),
]


@pytest.mark.parametrize(("lang", "text"), VISITS, ids=[c[0] for c in VISITS])
def test_a_visit_named_through_its_preparation_is_the_visit_reported(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 3, 3))
    visits = [e for e in events if e.type in ("Visit", "StateVisit")]
    assert len(visits) == 1, [(e.type, e.status, [p.name for p in e.attendees]) for e in events]
    assert [p.name for p in visits[0].attendees] == ["Rui Matos"]


def test_another_visit_being_prepared_stays_an_event() -> None:
    text = ("Заместитель министра иностранных дел России Дмитрий Орлов провел в Лиме консультации с заместителем "
            "министра иностранных дел Перу Хуаном Торресом. Стороны обсудили подготовку визита министра "
            "иностранных дел Перу в Москву, запланированного на апрель.")
    events = events_of(text, "ru", date(2026, 3, 3))
    assert [e for e in events if e.type == "Visit" and e.status == "Planned"]
