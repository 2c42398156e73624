"""What the CLI, the server, notebooks and the tests call: ingest, read, query, sparql, graph, compare,
export, stats, validate.

Each function takes plain arguments and an open store, returns a plain result, and raises an
AnodeKGError subclass on failure; none prints or exits (``ingest(..., progress=True)`` draws a bar
on stderr, nothing else). A notebook session::

    from pipeline import api
    with api.open_store("graph_data/store", read_only=True) as store:
        table = api.query(store, "above-threshold", property=api.Property.CoulombicEfficiency, min_value=99)
        frame = table.to_pandas()          # pip install 'anodekg[notebook]'
        graph = api.graph(store)           # the NetworkX projection
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pyoxigraph as ox

from ontology import ONTOLOGY_TTL
from pipeline import __version__, parallel
from pipeline.errors import DEBUG_ENV, AnodeKGError, InputError, InternalError, WorseCopy
from pipeline.parallel import IngestOutcome, Prepared
from pipeline.progress import Progress
from pipeline.read_options import DEFAULT_BACKEND, DEFAULT_TIMEOUT_S, ReaderBackend, ReadLimits
from pipeline.reading import read_ahead
from pipeline.store.base import GraphStore, Rows, open_store  # noqa: F401  (open_store: for notebooks)
from pipeline.store.named import Table, run_named, run_sparql

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph
    from spacy.language import Language

    from pipeline.build_rdf import DocumentTriples
    from pipeline.compare import Comparison
    from pipeline.records import Document, Extraction
    from pipeline.validate import ValidationReport

# rdflib (and the triples built with it), the reader, the NLP pipeline (spaCy), SHACL, NetworkX
# statistics and the HTTP client are imported where they are used, so that `anodekg query` and
# friends start without loading them (see benchmarks/bench_startup.py).


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest did: one outcome per file (ok, skipped or failed, with counts), and the store's size."""

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
    warnings: tuple[str, ...] = ()          # what the PDF parser said about damage while reading it
    # what the write puts in the store: the graph as N-Triples (as validated) and the statement of its digest
    ntriples: bytes = field(default=b"", repr=False)

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (parsed when asked: an ingest writes the N-Triples)."""
        from rdflib import Graph
        return Graph().parse(data=self.ntriples, format="nt")


def find_pdfs(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the PDFs inside folders (recursively), in a stable order. Entries named .pdf
    that are no regular file (a pipe, a broken link, a link loop) are kept, so the ingest reports them."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and not p.is_dir())
            if not inside:
                raise InputError(f"{path}: the folder holds no PDF files")
            found.extend(inside)
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return list(dict.fromkeys(found))


def not_a_file(path: Path) -> InputError | None:
    """Why ``path`` is no regular file to read (a named pipe would block a reader for ever), or None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return InputError(f"{path}: a broken symbolic link (it points at {os.readlink(path)}, which is gone)")
        return InputError(f"{path}: no such file")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputError(f"{path}: a symbolic link loop (the links point at each other, never at a file)")
        return InputError(f"{path}: cannot be opened ({exc.strerror})")
    for test, kind in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device")):
        if test(mode):
            return InputError(f"{path}: {kind}, not a file")
    return None


def read(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
         backend: ReaderBackend = DEFAULT_BACKEND) -> Document:
    """What the reader makes of one PDF: metadata, blocks in reading order and the reference list.
    ``backend`` is where its chars come from (pdfium or pdfminer; both read a paper the same)."""
    from pipeline.reader.document import read_document
    return read_document(Path(path), password, limits, backend=backend)


Reading = Callable[[], tuple["Document", list[str]]]
T = TypeVar("T")


