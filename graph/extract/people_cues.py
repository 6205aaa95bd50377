"""Cues around a name that say who a person is, read once the names of a sentence are known.

- "el Ministerio de Agricultura tunecino, dirigido por Hédi Bouzid": a name after "led by" (``led_by`` of
  ``<lang>/roles.json``) is an official of the state named just before the cue;
- "Begleitet wird er von seiner Frau Elke": a spouse travelling along (``entourage``, ``spouse``) is no official;
- "Brasília/São Paulo (dpa)": a lone capitalised pair that is a city's name is no person;
- "sus homólogos Ricardo Lanús (Argentina) y Helena Vasconcelos (Brasil)": a state in brackets right after a
  name is that person's;
- "her counterpart from Kenya, Grace Wanjiru": a name set off after a title and the state it comes from is
  that state's official;
- "in São Paulo die Gouverneurin des Bundesstaates, Carla Ribeiro": a governor or mayor acts for the state of the
  cities their sentence names;
- "appointed Mereana Foster as ambassador. Ms Foster ...": a full name whose surname comes back after an honorific
  is a person's, though no title or known given name vouches for it;
- "La Secretaria de Relaciones Exteriores, X ... la Secretaria X": a one-word title's default state is not hers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from graph.extract.text import lower
from graph.extract.units import Unit

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention, SentenceNames
    from graph.extract.roles import Titles

__all__ = ["bare_defaults", "honorific_surnames", "apposition_countries", "bracketed_countries", "cues", "led_by_names", "drop_companions", "drop_cities", "local_countries"]

LOCAL_ROLES = frozenset({"Governor", "Mayor", "Councillor"})
#: Envoys accredited to another state: where they are seen says nothing of the state they represent.
ENVOY_ROLES = frozenset({"Ambassador", "High Commissioner", "Chargé d'affaires", "Consul", "Special Envoy"})
_COUNTRY_BACK = 6  # units looked at before "led by" for the state


def cues(lex: Titles, text: str) -> tuple[list[re.Match[str]], list[int]]:
    """The "led by" cues of an article and the offsets of its "accompanied by" cues (one scan each, none when
    the text holds no literal start of either)."""
    low = lower(text)
    if lex.cue_heads and not any(head in low for head in lex.cue_heads):
        return [], []
    led = list(lex.led_by.finditer(text)) if lex.led_by is not None else []
    along = [m.start() for m in lex.entourage.finditer(text)] if lex.entourage is not None and lex.spouse is not None else []
    return led, along


def led_by_names(sent: SentenceNames, matches: list[re.Match[str]]) -> list[PersonMention]:
    """Mentions of the names right after the "led by" cues ``matches`` of one sentence."""
    found = []
    units = sent.units
    for match in matches:
        u = next((i for i, unit in enumerate(units) if unit.start >= match.end()), None)
        if u is None or u in sent.used or not sent.name_like(u):
            continue
        name = sent.name_at(u, linked=True)
        if name is None or name[1] - name[0] < 2:
            continue  # a full name only: "led by Paris" is no person
        mention = sent.mention(*name, None)
        mention.country = _country_before(units, u, match.start())
        found.append(mention)
    return found


def _country_before(units: list[Unit], u: int, cue: int) -> str | None:
    """The state named in the few units before the cue ("el Ministerio de Agricultura tunecino, dirigido por")."""
    k = u - 1
    while k >= 0 and units[k].start >= cue:
        k -= 1
    for unit in reversed(units[max(0, k - _COUNTRY_BACK) : k + 1]):
        if unit.kind == "country":
            return unit.obj.code
    return None


def drop_companions(lex: Titles, text: str, along: list[int], mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions without spouses travelling along ("accompanied by his wife X": X takes part in nothing);
    ``along`` are the offsets of the sentence's "accompanied by" cues."""
    if not along or not mentions:
        return mentions
    out = []
    for mention in mentions:
        window = max(along[0], mention.start - 40)
        if mention.title is None and along[0] < mention.start and lex.spouse.search(text, window, mention.start):
            continue
        out.append(mention)
    return out


def drop_cities(mentions: list[PersonMention], cities: list[tuple[Any, Any]]) -> list[PersonMention]:
    """The mentions without unverified ones that are a city's name ("São Paulo")."""
    if not cities:
        return mentions
    spans = {(span.start, span.end) for span, _ in cities}
    return [m for m in mentions if m.verified or (m.start, m.end) not in spans]


