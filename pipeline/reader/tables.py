"""A table block → one sentence per row, written as the sentence the row stands for.

Reviews sum up the works they cite in performance tables: a row per work, a column per figure, the unit in
the column's heading, the work's number in a "Ref." column ("Cu nanowire felt | 0.5 | 2 | 99.1 | 350 | 7"
under "Host | Current density (mA cm−2) | Capacity (mAh cm−2) | CE (%) | Cycles | Ref."). A table block
holds its rows one a line and its cells apart by " | " or a tab, the heading row first. Each row is read
as "Cu nanowire felt: current density 0.5 mA cm−2; capacity 2 mAh cm−2; CE 99.1%; 350 cycles." with the
row's work as its citation marker, so the figures are found, named and linked as in running text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from pipeline.records import Block, BlockKind, CitationMarker, Sentence

# cells apart by a tab or a bar standing alone: a bar inside a word is the cell's own ("Li||Cu", "Li|LLZO|Li")
CELL_SPLIT = re.compile(r"\s*(?:(?<!\S)\|(?!\S)|\t)\s*")
# "Current density (mA cm−2)", "CE [%]", "Lifespan, h": a heading's name and the unit of its column
HEADING_UNIT = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<paren>[^()]*)\)|\[(?P<bracket>[^\[\]]*)\]|,\s*(?P<comma>[^,\s]+))\s*$")
REFERENCE_HEADING = re.compile(r"^(?:refs?|references?)\.?$", re.I)
# "Ni foam coated with MoS2 [21]": a row whose first cell closes with its work's bracketed number, where the table
# has no "Ref." column
NAME_CITED = re.compile(r"^(?P<name>.*?\S)\s*\[\s*(?P<list>\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\s*\]$")
NUMBERS = re.compile(r"^\[?\s*(?:refs?\.?\s*)?(?P<list>\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\s*\]?$", re.I)
# a figure cell: a number, with a bound, an approximate sign or a range ("98.2", ">500", "~99", "∼99", "98–99")
# ("98.5 ± 0.3": a figure with its spread; "1.2 × 10−3", "8 × 10^-4", "3 × 10⁻⁴": with its power of ten)
# ("8.2e-5": a computer's power of ten; "(8.2 ± 0.3) × 10−5": a figure and its spread, both raised to the power)
POWER_OF_TEN = r"(?:\s*[×xX]\s*10\s*(?:[\^ˆ]?\s*[−–-]?\s*\d{1,2}|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[eE][−–+-]?\d{1,2})?"
_NUMBER = r"[−–-]?\d+(?:[.,]\d+)?"
FIGURE = re.compile(rf"^(?:[<>≤≥~∼≈]|over\s|up\s+to\s)?\s*(?:{_NUMBER}|\(\s*{_NUMBER}\s*±\s*\d+(?:[.,]\d+)?\s*\)(?=\s*[×xX]))"
                    rf"{POWER_OF_TEN}(?:\s*[–~∼-]\s*\d+(?:[.,]\d+)?)?(?:\s*±\s*\d+(?:[.,]\d+)?)?$", re.I)


# a footnote's mark set after a cell's figure ("99.1a", "250 b", "0.8*", "12†"): a letter of the first few, or a sign
FOOTNOTE_MARK = re.compile(r"(?<=\d)\s?(?:[a-f*†‡§¶](?:,\s?[a-f*†‡§¶])*)$")


EMPTY = frozenset({"–", "-", "—", "/", "n/a", "N/A"})       # a cell a table leaves empty

# a footnote's mark raised after a cell's word or figure ("Cobalt foamᵃ", "98.4ᵇ"), as the reader keeps it in the cell's
# text: in brackets no paper prints, so that ``rows`` leaves it out and ``row_marks`` finds it
NOTE_MARK_OPEN, NOTE_MARK_CLOSE = "⁽", "⁾"
KEPT_NOTE_MARK = re.compile(rf"{NOTE_MARK_OPEN}([^{NOTE_MARK_OPEN}{NOTE_MARK_CLOSE}]{{1,12}}){NOTE_MARK_CLOSE}")
NOTE_SIGN = r"[a-h*†‡§¶‖#∗]"
# the notes set under a table, each opening on its mark: "a Tested at 0.5 mA cm−2.", "a At 2 mA cm−2. b At 3 mAh cm−2."
TABLE_NOTE = re.compile(rf"(?:^|(?<=[.;]\s))(?P<mark>{NOTE_SIGN})\s+(?P<note>[A-Z(].*?)(?=\s+{NOTE_SIGN}\s+[A-Z(]|\s*$)",
                        re.S)


def is_figure(cell: str) -> bool:
    """A cell of one figure, or of two paired under a paired heading ("1/2" under "Current density/capacity")."""
    parts = cell.split("/")
    return bool(FIGURE.match(cell)) or len(parts) >= 2 and all(FIGURE.match(p.strip()) for p in parts)


# a figure with the words that qualify it in brackets after it: "99.1 (500 cycles)", "250 [at 40 °C]"
QUALIFIED = re.compile(r"^(?P<figure>[^()\[\]]+?)\s*(?P<qualifier>\([^()]*\d[^()]*\)|\[[^\[\]]*\d[^\[\]]*\])$")
# a figure with its unit written in the cell: "1 mA cm−2", "2 mAh cm−2", "40 °C" (a unit's words are short: "1 M
# LiTFSI in DME" is an electrolyte, not a figure)
WITH_UNIT = re.compile(r"^(?:[<>≤≥~∼≈]\s*)?\d+(?:[.,]\d+)?(?:\s*[–~∼-]\s*\d+(?:[.,]\d+)?)?"
                       r"(?:\s+[A-Za-zμµ°%Ω]{1,3}(?:[−–-]?\d)?){1,3}$")


def reports_figure(cell: str) -> bool:
    """A cell that reports figures, bare or with what qualifies them: a figure ("98.2", "1/2"), a figure with its
    qualifier in brackets ("99.1 (500 cycles)"), figures with their units written in the cell ("1 mA cm−2, 1 mAh
    cm−2"), or the works a row's figures are from ("[12]", "Ref. 12")."""
    if is_figure(cell) or NUMBERS.match(cell) and not cell.isdigit():
        return True
    qualified = QUALIFIED.match(cell)
    if qualified and is_figure(qualified.group("figure")):
        return True
    parts = [p.strip() for p in re.split(r"[,;]\s+", cell)]
    return all(WITH_UNIT.match(p) for p in parts) or states_figures(cell)


# a figure and its unit inside a cell's words: "98.5% over 500 cycles at 1 mA cm−2", "overpotential 18 mV at 0.8 mA";
# not an amount before the formula it is of ("1 M LiTFSI in DME", "2 wt% LiNO3": an electrolyte's cell)
FIGURE_IN_WORDS = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?:%|[A-Za-zμµ°Ω]{1,3}(?![\w-]))(?!\s*[A-Z])")
STATEMENT_WORDS = 10        # a results cell states its figures in a few words, not a sentence's


