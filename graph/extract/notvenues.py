"""Places a sentence names that are no venue of its act: the scene of an incident the act is about ("to protest
the arrest of activists in Kampala"), a point of a route or waterway ("la route reliant Tanger à Dakar", "la
Hidrovía Paraguay-Paraná", two towns joined by a dash: "die Bahn Dresden–Prag"), what a statement reports ("said that ... a rally in the capital"), a capital
offering to host ("Brasília has offered to host talks") or standing for its government at the head of a
sentence ("Ottawa et Port-au-Prince s'entendent sur une conférence"), and a ministry a report is heard from
("сообщили в среду в МИД Швейцарии"), where travellers go back to after the act ("avant de regagner Kinshasa",
"before returning to Canada"), a city standing as the owner of what follows it ("support for Seoul's
efforts"), and a seat of government standing for it ("con la que La Moneda busca atraer inversiones").

Helpers of :mod:`graph.extract.placing`. The words are regular expressions of ``<lang>/venues.json``
(``not_venue``): ``incident`` (an incident or protest noun before the place, after the trigger),
``route`` (ending right before the place), ``reported`` (what opens reported content after a speech
trigger), ``offer`` (an offer to host, before or right after the place), ``host`` (hosting words after a
capital opening a sentence, which keep it a place), ``coordinated`` (a conjunction joining two places) and
``return`` (going back, ending right before the place; but ``back_for``, a coming back to the place for the act
named right after it, keeps it: "will return to Manila in July for the ASEAN meeting") and ``clause_subject`` (a conjunction opening a clause,
ending right before a capital that is its subject: "although Pyongyang maintains") and ``topic`` (a subject
noun and its locative, ending right before the place: "the situation in Haiti") and ``from_person`` (a person
noun and "from", ending right before the place: "un funcionario de Beijing") and ``office_head`` (a "head of" noun
ending right before a ministry: "head of the Foreign Ministry", "главы МИД": an office); ``topic_after`` of the same lexicon
is a topic noun right after the place, which qualifies it ("a Gaza reconstruction fund", "der Gaza-Krieg"). One
pattern keeps a place:
``origin_where`` of the same lexicon (a comma and a relative "where" right after a place named as an origin:
"flew in from Caracas, where she held talks" is where the clause's act took place).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, places
from graph.extract.clausevenues import in_document_clause, in_relative_clause, signed_about
from graph.extract.cues import cue_before
from graph.extract.genitivecities import owner_city
from graph.extract.events import GROUPS
from graph.extract.gazetteer import city_index
from graph.extract.phrases import normalise
from graph.extract.text import OPENING
from graph.model import City, Country, Span, Venue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["not_a_venue", "origin_where"]

_KEYS = ("incident", "route", "reported", "offer", "host", "coordinated", "heard_from", "return", "back_for",
         "clause_subject", "topic", "from_person", "document_topic", "office_head", "source", "reason",
         "document_clause")
#: How far (characters) before a place its route word or offer may stand.
_ROUTE_REACH = 40
_OFFER_REACH = 60
#: How far (characters) after a speech verb a ministry is still the source of the report.
_SOURCE_REACH = 30
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
#: How far (characters) before a place its return phrase may start.
_RETURN_REACH = 60
#: How far (characters) after a place named as an origin its "where" word may stand ("aus Hamburg angereist, wo").
_WHERE_REACH = 40
#: A possessive right after a city: "Seoul's efforts" (the city owns what follows; "Berlin's Foreign Office" is a venue).
_POSSESSIVE = re.compile(r"['’]s\s|(?<=s)['’]\s")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> dict[str, re.Pattern[str] | None]:
    data = lexicon.load("venues", lang).get("not_venue", {})
    found = {key: re.compile(data[key], re.IGNORECASE) if data.get(key) else None for key in _KEYS}
    tops = {key: lexicon.load("venues", lang).get(key) for key in ("topic_after", "facility_before")}
    return {**found, **{key: re.compile(p, re.IGNORECASE) if p else None for key, p in tops.items()}}


@lru_cache(maxsize=None)
def _origin_where(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("origin_where")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def origin_where(ctx: Context, cspan: Span) -> bool:
    """Whether a relative "where" clause follows the place at ``cspan`` ("from Caracas, where she held talks"):
    the place is that of the clause's act, even when named as where someone came from."""
    pattern = _origin_where(ctx.lang)
    return pattern is not None and pattern.match(ctx.text[cspan.end : cspan.end + _WHERE_REACH]) is not None


