"""Synthetic papers shaped like ours, built by the real ``build_rdf.paper_graph`` from made-up records.

Each paper gets about as many references, structures and figures as a review (~1,900 triples),
with classes, properties and units taken from the ontology and values drawn at random, so the
named queries have realistic work to do. As in a real field, papers share what they name: the
materials come from one short list, and half of each reference list cites a pool of well-known
works (by DOI, a few of them very often), so shared nodes are restated in many papers' graphs.
``write_dataset`` writes N papers (plus the ontology graph) as one N-Quads file, a paper at a
time: about 520 papers make a million triples, 10,000 papers about 20 million.

    python -m benchmarks.synthetic 1000000 /tmp/synthetic.nq [JOBS]
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from ontology import ONTOLOGY_TTL
from pipeline.build_rdf import ONTOLOGY_GRAPH, graph_iri, paper_graph, paper_iri
from pipeline.graph_digest import with_digest
from pipeline.ontology import properties, structure_classes
from pipeline.parallel import IngestOutcome, Prepared
from pipeline.records import (
    BBox,
    Classification,
    Document,
    Extraction,
    Measurement,
    PaperMeta,
    Reference,
    Sentence,
    Structure,
)
from pipeline.validate import require_valid
from pipeline.vocab import AKG

REFERENCES, STRUCTURES, FIGURES = 80, 20, 60
TEMPLATES = 256                      # papers built in full; the others are copies under their own names
SENTINEL = 987_654                   # the index a template is built with: no number in a paper spells it
SHARED_WORKS = 2_000                 # the field's well-known works; half of each reference list cites them
MATERIALS = ("Cu", "Ni", "carbon nanotube", "graphene", "Li3N", "LiF", "Al2O3", "polyimide", "Ag", "ZnO",
             "boron nitride", "carbon fiber", "MXene", "polyethylene oxide", "Au", "Si")
INGESTED_AT = datetime(2024, 1, 1, tzinfo=UTC)


def _value(prop: str, rng: random.Random) -> float:
    if prop == AKG.CoulombicEfficiency:
        return round(rng.uniform(90.0, 99.9), 2)
    return round(10 ** rng.uniform(-1, 3.5), 3)


# Zipf-like popularity: the k-th best-known work is cited about 1/k as often as the best-known one
_POPULARITY = list(itertools.accumulate(1 / (k + 1) for k in range(SHARED_WORKS)))


def _known_works(rng: random.Random, count: int) -> list[int]:
    """``count`` distinct well-known works for one reference list (a paper cites a work once)."""
    chosen: set[int] = set()
    while len(chosen) < count:
        chosen.update(rng.choices(range(SHARED_WORKS), cum_weights=_POPULARITY, k=count - len(chosen)))
    return sorted(chosen)


def _reference(index: int, n: int, known: int | None) -> Reference:
    """Entry ``n`` of paper ``index``: the well-known work ``known``, or a work only this paper cites."""
    if known is not None:
        return Reference(n, f"K. Known{known}, L. Often, Synth. Lett. {1990 + known % 30}, {known}, 1.",
                         (f"K. Known{known}", "L. Often"), f"Well-known study {known}", "Synth. Lett.",
                         1990 + known % 30, str(known), "1", f"10.9997/known.{known}")
    return Reference(n, f"A. Author{n}, B. Writer, J. Synth. Mater. {2000 + n % 24}, {n}, {n * 10}.",
                     (f"A. Author{n}", "B. Writer"), f"Study {n} of paper {index}", "J. Synth. Mater.",
                     2000 + n % 24, str(n), str(n * 10), f"10.9998/ref.{index}.{n}")


def synthetic_paper(index: int, rng: random.Random) -> tuple[Document, Extraction]:
    """One made-up review: references, structures with classes and materials, figures with citations."""
    doc_id = f"10.9999/synthetic.{index:06d}"
    classes = list(structure_classes().values())
    props = list(properties().values())
    known = iter(_known_works(rng, REFERENCES // 2))
    references = tuple(_reference(index, n, next(known) if n % 2 else None) for n in range(1, REFERENCES + 1))
    structures = []
    for k in range(STRUCTURES):
        cls = rng.choice(classes)
        top, sub = (cls.parent, cls.iri) if cls.parent is not None else (cls.iri, None)
        structures.append(Structure(
            f"s{k}", f"{rng.choice(MATERIALS)} host {index}-{k}", Classification(top, sub, "synthetic"),
            tuple(rng.sample(MATERIALS, 2)), tuple(sorted(rng.sample(range(1, REFERENCES + 1), 2))), k % 5 == 0))
    measurements = []
    for m in range(FIGURES):
        prop = rng.choice(props)
        sentence = Sentence(doc_id, m, f"Synthetic sentence {m} reporting a figure.", 1 + m % 12,
                            BBox(50.0, 100.0 + m, 300.0, 112.0 + m), m)
        measurements.append(Measurement(
            f"s{rng.randrange(STRUCTURES)}", prop.iri, _value(prop.iri, rng), prop.unit,
            rng.choice(("=", "=", "=", ">", "~")), (rng.randrange(1, REFERENCES + 1),), sentence, "x"))
    document = Document(doc_id, f"synthetic-{index}.pdf", f"{index:064x}", 12,
                        PaperMeta(f"Synthetic review {index}", ("C. Synth",), "Synth. Rev.", 2020, is_review=True),
                        (), references)
    return document, Extraction(tuple(structures), tuple(measurements))


def paper_quads(index: int, seed: int = 7) -> list[ox.Quad]:
    """The quads of synthetic paper ``index``; each paper has its own random stream, so any subset of
    papers can be made, in any order or process, and comes out the same."""
    document, extraction = synthetic_paper(index, random.Random(f"{seed}:{index}"))
    data = paper_graph(document, extraction, ingested_at=INGESTED_AT).serialize(format="nt", encoding="utf-8")
    name = ox.NamedNode(str(graph_iri(document.doc_id)))
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def prepare_paper(path: Path, seed: int = 7) -> Prepared:
    """An ingest's unit of work for synthetic paper ``path`` (named ``synthetic-INDEX``), from its records
    on: the triples built and checked against the shapes, as ``api.prepare`` does after reading and
    extracting a PDF. Runs on any of ingest's engines (``parallel.run``)."""
    started = time.perf_counter()
    index = int(Path(path).name.rsplit("-", 1)[1])
    document, extraction = synthetic_paper(index, random.Random(f"{seed}:{index}"))
    graph = paper_graph(document, extraction, ingested_at=INGESTED_AT)
    require_valid(graph, str(path))
    outcome = IngestOutcome(str(path), "ok", document.doc_id, len(extraction.measurements),
                            len(extraction.structures), len(document.references), document.page_count,
                            time.perf_counter() - started)
    paper = ox.NamedNode(str(paper_iri(document.doc_id)))
    return Prepared(outcome, with_digest(graph.serialize(format="nt", encoding="utf-8"), paper))


