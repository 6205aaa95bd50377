"""Name normalisation: keys that survive transliteration, diacritics and spelling conventions.

``name_key("Wolodymyr Selenskyj") == name_key("Volodymyr Zelensky") == name_key("Володимир Зеленський")``.
A key is for matching and IRIs only; it is never shown as a name.

One spelling can be read several ways: German "ch" is Russian "х" ("Michail", "Sacharowa"), French "ch" is "ш"
("Michoustine"), Spanish "j" is "х" ("Mijaíl", "Zajárova"), Ukrainian "г" is "h" ("Сибіга" / "Sybiha") and a
Chinese name in Russian follows the Palladius system ("Ван И" / "Wang Yi"). :func:`readings` returns every
plausible reading of a name as :class:`NameParts` (the plain key first); two names match when any readings
match (:func:`readings_compatible`), while the plain key alone names the IRI.

The words a key leaves out (particles, honorifics) come from ``lexicons/names.json`` and the spelling rules of
each language from ``lexicons/<lang>/names.json`` (``spelling_rules``): a language is added with a file.
The letter tables of the Cyrillic script and the folding rules of the plain key stay here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .extract import lexicon
from .pinyin import palladius

__all__ = [
    "name_key",
    "parse_name",
    "readings",
    "NameParts",
    "names_compatible",
    "readings_compatible",
    "tokens_compatible",
    "loose",
    "latin",
    "strip_diacritics",
    "slug",
    "CYRILLIC",
]

#: Cyrillic to Latin, close to BGN/PCGN (Russian, Ukrainian, Belarusian letters).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _KeyWords:
    """The words that matching keys leave out or treat apart, from ``lexicons/names.json`` (see its ``_doc``)."""

    particles: frozenset[str]  # "bin"/"ben"/"ibn", "al"/"el": transliterations add, drop or respell them
    ignored: frozenset[str]  # honorifics and suffixes ("dr", "jr")
    lineage: frozenset[str]  # "bin": a name with one may leave out its family name...
    family: frozenset[str]  # ... written after an article ("Al Saud")


@cache
def _key_words() -> _KeyWords:
    """The key words of ``lexicons/names.json``, read once."""
    data = lexicon.load("names")
    return _KeyWords(*(frozenset(data.get(k, [])) for k in
                       ("key_particles", "key_ignored_words", "lineage_particles", "family_articles")))


@cache
def _spelling_rules(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """How ``lang`` spells foreign names, rewritten to the English (BGN) convention (``<lang>/names.json``)."""
    rules = lexicon.load("names", lang).get("spelling_rules", [])
    return tuple((re.compile(pattern), repl) for pattern, repl in rules)


# The plain key: spelling conventions of all transliterations folded onto one coarse phonetic spelling,
# applied in order to one lower-case ASCII word.
_RULES = [
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"dsch|dzh|dsh|dj"), "j"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"^wh"), "w"),  # Whitfield / Уитфилд
    (re.compile(r"gu(?=[eiy])"), "g"),
    (re.compile(r"eu"), "oi"),  # Neubauer / Нойбауэр
    (re.compile(r"(?<=\w)([aou])e"), r"\1"),  # German umlauts written out: Moeller/Möller, Juergen/Jürgen
    (re.compile(r"kh"), "h"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[wv]"), "v"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"^i(?=[aeou])"), ""),  # Yevgeny/Jewgeni/Evgueni, Yelena/Jelena/Elena
    (re.compile(r"ts|tz|z"), "s"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c(?!h)|q"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"ie"), "i"),  # Dmitriev / Dmitrijew / Дмитриев, Whitfield / Уитфилд
    (re.compile(r"(?<=\w)h$"), ""),
    (re.compile(r"(?<=\w\w)e(?=r$)"), ""),  # Alexander/Aleksandr
    (re.compile(r"(?<=\w\w\w)e$"), ""),  # Alexandre, Farhane, Michoustine
]
_VOWELS = frozenset("aeiou")
_UKRAINIAN = re.compile(r"[іїєґ]|ськ|цьк")
_INITIAL_W = re.compile(r"(?<![\u0400-\u04ff])у(?=[аеиоэ])")


def strip_diacritics(text: str) -> str:
    """Remove combining marks: "Çavuşoğlu" -> "Cavusoglu", "Sergueï" -> "Serguei"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("đ", "d")


def _translit(text: str, table: dict[str, str] = CYRILLIC) -> str:
    return "".join(table.get(ch, ch) for ch in text)


_UKRAINIAN_TABLE = {**CYRILLIC, "г": "h", "и": "y"}


def _words(text: str) -> list[str]:
    text = strip_diacritics(text).replace("'", "").replace("\u2019", "")
    return [w for w in re.split(r"[^a-z]+", text) if w]


