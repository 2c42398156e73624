"""Open a PDF once and hand on each page's chars as plain records, from either char source.

The reader's first stage. Two char sources give the same records (``Char`` with its box, font and
size; the page's fonts, pictures and plots): ``pdfminer_chars`` (pdfplumber's pdfminer, in Python)
and ``pdfium_chars`` (pypdfium2, pdfium's C library, several times faster). Each is the other's
second source for glyph repair, asked page by page and only where a glyph has no Unicode. These
three are the only modules that touch either library, and each loads its library only when used.
Here: the checks made before either parser sees a file, the choice of source, and the boxes of a
page's pictures and plots, which both sources hand over as raw object boxes.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pipeline.errors import (
    BrokenPdf,
    EmptyFile,
    HtmlPage,
    InputError,
    NotAPdf,
    NoTextLayer,
    TooLarge,
)
from pipeline.read_options import DEFAULT_BACKEND, ReaderBackend, ReadLimits
from pipeline.records import Box, Char, FontFacts, PageChars

PARSER_LOGGER = "pdfminer"          # the parser's warnings about the file, not about our code
FIGURE_MIN_AREA = 0.02  # an image smaller than this share of the page is a logo or an icon
INLINE_REACH = 1.5      # ems from a text glyph on its baseline within which a sign counts as set in its line
BASELINE_SLACK = 0.05   # ems two baselines may differ by and be one
FIGURE_MAX_AREA = 0.8   # an image larger than this is a page background or a scan


@contextmanager
def parser_warnings() -> Iterator[list[str]]:
    """Collect the PDF parser's warnings (undecodable streams, unparsable operators) while the body runs,
    instead of printing them: the caller counts them and reports them in one line."""
    caught: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            caught.append(record.getMessage())

    logger = logging.getLogger(PARSER_LOGGER)
    handler = Collect(logging.WARNING)
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)        # whatever the application set, warnings are what we count
    logger.propagate = False
    try:
        yield caught
    finally:
        logger.removeHandler(handler)
        logger.level, logger.propagate = saved


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What the file says about itself before any page is read."""

    page_count: int
    metadata: dict[str, str]


