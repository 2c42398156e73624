"""Check graphs against ontology/shapes.ttl with pySHACL, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from ontology import SHAPES_TTL
from pipeline.errors import ShapeViolation
from pipeline.ontology import ontology_graph


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str


@cache
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_TTL)


@lru_cache(maxsize=64)
def _prepared(text: str, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return prepareQuery(text, initNs=dict(namespaces))


class _PreparedQueries(Graph):
    """A graph that parses each SPARQL text once. pySHACL runs a shape's sh:sparql text once per focus
    node with $this bound, and rdflib would re-parse it every time (~80% of a paper's validation)."""

    def query(self, query_object, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        if isinstance(query_object, str):
            namespaces = tuple(sorted((str(k), str(v)) for k, v in (kwargs.pop("initNs", None) or {}).items()))
            query_object = _prepared(query_object, namespaces)
        return super().query(query_object, *args, **kwargs)


def check(data: Graph) -> ValidationReport:
    """Validate ``data`` with the ontology mixed in (so sh:class sees the property individuals)."""
    mixed = _PreparedQueries()
    mixed += data
    mixed += ontology_graph()
    conforms, report_graph, text = shacl_validate(
        mixed, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True, inplace=True)
    violations = sum(1 for _ in report_graph.subjects(SH.resultSeverity, SH.Violation))
    return ValidationReport(bool(conforms), violations, str(text))


def require_valid(data: Graph, what: str) -> None:
    """Raise ShapeViolation, carrying the report, when ``data`` does not conform."""
    report = check(data)
    if not report.conforms:
        raise ShapeViolation(f"{what}: {report.violations} SHACL violation(s)", report.text)
