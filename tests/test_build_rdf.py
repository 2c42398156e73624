"""A paper's triples written as N-Triples rows (``paper_ntriples``) without an rdflib Graph: each triple
once, read by Oxigraph and rdflib alike, the comparison values those of the figure triples written."""

import dataclasses
import json
import pickle
from datetime import UTC, datetime

import pyoxigraph as ox
from conftest import chain_papers
from rdflib import Graph

from pipeline.build_rdf import comparison_values, document_triples, paper_graph, paper_iri, paper_ntriples
from pipeline.vocab import AKG


def _triples(ntriples: bytes) -> set[ox.Triple]:
    return set(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES))


def test_a_triple_stated_twice_is_written_once():
    document, extraction = chain_papers()[0]
    # four figures of one sentence state its node four times; a second host of the same material
    # states the shared material node again
    twin = dataclasses.replace(extraction.structures[0], key="twin", label="another layered Cu host")
    rows = paper_ntriples(document, dataclasses.replace(extraction, structures=(*extraction.structures, twin)))
    lines = [line for line in rows.decode().split("\n") if line]
    assert len(lines) == len(set(lines)) == len(_triples(rows))
    sentence_types = [line for line in lines if "/sentence/" in line.split(" ", 1)[0] and "#type>" in line]
    material_labels = [line for line in lines if "/material/" in line.split(" ", 1)[0] and "label>" in line]
    assert len(sentence_types) == 1 and len(material_labels) == 1


def test_rows_parse_as_the_graph_rdflib_reads():
    document, extraction = chain_papers()[1]
    rows = paper_ntriples(document, extraction)
    graph = paper_graph(document, extraction)
    assert len(graph) == len(_triples(rows)) == len(Graph().parse(data=rows, format="nt"))


def test_comparison_values_are_those_of_the_figure_triples_written():
    document, extraction = chain_papers()[2]
    graph = Graph().parse(data=paper_ntriples(document, extraction), format="nt")
    written = json.loads(str(next(graph.objects(None, AKG.comparisonValues))))
    assert written == json.loads(str(comparison_values(graph)))
    assert sorted(v for values in written.values() for v in values) == \
        sorted(m.value for m in extraction.measurements)


def test_a_surrogate_in_a_text_is_mended_not_an_encoding_error():
    document, extraction = chain_papers()[0]
    # a damaged text layer: a pair written as two halves, and a lone half
    damaged = dataclasses.replace(document.meta, title="The \ud835\udc65-axis of a host \ud835 here")
    rows = paper_ntriples(dataclasses.replace(document, meta=damaged), extraction)
    titles = [t.object.value for t in _triples(rows) if t.predicate.value.endswith("/title")
              and "axis" in t.object.value]
    assert titles == ["The \U0001d465-axis of a host \ufffd here"]


def test_the_document_triples_made_apart_give_the_paper_the_same_rows():
    """An ingest's reading child makes the triples its Document alone gives while its parent extracts, and
    sends them pickled: the paper's rows with them are the rows made in one go, in the same order, and a
    structure citing an entry still reaches the entry and its work, one citing a number the list lacks
    the entry's node alone."""
    document, extraction = chain_papers()[0]
    unlisted = dataclasses.replace(extraction.structures[0], key="unlisted", citations=(7,))
    extraction = dataclasses.replace(extraction, structures=(*extraction.structures, unlisted))
    at = datetime(2024, 5, 1, tzinfo=UTC)
    sent = pickle.loads(pickle.dumps(document_triples(document), pickle.HIGHEST_PROTOCOL))
    rows = paper_ntriples(document, extraction, at, own=sent)
    assert rows == paper_ntriples(document, extraction, at)
    triples = _triples(rows)
    cites = {(t.subject.value.rsplit("/", 1)[-1], t.object.value.rsplit("/", 1)[-1]) for t in triples
             if t.predicate.value.endswith("citesAsDataSource") and "/structure/" in t.subject.value}
    assert {("unlisted", "7"), ("unlisted", "1")} - cites == {("unlisted", "1")}
    reported = {t.subject.value.rsplit("/", 1)[-1] for t in triples if t.predicate == ox.NamedNode(str(AKG.reportedIn))}
    assert extraction.structures[0].key in reported and "unlisted" not in reported
    assert all(row in rows.decode() for row in sent.rows) and str(paper_iri(document.doc_id)) in sent.rows[0]
