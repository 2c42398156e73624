"""Comparison charts drawn with matplotlib from named queries: each chart is one query and one drawing.

``CHARTS`` maps a chart name to the named query it draws (``queries/NAME.rq``) and the function
that draws the query's rows, so a test or a user can run the very same query and count what the
chart shows. Axis labels take the property's label and canonical unit from the ontology.

- ``ce-cycles`` (or any pair with ``--x``/``--y``): one property against another, pairs read from
  one sentence about one structure (``figure-pairs``), coloured by class, each point labelled with
  its paper (first author and year), citation and test condition; a ">" or "<" figure is an open
  marker with an arrow the way the value may go.
- ``class-counts``: structures and figures per class and subclass (``class-counts``).
- ``best-per-class``: the best value of one property in each class (``best-per-class``), on an axis
  fitted to the values (CE of 99.1–99.7 % is not drawn on 0–120 %).

Charts are meant for slides: SVG keeps its text as text (``svg.fonttype: none``), ``title`` and
``dpi`` are the caller's.

Figures are built with ``matplotlib.figure.Figure`` (no pyplot state), so drawing is thread-safe
and needs no display.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import InputError
from pipeline.export import replacing
from pipeline.store.base import GraphStore
from pipeline.store.named import Table, get_query, run_named

if TYPE_CHECKING:
    from matplotlib.figure import Figure


# the ontology (rdflib) and the class colours (NetworkX) load where a chart is drawn: the CLI lists the
# charts without them


def _new_figure(**kwargs) -> Figure:
    """A pyplot-free Figure; matplotlib loads only when a chart is drawn, not when the CLI starts."""
    from matplotlib.figure import Figure
    return Figure(**kwargs)

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
Params = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart: the named query whose rows it draws, its fixed parameters, and how it draws them."""

    name: str
    summary: str
    query: str
    draw: Callable[..., Figure]                  # (rows, params, ChartContext) → Figure
    fixed: tuple[tuple[str, str], ...] = ()      # parameters the chart always sets
    takes_property: bool = False                   # whether --property chooses the query's ``property``
    takes_pair: bool = False                       # whether --x/--y choose the query's ``x`` and ``y``

    def params(self, prop: str | None = None, x: str | None = None, y: str | None = None) -> dict[str, str]:
        """The query parameters for this chart (``prop`` only where the chart takes a property, ``x``
        and ``y`` where it draws a pair)."""
        from pipeline.ontology import local_name
        given = dict(self.fixed)
        if prop is not None:
            if not self.takes_property:
                raise InputError(f"chart {self.name!r} takes no --property" + (" (it takes --x and --y)"
                                                                              if self.takes_pair else ""))
            given["property"] = local_name(prop)
        for axis, value in (("x", x), ("y", y)):
            if value is not None:
                if not self.takes_pair:
                    raise InputError(f"chart {self.name!r} takes no --{axis}")
                given[axis] = local_name(value)
        return given


@dataclass(frozen=True, slots=True)
class ChartContext:
    """What labels need beyond the query's rows: paper labels (Zhang 2017) and each figure's test conditions."""

    papers: Mapping[str, str] = field(default_factory=dict)
    conditions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, store: GraphStore) -> ChartContext:
        from pipeline.compare import comparison, paper_labels
        figures = {f.figure: f.conditions for row in comparison(store).rows for found in row.cells.values() for f in found}
        return cls(paper_labels(store), figures)


@dataclass(frozen=True, slots=True)
class PlotResult:
    path: Path
    chart: str
    marks: int           # points or bars drawn


def _axis_label(prop: str) -> str:
    from pipeline.ontology import property_def
    definition = property_def(prop)
    return f"{definition.label} ({definition.unit})" if definition.unit else definition.label


def _class_label(name: str) -> str:
    from pipeline.ontology import structure_classes
    classes = structure_classes()
    return classes[name].label if name in classes else name


def _empty(fig: Figure, text: str) -> Figure:
    ax = fig.axes[0] if fig.axes else fig.add_subplot()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def _cite(citations: object) -> str:
    numbers = citations if isinstance(citations, list) else []
    return "[" + ", ".join(map(str, numbers)) + "]" if numbers else "(own)"


def point_label(row: Mapping[str, object], papers: Mapping[str, str], conditions: Mapping[str, tuple[str, ...]]) -> str:
    """'Zhang 2017 [47] · 1 mA cm-2': who reported a point (the paper, then the work it cites) and the
    test condition read from the same sentence."""
    paper = papers.get(str(row.get("paper")), str(row.get("paper") or ""))
    condition = ", ".join(conditions.get(str(row.get("figure")), ()))
    return f"{paper} {_cite(row.get('citations'))}" + (f" · {condition}" if condition else "")


ARROW = {">": 1, ">=": 1, "<": -1, "<=": -1}


