"""The state of a mayor or governor: that of the town the title names, else of the town the report comes from.

Helpers of :mod:`graph.extract.home`. A mayor hosts visitors in a town of the mayor's own state; whatever other
states the mayor's sentence names ("Bürgermeisterin X erinnerte an Tallinn") say nothing of it. The town is the
one named right before the mayor's name ("the mayor of Lübeck, X", "Bürgermeister von Kiel X", "Lübeck Mayor X"),
else the first one of the text when it opens it (a dateline, a lead: "Lübeck. Hoher Besuch ..."; the lead's before
the headline's).

An official who goes back to a country is of it: "Mr Hollis returns to New Zealand on Saturday", "Lindner kehrt
am Freitag nach Deutschland zurück", "la ministre rentrera en France", "el canciller regresará a Chile",
"министр вернётся в Россию" (:func:`return_home_states`; a country named by name, not by its capital).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import datelines
from graph.extract.gazetteer import city_index
from graph.extract.people_cues import LOCAL_ROLES
from graph.extract.phrases import normalise
from graph.extract.text import lower

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["after_locative", "dateline_state", "mayors_states", "return_home_states"]

#: How far (characters) before a mayor's first mention the town of the title may stand.
_TITLE_REACH = 45
#: How far (characters) into the text its first town still opens the report.
_LEAD_REACH = 250
def dateline_state(text: str) -> str | None:
    """The state of the dateline's town (datelines are not among the text's places)."""
    head = datelines.read(text)
    if head is None:
        return None
    name = normalise(head.name)  # "DOHA, March 3 (QNA)": an upper-case dateline is the town's name
    ids = city_index().index.entries.get(name) or name.isupper() and city_index().index.entries.get(name.title())
    return city_index().cities[ids[0]][0].country if ids else None


_dateline_state = dateline_state  # the name the datelines tests read it by


#: A locative right before a place: "talks in Astana", "переговоры в Астане" name the place, not a party.
_LOCATIVE = re.compile(r"(?:^|[\s(])(?:in|im|at|to|from|nach|aus|bei|à|au|en|desde|a|в|во|из|на)\s+$", re.IGNORECASE)


def after_locative(text: str, start: int) -> bool:
    """Whether a locative ("in", "nach", "в" ...) stands right before the place starting at ``start``."""
    return _LOCATIVE.search(text, max(0, start - 8), start) is not None


def _only_named(text: str, cities: list, start: int, state: str) -> bool:
    """Whether the towns of ``state`` in the sentence at ``start`` are all named there without a locative
    ("erinnerte an die Partnerschaft mit Nantes"): what gave the mayor that state, not where the mayor acts."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    end = min(stops) if stops else len(text)
    towns = [span for span, city in cities if begin <= span.start < end and city.country == state]
    return bool(towns) and not any(after_locative(text, s.start) for s in towns)


def _lead_town_state(text: str, ordered: list) -> str | None:
    """The state of the first town of the report's lead, not of its headline ("Council lights up the stadium as
    Mumbai juniors visit / Ballarat councillors voted ..."): a headline names the guests' town as readily as the
    paper's own, the lead the town the report is about."""
    body = text.find("\n") + 1 if 0 <= text.find("\n") < _LEAD_REACH else 0
    town = next((city for span, city in ordered if body <= span.start < body + _LEAD_REACH), None)
    return town.country if town is not None else None


def mayors_states(people: People, cities: list, text: str) -> None:
    """Give mayors and governors (of no organisation) the state of the town their title names, and those without a state, or
    with only that of a town their sentence names without a locative, that of the dateline's town or of the
    town opening the text; ``cities`` are the ``(Span, City)`` pairs of the text (the dateline's not among them)."""
    if not any(p.role in LOCAL_ROLES for p in people.persons):
        return
    ordered = sorted(cities, key=lambda item: item[0].start)
    lead = dateline_state(text) or _lead_town_state(text, ordered)
    first: dict[int, int] = {}
    placed: set[int] = set()  # those whose title names a place of its own ("губернатор Новосибирской области")
    for m in people.mentions:
        if m.person is not None and (id(m.person) not in first or m.start < first[id(m.person)]):
            first[id(m.person)] = m.start
        if m.person is not None and m.title is not None and m.title.phrase_end > m.title.end:
            placed.add(id(m.person))
    for person in people.persons:
        if person.organization is not None or person.role not in LOCAL_ROLES or id(person) not in first:
            continue
        start = first[id(person)]
        near = [city for span, city in ordered if start - _TITLE_REACH <= span.start and span.end <= start
                and not (id(person) in placed and after_locative(text, span.start))]  # "в Бишкеке губернатор ... области X"
        if near:
            person.country = near[-1].country  # the town of the title, whatever the sentence names
        elif not person.country or lead and _only_named(text, ordered, start, person.country):
            person.country = lead  # "Bürgermeisterin X erinnerte an Tallinn": a town named, not hers


