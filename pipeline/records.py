"""Plain, frozen records handed from one pipeline stage to the next.

Every stage takes and returns these; provenance (page, bounding box, sentence) travels with them.
Change a record with ``dataclasses.replace`` (``Char`` and ``Word``, named tuples, with ``_replace``).
Nothing here does I/O. The records extraction makes (quantities, structures, measurements, a paper's names
and arms) are defined in ``pipeline.extraction_records`` and named here as well (see the end).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache, partial
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:                 # the extraction's records, as type checkers see them (see the end)
    from pipeline.extraction_records import Arm as Arm
    from pipeline.extraction_records import ArmMention as ArmMention
    from pipeline.extraction_records import Classification as Classification
    from pipeline.extraction_records import Extraction as Extraction
    from pipeline.extraction_records import Measurement as Measurement
    from pipeline.extraction_records import Name as Name
    from pipeline.extraction_records import NameKind as NameKind
    from pipeline.extraction_records import PaperArms as PaperArms
    from pipeline.extraction_records import Quantity as Quantity
    from pipeline.extraction_records import Role as Role
    from pipeline.extraction_records import Structure as Structure


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle in PDF points, measured from the top-left corner of its page (as pdfplumber does)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: BBox) -> BBox:
        return BBox(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                    max(self.bottom, other.bottom))

    def __str__(self) -> str:
        return f"{self.x0:.1f} {self.top:.1f} {self.x1:.1f} {self.bottom:.1f}"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _fields_reduced(self)


Box = tuple[float, float, float, float]          # (x0, top, x1, bottom) in page points


class Char(NamedTuple):
    """One glyph as a PDF draws it, with the text its font maps it to. Coordinates from the page's top left.

    ``code`` is the glyph's code in its font and ``named`` what the font's glyph names (its encoding)
    say the glyph is, where that differs from the ToUnicode map that gave ``text``; glyph repair
    weighs the two.

    Immutable like every record here, but a named tuple rather than a frozen dataclass (change one
    with ``_replace``): the reader makes one for every glyph of a paper (64,000 in the sample review),
    and a frozen dataclass takes four times as long to make, 60 ms of the reading in all. ``Word``
    likewise.
    """

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str                         # as the PDF names it, subset tag included
    upright: bool = True
    code: int = -1
    named: str = ""


# Char(...) runs the named tuple's __new__, a Python function made for it; the reader's loops make one record a
# glyph (a word) with these, which go straight to tuple.__new__ in C, three times as fast: every field given,
# in order, as one tuple
make_char = partial(tuple.__new__, Char)


@dataclass(frozen=True, slots=True)
class FontFacts:
    """What a page's font says about how far its text can be trusted."""

    symbolic: bool = False            # the font descriptor's Symbolic flag: glyphs outside the Latin set
    to_unicode: bool = True           # the font carries a ToUnicode map
    guessed: bool = False             # the char source read its text by guesswork (pdfminer: a symbolic
                                      # font without a map, through the standard encoding)
    drawn: bool = False               # a Type 3 font: its glyphs are drawings (pdfTeX's bitmaps) whose names
                                      # (a61, a87) say nothing, so without a map its text is its bare codes
    descent: float | None = None      # per point of size, negative or 0, as its chars' boxes hang below the
                                      # baseline (None: not known)


@dataclass(frozen=True, slots=True)
class PageChars:
    """The chars of one page in content-stream order, its size, its fonts and where its pictures are."""

    number: int                       # 1-based
    width: float
    height: float
    chars: tuple[Char, ...]
    fonts: dict[str, FontFacts] = field(default_factory=dict)
    figures: tuple[Box, ...] = ()     # big images
    drawings: tuple[Box, ...] = ()    # clusters of vector graphics (plots)
    rules: tuple[Box, ...] = ()       # thin horizontal lines (a table's rules)


@dataclass(frozen=True, slots=True)
class GlyphRepair:
    """One glyph whose text the reader changed, and why: shown by ``anodekg read --format json``."""

    page: int
    bbox: BBox
    before: str
    after: str
    reason: str


# What a producer appends to a font's own name: a composite font's CMap ("…-Identity-H", as XeTeX and typst
# name it) and the slice of a large font's codes a typesetter embeds as a font of its own ("…+20", "…+fb": one
# font for each block of 256 code points). Left on, they hid the style at the name's end ("….I+03").
APPENDED = re.compile(r"(?:-(?:Identity|Uni[A-Za-z]+-[A-Za-z0-9]+)-[HV]|\+[0-9A-Fa-f]{2})+$")
# a PostScript name is its family, then its style after a separator ("Times-BoldItalic", "Arial,Bold" in
# Windows TrueType names, "….BI" in one typesetter's); the style's words run together ("SemiboldIt", "MediItal")
STYLE_PART = re.compile(r"[-,.]([^-,.]*)")
STYLE_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# the words of a weight past regular and of a slanted shape; "Medi" is the URW fonts' bold (NimbusRomNo9L-Medi),
# not "Medium"; a bare code of capitals ("B", "I", "BI") spells bold and italic by their first letters
BOLD_WORDS = frozenset({"bold", "semibold", "demibold", "extrabold", "ultrabold", "black", "heavy", "demi", "medi", "bd",
                        "blk", "hv", "hvy"})
