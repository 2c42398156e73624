"""The HTML viewer in a real headless Chromium: it renders every node, filters and shows details.

Expectations are counted from the projection of the sample store, never written down.
"""

import re

import pytest

from pipeline.viewer.browser import Page, dump_dom, element_text, richest_structure, screenshot


def _figures_of(graph, structure: str) -> list[str]:
    return [u for u, _, r in graph.in_edges(structure, data="relation") if r == "ofStructure"]


def test_viewer_renders_every_node_in_chromium(chromium, sample_html, sample_graph, artifacts):
    dom = dump_dom(Page(sample_html))
    assert re.search(r'<body[^>]*data-ready="true"', dom), "the layout never finished"
    assert int(element_text(dom, "node-count")) == sample_graph.number_of_nodes()
    assert int(element_text(dom, "edge-count")) == sample_graph.number_of_edges()
    assert int(element_text(dom, "visible-count")) == sample_graph.number_of_nodes()
    shot = screenshot(Page(sample_html), artifacts / "viewer.png")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000


def test_viewer_click_on_structure_lists_its_figures(chromium, sample_html, sample_graph, artifacts):
    structure = richest_structure(sample_html)
    figures = _figures_of(sample_graph, structure)
    assert figures, "the sample should have a structure with figures"
    page = Page(sample_html, {"select": structure})
    dom = dump_dom(page)
    details = dom[dom.index('id="details"'):]
    assert details.count('class="figure"') == len(figures)
    for figure in figures:
        data = sample_graph.nodes[figure]
        assert f"page {data['page']}" in details
        assert data["sentence"][:40].replace("&", "&amp;").replace("<", "&lt;") in details
    screenshot(page, artifacts / "viewer-structure.png")


def test_viewer_property_range_filter_keeps_matching_figures(chromium, sample_html, sample_graph):
    figures = {n: d for n, d in sample_graph.nodes(data=True) if d["type"] == "Measurement"}
    prop = max({d["property"] for d in figures.values()}, key=lambda p: sum(d["property"] == p for d in figures.values()))
    values = sorted(d["value"] for d in figures.values() if d["property"] == prop)
    low = values[len(values) // 2]
    kept = {n for n, d in figures.items() if d["property"] == prop and d["value"] >= low}
    structures = {n for n, d in sample_graph.nodes(data=True) if d["type"] == "Structure"}
    with_kept = {v for u, v, r in sample_graph.edges(data="relation") if r == "ofStructure" and u in kept}
    shown = kept | with_kept
    # what only hidden nodes connected to is hidden too: cited works, materials, papers and classes
    # (issue 14: the filter used to leave every cited work on screen)
    edges = list(sample_graph.edges(data="relation"))
    shown |= {v for u, v, r in edges if u in shown and r in ("citesAsDataSource", "hasMaterial", "describedIn",
                                                              "inClass")}
    classes = {n for n, d in sample_graph.nodes(data=True) if d["type"] == "Class"}
    shown |= {v for u, v, r in edges if r == "subClassOf" and u in shown & classes}
    others = {n for n, d in sample_graph.nodes(data=True)
              if d["type"] not in ("Measurement", "Structure", "Reference", "Material", "Paper", "Class")}
    expected = len(shown | others)
    assert expected < sample_graph.number_of_nodes() - (len(figures) - len(kept)) - len(structures - with_kept)
    dom = dump_dom(Page(sample_html, {"property": prop, "min": repr(low)}))
    assert int(element_text(dom, "visible-count")) == expected


@pytest.mark.parametrize("word", ["lithium", "electrolyte"])
def test_viewer_search_counts_matching_nodes(chromium, sample_html, sample_graph, word):
    fields = ("label", "sentence", "title", "authors", "evidence", "journal", "doi", "structure")
    expected = sum(any(word in str(d.get(f, "")).lower() for f in fields) for _, d in sample_graph.nodes(data=True))
    assert expected, f"nothing in the sample mentions {word!r}"
    dom = dump_dom(Page(sample_html, {"search": word}))
    shown = element_text(dom, "search-result") or "0"
    assert int(shown.split()[0]) == expected