def not_a_venue(ctx: Context, span: Span, cspan: Span, place: object, target: EventMention,
                mentions: list[EventMention]) -> bool:  # fmt: skip
    """Whether the place at ``cspan`` (sentence ``span``) is no venue of ``target`` though it is the nearest."""
    words = _patterns(ctx.lang)
    if _route(ctx, span, cspan, words["route"]) or _offered(ctx, span, cspan, words["offer"]):
        return True
    if _returns_to(ctx, span, cspan, words["return"]) and not _back_for(ctx, span, cspan, target, words["back_for"]):
        return True
    if _possessor(ctx, span, cspan, place):
        return True
    if ctx.lang == "ru" and isinstance(place, City) and owner_city(ctx.text, span, cspan, place.name):
        return True  # "в связи с заявлениями Москвы": the city owns what stands before it
    if _returns_to(ctx, span, cspan, words["topic"]) or _listed_topic(ctx, span, cspan, words["topic"]):
        return True  # "discussed the situation in Haiti", "die Lage im Südchinesischen Meer und in Myanmar": topics
    if isinstance(place, Venue) and place.kind == "ministry" and _returns_to(ctx, span, cspan, words["office_head"]):
        return True  # "в должности главы казахстанского внешнеполитического ведомства": an office, not a place
    if target.type != "Expulsion" and _returns_to(ctx, span, cspan, words["from_person"]):
        return True  # "un funcionario de Beijing": where someone is from (but "expelled a diplomat from Bamako")
    if _returns_to(ctx, span, cspan, words["source"]):
        return True  # "according to the programme released by State House in Nairobi": where a source is
    if words["topic_after"] is not None and words["topic_after"].match(ctx.text, cspan.end, span.end):
        return True  # "call for a Gaza reconstruction fund", "nach dem Ukraine-Krieg": what a thing is about
    if _mission_object(ctx, span, cspan, place, target):
        return True
    if in_relative_clause(ctx, span, cspan, place, target, mentions):
        return True  # "reçu par la présidente X, qui souhaite renforcer les échanges avec les universités de Fès"
    if _one_of_towns(ctx, cspan, place, target, words["coordinated"]):
        return True  # "signed an agreement on training centres in Thiès and Ziguinchor": not where they signed
    if signed_about(ctx, cspan, place, target, words["document_topic"], words["facility_before"]):
        return True  # "signed a letter of intent on hydrogen production in Ghana": what the text is about
    if in_document_clause(ctx, cspan, target, words["document_clause"]):
        return True  # "suscribieron un memorando que prevé inversiones en plantas de agua en Puno": what it provides
    if isinstance(place, City) and _joined_towns(ctx, cspan, place):
        return True  # "die Schnellbahn Dresden–Prag", "el tramo Lima-Callao": the two ends of a link, not a venue
    if target.end <= cspan.start:
        between = ctx.text[target.end : cspan.start]
        if words["incident"] is not None and words["incident"].search(between):
            return True  # "summoned the envoy to protest the arrest of activists in Kampala"
        if words["reason"] is not None and words["reason"].search(between):
            return True  # "wurde verschoben, da dieser wegen einer Abstimmung im Parlament in Chișinău nicht anreisen konnte"
        if words["reported"] is not None and _reported(target, mentions, words["reported"], between):
            return True  # "said on X that the four had taken part in a rally in the capital"
    if isinstance(place, Venue) and place.kind in _SOURCES and target.type not in ("Summons", "Statement"):
        if _heard_from(ctx, span, cspan, mentions, words["heard_from"]):
            return True
    if isinstance(place, Country) and target.type not in ("Summons", "Statement"):
        if _heard_from(ctx, span, cspan, mentions, words["heard_from"]) and not any(s.start == cspan.start for s, _ in ctx.cities):
            return True  # "как сообщили “Ъ” в венгерской делегации": where the report was heard, not the act's state
    if target.end < cspan.start and isinstance(place, (City, Country)) and target.type not in _PLACED_BY_SOURCE \
            and words["heard_from"] is not None:  # "the expulsion of a diplomat from Bamako" is there
        heard = words["heard_from"].search(ctx.text[max(span.start, cspan.start - 60) : cspan.start])
        if heard is not None and target.end <= max(span.start, cspan.start - 60) + heard.start():
            return True  # "Dort könnte sie X treffen; ..., hieß es in Berlin": where the act told before was reported
    if _acting_seat(ctx, span, cspan, place, words, mentions):
        return True
    return isinstance(place, City) and _acting_subject(ctx, span, cspan, place, words, mentions)


