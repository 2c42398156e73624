"""Check graphs against ontology/shapes.ttl with pySHACL, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH

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


def check(data: Graph) -> ValidationReport:
    """Validate ``data`` with the ontology mixed in (so sh:class sees the property individuals)."""
    conforms, report_graph, text = shacl_validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
        advanced=True, allow_warnings=True)
    violations = sum(1 for _ in report_graph.subjects(SH.resultSeverity, SH.Violation))
    return ValidationReport(bool(conforms), violations, str(text))


def require_valid(data: Graph, what: str) -> None:
    """Raise ShapeViolation, carrying the report, when ``data`` does not conform."""
    report = check(data)
    if not report.conforms:
        raise ShapeViolation(f"{what}: {report.violations} SHACL violation(s)", report.text)
