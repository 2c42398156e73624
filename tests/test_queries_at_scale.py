"""The named queries that read less at scale answer as the plain queries do: compare-classes from each
paper's akg:comparisonValues against grouping every figure, best-by-property with its cut-off against
ordering every figure of the property, and parameters read inside the subqueries that select them."""

import json
import re
import statistics

import pyoxigraph as ox
import pytest

from benchmarks.synthetic import SENTINEL, _template, renamed
from pipeline import api
from pipeline.api import ensure_ontology
from pipeline.build_rdf import comparison_values
from pipeline.store import open_store
from pipeline.store.named import bind, get_query, prefix_block, python_value
from pipeline.store.sparql_text import with_values
from pipeline.terms import property_iris

# compare-classes as it was: every figure's key and value joined and grouped (the median from all values)
GROUPED = """SELECT ?class ?structures ?property ?unit ?figures ?best ?values WHERE {
  { SELECT ?key (COUNT(?m) AS ?figures) (MAX(?v) AS ?high) (MIN(?v) AS ?low)
           (GROUP_CONCAT(STR(?v); separator="|") AS ?values)
    WHERE { ?m akg:comparisonKey ?key ; akg:value ?v . } GROUP BY ?key }
  BIND(IRI(STRBEFORE(?key, " ")) AS ?top)
  BIND(IRI(STRAFTER(?key, " ")) AS ?p)
  ?p akg:canonicalUnit ?unit .
  OPTIONAL { ?p akg:better ?b . }
  { SELECT ?top (COUNT(DISTINCT ?s2) AS ?structures) WHERE { ?top rdfs:subClassOf akg:Structure . ?s2 a ?top . }
    GROUP BY ?top }
  BIND(STRAFTER(STR(?top), "#") AS ?class)
  BIND(STRAFTER(STR(?p), "#") AS ?property)
  BIND(IF(COALESCE(?b, "higher") = "lower", ?low, ?high) AS ?best)
} ORDER BY ?class ?property"""

# best-by-property as it was: every figure of the property looked up, ordered, and the first k kept
ORDERED = """SELECT ?structure ?class ?value ?unit ?qualifier
       (GROUP_CONCAT(DISTINCT COALESCE(STR(?number), ""); separator="|") AS ?citations) ?paper ?page WHERE {
  OPTIONAL { ?property akg:better ?b . }
  ?m akg:property ?property ; akg:comparisonKey ?key ; akg:value ?value ; akg:unit ?unit ;
     akg:qualifier ?qualifier ; akg:ofStructure ?s ; akg:describedIn ?paperNode ; prov:wasDerivedFrom ?src .
  ?src akg:page ?page . ?paperNode akg:paperId ?paper . ?s rdfs:label ?structure .
  OPTIONAL { ?m cito:citesAsDataSource ?citedRef . OPTIONAL { ?citedRef akg:citationNumber ?number . } }
  BIND(STRAFTER(STRBEFORE(?key, " "), "#") AS ?class)
  BIND(IF(COALESCE(?b, "higher") = "lower", -?value, ?value) AS ?score)
} GROUP BY ?m ?structure ?class ?value ?unit ?qualifier ?paper ?page ?property ?score
ORDER BY DESC(?score) ?structure ?paper ?page STR(?m)"""


@pytest.fixture(scope="module")
def copies_store(tmp_path_factory):
    """Six synthetic papers and three copies of each under other names: every value ties with others."""
    store = open_store(str(tmp_path_factory.mktemp("copies") / "store"))
    ensure_ontology(store)
    for k in range(6):
        template = _template((k, 7))
        for index in (k, 100 + k, 200 + k):
            quads = list(ox.parse(renamed(template, index).encode(), format=ox.RdfFormat.N_QUADS))
            store.put_graph(quads[0].graph_name, quads)
    yield store
    store.close()


