"""Sentences and tokens with character offsets into the article text.

Sentences end at line breaks and at ``. ! ? …`` (plus closing quotes) followed by a space and a character
that is not lower case, except after abbreviations ("Mr.", "U.S."), initials ("J.") and day ordinals
("am 14. März"). A "sentence" longer than :data:`MAX_SENTENCE` characters (a list, a page without
punctuation) is cut at its last semicolon, else comma, else space before the limit, so that the work done
per sentence stays bounded. Tokens are words (with inner hyphens and apostrophes) and single punctuation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from graph.model import Span

__all__ = ["Token", "sentences", "tokenize", "tokenize_sentences", "runs", "sentence_of", "line_spans", "lower", "lower_regex", "plain_case", "span_key", "MAX_SENTENCE", "OPENING"]

#: Longest sentence kept whole, in characters; longer ones are cut (see :func:`sentences`).
MAX_SENTENCE = 1000

#: Abbreviations after which a period does not end a sentence (compared lower-cased, without the period).
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr sra srta gen col lt sgt gov sen rep rev hon vs etc no nr art abs bzw ca
    vgl z.b u.a d.h s.e h.e u.s u.k u.n e.u dc d.c p.m a.m mme mlle me cf approx dept ltd inc co corp
    str tel ex hr fr sgra st.petersburg г гг им т.е т.д т.п ул др пр см рис янв фев авг сент окт нояб дек
    jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic janv févr avr juil oct déc""".split()
)

#: ``[.!?…]+`` and closing quotes before a space, or a colon before a quotation: ``[.!?…]+[\"'»”“’)\]]*(?=\s)|:(?=\s+[“«„\"])``
#: written to open with one character set, so that the engine skips the letters between sentence ends fast.
_END = re.compile(r"[.!?…:](?:(?<=[.!?…])[.!?…]*[\"'»”“’)\]]*(?=\s)|(?<=:)(?=\s+[“«„\"]))")
_WORD = re.compile(r"\w+(?:[-‐‑'’.]\w+)*\.?|[^\w\s]")
#: A token with the whitespace before it: tokens are separated by whitespace only, so the offsets follow.
_SPACED_WORD = re.compile(rf"(\s*)({_WORD.pattern})")
#: What may stand before a sentence's first word: spaces, quote marks, an opening bracket, dashes.
OPENING = re.compile(r"[\s\"'“„«(\-–—]*")
_RUN = re.compile(r"[^\W_]+")  # letters and digits: the words of graph.extract.phrases
_START = attrgetter("start")
#: Sort key of spans: their order as a tuple, compared without calling ``Span.__lt__``.
span_key = attrgetter("start", "end")
_NEWLINE = re.compile(r"\n")
#: Where an over-long sentence may be cut, best first: after a semicolon, after a comma, at a space.
_CUTS = (re.compile(r";\s"), re.compile(r",\s"), re.compile(r"\s"))
_ELISION = re.compile(r"^(?:[dlnmtsjcq]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)


@dataclass(slots=True)
class Token:
    """One word or punctuation mark; ``text == article_text[start:end]``.

    The person finder lays places and titles over the tokens (:mod:`graph.extract.units`); such a unit is
    a token whose ``kind`` is country, org or title and whose ``obj`` says what it names.
    """

    text: str
    start: int
    end: int
    kind: str = "word"  # word | punct (tokens); country | org | title (units laid over them)
    obj: Any = None  # CountryMention, Organization, title match tuple, or the City a word names

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def lower(self) -> str:
        return self.text.lower()


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``text[dot]`` belongs to an abbreviation, an initial or a day ordinal."""
    start, floor = dot, max(0, dot - 40)  # a word is never longer: bounded work on odd input
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return _abbreviated(text[start:dot])


_BRACKETED_DAY = re.compile(r"\(\d{1,2}\.\d{1,2}\.(?:\d{2,4}\.?)?$")


#: A retired officer's bracketed abbreviation ("Lieutenant General (ret.) X"): no sentence's end.
_RETIRED = re.compile(r"\((?:[Rr]et|[Rr]etd)\.\)$")


def _bracketed_day(text: str, dot: int) -> bool:
    """Whether the period at ``text[dot]`` closes a day in brackets ("(22.01.)", "(5.3.2026.)")."""
    return _BRACKETED_DAY.search(text, max(0, dot - 14), dot + 1) is not None


@lru_cache(maxsize=4096)
def _abbreviated(word: str) -> bool:
    """Whether ``word`` (the letters, digits and periods before a period) is an abbreviation, initial or ordinal."""
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # initial: "J. Blinken", "В. Путин"
    if word.isdigit() and len(word) <= 2:
        return True  # day ordinal: "am 14. März"
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return True  # "U.S.", "z.B.", "02.01."
    return word.lower() in _ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (whitespace trimmed, line breaks always end a sentence)."""
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    for line in _line_spans(text):
        start = line.start
        for match in _END.finditer(text, line.start, line.end):
            end = match.end()
            nxt = end
            while nxt < line.end and text[nxt].isspace():
                nxt += 1
            if nxt >= line.end or text[nxt].islower():
                continue
            if text[match.start()] == "." and match.end() - match.start() == 1:
                if _is_abbreviation(text, match.start()):
                    continue
            elif text[match.start() : match.end()] == ".)" and (_bracketed_day(text, match.start())
                                                                  or _RETIRED.search(text, max(0, match.start() - 8), match.end())):
                continue  # "am Donnerstag (22.01.) Gespräche", "General (ret.) X": no sentence's end
            _add(spans, text, start, end)
            start = end
        _add(spans, text, start, line.end)
    return tuple(spans)


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    """Append the trimmed span ``[start, end)``, cut into pieces of at most :data:`MAX_SENTENCE` characters."""
    span = _trimmed(text, start, end)
    while span is not None and span.end - span.start > MAX_SENTENCE:
        cut = _cut(text, span.start, span.start + MAX_SENTENCE)
        head = _trimmed(text, span.start, cut)
        if head:
            spans.append(head)
        span = _trimmed(text, cut, span.end)
    if span:
        spans.append(span)


def _cut(text: str, start: int, limit: int) -> int:
    """Offset where to cut ``text[start:limit]``: after its last semicolon, else comma, else space."""
    low = start + MAX_SENTENCE // 4  # never cut off a tiny head
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, low, limit):
            pass
        if last is not None:
            return last.start() + 1
    return limit


