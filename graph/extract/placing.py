"""Where events happened: the places of a sentence given to its triggers.

Helpers of :mod:`graph.extract.assemble`. A place goes to the trigger it follows within the same phrase, else
to the nearest one; a visit verb also takes the destination said after a noun trigger; countries need a
locative word unless a visit goes there; a place of another state named in a later phrase does not replace the
state an act was placed in ("la visita a Japón ..., proyectos en Magallanes"); a place named inside a trigger's
words is that trigger's, and a trip told before a place that a "where" clause follows goes there too ("el viaje
que realizó a X, donde se reunió con ..."). Acts placed by "there" are in :mod:`graph.extract.thereplaces`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, places
from graph.extract.actingcapitals import acting_capital
from graph.extract.briefingplace import briefing_places
from graph.extract.clausevenues import town_located
from graph.extract.envoyposts import envoy_post, post_of_participant
from graph.extract.cues import cue_before, in_since_phrase, reachable, speaks
from graph.extract.events import GROUPS, EventMention
from graph.extract.notvenues import not_a_venue, origin_where
from graph.extract.placesintitles import act_place_in_title
from graph.extract.titleplaces import in_title
from graph.model import City, Country, Person, Span, Venue

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["assign_places", "quoted_at", "visits_to_people"]

_SPECIFICITY = {Venue: 3, City: 2, Country: 1}
#: How far (characters) after a trigger its place or destination may stand.
_OBJECT_REACH = 100
#: How far (characters) after a visit trigger a country named without a locative word is still its destination.
_DESTINATION_REACH = 60
#: How far (characters) before a visit trigger such a country may stand ("his Japan state visit"): only its noun.
_BARE_BEFORE = 8
#: Between two countries of a compound ("US-Russia", "United States- Russia").
_JOINED = re.compile(r"\s?[-–—/]\s?")
#: A possessive right after a trigger ("the summit's message").
_POSSESSIVE = re.compile(r"['’]s\b")
#: How far (characters) before an expulsion verb the city it expels from may stand ("aus Bamako ausgewiesen").
_EXPELLED_BEFORE = 30
#: What ends the phrase of a trigger before a place that follows it.
_PHRASE_BREAK = re.compile(r"[,;:()\[\]«»\"“”„]|\s[–—-]\s")


def _nearest(mentions: list[EventMention], start: int, end: int) -> EventMention | None:
    return min(mentions, key=lambda m: min(abs(m.start - end), abs(start - m.end)), default=None)


def _expelled_from(ctx: Context, mentions: list[EventMention], cspan: Span) -> bool:
    """Whether the city follows an expulsion in the same phrase ("the expulsion of a diplomat from Bamako",
    "высылкой накануне из Кишинёва") or stands right before its verb ("aus Bamako ausgewiesen"): the city a
    diplomat is expelled from is where the expulsion happened."""
    return any(
        m.type == "Expulsion" and (
            m.end <= cspan.start <= m.end + _OBJECT_REACH and not _PHRASE_BREAK.search(ctx.text, m.end, cspan.start)
            or cspan.end <= m.start <= cspan.end + _EXPELLED_BEFORE and not _PHRASE_BREAK.search(ctx.text, cspan.end, m.start)
        ) for m in mentions
    )


def _place_candidates(ctx: Context, span: Span, index: int, mentions: list[EventMention]) -> list[tuple[Span, object]]:
    visits = any(GROUPS[m.type] == "visit" for m in mentions)
    out: list[tuple[Span, object]] = list(ctx.venues_by.get(index, []))
    for cspan, city in ctx.cities_by.get(index, []):
        if ctx.names.covers(cspan.start):
            continue
        if cue_before(ctx, "origin", cspan.start, span, 1) and not origin_where(ctx, cspan):
            if not _expelled_from(ctx, mentions, cspan):
                continue  # "flew in from Caracas": where the traveller came from (see _came_from_where)
        out.append((cspan, city))
    countries = ctx.countries_by.get(index, [])
    pairs = {s for a, b in zip(countries, countries[1:]) if b[0].start - a[0].end <= 3
             and _JOINED.fullmatch(ctx.text, a[0].end, b[0].start) for s in (a[0], b[0])}  # fmt: skip
    for cspan, country in countries:
        if cspan in pairs:
            continue  # "the United States-Russia relationship", "US-russische Gespräche": the two sides, no place
        if country.form == "capital" and not any(s.start == cspan.start for s, _ in out):
            capital = places.country_capital(country.code)
            if capital is not None and not cue_before(ctx, "origin", cspan.start, span, 1):
                out.append((cspan, capital))
            continue
        if cue_before(ctx, "locative", cspan.start, span, 2) or (visits and country.form == "name"):
            if not cue_before(ctx, "origin", cspan.start, span, 1) and not cue_before(ctx, "topic", cspan.start, span, 1):
                out.append((cspan, Country(country.code)))
    return sorted(out, key=lambda item: item[0].start)


def assign_places(ctx: Context, mentions: list[EventMention], span: Span, index: int) -> None:
    placeable = [m for m in mentions if m.type != "PhoneCall"]
    rejected: list[Span] = []  # venues no place of the act: nor is the owner named in them ("в МИД Швейцарии")
    bare: set[int] = set()  # acts placed here by a place named bare, or in an earlier clause (before a ";")
    pinned: set[int] = set()  # acts of a "where" clause, placed by the place the clause follows
    for cspan, place in _place_candidates(ctx, span, index, mentions):
        if any(r.start <= cspan.start and cspan.end <= r.end for r in rejected):
            continue
        if ctx.head_place <= cspan.start < max(ctx.head_end, ctx.head_place + 1):
            continue  # the dateline's city, and its country in brackets
        envoy = envoy_post(ctx, cspan, place) if ctx.titled.covers(cspan.start) else None
        if in_since_phrase(ctx, cspan.start, span, mentions, "since_strict") and not _after_since_date(ctx, span, cspan):
            continue
        acted = envoy is None and ctx.titled.covers(cspan.start) and act_place_in_title(ctx, span, cspan, placeable)
        if in_title(ctx, cspan) and envoy is None and not acted:
            continue
        if envoy is None and not acted and (_between_title_and_name(ctx, span, cspan) or _ministry_of_title(ctx, span, cspan, place)):
            continue  # "Staatsministerin im Auswärtigen Amt Lea Hoffmann reist": a part of her title
        acts = [m for m in placeable if m.start >= cspan.end] if _came_from_where(ctx, span, cspan) else placeable
        target = _place_target(ctx, reachable(ctx, acts, cspan.start, cspan.end, relative=False), cspan)
        para = ctx.text.rfind("\n", 0, span.start) + 1  # a quotation may open a sentence earlier ("A. B en C", dijo)
        if target is None or (quoted_at(ctx.text, para, cspan.start) and not quoted_at(ctx.text, para, target.start)):
            continue  # '"... the policy of Kuala Lumpur", said X': a place quoted is no place of the saying
        if target.end <= cspan.start and _POSSESSIVE.match(ctx.text, target.end):
            continue  # "the summit's message to Kinshasa": the place of what the act owns, not of the act
        if envoy is not None and (not post_of_participant(envoy, target) or _accompanied(ctx, envoy, target)):
            continue  # "the ambassador in Moscow said": his post, not the place of another act
        if acting_capital(ctx, span, cspan, place, target):
            continue  # "Last month, Minsk expelled a diplomat": the government acting, not a place
        if not_a_venue(ctx, span, cspan, place, target, placeable):
            rejected.append(cspan)
            continue  # an incident's scene, a point of a route, an offer to host, a capital acting
        if isinstance(place, Venue) and place.kind == "ministry" and target.type != "Summons":
            if not cue_before(ctx, "locative", cspan.start, span, 4):
                continue  # "..., the German Foreign Office said": an actor, not the place
        if isinstance(place, Venue) and speaks(ctx, mentions, cspan.end) and not _summoned_to(ctx, span, cspan, target):
            continue  # "The Russian embassy in London said ...": the speaker, not a place
        if isinstance(place, (Venue, City)) and target.type != "Statement" and cue_before(ctx, "source", cspan.start, span, 3):
            continue  # "уточнили в МИД России", "auprès du Quai d'Orsay", "hieß es in Berlin": where the news came from
        if isinstance(place, Country) and not cue_before(ctx, "locative", cspan.start, span, 2):
            if GROUPS[target.type] != "visit" or max(cspan.start - target.end, target.start - cspan.end) > _DESTINATION_REACH:
                continue  # "a tour of Asia ... to seek support for efforts to engage North Korea": no destination
            if target.start - cspan.end > _BARE_BEFORE and not _bracketed_object(ctx, span, cspan, target):
                continue  # "Costa Rica y Panamá firman ... durante visita del canciller": the parties, not whither
        located = cue_before(ctx, "locative", cspan.start, span, 2) or town_located(ctx, span, cspan)
        came = cue_before(ctx, "origin", cspan.start, span, 1) and origin_where(ctx, cspan)  # "из Москвы, где"
        clause = _where_clause_act(ctx, placeable, cspan) if located or came else None
        trip = None
        if target.start >= cspan.end and origin_where(ctx, cspan) and not cue_before(ctx, "origin", cspan.start, span, 1):
            trip = _trip_before(placeable, cspan)
        for m in (target, _visit_verb(ctx, placeable, target, cspan), clause, trip):  # trip: "el viaje que
            # realizó en marzo a X, donde se reunió con ...": the place the "where" clause follows is its destination
            if m is None or id(m) in pinned:
                continue
            if m is clause:
                m.location, m.location_at = place, cspan.start  # "attendu à Damas, où il doit rencontrer ..."
                pinned.add(id(m))
                continue
            if _other_state_later(ctx, m, place, cspan):
                continue  # "la visita a Japón ..., proyectos en Magallanes": a later clause's place of another state
            mission = _mission_in(place, m.location) or _mission_in(m.location, place)
            if mission is not None:
                m.location = mission  # "высылкой из Кишинёва сотрудника посольства РФ": the embassy in Chisinau
                continue
            rank, held = _SPECIFICITY[type(place)], _SPECIFICITY.get(type(m.location), 0)
            follows = m.location_at < m.start and m.end <= cspan.start and not _PHRASE_BREAK.search(ctx.text, m.end, cspan.start)
            if rank > held or (rank == held and (located or follows) and id(m) in bare):
                m.location, m.location_at = place, cspan.start  # "to rebuild Gaza ... a summit in Manama": the latter
                weak = not located or ";" in ctx.text[cspan.end : m.start]  # "tenue à Paris ; ... la visite à X"
                (bare.add if weak else bare.discard)(id(m))
    for m in placeable:  # "the Conference ..., which Mongolia will host in Ulaanbaatar": where the act hosted is
        if m.dropped and m.hosted is not None and m.location is not None and m.hosted.location is None:
            m.hosted.location, m.hosted.location_at = m.location, m.location_at
        elif m.dropped and m.hosted is not None and m.location is None and (id(m.hosted) in bare or m.hosted.location is None):
            _host_state(ctx, m, index)  # "the Leaders' Retreat, which Singapore will host later this year"
    briefing_places(ctx, placeable, span)  # "said at the weekly briefing": in the speaker's capital


def _accompanied(ctx: Context, envoy: Person, target: EventMention) -> bool:
    """Whether another participant of the act is of the envoy's own state or another envoy ("the talks were
    attended by the Uzbek ambassador in Turkey and the Turkish ambassador in Tashkent"): envoys along with their
    ministers, whose posts are no venue."""
    staff = ctx.people.staff_roles
    return any(p is not envoy and (p.role in staff or envoy.country is not None and p.country == envoy.country)
               for p in target.persons)


def _host_state(ctx: Context, host: EventMention, index: int) -> None:
    """The act a host verb's relative pronoun stands for is held in the one state named as the verb's subject
    ("the Leaders' Retreat, which Singapore will host later this year"), rather than in a city the act's
    sentence names bare before it ("the development of the Batam, Bintan and Karimun region")."""
    act = host.hosted
    if act.end > host.start:
        return  # "hosted the one-day meeting": no relative clause, no subject of its own
    clause = ctx.text.rfind(",", act.end, host.start)
    named = {c.code for s, c in ctx.countries_by.get(index, []) if clause < s.start and s.end <= host.start
             and c.form in ("name", "metonym")} if clause >= 0 else set()
    if len(named) == 1:
        code = named.pop()
        if act.location is None or places.country_of(act.location) != code:
            act.location, act.location_at = Country(code), host.start


#: How far (characters) a place may follow the "since" date its act has run from ("seit Dienstag im Palais").
_SINCE_GAP = 12


def _after_since_date(ctx: Context, span: Span, cspan: Span) -> bool:
    """Whether the place follows a locative right after a date opened by "since" ("hatten seit Dienstag im Palais
    des Nations verhandelt", "talks under way since Monday in Geneva"): the since phrase is the date alone and
    the place is the act's."""
    if not cue_before(ctx, "locative", cspan.start, span, 2):
        return False
    return any(d.bound == -1 and 0 < cspan.start - d.span.end <= _SINCE_GAP for d in ctx.dates_by.get(span.start, ()))


#: How far (characters) before a clause-final visit verb its country object may stand ("Ghana im Februar besucht").
_BRACKET_REACH = 40


def _bracketed_object(ctx: Context, span: Span, cspan: Span, target: EventMention) -> bool:
    """Whether a country named bare is the object of a visit verb closing the clause of a verb-bracket language
    ("X hatte Ghana im Februar besucht", "hatte Deutschland zuletzt 2023 besucht"): not the clause's first word
    (its subject), nothing but plain words between."""
    if target.entry.pos != "verb" or not 0 <= target.start - cspan.end <= _BRACKET_REACH:
        return False
    if not lexicon.grammar(ctx.lang, "verb_bracket") or _PHRASE_BREAK.search(ctx.text, cspan.end, target.start):
        return False
    before = ctx.text[span.start : cspan.start].rstrip()
    return bool(before) and before[-1] not in ",;:("


def _mission_in(mission: object, city: object) -> Venue | None:
    """A foreign state's embassy or consulate named without its city, placed in the city of another state named
    for the same act: the mission stands there (the expelled diplomat's embassy in the capital he is expelled
    from), not in its owner's state."""
    if not (isinstance(mission, Venue) and mission.kind in ("embassy", "consulate") and mission.city is None):
        return None
    if not isinstance(city, City) or mission.owner is None or mission.owner == city.country:
        return None
    return replace(mission, city=city)


def _other_state_later(ctx: Context, m: EventMention, place: object, cspan: Span) -> bool:
    """Whether ``m`` is already placed in a state and ``place``, of another state, is named after it in a later
    phrase ("la visita de Estado a Japón ..., con la que ... proyectos en Magallanes"): not where the act was."""
    if not isinstance(m.location, Country) or not 0 <= m.location_at < cspan.start:
        return False
    state = place.country if isinstance(place, City) else (place.city.country if place.city else place.owner) \
        if isinstance(place, Venue) else None
    return state is not None and state != m.location.code and bool(_PHRASE_BREAK.search(ctx.text, m.location_at, cspan.start))


#: Up to two words (a locative, an article) between a title and the place that continues it.
_TITLE_GAP = re.compile(r"(?:[^\W\d_]{1,4}\s+){1,2}$")


def _between_title_and_name(ctx: Context, span: Span, cspan: Span) -> bool:
    """Whether the place continues a person's title and the name follows ("Staatsministerin im Auswärtigen Amt
    Lea Hoffmann", "Minister of State at the Foreign Office Jane Doe"): it names the office, not a place."""
    after = cspan.end + len(ctx.text[cspan.end : cspan.end + 3]) - len(ctx.text[cspan.end : cspan.end + 3].lstrip(" ,"))
    if after >= span.end or not ctx.titled.covers(after):
        return False
    gap = _TITLE_GAP.search(ctx.text, max(span.start, cspan.start - 12), cspan.start)
    return gap is not None and gap.start() > span.start and ctx.titled.covers(gap.start() - 2)


def _ministry_of_title(ctx: Context, span: Span, cspan: Span, place: object) -> bool:
    """Whether a ministry continues a title said after its holder's name ("X, Staatssekretärin im Auswärtigen Amt
    der Bundesrepublik", "Y, Minister of State at the Foreign Office"): it names her office, not where she is;
    not a ministry after a name ("received X at the Foreign Office")."""
    if not isinstance(place, Venue) or place.kind != "ministry":
        return False
    gap = _TITLE_GAP.search(ctx.text, max(span.start, cspan.start - 12), cspan.start)
    if gap is None or gap.start() <= span.start:
        return False
    word = gap.start() - 2
    return ctx.titled.covers(word) and not any(m.start <= word < m.end for m in ctx.people.mentions if m.person is not None)


def _where_clause_act(ctx: Context, mentions: list[EventMention], cspan: Span) -> EventMention | None:
    """The first act of the relative "where" clause right after the place ("à Damas, où il doit rencontrer son
    homologue, puis mercredi à Amman"): the clause's act took place there, whatever place follows it."""
    whither = _whither(ctx.lang)
    going = whither is not None and whither.match(ctx.text[cspan.end : cspan.end + 40]) is not None
    if not going and not origin_where(ctx, cspan):
        return None  # "..., adonde viajará": also the journey of the clause goes there
    after = [m for m in mentions if m.start > cspan.end and (going or GROUPS[m.type] != "visit")]
    first = min(after, key=lambda m: m.start, default=None)
    if first is None or _PHRASE_BREAK.search(ctx.text, cspan.end + 2, first.start):
        return None
    return first


def _trip_before(mentions: list[EventMention], cspan: Span) -> EventMention | None:
    """The trip told right before a place that a "where" clause follows ("el viaje que realizó en marzo a X,
    donde se reunió con ...", "flew on to X, where she met ..."): the place is its destination too."""
    trips = [m for m in mentions if m.end <= cspan.start and cspan.start - m.end <= _OBJECT_REACH
             and GROUPS[m.type] == "visit" and m.location is None]  # fmt: skip
    return trips[-1] if trips else None


@cache
def _whither(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("whither")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def _came_from_where(ctx: Context, span: Span, cspan: Span) -> bool:
    """Whether the place at ``cspan`` is named as an origin with a "where" clause after it ("flew in from
    Caracas, where she held talks"): it places only the acts of that clause, not the coming."""
    return origin_where(ctx, cspan) and cue_before(ctx, "origin", cspan.start, span, 1)


def _summoned_to(ctx: Context, span: Span, cspan: Span, target: EventMention) -> bool:
    """Whether a venue a report is attributed to is still where an act took place: named after a locative
    word as the place of a summons or meeting ("convoqué hier au Quai d'Orsay, a annoncé le ministère")."""
    return target.type != "Statement" and target.end <= cspan.start and cue_before(ctx, "locative", cspan.start, span, 1)


def quoted_at(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened after ``start`` (the start of the paragraph)."""
    head = text[start:pos]
    if "«" in head and head.count("«") > head.count("»"):
        return True
    if "„" in head:  # German „...“, also closed by a straight or English mark
        return head.count("„") > head.count("“") + head.count('"') + head.count("”")
    if '"' in head and head.count('"') % 2:
        return True
    return "“" in head and head.count("“") > head.count("”")


def _place_target(ctx: Context, mentions: list[EventMention], cspan: Span) -> EventMention | None:
    """The trigger a place belongs to: the one it follows within the same phrase ("la visite à Berlin, puis
    ..."; "визит Президента в Россию, а также Ваша поездка в Бразилию"), else the nearest; a place named inside a
    trigger's own words is that trigger's ("посетить Кыргызстан с государственным визитом")."""
    inside = next((m for m in mentions if m.start <= cspan.start and cspan.end <= m.end), None)
    if inside is not None:
        return inside
    left = [m for m in mentions if m.end <= cspan.start and cspan.start - m.end <= _OBJECT_REACH]
    if left and not _PHRASE_BREAK.search(ctx.text, left[-1].end, cspan.start):
        return left[-1]
    scheduled = _scheduled(ctx.lang)
    if scheduled is not None and scheduled.search(ctx.text[max(0, cspan.start - 60) : cspan.start]):
        acts = [m for m in mentions if m.end <= cspan.start and cspan.start - m.end <= _SCHEDULED_REACH
                and GROUPS[m.type] != "statement"]
        if acts:
            return acts[-1]  # "le sommet ..., prévu le 2 octobre à Monrovia, a été reporté, a annoncé X"
    return _nearest(mentions, cspan.start, cspan.end)


#: How far (characters) before a scheduled act's place its noun may stand ("le sommet de ..., prévu ... à X").
_SCHEDULED_REACH = 200


@cache
def _scheduled(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("scheduled")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def _visit_verb(ctx: Context, mentions: list[EventMention], target: EventMention, cspan: Span) -> EventMention | None:
    """The visit verb whose object the place is, when a noun trigger stands between them ("besucht im Zuge
    des Gipfels die Hauptstadt Seoul", "visited, for the summit, Seoul"): the place is also the visit's."""
    before = [m for m in mentions if m.end <= cspan.start and cspan.start - m.end <= _OBJECT_REACH]
    verbs = [m for m in before if m.entry.pos == "verb"]
    if not verbs or verbs[-1] is target or GROUPS[verbs[-1].type] != "visit":
        return None
    verb = verbs[-1]
    if target.start < verb.end or not reachable(ctx, [verb], cspan.start, cspan.end, relative=True):
        return None
    return verb


def visits_to_people(mentions: list[EventMention], items: list[tuple[int, int, Person]]) -> None:
    """"besuchte ... den früheren Präsidenten", "visited the King": a visit whose object is a person, not a place, is a
    meeting with that person (the visit to the country, if any, is reported on its own)."""
    for m in mentions:
        if m.type != "Visit" or m.entry.pos != "verb" or isinstance(m.location, (City, Country)):
            continue
        after = [i for i in items if i[0] >= m.end and i[2] in m.persons]
        before = [i for i in items if i[1] <= m.start and i[2] in m.persons]
        if after and (before or len(after) >= 2):
            m.type = "Meeting"
