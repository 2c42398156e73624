"""Glyphs read by their shapes, for fonts whose codes say nothing (see ``glyphs``, its first repair).

A PDF rewritten through PostScript (``pdf2ps`` then ``ps2pdf``: a print driver, an archive's
normaliser) keeps each font's glyphs but not what they are: Ghostscript renumbers a font's codes
1, 2, 3... in the order of first use and writes no Unicode for them, or names them a1, a2... which
the glyph list reads as dingbats. The text is then a consistent substitution, one per font, and
nothing in the file undoes it, but the glyphs still look like the letters they are.

So each distinct glyph of such a font is drawn alone (pdfium sets its code on a scratch page of the
same document, in the font itself, and renders it), its ink is cut out and put on a small square,
and it is read as the nearest of a reference atlas: the same chars drawn in the fonts pdfium carries
for the 14 standard ones (Times, Helvetica, Courier in four styles each, and Symbol for Greek and
math signs). Nothing is downloaded and no OCR engine is involved; the atlas is made once and kept
in AnodeKG's cache (``pipeline.cache``), keyed by this file and pdfium's version.

A glyph's shape says "o" or "O" only with its size: heights are compared in x-heights, the font's
own (measured on the glyphs its first reading calls a, e, m, n, r) against the reference font's. What
shape and size leave open (l, I, 1 and |; O and 0) the glyph's neighbours in the font's text settle,
over all its uses on the page: beside digits it is a digit, inside a lowercase word a lowercase
letter. A font whose glyphs are far from every reference (real dingbats, a logo font) is not read.

This module loads numpy and pypdfium2 and builds or loads the atlas only when a page has a font
that needs it; a normal PDF never imports it.
"""

from __future__ import annotations

import ctypes
import io
import math
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from pipeline.reader.glyphs import SYMBOL_ENCODING

EM = 40.0                    # the size glyphs are set in on a scratch page, rendered at a pixel a point
CELL_W, CELL_H = 2.6, 2.2    # ems: a glyph's cell on the scratch page
ORIGIN_X, BASELINE = 0.6, 0.7  # ems from the cell's left and bottom edges to the glyph's origin
COLUMNS = 16
GRID = 20                    # a glyph's ink is compared on a GRID × GRID square
INK = 0.3                    # a pixel this dark (of 1) is ink
STANDARD_FONTS = ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Helvetica", "Helvetica-Bold",
                  "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier", "Courier-Bold", "Courier-Oblique",
                  "Courier-BoldOblique")
# what the atlas holds: printable ASCII, the signs figures are written with, quotes and dashes, and the
# f-ligatures (their letters: a ligature glyph reads as the letters it joins)
TEXT_CHARS = [chr(c) for c in range(33, 127)] + list("–—−°μµ×±·•’‘”“′″…Å‰≤≥≈→") + ["fi", "fl", "ff", "ffi", "ffl"]
# the text fonts draw no Greek μ, only the micro sign (µ, a Latin-1 char): Symbol's μ is a Greek letter's
# shape, with a tail a text font's micro sign does not have ("µm" read "ρm"); the reader writes μ for both
ATLAS_TEXT = {"µ": "μ"}
SYMBOL_CHARS = list("αβγδεηθκλμπρστφχψωΔΩΣΦΨ−°×±≤≥≈→∼′″·")
SYMBOL_CODES = {text: code for code, text in SYMBOL_ENCODING.items()} | {"°": 0xB0}
LOOK_ALIKES = ("lI1|!", "O0o", "S5s", "Zz2", "Cc", "Vv", "Ww", "Xx", "Uu", "Jj]", "Kk", "Pp", "μρ")
TYPICAL_ADVANCE = 0.55                   # a text font's median glyph advance, in ems, near enough
OWN_SIZE = 8                             # glyphs a set used together needs to be measured on its own
X_LETTERS = frozenset("aemnr")            # no capital looks like them: their tops are the x-height
DIGIT_LETTERS = frozenset("23456789")
CAP_RATIO = 1.4                          # a digit's or a capital's height, in x-heights, near enough
SHAPE_WEIGHT, GEOMETRY_WEIGHT = 1.0, 0.3
# a glyph whose ink stands in another number of pieces one above another (i and j's dot over its stem, an
# equals sign's two bars) is another glyph: as far as a poor match by shape
PIECES_WEIGHT = 0.15
LOOK_ALIKE_REACH = 3.0                  # ... and a look-alike within this factor, or not among the nearest at all
AMBIGUOUS = 2.0                         # candidates within this factor of the best distance are weighed by context
UNREADABLE_FONT = 0.2                   # mean distance beyond which a font's glyphs are not letters at all