def states_figures(cell: str) -> bool:
    """A cell that states a work's results in a few words, a figure with its unit among them ("98.5% over 500
    cycles at 1 mA cm−2", "700 h at 2 mA cm−2"): a 'Performance' column's cell."""
    return len(cell.split()) <= STATEMENT_WORDS and FIGURE_IN_WORDS.search(cell) is not None


def _unmarked(cell: str) -> str:
    """A figure cell without the mark of the footnote under the table that qualifies it; any other cell as
    it is (a letter after a figure that leaves no figure, as in "5 h", is a unit)."""
    bare = FOOTNOTE_MARK.sub("", cell)
    return bare if bare != cell and FIGURE.match(bare) else cell


def rows(text: str) -> list[list[str]]:
    """The table's rows, each a list of its cells (without the footnote marks the reader kept in them)."""
    return [[c.strip() for c in CELL_SPLIT.split(KEPT_NOTE_MARK.sub("", line).strip())] for line in text.split("\n")
            if line.strip()]


def row_marks(text: str) -> list[tuple[str, ...]]:
    """The footnote marks of each row of ``rows(text)``, in any of its cells ("a" of "98.6⁽a⁾", "a" and "b" of "⁽a,b⁾")."""
    return [tuple(m for found in KEPT_NOTE_MARK.findall(line) for m in re.split(r",\s?", found))
            for line in text.split("\n") if line.strip()]


