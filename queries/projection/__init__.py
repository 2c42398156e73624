"""The queries behind the one NetworkX projection (``pipeline/graph_view.py``); not user-facing named queries."""
