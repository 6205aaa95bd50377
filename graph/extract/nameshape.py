"""The shape of a person's name inside one sentence: which units may form a name, and where a name ends.

:class:`SentenceNames` reads the units of a sentence (words, titles, countries) and answers "can this word be
part of a name", "is it a given name", "which units make the name starting here". The words that may sit
inside a name (particles such as "von der", "al-", "El"; suffixes such as "Jr.") come from the lexicons:
``names.json`` for what every language shares, ``<lang>/names.json`` for one language. Russian names are
also brought to the nominative (:mod:`graph.extract.russiannames`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, translit
from graph.extract.namewords import foreign_words, region_nouns, title_surnames
from graph.extract.roles import Titles
from graph.extract.russiannames import case_hint, nominative
from graph.extract.units import Unit
from graph.model import Person

if TYPE_CHECKING:
    from graph.extract.titles import TitleHit

__all__ = ["NAME_HONORIFICS", "PersonMention", "NameData", "name_data", "SentenceNames"]

#: Letters that make an initial with a period ("J.", "В."): [A-ZÀ-ÞА-ЯЁ].
_INITIAL_LETTERS = frozenset(map(chr, [*range(0x41, 0x5B), *range(0xC0, 0xDF), *range(0x410, 0x430), 0x401]))
_MEMO_SIZE = 1 << 15  # words remembered per language (see Titles.name_words)
_AND_PARTICLES = frozenset({"y", "e", "i"})
#: Particles that are also a preposition with an article ("vom", "zum"): in a name right after a given name only.
_CONTRACTED_PARTICLES = frozenset({"vom", "zum"})
#: Capitalised particles that open a surname after a given name ("Pieter De Smedt", "Jean-Yves Le Drian").
_CAPITAL_PARTICLES = frozenset({"De", "Le", "La", "Van", "Von", "Da", "Di", "Del"})  # "and" inside Spanish, Portuguese, Catalan double surnames
_GLUED = re.compile(r"^((?:[A-ZА-ЯЁ]\.){1,3})([^\W\d_][\w'’-]+)$")  # "В.Путин", "С.Х.Аль-Харти"
_INITIAL = re.compile(r"[A-ZА-ЯЁ]\.")
#: Honorifics kept in a name but left out of its key ("Sheikh", "Sayyid", "Prince"): a name they open goes on
#: over particles as after a given name ("Sheikh Karim bin Zayed Al Falasi").
NAME_HONORIFICS = frozenset(lexicon.load("names").get("translit_key_ignored_words", []))


@dataclass(slots=True)
class PersonMention:
    """One surface mention of a person."""

    start: int
    end: int
    tokens: tuple[str, ...]  # name tokens as written (honorifics removed)
    nominative: tuple[str, ...]  # Russian: nominative forms; else the tokens
    sentence: int
    title: TitleHit | None = None
    country: str | None = None
    verified: bool = True  # False: a lone capitalised word kept only if it names a known person
    person: Person | None = None


@dataclass(frozen=True, slots=True)
class NameData:
    """The name words every language shares (``lexicons/names.json``; see its ``_doc``)."""

    glued: re.Pattern[str]  # "al-Harthy": a lower-case particle glued to a capitalised surname
    inner: frozenset[str]
    leading: frozenset[str]
    title_particles: frozenset[str]
    suffixes: frozenset[str]
    possessive: tuple[str, ...]  # endings: "Smith's"
    marks: frozenset[str]  # tokens: "the President 's residence"

    def unpossessive(self, word: str) -> str:
        """``word`` without a possessive ending ("Smith's" -> "Smith")."""
        if word.endswith(self.possessive):
            ending = next(e for e in self.possessive if word.endswith(e))
            return word[: -len(ending)]
        return word


@cache
def name_data() -> NameData:
    """The shared name words, read once from ``lexicons/names.json``."""
    data = lexicon.load("names")
    glued = "|".join(map(re.escape, [*data.get("glued_particles", []), *data.get("glued_particles_cyrillic", [])]))
    return NameData(
        glued=re.compile(rf"^(?:{glued})-[A-ZÀ-ÞА-ЯЁ]" if glued else "(?!)"),
        inner=frozenset(data.get("inner_particles", [])),
        leading=frozenset(data.get("leading_particles", [])),
        title_particles=frozenset(data.get("title_name_particles", [])),
        suffixes=frozenset(data.get("suffixes", [])),
        possessive=tuple(data.get("possessive_endings", [])),
        marks=frozenset(data.get("possessive_marks", [])),
    )


class SentenceNames:
    """Person-name parsing inside one sentence (units already built)."""

    def __init__(self, lex: Titles, units: list[Unit], index: int, text: str) -> None:
        self.lex, self.units, self.index, self.text = lex, units, index, text
        self.names = name_data()
        self.used: set[int] = set()  # unit indexes already part of a name
        self.looks: list[bool | None] = [None] * len(units)  # name_like() of each unit, whether used or not

    # -- token tests ---------------------------------------------------------------------------------------
    def name_like(self, u: int) -> bool:
        """Whether unit ``u`` can be part of a person's name (capitalised, not a stop word or common noun)."""
        if u in self.used:
            return False
        looks = self.looks[u]
        if looks is None:
            unit = self.units[u]
            looks = self.looks[u] = (unit.kind == "word" and (
                unit.text[:1].isupper() or self.names.glued.match(unit.text) is not None
            ) and self._word_looks(unit.text)) or self._given_country(u) or self.capitalised_surname(u)
        return looks

    def place_head_before(self, u: int) -> bool:
        """Whether a word opening a place's proper name stands before ``u`` ("Hotel Adlon"), maybe with one
        lower-case adjective between ("l'aéroport international Blaise-Diagne"): no person's name follows."""
        units, heads = self.units, self.lex.place_heads
        k = u - 1
        if k > 0 and units[k].kind == "word" and units[k].text.isalpha() and units[k].text.islower() and units[k].lower not in heads:
            k -= 1
        return k >= 0 and units[k].kind == "word" and units[k].lower in heads

    def capitalised_surname(self, u: int) -> bool:
        """A surname in capitals before the given name, after a title or an honorific ("Mr. KAWASE Takumi",
        "Prime Minister ISHIKURA Kenji"): the Japanese and East Asian style of official readouts, no acronym."""
        units = self.units
        unit = units[u]
        if unit.kind != "word" or not (unit.text.isalpha() and unit.text.isupper() and len(unit.text) > 1) or u == 0 \
                or translit.has_cyrillic(unit.text):
            return False  # "представитель МИД Ирина X": an acronym
        nxt = units[u + 1] if u + 1 < len(units) else None
        if nxt is None or nxt.kind != "word" or nxt.start - unit.end != 1 or not nxt.text[:1].isupper() \
                or nxt.text.isupper() or not self._word_looks(nxt.text):
            return False
        prev = units[u - 1]
        if prev.text.isupper() or self.honorific_end(u + 1) > u + 1:
            return False  # "PRESIDENT MEETS Mr. X": a headline in capitals
        return prev.kind == "title" or any(self.honorific_end(j) == u for j in range(max(0, u - 3), u))

    def _given_country(self, u: int) -> bool:
        """A one-word country name or capital that is a given name before a surname ("Mauricio Restrepo":
        "Mauricio" is Spanish for Mauritius; "Sofía Lema": "Sofía" is Bulgaria's capital), not after a place
        preposition ("en Sofía")."""
        unit, nxt = self.units[u], self.units[u + 1] if u + 1 < len(self.units) else None
        if unit.kind != "country" or unit.obj.form not in ("name", "capital") or unit.text not in self.lex.given or nxt is None:
            return False
        if unit.obj.form == "capital" and u > 0 and self.units[u - 1].lower in self.lex.place_prepositions:
            return False
        return nxt.kind == "word" and nxt.text[:1].isupper() and self._word_looks(nxt.text)

    def _word_looks(self, word: str) -> bool:
        memo = self.lex.name_words  # a pure function of the word: remembered across sentences and articles
        looks = memo.get(word)
        if looks is None:
            looks = self._looks_like_name(word)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[word] = looks
        return looks

    def _looks_like_name(self, text: str) -> bool:
        word = self.names.unpossessive(text)
        if word in foreign_words(self.lex.lang) and word in self.lex.given:
            return True  # Finnish "Ville" in English text, though "ville" is a French word
        if (word.isupper() and len(word) > 1 and "-" not in word) or word in self.lex.stop:
            return False
        if word in self.lex.nonnames or word.rstrip(".") in self.lex.nonnames:
            return False
        if self.lex.nonname_endings and word.endswith(self.lex.nonname_endings):
            return False
        if not (self.lex.nonname_stems and word.startswith(self.lex.nonname_stems)):
            return True
        stem = max((s for s in self.lex.nonname_stems if word.startswith(s)), key=len)
        return bool(self.lex.stem_surname and self.lex.stem_surname.search(word[len(stem):]))  # "Север|цев"

    def is_initial(self, u: int) -> bool:
        unit = self.units[u]
        word = unit.text
        return (
            unit.kind == "word" and len(word) == 2 and word[1] == "." and word[0] in _INITIAL_LETTERS
            and u + 1 < len(self.units)
        )  # fmt: skip

    def given(self, u: int) -> bool:
        """Whether unit ``u`` is a known given name (Russian ones in any case)."""
        if not self.name_like(u):
            return False
        word = self.units[u].text
        memo = self.lex.given_words
        found = memo.get(word)
        if found is None:
            if translit.has_cyrillic(word):
                found = translit.ru_given(word) is not None
            else:
                found = word in self.lex.given or word.split("-")[0] in self.lex.given
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[word] = found
        return found

    def honorific_end(self, u: int) -> int:
        """Index after the honorifics starting at unit ``u`` (``u`` itself when there is none); stacked ones
        ("H.E. Mr.", "Son Excellence M.", "Frau Dr.") are all skipped."""
        while u < len(self.units):
            unit = self.units[u]
            if unit.kind != "word" or unit.text[:1].lower() not in self.lex.honorific_initials:
                return u
            match = self.lex.honorifics.match(self.text, unit.start)
            if not match:
                return u
            while u < len(self.units) and self.units[u].start < match.end():
                u += 1
        return u

    def _nationality(self, u: int) -> bool:
        """A country adjective or demonym at ``u`` right before a name."""
        unit = self.units[u]
        return unit.kind == "country" and unit.obj.form in ("adjective", "demonym") and u + 1 < len(self.units) and self.name_like(u + 1)

    # -- names -----------------------------------------------------------------------------------------
    def name_at(self, u: int, *, linked: bool) -> tuple[int, int] | None:
        """``(first, last + 1)`` unit indexes of a name starting at ``u``, or None."""
        units, n, names = self.units, len(self.units), self.names
        k, real = u, 0
        if linked and k + 1 < n and units[k].kind == "word" and units[k].text in names.leading:
            if self._particles_then_name(k + 1) or self.name_like(k + 1):
                k += 1
        elif linked and self._particles_then_name(k) and units[k].text not in _CONTRACTED_PARTICLES:
            k += 1  # "Ratspräsident van Rompuy"; not "empfängt seinen Amtskollegen zum Strategischen Dialog"
        while k < n and k - u < 7:
            unit = units[k]
            if self.is_initial(k) and (self.name_like(k + 1) or self.is_initial(k + 1)):
                k += 1
            elif self._elided(k, real):
                k += 1  # "Kouadio N'Guessan", "Jean d'Almeida": an elided particle glued to the surname
            elif self.name_like(k):
                k, real = k + 1, real + 1
                if unit.text.endswith(names.possessive):
                    break
            elif real and unit.kind == "word" and unit.text in names.inner and k + 1 < n and self.name_like(k + 1):
                k += 1  # "Youssef El Alami"
            elif real and unit.kind == "word" and unit.text in names.leading and unit.text in _CAPITAL_PARTICLES \
                    and self.given(u) and k + 1 < n and self.name_like(k + 1):
                k += 1  # "Pieter De Smedt", "Jean-Yves Le Drian": a capitalised particle after a known given name
            elif unit.kind == "word" and real and (linked or self.given(u) or units[u].lower in NAME_HONORIFICS) and self._particles_then_name(k):
                if unit.text in _CONTRACTED_PARTICLES and real >= 2 and not self.given(k - 1):
                    break  # "Michael Brenner vom Ost-Ausschuss": a full name, then where he works ("Ernst vom Rath")
                if unit.text in _AND_PARTICLES and (not (real >= 2 and self.given(u)) or self._new_person(k + 1)):
                    break  # "Olvera y Kessler", "Laura Vidal y Héctor Paz" are two people; "José Ortega y Gasset" one
                k += 1  # "Ursula von der Leyen"; not in a lone capitalised word ("Neubauer zu Besuch")
            elif real == 1 and unit.kind == "country" and unit.obj.form == "name" and " " not in unit.text and self.given(k - 1):
                k, real = k + 1, real + 1  # "Luís Montenegro": a surname that is also a country
                break
            elif real >= 2 and unit.kind == "country" and unit.obj.form == "capital" and " " not in unit.text \
                    and self.given(u) and k + 1 < n and units[k + 1].text == ",":
                k, real = k + 1, real + 1  # "Mauro Teixeira Lima, Permanent Representative": a surname, no capital
                break
            elif real and unit.kind == "word" and len(unit.text.rstrip(".")) == 1 and unit.text[0].isupper() and translit.has_cyrillic(unit.text):
                k += 1  # "Ван И", also at the end of a sentence ("Ван И.")
                break
            elif real and unit.text == "," and k + 1 < n and units[k + 1].text in names.suffixes:
                k += 2
                break
            elif real and unit.kind == "word" and unit.text in names.suffixes:
                k += 1
                break
            elif real and unit.kind == "word" and unit.text in foreign_words(self.lex.lang) and k + 1 < n and self.name_like(k + 1):
                k += 1  # "U Thant Sin Oo" in English: Spanish "Sin" is a stop word only in Spanish text
            elif real and self._title_surname(u, k):
                k, real = k + 1, real + 1  # "Juan Carlos Rey": a surname that is also a title word
                break
            else:
                break
        if real and k < n and units[k].kind == "word" and units[k].lower in region_nouns(self.lex.lang):
            return None  # "Губернатор Мурманской области": a region's adjective, nobody
        if real > 2 and linked:
            return self._after_place(u, k)
        return (u, k) if real else None

    def _new_person(self, k: int) -> bool:
        """Whether a known given name at ``k`` and a name word after it start another person's full name, or
        two name words at least do ("Laura Vidal y Mateo Ruiz Paz": a double surname after "y" is one word)."""
        if k + 1 >= len(self.units) or not self.name_like(k + 1):
            return False
        return self.given(k) or (self.name_like(k) and k + 2 < len(self.units) and self.name_like(k + 2))

    def _elided(self, k: int, real: int) -> bool:
        """Whether unit ``k`` is an elided particle ("N'", "d'") written together with the name word after it;
        a lower-case one only inside a name."""
        units = self.units
        word = units[k].text
        return (
            units[k].kind == "word" and len(word) == 2 and word[1] in "'’" and word[0].isalpha()
            and (real > 0 or word[0].isupper()) and k + 1 < len(units) and units[k + 1].start == units[k].end
            and self.name_like(k + 1)
        )  # fmt: skip

    def _title_surname(self, u: int, k: int) -> bool:
        """Whether the title unit ``k`` (or a word never a name elsewhere: "Ramón Alberto Guerra") ends the name
        started by the given name ``u`` ("Juan Carlos Rey", "Marie Roi"): one capitalised word, before punctuation
        or a lower-case word other than "of"."""
        unit, units = self.units[k], self.units
        if unit.kind == "word" and unit.text in self.lex.nonnames and k - 1 > u and self.given(k - 1) and self.given(u):
            pass  # "Ramón Alberto Guerra": after two given names, a surname that is also a common noun
        elif unit.kind != "title" or " " in unit.text or not unit.text[:1].isupper() or unit.text.isupper() or not self.given(u):
            return False
        after = units[k + 1] if k + 1 < len(units) else None
        if after is not None and not (after.kind == "punct" or after.kind == "word" and after.text[:1].islower()):
            return False  # "Владимир Путин Председатель КНР", "Rey Felipe": a title of the next name
        if after is not None and after.lower in self.lex.genitive:
            return False  # "Juan Carlos Rey de España": the king
        return title_surnames(self.lex.lang)

    def _after_place(self, u: int, k: int) -> tuple[int, int]:
        """"Governor of East Java Ahmad Fauzi Rahman": after "of" and a place word, the words before the first
        known given name (one word at least after it) end the place, not start the name."""
        units = self.units
        if u < 2 or units[u - 1].kind != "word" or not units[u - 1].text[:1].isupper() or units[u - 2].lower not in self.lex.genitive:
            return u, k
        if self.given(u):
            return u, k
        first = next((j for j in range(u + 1, k - 1) if self.given(j)), None)
        return (first, k) if first is not None else (u, k)

    def _particles_then_name(self, k: int) -> bool:
        """Whether lower-case particles start at ``k`` and a name word follows them ("von der Leyen")."""
        j = k
        while j < len(self.units) and j - k < 3 and self.units[j].kind == "word" and self.units[j].text in self.lex.particles:
            j += 1
        return j > k and j < len(self.units) and self.name_like(j)

    def tokens_of(self, first: int, last: int) -> tuple[str, ...]:
        out: list[str] = []
        glue = False
        for unit in self.units[first:last]:
            word = unit.text
            if word == ",":
                continue
            if glue:
                out[-1] += self.names.unpossessive(word)  # "N'" + "Guessan"
                glue = False
                continue
            glue = len(word) == 2 and word[1] in "'’" and unit.end < self.units[last - 1].end \
                and any(u.start == unit.end for u in self.units[first:last])
            glued = _GLUED.match(word) if word[1:2] == "." else None
            if glued:
                out.extend((*_INITIAL.findall(glued.group(1)), glued.group(2)))
            elif len(word) == 2 and word.endswith(".") and translit.has_cyrillic(word) and out:
                out.append(word[0])  # "Ван И." at the end of a sentence
            else:
                out.append(self.names.unpossessive(word))
        return tuple(out)

    def mention(self, first: int, last: int, hit: TitleHit | None, *, verified: bool = True) -> PersonMention:
        """Record units ``[first, last)`` as a person mention (Russian names also in the nominative); honorifics
        a name read backwards from its title took in ("Ms. Thandiwe Mokoena, Minister of ...") are left out."""
        self.used.update(range(first, last))
        first = min(self.honorific_end(first), last - 1)
        tokens = self.tokens_of(first, last)
        if translit.has_cyrillic(self.units[first].text):
            forms = nominative(tokens, case_hint(self.units, first, hit), titled=hit is not None)
        else:
            forms = tokens  # what nominative() gives for a name in Latin script (no case to undo)
        units = self.units
        return PersonMention(units[first].start, units[last - 1].end, tokens, forms, self.index, hit, None, verified)

    def name_list(self, u: int, countries: list[str] | None = None) -> list[tuple[int, int]]:
        """Names separated by commas and conjunctions ("Klimkin, Kuleba und Fabius"); with ``countries``, a
        nationality adjective before a later name is read too and its state added ("ses homologues congolais A,
        rwandais B et burundais C")."""
        found: list[tuple[int, int]] = []
        while u < len(self.units):
            if found and countries is not None and self._nationality(u):
                countries.append(self.units[u].obj.code)
                u += 1
            u = self.honorific_end(u)
            name = self.name_at(u, linked=True)
            if not name:
                break
            found.append(name)
            u = name[1]
            if u < len(self.units) and self.units[u].text == "(":
                while u < len(self.units) and self.units[u].text != ")":
                    u += 1
                u += 1
            if u + 2 < len(self.units) and self.units[u].lower in self.lex.genitive | self.lex.origin \
                    and self.units[u + 1].kind == "country":
                u += 2  # "Mekonnen Tessema of Ethiopia and X of Djibouti": each one's state after the name
            if u + 1 < len(self.units) and (self.units[u].text == "," or self.units[u].lower in self.lex.conjunctions):
                u += 1
                continue
            break
        return found