@dataclass(frozen=True, slots=True)
class Shape:
    """One glyph's ink: a GRID × GRID square (None for a glyph with no ink, a space), where the ink
    sits, in ems from the origin (y up): top, bottom, left, right, and the glyph's advance; and the
    size it was drawn at, per unit of the size its text sets it at (``render``'s forms); and how many
    pieces its ink stands in one above another, apart by white rows (``pieces``)."""

    square: np.ndarray | None
    top: float = 0.0
    bottom: float = 0.0
    left: float = 0.0
    right: float = 0.0
    advance: float = 0.0
    scale: float = 1.0
    pieces: int = 1

    @property
    def set_advance(self) -> float:
        """The advance per unit of the size the glyph is set at: exact, where the size it was drawn at
        is a guess (a Type 3 font's em, from its median advance)."""
        return self.advance / self.scale


# ------------------------------------------------------------------------------------------ drawing

def _shape(cell: np.ndarray) -> Shape:
    """The shape of a rendered cell (ink 0..1, rows from the top)."""
    rows = np.flatnonzero(cell.max(axis=1) > INK)
    if not rows.size:
        return Shape(None)
    cols = np.flatnonzero(cell.max(axis=0) > INK)
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    ink = cell[r0:r1, c0:c1]
    side = max(r1 - r0, c1 - c0)
    square = np.zeros((side, side), dtype=np.float32)
    y, x = (side - (r1 - r0)) // 2, (side - (c1 - c0)) // 2
    square[y:y + r1 - r0, x:x + c1 - c0] = ink
    from PIL import Image
    small = np.asarray(Image.fromarray(square, mode="F").resize((GRID, GRID), Image.Resampling.BOX), dtype=np.float32)
    padded = np.pad(small, 1)
    small = sum(padded[dy:dy + GRID, dx:dx + GRID] for dy in range(3) for dx in range(3)) / 9.0   # blurred:
    # a stroke a pixel thicker or further is near, not apart
    base_row = cell.shape[0] - BASELINE * EM
    origin = ORIGIN_X * EM
    # the blurred square hardly tells a dot set over a stem from a stem's serif: the white rows between say it
    # (an i from an l, a j from a J, a colon from a bar)
    pieces = 1 + int(np.count_nonzero(np.diff(rows) > 1))
    return Shape(small, (base_row - r0) / EM, (base_row - r1) / EM, (c0 - origin) / EM, (c1 - origin) / EM,
                 pieces=pieces)


def render(document, pieces: Sequence[tuple[object, Sequence[int] | None, str, float | None]],
           forms: Sequence[tuple[float, float, float, float]] | None = None) -> list[Shape]:
    """Each piece (a font handle of ``document``, the codes to set, the text they stand for, set
    itself where there are no codes, and its advance per point of size if known) drawn alone on a
    scratch page added to ``document`` (and removed again), as a Shape. ``forms``: each piece's
    matrix (without translation) over a size of EM: the turn or mirror its text object sets it with
    (a Type 3 font may draw its glyphs upside down, for a text matrix that turns them back), and a
    scale for a font whose em is not its text space's unit (a Type 3 font's may be a hundred of
    them); its shape is measured in ems of the size it is drawn at."""
    if not pieces:
        return []
    rows = (len(pieces) + COLUMNS - 1) // COLUMNS
    width, height = int(COLUMNS * CELL_W * EM), int(rows * CELL_H * EM)
    index = raw.FPDF_GetPageCount(document)
    page = raw.FPDFPage_New(document, index, width, height)
    try:
        for k, (font, what, text, _) in enumerate(pieces):
            obj = raw.FPDFPageObj_CreateTextObj(document, font, EM)
            if what is None:
                units = text.encode("utf-16-le") + b"\0\0"
                raw.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(units), ctypes.POINTER(ctypes.c_ushort)))
            else:
                codes = (ctypes.c_uint * len(what))(*what)
                raw.FPDFText_SetCharcodes(obj, codes, len(what))
            column, row = k % COLUMNS, k // COLUMNS
            raw.FPDFPageObj_Transform(obj, *(forms[k] if forms else (1, 0, 0, 1)), (column * CELL_W + ORIGIN_X) * EM,
                                      height - (row + 1) * CELL_H * EM + BASELINE * EM)
            raw.FPDFPage_InsertObject(page, obj)
        bitmap = raw.FPDFBitmap_CreateEx(width, height, raw.FPDFBitmap_Gray, None, 0)
        try:
            raw.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xFFFFFFFF)
            raw.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, raw.FPDF_GRAYSCALE)
            stride = raw.FPDFBitmap_GetStride(bitmap)
            buffer = ctypes.cast(raw.FPDFBitmap_GetBuffer(bitmap), ctypes.POINTER(ctypes.c_ubyte * (stride * height)))
            image = np.frombuffer(buffer.contents, dtype=np.uint8).reshape(height, stride)[:, :width]
            ink = 1.0 - image.astype(np.float32) / 255.0
        finally:
            raw.FPDFBitmap_Destroy(bitmap)
    finally:
        raw.FPDF_ClosePage(page)
        raw.FPDFPage_Delete(document, index)
    cw, ch = int(CELL_W * EM), int(CELL_H * EM)
    out = []
    width = ctypes.c_float()
    for k, (font, _, text, advance) in enumerate(pieces):
        column, row = k % COLUMNS, k // COLUMNS
        top, left = int(round(row * CELL_H * EM)), int(round(column * CELL_W * EM))
        shape = _shape(ink[top:top + ch, left:left + cw])
        if advance is None:
            advance = 0.0                 # pdfium looks a glyph's width up by its Unicode
            for c in text:
                if raw.FPDFFont_GetGlyphWidth(font, ord(c), 1.0, ctypes.byref(width)):
                    advance += width.value
        scale = 1.0
        if forms:
            a, b, c, d = forms[k]
            scale = math.sqrt(abs(a * d - b * c)) or 1.0
        out.append(replace(shape, advance=advance * scale, scale=scale))
    return out


