"""Which person a title used alone means, of several named: the one with the matching (feminine) form of the
title, the only one named before it, the one named right after it ("Председателю КНР, ... Си Цзиньпину"), or
the protagonist named first; the one whose own title follows after a comma ("Le ministre d'Etat, ministre des
Affaires étrangères, X"), who is named right before it with a comma ("X, Ministre des Affaires étrangères"), whom
an appointment gives it ("X, designada como nueva Embajadora del Paraguay") or who was named with that very
title; for "his counterpart", one of the same rank as the one it belongs to. The resolver is
:class:`graph.extract.coref._Resolver`."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.people_cues import ENVOY_ROLES
from graph.model import Person

if TYPE_CHECKING:
    from graph.extract.coref import _Resolver
    from graph.extract.people import RoleRef


def masculine_of(resolver: _Resolver, person: Person, word: str) -> bool:
    """Whether ``person`` was named with the masculine form of the feminine title ``word``: "die
    Aussenministerin" is not the one called "Aussenminister" (his female colleague, named otherwise)."""
    named = resolver.men.get(id(person))
    if not named:
        return False
    low = word.lower()
    return any(low.startswith(title) and low[len(title) :] in resolver.feminine for title in named)


def only_one(pool: list[Person], word: str, resolver: _Resolver) -> list[Person]:
    """The one person a title without a state can mean: the only one in ``pool``, or its only woman when the
    title is feminine ("die Ministerin"); else nobody ("die beiden Minister" are not the first minister named)."""
    if len(pool) > 1 and resolver.feminine and word.lower().endswith(resolver.feminine):
        pool = [p for p in pool if id(p) in resolver.women]
    return pool if len(pool) == 1 else []


def only_before(pool: list[Person], start: int, resolver: _Resolver) -> list[Person]:
    """The one person of ``pool`` named before ``start``: "le ministre" told before his counterpart is named."""
    before = [p for p in pool if any(s < start for s in resolver.starts.get(id(p), ()))]
    return before if len(before) == 1 else []


def same_title(pool: list[Person], word: str, resolver: _Resolver) -> list[Person]:
    """``pool`` with the persons of other roles named with the same title word (in the article's order)."""
    stem = title_stem(word)
    same = [p for p in resolver.persons if p not in pool and any(_same_stem(stem, t) for t in resolver.title_stems.get(id(p), ()))]
    return resolver.ordered(pool + same) if same else pool


def narrow(found: list[Person], ref: RoleRef, resolver: _Resolver) -> list[Person]:
    """Of several holders of a title, the one a role reference means."""
    hit = ref.hit
    end = max(ref.end, hit.phrase_end)
    if len(found) > 1:
        found = _not_titled_later(found, ref, end, resolver)
    if len(found) > 1:
        apposed = apposed_to(found, hit.phrase_start, end, resolver)
        if apposed is not None:  # "Ambassador A, Permanent Representative of Brazil to the UN, and Ambassador B": A
            return [apposed]
    named_next = [p for p in found if _named_right_after(p, end, resolver) and id(p) not in resolver.counterparts]
    # (not "die Außenministerin ... mit ihrem ghanaischen Amtskollegen X": her counterpart)
    if named_next:  # "Председателю КНР, нашему другу господину Си Цзиньпину": the one named right after
        return named_next[:1]
    word = resolver.text[hit.start : hit.end]
    if len(found) > 1 and resolver.feminine and word.lower().endswith(resolver.feminine):
        found = [p for p in found if id(p) in resolver.women] or found  # "die Regierungschefin": the woman
    if len(found) > 1:  # "Председатель" alone: the one named with that very title, not "Президент"
        stem = title_stem(word)
        titled = [p for p in found if any(_same_stem(stem, t) for t in resolver.title_stems.get(id(p), ()))]
        found = titled or found
    if len(found) > 1 and _OWN_CAPACITY.search(resolver.text, max(resolver.sentences[ref.sentence].start, hit.phrase_start - 80), hit.phrase_start):
        last = _named_last_before(found, hit.phrase_start, resolver)
        found = last or found  # "Villaruel's visit ... It is her first visit ... as Secretary": the one just named
    if len(found) > 1:  # the protagonist: whoever of them the article named first
        found = [min(found, key=lambda p: p.evidence[0].start if p.evidence else 10**9)]
    return found


