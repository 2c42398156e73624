"""Synthetic papers shaped like ours, built by the real ``build_rdf.paper_graph`` from made-up records.

Each paper gets about as many references, structures and figures as a review (~1,900 triples),
with classes, properties and units taken from the ontology and values drawn at random, so the
named queries have realistic work to do. ``write_dataset`` writes N papers (plus the ontology
graph) as one N-Quads file: about 520 papers make a million triples.

    python -m benchmarks.synthetic 1000000 /tmp/synthetic.nq
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from ontology import ONTOLOGY_TTL
from pipeline.build_rdf import ONTOLOGY_GRAPH, graph_iri, paper_graph
from pipeline.ontology import properties, structure_classes
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
from pipeline.vocab import AKG

REFERENCES, STRUCTURES, FIGURES = 80, 20, 60
MATERIALS = ("Cu", "Ni", "carbon nanotube", "graphene", "Li3N", "LiF", "Al2O3", "polyimide", "Ag", "ZnO",
             "boron nitride", "carbon fiber", "MXene", "polyethylene oxide", "Au", "Si")
INGESTED_AT = datetime(2024, 1, 1, tzinfo=UTC)


def _value(prop: str, rng: random.Random) -> float:
    if prop == AKG.CoulombicEfficiency:
        return round(rng.uniform(90.0, 99.9), 2)
    return round(10 ** rng.uniform(-1, 3.5), 3)


def synthetic_paper(index: int, rng: random.Random) -> tuple[Document, Extraction]:
    """One made-up review: references, structures with classes and materials, figures with citations."""
    doc_id = f"10.9999/synthetic.{index:06d}"
    classes = list(structure_classes().values())
    props = list(properties().values())
    references = tuple(
        Reference(n, f"A. Author{n}, B. Writer, J. Synth. Mater. {2000 + n % 24}, {n}, {n * 10}.",
                  (f"A. Author{n}", "B. Writer"), f"Study {n} of paper {index}", "J. Synth. Mater.",
                  2000 + n % 24, str(n), str(n * 10), f"10.9998/ref.{index}.{n}")
        for n in range(1, REFERENCES + 1))
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


def paper_quads(index: int, rng: random.Random) -> list[ox.Quad]:
    document, extraction = synthetic_paper(index, rng)
    data = paper_graph(document, extraction, ingested_at=INGESTED_AT).serialize(format="nt", encoding="utf-8")
    name = ox.NamedNode(str(graph_iri(document.doc_id)))
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def write_dataset(out: Path, triples: int = 1_000_000, seed: int = 7) -> int:
    """Write papers until about ``triples`` quads (ontology graph included); returns the quad count."""
    rng = random.Random(seed)
    marker = ox.NamedNode(str(ONTOLOGY_GRAPH))
    quads = [ox.Quad(t.subject, t.predicate, t.object, marker)
             for t in ox.parse(ONTOLOGY_TTL.read_bytes(), format=ox.RdfFormat.TURTLE)]
    index = 0
    while len(quads) < triples:
        quads.extend(paper_quads(index, rng))
        index += 1
    ox.serialize(quads, str(out), ox.RdfFormat.N_QUADS)
    return len(quads)



if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("synthetic.nq")
    print(f"{write_dataset(target, size)} quads → {target}")


def build_store(path: Path, papers: int, seed: int = 7) -> Path:
    """An embedded store at ``path`` holding ``papers`` synthetic papers (and the ontology), one graph each."""
    from pipeline.api import ensure_ontology
    from pipeline.store import open_store
    rng = random.Random(seed)
    with open_store(str(path)) as store:
        ensure_ontology(store)
        for index in range(papers):
            quads = paper_quads(index, rng)
            store.put_graph(quads[0].graph_name, quads)
    return path
