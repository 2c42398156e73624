"""A typeset table on a page → its rows and cells, before the layout reads the page column by column.

A table's cells stand apart by gaps wider than any space inside a line, so the layout's segments (runs of
words with no such gap) are its cells. A table region is found from several signals at once, never from
one alone:

1. a run of rows set close together, each cut into three or more segments;
2. columns: the x-ranges the rows' segments fall into, with a gutter between each two that no body row
   crosses (a heading over two columns may);
3. mostly short figures in the cells right of the first column ("98.2", "0.5", ">500");
4. a caption opening "Table N" just above or just below the rows, or two rules across the rows' width
   (a booktabs table's top, middle and bottom rules) among them or a line away.

Rows above the first row of figures are the heading, one row cell by cell (with the lines of fewer cells
over its columns just above, a heading set to the middle of its row). Below it, a line of the first column
alone is a cell's next line, or a group's label ("Carbon-based hosts" over the rows of that kind), a row of
one cell: see ``_logical_rows``. An edge column of prose (the other column of a two-column page, level with
the table) is left to the running text. A region that
fails a test is no table: its words stay where the layout puts them.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pipeline.reader.tables import EMPTY, NUMBERS, is_figure, reports_figure
from pipeline.records import BBox, BlockKind, Box, CitationMarker, Line, Word

if TYPE_CHECKING:
    from pipeline.reader.layout import Segment

HEADING_MISFIT = 0.25      # columns' pitch: the farthest a heading cell run together with others stands from its column
PARAGRAPH_LEAD = 0.5       # line heights: the most white between two lines of one paragraph
FLUSH = 1.0                # points: lines set flush with one edge end within this of each other
SPANNING_WORDS = 4         # a heading cell over several columns names their kind in a few words ("Test conditions")
CAPTION = re.compile(r"^(?:Table|TABLE)\s*S?\d+[a-z]?\b")
# a cell's line that ends mid-phrase, its next line bound to go on with it ("Woven mesh plated with", "Spun mat of")
GOES_ON = re.compile(r"(?:[,(/&+–-]|\b(?:and|or|of|with|without|on|in|at|by|for|from|to|into|onto|under|the|a|an|via))$",
                     re.I)
# a group label opens with a word, capitalised, of three letters or more ("Carbon-based", "Polymer"); a cell's next
# line may well open with a formula or an element ("Ag nanoparticles", "LiF layer")
LABEL_START = re.compile(r"^[A-Z][a-z]{2,}")


@dataclass(frozen=True, slots=True)
class TableOptions:
    """How close and how regular a table's rows must be."""

    min_columns: int = 3           # columns a table has
    min_rows: int = 3              # rows of three or more cells, the heading included
    row_gap: float = 1.6           # line heights: the widest gap between two rows of one table
    padded_gap: float = 4.0        # ... between two rows whose cells stand in the same columns (a word processor's
                                   # cells padded far from the rules, rows tall)
    figure_share: float = 0.5      # share of the body cells right of the first column that are figures
    prose_words: int = 4           # an edge column of words whose cells run this many words is running text
    larger_type: float = 1.08      # an edge column's type this much larger than the other columns' is the text's
    names_words: int = 5           # ... unless it is no column of the page: names of hosts and samples in a first
                                   # column run to five words ("Sintered nickel fibre felt")
    caption_rows: int = 5          # rows a caption above the table may run to
    short_rows: int = 3            # rows of fewer cells in a row inside a table (a group's label, a cell's lines)
    heading_rows: int = 6          # lines a heading's wrapped cells run to over its first row (a narrow column's)


@dataclass(frozen=True, slots=True)
class TableRegion:
    """A table found on a page: its box, the word ids it takes, and its rows (the heading first), each a
    tuple of cells, each cell its segments (word ids) in reading order."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple[tuple[tuple[tuple[int, ...], ...], ...], ...]

    @property
    def ids(self) -> frozenset[int]:
        return frozenset(i for row in self.rows for cell in row for seg in cell for i in seg)


@dataclass(frozen=True, slots=True)
class OpenTable:
    """A table a page break cut: the x-ranges of the columns its rows stand in at the page's foot, left to right
    (none where only its caption ended the page, the whole table set on the next)."""

    columns: tuple[tuple[float, float], ...] = ()


# set before a word that a raised note mark opens ("ᵃ At 2 mA cm−2."), as the layout hands the words to the table
# finder (the marks lifted out as scripts): such a line is a table's note, never its last row's next line
NOTE_OPENER = "\u2063"


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Where a page's text starts and ends (the foot of its top margin band, the head of its bottom one), and the
    table the page before left open at its foot: the rows that open this page may be that table's, with no caption
    over them and as few as one (a word processor carries a table's last rows over, the heading not set again)."""

    head: float
    foot: float
    carried: OpenTable | None = None


@dataclass(frozen=True, slots=True)
class _Row:
    segs: tuple[Segment, ...]      # left to right
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _text(seg: Segment, words: Sequence[Word]) -> str:
    return " ".join(words[i].text for i in seg.ids)


def _rows(segs: Sequence[Segment]) -> list[_Row]:
    """Segments grouped into rows whose middles agree, top to bottom."""
    out: list[list[Segment]] = []
    mids: list[float] = []          # the middles of the last row's segments, kept beside it for its mean
    for seg in sorted(segs, key=lambda s: s.mid):
        # the mean as statistics.fmean takes it (an exact sum, then one division), without a generator a segment
        if out and abs(math.fsum(mids) / len(mids) - seg.mid) <= 0.35 * max(seg.bottom - seg.top, 1.0):
            out[-1].append(seg)
            mids.append(seg.mid)
        else:
            out.append([seg])
            mids = [seg.mid]
    return [_Row(tuple(sorted(r, key=lambda s: s.x0)), min(s.top for s in r), max(s.bottom for s in r)) for r in out]


def _runs(rows: Sequence[_Row], opts: TableOptions, words: Sequence[Word] = ()) -> list[tuple[int, int]]:
    """(first, last) row indices of runs of close rows of three or more segments; a few rows of fewer between
    two such rows (a cell's lines, a group's label above its rows) stay in the run. A row of three or more
    segments whose cells stand in the columns of the last such row goes on with it further apart: a word
    processor pads its cells far from the rules, and its rows stand a few lines apart. A justified line of prose
    cut at its stretched spaces counts as one segment (``_pieces``)."""
    def close(j: int, last: int) -> bool:
        gap = rows[j].top - rows[j - 1].bottom
        return gap <= opts.row_gap * rows[j - 1].height or \
            gap <= opts.padded_gap * rows[j - 1].height and _same_columns(rows[last], rows[j], opts)

    pieces = [_pieces(row, words) if words else len(row.segs) for row in rows]
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(rows):
        if pieces[k] < opts.min_columns:
            k += 1
            continue
        last = j = k
        beside = 0
        while j + 1 < len(rows) and close(j + 1, last):
            j += 1
            if pieces[j] >= opts.min_columns:
                last, beside = j, 0
            elif _beside(rows[j], rows[last]):
                beside += 1             # the other page column's line, set between the table's rows: no row of it
            elif j - last - beside > opts.short_rows:
                break
        runs.append((k, last))
        k = last + 1
    return runs


STRETCH_HAIR = 1.0      # points: the most a justified line's stretched spaces differ, set by one line's stretch
STRETCHED_WORDS = 4     # one-word segments a line of prose cut at its stretched spaces runs at least


def _pieces(row: _Row, words: Sequence[Word]) -> int:
    """The row's segments, a run of one-word segments set equal spaces apart counted as one: a justified line of
    prose whose spaces stretched as wide as a gap between cells ("of  99.4%.  Fig.  2  shows  a"), as a browser
    stretches a short line of a narrow column. A table's columns stand as far apart as their widths fall, and
    few of its cells are words of prose; a run of figures is no such line."""
    count, k, segs = 0, 0, row.segs
    while k < len(segs):
        j = k
        while j + 1 < len(segs) and len(segs[j].ids) == 1 and len(segs[j + 1].ids) == 1 and \
                (j == k or abs((segs[j + 1].x0 - segs[j].x1) - (segs[k + 1].x0 - segs[k].x1)) <= STRETCH_HAIR):
            j += 1
        chain = segs[k:j + 1]
        figures = sum(1 for s in chain if is_figure(_text(s, words)))
        if len(chain) >= STRETCHED_WORDS and 3 * figures <= len(chain):
            count, k = count + 1, j + 1
        else:
            count, k = count + 1, k + 1
    return count


def _beside(short: _Row, full: _Row) -> bool:
    """Whether a row of fewer segments is a line of the running text beside the table (the other column of a
    two-column page): it starts where a line of text in the full row starts, and ends no further, where that
    line is far wider than the row's cells (at least three times their widest), a line of prose, no cell."""
    if len(full.segs) < 2:
        return False
    line = max(full.segs, key=lambda s: s.x1 - s.x0)
    cells = max((s.x1 - s.x0) for s in full.segs if s is not line)
    hair = 0.5 * full.height
    return line.x1 - line.x0 >= 3 * cells and \
        all(abs(s.x0 - line.x0) <= hair and s.x1 <= line.x1 + hair for s in short.segs)


def _same_columns(upper: _Row, lower: _Row, opts: TableOptions) -> bool:
    """Whether a row of three or more segments stands in the columns of the row above: each of its segments
    under one of the upper's, each under another."""
    under = [[k for k, u in enumerate(upper.segs) if s.x0 < u.x1 and s.x1 > u.x0] for s in lower.segs]
    return len(lower.segs) >= opts.min_columns and all(len(u) == 1 for u in under) and \
        len({u[0] for u in under}) == len(under)


