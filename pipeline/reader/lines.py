"""A PDF file → its lines in reading order: the part of the reading that needs the file.

pdf (the only I/O: each page's chars) → glyphs (repaired) → words → layout (lines in reading order,
running heads and folios tagged). ``document.finish_document`` makes the Document of the lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.read_options import DEFAULT_BACKEND, ReaderBackend
from pipeline.reader.glyphs import repair_chars
from pipeline.reader.layout import LayoutOptions, document_lines
from pipeline.reader.pdf import PdfInfo, ReadLimits, opened_pdf, sha256_of
from pipeline.reader.words import page_words
from pipeline.records import GlyphRepair, Line, PageWords


@dataclass(frozen=True, slots=True)
class PdfLines:
    """A PDF read as far as its lines in reading order: all of the reading that needs the file.
    ``finish_document`` makes the Document of it."""

    source: str
    sha256: str
    info: PdfInfo
    lines: tuple[Line, ...]
    repairs: tuple[GlyphRepair, ...]


def read_lines(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
               options: LayoutOptions = LayoutOptions(), backend: ReaderBackend = DEFAULT_BACKEND,
               seen: Callable[[PageWords], None] | None = None) -> PdfLines:
    """The file's pages → glyphs → words → lines. Raises an InputError subclass for files it cannot read.
    ``seen``: called with each page's words as soon as they are made."""
    path = Path(path)
    repairs: list[GlyphRepair] = []

    def repaired(page):
        page, changed = repair_chars(page, pages.second.page_chars, str(pages.second.backend), pages.shapes)
        repairs.extend(changed)
        words = page_words(page)
        if seen is not None:
            seen(words)
        return words

    with opened_pdf(path, password, limits, backend) as (info, pages):
        lines = document_lines((repaired(page) for page in pages), options)
    return PdfLines(str(path), sha256_of(path), info, tuple(lines), tuple(repairs))
