"""Lines in reading order → Blocks: paragraphs, headings, captions, equations, the reference list,
and the noise around them (headers, stamps, affiliations, biographies). Pure functions, no I/O.

1. ``classify``: each line gets a kind from its text, font and place (title, caption start,
   heading, equation, reference entry, affiliation...).
2. ``draft_blocks``: consecutive lines of a kind in one column become a draft, split where a gap,
   an indent or a change of font size starts a new paragraph.
3. ``join_drafts``: a paragraph that a column, page, figure or caption breaks is joined again.
4. ``blocks_from_lines``: drafts become Blocks; lines are joined with end-of-line hyphenation
   repaired (real hyphens such as "Li-S" or "dendrite-free" kept), in-line markers ``[12–15]``
   lifted out as CitationMarkers, and each block gets its heading path.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from pipeline.reader.layout import (
    BRACKETED_CITATION,
    CAPTION_START,
    PARAGRAPH_INDENT,
    TEXT_BEFORE_REFERENCES,
    LayoutOptions,
    expand_citation,
    is_crystal_index,
)
from pipeline.records import FULL, Block, BlockKind, CitationMarker, Line, LineSpan

HEADING_NUMBER = re.compile(r"^((?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2}){0,3})(?:\.|\s*\|)?\s+(?=[A-Z(])")
FLOAT_LABEL = re.compile(r"^(?:Figure|Fig\.|FIGURE|Table|TABLE|Scheme|SCHEME)\s*S?\d+[a-z]?$")
EQUATION_END = re.compile(r"\(\s*\d{1,3}[a-z]?\s*\)\s*$")
RELATION = re.compile(r"[=≈≤≥∝<>→⇌≡]")
# a sentence's end, which an in-line citation ("… held. [49]") may still follow
# a sentence's end, with the citation marker some styles print after the stop: "… . [12]", "… . (12)"
TERMINAL = re.compile(r"[.!?:;]\s*[\"”’)]*\s*(?:\[\d+(?:\s*[,–-]\s*\d+)*\]\s*|\(\d+(?:\s*[,–-]\s*\d+)*\)\s*)?$")
REFERENCES_TITLE = re.compile(r"^(?:\d+\.?\s*\|?\s*)?(References|REFERENCES|Bibliography|Notes and references|"
                              r"Literature Cited|References and Notes|Reference)\s*$")
BACK_MATTER = re.compile(r"^(Acknowledg(e)?ments?|ACKNOWLEDG(E)?MENTS?|Author contributions|Competing interests|"
                         r"Conflicts? of [Ii]nterest|Data [Aa]vailability|Additional information|Funding|"
                         r"Supporting Information|Supplementary Information|Keywords|Abbreviations|"
                         r"Declaration of [Cc]ompeting [Ii]nterest|Ethics [Dd]eclarations?)\b")
# (not "used as received", the methods' words for a chemical taken without purification)
AFFILIATION_WORDS = re.compile(
    r"\b(University|Universit[éä]|Institute|Laboratory|Department|Dept\.|College|School of|Academy|"
    r"E-?mail|e-mail|Key Lab|P\. ?R\. China|Correspondence|ORCID|(?<!\bas\s)Received|Revised|Accepted|Published|"
    r"Creative Commons|open access article|Copyright|licen[cs]e|contributed equally|Republic of Korea|"
    r"Funding|\bKeywords\b|Academic Editor|Handling Editor|Edited by)", re.IGNORECASE)
BIOGRAPHY_WORDS = re.compile(r"\b(received (his|her)|obtained (his|her)|(is|was) (currently |now )?"
                             r"(a|an) (professor|Ph\.? ?D\.?|postdoc|associate|assistant|full|research)|"
                             r"(His|Her) (research|current research) interests?|joined)\b", re.IGNORECASE)
KEEP_HYPHEN_PREFIXES = {"non", "self", "well", "high", "low", "long", "short", "two", "three", "multi", "anode",
                        "cathode", "free", "ion", "lithium", "sodium", "metal", "carbon", "in", "ex", "co",
                        "pre", "post", "state", "dendrite", "room", "large", "small", "ultra", "so", "cross",
                        "li", "cu", "ni", "al", "zn", "si", "sn", "ag", "au", "mg", "na", "k",
                        "one", "four", "sub", "semi", "quasi", "anti", "bi", "tri", "di"}
# second parts of English compounds ("nickel-rich", "binder-free", "color-coded"), and the conjunctions of
# a suspended hyphen ("mono- and bilayers")
KEEP_HYPHEN_SUFFIXES = {"free", "rich", "poor", "based", "coated", "derived", "like", "type", "doped", "induced",
                        "assisted", "containing", "modified", "sized", "shaped", "dependent", "independent", "scale",
                        "state", "term", "level", "fold", "dimensional", "layered", "coded", "related", "driven",
                        "mediated", "treated", "loaded", "supported", "enriched", "deficient", "stable", "resistant",
                        "soluble", "selective", "specific", "view", "and", "or", "nor", "to"}
# second parts that make a compound only after a count ("two-fold", "many-fold"); after any other piece the line
# broke one word ("scaf-" "fold", "man-" "ifold")
COUNTED_SUFFIXES = {"fold"}
COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "hundred",
               "thousand", "many", "several", "multi", "few", "n"}
# prefixes that are no word of their own: they make a compound before a word ("co-doped", "ex-situ"), but the
# pieces a line end leaves of a word ("ex-" "ceeded", "in-" "creased", "multi-" "ple") look the same
BOUND_PREFIXES = {"ex", "co", "pre", "post", "sub", "semi", "quasi", "anti", "bi", "tri", "di", "multi", "ultra", "non",
                  "in", "so"}
# endings that are also a compound's second word ("lithium-ion", "single-ion")
ENDING_OR_WORD = {"ion", "ions"}
# words that open a word the typesetter hyphenated ("over-" "lapped", "with-" "standing"), never a compound's noun
PARTICLES = frozenset({"with", "over", "under", "out", "up", "down", "back", "fore", "after", "off", "through",
                       "counter", "there", "where", "here", "some", "any", "every", "per", "for", "and", "the"})
# endings that are no word of their own, so a line end that hyphenated before one split a word, though what it
# left ("high", "long", "small") may open a compound
BOUND_ENDINGS = {"er", "ers", "est", "ly", "ness", "ity", "ities", "ing", "ings", "ed"}
# endings that leave another form of a word the paper uses: "inhibiting", "inhibition" → "inhibit"
INFLECTIONS = ("ing", "ed", "es", "s", "ion", "ions", "ation", "ations", "ment", "ments", "ly")
# an entry's first word: a capitalised name or initials ("K.-H."), a surname's particle ("van der Berg")
ENTRY_FIRST_WORD = (r"(?:[A-Z\u00C0-\u024F][\w'’.\-]*,?\s|(?:van|von|de|der|den|da|di|del|della|du|le|la|ten|ter|dos|des)\s"
                    r"|\(?a\)\s)")                     # or the first of several works: "(a) …", "a) …"
REFERENCE_START = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.(?=\s*" + ENTRY_FIRST_WORD + r"|\s*[A-Z\u00C0-\u024F])|"
                             r"\((\d{1,4})\)(?=\s)|(\d{1,4})(?=\s+" + ENTRY_FIRST_WORD + r"))")
RUN_IN_ABSTRACT = re.compile(r"(?i:abstract|summary)\b\s*[.:—–-]?\s+[A-Z]")
TEXT_KINDS = frozenset({BlockKind.BODY, BlockKind.ABSTRACT, BlockKind.CAPTION})
FURNITURE = frozenset({BlockKind.HEADER, BlockKind.FOOTER, BlockKind.STAMP})


# ------------------------------------------------------------------------------ helpers

def reference_number(text: str) -> int | None:
    """The entry number a reference-list line starts with ('[12] A. B.', '12. A. B.', '12.A. B.'), if any."""
    label = reference_label(text)
    return label[0] if label else None


def reference_label(text: str) -> tuple[int, int] | None:
    """The entry number a line starts with and the form of its label (0: "[12]", 1: "12.", 2: "(12)", 3: "12")."""
    match = REFERENCE_START.match(text)
    if not match:
        return None
    form, number = next((k, g) for k, g in enumerate(match.groups()) if g)
    return int(number), form




def body_size(lines: Iterable[Line]) -> float:
    """The font size most characters of the running text are set in. The reference list, set smaller in
    most journals, is left out when the text before it says enough: a short paper (a letter, a
    communication) can print as many characters in its references as in its running text."""
    lines = [ln for ln in lines if ln.kind is None]
    start = next((i for i in range(len(lines) - 1, -1, -1) if REFERENCES_TITLE.match(lines[i].text.strip())), None)
    if start is not None and sum(len(ln.text) for ln in lines[:start]) >= TEXT_BEFORE_REFERENCES:    # as a page's words are counted
        lines = lines[:start]
    sizes: Counter[float] = Counter()
    caption: Line | None = None         # a caption's last line: a caption, from its label on, is no running text
    for ln in lines:
        if CAPTION_START.match(ln.text.strip()):
            caption = ln
        elif caption is not None and not _goes_on(caption, ln):
            caption = None
        if caption is None:
            sizes[round(ln.size, 1)] += len(ln.text)
        else:
            caption = ln
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _goes_on(line: Line, following: Line) -> bool:
    """Whether ``following`` is the next line of ``line``'s paragraph: its size, its column, right under it."""
    return ((line.page, line.column) == (following.page, following.column) and abs(line.size - following.size) < 0.3
            and 0 <= following.top - line.bottom < 0.8 * line.size)


