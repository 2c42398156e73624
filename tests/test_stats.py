"""`anodekg stats`: counts by type, most cited references, shared materials, connected papers."""

import json
from collections import Counter

import networkx as nx
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.graph_stats import (
    most_connected_papers,
    paper_degrees,
    paper_graph,
    shared_materials,
    summarize,
)
from pipeline.identity import work_keys
from pipeline.store import open_store


def _work_of(doi: str) -> dict[str, str]:
    """The resolved work key the projection reads from the store, as identity.py makes it on ingest."""
    keys = work_keys(doi=doi)
    return {"work": str(keys[0])} if keys else {}


def _projection(papers: dict[str, dict], uses: list[tuple[str, str, str]], cites: list[tuple[str, str]]):
    """A hand-built projection: papers, structures (paper, class, material) and reference-list DOIs."""
    g = nx.MultiDiGraph()
    for key, data in papers.items():
        g.add_node(key, type="Paper", label=key, paper_id=key, **data, **_work_of(data.get("doi", "")))
    for i, (paper, cls, material) in enumerate(uses):
        s = f"{paper}/s{i}"
        g.add_node(s, type="Structure", label=s, **{"class": cls})
        g.add_node(material, type="Material", label=material)
        g.add_edge(s, paper, relation="describedIn")
        g.add_edge(s, material, relation="hasMaterial")
    for i, (paper, doi) in enumerate(cites):
        ref = f"{paper}/r{i}"
        g.add_node(ref, type="Reference", label=ref, number=i + 1, doi=doi, **_work_of(doi))
        g.add_edge(paper, ref, relation="cites")
    return g


def test_stats_cli_json_equals_api(sample_store_dir):
    result = CliRunner().invoke(app, ["stats", "--json", "--top", "3", "--store", str(sample_store_dir)])
    assert result.exit_code == 0, result.output
    store = open_store(str(sample_store_dir))
    try:
        expected = json.loads(json.dumps(api.stats(store, 3)))
    finally:
        store.close()
    assert json.loads(result.stdout) == expected


def test_stats_cli_table_names_each_ranking(sample_store_dir):
    result = CliRunner().invoke(app, ["stats", "--store", str(sample_store_dir)])
    assert result.exit_code == 0, result.output
    assert "most cited references" in result.output and "most connected" in result.output


def test_stats_counts_by_type_match_the_projection(sample_store, sample_graph):
    summary = api.stats(sample_store)
    assert summary["nodes_by_type"] == dict(Counter(t for _, t in sample_graph.nodes(data="type")))
    assert summary["nodes_by_type"]["Structure"] == summary["structures"]
    assert summary["nodes_by_type"]["Measurement"] == summary["measurements"]
    assert sum(summary["edges_by_relation"].values()) == sample_graph.number_of_edges()


def test_stats_most_cited_counts_citing_structures_and_figures(sample_store):
    cited = Counter()
    for name in ("measurements", "structures"):
        for row in api.query(sample_store, name).rows:
            cited.update((row["paper"], n) for n in row["citations"])
    ranking = api.stats(sample_store, top=5)["most_cited_references"]
    assert ranking
    assert [r["cited_by"] for r in ranking] == sorted(cited.values(), reverse=True)[:len(ranking)]
    for r in ranking:
        assert r["cited_by"] == cited[(r["paper"], r["number"])] == r["structures"] + r["figures"]


def test_stats_shared_materials_agree_with_the_materials_query(sample_store):
    expected = {r["material"] for r in api.query(sample_store, "materials").rows if len(r["classes"]) > 1}
    found = api.stats(sample_store, top=1000)["shared_materials"]
    assert {m["material"] for m in found} == expected
    assert all(len(m["classes"]) > 1 for m in found)


def test_stats_top_limits_each_ranking(sample_store):
    summary = api.stats(sample_store, top=1)
    assert len(summary["most_cited_references"]) <= 1
    assert len(summary["most_connected_papers"]) <= 1


def test_stats_shared_material_needs_two_classes():
    g = _projection({"A": {}}, [("A", "ConductiveFramework", "m:cu"), ("A", "NanostructuredSEI", "m:cu"),
                                ("A", "ConductiveFramework", "m:ni")], [])
    assert [m["material"] for m in shared_materials(g)] == ["m:cu"]


def test_stats_papers_sharing_a_material_are_connected():
    g = _projection({"A": {}, "B": {}, "C": {}}, [("A", "X", "m:cu"), ("B", "Y", "m:cu"), ("C", "X", "m:ni")], [])
    links = paper_graph(g)
    assert links.has_edge("A", "B") and links.degree("C") == 0
    ranked = most_connected_papers(g)
    assert [r["paper"] for r in ranked][-1] == "C"
    assert ranked[0]["connected_papers"] == 1 and ranked[-1]["centrality"] == 0.0


def test_stats_a_paper_citing_another_connects_them():
    g = _projection({"A": {"doi": "10.1000/a"}, "B": {"doi": "10.1000/b"}}, [],
                    [("B", "https://doi.org/10.1000/A"), ("A", "10.9999/other")])
    links = paper_graph(g)
    assert links.has_edge("A", "B") and links["A"]["B"]["weight"] == 1


def test_stats_two_papers_citing_the_same_work_are_connected():
    g = _projection({"A": {}, "B": {}, "C": {}}, [],
                    [("A", "10.5555/x"), ("B", "doi:10.5555/X"), ("C", "10.5555/y")])
    links = paper_graph(g)
    assert links.has_edge("A", "B") and not links.has_edge("A", "C")


def test_stats_empty_graph_summarizes_to_zeros():
    summary = summarize(nx.MultiDiGraph())
    assert summary["components"] == 0 and summary["most_cited_references"] == []


def test_stats_paper_degrees_equal_the_paper_graph():
    """The ranking counts degrees without building the paper graph; they must be its degrees."""
    uses = [(p, "ConductiveFramework", f"m:{(i * 7 + len(p)) % 5}") for i, p in enumerate("ABCDEFAB")]
    cites = [(p, f"10.5555/{(i * 3) % 4}") for i, p in enumerate("ABCDEFGA")] + [("G", "10.1000/a")]
    g = _projection({p: {"doi": "10.1000/a"} if p == "A" else {} for p in "ABCDEFGH"}, uses, cites)
    links = paper_graph(g)
    assert paper_degrees(g) == {p: (links.degree(p), int(links.degree(p, weight="weight"))) for p in links}
    centrality = nx.degree_centrality(links)
    ranked = most_connected_papers(g, top=8)
    assert {r["paper"]: r["centrality"] for r in ranked} == {p: round(c, 4) for p, c in centrality.items()}
    assert ranked[-1]["paper"] == "H" and ranked[-1]["connected_papers"] == 0
