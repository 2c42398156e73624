"""Check graphs against ontology/shapes.ttl before anything is written.

``require_valid`` (every ingest) runs the shapes as SPARQL queries in Oxigraph (``pipeline.shapes``),
falling back to pySHACL only if the shapes say what those queries cannot; ``check`` (``anodekg
validate``, the doctor) runs pySHACL with its full report.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ontology import SHAPES_TTL
from pipeline import shapes
from pipeline.errors import ShapeViolation

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.plugins.sparql.sparql import Query


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str


@cache
def shapes_graph() -> Graph:
    from rdflib import Graph
    return Graph().parse(SHAPES_TTL)


@lru_cache(maxsize=64)
def _prepared(text: str, namespaces: tuple[tuple[str, str], ...]) -> Query:
    from rdflib.plugins.sparql import prepareQuery
    return prepareQuery(text, initNs=dict(namespaces))


@cache
def _prepared_queries() -> type[Graph]:
    from rdflib import Graph

    class PreparedQueries(Graph):
        """A graph that parses each SPARQL text once. pySHACL runs a shape's sh:sparql text once per focus
        node with $this bound, and rdflib would re-parse it every time (~80% of a paper's validation)."""

        def query(self, query_object, *args, **kwargs):  # type: ignore[no-untyped-def, override]
            if isinstance(query_object, str):
                namespaces = tuple(sorted((str(k), str(v)) for k, v in (kwargs.pop("initNs", None) or {}).items()))
                query_object = _prepared(query_object, namespaces)
            return super().query(query_object, *args, **kwargs)

    return PreparedQueries


def check(data: Graph) -> ValidationReport:
    """Validate ``data`` with pySHACL, the ontology mixed in (so sh:class sees the property individuals)."""
    from pyshacl import validate as shacl_validate
    from rdflib.namespace import SH

    from pipeline.ontology import ontology_graph
    mixed = _prepared_queries()()
    mixed += data
    mixed += ontology_graph()
    conforms, report_graph, text = shacl_validate(
        mixed, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True, inplace=True)
    violations = sum(1 for _ in report_graph.subjects(SH.resultSeverity, SH.Violation))
    return ValidationReport(bool(conforms), violations, str(text))


def quick_check(data: Graph | bytes) -> ValidationReport:
    """Validate ``data`` (a graph, or its N-Triples) as ``check`` does, with the shapes run as SPARQL
    queries by Oxigraph (``pipeline.shapes``): the same verdict and count of violations, a shorter
    report. pySHACL runs only when the shapes use SHACL those queries do not cover."""
    ntriples = data if isinstance(data, bytes) else data.serialize(format="nt", encoding="utf-8")
    try:
        found = shapes.violations(ntriples)
    except shapes.Unsupported:
        from rdflib import Graph
        return check(data if not isinstance(data, bytes) else Graph().parse(data=data, format="nt"))
    return ValidationReport(not found, len(found), "\n".join(found))


def require_valid(data: Graph | bytes, what: str) -> None:
    """Raise ShapeViolation, carrying the report, when ``data`` (a graph, or its N-Triples) does not conform."""
    report = quick_check(data)
    if not report.conforms:
        raise ShapeViolation(f"{what}: {report.violations} SHACL violation(s)", report.text)