def process(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
            backend: ReaderBackend = DEFAULT_BACKEND, reading: Reading | None = None) -> Processed:
    """Every step that can fail, before any write: read, extract, build triples, validate.

    The file's reading (``reading``, when the caller began it already) overlaps the loading of the
    NLP stack (see ``read_ahead``)."""
    with contextlib.nullcontext(reading) if reading else read_ahead(path, password, limits, backend) as read:
        from pipeline.build_rdf import paper_iri, paper_ntriples
        from pipeline.extract import extract
        from pipeline.graph_digest import with_digest
        from pipeline.nlp import build_nlp
        from pipeline.validate import require_valid
        nlp = build_nlp()
        _load_for_the_rest()
        if isinstance(read, parallel.Ahead):
            _warm_up(nlp, read)
        document, warnings = read()
        extraction = extract(document, nlp)
        ntriples = paper_ntriples(document, extraction, read_warnings=len(warnings), own=_made_meanwhile(read))
    # the check and the digest each parse the triples into a store of their own, in Rust, without the GIL:
    # the check in a thread beside the digest. The digest is taken here, where the triples were made: a
    # batch's writer (one process for all the workers) then only hands the N-Triples to the store
    with parallel.beside(require_valid, ntriples, str(path)) as checked:
        try:
            digested = with_digest(ntriples, ox.NamedNode(str(paper_iri(document.doc_id))))
        finally:
            checked()           # the check's verdict first: triples that break the shapes fail the file
    return Processed(document, extraction, tuple(warnings), digested)


def _load_for_the_rest() -> None:
    """What the rest of a file's work loads on its first use (the linkers, the class rules, the
    journal and material tables), loaded while the file's reading may still run in its child: the
    work after the reading waits for nothing more. Loaded once a process; later files find it."""
    import pipeline.classify  # noqa: F401 — loaded, not called here
    import pipeline.linking.research  # noqa: F401
    import pipeline.linking.review  # noqa: F401
    from pipeline import shapes
    from pipeline.identity import journal_table, material_table
    from pipeline.nlp.patterns import dimension_words, material_alias_index, unit_lexicon
    journal_table()
    material_table()
    unit_lexicon()          # the build's patterns come from a cache on disk, so the lexicons the
    dimension_words()       # extraction reads itself are parsed at its first sentence unless here
    material_alias_index()
    shapes.load()           # the shapes as queries and the ontology the check mixes in


def _made_meanwhile(read: Reading) -> DocumentTriples | None:
    """The Document's own triples, when the reading child made them while this process extracted and
    has sent them by now (``reading.read_ahead``); else None, and ``paper_ntriples`` makes them."""
    from pipeline.build_rdf import DocumentTriples
    made = read.after() if isinstance(read, parallel.Ahead) else None
    return made if isinstance(made, DocumentTriples) else None


def _warm_up(nlp: Language, reading: parallel.Ahead[tuple[Document, list[str]]]) -> None:
    """While the file's reading child works and this process would wait for it idle, tokenize the
    paper's words as the child tells them, page by page (``reading.read_ahead``), until the reading is
    ready. The first time the tokenizer meets a word it runs its affix rules and makes a lexeme: a
    third of an extraction's time in a new process. Met now, the extraction after the reading finds
    them made; what it tokenizes does not depend on it. The words come from the child, which has read
    them anyway: this process opens no PDF of its own for them. Any failure just ends the warm-up: the
    reading reports the file's problems."""
    if reading.ready():
        return
    from pipeline.nlp.build import warm_tokenizer
    with contextlib.suppress(Exception):
        warm_tokenizer(nlp, reading.heard(), reading.ready)


def ensure_ontology(store: GraphStore) -> None:
    """Keep the store's copy of the ontology (its own named graph) equal to ontology/anodekg.ttl."""
    ontology_keeper(store)()


