"""Open a PDF once and hand on each page's chars as plain records; translate PDF errors.

The reader's first stage, and the only module that touches pdfplumber (pdfminer) or pypdfium2.
Chars are read straight from pdfminer's layout objects (one walk, without pdfplumber's
``page.chars`` dicts), each with its glyph code and, where the font's glyph names disagree with its
ToUnicode map, what the names say. pypdfium2 is the second char source: glyph repair asks it, page
by page and only where pdfminer found no Unicode for a glyph. Each page is closed after use, because
pdfplumber caches parsed objects per page and memory would otherwise grow with the page count.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipeline.errors import (
    BrokenPdf,
    EmptyFile,
    EncryptedPdf,
    HtmlPage,
    InputError,
    NotAPdf,
    NoTextLayer,
    TooLarge,
    brief,
)
from pipeline.records import Box, Char, FontFacts, PageChars, ReadLimits

SYMBOLIC_FLAG = 4       # bit 3 of a font descriptor's Flags: the font has glyphs outside the Latin set
FIGURE_MIN_AREA = 0.02  # an image smaller than this share of the page is a logo or an icon
FIGURE_MAX_AREA = 0.8   # an image larger than this is a page background or a scan


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What the file says about itself before any page is read."""

    page_count: int
    metadata: dict[str, str]


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


def _translate(path: Path, exc: Exception) -> InputError:
    """Map pdfminer's errors (wrapped by pdfplumber in PdfminerException.args[0]) to ours."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return EncryptedPdf(f"{path}: encrypted, and the password is missing or wrong")
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPdf(f"{path}: encrypted with a scheme that cannot be opened ({brief(cause)})")
    if isinstance(cause, PDFSyntaxError | PSException):
        return BrokenPdf(f"{path}: damaged PDF ({brief(cause)})")
    return BrokenPdf(f"{path}: cannot be read ({brief(cause)})")


# What pdfminer and pdfplumber raise, beyond their own exception types, on a damaged file: a page
# without a MediaBox is a TypeError, a bad number a ValueError, a missing object a KeyError… Found by
# fuzzing (tests/fuzz); each means "damaged", so it becomes BrokenPdf like PDFSyntaxError does.
PARSER_FAILURES = (MalformedPDFException, TypeError, ValueError, KeyError, IndexError, AttributeError,
                   AssertionError, ArithmeticError, RecursionError, EOFError, NotImplementedError,
                   struct.error, zlib.error)


@contextmanager
def _damaged_is_broken(path: Path) -> Iterator[None]:
    """Around everything that parses the file: an unexpected parser failure is a BrokenPdf, not a crash."""
    try:
        yield
    except InputError:
        raise
    except (PdfminerException, PSException) as exc:          # PSException covers pdfminer's syntax,
        raise _translate(path, exc) from exc                  # encryption and password errors
    except PARSER_FAILURES as exc:
        raise BrokenPdf(f"{path}: damaged PDF ({brief(exc) or 'the parser gave up'})") from exc


class _CodeKeepingDevice(PDFPageAggregator):
    """pdfminer's layout device, keeping on each char the glyph code and the font it was drawn with,
    which pdfminer uses to find the text and then drops (pdfplumber tags its marked content the same way)."""

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:  # type: ignore[override]
        adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        item = self.cur_item._objs[-1]
        item.cid = cid
        item.pdffont = font
        return adv


@dataclass(frozen=True, slots=True)
class PageObjects:
    """What the reader needs of one page: its chars, the facts of their fonts, and the boxes of its
    images and of its vector graphics."""

    chars: list[Char]
    fonts: dict[str, FontFacts]
    images: list[Box]
    graphics: list[Box]


def _font_facts(font) -> FontFacts:
    flags = font.descriptor.get("Flags", 0) if isinstance(getattr(font, "descriptor", None), dict) else 0
    return FontFacts(symbolic=bool(isinstance(flags, int) and flags & SYMBOLIC_FLAG),
                     to_unicode=getattr(font, "unicode_map", None) is not None)


def _layout(page: pdfplumber.page.Page):
    """The page's pdfminer layout, made as ``page.layout`` makes it but with a device that keeps codes."""
    device = _CodeKeepingDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc
    return device.get_result()


