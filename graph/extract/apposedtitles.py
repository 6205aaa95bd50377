"""The state of an official whose own title names none, read from a title of one state set before it with a
comma: "vom ägyptischen Chefunterhändler, Botschafter X", "Egypt's chief negotiator, Ambassador X",
"le négociateur en chef égyptien, l'ambassadeur X". The first title describes the same person as the second.
An organisation's title set so before a past office makes its holder the organisation's official ("vom Hohen
Vertreter der Afrikanischen Union, dem früheren botswanischen Minister X": the AU's, not Botswana's). An
organisation's post so set before an envoy's rank makes him its envoy ("le chef de la délégation de l'Union
européenne au Viêt Nam, l'ambassadeur X").

Runs inside :func:`graph.extract.people.find_people`, after :mod:`graph.extract.coref`; it only fills states
still unknown, but for an organisation's post, which replaces a state the sentence's places gave.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from graph.extract.titlepools import and_gap

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention

__all__ = ["apposed_orgs", "apposed_states"]

#: What may stand between the two titles: a comma, maybe an article ("the", "der", "l'", "el").
_COMMA = re.compile(r"\s*,\s*(?:(?:the|der|die|le|la|l['’]|el)\s*)?", re.IGNORECASE)
#: The same, with the dative articles of an apposition in German ("vom Hohen Vertreter ..., dem früheren ...").
_APPOSED = re.compile(r"\s*,\s*(?:(?:the|der|die|dem|den|le|la|l['’]|el|al)\s*)?", re.IGNORECASE)


def apposed_states(text: str, mentions: list[PersonMention], refs: list[Any]) -> None:
    """Give an official with a title of no state the one state of a title said without a name right before it,
    separated by a comma only ("ägyptischen Chefunterhändler, Botschafter X": Egypt's); the organisation of
    such a title of an organisation's post ("le chef de la délégation de l'Union européenne au Viêt Nam,
    l'ambassadeur X": the EU's, not Viet Nam's, whatever the sentence's places gave him), also where a
    conjunction joins it ("Die Hohe Vertreterin der Union ... und Vizepräsidentin der Kommission, X")."""
    free = [r for r in refs if (len(r.hit.countries) == 1 and r.person is None or not r.hit.countries and r.hit.entry.org)
            and not (r.hit.entry.counterpart and not r.hit.countries or r.hit.entry.plural)]  # fmt: skip
    if not free:
        return
    ends = {r.hit.phrase_end: (r.hit.countries[0] if r.hit.countries else r.hit.organization, r.person) for r in free}
    for mention in mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or hit.countries or hit.accredited or person.organization is not None:
            continue
        if hit.org is not None or hit.entry.org or hit.entry.counterpart or hit.entry.plural:
            continue
        start = hit.phrase_start
        code, holder = next((c for end, c in ends.items() if end < start and _COMMA.fullmatch(text, end, start)), (None, None))
        if code is None:  # "Die Hohe Vertreterin der Union ... und Vizepräsidentin der Kommission, X": the EU's
            code, holder = next((c for end, c in ends.items() if end < start and not isinstance(c[0], str)
                                 and _joined(text, end, start)), (None, None))
        if isinstance(code, str):
            person.country = person.country or code
        elif code is not None and holder in (None, person):
            person.organization, person.country = code, None


def _joined(text: str, end: int, start: int) -> bool:
    """Whether a conjunction alone joins the title ending at ``end`` to the one at ``start``, maybe as the first
    title's last word ("Hohe Vertreterin der Union für Außen- und Sicherheitspolitik und | Vizepräsidentin")."""
    if and_gap().fullmatch(text, end, start):
        return True
    if start - end > 2 or text[end:start].strip():
        return False
    word = text.rfind(" ", max(0, end - 8), end)
    return word > 0 and and_gap().fullmatch(text, word, start) is not None


def apposed_orgs(text: str, mentions: list[PersonMention], refs: list[Any], former: re.Pattern[str] | None) -> None:
    """Make an official named with a past office ("former" words of ``roles.json``) the official of the
    organisation whose title, said without a name, stands right before it with a comma ("vom Hohen Vertreter der
    Afrikanischen Union, dem früheren botswanischen Minister X"); :func:`graph.extract.officials.former_states`
    then drops the state of the past office."""
    if former is None:
        return
    ends = {r.hit.phrase_end: org for r in refs if r.person is None and not r.hit.countries
            and (org := r.hit.organization) is not None and not (r.hit.entry.counterpart or r.hit.entry.plural)}  # fmt: skip
    if not ends:
        return
    for mention in mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or person.organization is not None or hit.organization is not None:
            continue
        if former.search(text, hit.phrase_start, hit.start) is None:
            continue
        org = next((o for end, o in ends.items() if end < hit.phrase_start and _APPOSED.fullmatch(text, end, hit.phrase_start)), None)
        if org is not None:
            person.organization = org
