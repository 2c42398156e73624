"""Where graphs live: a small interface, and backends looked up by the scheme of a store URL."""

from pipeline.store.base import GraphStore, Rows, open_store

__all__ = ["GraphStore", "Rows", "open_store"]
