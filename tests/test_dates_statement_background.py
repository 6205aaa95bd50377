"""A statement told after an old act its speakers recall does not take that act's date: an act before the main
one, or long before publication while the main act is still undated, is background (settle.statement_occasions)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Paul Renaud spoke by phone today with Canadian Prime Minister Mark Tremblay. Renaud "
               "recalled his state visit to Canada in September 2025. After the call, the two leaders issued a joint "
               "statement."),
        ("en", "Ottawa, November 10, 2026\n\nPresident Paul Renaud spoke by phone with Canadian Prime Minister Mark "
               "Tremblay. Renaud recalled his state visit to Canada in September 2025. After the call, the two "
               "leaders issued a joint statement."),
        ("fr", "Paris, le 10 novembre 2026\n\nLe président Paul Renaud s'est entretenu ce jour par téléphone avec "
               "M. Mark Tremblay, Premier ministre du Canada. Le chef de l'État a rappelé le partenariat renforcé lors "
               "de sa visite d'État au Canada en septembre 2025. À l'issue de leur échange, ils ont adopté une "
               "déclaration conjointe sur l'Arctique, publiée ce jour par les deux gouvernements."),
    ],
)
def test_a_joint_statement_after_a_call_is_not_dated_by_a_recalled_visit(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 11, 10))
    assert date_of(events, "StateVisit") == "2025-09"
    assert date_of(events, "Statement") == "2026-11-10"
