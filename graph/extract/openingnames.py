"""A name opening the sentence right after one that ends on a title said without a name: the holder of that
title ("hat die Bundesregierung den russischen Botschafter einbestellt. Gennadi X sei am Montag im Auswärtigen
Amt erschienen", "Moscow summoned the British ambassador on Monday. Jane X was told ..."). The person, named
with no title of his own anywhere, takes the title's role and state, and the title means him.

Runs inside :func:`graph.extract.people.find_people`, after :mod:`graph.extract.coref`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention
    from graph.model import Span

__all__ = ["opening_names"]

#: How many characters may follow the title to the end of its sentence ("einbestellt.", "on Monday.").
_TAIL = 25


def opening_names(text: str, sentences: list[Span], mentions: list[PersonMention], refs: list[Any]) -> None:
    """Give a person without role or state whose first mention opens a sentence the role and state of the title
    the sentence before ends with, when that sentence names nobody (its title's holder named elsewhere); that
    title, and the same title said before it for the same holder (a headline's), mean him."""
    if not refs:
        return
    first: dict[int, PersonMention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.person is not None:
            first.setdefault(id(mention.person), mention)
    titled = {id(m.person) for m in mentions if m.person is not None and m.title is not None}
    for mention in first.values():
        person, k = mention.person, mention.sentence
        if person.role or person.country or person.organization is not None or id(person) in titled or k < 1:
            continue
        span = sentences[k]
        if text[span.start : mention.start].strip():
            continue  # not the sentence's opening words
        before = sentences[k - 1]
        if any(m.sentence == k - 1 for m in mentions if m.person is not None):
            continue
        ends = [r for r in refs if r.sentence == k - 1 and r.hit.role and not (r.hit.entry.plural or r.hit.entry.counterpart)]
        last = max(ends, key=lambda r: r.hit.phrase_end, default=None)
        if last is None or len(text[last.hit.phrase_end : before.end].strip()) > _TAIL:
            continue
        hit = last.hit
        person.role = hit.role
        person.country = hit.country
        person.organization = None if hit.country else hit.organization
        title = text[hit.phrase_start : hit.phrase_end].strip(" ,")
        if title and title not in person.titles:
            person.titles.append(title)
        old = last.person  # the holder coreference chose named later: the same title before means the new one too
        for ref in refs:
            if ref is last or (old is not None and ref.person is old and ref.start < last.start
                               and ref.hit.role == hit.role and ref.hit.country == hit.country):
                ref.person = person