def _fit(ax, values: list[float], axis: str, ceiling: float | None = None) -> None:  # noqa: ANN001
    """Limits that frame the values (a little room around them), not 0 to far beyond them."""
    lo, hi = min(values), max(values)
    span = hi - lo
    pad = span * 0.12 if span else max(abs(hi) * 0.02, 0.5)
    # from zero when the values spread over most of it anyway, or zero is within the margin
    near_zero = lo >= 0 and (lo - pad < 0 or (hi > 0 and span / hi > 0.6))
    bottom = 0.0 if near_zero else lo - pad
    top = hi + pad * 1.6
    if ceiling is not None and hi <= ceiling:
        top = min(top, ceiling + pad * 0.6)
    (ax.set_ylim if axis == "y" else ax.set_xlim)(bottom, top)


def draw_pairs(table: Table, params: Params, context: ChartContext | None = None) -> Figure:
    """A scatter of y against x, one colour per class, each point labelled with its paper, citation and
    condition; a qualified figure (> or <) is an open marker with an arrow."""
    from pipeline.graph_view import class_colours
    from pipeline.ontology import property_def
    query = get_query("figure-pairs")
    x_prop, y_prop = (params.get(axis) or str(query.param(axis).default) for axis in ("x", "y"))
    context = context or ChartContext()
    fig = _new_figure(figsize=(7.5, 5), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlabel(_axis_label(x_prop))
    ax.set_ylabel(_axis_label(y_prop))
    ax.set_title(f"{property_def(y_prop).label} against {property_def(x_prop).label}, by class")
    if not table.rows:
        return _empty(fig, "no figure pairs in the store")
    colours = class_colours()
    for cls in sorted({str(r["class"]) for r in table.rows}):
        rows = [r for r in table.rows if r["class"] == cls]
        colour = colours.get(cls, "#777")
        open_marker = [r.get("x_qualifier") in ARROW or r.get("y_qualifier") in ARROW for r in rows]
        ax.scatter([r["x_value"] for r in rows], [r["y_value"] for r in rows], s=46, label=_class_label(cls),
                   facecolors=["white" if o else colour for o in open_marker], edgecolors=colour,
                   linewidths=1.4, zorder=3)
        for i, r in enumerate(rows):
            ax.annotate(point_label(r, context.papers, context.conditions), (r["x_value"], r["y_value"]),
                        textcoords="offset points", xytext=(6, 5 if i % 2 == 0 else -11), fontsize=7, color="#333")
            for axis, key in (("x", "x_qualifier"), ("y", "y_qualifier")):
                sign = ARROW.get(str(r.get(key)))
                if sign:          # an arrow from the point the way the true value may lie
                    dx, dy = (16 * sign, 0) if axis == "x" else (0, 16 * sign)
                    ax.annotate("", xy=(r["x_value"], r["y_value"]), xytext=(dx, dy), textcoords="offset points",
                                arrowprops={"arrowstyle": "<-", "color": colour, "lw": 1.1, "shrinkA": 0,
                                            "shrinkB": 4})
    xs = [float(r["x_value"]) for r in table.rows]    # type: ignore[arg-type]
    ys = [float(r["y_value"]) for r in table.rows]    # type: ignore[arg-type]
    if min(xs) > 0 and max(xs) / min(xs) > 30:
        ax.set_xscale("log")
    else:
        _fit(ax, xs, "x")
    _fit(ax, ys, "y", property_def(y_prop).max_value)
    ax.grid(True, alpha=0.3, zorder=0)
    ax.legend(title="class (open: > or <)", fontsize=8, title_fontsize=9, loc="best")
    return fig


def draw_class_counts(table: Table, params: Params, context: ChartContext | None = None) -> Figure:
    """Horizontal bars: structures and figures for each (class, subclass), grouped by class colour."""
    from pipeline.graph_view import class_colours
    rows = list(table.rows)
    fig = _new_figure(figsize=(8, 1.2 + 0.55 * max(len(rows), 1)), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title("Structures and figures per class and subclass")
    ax.set_xlabel("count (structures, figures)")
    if not rows:
        return _empty(fig, "no structures in the store")
    colours = class_colours()
    names = [f"{_class_label(str(r['class']))}\n  › {_class_label(str(r['subclass']))}" if r["subclass"]
             else f"{_class_label(str(r['class']))}\n  (no subclass)" for r in rows]
    ys = list(range(len(rows)))[::-1]
    height = 0.38
    colour = [colours.get(str(r["class"]), "#777") for r in rows]
    structures = ax.barh([y + height / 2 for y in ys], [r["structures"] for r in rows], height, color=colour,
                         label="structures")
    figures = ax.barh([y - height / 2 for y in ys], [r["figures"] for r in rows], height, color=colour,
                      alpha=0.45, hatch="//", edgecolor="white", label="figures")
    ax.bar_label(structures, padding=2, fontsize=8)
    ax.bar_label(figures, padding=2, fontsize=8)
    ax.set_yticks(ys, names, fontsize=8)
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(True, axis="x", alpha=0.3)
    return fig


def draw_best_per_class(table: Table, params: Params, context: ChartContext | None = None) -> Figure:
    """One bar per class: the best value of the property on a fitted axis, labelled with who reported it
    (paper and citation); a qualified best (> or <) is hatched and its label carries the sign."""
    from pipeline.graph_view import class_colours
    from pipeline.ontology import property_def
    prop = params.get("property") or str(get_query("best-per-class").param("property").default)
    definition = property_def(prop)
    context = context or ChartContext()
    fig = _new_figure(figsize=(7.5, 4.8), layout="constrained")
    ax = fig.add_subplot()
    better = "lowest" if definition.better == "lower" else "highest"
    ax.set_title(f"Best {definition.label} per class ({better} is best)")
    ax.set_ylabel(_axis_label(prop))
    if not table.rows:
        return _empty(fig, f"no {definition.label} figures in the store")
    colours = class_colours()
    rows = list(table.rows)
    qualifiers = [next((q for q in (r.get("qualifiers") or []) if q != "="), "") for r in rows]
    bars = ax.bar([textwrap.fill(_class_label(str(r["class"])), 30) for r in rows], [r["best"] for r in rows],
                  color=[colours.get(str(r["class"]), "#777") for r in rows], width=0.6,
                  hatch=["//" if q else "" for q in qualifiers], edgecolor="white")
    labels = []
    for r, q in zip(rows, qualifiers, strict=True):
        papers = ", ".join(context.papers.get(str(p), str(p)) for p in (r.get("papers") or []))
        labels.append(f"{q + ' ' if q else ''}{r['best']:g} {papers} {_cite(r['citations'])}\n{_short(r['structures'])}")
    ax.bar_label(bars, labels=labels, padding=3, fontsize=7.5)
    values = [float(r["best"]) for r in rows]                # type: ignore[arg-type]
    _fit(ax, values, "y", definition.max_value)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(True, axis="y", alpha=0.3)
    return fig


def _short(names: object, width: int = 34) -> str:
    text = "; ".join(map(str, names)) if isinstance(names, list) else str(names or "")
    return text if len(text) <= width else text[: width - 1] + "…"


CHARTS: dict[str, Chart] = {chart.name: chart for chart in (
    Chart("ce-cycles", "Coulombic efficiency against cycle number (or --x/--y), by class, labelled by paper, "
          "citation and condition", "figure-pairs", draw_pairs, takes_pair=True),   # x, y: the query's own
    Chart("class-counts", "Structures and figures per class and subclass", "class-counts", draw_class_counts),
    Chart("best-per-class", "The best value of a property (--property) in each class", "best-per-class",
          draw_best_per_class, takes_property=True),
)}


def get_chart(name: str) -> Chart:
    try:
        return CHARTS[name]
    except KeyError:
        raise InputError(f"no chart {name!r}; one of: {', '.join(CHARTS)}") from None


def chart_data(store: GraphStore, name: str, prop: str | None = None, x: str | None = None,
               y: str | None = None) -> tuple[Chart, Table, dict[str, str]]:
    """The chart, the rows of its named query, and the parameters they were asked with."""
    chart = get_chart(name)
    params = chart.params(prop, x, y)
    return chart, run_named(store, chart.query, params), params


def figure(store: GraphStore, name: str, prop: str | None = None, *, x: str | None = None, y: str | None = None,
           title: str | None = None) -> Figure:
    """The chart ``name`` as a matplotlib Figure, not yet written anywhere."""
    chart, table, params = chart_data(store, name, prop, x, y)
    fig = chart.draw(table, params, ChartContext.of(store))
    if title is not None and fig.axes:
        fig.axes[0].set_title(title)
    return fig


def count_marks(fig: Figure) -> int:
    """Points (scatter offsets) and bars (rectangles in bar containers) drawn on a figure's axes."""
    marks = 0
    for ax in fig.axes:
        marks += sum(len(c.get_offsets()) for c in ax.collections)
        marks += sum(len(container) for container in ax.containers)
    return marks


def plot(store: GraphStore, name: str, out: Path, prop: str | None = None, *, x: str | None = None,
         y: str | None = None, title: str | None = None, dpi: int = 150) -> PlotResult:
    """Draw chart ``name`` into ``out`` (.png, .svg or .pdf); InputError for another suffix or a bad path.

    SVG keeps its text as text (editable on a slide); ``dpi`` sets a PNG's resolution.
    """
    out = Path(out)
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InputError(f"{out}: a chart is written as {', '.join(FORMATS)}; not {out.suffix or 'no suffix'}")
    if not 36 <= dpi <= 1200:
        raise InputError(f"--dpi {dpi}: give a resolution between 36 and 1200")
    fig = figure(store, name, prop, x=x, y=y, title=title)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with replacing(out) as temp:
            # fixed metadata, so an unchanged graph gives an unchanged file
            metadata = {"Date": None} if fmt in ("svg", "pdf") else {"Software": None}
            import matplotlib
            with matplotlib.rc_context({"svg.hashsalt": "anodekg", "svg.fonttype": "none", "pdf.fonttype": 42}):
                fig.savefig(temp, format=fmt, dpi=dpi, metadata=metadata)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return PlotResult(out, name, count_marks(fig))