# ------------------------------------------------------------------------------------------ the atlas

@dataclass(frozen=True, slots=True)
class Atlas:
    """The reference glyphs: their squares (N × GRID²), geometry in their font's x-heights (N × 4:
    top, bottom, width, advance), the pieces their ink stands in (N) and the text each stands for."""

    squares: np.ndarray
    geometry: np.ndarray
    texts: tuple[str, ...]
    pieces: np.ndarray


def _build_atlas() -> Atlas:
    document = raw.FPDF_CreateNewDocument()
    squares, geometry, texts, pieces_of = [], [], [], []
    try:
        for name in (*STANDARD_FONTS, "Symbol"):
            font = raw.FPDFText_LoadStandardFont(document, name.encode())
            if name == "Symbol":        # set by its codes: pdfium finds no code for a Unicode char in it
                chars = [text for text in SYMBOL_CHARS if text in SYMBOL_CODES]
                pieces = [(font, [SYMBOL_CODES[text]], text, None) for text in chars]
            else:
                chars = TEXT_CHARS
                pieces = [(font, None, text, None) for text in chars]
            shapes = render(document, [(font, None, "x", None), (font, None, "\u4e00", None), *pieces])
            x, missing, shapes = shapes[0], shapes[1], shapes[2:]
            x_height = x.top if x.square is not None and name != "Symbol" else 0.45
            for text, shape in zip(chars, shapes, strict=True):
                if shape.square is None or missing.square is not None and np.array_equal(shape.square, missing.square):
                    continue
                squares.append(shape.square.ravel())
                geometry.append(_geometry(shape, x_height))
                texts.append(ATLAS_TEXT.get(text, text))
                pieces_of.append(shape.pieces)
            raw.FPDFFont_Close(font)
    finally:
        raw.FPDF_CloseDocument(document)
    return Atlas(np.array(squares, dtype=np.float32), np.array(geometry, dtype=np.float32), tuple(texts),
                 np.array(pieces_of, dtype=np.int32))


def _geometry(shape: Shape, x_height: float) -> tuple[float, float, float, float]:
    return (shape.top / x_height, shape.bottom / x_height, (shape.right - shape.left) / x_height,
            shape.advance / x_height)


_atlas: Atlas | None = None
_atlas_lock = threading.Lock()


def atlas() -> Atlas:
    """The reference atlas, from the cache or made afresh (a fraction of a second) and stored there."""
    global _atlas
    with _atlas_lock:
        if _atlas is None:
            from pipeline.cache import cached_bytes, source_key
            key = source_key([Path(__file__)], str(pdfium.version.PDFIUM_INFO))
            data = cached_bytes("glyph-atlas", key, _atlas_bytes)
            with np.load(io.BytesIO(data)) as stored:
                _atlas = Atlas(stored["squares"], stored["geometry"], tuple(str(t) for t in stored["texts"]),
                               stored["pieces"])
        return _atlas


