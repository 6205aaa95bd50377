"""The other state of a text about two for officials still without one: where the counterpart titles name one
state and the text one more ("speaks with his Tongan counterpart"), where an issuing state's release names a
leader of its own and one other state, and where an official meets holders of his own title of one state
("Aussenminister X ... sprach mit der kolumbianischen Aussenministerin Y": he is the guest).

Runs at the end of :func:`graph.extract.home.assign_home`; it only fills states still unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.coref import LEADER_ROLES
from graph.extract.officials import meets_counterpart
from graph.extract.paperstate import paper_elsewhere

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["counterparts_other", "guests_of_counterparts", "other_leaders"]


def counterparts_other(people: People, countries: list, paper: str | None) -> None:
    """An official still without a state, in a text whose counterpart titles name one state ("speaks with his
    Tongan counterpart") and whose other states named are just one more: that other state's. Where the text names
    no other state by name or adjective, a named counterpart ("con su par uruguaya, X") counts too, and the other
    state may be named by its capital or seat of government ("en la Casa Rosada"). Not where most towns of the text
    (``paper``) lie in a third state."""
    theirs = {c for r in people.refs if r.hit.entry.counterpart for c in r.hit.countries}
    by_name = {c.code for _, c in countries if c.form not in ("capital", "metonym")}
    named = by_name - theirs if len(theirs) == 1 else set()
    if not named:
        theirs |= {c for m in people.mentions if m.title is not None and m.title.entry.counterpart for c in m.title.countries}
        if len(theirs) != 1 or by_name - theirs:
            return
        named = {c.code for _, c in countries} - theirs
    if len(named) != 1:
        return
    if paper_elsewhere(paper, theirs | named):
        return
    for person in people.persons:
        if person.country is None and person.organization is None and person.role and person.role not in people.staff_roles:
            person.country = next(iter(named))


#: How far (characters) the head of a text (its headline and lead sentence) may reach.
_HEAD_REACH = 400


def _head_end(text: str) -> int:
    """Where the head of a text ends: after the first sentence below the headline (at most ``_HEAD_REACH``)."""
    body = text.find("\n")
    stop = text.find(". ", body + 1 if 0 <= body < _HEAD_REACH else 0, _HEAD_REACH)
    return stop if stop >= 0 else _HEAD_REACH


def other_leaders(people: People, text: str, countries: list) -> None:
    """A head of state or government still without a state, in a text an institution of one state issued
    (``people.home``) that names a leader of its own and just one other state (by name or adjective) in its
    headline, else in the whole text: that other state's ("Call with Indonesian Foreign Minister ... the Leaders' Meeting between Prime Minister A and
    President B" in an Australian release: B is Indonesia's)."""
    home = people.home
    if not home or not any(p.country == home and p.role in LEADER_ROLES for p in people.persons):
        return
    parties = [(span.start, c.code) for span, c in countries if c.form not in ("capital", "metonym") and c.code != home]
    headline = text.find("\n")
    others = {code for start, code in parties if start < headline} or {code for _, code in parties}
    if len(others) != 1:
        return
    for person in people.persons:
        if person.country is None and person.organization is None and person.role in LEADER_ROLES:
            person.country = next(iter(others))


def guests_of_counterparts(people: People, text: str, countries: list, paper: str | None = None) -> None:
    """An official still without a state whose sentences name holders of his own title (or his counterpart) of
    one state only, in a text whose head (headline and lead sentence), else whole text, names just one state more (by name
    or adjective, not by its capital): that other state's ("Aussenminister X wirbt in Bogotá für Schweizer Hilfe
    ... sprach mit der kolumbianischen Aussenministerin Y"): he is the guest, not a second holder of the host's title."""
    parties = [(span, c.code) for span, c in countries if c.form not in ("capital", "metonym")]
    head = _head_end(text)
    named = {code for span, code in parties if span.start < head}
    if len(named) != 2:
        named = {code for _, code in parties}
    if len(named) != 2:
        return
    for person in people.persons:
        if person.country or person.organization is not None or not person.role or person.role in people.staff_roles:
            continue
        theirs = {code for code in named if meets_counterpart(people.mentions, person, code, people.refs)}
        others = named - theirs
        if len(theirs) == 1 and len(others) == 1 and not paper_elsewhere(paper, theirs | others):
            person.country = next(iter(others))
