"""More holders of one title, each named after its state: "die Botschafterinnen der Republik Chile, A, der
Sozialistischen Republik Vietnam, B, und des Königreichs Marokko, C"; "the ambassadors of Chile, A, of
Vietnam, B, and of Morocco, C". The title's phrase names the first state and the first name; every later
", [and] [of the] STATE, NAME" adds one holder acting for that state.
"""

from __future__ import annotations

from typing import Any

__all__ = ["state_name_pairs"]

_MAX_PAIRS = 12
_MAX_LEAD_WORDS = 3  # capitalised words of a state's long name before the known name ("Sozialistischen Republik")


def state_name_pairs(sent: Any, after: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The names and state codes of ``, [conj] [det] STATE, NAME`` pairs starting at unit ``after``."""
    units = sent.units
    names: list[tuple[int, int]] = []
    codes: list[str] = []
    u = after
    while len(names) < _MAX_PAIRS and u < len(units) and units[u].text == ",":
        v = _state_at(sent, u + 1)
        if v is None or v + 1 >= len(units) or units[v + 1].text != ",":
            break
        w = sent.honorific_end(v + 2) if v + 2 < len(units) else v + 2
        if w >= len(units) or units[w].kind != "word" or not sent.name_like(w):
            break
        name = sent.name_at(w, linked=True)
        if name is None or (name[1] < len(units) and units[name[1]].kind == "title"):
            break
        names.append(name)
        codes.append(units[v].obj.code)
        u = name[1]
    return names, codes


def _state_at(sent: Any, v: int) -> int | None:
    """The unit of the state named from ``v`` on after an optional conjunction, determiner or preposition and
    capitalised words of its long name, if any."""
    units, lex = sent.units, sent.lex
    if v < len(units) and units[v].lower in lex.conjunctions:
        v += 1
    for _ in range(2):
        if v < len(units) and units[v].kind == "word" and (units[v].lower in lex.determiners or units[v].lower in lex.genitive):
            v += 1
    for _ in range(_MAX_LEAD_WORDS):
        if v < len(units) and units[v].kind == "word" and units[v].text[:1].isupper() and not sent.given(v):
            v += 1
    if v < len(units) and units[v].kind == "country" and units[v].obj.form in ("name", "genitive"):
        return v
    return None
