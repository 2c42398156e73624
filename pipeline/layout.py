"""Words on pages → lines → columns → blocks in reading order. Pure functions, no I/O.

The steps, each a small function over plain records:

1. ``attach_scripts``: sub- and superscripts (smaller words touching a bigger one) join the line of
   the word they touch; superscript numbers become citation markers, exponents stay inline.
2. ``page_lines``: words become lines; a page's gutter splits two-column rows into a left and a right
   line, and a row that crosses the gutter is a full-width line.
3. ``reading_order``: full-width bands top to bottom; inside a two-column band, the left column top
   to bottom, then the right.
4. ``mark_repeats``: lines repeated at the top or bottom of many pages are headers and footers.
5. ``blocks_from_lines``: lines become paragraphs, headings, captions and equations; a paragraph
   that a column, page or figure breaks is joined again.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from pipeline.read_pdf import PageWords, Word
from pipeline.records import BBox, Block, BlockKind, CitationMarker, LineSpan

FULL = -1          # column index of a full-width line
SCRIPT_RATIO = 0.88  # a word this much smaller than the word it touches is a sub- or superscript
TOUCH = 1.6        # points: a script starts within this distance of its base word

CITATION_BODY = r"\d{1,4}(?:\s*[,–\-−]\s*\d{1,4})*"
BRACKETED_CITATION = re.compile(r"\[(" + CITATION_BODY + r")\]")
BARE_CITATION = re.compile(r"^(" + CITATION_BODY + r")$")
UNIT_BASES = {"cm", "m", "mm", "g", "kg", "s", "h", "l", "ml", "nm", "μm", "um", "10", "k", "mol", "gpa",
              "pa", "a", "ma", "v", "w", "j", "cm2", "m2", "×10", "x10", "e"}
HEADING_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+\S")
CAPTION_START = re.compile(r"^(Figure|Fig\.|FIGURE|Table|TABLE|Scheme|SCHEME)\s*S?\d+\s*[.:|]\s", re.UNICODE)
FLOAT_LABEL = re.compile(r"^(Figure|Fig\.|FIGURE|Table|TABLE|Scheme|SCHEME)\s*S?\d+[a-z]?$")
EQUATION_END = re.compile(r"\(\s*\d{1,3}\s*\)\s*$")
TERMINAL = re.compile(r"[.!?:;]\s*[\"”’)]*\s*$")
AFFILIATION_WORDS = re.compile(
    r"\b(University|Universit[éä]|Institute|Laboratory|Department|Dept\.|College|School of|Academy|"
    r"E-?mail|Key Lab|P\. ?R\. China|Correspondence|ORCID|Received|Accepted|Published online|"
    r"Creative Commons|open access article|Copyright|licen[cs]e)\b", re.IGNORECASE)
STAMP_WORDS = re.compile(r"(Downloaded from|Terms and Conditions|wileyonlinelibrary|See the Terms)", re.I)
KEEP_HYPHEN_PREFIXES = {"non", "self", "well", "high", "low", "long", "short", "two", "three", "multi", "anode",
                        "cathode", "free", "ion", "lithium", "sodium", "metal", "carbon", "in", "ex", "co",
                        "pre", "post", "state", "dendrite", "room", "large", "small", "ultra", "so", "cross",
                        "li", "cu", "ni", "al", "zn", "si", "sn", "ag", "au", "mg", "na", "k"}


# ------------------------------------------------------------------------------------------ records

@dataclass(slots=True)
class Line:
    """A line of text in one column of one page, with its markers."""

    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float                       # dominant font size
    bold: bool
    italic: bool
    text: str
    citations: list[CitationMarker] = field(default_factory=list)
    column: int = FULL
    kind: BlockKind | None = None     # set for header/footer/stamp lines
    bold_head: bool = False           # its first word is bold ("Figure 3." in a caption)

    @property
    def bbox(self) -> BBox:
        return BBox(self.x0, self.top, self.x1, self.bottom)


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Tolerances of the layout steps, in points or as fractions of the page."""

    gutter_min_width: float = 5.0
    gutter_band: tuple[float, float] = (0.3, 0.7)   # where a gutter may lie, as fractions of page width
    margin_band: float = 0.075                      # top/bottom share of a page where headers live
    repeat_share: float = 0.4                       # share of pages a header must repeat on
    paragraph_gap: float = 1.45                     # line pitch multiple that breaks a paragraph


