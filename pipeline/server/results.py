"""SPARQL 1.1 query results as JSON, XML, CSV or TSV, and the Accept header that picks one.

The serializers write the W3C formats straight from ``Rows`` of pyoxigraph terms (TSV uses the
terms' N-Triples syntax, which pyoxigraph's ``str()`` already is).
"""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree as ET

import pyoxigraph as ox

from pipeline.store.base import Rows, Term

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SPARQL_NS = "http://www.w3.org/2005/sparql-results#"

RESULT_TYPES = {                           # media type → format name, in order of preference
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
MEDIA_TYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
              "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8"}


def negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (first offered on a tie); None if none fits."""
    best: tuple[float, int, str] | None = None
    for part in (accept or "*/*").split(","):
        media, *options = (p.strip() for p in part.split(";"))
        quality = 1.0
        for option in options:
            key, _, value = option.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        for rank, candidate in enumerate(offered):
            if media in (candidate, "*/*") or (media.endswith("/*") and candidate.startswith(media[:-1])):
                key = (quality, -rank, candidate)
                if best is None or key > best:
                    best = key
    return best[2] if best else None


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def _csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def serialize_rows(rows: Rows, fmt: str) -> bytes:
    variables = list(rows.variables)
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
                    for row in rows.rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_value(t) for t in row] for row in rows.rows)
        return buffer.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows.rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    root = ET.Element("sparql", xmlns=SPARQL_NS)
    head = ET.SubElement(root, "head")
    for v in variables:
        ET.SubElement(head, "variable", name=v)
    results = ET.SubElement(root, "results")
    for row in rows.rows:
        result = ET.SubElement(results, "result")
        for v, term in zip(variables, row, strict=True):
            if term is not None:
                _xml_term(ET.SubElement(result, "binding", name=v), term)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _xml_term(parent: ET.Element, term: Term) -> None:
    if isinstance(term, ox.NamedNode):
        ET.SubElement(parent, "uri").text = term.value
    elif isinstance(term, ox.BlankNode):
        ET.SubElement(parent, "bnode").text = term.value
    elif isinstance(term, ox.Literal):
        node = ET.SubElement(parent, "literal")
        node.text = term.value
        if term.language:
            node.set("xml:lang", term.language)
        elif term.datatype.value != XSD_STRING:
            node.set("datatype", term.datatype.value)
    else:
        triple = ET.SubElement(parent, "triple")
        for part, value in (("subject", term.subject), ("predicate", term.predicate), ("object", term.object)):
            _xml_term(ET.SubElement(triple, part), value)


def serialize_boolean(answer: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode("utf-8")
    if fmt in ("csv", "tsv"):
        return f"{str(answer).lower()}\n".encode()
    root = ET.Element("sparql", xmlns=SPARQL_NS)
    ET.SubElement(root, "head")
    ET.SubElement(root, "boolean").text = str(answer).lower()
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