def _atlas_bytes() -> bytes:
    built = _build_atlas()
    out = io.BytesIO()
    np.savez_compressed(out, squares=built.squares, geometry=built.geometry, texts=np.array(built.texts),
                        pieces=built.pieces)
    return out.getvalue()


# ------------------------------------------------------------------------------------------ reading

@dataclass(frozen=True, slots=True)
class Reading:
    """What a glyph looks like: its candidates, best first, each (text, distance); and the chars whose every
    reference glyph stands in another number of pieces (``Shape.pieces``), which it is not whatever its
    neighbours say (a J is no j: it has no dot)."""

    candidates: tuple[tuple[str, float], ...]
    unlike: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return self.candidates[0][0]

    @property
    def distance(self) -> float:
        return self.candidates[0][1]


def _distances(shapes: Sequence[Shape], x_heights: Sequence[float] | None, reference: Atlas) -> np.ndarray:
    squares = np.array([s.square.ravel() for s in shapes], dtype=np.float32)
    # the squared difference over the two glyphs' ink together: a thin glyph (l, i, !) differs as much
    # from another as a wide one does
    energy = (squares ** 2).sum(axis=1)[:, None] + (reference.squares ** 2).sum(axis=1)[None, :]
    shape_part = 1.0 - 2.0 * (squares @ reference.squares.T) / np.maximum(energy, 1e-6)
    pieces = np.array([s.pieces for s in shapes], dtype=np.int32)
    shape_part = shape_part + PIECES_WEIGHT * (pieces[:, None] != reference.pieces[None, :])
    if x_heights is None:
        return shape_part
    geometry = np.array([_geometry(s, x_height) for s, x_height in zip(shapes, x_heights, strict=True)],
                        dtype=np.float32)
    geometry_part = ((geometry[:, None, :] - reference.geometry[None, :, :]) ** 2).sum(axis=2)
    return SHAPE_WEIGHT * shape_part + GEOMETRY_WEIGHT * geometry_part


def _best(row: np.ndarray, texts: tuple[str, ...], count: int = 4) -> tuple[tuple[str, float], ...]:
    """The nearest texts, each at the distance of its nearest reference glyph."""
    out: dict[str, float] = {}
    for j in np.argsort(row):
        text = texts[j]
        if text not in out:
            out[text] = float(row[j])
            if len(out) == count:
                break
    return tuple(out.items())


def _with_look_alikes(best: tuple[tuple[str, float], ...], row: np.ndarray, texts: tuple[str, ...]
                      ) -> tuple[tuple[str, float], ...]:
    """``best`` and, after them, the look-alikes of the nearest that are not among them, each at its own
    distance: a look-alike far from the glyph is not in doubt (a DejaVu k 0.06 from k and over 0.24 from K,
    made "K" by a first reading of its neighbour), one left out of the nearest was taken to be."""
    known = {text for text, _ in best}
    extra: dict[str, float] = {}
    for j, text in enumerate(texts):
        if text not in known and _look_alikes(best[0][0], text):
            extra[text] = min(extra.get(text, math.inf), float(row[j]))
    return best + tuple(sorted(extra.items(), key=lambda item: item[1]))


def _x_height(shapes: Sequence[Shape], first: Sequence[str]) -> float | None:
    """A font's x-height in ems, from the glyphs its first reading (by shape alone) calls a, e, m,
    n or r; else from its digits or capitals; None if it has none of them."""
    for letters, ratio in ((X_LETTERS, 1.0), (DIGIT_LETTERS, CAP_RATIO), (frozenset("ABDEFHKLNRT"), CAP_RATIO)):
        tops = [s.top for s, text in zip(shapes, first, strict=True) if text in letters]
        if tops:
            return float(np.median(tops)) / ratio
    return None


def _clusters(keys: Sequence[str], links: Iterable[tuple[str, str]]) -> list[int]:
    """Which set of glyphs used together each glyph belongs to (by ``links``, pairs of glyphs set side
    by side in a word): a Type 3 font of bitmaps may hold a title's glyphs and the body's, each drawn
    at its own size, and each set has its own x-height."""
    parent = list(range(len(keys)))
    index = {key: k for k, key in enumerate(keys)}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for first, second in links:
        if first in index and second in index:
            parent[root(index[first])] = root(index[second])
    return [root(k) for k in range(len(keys))]


