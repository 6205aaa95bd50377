"""Word lists as regular expressions: the alternations the date grammar builds from a lexicon.

Private to :mod:`graph.extract._dategrammar`. :func:`alternation` merges plain forms into a prefix tree
("ju(?:ne|ly)"), longest first, and gives forms with lexicon guards (``case_sensitive``, ``not_after``,
``only_before``, ``capital_at_start``) branches of their own.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["alternation"]


def alternation(forms: Any, lx: dict[str, Any] | None = None, *, suffix: str = "") -> str:
    """A regex matching any of ``forms``, longest first; spaces match any whitespace.

    Plain forms are merged into a prefix tree ("ju(?:ne|ly)"), which the regex engine tries much
    faster than a flat list. Forms that are case-sensitive or must not follow certain words
    (lexicon keys ``case_sensitive``, optionally also capitalised to open a sentence
    before a lower-case word: ``capital_at_start``, and ``not_after``) or may only stand before certain text (``only_before``:
    form -> regex the text right after it must match) get branches of their own.
    """
    exact = {form.lower(): form for form in (lx or {}).get("case_sensitive", [])}
    guards = (lx or {}).get("not_after", {})
    start = {form.lower() for form in (lx or {}).get("capital_at_start", [])}
    ahead = {form.lower(): pattern for form, pattern in (lx or {}).get("only_before", {}).items()}
    plain: dict[bool, list[list[str]]] = {True: [], False: []}
    special: list[str] = []
    for form in sorted({f.lower() for f in forms}, key=len, reverse=True):
        tail = "" if form.endswith(("-", "'")) else suffix
        if form in exact or form in guards or form in ahead:
            body = _units(exact.get(form, form))
            body = f"(?-i:{''.join(body)})" if form in exact else "".join(body)
            if form in start:  # German "Morgen reist ...": the adverb capitalised to open a sentence
                body = f"(?:{body}|(?:(?<=[.!?]\\s)|(?<=\\n)|^)(?-i:{form.capitalize()})(?=\\s+(?-i:[a-zäöüß])))"
            body += f"(?={ahead[form]})" if form in ahead else ""  # "накануне" alone, not "накануне визита"
            special.append("".join(rf"(?<!\b{re.escape(w)}\s)" for w in guards.get(form, [])) + body + tail)
        else:
            plain[bool(tail)].append(_units(form))
    parts = special
    if plain[True]:
        parts.append(_trie(plain[True]) + suffix)
    if plain[False]:
        parts.append(_trie(plain[False]))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _units(form: str) -> list[str]:
    """A form as a list of regex atoms: one per character, whitespace runs as ``\\s+``."""
    atoms: list[str] = []
    for char in form:
        if char.isspace():
            if atoms and atoms[-1] != r"\s+":
                atoms.append(r"\s+")
        else:
            atoms.append("['’]" if char in "'’" else re.escape(char))
    return atoms


def _trie(sequences: list[list[str]]) -> str:
    tree: dict[str, Any] = {}
    for atoms in sequences:
        node = tree
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(tree)


def _emit(node: dict[str, Any]) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a form ends here and longer ones go on: try the longer first
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body
