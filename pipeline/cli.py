"""The ``anodekg`` command: parse options, call one function in ``api``, render the result.

Results go to stdout (a table, JSON or CSV); progress, colour and errors go to stderr. Errors become
exit codes in one place, ``reported``:

  0 success · 1 unexpected error · 2 usage error · 3 unreadable input (missing, not a PDF, encrypted,
  scanned, damaged) · 4 bad query or parameter · 5 SHACL violation · 6 store error
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from pipeline import __version__, api
from pipeline.errors import AnodeKGError, StoreError
from pipeline.read_pdf import ReadLimits
from pipeline.records import NOISE_KINDS
from pipeline.store.base import STORE_ENV, default_store_url, open_store, split_url
from queries.runner import Table, named_queries, parse_params

app = typer.Typer(
    name="anodekg", no_args_is_help=True, rich_markup_mode="rich", add_completion=False,
    help="AnodeKG: read review PDFs on lithium metal anodes into a knowledge graph, and query it.\n\n"
         "  anodekg ingest graph_data/sources/\n"
         "  anodekg query compare-classes\n"
         "  anodekg query above-threshold --param property=CoulombicEfficiency --param min_value=99\n\n"
         f"The store is ./graph_data/store unless --store or ${STORE_ENV} says otherwise.")
out = Console(soft_wrap=True)
err = Console(stderr=True)
STATE = {"debug": False}

StoreOpt = Annotated[str, typer.Option(
    "--store", envvar=STORE_ENV, show_envvar=True, metavar="DIR",
    help="Store directory (or URL). Default: ./graph_data/store.")]


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output as a table, JSON or CSV.")]


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    STATE["debug"] = debug
    if version:
        out.print(__version__)
        raise typer.Exit(0)


@contextmanager
def reported() -> Iterator[None]:
    """The one place errors become messages and exit codes."""
    try:
        yield
    except AnodeKGError as exc:
        if STATE["debug"]:
            err.print_exception()
        err.print(f"[red]error:[/] {type(exc).__name__}: {exc}", markup=True, highlight=False)
        raise typer.Exit(exc.exit_code) from exc


def _store(url: str, *, must_exist: bool = False):
    url = url or default_store_url()
    scheme, location = split_url(url)
    if must_exist and scheme == "oxigraph" and not Path(location).exists():
        raise StoreError(f"{location}: no store here yet — run `anodekg ingest PDF --store {location}` first")
    return open_store(url)


def render(table: Table, fmt: OutputFormat, title: str = "") -> None:
    if fmt == OutputFormat.json:
        out.print_json(json.dumps(list(table.rows), ensure_ascii=False, default=str)) if sys.stdout.isatty() \
            else print(json.dumps(list(table.rows), ensure_ascii=False, indent=1, default=str))
        return
    if fmt == OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(table.columns), extrasaction="ignore")
        writer.writeheader()
        for row in table.rows:
            writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
        sys.stdout.write(buffer.getvalue())
        return
    rich_table = RichTable(title=title or None, show_lines=False, header_style="bold cyan")
    for column in table.columns:
        rich_table.add_column(column, overflow="fold", max_width=60)
    for row in table.rows:
        rich_table.add_row(*[_cell(row.get(c)) for c in table.columns])
    out.print(rich_table)
    err.print(f"{len(table.rows)} row(s)")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


# ----------------------------------------------------------------------------------------- commands

@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files or folders of PDFs.", show_default=False)],
    store: StoreOpt = "",
    password: Annotated[str | None, typer.Option(help="Password for encrypted PDFs.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-read files even when unchanged.")] = False,
    max_pages: Annotated[int, typer.Option(help="Refuse PDFs with more pages.")] = ReadLimits().max_pages,
    max_bytes: Annotated[int, typer.Option(help="Refuse PDFs larger than this.")] = ReadLimits().max_bytes,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read PDFs (or folders of PDFs) and add their figures to the graph.

    Each paper becomes one named graph, written in one transaction; an unchanged file is skipped,
    and a file that fails is reported while the rest of the batch goes on. Exits 3 when a file
    could not be read.

    Example: [bold]anodekg ingest graph_data/sources/ --store graph_data/store[/]
    """
    with reported():
        graph_store = _store(store)
        try:
            with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                          MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
                          disable=as_json) as bar:
                task = bar.add_task("ingesting", total=None)

                def progress(current: str, done: int, total: int) -> None:
                    bar.update(task, completed=done, total=total, description=Path(current).name or "done")

                report = api.ingest(paths, graph_store, password=password, force=force, progress=progress,
                                    limits=ReadLimits(max_pages=max_pages, max_bytes=max_bytes))
        finally:
            graph_store.close()
    rows = [{"file": Path(o.path).name, "status": o.status, "paper": o.doc_id, "pages": o.pages,
             "figures": o.figures, "structures": o.structures, "references": o.references,
             "seconds": round(o.seconds, 2), "error": o.error} for o in report.outcomes]
    if as_json:
        print(json.dumps({"files": rows, "triples": report.triples}, ensure_ascii=False, indent=1))
    else:
        table = RichTable(title="ingest", header_style="bold cyan")
        for column in ("file", "status", "paper", "pages", "figures", "structures", "references", "seconds"):
            table.add_column(column, overflow="fold")
        for row in rows:
            colour = {"ok": "green", "skipped": "yellow", "failed": "red"}[row["status"]]
            table.add_row(*(str(row[c]) for c in ("file",)), f"[{colour}]{row['status']}[/]",
                          *(str(row[c]) for c in ("paper", "pages", "figures", "structures", "references",
                                                   "seconds")))
        out.print(table)
        out.print(f"store: {graph_store.location} · {report.triples} triples")
    for failure in report.failed:
        err.print(f"[red]failed:[/] {failure.error}", highlight=False)
    if report.failed:
        raise typer.Exit(report.failed[0].exit_code or 1)


class ReadFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def read(
    pdf: Annotated[Path, typer.Argument(help="A PDF file.", show_default=False)],
    fmt: Annotated[ReadFormat, typer.Option("--format", "-f", help="Plain text, or JSON blocks.")] = ReadFormat.text,
    password: Annotated[str | None, typer.Option(help="Password for an encrypted PDF.")] = None,
    noise: Annotated[bool, typer.Option("--noise", help="Also show headers, footers and stamps.")] = False,
    store: StoreOpt = "",
) -> None:
    """Show what the reader makes of a PDF: text in reading order, or its blocks as JSON.

    Example: [bold]anodekg read paper.pdf --format json | jq '.blocks[] | select(.kind=="heading")'[/]
    """
    with reported():
        document = api.read(pdf, password)
    if fmt == ReadFormat.json:
        print(json.dumps(_document_json(document), ensure_ascii=False, indent=1))
        return
    for block in document.blocks:
        if block.kind in NOISE_KINDS and not noise:
            continue
        print(block.text)
        print()


def _document_json(document) -> dict:
    from dataclasses import asdict
    data = asdict(document)
    data["blocks"] = [
        {"kind": str(b.kind), "page": b.page, "order": b.order, "section": list(b.section), "level": b.level,
         "bbox": [b.bbox.x0, b.bbox.top, b.bbox.x1, b.bbox.bottom], "text": b.text,
         "citations": [{"numbers": list(m.numbers), "at": m.start} for m in b.citations]}
        for b in document.blocks]
    return data


@app.command("queries")
def list_queries(store: StoreOpt = "") -> None:
    """List the named queries with what they answer and the parameters they take.

    Example: [bold]anodekg queries[/]
    """
    table = RichTable(title="named queries", header_style="bold cyan", show_lines=True)
    table.add_column("name", style="bold")
    table.add_column("answers", overflow="fold")
    table.add_column("parameters", overflow="fold")
    for query in named_queries().values():
        params = "\n".join(f"{p.name}: {p.type}{'?' if p.optional else ''}"
                           + (f" = {p.default}" if p.default else "") + (f"  ({p.doc})" if p.doc else "")
                           for p in query.params)
        table.add_row(query.name, query.summary, params or "—")
    out.print(table)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query; see `anodekg queries`.", show_default=False)],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable.")] = None,
    fmt: FormatOpt = OutputFormat.table,
    store: StoreOpt = "",
) -> None:
    """Run a named comparison query.

    Example: [bold]anodekg query best-by-property --param property=Lifespan --param k=5[/]
    """
    with reported():
        given = parse_params(param or [])
        graph_store = _store(store, must_exist=True)
        try:
            table = api.query(graph_store, name, given)
        finally:
            graph_store.close()
    render(table, fmt, title=name)


@app.command()
def sparql(
    text: Annotated[str, typer.Argument(help="A SPARQL SELECT/ASK/CONSTRUCT, or @file.rq.", show_default=False)],
    fmt: FormatOpt = OutputFormat.table,
    store: StoreOpt = "",
) -> None:
    """Run your own read-only SPARQL (akg:, rdfs:, prov:, cito:, bibo:, dcterms: are predeclared).

    Example: [bold]anodekg sparql 'SELECT ?s WHERE { ?s a akg:Measurement } LIMIT 5'[/]
    """
    with reported():
        if text.startswith("@"):
            path = Path(text[1:])
            if not path.is_file():
                from pipeline.errors import InputError
                raise InputError(f"{path}: no such query file")
            text = path.read_text(encoding="utf-8")
        graph_store = _store(store, must_exist=True)
        try:
            result = api.sparql(graph_store, text)
        finally:
            graph_store.close()
    if isinstance(result, bool):
        print(json.dumps({"boolean": result}) if fmt != OutputFormat.table else str(result).lower())
        return
    render(result, fmt)


class ExportFormat(StrEnum):
    turtle = "turtle"
    jsonld = "jsonld"
    nquads = "nquads"
    trig = "trig"
    graphml = "graphml"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format to write.")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    store: StoreOpt = "",
) -> None:
    """Write the whole graph to a file for other tools (Turtle, JSON-LD, N-Quads, GraphML…).

    Example: [bold]anodekg export --format graphml --out graph_data/exports/anodekg.graphml[/]
    """
    from pipeline.export import export as write_export
    with reported():
        graph_store = _store(store, must_exist=True)
        try:
            path = write_export(graph_store, fmt.value, out_path)
        finally:
            graph_store.close()
    err.print(f"wrote {path} ({path.stat().st_size} bytes)")


@app.command()
def stats(store: StoreOpt = "", as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Count what the graph holds.

    Example: [bold]anodekg stats[/]
    """
    with reported():
        graph_store = _store(store, must_exist=True)
        try:
            counts = api.stats(graph_store)
        finally:
            graph_store.close()
    if as_json:
        print(json.dumps(counts))
        return
    table = RichTable(title="store", header_style="bold cyan")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, str(value))
    out.print(table)


@app.command()
def validate(store: StoreOpt = "") -> None:
    """Check the whole store against the SHACL shapes in ontology/shapes.ttl (exit 5 on violations).

    Example: [bold]anodekg validate --store graph_data/store[/]
    """
    with reported():
        graph_store = _store(store, must_exist=True)
        try:
            report = api.validate_store(graph_store)
        finally:
            graph_store.close()
    if report.conforms:
        out.print("[green]conforms[/]: the store satisfies every shape")
        return
    out.print(report.text)
    err.print(f"[red]{report.violations} violation(s)[/]")
    raise typer.Exit(5)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
