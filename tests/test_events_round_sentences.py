"""Rounds of talks named by an ordinal alone in a sentence of their own after the round reported: "The first
round had taken place in September in Oslo." is a background round there; "A third round is planned for
January." a planned one (graph.extract.roundsentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _events(lang: str, text: str) -> list[tuple[str, str, str | None, bool]]:
    found = extraction_of(text, lang, date(2026, 11, 14))
    return [(event.type, event.status, event.date.value if event.date else None, event.background)
            for event in found.events]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "VIENNA (Reuters) - The second round of talks between Serbia and Kosovo ended in Vienna on Thursday "
               "without agreement. Serbian negotiator Milan Petrovic led his delegation. The first round had taken "
               "place in September in Oslo."),
        ("es", "VIENA (EFE) - La segunda ronda de negociaciones entre Serbia y Kosovo terminó el jueves en Viena sin "
               "acuerdo. El negociador serbio Milan Petrovic encabezó su delegación. La primera ronda se celebró en "
               "septiembre en Oslo."),
        ("de", "Wien. Die zweite Verhandlungsrunde zwischen Serbien und Kosovo ist am Donnerstag in Wien ohne "
               "Einigung zu Ende gegangen. Die Delegationen wurden von Milan Petrović geleitet. Die erste Runde hatte "
               "im September in Oslo stattgefunden."),
    ],
)
def test_the_first_round_told_alone_is_a_background_round(lang: str, text: str) -> None:
    events = _events(lang, text)
    assert any(e[2] == "2026-09" and e[1] == "Occurred" and e[0] in ("Talks", "Negotiation") for e in events), events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "VIENA (EFE) - La segunda ronda de negociaciones entre Serbia y Kosovo terminó el jueves en Viena sin "
               "acuerdo. El negociador serbio Milan Petrovic encabezó su delegación. La primera ronda se celebró en septiembre en Oslo. La tercera ronda está prevista "
               "para enero."),
        ("de", "Wien. Die zweite Verhandlungsrunde zwischen Serbien und Kosovo ist am Donnerstag in Wien ohne "
               "Einigung zu Ende gegangen. Die Delegationen wurden von Milan Petrović geleitet. Die erste Runde hatte im September in Oslo stattgefunden. "
               "Eine dritte Runde ist "
               "für Januar vereinbart."),
    ],
)
def test_the_next_round_told_alone_is_planned(lang: str, text: str) -> None:
    events = _events(lang, text)
    assert any(e[1] == "Planned" and e[0] in ("Talks", "Negotiation") for e in events), events