#: Words one of which a text must hold before the patterns run.
_CUES = ("return", "back to", "zurück", "rentr", "regagn", "regres", "volv", "вернёт", "вернет", "возвращ", "вернул")
#: What every match of :data:`_RETURN` contains (as written: the pattern is case-sensitive): without one of
#: them the whole-text scan is skipped ("volv" of :data:`_CUES` is also in "involved").
_RETURN_NEEDS = ("return", "back", "rentr", "regagn", "regres", "vuelve", "volver", "volvió", "вернётся", "вернется",
                 "возвращается", "вернул")
#: "returns to", "will fly back home to", "rentrera en", "regresará a", "вернётся в": the country follows.
_RETURN = re.compile(
    r"\b(?:returns?|returned|returning|will\s+return|(?:flies|flew|will\s+fly|travels|travelled|traveled)\s+back)"
    r"(?:\s+home)?\s+to\s+(?:the\s+)?"
    r"|\b(?:rentre|rentrera|rentré|rentrée|regagne|regagnera)\s+(?:en|au|aux)\s+"
    r"|\b(?:regresa|regresará|regresó|vuelve|volverá|volvió)\s+a\s+"
    r"|(?<!\w)(?:вернётся|вернется|возвращается|вернулся|вернулась)\s+(?:в|во|на)\s+"
)
#: German: "kehrt (am Samstag) nach X zurück", "wird nach X zurückkehren"; the verb is read before "nach".
_NACH = re.compile(r"\b(?:kehrt|kehrte|kehren|reist|reiste|fliegt|flog|wird)\b[^.!?\n]{0,40}?\bnach\s+")
_ZURUECK = re.compile(r"\s+zurück")
#: How far (characters) before the verb the traveller's name may end ("Mr Hollis will return").
_SUBJECT_GAP = 12


def return_home_states(people: People, text: str, countries: list) -> None:
    """Give officials without a state the country a return verb right after their name leads to
    (``countries``: ``(Span, CountryMention)`` pairs; countries named by name or by their capital: "Minister X
    returned to Tokyo on July 8")."""
    lowered = lower(text)
    if not any(cue in lowered for cue in _CUES):
        return
    named = {span.start: mention.code for span, mention in countries if mention.form in ("name", "capital")}  # "returned to Tokyo"
    if not named:
        return
    mentions = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    for match in _RETURN.finditer(text) if any(need in text for need in _RETURN_NEEDS) else ():
        _give(mentions, text, match.start(), named.get(match.end()))
    if "zurück" in text:
        for match in _NACH.finditer(text):
            code = named.get(match.end())
            country_end = next((s.end for s, m in countries if s.start == match.end()), None)
            if code and country_end is not None and _ZURUECK.match(text, country_end):
                inside = [m for m in mentions if match.start() < m.start and m.end <= match.end()]
                if inside:  # "Am Samstag kehrt Minister X nach Y zurück"
                    _fill(inside[-1].person, code)
                else:
                    _give(mentions, text, match.start(), code)


def _give(mentions: list, text: str, verb: int, code: str | None) -> None:
    """The traveller named right before the verb (nothing but spaces or an auxiliary between) is of ``code``."""
    if code is None:
        return
    before = [m for m in mentions if m.end <= verb and verb - m.end <= _SUBJECT_GAP]
    if before and not any(c in text[before[-1].end:verb] for c in ".,;:!?\n"):
        _fill(before[-1].person, code)


def _fill(person, code: str) -> None:
    if person.country is None and person.organization is None and person.role:
        person.country = code
