"""Countries named in a text, in en, de, fr, es and ru, and what the country lexicon knows about them.

Surface forms of every country (names, genitives, inflected adjectives, demonyms, capitals and seats of
government as metonyms, prefixes such as "US-") are looked up word n-gram by word n-gram in a dict built
once per language from ``countries.json`` (:mod:`graph.extract.phrases`); the longest match wins. A
"capital" mention is reported as such: the caller decides whether a capital means its government.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.extract import lexicon
from graph.extract.compounds import compound_prefixes
from graph.extract.phrases import Hit, PhraseIndex, Prepared, prepare, scan
from graph.model import City, Span

__all__ = [
    "CountryMention",
    "find_countries",
    "country_name",
    "country_wikidata",
    "country_codes",
    "country_capital",
    "government_city",
    "governs_from",
    "english_adjective",
    "first_names",
    "country_hits",
    "span_of",
    "space_between",
    "OWNER_FORMS",
]

_COUNTRY_FORMS = ("name", "genitive", "adjective", "demonym", "capital", "metonym", "prefix")
#: Forms that can say whose a building is ("Russian embassy", "US-Botschaft", "ambassade de France").
OWNER_FORMS = frozenset({"name", "genitive", "adjective", "prefix"})


#: The preposition that makes a national adjective a language ("auf Deutsch", "en français", "en inglés").
_LANGUAGE_PREPOSITIONS = {"de": "auf", "fr": "en", "es": "en"}


@dataclass(frozen=True, slots=True)
class CountryMention:
    """One place in the text that names a country, and how (``form``)."""

    span: Span
    code: str
    form: str  # name | adjective | demonym | genitive | capital | metonym | prefix


def span_of(prep: Prepared, i: int, j: int, key: str) -> Span:
    end = prep.tokens[j][1]
    if prep.norm.startswith(".", end) and "." in key and key[-1:].isupper():
        end += 1  # "U.S." keeps its final period
    return Span(prep.tokens[i][0], end)


def space_between(prep: Prepared, i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` are separated by exactly one space."""
    return 0 <= i < len(prep.tokens) - 1 and prep.norm[prep.tokens[i][1] : prep.tokens[i + 1][0]] == " "


@lru_cache(maxsize=None)
def first_names(lang: str) -> frozenset[str]:
    """Given names of the people lexicon (``<lang>/names.json``, plus the English one)."""
    return frozenset(lexicon.load("names", lang).get("given", [])) | frozenset(
        lexicon.load("names", "en").get("given", [])
    )


def _countries() -> dict[str, dict]:
    return lexicon.load("countries").get("countries", {})


@lru_cache(maxsize=None)
def _country_index(lang: str) -> PhraseIndex:
    """Surface form -> (code, form); blocked phrases ("South China Sea", "Asia") -> ("", "block")."""
    index = PhraseIndex()
    data = lexicon.load("countries")
    for phrase in data.get("not_countries", {}).get(lang, []):
        index.add(phrase, ("", "block"))
    for capitalised in (False, True):  # "Américains" is a demonym before it is a capitalised adjective
        for form in _COUNTRY_FORMS:  # earlier forms win when one surface has several roles
            if capitalised and form not in ("adjective", "prefix"):
                continue
            for code, entry in data.get("countries", {}).items():
                for phrase in entry.get("forms", {}).get(lang, {}).get(form, []):
                    index.add(phrase, (code, form), capitalised=capitalised)
    return index


@lru_cache(maxsize=None)
def _ambiguous(lang: str) -> frozenset[str]:
    """Country forms that are also people's names ("Jordan", "Chad") in ``lang``."""
    return frozenset(lexicon.load("countries").get("ambiguous", {}).get(lang, []))


@lru_cache(maxsize=None)
def _name_heads(lang: str) -> frozenset[str]:
    """Lower-case words that open the proper name of a building, street or lake ("Palacio San Martín",
    "Hotel Ukraina", "Lake Chad"): a country name right after one is part of that name (``place_name_heads``
    of ``<lang>/names.json``)."""
    return frozenset(word.lower() for word in lexicon.load("names", lang).get("place_name_heads", []))


