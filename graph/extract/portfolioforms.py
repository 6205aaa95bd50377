"""A title's capitalised portfolio words followed by the state's formal name ("Minister of External Relations
of the Republic of Chile", "Ministre des Relations extérieures de la République du Pérou"): the words close the
portfolio and are no person's name, though the state itself comes later after a state-form noun. Conjoined
portfolios count as one ("Minister of Regional Integration and Foreign Affairs of the Republic of Mali",
"... and Foreign Affairs of Mali"): the words before the conjunction are no name either. A complement in
lower case, as French official style writes ministries, closes before ", NAME" ("la porte-parole du ministère
de l'Europe et des affaires étrangères, Mme Claire Dutertre": :func:`lower_complement`)."""

from __future__ import annotations

from typing import Any

_RUN = 3  # capitalised words of one portfolio
_LOWER = 3  # lower-case words closing a complement before ", NAME"
_PARTS = 2  # portfolios joined by a conjunction


def _capitalised_run(sent: Any, u: int) -> int:
    """The end of the capitalised words (no given name) at ``u``, going on over a conjunction followed by more
    ("Regional Integration and Foreign Affairs")."""
    units = sent.units
    v, parts = u, 1
    while True:
        start = v
        while v < len(units) and v - start < _RUN and units[v].kind == "word" and units[v].text[:1].isupper() and not sent.given(v):
            v += 1
        if v == start or parts >= _PARTS or v + 1 >= len(units) or units[v].lower not in sent.lex.conjunctions:
            return v
        nxt = units[v + 1]
        if nxt.kind != "word" or not nxt.text[:1].isupper() or sent.given(v + 1):
            return v
        v, parts = v + 1, parts + 1


def conjoined_portfolio(sent: Any, u: int) -> bool:
    """Whether the conjunction at ``u`` joins two capitalised portfolios of one title, the second closed by the
    state ("Integration and Foreign Affairs of Mali"): the title phrase goes on to the state."""
    units = sent.units
    if u == 0 or u + 1 >= len(units) or units[u].lower not in sent.lex.conjunctions:
        return False
    before = units[u - 1]
    return before.kind == "word" and before.text[:1].isupper() and not sent.given(u - 1) and portfolio_then_state_form(sent, u - 1)


def portfolio_then_state_form(sent: Any, u: int) -> bool:
    """Whether capitalised words (no given name, perhaps two portfolios joined by a conjunction) at ``u`` are
    followed by a genitive word, perhaps a determiner, and a state-form noun of the name lexicon, perhaps after
    its adjectives ("Republic", "Federative Republic", "République"), or, after conjoined portfolios, the state."""
    units, lex = sent.units, sent.lex
    v = _capitalised_run(sent, u)
    if u == v or v + 1 >= len(units) or units[v].lower not in lex.genitive:
        return False
    w = v + 2 if units[v + 1].lower in lex.determiners and v + 2 < len(units) else v + 1
    if units[w].kind == "country":
        return any(x.lower in lex.conjunctions for x in units[u:v])  # one portfolio then a state: portfolios.py
    for x in units[w : w + 3]:  # "of the Federative Republic", "of the Islamic Republic"
        if x.kind != "word" or not x.text[:1].isupper():
            return False
        if x.text in lex.nonnames:
            return True
    return False


def state_form_before(sent: Any, u: int) -> bool:
    """Whether the state at ``u`` is named by its formal name after a genitive ("chargé de la Coopération
    régionale de la République du Rwanda", "for Regional Affairs of the Republic of Rwanda"): a state-form noun of
    the name lexicon ("République", "Republic"), perhaps with a lower-case adjective ("République islamique de"),
    after a determiner or genitive word, and a genitive word or determiner right before the state. A portfolio
    ("pour", "chargé de", "for") names no represented state by itself, but its holder's state comes so."""
    units, lex = sent.units, sent.lex
    k = u - 1
    if k < 0 or units[k].lower not in lex.genitive and units[k].lower not in lex.determiners:
        return False
    k -= 1
    if k >= 0 and units[k].kind == "word" and units[k].text[:1].islower() and units[k].lower not in lex.genitive:
        k -= 1  # "République islamique de"
    if k < 1 or units[k].kind != "word" or not units[k].text[:1].isupper() or units[k].text not in lex.nonnames:
        return False
    return units[k - 1].lower in lex.determiners or units[k - 1].lower in lex.genitive


def lower_complement(sent: Any, u: int) -> bool:
    """Whether one to three lower-case words at ``u`` run to a comma and a name follows it ("des affaires
    étrangères, Mme Claire Dutertre"): the end of the title's complement, not of the title's phrase."""
    units = sent.units
    k, words = u, 0
    while k < len(units) and words < _LOWER and units[k].kind == "word" and units[k].text[:1].islower():
        words += units[k].text[-1:] not in "'’"  # an elided article is no word of its own ("à l'étranger")
        k += 1
    if k == u or k + 1 >= len(units) or units[k].text != ",":
        return False
    v = sent.honorific_end(k + 1)
    return v < len(units) and (v > k + 1 or sent.given(v)) and sent.name_at(v, linked=True) is not None
