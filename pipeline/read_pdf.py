"""Open a PDF with pdfplumber once and hand on plain per-page word records; translate PDF errors.

This is the only module that touches pdfplumber. Words are built straight from ``page.chars`` (one
pass, no second sort as in ``extract_words``): a word ends at a space character, at a gap wider than
a tenth of the font size, or where the size or the line changes, so sub- and superscripts are
words of their own. Each page is closed after use, because pdfplumber caches parsed objects per
page and memory would otherwise grow with the page count.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
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

WORD_GAP = 0.1          # a gap wider than this share of the font size separates two words
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                           "\u00ad": "", "\u200b": "", "\u2010": "-", "\u2011": "-"})
UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[.,\-+]B(?:old)?$", re.IGNORECASE)
ITALIC_FONT = re.compile(r"italic|oblique|[.,\-+]I(?:t)?$", re.IGNORECASE)
SPACING_ACCENTS = {"˜": "\u0303", "´": "\u0301", "¨": "\u0308", "ˆ": "\u0302", "ˇ": "\u030c",
                   "¸": "\u0327", "˚": "\u030a", "¯": "\u0304", "˘": "\u0306", "˝": "\u030b"}
MATH_FONT = re.compile(r"\+AdvP|AdvMacMth|MathPi", re.IGNORECASE)
MATH_FONT_GLYPHS = {"ð": "(", "Þ": ")", "¼": "="}
FIGURE_MIN_AREA = 0.02  # an image smaller than this share of the page is a logo or an icon
FIGURE_MAX_AREA = 0.8   # an image larger than this is a page background or a scan


@dataclass(frozen=True, slots=True)
class Word:
    """A run of characters of one size on one line. Coordinates from the page's top left."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    upright: bool = True

    @property
    def bold(self) -> bool:
        return bool(BOLD_FONT.search(self.font))

    @property
    def italic(self) -> bool:
        return bool(ITALIC_FONT.search(self.font))


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words of one page, its size, and where its pictures are."""

    number: int          # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    figures: tuple[tuple[float, float, float, float], ...] = ()   # (x0, top, x1, bottom) of big images
    drawings: tuple[tuple[float, float, float, float], ...] = ()  # clusters of vector graphics (plots)


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """What the file says about itself before any page is read."""

    page_count: int
    metadata: dict[str, str]


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Guards against pathological files; the defaults suit journal papers and long reviews."""

    max_pages: int = 400
    max_bytes: int = 200 * 1024 * 1024


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


# ------------------------------------------------------------------------------------ chars → words

def _font_name(raw: str) -> str:
    """'ABCDEF+Times-Bold' → 'Times-Bold' (drop the subset tag)."""
    return raw.split("+", 1)[1] if len(raw) > 7 and raw[6] == "+" else raw


def words_from_chars(chars: Iterable[dict]) -> tuple[Word, ...]:
    """Group pdfplumber chars (in content-stream order) into words. Pure; one pass, kept tight
    because it runs once per character."""
    words: list[Word] = []
    append = words.append
    text: list[str] = []
    x0 = x1 = top = bottom = size = 0.0
    font = ""
    upright = True
    last_glyph, last_x0, last_top = "", 0.0, 0.0      # the previous char, to drop glyphs drawn twice
    for char in chars:
        glyph = char["text"]
        if not glyph.isascii():
            if "(cid:" in glyph:
                glyph = UNMAPPED_GLYPH.sub("", glyph)
            if not glyph or "\ue000" <= glyph[0] <= "\uf8ff":   # private use: pieces of big brackets
                continue
            glyph = glyph.translate(LIGATURES)
            if glyph in MATH_FONT_GLYPHS and MATH_FONT.search(char.get("fontname", "")):
                glyph = MATH_FONT_GLYPHS[glyph]             # Advent math fonts map "(" to "ð" and so on
            if glyph in SPACING_ACCENTS and text and char["x0"] < x1 - 0.3 and text[-1][-1:].isalpha():
                text[-1] += SPACING_ACCENTS[glyph]        # an accent drawn over the letter before it
                continue
        elif "(cid:" in glyph:
            glyph = UNMAPPED_GLYPH.sub("", glyph)
            if not glyph:
                continue
        if not glyph or glyph.isspace():
            if text:
                word = "".join(text)
                append(Word(word, x0, x1, top, bottom, round(size, 2), font, upright))
                text = []
            last_glyph = ""
            continue
        c_x0, c_top = char["x0"], char["top"]
        if glyph == last_glyph and -0.5 < last_x0 - c_x0 < 0.5 and -0.5 < last_top - c_top < 0.5:
            continue                                       # the same glyph drawn twice (fake bold)
        last_glyph, last_x0, last_top = glyph, c_x0, c_top
        c_x1, c_bottom, c_size, c_upright = char["x1"], char["bottom"], char["size"], char["upright"]
        if text:
            if c_upright and upright:
                gap = c_x0 - x1
                same = (-0.05 * size <= c_size - size <= 0.05 * size and -0.3 * size < c_top - top < 0.3 * size
                        and -0.5 * size < gap <= WORD_GAP * size)
            elif not c_upright and not upright:          # rotated text: sizes are not comparable
                gap = c_top - bottom if c_top - bottom > top - c_bottom else top - c_bottom
                width = x1 - x0 if x1 - x0 > 1.0 else 1.0
                same = gap <= 0.3 * width and -0.3 * width < c_x0 - x0 < 0.3 * width
            else:
                same = False
            if same:
                text.append(glyph)
                if c_x0 < x0:
                    x0 = c_x0
                if c_x1 > x1:
                    x1 = c_x1
                if c_top < top:
                    top = c_top
                if c_bottom > bottom:
                    bottom = c_bottom
                continue
            append(Word("".join(text), x0, x1, top, bottom, round(size, 2), font, upright))
        text = [glyph]
        x0, x1, top, bottom, size, upright = c_x0, c_x1, c_top, c_bottom, c_size, bool(c_upright)
        font = _font_name(char.get("fontname", ""))
    if text:
        append(Word("".join(text), x0, x1, top, bottom, round(size, 2), font, upright))
    return tuple(words)


