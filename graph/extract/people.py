"""People: names with their titles, roles, countries and organisations, resolved within one article.

A person is a capitalised name linked to a title (before it: "Außenminister Frank-Walter Steinmeier", "the Foreign
Minister of India, S. Jaishankar"; after it: "Hu Jintao, the President of China"), a name starting with a
known given name, a name after an honorific, or a later mention of a known person's surname. Titles found
without a name ("der Außenminister", "Индийский лидер") are kept as :class:`RoleRef` and resolved to the
person of the article holding that role. Coreference is in :mod:`graph.extract.coref`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract import roles, translit
from graph.extract.coref import home_country, resolve_people
from graph.extract.roles import Titles
from graph.extract.text import Token, span_key
from graph.extract.titles import TitleHit, link_titles
from graph.extract.units import Unit, build_units, per_sentence
from graph.model import Person, Span

__all__ = ["PersonMention", "RoleRef", "People", "find_people", "sentence_people"]

#: Letters that make an initial with a period ("J.", "В."): [A-ZÀ-ÞА-ЯЁ].
_INITIAL_LETTERS = frozenset(map(chr, [*range(0x41, 0x5B), *range(0xC0, 0xDF), *range(0x410, 0x430), 0x401]))
_MEMO_SIZE = 1 << 15  # words remembered per language (see Titles.name_words)
_GLUED = re.compile(r"^([A-ZА-ЯЁ])\.(\w{2,})$")  # "В.Путин"
_POSSESSIVE = re.compile(r"['’]s$")
_CAP_PARTICLES = frozenset({"Le", "La", "De", "Van", "Von", "Da", "Di", "Del", "Al", "El", "Abu", "Bin", "Ibn", "Ben"})
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "Ier", "I"})
#: Arabic article or kinship word glued to a surname ("al-Harthy", "el-Sisi", "bin-Salman"): part of a name.
_GLUED_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ould)-[A-ZÀ-Þ]")
#: Capitalised particles inside a name before its last part ("Youssef El Alami", "Omar Al Amri").
_INNER_PARTICLES = frozenset({"Al", "El", "Abu", "Bin", "Ibn", "Ould"})


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


@dataclass(slots=True)
class RoleRef:
    """A title used without a name ("the Secretary", "Президенту России")."""

    start: int
    end: int
    sentence: int
    hit: TitleHit
    person: Person | None = None
    persons: list[Person] | None = None  # plural titles: "Brazilian and South Korean Presidents"


@dataclass(slots=True)
class People:
    """The people of one article with every mention and role reference."""

    persons: list[Person]
    mentions: list[PersonMention]
    refs: list[RoleRef]
    home: str | None = None  # the state whose institution issued the text
    staff_roles: frozenset[str] = frozenset()
    spouse: re.Pattern[str] | None = None  # see graph.extract.roles.Titles.spouse


class _Sentence:
    """Person finding inside one sentence (units already built)."""

    def __init__(self, lex: Titles, units: list[Unit], index: int, text: str) -> None:
        self.lex, self.units, self.index, self.text = lex, units, index, text
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
                unit.text[:1].isupper() or _GLUED_PARTICLE.match(unit.text) is not None
            ) and self._word_looks(unit.text)) or self._given_country(u)
        return looks

    def _given_country(self, u: int) -> bool:
        """A one-word country name that is a given name before a surname ("Mauricio Restrepo": "Mauricio" is
        Spanish for Mauritius)."""
        unit, nxt = self.units[u], self.units[u + 1] if u + 1 < len(self.units) else None
        if unit.kind != "country" or unit.obj.form != "name" or unit.text not in self.lex.given or nxt is None:
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
        word = _POSSESSIVE.sub("", text)
        if (word.isupper() and len(word) > 1 and "-" not in word) or word in self.lex.stop:
            return False
        if word in self.lex.nonnames or word.rstrip(".") in self.lex.nonnames:
            return False
        if self.lex.nonname_endings and word.endswith(self.lex.nonname_endings):
            return False
        return not (self.lex.nonname_stems and word.startswith(self.lex.nonname_stems))

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
        """Index after an honorific starting at unit ``u`` (``u`` itself when there is none)."""
        unit = self.units[u]
        if unit.kind != "word" or unit.text[:1].lower() not in self.lex.honorific_initials:
            return u
        match = self.lex.honorifics.match(self.text, unit.start)
        if not match:
            return u
        while u < len(self.units) and self.units[u].start < match.end():
            u += 1
        return u

    # -- names -----------------------------------------------------------------------------------------
    def name_at(self, u: int, *, linked: bool) -> tuple[int, int] | None:
        """``(first, last + 1)`` unit indexes of a name starting at ``u``, or None."""
        units, n = self.units, len(self.units)
        k, real = u, 0
        if linked and k + 1 < n and units[k].kind == "word" and units[k].text in _CAP_PARTICLES:
            if self._particles_then_name(k + 1) or self.name_like(k + 1):
                k += 1
        elif linked and self._particles_then_name(k):
            k += 1
        while k < n and k - u < 7:
            unit = units[k]
            if self.is_initial(k) and (self.name_like(k + 1) or self.is_initial(k + 1)):
                k += 1
            elif self.name_like(k):
                k, real = k + 1, real + 1
                if _POSSESSIVE.search(unit.text):
                    break
            elif real and unit.kind == "word" and unit.text in _INNER_PARTICLES and k + 1 < n and self.name_like(k + 1):
                k += 1  # "Youssef El Alami"
            elif unit.kind == "word" and real and (linked or self.given(u)) and self._particles_then_name(k):
                k += 1  # "Ursula von der Leyen"; not in a lone capitalised word ("Neubauer zu Besuch")
            elif real == 1 and unit.kind == "country" and unit.obj.form == "name" and " " not in unit.text and self.given(k - 1):
                k, real = k + 1, real + 1  # "Luís Montenegro": a surname that is also a country
                break
            elif real and unit.kind == "word" and len(unit.text.rstrip(".")) == 1 and unit.text[0].isupper() and translit.has_cyrillic(unit.text):
                k += 1  # "Ван И", also at the end of a sentence ("Ван И.")
                break
            elif real and unit.text == "," and k + 1 < n and units[k + 1].text in _SUFFIXES:
                k += 2
                break
            elif real and unit.kind == "word" and unit.text in _SUFFIXES:
                k += 1
                break
            else:
                break
        return (u, k) if real else None

    def _particles_then_name(self, k: int) -> bool:
        """Whether lower-case particles start at ``k`` and a name word follows them ("von der Leyen")."""
        j = k
        while j < len(self.units) and j - k < 3 and self.units[j].kind == "word" and self.units[j].text in self.lex.particles:
            j += 1
        return j > k and j < len(self.units) and self.name_like(j)

    def tokens_of(self, first: int, last: int) -> tuple[str, ...]:
        out: list[str] = []
        for unit in self.units[first:last]:
            word = unit.text
            if word == ",":
                continue
            glued = _GLUED.match(word) if word[1:2] == "." else None
            if glued:
                out.extend((glued.group(1) + ".", glued.group(2)))
            elif len(word) == 2 and word.endswith(".") and translit.has_cyrillic(word) and out:
                out.append(word[0])  # "Ван И." at the end of a sentence
            else:
                out.append(_POSSESSIVE.sub("", word) if "s" in word[-2:] else word)
        return tuple(out)

    def mention(self, first: int, last: int, hit: TitleHit | None, *, verified: bool = True) -> PersonMention:
        """Record units ``[first, last)`` as a person mention (Russian names also in the nominative)."""
        self.used.update(range(first, last))
        tokens = self.tokens_of(first, last)
        if translit.has_cyrillic(self.units[first].text):
            nominative = _nominative(tokens, _case_hint(self.units, first, hit), titled=hit is not None)
        else:
            nominative = tokens  # what _nominative gives for a name in Latin script (no case to undo)
        units = self.units
        return PersonMention(units[first].start, units[last - 1].end, tokens, nominative, self.index, hit, None, verified)

    def name_list(self, u: int) -> list[tuple[int, int]]:
        """Names separated by commas and conjunctions ("Klimkin, Kuleba und Fabius")."""
        found: list[tuple[int, int]] = []
        while u < len(self.units):
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
            if u + 1 < len(self.units) and (self.units[u].text == "," or self.units[u].lower in self.lex.conjunctions):
                u += 1
                continue
            break
        return found


def _case_hint(units: list[Unit], first: int, hit: TitleHit | None) -> str | None:
    """Grammatical case of a Russian name from the word before it or its title's head word."""
    if not translit.has_cyrillic(units[first].text):
        return None
    if hit is not None:  # the first word of the phrase: "заместитель помощника госсекретаря Линда Парк" is nominative
        head = next((u.text for u in units if u.start == hit.phrase_start and u.kind in ("title", "word")), "")
        return translit.ru_case_of(head.split()[0]) if head else None
    if first > 0 and units[first - 1].kind == "word":
        return translit.ru_case_of(units[first - 1].text) if units[first - 1].text[:1].islower() else None
    return None