def line_spans(text: str) -> list[Span]:
    """Return the non-blank lines of ``text`` as trimmed spans."""
    return list(_line_spans(text))


@lru_cache(maxsize=8)
def _line_spans(text: str) -> tuple[Span, ...]:
    spans = []
    start = 0
    for match in _NEWLINE.finditer(text):
        span = _trimmed(text, start, match.start())
        if span:
            spans.append(span)
        start = match.end()
    span = _trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return tuple(spans)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokenise ``text[start:end]``; offsets refer to ``text``.

    A trailing period stays on a token only for abbreviations and initials ("Mr.", "J."); French elisions
    ("l’Afrique") become two tokens.
    """
    return _tokenize(text, start, len(text) if end is None else end, [], [])


def tokenize_sentences(text: str, spans: list[Span]) -> tuple[list[list[Token]], list[list[int]], list[Token]]:
    """:func:`tokenize` every sentence in one pass, with what later stages need of the tokens.

    Returns:
        The tokens of each sentence, the word starts of each sentence (what
        :func:`graph.extract.roles.word_starts` gives for its tokens) and the :func:`runs` of all tokens.
    """
    tokens: list[list[Token]] = []
    starts: list[list[int]] = []
    found: list[Token] = []
    for span in spans:
        words: list[int] = []
        tokens.append(_tokenize(text, span.start, span.end, words, found))
        starts.append(words)
    return tokens, starts, found


def _tokenize(text: str, start: int, end: int, starts: list[int], found: list[Token]) -> list[Token]:
    """The tokens of ``text[start:end]``; their word starts and runs are appended to ``starts`` and ``found``."""
    tokens: list[Token] = []
    append, run, word_start = tokens.append, found.append, starts.append
    pos = start
    for space, word in _SPACED_WORD.findall(text, start, end):  # each match starts where the last one ended
        s = pos + len(space)
        e = pos = s + len(word)
        if word.isalnum():  # most tokens: a plain word or number
            token = Token(word, s, e)
            append(token)
            run(token)
            word_start(s)
            continue
        if len(word) == 1:  # a punctuation mark (or "_")
            append(Token(word, s, e, "punct"))
            continue
        first = len(tokens)
        end_match = e
        if word[-1] == "." and not _abbreviation_at(text, word, s):
            word, e = word[:-1], e - 1
        elision = _ELISION.match(word) if ("'" in word or "’" in word) else None
        if elision:
            cut = elision.end()
            append(Token(word[:cut], s, s + cut))
            word, s = word[cut:], s + cut
        append(Token(word, s, e, "word" if word[:1].isalnum() else "punct"))
        if e < end_match:
            append(Token(".", e, end_match, "punct"))
        _note(tokens[first:], starts, found)
    return tokens


def _note(tokens: list[Token], starts: list[int], found: list[Token]) -> None:
    """Record the word starts (also after inner hyphens) and the runs of tokens that are not plain words."""
    for token in tokens:
        word = token.text
        if word[:1].isalnum():
            starts.append(token.start)
            hyphen = word.find("-")
            while hyphen > 0:
                starts.append(token.start + hyphen + 1)
                hyphen = word.find("-", hyphen + 1)
        if word.isalnum():
            found.append(token)
        elif len(word) > 1:
            found += runs([token])


def _abbreviation_at(text: str, word: str, start: int) -> bool:
    """:func:`_is_abbreviation` for the final period of the token ``word`` at ``start``, without the backward
    scan when the token is letters and digits before the period and nothing word-like precedes it."""
    body = word[:-1]
    if len(body) <= 40 and body.isalnum() and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == ".")):
        return _abbreviated(body)
    return _is_abbreviation(text, start + len(body))


def runs(tokens: list[Token]) -> list[Token]:
    """The runs of letters and digits in ``tokens`` (what ``[^\\W_]+`` finds: "U.S." holds "U" and "S"), in order,
    as tokens: most are whole tokens. Tokens never split such a run, so these are the runs of the text they cover."""
    mixed = [i for i, token in enumerate(tokens) if len(token.text) > 1 and not token.text.isalnum()]
    if not mixed:
        return [token for token in tokens if token.text.isalnum()]
    out: list[Token] = []
    prev = 0
    for i in mixed:
        out += [token for token in tokens[prev:i] if token.text.isalnum()]
        word, at = tokens[i].text, 0
        for run in _RUN.findall(word):  # runs are apart: each one starts where it is first found
            at = word.find(run, at)
            out.append(Token(run, tokens[i].start + at, tokens[i].start + at + len(run)))
            at += len(run)
        prev = i + 1
    out += [token for token in tokens[prev:] if token.text.isalnum()]
    return out


def sentence_of(spans: list[Span], offset: int) -> int:
    """Index of the sentence containing ``offset`` (or the last one starting before it); -1 if none."""
    return bisect_right(spans, offset, key=_START) - 1


@lru_cache(maxsize=8)
def lower(text: str) -> str:
    """``text`` in lower case, character for character (offsets stay valid: "İ" stays as it is).

    Cached for the last few texts: the stages of one extraction all match cues on the same lower-cased article.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


#: Letters a case-insensitive pattern matches though :func:`lower` does not turn them into the pattern's letter:
#: "ı" and "İ" for "i", "ſ" for "s", the old Cyrillic forms of "в", "д", "о", "с", "т", "ъ", "ѣ" (see re._casefix).
_ODD_CASE = re.compile("[ıİſ\u1c80-\u1c88]")


@lru_cache(maxsize=8)
def plain_case(text: str) -> bool:
    """Whether a letter of a case-insensitive pattern other than a Greek one (and "ı", "ſ" themselves) matches
    a letter of ``text`` only where :func:`lower` gives that very letter: ``text`` has none of the few letters
    that case-insensitive matching folds otherwise ("ı", "İ", "ſ", the old Cyrillic letter forms)."""
    return text.isascii() or _ODD_CASE.search(text) is None


def lower_regex(pattern: str) -> str:
    """A regular expression in lower case for matching :func:`lower`-ed text without ``re.IGNORECASE``.

    Escapes keep their case (``\\W`` stays ``\\W``); matching lower-cased text case-sensitively is several
    times faster than matching with ``re.IGNORECASE``.
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(pattern[i].lower() if len(pattern[i].lower()) == 1 else pattern[i])
        i += 1
    return "".join(out)