def table_notes(text: str) -> dict[str, str]:
    """Each mark's note, for a text of notes that opens on a mark ("a At 2 mA cm−2. b At 3 mAh cm−2."); {} for any
    other text."""
    if not TABLE_NOTE.match(text.strip()):
        return {}
    return {m["mark"]: m["note"].strip().rstrip(".") for m in TABLE_NOTE.finditer(text.strip())}


def _heading(cell: str) -> tuple[str, str]:
    """(name, unit) of a column heading; the unit "" when the heading gives none. A heading may write its unit
    after a slash, as a quantity divided by its unit ("Current density/mA cm−2", "CE/%"), or bare after a
    property's name, where a second heading row gives each column's unit ("Current density" over "mA cm−2")."""
    match = HEADING_UNIT.match(cell)
    if match is None:
        *name, unit = _paired(cell)
        quantity = "/".join(name)
        if name and _is_unit(unit) and not HEADING_UNIT.match(quantity):
            return quantity, unit
        return _unit_after(cell) or (cell, "")
    unit = match.group("paren") or match.group("bracket") or match.group("comma") or ""
    return (match.group("name") or cell), unit.strip()


def _unit_after(cell: str) -> tuple[str, str] | None:
    """(name, unit) of a heading that writes its unit bare after the name of a property the ontology knows
    ("Efficiency %", "Current density mA cm−2"); None for any other heading ("Sample A" names no property)."""
    tokens = cell.split()
    for size in range(min(3, len(tokens) - 1), 0, -1):
        name, unit = " ".join(tokens[:-size]), " ".join(tokens[-size:])
        if _is_unit(unit) and _known_name(name):
            return name, unit
    return None


def _numbers(cell: str) -> tuple[int, ...]:
    """The works a "Ref." cell names ("7", "[12–14]", "refs. 3, 5"), read as a raised marker is."""
    from pipeline.reader.layout import expand_citation  # late: layout reads tables (table_regions)
    match = NUMBERS.match(cell.strip())
    return expand_citation(match.group("list")) if match else ()


def _figure(name: str, unit: str, cell: str) -> str:
    """A cell as the words that report it: "current density 0.5 mA cm−2", "CE 99.1%", "350 cycles"; a cell
    of a paired heading ("Current density/capacity (mA cm−2/mAh cm−2)" or "CE (%)/cycles" over "1/2") as both
    figures; a figure qualified in brackets as the figure, then its qualifier ("CE 99.1% (500 cycles)")."""
    cells = re.split(r"\s*/\s*", cell)
    names, units = (re.split(r"\s*/\s*", x) for x in (name, unit))
    if len(cells) >= 2 and all(FIGURE.match(c) for c in cells):
        if len(names) == len(units) == len(cells):
            return ", ".join(_figure(n, u, c) for n, u, c in zip(names, units, cells, strict=True))
        if not unit and len(parts := _paired(name)) == len(cells):     # each heading of the pair its own unit
            return ", ".join(_figure(*_heading(h), c) for h, c in zip(parts, cells, strict=True))
        if len(names) == 1 and len(units) == len(cells) and all(map(_is_unit, units)):
            # "Test (mA cm−2/mA h cm−2)" over "1/1": a heading naming the pair as one, each figure named by its unit
            return ", ".join(f"{c} {u}" for c, u in zip(cells, units, strict=True))
    qualified = QUALIFIED.match(cell)
    if qualified and FIGURE.match(qualified.group("figure")):
        return f"{_figure(name, unit, qualified.group('figure'))} {qualified.group('qualifier')}"
    if not FIGURE.match(cell):
        return f"{name} {cell}"                      # the cell writes its own unit ("1 mA cm−2"), or is words
    cell = _power_as_printed(cell)
    if not unit and (counted := _counted_in(name)):
        return f"{cell} {counted}"
    return f"{name} {_with_unit(cell, unit)}".rstrip()


