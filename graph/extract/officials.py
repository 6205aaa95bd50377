"""The state (or organisation) an official acts for, read from the words around the title once mentions are
joined into persons: a possessive before the title ("viaja acompañado por su canciller, X": the minister of the
one named before), a "represented by" phrase ("el Paraguay estará representado por el viceministro X") and the
issuing institution's own official named before any foreign one (the protagonist of a readout).

Runs inside :func:`graph.extract.people.find_people`, after :mod:`graph.extract.coref`; it only fills states
still unknown, so whatever a title says itself wins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from graph.extract import lexicon
from graph.extract.coref import LEADER_ROLES
from graph.extract.localstates import dateline_state
from graph.extract.people_cues import LOCAL_ROLES, org_trip_report
from graph.extract.roles import literal_heads
from graph.extract.soleholders import sole_portfolio

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention
    from graph.extract.roles import Titles
    from graph.model import Person

__all__ = [
    "owner_states",
    "represented_states",
    "represented_pairs",
    "protagonist_home",
    "home_variants",
    "dateline_state_leaders",
    "single_state",
    "shared_defaults",
    "meets_counterpart",
    "former_states",
    "former_words",
]

_OWNER_WINDOW = 14  # characters before a title where its possessive stands ("and his ")
_REPRESENTED_WINDOW = 90  # characters between "represented by" and the name of the official


@cache
def _cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]:
    """(possessive before a title, "represented by", literal parts of the latter without their first letter, so
    that a text holding none of them is skipped whatever its case) of ``<lang>/roles.json``, compiled once."""
    roles = lexicon.load("roles", lang) or {}
    owner, represented = roles.get("owner_possessives"), roles.get("represented_by")
    return (
        re.compile(rf"(?<!\w)(?:{owner})\s+$", re.IGNORECASE) if owner else None,
        lexicon.whole_words(represented),
        tuple(head[1:] for head in literal_heads(represented)),
    )


@cache
def _gap(lang: str) -> re.Pattern[str]:
    """What stands between a state and its official in a gapped "represented by" list ("..., and Oman by X",
    "Бразилию — X"): a dash, or the ``represented_link`` word of ``<lang>/roles.json``."""
    link = (lexicon.load("roles", lang) or {}).get("represented_link")
    words = rf"|(?:{link})\s+" if link else ""
    return re.compile(rf"\s*(?:[—–-]\s*{words})$", re.IGNORECASE)


def represented_pairs(lex: Titles, text: str, mentions: list[PersonMention], countries: list) -> None:
    """"Saudi Arabia was represented by A, and Oman by B", "Россию представлял A, Бразилию — B": after a
    "represented by" phrase, each name (or title) right after a state and a dash or the link word of the list
    acts for that state; a name no given name vouches for is a name there. Runs before coreference."""
    _, represented, heads = _cues(lex.lang)
    if represented is None or not countries or (heads and not any(h in text for h in heads)):
        return
    gap = None
    for cue in represented.finditer(text):
        end = _SENTENCE_END.search(text, cue.end())
        stop = end.start() if end else len(text)
        inside = [m for m in mentions if cue.end() <= m.start < stop]
        gap = gap or _gap(lex.lang)
        for mention in inside:
            anchor = mention.title.phrase_start if mention.title is not None else mention.start
            before = [c for s, c in countries if cue.start() - _REPRESENTED_WINDOW <= s.start and s.end <= anchor]
            if not before or gap.match(text, before[-1].span.end, anchor) is None:
                continue
            if mention.title is None or not mention.title.countries:
                mention.country = before[-1].code
                mention.verified = True


def _open(person: Person | None) -> bool:
    return person is not None and person.country is None and person.organization is None


def owner_states(lex: Titles, text: str, mentions: list[PersonMention], refs: list[Any]) -> None:
    """"X ... and his foreign minister, Y": a title after a third-person possessive, without a state of its own,
    is held for the state (or organisation) of the nearest person or titled office named before it in the
    sentence ("the UN secretary-general ..., his spokesperson, Z" speaks for the UN)."""
    owner = _cues(lex.lang)[0]
    if owner is None:
        return
    for mention in mentions:
        hit = mention.title
        if hit is None or not _open(mention.person) or hit.countries or hit.org is not None or hit.entry.org:
            continue
        if hit.entry.counterpart or hit.entry.plural or hit.entry.country:
            continue
        if owner.search(text, max(0, hit.phrase_start - _OWNER_WINDOW), hit.phrase_start) is None:
            continue
        state = _owner_before(mention, min(hit.phrase_start, mention.start), mentions, refs)
        if state is not None:
            country, org = state
            mention.person.country = mention.person.country or country
            if country is None:
                mention.person.organization = org


def _owner_before(mention: PersonMention, before: int, mentions: list[PersonMention], refs: list[Any]) -> tuple | None:
    """(country, organisation) of the nearest person or office of ``mention``'s sentence named before ``before``."""
    found: list[tuple[int, tuple]] = []
    for other in mentions:
        person = other.person
        if other.sentence != mention.sentence or other.start >= before or person is None or person is mention.person:
            continue
        if person.country or person.organization is not None:
            found.append((other.start, (person.country, person.organization)))
    for ref in refs:
        hit = ref.hit
        if ref.sentence != mention.sentence or ref.start >= before or hit.entry.counterpart or hit.entry.plural:
            continue
        if ref.person is not None and ref.person is not mention.person and (ref.person.country or ref.person.organization):
            found.append((ref.start, (ref.person.country, ref.person.organization)))
        elif ref.person is None and (hit.country or hit.organization is not None):
            found.append((ref.start, (hit.country, None if hit.country else hit.organization)))
    return max(found, key=lambda item: item[0])[1] if found else None


