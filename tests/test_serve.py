"""`anodekg serve`: a real uvicorn on a loopback port, queried by real clients (SPARQLWrapper, httpx)."""

import csv
import io
import json
import signal
import socket
import urllib.error
from concurrent.futures import ThreadPoolExecutor

import httpx
import pyoxigraph as ox
import pytest
from conftest import (
    cli_process,
    fingerprint,
    lock_holders,
    process_gone,
    running_server,
    serve_process,
    wait_for,
)
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from typer.testing import CliRunner

from pipeline import api
from pipeline.cli import app
from pipeline.errors import InputError
from pipeline.server import ServeOptions
from pipeline.store import open_store
from pipeline.store.named import get_query, named_queries, table_of

COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# thousands of triples cubed: no machine answers it within any timeout a test uses
ENDLESS_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
HUGE_SELECT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"        # every pair of triples: millions of rows
TIMEOUT_S = 2.0


@pytest.fixture(scope="module")
def cli_server(sample_store_dir):
    """`anodekg serve` itself, as a user starts it, in a subprocess; yields (base URL, first output line)."""
    with serve_process(sample_store_dir) as (base, _, line):
        yield base, line


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
    served = json.loads(json.dumps(list(table_of(get_query(name), rows, {}).rows)))
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
    with running_server(ServeOptions(store=str(sample_store_dir), timeout_s=TIMEOUT_S)) as url:
        response = httpx.get(f"{url}/sparql", params={"query": ENDLESS_QUERY}, timeout=120)
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


def test_serve_combined_answer_reads_all_its_parts_under_max_rows(sample_store_dir, sample_store):
    """compare-classes combines one row per paper and per class and property: more rows than it answers,
    and more than --max-rows here; the cap is on the answer."""
    expected = json.loads(json.dumps(list(api.query(sample_store, "compare-classes").rows)))
    assert len(sample_store.query(get_query("compare-classes").text).rows) > len(expected) > 4
    with running_server(ServeOptions(store=str(sample_store_dir), max_rows=4)) as url:
        response = httpx.get(f"{url}/named/compare-classes")
    assert response.json() == expected[:4]
    assert response.headers["x-sparql-maxrows"] == "4"


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


# ---- a server that a slow query cannot take down ------------------------------------------------
def _in_background(function, *args):
    """Run ``function(*args)`` on a thread; returns a future of its result."""
    pool = ThreadPoolExecutor(1)
    future = pool.submit(function, *args)
    pool.shutdown(wait=False)
    return future


def _ask(base, query, **options):
    return httpx.get(f"{base}/sparql", params={"query": query}, timeout=120, **options)


def _status(base):
    return httpx.get(f"{base}/status", timeout=30).json()


