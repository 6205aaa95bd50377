"""In-article coreference of person mentions and role references.

Full names make persons; a later surname ("Steinmeier"), a glued initial ("В.Путин") or an inflected form
("Алиевым") joins the person whose name holds it; a title used alone ("der Außenminister", "Индийский
лидер", "Президенту России") joins the one person of the article holding that role.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.extract import translit
from graph.extract.units import spans_within
from graph.model import Person, Span

if TYPE_CHECKING:
    from graph.extract.people import People, PersonMention, RoleRef
    from graph.extract.roles import Titles

__all__ = ["resolve_people", "assign_home", "home_country", "LEADER_ROLES"]

LEADER_ROLES = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emperor", "Emir", "Leader",
                          "Head of State", "Head of Government", "Sultan", "President-elect"})  # fmt: skip
_CASES = ("gen", "dat", "ins", "prep", "acc")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=4096)
def _real(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name tokens without initials ("J.") and suffixes ("Jr.")."""
    return tuple(t for t in tokens if not (len(t) == 2 and t.endswith(".")) and t.rstrip(".") not in ("Jr", "Sr"))


@lru_cache(maxsize=4096)
def _keys(token: str) -> frozenset[str]:
    """Keys a single token may have (every Russian case reading)."""
    keys = {translit.name_key(token)}
    if token.endswith("s") and len(token) > 4:
        keys.add(translit.name_key(token[:-1]))  # "Blinkens Call", "Merkels"
    if translit.has_cyrillic(token):
        keys.update(translit.name_key(translit.ru_nominative(token, case)) for case in _CASES)
        given = translit.ru_given(token)
        if given:
            keys.add(translit.name_key(given[0]))
    return frozenset(keys - {""})


class _Resolver:
    def __init__(self, sentences: list[Span], text: str) -> None:
        self.sentences, self.text = sentences, text
        self.persons: list[Person] = []
        self.tokens: dict[int, list[str]] = {}  # id(person) -> name keys of its tokens
        self.best: dict[int, PersonMention] = {}
        self.starts: dict[int, list[int]] = {}  # id(person) -> offsets of its mentions
        self.seen: dict[int, set[Span]] = {}  # id(person) -> its evidence sentences, for fast membership
        self.order: dict[int, int] = {}  # id(person) -> index in ``persons``
        self.by_token: dict[str, list[Person]] = {}  # name key of a token -> persons whose name has it
        self.by_last: dict[str, list[Person]] = {}  # name key of the last token -> persons
        self.by_role: dict[str | None, list[Person]] | None = None  # see roles()
        self.title_stems: dict[int, set[str]] = {}  # id(person) -> stems of the titles named with it
        self.home: str | None = None  # the issuing state
        self.feminine: tuple[str, ...] = ()  # endings of feminine titles ("Regierungschefin")
        self.women: set[int] = set()  # id(person) of those named with a feminine title
        self.both: re.Pattern[str] | None = None  # "both", "двух" right before a plural title

    def roles(self) -> dict[str | None, list[Person]]:
        """Role -> its persons; built once all mentions are attached, kept up to date by the caller."""
        if self.by_role is None:
            self.by_role = {}
            for person in self.persons:
                self.by_role.setdefault(person.role, []).append(person)
        return self.by_role

    def ordered(self, persons: list[Person]) -> list[Person]:
        """``persons`` in the order the article introduced them."""
        return sorted(persons, key=lambda p: self.order[id(p)])

    @staticmethod
    def _index(index: dict[str, list[Person]], key: str, person: Person) -> None:
        found = index.setdefault(key, [])
        if person not in found:
            found.append(person)

    def _candidates(self, index: dict[str, list[Person]], keys: object) -> list[Person]:
        """Persons filed under any of ``keys``, in the order they were created."""
        found = {id(p): p for key in keys for p in index.get(key, ())}
        return self.ordered(list(found.values())) if len(found) > 1 else list(found.values())

    def add_evidence(self, person: Person, span: Span) -> None:
        """Add sentence ``span`` to the person's evidence once."""
        seen = self.seen.setdefault(id(person), set())
        if span not in seen:
            seen.add(span)
            person.evidence.append(span)

    def attach(self, mention: PersonMention, person: Person) -> None:
        mention.person = person
        self.starts.setdefault(id(person), []).append(mention.start)
        surface = _POSSESSIVE.sub("", self.text[mention.start : mention.end].rstrip(","))
        person.alternate_names.add(surface)
        if translit.has_cyrillic(surface):
            person.alternate_names.add(" ".join(mention.nominative))
        self.add_evidence(person, self.sentences[mention.sentence])
        hit = mention.title
        if hit is not None:
            title = self.text[hit.phrase_start : hit.phrase_end].strip(" ,")
            if title and title not in person.titles:
                person.titles.append(title)
            person.role = person.role or hit.role
            person.organization = person.organization or hit.organization
            person.accredited_to = person.accredited_to or hit.accredited
        person.country = person.country or mention.country
        best = self.best.get(id(person))
        if best is None or len(_real(mention.nominative)) > len(_real(best.nominative)):
            self.best[id(person)] = mention
            tokens = self.tokens[id(person)] = [translit.name_key(t) for t in _real(mention.nominative)]
            for i, token in enumerate(tokens):  # indexes: old keys may stay, candidates are checked again
                self._index(self.by_token, token, person)
                if i == len(tokens) - 1:
                    self._index(self.by_last, token, person)

    def new(self, mention: PersonMention) -> Person:
        person = Person(name="")
        self.order[id(person)] = len(self.persons)
        self.persons.append(person)
        self.attach(mention, person)
        return person

    def find_full(self, mention: PersonMention) -> Person | None:
        keys = [translit.name_key(t) for t in _real(mention.nominative)]
        for person in self._candidates(self.by_last, keys[-1:]):  # every rule below needs the same last name
            known = self.tokens[id(person)]
            if keys == known or (len(known) == 1 and keys[-1:] == known):
                return person
            shorter, longer = sorted((keys, known), key=len)
            if len(shorter) > 1 and longer[-len(shorter) :] == shorter:
                return person
            if len(known) > 1 and keys[-1:] == known[-1:] and keys[0][:1] == known[0][:1]:
                return person
        return None

    def find_single(self, token: str) -> Person | None:
        keys = _keys(token)
        tokens = self.tokens
        persons = self._candidates(self.by_token, keys)
        found = [p for p in persons if not keys.isdisjoint(tokens[id(p)][1:] or tokens[id(p)])]
        if not found:
            found = [p for p in persons if tokens[id(p)][:1] and tokens[id(p)][0] in keys]
        return found[0] if len(found) == 1 else None

    def finish(self) -> None:
        for person in self.persons:
            best = self.best[id(person)]
            tokens = _real(best.nominative) if translit.has_cyrillic(best.nominative[0]) else best.tokens
            name = " ".join(t for t in tokens if t.rstrip(".") not in ("Jr", "Sr"))
            person.name = translit.transliterate_name(name) if translit.has_cyrillic(name) else name
            person.alternate_names.discard(person.name)


