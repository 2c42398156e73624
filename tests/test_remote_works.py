"""The named queries across papers on the SPARQL servers: the sample review, the cross-citing papers and
the chain papers (a work reached through a two-step akg:sameWorkAs path) give the same answers on
Oxigraph server and Virtuoso as on the embedded store. The sample alone leaves the cross-paper queries
(co-cited, work-figures, compare-across-papers) empty, which would hide where the servers differ."""

import pytest
from conftest import query_answer

from pipeline.store.named import named_queries

# every named query with its defaults, plus parameter sets that exercise each optional parameter
QUERY_CASES = [(name, {}) for name in sorted(named_queries())] + [
    ("co-cited", {"match": "chain"}),
    ("work-citations", {"min_papers": "2"}),
    ("work-citations", {"match": "layered"}),
    ("work-figures", {"min_papers": "1"}),
    ("work-figures", {"match": "layered hosts"}),
    ("compare-across-papers", {"cls": "ConductiveFramework"}),
    ("compare-across-papers", {"material": "Cu", "min_papers": "1"}),
    ("compare-across-papers", {"cls": "MetalBasedFramework", "material": "copper", "min_papers": "1"}),
    ("best-per-class", {"property": "VoltageHysteresis"}),
    ("best-by-property", {"property": "VoltageHysteresis", "k": "3"}),
    ("above-threshold", {"property": "CycleNumber", "min_value": "100", "cls": "ConductiveFramework"}),
    ("new-since", {"since": "2020-01-01"}),
    ("citations-of-structure", {"structure": "host"}),
    ("figure-pairs", {"x": "CurrentDensity", "y": "CoulombicEfficiency"}),
]


@pytest.fixture()
def remote_works_store(remote_works):
    from pipeline.store import open_store
    store = open_store(remote_works)
    yield store
    store.close()


@pytest.mark.parametrize("name, params", QUERY_CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(QUERY_CASES)])
def test_remote_works_named_query_answers_as_embedded(remote_works_store, works_chain_store, name, params):
    assert query_answer(remote_works_store, name, params) == query_answer(works_chain_store, name, params)
