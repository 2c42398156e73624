"""The comparison table: one row per structure, one column per property, as ORKG comparisons show it.

A row is a structure with its paper (first author and year), class, subclass and materials. A cell
is the structure's best figure of that property (best as the ontology's ``akg:better`` says), with
its qualifier and unit, the test conditions read from the same sentence (current density, areal
capacity…: properties whose role is ``akg:TestCondition``), the citations that carry it (with their
DOIs, for links) and the figure's id, which leads to its highlighted page (``pipeline.provenance``).

``comparison`` builds the table from four named queries (measurements, structures, papers,
references), so it shows exactly what ``anodekg query`` shows. ``select_rows`` filters and sorts it;
``to_csv`` and ``to_latex`` write it, with the same rules as the HTML table's downloads
(``pipeline/viewer/table.js``).
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from pipeline.build_rdf import reference_iri
from pipeline.errors import QueryError, did_you_mean
from pipeline.ontology import PropertyDef, local_name, properties, structure_classes
from pipeline.store.base import GraphStore
from pipeline.store.named import run_named

CONDITION_ROLE = "TestCondition"
PERFORMANCE_ROLE = "Performance"


@dataclass(frozen=True, slots=True)
class Citation:
    number: int
    doi: str = ""
    label: str = ""            # "[12] Smith et al. Nature 2016"
    node: str = ""             # the reference's IRI (its node in the graph viewer)

    @property
    def url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure as a cell shows it."""

    figure: str                # short id, PAPER-ID/m/N
    property: str
    value: float
    qualifier: str
    unit: str
    page: int
    sentence: str
    conditions: tuple[str, ...] = ()          # "1 mA cm-2", from the same sentence
    citations: tuple[Citation, ...] = ()

    @property
    def text(self) -> str:
        """'> 99 %': the value as a reader writes it."""
        return f"{qualified(self.qualifier, self.value)} {self.unit}".strip()


@dataclass(frozen=True, slots=True)
class Row:
    """One structure of one paper, and its best figure of each property."""

    key: str                   # paper id + structure label: unique in the store
    structure: str
    paper: str                 # paper id
    paper_label: str           # "Zhang 2017"
    cls: str
    subclass: str
    materials: tuple[str, ...]
    cells: Mapping[str, tuple[Figure, ...]] = field(default_factory=dict)   # property → figures, best first

    def best(self, prop: str) -> Figure | None:
        figures = self.cells.get(prop)
        return figures[0] if figures else None


@dataclass(frozen=True, slots=True)
class Column:
    name: str                  # property local name
    label: str
    unit: str
    role: str
    better: str

    @property
    def heading(self) -> str:
        return f"{self.label} ({self.unit})" if self.unit else self.label


@dataclass(frozen=True, slots=True)
class Comparison:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise QueryError(f"no figures of {name!r} in this table")


def number(value: float) -> str:
    """A value as text, the same in Python and in the HTML table's JavaScript (``String(value)``): the
    shortest digits that give the value back, written out in full between 1e-7 and 1e21 (4e-05 → 0.00004)."""
    v = float(value)
    if v.is_integer() and abs(v) < 1e21:
        return str(int(v))
    if 1e-7 <= abs(v) < 1e21:
        return format(Decimal(repr(v)), "f")
    return repr(v)


def qualified(qualifier: str, value: float) -> str:
    return number(value) if qualifier in ("", "=") else f"{qualifier} {number(value)}"


def paper_label(authors: Sequence[str], year: object, fallback: str) -> str:
    """'Zhang 2017': the first author's surname and the year, as a slide or a table names a paper."""
    first = str(authors[0]).strip() if authors else ""
    surname = first.split(",")[0].strip() if "," in first else (first.split()[-1] if first else "")
    bits = [b for b in (surname, str(year or "")) if b]
    return " ".join(bits) if bits else fallback


