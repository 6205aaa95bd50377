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
from graph.extract.lineage import same_lineage
from graph.extract.otherparty import someone_else
from graph.extract.pluralrefs import counted_singular, resolve_plural
from graph.extract.titlepools import exact_title, masculine_of, narrow, only_before, only_one, other_rank, quoted_after, same_title, stacked_on, title_stem
from graph.model import Person, Span

if TYPE_CHECKING:
    from graph.extract.people import PersonMention, RoleRef
    from graph.extract.roles import Titles

__all__ = ["resolve_people", "LEADER_ROLES"]

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
        self.men: dict[int, set[str]] = {}  # id(person) -> masculine title words it was named with ("minister")
        self.both: re.Pattern[str] | None = None  # "both", "двух" right before a plural title
        self.not_of: dict[int, set[str]] = {}  # id(person) -> states it cannot hold ("X and his Colombian counterpart")
        self.ref_starts: dict[int, list[int]] = {}  # id(person) -> offsets of the role references linked to it
        self.counterparts: set[int] = set()  # id(person) of those named as someone's counterpart
        self.also: dict[int, set[str]] = {}  # id(person) -> other states of its shared title ("Bundespräsident": AT)
        self.titled_at: dict[int, Person] = {}  # start of a named person's title -> that person

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
        real = _real(mention.nominative)  # "Rashid bin Hamad" = "Rashid bin Hamad Al Nahyan" (lineage.py)
        return next((p for p in self._candidates(self.by_token, keys[:1]) if same_lineage(real, _real(self.best[id(p)].nominative))), None)

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
        named = [t for t in _real(mention.nominative) if translit.name_key(t)]
        if len(named) == 1:  # "Sayyid Talal", "Sheikh Abdullah": an honorific and one name of a known person
            person = resolver.find_single(named[0])
            if person is not None:
                resolver.attach(mention, person)
                continue
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
    _counterparts(mentions, lex.staff_roles if lex is not None else frozenset())
    _not_counterparts(mentions, refs, resolver)
    resolver.counterparts = {id(m.person) for m in mentions if m.person is not None and m.title is not None and m.title.entry.counterpart}
    for starts in resolver.starts.values():
        starts.sort()
    for mention in mentions:  # the titles each person was named with, before role references add more
        if mention.person is not None and mention.title is not None:
            word, hit = text[mention.title.start : mention.title.end], mention.title
            if hit.entry.also and not hit.countries and mention.person.country == hit.entry.country:
                resolver.also.setdefault(id(mention.person), set()).update(hit.entry.also)
            resolver.title_stems.setdefault(id(mention.person), set()).add(title_stem(word))
            resolver.titled_at[hit.phrase_start] = mention.person
            if resolver.feminine and word.lower().endswith(resolver.feminine):
                resolver.women.add(id(mention.person))
            elif resolver.feminine:
                resolver.men.setdefault(id(mention.person), set()).add(word.lower())
    for ref in sorted(refs, key=lambda r: r.hit.entry.plural):  # plural titles once the singular ones gave roles
        _resolve_ref(ref, resolver)
    resolver.finish()
    return resolver.persons


