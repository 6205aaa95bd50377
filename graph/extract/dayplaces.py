"""Where the acts of a day happened when the text places only some of them.

Helpers of :mod:`graph.extract.settle`, run on the merged drafts once the visits have their places and dates:
an act without a city of its own (a signing "after the talks", a banquet in the evening, remarks "at a joint
news conference") took place in the one city where its participants are reported that same day; an act of
travellers during a trip to a city, in the next days and with no other city reported for them in between,
took place in that city ("arrived in Dakar on Tuesday ... was received on Wednesday morning by the Prime
Minister"), and so did an act of theirs on the day before or after an act placed there, when no other city is
reported for them in between ("met the Iranian minister the evening before", "will be received by the
president on Wednesday"), the day after talks of several days counting from their last ("lundi et mardi"); a
delegation's trip to a city places the next days' acts between its two states led by officials of the travellers'
state; a planned act places only planned ones this way. A signing naming no participant
takes the city of its day's act between the same states ("documents were signed after the talks"), and a trip
placed only in a state the one city of it where its travellers' acts are (:mod:`graph.extract.tripcities`); a
meeting or statement naming no one takes the one city of its day's acts and trips, in a state it names. Calls,
summonses and expulsions are not placed this way (a summons is held at the summoning state's ministry).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache

from graph.extract import lexicon
from graph.extract.assemble import Draft
from graph.extract.purposeplaces import trip_purpose_cities
from graph.extract.tripcities import country_trip_cities
from graph.lang import supported_languages
from graph.model import City, Country, city_of

__all__ = ["same_day_cities"]

#: Acts no day places: calls, and what a state does at home (a summons at its foreign ministry, an expulsion),
#: placed by :mod:`graph.extract.occasions` and ``settle.expelling_states`` instead.
_PLACED_BY_STATE = frozenset({"PhoneCall", "Summons", "Expulsion"})
#: How many days after its start an act of the travellers may still be part of a trip placed in one city.
_TRIP_DAYS = 3
#: How many times the acts placed by their day's acts may place others in turn.
_ROUNDS = 2
#: A duration of whole days ("P2D").
_DAYS = re.compile(r"P(\d+)D")
_WORD = re.compile(r"[^\W\d_]+")
#: A number in a date's words (a day of a span "from 20 to 22 March" when at most 31).
_NUMBER = re.compile(r"\d+")


def _day(draft: Draft) -> date | None:
    if draft.date is None or draft.date.precision != "day":
        return None
    try:
        return date.fromisoformat(draft.date.value)
    except ValueError:
        return None


def _placeable(draft: Draft) -> bool:
    """An act of its own day that no city places yet (a country at most)."""
    if draft.background or draft.type in _PLACED_BY_STATE or draft.group == "visit" or _day(draft) is None:
        return False
    return draft.location is None or isinstance(draft.location, Country)


def same_day_cities(drafts: list[Draft]) -> None:
    """Give each act without a city the one city where its participants were that day, else the city of
    the trip they are on or of their acts of the day before or after, and then a signing naming no
    participant the city of its day's act between the same states (see the module docstring)."""
    trip_purpose_cities(drafts)  # "will travel to Lisbon, where she will hold talks": the talks are there
    trips = [d for d in drafts if d.group == "visit" and d.date is not None]
    for _ in range(_ROUNDS):  # an act placed this way places others of its people ("talks this morning ... a
        # dinner for his guest tonight")
        placed, before = _placed(drafts), len(_placed(drafts))
        for draft in drafts:
            if not _placeable(draft) or not draft.people:
                continue
            if any(t.date.span == draft.date.span and t.people & draft.people and _spans_days(t) for t in trips):
                continue  # an act dated only by the trip it is part of ("visitará Perú del 27 al 29 de julio"),
                # not one whose day dates the trip ("talks this morning, on the second day of his visit")
            _settle(draft, _where_that_day(draft, placed, lambda d: d.people) or _where_around(draft, placed, trips))
        if len(_placed(drafts)) == before:
            break
    current = [d for d in _placed(drafts) if not d.background]
    for draft in drafts:
        if draft.type == "Ceremony" and _placeable(draft) and not draft.people and len(draft.countries) >= 2:
            _settle(draft, _where_that_day(draft, current, _states))
    for draft in drafts:
        if _placeable(draft) and not draft.people and draft.group in ("meet", "summit", "statement"):
            _settle(draft, _day_city_of_state(draft, current))  # "Reise nach Brünn ... 11:00 Uhr: Trilaterales Treffen"
    for draft in drafts:
        if _placeable(draft) and draft.people and draft.status == "Occurred" and draft.group in ("meet", "statement", "ceremony"):
            _settle(draft, _day_city_of_parties(draft, current))  # "In the same day the President received X"
    country_trip_cities(drafts)  # "zu einem Arbeitsbesuch in Österreich" ... "Gespräch in der Hofburg": Vienna