# ------------------------------------------------------------------------------- words → lines

def _is_script_of(small: Word, base: Word) -> bool:
    if small.size > base.size * SCRIPT_RATIO:
        return False
    touching = abs(small.x0 - base.x1) <= TOUCH or abs(base.x0 - small.x1) <= TOUCH
    vertical = small.bottom > base.top - 1 and small.top < base.bottom + 1
    return touching and vertical


def _script_kind(small: Word, base: Word) -> str:
    small_mid = (small.top + small.bottom) / 2
    base_mid = (base.top + base.bottom) / 2
    return "sup" if small_mid < base_mid - 0.08 * (base.bottom - base.top) else "sub"


def split_scripts(words: Sequence[Word]) -> tuple[list[Word], dict[int, list[tuple[Word, str]]]]:
    """Separate sub/superscripts from the words they touch.

    Returns the base words, and for each base word's index the scripts that follow or precede it
    with their kind ("sup" or "sub").
    """
    by_left = sorted(range(len(words)), key=lambda i: words[i].x0)
    scripts: dict[int, list[tuple[Word, str]]] = {}
    is_script: set[int] = set()
    for i in by_left:
        small = words[i]
        candidates = [j for j in range(len(words)) if j != i and _is_script_of(small, words[j])]
        if not candidates:
            continue
        # the base is the biggest touching word, nearest in height
        j = max(candidates, key=lambda k: (words[k].size, -abs(words[k].bottom - small.bottom)))
        is_script.add(i)
        scripts.setdefault(j, []).append((small, _script_kind(small, words[j])))
    base_ids = [i for i in range(len(words)) if i not in is_script]
    remap = {old: new for new, old in enumerate(base_ids)}
    bases = [words[i] for i in base_ids]
    return bases, {remap[j]: s for j, s in scripts.items() if j in remap}


def _rows(words: Sequence[Word]) -> list[list[int]]:
    """Group word indices into rows whose vertical middles agree."""
    order = sorted(range(len(words)), key=lambda i: ((words[i].top + words[i].bottom) / 2, words[i].x0))
    rows: list[list[int]] = []
    mids: list[float] = []
    for i in order:
        w = words[i]
        mid = (w.top + w.bottom) / 2
        tolerance = 0.35 * max(w.bottom - w.top, 1.0)
        for r in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            if abs(mids[r] - mid) <= tolerance:
                rows[r].append(i)
                break
        else:
            rows.append([i])
            mids.append(mid)
    return rows


def _segments(words: Sequence[Word], rows: list[list[int]], min_gap: float) -> list[tuple[float, float]]:
    """Each row cut at its wide gaps: the x-extents of runs of words that sit close together."""
    out: list[tuple[float, float]] = []
    for row in rows:
        xs = sorted((words[i].x0, words[i].x1) for i in row)
        a0, a1 = xs[0]
        for x0, x1 in xs[1:]:
            if x0 - a1 >= min_gap:
                out.append((a0, a1))
                a0 = x0
            a1 = max(a1, x1)
        out.append((a0, a1))
    return out


def find_gutter(words: Sequence[Word], width: float, opts: LayoutOptions = LayoutOptions()
                ) -> tuple[float, float] | None:
    """The x-interval between two text columns, or None on a single-column page.

    Rows are cut into segments at wide gaps. For each x in the middle of the page we count the
    segments wholly left of x, wholly right of it, and crossing it. The gutter is where few
    segments cross and many lie on each side; titles, abstracts and wide captions that cross it
    are too few to hide it.
    """
    body = [w for w in words if w.upright]
    if len(body) < 40:
        return None
    segments = _segments(body, _rows(body), opts.gutter_min_width)
    lo, hi = int(width * opts.gutter_band[0]), int(width * opts.gutter_band[1])
    scored: list[tuple[int, int, int]] = []        # (x, crossing, min(left, right))
    for x in range(lo, hi + 1):
        cross = sum(1 for a, b in segments if a < x < b)
        left = sum(1 for _, b in segments if b <= x)
        right = sum(1 for a, _ in segments if a >= x)
        scored.append((x, cross, min(left, right)))
    best_x, best_cross, best_sides = min(scored, key=lambda t: (t[1] - 0.25 * t[2], -t[2]))
    if best_sides < 10 or best_cross > 0.25 * best_sides:
        return None
    run = [x for x, cross, _ in scored if cross <= best_cross]
    g0 = g1 = best_x
    while g0 - 1 in run:
        g0 -= 1
    while g1 + 1 in run:
        g1 += 1
    if g1 + 1 - g0 < opts.gutter_min_width:
        return None
    return float(g0), float(g1 + 1)