def resolve_people(
    mentions: list[PersonMention], refs: list[RoleRef], sentences: list[Span], text: str, home: str | None = None,
    lex: Titles | None = None,
) -> list[Person]:
    """Group mentions into persons (text order) and resolve role references; returns the persons.

    ``home`` is the state whose institution issued the text: its unmarked officials are its own, so a title of
    another state ("the President of Brazil" in a Kremlin readout) never goes to one of them. ``feminine`` are
    the endings of feminine titles of ``lex``: "die Regierungschefin" means a woman named with such a title;
    its ``both`` words make a plural title without a state mean the two holders of that role ("двух президентов").
    """
    resolver = _Resolver(sentences, text)
    resolver.home = home
    if lex is not None:
        resolver.feminine, resolver.both = lex.feminine, lex.both
    full = [m for m in mentions if m.verified and len(_real(m.nominative)) > 1]
    for mention in full:
        person = resolver.find_full(mention)
        if person is None:
            resolver.new(mention)
        else:
            resolver.attach(mention, person)
    for mention in mentions:
        if mention.person is not None or not _real(mention.nominative):
            continue
        token = _real(mention.nominative)[-1]
        person = resolver.find_single(token)
        if person is not None:
            resolver.attach(mention, person)
        elif mention.verified and len(_real(mention.nominative)) == 1:
            resolver.new(mention)
    _counterparts(mentions)
    for starts in resolver.starts.values():
        starts.sort()
    for mention in mentions:  # the titles each person was named with, before role references add more
        if mention.person is not None and mention.title is not None:
            word = text[mention.title.start : mention.title.end]
            resolver.title_stems.setdefault(id(mention.person), set()).add(_stem(word))
            if resolver.feminine and word.lower().endswith(resolver.feminine):
                resolver.women.add(id(mention.person))
    for ref in sorted(refs, key=lambda r: r.hit.entry.plural):  # plural titles once the singular ones gave roles
        _resolve_ref(ref, resolver)
    resolver.finish()
    return resolver.persons