def page_objects(page: pdfplumber.page.Page) -> PageObjects:
    """One walk over pdfminer's parsed layout of the page.

    ``page.chars`` turns every attribute of every object into plain values first (most of its cost);
    we read the few fields we use straight from pdfminer's objects, with the same coordinates
    pdfplumber would give (top-left origin, MediaBox offsets applied) and in the same order.
    """
    height = float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    norm = page.pdf.unicode_norm
    chars: list[Char] = []
    fonts: dict[str, FontFacts] = {}
    seen: dict[int, str] = {}                     # id of a pdfminer font → its name, once its facts are in
    images: list[Box] = []
    curves: list[Box] = []
    lines: list[Box] = []
    rects: list[Box] = []

    def box(obj) -> Box:
        return (obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top)

    def walk(objects) -> None:
        for obj in objects:
            if isinstance(obj, LTChar):
                text = obj.get_text()
                if norm is not None:
                    text = unicodedata.normalize(norm, text)
                fontname = obj.fontname
                if isinstance(fontname, bytes):
                    fontname = fontname.decode("latin-1")
                font = obj.pdffont
                named = ""
                if id(font) not in seen:
                    seen[id(font)] = fontname
                    fonts[fontname] = _font_facts(font)
                if getattr(font, "unicode_map", None) is not None:
                    named = getattr(font, "cid2unicode", {}).get(obj.cid, "")
                    if named == text:
                        named = ""
                chars.append(Char(text, obj.x0 + mb_x0, obj.x1 + mb_x0, height - obj.y1 + mb_top,
                                  height - obj.y0 + mb_top, obj.size, fontname, obj.upright, obj.cid, named))
            elif isinstance(obj, LTImage):
                images.append(box(obj))
            elif isinstance(obj, LTRect):
                rects.append(box(obj))
            elif isinstance(obj, LTLine):
                lines.append(box(obj))
            elif isinstance(obj, LTCurve):
                curves.append(box(obj))
            if isinstance(obj, LTContainer):
                walk(obj._objs)

    walk(_layout(page)._objs)
    return PageObjects(chars, fonts, images, curves + lines + rects)   # pdfplumber's order: curves, lines, rects


def _figures(objects: PageObjects, width: float, height: float) -> tuple[Box, ...]:
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
                and w * h >= FIGURE_MIN_AREA * width * height):           # a thin band is a header bar or rule
            out.append(box)
    return tuple(out)


# ------------------------------------------------------------------------------------------ opening

@contextmanager
def _opened(path: Path, password: str | None) -> Iterator[pdfplumber.PDF]:
    """The open PDF. Only the parsing is guarded (here and where pages are read), not the caller's
    block: a bug in our own layout code must crash as a bug, not pass for a damaged file."""
    with _damaged_is_broken(path):
        pdf = pdfplumber.open(path, password=password or "")
    try:
        yield pdf
    finally:
        with suppress(Exception):       # closing re-reads a damaged page tree; what failed was said already
            pdf.close()


def _metadata(pdf: pdfplumber.PDF) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (pdf.metadata or {}).items():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        out[str(key)] = str(value)
    return out


