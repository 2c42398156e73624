"""`anodekg serve`: a real uvicorn on a loopback port, queried by real clients (SPARQLWrapper, httpx)."""

import csv
import io
import json
import os
import subprocess
import sys
import time
import urllib.error

import httpx
import pyoxigraph as ox
import pytest
from conftest import free_port, running_server
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.errors import InputError
from pipeline.server import ServeOptions
from pipeline.store import open_store
from pipeline.store.named import get_query, named_queries, shape

COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW_QUERY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a <https://w3id.org/anodekg#value> ?c . ?d ?e ?f "
              "FILTER(STR(?c) < STR(?f)) }")        # a few hundred ms on the sample


@pytest.fixture(scope="module")
def cli_server(sample_store_dir):
    """`anodekg serve` itself, as a user starts it, in a subprocess; yields (base URL, first output line)."""
    port = free_port()
    command = [sys.executable, "-m", "pipeline.cli", "serve", "--port", str(port), "--store", str(sample_store_dir)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "COLUMNS": "200"})
    try:
        line = process.stdout.readline()
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail(f"anodekg serve did not start: {line}{process.stdout.read() if process.poll() else ''}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}", line
    finally:
        process.terminate()
        process.wait(timeout=20)


def _sparqlwrapper_rows(base, text):
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(text)
    client.setReturnFormat(JSON)
    raw = client.query().response.read()
    return ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)


def test_serve_cli_prints_where_it_listens(cli_server):
    base, line = cli_server
    assert f"{base}/sparql" in line


@pytest.mark.parametrize("name", ["measurements", "structures", "compare-classes"])
def test_serve_sparqlwrapper_gets_the_rows_of_anodekg_query(cli_server, sample_store_dir, name):
    from pipeline.store.base import rows_of
    base, _ = cli_server
    rows = rows_of(_sparqlwrapper_rows(base, get_query(name).text))
    served = json.loads(json.dumps(list(shape(get_query(name), rows, {}).rows)))
    result = CliRunner().invoke(app, ["query", name, "--format", "json", "--store", str(sample_store_dir)])
    assert result.exit_code == 0, result.output
    assert served == json.loads(result.stdout)


def test_serve_update_gets_403(cli_server):
    client = SPARQLWrapper(f"{cli_server[0]}/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        client.query()
    assert caught.value.code == 403


@pytest.mark.parametrize("update", ["DELETE WHERE { ?s ?p ?o }",
                                    "PREFIX a: <http://x/> INSERT { ?s a:p 1 } WHERE { SELECT ?s WHERE { ?s ?p ?o } }"])
def test_serve_update_hidden_in_query_parameter_gets_403(served, update):
    response = httpx.get(f"{served}/sparql", params={"query": update})
    assert response.status_code == 403


@pytest.mark.parametrize("media, fmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("text/csv", None),                                  # lossy by design: read back as plain CSV
])
def test_serve_result_format_follows_accept(served, sample_store, media, fmt):
    text = get_query("references").text
    response = httpx.get(f"{served}/sparql", params={"query": text}, headers={"Accept": media})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media)
    expected = sample_store.query(text)
    if fmt is None:
        assert len(list(csv.reader(io.StringIO(response.text)))) == len(expected.rows) + 1
        return
    parsed = ox.parse_query_results(response.content, format=fmt)
    assert [tuple(s[i] for i in range(len(expected.variables))) for s in parsed] == list(expected.rows)


def test_serve_unanswerable_accept_gets_406(served):
    response = httpx.get(f"{served}/sparql", params={"query": COUNT_QUERY}, headers={"Accept": "image/png"})
    assert response.status_code == 406


@pytest.mark.parametrize("how", ["form", "direct"])
def test_serve_post_form_and_direct_answer_alike(served, how):
    kwargs = ({"data": {"query": COUNT_QUERY}} if how == "form" else
              {"content": COUNT_QUERY.encode(), "headers": {"Content-Type": "application/sparql-query"}})
    posted = httpx.post(f"{served}/sparql", **kwargs)
    fetched = httpx.get(f"{served}/sparql", params={"query": COUNT_QUERY})
    assert posted.status_code == 200 and posted.json() == fetched.json()