_UNDECLINED = frozenset("оеиуэюОЕИУЭЮ")  # last letters of given names that keep one form in every case
_FEMALE_PATRONYMIC = re.compile(r"(?:овн|евн|ичн)\w{0,2}$")
_MALE_PATRONYMIC = re.compile(r"(?:ович|евич|ьич)\w{0,2}$")


def _surname(token: str, i: int, count: int, titled: bool) -> bool:
    """Whether a patronymic-looking last token is a surname: after a title ("Драгана Петровича"), or when it
    is no regular patronymic ("Марко Иличем"); a middle token is always the patronymic."""
    if i != count - 1 or i == 0 or _FEMALE_PATRONYMIC.search(token.lower()):
        return False
    return titled or not _MALE_PATRONYMIC.search(token.lower())


def _cases_agree(units: list[Unit], hit: TitleHit, first: int) -> bool:
    """Russian: a title and its name agree in case ("Президента" does not introduce "Александр")."""
    given = translit.ru_given(units[first].text) if translit.has_cyrillic(units[first].text) else None
    if given is None or first + 1 >= len(units) or units[first + 1].kind != "word":
        return True
    title_case = _case_hint(units, first, hit)
    pairs = {frozenset({"gen", "acc"})}
    return title_case in (None, given[1]) or frozenset({title_case, given[1]}) in pairs


