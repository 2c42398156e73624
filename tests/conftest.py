"""Shared fixtures. Expensive ones (an ingested store) are built once per session."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib.namespace import PROV

from pipeline.vocab import AKG

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "graph_data" / "sources" / "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
SHARED = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")).resolve()
ARTIFACTS = ROOT / "test-artifacts"
CLI = [sys.executable, "-m", "pipeline.cli"]
# what an ingest records about itself (when, and from where), not what it read: left out of fingerprints
INGEST_RECORDS = {f"<{PROV.generatedAtTime}>", f"<{AKG.sourcePath}>"}


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skips the test where it is absent (a user's fresh clone), never in CI."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing, and CI=true forbids skipping")
        pytest.skip(f"{path} is not here (the shared corpus is not part of a clone)")
    return path


@pytest.fixture(scope="session")
def sample_pdf() -> Path:
    return SAMPLE_PDF


@pytest.fixture(scope="session")
def sample_document(sample_pdf):
    from pipeline.reader.document import read_document
    return read_document(sample_pdf)


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp
    return build_nlp()


def build_store(path: Path, pdfs, *, base: Path | None = None) -> Path:
    """A store at ``path`` (a copy of the store ``base``, when given) with ``pdfs`` ingested."""
    from pipeline import api
    from pipeline.store import open_store
    if base is not None:
        shutil.copytree(base, path)
    store = open_store(str(path))
    try:
        report = api.ingest(list(pdfs), store)
        assert not report.failed, report.failed
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def sample_store_dir(tmp_path_factory, sample_pdf) -> Path:
    """A store with the sample ingested once; tests copy it when they need to change it."""
    return build_store(tmp_path_factory.mktemp("store") / "sample", [sample_pdf])


@pytest.fixture()
def sample_store(sample_store_dir):
    """The sample store, opened (read-write) for one test."""
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    yield store
    store.close()


@pytest.fixture()
def store_copy(sample_store_dir, tmp_path) -> Path:
    """A private copy of the sample store that a test may change."""
    target = tmp_path / "store"
    shutil.copytree(sample_store_dir, target)
    return target


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def cli_process(*args: str, **popen: object) -> subprocess.Popen:
    """``anodekg ARGS`` as a real process (stdout and stderr piped unless told otherwise)."""
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([*CLI, *args], cwd=ROOT, text=True, **popen)


def fingerprint(store_dir: Path, graph: str | None = None) -> tuple[int, str]:
    """A store's (or one graph's) triple count and a hash of its sorted N-Quads.

    The ingest's records of itself (prov:generatedAtTime, akg:sourcePath) are left out of the hash:
    they differ between two ingests of the same file made at another time or from another folder.
    """
    from pipeline.store import open_store
    store = open_store(str(store_dir), read_only=True)
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }} BIND(<{graph}> AS ?g)" if graph else "GRAPH ?g { ?s ?p ?o }"
    rows = store.query(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}").rows
    lines = sorted(" ".join(str(term) for term in row) for row in rows if str(row[1]) not in INGEST_RECORDS)
    return len(rows), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def paper_graph_of(store_dir: Path) -> str:
    """The IRI of the one paper graph in a store that holds a single paper."""
    from pipeline.build_rdf import ONTOLOGY_GRAPH
    from pipeline.store import open_store
    graphs = [g.value for g in open_store(str(store_dir), read_only=True).graphs() if g.value != str(ONTOLOGY_GRAPH)]
    assert len(graphs) == 1, graphs
    return graphs[0]


def rewrite_paper_graph(store_dir: Path, change) -> None:
    """Replace the one paper graph of a store with ``change(sorted triples)`` (a list of pyoxigraph Triples)."""
    import pyoxigraph as ox

    from pipeline.store import open_store
    graph = ox.NamedNode(paper_graph_of(store_dir))
    store = open_store(str(store_dir))
    triples = sorted(store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"), key=str)
    store.put_graph(graph, [ox.Quad(t.subject, t.predicate, t.object, graph) for t in change(triples)])


def damage(data: bytes, every: int = 3) -> bytes:
    """``data`` (a PDF whose page contents are ASCII85-encoded Flate streams, as ReportLab writes them) with
    one character changed in the middle of every ``every``-th such stream: the file still opens, but those
    streams no longer decompress whole, as after a bad download. Deterministic: the same bytes every time."""
    import re
    damaged = bytearray(data)
    streams = [m.end() for m in re.finditer(rb"/Filter \[ /ASCII85Decode /FlateDecode \][^>]*>>\s*stream\r?\n", data)]
    for start in streams[1::every]:
        end = data.index(b"~>", start)
        middle = (start + end) // 2
        while not 33 <= damaged[middle] <= 117:        # a base-85 digit (not a newline or 'z')
            middle += 1
        damaged[middle] = 33 + (damaged[middle] - 33 + 17) % 85
    assert damaged != data, "no ASCII85 content stream to damage"
    return bytes(damaged)


@pytest.fixture(scope="session")
def damaged_copy(tmp_path_factory, sample_pdf) -> Path:
    """The sample review with a few bytes changed: same DOI, pages that no longer read whole."""
    path = tmp_path_factory.mktemp("damaged") / "review-copy.pdf"
    path.write_bytes(damage(sample_pdf.read_bytes()))
    return path


def write_slow_pdf(path: Path, pages: int = 400, lines: int = 90) -> Path:
    """A valid PDF that is slow to read by design: ``pages`` pages (400, the default --max-pages), each
    dense with text drawn from one shared content stream, so the file stays small. Reading it takes over
    a minute on the machine this was written on; tests that need a file past its timeout give it 2 s."""
    import zlib
    text = "".join(f"BT /F1 6 Tf 20 {830 - 9 * i} Td ({'lithium metal anode ' * 7}) Tj ET\n" for i in range(lines))
    stream = zlib.compress(text.encode("latin-1"))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
               *[page] * pages]
    from typeset import pdf_file
    path.write_bytes(pdf_file(objects))
    return path


@pytest.fixture(scope="session")
def slow_pdf(tmp_path_factory) -> Path:
    return write_slow_pdf(tmp_path_factory.mktemp("slow") / "slow.pdf")


@pytest.fixture()
def moved_pdf_store(sample_pdf, tmp_path) -> tuple[Path, str]:
    """A store that read a copy of the sample, whose PDF was then moved away: (store folder, a figure id)."""
    from pipeline import api
    pdf = tmp_path / "paper.pdf"
    shutil.copy(sample_pdf, pdf)
    with api.open_store(str(tmp_path / "store")) as store:
        api.ingest([pdf], store)
        figure = str(api.query(store, "measurements").rows[0]["figure"])
    pdf.rename(tmp_path / "moved.pdf")
    return tmp_path / "store", figure


@pytest.fixture()
def halved_store(store_copy) -> Path:
    """The sample store with its paper's graph cut to half, so the graph before and after an ingest differ."""
    rewrite_paper_graph(store_copy, lambda triples: triples[: len(triples) // 2])
    return store_copy
@pytest.fixture(scope="session")
def sample_graph(sample_store_dir):
    """The NetworkX projection of the sample store."""
    from pipeline.graph_view import project
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    try:
        return project(store)
    finally:
        store.close()


@pytest.fixture(scope="session")
def sample_html(sample_store_dir, tmp_path_factory) -> Path:
    """The sample graph exported once as the offline HTML viewer."""
    from pipeline.export import export
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir))
    try:
        return export(store, "html", tmp_path_factory.mktemp("viewer") / "anodekg.html")
    finally:
        store.close()


