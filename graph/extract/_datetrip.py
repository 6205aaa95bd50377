"""When trips and the acts told during them happened: dates shared between a trip and its travellers' acts.

Helpers of :mod:`graph.extract.rules`, run on the drafts after
merging: an act of a dated trip's travellers without a date of its own takes the trip's ("cancelled a visit to
Beijing planned for October. Mori had been due to meet X"); a trip dated coarsely ("this week") starts with the
first day its travellers are reported doing something during it.
"""

from __future__ import annotations

from datetime import date

from graph.extract import dates
from graph.extract.assemble import Draft
from graph.model import City, Country, DateValue, Venue, city_of

__all__ = ["trip_act_day", "trip_dates", "trip_day", "visit_dates", "within"]


#: The last sentence (counted from the headline, 0) of a report's lead: a trip told there is the report's news.
_LEAD = 2


def trip_dates(drafts: list[Draft], lang: str = "") -> None:
    """What a traveller is to do on a dated trip, told in the same or the next sentence without a date of its
    own ("cancelled a visit to Beijing planned for October. Mori had been due to meet X"), shares its date, and so
    does an act in its city when the trip names no traveller ("reist weiter nach Zagreb. Dort wird sie empfangen"); an
    act in a city of the country a trip of several days goes to ("se rendra au Maroc du 14 au 16 avril. Elle
    doit être reçue à Rabat") happens on one of its days: it takes the month. A trip told in the lead also dates
    what the headline says its travellers did ("Estlands Präsident trägt sich ins Goldene Buch ein. ... hat am
    Donnerstag die Hansestadt besucht")."""
    for trip in drafts:
        if trip.group != "visit" or trip.background or trip.date is None:
            continue
        travellers = set(map(id, trip.attendees))
        reach = {i + k for i in trip.sentences for k in (0, 1)}
        if min(trip.sentences, default=_LEAD + 1) <= _LEAD:
            reach.add(0)  # the headline tells the news its lead dates: "Estlands Präsident trägt sich ins Goldene Buch ein"
        reach |= _acts_reach(trip, drafts, travellers)
        for draft in drafts:
            if draft.group in ("visit", "statement", "call") or draft.date is not None or draft.date_text:
                continue
            if draft.background and draft.status != "Planned":
                continue  # a plan told in passing is still one of the trip's ("По итогам переговоров планируется подписание")
            if draft.status != trip.status or not draft.sentences & reach:
                continue
            if not travellers & set(map(id, draft.attendees)) and not _unnamed_trip_act(trip, draft, travellers):
                continue
            if draft.location is None or _same_city(draft.location, trip.location) or draft.location == trip.location:
                draft.date, draft.date_text = trip.date, trip.date_text
            elif _in_country(draft.location, trip.location) and _days(trip.date, lang):
                draft.date, draft.date_text = trip_day(draft, trip, lang), trip.date_text
    _stop_days(drafts, lang)


def _unnamed_trip_act(trip: Draft, draft: Draft, travellers: set[int]) -> bool:
    """Whether ``draft`` is an act of a trip whose traveller went unnamed: told in a later sentence, in the trip's
    city, between named people ("reist die Ministerin weiter nach Zagreb. Dort wird sie von X empfangen"); not an
    act of the trip's own sentence ("llegó a su punto álgido el lunes, cuando ... la cumbre de Roma")."""
    return not travellers and bool(draft.attendees) and _same_city(draft.location, trip.location) \
        and min(draft.sentences, default=-1) > max(trip.sentences, default=-1)


def _acts_reach(trip: Draft, drafts: list[Draft], travellers: set[int]) -> set[int]:
    """The sentences a planned trip's dated acts are told in, and the next one each: "посетит Казахстан 10–11
    ноября. В ходе переговоров в Астане ... обсудят X. По итогам переговоров планируется подписание": the signing
    after the talks dated by the trip is one of its acts too."""
    if trip.status != "Planned" or trip.date_text is None or not travellers:
        return set()
    return {i + k for d in drafts if d is not trip and d.status == "Planned" and d.date_text == trip.date_text
            and travellers & set(map(id, d.attendees)) for i in d.sentences for k in (0, 1)}