def _with_unit(figure: str, unit: str) -> str:
    """A figure and its unit as a page prints them: "0.5 mA cm−2", but "99.1%" and "25°C" set close."""
    return f"{figure}{'' if unit in ('%', '°C', '°') else ' '}{unit}"


def _figures_after_the_first(body: Sequence[Sequence[str]]) -> bool:
    """Whether every cell after each row's first is a figure (its footnote mark aside) or left empty."""
    return all(is_figure(_unmarked(c)) or c in EMPTY for r in body for c in r[1:] if c)


# a power of ten written as a computer or a plain-text file writes it: "8.2e-5", "8.2 × 10^-5"
TYPED_POWER = re.compile(r"(?:[eE]|\s*[×xX]\s*10\s*[\^ˆ]\s*)(?P<sign>[−–+-]?)\s*(?P<power>\d{1,2})$")


def _power_as_printed(cell: str) -> str:
    """A figure with its negative power of ten written as a page prints it ("8.2e-5" → "8.2 × 10−5"), the way the
    row's sentence is read; any other figure as it is."""
    typed = TYPED_POWER.search(cell)
    # a raised positive power prints as bare digits after the ten ("10" "3" → "103"), read as one number: those stay
    if typed is None or typed.group("sign") not in ("−", "–", "-") or \
            not re.search(r"\d$", cell[:typed.start()].rstrip(") ")):
        return cell
    return f"{cell[:typed.start()]} × 10−{typed.group('power')}"


def _paired(heading: str) -> list[str]:
    """A heading's parts apart by slashes outside brackets ("CE (%)/cycles" → "CE (%)", "cycles")."""
    parts, depth, start = [], 0, 0
    for k, char in enumerate(heading):
        depth += (char in "([") - (char in ")]")
        if char == "/" and depth == 0:
            parts.append(heading[start:k].strip())
            start = k + 1
    return [*parts, heading[start:].strip()]


POWER = re.compile(r"(?:\^?[−–-]?[1-4]|⁻?[¹²³⁴])$")      # "cm−2", "g-1", "cm⁻²": a unit's power


@cache
def _unit_symbols() -> tuple[frozenset[str], frozenset[str]]:
    """The unit symbols the lexicon knows, and those that are a unit only after a number ("C", "M", "h")."""
    from pipeline.cache import parsed_yaml
    data = parsed_yaml(Path(__file__).resolve().parents[1] / "nlp" / "lexicons" / "units.yaml")
    return frozenset(map(str, data["atoms"])), frozenset(map(str, data["needs_number"]))


def _is_unit(text: str) -> bool:
    """Whether ``text`` is a unit written out: a few symbols the lexicon knows, each perhaps raised to a power
    ("mA cm−2", "%", "h"). A lone capital that is a unit only after a number ("C", "V") is no unit here: after a
    slash it is a word's letter ("E/C")."""
    symbols, after_number = _unit_symbols()
    tokens = text.split()
    if len(tokens) == 1 and tokens[0] in after_number and tokens[0][:1].isupper():
        return False
    return 0 < len(tokens) <= 3 and all(POWER.sub("", t) in symbols for t in tokens)


def _counted_in(name: str) -> str:
    """The word a heading's figures are counted in, when the heading names a property the ontology counts in
    words ("Cycles", "Cycle number", "Number of cycles" → "cycles"); "" for any other heading."""
    from pipeline.ontology import properties
    heading = name.lower()
    for prop in properties().values():
        words = [u for u in prop.unit_cues if len(u) > 2 and u.isalpha()]
        if words and any((m := re.search(rf"\b{re.escape(cue.lower())}\b", heading)) and not _of_a_process(name[:m.start()])
                         for cue in (prop.label, *prop.cues)):
            return words[0]
    return ""


def _of_a_process(before: str) -> bool:
    """"ALD cycles", "Deposition cycles": a heading that counts the steps of making something, not the cell's cycles."""
    from pipeline.nlp.patterns import names_a_making_method
    last = before.split()[-1:]
    return bool(last) and names_a_making_method(last[0])


# a table's heading cells and the group labels (within the block's section) its rows are read under
Under = tuple[tuple[str, ...], tuple[str, ...]]


