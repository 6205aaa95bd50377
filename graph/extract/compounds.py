"""The first state of a French compound adjective: "la commission kirghizo-omanaise", "le différend ivoiro-burkinabè".

French joins two states' adjectives by cutting the first one to its stem and adding "o-" ("kirghiz" + "o-",
"ivoir(ien)" + "o-", "maroc(ain)" + "o-"). The country lexicon lists only a few such prefixes ("franco-",
"russo-"); this module reads any other one whose stem is the stem of exactly one state's adjective or name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from graph.extract import lexicon
from graph.model import Span

__all__ = ["compound_prefixes"]

#: A lower-case stem and "o-" right before another lower-case word ("kirghizo-omanaise").
_COMPOUND = re.compile(r"(?<!\w)([^\W\d_]{3,})o-(?=[^\W\d_]{3,})")
#: The endings a French adjective drops before "o-" ("ivoirien" -> "ivoir", "marocain" -> "maroc").
_ENDINGS = ("ienne", "ien", "aine", "ain", "aise", "ais", "oise", "ois", "e")


def _plain(word: str) -> str:
    """A word lower-cased and without accents ("ouzbéko" and "ouzbek" compare equal)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _stems() -> dict[str, str]:
    """French stems -> the one state whose adjective or name they begin ("kirghiz" -> KG); shared stems dropped."""
    found: dict[str, set[str]] = {}
    for code, entry in lexicon.load("countries").get("countries", {}).items():
        forms = entry.get("forms", {}).get("fr", {})
        for word in [*forms.get("adjective", []), *forms.get("name", [])]:
            if " " in word or "-" in word:
                continue
            plain = _plain(word)
            stems = {plain} | {plain[: -len(end)] for end in _ENDINGS if plain.endswith(end)}
            if plain.endswith("ain"):
                stems.add(plain[:-3] + "an")  # "américain" -> "américano-"
            for stem in stems:
                if len(stem) >= 3:
                    found.setdefault(stem, set()).add(code)
    return {stem: codes.pop() for stem, codes in found.items() if len(codes) == 1}


def compound_prefixes(text: str, lang: str, taken: list[Span], states: set[int]) -> list[tuple[Span, str]]:
    """The ``(span, code)`` of the first parts of French compound adjectives not already found (``taken``),
    each right before another state's word (``states``: where the country words found start) or such a part
    ("kirghizo-ouzbéko-tadjik"); "indo-pacifique" names no two states."""
    if lang != "fr" or "o-" not in text:
        return []
    stems = _stems()
    found = []
    for match in _COMPOUND.finditer(text):
        code = stems.get(_plain(match.group(1))) if match.group(1).islower() else None
        if code is not None and not any(s.start <= match.start() < s.end for s in taken):
            found.append((Span(match.start(), match.end() - 1), code, match.end()))
    starts = states | {span.start for span, _, _ in found}
    return [(span, code) for span, code, after in found if after in starts]