def _columns(body: Sequence[_Row]) -> list[tuple[float, float]]:
    """The x-ranges the body rows' segments fall into: overlapping segments share a column, and so do two
    a hair apart (a justified cell's words stretched apart, each a segment of its own): a gutter between
    columns is wider than a space."""
    spans = sorted((s.x0, s.x1) for row in body for s in row.segs)
    hair = 0.3 * statistics.median(r.height for r in body)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + hair:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def _justified(columns: list[tuple[float, float]], body: Sequence[_Row], words: Sequence[Word]
               ) -> list[tuple[float, float]]:
    """``columns`` with each that holds only the ends of a justified line of the column before joined to it. A cell
    set justified in a column of fixed width (LaTeX's p{…}) stretches the spaces of its lines but the last, as
    wide as a gutter where few words fill a line, and the words a line ends on fell into a column of their own:
    in every row that column's words, no figure, follow words of the column before by less than the table's
    gutters, all end flush, and the cell goes on in the next line, flush with its first words."""
    def within(seg: Segment, column: tuple[float, float]) -> bool:
        return column[0] <= seg.x0 and seg.x1 <= column[1]

    def line_ends(before: tuple[float, float], column: tuple[float, float], gutter: float) -> bool:
        found, right_edges = False, []
        for j, row in enumerate(body):
            ends = [s for s in row.segs if within(s, column)]
            if not ends:
                continue
            starts = [s for s in row.segs if within(s, before)]
            if not starts or any(is_figure(_text(s, words)) for s in ends + starts) or \
                    min(s.x0 for s in ends) - max(s.x1 for s in starts) >= gutter or \
                    j + 1 == len(body) or not any(abs(s.x0 - min(t.x0 for t in starts)) <= FLUSH
                                                  for s in body[j + 1].segs):
                return False
            found = True
            right_edges.append(max(s.x1 for s in ends))
        # a justified line ends flush with the column's right edge, every one of them
        return found and max(right_edges) - min(right_edges) <= FLUSH

    if len(columns) < 4:
        return columns
    gutter = statistics.median(b[0] - a[1] for a, b in zip(columns, columns[1:], strict=False))
    out = list(columns)
    for k in range(len(out) - 2, -1, -1):
        if line_ends(out[k], out[k + 1], gutter):
            out[k] = (out[k][0], out.pop(k + 1)[1])
    return out


def _unbridged(body: Sequence[_Row], words: Sequence[Word], opts: TableOptions) -> list[_Row]:
    """The ``body`` rows with a segment that runs over a gutter of the body's other rows cut there: two cells set
    closer than a wide space in one row ("Polysiloxane–LiF layer 1 M LiTFSI in DOL/DME") while every other
    row keeps them apart. A cell's words straddling the gutter stay whole."""
    full = [r for r in body if len(r.segs) >= opts.min_columns]
    if len(full) < 3:
        return list(body)
    out = []
    for row in body:
        others = _columns([r for r in full if r is not row])
        gutters = [(a[1], b[0]) for a, b in zip(others, others[1:], strict=False)]
        segs: list[Segment] = []
        for seg in row.segs:
            cuts = set()
            bridging = sum(1 for a, b in others if seg.x0 < b and seg.x1 > a) >= 2
            for g0, g1 in gutters if bridging else ():
                if not seg.x0 < g0 < g1 < seg.x1:
                    continue
                # the widest gap between two of its words that falls in the gutter
                gaps = [(words[seg.ids[k]].x0 - words[seg.ids[k - 1]].x1, k) for k in range(1, len(seg.ids))
                        if words[seg.ids[k - 1]].x1 < g1 and words[seg.ids[k]].x0 > g0]
                if gaps:
                    cuts.add(max(gaps)[1])
            bounds = [0, *sorted(cuts), len(seg.ids)]
            segs += [_piece(seg, seg.ids[a:b], words) for a, b in zip(bounds, bounds[1:], strict=False)] if cuts \
                else [seg]
        out.append(_Row(tuple(segs), row.top, row.bottom) if len(segs) > len(row.segs) else row)
    return out


def _figure_tails(body: Sequence[_Row], words: Sequence[Word]) -> list[_Row]:
    """The ``body`` rows with a figure run on at the end of a cell cut off as a cell of its own: where a column
    of figures stands close to the names before it ("Woven copper mesh 1", the figures set flush right or left
    in their column), a figure ending a segment after a gap wider than the spaces before it, flush with a
    figure that stands alone in another row, is that column's cell."""
    alone = [s for row in body for s in row.segs if len(s.ids) == 1 and is_figure(words[s.ids[0]].text)]
    out = []
    for row in body:
        segs: list[Segment] = []
        for seg in row.segs:
            last, before = words[seg.ids[-1]], words[seg.ids[-2]] if len(seg.ids) > 1 else None
            flush = any(a is not seg and (abs(a.x1 - last.x1) <= 0.5 or abs(a.x0 - last.x0) <= 0.5) for a in alone)
            spaces = [words[b].x0 - words[a].x1 for a, b in zip(seg.ids[:-2], seg.ids[1:-1], strict=False)]
            if before is not None and is_figure(last.text) and flush and not is_figure(before.text) and \
                    last.x0 - before.x1 > 1.1 * max(spaces, default=0.25 * (last.bottom - last.top)):
                segs += [_piece(seg, seg.ids[:-1], words), _piece(seg, seg.ids[-1:], words)]
            else:
                segs.append(seg)
        out.append(_Row(tuple(segs), row.top, row.bottom) if len(segs) > len(row.segs) else row)
    return out


def _figure_with_its_unit(cell: str) -> bool:
    """A cell that reports figures and is no list of the works they are from ("1 mA cm−2", "2 mAh cm−2, 40 °C";
    not "[12]")."""
    return reports_figure(cell) and not NUMBERS.match(cell)


def _opens_note(row: _Row, words: Sequence[Word]) -> bool:
    """Whether a line opens on a table note's raised mark (see ``NOTE_OPENER``): a cell's next line goes on with
    the cell's words, a note opens on its mark, with or without a rule above it."""
    return bool(row.segs) and words[row.segs[0].ids[0]].text.startswith(NOTE_OPENER)


def _ruled_across(rules: Sequence[Box], x0: float, x1: float) -> list[float]:
    """The heights at which rules run across most of the width from ``x0`` to ``x1``, one rule or several end
    to end (a browser draws a row's border cell by cell)."""
    covered: dict[int, float] = defaultdict(float)
    for r in rules:
        covered[round(r[1])] += max(0.0, min(r[2], x1) - max(r[0], x0))
    return [float(y) for y, width in covered.items() if width >= 0.5 * (x1 - x0)]


def _rows_under_heading_rule(run: Sequence[_Row], start: int, rules: Sequence[float],
                             columns: Sequence[tuple[float, float]], inside: Callable[[Segment], bool]) -> int:
    """Where a table's body opens (``start``, its first line of figures or the lines that open its row): earlier,
    at a rule across the table under its heading, when every line from there on names its row in the first column.
    Those are rows of words (a turned table's test conditions: "Electrolyte | ether | carbonate"), where a heading's
    second line (units, a group's parts) leaves the first column to the heading line above it."""
    opening = next((k for k in range(1, start) if any(run[k - 1].bottom <= y <= run[k].top for y in rules)), None)
    if opening is None:
        return start
    if all(any(inside(s) and _column_of(s, columns) == 0 for s in row.segs) for row in run[opening:start]):
        return opening
    return start


def _goes_on_under(last: _Row, line: _Row) -> bool:
    """Whether a line under a table's last row holds that row's cells' next lines: each of its segments under
    one of the row's cells, or past the row's last cell (the other page column's prose, level with it where the
    table stands in one column), and one at least under a cell."""
    under = [sum(1 for c in last.segs if s.x0 < c.x1 and s.x1 > c.x0) for s in line.segs]
    right = max(c.x1 for c in last.segs)
    return 1 in under and all(n == 1 or n == 0 and s.x0 > right for n, s in zip(under, line.segs, strict=True))


def _larger_than(line: _Row, cells: Sequence[_Row], words: Sequence[Word], opts: TableOptions) -> bool:
    """Whether a line under a table's rows is set in a larger type than its cells: the heading or paragraph that
    follows a table set small (a word processor's or a browser's, whose tables have no bottom rule to end them),
    not a cell's next line, which shares its cells' size. The cells' size is their figures'; only the line's words
    under cells of that size count (the page's other column, level with the rows, is in the text's size)."""
    def size(seg: Segment) -> float:
        return statistics.median(words[i].size for i in seg.ids)

    figures = [size(s) for row in cells for s in row.segs if is_figure(_text(s, words))]
    if not figures:
        return False
    small = opts.larger_type * statistics.median(figures)
    table = [s for row in cells for s in row.segs if size(s) <= small]
    under = [s for s in line.segs if any(s.x0 < c.x1 and s.x1 > c.x0 for c in table)]
    return bool(under) and all(size(s) > small for s in under)


def _beside_cells(line: _Row, x0: float, x1: float) -> bool:
    """Whether every segment of ``line`` stands clear of a table's cells from ``x0`` to ``x1``: the other page
    column's text, level with the table."""
    return all(s.x1 <= x0 or s.x0 >= x1 for s in line.segs)


def _piece(seg: Segment, ids: Sequence[int], words: Sequence[Word]) -> Segment:
    """The segment of some of ``seg``'s words."""
    return replace(seg, ids=list(ids), x0=min(words[i].x0 for i in ids), x1=max(words[i].x1 for i in ids))


def _column_of(seg: Segment, columns: Sequence[tuple[float, float]]) -> int:
    middle = (seg.x0 + seg.x1) / 2
    return min(range(len(columns)), key=lambda c: 0.0 if columns[c][0] <= middle <= columns[c][1]
               else min(abs(middle - columns[c][0]), abs(middle - columns[c][1])))


