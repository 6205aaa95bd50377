"""Plural and counted titles: the holders "both", "three" or a plural title mean ("двух президентов", "die
beiden Regierungschefs", "the three ministers", "les deux ministres"): the holders of the role for the states the
title names, else the two (three) holders the article tells, the last ones told before the title when it tells
more. Moved out of :mod:`graph.extract.coref`; the resolver is :class:`graph.extract.coref._Resolver`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.titlepools import named_pair
from graph.model import Person

if TYPE_CHECKING:
    from graph.extract.coref import _Resolver
    from graph.extract.people import RoleRef

__all__ = ["counted_singular", "resolve_plural"]

_MINISTER = "Minister"


def resolve_plural(ref: RoleRef, resolver: _Resolver, leaders: frozenset[str]) -> None:
    """A plural title: the holders of its role for the states it names, or the two a "both" word means (the three
    a "three" word means); ``leaders`` are the roles a leader's title ("les deux chefs d'Etat") may mean."""
    hit = ref.hit
    role = hit.entry.role
    found = [p for p in resolver.persons if p.country in hit.countries and (p.role == role or hit.entry.leader and p.role in leaders)]
    count = 0 if hit.countries else _how_many(ref, resolver)
    if count:
        found = [p for p in resolver.persons if _holds(p.role, role) or hit.entry.leader and p.role in leaders]
        found = _last_ones(found, count, ref, resolver)  # "в присутствии двух президентов": the two of the article
    if len(found) >= 2:
        ref.persons = found


def counted_singular(ref: RoleRef, resolver: _Resolver) -> bool:
    """A title of the singular's form right after a "both" word names its two holders: "die beiden
    Regierungschefs", "оба министра" (German and Russian plurals that a singular title's pattern reads), where
    the article names two holders of its role only; a feminine one ("beide Ministerinnen") two women. Likewise
    "die drei Minister": the three holders of an article that names three."""
    hit = ref.hit
    if hit.countries or hit.entry.counterpart:
        return False
    count = _how_many(ref, resolver)
    if not count:
        return False
    holders = [p for p in resolver.persons if _holds(p.role, hit.entry.role)]
    if resolver.feminine and resolver.text[hit.start : hit.end].lower().endswith(resolver.feminine):
        holders = [p for p in holders if id(p) in resolver.women]  # "beide Ministerinnen": two women
    if len(holders) != count:
        return False  # of three or more, which two is a guess ("Die beiden Minister waren zuletzt ...")
    ref.persons = holders
    return True


def _holds(held: str | None, role: str | None) -> bool:
    """Whether a person's role is the plural title's: "les deux ministres" are also two Ministers of Foreign Affairs."""
    return held == role or (role == _MINISTER and held is not None and held.startswith(_MINISTER + " of"))


def _how_many(ref: RoleRef, resolver: _Resolver) -> int:
    """How many holders a word right before a title counts: 2 after "both" ("les deux ministres"), 3 after "three"
    ("the three ministers": ``three`` of ``<lang>/roles.json``), else 0."""
    start = ref.hit.phrase_start
    if resolver.both is not None and resolver.both.search(resolver.text, max(0, start - 20), start):
        return 2
    return 3 if _three().search(resolver.text, max(0, start - 20), start) else 0


@cache
def _three() -> re.Pattern[str]:
    """"the three", "drei", "трёх" right before a title, in any language (``three`` of ``<lang>/roles.json``)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.every_language('roles', 'three'))})\s+$", re.IGNORECASE)


def _last_ones(found: list[Person], count: int, ref: RoleRef, resolver: _Resolver) -> list[Person]:
    """The ``count`` holders a "both" (or "three") title means: the only ones told by its sentence, or of more the
    latest two named in one sentence, or those told last before it, by name or by title ("Le ministre a confirmé ...
    Il a ensuite rencontré M. X ... Les deux ministres": the minister and X, not X and the counterpart named two
    sentences before); never one the article tells only after the title's sentence ("Le ministre a également
    rencontré Y")."""
    start, end = ref.start, resolver.sentences[ref.sentence].end
    found = [p for p in found if _told_before(p, end, resolver)]
    if len(found) <= count:
        return found if len(found) == count else []
    pair = named_pair(found, start, resolver) if count == 2 else []
    if pair:
        return pair
    last = {id(p): max((s for s in resolver.starts.get(id(p), []) + resolver.ref_starts.get(id(p), []) if s < start), default=-1)
            for p in found}
    named = sorted((p for p in found if last[id(p)] >= 0), key=lambda p: last[id(p)])
    return named[-count:] if len(named) >= count else []


def _told_before(person: Person, end: int, resolver: _Resolver) -> bool:
    """Whether ``person`` is named, or referred to by a title, before offset ``end``."""
    return any(s < end for s in resolver.starts.get(id(person), [])) or any(s < end for s in resolver.ref_starts.get(id(person), []))
