"""The synthetic benchmark corpus (bench/generate.py): deterministic, realistic in shape, in five languages."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def gen():
    """The generator module, imported from its file (bench/ is not a package)."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCH))
        for name in ("bench_generate", "corpus_places", "corpus_people", "corpus_phrases"):
            sys.modules.pop(name, None)


@pytest.fixture(scope="module")
def corpus(gen) -> list[dict]:
    return list(gen.generate(600, seed=7))


def test_same_seed_gives_the_same_corpus_and_smaller_corpora_are_prefixes(gen, corpus):
    assert list(gen.generate(600, seed=7)) == corpus
    assert list(gen.generate(150, seed=7)) == corpus[:150]
    assert list(gen.generate(150, seed=8)) != corpus[:150]


def test_articles_have_the_jsonl_fields_ingest_reads(gen, corpus):
    for article in corpus:
        assert set(article) == set(gen.FIELDS)
        assert all(isinstance(v, str) and v for v in article.values())
        assert article["url"].startswith("https://")
        assert article["published"][:2] == "20" and len(article["published"]) == 10
    assert len({a["id"] for a in corpus}) == len({a["url"] for a in corpus}) == len(corpus)


def test_lengths_are_like_real_articles(corpus):
    lengths = sorted(len(a["text"]) for a in corpus)
    assert lengths[0] >= 300 and lengths[-1] <= 4000
    assert 1000 <= lengths[len(lengths) // 2] <= 2000
    assert lengths[len(lengths) // 10] < 900 and lengths[-len(lengths) // 10] > 2400


def test_all_five_languages_and_the_text_is_in_the_stated_language(corpus):
    from graph.lang import detect_language

    counts = Counter(a["language"] for a in corpus)
    assert set(counts) == {"en", "de", "fr", "es", "ru"}
    assert min(counts.values()) >= 0.1 * len(corpus)
    wrong = [a["id"] for a in corpus if detect_language(a["text"]) != a["language"]]
    assert len(wrong) <= 0.02 * len(corpus), wrong[:5]


def test_some_events_are_reported_by_several_articles(gen):
    generator = gen.Generator(3)
    for i in range(500):
        generator.article(i)
    assert 0.1 * 500 <= generator.repeated <= 0.3 * 500


def test_officials_are_invented_and_varied(gen):
    import random

    officials = gen.make_officials(random.Random(1))
    names = [o.latin_en for people in officials.values() for o in people]
    assert len(set(names)) == len(names) >= 500
    russian = officials["RU"][0]
    assert russian.cyrillic != russian.latin_en and russian.latin_de != "" and russian.name("ru") == russian.cyrillic


def test_write_jsonl_round_trips(gen, tmp_path):
    out = tmp_path / "c.jsonl"
    gen.write_jsonl(out, 20, seed=2)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == list(gen.generate(20, seed=2))
    assert gen.parse_size("10k") == 10_000 and gen.parse_size("1M") == 1_000_000
