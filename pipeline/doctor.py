"""Check a store and repair what re-reading the source PDFs can repair.

``diagnose`` looks for five kinds of trouble and returns them as Findings:

- ``shacl``: a paper graph that does not conform to ontology/shapes.ttl;
- ``orphan``: a node that points at something missing from its paper's graph (a measurement whose
  structure, sentence or cited reference is gone, a node described in a paper that is not there),
  a named graph that holds no paper, and triples outside every named graph;
- ``source-changed``: a paper whose PDF (akg:sourcePath) no longer has the recorded akg:sourceHash;
- ``source-missing``: a paper whose PDF cannot be found to check or re-read;
- ``outdated``: a paper read by another version of AnodeKG (akg:pipelineVersion), whose graph may
  lack what this version's queries rely on.

``repair`` re-ingests (forced) every paper with a fixable finding from its source file, each in its
own single write as any ingest; when a changed file now has another identity (no DOI, so its id is its
hash) the old graph is dropped after the new one is written, so a crash in between loses nothing.
Findings that no re-ingest can fix (no source, junk outside paper graphs, a graph that is exactly what
ingest wrote from the same file by this version, as its recorded digest shows) are reported, not
promised a fix. A re-read that reads worse than the stored graph is refused as any ingest refuses it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import PROV

from pipeline import __version__, api
from pipeline.build_rdf import CITO, ONTOLOGY_GRAPH, graph_iri
from pipeline.graph_digest import digest
from pipeline.reader.pdf import ReadLimits, sha256_of
from pipeline.store.base import GraphStore, Rows
from pipeline.vocab import AKG

FIXABLE = ("shacl", "orphan", "source-changed", "outdated")


def _n(term) -> str:
    """A vocabulary term in SPARQL syntax."""
    return str(ox.NamedNode(str(term)))


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str               # shacl · orphan · source-changed · source-missing · outdated
    graph: str              # the named graph it is in ('' for the default graph)
    subject: str            # the node (or file) concerned
    detail: str             # one line for a person
    source: str = ""        # the PDF that re-ingesting would read, when known
    as_ingested: bool = False   # the graph is as ingest wrote it from that very file: a re-read gives it again

    @property
    def fixable(self) -> bool:
        return self.kind in FIXABLE and bool(self.source) and not self.as_ingested


@dataclass(frozen=True, slots=True)
class PaperSource:
    graph: str
    paper_id: str
    sha256: str
    path: str               # '' when the graph does not record it
    file: str = ""          # the file's name (akg:sourceFile), to look for it when it has moved
    version: str = ""       # the AnodeKG version that read it (akg:pipelineVersion)
    digest: str = ""        # the graph's digest when ingest wrote it (akg:graphDigest), if recorded

    def locate(self, search: Iterable[Path] = ()) -> Path | None:
        """The source PDF: where it was ingested from, else a file of the same name under ``search``."""
        if self.path and Path(self.path).is_file():
            return Path(self.path)
        for folder in search if self.file else ():
            found = sorted(p for p in Path(folder).rglob(self.file) if p.is_file())
            same = [p for p in found if sha256_of(p) == self.sha256]
            if same or found:
                return (same or found)[0]
        return None


@dataclass(frozen=True, slots=True)
class DoctorReport:
    papers: int
    triples: int
    findings: tuple[Finding, ...]
    repaired: tuple[api.IngestOutcome, ...] = ()

    @property
    def healthy(self) -> bool:
        return not self.findings


def _rows(store: GraphStore, sparql: str) -> list[tuple[str, ...]]:
    result = store.query(sparql)
    assert isinstance(result, Rows)
    return [tuple("" if term is None else term.value for term in row) for row in result.rows]


def paper_sources(store: GraphStore) -> list[PaperSource]:
    rows = _rows(store, f"""SELECT ?g ?id ?hash ?path ?file ?version ?digest WHERE {{ GRAPH ?g {{
        ?paper a {_n(AKG.Paper)} ; {_n(AKG.paperId)} ?id ; {_n(AKG.sourceHash)} ?hash .
        OPTIONAL {{ ?paper {_n(AKG.sourcePath)} ?path }} OPTIONAL {{ ?paper {_n(AKG.sourceFile)} ?file }}
        OPTIONAL {{ ?paper {_n(AKG.pipelineVersion)} ?version }}
        OPTIONAL {{ ?paper {_n(AKG.graphDigest)} ?digest }} }} }}
        ORDER BY ?g""")
    return [PaperSource(*row) for row in rows]


# (what is missing, the pattern that finds the pointing node ?x and the missing node ?y in graph ?g,
#  and the test that ?y exists in that graph)
DANGLING = [
    ("structure", f"?x {_n(AKG.ofStructure)} ?y", "?y a ?any"),
    ("source sentence", f"?x {_n(PROV.wasDerivedFrom)} ?y", f"?y a {_n(AKG.SourceSentence)}"),
    ("cited reference", f"?x {_n(CITO.citesAsDataSource)} ?y", f"?y a {_n(AKG.Reference)}"),
    ("paper", f"?x {_n(AKG.describedIn)} ?y", f"?y a {_n(AKG.Paper)}"),
]


def dangling(store: GraphStore) -> list[Finding]:
    """Nodes whose paper graph lacks what they point at."""
    findings = []
    for missing, pattern, exists in DANGLING:
        query = (f"SELECT DISTINCT ?g ?x ?y WHERE {{ GRAPH ?g {{ {pattern} }} "
                 f"FILTER NOT EXISTS {{ GRAPH ?g {{ {exists} }} }} FILTER(?g != {_n(ONTOLOGY_GRAPH)}) }}")
        findings += [Finding("orphan", g, x, f"points at a {missing} its graph does not hold ({y})")
                     for g, x, y in _rows(store, query)]
    return findings


def stray_triples(store: GraphStore, papers: Iterable[PaperSource]) -> list[Finding]:
    """Named graphs that hold no paper, and triples outside every named graph."""
    with_paper = {p.graph for p in papers} | {str(ONTOLOGY_GRAPH)}
    findings = [Finding("orphan", g.value, g.value, "a named graph that holds no paper")
                for g in store.graphs() if g.value not in with_paper]
    named = int(_rows(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0])
    outside = store.count() - named
    if outside:
        findings.append(Finding("orphan", "", "default graph", f"{outside} triple(s) outside every paper graph"))
    return findings


def graph_of(store: GraphStore, graph: str) -> Graph:
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}")
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def shape_problems(store: GraphStore, papers: Iterable[PaperSource]) -> list[Finding]:
    """SHACL over the whole store; when it fails, over each paper graph to say which ones."""
    if api.validate_store(store).conforms:
        return []
    findings = []
    for paper in papers:
        from pipeline.validate import check  # pySHACL loads only when a doctor runs
        report = check(graph_of(store, paper.graph))
        if not report.conforms:
            findings.append(Finding("shacl", paper.graph, paper.paper_id,
                                    f"{report.violations} SHACL violation(s)"))
    return findings or [Finding("shacl", "", "store", "the store as a whole does not conform to the shapes")]


def source_problems(papers: Iterable[PaperSource], located: dict[str, Path | None]) -> list[Finding]:
    """Sources gone or changed; ``located``: each paper graph's source file, found once by ``locate``."""
    findings = []
    for paper in papers:
        path = located[paper.graph]
        if path is None:
            where = paper.path or "no akg:sourcePath recorded; give its folder with --sources"
            findings.append(Finding("source-missing", paper.graph, paper.paper_id, f"source not found: {where}"))
        elif sha256_of(path) != paper.sha256:
            findings.append(Finding("source-changed", paper.graph, paper.paper_id,
                                    f"{path} changed since it was ingested", str(path)))
    return findings


