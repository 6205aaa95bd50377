"""In-article coreference of person mentions and role references.

Full names make persons; a later surname ("Lawrow"), a glued initial ("В.Путин") or an inflected form
("Лавровым") joins the person whose name holds it; a title used alone ("der Außenminister", "Индийский
лидер", "Президенту России") joins the one person of the article holding that role.
"""

from __future__ import annotations

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


def _real(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in tokens if not (len(t) == 2 and t.endswith(".")) and t.rstrip(".") not in ("Jr", "Sr"))


def _keys(token: str) -> set[str]:
    """Keys a single token may have (every Russian case reading)."""
    keys = {translit.name_key(token)}
    if token.endswith("s") and len(token) > 4:
        keys.add(translit.name_key(token[:-1]))  # "Blinkens Call", "Merkels"
    if translit.has_cyrillic(token):
        keys.update(translit.name_key(translit.ru_nominative(token, case)) for case in _CASES)
        given = translit.ru_given(token)
        if given:
            keys.add(translit.name_key(given[0]))
    return keys - {""}


class _Resolver:
    def __init__(self, sentences: list[Span], text: str) -> None:
        self.sentences, self.text = sentences, text
        self.persons: list[Person] = []
        self.tokens: dict[int, list[str]] = {}  # id(person) -> name keys of its tokens
        self.best: dict[int, PersonMention] = {}

    def attach(self, mention: PersonMention, person: Person) -> None:
        mention.person = person
        surface = self.text[mention.start : mention.end].rstrip(",")
        person.alternate_names.add(surface)
        if translit.has_cyrillic(surface):
            person.alternate_names.add(" ".join(mention.nominative))
        span = self.sentences[mention.sentence]
        if span not in person.evidence:
            person.evidence.append(span)
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
            self.tokens[id(person)] = [translit.name_key(t) for t in _real(mention.nominative)]

    def new(self, mention: PersonMention) -> Person:
        person = Person(name="")
        self.persons.append(person)
        self.attach(mention, person)
        return person

    def find_full(self, mention: PersonMention) -> Person | None:
        keys = [translit.name_key(t) for t in _real(mention.nominative)]
        for person in self.persons:
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
        found = [p for p in self.persons if keys & set(self.tokens[id(p)][1:] or self.tokens[id(p)])]
        if not found:
            found = [p for p in self.persons if keys & set(self.tokens[id(p)][:1])]
        return found[0] if len(found) == 1 else None

    def finish(self) -> None:
        for person in self.persons:
            best = self.best[id(person)]
            tokens = _real(best.nominative) if translit.has_cyrillic(best.nominative[0]) else best.tokens
            name = " ".join(t for t in tokens if t.rstrip(".") not in ("Jr", "Sr"))
            person.name = translit.transliterate_name(name) if translit.has_cyrillic(name) else name
            person.alternate_names.discard(person.name)


def resolve_people(mentions: list[PersonMention], refs: list[RoleRef], sentences: list[Span], text: str) -> list[Person]:
    """Group mentions into persons (text order) and resolve role references; returns the persons."""
    resolver = _Resolver(sentences, text)
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
    for ref in refs:
        _resolve_ref(ref, resolver)
    resolver.finish()
    return resolver.persons


def _counterparts(mentions: list[PersonMention]) -> None:
    """A "counterpart" takes the role of the other party in the same sentence."""
    for mention in mentions:
        if mention.person is None or mention.title is None or not mention.title.entry.counterpart:
            continue
        others = [m for m in mentions if m.sentence == mention.sentence and m.person is not None and m.person.role]
        if others and mention.person.role is None:
            mention.person.role = others[0].person.role


def _resolve_plural(ref: RoleRef, resolver: _Resolver) -> None:
    hit = ref.hit
    role = hit.entry.role
    found = [p for p in resolver.persons if p.country in hit.countries and (p.role == role or hit.entry.leader and p.role in LEADER_ROLES)]
    if len(found) >= 2:
        ref.persons = found


def _resolve_ref(ref: RoleRef, resolver: _Resolver) -> None:
    hit = ref.hit
    if hit.entry.plural:
        _resolve_plural(ref, resolver)
        return
    country = hit.countries[0] if hit.countries else None
    role = hit.role

    def fits(person: Person) -> bool:
        return country is None or person.country in (None, country)

    if hit.entry.leader:
        found = [p for p in resolver.persons if p.role in LEADER_ROLES and fits(p)]
    else:
        found = [p for p in resolver.persons if role and p.role == role and fits(p)]
    if len(found) > 1:
        before = [p for p in found if any(s.start <= ref.start for s in p.evidence)]
        found = before[-1:] if before else found[:1]
    if not found and country:
        found = [p for p in resolver.persons if p.role is None and p.country in (None, country)]
        if len(found) == 1:
            found[0].role, found[0].country = role, country
    if len(found) != 1:
        return
    person = found[0]
    ref.person = person
    title = resolver.text[hit.phrase_start : hit.phrase_end].strip(" ,")
    if title and title not in person.titles:
        person.titles.append(title)
    person.country = person.country or hit.country
    span = resolver.sentences[ref.sentence]
    if span not in person.evidence:
        person.evidence.append(span)


def home_country(lex: Titles, text: str) -> str | None:
    """The state whose institution issued the text ("Department of State", "Кремль"), if it names one."""
    if lex.home is None:
        return None
    for match in lex.home.finditer(text):
        for key, code in lex.home_codes.items():
            if match.group().lower() == key.lower():
                return code
    return None


def assign_home(people: People, text: str, countries: list) -> None:
    """Officials without a country: the issuing state's own officials, or the one state their sentence names.

    The issuing state is the one whose institution the text names ("Department of State", "Кремль"); its
    officials without a stated country are its own, and so is the first unmarked holder of a leading role
    ("President Trump and President Putin" in a State Department readout: only the first). Without such an
    institution, staff (spokespersons, aides, ambassadors) serve the state of the first person with a known
    country. Last, an official whose sentence names exactly one state represents it.
    """
    fallback = next((p.country for p in people.persons if p.country), None)
    leaders_seen: set[str] = {p.role for p in people.persons if p.country == people.home and p.role} if people.home else set()
    for person in people.persons:
        if person.role in LEADER_ROLES and not person.country:
            person.country = _sentence_country(people, person, countries)
        if person.country or person.organization is not None or not person.role:
            continue
        if person.role in LEADER_ROLES:
            if people.home and person.role not in leaders_seen:
                person.country = people.home
                leaders_seen.add(person.role)
        elif people.home:
            person.country = people.home
        elif fallback and person.role in people.staff_roles:
            person.country = fallback
        person.country = person.country or _sentence_country(people, person, countries)


def _sentence_country(people: People, person: Person, countries: list) -> str | None:
    """The one country named before an official in the sentence that first names him, if only one is."""
    if person.organization is not None or not person.role:
        return None
    first = min((m for m in people.mentions if m.person is person), key=lambda m: m.start, default=None)
    if first is None:
        return None
    taken = [(m.title.phrase_start, m.title.phrase_end) for m in people.mentions if m.title and m.person and m.person.country]
    taken += [(m.start, m.end + 20) for m in people.mentions if m.person is not None]  # "Olaf Scholz of Germany"
    span = person.evidence[0]
    codes = {c.code for s, c in spans_within(countries, span.start, first.start) if not any(a <= s.start < b for a, b in taken)}
    return codes.pop() if len(codes) == 1 else None