# "(12)", "(12, 13)", "(12–15)" after a word, a value or a stop: how some journals print a citation. Not after a
# figure, table, equation or section label, which number other things.
PAREN_CITATION = re.compile(r"(?<=[\w\u00C0-\u024F.,;:)\]%°⁰¹²³⁴⁵⁶⁷⁸⁹⁻])\s?\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)(?![\w%°])")
NUMBERED_LABEL = re.compile(r"\b(?:Fig(?:ure)?s?|Tables?|Eqs?|Equations?|Schemes?|Sections?|Steps?|Refs?)\.?\s*$", re.I)


def paren_citations(text: str) -> Iterator[re.Match[str]]:
    """The "(n)" groups of ``text`` that read as citations. Left out: those after a figure, table or
    equation label, and the items of a list: groups that open a clause ("…: (1) Dendrites … .
    (2) Low energy …") and count up from one, where a citation opening a clause has no such run."""
    found = [m for m in PAREN_CITATION.finditer(text) if not NUMBERED_LABEL.search(text[:m.start()].rstrip())]
    listed: set[int] = set()
    expected = 1
    for i, match in enumerate(found):
        before = text[:match.start()].rstrip()
        opens_clause = (not before or before[-1] in ".,;:" or before.endswith((" and", " or"))) and \
            re.match(r"\s[A-Za-z]", text[match.end():match.end() + 2]) is not None
        if opens_clause and match.group(1).strip() == str(expected):
            listed.add(i)
            expected += 1
    if len(listed) < 2:
        listed.clear()
    yield from (m for i, m in enumerate(found) if i not in listed)


def lift_inline_citations(text: str, markers: Sequence[CitationMarker], spans: Sequence[LineSpan] = (),
                          pattern: re.Pattern[str] = BRACKETED_CITATION
                          ) -> tuple[str, list[CitationMarker], list[LineSpan]]:
    """Remove in-line markers such as ' [47]' or '[12–15]' (or, with ``pattern``, '(47)') from
    ``text`` and record them.

    Markers already found (superscripts) and line spans keep pointing at the same characters in
    the shortened text.
    """
    cuts: list[tuple[int, int, str]] = []      # removed [start, end) intervals of the old text
    found: list[CitationMarker] = []
    for match in paren_citations(text) if pattern is PAREN_CITATION else pattern.finditer(text):
        numbers = expand_citation(match.group(1))
        if not numbers or is_crystal_index(match.group(0), text[:match.start()]):
            continue
        start = match.start()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        cuts.append((start, match.end(), ""))
        found.append(CitationMarker(numbers, start, match.group(0)))
    if not cuts:
        return text, list(markers), list(spans)
    return splice(text, cuts, [*markers, *found], spans)


Lift = Callable[[str, Sequence[CitationMarker], Sequence[LineSpan]], tuple[str, list[CitationMarker], list[LineSpan]]]


def lift_in_blocks(blocks: Sequence[Block], lift: Lift) -> tuple[Block, ...]:
    """``blocks`` with ``lift`` (text, markers, line spans → the same, markers lifted out of the text)
    applied to each block of running text: the paper-level passes for markers that only the whole
    paper tells apart from other text ("(12)", "(Xu et al., 2014)"); a table's too (its Ref. column)."""
    out = []
    for block in blocks:
        if block.kind in TEXT_KINDS or block.kind == BlockKind.TABLE:
            text, markers, spans = lift(block.text, block.citations, block.lines)
            block = replace(block, text=text, citations=tuple(markers), lines=tuple(spans))
        out.append(block)
    return tuple(out)


def splice(text: str, edits: Sequence[tuple[int, int, str]], markers: Sequence[CitationMarker],
           spans: Sequence[LineSpan] = ()) -> tuple[str, list[CitationMarker], list[LineSpan]]:
    """``text`` with each ``(start, end, replacement)`` of ``edits`` (in order, not overlapping) put in
    place of its characters; ``markers`` (offsets into the old text) and line spans move along, so they
    keep pointing at the same characters, and an offset inside an edit lands where the edit starts."""

    def moved(offset: int) -> int:
        shift = 0
        for start, end, replacement in edits:
            if start >= offset:
                break
            shift += min(end, offset) - start - (len(replacement) if end <= offset else 0)
        return offset - shift

    pieces, last = [], 0
    for start, end, replacement in edits:
        pieces += [text[last:start], replacement]
        last = end
    kept = "".join(pieces) + text[last:]
    merged = sorted((replace(m, start=moved(m.start)) for m in markers), key=lambda m: m.start)
    return kept, merged, [replace(sp, start=moved(sp.start), end=moved(sp.end)) for sp in spans]


def marked_text(block: Block) -> str:
    """The block's text with its citation markers back where they were printed: a bracketed marker
    after a space ("… 47.35% [23, 25]"), a superscript one against the word it follows ("viable28,29").
    The clean text without them is what extraction reads; this is what the page shows."""
    text = block.text
    for marker in sorted(block.citations, key=lambda m: m.start, reverse=True):
        raw = marker.raw.strip()
        if not raw:
            continue
        at = min(max(marker.start, 0), len(text))
        glue = " " if raw.startswith(("[", "(")) and at and not text[at - 1].isspace() else ""
        after = " " if at < len(text) and text[at].isalnum() and (not at or text[at - 1].isspace()) else ""
        text = text[:at] + glue + raw + after + text[at:]       # one a line opened with: "[104] LiNO3"
    return text


