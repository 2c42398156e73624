"""Words on a page → lines in reading order. Pure functions over plain records, no I/O.

The steps, each a small function:

1. ``split_scripts``: sub- and superscripts (smaller words touching a bigger one) are lifted out of
   the word list and kept with the word they touch, so they join its line (``Li3PO4``, ``cm−2``,
   a citation ``16,17``).
2. ``rows`` and ``segments``: words whose middles agree form a row; a row is cut into segments at
   gaps wider than a space can be.
3. ``split_columns``: a column's left edge is where several segments start at the same x with text
   to its left and no segment crossing the gap between. Between two segments that cross the gap
   (a title, a full-width abstract or caption, a figure across both columns) the columns hold;
   each side is searched again, so a sidebar beside two columns, or three columns, also work.
4. ``page_lines``: each column's segments, row by row, become ``Line`` records in reading order:
   column bands top to bottom, inside a band the left column before the right; full-width lines
   where they stand. Text inside a figure (axis labels) and rotated text (side stamps) are kept as
   lines of their own kind at the end of the page.
5. ``mark_repeats``: lines repeated in the top or bottom margin of many pages are running headers
   and footers.

``pipeline.reader.blocks`` then turns the lines into paragraphs, headings, captions and the reference list.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from pipeline.reader.table_regions import (
    NOTE_OPENER,
    OpenTable,
    PageBreak,
    TableRegion,
    left_open,
    placed,
    table_across_columns,
    table_line,
    without_tables,
)
from pipeline.reader.tables import NOTE_MARK_CLOSE, NOTE_MARK_OPEN
from pipeline.reader.words import spaced
from pipeline.records import FULL, BBox, BlockKind, Box, CitationMarker, Line, PageWords, Word

SCRIPT_RATIO = 0.88  # a word this much smaller than the word it touches is a sub- or superscript
# ... or only a little smaller, where it sits a third of a line off the base's baseline: WeasyPrint
# sets <sup> one size step down (9 pt beside 9.5 pt) and half an em up
SHIFTED_SCRIPT_RATIO = 0.97
SCRIPT_SHIFT = 0.3
TOUCH = 1.6          # points: a script starts within this distance of its base word
SHIFTED_TOUCH = 0.24  # ems of the base: ... or this far, where it sits off the base's baseline
ROW_BAND = 12.0      # points: words are looked up by the band of page height their middle falls in

# a work's number, perhaps with the letter of one of the works its entry lists ("12a", "3a–c"; an entry "[3] a) …;
# b) …" as German chemistry journals set them), and a list or range of them ("12–15, 18", "7a,b", "9b,c")
CITATION_ITEM = r"\d{1,4}(?:[a-h](?:\s*[–\-−]\s*[a-h]\b)?)?(?:\s*[–\-−]\s*\d{1,4}[a-h]?)?"
CITATION_BODY = CITATION_ITEM + r"(?:\s*,\s*(?:" + CITATION_ITEM + r"|[a-h](?![\w])))*"
BRACKETED_CITATION = re.compile(r"\[(" + CITATION_BODY + r")\]")
TEXT_WORD = re.compile(r"[A-Za-z]?[a-z]{2,}")      # a word of running text, no symbol of a formula ("mB", "x")
SPACED_MARKER = re.compile(r"\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*")     # a raised list of reference numbers, no year
BARE_CITATION = re.compile(r"^(" + CITATION_BODY + r")$")
# a raised mark of a table's note: one of the first few letters or a sign, perhaps a list ("a", "b,c", "*", "†")
TABLE_NOTE_MARK = re.compile(r"[a-h*†‡§¶‖#∗](?:,\s?[a-h*†‡§¶‖#∗])*")
# a raised note mark in lower-case roman numerals, as word processors number endnotes ("99.1%ⁱ", "cycles.ⁱᵛ")
ROMAN_NOTE_MARK = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
UNIT_EXPONENT_MARKER = re.compile(r"([−\-–]\d)(" + CITATION_BODY + r",?)")   # "−2" then "10" in one raised word
POWER_EXPONENT = re.compile(r"[−\-–]?\d{1,2}")                              # "−5", "4": a power of ten's exponent
UNIT_BASES = {"cm", "m", "mm", "g", "kg", "s", "h", "l", "ml", "nm", "μm", "um", "10", "k", "mol", "gpa",
              "pa", "a", "ma", "v", "w", "j", "cm2", "m2", "×10", "x10", "e", "mah", "wh", "ah", "mw", "kw"}
POWER_BASES = {"10", "×10", "x10", "e"}         # a power of ten: its exponent may be any number
# units no one squares or cubes: a raised 2 or 3 after them cites ("cycled for 200 h³"), as after any unit
NO_AREA_BASES = {"g", "kg", "h", "l", "ml", "k", "mol", "gpa", "pa", "a", "ma", "v", "w", "j", "cm2", "m2",
                 "mah", "wh", "ah", "mw", "kw"}
# the label, then a bar, a stop or a colon, or straight on with the caption's first word or panel ("Fig. 5 a) …",
# "Fig. 5 (a) …", as some societies set it)
CAPTION_START = re.compile(r"^(?:Figure|Fig\.|FIGURE|FIG\.|Table|TABLE|Scheme|SCHEME)\s*S?\d+[a-z]?\s*"
                           r"(\||[.:]\s|(?=[A-Z][a-z]|\(?[a-z](?:\s?[,–-]\s?[a-z])*\)\s))")     # "(a)", "(a,b)", "c–e)"
MARGIN_NOTE = re.compile(r"https?://(?:dx\.)?doi\.org/|\bdoi:\s*10\.|\b\d+\s+of\s+\d+\s*$", re.I)
PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[ivxlc]{1,6}|[-–]\s*\d{1,4}\s*[-–]", re.I)
STAMP_WORDS = re.compile(r"(Downloaded (?:from|by|via)|Terms and Conditions|onlinelibrary|See the Terms|"
                         r"For personal use only)", re.I)


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Tolerances of the layout steps, in points, in ems (font sizes) or as shares of the page."""

    segment_gap: float = 0.9           # ems: a wider gap inside a row may be a gutter
    gutter_min: float = 0.5            # ems: a left column's lines end at least this far left of the edge
    gutter_width: float = 0.7          # ems: the narrowest whitespace between two columns in a band
    edge_tolerance: float = 2.0        # points: left edges of one column's lines agree within this
    min_column_starts: int = 3         # lines that must start at a column's edge inside one band
    min_column_width: float = 0.1      # share of the page width the widest line of a column reaches
    margin_band: float = 0.075         # top/bottom share of a page where running headers live
    repeat_share: float = 0.4          # share of pages a running header must repeat on
    paragraph_gap: float = 1.45        # line pitch multiple that breaks a paragraph
    # … that breaks one where a capital opens the next line and the one before ends a sentence or stops
    # short: a word processor's few points after a paragraph (4 pt on a 12.9 pt lead is 1.31), against
    # lines inside a paragraph that stand up to 1.2 leads apart around scripts and stretched glue
    sentence_gap: float = 1.25


# ------------------------------------------------------------------------------ scripts

def _script_sized(small: Word, base: Word) -> bool:
    """Small enough beside ``base`` to be its script: by its size alone, or a little smaller and set
    well off its baseline."""
    return small.size <= base.size * SCRIPT_RATIO or small.size <= base.size * SHIFTED_SCRIPT_RATIO and \
        abs(small.bottom - base.bottom) >= SCRIPT_SHIFT * (base.bottom - base.top)


def _is_script_of(small: Word, base: Word) -> bool:
    if not _script_sized(small, base):
        return False
    height = base.bottom - base.top
    # a script set well off the baseline may stand a little further off: a word processor's raised minus
    # keeps its side bearings ("10", 1.7 pt, "−4" at 7.5 pt), still short of a word space of its base
    reach = max(TOUCH, SHIFTED_TOUCH * base.size) \
        if abs(small.bottom - base.bottom) >= SCRIPT_SHIFT * height else TOUCH
    touching = abs(small.x0 - base.x1) <= reach or abs(base.x0 - small.x1) <= reach
    mid = (small.top + small.bottom) / 2
    return touching and base.top - 0.25 * height <= mid <= base.bottom + 0.25 * height


def _script_kind(small: Word, base: Word) -> str:
    small_mid = (small.top + small.bottom) / 2
    base_mid = (base.top + base.bottom) / 2
    return "sup" if small_mid < base_mid - 0.08 * (base.bottom - base.top) else "sub"