def _spans_days(trip: Draft) -> bool:
    """Whether a trip's date is a span of days ("del 27 al 29 de julio", "lundi et mardi", "P3D"), not the one day
    of an act told with it ("this morning, on the second day of his visit")."""
    if trip.date.precision != "day" or _extra_days(trip) > 0:
        return True
    days = [n for n in _NUMBER.findall(trip.date_text or trip.date.text or "") if int(n) <= 31]
    return len(days) >= 2


def _placed(drafts: list[Draft]) -> list[Draft]:
    return [d for d in drafts if d.type != "PhoneCall" and _day(d) is not None and city_of(d.location) is not None]


def _settle(draft: Draft, city: City | None) -> None:
    if city is not None and (draft.location is None or draft.location.code == city.country):
        draft.location = city


def _states(draft: Draft) -> set[object]:
    """The states of an act as a set comparable only to an act between exactly the same states."""
    return {frozenset(draft.countries)}


def _where_that_day(draft: Draft, placed: list[Draft], key: Callable[[Draft], set]) -> City | None:
    """The one city of the current acts (not trips, which span days) of the same day and status sharing a
    participant (``key``: the participants, or the states of acts naming none)."""
    people, day = key(draft), _day(draft)
    cities = {c.geonames_id: c for d in placed if d.status == draft.status and _day(d) == day and d.group != "visit"
              and not d.background and people & key(d) and (c := city_of(d.location)) is not None}  # fmt: skip
    return next(iter(cities.values())) if len(cities) == 1 else None


def _day_city_of_state(draft: Draft, placed: list[Draft]) -> City | None:
    """The one city of the current acts and trips of the same day and status, when it lies in a state the act
    names: where a programme naming no one goes that day ("Reise nach Brünn", then "Trilaterales Treffen")."""
    day = _day(draft)
    cities = {c.geonames_id: c for d in placed if d.status == draft.status and _day(d) == day
              and (c := city_of(d.location)) is not None}  # fmt: skip
    if len(cities) != 1:
        return None
    city = next(iter(cities.values()))
    return city if city.country in draft.countries else None


def _day_city_of_parties(draft: Draft, placed: list[Draft]) -> City | None:
    """The one city of the current acts of the same day and status (not trips, whose day may be spent on the road),
    all told before the act, when the act's states are all states of that day's acts there: an act whose people
    the day's acts do not name, between the same parties ("talks in Ankara ... On the same day the President
    received the head of the Uzbek foreign ministry"); not an act told before the day's move to another city."""
    day = _day(draft)
    same = [d for d in placed if d.status == draft.status and _day(d) == day and d.mentions and d.group != "visit"]
    city = _day_city_of_state(draft, same)
    if city is None or not draft.countries or not draft.mentions:
        return None
    start = min(m.start for m in draft.mentions)
    if any(d.status == draft.status and _day(d) == day and d.mentions and min(m.start for m in d.mentions) > start
           for d in placed):
        return None  # "signed agreements on Monday morning ... travelled to Mombasa on Monday afternoon"
    return city if draft.countries <= set().union(*(d.countries for d in same)) else None


def _near(draft: Draft, anchor: Draft) -> bool:
    """Whether ``anchor`` places the travellers around ``draft``'s day: a trip begun at most a few days
    before, another act the day before or after; a planned act places only planned ones (the programme of a trip)."""
    if anchor is draft or (anchor.status != "Occurred" and not (anchor.status == draft.status == "Planned")):
        return False
    days = (_day(draft) - _day(anchor)).days
    if anchor.group == "visit":
        return 0 < days <= _TRIP_DAYS and (bool(draft.people & set(map(id, anchor.attendees))) or _delegation(draft, anchor))
    days = min(days, max(0, days - _extra_days(anchor)))  # after the last day of talks held "Monday and Tuesday"
    if days == -1 and _told_after(anchor, draft):
        return False  # the next day's act told after it may be elsewhere ("On Tuesday she met X. Wednesday: In
        # Tallinn, she took part in ..."), unlike an act told first and then "the evening before"
    return abs(days) <= 1 and bool(draft.people & anchor.people)


def _told_after(anchor: Draft, draft: Draft) -> bool:
    """Whether all of ``anchor`` is told in sentences after all of ``draft``."""
    return bool(anchor.mentions and draft.mentions) and min(anchor.sentences) > max(draft.sentences)


