"""Main text and metadata of an HTML page (trafilatura; only this module imports it).

Pages are read leniently: trafilatura repairs unclosed and mis-nested tags. When its precise main-text
extraction finds nothing (short pages, unusual markup), a second pass favouring recall is tried before the page
is given up as having no article text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

__all__ = ["HtmlDocument", "parse_html", "MIN_WORDS"]

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

#: fewer words than this is a navigation bar or a caption, not an article
MIN_WORDS = 8


@dataclass(frozen=True, slots=True)
class HtmlDocument:
    """What an HTML page yields: main text and the metadata found (None when absent)."""

    text: str
    title: str | None
    url: str | None
    published: str | None  # ISO date string as found in the metadata
    language: str | None


def _extract(html: str, *, precise: bool):  # noqa: ANN202 - trafilatura's Document or None
    import trafilatura  # heavy import, only when HTML is read

    try:
        return trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=precise, favor_recall=not precise,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError):  # trafilatura/lxml choke on some broken markup
        logging.getLogger(__name__).debug("trafilatura failed", exc_info=True)
        return None


def _is_prose(doc) -> bool:  # noqa: ANN001 - trafilatura's Document or None
    return doc is not None and len((doc.text or "").split()) >= MIN_WORDS


def parse_html(html: str) -> HtmlDocument | None:
    """The page's main text with title, canonical URL, publication date and language.

    Returns:
        None when the page has no main text of at least :data:`MIN_WORDS` words.
    """
    doc = _extract(html, precise=True)
    if not _is_prose(doc):
        doc = _extract(html, precise=False)
    if not _is_prose(doc):
        return None
    return HtmlDocument(
        text=doc.text,
        title=doc.title or None,
        url=doc.url or None,
        published=doc.date or None,
        language=doc.language or None,
    )