def _caption_near(rows: Sequence[_Row], first: int, last: int, x0: float, x1: float, words: Sequence[Word],
                  opts: TableOptions) -> bool:
    """A "Table N" caption opens a row a few rows above the run, or the row just below it, over its x-range."""
    def opens(row: _Row) -> bool:
        return any(s.x0 < x1 and s.x1 > x0 and _is_caption(s, words) for s in row.segs)

    above = range(max(0, first - opts.caption_rows), first)
    if any(opens(rows[k]) for k in above):
        return True
    return last + 1 < len(rows) and rows[last + 1].top - rows[last].bottom <= 3 * rows[last].height \
        and opens(rows[last + 1])


def _below_caption(before: Sequence[_Row], run: Sequence[_Row], opening: int, words: Sequence[Word]) -> int:
    """How many of ``run``'s rows above its first row of figures (``opening``) are a caption's: a line opening
    "Table N", and each next line of it, flush with it and running past the first cell of the first row of figures
    (a table's heading cell flush with its caption ends short of the next column). Such a line may be a row of
    three segments with the page's other column beside it (a justified line of prose cut at its stretched spaces)."""
    figures = run[opening].segs
    past = figures[1].x0 if len(figures) > 1 else math.inf
    below, flush = 0, None
    for k, row in enumerate([*before, *run[:opening]]):
        opens = next((s for s in row.segs if _is_caption(s, words)), None)
        goes_on = flush is not None and any(abs(s.x0 - flush) <= 1.0 and s.x1 > past for s in row.segs)
        if opens is not None or goes_on:
            below = max(below, k + 1 - len(before))
            flush = opens.x0 if opens is not None else flush
        else:
            flush = None
    return below


def _is_caption(seg: Segment, words: Sequence[Word]) -> bool:
    return bool(CAPTION.match(" ".join(words[i].text for i in seg.ids[:2])))


def _across(rules: Sequence[Box], top: float, bottom: float, x0: float, x1: float, line: float) -> list[Box]:
    """The rules across most of the table's width, among its rows or within a line and a half of them; two
    or more stand for a caption (a booktabs table's top, middle and bottom rules)."""
    return [r for r in rules if top - 1.5 * line <= r[1] <= bottom + 1.5 * line
            and min(r[2], x1) - max(r[0], x0) >= 0.5 * (x1 - x0)]


def _region(rows: Sequence[_Row], first: int, last: int, words: Sequence[Word], rules: Sequence[Box],
            opts: TableOptions, stranded: Sequence[list[list[Segment]]] = (), carried: bool = False,
            fewest: int | None = None) -> TableRegion | None:
    """The table the run of rows ``first``..``last`` holds, or None. ``carried``: the run opens the page after a
    table the page before left open, its caption there; ``fewest``: the rows it must have, where not
    ``opts.min_rows`` (fewer where a page break cut the table)."""
    x0, x1 = min(s.x0 for r in rows[first:last + 1] for s in r.segs), max(s.x1 for r in rows[first:last + 1] for s in r.segs)
    while last + 1 < len(rows) and _straddles(rows[last], rows[last + 1]) and \
            all(x0 <= s.x0 and s.x1 <= x1 for s in rows[last + 1].segs):
        last += 1                     # the last row's cells over two lines, set to its middle, end below its figures
    below_last = last
    # a line of the other page column, level with the last row's next lines (a heading there, where the table
    # stands in one column), comes between them in the rows but is none of the table's, nor its end
    cells = (min(c.x0 for c in rows[last].segs), max(c.x1 for c in rows[last].segs))
    following = [k for k in range(last + 1, min(len(rows), last + 1 + 2 * opts.short_rows))
                 if not _beside_cells(rows[k], *cells)]
    for k in following:
        if sum(1 for j in following if j <= k) > opts.short_rows or \
                rows[k].top - rows[below_last].bottom > opts.row_gap * rows[below_last].height or \
                not _goes_on_under(rows[last], rows[k]) or _larger_than(rows[k], rows[first:last + 1], words, opts) or \
                any(rows[below_last].bottom <= r[1] <= rows[k].top for r in rules) or _opens_note(rows[k], words):
            break
        below_last = k                # the last row's cells go on in lines under it, each under one of its cells, above
        # any rule (the table's bottom rule, a footnote's line under it)
    last = below_last
    run = rows[first:last + 1]

    figure: Callable[[str], bool] = is_figure
    figure_rows = [k for k, row in enumerate(run) if any(figure(_text(s, words)) for s in row.segs[1:])]
    if not figure_rows:
        # a table whose every figure writes its unit in its cell ("1 mA cm−2" under "Current density"): those
        # cells are its figures, where no cell of a bare figure would be
        figure = _figure_with_its_unit
        figure_rows = [k for k, row in enumerate(run) if any(figure(_text(s, words)) for s in row.segs[1:])]
    if not figure_rows:
        return None
    # the table ends with its last row of figures and the few lines after it that stand under one of its cells
    # each (a cell's next lines); a line across several is running text set level with rows of three
    # segments below the table, where the page has three columns of prose
    # (and none under a rule across the cells: the table's bottom rule, its notes below it)
    cells_above = run[figure_rows[-1]].segs
    ruled = _ruled_across(rules, min(c.x0 for c in cells_above), max(c.x1 for c in cells_above))
    end = figure_rows[-1] + 1
    while end < len(run) and end - figure_rows[-1] <= opts.short_rows and \
            all(sum(1 for c in cells_above if s.x0 < c.x1 and s.x1 > c.x0) <= 1 for s in run[end].segs) and \
            not _larger_than(run[end], [run[k] for k in figure_rows], words, opts) and \
            not any(run[figure_rows[-1]].bottom <= y <= run[end].top for y in ruled) and not _opens_note(run[end], words):
        end += 1
    run, last = run[:end], first + end - 1
    # and starts below a caption level with it (a row of three segments, beside two columns of prose)
    below = _below_caption([rows[first - 1]] if first else [], run, figure_rows[0], words)
    run, first, figure_rows = run[below:], first + below, [k - below for k in figure_rows]
    run = [*run[:figure_rows[0]], *_unbridged(_figure_tails(run[figure_rows[0]:], words), words, opts)]   # the heading: _aligned_cells
    full = [r for r in run[figure_rows[0]:] if len(r.segs) >= opts.min_columns]
    if not full:
        return None                   # its figures only in lines of fewer cells, below its last full line
    body = run[figure_rows[0]:]
    columns = _justified(_columns(full), body, words)
    # an edge column of long lines is the running text beside the table; one of a few words in a row or two and no
    # figure, the end of a line of the next column of the page, set level with a row
    # the lines just above and below the table, set as close as its rows: where a column of the page goes on
    def close(upper: _Row, lower: _Row) -> bool:
        return lower.top - upper.bottom <= opts.row_gap * upper.height

    outside = ([rows[first - 1]] if first and close(rows[first - 1], rows[first]) else []) + \
        ([rows[last + 1]] if last + 1 < len(rows) and close(rows[last], rows[last + 1]) else []) + \
        list(run[:figure_rows[0]])          # and the lines level with the heading

    def beside(k: int) -> bool:
        """Whether edge column ``k`` is prose; the lines outside the table go on in it between its neighbours."""
        bounds = (columns[k - 1][1] if k > 0 else float("-inf"), columns[k + 1][0] if k + 1 < len(columns) else float("inf"))
        return _prose(columns[k], body, words, opts, outside, bounds) or _larger_type(columns, k, body, words, opts) \
            or _overrun(columns, k, body, words) \
            or _stray(columns[k], body, words) \
            and not _spanned(columns, k) and not (k == 0 and _headed(columns[0], run[:figure_rows[0]], words))

    while columns and beside(len(columns) - 1):
        columns.pop()
    while columns and beside(0):
        columns.pop(0)
    if len(columns) < opts.min_columns or len(run) < (fewest or opts.min_rows):
        return None
    left, right = columns[0][0] - 1, columns[-1][1] + 1

    def inside(seg: Segment) -> bool:
        return seg.x0 < right and seg.x1 > left

    def texts(row: _Row) -> list[str]:
        """The row's cells right of the first column, each its segments' words (a justified cell's are several)."""
        found: dict[int, list[str]] = {}
        for s in row.segs:
            if inside(s) and (c := _column_of(s, columns)) > 0:
                found.setdefault(c, []).append(_text(s, words))
        return [" ".join(parts) for _, parts in sorted(found.items())]

    def has_figure(row: _Row) -> bool:          # now cell by cell
        return any(figure(t) for t in texts(row))

    if not _mostly_figures(_column_cells(body, columns, inside, words), opts):
        return None
    # a heading's lines of fewer cells above its first full line (headings set to the middle of their row); a
    # line of the page's other column set level between them is passed over
    def mine(row: _Row) -> _Row:
        reach = 2 * row.height
        return _Row(tuple(s for s in row.segs if s.x1 > left - reach and s.x0 < right + reach), row.top, row.bottom)

    # Lines of no word in its reach (the page's other column) and, just over its first full line, lines of the
    # first column alone (a group's label, a name's first line set to the middle of its row: the body's, below)
    # are passed over, and leave the heading its lines
    above = j = first
    passed = 0
    while j > 0 and first - j - passed < opts.heading_rows:
        j -= 1
        line = mine(rows[j])
        if not line.segs:
            passed += 1
            continue
        if not _heading_line(line, mine(rows[above]), columns, words) or \
                rows[above].top - line.bottom > opts.row_gap * line.height or \
                j > 0 and (_caption_goes_on(rows[j - 1], line, words) or
                           _ends_a_paragraph(mine(rows[j - 1]), line, columns, words)):
            break
        if above == first - passed and _first_cell_only(list(line.segs), columns):
            passed += 1
        above = j
    if above < first:
        run, figure_rows, first = [*rows[above:first], *run], [k + first - above for k in figure_rows], above
    line = statistics.median(r.height for r in run)
    across = _across(rules, run[0].top, run[-1].bottom, left, right, line)
    # a heading left at the foot of the page's column before, its rows at the top of this one
    parted = next((h for h in stranded if len(columns) - 1 <= len(h[0]) <= len(columns) and max(s.x1 for s in h[0]) < left
                   and h[0][0].top > run[0].top), None)
    if not _caption_near(rows, first, last, left, right, words, opts) and len(across) < 2 and parted is None \
            and not carried:
        return None
    start = figure_rows[0]
    # lines of the first column alone just above the first row of figures open the body, whatever ends the
    # heading: a group's label, or a cell's first lines set above its row's figures (a line of the page's other
    # column, level between them, passed over)
    k = start
    while k > 1 and (not (segs := [s for s in run[k - 1].segs if inside(s)]) or _first_cell_only(segs, columns)):
        k -= 1
        start = k if segs else start
    # and so do the lines its first row's cells straddle (cells set to the middle of their row, some of two lines)
    while start > 1 and _straddles(run[start - 1], run[start]) and all(inside(s) for s in run[start - 1].segs):
        start -= 1
    start = _rows_under_heading_rule(run, start, _ruled_across(rules, left, right), columns, inside)
    heading: list[list[tuple[int, ...]]] = [[] for _ in columns]
    for h, row in enumerate(run[:start]):
        mine = [s for s in row.segs if inside(s)]
        lower = [s for below in run[h + 1:start] for s in below.segs if inside(s)]
        if any(sum(1 for a, b in columns if s.x0 < b and s.x1 > a) > 1 and not _over_columns(s, lower, columns)
               for s in mine):
            for c, ids in _aligned_cells([i for s in mine for i in s.ids], columns, words)[0]:
                heading[c].append(ids)
            continue
        for k in range(len(mine)):
            for c in _over_columns(mine[k], lower, columns) or [_heading_column(mine, k, columns, words)]:
                heading[c].append(tuple(mine[k].ids))
    if not any(heading) and parted is not None:
        heading = _moved_heading(parted, columns, words)
    # a table without a heading (its rows go on from the page before, the heading not set again) keeps an
    # empty heading row, so its first row is read as a row: ``tables.table_sentences`` gives it the heading
    # of the table it continues
    table: list[list[list[tuple[int, ...]]]] = [heading]
    body_lines = _straddled(run[start:], columns, inside)
    for kind, lines in _logical_rows(body_lines, has_figure, [y for _, y, _, _ in across], columns, inside, words):
        mine = [s for row in lines for s in row.segs if inside(s)]
        if kind == "label":
            table.append([[tuple(s.ids) for s in mine]])
        else:
            table.append([[tuple(s.ids) for s in mine if _column_of(s, columns) == c] for c in range(len(columns))])
    table = [table[0], *_merged_across_rows(table[1:], _reference_last(table[0], words), words)]
    taken = [s for row in run for s in row.segs if inside(s)]
    return TableRegion(min(s.x0 for s in taken), min(s.top for s in taken), max(s.x1 for s in taken),
                       max(s.bottom for s in taken),
                       tuple(tuple(tuple(cell) for cell in row) for row in table))


