"""The Typer app with every command registered: one module per command group.

Each command parses its options, calls one function in ``pipeline.api`` and renders the result;
anything worth testing lives in the library. Shared options and error handling are in ``common``.
"""

import inspect
import re

from pipeline.cli import (  # noqa: F401  (each registers its commands)
    compare,
    doctor,
    export,
    ingest,
    plot,
    push,
    queries,
    read,
    serve,
    show,
    stats,
)
from pipeline.cli.common import app


def reflow(doc: str) -> str:
    """A docstring's paragraphs as one line each, for the terminal to wrap: Typer's rich help keeps
    the source's line breaks. Paragraphs with indented or bulleted lines are left as written."""
    paragraphs = inspect.cleandoc(doc).split("\n\n")
    return "\n\n".join(p if any(re.match(r"\s|[-•] |\|", line) for line in p.splitlines()) else " ".join(p.split())
                       for p in paragraphs)


for command in app.registered_commands:
    command.help = reflow(command.help or command.callback.__doc__ or "")

__all__ = ["app", "reflow"]