# ------------------------------------------------------------------------------ line kinds

@dataclass(slots=True)
class _Draft:
    kind: BlockKind
    lines: list[Line]
    level: int = 0
    indented: bool = False       # its first line starts right of its column's left edge
    numbered: bool = False       # a heading with a section number


@dataclass(slots=True)
class _Context:
    body: float                  # body font size
    pitch: float                 # line pitch of body text
    title_size: float            # font size of the paper's title on page 1 (0 when none)
    column_left: dict[tuple[int, int], float] = field(default_factory=dict)
    column_right: dict[tuple[int, int], float] = field(default_factory=dict)


def column_rights(lines: Sequence[Line], body: float) -> dict[tuple[int, int], float]:
    """Where the running text of each column of each page ends: the median right edge of its lines. Most
    lines of a paragraph run to the margin (all of them when justified); the column's own box may reach
    further, over a wide formula, a table or a figure's text."""
    ends: dict[tuple[int, int], list[float]] = {}
    for ln in lines:
        if ln.kind is None and abs(ln.size - body) < 0.3:
            ends.setdefault((ln.page, ln.column), []).append(ln.x1)
    return {key: statistics.median(xs) for key, xs in ends.items()}


def _context(lines: Sequence[Line]) -> _Context:
    body = body_size(lines)
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)
               if a.page == b.page and a.column == b.column and abs(a.size - body) < 0.3
               and 0 < b.top - a.top < body * 2.5]
    pitch = statistics.median(pitches) if pitches else body * 1.2
    first = [ln for ln in lines if ln.page == 1 and ln.kind is None and len(ln.text.strip()) > 3]
    biggest = max((ln.size for ln in first), default=0.0)
    title_size = biggest if biggest > body * 1.3 else 0.0
    column_left: dict[tuple[int, int], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        if ln.kind is None and abs(ln.size - body) < 0.3:
            column_left[key] = min(column_left.get(key, ln.x0), ln.x0)
    return _Context(body, pitch, title_size, column_left, column_rights(lines, body))


def heading_level(line: Line, body: float) -> tuple[int, bool]:
    """(depth, numbered): 0 when the line is not a heading; 1 for '2.', 2 for '2.1.'."""
    text = line.text.strip()
    if len(text) > 160 or len(text) < 2 or text[0].islower() or not re.search(r"[A-Za-z]{2}", text):
        return 0, False
    emphasised = line.bold or line.size > body * 1.04
    match = HEADING_NUMBER.match(text)
    if match and (emphasised or line.italic) and len(text.split()) <= 16 and not TERMINAL.search(text):
        return match.group(1).count(".") + 1, True
    if not emphasised or line.italic and not line.bold and line.size <= body * 1.04:
        return 0, False
    if match:
        return match.group(1).count(".") + 1, True
    if TERMINAL.search(text) and not text.endswith(":"):
        return 0, False
    if len(text.split()) <= 14 and not CAPTION_START.match(text):
        return 1, False
    return 0, False


def _opens_paragraph(line: Line, following: Line | None, ctx: _Context) -> bool:
    """A heading-like line that the next line continues in the same type is a paragraph's first line; so is one
    opened by a bold run-in title ("Cell tests. The cells were"), mostly bold, whose next line goes on upright."""
    if following is None or following.kind is not None or following.page != line.page:
        return False
    if following.column != line.column or abs(following.size - line.size) > 0.2 or \
            following.bold != line.bold and not (line.bold_head and not following.bold):
        return False
    gap = following.top - line.bottom
    return 0 <= gap < ctx.pitch and following.text[:1].islower() and not line.text.rstrip().endswith(":")


def _runs_on_in_bold(above: Line, line: Line, ctx: _Context) -> bool:
    """Whether a bold line that reads as a heading (short, no stop) is the next line of a paragraph set in bold
    (an abstract, as some journals set it): right under the paragraph's bold line, in its type, at its pitch,
    and as long, to the column's edge (justified) where a heading has room left and space above it."""
    right = ctx.column_right.get((line.page, line.column), line.column_x1)
    return above.bold and line.bold and above.page == line.page and above.column == line.column \
        and abs(above.size - line.size) < 0.3 and 0 <= line.top - above.bottom < 0.5 * line.size \
        and above.x1 >= right - 0.5 * line.size and line.x1 >= right - 0.5 * line.size


def _wraps_heading(lines: Sequence[Line], index: int, body: float = 0.0) -> bool:
    """Whether line ``index`` is the last of a heading wrapped onto a second line: a word or two in the
    heading's own type, lower case (a word the typesetter hyphenated or pushed over), right under it, with
    running text in another type after it (a paragraph set in bold runs on in bold). The heading is numbered,
    or set larger than the running text (``body``), which no paragraph is."""
    if not 0 < index < len(lines):
        return False
    heading, line = lines[index - 1], lines[index]
    after = lines[index + 1] if index + 1 < len(lines) else None
    marked = HEADING_NUMBER.match(heading.text.strip()) is not None or body > 0 and heading.size > body * 1.04
    return (marked and line.kind is None
            and line.page == heading.page and line.column == heading.column and line.bold == heading.bold
            and abs(line.size - heading.size) < 0.3 and line.text[:1].islower() and len(line.text.split()) <= 3
            and (after is None or after.bold != line.bold or abs(after.size - line.size) >= 0.3))


# "… mA h g−1 . (55)": a sentence's stop and its citation (a unit's minus is no equation's sign)
CITED_AFTER_STOP = re.compile(r"\.\s*\(\d+(?:[,–-]\s*\d+)*\)\s*$")


def _is_equation(line: Line, ctx: _Context) -> bool:
    """A displayed equation: a short line ending in its number '(2)' with math in it; or, unnumbered,
    a short line centred in its column with a relation sign in it (running text is set flush left,
    and a paragraph's short last line is not centred)."""
    text = line.text.strip()
    if EQUATION_END.search(text) and len(text) < 100 and ("=" in text or line.italic or
                                                           bool(re.search(r"[→⇌+−]", text))) \
            and not ("=" not in text and CITED_AFTER_STOP.search(text)):
        return True
    left, right = line.x0 - line.column_x0, line.column_x1 - line.x1
    width = line.column_x1 - line.column_x0
    centred = left > 2 * ctx.body and right > 2 * ctx.body and abs(left - right) < 0.12 * width
    return centred and len(text) < 80 and bool(RELATION.search(text)) and not TERMINAL.search(text.rstrip(".,"))


def _is_caption_start(line: Line, body: float, opens_paragraph: bool) -> bool:
    """"Figure 2. …" set apart by its label's weight, its size or a bar; or, in the body's own type, at
    the head of a paragraph, where running text does not begin with a figure's label and a stop."""
    match = CAPTION_START.match(line.text.strip())
    if not match:
        return False
    set_apart = line.bold_head or abs(line.size - body) > 0.3
    if not match.group(1):                  # "Figure 5 Electrochemical …": only a set-apart label tells
        return set_apart                    # it from a sentence ("Figure 5 Shows …" is rare, but read)
    return match.group(1) == "|" or set_apart or opens_paragraph


def _starts_paragraph(prev: Line, line: Line, ctx: _Context, opts: LayoutOptions) -> bool:
    gap = line.top - prev.bottom
    open_sentence = not TERMINAL.search(prev.text) and line.text[:1].islower()
    if gap > max(ctx.pitch * opts.paragraph_gap - (prev.bottom - prev.top), ctx.body * 0.6) and not open_sentence:
        return True
    if gap > ctx.pitch * 6:
        return True                       # a figure between: decided again by the join step
    if abs(line.size - prev.size) > 0.6:
        return True
    left = ctx.column_left.get((line.page, line.column), line.x0)
    indent = line.x0 - left
    column_right = max(prev.column_x1, prev.x1)
    short_before = prev.x1 < column_right - 2 * ctx.body and TERMINAL.search(prev.text) is not None
    # a first-line indent from 0.7 em (the layout's PARAGRAPH_INDENT: a 12 pt body's 9 pt parindent, as the ACS class
    # sets it) to 4 ems
    indented = ctx.body * PARAGRAPH_INDENT[0] < indent < ctx.body * 4
    if indented and (short_before or TERMINAL.search(prev.text) is not None):
        return True
    # no indent, and paragraphs set only a little apart (a web page's margin of a few points): a capital
    # opens the line, and the one before ends a sentence or stops short (its stop taken by a marker), with
    # room for the next word or more than a line's usual lead between; where it stops without a stop,
    # an indent (no line inside a paragraph is indented), or the room and the lead
    # a citation marker opening the line is the last sentence's, the line broken before it (WeasyPrint)
    if not line.text[:1].isupper() or line.citations and line.citations[0].start == 0:
        return False
    room = _room_left(prev, line, ctx.column_right)
    wider = gap > ctx.pitch * opts.sentence_gap - (prev.bottom - prev.top)
    indented_more = indented and line.x0 - prev.x0 > ctx.body * PARAGRAPH_INDENT[0]   # not a block set in as a whole
    return (room or wider) if TERMINAL.search(prev.text) is not None else indented_more or room and wider


def reference_zone(lines: Sequence[Line]) -> int | None:
    """Index of the line that opens the reference list: the first of a dense run of lines
    numbered 1, 2, 3, ... (entries may wrap over several lines, so neighbours are a few lines apart), all
    labelled alike: a short text's numbered headings ("1. Introduction" … "5. Outlook") run on into a list
    labelled "[6]", "[7]" … but are no part of it."""
    starts = [(i, reference_label(ln.text)) for i, ln in enumerate(lines) if ln.kind is None]
    labelled = [(i, label) for i, label in starts if label is not None and not _heading_type(lines, i)]
    for k, (i, (n, form)) in enumerate(labelled):
        if n != 1:
            continue
        expected, last, run = 2, i, 1
        for j, (m, other) in labelled[k + 1:]:
            if j - last > 12 or m == 1:
                break           # another list counts from 1 (numbered headings over a short text): it is the one
            if m == expected and other == form:
                expected, last, run = m + 1, j, run + 1
        if run >= 5:
            return i
    return None


def _heading_type(lines: Sequence[Line], index: int) -> bool:
    """A numbered line set as a heading, not as an entry: larger than the line under it, or short and bold over
    a line that is not (an entry runs on in its own type, or the next entry follows in it)."""
    line = lines[index]
    after = next((ln for ln in lines[index + 1:index + 3] if ln.kind is None), None)
    if after is None:
        return False
    return line.size > after.size + 0.3 or line.bold and not after.bold and len(line.text.split()) <= 8


# an unnumbered entry's first words: initials then a surname ("J.-M. Tarascon,", "A.B. Smith"), or a surname
# then initials ("Tarascon, J.-M.", "Tarascon JM", "van der Berg, A.")
ENTRY_HEAD = re.compile(r"^\s*(?:(?:[A-Z\u00C0-\u00DE][a-z]?\.\s?[-‐]?\s?)+(?:[a-z]{1,4}\s)*[A-Z\u00C0-\u00DE][\w'’\-]+"
                        r"|(?:(?:van|von|de|der|den|da|di|del|della|du|le|la|ten|ter|dos|des)\s)*"
                        r"[A-Z\u00C0-\u00DE][\w'’\-]+,?\s(?:[A-Z][a-z]?\.|[A-Z]{1,3}\b))")
YEAR_MENTION = re.compile(r"\b(?:19|20)\d\d[a-z]?\b")
# "… J Power Sources 9:1802–1810", "… Ionics 24:3301": an entry that closes on its locator without a stop (Springer)
LOCATOR_END = re.compile(r"\b\d{1,5}\s*[:(,]\s*(?:[A-Za-z]?\d{1,6})(?:\s*[–-]\s*[A-Za-z]?\d{1,6})?\)?\s*$")


def unnumbered_entry_starts(lines: Sequence[Line], start: int, window: int = 30) -> frozenset[int] | None:
    """The lines (indices into ``lines``) that open an entry of a reference list printed without numbers,
    the list that starts at ``start`` (the line after its heading); None when the list there is numbered
    or the lines are no reference list (no author list first, few years).

    Author–year styles set each entry as its own paragraph, told from the next by how the list is set,
    which its first lines show: a hanging indent (an entry opens flush left, its run-on lines indented),
    a first-line indent (the other way round), or neither, when an entry opens after a wider gap, or
    else after a line that ends a sentence or a locator ("… 9:1802–1810"), with an author's name."""
    listed = [i for i in range(start, len(lines)) if lines[i].kind is None]
    head = listed[:window]
    texts = [lines[i].text.strip() for i in head]
    if not head or any(reference_number(t) is not None for t in texts) or not ENTRY_HEAD.match(texts[0]):
        return None
    if 4 * sum(bool(YEAR_MENTION.search(t)) for t in texts) < len(texts):
        return None
    size = lines[head[0]].size
    left: dict[tuple[int, int], float] = {}
    for i in listed:                      # the list's own left edge in each column (not the body's)
        ln = lines[i]
        if abs(ln.size - size) <= 0.5:
            left[(ln.page, ln.column)] = min(left.get((ln.page, ln.column), ln.x0), ln.x0)

    def indented(i: int) -> bool:
        ln = lines[i]
        return 0.5 * size < ln.x0 - left.get((ln.page, ln.column), ln.x0) < 4 * size

    if any(indented(i) for i in head):
        hanging = not indented(head[0])
        return frozenset(i for i in listed if indented(i) != hanging)
    pitches = [lines[b].top - lines[a].top for a, b in zip(head, head[1:], strict=False)
               if (lines[a].page, lines[a].column) == (lines[b].page, lines[b].column) and lines[b].top > lines[a].top]
    pitch = min(pitches, default=0.0)
    gapped = any(p > 1.3 * pitch for p in pitches)
    opens = {listed[0]}
    for a, b in zip(listed, listed[1:], strict=False):
        prev, line = lines[a], lines[b]
        same_column = (prev.page, prev.column) == (line.page, line.column)
        if gapped and same_column:
            if line.top - prev.top > 1.3 * pitch:
                opens.add(b)
        elif (TERMINAL.search(prev.text) or LOCATOR_END.search(prev.text)) and ENTRY_HEAD.match(line.text):
            opens.add(b)
    return frozenset(opens)


# ------------------------------------------------------------------------------ lines → drafts

def draft_blocks(lines: Sequence[Line], opts: LayoutOptions = LayoutOptions(), ctx: _Context | None = None
                 ) -> list[_Draft]:
    """Group lines (already in reading order) into drafts of paragraphs, headings and captions; ``ctx``
    is the lines' ``_context`` where the caller has it."""
    ctx = ctx or _context(lines)
    body = ctx.body
    drafts: list[_Draft] = []
    references_from = reference_zone(lines)
    in_references = False
    entry_opens: frozenset[int] | None = None           # the entries of an unnumbered list
    next_entry = 1
    for index, line in enumerate(lines):
        text = line.text.strip()
        last = drafts[-1] if drafts else None
        if line.kind is not None:                       # header, footer, stamp, figure text
            if last is not None and last.kind == line.kind and last.lines[-1].page == line.page \
                    and line.kind != BlockKind.TABLE:          # a table is one line, a block of its own
                last.lines.append(line)
            else:
                drafts.append(_Draft(line.kind, [line]))
            continue
        if FLOAT_LABEL.match(text):
            drafts.append(_Draft(BlockKind.OTHER, [line]))
            continue
        if index == references_from and not in_references:
            in_references = True
            if not (last and last.kind == BlockKind.HEADING and REFERENCES_TITLE.match(last.lines[0].text.strip())):
                drafts.append(_Draft(BlockKind.HEADING, [replace(line, text="References", citations=())], 1))
        level, numbered = heading_level(line, body)
        if REFERENCES_TITLE.match(text) and (level or line.size >= body):
            in_references = True
            entry_opens = unnumbered_entry_starts(lines, index + 1)
            drafts.append(_Draft(BlockKind.HEADING, [line], 1))
            continue
        if in_references and CAPTION_START.match(text) and line.page > 1:
            # a figure floated onto a page of the reference list: its caption is no entry's continuation
            drafts.append(_Draft(BlockKind.CAPTION, [line]))
            continue
        if in_references and entry_opens is not None:
            if level and not numbered and (BACK_MATTER.match(text) or line.size > body * 1.04):
                in_references, entry_opens = False, None     # back matter after the list
            else:
                target = _open_entry(drafts)
                if index in entry_opens or target is None:
                    drafts.append(_Draft(BlockKind.REFERENCES, [line]))
                else:
                    target.lines.append(line)
                continue
        if in_references:
            number = reference_number(text)
            if number is not None and 0 < number - next_entry + 1 <= 3:
                next_entry = number + 1
                drafts.append(_Draft(BlockKind.REFERENCES, [line]))
                continue
            if level and not numbered and (BACK_MATTER.match(text) or line.size > body * 1.04):
                in_references = False                   # back matter after the list
            elif last is not None and last.kind == BlockKind.REFERENCES:
                last.lines.append(line)
                continue
            elif next_entry > 1:
                # a continuation separated from its entry by noise (a page footer, a stamp)
                target = next((d for d in reversed(drafts) if d.kind == BlockKind.REFERENCES), None)
                if target is not None and all(d.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.STAMP,
                                                         BlockKind.OTHER)
                                              for d in drafts[drafts.index(target) + 1:]):
                    target.lines.append(line)
                    continue
        if ctx.title_size and line.page == 1 and line.size >= ctx.title_size - 0.5:
            if last is not None and last.kind == BlockKind.TITLE:
                last.lines.append(line)
            else:
                drafts.append(_Draft(BlockKind.TITLE, [line]))
            continue
        if level and _opens_paragraph(line, lines[index + 1] if index + 1 < len(lines) else None, ctx) \
                and not _wraps_heading(lines, index + 1, 0.0 if numbered else body):
            level = 0
        if level and not numbered and last is not None and last.kind == BlockKind.BODY and \
                _runs_on_in_bold(last.lines[-1], line, ctx):
            level = 0
        if last is not None and last.kind == BlockKind.HEADING and (last.numbered or len(last.lines) == 1) \
                and _wraps_heading(lines, index, 0.0 if last.numbered else body):
            last.lines.append(line)                      # "2. Conductive Frame-" / "work": its last word(s)
            continue
        if level:
            if (last is not None and last.kind == BlockKind.HEADING and last.lines[-1].page == line.page
                    and line.top - last.lines[-1].bottom < ctx.pitch and abs(line.size - last.lines[-1].size) < 0.3
                    and not HEADING_NUMBER.match(text) and not last.lines[-1].text.rstrip().endswith(".")):
                last.lines.append(line)                  # a heading wrapped over two lines
            else:
                drafts.append(_Draft(BlockKind.HEADING, [line], level, numbered=numbered))
            continue
        opens = (last is None or last.kind != BlockKind.BODY or last.lines[-1].page != line.page
                 or last.lines[-1].column != line.column or _starts_paragraph(last.lines[-1], line, ctx, opts))
        if _is_caption_start(line, body, opens):
            drafts.append(_Draft(BlockKind.CAPTION, [line]))
            continue
        if _is_equation(line, ctx):
            drafts.append(_Draft(BlockKind.EQUATION, [line]))
            continue
        kind = BlockKind.BODY
        # a caption's second and later lines, also across a running head drawn between its two columns
        caption = next((d for d in reversed(drafts[-3:]) if d.kind not in FURNITURE), None)
        if caption is not None and _caption_runs_over(caption, line):
            caption.lines.append(line)
            continue
        if (caption is not None and caption.kind == BlockKind.CAPTION and caption.lines[-1].page == line.page
                and abs(caption.lines[-1].size - line.size) < 0.3 and not _below_own_pitch(caption, line, opts)
                and (line.size < body - 0.3 or not _starts_paragraph(caption.lines[-1], line, ctx, opts))):
            kind = BlockKind.CAPTION
            if caption.lines[-1].column != line.column and not TERMINAL.search(caption.lines[-1].text):
                caption.lines.append(line)               # the caption runs on in the next column
                continue
            if _goes_on(caption.lines[-1], line) and abs(line.x0 - caption.lines[-1].x0) <= opts.edge_tolerance:
                caption.lines.append(line)               # its next line: a caption set in as a whole has no
                continue                                 # indent, though its left edge is right of the column's
            last = caption
        if (last is not None and last.kind == kind and kind in (BlockKind.BODY, BlockKind.CAPTION)
                and last.lines[-1].page == line.page and last.lines[-1].column == line.column
                and not _starts_paragraph(last.lines[-1], line, ctx, opts)):
            last.lines.append(line)
        else:
            left = ctx.column_left.get((line.page, line.column), line.x0)
            drafts.append(_Draft(kind, [line], indented=body * PARAGRAPH_INDENT[0] < line.x0 - left < body * 4))
    _absorb_fractions(drafts, ctx)
    _mark_noise(drafts, ctx)
    _front_matter(drafts)
    _set_levels(drafts, body)
    return drafts


