"""Document + Extraction → the triples of the paper's own named graph, as N-Triples (``paper_ntriples``,
what an ingest validates and writes) or as an rdflib Graph (``paper_graph``, for code that walks them).

Each paper is one named graph (``graph_iri``), so re-ingesting it replaces exactly its triples.
Nodes shared across papers (Works, Materials) have IRIs computed from their identity keys
(``pipeline/identity.py``), and each paper states them in its own graph: the union of the graphs
merges them, and dropping a paper's graph drops only what that paper said. Terms come from the generated vocabulary (``AKG``) and the standard ones (FaBiO, BIBO, CiTO,
PROV-O, Dublin Core); no property or class is spelled as a string here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.plugins.serializers.nt import _nt_row

from pipeline import __version__
from pipeline.identity import WorkId, WorkKey, material_identity, paper_work, reference_work
from pipeline.ontology import structure_classes
from pipeline.records import Document, Extraction, Measurement, PaperMeta, Reference, Sentence, Structure
from pipeline.vocab import AKG

BASE = "https://w3id.org/anodekg/"
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
FABIO = Namespace("http://purl.org/spar/fabio/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
CITO = Namespace("http://purl.org/spar/cito/")

PREFIXES = {"akg": str(AKG), "rdfs": str(RDFS), "rdf": str(RDF), "xsd": str(XSD), "prov": str(PROV),
            "dcterms": str(DCTERMS), "fabio": str(FABIO), "bibo": str(BIBO), "cito": str(CITO),
            "skos": str(SKOS)}


class Triples:
    """A paper's triples as N-Triples rows, each once, in the order first stated: what an rdflib Graph
    would serialise (the row is rdflib's own), without the Graph. A paper's triples are written once
    and read back by none of its builders, and the Graph's store and serialiser took 80 % of turning a
    paper into triples (~60 ms of the sample review's ingest, on the path every ingest waits for)."""

    __slots__ = ("rows", "figures")

    def __init__(self) -> None:
        self.rows: dict[str, None] = {}                 # insertion-ordered, so a repeated triple counts once
        self.figures: list[tuple[str, float]] = []      # (comparison key, value) of each figure stated

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        self.rows[_nt_row(triple)] = None

    def extend(self, rows: Iterable[str]) -> None:
        """Rows made by another ``Triples``, stated here in their order."""
        self.rows.update(dict.fromkeys(rows))

    def __contains__(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> bool:
        return _nt_row(triple) in self.rows

    def ntriples(self) -> bytes:
        text = "".join(self.rows)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            # a surrogate from a damaged text layer: a pair split in two is the char it spells, a lone
            # one U+FFFD (no RDF store takes a surrogate, written raw or escaped)
            return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def _safe(text: str) -> str:
    return quote(text, safe="")


def paper_iri(doc_id: str) -> URIRef:
    """A paper's node: its DOI resolver IRI when it has a DOI, else a content-hash IRI."""
    if doc_id.startswith("sha256:"):
        return URIRef(f"{BASE}paper/{doc_id.split(':', 1)[1]}")
    return URIRef("https://doi.org/" + quote(doc_id, safe="/:;()._-"))


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds everything read from one paper."""
    return URIRef(f"{BASE}graph/{_safe(doc_id)}")


def _local(doc_id: str, kind: str, key: str | int) -> URIRef:
    return URIRef(f"{BASE}paper/{_safe(doc_id)}/{kind}/{_safe(str(key))}")


def reference_iri(doc_id: str, number: int, part: str = "") -> URIRef:
    """Entry ``number`` of a paper's reference list (its work ``part`` when one number prints several)."""
    return _local(doc_id, "ref", f"{number}{part}")


def material_iri(name: str) -> URIRef:
    """Materials are shared across papers: one node per material, whatever a paper calls it."""
    return URIRef(f"{BASE}material/{quote(material_identity(name).key, safe='()+,-.')}")


def work_iri(key: WorkKey) -> URIRef:
    """Works are shared across papers: one node per identity key (see pipeline/identity.py)."""
    return URIRef(f"{BASE}work/{key.kind}/{_safe(key.value)}")


def _add_work(g: Triples, node: URIRef, work: WorkId) -> URIRef:
    """``node`` → its Work, with an alias node per weaker key pointing at it; the Work's IRI."""
    primary = work_iri(work.primary)
    g.add((node, AKG.work, primary))
    for key in work.keys:
        iri = work_iri(key)
        g.add((iri, RDF.type, AKG.Work))
        g.add((iri, AKG.workKey, Literal(str(key))))
        if key != work.primary:
            g.add((iri, AKG.sameWorkAs, primary))
    return primary


def _add_bibliographic(g: Triples, node: URIRef, record: Reference | PaperMeta) -> None:
    """The bibliographic fields a paper's metadata or a reference entry has (the same predicates for both)."""
    if record.authors:
        g.add((node, AKG.authorList, Literal("; ".join(record.authors))))
    for predicate, text in ((DCTERMS.title, record.title), (AKG.journal, record.journal), (BIBO.doi, record.doi),
                            (BIBO.volume, record.volume), (BIBO.pages, record.pages)):
        if text:
            g.add((node, predicate, Literal(text)))
    if record.year is not None:
        g.add((node, AKG.year, Literal(record.year, datatype=XSD.integer)))


def _add_reference(g: Triples, doc_id: str, paper: URIRef, ref: Reference) -> URIRef:
    node = reference_iri(doc_id, ref.number, ref.part)
    g.add((node, RDF.type, AKG.Reference))
    g.add((node, AKG.citationNumber, Literal(ref.number, datatype=XSD.integer)))
    g.add((node, AKG.describedIn, paper))
    g.add((node, AKG.rawText, Literal(ref.raw)))
    g.add((paper, CITO.cites, node))
    _add_bibliographic(g, node, ref)
    return _add_work(g, node, reference_work(ref, doc_id))


def _add_sentence(g: Triples, doc_id: str, paper: URIRef, sentence: Sentence) -> URIRef:
    node = _local(doc_id, "sentence", sentence.index)
    if (node, RDF.type, AKG.SourceSentence) in g:
        return node
    g.add((node, RDF.type, AKG.SourceSentence))
    g.add((node, AKG.text, Literal(sentence.text)))
    g.add((node, AKG.page, Literal(sentence.page, datatype=XSD.integer)))
    g.add((node, AKG.sentenceIndex, Literal(sentence.index, datatype=XSD.integer)))
    g.add((node, AKG.bbox, Literal(str(sentence.bbox))))
    if sentence.section:
        g.add((node, AKG.section, Literal(" > ".join(sentence.section))))
    g.add((node, AKG.describedIn, paper))
    return node


def _add_structure(g: Triples, doc_id: str, paper: URIRef, structure: Structure, own_work: URIRef,
                   cited_works: Mapping[int, tuple[tuple[URIRef, URIRef], ...]]) -> None:
    node = _local(doc_id, "structure", structure.key)
    cls = structure.classification
    g.add((node, RDF.type, cls.cls))
    if cls.subclass is not None:
        g.add((node, RDF.type, cls.subclass))
    g.add((node, RDFS.label, Literal(structure.label)))
    g.add((node, AKG.describedIn, paper))
    g.add((node, AKG.evidence, Literal(cls.evidence)))
    g.add((node, AKG.ownResult, Literal(structure.own_result)))
    for name in structure.materials:
        identity = material_identity(name)
        material = material_iri(name)
        g.add((material, RDF.type, AKG.Material))
        g.add((material, RDFS.label, Literal(identity.label)))
        g.add((material, AKG.materialKey, Literal(identity.key)))
        if name != identity.label:
            g.add((material, SKOS.altLabel, Literal(name)))
        g.add((node, AKG.hasMaterial, material))
    for number in structure.citations:
        for ref_node, work in _entries(doc_id, number, cited_works):
            g.add((node, CITO.citesAsDataSource, ref_node))
            if work is not None:
                g.add((node, AKG.reportedIn, work))
    if structure.own_result:
        g.add((node, AKG.reportedIn, own_work))


def _entries(doc_id: str, number: int, cited_works: Mapping[int, tuple[tuple[URIRef, URIRef], ...]]
             ) -> tuple[tuple[URIRef, URIRef | None], ...]:
    """The reference nodes (and their works) a citation number stands for: every work an entry lists under one
    number ("[12] a) …; b) …"), or, where no entry of the list carries the number, the entry's node all the same."""
    return cited_works.get(number) or ((reference_iri(doc_id, number), None),)


def comparison_key(top_class: URIRef, prop: URIRef) -> Literal:
    """What compare-classes groups a figure by: its structure's top class and its property (see the ontology)."""
    return Literal(f"{top_class} {prop}")


def _add_measurement(g: Triples, doc_id: str, paper: URIRef, index: int, m: Measurement,
                     top_class: URIRef | None, cited_works: Mapping[int, tuple[tuple[URIRef, URIRef], ...]]) -> None:
    node = _local(doc_id, "m", index)
    g.add((node, RDF.type, AKG.Measurement))
    g.add((node, AKG.ofStructure, _local(doc_id, "structure", m.structure)))
    g.add((node, AKG.property, m.property))
    value = Literal(float(m.value), datatype=XSD.double)
    if top_class is not None:           # a figure of no known structure fails the shapes, not here
        key = comparison_key(top_class, m.property)
        g.add((node, AKG.comparisonKey, key))
        g.figures.append((str(key), float(value)))
    g.add((node, AKG.value, value))
    g.add((node, AKG.unit, Literal(m.unit)))
    g.add((node, AKG.qualifier, Literal(m.qualifier)))
    if m.raw:
        g.add((node, AKG.rawText, Literal(m.raw)))
    g.add((node, AKG.describedIn, paper))
    g.add((node, PROV.wasDerivedFrom, _add_sentence(g, doc_id, paper, m.source)))
    for number in m.citations:
        for ref_node, _ in _entries(doc_id, number, cited_works):
            g.add((node, CITO.citesAsDataSource, ref_node))


@dataclass(frozen=True, slots=True)
class DocumentTriples:
    """The triples of a paper that its Document alone gives (its bibliographic metadata, its own work,
    its reference list), as rows, and the nodes its figures' and structures' triples point to: what an
    ingest's reading child makes while its parent extracts (``reading.read_ahead``)."""

    rows: tuple[str, ...]                                   # N-Triples rows, in the order stated
    own_work: URIRef                                        # the paper's own work
    cited: Mapping[int, tuple[tuple[URIRef, URIRef], ...]]  # citation number → (entry, its work), one per work


def document_triples(document: Document) -> DocumentTriples:
    g = Triples()
    doc_id = document.doc_id
    paper = paper_iri(doc_id)
    _add_bibliographic(g, paper, document.meta)
    own_work = _add_work(g, paper, paper_work(document))
    cited: dict[int, list[tuple[URIRef, URIRef]]] = {}
    for ref in document.references:
        cited.setdefault(ref.number, []).append(
            (reference_iri(doc_id, ref.number, ref.part), _add_reference(g, doc_id, paper, ref)))
    return DocumentTriples(tuple(g.rows), own_work, {number: tuple(works) for number, works in cited.items()})


def paper_ntriples(document: Document, extraction: Extraction, ingested_at: datetime | None = None, *,
                   read_warnings: int | None = None, own: DocumentTriples | None = None) -> bytes:
    """Every triple read from one paper, as N-Triples; ``read_warnings``: the damage the PDF parser
    reported, when counted; ``own``: ``document_triples(document)``, when made already."""
    g = Triples()
    doc_id = document.doc_id
    paper = paper_iri(doc_id)
    meta = document.meta
    g.add((paper, RDF.type, AKG.Paper))
    g.add((paper, AKG.paperId, Literal(doc_id)))
    g.add((paper, AKG.isReview, Literal(meta.is_review or extraction.is_review)))
    g.add((paper, AKG.sourceHash, Literal(document.sha256)))
    g.add((paper, AKG.sourceFile, Literal(Path(document.source).name)))
    g.add((paper, AKG.sourcePath, Literal(str(Path(document.source).resolve()))))   # for `anodekg doctor`
    g.add((paper, AKG.pageCount, Literal(document.page_count, datatype=XSD.integer)))
    g.add((paper, AKG.sentenceCount, Literal(len(extraction.sentences), datatype=XSD.integer)))
    if read_warnings is not None:
        g.add((paper, AKG.readWarnings, Literal(read_warnings, datatype=XSD.integer)))
    g.add((paper, AKG.pipelineVersion, Literal(__version__)))
    g.add((paper, PROV.generatedAtTime, Literal((ingested_at or datetime.now(UTC)).replace(microsecond=0),
                                                datatype=XSD.dateTime)))
    own = own or document_triples(document)
    g.extend(own.rows)
    for structure in extraction.structures:
        _add_structure(g, doc_id, paper, structure, own.own_work, own.cited)
    top_class = {s.key: s.classification.cls for s in extraction.structures}
    for index, measurement in enumerate(extraction.measurements):
        _add_measurement(g, doc_id, paper, index, measurement, top_class.get(measurement.structure), own.cited)
    g.add((paper, AKG.comparisonValues, _grouped_values(g.figures)))
    return g.ntriples()


def paper_graph(document: Document, extraction: Extraction, ingested_at: datetime | None = None, *,
                read_warnings: int | None = None) -> Graph:
    """``paper_ntriples`` as an rdflib Graph, the usual prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g.parse(data=paper_ntriples(document, extraction, ingested_at, read_warnings=read_warnings),
                   format="nt")


def comparison_values(g: Graph) -> Literal:
    """The graph's figure values grouped by comparison key, as the JSON text of akg:comparisonValues: read
    from the figures' own triples, keys and values sorted (the same figures always give the same text)."""
    return _grouped_values((str(key), float(value)) for figure, key in g.subject_objects(AKG.comparisonKey)
                           for value in g.objects(figure, AKG.value))


def _grouped_values(figures: Iterable[tuple[str, float]]) -> Literal:
    grouped: dict[str, list[float]] = {}
    for key, value in figures:
        grouped.setdefault(key, []).append(value)
    return Literal(json.dumps({key: sorted(values) for key, values in sorted(grouped.items())}, separators=(",", ":")))


def known_class_iris() -> set[URIRef]:
    return {c.iri for c in structure_classes().values()}