@dataclass(frozen=True, slots=True)
class PageObjects:
    """What a char source finds on one page: its chars, the facts of their fonts, and the boxes of
    its images and of its vector graphics (one box a subpath, as pdfminer makes them)."""

    chars: list[Char]
    fonts: dict[str, FontFacts]
    images: list[Box]
    graphics: list[Box]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_file(path: Path, limits: ReadLimits = ReadLimits()) -> None:
    """Refuse what is plainly not a readable PDF before pdfminer sees it."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a PDF")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(f"{path}: zero-byte file")
    if size > limits.max_bytes:
        raise TooLarge(f"{path}: {size} bytes is more than --max-bytes {limits.max_bytes}")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        lowered = head.lower()
        if b"<html" in lowered or b"<!doctype" in lowered:
            raise HtmlPage(f"{path}: an HTML page, not a PDF")
        kind = _what_it_is(head)
        detail = "" if kind != UNKNOWN else " (no %PDF- header in its first kilobyte)"
        raise NotAPdf(f"{path}: {kind}, not a PDF{detail}")


# how other files a user may mistake for a paper begin
SIGNATURES = ((b"PK\x03\x04", "a ZIP archive (a .docx, .epub or .zip)"), (b"\x89PNG", "a PNG image"),
              (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"{\\rtf", "an RTF document"),
              (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"), (b"\x1f\x8b", "a gzip archive"))


UNKNOWN = "unrecognised bytes"


def _what_it_is(head: bytes) -> str:
    """What the first kilobyte of a file that is not a PDF says it is, in a few words."""
    for magic, kind in SIGNATURES:
        if head.startswith(magic):
            return kind
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = "\0"
    if all(c.isprintable() or c in "\r\n\t" for c in text):
        return "a text file"
    return UNKNOWN


def _figures(objects: PageObjects, width: float, height: float) -> tuple[Box, ...]:
    """The big images: photographs and raster plots, whose labels are not body text."""
    area = width * height or 1.0
    boxes = []
    for x0, top, x1, bottom in objects.images:
        share = (x1 - x0) * (bottom - top) / area
        if FIGURE_MIN_AREA <= share <= FIGURE_MAX_AREA:
            boxes.append((x0, top, x1, bottom))
    return tuple(boxes)


def _drawings(objects: PageObjects, width: float, height: float, cell: float = 8.0, min_objects: int = 12
              ) -> tuple[Box, ...]:
    """Boxes around clusters of vector graphics (the axes, curves and ticks of a plot).

    Objects are marked on a coarse grid; connected cells form a cluster. Big frames and background
    boxes (over a quarter of the page) and sparse clusters (a rule, an icon) are left out.
    """
    if len(objects.graphics) < min_objects:
        return ()
    # every object on a cell counts: the markers inside a plot's frame share the frame's cells
    cells: dict[tuple[int, int], list[int]] = {}
    for index, (x0, top, x1, bottom) in enumerate(objects.graphics):
        if (x1 - x0) * (bottom - top) > 0.25 * width * height:
            continue
        for cx in range(int(x0 // cell), int(x1 // cell) + 1):
            for cy in range(int(top // cell), int(bottom // cell) + 1):
                cells.setdefault((cx, cy), []).append(index)
    seen: set[tuple[int, int]] = set()
    out = []
    for start in cells:
        if start in seen:
            continue
        stack, members = [start], set()
        seen.add(start)
        x_lo = y_lo = float("inf")
        x_hi = y_hi = float("-inf")
        while stack:
            cx, cy = stack.pop()
            members.update(cells[(cx, cy)])
            x_lo, x_hi, y_lo, y_hi = min(x_lo, cx), max(x_hi, cx), min(y_lo, cy), max(y_hi, cy)
            for nxt in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                if nxt in cells and nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        box = (x_lo * cell, y_lo * cell, (x_hi + 1) * cell, (y_hi + 1) * cell)
        w, h = box[2] - box[0], box[3] - box[1]
        if (len(members) >= min_objects and w >= 40 and h >= 40 and max(w, h) <= 5 * min(w, h)
                and w * h >= FIGURE_MIN_AREA * width * height              # a thin band is a header bar or rule
                and not _ruled_grid([objects.graphics[k] for k in members])):
            out.append(box)
    return tuple(out)


def _ruled_grid(members: Sequence[Box], thickness: float = 2.0, reach: float = 8.0) -> bool:
    """A cluster of nothing but long level and upright rules is a table's cell borders, not a plot: a plot
    draws curves, marks or bars (boxes thick both ways) and ticks shorter than a line of text."""
    return all(min(b[2] - b[0], b[3] - b[1]) <= thickness and max(b[2] - b[0], b[3] - b[1]) >= reach
               for b in members)


def _plot_frames(objects: PageObjects, width: float, height: float, thickness: float = 2.0,
                 ink: float = 0.15) -> tuple[Box, ...]:
    """The frames of sparse plots: a drawn box holding a curve and little text. A browser draws a plot's
    frame and ticks as one path and its curve as another, too few objects for ``_drawings`` to call it a
    plot, so its tick numbers, axis titles and legend read as short paragraphs of the body.

    A curve is a graphic inside the frame that is no rule (thick both ways) and does not run from side to
    side of it as a sidebar's shaded title bar does; a frame whose glyphs cover more than ``ink`` of it
    holds prose (a boxed sidebar, a table), whatever else is drawn in it.
    """
    boxes = objects.graphics
    out: list[Box] = []
    for frame in boxes:
        x0, top, x1, bottom = frame
        w, h = x1 - x0, bottom - top
        if not (w >= 40 and h >= 40 and max(w, h) <= 5 * min(w, h) and w * h <= 0.25 * width * height):
            continue
        if not any(_is_curve_in(b, frame, thickness) for b in boxes if b is not frame):
            continue
        inside = [c for c in objects.chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]
        covered = sum((c.x1 - c.x0) * (c.bottom - c.top) for c in inside)
        if covered <= ink * w * h and not _holds_a_phrase(inside) and frame not in out:
            out.append(frame)
    return tuple(out)


PHRASE_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")
PHRASE_WORDS = 4      # lowercase words on one line: a sentence's run, where a plot's labels are names and numbers


def _holds_a_phrase(chars: Sequence[Char]) -> bool:
    """Whether a line of ``chars`` reads as running words (a key-points box's "A scaffold holds the metal"),
    not as a plot's labels ("Cycle number", "2 mA cm−2", "Bare foil"), however sparse the box."""
    lines: dict[int, list[Char]] = defaultdict(list)
    for c in chars:
        lines[round(c.bottom)].append(c)
    for line in lines.values():
        line.sort(key=lambda c: c.x0)
        text = "".join((" " if b.x0 - a.x1 > 0.15 * b.size else "") + b.text for a, b in zip(line[:1] + line[:-1], line, strict=True))
        if len(PHRASE_WORD.findall(text)) >= PHRASE_WORDS:
            return True
    return False


def _is_curve_in(box: Box, frame: Box, thickness: float, flush: float = 2.0) -> bool:
    """``box`` drawn inside ``frame`` (its middle within), thick both ways, neither a copy of the frame nor
    a bar across its whole width."""
    x0, top, x1, bottom = box
    if min(x1 - x0, bottom - top) <= thickness:
        return False
    if not (frame[0] < (x0 + x1) / 2 < frame[2] and frame[1] < (top + bottom) / 2 < frame[3]):
        return False
    return not (abs(x0 - frame[0]) <= flush and abs(x1 - frame[2]) <= flush)


def page_of(number: int, width: float, height: float, objects: PageObjects) -> PageChars:
    """One page's record, from what a char source found on it."""
    return PageChars(number, width, height, _on_the_text_baseline(objects.chars, objects.fonts), objects.fonts,
                     _figures(objects, width, height), _drawings(objects, width, height)
                     + _plot_frames(objects, width, height), _rules(objects, width))


def _on_the_text_baseline(chars: Sequence[Char], fonts: Mapping[str, FontFacts]) -> tuple[Char, ...]:
    """The chars, a sign of a font that says it reaches nothing below the baseline (descent 0) hung as the
    running text beside it hangs: a box runs from its font's descent up one em, so such a font's boxes stood
    higher on the line by the text font's descent. Ghostscript's pdfwrite writes a subset's bounding box as
    its metrics: the math font that holds only ±, ≈ and × (all on the baseline) gets descent 0, and beside a
    text font whose descent is 0.4 em its signs rose into a row of their own, out of their sentence ("86 1
    µm"). Only a sign that stands on the baseline of a text glyph near it (within ``INLINE_REACH`` ems) moves:
    a folio set alone in such a font stays where it stood. A Type 3 font is left as it is hung (its own
    bitmaps, see ``fonts.FontMetrics``)."""
    flat = {name for name, facts in fonts.items() if facts.descent == 0.0 and not facts.drawn}
    if not flat:
        return tuple(chars)
    counts = Counter(c.font for c in chars if c.font not in flat and c.text.strip())
    text = next((name for name, _ in counts.most_common(1)), None)
    descent = fonts[text].descent if text in fonts else None
    if not descent:
        return tuple(chars)
    baselines: dict[int, list[Char]] = defaultdict(list)     # the text font's glyphs by their baseline, to the point
    for c in chars:
        if c.font == text and c.upright:
            baselines[round(c.bottom + descent * c.size)].append(c)

    def inline(c: Char) -> bool:
        reach = INLINE_REACH * c.size
        return any(abs(t.bottom + descent * t.size - c.bottom) <= BASELINE_SLACK * c.size
                   and t.x0 - reach <= c.x0 and c.x1 <= t.x1 + reach
                   for k in (-1, 0, 1) for t in baselines.get(round(c.bottom) + k, ()))

    return tuple(c._replace(top=c.top - descent * c.size, bottom=c.bottom - descent * c.size)
                 if c.font in flat and c.upright and inline(c) else c for c in chars)


def _rules(objects: PageObjects, width: float, thickness: float = 2.0, share: float = 0.08) -> tuple[Box, ...]:
    """Thin horizontal lines a tenth of the page wide or so: the rules above, inside and below a table."""
    return tuple(box for box in objects.graphics if box[3] - box[1] <= thickness and box[2] - box[0] >= share * width)


# ------------------------------------------------------------------------------------------ opening

class Source(Protocol):
    """An open PDF as one char source reads it."""

    metadata: dict[str, str]
    page_count: int

    def __iter__(self) -> Iterator[PageChars]: ...
    def page_chars(self, number: int) -> Sequence[Char]: ...
    def close(self) -> None: ...


def _open(backend: ReaderBackend, path: Path, password: str | None) -> Source:
    if backend == ReaderBackend.PDFIUM:
        from pipeline.reader.pdfium_chars import PdfiumPages
        return PdfiumPages(path, password)
    from pipeline.reader.pdfminer_import import import_pdfminer
    import_pdfminer()               # before pdfplumber imports it
    from pipeline.reader.pdfminer_chars import MinerPages
    return MinerPages(path, password)


class SecondSource:
    """The other char source, opened on first use: glyph repair asks it for a page's chars only where
    a glyph has no Unicode in the first. A file the second source cannot open has no second reading."""

    def __init__(self, backend: ReaderBackend, path: Path, password: str | None) -> None:
        self.backend, self._path, self._password = backend, path, password
        self._source: Source | None = None
        self._failed = False
        self.pages_read = 0

    def page_chars(self, number: int) -> Sequence[Char]:
        if self._source is None and not self._failed:
            try:
                self._source = _open(self.backend, self._path, self._password)
            except InputError:
                self._failed = True
        if self._source is None:
            return ()
        self.pages_read += 1
        return self._source.page_chars(number)

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None


class GlyphShapes:
    """The shapes of a page's glyphs, drawn by pdfium (``shapes.PdfiumShapes``), for glyph repair to
    read a font whose text says nothing; pdfium, numpy and the reference glyphs load on first use."""

    def __init__(self, path: Path, password: str | None) -> None:
        self._path, self._password = path, password
        self._reader = None

    def __call__(self, number: int, fonts: frozenset[str]) -> dict:
        if self._reader is None:
            from pipeline.reader.shapes import PdfiumShapes
            self._reader = PdfiumShapes(self._path, self._password)
        return self._reader(number, fonts)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


class _Pages:
    """The pages of an open PDF, read one at a time; remembers whether any page had text."""

    def __init__(self, source: Source, second: SecondSource, shapes: GlyphShapes) -> None:
        self._source = source
        self.second = second
        self.shapes = shapes
        self.count = 0
        self.with_text = 0

    def __iter__(self) -> Iterator[PageChars]:
        for page in self._source:
            self.count += 1
            self.with_text += any(c.text.strip() for c in page.chars)
            yield page


OTHER = {ReaderBackend.PDFMINER: ReaderBackend.PDFIUM, ReaderBackend.PDFIUM: ReaderBackend.PDFMINER}


@contextmanager
def opened_pdf(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
               backend: ReaderBackend = DEFAULT_BACKEND) -> Iterator[tuple[PdfInfo, _Pages]]:
    """Open ``path`` once and hand on its metadata and its pages, to be read one by one by ``backend``.

    Raises an InputError subclass for a file that is not a PDF, is empty, encrypted without the
    right password, damaged beyond what the parser repairs, or too large; and, once the pages are
    read, for one without a text layer (a scan, which must never pass as an empty paper).
    """
    path = Path(path)
    check_file(path, limits)
    source = _open(backend, path, password)
    second = SecondSource(OTHER[backend], path, password)
    pages = _Pages(source, second, GlyphShapes(path, password))
    try:
        if source.page_count > limits.max_pages:
            raise TooLarge(f"{path}: {source.page_count} pages is more than --max-pages {limits.max_pages}")
        yield PdfInfo(source.page_count, source.metadata), pages
    finally:
        pages.shapes.close()
        second.close()
        source.close()
    if not pages.with_text:
        raise _no_text(path, password, pages.count)


def _no_text(path: Path, password: str | None, pages_seen: int) -> InputError:
    """The error for a file where no page has text: scanned pages, damaged pages, or no pages at all."""
    from pipeline.reader.pdfium_chars import image_pages
    pages, with_images, damaged = image_pages(path, password)
    if damaged and damaged == pages:
        return BrokenPdf(f"{path}: none of its {pages} page(s) can be loaded")
    pages = max(pages, pages_seen)
    if with_images:
        return NoTextLayer(f"{path}: no text layer ({pages} page(s), {with_images} with images only)")
    if pages:
        return NoTextLayer(f"{path}: no text on any of its {pages} page(s)")
    return BrokenPdf(f"{path}: no readable pages")
