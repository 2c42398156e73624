"""pdfium as the char source (its C library, through ``pdfium_lib``): a page's chars, fonts, images and vector graphics.

The records are the ones pdfminer's walk (``pdfminer_chars``) gives, with the same numbers:

- a char's box is built the way pdfminer builds it, from the glyph's origin, its advance in the
  font's widths, the font's descent and the text matrix, not taken from pdfium's own boxes (whose
  height follows the font's ascent and whose width covers the glyph's ink);
- chars come in content-stream order, the order of their text objects on the page (pdfium sorts
  the objects of a line left to right);
- what pdfium adds to the text is taken out again: the spaces and line breaks it infers, the mark
  it puts in place of a hyphen that ends a line, a ligature it spells out as several chars on one glyph;
- a path is boxed subpath by subpath through the points it passes (control points left out), and
  an image by its placed rectangle, as pdfminer boxes its curves, lines, rects and images.

Each call into pdfium is a ctypes call and a page has thousands of chars, so a char costs two calls
(its text object and its origin, made without ctypes' argument conversion, as are the checks of a
space or a hyphen pdfium may have added) beside its text, and what a text object or a font shares (matrix,
size, name, descent, widths) is asked once.

Where the two sources still differ: pdfium gives a span's ActualText in place of its glyphs, collapses
two spaces in a row into one, drops a glyph drawn twice on one spot within an object (words drop it
as well), and boxes vertical (CJK) writing as horizontal; a damaged file one reads the other may refuse.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from ctypes import byref, c_double, c_float, c_ulong, c_void_p
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter
from pathlib import Path

from pipeline.errors import BrokenPdf, EncryptedPdf, InputError
from pipeline.reader import pdfium_lib as lib
from pipeline.reader.fonts import FontMetrics, PageFonts, base_name
from pipeline.reader.glyphs import SYMBOL_FONT
from pipeline.reader.pdf import PageObjects, page_of
from pipeline.records import Box, Char, FontFacts, PageChars, make_char

SYMBOLIC_FLAG = 4          # bit 3 of a font descriptor's Flags: glyphs outside the Latin set
HYPHEN_MARKS = frozenset((0x02, 0xFFFE))         # pdfium's text for a hyphen that ends a line
INFERRED = frozenset((0x20, 0x0D, 0x0A))        # what pdfium may add between chars (IsGenerated tells)
HIGH_SURROGATES, LOW_SURROGATES = range(0xD800, 0xDC00), range(0xDC00, 0xE000)
RARE_CODES = frozenset((*INFERRED, *HYPHEN_MARKS, *LOW_SURROGATES))    # the codes the per-char loop looks at twice
FORM_DEPTH = 14            # forms within forms an image is looked for in (pypdfium2's get_objects: 15 levels)
METADATA_KEYS = ("Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "doi")

Matrix = tuple[float, float, float, float, float, float]
UNKNOWN = object()         # an advance not looked up yet
OWN_BOX = object()         # an advance each glyph's own box tells: its text is several codes' (see advance)
LIGATURE_PART_SLACK = 1e-3  # pdfium's equal parts of a ligature's box, up to its float error
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
DECIMALS = 5              # what a PDF writes a matrix or a size with, at most
INKLESS = 1e-4             # a text object narrower than this draws nothing pdfium's text page keeps
BLANK = " "      # what a space pdfium's text page left out (an inkless text object) is named: a font without a
                 # Unicode map may draw a letter with code 32, and glyph repair reading that by its shape must
                 # not read this space so
# a glyph as the text page lists it: (its text object's place in the content stream, char index, text object, x, y,
# code: an int, or a tuple of them for a ligature pdfium spells out); a tuple, not a list, since few are changed
Glyph = tuple[int, int, "_TextObject", float, float, "int | tuple[int, ...]"]
# a glyph's text object's place in the content stream: a text object's glyphs are listed in their own order (the
# text page's char index grows), so a stable sort by the object alone puts them in content order, without making
# an (object, index) key for each of a page's thousands of glyphs
CONTENT_ORDER = itemgetter(0)


# the calls the per-char loop makes, by short names (pdfium_lib declares them with plain handle types)
_count_chars = lib.FPDFText_CountChars
_text_object = lib.FPDFText_GetTextObject
_char_origin = lib.FPDFText_GetCharOrigin
_unicode = lib.FPDFText_GetUnicode
_text_range = lib.FPDFText_GetText
_inferred = lib.FPDFText_IsGenerated
_is_hyphen = lib.FPDFText_IsHyphen
_map_error = lib.FPDFText_HasUnicodeMapError
_char_matrix = lib.FPDFText_GetMatrix
_loose_box = lib.FPDFText_GetLooseCharBox
_object_font = lib.FPDFTextObj_GetFont
_object_font_size = lib.FPDFTextObj_GetFontSize
_font_name = lib.FPDFFont_GetBaseFontName
_font_flags = lib.FPDFFont_GetFlags
_font_descent = lib.FPDFFont_GetDescent
_font_data = lib.FPDFFont_GetFontData
_glyph_width = lib.FPDFFont_GetGlyphWidth
_count_objects = lib.FPDFPage_CountObjects
_page_object = lib.FPDFPage_GetObject
_form_count = lib.FPDFFormObj_CountObjects
_form_object = lib.FPDFFormObj_GetObject
_object_type = lib.FPDFPageObj_GetType
_object_matrix = lib.FPDFPageObj_GetMatrix
_object_bounds = lib.FPDFPageObj_GetBounds
_count_segments = lib.FPDFPath_CountSegments
_segment = lib.FPDFPath_GetPathSegment
_segment_point = lib.FPDFPathSegment_GetPoint
_segment_type = lib.FPDFPathSegment_GetType


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m, then n (PDF matrices: a point is a row vector)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


@dataclass(frozen=True, slots=True)
class Geometry:
    """Where a point of the page's user space lands in pdfplumber's coordinates: through pdfminer's
    device matrix for the page's rotation, then from the top left of pdfplumber's page box."""

    device: Matrix
    width: float
    height: float
    x_offset: float
    top_offset: float

    @classmethod
    def of(cls, mediabox: tuple[float, float, float, float], rotation: int) -> Geometry:
        x0, y0, x1, y1 = mediabox
        device = {90: (0.0, -1.0, 1.0, 0.0, -y0, x1), 180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
                  270: (0.0, 1.0, -1.0, 0.0, y1, -x0)}.get(rotation, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
        lo_x, hi_x = sorted((x0, x1))
        lo_y, hi_y = sorted((y0, y1))
        if rotation in (90, 270):
            lo_x, lo_y, hi_x, hi_y = lo_y, lo_x, hi_y, hi_x
        return cls(device, hi_x - lo_x, hi_y - lo_y, lo_x, -lo_y)

    def box(self, points: list[tuple[float, float]]) -> Box:
        """The box around points given in device space."""
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return (min(xs) + self.x_offset, self.height - max(ys) + self.top_offset,
                max(xs) + self.x_offset, self.height - min(ys) + self.top_offset)


# ------------------------------------------------------------------------------------------ objects

@dataclass(slots=True)
class _Objects:
    """What a walk over a page's objects finds, besides the chars pdfium's text page lists."""

    order: dict[int, int] = field(default_factory=dict)    # text object → its place in the content stream
    blank: dict[int, Matrix] = field(default_factory=dict)  # a text object with no ink → its form's matrix
    images: list[Box] = field(default_factory=list)
    graphics: list[Box] = field(default_factory=list)


def _page_objects(page: int, geometry: Geometry) -> _Objects:
    """The page's objects walked in content order and into form XObjects, as pdfminer interprets them.

    A text object that draws no ink (a lone space, as many typesetters set one) is noted: pdfium's
    text page leaves it out, pdfminer does not.
    """
    found = _Objects()
    matrix = lib.FS_MATRIX()
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    bounds = (byref(left), byref(bottom), byref(right), byref(top))
    x, y = c_float(), c_float()

    def own(handle: int) -> Matrix:
        _object_matrix(handle, byref(matrix))
        return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)

    def walk(handles: list[int], form: Matrix) -> None:
        outer = _multiply(form, geometry.device)
        for handle in handles:
            kind = _object_type(handle)
            if kind == lib.FPDF_PAGEOBJ_TEXT:
                found.order[handle] = len(found.order)
                _object_bounds(handle, *bounds)
                if right.value - left.value < INKLESS:
                    found.blank[handle] = form
            elif kind == lib.FPDF_PAGEOBJ_PATH:
                found.graphics.extend(_subpath_boxes(handle, _multiply(own(handle), outer), x, y, geometry))
            elif kind == lib.FPDF_PAGEOBJ_IMAGE:
                _object_bounds(handle, *bounds)
                corners = ((left.value, bottom.value), (right.value, top.value), (left.value, top.value),
                           (right.value, bottom.value))
                found.images.append(geometry.box([_apply(outer, px, py) for px, py in corners]))
            elif kind == lib.FPDF_PAGEOBJ_FORM:
                walk([_form_object(handle, k) for k in range(_form_count(handle))], _multiply(own(handle), form))

    walk([_page_object(page, k) for k in range(_count_objects(page))], IDENTITY)
    return found


def _subpath_boxes(handle: int, matrix: Matrix, x: c_float, y: c_float, geometry: Geometry) -> list[Box]:
    boxes: list[Box] = []
    points: list[tuple[float, float]] = []
    curve = 0
    for k in range(_count_segments(handle)):
        segment = _segment(handle, k)
        kind = _segment_type(segment)
        if kind == lib.FPDF_SEGMENT_MOVETO:
            if len(points) > 1:
                boxes.append(geometry.box(points))
            points, curve = [], 0
        elif kind == lib.FPDF_SEGMENT_BEZIERTO:
            curve += 1
            if curve % 3:                      # a curve's two control points; pdfminer boxes its end only
                continue
        _segment_point(segment, byref(x), byref(y))
        points.append(_apply(matrix, x.value, y.value))
    if len(points) > 1:
        boxes.append(geometry.box(points))
    return boxes


# ------------------------------------------------------------------------------------------ chars

@dataclass(slots=True)
class _Font:
    handle: int
    name: str
    descent: float                           # per point of size; negative, below the baseline
    facts: FontFacts
    metrics: FontMetrics | None = None       # pdfminer's reading of its dictionary
    coded: bool = False                      # its chars carry their codes (a symbol font: glyph repair reads them)
    options: list[FontMetrics] = field(default_factory=list)   # Type 3 fonts it may be, told apart by its glyphs
    advances: dict[int | tuple, tuple[float, float] | None] = field(default_factory=dict)  # code(s) → advance()


@dataclass(slots=True)
class _TextObject:
    order: int                               # its place in the content stream
    font: _Font
    size: float                              # the font size it sets (Tf)
    matrix: Matrix                           # text matrix × CTM × the page's rotation, without translation
    upright: bool
    source: Matrix                           # text matrix × CTM, in the page's user space
    fast: tuple[float, ...] | None = None    # for upright text on an unrotated page: see _CharReader._placed


def font_of(handle: int, known: dict[str, list[FontMetrics]]) -> _Font:
    """A font's name, descent and facts: pdfminer's reading of its dictionary where that is found
    (see ``fonts``), else pdfium's own."""
    buffer = ctypes.create_string_buffer(256)
    _font_name(handle, buffer, 256)
    name = buffer.value.decode("latin-1")
    descent = c_float()
    _font_descent(handle, 1.0, byref(descent))
    # pdfium names a simple font without its subset tag, a composite (Type0) one with it
    candidates = known.get(base_name(name), ())
    if len(candidates) > 1:       # two subsets of one font on a page: the one with this font program
        size = c_ulong()
        _font_data(handle, None, 0, byref(size))
        candidates = [m for m in candidates if m.program_size == size.value] or candidates
    if candidates:                # else the one whose descent pdfium read as well
        metrics = min(candidates, key=lambda m: abs(m.descent - descent.value))
        # pdfium reads a font without a map through its own program's encoding and cmap, not by a guess
        return _Font(handle, metrics.name, metrics.descent, replace(metrics.facts, guessed=False), metrics,
                     bool(SYMBOL_FONT.search(metrics.name)),
                     options=[m for m in candidates if m.type3] if len(candidates) > 1 and metrics.type3 else [])
    flags = _font_flags(handle)
    return _Font(handle, name, descent.value, FontFacts(symbolic=flags > 0 and bool(flags & SYMBOLIC_FLAG),
                                                        descent=min(descent.value, 0.0)))


