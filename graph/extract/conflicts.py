"""Whether an event mention names another act than a draft (merge.py asks before adding it): a date, kind, place,
seat or plan of its own ("the meeting planned for October" is not "the talks were held"), other states ("talks between
Serbia and Kosovo" in an account of a Danish-Austrian meeting), other sides (a bilateral meeting, then a trilateral
one); and whether the two share a participant.
"""

from __future__ import annotations

from datetime import date

from graph.extract.assemble import Draft
from graph.extract.events import GROUPS, EventMention
from graph.extract.hosts import SEATS, country_of
from graph.model import DateValue, Venue, city_of

__all__ = ["apart", "conflict", "dates_differ", "elsewhere", "first_day", "others_on_both_sides", "overlap", "SPAN_DAYS"]


def dates_differ(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return False
    n = min(len(a.value), len(b.value))
    return a.value[:n] != b.value[:n]


def apart(draft: Draft, m: EventMention) -> bool:
    """Whether a mention's date, kind, place or plan sets it apart from a draft (its states aside)."""
    if dates_differ(draft.date, m.date) and not first_day(draft, m):
        return True
    if any(x.entry.kind != m.entry.kind for x in draft.mentions):
        return True
    a, b = city_of(draft.location), city_of(m.location)
    if a is not None and b is not None and a.geonames_id != b.geonames_id:
        return True
    ca, cb = country_of(draft.location), country_of(m.location)
    if ca and cb and ca != cb:
        return True
    if _other_seat(draft.location, m.location):
        return True
    doubted = "Uncertain" in {draft.status, m.status} and (draft.date or m.date) is not None and not m.anaphoric
    # "a meeting ... was under consideration" is not the one "last held in April" ("It was the second round": it is)
    return bool(_PLANS & {draft.status, m.status} or doubted) and draft.status != m.status  # a plan, or one called
    # off, is not the act held ("the talks were held ... the meeting planned for October is cancelled")


#: Statuses of an act not (yet) held: a mention with one of them names another act than one of another status.
_PLANS = frozenset({"Planned", "Cancelled"})


def _other_seat(a: object, b: object) -> bool:
    """Whether two places are different kinds of seat of government (the president's palace, the foreign
    ministry): a meeting at each is its own act."""
    return (isinstance(a, Venue) and isinstance(b, Venue) and a.kind in SEATS and b.kind in SEATS
            and a.kind != b.kind and a.name != b.name)  # fmt: skip


SPAN_DAYS = 3  # how many days an act told by its first and by its last day may last


def first_day(draft: Draft, m: EventMention) -> bool:
    """Whether ``draft`` and ``m`` date one act by its first and its last day ("concluded yesterday ... the talks,
    which began on Tuesday"): days at most a few apart, the earlier told as the beginning."""
    a, b = draft.date, m.date
    if a is None or b is None or len(a.value) != 10 or len(b.value) != 10 or m.status != draft.status:
        return False
    gap = (date.fromisoformat(a.value) - date.fromisoformat(b.value)).days
    began = m.began if gap > 0 else any(x.began for x in draft.mentions)
    if draft.group == GROUPS[m.type] == "visit":  # "X war am Dienstagabend in Berlin eingetroffen": the trip
        began = began or (m.entry.arrival if gap > 0 else any(x.entry.arrival for x in draft.mentions))  # told
        # with the next day (its date stays the draft's: the arrival day is settled later, :mod:`._datearrival`)
    return began and 0 < abs(gap) <= SPAN_DAYS


def elsewhere(draft: Draft, m: EventMention) -> bool:
    """Whether a planned mention names another place than a dated act that took place, or another city."""
    a, b = city_of(draft.location), city_of(m.location)
    if a is not None and b is not None and a.geonames_id != b.geonames_id:
        return True
    return m.status == "Planned" and draft.status == "Occurred" and draft.date is not None


def conflict(draft: Draft, m: EventMention) -> bool:
    if apart(draft, m):
        return True
    if m.type == "Summons" and not m.persons and m.countries and draft.countries and not m.countries & draft.countries:
        return True  # the Austrian chargé summoned in Tehran after the Iranian ambassador in Vienna
    if not m.persons and len(m.countries) >= 2 and len(draft.countries) >= 2 and not m.countries <= draft.countries:
        return True  # "talks between Serbia and Kosovo" in an account of a Danish-Austrian meeting
    if m.sides and any(x.sides and x.sides != m.sides for x in draft.mentions):
        return True  # "a bilateral meeting with A", then "joined by B for a trilateral meeting": two meetings
    if m.sides == 2 and len(draft.countries) > 2 and not any(x.sides for x in draft.mentions):
        return True  # a retreat of seven states, then "On the margins, EAM held a bilateral meeting with X"
    if m.sides and len(m.persons) == m.sides and 0 < len(draft.attendees) < m.sides and not m.countries <= draft.countries:
        return True  # (the bilateral one told by a verb: "held a bilateral meeting with A"; but a draft with all
        # the states of the meeting is that meeting: "Главы МИД Туркменистана, Таджикистана и Киргизии провели встречу")
    return len(draft.countries) >= 2 and len(m.countries) >= 2 and not draft.countries & m.countries


def overlap(draft: Draft, m: EventMention) -> bool:
    people = draft.people
    return bool(people & set(map(id, m.persons)))


def others_on_both_sides(draft: Draft, m: EventMention) -> bool:
    """Pompeo meets A, then Pompeo meets B: two meetings, though they share a participant."""
    mine = set(map(id, m.persons))
    theirs = set(map(id, draft.attendees))
    return bool(mine - theirs) and bool(theirs - mine)
