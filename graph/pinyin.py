"""Hanyu Pinyin -> Cyrillic (Palladius system), for matching Chinese names across Latin and Russian texts.

``palladius("Wang") == "ван"``, ``palladius("Wentao") == "вэньтао"``, ``palladius("Lindqvist") is None``.
Only syllable structure is used (no tone marks), so a Latin word that is not pinyin gives ``None``.
"""

from __future__ import annotations

from functools import cache, lru_cache

__all__ = ["palladius", "syllables"]

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц",
    "s": "с",
}  # fmt: skip
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ue": "юэ", "v": "юй", "ve": "юэ",
}  # fmt: skip
# syllables without an initial, and spellings that differ from initial + final
_WHOLE = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь", "eng": "эн",
    "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь",
    "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь",
    "wang": "ван", "weng": "вэн", "zi": "цзы", "ci": "цы", "si": "сы", "hui": "хуэй", "kui": "куй",
    "ju": "цзюй", "qu": "цюй", "xu": "сюй", "jue": "цзюэ", "que": "цюэ", "xue": "сюэ", "juan": "цзюань",
    "quan": "цюань", "xuan": "сюань", "jun": "цзюнь", "qun": "цюнь", "xun": "сюнь", "xi": "си",
}  # fmt: skip
# initials that take only the "i"/"ü" finals, and those that never do
_PALATAL = {"j", "q", "x"}
_NO_I = {"g", "k", "h", "f"}


@cache
def syllables() -> dict[str, str]:
    """Every pinyin syllable (lower case, no tones) with its Palladius spelling."""
    table = dict(_WHOLE)
    for ini, cyr in _INITIALS.items():
        for fin, fcyr in _FINALS.items():
            palatal_final = fin.startswith(("i", "v", "ue"))
            if ini in _PALATAL and not palatal_final:
                continue
            if ini in _NO_I and fin.startswith(("i", "v")):
                continue
            syllable = ini + fin
            if ini in {"zh", "ch", "sh", "r"} and fin == "i":
                table.setdefault(syllable, cyr + "и")
                continue
            table.setdefault(syllable, cyr + fcyr)
    return table


@lru_cache(maxsize=16384)
def palladius(word: str) -> str | None:
    """The Palladius spelling of a pinyin word ("Jinping" -> "цзиньпин"), or None if it is not pinyin.

    The segmentation with the fewest syllables wins (so "Xian" is one syllable, "Xi'an" two).
    """
    text = word.lower().replace("ü", "v")
    table = syllables()
    best: list[list[str] | None] = [None] * (len(text) + 1)
    best[0] = []
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 6), end):
            prefix = best[start]
            piece = text[start:end]
            if prefix is None or piece not in table:
                continue
            if best[end] is None or len(prefix) + 1 < len(best[end]):  # type: ignore[arg-type]
                best[end] = prefix + [piece]
    parts = best[len(text)]
    if not parts or len(parts) > 3:
        return None
    return "".join(table[p] for p in parts)
