"""Title lexicons compiled per language: officials' titles, modifiers, connectors and name data.

``roles.json`` of a language lists titles as regular expressions with their normalised English role;
``names.json`` lists given names, particles and capitalised words that are never names. Everything is
compiled once per language (:func:`compiled`), so extraction builds no regular expression per call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from typing import Any

from graph.extract import lexicon
from graph.lang import supported_languages
from graph.extract.text import lower, plain_case

__all__ = ["Titles", "TitleEntry", "Dispatch", "compiled", "split_alternatives", "word_starts"]


@dataclass(frozen=True, slots=True)
class TitleEntry:
    """One title of the lexicon."""

    role: str | None
    country: str | None = None
    org: str | None = None
    plural: bool = False
    counterpart: bool = False
    leader: bool = False
    shared: bool = False  # other states use the title too: its ``country`` holds only where the text names it
    also: tuple[str, ...] = ()  # other states using the title ("Bundespräsident": AT, CH): theirs where only they are named
    by_country: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Titles:
    """Compiled title and name data of one language."""

    lang: str
    pattern: Dispatch  # every title; ``match.lastgroup`` is "t<index into entries>_<n>"
    entries: tuple[TitleEntry, ...]
    modifiers: re.Pattern[str]  # full match of one modifier word ("deputy", "neuer")
    role_prefix: dict[str, str]
    honorifics: re.Pattern[str]  # match at a position
    honorific_initials: frozenset[str]  # lower-case first letters of the honorifics
    determiners: frozenset[str]
    genitive: frozenset[str]
    origin: frozenset[str]  # "aus", "from": "NAME aus den USA" is a national of that state
    portfolio: frozenset[str]
    accredited: frozenset[str]
    title_adjectives: frozenset[str]  # "diplomatique", "adjunto": after a title, before its name
    government: frozenset[str]  # "government", "ministère": an institution a state's officials speak for
    place_prepositions: frozenset[str]  # "au Darfour": a place after one, not a person
    conjunctions: frozenset[str]
    sides: re.Pattern[str] | None
    source_cues: re.Pattern[str] | None
    home: re.Pattern[str] | None
    home_codes: dict[str, str]
    staff_roles: frozenset[str]  # roles that serve their own state (spokespersons, aides, ambassadors)
    spouse: re.Pattern[str] | None  # "his wife", "seine Frau" right before a name: the spouse of the one before
    entourage: re.Pattern[str] | None  # "accompanied by": a spouse after it only travels along
    led_by: re.Pattern[str] | None  # "dirigido por": the name after it heads what is named before
    cue_heads: tuple[str, ...]  # literal starts of ``led_by`` and ``entourage``: a text without any has neither
    feminine: tuple[str, ...]  # endings of feminine titles ("Regierungschefin")
    both: re.Pattern[str] | None  # "both", "двух" right before a plural title: its two holders
    given: frozenset[str]  # Latin-script given names of every language
    given_lower: frozenset[str]
    particles: frozenset[str]
    stop: frozenset[str]
    nonnames: frozenset[str]
    nonname_stems: tuple[str, ...]  # Russian: prefixes
    nonname_endings: tuple[str, ...] = ()  # endings of common nouns ("-ministeriums", "-ierung")
    briefing: re.Pattern[str] | None = None  # a line opening a ministry's press briefing ("Point de presse")
    stem_surname: re.Pattern[str] | None = None  # Russian: a surname after a nonname stem ("Север|цев")
    place_heads: frozenset[str] = frozenset()  # "palacio", "hotel": the capitalised words after one name a place
    venue_prepositions: frozenset[str] = frozenset()  # "at": "at Bharat Mandapam" names a place, nobody
    relative_owners: frozenset[str] = frozenset()  # "whose": "the GCC, whose secretary-general X" is the GCC's
    name_words: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)  # memo: word -> may be a name
    given_words: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)  # memo: word -> given name


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


_META = set("\\[](){}?*+|.^$")


def _prefix(alternative: str) -> str:
    """The literal lower-case start of a regular expression (at most three characters; "" when none)."""
    out = ""
    for i, ch in enumerate(alternative[:3]):
        nxt = alternative[i + 1 : i + 2]
        if ch in _META or nxt in ("?", "*", "{"):
            break
        out += ch.lower()
    return out


def _group_end(pattern: str) -> int:
    """The index of the parenthesis closing the group ``pattern`` opens (its length when unclosed)."""
    depth, i = 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(pattern[i], 0)
        if depth == 0:
            break
        i += 1
    return i


def _prefixes(alternative: str) -> set[str]:
    """The literal prefixes an alternative may start with; a leading group of literals gives one per branch
    ("(?:ist|sind) nach" -> {"ist", "sin"}), an optional one also those of what follows it ("(?:City )?Councillor"
    -> {"cit", "cou"}), a leading lookbehind those of what follows it ("(?<=to )receive" -> {"rec"}: it reads
    text before the match); {""} when nothing literal can be said."""
    if alternative.startswith(("(?<=", "(?<!")):
        end = _group_end(alternative)
        rest = alternative[end + 1 :]
        return _prefixes(rest) if end < len(alternative) and rest[:1] not in ("", "?", "*", "{", "+", "|") else {""}
    if alternative.startswith("(?:"):
        i = _group_end(alternative)
        rest = alternative[i + 1 :]
        if i >= len(alternative) or rest[:1] in ("*", "{", "+"):
            return {""}
        optional = rest[:1] == "?"
        if optional:
            rest = rest[2:] if rest[1:2] in ("?", "+") else rest[1:]  # "(?:A)?", lazy "??" or possessive "?+"
        out = set().union(*(_prefixes(branch + rest) for branch in split_alternatives(alternative[3:i])))
        if optional:
            out |= _prefixes(rest) if rest else {""}
        return {""} if "" in out else out
    return {_prefix(alternative)}


class Dispatch:
    """Many alternatives matched fast: only at word starts, and only those whose literal prefix fits.

    Python's regex engine tries every alternative at every position; here each word start selects the few
    alternatives sharing its first two letters. Named groups ``<name>`` identify the alternative matched.
    The first letters of a sentence's words are cut once for every dispatcher that reads the sentence (titles,
    event triggers); the alternatives without a literal prefix are searched only in sentences holding a piece
    each of their matches contains (:func:`graph.extract.lexicon.pieces`: "minister").
    """

    def __init__(self, alternatives: list[tuple[str, str]], suffix: str = "", flags: int = re.IGNORECASE) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        for name, alternative in alternatives:
            for prefix in _prefixes(alternative):
                groups.setdefault(prefix, []).append((name, alternative))
        self.patterns: dict[str, re.Pattern[str]] = {}
        for prefix, items in groups.items():
            items.sort(key=lambda item: -len(item[1]))
            body = "|".join(f"(?P<{name}>{alt}{suffix})" for name, alt in items)
            lead = r"(?<!\w)" if not prefix else ""
            self.patterns[prefix] = re.compile(rf"{lead}(?:{body})(?!\w)", flags)
        self.wild = self.patterns.pop("", None)
        #: What every match of the alternatives without a literal prefix contains ("minister", " retreat"): a
        #: sentence without it is not searched for them (:func:`graph.extract.lexicon.pieces`).
        self.wild_pieces = lexicon.pieces(self.wild)
        self.by_length = [{p: pat for p, pat in self.patterns.items() if len(p) == n} for n in (3, 2, 1)]
        self.candidates: dict[str, tuple[re.Pattern[str], ...]] = {}  # first three letters -> patterns to try

    def _candidates(self, key: str) -> tuple[re.Pattern[str], ...]:
        three, two, one = self.by_length
        found = tuple(p for p in (three.get(key), two.get(key[:2]), one.get(key[:1])) if p is not None)
        if len(self.candidates) < 100_000:  # bounded: odd input cannot grow it without end
            self.candidates[key] = found
        return found

    def find(self, text: str, starts: list[int], start: int, end: int) -> list[re.Match[str]]:
        """Non-overlapping matches inside ``[start, end)`` beginning at one of ``starts`` (sorted; leftmost, longest)."""
        found: list[re.Match[str]] = []
        low = lower(text)
        if starts and (starts[0] < start or starts[-1] >= end):
            starts = [pos for pos in starts if start <= pos < end]
        keys = _keys(low, starts)  # the first three letters of each word
        options = list(map(self.candidates.get, keys))
        if None in options:  # keys not seen before
            options = [self._candidates(key) if seen is None else seen for key, seen in zip(keys, options)]
        for pos, patterns in compress(zip(starts, options), options):  # the starts some alternative fits
            best = None
            for pattern in patterns:
                match = pattern.match(text, pos, end)
                if match and (best is None or match.end() > best.end()):
                    best = match
            if best is not None:
                found.append(best)
        if self.wild is not None and (self.wild_pieces is None or self.wild_pieces.search(low, start, end) or not plain_case(text)):
            found += self.wild.finditer(text, start, end)
            if len(found) > 1:
                found.sort(key=lambda m: (m.start(), -m.end()))
        if len(found) < 2:
            return found  # nothing can overlap (without wild matches: one match per start, in order)
        out: list[re.Match[str]] = []
        for match in found:
            if not out or match.start() >= out[-1].end():
                out.append(match)
        return out


#: The keys of :meth:`Dispatch.find` of the word starts of the sentences of the current text, by the identity of
#: the list of starts (kept, so never reused): the titles and the event triggers of a sentence share them.
_KEYS: dict[int, tuple[list[int], list[str]]] = {}
_KEYS_OF: list[str] = [""]  # the lower-cased text they belong to


def _keys(low: str, starts: list[int]) -> list[str]:
    """``low[pos : pos + 3]`` for each of ``starts``, remembered for the current text."""
    if low is not _KEYS_OF[0]:
        _KEYS.clear()
        _KEYS_OF[0] = low
    known = _KEYS.get(id(starts))
    if known is not None and known[0] is starts and len(known[1]) == len(starts):
        return known[1]
    keys = [low[pos : pos + 3] for pos in starts]
    _KEYS[id(starts)] = (starts, keys)
    return keys


def word_starts(text: str, tokens: list) -> list[int]:
    """Offsets where a word of ``tokens`` (or the part of a hyphenated word after a hyphen) starts."""
    starts = [token.start for token in tokens if token.text[:1].isalnum()]
    if not tokens or text.find("-", tokens[0].start, tokens[-1].end) < 0:  # most sentences: no hyphen at all
        return starts
    hyphenated = [token for token in tokens if "-" in token.text and token.text[:1].isalnum()]
    if not hyphenated:
        return starts
    for token in hyphenated:
        hyphen = token.text.find("-")
        while hyphen > 0:
            starts.append(token.start + hyphen + 1)
            hyphen = token.text.find("-", hyphen + 1)
    starts.sort()
    return starts


def _words(value: str | list[str] | None) -> frozenset[str]:
    if not value:
        return frozenset()
    items = value.split("|") if isinstance(value, str) else value
    out: set[str] = set()
    for item in filter(None, items):  # "l['’]" is both "l'" and "l’"
        out.update(item.lower().replace("['’]", q) for q in "'’") if "['’]" in item else out.add(item.lower())
    return frozenset(out)


def _optional(pattern: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return re.compile(pattern, flags) if pattern else None


def _words_pattern(pattern: str | None, tail: str) -> re.Pattern[str] | None:
    """``pattern`` starting at a word boundary and followed by ``tail`` (case-insensitive), if any."""
    return re.compile(rf"(?<!\w)(?:{pattern}){tail}", re.IGNORECASE) if pattern else None


def literal_heads(pattern: str | None) -> tuple[str, ...]:
    """The lower-case literal starts of the alternatives of ``pattern``: a text holding none of them cannot
    match it ("dirigid[oa] por" -> "dirigid"); () when some alternative has no literal start of 3 characters."""
    heads = []
    for alternative in split_alternatives(pattern or ""):
        cut = next((i for i, ch in enumerate(alternative) if ch in _META), len(alternative))
        if alternative[cut : cut + 1] in ("?", "*", "{"):
            cut -= 1
        if cut < 3:
            return ()
        heads.append(alternative[:cut].lower())
    return tuple(heads)


def _title_pattern(titles: list[dict[str, Any]], inflection: str) -> tuple[Dispatch, tuple[TitleEntry, ...]]:
    entries: list[TitleEntry] = []
    alternatives: list[tuple[str, str]] = []
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
                shared=bool(item.get("shared")),
                also=tuple(item.get("also", ())),
                by_country=tuple(sorted(item.get("by_country", {}).items())),
            )
        )
        for alternative in split_alternatives(item["pattern"]):
            alternatives.append((f"t{index}_{len(alternatives)}", alternative))
    return Dispatch(alternatives, inflection), tuple(entries)


def _region_words(lang: str) -> frozenset[str]:
    """The one-word regions of ``<lang>/regions.json`` as written ("Приангарья" in "Губернатор Приангарья"): no
    person's name after a title. Only for a language whose ``nonnames`` are stems (declined names), where no
    region's name is also a surname; "Mendoza" or "Victoria" in Latin script may be a person's."""
    data = lexicon.load("regions", lang) or {}
    return frozenset(form for forms in data.get("regions", {}).values() for form in forms if " " not in form and form[:1].isupper())


def _latin_words(key: str) -> frozenset[str]:
    """A word list of ``names.json`` united over the Latin-script languages (texts quote each other)."""
    words: set[str] = set()
    for lang in supported_languages():  # every language with a lexicon folder
        if lexicon.grammar(lang, "latin_script"):
            words.update(lexicon.load("names", lang).get(key, []))
    return frozenset(words)


def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    names: set[str] = set()
    for lang in supported_languages():  # every language with a lexicon folder
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
    home_alt = "|".join(re.escape(k) + ("" if re.search("[\u0400-\u04ff]", k) else r"(?!\w)")
                        for k in sorted(home, key=len, reverse=True))  # Russian keys are stems
    given, given_lower = _given_names()
    nonnames = names.get("nonnames", [])
    stems = tuple(nonnames) if lexicon.grammar(lang, "noun_case_inflection") else ()
    return Titles(
        lang=lang,
        pattern=pattern,
        entries=entries,
        modifiers=re.compile(rf"(?:{roles.get('modifiers') or '(?!)'})", re.IGNORECASE),
        role_prefix={k.lower(): v for k, v in roles.get("role_prefix", {}).items()},
        honorifics=re.compile(rf"(?:{roles.get('honorifics') or '(?!)'})(?!\w)", re.IGNORECASE),
        honorific_initials=frozenset(a[:1].lower() for a in split_alternatives(roles.get("honorifics") or "")),
        determiners=_words(roles.get("determiners")),
        genitive=_words(roles.get("genitive")),
        origin=_words(roles.get("origin")),
        portfolio=_words(roles.get("portfolio")),
        accredited=_words(roles.get("accredited")),
        government=_words(roles.get("government_words")),
        title_adjectives=_words(roles.get("title_adjectives")),
        place_prepositions=_words(roles.get("place_prepositions")),
        conjunctions=_words(roles.get("conjunctions")),
        sides=_optional(roles.get("sides")),
        source_cues=_optional(roles.get("source_cues")),
        home=re.compile(rf"(?<!\w)(?:{home_alt})", re.IGNORECASE) if home_alt else None,
        home_codes=home,
        staff_roles=frozenset(roles.get("staff_roles", [])),
        spouse=re.compile(rf"(?<!\w)(?:{roles['spouse']})\s*$", re.IGNORECASE) if roles.get("spouse") else None,
        entourage=_words_pattern(roles.get("entourage"), r"(?!\w)"),
        led_by=_words_pattern(roles.get("led_by"), r"\s+"),
        cue_heads=literal_heads(roles.get("led_by")) + literal_heads(roles.get("entourage")),
        feminine=tuple(roles.get("feminine_endings", [])),
        both=_words_pattern(roles.get("both"), r"\s+$"),
        given=given,
        given_lower=given_lower,
        particles=frozenset(names.get("particles", [])) | _latin_words("particles"),
        stop=frozenset(names.get("stop", [])) | _latin_words("stop"),
        nonnames=(_latin_words("nonnames") | _region_words(lang)) if stems else frozenset(nonnames) | _latin_words("nonnames"),
        nonname_stems=stems,
        nonname_endings=tuple(names.get("nonname_endings", [])),
        briefing=re.compile(rf"(?:^|\n)\W*(?:{roles['briefing_heads']})", re.IGNORECASE) if roles.get("briefing_heads") else None,
        stem_surname=re.compile(names["nonname_stem_surnames"]) if names.get("nonname_stem_surnames") else None,
        place_heads=frozenset(word.lower() for word in names.get("place_name_heads", [])),
        venue_prepositions=frozenset(names.get("venue_prepositions", [])),
        relative_owners=_words(roles.get("relative_possessives")),
    )
