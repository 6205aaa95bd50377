"""The scorer behind ``dkg eval`` (graph.evaluate) on tiny gold files and a fake extractor."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.errors import DkgError, InputError
from graph.evaluate import evaluate, format_report
from graph.model import Article, City, DateValue, Event, Extraction, Person

def official(name: str, written: str, surname: str, role: str, country: str) -> dict[str, Any]:
    return {"name_in_text": written, "other_forms_in_text": [surname], "normalized_name": name,
            "role_in_text": role, "role_normalized": role, "country": country, "organization": None}  # fmt: skip


PUTIN = official("Vladimir Putin", "Wladimir Putin", "Putin", "President", "RU")
LAVROV = official("Sergey Lavrov", "Sergej Lawrow", "Lawrow", "Minister of Foreign Affairs", "RU")
RUBIO = official("Marco Rubio", "Marco Rubio", "Rubio", "Secretary of State", "US")


def gold_event(
    eid: str, kind: str, officials: list[str], countries: list[str], date: str | None, *,
    status: str = "occurred", background: bool = False, specificity: str = "specific", city: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": eid, "type": kind, "description": "", "status": status, "background": background,
        "specificity": specificity, "evidence": [], "note": None,
        "participants": {"officials": officials, "countries": countries, "organizations": []},
        "venue": {"city": city, "city_in_text": city, "building": None, "building_in_text": None,
                  "country": "TR" if city else None},
        "date": {"as_written": None, "resolved": date, "basis": None},
    }  # fmt: skip


def write_gold(folder: Path, name: str, *, language: str = "de", officials: list[dict[str, Any]],
               events: list[dict[str, Any]], countries: dict[str, list[str]] | None = None) -> None:  # fmt: skip
    data = {
        "source": f"https://example.org/{name}", "language": language, "publication_date": "2025-04-10",
        "title": name, "licence": "test", "attribution": "test", "text": f"Text of {name}.",
        "gold": {"countries": countries or {"actors": ["RU", "US"], "venues": ["TR"], "other_mentioned": []},
                 "officials": officials, "events": events, "notes": []},
    }  # fmt: skip
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def person(name: str, country: str | None = None, role: str | None = None) -> Person:
    return Person(name=name, country=country, role=role)


def event(kind: str, people: list[Person], countries: set[str], date: str | None, **more: Any) -> Event:
    value = DateValue(value=date, text=date) if date else None
    return Event(type=kind, attendees=people, countries=countries, date=value, **more)


def fake(extractions: dict[str, Callable[[Article], Extraction]]) -> Callable[[Article], Extraction]:
    return lambda article: extractions[article.key](article)


@pytest.fixture
def meeting_gold(tmp_path: Path) -> Path:
    """One article: a meeting and a visit with the same people (occurred), a planned call, a generic contact."""
    write_gold(tmp_path, "01-de-meeting", officials=[PUTIN, LAVROV, RUBIO], events=[
        gold_event("e1", "meeting", ["Sergey Lavrov", "Marco Rubio"], ["RU", "US"], "2025-04-10", city="Istanbul"),
        gold_event("e2", "visit", ["Sergey Lavrov", "Marco Rubio"], ["RU", "US"], "2025-04"),
        gold_event("e3", "phone_call", ["Vladimir Putin", "Marco Rubio"], ["RU", "US"], None, status="planned"),
        gold_event("e4", "talks", [], ["RU", "US"], None, specificity="generic"),
    ])  # fmt: skip
    return tmp_path


def perfect(article: Article) -> Extraction:
    lavrov, rubio, putin = person("Sergej Lawrow", "RU"), person("Marco Rubio", "US"), person("Wladimir Putin", "RU")
    events = [
        event("Visit", [lavrov, rubio], {"RU", "US"}, "2025-04-09"),  # listed first: the type bonus must sort it out
        event("Meeting", [lavrov, rubio], {"RU", "US"}, "2025-04-10", location=City(745044, "İstanbul", "TR")),
        event("PhoneCall", [putin, rubio], {"RU", "US"}, None, status="Planned"),
    ]
    return Extraction(article=article, people=[lavrov, rubio, putin], events=events,
                      countries={"RU": [], "US": [], "TR": []})  # fmt: skip


def test_perfect_extraction_scores_one(meeting_gold: Path) -> None:
    report = evaluate(meeting_gold, extract=perfect)
    overall = report.overall
    assert (overall.events["core"].tp, overall.events["core"].fp, overall.events["core"].fn) == (2, 0, 0)
    assert overall.events["all_specific"].f1 == 1.0
    assert overall.events["generic_optional"].f1 == 1.0  # the missed generic contact is no false negative
    assert overall.attributes["type"].value == 1.0  # visit matched to visit, meeting to meeting
    assert overall.attributes["venue_city"].value == 1.0  # "İstanbul" = "Istanbul"
    assert overall.attributes["date_exact"].value == 1.0  # a day inside a month-level gold date is exact
    assert overall.attributes["date_null"].value == 1.0
    assert overall.attributes["status"].value == 1.0
    assert (overall.officials.tp, overall.officials.fp, overall.officials.fn) == (3, 0, 0)
    assert overall.official_country.value == 1.0
    assert overall.countries_all.f1 == 1.0
    assert overall.participants["officials_f1"].value == 1.0


def test_precision_recall_arithmetic(meeting_gold: Path) -> None:
    def partial(article: Article) -> Extraction:
        lavrov, rubio = person("Sergey Lavrov", "RU"), person("Rubio", "US")
        events = [
            event("Meeting", [lavrov, rubio], {"RU", "US"}, "2025-04-10"),
            event("Summons", [person("Someone Else")], {"FR"}, "2025-04-01"),
        ]
        return Extraction(article=article, people=[lavrov, rubio, person("Someone Else")], events=events)

    overall = evaluate(meeting_gold, extract=partial).overall
    core = overall.events["core"]
    assert (core.tp, core.fp, core.fn) == (1, 1, 1)
    assert core.precision == core.recall == core.f1 == 0.5
    all_specific = overall.events["all_specific"]
    assert (all_specific.tp, all_specific.fp, all_specific.fn) == (1, 1, 2)
    assert all_specific.f1 == pytest.approx(2 / 5)
    officials = overall.officials
    assert (officials.tp, officials.fp, officials.fn) == (2, 1, 1)  # "Rubio" alone matches Marco Rubio
    assert overall.surname_matches == 1
    assert overall.attributes["venue_city"].value == 0.0


@pytest.mark.parametrize(("gold_city", "predicted_city", "same"), [
    ("New York", "New York City", True),  # GeoNames' name and the usual one
    ("Moscow", "Москва", True),
    ("Moscou", "Moscow", True),
    ("Washington, D.C.", "Washington", True),
    ("Tokio", "Tokyo", True),
    ("Paris", "Berlin", False),
    ("Paris", None, False),
])
def test_venue_city_compares_places_not_spellings(tmp_path: Path, gold_city: str, predicted_city: str | None,
                                                  same: bool) -> None:
    write_gold(tmp_path, "01-en-city", officials=[LAVROV, RUBIO], events=[
        gold_event("e1", "meeting", ["Sergey Lavrov", "Marco Rubio"], ["RU", "US"], "2025-04-10", city=gold_city),
    ])  # fmt: skip

    def located(article: Article) -> Extraction:
        lavrov, rubio = person("Sergey Lavrov", "RU"), person("Marco Rubio", "US")
        where = City(1, predicted_city, "US") if predicted_city else None
        return Extraction(article=article, people=[lavrov, rubio],
                          events=[event("Meeting", [lavrov, rubio], {"RU", "US"}, "2025-04-10", location=where)])

    assert evaluate(tmp_path, extract=located).overall.attributes["venue_city"].value == float(same)


def test_background_and_generic_views(tmp_path: Path) -> None:
    write_gold(tmp_path, "02-en-views", language="en", officials=[LAVROV, RUBIO], events=[
        gold_event("e1", "meeting", ["Sergey Lavrov", "Marco Rubio"], ["RU", "US"], "2025-04-10"),
        gold_event("e2", "talks", ["Sergey Lavrov", "Marco Rubio"], ["RU", "US"], "2024-01", background=True),
        gold_event("e3", "phone_call", ["Sergey Lavrov", "Marco Rubio"], ["RU", "US"], None, specificity="generic"),
    ])  # fmt: skip

    def extract(article: Article) -> Extraction:
        people = [person("Sergey Lavrov"), person("Marco Rubio")]
        return Extraction(article=article, people=people, events=[
            event("Meeting", people, {"RU", "US"}, "2025-04-10"), event("PhoneCall", people, {"RU", "US"}, None),
        ])  # fmt: skip

    events = evaluate(tmp_path, extract=extract).overall.events
    assert (events["core"].tp, events["core"].fp, events["core"].fn) == (1, 0, 0)  # the call matched a generic event
    assert (events["all_specific"].tp, events["all_specific"].fp, events["all_specific"].fn) == (1, 0, 1)
    assert (events["generic_optional"].tp, events["generic_optional"].fn) == (2, 1)


def test_negative_article_counts_every_prediction_as_false_positive(tmp_path: Path) -> None:
    write_gold(tmp_path, "03-ru-negative", language="ru", officials=[], events=[],
               countries={"actors": [], "venues": [], "other_mentioned": ["RU"]})  # fmt: skip

    def extract(article: Article) -> Extraction:
        return Extraction(article=article, events=[event("Meeting", [], {"RU"}, None)], countries={"RU": []})

    overall = evaluate(tmp_path, extract=extract).overall
    for view in ("core", "all_specific", "generic_optional"):
        assert (overall.events[view].tp, overall.events[view].fp, overall.events[view].fn) == (0, 1, 0)
        assert overall.events[view].precision == 0.0
    assert overall.countries_actors.fp == 1


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [("Sergey Lavrov", True), ("Sergej Lawrow", True), ("Сергей Лавров", True), ("Serguéi Lavrov", True),
     ("Lawrow", True), ("Lavrov", True), ("Sergey Ivanov", False)],
)  # fmt: skip
def test_name_matching(tmp_path: Path, predicted: str, matches: bool) -> None:
    write_gold(tmp_path, "04-fr-names", language="fr", officials=[LAVROV], events=[])
    report = evaluate(tmp_path, extract=lambda a: Extraction(article=a, people=[person(predicted)]))
    assert report.overall.officials.tp == int(matches)


def test_surname_alone_needs_a_unique_surname(tmp_path: Path) -> None:
    brother = {**LAVROV, "name_in_text": "Ivan Lavrov", "other_forms_in_text": [], "normalized_name": "Ivan Lavrov"}
    write_gold(tmp_path, "05-es-surnames", language="es", officials=[LAVROV, brother], events=[])
    report = evaluate(tmp_path, extract=lambda a: Extraction(article=a, people=[person("Lavrov")]))
    assert (report.overall.officials.tp, report.overall.officials.fp) == (0, 1)


def test_per_language_report_and_dict(meeting_gold: Path, tmp_path: Path) -> None:
    write_gold(meeting_gold, "06-en-empty", language="en", officials=[RUBIO], events=[])
    extractions = {"01-de-meeting.json": perfect, "06-en-empty.json": lambda a: Extraction(article=a)}
    report = evaluate(meeting_gold, extract=fake(extractions))
    assert list(report.by_language) == ["de", "en"]
    assert report.by_language["en"].officials.fn == 1
    assert report.overall.officials.fn == 1 and report.overall.articles == 2
    data = json.loads(json.dumps(report.to_dict()))
    assert data["by_language"]["de"]["events"]["core"]["f1"] == 1.0
    assert data["articles"][1]["misses"] == ["missed official: Marco Rubio"]
    text = format_report(report, verbose=False)
    assert "2 articles (de 1, en 1)" in text
    assert "surname alone" in text
    assert "missed official" not in text
    verbose = format_report(report, verbose=True)
    assert "06-en-empty.json:\n  missed official: Marco Rubio" in verbose


def test_verbose_lists_wrong_attributes(meeting_gold: Path) -> None:
    def wrong_date(article: Article) -> Extraction:
        people = [person("Sergey Lavrov"), person("Marco Rubio")]
        return Extraction(article=article, people=people,
                          events=[event("Meeting", people, {"RU", "US"}, "2025-03-30")])  # fmt: skip

    report = evaluate(meeting_gold, extract=wrong_date)
    assert report.overall.attributes["date_exact"].value == 0.0
    assert report.overall.attributes["date_month"].value == 0.0
    assert any("date_exact 2025-03-30 (gold 2025-04-10)" in miss for miss in report.articles[0].misses)


def test_extraction_failure_is_recorded(meeting_gold: Path) -> None:
    def broken(article: Article) -> Extraction:
        raise DkgError(f"{article.key}: cannot extract")

    report = evaluate(meeting_gold, extract=broken)
    assert report.articles[0].misses[0] == "extraction failed: 01-de-meeting.json: cannot extract"
    assert report.overall.events["core"].fn == 2


def test_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no gold files"):
        evaluate(tmp_path / "missing", extract=perfect)
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="bad.json"):
        evaluate(tmp_path, extract=perfect)


def test_articles_carry_the_gold_metadata(meeting_gold: Path) -> None:
    seen: list[Article] = []

    def extract(article: Article) -> Extraction:
        seen.append(article)
        return Extraction(article=article)

    evaluate(meeting_gold, extract=extract)
    (article,) = seen
    assert (article.key, article.language) == ("01-de-meeting.json", "de")
    assert article.url == "https://example.org/01-de-meeting"
    assert article.published is not None and article.published.isoformat() == "2025-04-10"


def test_dev_set_is_readable() -> None:
    """The shared development set loads and is scored (nothing predicted: every gold item is missed)."""
    folder = Path(os.environ.get("DKG_EVAL_DIR", Path(__file__).parents[1] / ".." / "shared" / "eval" / "dev"))
    if not folder.is_dir():
        pytest.skip("development set not available (set DKG_EVAL_DIR)")
    report = evaluate(folder, extract=lambda a: Extraction(article=a))
    assert report.overall.articles >= 1
    assert report.overall.events["all_specific"].tp == 0
    assert report.overall.events["all_specific"].fn > 0
