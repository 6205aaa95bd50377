"""What a party said in the call a readout reports is part of it: "2. Minister X stated that Japan stands ready
to provide further assistance", "Le ministre a déclaré que ..." in the account of a telephone talk.

A statement told only by speech verbs of its own sentences (no statement noun, not told with the main event named
again, no audience, no quotation: "told reporters after the talks", "a déclaré à la presse", "said at a press
conference" and quoted words stay statements), with no date or place of its own, whose speaker is a party of
the article's main event, a call that took place and was told before it, is a remark made in that call: no
statement of its own. (After a meeting a party may announce things in public: "Ruiz anunció que ..." stays.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.triggers import compiled

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["remarks_in_talks", "said_on_record"]

_TALKS = ("call",)  # a party who met someone may announce things in public after; one on the phone spoke to them
_AUDIENCE_REACH = 40  # characters after a speech verb where its audience stands ("a déclaré M. X à la presse")
_QUOTE = re.compile(r"[\"“”„«»]")  # quotation marks: the words are quoted, on record
_QUOTE_BEFORE = 8  # characters before a speech verb where the quotation it closes ends ("», – отметил")


def said_on_record(ctx: Context, m: EventMention, span: Span) -> bool:
    """Whether a statement trigger names the press as its audience, in itself or right after it ("told
    reporters", "told a joint news conference", "a déclaré M. X à la presse": ``press_audience`` of
    ``<lang>/events.json``), or closes or opens a quotation next to it ("«...», – отметил губернатор", 'X said:
    "..."')."""
    if m.type != "Statement":
        return False
    if _QUOTE.search(ctx.text, max(span.start, m.start - _QUOTE_BEFORE), min(span.end, m.end + _AUDIENCE_REACH)):
        return True  # «...», – отметил X; X said: "..."
    pattern = compiled(ctx.lang).fast.get("press_audience")
    return pattern is not None and pattern.search(ctx.low, m.start, min(span.end, m.end + _AUDIENCE_REACH)) is not None


def remarks_in_talks(drafts: list[Draft], main: Draft | None) -> list[Draft]:
    """The drafts without the statements that are remarks made in the main event (see module)."""
    if main is None or main.group not in _TALKS or main.status != "Occurred" or main.background:
        return drafts
    told = min(main.sentences)
    sentences = {m.sentence for m in main.mentions}  # "stated after the talks": the talks named again
    kept = []
    for draft in drafts:
        if draft.type == "Statement" and _remark(draft, main, told, sentences):
            continue
        kept.append(draft)
    return kept


def _remark(draft: Draft, main: Draft, told: int, sentences: set[int]) -> bool:
    speaker = draft.speaker or (draft.attendees[0] if len(draft.attendees) == 1 else None)
    if speaker is None or not any(p is speaker for p in main.attendees):
        return False
    for m in draft.mentions:
        if m.entry.pos != "verb" or m.on_record or m.date is not None or m.location is not None or m.sentence <= told:
            return False
        if m.sentence in sentences or m.background or m.status != "Occurred":
            return False  # "stated after the talks that ...": said after them, not in them
    return True