Cells = list[list[tuple[int, ...]]]         # a row's cells, each its segments' word ids


def _column_cells(body: Sequence[_Row], columns: Sequence[tuple[float, float]], inside: Callable[[Segment], bool],
                  words: Sequence[Word]) -> list[list[str]]:
    """The body's cells column by column, each a row's words in that column (a justified cell's segments joined),
    empty cells left out."""
    found: list[list[str]] = [[] for _ in columns]
    for row in body:
        cells: dict[int, list[str]] = {}
        for s in row.segs:
            if inside(s):
                cells.setdefault(_column_of(s, columns), []).append(_text(s, words))
        for c, parts in cells.items():
            if (text := " ".join(parts)) not in EMPTY:
                found[c].append(text)
    return found


def _mostly_figures(columns: Sequence[Sequence[str]], opts: TableOptions) -> bool:
    """Whether most cells besides the column that names the rows report figures. The names are the first column
    that is not one of figures: the first, or the one after a column of the works' numbers ("Ref." set first)."""
    reports = [[reports_figure(t) for t in cells] for cells in columns]
    names = next((c for c, said in enumerate(reports) if 2 * sum(said) < len(said)), 0)
    cells = [said for c, column in enumerate(reports) if c != names for said in column]
    return bool(cells) and sum(cells) >= opts.figure_share * len(cells)


def _reference_last(heading: Cells, words: Sequence[Word]) -> bool:
    """Whether the heading's last cell heads a column of cited works ("Ref.")."""
    from pipeline.reader.tables import REFERENCE_HEADING
    return bool(heading) and bool(REFERENCE_HEADING.match(" ".join(words[i].text for seg in heading[-1] for i in seg)))


def _merged_across_rows(body: Sequence[Cells], reference: bool, words: Sequence[Word]) -> list[Cells]:
    """The body's rows with a cell merged across rows given to each row it spans: a design's name (the first
    column) or a work's number (the last column, when ``reference``) set once beside several rows of figures. A merged
    cell is set at the top of its rows (a word processor's way: each row without one takes the one above) or
    at their middle (a browser's, LaTeX's multirow): level with its middle row, or between two rows, a line
    of its own. It is the middle where every such cell stands at the middle of the rows nearest to it."""
    def mid(ids: Sequence[int]) -> float:
        return statistics.median((words[i].top + words[i].bottom) / 2 for i in ids)

    width = max((len(row) for row in body), default=0)
    spans = [0, width - 1] if reference and width > 2 else [0]
    rows = [list(row) for row in body]
    full = [k for k, row in enumerate(rows) if len(row) == width]

    def others(row: Cells) -> list[int]:
        return [i for c, cell in enumerate(row) if c not in spans for seg in cell for i in seg]

    lone = [k for k in full if not others(rows[k]) and any(rows[k][c] for c in spans)]   # a line of its own
    level = [k for k in full if others(rows[k])]
    if len(level) < 2:
        return rows
    ys = {k: mid(others(rows[k])) for k in level}
    steps = [ys[b] - ys[a] for a, b in zip(level, level[1:], strict=False)]
    pitch = statistics.median(steps) if steps else 0.0
    for c in spans:
        cells = {k: rows[k][c] for k in full if rows[k][c]}
        blank = [k for k in level if not rows[k][c]]
        if not cells or not blank:
            continue
        at = {k: mid([i for seg in cell for i in seg]) for k, cell in cells.items()}
        nearest = {k: min(at, key=lambda n: abs(at[n] - ys[k])) for k in blank}
        middle = all(abs((min(spanned) + max(spanned)) / 2 - at[n]) <= 0.3 * pitch
                     for n in at if (spanned := [ys[k] for k in blank if nearest[k] == n] + ([ys[n]] if n in ys else [])))
        for k in blank:
            above = [n for n in at if at[n] < ys[k] - 0.3 * pitch]
            owner = nearest[k] if middle else max(above, key=lambda n: at[n], default=None)
            if owner is not None:
                rows[k][c] = rows[owner][c]
    return [row for k, row in enumerate(rows) if k not in lone]


def _over_columns(seg: Segment, lower: Sequence[Segment], columns: Sequence[tuple[float, float]]) -> list[int]:
    """The columns a heading cell merged across columns stands over ("Performance" over "CE (%)" and
    "Cycles"): those of the heading cells under it, each over one column, when they are of two or more but not
    all, and it stands centred over them, within their reach, in a few words (a heading run together across
    gutters stands anywhere, a line of prose runs across the table); each of its columns' headings opens with
    it. [] for a cell over one column."""
    cells = [s for s in lower if s.x0 < seg.x1 and s.x1 > seg.x0]
    under = sorted({_column_of(s, columns) for s in cells})
    if not 1 < len(under) < len(columns) or len(seg.ids) > SPANNING_WORDS or \
            any(sum(1 for a, b in columns if s.x0 < b and s.x1 > a) > 1 for s in cells):
        return []
    x0, x1 = min(s.x0 for s in cells), max(s.x1 for s in cells)
    reach = seg.bottom - seg.top
    centred = abs((seg.x0 + seg.x1) - (x0 + x1)) / 2 <= 0.2 * (x1 - x0)
    return under if centred and x0 - reach <= seg.x0 and seg.x1 <= x1 + reach else []


def _stranded_headings(rows: Sequence[_Row], words: Sequence[Word], opts: TableOptions) -> list[list[list[Segment]]]:
    """Headings left at the foot of a column of the page, their rows carried to the top of the next (a word
    processor balancing a section's columns): under a "Table N" caption, a line of three or more segments and
    no figure, and a few lines under it, the last of the column (nothing else under them within it). Each
    heading its lines, each line its segments within the caption's column, left to right."""
    found = []
    for k, row in enumerate(rows[:-1]):
        caption = next((s for s in row.segs if _is_caption(s, words)), None)
        if caption is None:
            continue
        # the caption's column of the page: as wide as the lines above that start where it does
        right = max([s.x1 for r in rows[max(0, k - 5):k + 1] for s in r.segs if abs(s.x0 - caption.x0) <= 1.0])

        def mine(r: _Row, caption: Segment = caption, right: float = right) -> list[Segment]:
            return [s for s in r.segs if caption.x0 - 1 <= s.x0 and s.x1 <= right + 1]

        below = [r for r in rows[k + 1:] if mine(r)]
        if not below or len(mine(below[0])) < opts.min_columns:
            continue
        lines = [mine(below[0])]
        for r in below[1:]:
            if r.top - below[0].bottom > (opts.short_rows + 1) * opts.row_gap * r.height:
                break                                     # far below: the column ends with the heading
            if len(lines) > opts.short_rows or r.top - lines[-1][-1].bottom > opts.row_gap * r.height:
                lines = []
                break
            lines.append(mine(r))
        if lines and not any(is_figure(_text(s, words)) for line in lines for s in line):
            found.append(lines)
    return found