def ontology_keeper(store: GraphStore) -> Callable[[], None]:
    """``ensure_ontology(store)`` as a call to make later, perhaps in another thread: what it writes is
    made here, and the modules it needs are loaded here (a thread importing beside this one could meet
    a module this one is importing half-made)."""
    from pipeline.build_rdf import ONTOLOGY_GRAPH
    from pipeline.ontology import ontology_triples
    from pipeline.vocab import AKG
    digest = hashlib.sha256(ONTOLOGY_TTL.read_bytes()).hexdigest()
    marker = ox.NamedNode(str(ONTOLOGY_GRAPH))
    stamp = ox.NamedNode(str(AKG.sourceHash))
    quads = [ox.Quad(t.subject, t.predicate, t.object, marker) for t in ontology_triples()]
    quads.append(ox.Quad(marker, stamp, ox.Literal(digest), marker))

    def keep() -> None:
        found = store.query(f"ASK {{ GRAPH {marker} {{ {marker} {stamp} ?h }} }}", {"h": ox.Literal(digest)})
        if found is not True:
            store.put_graph(marker, quads)
    return keep


def already_ingested(store: GraphStore, sha256: str) -> str | None:
    """The paper id of a stored paper built from exactly these bytes by this version of AnodeKG, if any.

    A paper built by another version is not skipped: a new version may extract more, or write the
    graph in a shape its queries rely on (akg:comparisonKey, for one)."""
    from pipeline.vocab import AKG
    rows = store.query(f"SELECT ?id ?hash ?version WHERE {{ ?p {ox.NamedNode(str(AKG.sourceHash))} ?hash ; "
                       f"{ox.NamedNode(str(AKG.pipelineVersion))} ?version ; "
                       f"{ox.NamedNode(str(AKG.paperId))} ?id }}",
                       {"hash": ox.Literal(sha256), "version": ox.Literal(__version__)})
    if isinstance(rows, Rows) and rows.rows:
        return rows.rows[0][0].value
    return None


def write(store: GraphStore, processed: Processed) -> None:
    """The one write of a paper: its named graph replaced as a whole (with the digest of what it writes)."""
    from pipeline.build_rdf import graph_iri
    store.put_graph(ox.NamedNode(str(graph_iri(processed.document.doc_id))), processed.ntriples)


