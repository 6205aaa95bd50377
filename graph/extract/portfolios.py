"""Capitalised words inside a title's complement that are no person's name: the end of a portfolio ("de Asuntos
Multilaterales de Colombia", "du Conseil présidentiel libyen") or an institution's name ("of the Pacific Regional
Forum"), and a portfolio going on after a comma to the sentence end. Used by :func:`graph.extract.titles.link_titles` while it walks right from a title to its name.
"""

from __future__ import annotations

from typing import Any

__all__ = ["given_after_portfolio", "portfolio_then_state", "portfolio_to_end", "portfolio_before_named"]


def portfolio_then_state(sent: Any, u: int) -> bool:
    """Whether capitalised words (no given name) at ``u`` are followed by a genitive word and a state, by a
    state's adjective or by an institution's noun: the end of a portfolio ("de Asuntos Multilaterales de
    Colombia") or an institution's name ("of the Pacific Regional Forum"), not a person's name."""
    units = sent.units
    v = u
    while v < len(units) and v - u < 3 and units[v].kind == "word" and units[v].text[:1].isupper() and not sent.given(v) \
            and units[v].text not in sent.lex.nonnames:
        v += 1
    if u < v < len(units) and units[v].kind == "country" and units[v].text[:1].islower():
        return True  # "del Consejo Presidencial libio"
    if u < v < len(units) and units[v].text in sent.lex.nonnames:
        return True  # "of the Pacific Regional Forum": an institution's name
    if u == v or v + 1 >= len(units) or units[v].lower not in sent.lex.genitive:
        return False
    w = v + 2 if units[v + 1].lower in sent.lex.determiners and v + 2 < len(units) else v + 1  # "de la Colombie"
    return units[w].kind == "country"


def portfolio_to_end(sent: Any, u: int) -> bool:
    """Whether the comma at ``u`` goes on with more of a title's portfolio up to the sentence end, naming the
    state last ("Ministre des Affaires étrangères, de la Coopération et des Mauritaniens de l'extérieur de la
    République islamique de Mauritanie."): a genitive word opens it, no title, name or other comma follows."""
    units, lex = sent.units, sent.lex
    if u + 1 >= len(units) or units[u + 1].lower not in lex.genitive:
        return False
    rest = units[u + 1 :]
    if any(x.kind == "title" or x.kind == "punct" and x.text not in ".'’-" for x in rest[:-1]):
        return False
    if rest[-1].kind == "punct" and rest[-1].text not in ".!?":
        return False
    return len(rest) <= 20 and any(x.kind == "country" for x in rest)


def portfolio_before_named(sent: Any, first: int, end: int) -> bool:
    """Whether the capitalised words ``first``..``end`` (no given name among them) are the end of a portfolio
    because a comma and a full name follow ("Minister Delegate for Regional Integration, Ama Kofi Mensah,"):
    the holder is named after the comma, not by the portfolio's words."""
    units = sent.units
    if end + 1 >= len(units) or units[end].text != "," or any(sent.given(i) for i in range(first, end)):
        return False
    name = sent.name_at(end + 1, linked=True)
    if name is None or sum(sent.name_like(i) for i in range(*name)) < 2:
        return False
    return name[1] >= len(units) or units[name[1]].kind == "punct"


def given_after_portfolio(sent: Any, u: int) -> int:
    """Where the holder's name starts in capitalised words at ``u`` that close a portfolio with no comma: at the
    first known given name after ``u`` that opens a name of two or more words ending where they end
    ("Commissioner for International Partnerships Maren Lindqvist": at "Maren"), else at ``u``."""
    name = sent.name_at(u, linked=True)
    if name is None or sent.given(u):
        return u
    for g in range(u + 1, name[1] - 1):
        if sent.given(g):
            inner = sent.name_at(g, linked=True)
            return g if inner is not None and inner[1] == name[1] else u
    return u
