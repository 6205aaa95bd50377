"""Where a government's own statements were made when the text names no place for them: a wire report filed
from a capital ("PARIS, 10 avril (Reuters) -", "PANAMÁ, 7 nov (EFE).-") tells what that state's ministry or
officials said there (a briefing, a press conference at the ministry, a communiqué).

Runs after :func:`graph.extract.settle.statement_occasions`: a statement made at an occasion the account
reports takes that occasion's place first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import places
from graph.model import Country

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["dateline_statements"]


def dateline_statements(drafts: list[Draft], filed_in: str | None) -> None:
    """An act (not a trip) the text places only in the state whose capital the dateline names (``filed_in``)
    took place in the city that state governs from (La Paz for Bolivia), and so did a statement without a place by that state alone (its speaker and
    co-signers are that state's, or it names no other state; a joint statement with another state is not)."""
    capital = places.government_city(filed_in) if filed_in else None
    if capital is None:
        return
    for draft in drafts:
        if draft.background or draft.status != "Occurred" or draft.type == "PhoneCall":
            continue
        if isinstance(draft.location, Country) and draft.location.code == filed_in and draft.group != "visit":
            draft.location = capital  # received during a trip to Japan, in a report filed from Tokyo: there
            continue  # (a trip itself stays in the country unless the text takes it to a city)
        if draft.type != "Statement" or draft.location is not None:
            continue
        issuers = {p.country for p in [draft.speaker, *draft.attendees] if p is not None and p.country}
        if issuers == {filed_in} or (not issuers and draft.countries == {filed_in}):  # not a joint statement
            draft.location = capital
