"""The trigger and title lexicons are matched through ``roles.Dispatch``: each alternative is tried only at word
starts whose first letters it can begin with. An alternative opening with an optional group or a lookbehind has
literal starts too ("(?:City )?Councillor", "(?<=to )receive"); such alternatives must match where the plain
regular expression does, and not fall back to being tried at every position of every sentence."""

import re

from graph.extract.roles import Dispatch, word_starts
from graph.extract.text import tokenize


def _found(dispatch: Dispatch, text: str) -> list[str]:
    starts = word_starts(text, tokenize(text))
    return [m.group() for m in dispatch.find(text, starts, 0, len(text))]


def test_an_optional_opening_group_gives_literal_starts() -> None:
    dispatch = Dispatch([("councillor", r"(?:City |Town )?Council+or")])
    assert dispatch.wild is None
    assert _found(dispatch, "She met City Councillor Priya Nair and a councillor from Ballarat.") == [
        "City Councillor", "councillor"]


def test_a_leading_lookbehind_still_reads_the_text_before() -> None:
    dispatch = Dispatch([("receive", r"(?<=to )receive")])
    assert dispatch.wild is None
    assert _found(dispatch, "He will travel to receive the award; they receive guests.") == ["receive"]


def test_nested_optional_groups_and_the_same_matches_as_the_plain_expression() -> None:
    alternative = r"(?:(?:special|annual) )?sessions? of the (?:[\w-]+ ){0,3}council"
    dispatch = Dispatch([("session", alternative)])
    assert dispatch.wild is None
    text = "The annual session of the Security Council met after sessions of the council in May."
    plain = [m.group() for m in re.finditer(rf"(?<!\w){alternative}(?!\w)", text, re.IGNORECASE)]
    assert _found(dispatch, text) == plain == ["annual session of the Security Council", "sessions of the council"]


def test_an_alternative_with_no_literal_start_is_still_found() -> None:
    dispatch = Dispatch([("pair", r"\w+-\w+ leaders' retreat")])
    assert dispatch.wild is not None
    assert _found(dispatch, "The Australia-Fiji leaders' retreat ended.") == ["Australia-Fiji leaders' retreat"]