@pytest.fixture(scope="session")
def chromium() -> str:
    """The system's headless Chromium; skips where it is absent, never when CI=true."""
    from pipeline.viewer.browser import find_chromium
    path = find_chromium()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing and CI=true forbids skipping; .ci/setup-chromium.sh installs it")
        pytest.skip("Chromium is not installed (apt-get install -y chromium): the viewer test needs a real browser")
    return path


# ------------------------------------------------------------- small papers rendered for tests
# Real PDFs of small papers whose text a test writes (title, metadata, body, numbered references),
# so that identity across papers is tested end to end without shipping PDFs. The works they cite
# are invented, except where a test says it cites something the sample review also cites.

@dataclass(frozen=True)
class PaperText:
    title: str
    authors: tuple[str, ...]
    subject: str                        # PDF Subject: "Journal, year, volume, page. doi:…", as publishers set it
    paragraphs: tuple[str, ...]
    references: tuple[str, ...]


def render_paper(path: Path, paper: PaperText) -> Path:
    """``paper`` as a one-column PDF at ``path``, with title/author/subject metadata."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=paper.title, author=", ".join(paper.authors),
                            subject=paper.subject, invariant=1)
    flow = [Paragraph(paper.title, styles["Title"]), Paragraph(", ".join(paper.authors), styles["Normal"]),
            Spacer(1, 12), Paragraph("1. Results and discussion", styles["Heading2"])]
    flow += [Paragraph(text, styles["BodyText"]) for text in paper.paragraphs]
    flow.append(Paragraph("References", styles["Heading2"]))
    flow += [Paragraph(f"{n}. {entry}", styles["Normal"]) for n, entry in enumerate(paper.references, 1)]
    doc.build(flow)
    return path


# invented works, each printed in two styles: Wiley/ACS (abbreviated journal) and Nature (full title)
INVENTED_WORKS = (
    ("K. Tanaka, L. Moreau, Adv. Energy Mater. 2016, 6, 1501234.",
     "Tanaka, K. & Moreau, L. Porous copper hosts for lithium. Advanced Energy Materials 6, 1501234 (2016)."),
    ("P. Okafor, J. Am. Chem. Soc. 2014, 136, 4120.",
     "Okafor, P. Fluorinated interphases on lithium. Journal of the American Chemical Society 136, 4120–4126 (2014)."),
    ("H. Lindqvist, R. Sato, Energy Environ. Sci. 2018, 11, 2255.",
     "Lindqvist, H. & Sato, R. Garnet scaffolds for lithium. Energy & Environmental Science 11, 2255–2263 (2018)."),
    ("M. Ferreira, Nat. Commun. 2019, 10, 3315.",
     "Ferreira, M. Nucleation seeds for dendrite-free plating. Nature Communications 10, 3315 (2019)."),
    ("D. Novak, T. Brennan, Angew. Chem. Int. Ed. 2017, 56, 8120.",
     "Novak, D. & Brennan, T. Polymer coatings for lithium. Angewandte Chemie International Edition 56, 8120–8125 (2017)."),
    ("S. Rahman, J. Mater. Chem. A 2020, 8, 14321.",
     "Rahman, S. Carbon fibre hosts. Journal of Materials Chemistry A 8, 14321–14330 (2020)."),
)
SURNAMES = ("Abara", "Bianchi", "Castell", "Dumont", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen",
            "Kowalski", "Larsen", "Moretti", "Nakamura", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Tamura")
HOSTS = ("Cu foam", "Ni foam", "carbon paper", "graphene framework", "Cu nanowire")


def invented_paper(i: int) -> PaperText:
    """Paper ``i`` of an invented series: it reports its own figures, cites two invented works (in
    the style its number picks) and, from the second paper on, cites the paper before it by DOI."""
    style = (i // 6) % 2                # so each invented work is printed in both styles across the series
    refs = [INVENTED_WORKS[i % 6][style], INVENTED_WORKS[(i + 1) % 6][1 - style]]
    if i:
        refs.append(f"{SURNAMES[i - 1]}, A. Host study {i - 1}. Journal of Invented Anodes {i}, {100 + i - 1} "
                    f"({2000 + i - 1}). doi:10.5555/akg.test.{i - 1}")
    host, cited_host = HOSTS[i % 5], HOSTS[(i + 2) % 5]
    body = (f"In this work, our {host} host delivered a Coulombic efficiency of {97 + i / 10:.1f}% over "
            f"{100 + 10 * i} cycles at 1 mA cm-2.",
            f"A {cited_host} host reached a Coulombic efficiency of 98.2% over 150 cycles at 0.5 mA cm-2 [1].")
    return PaperText(f"Host study {i}: stable lithium plating on a {host}", (f"Ada {SURNAMES[i]}", "Carl Gauss"),
                     f"Journal of Invented Anodes, {2000 + i}, {i + 1}, {100 + i}. doi:10.5555/akg.test.{i}", body,
                     tuple(refs))


@pytest.fixture(scope="session")
def invented_papers(tmp_path_factory) -> list[Path]:
    """Twenty small invented papers as PDFs, citing each other and a shared pool of invented works."""
    folder = tmp_path_factory.mktemp("invented")
    return [render_paper(folder / f"paper{i:02d}.pdf", invented_paper(i)) for i in range(20)]


CITED_PAPER = PaperText(
    "Copper nanowire hosts for dendrite-free lithium", ("Emmy Noether",),
    "Journal of Invented Anodes, 2020, 3, 15. doi:10.5555/akg.cited",
    ("In this work, our Cu nanowire host delivered a Coulombic efficiency of 98.7% over 250 cycles at 1 mA cm-2.",),
    (INVENTED_WORKS[1][1],))

# Cites the cited paper above by DOI, and one study the sample review also cites (there as
# "Adv. Mater. 2015, 27, 1980", here in Nature style with the journal's full title).
CITING_PAPER = PaperText(
    "Nanowire and graphene hosts compared", ("Ada Lovelace", "Carl Gauss"),
    "Journal of Invented Anodes, 2021, 4, 210. doi:10.5555/akg.citing",
    ("Lithium-sulfur cells need a stable lithium anode [1].",
     "A Cu nanowire host delivered a Coulombic efficiency of 98.5% over 200 cycles at 1 mA cm-2 [2].",
     "In this work, our graphene framework showed a Coulombic efficiency of 99.1% for 300 cycles at 2 mA cm-2."),
    ("Manthiram, A., Chung, S.-H. & Zu, C. Lithium-sulfur batteries: progress and prospects. "
     "Advanced Materials 27, 1980-2006 (2015).",
     "Noether, E. Copper nanowire hosts. Journal of Invented Anodes 3, 15-19 (2020). doi:10.5555/akg.cited"))


@pytest.fixture(scope="session")
def cross_paper_pdfs(tmp_path_factory) -> dict[str, Path]:
    """A paper, and a second paper that cites it and cites a study the sample review cites."""
    folder = tmp_path_factory.mktemp("cross")
    return {"cited": render_paper(folder / "cited.pdf", CITED_PAPER),
            "citing": render_paper(folder / "citing.pdf", CITING_PAPER)}


@pytest.fixture(scope="session")
def works_store_dir(tmp_path_factory, sample_store_dir, cross_paper_pdfs) -> Path:
    """The sample store with the two cross-citing papers added; tests only read it."""
    return build_store(tmp_path_factory.mktemp("works") / "store", cross_paper_pdfs.values(), base=sample_store_dir)


@pytest.fixture()
def works_store(works_store_dir):
    from pipeline.store import open_store
    store = open_store(str(works_store_dir))
    yield store
    store.close()


# A work whose three papers each know it by a different key, so that one of them reaches it only
# through an akg:sameWorkAs path of two steps: paper C cites it by DOI and citation key (cite → doi),
# paper B by citation key and title (title → cite), paper A by its title alone (title → cite → doi).
# Each also cites a second work by its citation key, so the two are co-cited by all three, and reports
# a figure citing [9], which its reference list lacks (as when the reader misses an entry).
CHAIN_DOI = "10.5555/akg.chain.w"
CHAIN_TITLE = "Layered hosts for lithium metal"
CHAIN_IDS = ("10.5555/akg.chain.a", "10.5555/akg.chain.b", "10.5555/akg.chain.c")


def chain_papers():
    """The three papers above as (Document, Extraction) records, each reporting figures for a host."""
    from pipeline.ontology import properties
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
    fields = {"authors": ("R. Quill",), "year": 2019, "journal": "Journal of Invented Anodes", "volume": "7",
              "pages": "1-9"}
    entries = (Reference(1, f"R. Quill, J. Invented Anodes 2019, 7, 1. doi:{CHAIN_DOI}", doi=CHAIN_DOI, **fields),
               Reference(1, f"Quill, R. {CHAIN_TITLE}. Journal of Invented Anodes 7, 1-9 (2019).",
                         title=CHAIN_TITLE, **fields),
               Reference(1, f"{CHAIN_TITLE} (2019).", title=CHAIN_TITLE, year=2019))
    other = Reference(2, "T. Vale, Adv. Mater. 2012, 24, 400.", authors=("T. Vale",), year=2012,
                      journal="Adv. Mater.", volume="24", pages="400")
    unit = {prop.iri: prop.unit for prop in properties().values()}
    papers = []
    for i, (doc_id, entry) in enumerate(zip(CHAIN_IDS, reversed(entries), strict=True)):
        sentence = Sentence(doc_id, 0, "A layered Cu host cycled with a low voltage hysteresis.", 1,
                            BBox(50.0, 100.0, 300.0, 112.0), 0)
        host = Structure("host", f"layered Cu host {i}", Classification(AKG.ConductiveFramework, AKG.MetalBasedFramework,
                         "synthetic"), ("Cu",), (1,))
        figures = (Measurement("host", AKG.CoulombicEfficiency, 98.0 + i / 2, unit[AKG.CoulombicEfficiency], "=",
                               (1,), sentence),
                   Measurement("host", AKG.VoltageHysteresis, 20.0 + 5 * i, unit[AKG.VoltageHysteresis], "=",
                               (1,), sentence),
                   Measurement("host", AKG.CycleNumber, 300.0 + 100 * i, unit[AKG.CycleNumber], "=", (), sentence),
                   Measurement("host", AKG.CurrentDensity, 1.0 + i, unit[AKG.CurrentDensity], "=", (1, 9), sentence))
        document = Document(doc_id, f"chain-{i}.pdf", f"{i + 1:064x}", 1,
                            PaperMeta(f"Chain paper {i}", ("C. Chain",), "Journal of Invented Anodes", 2022 + i,
                                      doi=doc_id), (), (entry, other))
        papers.append((document, Extraction((host,), figures, (sentence,))))
    return papers


@pytest.fixture(scope="session")
def works_chain_store_dir(tmp_path_factory, works_store_dir) -> Path:
    """The works store with the three chain papers added (built from records); tests only read it."""
    import pyoxigraph as ox

    from pipeline.build_rdf import graph_iri, paper_ntriples
    from pipeline.store import open_store
    from pipeline.validate import require_valid
    path = tmp_path_factory.mktemp("chain") / "store"
    shutil.copytree(works_store_dir, path)
    store = open_store(str(path))
    try:
        for document, extraction in chain_papers():
            ntriples = paper_ntriples(document, extraction)
            require_valid(ntriples, document.source)
            store.put_graph(ox.NamedNode(str(graph_iri(document.doc_id))), ntriples)
    finally:
        store.close()
    return path


@pytest.fixture()
def works_chain_store(works_chain_store_dir):
    from pipeline.store import open_store
    store = open_store(str(works_chain_store_dir))
    yield store
    store.close()


# ---- external SPARQL servers (started by .ci/services.sh) --------------------------------------
REMOTE_SERVERS = {"oxigraph-server": "ANODEKG_TEST_OXIGRAPH", "virtuoso": "ANODEKG_TEST_VIRTUOSO"}


def service_url(server: str) -> str:
    """The store URL of a test server that .ci/services.sh started; skips without it, never in CI."""
    env = REMOTE_SERVERS[server]
    url = os.environ.get(env, "")
    if not url:
        reason = f"${env} is not set: run the tests under `bash .ci/services.sh run make test` to reach {server}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true forbids skipping)")
        pytest.skip(reason)
    return url


@pytest.fixture(scope="module", params=sorted(REMOTE_SERVERS))
def remote_url(request) -> str:
    return service_url(request.param)


def push_store(url: str, store_dir: Path) -> str:
    """Make the SPARQL server at ``url`` hold exactly the graphs of the store at ``store_dir``."""
    from pipeline import api
    from pipeline.store import open_store
    remote = open_store(url)
    local = open_store(str(store_dir))
    try:
        for graph in remote.graphs():
            remote.drop_graph(graph)
        api.copy_graphs(local, remote)
    finally:
        local.close()
        remote.close()
    return url


@pytest.fixture(scope="module")
def remote_pushed(remote_url, sample_store_dir) -> str:
    """The URL of a SPARQL server holding exactly the sample store's graphs (pushed once per module)."""
    return push_store(remote_url, sample_store_dir)