def _open_entry(drafts: Sequence[_Draft]) -> _Draft | None:
    """The reference entry a line may run on from: the last draft, or the last before a page's running
    head, folio or stamp."""
    for draft in reversed(drafts):
        if draft.kind == BlockKind.REFERENCES:
            return draft
        if draft.kind not in (*FURNITURE, BlockKind.OTHER):
            return None
    return None


NAME = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*|van|von|de|der|da|di|del|le|la)$")


def author_like(text: str) -> bool:
    """A line of names: 'A. Name1, B. C. Name2 and D. Name3', with affiliation marks or bars."""
    cleaned = re.sub(r"[\d*†‡§¶#✉]+", " ", text)
    parts = [p.strip() for p in re.split(r",|;|\||&|\band\b", cleaned) if p.strip()]
    if len(parts) < 2 and not re.search(r"\b(and|&)\b", text):
        return False
    names = 0
    for part in parts:
        words = part.split()
        if 2 <= len(words) <= 5 and all(NAME.match(w) for w in words) and any(len(w) > 2 for w in words):
            names += 1
    return bool(parts) and names / len(parts) >= 0.7


def _front_matter(drafts: list[_Draft]) -> None:
    """Page 1 before the text: banners above the title, the author list below it."""
    first_page = [d for d in drafts if d.lines[0].page == 1]
    title = next((k for k, d in enumerate(first_page) if d.kind == BlockKind.TITLE), None)
    if title is None:
        # a title set in the body's size (a manuscript, a plain typesetter): the first text of the paper,
        # an unnumbered heading with a numbered one later; else it would head a section of its own
        text = next((k for k, d in enumerate(first_page) if d.kind not in (*FURNITURE, BlockKind.OTHER)), None)
        if text is None or first_page[text].kind != BlockKind.HEADING or first_page[text].numbered \
                or not any(d.kind == BlockKind.HEADING and d.numbered for d in drafts):
            return
        title = text
        first_page[title].kind = BlockKind.TITLE
    for draft in first_page[:title]:
        if draft.kind in (BlockKind.HEADING, BlockKind.BODY):
            draft.kind = BlockKind.OTHER                 # "REVIEW", "Research Article", journal banners
    for draft in first_page[title + 1:title + 6]:
        if draft.kind in (BlockKind.HEADING, BlockKind.BODY, BlockKind.OTHER) and author_like(
                " ".join(ln.text for ln in draft.lines)):
            draft.kind = BlockKind.AUTHORS
            draft.lines = [replace(ln, citations=()) for ln in draft.lines]
            break