def _nominative(tokens: tuple[str, ...], case: str | None, *, titled: bool = False) -> tuple[str, ...]:
    """Russian name tokens in the nominative, without patronymics; after a title the last of two or more tokens
    is a surname even when it looks like a patronymic ("Президента Сербии Драгана Петровича")."""
    if not tokens or not translit.has_cyrillic(tokens[0]):
        return tokens
    given = translit.ru_given(tokens[0]) if len(tokens) > 1 else None
    if given and not (given[1] == "nom" and case != "nom" and tokens[0][-1:] in _UNDECLINED):
        case = given[1]  # the given name tells the case, unless it never declines ("Марко Иличем")
    out = []
    for i, token in enumerate(tokens):
        if translit.is_patronymic(token) and not _surname(token, i, len(tokens), titled):
            continue
        if i == 0 and given:
            out.append(given[0])
        elif case == "nom":
            out.append(token)
        else:
            out.append(translit.ru_nominative(token, case))
    return tuple(out)


def sentence_people(lex: Titles, units: list[Unit], index: int, text: str) -> tuple[list[PersonMention], list[RoleRef]]:
    """Find the person mentions and role references of one sentence."""
    sent = _Sentence(lex, units, index, text)
    mentions: list[PersonMention] = []
    refs: list[RoleRef] = []
    for hit, names in link_titles(sent):
        if not names:
            if (not hit.entry.counterpart or hit.countries) and (not hit.entry.plural or hit.countries):  # "his Omani counterpart"
                refs.append(RoleRef(hit.start, hit.end, index, hit))
            continue
        zipped = len(names) > 1 and len(hit.countries) == len(names)
        for n, (first, last) in enumerate(names):
            if not _cases_agree(units, hit, first):
                mentions.append(sent.mention(first, last, None))
                refs.append(RoleRef(hit.start, hit.end, index, hit))
                continue
            mention = sent.mention(first, last, hit)
            mention.country = hit.countries[n] if zipped else (hit.countries[0] if hit.countries else None)
            mention.country = mention.country or _of_country(units, last, lex) or hit.country
            mentions.append(mention)
    used = sent.used
    for u in [u for u, unit in enumerate(units) if unit.kind == "word" and unit.text[:1].isupper()]:
        if u in used or not sent.name_like(u):
            continue
        after_honorific = u > 0 and units[u - 1].kind == "word" and sent.honorific_end(u - 1) == u
        name = None
        if sent.given(u) or after_honorific:
            name = sent.name_at(u, linked=after_honorific)
            if name and (name[1] - name[0] > 1 or after_honorific):
                mentions.append(sent.mention(*name, None))
                continue
            if after_honorific:
                name = None  # the unlinked reading below may differ
        if u in used:
            continue
        name = name or sent.name_at(u, linked=False)  # a capitalised word: the same reading unless linked
        if name and name[1] - name[0] <= 2:
            mentions.append(sent.mention(*name, None, verified=False))
    mentions.sort(key=lambda m: m.start)
    return mentions, refs