def _names_property(cell: str) -> bool:
    """Whether a cell names what a figure is of: a quantity with its unit ("CE (%)", "Lifespan/h"), a property the
    ontology knows by one of its names, whole ("Coulombic efficiency", "Cycles"), or the works cited ("Ref.")."""
    name, unit = _heading(cell)
    return bool(unit) or _known_name(name)


def _known_name(name: str) -> bool:
    """Whether a heading's name (its unit aside) is the works cited, or a property the ontology knows by one of
    its names, whole ("Coulombic efficiency", "Cycles")."""
    from pipeline.ontology import properties
    if REFERENCE_HEADING.match(name) or _counted_in(name):
        return True
    lowered = name.strip().lower()      # whole: a cue may be a word of a design's name too ("foil", "layer")
    return any(lowered == cue.lower() for prop in properties().values() for cue in (prop.label, *prop.cues))


def broken_word_at(cell: str, breaks: Sequence[int]) -> int | None:
    """Where a narrow column broke a cell's word over two lines without a hyphen ("Cycl" "es", "Efficie" "ncy (%)",
    "Re" "f."): of the spaces at ``breaks`` (where the cell's lines were joined), the one that, taken out, makes
    the cell name a property the ontology knows (or the works cited) where as broken it names none; None when
    no break does (a heading of two words stays two words)."""
    if _known_name(_heading(cell)[0]):
        return None
    for at in breaks:
        if 0 < at < len(cell) - 1 and cell[at] == " " and cell[at - 1].isalpha() and cell[at + 1].islower() \
                and _known_name(_heading(cell[:at] + cell[at + 1:])[0]):
            return at
    return None


def turned(table: list[list[str]]) -> list[list[str]]:
    """A table set the other way round, designs as its columns and properties as its rows ("| Zinc felt | Cobalt
    foam" over "CE (%) | 99.1 | 98.7"), turned so that each row is a design's: its first column names a property
    (or the works cited) in every row of figures, two at least, and its heading row names none; a row of words
    alone is a test condition of each design ("Electrolyte | ether | carbonate"). A second column of units alone ("CE | % |
    99.1") is each row's unit, written into its property's name. Any other table as it is."""
    heading, body = table[0], [r for r in table[1:] if any(r)]
    if len(heading) < 2 or len(body) < 2 or any(len(r) != len(heading) for r in body):
        return table
    if len(heading) > 2 and all(not r[1] or r[1] in EMPTY or _is_unit(r[1]) for r in body) and \
            any(_is_unit(r[1]) for r in body):
        heading = [heading[0], *heading[2:]]
        body = [[f"{r[0]} ({r[1]})" if _is_unit(r[1]) else r[0], *r[2:]] for r in body]
    # a second column of test conditions ("CE (%) | at 1 mA cm−2 | 99.1 | 98.7"): each figure of the row is under its
    # row's condition, read as a figure qualified in brackets ("99.1 (at 1 mA cm−2)")
    conditions = [""] * len(body)
    if len(heading) > 2 and all(_is_condition(r[1]) for r in body):
        conditions = [r[1] for r in body]
        heading, body = [heading[0], *heading[2:]], [[r[0], *r[2:]] for r in body]
    # rows of words alone state a test's conditions ("Electrolyte | ether | carbonate", "Cell | half | symmetric"):
    # each design's too, but they name no property; the rows of figures must, two at least
    measured = [r for r in body if any(is_figure(_unmarked(c)) for c in r[1:] if c)]
    if len(measured) < 2 or not all(r[0] and _names_property(r[0]) for r in measured) or \
            any(c and _names_property(c) for c in heading[1:]) or any(not r[0] for r in body):
        return table
    if not all(is_figure(_unmarked(c)) or c in EMPTY or REFERENCE_HEADING.match(r[0]) for r in measured for c in r[1:] if c):
        return table
    return [[heading[0], *(r[0] for r in body)],
            *([heading[j], *(f"{r[j]} ({c})" if c and r[j] and r[j] not in EMPTY else r[j]
                             for r, c in zip(body, conditions, strict=True))] for j in range(1, len(heading)))]