def _math_piece(line: Line, near: Line, ctx: _Context) -> bool:
    """A short, centred line just above or below an equation: a numerator or a denominator."""
    left = ctx.column_left.get((line.page, line.column), line.x0)
    close = abs(line.top - near.top) < 2.2 * ctx.pitch
    return (line.page == near.page and line.column == near.column and close and len(line.text.strip()) < 40
            and line.x0 - left > 2 * ctx.body and not TERMINAL.search(line.text))


def _absorb_fractions(drafts: list[_Draft], ctx: _Context) -> None:
    """Numerator and denominator lines of a displayed fraction join the equation's block."""
    k = 0
    while k < len(drafts):
        draft = drafts[k]
        if draft.kind == BlockKind.EQUATION:
            before = drafts[k - 1] if k > 0 else None
            if (before is not None and before.kind == BlockKind.BODY and before.lines
                    and _math_piece(before.lines[-1], draft.lines[0], ctx)):
                draft.lines.insert(0, before.lines.pop())
                if not before.lines:
                    drafts.pop(k - 1)
                    k -= 1
            after = drafts[k + 1] if k + 1 < len(drafts) else None
            if (after is not None and after.kind == BlockKind.BODY and after.lines
                    and _math_piece(after.lines[0], draft.lines[-1], ctx)):
                draft.lines.append(after.lines.pop(0))
                if not after.lines:
                    drafts.pop(k + 1)
        k += 1


