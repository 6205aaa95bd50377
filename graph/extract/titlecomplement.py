"""The words of a title's complement: the tests the forward scan of a title phrase (``graph.extract.titles``)
applies to each unit after the title, and what a complement unit tells about the holder.

A connector opens a genitive ("of", "des"), a portfolio ("for") or an accreditation ("in"); an origin word before a
state and a name reads as a genitive ("den Außenminister aus Polen, NAME"); a portfolio may go on after a
conjunction, a capitalised word or a listed part between commas before the holder's name; a state, an
organisation or a nested title in the complement gives the holder's state or organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract import lexicon, translit
from graph.extract.institutions import institution_word
from graph.extract.pairedstates import both_countries_before
from graph.extract.portfolioforms import state_form_before
from graph.extract.portfolios import portfolio_before_named
from graph.extract.titlenames import starts_name

if TYPE_CHECKING:
    from graph.extract.titles import TitleHit

__all__ = ["both_states", "listed_state", "post_adjective", "government_at", "before_noun", "complement_next", "capitalised_portfolio", "adjective_before_and", "listed_portfolio", "listed_portfolio_state", "closing_name", "genitive_title", "connector", "origin", "truncated", "closing", "complement"]

_LISTED = 20  # units of a portfolio listed between commas ("de la Communauté nationale à l'étranger et des Affaires africaines")
_ENVOYS = frozenset({"Ambassador", "High Commissioner", "Chargé d'affaires", "Consul"})  # accredited to another state


def both_states(sent: Any, u: int) -> int:
    """The comma closing "the two countries" at unit ``u`` right before two officials' names ("die Außenminister
    beider Länder, A und B", "the foreign ministers of both countries, A and B"), or 0."""
    units = sent.units
    comma = next((k for k in (u + 1, u + 2) if k + 1 < len(units) and units[k].text == ","), 0)
    return comma if comma and both_countries_before(sent.text, units[comma + 1].start) else 0


def listed_state(sent: Any, u: int) -> bool:
    """Whether the comma or conjunction at ``u`` after a plural title's state adds another state, with at most a
    genitive word before it ("Министры иностранных дел Туркменистана, Таджикистана и Киргизии A, B и C", "les
    ministres des Affaires étrangères du Mali, du Niger et du Tchad, A, B et C")."""
    units, lex = sent.units, sent.lex
    if units[u].text != "," and units[u].lower not in lex.conjunctions:
        return False
    k = u + 1
    if k < len(units) and units[k].kind == "word" and units[k].lower in lex.genitive:
        k += 1
    if k >= len(units) or units[k].kind != "country":
        return False
    while k + 1 < len(units) and units[k].kind == "country" and (units[k + 1].text == "," or units[k + 1].lower in lex.conjunctions):
        j = k + 2 + (k + 2 < len(units) and units[k + 2].lower in lex.genitive)
        if j >= len(units) or units[j].kind != "country":
            break
        k = j  # to the last state of the list: names must follow it ("Премьер-министры A, B и C провели": none)
    k += 1
    k += k < len(units) and units[k].text == ","
    return k < len(units) and sent.name_like(k)


def post_adjective(lex: Any, x: Any) -> bool:
    """Whether a word right after a title is one of its adjectives or modifiers ("diplomatique", "adjunto")."""
    return x.lower in lex.title_adjectives or lex.modifiers.fullmatch(x.text) is not None


def government_at(sent: Any, u: int) -> bool:
    """Whether a lower-case noun of a state's institutions stands at ``u`` ("government", "foreign ministry")."""
    units = sent.units
    return u < len(units) and units[u].kind == "word" and units[u].text[:1].islower() and units[u].lower in sent.lex.government


def before_noun(units: list, u: int) -> bool:
    """Whether the word at ``u`` stands right before a capitalised word (an adjective before its noun)."""
    nxt = units[u + 1] if u + 1 < len(units) else None
    return units[u].kind == "word" and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper()


