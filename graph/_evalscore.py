"""Counting one article against its gold annotations (private to :mod:`graph.evaluate`).

Events are matched one-to-one (greedy by similarity: Jaccard of officials, else of countries, at
least 0.5, plus 0.25 for the same type and 0.25 for agreeing dates); then event detection in three
views, attributes of matched pairs, per-pair participants, officials and countries are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph import _evalkeys as keys
from graph.model import City, Country, Event, Extraction, Person, Venue

__all__ = ["Counts", "Accuracy", "Scores", "ArticleResult", "VIEWS", "ATTRIBUTES", "score_article"]

#: Event detection views: which gold events count, and which are optional (a hit is a TP, a miss no FN).
VIEWS = ("core", "all_specific", "generic_optional")
#: Attribute accuracies scored on matched event pairs.
ATTRIBUTES = (
    "type", "type_relaxed", "venue_city", "venue_country", "date_exact", "date_month", "date_null",
    "status", "background",
)  # fmt: skip
_THRESHOLD = 0.5
_RELAXED = ({"meeting", "talks", "negotiation"}, {"visit", "state_visit"}, {"summit", "conference"})


@dataclass
class Counts:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}  # fmt: skip


@dataclass
class Accuracy:
    """``correct`` out of ``total`` scored items (also used for sums of per-pair F1 scores)."""

    correct: float = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def score(self, ok: bool | float) -> None:
        self.correct += float(ok)
        self.total += 1

    def add(self, other: Accuracy) -> None:
        self.correct, self.total = self.correct + other.correct, self.total + other.total

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass
class Scores:
    """Every count of one article, one language or the whole set."""

    articles: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    events: dict[str, Counts] = field(default_factory=lambda: {view: Counts() for view in VIEWS})
    attributes: dict[str, Accuracy] = field(default_factory=lambda: {name: Accuracy() for name in ATTRIBUTES})
    participants: dict[str, Accuracy] = field(
        default_factory=lambda: {"officials_f1": Accuracy(), "countries_f1": Accuracy()}
    )  # mean per-pair F1 of participant officials and countries
    officials: Counts = field(default_factory=Counts)
    official_country: Accuracy = field(default_factory=Accuracy)
    official_role: Accuracy = field(default_factory=Accuracy)
    countries_actors: Counts = field(default_factory=Counts)
    countries_all: Counts = field(default_factory=Counts)
    surname_matches: int = 0

    def add(self, other: Scores) -> None:
        self.articles += other.articles
        self.gold_events += other.gold_events
        self.predicted_events += other.predicted_events
        self.surname_matches += other.surname_matches
        for table in ("events", "attributes", "participants"):
            mine, theirs = getattr(self, table), getattr(other, table)
            for name in mine:
                mine[name].add(theirs[name])
        for name in ("officials", "official_country", "official_role", "countries_actors", "countries_all"):
            getattr(self, name).add(getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles, "gold_events": self.gold_events, "predicted_events": self.predicted_events,
            "events": {view: counts.to_dict() for view, counts in self.events.items()},
            "attributes": {name: acc.to_dict() for name, acc in self.attributes.items()},
            "participants": {name: acc.to_dict() for name, acc in self.participants.items()},
            "officials": self.officials.to_dict(), "official_country": self.official_country.to_dict(),
            "official_role": self.official_role.to_dict(), "countries_actors": self.countries_actors.to_dict(),
            "countries_all": self.countries_all.to_dict(), "surname_matches": self.surname_matches,
        }  # fmt: skip


@dataclass
class ArticleResult:
    """The scores of one gold file and the readable list of what went wrong in it."""

    file: str
    language: str
    scores: Scores
    misses: list[str] = field(default_factory=list)


def score_article(file: str, extraction: Extraction, gold: dict[str, Any]) -> ArticleResult:
    """Count what ``extraction`` got right and wrong against the ``gold`` object of one file."""
    result = ArticleResult(file=file, language=extraction.article.language, scores=Scores(articles=1))
    officials = keys.GoldOfficials(gold.get("officials", []))
    _score_officials(extraction.people, officials, result)
    _score_countries(extraction, gold.get("countries", {}), result.scores)
    _score_events(extraction.events, gold.get("events", []), officials, result)
    return result


# --- officials and countries ------------------------------------------------------------------------


def _score_officials(people: list[Person], officials: keys.GoldOfficials, result: ArticleResult) -> None:
    scores, taken = result.scores, set[int]()
    for person in people:
        index, by_surname = officials.find(person.name, person.alternate_names)
        if index is None or index in taken:
            scores.officials.fp += 1
            result.misses.append(f"spurious official: {person.name}")
            continue
        taken.add(index)
        scores.officials.tp += 1
        scores.surname_matches += by_surname
        gold = officials.entries[index]
        if gold.get("country"):
            ok = person.country == gold["country"]
            scores.official_country.score(ok)
            if not ok:
                name = gold["normalized_name"]
                result.misses.append(f"official {name}: country {person.country} instead of {gold['country']}")
        if gold.get("role_normalized"):
            scores.official_role.score(keys.role_key(person.role) == keys.role_key(gold["role_normalized"]))
    for index, gold in enumerate(officials.entries):
        if index not in taken:
            scores.officials.fn += 1
            result.misses.append(f"missed official: {gold.get('normalized_name')}")


def _score_countries(extraction: Extraction, gold: dict[str, list[str]], scores: Scores) -> None:
    actors = {code for event in extraction.events for code in event.countries}
    places = {country for event in extraction.events if (country := _venue(event.location)[1])}
    gold_actors = set(gold.get("actors", []))
    gold_all = gold_actors | set(gold.get("venues", [])) | set(gold.get("other_mentioned", []))
    _set_counts(actors, gold_actors, scores.countries_actors)
    _set_counts(set(extraction.countries) | actors | places, gold_all, scores.countries_all)


def _set_counts(predicted: set[Any], gold: set[Any], counts: Counts) -> None:
    counts.tp += len(predicted & gold)
    counts.fp += len(predicted - gold)
    counts.fn += len(gold - predicted)


# --- events -------------------------------------------------------------------------------------------


@dataclass
class _Predicted:
    """A predicted event reduced to what the gold schema knows."""

    event: Event
    type: str
    officials: set[Any]
    countries: set[str]
    date: str | None
    city: str | None
    country: str | None


def _predicted(event: Event, officials: keys.GoldOfficials) -> _Predicted:
    # the gold schema lists a statement's issuer among its participants; dkg keeps it as dkg:speaker
    persons = [*event.attendees, *([event.speaker] if event.speaker is not None else [])]
    people = {officials.identity(person.name, person.alternate_names) for person in persons}
    city, country = _venue(event.location)
    return _Predicted(
        event=event, type=keys.snake(event.type), officials=people, countries=set(event.countries),
        date=event.date.value if event.date else None, city=city, country=country,
    )  # fmt: skip


def _venue(location: City | Venue | Country | None) -> tuple[str | None, str | None]:
    if isinstance(location, City):
        return location.name, location.country
    if isinstance(location, Venue):
        return (location.city.name, location.city.country) if location.city else (None, location.owner)
    if isinstance(location, Country):
        return None, location.code
    return None, None


def _similarity(gold: dict[str, Any], predicted: _Predicted, officials: keys.GoldOfficials) -> float:
    """Jaccard of officials (else of countries), +0.25 for the same type and +0.25 for agreeing dates."""
    people = {officials.identity(name) for name in gold["participants"].get("officials", [])}
    if people and predicted.officials:
        overlap = len(people & predicted.officials) / len(people | predicted.officials)
    else:
        countries = set(gold["participants"].get("countries", []))
        union = countries | predicted.countries
        overlap = len(countries & predicted.countries) / len(union) if union else 0.0
    if overlap < _THRESHOLD:
        return 0.0
    gold_date, date = (gold.get("date") or {}).get("resolved") or "", predicted.date or ""
    coarser = min(len(gold_date), len(date))  # compare at the coarser precision
    agree = bool(coarser) and gold_date[:coarser] == date[:coarser]
    return overlap + 0.25 * (gold["type"] == predicted.type) + 0.25 * agree


def _assign(gold: list[dict[str, Any]], predicted: list[_Predicted], officials: keys.GoldOfficials) -> dict[int, int]:
    """Greedy one-to-one assignment by descending similarity: gold index -> predicted index."""
    candidates = [
        (score, g, p)
        for g, gold_event in enumerate(gold)
        for p, event in enumerate(predicted)
        if (score := _similarity(gold_event, event, officials)) > 0
    ]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in pairs and p not in used:
            pairs[g] = p
            used.add(p)
    return pairs


def _in_view(gold: dict[str, Any], view: str) -> tuple[bool, bool]:
    """Whether a gold event counts in ``view``, and whether it is optional there."""
    specific = gold.get("specificity", "specific") == "specific"
    if view == "core":
        return specific and not gold.get("background") and gold.get("status") == "occurred", False
    if view == "all_specific":
        return specific, False
    return specific, not specific


def _score_events(
    events: list[Event], gold: list[dict[str, Any]], officials: keys.GoldOfficials, result: ArticleResult
) -> None:
    scores = result.scores
    predicted = [_predicted(event, officials) for event in events]
    pairs = _assign(gold, predicted, officials)
    scores.gold_events, scores.predicted_events = len(gold), len(predicted)
    for view in VIEWS:
        counts = scores.events[view]
        counts.fp += len(predicted) - len(pairs)
        for g, gold_event in enumerate(gold):
            counts_in, optional = _in_view(gold_event, view)
            if g in pairs and (counts_in or optional):
                counts.tp += 1
            elif g not in pairs and counts_in:
                counts.fn += 1
    for g, gold_event in enumerate(gold):
        if g in pairs:
            _score_pair(gold_event, predicted[pairs[g]], officials, result)
        else:
            result.misses.append(f"missed event {_describe_gold(gold_event)}")
    for p in sorted(set(range(len(predicted))) - set(pairs.values())):
        result.misses.append(f"spurious event {_describe_predicted(predicted[p])}")


def _score_pair(
    gold: dict[str, Any], predicted: _Predicted, officials: keys.GoldOfficials, result: ArticleResult
) -> None:
    wrong = []
    for name, (ok, mine, theirs) in _checks(gold, predicted).items():
        result.scores.attributes[name].score(ok)
        if not ok and name != "type_relaxed":
            wrong.append(f"{name} {mine} (gold {theirs})")
    _score_participants(gold, predicted, officials, result.scores)
    if wrong:
        result.misses.append(f"event {gold.get('id')} ~ {_describe_predicted(predicted)}: {'; '.join(wrong)}")


def _checks(gold: dict[str, Any], predicted: _Predicted) -> dict[str, tuple[bool, Any, Any]]:
    """Attribute name -> (correct, predicted value, gold value), for the attributes gold can judge."""
    checks = {
        "type": (predicted.type == gold["type"], predicted.type, gold["type"]),
        "type_relaxed": (keys.same_group(predicted.type, gold["type"], _RELAXED), predicted.type, gold["type"]),
    }
    venue = gold.get("venue") or {}
    if venue.get("city"):
        same_city = keys.city_key(predicted.city) == keys.city_key(venue["city"])
        checks["venue_city"] = (same_city, predicted.city, venue["city"])
    if venue.get("country"):
        checks["venue_country"] = (predicted.country == venue["country"], predicted.country, venue["country"])
    gold_date, date = (gold.get("date") or {}).get("resolved"), predicted.date
    if gold_date:  # a day inside a month-level gold date is exact
        exact = bool(date and len(date) >= len(gold_date) and date.startswith(gold_date))
        checks["date_exact"] = (exact, date, gold_date)
        if len(gold_date) >= 7:
            checks["date_month"] = (bool(date and len(date) >= 7 and date[:7] == gold_date[:7]), date, gold_date)
    else:
        checks["date_null"] = (date is None, date, None)
    status = predicted.event.status.lower()
    checks["status"] = (status == gold.get("status"), status, gold.get("status"))
    background = predicted.event.background
    checks["background"] = (background == bool(gold.get("background")), background, bool(gold.get("background")))
    return checks


def _score_participants(
    gold: dict[str, Any], predicted: _Predicted, officials: keys.GoldOfficials, scores: Scores
) -> None:
    people = {officials.identity(name) for name in gold["participants"].get("officials", [])}
    countries = set(gold["participants"].get("countries", []))
    for name, gold_set, predicted_set in (
        ("officials_f1", people, predicted.officials),
        ("countries_f1", countries, predicted.countries),
    ):
        if gold_set:
            counts = Counts()
            _set_counts(predicted_set, gold_set, counts)
            scores.participants[name].score(counts.f1 or 0.0)


def _describe_gold(gold: dict[str, Any]) -> str:
    flags = [
        flag
        for flag, on in (
            ("background", gold.get("background")),
            (gold.get("status"), gold.get("status") != "occurred"),
            ("generic", gold.get("specificity") == "generic"),
        )
        if on
    ]
    people = ", ".join(gold["participants"].get("officials", []) or gold["participants"].get("countries", []))
    date = (gold.get("date") or {}).get("resolved")
    return f"{gold.get('id')} {gold['type']} {date or '-'} [{people}]" + (f" ({', '.join(flags)})" if flags else "")


def _describe_predicted(predicted: _Predicted) -> str:
    people = ", ".join(sorted(person.name for person in predicted.event.attendees) or sorted(predicted.countries))
    return f"{predicted.type} {predicted.date or '-'} [{people}]"