ITALIC_WORDS = frozenset({"italic", "ital", "it", "oblique", "obl", "slanted", "kursiv", "inclined"})
STYLE_CODE = re.compile(r"[BI]{1,2}")
# a name with no separator keeps its style as a code of capitals closing the family's name: Linux Libertine's
# and Biolinum's OpenType and Type 1 names put their O or T before it ("LinLibertineOB", "…TBI", "…OI"), and
# TeX's font file names (Karl Berry's scheme) put theirs between the family and the design size ("CMBX10",
# "SFTI1000", "CMBXTI10")
COMPACT_CODE = re.compile(r"(?<=[a-z])[OT]([BI]{1,2})$")
TEX_NAME = re.compile(r"([A-Z]{2})([A-Z]+)\d+")
TEX_BOLD = re.compile(r"BX|^B(?:$|TI|SL|I$)")      # not the blackboard bold of a math font's "BM"
TEX_ITALIC = re.compile(r"TI|SL|IT$")


class Word(NamedTuple):
    """A run of characters of one size on one line. Coordinates from the page's top left. A named tuple,
    as ``Char`` is, for the same reason."""

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
        return font_style(self.font)[0]

    @property
    def italic(self) -> bool:
        return font_style(self.font)[1]


make_word = partial(tuple.__new__, Word)      # as make_char


@lru_cache(maxsize=4096)
def font_style(font: str) -> tuple[bool, bool]:
    """(bold, italic) as a font's name says them, by the words of its style, not by any one letter of the
    name: asked for every word of a page, which has a few fonts (and a process reads a few thousand at most)."""
    name = APPENDED.sub("", font)
    if parts := STYLE_PART.findall(name[1:]):
        words = [w for part in parts for w in STYLE_WORD.findall(part)]
        codes = [w for w in words if STYLE_CODE.fullmatch(w)]
        return _says(words, BOLD_WORDS) or any("B" in c for c in codes), \
            _says(words, ITALIC_WORDS) or any("I" in c for c in codes)
    run_together = STYLE_WORD.findall(name)[1:]          # "ArialBold": the style's words after the family's first
    if _says(run_together, BOLD_WORDS) or _says(run_together, ITALIC_WORDS):
        return _says(run_together, BOLD_WORDS), _says(run_together, ITALIC_WORDS)
    if compact := COMPACT_CODE.search(name):
        return "B" in compact.group(1), "I" in compact.group(1)
    if tex := TEX_NAME.fullmatch(name):
        return bool(TEX_BOLD.search(tex.group(2))), bool(TEX_ITALIC.search(tex.group(2)))
    return False, False


