"""The one NetworkX projection of the RDF graph, for GraphML, GEXF, Cytoscape, the HTML viewer and stats.

Schema of the ``nx.MultiDiGraph`` that ``project`` returns. Node keys are the RDF IRIs (strings).
Every node has ``type`` and ``label``; every edge has ``relation`` and ``label`` and a key unique
in the whole graph (``e0``, ``e1``…, so GraphML edge ids are unique). Attribute values are only
``str``, ``int``, ``float`` or ``bool`` and never ``None`` (an unknown field is left out), so GraphML
and GEXF accept them and Gephi or yEd read them as typed columns.

Nodes, by ``type``:

- ``Paper``: ``paper_id``, and when known ``title``, ``journal``, ``year`` (int), ``doi``, ``work``
  (the key of the work it is, as identity.py resolves it across papers).
- ``Reference`` (an entry of a paper's reference list): ``paper`` (paper id), ``number`` (int), and
  when known ``authors``, ``title``, ``journal``, ``year`` (int), ``doi``, ``work``.
- ``Structure``: ``paper``, ``class`` and ``subclass`` (ontology local names; ``subclass`` is ``""``
  when there is none), ``evidence`` (why it got its class), ``own_result`` (bool), ``figures`` (int).
- ``Material``: only ``label``; one node per material, shared by every paper that names it.
- ``Class`` (a structure class of the ontology that some structure is in, and its parent):
  ``name`` (local name), ``class`` (its top class's local name), ``superclass`` (``""`` for a top
  class; not ``parent``, which Cytoscape reads as a compound-node link).
- ``Measurement`` (one reported figure): ``property`` (local name), ``property_label``, ``value``
  (float, in the canonical unit), ``unit``, ``qualifier``, ``class`` and ``subclass`` (its structure's),
  ``structure`` (its structure's label), ``paper``, ``citations`` (reference numbers as "3, 12"),
  and its provenance: ``page`` (int, 1-based) and ``sentence``; when known ``section`` and ``raw``.

Edges, by ``relation``: ``cites`` (Paper → Reference), ``describedIn`` (Structure → Paper),
``inClass`` (Structure → its most specific Class), ``subClassOf`` (Class → Class),
``hasMaterial`` (Structure → Material), ``ofStructure`` (Measurement → Structure) and
``citesAsDataSource`` (Structure or Measurement → Reference).

Measurements are nodes, not edge attributes: one figure ties together three things (its structure,
the reference that carries it and the sentence it was read from), which an edge cannot hold without
duplicating the figure on several edges; and viewers (Gephi, Cytoscape, the HTML viewer) filter,
colour and search nodes, not edge attributes. A user who wants a structure-only view drops the
Measurement nodes (``subgraph_without(g, "Measurement")``) and keeps the figures as a node count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

import networkx as nx
from rdflib import RDFS

from pipeline.build_rdf import CITO
from pipeline.ontology import local_name, properties, structure_classes, top_classes
from pipeline.store.base import GraphStore, Rows, reading
from pipeline.store.named import QUERY_DIR, python_value
from pipeline.vocab import AKG

PROJECTION_DIR = QUERY_DIR / "projection"
# node types: the ontology's own class names, and Class for a structure class
PAPER, REFERENCE, STRUCTURE, MATERIAL, MEASUREMENT = (
    local_name(t) for t in (AKG.Paper, AKG.Reference, AKG.Structure, AKG.Material, AKG.Measurement))
CLASS = "Class"
NODE_TYPES = (PAPER, REFERENCE, STRUCTURE, MATERIAL, CLASS, MEASUREMENT)
# edge relations: the RDF property each one projects; inClass stands for the structure's rdf:type
CITES, CITES_AS_DATA, DESCRIBED_IN, HAS_MATERIAL, OF_STRUCTURE, SUBCLASS_OF = (
    local_name(t) for t in (CITO.cites, CITO.citesAsDataSource, AKG.describedIn, AKG.hasMaterial, AKG.ofStructure,
                            RDFS.subClassOf))
IN_CLASS = "inClass"
Attr = str | int | float | bool
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")  # Okabe–Ito


def class_colours() -> dict[str, str]:
    """One colour-blind-safe colour per top structure class (local name), the same in viewer and charts."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(sorted(c.name for c in top_classes()))}


