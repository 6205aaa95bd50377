"""The default rule-based extractor (placeholder while the modules are written)."""

from __future__ import annotations

from graph.extract import register
from graph.model import Article, Extraction

__all__ = ["RuleExtractor"]


class RuleExtractor:
    """Rule-based extractor for de, en, es, fr and ru."""

    def extract(self, article: Article) -> Extraction:
        return Extraction(article=article)


@register("rules")
def build() -> RuleExtractor:
    """Factory of the default extractor."""
    return RuleExtractor()
