"""Where "there" points: an event without a place of its own takes that of an event placed before it.

Helpers of :mod:`graph.extract.assemble` (through :mod:`graph.extract.placing`). The text points there ("Il doit
y rencontrer", "wo er dort ... trifft", "Allí está prevista la firma"), names the city just before ("nimmt am
OSZE-Ministerrat in Wien teil. Dort könnte sie ... treffen"), goes on with the same people, status and day, or
says the act followed the one before ("Owusu-Darko unterzeichnete anschließend ...": ``afterwards`` of
``<lang>/venues.json``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.cues import cue_after, cue_before, cue_between
from graph.extract.events import GROUPS, EventMention, compiled
from graph.extract.text import OPENING
from graph.model import City, Country, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["there"]


def there(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """An event without a place of its own takes that of the latest event placed before it when the text
    points there ("Il doit y rencontrer", "wo er dort ... trifft") or goes on with the same people, status
    and day ("Il rencontrera également ...")."""
    pointed: EventMention | None = None  # the act of this sentence placed by its "there"
    for m in mentions:
        last = ctx.last_placed
        if m.location is None and m.type not in ("PhoneCall", "Statement"):
            m.location = _city_pointed(ctx, span, m, last)
        if m.location is None and m.type not in ("PhoneCall", "Statement") and last is not None:
            opening = _opens_with_there(ctx, span, m)
            there = opening or cue_before(ctx, "there", m.start, span, 2) or cue_after(ctx, "there", m.end, span)
            unnamed = not m.persons and m.type == "Ceremony" and not cue_before(ctx, "after_told", m.start, span, 3)
            if there or _goes_on(last, m, unnamed) or _same_clause_there(pointed, m) or _afterwards(ctx, span, last, m):
                m.location = last.location
            pointed = m if there and pointed is None else pointed
            if opening and m.date is None and not m.date_text and m.status == last.status:
                m.date, m.date_text = last.date, last.date_text  # "Allí está prevista la firma": then and there
        if m.location is not None and m.type != "Statement" and not _vaguer(m, ctx.last_placed):
            ctx.last_placed = m


def _vaguer(m: EventMention, last: EventMention | None) -> bool:
    """Whether ``m`` is placed only in a state after an act of its sentence placed in a city ("recibió en el Palacio
    Nacional de la Cultura a X, quien realiza una visita oficial a Guatemala"): the city stays the scene to follow."""
    return isinstance(m.location, Country) and last is not None and last.sentence == m.sentence \
        and last.location is not None and not isinstance(last.location, Country)


def _city_pointed(ctx: Context, span: Span, m: EventMention, last: EventMention | None) -> City | None:
    """The city named last in this sentence or the one before, after the act placed last if any, when the text
    points there ("sont attendus à Asunción pour l'Assemblée ... Ils pourraient s'y rencontrer", "nimmt am
    OSZE-Ministerrat in Wien teil. Dort könnte sie ... treffen"): an act nobody placed there may have named it."""
    if not (_opens_with_there(ctx, span, m) or cue_before(ctx, "there", m.start, span, 2)
            or cue_after(ctx, "there", m.end, span)):
        return None
    after = last.end if last is not None else -1
    named = [(s, c) for k in (m.sentence - 1, m.sentence) for s, c in ctx.cities_by.get(k, [])
             if after <= s.start < m.start and not ctx.head_place <= s.start < max(ctx.head_end, ctx.head_place + 1)]
    if named and last is not None and isinstance(last.location, City) and last.location_at < named[-1][0].start:
        at = last.location_at  # "s'est rendu à Port-Soudan, où les autorités de Khartoum se sont repliées. Il y a
        # rencontré ...": a city of the "where" clause describing the place is not where "there" points
        named = [(s, c) for s, c in named if s.start <= at or not cue_between(ctx, "relative", at, s.start)]
    return named[-1][1] if named else None


def _same_clause_there(pointed: EventMention | None, m: EventMention) -> bool:
    """Whether ``m`` is joined to an act its sentence placed "there", with the same status ("Il y sera reçu
    par le président et tiendra des consultations avec son homologue"): it happens there too."""
    return pointed is not None and pointed.status == m.status and GROUPS[m.type] != "visit"


def _goes_on(last: EventMention, m: EventMention, signing: bool = False) -> bool:
    """Whether ``m`` continues the account of ``last``: next sentence, a shared participant (or, ``signing``, a
    signing held naming no one and not told as what an act followed: "Il s'est ensuite entretenu avec son
    homologue. Les deux ministres ont signé ..."), same status and day."""
    shared = set(map(id, m.persons)) & set(map(id, last.persons)) \
        or signing and m.status == "Occurred" and not isinstance(last.location, Country)  # a state only: a topic
    if m.sentence - last.sentence > 1 or m.status != last.status or not shared:
        return False
    return m.date is None or last.date is None or m.date.value == last.date.value


def _opens_with_there(ctx: Context, span: Span, m: EventMention) -> bool:
    """Whether the sentence opens with "there" ("Allí está prevista la firma", "Dort soll ... unterzeichnet
    werden"): what it reports happens where the event placed last did."""
    words = _FIRST_WORD.match(ctx.low, span.start, m.start)
    return bool(words) and compiled(ctx.lang).search("there_opening", words.group(1))


_FIRST_WORD = re.compile(r"\W*([\w’'-]+)")


#: How far (characters) from an act's trigger its "afterwards" word may stand; how many sentences back the act before.
_AFTER_REACH, _AFTER_SENTENCES = 30, 2


@cache
def _afterwards_words(lang: str) -> re.Pattern[str] | None:
    found = lexicon.load("venues", lang).get("afterwards")
    return re.compile(found, re.IGNORECASE) if found else None


def _afterwards(ctx: Context, span: Span, last: EventMention, m: EventMention) -> bool:
    """Whether the words around ``m`` say it followed the act placed before it, told up to two sentences back with
    the same status on the same day ("Gestern traf X im Kanzleramt mit Y zusammen. ... Z unterzeichnete
    anschließend ...", "Afterwards, the ministers signed ..."; opening the sentence: "Al concluir el encuentro, la canciller X
    y el ministro Y firmaron ..."): it took place there too."""
    if m.sentence - last.sentence > _AFTER_SENTENCES or isinstance(last.location, Country):
        return False  # a state only ("die Lage ... in Somalia") is no scene to follow
    if m.status != last.status and not _today_then(ctx, last, m):
        return False
    if last.date is not None and (last.date.precision != "day" or m.date is not None and m.date.value != last.date.value):
        return False  # "Ils s'étaient rencontrés en mars, à Accra. X a ensuite reçu ...": not the act it follows
    words = _afterwards_words(ctx.lang)
    if words is None:
        return False
    if words.match(ctx.text, OPENING.match(ctx.text, span.start).end()):
        return True  # "Al concluir el encuentro, la canciller X y el ministro Y firmaron ...": the whole sentence
    return words.search(ctx.text, max(span.start, m.start - _AFTER_REACH), min(span.end, m.end + _AFTER_REACH)) is not None


def _today_then(ctx: Context, last: EventMention, m: EventMention) -> bool:
    """Whether an act still to come follows one of the day of publication told as taking place ("In Ljubljana
    trifft sie heute Nachmittag X. Anschließend ist ein Gespräch mit Y vorgesehen"): the day's programme."""
    today = ctx.published.isoformat() if ctx.published is not None else None
    return last.status == "Occurred" and m.status == "Planned" and last.date is not None and last.date.value == today

