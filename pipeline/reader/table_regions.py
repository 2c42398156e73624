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

Rows above the first row of figures are the heading, one row cell by cell; a row with no figure and few
cells below it goes on with the row above (a cell broken over two lines). An edge column of prose (the
other column of a two-column page, level with the table) is left to the running text. A region that
fails a test is no table: its words stay where the layout puts them.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.reader.tables import FIGURE
from pipeline.records import BlockKind, Box, CitationMarker, Line, Word

if TYPE_CHECKING:
    from pipeline.reader.layout import Segment

CLOSING, OPENING = tuple(")]},.;:%"), ("(", "[")    # what opens no cell, what ends none
CAPTION = re.compile(r"^(?:Table|TABLE)\s*S?\d+[a-z]?\b")


@dataclass(frozen=True, slots=True)
class TableOptions:
    """How close and how regular a table's rows must be."""

    min_columns: int = 3           # columns a table has
    min_rows: int = 3              # rows of three or more cells, the heading included
    row_gap: float = 1.6           # line heights: the widest gap between two rows of one table
    figure_share: float = 0.5      # share of the body cells right of the first column that are figures
    prose_words: int = 4           # an edge column of words whose cells run this many words is running text
    caption_rows: int = 5          # rows a caption above the table may run to
    heading_rows: int = 3          # rows a heading above the rows of figures may run to


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
    for seg in sorted(segs, key=lambda s: s.mid):
        if out and abs(statistics.fmean(s.mid for s in out[-1]) - seg.mid) <= 0.35 * max(seg.bottom - seg.top, 1.0):
            out[-1].append(seg)
        else:
            out.append([seg])
    return [_Row(tuple(sorted(r, key=lambda s: s.x0)), min(s.top for s in r), max(s.bottom for s in r)) for r in out]


def _runs(rows: Sequence[_Row], opts: TableOptions) -> list[tuple[int, int]]:
    """(first, last) row indices of runs of close rows of three or more segments; a row of fewer between two
    such rows (a cell's second line) stays in the run."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(rows):
        if len(rows[k].segs) < opts.min_columns:
            k += 1
            continue
        first = last = k
        j = k + 1
        while j < len(rows) and rows[j].top - rows[j - 1].bottom <= opts.row_gap * rows[j - 1].height:
            if len(rows[j].segs) >= opts.min_columns:
                last = j
            elif not (j + 1 < len(rows) and len(rows[j + 1].segs) >= opts.min_columns
                      and rows[j + 1].top - rows[j].bottom <= opts.row_gap * rows[j].height):
                break
            j += 1
        runs.append((first, last))
        k = last + 1
    return runs


def _columns(body: Sequence[_Row]) -> list[tuple[float, float]]:
    """The x-ranges the body rows' segments fall into: overlapping segments share a column."""
    spans = sorted((s.x0, s.x1) for row in body for s in row.segs)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


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


def _is_caption(seg: Segment, words: Sequence[Word]) -> bool:
    return bool(CAPTION.match(" ".join(words[i].text for i in seg.ids[:2])))


def _ruled(rules: Sequence[Box], top: float, bottom: float, x0: float, x1: float, line: float) -> bool:
    """Two rules or more run across most of the table's width, among its rows or within a line and a half."""
    across = [r for r in rules if top - 1.5 * line <= r[1] <= bottom + 1.5 * line
              and min(r[2], x1) - max(r[0], x0) >= 0.5 * (x1 - x0)]
    return len(across) >= 2


