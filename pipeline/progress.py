"""A progress bar on stderr, as the ``progress(current, done, total)`` callback that long api calls take."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

Progress = Callable[[str, int, int], None]     # (current file, done, total)


@contextmanager
def progress_bar(what: str, *, console: Console | None = None, disable: bool = False) -> Iterator[Progress]:
    """A transient rich bar (on ``console``, else stderr) that names the file at hand; with ``disable``,
    a callback that draws nothing (and rich's progress module is not loaded)."""
    if disable:
        yield lambda current, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
             TimeElapsedColumn(), console=console or Console(stderr=True), transient=True, disable=disable) as bar:
        task = bar.add_task(what, total=None)

        def progress(current: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=Path(current).name or "done")

        yield progress