def _mark_noise(drafts: list[_Draft], ctx: _Context) -> None:
    """Affiliations, footnotes and biographies: small print that is not running text. A footnote set under a
    float at the page's foot, in the caption's small type, reads as a caption's next paragraph; one with no
    caption label of its own is looked at as small print too."""
    for draft in drafts:
        if draft.kind not in (BlockKind.BODY, BlockKind.CAPTION):
            continue
        text = " ".join(ln.text for ln in draft.lines)
        smaller = all(ln.size < ctx.body - 0.3 for ln in draft.lines)
        if draft.kind == BlockKind.CAPTION:
            if smaller and not CAPTION_START.match(text) and AFFILIATION_WORDS.search(text):
                draft.kind = BlockKind.AFFILIATION
            continue
        if smaller and BIOGRAPHY_WORDS.search(text):
            draft.kind = BlockKind.BIOGRAPHY
        elif (smaller or len(text) < 250 and draft.lines[0].page == 1) and AFFILIATION_WORDS.search(text):
            draft.kind = BlockKind.AFFILIATION


def _set_levels(drafts: list[_Draft], body: float) -> None:
    """Unnumbered headings: level by font size (bigger is higher), below any numbered scheme."""
    headings = [d for d in drafts if d.kind == BlockKind.HEADING]
    if any(d.numbered for d in headings):
        for d in headings:
            if not d.numbered:
                d.level = 1
        return
    sizes = sorted({round(d.lines[0].size, 1) for d in headings}, reverse=True)
    for d in headings:
        text = d.lines[0].text.strip()
        top = REFERENCES_TITLE.match(text) or BACK_MATTER.match(text)
        d.level = 1 if top else min(sizes.index(round(d.lines[0].size, 1)) + 1, 3)


# ------------------------------------------------------------------------------ joining

def _below_own_pitch(caption: _Draft, line: Line, opts: LayoutOptions) -> bool:
    """Whether ``line`` stands further below a caption than the caption's own lines stand apart: a
    double-spaced manuscript sets its captions single-spaced, so the body text after one is less than
    a body line's pitch away, yet clearly off the caption's own."""
    last = caption.lines[-1]
    steps = [b.top - a.top for a, b in zip(caption.lines, caption.lines[1:], strict=False)
             if a.page == b.page and a.column == b.column and b.top > a.top]
    if not steps or last.column != line.column or line.top <= last.top:
        return False
    return line.top - last.top > opts.paragraph_gap * statistics.median(steps)


def _caption_runs_over(caption: _Draft, line: Line) -> bool:
    """Whether ``line``, the first text of its page, goes on with a caption the page before left
    unfinished: a caption set last on a page in the body's own type, broken mid-sentence. An open
    paragraph above the figure waits; the caption was set after it, so the page break cut the caption."""
    last = caption.lines[-1]
    return (caption.kind == BlockKind.CAPTION and last.page == line.page - 1 and not TERMINAL.search(last.text)
            and abs(last.size - line.size) < 0.3)


def _open_paragraph(text: str) -> bool:
    return not TERMINAL.search(text)


PASS_THROUGH = frozenset({BlockKind.CAPTION, BlockKind.HEADER, BlockKind.FOOTER, BlockKind.STAMP,
                          BlockKind.AFFILIATION, BlockKind.OTHER, BlockKind.TABLE, BlockKind.BIOGRAPHY})


def _room_left(line: Line, following: Line, rights: Mapping[tuple[int, int], float]) -> bool:
    """Whether ``following``'s first word would have fit at the end of ``line``: a line is broken where
    the next word does not fit (justified or ragged), so one that stops short of its column's edge
    ended its paragraph, though its last words lost their stop to a marker or a dropped equation.
    A capital opens the next line: a lower-case word goes on with the sentence whatever the room."""
    word = following.text.split(maxsplit=1)[0] if following.text.strip() else ""
    right = rights.get((line.page, line.column), line.column_x1)
    if not word[:1].isupper() or right <= line.x1:
        return False
    return line.x1 + (len(word) + 1) * 0.6 * line.size < right


def _set_between(drafts: Sequence[_Draft], above: Line, below: Line) -> bool:
    """Whether one of ``drafts`` (a caption, a figure's text) is set between two lines of one page: a
    paragraph broken around it goes on below. The running head drafted after a paragraph that ends a
    page is set above the next page's first line, not between: it breaks nothing."""
    return any(line.page == below.page and line.top >= above.bottom - 1 and line.bottom <= below.top + 1
               for draft in drafts for line in draft.lines)


# its mark (a number, letter or dagger; a font's superior figure, as OpenType fonts' "sups" set it), then a sentence
FOOTNOTE_START = re.compile(r"\s*(?:\d{1,2}|[¹²³⁰⁴-⁹]{1,2}|[a-z]|[*†‡§¶])\s*[A-Z]")
FOOTNOTE_LINES = 6