def _reported(target: EventMention, mentions: list[EventMention], reported: re.Pattern[str], between: str) -> bool:
    """Whether a place after ``target`` stands in reported content: "that" after a saying, or after an act a
    saying stands right before, with words between ("told a news conference at X that the leaders ..."; not the
    relative "les entretiens qu'ont eus ... à Rome")."""
    found = reported.search(between)
    if found is None or target.type == "Statement":
        return found is not None
    framed = any(m.type == "Statement" and m.sentence == target.sentence and 0 <= target.start - m.end <= 30
                 for m in mentions)
    return framed and bool(between[: found.start()].strip())


#: Venues a report may be heard from ("сообщили в МИД", "по словам источника в российском посольстве").
_SOURCES = frozenset({"ministry", "embassy"})

#: Acts a city named after a report's source may still place: a statement, a summons, an expulsion ("the
#: expulsion of a French diplomat from Bamako").
_PLACED_BY_SOURCE = frozenset({"Statement", "Summons", "Expulsion"})

#: Seats of government that stand for it ("La Moneda busca atraer inversiones", "the Élysée wants").
_SEATS = frozenset({"palace", "residence", "chancellery"})
#: How close (characters) after a trigger a seat is still its object ("visited the White House").
_OBJECT_GAP = 8


def _acting_seat(ctx: Context, span: Span, cspan: Span, place: object, words: dict,
                 mentions: list[EventMention]) -> bool:  # fmt: skip
    """"con la que La Moneda busca atraer inversiones", "the Élysée wants": a seat of government with no locative
    word before it, no trigger right before it (the object of "visited"), and a lower-case word after it that is
    neither a trigger ("White House talks") nor a hosting word stands for its government, not a place."""
    if not isinstance(place, Venue) or place.kind not in _SEATS or cue_before(ctx, "locative", cspan.start, span, 2):
        return False
    if any(0 <= cspan.start - m.end <= _OBJECT_GAP for m in mentions):
        return False
    after = ctx.text[cspan.end : min(span.end, cspan.end + 60)]
    nxt = _NEXT_WORD.match(after)
    if nxt is None or not nxt.group(1)[:1].islower() or (words["host"] is not None and words["host"].search(after)):
        return False
    return not any(m.start == cspan.end + nxt.start(1) for m in mentions)


#: Where a clause ends between a trigger and a mission named after it.
_CLAUSE_BREAK = re.compile(r"[,;:]")
#: Acts done to a mission's staff, whose place the mission is even without a locative word.
#: How far (characters) after a mission its city may stand ("consulado de México en X").
_CITY_GAP = 5
_MISSION_ACTS = frozenset({"Expulsion", "Summons"})


def _mission_object(ctx: Context, span: Span, cspan: Span, place: object, target: EventMention) -> bool:
    """"En el encuentro, acordaron ampliar los horarios del consulado de México en X": an embassy or consulate
    named without a locative word, in another clause after the trigger, is what the act is about, not its place;
    so is the city named as the mission's right after it."""
    if isinstance(place, City):
        mission = next((v for v in ctx.venues if 0 <= cspan.start - v[0].end <= _CITY_GAP), None)
        if mission is None or mission[0].start < span.start:
            return False
        cspan, place = mission
    if not isinstance(place, Venue) or place.kind not in ("embassy", "consulate") or target.type in _MISSION_ACTS:
        return False
    if target.end > cspan.start or not _CLAUSE_BREAK.search(ctx.text, target.end, cspan.start):
        return False
    return not cue_before(ctx, "locative", cspan.start, span, 2)


#: At most this many characters between two towns joined by a conjunction ("in X and Y").
_PAIR_GAP = 8


def _one_of_towns(ctx: Context, cspan: Span, place: object, target: EventMention,
                  coordinated: re.Pattern[str] | None) -> bool:  # fmt: skip
    """"un accord pour des centres de formation à X et Y": a town joined to another by a conjunction is one of
    the places of what an act is about; an act other than a trip happens in one town."""
    if not isinstance(place, City) or coordinated is None or GROUPS[target.type] == "visit":
        return False
    for other, city in ctx.cities:
        if city.geonames_id == place.geonames_id:
            continue
        if 0 <= other.start - cspan.end <= _PAIR_GAP and coordinated.fullmatch(ctx.text[cspan.end : other.start] + "x"):
            return True
        if 0 <= cspan.start - other.end <= _PAIR_GAP and coordinated.fullmatch(ctx.text[other.end : cspan.start] + "x"):
            return True
    return False


#: A town joined to the place by a dash or slash: no space or one on each side ("Dresden–Prag", "Lima - Callao").
_JOINED_AFTER = re.compile(r"(?:[-–—/]| [–—] )([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’]+)")
_JOINED_BEFORE = re.compile(r"([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’]+)(?:[-–—/]| [–—] )$")


