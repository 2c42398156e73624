"""From a reported figure to its page: the source PDF's page rendered with the sentence highlighted.

A figure (an ``akg:Measurement``) records the sentence it was read from, that sentence's page and
the box of its first line, and the paper records the path and hash of its PDF. ``locate`` reads
those back; ``sentence_boxes`` finds the whole sentence on the page (line by line, with pypdfium2's
character boxes) and ``render_page`` draws the page with those lines highlighted. When the PDF has
moved or changed since ingest, ``SourceMissing`` says so and points to ``anodekg doctor --sources``.

A figure is named by its IRI or by its short id, ``PAPER-ID/m/N`` (``10.1002/adv.201600445/m/12``),
which every table, the viewer and ``anodekg query measurements`` show.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

import pyoxigraph as ox

from pipeline.build_rdf import BASE
from pipeline.errors import InputError, QueryError
from pipeline.records import BBox
from pipeline.store.base import GraphStore, Rows

HIGHLIGHT = (255, 214, 0, 110)            # translucent yellow over the sentence's lines
OUTLINE = (214, 39, 40, 255)              # and a red frame around them
MIN_MATCH = 12                            # letters and digits a partial match must cover


class SourceMissing(InputError):
    """The PDF a paper was read from is no longer where the store says, or its bytes changed."""

    hint = "run `anodekg doctor --sources DIR` to find where it moved (`--fix` re-reads it from there)"


@dataclass(frozen=True, slots=True)
class FigureSource:
    """Where one figure came from: its paper's PDF, the page, the sentence and the first line's box."""

    figure: str                 # the figure's IRI
    paper: str                  # paper id
    pdf: Path
    sha256: str
    page: int                   # 1-based
    bbox: BBox | None           # the sentence's first line, in points from the page's top-left corner
    sentence: str
    label: str                  # "Coulombic efficiency 98.5 % — Cu foam host"

    @property
    def short_id(self) -> str:
        return short_id(self.figure)


def short_id(iri: str) -> str:
    """A figure IRI → ``PAPER-ID/m/N``; anything else is returned as it is."""
    prefix = BASE + "paper/"
    if not iri.startswith(prefix) or "/m/" not in iri:
        return iri
    paper, _, number = iri[len(prefix):].rpartition("/m/")
    return f"{unquote(paper)}/m/{unquote(number)}"


def figure_iri(figure_id: str) -> str:
    """A figure's IRI from its IRI or its short id ``PAPER-ID/m/N``; QueryError for anything else."""
    given = figure_id.strip()
    if given.startswith(BASE):
        return given
    paper, sep, number = given.rpartition("/m/")
    if not sep or not paper or not number.isdigit():
        raise QueryError(f"{figure_id!r} is no figure id; give PAPER-ID/m/N (e.g. 10.1002/adv.201600445/m/12) "
                         "as `anodekg query measurements` prints it, or the figure's IRI")
    return f"{BASE}paper/{quote(paper, safe='')}/m/{number}"


LOCATE = """
PREFIX akg: <https://w3id.org/anodekg#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?paper ?path ?hash ?page ?bbox ?text ?propertyLabel ?value ?unit ?qualifier ?structure ?figure WHERE {
  ?figure a akg:Measurement ; akg:describedIn ?paperNode ; prov:wasDerivedFrom ?source ;
          akg:property ?property ; akg:value ?value ; akg:unit ?unit ; akg:qualifier ?qualifier ;
          akg:ofStructure/rdfs:label ?structure .
  ?paperNode akg:paperId ?paper ; akg:sourcePath ?path ; akg:sourceHash ?hash .
  ?source akg:page ?page ; akg:text ?text .
  OPTIONAL { ?source akg:bbox ?bbox . }
  OPTIONAL { ?property rdfs:label ?propertyLabel . }
} LIMIT 1
"""


def locate(store: GraphStore, figure_id: str) -> FigureSource:
    """Where the figure ``figure_id`` was read; QueryError when the store holds no such figure."""
    iri = figure_iri(figure_id)
    rows = store.query(LOCATE, {"figure": ox.NamedNode(iri)})
    if not isinstance(rows, Rows) or not rows.rows:
        raise QueryError(f"no figure {short_id(iri)!r} in the store; `anodekg query measurements` lists them")
    row = dict(zip(rows.variables, (t.value if t is not None else None for t in rows.rows[0]), strict=True))
    qualifier = "" if row["qualifier"] == "=" else f"{row['qualifier']} "
    label = f"{row['propertyLabel'] or ''} {qualifier}{float(row['value']):g} {row['unit']} — {row['structure']}"
    return FigureSource(iri, str(row["paper"]), Path(str(row["path"])), str(row["hash"]), int(row["page"]),
                        _bbox(row["bbox"]), str(row["text"]), label.strip())


def _bbox(text: str | None) -> BBox | None:
    try:
        x0, top, x1, bottom = (float(v) for v in str(text).split())
    except ValueError:
        return None
    return BBox(x0, top, x1, bottom)


