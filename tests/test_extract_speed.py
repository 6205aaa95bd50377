"""The shortcuts that keep extraction fast give the same answers as the plain computations they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extract import events, phrases
from graph.extract._datescan import _starts_of
from graph.extract.cues import _last_words
from graph.extract.rules import RuleExtractor
from graph.extract.roles import word_starts
from graph.extract.text import _END, lower, runs, sentences, tokenize, tokenize_sentences
from graph.extract.units import build_units, per_sentence, spans_within
from graph.model import Article, City, Span

#: Letters, digits, apostrophes of three kinds, hyphens, abbreviations, Cyrillic with "ё", underscores, no-break spaces.
_ALPHABET = "abAB yzЁёжЖ’'ʼ-‑._,;:!?«»()\n\u00a0019"
_PIECES = st.sampled_from(["Mr. ", "U.S. ", "l’Afrique ", "J. ", "14. ", "US-Außenminister ", "foo_bar ", "3.5 "])
_TEXTS = st.lists(st.one_of(st.text(alphabet=_ALPHABET, max_size=12), _PIECES), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_tokens_tile_the_text_between_whitespace(text: str) -> None:
    for span in sentences(text) + [Span(0, len(text))]:
        tokens = tokenize(text, span.start, span.end)
        assert all(text[t.start : t.end] == t.text for t in tokens)
        covered = {i for t in tokens for i in range(t.start, t.end)}
        assert all(text[i].isspace() for i in range(span.start, span.end) if i not in covered)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_words_from_the_tokens_prepare_the_text_as_splitting_it_does(text: str) -> None:
    spans = sentences(text)
    tokens = [token for span in spans for token in tokenize(text, span.start, span.end)]
    phrases._PREPARED.clear()
    expected = phrases.prepare(text)
    phrases._PREPARED.clear()
    assert phrases.from_words(text, runs(tokens)) == expected


def test_words_of_the_tokens_are_the_runs_of_letters_and_digits() -> None:
    text = "US-Außenminister Mr. O’Neil met l’envoyé on 3.5.2024 (foo_bar)."
    words = [run.text for run in runs(tokenize(text))]
    assert words == re.findall(r"[^\W_]+", text)
    assert all(text[run.start : run.end] == run.text for run in runs(tokenize(text)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12), st.lists(st.integers(0, 70), max_size=8))
def test_items_per_sentence_are_those_within_each_sentence(raw: list[tuple[int, int]], cuts: list[int]) -> None:
    items = sorted(((Span(start, start + length), n) for n, (start, length) in enumerate(raw)), key=lambda i: (i[0].start, i[0].end))
    bounds = sorted(set(cuts))
    sentences_ = [Span(a, b) for a, b in zip(bounds, bounds[1:])]
    assert per_sentence(items, sentences_) == [spans_within(items, s.start, s.end) for s in sentences_]


def test_units_of_a_sentence_without_annotations_are_its_tokens_with_their_cities() -> None:
    text = "Talks in Geneva went on."
    tokens = tokenize(text)
    geneva = City(2660646, "Geneva", "CH")
    units = build_units(text, tokens, [], [(Span(9, 15), geneva)])
    assert [u.text for u in units] == [t.text for t in tokens]
    assert [u.obj for u in units] == [None, None, geneva, None, None, None]
    assert tokens[2].obj is None  # the tokens themselves are left alone


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab c’'-.,", max_size=120), st.integers(0, 130), st.integers(1, 9))
def test_last_words_read_from_a_shorter_piece_are_those_of_the_whole(text: str, end: int, count: int) -> None:
    end = min(end, len(text))
    floor = max(0, end - 20 * count)
    expected = " ".join(re.findall(r"[\w’'-]+", text[floor:end])[-count:])
    assert _last_words(text, floor, end, count) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 .-", max_size=90), st.integers(0, 90), st.integers(0, 8))
def test_word_offsets_found_from_the_end(low: str, end: int, count: int) -> None:
    end = min(end, len(low))
    floor = max(0, end - 80)
    found = list(re.finditer(r"\w+", low[floor:end]))[-count:] if count else []
    words = [m.group() for m in found]
    assert _starts_of(low, words, floor, end) == [floor + m.start() for m in found]


def test_remembered_cue_answers_match_the_pattern() -> None:
    triggers = events.compiled("en")
    pattern = triggers.fast["negation"]
    for window in ["not", "did not meet", "no", "the talks", "not " * 30]:
        for _ in range(2):  # the second answer comes from the memo (for short windows)
            assert triggers.search("negation", window) == bool(pattern.search(window))
    assert triggers.search("no such cue", "not") is False


def test_lower_keeps_offsets() -> None:
    text = "İstanbul and ÖSTERREICH"
    assert len(lower(text)) == len(text)
    assert lower(text) is lower(text)  # the stages of one extraction share one lower-cased copy


def test_the_same_article_twice_gives_the_same_extraction() -> None:
    article = Article(
        key="speed-twice",
        text="Berlin, 3. März 2024 – Außenministerin Annalena Baerbock traf am Montag in Berlin den US-Außenminister "
        "Antony Blinken. Die Gespräche dauerten drei Stunden. Baerbock sagte, man habe über die Ukraine gesprochen.",
        language="de",
    )
    extractor = RuleExtractor()
    first, second = extractor.extract(article), extractor.extract(article)
    assert [p.name for p in first.people] == [p.name for p in second.people] == ["Annalena Baerbock", "Antony Blinken"]
    assert [(e.type, e.duration) for e in first.events] == [(e.type, e.duration) for e in second.events]


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_tokenizing_all_sentences_at_once_gives_tokens_word_starts_and_runs(text: str) -> None:
    spans = sentences(text)
    tokens, starts, found = tokenize_sentences(text, spans)
    assert tokens == [tokenize(text, s.start, s.end) for s in spans]
    assert starts == [word_starts(text, t) for t in tokens]
    assert [(r.text, r.start, r.end) for r in found] == [(r.text, r.start, r.end) for r in runs([t for ts in tokens for t in ts])]


#: Sentence ends as first written: the faster pattern of graph.extract.text must find exactly these.
_PLAIN_END = re.compile(r"[.!?…]+[\"'»”“’)\]]*(?=\s)|:(?=\s+[“«„\"])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="a .!?…:\"'»”“’)]«„\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_sentence_ends_are_those_of_the_plain_pattern(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert [m.span() for m in _END.finditer(text, start, end)] == [m.span() for m in _PLAIN_END.finditer(text, start, end)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["not", "no", "will", "planned", "next", "week", "call", "phone", "the", "talks", "-", ",",
                                 "'", "_", "yesterday", "both", "hold", "не", "nicht", "pas", "prévu", "después", "1"]), max_size=30))
def test_cues_searched_after_a_space_answer_as_the_cue_patterns(words: list[str]) -> None:
    window = " ".join(words) + " " + "".join(words)
    for lang in ("de", "en", "es", "fr", "ru"):
        triggers = events.compiled(lang)
        for cue, spaced in triggers.spaced.items():
            assert (spaced.search(" " + window) is not None) == (triggers.fast[cue].search(window) is not None), (lang, cue)


def test_title_and_trigger_lookup_ignores_starts_outside_the_range() -> None:
    text = "The Foreign Minister met the President. Talks followed."
    starts = word_starts(text, tokenize(text))
    pattern = events.compiled("en").pattern
    inside = [s for s in starts if 4 <= s < 38]
    assert [m.span() for m in pattern.find(text, starts, 4, 38)] == [m.span() for m in pattern.find(text, inside, 4, 38)]