def _counterparts(mentions: list[PersonMention]) -> None:
    """A "counterpart" takes the role of the other party in the same sentence."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in mentions:
        if mention.person is None or mention.title is None or not mention.title.entry.counterpart:
            continue
        others = [m for m in by_sentence[mention.sentence] if m.person is not None and m.person.role]
        if others and mention.person.role is None:
            mention.person.role = others[0].person.role


def _resolve_plural(ref: RoleRef, resolver: _Resolver) -> None:
    hit = ref.hit
    role = hit.entry.role
    found = [p for p in resolver.persons if p.country in hit.countries and (p.role == role or hit.entry.leader and p.role in LEADER_ROLES)]
    if not hit.countries and resolver.both is not None and resolver.both.search(resolver.text, max(0, hit.phrase_start - 20), hit.phrase_start):
        found = [p for p in resolver.persons if p.role == role or hit.entry.leader and p.role in LEADER_ROLES]
        found = found if len(found) == 2 else []  # "в присутствии двух президентов": the two of the article
    if len(found) >= 2:
        ref.persons = found


_MINISTER = "Minister"


def _resolve_ref(ref: RoleRef, resolver: _Resolver) -> None:
    hit = ref.hit
    if hit.entry.plural:
        _resolve_plural(ref, resolver)
        return
    country = hit.countries[0] if hit.countries else None
    role = hit.role
    if hit.entry.counterpart:  # "his Omani counterpart": the one official of that state, if the text names one
        found = [p for p in resolver.persons if p.country == country]
        if len(found) == 1:
            _link(ref, found[0], resolver)
        return

    def fits(person: Person) -> bool:
        return country is None or person.country in (None, country)

    by_role = resolver.roles()
    if hit.entry.leader:
        pool = resolver.ordered([p for leader in LEADER_ROLES for p in by_role.get(leader, ())])
    else:
        pool = by_role.get(role, []) if role else []  # kept in the order of the article
        if not pool and role == _MINISTER:  # "the Indian minister", "die Ministerin": a Minister of Foreign Affairs ...
            pool = resolver.ordered([p for r, held in by_role.items() if r and r.startswith(_MINISTER + " of") for p in held])
            pool = pool if country else _only_one(pool, resolver.text[hit.start : hit.end], resolver)
        elif role and role != _MINISTER:  # "el subsecretario": also one named "subsecretario de Estado"
            pool = _same_title(pool, resolver.text[hit.start : hit.end], resolver)
    found = [p for p in pool if fits(p)]
    if country and any(p.country == country for p in found):
        found = [p for p in found if p.country == country]
    end = max(ref.end, hit.phrase_end)
    found = _narrow(found, ref, resolver)
    if not found and country:
        found = [p for p in by_role.get(None, []) if p.country in (None, country)]
        if len(found) == 1 and found[0].country is None and resolver.home not in (None, country):
            if not _named_between(resolver.starts.get(id(found[0]), []), end, end + 60):
                found = []  # the issuer's own official is not "the President of Brazil" named in passing
        if len(found) == 1:
            by_role[None].remove(found[0])
            same = by_role.setdefault(role, [])
            same.insert(bisect_left([resolver.order[id(p)] for p in same], resolver.order[id(found[0])]), found[0])
            found[0].role, found[0].country = role, country
    if len(found) == 1:
        _link(ref, found[0], resolver)


def _only_one(pool: list[Person], word: str, resolver: _Resolver) -> list[Person]:
    """The one person a title without a state can mean: the only one in ``pool``, or its only woman when the
    title is feminine ("die Ministerin"); else nobody ("die beiden Minister" are not the first minister named)."""
    if len(pool) > 1 and resolver.feminine and word.lower().endswith(resolver.feminine):
        pool = [p for p in pool if id(p) in resolver.women]
    return pool if len(pool) == 1 else []


def _same_title(pool: list[Person], word: str, resolver: _Resolver) -> list[Person]:
    """``pool`` with the persons of other roles named with the same title word (in the article's order)."""
    stem = _stem(word)
    same = [p for p in resolver.persons if p not in pool and any(_same_stem(stem, t) for t in resolver.title_stems.get(id(p), ()))]
    return resolver.ordered(pool + same) if same else pool


def _link(ref: RoleRef, person: Person, resolver: _Resolver) -> None:
    """The role reference ``ref`` means ``person``: record the title and the evidence."""
    hit = ref.hit
    ref.person = person
    title = resolver.text[hit.phrase_start : hit.phrase_end].strip(" ,")
    if title and title not in person.titles:
        person.titles.append(title)
    person.country = person.country or hit.country
    resolver.add_evidence(person, resolver.sentences[ref.sentence])


def _narrow(found: list[Person], ref: RoleRef, resolver: _Resolver) -> list[Person]:
    """Of several holders of a title, the one a role reference means."""
    hit = ref.hit
    end = max(ref.end, hit.phrase_end)
    named_next = [p for p in found if _named_between(resolver.starts.get(id(p), []), end, end + 60)]
    if named_next:  # "Председателю КНР, нашему другу господину Си Цзиньпину": the one named right after
        return named_next[:1]
    word = resolver.text[hit.start : hit.end]
    if len(found) > 1 and resolver.feminine and word.lower().endswith(resolver.feminine):
        found = [p for p in found if id(p) in resolver.women] or found  # "die Regierungschefin": the woman
    if len(found) > 1:  # "Председатель" alone: the one named with that very title, not "Президент"
        stem = _stem(word)
        titled = [p for p in found if any(_same_stem(stem, t) for t in resolver.title_stems.get(id(p), ()))]
        found = titled or found
    if len(found) > 1:  # the protagonist: whoever of them the article named first
        found = [min(found, key=lambda p: p.evidence[0].start if p.evidence else 10**9)]
    return found


def _stem(title: str) -> str:
    """The first word of a title without its last letters: inflection aside ("Председателю", "Präsidenten")."""
    words = title.lower().split()
    word = words[0] if words else ""
    return word[: max(4, len(word) - 3)]


def _same_stem(a: str, b: str) -> bool:
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _named_between(starts: list[int], low: int, high: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``(low, high]``."""
    k = bisect_right(starts, low)
    return k < len(starts) and starts[k] <= high


_SOURCE_LINE = re.compile(r"^\W*(?:Source|Sources|Quelle|Fuente|Источник)\b", re.IGNORECASE)


def home_country(lex: Titles, text: str) -> str | None:
    """The state whose institution issued the text, if its opening ("В Кремле состоялась встреча ...") or a
    source line ("Source: United States Department of State") names one."""
    if lex.home is None:
        return None
    lines = text.splitlines()
    head = [text[:250]] + [line for line in lines if _SOURCE_LINE.match(line)]
    for line in head:
        for match in lex.home.finditer(line):
            for key, code in lex.home_codes.items():
                if match.group().lower().startswith(key.lower()):
                    return code
    return None


def assign_home(people: People, text: str, countries: list, venues: list = (), filed_in: str | None = None) -> None:
    """Officials without a country: the issuing state's own officials, or the one state their sentence names.

    The issuing state is the one whose institution the text names ("Department of State", "Кремль"); its
    officials without a stated country are its own, and so is the first unmarked holder of a leading role
    ("President Biden and President Xi", "President A and Prime Minister B" in a White House readout: only the
    first). Without such an
    institution, staff (spokespersons, aides, ambassadors) serve the state whose ministry was last named before
    them ("Das US-Außenministerium betonte ... sagte die Sprecherin"), else that of the first person with a
    known country. Last, an official whose sentence names exactly one state represents it, and one still
    without a state in wire copy filed from a capital ("MOSCOW, July 8 (TASS) -", ``filed_in``) is that capital's.
    """
    first_seen: dict[int, int] = {}
    for m in sorted(people.mentions, key=lambda m: m.start, reverse=True):
        if m.person is not None:
            first_seen[id(m.person)] = m.start
    first_seen.update({id(p): 10**9 for p in people.persons if id(p) not in first_seen})
    known = sorted((first_seen[id(p)], p.country) for p in people.persons if p.country)
    ministries = [(span.start, v.owner) for span, v in venues if v.kind == "ministry" and v.owner]
    leaders_seen: set[str] = {p.role for p in people.persons if p.country == people.home and p.role} if people.home else set()
    named = _Named(people)
    for person in people.persons:
        if person.role in LEADER_ROLES and not person.country:
            person.country = _sentence_country(named, person, countries, first_seen[id(person)])
        if person.country or person.organization is not None or not person.role:
            continue
        if person.role in LEADER_ROLES:
            if people.home and not leaders_seen & LEADER_ROLES:  # one leader per state: "President A and PM B"
                person.country = people.home
                leaders_seen.add(person.role)
        elif people.home:
            person.country = people.home
        elif person.role in people.staff_roles:  # the state of a ministry or of someone named before
            seen = first_seen[id(person)]
            ministry = [code for start, code in ministries if start < seen]
            person.country = ministry[-1] if ministry else next((c for start, c in known if start < seen), None)
        person.country = person.country or _sentence_country(named, person, countries, first_seen[id(person)])
        if not person.country and filed_in and person.role not in LEADER_ROLES:
            person.country = filed_in
    _spouses(people, text, named)


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
        self.starts = [m.start for m in self.mentions]

    def between(self, start: int, end: int) -> list[PersonMention]:
        return self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _sentence_country(named: _Named, person: Person, countries: list, first: int) -> str | None:
    """The one country named before an official in the sentence that first names him, if only one is."""
    if person.organization is not None or not person.role or first >= 10**9 or not person.evidence:
        return None
    span = person.evidence[0]
    near = named.between(span.start - 80, first)
    taken = [(m.title.phrase_start, m.title.phrase_end) for m in near if m.title and m.person.country]
    taken += [(m.start, m.end + 20) for m in near]  # "Olaf Scholz of Germany"
    codes = {c.code for s, c in spans_within(countries, span.start, first) if not any(a <= s.start < b for a, b in taken)}
    return codes.pop() if len(codes) == 1 else None