def _region(rows: Sequence[_Row], first: int, last: int, words: Sequence[Word], rules: Sequence[Box],
            opts: TableOptions) -> TableRegion | None:
    run = rows[first:last + 1]
    figure_rows = [k for k, row in enumerate(run) if any(FIGURE.match(_text(s, words)) for s in row.segs[1:])]
    if not figure_rows:
        return None
    head, body = run[:figure_rows[0]], run[figure_rows[0]:]
    columns = _columns([r for r in body if len(r.segs) >= opts.min_columns])
    # an edge column of long lines is the running text beside the table
    while columns and _prose(columns[-1], body, words, opts):
        columns.pop()
    while columns and _prose(columns[0], body, words, opts):
        columns.pop(0)
    if len(columns) < opts.min_columns or len(run) < opts.min_rows:
        return None
    left, right = columns[0][0] - 1, columns[-1][1] + 1

    def inside(seg: Segment) -> bool:
        return seg.x0 < right and seg.x1 > left

    cells = [s for row in body for s in row.segs if inside(s) and _column_of(s, columns) > 0]
    figures = sum(1 for s in cells if FIGURE.match(_text(s, words)))
    if not cells or figures < opts.figure_share * len(cells):
        return None
    if not _caption_near(rows, first, last, left, right, words, opts) and not _ruled(
            rules, run[0].top, run[-1].bottom, left, right, statistics.median(r.height for r in run)):
        return None
    # a heading set tight (a narrow column separation) chains its cells into fewer than three segments, so
    # the run of rows left it out: the rows right above, inside the table's width, with no figure, caption or
    # rule between them, over the rule that opens the rows of figures
    if not head:
        across = [r for r in rules if min(r[2], right) - max(r[0], left) >= 0.5 * (right - left)]
        while first > 0 and len(head) < opts.heading_rows and _heading_over(
                rows[first - 1], head[0] if head else run[0], left, right, words, opts):
            above, below = rows[first - 1], head[0] if head else run[0]
            ruled = any((above.top + above.bottom) / 2 < (r[1] + r[3]) / 2 < (below.top + below.bottom) / 2 for r in across)
            if ruled != (not head):          # the rule under the heading, none inside it
                break
            first -= 1
            head = [rows[first], *head]
        run = rows[first:last + 1]
    heading: list[list[tuple[int, ...]]] = [[] for _ in columns]
    for row in head:
        for s in _unbroken([s for s in row.segs if inside(s)], words):
            for c, ids in _heading_cells(s, columns, words):
                heading[c].append(ids)
    table: list[list[list[tuple[int, ...]]]] = [heading] if any(heading) else []
    for row in body:
        mine = [s for s in row.segs if inside(s)]
        filled = [[tuple(s.ids) for s in mine if _column_of(s, columns) == c] for c in range(len(columns))]
        has_figure = any(FIGURE.match(_text(s, words)) for s in mine if _column_of(s, columns) > 0)
        if not has_figure and table and len([c for c in filled if c]) * 2 <= len(columns):
            for c, ids in enumerate(filled):      # a cell's second line
                table[-1][c].extend(ids)
        else:
            table.append(filled)
    taken = [s for row in run for s in row.segs if inside(s)]
    return TableRegion(min(s.x0 for s in taken), min(s.top for s in taken), max(s.x1 for s in taken),
                       max(s.bottom for s in taken),
                       tuple(tuple(tuple(cell) for cell in row) for row in table))


def _heading_over(row: _Row, below: _Row, left: float, right: float, words: Sequence[Word], opts: TableOptions) -> bool:
    """Whether ``row`` is a heading row of the table whose next row is ``below``: a line close above it, within
    the table's width, no caption and no figure in it."""
    return (below.top - row.bottom <= opts.row_gap * row.height
            and all(s.x0 >= left - row.height and s.x1 <= right + row.height for s in row.segs)
            and not any(_is_caption(s, words) or FIGURE.match(_text(s, words)) for s in row.segs))


def _unbroken(segs: Sequence[Segment], words: Sequence[Word]) -> list[Segment]:
    """A heading row's segments, those a lifted script broke joined again: a segment that opens on a closing
    bracket goes on from the one before ("(mA cm" + "−2" + ")")."""
    from pipeline.reader.layout import Segment  # late: layout reads tables

    out: list[Segment] = []
    for seg in segs:
        if out and (words[seg.ids[0]].text.startswith(CLOSING) or words[out[-1].ids[-1]].text.endswith(OPENING)):
            last = out[-1]
            out[-1] = Segment([*last.ids, *seg.ids], last.x0, max(last.x1, seg.x1), min(last.top, seg.top),
                              max(last.bottom, seg.bottom), seg.last_mid)
        else:
            out.append(seg)
    return out


