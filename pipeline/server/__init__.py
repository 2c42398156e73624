"""``anodekg serve``: the graph over HTTP (SPARQL 1.1 Protocol and a small query page)."""

from pipeline.server.app import ServeOptions, create_app

__all__ = ["ServeOptions", "create_app"]