# "Table 2. Overpotentials (mV) of the three electrodes …": a caption that names the quantity its table's cells give,
# with its unit in brackets
CAPTION_QUANTITY = re.compile(r"^(?:(?:Supplementary\s+)?Table\s+S?\d+\s*[.:|]?\s*)?(?P<name>[^()\[\].:;]{1,60}?)\s*"
                              r"[(\[](?P<unit>[^()\[\]]+)[)\]]")


def by_condition(table: list[list[str]], caption: str) -> list[list[str]]:
    """A table of one quantity over a test condition and the designs ("Current density (mA cm−2) | Zinc felt | Bare
    Cu" over "0.5 | 9 | 21"), the quantity named in its caption ("Overpotentials (mV) of …"), turned so that each
    row is a design's: its figures each under the condition of the row it stood in ("Overpotentials 9 mV (at 0.5 mA
    cm−2)"). The first heading names a condition with its unit, the others no property; every cell is a figure. Any
    other table, or a caption that names no quantity with a unit, as it is."""
    heading, body = table[0], [r for r in table[1:] if any(r)]
    quantity = _caption_quantity(caption)
    if not quantity or len(heading) < 2 or len(body) < 2 or any(len(r) != len(heading) for r in body):
        return table
    name, unit = _heading(heading[0])
    if not unit or not _known_name(name) or any(not c or _names_property(c) for c in heading[1:]):
        return table
    if not all(is_figure(_unmarked(r[0])) for r in body) or not _figures_after_the_first(body):
        return table
    conditions = [f"at {_with_unit(r[0], unit)}" for r in body]
    return [["", *([quantity] * len(body))],
            *([heading[j], *(f"{r[j]} ({c})" if r[j] and r[j] not in EMPTY else r[j]
                             for r, c in zip(body, conditions, strict=True))] for j in range(1, len(heading)))]


def _caption_quantity(caption: str) -> str:
    """The quantity a table's caption names with its unit in brackets ("Overpotentials (mV)"), or ""."""
    quantity = CAPTION_QUANTITY.match(caption.strip())
    if quantity is None or not _is_unit(unit := quantity.group("unit").strip()):
        return ""
    return f"{quantity.group('name').strip()} ({unit})"


def conditions_heading(table: list[list[str]], caption: str) -> list[list[str]]:
    """A table of one quantity whose columns are headed by test conditions ("Electrode | 0.5 mA cm−2 | 1 mA cm−2" over
    "Zinc felt | 9 | 13"), the quantity named in its caption ("Overpotentials (mV) of …"): each cell read as the
    caption's quantity under its column's condition ("Overpotentials 9 mV (at 0.5 mA cm−2)"), the rows as they are.
    Any other table, or a caption that names no quantity with a unit, as it is."""
    heading, body = table[0], [r for r in table[1:] if any(r)]
    quantity = _caption_quantity(caption)
    if not quantity or len(heading) < 2 or not body or any(len(r) != len(heading) for r in body) or \
            not all(_is_condition(c) for c in heading[1:]):
        return table
    if any(not r[0] or is_figure(_unmarked(r[0])) or _names_property(r[0]) for r in body) or \
            not _figures_after_the_first(body):
        return table
    at = [c if re.match(r"(?:at|in|under|with|@)\s", c, re.I) else f"at {c}" for c in heading[1:]]
    return [[heading[0], *([quantity] * len(at))],
            *([r[0], *(f"{c} ({a})" if c and c not in EMPTY else c for c, a in zip(r[1:], at, strict=True))]
              for r in table[1:])]


# "at 1 mA cm−2", "1 mA cm−2, 1 mAh cm−2", "@ 0.5 C", "in Li||Cu, 25 °C": a cell stating the test its row's figures
# were made under — a figure with its unit written in the cell, perhaps after a preposition, never a bare figure
CONDITION = re.compile(r"^(?:(?:at|in|under|with|@)\s+)?(?P<figures>.+)$", re.I)