def local_countries(mentions: list[PersonMention], cities: list[tuple[Any, Any]]) -> None:
    """Governors and mayors without a state take the one state of the cities of their sentence."""
    if not cities:
        return
    states = {city.country for _, city in cities}
    if len(states) != 1:
        return
    state = states.pop()
    for mention in mentions:
        if mention.country is None and mention.title is not None and mention.title.entry.role in LOCAL_ROLES:
            mention.country = state


def bracketed_countries(units: list[Unit], mentions: list[PersonMention]) -> None:
    """"Ricardo Lanús (Argentina)": a state alone in brackets right after a name is that person's."""
    if not any(unit.text == "(" for unit in units):
        return
    ends = {unit.end: u for u, unit in enumerate(units)}
    for mention in mentions:
        u = ends.get(mention.end)
        if u is None or u + 3 >= len(units):
            continue
        opening, state, closing = units[u + 1], units[u + 2], units[u + 3]
        if opening.text == "(" and state.kind == "country" and closing.text == ")":
            mention.country = state.obj.code


def apposition_countries(lex: Titles, units: list[Unit], mentions: list[PersonMention]) -> None:
    """"her counterpart from Kenya, Grace Wanjiru": an untitled name right after a comma that ends a title and
    "from"/"of" a state takes that state."""
    starts = {unit.start: u for u, unit in enumerate(units)}
    for mention in mentions:
        u = starts.get(mention.start)
        if mention.title is not None or mention.country is not None or u is None or u < 4 or units[u - 1].text != ",":
            continue
        state = units[u - 2]
        if state.kind != "country":
            continue
        k = u - 3
        if k >= 0 and units[k].lower in lex.determiners:
            k -= 1
        if k < 1 or not (units[k].lower in lex.origin or units[k].lower in lex.genitive):
            continue
        if units[k - 1].kind == "title":
            mention.country = state.obj.code


def honorific_surnames(lex: Titles, text: str, mentions: list[PersonMention]) -> None:
    """Verify an unverified name of two or three words ("appointed Mereana Foster as ...") whose last word a later
    verified mention of one word repeats right after an honorific ("Ms Foster"): the name is a person's, so the
    later mention joins it instead of standing alone. Runs before coreference."""
    if all(m.verified for m in mentions):
        return
    later: dict[str, int] = {}  # surname -> start of its last mention after an honorific
    for m in mentions:
        if m.verified and len(m.tokens) == 1 and m.title is None:
            gap = text.rfind(" ", 0, m.start - 1) + 1
            if 0 < m.start - gap <= 12:
                match = lex.honorifics.match(text, gap)
                if match is not None and match.end() <= m.start and not text[match.end():m.start].strip(" ."):
                    later[m.tokens[0]] = m.start
    if not later:
        return
    for m in mentions:
        if not m.verified and 2 <= len(m.tokens) <= 3 and later.get(m.tokens[-1], -1) > m.start:
            m.verified = True


def org_trip_report(people: Any, countries: list, filed_in: str | None) -> bool:
    """Whether the text reports an organisation official's trip abroad: the first official it names serves an
    organisation and it names a state other than its dateline's ("Brüssel, 5. Mai - Die EU-Kommissarin X hat die
    Republik Moldau besucht ... traf sie in Chișinău mit Präsidentin Y zusammen"). Its dateline is then the
    organisation's seat, not the state of those she meets (``countries``: ``(Span, CountryMention)`` pairs)."""
    mentions = sorted(getattr(people, "mentions", ()), key=lambda m: m.start)
    first = next((m.person for m in mentions if m.person is not None and m.person.role), None)
    return first is not None and first.organization is not None and any(m.code != filed_in for _, m in countries)


def bare_defaults(text: str, mentions: list[PersonMention]) -> None:
    """A one-word title's default state ("la Secretaria X": the US Secretary of State's) says nothing of a person
    another mention names with a title of another role and no state ("La Secretaria de Relaciones Exteriores,
    X", "la canciller X" in a Mexican release): that title is the long form, and her state is told elsewhere."""
    by_person: dict[int, list[PersonMention]] = {}
    for m in mentions:
        if m.person is not None and m.person.country is not None:
            by_person.setdefault(id(m.person), []).append(m)
    for found in by_person.values():
        person = found[0].person
        bare = [m for m in found if m.title is not None and not m.title.countries and m.country == m.title.country == person.country
                and " " not in text[m.title.phrase_start : m.title.phrase_end].strip()]  # fmt: skip
        if not bare or any(m.country is not None and m not in bare for m in found):
            continue  # another mention states that state
        roles = {m.title.role for m in bare}
        if any(m.title is not None and m.country is None and m.title.role and m.title.role not in roles for m in found):
            person.country = None