def read_font(shapes: dict[str, Shape], links: Iterable[tuple[str, str]] = ()) -> dict[str, Reading] | None:
    """Each glyph of one font (its current text → its shape) as the nearest reference chars, or None
    where the font's glyphs look like no text at all. A glyph without ink is a space. ``links``:
    pairs of glyphs set side by side in a word (see ``_clusters``)."""
    out = {key: Reading(((" ", 0.0),)) for key, shape in shapes.items() if shape.square is None}
    inked = [(key, shape) for key, shape in shapes.items() if shape.square is not None]
    if not inked:
        return out
    reference = atlas()
    keys = [key for key, _ in inked]
    drawn = [shape for _, shape in inked]
    first = [_best(row, reference.texts, 1)[0][0] for row in _distances(drawn, None, reference)]
    whole = _x_height(drawn, first) or 0.5
    clusters = _clusters(keys, links)
    x_heights: dict[int, float] = {}
    for cluster in set(clusters):
        members = [k for k, c in enumerate(clusters) if c == cluster]
        tops = [drawn[k].top for k in members if first[k] in X_LETTERS]
        own = float(np.median(tops)) if len(members) >= OWN_SIZE and tops else whole
        # a set of its own size (a bitmap font's title); digits and a few signs set apart keep the font's
        x_heights[cluster] = own if abs(own - whole) > 0.2 * whole else whole
    distances = _distances(drawn, [x_heights[c] for c in clusters], reference)
    pieces: dict[str, set[int]] = defaultdict(set)
    for text, count in zip(reference.texts, reference.pieces, strict=True):
        pieces[text].add(int(count))
    unlike = {count: frozenset(text for text, counts in pieces.items() if count not in counts)
              for count in {shape.pieces for shape in drawn}}
    readings = {key: Reading(_with_look_alikes(_best(row, reference.texts), row, reference.texts), unlike[shape.pieces])
                for key, shape, row in zip(keys, drawn, distances, strict=True)}
    if float(np.mean([r.distance for r in readings.values()])) > UNREADABLE_FONT:
        return None
    out.update(readings)
    return out


def nearest_of(shape: Shape, texts: Iterable[str]) -> str | None:
    """Which of ``texts`` a glyph looks most like, by its shape alone (its size and place left out: a
    minus and an equals sign, an ohm sign and a W, differ in their ink's form), or None for a glyph
    without ink or texts the atlas does not hold."""
    if shape.square is None:
        return None
    reference = atlas()
    row = _distances([shape], None, reference)[0]
    wanted = set(texts)
    best: dict[str, float] = {}
    for text, distance in zip(reference.texts, row, strict=True):
        if text in wanted and distance < best.get(text, math.inf):
            best[text] = float(distance)
    return min(best, key=best.__getitem__) if best else None


# ------------------------------------------------------------------------------------------ context

def _kind(text: str) -> str:
    if not text or text.isspace():
        return " "
    c = text[0]
    if c.isdigit():
        return "9"
    if c.isalpha():
        return "a" if c.islower() else "A"
    if c in "-−–+±":
        return "-"
    return "."


def _fit(candidate: str, before: str, after: str, script: bool = False) -> float:
    """How well a candidate fits between the kinds of chars beside one use of the glyph: a digit
    beside digits, a lowercase letter after one, a capital beside capitals or alone; a word's
    first letter before lowercase ones may be either. A glyph set as a sub- or superscript
    (``script``) after a letter is a digit as well as a letter: a formula's count ("Li₂O") or a
    unit's power ("cm²"), which a small script font's 2 and 3 look as much like as a z and an s."""
    kind = _kind(candidate)
    opening = before in " .(" and after == "a"
    if candidate == "μ":                         # a unit's prefix: after a number, before the unit's letter
        return float(before in " 9" and after in "aA")
    if kind == "9":       # beside digits, or after a sign (an exponent's "−1") or a decimal point ("0.2 s")
        return float("9" in (before, after) or before in "-." or script and before in "aA")
    if kind == "a":
        return 1.0 if before == "a" else 0.5 if opening else 0.0
    if kind in ".-":                             # a sign does not open a word, nor stand inside one
        return 0.0 if after == "a" and before in " aA" else 1.0
    if kind == "A":
        if "A" in (before, after) and "a" not in (before, after) or before in " (" and after in " .," \
                or before == "." and after == "a":       # a sentence's first letter
            return 1.0
        return 0.5 if opening else 0.0
    return 0.0


