"""One graph across papers: a cited study is one Work whichever paper cites it or is it."""

import pyoxigraph as ox
import pytest
from conftest import build_store, shared_path

from pipeline import api
from pipeline.store import open_store
from pipeline.store.named import prefix_block, python_value

SAMPLE_ID = "10.1002/adv.201600445"
CITED_ID = "10.5555/akg.cited"
CITING_ID = "10.5555/akg.citing"

ROOT_OF = """
    ?w0 akg:sameWorkAs* ?work . FILTER NOT EXISTS { ?work akg:sameWorkAs ?stronger }
    ?work akg:workKey ?key .
"""


def select(store, query: str, **params: str) -> list[dict[str, object]]:
    """Rows of a SELECT whose parameters (in its SELECT list) are bound as string literals."""
    result = store.query(prefix_block() + query, {k: ox.Literal(v) for k, v in params.items()})
    return [{v: python_value(t) for v, t in zip(result.variables, row, strict=True)} for row in result.rows]


def roots_of_references(store, paper_id: str) -> dict[int, str]:
    rows = select(store, f"""SELECT DISTINCT ?number ?key ?pid WHERE {{
        ?ref a akg:Reference ; akg:citationNumber ?number ; akg:work ?w0 ; akg:describedIn/akg:paperId ?pid .
        {ROOT_OF} }}""", pid=paper_id)
    return {row["number"]: row["key"] for row in rows}


def root_of_paper(store, paper_id: str) -> str:
    rows = select(store, f"SELECT DISTINCT ?key ?pid WHERE {{ ?p akg:paperId ?pid ; akg:work ?w0 . {ROOT_OF} }}", pid=paper_id)
    assert len(rows) == 1, rows
    return rows[0]["key"]


def test_works_reference_cited_by_two_papers_is_one_work(works_store):
    citing, sample = roots_of_references(works_store, CITING_ID), roots_of_references(works_store, SAMPLE_ID)
    shared = set(citing.values()) & set(sample.values())
    assert shared, "the study both papers cite should be one work"
    rows = api.query(works_store, "work-citations", {"min_papers": "2"}).rows
    merged = [r for r in rows if r["work"] in shared]
    assert merged and all(set(r["papers"]) == {SAMPLE_ID, CITING_ID} for r in merged)


def test_works_ingested_paper_and_the_reference_to_it_are_one_work(works_store):
    cited_work = root_of_paper(works_store, CITED_ID)
    assert cited_work in roots_of_references(works_store, CITING_ID).values()
    rows = api.query(works_store, "work-citations", {"match": "akg.cited"}).rows
    assert [(r["ingested"], r["papers"]) for r in rows] == [([CITED_ID], [CITING_ID])]


def test_works_stats_counts_each_work_once(works_store, sample_store, tmp_path, cross_paper_pdfs):
    alone = open_store(str(tmp_path / "alone"))
    try:
        api.ingest([cross_paper_pdfs["cited"], cross_paper_pdfs["citing"]], alone)
        separate = api.stats(sample_store)["works"] + api.stats(alone)["works"]
    finally:
        alone.close()
    shared = len(set(roots_of_references(works_store, CITING_ID).values())
                 & set(roots_of_references(works_store, SAMPLE_ID).values()))
    together = api.stats(works_store)["works"]
    assert shared >= 1
    assert together == separate - shared
    assert together == len(api.query(works_store, "work-citations", {"min_papers": "0"}).rows)


def test_works_figures_of_a_work_side_by_side(works_store):
    rows = api.query(works_store, "work-figures", {"match": "akg.cited"}).rows
    by_role = {(r["role"], r["paper"]) for r in rows}
    assert by_role == {("own", CITED_ID), ("cited", CITING_ID)}
    assert {r["work"] for r in rows} == {root_of_paper(works_store, CITED_ID)}


def test_works_structure_reported_in_cited_work_or_own_work(works_store):
    rows = select(works_store, f"""SELECT DISTINCT ?own ?key ?pid WHERE {{
        ?s akg:describedIn/akg:paperId ?pid ; akg:ownResult ?own ; akg:reportedIn ?w0 . {ROOT_OF} }}""", pid=CITING_ID)
    reported = {(r["own"], r["key"]) for r in rows}
    assert (True, root_of_paper(works_store, CITING_ID)) in reported
    assert (False, root_of_paper(works_store, CITED_ID)) in reported


def test_works_structure_to_work_to_other_citing_papers(works_store):
    """Follow a structure of the cited paper to its work, then to the other papers that cite it."""
    rows = select(works_store, f"""SELECT DISTINCT ?other ?pid WHERE {{
        ?s akg:describedIn/akg:paperId ?pid ; akg:reportedIn ?w0 . {ROOT_OF}
        ?ref a akg:Reference ; akg:work/akg:sameWorkAs* ?work ; akg:describedIn/akg:paperId ?other . }}""", pid=CITED_ID)
    assert [r["other"] for r in rows] == [CITING_ID]


