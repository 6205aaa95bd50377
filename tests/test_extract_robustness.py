"""Extractor robustness: odd sizes and shapes of input give bounded work and still the obvious events."""

from __future__ import annotations

import time
from datetime import date

from graph.extract.text import MAX_SENTENCE, sentences
from graph.model import City

from extracted import events_of


PUBLISHED = date(2025, 3, 5)  # a Wednesday


def test_an_overlong_sentence_is_cut_at_semicolons_commas_or_spaces() -> None:
    text = "; ".join(f"Punkt {n}, mit Handel, Energie und Verkehr" for n in range(400))
    spans = sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert all(text[s.end - 1] in ";," or s.end == len(text) for s in spans)
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


def test_a_word_longer_than_a_sentence_is_hard_wrapped() -> None:
    text = "x" * (3 * MAX_SENTENCE)
    assert [s.end - s.start for s in sentences(text)] == [MAX_SENTENCE] * 3


def test_one_long_line_extracts_in_linear_time() -> None:
    """A 300 KB article without a line break or a full stop (it took minutes when work grew with the square)."""
    sentence = ("der deutsche Außenminister traf am Montag in Wien seinen ungarischen Amtskollegen, "
                "und sie sprachen über Energie, Handel und Migration, ")  # fmt: skip
    text = sentence * (300_000 // len(sentence))
    start = time.process_time()
    found = events_of(text, "de", PUBLISHED)
    assert time.process_time() - start < 20
    assert found and found[0].type == "Meeting"


def test_an_impossible_date_leaves_the_meeting_undated() -> None:
    found = events_of("Die deutsche Außenministerin hat am 31. Februar 2025 in Paris ihren französischen "
                      "Amtskollegen getroffen.", "de", PUBLISHED)  # fmt: skip
    assert [(e.type, e.date, e.countries) for e in found] == [("Meeting", None, {"DE", "FR"})]


def test_a_meeting_of_unnamed_officials_has_their_countries() -> None:
    found = events_of("The foreign minister of Austria met his Hungarian counterpart in Vienna on Monday.", "en", PUBLISHED)
    assert len(found) == 1
    meeting = found[0]
    assert (meeting.type, meeting.attendees, meeting.countries) == ("Meeting", [], {"AT", "HU"})
    assert isinstance(meeting.location, City) and meeting.location.name == "Vienna"
    assert meeting.date is not None and meeting.date.value == "2025-03-03"


def test_a_sentence_repeated_a_hundred_times_is_one_event_with_all_its_evidence() -> None:
    sentence = "The foreign minister of Austria met his Hungarian counterpart in Vienna on Monday. "
    found = events_of(sentence * 100, "en", PUBLISHED)
    assert len(found) == 1
    assert len(found[0].evidence) == 100
    named = "Polish Foreign Minister Adam Nowak met Czech Foreign Minister Jan Dvořák in Prague on Monday.\n"
    found = events_of(named * 100, "en", PUBLISHED)
    assert len(found) == 1
    assert {p.name for p in found[0].attendees} == {"Adam Nowak", "Jan Dvořák"}
    assert len(found[0].evidence) == 100