def shared_defaults(mentions: list[PersonMention], countries: list) -> None:
    """"Foreign Secretary X" in a report that never names Britain: a title other states use too implies its
    usual state only where the text names that state; otherwise the official's state is left to the context,
    or is the one other state using the title that the text names ("Bundespräsident X ... in Österreich")."""
    named = {mention.code for _, mention in countries}
    for mention in mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or hit.countries or not (hit.entry.shared or hit.entry.also):
            continue
        if person.country != hit.entry.country or hit.entry.country in named:
            continue
        others = [code for code in hit.entry.also if code in named]  # "Bundespräsident" in a text naming Austria
        if len(others) == 1:
            person.country = others[0]
        elif hit.entry.shared:
            person.country = None


def home_variants(home: str | None, mentions: list[PersonMention], countries: list) -> None:
    """"la secrétaire d'État X" in a Swiss release: a title whose usual state is another but that the issuing
    state ``home`` uses too (``by_country``) is the home state's where the text never names the usual one."""
    if home is None:
        return
    named = None
    for mention in mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or hit.countries or not hit.entry.by_country or hit.entry.country in (None, home):
            continue
        role = dict(hit.entry.by_country).get(home)
        if role is None or person.country != hit.entry.country:
            continue
        if named is None:
            named = {mention.code for _, mention in countries}
        if hit.entry.country not in named:
            person.country, person.role = home, role


def represented_states(lex: Titles, text: str, mentions: list[PersonMention], countries: list) -> None:
    """"Paraguay will be represented by the deputy minister, X": the official named right after the phrase acts
    for the state named last before it in the sentence (``countries``: ``(Span, CountryMention)`` pairs)."""
    _, represented, heads = _cues(lex.lang)
    if represented is None or not countries or not mentions or (heads and not any(h in text for h in heads)):
        return
    cues = list(represented.finditer(text))
    if not cues:
        return
    for cue in cues:
        start, end = cue.span()
        after = [m for m in mentions if end <= m.start <= end + _REPRESENTED_WINDOW and m.person is not None]
        if not after:
            continue
        first = min(after, key=lambda m: m.start)
        before = [(s, c) for s, c in countries if start - _REPRESENTED_WINDOW <= s.start < start]
        if before and _open(first.person) and not _SENTENCE_END.search(text, before[-1][0].end, start):
            first.person.country = before[-1][1].code


_SENTENCE_END = re.compile(r"[.!?;]\s")


def protagonist_home(home: str | None, mentions: list[PersonMention], staff: frozenset[str]) -> None:
    """In a text an institution of ``home`` issued, the officials without a state named before anyone else
    (its own minister, whose readout it is; staff and its own officials aside) are its own, before an event
    abroad makes them hosts. The first one of another or an unknown state ends the opening."""
    if home is None:
        return
    held: set[str] = set()  # its own sole portfolios: a second holder is another state's (graph.extract.soleholders)
    for mention in sorted(mentions, key=lambda m: m.start):
        person = mention.person
        if person is not None and person.country == home and sole_portfolio(person.role):
            held.add(person.role)
        if person is None or person.country == home or (_open(person) and person.role in staff):
            continue
        if not _open(person) or not person.role or person.role in LEADER_ROLES or person.role in held:
            return
        person.country = home


