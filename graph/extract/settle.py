"""Settle where and when merged events happened from the rest of the account.

Helpers of :mod:`graph.extract.rules`, run on the drafts after merging: an event without a place or date of
its own takes them from the main event of its day or from the trip it happens during; a visit placed in a
country only takes the city its travellers' account names; a trip dated coarsely starts with the first day
its travellers are reported doing something (:mod:`graph.extract._datetrip`); an expulsion
happens in the expelling state.
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract import lexicon, places, reciprocal
from graph.extract._datetrip import within
from graph.extract.assemble import Draft
from graph.extract.leadplaces import lead_gathering
from graph.extract.text import sentence_of
from graph.extract.visitedcity import sentence_act_cities, state_trip_cities
from graph.model import City, Country, Span, Venue, city_of

__all__ = ["statement_occasions", "lead_day_statements", "unplaced_visits", "same_day", "during_trip", "visit_cities", "expelling_states",
           "city_state_capital"]

#: Days since a month or year ended after which an act told in it is background to an undated report.
_LONG_AGO = 60

#: Between a nationality and the staff word it qualifies: "three Russian diplomats", "French embassy staff".
_NATIONALITY_GAP = re.compile(r"[ \t]+([^\W\d_][\w-]*[ \t]+)?")
#: The country forms that qualify a staff word across another word ("French embassy staff"); a country's name
#: there is the actor of the verb between ("власти Эстонии выслали сотрудника").
_ATTRIBUTES = frozenset({"adjective", "demonym", "prefix"})


def same_day(draft: Draft, main: Draft) -> bool:
    """Whether ``draft`` happened on the main event's day: the same date, or, when the text dates neither,
    one of its participants speaking or meeting in the same account ("In her statement, X said")."""
    if main.date is not None:
        return draft.date is not None and draft.date.value == main.date.value
    if draft.date is not None or draft.date_text or draft.status != main.status:
        return False
    return bool(main.people & draft.people)


def during_trip(drafts: list[Draft], trip: Draft) -> None:
    """What the travellers of a trip do without a place of its own happens in the visited country
    ("besuchte ... den früheren Präsidenten")."""
    visited = places.country_of(trip.location)
    travellers = set(map(id, trip.attendees))
    for draft in drafts:
        if draft is trip or draft.background or draft.status != trip.status or draft.type == "PhoneCall":
            continue
        if visited and draft.location is None and travellers & set(map(id, draft.attendees)):
            if not _elsewhere(drafts, draft, visited):
                draft.location = Country(visited)


def _elsewhere(drafts: list[Draft], draft: Draft, visited: str, days: int = 3) -> bool:
    """Whether another trip of one of the act's participants (its first attendee) took them to another state
    shortly before the act ("arrived in Nuku'alofa yesterday ... This morning Mr Ioane held talks")."""
    if draft.date is None or draft.date.precision != "day":
        return False
    people = set(map(id, draft.attendees))
    for other in drafts:
        if other.group != "visit" or other.background or other.date is None or not other.attendees:
            continue
        state = places.country_of(other.location)
        if state and state != visited and id(other.attendees[0]) in people and other.date.precision == "day" \
                and within(other.date.value, draft.date.value, days):
            return True
    return False


def statement_occasions(drafts: list[Draft], reach: int = 2, written: frozenset[int] | set[int] = frozenset(),
                        main: Draft | None = None, published: date | None = None) -> None:
    """A statement without a date of its own, made by someone who took part in an act reported just before it
    ("empfing X ... . "...", sagte Y anschließend vor Journalisten"), was made on that act's day, and where it
    took place when the statement names no place. The latest such act within ``reach`` sentences counts, also
    when an act without the speaker was told in between ("traf X. Y nahm an einem Essen teil. ..., sagte X").
    A statement issued in writing (its id in ``written``) takes the day only: it was not made at the act. An act
    dated before the ``main`` one ("renforcé lors de sa visite d'État en septembre 2025") is background the
    statement does not follow, and one dated after publication no statement told as made took place at."""
    for statement in drafts:
        if statement.type != "Statement" or statement.background or statement.status != "Occurred":
            continue
        if statement.date is not None or statement.date_text or not statement.sentences:
            continue
        first, speakers = min(statement.sentences), statement.people
        told = {id(d): max((i for i in d.sentences if i <= first), default=-1) for d in drafts}
        before = [d for d in drafts if d.type != "Statement" and d.status == "Occurred" and not d.background
                  and d.date is not None and first - reach <= told[id(d)] and not _before_main(d, main, published)]  # fmt: skip
        # the latest act the speaker took part in
        shared = [d for d in before if speakers & d.people and not _after(d, published)]
        occasion = max(shared, key=lambda d: told[id(d)], default=None)
        if occasion is None:
            continue
        statement.date, statement.date_text = occasion.date, occasion.date_text
        if statement.location is None and occasion.type != "PhoneCall" and id(statement) not in written:
            statement.location = occasion.location.city if isinstance(occasion.location, Venue) else occasion.location


def _after(draft: Draft, published: date | None) -> bool:
    """Whether ``draft`` is dated to a day after publication ("Tags darauf reist sie weiter nach X ... Vor ihrer
    Abreise erklärte sie"): a statement told as made is no remark made at it."""
    return (published is not None and draft.date is not None and draft.date.precision == "day"
            and draft.date.value > published.isoformat())


def _before_main(draft: Draft, main: Draft | None, published: date | None, days: int = _LONG_AGO) -> bool:
    """Whether ``draft`` happened before the main act that happened ("last met in January" in a report of May
    talks): its date is earlier and does not contain the main act's; while the main act is undated, a month or
    year that ended more than ``days`` days before publication ("lors de sa visite d'État en septembre 2025")."""
    if draft is main or draft.date is None or main is None or main.status != "Occurred":
        return False
    value = draft.date.value
    if main.date is not None:
        return value < main.date.value[: len(value)] and not main.date.value.startswith(value)
    if published is None or draft.date.precision == "day" or len(value) not in (4, 7):
        return False
    year, month = int(value[:4]), int(value[5:7]) if len(value) == 7 else 12
    following = date(year + month // 12, month % 12 + 1, 1)  # the first day after the month or year
    return (published - following).days > days


def lead_day_statements(drafts: list[Draft], main: Draft | None, published: date | None, days: int = 3) -> None:
    """A statement the account tells after its main act, dated by nothing and linked to no act of its speaker
    (a spokesman "told a closing news conference", "erklärte die Ministerin in einer schriftlichen
    Stellungnahme", an unnamed "the ministry said"), was made on the report's news day: the main act's, when
    that act happened on a day at most ``days`` before publication (not an old act a report looks back on)."""
    if main is None or main.status != "Occurred" or main.background or main.date is None or not main.sentences:
        return
    if main.date.precision != "day" or (published is not None and not within(main.date.value, published.isoformat(), days)):
        return
    lead = min(main.sentences)
    for statement in drafts:
        if statement.type != "Statement" or statement.background or statement.status != "Occurred":
            continue
        if statement.date is not None or statement.date_text or not statement.sentences or min(statement.sentences) <= lead:
            continue
        statement.date, statement.date_text = main.date, main.date_text


def visit_cities(drafts: list[Draft], cities: list[tuple[Span, City]], sentences: list[Span]) -> None:
    """A visit placed in a country only ("state visit to Argentina") is in a city of that country only where
    the text takes it there: its own sentences name the city (the only one, else the capital among them: "the
    visit will take him to the capital, Ottawa, and to Halifax"), or the account of its first day places its
    travellers there ("Zum Auftakt wurde er am Montag in Brasília empfangen"). A trip whose travellers are
    only later or undatedly reported in a city ("arrived in Australia on Tuesday ... talks in Canberra on
    Wednesday", "will be received in Rabat") stays in the country. Any event placed in a state that bears the
    name of its capital ("a visit to Singapore", "en Luxemburgo") is in that city: the name names both. A visit
    to a state that took the city of a later leg only ("a two-day official visit to Kenya ... began with talks at
    State House, Nairobi ... Dawit travelled to Mombasa on Monday afternoon") is placed the same way. The
    gathering a report's lead places without naming it goes there first (:mod:`graph.extract.leadplaces`)."""
    lead_gathering(drafts, cities, sentences)
    for draft in drafts:
        if isinstance(draft.location, Country) and (capital := city_state_capital(draft.location.code)) is not None:
            draft.location = capital
    for draft in drafts:
        if draft.group != "visit" or not draft.attendees:
            continue
        leg = _later_leg(draft, drafts)
        if not isinstance(draft.location, Country) and leg is None:
            continue
        code = draft.location.code if leg is None else leg.country
        named = _named_in(cities, sentences, code, draft.sentences)
        capital = places.country_capital(code)
        if len(named) > 1 and capital is not None and capital.geonames_id in named:
            named = {capital.geonames_id: capital}
        if not named and capital is not None:
            named = {capital.geonames_id: capital} if _tour(drafts, draft, cities, sentences, capital) else {}
        if not named or leg is not None and leg.geonames_id in named:
            named = _named_in(cities, sentences, code, _first_day(drafts, draft))
            if leg is not None and len(named) > 1:
                named.pop(leg.geonames_id, None)  # the later leg's act told as of the first day
        if len(named) == 1:
            draft.location = next(iter(named.values()))


def _later_leg(trip: Draft, drafts: list[Draft]) -> City | None:
    """The city a visit told first as one to a state took from a later day's leg only ("concluded a two-day
    official visit to Kenya ... travelled to Mombasa on Monday afternoon"): not where the visit went. A leg told
    with no day of its own ("On the final day of the visit, she travelled to Osaka") is a later one when the
    travellers' acts of the trip's first day took place in another town of that state (talks in Tokyo)."""
    city = city_of(trip.location)
    if city is None or trip.date is None or trip.date.precision != "day":
        return None
    legs = [m for m in trip.mentions if (c := city_of(m.location)) is not None and c.geonames_id == city.geonames_id]
    first = min(m.sentence for m in legs) if legs else -1
    if not any(isinstance(m.location, Country) and m.location.code == city.country and m.sentence < first
               for m in trip.mentions):
        return None
    later = all(m.date is not None and m.date.precision == "day" and m.date.value > trip.date.value for m in legs)
    if legs and not later and all(m.date is None for m in legs):
        later = _first_day_elsewhere(drafts, trip, city)
    return city if legs and later else None


def _first_day_elsewhere(drafts: list[Draft], trip: Draft, city: City) -> bool:
    """Whether an act of the trip's travellers on its first day took place in another town of ``city``'s state."""
    travellers = set(map(id, trip.attendees))
    return any(d is not trip and d.group != "visit" and not d.background and d.status == trip.status
               and d.date is not None and trip.date is not None and d.date.value == trip.date.value
               and travellers & d.people and (c := city_of(d.location)) is not None
               and c.country == city.country and c.geonames_id != city.geonames_id for d in drafts)


def unplaced_visits(drafts: list[Draft], days: int = 3) -> None:
    """A trip the text places nowhere ("Arrivée dimanche pour une visite de travail de quatre jours, Mme X doit
    être reçue ce mardi") took its travellers to the one city where their acts of the next ``days`` days are
    placed ("a reçu lundi au palais d'Egmont, à Bruxelles, son homologue"), when all those placed are in that city
    and none is placed in another state (an act told without a place, a dinner, does not count)."""
    for trip in drafts:
        if trip.group != "visit" or trip.location is not None or trip.background or trip.date is None:
            continue
        if trip.date.precision != "day" or not trip.attendees:
            continue
        travellers, start = set(map(id, trip.attendees)), trip.date.value
        acts = [d for d in drafts if d.group != "visit" and not d.background and d.date is not None
                and d.date.precision == "day" and travellers & d.people and within(start, d.date.value, days)]  # fmt: skip
        found = {(c.geonames_id, c) for d in acts if (c := city_of(d.location)) is not None}
        if len(found) != 1:
            continue
        city = next(iter(found))[1]
        if all(city_of(d.location) is not None or _state_of(d.location) in (None, city.country) for d in acts):
            trip.location = city  # an act placed nowhere (a dinner) does not keep the trip from its city
    state_trip_cities(drafts)  # "a visit to Oman ... In Muscat, Minister Lim will hold talks": in Muscat
    sentence_act_cities(drafts)  # "se retrouver à Abidjan en mars, à l'occasion du déplacement de M. Morvan"


def _state_of(place: object) -> str | None:
    """The state of a place placed in a country only, else None."""
    return place.code if isinstance(place, Country) else None


def city_state_capital(code: str) -> City | None:
    """The capital of a state named as its capital is (Singapore, Monaco, Luxembourg, San Marino), else None."""
    capital = places.country_capital(code)
    if capital is None or capital.name != places.country_name(code):
        return None
    return capital


def _tour(
    drafts: list[Draft], trip: Draft, cities: list[tuple[Span, City]], sentences: list[Span], capital: City
) -> bool:
    """Whether a sentence about a stop of the same travellers lists the stops of the trip, the capital first
    among them ("the visit will take him to the capital, Ottawa, and to Halifax")."""
    travellers = set(map(id, trip.attendees))
    told = {i for d in drafts if d.group == "visit" and not d.background and travellers & set(map(id, d.attendees))
            for i in d.sentences}  # fmt: skip
    for index in told:
        named = [c for span, c in cities if c.country == capital.country and sentence_of(sentences, span.start) == index]
        if len({c.geonames_id for c in named}) > 1 and named[0].geonames_id == capital.geonames_id:
            return True
    return False


def _first_day(drafts: list[Draft], trip: Draft) -> set[int]:
    """The sentences telling what the travellers of a trip dated to the day did on that day."""
    if trip.date is None:
        return set()
    travellers, day = set(map(id, trip.attendees)), trip.date.value
    if trip.date.precision != "day":  # "this week": the first day its travellers are reported doing something
        days = [d.date.value for d in drafts if d is not trip and not d.background and d.status == trip.status
                and d.date is not None and d.date.precision == "day" and d.date.value.startswith(day)
                and travellers & d.people]  # fmt: skip
        if not days:
            return set()
        day = min(days)
    return {i for d in drafts if d is not trip and not d.background and d.status == trip.status
            and d.date is not None and d.date.value == day and travellers & d.people for i in d.sentences}  # fmt: skip


def _named_in(cities: list[tuple[Span, City]], sentences: list[Span], code: str, told: set[int]) -> dict[int, City]:
    """The cities of the state ``code`` named in the sentences ``told``."""
    return {city.geonames_id: city for span, city in cities
            if city.country == code and sentence_of(sentences, span.start) in told}  # fmt: skip


def _nationalities(text: str, staff: re.Pattern[str], span: Span, countries: list) -> list[tuple[int, set[str]]]:
    """The states whose staff a sentence names, by staff word: "three Russian diplomats", "diplomáticos
    panameños"."""
    found: list[tuple[int, set[str]]] = []
    for match in staff.finditer(text, span.start, span.end):
        codes: set[str] = set()
        for cspan, country in countries:
            gap = _NATIONALITY_GAP.fullmatch(text, cspan.end, match.start()) if cspan.end <= match.start() else None
            if gap and (not gap.group(1) or country.form in _ATTRIBUTES):
                codes.add(country.code)  # a nationality before the word (not "власти Эстонии выслали сотрудника")
            elif cspan.start >= match.end() and cspan.start - match.end() <= 2 and not text[match.end() : cspan.start].strip():
                codes.add(country.code)  # ... or right after it
        if codes:
            found.append((match.start(), codes))
    return found


def _own_staff(found: list[tuple[int, set[str]]], at: int) -> set[str]:
    """The expelled states of the trigger at ``at``: all the sentence names, unless it names staff of several
    states ("expelled the Belgian diplomats; Belgium declared the Rwandan diplomats persona non grata"): then
    those named first after the trigger, else last before it."""
    every = set().union(*(codes for _, codes in found)) if found else set()
    if len({frozenset(codes) for _, codes in found}) <= 1:
        return every
    after = [codes for start, codes in found if start >= at]
    return after[0] if after else found[-1][1]


def _answering_mission(found: list[tuple[int, set[str]]], mention) -> set[str]:
    """The state whose mission a trigger expels staff of, named after it when the sentence names staff of another
    state only before it ("ordered four Iranian diplomats to leave, and Iran answered by expelling four staff members
    of the Azerbaijani embassy in Tehran": Azerbaijan's staff); empty otherwise."""
    mission = _mission_owner(mention.location)
    if not mission or not found or mention.location_at < mention.end or any(start > mention.start for start, _ in found):
        return set()
    return mission if all(mission.isdisjoint(codes) for _, codes in found) else set()


def _unplaced(location: object, expelled: set[str]) -> bool:
    """Whether an expulsion has no place of its own: none, or only the mission of the expelled state that the
    staff belonged to, in no named city ("a first secretary at the Belarusian embassy")."""
    if location is None:
        return True
    return isinstance(location, Venue) and location.city is None and location.owner in expelled


def _mission_owner(location: object) -> set[str]:
    """The state whose mission an expulsion names as its place ("сотрудника посольства Молдавии в Москве"):
    its staff are the ones expelled."""
    if isinstance(location, Venue) and location.kind in ("embassy", "consulate") and location.owner:
        return {location.owner}
    return set()


def expelling_states(drafts: list[Draft], text: str, lang: str, sentences: list[Span], countries: list) -> None:
    """An expulsion without a place of its own happens in the expelling state: the other state of the event
    (else of its sentence, else of the article) than the one whose diplomats are expelled."""
    staff = lexicon.cue("events", lang, "expelled_staff")
    if staff is None:
        return

    def expelled_by(mention) -> set[str]:
        span = sentences[mention.sentence]
        found = _nationalities(text, staff, span, [c for c in countries if span.start <= c[0].start < span.end])
        return _answering_mission(found, mention) or _own_staff(found, mention.start)

    reciprocal.split_reciprocal(drafts, expelled_by, sentences)
    for draft in drafts:
        if draft.type != "Expulsion" or not draft.mentions:
            continue
        expelled = expelled_by(draft.mentions[0]) or _mission_owner(draft.location)
        if not expelled or not _unplaced(draft.location, expelled):
            if expelled & _mission_owner(draft.location) and places.country_of(draft.location) not in expelled:
                draft.countries |= expelled  # at the expelled state's mission in the expelling state: both are parties
            continue
        named = {c.code for s, c in countries if any(sentences[i].start <= s.start < sentences[i].end for i in draft.sentences)}
        for pool in (draft.countries, named, {c.code for _, c in countries}):
            hosts = set(pool) - expelled
            if hosts:
                break
        if len(hosts) == 1:
            host = hosts.pop()
            draft.location = Country(host)
            draft.countries |= {host} | expelled