#: A title told as the capacity of someone a possessive pronoun names ("her first visit to Malaysia as
#: Secretary", "sein erster Besuch als Außenminister", "su primera visita como canciller").
_OWN_CAPACITY = re.compile(
    r"\b(?:her|his|ihr\w{0,2}|sein\w{0,2}|sa|son|ses|su|sus)\s(?:[^\W\d]+\s){1,8}(?:as|als|en tant que|como)\s(?:the\s|der\s|die\s|de\s)?$",
    re.I,
)


def _named_last_before(found: list[Person], start: int, resolver: _Resolver) -> list[Person]:
    """The one of ``found`` named last before ``start``; none if nobody is."""
    last = {id(p): max((s for s in resolver.starts.get(id(p), []) if s < start), default=-1) for p in found}
    best = max(found, key=lambda p: last[id(p)])
    return [best] if last[id(best)] >= 0 else []


def _not_titled_later(found: list[Person], ref: RoleRef, end: int, resolver: _Resolver) -> list[Person]:
    """``found`` without those named later in the sentence of ``ref`` with a title of their own right after a
    word of meeting ("On the margins, EAM held a bilateral meeting with Foreign Minister Khan": the EAM is not
    Khan, but his host), unless that leaves nobody."""
    stop, text = resolver.sentences[ref.sentence].end, resolver.text
    later = {id(holder) for start, holder in resolver.titled_at.items()
             if end < start < stop and _word_before(text, start) in _met_words()}
    rest = [p for p in found if id(p) not in later] if later else found
    return rest or found


def _word_before(text: str, start: int) -> str:
    """The lower-cased word right before ``start`` ("with" in "a meeting with Foreign Minister X")."""
    words = text[max(0, start - 12) : start].split()
    return words[-1].lower() if words else ""


@cache
def _met_words() -> frozenset[str]:
    """The words before someone met of every language ("with", "mit", "avec"; ``met_with`` of ``roles.json``)."""
    return frozenset(w for words in lexicon.every_language("roles", "met_with") if isinstance(words, str)
                     for w in words.split("|") if w.isalpha())


#: Between a name and a title set off after it: a comma and a determiner at most ("X, our envoy in Tokyo,").
_APPOSED_GAP = re.compile(r",\s*(?:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]{0,4}\s+)?$")
#: What closes a title set off between commas: a comma or the end of the sentence ("..., who was flown in").
_APPOSED_CLOSE = re.compile(r"\s*(?:[,;)]|[.!?](?:\s|$)|\n|$)")


def apposed_to(found: list[Person], start: int, end: int, resolver: _Resolver) -> Person | None:
    """The one of ``found`` whose name ends right before the title at ``start``, set off by commas as its
    apposition ("Ambassador Jose Manalo, our envoy in Tokyo, joined"), no one else named in between; else None.
    Not a title opening a clause after a comma ("After meeting A, the minister said")."""
    text = resolver.text
    if "," not in text[max(0, start - 8) : start] or not _APPOSED_CLOSE.match(text, end):
        return None
    gap = _APPOSED_GAP.search(text, max(0, start - 8), start)
    if gap is None:
        return None
    comma = gap.start()
    last = {id(p): max((s for s in resolver.starts.get(id(p), []) if s < comma), default=-1) for p in found}
    best = max(found, key=lambda p: last[id(p)])
    at = last[id(best)]
    if at < 0 or comma - at > 60 or any(c in text[at:comma] for c in ",;:.!?\n"):
        return None
    if any(at < s < comma for starts in resolver.starts.values() for s in starts):
        return None  # someone else named in between
    return best


_QUOTES = frozenset('"“”«»„')  # a quotation closing between a title and a name: "the crown prince ...," said X


def _named_right_after(person: Person, end: int, resolver: _Resolver) -> bool:
    """Whether ``person`` is named within a few words after ``end``, no quotation closing in between."""
    at = min((s for s in resolver.starts.get(id(person), []) if s > end), default=None)
    return at is not None and at <= end + 60 and not _QUOTES.intersection(resolver.text[end:at])


def quoted_after(person: Person, end: int, resolver: _Resolver) -> bool:
    """Whether ``person`` is first named after ``end``, a quotation closing in between (its speaker)."""
    starts = resolver.starts.get(id(person), [])
    return bool(starts) and starts[0] > end and bool(_QUOTES.intersection(resolver.text[end : starts[0]]))


def title_stem(title: str) -> str:
    """The first word of a title without its last letters: inflection aside ("Председателю", "Präsidenten")."""
    words = title.lower().split()
    word = words[0] if words else ""
    return word[: max(4, len(word) - 3)]