def test_serve_construct_answers_turtle(served):
    response = httpx.get(f"{served}/sparql", headers={"Accept": "text/turtle"},
                         params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/anodekg#Paper> ; ?p ?o }"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    assert list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))


def test_serve_malformed_query_gets_400(served):
    response = httpx.get(f"{served}/sparql", params={"query": "SELECT ?s WHERE {"})
    assert response.status_code == 400 and "malformed" in response.text


def test_serve_result_is_cut_at_max_rows(sample_store_dir):
    with running_server(ServeOptions(store=str(sample_store_dir), max_rows=5)) as url:
        response = httpx.get(f"{url}/sparql", params={"query": get_query("measurements").text})
    assert len(response.json()["results"]["bindings"]) == 5
    assert response.headers["x-sparql-maxrows"] == "5"


def test_serve_slow_query_times_out_with_503(sample_store_dir):
    with running_server(ServeOptions(store=str(sample_store_dir), timeout_s=0.01)) as url:
        response = httpx.get(f"{url}/sparql", params={"query": SLOW_QUERY})
    assert response.status_code == 503 and "limit" in response.text


def test_serve_update_with_token_is_applied(store_copy):
    token = "s3cret-token"
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    with running_server(ServeOptions(store=str(store_copy), allow_update=True, token=token)) as url:
        refused = httpx.post(f"{url}/sparql", data={"update": update}, headers={"Authorization": "Bearer wrong"})
        applied = httpx.post(f"{url}/sparql", data={"update": update}, headers={"Authorization": f"Bearer {token}"})
        asked = httpx.get(f"{url}/sparql", params={"query": "ASK { <http://example.org/s> ?p ?o }"})
    assert (refused.status_code, applied.status_code) == (401, 204)
    assert asked.json()["boolean"] is True


def test_serve_allow_update_without_token_is_an_input_error():
    with pytest.raises(InputError, match="token"):
        ServeOptions(allow_update=True)


def test_serve_named_query_binds_parameters(served, sample_store):
    params = {"property": "CoulombicEfficiency", "min_value": "99"}
    response = httpx.get(f"{served}/named/above-threshold", params=params)
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(list(api.query(sample_store, "above-threshold", params).rows)))


def test_serve_named_query_parameter_is_data_not_syntax(served):
    response = httpx.get(f"{served}/named/citations-of-structure",
                         params={"structure": '"} } UNION { ?s ?p ?o } #'})
    assert response.status_code == 200 and response.json() == []


def test_serve_named_query_bad_parameter_gets_400(served):
    response = httpx.get(f"{served}/named/above-threshold", params={"min_value": "lots"})
    assert response.status_code == 400 and "must be a number" in response.text


def test_serve_page_offers_every_named_query_and_free_sparql(served):
    page = httpx.get(f"{served}/", headers={"Accept": "text/html"}).text
    for name in named_queries():
        assert f"/named/{name}" in page
    assert "action='/run'" in page and "/viewer" in page


def test_serve_free_sparql_renders_an_html_table(served):
    response = httpx.get(f"{served}/run", headers={"Accept": "text/html"},
                         params={"query": "SELECT ?id WHERE { ?p akg:paperId ?id }"})
    assert response.status_code == 200 and "<table>" in response.text and "10.1002/adv.201600445" in response.text


def test_serve_viewer_route_follows_the_html_export(served):
    from pipeline.export import WRITERS
    response = httpx.get(f"{served}/viewer", timeout=60)
    assert response.status_code == (200 if "html" in WRITERS else 404)


def test_serve_missing_store_fails_at_start(tmp_path):
    from pipeline.errors import StoreError
    from pipeline.server import create_app
    with pytest.raises(StoreError, match="no store"):
        create_app(ServeOptions(store=str(tmp_path / "none")))


def test_serve_sees_what_a_writer_adds_while_it_runs(store_copy):
    """Reads open the store per request, so an ingest may write beside the server and be seen at once."""
    graph = ox.NamedNode("http://example.org/added-while-serving")
    ask = {"query": f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"}
    with running_server(ServeOptions(store=str(store_copy))) as url:
        before = httpx.get(f"{url}/sparql", params=ask).json()["boolean"]
        writer = open_store(str(store_copy))
        try:
            writer.put_graph(graph, [ox.Quad(graph, graph, ox.Literal("x"), graph)])
        finally:
            writer.close()
        after = httpx.get(f"{url}/sparql", params=ask).json()["boolean"]
    assert (before, after) == (False, True)


def test_serve_help_has_an_example():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--store" in result.output
