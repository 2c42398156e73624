"""The HTML export: one standalone, offline page with two views of the store.

- **Graph**: drawn with a vendored Cytoscape.js at positions computed here (``layout.py``), so the
  browser runs no layout. Past ``OVERVIEW_LIMIT`` nodes the page opens on the overview (papers,
  classes, structures) and adds figures, cited works and materials when asked (a type box, or a
  click on a node, which focuses on its neighbourhood).
- **Table**: the comparison table (``pipeline.compare``): structures × properties, sortable and
  filterable, with CSV and LaTeX downloads of what is shown.

``template.html``, ``viewer.css``, ``viewer.js`` and ``table.js`` are ours; ``cytoscape.min.js`` is
Cytoscape.js 3.34.4 from the npm registry, committed with its licence (``LICENSE-cytoscape``, see
VENDORED.md). Everything, the data included, is inlined into the one file, so the page needs no
network. Served by ``anodekg serve``, the same page links each figure to its highlighted PDF page.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from pipeline import __version__
from pipeline.graph_view import (
    CLASS,
    MATERIAL,
    MEASUREMENT,
    PAPER,
    REFERENCE,
    STRUCTURE,
    class_colours,
    cytoscape_elements,
)
from pipeline.ontology import structure_classes
from pipeline.provenance import figure_iri

if TYPE_CHECKING:
    from pipeline.compare import Comparison, Figure

HERE = Path(__file__).resolve().parent
CYTOSCAPE_VERSION = "3.34.4"

# how each node type is drawn: shape and size; by_class types take their class's colour
NODE_STYLE = {
    PAPER: {"label": "Papers", "shape": "round-rectangle", "size": 36, "colour": "#1f2d3d", "rank": 6},
    CLASS: {"label": "Classes", "shape": "hexagon", "size": 30, "byClass": True, "rank": 5},
    STRUCTURE: {"label": "Structures", "shape": "ellipse", "size": 22, "byClass": True, "rank": 4},
    MEASUREMENT: {"label": "Figures", "shape": "diamond", "size": 11, "byClass": True, "rank": 3},
    MATERIAL: {"label": "Materials", "shape": "triangle", "size": 15, "colour": "#8c6d31", "rank": 2},
    REFERENCE: {"label": "Cited works", "shape": "ellipse", "size": 8, "colour": "#b0b0b0", "rank": 1},
}


def _classes(g: nx.MultiDiGraph) -> list[dict[str, object]]:
    """Legend entries: every class some node is in, top classes each followed by their subclasses."""
    colours = class_colours()
    defs = structure_classes()
    counts: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        if d["type"] == STRUCTURE:
            for name in (d["class"], d["subclass"]):
                if name:
                    counts[name] = counts.get(name, 0) + 1
    present = {d["class"] for _, d in g.nodes(data=True) if "class" in d} | set(counts)
    entries = []
    for top in sorted(n for n in present if n in colours):
        entries.append({"name": top, "label": defs[top].label if top in defs else top,
                        "superclass": "", "colour": colours[top], "structures": counts.get(top, 0)})
        for sub in sorted(n for n in present if n in defs and defs[n].parent == defs[top].iri):
            entries.append({"name": sub, "label": defs[sub].label, "superclass": top, "colour": colours[top],
                            "structures": counts.get(sub, 0)})
    return entries


def _properties(g: nx.MultiDiGraph) -> list[dict[str, object]]:
    """Range-filter choices: each property some figure reports, with its unit and value range."""
    found: dict[str, dict[str, object]] = {}
    for _, d in g.nodes(data=True):
        if d["type"] != MEASUREMENT:
            continue
        p = found.setdefault(d["property"], {"name": d["property"], "label": d["property_label"], "unit": d["unit"],
                                             "count": 0, "min": d["value"], "max": d["value"]})
        p["count"] = int(p["count"]) + 1
        p["min"], p["max"] = min(p["min"], d["value"]), max(p["max"], d["value"])  # type: ignore[type-var]
    return sorted(found.values(), key=lambda p: str(p["label"]).lower())


def _script_json(data: object) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' that could close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


OVERVIEW_LIMIT = 2500          # past this many nodes the page opens on papers, classes and structures
OVERVIEW_TYPES = (PAPER, CLASS, STRUCTURE)


def _elements(g: nx.MultiDiGraph) -> dict[str, list[dict[str, object]]]:
    """Cytoscape elements with their precomputed positions; a figure also carries its short id."""
    from pipeline.provenance import short_id
    from pipeline.viewer.layout import layout
    elements = cytoscape_elements(g)
    positions = layout(g)
    for node in elements["nodes"]:
        data = node["data"]
        x, y = positions[str(data["id"])]
        node["position"] = {"x": x, "y": y}
        if data.get("type") == MEASUREMENT:
            data["figure"] = short_id(str(data["id"]))
    return elements


def _table(table: Comparison | None) -> dict[str, object] | None:
    """The comparison table as the page's script reads it (short keys: it is inlined for every cell)."""
    if table is None:
        return None

    def cell(figures: tuple[Figure, ...]) -> dict[str, object]:
        best = figures[0]
        return {"v": best.value, "q": best.qualifier, "u": best.unit, "fig": best.figure, "page": best.page,
                "node": figure_iri(best.figure), "cond": list(best.conditions), "s": best.sentence,
                "cites": [{"n": c.number, "doi": c.doi, "label": c.label, "node": c.node} for c in best.citations],
                "more": len(figures) - 1}

    return {"columns": [{"name": c.name, "label": c.label, "unit": c.unit, "role": c.role, "better": c.better}
                        for c in table.columns],
            "rows": [{"key": r.key, "structure": r.structure, "paper": r.paper, "paperLabel": r.paper_label,
                      "class": r.cls, "subclass": r.subclass, "materials": list(r.materials),
                      "cells": {prop: cell(figures) for prop, figures in r.cells.items()}} for r in table.rows]}


def render(g: nx.MultiDiGraph, title: str = "AnodeKG graph", *, table: Comparison | None = None,
           figure_pages: str = "") -> str:
    """The whole page for ``g`` (and the comparison ``table``) as one HTML string.

    ``figure_pages`` is the URL prefix of a figure's page (``/figure/`` when served); offline pages
    have none, and a figure shows its page number only.
    """
    overview = g.number_of_nodes() > OVERVIEW_LIMIT
    data = {"title": title, "elements": _elements(g), "classes": _classes(g),
            "types": [{"name": name, **style, "overview": name in OVERVIEW_TYPES} for name, style in NODE_STYLE.items()],
            "properties": _properties(g), "overview": overview, "table": _table(table), "figurePages": figure_pages,
            "counts": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}}
    parts = {
        "TITLE": html.escape(title),
        "VERSION": html.escape(__version__),
        "CSS": (HERE / "viewer.css").read_text(encoding="utf-8"),
        "DATA": _script_json(data),
        "CYTOSCAPE": (HERE / "cytoscape.min.js").read_text(encoding="utf-8"),
        "VIEWER": (HERE / "viewer.js").read_text(encoding="utf-8"),
        "TABLE": (HERE / "table.js").read_text(encoding="utf-8"),
    }
    template = (HERE / "template.html").read_text(encoding="utf-8")
    # one pass, so text inside the graph or the scripts is never taken for a placeholder
    return re.sub(r"__(TITLE|VERSION|CSS|DATA|CYTOSCAPE|VIEWER|TABLE)__", lambda m: parts[m[1]], template)
