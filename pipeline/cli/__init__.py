"""The ``anodekg`` command: one Typer app, one module per command group.

Each command parses its options, calls one function in ``pipeline.api`` and renders the result;
anything worth testing lives in the library. Shared options and error handling are in ``common``.
"""

from pipeline.cli import export, ingest, plot, queries, read, stats  # noqa: F401  (each registers its commands)
from pipeline.cli.common import app


def main() -> None:
    app()


__all__ = ["app", "main"]
