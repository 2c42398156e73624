"""A triple store on a server: SPARQL 1.1 Protocol for reading, Graph Store Protocol for writing.

The store URL is the server's query endpoint behind ``sparql+``::

    sparql+http://127.0.0.1:7878/query                  Oxigraph server (writes go to /store)
    sparql+http://dba:secret@127.0.0.1:8890/sparql       Virtuoso (writes go to /sparql-graph-crud-auth)
    sparql+https://host/ds/sparql?gsp=/ds/data&update=/ds/update      anything else, said explicitly

Credentials come from the URL, the ``user``/``password`` arguments, or $ANODEKG_STORE_USER and
$ANODEKG_STORE_PASSWORD; the server's challenge picks HTTP Digest (Virtuoso) or Basic auth.

Queries go as form POSTs (Virtuoso 7.2 hangs on ``application/sparql-query`` bodies). A named query's
parameters travel as a SPARQL ``VALUES`` block of typed terms put at the head of the query's WHERE
group, so a ``FILTER`` in that group sees them exactly as with the embedded store's substitutions; the
values are RDF terms written by pyoxigraph, never user text pasted into the query. An xsd:decimal
value travels as xsd:double: Virtuoso 7.2 fails (SR128 "numeric value out of range") when it sorts
groups that carry a decimal from VALUES, and our figures are doubles, so a comparison with them
promotes the decimal to double anyway.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from pipeline.build_rdf import BASE
from pipeline.errors import QueryError, StoreError
from pipeline.store.base import (
    PASSWORD_ENV,
    USER_ENV,
    Closing,
    GraphTriples,
    Rows,
    Term,
    ntriples_of,
    rows_of,
)
from pipeline.store.sparql_text import query_form, where_brace, with_values  # noqa: F401  (re-exported)

GRAPH_PREFIX = BASE + "graph/"          # only our graphs are listed, counted and dumped
TIMEOUT_S = 120.0
TRUNCATION_HEADERS = ("x-sparql-maxrows",)          # Virtuoso's ResultSetMaxRows cut a result short



@dataclass(frozen=True, slots=True)
class Endpoints:
    query: str
    update: str
    gsp: str


def endpoints(url: str, authenticated: bool = False) -> Endpoints:
    """Where queries, updates and Graph Store requests go, from the query endpoint's URL."""
    parts = urlsplit(url)
    given = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    query = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(
        {k: v for k, v in given.items() if k not in ("gsp", "update")}), ""))
    if parts.path.endswith("/query"):                       # Oxigraph server (and Fuseki-like layouts)
        update, gsp = urljoin(query, "update"), urljoin(query, "store")
    elif parts.path.endswith("/sparql"):                    # Virtuoso
        update, gsp = query, urljoin(query, "sparql-graph-crud-auth" if authenticated else "sparql-graph-crud")
    else:                                                   # SPARQL 1.1 GSP allows the one URL for all
        update, gsp = query, query
    return Endpoints(query, urljoin(query, given.get("update", update)), urljoin(query, given.get("gsp", gsp)))


