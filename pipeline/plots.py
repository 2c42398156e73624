"""Comparison charts drawn with matplotlib from named queries: each chart is one query and one drawing.

``CHARTS`` maps a chart name to the named query it draws (``queries/NAME.rq``) and the function
that draws the query's rows, so a test or a user can run the very same query and count what the
chart shows. Axis labels take the property's label and canonical unit from the ontology.

- ``ce-cycles``: Coulombic efficiency against cycle number, pairs read from one sentence about one
  structure (``figure-pairs``), coloured by class, each point labelled with its citation.
- ``class-counts``: structures and figures per class and subclass (``class-counts``).
- ``best-per-class``: the best value of one property in each class (``best-per-class``).

Figures are built with ``matplotlib.figure.Figure`` (no pyplot state), so drawing is thread-safe
and needs no display.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import InputError
from pipeline.export import replacing
from pipeline.graph_view import class_colours
from pipeline.ontology import local_name, property_def, structure_classes
from pipeline.store.base import GraphStore
from pipeline.store.named import Table, get_query, run_named
from pipeline.vocab import AKG

if TYPE_CHECKING:
    from matplotlib.figure import Figure


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
    draw: Callable[[Table, Params], Figure]
    fixed: tuple[tuple[str, str], ...] = ()      # parameters the chart always sets
    takes_property: bool = False                   # whether --property chooses the query's ``property``

    def params(self, prop: str | None = None) -> dict[str, str]:
        """The query parameters for this chart (``prop`` only where the chart takes a property)."""
        given = dict(self.fixed)
        if prop is not None:
            if not self.takes_property:
                raise InputError(f"chart {self.name!r} takes no --property")
            given["property"] = local_name(prop)
        return given


@dataclass(frozen=True, slots=True)
class PlotResult:
    path: Path
    chart: str
    marks: int           # points or bars drawn


def _axis_label(prop: str) -> str:
    definition = property_def(prop)
    return f"{definition.label} ({definition.unit})" if definition.unit else definition.label


def _class_label(name: str) -> str:
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


def draw_pairs(table: Table, params: Params) -> Figure:
    """A scatter of y against x, one colour per class, each point labelled with its citation."""
    x_prop, y_prop = params["x"], params["y"]
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
        ax.scatter([r["x_value"] for r in rows], [r["y_value"] for r in rows], s=46, label=_class_label(cls),
                   color=colours.get(cls, "#777"), edgecolors="white", linewidths=0.6, zorder=3)
        for r in rows:
            ax.annotate(_cite(r["citations"]), (r["x_value"], r["y_value"]), textcoords="offset points",
                        xytext=(5, 4), fontsize=8, color="#333")
    xs = [float(r["x_value"]) for r in table.rows]    # type: ignore[arg-type]
    if min(xs) > 0 and max(xs) / min(xs) > 30:
        ax.set_xscale("log")
    ax.grid(True, alpha=0.3, zorder=0)
    ax.legend(title="class", fontsize=8, title_fontsize=9, loc="best")
    return fig


def draw_class_counts(table: Table, params: Params) -> Figure:
    """Horizontal bars: structures and figures for each (class, subclass), grouped by class colour."""
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


def draw_best_per_class(table: Table, params: Params) -> Figure:
    """One bar per class: the best value of the property, labelled with who reported it."""
    prop = params.get("property") or str(get_query("best-per-class").param("property").default)
    definition = property_def(prop)
    fig = _new_figure(figsize=(7.5, 4.8), layout="constrained")
    ax = fig.add_subplot()
    better = "lowest" if definition.better == "lower" else "highest"
    ax.set_title(f"Best {definition.label} per class ({better} is best)")
    ax.set_ylabel(_axis_label(prop))
    if not table.rows:
        return _empty(fig, f"no {definition.label} figures in the store")
    colours = class_colours()
    rows = list(table.rows)
    bars = ax.bar([textwrap.fill(_class_label(str(r["class"])), 30) for r in rows], [r["best"] for r in rows],
                  color=[colours.get(str(r["class"]), "#777") for r in rows], width=0.6)
    ax.bar_label(bars, labels=[f"{r['best']:g} {_cite(r['citations'])}\n{_short(r['structures'])}" for r in rows],
                 padding=3, fontsize=8)
    values = [float(r["best"]) for r in rows]                # type: ignore[arg-type]
    top = max(values)
    ax.set_ylim(min(0.0, min(values)) * 1.15, top * 1.22 if top > 0 else 1)
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(True, axis="y", alpha=0.3)
    return fig


def _short(names: object, width: int = 34) -> str:
    text = "; ".join(map(str, names)) if isinstance(names, list) else str(names or "")
    return text if len(text) <= width else text[: width - 1] + "…"


CHARTS: dict[str, Chart] = {chart.name: chart for chart in (
    Chart("ce-cycles", "Coulombic efficiency against cycle number, by class, labelled by citation",
          "figure-pairs", draw_pairs,
          fixed=(("x", local_name(AKG.CycleNumber)), ("y", local_name(AKG.CoulombicEfficiency)))),
    Chart("class-counts", "Structures and figures per class and subclass", "class-counts", draw_class_counts),
    Chart("best-per-class", "The best value of a property (--property) in each class", "best-per-class",
          draw_best_per_class, takes_property=True),
)}


def get_chart(name: str) -> Chart:
    try:
        return CHARTS[name]
    except KeyError:
        raise InputError(f"no chart {name!r}; one of: {', '.join(CHARTS)}") from None


def chart_data(store: GraphStore, name: str, prop: str | None = None) -> tuple[Chart, Table, dict[str, str]]:
    """The chart, the rows of its named query, and the parameters they were asked with."""
    chart = get_chart(name)
    params = chart.params(prop)
    return chart, run_named(store, chart.query, params), params


def figure(store: GraphStore, name: str, prop: str | None = None) -> Figure:
    """The chart ``name`` as a matplotlib Figure, not yet written anywhere."""
    chart, table, params = chart_data(store, name, prop)
    return chart.draw(table, params)


def count_marks(fig: Figure) -> int:
    """Points (scatter offsets) and bars (rectangles in bar containers) drawn on a figure's axes."""
    marks = 0
    for ax in fig.axes:
        marks += sum(len(c.get_offsets()) for c in ax.collections)
        marks += sum(len(container) for container in ax.containers)
    return marks


def plot(store: GraphStore, name: str, out: Path, prop: str | None = None) -> PlotResult:
    """Draw chart ``name`` into ``out`` (.png, .svg or .pdf); InputError for another suffix or a bad path."""
    out = Path(out)
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise InputError(f"{out}: a chart is written as {', '.join(FORMATS)}; not {out.suffix or 'no suffix'}")
    fig = figure(store, name, prop)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with replacing(out) as temp:
            # fixed metadata, so an unchanged graph gives an unchanged file
            metadata = {"Date": None} if fmt in ("svg", "pdf") else {"Software": None}
            import matplotlib
            with matplotlib.rc_context({"svg.hashsalt": "anodekg"}):
                fig.savefig(temp, format=fmt, dpi=150, metadata=metadata)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return PlotResult(out, name, count_marks(fig))
