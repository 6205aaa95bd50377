"""Cross-article resolution of events: which reports of all articles describe one real event.

Two reports are *compatible* (:func:`compatible`) when they come from different articles, have the same
kind (type group) and status, dates that can be the same day (a report without a date fits any day
shortly before its publication; a planned event any day in the two months after), places that can be the
same (venue in city in country), at least one state in common (a report naming no state stays apart), and participants that do not each include someone the
other lacks. Reports are placed one by one, most detailed first, into the compatible cluster (compatible
with all its reports) most alike in states and participants; a tie leaves the report apart. The cluster
takes the most precise date and place and the most specific type of its reports. As for people,
everything depends only on the set of reports and on the connected component of a report.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from math import fsum

from .ids import event_path, surname_key
from .mentions import EventMention, precision
from .names import readings, readings_compatible

__all__ = ["EventResult", "compatible", "cluster_events", "anchored", "alike", "place_vague", "cluster_vague",
           "TYPE_PRIORITY"]

#: the type a merged event takes when its reports differ (first wins)
TYPE_PRIORITY = ("StateVisit", "Summit", "Negotiation", "Talks", "Conference", "Visit", "Meeting")
#: groups whose events can last several days, so reports may date them a day apart
_MULTI_DAY = {"visit", "summit"}


@dataclass(frozen=True)
class EventResult:
    """What resolution decided for one cluster of reports."""

    path: str  # "event/<digest>"
    type: str
    date: str | None
    place: dict | None  # see graph.mentions.place_to_json

    def digest(self) -> str:
        text = json.dumps([self.path, self.type, self.date, self.place], sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(text.encode()).hexdigest()[:12]


def _place_rank(place: dict | None) -> int:
    if not place:
        return 3
    return 0 if place.get("venue") else 1 if place.get("city") else 2


def _dates_ok(a: EventMention, b: EventMention) -> bool:
    wa, wb = a.window(), b.window()
    if wa is None or wb is None:
        return wa is None and wb is None
    if a.date and b.date and len(a.date) == len(b.date) == 10:  # the window of a day is that day
        return abs((wa[0] - wb[0]).days) <= (1 if a.group in _MULTI_DAY else 0)
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def _places_ok(pa: dict | None, pb: dict | None) -> bool:
    if not pa or not pb:
        return True
    if pa.get("country") and pb.get("country") and pa["country"] != pb["country"]:
        return False
    if pa.get("city") and pb.get("city") and pa["city"][0] != pb["city"][0]:
        return False
    va, vb = pa.get("venue"), pb.get("venue")
    return not (va and vb and (va[0], va[2]) != (vb[0], vb[2]))


def _readings(names: tuple[str, ...], lang: str) -> tuple:
    return tuple(r for name in names for r in readings(name, lang))


@lru_cache(maxsize=1 << 16)
def _namesakes(x: tuple[str, ...], x_lang: str, y: tuple[str, ...], y_lang: str) -> bool:
    """Whether two participants (name and other-script forms, in their articles' languages) can be one."""
    return readings_compatible(_readings(x, x_lang), _readings(y, y_lang))


def _unmatched(a: EventMention, b: EventMention) -> tuple[int, int]:
    """How many participants of each report have no namesake in the other."""
    matches = [[_namesakes(x, a.lang, y, b.lang) for y in b.attendees] for x in a.attendees]
    left = sum(1 for row in matches if not any(row))
    right = sum(1 for column in zip(*matches) if not any(column)) if matches else len(b.attendees)
    return left, right


def _same_occasion(a: EventMention, b: EventMention) -> bool:
    """Reports naming different participants still match on the same day, in the same city, between the
    same two or more states (delegations are often reported by different members)."""
    same_city = bool(a.place and b.place and a.place.get("city") and a.place.get("city") == b.place.get("city"))
    return (len(a.countries) >= 2 and a.countries == b.countries and a.date == b.date
            and precision(a.date) == 0 and same_city)


def compatible(a: EventMention, b: EventMention) -> bool:
    """Whether two reports can describe one event (symmetric).

    Besides kind, status, date and place, the states involved must overlap (the index keys of
    ``EventMention.keys`` rely on it: a compatible report is always stored under a key the other probes), and when both reports name
    participants, they must not each name someone the other lacks (a minister meeting one counterpart is
    not the same minister meeting another that day), unless it is plainly the same occasion.
    """
    if a.article == b.article or a.group != b.group or a.status != b.status:
        return False
    if not _dates_ok(a, b) or not _places_ok(a.place, b.place):
        return False
    if not a.states & b.states:  # reports naming no state never merge: nothing ties them to one occasion
        return False
    if a.type == "Statement" or b.type == "Statement":
        left, right = _unmatched(a, b)
        return bool(a.attendees and b.attendees) and left + right < len(a.attendees) + len(b.attendees) \
            and a.date == b.date and precision(a.date) == 0
    if a.attendees and b.attendees:
        left, right = _unmatched(a, b)
        if left and right:
            return _same_occasion(a, b)
    return True


def _similarity(a: EventMention, b: EventMention) -> float:
    """How alike two compatible reports are: shared states and participants (for choosing a cluster)."""
    ca, cb = a.states, b.states
    score = len(ca & cb) / len(ca | cb) if ca and cb else 0.0
    if a.attendees and b.attendees:
        left, right = _unmatched(a, b)
        score += 1 - (left + right) / (len(a.attendees) + len(b.attendees))
    return score


def _order(m: EventMention) -> tuple:
    """Most detailed reports first; ties broken by article and position (never by arrival)."""
    return (precision(m.date), _place_rank(m.place), m.background, -len(m.countries), -len(m.attendees),
            m.article, m.index)


def _place_key(place: dict | None) -> str:
    """As ``graph.ids.place_key``: the city's GeoNames id, else the country code of a country-only place."""
    if not place:
        return ""
    if place.get("city"):
        return str(place["city"][0])
    return "" if place.get("venue") else place.get("country", "")


def _result(cluster: list[EventMention]) -> EventResult:
    root = cluster[0]
    types = {m.type for m in cluster}
    kind = next((t for t in TYPE_PRIORITY if t in types), root.type)
    best_place = min(cluster, key=lambda m: (_place_rank(m.place), json.dumps(m.place, sort_keys=True)))
    # an event is named after its first report, which later reports (published later, as a rule) do not
    # change: the articles already stored keep their IRI, and need no rebuilding when a better report arrives
    named = min(cluster, key=lambda m: (m.published or "", m.article, m.index))
    path = event_path(named.group, named.status, named.article_key, named.index, date=named.date,
                      countries=named.countries, place=_place_key(named.place),
                      attendees=[surname_key(names[0]) for names in named.attendees])
    return EventResult(path, kind, root.date, best_place.place)


def anchored(m: EventMention) -> bool:
    """Whether a report is dated to the day: only such reports form events together. A vaguer report
    (no date, a month, a year) joins the dated event it fits best; one that fits none merges only with vague
    reports ``alike`` it. Vague reports never link two dated events, so the reports that decide each
    other's events stay few however large the corpus."""
    return precision(m.date) == 0


def alike(a: EventMention, b: EventMention) -> bool:
    """Whether two vague reports may be one event: compatible, of the same period (the month or year they
    are dated to, else the week they were published in: reports of a recurring occasion do not chain into
    one event over months), in the same city (or both without one), and sharing two states (one, when one of
    them names only one)."""
    shared = len(a.states & b.states)
    return (_period(a) == _period(b) and shared >= min(2, len(a.states), len(b.states))
            and _city(a.place) == _city(b.place) and compatible(a, b))


def _period(m: EventMention) -> str:
    if m.date or not m.published:
        return m.date or ""
    year, week, _ = date.fromisoformat(m.published).isocalendar()
    return f"{year}-W{week:02d}"


def _city(place: dict | None) -> int | None:
    return place["city"][0] if place and place.get("city") else None


def _best(mention: EventMention, clusters: list[list[EventMention]], fits=compatible) -> int | None:  # noqa: ANN001
    """The cluster a report fits (``fits`` all its reports) most alike; None when none or a tie."""
    fitting = [i for i, c in enumerate(clusters) if all(fits(mention, other) for other in c)]
    # fsum: the exactly rounded sum, so the order of a cluster's reports cannot turn a tie into a choice
    scored = sorted(((fsum(_similarity(mention, o) for o in clusters[i]) / len(clusters[i]), i) for i in fitting),
                    reverse=True)
    if len(scored) == 1 or (len(scored) > 1 and scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


def place_vague(mention: EventMention, clusters: list[list[EventMention]],
                results: dict[tuple[str, int], EventResult]) -> EventResult | None:
    """The result of the cluster of dated reports a vague report fits best; None when it fits none, and for
    a report dated to a year only (any of a year's events could be meant; it meets only its year's alike)."""
    if precision(mention.date) == 2:
        return None
    best = _best(mention, clusters)
    return results[clusters[best][0].local] if best is not None else None


def cluster_vague(mentions: Iterable[EventMention]) -> dict[tuple[str, int], EventResult]:
    """Results of vague reports that fit no dated event: placed one by one, most detailed first, into the
    cluster of reports they are all ``alike``, else apart."""
    clusters: list[list[EventMention]] = []
    for mention in sorted(mentions, key=_order):
        best = _best(mention, clusters, alike)
        if best is None:
            clusters.append([mention])
        else:
            clusters[best].append(mention)
    return {m.local: result for c in clusters for result in [_result(c)] for m in c}


def cluster_events(mentions: Iterable[EventMention]) -> dict[tuple[str, int], EventResult]:
    """Resolve a set of reports: the result for every report, keyed by ``EventMention.local``.

    Reports dated to the day are placed one by one, most detailed first, into the cluster they fit best;
    then each vaguer report joins the dated cluster it fits best (``place_vague``), and those that fit none
    are clustered among themselves (``cluster_vague``).
    """
    mentions = list(mentions)
    clusters: list[list[EventMention]] = []
    for mention in sorted(filter(anchored, mentions), key=_order):
        best = _best(mention, clusters)
        if best is None:
            clusters.append([mention])
        else:
            clusters[best].append(mention)
    out: dict[tuple[str, int], EventResult] = {}
    taken: dict[str, int] = {}
    for cluster in clusters:
        result = _result(cluster)
        taken[result.path] = taken.get(result.path, 0) + 1
        if taken[result.path] > 1:  # two events alike in all that names them: number the later one
            result = dataclasses.replace(result, path=f"{result.path}-{taken[result.path]}")
        for mention in cluster:
            out[mention.local] = result
    unplaced = []
    for mention in mentions:
        if not anchored(mention):
            result = place_vague(mention, clusters, out)
            if result is None:
                unplaced.append(mention)
            else:
                out[mention.local] = result
    out.update(cluster_vague(unplaced))
    return out
