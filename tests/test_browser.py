"""`dkg view` pages in a real headless Chromium: the network draws, search finds names in any language, filters
and the country level change what is drawn, clicks highlight, and hostile article text never runs.

Needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) and selenium; skipped
otherwise.
"""

from __future__ import annotations

import importlib.util
import shutil
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from graph.store import open_store
from graph.viz import ViewFilter, write_view

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900"]


def _missing() -> str | None:
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed (pip install selenium)"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists() and not shutil.which(Path(path).name):
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):  # noqa: ANN201
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    for flag in FLAGS + [f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER if Path(CHROMEDRIVER).exists()
                                              else shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _load(store, name: str) -> None:  # noqa: ANN001 - a Store
    ds = Dataset()
    ds.parse(FIXTURES / name, format="trig")
    for context in ds.contexts():
        if len(context) and not str(context.identifier).startswith("urn:x-rdflib:"):
            g = Graph()
            for triple in context:
                g.add(triple)
            store.replace_graph(str(context.identifier), g)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, tuple[Path, int]]:
    """The pages under test: name -> (file, number of nodes written)."""
    out = tmp_path_factory.mktemp("pages")
    made = {}
    with open_store(out / "sample-store") as store:
        _load(store, "view-sample.trig")
        for name, kwargs in {"all": {}, "france": {"flt": ViewFilter(countries=("FR",))},
                             "countries": {"level": "country"}}.items():
            made[name] = (out / f"{name}.html", write_view(store, out / f"{name}.html", **kwargs).nodes)
    with open_store(out / "hostile-store") as store:
        _load(store, "view-hostile.trig")
        made["hostile"] = (out / "hostile.html", write_view(store, out / "hostile.html").nodes)
        made["hostile-countries"] = (out / "hc.html", write_view(store, out / "hc.html", level="country").nodes)
    return made


def open_page(driver, path: Path, timeout: float = 60.0) -> None:  # noqa: ANN001
    driver.get("about:blank")
    driver.get_log("browser")  # drop earlier messages
    driver.get(path.resolve().as_uri())
    deadline = time.monotonic() + timeout
    while not driver.execute_script("return !!(window.dkgView && window.dkgView.ready)"):
        if time.monotonic() > deadline:
            pytest.fail(f"{path.name}: not interactive after {timeout:.0f} s")
        time.sleep(0.05)


INK = """
var c = document.querySelector('#mynetwork canvas'), ctx = c.getContext('2d');
var d = ctx.getImageData(0, 0, c.width, c.height).data, n = 0;
for (var i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) n++; }
return n;
"""


def node_id(driver, label: str) -> int:  # noqa: ANN001
    return driver.execute_script(
        "return window.dkgView.nodes.get({filter: function (n) { return n.label === arguments[0]; }})"
        ".map(function (n) { return n.id; })[0];".replace("arguments[0]", repr(label)))


def test_network_draws_offline(browser, pages, tmp_path) -> None:
    path, expected = pages["all"]
    open_page(browser, path)
    assert browser.execute_script("return window.dkgView.nodes.length") == expected == 27
    assert browser.execute_script("return window.dkgView.network.body.nodeIndices.length") == expected
    assert browser.execute_script(INK) > 2000  # the canvas is not blank
    canvas = browser.find_element("css selector", "#mynetwork canvas")
    assert len(canvas.screenshot_as_png) > 5000
    browser.save_screenshot(str(tmp_path / "all.png"))
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_click_highlights_neighbourhood_and_hover_shows_tooltip(browser, pages) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    open_page(browser, pages["all"][0])
    sato = node_id(browser, "Haruto Sato")
    x, y, w, h = browser.execute_script(
        "var v = window.dkgView, p = v.network.canvasToDOM(v.network.getPositions([arguments[0]])[arguments[0]]);"
        "var c = document.getElementById('mynetwork'); return [p.x, p.y, c.clientWidth, c.clientHeight];", sato)
    canvas = browser.find_element("css selector", "#mynetwork canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).perform()
    time.sleep(0.6)
    tip = browser.find_element("id", "dkg-tip")
    assert tip.is_displayed() and "Ambassador" in tip.text and "Haruto Sato" in tip.text
    ActionChains(browser).click().perform()
    time.sleep(0.3)
    assert browser.execute_script("return window.dkgView.highlighted") == sato
    assert "represents" in browser.find_element("id", "dkg-details-body").text
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('#dkg-details-body a')).map(a => a.href)")
    assert links and all(link.startswith("https://news.example.org/") for link in links)