def complement_next(sent: Any, u: int) -> bool:
    """Whether unit ``u`` (after a conjunction inside a title phrase) goes on with the complement: a genitive or
    portfolio word ("et de la Coopération", "and for Trade", "and Cooperation": no name) or, in Russian, a genitive word of an institution
    ("и сотрудничества"), with no title before the holder's given name ("и экологии России Олег Ступин и министр
    финансов": the next title is another person's)."""
    units = sent.units
    if u >= len(units) or units[u].kind != "word":
        return False
    word, lex = units[u].lower, sent.lex
    if not (word in lex.genitive or word in lex.portfolio or units[u].text in lex.nonnames or institution_word(lex.lang, units, u)):
        return False
    end = next((i for i in range(u, min(u + 8, len(units))) if units[i].kind == "punct" or sent.given(i)), min(u + 8, len(units)))
    return all(x.kind != "title" for x in units[u:end])  # "des Kanzlers und des Präsidenten": two people; a title
    # after the holder's given name is the next person's ("природных ресурсов и экологии России Олег Ступин и министр")


def capitalised_portfolio(sent: Any, u: int) -> bool:
    """Whether one to three capitalised words at ``u`` (no given name) close a portfolio before ", NAME" ("and
    Trade, Tavita Mulitalo", "et Francophonie, X"): the title's complement goes on, they are nobody's name."""
    units = sent.units
    k = u
    while k < len(units) and k - u < 3 and units[k].kind == "word" and units[k].text[:1].isupper() and not sent.given(k):
        k += 1
    return u < k < len(units) - 1 and units[k].text == "," and sent.name_like(k + 1)


def adjective_before_and(sent: Any, u: int) -> bool:
    """Whether the lower-case word at ``u`` is an adjective inside a complement that goes on: with a conjunction
    ("africaine et des Affaires étrangères") or with the state ("étrangères du Sénégal")."""
    units, lex = sent.units, sent.lex
    if units[u].kind != "word" or not units[u].text[:1].islower() or u + 2 >= len(units):
        return False
    nxt = units[u + 1].lower
    if nxt in lex.genitive:  # "étrangères du Sénégal": the state closes the complement
        k = u + 3 if units[u + 2].lower in lex.determiners and u + 3 < len(units) else u + 2
        return units[k].kind == "country"
    return nxt in lex.conjunctions and complement_next(sent, u + 2)


def listed_portfolio(sent: Any, u: int, extended: bool) -> int | None:
    """The comma ending a portfolio listed after the comma at ``u``, when a name follows that comma
    ("de Agricultura, Pesca y Alimentación, Carmen Villalobos"; "des Affaires étrangères, de la Migration et
    des Tunisiens à l'étranger, Mohamed Ali Ferchichi"). The listed part opens with a genitive or portfolio word
    or, after a title with a complement (``extended``), holds a conjunction; it is no name itself."""
    units, lex = sent.units, sent.lex
    close = next((i for i in range(u + 1, min(u + _LISTED, len(units))) if units[i].kind == "punct"), None)
    if close is None or close == u + 1 or units[close].text != "," or close + 1 >= len(units):
        return None
    inside = units[u + 1 : close]
    first = inside[0]
    if first.kind != "word" or any(x.kind == "title" for x in inside) or sent.given(u + 1):
        return None
    opens = first.lower in lex.genitive or first.lower in lex.portfolio
    if not opens and not (extended and any(x.lower in lex.conjunctions for x in inside)):
        return None
    v = sent.honorific_end(close + 1)
    if v >= len(units) or not starts_name(sent, v):
        return None
    name = sent.name_at(v, linked=True)
    return close if name is not None and (name[1] - name[0] > 1 or sent.given(v)) else None


def listed_portfolio_state(sent: Any, u: int, close: int, hit: TitleHit) -> None:
    """The state a portfolio listed between the commas at ``u`` and ``close`` gives its title: one named after a
    state-form noun ("de la Coopération et des Mauritaniens de l'extérieur de la République islamique de
    Mauritanie") or the nationals it cares for ("et des Marocains résidant à l'étranger"); not a state it deals
    with ("de l'Intégration africaine"), and none where the title already has one or stands after a comma, in
    apposition to a name before it ("M. X, ministre des affaires étrangères, ... et des Marocains résidant à
    l'étranger, M. Y s'est rendu au Maroc": Y is not the minister)."""
    if hit.countries or sent.text[max(0, hit.phrase_start - 3) : hit.phrase_start].rstrip().endswith(","):
        return
    for v in range(u + 1, close):
        x = sent.units[v]
        if x.kind == "country" and (x.obj.form == "demonym" or state_form_before(sent, v) or _closing_state(sent, v, close)):
            hit.countries.append(x.obj.code)
            return