def test_works_store_of_several_papers_validates(works_store):
    report = api.validate_store(works_store)
    assert report.conforms, report.text


def test_works_compare_across_papers_finds_one_material_in_two_papers(works_store):
    rows = api.query(works_store, "compare-across-papers", {"property": "CoulombicEfficiency"}).rows
    assert rows
    for group in {r["group"] for r in rows}:
        members = [r for r in rows if r["group"] == group]
        assert len({r["paper"] for r in members}) >= 2
        assert all(r["unit"] == "%" for r in members)


def test_works_compare_across_papers_takes_any_name_of_a_material(works_store):
    by_symbol = api.query(works_store, "compare-across-papers", {"material": "Cu", "min_papers": "1"}).rows
    by_name = api.query(works_store, "compare-across-papers", {"material": "copper", "min_papers": "1"}).rows
    assert by_symbol and by_symbol == by_name
    assert {r["group"] for r in by_symbol} == {"Cu"}


@pytest.mark.parametrize(("query", "params"), [("co-cited", {"min_papers": "1", "match": "akg.cited"}),
                                               ("work-citations", {"min_papers": "1", "match": "akg.cited"})])
def test_works_match_parameter_filters(works_store, query, params):
    rows = api.query(works_store, query, params).rows
    assert rows
    assert all("akg.cited" in " ".join(str(v) for v in r.values()) for r in rows)


def test_works_new_since_keeps_only_later_papers(works_store):
    everything = api.query(works_store, "new-since").rows
    dates = sorted({r["ingested"] for r in everything})
    latest = api.query(works_store, "new-since", {"since": dates[-1][:10]}).rows
    assert everything and latest
    assert all(r["ingested"] >= dates[-1][:10] for r in latest)
    assert not api.query(works_store, "new-since", {"since": "2999-01-01"}).rows


@pytest.fixture(scope="module")
def real_store(tmp_path_factory, sample_store_dir):
    """The sample review with every real paper of the shared corpus added."""
    papers = sorted(shared_path("corpus", "real").glob("*.pdf"))
    store = open_store(str(build_store(tmp_path_factory.mktemp("real") / "store", papers, base=sample_store_dir)))
    yield store
    store.close()


def test_works_real_corpus_resolves_each_paper_and_reference_to_one_work(real_store):
    rows = select(real_store, """SELECT ?x (COUNT(DISTINCT ?work) AS ?n) WHERE {
        { ?x a akg:Reference } UNION { ?x a akg:Paper }
        OPTIONAL { ?x akg:work ?w0 . ?w0 akg:sameWorkAs* ?work . FILTER NOT EXISTS { ?work akg:sameWorkAs ?up } }
    } GROUP BY ?x""")
    stats = api.stats(real_store)
    assert len(rows) == stats["references"] + stats["papers"]
    assert {r["n"] for r in rows} == {1}


def test_works_real_corpus_stats_counts_each_work_once(real_store):
    works = api.query(real_store, "work-citations", {"min_papers": "0"}).rows
    assert api.stats(real_store)["works"] == len(works) == len({r["work"] for r in works})
    shared = [r for r in works if r["count"] >= 2]
    assert len(shared) >= 5                    # studies that several of the real papers cite
    assert api.stats(real_store)["works"] <= api.stats(real_store)["references"] + 6 - len(shared)


def test_works_real_corpus_merges_only_entries_that_agree(real_store):
    """A merge is right only if the entries agree on year and volume, whatever their style."""
    for row in api.query(real_store, "work-citations", {"min_papers": "2"}).rows:
        entries = select(real_store, f"""SELECT DISTINCT ?year ?key WHERE {{
            ?ref a akg:Reference ; akg:year ?year ; akg:work ?w0 . {ROOT_OF} }}""", key=row["work"])
        assert len({e["year"] for e in entries}) == 1, entries
        assert row["work"].split(":")[2] == str(entries[0]["year"])


def test_works_material_is_one_node_shared_by_papers(works_store):
    from pipeline.build_rdf import material_iri
    rows = select(works_store, """SELECT ?mat ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
        ?s akg:hasMaterial ?mat ; akg:describedIn ?paper . ?mat rdfs:label ?label } GROUP BY ?mat ?label""")
    assert any(r["papers"] >= 2 for r in rows)
    assert len({r["mat"] for r in rows}) == len(rows)                   # one label per material node
    assert all(r["mat"] == str(material_iri(r["label"])) for r in rows)  # the label names the node back
