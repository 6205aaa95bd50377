"""Words said in a statement named in the same sentence: "dijo Andrade en una declaración conjunta a la prensa",
"said X in a joint statement with Y", "En una declaración conjunta leída al término del encuentro, los dos
ministros expresaron ... y anunciaron ...".

A speech verb and a statement noun of one sentence whose people or speaker hold the verb's speaker tell one
statement: the noun names the occasion the words were said at. A noun told in an earlier sentence, or after
"after" ("Nach der gemeinsamen Erklärung sagte X"), stays apart (see
:func:`graph.extract.merge._statement_target`: X's own words after a joint declaration).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.events import EventMention

__all__ = ["said_in_statement"]


def said_in_statement(draft: Draft, m: EventMention) -> bool:
    """Whether statement mention ``m`` and the statement ``draft`` told so far only in ``m``'s sentence are a
    speech verb and the statement noun naming its occasion, of one speaker (see module)."""
    if m.background or m.after or any(x.sentence != m.sentence or x.background or x.after for x in draft.mentions):
        return False
    poses = {x.entry.pos for x in draft.mentions}
    if len(poses) != 1 or poses == {m.entry.pos}:
        return False  # one verb and one noun
    verb_first = poses == {"verb"}
    speaker = draft.speaker if verb_first else m.speaker
    noun = m if verb_first else draft
    people = m.persons if verb_first else draft.attendees
    if speaker is None:
        return False
    return noun.speaker is speaker or any(p is speaker for p in people)