def _stop_days(drafts: list[Draft], lang: str) -> None:
    """An act told after a stop of a tour of several states each dated to one day, placed in that stop's city (or a city of the state a
    stop told only by its country went to), that shares a traveller and tells no date of its own (a later day came
    only from the dateline, or the day of another stop was carried to it) happened on the stop's day: "s'est rendue
    avant-hier à Madagascar, puis hier à Maurice. ... À Port-Louis, la ministre a été reçue par X"."""
    stops: dict[int | str, list[Draft]] = {}
    for trip in drafts:
        if trip.group == "visit" and not trip.background and trip.status == "Occurred" and trip.date is not None \
                and trip.date.precision == "day" and _stop_key(trip.location) is not None and not _days(trip.date, lang):
            stops.setdefault(_stop_key(trip.location), []).append(trip)
    if len({_country_of(ts[0].location) for ts in stops.values()}) < 2:
        return  # one state: a stay may last longer than the day it began ("arrived in Wellington yesterday")
    for draft in drafts:
        city = city_of(draft.location)
        if city is None or draft.group in ("visit", "statement"):
            continue
        found = stops.get(city.geonames_id) or stops.get(city.country, [])
        if len(found) != 1 or len(stops.get(city.country, ())) > 1:
            continue
        trip = found[0]
        if draft.background or draft.status != "Occurred" or draft.date is None or draft.date.precision != "day":
            continue
        other = draft.date.span is not None and any(t.date.span == draft.date.span and _country_of(t.location) != city.country
                                                     for ts in stops.values() for t in ts)
        if not other and (draft.date.value <= trip.date.value or any(m.date is not None or m.date_text for m in draft.mentions)):
            continue  # its own day, unless the day of another stop carried to it ("avant-hier au Sénégal, puis hier en Gambie")
        if min(draft.sentences, default=-1) < min(trip.sentences, default=0) or not set(map(id, trip.attendees)) & set(map(id, draft.attendees)):
            continue
        if trip.duration and trip.duration not in ("P1D", "P0D"):
            continue
        draft.date, draft.date_text = trip.date, trip.date_text


def _stop_key(place: object) -> int | str | None:
    """What identifies a stop: its city's id, or the code of the state a trip told only by its country went to."""
    city = city_of(place)
    return city.geonames_id if city is not None else place.code if isinstance(place, Country) else None


def trip_day(draft: Draft, trip: Draft, lang: str) -> DateValue | None:
    """The date an act during a dated trip takes: the trip's, or its month when the trip lasts several days and
    the act is placed in a city of the visited country (it happened on one of those days)."""
    if trip.date is not None and _in_country(draft.location, trip.location) and _days(trip.date, lang):
        return DateValue(trip.date.value[:7], trip.date.text, trip.date.span)
    return trip.date


def trip_act_day(draft: Draft, trip: Draft, lang: str, drafts: list[Draft]) -> tuple[DateValue | None, str | None]:
    """The date and its words an undated act during a dated trip takes (:func:`trip_day`), or the latest later day
    of the trip's acts told before it ("hat X am Mittwochvormittag empfangen. X war am Dienstagabend ...
    eingetroffen. Nach dem Gespräch traf der Gast mit Y zusammen": the Wednesday); not for an act told in a sentence
    of the trip ("hatte am Mittwoch Buenos Aires besucht und dort mit X gesprochen") nor for another trip."""
    day = trip_day(draft, trip, lang)
    if day is not None and day is trip.date and day.precision == "day" and draft.group != "visit" \
            and not draft.sentences & trip.sentences:
        later = _told_later(draft, trip, drafts)
        if later is not None:
            return later.date, later.date_text
    return day, trip.date_text


def _told_later(draft: Draft, trip: Draft, drafts: list[Draft]) -> Draft | None:
    """The act of the trip's travellers first told (in an earlier sentence) before ``draft`` on the latest day after the
    trip's own within a few days, if any."""
    first, travellers = min(draft.sentences, default=-1), set(map(id, trip.attendees))
    best = None
    for other in drafts:
        if other is trip or other is draft or other.date is None or other.date.precision != "day" or other.background \
                or other.status != trip.status or min(other.sentences, default=first) >= first:
            continue
        if other.date.value > (best.date.value if best else trip.date.value) and within(trip.date.value, other.date.value, _SAME_TRIP) \
                and travellers & set(map(id, other.attendees)):
            best = other
    return best