class ChallengeAuth(httpx.Auth):
    """Answers whichever challenge the server sends: Digest (Virtuoso) or Basic (most others)."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._chosen is None:
            response = yield request
            if response.status_code != 401:
                return
            challenge = response.headers.get("www-authenticate", "").lower()
            self._chosen = self._digest if challenge.startswith("digest") else self._basic
        yield from self._chosen.auth_flow(request)


class SparqlStore(Closing):
    """A graph store on a SPARQL server; each paper's graph is written with one Graph Store PUT."""

    def __init__(self, location: str, *, read_only: bool = False, user: str | None = None,
                 password: str | None = None, timeout: float = TIMEOUT_S) -> None:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{location!r} is not an http(s) SPARQL endpoint URL "
                             "(e.g. sparql+http://127.0.0.1:7878/query)")
        user = user or parts.username or os.environ.get(USER_ENV)
        password = password or parts.password or os.environ.get(PASSWORD_ENV)
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        self.location = "sparql+" + url                  # never shows the password
        self.endpoints = endpoints(url, authenticated=bool(user))
        self.read_only = read_only
        auth = ChallengeAuth(user, password or "") if user else None
        self._http = httpx.Client(auth=auth, timeout=timeout, follow_redirects=True)

    # -- reading ------------------------------------------------------------------------------------
    def query(self, sparql: str, params: Mapping[str, Term] | None = None, *,
              limit: int | None = None) -> Rows | bool | list[ox.Triple]:
        form = query_form(sparql)
        accept = "text/turtle" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+xml"
        response = self._send("POST", self.endpoints.query, "query", data={"query": with_values(sparql, params)},
                              headers={"Accept": accept})
        if response.status_code == 400:
            raise QueryError(f"malformed SPARQL (the server says: {_short(response.text)})")
        self._check(response, "query")
        try:
            if accept == "text/turtle":
                return list(islice(ox.parse(response.content, format=ox.RdfFormat.TURTLE), limit))
            return rows_of(ox.parse_query_results(response.content, format=ox.QueryResultsFormat.XML), limit)
        except SyntaxError as exc:
            raise StoreError(f"{self.location}: unreadable query answer ({exc})") from exc

    def graphs(self) -> list[ox.NamedNode]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }",
                          {"prefix": ox.Literal(GRAPH_PREFIX)})
        assert isinstance(rows, Rows)
        return sorted((row[0] for row in rows.rows if isinstance(row[0], ox.NamedNode)), key=lambda g: g.value)

    def count(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                          "FILTER(STRSTARTS(STR(?g), ?prefix)) }", {"prefix": ox.Literal(GRAPH_PREFIX)})
        assert isinstance(rows, Rows)
        return int(rows.rows[0][0].value) if rows.rows and rows.rows[0][0] is not None else 0

    def graph_triples(self, graph: ox.NamedNode) -> list[ox.Triple]:
        """One named graph, fetched with a Graph Store GET."""
        response = self._send("GET", self.endpoints.gsp, "read", params={"graph": graph.value},
                              headers={"Accept": "application/n-triples"})
        if response.status_code == 404:
            return []
        self._check(response, f"reading {graph.value}")
        return list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))

    def dump(self, out: Path, fmt: ox.RdfFormat) -> None:
        graphs = self.graphs()
        try:
            if fmt.supports_datasets:
                quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g in graphs for t in self.graph_triples(g)]
                ox.serialize(quads, str(out), fmt)
            else:
                triples = {t for g in graphs for t in self.graph_triples(g)}
                ox.serialize(sorted(triples, key=str), str(out), fmt)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc}") from exc

    # -- writing ------------------------------------------------------------------------------------
    def put_graph(self, graph: ox.NamedNode, triples: GraphTriples) -> None:
        """Graph Store PUT: the server replaces the graph with this body in one request."""
        self._writable()
        body = ntriples_of(triples)
        response = self._send("PUT", self.endpoints.gsp, "write", params={"graph": graph.value}, content=body,
                              headers={"Content-Type": "application/n-triples"})
        self._check(response, f"writing {graph.value}")

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._writable()
        response = self._send("DELETE", self.endpoints.gsp, "write", params={"graph": graph.value})
        if response.status_code != 404:
            self._check(response, f"dropping {graph.value}")

    def close(self) -> None:
        self._http.close()

    # -- plumbing -----------------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location} was opened read-only")

    def _send(self, method: str, url: str, what: str, **kwargs: object) -> httpx.Response:
        try:
            return self._http.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException as exc:
            raise StoreError(f"{url}: no answer to the {what} within {self._http.timeout.read}s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL server ({exc})") from exc

    def _check(self, response: httpx.Response, what: str) -> None:
        if response.status_code in (401, 403):
            raise StoreError(f"{response.url}: {what} refused ({response.status_code}); "
                             f"give --user/--password or ${USER_ENV}/${PASSWORD_ENV}")
        if response.status_code >= 400:
            raise StoreError(f"{response.url}: {what} failed ({response.status_code}: {_short(response.text)})")
        for header in TRUNCATION_HEADERS:
            if header in response.headers:
                raise StoreError(f"{response.url}: the server cut the answer at {response.headers[header]} rows; "
                                 "raise its result limit (Virtuoso: ResultSetMaxRows)")


def _short(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]
