"""Whether a title of a state, used without a name, cannot mean a person still without a state: he is another
party of its sentence, someone else is named right after it, it is masculine and he was named with feminine
titles only, or he was last named two paragraphs before it and a peer of his is its sentence's other party. Used
by :func:`graph.extract.coref.resolve_people` before it links such a title to its holder.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from graph.extract.titlepools import apposed_to

if TYPE_CHECKING:
    from graph.extract.people import RoleRef
    from graph.model import Person

__all__ = ["someone_else"]

#: How far (characters) before a title of a state a comma makes it an apposition ("X, der kroatische
#: Außenminister"); a person the sentence named before without one is another party.
_APPOSITION = 16
_APPOSED = re.compile(r"[,(–—]\s*(?:\w{1,4}\s+)?$")
#: How far (characters) after a title of a state a name means the title is that person's.
_NAME_AFTER = 50


def someone_else(ref: RoleRef, person: Person, resolver: Any) -> bool:
    """Whether a title of a state cannot mean ``person`` (yet without a state): he is named right after it,
    or his sentence names him elsewhere, not as an apposition ("Lindner empfing ... den kroatischen
    Außenminister": her guest; "... haben im Beisein Kellermanns unterzeichnet"), or someone else is named
    right after the title ("Serbiens Regierungschef, der ..., Ilić"; not one with a title of his own), or the title is masculine and he was
    named with feminine ones only ("Sie haben den kroatischen Außenminister getroffen", to "die Ministerin")."""
    sentence, start = resolver.sentences[ref.sentence], ref.hit.phrase_start
    end = max(ref.end, ref.hit.phrase_end)
    named = sorted(resolver.starts.get(id(person), []))
    if _named_between(named, end, end + _NAME_AFTER) or apposed_to([person], start, end, resolver) is person:
        return False  # "Ambassador A, Permanent Representative of Brazil, and Ambassador B": A
    told = [s for s in named + resolver.ref_starts.get(id(person), []) if sentence.start <= s < start]
    if told and not _APPOSED.search(resolver.text, max(max(told), start - _APPOSITION), start):
        return True
    if _named_between(named, end, sentence.end):
        return True
    if _feminine_only(resolver, person, resolver.text[ref.hit.start : ref.hit.end]):
        return True
    if _left_behind(resolver.text, named + resolver.ref_starts.get(id(person), []), start) \
            and _peer_before(resolver, person, sentence.start, start):
        return True
    return any(other is not person and _named_between(resolver.starts.get(id(other), []), end, end + _NAME_AFTER)
               and not _own_title_after(resolver, other, end) for other in resolver.persons)


def _own_title_after(resolver: Any, other: Person, end: int) -> bool:
    """Whether the person named right after a title comes with a title of his own that starts after it ("главу МИД
    Узбекистана принял Президент Турецкой Республики X"): another party of the sentence, no apposition to it, unless
    the two titles are only joined by a conjunction."""
    return any(end < start <= end + _NAME_AFTER and holder is other and not _JOINED.fullmatch(resolver.text, end, start)
               for start, holder in resolver.titled_at.items())


#: Only a comma or a conjunction between two titles: one holder's ("Moldaus stellvertretendem Ministerpräsidenten
#: und Wirtschaftsminister X").
_JOINED = re.compile(r"\s*(?:,|,?\s*(?:und|and|y|e|et|и|sowie))?\s*")


def _left_behind(text: str, named: list[int], start: int) -> bool:
    """Whether the person was last named two paragraphs or more before the title and never after it ("... por el
    presidente X." ... two paragraphs on ... "reunirse con el presidente argentino"): with a peer of his named
    before it in its sentence (:func:`_peer_before`), a title of a state far from his name means another holder."""
    before = [s for s in named if s < start]
    if not before or len(before) < len(named):
        return False
    return text.count("\n\n", max(before), start) >= 2


def _peer_before(resolver: Any, person: Person, low: int, high: int) -> bool:
    """Whether another holder of ``person``'s role, of known state, is named in ``[low, high)`` ("El jefe de Estado
    portugués tiene previsto reunirse con el presidente argentino"): the title names his peer."""
    return any(other is not person and other.role == person.role and other.country
               and any(low <= s < high for s in resolver.starts.get(id(other), []) + resolver.ref_starts.get(id(other), []))
               for other in resolver.persons)  # fmt: skip


def _feminine_only(resolver: Any, person: Person, word: str) -> bool:
    """Whether ``word`` is a masculine title (the lexicon has feminine endings) and ``person`` was named with
    feminine titles only."""
    if not resolver.feminine or word.lower().endswith(resolver.feminine):
        return False
    return id(person) in resolver.women and not resolver.men.get(id(person))


def _named_between(starts: list[int], low: int, high: int) -> bool:
    """Whether one of the sorted offsets ``starts`` lies in ``(low, high]``."""
    k = bisect_right(starts, low)
    return k < len(starts) and starts[k] <= high
