"""Named SPARQL queries: read their headers, bind typed parameters, run them, and shape the rows.

A query file starts with grlc-style ``#+`` comments, which keep it valid SPARQL:

    #+ summary: Conductive hosts with CE >= ?min_ce at >= ?min_current, and who reported them.
    #+ params:
    #+   - min_ce: xsd:decimal = 98          # percent
    #+   - cls: akg:class?                   # optional: a structure class by local name
    #+ lists: citations                      # GROUP_CONCAT columns returned as lists of ints or strings
    #+ ordered: authors                      # list columns kept in the order the text gives (not sorted)
    #+ limit: k                              # keep only the first ?k rows
    #+ cutoff: scores                        # ?cutoff: the k-th value of queries/parts/scores.rq (see run_named)
    #+ combine: comparison-values            # rows combined in Python into the answer (pipeline.store.combine)

Every value is turned into a typed pyoxigraph term and bound as a VALUES row (see ``run_named``); a
user's text is never formatted into the query. An unknown parameter, a missing required one, or a value
of the wrong type raises QueryError.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from pipeline import terms
from pipeline.errors import QueryError, did_you_mean
from pipeline.store.base import GraphStore, Rows, Term, reading
from pipeline.store.sparql_text import with_values

# rdflib and the ontology are not loaded here: a named query starts as fast as the engine under it

if TYPE_CHECKING:
    import pandas

# the .rq files sit in queries/ beside the pipeline package (in a checkout and when installed)
QUERY_DIR = Path(__file__).resolve().parents[2] / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_LINE = re.compile(r"^\s*-\s*(?P<name>\w+)\s*:\s*(?P<type>[\w:-]+)(?P<optional>\?)?\s*(?:=\s*(?P<default>[^#]*?))?\s*(?:#\s*(?P<doc>.*))?$")
LIST_SEPARATOR = "|"


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str                  # xsd:decimal, xsd:integer, xsd:string, xsd:date, akg:property, akg:class,
                               # akg:material
    default: str | None = None
    optional: bool = False
    doc: str = ""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    path: Path
    summary: str
    params: tuple[Param, ...]
    text: str
    lists: tuple[str, ...] = ()
    limit: str | None = None
    ordered: tuple[str, ...] = ()
    cutoff: str | None = None
    combine: str | None = None

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        hint = did_you_mean(name, (p.name for p in self.params))
        raise QueryError(f"query {self.name!r} has no parameter {name!r}{hint} (it takes: {known})")


@dataclass(frozen=True, slots=True)
class Table:
    """Rows as plain Python values, ready for a table, JSON or CSV."""

    columns: tuple[str, ...]
    rows: tuple[dict[str, object], ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[dict[str, object]]:
        return iter(self.rows)

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame with typed columns (pandas is the optional ``notebook`` extra).

        Whole numbers become ``Int64``, other numbers ``float64``, text ``string``, true/false
        ``boolean``; list columns (citations, materials) stay lists. A missing value is ``<NA>``/NaN.
        """
        try:
            import pandas
        except ImportError as exc:
            raise QueryError("results as a DataFrame need pandas: pip install 'anodekg[notebook]'") from exc
        data = {column: [row.get(column) for row in self.rows] for column in self.columns}
        return pandas.DataFrame({column: pandas.Series(values, dtype=_dtype(values), name=column)
                                 for column, values in data.items()}, columns=list(self.columns))


def _dtype(values: list[object]) -> str:
    """The pandas dtype that holds a column's values without loss."""
    present = [v for v in values if v is not None]
    if not present:
        return "object"
    if all(isinstance(v, bool) for v in present):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "Int64"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "float64"
    if all(isinstance(v, str) for v in present):
        return "string"
    return "object"