def _extra_days(draft: Draft) -> int:
    """The days an act lasts after its first: a duration of days ("P2D" gives 1) or the weekdays its date names
    ("lundi et mardi", "on Monday and Tuesday" give 1); 0 when it names no such span."""
    match = _DAYS.fullmatch(draft.duration or "")
    if match and int(match.group(1)) > 0:
        return min(int(match.group(1)) - 1, _TRIP_DAYS)
    words = _WORD.findall(draft.date_text.lower()) if draft.date_text else []
    days = {_weekdays()[w] for w in words if w in _weekdays()}
    return min(len(days) - 1, _TRIP_DAYS) if days else 0


@cache
def _weekdays() -> dict[str, int]:
    """Weekday names of every language of the lexicon -> their number."""
    found: dict[str, int] = {}
    for lang in supported_languages():
        found.update({w.lower(): n for w, n in lexicon.load("dates", lang).get("weekdays", {}).items()})
    return found


def _delegation(draft: Draft, trip: Draft) -> bool:
    """Whether a trip brings an act's party though they differ in people ("the Kyrgyz delegation will arrive in
    Muscat, and on the 17th the Kyrgyz-Omani commission will meet, chaired by Deputy Prime Minister X"): the
    act is between the trip's two states (the host's is its city's), and its officials are all of the travellers' state."""
    city = city_of(trip.location)
    states = set(trip.countries) | {city.country} if city is not None else set()
    if len(states) != 2 or set(draft.countries) != states:
        return False
    home = states - {city.country}
    travellers = {p.country for p in trip.attendees} or home
    officials = {p.country for p in draft.attendees}
    return len(home) == 1 and travellers == home and bool(officials) and officials <= home


def _where_around(draft: Draft, placed: list[Draft], trips: list[Draft]) -> City | None:
    """The one city of the trips and acts that place the draft's participants around its day (:func:`_near`),
    when no other city is reported for them from the earliest of those to this day."""
    anchors = [d for d in placed if _near(draft, d) and not _reached_later(draft, d, trips)]  # not a city the
    # travellers reach only after its day ("courtesy call on Friday. She then flies to Busan, ... talks on Saturday")
    arrivals = {_day(d): city_of(d.location) for d in anchors if d.group == "visit"}  # a trip's first day: acts
    # elsewhere that day came before the travellers left home ("speaking in Apia before his departure")
    anchors = [d for d in anchors
               if d.group == "visit" or arrivals.get(_day(d), city_of(d.location)) == city_of(d.location)]
    cities = {c.geonames_id: c for d in anchors if (c := city_of(d.location)) is not None}
    if len(cities) != 1:
        return None
    city, day, people = next(iter(cities.values())), _day(draft), draft.people
    start = min(min(_day(d) for d in anchors), day)
    end = max(max(_day(d) for d in anchors), day)
    elsewhere = any(start <= _day(d) <= end and _day(d) not in arrivals and people & d.people
                    and city_of(d.location) != city and not _left_after(draft, d) for d in placed)  # fmt: skip
    return None if elsewhere else city


def _reached_later(draft: Draft, anchor: Draft, trips: list[Draft]) -> bool:
    """Whether an act after ``draft`` is in a city its travellers only reach by a trip begun after
    ``draft``'s day ("Am Dienstag trifft er in San José ein ... Am Mittwoch ... Am Donnerstag reist er weiter
    nach Panama-Stadt. Dort führt er Gespräche", "a courtesy call on Friday. She then flies to Busan, where she will
    hold talks on Saturday"): it does not place the day before, spent elsewhere."""
    day, city = _day(draft), city_of(anchor.location)
    if anchor.group == "visit" or _day(anchor) <= day:
        return False
    theirs = [t for t in trips if draft.people & set(map(id, t.attendees)) and _day(t) is not None]
    if any(_day(t) <= day and (t.location is None or city_of(t.location) == city) and not _left_after(draft, t)
           for t in theirs):
        return False  # a trip of theirs there begun by that day ("прибыл во вторник в Иркутскую область")
    return any((day < _day(t) or _left_after(draft, t)) and _day(t) <= _day(anchor) and city_of(t.location) == city
               for t in theirs)


def _left_after(draft: Draft, trip: Draft) -> bool:
    """Whether a trip of the act's people begun on its day is told only after it: the act came before they left
    ("Dans la matinée du mercredi 10 juin, M. X a signé ... Il s'est ensuite rendu à Quito"), so neither the trip
    nor their acts at its end place it."""
    if trip.group != "visit" or _day(trip) != _day(draft) or not trip.mentions or not draft.mentions:
        return False
    return min(trip.sentences) > max(draft.sentences) and bool(draft.people & set(map(id, trip.attendees)))