class _CharReader:
    """The chars of one text page, in content order."""

    def __init__(self, text: int, objects: _Objects, geometry: Geometry,
                 known: dict[str, list[FontMetrics]]) -> None:
        self.text, self.found, self.geometry, self.known = text, objects, geometry, known
        self.objects: dict[int, _TextObject] = {}
        self.fonts: dict[int, _Font] = {}
        self._matrix = lib.FS_MATRIX()
        self._rect = lib.FS_RECTF()
        self._value = c_float()

    def text_object(self, handle: int, matrix: Matrix) -> _TextObject:
        """A text object's shared facts; ``matrix`` is its text matrix × CTM in user space."""
        font_handle = _object_font(handle)
        font = self.fonts.get(font_handle)
        if font is None:
            font = self.fonts[font_handle] = font_of(font_handle, self.known)
        _object_font_size(handle, byref(self._value))
        # pdfium keeps sizes and matrices as 32-bit floats: rounded back to the decimals a PDF writes,
        # a size pdfminer rounds to 0.01 (a word's) lands on the same side
        size = round(self._value.value, DECIMALS)
        g = self.geometry
        source = (*(round(v, DECIMALS) for v in matrix[:4]), 0.0, 0.0)
        if font.metrics is not None and font.metrics.flipped:    # its glyphs as they stand (fonts.flips_glyphs)
            source = (source[0], source[1], -source[2], -source[3], 0.0, 0.0)
        matrix = _multiply(source, g.device[:4] + (0.0, 0.0))
        a, b, c, d = matrix[:4]
        obj = _TextObject(self.found.order.get(handle, len(self.found.order) + len(self.objects)), font, size,
                          matrix, a * d > 0 and b * c <= 0, source)
        self._set_fast(obj)
        self.objects[handle] = obj
        return obj

    def _set_fast(self, obj: _TextObject) -> None:
        """Upright text on an unrotated page: what ``_placed`` needs to box its glyphs without a matrix (again
        after a Type 3 font is settled, whose descent it takes)."""
        g = self.geometry
        a, b, c, d = obj.matrix[:4]
        if g.device[:4] == (1.0, 0.0, 0.0, 1.0) and a > 0 and d > 0 and b == c == 0:
            low = obj.font.descent * obj.size
            obj.fast = (g.device[4] + g.x_offset, g.height + g.top_offset - g.device[5], a * obj.size,
                        d * low, d * (low + obj.size), g.device[5])

    def _settle_type3(self, glyphs: list[Glyph]) -> None:
        """Each pdfTeX Type 3 font (no BaseFont: several on a page share a name) as the one of its page's
        Type 3 fonts whose widths its glyphs are set by: the step from one glyph to the next on a line, in a
        word, is the first one's width. Taken for the page's first, a font's glyphs had another's widths and
        descent, and words ran together or fell apart ("300cycles", "Intro duction"). Where the steps say
        nothing (textcomp's signs come one at a time), the font that has a glyph for each code it draws."""
        steps: dict[int, list[tuple[int, float]]] = {}
        drawn: dict[int, set[int]] = {}
        for glyph in glyphs:
            if glyph[2].font.options and isinstance(glyph[5], int):
                drawn.setdefault(id(glyph[2].font), set()).add(glyph[5])
        for here, nxt in zip(glyphs, glyphs[1:], strict=False):
            obj = here[2]
            if obj.font.options and nxt[2] is obj and isinstance(here[5], int) and nxt[4] == here[4] \
                    and nxt[3] > here[3] and obj.size * obj.source[0] > 0:
                steps.setdefault(id(obj.font), []).append((here[5], (nxt[3] - here[3]) / (obj.size * obj.source[0])))
        settled = set()
        for obj in self.objects.values():
            font = obj.font
            if font.options and id(font) not in settled:
                found, codes = steps.get(id(font), []), drawn.get(id(font), ())
                best = max(font.options, key=lambda m: (sum(abs(m.width(code) - step) < 0.003 for code, step in found),
                                                        sum(m.width(code) > 0 for code in codes)))
                font.name, font.descent, font.metrics = best.name, best.descent, best
                font.facts = replace(best.facts, guessed=False)
                settled.add(id(font))
            if font.options:
                self._set_fast(obj)

    def _listed_object(self, handle: int, i: int) -> _TextObject:
        m = self._matrix
        _char_matrix(self.text, i, byref(m))
        return self.text_object(handle, (m.a, m.b, m.c, m.d, 0.0, 0.0))

    def chars(self, lost: dict[int, float] | None = None) -> list[Char]:
        """The page's chars; ``lost``: text object (its place in content order) → the move along its line that
        pdfium dropped before it (``fonts.PageFonts.lost_kerns``), put back."""
        glyphs = self._glyphs()
        if any(font.options for font in self.fonts.values()):
            self._settle_type3(glyphs)
        glyphs.extend(self._blank_spaces())
        glyphs.sort(key=CONTENT_ORDER)
        chars = self._placed(glyphs)
        if lost:
            chars = [self._moved(char, glyph[2], lost[glyph[2].order]) if glyph[2].order in lost else char
                     for glyph, char in zip(glyphs, chars, strict=True)]
        return chars

    def _moved(self, char: Char, obj: _TextObject, along: float) -> Char:
        """``char`` moved ``along`` its line (text space), through its text object's matrix onto the page."""
        dx, dy = along * obj.matrix[0], along * obj.matrix[1]
        return char._replace(x0=char.x0 + dx, x1=char.x1 + dx, top=char.top - dy, bottom=char.bottom - dy)

    def _glyphs(self) -> list[Glyph]:
        """Each glyph pdfium's text page lists, in its order."""
        text = self.text
        count = _count_chars(text)
        codes = _codes(text, count)
        page_text = c_void_p(text)
        ox, oy = c_double(), c_double()
        x_at, y_at = byref(ox), byref(oy)
        objects = self.objects
        glyphs: list[Glyph] = []
        append = glyphs.append
        last_handle, last_x, last_y = 0, 0.0, 0.0
        obj = None
        order = 0
        for i, code in enumerate(codes):
            rare = code in RARE_CODES           # one look-up for the three tests below, which few chars need
            if rare and code in INFERRED and _inferred(page_text, i):
                continue
            handle = _text_object(page_text, i)
            if not handle:
                continue
            _char_origin(page_text, i, x_at, y_at)
            x, y = ox.value, oy.value
            if rare:
                if code in LOW_SURROGATES and handle == last_handle and x == last_x and y == last_y \
                        and isinstance(glyphs[-1][5], int) and glyphs[-1][5] in HIGH_SURROGATES:
                    # pdfium lists a char past the BMP (math italic 𝑥, as unicode-math sets it) as the two
                    # UTF-16 halves of its code, each a char of its own at the glyph's origin: one char again
                    high = glyphs[-1]
                    glyphs[-1] = (*high[:5], 0x10000 + ((high[5] - 0xD800) << 10) + (code - 0xDC00))
                    continue
                if code in HYPHEN_MARKS and _is_hyphen(page_text, i):
                    code = 0x2D
            if handle == last_handle:
                if x == last_x and y == last_y and self._one_glyph(glyphs[-1][1], i):
                    previous = glyphs[-1]            # a ligature spelled out as several chars
                    spelled = (*previous[5], code) if isinstance(previous[5], tuple) else (previous[5], code)
                    glyphs[-1] = (*previous[:5], spelled)
                    continue
            else:
                obj = objects.get(handle) or self._listed_object(handle, i)
                order = obj.order
            last_handle, last_x, last_y = handle, x, y
            append((order, i, obj, x, y, code))
        return glyphs

    def _placed(self, glyphs: list[Glyph]) -> list[Char]:
        """The glyphs as Chars, in content order.

        pdfium keeps a font's widths in whole thousandths of an em and places the glyphs of a run of
        text by them, so where a font's widths have fractions (some typesetters write them so) its
        glyphs slide back against pdfminer's, more the further along the run they are: ``drift``,
        what the glyphs before one in its run add up to (per point of size), puts it back.
        """
        out: list[Char] = []
        append = out.append
        drift, end_x, end_y, run = 0.0, 0.0, 0.0, None
        last_y, last_size = None, 0.0
        font = advances = fast = None
        size = sx = sy = x_offset = y_offset = across = below = above = lift = 0.0
        name, coded, blank = "", False, ""
        named: dict[int, str] = {}
        top = bottom = 0.0
        texts: dict[int | tuple[int, ...], str] = {}
        font_texts: dict[int, dict[int | tuple[int, ...], str]] = {}    # a font's codes → their texts, made once
        for k, (_, i, obj, x, y, code) in enumerate(glyphs):
            if obj is not run:
                run, font, fast, size = obj, obj.font, obj.fast, obj.size
                advances, name, coded = font.advances, font.name, font.coded
                # a Type 3 font without a map: pdfium gives its bare codes, where its Encoding names the glyphs
                named = font.metrics.named() if font.facts.drawn and not font.facts.to_unicode and font.metrics \
                    else {}
                texts = font_texts.setdefault(id(font), {})
                sx, sy = obj.source[0], obj.source[1]
                blank = "" if font.facts.to_unicode else BLANK
                if fast is not None:
                    x_offset, y_offset, across, below, above, lift = fast
                em = size * max(abs(sx), abs(obj.source[3]))    # a new text object goes on along the line
                if drift and (abs(x - end_x) > 0.3 * em or abs(y - end_y) > em):   # (kerned, or raised for
                    drift = 0.0                                   # a script), or is placed anew
                last_y = None
            known = advances.get(code, UNKNOWN)
            if known is UNKNOWN:
                known = advances[code] = self.advance(obj, code, i, x)
            if known is OWN_BOX:
                known = self._boxed(obj, i, x)
            if known is None:
                following = glyphs[k + 1] if k + 1 < len(glyphs) and glyphs[k + 1][2] is obj else None
                advance, excess = self._measured(obj, i, x, y, following), 0.0
            else:
                advance, excess = known
            text = texts.get(code)
            if text is None:
                if isinstance(code, int):
                    text = chr(code) if code else ""
                    if named:
                        text = named.get(code, text)
                else:
                    text = "".join(chr(c) for c in code if c)
                texts[code] = text
            if drift:
                px, py = x + drift * size * sx, y + drift * size * sy
            else:
                px, py = x, y
            if excess or drift:
                drift += excess
                pdfium_end = (advance - excess) * size
                end_x, end_y = x + pdfium_end * sx, y + pdfium_end * sy
            char_code = font.metrics.code_of(text) if coded else -1
            if fast is not None:                 # upright text on an unrotated page: no matrix to apply
                if py != last_y:
                    # the size as pdfminer takes it, the box's height, from the baseline as the PDF
                    # writes it: a size on a hundredth's edge (6.335) rounds the same way (words keep 0.01)
                    baseline = round(py, 4) + lift
                    last_y, last_size = py, (above + baseline) - (below + baseline)
                    top, bottom = y_offset - py - above, y_offset - py - below     # the line's, for its glyphs
                x0 = px + x_offset
                append(make_char((text, x0, x0 + advance * across, top, bottom, last_size, name, True, char_code,
                                  blank if i < 0 else "")))
            else:
                x0, x1, top, bottom, height = self.box(obj, px, py, advance)
                append(make_char((text, x0, x1, top, bottom, height, name, obj.upright, char_code,
                                  blank if i < 0 else "")))
        return out

    def _blank_spaces(self) -> list[Glyph]:
        """A space for each text object with no ink that pdfium's text page left out: set where the
        object begins, in its font."""
        out = []
        for handle, form in self.found.blank.items():
            if handle in self.objects:
                continue
            _object_matrix(handle, byref(self._matrix))
            m = self._matrix
            own = (m.a, m.b, m.c, m.d, m.e, m.f)
            x, y = _apply(form, m.e, m.f)
            obj = self.text_object(handle, _multiply(own, form))
            out.append((obj.order, -1, obj, x, y, 0x20))
        return out

    def advance(self, obj: _TextObject, code: int | tuple[int, ...], i: int, x: float) -> tuple[float, float] | object | None:
        """(advance per point of size, its excess over pdfium's) of a glyph from the font's widths, or
        None where they cannot say.

        pdfminer's widths where its reading of the font finds the code back from the text (asked for
        a font whose widths have fractions, a standard font, a spelled-out ligature, and a char past
        U+FFFF, for which pdfium gives the default width); where
        pdfium found no Unicode, its text is the code itself. Else pdfium's, where it finds the code
        back (through the ToUnicode map or the encoding), checked against pdfium's own box of the
        glyph, which covers the advance (and the ink, where that reaches further): a text several
        codes share is not misread. Where the font's dictionary says several codes of different advances
        read as the text (a raised figure an OpenType feature chose, mapped back to its digit), no width
        by text fits them all: OWN_BOX, each glyph's own box.
        """
        metrics = obj.font.metrics
        ligature = isinstance(code, tuple)
        if metrics is not None and not ligature and metrics.shared(chr(code)):
            return OWN_BOX
        if metrics is not None:
            width = None
            if i >= 0 and not ligature and _map_error(self.text, i):
                width = metrics.width(code)
            elif metrics.own_widths or ligature or code > 0xFFFF:   # pdfium's width past the BMP: the default
                width = metrics.text_width("".join(chr(c) for c in code if c) if ligature else chr(code))
            # a font without a map gives a glyph no width where its name is another's: pdfTeX's Type 3 fonts
            # have no BaseFont, and pdfminer's reading of the page's first one stands for all
            if width is not None and (width or obj.font.facts.to_unicode):
                return width, (width - math.trunc(width * 1000 + 1e-6) / 1000) if metrics.fractional else 0.0
        if ligature or not _glyph_width(obj.font.handle, code, 1.0, byref(self._value)):
            return None
        width = self._value.value
        if not width and not obj.font.facts.to_unicode:
            return None         # nor does pdfium give a Type 3 font's glyphs any: measured where they stand
        # measured in the page's user space, where pdfium's origins and boxes are: a page turned by /Rotate
        # (a landscape table's) sets its text upright there, and its widths are checked as any other's
        scale = obj.size * obj.source[0]
        if i >= 0 and scale > 0 and not obj.source[1] and not obj.source[2]:
            _loose_box(self.text, i, byref(self._rect))
            if x + width * scale > self._rect.right + 0.01:
                return None
        return width, 0.0

    def _boxed(self, obj: _TextObject, i: int, x: float) -> tuple[float, float] | None:
        """(advance per point of size, 0) of one glyph from pdfium's own box of it, which reaches from its
        origin over its advance (and over its ink, where that reaches further); None where the box is not
        upright along the line."""
        scale = obj.size * obj.source[0]
        if i < 0 or scale <= 0 or obj.source[1] or obj.source[2]:
            return None
        _loose_box(self.text, i, byref(self._rect))
        return max(self._rect.right - x, 0.0) / scale, 0.0

    def _measured(self, obj: _TextObject, i: int, x: float, y: float, following: Glyph | None) -> float:
        """The advance of a glyph the font's widths do not give (a code pdfium cannot find back): up
        to the next glyph of its text object on its line, else to the right edge of pdfium's own box."""
        scale = obj.size * obj.source[0]
        if not scale or obj.source[1] or obj.source[2]:
            return 0.0
        if following is not None and following[4] == y and following[3] > x:
            return (following[3] - x) / scale
        if i < 0:
            return 0.0
        _loose_box(self.text, i, byref(self._rect))
        return max(self._rect.right - x, 0.0) / scale

    def box(self, obj: _TextObject, x: float, y: float, advance: float) -> tuple[float, float, float, float, float]:
        """(x0, x1, top, bottom, size) of a glyph as pdfminer's LTChar has it: the rectangle from the
        font's descent to one em above it, ``advance`` wide, through the text matrix."""
        a, b, c, d, _, _ = obj.matrix
        size = obj.size
        low = obj.font.descent * size
        width = advance * size
        g = self.geometry
        ex, ey = _apply(g.device, x, y)
        xs = (ex + c * low, ex + a * width + c * low, ex + a * width + c * (low + size), ex + c * (low + size))
        ys = (ey + d * low, ey + b * width + d * low, ey + b * width + d * (low + size), ey + d * (low + size))
        if obj.upright and not b and c:       # slanted along the line: across, its advance on the baseline
            xs = (ex, ex + a * width)           # (see pdfminer_chars.baseline_span)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        return (x0 + g.x_offset, x1 + g.x_offset, g.height - y1 + g.top_offset, g.height - y0 + g.top_offset,
                y1 - y0)

    def _one_glyph(self, first: int, i: int) -> bool:
        """Whether chars ``first`` and ``i``, drawn at one origin, are one glyph: pdfium boxes each char
        it spells a ligature into as the whole glyph, or cuts the glyph's box into equal parts, one a
        char, side by side ("ﬃ" in a Skia PDF); two glyphs set on one spot (a zero-width space before a
        digit) have boxes of their own."""
        rect, other = self._rect, lib.FS_RECTF()
        _loose_box(self.text, first, byref(rect))
        _loose_box(self.text, i, byref(other))
        if (rect.left, rect.right, rect.top, rect.bottom) == (other.left, other.right, other.top, other.bottom):
            return True
        _loose_box(self.text, i - 1, byref(rect))             # the part before: its right edge is this one's left
        return (rect.right, rect.top, rect.bottom) == (other.left, other.top, other.bottom) \
            and abs((rect.right - rect.left) - (other.right - other.left)) < LIGATURE_PART_SLACK


