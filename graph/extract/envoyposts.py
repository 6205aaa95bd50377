"""The post of an ambassador named in the title of a participant: "met the Sudanese ambassador in Moscow",
"s'est entretenu avec l'ambassadrice du Japon à Tunis", "с послом Судана в Москве".

Helpers of :mod:`graph.extract.placing`. A city inside a person's title is usually no place of the act (it is
part of who the person is), but an ambassador's city is where he serves, and a meeting with him that the
sentence places nowhere else was held there (he receives and is received at his post).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.events import GROUPS
from graph.model import City, Person

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["envoy_post", "post_of_participant"]

#: Roles (normalised English, lower case) of envoys posted in a foreign capital.
_ENVOYS = ("ambassador", "chargé", "charge d'affaires", "envoy", "high commissioner", "consul")


def envoy_post(ctx: Context, cspan: Span, place: object) -> Person | None:
    """The foreign envoy whose title phrase holds the city at ``cspan`` ("l'ambassadrice du Japon à Tunis"), if any."""
    if not isinstance(place, City):
        return None
    hits = [(m.title.phrase_start, m.title.phrase_end, m.person) for m in ctx.people.mentions
            if m.person is not None and m.title is not None]  # fmt: skip
    hits += [(r.hit.phrase_start, r.hit.phrase_end, r.person) for r in ctx.people.refs if r.person is not None]
    for start, end, person in hits:
        if start <= cspan.start < end and person.role and any(e in person.role.lower() for e in _ENVOYS):
            return person if person.country != place.country else None
    return None


def post_of_participant(envoy: Person, target: EventMention) -> bool:
    """Whether the act is a meeting the envoy takes part in (only such an act is held at his post)."""
    return GROUPS[target.type] == "meet" and any(p is envoy for p in target.persons)
