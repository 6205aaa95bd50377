"""Load the lexicon files of ``graph/data/lexicons/`` (JSON), once per process.

``load("countries")`` reads ``lexicons/countries.json``; ``load("roles", "de")`` reads
``lexicons/de/roles.json``. A missing file gives an empty dict (a language without that lexicon);
a file that is not valid JSON raises :class:`LexiconError`. Callers must not mutate what they get.
``grammar("ru", "articles")`` reads one boolean property of a language from ``lexicons/<lang>/grammar.json``
(documented in that file's ``_doc``), so that code tests properties, never language codes.

Gated patterns (:func:`gate`): a pattern searched in a whole article ("accompanied by", "this city", the
seasons) mostly finds nothing, yet the engine tries it at every position, case-insensitively. :func:`gate`
works out once, from the parsed pattern, literal pieces every match contains ("accompan", "delegation", ...);
where none of them occurs in the lower-cased article (one ``in`` test each, once per article), the gated
pattern answers "no match" without running the engine. Where one does, it runs the pattern as before: the
matches are always the pattern's own.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.errors import DkgError
from graph.extract.text import lower, plain_case
from graph.lang import supported_languages

try:  # the parser and case table of the standard library's regular expressions (for gate())
    from re import _casefix, _constants, _parser
except ImportError:  # pragma: no cover - another Python: patterns stay ungated
    _casefix = _constants = _parser = None  # type: ignore[assignment]

__all__ = ["load", "grammar", "phrases", "whole_words", "cue", "gate", "Gated", "pieces", "LexiconError"]

log = logging.getLogger(__name__)


class LexiconError(DkgError):
    """A lexicon file exists but cannot be parsed."""


@lru_cache(maxsize=None)
def load(name: str, lang: str | None = None) -> dict[str, Any]:
    """Return the parsed lexicon ``name`` (of ``lang``, or language-independent when ``lang`` is None).

    Args:
        name: file name without ``.json`` ("countries", "venues", "roles"...).
        lang: language folder ("de"), or None for a file directly under ``lexicons/``.

    Returns:
        The JSON object of the file, or an empty dict when there is no such file.

    Raises:
        LexiconError: the file is not valid JSON or not a JSON object.
    """
    parts = ("data", "lexicons", *((lang,) if lang else ()), f"{name}.json")
    path = resources.files("graph").joinpath(*parts)
    if not path.is_file():
        log.debug("no lexicon %s", "/".join(parts))
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise LexiconError(f"graph/{'/'.join(parts)}: invalid JSON: {e}") from e
    if not isinstance(data, dict):
        raise LexiconError(f"graph/{'/'.join(parts)}: expected a JSON object")
    return data


def every_language(kind: str, key: str) -> list[Any]:
    """The entry ``key`` of ``<lang>/<kind>.json`` of every language that has one, for cues read in an article
    whatever its language ("accompanied by", "acompañado por"): a new language adds its entries with its files."""
    return [entry for lang in supported_languages() if (entry := load(kind, lang).get(key))]


def phrases(words: list[str]) -> str:
    """Literal lexicon phrases as one regular-expression alternation: longest first, each word escaped, the spaces
    between words matching any run of whitespace ("im Anschluss" also across a line break)."""
    return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in sorted(words, key=len, reverse=True))


def whole_words(entry: str | list[str] | None) -> re.Pattern[str] | None:
    """A lexicon entry (a regular expression, or a list of them) as a case-insensitive pattern of whole words.

    Returns None for a missing or empty entry (the language has no such cue).
    """
    if not entry:
        return None
    alternatives = entry if isinstance(entry, str) else "|".join(entry)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def cue(kind: str, lang: str, *path: str) -> re.Pattern[str] | None:
    """The whole-word pattern (:func:`whole_words`) of the entry at ``path`` in ``<lang>/<kind>.json``, compiled
    once per process: ``cue("dates", "fr", "at_once")``, ``cue("events", "en", "cues", "leaders")``."""
    entry: object = load(kind, lang)
    for key in path:
        entry = entry.get(key) if isinstance(entry, dict) else None
    return whole_words(entry)  # type: ignore[arg-type]


def grammar(lang: str, key: str) -> bool:
    """Return the grammatical property ``key`` of ``lang`` (``<lang>/grammar.json``).

    A language without a grammar file gets the English properties, as it gets the English title data.

    Args:
        lang: language folder ("de").
        key: property name ("articles", "noun_case_inflection"...), see the file's ``_doc``.

    Returns:
        The boolean value of the property.

    Raises:
        LexiconError: the file does not give ``key`` a boolean value.
    """
    data = load("grammar", lang) or load("grammar", "en")
    value = data.get(key)
    if not isinstance(value, bool):
        raise LexiconError(f"graph/data/lexicons/{lang}/grammar.json: {key!r} must be true or false")
    return value


#: Texts shorter than this are searched directly: the gate pays off on whole articles, not on windows.
_GATE_MIN = 400
#: Pattern letters the gate cannot lower safely (case-insensitive matching folds them otherwise, see
#: :func:`graph.extract.text.plain_case`): Greek letters, "µ", "ı", "ſ", "İ" and the like.
_UNSAFE = frozenset(
    ({chr(k) for k in _casefix._EXTRA_CASES} if _casefix is not None else set()) - set("isвдостъѣ")
) | {"\u0130"}


class Gated:
    """A compiled pattern with the literal pieces one of which each match contains (see :func:`gate`).

    ``search``, ``finditer`` and ``findall`` on a text of :data:`_GATE_MIN` characters or more first test the
    pieces in the lower-cased text (once per text); every other method is the pattern's own.
    """

    __slots__ = ("pattern", "needs", "_text", "_open")

    def __init__(self, pattern: re.Pattern[str], needs: frozenset[str]) -> None:
        self.pattern, self.needs = pattern, needs
        self._text: str | None = None
        self._open = True

    def _may(self, text: str) -> bool:
        """Whether a match may exist in ``text`` (remembered for the last text)."""
        if len(text) < _GATE_MIN:
            return True
        if text is not self._text:
            low = lower(text)
            self._text, self._open = text, not plain_case(text) or any(need in low for need in self.needs)
        return self._open

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.search(text, *span) if self._may(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *span) if self._may(text) else iter(())

    def findall(self, text: str, *span: int) -> list[Any]:
        return self.pattern.findall(text, *span) if self._may(text) else []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def gate(pattern: re.Pattern[str] | None) -> Gated | re.Pattern[str] | None:
    """``pattern`` gated by the literal pieces its matches contain (:class:`Gated`), or as it is when some
    match need contain none (a pattern that opens with ``\\w+``) or the pieces would not select.

    A piece is a run of literal characters that every match of an alternative contains ("begleit" for
    "begleitet|begleiten", "accompanied by"); lower-cased, it occurs in the :func:`~graph.extract.text.lower`-ed
    text wherever the pattern matches (:func:`~graph.extract.text.plain_case` texts; the others are searched)."""
    if pattern is None or _parser is None:
        return pattern
    try:
        needs = _needs(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - a construct the walk does not know: no gate
        return pattern
    if not needs or min(map(len, needs)) < 3:
        return pattern
    return Gated(pattern, frozenset(needs))


def pieces(pattern: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The literal pieces of :func:`gate` as one pattern for lower-cased text: where it finds nothing inside a
    window of a :func:`~graph.extract.text.plain_case` text, ``pattern`` finds nothing there either. None when
    ``pattern`` has no such pieces."""
    gated = gate(pattern)
    if not isinstance(gated, Gated):
        return None
    return re.compile("|".join(re.escape(need) for need in sorted(gated.needs, key=len, reverse=True)))


def _needs(items: list) -> set[str] | None:
    """Literal pieces (lower-cased) one of which every match of the parsed sequence ``items`` contains; None if
    there are none: the longest run of literals, or the pieces of a group or of every branch of an alternation."""
    c = _constants
    best: set[str] | None = None
    run: list[str] = []

    def consider(pieces: set[str] | None) -> None:
        nonlocal best
        if pieces and all(pieces) and (best is None or min(map(len, pieces)) > min(map(len, best))):
            best = pieces

    for op, av in items:
        if op is c.LITERAL:
            char = chr(av).lower()
            if len(char) == 1 and char not in _UNSAFE:
                run.append(char)
                continue
        consider({"".join(run)} if run else None)
        run = []
        if op is c.SUBPATTERN:
            consider(_needs(av[-1].data))
        elif op is c.BRANCH:
            branches = [_needs(branch.data) for branch in av[1]]
            if all(branches):
                consider(set().union(*branches))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_needs(av[2].data))
        elif op is c.ATOMIC_GROUP:
            consider(_needs(av.data))
    consider({"".join(run)} if run else None)
    return best