def parse_header(name: str, path: Path, text: str) -> NamedQuery:
    summary = ""
    params: list[Param] = []
    lists: tuple[str, ...] = ()
    ordered: tuple[str, ...] = ()
    limit = cutoff = combine = None
    in_params = False
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        body = line[2:].rstrip()
        match = PARAM_LINE.match(body)
        if in_params and match:
            params.append(Param(match["name"], match["type"], (match["default"] or None),
                                bool(match["optional"]), (match["doc"] or "").strip()))
            continue
        key, _, value = body.strip().partition(":")
        in_params = key == "params"
        if key == "summary":
            summary = value.strip()
        elif key == "lists":
            lists = tuple(v.strip() for v in value.split(",") if v.strip())
        elif key == "ordered":
            ordered = tuple(v.strip() for v in value.split(",") if v.strip())
        elif key == "limit":
            limit = value.strip()
        elif key == "cutoff":
            cutoff = value.split("#")[0].strip()
        elif key == "combine":
            combine = value.split("#")[0].strip()
    return NamedQuery(name, path, summary, tuple(params), text, lists, limit, ordered, cutoff, combine)


@cache
def named_queries() -> dict[str, NamedQuery]:
    """Every ``queries/*.rq`` file, by file name without the extension."""
    return {p.stem: parse_header(p.stem, p, p.read_text(encoding="utf-8")) for p in sorted(QUERY_DIR.glob("*.rq"))}


def get_query(name: str) -> NamedQuery:
    try:
        return named_queries()[name]
    except KeyError:
        raise QueryError(f"no named query {name!r}{did_you_mean(name, named_queries())}; `anodekg queries` lists them "
                         f"({', '.join(named_queries())})") from None


def as_text(value: object) -> str:
    """A parameter value given from Python as the text the command line would give.

    Numbers, strings, dates, enum members (by value, or by name when the value is not text) and
    ontology IRIs are all accepted, so ``min_value=99``, ``property=Property.CoulombicEfficiency``
    and ``property="CoulombicEfficiency"`` mean the same.
    """
    if isinstance(value, Enum):
        value = value.value if isinstance(value.value, str | int | float | Decimal) else value.name
    if isinstance(value, bool):
        raise QueryError(f"a query parameter is a number, a name or a date, not {value!r}")
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else str(value)
    return str(value)


def to_term(param: Param, raw: object) -> Term:
    """A typed term for one parameter value; QueryError when the value does not fit the type."""
    raw = as_text(raw)
    value = raw.strip()
    kind = param.type
    if kind in ("xsd:decimal", "xsd:double"):
        try:
            Decimal(value)
        except InvalidOperation:
            raise QueryError(f"parameter {param.name!r} must be a number, not {raw!r}") from None
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", value):
            raise QueryError(f"parameter {param.name!r} must be a plain number, not {raw!r}")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + ("double" if "e" in value.lower() else "decimal")))
    if kind == "xsd:integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise QueryError(f"parameter {param.name!r} must be a whole number, not {raw!r}")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "xsd:date":
        try:
            valid = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(datetime.date.fromisoformat(value))
        except ValueError:
            valid = False
        if not valid:
            raise QueryError(f"parameter {param.name!r} must be a date as YYYY-MM-DD, not {raw!r}")
        return ox.Literal(value + "T00:00:00Z", datatype=ox.NamedNode(XSD + "dateTime"))
    if kind == "xsd:string":
        return ox.Literal(value)
    if kind == "akg:property":
        names = terms.property_iris()
        if _vocab_name(value) not in names:
            raise QueryError(f"unknown property {raw!r}{did_you_mean(_vocab_name(value), names)}; "
                             f"one of: {', '.join(sorted(names))} (`anodekg properties` lists them)")
        return ox.NamedNode(names[_vocab_name(value)])
    if kind == "akg:material":
        if not value:
            raise QueryError(f"parameter {param.name!r} needs a material name")
        # the identity tables load only for this type
        from pipeline.build_rdf import material_iri
        return ox.NamedNode(str(material_iri(value)))      # any name of a material → its one node
    if kind == "akg:class":
        classes = terms.class_iris()
        if _vocab_name(value) not in classes:
            raise QueryError(f"unknown class {raw!r}{did_you_mean(_vocab_name(value), classes)}; one of: {', '.join(classes)}")
        return ox.NamedNode(classes[_vocab_name(value)])
    raise QueryError(f"query parameter {param.name!r} has an unsupported type {kind!r}")


