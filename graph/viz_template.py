"""The page around the network: a Jinja template rendered through pyvis, with vis-network inlined.

Rendered with autoescaping on. Node and edge data enter only as ``tojson`` (which escapes ``<``, ``>``, ``&``
and quotes, so nothing in the data can close the script element); tooltip markup in the data was built from
escaped text by ``graph.viz`` and is the only thing the script assigns to ``innerHTML``. Names for the search
list and messages are set with ``textContent`` / ``value``. A Content-Security-Policy (filled in after
rendering with the hashes of the page's own scripts) blocks any other script and every network request.
"""

from __future__ import annotations

__all__ = ["TEMPLATE_NAME", "TEMPLATE", "CSP_PLACEHOLDER"]

TEMPLATE_NAME = "dkg-view.html"
CSP_PLACEHOLDER = "__DKG_CSP__"

_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.35 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 6px 12px;
         border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { font-size: 16px; margin: 0; }
#dkg-summary { color: #555; }
#dkg-search-form { margin-left: auto; display: flex; gap: 6px; align-items: center; }
#dkg-search { width: 240px; padding: 3px 6px; }
#dkg-search-result { color: #555; min-width: 120px; max-width: 360px; overflow: hidden; text-overflow: ellipsis;
                     white-space: nowrap; }
#dkg-main { flex: 1; display: flex; min-height: 0; }
#mynetwork { flex: 1; position: relative; background: #fff; min-height: 400px; }
#dkg-side { width: 300px; overflow-y: auto; border-left: 1px solid #ddd; padding: 6px 10px; background: #fcfcfc; }
#dkg-side h2 { font-size: 14px; margin: 8px 0 4px; }
#dkg-legend ul { list-style: none; padding: 0; margin: 0; }
#dkg-legend li { display: flex; align-items: center; gap: 8px; margin: 2px 0; }
.sw { display: inline-block; width: 14px; height: 14px; }
.sw-dot { border-radius: 50%; }
.sw-diamond { clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%); }
.sw-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.sw-triangleDown { clip-path: polygon(0 0, 100% 0, 50% 100%); }
.sw-hexagon { clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%); }
.sw-star { clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%,
                              39% 35%); }
.sw-line { height: 3px; width: 18px; }
.dkg-tip { position: fixed; z-index: 10; max-width: 420px; max-height: 60vh; overflow-y: auto;
           background: #fffff4; border: 1px solid #999; border-radius: 4px; padding: 6px 8px;
           box-shadow: 2px 2px 8px rgba(0,0,0,.2); font-size: 13px; }