def _says(words: list[str], style: frozenset[str]) -> bool:
    return any(w.lower() in style for w in words)


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words of one page, its size, and where its pictures are."""

    number: int          # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    figures: tuple[Box, ...] = ()     # big images
    drawings: tuple[Box, ...] = ()    # clusters of vector graphics (plots)
    rules: tuple[Box, ...] = ()       # thin horizontal lines (a table's rules)


class BlockKind(StrEnum):
    """What a block of text is. Only BODY, HEADING and CAPTION text feeds extraction."""

    TITLE = "title"
    AUTHORS = "authors"
    ABSTRACT = "abstract"
    HEADING = "heading"
    BODY = "body"
    CAPTION = "caption"
    EQUATION = "equation"
    TABLE = "table"
    REFERENCES = "references"
    HEADER = "header"            # running header repeated across pages
    FOOTER = "footer"            # running footer or page number
    STAMP = "stamp"              # publisher side stamp ("Downloaded from ... on ...")
    AFFILIATION = "affiliation"  # author addresses, e-mails, licence lines
    BIOGRAPHY = "biography"
    OTHER = "other"


NOISE_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER, BlockKind.STAMP, BlockKind.AFFILIATION,
                         BlockKind.BIOGRAPHY, BlockKind.OTHER})


@dataclass(frozen=True, slots=True)
class CitationMarker:
    """A citation marker found in running text, such as ``[12–15]`` or a superscript ``16,17``.

    ``start`` is the character offset, in the clean text of the block or sentence that holds it,
    where the marker stood; the marker itself has been removed from that text.
    """

    numbers: tuple[int, ...]
    start: int
    raw: str = ""

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _fields_reduced(self)


FULL = -1            # column key of a line that spans the page (or its region)


def _fields_reduced(record: object) -> tuple[type, tuple[object, ...]]:
    """A record pickled as its class and its fields' values, in order (each field is an argument of
    its ``__init__``). A file's Document crosses from the reading child to the ingest in a pickle, on
    the path the ingest waits for; the state functions a slots dataclass is given look its fields up
    anew for every object (24 ms for the sample review's lines both ways, against 13 ms so). Each record
    a Document holds many of (its blocks, their line spans and boxes, its references) is pickled so: the
    sample paper's Document both ways in 11 ms, against 14 ms."""
    return type(record), _field_values(type(record))(record)


@cache
def _field_values(record_type: type) -> Callable[[object], tuple[object, ...]]:
    """A function of a record to its fields' values, in order (one C call for all of them)."""
    names = record_type.__slots__
    return attrgetter(*names) if len(names) > 1 else lambda record: (getattr(record, names[0]),)


@dataclass(frozen=True, slots=True)
class Line:
    """A line of text in one column of one page, with its citation markers."""

    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float                       # dominant font size
    bold: bool
    italic: bool
    text: str
    citations: tuple[CitationMarker, ...] = ()
    column: int = FULL                # key of the column (unique on its page); FULL spans its region
    kind: BlockKind | None = None     # set for header/footer/stamp/figure lines
    bold_head: bool = False           # its first word is bold ("Figure 3." in a caption)
    font: str = ""                    # dominant font name
    column_x0: float = 0.0            # left edge of the column the line sits in
    column_x1: float = 0.0            # right edge of that column
    # stretches of the text read from boxes of their own, (start, end, box): a table's rows, each where it
    # stands on the page as printed (upright or not), so a row's figures point at the row
    parts: tuple[tuple[int, int, BBox], ...] = ()

    @property
    def bbox(self) -> BBox:
        return BBox(self.x0, self.top, self.x1, self.bottom)

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _fields_reduced(self)


@dataclass(frozen=True, slots=True)
class LineSpan:
    """Where a stretch of a block's text sits on the page: text[start:end] was read from bbox."""

    start: int
    end: int
    page: int
    bbox: BBox

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _fields_reduced(self)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading, caption or other unit of text, in reading order.

    ``text`` is clean: lines joined, hyphenation repaired, sub- and superscripts inlined, citation
    markers removed (they are in ``citations``). A paragraph broken by a column, page or figure is
    one block; ``lines`` tells which page each stretch came from.
    """

    kind: BlockKind
    text: str
    page: int                                   # 1-based page where the block starts
    bbox: BBox                                  # bbox of its first line's column on that page
    order: int                                  # index in the document's reading order
    section: tuple[str, ...] = ()               # heading path, outermost first
    citations: tuple[CitationMarker, ...] = ()
    lines: tuple[LineSpan, ...] = ()
    level: int = 0                              # heading depth for HEADING blocks (1 for "2.", 2 for "2.1.")

    def page_at(self, offset: int) -> tuple[int, BBox]:
        """Page and line bbox of the character at ``offset`` of ``text``."""
        for span in self.lines:
            if span.start <= offset < span.end:
                return span.page, span.bbox
        if self.lines:
            last = self.lines[-1]
            return last.page, last.bbox
        return self.page, self.bbox

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _fields_reduced(self)


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of a paper's reference list, parsed into fields. Empty strings mean 'not found'."""

    number: int
    raw: str
    authors: tuple[str, ...] = ()               # "A. B. Surname", in printed order
    title: str = ""
    journal: str = ""
    year: int | None = None
    volume: str = ""
    pages: str = ""
    doi: str = ""
    part: str = ""                              # "a", "b"… for one of several works printed under one number

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return _fields_reduced(self)


@dataclass(frozen=True, slots=True)
class PaperMeta:
    """Bibliographic facts about the ingested paper itself."""

    title: str = ""
    authors: tuple[str, ...] = ()
    journal: str = ""
    year: int | None = None
    volume: str = ""
    pages: str = ""
    doi: str = ""
    is_review: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """What the reader hands on: metadata, blocks in reading order and the parsed reference list."""

    doc_id: str                                 # DOI when known, else "sha256:<first 16 hex>"
    source: str                                 # file path as given
    sha256: str
    page_count: int
    meta: PaperMeta
    blocks: tuple[Block, ...]
    references: tuple[Reference, ...] = ()
    unresolved_citations: tuple[int, ...] = ()  # marker numbers with no reference entry
    repairs: tuple[GlyphRepair, ...] = ()       # glyphs whose text the reader corrected

    @property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind not in NOISE_KINDS)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paper, with where it came from."""

    doc_id: str
    index: int                                  # position in the paper's reading order, from 0
    text: str                                   # clean text, citation markers removed
    page: int                                   # 1-based
    bbox: BBox
    block: int                                  # Block.order of the paragraph that holds it
    kind: BlockKind = BlockKind.BODY
    section: tuple[str, ...] = ()
    citations: tuple[CitationMarker, ...] = ()  # offsets relative to ``text``

    @property
    def cited_numbers(self) -> tuple[int, ...]:
        return tuple(n for marker in self.citations for n in marker.numbers)


# the extraction's records live in pipeline.extraction_records (the reading makes none of them), and are named
# here too, loaded at their first use: ``from pipeline.records import Measurement`` works in every stage
EXTRACTION_RECORDS = frozenset(("Quantity", "Classification", "Structure", "Measurement", "Extraction", "NameKind",
                                "Name", "Role", "Arm", "ArmMention", "PaperArms"))


def __getattr__(name: str) -> object:
    if name in EXTRACTION_RECORDS:
        from pipeline import extraction_records
        return getattr(extraction_records, name)
    raise AttributeError(f"module 'pipeline.records' has no attribute {name!r}")