@pytest.fixture(params=["copies", "chain"])
def any_store(request, copies_store, works_chain_store):
    return copies_store if request.param == "copies" else works_chain_store


def _grouped(store) -> list[dict[str, object]]:
    result = store.query(prefix_block() + GROUPED)
    rows = []
    for row in result.rows:
        record = dict(zip(result.variables, map(python_value, row), strict=True))
        values = [float(v) for v in str(record.pop("values")).split("|")]
        rows.append({**record, "median": statistics.median(values)})
    return rows


def test_queries_at_scale_compare_classes_equals_grouping_every_figure(any_store):
    table = api.query(any_store, "compare-classes")
    assert table.rows and list(table.rows) == _grouped(any_store)
    assert table.columns == ("class", "structures", "property", "unit", "figures", "best", "median")


def test_queries_at_scale_comparison_values_are_the_papers_figures(copies_store):
    rows = copies_store.query(prefix_block() + """SELECT ?paper ?values (GROUP_CONCAT(CONCAT(?key, "=", STR(?v));
        separator="|") AS ?figures) WHERE { ?paper akg:comparisonValues ?values . ?m akg:describedIn ?paper ;
        akg:comparisonKey ?key ; akg:value ?v . } GROUP BY ?paper ?values""").rows
    assert len(rows) == 18           # one text per paper
    for _, values, figures in rows:
        grouped: dict[str, list[float]] = {}
        for figure in figures.value.split("|"):
            key, _, value = figure.rpartition("=")
            grouped.setdefault(key, []).append(float(value))
        assert json.loads(values.value) == {key: sorted(v) for key, v in grouped.items()}


def test_queries_at_scale_comparison_values_of_no_figures_is_an_empty_object():
    from rdflib import Graph
    assert comparison_values(Graph()).value == "{}"


@pytest.mark.parametrize("k", [1, 2, 3, 10, 1000])
def test_queries_at_scale_best_by_property_equals_ordering_every_figure(any_store, k):
    compared = 0
    for prop in sorted(property_iris()):
        query = get_query("best-by-property")
        bound = bind(query, {"property": prop, "k": str(k)})
        result = any_store.query(with_values(prefix_block() + ORDERED, bound))
        expected = [dict(zip(result.variables, map(python_value, row), strict=True)) for row in result.rows[:k]]
        for row in expected:
            row["citations"] = sorted({int(n) for n in str(row["citations"]).split("|") if n})
        assert list(api.query(any_store, "best-by-property", {"property": prop, "k": str(k)}).rows) == expected
        compared += bool(expected)
    assert compared > 3


def test_queries_at_scale_best_by_property_of_a_property_with_no_figures_is_empty(works_chain_store):
    reported = {row["property"] for row in api.query(works_chain_store, "measurements").rows}
    unreported = sorted(set(property_iris()) - reported)
    assert unreported and api.query(works_chain_store, "best-by-property", {"property": unreported[0]}).rows == ()


def test_queries_at_scale_subquery_reads_the_parameters_it_selects():
    text = """SELECT ?a WHERE {
      { SELECT ?property ?g (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ?p "{ ?property }" } GROUP BY ?property ?g }
      { SELECT ?m (MAX(?v) AS ?property) WHERE { ?m ?q ?v } GROUP BY ?m }   # { SELECT ?property WHERE {
      { SELECT * WHERE { ?property ?r ?min } }
    }"""
    bound = with_values(text, {"property": ox.NamedNode("http://p"), "min": ox.Literal("2")})
    heads = re.findall(r"VALUES \([^)]*\) \{ \([^)]*\) \}", bound)
    assert heads == ['VALUES (?property ?min) { (<http://p> "2") }', "VALUES (?property) { (<http://p>) }"]
    assert bound.index('VALUES (?property) {') < bound.index('?x ?p "{ ?property }"')


def test_queries_at_scale_template_copies_keep_their_own_names():
    assert str(SENTINEL) not in renamed(_template((0, 7)), 3)