def ingest(paths: Iterable[Path | str] | Path | str, store: GraphStore, *, password: str | None = None,
           limits: ReadLimits = ReadLimits(), force: bool = False, replace: bool = False,
           progress: Progress | bool | None = None, jobs: int = 1, cluster: str | None = None,
           timeout: float | None = DEFAULT_TIMEOUT_S, backend: ReaderBackend = DEFAULT_BACKEND,
           begun: tuple[Path, Reading] | None = None) -> IngestReport:
    """Ingest PDFs; a file that fails (or runs past ``timeout`` seconds) is reported and the batch goes on.

    ``paths`` are PDF files or folders (one path or several). Files are read and extracted here
    (``jobs=1``), in ``jobs`` worker processes, or on a Dask ``cluster`` ("tcp://HOST:8786" or
    "local:N"); each paper is then written from this process in one transaction. An unchanged file
    (same bytes as a stored paper) is skipped unless ``force``. A file that claims a stored paper but
    reads worse fails and the stored graph stays, unless ``replace`` (see ``pipeline.downgrade``).
    ``progress`` is a callback ``(current file, done, total)``, or ``True`` for a progress bar on stderr.
    ``backend`` is the reader's char source (see ``read``). ``begun``: a lone file's reading the caller
    began already (``reading.read_ahead``, forked before this module loaded), with the file it reads.
    """
    if progress is True:
        from pipeline.progress import progress_bar
        with progress_bar("ingesting") as bar:
            return ingest(paths, store, password=password, limits=limits, force=force, replace=replace, progress=bar,
                          jobs=jobs, cluster=cluster, timeout=timeout, backend=backend, begun=begun)
    progress = progress or None
    files = find_pdfs([paths] if isinstance(paths, str | Path) else paths)
    outcomes: dict[str, IngestOutcome] = {}
    todo: list[Path] = []
    # a lone file is read from the start, so that its reading overlaps the store's work as well (a new
    # store's database, the ontology, the check for an unchanged file; stopped if it is unchanged)
    alone = len(files) == 1 and not cluster and not not_a_file(files[0])
    new = _is_new(store)
    # a lone file's ingest is one write session, opened while the file is read: the database's open,
    # the ontology and the check for an unchanged file take time this process would spend waiting for
    # the reading, and the paper's write finds the database open; the open, the ontology's write and its
    # flush go on in a thread beside this one (``_lone_session``), so the disk's syncs do not delay it.
    # A batch opens a session a paper, so that readers of the store get in between papers; there a store
    # not made yet holds no paper and no ontology, so nothing is checked first and the ontology goes in
    # with the first paper, in its write's session, not in a session of its own before (which made,
    # flushed and closed a database 0.5 s before the write opened it again: 50-200 ms of an ingest)
    ontology_due = new and not alone
    if alone and begun is not None and begun[0] == files[0]:
        first_reading: AbstractContextManager[Reading | None] = contextlib.nullcontext(begun[1])
    else:
        first_reading = read_ahead(files[0], password, limits, backend) if alone else contextlib.nullcontext()
    with (first_reading as reading,
          _lone_session(store) if alone else contextlib.nullcontext()):
        with contextlib.nullcontext() if ontology_due or alone else _writing(store):
            if not (ontology_due or alone):
                ensure_ontology(store)
            for path in files:
                problem = not_a_file(path)
                known = None if force or problem or new else _known(store, path)
                if problem:
                    outcomes[str(path)] = parallel.failed(path, problem).outcome
                elif known:
                    outcomes[str(path)] = IngestOutcome(str(path), "skipped", known)
                else:
                    todo.append(path)
        if progress:
            progress(str(todo[0]) if todo else "", len(outcomes), len(files))
        work = partial(prepare, password=password, limits=limits, backend=backend, reading=reading)
        with _begun_for_workers(todo, jobs, cluster, password, limits, backend) as begun_here:
            for prepared in parallel.run(work, todo, jobs=jobs, cluster=cluster, timeout=timeout, begun=begun_here):
                outcomes[prepared.outcome.path] = _write_outcome(store, prepared, replace=replace,
                                                                 ontology=ontology_due)
                ontology_due = ontology_due and prepared.outcome.status != "ok"
                if progress:
                    progress(prepared.outcome.path, len(outcomes), len(files))
    if ontology_due:                    # no paper was written: the new store gets its ontology all the same
        with _writing(store):
            ensure_ontology(store)
    if progress:
        progress("", len(files), len(files))
    return IngestReport(tuple(outcomes[str(p)] for p in files), store.count())


@contextlib.contextmanager
def _begun_for_workers(todo: list[Path], jobs: int, cluster: str | None, password: str | None,
                       limits: ReadLimits, backend: ReaderBackend) -> Iterator[parallel.Begun | None]:
    """For a batch on worker processes: the longest file's reading begun in a forked child here while the
    workers start (their fork server loads the NLP stack for about half a second on one core, and the
    other core would idle); the worker that takes the file gets its lines. None otherwise, and where no
    child would read it (this process has its NLP stack loaded already, or runs with --debug)."""
    if jobs < 2 or cluster or len(todo) < 2:
        yield None
        return
    first = parallel.longest_first(todo)[0]
    # no warm-up here, nor triples: a worker extracts and builds them
    with read_ahead(first, password, limits, backend, tells=False, triples=False) as reading:
        if not reading.forked:          # it would be read here, when taken, with no deadline: a worker reads it
            yield None
            return

        def finish() -> parallel.Work:
            return partial(prepare, password=password, limits=limits, backend=backend,
                           reading=partial(_given, _taken(reading, first)))
        yield parallel.Begun(first, parallel.Ahead(finish, reading.ready, forked=True))


def _given(value: T) -> T:
    return value


def _taken(reading: Reading, path: Path) -> tuple[Document, list[str]]:
    """A reading's result; a failure not of our own kind becomes one, as in ``prepare``."""
    with _bug_fails_the_file(path):
        return reading()