def _heading_cells(seg: Segment, columns: Sequence[tuple[float, float]], words: Sequence[Word]
                   ) -> list[tuple[int, tuple[int, ...]]]:
    """A heading segment as (column, word ids) cells. One over several columns' middles (cells set closer than
    a segment's gap) is cut between its words so that each piece stands over its column: centred on it, or
    starting or ending where it does, whichever fits best."""
    spanned = [c for c, (a, b) in enumerate(columns) if seg.x0 <= (a + b) / 2 <= seg.x1]
    if len(spanned) < 2 or len(seg.ids) < len(spanned):
        return [(_column_of(seg, columns), tuple(seg.ids))]
    ids = list(seg.ids)

    def misfit(c: int, i: int, j: int) -> float:      # words i..j-1 over column c
        x0, x1 = words[ids[i]].x0, words[ids[j - 1]].x1
        a, b = columns[c]
        return min(abs((x0 + x1) / 2 - (a + b) / 2), abs(x0 - a), abs(x1 - b))

    def cuttable(i: int) -> bool:       # no cell opens on a closing bracket or a stop, nor ends on an opening one
        return not words[ids[i]].text.startswith(CLOSING) and not words[ids[i - 1]].text.endswith(OPENING)

    # best[k][j]: the least misfit of words 0..j-1 over the first k spanned columns
    n, inf = len(ids), float("inf")
    best = [[inf] * (n + 1) for _ in range(len(spanned) + 1)]
    cut = [[0] * (n + 1) for _ in range(len(spanned) + 1)]
    best[0][0] = 0.0
    for k, c in enumerate(spanned, 1):
        for j in range(k, n + 1):
            for i in range(k - 1, j):
                if i and not cuttable(i):
                    continue
                cost = best[k - 1][i] + misfit(c, i, j)
                if cost < best[k][j]:
                    best[k][j], cut[k][j] = cost, i
    pieces, j = [], n
    for k in range(len(spanned), 0, -1):
        i = cut[k][j]
        pieces.append((spanned[k - 1], tuple(ids[i:j])))
        j = i
    return pieces[::-1]


def _prose(column: tuple[float, float], body: Sequence[_Row], words: Sequence[Word], opts: TableOptions) -> bool:
    segs = [s for row in body for s in row.segs if column[0] <= (s.x0 + s.x1) / 2 <= column[1]]
    figures = sum(1 for s in segs if FIGURE.match(_text(s, words)))
    return bool(segs) and figures * 4 < len(segs) and statistics.median(len(s.ids) for s in segs) >= opts.prose_words


def find_tables(segs: Sequence[Segment], words: Sequence[Word], rules: Sequence[Box] = (),
                opts: TableOptions = TableOptions()) -> list[TableRegion]:
    """The tables among a page's segments (``layout.segments`` over ``words``), top to bottom; ``rules``: the
    page's thin horizontal lines."""
    rows = _rows(segs)
    found = []
    for first, last in _runs(rows, opts):
        region = _region(rows, first, last, words, rules, opts)
        if region is not None:
            found.append(region)
    return found


def table_line(page: int, table: TableRegion, words: Sequence[Word],
               render: Callable[[Sequence[int]], tuple[str, list[CitationMarker]]]) -> Line:
    """The table as one line of kind TABLE: its rows one a line, cells apart by " | ", each cell rendered
    (scripts inlined, raised citations lifted as markers) by ``render``."""
    text = ""
    markers: list[CitationMarker] = []
    for r, row in enumerate(table.rows):
        if r:
            text += "\n"
        for c, cell in enumerate(row):
            if c:
                text += " | "
            for k, seg in enumerate(cell):
                piece, found = render(seg)
                text += " " if k else ""
                markers.extend(CitationMarker(m.numbers, len(text) + m.start, m.raw) for m in found)
                text += piece
    every = [words[i] for i in table.ids]
    size = statistics.median(w.size for w in every)
    return Line(page, table.x0, table.x1, table.top, table.bottom, size, False, False, text, tuple(markers),
                kind=BlockKind.TABLE, font=every[0].font, column_x0=table.x0, column_x1=table.x1)


def without_tables(segs: list[Segment], words: Sequence[Word], rules: Sequence[Box] = (),
                   opts: TableOptions = TableOptions()) -> tuple[list[Segment], list[TableRegion]]:
    """The segments left to the running text, and the tables found among them."""
    tables = find_tables(segs, words, rules, opts)
    if not tables:
        return segs, tables
    taken = frozenset().union(*(t.ids for t in tables))
    return [s for s in segs if s.ids[0] not in taken], tables


def placed(lines: list[Line], tables: Sequence[Line]) -> list[Line]:
    """A page's lines in reading order with each table line set after the last line above it that shares its
    x-range (its caption, or the running text it follows); first on the page where none does."""
    out = list(lines)
    for table in tables:
        above = [k for k, ln in enumerate(out) if ln.kind is None and ln.bottom <= table.top + 1
                 and ln.x0 < table.x1 and ln.x1 > table.x0]
        out.insert(above[-1] + 1 if above else 0, table)
    return out
