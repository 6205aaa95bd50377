"""A foreign government's reaction is not made where the report was filed: it is made at home, or nowhere said.

A report filed from one capital often ends on the other state's answer ("Das Außenministerium in Minsk sprach
von einer „unbegründeten Provokation“. Sein Sprecher X kündigte in einer Erklärung ... an", "In Bratislava
stieß der Schritt auf Unverständnis. Die slowakische Außenministerin X nannte ...", "Министр иностранных дел
Молдавии X назвал решение ... Выступая перед журналистами в Кишинёве, он сообщил ..."). A statement of that
state alone, which the account places nowhere, is not placed in the dateline's city
(:mod:`graph.extract.filedfrom`): it takes the seat of government of its state when its paragraph names it,
else no city, nor any when posted on a social network ("Estonia's foreign minister called the response
predictable, he wrote on X"). A state whose officials are reported in the dateline's state (a trip or talks
there) speaks there: the guest's remarks in Nairobi are told from Nairobi.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.extract.countries import governs_from
from graph.extract.placing import quoted_at
from graph.extract.text import line_spans
from graph.lang import supported_languages
from graph.model import City, Country, Event, Span, city_of

__all__ = ["foreign_voices"]

#: A post on a social network, placed nowhere ("написал он в соцсети X", "en un mensaje en redes sociales", "schrieb
#: auf der Plattform X"): platform names are the same in every language, the words for "social network" are not.
_SOCIAL = re.compile(r"(?<!\w)(?:Twitter|Telegram|Facebook|Instagram|(?:Plattform|platform|plateforme|plataforma|платформ\w*) X"
                     r"|(?:auf|on|sur|en|в|на) X(?!\w)|соцсет\w*|социальн\w+ сет\w*|redes sociales|réseaux sociaux"
                     r"|social media|sozialen (?:Netzwerk|Medien)\w*|Kurznachrichtendienst\w*)")

#: Acts that do not bring a state's officials into the host state: its envoy is there anyway.
_NOT_PRESENCE = frozenset({"Statement", "PhoneCall", "Summons", "Expulsion"})


def foreign_voices(text: str, cities: list[tuple[Span, City]], events: list[Event], home: str) -> set[int]:
    """The ids of the statements of one other state than ``home`` (the dateline's) the dateline must not place;
    each is placed in its state's seat of government when the paragraph of its sentences names that city."""
    present = _present(events, home)
    voices: set[int] = set()
    for event in events:
        if event.type != "Statement" or event.location is not None or len(event.countries) != 1:
            continue
        state = next(iter(event.countries))
        if state == home or state in present or any(p.country == home for p in event.attendees):
            continue
        voices.add(id(event))
        posted = any(_SOCIAL.search(text, s.start, s.end) for s in event.evidence)
        event.location = None if posted else _seat_in_paragraphs(text, cities, event.evidence, state)
    return voices


def _present(events: list[Event], home: str) -> set[str]:
    """The states whose officials the account reports in ``home``: parties of a current act placed there, or
    dated and placed nowhere (the dateline places it there)."""
    found: set[str] = set()
    for event in events:
        if event.type in _NOT_PRESENCE or event.background or event.status != "Occurred":
            continue
        if _state_of(event.location) == home or event.location is None and event.date is not None:
            found.update(event.countries)  # placed there, or dated and to be placed there by the dateline
    return found


def _state_of(place: object) -> str | None:
    if isinstance(place, Country):
        return place.code
    city = city_of(place)
    return city.country if city is not None else None


def _seat_in_paragraphs(text: str, cities: list[tuple[Span, City]], evidence: list[Span], state: str) -> City | None:
    """The seat of government of ``state`` named as a place ("in Minsk", "в Кишинёве", "aus Teheran") or as the
    subject opening a sentence ("Teheran reagierte prompt"), not inside a quotation, in the paragraphs (lines)
    of the evidence sentences, if one."""
    lines = [line for line in line_spans(text) if any(line.start <= s.start < line.end for s in evidence)]
    found = {}
    for span, city in cities:
        line = next((line for line in lines if line.start <= span.start < line.end), None)
        if line is None or city.country != state or not governs_from(city) or quoted_at(text, line.start, span.start):
            continue
        if _locative().search(text, max(line.start, span.start - 12), span.start) or _OPENS.search(text, line.start, span.start):
            found[city.geonames_id] = city  # "in Minsk", "aus Teheran"; "Teheran reagierte prompt: ..."
    return next(iter(found.values())) if len(found) == 1 else None


#: A sentence's start right before a place: the capital is the subject, its government acting there.
_OPENS = re.compile(r"(?:^|[.!?:]\s)\s*[\"'“„«]?$", re.MULTILINE)


@cache
def _locative() -> re.Pattern[str]:
    """A word saying where or whence, right before a place, in any language of the lexicons (``locative`` and
    ``origin`` cues of ``<lang>/events.json``: "in", "im", "à", "в", "aus", "from", "из", ...): "Die Reaktion aus
    Teheran ließ nicht lange auf sich warten"."""
    words = {w for lang in supported_languages() for cue in ("locative", "origin")
             for w in lexicon.load("events", lang).get("cues", {}).get(cue, "").split("|") if w}  # fmt: skip
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})\s+$", re.IGNORECASE)
