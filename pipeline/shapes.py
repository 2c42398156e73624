"""The SHACL shapes of ontology/shapes.ttl as SPARQL queries that Oxigraph runs over a paper's graph.

pySHACL validates a paper in about half a second (and loads rdflib's SPARQL engine to do it), more
than the rest of an ingest but the reading; every ingest validates. The shapes stay the one source
of truth: this module reads them and writes, for each constraint, a SELECT whose rows are its
violations (one row for each result pySHACL would report), run by Oxigraph over the paper's triples
with the ontology mixed in (as ``validate.check`` does for pySHACL).

Only the part of SHACL Core the shapes use is compiled: targets by class, subjects-of and objects-of;
property shapes with a predicate path and min/max count, class, datatype, node kind, in, min/max
length, pattern and value ranges; and SPARQL-based constraints (sh:select, with $this pre-bound by
joining the target to its WHERE clause). A shape using anything else raises ``Unsupported`` when the
checks are made, and validation falls back to pySHACL (``validate.require_valid``).
"""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from ontology import SHAPES_TTL

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = f"<{RDF}type>"
INSTANCE_OF = f"{TYPE}/<{RDFS}subClassOf>*"

# datatypes whose lexical form Oxigraph can check by a cast (pySHACL refuses an ill-formed literal)
CASTABLE = {f"{XSD}{name}" for name in ("double", "float", "decimal", "integer", "boolean", "dateTime", "date")}
NODE_KINDS = {
    "IRI": "isIRI(?value)", "BlankNode": "isBlank(?value)", "Literal": "isLiteral(?value)",
    "BlankNodeOrIRI": "(isBlank(?value) || isIRI(?value))", "BlankNodeOrLiteral": "(isBlank(?value) || isLiteral(?value))",
    "IRIOrLiteral": "(isIRI(?value) || isLiteral(?value))",
}
RANGES = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}
# what a shape may say that is no constraint (or is read with the constraint it belongs to)
DESCRIPTIVE = {f"{SH}{name}" for name in ("message", "name", "description", "order", "group", "severity",
                                          "deactivated", "flags", "path")} | {f"{RDF}type", f"{RDFS}label",
                                                                             f"{RDFS}comment"}
TARGETS = {f"{SH}{name}" for name in ("targetClass", "targetSubjectsOf", "targetObjectsOf")}


class Unsupported(Exception):
    """A shape says something this module cannot turn into a query."""


@dataclass(frozen=True, slots=True)
class Check:
    """One constraint as a SELECT of ?this (and, for a value's fault, ?value): a row per violation."""

    shape: str
    path: str
    component: str
    message: str
    query: str


class _Triples:
    """The shapes graph, indexed by subject and predicate."""

    def __init__(self, data: bytes) -> None:
        self.index: dict[ox.Term, dict[str, list[ox.Term]]] = defaultdict(lambda: defaultdict(list))
        for t in ox.parse(data, format=ox.RdfFormat.TURTLE):
            self.index[t.subject][t.predicate.value].append(t.object)

    def objects(self, subject: ox.Term, predicate: str) -> list[ox.Term]:
        return self.index.get(subject, {}).get(predicate, [])

    def one(self, subject: ox.Term, predicate: str) -> ox.Term | None:
        values = self.objects(subject, predicate)
        if len(values) > 1:
            raise Unsupported(f"{subject}: more than one {predicate}")
        return values[0] if values else None

    def items(self, head: ox.Term) -> list[ox.Term]:
        out = []
        while head != ox.NamedNode(f"{RDF}nil"):
            out.append(self.one(head, f"{RDF}first"))
            head = self.one(head, f"{RDF}rest")
            if head is None:
                raise Unsupported("a broken RDF list")
        return out

    def subjects(self, predicate: str, obj: ox.Term) -> list[ox.Term]:
        return [s for s, by in self.index.items() if obj in by.get(predicate, ())]


def _term(term: ox.Term) -> str:
    if isinstance(term, ox.BlankNode):
        raise Unsupported("a blank node where a constraint needs an IRI or a literal")
    return str(term)


def _active(graph: _Triples, node: ox.Term) -> bool:
    """Whether results of ``node`` count: not deactivated, and violations (with allow_warnings, as the
    pySHACL run is, a warning or an info never fails a graph)."""
    if graph.one(node, f"{SH}deactivated") == ox.Literal("true", datatype=ox.NamedNode(f"{XSD}boolean")):
        return False
    severity = graph.one(node, f"{SH}severity")
    return severity is None or severity == ox.NamedNode(f"{SH}Violation")


