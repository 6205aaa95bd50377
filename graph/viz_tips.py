"""Tooltip and details markup of the views, built from escaped text only.

Every value taken from the store passes through ``graph.html.escape`` (or ``graph.html.link``, which only makes
http(s) URLs clickable) before it joins the markup; the few literal tags here are constants.
"""

from __future__ import annotations

from .html import escape, link, truncate
from .viz_data import Entity, LinkIndex, ViewData

__all__ = ["node_tip", "pair_tip", "country_tip", "event_line"]

MAX_EVIDENCE = 3  # evidence sentences per tooltip
MAX_LISTED = 12  # names listed per row before "and N more"
MAX_SENTENCE = 320  # characters of an evidence sentence

_KIND_LABEL = {"country": "country", "person": "official", "event": "event", "venue": "venue", "city": "city",
               "organization": "organization", "article": "article"}


def _names(data: ViewData, iris: list[str]) -> str:
    names = sorted({data.entities[i].name for i in iris})
    shown = ", ".join(escape(n) for n in names[:MAX_LISTED])
    return shown + (f" and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else "")


def _row(name: str, value_html: str) -> str:
    return f"<dt>{escape(name)}</dt><dd>{value_html}</dd>" if value_html else ""


def article_link(data: ViewData, iri: str | None) -> str:
    """The article's headline, linked to its URL when that is an http(s) URL."""
    article = data.entities.get(iri) if iri else None
    if article is None:
        return "article"
    title = truncate(article.first("headline") or article.first("url") or "article", 90)
    return link(article.first("url"), title)


def _evidence(data: ViewData, entity: Entity) -> str:
    parts = []
    for iri in entity.evidence[:MAX_EVIDENCE]:
        ev = data.evidence.get(iri)
        if ev is None:
            continue
        parts.append(f"<blockquote>{escape(truncate(ev.text, MAX_SENTENCE))}"
                     f'<div class="src">— {article_link(data, ev.article)}</div></blockquote>')
    more = len(entity.evidence) - MAX_EVIDENCE
    if more > 0:
        parts.append(f'<div class="src">and {more} more sentences</div>')
    return "".join(parts)


def _event_rows(links: LinkIndex, data: ViewData, entity: Entity) -> list[str]:
    date = escape(entity.first("startDate") or "")
    if entity.first("dateText"):
        date = f"{date} ({escape(entity.first('dateText'))})" if date else escape(entity.first("dateText"))
    reports = links.targets(entity.iri, "reported by")
    return [
        _row("type", escape(", ".join(sorted(entity.types)) or "event")),
        _row("status", escape(", ".join(entity.values.get("status", [])))),
        _row("date", date),
        _row("duration", escape(entity.first("duration") or "")),
        _row("place", _names(data, links.targets(entity.iri, "held at"))),
        _row("attendees", _names(data, links.sources(entity.iri, "attended"))),
        _row("speaker", _names(data, links.sources(entity.iri, "spoke at"))),
        _row("countries", _names(data, links.targets(entity.iri, "involves"))),
        _row("follows", _names(data, links.targets(entity.iri, "follows"))),
        _row("reported by", "<br>".join(article_link(data, a) for a in sorted(reports)[:MAX_LISTED])),
    ]


def _person_rows(links: LinkIndex, data: ViewData, entity: Entity) -> list[str]:
    events = links.targets(entity.iri, "attended") + links.targets(entity.iri, "spoke at")
    return [
        _row("role", escape(", ".join(entity.values.get("role", [])))),
        _row("title", escape(", ".join(entity.values.get("jobTitle", [])))),
        _row("represents", _names(data, links.targets(entity.iri, "represents"))),
        _row("accredited to", _names(data, links.targets(entity.iri, "accredited to"))),
        _row("also written", escape(", ".join(n for n in entity.all_names if n != entity.name))),
        _row("events", str(len(set(events))) if events else ""),
    ]


def _other_rows(links: LinkIndex, data: ViewData, entity: Entity) -> list[str]:
    if entity.kind == "article":
        return [_row("published", escape(entity.first("datePublished") or "")),
                _row("language", escape(entity.first("inLanguage") or "")),
                _row("source", link(entity.first("url"), truncate(entity.first("url") or "", 80)))]
    rows = [_row("code", escape(entity.first("countryCode") or "")),
            _row("kind", escape(entity.first("venueType") or "")),
            _row("in", _names(data, links.targets(entity.iri, "in")))]
    names = [f"{escape(text)}{f' ({escape(lang)})' if lang else ''}" for text, lang in entity.names]
    if len(names) > 1:
        rows.append(_row("names", ", ".join(names)))
    if entity.kind == "country":
        rows.append(_row("events", str(len(links.sources(entity.iri, "involves")))))
    return rows


def node_tip(links: LinkIndex, data: ViewData, entity: Entity) -> str:
    """The tooltip (and details panel) markup of one entity."""
    if entity.kind == "event":
        rows = _event_rows(links, data, entity)
    elif entity.kind == "person":
        rows = _person_rows(links, data, entity)
    else:
        rows = _other_rows(links, data, entity)
    head = f"<h3>{escape(entity.name)}</h3><div class=\"src\">{escape(_KIND_LABEL.get(entity.kind, entity.kind))}</div>"
    return (f"{head}<dl>{''.join(rows)}</dl>{_evidence(data, entity)}"
            f'<div class="iri">{escape(entity.iri)}</div>')


def event_line(data: ViewData, iri: str) -> str:
    """One event as "name (date)", escaped."""
    event = data.entities[iri]
    date = event.first("startDate")
    return escape(event.name) + (f" ({escape(date)})" if date and date not in event.name else "")


def pair_tip(data: ViewData, a: str, b: str, events: list[str]) -> str:
    """Country-level edge: the events between two countries."""
    lines = "".join(f"<li>{event_line(data, e)}</li>" for e in events[:30])
    more = f'<div class="src">and {len(events) - 30} more</div>' if len(events) > 30 else ""
    return (f"<h3>{escape(data.entities[a].name)} – {escape(data.entities[b].name)}</h3>"
            f'<div class="src">{len(events)} event{"s" if len(events) != 1 else ""}</div><ul>{lines}</ul>{more}')


def country_tip(data: ViewData, iri: str, events: list[str], partners: list[tuple[str, int]]) -> str:
    """Country-level node: the country, its number of events and its main partners."""
    country = data.entities[iri]
    top = ", ".join(f"{escape(data.entities[p].name)} ({n})" for p, n in partners[:MAX_LISTED])
    rows = [_row("code", escape(country.first("countryCode") or "")), _row("events", str(len(events))),
            _row("partners", top)]
    return f"<h3>{escape(country.name)}</h3><dl>{''.join(rows)}</dl><div class=\"iri\">{escape(iri)}</div>"
