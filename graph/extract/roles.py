"""Title lexicons compiled per language: officials' titles, modifiers, connectors and name data.

``roles.json`` of a language lists titles as regular expressions with their normalised English role;
``names.json`` lists given names, particles and capitalised words that are never names. Everything is
compiled once per language (:func:`compiled`), so extraction builds no regular expression per call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from graph.extract import lexicon

__all__ = ["Titles", "TitleEntry", "compiled", "LANGUAGES", "split_alternatives"]

LANGUAGES = ("en", "de", "fr", "es", "ru")


@dataclass(frozen=True, slots=True)
class TitleEntry:
    """One title of the lexicon."""

    role: str | None
    country: str | None = None
    org: str | None = None
    plural: bool = False
    counterpart: bool = False
    leader: bool = False
    by_country: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Titles:
    """Compiled title and name data of one language."""

    lang: str
    pattern: re.Pattern[str]  # every title; ``match.lastgroup`` is "t<index into entries>"
    entries: tuple[TitleEntry, ...]
    modifiers: re.Pattern[str]  # full match of one modifier word ("deputy", "neuer")
    role_prefix: dict[str, str]
    honorifics: re.Pattern[str]  # match at a position
    determiners: frozenset[str]
    genitive: frozenset[str]
    portfolio: frozenset[str]
    accredited: frozenset[str]
    conjunctions: frozenset[str]
    sides: re.Pattern[str] | None
    source_cues: re.Pattern[str] | None
    home: re.Pattern[str] | None
    home_codes: dict[str, str]
    given: frozenset[str]  # Latin-script given names of every language
    given_lower: frozenset[str]
    particles: frozenset[str]
    stop: frozenset[str]
    nonnames: frozenset[str]
    nonname_stems: tuple[str, ...]  # Russian: prefixes


def split_alternatives(pattern: str) -> list[str]:
    """Split a regular expression at its top-level ``|`` (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return [p for p in parts if p]


def _words(value: str | list[str] | None) -> frozenset[str]:
    if not value:
        return frozenset()
    items = value.split("|") if isinstance(value, str) else value
    return frozenset(item.lower() for item in items if item)


def _optional(pattern: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return re.compile(pattern, flags) if pattern else None


def _title_pattern(titles: list[dict[str, Any]], inflection: str) -> tuple[re.Pattern[str], tuple[TitleEntry, ...]]:
    entries: list[TitleEntry] = []
    alternatives: list[tuple[int, str, int]] = []
    for item in titles:
        index = len(entries)
        entries.append(
            TitleEntry(
                role=item.get("role"),
                country=item.get("country"),
                org=item.get("org"),
                plural=bool(item.get("plural")),
                counterpart=bool(item.get("counterpart")),
                leader=bool(item.get("leader")),
                by_country=tuple(sorted(item.get("by_country", {}).items())),
            )
        )
        for alternative in split_alternatives(item["pattern"]):
            alternatives.append((len(alternative), alternative, index))
    alternatives.sort(key=lambda a: -a[0])
    body = "|".join(f"(?P<t{index}_{n}>{alt}{inflection})" for n, (_, alt, index) in enumerate(alternatives))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), tuple(entries)


def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    names: set[str] = set()
    for lang in LANGUAGES:
        given = lexicon.load("names", lang).get("given", [])
        if isinstance(given, list):
            names.update(given)
    return frozenset(names), frozenset(n.lower() for n in names)


@cache
def compiled(lang: str) -> Titles:
    """Title and name data of ``lang`` (languages without lexicon files get the English data)."""
    roles = lexicon.load("roles", lang) or lexicon.load("roles", "en")
    names = lexicon.load("names", lang) or lexicon.load("names", "en")
    pattern, entries = _title_pattern(roles.get("titles", []), roles.get("inflection", ""))
    home = roles.get("home", {})
    home_alt = "|".join(re.escape(k) for k in sorted(home, key=len, reverse=True))
    given, given_lower = _given_names()
    nonnames = names.get("nonnames", [])
    stems = tuple(nonnames) if lang == "ru" else ()
    return Titles(
        lang=lang,
        pattern=pattern,
        entries=entries,
        modifiers=re.compile(rf"(?:{roles.get('modifiers') or '(?!)'})", re.IGNORECASE),
        role_prefix={k.lower(): v for k, v in roles.get("role_prefix", {}).items()},
        honorifics=re.compile(rf"(?:{roles.get('honorifics') or '(?!)'})(?!\w)", re.IGNORECASE),
        determiners=_words(roles.get("determiners")),
        genitive=_words(roles.get("genitive")),
        portfolio=_words(roles.get("portfolio")),
        accredited=_words(roles.get("accredited")),
        conjunctions=_words(roles.get("conjunctions")),
        sides=_optional(roles.get("sides")),
        source_cues=_optional(roles.get("source_cues")),
        home=re.compile(rf"(?<!\w)(?:{home_alt})") if home_alt else None,
        home_codes=home,
        given=given,
        given_lower=given_lower,
        particles=frozenset(names.get("particles", [])),
        stop=frozenset(names.get("stop", [])),
        nonnames=frozenset() if stems else frozenset(nonnames),
        nonname_stems=stems,
    )
