"""The one NetworkX projection of the RDF graph, for GraphML and other viewers.

Schema (a ``MultiDiGraph``):

- nodes have ``type`` (Paper, Reference, Structure, Material, Class, Measurement) and ``label``;
  Structure nodes carry ``class`` and ``subclass``; Measurement nodes carry ``property``, ``value``,
  ``unit``, ``qualifier``, ``page`` and ``sentence`` (the provenance of the figure).
- edges have ``type``: ``describedIn`` (→ Paper), ``cites`` (Paper → Reference), ``hasMaterial``,
  ``inClass`` (Structure → Class), ``ofStructure`` (Measurement → Structure) and
  ``citesAsDataSource`` (Measurement or Structure → Reference).

Measurements are nodes rather than edge attributes because one figure links three things (its
structure, its reference and its sentence), and viewers filter and colour nodes more easily.
"""

from __future__ import annotations

import networkx as nx

from pipeline.store.base import GraphStore, Rows
from queries.runner import python_value

PREFIXES = """
PREFIX akg: <https://w3id.org/anodekg#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX cito: <http://purl.org/spar/cito/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def _rows(store: GraphStore, body: str) -> list[dict[str, object]]:
    result = store.query(PREFIXES + body)
    if not isinstance(result, Rows):
        return []
    return [{v: python_value(t) for v, t in zip(result.variables, row, strict=True)} for row in result.rows]


def project(store: GraphStore) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for r in _rows(store, "SELECT ?n ?id ?title WHERE { ?n a akg:Paper ; akg:paperId ?id . "
                          "OPTIONAL { ?n dcterms:title ?title } }"):
        g.add_node(r["n"], type="Paper", label=str(r["title"] or r["id"]), paper_id=str(r["id"]))
    for r in _rows(store, "SELECT ?n ?num ?paper ?journal ?year WHERE { ?n a akg:Reference ; "
                          "akg:citationNumber ?num ; akg:describedIn ?paper . OPTIONAL { ?n akg:journal ?journal } "
                          "OPTIONAL { ?n akg:year ?year } }"):
        g.add_node(r["n"], type="Reference", label=f"[{r['num']}] {r['journal'] or ''} {r['year'] or ''}".strip(),
                   number=int(r["num"]))
        g.add_edge(r["paper"], r["n"], type="cites")
    for r in _rows(store, "SELECT ?n ?label ?top ?sub ?paper WHERE { ?n akg:evidence ?e ; rdfs:label ?label ; "
                          "akg:describedIn ?paper ; a ?top . ?top rdfs:subClassOf akg:Structure . "
                          "OPTIONAL { ?n a ?sub . ?sub rdfs:subClassOf ?top } }"):
        top = str(r["top"]).rsplit("#", 1)[-1]
        sub = str(r["sub"] or "").rsplit("#", 1)[-1]
        g.add_node(r["n"], type="Structure", label=str(r["label"]), **{"class": top, "subclass": sub})
        g.add_edge(r["n"], r["paper"], type="describedIn")
        g.add_node(r["top"], type="Class", label=top)
        g.add_edge(r["n"], r["sub"] or r["top"], type="inClass")
        if r["sub"]:
            g.add_node(r["sub"], type="Class", label=sub)
    for r in _rows(store, "SELECT ?s ?m ?label WHERE { ?s akg:hasMaterial ?m . ?m rdfs:label ?label }"):
        g.add_node(r["m"], type="Material", label=str(r["label"]))
        g.add_edge(r["s"], r["m"], type="hasMaterial")
    for r in _rows(store, "SELECT ?m ?s ?p ?v ?u ?q ?page ?text WHERE { ?m a akg:Measurement ; akg:ofStructure ?s ; "
                          "akg:property ?p ; akg:value ?v ; akg:unit ?u ; akg:qualifier ?q ; prov:wasDerivedFrom ?src . "
                          "?src akg:page ?page ; akg:text ?text }"):
        prop = str(r["p"]).rsplit("#", 1)[-1]
        g.add_node(r["m"], type="Measurement", label=f"{prop} {r['q']} {r['v']} {r['u']}", property=prop,
                   value=float(r["v"]), unit=str(r["u"]), qualifier=str(r["q"]), page=int(r["page"]),
                   sentence=str(r["text"]))
        g.add_edge(r["m"], r["s"], type="ofStructure")
    for r in _rows(store, "SELECT ?x ?ref WHERE { ?x cito:citesAsDataSource ?ref }"):
        if r["x"] in g and r["ref"] in g:
            g.add_edge(r["x"], r["ref"], type="citesAsDataSource")
    return g