def _codes(text: int, count: int) -> list[int]:
    """Every char's Unicode, in one call where pdfium hands the page's text over char for char."""
    buffer = (ctypes.c_ushort * (count + 1))()
    if _text_range(text, 0, count, buffer) == count + 1:
        codes = buffer[:count]          # a slice of a ctypes array is a list made at once (list() asks item by item)
        # no surrogate pairs: one unit a char (most pages hold nothing above them at all)
        if max(codes, default=0) < 0xD800 or not any(0xD800 <= c < 0xE000 for c in codes):
            return codes
    return [_unicode(text, i) for i in range(count)]


def media_box(page: lib.Handle | object) -> tuple[float, float, float, float]:
    """The MediaBox of ``page`` (a loaded page's handle), also where the page tree's node above it sets it for
    its pages (troff, some publishers' systems): pdfium's own look-up reads the page's dictionary alone and,
    finding none there, gave a US Letter page, and an A4 page's lines stood 50 points off (its running head above
    the page). pdfium keeps the numbers as 32-bit floats: rounded back."""
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    if lib.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        box = (left.value, bottom.value, right.value, top.value)
    else:                             # none in the page's own dictionary: its box as the page tree gives it
        rect = lib.FS_RECTF()
        if not lib.FPDF_GetPageBoundingBox(page, rect):
            raise PdfiumError("the page's box cannot be read")
        box = (rect.left, rect.bottom, rect.right, rect.top)
    return tuple(round(v, 4) for v in box)