def _template(batch: tuple[int, int]) -> str:
    """Paper ``k``'s N-Quads, written with the placeholder index ``SENTINEL`` for its own identifiers."""
    k, seed = batch
    document, extraction = synthetic_paper(SENTINEL, random.Random(f"{seed}:{k}"))
    data = paper_graph(document, extraction, ingested_at=INGESTED_AT).serialize(format="nt", encoding="utf-8")
    name = ox.NamedNode(str(graph_iri(document.doc_id)))
    quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")


def renamed(template: str, index: int) -> str:
    """A template paper as paper ``index``: its own identifiers (DOI, graph, title, labels, reference
    DOIs, file hash) take the index; what it shares with other papers stays as it is."""
    return (template.replace(f"{SENTINEL:064x}", f"{index:064x}")
            .replace(f"synthetic.{SENTINEL:06d}", f"synthetic.{index:06d}")
            .replace(str(SENTINEL), str(index)))


def write_dataset(out: Path, triples: int = 1_000_000, seed: int = 7, jobs: int = 1,
                  papers: int | None = None) -> int:
    """Write papers until about ``triples`` quads (ontology graph included), or exactly ``papers``
    papers; returns the quad count.

    The first ``TEMPLATES`` papers are built by ``build_rdf.paper_graph`` (in ``jobs`` processes); paper
    ``i`` is template ``i % TEMPLATES`` under its own identifiers, exactly what ``paper_quads(i)`` gives
    for the templates themselves. Building every paper would take hours at 10,000 papers; renaming
    takes minutes, and memory stays flat however many papers are asked for."""
    marker = ox.NamedNode(str(ONTOLOGY_GRAPH))
    ontology = [ox.Quad(t.subject, t.predicate, t.object, marker)
                for t in ox.parse(ONTOLOGY_TTL.read_bytes(), format=ox.RdfFormat.TURTLE)]
    if papers is None:                                  # papers differ little in size
        papers = math.ceil(max(triples - len(ontology), 1) / len(paper_quads(0, seed)))
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        templates = pool.map(_template, [(k, seed) for k in range(min(papers, TEMPLATES))])
    written = len(ontology)
    with Path(out).open("wb") as handle:
        ox.serialize(ontology, handle, ox.RdfFormat.N_QUADS)
        for index in range(papers):
            template = templates[index % len(templates)]
            handle.write(renamed(template, index).encode("utf-8"))
            written += template.count("\n")
    return written



