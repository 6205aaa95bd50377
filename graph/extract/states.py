"""Which states take part in an act a sentence reports: its people's, and the country words that name a party.

"the foreign minister of Austria", "Leaders of Germany, Russia and Poland": a country in a title phrase, or listed
after one, is a party; "talks on Ukraine" names a topic and "in Austria" a place. A ministry ("the State
Department summoned ...") and the issuing state's own office ("Das Auswärtige Amt bestellte ... ein") stand for
their state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import roles
from graph.extract.cues import cue_after, cue_before, in_since_phrase
from graph.extract.triggers import EventMention
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["assign_countries", "nearest"]

#: How far (characters) from a trigger a country word may stand to take part in its event.
_COUNTRY_REACH = 120
#: Between two countries of one list: a comma or a conjunction.
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|und|et|y|e|и|sowie)\b)\s*")


def nearest(mentions: list[EventMention], start: int, end: int) -> EventMention | None:
    """The mention nearest to the text ``[start, end)``."""
    return min(mentions, key=lambda m: min(abs(m.start - end), abs(start - m.end)), default=None)


def assign_countries(ctx: Context, mentions: list[EventMention], span: Span, countries: list) -> None:
    """The states of a sentence's mentions: their people's, and the country words nearest to them that name a party
    (not a topic: "talks on Ukraine"; not a place: "in Austria"), a ministry's owner, the issuing state's office."""
    titled = _titled_lists(ctx, countries)
    # the first state a plural title lists ("los cancilleres de Colombia, Ecuador y Perú") reaches further
    listed = {head for start, head in titled.items() if start != head and ctx.titled.covers(head)}
    for m in mentions:
        m.countries = {p.country for p in m.persons if p.country}
        if m.speaker is not None and m.speaker.country:
            m.countries.add(m.speaker.country)
        if len(m.countries) >= 2 or (m.type == "Statement" and (m.countries or m.speaker is not None)):
            continue
        lists = set()  # heads of the titled lists a country of which takes part
        for cspan, country in countries:
            in_title = cspan.start in titled  # "the foreign minister of Austria", "of the Ghana–Ireland talks": parties
            if min(abs(cspan.start - m.end), abs(m.start - cspan.end)) > _COUNTRY_REACH * (1 + (cspan.start in listed)):
                continue
            if (not in_title and cue_before(ctx, "topic", cspan.start, span)) or cue_before(ctx, "locative", cspan.start, span, 1):
                continue
            if in_since_phrase(ctx, cspan.start, span, mentions, "since_strict") or cspan.start in ctx.in_names:
                continue
            if country.form == "adjective" and cue_after(ctx, "migrants", cspan.end, span):
                continue  # "die Versorgung syrischer Flüchtlinge": the people a talk is about, not a party
            if nearest(mentions, cspan.start, cspan.end) is m:
                m.countries.add(country.code)
                if in_title:
                    lists.add(titled[cspan.start])
        # "con la participación de los cancilleres de Colombia, Ecuador y Perú": the rest of a list goes with its head
        m.countries.update(country.code for cspan, country in countries if titled.get(cspan.start) in lists)
        for vspan, venue in ctx.venues_by.get(m.sentence, []):
            if venue.kind == "ministry" and venue.owner and nearest(mentions, vspan.start, vspan.end) is m:
                m.countries.add(venue.owner)  # "the State Department summoned ..."
        lex = roles.compiled(ctx.lang)
        if lex.home is not None and m.type in ("Summons", "Expulsion", "Statement"):
            for match in lex.home.finditer(ctx.text, span.start, span.end):  # "Das Auswärtige Amt bestellte ... ein"
                code = next((c for k, c in lex.home_codes.items() if match.group().lower().startswith(k.lower())), None)
                if code and nearest(mentions, match.start(), match.end()) is m:
                    m.countries.add(code)


#: What joins two states' names into a pair's name: "Ghana–Ireland", "Kenya-Ethiopia" (not adjectives:
#: "über eine deutsch-saudische Partnerschaft" names a topic).
_PAIR_JOINS = frozenset("-–—/")


def _titled_lists(ctx: Context, countries: list) -> dict[int, int]:
    """Starts of the country words inside a title phrase and of those listed after one ("the leaders of Estonia,
    Latvia and Lithuania": all three are parties, though "of Latvia" alone could name a topic), each with the
    start of the first country of its list."""
    out: dict[int, int] = {}
    for (a, ma), (b, mb) in zip([(None, None), *countries], countries):
        if a is not None and a.start in out and _LIST_GAP.fullmatch(ctx.low, a.end, b.start):
            out[b.start] = out[a.start]
        elif ctx.titled.covers(b.start):
            out[b.start] = b.start
        if a is not None and b.start - a.end == 1 and ctx.low[a.end] in _PAIR_JOINS and ma.form == mb.form == "name":
            out.setdefault(a.start, a.start)  # "of the Ghana–Ireland consultations": both parties, not a topic
            out[b.start] = out[a.start]
    return out
