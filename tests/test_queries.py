"""Named queries: typed parameters, bound never pasted."""

import pytest

from pipeline import api
from pipeline.errors import QueryError
from queries.runner import bind, get_query, named_queries


def test_queries_headers_parse():
    queries = named_queries()
    for required in ("measurements", "references", "structures", "compare-classes", "best-by-property",
                     "above-threshold", "materials", "citations-of-structure", "papers"):
        assert required in queries
        assert queries[required].summary


def test_queries_unknown_parameter_is_refused():
    with pytest.raises(QueryError, match="no parameter"):
        bind(get_query("above-threshold"), {"nope": "1"})


@pytest.mark.parametrize("value", ["98; DROP", "1e", "abc", "} UNION { ?s ?p ?o", "9\n8"])
def test_queries_ill_typed_number_is_refused(value):
    with pytest.raises(QueryError):
        bind(get_query("above-threshold"), {"min_value": value})


def test_queries_unknown_property_is_refused():
    with pytest.raises(QueryError, match="unknown property"):
        bind(get_query("best-by-property"), {"property": "Coolness"})


def test_queries_string_with_sparql_syntax_is_only_data(sample_store):
    table = api.query(sample_store, "citations-of-structure", {"structure": '"} } UNION { ?s ?p ?o } #'})
    assert table.rows == ()


def test_queries_above_threshold_filters(sample_store):
    rows = api.query(sample_store, "above-threshold", {"property": "CoulombicEfficiency", "min_value": "99"}).rows
    assert rows and all(r["value"] >= 99 for r in rows)


def test_queries_best_by_property_respects_k(sample_store):
    rows = api.query(sample_store, "best-by-property", {"property": "CycleNumber", "k": "3"}).rows
    assert len(rows) == 3
    values = [r["value"] for r in rows]
    assert values == sorted(values, reverse=True)


def test_queries_malformed_sparql_is_a_query_error(sample_store):
    with pytest.raises(QueryError, match="malformed"):
        api.sparql(sample_store, "SELECT ?s WHERE { ?s ")


def test_queries_update_is_refused(sample_store):
    with pytest.raises(QueryError):
        api.sparql(sample_store, "DELETE WHERE { ?s ?p ?o }")


def test_queries_above_threshold_class_filter_applies(sample_store):
    """An optional class parameter really narrows the rows (pyoxigraph's BOUND() misses substitutions)."""
    every = api.query(sample_store, "above-threshold", {"property": "CycleNumber", "min_value": "0"}).rows
    sei = api.query(sample_store, "above-threshold",
                    {"property": "CycleNumber", "min_value": "0", "cls": "NanostructuredSEI"}).rows
    assert {r["class"] for r in sei} == {"NanostructuredSEI"}
    assert len(sei) < len(every)