def _target(graph: _Triples, shape: ox.Term) -> str:
    parts = []
    for cls in graph.objects(shape, f"{SH}targetClass"):
        parts.append(f"{{ ?this {INSTANCE_OF} {_term(cls)} }}")
    for predicate in graph.objects(shape, f"{SH}targetSubjectsOf"):
        parts.append(f"{{ ?this {_term(predicate)} [] }}")
    for predicate in graph.objects(shape, f"{SH}targetObjectsOf"):
        parts.append(f"{{ [] {_term(predicate)} ?this }}")
    if not parts:
        raise Unsupported(f"{shape}: no target this module reads")
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def _value_check(shape: str, path: str, component: str, message: str, target: str, condition: str) -> Check:
    """A constraint on each value: a row for each value that breaks ``condition`` (an error breaks it)."""
    return Check(shape, path, component, message,
                 f"SELECT ?this ?value WHERE {{ {target} ?this {path} ?value . "
                 f"FILTER (!COALESCE({condition}, false)) }}")


def _property_checks(graph: _Triples, shape: ox.Term, prop: ox.Term, target: str) -> list[Check]:
    path_node = graph.one(prop, f"{SH}path")
    if not isinstance(path_node, ox.NamedNode):
        raise Unsupported(f"{shape}: a property path other than one predicate")
    path, name = str(path_node), str(shape)
    message = graph.one(prop, f"{SH}message")
    text = message.value if message is not None else ""
    checks: list[Check] = []

    def value(component: str, condition: str) -> None:
        checks.append(_value_check(name, path, component, text, target, condition))

    for predicate, objects in graph.index[prop].items():
        if predicate in DESCRIPTIVE:
            continue
        local = predicate.removeprefix(SH)
        for obj in objects:
            if local in ("minCount", "maxCount"):
                bound = int(obj.value)
                fewer = local == "minCount"
                values = f"OPTIONAL {{ ?this {path} ?value }}" if fewer else f"?this {path} ?value ."
                checks.append(Check(name, path, local, text,
                                    f"SELECT ?this WHERE {{ {target} {values} }} GROUP BY ?this "
                                    f"HAVING (COUNT(DISTINCT ?value) {'<' if fewer else '>'} {bound})"))
            elif local == "class":
                checks.append(Check(name, path, local, text,
                                    f"SELECT ?this ?value WHERE {{ {target} ?this {path} ?value . "
                                    f"FILTER NOT EXISTS {{ ?value {INSTANCE_OF} {_term(obj)} }} }}"))
            elif local == "datatype":
                condition = f"isLiteral(?value) && DATATYPE(?value) = {_term(obj)}"
                if obj.value in CASTABLE:
                    condition += f" && DATATYPE({_term(obj)}(STR(?value))) = {_term(obj)}"
                elif obj.value != f"{XSD}string":
                    raise Unsupported(f"{shape}: datatype {obj.value}")
                value(local, condition)
            elif local == "nodeKind":
                kind = obj.value.removeprefix(SH)
                if kind not in NODE_KINDS:
                    raise Unsupported(f"{shape}: node kind {obj}")
                value(local, NODE_KINDS[kind])
            elif local == "in":
                allowed = " || ".join(f"sameTerm(?value, {_term(item)})" for item in graph.items(obj))
                value(local, allowed or "false")
            elif local in ("minLength", "maxLength"):
                value(local, f"!isBlank(?value) && STRLEN(STR(?value)) {'>=' if local == 'minLength' else '<='} "
                             f"{int(obj.value)}")
            elif local == "pattern":
                flags = graph.one(prop, f"{SH}flags")
                value(local, f"!isBlank(?value) && REGEX(STR(?value), {_term(obj)}"
                             f"{', ' + _term(flags) if flags is not None else ''})")
            elif local in RANGES:
                value(local, f"?value {RANGES[local]} {_term(obj)}")
            else:
                raise Unsupported(f"{shape}: {predicate}")
    return checks