def read_page(document: lib.Handle, index: int, fonts: PageFonts) -> PageChars:
    """Page ``index`` (0-based) of ``document`` (an open document's handle) as the reader's record. Raises
    PdfiumError if it cannot be loaded."""
    page = lib.FPDF_LoadPage(document, index)
    if not page:
        raise PdfiumError("the page cannot be loaded")
    try:
        rotation = lib.FPDFPage_GetRotation(page)
        if rotation < 0:
            raise PdfiumError("the page's rotation cannot be read")
        geometry = Geometry.of(media_box(page), rotation * 90 % 360)
        found = _page_objects(page, geometry)
        textpage = lib.FPDFText_LoadPage(page)
        if not textpage:
            raise PdfiumError("the page's text cannot be loaded")
        try:
            reader = _CharReader(textpage, found, geometry, fonts.of_page(index))
            lost, shown = fonts.lost_kerns(index)
            chars = reader.chars(lost if shown == len(found.order) else None)
        finally:
            lib.FPDFText_ClosePage(textpage)
    finally:
        lib.FPDF_ClosePage(page)
    facts = {font.name: font.facts for font in reader.fonts.values()}
    return page_of(index + 1, geometry.width, geometry.height, PageObjects(chars, facts, found.images, found.graphics))


# ------------------------------------------------------------------------------------------ documents

