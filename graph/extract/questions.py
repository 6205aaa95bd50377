"""A yes/no question is no report: "Is the government considering expelling the ambassador?", "Does this affect the
Prime Minister's plans to travel to Jakarta?", "¿Viajará la canciller a Santiago?" asked at a briefing or in a
headline tells of no act held or planned.

General cause handled: briefing transcripts, interviews and live blogs quote journalists' questions that name acts
(a visit, an expulsion, a meeting); the triggers in them made events. A sentence that ends with a question mark
(closing quote marks and brackets aside) gives no event mention unless an interrogative word ("how", "wie",
"comment", "cómo", "как", the cue ``interrogative`` of ``lexicons/<lang>/events.json``) opens it, after a
speaker's label or an address: "Frau Ministerin, wie ist das Gespräch verlaufen?" takes the talk as held.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.model import Span

__all__ = ["asks"]

_CLOSERS = " \t\n\"'”“»«’)]"
_MARKS = ("?", "？")
_LABEL = re.compile(r"[^:\n]{0,40}:\s")  # "Question (Lusa): ", "STANDARD: "
_OPENING_WORDS = 6  # how far into the question its interrogative word is looked for
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _interrogative(lang: str) -> re.Pattern[str] | None:
    return lexicon.whole_words(lexicon.load("events", lang).get("cues", {}).get("interrogative"))


def asks(text: str, span: Span, lang: str) -> bool:
    """Whether the sentence ``span`` of ``text`` is a yes/no question (no interrogative word opening it)."""
    sentence = text[span.start : span.end].rstrip(_CLOSERS)
    if not sentence.endswith(_MARKS):
        return False
    label = _LABEL.match(sentence)
    opening = " ".join(_WORD.findall(sentence[label.end() if label else 0 :])[:_OPENING_WORDS])
    pattern = _interrogative(lang)
    return pattern is None or pattern.search(opening) is None