def _moved_heading(lines: Sequence[Sequence[Segment]], columns: Sequence[tuple[float, float]], words: Sequence[Word]
                   ) -> list[list[tuple[int, ...]]]:
    """A stranded heading's cells over the table's columns, moved as its first cell stands to the table's first
    column; a line of cells run together is cut at the columns (``_aligned_cells``)."""
    shift = lines[0][0].x0 - columns[0][0]
    moved = [(a + shift, b + shift) for a, b in columns]
    heading: list[list[tuple[int, ...]]] = [[] for _ in columns]
    for line in lines:
        if any(sum(1 for a, b in moved if s.x0 < b and s.x1 > a) > 1 for s in line):
            for c, ids in _aligned_cells([i for s in line for i in s.ids], moved, words)[0]:
                heading[c].append(ids)
            continue
        for seg in line:
            heading[_column_of(seg, moved)].append(tuple(seg.ids))
    return heading


def _caption_goes_on(upper: _Row, row: _Row, words: Sequence[Word]) -> bool:
    """Whether ``row`` is the next line of a caption opening on ``upper``: one segment flush with it."""
    return len(row.segs) == 1 and any(_is_caption(s, words) and abs(s.x0 - row.segs[0].x0) <= 1.0 for s in upper.segs)


def _ends_a_paragraph(upper: _Row, row: _Row, columns: Sequence[tuple[float, float]], words: Sequence[Word]) -> bool:
    """Whether ``row`` is the last line of a paragraph of the page's column that runs on ``upper``, just over a
    table set in the column: one segment flush with a line above that is no heading line, at a paragraph's line
    pitch (a table stands apart from the prose by more)."""
    return len(row.segs) == 1 and bool(upper.segs) and abs(upper.segs[0].x0 - row.segs[0].x0) <= 1.0 \
        and row.top - upper.bottom <= PARAGRAPH_LEAD * row.height and not _heading_line(upper, row, columns, words)


def _heading_line(row: _Row, below: _Row, columns: Sequence[tuple[float, float]], words: Sequence[Word]) -> bool:
    """A line over the table's columns and no caption, each segment over one column (or centred over cells of
    the heading line ``below`` it in several, ``_over_columns``) or the line cut into runs each set as its
    column's cells are: part of its heading."""
    reach = 2 * row.height      # a heading may stand out past its column's cells by a little (a wide "Ref." over numbers)
    # ... or, set from the last column's edge, as far as a word processor's wide cell over short figures runs
    last = columns[-1][0] - CELL_EDGE
    if not all(columns[0][0] - reach < s.x0 and (s.x1 < columns[-1][1] + reach or s.x0 >= last)
               and not _is_caption(s, words) for s in row.segs):
        return False
    if all(sum(1 for a, b in columns if s.x0 < b and s.x1 > a) <= 1 or _over_columns(s, below.segs, columns)
           for s in row.segs):
        return True
    # cells run together across gutters: a heading when they cut into runs each set as its column's cells are,
    # at gaps a little wider than the spaces inside them (a line of prose cuts anywhere, at a space)
    ids = sorted((i for s in row.segs for i in s.ids), key=lambda i: words[i].x0)
    cells, misfit = _aligned_cells(ids, columns, words)
    gaps = [words[b].x0 - words[a].x1 for a, b in zip(ids, ids[1:], strict=False)]
    cuts = [words[cell[0]].x0 - words[ids[ids.index(cell[0]) - 1]].x1 for _, cell in cells[1:]]
    inside = [g for g in gaps if g not in cuts]
    # where every cell is a word, no gap inside one shows a space: a space is a quarter of an em
    space = statistics.median(inside) if inside else 0.25 * statistics.median(words[i].size for i in ids)
    return misfit <= HEADING_MISFIT and bool(cuts) and min(cuts) > 1.1 * space


def _aligned_cells(ids: Sequence[int], columns: Sequence[tuple[float, float]], words: Sequence[Word]
                   ) -> tuple[list[tuple[int, tuple[int, ...]]], float]:
    """A heading line run together across gutters (cells set as close as the words inside them, a table
    squeezed to the page's width) cut into its cells: runs of words, one run to a column or none, each run
    set as its column's cells are, centred on them or flush with their left or right edge. The cut that
    sets every run nearest its column wins (a column left without a heading costs half a column's pitch).
    With the cells, the worst run's distance from its column, in columns' pitches."""
    order = sorted(ids, key=lambda i: words[i].x0)
    pitch = (columns[-1][0] + columns[-1][1] - columns[0][0] - columns[0][1]) / 2 / max(len(columns) - 1, 1)

    def misfit(c: int, first: int, end: int) -> float:
        if first == end:
            return pitch / 2
        x0, x1 = words[order[first]].x0, words[order[end - 1]].x1
        a, b = columns[c]
        return min(abs((x0 + x1) - (a + b)) / 2, abs(x0 - a), abs(x1 - b))

    n, m = len(columns), len(order)
    best = [[float("inf")] * (m + 1) for _ in range(n + 1)]   # best[c][k]: c columns given the first k words
    cut = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for c in range(n):
        for k in range(m + 1):
            for j in range(k + 1):
                cost = best[c][j] + misfit(c, j, k)
                if cost < best[c + 1][k]:
                    best[c + 1][k], cut[c + 1][k] = cost, j
    found, k, worst = [], m, 0.0
    for c in range(n, 0, -1):
        j = cut[c][k]
        if j < k:
            found.append((c - 1, tuple(order[j:k])))
            worst = max(worst, misfit(c - 1, j, k))
        k = j
    return found[::-1], worst / pitch


def _heading_column(segs: Sequence[Segment], k: int, columns: Sequence[tuple[float, float]],
                    words: Sequence[Word]) -> int:
    """The column of a heading line's ``k``-th segment. One over no column's cells, in the gutter, is the
    rest of the line of the cell on its left when that cell's line goes on there, stretched apart (a heading
    justified in a wide column: "Current  den-", the next line "sity (mA cm−2)"): it ends broken at a hyphen,
    or stands nearer that cell than the next; else the nearest column's."""
    seg = segs[k]
    nearest = _column_of(seg, columns)
    if k == 0 or any(seg.x0 < b and seg.x1 > a for a, b in columns):
        return nearest
    left = max((c for c, (_, b) in enumerate(columns) if b <= seg.x0), default=nearest)
    after = segs[k + 1].x0 - seg.x1 if k + 1 < len(segs) else float("inf")
    goes_on = _text(seg, words).endswith("-") or seg.x0 - segs[k - 1].x1 < after
    return left if _column_of(segs[k - 1], columns) == left and goes_on else nearest


STRADDLE = 0.25            # line heights two lines overlap by where one cell's lines straddle another's


def _straddles(upper: _Row, lower: _Row) -> bool:
    """Whether two lines of a table overlap, as the lines of a cell set over two lines do the line of a cell of
    one line beside it, set to the middle of their row: half a line apart, more than lines touch."""
    return lower.top < upper.bottom - STRADDLE * min(upper.height, lower.height)


def _own_line(row: _Row, inside: Callable[[Segment], bool]) -> _Row | None:
    """A line of a table's body as the table's own segments alone make it (none where it holds none)."""
    mine = [s for s in row.segs if inside(s)]
    return _Row(tuple(mine), min(s.top for s in mine), max(s.bottom for s in mine)) if mine else None


def _straddled(lines: Sequence[_Row], columns: Sequence[tuple[float, float]], inside: Callable[[Segment], bool]
               ) -> list[_Row]:
    """The body's lines with each run of overlapping lines (``_straddles``) made one: the lines of one row whose
    cells are set to its middle, some over two lines or four, others over one or three. Each column's
    segments top to bottom, the columns left to right. Only the table's own segments count: a line of the
    page's other column, set level between two rows, joins none."""
    out: list[_Row] = []
    for row in lines:
        if out and (upper := _own_line(out[-1], inside)) is not None and (lower := _own_line(row, inside)) is not None \
                and _straddles(upper, lower):
            segs = sorted((*out[-1].segs, *row.segs), key=lambda s: (_column_of(s, columns), s.top))
            out[-1] = _Row(tuple(segs), out[-1].top, max(out[-1].bottom, row.bottom))
        else:
            out.append(row)
    return out


# a cell's line that stops on a sign or a joining word goes on in the cell's next line ("99.71 ±" over "0.03",
# "LC-" over "100", "1 mA cm−2 /" over "1 mAh cm−2")
CELL_GOES_ON = re.compile(r"\S\s*(?:[±×=<>≤≥∼~+/–-]|\b(?:to|and|or|at|of|vs\.?))$")


def _cells_go_on(upper: _Row, lower: _Row, columns: Sequence[tuple[float, float]], inside: Callable[[Segment], bool],
                 words: Sequence[Word]) -> bool:
    """Whether every cell of ``lower`` is the next line of the cell above it in ``upper``, each of those broken
    after a sign or a joining word, or going on with a small letter: a narrow column wraps "99.71 ± 0.03" after its
    sign, "CE 98.5% over 500 cycles at" over "1 mA cm−2" after its joining word, "Lithium" over "phosphate film"
    mid-name, and the tails, a figure among them, are no row of their own (whose blank first cell would be read as
    the name above's). A cell left empty ("n/a") opens no next line."""
    mine = [s for s in lower.segs if inside(s)]
    above = {}
    for s in upper.segs:
        if inside(s):
            above[_column_of(s, columns)] = s          # the column's last segment, left to right

    def goes_on(cell: Segment, over: Segment) -> bool:
        text = _text(cell, words)
        return bool(CELL_GOES_ON.search(_text(over, words))) or text[:1].islower() and text not in EMPTY

    return bool(mine) and all((c := _column_of(s, columns)) in above and goes_on(s, above[c]) for s in mine)


def _first_cell_only(segs: Sequence[Segment], columns: Sequence[tuple[float, float]]) -> bool:
    """A line of one segment that starts in the first column: a group's label or a first cell's line."""
    return len(segs) == 1 and segs[0].x0 <= columns[0][1]