class PdfiumError(Exception):
    """pdfium cannot open a document (``code``: what pdfium says of it), or load one of its pages."""

    def __init__(self, message: str, code: int = 0) -> None:
        super().__init__(message)
        self.code = code


@cache
def _library() -> None:
    """pdfium started, once a process, as pypdfium2 starts it. The reader calls pdfium through its own declarations
    of the functions it uses (``pdfium_lib``): neither pypdfium2's classes nor its bindings load on the path an
    ingest waits for. Where pypdfium2 is imported later (a glyph's shape, a sentence's box on its page), it loads
    the same library, and its start finds pdfium started and leaves it so."""
    lib.FPDF_InitLibraryWithConfig(lib.FPDF_LIBRARY_CONFIG(version=2, m_pUserFontPaths=None, m_pIsolate=None,
                                                           m_v8EmbedderSlot=0))


def _open(path: Path, password: str | None) -> lib.Handle:
    """The handle of ``path`` opened by pdfium (close it with FPDF_CloseDocument). Raises PdfiumError where pdfium
    cannot open it or finds no page in it, FileNotFoundError where it is no file."""
    _library()
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise FileNotFoundError(path)
    document = lib.FPDF_LoadDocument((str(path) + "\x00").encode("utf-8", errors="surrogateescape"),
                                     (password + "\x00").encode("utf-8") if password else None)
    if lib.FPDF_GetPageCount(document) < 1:
        code = lib.FPDF_GetLastError()
        if document:
            lib.FPDF_CloseDocument(document)
        raise PdfiumError(f"{path}: pdfium cannot open it (error {code})", code)
    return document