def _is_condition(cell: str) -> bool:
    """Whether a table cell states a test condition: figures with their units written in the cell, perhaps after a
    preposition ("at 1 mA cm−2", "1 mA cm−2/1 mAh cm−2"); a bare figure, a unit alone or words are not."""
    figures = CONDITION.match(cell.strip())
    if not figures or is_figure(cell) or _is_unit(cell):
        return False
    parts = [p.strip() for p in re.split(r"[,;/]\s*|\s+and\s+", figures.group("figures"))]
    return all(WITH_UNIT.match(p) for p in parts)


def read_under(block: Block, before: Under | None) -> Under:
    """The heading and group a table's rows are read under. A table whose heading row is empty goes on from
    the page before without its heading set again ("Table 2. (Continued)"): when the table read before it
    has as many columns, its rows keep that table's heading, and the group its last rows were in, until a
    label of their own; its first line may be a group's label (the first cell alone), which opens a group. Any
    other table: its own heading, in no group."""
    own = tuple(rows(block.text)[0]) if block.text.strip() else ()
    if any(own[1:]) or before is None or len(before[0]) != len(own) or not any(before[0]):
        return own, ()
    return (before[0], (own[0],)) if own[0] and len(own) > 2 else before


def left_under(block: Block, before: Under | None) -> Under:
    """The heading and group a table's last rows are read under: what a table going on from it keeps."""
    heading, group = read_under(block, before)
    for row in rows(block.text)[1:]:
        if _label(row, heading):
            group = (row[0],)
    return heading, group


def _label(row: Sequence[str], heading: Sequence[str]) -> bool:
    """A row of its first cell alone, under a heading of three or more: a group's label."""
    return len(heading) > 2 and bool(row) and bool(row[0]) and not any(row[1:])


def table_sentences(doc_id: str, block: Block, first_index: int, before: Under | None = None,
                    caption: str = "", notes: dict[str, str] | None = None) -> list[Sentence]:
    """One sentence per row of a table block (the heading row first), cited to the row's work: the numbers
    in its "Ref." column, or the markers the reader lifted from the row. A row of its first cell alone is a
    group's label ("Carbon-based hosts"): the rows under it are read in a section of that heading, inside
    the block's own, as a review's subsection would set them. A row whose first cell is blank is of the
    design named above it in its group, and of its work (a name and a number set once over the rows of its
    test conditions). ``before``:
    what the table read last left its rows under, which a table without a heading goes on from
    (``read_under``); ``caption``: the table's caption, which may name the one quantity its cells give
    (``by_condition``). ``notes``: the notes set under the table, by mark; a row whose cell carries a mark ("98.6ᵃ",
    "Tin-plated meshᵃ") was tested as its note says ("ᵃ At 2 mA cm−2."), which the row's sentence says too."""
    table = rows(block.text)
    marks = row_marks(block.text)
    if len(table) < 2:
        return []
    heading, group = read_under(block, before)
    if (flipped := turned(table)) is not table or (flipped := by_condition(table, caption)) is not table:
        # each design's figures stand in its column: read by column
        table, heading, group = flipped, tuple(flipped[0]), ()
        marks = [() for _ in table]                  # a line's marks are of no one column
        # a column has no line of its own: each is placed at the heading's, and lifts none of its markers (the
        # heading's markers are each of one column, which the line no longer tells)
        start = _row_offsets(block.text)[0][0]
        offsets = [(start, start - 1)] * len(table)
    else:
        offsets = _row_offsets(block.text)
        if (headed := conditions_heading(table, caption)) is not table:
            table, heading = headed, tuple(headed[0])
    if names := _names_column(heading, table[1:]):
        heading, table = tuple(_put_first(heading, names)), [table[0], *(_put_first(r, names) for r in table[1:])]
    headings = [_heading(c) for c in heading]
    reference = next((i for i, (name, _) in enumerate(headings) if REFERENCE_HEADING.match(name)), None)
    sentences: list[Sentence] = []
    section = (*block.section, *group)
    above: list[str] = []                            # the row above, in the same group, and the works it cites
    above_lifted: list[CitationMarker] = []
    for row, (start, end), row_mark in zip(table[1:], offsets[1:], marks[1:], strict=False):
        if not row:
            continue
        if _label(row, heading):
            section, above = (*block.section, row[0]), []   # a group's label: the rows under it are of its kind
            continue
        lifted = [m for m in block.citations if start <= m.start <= end]
        if not row[0] and above:                     # a name left blank under a design (or merged over its rows),
            row = _under(row, above, reference)      # and its work's number with it
            lifted = lifted or above_lifted
        if not row[0]:
            continue
        above, above_lifted = row, lifted
        raw = row[reference] if reference is not None and reference < len(row) else ""
        works = _numbers(raw)
        if not works and not lifted and (cited := NAME_CITED.match(row[0])):
            row, works, raw = [cited.group("name"), *row[1:]], _numbers(cited.group("list")), row[0][cited.end("name"):].strip()
        parts = [_figure(name, unit, _unmarked(cell)) for i, ((name, unit), cell) in enumerate(zip(headings, row, strict=False))
                 if i and i != reference and cell and cell not in EMPTY]
        if not parts:
            continue                                 # a row of words only reports no figure
        parts += [_as_clause(notes[m]) for m in dict.fromkeys(row_mark) if notes and m in notes]
        text = f"{row[0]}{NAME_END}{'; '.join(parts)}."
        markers = [CitationMarker(works, len(text), raw)] if works else \
            [CitationMarker(m.numbers, len(text), m.raw) for m in lifted]
        page, bbox = block.page_at(start)
        sentences.append(Sentence(doc_id=doc_id, index=first_index + len(sentences), text=text, page=page, bbox=bbox,
                                  block=block.order, kind=block.kind, section=section, citations=tuple(markers)))
    return sentences


