"""Score an extractor against hand-annotated gold articles (the library behind ``dkg eval GOLD_DIR``).

Each gold file is one article with its expected officials, countries and diplomatic events (schema in
``../shared/eval/README.md``). Per article, predicted events are matched one-to-one to gold events by
participant overlap (officials, else countries) with a bonus for equal type and agreeing dates; then
events, attributes of matched pairs, officials and countries are counted and summed per language and
overall (micro-averages), always with the number of items behind each score.

Names are compared on transliteration- and diacritic-insensitive keys ("Dmitri Peskow" = "Dmitry
Peskov" = "Дмитрий Песков"); a predicted surname alone matches a gold official with that surname when
no other gold official of the article shares it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph._evalscore import VIEWS, Accuracy, ArticleResult, Counts, Scores, score_article
from graph.errors import DkgError, InputError
from graph.model import Article, Extraction

__all__ = ["evaluate", "format_report", "Report", "Scores", "Counts", "Accuracy", "ArticleResult", "VIEWS"]

log = logging.getLogger(__name__)


@dataclass
class Report:
    """The result of :func:`evaluate`: per article, per language and overall."""

    articles: list[ArticleResult]
    by_language: dict[str, Scores]
    overall: Scores

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_language": {lang: scores.to_dict() for lang, scores in self.by_language.items()},
            "articles": [{"file": a.file, "language": a.language, "scores": a.scores.to_dict(), "misses": a.misses}
                         for a in self.articles],
        }  # fmt: skip


def evaluate(gold_dir: Path, *, extract: Callable[[Article], Extraction]) -> Report:
    """Run ``extract`` on every gold article of ``gold_dir`` and score it against the annotations.

    Args:
        gold_dir: A folder of gold JSON files (``NN-lang-slug.json``), read in name order.
        extract: The extractor under test; a :class:`~graph.errors.DkgError` it raises for one article
            is recorded as a miss of that article and scored as an empty extraction.

    Returns:
        The report; :func:`format_report` renders it, :meth:`Report.to_dict` serialises it.

    Raises:
        InputError: the folder is missing, holds no JSON file, or a file is not a gold article.
    """
    files = sorted(Path(gold_dir).glob("*.json")) if Path(gold_dir).is_dir() else []
    if not files:
        raise InputError(f"{gold_dir}: no gold files (*.json) found; give the folder of the evaluation set")
    results = [_score_file(path, extract) for path in files]
    by_language: dict[str, Scores] = {}
    overall = Scores()
    for result in results:
        by_language.setdefault(result.language, Scores()).add(result.scores)
        overall.add(result.scores)
    return Report(articles=results, by_language=dict(sorted(by_language.items())), overall=overall)


def _read_gold(path: Path) -> tuple[Article, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: cannot read the gold file: {e}") from e
    required = {"text": str, "language": str, "gold": dict}
    if not isinstance(data, dict) or not all(isinstance(data.get(k), t) for k, t in required.items()):
        raise InputError(f"{path}: not a gold article: it needs 'text', 'language' and a 'gold' object")
    published = data.get("publication_date")
    try:  # "YYYY-MM" and null give no publication date
        day = dt.date.fromisoformat(published) if isinstance(published, str) and len(published) == 10 else None
    except ValueError as e:
        raise InputError(f"{path}: publication_date {published!r} is not YYYY-MM-DD") from e
    article = Article(
        key=path.name, text=data["text"], language=data["language"], title=data.get("title"),
        url=data.get("source"), published=day,
    )  # fmt: skip
    return article, data["gold"]


def _score_file(path: Path, extract: Callable[[Article], Extraction]) -> ArticleResult:
    article, gold = _read_gold(path)
    failure = None
    try:
        extraction = extract(article)
    except DkgError as e:
        log.warning("%s: extraction failed: %s", path.name, e)
        failure, extraction = f"extraction failed: {e}", Extraction(article=article)
    result = score_article(path.name, extraction, gold)
    if failure:
        result.misses.insert(0, failure)
    return result


# --- text report --------------------------------------------------------------------------------------

_VIEW_LABELS = {"core": "core", "all_specific": "all specific", "generic_optional": "generic optional"}
_ATTRIBUTE_LABELS = {
    "type": "type", "type_relaxed": "type (relaxed)", "venue_city": "venue city", "venue_country": "venue country",
    "date_exact": "date exact", "date_month": "date month-correct", "date_null": "date none (gold none)",
    "status": "status", "background": "background flag",
}  # fmt: skip


def format_report(report: Report, verbose: bool = False) -> str:
    """Render the report as plain text; ``verbose`` adds, per article, what was missed or wrong."""
    overall = report.overall
    languages = ", ".join(f"{lang} {scores.articles}" for lang, scores in report.by_language.items())
    lines = [
        f"{overall.articles} articles ({languages}): {overall.gold_events} gold events, "
        f"{overall.predicted_events} predicted",
        "",
        _prf_header("Events"),
        *(_prf_line(_VIEW_LABELS[view], counts) for view, counts in overall.events.items()),
        "",
        f"{'Matched events':<28}{'accuracy':>9}{'n':>7}",
        *(_acc_line(_ATTRIBUTE_LABELS[name], acc) for name, acc in overall.attributes.items()),
        _acc_line("participants officials F1", overall.participants["officials_f1"]),
        _acc_line("participants countries F1", overall.participants["countries_f1"]),
        "",
        _prf_header("Officials"),
        _prf_line("names", overall.officials),
        _acc_line("country of matched", overall.official_country),
        _acc_line("role of matched", overall.official_role),
        "",
        _prf_header("Countries"),
        _prf_line("actors", overall.countries_actors),
        _prf_line("all mentioned", overall.countries_all),
        "",
        *_language_table(report),
        "",
        "Scores are micro-averages; n and TP/FP/FN give the items behind them. Names match on keys that",
        "ignore script, diacritics and transliteration; a predicted surname alone matches a gold official",
        f"with that surname when no other official of the article shares it ({overall.surname_matches} such matches).",
    ]
    if verbose:
        for article in report.articles:
            lines += ["", f"{article.file}:", *(f"  {miss}" for miss in article.misses or ["(nothing missed)"])]
    return "\n".join(lines)


def _number(value: float | None) -> str:
    return "    -" if value is None else f"{value:.3f}"


def _prf_header(title: str) -> str:
    return f"{title:<22}{'P':>6}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}"


def _prf_line(label: str, counts: Counts) -> str:
    return (
        f"  {label:<20}{_number(counts.precision):>6} {_number(counts.recall):>6} {_number(counts.f1):>6}"
        f"{counts.tp:>6}{counts.fp:>5}{counts.fn:>5}"
    )


def _acc_line(label: str, accuracy: Accuracy) -> str:
    return f"  {label:<26}{_number(accuracy.value):>9}{accuracy.total:>7}"


def _language_table(report: Report) -> list[str]:
    columns = f"{'articles':>9}{'core F1':>9}{'all F1':>9}{'officials F1':>14}{'countries F1':>14}{'date exact':>12}"
    lines = [f"{'By language':<12}{columns}"]
    for lang, scores in report.by_language.items():
        date = scores.attributes["date_exact"]
        lines.append(
            f"  {lang:<10}{scores.articles:>9}{_number(scores.events['core'].f1):>9}"
            f"{_number(scores.events['all_specific'].f1):>9}{_number(scores.officials.f1):>14}"
            f"{_number(scores.countries_all.f1):>14}{_number(date.value):>7} ({date.total})"
        )
    return lines
