"""The ``anodekg`` command.

``main`` runs the common command (a named query) straight away when its arguments are plain ones
(``fast``): the CLI library, which builds every command's options and validators before running one,
costs more than the query on a small store. Anything else, ``--help`` included, goes to the Typer app
(``commands``), which ``from pipeline.cli import app`` also gives.
"""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from pipeline.cli.fast import run
        code = run(sys.argv[1:])
        if code is not None:
            sys.exit(code)
        from pipeline.cli.commands import app
        app()
    except SystemExit as done:
        if done.code is None or isinstance(done.code, int):
            leave(done.code or 0)
        raise


def leave(code: int) -> None:
    """End the process now, as Python would at exit but without freeing its objects one by one: after
    an ingest that takes 0.1 s (the NLP pipeline, a paper's records), and every command has closed
    what it wrote. The exit handlers run and the standard streams are flushed first; with another
    thread still running, or a stream that cannot be flushed, Python's own exit takes over."""
    import atexit
    import os
    import threading
    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def __getattr__(name: str) -> object:
    if name in ("app", "reflow"):
        from pipeline.cli import commands
        return getattr(commands, name)
    raise AttributeError(f"module 'pipeline.cli' has no attribute {name!r}")


__all__ = ["app", "leave", "main"]
