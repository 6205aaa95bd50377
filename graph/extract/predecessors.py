"""The predecessor an appointment names: "juró como ministro de Relaciones Exteriores ..., en reemplazo de Rosa
Elvira Quispe", "est nommée ambassadrice de la République française ..., en remplacement de M. X", "replacing
X". The predecessor held the office of the one appointed in the sentence, so serves the same state.

The cue words are lexicon data (``replacing`` of ``<lang>/roles.json``). Runs at the end of
:func:`graph.extract.home.assign_home`, once the successor's state is known (it may come from the dateline), and
only fills states still unknown.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.extract import lexicon, roles

__all__ = ["predecessor_states"]

@cache
def _cue(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("roles", lang) or {}).get("replacing")
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:[^\W\d_]{{1,3}}\s+)?(?:([^\W\d_]+\.?)\s+)?$", re.IGNORECASE) if words else None


def predecessor_states(lang: str, text: str, people: Any) -> None:
    """Give a person named right after a ``replacing`` cue, without a state, the state of the official named
    with a title before the cue in the same sentence (the successor); ``people``: the article's
    :class:`~graph.extract.people.People`."""
    mentions = people.mentions
    cue = _cue(lang)
    if cue is None:
        return
    honorifics = roles.compiled(lang).honorifics
    by_sentence: dict[int, list[Any]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in mentions:
        person = mention.person
        if person is None or person.country is not None or person.organization is not None:
            continue
        start = mention.title.phrase_start if mention.title is not None and mention.title.phrase_start < mention.start else mention.start
        match = cue.search(text, max(0, start - 40), start)  # "en sustitución de la Embajadora X": before her title
        if match is None or match.group(1) and not honorifics.fullmatch(match.group(1)):
            continue  # "en remplacement de Monsieur X": an honorific may stand between the cue and the name
        before = [m for m in by_sentence[mention.sentence] if m.end <= match.start() and m.person is not None
                  and m.person is not person and m.title is not None and m.person.country is not None]
        if before:
            person.country = before[-1].person.country
