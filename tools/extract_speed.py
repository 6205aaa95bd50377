"""Measure the extractor's speed on the development texts (``../shared/eval/dev`` or ``$DKG_EVAL_DIR``).

Usage: ``python tools/extract_speed.py [--rounds N] [--size CHARS] [--corpus FILE.jsonl [--limit N]]
[--repeat N] [--profile]``

Every dev article is extracted ``N`` times (after one warm-up round that builds the lexicons and the
gazetteer); the report gives articles per second of CPU time on one core, and with ``--profile`` the CPU
time per article spent in each module of ``graph.extract``. With ``--size 3000`` each article is first
lengthened to about that many characters with the following dev articles of its language (cut at a
sentence end), so that fixed per-article costs weigh as in real articles of that size. ``--corpus`` reads
the articles from a JSONL corpus instead (the format of ``bench/generate.py``: ``text``, ``language``,
``published``, ``id``), the first ``--limit`` of them. ``--repeat 3`` measures three times and reports the
median as well: on a shared machine single runs vary by tens of percent.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract import extract  # noqa: E402
from graph.model import Article  # noqa: E402


def _articles() -> list[Article]:
    folder = Path(os.environ.get("DKG_EVAL_DIR") or ROOT.parent / "shared" / "eval" / "dev")
    out = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        published = data.get("publication_date")
        day = date.fromisoformat(published) if published and len(published) == 10 else None
        out.append(Article(key=path.name, text=data["text"], language=data["language"], published=day))
    return out


def _corpus(path: str, limit: int) -> list[Article]:
    out = []
    with open(path, encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if n >= limit:
                break
            data = json.loads(line)
            published = data.get("published")
            day = date.fromisoformat(published) if published and len(published) == 10 else None
            out.append(Article(key=str(data.get("id", n)), text=data["text"], language=data["language"], published=day))
    return out


def _lengthen(articles: list[Article], size: int) -> list[Article]:
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_lang[article.language].append(article)
    out = []
    for lang, items in by_lang.items():
        for k, article in enumerate(items):
            text, j = "", k
            while len(text) < size:
                text += items[j % len(items)].text + "\n"
                j += 1
            cut = text.rfind(". ", 0, size)
            text = text[: cut + 1 if cut > size * 2 // 3 else size]
            out.append(Article(key=f"{article.key}+", text=text, language=lang, published=article.published))
    return out


def _run(articles: list[Article], rounds: int) -> float:
    start = time.process_time()
    for _ in range(rounds):
        for article in articles:
            extract(article)
    return time.process_time() - start


def _module(filename: str) -> str | None:
    parts = Path(filename).parts
    return "/".join(parts[parts.index("graph") :]) if "graph" in parts else None


def _by_module(profile: cProfile.Profile, count: int) -> list[tuple[str, float]]:
    """Own CPU time per module of ``graph``, in milliseconds per article; the time spent in built-ins and the
    standard library (regular expressions, ``str`` methods) counts for the module that called them."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, own, _, callers) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        module = _module(filename)
        if module is not None:
            totals[module] += own
            continue
        for (caller_file, _, _), edge in callers.items():
            totals[_module(caller_file) or "(other)"] += edge[2]
    return sorted(((k, 1000 * v / count) for k, v in totals.items()), key=lambda kv: -kv[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--size", type=int, default=0, help="lengthen articles to about this many characters")
    parser.add_argument("--corpus", help="JSONL corpus to read the articles from instead of the dev set")
    parser.add_argument("--limit", type=int, default=500, help="articles of --corpus to use (the first ones)")
    parser.add_argument("--repeat", type=int, default=1, help="measurements to take (the median is reported)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    articles = _corpus(args.corpus, args.limit) if args.corpus else _articles()
    if args.size:
        articles = _lengthen(articles, args.size)
    if not articles:
        sys.exit("no dev articles found; set DKG_EVAL_DIR")
    _run(articles, 1)  # warm-up: lexicons, gazetteer
    chars = sum(len(a.text) for a in articles) * args.rounds
    count = len(articles) * args.rounds
    lengths = sorted(len(a.text) for a in articles)
    rates = []
    for _ in range(max(1, args.repeat)):
        seconds = _run(articles, args.rounds)
        rates.append((count / seconds, chars / 3000 / seconds))
        print(f"{count} articles, {chars / count:.0f} characters on average (median {lengths[len(lengths) // 2]}), "
              f"{seconds:.2f} s CPU")
        print(f"{rates[-1][0]:.0f} articles/s; {rates[-1][1]:.0f} articles of 3,000 characters/s")
    if len(rates) > 1:
        per_article = statistics.median(rate for rate, _ in rates)
        per_size = statistics.median(rate for _, rate in rates)
        print(f"median of {len(rates)}: {per_article:.0f} articles/s; {per_size:.0f} articles of 3,000 characters/s")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        _run(articles, args.rounds)
        profile.disable()
        print("CPU ms per article by module (profiled, so slower than above):")
        for name, ms in _by_module(profile, count)[:15]:
            print(f"  {ms:7.2f}  {name}")


if __name__ == "__main__":
    main()