def _counterparts(mentions: list[PersonMention], staff: frozenset[str] = frozenset()) -> None:
    """A "counterpart" takes the role of the other party in the same sentence: the one named last before it
    ("Salazar said that Paredes held a call with his counterpart, X": Paredes's), else the first named; when
    no one of its sentence has a role, the first person named in the sentence before with a role that is no staff
    role (``staff``), its subject as a rule: whom "der Gast aus Wien" in "sprach der Gast aus Wien mit seiner
    Amtskollegin X" stands for (not the press secretary Y of "La ministre se rendra ..., selon son attachée de
    presse, Y. Elle doit y rencontrer son homologue, X")."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in mentions:
        if mention.person is None or mention.title is None or not mention.title.entry.counterpart:
            continue
        others = [m for m in by_sentence[mention.sentence] if m.person is not None and m.person.role and m.person is not mention.person]
        if not others:  # "Stadlober ist ... eingetroffen. ... sprach der Gast aus Wien mit seiner Amtskollegin X"
            others = [m for m in by_sentence.get(mention.sentence - 1, ()) if m.person is not None and m.person.role
                      and m.person.role not in staff and m.person is not mention.person][:1]
        before = [m for m in others if m.start < mention.start]
        if others and mention.person.role is None:
            mention.person.role = max(before, key=lambda m: m.start).person.role if before else others[0].person.role


def _not_counterparts(mentions: list[PersonMention], refs: list[RoleRef], resolver: _Resolver) -> None:
    """Whoever is named before "his Colombian counterpart" in its sentence is no Colombian: a title of that
    state ("el canciller colombiano") elsewhere in the article does not mean them."""
    for ref in refs:
        if not ref.hit.entry.counterpart or not ref.hit.countries:
            continue
        for mention in mentions:
            if mention.sentence == ref.sentence and mention.start < ref.start and mention.person is not None:
                resolver.not_of.setdefault(id(mention.person), set()).update(ref.hit.countries)


_MINISTER = "Minister"
#: Roles one head of a diplomatic mission holds: "the ambassador", "the envoy" may name a High Commissioner.
_HEADS_OF_MISSION = ("Ambassador", "High Commissioner")


def _resolve_ref(ref: RoleRef, resolver: _Resolver) -> None:
    hit = ref.hit
    if hit.entry.plural:
        resolve_plural(ref, resolver, LEADER_ROLES)
        return
    if counted_singular(ref, resolver):
        return
    country = hit.countries[0] if hit.countries else None
    role = hit.role
    stacked = stacked_on(ref, resolver)
    if stacked is not None and (country is None or stacked.country in (None, country)):
        _link(ref, stacked, resolver)  # "Le ministre d'Etat, ministre des Affaires étrangères, X": X's first title
        return
    exact = exact_title(ref, resolver)
    if exact is not None:
        held = exact.country
        _link(ref, exact, resolver)  # "le ministre d'Etat": the one already named with that very title
        exact.country = exact.country if hit.countries else held  # not a title's default state
        return
    if hit.entry.counterpart:  # "his Omani counterpart": the one official of that state, if the text names one
        found = [p for p in resolver.persons if p.country == country and country not in resolver.not_of.get(id(p), ())]
        found = [p for p in found if not other_rank(ref, p, resolver, LEADER_ROLES)]  # "la canciller X ... con su par": no president
        if len(found) == 1:
            _link(ref, found[0], resolver)
        return

    def fits(person: Person, shared: bool = False) -> bool:  # shared: also by a shared title's other state
        held = person.country in (None, country) or shared and country in resolver.also.get(id(person), ())
        return country is None or held and country not in resolver.not_of.get(id(person), ())

    by_role = resolver.roles()
    if not country and hit.entry.country and not hit.entry.shared:  # "Wenn X landet, will die Bundesministerin ...": X
        near = _in_sentence_before([p for p in by_role.get(None, []) if p.country in (None, hit.entry.country)], ref, resolver)
        if near:
            _give_role(near[0], role, hit.entry.country, by_role, resolver)
            _link(ref, near[0], resolver)
            return
    if hit.entry.leader:
        pool = resolver.ordered([p for leader in LEADER_ROLES for p in by_role.get(leader, ())])
    else:
        pool = by_role.get(role, []) if role else []  # kept in the order of the article
        if role in _HEADS_OF_MISSION:  # "the Ghanaian envoy": also the acting High Commissioner of Ghana
            pool = resolver.ordered([p for r in _HEADS_OF_MISSION for p in by_role.get(r, ())])
        if not pool and role == _MINISTER:  # "the Indian minister", "die Ministerin": a Minister of Foreign Affairs ...
            pool = resolver.ordered([p for r, held in by_role.items() if r and r.startswith(_MINISTER + " of") for p in held])
            word = resolver.text[hit.start : hit.end]
            pool = pool if country else only_one(pool, word, resolver) or only_before(pool, ref.start, resolver) \
                or only_before([p for p in pool if id(p) not in resolver.counterparts], ref.start, resolver)
            # "Le ministre s'est entretenu avec son homologue, Mme X. ... Le ministre a confirmé": not the counterpart
        elif role and role != _MINISTER:  # "el subsecretario": also one named "subsecretario de Estado"
            pool = same_title(pool, resolver.text[hit.start : hit.end], resolver)
    word = resolver.text[hit.start : hit.end]
    found = [p for p in pool if fits(p) and not masculine_of(resolver, p, word)]
    if country and any(p.country == country for p in found):
        found = [p for p in found if p.country == country]
    end = max(ref.end, hit.phrase_end)
    found = narrow(found, ref, resolver)
    if not found and country:
        # a counterpart ("traf sie ihren Amtskollegen X") is no head of government where no other party leads one
        held = role not in LEADER_ROLES or any(p.role in LEADER_ROLES for p in resolver.persons)
        found = [p for p in by_role.get(None, []) if p.country in (None, country) and (held or id(p) not in resolver.counterparts)]
        if len(found) == 1 and found[0].country is None and resolver.home not in (None, country):
            if not _named_between(resolver.starts.get(id(found[0]), []), end, end + 60):
                found = []  # the issuer's own official is not "the President of Brazil" named in passing
        if len(found) == 1 and found[0].country is None and quoted_after(found[0], end, resolver):
            found = []  # "the absence of the crown prince is a message," said X, an analyst: not the prince
        shared = narrow([p for p in pool if fits(p, shared=True) and not masculine_of(resolver, p, word)], ref, resolver)
        if shared and not any(_named_between(resolver.starts.get(id(p), []), ref.start - 80, ref.start) for p in found):
            found = shared  # "des österreichischen Staatsoberhaupts": a Bundespräsident (DE by default) held in Austria
        elif len(found) == 1:  # unless one without a title was just named ("X hatte als österreichischer Bundespräsident")
            _give_role(found[0], role, country, by_role, resolver)
    if len(found) == 1 and country and found[0].country is None and someone_else(ref, found[0], resolver):
        return
    if len(found) == 1:
        _link(ref, found[0], resolver)


_OBJECT = re.compile(r"\b(?:von|vom|mit|bei|zur|zum|für|by|with|from|to|for|par|avec|pour|à|au|de|du|con|por|para|al|del)\s+(?:\w+\s+){0,2}$", re.I)


def _in_sentence_before(found: list[Person], ref: RoleRef, resolver: _Resolver) -> list[Person]:
    """The one of ``found`` named earlier in the sentence of ``ref``, before a comma; none if none or several are."""
    first, text = resolver.sentences[ref.sentence].start, resolver.text
    if _OBJECT.search(text, max(first, ref.hit.phrase_start - 30), ref.hit.phrase_start):
        return []  # "X wurde vom Präsidenten empfangen": someone else
    near = [p for p in found if any(first <= s < ref.start and "," in text[s : ref.start] for s in resolver.starts.get(id(p), []))]
    return near if len(near) == 1 else []


def _give_role(person: Person, role: str | None, country: str | None, by_role: dict, resolver: _Resolver) -> None:
    """A person named without a title takes the role (and state) of the title that refers to them."""
    by_role[None].remove(person)
    same = by_role.setdefault(role, [])
    same.insert(bisect_left([resolver.order[id(p)] for p in same], resolver.order[id(person)]), person)
    person.role, person.country = role, country


def _link(ref: RoleRef, person: Person, resolver: _Resolver) -> None:
    """The role reference ``ref`` means ``person``: record the title and the evidence."""
    hit = ref.hit
    ref.person = person
    title = resolver.text[hit.phrase_start : hit.phrase_end].strip(" ,")
    if title and title not in person.titles:
        person.titles.append(title)
    person.country = hit.country if hit.country in resolver.also.get(id(person), ()) else person.country or hit.country
    resolver.ref_starts.setdefault(id(person), []).append(ref.start)
    resolver.add_evidence(person, resolver.sentences[ref.sentence])


def _named_between(starts: list[int], low: int, high: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``(low, high]``."""
    k = bisect_right(starts, low)
    return k < len(starts) and starts[k] <= high