def _logical_rows(lines: Sequence[_Row], has_figure: Callable[[_Row], bool], rules: Sequence[float],
                  columns: Sequence[tuple[float, float]], inside: Callable[[Segment], bool],
                  words: Sequence[Word]) -> list[tuple[str, list[_Row]]]:
    """The body's lines gathered into its rows, ("row", lines) or ("label", [line]).

    A row of figures may take lines of the first column alone: a cell broken over lines. Where rules part
    every two rows of figures (a grid), the lines between two rules are one row, whichever of them holds the
    figures, and a line with no figures alone between two rules is a group's label ("Carbon-based hosts" over
    the rows of that kind). Without such rules a cell's next lines follow its row's figures, and a group's
    label stands out by its type (italic or bold where the first column's cells are not) or by where it
    stands (``plain_label``), or, in a table whose first row is a label (its rows in groups), by how it reads
    (``reads_as_label``)."""
    # a line of the page's other column set level between two rows is none of the table's: its lines are read by
    # their own segments alone, so a cell's neighbours, gaps and the rows' pitch are the table's own
    lines = [own for row in lines if (own := _own_line(row, inside)) is not None]

    def band(row: _Row) -> int:          # by the line's middle: a cell's padding may set its top over the rule
        return sum(1 for y in rules if y < (row.top + row.bottom) / 2)

    def lone(row: _Row) -> bool:
        return not has_figure(row) and _first_cell_only([s for s in row.segs if inside(s)], columns)

    with_figures = [row for row in lines if has_figure(row)]
    if len({band(r) for r in with_figures}) == len(with_figures) > 1:
        out: list[tuple[str, list[_Row]]] = []
        for row in lines:
            if out and band(out[-1][1][-1]) == band(row):
                out[-1] = ("row", out[-1][1] + [row])
            else:
                out.append(("label" if lone(row) else "row", [row]))
        return [("label", rows_) if kind == "label" and not any(map(has_figure, rows_)) and len(rows_) == 1
                else ("row", rows_) for kind, rows_ in out]
    cell_style = {_style(s, words) for row in with_figures for s in row.segs[:1]}
    tops = [r.top for r in lines]           # most rows are a line: the median step is a row's pitch
    pitch = statistics.median(b - a for a, b in zip(tops, tops[1:], strict=False)) if len(tops) > 1 else 0.0

    def first_cell(row: _Row) -> Segment:
        return next(s for s in row.segs if inside(s))

    # where the first column's cells end: its widest line of a row of figures (a name over two lines set to the
    # middle of its row is of that row, ``_straddled``, though of no line of three cells the columns were read from)
    names_right = max([columns[0][1], *(s.x1 for row in with_figures for s in row.segs if inside(s)
                                         and _column_of(s, columns) == 0)])

    def plain_label(k: int) -> bool:
        """A line of the first column alone in the cells' own type is a group's label when it opens with a
        capital, a row of figures follows, and it is no cell's next line: its first word would have fitted
        after the cell above within the column, or it runs on past the column (a cell wraps only a word that
        does not fit, within its column), the cell above ends unbroken, and it stands a row's pitch from both
        neighbours (a cell's lines in a padded row stand closer)."""
        row = lines[k]
        if not _text(first_cell(row), words)[:1].isupper() or k + 1 == len(lines) or not has_figure(lines[k + 1]):
            return False
        if broken_before_next(k):
            return False
        if pitch and lines[k + 1].top - row.top < 0.85 * pitch:
            return False
        if k == 0:
            return True
        above = first_cell(lines[k - 1]) if any(inside(s) for s in lines[k - 1].segs) else None
        word = words[first_cell(row).ids[0]]
        fits = above is not None and above.x1 + 0.25 * row.height + word.x1 - word.x0 <= names_right
        # or it runs on past the column's widest cell, as no cell's line does (after the widest name, where no
        # word would have fitted)
        wider = first_cell(row).x1 > names_right + 0.5 * row.height
        return above is not None and _column_of(above, columns) == 0 and \
            (fits or wider or grouped and reads_as_label(_text(above, words), _text(first_cell(row), words))) and \
            not _text(above, words).endswith("-") and not (pitch and row.top - lines[k - 1].top < 0.85 * pitch)

    def broken_before_next(k: int) -> bool:
        """Whether a line of the first column alone is a name's first line, set above its row's figures (a cell
        set to the middle of its row): the name goes on in the next line with a small letter, and its first word
        would not have fitted after this line within the column, as a wrapped cell's next word does not."""
        below = first_cell(lines[k + 1])
        if _column_of(below, columns) != 0 or not _text(below, words)[:1].islower():
            return False
        word = words[below.ids[0]]
        return first_cell(lines[k]).x1 + 0.25 * lines[k].height + word.x1 - word.x0 > names_right

    def reads_as_label(above: str, text: str) -> bool:
        """A line that opens as a group's label does, under a name that ends whole (a cell's line broken
        mid-phrase goes on in the next)."""
        return bool(LABEL_START.match(text)) and not GOES_ON.search(above)

    grouped = bool(lines) and lone(lines[0]) and plain_label(0)      # the first line a label: the rows are in groups

    def opens_next(k: int) -> bool:
        """Whether a line of the first column alone is the first line of the cell whose row follows, not the
        last of the row above: a cell set to the bottom or middle of its row starts above its row's figures. It
        stands nearer the lines below, down to a row of figures, than the row above, by more than the play of
        its words' heights (the rows' padding lies between it and the row above)."""
        below = k + 1
        while below < len(lines) and lone(lines[below]):
            below += 1
        if k == 0 or below == len(lines) or not has_figure(lines[below]):
            return False
        gaps = [lines[j + 1].top - lines[j].bottom for j in range(k, below)]
        return max(gaps) + 0.3 * lines[k].height < lines[k].top - lines[k - 1].bottom

    out = []
    pending: list[_Row] = []
    for k, row in enumerate(lines):
        if out and out[-1][0] == "row" and not pending and _cells_go_on(out[-1][1][-1], row, columns, inside, words):
            out[-1][1].append(row)
        elif has_figure(row) or not lone(row) and len({_column_of(s, columns) for s in row.segs if inside(s)}) * 2 > \
                len(columns):
            out.append(("row", pending + [row]))
            pending = []
        elif lone(row) and (_style(first_cell(row), words) not in cell_style | {""} or plain_label(k)):
            out.append(("label", [row]))
        elif out and out[-1][0] == "row" and not pending and not opens_next(k):
            out[-1][1].append(row)
        else:
            pending.append(row)
    return out


def _style(seg: Segment, words: Sequence[Word]) -> str:
    """"italic", "bold" or "" (upright, or mixed) for a segment's words."""
    found = [words[i] for i in seg.ids]
    if all(w.italic for w in found):
        return "italic"
    return "bold" if all(w.bold for w in found) else ""


def _prose(column: tuple[float, float], body: Sequence[_Row], words: Sequence[Word], opts: TableOptions,
           outside: Sequence[_Row] = (), bounds: tuple[float, float] = (float("-inf"), float("inf"))) -> bool:
    """Whether a column is running text beside the table: mostly no figures, in cells of many words (four, where
    lines of as many go on in it, between its neighbours, just above or below the table or level with its
    heading, as a column of the page does; six else, for a first column names hosts in four or five). A column of author–year citations ("(Xu et al.,
    2014)", a review's Ref. column) is the table's."""
    from pipeline.reader.citations import PARENTHETICAL  # late: citations read blocks, which read the layout
    segs = [s for row in body for s in row.segs if column[0] <= (s.x0 + s.x1) / 2 <= column[1]]
    if segs and all(PARENTHETICAL.fullmatch(_text(s, words)) for s in segs):
        return False
    figures = sum(1 for s in segs if is_figure(_text(s, words)))
    goes_on = any(bounds[0] < s.x0 < column[1] and column[0] < s.x1 < bounds[1] and len(s.ids) >= opts.prose_words
                  and not _is_caption(s, words) for row in outside for s in row.segs)
    least = opts.prose_words if goes_on else opts.names_words + 1
    # a cell's words are all its segments' in the row: a justified line of prose, its spaces stretched as wide as
    # a gutter, is cut into one-word segments
    cells = [n for row in body if (n := sum(len(s.ids) for s in row.segs if column[0] <= (s.x0 + s.x1) / 2 <= column[1]))]
    # where the column goes on past the table, a line's tail that is a figure ("2119." ending a reference the line
    # before began) is a few of its words, not a cell of figures: its share is counted by words
    share = (sum(len(s.ids) for s in segs if is_figure(_text(s, words))), sum(len(s.ids) for s in segs)) if goes_on \
        else (figures, len(segs))
    return bool(segs) and share[0] * 4 < share[1] and statistics.median(cells) >= least


def _spanned(columns: Sequence[tuple[float, float]], k: int) -> bool:
    """Whether edge column ``k`` stands no further from the next column than the table's other columns stand
    apart: the table's own column, its cells merged across rows (a name set once, level with the middle of
    the rows it spans), not the end of a line of the next column of the page, which stands a gutter of the
    page away."""
    if len(columns) < 4:
        return False
    gaps = [b[0] - a[1] for a, b in zip(columns, columns[1:], strict=False)]
    edge = gaps.pop(0 if k == 0 else -1)
    return edge <= max(gaps)


def _headed(column: tuple[float, float], heading: Sequence[_Row], words: Sequence[Word]) -> bool:
    """Whether the table's first column has a heading cell of its own, flush with its names or within their
    width, above them: the column of names set once over several rows (at their middle, beside the figures of
    only some of them) is the table's, however wide a gutter the next column's heading leaves."""
    return any((abs(s.x0 - column[0]) <= 1.0 or column[0] - 1.0 <= s.x0 and s.x1 <= column[1] + 1.0)
               and len(s.ids) <= SPANNING_WORDS and not is_figure(_text(s, words))
               for row in heading for s in row.segs[:1])