def _render(base: Sequence[Word], scripts: dict[int, list[tuple[Word, str]]], ids: Sequence[int]
            ) -> tuple[str, list[CitationMarker]]:
    """The text of one line, with scripts inlined and citation superscripts lifted out as markers."""
    pieces: list[tuple[float, float, str, str]] = []   # (x0, x1, text, kind)
    for i in ids:
        pieces.append((base[i].x0, base[i].x1, base[i].text, "base"))
        for word, kind in scripts.get(i, []):
            pieces.append((word.x0, word.x1, word.text, kind))
    pieces.sort(key=lambda p: p[0])
    text = ""
    markers: list[CitationMarker] = []
    prev_x1 = None
    prev_kind = "base"
    for x0, x1, piece, kind in pieces:
        gap = x0 - prev_x1 if prev_x1 is not None else 0.0
        glue = "" if prev_x1 is None or gap < 1.0 else " "
        if kind == "sup" and _is_citation_script(piece, text):
            numbers = expand_citation(piece.strip("[]() "))
            if numbers:
                markers.append(CitationMarker(numbers, len(text.rstrip()), piece))
                prev_x1 = x1
                continue
        if kind in ("sup", "sub") and prev_kind == "base" and gap < 2.0:
            glue = ""
        text = text + glue + piece if text else piece
        prev_x1, prev_kind = x1, kind
    return text, markers


def _is_citation_script(piece: str, before: str) -> bool:
    """A raised number is a citation unless it is an exponent (cm⁻², 10⁻⁵) or a charge (Li⁺)."""
    stripped = piece.strip()
    if stripped.startswith("[") and BRACKETED_CITATION.fullmatch(stripped):
        return True
    if not BARE_CITATION.fullmatch(stripped) or stripped.startswith(("−", "-")):
        return False
    last = re.findall(r"[A-Za-zμ×0-9]+$", before.rstrip())
    if last and last[0].lower() in UNIT_BASES:
        return False
    if re.search(r"\d$", before):          # 10^5, 2^3 — a power, not a reference
        return False
    # after a bracket the number is a power of the bracketed term, as in equations
    return bool(before) and not before.rstrip().endswith(("(", "[", ")", "]"))


def expand_citation(body: str) -> tuple[int, ...]:
    """'12–15, 18' → (12, 13, 14, 15, 18). Implausible ranges (backwards or huge) are refused."""
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", body.strip()):
        if not part:
            continue
        bounds = re.split(r"\s*[–\-−]\s*", part)
        if len(bounds) == 2 and all(b.isdigit() for b in bounds):
            a, b = int(bounds[0]), int(bounds[1])
            if a <= b <= a + 60:
                numbers.extend(range(a, b + 1))
            else:
                return ()
        elif part.isdigit():
            numbers.append(int(part))
        else:
            return ()
    return tuple(numbers)


def lift_inline_citations(text: str, markers: Sequence[CitationMarker], spans: Sequence[LineSpan] = ()
                          ) -> tuple[str, list[CitationMarker], list[LineSpan]]:
    """Remove in-line markers such as ' [47]' or '[12–15]' from ``text`` and record them.

    Markers already found (superscripts) and line spans keep pointing at the same characters in
    the shortened text.
    """
    cuts: list[tuple[int, int]] = []           # removed [start, end) intervals of the old text
    found: list[CitationMarker] = []
    for match in BRACKETED_CITATION.finditer(text):
        numbers = expand_citation(match.group(1))
        if not numbers:
            continue
        start = match.start()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        cuts.append((start, match.end()))
        found.append(CitationMarker(numbers, start, match.group(0)))
    if not cuts:
        return text, list(markers), list(spans)

    def moved(offset: int) -> int:
        return offset - sum(min(end, offset) - start for start, end in cuts if start < offset)

    kept = "".join(text[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(text)],
                                            strict=True))
    merged = sorted((replace(m, start=moved(m.start)) for m in [*markers, *found]), key=lambda m: m.start)
    return kept, merged, [replace(sp, start=moved(sp.start), end=moved(sp.end)) for sp in spans]


