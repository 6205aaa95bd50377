"""A talks format named as set up ("the establishment of the Strategic Dialogue") is no act of it, in every language;
a round of the same format held is one."""

from datetime import date

import pytest

from extracted import extraction_of


LEAD = {
    "en": "Foreign Minister Anna Berg received Foreign Minister Karl Lund in Oslo yesterday. ",
    "de": "Außenministerin Anna Berg hat gestern in Oslo Außenminister Karl Lund empfangen. ",
    "fr": "La ministre des Affaires étrangères Anna Berg a reçu hier à Oslo le ministre des Affaires étrangères Karl Lund. ",
    "es": "La canciller Anna Berg recibió ayer en Oslo al canciller Karl Lund. ",
    "ru": "Министр иностранных дел Анна Берг вчера приняла в Осло министра иностранных дел Карла Лунда. ",
}
FOUNDED = {
    "en": "Norway and Denmark agreed on the establishment of the Strategic Dialogue in 2024.",
    "de": "Norwegen und Dänemark haben die Einrichtung des Strategischen Dialogs im Jahr 2024 vereinbart.",
    "fr": "La Norvège et le Danemark ont convenu en 2024 de la création du dialogue stratégique.",
    "es": "Noruega y Dinamarca acordaron en 2024 la creación del diálogo estratégico.",
    "ru": "Норвегия и Дания договорились о создании стратегического диалога в 2024 году.",
}
HELD = {
    "en": "The first round of the Strategic Dialogue took place in Copenhagen in October 2025.",
    "de": "Die erste Runde des Strategischen Dialogs hatte im Oktober 2025 in Kopenhagen stattgefunden.",
}


def _events(lang: str, text: str) -> list[tuple[str, str | None]]:
    found = extraction_of(text, lang, date(2026, 6, 24))
    return [(e.type, e.date.value if e.date else None) for e in found.events]


@pytest.mark.parametrize("lang", sorted(FOUNDED))
def test_a_format_set_up_is_no_talks(lang: str) -> None:
    events = _events(lang, LEAD[lang] + FOUNDED[lang])
    assert [t for t, _ in events] == ["Meeting"], events
    assert events[0][1] == "2026-06-23"


@pytest.mark.parametrize("lang", sorted(HELD))
def test_a_round_of_the_format_held_is_talks(lang: str) -> None:
    events = _events(lang, LEAD[lang] + HELD[lang])
    assert ("Talks", "2025-10") in events, events
