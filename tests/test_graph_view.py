"""The NetworkX projection over papers that share materials and cited works: each shared node is restated
in every paper's graph that names it, and the projection must read it once (rows linear in the store)."""

from collections import Counter

import pytest

from benchmarks.synthetic import paper_quads
from pipeline.api import ensure_ontology
from pipeline.graph_view import PROJECTION_DIR, project, select, with_work_keys, work_keys
from pipeline.store import open_store
from pipeline.store.named import python_value

PREFIXES = "".join(line + "\n" for line in (PROJECTION_DIR / "materials.rq").read_text().splitlines()
                   if line.startswith("PREFIX"))
# the plain joins, which read a shared node once per graph that restates it: the projection's rows
# must be exactly their distinct rows
NAIVE = {
    "materials": """SELECT ?structure ?node ?label WHERE {
        ?structure akg:hasMaterial ?node ; akg:evidence ?evidence . ?node rdfs:label ?label . }""",
    "references": """SELECT ?node ?paperNode ?paper ?number ?authors ?title ?journal ?year ?doi ?work WHERE {
        ?node a akg:Reference ; akg:citationNumber ?number ; akg:describedIn ?paperNode .
        ?paperNode akg:paperId ?paper .
        OPTIONAL { ?node akg:authorList ?authors . } OPTIONAL { ?node dcterms:title ?title . }
        OPTIONAL { ?node akg:journal ?journal . } OPTIONAL { ?node akg:year ?year . }
        OPTIONAL { ?node bibo:doi ?doi . }
        OPTIONAL { ?node akg:work ?w . OPTIONAL { ?w akg:sameWorkAs ?w1 . OPTIONAL { ?w1 akg:sameWorkAs ?w2 . } }
                   BIND(COALESCE(?w2, ?w1, ?w) AS ?resolved) ?resolved akg:workKey ?work . } }""",
    # the projection joins each property's scan by hashing: the rows of a plain join of the same patterns
    "structures": """SELECT ?node ?paperNode ?paper ?label ?top ?sub ?evidence ?own WHERE {
        ?node akg:evidence ?evidence ; rdfs:label ?label ; akg:describedIn ?paperNode ; a ?top .
        ?top rdfs:subClassOf akg:Structure . ?paperNode akg:paperId ?paper .
        OPTIONAL { ?node a ?sub . ?sub rdfs:subClassOf ?top . } OPTIONAL { ?node akg:ownResult ?own . } }""",
    "measurements": """SELECT ?node ?structure ?property ?value ?unit ?qualifier ?raw ?page ?sentence ?section ?paper WHERE {
        ?node a akg:Measurement ; akg:ofStructure ?structure ; akg:property ?property ; akg:value ?value ;
              akg:unit ?unit ; akg:qualifier ?qualifier ; akg:describedIn ?paperNode ; prov:wasDerivedFrom ?source .
        ?paperNode akg:paperId ?paper . ?source akg:page ?page ; akg:text ?sentence .
        OPTIONAL { ?source akg:section ?section . } OPTIONAL { ?node akg:rawText ?raw . } }""",
    "citations": """SELECT ?node ?ref WHERE { ?node cito:citesAsDataSource ?ref . ?ref a akg:Reference . }""",
}


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """Eight synthetic papers naming the same few materials and citing the same well-known works."""
    store = open_store(str(tmp_path_factory.mktemp("shared") / "store"))
    ensure_ontology(store)
    for index in range(8):
        quads = paper_quads(index)
        store.put_graph(quads[0].graph_name, quads)
    yield store
    store.close()


@pytest.mark.parametrize("name", sorted(p.stem for p in PROJECTION_DIR.glob("*.rq")))
def test_graph_view_projection_rows_are_distinct(shared_store, name):
    rows = [tuple(r.items()) for r in select(shared_store, name)]
    assert rows and len(rows) == len(set(rows))


@pytest.mark.parametrize("name", sorted(NAIVE))
def test_graph_view_projection_rows_equal_the_plain_join(shared_store, name):
    naive = shared_store.query(PREFIXES + NAIVE[name])
    expected = {tuple(map(python_value, row)) for row in naive.rows}
    rows = select(shared_store, name)
    if name == "references":                    # the work's key joins in from works.rq
        rows = with_work_keys(rows, work_keys(shared_store))
    if name in ("materials", "references"):
        assert len(naive.rows) > len(rows)      # the plain join does meet the shared nodes again
    else:
        assert len(naive.rows) == len(rows)     # nothing shared: the same rows, one by one
    assert {tuple(r.values()) for r in rows} == expected


def test_graph_view_rows_come_in_the_order_their_header_gives(shared_store):
    rows = select(shared_store, "measurements")
    keys = [(r["paper"], r["page"], r["node"]) for r in rows]
    assert keys == sorted(keys)


def test_graph_view_one_edge_per_relation_between_two_nodes(shared_store):
    g = project(shared_store)
    edges = Counter((u, v, relation) for u, v, relation in g.edges(data="relation"))
    assert edges.most_common(1)[0][1] == 1
    shared = [m for m, t in g.nodes(data="type") if t == "Material" and g.in_degree(m) > 8]
    assert shared, "the synthetic papers share materials"
    assert sum(g.nodes[p].get("work") is not None for p, t in g.nodes(data="type") if t == "Reference") > 8
