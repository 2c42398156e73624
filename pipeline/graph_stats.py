"""What the graph says at a glance, computed with networkx on the one projection (``graph_view``).

``summarize`` returns plain JSON-ready values: counts by node type and edge relation, the most
cited references, the materials shared across structure classes, and the papers most connected to
the others. Papers are connected through what they share: a material, a cited work (same DOI, or
same title when there is no DOI), or one citing the other; the paper graph is the weighted
bipartite projection of papers onto those shared things, ranked by degree centrality.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx
from networkx.algorithms import bipartite

from pipeline.graph_view import (
    CITES,
    CITES_AS_DATA,
    DESCRIBED_IN,
    HAS_MATERIAL,
    MATERIAL,
    MEASUREMENT,
    PAPER,
    REFERENCE,
    STRUCTURE,
)


def _by_relation(g: nx.MultiDiGraph, relation: str) -> nx.MultiDiGraph:
    """A read-only view of ``g`` with only the edges of one relation."""
    return nx.subgraph_view(g, filter_edge=lambda u, v, k: g.edges[u, v, k]["relation"] == relation)


def _of_type(g: nx.MultiDiGraph, kind: str) -> list[str]:
    return [n for n, t in g.nodes(data="type") if t == kind]


def most_cited(g: nx.MultiDiGraph, top: int = 10) -> list[dict[str, Any]]:
    """References ranked by how many structures and figures cite them as their data source."""
    citing = _by_relation(g, CITES_AS_DATA)
    ranked = []
    for ref in _of_type(g, REFERENCE):
        sources = Counter(g.nodes[u]["type"] for u in citing.predecessors(ref))
        if not sources:
            continue
        d = g.nodes[ref]
        ranked.append({"paper": d.get("paper", ""), "number": d["number"], "reference": d["label"],
                       "title": d.get("title", ""), "doi": d.get("doi", ""), "cited_by": citing.in_degree(ref),
                       "structures": sources[STRUCTURE], "figures": sources[MEASUREMENT]})
    ranked.sort(key=lambda r: (-r["cited_by"], r["paper"], r["number"]))
    return ranked[:top]


def shared_materials(g: nx.MultiDiGraph, top: int = 10) -> list[dict[str, Any]]:
    """Materials that structures of more than one top class are made of."""
    made_of = _by_relation(g, HAS_MATERIAL)
    shared = []
    for material in _of_type(g, MATERIAL):
        structures = list(made_of.predecessors(material))
        classes = sorted({g.nodes[s]["class"] for s in structures})
        if len(classes) > 1:
            shared.append({"material": g.nodes[material]["label"], "classes": classes, "structures": len(structures)})
    shared.sort(key=lambda m: (-len(m["classes"]), -m["structures"], m["material"]))
    return shared[:top]


def paper_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Papers linked by what they share; edge ``weight`` is the number of shared things."""
    papers = _of_type(g, PAPER)
    shared = nx.Graph()
    shared.add_nodes_from(papers, bipartite=0)

    def link(paper: str, thing: str) -> None:
        shared.add_node(thing, bipartite=1)
        shared.add_edge(paper, thing)

    for paper in papers:                                    # works as identity.py resolved them on ingest
        if g.nodes[paper].get("work"):
            link(paper, "work:" + g.nodes[paper]["work"])   # a paper that cites it shares this key
    for u, v, relation in g.edges(data="relation"):
        if relation == CITES:
            if g.nodes[v].get("work"):
                link(u, "work:" + g.nodes[v]["work"])
        elif relation == HAS_MATERIAL:
            for _, paper, r in g.out_edges(u, data="relation"):
                if r == DESCRIBED_IN:
                    link(paper, "material:" + v)
    if shared.number_of_nodes() == len(papers):            # nothing to share: papers stand alone
        alone = nx.Graph()
        alone.add_nodes_from(papers)
        return alone
    return bipartite.weighted_projected_graph(shared, papers)


def most_connected_papers(g: nx.MultiDiGraph, top: int = 10) -> list[dict[str, Any]]:
    """Papers ranked by degree centrality in the paper graph, then by how much they share."""
    links = paper_graph(g)
    centrality = nx.degree_centrality(links) if links.number_of_nodes() > 1 else dict.fromkeys(links, 0.0)
    ranked = [{"paper": g.nodes[p].get("paper_id", p), "title": g.nodes[p].get("title", ""),
               "connected_papers": links.degree(p), "shared": int(links.degree(p, weight="weight")),
               "centrality": round(float(centrality[p]), 4)} for p in links]
    ranked.sort(key=lambda r: (-r["centrality"], -r["shared"], r["paper"]))
    return ranked[:top]


def summarize(g: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """Counts by type and relation, and the rankings above, as JSON-ready values."""
    structures = [g.nodes[s] for s in _of_type(g, STRUCTURE)]
    return {
        "nodes_by_type": dict(sorted(Counter(t for _, t in g.nodes(data="type")).items())),
        "edges_by_relation": dict(sorted(Counter(r for *_, r in g.edges(data="relation")).items())),
        "structures_by_class": dict(sorted(Counter(s["class"] for s in structures).items())),
        "components": nx.number_weakly_connected_components(g) if g.number_of_nodes() else 0,
        "most_cited_references": most_cited(g, top),
        "shared_materials": shared_materials(g, top),
        "most_connected_papers": most_connected_papers(g, top),
    }