def _footnote_before(note: _Draft, draft: _Draft) -> bool:
    """Whether ``note`` is a footnote set at the foot of a column, between a paragraph the column breaks
    and ``draft``, where it goes on: a few lines in smaller type than the paragraph's, opened by its
    mark (a number, a letter or a dagger) and a sentence, on one page."""
    lines = note.lines
    return note.kind == BlockKind.BODY and 0 < len(lines) <= FOOTNOTE_LINES and bool(FOOTNOTE_START.match(lines[0].text)) \
        and all(ln.page == lines[0].page and ln.size < draft.lines[0].size - 0.5 for ln in lines)


def join_drafts(drafts: list[_Draft], rights: Mapping[tuple[int, int], float] | None = None) -> list[_Draft]:
    """Join a paragraph broken by a column, page, figure or caption into one draft. ``rights``: where each
    column's running text ends (``column_rights``)."""
    out: list[_Draft] = []
    for draft in drafts:
        if draft.kind == BlockKind.BODY and out:
            k = len(out) - 1
            while k >= 0 and (out[k].kind in PASS_THROUGH or _footnote_before(out[k], draft)) and len(out) - k <= 12:
                k -= 1
            target = out[k] if k >= 0 and out[k].kind == BlockKind.BODY else None
            if target is not None:
                first, last_line = draft.lines[0], target.lines[-1]
                moved = first.page != last_line.page or first.column != last_line.column \
                    or _set_between(out[k + 1:], last_line, first) \
                    or first.top - last_line.bottom > 3 * (last_line.bottom - last_line.top)
                continues = first.text[:1].islower() or first.text[:1] in "(–-0123456789" or not draft.indented
                # a line that opens with a citation marker goes on with the sentence before, whose stop it
                # follows: no paragraph opens with one ("… are achieved.[20] When …" broken at the marker)
                marker_first = any(m.start == 0 for m in first.citations) or bool(BRACKETED_CITATION.match(first.text))
                # a footnote at the column's foot, under the paragraph it breaks, goes on with none of it (its mark
                # a lowercase letter or a number, it looked like the paragraph's next line)
                if moved and not _footnote_before(draft, target) and \
                        (_open_paragraph(last_line.text) and continues and not _room_left(last_line, first, rights or {})
                         or marker_first):
                    target.lines.extend(draft.lines)
                    continue
        out.append(draft)
    return out


def _join_lines(lines: Sequence[Line], vocabulary: Counter[str], hyphenates: bool = True
                ) -> tuple[str, list[CitationMarker], list[LineSpan]]:
    """Join lines into one text, repairing end-of-line hyphenation; shift markers and spans along.
    ``hyphenates``: whether the paper's typesetter splits words at line ends at all (see ``_hyphenates``)."""
    text = ""
    markers: list[CitationMarker] = []
    spans: list[LineSpan] = []
    for line in lines:
        piece = line.text.strip()
        if not piece:
            continue
        offset = len(line.text) - len(line.text.lstrip())
        if text:
            if text.endswith(("-", "‐")) and not text.endswith((" -", " ‐")) and piece[:1].islower():
                head = re.findall(r"([A-Za-z]+)[-‐]$", text)
                tail = re.findall(r"^([a-z]+)", piece)
                whole = re.findall(r"([A-Za-z][A-Za-z\-‐]*[-‐][A-Za-z]+)[-‐]$", text)
                if head and tail and (_drop_hyphen(head[0], tail[0], vocabulary, hyphenates)
                                      or whole and _written_whole(whole[0], tail[0], vocabulary)):
                    text = text[:-1]
                    spans[-1] = replace(spans[-1], end=len(text))
            elif not text.endswith(("-", "‐", "/")) and not _broken_at_dash(text, piece) and \
                    not (piece.startswith(("%", "‰")) and text[-1:].isalnum()):
                text += " "           # no word opens with a percent sign: a line broken before one ("5 wt" "% FEC")
        start = len(text)
        for m in line.citations:
            markers.append(CitationMarker(m.numbers, start + max(0, m.start - offset), m.raw))
        text += piece
        if line.parts:                  # a table's rows, each its own box
            spans.extend(LineSpan(start + a - offset, start + b - offset, line.page, box) for a, b, box in line.parts)
        else:
            spans.append(LineSpan(start, len(text), line.page, line.bbox))
    return text, markers, spans


def _broken_at_dash(text: str, piece: str) -> bool:
    """Whether a line ending in an en dash broke a range or a compound after it ("200–" "400", "metal–"
    "organic", "Li–" "S"), or in an em dash set close ("frameworks—" "which", as TeX sets "---"): one word
    then. Not a dash set between spaces, nor a charge ("PF6–" "anions")."""
    if len(text) < 2 or text[-2].isspace():
        return False
    if text.endswith("—"):
        return text[-2].isalnum() and piece[:1].isalpha()
    return text.endswith("–") and (text[-2].isalpha() or text[-2].isdigit() and piece[:1].isdigit())


def _written_whole(word: str, tail: str, vocabulary: Counter[str]) -> bool:
    """Whether a compound broken by hyphenation after its own hyphen ("vanadium-ni-" "tride") is written
    whole elsewhere in the paper ("vanadium-nitride"): the piece before the break alone ("ni-") reads as a
    compound's first part (an element's symbol), and the break's hyphen was kept."""
    word = word.lower().replace("‐", "-")
    return vocabulary[word + tail.lower()] > vocabulary[f"{word}-{tail.lower()}"]


def _drop_hyphen(head: str, tail: str, vocabulary: Counter[str], hyphenates: bool = True) -> bool:
    """Whether 'head-' + 'tail' at a line end is one word split by hyphenation (``hyphenates``: whether the
    paper's typesetter splits words at line ends at all)."""
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if vocabulary[hyphenated] > vocabulary[joined]:
        return False
    if len(head) == 1 and head.isalpha():
        return False                  # hyphenation leaves two letters or more before a break (TeX's and the
                                      # browsers' least): "y-" "axis", "x-" "ray", "n-" "type" are compounds
    # an ending that is also a compound's second word, the line broken right before it after a word of its own:
    # "single-" "ion" is no form of "single", as "inhibi-" "tion" is one of "inhibit" ("cat-" "ion" is a stem's)
    compound_part = tail.lower() in KEEP_HYPHEN_SUFFIXES and (tail.lower() not in COUNTED_SUFFIXES or
                                                             head.lower() in COUNT_WORDS) \
        or tail.lower() in ENDING_OR_WORD and len(head) >= 4
    if vocabulary[joined] or vocabulary[joined + "s"] or not compound_part and any(
            vocabulary[joined[:-len(ending)]] for ending in INFLECTIONS
            if joined.endswith(ending) and len(joined) - len(ending) >= 5):
        return True                   # the word, or another form of it ("inhibit" for "In-" "hibiting")
    if compound_part:
        return False
    if tail.lower() in BOUND_ENDINGS:
        return True                   # "high-" "est": an ending no compound's second word is
    if len(head) >= 4 and len(tail) >= 4 and vocabulary[head.lower()] and vocabulary[tail.lower()]:
        return False                  # two words of the paper: a compound ("nickel-rich")
    if len(head) >= 4 and len(tail) >= 4 and _names_a_material(head.lower()) and _names_a_material(tail.lower()):
        return False                  # two materials, though the paper writes each only here ("graphite-silver")
    if _noun_and_participle(head.lower(), tail.lower(), vocabulary):
        return False                  # "graphene-" "wrapped": a noun and a participle, a compound
    if head.islower() and head in BOUND_PREFIXES and not _a_word_of(tail.lower(), vocabulary):
        return True                   # "ex-" "ceeded": the piece after a prefix is no word of the paper
    if not hyphenates and len(head) >= 3 and _a_word_of(tail.lower(), vocabulary):
        return False                  # a typesetter that splits no word breaks lines at a compound's own hyphen
                                      # ("lean-" "lithium"), before a word the paper uses on its own
    symbol_or_acronym = len(head) <= 2 or head.isupper()          # "Li-", "SEM-": a compound's first part
    return head.lower() not in KEEP_HYPHEN_PREFIXES and not (head[:1].isupper() and symbol_or_acronym)


