"""A title's capitalised portfolio words followed by the state's formal name ("Minister of External Relations
of the Republic of Chile", "Ministre des Relations extérieures de la République du Pérou"): the words close the
portfolio and are no person's name, though the state itself comes later after a state-form noun."""

from __future__ import annotations

from typing import Any


def portfolio_then_state_form(sent: Any, u: int) -> bool:
    """Whether capitalised words (no given name) at ``u`` are followed by a genitive word, perhaps a determiner,
    and a state-form noun of the name lexicon, perhaps after its adjectives ("Republic", "Federative Republic",
    "République")."""
    units, lex = sent.units, sent.lex
    v = u
    while v < len(units) and v - u < 3 and units[v].kind == "word" and units[v].text[:1].isupper() and not sent.given(v):
        v += 1
    if u == v or v + 1 >= len(units) or units[v].lower not in lex.genitive:
        return False
    w = v + 2 if units[v + 1].lower in lex.determiners and v + 2 < len(units) else v + 1
    for x in units[w : w + 3]:  # "of the Federative Republic", "of the Islamic Republic"
        if x.kind != "word" or not x.text[:1].isupper():
            return False
        if x.text in lex.nonnames:
            return True
    return False