@dataclass(frozen=True, slots=True)
class PageObjects:
    """What the reader needs of one page: its chars (as pdfplumber's char dicts, reduced to the keys
    we read), and the boxes of its images and of its vector graphics."""

    chars: list[dict]
    images: list[tuple[float, float, float, float]]
    graphics: list[tuple[float, float, float, float]]


def page_objects(page: pdfplumber.page.Page) -> PageObjects:
    """One walk over pdfplumber's parsed layout of the page.

    ``page.chars`` turns every attribute of every object into plain values first (most of its cost);
    we read the few fields we use straight from pdfplumber's own pdfminer objects, with the same
    coordinates it would give (top-left origin, MediaBox offsets applied) and in the same order.
    """
    height = float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    norm = page.pdf.unicode_norm
    chars: list[dict] = []
    images: list[tuple[float, float, float, float]] = []
    curves: list[tuple[float, float, float, float]] = []
    lines: list[tuple[float, float, float, float]] = []
    rects: list[tuple[float, float, float, float]] = []

    def box(obj) -> tuple[float, float, float, float]:
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
                chars.append({"text": text, "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0,
                              "top": height - obj.y1 + mb_top, "bottom": height - obj.y0 + mb_top,
                              "size": obj.size, "fontname": fontname, "upright": obj.upright})
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

    walk(page.layout._objs)
    return PageObjects(chars, images, curves + lines + rects)   # pdfplumber's order: curves, lines, rects


def _figures(objects: PageObjects, width: float, height: float) -> tuple[tuple[float, float, float, float], ...]:
    area = width * height or 1.0
    boxes = []
    for x0, top, x1, bottom in objects.images:
        share = (x1 - x0) * (bottom - top) / area
        if FIGURE_MIN_AREA <= share <= FIGURE_MAX_AREA:
            boxes.append((x0, top, x1, bottom))
    return tuple(boxes)


def _drawings(objects: PageObjects, width: float, height: float, cell: float = 8.0, min_objects: int = 12
              ) -> tuple[tuple[float, float, float, float], ...]:
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


def iter_pages(pdf: pdfplumber.PDF, path: Path) -> Iterator[PageWords]:
    """Each page's words, closing every page after use."""
    with _damaged_is_broken(path):
        pages = pdf.pages
    for number, page in enumerate(pages, start=1):
        try:
            with _damaged_is_broken(path):
                objects = page_objects(page)
                width, height = float(page.width), float(page.height)
            words = PageWords(number, width, height, words_from_chars(objects.chars),
                              _figures(objects, width, height), _drawings(objects, width, height))
        finally:
            page.close()
        yield words


class _Pages:
    """The pages of an open PDF, read one at a time; remembers whether any page had text."""

    def __init__(self, pdf: pdfplumber.PDF, path: Path) -> None:
        self._pdf, self._path = pdf, path
        self.count = 0
        self.with_text = 0

    def __iter__(self) -> Iterator[PageWords]:
        for page in iter_pages(self._pdf, self._path):
            self.count += 1
            self.with_text += bool(page.words)
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
        pages = _Pages(pdf, path)
        yield PdfInfo(count, metadata), pages
    if not pages.with_text:
        raise _no_text(path, password, pages.count)
