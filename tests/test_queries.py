"""Named queries: typed parameters, bound never pasted."""

import pytest
from conftest import CHAIN_DOI, CHAIN_IDS, CHAIN_TITLE

from pipeline import api
from pipeline.errors import QueryError
from pipeline.identity import work_keys
from pipeline.store.named import bind, get_query, named_queries, parse_params, prefix_block


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


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "2025-1-5", "yesterday"])
def test_queries_impossible_date_is_refused(value):
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        bind(get_query("new-since"), {"since": value})


def test_queries_real_date_is_bound():
    assert bind(get_query("new-since"), {"since": "2024-02-29"})["since"].value == "2024-02-29T00:00:00Z"


@pytest.mark.parametrize("k", ["-1", "0"])
def test_queries_row_limit_below_one_is_refused(k):
    with pytest.raises(QueryError, match="1 or more"):
        bind(get_query("best-by-property"), {"k": k})


def test_queries_parameter_given_twice_is_refused():
    with pytest.raises(QueryError, match="given twice"):
        parse_params(["k=10", "min_value=1", "k=5"])


def test_queries_value_may_hold_an_equals_sign():
    assert parse_params(["structure=a=b"]) == {"structure": "a=b"}


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


def test_queries_above_threshold_class_keeps_only_that_class(sample_store):
    """Regression: with a bound ?cls, BOUND(?cls) was false under pyoxigraph substitution, so every class passed."""
    everything = api.query(sample_store, "above-threshold", {"property": "CycleNumber", "min_value": "100"}).rows
    rows = api.query(sample_store, "above-threshold", {"property": "CycleNumber", "min_value": "100",
                                                       "cls": "ConductiveFramework"}).rows
    assert rows and all(r["class"] == "ConductiveFramework" for r in rows)
    assert len(rows) == sum(r["class"] == "ConductiveFramework" for r in everything)


def test_queries_work_paths_are_at_most_two_steps():
    """The work queries follow akg:sameWorkAs at most twice (no `*` path: see co-cited.rq). That holds
    while a work has at most three kinds of key, each alias pointing to the strongest key of its entry."""
    keys = work_keys(doi="10.1000/x", authors=("A. Quill",), year=2019, journal="Adv. Mater.", volume="1",
                     pages="2", title=CHAIN_TITLE)
    assert [k.kind for k in keys] == ["doi", "cite", "title"], "a new kind of key makes longer paths: update queries/"


def test_queries_work_citations_follow_two_steps_to_the_doi(works_chain_store):
    rows = api.query(works_chain_store, "work-citations", {"match": CHAIN_DOI}).rows
    assert [(r["work"], r["papers"]) for r in rows] == [(f"doi:{CHAIN_DOI}", sorted(CHAIN_IDS))]


def test_queries_co_cited_meets_a_work_two_steps_away(works_chain_store):
    rows = api.query(works_chain_store, "co-cited", {"min_papers": "3", "match": CHAIN_DOI}).rows
    assert [(r["count"], r["papers"]) for r in rows] == [(3, sorted(CHAIN_IDS))]


def test_queries_work_figures_match_a_title_two_steps_away(works_chain_store):
    rows = api.query(works_chain_store, "work-figures", {"match": CHAIN_TITLE.lower()}).rows
    assert {r["work"] for r in rows} == {f"doi:{CHAIN_DOI}"}
    assert {r["paper"] for r in rows if r["role"] == "cited"} == set(CHAIN_IDS)


def test_queries_best_per_class_takes_the_least_where_lower_is_better(works_chain_store):
    figures = [r for r in api.query(works_chain_store, "measurements").rows if r["property"] == "VoltageHysteresis"]
    best = api.query(works_chain_store, "best-per-class", {"property": "VoltageHysteresis"}).rows
    assert best and {r["class"]: r["best"] for r in best} == {
        cls: min(f["value"] for f in figures if f["class"] == cls) for cls in {f["class"] for f in figures}}


def test_queries_comparison_key_is_the_structure_class_and_property(works_chain_store):
    """compare-classes groups by the key written at ingest; it must say what the graph says."""
    rows = works_chain_store.query(prefix_block() + """
        SELECT ?key ?top ?p WHERE {
          ?m a akg:Measurement ; akg:property ?p ; akg:ofStructure/a ?top .
          ?top rdfs:subClassOf akg:Structure .
          OPTIONAL { ?m akg:comparisonKey ?key . }
        }""").rows
    assert rows and all(key is not None and key.value == f"{top.value} {p.value}" for key, top, p in rows)