def _translate(path: Path, exc: PdfiumError) -> InputError:
    if exc.code == lib.FPDF_ERR_PASSWORD:
        return EncryptedPdf(f"{path}: encrypted, and the password is missing or wrong")
    if exc.code == lib.FPDF_ERR_SECURITY:
        return EncryptedPdf(f"{path}: encrypted with a scheme that cannot be opened")
    return BrokenPdf(f"{path}: damaged PDF (pdfium cannot load it)")


def page_count(path: Path) -> int:
    """How many pages the file says it has, from its cross-reference table alone (a millisecond: no page
    is parsed); 0 where pdfium cannot open it (damaged, encrypted, not a PDF, gone)."""
    try:
        document = _open(path, None)
    except (PdfiumError, OSError, ValueError):
        return 0
    try:
        return lib.FPDF_GetPageCount(document)
    finally:
        lib.FPDF_CloseDocument(document)


def _metadata(document: lib.Handle) -> dict[str, str]:
    out = {}
    for key in METADATA_KEYS:
        size = lib.FPDF_GetMetaText(document, key.encode(), None, 0)
        if size > 2:
            buffer = ctypes.create_string_buffer(size)
            lib.FPDF_GetMetaText(document, key.encode(), buffer, size)
            out[key] = buffer.raw[:size - 2].decode("utf-16-le", "replace")
    return out