@pytest.fixture(scope="module")
def remote_works(remote_url, works_chain_store_dir) -> str:
    """The URL of a SPARQL server holding exactly the graphs of the works-and-chain store (pushed once per module)."""
    return push_store(remote_url, works_chain_store_dir)


def query_answer(store, name: str, params: dict[str, str]) -> tuple[tuple[str, ...], list[str]]:
    """A named query's columns and rows as sorted JSON (SPARQL leaves the order of ORDER BY ties open)."""
    import json

    from pipeline import api
    table = api.query(store, name, params)
    return table.columns, sorted(json.dumps(row, sort_keys=True, default=str) for row in table.rows)


@pytest.fixture()
def remote_store(remote_pushed):
    """That server, opened for one test (which must leave its graphs as it found them)."""
    from pipeline.store import open_store
    store = open_store(remote_pushed)
    yield store
    store.close()


def normalised_nquads(store, out: Path) -> list[str]:
    """Every quad of ``store`` as sorted N-Quads lines, without the ingest's records of itself (INGEST_RECORDS)."""
    import pyoxigraph as ox
    store.dump(out, ox.RdfFormat.N_QUADS)
    return sorted(line for line in out.read_text(encoding="utf-8").splitlines()
                  if line and not any(record in line for record in INGEST_RECORDS))