def paper_labels(store: GraphStore) -> dict[str, str]:
    """Every paper id → its label; two papers with the same label get 'a', 'b'… after the year."""
    papers = run_named(store, "papers").rows
    labels = {str(p["paper"]): paper_label(p.get("authors") or [], p.get("year"), str(p["paper"])) for p in papers}
    seen: dict[str, list[str]] = defaultdict(list)
    for paper, label in sorted(labels.items()):
        seen[label].append(paper)
    for label, ids in seen.items():
        if len(ids) > 1:
            for i, paper in enumerate(ids):
                labels[paper] = f"{label}{chr(ord('a') + i)}"
    return labels


def _citation_index(store: GraphStore) -> dict[tuple[str, int], Citation]:
    index: dict[tuple[str, int], Citation] = {}
    for r in run_named(store, "references").rows:
        authors = r.get("authors") or []
        who = paper_label(authors, "", "")
        who = f"{who} et al." if who and len(authors) > 1 else who
        bits = " ".join(str(b) for b in (who, r.get("journal") or "", r.get("year") or "") if b)
        number_ = int(r["number"])                   # type: ignore[arg-type]
        index[(str(r["paper"]), number_)] = Citation(number_, str(r.get("doi") or ""), f"[{number_}] {bits}".strip(),
                                                     str(reference_iri(str(r["paper"]), number_)))
    return index


def _better_first(defn: PropertyDef | None, figures: Iterable[Figure]) -> tuple[Figure, ...]:
    lower = defn is not None and defn.better == "lower"
    return tuple(sorted(figures, key=lambda f: (f.value if lower else -f.value, f.figure)))


