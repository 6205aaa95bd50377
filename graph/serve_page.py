"""The HTML query page of ``dkg serve``. Every value from the store, the query or the request is escaped here.

The library is embedded as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&``
written as ``\\u003c`` etc., so no text can close the block; the page script only sets ``value`` and
``textContent``, never HTML. The server sends a Content-Security-Policy that allows only this nonce's script.
"""

from __future__ import annotations

import json
import secrets
from html import escape
from typing import TYPE_CHECKING

from .formats import display
from .query import NamedQuery

if TYPE_CHECKING:
    from .serve import Outcome

__all__ = ["render_page"]

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
textarea { width: 100%; font-family: ui-monospace, monospace; font-size: 0.9em; }
table { border-collapse: collapse; margin-top: 1em; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; max-width: 40em; }
th { background: #eee; }
.error { color: #a00; white-space: pre-wrap; border: 1px solid #a00; padding: 0.5em; }
.note { color: #555; }
pre { background: #f6f6f6; padding: 0.5em; overflow: auto; }
.params { font-size: 0.9em; color: #444; }
"""

_SCRIPT = """
const library = JSON.parse(document.getElementById('library').textContent);
const pick = document.getElementById('name');
const help = document.getElementById('params');
function describe() {
  const q = library[pick.value];
  help.textContent = q ? q.summary + (q.params.length ? '  Parameters: ' + q.params.join(', ') : '') : '';
}
pick.addEventListener('change', () => {
  const q = library[pick.value];
  if (q) { document.getElementById('query').value = q.sparql; }
  describe();
});
describe();
"""


def _script_json(data: object) -> str:
    return json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _param_text(query: NamedQuery) -> list[str]:
    return [f"{p.name} ({p.type}{', optional' if p.optional else ''})" for p in query.params]


def _options(queries: dict[str, NamedQuery], selected: str) -> str:
    items = ['<option value="">(your own query below)</option>']
    for name, q in queries.items():
        mark = " selected" if name == selected else ""
        items.append(f'<option value="{escape(name)}"{mark}>{escape(name)}: {escape(q.summary)}</option>')
    return "\n".join(items)


def _results(result: Outcome | None, max_rows: int) -> str:
    if result is None:
        return ""
    timing = f"{result.seconds * 1000:.0f} ms"
    if result.boolean is not None:
        return f'<p class="note">ASK: <b>{"true" if result.boolean else "false"}</b> ({timing})</p>'
    cut = f" (cut at the limit of {max_rows})" if result.truncated else ""
    if result.graph is not None:
        turtle = result.graph.serialize(format="turtle")
        return f'<p class="note">{len(result.graph)} triples{cut}, {timing}</p><pre>{escape(turtle)}</pre>'
    head = "".join(f"<th>{escape(n)}</th>" for n in result.names)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{escape(display(row.get(n)))}</td>" for n in result.names) + "</tr>"
        for row in result.rows
    )
    return (f'<p class="note">{len(result.rows)} rows{cut}, {timing}</p>'
            f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>")


def render_page(*, queries: dict[str, NamedQuery], name: str, text: str, binds: str, result: Outcome | None,
                error: str, max_rows: int, writable: bool) -> tuple[str, str]:
    """The page as HTML, and the nonce its script and style carry (for the Content-Security-Policy)."""
    nonce = secrets.token_urlsafe(16)
    data = {n: {"summary": q.summary, "params": _param_text(q), "sparql": q.sparql} for n, q in queries.items()}
    mode = "read-write" if writable else "read-only"
    error_html = f'<p class="error">{escape(error)}</p>' if error else ""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>dkg query</title>
<style nonce="{nonce}">{_STYLE}</style></head>
<body>
<h1>dkg query</h1>
<p class="note">SPARQL 1.1 endpoint at <code>/query</code> ({mode}); results here stop after {max_rows} rows.</p>
<form method="get" action="/">
<p><label for="name">Library:</label> <select id="name" name="name">
{_options(queries, name)}
</select></p>
<p id="params" class="params"></p>
<p><label for="query">SPARQL:</label><br>
<textarea id="query" name="query" rows="16">{escape(text)}</textarea></p>
<p><label for="bind">Parameters, one NAME=VALUE per line:</label><br>
<textarea id="bind" name="bind" rows="3">{escape(binds)}</textarea></p>
<p><button type="submit">Run</button></p>
</form>
{error_html}
{_results(result, max_rows)}
<script type="application/json" id="library">{_script_json(data)}</script>
<script nonce="{nonce}">{_SCRIPT}</script>
</body></html>
"""
    return html, nonce