def page_lines(page: PageWords, opts: LayoutOptions = LayoutOptions()) -> list[Line]:
    """The lines of a page, each tagged with its column (FULL, 0 or 1), not yet in reading order."""
    upright = [w for w in page.words if w.upright]
    stamps = [w for w in page.words if not w.upright]
    base, scripts = split_scripts(upright)
    gutter = find_gutter(base, page.width, opts)
    lines: list[Line] = []
    for row in _rows(base):
        groups: dict[int, list[int]] = {}
        if gutter is None:
            groups[FULL] = row
        else:
            g0, g1 = gutter
            crosses = any(base[i].x0 < g1 - 1 and base[i].x1 > g0 + 1 for i in row)
            if crosses:
                groups[FULL] = row
            else:
                for i in row:
                    groups.setdefault(0 if base[i].x1 <= (g0 + g1) / 2 else 1, []).append(i)
        for column, ids in groups.items():
            ids.sort(key=lambda i: base[i].x0)
            lines.append(_line(page.number, base, scripts, ids, column))
    if stamps:
        lines.extend(_stamp_lines(page.number, stamps))
    return lines


def _line(page: int, base: Sequence[Word], scripts: dict[int, list[tuple[Word, str]]], ids: list[int],
          column: int) -> Line:
    words = [base[i] for i in ids]
    sizes = Counter()
    for w in words:
        sizes[w.size] += len(w.text)
    size = sizes.most_common(1)[0][0]
    chars = sum(len(w.text) for w in words) or 1
    bold = sum(len(w.text) for w in words if w.bold) / chars > 0.6
    italic = sum(len(w.text) for w in words if w.italic) / chars > 0.6
    text, markers = _render(base, scripts, ids)
    every = words + [s for i in ids for s, _ in scripts.get(i, [])]
    return Line(page, min(w.x0 for w in every), max(w.x1 for w in every), min(w.top for w in words),
                max(w.bottom for w in words), size, bold, italic, text, markers, column,
                bold_head=words[0].bold)


def _stamp_lines(page: int, words: Sequence[Word]) -> list[Line]:
    """Rotated text (side stamps, vertical margins) becomes one STAMP line per text direction."""
    ordered = sorted(words, key=lambda w: (round(w.x0), w.top))
    text = " ".join(w.text for w in ordered)
    return [Line(page, min(w.x0 for w in words), max(w.x1 for w in words), min(w.top for w in words),
                 max(w.bottom for w in words), statistics.median(w.size for w in words), False, False,
                 text, [], FULL, BlockKind.STAMP)]


# ----------------------------------------------------------------------------------- reading order

def reading_order(lines: Sequence[Line]) -> list[Line]:
    """Full-width bands top to bottom; within each two-column band, left column then right."""
    ordered: list[Line] = []
    pending: dict[int, list[Line]] = {0: [], 1: []}

    def flush() -> None:
        for column in (0, 1):
            ordered.extend(sorted(pending[column], key=lambda ln: ln.top))
            pending[column] = []

    stamps = [ln for ln in lines if ln.kind == BlockKind.STAMP]
    for line in sorted((ln for ln in lines if ln.kind != BlockKind.STAMP), key=lambda ln: (ln.top, ln.x0)):
        if line.column == FULL:
            # a full-width line between columns closes the band above it, unless it sits beside
            # column text that continues below it (then it is a wide item inside one column)
            flush()
            ordered.append(line)
        else:
            pending[line.column].append(line)
    flush()
    return ordered + stamps


