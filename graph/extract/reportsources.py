"""Statement nouns that only name the source of a report ("according to a statement", "..., the ministry
said in a statement"): they give their place and date to the events they report but are no event."""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import ends_with as _ends_with
from graph.extract.windows import word_list_before as _word_list_before
from graph.model import Span


def cited_source(triggers: Triggers, low: str, mention: EventMention, span: Span) -> bool:
    """Whether a statement noun is cited only as the source of a report ("according to a statement from the
    fire service", "selon un communiqué"): it takes its place and date during assembly, but is no event."""
    return mention.type == "Statement" and mention.entry.pos == "noun" and _ends_with(
        triggers, "source_of", " ".join(_word_list_before(low, mention.start, span.start, 3))
    )


def trailing_sources(triggers: Triggers, low: str, span: Span, found: list[EventMention]) -> None:
    """"X recibió a Y, informó la Cancillería en un comunicado", "..., the ministry said in a statement": a
    statement noun named as the medium of a report on an act told before it in the sentence is its source."""
    for i, m in enumerate(found):
        if m.type != "Statement" or m.entry.pos != "noun" or not any(o.type != "Statement" for o in found[:i]):
            continue
        if _ends_with(triggers, "medium", " ".join(_word_list_before(low, m.start, span.start, 2))):
            m.dropped = True
        elif _source_clause(triggers, low, span, m):
            m.dropped = True
            said = next((o for o in found[i + 1 :] if o.type == "Statement" and o.entry.pos == "verb"), None)
            if said is not None:
                said.dropped = True  # the verb saying it: "a statement from the ministry said"


def _source_clause(triggers: Triggers, low: str, span: Span, m: EventMention) -> bool:
    """"..., a statement from the ministry said", "..., indique un communiqué": a closing clause naming the source."""
    if not _ends_with(triggers, "trailing_source", low[max(span.start, m.start - 40) : m.start]):
        return False
    said = triggers.fast.get("source_said")
    return said is None or said.search(low, m.end, min(span.end, m.end + 120)) is not None
