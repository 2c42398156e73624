"""``anodekg query NAME …`` and ``anodekg ingest PDF …`` without the CLI library, when their arguments
are plain ones.

Typer builds the whole command group and a pydantic validator per option before it runs a command:
on a small store that costs several times the query itself, and it delays the start of an ingest's
reading by 0.1 s. These commands' common arguments are few and plain, so ``run`` reads them here and
runs the command as ``queries.query`` and ``ingest.ingest`` do (the same library call, the same
rendering, errors and exit codes; the ingest's body is one function, ``ingest_run.run``). Whatever it
is not sure to read exactly as Typer would (help, an unknown or abbreviated option, a value that looks
like an option, a number Typer might read otherwise, ``--``, an option before the command, --debug)
goes to Typer instead, which gives the usual answer or usage error; so does a query that fails
unexpectedly (it only reads), to be reported the way Typer reports it (an ingest writes, so it is not
run twice: an unexpected error in it ends the process with Python's own traceback). The store is the
one ``--store`` or $ANODEKG_STORE names, and the reader backend the one ``--backend`` or
$ANODEKG_READER names, as in Typer.
"""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("table", "json", "csv")
# the query command's options that take a value (pipeline/cli/queries.py): spelling → field
VALUE_OPTIONS = {"--param": "params", "-p": "params", "--format": "fmt", "-f": "fmt", "--limit": "limit",
                 "-n": "limit", "--columns": "columns", "-c": "columns", "--store": "store"}
FLAGS = {"--json": ("fmt", "json")}             # the old spelling of --format json (common.Group)
# the same for the ingest command (pipeline/cli/ingest.py), the options a plain ingest takes
INGEST_OPTIONS = {"--store": "store", "--format": "fmt", "-f": "fmt", "--backend": "backend", "--jobs": "jobs",
                  "-j": "jobs"}
INGEST_FLAGS = {**FLAGS, "--force": ("force", "yes"), "--replace": ("replace", "yes")}
INGEST_FORMATS = ("table", "json")
BACKENDS = ("pdfium", "pdfminer")
READER_ENV = "ANODEKG_READER"                   # as common.READER_ENV, which loads Typer


@dataclass(slots=True)
class QueryCall:
    name: str = ""
    params: list[str] = field(default_factory=list)
    fmt: str = "table"
    limit: str | None = None
    columns: str | None = None
    store: str = ""


@dataclass(slots=True)
class IngestCall:
    paths: list[Path] = field(default_factory=list)
    store: str = ""
    fmt: str = "table"
    backend: str = "pdfium"
    jobs: int = 1
    force: bool = False
    replace: bool = False


def _plain(args: list[str], options: dict[str, str], flags: dict[str, tuple[str, str]]
           ) -> tuple[list[str], dict[str, list[str]]] | None:
    """(the positional arguments, each option's values in order) when every argument is a plain one,
    else None."""
    names: list[str] = []
    given: dict[str, list[str]] = defaultdict(list)
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in flags:
            target, value = flags[arg]
            given[target].append(value)
            continue
        if not arg.startswith("-"):
            names.append(arg)
            continue
        if arg.startswith("--"):
            option, equals, value = arg.partition("=")
        else:                                   # "-p", or "-pNAME=VALUE" as click reads a short option
            option, equals, value = arg[:2], "=" if len(arg) > 2 else "", arg[2:]
        target = options.get(option)
        if target is None:
            return None
        if not equals:
            if i == len(args):
                return None
            value = args[i]
            i += 1
        if value.startswith("-"):
            return None
        given[target].append(value)
    return names, given


def parse(args: list[str]) -> QueryCall | None:
    """The arguments of ``anodekg query …`` when every one of them is plain, else None (Typer reads them)."""
    read = _plain(args[1:], VALUE_OPTIONS, FLAGS) if args and args[0] == "query" else None
    if read is None:
        return None
    names, given = read
    call = QueryCall(params=given["params"])
    for target in ("fmt", "limit", "columns", "store"):      # a repeated option: the last one counts
        if given[target]:
            setattr(call, target, given[target][-1])
    if len(names) != 1 or call.fmt not in FORMATS or (call.limit is not None and not re.fullmatch(r"\d+", call.limit)):
        return None
    call.name = names[0]
    return call


def parse_ingest(args: list[str]) -> IngestCall | None:
    """The arguments of ``anodekg ingest …`` when every one of them is plain, else None (Typer reads them)."""
    read = _plain(args[1:], INGEST_OPTIONS, INGEST_FLAGS) if args and args[0] == "ingest" else None
    if read is None:
        return None
    names, given = read
    last = {target: values[-1] for target, values in given.items() if values}
    backend = last.get("backend", os.environ.get(READER_ENV) or "pdfium")
    jobs = last.get("jobs", "1")
    fmt = last.get("fmt", "table")
    if not names or fmt not in INGEST_FORMATS or backend not in BACKENDS or not re.fullmatch(r"\d+", jobs) \
            or int(jobs) < 1:
        return None
    return IngestCall([Path(name) for name in names], last.get("store", ""), fmt, backend, int(jobs),
                      "force" in last, "replace" in last)


def run(args: list[str]) -> int | None:
    """Run ``anodekg query`` or ``anodekg ingest`` from plain arguments and return its exit code; None
    when Typer must read them."""
    ingest = parse_ingest(args)
    if ingest is not None:
        return _ingest(ingest)
    call = parse(args)
    if call is None:
        return None
    from pipeline.cli.output import OutputFormat, open_cli_store, render, report, trim
    from pipeline.errors import AnodeKGError
    from pipeline.store.named import parse_params, run_named
    try:
        try:
            given = parse_params(call.params)
            graph_store = open_cli_store(call.store, must_exist=True)
            try:
                table = trim(run_named(graph_store, call.name, given),
                             None if call.limit is None else int(call.limit), call.columns)
            finally:
                graph_store.close()
        except AnodeKGError as exc:
            report(exc)
            return exc.exit_code
        except Exception:                          # noqa: BLE001 - Typer runs it again and shows it its way
            return None
        render(table, OutputFormat(call.fmt), title=call.name)
    except BrokenPipeError:
        _closed_pipe()
    except KeyboardInterrupt:
        print("\nAborted!", file=sys.stderr)          # what click prints
        return 1
    return 0


def _ingest(call: IngestCall) -> int:
    from pipeline.cli.ingest_run import run
    from pipeline.read_options import ReaderBackend
    try:
        return run(call.paths, call.store, force=call.force, replace=call.replace, jobs=call.jobs, fmt=call.fmt,
                   backend=ReaderBackend(call.backend))
    except BrokenPipeError:
        _closed_pipe()
        return 0
    except KeyboardInterrupt:
        print("\nAborted!", file=sys.stderr)          # what click prints
        return 1


def _closed_pipe() -> None:
    """As common.Group does: the reader has all it wants, so no traceback and no second error at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
