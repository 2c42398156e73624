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

Edges = dict[str, list[tuple[str, str]]]


def edges_by_relation(g: nx.MultiDiGraph) -> Edges:
    """Each relation's edges as (source, target), in one pass over the graph: the rankings below each
    look at one or two relations, and a filtered view of ``g`` would read every edge again for each."""
    found: Edges = {}
    for u, v, relation in g.edges(data="relation"):
        found.setdefault(relation, []).append((u, v))
    return found


def _sources(edges: Edges, relation: str) -> dict[str, list[str]]:
    """For each node, the nodes with an edge of ``relation`` to it."""
    found: dict[str, list[str]] = {}
    for u, v in edges.get(relation, ()):
        found.setdefault(v, []).append(u)
    return found


def _of_type(g: nx.MultiDiGraph, kind: str) -> list[str]:
    return [n for n, t in g.nodes(data="type") if t == kind]


def most_cited(g: nx.MultiDiGraph, top: int = 10, edges: Edges | None = None) -> list[dict[str, Any]]:
    """References ranked by how many structures and figures cite them as their data source."""
    citing = _sources(edges_by_relation(g) if edges is None else edges, CITES_AS_DATA)
    ranked = []
    for ref in _of_type(g, REFERENCE):
        if not citing.get(ref):
            continue
        sources = Counter(g.nodes[u]["type"] for u in set(citing[ref]))
        d = g.nodes[ref]
        ranked.append({"paper": d.get("paper", ""), "number": d["number"], "reference": d["label"],
                       "title": d.get("title", ""), "doi": d.get("doi", ""), "cited_by": len(citing[ref]),
                       "structures": sources[STRUCTURE], "figures": sources[MEASUREMENT]})
    ranked.sort(key=lambda r: (-r["cited_by"], r["paper"], r["number"]))
    return ranked[:top]


def shared_materials(g: nx.MultiDiGraph, top: int = 10, edges: Edges | None = None) -> list[dict[str, Any]]:
    """Materials that structures of more than one top class are made of."""
    made_of = _sources(edges_by_relation(g) if edges is None else edges, HAS_MATERIAL)
    shared = []
    for material in _of_type(g, MATERIAL):
        structures = set(made_of.get(material, ()))
        classes = sorted({g.nodes[s]["class"] for s in structures})
        if len(classes) > 1:
            shared.append({"material": g.nodes[material]["label"], "classes": classes, "structures": len(structures)})
    shared.sort(key=lambda m: (-len(m["classes"]), -m["structures"], m["material"]))
    return shared[:top]


def shared_things(g: nx.MultiDiGraph, edges: Edges | None = None) -> dict[str, set[str]]:
    """What each paper links to that another paper may link to as well: its own work and the works it
    cites (as identity.py resolved them on ingest; a paper that cites it shares its key), and the
    materials of its structures."""
    edges = edges_by_relation(g) if edges is None else edges
    things: dict[str, set[str]] = {paper: set() for paper in _of_type(g, PAPER)}
    for paper in things:
        if g.nodes[paper].get("work"):
            things[paper].add("work:" + g.nodes[paper]["work"])
    for u, v in edges.get(CITES, ()):
        if g.nodes[v].get("work"):
            things[u].add("work:" + g.nodes[v]["work"])
    papers_of: dict[str, list[str]] = {}
    for structure, paper in edges.get(DESCRIBED_IN, ()):
        papers_of.setdefault(structure, []).append(paper)
    for structure, material in edges.get(HAS_MATERIAL, ()):
        for paper in papers_of.get(structure, ()):
            things[paper].add("material:" + material)
    return things


def paper_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Papers linked by what they share; edge ``weight`` is the number of shared things.

    Its size grows with the square of the papers when they share a popular work or material; the
    rankings below need only each paper's degrees, which ``paper_degrees`` counts without it."""
    things = shared_things(g)
    shared = nx.Graph()
    shared.add_nodes_from(things, bipartite=0)
    for paper, linked in things.items():
        shared.add_nodes_from(linked, bipartite=1)
        shared.add_edges_from((paper, thing) for thing in linked)
    if shared.number_of_nodes() == len(things):            # nothing to share: papers stand alone
        alone = nx.Graph()
        alone.add_nodes_from(things)
        return alone
    return bipartite.weighted_projected_graph(shared, list(things))


def paper_degrees(g: nx.MultiDiGraph, edges: Edges | None = None) -> dict[str, tuple[int, int]]:
    """Each paper's (degree, weighted degree) in ``paper_graph(g)``, counted from the shared things alone:
    the papers a paper shares something with, as the union of one bit set per thing, and the things it
    shares, summed over its things (a thing that n papers link to is shared with n - 1 others)."""
    things = shared_things(g, edges)
    index = {paper: i for i, paper in enumerate(things)}
    holders: dict[str, int] = {}
    for paper, linked in things.items():
        for thing in linked:
            holders[thing] = holders.get(thing, 0) | 1 << index[paper]
    degrees = {}
    for paper, linked in things.items():
        others = 0
        for thing in linked:
            others |= holders[thing]
        degrees[paper] = ((others & ~(1 << index[paper])).bit_count(),
                          sum(holders[thing].bit_count() - 1 for thing in linked))
    return degrees


def most_connected_papers(g: nx.MultiDiGraph, top: int = 10, edges: Edges | None = None) -> list[dict[str, Any]]:
    """Papers ranked by degree centrality in the paper graph, then by how much they share."""
    degrees = paper_degrees(g, edges)
    scale = 1 / (len(degrees) - 1) if len(degrees) > 1 else 0.0     # networkx's degree_centrality
    ranked = [{"paper": g.nodes[p].get("paper_id", p), "title": g.nodes[p].get("title", ""),
               "connected_papers": degree, "shared": shared, "centrality": round(float(degree * scale), 4)}
              for p, (degree, shared) in degrees.items()]
    ranked.sort(key=lambda r: (-r["centrality"], -r["shared"], r["paper"]))
    return ranked[:top]


def summarize(g: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """Counts by type and relation, and the rankings above, as JSON-ready values."""
    structures = [g.nodes[s] for s in _of_type(g, STRUCTURE)]
    edges = edges_by_relation(g)
    return {
        "nodes_by_type": dict(sorted(Counter(t for _, t in g.nodes(data="type")).items())),
        "edges_by_relation": dict(sorted((relation, len(pairs)) for relation, pairs in edges.items())),
        "structures_by_class": dict(sorted(Counter(s["class"] for s in structures).items())),
        "components": nx.number_weakly_connected_components(g) if g.number_of_nodes() else 0,
        "most_cited_references": most_cited(g, top, edges),
        "shared_materials": shared_materials(g, top, edges),
        "most_connected_papers": most_connected_papers(g, top, edges),
    }
