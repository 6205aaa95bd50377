"""People: names with their titles, roles, countries and organisations, resolved within one article.

A person is a capitalised name linked to a title (before it: "Außenminister Frank-Walter Steinmeier", "the Foreign
Minister of India, S. Jaishankar"; after it: "Hu Jintao, the President of China"), a name starting with a
known given name, a name after an honorific, or a later mention of a known person's surname. Titles found
without a name ("der Außenminister", "Индийский лидер") are kept as :class:`RoleRef` and resolved to the
person of the article holding that role. Which words form a name is decided in :mod:`graph.extract.nameshape`,
the link between titles and names in :mod:`graph.extract.titles`, coreference in :mod:`graph.extract.coref`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract import lexicon, officials, people_cues, roles
from graph.extract.apposedtitles import apposed_orgs, apposed_states
from graph.extract.commonnouns import drop_common_nouns
from graph.extract.coref import resolve_people
from graph.extract.firstperson import first_person_home
from graph.extract.grouptitles import group_title
from graph.extract.nativenames import respell_people
from graph.extract.openingnames import opening_names
from graph.extract.pairtitles import introduced_pairs
from graph.extract.regions import one_region_states, region_states
from graph.extract.respective import respective_states
from graph.extract.rosterstates import roster_states
from graph.extract.sharedstate import shared_states
from graph.extract.home import sentence_states
from graph.extract.issuingstate import home_country, titled_home
from graph.extract.nationals import national_name, singular_demonym
from graph.extract.metleaders import met_leaders
from graph.extract.nameshape import NAME_HONORIFICS, PersonMention, SentenceNames
from graph.extract.namestyles import styled_states
from graph.extract.openings import capital_openings, led_by_states
from graph.extract.roles import Titles
from graph.extract.russiannames import cases_agree, unify_declined
from graph.extract.settlements import settlement_before
from graph.extract.text import Token, span_key
from graph.extract.titles import TitleHit, link_titles
from graph.extract.townoffices import town_before_name
from graph.extract.units import Unit, build_units, per_sentence
from graph.model import Person, Span

__all__ = ["PersonMention", "RoleRef", "People", "find_people", "sentence_people"]


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
    lang: str = ""  # the article's language code


def sentence_people(
    lex: Titles, units: list[Unit], index: int, text: str, led: list[re.Match[str]] = ()
) -> tuple[list[PersonMention], list[RoleRef]]:
    """Find the person mentions and role references of one sentence (``led``: its "led by" cues)."""
    sent = SentenceNames(lex, units, index, text)
    mentions: list[PersonMention] = []
    refs: list[RoleRef] = []
    groups: list[tuple[TitleHit, list[PersonMention]]] = []
    for hit, names in link_titles(sent):
        if not names:
            if group_title(lex, text, hit):
                continue  # "beim Treffen der EU-Außenminister": a group, not the minister named elsewhere
            if (not hit.entry.counterpart or hit.countries) and (not hit.entry.plural or hit.countries or _both(lex, text, hit)):
                refs.append(RoleRef(hit.start, hit.end, index, hit))  # "his Omani counterpart", "both presidents"
            continue
        zipped = len(names) > 1 and len(hit.countries) == len(names)
        groups.append((hit, []))
        for n, (first, last) in enumerate(names):
            if not cases_agree(units, hit, first):
                mentions.append(sent.mention(first, last, None))
                refs.append(RoleRef(hit.start, hit.end, index, hit))
                continue
            town = town_before_name(sent, first, last) if first > 0 and units[first - 1].kind == "title" else None
            mention = sent.mention(first + (town is not None), last, hit)  # "мэр Пскова Борис Елкин": the town's
            mention.country = hit.countries[n] if zipped else (hit.countries[0] if hit.countries else None)
            mention.country = mention.country or _of_country(units, last, lex) or town or hit.country
            mentions.append(mention)
            groups[-1][1].append(mention)
    respective_states(groups)
    if led:
        mentions += people_cues.led_by_names(sent, led)
    _untitled(lex, sent, units, mentions)
    people_cues.bracketed_countries(units, mentions)
    people_cues.apposition_countries(lex, units, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions, refs


def _untitled(lex: Titles, sent: SentenceNames, units: list[Unit], mentions: list[PersonMention]) -> None:
    """The names of a sentence no title introduces: after a given name, an honorific or a nationality noun."""
    used = sent.used
    honorific: set[int] = set()  # "Sheikh", "His Highness Sheikh": words of an honorific, no name of their own
    for u in [u for u, unit in enumerate(units) if unit.kind == "word" and unit.text[:1].isupper()]:
        end = sent.honorific_end(u) if u not in honorific else u
        honorific.update(range(u, end))
        if u in used or u in honorific or not sent.name_like(u):
            continue
        if singular_demonym(lex, units, u):
            continue  # "the Briton" before a name: no part of it
        if sent.place_head_before(u):
            while u < len(units) and sent.name_like(u):
                used.add(u)  # "Palacio San Martín", "Hotel Adlon": a place, nobody
                u += 1
            continue
        if _venue_name(lex, sent, units, u):
            continue  # "chaired the meeting at Bharat Mandapam": a place, nobody
        if settlement_before(lex.lang, units, u, lex.genitive):
            while u < len(units) and sent.name_like(u):
                used.add(u)  # "la localidad haitiana de Juana Méndez": a town, nobody
                u += 1
            continue
        national = national_name(sent, u)
        if national:
            mention = sent.mention(*national[1], None)
            mention.country = national[0]  # "le Ghanéen Kwame Asante", "der Franzose X"
            mentions.append(mention)
            continue
        after_honorific = u > 0 and units[u - 1].kind == "word" and sent.honorific_end(u - 1) == u
        owner = _state_owner(sent, units, u)
        if owner is not None:
            mention = sent.mention(*owner[1], None)
            mention.country = owner[0]  # "with Estonia's Kristjan Saar and Lithuania's Tomas Vaitkus"
            mentions.append(mention)
            continue
        if not after_honorific and u > 0 and units[u - 1].kind == "word" and units[u - 1].lower in NAME_HONORIFICS:
            name = sent.name_at(u, linked=True)  # "Prinz Turki bin Khalid Al Saud": a full name after a royal style
            if name and name[1] - name[0] > 1:
                mentions.append(sent.mention(*name, None))
                continue
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


def _state_owner(sent: SentenceNames, units: list[Unit], u: int) -> tuple[str, tuple[int, int]] | None:
    """``(state, name)`` for a full name of two or three name-like words right after a state's possessive
    ("with Estonia's Kristjan Saar and Lithuania's Tomas Vaitkus."): that state's official, though no title says
    so. The state's name follows a comma, a conjunction or the word before someone met (``met_with``: "with").
    Without a known given name first, the name must close on punctuation or a conjunction ("Britain's Royal Navy
    chief" names none); no word of it may be an institution's ("Germany's Deutsche Bank")."""
    owner = units[u - 2] if u >= 3 else None
    if owner is None or units[u - 1].text not in sent.names.marks or owner.kind != "country" or owner.obj.form != "name":
        return None  # "Suva's Walu Bay": a town's
    before = units[u - 3]
    lex = sent.lex
    if before.text != "," and before.lower not in lex.conjunctions and before.lower not in _met_words(lex.lang):
        return None  # "Canada's Indo-Pacific Strategy" in a list of links: no one met
    name = sent.name_at(u, linked=False)
    if name is None or not 2 <= name[1] - name[0] <= 3 or not all(sent.name_like(k) for k in range(*name)):
        return None
    if any(units[k].text in sent.lex.nonnames for k in range(*name)):
        return None  # "Russia's Foreign Ministry", "Germany's Deutsche Bank"
    end = name[1]
    closed = end >= len(units) or units[end].kind == "punct" or units[end].lower in sent.lex.conjunctions
    if not closed and not sent.given(u):
        return None  # "Britain's Royal Navy chief": a name closes on a comma or "and" unless it starts as one
    return owner.obj.code, name


@cache
def _met_words(lang: str) -> frozenset[str]:
    """The words before someone met ("with", "by"; ``met_with`` of ``<lang>/roles.json``)."""
    words = (lexicon.load("roles", lang) or {}).get("met_with") or ""
    return frozenset(w for w in words.split("|") if w.isalpha())


def _venue_name(lex: Titles, sent: SentenceNames, units: list[Unit], u: int) -> bool:
    """Whether the capitalised words at ``u`` follow a venue preposition ("at Bharat Mandapam", "im Haus
    Huth"): a place's name, marked used, even one that starts with a given name ("Bharat", "Jawaharlal");
    nobody is met "at" or "im" a person. A possessive ("at Xi's invitation") is a person's still."""
    if u == 0 or units[u - 1].kind != "word" or units[u - 1].lower not in lex.venue_prepositions:
        return False
    name = sent.name_at(u, linked=False)
    if name is None or units[name[1] - 1].text.endswith(sent.names.possessive):
        return False
    end = next((k for k in range(u + 1, name[1]) if sent.given(k)), name[1])  # "в Иркутске Олег X": his name follows
    sent.used.update(range(u, end))
    return True


def _both(lex: Titles, text: str, hit: TitleHit) -> bool:
    """Whether "both" ("двух", "beiden") stands right before a plural title."""
    return lex.both is not None and lex.both.search(text, max(0, hit.phrase_start - 20), hit.phrase_start) is not None


def _of_country(units: list[Unit], last: int, lex: Titles) -> str | None:
    """``NAME of COUNTRY`` ("Chancellor Olaf Scholz of Germany", "Außenminister X aus der Türkei")."""
    if last + 1 >= len(units) or not (units[last].lower in lex.genitive or units[last].lower in lex.origin):
        return None
    k = last + 1
    if units[k].kind == "word" and units[k].lower in lex.determiners and k + 1 < len(units):
        k += 1  # "aus den USA"
    return units[k].obj.code if units[k].kind == "country" else None


def _apply_sides(lex: Titles, text: str, span: Span, mentions: list[PersonMention], countries: list) -> None:
    """"С российской стороны ... , с китайской стороны – ...": the side's country for the persons after it
    (not for an organisation's official: "on the Kenyan side of the border, joined by the Secretary General of
    the East African Community").

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
        if before and (mention.title is None or not (mention.title.countries or mention.title.org or mention.title.entry.org)):
            mention.country = before[-1]  # not "the Secretary General of the East African Community (EAC), X"


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
    led, along = people_cues.cues(lex, text)
    for i, span in enumerate(sentences):
        words = starts[i] if starts is not None else roles.word_starts(text, tokens[i])
        annotations = _annotations(lex, text, span, words, countries_in[i], orgs_in[i])
        if not _may_name(lex, tokens[i], annotations):
            continue  # no title and no capitalised word that could be a name: nobody here
        units = build_units(text, tokens[i], annotations, cities_in[i])
        found, sentence_refs = sentence_people(lex, units, i, text, [m for m in led if span.start <= m.start() < span.end])
        found = drop_common_nouns(lang, text, people_cues.drop_cities(found, cities_in[i]))
        if along:
            found = people_cues.drop_companions(lex, text, [a for a in along if span.start <= a < span.end], found)
        people_cues.local_countries(found, cities_in[i])
        _apply_sides(lex, text, span, found, countries_in[i])
        mentions += found
        refs += sentence_refs
    if lexicon.grammar(lang, "noun_case_inflection"):
        unify_declined(mentions)
    home = home_country(lex, text)
    officials.represented_pairs(lex, text, mentions, countries)
    people_cues.honorific_surnames(lex, text, mentions)  # "appointed Mereana Foster as ... Ms Foster"
    persons = resolve_people(mentions, refs, sentences, text, home, lex)
    people_cues.bare_defaults(text, mentions)  # "la Secretaria X" after "La Secretaria de Relaciones Exteriores, X"
    opening_names(text, sentences, mentions, refs)  # "den russischen Botschafter einbestellt. Gennadi X sei ..."
    home = home or first_person_home(lang, text, mentions, countries)  # "Today I spoke with ...": the author's state
    home = home or titled_home(lex, text, mentions)  # "Point de presse" / "Le ministre de l'Europe et des Affaires étrangères"
    apposed_orgs(text, mentions, refs, officials.former_words(lex.lang))  # "vom Hohen Vertreter der AU, dem früheren ..."
    officials.former_states(lex, text, mentions)
    officials.shared_defaults(mentions, countries)
    capital_openings(lex, text, sentences, mentions, cities_in, {m.code for _, m in countries})
    led_by_states(text, mentions, led, countries)
    apposed_states(text, mentions, refs)  # "vom ägyptischen Chefunterhändler, Botschafter X": Egypt's
    shared_states(lex, text, mentions)  # "Indonesia's Minister for Foreign Affairs, A, and Minister of Defence, B"
    officials.owner_states(lex, text, mentions, refs)
    officials.represented_states(lex, text, mentions, countries)
    officials.protagonist_home(home, mentions, lex.staff_roles)
    officials.home_variants(home, mentions, countries)  # "la secrétaire d'État X" in a Swiss release: Switzerland's
    region_states(lang, text, mentions)  # "Bayerns Wirtschaftsminister X": the region's state
    one_region_states(lang, text, mentions, countries_in, cities)  # "ein Treffen mit Ministerpräsident X" in a text on one Land
    for person in persons:
        person.evidence.sort(key=span_key)
    people = People(persons, mentions, refs, home, lex.staff_roles, lex.spouse, lang)
    roster_states(people, text, countries)  # "Cancilleres de Chile, Argentina y Bolivia": the one holder left
    sentence_states(people, text, countries)
    officials.single_state(people, text, countries)
    met_leaders(lang, text, people, countries, cities)  # "ein Treffen mit Staatspräsidentin X": the host's
    introduced_pairs(people, text, countries, cities[0][1].country if cities else None)  # "die Außenminister A und B": the sides in the order the article named them
    styled_states(people)  # "Mr. SAITO Ken, Deputy Chief Cabinet Secretary" beside "Mr. MORI Haruto, Prime Minister of Japan"
    respell_people(persons)
    return people