@lru_cache(maxsize=16)
def country_hits(text: str, lang: str) -> tuple[Hit, ...]:
    return tuple(scan(_country_index(lang), prepare(text)))


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Every mention of a country: names, inflected adjectives, demonyms, genitives, capitals, metonyms.

    Args:
        text: the article text (or any part of it).
        lang: ISO 639-1 code of the text ("en", "de", "fr", "es", "ru").

    Returns:
        Mentions in text order; ``form`` says how the country is named ("US-Außenminister" gives
        ``prefix``, "Moskau" gives ``capital``: the caller decides whether a capital means the government).
    """
    prep = prepare(text)
    ambiguous, heads = _ambiguous(lang), _name_heads(lang)
    hits = country_hits(text, lang)
    out: list[CountryMention] = []
    skip = -1
    for n, (i, j, key, (code, form)) in enumerate(hits):  # type: ignore[misc]
        if n == skip:
            continue
        end = prep.tokens[j][1]
        if not code or (form == "prefix" and not prep.norm.startswith("-", end)) or prep.norm.startswith("$", end):
            continue  # blocked phrase; "Sino" without its hyphen; "US$" is a currency
        if (key in ambiguous or (form == "capital" and key in first_names(lang))) and _looks_like_person(
            prep, i, j, first_names(lang)
        ):
            continue  # "Michael Jordan", "Chad Smith", "Sofia Coppola"
        if form == "adjective" and i > 0 and _LANGUAGE_PREPOSITIONS.get(lang) == prep.words[i - 1] \
                and space_between(prep, i - 1) and (lang != "de" or key[:1].isupper()):
            continue  # "bedankte sich auf Deutsch", "en français": a language, not a state
        if form == "name" and i > 0 and prep.words[i - 1].lower() in heads and space_between(prep, i - 1):
            continue  # "Palacio San Martín": a building, not Saint Martin
        if i == j and key in _state_heads(lang) and _names_other_state(prep, j, code, hits[n + 1 : n + 2]):
            _, j, key, (code, form) = hits[n + 1]  # type: ignore[misc]
            skip = n + 1  # "Bundesrepublik Äthiopien": the state form of the country named next, not Germany
        if form in ("name", "capital") and _before_hyphenated_word(prep, j, hits[n + 1 : n + 2]):
            form = "prefix"
        out.append(CountryMention(span_of(prep, i, j, key), code, form))
    if lang == "fr" and "o-" in text:  # "kirghizo-omanaise": the first state of a compound adjective
        taken = [span_of(prep, i, j, key) for i, j, key, _ in hits]
        states = {m.span.start for m in out}
        out += [CountryMention(span, code, "prefix") for span, code in compound_prefixes(text, lang, taken, states)]
        out.sort(key=lambda m: (m.span.start, m.span.end))
    return _shared_adjectives(out)


_NAMING_FORMS = frozenset({"name", "genitive", "capital", "metonym", "prefix"})
_SHARED_FORMS = frozenset({"adjective", "demonym"})


def _shared_adjectives(out: list[CountryMention]) -> list[CountryMention]:
    """"le président congolais" in a text naming Brazzaville and never Kinshasa: an adjective or demonym that two
    states share (countries.json ``shared_adjectives``) is the other state's where the text names that state,
    by name or capital, and never the one the adjective is listed under."""
    shared = lexicon.load("countries").get("shared_adjectives", {})
    used = {m.code for m in out if m.form in _SHARED_FORMS and m.code in shared}
    if not used:
        return out
    named = {m.code for m in out if m.form in _NAMING_FORMS}
    for code in used:
        others = [other for other in shared[code] if other in named]
        if code in named or len(others) != 1:
            continue
        out = [CountryMention(m.span, others[0], m.form) if m.code == code and m.form in _SHARED_FORMS else m for m in out]
    return out


@lru_cache(maxsize=None)
def _state_heads(lang: str) -> frozenset[str]:
    """One-word country names that open a longer name of the same country followed by its name
    ("Bundesrepublik" of "Bundesrepublik Deutschland"): a state form that may stand before another name."""
    heads = set()
    for entry in _countries().values():
        forms = entry.get("forms", {}).get(lang, {})
        names = forms.get("name", [])
        for head in names:
            if " " not in head and any(f"{head} {name}" in names for name in names):
                heads.add(head)
    return frozenset(heads)


def _names_other_state(prep: Prepared, j: int, code: str, following: tuple[Hit, ...]) -> bool:
    """Whether word ``j`` is followed, after one space, by the name of another country."""
    if not following or following[0][0] != j + 1 or not space_between(prep, j):
        return False
    other, form = following[0][3]  # type: ignore[misc]
    return bool(other) and other != code and form in ("name", "genitive")


def _looks_like_person(prep: Prepared, i: int, j: int, first_names: frozenset[str]) -> bool:
    if space_between(prep, i - 1) and prep.words[i - 1] in first_names:
        return True  # "Michael Jordan"
    return space_between(prep, j) and prep.words[j + 1][0].isupper()  # "Chad Smith"


def _before_hyphenated_word(prep: Prepared, j: int, following: tuple[Hit, ...]) -> bool:
    """Whether word ``j`` is followed by "-word" that is not another country ("US-Außenminister")."""
    end = prep.tokens[j][1]
    if not prep.norm.startswith("-", end) or j + 1 >= len(prep.tokens) or prep.tokens[j + 1][0] != end + 1:
        return False
    return not (following and following[0][0] == j + 1 and following[0][3][0])  # type: ignore[index]


def country_codes() -> list[str]:
    """All alpha-2 codes of the lexicon (ISO 3166-1 plus XK), sorted."""
    return sorted(_countries())


def country_name(code: str, lang: str = "en") -> str:
    """The usual name of country ``code`` in ``lang`` (English, then the code itself, as fallback)."""
    forms = _countries().get(code.upper(), {}).get("forms", {})
    names = forms.get(lang, {}).get("name") or forms.get("en", {}).get("name")
    return names[0] if names else code.upper()


def country_wikidata(code: str) -> str | None:
    """Wikidata QID of country ``code`` ("RU" -> "Q159"), None when unknown."""
    return _countries().get(code.upper(), {}).get("wikidata")


def country_capital(code: str) -> City | None:
    """The capital of country ``code`` as a :class:`City` with its GeoNames id, None when unknown."""
    capital = _countries().get(code.upper(), {}).get("capital")
    return City(capital["geonames"], capital["name"], code.upper()) if capital else None


def government_city(code: str) -> City | None:
    """Where the government of country ``code`` sits: its seat of government where that is not the capital
    (The Hague, La Paz, Cotonou, Abidjan, Putrajaya), else its capital; None when unknown."""
    seat = _countries().get(code.upper(), {}).get("seat")
    return City(seat["geonames"], seat["name"], code.upper()) if seat else country_capital(code)


def governs_from(city: City) -> bool:
    """Whether ``city`` is the capital or the seat of government of its state ("Sucre", "La Paz")."""
    if not city.country:
        return False
    return any(c is not None and c.geonames_id == city.geonames_id
               for c in (country_capital(city.country), government_city(city.country)))


def english_adjective(code: str) -> str | None:
    adjectives = _countries().get(code, {}).get("forms", {}).get("en", {}).get("adjective", [])
    return next((a for a in adjectives if "." not in a and not a.isupper()), None)