def outdated(papers: Iterable[PaperSource]) -> list[Finding]:
    return [Finding("outdated", p.graph, p.paper_id, f"read by AnodeKG {p.version or 'of unknown version'}; "
                                                     f"this is {__version__}: re-ingest it (doctor --fix)")
            for p in papers if p.version != __version__]


def diagnose(store: GraphStore, search: Iterable[Path] = ()) -> DoctorReport:
    """Every problem of the store, each tied to the paper graph (and source file) it concerns.

    ``search``: folders where a paper's PDF may be found by its file name when it is no longer where
    it was ingested from.
    """
    search = tuple(search)
    papers = paper_sources(store)
    located = {p.graph: p.locate(search) for p in papers}      # walks --sources and hashes: once per paper
    findings = shape_problems(store, papers) + dangling(store) + stray_triples(store, papers) + \
        source_problems(papers, located) + outdated(papers)
    sources = {graph: str(found) for graph, found in located.items() if found is not None}
    findings = [f if f.source or f.graph not in sources else replace(f, source=sources[f.graph]) for f in findings]
    rereads = {f.graph for f in findings if f.kind in REREAD_CHANGES}
    settled = {p.graph for p in papers if p.graph not in rereads and p.graph in sources and as_ingested(store, p)}
    findings = [replace(f, as_ingested=True, detail=f"{f.detail}; {AS_INGESTED}") if f.graph in settled
                and f.kind in ("shacl", "orphan") else f for f in findings]
    return DoctorReport(len(papers), store.count(), tuple(findings))


REREAD_CHANGES = ("source-changed", "outdated")     # findings that mean a re-read gives another graph
AS_INGESTED = "ingest wrote it so from this very file, so re-reading it cannot repair it"


def as_ingested(store: GraphStore, paper: PaperSource) -> bool:
    """Whether the paper's graph is exactly what ingest wrote (its recorded digest still holds): then a
    re-read of the same file by the same version writes the same graph, problems and all."""
    if not paper.digest:
        return False                # written before digests were kept: a re-read may well help
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {ox.NamedNode(paper.graph)} {{ ?s ?p ?o }} }}")
    assert isinstance(triples, list)
    return digest(triples) == paper.digest


def repair(store: GraphStore, report: DoctorReport, *, search: Iterable[Path] = (),
           limits: ReadLimits = ReadLimits()) -> DoctorReport:
    """Re-ingest each paper with a fixable finding, then diagnose again."""
    sources = {f.graph: f.source for f in report.findings if f.fixable}
    outcomes = []
    for graph, source in sorted(sources.items()):
        outcome = api.ingest_one(Path(source), store, limits=limits, force=True)
        outcomes.append(outcome)
        if outcome.status == "ok" and str(graph_iri(outcome.doc_id)) != graph:
            store.drop_graph(ox.NamedNode(graph))      # the file now has another identity; its new graph is written
    return replace(diagnose(store, search), repaired=tuple(outcomes))


def run(store: GraphStore, *, fix: bool = False, search: Iterable[Path] = (),
        limits: ReadLimits = ReadLimits()) -> DoctorReport:
    """What ``anodekg doctor`` calls: diagnose, and repair when asked to and there is something to fix."""
    search = tuple(search)
    report = diagnose(store, search)
    if fix and any(f.fixable for f in report.findings):
        return repair(store, report, search=search, limits=limits)
    return report