def _larger_type(columns: Sequence[tuple[float, float]], k: int, body: Sequence[_Row], words: Sequence[Word],
                 opts: TableOptions) -> bool:
    """Whether edge column ``k`` is set in a larger type than the table's other columns: a table's cells share one
    size, smaller than the text's where the table is set small (as a browser's or a word processor's tables often
    are), so the lines of the page's other column level with the rows, in the text's size, are no column of it
    however few words they run to (a heading, a paragraph's last line)."""
    def size(inner: Callable[[float], bool]) -> float | None:
        found = [words[i].size for row in body for s in row.segs if inner((s.x0 + s.x1) / 2) for i in s.ids]
        return statistics.median(found) if found else None

    edge = size(lambda x: columns[k][0] <= x <= columns[k][1])
    rest = size(lambda x: any(a <= x <= b for j, (a, b) in enumerate(columns) if j != k))
    return edge is not None and rest is not None and edge > opts.larger_type * rest


def _overrun(columns: Sequence[tuple[float, float]], k: int, body: Sequence[_Row], words: Sequence[Word]) -> bool:
    """Whether a line level with the table's rows starts in edge column ``k`` (the last; in the first, ends there)
    and runs on past it, away from the table, further than the column is wide: the page's other column, whose
    lines start where the table's edge column seems to stand (a wrapped line's short tail there, "2119."), not
    a cell of the table, which keeps within its column."""
    a, b = columns[k]
    last = k == len(columns) - 1
    inner = columns[k - 1][1] if last else columns[k + 1][0]
    for row in body:
        for seg in row.segs:
            reach = max(b - a, 2 * statistics.median(words[i].size for i in seg.ids))
            if last and inner < seg.x0 <= b and seg.x1 > b + reach or \
                    not last and a <= seg.x1 < inner and seg.x0 < a - reach:
                return True
    return False


def _stray(column: tuple[float, float], body: Sequence[_Row], words: Sequence[Word]) -> bool:
    """Whether an edge column holds words in fewer than half the body's rows, and no figure."""
    segs = [s for row in body for s in row.segs if column[0] <= (s.x0 + s.x1) / 2 <= column[1]]
    rows_with = sum(1 for row in body if any(column[0] <= (s.x0 + s.x1) / 2 <= column[1] for s in row.segs))
    return 2 * rows_with < len(body) and not any(is_figure(_text(s, words)) for s in segs)


def find_tables(segs: Sequence[Segment], words: Sequence[Word], rules: Sequence[Box] = (),
                opts: TableOptions = TableOptions(), page: PageBreak | None = None) -> list[TableRegion]:
    """The tables among a page's segments (``layout.segments`` over ``words``), top to bottom; ``rules``: the
    page's thin horizontal lines; ``page``: where its text starts and ends, and what the page before left open.
    A captioned table the page's foot cuts after its heading and one row is a table; so is a heading alone
    under its caption at the foot (``_heading_at_foot``), all its rows carried to the next page."""
    rows = _figure_tails(_rows(segs), words)
    found = []
    stranded = _stranded_headings(rows, words, opts)
    for first, last in _runs(rows, opts, words):
        carried = page is not None and page.carried is not None and _opens_page(rows, first, page) \
            and _in_columns(rows[first], page.carried.columns)
        # rows carried over need be one only
        fewest = 1 if carried and page and page.carried and page.carried.columns else opts.min_rows
        region = _region(rows, first, last, words, rules, opts, stranded, carried=carried, fewest=fewest)
        if region is None and page is not None and fewest > FOOT_ROWS:
            # a heading and one row that end the page: a table the page broke after them
            region = _region(rows, first, last, words, rules, opts, stranded, carried=carried, fewest=FOOT_ROWS)
            if region is not None and not _ends_page(segs, region.bottom, region.x0, region.x1, page, words):
                region = None
        if region is not None:
            found.append(region)
    if page is not None:
        found.extend(h for lines in stranded if (h := _heading_at_foot(rows, lines, page, words, found)) is not None)
    # a run's region reaches over the rows above it for its heading: where it took a whole region found before (a
    # table's first rows set apart from the rest), that one is a part of it, and its words are read once
    found = [t for t in found if not any(t.ids < other.ids for other in found)]
    return sorted(found, key=lambda t: t.top)


def _opens_page(rows: Sequence[_Row], first: int, page: PageBreak) -> bool:
    """Whether row ``first`` is the first of the page's text: every row above it stands in the top margin band."""
    return all(r.bottom <= page.head for r in rows[:first])


def _in_columns(row: _Row, columns: Sequence[tuple[float, float]]) -> bool:
    """Whether the row's segments stand in ``columns`` (those of a table the page before left open), moved as its
    first segment stands to the first column (a table at the foot of a page's right column goes on at the top of
    the next page's left one): its first in the first, none across two, two or more in one each (the others: the
    other page column's text, level with it). Any row does where no column was left open (only a caption ended
    the page)."""
    if not columns:
        return True
    shift = row.segs[0].x0 - columns[0][0]
    overlaps = [[c for c, (a, b) in enumerate(columns) if s.x0 < b + shift and s.x1 > a + shift] for s in row.segs]
    return overlaps[0] == [0] and all(len(o) <= 1 for o in overlaps) and sum(1 for o in overlaps if o) >= 2


def _ends_page(segs: Sequence[Segment], bottom: float, x0: float, x1: float, page: PageBreak,
               words: Sequence[Word]) -> bool:
    """Whether what ends at ``bottom`` over ``x0``..``x1`` ends the page's text there: below it, over that x-range,
    only the bottom margin band's furniture, or a folio."""
    return not any(s.top > bottom and s.x0 < x1 and s.x1 > x0 and s.top < page.foot and not FOLIO.fullmatch(_text(s, words))
                   for s in segs)


FOOT_ROWS = 2           # a heading and one row: the least of a table a page's foot breaks
FOLIO = re.compile(r"(?:page\s*)?\d{1,4}|[-–]\s*\d{1,4}\s*[-–]", re.I)


def _heading_at_foot(rows: Sequence[_Row], lines: Sequence[Sequence[Segment]], page: PageBreak,
                     words: Sequence[Word], found: Sequence[TableRegion]) -> TableRegion | None:
    """A stranded heading (``_stranded_headings``) that ends the page, taken by no table: a table of its heading
    row alone, whose rows the next page carries (``tables.table_sentences`` reads them under it). Its columns are
    its widest line's cells."""
    ids = {i for line in lines for s in line for i in s.ids}
    segs = [s for line in lines for s in line]
    if any(ids & t.ids for t in found) or not _ends_page([s for r in rows for s in r.segs], max(s.bottom for s in segs),
                                                          min(s.x0 for s in segs), max(s.x1 for s in segs), page, words):
        return None
    lines = [[piece for s in line for piece in _cut_at_gutters(s, segs, words)] for line in lines]
    columns = [(s.x0, s.x1) for s in max(lines, key=len)]
    heading: list[list[tuple[int, ...]]] = [[] for _ in columns]
    for line in lines:
        for seg in line:
            heading[_column_of(seg, columns)].append(tuple(seg.ids))
    return TableRegion(min(s.x0 for s in segs), min(s.top for s in segs), max(s.x1 for s in segs),
                       max(s.bottom for s in segs), (tuple(tuple(cell) for cell in heading),))


def _cut_at_gutters(seg: Segment, segs: Sequence[Segment], words: Sequence[Word]) -> list[Segment]:
    """A heading's segment cut where two of its cells ran together: with no rows under it to give its columns (a
    page's foot), a gap between its words more than twice the heading's ordinary space between words, and half an
    em or more, is a gutter between two cells ("CE (%)  Cycles", set close in a narrow table), not a space."""
    spaces = [words[b].x0 - words[a].x1 for s in segs for a, b in zip(s.ids, s.ids[1:], strict=False)]
    if len(seg.ids) < 2 or not spaces:
        return [seg]
    space = statistics.median(spaces)
    pieces: list[list[int]] = [[seg.ids[0]]]
    for a, b in zip(seg.ids, seg.ids[1:], strict=False):
        gap = words[b].x0 - words[a].x1
        if gap > 2 * space and gap >= 0.5 * words[b].size:
            pieces.append([])
        pieces[-1].append(b)
    return [seg] if len(pieces) == 1 else [_piece(seg, ids, words) for ids in pieces]


def left_open(segs: Sequence[Segment], tables: Sequence[TableRegion], words: Sequence[Word], page: PageBreak
              ) -> OpenTable | None:
    """The table the page's foot leaves open (``OpenTable``), given the segments left to the running text: the
    lowest table where nothing but the margin's furniture stands below it (its columns, from its cells), or a
    "Table N" caption whose lines end the page (no columns: the whole table goes on the next page). None where the
    page ends otherwise."""
    rows = _rows(segs)
    lowest = max(tables, key=lambda t: t.bottom, default=None)
    if lowest is not None and _ends_page(segs, lowest.bottom, lowest.x0, lowest.x1, page, words):
        width = max(len(row) for row in lowest.rows)
        edges: list[list[float]] = [[] for _ in range(width)]
        for row in lowest.rows:
            if len(row) == width:
                for c, cell in enumerate(row):
                    edges[c].extend(x for seg in cell for i in seg for x in (words[i].x0, words[i].x1))
        if all(edges):
            return OpenTable(tuple((min(e), max(e)) for e in edges))
    for k in range(len(rows) - 1, -1, -1):
        caption = next((s for s in rows[k].segs if _is_caption(s, words)), None)
        if caption is None:
            continue
        under = [s for r in rows[k + 1:] for s in r.segs if s.x0 < caption.x1 and s.x1 > caption.x0 and s.top < page.foot
                 and not FOLIO.fullmatch(_text(s, words))]
        if len(under) < TableOptions().caption_rows and all(abs(s.x0 - caption.x0) <= FLUSH for s in under) and \
                (lowest is None or lowest.bottom < caption.top):
            return OpenTable()
        return None
    return None