def split_scripts(words: Sequence[Word]) -> tuple[list[Word], dict[int, list[tuple[Word, str]]]]:
    """Separate sub/superscripts from the words they touch.

    Returns the base words, and for each base word's index the scripts beside it with their kind:
    "sup" or "sub" after the base, "pre" for a raised prefix (an isotope ``⁷Li``, a footnote mark).
    Candidates are looked up by the rounded x of their edges, so this is linear. A script of a
    script, and a superscript stacked over a subscript (``PF₆⁻``), hang on the same base.
    """
    by_right: dict[tuple[int, int], list[int]] = defaultdict(list)     # (x1, row band) → words
    by_left: dict[tuple[int, int], list[int]] = defaultdict(list)      # (x0, row band) → words
    largest: dict[int, float] = {}                                     # row band → its largest size
    bands: list[int] = []                                              # each word's row band
    for i, w in enumerate(words):
        band = int((w.top + w.bottom) / 2 // ROW_BAND)
        bands.append(band)
        by_right[(round(w.x1), band)].append(i)
        by_left[(round(w.x0), band)].append(i)
        if w.size > largest.get(band, 0.0):
            largest[band] = w.size
    # the largest size a script in a band may have: a word of the bands looked in must be large enough to carry it
    largest_script = {band: max(largest.get(band - 1, 0.0), largest.get(band, 0.0), largest.get(band + 1, 0.0))
                      * SHIFTED_SCRIPT_RATIO for band in set(bands)}
    parent: dict[int, int] = {}
    prefix: set[int] = set()
    for i, small in enumerate(words):
        band = bands[i]
        if small.size > largest_script[band]:        # nothing to carry it (most words of body text)
            continue
        best, best_key = -1, (0, 0.0, False, 0.0)
        for after, index, edge in ((1, by_right, round(small.x0)), (0, by_left, round(small.x1))):
            for k in range(edge - 2, edge + 3):
                for b in (band - 1, band, band + 1):
                    for j in index.get((k, b), ()):
                        if j != i and _is_script_of(small, words[j]) and (after or words[j].text[:1].isalnum()):
                            base = words[j]
                            # its middle inside the base's own box, not in the margin above or below it: a
                            # superscript under a tightly set line ends where a word of the line above does
                            inside = base.top <= (small.top + small.bottom) / 2 <= base.bottom
                            key = (after, base.size, inside, -abs(base.bottom - small.bottom))
                            if best < 0 or key > best_key:
                                best, best_key = j, key
        if best < 0 and SPACED_MARKER.fullmatch(small.text.rstrip(",")):
            best, best_key = _word_before(small, band, by_right, words), (1, 0.0, False, 0.0)
        if best < 0 and (BRACKETED_CITATION.fullmatch(small.text) or TABLE_NOTE_MARK.fullmatch(small.text)):
            # a bracketed marker, or a table note's mark raised a space before its note ("ᵃ At 2 mA cm−2."),
            # hangs on the word after it
            after = _word_after(small, band, by_left, words)
            if after >= 0 and (small.text.startswith("[") or _raised_before(small, words[after])):
                best, best_key = after, (0, 0.0, False, 0.0)
        if best >= 0:
            parent[i] = best
            if best_key[0] == 0:
                prefix.add(i)
    if not parent:
        return list(words), {}
    _stack_scripts(words, parent)
    base_ids = [i for i in range(len(words)) if i not in parent]
    remap = {old: new for new, old in enumerate(base_ids)}
    scripts: dict[int, list[tuple[Word, str]]] = {}
    for i in sorted(parent, key=lambda i: words[i].x0):
        root, hops = parent[i], 0
        while root in parent and hops < 8:
            root, hops = parent[root], hops + 1
        if root in remap:
            kind = "pre" if i in prefix and _script_kind(words[i], words[root]) == "sup" else \
                _script_kind(words[i], words[root])
            scripts.setdefault(remap[root], []).append((words[i], kind))
    return [words[i] for i in base_ids], scripts


def _word_before(small: Word, band: int, by_right: dict[tuple[int, int], list[int]], words: Sequence[Word]) -> int:
    """The word a space before a raised number ("the group ³⁴ wrapped", as a manuscript sets a citation it
    typed after a space), which the number then hangs on as its superscript; -1 when there is none. An
    exponent or a charge touches its base; a raised number standing alone in a line is a marker."""
    found, nearest = -1, -1.0
    space = 0.6 * small.size / SCRIPT_RATIO
    for k in range(round(small.x0 - 2 * space), round(small.x0) + 1):
        for b in (band - 1, band, band + 1):
            for j in by_right.get((k, b), ()):
                if not nearest < words[j].x1 <= small.x0:
                    continue
                # a space wider than a word space, unless after a word of the text and no wider than the space
                # before that word: a justified line stretches its spaces, the one before the marker with the rest
                if k < round(small.x0 - space) and not (TEXT_WORD.fullmatch(words[j].text) and small.x0 - words[j].x1
                                                        <= _gap_before(words[j], b, by_right, words) + 1.0):
                    continue
                # the word before is itself raised, as small as the marker: a unit's exponent ("cm⁻² ¹⁰"), and
                # the marker hangs on the exponent's base, after it
                j = _base_of_script(words[j], small, band, by_right, words) if _same_size(words[j], small) else j
                base = words[j] if j >= 0 else None
                if base is not None and base.text[-1:].isalnum() and _hangs_beside(small, base) \
                        and _script_kind(small, base) == "sup":
                    found, nearest = j, base.x1
    return found


def _gap_before(word: Word, band: int, by_right: dict[tuple[int, int], list[int]], words: Sequence[Word]) -> float:
    """The space between ``word`` and the word before it on its line, as wide as two word spaces at most; 0 where
    none stands that near."""
    reach = 1.2 * word.size
    gaps = [word.x0 - words[j].x1 for k in range(round(word.x0 - reach), round(word.x0) + 1)
            for b in (band - 1, band, band + 1) for j in by_right.get((k, b), ())
            if words[j].x1 <= word.x0 and _same_size(words[j], word) and words[j].top < word.bottom and word.top < words[j].bottom]
    return min(gaps, default=0.0)


def _same_size(a: Word, b: Word) -> bool:
    return abs(a.size - b.size) <= 0.1 * max(a.size, b.size)


def _base_of_script(script: Word, small: Word, band: int, by_right: dict[tuple[int, int], list[int]],
                    words: Sequence[Word]) -> int:
    """The word ``script`` is a superscript of (touching it on its left), that ``small`` could hang on too; -1."""
    for k in range(round(script.x0) - 2, round(script.x0) + 3):
        for b in (band - 1, band, band + 1):
            for j in by_right.get((k, b), ()):
                if _is_script_of(script, words[j]) and _script_kind(script, words[j]) == "sup" \
                        and _hangs_beside(small, words[j]):
                    return j
    return -1


def _word_after(small: Word, band: int, by_left: dict[tuple[int, int], list[int]], words: Sequence[Word]) -> int:
    """The word a space after a raised bracketed citation marker that the line broke before (it opens the line:
    "[104] LiNO3 …"), which the marker then hangs on as a prefix; -1 when there is none. The word is the next
    one on the marker's line, and the space to it a word space, or no wider than the space after that word: a
    justified line stretches its spaces alike, where a marker set far before a line that is not stretched is a
    word of another column (a table's "[9]" cell beside a reference list's "(9) J. …")."""
    space = 0.6 * small.size / SCRIPT_RATIO
    for k in range(round(small.x1), round(small.x1 + 6 * small.size) + 1):      # a justified line stretches the space
        for b in (band - 1, band, band + 1):
            for j in by_left.get((k, b), ()):
                if not _hangs_beside(small, words[j]):
                    continue                   # a word of the line above or below
                gap = words[j].x0 - small.x1
                if words[j].text[:1].isalnum() and \
                        (gap <= space or gap <= _gap_after(words[j], b, by_left, words, 6 * small.size) + 1.0):
                    return j
                return -1                      # the next word on the line carries no marker before it
    return -1


def _raised_before(small: Word, base: Word) -> bool:
    """Whether ``small`` stands off the baseline of the word after it, as a superscript does."""
    return base.bottom - small.bottom >= SCRIPT_SHIFT * (base.bottom - base.top)


def _gap_after(word: Word, band: int, by_left: dict[tuple[int, int], list[int]], words: Sequence[Word],
               reach: float) -> float:
    """The space between ``word`` and the next word of its size on its line, within ``reach``; 0 where none."""
    gaps = [words[j].x0 - word.x1 for k in range(round(word.x1), round(word.x1 + reach) + 1)
            for b in (band - 1, band, band + 1) for j in by_left.get((k, b), ())
            if words[j].x0 >= word.x1 and _same_size(words[j], word) and words[j].top < word.bottom and word.top < words[j].bottom]
    return min(gaps, default=0.0)


def _hangs_beside(small: Word, base: Word) -> bool:
    """Small enough to be ``base``'s script, its middle within the base's line (from a quarter of its height
    above): a marker a space away from the word it belongs to."""
    height = base.bottom - base.top
    return _script_sized(small, base) and base.top - 0.25 * height <= (small.top + small.bottom) / 2 <= base.bottom


def _stack_scripts(words: Sequence[Word], parent: dict[int, int]) -> None:
    """A small word that starts where an attached script starts (stacked: the charge over a subscript
    count, PF₆⁻) or ends (chained: PS₄³⁻) hangs on the same base, its middle within the base's line as a
    script's is (``_is_script_of``): a smaller line set tight under a raised exponent (a caption under a
    line of running text, at a cramped pitch) starts where the exponent ends, and a word of it was taken
    for a script ("cm²cells s⁻¹")."""
    by_left: dict[int, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        by_left[round(w.x0)].append(i)
    pending = list(parent)
    while pending:
        i = pending.pop()
        script = words[i]
        base = words[parent[i]]
        for edge in (script.x0, script.x1):
            for k in range(round(edge) - 2, round(edge) + 3):      # every x0 within 1.5 pt of the edge
                for j in by_left.get(k, ()):
                    other = words[j]
                    if j in parent or j == parent[i] or abs(other.x0 - edge) > 1.5:
                        continue
                    if other.size > base.size * SCRIPT_RATIO:
                        continue
                    near = abs((other.top + other.bottom) - (script.top + script.bottom)) / 2 <= \
                        1.5 * max(script.bottom - script.top, other.bottom - other.top)
                    height, middle = base.bottom - base.top, (other.top + other.bottom) / 2
                    if near and other.bottom > base.top - 1 and other.top < base.bottom + 1 \
                            and base.top - 0.25 * height <= middle <= base.bottom + 0.25 * height:
                        parent[j] = parent[i]
                        pending.append(j)


# ------------------------------------------------------------------------------ rows and segments

def rows(words: Sequence[Word]) -> list[list[int]]:
    """Group word indices into rows whose vertical middles agree, each row sorted by x.

    Only safe inside one column: across columns, lines at slightly different heights would chain.
    """
    # the sort keys as lists, read by index: a lambda called for each word, twice, was a tenth of this
    heights = [w.top + w.bottom for w in words]
    order = sorted(range(len(words)), key=heights.__getitem__)
    out: list[list[int]] = []
    mids: list[float] = []
    for i in order:
        w = words[i]
        mid = heights[i] / 2
        tolerance = 0.35 * max(w.bottom - w.top, 1.0)
        for r in range(len(out) - 1, max(-1, len(out) - 4), -1):
            if abs(mids[r] - mid) <= tolerance:
                out[r].append(i)
                break
        else:
            out.append([i])
            mids.append(mid)
    lefts = [w.x0 for w in words]
    for row in out:
        row.sort(key=lefts.__getitem__)
    return out


@dataclass(slots=True)
class Segment:
    """A run of words on one line with no gap wider than a space can be."""

    ids: list[int]
    x0: float
    x1: float
    top: float
    bottom: float
    last_mid: float = 0.0

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


def _with_scripts(base: Sequence[Word], scripts: dict[int, list[tuple[Word, str]]]) -> list[Word]:
    """The base words, each as wide as the sub- and superscripts after it ("cm" with its "−2"): a cell's words
    chain across the room a script takes, where the space it leaves in its line is wider than a word gap. A word
    a table note's raised mark opens ("ᵃ At 2 mA cm−2.") is told by ``NOTE_OPENER`` before its text."""
    out = list(base)
    for i, found in scripts.items():
        right = max((w.x1 for w, kind in found if kind != "pre"), default=out[i].x1)
        if right > out[i].x1:
            out[i] = out[i]._replace(x1=right, text=_with_power(out[i].text, found))
        if out[i].text[:1].isalpha() and any(kind == "pre" and TABLE_NOTE_MARK.fullmatch(w.text) for w, kind in found):
            out[i] = out[i]._replace(text=NOTE_OPENER + out[i].text)
    return out


def _with_power(text: str, found: Sequence[tuple[Word, str]]) -> str:
    """A base word with the exponent raised over it where the word is a power's ten ("10" and "−5"): a table
    finder reads "8.2 × 10−5" as a figure, where "8.2 × 10" alone reads as none."""
    raised = [w.text for w, kind in found if kind == "sup"]
    if text == "10" and len(raised) == 1 and POWER_EXPONENT.fullmatch(raised[0]):
        return text + raised[0]
    return text


def segments(words: Sequence[Word], opts: LayoutOptions) -> list[Segment]:
    """Chain words left to right into segments: the next word starts within ``segment_gap`` ems of
    the previous one's end, at the same height. Lines of two columns never chain, even where their
    baselines nearly agree, because the gutter is wider than the gap allowed. The em is the smaller
    word's: LaTeX's gutter is 10 pt, under an em of a 14.4 pt section heading standing level with
    body lines of the other column."""
    open_by_mid: dict[int, list[Segment]] = defaultdict(list)
    out: list[Segment] = []
    segment_gap = opts.segment_gap
    lefts = [w.x0 for w in words]           # the sort key as a list, read by index (see ``rows``)
    for i in sorted(range(len(words)), key=lefts.__getitem__):
        w = words[i]
        x0, size = w.x0, w.size
        mid = (w.top + w.bottom) / 2
        height = w.bottom - w.top
        if height < 1.0:                    # max(height, 1.0), spelt out as below
            height = 1.0
        overlap = -0.25 * size
        best: Segment | None = None
        best_score = 0.0
        near = round(mid)
        for key in range(near - 3, near + 4):
            found = open_by_mid.get(key)
            if not found:
                continue
            ended = False
            for seg in found:
                # the test below runs for every open segment near each word: min() and max() of two are
                # spelt out (as they decide ties): a tenth of the CPU of chaining a page's words
                last = words[seg.ids[-1]]
                last_size = last.size
                gap = x0 - seg.x1
                if not (overlap <= gap <= segment_gap * (last_size if last_size < size else size)):
                    # words come left to right: a segment this far behind, even by its own last word's em,
                    # is behind every word still to come, and is no longer looked at (two columns' lines
                    # stand at one height all down a page)
                    ended = ended or gap > segment_gap * last_size
                    continue
                shift = abs(seg.last_mid - mid)
                last_height = last.bottom - last.top
                if shift > 0.35 * (last_height if last_height > height else height):
                    continue
                score = shift + 0.01 * abs(gap)
                if best is None or score < best_score:
                    best, best_score = seg, score
            if ended:
                found[:] = [seg for seg in found if w.x0 - seg.x1 <= opts.segment_gap * words[seg.ids[-1]].size]
        if best is None:
            best = Segment([i], w.x0, w.x1, w.top, w.bottom, mid)
            out.append(best)
        else:
            open_by_mid[round(best.last_mid)].remove(best)
            best.ids.append(i)
            # max() and min() of two spelt out, as they break ties (the first stays)
            if w.x1 > best.x1:
                best.x1 = w.x1
            if w.top < best.top:
                best.top = w.top
            if w.bottom > best.bottom:
                best.bottom = w.bottom
            best.last_mid = mid
        open_by_mid[near].append(best)      # filed by its last word's middle, this one's: round(mid)
    return out


def split_at_column_starts(segs: list[Segment], words: Sequence[Word], opts: LayoutOptions,
                           scripts: dict[int, list[tuple[Word, str]]] | None = None) -> list[Segment]:
    """Segments cut where a line of one column chained into the line beside it across a narrow gutter.

    LaTeX sets two columns 10 pt apart, and microtype hangs a line's closing hyphen or comma into the
    gutter: the gap left is under an em, so ``segments`` chains the two lines. Such a gap is clearly
    the widest of its segment (or the widest, where the line before it ends where other lines end),
    and the word after it starts where at least ``min_column_starts`` other segments start (the next
    column's left edge); a river of word spaces in one column is neither. A narrower gap is not
    looked for: where justified word spaces are as wide as the gutter (a browser's narrow gutter),
    one of them may start and end where the columns' lines do.
    A word's ``scripts`` (lifted out before) count as part of it: "LiNO₃ is" has no gap under the 3."""
    starts = sorted(s.x0 for s in segs)
    ends = sorted(s.x1 for s in segs)
    scripts = scripts or {}

    def left(i: int) -> float:
        found = scripts.get(i)           # (most words carry none: their own edge, without a list)
        return min([words[i].x0] + [w.x0 for w, _ in found]) if found else words[i].x0

    def right(i: int) -> float:
        found = scripts.get(i)
        return max([words[i].x1] + [w.x1 for w, _ in found]) if found else words[i].x1

    def starting_at(x: float) -> int:
        return bisect.bisect_right(starts, x + opts.edge_tolerance) - bisect.bisect_left(starts, x - opts.edge_tolerance)

    def ending_at(x: float) -> int:          # a justified column's right edge, give or take a hung hyphen
        return bisect.bisect_right(ends, x + 1.5 * opts.edge_tolerance) - bisect.bisect_left(ends, x - 1.5 * opts.edge_tolerance)

    def cut(seg: Segment) -> list[Segment]:
        ids = seg.ids
        if len(ids) < 3:
            return [seg]
        gaps = [left(b) - right(a) for a, b in zip(ids, ids[1:], strict=False)]
        k = max(range(len(gaps)), key=gaps.__getitem__)
        others = max((g for j, g in enumerate(gaps) if j != k), default=0.0)
        size = min(words[ids[k]].size, words[ids[k + 1]].size)
        # clearly the widest gap, or the widest where the line before it ends at the edge other lines
        # end at too (a loose line's sentence space may come near the gutter's width)
        clear = gaps[k] > 1.3 * others or gaps[k] > others and ending_at(right(ids[k])) > opts.min_column_starts
        if gaps[k] < opts.gutter_min * size or not clear or starting_at(words[ids[k + 1]].x0) < opts.min_column_starts:
            k = _gutter_beside_a_wider_space(gaps, ids, words, opts, starting_at, ending_at, right)
            if k < 0:
                k = _gutter_before_a_lone_line(seg, gaps, segs, words, opts, ending_at, right)
            if k < 0:
                return [seg]
        parts = []
        for part in (ids[:k + 1], ids[k + 1:]):
            ws = [words[i] for i in part]
            parts.append(Segment(list(part), min(w.x0 for w in ws), max(w.x1 for w in ws), min(w.top for w in ws),
                                 max(w.bottom for w in ws), (ws[-1].top + ws[-1].bottom) / 2))
        return [p for part in parts for p in cut(part)]

    return [p for seg in segs for p in cut(seg)]


def _gutter_beside_a_wider_space(gaps: list[float], ids: list[int], words: Sequence[Word], opts: LayoutOptions,
                                 starting_at, ending_at, right) -> int:
    """The gap between two chained column lines where a wider one stands beside it (a loose line's
    sentence space, TeX's wider space after a stop): the widest gap whose word before it ends where
    other lines end and whose word after it starts where other lines start, clearly wider than the
    line's middle word space (a justified word space that meets both edges by chance is not); -1 if
    none."""
    usual = statistics.median(gaps)
    best = -1
    for j, gap in enumerate(gaps):
        size = min(words[ids[j]].size, words[ids[j + 1]].size)
        if gap >= opts.gutter_min * size and gap > 1.3 * usual and (best < 0 or gap > gaps[best]) \
                and starting_at(words[ids[j + 1]].x0) >= opts.min_column_starts \
                and ending_at(right(ids[j])) > opts.min_column_starts:
            best = j
    return best


def _gutter_before_a_lone_line(seg: Segment, gaps: list[float], segs: Sequence[Segment], words: Sequence[Word],
                               opts: LayoutOptions, ending_at, right) -> int:
    """The gap between a column's line and the one line of the next column chained to it, where that column
    holds too few lines to show its left edge (LaTeX breaks a paper's last line over to the top of the last
    page's second column; a 12 pt body's segment gap is wider than the 10 pt column sep): the clearly widest
    gap, as wide as a gutter, whose word before it ends where other lines end (a justified column's right
    edge), and whose white no word of another line crosses beside that column (a single column's lines run
    across it). -1 if there is none."""
    ids = seg.ids
    k = max(range(len(gaps)), key=gaps.__getitem__)
    others = max((g for j, g in enumerate(gaps) if j != k), default=0.0)
    size = min(words[ids[k]].size, words[ids[k + 1]].size)
    edge = right(ids[k])
    if gaps[k] < opts.gutter_min * size or gaps[k] <= 1.3 * others or ending_at(edge) < opts.min_column_starts:
        return -1
    column = [s for s in segs if s is not seg and abs(s.x1 - edge) <= 1.5 * opts.edge_tolerance]
    top, bottom = min(s.top for s in column), max(s.bottom for s in column)
    # the white's middle half: a hyphen hung into the gutter stays out of it
    mid, half = edge + gaps[k] / 2, gaps[k] / 4
    for other in segs:
        if other is not seg and top < other.mid < bottom and other.x0 < mid + half and other.x1 > mid - half \
                and any(words[i].x0 < mid + half and words[i].x1 > mid - half for i in other.ids):
            return -1
    return k


# ------------------------------------------------------------------------------ columns

@dataclass(slots=True)
class Region:
    """A part of a page in reading order: either full-width segments or a band of columns."""

    top: float
    segments: list[Segment] = field(default_factory=list)      # full-width (single column) content
    columns: list[list[Region]] = field(default_factory=list)  # a band: each column's own regions
    x0: float = 0.0
    x1: float = 0.0


def _column_edges(segs: Sequence[Segment], tolerance: float) -> list[tuple[float, list[Segment]]]:
    """x positions where at least two segments start, with those segments."""
    ordered = sorted(segs, key=lambda s: s.x0)
    groups: list[tuple[float, list[Segment]]] = []
    start = 0
    for k in range(1, len(ordered) + 1):
        if k == len(ordered) or ordered[k].x0 - ordered[k - 1].x0 > tolerance:
            group = ordered[start:k]
            if len(group) >= 2:
                groups.append((min(s.x0 for s in group), group))
            start = k
    return groups


PARAGRAPH_INDENT = (0.7, 2.2)     # ems right of a column's edge where a paragraph's first line starts


def _bands_at(edge: float, starters: Sequence[Segment], segs: Sequence[Segment], mids: Sequence[float],
              by_left: _ByLeftEdge, rows: _Rows, words: Sequence[Word], size: float, width: float,
              opts: LayoutOptions) -> list[tuple[float, float]]:
    """The y-ranges where ``edge`` is the left edge of a column with another column to its left.

    Segments that cross the gap left of ``edge`` end a band. A paragraph's first line, indented an em or so,
    starts the column too: short columns (a short paper's, balanced at its end) may have few lines at the edge.
    ``mids``: each segment's middle, in the order of ``segs`` (worked out once a region, not once an edge:
    a region has dozens of candidate edges, and each one passes over all of its segments a few times);
    ``by_left``: the same segments by their left edge, where those that cross the gap or start an indent
    from it are found without a pass over the region.
    """
    gutter = opts.gutter_min * size
    before, after = edge - gutter, edge + 1             # the bounds each segment is held to, worked out once
    # top to bottom, segments at one height in the region's order (their places break the tie)
    crossing = sorted((mid, place, s) for place, s, mid in by_left.starting_before(before) if s.x1 > after)
    blockers = [s for _, _, s in crossing]
    blocker_mids = [mid for mid, _, _ in crossing]
    groups: dict[int, list[Segment]] = defaultdict(list)
    indented: dict[int, list[float]] = defaultdict(list)
    for s in starters:
        groups[bisect.bisect(blocker_mids, s.mid)].append(s)
    least, most = edge + PARAGRAPH_INDENT[0] * size, edge + PARAGRAPH_INDENT[1] * size
    for _, s, mid in by_left.starting_within(least, most):      # (in any order: an indent's starts are sorted)
        if _space_before(s, rows, size) >= (opts.gutter_width + PARAGRAPH_INDENT[0]) * size:
            indented[bisect.bisect(blocker_mids, mid)].append(s.x0)
    bands = []
    for k, group in groups.items():
        if len(group) + _one_indent(indented[k], opts.edge_tolerance) < opts.min_column_starts:
            continue
        top = blockers[k - 1].bottom if k > 0 else float("-inf")
        bottom = blockers[k].top if k < len(blockers) else float("inf")
        left: list[Segment] = []
        right: list[Segment] = []
        for s, mid in zip(segs, mids, strict=True):        # one pass
            if top < mid < bottom:
                if s.x1 <= before:
                    left.append(s)
                if s.x0 >= before:
                    right.append(s)
        if len(left) < 2 or max(s.x1 - s.x0 for s in left) < opts.min_column_width * width:
            continue
        if not right or max(s.x1 - s.x0 for s in right) < 1.5 * opts.min_column_width * width:
            continue                     # a sidebar may be narrow, the text column right of it is not
        # the gutter between lines of text: a page number or a label standing in it is not a line
        lines_left = [s for s in left if s.x1 - s.x0 >= 3 * size] or left
        lines_right = [s for s in right if s.x1 - s.x0 >= 3 * size] or right
        # the edge is where most of its lines start; one that starts within the edge's tolerance of it
        # starts there, a bracket or quote hung out into the gutter (microtype)
        at = statistics.median(s.x0 for s in group)
        # the left side's lines beside the right column's text (from its first line at the edge): an author
        # line set over the right column's top, above all of the left column's text, stands over both, in no
        # gutter, as does a label in a band over the page ("PAPER" at its right end)
        first_right = min(s.top for s in group)
        lines_left = [s for s in lines_left if s.bottom > first_right] or lines_left
        gap = min(s.x0 if s.x0 < at - opts.edge_tolerance else at for s in lines_right) - max(s.x1 for s in lines_left)
        if gap < opts.gutter_width * size or not _wider_than_word_spaces(left, right, words, size):
            continue                     # justified word gaps that happen to line up, not a gutter
        bands.extend(_split_by_kind(top, bottom, left, right, words))
    return sorted(bands)


class _ByLeftEdge:
    """A region's segments by their left edge, each with its place in the region and its middle: those that
    start left of an x, or between two, are found by bisection (a pass over the region for each of its
    candidate column edges took some 6% of a paper's reading)."""

    def __init__(self, segs: Sequence[Segment], mids: Sequence[float]) -> None:
        order = sorted(range(len(segs)), key=lambda place: segs[place].x0)
        self._x0s = [segs[place].x0 for place in order]
        self._entries = [(place, segs[place], mids[place]) for place in order]

    def starting_before(self, x: float) -> list[tuple[int, Segment, float]]:
        return self._entries[:bisect.bisect_left(self._x0s, x)]

    def starting_within(self, least: float, most: float) -> list[tuple[int, Segment, float]]:
        return self._entries[bisect.bisect_left(self._x0s, least):bisect.bisect_right(self._x0s, most)]


class _Rows:
    """A region's segments by the height of their middle, so that what stands on one segment's row is found
    without a pass over the region (a pass per candidate line made the column search quadratic)."""

    def __init__(self, segs: Sequence[Segment]) -> None:
        self._segs = sorted(segs, key=lambda s: s.mid)
        self._mids = [s.mid for s in self._segs]

    def beside(self, seg: Segment, reach: float) -> list[Segment]:
        """The segments whose middle is less than ``reach`` from ``seg``'s (``seg`` among them)."""
        mid = seg.mid
        # the window is a little wider than the test, which is made as before on each segment in it
        window = self._segs[bisect.bisect_left(self._mids, mid - reach - 1e-6):
                            bisect.bisect_right(self._mids, mid + reach + 1e-6)]
        return [s for s in window if abs(s.mid - mid) < reach]


def _space_before(seg: Segment, rows: _Rows, size: float) -> float:
    """The whitespace left of ``seg`` on its row: a gutter and an indent before a paragraph's first line."""
    return seg.x0 - max((s.x1 for s in rows.beside(seg, 0.5 * size) if s.x1 <= seg.x0), default=0.0)


def _one_indent(starts: Sequence[float], tolerance: float) -> int:
    """How many of ``starts`` stand at one indent, the commonest within ``tolerance``, where two or more do: a
    paragraph indent is one width, a river of word spaces in a justified column starts words anywhere."""
    ordered = sorted(starts)
    most = max((bisect.bisect_right(ordered, x + tolerance) - k for k, x in enumerate(ordered)), default=0)
    return most if most >= 2 else 0


def _widest_space(seg: Segment, words: Sequence[Word]) -> float:
    return max((words[b].x0 - words[a].x1 for a, b in zip(seg.ids, seg.ids[1:], strict=False)), default=0.0)


def _wider_than_word_spaces(left: Sequence[Segment], right: Sequence[Segment], words: Sequence[Word],
                            size: float) -> bool:
    """Whether the gap between the two sides is a gutter: on most rows that have text on both sides it
    is clearly wider than the widest word space of that row. A river of word spaces that happen to
    line up in one justified column is as wide as the spaces around it."""
    by_mid = sorted(right, key=lambda s: s.mid)
    mids = [s.mid for s in by_mid]
    rows = wider = 0
    for seg in left:
        k = bisect.bisect_left(mids, seg.mid - 0.5 * size)
        partner = next((r for r in by_mid[k:k + 3] if abs(r.mid - seg.mid) < 0.5 * size), None)
        if partner is None:
            continue
        rows += 1
        widest = max(_widest_space(seg, words), _widest_space(partner, words))
        wider += partner.x0 - seg.x1 > 1.3 * widest
    return rows == 0 or wider >= 0.6 * rows


def _seg_size(seg: Segment, words: Sequence[Word]) -> float:
    return statistics.median(words[i].size for i in seg.ids)


def _size_runs(side: Sequence[Segment], words: Sequence[Word]) -> list[tuple[float, list[Segment]]]:
    """A column's segments, top to bottom, in runs set in one size."""
    runs: list[tuple[float, list[Segment]]] = []
    for seg in sorted(side, key=lambda s: s.top):
        size = _seg_size(seg, words)
        if runs and abs(runs[-1][0] - size) < 0.3:
            runs[-1][1].append(seg)
        else:
            runs.append((size, [seg]))
    return runs


def _opens_a_caption(run: Sequence[Segment], words: Sequence[Word]) -> bool:
    """Whether the first line of ``run`` (a column's segments, top to bottom) opens a caption: "Figure 3. …"."""
    return bool(CAPTION_START.match(" ".join(words[i].text for i in run[0].ids)))


def _split_by_kind(top: float, bottom: float, left: Sequence[Segment], right: Sequence[Segment],
                   words: Sequence[Word]) -> list[tuple[float, float]]:
    """A band cut where both columns change from small print to another size at the same height.

    A caption set in two columns above (or below) two columns of body text shares their gutter; read
    column by column, the caption's second half would land inside the body. Where, at one height,
    both columns pass from lines of one size to lines of another, one of the two is smaller than the
    running text (a caption, a table, a footnote; not a heading, which two columns may share by
    chance), and neither column's text crosses that height, the band is cut there, so each part is
    read whole before the next. Where the right column's small print opens a caption of its own, the two are
    two captions, each its column's (two figures side by side), and each column reads on whole."""
    sizes: Counter[float] = Counter()
    for seg in (*left, *right):
        for i in seg.ids:
            sizes[words[i].size] += len(words[i].text)
    body = sizes.most_common(1)[0][0]
    runs = [_size_runs(side, words) for side in (left, right)]
    cuts = []
    for k in range(len(runs[0]) - 1):
        above, below = runs[0][k], runs[0][k + 1]
        for m in range(len(runs[1]) - 1):
            other_above, other_below = runs[1][m], runs[1][m + 1]
            if abs(above[0] - other_above[0]) >= 0.3 or abs(below[0] - other_below[0]) >= 0.3:
                continue
            small = above if above[0] < below[0] else below
            other_small = other_above if above[0] < below[0] else other_below
            if small[0] > body - 0.3 or len(small[1]) < 2 or len(other_small[1]) < 2:
                continue
            if _opens_a_caption(other_small[1], words):
                continue                 # two captions side by side, each its own column's: no caption's second half
            upper = max(max(s.bottom for s in above[1]), max(s.bottom for s in other_above[1]))
            lower = min(min(s.top for s in below[1]), min(s.top for s in other_below[1]))
            if upper < lower:
                cuts.append((upper + lower) / 2)
    edges = [top, *sorted(set(cuts)), bottom]
    return list(zip(edges, edges[1:], strict=False))


def split_columns(segs: list[Segment], words: Sequence[Word], width: float, opts: LayoutOptions,
                  depth: int = 0) -> list[Region]:
    """The segments of one page region as regions in reading order (see the module docstring)."""
    if not segs:
        return []
    best: tuple[int, float, list[tuple[float, float]]] | None = None
    size = statistics.median(words[s.ids[0]].size for s in segs)
    edges: list[float] = []          # every column edge found, the chosen one among them
    if depth < 4 and len(segs) >= 4:
        region_x0 = min(s.x0 for s in segs)
        rows = _Rows(segs)
        mids = [s.mid for s in segs]
        by_left = _ByLeftEdge(segs, mids)
        for edge, starters in _column_edges(segs, opts.edge_tolerance):
            if edge - region_x0 < opts.min_column_width * width:
                continue
            bands = _bands_at(edge, starters, segs, mids, by_left, rows, words, size, width, opts)
            if not bands:
                continue
            edges.append(edge)
            if len(bands) == 1:          # most edges: one band, no inner generator for each segment
                (top, bottom), = bands
                support = sum(1 for mid in mids if top < mid < bottom)
            else:
                support = sum(1 for mid in mids if any(t < mid < b for t, b in bands))
            if best is None or support > best[0]:
                best = (support, edge, bands)
    if best is None:
        found = _short_column_cut(segs, size, opts, words) if depth < 4 and len(segs) >= 4 else None
        if found is not None:        # a short last column beside a justified one: read each whole
            above, cut, inner, below = found
            left = [s for s in inner if s.x1 <= cut]
            right = [s for s in inner if s.x0 >= cut]
            columns = [split_columns(left, words, width, opts, depth + 1),
                       split_columns(right, words, width, opts, depth + 1)]
            band = Region(min(s.top for s in inner), columns=columns, x0=min(s.x0 for s in inner),
                          x1=max(s.x1 for s in inner))
            return [_full_region(part) for part in (above,) if part] + [band] + \
                [_full_region(part) for part in (below,) if part]
        return [_full_region(segs)]
    _, edge, bands = best
    gutter = opts.gutter_min * size
    inside: list[tuple[list[Segment], list[Segment]]] = [([], []) for _ in bands]
    outside: dict[int, list[Segment]] = defaultdict(list)       # runs between bands, by position
    tops = [t for t, _ in bands]
    for s in segs:
        k = bisect.bisect(tops, s.mid) - 1
        if k >= 0 and bands[k][0] < s.mid < bands[k][1]:
            inside[k][0 if (s.x0 + s.x1) / 2 < edge - gutter else 1].append(s)
        else:
            outside[k].append(s)
    # another column's edge is a column's width or more from this one: where entries of a hanging list start, a
    # tab right of their labels at this edge, is no gutter that a long label's line crosses
    others = [e for e in edges if abs(e - edge) >= opts.min_column_width * width]
    for k, (left, right) in enumerate(inside):
        under = _foot_lines_across(left + right, others, gutter)
        if under:
            left[:] = [s for s in left if s not in under]
            right[:] = [s for s in right if s not in under]
            outside[k].extend(under)
    centre = (min(s.x0 for s in segs) + max(s.x1 for s in segs)) / 2
    for k, (left, right) in enumerate(inside):
        for side, other in ((left, right), (right, left)):
            above = _centred_above(side, other, centre, size)
            if above:
                # and what stands over them on either side, a running head or a folio, read before them
                over = [s for s in (*side, *other) if s.bottom <= above[0].top]
                moved = above + over if len(over) <= 2 * RUNNING_HEAD_ROWS else above
                side[:] = [s for s in side if s not in moved]
                other[:] = [s for s in other if s not in moved]
                outside[k].extend(moved)
    regions: list[Region] = []
    for left, right in inside:
        members = left + right
        if not members:
            continue
        columns = [split_columns(left, words, width, opts, depth + 1),
                   split_columns(right, words, width, opts, depth + 1)]
        regions.append(Region(min(s.top for s in members), columns=columns,
                              x0=min(s.x0 for s in members), x1=max(s.x1 for s in members)))
    for run in outside.values():
        regions.extend(split_columns(run, words, width, opts, depth + 1))
    regions.sort(key=lambda r: r.top)
    return _merge_full(regions)


def _column_segments(parts: Sequence[Region]) -> list[Segment]:
    return [s for r in parts for s in (r.segments or _column_segments([p for c in r.columns for p in c]))]


def _tables_across_columns(regions: list[Region], words: Sequence[Word], rules: Sequence[Box],
                           tables: list[TableRegion]) -> list[TableRegion]:
    """``tables`` with those a word processor broke over two columns of a band (``table_across_columns``), their
    cells taken out of the columns' regions (in place). A part found a table on its own (the left's caption,
    heading and rows enough, the right's rows boxed by rules) is read again with the other, and gives way to the
    whole."""
    out = list(tables)
    for region in regions:
        for left, right in zip(region.columns, region.columns[1:], strict=False):
            sides = [_column_segments(left), _column_segments(right)]
            if not all(sides):
                continue
            for side in sides:
                x0, x1 = min(s.x0 for s in side), max(s.x1 for s in side)
                side += [seg for t in out if x0 <= t.x0 + 1 and t.x1 <= x1 + 1 for seg in _table_segments(t, words)]
            table = table_across_columns(*sides, words, rules)
            if table is not None:
                out = [t for t in out if not t.ids <= table.ids] + [table]
                _take_out(left, table.ids)
                _take_out(right, table.ids)
    return out


def _table_segments(table: TableRegion, words: Sequence[Word]) -> list[Segment]:
    """A table's cells as the segments they were found from."""
    out = []
    for row in table.rows:
        for cell in row:
            for ids in cell:
                ws = [words[i] for i in ids]
                out.append(Segment(list(ids), min(w.x0 for w in ws), max(w.x1 for w in ws), min(w.top for w in ws),
                                   max(w.bottom for w in ws), (ws[-1].top + ws[-1].bottom) / 2))
    return out


def _take_out(parts: Sequence[Region], ids: frozenset[int]) -> None:
    for r in parts:
        r.segments[:] = [s for s in r.segments if s.ids[0] not in ids]
        for column in r.columns:
            _take_out(column, ids)


RUNNING_HEAD_ROWS = 2        # a running head's pieces over one column: a journal line, a folio


def _foot_lines_across(band: Sequence[Segment], other_edges: Sequence[float], gutter: float) -> list[Segment]:
    """Lines under all of a band's columns that cross the gutter at another column edge of the region: a
    footnote or a note set across the foot of three columns, which ends past the first gutter but short of
    the second. The band's own edge does not cut it, so it would be read inside one of its sides (after the
    middle column, before the last); it belongs to no column and is read after them all. A line under one
    column only, a column-foot footnote, crosses no gutter and stays in its column."""
    crossing = [s for s in band if any(s.x0 < e - gutter and s.x1 > e + 1 for e in other_edges)]
    if not crossing:
        return []
    first = min(s.top for s in crossing)
    # what stands on the line's row (a raised note mark before it) goes with it; all else, the columns' text,
    # ends above it, and is the bulk of the band: a few foot lines, not a column's next lines
    above = [s for s in band if s.mid <= first]
    under = [s for s in band if s.mid > first]
    if not above or max(s.bottom for s in above) > first or len(under) * FOOT_SHARE > len(above):
        return []
    return under


FOOT_SHARE = 4       # the columns over a foot line hold this many times its segments, or more


def _gutter_right_of_a_column(segs: Sequence[Segment], size: float, opts: LayoutOptions,
                              words: Sequence[Word] = ()) -> float | None:
    """Where a column too short to show a left edge (a line or two: the last of a short paper's balanced
    columns, or the one line LaTeX breaks a paper's last line over to at the top of the second column) stands
    right of another: a strip of white a gutter wide or more (``gutter_width``: LaTeX's 10 pt under a 10 pt
    body is just under an em between the glyphs' boxes) that no line crosses down the whole region, two lines
    or more ending within an em of it on its left (a column's right edge), and a line of text past it beside
    them: four ems long, or a word of letters (of ``words``: the last line's end alone, "was", "°C") on a row of
    the text, with another line within two ems above or below (a running head's half set apart is none); a
    folio in the margin, a number, is no column. None when there is no such gutter."""
    spans = sorted((s.x0, s.x1) for s in segs)
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= opts.gutter_width * size:
            left = [s for s in segs if s.x1 <= reach]
            # a column's lines, four ems long or more: a numbered list's labels, each alone before the tab to its
            # entry, end level with one another too, but are no column
            edge = [s for s in left if s.x1 >= reach - size and s.x1 - s.x0 >= 4 * size]
            if len(edge) >= SHORT_COLUMN_LINES and _text_beside(segs, x0, min(s.top for s in left),
                                                                max(s.bottom for s in edge), size, words):
                return (reach + x0) / 2
        reach = max(reach, x1)
    return None


def _text_beside(segs: Sequence[Segment], x0: float, top: float, bottom: float, size: float,
                 words: Sequence[Word]) -> bool:
    """Whether a line of text stands from ``x0`` on between ``top`` and ``bottom``: four ems long, or a word of
    letters on a row of the text (``_among_lines``)."""
    return any(s.x0 >= x0 and top < s.mid < bottom and (s.x1 - s.x0 >= 4 * size or any(
        c.isalpha() for i in s.ids if i < len(words) for c in words[i].text) and _among_lines(s, segs, size))
        for s in segs)


def _among_lines(seg: Segment, segs: Sequence[Segment], size: float) -> bool:
    """Whether another row's line stands within two ems above or below ``seg``."""
    return any(0.5 * size < abs(other.mid - seg.mid) <= 2 * size for other in segs)


def _full_region(segs: Sequence[Segment]) -> Region:
    return Region(min(s.top for s in segs), list(segs), x0=min(s.x0 for s in segs), x1=max(s.x1 for s in segs))


def _short_column_cut(segs: Sequence[Segment], size: float, opts: LayoutOptions, words: Sequence[Word] = ()
                      ) -> tuple[list[Segment], float, list[Segment], list[Segment]] | None:
    """(rows above, the gutter's x, the segments beside it, rows below) where a short column stands right of
    another (``_gutter_right_of_a_column``). A running head over both columns, or a foot line or a "Downloaded
    via" stamp under them, crosses the gutter's white: up to RUNNING_HEAD_ROWS such rows at either end, each
    set above (below) all the rest and apart from it (``_set_apart``), are read as full-width rows before (after)
    the columns; a folio alone (a page number, of ``words``) is such a row however close it stands (a 12 pt
    body's last line comes within two ems of it)."""
    ordered = sorted(segs, key=lambda s: s.mid)
    tops = _edge_rows(ordered, size)
    bottoms = _edge_rows(ordered[::-1], size)
    tries = sorted(((a, b) for a in range(len(tops) + 1) for b in range(len(bottoms) + 1)), key=sum)
    for a, b in tries:
        above = [s for row in tops[:a] for s in row]
        below = [s for row in bottoms[:b] for s in row]
        edges = {id(s) for s in above} | {id(s) for s in below}      # by identity: no field-wise == per pair
        inner = [s for s in segs if id(s) not in edges]
        if len(inner) < 4 or not (_set_apart(above, inner, below, size) or _folios(above + below, words)):
            continue
        cut = _gutter_right_of_a_column(inner, size, opts, words)
        if cut is not None:
            return above, cut, inner, below[::-1]
    return None


def _folios(rows: Sequence[Segment], words: Sequence[Word]) -> bool:
    """Whether every one of ``rows`` is a page number alone."""
    return bool(rows) and all(PAGE_NUMBER.fullmatch(" ".join(words[i].text for i in s.ids if i < len(words)))
                              for s in rows)


def _set_apart(above: Sequence[Segment], inner: Sequence[Segment], below: Sequence[Segment], size: float) -> bool:
    """Whether the rows above and below stand apart from the rest by white of two ems or more, as a running head
    or a foot line does: a column's own first or last lines, a line's lead under its neighbours, are not."""
    top, bottom = min(s.top for s in inner), max(s.bottom for s in inner)
    return (not above or top - max(s.bottom for s in above) >= 2 * size) and \
        (not below or min(s.top for s in below) - bottom >= 2 * size)


def _edge_rows(ordered: Sequence[Segment], size: float) -> list[list[Segment]]:
    """The first RUNNING_HEAD_ROWS rows of ``ordered`` (segments by their middle, from one end of a region)
    that each stand clear of every segment after them: no vertical overlap."""
    out: list[list[Segment]] = []
    k = 0
    while len(out) < RUNNING_HEAD_ROWS and k < len(ordered):
        end = k + 1
        while end < len(ordered) and abs(ordered[end].mid - ordered[k].mid) < 0.5 * size:
            end += 1
        row, rest = list(ordered[k:end]), ordered[end:]
        if not rest or any(min(r.bottom, t.bottom) > max(r.top, t.top) for r in row for t in rest):
            break
        out.append(row)
        k = end
    return out


SHORT_COLUMN_LINES = 2              # lines that end within an em of that white: the column's right edge


def _centred_above(side: Sequence[Segment], other: Sequence[Segment], centre: float, size: float) -> list[Segment]:
    """Lines of one side of a band set above all of the other side's text and centred on the page: the authors
    under a title over three columns, which fall inside the middle column and cross no gutter. They are the
    page's own lines, read before the columns."""
    if not other or not side:
        return []
    centred = sorted((s for s in side if abs((s.x0 + s.x1) / 2 - centre) < size), key=lambda s: s.top)
    if not centred:
        return []
    # a running head or a folio over the other side stands above the title too: the text beside counts
    heads = [s for s in other if s.bottom <= centred[0].top]
    beside = [s for s in other if s not in heads] if len(heads) <= RUNNING_HEAD_ROWS else other
    if not beside:
        return []
    first, edge = min(s.top for s in beside), min(t.x0 for t in side)
    centred = [s for s in centred if s.bottom < first]
    out: list[Segment] = []
    for s in centred:         # short of the column's edge, or set right under such a line (a wider one)
        if s.x0 > edge + 2 * size or out and 0 <= s.top - out[-1].bottom < 0.5 * size:
            out.append(s)
    return out


def _merge_full(regions: list[Region]) -> list[Region]:
    """Adjacent full-width regions become one, so their rows stay whole."""
    out: list[Region] = []
    for region in regions:
        if out and not region.columns and not out[-1].columns:
            out[-1].segments.extend(region.segments)
            out[-1].x0, out[-1].x1 = min(out[-1].x0, region.x0), max(out[-1].x1, region.x1)
        else:
            out.append(region)
    return out


# ------------------------------------------------------------------------------ lines

def _render(base: Sequence[Word], scripts: dict[int, list[tuple[Word, str]]], ids: Sequence[int],
            cell: bool = False) -> tuple[str, list[CitationMarker]]:
    """The text of one line, with scripts inlined and citation superscripts lifted out as markers. In a table's
    ``cell``, a raised footnote mark after a word or figure ("Cobalt foamᵃ", "CE (%)ᵇ", "98.4ᵃ") is set apart in
    brackets of its own: it points to a note under the table, and inlined it would end the design's name or the
    heading's unit."""
    pieces: list[tuple[float, float, str, str, float]] = []   # (x0, x1, text, kind, size)
    for i in ids:
        pieces.append((base[i].x0, base[i].x1, base[i].text, "base", base[i].size))
        for word, kind in scripts.get(i, []):
            pieces.append((word.x0, word.x1, word.text, kind, word.size))
    pieces.sort(key=lambda p: p[0])
    text = ""
    markers: list[CitationMarker] = []
    prev_x1: float | None = None
    markers_x1: float | None = None                            # where the last citation marker ended
    prev_kind = "base"
    base_size = pieces[0][4] if pieces else 0.0
    for x0, x1, piece, kind, size in pieces:
        gap = x0 - prev_x1 if prev_x1 is not None else 0.0
        glue = " " if prev_x1 is not None and _spaced(gap, kind, prev_kind, size, base_size) else ""
        if kind == "base":
            base_size = size
        if kind == "pre":
            kind = "sup"
            if not text and piece.isdigit():          # a raised entry or footnote number opens the line
                text, prev_x1, prev_kind = piece + " ", x1, "base"
                continue
            if not text and BRACKETED_CITATION.fullmatch(piece):    # "[104] LiNO3 …": the line broke before
                markers.append(CitationMarker(expand_citation(piece.strip("[]")), 0, piece))  # the marker
                prev_x1 = x1
                continue
        elif kind == "sup" and cell and text and not glue and TABLE_NOTE_MARK.fullmatch(piece):
            text += f"{NOTE_MARK_OPEN}{piece}{NOTE_MARK_CLOSE}"     # kept for its note (``tables.row_marks``)
            prev_x1 = x1
            continue
        elif kind == "sup" and text and not glue and _endnote_mark(piece, text):
            prev_x1 = x1              # it points to a note at the paper's end; inlined it ran on the figure ("99.1%i")
            continue
        elif kind == "sup" and (exponent := _unit_exponent_and_marker(piece, text)):
            # "cm⁻²¹⁰": a unit's exponent and a citation raised right after it, read as one word
            text, piece, prev_kind = text + glue + exponent, piece[len(exponent):], "sup"
            kind = "cites"
        elif kind == "sup" and (_is_citation_script(piece, text, after_subscript=prev_kind == "sub")
                                or prev_kind == "sup" and glue and re.search(r"\d$", text)
                                and BARE_CITATION.fullmatch(piece.strip().rstrip(","))):
            # ... or a raised number a space after an exponent ("cm⁻² ¹⁰"): a power has one exponent
            kind = "cites"
        if kind == "cites":
            numbers = expand_citation(piece.strip("[]() ,"))
            if numbers:
                at = len(text.rstrip())
                if markers and markers[-1].start == at and markers[-1].raw.endswith(",") and prev_x1 == markers_x1:
                    # "77," and "78": one raised list that the thin space after its comma (LaTeX's cite
                    # package sets one) split into two words
                    markers[-1] = CitationMarker(markers[-1].numbers + numbers, at, markers[-1].raw + piece)
                else:
                    markers.append(CitationMarker(numbers, at, piece))
                prev_x1 = markers_x1 = x1
                continue
            kind = "sup"
        text = text + glue + piece if text else piece
        prev_x1, prev_kind = x1, kind
    return text, markers


def _endnote_mark(raised: str, text: str) -> bool:
    """Whether a raised word is an endnote's mark in lower-case roman numerals ("i", "iv") after a figure, a word
    or a stop; not a power of a unit or of ten ("10ˣ"), a variable's."""
    last = text.split()[-1] if text.split() else ""
    return bool(ROMAN_NOTE_MARK.fullmatch(raised)) and len(last) > 1 and re.search(r"[A-Za-z%.,;:)]$", last) is not None \
        and last.lower() not in UNIT_BASES


def _spaced(gap: float, kind: str, prev_kind: str, size: float, base_size: float) -> bool:
    """Whether a reader sees a space before a piece of a line. Between words, any gap a word could
    not hold (the same test that split them); a script, though, sits off its base and its own pieces
    by thin spaces ("mAh g⁻¹" is often set g, thin space, −, kern, 1), so only a gap as wide as a word
    space of the base's size sets it apart. A raised prefix (a note's mark, an isotope's mass) opens the word after
    it, so the gap before it is one between words, read against the base's size."""
    if kind == "base":
        return spaced(gap, size)
    if kind == "pre" and prev_kind == "base":
        return spaced(gap, base_size)
    if prev_kind == "base":
        return gap > 0.25 * base_size
    return gap > 0.3 * size


def _unit_exponent_and_marker(piece: str, before: str) -> str:
    """The exponent that opens a raised word after a unit, where citation numbers follow it in the same word
    ("cm" then "−210": a unit's exponent is one digit, "−2", and "10" cites); "" for any other raised word.
    A power of ten ("10⁻¹⁰") takes exponents of any length."""
    m = UNIT_EXPONENT_MARKER.fullmatch(piece.strip())
    last = re.findall(r"[A-Za-zμ]+$", before)
    if not m or not last or last[0].lower() not in UNIT_BASES or not expand_citation(m[2].rstrip(",")):
        return ""
    return m[1]


def _is_citation_script(piece: str, before: str, after_subscript: bool = False) -> bool:
    """A raised number is a citation unless it is an exponent (cm⁻², 10⁻⁵) or a charge (Li⁺)."""
    stripped = piece.strip().rstrip(",")
    if stripped.startswith("[") and BRACKETED_CITATION.fullmatch(stripped):
        return not is_crystal_index(stripped, before)
    if not BARE_CITATION.fullmatch(stripped) or not before.strip():
        return False
    before = before.rstrip()
    if before.endswith(("(", "[", "−", "-", "^")):
        return False
    listed = bool(re.search(r"[,–\-−]", stripped))      # "4,5" or "12–15" is never an exponent
    if listed or after_subscript:                       # Li₇P₃S₁₁³: a formula is not raised to a power
        return True
    last = re.findall(r"[A-Za-zμ×0-9]+$", before)
    if last and last[0].lower() in UNIT_BASES:
        return not _unit_power(stripped, last[0].lower())
    # 10^5, 2^3: a power, not a reference; but nobody raises a decimal to a power in prose, so after "0.52" a
    # raised number cites ("… rose to 0.52⁹.")
    return not re.search(r"\d$", before) or bool(re.search(r"(?<![\d.,])\d+[.,]\d+$", before))


def _unit_power(raised: str, base: str) -> bool:
    """Whether a raised unsigned number can be the power of the unit before it. A power of ten takes
    any; a unit's own power is an area's or a volume's (m², cm³): nobody writes V¹⁴ or mAh¹², so there
    the number is a citation set right after a sentence's closing unit ("… of 0.3 V¹⁴.")."""
    return base in POWER_BASES or (raised in ("2", "3") and base not in NO_AREA_BASES)


def is_crystal_index(marker: str, before: str) -> bool:
    """'[110]' right after '(111)' or 'Σ3/' is a crystal direction, not a reference."""
    return bool(re.fullmatch(r"\[[0-3]{3}\]", marker.strip())) and (
        before.rstrip()[-1:] in (")", "/", "}") or before[-1:].isdigit())


def expand_citation(body: str) -> tuple[int, ...]:
    """'12–15, 18' → (12, 13, 14, 15, 18); a lettered part of an entry is its entry ('7a,b' → (7,), '3a–c' → (3,)).
    Implausible ranges (backwards or huge) are refused."""
    numbers: list[int] = []
    lettered = False
    for part in re.split(r"\s*,\s*", body.strip()):
        if not part:
            continue
        if lettered and re.fullmatch(r"[a-h]", part):
            continue                    # "7a,b": another work of entry 7
        lettered = bool(re.match(r"\d+[a-h]", part))
        part = re.sub(r"^(\d+)[a-h]\s*[–\-−]\s*[a-h]$", r"\1", part)        # "3a–c": works of entry 3
        part = re.sub(r"(?<=\d)[a-h]\b", "", part)                              # "12a": entry 12
        bounds = re.split(r"\s*[–\-−]\s*", part)
        if len(bounds) == 2 and all(b.isdigit() for b in bounds):
            a, b = int(bounds[0]), int(bounds[1])
            if 0 < a <= b <= a + 60:
                numbers.extend(range(a, b + 1))
            else:
                return ()
        elif part.isdigit() and int(part) > 0:
            numbers.append(int(part))
        else:
            return ()
    return tuple(numbers)


def _line(page: int, base: Sequence[Word], scripts: dict[int, list[tuple[Word, str]]], ids: list[int],
          column: int, column_x0: float, column_x1: float) -> Line:
    words = [base[i] for i in ids]
    sizes: Counter[float] = Counter()
    fonts: Counter[str] = Counter()
    for w in words:
        sizes[w.size] += len(w.text)
        fonts[w.font] += len(w.text)
    size = sizes.most_common(1)[0][0]
    chars = sum(len(w.text) for w in words) or 1
    bold = sum(len(w.text) for w in words if w.bold) / chars > 0.6
    italic = sum(len(w.text) for w in words if w.italic) / chars > 0.6
    text, markers = _render(base, scripts, ids)
    every = words + [s for i in ids for s, _ in scripts.get(i, [])]
    return Line(page, min(w.x0 for w in every), max(w.x1 for w in every), min(w.top for w in words),
                max(w.bottom for w in words), size, bold, italic, text, tuple(markers), column,
                bold_head=words[0].bold, font=fonts.most_common(1)[0][0], column_x0=column_x0,
                column_x1=column_x1)


def _side_lines(page: int, words: Sequence[Word], kind: BlockKind) -> list[Line]:
    """Rotated text or text inside a figure: one line per row, all of one kind."""
    row_ids = rows(words)
    lines = []
    for ids in row_ids:
        ws = [words[i] for i in ids]
        lines.append(Line(page, min(w.x0 for w in ws), max(w.x1 for w in ws), min(w.top for w in ws),
                          max(w.bottom for w in ws), statistics.median(w.size for w in ws), False, False,
                          " ".join(w.text for w in ws), (), FULL, kind))
    return lines


def _stamp_line(page: int, words: Sequence[Word]) -> Line:
    """Rotated words (a side stamp) as one line, in the order they were drawn."""
    return Line(page, min(w.x0 for w in words), max(w.x1 for w in words), min(w.top for w in words),
                max(w.bottom for w in words), statistics.median(w.size for w in words), False, False,
                " ".join(w.text for w in words), (), FULL, BlockKind.STAMP)


def _in_figure(word: Word, figures: Sequence[tuple[float, float, float, float]], margin: float = 0.0) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return any(x0 - margin <= cx <= x1 + margin and top - margin <= cy <= bottom + margin
               for x0, top, x1, bottom in figures)


def join_drop_caps(words: list[Word]) -> list[Word]:
    """A paragraph's big initial letter ('T' three lines high) joins the first word beside it."""
    if not words:
        return words
    usual = statistics.median(w.size for w in words)
    caps = [w for w in words if len(w.text) == 1 and w.text.isupper() and w.size > 2.2 * usual]
    if not caps:
        return words
    out = list(words)
    for cap in caps:
        beside = [w for w in out if w is not cap and 0 <= w.x0 - cap.x1 < 2 * usual
                  and cap.top - usual < w.top < cap.top + usual and w.size < cap.size / 2]
        if not beside:
            continue
        first = min(beside, key=lambda w: (w.top, w.x0))
        merged = Word(cap.text + first.text, first.x0, first.x1, first.top, first.bottom, first.size, first.font)
        out = [merged if w is first else w for w in out if w is not cap]
    return out


SMALL_CAPS = re.compile(r"[A-Z][A-Z\-–'’.,:&]*")


def join_small_caps(words: list[Word]) -> list[Word]:
    """Small capitals synthesised from scaled capitals ("I" then "NTRODUCTION" a size smaller, as pdfLaTeX sets a
    bold small-caps heading in Times, or a browser or word processor sets font-variant: small-caps) are one
    word on one baseline, not a capital with a subscript. A subscript sits below its base's baseline; these
    stand on it. The word takes the small letters' size, as the words of the line set in small capitals alone
    have it ("R" "ESULTS AND DISCUSSION"), so headings so set are sized alike."""
    by_right: dict[int, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        if w.text[-1:].isupper() and w.upright:
            by_right[round(w.x1)].append(i)
    if not by_right:
        return words
    joined: dict[int, int] = {}                      # small word → the capital word it continues
    for i, small in enumerate(words):
        if not SMALL_CAPS.fullmatch(small.text) or not small.upright:
            continue
        for k in (round(small.x0) - 1, round(small.x0), round(small.x0) + 1):
            for j in by_right.get(k, ()):
                cap = words[j]
                if j != i and 0.6 * cap.size <= small.size <= 0.9 * cap.size \
                        and -0.05 * cap.size <= small.x0 - cap.x1 <= 0.15 * cap.size \
                        and abs(small.bottom - cap.bottom) <= 0.08 * cap.size:
                    joined[i] = j
    if not joined:
        return words
    merged: dict[int, Word] = {}
    for i in sorted(joined, key=lambda i: words[i].x0):
        root = joined[i]
        while root in joined:
            root = joined[root]
        head = merged.get(root, words[root])
        small = words[i]
        merged[root] = head._replace(text=head.text + small.text, x1=max(head.x1, small.x1), size=small.size,
                                     top=min(head.top, small.top), bottom=max(head.bottom, small.bottom))
    return [merged.get(i, w) for i, w in enumerate(words) if i not in joined]


LINE_NUMBER = re.compile(r"\d{1,5}")
MIN_LINE_NUMBERS = 8      # a page numbers at least this many of its lines when it numbers them at all


def _beside(number: Word, words: Sequence[Word], by_band: dict[int, list[int]]) -> tuple[str, float] | None:
    """On which side of a small number its row's text is, and how many of the text's ems away: the
    number stands alone at the end of its row, set clearly smaller than the text, apart from it or on
    its baseline."""
    mid = (number.top + number.bottom) / 2
    band = int(mid // ROW_BAND)
    row = [words[j] for b in (band - 1, band, band + 1) for j in by_band.get(b, ())
           if words[j] is not number and abs((words[j].top + words[j].bottom) / 2 - mid) <= 0.5 * (words[j].bottom - words[j].top)]
    slack = 0.05 * number.size                    # a number set flush against the text may overlap it a hair
    right = [w for w in row if w.x0 >= number.x1 - slack]
    left = [w for w in row if w.x1 <= number.x0 + slack]
    for side, others, near in (("left", right, min(right, key=lambda w: w.x0, default=None)),
                               ("right", left, max(left, key=lambda w: w.x1, default=None))):
        if near is None or len(others) != len(row) or number.size > 0.85 * near.size:
            continue
        gap = near.x0 - number.x1 if side == "left" else number.x0 - near.x1
        # set close to the text (a small \linenumbersep, or a reference's label hung into the margin) it
        # may touch it, but stands on the row's baseline, where a raised citation or affiliation mark does not
        if gap >= 0.3 * near.size or gap >= -0.05 * near.size and abs(number.bottom - near.bottom) < 0.15 * near.size:
            return side, max(gap, 0.0) / near.size
    return None


@dataclass(frozen=True, slots=True)
class LineNumbering:
    """How a paper numbers its lines in the margin, as its pages so far show it: on which side of the
    text ("left": right-aligned before it; "right": left-aligned after it), the x the numbers align on,
    their size, a digit's width and the last number. A later page's numbers at that edge that count on
    are line numbers however few they are (a last page of three reference entries) and whatever their
    size against the text's (a reference list set as small as they are)."""

    side: str
    edge: float
    size: float
    digit: float
    last: int


EDGE_SLACK = 1.5          # points: numbers of one strip align on their edge within this


class MarginNumbers(NamedTuple):
    numbers: list[Word]                 # the line numbers, margin furniture
    kept: list[Word]                    # the page's other words, a number glued to a label cut off it
    numbering: LineNumbering | None     # the paper's numbering as this page leaves it


def _numbering(words: Sequence[Word], strip: Sequence[int], side: str) -> LineNumbering:
    numbers = [words[i] for i in strip]
    edge = statistics.median(w.x1 if side == "left" else w.x0 for w in numbers)
    digit = statistics.median((w.x1 - w.x0) / len(w.text) for w in numbers)
    return LineNumbering(side, edge, statistics.median(w.size for w in numbers), digit,
                         max(int(w.text) for w in numbers))


def _counting_on(words: Sequence[Word], known: LineNumbering, taken: set[int]) -> dict[int, int]:
    """Index → digits of the words that carry a number of the known strip: a number alone at its edge,
    set in its size, or (left of the text) one glued to what follows it ("1115[22]": a reference's
    label touching its line's number, set as small, reads as one word), cut at the strip's edge."""
    out: dict[int, int] = {}
    for i, w in enumerate(words):
        if i in taken or not w.upright or abs(w.size - known.size) > 0.05 * known.size:
            continue
        digits = re.match(r"\d{1,5}", w.text)
        if digits is None:
            continue
        if len(digits.group()) == len(w.text):
            if abs((w.x1 if known.side == "left" else w.x0) - known.edge) <= EDGE_SLACK:
                out[i] = len(w.text)
            continue
        if known.side == "left":
            for k in range(len(digits.group()), 0, -1):
                if abs(w.x0 + k * known.digit - known.edge) <= EDGE_SLACK / 2:
                    out[i] = k
                    break
    ordered = sorted(out, key=lambda i: words[i].top)
    values = [int(words[i].text[:out[i]]) for i in ordered]
    rising = sum(b > a for a, b in zip([known.last, *values], values, strict=False))
    return out if values and rising >= 0.9 * len(values) else {}


def _gutter_strips(words: Sequence[Word], numbers: Sequence[int], numbering: LineNumbering, taken: set[int]
                   ) -> set[int]:
    """The line numbers of a two-column manuscript's other column, set in the gutter on the same side of their
    lines as the strip found at the page's edge: they have text on both sides (and may run into the next
    column's first word), so ``_beside`` does not see them, but they are set in the strip's size, align on
    one edge, count up down the page, at least ``MIN_LINE_NUMBERS`` of them, and most stand half an em or
    more off their lines: a reference list set in their size has a column of volumes counting up too, a
    word space after the journal's name."""
    strips: dict[int, list[int]] = defaultdict(list)
    for i in numbers:
        w = words[i]
        if i not in taken and abs(w.size - numbering.size) <= 0.05 * numbering.size:
            strips[round((w.x1 if numbering.side == "left" else w.x0) / EDGE_SLACK)].append(i)
    out: set[int] = set()
    for strip in strips.values():
        if len(strip) < MIN_LINE_NUMBERS:
            continue
        strip.sort(key=lambda i: words[i].top)
        values = [int(words[i].text) for i in strip]
        gaps = sorted(_gap_to_text(words[i], words, numbering.side) for i in strip)
        if sum(b > a for a, b in zip(values, values[1:], strict=False)) >= 0.9 * (len(values) - 1) \
                and gaps[len(gaps) // 2] >= GUTTER_GAP:
            out.update(strip)
    return out


GUTTER_GAP = 0.5          # ems of the text: a line number stands this far off its line, a word a space


def _gap_to_text(number: Word, words: Sequence[Word], side: str) -> float:
    """How many of its line's ems a number stands off the end of its line (``side`` "right": the line
    before it) or its start ("left": after it); a large value where no word of its row stands there."""
    mid = (number.top + number.bottom) / 2
    row = [w for w in words if w is not number and abs((w.top + w.bottom) / 2 - mid) <= 0.5 * (w.bottom - w.top)]
    if side == "right":
        near = max((w for w in row if w.x1 <= number.x0 + 0.05 * number.size), key=lambda w: w.x1, default=None)
        return (number.x0 - near.x1) / near.size if near is not None else math.inf
    near = min((w for w in row if w.x0 >= number.x1 - 0.05 * number.size), key=lambda w: w.x0, default=None)
    return (near.x0 - number.x1) / near.size if near is not None else math.inf


def margin_line_numbers(words: Sequence[Word], known: LineNumbering | None = None) -> MarginNumbers:
    """The line numbers a manuscript prints in its margin (LaTeX's lineno: a small number beside every
    line, right-aligned a little left of the text, or left-aligned right of a right column), and the
    page's other words. They are found as a strip: at least ``MIN_LINE_NUMBERS`` numbers, each alone at
    the end of a row of larger text, sharing one edge, counting up down the page, a third of them at
    least within a few ems of the text (an indented line, a hanging reference entry's run-over lines,
    stand further off: a page of references may have more of those than of first lines). A reference
    list's numbers are set in its entries' size, and a raised citation touches its word, so neither is
    a strip. The strip a page finds, or else ``known`` (the pages before), then takes the numbers that
    count on at its edge (``_counting_on``)."""
    numbers = [i for i, w in enumerate(words) if w.upright and LINE_NUMBER.fullmatch(w.text)]
    out: set[int] = set()
    found: LineNumbering | None = None
    if len(numbers) >= MIN_LINE_NUMBERS:
        by_band: dict[int, list[int]] = defaultdict(list)
        for j, w in enumerate(words):
            by_band[int((w.top + w.bottom) / 2 // ROW_BAND)].append(j)
        strips: dict[tuple[str, int], list[int]] = defaultdict(list)
        ems: dict[int, float] = {}
        for i in numbers:
            beside = _beside(words[i], words, by_band)
            if beside:
                side, ems[i] = beside
                edge = words[i].x1 if side == "left" else words[i].x0
                strips[(side, round(edge / EDGE_SLACK))].append(i)
        for (side, _), strip in strips.items():
            if len(strip) < MIN_LINE_NUMBERS or sorted(ems[i] for i in strip)[len(strip) // 3] > 3:
                continue
            strip.sort(key=lambda i: words[i].top)
            values = [int(words[i].text) for i in strip]
            rising = sum(b > a for a, b in zip(values, values[1:], strict=False))
            if rising >= 0.9 * (len(values) - 1):
                out.update(strip)
                found = _numbering(words, strip, side) if found is None or len(strip) > MIN_LINE_NUMBERS else found
    strip_of = found or known
    if strip_of is not None:
        out |= _gutter_strips(words, numbers, strip_of, out)
    cut = _counting_on(words, strip_of, out) if strip_of is not None else {}
    if not out and not cut:
        return MarginNumbers([], list(words), known)
    margin, kept = [], []
    for i, w in enumerate(words):
        if i in out or i in cut and cut[i] == len(w.text):
            margin.append(w)
        elif i in cut:
            at = w.x0 + cut[i] * strip_of.digit
            margin.append(w._replace(text=w.text[:cut[i]], x1=at))
            kept.append(w._replace(text=w.text[cut[i]:], x0=at))
        else:
            kept.append(w)
    last = max((int(w.text) for w in margin), default=strip_of.last)
    return MarginNumbers(margin, kept, replace(found or strip_of, last=max(last, strip_of.last)))


FIGURE_MARGIN = 18.0      # points round a drawing's box where words unlike the running text are its labels


def _grown(boxes: Sequence[tuple[float, float, float, float]], labels: Sequence[Word]
           ) -> tuple[tuple[float, float, float, float], ...]:
    """Each box taken down over the row of tick numbers set under it, once: the x axis's title stands the
    numbers' height further down than they do. Only down, and only by a row of three or more numbers and
    nothing else: under or beside a plot may stand a table's rows, set in a figure's type too."""
    out = []
    for box in boxes:
        x0, top, x1, bottom = box
        below = [w for w in labels if bottom < (w.top + w.bottom) / 2 <= bottom + FIGURE_MARGIN]
        for row in rows(below):
            ticks = [below[i] for i in row]
            if len(ticks) >= 3 and all(TICK.fullmatch(w.text) and x0 <= (w.x0 + w.x1) / 2 <= x1 for w in ticks):
                bottom = max(bottom, *(w.bottom for w in ticks))
        out.append((x0, top, x1, bottom))
    return tuple(out)


TICK = re.compile(r"[−\-]?\d+(?:[.,]\d+)?")


FLOAT_LABEL_WORD = re.compile(r"(?:Figure|Fig\.|FIGURE|FIG\.|Table|TABLE|Scheme|SCHEME)")


def _without_caption_rows(labels: list[Word], page: PageWords, words: Sequence[Word]) -> list[Word]:
    """The words near a plot less a caption's rows ("Figure 3. a) ..." and the rows under it): a caption set in
    smaller type right under a drawing stands in the margin around it, where a plot's axis labels do too. Its
    label ("Figure") may stand past the margin, the words after it inside."""
    rows_kept: set[int] = set()
    taken = {id(v) for v in labels}
    for w in words:
        if not FLOAT_LABEL_WORD.fullmatch(w.text) or _in_figure(w, page.drawings) or \
                page.figures and _in_figure(w, page.figures):
            continue
        mid, height = (w.top + w.bottom) / 2, w.bottom - w.top
        same_row = [v for v in words if abs((v.top + v.bottom) / 2 - mid) <= 0.35 * height]
        row = [w]
        for v in sorted((v for v in same_row if v.x0 > w.x0), key=lambda v: v.x0):
            if v.x0 - row[-1].x1 > 3 * height:       # the row's own words, not a column beside it
                break
            row.append(v)
        # a line's first word (none a word space or two before it; a column beside is further), by a plot
        opens = not any(w.x0 - 3 * height < v.x1 <= w.x0 for v in same_row) and any(id(v) in taken for v in row)
        if opens and len(row) > 1 and re.fullmatch(r"S?\d+[a-z]?[.:|]?", row[1].text):
            right = max(v.x1 for v in row)
            rows_kept.update(id(v) for v in labels if not _in_figure(v, page.drawings) and v.top >= w.top - 0.35 * height
                             and w.x0 - height <= v.x0 and v.x1 <= right + height)
    return [w for w in labels if id(w) not in rows_kept] if rows_kept else labels


def _without_scripts_of_text(labels: list[Word], page: PageWords, words: Sequence[Word]) -> list[Word]:
    """The words near a plot less the scripts of words that are text: a caption's "cm⁻²" right under a plot has
    its exponent in the margin round the drawing, its base outside."""
    taken = {id(w) for w in labels}
    by_right: dict[int, list[Word]] = defaultdict(list)
    for w in words:
        if id(w) not in taken:
            by_right[round(w.x1)].append(w)
    kept = {id(w) for w in labels if not _in_figure(w, page.drawings) and any(
        _is_script_of(w, base) for k in range(round(w.x0) - 2, round(w.x0) + 3) for base in by_right.get(k, ()))}
    return [w for w in labels if id(w) not in kept] if kept else labels


def _scripts_of_labels(labels: Sequence[Word], words: Sequence[Word], body: tuple[str, float]) -> list[Word]:
    """The sub- and superscripts of a figure's labels that stand outside the figure's box ("cm⁻²" at the end of
    a legend): small words, unlike running text, touching a label, go with it rather than into the text."""
    inside = {id(w) for w in labels}
    by_right: dict[int, list[Word]] = defaultdict(list)
    for w in labels:
        by_right[round(w.x1)].append(w)
    out = []
    for w in words:
        if id(w) in inside or not _unlike_text(w, body):
            continue
        if any(_is_script_of(w, label) for k in range(round(w.x0) - 2, round(w.x0) + 3) for label in by_right.get(k, ())):
            out.append(w)
    return out


def _unlike_text(word: Word, body: tuple[str, float]) -> bool:
    """A word set in another font or size than the running text (a label in a plot)."""
    body_font, body_size = body
    return word.font != body_font or abs(word.size - body_size) > 0.5


# a reference list's heading as one word, and the running text it must follow (two or three sentences)
REFERENCE_LIST_WORD = re.compile(r"(?:References|REFERENCES|Bibliography|BIBLIOGRAPHY)[.:]?")
TEXT_BEFORE_REFERENCES = 200       # characters; blocks.body_size cuts the whole paper's lines so too


def font_counts(page: PageWords) -> Counter[tuple[str, float]]:
    """Characters per (font, size) on a page, up to a reference list's heading (``reference_list_at``);
    the most common is the running text's."""
    return running_text(page)[0]


def reference_list_at(page: PageWords) -> int | None:
    """The index of the word that heads a reference list on the page (in content order, after some running
    text, set apart from it), or None. A short paper's list, set small, can outweigh its running text on
    the page: taken for the running text's type, it made the body's lines by a plot the plot's labels."""
    return running_text(page)[1]


def running_text(page: PageWords) -> tuple[Counter[tuple[str, float]], int | None]:
    """``font_counts`` and ``reference_list_at`` of a page, from one pass over its words: the heading is
    found by the counts of the words before it, which are the page's counts when it heads a list."""
    counts: Counter[tuple[str, float]] = Counter()
    for k, w in enumerate(page.words):
        if REFERENCE_LIST_WORD.fullmatch(w.text) and sum(counts.values()) >= TEXT_BEFORE_REFERENCES \
                and (w.font, w.size) != _most_common(counts):
            return counts, k
        counts[(w.font, w.size)] += len(w.text)
    return counts, None


def _most_common(counts: Counter[tuple[str, float]]) -> tuple[str, float]:
    return counts.most_common(1)[0][0] if counts else ("", 0.0)


LANDSCAPE_SHARE = 0.6     # of a page's words set sideways: a landscape page (a wide table turned on its side)
SIDEWAYS_WORDS = 20       # sideways words enough for a table turned on its side (a plot's axis titles are fewer)
EDGE = 0.08               # of the page's width: the margins a side stamp stands in ("Downloaded from …")


def turned(page: PageWords) -> PageWords | None:
    """A landscape page (most of its words set sideways: a wide table or figure turned on its own page) as
    it reads turned upright, its upright words (the running head, the page number) sideways in their turn;
    None for any other page."""
    sideways = sum(1 for w in page.words if not w.upright)
    if sideways < SIDEWAYS_WORDS or sideways < LANDSCAPE_SHARE * len(page.words):
        return None
    return _turn(page)


def _turn(page: PageWords) -> PageWords:
    """The page turned a quarter so that its sideways words stand upright. Their order says which way: up the
    page (a table turned anticlockwise, as LaTeX's sidewaystable sets it) or down. A sideways word's size is
    its breadth across the line, which is the type's size."""
    rising = _rising(page)
    width, height = page.width, page.height

    def box(b: Box) -> Box:
        x0, top, x1, bottom = b
        return (height - bottom, x0, height - top, x1) if rising else (top, width - x1, bottom, width - x0)

    def word(w: Word) -> Word:
        x0, top, x1, bottom = box((w.x0, w.top, w.x1, w.bottom))
        return w._replace(x0=x0, top=top, x1=x1, bottom=bottom, size=round(w.x1 - w.x0, 2) if not w.upright else
                          w.size, upright=not w.upright)

    return PageWords(page.number, height, width, tuple(word(w) for w in page.words),
                     tuple(map(box, page.figures)), tuple(map(box, page.drawings)), ())


def _rising(page: PageWords) -> bool:
    """Whether the page's sideways words run up the page (turned anticlockwise) rather than down."""
    sideways = [w for w in page.words if not w.upright]
    steps = [b.top - a.top for a, b in zip(sideways, sideways[1:], strict=False) if abs(b.x0 - a.x0) < 1.0]
    return sum(1 for d in steps if d < 0) >= sum(1 for d in steps if d > 0)


def _turned_back(lines: list[Line], page: PageWords) -> list[Line]:
    """The lines read from ``page`` turned upright (``_turn``), their tables' rows boxed where they stand on
    the page as printed: a row's figures point at the row there. Every other box stays as read upright, for
    the layout of the page's blocks."""
    rising, width, height = _rising(page), page.width, page.height

    def back(b: BBox) -> BBox:
        if rising:
            return BBox(b.top, height - b.x1, b.bottom, height - b.x0)
        return BBox(width - b.bottom, b.x0, width - b.top, b.x1)

    return [replace(ln, parts=tuple((a, z, back(box)) for a, z, box in ln.parts)) if ln.parts else ln for ln in lines]


def _sideways_table(page: PageWords, opts: LayoutOptions, body: tuple[str, float] | None
                    ) -> tuple[list[Line], list[Word]] | None:
    """A table turned on its side in a page of upright text (a column's sidewaystable): the lines its words
    read as, turned upright, and those words; None where the sideways words hold no table (a plot's axis
    titles, a side stamp), which are read as before."""
    sideways = [w for w in page.words if not w.upright and page.width * EDGE <= w.x0 and w.x1 <= page.width * (1 - EDGE)]
    if len(sideways) < SIDEWAYS_WORDS:
        return None
    alone = PageWords(page.number, page.width, page.height, tuple(sideways))
    lines = _turned_back(page_lines(_turn(alone), opts, body), alone)
    return (lines, sideways) if any(ln.kind == BlockKind.TABLE for ln in lines) else None


def page_lines(page: PageWords, opts: LayoutOptions = LayoutOptions(),
               body: tuple[str, float] | None = None) -> list[Line]:
    """The lines of a page in reading order; figure text and side stamps last, with their kinds. A landscape
    page is read turned upright (``turned``).

    ``body`` is the running text's (font, size), from the pages so far; by default this page's own,
    which a page mostly of figure labels gets wrong."""
    return numbered_page_lines(page, opts, body)[0]


def numbered_page_lines(page: PageWords, opts: LayoutOptions = LayoutOptions(),
                        body: tuple[str, float] | None = None, numbering: LineNumbering | None = None,
                        carried: OpenTable | None = None
                        ) -> tuple[list[Line], LineNumbering | None, OpenTable | None]:
    """``page_lines``, given how the pages before number their lines in the margin (``LineNumbering``) and the
    table the page before left open at its foot (``OpenTable``), and both as the paper has them after this page."""
    if (upright_page := turned(page)) is not None:
        return _turned_back(page_lines(upright_page, opts, body), page), numbering, None
    beside: list[Line] = []
    if (found := _sideways_table(page, opts, body)) is not None:
        beside, taken = found
        page = replace(page, words=tuple(w for w in page.words if w not in taken))
    body = body or _most_common(font_counts(page))
    upright = [w for w in page.words if w.upright]
    rotated = [w for w in page.words if not w.upright]
    drawings = page.drawings
    if drawings:         # the tick numbers under a plot take it down for the axis title under them
        drawings = _grown(drawings, [w for w in upright if _in_figure(w, drawings, margin=FIGURE_MARGIN)
                                     and _unlike_text(w, body)])
    in_figures = [w for w in upright if page.figures and _in_figure(w, page.figures)
                  or drawings and _in_figure(w, drawings, margin=FIGURE_MARGIN) and _unlike_text(w, body)]
    if in_figures and drawings:
        in_figures = _without_scripts_of_text(_without_caption_rows(in_figures, page, upright), page, upright)
    if in_figures:
        in_figures += _scripts_of_labels(in_figures, upright, body)
        inside = {id(w) for w in in_figures}
        upright = [w for w in upright if id(w) not in inside]
    margin_numbers, upright, numbering = margin_line_numbers(upright, numbering)
    upright = join_small_caps(join_drop_caps(upright))
    base, scripts = split_scripts(upright)
    segs = segments(base, opts)
    bridged = _with_scripts(base, scripts)
    # where no script widened a word (most pages), chaining the bridged words would only make ``segs`` again
    edges = PageBreak(page.height * opts.margin_band, page.height * (1 - opts.margin_band), carried)
    segs, tables = without_tables(segs, bridged, page.rules, segments(bridged, opts) if bridged != base else None,
                                  page=edges)
    segs = split_at_column_starts(segs, base, opts, scripts)
    regions = split_columns(segs, base, page.width, opts)
    tables = _tables_across_columns(regions, base, page.rules, tables)
    still_open = left_open(segs, tables, base, edges)
    lines: list[Line] = []
    counter = [0]

    def emit(region: Region, column: int) -> None:
        if region.columns:
            for parts in region.columns:
                counter[0] += 1
                key = counter[0]
                for sub in parts:
                    emit(sub, key)
            return
        ids = [i for s in region.segments for i in s.ids]
        local = [base[i] for i in ids]
        for row in rows(local):
            lines.append(_line(page.number, base, scripts, [ids[k] for k in row], column, region.x0, region.x1))

    for region in regions:
        emit(region, FULL)
    lines = placed(lines, [table_line(page.number, t, base, lambda ids: _render(base, scripts, ids, cell=True))
                           for t in tables])
    lines.extend(beside)
    if in_figures:
        lines.extend(_side_lines(page.number, in_figures, BlockKind.OTHER))
    if margin_numbers:               # margin furniture, as a side stamp is
        lines.append(_stamp_line(page.number, margin_numbers))
    edge = [w for w in rotated if w.x1 < page.width * EDGE or w.x0 > page.width * (1 - EDGE)]
    if edge:
        lines.append(_stamp_line(page.number, edge))
    if len(edge) < len(rotated):     # rotated labels inside a figure
        lines.extend(_side_lines(page.number, [w for w in rotated if w not in edge], BlockKind.OTHER))
    return lines, numbering, still_open


# ------------------------------------------------------------------------------ running headers

def _norm_repeat(text: str) -> str:
    """Running-header identity: letters only, so page numbers and spacing do not matter."""
    return re.sub(r"[^a-z]+", "", text.lower())


def _in_margin(line: Line, height: float, opts: LayoutOptions, widen: float = 1.0) -> bool:
    band = opts.margin_band * widen
    return line.bottom < height * band or line.top > height * (1 - band)


HALF_EM = 0.5             # a letter's mean width, in ems
HEAD_FILL = 0.6           # a running head in halves fills at most this share of the width it spans with letters
FOLIO_REACH = 3.0          # times the margin band: how far in a folio set apart from the text may stand


def _edge_lines(lines: Sequence[Line], height: float, opts: LayoutOptions, block: tuple[float, float] | None = None
                ) -> dict[int, tuple[str, bool]]:
    """The lines of the page's first and last rows where the row stands apart from all the other lines,
    by more than twice its size, or lies in the margin band (where a folio or a running head stands; a
    small head may stand closer to the text than twice its size): id → the row's letters, its
    lines left to right (a running head's halves are one line on one page, two on another), and whether the
    first row holds the page's own number as a word ("-2-", "2 | …") or stands in halves at both edges
    (``_split_head``): such a row is a running head whatever its letters, repeated or not (a short paper's one
    head: troff, or LaTeX after a title page, prints none on page 1). A last row may be
    a footnote its number opens, so only the first row is read so."""
    out: dict[int, tuple[str, bool]] = {}
    first, last = min(lines, key=lambda ln: ln.top, default=None), max(lines, key=lambda ln: ln.bottom, default=None)
    if first is None or last is None:
        return out
    top_row = [ln for ln in lines if ln.top < first.top + 0.5 * first.size]
    below = [ln.top for ln in lines if ln.top >= first.top + 0.5 * first.size]
    bottom_row = [ln for ln in lines if ln.bottom > last.bottom - 0.5 * last.size]
    above = [ln.bottom for ln in lines if ln.bottom <= last.bottom - 0.5 * last.size]
    foot_white = min(ln.top for ln in bottom_row) - max(above) if above else 0.0
    # the page's own number alone under the text: a folio, set apart or not (LaTeX sets a 11 pt body's last
    # line within two ems of it, the folio centred in the gutter under two columns)
    folio = foot_white > last.size and PAGE_NUMBER.fullmatch(" ".join(ln.text for ln in bottom_row).strip()) \
        and _holds_page_number(" ".join(ln.text for ln in bottom_row), last.page)
    for row, apart in ((top_row, below and min(below) - max(ln.bottom for ln in top_row) > 2 * first.size),
                       (bottom_row, foot_white > 2 * last.size or folio)):
        if apart or len(row) < len(lines) and all(_in_margin(ln, height, opts) for ln in row):
            text = " ".join(ln.text for ln in sorted(row, key=lambda ln: ln.x0))
            head = row is top_row and (_holds_page_number(text, row[0].page) or apart and _split_head(row, block))
            out.update((id(ln), (_norm_repeat(text), head)) for ln in row)
    return out


def _split_head(row: Sequence[Line], block: tuple[float, float] | None) -> bool:
    """Whether a page's first row, set apart, is a running head in halves: after page 1, pieces flush with the
    text's left and right edges (``block``: the text's on the other pages, as a page may leave its second column
    empty) with little between (the journal's name at one edge, its volume at the other). A paper whose first
    page has a style of its own (LaTeX's title page, a publisher's banner) shows such a head from page 2 on, so a
    short paper shows it once and it never repeats; a line of text does not break at both margins."""
    if row[0].page == 1 or block is None:
        return False
    size = max(ln.size for ln in row)
    left, right = block
    x0, x1 = min(ln.x0 for ln in row), max(ln.x1 for ln in row)
    # its letters (half an em each) fill little of the width it spans: a gap between its halves, whether the
    # columns split it into two lines or not
    letters = sum(len(ln.text) for ln in row) * HALF_EM * size
    return abs(x0 - left) < size and abs(right - x1) < size and letters < HEAD_FILL * (x1 - x0)


def _holds_page_number(text: str, page: int) -> bool:
    """Whether ``text`` has the page's number as a word of its own, bare or in dashes or brackets."""
    return any(token.strip("-–—()[]|") == str(page) and len(token) <= len(str(page)) + 2 for token in text.split())


def _text_block(spans: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """The left and right edges of what ``spans`` (lines', or pages' text blocks) span; None for none."""
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


def mark_repeats(pages: Sequence[list[Line]], heights: Sequence[float], opts: LayoutOptions = LayoutOptions()
                 ) -> list[list[Line]]:
    """The pages' lines with running headers and footers tagged: lines in the top or bottom margin whose letters
    repeat on many pages, page numbers ("3", "3 of 14"), and margin lines that cite the paper's own
    DOI. Publisher stamps ("Downloaded from ...") become STAMP."""
    counts: Counter[str] = Counter()
    sizes: Counter[float] = Counter()
    spans = [_text_block([(ln.x0, ln.x1) for ln in lines if ln.kind is None and not _in_margin(ln, height, opts)])
             for lines, height in zip(pages, heights, strict=True)]
    edges = [_edge_lines([ln for ln in lines if ln.kind is None], height, opts,
                         _text_block([s for s in spans[:k] + spans[k + 1:] if s is not None]))
             for k, (lines, height) in enumerate(zip(pages, heights, strict=True))]
    for lines, height, edge in zip(pages, heights, edges, strict=True):
        # a running head set apart as the page's first row may stand below the margin band (fancyhdr's)
        counts.update({_norm_repeat(ln.text) for ln in lines if _in_margin(ln, height, opts)}
                      | {edge[id(ln)][0] for ln in lines if id(ln) in edge and _in_margin(ln, height, opts, 2.0)})
        for ln in lines:
            sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    need = max(2, int(opts.repeat_share * len(pages)))
    repeated = {norm for norm, n in counts.items() if n >= need and norm}

    def is_repeat(norm: str) -> bool:
        """A repeated line; two repeated pieces set on one row (page 1 often joins them); or a
        repeated piece with a letter or two more (a volume 'e70053' on page 1)."""
        if norm in repeated:
            return True
        return any(norm.startswith(r) and (norm[len(r):] in repeated or len(r) >= 6 and len(norm) - len(r) <= 2)
                   for r in repeated if len(r) < len(norm))

    def kind_of(ln: Line, height: float, row: str | None, numbered: bool) -> BlockKind | None:
        """``row``: the letters of the line's row where it is the page's first or last (``_edge_lines``);
        ``numbered``: that row holds the page's number."""
        if ln.kind is not None:
            return ln.kind
        if STAMP_WORDS.search(ln.text) and (_in_margin(ln, height, opts) or ln.size < 7):
            return BlockKind.STAMP
        norm = _norm_repeat(ln.text)
        near = _in_margin(ln, height, opts)
        # a folio stands apart as the page's first or last line: LaTeX's article sets it a sixth of an A4 page
        # above the bottom edge, far above the margin band
        folio = not norm and (near or row is not None and _in_margin(ln, height, opts, FOLIO_REACH)) \
            and PAGE_NUMBER.fullmatch(ln.text.strip())
        if near and MARGIN_NOTE.search(ln.text) and ln.size <= body + 0.5 or folio or numbered and near \
                or norm and (is_repeat(norm) or row and is_repeat(row)) and _in_margin(ln, height, opts, 2.0):
            return BlockKind.HEADER if ln.top < height / 2 else BlockKind.FOOTER
        return None

    out = []
    for lines, height, edge in zip(pages, heights, edges, strict=True):
        tagged = []
        for ln in lines:
            row, numbered = edge.get(id(ln), (None, False))
            kind = kind_of(ln, height, row, numbered)
            tagged.append(ln if kind is ln.kind else replace(ln, kind=kind))
        out.append(tagged)
    return out


def document_lines(pages: Iterable[PageWords], opts: LayoutOptions = LayoutOptions()) -> list[Line]:
    """Every page's lines in reading order, running headers and footers tagged.

    Pages may come from a generator: each page's words are dropped once its lines are made, so
    memory holds lines, not words.
    """
    per_page: list[list[Line]] = []
    heights: list[float] = []
    fonts: Counter[tuple[str, float]] = Counter()       # the running text's font, over the pages so far
    listed = False                                      # a page so far opened the reference list
    numbering: LineNumbering | None = None              # the margin's line numbers, as the pages so far set them
    carried: OpenTable | None = None                    # a table the last page's foot broke
    for page in pages:
        if not listed:                                  # the list's pages are no running text
            counts, heading = running_text(page)
            fonts.update(counts)
            listed = heading is not None
        lines, numbering, carried = numbered_page_lines(page, opts, _most_common(fonts), numbering, carried)
        per_page.append(lines)
        heights.append(page.height)
    return [line for lines in mark_repeats(per_page, heights, opts) for line in lines]
