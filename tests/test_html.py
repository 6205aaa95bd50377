"""The escaping helper of the render boundary: text never becomes markup, only http(s) links are clickable."""

from __future__ import annotations

import pytest

from graph.html import escape, link, safe_url, truncate


def test_escape_neutralises_markup_and_quotes() -> None:
    assert escape('<img src=x onerror="alert(1)">') == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert escape("' & \"") == "&#x27; &amp; &quot;"
    assert escape(None) == ""
    assert escape(42) == "42"


@pytest.mark.parametrize("url", ["http://example.org/a", "https://news.example.org/v1?x=1&y=2#top",
                                 "HTTPS://EXAMPLE.ORG"])
def test_safe_url_keeps_http_and_https(url: str) -> None:
    assert safe_url(url) == url


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "file:///etc/passwd",
    "/relative/path", "//evil.example/x", "https://", "http:///nohost", "", None, "https://exa mple.org",
    "https://example.org/\x00",
])
def test_safe_url_refuses_everything_else(url: str | None) -> None:
    assert safe_url(url) is None


def test_link_escapes_text_and_href() -> None:
    html = link('https://example.org/?q="><script>', "<b>headline</b>")
    assert html == ('<a href="https://example.org/?q=&quot;&gt;&lt;script&gt;" target="_blank" '
                    'rel="noopener noreferrer nofollow">&lt;b&gt;headline&lt;/b&gt;</a>')


def test_link_without_a_safe_url_is_plain_text() -> None:
    assert link("javascript:alert(1)", "<i>click</i>") == "&lt;i&gt;click&lt;/i&gt;"


def test_truncate() -> None:
    assert truncate("short", 10) == "short"
    assert truncate("a rather long headline", 10) == "a rather…"