def _joined_towns(ctx: Context, cspan: Span, place: City) -> bool:
    """Whether another town is joined to the place by a dash or slash ("Dresden–Prag", "Москва—Пекин", "the
    Almaty-Tashkent railway"): the ends of a route or rail line, or a pair of twin towns. The other town is
    one the text names as a town, else a capital or a town of another state ("Berlin-Mitte" is a district)."""
    after = _JOINED_AFTER.match(ctx.text, cspan.end)
    before = _JOINED_BEFORE.search(ctx.text, max(0, cspan.start - 40), cspan.start)
    for found, start in ((after, 1), (before, 1)):
        if found is None:
            continue
        span = (found.start(start), found.end(start))
        if any((s.start, s.end) == span and c.geonames_id != place.geonames_id for s, c in ctx.cities):
            return True
        if _capital_or_foreign(normalise(found.group(start)), place):
            return True
    return False


def _capital_or_foreign(name: str, place: City) -> bool:
    """Whether the gazetteer's first town of ``name`` is a capital or lies in another state than ``place``."""
    gazetteer = city_index()
    ids = gazetteer.index.entries.get(name)
    if not ids or ids[0] == place.geonames_id:
        return False
    return ids[0] in gazetteer.capitals or gazetteer.cities[ids[0]][0].country != place.country


def _route(ctx: Context, span: Span, cspan: Span, route: re.Pattern[str] | None) -> bool:
    """"reliant Tanger à Dakar", "the Kenyan port of Mombasa", "Hidrovía Paraguay-Paraná": a point of a route."""
    if route is None:
        return False
    start = max(span.start, cspan.start - _ROUTE_REACH)
    return route.search(ctx.text[start : cspan.start]) is not None


def _offered(ctx: Context, span: Span, cspan: Span, offer: re.Pattern[str] | None) -> bool:
    """"Brasília has offered to host talks", "offered to host talks in Geneva": an offer is no venue."""
    if offer is None:
        return False
    before = ctx.text[max(span.start, cspan.start - _OFFER_REACH) : cspan.start]
    after = ctx.text[cspan.end : min(span.end, cspan.end + 30)]
    return offer.search(before) is not None or offer.match(after) is not None


def _returns_to(ctx: Context, span: Span, cspan: Span, back: re.Pattern[str] | None) -> bool:
    """"avant de regagner Kinshasa", "before returning to Canada": where the travellers go back to afterwards."""
    if back is None:
        return False
    return back.search(ctx.text[max(span.start, cspan.start - _RETURN_REACH) : cspan.start]) is not None


#: How far (characters) after a place an act its traveller comes back for may stand.
_BACK_FOR_REACH = 100


def _back_for(ctx: Context, span: Span, cspan: Span, target: EventMention, back: re.Pattern[str] | None) -> bool:
    """"will return to Manila in July for the ASEAN Foreign Ministers' Meeting": a coming back to the place for the
    act named right after it (``back_for``, the place written "@") is where that act is."""
    if back is None or target.start < cspan.end or target.start - cspan.end > _BACK_FOR_REACH:
        return False
    before = ctx.text[max(span.start, cspan.start - _RETURN_REACH) : cspan.start]
    return back.search(before + "@" + ctx.text[cspan.end : target.start]) is not None


#: The most words of the item listed before a place after a topic noun ("die Lage im Südchinesischen Meer und in").
_LISTED_WORDS = 4


@lru_cache(maxsize=None)
def _list_joint(lang: str) -> re.Pattern[str] | None:
    """A comma or a conjunction, a locative word if any and a short article if any, right before a place ("und in
    ", ", ", "et au ", "и в "; ``conjunction`` and ``locative`` cues of ``<lang>/events.json``)."""
    cues = lexicon.load("events", lang).get("cues", {})
    if not cues.get("conjunction"):
        return None
    where = cues.get("locative")
    return re.compile(rf"(?:\s*,|\s+(?:{cues['conjunction']}))\s+(?:(?:{where})\s+)?(?:[^\W\d_]{{1,3}}\s+)?$" if where
                      else rf"(?:\s*,|\s+(?:{cues['conjunction']}))\s+$", re.IGNORECASE)  # fmt: skip


_LIST_WORD = re.compile(r"[^\W\d_][\w'’-]*\s*$")


