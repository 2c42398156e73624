"""A NetworkX graph → GraphML, written as a stream.

``networkx.write_graphml`` (without lxml) builds the whole document as an ElementTree, indents it
and only then writes it: about half of a GraphML export's time at a million triples, and memory
that grows with the graph. ``write_graphml`` writes the same bytes line by line: one pass over the
attributes to declare their keys (a key's id, type and place follow networkx's rules, since yEd and
Gephi read the declarations), then one pass writing each node and edge.

Only what the projection uses is written this way: graph, node and edge attributes of the types
networkx writes (str, int, float, bool). A graph with default attributes (``node_default``,
``edge_default``) is handed to networkx.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx

NS_GRAPHML = "http://graphml.graphdrawing.org/xmlns"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
# networkx's names for Python types (bool before int would not matter: type() is exact)
XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}


# what ElementTree escapes, "&" first: in character data, and in an attribute value as well line
# breaks and tabs (as character references)
TEXT_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
ATTRIBUTE_ESCAPES = (*TEXT_ESCAPES, ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escaped(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    for char, reference in escapes:
        if char in value:               # most values hold none: no copy is made for them
            value = value.replace(char, reference)
    return value


def _text(value: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    return _escaped(value, TEXT_ESCAPES)


def _attribute(value: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    return _escaped(value, ATTRIBUTE_ESCAPES)


def _xml_type(value: object) -> str:
    try:
        return XML_TYPES[type(value)]
    except KeyError:
        raise nx.NetworkXError(f"GraphML writer does not support {type(value)} as data values.") from None


def _items(g: nx.Graph) -> Iterator[tuple[str, dict[str, object]]]:
    """(scope, attributes) of the graph, each node and each edge: the order networkx numbers keys in."""
    yield "graph", {k: v for k, v in g.graph.items() if k != "id"}
    for _, data in g.nodes(data=True):
        yield "node", data
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else g.edges(data=True)
    for *_, data in edges:
        yield "edge", data


def _keys(g: nx.Graph) -> dict[tuple[str, str, str], str]:
    """(name, type, scope) → key id, numbered in the order networkx meets them (graph, nodes, edges)."""
    keys: dict[tuple[str, str, str], str] = {}
    for scope, data in _items(g):
        for name, value in data.items():
            key = (str(name), _xml_type(value), scope)
            if key not in keys:
                keys[key] = f"d{len(keys)}"
    return keys


def _data(keys: dict[tuple[str, str, str], str], scope: str, data: dict[str, object], indent: str) -> list[str]:
    lines = []
    for name, value in data.items():
        key = keys[(str(name), _xml_type(value), scope)]
        text = str(value)
        lines.append(f'{indent}<data key="{key}">{_text(text)}</data>' if text else f'{indent}<data key="{key}" />')
    return lines


def _element(head: str, lines: list[str], indent: str) -> str:
    """An element holding ``lines``, or an empty one, each line ending in a break as networkx indents them."""
    if not lines:
        return f"{indent}<{head} />\n"
    name = head.split(" ", 1)[0]
    return f"{indent}<{head}>\n" + "\n".join(lines) + f"\n{indent}</{name}>\n"


def write_graphml(g: nx.Graph, path: Path | str) -> None:
    """Write ``g`` as GraphML to ``path``: the same bytes as ``networkx.write_graphml`` without lxml."""
    if "node_default" in g.graph or "edge_default" in g.graph:
        nx.readwrite.graphml.write_graphml_xml(g, path)
        return
    keys = _keys(g)
    # ElementTree's file: UTF-8, unencodable characters as references, "\n" never translated
    with open(path, "w", encoding="utf-8", errors="xmlcharrefreplace", newline="\n") as out:
        out.write("<?xml version='1.0' encoding='utf-8'?>\n")
        out.write(f'<graphml xmlns="{NS_GRAPHML}" xmlns:xsi="{NS_XSI}" xsi:schemaLocation="{NS_GRAPHML} {SCHEMA}">\n')
        for (name, kind, scope), key in reversed(keys.items()):       # networkx puts each new key first
            out.write(f'  <key id="{key}" for="{scope}" attr.name="{_attribute(name)}" attr.type="{kind}" />\n')
        head = f'graph edgedefault="{"directed" if g.is_directed() else "undirected"}"'
        if "id" in g.graph:
            head += f' id="{_attribute(str(g.graph["id"]))}"'
        graph_data = _data(keys, "graph", {k: v for k, v in g.graph.items() if k != "id"}, "    ")
        if not graph_data and not len(g):
            out.write(f"  <{head} />\n</graphml>\n")
            return
        out.write(f"  <{head}>\n")
        for chunk in _chunks(_body(g, keys)):
            out.write(chunk)
        out.writelines(line + "\n" for line in graph_data)
        out.write("  </graph>\n</graphml>\n")


def _body(g: nx.Graph, keys: dict[tuple[str, str, str], str]) -> Iterator[str]:
    """Each node element, then each edge element (with its id, the edge's key, in a multigraph)."""
    for node, data in g.nodes(data=True):
        yield _element(f'node id="{_attribute(str(node))}"', _data(keys, "node", data, "      "), "    ")
    if g.is_multigraph():
        edges = ((u, v, f' id="{_attribute(str(k))}"', d) for u, v, k, d in g.edges(keys=True, data=True))
    else:
        edges = ((u, v, "", d) for u, v, d in g.edges(data=True))
    for u, v, edge_id, data in edges:
        yield _element(f'edge source="{_attribute(str(u))}" target="{_attribute(str(v))}"{edge_id}',
                       _data(keys, "edge", data, "      "), "    ")


def _chunks(parts: Iterator[str], size: int = 2000) -> Iterator[str]:
    """Parts joined a few thousand at a time: fewer writes, and memory stays flat."""
    batch: list[str] = []
    for part in parts:
        batch.append(part)
        if len(batch) == size:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)