def _norm_repeat(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def mark_repeats(pages: Sequence[list[Line]], heights: Sequence[float], opts: LayoutOptions = LayoutOptions()
                 ) -> None:
    """Tag lines in the top or bottom margin that repeat across pages as HEADER or FOOTER (in place)."""
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        seen = {_norm_repeat(ln.text) for ln in lines if _in_margin(ln, height, opts)}
        counts.update(seen)
    need = max(2, int(opts.repeat_share * len(pages)))
    for lines, height in zip(pages, heights, strict=True):
        for ln in lines:
            if ln.kind is not None or not _in_margin(ln, height, opts):
                continue
            norm = _norm_repeat(ln.text)
            if counts[norm] >= need or re.fullmatch(r"#|page #|# of #|#\s*\(#\s*of\s*#\)", norm):
                ln.kind = BlockKind.HEADER if ln.top < height / 2 else BlockKind.FOOTER
            elif STAMP_WORDS.search(ln.text):
                ln.kind = BlockKind.STAMP


def _in_margin(line: Line, height: float, opts: LayoutOptions) -> bool:
    return line.bottom < height * opts.margin_band or line.top > height * (1 - opts.margin_band)


# ---------------------------------------------------------------------------------- lines → blocks

@dataclass(slots=True)
class _Draft:
    kind: BlockKind
    lines: list[Line]
    level: int = 0
    indented: bool = False       # its first line starts right of its column's left edge


def body_size(lines: Iterable[Line]) -> float:
    """The font size most characters of the document are set in."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        if ln.kind is None:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _heading_level(line: Line, body: float) -> int:
    """0 when the line is not a heading; otherwise its depth (1 for '2.', 2 for '2.1.')."""
    text = line.text.strip()
    if len(text) > 120 or not text or text[0].islower():
        return 0
    emphasised = line.bold or line.size > body * 1.08
    if not emphasised:
        return 0
    if TERMINAL.search(text) and not HEADING_NUMBER.match(text):
        return 0
    match = HEADING_NUMBER.match(text)
    if match:
        return match.group(1).count(".") + 1
    if len(text.split()) <= 10:
        return 1
    return 0


def _classify_line(line: Line, body: float, in_references: bool) -> BlockKind:
    text = line.text.strip()
    if line.kind is not None:
        return line.kind
    if FLOAT_LABEL.match(text):
        return BlockKind.OTHER                   # "Figure 2" printed inside a figure
    if CAPTION_START.match(text) and (abs(line.size - body) > 0.3 or line.bold or _starts_bold(line)):
        return BlockKind.CAPTION
    if in_references:
        return BlockKind.REFERENCES
    return BlockKind.BODY


def _starts_bold(line: Line) -> bool:
    return line.bold_head


def _starts_paragraph(prev: Line, line: Line, pitch: float, body: float, column_x0: float,
                      opts: LayoutOptions) -> bool:
    if line.page != prev.page or line.column != prev.column:
        return False     # decided later by the join step
    gap = line.top - prev.bottom
    if gap > max(pitch * opts.paragraph_gap - (prev.bottom - prev.top), body * 0.9):
        return True
    if abs(line.size - prev.size) > 0.6:
        return True
    indent = line.x0 - column_x0
    return body * 0.8 < indent < body * 4 and prev.x1 < column_x0 + 0.98 * _column_width(prev, column_x0)


def _column_width(line: Line, column_x0: float) -> float:
    return max(line.x1 - column_x0, 1.0)


def _is_equation(line: Line) -> bool:
    text = line.text.strip()
    return bool(EQUATION_END.search(text)) and len(text) < 90 and ("=" in text or line.italic)


REFERENCE_START = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.(?=\s+\D)|\((\d{1,4})\)(?=\s))")


def reference_number(text: str) -> int | None:
    """The entry number a reference-list line starts with ('[12] A. B.', '12. A. B.'), if any."""
    match = REFERENCE_START.match(text)
    if not match:
        return None
    return int(next(g for g in match.groups() if g))


def reference_zone(lines: Sequence[Line]) -> int | None:
    """Index of the line that opens the reference list: the first of a dense run of lines
    numbered 1, 2, 3, ... (entries may wrap over several lines, so neighbours are a few lines apart)."""
    starts = [(i, reference_number(ln.text)) for i, ln in enumerate(lines) if ln.kind is None]
    starts = [(i, n) for i, n in starts if n is not None]
    for k, (i, n) in enumerate(starts):
        if n != 1:
            continue
        expected, last, run = 2, i, 1
        for j, m in starts[k + 1:]:
            if j - last > 8:
                break
            if m == expected:
                expected, last, run = m + 1, j, run + 1
        if run >= 5:
            return i
    return None


def draft_blocks(lines: Sequence[Line], opts: LayoutOptions = LayoutOptions()) -> list[_Draft]:
    """Group lines (already in reading order) into drafts of paragraphs, headings and captions."""
    body = body_size(lines)
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)
               if a.page == b.page and a.column == b.column and abs(a.size - body) < 0.3
               and 0 < b.top - a.top < body * 2.5]
    pitch = statistics.median(pitches) if pitches else body * 1.2
    column_left: dict[tuple[int, int], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        if ln.kind is None and abs(ln.size - body) < 0.3:
            column_left[key] = min(column_left.get(key, ln.x0), ln.x0)

    drafts: list[_Draft] = []
    in_references = False
    references_from = reference_zone(lines)
    for index, line in enumerate(lines):
        if index == references_from and not in_references:
            in_references = True
            drafts.append(_Draft(BlockKind.HEADING, [replace(line, text="References", citations=[])], 1))
        kind = _classify_line(line, body, in_references)
        level = _heading_level(line, body) if kind in (BlockKind.BODY, BlockKind.REFERENCES) else 0
        if level and re.fullmatch(r"(References|REFERENCES|Bibliography|Notes and references|Literature Cited)",
                                  line.text.strip()):
            in_references = True
            drafts.append(_Draft(BlockKind.HEADING, [line], 1))
            continue
        if level and not in_references:
            last = drafts[-1] if drafts else None
            if (last and last.kind == BlockKind.HEADING and last.lines[-1].page == line.page
                    and line.top - last.lines[-1].bottom < pitch and not HEADING_NUMBER.match(line.text)):
                last.lines.append(line)          # a heading wrapped over two lines
            else:
                drafts.append(_Draft(BlockKind.HEADING, [line], level))
            continue
        if kind == BlockKind.BODY and _is_equation(line):
            drafts.append(_Draft(BlockKind.EQUATION, [line]))
            continue
        last = drafts[-1] if drafts else None
        if (kind == BlockKind.BODY and last is not None and last.kind == BlockKind.CAPTION
                and abs(last.lines[-1].size - line.size) < 0.3 and line.size < body - 0.3):
            kind = BlockKind.CAPTION                     # a caption's second and later lines
        same_kind = last is not None and last.kind == kind and kind not in (BlockKind.HEADING, BlockKind.EQUATION)
        if kind == BlockKind.CAPTION and line.kind is None and CAPTION_START.match(line.text.strip()):
            same_kind = False
        if kind == BlockKind.REFERENCES:
            same_kind = same_kind and reference_number(line.text) is None
        if (same_kind and last is not None and not _starts_paragraph(
                last.lines[-1], line, pitch, body, column_left.get((line.page, line.column), line.x0), opts)
                and last.lines[-1].page == line.page and last.lines[-1].column == line.column):
            last.lines.append(line)
        else:
            left = column_left.get((line.page, line.column), line.x0)
            drafts.append(_Draft(kind, [line], indented=body * 0.8 < line.x0 - left < body * 4))
    for draft in drafts:
        if draft.kind == BlockKind.BODY and _affiliation_like(draft, body):
            draft.kind = BlockKind.AFFILIATION
    return drafts


def _join_lines(lines: Sequence[Line], vocabulary: Counter[str]) -> tuple[str, list[CitationMarker], list[LineSpan]]:
    """Join lines into one text, repairing end-of-line hyphenation; shift markers and spans along."""
    text = ""
    markers: list[CitationMarker] = []
    spans: list[LineSpan] = []
    for line in lines:
        piece = line.text.strip()
        offset = len(line.text) - len(line.text.lstrip())
        if text:
            if text.endswith("-") and not text.endswith(" -") and piece[:1].islower():
                head = re.findall(r"([A-Za-z]+)-$", text)
                tail = re.findall(r"^([a-z]+)", piece)
                if head and tail and _drop_hyphen(head[0], tail[0], vocabulary):
                    text = text[:-1]
            else:
                text += " "
        start = len(text)
        for m in line.citations:
            markers.append(CitationMarker(m.numbers, start + max(0, m.start - offset), m.raw))
        text += piece
        spans.append(LineSpan(start, len(text), line.page, line.bbox))
    return text, markers, spans


def _drop_hyphen(head: str, tail: str, vocabulary: Counter[str]) -> bool:
    """Whether 'head-' + 'tail' at a line end is one word split by hyphenation."""
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if vocabulary[hyphenated] > vocabulary[joined]:
        return False
    if vocabulary[joined]:
        return True
    return head.lower() not in KEEP_HYPHEN_PREFIXES and not head[:1].isupper()


def _open_paragraph(text: str) -> bool:
    return not TERMINAL.search(text)


def join_drafts(drafts: list[_Draft]) -> list[_Draft]:
    """Join a paragraph broken by a column, page, figure or caption into one draft."""
    out: list[_Draft] = []
    for draft in drafts:
        if draft.kind == BlockKind.BODY and out:
            target = next((d for d in reversed(out[-4:]) if d.kind == BlockKind.BODY), None)
            between = out[out.index(target) + 1:] if target is not None else []
            interrupted_by_float = all(d.kind in (BlockKind.CAPTION, BlockKind.HEADER, BlockKind.FOOTER,
                                                  BlockKind.STAMP, BlockKind.AFFILIATION, BlockKind.OTHER,
                                                  BlockKind.TABLE) for d in between)
            first = draft.lines[0]
            last_line = target.lines[-1] if target else None
            moved = last_line is not None and (first.page != last_line.page or first.column != last_line.column
                                               or between)
            continues = first.text[:1].islower() or first.text[:1] in "(–-0123456789" or not draft.indented
            if target is not None and interrupted_by_float and moved and _open_paragraph(last_line.text) and continues:
                target.lines.extend(draft.lines)
                continue
        out.append(draft)
    return out


def _affiliation_like(draft: _Draft, body: float) -> bool:
    text = " ".join(ln.text for ln in draft.lines)
    smaller = all(ln.size < body - 0.3 for ln in draft.lines)
    return smaller and bool(AFFILIATION_WORDS.search(text))


def blocks_from_lines(lines: Sequence[Line], opts: LayoutOptions = LayoutOptions()) -> list[Block]:
    """Lines in reading order → Blocks with kinds, section paths and citation markers."""
    vocabulary: Counter[str] = Counter(w.lower() for ln in lines for w in re.findall(r"[A-Za-z][A-Za-z\-]+", ln.text))
    drafts = join_drafts(draft_blocks(lines, opts))
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    first_heading_seen = False
    for draft in drafts:
        text, markers, spans = _join_lines(draft.lines, vocabulary)
        if not text.strip():
            continue
        kind = draft.kind
        if kind not in (BlockKind.REFERENCES, BlockKind.HEADING):
            text, markers, spans = lift_inline_citations(text, markers, spans)
        if kind == BlockKind.HEADING:
            first_heading_seen = True
            level = draft.level or 1
            path = [(lv, t) for lv, t in path if lv < level] + [(level, text)]
        elif kind == BlockKind.BODY and not first_heading_seen and draft.lines[0].page == 1:
            kind = BlockKind.ABSTRACT if len(text) > 300 else BlockKind.OTHER
        first = draft.lines[0]
        blocks.append(Block(kind=kind, text=text, page=first.page, bbox=first.bbox, order=len(blocks),
                            section=tuple(t for _, t in path) if kind != BlockKind.HEADING else tuple(
                                t for _, t in path[:-1]),
                            citations=tuple(markers), lines=tuple(spans), level=draft.level))
    return blocks


def layout(pages: Sequence[PageWords], opts: LayoutOptions = LayoutOptions()) -> list[Block]:
    """Every page's words → the document's blocks in reading order."""
    per_page = [reading_order(page_lines(p, opts)) for p in pages]
    mark_repeats(per_page, [p.height for p in pages], opts)
    kept: list[Line] = []
    for lines in per_page:
        kept.extend(lines)
    return blocks_from_lines(kept, opts)
