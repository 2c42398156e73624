"""SHACL validation before any write: the sample conforms, and each sh:sparql rule still bites now that
its query text is parsed once and reused for every focus node."""

import pytest
from rdflib import RDF, Graph, Literal

from pipeline.build_rdf import paper_graph
from pipeline.extract import extract
from pipeline.validate import check
from pipeline.vocab import AKG


@pytest.fixture(scope="module")
def sample_graph(sample_document, nlp) -> Graph:
    return paper_graph(sample_document, extract(sample_document, nlp))


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def test_validate_sample_graph_conforms(sample_graph):
    report = check(sample_graph)
    assert report.conforms, report.text


def test_validate_unit_other_than_the_canonical_one_is_a_violation(sample_graph):
    bad = _copy(sample_graph)
    figures = sorted(bad.subjects(RDF.type, AKG.Measurement))
    for figure in figures[:2]:
        bad.set((figure, AKG.unit, Literal("furlongs")))
    report = check(bad)
    assert not report.conforms and report.violations == 2
    assert "canonical unit" in report.text


def test_validate_structure_outside_the_top_classes_is_a_violation(sample_graph):
    bad = _copy(sample_graph)
    structure = sorted(bad.subjects(AKG.evidence, None))[0]
    for cls in list(bad.objects(structure, RDF.type)):
        bad.remove((structure, RDF.type, cls))
    report = check(bad)
    assert not report.conforms and "top classes" in report.text
