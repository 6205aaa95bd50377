"""The extractor registry: built-ins registered like third-party extractors, chosen by name."""

from __future__ import annotations

import pytest

import graph.extract as ex
from graph.model import Article, Extraction


def test_registry_contents() -> None:
    assert ex.names() == ["rules"]


def test_default_extractor_is_rules() -> None:
    article = Article(key="t", text="Secretary of State Antony Blinken met Chancellor Olaf Scholz.", language="en")
    assert ex.extract(article).people == ex.get("rules").extract(article).people


def test_a_registered_extractor_is_used_by_name() -> None:
    class Empty:
        def extract(self, article: Article) -> Extraction:
            return Extraction(article=article)

    ex.register("empty-test")(Empty)
    try:
        assert "empty-test" in ex.names()
        article = Article(key="t", text="Secretary Blinken met Chancellor Scholz.", language="en")
        assert ex.extract(article, extractor="empty-test").people == []
    finally:
        ex._FACTORIES.pop("empty-test", None)
        ex._INSTANCES.pop("empty-test", None)


def test_unknown_extractor_names_the_registered_ones() -> None:
    with pytest.raises(ex.UnknownExtractorError, match="rules"):
        ex.get("no-such-extractor")