def _listed_topic(ctx: Context, span: Span, cspan: Span, topic: re.Pattern[str] | None) -> bool:
    """Whether the place is listed after another one that follows a topic noun ("the situation in Syria and
    Lebanon", "die Lage im Südchinesischen Meer und in Myanmar", "la situation au Sahel et en Libye"): a topic too."""
    joint = _list_joint(ctx.lang) if topic is not None else None
    found = joint.search(ctx.text, max(span.start, cspan.start - 20), cspan.start) if joint is not None else None
    if found is None:
        return False
    end = found.start()
    for _ in range(_LISTED_WORDS):  # back over the words of the item before ("Südchinesischen Meer", "Syria")
        word = _LIST_WORD.search(ctx.text, max(span.start, end - 40), end)
        if word is None:
            return False
        end = word.start()
        if topic.search(ctx.text[max(span.start, end - _RETURN_REACH) : end]):
            return True
    return False


def _possessor(ctx: Context, span: Span, cspan: Span, place: object) -> bool:
    """"support for Seoul's efforts": a city with a possessive and no locative word before it owns what follows,
    it is no place ("in Seoul's Jongno district" is)."""
    if not isinstance(place, City) or not _POSSESSIVE.match(ctx.text, cspan.end):
        return False
    return not cue_before(ctx, "locative", cspan.start, span, 2)


def _heard_from(ctx: Context, span: Span, cspan: Span, mentions: list[EventMention],
                heard: re.Pattern[str] | None) -> bool:  # fmt: skip
    """"сообщили в среду в МИД Швейцарии", "said on Monday at the foreign ministry": a ministry (or a state's
    delegation: "сообщили “Ъ” в венгерской делегации") named right after a speech verb is the report's source."""
    for m in mentions:
        if m.type == "Statement" and m.entry.pos == "verb" and 0 <= cspan.start - m.end <= _SOURCE_REACH:
            return True
    if heard is None:
        return False
    return heard.search(ctx.text[max(span.start, cspan.start - 60) : cspan.start]) is not None


def _leading_capital(ctx: Context, start: int, before: int) -> tuple[City | None, Span | None]:
    """The city opening the sentence at ``start`` before ``before``, and its span: a city, or a capital the
    country finder took as its state ("Rabat et Nouakchott doivent")."""
    for s, c in ctx.cities:
        if s.start == start and s.end < before:
            return c, s
    for s, m in ctx.countries:
        if s.start == start and s.end < before and m.form == "capital":
            return places.country_capital(m.code), s
    return None, None


def _listed(ctx: Context, start: int) -> bool:
    """Whether a place ends right before ``start`` ("Paris, Rome, and Madrid"): the conjunction there joins a
    list of places, and opens no clause of its own."""
    window = ctx.text[max(0, start - 12) : start]
    end = start - (len(window) - len(window.rstrip()))
    return ctx.text[start] == "," and any(s.end == end for s, _ in (*ctx.cities, *ctx.countries))


def _acting_subject(ctx: Context, span: Span, cspan: Span, city: City, words: dict,
                    mentions: list[EventMention]) -> bool:  # fmt: skip
    """A capital opening its sentence or a clause ("although Pyongyang maintains"), not a place word before it, and
    followed by a verb or by another place it is coordinated with ("Ottawa et Port-au-Prince s'entendent",
    "Brasília has offered"): the government acting, and so is the place coordinated with it. Hosting words ("Berlin
    will host the summit") and an event noun after it ("Geneva talks") keep it a place."""
    coordinated = words["coordinated"]
    opener = words["clause_subject"]
    if OPENING.fullmatch(ctx.text, span.start, cspan.start):
        first = city
    elif (found := opener.search(ctx.text, max(span.start, cspan.start - 20), cspan.start) if opener else None) \
            and not _listed(ctx, found.start()):
        first = city  # "although Pyongyang maintains embassies", ", and Kinshasa has not commented": a clause's subject
    else:  # the second of "Ottawa et Port-au-Prince"
        head = OPENING.match(ctx.text, span.start, cspan.start)
        lead, gap = _leading_capital(ctx, head.end(), cspan.start)
        if lead is None or coordinated is None or not coordinated.fullmatch(ctx.text[gap.end : cspan.start] + "x"):
            return False
        first = lead
    if first is None or not places.governs_from(first):
        return False
    after = ctx.text[cspan.end : min(span.end, cspan.end + 60)]
    host = words["host"]
    if host is not None and host.search(after):
        return False
    if first is city and coordinated is not None and coordinated.match(after):
        return True
    nxt = _NEXT_WORD.match(after)
    if nxt is None or not nxt.group(1)[:1].islower():
        return False
    return not any(m.start == cspan.end + nxt.start(1) for m in mentions)