class PdfiumPages:
    """An open PDF read by pdfium: its metadata and page count, and its pages one at a time."""

    def __init__(self, path: Path, password: str | None) -> None:
        self.path = path
        try:
            self._document = _open(path, password or None)
        except PdfiumError as exc:
            raise _translate(path, exc) from exc
        self.metadata = _metadata(self._document)
        self.page_count = lib.FPDF_GetPageCount(self._document)
        self._fonts = PageFonts(path, password)

    def __iter__(self) -> Iterator[PageChars]:
        for index in range(self.page_count):
            try:
                page = read_page(self._document, index, self._fonts)
            except PdfiumError as exc:
                raise BrokenPdf(f"{self.path}: damaged PDF (page {index + 1} cannot be loaded)") from exc
            self._fonts.check_contents(index)
            yield page

    def page_chars(self, number: int) -> tuple[Char, ...]:
        """The chars of page ``number`` (1-based), or none if it cannot be read: a second source's answer."""
        if not 0 < number <= self.page_count:
            return ()
        try:
            return read_page(self._document, number - 1, self._fonts).chars
        except PdfiumError:
            return ()

    def close(self) -> None:
        self._fonts.close()
        if self._document is not None:
            lib.FPDF_CloseDocument(self._document)
            self._document = None


def image_pages(path: Path, password: str | None) -> tuple[int, int, int]:
    """(pages, pages holding an image, pages that cannot be loaded) as pdfium counts them; pdfminer
    sees no pages in some scans. An image inside a form XObject counts."""
    try:
        document = _open(path, password or None)
    except PdfiumError:
        return 0, 0, 0
    try:
        pages = lib.FPDF_GetPageCount(document)
        with_images = damaged = 0
        for index in range(pages):
            page = lib.FPDF_LoadPage(document, index)
            if not page:
                damaged += 1
                continue
            try:
                if _holds_an_image([_page_object(page, k) for k in range(_count_objects(page))]):
                    with_images += 1
            finally:
                lib.FPDF_ClosePage(page)
        return pages, with_images, damaged
    finally:
        lib.FPDF_CloseDocument(document)


def _holds_an_image(handles: list[int], depth: int = 0) -> bool:
    """Whether any of the objects, or of the forms' objects within them (as deep as pypdfium2 looks), is an image."""
    for handle in handles:
        kind = _object_type(handle)
        if kind == lib.FPDF_PAGEOBJ_IMAGE:
            return True
        if kind == lib.FPDF_PAGEOBJ_FORM and depth < FORM_DEPTH and \
                _holds_an_image([_form_object(handle, k) for k in range(_form_count(handle))], depth + 1):
            return True
    return False