def settle(readings: dict[str, Reading], uses: Sequence[tuple[str, str, str]],
           scripts: Iterable[str] = ()) -> dict[str, str]:
    """Each glyph's text: its nearest reference char, or, where several are about as near, the one
    that fits its uses best. ``uses``: (glyph, the text before it, the text after it), the neighbours
    as first read; a glyph is decided once for all its uses. ``scripts``: glyphs set as sub- or
    superscripts (``_fit``). A closing bracket stands where the font holds its opening one as settled
    (``_paired``)."""
    first = _settled(readings, uses, frozenset(scripts), None)
    if not any(text in OPENING and OPENING[text] not in first.values() for text in first.values()):
        return first
    return _settled(readings, uses, frozenset(scripts), set(first.values()))


def _settled(readings: dict[str, Reading], uses: Sequence[tuple[str, str, str]], scripts: frozenset[str],
             held: set[str] | None) -> dict[str, str]:
    out = {key: reading.text for key, reading in readings.items()}
    rivals = {key: _rivals(reading) if held is None else _paired(_rivals(reading), reading, held)
              for key, reading in readings.items()}
    out |= {key: texts[0] for key, texts in rivals.items() if len(texts) == 1}
    rivals = {key: texts for key, texts in rivals.items() if len(texts) > 1}
    if not rivals:
        return out
    fits: dict[str, dict[str, float]] = {}
    for key, before, after in uses:
        if key in rivals:
            scores = fits.setdefault(key, dict.fromkeys(rivals[key], 0.0))
            kinds = _kind(before), _kind(after)
            latin_word = before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() and after[:1].isalpha()
            for text in rivals[key]:
                # English sets q before u alone: a single-storey g reads nearest a q ("coatinq"); and a Greek
                # letter stands inside no Latin word, where a ligature may look like one ("aωuent")
                foreign = text == "q" and after[:1] not in ("u", "U") or latin_word and not text.isascii()
                scores[text] += 0.0 if foreign else _fit(text, *kinds, script=key in scripts)
    for key, scores in fits.items():
        order = rivals[key]
        out[key] = max(order, key=lambda text: (scores[text], -order.index(text)))
    return out


OPENING = {")": "(", "]": "[", "}": "{"}
BRACKETS = frozenset("()[]{}")


def _paired(texts: list[str], reading: Reading, held: set[str]) -> list[str]:
    """``texts`` (a glyph's rivals, ``reading``'s) without a closing bracket whose opening one no glyph of the
    font reads as (``held``): a font subset to the glyphs a text uses holds both of a pair it sets. Where that
    leaves none, the letters the bracket looks like (a DejaVu J hangs below the line as a "]" does, and no
    reference J does: "kJ" read "k]"), those its pieces allow; else the texts as they were."""
    unpaired = [text for text in texts if text in OPENING and OPENING[text] not in held]
    if not unpaired:
        return texts
    kept = [text for text in texts if text not in unpaired] or \
        [text for group in LOOK_ALIKES if texts[0] in group for text in group
         if text.isalnum() and text not in reading.unlike]
    return kept or texts


LIGATURES = frozenset({"ff", "fi", "fl", "ffi", "ffl"})


def _one_glyph_text(text: str) -> bool:
    return len(text) == 1 and text.isalnum() or text in LIGATURES


def distinct(texts: dict[str, str], readings: dict[str, Reading], links: Iterable[tuple[str, str]] = (),
             scripts: Iterable[str] = ()) -> dict[str, str]:
    """``texts`` (each glyph's settled text) with no letter, digit, ligature or closing bracket read twice among glyphs used
    together (``links``: a Type 3 font of bitmaps may hold a title's "A" beside the body's, never used in
    one word): a font has one glyph for each char it sets at a size. Where two are read as one char, the
    nearer keeps it and the other takes its next candidate, one of the same kind (a digit for a digit) first:
    TeX's 5 is about as near Times' 6 as its 5, and "52 mV" read "62 mV" when the font's own 6 was nearer.
    ``scripts``: glyphs set as sub- or superscripts, a size of their own, which may read as a body glyph does."""
    keys = list(texts)
    small = set(scripts)
    cluster = dict(zip(keys, _clusters(keys, links), strict=True))
    out = dict(texts)
    by_text: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, text in texts.items():
        if (_one_glyph_text(text) or text in OPENING) and key in readings and key not in small:
            by_text[(text, cluster[key])].append(key)
    for (text, group), holders in by_text.items():
        if len(holders) < 2:
            continue
        taken = {out[k] for k in keys if cluster[k] == group}
        moves = {key: _next_candidate(readings[key], text, taken) for key in holders}
        # the glyph that keeps the char is the one that leaves the least distance over all of them
        # (ffi and ffl are about as near each other's glyphs as their own)
        keeper = min(holders, key=lambda k: dict(readings[k].candidates).get(text, math.inf)
                     + sum(moves[o][1] for o in holders if o != k))
        for key in holders:
            # a glyph whose next candidate is far beyond its reading, and no look-alike of it (l and I
            # differ by a height alone), is not in doubt, and keeps it: a Type 3 font of bitmaps may hold
            # a second y (0.07 from a y, 0.32 from a χ: "stabilitχ")
            own = dict(readings[key].candidates).get(text, math.inf)
            move, distance = moves[key]
            if key != keeper and move and (distance <= LOOK_ALIKE_REACH * own + 1e-3 or _look_alikes(text, move)):
                out[key] = move
    return out


