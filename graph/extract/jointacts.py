"""Joint acts issued by the parties of the act they follow: "In a joint statement issued after the talks, they
said ...", "dans un communiqué conjoint publié à l'issue de l'entretien". The statement names nobody of its
own (its subject is a pronoun); its issuers are the parties of the meeting or talks told in the same sentence,
or else in the sentence before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["joint_parties"]


def joint_parties(drafts: list[Draft]) -> None:
    """Give a joint statement that names no issuer the parties of the act it follows (in place)."""
    for draft in drafts:
        if draft.type != "Statement" or draft.attendees or draft.speaker is not None:
            continue
        if not draft.mentions or not all(m.entry.joint for m in draft.mentions):
            continue
        act = _act_before(drafts, draft, min(draft.sentences))
        if act is not None:
            draft.attendees = list(act.attendees)
            draft.countries |= act.countries


def _act_before(drafts: list[Draft], statement: Draft, sentence: int) -> Draft | None:
    """The meeting, talks, call or gathering (a ministers' meeting of three states) of two or more named people told
    in ``sentence`` (else the one before)."""
    for wanted in (sentence, sentence - 1):
        acts = [d for d in drafts if d is not statement and d.group in ("meet", "call", "summit") and len(d.attendees) > 1
                and d.status == "Occurred" and wanted in d.sentences]  # fmt: skip
        if acts:
            return acts[-1]
    return None