def _prefixes(graph: _Triples, node: ox.Term) -> str:
    out = []
    for declared in graph.objects(node, f"{SH}prefixes"):
        for declaration in graph.objects(declared, f"{SH}declare"):
            prefix, namespace = graph.one(declaration, f"{SH}prefix"), graph.one(declaration, f"{SH}namespace")
            if prefix is None or namespace is None:
                raise Unsupported(f"{declared}: a prefix declaration without its prefix or namespace")
            out.append(f"PREFIX {prefix.value}: <{namespace.value}>\n")
    return "".join(out)


def _sparql_check(graph: _Triples, shape: ox.Term, constraint: ox.Term, target: str) -> Check:
    """An sh:select with $this pre-bound: its WHERE clause joined to the target, which is what
    pre-binding means for a query without subqueries, MINUS, VALUES or SERVICE."""
    select = graph.one(constraint, f"{SH}select")
    extra = set(graph.index[constraint]) - {f"{SH}select", f"{SH}prefixes"} - DESCRIPTIVE
    if select is None or extra:
        raise Unsupported(f"{shape}: a SPARQL constraint other than one sh:select ({sorted(extra)})")
    text = select.value
    body = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if body is None or re.search(r"\b(?:SELECT|MINUS|VALUES|SERVICE)\b", text[body.end():], re.IGNORECASE) \
            or re.search(r"\$(?:shapesGraph|currentShape)\b", text):
        raise Unsupported(f"{shape}: an sh:select this module cannot pre-bind")
    joined = f"{text[:body.end()]} {target} {text[body.end():]}".replace("$this", "?this")
    message = graph.one(constraint, f"{SH}message")
    return Check(str(shape), "", "sparql", message.value if message is not None else "",
                 _prefixes(graph, constraint) + joined)


@cache
def checks() -> tuple[Check, ...]:
    """Every constraint of ontology/shapes.ttl as a query. Raises Unsupported (see the module)."""
    graph = _Triples(SHAPES_TTL.read_bytes())
    shapes = {s for s, by in graph.index.items() if any(p in TARGETS for p in by)}
    for s, by in graph.index.items():
        if ox.NamedNode(f"{SH}NodeShape") in by.get(f"{RDF}type", ()) and s not in shapes:
            raise Unsupported(f"{s}: a node shape without a target this module reads")
    out: list[Check] = []
    for shape in sorted(shapes, key=str):
        if not _active(graph, shape):
            continue
        target = _target(graph, shape)
        for predicate in graph.index[shape]:
            if predicate not in TARGETS | DESCRIPTIVE | {f"{SH}property", f"{SH}sparql"}:
                raise Unsupported(f"{shape}: {predicate} on a node shape")
        for prop in graph.objects(shape, f"{SH}property"):
            if _active(graph, prop):
                out.extend(_property_checks(graph, shape, prop, target))
        for constraint in graph.objects(shape, f"{SH}sparql"):
            if _active(graph, constraint):
                out.append(_sparql_check(graph, shape, constraint, target))
    return tuple(out)


@cache
def _ontology_quads() -> tuple[ox.Quad, ...]:
    """The ontology's triples as quads of the default graph: Oxigraph's parser gives them so already, and
    making each anew (1,700 of them, 3 ms) was on the ingest's way to its extraction."""
    from pipeline.ontology import ontology_triples
    parsed = ontology_triples()
    if all(type(t) is ox.Quad and t.graph_name == ox.DefaultGraph() for t in parsed):
        return parsed
    return tuple(ox.Quad(t.subject, t.predicate, t.object) for t in parsed)


def load() -> None:
    """Parse the shapes and the ontology now (once a process), so that the first paper's check parses neither:
    an ingest loads them while the paper is still being read."""
    with contextlib.suppress(Unsupported):
        checks()
    _ontology_quads()


def violations(ntriples: bytes) -> list[str]:
    """One line for each violation of the shapes by the graph ``ntriples`` (with the ontology mixed
    in), none when it conforms. Raises Unsupported when the shapes say what ``checks`` cannot."""
    store = ox.Store()
    store.bulk_extend(_ontology_quads())
    store.load(ntriples, ox.RdfFormat.N_TRIPLES)     # parsed by the store: no Python object per triple
    found = []
    for check in checks():
        rows = store.query(check.query)
        named = {v.value for v in rows.variables}
        for row in rows:
            value = row["value"] if "value" in named else None
            found.append(f"{check.shape} {check.component}{' ' + check.path if check.path else ''}: "
                         f"{row['this']}{' value ' + str(value) if value is not None else ''}"
                         f"{' (' + check.message + ')' if check.message else ''}")
    return found