def _look_alikes(first: str, second: str) -> bool:
    return any(first in group and second in group for group in LOOK_ALIKES)


def _next_candidate(reading: Reading, text: str, taken: set[str]) -> tuple[str, float]:
    """A glyph's nearest candidate after ``text`` that no other glyph holds, one of its kind (a digit for
    a digit, a Latin letter or ligature for a Latin letter) first, and its distance; ("", a large one)
    where there is none."""
    others = [(c, d) for c, d in reading.candidates if c not in taken and _one_glyph_text(c) and c not in reading.unlike]
    if text in OPENING:
        # a second closing bracket: the letter it looks like (a J hung below the line, which no reference J
        # is), however far that letter's reference; the nearer bracket keeps the bracket
        others = [(c, 1.0) for group in LOOK_ALIKES if text in group for c in group
                  if c.isalnum() and c not in taken and c not in reading.unlike] + others
    same = [(c, d) for c, d in others if c.isdigit() == text.isdigit() and c.isascii() == text.isascii()]
    return (same or others or [("", 1.0)])[0]


def _rivals(reading: Reading) -> list[str]:
    """The letters and digits a glyph may be, nearest first: those about as near as the nearest, and
    the others of its look-alike set (l I 1 |, O 0 o, S 5 s...), whose shapes differ by a stroke's
    width or a size the fonts do not agree on. A glyph nearest to a sign is that sign."""
    best = reading.text
    if not best.isalnum():          # a sign, or the letter it looks like (] and j, | and l) if near enough
        near = [text for text, distance in reading.candidates if distance <= AMBIGUOUS * reading.distance + 1e-3]
        # a bracket is a stem with serifs: any letter (no digit) about as near may be it (a small "t" read "[")
        return [best] + [text for text in near if text != best and text not in reading.unlike and (
            _look_alikes(best, text) or best in BRACKETS and text.isalpha())]
    out = [text for text, distance in reading.candidates
           if text.isalnum() and distance <= AMBIGUOUS * reading.distance + 1e-3 and text not in reading.unlike]
    # a look-alike the shapes set far apart (a lowercase z's ink against a capital Z's height) is not in doubt
    known = dict(reading.candidates)
    for group in LOOK_ALIKES:
        if best in group:
            out += [text for text in group if text not in out and text.isalnum() and text not in reading.unlike
                    and known.get(text, 0.0) <= LOOK_ALIKE_REACH * reading.distance + 1e-3]
    return out


# ------------------------------------------------------------------------------------------ the file

class Place(NamedTuple):
    """Where a glyph's origin stands on the page (from its top left, as chars are placed), and the
    name its font's glyphs are given."""

    x: float
    y: float
    font: str


def _forms(keys: Sequence[tuple[str, str]], wanted: dict) -> list[tuple[float, float, float, float]]:
    """Each glyph's matrix to be drawn with (see ``render``): its text object's turn or mirror, at a
    size that makes its font's median advance a text font's (half an em and a bit), so a font whose
    em is not the unit of text space is drawn at a readable size."""
    advances: dict[str, list[float]] = {}
    for key in keys:
        advance = wanted[key][2]
        if advance:
            advances.setdefault(key[0], []).append(advance)
    scale = {font: TYPICAL_ADVANCE / float(np.median(found)) for font, found in advances.items()}
    scale = {font: factor for font, factor in scale.items() if not 0.4 < factor < 2.5}   # a text font's em: as is
    out = []
    for key in keys:
        a, b, c, d = wanted[key][3]
        unit = math.sqrt(abs(a * d - b * c)) or 1.0
        size = min(max(scale.get(key[0], 1.0), 1e-3), 1e3) / unit
        out.append((a * size, b * size, c * size, d * size))
    return out


