"""Hostile parameter values and SPARQL texts: bound as plain data or refused, never run as query text."""

import pyoxigraph as ox
import pytest
from conftest import fingerprint

from pipeline import api
from pipeline.build_rdf import material_iri
from pipeline.errors import QueryError
from pipeline.store.named import bind, get_query, named_queries

HOSTILE = [
    '"', "'", '\\"', "{", "}", "} UNION { ?s ?p ?o }", '"} } UNION { ?s ?p ?o } #', "x\") } ; DROP ALL ; #",
    "first line\nsecond line", "a\r\n} INSERT DATA { <urn:a> <urn:b> <urn:c> }", "<http://example.org/a b>",
    "http://example.org/with space", "https://w3id.org/anodekg#Coulombic Efficiency", "# only a comment",
    "?s", "$s", "\x00", "}" * 500,
]
PARAMS = [(query.name, param.name) for query in named_queries().values() for param in query.params]
STRING_TYPES = ("xsd:string",)


@pytest.fixture(scope="module")
def untouched(sample_store_dir):
    """The sample store's fingerprint, which no query may change."""
    return fingerprint(sample_store_dir)


@pytest.mark.parametrize("query_name, param_name", PARAMS)
@pytest.mark.parametrize("value", HOSTILE)
def test_injection_value_is_bound_as_data_or_refused(query_name, param_name, value):
    query = get_query(query_name)
    try:
        bindings = bind(query, {param_name: value})
    except QueryError as exc:
        assert "\n" not in str(exc)                                  # one clear line, the value repr()ed
        assert query.param(param_name).type not in STRING_TYPES
        return
    term = bindings[param_name]
    kind = query.param(param_name).type
    if kind == "akg:material":                  # any text names a material: its node's IRI, built safely
        assert isinstance(term, ox.NamedNode) and term.value == str(material_iri(value.strip()))
        assert not set(term.value) & set(' "{}<>\n\\')
        return
    assert kind in STRING_TYPES, f"{value!r} was accepted as {term}"
    assert isinstance(term, ox.Literal) and term.value == value.strip()


@pytest.mark.parametrize("value", HOSTILE)
def test_injection_string_parameter_matches_only_literally(sample_store, sample_store_dir, untouched, value):
    table = api.query(sample_store, "citations-of-structure", {"structure": value})
    assert all(value.strip().lower() in str(row["name"]).lower() for row in table.rows)
    assert fingerprint(sample_store_dir) == untouched


def test_injection_string_parameter_still_finds_real_names(sample_store):
    cited = [row["structure"] for row in api.query(sample_store, "structures").rows if row["citations"]]
    assert cited
    rows = api.query(sample_store, "citations-of-structure", {"structure": cited[0]}).rows
    assert rows and all(cited[0].lower() in str(row["name"]).lower() for row in rows)   # so empty answers mean something


@pytest.mark.parametrize("value", ["https://evil.example/x y/CoulombicEfficiency", "x/CoulombicEfficiency",
                                   "<https://w3id.org/anodekg#CoulombicEfficiency> } UNION {",
                                   "akg:Coulombic Efficiency"])
def test_injection_vocabulary_parameter_takes_only_ontology_names(value):
    with pytest.raises(QueryError, match="unknown property"):
        bind(get_query("best-by-property"), {"property": value})


@pytest.mark.parametrize("value", ["CoulombicEfficiency", "akg:CoulombicEfficiency",
                                   "https://w3id.org/anodekg#CoulombicEfficiency"])
def test_injection_vocabulary_parameter_accepts_its_spellings(value):
    assert bind(get_query("best-by-property"), {"property": value})["property"].value.endswith("#CoulombicEfficiency")


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "  delete where { ?s ?p ?o }",
    "PREFIX x: <http://example.org/#>\nDROP ALL",
    "# a comment first\nCLEAR ALL",
    "BASE <http://example.org/> LOAD <http://example.org/data.ttl>",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CREATE GRAPH <urn:new>",
    "COPY DEFAULT TO <urn:g>",
]


@pytest.mark.parametrize("text", UPDATES)
def test_injection_sparql_refuses_updates_by_name(sample_store, sample_store_dir, untouched, text):
    with pytest.raises(QueryError, match="only reads"):
        api.sparql(sample_store, text)
    assert fingerprint(sample_store_dir) == untouched


@pytest.mark.parametrize("text", ["SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
                                  "SELECT * WHERE { ?s ?p ?o } LIMIT 1 INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                  "ASK { ?s ?p ?o } # \nCLEAR ALL"])
def test_injection_sparql_query_with_update_tail_is_refused(sample_store, sample_store_dir, untouched, text):
    with pytest.raises(QueryError):
        api.sparql(sample_store, text)
    assert fingerprint(sample_store_dir) == untouched


def test_injection_read_only_store_cannot_write(sample_store_dir):
    from pipeline.errors import StoreError
    from pipeline.store import open_store
    store = open_store(str(sample_store_dir), read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.drop_graph(store.graphs()[0])
