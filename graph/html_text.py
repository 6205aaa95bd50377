"""Main text and metadata of an HTML page (trafilatura; only this module imports it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

__all__ = ["HtmlDocument", "parse_html"]

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    text: str
    title: str | None
    url: str | None
    published: str | None  # ISO date string as found in the metadata
    language: str | None


def parse_html(html: str) -> HtmlDocument | None:
    """The page's main text with title, canonical URL, publication date and language; None if no text."""
    import trafilatura  # heavy import, only when HTML is read

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return HtmlDocument(
        text=doc.text,
        title=doc.title or None,
        url=doc.url or None,
        published=doc.date or None,
        language=doc.language or None,
    )
