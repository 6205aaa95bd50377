"""The state an official acts for when no title says: the issuing institution's state, the ministry named
before a spokesperson (or a title only one state uses: "der Bundeskanzler"), the one state of the sentence, the
capital of the state the text is about where he speaks there, the capital a wire report is filed from, a spouse's
partner, the state listed before him ("y de Haití, X").

Runs after :mod:`graph.extract.coref` has joined the mentions of each person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from graph.extract import datelines
from graph.extract.countries import governs_from
from graph.extract.coref import LEADER_ROLES
from graph.extract.entouragestates import entourage_states
from graph.extract.envoyhosts import envoy_hosts
from graph.extract.govspeakers import government_head_state
from graph.extract.honorificstates import honorific_states
from graph.extract.issuingstate import capitals_upper, release_head
from graph.extract.liststates import listed_states
from graph.extract.ministrystaff import ministry_staff_state
from graph.extract.localstates import after_locative, mayors_states, return_home_states
from graph.extract.officials import meets_counterpart
from graph.extract.pairedstates import paired_states
from graph.extract.pairtitles import plural_title_pairs
from graph.extract.ownrepublic import own_republic_heads
from graph.extract.otherstates import counterparts_other, guests_of_counterparts, other_leaders
from graph.extract.paperstate import paper_state, town_state
from graph.extract.people_cues import LOCAL_ROLES, org_trip_report
from graph.extract.possessors import counterpart_holders, counterpart_possessors
from graph.extract.predecessors import predecessor_states
from graph.extract.receivedin import received_in_town
from graph.extract.soleholders import second_holder, trip_state
from graph.extract.staffof import ministry_staff_owner, ministry_state, staff_states
from graph.extract.units import spans_within
from graph.extract.wherestates import where_states
from graph.model import Person

if TYPE_CHECKING:
    from graph.extract.people import People, PersonMention

__all__ = ["assign_home", "named_parties", "sentence_states"]

_QUOTE = re.compile(r'"[^"\n]{1,600}"|“[^”"\n]{1,600}”|«[^»\n]{1,600}»|„[^“”"\n]{1,600}[“”"]')
#: Missions whose state an envoy named after them serves ("Norway's embassy ... Ambassador X"); other staff serve
#: the ministry's ("teilte das Ministerium mit ... ein Sprecher des Ministeriums").
_MISSIONS = ("embassy", "consulate")
_ENVOYS = frozenset({"Ambassador", "Chargé d'affaires", "Consul", "Diplomat", "High Commissioner"})


def assign_home(people: People, text: str, countries: list, venues: list = (), filed_in: str | None = None,
                cities: list = ()) -> None:
    """Officials without a country: the issuing state's own officials, or the one state their sentence names.

    The issuing state is the one whose institution the text names ("Department of State", "Кремль"); its
    officials without a stated country are its own, and so is the first unmarked holder of a leading role
    ("President Biden and President Xi", "President A and Prime Minister B" in a White House readout: only the
    first). Without such an
    institution, staff (spokespersons, aides, ambassadors) serve the state whose ministry was last named before
    them ("Das US-Außenministerium betonte ... sagte die Sprecherin"; an envoy the embassy or consulate last
    named: "Norway's embassy ... Ambassador X"), else that of the first person with a
    known country. Last, an official whose sentence names exactly one state represents it, and one still
    without a state in wire copy filed from a capital ("MOSCOW, July 8 (TASS) -", ``filed_in``) is that capital's.
    A leader the issuing state's text meets abroad ("In Abidjan sind Gespräche mit Premierminister X geplant":
    ``cities``, the ``(Span, City)`` pairs) is the host's, not the issuing state's; so is one an organisation's
    official meets (the text's first official serves one): her dateline is the organisation's seat, whose state
    none of those she meets takes from it. A traveller who "returns to New Zealand" is of it (localstates).
    """
    return_home_states(people, text, countries)  # "Mr Hollis returns to New Zealand on Saturday"
    own_republic_heads(people, text, countries, filed_in)  # "San José, ... al presidente de la República, X"
    received_in_town(people, text, cities)  # "wird sie in Accra von Präsident X empfangen": the town's state
    listed_states(people, text, countries)  # "los cancilleres de A, X, y de B, Y"
    paired_states(people, text, countries)  # "A et B ... par leurs Premiers ministres, X et Y"
    _title_nearby(people)  # "als Bundesaußenminister geht es Jörg Lindner"
    where_states(people, text, countries, cities)  # "nach Dschibuti, wo er mit Außenminister X sprach"
    entourage_states(people, text)  # "el canciller surcoreano estuvo acompañado por el embajador en Asunción, X"
    staff_states(people, text)  # "Gasimov's spokeswoman, X", "la porte-parole de Gasimov, X": Gasimov's state
    ministry_staff_owner(people, text, venues)  # "Das Außenministerium in Minsk ... Sein Sprecher X"
    mayors_states(people, cities, text)  # "Lübeck. ... Bürgermeisterin X": the town's, whatever else her sentence names
    countries = _unplaced(text, unquoted(text, countries))
    if not people.home:  # before the sentence's capital makes the guest of "her Chilean counterpart" Chilean
        counterpart_possessors(people, text, countries)
    first_seen: dict[int, int] = {}
    for m in sorted(people.mentions, key=lambda m: m.start, reverse=True):
        if m.person is not None:
            first_seen[id(m.person)] = m.start
    first_seen.update({id(p): 10**9 for p in people.persons if id(p) not in first_seen})
    known = sorted([(first_seen[id(p)], p.country) for p in people.persons if p.country] + _own_titles(people))
    ministries = [(span.start, owner) for span, v in venues if v.kind == "ministry" and (owner := ministry_state(v))]
    missions = [(span.start, v.owner) for span, v in venues if v.kind in _MISSIONS and v.owner]
    leaders_seen: set[str] = {p.role for p in people.persons if p.country == people.home and p.role} if people.home else set()
    named = _Named(people)
    others = _counterpart_titles(people)
    by_org = org_trip_report(people, countries, filed_in)  # the dateline is an organisation's seat
    predecessor_states(people.lang, text, people)  # before any guess: the successor's state, where his title gives it
    # a leader's state is none his own words name: "« Le Liban n'est pas seul », a déclaré le président X"
    stateless = any(p.role in LEADER_ROLES and not p.country for p in people.persons)
    spoken = unquoted(text, countries, forms=None) if stateless else countries
    for person in people.persons:
        if person.role in LEADER_ROLES and not person.country:
            person.country = _sentence_country(named, person, spoken, first_seen[id(person)], others)
            if not person.country and (people.home or by_org) and cities:  # met abroad: the city's state
                person.country = _abroad(text, person, cities, first_seen[id(person)], people.home or filed_in)
        if person.country or person.organization is not None or not person.role:
            continue
        own = people.home or filed_in
        if own and second_holder(people, person, first_seen, own):  # "le ministre des Affaires étrangères, M. B"
            person.country = trip_state(cities, first_seen[id(person)], own)  # met abroad: not the home's
            continue
        if person.role in LEADER_ROLES:
            if people.home and not leaders_seen & LEADER_ROLES:  # one leader per state: "President A and PM B"
                person.country = people.home
                leaders_seen.add(person.role)
        elif people.home:
            person.country = people.home
        elif person.role in people.staff_roles:  # the state of a ministry or of someone named before
            seen = first_seen[id(person)]
            host = person.accredited_to  # "su embajadora en Managua, X": not Nicaragua's, whose embassy was named before
            mission = [code for start, code in missions if start < seen and code != host] if person.role in _ENVOYS else []
            ministry = mission or [code for start, code in ministries if start < seen and code != host]
            if not ministry:  # "MANILA - ... DFA spokesperson X": the ministry of the capital filed from
                ministry = [c for c in [ministry_staff_state(text, people.mentions, person, countries, filed_in)] if c and c != host]
            person.country = _at_seat(text, countries, seen) or government_head_state(people, person, first_seen) or (
                ministry[-1] if ministry else next((c for start, c in known if start < seen and c != host), None))
        said = spoken if person.role in LEADER_ROLES else countries
        person.country = person.country or _sentence_country(named, person, said, first_seen[id(person)], others)
        if not person.country and person.role not in people.staff_roles:
            person.country = _in_own_capital(text, person, cities, first_seen[id(person)], countries, named)
        if not person.country and filed_in and person.role not in LEADER_ROLES and not by_org \
                and not meets_counterpart(named.mentions, person, filed_in, people.refs):  # his counterpart's guest
            person.country = filed_in
    if not people.home and release_head(text):
        _release_officials(people, first_seen)
    counterpart_possessors(people, text, countries)  # "X and his Norwegian counterpart" under "Jordan, Norway ..."
    counterpart_holders(people, text, countries)  # "Bundespräsident A ... mit seiner Amtskollegin B": B of the other
    plural_title_pairs(people, countries, text)  # "los presidentes Carvalho Menezes y Peralta" in an article about two states
    _local_officials(people, cities)
    paper = town_state(cities)
    counterparts_other(people, countries, paper)
    other_leaders(people, text, countries)
    guests_of_counterparts(people, text, countries, paper)
    _spouses(people, text, named)
    envoy_hosts(people)  # "Foreign Secretary X handed the envoy a protest note": the envoy's host's
    paper_state(people, paper, countries)  # "Prime Minister Han" in a paper whose towns lie in South Korea
    predecessor_states(people.lang, text, people)  # "juró como canciller ..., en reemplazo de X": X was of that state
    honorific_states(people, text)  # "Foreign Secretary Shri Vikram Nair": India's


def _release_officials(people: People, first_seen: dict[int, int]) -> None:
    """A release whose head names its institution without a state ("Communiqué de la Présidence de la
    République", "MEDIA STATEMENT"): the state of the first official it names is the issuing one, and its
    officials still without a state are that state's (a head of state or government only if it names none)."""
    officials = sorted((p for p in people.persons if p.role), key=lambda p: first_seen[id(p)])
    issuer = officials[0].country if officials and officials[0].organization is None else None
    if issuer is None:
        return
    leaders = any(p.country == issuer and p.role in LEADER_ROLES for p in officials)
    for person in officials:
        if person.country is None and person.organization is None and (person.role not in LEADER_ROLES or not leaders):
            person.country = issuer
            leaders = leaders or person.role in LEADER_ROLES


#: How far (characters) after a state's own title said without a name the official it describes may be named.
_TITLE_REACH = 40


def _title_nearby(people: People) -> None:
    """An official without a state named shortly after a title only one state uses, said without a name in the
    same sentence ("Bei seinem ersten Besuch als Bundesaußenminister geht es Jörg Lindner um ..."): that state's."""
    for ref in people.refs:
        entry = ref.hit.entry
        if not entry.country or entry.shared or entry.counterpart or entry.plural:
            continue
        named = [m for m in people.mentions if m.person is not None and m.sentence == ref.sentence]
        if ref.person is not None and any(m.person is ref.person for m in named):
            continue  # the title's holder is named in the sentence
        near = [m for m in named if 0 <= m.start - ref.end <= _TITLE_REACH]
        if len(near) == 1 and not near[0].person.country and near[0].person.organization is None:
            near[0].person.country = entry.country
            near[0].person.role = near[0].person.role or ref.hit.role


def _own_titles(people: People) -> list[tuple[int, str]]:
    """Titles said without a name that only one state uses ("Der Bundeskanzler empfängt ..."): where they come
    before anyone named, the text speaks for that state, and so do its unmarked staff."""
    return [(r.start, r.hit.entry.country) for r in people.refs
            if r.hit.entry.country and not r.hit.entry.shared and not r.hit.entry.counterpart and r.person is None]


def _local_officials(people: People, cities: list) -> None:
    """A mayor or governor still without a state, in a text whose cities all lie in one state, is of that state
    ("Oberbürgermeister X empfing den Generalkonsul im Rathaus" in a report from and about one town)."""
    states = {city.country for _, city in cities}
    if len(states) != 1:
        return
    for person in people.persons:
        if person.country is None and person.organization is None and person.role in LOCAL_ROLES:
            person.country = next(iter(states))


def unquoted(text: str, countries: list, forms: tuple[str, ...] | None = ("capital", "metonym")) -> list:
    """The ``(Span, CountryMention)`` pairs but the governments a quotation names by their capital: a speaker
    calls another state so ("Minsk must understand ...", said the minister), hardly their own. ``forms=None``
    drops every country a quotation names ("« Le Liban n'est pas seul », a déclaré le président X")."""
    quotes = [m.span() for m in _QUOTE.finditer(text)] if any(q in text for q in '"“«„') else []
    if not quotes:
        return countries
    return [item for item in countries
            if (forms is not None and item[1].form not in forms) or not any(a < item[0].start < b for a, b in quotes)]


def _unplaced(text: str, countries: list, forms: tuple[str, ...] = ("capital",)) -> list:
    """The ``(Span, CountryMention)`` pairs but the capitals (or other ``forms``) named as a place ("Накануне в
    Астане состоялись переговоры министров ... X и Y"): where officials met says nothing of whom they serve."""
    return [item for item in countries
            if item[1].form not in forms or not after_locative(text, item[0].start)]


def named_parties(text: str, countries: list) -> list:
    """The ``(Span, CountryMention)`` pairs but the states named only as a place ("fue embajador en Chile")."""
    return _unplaced(text, countries, ("capital", "name"))


def sentence_states(people: People, text: str, countries: list) -> None:
    """Officials (not staff, leaders, governors or mayors) without a country in a text with no issuing state: the one state
    their sentence names before them, settled before the events are placed.

    :func:`assign_home` would give the same state, but only after a meeting abroad the text tells later
    ("will discuss it with her counterparts at a meeting in Copenhagen") has made its host's state theirs.
    """
    if people.home:
        return
    return_home_states(people, text, countries)  # "Ms X returns to Australia on Friday": before "to Jakarta and Manila"
    candidates = [p for p in people.persons if p.role and not p.country and p.organization is None
                  and p.role not in people.staff_roles and p.role not in LEADER_ROLES and p.role not in LOCAL_ROLES]  # fmt: skip
    if not candidates:
        return
    every = countries
    countries = _unplaced(text, unquoted(text, countries))
    first_seen: dict[int, int] = {}
    for m in sorted(people.mentions, key=lambda m: m.start, reverse=True):
        if m.person is not None:
            first_seen[id(m.person)] = m.start
    named = _Named(people)
    others = _counterpart_titles(people)
    for person in candidates:
        first = first_seen.get(id(person), 10**9)
        person.country = _sentence_country(named, person, countries, first, others) \
            or _in_own_capital(text, person, None, first, every, named)  # "sagte ... in Helsinki, Finnland lasse sich"


def _counterpart_titles(people: People) -> list[tuple[int, int]]:
    """The spans of counterpart titles ("speaks with his Tongan counterpart"): the state they name is the other party's."""
    return [(r.hit.phrase_start, r.hit.phrase_end) for r in people.refs if r.hit.entry.counterpart]


def _spouses(people: People, text: str, named: _Named) -> None:
    """"der frühere Präsident ... und seine Frau": a spouse shares the state of the person named before."""
    if people.spouse is None:
        return
    for k, mention in enumerate(named.mentions):
        person = mention.person
        if person.country or person.organization is not None or not people.spouse.search(text, max(0, mention.start - 40), mention.start):
            continue
        partner = next((m.person for m in reversed(named.mentions[:k]) if m.sentence == mention.sentence and m.person.country), None)
        if partner is not None and partner is not person:
            person.country = partner.country


class _Named:
    """The person mentions of an article sorted by start, for the mentions near an offset."""

    def __init__(self, people: People) -> None:
        self.mentions = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
        self.refs = people.refs
        self.staff = people.staff_roles
        self.starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[PersonMention]:
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _abroad(text: str, person: Person, cities: list, first: int, home: str) -> str | None:
    """The one state other than ``home`` whose cities the sentence first naming a leader names before him."""
    if person.organization is not None or first >= 10**9:
        return None
    start = max(text.rfind("\n", 0, first), text.rfind(". ", 0, first)) + 1
    codes = {city.country for span, city in cities if start <= span.start < first}
    return codes.pop() if len(codes) == 1 and home not in codes else None


def _in_own_capital(text: str, person: Person, cities: list | None, first: int, countries: list,
                    named: _Named | None = None) -> str | None:
    """The state the text is about (its dateline's, else the first one named by name or adjective) when the
    sentence first naming an official names its capital and no other city ("El ministro de Hacienda, X, aseguró
    el jueves en Bogotá"): he speaks at home. Without ``cities``, the capitals the country finder took are read.
    Not when a sentence naming him names that state's holder of his own title ("Aussenminister X sprach in Bogotá
    mit der kolumbianischen Aussenministerin Y"): he is the guest of his counterpart."""
    code = _text_state(text, countries, cities or ())
    if person.organization is not None or first >= 10**9 or code is None:
        return None
    start = max(text.rfind("\n", 0, first), text.rfind(". ", 0, first)) + 1
    end = min((k for k in (text.find("\n", first), text.find(". ", first)) if k >= 0), default=len(text))
    if cities is None:
        found = [(span, m.code) for span, m in countries if start <= span.start < end and m.form == "capital"]
    else:
        found = [(span, code if city.country == code and governs_from(city) else None)
                 for span, city in cities if start <= span.start < end]  # "aseguró en La Paz": Bolivia's seat
    if not found or any(c != code or not _AT.search(text, max(0, s.start - 6), s.start) for s, c in found):
        return None  # not "visited Tokyo": where he stays, said with a plain locative
    if named is not None and meets_counterpart(named.mentions, person, code, named.refs):
        return None
    return code


def _at_seat(text: str, countries: list, first: int) -> str | None:
    """The state whose seat of government the sentence first naming a spokesperson or aide puts him at ("dijo el
    vocero X en su conferencia de prensa en la Casa Rosada", "said at the Kremlin"): he speaks for it, whoever
    was named before him."""
    if first >= 10**9:
        return None
    start = max(text.rfind("\n", 0, first), text.rfind(". ", 0, first)) + 1
    end = min((k for k in (text.find("\n", first), text.find(". ", first)) if k >= 0), default=len(text))
    codes = {m.code for span, m in spans_within(countries, start, end)
             if m.form == "metonym" and _AT_SEAT.search(text, max(0, span.start - 12), span.start)}
    return codes.pop() if len(codes) == 1 else None


#: A locative before a seat of government, with its article ("at the", "en la", "au", "im", "в").
_AT_SEAT = re.compile(r"(?:^|\s)(?:in|at|à|au|en|dans|im|am|в|во)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?$", re.IGNORECASE)
#: A plain locative right before a place ("in", "à", "en", "в"): where one is, not where one goes.
_AT = re.compile(r"(?:^|\s)(?:in|at|à|en|в|во)\s+$", re.IGNORECASE)
def _text_state(text: str, countries: list, cities: list | tuple = ()) -> str | None:
    """The state of a dateline's capital or seat of government ("LIMA, 21 de agosto —", "COTONOU, 3 juillet"),
    else the first state named by name or adjective."""
    head = datelines.read(text)
    if head is not None and head.name.upper() in capitals_upper():
        return capitals_upper()[head.name.upper()]
    seat = next((city for span, city in cities if head is not None and span.start == head.town.start), None)
    if seat is not None and governs_from(seat):
        return seat.country
    return next((m.code for _, m in countries if m.form not in ("capital", "metonym")), None)


#: The most characters between a nameless title and an official's own title that join them (" und ", " et ").
_JOINED = 6


def _sentence_country(named: _Named, person: Person, countries: list, first: int, others: list | tuple = ()) -> str | None:
    """The one country named before an official in the sentence that first names him, if only one is; the state
    of a counterpart title (``others``: "speaks with his Tongan counterpart") is the other party's, and so is
    that of a title said without a name for someone else of known state ("The Brazilian minister will call on
    President X": the minister's, whether or not the title was tied to someone named; not for staff: "the
    Brazilian minister's spokesman, X"); a nameless title tied to no one named counts so only before a minister,
    not a leader, and not where a conjunction joins it to his own title ("Moldaus stellvertretendem
    Ministerpräsidenten und Wirtschaftsminister X": his)."""
    if person.organization is not None or not person.role or first >= 10**9 or not person.evidence:
        return None
    span = person.evidence[0]
    near = named.between(span.start - 80, first)
    taken = [(m.title.phrase_start, m.title.phrase_end) for m in near if m.title and m.person.country]
    taken += [(m.start, m.end + 20) for m in near if m.start >= span.start]  # "Olaf Scholz of Germany"
    taken += [(a, b) for a, b in others if span.start <= a < first]
    if person.role not in named.staff:  # "The Brazilian minister will call on President X": the minister's state
        own = min((m.title.phrase_start for m in named.between(span.start, first + 1) if m.person is person and m.title),
                  default=first)
        taken += [(r.hit.phrase_start, r.hit.phrase_end) for r in named.refs if span.start <= r.start < first
                  and r.person is not person and (r.person.country if r.person is not None
                                                  else r.hit.countries and person.role not in LEADER_ROLES
                                                  and own - r.hit.phrase_end > _JOINED)]
    codes = {c.code for s, c in spans_within(countries, span.start, first) if not any(a <= s.start < b for a, b in taken)}
    code = codes.pop() if len(codes) == 1 else None
    return None if code and meets_counterpart(named.mentions, person, code, named.refs) else code  # "X sprach in Lima mit
    # dem peruanischen Aussenminister Y": Peru's is Y; X the guest
