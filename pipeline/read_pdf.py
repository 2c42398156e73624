"""Open a PDF with pdfplumber and hand on plain per-page word records; translate PDF errors.

This is the only module that touches pdfplumber. Each page is closed after use, because pdfplumber
caches parsed objects per page and memory would otherwise grow with the page count.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipeline.errors import BrokenPdf, EmptyFile, EncryptedPdf, InputError, NotAPdf, NoTextLayer, TooLarge


@dataclass(frozen=True, slots=True)
class Word:
    """A run of characters in one font, as pdfplumber groups them. Coordinates from the page's top left."""

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
        return "bold" in self.font.lower() or "black" in self.font.lower()

    @property
    def italic(self) -> bool:
        name = self.font.lower()
        return "italic" in name or "oblique" in name


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words of one page, and its size."""

    number: int          # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    image_count: int = 0


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
        kind = "an HTML page" if b"<html" in head.lower() or b"<!doctype" in head.lower() else "not a PDF"
        raise NotAPdf(f"{path}: {kind}, not a PDF")


def _translate(path: Path, exc: Exception) -> InputError:
    """Map pdfminer's errors (wrapped by pdfplumber in PdfminerException.args[0]) to ours."""
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return EncryptedPdf(f"{path}: encrypted, and the password is missing or wrong")
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPdf(f"{path}: encrypted with a scheme that cannot be opened ({cause})")
    if isinstance(cause, PDFSyntaxError | PSException):
        return BrokenPdf(f"{path}: damaged PDF ({cause})")
    return BrokenPdf(f"{path}: cannot be read ({type(cause).__name__}: {cause})")


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
    except (PdfminerException, PDFSyntaxError, PSException, PDFEncryptionError) as exc:
        raise _translate(path, exc) from exc
    except PARSER_FAILURES as exc:
        raise BrokenPdf(f"{path}: damaged PDF ({type(exc).__name__}: {exc})") from exc


def _words(page: pdfplumber.page.Page) -> tuple[Word, ...]:
    raw = page.extract_words(extra_attrs=["size", "fontname", "upright"], x_tolerance=1.5, y_tolerance=2,
                             keep_blank_chars=False, use_text_flow=False)
    return tuple(Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]),
                      round(float(w["size"]), 2), str(w["fontname"]), bool(w.get("upright", True)))
                 for w in raw)


def _open(path: Path, password: str | None):
    try:
        return pdfplumber.open(path, password=password or "")
    except PdfminerException as exc:
        raise _translate(path, exc) from exc
    except (PDFSyntaxError, PSException, PDFPasswordIncorrect) as exc:
        raise _translate(path, exc) from exc


def pdf_info(path: Path, password: str | None = None) -> PdfInfo:
    with _damaged_is_broken(path), _open(path, password) as pdf:
        try:
            meta = {str(k): str(v) for k, v in (pdf.metadata or {}).items()}
            return PdfInfo(page_count=len(pdf.pages), metadata=meta)
        except PdfminerException as exc:
            raise _translate(path, exc) from exc


def read_pages(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits()
               ) -> Iterator[PageWords]:
    """Yield each page's words, closing every page after use. Raises an InputError subclass."""
    check_file(path, limits)
    with _damaged_is_broken(path), _open(path, password) as pdf:
        try:
            pages = pdf.pages
        except PdfminerException as exc:
            raise _translate(path, exc) from exc
        if len(pages) > limits.max_pages:
            raise TooLarge(f"{path}: {len(pages)} pages is more than --max-pages {limits.max_pages}")
        for number, page in enumerate(pages, start=1):
            try:
                words = _words(page)
                images = len(page.images)
                yield PageWords(number, float(page.width), float(page.height), words, images)
            except PdfminerException as exc:
                raise _translate(path, exc) from exc
            finally:
                page.close()


def read_all_pages(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits()
                   ) -> list[PageWords]:
    """All pages of a PDF; refuses a file with no text layer rather than returning empty pages."""
    pages = list(read_pages(path, password, limits))
    if not any(p.words for p in pages):
        raise NoTextLayer(f"{path}: no text layer on any of its {len(pages) or 'unknown number of'} pages")
    return pages
