"""Quality floor of the rule-based extractor on the development set (skipped when the set is absent).

The set lives in ``../shared/eval/dev`` beside the repository, or where ``$DKG_EVAL_DIR`` points. The floors
sit a little under the scores measured when the extractor was written, so that a change that loses
recall or precision on real articles fails here rather than unnoticed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.evaluate import evaluate
from graph.extract import extract

DEV = Path(os.environ.get("DKG_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
pytestmark = pytest.mark.skipif(not any(DEV.glob("*.json")), reason="development set not available")


@pytest.fixture(scope="module")
def report():
    return evaluate(DEV, extract=extract)


def test_events_found(report) -> None:
    assert report.overall.events["all_specific"].f1 >= 0.88
    assert report.overall.events["core"].f1 >= 0.90
    assert all(scores.events["core"].f1 >= 0.80 for scores in report.by_language.values())


def test_officials_found(report) -> None:
    assert report.overall.officials.f1 >= 0.95
    assert report.overall.official_country.value >= 0.95


def test_event_attributes(report) -> None:
    attributes = report.overall.attributes
    assert attributes["status"].value >= 0.95
    assert attributes["date_exact"].value >= 0.82  # 7 of the gold dates need outside knowledge (no publication date)
    assert attributes["venue_city"].value >= 0.90


def test_negative_articles_yield_no_event(report) -> None:
    for result in report.articles:
        if "negative" in result.file:
            assert result.scores.predicted_events == 0, result.file
