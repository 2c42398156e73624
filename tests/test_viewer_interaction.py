"""The viewer, the comparison table and the figure pages as a user meets them: real clicks, typing and
downloads in headless Chromium (over the DevTools pipe). Expectations come from the library."""

from pathlib import Path
from urllib.parse import quote, unquote

import httpx
import pytest
from PIL import Image

from pipeline import api
from pipeline.compare import Selection, comparison, select_rows, to_csv, to_latex
from pipeline.provenance import figure_iri, locate, sentence_boxes
from pipeline.viewer import OVERVIEW_LIMIT, render
from pipeline.viewer.browser import Page, Session

READY = "document.body.dataset.ready === 'true'"
CE = "CoulombicEfficiency"


@pytest.fixture(scope="module")
def table(sample_store_dir):
    with api.open_store(str(sample_store_dir), read_only=True) as store:
        return comparison(store)


@pytest.fixture()
def browser(chromium):
    with Session() as session:
        yield session


def _shown_structures(browser: Session) -> list[str]:
    return browser.evaluate("Array.from(document.querySelectorAll('#comparison tbody tr'))"
                            ".map(r => r.cells[0].textContent)")


def test_viewer_table_sorts_filters_and_chooses_columns(browser, sample_html, table):
    browser.open(Page(sample_html), READY)
    browser.click("#view-table")
    assert browser.evaluate("document.body.dataset.view") == "table"
    assert _shown_structures(browser) == [r.structure for r in table.rows]
    browser.click(f'#comparison th[data-key="{CE}"]')
    assert _shown_structures(browser) == [r.structure for r in select_rows(table, Selection(sort=CE)).rows]
    browser.click(f'#comparison th[data-key="{CE}"]')                       # again: the other way
    assert browser.evaluate(f"document.querySelector('th[data-key={CE}]').getAttribute('aria-sort')") == "ascending"
    browser.choose("#t-class", "MetalBasedFramework")
    browser.type("#t-material", "Cu")
    expected = select_rows(table, Selection(classes=("MetalBasedFramework",), materials=("Cu",), sort=CE,
                                            descending=False))
    assert expected.rows and _shown_structures(browser) == [r.structure for r in expected.rows]
    browser.choose("#t-class", "")
    browser.type("#t-material", "")
    browser.choose("#t-prop", CE)
    browser.type("#t-min", "98.5")
    kept = select_rows(table, Selection(ranges=((CE, 98.5, None),)))
    assert sorted(_shown_structures(browser)) == sorted(r.structure for r in kept.rows)
    browser.click("#t-columns summary")
    browser.click(f'#t-column-boxes input[value="{CE}"]')
    assert not browser.evaluate(f"!!document.querySelector('#comparison th[data-key={CE}]')")


def test_viewer_table_cells_carry_conditions_citations_and_figures(browser, sample_html, table):
    browser.open(Page(sample_html, {"view": "table"}), READY)
    row = next(r for r in table.rows for f in r.cells.values() if f[0].conditions)
    prop, figures = next((p, f) for p, f in row.cells.items() if f[0].conditions)
    cell = f'#comparison tr[data-key="{row.key}"] td[data-prop="{prop}"]'
    browser.hover(cell)
    title = browser.evaluate(f"document.querySelector('{cell}').title")
    assert f"test conditions: {', '.join(figures[0].conditions)}" in title and figures[0].sentence in title
    if figures[0].citations:
        href = browser.evaluate(f"document.querySelector('{cell} a.cite').getAttribute('href')")
        cited = figures[0].citations[0]
        assert href == f"https://doi.org/{cited.doi}" if cited.doi else unquote(href.split("select=")[1]) == cited.node
    browser.click(f"{cell} a.fig")                      # offline, a figure opens in the graph
    browser.wait_for("document.body.dataset.view === 'graph'")
    assert browser.evaluate("document.querySelector('#details h2').textContent").startswith(
        api.properties()[[p["name"] for p in api.properties()].index(prop)]["label"])


def test_viewer_table_downloads_what_is_shown(browser, sample_html, table, tmp_path):
    browser.downloads_to(tmp_path)
    browser.open(Page(sample_html, {"view": "table"}), READY)
    browser.click("#t-csv")
    browser.wait_for("true")
    csv_file = tmp_path / "comparison.csv"
    _wait_for_file(browser, csv_file)
    assert csv_file.read_text(encoding="utf-8") == to_csv(table)
    browser.click(f'#comparison th[data-key="{CE}"]')
    browser.click("#t-latex")
    tex_file = tmp_path / "comparison.tex"
    _wait_for_file(browser, tex_file)
    assert tex_file.read_text(encoding="utf-8") == to_latex(select_rows(table, Selection(sort=CE)))


def _wait_for_file(browser: Session, path: Path) -> None:
    browser.wait_for("new Promise(r => setTimeout(() => r(true), 50))")
    for _ in range(200):
        if path.exists() and path.stat().st_size:
            return
        browser.evaluate("new Promise(r => setTimeout(() => r(true), 50))")
    raise AssertionError(f"no download at {path}")


def _screen_point(browser: Session, node: str) -> tuple[float, float]:
    x, y = browser.evaluate(f"(function () {{ var n = akg.cy.getElementById({node!r}), p = n.renderedPosition(),"
                            " r = document.getElementById('cy').getBoundingClientRect();"
                            " return [r.left + p.x, r.top + p.y]; }())")
    return x, y