def projection(papers: int, seed: int = 7):  # noqa: ANN201 - an nx.MultiDiGraph
    """A synthetic NetworkX projection (``graph_view.project``'s schema) of ``papers`` papers, sized like
    the shared corpus (about 120 nodes a paper: 50 cited works, 20 structures, 40 figures), built
    straight from records so the viewer can be measured at any size without a store."""
    import networkx as nx

    from pipeline.ontology import local_name
    rng = random.Random(seed)
    classes = [c for c in structure_classes().values() if c.parent is not None]
    props = list(properties().values())
    g = nx.MultiDiGraph()
    edge = iter(range(10**9))

    def link(u: str, v: str, relation: str) -> None:
        g.add_edge(u, v, key=f"e{next(edge)}", relation=relation, label=relation)

    for c in structure_classes().values():
        top = local_name(c.parent) if c.parent else c.name
        g.add_node(str(c.iri), type="Class", label=c.label, name=c.name, superclass=local_name(c.parent) if c.parent else "",
                   **{"class": top})
        if c.parent is not None:
            link(str(c.iri), str(c.parent), "subClassOf")
    materials = [f"material {i}" for i in range(60)]
    for name in materials:
        g.add_node(f"m:{name}", type="Material", label=name)
    for p in range(papers):
        paper = f"p:{p}"
        g.add_node(paper, type="Paper", label=f"Synthetic paper {p} on lithium hosts", paper_id=f"10.9999/s.{p}",
                   title=f"Synthetic paper {p}", year=2000 + p % 25)
        refs = [f"{paper}/ref/{n}" for n in range(1, 51)]
        for n, ref in enumerate(refs, 1):
            g.add_node(ref, type="Reference", label=f"[{n}] Author{n} J. Synth. {2000 + n % 24}", paper=f"10.9999/s.{p}",
                       number=n, title=f"Study {n}")
            link(paper, ref, "cites")
        structures = []
        for k in range(20):
            cls = rng.choice(classes)
            s = f"{paper}/structure/{k}"
            structures.append((s, cls))
            g.add_node(s, type="Structure", label=f"{rng.choice(MATERIALS)} host {p}-{k}", paper=f"10.9999/s.{p}",
                       evidence="synthetic", own_result=k % 5 == 0, figures=0,
                       **{"class": local_name(cls.parent), "subclass": cls.name})
            link(s, paper, "describedIn")
            link(s, str(cls.iri), "inClass")
            for name in rng.sample(materials, 2):
                link(s, f"m:{name}", "hasMaterial")
            link(s, rng.choice(refs), "citesAsDataSource")
        for f in range(40):
            s, cls = rng.choice(structures)
            prop = rng.choice(props)
            m = f"{paper}/m/{f}"
            g.nodes[s]["figures"] += 1
            g.add_node(m, type="Measurement", label=f"{prop.label} {f}", property=prop.name, property_label=prop.label,
                       value=_value(prop.iri, rng), unit=prop.unit, qualifier="=", page=1 + f % 10,
                       sentence=f"Synthetic sentence {f}.", paper=f"10.9999/s.{p}", structure=g.nodes[s]["label"],
                       citations="", subclass=cls.name, **{"class": local_name(cls.parent)})
            link(m, s, "ofStructure")
            link(m, rng.choice(refs), "citesAsDataSource")
    return g


def build_store(path: Path, papers: int, seed: int = 7) -> Path:
    """An embedded store at ``path`` holding ``papers`` synthetic papers (and the ontology), one graph each."""
    from pipeline.api import ensure_ontology
    from pipeline.store import open_store
    with open_store(str(path)) as store:
        ensure_ontology(store)
        for index in range(papers):
            quads = paper_quads(index, seed)
            store.put_graph(quads[0].graph_name, quads)
    return path


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("synthetic.nq")
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    print(f"{write_dataset(target, size, jobs=jobs)} quads → {target}")