@lru_cache(maxsize=65536)
def _key_word(word: str) -> str:
    # the rules feed each other ("tsch" -> "ch" -> "c" ...): apply them until the word no longer changes,
    # so that a key is its own key
    for _ in range(8):
        before = word
        for pattern, repl in _RULES:
            word = pattern.sub(repl, word)
        if word == before:
            break
    return word or "x"


def _skeleton(word: str) -> str:
    """Consonant skeleton of a plain ASCII word, for loose given-name variants ("Vladimir"/"Volodymyr")."""
    word = re.sub(r"kh|gh|zh|sh|ch|ph|th", lambda m: m.group()[0], word)
    word = re.sub(r"[ckqsxz]", "k", word).replace("w", "v")  # Faisal/Fayçal, Katrin/Catherine
    word = re.sub(r"[aeiouyhj]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def loose(token: str) -> str:
    """A looser form of a keyed surname, for variants such as Ukrainian "h" / Russian "g" ("Sybiha"/"Sybiga")."""
    return token.replace("g", "h")


@dataclass(frozen=True, slots=True)
class NameParts:
    """One reading of a name as keyed tokens, in the order written; particles and honorifics removed.

    ``initials[i]`` is True when token ``i`` was written as one letter ("S." in "S. Jaishankar").
    """

    tokens: tuple[str, ...]
    initials: tuple[bool, ...]
    skeletons: tuple[str, ...]
    #: the tokens that are not initials (derived)
    words: tuple[str, ...] = field(init=False, compare=False, repr=False)
    #: "full" (two or more written-out words), "initialed" ("S. Jaishankar") or "single" ("Selenskyj") (derived)
    kind: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        words = tuple(t for t, i in zip(self.tokens, self.initials) if not i)
        kind = "full" if len(words) >= 2 else "initialed" if words and len(self.tokens) > 1 else "single"
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "kind", kind)

    @property
    def key(self) -> str:
        return " ".join(self.tokens)

    @property
    def surname(self) -> str:
        """The last written-out word (the anchor of matching); "" for an empty name."""
        return self.words[-1] if self.words else ""

    def word_keys(self) -> list[str]:
        """Index keys of the written-out words: the loose key and, for words of four letters or more, the
        first letter with the consonant skeleton ("~h:kld" for Khalid and Khaled), see :func:`_same_word`."""
        out = []
        for tok, skel, initial in zip(self.tokens, self.skeletons, self.initials):
            if initial:
                continue
            out.append(loose(tok))
            if len(tok) >= 4:
                out.append(f"~{tok[0]}:{skel}")
        return out


def _parts(words: list[str]) -> NameParts:
    lexicon_words = _key_words()
    words = [w for w in words if w not in lexicon_words.ignored]
    kept = [w for w in words if w not in lexicon_words.particles] or words
    tokens = tuple(w if len(w) == 1 else _key_word(w) for w in kept)
    initials = tuple(len(w) == 1 for w in kept)
    return NameParts(tokens, initials, tuple(_skeleton(w) for w in kept))


@lru_cache(maxsize=65536)
def parse_name(name: str) -> NameParts:
    """The plain reading of ``name``.

    >>> parse_name("S. Jaishankar").kind, parse_name("Faisal bin Farhan").tokens
    ('initialed', ('faisal', 'farhan'))
    """
    return _parts(_words(_translit(name.lower())))


def _language_reading(lower: str, lang: str) -> list[str]:
    words = _words(lower)
    rules = _spelling_rules(lang)
    out = []
    for word in words:
        for pattern, repl in rules:
            word = pattern.sub(repl, word)
        out.append(word)
    return out


def _without_family_name(words: list[str]) -> list[str] | None:
    """"Faisal bin Farhan Al Saud" -> "Faisal bin Farhan": the family name after a patronymic is often left out."""
    known = _key_words()
    if len(words) >= 5 and words[-2] in known.family and any(w in known.lineage for w in words):
        return words[:-2]
    return None


@lru_cache(maxsize=65536)
def readings(name: str, lang: str | None = None) -> tuple[NameParts, ...]:
    """Every plausible reading of ``name`` written in a text of language ``lang``; the plain one first."""
    lower = name.lower()
    found = [parse_name(name)]
    if re.search(r"[\u0400-\u04ff]", lower):
        if _UKRAINIAN.search(lower) or "г" in lower:
            found.append(_parts(_words(_translit(lower, _UKRAINIAN_TABLE))))
        if _INITIAL_W.search(lower):  # "Уитфилд" for Whitfield, "Уильям" for William
            found.append(_parts(_words(_translit(_INITIAL_W.sub("w", lower)))))
    else:
        if lang and _spelling_rules(lang):
            found.append(_parts(_language_reading(lower, lang)))
        family = _without_family_name(_words(lower))
        if family:
            found.append(_parts(family))
        chinese = [palladius(w) for w in _words(lower)]
        if chinese and all(chinese):
            found.append(_parts(_words(_translit(" ".join(chinese)))))  # type: ignore[arg-type]
    unique: list[NameParts] = []
    for parts in found:
        if parts.tokens and parts not in unique:
            unique.append(parts)
    return tuple(unique) or (found[0],)


