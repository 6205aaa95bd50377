"""Capitalised common nouns read as a name: German capitalises every noun, so "die beiden Minister
unterzeichnen eine Absichtserklärung" can link the title "Minister" to the noun after it.

A single-word German "name" is dropped when an article stands right before it ("eine Absichtserklärung")
or when it ends in a suffix that forms abstract nouns and never a surname ("-erklärung", "-abkommen").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention

__all__ = ["drop_common_nouns"]

_ARTICLE = {
    "de": re.compile(r"(?:^|\s)(?:ein|eine|einen|einem|einer|eines|die|der|das|den|dem|des|kein|keine)\s+$", re.I),
}
_SUFFIX = {
    "de": re.compile(
        r"(?:ung|heit|keit|schaft|tion|tät|nis|abkommen|vertrag|gespräch|treffen|besuch|papier|protokoll)$"
    ),
}
_MIN_SUFFIXED = 9  # "Jung", "Hung": short words ending so are names


def _common(lang: str, text: str, mention: PersonMention) -> bool:
    if len(mention.tokens) != 1:
        return False
    word = mention.tokens[0]
    suffix = _SUFFIX.get(lang)
    if suffix is not None and len(word) >= _MIN_SUFFIXED and suffix.search(word):
        return True
    article = _ARTICLE.get(lang)
    return article is not None and article.search(text[max(0, mention.start - 12) : mention.start]) is not None


def drop_common_nouns(lang: str, text: str, mentions: list[PersonMention]) -> list[PersonMention]:
    """The mentions of a sentence without the common nouns read as a single-word name."""
    if lang not in _SUFFIX:
        return mentions
    return [m for m in mentions if not _common(lang, text, m)]
