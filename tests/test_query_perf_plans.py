"""Queries that carry two plans (row by row when a parameter narrows them, one pass per property over the whole
store when none does, see docs/queries.md) must give the same rows either way."""

from __future__ import annotations

import pytest

from graph.query import load_query, run_select

#: a date range that keeps every dated event: it switches the queries to their row-by-row plan
EVERYTHING_DATED = {"since": "1000"}


def _rows(store, name: str, values: dict[str, str]) -> list[dict[str, str]]:  # noqa: ANN001
    names, found = run_select(store, load_query(name), values)
    return [{n: str(r[n]) for n in names if n in r} for r in found]


#: the GROUP_CONCAT columns and their separators
LISTS = {"types": ", ", "attendees": ", ", "countries": " ", "people": ", ", "headlines": " | "}


def _sorted_lists(row: dict[str, str]) -> dict[str, object]:
    """GROUP_CONCAT values compared as sets (their order is not defined)."""
    return {k: frozenset(v.split(LISTS[k])) if k in LISTS else v for k, v in row.items()}


@pytest.mark.parametrize("name, date", [("meetings", "date"), ("evidence", "date"), ("statements", "date")])
def test_whole_store_plan_and_row_by_row_plan_agree(diplomacy_store, name: str, date: str) -> None:  # noqa: ANN001
    whole = [_sorted_lists(r) for r in _rows(diplomacy_store, name, {}) if date in r]
    narrowed = [_sorted_lists(r) for r in _rows(diplomacy_store, name, EVERYTHING_DATED)]
    assert whole and narrowed == whole


def test_anchored_plan_matches_the_whole_store_rows_of_that_country(diplomacy_store) -> None:  # noqa: ANN001
    """An event whose every report involves the country has the same row with and without ``--bind country``."""
    whole = {r["event"]: _sorted_lists(r) for r in _rows(diplomacy_store, "meetings", {})}
    anchored = _rows(diplomacy_store, "meetings", {"country": "RU"})
    assert anchored
    for row in anchored:
        assert "RU" in row["countries"].split()
        if row["sources"] == whole[row["event"]]["sources"]:
            assert _sorted_lists(row) == whole[row["event"]]


def test_sort_keys_keep_the_order_of_the_names(diplomacy_store) -> None:  # noqa: ANN001
    """ORDER BY CONCAT(" ", ?name) sorts like ORDER BY ?name: within one date, names ascend."""
    rows = _rows(diplomacy_store, "meetings", {})
    for a, b in zip(rows, rows[1:]):
        if a.get("date") == b.get("date"):
            assert a["name"] <= b["name"]
