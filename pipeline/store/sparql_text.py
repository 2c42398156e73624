"""SPARQL as text: the form of a query, where its WHERE group opens, and a named query's parameters
bound as a ``VALUES`` row of typed terms. Pure functions (no HTTP client), shared by the query runner,
which binds every store's parameters this way, and by the remote store.

An xsd:decimal value travels as xsd:double: Virtuoso 7.2 fails (SR128 "numeric value out of range")
when it sorts groups that carry a decimal from VALUES, and our figures are doubles, so a comparison
with them promotes the decimal to double anyway.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from pipeline.errors import QueryError
from pipeline.store.base import Term

# tokens of a SPARQL text that may contain braces or keywords which are not syntax
_TOKEN = re.compile(r'''
    (?P<skip> \#[^\n]*                                       # comment
            | <[^<>"{}|^`\\\s]*>                             # IRI
            | """(?:[^"\\]|\\.|"(?!""))*""" | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
            | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*' )
  | (?P<var> [?$]\w+ )
  | (?P<word> [A-Za-z]+ )
  | (?P<open> \{ ) | (?P<close> \} ) | (?P<paren> [()] )
''', re.VERBOSE)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
XSD_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
XSD_DOUBLE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#double")


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside IRIs, strings and comments."""
    for token in _TOKEN.finditer(sparql):
        word = token["word"]
        if word and word.upper() in _FORMS:
            return word.upper()
    raise QueryError("malformed SPARQL: no SELECT, ASK, CONSTRUCT or DESCRIBE")


def where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the query's WHERE group (not a CONSTRUCT template's)."""
    depth = 0
    after_where = False
    first_open = None
    for token in _TOKEN.finditer(sparql):
        if token["word"] and depth == 0 and token["word"].upper() == "WHERE":
            after_where = True
        elif token["open"]:
            if depth == 0 and after_where:
                return token.start()
            if depth == 0 and first_open is None:
                first_open = token.start()
            depth += 1
        elif token["close"]:
            depth -= 1
    if first_open is None or query_form(sparql) == "CONSTRUCT":
        raise QueryError("malformed SPARQL: no WHERE group to bind parameters in")
    return first_open


def with_values(sparql: str, params: Mapping[str, Term] | None) -> str:
    """The query with ``params`` as a one-row VALUES block at the head of its WHERE group, and at the head
    of each subquery's group for the parameters that subquery selects.

    A subquery is evaluated on its own, so a parameter would not reach it; one that selects a parameter's
    variable is joined on it, and reading only that value inside gives the same rows, sooner (a cut-off
    applied before a figure's other triples are looked up, one property's figures counted instead of all).
    """
    if not params:
        return sparql
    for name, term in params.items():
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"bad parameter name {name!r}")
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise QueryError(f"parameter {name!r}: only IRIs and literals can be sent to a SPARQL server")
    places = [(where_brace(sparql), list(params))]
    places += [(at, [name for name in params if name in selected]) for at, selected in _subqueries(sparql)]
    for at, names in sorted(places, reverse=True):          # from the end, so offsets stay right
        if names:
            row = " ".join(str(_portable(params[name])) for name in names)
            sparql = f"{sparql[:at + 1]}\n  VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }}{sparql[at + 1:]}"
    return sparql


def _subqueries(sparql: str) -> list[tuple[int, set[str]]]:
    """Each subquery's WHERE brace and the variables it selects as they are (not those it computes with AS)."""
    found = []
    depth = 0
    selecting: set[str] | None = None           # inside a subquery's SELECT clause
    parens = 0
    alias = False
    for token in _TOKEN.finditer(sparql):
        if selecting is not None:
            if token["paren"]:
                parens += 1 if token["paren"] == "(" else -1
            elif token["word"] and token["word"].upper() == "AS":
                alias = True
            elif token["var"]:
                if parens == 0 and not alias:
                    selecting.add(token["var"][1:])
                alias = False
            elif token["open"]:
                found.append((token.start(), selecting))
                selecting = None
        elif token["word"] and token["word"].upper() == "SELECT" and depth > 0:
            selecting, parens, alias = set(), 0, False
        if token["open"]:
            depth += 1
        elif token["close"]:
            depth -= 1
    return found


def _portable(term: Term) -> Term:
    """A term as every server reads it right: decimals as doubles (see the module doc)."""
    if isinstance(term, ox.Literal) and term.datatype == XSD_DECIMAL:
        return ox.Literal(repr(float(term.value)), datatype=XSD_DOUBLE)
    return term
