"""The one escaping helper used where text from articles enters HTML (views, tooltips, reports).

Every string that came from an article (names, titles, headlines, evidence sentences, URLs) passes through
``escape`` before it becomes part of markup, and every link goes through ``safe_url``, which only lets absolute
``http``/``https`` URLs through: ``javascript:``, ``data:``, relative and malformed URLs are never clickable.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

__all__ = ["escape", "safe_url", "link", "truncate"]

# C0 controls, DEL and whitespace that browsers strip or ignore inside a URL scheme ("java\tscript:")
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]")


def escape(text: object) -> str:
    """``text`` as HTML text or attribute value: ``& < > " '`` become character references."""
    return html.escape("" if text is None else str(text), quote=True)


def safe_url(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None``.

    The result is not escaped: pass it through ``escape`` when writing it into an attribute (``link`` does).
    """
    if url is None:
        return None
    text = str(url).strip()
    if not text or _URL_JUNK.search(text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def link(url: object, text: object) -> str:
    """An ``<a>`` element opening ``url`` in a new tab; only the escaped ``text`` when the URL is not http(s)."""
    target = safe_url(url)
    if target is None:
        return escape(text)
    return (f'<a href="{escape(target)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{escape(text)}</a>")


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, with an ellipsis when cut (before escaping)."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"
