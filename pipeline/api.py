"""What the CLI and the tests call: ingest, read, query, sparql, export, stats, validate.

Each function takes plain arguments and an open store, returns a plain result, and raises an
AnodeKGError subclass on failure; none prints or exits.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from ontology import ONTOLOGY_TTL
from pipeline.build_rdf import ONTOLOGY_GRAPH, graph_iri, paper_graph
from pipeline.document import read_document
from pipeline.errors import AnodeKGError, InputError
from pipeline.extract import extract
from pipeline.graph_stats import summarize
from pipeline.graph_view import project
from pipeline.nlp import build_nlp
from pipeline.read_pdf import ReadLimits, sha256_of
from pipeline.records import Document, Extraction
from pipeline.store.base import GraphStore, Rows
from pipeline.validate import ValidationReport, check, require_valid
from pipeline.vocab import AKG
from queries.runner import Table, run_named, run_sparql

Progress = Callable[[str, int, int], None]     # (current file, done, total)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one file."""

    path: str
    status: str                     # "ok", "skipped" (unchanged) or "failed"
    doc_id: str = ""
    figures: int = 0
    structures: int = 0
    references: int = 0
    pages: int = 0
    seconds: float = 0.0
    error: str = ""
    exit_code: int = 0


@dataclass(frozen=True, slots=True)
class IngestReport:
    outcomes: tuple[IngestOutcome, ...]
    triples: int = 0

    @property
    def failed(self) -> tuple[IngestOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")


@dataclass(frozen=True, slots=True)
class Processed:
    """A paper read, extracted, turned into triples and validated, ready for its one write."""

    document: Document
    extraction: Extraction
    graph: Graph = field(repr=False)


def find_pdfs(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the PDFs inside folders (recursively), in a stable order."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
            if not inside:
                raise InputError(f"{path}: the folder holds no PDF files")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def read(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits()) -> Document:
    return read_document(Path(path), password, limits)


def process(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits()) -> Processed:
    """Every step that can fail, before any write: read, extract, build triples, validate."""
    document = read_document(Path(path), password, limits)
    extraction = extract(document, build_nlp())
    graph = paper_graph(document, extraction)
    require_valid(graph, str(path))
    return Processed(document, extraction, graph)


def to_quads(graph: Graph, name: ox.NamedNode) -> list[ox.Quad]:
    """An rdflib graph as pyoxigraph quads in the named graph ``name`` (through N-Triples)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def ensure_ontology(store: GraphStore) -> None:
    """Keep the store's copy of the ontology (its own named graph) equal to ontology/anodekg.ttl."""
    data = ONTOLOGY_TTL.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    marker = ox.NamedNode(str(ONTOLOGY_GRAPH))
    found = store.query(f"ASK {{ GRAPH {marker} {{ {marker} {ox.NamedNode(str(AKG.sourceHash))} ?h }} }}",
                        {"h": ox.Literal(digest)})
    if found is True:
        return
    quads = [ox.Quad(t.subject, t.predicate, t.object, marker)
             for t in ox.parse(data, format=ox.RdfFormat.TURTLE)]
    quads.append(ox.Quad(marker, ox.NamedNode(str(AKG.sourceHash)), ox.Literal(digest), marker))
    store.put_graph(marker, quads)


def already_ingested(store: GraphStore, sha256: str) -> str | None:
    """The paper id of a stored paper built from exactly these bytes, if any."""
    rows = store.query(f"SELECT ?id ?hash WHERE {{ ?p {ox.NamedNode(str(AKG.sourceHash))} ?hash ; "
                       f"{ox.NamedNode(str(AKG.paperId))} ?id }}", {"hash": ox.Literal(sha256)})
    if isinstance(rows, Rows) and rows.rows:
        return rows.rows[0][0].value
    return None


def write(store: GraphStore, processed: Processed) -> None:
    """The one write of a paper: its named graph replaced as a whole."""
    name = ox.NamedNode(str(graph_iri(processed.document.doc_id)))
    store.put_graph(name, to_quads(processed.graph, name))


def ingest(paths: Iterable[Path], store: GraphStore, *, password: str | None = None,
           limits: ReadLimits = ReadLimits(), force: bool = False, progress: Progress | None = None
           ) -> IngestReport:
    """Ingest PDFs one by one; a file that fails is reported and the batch goes on."""
    files = find_pdfs(paths)
    ensure_ontology(store)
    outcomes = []
    for done, path in enumerate(files):
        if progress:
            progress(str(path), done, len(files))
        outcomes.append(ingest_one(path, store, password=password, limits=limits, force=force))
    if progress:
        progress("", len(files), len(files))
    return IngestReport(tuple(outcomes), store.count())


def ingest_one(path: Path, store: GraphStore, *, password: str | None = None,
               limits: ReadLimits = ReadLimits(), force: bool = False) -> IngestOutcome:
    started = time.perf_counter()
    try:
        if not force and path.is_file() and path.stat().st_size:
            known = already_ingested(store, sha256_of(path))
            if known:
                return IngestOutcome(str(path), "skipped", known, seconds=time.perf_counter() - started)
        processed = process(path, password, limits)
        write(store, processed)
    except AnodeKGError as exc:
        return IngestOutcome(str(path), "failed", error=str(exc), exit_code=exc.exit_code,
                             seconds=time.perf_counter() - started)
    doc = processed.document
    return IngestOutcome(str(path), "ok", doc.doc_id, len(processed.extraction.measurements),
                         len(processed.extraction.structures), len(doc.references), doc.page_count,
                         time.perf_counter() - started)


def query(store: GraphStore, name: str, params: Mapping[str, str] | None = None) -> Table:
    return run_named(store, name, params)


def sparql(store: GraphStore, text: str) -> Table | bool:
    return run_sparql(store, text)


def validate_store(store: GraphStore) -> ValidationReport:
    """SHACL over everything in the store (all papers' graphs together)."""
    data = ox.serialize(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), format=ox.RdfFormat.N_TRIPLES)
    graph = Graph().parse(data=data, format="nt")
    return check(graph)


EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "ntriples": ox.RdfFormat.N_TRIPLES}


def stats(store: GraphStore, top: int = 10) -> dict[str, Any]:
    """Counts of what the store holds, and what the graph says at a glance (``graph_stats.summarize``).

    The first keys are plain counts (triples, papers, measurements, references, materials,
    structures); then counts by node type and edge relation, the most cited references, materials
    shared across classes and the most connected papers, each list at most ``top`` long.
    """
    counts: dict[str, Any] = {"triples": store.count(), "papers": 0}
    for label, cls in (("papers", AKG.Paper), ("measurements", AKG.Measurement), ("references", AKG.Reference),
                       ("materials", AKG.Material)):
        rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {ox.NamedNode(str(cls))} }}")
        counts[label] = int(rows.rows[0][0].value) if isinstance(rows, Rows) else 0
    rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x {ox.NamedNode(str(AKG.evidence))} ?e }}")
    counts["structures"] = int(rows.rows[0][0].value) if isinstance(rows, Rows) else 0
    counts["works"] = count_works(store)
    return counts | summarize(project(store), top)


def count_works(store: GraphStore) -> int:
    """Distinct works: Work nodes that are no alias of another (see pipeline/identity.py)."""
    work, same = ox.NamedNode(str(AKG.Work)), ox.NamedNode(str(AKG.sameWorkAs))
    rows = store.query(f"SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE {{ ?w a {work} FILTER NOT EXISTS {{ ?w {same} ?o }} }}")
    return int(rows.rows[0][0].value) if isinstance(rows, Rows) else 0