def table_across_columns(left: Sequence[Segment], right: Sequence[Segment], words: Sequence[Word],
                         rules: Sequence[Box] = (), opts: TableOptions = TableOptions()) -> TableRegion | None:
    """A table a word processor broke at the foot of one column of a section (``left``'s segments): its caption,
    heading and first rows end that column, its other rows open the next (``right``'s), as Writer breaks a table
    over a page, the heading not repeated. Each half alone is too short to be a table, or has no caption. The
    right column's segments are moved under the left's last row (by the columns' pitch across, a row's lead
    down) and the tables among both are found as on one column; the table that takes the right column's first
    row is the one table, its box the left column's part (where that column ends, when only the caption stayed
    behind). None where there is none.
    Notes at the page foot under the left column (far below its last row) are left out."""
    lrows, rrows = _rows(left), _rows(right)
    if len(lrows) < 2 or not rrows:
        return None
    end = len(lrows)
    for k in range(len(lrows) - 1, max(0, len(lrows) - opts.short_rows - 1), -1):
        if lrows[k].top - lrows[k - 1].bottom > (opts.short_rows + 1) * opts.row_gap * lrows[k - 1].height:
            end = k                   # the rows under this gap: notes at the page foot, not the column's text
            break
    foot = lrows[:end]
    # the left column ends with a row of cells, or with the caption alone (the whole table carried over)
    if len(foot) < 2 or not any(len(r.segs) >= 2 for r in foot[-opts.short_rows - 1:]) and \
            not any(_is_caption(s, words) for r in foot[-opts.caption_rows:] for s in r.segs):
        return None
    dx = min(s.x0 for s in right) - min(s.x0 for s in left)
    first = _first_row_of_cells(foot, rrows, dx, words, opts)
    if first is None:
        return None
    lead = max(foot[-1].top - foot[-2].bottom, 0.0)
    dy = foot[-1].bottom + lead - rrows[0].top
    moved = list(words)
    shifted = []
    for seg in right:
        for i in seg.ids:
            w = words[i]
            moved[i] = w._replace(x0=w.x0 - dx, x1=w.x1 - dx, top=w.top + dy, bottom=w.bottom + dy)
        shifted.append(replace(seg, ids=list(seg.ids), x0=seg.x0 - dx, x1=seg.x1 - dx, top=seg.top + dy,
                               bottom=seg.bottom + dy, last_mid=seg.last_mid + dy))
    # the rules drawn over the right column (a bordered table's) move with it; the rest stay where they are
    x0, x1 = min(s.x0 for s in right) - rrows[0].height, max(s.x1 for s in right) + rrows[0].height
    rules = [(a - dx, t + dy, b - dx, u + dy) if x0 <= a and b <= x1 else (a, t, b, u) for a, t, b, u in rules]
    mine = {i for r in foot for s in r.segs for i in s.ids}
    opening = {i for s in rrows[first].segs for i in s.ids}
    for table in find_tables([s for r in foot for s in r.segs] + shifted, moved, rules, opts):
        ids = table.ids
        taken = ids & mine
        if opening <= ids:
            # placed by its part in the left column, or where that column ends (under its caption)
            return replace(table, bottom=max(words[i].bottom for i in taken) if taken else table.top)
    return None


CELL_EDGE = 2.0     # points: the lines of one cell start at its left edge within this


def _first_row_of_cells(foot: Sequence[_Row], rrows: Sequence[_Row], dx: float, words: Sequence[Word],
                        opts: TableOptions) -> int | None:
    """The index of the next column's first row of two cells or more, where the fold may go on: its first row, or
    a row after a few lines of one cell each (``short_rows``), where the break fell inside a row of cells whose
    lines wrap (a heading's: "Current density (mA" at the foot, "cm−2)" at the top). Those lines start, moved
    back by the columns' pitch ``dx``, where a cell of the foot's last row of cells starts and end short of the
    next cell, none a caption; prose opening the column runs across the cells. None where there is no such row."""
    first = next((k for k, row in enumerate(rrows[:opts.short_rows + 1]) if len(row.segs) >= 2), None)
    if not first:
        return first
    cells = next((row.segs for row in reversed(foot[-opts.short_rows - 1:]) if len(row.segs) >= 2), ())
    for row in rrows[:first]:
        seg = row.segs[0]
        x0, x1 = seg.x0 - dx, seg.x1 - dx
        if _is_caption(seg, words) or not any(
                abs(x0 - cell.x0) <= CELL_EDGE and (k + 1 == len(cells) or x1 < cells[k + 1].x0)
                for k, cell in enumerate(cells)):
            return None
    return first


def table_line(page: int, table: TableRegion, words: Sequence[Word],
               render: Callable[[Sequence[int]], tuple[str, list[CitationMarker]]]) -> Line:
    """The table as one line of kind TABLE: its rows one a line, cells apart by " | ", each cell rendered
    (scripts inlined, raised citations lifted as markers) by ``render``."""
    text = ""
    markers: list[CitationMarker] = []
    parts: list[tuple[int, int, BBox]] = []
    for r, row in enumerate(table.rows):
        if r:
            text += "\n"
        if not any(row):                # an empty heading (a table going on from the page before): no blank to strip
            text += " | ".join("" for _ in row).strip()
            continue
        start = len(text)
        for c, cell in enumerate(row):
            if c:
                text += " | "
            text, found = _cell_text(text, [render(seg) for seg in cell])
            markers.extend(found)
        mine = [words[i] for cell in row for seg in cell for i in seg]
        parts.append((start, len(text), BBox(min(w.x0 for w in mine), min(w.top for w in mine),
                                             max(w.x1 for w in mine), max(w.bottom for w in mine))))
    every = [words[i] for i in table.ids]
    size = statistics.median(w.size for w in every)
    return Line(page, table.x0, table.x1, table.top, table.bottom, size, False, False, text, tuple(markers),
                kind=BlockKind.TABLE, font=every[0].font, column_x0=table.x0, column_x1=table.x1, parts=tuple(parts))


def _cell_text(text: str, lines: Sequence[tuple[str, list[CitationMarker]]]) -> tuple[str, list[CitationMarker]]:
    """``text`` with a cell's rendered lines after it, joined as the running text's lines are, and the raised
    citations lifted from them placed in it. A word a narrow column broke with no hyphen is set whole again
    where whole it names a property ("Cycl" "es" → "Cycles"), so the text kept is the text the rows are read by."""
    from pipeline.reader.tables import broken_word_at  # late: tables reads the ontology
    start, breaks, markers = len(text), [], []
    for k, (piece, found) in enumerate(lines):
        if k:
            joined = _joined(text, piece)
            if len(joined) > len(text):
                breaks.append(len(text) - start)
            text = joined
        markers.extend(CitationMarker(m.numbers, len(text) + m.start, m.raw) for m in found)
        text += piece
    at = broken_word_at(text[start:], breaks)
    if at is None:
        return text, markers
    at += start
    return text[:at] + text[at + 1:], [CitationMarker(m.numbers, m.start - 1, m.raw) if m.start > at else m
                                          for m in markers]


def _joined(text: str, piece: str) -> str:
    """``text`` ready for the next line of its cell: a space between, or none after a word broken at a
    hyphen ("dec-" "orated"), the hyphen dropped where it split one word, as the running text's lines are
    joined (without the paper's vocabulary, which the page does not know yet), and kept before a number or a
    capital, which open no word's second half ("LC-" "100")."""
    from pipeline.reader.blocks import _drop_hyphen  # late: blocks reads the layout, which reads tables
    head = re.search(r"(?<![\w-])([A-Za-z]+)-$", text)        # the whole word before the hyphen
    if head is not None and re.match(r"[0-9A-Z]", piece):
        return text                   # a name's hyphen before a number or a capital ("LC-" "100"): no word split
    tail = re.match(r"[a-z]+", piece)
    if head is None or tail is None:
        return text + " "
    return text[:-1] if _drop_hyphen(head.group(1), tail.group(0), Counter()) else text


def without_tables(segs: list[Segment], words: Sequence[Word], rules: Sequence[Box] = (),
                   cells: Sequence[Segment] | None = None, opts: TableOptions = TableOptions(),
                   page: PageBreak | None = None) -> tuple[list[Segment], list[TableRegion]]:
    """The segments left to the running text, and the tables found among ``cells`` (the same words'
    segments chained across the room their scripts take; ``segs`` where not given)."""
    tables = find_tables(segs if cells is None else cells, words, rules, opts, page)
    if not tables:
        return segs, tables
    taken = frozenset().union(*(t.ids for t in tables))
    return [s for s in segs if s.ids[0] not in taken], tables


def placed(lines: list[Line], tables: Sequence[Line]) -> list[Line]:
    """A page's lines in reading order with each table line set after the last line above it that shares its
    x-range (its caption, or the running text it follows), and the lines of its column that follow it while
    still above the table (``_goes_on_above``); first on the page where none does. A line is above
    the table by its middle: a caption's last line set tight on the table's top rule hangs its descenders
    below the top of a heading raised by a superscript ("cm⁻¹"), and by its bottom it was read after the
    table, the caption's tail cut from its caption."""
    out = list(lines)
    for table in tables:
        above = [k for k, ln in enumerate(out) if ln.kind is None and (ln.top + ln.bottom) / 2 <= table.top
                 and ln.x0 < table.x1 and ln.x1 > table.x0]
        at = above[-1] if above else -1
        while at >= 0 and at + 1 < len(out) and _goes_on_above(out[at], out[at + 1], table):
            at += 1
        out.insert(at + 1, table)
    return out


def _goes_on_above(line: Line, following: Line, table: Line) -> bool:
    """Whether ``following``, the next line after ``line`` in reading order, is still above the table in the same
    column: a caption's short last line ("cm⁻²." under a line that wrapped) stops left of a narrow table set
    centred under it, sharing none of its x-range, and was read after the table, cut from its caption."""
    return following.kind is None and following.page == line.page and following.column == line.column \
        and (following.top + following.bottom) / 2 <= table.top
