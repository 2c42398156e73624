"""Named queries whose rows are parts of the answer, combined here (``#+ combine: NAME`` in the .rq header).

At scale a query may read data written once per paper for it rather than the facts themselves: one
literal per paper instead of two triples per figure. The query then returns those parts, and the
function named by its header turns them into the answer's rows; every store answers the same query
text, so the answer is the same on all of them.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence

from pipeline.errors import QueryError
from pipeline.store.named import Table

Row = dict[str, object]


def _local(iri: str) -> str:
    """The part of an ontology IRI after '#' (as SPARQL's STRAFTER(STR(?x), "#") gives it)."""
    return iri.partition("#")[2]


def comparison_values(rows: Sequence[Row]) -> Table:
    """compare-classes: per top class and property, the figures' count, best and median value.

    Three kinds of row come in: a paper's akg:comparisonValues (its figure values by comparison key,
    "<top class> <property>"), a top class with its count of structures, a property with its canonical
    unit and which way is better. A key counts only when its class holds structures and its property
    has a unit, as a join of the three would give; the best is the least value where lower is better.
    """
    values: defaultdict[str, list[float]] = defaultdict(list)
    structures: dict[str, int] = {}
    units: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        if row["values"] is not None:
            for key, numbers in json.loads(str(row["values"])).items():
                values[key] += numbers              # JSON numbers, floats as written (see the float()s below)
        elif row["top"] is not None:
            structures[str(row["top"])] = int(row["structures"])  # type: ignore[call-overload]
        elif row["property"] is not None:
            units.setdefault(str(row["property"]), []).append((str(row["unit"]), str(row["better"] or "higher")))
    answer: list[Row] = []
    for key, numbers in values.items():
        top, _, prop = key.partition(" ")
        if top not in structures:
            continue
        for unit, better in units.get(prop, ()):
            answer.append({"class": _local(top), "structures": structures[top], "property": _local(prop),
                           "unit": unit, "figures": len(numbers),
                           "best": float(min(numbers) if better == "lower" else max(numbers)),
                           "median": float(statistics.median(numbers))})
    answer.sort(key=lambda r: (r["class"], r["property"]))
    return Table(("class", "structures", "property", "unit", "figures", "best", "median"), tuple(answer))


COMBINERS: dict[str, Callable[[Sequence[Row]], Table]] = {"comparison-values": comparison_values}


def combine(name: str, rows: Sequence[Row]) -> Table:
    try:
        combiner = COMBINERS[name]
    except KeyError:
        raise QueryError(f"no way to combine rows named {name!r}; known: {', '.join(COMBINERS)}") from None
    return combiner(rows)