def _of_country(units: list[Unit], last: int, lex: Titles) -> str | None:
    """``NAME of COUNTRY`` ("Chancellor Olaf Scholz of Germany", "Außenminister X aus der Türkei")."""
    if last + 1 >= len(units) or not (units[last].lower in lex.genitive or units[last].lower in lex.origin):
        return None
    k = last + 1
    if units[k].kind == "word" and units[k].lower in lex.determiners and k + 1 < len(units):
        k += 1  # "aus den USA"
    return units[k].obj.code if units[k].kind == "country" else None


def _apply_sides(lex: Titles, text: str, span: Span, mentions: list[PersonMention], countries: list) -> None:
    """"С российской стороны ... , с китайской стороны – ...": the side's country for the persons after it.

    ``countries`` are those of the sentence ``span``: a side names one of them, so without any (or without a
    person it could give a country to) there is nothing to look for.
    """
    if lex.sides is None or not countries or all(m.title is not None and m.title.countries for m in mentions):
        return
    sides = []
    for match in lex.sides.finditer(text, span.start, span.end):
        start, end = match.span()
        inside = [c for s, c in countries if start <= s.start < end and s.end <= end]
        if inside:
            sides.append((start, inside[0].code))
    if not sides:
        return
    for mention in mentions:
        before = [code for pos, code in sides if pos < mention.start]
        if before and (mention.title is None or not mention.title.countries):
            mention.country = before[-1]


def _may_name(lex: Titles, tokens: list[Token], annotations: list[tuple[int, int, str, object]]) -> bool:
    """Whether a sentence may name a person: it has a title, or a capitalised word that is no stop word."""
    if any(kind == "title" for _, _, kind, _ in annotations):
        return True
    stop, nonnames = lex.stop, lex.nonnames
    return any(t.text[:1].isupper() and t.text not in stop and t.text not in nonnames for t in tokens)


def _annotations(lex: Titles, text: str, span: Span, starts: list[int], countries: list, orgs: list) -> list[tuple[int, int, str, object]]:
    """Titles, countries and organisations of one sentence; ``countries`` and ``orgs`` are those inside it."""
    anns: list[tuple[int, int, str, object]] = []
    for match in lex.pattern.find(text, starts, span.start, span.end):
        entry = lex.entries[int(match.lastgroup[1:].split("_")[0])]
        start, end = match.span()
        inner = [c.code for s, c in countries if start <= s.start < end and s.end <= end]
        anns.append((start, end, "title", (entry, inner)))
    anns += [(s.start, s.end, "country", c) for s, c in countries]
    anns += [(s.start, s.end, "org", o) for s, o in orgs]
    return anns


def find_people(
    text: str,
    lang: str,
    sentences: list[Span],
    tokens: list[list[Token]],
    countries: list,
    orgs: list,
    cities: list,
    starts: list[list[int]] | None = None,
) -> People:
    """Find, resolve and describe the people of an article.

    Args:
        text: the article text.
        lang: its language code.
        sentences: sentence spans; ``tokens[i]`` are the tokens of ``sentences[i]``.
        countries: ``(Span, CountryMention)`` pairs sorted by span; ``orgs`` and ``cities`` likewise.
        starts: word starts of each sentence (:func:`graph.extract.roles.word_starts`), when already known.
    """
    lex = roles.compiled(lang)
    mentions: list[PersonMention] = []
    refs: list[RoleRef] = []
    countries_in, orgs_in, cities_in = (per_sentence(items, sentences) for items in (countries, orgs, cities))
    for i, span in enumerate(sentences):
        words = starts[i] if starts is not None else roles.word_starts(text, tokens[i])
        annotations = _annotations(lex, text, span, words, countries_in[i], orgs_in[i])
        if not _may_name(lex, tokens[i], annotations):
            continue  # no title and no capitalised word that could be a name: nobody here
        units = build_units(text, tokens[i], annotations, cities_in[i])
        found, sentence_refs = sentence_people(lex, units, i, text)
        _apply_sides(lex, text, span, found, countries_in[i])
        mentions += found
        refs += sentence_refs
    home = home_country(lex, text)
    persons = resolve_people(mentions, refs, sentences, text, home)
    for person in persons:
        person.evidence.sort(key=span_key)
    return People(persons, mentions, refs, home, lex.staff_roles, lex.spouse)