@contextlib.contextmanager
def _bug_fails_the_file(path: Path) -> Iterator[None]:
    """An exception not of our own kind (a bug) raised as an InternalError naming the file, so that it
    fails that file, not the batch; under `anodekg --debug` as itself, with its traceback."""
    try:
        yield
    except AnodeKGError:
        raise
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        raise InternalError(f"{path}: {type(exc).__name__}: {exc}") from exc


def ingest_one(path: Path, store: GraphStore, *, password: str | None = None,
               limits: ReadLimits = ReadLimits(), force: bool = False, replace: bool = False,
               backend: ReaderBackend = DEFAULT_BACKEND) -> IngestOutcome:
    """One file, here and now: skipped when unchanged, else prepared and written (see ``ingest``)."""
    problem = not_a_file(Path(path))
    if problem:
        return parallel.failed(path, problem).outcome
    known = None if force else _known(store, Path(path))
    if known:
        return IngestOutcome(str(path), "skipped", known)
    return _write_outcome(store, prepare(Path(path), password, limits, backend), replace=replace)


def prepare(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
            backend: ReaderBackend = DEFAULT_BACKEND, reading: Reading | None = None) -> Prepared:
    """The unit of work of an ingest, wherever it runs: ``process`` a file (``reading``: its reading,
    when begun already) and hand back its triples as N-Triples (small, picklable), or the failure.
    Nothing here touches a store."""
    started = time.perf_counter()
    try:
        with _bug_fails_the_file(path):
            processed = process(path, password, limits, backend, reading)
    except AnodeKGError as exc:
        return parallel.failed(path, exc, time.perf_counter() - started)
    doc = processed.document
    outcome = IngestOutcome(str(path), "ok", doc.doc_id, len(processed.extraction.measurements),
                            len(processed.extraction.structures), len(doc.references), doc.page_count,
                            time.perf_counter() - started, sha256=doc.sha256,
                            sentences=len(processed.extraction.sentences), warnings=processed.warnings)
    return Prepared(outcome, processed.ntriples)


def _known(store: GraphStore, path: Path) -> str | None:
    from pipeline.reader.pdf import sha256_of
    if path.is_file() and path.stat().st_size:
        return already_ingested(store, sha256_of(path))
    return None


def _write_outcome(store: GraphStore, prepared: Prepared, *, replace: bool = False,
                   ontology: bool = False) -> IngestOutcome:
    """Write a prepared paper (its one transaction, with the digest of what it writes) and say what
    happened; failures pass through, and so does a file that reads worse than the stored copy of its
    paper, unless ``replace``. With ``ontology``, the store's ontology is seen to in the same session."""
    outcome = prepared.outcome
    if outcome.status != "ok":
        return outcome
    from pipeline.build_rdf import graph_iri
    name = ox.NamedNode(str(graph_iri(outcome.doc_id)))
    try:
        with _writing(store):          # the stored reading cannot change between the check and the write
            if ontology:
                ensure_ontology(store)
            if not replace:
                _refuse_a_worse_copy(store, outcome)
            store.put_graph(name, prepared.ntriples)
    except AnodeKGError as exc:
        return dataclasses.replace(outcome, status="failed", error=str(exc), exit_code=exc.exit_code)
    return outcome


def _is_new(store: GraphStore) -> bool:
    """Whether ``store`` is one whose database is not made yet (the embedded store's first write makes it)."""
    is_new = getattr(store, "is_new", None)
    return bool(is_new()) if is_new is not None else False


def _writing(store: GraphStore) -> AbstractContextManager[object]:
    """Several reads and writes as one write session where the backend has sessions (the embedded
    store: opened once, under its write lock, instead of once a call), else each call on its own."""
    session = getattr(store, "session", None)
    return session(write=True) if session is not None else contextlib.nullcontext()


def _lone_session(store: GraphStore) -> AbstractContextManager[object]:
    """A lone file's write session, with the store's ontology seen to. What the ontology's write needs is
    made here (rdflib loaded, the ontology's triples), then the database is opened in a thread, which writes
    the ontology and flushes it (``OxigraphStore.session(beside=...)``), while this one goes on to load the
    NLP stack: a new store's open and first flush are mostly waits for the disk's syncs, which this process
    made before loading the NLP stack (the open) and at its very end (the flush of all it wrote)."""
    keep = ontology_keeper(store)
    session = getattr(store, "session", None)
    if session is None:
        keep()
        return contextlib.nullcontext()
    return session(write=True, beside=keep)


