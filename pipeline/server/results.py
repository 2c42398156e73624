"""SPARQL 1.1 query results as JSON, XML, CSV or TSV, and the Accept header that picks one.

The serializers write the W3C formats straight from ``Rows`` of pyoxigraph terms (TSV uses the
terms' N-Triples syntax, which pyoxigraph's ``str()`` already is).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

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
    """A whole answer in one piece (the streaming writers below, joined)."""
    return b"".join(stream_rows(rows.variables, rows.rows, fmt))


Row = tuple[Term | None, ...]


def stream_rows(variables: Sequence[str], rows: Iterable[Row], fmt: str) -> Iterator[bytes]:
    """The answer in ``fmt`` as a head, one piece per row, and a tail: nothing is held but the row at hand,
    so an answer of any size is written in the memory of one row."""
    variables = list(variables)
    if fmt == "json":
        names = [json.dumps(v, ensure_ascii=False) for v in variables]
        yield json.dumps({"head": {"vars": variables}}, ensure_ascii=False)[:-1].encode("utf-8") + \
            b', "results": {"bindings": ['
        separator = ""
        for row in rows:
            binding = ", ".join(f"{name}: {_json_text(term)}" for name, term in zip(names, row, strict=True)
                                if term is not None)
            yield f"{separator}{{{binding}}}".encode()
            separator = ", "
        yield b"]}}"
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([_csv_value(t) for t in row])
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue().encode("utf-8")
    elif fmt == "tsv":
        yield ("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8")
        for row in rows:
            yield ("\t".join("" if t is None else str(t) for t in row) + "\n").encode("utf-8")
    else:
        yield (f'<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="{SPARQL_NS}"><head>'
               + "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head><results>").encode()
        for row in rows:
            yield ("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_text(t)}</binding>"
                                        for v, t in zip(variables, row, strict=True) if t is not None)
                   + "</result>").encode("utf-8")
        yield b"</results></sparql>"


def _json_text(term: Term) -> str:
    return json.dumps(_json_term(term), ensure_ascii=False)


def _xml_text(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{xml_escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{xml_escape(term.value)}</literal>"
        return f"<literal>{xml_escape(term.value)}</literal>"
    return ("<triple>" + "".join(f"<{part}>{_xml_text(value)}</{part}>" for part, value in
                                 (("subject", term.subject), ("predicate", term.predicate), ("object", term.object)))
            + "</triple>")


STREAMABLE_GRAPH_FORMATS = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)   # pieces that concatenate into one document


def stream_triples(triples: Iterable[ox.Triple], fmt: ox.RdfFormat, batch: int = 1000) -> Iterator[bytes]:
    """A CONSTRUCT answer in ``fmt``: N-Triples and Turtle (written without prefixes) in batches of
    ``batch`` triples, since their pieces concatenate; RDF/XML, which does not, in one piece."""
    if fmt not in STREAMABLE_GRAPH_FORMATS:
        yield ox.serialize(list(triples), format=fmt) or b""
        return
    iterator = iter(triples)
    while piece := list(islice(iterator, batch)):
        yield ox.serialize(piece, format=fmt) or b""


def serialize_boolean(answer: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}).encode("utf-8")
    if fmt in ("csv", "tsv"):
        return f"{str(answer).lower()}\n".encode()
    root = ET.Element("sparql", xmlns=SPARQL_NS)
    ET.SubElement(root, "head")
    ET.SubElement(root, "boolean").text = str(answer).lower()
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
