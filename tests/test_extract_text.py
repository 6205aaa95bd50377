"""Sentences and tokens with offsets into the article text."""

from __future__ import annotations

from graph.extract.text import sentences, tokenize


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_sentences_keep_abbreviations_initials_and_day_ordinals() -> None:
    text = "Am 27. Februar traf Antony J. Blinken Mr. Lula in den U.S. Botschaft. Danach reiste er ab.\nNeue Zeile"
    assert split(text) == [
        "Am 27. Februar traf Antony J. Blinken Mr. Lula in den U.S. Botschaft.",
        "Danach reiste er ab.",
        "Neue Zeile",
    ]


def test_sentence_spans_are_offsets_into_the_text() -> None:
    text = "  В Кремле состоялась встреча.  В.Путин: Уважаемый господин Министр! Спасибо. "
    for span in sentences(text):
        assert text[span.start : span.end].strip() == text[span.start : span.end]
    assert split(text)[1] == "В.Путин: Уважаемый господин Министр!"


def test_a_quote_after_a_colon_starts_a_sentence() -> None:
    assert split("He said: “This evening the ambassador was summoned.”") == [
        "He said:",
        "“This evening the ambassador was summoned.”",
    ]


def test_tokens_with_offsets_hyphens_and_elisions() -> None:
    text = "l’Afrique du Nord, US-Außenminister Joseph R. Biden, Jr. said."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "l’", "Afrique", "du", "Nord", ",", "US-Außenminister", "Joseph", "R.", "Biden", ",", "Jr.", "said", ".",
    ]  # fmt: skip
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_sentences_are_ordered_disjoint_and_inside_any_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet="ab Ab.!?\n«»“”:-0123 ", max_size=200))
    def check(text: str) -> None:
        spans = sentences(text)
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end].strip() == text[span.start : span.end]

    check()


def test_a_day_in_brackets_does_not_end_the_sentence() -> None:
    from graph.extract.text import sentences

    text = "Die Ministerin führt am Montag (12.03.) Gespräche mit ihrem Amtskollegen. Danach reist sie weiter."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Die Ministerin führt am Montag (12.03.) Gespräche mit ihrem Amtskollegen.",
        "Danach reist sie weiter.",
    ]