def _marked(text: str):
    """'A host.[7] It kept 97%.' → clean text and CitationMarkers at the places the markers stood ("[12–15]": four)."""
    import re

    from pipeline.records import CitationMarker
    def numbers(inside: str) -> tuple[int, ...]:
        found: list[int] = []
        for part in inside.split(","):
            ends = [int(n) for n in re.split(r"[–-]", part)]
            found.extend(range(ends[0], ends[-1] + 1))          # "12–15": a range of works
        return tuple(found)

    markers, clean, last = [], [], 0
    for match in re.finditer(r"\[(\d+(?:[–-]\d+)?(?:,\s?\d+(?:[–-]\d+)?)*)\]", text):
        clean.append(text[last:match.start()])
        offset = sum(len(c) for c in clean)
        markers.append(CitationMarker(numbers(match.group(1)), offset, match.group(0)))
        last = match.end()
    clean.append(text[last:])
    return "".join(clean), tuple(markers)


@pytest.fixture(scope="session")
def make_document():
    """Build a Document from made-up paragraphs: [(section path, text with [n] markers), ...].

    Pass a block kind in a third tuple item: "caption" for a figure caption, "abstract" for the abstract. Reviews get a long
    reference list, research papers a methods-free short one.
    """
    from pipeline.records import BBox, Block, BlockKind, Document, PaperMeta, Reference

    def build(paragraphs, *, review: bool, title: str = "") -> Document:
        blocks = []
        for order, item in enumerate(paragraphs):
            section, text = item[0], item[1]
            kind = BlockKind(item[2]) if len(item) > 2 else BlockKind.BODY
            clean, markers = _marked(text)
            blocks.append(Block(kind=kind, text=clean, page=1, bbox=BBox(0, 0, 100, 10), order=order,
                                section=tuple(section), citations=markers))
        refs = tuple(Reference(number=n, raw=f"ref {n}") for n in range(1, 121 if review else 31))
        return Document(doc_id="test:made-up", source="made-up.pdf", sha256="0" * 64, page_count=1,
                        meta=PaperMeta(title=title, is_review=review), blocks=tuple(blocks), references=refs)

    return build