def _closing_state(sent: Any, v: int, close: int) -> bool:
    """Whether the state named at ``v`` by its name closes the listed portfolio after a genitive word ("Minister
    of Foreign Affairs, Foreign Employment and Tourism of Sri Lanka, Mr. X"): the title's state."""
    units, lex = sent.units, sent.lex
    k = v - 1 if units[v - 1].lower not in lex.determiners else v - 2  # "de la Colombie"
    return v + 1 == close and units[v].obj.form == "name" and units[k].lower in lex.genitive


def closing_name(sent: Any, u: int) -> bool:
    """Whether two or more name words start at ``u`` and end the phrase (punctuation, the sentence end or a
    lower-case word follow): after a portfolio ("for Syria") that is the holder's name, not more of the portfolio."""
    name = sent.name_at(u, linked=True)
    if name is None or sum(sent.name_like(i) for i in range(*name)) < 2:
        return False  # "y Política": a particle and one word
    after = sent.units[name[1]] if name[1] < len(sent.units) else None
    if after is not None and portfolio_before_named(sent, u, name[1]):
        return False  # "for Regional Integration, NAME,": the name follows the comma
    return after is None or after.kind == "punct" or (after.kind == "word" and after.text[:1].islower())


def genitive_title(lex: Any, x: Any) -> bool:
    """Russian: a title in the genitive is a complement ("Пресс-секретарь Президента Дмитрий Песков")."""
    return lexicon.grammar(lex.lang, "noun_case_inflection") and translit.ru_case_of(x.text.split()[0]) == "gen"


def connector(lex: Any, x: Any, mode: str, hit: TitleHit) -> str | None:
    """The phrase a connector word opens: genitive ("of", "des"), portfolio ("for"), accreditation ("in")."""
    if x.kind != "word":
        return None
    if x.lower in lex.genitive and mode != "portfolio":
        return "genitive"
    if x.lower in lex.portfolio:
        return "portfolio"
    if x.lower in lex.accredited and mode != "portfolio" and hit.entry.role in _ENVOYS:
        return "accredited"
    return None


def origin(sent: Any, u: int, mode: str) -> str | None:
    """"genitive" for an origin word right after the title and before a state and the holder's name ("den
    Außenminister aus Polen, NAME", "his counterpart from Poland, NAME"): his state, as "of Poland" says."""
    units, lex = sent.units, sent.lex
    if mode or units[u].kind != "word" or units[u].lower not in lex.origin:
        return None
    k = u + 1
    if k < len(units) and units[k].lower in lex.determiners:
        k += 1  # "aus der Türkei"
    if k >= len(units) or units[k].kind != "country":
        return None
    k += 1 + (k + 1 < len(units) and units[k + 1].text == ",")
    return "genitive" if k < len(units) and sent.name_like(k) else None  # not "Außenminister aus Serbien, Albanien"


def truncated(units: list, u: int, lex: Any) -> bool:
    """Whether the hyphen at ``u`` ends a word cut short before a conjunction ("Außen- und Sicherheitspolitik")."""
    x = units[u]
    if x.text not in ("-", "‐") or u == 0 or u + 1 >= len(units) or units[u - 1].end != x.start:
        return False
    return units[u - 1].kind == "word" and units[u + 1].lower in lex.conjunctions


def closing(units: list, u: int) -> int | None:
    return next((i for i in range(u + 1, min(u + 5, len(units))) if units[i].text == ")"), None)


def complement(hit: TitleHit, x: Any, mode: str) -> None:
    if x.kind == "country":
        if mode == "accredited":
            hit.accredited = hit.accredited or x.obj.code
        elif mode != "portfolio" or x.obj.form == "adjective":
            hit.countries.append(x.obj.code)
    elif x.kind == "org" and mode != "portfolio":
        hit.org = hit.org or x.obj
    elif x.kind == "title" and not hit.countries:
        hit.countries.extend(x.obj[1])