def dateline_state_leaders(people: Any, countries: list, filed_in: str | None, parties: list | None = None) -> dict[int, str]:
    """Wire copy filed from a capital of the only state the article names ("ANTANANARIVO, 22 oct (AFP) - Le
    gouvernement malgache ... Le Premier ministre, X"): its heads of state and government without a state are
    that state's. Not for a text an institution issued (``people.home``), nor when a second state is named:
    "WASHINGTON (AP) - President A met Ukraine's President B" leaves A to other rules. A state named only as a
    place (``parties``: the countries but those after a locative: "fue embajador en Chile") is no second one.
    Nor when the first official serves an organisation and the text names another state (as a place, too): its
    dateline is her seat, not her hosts' state.

    Returns:
        The state each person (by ``id``) held before the dateline gave them another, for events to forget it.
    """
    if filed_in is None:
        return {}
    moved = _defaults_abroad(people, countries, filed_in)
    if people.home or not countries:
        return moved
    _lead_official(people, filed_in)
    if any(mention.code != filed_in for _, mention in (countries if parties is None else parties)):
        _home_leaders(people, countries, filed_in)
        return moved
    if org_trip_report(people, countries, filed_in):
        return moved  # "Bruxelles, le 8 mars - La commissaire européenne X s'est rendue en Géorgie": her hosts are not Belgian
    for person in people.persons:
        if _open(person) and person.role in LEADER_ROLES:
            person.country = filed_in
    return moved


def _home_leaders(people: Any, countries: list, filed_in: str) -> None:
    """"APIA - Samoa's Minister of Finance, A, ... Prime Minister B said he would tour the villages ...; help
    from Australia or China": where every official of known state is of the state the report is filed from and
    the text names that state, a head of state or government without a state is its own too, if no other such
    leader shares his title, no sentence naming him names another state and none puts him with a holder of his
    title of that state (he would be its guest)."""
    known = {p.country for p in people.persons if p.country or p.organization is not None}
    if known != {filed_in} or not any(mention.code == filed_in for _, mention in countries):
        return
    leaders = [p for p in people.persons if _open(p) and p.role in LEADER_ROLES]
    for person in leaders:
        if sum(p.role == person.role for p in leaders) > 1 or meets_counterpart(people.mentions, person, filed_in, people.refs):
            continue
        if any(m.code != filed_in and any(e.start <= s.start < e.end for e in person.evidence) for s, m in countries):
            continue
        person.country = filed_in


def _defaults_abroad(people: Any, countries: list, filed_in: str) -> dict[int, str]:
    """"NEW DELHI - Foreign Secretary X": a title other states use too (``shared``: "Foreign Secretary", British
    only where the text names none) yields to the state the report is filed from when the text never names the
    former. A title of one state only keeps it abroad ("Lusaka (dpa) - Bundesaußenministerin X"). A title another
    state uses too (``also``: "Bundeskanzler") is that state's in a report filed from its capital that names it
    and never names the title's usual state but by a seat both have ("Wien, ... im Bundeskanzleramt")."""
    named = {mention.code for _, mention in countries}
    moved: dict[int, str] = {}
    by_name = {mention.code for _, mention in countries if getattr(mention, "form", None) != "metonym"}
    holders: dict[int, set[int]] = {}  # two holders of "Bundeskanzler" in a report from Vienna: one is the guest
    for mention in getattr(people, "mentions", ()):
        if mention.title is not None and mention.person is not None and mention.title.entry.also:
            holders.setdefault(id(mention.title.entry), set()).add(id(mention.person))
    for mention in getattr(people, "mentions", ()):
        hit, person = mention.title, mention.person
        if hit is not None and person is not None and not hit.countries and filed_in in hit.entry.also \
                and person.country == hit.entry.country and hit.entry.country not in by_name and filed_in in by_name \
                and len(holders[id(hit.entry)]) == 1:
            moved[id(person)] = person.country  # "Wien, 12. November - Bundeskanzler X ... Österreich": Austria's
            person.country = filed_in
            continue
        if hit is None or person is None or hit.countries or not hit.entry.country or not hit.entry.shared:
            continue
        if person.country == hit.entry.country != filed_in and hit.entry.country not in named:
            moved[id(person)] = person.country
            person.country = filed_in
    return moved


def _lead_official(people: Any, filed_in: str) -> None:
    """"SEOUL, Nov. 5 (Yonhap) -- Foreign Minister X will ...": the official wire copy names first, without a
    state of his own, is one of the state it is filed from (a head of state or government only by the rule of
    :func:`dateline_state_leaders`)."""
    first = min((m for m in getattr(people, "mentions", ()) if m.person is not None), key=lambda m: m.start, default=None)
    person = first.person if first is not None else None
    if person is None or not _open(person) or not person.role or person.role in LEADER_ROLES:
        return
    staff = getattr(people, "staff_roles", ())
    if person.role in staff or meets_counterpart(people.mentions, person, filed_in, people.refs):
        return  # "BOGOTÁ - Foreign Minister X met the Colombian foreign minister": the guest
    person.country = filed_in