def _in_country(place: object, country: object) -> bool:
    """Whether ``place`` is a city (or a building in one) of the state ``country`` names."""
    city = place.city if isinstance(place, Venue) else place if isinstance(place, City) else None
    return isinstance(country, Country) and city is not None and city.country == country.code


def _days(value: DateValue, lang: str) -> bool:
    """Whether a date names several days ("du 14 au 16 avril", "vom 9. bis 11. Juni")."""
    if value.precision != "day" or not lang:
        return False
    return any(m.end_day is not None for m in dates.find_dates(value.text, lang))


def _same_city(a: object, b: object) -> bool:
    ca, cb = city_of(a), city_of(b)
    return ca is not None and cb is not None and ca.geonames_id == cb.geonames_id


def within(start: str, value: str, days: int) -> bool:
    """Whether the day ``value`` lies on ``start`` or in the ``days`` days after it (ISO days)."""
    try:
        gap = (date.fromisoformat(value) - date.fromisoformat(start)).days
    except ValueError:
        return False
    return 0 <= gap <= days


#: How many days before its first act told with it an earlier act in the visited state may start a trip.
_SAME_TRIP = 6


def visit_dates(drafts: list[Draft], lang: str = "", published: date | None = None) -> None:
    """A trip the text dates coarsely ("this week") starts by the first day its travellers are reported
    doing something during it ("was welcomed by the President on Tuesday"), a day of its month or, for a trip
    told for a week ("reist kommende Woche nach X" when the week runs into the next month), of that week; an
    undated one takes the month of what its sentence says happens during it ("the visit of X, his attendance
    at the celebrations in early May")."""
    for trip in drafts:
        if trip.group != "visit" or trip.background:
            continue
        week = None
        if trip.date is not None and lang:
            week = dates.week_bounds(trip.date.text, lang, published, future=trip.status == "Planned")
        if trip.date is not None and trip.date.precision == "day" and week is None:
            continue  # a day told; a week's first day can still narrow to the first day told within it
        travellers = set(map(id, trip.attendees))
        parts = [d for d in drafts if d.group not in ("visit", "statement") and d.date is not None and not d.background
                 and d.status == trip.status and travellers & set(map(id, d.attendees))]  # fmt: skip
        if trip.date is not None:
            days = sorted(d.date.value for d in parts if d.date.precision == "day" and (
                week[0] <= d.date.value <= week[1] if week else d.date.value.startswith(trip.date.value)))
            first = next((d.date for d in parts if days and d.date.value == days[0]), None)
            trip.date = first or trip.date
            continue
        told = [d.date for d in parts if d.sentences & trip.sentences]
        there = _there(trip, parts)
        if told:  # an earlier day there in the same week: "setzte seinen Staatsbesuch ... fort" after Monday's acts
            there = [v for v in there if within(v.value, min(d.value for d in told), _SAME_TRIP)]
        told += there
        if told:
            trip.date = DateValue(min(d.value for d in told), told[0].text, told[0].span)
            trip.date_text = trip.date_text or told[0].text


def _there(trip: Draft, parts: list[Draft]) -> list[DateValue]:
    """The days of the acts a trip told as made took its travellers to in its state ("realizó su primera visita
    oficial a Paraguay. ... firmaron este miércoles en el Palacio de López", "Staatsbesuch in Brasilien ... Zum
    Auftakt war er am Montag in der Hauptstadt Brasília empfangen worden"): the trip took place then."""
    state = _country_of(trip.location)
    if trip.status != "Occurred" or state is None:
        return []
    return [d.date for d in parts if d.date.precision == "day" and _country_of(d.location) == state]


def _country_of(place: object) -> str | None:
    """The state of a place: the country named, or the country of the city (or of the building's city)."""
    if isinstance(place, Country):
        return place.code
    city = city_of(place)
    return city.country if city is not None else None
