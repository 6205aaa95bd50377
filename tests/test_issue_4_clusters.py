"""Issue 4: the clustering rules for events and people, on hand-made reports (no extractor involved)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.curation import Curation
from graph.mentions import EventMention, PersonMention
from graph.resolve_events import anchored, cluster_events, compatible, place_vague
from graph.resolve_people import cluster_people, units_of

pytestmark = pytest.mark.issue(4)

ISTANBUL = {"country": "TR", "city": [745044, "Istanbul", "TR"]}
CONSULATE = {**ISTANBUL, "venue": ["consulate", "Russian consulate", "RU"]}
MOSCOW = {"country": "RU", "city": [524901, "Moscow", "RU"]}


def report(article: str, *, type: str = "Talks", status: str = "Occurred", date: str | None = None,
           published: str = "2025-03-14", place: dict | None = None, countries: tuple[str, ...] = ("RU", "US"),
           attendees: tuple[str, ...] = ()) -> EventMention:
    return EventMention(article, article, 0, type, status, date, published, place, countries,
                        tuple((a,) for a in attendees), False, "en")


def groups(reports: list[EventMention]) -> list[set[str]]:
    results = cluster_events(reports)
    by_path: dict[str, set[str]] = {}
    for r in reports:
        by_path.setdefault(results[r.local].path, set()).add(r.article)
    return sorted(by_path.values(), key=sorted)


def test_reports_of_one_event_merge_with_the_most_detail() -> None:
    reports = [report("en", date="2025-03-13", place=CONSULATE, attendees=("Pavel Ivanov", "Linda Park")),
               report("de", type="Meeting", date="2025-03-13", place=ISTANBUL, attendees=("Pawel Iwanow",)),
               report("es", date=None, published="2025-03-15", place=ISTANBUL)]  # no date, city only
    assert groups(reports) == [{"de", "en", "es"}]
    result = cluster_events(reports)[("es", 0)]
    assert result.date == "2025-03-13" and result.place == CONSULATE and result.type == "Talks"


def test_rounds_days_and_plans_stay_apart() -> None:
    reports = [report("third", date="2025-03-13", place=ISTANBUL),
               report("second", date="2025-02-27", place=ISTANBUL, published="2025-02-27"),
               report("planned", status="Planned", date="2025-03-13", place=ISTANBUL, published="2025-03-10"),
               report("call1", type="PhoneCall", date="2025-03-05", published="2025-03-05"),
               report("call2", type="PhoneCall", date="2025-03-20", published="2025-03-20")]
    assert len(groups(reports)) == 5


def test_same_day_same_city_other_counterpart_stays_apart() -> None:
    saudi = report("a", type="Meeting", date="2025-03-04", place=MOSCOW, countries=("RU", "SA"),
                   attendees=("Dmitry Volkov", "Khalid bin Nasser"))
    chinese = report("b", type="Meeting", date="2025-03-04", place=MOSCOW, countries=("CN", "RU"),
                     attendees=("Dmitry Volkov", "Wang Lei"))
    saudi_again = report("c", type="Meeting", date="2025-03-04", place=MOSCOW, countries=("RU", "SA"),
                         attendees=("Dmitri Wolkow", "Chalid bin Nasser"))
    assert groups([saudi, chinese, saudi_again]) == [{"a", "c"}, {"b"}]


def test_a_vague_report_that_fits_two_events_stays_apart() -> None:
    first = report("a", date="2025-03-13", place=ISTANBUL, attendees=("Pavel Ivanov",))
    second = report("b", date="2025-03-13", place=ISTANBUL, attendees=("Andrii Sybiha",), countries=("RU", "UA"))
    vague = report("c", date=None, place=None, published="2025-03-14", countries=("RU",))
    assert groups([first, second, vague]) == [{"a"}, {"b"}, {"c"}]
    clearer = report("d", date=None, place=None, published="2025-03-14", countries=("RU", "UA"))
    assert groups([first, second, clearer]) == [{"a"}, {"b", "d"}]


def test_an_undated_report_does_not_reach_back_months() -> None:
    old = report("old", date="2024-11-02", place=ISTANBUL, published="2024-11-02")
    new = report("new", date=None, place=ISTANBUL, published="2025-03-15")
    assert len(groups([old, new])) == 2


EVENT_REPORTS = [
    report("a", date="2025-03-13", place=CONSULATE, attendees=("Pavel Ivanov",)),
    report("b", date="2025-03-13", place=ISTANBUL),
    report("c", published="2025-03-15", place=ISTANBUL),
    report("d", date="2025-03", place=None),
    report("e", date="2025-03-12", place=ISTANBUL),
    report("f", type="Meeting", date="2025-03-13", countries=("RU",), attendees=("Pawel Iwanow", "Linda Park")),
    report("g", status="Planned", date="2025-03-13", published="2025-03-01"),
    report("h", date="2025-03-13", countries=("CN", "RU"), attendees=("Wang Lei",)),
]


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_event_clusters_do_not_depend_on_order(rnd: random.Random) -> None:
    shuffled = list(EVENT_REPORTS)
    rnd.shuffle(shuffled)
    assert cluster_events(shuffled) == cluster_events(EVENT_REPORTS)


PEOPLE = [
    PersonMention("a", "Wang Lei", "en", (), "CN", ("Minister of Foreign Affairs",)),
    PersonMention("b", "Wang Jun", "de", (), "CN", ("Minister of Commerce",)),
    PersonMention("c", "Wang", "fr", (), "CN", ("Minister of Commerce",)),
    PersonMention("d", "Wang", "es", (), "CN", ("Minister of Foreign Affairs",)),
    PersonMention("e", "Wang", "en", (), "CN", ()),
    PersonMention("f", "Ван Лэй", "ru", (), "CN", ()),
    PersonMention("g", "S. Raghunathan", "en", (), "IN", ()),
    PersonMention("h", "Srinivasan Raghunathan", "fr", (), "IN", ()),
    PersonMention("i", "Raghunathan", "de", (), None, ()),
]


def test_surname_only_mentions_follow_country_and_role() -> None:
    curation = Curation()
    results = cluster_people(units_of(PEOPLE, curation), curation)
    path = {m.article: results[m.local].path for m in PEOPLE}
    assert path["a"] == path["d"] == path["f"]  # the foreign minister, also in Cyrillic
    assert path["b"] == path["c"]  # the trade minister
    assert path["a"] != path["b"]
    assert path["e"] not in (path["a"], path["b"])  # a bare "Wang": could be either, kept apart
    assert path["g"] == path["h"] == path["i"]
    assert results[PEOPLE[6].local].name == "Srinivasan Raghunathan"


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_people_clusters_do_not_depend_on_order(rnd: random.Random) -> None:
    shuffled = list(PEOPLE)
    rnd.shuffle(shuffled)
    curation = Curation()
    assert cluster_people(units_of(shuffled, curation), curation) == \
        cluster_people(units_of(PEOPLE, curation), curation)


def test_vague_reports_merge_only_when_alike() -> None:
    plan = report("a", status="Planned", published="2025-03-03", place=ISTANBUL)
    same = report("b", status="Planned", published="2025-03-05", place=ISTANBUL, countries=("GB", "RU", "US"))
    elsewhere = report("c", status="Planned", published="2025-03-05", place=MOSCOW)
    assert groups([plan, same, elsewhere]) == [{"a", "b"}, {"c"}]


def test_a_report_naming_no_state_never_merges_across_articles() -> None:
    dated = report("a", date="2025-03-13", place=None, countries=())
    again = report("b", date="2025-03-13", place=None, countries=())
    assert groups([dated, again]) == [{"a"}, {"b"}]


def test_vague_reports_never_join_two_dated_events() -> None:
    first = report("a", date="2025-03-10", place=ISTANBUL)
    second = report("b", date="2025-03-12", place=ISTANBUL)
    month = report("c", date="2025-03", place=ISTANBUL)
    assert groups([first, second, month]) == [{"a"}, {"b"}, {"c"}]


_DAYS = st.dates(min_value=date(2024, 12, 1), max_value=date(2025, 2, 28))
_REPORTS = st.builds(
    lambda article, type, status, day, precision, published, countries, city: report(
        article, type=type, status=status, published=published.isoformat(), countries=tuple(sorted(countries)),
        place={"country": "TR", "city": [745044, "Istanbul", "TR"]} if city else None,
        date=None if precision == "none" else day.isoformat()[:{"day": 10, "month": 7, "year": 4}[precision]]),
    st.sampled_from(["x", "y"]), st.sampled_from(["Talks", "Meeting", "Visit", "Summit"]),
    st.sampled_from(["Occurred", "Planned"]), _DAYS, st.sampled_from(["day", "month", "year", "none"]), _DAYS,
    st.sets(st.sampled_from(["RU", "US", "TR"]), max_size=2), st.booleans())


@settings(max_examples=300, deadline=None)
@given(_REPORTS, _REPORTS)
def test_a_compatible_report_is_stored_under_a_key_the_other_probes(a: EventMention, b: EventMention) -> None:
    """The index lookups find every candidate: resolution against a store equals resolution of everything.

    A report dated to a year only meets only reports of its year; two reports dated to the day link through
    the days around them."""
    year_only = [len(m.date or "") == 4 for m in (a, b)]
    if compatible(a, b) and year_only[0] == year_only[1]:
        assert b.keys() & a.probe_keys() and a.keys() & b.probe_keys()
        if anchored(a) and anchored(b):
            assert b.keys() & a.link_keys() and a.keys() & b.link_keys()


def test_a_report_dated_to_a_year_joins_no_dated_event() -> None:
    dated = report("a", date="2025-03-13", place=ISTANBUL)
    year = report("b", date="2025", place=ISTANBUL)
    other_year = report("c", date="2025", place=ISTANBUL, countries=("RU", "US", "TR"))
    assert groups([dated, year, other_year]) == [{"a"}, {"b", "c"}]


def test_a_tie_between_two_events_does_not_depend_on_the_order_of_their_reports() -> None:
    # the vague report is as alike each event (similarities 1, 1/3, 1/3, 1/3 against 1/2): summed in some
    # orders, floating point made the four-report event win by a hair, so the result depended on the order
    # in which the store returned the reports
    vague = report("v", date="2025-03", published="2025-03-20", place=ISTANBUL, countries=("DE", "TR"))
    four = [report("a", date="2025-03-07", place=ISTANBUL, countries=("DE", "TR")),
            report("b", date="2025-03-07", place=ISTANBUL, countries=("RU", "TR")),
            report("c", date="2025-03-07", place=ISTANBUL, countries=("RU", "TR")),
            report("d", date="2025-03-07", place=ISTANBUL, countries=("TR", "US"))]
    one = report("e", date="2025-03-09", place=ISTANBUL, countries=("TR",), attendees=("Ayla Demir",))
    results = cluster_events([*four, one])
    placed = {place_vague(vague, [four[shift:] + four[:shift], [one]], results) for shift in range(4)}
    assert placed == {None}
    assert groups([*four, one, vague]) == [{"a", "b", "c", "d"}, {"e"}, {"v"}]
