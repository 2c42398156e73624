"""``anodekg serve``: the graph over HTTP (SPARQL 1.1 Protocol and a small query page).

The names below load FastAPI on first use, so the query workers (``worker.py``), which import this
package's plain modules, start without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.server.app import ServeOptions, create_app, serve

__all__ = ["ServeOptions", "create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from pipeline.server import app
        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
