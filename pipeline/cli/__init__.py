"""The ``anodekg`` command.

``main`` runs the common command (a named query) straight away when its arguments are plain ones
(``fast``): the CLI library, which builds every command's options and validators before running one,
costs more than the query on a small store. Anything else, ``--help`` included, goes to the Typer app
(``commands``), which ``from pipeline.cli import app`` also gives.
"""

from __future__ import annotations

import sys


def main() -> None:
    from pipeline.cli.fast import run
    code = run(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from pipeline.cli.commands import app
    app()


def __getattr__(name: str) -> object:
    if name in ("app", "reflow"):
        from pipeline.cli import commands
        return getattr(commands, name)
    raise AttributeError(f"module 'pipeline.cli' has no attribute {name!r}")


__all__ = ["app", "main"]
