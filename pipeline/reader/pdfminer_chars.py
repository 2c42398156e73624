"""pdfplumber (pdfminer) as the char source: a page's chars, fonts, images and vector graphics.

Chars are read straight from pdfminer's layout objects (one walk, without pdfplumber's
``page.chars`` dicts), each with its glyph code and, where the font's glyph names disagree with its
ToUnicode map, what the names say. Each page is closed after use, because pdfplumber caches parsed
objects per page and memory would otherwise grow with the page count. pdfminer's own errors, and
what it raises beyond them on a damaged file, become the reader's InputErrors here.
"""

from __future__ import annotations

import struct
import unicodedata
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipeline.errors import BrokenPdf, EncryptedPdf, InputError, brief
from pipeline.reader.fonts import flips_glyphs, symbolic_and_mapped, with_builtin_encoding, with_file_widths
from pipeline.reader.pdf import PageObjects, page_of
from pipeline.records import Box, Char, FontFacts, PageChars


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
                    fonts[fontname] = symbolic_and_mapped(font)
                if getattr(font, "unicode_map", None) is not None:
                    named = getattr(font, "cid2unicode", {}).get(obj.cid, "")
                    if named == text or named.isspace():
                        # a space's name says no sign; and pdfium names so the spaces it left out, which
                        # glyph repair keeps (a font numbered anew may draw a letter with code 32)
                        named = ""
                top, bottom = height - obj.y1 + mb_top, height - obj.y0 + mb_top
                upright = obj.upright
                if not upright and flips_glyphs(font) and _upright_flipped(obj.matrix):
                    # pdfminer hung the box below the baseline through the upside-down text matrix; set
                    # upright from the font's descent as the page shows it (see fonts.FontMetrics)
                    em = bottom - top
                    bottom = height - obj.matrix[5] + mb_top + max(font.get_descent(), 0.0) * em
                    top, upright = bottom - em, True
                elif upright and (lift := _descent_above_baseline(font)):
                    top, bottom = top + lift * (bottom - top), bottom + lift * (bottom - top)
                x0, x1 = baseline_span(obj)
                chars.append(Char(text, x0 + mb_x0, x1 + mb_x0, top, bottom, obj.size, fontname,
                                  upright, obj.cid, named))
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


def baseline_span(char: LTChar) -> tuple[float, float]:
    """A char's left and right, from its advance along the baseline where its glyph is slanted (an oblique
    set by a shear in the text matrix: troff's Greek letters, a synthetic italic). The box of the slanted em
    square reaches a shear × size past the advance, more than a word space at a slant of 0.25, and the
    words of the slanted run, or the word after a slanted letter ("α = 0.4"), read as one. A glyph pdfminer
    found no advance for (a standard font's sign it reads by another name) keeps its box, the only width it has."""
    a, b, c, _, e, _ = char.matrix
    if char.upright and not b and c and char.adv:
        return (e, e + a * char.adv) if a > 0 else (e + a * char.adv, e)
    return char.x0, char.x1


def _upright_flipped(matrix) -> bool:
    """Whether a glyph of a font that flips its glyphs (``fonts.flips_glyphs``) stands upright through this
    text matrix: the matrix flips them back, and is otherwise unturned."""
    a, b, c, d = matrix[:4]
    return a * d < 0 and b == c == 0 and a > 0


def _descent_above_baseline(font) -> float:
    """A font's descent per point of size where it lies above the baseline, else 0: pdfminer takes a Type 3
    font's from the bottom of its FontBBox, which a bitmap font pdfTeX subsets to signs set high (a degree
    sign alone) puts above it, and hangs its boxes from there, a third of a line high. The box is set on
    the baseline instead, as the pdfium source sets it (``fonts.FontMetrics``)."""
    try:
        descent = font.get_descent()
    except Exception:  # noqa: BLE001 — a damaged font dictionary: keep pdfminer's box
        return 0.0
    return descent if isinstance(descent, int | float) and descent > 0 else 0.0


def _metadata(pdf: pdfplumber.PDF) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (pdf.metadata or {}).items():
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        out[str(key)] = str(value)
    return out


class MinerPages:
    """An open PDF read by pdfminer: its metadata and page count, and its pages one at a time."""

    def __init__(self, path: Path, password: str | None) -> None:
        self.path = path
        with _damaged_is_broken(path):
            self._pdf = pdfplumber.open(path, password=password or "")
            manager = self._pdf.rsrcmgr
            get_font = manager.get_font
            # a standard font's codes that Adobe's metrics do not list by their text keep the file's widths,
            # and the Symbol font its own encoding
            manager.get_font = lambda objid, spec: with_file_widths(with_builtin_encoding(get_font(objid, spec), spec),
                                                                    spec)
        try:
            with _damaged_is_broken(path):
                self.metadata = _metadata(self._pdf)
                self.page_count = len(self._pdf.pages)
        except BaseException:
            self.close()
            raise

    def __iter__(self) -> Iterator[PageChars]:
        """Each page's chars, closing every page after use. Only the parsing is guarded, not the
        caller's work on a page: a bug in our own layout code must crash as a bug, not pass for a
        damaged file."""
        with _damaged_is_broken(self.path):
            pages = self._pdf.pages
        for number, page in enumerate(pages, start=1):
            try:
                with _damaged_is_broken(self.path):
                    objects = page_objects(page)
                    width, height = float(page.width), float(page.height)
            finally:
                page.close()
            yield page_of(number, width, height, objects)

    def page_chars(self, number: int) -> tuple[Char, ...]:
        """The chars of page ``number`` (1-based), or none if it cannot be read: a second source's answer."""
        try:
            with _damaged_is_broken(self.path):
                page = self._pdf.pages[number - 1]
                try:
                    return tuple(page_objects(page).chars)
                finally:
                    page.close()
        except (InputError, IndexError):
            return ()

    def close(self) -> None:
        with suppress(Exception):       # closing re-reads a damaged page tree; what failed was said already
            self._pdf.close()