def _vocab_name(value: str) -> str:
    """'CoulombicEfficiency', 'akg:CoulombicEfficiency' or the full AKG IRI → the local name.

    Anything else (another namespace, stray text before the name) is returned whole, so it matches
    no term and is refused: a value is a name from the ontology, never an IRI to build.
    """
    akg = terms.namespace()
    for prefix in (akg, f"<{akg}", "akg:"):
        if value.startswith(prefix):
            return value[len(prefix):].removesuffix(">") if prefix.startswith("<") else value[len(prefix):]
    return value


def bind(query: NamedQuery, given: Mapping[str, object]) -> dict[str, Term]:
    """Typed bindings for every parameter: given values, else defaults; optional ones may stay unbound."""
    for name in given:
        query.param(name)
    bindings: dict[str, Term] = {}
    for param in query.params:
        raw = given.get(param.name, param.default)
        if raw is None or raw == "":
            if param.optional:
                continue
            raise QueryError(f"query {query.name!r} needs --param {param.name}=… ({param.type})")
        bindings[param.name] = to_term(param, raw)
    if query.limit in bindings and int(bindings[query.limit].value) < 1:
        raise QueryError(f"parameter {query.limit!r} is how many rows to keep: a whole number of 1 or more, "
                         f"not {bindings[query.limit].value}")
    return bindings


def parse_params(pairs: list[str]) -> dict[str, str]:
    """['k=v', …] from the command line → {k: v}; QueryError on a pair without '=' or a name given twice."""
    split = []
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param takes NAME=VALUE, not {pair!r}")
        split.append((key, value))
    return collect_params(split)


