"""The graph → files for other tools.

RDF: ``turtle`` (the union of all graphs), ``trig`` and ``nquads`` (every named graph), ``jsonld``
(every named graph, compacted with a @context of AnodeKG's prefixes). NetworkX projection
(``graph_view.project``): ``graphml`` (yEd, Gephi; streamed by ``pipeline.graphml``), ``gexf`` (Gephi), ``cytoscape`` (Cytoscape.js
and Cytoscape desktop JSON) and ``html`` (one offline page, ``pipeline/viewer``). Table: ``csv``,
the measurements contract as a spreadsheet opens it.

Each writer writes to a temporary file beside ``out`` and renames it, so a failed export never
leaves a half-written file where the user expects the old one.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from pipeline.errors import InputError, StoreError
from pipeline.store.base import GraphStore, Rows
from pipeline.store.named import run_named

if TYPE_CHECKING:
    from rdflib import Dataset

# NetworkX, rdflib and the viewer load in the writer that needs them, not when the CLI starts

Writer = Callable[[GraphStore, Path], None]

# the spreadsheet's columns, from the measurements contract; qualifier "=" is left blank (exact)
CSV_COLUMNS = ("paper", "structure", "class", "subclass", "property", "qualifier", "value", "unit",
               "citations", "page", "sentence")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _dump_rdf(fmt: ox.RdfFormat) -> Writer:
    def write(store: GraphStore, out: Path) -> None:
        store.dump(out, fmt)
    return write


def quads_dataset(store: GraphStore) -> Dataset:
    """Every quad of every named graph, as an rdflib Dataset (through N-Quads text)."""
    from rdflib import Dataset
    result = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    if not isinstance(result, Rows):
        raise StoreError("the store did not answer a quad listing")
    text = "".join(f"{s} {p} {o} {g} .\n" for s, p, o, g in result.rows)
    dataset = Dataset()
    dataset.parse(data=text, format="nquads")
    return dataset


def _jsonld(store: GraphStore, out: Path) -> None:
    """All named graphs as JSON-LD, compacted with a @context of AnodeKG's prefixes."""
    from pipeline.build_rdf import PREFIXES
    data = quads_dataset(store).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True,
                                          indent=1)
    out.write_text(data if isinstance(data, str) else data.decode("utf-8"), encoding="utf-8")


def _graphml(store: GraphStore, out: Path) -> None:
    from pipeline.graph_view import project
    from pipeline.graphml import write_graphml
    write_graphml(project(store), out)


def _gexf(store: GraphStore, out: Path) -> None:
    import networkx as nx

    from pipeline.graph_view import project
    nx.write_gexf(project(store), out)


def _cytoscape(store: GraphStore, out: Path) -> None:
    """Cytoscape.js JSON, which Cytoscape desktop imports too (File → Import → Network from File)."""
    from pipeline.graph_view import cytoscape_elements, project
    from pipeline.viewer import CYTOSCAPE_VERSION
    g = project(store)
    data = {"format_version": "1.0", "generated_by": "AnodeKG", "target_cytoscapejs_version": f"~{CYTOSCAPE_VERSION.rsplit('.', 1)[0]}",
            "data": {"name": "AnodeKG"}, "directed": True, "multigraph": True, "elements": cytoscape_elements(g)}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def html_page(store: GraphStore, figure_pages: str = "") -> str:
    """The viewer page of the store: the graph and the comparison table (see ``pipeline/viewer``)."""
    from pipeline.compare import comparison
    from pipeline.graph_view import project
    from pipeline.viewer import render
    return render(project(store), "AnodeKG", table=comparison(store), figure_pages=figure_pages)


def _html(store: GraphStore, out: Path) -> None:
    out.write_text(html_page(store), encoding="utf-8")


def spreadsheet_cell(column: str, value: object) -> object:
    """A value as a spreadsheet should see it: lists joined, and text never run as a formula.

    Text that starts like a formula (=, +, -, @) gets a leading apostrophe, as OWASP advises against
    CSV injection; the exact qualifier "=" is written as an empty cell instead.
    """
    if column == "qualifier" and value == "=":
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv(store: GraphStore, out: Path) -> None:
    """The measurements table in UTF-8 with a byte-order mark, so spreadsheets read µ and − right."""
    table = run_named(store, "measurements")
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in table.rows:
            writer.writerow([spreadsheet_cell(c, row.get(c)) for c in CSV_COLUMNS])


WRITERS: dict[str, Writer] = {
    "turtle": _dump_rdf(ox.RdfFormat.TURTLE),
    "trig": _dump_rdf(ox.RdfFormat.TRIG),
    "nquads": _dump_rdf(ox.RdfFormat.N_QUADS),
    "jsonld": _jsonld,
    "graphml": _graphml,
    "gexf": _gexf,
    "cytoscape": _cytoscape,
    "csv": _csv,
    "html": _html,
}


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` that becomes ``out`` only if the block succeeds."""
    temp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        yield temp
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)


def export(store: GraphStore, fmt: str, out: Path) -> Path:
    """Write the store's graph as ``fmt`` to ``out``; InputError for an unknown format or a bad path."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown export format {fmt!r}; one of: {', '.join(WRITERS)}")
    out = Path(out)
    if out.is_dir():
        raise InputError(f"{out} is a folder; give a file name, e.g. {out / ('anodekg.' + fmt)}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with replacing(out) as temp:
            writer(store, temp)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out
