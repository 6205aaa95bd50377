"""Which names a title holds, once :mod:`graph.extract.titles` has read the title's phrase: the name after it
("Außenminister Sergej Lawrow"), after a comma and a short description of its holder ("TITLE, the Finnish diplomat
NAME"), a list of names under a plural title, or the name before it in apposition ("NAME, [the] TITLE").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from graph.extract import lexicon
from graph.extract.nameshape import NAME_HONORIFICS
from graph.extract.settlements import settlement_before

if TYPE_CHECKING:
    from graph.extract.titles import TitleHit

__all__ = ["after_comma", "hit_names", "names_before", "owns_name", "place_before_name", "starts_name"]


def place_before_name(sent: Any, u: int) -> bool:
    """Whether the capitalised word at ``u`` is followed by a comma and a name (it closes the complement)."""
    units = sent.units
    if units[u].kind != "word" or u + 2 >= len(units) or units[u + 1].text != "," or sent.given(u):
        return False
    return starts_name(sent, u + 2) and units[u + 2].kind == "word"


def starts_name(sent: Any, u: int) -> bool:
    units = sent.units
    if settlement_before(sent.lex.lang, units, u, sent.lex.genitive):
        return False  # "chefs d'État de l'Union du fleuve Mano": a place
    if sent.name_like(u) or sent.is_initial(u):
        return True
    particle = units[u].text in sent.lex.particles or units[u].text in sent.names.title_particles
    return particle and u + 1 < len(units) and sent.name_like(u + 1)


def owns_name(sent: Any, u: int) -> bool:
    """Whether the title at ``u`` inside another title's complement has its own name right after it ("ein
    Sprecher des Präsidenten Joe Biden", "der drei Präsidenten von EU-Handelskommissar X"): the name is its
    holder's. Russian names the outer title's holder so ("Пресс-секретарь Президента Дмитрий Песков")."""
    return u + 1 < len(sent.units) and not lexicon.grammar(sent.lex.lang, "noun_case_inflection") and starts_name(sent, u + 1)


def after_comma(sent: Any, u: int, hit: TitleHit) -> list[tuple[int, int]]:
    v = sent.honorific_end(u + 1) if u + 1 < len(sent.units) else u + 1
    v = _described(sent, v)
    v = _styled(sent, v, hit)
    if v < len(sent.units) and starts_name(sent, v):
        name = sent.name_at(v, linked=True)
        if name is not None and _owns_next_title(sent, name):
            return []
        if hit.entry.plural or hit.entry.counterpart or sent.units[u].text == ":":
            return sent.name_list(v, hit.countries if hit.countries else None)
        return hit_names(sent, v, hit)
    return []


#: The title career diplomats keep as a style before their name, whatever post they hold, by language: English
#: writes the rank so ("the Permanent Secretary, Ambassador X"); German names a post ("Chefunterhändler,
#: Botschafter X" is both).
_STYLES = {"en": frozenset({"Ambassador"})}


def _styled(sent: Any, v: int, hit: TitleHit) -> int:
    """Where a name starts after a diplomat's style opening an apposition ("the Permanent Secretary, Ambassador
    Halima Danjuma"): the title before the comma is the post she holds, the style (marked used) none; else ``v``."""
    units, styles = sent.units, _STYLES.get(sent.lex.lang, frozenset())
    if v + 1 >= len(units) or units[v].kind != "title" or hit.entry.plural or hit.role in styles:
        return v
    entry, inner = units[v].obj
    if entry.role not in styles or inner or " " in units[v].text or not starts_name(sent, v + 1):
        return v
    sent.used.add(v)
    return v + 1


def _described(sent: Any, v: int) -> int:
    """Where a name starts after a description of its holder opening an apposition ("TITLE, the Finnish diplomat
    NAME", "TITRE, la diplomate finlandaise NAME"): a determiner, one lower-case noun and at most one nationality
    adjective before or after it, or a demonym alone ("TITRE, la Chilienne NAME"); else ``v``."""
    units = sent.units
    if v + 2 >= len(units) or units[v].kind != "word" or units[v].lower not in sent.lex.determiners:
        return v
    k, nouns, states, demonym = v + 1, 0, 0, False
    while k < len(units) and k - v <= 3:
        x = units[k]
        if x.kind == "country" and x.obj.form == "adjective" and not states:
            states += 1
        elif x.kind == "country" and x.obj.form == "demonym" and k == v + 1:
            demonym = True  # "TITRE, la Chilienne NAME": the demonym stands for the noun
            states += 1
        elif x.kind == "word" and x.text[:1].islower() and x.text.isalpha() and not nouns:
            nouns += 1
        else:
            break
        k += 1
    full = k + 1 < len(units) and (sent.given(k) or sent.name_like(k + 1))  # a full name, not "the foreign minister Y"
    return k if (nouns or demonym) and k < len(units) and starts_name(sent, k) and full else v


def hit_names(sent: Any, u: int, hit: TitleHit) -> list[tuple[int, int]]:
    if u >= len(sent.units):
        return []
    if hit.entry.plural or hit.entry.counterpart:
        return sent.name_list(u, hit.countries if hit.countries else None)
    name = sent.name_at(u, linked=True)
    if name is None:
        return []
    after = name[1]
    units = sent.units
    nxt = after + 1
    if nxt < len(units) and units[after].lower in sent.lex.conjunctions and sent.name_like(nxt):
        other = sent.name_at(nxt, linked=True)
        if other is not None and not (other[1] < len(units) and units[other[1]].kind == "title"):
            return sent.name_list(u)  # "die Außenminister Annalena Baerbock und Wang Yi"
    return [name]


