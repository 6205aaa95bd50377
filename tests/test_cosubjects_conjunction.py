"""The conjunction joining a title-only subject to a named one is the events lexicon's "conjunction" cue of the
article's language: a new language adds it with its files, no code."""

from graph.extract.cosubjects import _joined_by


def test_conjunction_read_from_lexicon() -> None:
    assert _joined_by("de").match(" und Präsident", 0)
    assert _joined_by("en").match(" and President", 0)
    assert _joined_by("ru").match(" и Президент", 0)
    assert _joined_by("xx") is None