def _as_clause(note: str) -> str:
    """A note as a clause of the row's sentence: "At 2 mA cm−2" → "at 2 mA cm−2" (a name or a symbol keeps its case)."""
    return note[0].lower() + note[1:] if note[:1].isupper() and note[1:2].islower() else note


def _names_column(heading: Sequence[str], body: Sequence[Sequence[str]]) -> int:
    """The column that names what a table's rows measure: the first, unless the table sets its works' numbers
    first ("Ref. | Strategy | Host | CE (%)"); then the first column after it of words, one name a row (a column
    whose words repeat down the rows, "Host", "Separator", sorts them by kind)."""
    if not heading or not REFERENCE_HEADING.match(heading[0]):
        return 0
    for c in range(1, len(heading)):
        cells = [row[c] for row in body if len(row) > c and row[c] and row[c] not in EMPTY]
        if cells and not any(is_figure(_unmarked(cell)) for cell in cells) and len(set(cells)) == len(cells):
            return c
    return 0


def _put_first(row: Sequence[str], column: int) -> list[str]:
    return [row[column], *row[:column], *row[column + 1:]] if len(row) > column else list(row)


NAME_END = ": "             # in a row's sentence, what follows its first cell ("Cu felt: CE 99.1%; 350 cycles.")


def row_name(sentence: Sentence) -> str:
    """The first cell of a table row's sentence (``table_sentences``), the design or sample the row measures;
    "" for any other sentence."""
    end = sentence.text.find(NAME_END) if sentence.kind == BlockKind.TABLE else -1
    return sentence.text[:end] if end > 0 else ""


def row_heading(block: Block) -> str:
    """The heading of a table's first column, which says what each row names ("Additive" over "LiNO3", "Host" over
    "Cu felt"); "" for a table set the other way round (its first column names properties) or without a heading
    row of its own."""
    table = rows(block.text)
    if len(table) < 2 or turned(table) is not table or not any(table[0][1:]):
        return ""
    return _heading(table[0][0])[0]


def _under(row: list[str], above: Sequence[str], reference: int | None) -> list[str]:
    """A row whose name is left blank, as the design above it, cited to its work where its Ref. cell is blank
    too (the name and the number each set once over the design's rows)."""
    out = [above[0], *row[1:]]
    if reference is not None and reference < min(len(out), len(above)) and not out[reference]:
        out[reference] = above[reference]
    return out


def _row_offsets(text: str) -> Sequence[tuple[int, int]]:
    """(start, end) of each non-empty line of ``text``."""
    found, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((at, at + len(line)))
        at += len(line) + 1
    return found