class PdfiumShapes:
    """The glyph shapes of a PDF's fonts, drawn by pdfium from the file's own font programs. The
    document is opened on first use, apart from the one the chars are read from."""

    def __init__(self, path: Path, password: str | None) -> None:
        self._path, self._password = path, password
        self._document: pdfium.PdfDocument | None = None
        self._fonts = None

    def __call__(self, number: int, fonts: frozenset[str]) -> tuple[dict[str, dict[str, Shape]], list[Place]]:
        """For page ``number`` (1-based): each of ``fonts`` → its glyphs on the page, by their text;
        and where several fonts of the page share a name (Ghostscript's Type 3 fonts have none), where
        each glyph of the second and later ones stands, by the name its glyphs are given ("name#2")."""
        from pipeline.reader.fonts import PageFonts
        from pipeline.reader.pdfium_chars import Geometry, _apply, font_of, media_box

        if self._document is None:
            self._document = pdfium.PdfDocument(str(self._path), password=self._password or None)
            self._fonts = PageFonts(self._path, self._password)
        document = self._document
        page = document[number - 1]
        textpage = page.get_textpage()
        places: list[Place] = []
        try:
            geometry = Geometry.of(media_box(page.raw), page.get_rotation() % 360)
            known = self._fonts.of_page(number - 1)
            labels: dict[int, tuple[object, str]] = {}
            handles_of: dict[str, int] = {}
            wanted: dict[tuple[str, str], tuple[object, list[int] | None, float | None, tuple[float, ...]]] = {}
            matrix = raw.FS_MATRIX()
            width, x, y = ctypes.c_float(), ctypes.c_double(), ctypes.c_double()
            for i in range(raw.FPDFText_CountChars(textpage.raw)):
                obj = raw.FPDFText_GetTextObject(textpage.raw, i)
                if not obj:
                    continue
                handle = raw.FPDFTextObj_GetFont(obj)
                address = ctypes.cast(handle, ctypes.c_void_p).value
                if address not in labels:
                    font = font_of(address, known)
                    handles_of[font.name] = handles_of.get(font.name, 0) + 1
                    count = handles_of[font.name]
                    labels[address] = font, font.name if count == 1 else f"{font.name}#{count}"
                font, label = labels[address]
                if font.name not in fonts:
                    continue
                unicode = raw.FPDFText_GetUnicode(textpage.raw, i)
                if raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
                    continue
                if label != font.name or handles_of[font.name] > 1:
                    raw.FPDFText_GetCharOrigin(textpage.raw, i, ctypes.byref(x), ctypes.byref(y))
                    px, py = _apply(geometry.device, x.value, y.value)
                    places.append(Place(px + geometry.x_offset, geometry.height - py + geometry.top_offset, label))
                text = chr(unicode) if unicode else ""       # as the char source reads code 0
                if (label, text) in wanted:
                    continue
                if raw.FPDFText_HasUnicodeMapError(textpage.raw, i) or unicode in (0, 0x20):
                    # no Unicode: pdfium gives the code itself; and codes 0 and 32, which pdfium reads as
                    # nothing and a space whatever they draw, are drawn by their codes: a font numbered anew
                    # from 0 (Ghostscript's) holds letters there
                    codes = [unicode]
                    advance = font.metrics.width(unicode) if font.metrics is not None else None
                else:                                 # set by its Unicode, which pdfium finds the code of
                    codes = None
                    found = raw.FPDFFont_GetGlyphWidth(handle, unicode, 1.0, ctypes.byref(width))
                    advance = width.value if found else None
                raw.FPDFText_GetMatrix(textpage.raw, i, ctypes.byref(matrix))    # with the page's own
                wanted[label, text] = handle, codes, advance, (matrix.a, matrix.b, matrix.c, matrix.d)
            keys = list(wanted)
            drawn = render(document.raw, [(handle, codes, key[1], advance)
                                          for key in keys for handle, codes, advance, _ in [wanted[key]]],
                           _forms(keys, wanted))
        finally:
            textpage.close()
            page.close()
        out: dict[str, dict[str, Shape]] = {}
        for (font, text), shape in zip(keys, drawn, strict=True):
            out.setdefault(font, {})[text] = shape
        return out, places

    def close(self) -> None:
        if self._fonts is not None:
            self._fonts.close()
        if self._document is not None:
            self._document.close()
            self._document = None