.dkg-info { overflow-wrap: anywhere; }
.dkg-info h3 { font-size: 14px; margin: 0 0 4px; }
.dkg-info dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 1px 8px; }
.dkg-info dt { color: #666; }
.dkg-info dd { margin: 0; }
.dkg-info blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #ccc; }
.dkg-info .src { color: #555; font-size: 12px; }
.dkg-info .iri { color: #888; font-size: 11px; word-break: break-all; }
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var state = window.dkgView = {ready: false, readyAt: null, drawn: false, highlighted: null};
  var nodes = new vis.DataSet(DKG_NODES);
  var edges = new vis.DataSet(DKG_EDGES);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, DKG_OPTIONS);
  state.network = network; state.nodes = nodes; state.edges = edges;

  function markReady() {
    if (state.ready) { return; }
    state.ready = true;
    state.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  }
  network.once("afterDrawing", function () { state.drawn = true; if (!DKG_PHYSICS) { markReady(); } });
  if (DKG_PHYSICS) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      markReady();
    });
  }

  // tooltips: markup built (escaped) by dkg; it stays open while the pointer is over it, so links work
  var tip = document.getElementById("dkg-tip"), hideTimer = null;
  function showTip(html, pointer) {
    clearTimeout(hideTimer);
    if (!html) { return; }
    var box = container.getBoundingClientRect();
    tip.innerHTML = html;
    tip.hidden = false;
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    x = Math.min(x, window.innerWidth - tip.offsetWidth - 8);
    y = Math.min(y, window.innerHeight - tip.offsetHeight - 8);
    tip.style.left = Math.max(0, x) + "px";
    tip.style.top = Math.max(0, y) + "px";
  }
  function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(function () { tip.hidden = true; }, 500); }
  tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
  tip.addEventListener("mouseleave", hideSoon);
  network.on("hoverNode", function (p) { var n = nodes.get(p.node); if (n) { showTip(n.tip, p.pointer.DOM); } });
  network.on("hoverEdge", function (p) { var e = edges.get(p.edge); if (e) { showTip(e.tip, p.pointer.DOM); } });
  network.on("blurNode", hideSoon);
  network.on("blurEdge", hideSoon);
  network.on("dragStart", function () { tip.hidden = true; });

  // neighbourhood highlight: after each draw, veil the canvas and draw the neighbourhood again on top
  // (costs the size of the neighbourhood, not of the graph; uses vis-network's node and edge draw methods)
  var focus = null;
  network.on("afterDrawing", function (ctx) {
    var body = network.body;
    if (!focus || !body) { return; }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    focus.edges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected) { e.draw(ctx); } });
    focus.edges.forEach(function (id) { var e = body.edges[id]; if (e && e.connected) { e.drawArrows(ctx); } });
    focus.nodes.forEach(function (id) {
      var n = body.nodes[id], drawn = n ? n.draw(ctx) : null;
      if (drawn && drawn.drawExternalLabel) { drawn.drawExternalLabel(); }
    });
  });
  function highlight(id) {
    focus = {nodes: network.getConnectedNodes(id).concat([id]), edges: network.getConnectedEdges(id)};
    state.highlighted = id;
    network.redraw();
  }
  function clearHighlight() {
    if (state.highlighted === null) { return; }
    focus = null;
    state.highlighted = null;
    network.redraw();
  }
  var details = document.getElementById("dkg-details-body");
  var detailsHint = details.innerHTML;
  function showDetails(id) {
    var n = nodes.get(id);
    details.innerHTML = n && n.tip ? n.tip : detailsHint;
  }
  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); showDetails(p.nodes[0]); }
    else if (p.edges.length) { var e = edges.get(p.edges[0]); if (e && e.tip) { details.innerHTML = e.tip; } }
    else { clearHighlight(); details.innerHTML = detailsHint; }
  });

  // search by any name form (names in every language, alternate names, codes)
  function norm(s) { return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim(); }
  var index = DKG_NODES.map(function (n) { return {id: n.id, names: (n.names || [n.label]).map(norm)}; });
  var list = document.getElementById("dkg-names"), listed = {}, count = 0;
  DKG_NODES.forEach(function (n) {
    (n.names || []).forEach(function (name) {
      if (listed[name] || count >= 5000) { return; }
      listed[name] = true; count += 1;
      var option = document.createElement("option");
      option.value = name;
      list.appendChild(option);
    });
  });
  function find(query) {
    var q = norm(query), i, j, tests = [
      function (s) { return s === q; },
      function (s) { return s.indexOf(q) === 0 || s.indexOf(" " + q) >= 0; },
      function (s) { return s.indexOf(q) >= 0; }];
    if (!q) { return null; }
    for (j = 0; j < tests.length; j++) {
      for (i = 0; i < index.length; i++) {
        if (index[i].names.some(tests[j])) { return index[i].id; }
      }
    }
    return null;
  }
  var result = document.getElementById("dkg-search-result");
  state.search = function (query) {
    var id = find(query);
    if (id === null) { result.textContent = "no node named \u201c" + query + "\u201d"; return null; }
    var n = nodes.get(id);
    network.selectNodes([id]);
    highlight(id);
    showDetails(id);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
    result.textContent = "found: " + n.label;
    return n.label;
  };
  document.getElementById("dkg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    state.search(document.getElementById("dkg-search").value);
  });
})();
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="__DKG_CSP__">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ page.title }}</title>
<style>{% include 'lib/vis-9.1.2/vis-network.css' %}</style>
<style>""" + _CSS + """</style>
<script>{% include 'lib/vis-9.1.2/vis-network.min.js' %}</script>
</head>
<body>
<header>
<h1>{{ page.title }}</h1>
<span id="dkg-summary">{{ page.summary }}</span>
<form id="dkg-search-form" role="search">
<input id="dkg-search" type="search" list="dkg-names" autocomplete="off" placeholder="Find a name in any language"
 aria-label="Find a node by name">
<button type="submit">Find</button>
<span id="dkg-search-result" role="status"></span>
</form>
</header>
<div id="dkg-main">
<div id="mynetwork"></div>
<aside id="dkg-side">
<section id="dkg-legend"><h2>Legend</h2>
<ul>
{% for item in page.legend %}<li><span class="sw sw-{{ item.shape }}" style="background: {{ item.color }}"></span>{{ item.label }}</li>
{% endfor %}</ul>
<h2>Links</h2>
<ul>
{% for item in page.edge_legend %}<li><span class="sw sw-line" style="background: {{ item.color }}"></span>{{ item.label }}</li>
{% endfor %}</ul>
<p>{{ page.hint }}</p>
</section>
<section id="dkg-details"><h2>Details</h2><div id="dkg-details-body" class="dkg-info">Click a node to see its
details and highlight its neighbours; click the background to clear.</div></section>
</aside>
</div>
<div id="dkg-tip" class="dkg-tip dkg-info" hidden></div>
<datalist id="dkg-names"></datalist>
<script>
var DKG_NODES = {{ nodes|tojson }};
var DKG_EDGES = {{ edges|tojson }};
var DKG_OPTIONS = JSON.parse({{ options|tojson }});
var DKG_PHYSICS = {{ page.physics|tojson }};
""" + _SCRIPT + """</script>
</body>
</html>
"""