@cache
def _query_text(name: str) -> str:
    return (PROJECTION_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _order(text: str) -> tuple[str, ...]:
    """The columns a projection query's rows are sorted by, from its ``#+ order:`` header."""
    for line in text.splitlines():
        key, _, value = line.removeprefix("#+").partition(":")
        if line.startswith("#+") and key.strip() == "order":
            return tuple(v.strip() for v in value.split(",") if v.strip())
    return ()


def _sort_key(columns: tuple[str, ...]) -> Callable[[dict[str, object]], tuple[tuple[bool, object], ...]]:
    """SPARQL's ORDER BY for our columns (unbound first, then by value), computed here: Oxigraph sorts by
    looking each term's text up in the store, which costs more than the whole query at 1M triples."""
    return lambda row: tuple((row[c] is not None, row[c] if row[c] is not None else "") for c in columns)


def select(store: GraphStore, name: str) -> list[dict[str, object]]:
    """Rows of ``queries/projection/NAME.rq`` as plain Python values (unbound → None), in the order its
    ``#+ order:`` header gives."""
    text = _query_text(name)
    result = store.query(text)
    if not isinstance(result, Rows):
        return []
    variables = result.variables
    rows = [dict(zip(variables, map(python_value, row), strict=True)) for row in result.rows]
    return sorted(rows, key=_sort_key(_order(text)))


def with_work_keys(rows: list[dict[str, object]], keys: dict[str, list[str]]) -> list[dict[str, object]]:
    """Rows with their node's work node ``w`` replaced by the ``work`` key it resolves to (``works.rq``):
    a row per key (as a SPARQL join gives), or one with no key."""
    return [{k: v for k, v in row.items() if k != "w"} | {"work": key}
            for row in rows for key in keys.get(str(row["w"]), [None])]


def work_keys(store: GraphStore) -> dict[str, list[str]]:
    """Each work node → the keys it resolves to (one, unless papers disagree)."""
    keys: dict[str, list[str]] = {}
    for row in select(store, "works"):
        keys.setdefault(str(row["w"]), []).append(str(row["work"]))
    return keys


def clean(attrs: dict[str, object]) -> dict[str, Attr]:
    """Attributes without None or empty-string optional fields; every value GraphML-legal."""
    kept: dict[str, Attr] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        kept[key] = value if isinstance(value, str | int | float | bool) else str(value)
    return kept


def _numbers(refs: Iterable[str], numbers: dict[str, int]) -> str:
    """The citation numbers of the reference-list entries ``refs``, as "3, 12"."""
    return ", ".join(map(str, sorted({numbers[r] for r in refs if numbers.get(r, -1) >= 0})))


def _reference_label(r: dict[str, object]) -> str:
    authors = str(r.get("authors") or "").split("; ")
    first = authors[0].split()[-1] if authors and authors[0] else ""
    who = f"{first} et al." if len(authors) > 1 and first else first
    bits = [b for b in (who, str(r.get("journal") or ""), str(r.get("year") or "")) if b]
    return f"[{r['number']}] " + " ".join(bits) if bits else f"[{r['number']}]"


class _Builder:
    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()
        self._edges = 0
        self._seen: set[tuple[str, str, str]] = set()

    def node(self, key: object, kind: str, label: str, **attrs: object) -> None:
        self.g.add_node(str(key), **clean({"type": kind, "label": label, **attrs}))

    def edge(self, source: object, target: object, relation: str) -> None:
        """One edge per (source, target, relation), however many rows state it."""
        edge = (str(source), str(target), relation)
        if edge in self._seen:
            return
        self._seen.add(edge)
        self.g.add_edge(edge[0], edge[1], key=f"e{self._edges}", relation=relation, label=relation)
        self._edges += 1


def project(store: GraphStore) -> nx.MultiDiGraph:
    """The store's papers, references, structures, classes, materials and figures as one MultiDiGraph."""
    with reading(store):                # the queries below see one state of the store
        return _project(store)


def _project(store: GraphStore) -> nx.MultiDiGraph:
    b = _Builder()
    works = work_keys(store)
    for r in with_work_keys(select(store, "papers"), works):
        b.node(r["node"], PAPER, str(r["title"] or r["paper"]), paper_id=r["paper"], title=r["title"],
               journal=r["journal"], year=r["year"], doi=r["doi"], work=r["work"])
    numbers: dict[str, int] = {}
    for r in with_work_keys(select(store, "references"), works):
        b.node(r["node"], REFERENCE, _reference_label(r), paper=r["paper"], number=r["number"],
               authors=r["authors"], title=r["title"], journal=r["journal"], year=r["year"], doi=r["doi"],
               work=r["work"])
        b.edge(r["paperNode"], r["node"], CITES)
        numbers[str(r["node"])] = int(r["number"])  # type: ignore[call-overload]
    _add_structures(b, select(store, "structures"))
    for r in select(store, "materials"):
        if r["structure"] in b.g:
            b.node(r["node"], MATERIAL, str(r["label"]))
            b.edge(r["structure"], r["node"], HAS_MATERIAL)
    citations = select(store, "citations")
    cited: dict[str, list[str]] = {}
    for r in citations:
        cited.setdefault(str(r["node"]), []).append(str(r["ref"]))
    _add_measurements(b, select(store, "measurements"), cited, numbers)
    for r in citations:
        if r["node"] in b.g and r["ref"] in b.g:
            b.edge(r["node"], r["ref"], CITES_AS_DATA)
    return b.g


def _add_structures(b: _Builder, rows: Iterable[dict[str, object]]) -> None:
    classes = structure_classes()
    used: set[str] = set()
    for r in rows:
        key = str(r["node"])
        if key in b.g:                      # a second subclass row of the same structure: keep the first
            continue
        top, sub = local_name(str(r["top"])), local_name(str(r["sub"] or "")) if r["sub"] else ""
        b.node(key, STRUCTURE, str(r["label"]), paper=r["paper"], evidence=r["evidence"],
               own_result=bool(r["own"]) if r["own"] is not None else None, figures=0,
               **{"class": top, "subclass": sub})
        b.edge(key, r["paperNode"], DESCRIBED_IN)
        b.edge(key, r["sub"] or r["top"], IN_CLASS)
        used.update(str(c) for c in (r["top"], r["sub"]) if c)
    for iri in sorted(used):
        name = local_name(iri)
        cdef = classes.get(name)
        parent = local_name(cdef.parent) if cdef and cdef.parent else ""
        b.node(iri, CLASS, cdef.label if cdef else name, name=name, superclass=parent,
               **{"class": parent or name})
        if cdef and cdef.parent:
            b.edge(iri, str(cdef.parent), SUBCLASS_OF)


def _add_measurements(b: _Builder, rows: Iterable[dict[str, object]], cited: dict[str, list[str]],
                      numbers: dict[str, int]) -> None:
    defs = properties()
    for r in rows:
        structure = str(r["structure"])
        if structure not in b.g:
            continue
        s = b.g.nodes[structure]
        s["figures"] = int(s["figures"]) + 1
        prop = local_name(str(r["property"]))
        label = defs[prop].label if prop in defs else prop
        value = float(r["value"])  # type: ignore[arg-type]
        qualifier = str(r["qualifier"])
        b.node(r["node"], MEASUREMENT, f"{label} {'' if qualifier == '=' else qualifier + ' '}{value:g} {r['unit']}",
               property=prop, property_label=label, value=value, unit=r["unit"], qualifier=qualifier,
               page=r["page"], sentence=r["sentence"], section=r["section"], raw=r["raw"],
               citations=_numbers(cited.get(str(r["node"]), ()), numbers), paper=r["paper"], structure=s["label"],
               subclass=s["subclass"], **{"class": s["class"]})
        b.edge(r["node"], structure, OF_STRUCTURE)


def subgraph_without(g: nx.MultiDiGraph, *types: str) -> nx.MultiDiGraph:
    """A copy of ``g`` without the nodes of the given types (and their edges)."""
    return g.subgraph(n for n, t in g.nodes(data="type") if t not in types).copy()



def cytoscape_elements(g: nx.MultiDiGraph) -> dict[str, list[dict[str, dict[str, Attr]]]]:
    """Cytoscape.js ``elements``: ``{"nodes": [{"data": {"id", "name", …}}], "edges": [{"data": {"id", "source", "target", …}}]}``.

    Written here rather than with ``nx.cytoscape_data``, which overwrites a node's ``value`` (a
    figure's value here) with the node key. ``name`` repeats ``label`` for Cytoscape desktop.
    """
    nodes = [{"data": {"id": n, "name": str(d.get("label", n)), **d}} for n, d in g.nodes(data=True)]
    edges = [{"data": {"id": k, "source": u, "target": v, **d}} for u, v, k, d in g.edges(keys=True, data=True)]
    return {"nodes": nodes, "edges": edges}