def _refuse_a_worse_copy(store: GraphStore, outcome: IngestOutcome) -> None:
    from pipeline import downgrade
    stored = downgrade.stored_reading(store, outcome.doc_id)
    if stored is None:
        return
    new = downgrade.Reading(outcome.sha256, __version__, outcome.pages, outcome.sentences, outcome.figures,
                            len(outcome.warnings))
    reasons = downgrade.worse(new, stored)
    if reasons:
        raise WorseCopy(f"{outcome.path}: claims {outcome.doc_id}, which the store holds, but reads worse: "
                        + "; ".join(reasons))


@dataclass(frozen=True, slots=True)
class PushReport:
    """Where a push went, and how many graphs and triples it copied."""

    target: str
    graphs: int
    triples: int


def graph_quads(store: GraphStore, graph: ox.NamedNode) -> list[ox.Quad]:
    """Every triple of one named graph, as quads in that graph."""
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})
    assert isinstance(triples, list)
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]


def push(source: GraphStore, endpoint: str, *, user: str | None = None, password: str | None = None,
         progress: Progress | None = None) -> PushReport:
    """Copy every named graph of ``source`` to the SPARQL server at ``endpoint`` (its query URL).

    Each graph replaces the server's graph of that name with one Graph Store Protocol PUT.
    """
    from pipeline.store.remote import SparqlStore
    target = SparqlStore(endpoint.removeprefix("sparql+"), user=user, password=password)
    try:
        return copy_graphs(source, target, progress)
    finally:
        target.close()


def copy_graphs(source: GraphStore, target: GraphStore, progress: Progress | None = None) -> PushReport:
    """Every named graph of ``source`` written to ``target``, one whole-graph replace each."""
    graphs = source.graphs()
    triples = 0
    for done, graph in enumerate(graphs):
        if progress:
            progress(graph.value, done, len(graphs))
        quads = graph_quads(source, graph)
        target.put_graph(graph, quads)
        triples += len(quads)
    if progress:
        progress("", len(graphs), len(graphs))
    return PushReport(target.location, len(graphs), triples)


def query(store: GraphStore, name: str, params: Mapping[str, object] | None = None, /, **kwargs: object) -> Table:
    """Run the named query ``name`` (``queries/NAME.rq``; ``anodekg queries`` lists them).

    Parameters come as keywords (or a mapping): Python numbers, strings, dates or enum members such
    as ``Property.CycleNumber``; each is bound as a typed term, never pasted into the query. The
    result is a ``Table``: iterate it for rows (dicts), or call ``.to_pandas()`` for a DataFrame.
    QueryError for an unknown query or parameter, or a value of the wrong type.
    """
    return run_named(store, name, {**(params or {}), **kwargs})


def sparql(store: GraphStore, text: str) -> Table | bool:
    """Your own read-only SPARQL (akg:, rdfs:, prov:, cito:, … predeclared): a Table, or a bool for ASK."""
    return run_sparql(store, text)


def graph(store: GraphStore) -> nx.MultiDiGraph:
    """The store as one NetworkX MultiDiGraph (papers, cited works, structures, classes, materials,
    figures); ``pipeline.graph_view`` documents its node and edge attributes."""
    from pipeline.graph_view import project
    return project(store)


def compare(store: GraphStore, properties: Iterable[str] = (), *, classes: Iterable[str] = (),
            papers: Iterable[str] = (), materials: Iterable[str] = (), sort: str = "",
            limit: int | None = None) -> Comparison:
    """The comparison table (``pipeline.compare``): one row per structure, one column per property in
    ``properties`` (default: all), each cell the structure's best figure; rows filtered by class,
    paper and material, sorted by a property (best first) or by structure/paper/class."""
    from pipeline.compare import Selection, comparison, select_rows
    selection = Selection(tuple(properties), tuple(classes), tuple(papers), tuple(materials), (), sort, limit=limit)
    return select_rows(comparison(store), selection)


