"""The streamed GraphML writer writes the bytes networkx's own writer writes: for the projection of the
sample review, and for graphs made to hit each rule (key order and types, escaping, empty values,
characters UTF-8 cannot encode, graph attributes, every kind of graph)."""

import networkx as nx
import pytest
from networkx.readwrite.graphml import write_graphml_xml

from pipeline.graphml import write_graphml


def _made() -> dict[str, nx.Graph]:
    graphs: dict[str, nx.Graph] = {"empty": nx.MultiDiGraph()}
    bare = nx.MultiDiGraph()
    bare.add_node("a")
    graphs["node without attributes"] = bare
    escaped = nx.Graph(name="n<&>", id="G1")
    escaped.add_edge('a&<>"', "b\n\t\r", weight=1.5, note='x&<>"\n\t\r', flag=True, empty="")
    graphs["escaping"] = escaped
    typed = nx.DiGraph(year=2024)
    typed.add_node(1, value=3)
    typed.add_node(2, value="3")          # one name, two types: two keys
    typed.add_edge(1, 2)
    graphs["one name with two types"] = typed
    multi = nx.MultiGraph()
    multi.add_edge("a", "b", key='k"1', w=0.1)
    multi.add_edge("a", "b", w=1e-300)
    multi.add_node("c", lone="\ud83d", text="é∑😀")      # a lone surrogate becomes a character reference
    graphs["multigraph"] = multi
    return graphs


@pytest.mark.parametrize("name", list(_made()))
def test_graphml_writes_what_networkx_writes(name, tmp_path):
    graph = _made()[name]
    write_graphml_xml(graph.copy(), tmp_path / "networkx.graphml")     # networkx pops the graph's id
    write_graphml(graph, tmp_path / "streamed.graphml")
    assert (tmp_path / "streamed.graphml").read_bytes() == (tmp_path / "networkx.graphml").read_bytes()


def test_graphml_projection_of_the_sample_equals_networkx(sample_graph, tmp_path):
    write_graphml_xml(sample_graph, tmp_path / "networkx.graphml")
    write_graphml(sample_graph, tmp_path / "streamed.graphml")
    assert (tmp_path / "streamed.graphml").read_bytes() == (tmp_path / "networkx.graphml").read_bytes()


def test_graphml_refuses_values_networkx_refuses(tmp_path):
    graph = nx.DiGraph()
    graph.add_node("a", items=[1, 2])
    with pytest.raises(nx.NetworkXError):
        write_graphml(graph, tmp_path / "g.graphml")