def _image_pages(path: Path, password: str | None) -> tuple[int, int, int]:
    """(pages, pages holding an image, pages that cannot be loaded) as pdfium counts them; pdfminer
    sees no pages in some scans."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError:
        return 0, 0, 0
    try:
        pages = len(document)
        with_images = damaged = 0
        for index in range(pages):
            try:
                page = document[index]
            except pdfium.PdfiumError:
                damaged += 1
                continue
            try:
                if any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects()):
                    with_images += 1
            finally:
                page.close()
        return pages, with_images, damaged
    finally:
        document.close()


def _no_text(path: Path, password: str | None, pdfminer_pages: int) -> InputError:
    """The error for a file where no page has text: scanned pages, damaged pages, or no pages at all."""
    pages, with_images, damaged = _image_pages(path, password)
    if damaged and damaged == pages:
        return BrokenPdf(f"{path}: none of its {pages} page(s) can be loaded")
    pages = max(pages, pdfminer_pages)
    if with_images:
        return NoTextLayer(f"{path}: no text layer ({pages} page(s), {with_images} with images only)")
    if pages:
        return NoTextLayer(f"{path}: no text on any of its {pages} page(s)")
    return BrokenPdf(f"{path}: no readable pages")


def iter_pages(pdf: pdfplumber.PDF, path: Path) -> Iterator[PageChars]:
    """Each page's chars, closing every page after use."""
    with _damaged_is_broken(path):
        pages = pdf.pages
    for number, page in enumerate(pages, start=1):
        try:
            with _damaged_is_broken(path):
                objects = page_objects(page)
                width, height = float(page.width), float(page.height)
            chars = PageChars(number, width, height, tuple(objects.chars), objects.fonts,
                              _figures(objects, width, height), _drawings(objects, width, height))
        finally:
            page.close()
        yield chars


class SecondSource:
    """pypdfium2's reading of the same file, opened on first use: a page's chars as pdfium maps them.

    pdfium reads fonts that pdfminer cannot map (a CFF program's own encoding, a symbol font's
    codes), so glyph repair asks it where pdfminer found no Unicode for a glyph. Coordinates are
    given as pdfplumber gives them; a rotated page is not compared (its boxes would not line up).
    """

    def __init__(self, path: Path, password: str | None) -> None:
        self._path, self._password = path, password
        self._document = None
        self.pages_read = 0

    def page_chars(self, number: int) -> tuple[Char, ...]:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_raw

        try:
            if self._document is None:
                self._document = pdfium.PdfDocument(str(self._path), password=self._password or None)
            page = self._document[number - 1]
        except (pdfium.PdfiumError, IndexError):
            return ()
        try:
            if page.get_rotation() % 360:
                return ()
            x0, y0, _, y1 = page.get_mediabox()
            height = y1 - y0
            textpage = page.get_textpage()
            handle = textpage.raw
            chars = []
            for index in range(textpage.count_chars()):
                if pdfium_raw.FPDFText_IsGenerated(handle, index):
                    continue                               # a space or line break pdfium inferred
                text = chr(pdfium_raw.FPDFText_GetUnicode(handle, index) or 0xFFFD)
                left, bottom, right, top = textpage.get_charbox(index, loose=True)
                chars.append(Char(text, left, right, height - (top - y0) + y0, height - (bottom - y0) + y0,
                                  top - bottom, ""))
            textpage.close()
            self.pages_read += 1
            return tuple(chars)
        finally:
            page.close()

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None


class _Pages:
    """The pages of an open PDF, read one at a time; remembers whether any page had text."""

    def __init__(self, pdf: pdfplumber.PDF, path: Path, password: str | None) -> None:
        self._pdf, self._path = pdf, path
        self.second = SecondSource(path, password)
        self.count = 0
        self.with_text = 0

    def __iter__(self) -> Iterator[PageChars]:
        for page in iter_pages(self._pdf, self._path):
            self.count += 1
            self.with_text += any(c.text.strip() for c in page.chars)
            yield page


@contextmanager
def opened_pdf(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits()
               ) -> Iterator[tuple[PdfInfo, _Pages]]:
    """Open ``path`` once and hand on its metadata and its pages, to be read one by one.

    Raises an InputError subclass for a file that is not a PDF, is empty, encrypted without the
    right password, damaged beyond what pdfminer repairs, or too large; and, once the pages are
    read, for one without a text layer (a scan, which must never pass as an empty paper).
    """
    path = Path(path)
    check_file(path, limits)
    with _opened(path, password) as pdf:
        with _damaged_is_broken(path):
            metadata = _metadata(pdf)
            count = len(pdf.pages)
        if count > limits.max_pages:
            raise TooLarge(f"{path}: {count} pages is more than --max-pages {limits.max_pages}")
        pages = _Pages(pdf, path, password)
        try:
            yield PdfInfo(count, metadata), pages
        finally:
            pages.second.close()
    if not pages.with_text:
        raise _no_text(path, password, pages.count)
