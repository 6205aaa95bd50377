"""Whether a gazetteer name reads as a city where it stands, from the words around it, in en, de, fr, es and ru.

:func:`graph.extract.places.find_cities` looks names up; the tests here read their context: a locative before
("in Nice"), a first name before ("Hillary Clinton"), a building's first word ("en Palacio Nacional"), a feature
word ("the Gulf of Aden"), a surname particle ("von der Leyen"), a person's name around a foreign town ("By Chanda
Mwila"), a dateline ("LIMA. El canciller ...").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from graph.extract import datelines, lexicon
from graph.extract.countries import CountryMention, first_names, space_between
from graph.extract.phrases import Prepared
from graph.model import City

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SENTENCE_GAP = re.compile(r"[.!?:;\n«“„\"(]")
#: Lower-case words inside a place's name ("Ciudad de México", "Frankfurt am Main", "Palais des Nations").
LOWER_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "do", "da", "dos", "das", "di", "du", "des", "of", "the",
                             "am", "an", "der", "sur", "upon", "on", "y", "e"})


@dataclass(frozen=True, slots=True)
class CityRules:
    """The lexicon words one language reads city names by (``<lang>/venues.json``, first names)."""

    common: frozenset[str]  # gazetteer names that are common words of the language ("Nice", "Essen")
    locatives: frozenset[str]  # words after which a capitalised word is a place ("in", "nach", "в"), lower case
    weak: frozenset[str]  # locatives that also stand before people ("von", "from"), lower case
    first_names: frozenset[str]
    buildings: frozenset[str]  # venue words of one word ("palacio", "Palast"), lower case: "en Palacio Nacional"
    town: re.Pattern[str] | None  # a phrase calling the next name a town ("in der Stadt Rostock"), ``town_before``
    feature: re.Pattern[str] | None  # a gulf, lake or island word before a name ("golfo de Fonseca"), ``feature_before``
    noun_of: frozenset[str]  # words joining a noun to a name ("esclusas de", "Hafen von"), lower case
    nouns_capitalised: bool  # nouns start with a capital letter (German "den Hafen von")
    placing: frozenset[str]  # locatives and the words linking a venue to its city ("im"), lower case


@lru_cache(maxsize=None)
def city_rules(lang: str) -> CityRules:
    venues = lexicon.load("venues", lang)
    common, locatives = venues.get("city_common_words", []), venues.get("locatives", [])
    weak = venues.get("weak_locatives", [])
    buildings = frozenset(f.lower() for w in venues.get("words", []) for f in w.get("forms", []) if " " not in f)
    return CityRules(
        frozenset(common), frozenset(w.lower() for w in locatives), frozenset(w.lower() for w in weak), first_names(lang),
        buildings, re.compile(venues["town_before"], re.IGNORECASE) if venues.get("town_before") else None,
        re.compile(venues["feature_before"], re.IGNORECASE) if venues.get("feature_before") else None,
        frozenset(w.lower() for w in venues.get("noun_of", [])), bool(lexicon.grammar(lang, "capitalised_nouns")),
        frozenset(w.lower() for w in (*locatives, *venues.get("links", {}).get("city", []))),
    )


#: How far (characters) before a name its gulf, lake or island word may start ("the Straits of ").
_FEATURE_REACH = 24


def names_a_feature(prep: Prepared, i: int, rules: CityRules) -> bool:
    """Whether a gulf, bay, lake or island word stands right before the name ("the Gulf of Aden", "el golfo de
    Fonseca", "озеро Байкал"): the name is the feature's, not a town's."""
    if rules.feature is None or not i:
        return False
    start = prep.tokens[i][0]
    return rules.feature.search(prep.norm[max(0, start - _FEATURE_REACH) : start]) is not None


def alternate_name(key: str, city: City) -> bool:
    """Whether ``key`` is an alternate Latin-script name of the city, not its own name ("Dabei" of Dubai)."""
    if key == city.name or _CYRILLIC.search(key):
        return False
    return key != unicodedata.normalize("NFKD", city.name).encode("ascii", "ignore").decode()


def opens_sentence(prep: Prepared, i: int) -> bool:
    return i == 0 or bool(_SENTENCE_GAP.search(prep.norm, prep.tokens[i - 1][1], prep.tokens[i][0]))


def heads_a_line(prep: Prepared, j: int) -> bool:
    """Whether the name opens a dateline or place line: "Genf (dpa) -", "Mailand, 3. März", end of line."""
    rest = prep.norm[prep.tokens[j][1] : prep.tokens[j][1] + 6]
    if rest[:1] == ",":  # "Mailand, 3. März", "Genf, Schweiz", "Paris, le 23 avril"; not "Dabei, the"
        return rest[2:3].isdigit() or rest[2:3].isupper() or rest[2:5] in ("le ", "el ") and rest[5:6].isdigit()
    return not rest.strip() or rest[:1] in "(–—-\n" or rest.startswith((" (", " –", " —", " -"))


def reads_as_city(prep: Prepared, i: int, j: int, key: str, size: tuple[bool, bool], rules: CityRules) -> bool:
    """Whether a gazetteer match reads as a city here; ``size`` is (capital, 200,000+ people)."""
    capital, big = size
    prev = prep.words[i - 1] if space_between(prep, i - 1) else ""
    if prev in rules.first_names or _inside_longer_name(prep, i, j):
        return False  # "Hillary Clinton", "Vale do Rio Doce"
    if space_between(prep, j) and prep.words[j + 1][0].isupper():
        if key in rules.first_names or (len(prep.words[j + 1]) == 1 and not _initials(prep, j + 1)):
            return False  # "Sofia Coppola", "Ван И" (but "Washington D.C.")
    after_locative = prev.lower() in rules.locatives
    if not (after_locative or big or capital) and rules.town is not None:  # "the border town of Narva"
        start = prep.tokens[i][0]
        after_locative = rules.town.search(prep.norm[max(0, start - _TOWN_REACH) : start]) is not None
    if not (big or capital) and key.lower() in rules.buildings and (_name_follows(prep, j) or _of_name_follows(prep, j)):
        return False  # "en Palacio Nacional", "en Palacio de Gobierno": a building's first word, not the town
    if key in rules.common:  # "Paris" (French "bets"): a capital opening a sentence only as a dateline
        return after_locative or (capital and (not opens_sentence(prep, i) or heads_a_line(prep, j)
                                               or _period_dateline(prep, i, j)))
    if after_locative and not (big or capital) and prev.lower() in rules.weak and _name_follows(prep, j):
        return False  # "von Tenno Akihito": a title before a name, not a town
    return after_locative or big or capital or town_dateline(prep, i, j)


def after_state_adjective(prep: Prepared, i: int, city: City, rules: CityRules,
                          countries: list[CountryMention]) -> bool:
    """Whether the name follows a locative and the adjective of its own state ("im französischen Évian", "in
    Syrian Aleppo"): a town of that state, however small."""
    if i < 2 or not (space_between(prep, i - 2) and space_between(prep, i - 1)):
        return False
    if prep.words[i - 2].lower() not in rules.placing:
        return False
    start, end = prep.tokens[i - 1]
    return any(m.form == "adjective" and m.code == city.country and m.span.start == start and m.span.end == end
               for m in countries)


def after_a_noun(prep: Prepared, i: int, rules: CityRules) -> bool:
    """Whether the name follows a noun (a lower-case word, or in German any word but a first name) and a ``noun_of``
    word ("las esclusas de", "den Hafen von"), not a town word ("la ciudad de")."""
    if i < 2 or prep.words[i - 1].lower() not in rules.noun_of:
        return False
    noun = prep.words[i - 2]
    if not (noun.islower() or rules.nouns_capitalised and noun.istitle() and noun not in rules.first_names):
        return False
    if not (space_between(prep, i - 2) and space_between(prep, i - 1)):
        return False
    start = prep.tokens[i][0]
    return rules.town is None or rules.town.search(prep.norm[max(0, start - _TOWN_REACH) : start]) is None


def foreign_name(prep: Prepared, i: int, j: int, rules: CityRules, key: str, city: City, capital: bool) -> bool:
    """Whether a city of a state the text never names reads as part of a person's name: a town (not a capital)
    followed by a capitalised word that is no building ("By Chanda Mwila", not "Frankfurt Airport"), or a city's
    alternate name right after a capitalised word or before one ("Minister Lim", "Lim Wei Jie"); not after a
    plain locative ("in Chanda")."""
    prev = prep.words[i - 1] if i and space_between(prep, i - 1) else ""
    if prev.lower() in rules.locatives and prev.lower() not in rules.weak:
        return False
    follows = _name_follows(prep, j) and prep.words[j + 1].lower() not in rules.buildings
    if not capital and follows:
        return True
    if not alternate_name(key, city):
        return False
    return follows or (prev[:1].isupper() and prev.lower() not in rules.locatives and not opens_sentence(prep, i - 1))


#: Surname particles that are no preposition of a supported language ("Joost van der Veen", "Gerard ter Horst").
_PARTICLES = frozenset({"van", "ter", "ten"})
#: Articles a particle may take before the surname ("van der", "von der", "van den").
_PARTICLE_ARTICLES = frozenset({"der", "den", "de"})


def after_particle(prep: Prepared, i: int) -> bool:
    """Whether the name follows a surname particle ("M. van der Veen", "von der Leyen"): a surname, not a city."""
    if i < 1 or not space_between(prep, i - 1):
        return False
    prev = prep.words[i - 1]
    if prev in _PARTICLES:
        return True
    return prev in _PARTICLE_ARTICLES and i >= 2 and space_between(prep, i - 2) and prep.words[i - 2] in ("van", "von")


def second_word(prep: Prepared, i: int, rules: CityRules, countries: list[CountryMention]) -> bool:
    """Whether the name follows a locative and a capitalised word that is no country, building or town word
    ("en Paso Canoas", not "in Syrian Aleppo" nor "en Palacio X")."""
    if i < 2 or not (space_between(prep, i - 2) and space_between(prep, i - 1)):
        return False
    prev, before = prep.words[i - 1], prep.words[i - 2]
    if not prev[:1].isupper() or before.lower() not in rules.locatives or prev.lower() in rules.buildings:
        return False
    start = prep.tokens[i - 1][0]
    return not any(m.span.start <= start < m.span.end for m in countries)


def _name_follows(prep: Prepared, j: int) -> bool:
    """Whether a capitalised word follows word ``j`` after one space ("Tenno Akihito")."""
    return space_between(prep, j) and prep.words[j + 1][:1].isupper()


#: How far (characters) before a name the phrase calling it a town may start.
_TOWN_REACH = 30


def _of_name_follows(prep: Prepared, j: int) -> bool:
    """Whether a particle and a capitalised word follow word ``j`` ("Palacio de Gobierno", "Palais des Nations")."""
    return (j + 2 < len(prep.words) and space_between(prep, j) and space_between(prep, j + 1)
            and prep.words[j + 1].lower() in LOWER_PARTICLES and prep.words[j + 2][:1].isupper())


def town_dateline(prep: Prepared, i: int, j: int) -> bool:
    """Whether a town's name opens a line as a newspaper's dateline (see :func:`.datelines.town_opens`)."""
    return datelines.town_opens(prep.norm, prep.tokens[i][0], prep.tokens[j][1])


def _period_dateline(prep: Prepared, i: int, j: int) -> bool:
    """Whether the name opens a line and a period ends it before the first sentence ("LIMA. El canciller ...",
    "Helsinki. Finnland hat ..."): a newspaper's dateline."""
    start = prep.tokens[i][0]
    if start and prep.norm[start - 1] != "\n":
        return False
    return datelines.period_follows(prep.norm, prep.tokens[j][1])


def _initials(prep: Prepared, i: int) -> bool:
    """Whether word ``i`` starts initials such as "D.C." (a letter, a period, a letter)."""
    return i + 1 < len(prep.tokens) and prep.norm[prep.tokens[i][1] : prep.tokens[i + 1][0]] == "."


def _inside_longer_name(prep: Prepared, i: int, j: int) -> bool:
    words = prep.words
    if i >= 2 and words[i - 1] in _PARTICLES and space_between(prep, i - 2) and space_between(prep, i - 1):
        return words[i - 2][0].isupper()
    if space_between(prep, j) and space_between(prep, j + 1) and words[j + 1] in _PARTICLES:
        return words[j + 2][0].isupper()
    return False


def hyphen_fragment(text: str, start: int, end: int, place_ends: set[int], alternate: bool) -> bool:
    """Whether a town's name stands as one part of a longer hyphenated name, not as a place: after a word that
    names no place ("pêcheurs de Guet-Ndar", "Laurent Vasseur-Delmas", "аль-Рашид") or, as a town's other name,
    before a lower-case part ("Huang Wei-ming"). A pair of places stays ("la liaison Tanger-Dakar",
    "Paraguay-Paraná"): ``place_ends`` holds the ends of the country and town names found before it."""
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        return start - 1 not in place_ends
    return alternate and end + 1 < len(text) and text[end] == "-" and text[end + 1].islower()


def town_of_state(prep: Prepared, i: int, rules: CityRules, countries: list[CountryMention]) -> str | None:
    """The state whose adjective calls the name its town ("la ciudad boliviana de Copacabana", "the Bolivian town
    of Copacabana", "der bolivianischen Stadt Copacabana"): the namesake of that state is meant, else None."""
    if rules.town is None or not i:
        return None
    start = prep.tokens[i][0]
    town = rules.town.search(prep.norm, max(0, start - _TOWN_REACH), start)
    if town is None:
        return None
    for m in countries:  # inside the town phrase ("ciudad boliviana de") or right before it ("Bolivian town of")
        if m.form == "adjective" and town.start() - 1 <= m.span.end <= start:
            return m.code
    return None
