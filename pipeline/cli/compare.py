"""`anodekg compare` and `anodekg properties`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.common import LimitOpt, StoreOpt, app, err, open_cli_store, out, reported
from pipeline.errors import InputError, QueryError


class CompareFormat(StrEnum):
    table = "table"
    csv = "csv"
    latex = "latex"
    json = "json"


def _range(text: str, bound: str) -> tuple[str, float]:
    name, sep, value = text.partition("=")
    try:
        return name.strip(), float(value)
    except ValueError:
        raise QueryError(f"--{bound} takes PROPERTY=NUMBER, not {text!r}") from None


@app.command()
def compare(
    prop: Annotated[list[str] | None, typer.Option(
        "--property", metavar="PROPERTY", help="A column, by name (CoulombicEfficiency) or label; repeatable, in "
        "order. Default: every property some structure reports.")] = None,
    cls: Annotated[list[str] | None, typer.Option("--class", metavar="CLASS", help="Only structures of this class "
                                                  "or subclass (local name); repeatable.")] = None,
    paper: Annotated[list[str] | None, typer.Option(help="Only this paper: its id or label (Zhang 2017), or part "
                                                    "of one; repeatable.")] = None,
    material: Annotated[list[str] | None, typer.Option(help="Only structures with a material whose name holds "
                                                       "this; repeatable.")] = None,
    minimum: Annotated[list[str] | None, typer.Option("--min", metavar="PROPERTY=VALUE", help="Only structures "
                                                      "whose best figure of PROPERTY is at least VALUE.")] = None,
    maximum: Annotated[list[str] | None, typer.Option("--max", metavar="PROPERTY=VALUE",
                                                      help="… at most VALUE.")] = None,
    sort: Annotated[str, typer.Option(metavar="PROPERTY|structure|paper|class", help="Order of the rows; a "
                                      "property sorts best first (its direction comes from the ontology).")] = "",
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="A table, CSV, LaTeX (booktabs) or JSON.")
                   ] = CompareFormat.table,
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")
                        ] = None,
    limit: LimitOpt = None,
    store: StoreOpt = "",
) -> None:
    """Compare structures side by side: one row per structure (paper, class, materials), one column per
    property, each cell the structure's best figure with its qualifier and unit.

    The same table, with sorting, filters, test conditions and links to each figure's page, is in the
    HTML export ([bold]anodekg export --format html[/], tab "Table") and at /compare of [bold]anodekg serve[/].

    Example: [bold]anodekg compare --property CoulombicEfficiency --property CurrentDensity --min CoulombicEfficiency=98 --format latex[/]
    """
    from pipeline.compare import Selection, comparison, select_rows, to_csv, to_latex, to_records
    with reported():
        ranges: dict[str, list[float | None]] = {}
        for text in minimum or []:
            name, value = _range(text, "min")
            ranges.setdefault(name, [None, None])[0] = value
        for text in maximum or []:
            name, value = _range(text, "max")
            ranges.setdefault(name, [None, None])[1] = value
        selection = Selection(tuple(prop or ()), tuple(cls or ()), tuple(paper or ()), tuple(material or ()),
                              tuple((name, lo, hi) for name, (lo, hi) in ranges.items()), sort, limit=limit)
        graph_store = open_cli_store(store, must_exist=True)
        try:
            table = select_rows(comparison(graph_store), selection)
        finally:
            graph_store.close()
        if fmt == CompareFormat.table and out_path is None:
            _print_table(table)
            return
        text = {CompareFormat.csv: to_csv, CompareFormat.latex: to_latex,
                CompareFormat.json: lambda t: json.dumps(to_records(t), ensure_ascii=False, indent=1) + "\n",
                CompareFormat.table: to_csv}[fmt](table)
        if out_path is None:
            print(text, end="")
            return
        try:
            out_path.parent.mkdir(parents=True, exist_ok=True)
            out_path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {out_path}: {exc.strerror or exc}") from exc
    err.print(f"wrote {out_path} ({len(table.rows)} structures × {len(table.columns)} properties)")


def _print_table(table) -> None:  # noqa: ANN001 - a pipeline.compare.Comparison
    from rich.table import Table as RichTable

    from pipeline.compare import cell_text
    rich = RichTable(header_style="bold cyan", title="comparison")
    for heading in ("structure", "paper", "class", "materials"):
        rich.add_column(heading, overflow="fold", max_width=36)
    for column in table.columns:
        rich.add_column(column.heading, justify="right", overflow="fold", max_width=18)
    for row in table.rows:
        rich.add_row(row.structure, row.paper_label, row.subclass or row.cls, ", ".join(row.materials),
                     *(cell_text(row.best(c.name)) for c in table.columns))
    out.print(rich)
    err.print(f"{len(table.rows)} structure(s) × {len(table.columns)} propert{'y' if len(table.columns) == 1 else 'ies'}")


@app.command()
def properties(
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="A table or JSON.")] = CompareFormat.table,
) -> None:
    """List the properties a figure can report, from the ontology: the name to give --property or
    --param property=…, its label, canonical unit, role (performance figure or test condition) and
    which direction is better.

    Example: [bold]anodekg properties[/]
    """
    from pipeline import api
    rows = api.properties()
    if fmt == CompareFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from rich.table import Table as RichTable
    rich = RichTable(title="properties", header_style="bold cyan")
    for column in ("name", "label", "unit", "role", "better"):
        rich.add_column(column)
    for row in rows:
        rich.add_row(*(row[c] for c in ("name", "label", "unit", "role", "better")))
    out.print(rich)