def test_viewer_click_focuses_on_a_structure_and_hover_shows_a_tooltip(browser, sample_html, sample_graph):
    browser.open(Page(sample_html), READY)
    structure = max((n for n, d in sample_graph.nodes(data=True) if d["type"] == "Structure"),
                    key=lambda n: (sample_graph.nodes[n]["figures"], n))
    browser.evaluate(f"akg.cy.zoom(1.5); akg.cy.center(akg.cy.getElementById({structure!r})); true")
    x, y = _screen_point(browser, structure)
    browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
    browser.wait_for("!document.getElementById('tooltip').hidden")
    assert sample_graph.nodes[structure]["label"] in browser.evaluate("document.getElementById('tooltip').textContent")
    browser.click_at(x, y)
    browser.wait_for("!document.getElementById('focus-bar').hidden")
    near = {structure} | set(sample_graph.predecessors(structure)) | set(sample_graph.successors(structure))
    assert browser.evaluate("akg.cy.nodes().not('.unfocused').length") == len(near)
    figures = sum(1 for _, _, r in sample_graph.in_edges(structure, data="relation") if r == "ofStructure")
    assert browser.evaluate("document.querySelectorAll('#details .figure').length") == figures
    browser.click("#unfocus")
    assert browser.evaluate("akg.cy.nodes('.unfocused').length") == 0


def test_viewer_large_graph_opens_on_its_overview_and_expands(browser, tmp_path):
    from benchmarks.synthetic import projection
    g = projection(25)
    assert g.number_of_nodes() > OVERVIEW_LIMIT
    page = tmp_path / "large.html"
    page.write_text(render(g), encoding="utf-8")
    browser.open(Page(page), READY)
    overview = sum(1 for _, t in g.nodes(data="type") if t in ("Paper", "Class", "Structure"))
    assert int(browser.evaluate("document.getElementById('visible-count').textContent")) == overview
    assert int(browser.evaluate("document.getElementById('node-count').textContent")) == g.number_of_nodes()
    structure = next(n for n, d in g.nodes(data=True) if d["type"] == "Structure" and d["figures"])
    browser.evaluate(f"akg.cy.zoom(1.2); akg.cy.center(akg.cy.getElementById({structure!r})); true")
    browser.click_at(*_screen_point(browser, structure))
    browser.wait_for("!document.getElementById('focus-bar').hidden")
    neighbours = set(g.predecessors(structure)) | set(g.successors(structure))
    drawn = browser.evaluate(f"akg.cy.getElementById({structure!r}).neighborhood('node').length")
    assert drawn >= len(neighbours)
    browser.click("#unfocus")
    browser.click('#type-filter input[value="Measurement"]')
    figures = sum(1 for _, t in g.nodes(data="type") if t == "Measurement")
    assert int(browser.evaluate("document.getElementById('visible-count').textContent")) >= overview + figures


def _highlighted(png: bytes, source) -> bool:
    """Whether the middle of the sentence's first line is highlighted (yellow) on the drawn page."""
    import io
    image = Image.open(io.BytesIO(png)).convert("RGB")
    box = sentence_boxes(source.pdf, source.page, source.sentence)[0]
    scale = image.size[0] / 595.28
    r, g, b = image.getpixel((int((box.x0 + box.x1) / 2 * scale), int((box.top + box.bottom) / 2 * scale)))
    return r > 200 and g > 170 and b < 200


def test_served_table_viewer_and_query_page_lead_to_the_highlighted_page(browser, served, sample_store_dir):
    browser.open(f"{served}/compare", READY)
    assert browser.evaluate("document.body.dataset.view") == "table"
    first = browser.evaluate("document.querySelector('#comparison a.fig').getAttribute('href')")
    browser.click("#comparison a.fig")
    browser.wait_for("location.pathname.startsWith('/figure/') && document.getElementById('page') && "
                     "document.getElementById('page').complete && document.getElementById('page').naturalWidth > 0")
    figure = browser.evaluate("document.getElementById('figure-id').textContent")
    assert first == f"/figure/{figure}"
    with api.open_store(str(sample_store_dir), read_only=True) as store:
        source = locate(store, figure)
    assert browser.evaluate("document.getElementById('sentence').textContent") == source.sentence
    png = httpx.get(f"{served}/figure/{figure}/page.png", timeout=60).content
    assert _highlighted(png, source)
    browser.open(f"{served}/viewer#select={quote(figure_iri(figure), safe='')}", READY)       # the viewer's figure details
    browser.click("#details a.page-link")
    browser.wait_for(f"location.pathname === '/figure/{figure}'")
    browser.open(f"{served}/named/measurements", "document.querySelector('a[href^=\"/figure/\"]')")
    target = browser.evaluate("document.querySelector('a[href^=\"/figure/\"]').getAttribute('href')")
    browser.click('a[href^="/figure/"]')
    browser.wait_for(f"location.pathname === {target!r} && document.getElementById('page').naturalWidth > 0")


def test_served_figure_page_of_a_moved_pdf_points_to_doctor(moved_pdf_store):
    from conftest import running_server

    from pipeline.server import ServeOptions
    store_dir, figure = moved_pdf_store
    with running_server(ServeOptions(store=str(store_dir))) as url:
        answer = httpx.get(f"{url}/figure/{figure}", headers={"accept": "text/html"}, timeout=60)
    assert answer.status_code == 404 and "doctor --sources" in answer.text
