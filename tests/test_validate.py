"""SHACL validation before any write: the sample conforms, and each sh:sparql rule still bites now that
its query text is parsed once and reused for every focus node."""

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from pipeline import shapes
from pipeline.build_rdf import paper_graph
from pipeline.errors import ShapeViolation
from pipeline.extract import extract
from pipeline.validate import check, quick_check, require_valid
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


# Each way to break a paper's graph, made on a copy of the sample's: require_valid (the shapes as
# Oxigraph queries) must refuse it with as many violations as pySHACL reports.
def _first(graph: Graph, cls):
    return sorted(graph.subjects(RDF.type, cls))[0]


def _set(cls, predicate, value):
    def change(graph: Graph) -> None:
        graph.set((_first(graph, cls), predicate, value))
    return change


def _drop(cls, predicate):
    def change(graph: Graph) -> None:
        graph.remove((_first(graph, cls), predicate, None))
    return change


def _add(cls, predicate, value):
    def change(graph: Graph) -> None:
        graph.add((_first(graph, cls), predicate, value))
    return change


def _untype_structure(graph: Graph) -> None:
    structure = sorted(graph.subjects(AKG.evidence, None))[0]
    graph.remove((structure, RDF.type, None))


BREAKS = {
    "unit not canonical (sh:sparql)": _set(AKG.Measurement, AKG.unit, Literal("furlongs")),
    "no value (minCount)": _drop(AKG.Measurement, AKG.value),
    "two values (maxCount)": _add(AKG.Measurement, AKG.value, Literal(-1.0)),
    "value a string (datatype)": _set(AKG.Measurement, AKG.value, Literal("12")),
    "value ill-formed (datatype)": _set(AKG.Measurement, AKG.value, Literal("twelve", datatype=URIRef("http://www.w3.org/2001/XMLSchema#double"))),
    "qualifier outside the list (in)": _set(AKG.Measurement, AKG.qualifier, Literal("!=")),
    "structure a literal (nodeKind, targets)": _set(AKG.Measurement, AKG.ofStructure, Literal("x")),
    "paper not a paper (class)": _set(AKG.Measurement, AKG.describedIn, URIRef("https://example.org/nowhere")),
    "page zero (minInclusive)": _set(AKG.SourceSentence, AKG.page, Literal(0)),
    "empty text (minLength)": _set(AKG.SourceSentence, AKG.text, Literal("")),
    "hash not hex (pattern)": _set(AKG.Paper, AKG.sourceHash, Literal("not-a-hash")),
    "structure in no top class (sh:sparql, NOT EXISTS)": _untype_structure,
    "paper untyped (class, many)": lambda g: g.remove((_first(g, AKG.Paper), RDF.type, AKG.Paper)),
}


@pytest.mark.parametrize("name", list(BREAKS))
def test_require_valid_refuses_what_pyshacl_refuses(sample_graph, name):
    bad = _copy(sample_graph)
    BREAKS[name](bad)
    expected = check(bad)
    assert not expected.conforms
    with pytest.raises(ShapeViolation, match=f": {expected.violations} SHACL violation"):
        require_valid(bad, name)
    assert quick_check(bad.serialize(format="nt", encoding="utf-8")).violations == expected.violations


def test_every_shape_runs_as_queries(sample_graph):
    """No shape falls back to pySHACL on ingest, and the sample conforms by the queries too."""
    assert len(shapes.checks()) > 40
    assert shapes.violations(sample_graph.serialize(format="nt", encoding="utf-8")) == []