def _owns_next_title(sent: Any, name: tuple[int, int]) -> bool:
    """Whether the name is a possessor of the title right after it ("the chair of the bloc, Saint Lucia's prime
    minister X"): the holder of the first title is named after the second one, not by the possessor."""
    units, last = sent.units, name[1] - 1
    after = name[1] + (name[1] < len(units) and units[name[1]].text in sent.names.marks)
    owned = units[last].text.endswith(sent.names.possessive) or after > name[1]
    return owned and after < len(units) and units[after].kind == "title"


def names_before(sent: Any, k: int, hit: TitleHit) -> list[tuple[int, int]]:
    """``NAME, [who was] [the] TITLE``: the name ends right before the comma ("Knut Brekke, who was Norway's
    ambassador in London"), or before ``name_as`` ("the candidacy of X as Latvia's new Ambassador to Sweden")."""
    units = sent.units
    if k >= 0 and units[k].lower in sent.lex.determiners:
        k -= 1
    k = _before_relative(sent, k)
    joined = _as_start(sent, k) if k >= 1 and units[k].text != "," else None
    if k >= 1 and units[k].text != "," and joined is None:
        return _appointed(sent, k)
    if k < 1:
        return []
    k = k if joined is None else joined
    j = k - 1
    while j >= 0 and k - j <= 6 and units[j].kind == "word" and (
        sent.name_like(j) or sent.is_initial(j) or units[j].text in sent.lex.particles or units[j].text in sent.names.inner
    ):  # "Youssef El Alami, ambassadeur du Maroc": a capitalised particle inside the name
        j -= 1
    if k - j == 2 and j >= 0 and units[j].lower in sent.lex.place_prepositions:
        return []  # "au Darfour, le porte-parole": a place
    if j + 1 < k and sent.place_head_before(j + 1):
        return []  # "à l'aéroport international Blaise-Diagne, le ministre": a place
    starts = [f for f in range(j + 1, k) if sent.name_like(f)]
    opened = j >= 0 and (units[j].text[:1].islower() or any(sent.honorific_end(h) == j + 1 for h in range(max(0, j - 2), j + 1)))
    lead = next((f for f in range(j + 1, k) if units[f].lower not in NAME_HONORIFICS or sent.given(f)), k) if opened else -1
    starts.sort(key=lambda f: (not sent.capitalised_surname(f), f != lead, not sent.given(f)))
    # "Mr. SATO Kenta": from SATO; "by H.E. Abdirahman Yusuf Hirsi": from the first word after a lower-case word or
    # an honorific (and a "Sheikh"), though "Yusuf" is the known given name; else from a known given name
    # ("Welcoming Jean Roux")
    for first in starts:
        name = sent.name_at(first, linked=True)
        if name and name[1] == k and (joined is None or name[1] - name[0] >= 2):
            return [name]  # joined by "as": a full name ("vergangenen Jahres als erste Regierungschefin": none)
    return []


def _appointed(sent: Any, k: int) -> list[tuple[int, int]]:
    """``VERB [HONORIFIC] NAME TITLE``: the full name an appointment verb (``name_appointed`` of
    ``<lang>/roles.json``) names right before a capitalised title with no comma ("a nommé Monsieur X Ambassadeur
    extraordinaire et plénipotentiaire du Sénégal") holds that title; ``k`` is the unit right before it."""
    units, verbs = sent.units, _appointed_words(sent.lex.lang)
    if not verbs or k + 1 >= len(units) or not sent.text[units[k + 1].start : units[k + 1].start + 1].isupper():
        return []
    verb = next((v for v in range(k - 1, max(-1, k - 9), -1) if units[v].lower in verbs), None)
    if verb is None:
        return []
    first = sent.honorific_end(verb + 1)
    name = sent.name_at(first, linked=True) if first < k and sent.name_like(first) else None
    return [name] if name and name[1] == k + 1 and name[1] - name[0] >= 2 else []


@cache
def _appointed_words(lang: str) -> frozenset[str]:
    """The appointment verbs a name and its title follow with no comma (``name_appointed``, lower case)."""
    return frozenset((lexicon.load("roles", lang) or {}).get("name_appointed", []))


@cache
def _as_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """The words joining a name to its title with no comma ("as", "als", "en qualité de"; ``name_as`` of
    ``<lang>/roles.json``), as word sequences, longest first."""
    phrases = (lexicon.load("roles", lang) or {}).get("name_as", [])
    return tuple(sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True))


def _as_start(sent: Any, k: int) -> int | None:
    """The first unit of a ``name_as`` phrase ending at unit ``k`` ("X en qualité de nouvel ambassadeur"), else
    None."""
    units = sent.units
    for words in _as_words(sent.lex.lang):
        first = k - len(words) + 1
        if first >= 1 and all(units[first + i].lower == w for i, w in enumerate(words)):
            return first
    return None


@cache
def _relatives(lang: str) -> tuple[tuple[str, ...], ...]:
    """The relative clauses that may stand between a name and its title ("who was", "qui était"; ``relative_copulas``
    of ``<lang>/roles.json``), as word sequences, longest first."""
    phrases = (lexicon.load("roles", lang) or {}).get("relative_copulas", [])
    return tuple(sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True))


def _before_relative(sent: Any, k: int) -> int:
    """The unit before a relative clause ending at unit ``k`` ("..., who was" -> the comma), else ``k``."""
    units = sent.units
    for words in _relatives(sent.lex.lang):
        first = k - len(words) + 1
        if first >= 1 and all(units[first + i].lower == w for i, w in enumerate(words)):
            return first - 1
    return k
