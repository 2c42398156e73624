"""``anodekg query NAME …`` without the CLI library, when its arguments are plain ones.

Typer builds the whole command group and a pydantic validator per option before it runs a command:
on a small store that costs several times the query itself. The query command's arguments are few
and plain, so ``run`` reads them here and runs the command as ``queries.query`` does (the same
library call, the same rendering, errors and exit codes). Whatever it is not sure to read exactly
as Typer would (help, an unknown or abbreviated option, a value that looks like an option, a number
Typer might read otherwise, ``--``, an option before the command) goes to Typer instead, which
gives the usual answer or usage error; so does a query that fails unexpectedly (it only reads), to be
reported the way Typer reports it. The store is the one ``--store`` or $ANODEKG_STORE names, as in Typer.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field

FORMATS = ("table", "json", "csv")
# the query command's options that take a value (pipeline/cli/queries.py): spelling → field
VALUE_OPTIONS = {"--param": "params", "-p": "params", "--format": "fmt", "-f": "fmt", "--limit": "limit",
                 "-n": "limit", "--columns": "columns", "-c": "columns", "--store": "store"}


@dataclass(slots=True)
class QueryCall:
    name: str = ""
    params: list[str] = field(default_factory=list)
    fmt: str = "table"
    limit: str | None = None
    columns: str | None = None
    store: str = ""


def parse(args: list[str]) -> QueryCall | None:
    """The arguments of ``anodekg query …`` when every one of them is plain, else None (Typer reads them)."""
    if not args or args[0] != "query":
        return None
    call = QueryCall()
    names: list[str] = []
    rest = args[1:]
    i = 0
    while i < len(rest):
        arg = rest[i]
        i += 1
        if arg == "--json":                     # the old spelling of --format json (common.Group)
            call.fmt = "json"
            continue
        if not arg.startswith("-"):
            names.append(arg)
            continue
        if arg.startswith("--"):
            option, equals, value = arg.partition("=")
        else:                                   # "-p", or "-pNAME=VALUE" as click reads a short option
            option, equals, value = arg[:2], "=" if len(arg) > 2 else "", arg[2:]
        target = VALUE_OPTIONS.get(option)
        if target is None:
            return None
        if not equals:
            if i == len(rest):
                return None
            value = rest[i]
            i += 1
        if value.startswith("-"):
            return None
        if target == "params":
            call.params.append(value)
        else:
            setattr(call, target, value)
    if len(names) != 1 or call.fmt not in FORMATS or (call.limit is not None and not re.fullmatch(r"\d+", call.limit)):
        return None
    call.name = names[0]
    return call


def run(args: list[str]) -> int | None:
    """Run ``anodekg query`` from plain arguments and return its exit code; None when Typer must read them."""
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
        # as common.Group does: the reader has all it wants, so no traceback and no second error at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except KeyboardInterrupt:
        print("\nAborted!", file=sys.stderr)          # what click prints
        return 1
    return 0