def meets_counterpart(mentions: list[PersonMention], person: Person, code: str, refs: list[Any] = ()) -> bool:
    """Whether a sentence naming ``person`` names another holder of his title, of state ``code`` ("Aussenminister
    X sprach in Bogotá mit der kolumbianischen Aussenministerin Y"), or his counterpart of that state (``refs``:
    titles without a name, "met in Lima with his Peruvian counterpart"): he is the guest there."""
    own = {m.sentence for m in mentions if m.person is person}
    if any(r.sentence in own and r.hit.entry.counterpart and code in r.hit.countries for r in refs):
        return True
    return any(m.sentence in own and m.person is not None and m.person is not person and m.person.role == person.role
               and code in (m.person.country, m.country, m.title and m.title.country) for m in mentions)  # fmt: skip


_BYLINE = 60  # a line this short ending with a capital is a byline or dateline ("Samuel Brunner, Nairobi")


def single_state(people: Any, text: str, countries: list) -> None:
    """An article naming one state only (the place of its byline aside): its officials without a state of
    their own named after the state itself (not only its capital: "Minister X visited Tokyo" is a guest),
    heads of state and government, governors and mayors aside, are that state's ("Finanzminister X" in a report on
    Nigeria). Not for a text an institution of another state issued; not for staff where a named official holds a
    title only another state uses (the spokesman may be that one's)."""
    codes = {mention.code for span, mention in countries if not _byline_place(text, span, mention)}
    if len(codes) != 1:
        return
    code = codes.pop()
    if people.home not in (None, code) or any(_own_title_of_other(ref.hit, code) for ref in people.refs):
        return  # "Der Bundeskanzler empfängt den Präsidenten Kenias": a second state, named by its title
    # "Bundeskanzler Wegener telefoniert mit Japans Premierminister ... Regierungssprecher X": whose spokesman?
    staff = people.staff_roles if any(_own_title_of_other(m.title, code) for m in people.mentions if m.title) else ()
    if dateline_state(text) not in (None, code):
        return  # "DOHA (QNA) - ... received the Chilean minister. Also present was Sheikh X": a host, maybe
    named = min((span.start for span, mention in countries if mention.form != "capital"), default=None)
    if named is None:
        return
    first: dict[int, int] = {}
    for mention in people.mentions:
        if mention.person is not None:
            first[id(mention.person)] = min(first.get(id(mention.person), mention.start), mention.start)
    for person in people.persons:
        if first.get(id(person), -1) > named and _open(person) and person.role \
                and person.role not in LEADER_ROLES | LOCAL_ROLES and person.role not in staff:  # a governor's: his cities
            person.country = code


def _own_title_of_other(hit: Any, code: str) -> bool:
    """Whether a title (said with a name or without) is one only another state uses ("der Bundeskanzler")."""
    entry = hit.entry
    return entry.country not in (None, code) and not entry.shared and not entry.counterpart


def _byline_place(text: str, span: Any, mention: Any) -> bool:
    """Whether a capital ends a short line ("Samuel Brunner, Nairobi"): where the report was written."""
    if mention.form != "capital":
        return False
    start, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    end = len(text) if end < 0 else end
    return end - start <= _BYLINE and not text[span.end : end].strip(" .")


@cache
def former_words(lang: str) -> re.Pattern[str] | None:
    """The words of ``<lang>/roles.json`` (``former``) that make a title a past office ("a former ... minister")."""
    return lexicon.whole_words((lexicon.load("roles", lang) or {}).get("former"))


def former_states(lex: Titles, text: str, mentions: list[PersonMention]) -> None:
    """"Diop, a former Senegalese foreign minister": the head of an organisation ("African Union Commission
    chairperson Diop") acts for it, not for the state of a past office; the state that only a former title gave
    is dropped (a state a current title of his names stays)."""
    former = former_words(lex.lang)
    if former is None:
        return
    past: dict[int, bool] = {}
    for mention in mentions:
        hit, person = mention.title, mention.person
        if person is None or person.organization is None or hit is None or not (hit.countries or mention.country):
            continue
        was = former.search(text, hit.phrase_start, hit.start) is not None
        past[id(person)] = past.get(id(person), True) and was
    for mention in mentions:
        person = mention.person
        if person is not None and past.get(id(person)) and person.country is not None:
            person.country = None