def _a_word_of(piece: str, vocabulary: Counter[str]) -> bool:
    """Whether the paper uses ``piece`` as a word, or another form of it ("doped" beside "doping", "dope")."""
    if vocabulary[piece] or vocabulary[piece + "s"]:
        return True
    return any(vocabulary[piece[:-len(ending)] + other] for ending in INFLECTIONS if piece.endswith(ending)
               and len(piece) - len(ending) >= 3 for other in ("", "e", "es", "s", "ing", "ed", "ion", "ions"))


def _noun_and_participle(head: str, tail: str, vocabulary: Counter[str]) -> bool:
    """Whether 'head-' 'tail' is a noun and a participle that make a compound ("graphene-wrapped",
    "tin-seeded"): the tail is a participle, the head a word of its own (the paper writes it alone or opening
    another compound, or it names a material), not a particle ("over-" "lapped"), and no word of the paper
    shares the joined word's stem ("electrode-" "posited" beside "electrodeposition")."""
    verb = tail.removesuffix("ing") if tail.endswith("ing") else tail.removesuffix("ed")
    if len(verb) < 4 or verb == tail or len(head) < 3 or head in PARTICLES:
        return False                  # "polar-" "izing", "tigh-" "tened": the tail is no word of its own
    opens_compound = any(w.startswith(head + "-") and len(w) > len(head) + 1 for w in vocabulary)
    if not (vocabulary[head] or opens_compound or _names_a_material(head)):
        return False
    stem = head + verb
    return not any(w.startswith(stem) for w in vocabulary)


def _names_a_material(word: str) -> bool:
    """Whether a word is a material's or an element's name in the shipped lexicon ("graphene", "zinc")."""
    # read only when a line end asks, rarely
    from pipeline.identity import material_table

    table = material_table()
    return word in table.folded or word in table.element_names


def _vocabulary(lines: Iterable[Line]) -> Counter[str]:
    """The paper's words, with how often each occurs; a line's first word after a line that ends in a
    hyphen is left out, since it may be the second half of a hyphenated word ("charac-" "teristics")."""
    words: Counter[str] = Counter()
    after_hyphen = False
    for ln in lines:
        found = re.findall(r"[A-Za-z][A-Za-z\-‐]+", ln.text)
        if after_hyphen and found and ln.text.lstrip()[:1].islower():
            found = found[1:]
        if found:       # the words hold ASCII letters and hyphens only: lowered and unified a line at a time
            words.update(" ".join(found).lower().replace("‐", "-").split(" "))
        after_hyphen = ln.text.rstrip().endswith(("-", "‐"))
    return words


def _hyphenates(lines: Sequence[Line], vocabulary: Counter[str]) -> bool:
    """Whether the paper's typesetter splits words at line ends: some line ends in a hyphen before a piece that is
    no word of the paper ("charac-" "teristics") or that makes a word the paper writes whole ("con-" "tent" beside
    "content"). TeX hyphenates a few lines a page; a browser and a word processor by default break lines only at
    spaces and at a word's own hyphens, so every line-end hyphen of theirs opens a compound. A paper with no line
    that ends in a hyphen tells nothing and is taken to hyphenate, as most typeset papers do."""
    seen = False
    for above, below in zip(lines, lines[1:], strict=False):
        head = re.search(r"([A-Za-z]+)[-‐]$", above.text.rstrip())
        tail = re.match(r"\s*([a-z]+)", below.text)
        if not (head and tail) or above.text.rstrip().endswith((" -", " ‐")):
            continue
        seen = True
        piece, joined = tail.group(1), (head.group(1) + tail.group(1)).lower()
        if not _a_word_of(piece, vocabulary) or vocabulary[joined] or vocabulary[joined + "s"]:
            return True
    return not seen


# ------------------------------------------------------------------------------ drafts → blocks

def _summarises_the_work(text: str) -> bool:
    """Whether a paragraph reads as an abstract though short and unlabelled: two sentences or more, of which one
    speaks in the paper's own voice ("Here we ...", "We report ..."); a licence line, an address or a
    received/accepted line never does."""
    # read only for a short paragraph above the first heading, rarely
    from pipeline.nlp.patterns import own_voice

    sentences = [s for s in re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", text.strip()) if s]
    return len(text) >= 120 and len(sentences) >= 2 and any(own_voice(s) for s in sentences)


def blocks_from_lines(lines: Sequence[Line], opts: LayoutOptions = LayoutOptions()) -> list[Block]:
    """Lines in reading order → Blocks with kinds, section paths and citation markers."""
    vocabulary = _vocabulary(lines)
    hyphenates = _hyphenates(lines, vocabulary)
    ctx = _context(lines)
    drafts = join_drafts(draft_blocks(lines, opts, ctx), ctx.column_right)
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    first_heading_seen = False
    body = ctx.body
    structured = any(d.kind == BlockKind.HEADING for d in drafts)
    for draft in drafts:
        text, markers, spans = _join_lines(draft.lines, vocabulary, hyphenates)
        if not text.strip():
            continue
        kind = draft.kind
        if kind in TEXT_KINDS or kind == BlockKind.HEADING:
            text, markers, spans = lift_inline_citations(text, markers, spans)
        elif kind not in (BlockKind.REFERENCES, BlockKind.TABLE):     # a table keeps its rows' markers
            markers = []
        if kind == BlockKind.BODY and path and re.fullmatch(r"(?i)abstract|summary", path[-1][1].strip(" .:")):
            kind = BlockKind.ABSTRACT
        if kind == BlockKind.HEADING:
            first_heading_seen = True
            level = draft.level or 1
            path = [(lv, t) for lv, t in path if lv < level] + [(level, text)]
        elif kind == BlockKind.BODY and structured and not first_heading_seen and draft.lines[0].page == 1:
            size = statistics.median(ln.size for ln in draft.lines)
            if abs(size - body) > 0.3 or not any(b.kind in (BlockKind.BODY, BlockKind.ABSTRACT) for b in blocks):
                # ... a short one too where it opens with its run-in label ("Abstract", "ABSTRACT:"), as a
                # boxed abstract above the columns does
                # ... and a short unlabelled one that says what the paper does in its own voice ("Here we roll
                # ...", "We show ..."), as journals that print the abstract without a label set it
                kind = BlockKind.ABSTRACT if len(text) > 300 or RUN_IN_ABSTRACT.match(text) or \
                    _summarises_the_work(text) else BlockKind.OTHER
        first = draft.lines[0]
        section = tuple(t for _, t in path) if kind != BlockKind.HEADING else tuple(t for _, t in path[:-1])
        blocks.append(Block(kind=kind, text=text, page=first.page, bbox=first.bbox, order=len(blocks),
                            section=section, citations=tuple(markers), lines=tuple(spans), level=draft.level))
    return blocks


__all__ = ["FULL", "HEADING_NUMBER", "TEXT_KINDS", "blocks_from_lines", "body_size", "draft_blocks",
           "heading_level", "join_drafts", "lift_inline_citations", "reference_number", "reference_zone"]
