"""What ``anodekg ingest`` does once its options are read, by Typer (``ingest``) or without it
(``fast``): the ingest, its summary on stdout and its notes on stderr, and the exit code. Loads no CLI
library, and a lone file's reading is forked off before the ingest's own modules (``api``, the store,
the output) load, so that a plain ingest starts reading its PDF sooner."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pipeline import regex_cache
from pipeline.errors import AnodeKGError, brief
from pipeline.parallel import IngestOutcome
from pipeline.read_options import DEFAULT_BACKEND, DEFAULT_TIMEOUT_S, ReaderBackend, ReadLimits
from pipeline.reading import read_ahead

# An ingest makes objects by the hundred thousand that live until it ends (the NLP stack, a paper's chars,
# words and records), few of them in a cycle: at the collector's default (a pass every 700 new objects)
# it passes over them some 600 times, 0.12-0.15 s of CPU on the sample review, 50-70 ms of it in the
# reading the rest waits for (a forked child inherits the setting). Every 20,000 new objects it passes
# about 50 times, for 35 ms in all; the peak memory stays the same.
GC_THRESHOLDS = (20_000, 10, 10)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def no_figures(outcome: IngestOutcome) -> str:
    """Why an ingest that went through may still not be what the user wanted: a paper with no figures."""
    if outcome.status != "ok" or outcome.figures:
        return ""
    return (f"read {outcome.pages} page(s) but found no reported figure; if it is a paper on lithium metal "
            f"anodes, `anodekg read {Path(outcome.path).name}` shows what the reader made of it")


def run(paths: Sequence[Path], store: str = "", *, password: str | None = None, force: bool = False,
        replace: bool = False, max_pages: int = ReadLimits().max_pages, max_bytes: int = ReadLimits().max_bytes,
        jobs: int = 1, cluster: str | None = None, timeout: float = DEFAULT_TIMEOUT_S, fmt: str = "table",
        backend: ReaderBackend = DEFAULT_BACKEND, debug: bool = False) -> int:
    """Ingest ``paths`` into ``store`` as the command does, and return its exit code."""
    as_json = fmt == "json"
    regex_cache.install()           # before the first file's reading is forked off: the child has it too
    limits = ReadLimits(max_pages=max_pages, max_bytes=max_bytes)
    lone = paths[0] if len(paths) == 1 and not cluster and Path(paths[0]).is_file() else None
    with read_ahead(lone, password, limits, backend) if lone else contextlib.nullcontext() as reading:
        from pipeline import api
        from pipeline.cli.output import err, open_cli_store, out
        from pipeline.cli.output import report as report_error
        from pipeline.progress import progress_bar
        try:
            graph_store = open_cli_store(store)
            try:
                # no bar with --json, so no Rich console either: its import is time before the reading ends
                with _fewer_collections(), \
                        progress_bar("ingesting", console=None if as_json else err.rich(), disable=as_json) as progress:
                    report = api.ingest(paths, graph_store, password=password, force=force, replace=replace,
                                        progress=progress, limits=limits, jobs=jobs, cluster=cluster,
                                        timeout=timeout, backend=backend,
                                        begun=(Path(lone), reading) if lone and reading else None)
            finally:
                graph_store.close()
                regex_cache.save()
        except AnodeKGError as exc:
            report_error(exc, debug=debug)
            return exc.exit_code
    rows = [{"file": Path(o.path).name, "status": o.status, "paper": o.doc_id, "pages": o.pages,
             "figures": o.figures, "structures": o.structures, "references": o.references,
             "seconds": round(o.seconds, 2), "error": o.error, "warning": no_figures(o),
             "read_warnings": len(o.warnings)} for o in report.outcomes]
    if as_json:
        print(json.dumps({"files": rows, "triples": report.triples}, ensure_ascii=False, indent=1))
    else:
        from rich.table import Table as RichTable
        table = RichTable(title="ingest", header_style="bold cyan")
        for column in ("file", "status", "paper", "pages", "figures", "structures", "references", "seconds"):
            table.add_column(column, overflow="fold")
        for row in rows:
            colour = {"ok": "green", "skipped": "yellow", "failed": "red"}[row["status"]]
            status = f"[{colour}]{row['status']}[/]" + (" [yellow]· no figures[/]" if row["warning"] else "")
            table.add_row(*(str(row[c]) for c in ("file",)), status,
                          *(str(row[c]) for c in ("paper", "pages", "figures", "structures", "references",
                                                   "seconds")))
        out.print(table)
        counts = {status: sum(o.status == status for o in report.outcomes) for status in ("ok", "skipped", "failed")}
        out.print(" · ".join(f"{n} {status}" for status, n in counts.items())
                  + f" · store: {graph_store.location} · {report.triples} triples", highlight=False)
    for row in rows:
        if row["warning"] and not as_json:
            err.print(f"[yellow]warning:[/] {row['file']}: {row['warning']}", highlight=False)
    for damaged in (o for o in report.outcomes if o.status == "ok" and o.warnings):
        err.print(f"[yellow]note:[/] {damaged.path} read with {len(damaged.warnings)} sign(s) of damage "
                  f"(first: {brief(damaged.warnings[0])}); its figures may be incomplete", highlight=False)
    for failure in report.failed:
        err.print(f"[red]failed:[/] {failure.error}", highlight=False)
    return (report.failed[0].exit_code or 1) if report.failed else 0