def comparison(store: GraphStore) -> Comparison:
    """Every structure that reports a figure, with its best figure of each property (all columns)."""
    defs = properties()
    labels = paper_labels(store)
    citations = _citation_index(store)
    structures = {(str(s["paper"]), str(s["structure"])): s for s in run_named(store, "structures").rows}
    figures = run_named(store, "measurements").rows
    by_sentence: dict[tuple[str, str, str], list[dict[str, object]]] = defaultdict(list)
    for f in figures:
        by_sentence[(str(f["paper"]), str(f["structure"]), str(f["sentence"]))].append(f)
    cells: dict[str, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    heads: dict[str, dict[str, object]] = {}
    for f in figures:
        paper, label, prop = str(f["paper"]), str(f["structure"]), str(f["property"])
        key = f"{paper} {label}"
        heads.setdefault(key, f)
        same = by_sentence[(paper, label, str(f["sentence"]))]
        conditions = tuple(qualified(str(o["qualifier"]), float(o["value"])) + f" {o['unit']}"  # type: ignore[arg-type]
                           for o in same if o is not f and str(o["property"]) in defs
                           and defs[str(o["property"])].role == CONDITION_ROLE)
        cited = tuple(citations.get((paper, int(n)), Citation(int(n))) for n in f.get("citations") or [])  # type: ignore[call-overload]
        cells[key][prop].append(Figure(str(f["figure"]), prop, float(f["value"]), str(f["qualifier"]),  # type: ignore[arg-type]
                                       str(f["unit"]), int(f["page"]), str(f["sentence"]),  # type: ignore[call-overload]
                                       tuple(dict.fromkeys(conditions)), cited))
    rows = []
    for key, head in heads.items():
        paper, label = str(head["paper"]), str(head["structure"])
        info = structures.get((paper, label), {})
        rows.append(Row(key, label, paper, labels.get(paper, paper), str(head["class"]), str(head["subclass"] or ""),
                        tuple(map(str, info.get("materials") or [])),  # type: ignore[call-overload]
                        {prop: _better_first(defs.get(prop), found) for prop, found in cells[key].items()}))
    present = {prop for row in rows for prop in row.cells}
    role_order = {PERFORMANCE_ROLE: 0, CONDITION_ROLE: 1}
    columns = tuple(Column(d.name, d.label, d.unit, d.role, d.better)
                    for d in sorted((defs[p] for p in present if p in defs),
                                    key=lambda d: (role_order.get(d.role, 2), d.label.lower())))
    rows.sort(key=lambda r: (r.paper_label, r.cls, r.structure.lower()))
    return Comparison(columns, tuple(rows))


@dataclass(frozen=True, slots=True)
class Selection:
    """What a reader asks of the table: columns, filters and order. Empty means no constraint."""

    properties: tuple[str, ...] = ()          # columns, in this order; () = every column
    classes: tuple[str, ...] = ()             # a top class or subclass (local name)
    papers: tuple[str, ...] = ()              # paper id or label ("Zhang 2017"), or part of one
    materials: tuple[str, ...] = ()           # part of a material's name
    ranges: tuple[tuple[str, float | None, float | None], ...] = ()   # (property, min, max): rows that have it
    sort: str = ""                            # a property (best first) or structure / paper / class
    descending: bool | None = None            # None: the property's own 'better' direction
    limit: int | None = None


def _property_name(name: str) -> str:
    defs = properties()
    local = local_name(name)
    if local in defs:
        return local
    by_label = {d.label.lower(): d.name for d in defs.values()}
    by_label.update({cue.lower(): d.name for d in defs.values() for cue in d.cues if len(cue) > 1})
    if name.lower() in by_label:
        return by_label[name.lower()]
    raise QueryError(f"unknown property {name!r}{did_you_mean(local, defs)}; `anodekg properties` lists them")


def select_rows(table: Comparison, selection: Selection) -> Comparison:
    """The rows and columns ``selection`` keeps, in its order."""
    names = [_property_name(p) for p in selection.properties]
    columns = tuple(c for name in names for c in table.columns if c.name == name) if names else table.columns
    if names and not columns:
        raise QueryError(f"no figures of {', '.join(names)} in the store")
    classes = structure_classes()
    for cls in selection.classes:
        if local_name(cls) not in classes:
            raise QueryError(f"unknown class {cls!r}{did_you_mean(local_name(cls), classes)}; "
                             f"one of: {', '.join(classes)}")
    ranges = [(_property_name(p), lo, hi) for p, lo, hi in selection.ranges]
    shown = {c.name for c in columns}

    def keep(row: Row) -> bool:
        if not any(row.best(name) for name in shown):
            return False
        if selection.classes and not {row.cls, row.subclass} & {local_name(c) for c in selection.classes}:
            return False
        if selection.papers and not any(p.lower() in f"{row.paper} {row.paper_label}".lower() for p in selection.papers):
            return False
        if selection.materials and not any(m.lower() in " ".join(row.materials).lower() for m in selection.materials):
            return False
        for prop, lo, hi in ranges:
            figure = row.best(prop)
            if figure is None or (lo is not None and figure.value < lo) or (hi is not None and figure.value > hi):
                return False
        return True

    rows = [r for r in table.rows if keep(r)]
    rows = _sorted(rows, selection, columns)
    if selection.limit is not None:
        rows = rows[: selection.limit]
    return replace(table, columns=columns, rows=tuple(rows))


def _sorted(rows: list[Row], selection: Selection, columns: Sequence[Column]) -> list[Row]:
    key = selection.sort
    if key in ("", "structure", "paper", "class"):
        attr = {"": "paper_label", "structure": "structure", "paper": "paper_label", "class": "cls"}[key]
        return sorted(rows, key=lambda r: str(getattr(r, attr)).lower(), reverse=bool(selection.descending))
    prop = _property_name(key)
    better = next((c.better for c in columns if c.name == prop), properties()[prop].better)
    descending = selection.descending if selection.descending is not None else better != "lower"
    present = [r for r in rows if r.best(prop)]
    missing = [r for r in rows if not r.best(prop)]           # rows without the figure go last, either way
    present.sort(key=lambda r: r.best(prop).value, reverse=descending)  # type: ignore[union-attr]
    return present + missing


# ------------------------------------------------------------------ writing the table
def cell_text(figure: Figure | None) -> str:
    return figure.text if figure else ""


def to_records(table: Comparison) -> list[dict[str, object]]:
    """One plain dict per row (JSON): the fixed columns, then each property's best figure."""
    records = []
    for row in table.rows:
        record: dict[str, object] = {"structure": row.structure, "paper": row.paper, "paper_label": row.paper_label,
                                     "class": row.cls, "subclass": row.subclass, "materials": list(row.materials)}
        for column in table.columns:
            figure = row.best(column.name)
            record[column.name] = None if figure is None else {
                "value": figure.value, "qualifier": figure.qualifier, "unit": figure.unit, "figure": figure.figure,
                "page": figure.page, "conditions": list(figure.conditions),
                "citations": [c.number for c in figure.citations], "others": len(row.cells[column.name]) - 1}
        records.append(record)
    return records


FIXED_HEADINGS = ("structure", "paper", "class", "materials")


def _row_citations(row: Row, columns: Sequence[Column]) -> str:
    numbers = sorted({c.number for col in columns if (f := row.best(col.name)) for c in f.citations})
    return ", ".join(map(str, numbers))


def _class_label(name: str) -> str:
    classes = structure_classes()
    return classes[name].label if name in classes else name


def csv_rows(table: Comparison) -> list[list[str]]:
    """The CSV cells, header first: structure, paper, class, materials, one column per property
    ('> 99' when qualified), then the citation numbers of the figures shown."""
    rows = [[*FIXED_HEADINGS, *(c.heading for c in table.columns), "citations"]]
    for row in table.rows:
        rows.append([row.structure, row.paper_label, _class_label(row.subclass or row.cls), "; ".join(row.materials),
                     *(qualified(f.qualifier, f.value) if (f := row.best(c.name)) else "" for c in table.columns),
                     _row_citations(row, table.columns)])
    return rows


def to_csv(table: Comparison) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    from pipeline.export import spreadsheet_cell
    fixed = len(FIXED_HEADINGS)
    for row in csv_rows(table):                 # text is never run as a formula; numbers ("-0.5") stay numbers
        writer.writerow([spreadsheet_cell("", cell) if i < fixed else cell for i, cell in enumerate(row)])
    return buffer.getvalue()


LATEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                 "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
LATEX_QUALIFIER = {">": "$>$", "<": "$<$", ">=": r"$\geq$", "<=": r"$\leq$", "~": r"$\sim$"}


def latex_escape(text: str) -> str:
    return "".join(LATEX_SPECIAL.get(ch, ch) for ch in text)


def latex_unit(unit: str) -> str:
    """'mA h cm-2' → 'mA\\,h\\,cm$^{-2}$'."""
    parts = []
    for part in unit.split():
        match = re.fullmatch(r"(.*?)(-?\d+)", part)
        parts.append(f"{latex_escape(match[1])}$^{{{match[2]}}}$" if match and match[1] else latex_escape(part))
    return r"\,".join(parts)


def to_latex(table: Comparison, caption: str = "") -> str:
    """A booktabs ``table`` environment: the same cells as the CSV, qualifiers as math symbols."""
    heads = [*(h.capitalize() for h in FIXED_HEADINGS),
             *(f"{latex_escape(c.label)}" + (f" ({latex_unit(c.unit)})" if c.unit else "") for c in table.columns),
             "Refs."]
    lines = [r"\begin{table}[htbp]", r"\centering", r"\small",
             r"\begin{tabular}{" + "llll" + "r" * len(table.columns) + "l}", r"\toprule",
             " & ".join(heads) + r" \\", r"\midrule"]
    for row in table.rows:
        cells = [latex_escape(row.structure), latex_escape(row.paper_label),
                 latex_escape(_class_label(row.subclass or row.cls)), latex_escape("; ".join(row.materials))]
        for column in table.columns:
            figure = row.best(column.name)
            if figure is None:
                cells.append("--")
            elif figure.qualifier in ("", "="):
                cells.append(number(figure.value))
            else:
                cells.append(f"{LATEX_QUALIFIER.get(figure.qualifier, latex_escape(figure.qualifier))} "
                             f"{number(figure.value)}")
        refs = _row_citations(row, table.columns)
        cells.append(f"[{refs}]" if refs else "")
        lines.append(" & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}"]
    if caption:
        lines.append(r"\caption{" + latex_escape(caption) + "}")
    lines.append(r"\end{table}")
    return "\n".join(lines) + "\n"