# ---- `anodekg serve` in this process (real uvicorn on a free loopback port) -------------------
def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(options) -> Iterator[str]:
    """Serve ``options`` with uvicorn on a thread; yields the base URL, stops the server after."""
    import threading
    import time

    from pipeline.server.app import create_app
    from pipeline.server.app import server as make_server
    server = make_server(create_app(options), "127.0.0.1", free_port())
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120          # its query workers start first
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.handle_exit(signal.SIGINT, None)     # as Ctrl-C does: its query workers stop at once
        thread.join(timeout=30)


@contextlib.contextmanager
def serve_process(store_dir: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen, str]]:
    """`anodekg serve` itself, as a user starts it, in a subprocess on a free loopback port; yields its
    base URL, the process, and the first line it printed. Ready once it answers: its workers are up."""
    import httpx
    port = free_port()
    process = subprocess.Popen([*CLI, "serve", "--port", str(port), "--store", str(store_dir), *options], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "COLUMNS": "200"})
    base = f"http://127.0.0.1:{port}"
    try:
        line = process.stdout.readline()

        def answering() -> bool:
            if process.poll() is not None:
                pytest.fail(f"anodekg serve did not start: {line}{process.stdout.read()}")
            try:
                return httpx.get(f"{base}/status", timeout=5).status_code == 200
            except httpx.TransportError:
                return False

        wait_for(answering, 120)
        yield base, process, line
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_for(condition, seconds: float = 120, what: str = "") -> None:
    """Poll ``condition`` until it holds; fail after ``seconds`` (a bound for a stuck test, never a verdict)."""
    import time
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting{' for ' + what if what else ''}")
        time.sleep(0.02)


