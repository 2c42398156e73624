"""Shared fixtures. Expensive ones (an ingested store) are built once per session."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "graph_data" / "sources" / "zhang2017-advsci-micro-nanostructures-li-anodes.pdf"
SHARED = Path(os.environ.get("ANODEKG_SHARED", ROOT.parent / "shared")).resolve()
ARTIFACTS = ROOT / "test-artifacts"


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
    from pipeline.document import read_document
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


def normalised_nquads(store, out: Path) -> list[str]:
    """Every quad of ``store`` as sorted N-Quads lines, without ingest timestamps (which differ per run)."""
    import pyoxigraph as ox
    store.dump(out, ox.RdfFormat.N_QUADS)
    return sorted(line for line in out.read_text(encoding="utf-8").splitlines()
                  if line and "<http://www.w3.org/ns/prov#generatedAtTime>" not in line)

def _marked(text: str):
    """'A host.[7] It kept 97%.' → clean text and CitationMarkers at the places the markers stood."""
    import re

    from pipeline.records import CitationMarker
    markers, clean, last = [], [], 0
    for match in re.finditer(r"\[(\d+(?:,\s?\d+)*)\]", text):
        clean.append(text[last:match.start()])
        offset = sum(len(c) for c in clean)
        markers.append(CitationMarker(tuple(int(n) for n in match.group(1).split(",")), offset, match.group(0)))
        last = match.end()
    clean.append(text[last:])
    return "".join(clean), tuple(markers)


@pytest.fixture(scope="session")
def make_document():
    """Build a Document from made-up paragraphs: [(section path, text with [n] markers), ...].

    Pass ``kind="caption"`` in a third tuple item for a figure caption. Reviews get a long
    reference list, research papers a methods-free short one.
    """
    from pipeline.records import BBox, Block, BlockKind, Document, PaperMeta, Reference

    def build(paragraphs, *, review: bool, title: str = "") -> Document:
        blocks = []
        for order, item in enumerate(paragraphs):
            section, text = item[0], item[1]
            kind = BlockKind.CAPTION if len(item) > 2 and item[2] == "caption" else BlockKind.BODY
            clean, markers = _marked(text)
            blocks.append(Block(kind=kind, text=clean, page=1, bbox=BBox(0, 0, 100, 10), order=order,
                                section=tuple(section), citations=markers))
        refs = tuple(Reference(number=n, raw=f"ref {n}") for n in range(1, 121 if review else 31))
        return Document(doc_id="test:made-up", source="made-up.pdf", sha256="0" * 64, page_count=1,
                        meta=PaperMeta(title=title, is_review=review), blocks=tuple(blocks), references=refs)

    return build