def collect_params(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(name, value) pairs → {name: value}. A parameter takes one value: a name given twice is a
    QueryError rather than a silent choice of one of them."""
    given: dict[str, str] = {}
    for key, value in pairs:
        key = key.strip()
        if key in given:
            raise QueryError(f"parameter {key!r} is given twice ({given[key]!r} and {value!r}); give it once")
        given[key] = value
    return given


def python_value(term: Term | None) -> object:
    """A term as the plain value a user expects: numbers as numbers, IRIs and strings as str."""
    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return term.value
    datatype = term.datatype
    convert = _converter(datatype.value if datatype else "")
    if convert is None:
        return term.value
    try:
        return convert(term.value)
    except ValueError:
        return term.value


@cache
def _converter(datatype: str) -> Callable[[str], object] | None:
    """How a literal of ``datatype`` becomes a Python value (None: its text as it is)."""
    if datatype.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
        return int
    if datatype.endswith(("#double", "#decimal", "#float")):
        return float
    if datatype.endswith("#boolean"):
        return "true".__eq__
    return None


def _split_list(value: object, keep_order: bool = False) -> list[object]:
    if value in (None, ""):
        return []
    items = [v.strip() for v in str(value).split(LIST_SEPARATOR) if v.strip()]
    if keep_order:                  # one literal joined in printed order, such as an author list
        return items
    if all(re.fullmatch(r"-?\d+", v) for v in items):
        return sorted({int(v) for v in items})
    return sorted(set(items))


def shape(query: NamedQuery | None, rows: Rows, bindings: Mapping[str, Term]) -> Table:
    """Rows → Table, applying the header's list and limit declarations."""
    kept = rows.rows
    if query is not None and query.limit and query.limit in bindings:
        kept = kept[:int(python_value(bindings[query.limit]))]      # before converting: k of ~n rows
    table_rows = []
    for row in kept:
        record = {var: python_value(term) for var, term in zip(rows.variables, row, strict=True)}
        if query is not None:
            for column in query.lists:
                if column in record:
                    record[column] = _split_list(record[column], column in query.ordered)
            for param in query.params:   # parameters echo in SELECT, not in the output
                record.pop(param.name, None)
        table_rows.append(record)
    columns = tuple(c for c in rows.variables if not query or c not in {p.name for p in query.params})
    return Table(columns, tuple(table_rows))


def run_named(store: GraphStore, name: str, given: Mapping[str, str] | None = None) -> Table:
    """Run a named query with its parameters bound as a one-row VALUES block of typed terms.

    Every store gets the same bound text (Oxigraph server and Virtuoso have always had it: see
    ``pipeline.store.sparql_text.with_values``), so a parameter means the same on all three. The embedded store
    plans with the values in view, which pyoxigraph's ``substitutions`` do not allow: they are applied after
    planning, so a query evaluates every figure before keeping one property's (16x slower at 1M triples).
    The terms are written by pyoxigraph; no text a user gives ever reaches the query unescaped.

    A query that keeps its first ?k rows (``#+ limit``) may name a cut-off (``#+ cutoff: NAME``): the
    query ``queries/parts/NAME.rq`` lists a score per candidate row, best first, and ?cutoff is bound
    to the k-th of them, so the query looks further only at rows scoring at least that (every row that
    ties with the k-th too, so its first k rows are those it would give without the cut-off). A query
    whose rows are the parts of its answer names how they combine (``#+ combine``, see
    ``pipeline.store.combine``).
    """
    query = get_query(name)
    bindings = bind(query, given or {})
    with reading(store):                    # the cut-off and the query read one state of the store
        if query.cutoff:
            bindings |= cutoff_binding(store, query, bindings)
        # the parts of a combined answer are read whole: a cap on rows is for the answer, not its parts
        result = store.query(with_values(query.text, bindings), limit=sys.maxsize if query.combine else None)
    if not isinstance(result, Rows):
        raise QueryError(f"named query {name!r} is not a SELECT query")
    return table_of(query, result, bindings)


def table_of(query: NamedQuery, rows: Rows, bindings: Mapping[str, Term]) -> Table:
    """A named query's rows (however they were fetched) as its answer: combined, or shaped by its header."""
    if query.combine:
        from pipeline.store.combine import combine
        return combine(query.combine, [dict(zip(rows.variables, map(python_value, row), strict=True))
                                       for row in rows.rows])
    return shape(query, rows, bindings)


PARTS_DIR = QUERY_DIR / "parts"


def cutoff_binding(store: GraphStore, query: NamedQuery, bindings: Mapping[str, Term]) -> dict[str, Term]:
    """{"cutoff": the k-th best score} for ``query`` (nothing when no row scores: the query has no rows)."""
    if query.limit not in bindings:
        raise QueryError(f"named query {query.name!r} names a cut-off but keeps no first ?k rows (#+ limit)")
    k = int(bindings[query.limit].value)
    text = (PARTS_DIR / f"{query.cutoff}.rq").read_text(encoding="utf-8")
    scores = store.query(with_values(text, bindings), limit=k)
    if not isinstance(scores, Rows) or not scores.rows or scores.rows[-1][0] is None:
        return {}
    return {"cutoff": scores.rows[-1][0]}


# a SPARQL update, after any prologue (PREFIX/BASE declarations) and comments; anything else that is
# not a query fails to parse as one, since the store's query call never runs updates
UPDATE_START = re.compile(r"(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s*[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
                          r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def run_sparql(store: GraphStore, text: str) -> Table | bool:
    """Free SPARQL from the user; only SELECT and ASK are answered (the CLI never writes)."""
    if UPDATE_START.match(text):
        raise QueryError("`sparql` only reads; SPARQL UPDATE is refused")
    result = store.query(prefix_block() + text)
    if isinstance(result, bool):
        return result
    if isinstance(result, list):
        return Table(("subject", "predicate", "object"),
                     tuple({"subject": t.subject.value, "predicate": t.predicate.value,
                            "object": python_value(t.object)} for t in result))
    return shape(None, result, {})


def prefix_block() -> str:
    """The prefixes free SPARQL may use undeclared."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in {"akg": terms.namespace(), **PREFIXES}.items())


PREFIXES = {                                    # and akg:, from the ontology
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "xsd": XSD, "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "cito": "http://purl.org/spar/cito/",
    "bibo": "http://purl.org/ontology/bibo/", "fabio": "http://purl.org/spar/fabio/"}