def check_source(source: FigureSource) -> Path:
    """The figure's PDF, if it is still where the store says and unchanged; SourceMissing otherwise."""
    from pipeline.reader.pdf import sha256_of
    if not source.pdf.is_file():
        raise SourceMissing(f"the PDF of paper {source.paper} is no longer at {source.pdf}")
    if sha256_of(source.pdf) != source.sha256:
        raise SourceMissing(f"{source.pdf} changed since paper {source.paper} was read from it, so its pages "
                            "may no longer match the figures")
    return source.pdf


def _folded(text: str) -> tuple[str, list[int]]:
    """Only the letters and digits of ``text``, lower case and NFKC-folded (ligatures split), with the
    index in ``text`` each one came from: line breaks, hyphens and spaces never stop a match."""
    letters: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        for part in unicodedata.normalize("NFKC", char).lower():
            if part.isalnum():
                letters.append(part)
                origin.append(i)
    return "".join(letters), origin


def _find_span(page_text: str, sentence: str) -> tuple[int, int] | None:
    """Character range (start, end) of the sentence in the page's text, or of the part on this page."""
    hay, origin = _folded(page_text)
    needle, _ = _folded(sentence)
    if len(needle) < 4 or not hay:
        return None
    start = hay.find(needle)
    if start >= 0:
        return origin[start], origin[start + len(needle) - 1] + 1
    head, tail = needle[:40], needle[-40:]
    first = hay.find(head) if len(head) >= MIN_MATCH else -1
    last = hay.find(tail, max(first, 0)) if len(tail) >= MIN_MATCH else -1
    if first >= 0 and last >= 0 and last + len(tail) - first <= 2 * len(needle):
        return origin[first], origin[last + len(tail) - 1] + 1
    if first >= 0:                       # the sentence runs on to the next page
        return origin[first], origin[min(first + len(needle), len(origin)) - 1] + 1
    if last >= 0:                        # it began on the page before
        return origin[max(last + len(tail) - len(needle), 0)], origin[last + len(tail) - 1] + 1
    return None


def sentence_boxes(pdf: Path, page: int, sentence: str, fallback: BBox | None = None) -> list[BBox]:
    """The boxes of the sentence's lines on ``page`` (points, top-left origin), or ``[fallback]``."""
    import pypdfium2 as pdfium
    document = pdfium.PdfDocument(str(pdf))
    try:
        pdf_page = document[page - 1]
        height = pdf_page.get_height()
        text_page = pdf_page.get_textpage()
        span = _find_span(text_page.get_text_range(), sentence)
        boxes: list[BBox] = []
        if span is not None:
            for i in range(text_page.count_rects(span[0], span[1] - span[0])):
                left, bottom, right, top = text_page.get_rect(i)
                boxes.append(BBox(left, height - top, right, height - bottom))
        return _merge_lines(boxes) or ([fallback] if fallback else [])
    finally:
        document.close()


def _merge_lines(boxes: list[BBox]) -> list[BBox]:
    """pdfium gives a box per run of characters; runs that share a line (a superscript too) become one."""
    merged: list[BBox] = []
    for box in sorted(boxes, key=lambda b: (b.bottom, b.x0)):
        for i, line in enumerate(merged):
            overlap = min(line.bottom, box.bottom) - max(line.top, box.top)
            if overlap > 0.4 * min(line.height, box.height):
                merged[i] = line.union(box)
                break
        else:
            merged.append(box)
    return sorted(merged, key=lambda b: b.top)


def render_page(source: FigureSource, *, dpi: int = 110) -> bytes:
    """The figure's page as PNG bytes, its sentence's lines highlighted; SourceMissing if the PDF is gone."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    pdf = check_source(source)
    boxes = sentence_boxes(pdf, source.page, source.sentence, source.bbox)
    document = pdfium.PdfDocument(str(pdf))
    try:
        if not 1 <= source.page <= len(document):
            raise SourceMissing(f"{pdf} has no page {source.page}")
        scale = dpi / 72
        image = document[source.page - 1].render(scale=scale).to_pil().convert("RGBA")
    finally:
        document.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    pad = 1.5
    for box in boxes:
        rect = ((box.x0 - pad) * scale, (box.top - pad) * scale, (box.x1 + pad) * scale, (box.bottom + pad) * scale)
        draw.rectangle(rect, fill=HIGHLIGHT, outline=OUTLINE, width=2)
    buffer = io.BytesIO()
    Image.alpha_composite(image, overlay).convert("RGB").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def write_page(store: GraphStore, figure_id: str, out: Path, *, dpi: int = 110) -> tuple[FigureSource, Path]:
    """``render_page`` of the figure ``figure_id`` written to ``out`` (a .png file)."""
    out = Path(out)
    if out.suffix.lower() != ".png":
        raise InputError(f"{out}: the page is written as a .png image")
    source = locate(store, figure_id)
    data = render_page(source, dpi=dpi)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return source, out
