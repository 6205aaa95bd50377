"""The state of a regional official: a title a region inside a state qualifies ("Bayerns Wirtschaftsminister X",
"la ministra de Producción de Mendoza, X", "Premier of Queensland X", "the Victorian Premier") is held by one of
that state's officials, whatever other states the sentence names.

The regions (provinces, federal states, Länder, cantons) and their adjectives are data:
``<lang>/regions.json`` maps a state's ISO code to the ways the text may name its regions. Runs inside
:func:`graph.extract.people.find_people` once coreference has joined the mentions; it only fills states still
unknown, so a state the title names itself wins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import datelines, lexicon
from graph.extract.people_cues import ENVOY_ROLES, LOCAL_ROLES

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention

__all__ = ["region_states"]

#: How far (characters) before a title a region's name (a possessive: "Bayerns", "Victoria's") may stand.
_BEFORE = 32


@cache
def _regions(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    """(a region anywhere, a region right before a title, form -> state) of ``<lang>/regions.json``."""
    data = lexicon.load("regions", lang) or {}
    codes = {form: code for code, forms in data.get("regions", {}).items() for form in forms}
    if not codes:
        return None, None, {}
    names = "|".join(re.escape(form) for form in sorted(codes, key=len, reverse=True))
    suffix = data.get("suffix", "")
    anywhere = re.compile(rf"(?<![\w-])({names}){suffix}(?![\w-])")
    before = re.compile(rf"(?<![\w-])({names}){suffix}\s+$")
    return anywhere, before, codes


def region_states(lang: str, text: str, mentions: list[PersonMention]) -> None:
    """Give an official without a state (nor organisation) the state of the region his title names: right
    before it ("Bayerns Wirtschaftsminister X", "Victoria's Premier X") or inside its phrase ("ministra de
    Producción de Mendoza, X"). Envoys aside: "Generalkonsul in Bayern" serves another state. A governor or
    mayor takes it even when the town where he is ("в Бишкеке губернатор ... области") gave him another."""
    anywhere, before, codes = _regions(lang)
    if anywhere is None:
        return
    for mention in mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or person.organization is not None:
            continue
        if hit.countries or hit.org is not None or hit.entry.org or person.role in ENVOY_ROLES:
            continue
        if person.country and person.role not in LOCAL_ROLES:
            continue  # a governor's or mayor's region beats the town the sentence names ("in Bishkek, the governor of")
        end = mention.start if hit.phrase_start < mention.start else hit.phrase_end
        found = before.search(text, max(0, hit.phrase_start - _BEFORE), hit.phrase_start) \
            or anywhere.search(text, hit.phrase_start, end)
        if found is not None:
            person.country = codes[found.group(1)]


#: Titles a region's own government or assembly uses too ("Ministerpräsident", "secretario de Desarrollo", "préfet").
_REGIONAL_ROLES = frozenset({"Prime Minister", "Minister", "Speaker of Parliament"}) | LOCAL_ROLES


def one_region_states(lang: str, text: str, mentions: list[PersonMention], countries_in: list[list], cities: list) -> None:
    """In a text whose regions (``<lang>/regions.json``) all lie in one state, an official of a title a region's
    government uses too, without a state, whose sentence names no state by name or adjective, is of that state
    ("Es ist sein erster Besuch in Mecklenburg-Vorpommern. ... ein Treffen mit Ministerpräsident X in der
    Staatskanzlei", "una delegación yucateca encabezada por el secretario de Desarrollo Económico, X"). Not in a
    report filed from a town of another state ("Ljubljana/Klagenfurt. ... Kärntner Slowenen ... Ministerpräsident
    X": the host's); ``cities`` are the text's ``(Span, City)`` pairs."""
    anywhere, _, codes = _regions(lang)
    if anywhere is None or not any(m.person is not None and m.person.country is None for m in mentions):
        return
    states = {codes[m.group(1)] for m in anywhere.finditer(text)}
    if len(states) != 1:
        return
    code = next(iter(states))
    filed = datelines.city_dateline(text, cities)
    town = filed[1] if filed is not None else datelines.named_city(text, cities)
    if town is not None and town.country != code:
        return
    for mention in mentions:
        person = mention.person
        if person is None or person.country or person.organization is not None or person.role not in _REGIONAL_ROLES:
            continue
        if mention.title is None or mention.title.countries or mention.title.org is not None:
            continue
        if any(c.form not in ("capital", "metonym") for _, c in countries_in[mention.sentence]):
            continue
        person.country = code