@pytest.mark.parametrize("query, found", [("佐藤陽翔", "Haruto Sato"), ("прия раман", "Priya Raman"),
                                          ("brasilien", "Brazil"), ("Dürand", "Camille Durand")])
def test_search_finds_a_node_by_any_name_form(browser, pages, query: str, found: str) -> None:
    from selenium.webdriver.common.keys import Keys

    open_page(browser, pages["all"][0])
    box = browser.find_element("id", "dkg-search")
    box.send_keys(query, Keys.ENTER)
    time.sleep(0.2)
    assert browser.find_element("id", "dkg-search-result").text == f"found: {found}"
    assert browser.execute_script("return window.dkgView.highlighted") == node_id(browser, found)
    assert browser.execute_script("return window.dkgView.network.getSelectedNodes()") == [node_id(browser, found)]


def test_search_reports_unknown_names(browser, pages) -> None:
    open_page(browser, pages["all"][0])
    assert browser.execute_script("return window.dkgView.search('Nobody at all')") is None
    assert browser.find_element("id", "dkg-search-result").text == "no node named “Nobody at all”"


def test_filters_and_country_level_change_the_drawing(browser, pages) -> None:
    drawn = {}
    for name in ("all", "france", "countries"):
        path, expected = pages[name]
        open_page(browser, path)
        drawn[name] = browser.execute_script("return window.dkgView.network.body.nodeIndices.length")
        assert drawn[name] == expected
        assert browser.execute_script(INK) > 500
    assert drawn["france"] < drawn["all"] and drawn["countries"] < drawn["all"]
    kinds = browser.execute_script("return window.dkgView.nodes.map(n => n.kind)")
    assert set(kinds) == {"country"}
    widest = browser.execute_script("return Math.max.apply(null, window.dkgView.edges.map(e => e.value))")
    assert widest == 2  # France-Japan: two events


def _poke_everything(driver) -> None:  # noqa: ANN001
    """Hover and click every node and edge, and search for payloads: all tooltips and details get rendered."""
    driver.execute_script("""
      var v = window.dkgView, ptr = {DOM: {x: 40, y: 40}};
      v.nodes.getIds().forEach(function (id) {
        v.network.emit('hoverNode', {node: id, pointer: ptr});
        v.network.emit('click', {nodes: [id], edges: [], pointer: ptr});
      });
      v.edges.getIds().forEach(function (id) {
        v.network.emit('hoverEdge', {edge: id, pointer: ptr});
        v.network.emit('click', {nodes: [], edges: [id], pointer: ptr});
      });
      v.search('<img src=x onerror="window.__pwned=1">');
      v.search('Mallory');
    """)
    time.sleep(0.5)


@pytest.mark.parametrize("page", ["hostile", "hostile-countries"])
def test_hostile_payloads_never_execute(browser, pages, page: str) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    open_page(browser, pages[page][0])
    _poke_everything(browser)
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    injected = browser.execute_script(
        "return document.querySelectorAll('img, svg, iframe, b, #dkg-tip script, #dkg-details-body script').length")
    assert injected == 0
    hrefs = browser.execute_script("return Array.from(document.querySelectorAll('a')).map(a => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    text = browser.find_element("id", "dkg-details-body").text + browser.execute_script(
        "return document.getElementById('dkg-tip').textContent")
    assert "__pwned" in text  # the payloads are shown as text
    # escaping alone keeps them inert: the Content-Security-Policy never had to block anything
    assert not [e for e in browser.get_log("browser") if "Content Security Policy" in e["message"]]


def test_precomputed_layout_page_is_interactive(browser, tmp_path) -> None:
    spec = importlib.util.spec_from_file_location("view_bench", ROOT / "bench" / "view_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with open_store(tmp_path / "store") as store:
        bench.synthetic_store(store, 800)
        result = write_view(store, tmp_path / "large.html")
    assert result.layout == "precomputed" and result.nodes > 700
    start = time.monotonic()
    open_page(browser, tmp_path / "large.html", timeout=30)
    assert time.monotonic() - start < 10
    assert browser.execute_script("return window.dkgView.network.physics.physicsEnabled") is False
    assert browser.execute_script("return window.dkgView.nodes.length") == result.nodes
    assert browser.execute_script(INK) > 5000
    assert browser.execute_script("return window.dkgView.search('Official 3')") == "Official 3"