def _same_stem(a: str, b: str) -> bool:
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def named_pair(found: list[Person], start: int, resolver: _Resolver) -> list[Person]:
    """Of more than two holders, the two a "both" title before ``start`` means: the latest two named by name in
    one sentence ("Foreign Minister K and his Chilean counterpart, E, agreed ... The two ministers first met"),
    not a third one named alone since ("talks with Park" after "She then flies to Busan"); [] if no two were."""
    starts = [span.start for span in resolver.sentences]
    seen = {id(p): {bisect_right(starts, s) - 1 for s in resolver.starts.get(id(p), []) if s < start} for p in found}
    best, pair = -1, []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            shared = seen[id(a)] & seen[id(b)]
            if shared and max(shared) > best:
                best, pair = max(shared), [a, b]
    return pair


_STACK_GAP = re.compile(r"\s*,\s*")
_DEPUTY_HEAD = "Deputy Prime Minister"
#: A head of government who also holds a portfolio, named after a comma: "Qatar's Prime Minister and Minister of
#: Foreign Affairs, Sheikh X".
_HEAD = "Prime Minister"


@cache
def and_gap() -> re.Pattern[str]:
    """"Deputy Prime Minister and Minister of Foreign Affairs X": a portfolio joined to a head of government's title by
    a conjunction of any language (``conjunctions`` of ``roles.json``)."""
    words = "|".join(sorted(lexicon.every_language("roles", "conjunctions"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})\s+", re.IGNORECASE)


def stacked_on(ref: RoleRef, resolver: _Resolver) -> Person | None:
    """The person whose own title, of the same head word, follows the title of ``ref`` after a comma only: both
    titles are theirs ("Le ministre d'Etat, ministre des Affaires étrangères, X"); not a list of others ("the King,
    Prime Minister X"). A deputy head of government's title may also be joined by "and" to the portfolio the name
    follows ("Lao Deputy Prime Minister and Minister of Foreign Affairs X"): both are X's; so may a head of
    government's, where a comma sets the name off ("Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh X").
    Else the person named right before the title with a comma ("son homologue, Monsieur X, Ministre des Affaires
    étrangères de ...") or the one an appointment gives the title as a capacity ("X, designada ... como nueva
    Embajadora del Paraguay")."""
    hit = ref.hit
    gap = None if hit.entry.plural else _STACK_GAP.match(resolver.text, hit.phrase_end)
    person = resolver.titled_at.get(gap.end()) if gap is not None else None
    if person is None and hit.role in (_DEPUTY_HEAD, _HEAD) and not hit.entry.plural:
        gap = and_gap().match(resolver.text, hit.phrase_end)  # "Deputy Prime Minister and Minister of Foreign Affairs X"
        person = resolver.titled_at.get(gap.end()) if gap is not None else None
        if person is None or person.role in (None, _DEPUTY_HEAD, _HEAD):
            return None
        if hit.role == _HEAD:  # "the Prime Minister and Foreign Minister X" may be two people
            named = min((s for s in resolver.starts.get(id(person), []) if s > gap.end()), default=None)
            return person if named is not None and "," in resolver.text[gap.end() : named] else None
        return person
    stem = title_stem(resolver.text[hit.start : hit.end])
    if person is not None and any(_same_stem(stem, s) for s in resolver.title_stems.get(id(person), ())):
        return person
    return None if hit.entry.plural or hit.entry.counterpart else _apposed_after_name(hit, resolver) or _appointed_as(hit, resolver)


#: A name set off by a comma right before a title: capitalised words only ("Ahmedou Ould Sidi Baba, ").
_NAME_COMMA = re.compile(r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*\s+){0,5}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*\s*,\s*")
#: How far (characters) before a title the name it follows may start.
_NAME_REACH = 60


#: An appointment, then the capacity it gives, right before a title said alone ("X, designada la semana pasada
#: por el Poder Ejecutivo como nueva Embajadora del Paraguay", "appointed X as New Zealand's Ambassador").
_APPOINTED_AS = re.compile(
    r"\b(?:appointed|designated|named|nombrad[oa]|designad[oa]|nommée?|désignée?|ernannt)\b[^.;:\n]{0,80}?"
    r"\b(?:as|como|comme|en tant que|zum|zur|als)\s+(?:(?:the|el|la|le|l'|der|die)\s+)?(?:nuev[oa]|new|nouvel(?:le)?|neue[nr]?)?\s*$",
    re.IGNORECASE,
)


def _appointed_as(hit, resolver: _Resolver) -> Person | None:
    """The person named last before an appointment whose capacity is the title ("la Embajadora X, designada ...
    como nueva Embajadora del Paraguay": X is Paraguay's envoy), within the sentence's last ``_NAME_REACH`` * 2
    characters before the appointment word."""
    start = hit.phrase_start
    if not any(w in resolver.text[max(0, start - 12) : start] for w in (" as ", "como ", "comme ", " zu", " als ", "que ")):
        return None
    match = _APPOINTED_AS.search(resolver.text, max(0, start - 120), start)
    if match is None or "\n" in resolver.text[match.start() : start]:
        return None
    best, person = -1, None
    for holder in resolver.persons:
        for s in resolver.starts.get(id(holder), ()):
            if match.start() - _NAME_REACH * 2 <= s < start and s > best:
                best, person = s, holder
    if person is None:
        return None
    if best < match.start():  # named before a participle or a passive: "X, designada ...", "X was appointed ..."
        gap = resolver.text[best : match.start()]
        if "\n" in gap or ". " in gap or not ("," in gap or _PASSIVE.search(gap)):
            return None
    return person if person.role is None or hit.role is None or person.role == hit.role else None


#: An auxiliary of the passive right before an appointment ("X was appointed", "X fue designado", "X wurde ernannt").
_PASSIVE = re.compile(r"\b(?:was|were|is|been|fue|fueron|ha sido|a été|est|wurde|ist)\s+$", re.IGNORECASE)


def _apposed_after_name(hit, resolver: _Resolver) -> Person | None:
    """The person named right before a title, with a comma only between: the title is theirs ("par son
    homologue, Monsieur X, Ministre des Affaires étrangères de la Mauritanie": X's, not the visiting minister's),
    if they hold no other role."""
    start = hit.phrase_start
    if resolver.text[start - 2 : start].strip() != ",":
        return None
    best, person = -1, None
    for holder in resolver.persons:
        for s in resolver.starts.get(id(holder), ()):
            if start - _NAME_REACH <= s < start and s > best:
                best, person = s, holder
    if person is None or _NAME_COMMA.fullmatch(resolver.text, best, start) is None:
        return None
    role = person.role
    return person if role is None or hit.role is None or role == hit.role or hit.role.startswith(role + " ") else None


def exact_title(ref: RoleRef, resolver: _Resolver) -> Person | None:
    """The one person already named with the very title (of two words or more) that ``ref`` uses alone ("le
    ministre d'Etat" after "Le ministre d'Etat, ministre des Affaires étrangères, X"), who may hold its state."""
    hit = ref.hit
    phrase = resolver.text[hit.phrase_start : hit.phrase_end].strip(" ,").lower()
    if " " not in phrase or hit.entry.counterpart:
        return None
    exact = [p for p in resolver.persons if any(t.lower() == phrase for t in p.titles)]
    if len(exact) != 1:
        return None
    person, country = exact[0], hit.countries[0] if hit.countries else None
    fits = country is None or person.country in (None, country) and country not in resolver.not_of.get(id(person), ())
    return person if fits else None


def other_rank(ref: RoleRef, person: Person, resolver: _Resolver, leaders: frozenset[str]) -> bool:
    """Whether the person named last before the counterpart ``ref`` in its sentence (whose counterpart it is) and
    ``person`` differ in rank (:func:`_rank`: one of ``leaders``, an envoy, another official): "el Presidente X ...
    la invitación cursada por su par boliviano" means the Bolivian president, not the Bolivian vice-minister the
    article named; a minister's "homologue ivoirien" is no Ivorian ambassador."""
    first, owner, at = resolver.sentences[ref.sentence].start, None, -1
    for other in resolver.persons:
        if other is not person:
            for s in resolver.starts.get(id(other), ()):
                if first <= s < ref.start and s > at:
                    owner, at = other, s
    if owner is None or owner.role is None or person.role is None:
        return False
    return _rank(owner.role, leaders) != _rank(person.role, leaders)


def _rank(role: str, leaders: frozenset[str]) -> int:
    """A leader's rank 0, an envoy's in post 1 (an ambassador is no minister's counterpart), any other 2."""
    return 0 if role in leaders else 1 if role in ENVOY_ROLES else 2