def name_key(name: str) -> str:
    """A matching key for a person's name, insensitive to script, diacritics and transliteration style.

    >>> name_key("Wolodymyr Selenskyj") == name_key("Volodymyr Zelensky") == name_key("Володимир Зеленський")
    True
    >>> name_key("S. Jaishankar")
    's aishankar'
    """
    key = parse_name(name).key
    for _ in range(4):  # keying can turn a word into a particle ("Dou" -> "du"): settle on a fixed point
        again = parse_name(key).key
        if again == key:
            break
        key = again
    return key


def _initial_matches(initial: str, token: str) -> bool:
    if token.startswith(initial):
        return True
    # keyed tokens lose a leading i/y/j before a vowel ("Yevgeny" -> "evgeni"): "Y." and "J." still match
    return initial == "i" and token[:1] in _VOWELS


def tokens_compatible(a: str, b: str, skel_a: str = "", skel_b: str = "") -> bool:
    """Whether two keyed given-name tokens can be spellings of one name.

    Equal keys, an initial and a word it starts, a prefix of at least three letters ("Abd"/"Abdel"), or
    the same consonant skeleton with the same first sound ("Vladimir"/"Volodymyr", "Faisal"/"Fayçal").
    """
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return _initial_matches(a, b) if len(a) == 1 else _initial_matches(b, a)
    if min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    same_start = a[0] == b[0] or (a[0] in _VOWELS and b[0] in _VOWELS)
    return bool(skel_a) and skel_a == skel_b and same_start


def _same_word(a: str, skel_a: str, b: str, skel_b: str) -> bool:
    """One written-out word in two spellings: equal loose keys, or (four letters or more) the same first
    letter and consonant skeleton ("Khaled"/"Khalid"), but not a masculine/feminine pair ("Ivanov"/"Ivanova")."""
    if loose(a) == loose(b):
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0] or skel_a != skel_b:
        return False
    return a.rstrip("a") != b.rstrip("a")


def _subsequence(short: NameParts, long: NameParts) -> bool:
    """Each token of ``short`` matches a token of ``long``, in order, the surnames with each other."""
    j = 0
    last = len(short.tokens) - 1
    for i, (tok, skel) in enumerate(zip(short.tokens, short.skeletons)):
        if i == last and not short.initials[i]:
            return loose(tok) == loose(long.surname)
        while j < len(long.tokens) and not tokens_compatible(tok, long.tokens[j], skel, long.skeletons[j]):
            j += 1
        if j == len(long.tokens):
            return False
        j += 1
    return True


def names_compatible(a: NameParts, b: NameParts) -> bool:
    """Whether two readings can belong to one person (context such as country is checked elsewhere).

    Written-out names must share their last word (the surname key) and their other tokens must match in
    order (variants, initials, omitted middle names). A single word matches any name that contains it
    ("Selenskyj" ~ "Wolodymyr Selenskyj", "Wang" ~ "Wang Yi"); an initialed name needs the same surname.
    """
    if not a.tokens or not b.tokens:
        return False
    if a.kind == "single" or b.kind == "single":
        single, other = (a, b) if a.kind == "single" else (b, a)
        word, skel = single.tokens[0], single.skeletons[0]
        return any(_same_word(word, skel, tok, sk) for tok, sk, ini in
                   zip(other.tokens, other.skeletons, other.initials) if not ini)
    if loose(a.surname) != loose(b.surname):
        return False
    if len(a.tokens) == len(b.tokens):
        return _subsequence(a, b) or _subsequence(b, a)
    short, long = (a, b) if len(a.tokens) < len(b.tokens) else (b, a)
    return _subsequence(short, long)


def readings_compatible(a: Sequence[NameParts], b: Sequence[NameParts]) -> bool:
    """Whether any reading of one name is compatible with any reading of the other."""
    return any(names_compatible(x, y) for x in a for y in b)


def latin(name: str) -> str:
    """A Latin spelling of a name written in Cyrillic ("Мария Захарова" -> "Mariya Zakharova"); others unchanged."""
    if not re.search(r"[\u0400-\u04ff]", name):
        return name
    return " ".join(w[:1].upper() + w[1:] for w in _translit(name.lower()).split())


def slug(text: str, max_len: int = 60) -> str:
    """An IRI-safe lower-case ASCII slug: "Maria Zakharova" -> "maria-zakharova"."""
    ascii_text = strip_diacritics(_translit(text.lower()))
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return out[:max_len].strip("-") or "x"