def _peak_rss_mb(pid: int) -> float:
    """The most resident memory process ``pid`` has had (VmHWM), in MB."""
    from pathlib import Path
    line = next(ln for ln in Path(f"/proc/{pid}/status").read_text().splitlines() if ln.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _worker_pids(server_pid: int) -> set[int]:
    from pathlib import Path
    children = set()
    for task in Path(f"/proc/{server_pid}/task").iterdir():
        children |= {int(pid) for pid in (task / "children").read_text().split()}
    return {pid for pid in children if b"pipeline.server.worker" in Path(f"/proc/{pid}/cmdline").read_bytes()}


def test_serve_query_past_timeout_is_stopped_and_an_ingest_proceeds(halved_store, sample_pdf):
    """The worker running a query past --timeout is killed: its CPU and its read lock go with it, and an
    ingest into the served store is not kept waiting (issue 15: both outlived the 503 by 45 s)."""
    with running_server(ServeOptions(store=str(halved_store), timeout_s=TIMEOUT_S)) as url:
        answer = _in_background(_ask, url, ENDLESS_QUERY)
        wait_for(lambda: lock_holders(halved_store), what="the query to take the store's read lock")
        [worker] = lock_holders(halved_store)
        response = answer.result()
        assert response.status_code == 503 and f"{TIMEOUT_S:g} s limit" in response.text
        assert process_gone(worker, 1.0), "the worker still runs a second after its query's deadline"
        assert not lock_holders(halved_store)
        before = fingerprint(halved_store)
        ingest = cli_process("ingest", str(sample_pdf), "--force", "--store", str(halved_store))
        _, errors = ingest.communicate(timeout=300)
        assert ingest.returncode == 0 and "waiting for lock" not in errors, errors
        counted = _ask(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert fingerprint(halved_store) != before
    assert int(counted.json()["results"]["bindings"][0]["n"]["value"]) == fingerprint(halved_store)[0]


def test_serve_huge_select_with_max_rows_keeps_server_memory_flat(sample_store_dir):
    """A SELECT of millions of rows is read up to --max-rows, never whole (it grew the server to 5.2 GB)."""
    with serve_process(sample_store_dir, "--max-rows", "1000") as (base, process, _):
        response = _ask(base, HUGE_SELECT)
        server_mb = _peak_rss_mb(process.pid)
        worker_mb = max(_peak_rss_mb(pid) for pid in _worker_pids(process.pid))
    assert response.status_code == 200 and response.headers["x-sparql-maxrows"] == "1000"
    assert len(response.json()["results"]["bindings"]) == 1000
    assert server_mb < 200 and worker_mb < 200, (server_mb, worker_mb)


def test_serve_big_answer_streams_whole_past_the_read_ahead(sample_store_dir):
    """An answer bigger than the server holds back (8 MiB) streams as the engine yields it, cut at --max-rows."""
    rows = 60_000
    with running_server(ServeOptions(store=str(sample_store_dir), max_rows=rows, timeout_s=600)) as url:
        response = _ask(url, HUGE_SELECT, headers={"Accept": "text/tab-separated-values"})
    assert response.status_code == 200 and response.headers["x-sparql-maxrows"] == str(rows)
    assert "content-length" not in response.headers                      # streamed, not held back whole
    assert len(response.content) > 8 << 20
    parsed = list(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.TSV))
    assert len(parsed) == rows


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_signal_stops_the_server_with_a_query_running(store_copy, sig):
    """Ctrl-C (or SIGTERM) ends the server in at most 2 s, its running query and its workers with it."""
    with serve_process(store_copy, "--timeout", "600") as (base, process, _):
        workers = _worker_pids(process.pid)
        answer = _in_background(_ask, base, ENDLESS_QUERY)
        wait_for(lambda: lock_holders(store_copy), what="the query to take the store's read lock")
        process.send_signal(sig)
        process.wait(timeout=2)
        assert answer.result().status_code == 503
    assert all(process_gone(pid, 1.0) for pid in workers)
    assert not lock_holders(store_copy)


def test_serve_full_queue_answers_503_with_retry_after(sample_store_dir):
    """One worker, a queue of one: the second request waits its turn (and is answered), the third is
    refused at once with a Retry-After."""
    options = ServeOptions(store=str(sample_store_dir), workers=1, queue=1, timeout_s=TIMEOUT_S)
    with running_server(options) as url:
        slow = _in_background(_ask, url, ENDLESS_QUERY)
        wait_for(lambda: _status(url)["running"] == 1, what="the slow query to run")
        queued = _in_background(_ask, url, COUNT_QUERY)
        wait_for(lambda: _status(url)["waiting"] == 1, what="the second query to wait")
        refused = _ask(url, COUNT_QUERY)
        assert refused.status_code == 503 and int(refused.headers["retry-after"]) >= 1
        assert slow.result().status_code == 503
        assert queued.result().status_code == 200


def test_serve_burst_is_queued_not_refused(sample_store_dir):
    options = ServeOptions(store=str(sample_store_dir), workers=1, queue=64)
    with running_server(options) as url, ThreadPoolExecutor(40) as clients:
        answers = list(clients.map(lambda _: _ask(url, COUNT_QUERY).status_code, range(40)))
    assert answers == [200] * 40


def _raw_request(url: str, query: str) -> socket.socket:
    """A client that sends a query over a bare socket, so the test decides when it leaves."""
    from urllib.parse import quote
    port = int(url.rsplit(":", 1)[1])
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(f"GET /sparql?query={quote(query)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    return client


def test_serve_client_that_leaves_gives_back_its_worker(sample_store_dir):
    """A client that stops reading a streamed answer, leaves while its query runs, or leaves the queue
    holds no worker after it (the timeout is long: only its leaving can free the worker)."""
    options = ServeOptions(store=str(sample_store_dir), workers=1, queue=4, max_rows=1_000_000, timeout_s=600)
    with running_server(options) as url:
        with httpx.stream("GET", f"{url}/sparql", params={"query": HUGE_SELECT}, timeout=120) as response:
            assert response.status_code == 200 and next(response.iter_bytes())
        wait_for(lambda: _status(url)["running"] == 0, what="the abandoned answer's worker to be freed")
        assert _ask(url, COUNT_QUERY).status_code == 200

        with _raw_request(url, ENDLESS_QUERY):
            wait_for(lambda: lock_holders(sample_store_dir), what="the query to run")
            [worker] = lock_holders(sample_store_dir)
        assert process_gone(worker, 30), "the query ran on after its client left"
        wait_for(lambda: _status(url)["running"] == 0 and _status(url)["idle"] == 1, what="a fresh worker")

        slow = _in_background(_ask, url, ENDLESS_QUERY)
        wait_for(lambda: _status(url)["running"] == 1, what="the slow query to run")
        with _raw_request(url, "ASK {}"):
            wait_for(lambda: _status(url)["waiting"] == 1, what="the request to queue")
        wait_for(lambda: _status(url)["waiting"] == 0, what="the departed client to leave the queue")
    assert slow.result().status_code == 503                     # stopped with the server


def test_serve_update_needs_the_bearer_scheme(store_copy):
    token = "s3cret-token"
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    with running_server(ServeOptions(store=str(store_copy), allow_update=True, token=token)) as url:
        bare = httpx.post(f"{url}/sparql", data={"update": update}, headers={"Authorization": token})
        basic = httpx.post(f"{url}/sparql", data={"update": update}, headers={"Authorization": f"Basic {token}"})
        asked = httpx.get(f"{url}/sparql", params={"query": "ASK { <http://example.org/s> ?p ?o }"})
        lower = httpx.post(f"{url}/sparql", data={"update": update}, headers={"Authorization": f"bearer {token}"})
    assert (bare.status_code, basic.status_code, lower.status_code) == (401, 401, 204)
    assert asked.json()["boolean"] is False


def test_serve_update_by_get_is_refused_even_with_the_token(store_copy):
    token = "s3cret-token"
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    with running_server(ServeOptions(store=str(store_copy), allow_update=True, token=token)) as url:
        response = httpx.get(f"{url}/sparql", params={"update": update}, headers={"Authorization": f"Bearer {token}"})
        asked = httpx.get(f"{url}/sparql", params={"query": "ASK { <http://example.org/s> ?p ?o }"})
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    assert asked.json()["boolean"] is False


def test_serve_named_query_repeated_parameter_gets_400(served):
    response = httpx.get(f"{served}/named/best-by-property?k=3&k=5")
    assert response.status_code == 400 and "given twice" in response.text


def test_serve_errors_name_no_internal_class(served):
    for response in (httpx.get(f"{served}/sparql", params={"query": "SELECT ?s WHERE {"}),
                     httpx.get(f"{served}/named/above-threshold", params={"min_value": "lots"}),
                     httpx.get(f"{served}/named/above-threshold", params={"min_value": "lots"},
                               headers={"Accept": "text/html"})):
        assert response.status_code == 400
        assert "QueryError" not in response.text and "InputError" not in response.text


@pytest.mark.parametrize("option, value", [("--timeout", "-5"), ("--timeout", "0"), ("--max-rows", "0"),
                                           ("--workers", "0"), ("--queue", "-1")])
def test_serve_cli_refuses_a_nonpositive_limit(sample_store_dir, option, value):
    result = CliRunner().invoke(app, ["serve", "--store", str(sample_store_dir), option, value])
    assert result.exit_code == 2 and option in result.output


@pytest.mark.parametrize("field, value", [("timeout_s", -5), ("max_rows", 0), ("workers", 0), ("queue", -1)])
def test_serve_options_refuse_a_nonpositive_limit(field, value):
    with pytest.raises(InputError, match="must be"):
        ServeOptions(**{field: value})
