"""The SPARQL-server backend: push, remote queries and remote ingest against real Oxigraph server and
Virtuoso instances (started by .ci/services.sh), plus its query rewriting on plain text."""

import json

import pyoxigraph as ox
import pytest
from conftest import query_answer
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.errors import QueryError, StoreError
from pipeline.store import open_store
from pipeline.store.named import named_queries
from pipeline.store.remote import endpoints
from pipeline.store.sparql_text import query_form, with_values

# every named query with its defaults, plus parameter sets that return rows on the sample
QUERY_CASES = [(name, {}) for name in sorted(named_queries())] + [
    ("conductive-hosts-ce", {"min_ce": "90", "min_current": "0.5"}),
    ("above-threshold", {"property": "CycleNumber", "min_value": "100", "cls": "ConductiveFramework"}),
    ("best-by-property", {"property": "Overpotential", "k": "3"}),
]


def test_remote_push_copies_every_graph(remote_store, sample_store):
    assert [g.value for g in remote_store.graphs()] == sorted(g.value for g in sample_store.graphs())
    assert remote_store.count() == sample_store.count()


@pytest.mark.parametrize("name, params", QUERY_CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(QUERY_CASES)])
def test_remote_named_query_answers_as_embedded(remote_store, sample_store, name, params):
    assert query_answer(remote_store, name, params) == query_answer(sample_store, name, params)


def _canonical_quads(path):
    """Quads with each double as its value: servers may write 3860 as "3860.0" (same value, other lexical form)."""
    def term(t):
        if isinstance(t, ox.Literal) and t.datatype.value.endswith("#double"):
            return ("double", float(t.value))
        return str(t)
    return sorted(tuple(map(term, (q.subject, q.predicate, q.object, q.graph_name)))
                  for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def test_remote_dump_equals_embedded_dump(remote_store, sample_store, tmp_path):
    remote_store.dump(tmp_path / "remote.nq", ox.RdfFormat.N_QUADS)
    sample_store.dump(tmp_path / "local.nq", ox.RdfFormat.N_QUADS)
    assert _canonical_quads(tmp_path / "remote.nq") == _canonical_quads(tmp_path / "local.nq")


def test_remote_bound_string_stays_data(remote_store):
    table = api.query(remote_store, "citations-of-structure", {"structure": '"} } UNION { ?s ?p ?o } #'})
    assert table.rows == ()


def test_remote_ingest_writes_once_then_skips(remote_store, sample_pdf, sample_store):
    try:
        first = api.ingest([sample_pdf], remote_store, force=True)
        again = api.ingest([sample_pdf], remote_store)
        assert [o.status for o in first.outcomes] == ["ok"]
        assert [o.status for o in again.outcomes] == ["skipped"]
        assert query_answer(remote_store, "measurements", {}) == query_answer(sample_store, "measurements", {})
    finally:
        api.copy_graphs(sample_store, remote_store)      # back to the pushed graphs (ingest time differs)


def test_remote_cli_query_json_equals_embedded(remote_store, store_copy):
    runner = CliRunner()
    args = ["query", "structures", "--format", "json", "--store"]
    remote = runner.invoke(app, [*args, remote_store.location])
    local = runner.invoke(app, [*args, str(store_copy)])
    assert remote.exit_code == 0, remote.output
    as_set = [sorted(json.dumps(row, sort_keys=True) for row in json.loads(r.stdout)) for r in (remote, local)]
    assert as_set[0] == as_set[1]                  # same rows; SPARQL leaves the order of ORDER BY ties open


def test_remote_cli_push_reports_graphs(remote_pushed, store_copy):
    result = CliRunner().invoke(app, ["push", "--endpoint", remote_pushed, "--store", str(store_copy), "--json"])
    assert result.exit_code == 0, result.output
    local = open_store(str(store_copy))
    try:
        expected = {"graphs": len(local.graphs()), "triples": local.count()}
    finally:
        local.close()
    assert {k: json.loads(result.stdout)[k] for k in expected} == expected


def test_remote_virtuoso_write_without_password_is_refused(sample_store):
    from conftest import service_url
    url = service_url("virtuoso")
    anonymous = open_store(url.split("//", 1)[0] + "//" + url.split("@", 1)[1])
    graph = sample_store.graphs()[0]
    try:
        with pytest.raises(StoreError, match="refused"):
            anonymous.put_graph(graph, [])
    finally:
        anonymous.close()


def test_remote_unreachable_server_is_a_store_error():
    store = open_store("sparql+http://127.0.0.1:9/query")
    try:
        with pytest.raises(StoreError, match="cannot reach"):
            store.count()
    finally:
        store.close()


def test_remote_values_open_the_where_group_not_the_template():
    text = ('PREFIX a: <http://x/WHERE#>\n# a comment with { and WHERE\n'
            'CONSTRUCT { ?s a:p "{ WHERE" } WHERE { ?s a:q ?v FILTER(?v > ?min) }')
    bound = with_values(text, {"min": ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))})
    assert bound.startswith(text[:text.index("WHERE {") + 7])
    assert 'VALUES (?min) { ("3"^^<http://www.w3.org/2001/XMLSchema#integer>) }' in bound
    assert ox.Store().query(bound) is not None           # still valid SPARQL


def test_remote_values_refuse_blank_nodes():
    with pytest.raises(QueryError, match="only IRIs and literals"):
        with_values("SELECT ?b WHERE { ?b ?p ?o }", {"b": ox.BlankNode()})


@pytest.mark.parametrize("text, form", [
    ("PREFIX s: <http://x/SELECT#> ASK { ?s ?p ?o }", "ASK"),
    ("# CONSTRUCT\nSELECT * WHERE { ?s ?p 'ASK' }", "SELECT"),
    ("construct where { ?s ?p ?o }", "CONSTRUCT"),
])
def test_remote_query_form_ignores_iris_strings_and_comments(text, form):
    assert query_form(text) == form


@pytest.mark.parametrize("url, update, gsp", [
    ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
    ("http://h/ds/sparql?gsp=/ds/data&update=/ds/update", "http://h/ds/update", "http://h/ds/data"),
])
def test_remote_endpoints_follow_server_conventions(url, update, gsp):
    found = endpoints(url)
    assert (found.update, found.gsp) == (update, gsp)


def test_remote_push_help_has_an_example():
    result = CliRunner().invoke(app, ["push", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--store" in result.output


def test_remote_query_limit_reads_the_first_rows(remote_store, sample_store):
    text = ("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?type } "       # our graphs' IRIs: alike everywhere
            "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/anodekg/graph/')) } ORDER BY ?s")
    assert remote_store.query(text, limit=4) == sample_store.query(text, limit=4)
