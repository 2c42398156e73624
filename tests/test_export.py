"""Exports: every format writes, and each one that can round-trips to the same graph or triples."""

import csv
import json
import re
from collections import Counter

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from pipeline import api
from pipeline.errors import InputError
from pipeline.export import WRITERS, export, quads_dataset, spreadsheet_cell
from pipeline.graph_view import NODE_TYPES


def _quads(dataset: Dataset) -> set[tuple]:
    """Every quad outside the default graph, as comparable terms."""
    found = set()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if name is not None and str(name) != "urn:x-rdflib:default":
            found.add((s, p, o, name))
    return found


def _dataset(path, fmt: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    return dataset


@pytest.fixture(scope="module")
def nquads_quads(sample_store_dir, tmp_path_factory):
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    try:
        path = export(store, "nquads", tmp_path_factory.mktemp("nq") / "g.nq")
    finally:
        store.close()
    return _quads(_dataset(path, "nquads"))


def test_export_graphml_reloads_with_equal_counts(sample_store, sample_graph, tmp_path):
    reloaded = nx.read_graphml(export(sample_store, "graphml", tmp_path / "g.graphml"))
    assert reloaded.number_of_nodes() == sample_graph.number_of_nodes()
    assert reloaded.number_of_edges() == sample_graph.number_of_edges()


def test_export_graphml_edge_ids_are_unique(sample_store, tmp_path):
    text = export(sample_store, "graphml", tmp_path / "g.graphml").read_text(encoding="utf-8")
    ids = re.findall(r'<edge [^>]*\bid="([^"]+)"', text)
    assert ids and len(ids) == len(set(ids))


def test_export_gexf_reloads_with_equal_counts(sample_store, sample_graph, tmp_path):
    reloaded = nx.read_gexf(export(sample_store, "gexf", tmp_path / "g.gexf"))
    assert reloaded.number_of_nodes() == sample_graph.number_of_nodes()
    assert reloaded.number_of_edges() == sample_graph.number_of_edges()


def test_export_gexf_keeps_types_and_labels(sample_store, sample_graph, tmp_path):
    reloaded = nx.read_gexf(export(sample_store, "gexf", tmp_path / "g.gexf"))
    assert Counter(t for _, t in reloaded.nodes(data="type")) == Counter(t for _, t in sample_graph.nodes(data="type"))
    assert all(d.get("label") for _, d in reloaded.nodes(data=True))


def test_export_projection_attributes_are_graphml_legal(sample_graph):
    for _, data in sample_graph.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values()), data
    for *_, data in sample_graph.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values()), data


def test_export_projection_has_every_node_type(sample_graph):
    assert {t for _, t in sample_graph.nodes(data="type")} == set(NODE_TYPES)


def test_export_projection_counts_match_the_store(sample_store, sample_graph):
    counts = Counter(t for _, t in sample_graph.nodes(data="type"))
    stats = api.stats(sample_store)
    assert counts["Paper"] == stats["papers"]
    assert counts["Reference"] == stats["references"]
    assert counts["Structure"] == stats["structures"]
    assert counts["Measurement"] == stats["measurements"] == len(api.query(sample_store, "measurements").rows)


def test_export_projection_figures_carry_sentence_and_page(sample_store, sample_graph):
    figures = [d for _, d in sample_graph.nodes(data=True) if d["type"] == "Measurement"]
    contract = api.query(sample_store, "measurements").rows
    assert sorted((f["page"], f["sentence"]) for f in figures) == sorted((r["page"], r["sentence"]) for r in contract)


def test_export_projection_figure_points_to_its_structure(sample_graph):
    for node, data in sample_graph.nodes(data=True):
        if data["type"] == "Measurement":
            targets = [v for _, v, r in sample_graph.out_edges(node, data="relation") if r == "ofStructure"]
            assert len(targets) == 1 and sample_graph.nodes[targets[0]]["type"] == "Structure"


def test_export_jsonld_reparses_to_the_same_quads(sample_store, tmp_path, nquads_quads):
    path = export(sample_store, "jsonld", tmp_path / "g.jsonld")
    assert "@context" in json.loads(path.read_text(encoding="utf-8"))
    assert _quads(_dataset(path, "json-ld")) == nquads_quads


def test_export_nquads_holds_every_named_graph(sample_store, nquads_quads):
    assert {str(q[3]) for q in nquads_quads} == {g.value for g in sample_store.graphs()}
    assert len(nquads_quads) == sample_store.count()


def test_export_nquads_reparses_to_the_stored_quads(sample_store, nquads_quads):
    assert _quads(quads_dataset(sample_store)) == nquads_quads


def test_export_turtle_parses_to_the_union_of_graphs(sample_store, tmp_path, nquads_quads):
    graph = Graph().parse(export(sample_store, "turtle", tmp_path / "g.ttl"), format="turtle")
    assert set(graph) == {q[:3] for q in nquads_quads}


def test_export_cytoscape_counts_equal_the_graph(sample_store, sample_graph, tmp_path):
    data = json.loads(export(sample_store, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert len(nodes) == sample_graph.number_of_nodes()
    assert len(edges) == sample_graph.number_of_edges()
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)


def test_export_cytoscape_keeps_figure_values(sample_store, tmp_path):
    data = json.loads(export(sample_store, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    figures = [n["data"] for n in data["elements"]["nodes"] if n["data"]["type"] == "Measurement"]
    assert figures and all(isinstance(f["value"], float) for f in figures)


def test_export_csv_has_one_row_per_figure(sample_store, tmp_path):
    path = export(sample_store, "csv", tmp_path / "m.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")          # BOM: spreadsheets then read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    contract = api.query(sample_store, "measurements").rows
    assert len(rows) == len(contract)
    assert [float(r["value"]) for r in rows] == [r["value"] for r in contract]
    assert all(r["sentence"] and int(r["page"]) >= 1 for r in rows)


@pytest.mark.parametrize("column, value, expected", [
    ("qualifier", "=", ""),
    ("qualifier", ">=", ">="),
    ("sentence", "=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
    ("structure", "-1+2", "'-1+2"),
    ("citations", [3, 12], "3; 12"),
    ("value", -3.04, -3.04),
])
def test_export_csv_cell_is_never_a_formula(column, value, expected):
    assert spreadsheet_cell(column, value) == expected


def test_export_html_needs_no_network(sample_html):
    text = sample_html.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", text, re.I)
    assert "cytoscape" in text and 'id="akg-data"' in text


def test_export_html_embeds_every_node(sample_html, sample_graph):
    text = sample_html.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="akg-data">(.*?)</script>', text, re.S)[1])
    assert len(data["elements"]["nodes"]) == sample_graph.number_of_nodes()


def test_export_unknown_format_is_an_input_error(sample_store, tmp_path):
    with pytest.raises(InputError, match="unknown export format"):
        export(sample_store, "pdf", tmp_path / "g.pdf")


def test_export_failed_write_keeps_the_old_file(sample_store, tmp_path, monkeypatch):
    out = tmp_path / "g.graphml"
    out.write_text("old", encoding="utf-8")

    def broken(store, path):
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(WRITERS, "graphml", broken)
    with pytest.raises(InputError, match="No space left"):
        export(sample_store, "graphml", out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


def test_export_to_a_folder_is_an_input_error(sample_store, tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        export(sample_store, "turtle", tmp_path)
