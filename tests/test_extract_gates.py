"""Gated patterns (graph.extract.lexicon.gate): the same matches as the pattern, found without running it where a
text lacks every literal piece its matches contain."""

from __future__ import annotations

import re

from graph.extract import lexicon, roles, windows
from graph.extract.text import lower, plain_case

_FILLER = "Die Ministerin sprach am Montag in Berlin mit Journalisten über die Lage. " * 8  # > the gate's minimum


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_gate_finds_the_pieces_of_every_alternative():
    gated = lexicon.gate(re.compile(r"(?<!\w)(?:begleitet|accompanied by|acompañad[oa]s?)(?!\w)", re.IGNORECASE))
    assert isinstance(gated, lexicon.Gated)
    assert gated.needs == frozenset({"begleitet", "accompanied by", "acompañad"})


def test_gate_answers_as_the_pattern_does():
    pattern = re.compile(r"(?<!\w)(?:in Begleitung|accompanied by)(?!\w)", re.IGNORECASE)
    gated = lexicon.gate(pattern)
    for text in (_FILLER, _FILLER + "Sie war IN BEGLEITUNG von X.", "kurz: in Begleitung", _FILLER + "ſ in begleitung"):
        assert _spans(gated.finditer(text)) == _spans(pattern.finditer(text))
        assert (gated.search(text, 10) is None) == (pattern.search(text, 10) is None)
    assert gated.search(_FILLER) is None


def test_gate_leaves_patterns_without_pieces():
    pattern = re.compile(r"\w+-\w+ talks", re.IGNORECASE)
    assert lexicon.gate(pattern) is not pattern  # " talks" is a piece
    bare = re.compile(r"\w+-\w+", re.IGNORECASE)
    assert lexicon.gate(bare) is bare
    assert lexicon.pieces(bare) is None


def test_pieces_of_a_dispatch_without_prefix():
    found = lexicon.pieces(re.compile(r"(?<!\w)(?:\w+-\w+ (?:foreign|finance) ministers?)(?!\w)", re.IGNORECASE))
    assert found is not None and found.search("the g7 finance ministers' meeting") and not found.search("a meeting")


def test_plain_case():
    assert plain_case("Plain ASCII text")
    assert plain_case("Außenministerin trifft Amtskollegen in Moskau, Москва")
    assert not plain_case("Kılıçdaroğlu")
    assert not plain_case("İstanbul")
    assert len(lower("İstanbul")) == len("İstanbul")


def test_dispatch_keys_are_shared_per_sentence():
    text = "Der Außenminister traf den Botschafter."
    starts = [0, 4, 18, 23, 27]
    low = lower(text)
    assert roles._keys(low, starts) is roles._keys(low, starts)
    assert roles._keys(low, starts) == ["der", "auß", "tra", "den", "bot"]


def test_clause_ends_not_at_numbers():
    assert windows.CLAUSE.split("um 11.30 Uhr. Dann den 28. Januar; sonst") == ["um 11.30 Uhr", " Dann den 28. Januar", " sonst"]