def figure_page(store: GraphStore, figure_id: str, *, dpi: int = 110) -> bytes:
    """The PDF page a figure was read from, as PNG bytes with its sentence highlighted
    (``IPython.display.Image(data)`` shows it); SourceMissing when the PDF has moved."""
    from pipeline.provenance import locate, render_page
    return render_page(locate(store, figure_id), dpi=dpi)


def properties() -> list[dict[str, str]]:
    """Every property a figure can report, from the ontology: name, label, canonical unit, role, better."""
    from pipeline.ontology import properties as defs
    return [{"name": d.name, "label": d.label, "unit": d.unit, "role": d.role, "better": d.better}
            for d in sorted(defs().values(), key=lambda d: d.name)]


def __getattr__(name: str) -> object:
    """``api.Property`` and ``api.StructureClass``: enums of the ontology's names, built on first use."""
    from enum import StrEnum

    from pipeline.ontology import properties as defs
    from pipeline.ontology import structure_classes
    if name == "Property":
        members = {d.name: d.name for d in defs().values()}
    elif name == "StructureClass":
        members = {c.name: c.name for c in structure_classes().values()}
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    enum = StrEnum(name, members, module=__name__)
    enum.__doc__ = (f"The ontology's {'properties' if name == 'Property' else 'structure classes'} by local name, "
                    "for query parameters: Property.CoulombicEfficiency == 'CoulombicEfficiency'.")
    globals()[name] = enum
    return enum


def validate_store(store: GraphStore) -> ValidationReport:
    """SHACL over everything in the store (all papers' graphs together)."""
    from rdflib import Graph
    data = ox.serialize(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), format=ox.RdfFormat.N_TRIPLES)
    graph = Graph().parse(data=data, format="nt")
    from pipeline.validate import check
    return check(graph)


EXPORT_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                  "ntriples": ox.RdfFormat.N_TRIPLES}


def stats(store: GraphStore, top: int = 10) -> dict[str, Any]:
    """Counts of what the store holds, and what the graph says at a glance (``graph_stats.summarize``).

    The first keys are plain counts (triples, papers, measurements, references, materials,
    structures); then counts by node type and edge relation, the most cited references, materials
    shared across classes and the most connected papers, each list at most ``top`` long.
    """
    from pipeline.store.base import reading
    with reading(store):                # every count and the projection see one state of the store
        return _stats(store, top)


def _stats(store: GraphStore, top: int) -> dict[str, Any]:
    from pipeline.vocab import AKG
    counts: dict[str, Any] = {"triples": store.count(), "papers": 0}
    for label, cls in (("papers", AKG.Paper), ("measurements", AKG.Measurement), ("references", AKG.Reference),
                       ("materials", AKG.Material)):
        rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {ox.NamedNode(str(cls))} }}")
        counts[label] = int(rows.rows[0][0].value) if isinstance(rows, Rows) else 0
    rows = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x {ox.NamedNode(str(AKG.evidence))} ?e }}")
    counts["structures"] = int(rows.rows[0][0].value) if isinstance(rows, Rows) else 0
    counts["works"] = count_works(store)
    from pipeline.graph_stats import summarize
    from pipeline.graph_view import project
    return counts | summarize(project(store), top)


def count_works(store: GraphStore) -> int:
    """Distinct works: Work nodes that are no alias of another (see pipeline/identity.py)."""
    from pipeline.vocab import AKG
    work, same = ox.NamedNode(str(AKG.Work)), ox.NamedNode(str(AKG.sameWorkAs))
    rows = store.query(f"SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE {{ ?w a {work} FILTER NOT EXISTS {{ ?w {same} ?o }} }}")
    return int(rows.rows[0][0].value) if isinstance(rows, Rows) else 0
