"""Places inside a clause about something else than the act: no venue of it (used by
:func:`graph.extract.notvenues.not_a_venue`).

- a city named bare (no locative word, nor "en la ciudad de", before it) in a relative clause of someone or something named after the act ("reçu ... par la
  présidente X, qui souhaite renforcer les échanges ... avec celles de Fès");
- a country (or a facility's city) in the phrase of a signed text's topic ("signed an agreement on investment in
  Mozambique");
- a place in the relative clause of a signed text ("firmaron un memorando que prevé inversiones ... en Puno").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.cues import cue_before
from graph.extract.events import GROUPS
from graph.model import City, Country, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["in_document_clause", "in_relative_clause", "signed_about", "town_located"]


def in_document_clause(ctx: Context, cspan: Span, target: EventMention, clause: re.Pattern[str] | None) -> bool:
    """"firmaron un memorando de entendimiento que prevé una inversión conjunta en plantas de agua en Puno", "signed
    an agreement that provides for training centres in Tamale": a place inside the relative clause of the text a
    signing names (``document_clause``: the text's noun, a few words and the pronoun), the phrase unbroken, is
    what the text provides for, not where it was signed."""
    if clause is None or target.type != "Ceremony" or target.end > cspan.start:
        return False
    found = clause.search(ctx.text, target.end, cspan.start)
    return found is not None and not _DOCUMENT_BREAK.search(ctx.text, found.start(), cspan.start)


#: What ends the phrase of a signed text before the country it is about.
_DOCUMENT_BREAK = re.compile(r"[,;:()\[\]«»\"“”„]")


def signed_about(ctx: Context, cspan: Span, place: object, target: EventMention,
                  document: re.Pattern[str] | None, facility: re.Pattern[str] | None) -> bool:  # fmt: skip
    """"unterzeichneten ... eine Absichtserklärung zur Herstellung von Wasserstoff in Ghana", "signed an agreement
    on investment in Mozambique", "une feuille de route sur les minerais critiques, qui prévoit la formation de
    géologues en France": a country named in the same phrase (or a relative clause of it) after a signed text and its topic word is
    what the text is about, not where it was signed. A city there may still be the venue, unless a facility word
    and its locative stand right before it ("eine Absichtserklärung über ein Berufsbildungszentrum in Kumasi",
    "an agreement on a solar plant in Tamale"): the city of the facility the text is about."""
    if document is None or target.type != "Ceremony" or target.end > cspan.start:
        return False
    if not isinstance(place, Country) and (facility is None or not facility.search(ctx.text, target.end, cspan.start)):
        return False
    between = _relatives(ctx.lang).sub(" ", ctx.text[target.end : cspan.start])  # ", qui prévoit la formation ... en France"
    between = _including(ctx.lang).sub(" ", between)  # "eight documents, including a road map on ... in Vietnam"
    return not _DOCUMENT_BREAK.search(between) and document.search(between) is not None


def in_relative_clause(ctx: Context, span: Span, cspan: Span, place: object, target: EventMention,
                        mentions: list[EventMention]) -> bool:  # fmt: skip
    """Whether a city named bare (no locative word, nor one and a town word, before it) after the act stands in a relative clause of
    someone or something named after the act, an act of its own left out ("sera reçu ... par la présidente X,
    qui souhaite renforcer les échanges entre les universités de la région et celles de Fès"): what the clause
    is about, not where the act is held. A trip's destination is left to it; the pronoun must be followed by a
    word in lower case (German "der", "die", "das" are also articles: ", die Stadt Ravensburg")."""
    if not isinstance(place, City) or target.end > cspan.start or GROUPS[target.type] == "visit":
        return False  # (a trip's destination may follow a clause about its traveller)
    if cue_before(ctx, "locative", cspan.start, span, 2) or town_located(ctx, span, cspan):
        return False  # "que se celebra en la ciudad de Antigua Guatemala": said as plainly as after "en"
    found = None
    for found in _clause_openers(ctx.lang).finditer(ctx.text, target.end, cspan.start):
        pass
    if found is None or not ctx.text[found.end() : found.end() + 12].lstrip()[:1].islower():
        return False  # ", die Stadt Ravensburg": an article before a noun, no relative pronoun
    return not any(found.end() <= m.start < cspan.start for m in mentions)


def town_located(ctx: Context, span: Span, cspan: Span) -> bool:
    """Whether a locative word stands before a phrase calling the place a town ("en la ciudad fronteriza de
    Cúcuta", "in the border town of", "в городе"): the place is said as plainly as after the bare word."""
    town = _town_phrase(ctx.lang)
    found = town.search(ctx.text, max(span.start, cspan.start - 40), cspan.start) if town is not None else None
    return found is not None and cue_before(ctx, "locative", found.start(), span, 3)


@cache
def _town_phrase(lang: str) -> re.Pattern[str] | None:
    town = lexicon.load("venues", lang).get("town_before")
    return re.compile(town, re.IGNORECASE) if town else None


@lru_cache(maxsize=None)
def _clause_openers(lang: str) -> re.Pattern[str]:
    """A comma opening a relative clause of a subject or an object (``relative_subject``, ``object_relative`` of
    ``<lang>/events.json``; not a clause of place or time such as "where")."""
    cues = lexicon.load("events", lang).get("cues", {})
    words = "|".join(w for w in (cues.get("relative_subject"), cues.get("object_relative")) if w)
    return re.compile(rf",\s*(?:{words})(?:(?<=['’])|(?![\w'’]))" if words else r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _including(lang: str) -> re.Pattern[str]:
    """A comma opening the list of the texts signed (``document_including`` of ``<lang>/venues.json``: "eight
    documents, including a road map on ..."): the list still names what was signed."""
    words = lexicon.load("venues", lang).get("document_including", "")
    return re.compile(rf",\s*(?:{words})(?![\w'’])" if words else r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _relatives(lang: str) -> re.Pattern[str]:
    """A comma opening a relative clause (``relative_pronouns`` of ``<lang>/dates.json``): the clause still tells
    what the signed text is about ("une feuille de route sur les minerais critiques, qui prévoit ...")."""
    words = lexicon.load("dates", lang).get("relative_pronouns", "")
    return re.compile(rf",\s*(?:{words})(?:(?<=['’])|(?![\w'’]))" if words else r"(?!)", re.IGNORECASE)