def lock_holders(store_dir: Path, *, waiting: bool = False) -> set[int]:
    """The pids holding the store's lock (``waiting``: the pids blocked waiting for it), as the kernel
    lists them in /proc/locks: what a process does with the lock, not what it says."""
    info = os.stat(Path(store_dir) / "anodekg.lock")
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    pids = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        blocked = len(fields) > 1 and fields[1] == "->"
        fields = [f for f in fields if f != "->"]
        if len(fields) >= 6 and fields[5] == device and blocked == waiting:
            pids.add(int(fields[4]))
    return pids


def process_gone(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` has exited (or is a zombie: it runs no more) within ``seconds``."""
    import time
    deadline = time.monotonic() + seconds
    while True:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)


@pytest.fixture(scope="module")
def served(sample_store_dir) -> Iterator[str]:
    """The sample store behind a read-only endpoint with default options."""
    from pipeline.server import ServeOptions
    with running_server(ServeOptions(store=str(sample_store_dir))) as url:
        yield url


# ---- batches for the parallel engines ----------------------------------------------------------


def store_nquads(store_dir: Path) -> list[str]:
    """The sorted, timestamp-free N-Quads of the store in ``store_dir`` (opened and closed here)."""
    from pipeline.store import open_store
    store = open_store(str(store_dir))
    try:
        return normalised_nquads(store, store_dir.parent / f"{store_dir.name}.nq")
    finally:
        store.close()


@pytest.fixture(scope="session")
def batch_dir(tmp_path_factory, sample_pdf) -> Path:
    """A folder of two real papers and one bad file."""
    folder = tmp_path_factory.mktemp("batch")
    shutil.copy(sample_pdf, folder / sample_pdf.name)
    shutil.copy(shared_path("corpus", "real", "kim2015_scirep_s_swnt_pani_li_s.pdf"), folder / "kim2015.pdf")
    (folder / "download.pdf").write_bytes(b"<html><body>Redirecting</body></html>")
    return folder


@pytest.fixture(scope="session")
def batch_serial(tmp_path_factory, batch_dir) -> tuple[Path, object]:
    """The batch ingested one file after another in this process: (store folder, report)."""
    from pipeline import api
    from pipeline.store import open_store
    path = tmp_path_factory.mktemp("serial") / "store"
    store = open_store(str(path))
    try:
        report = api.ingest([batch_dir], store, jobs=1)
    finally:
        store.close()
    return path, report
