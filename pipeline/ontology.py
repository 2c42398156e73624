"""Read the domain facts the pipeline needs out of ontology/anodekg.ttl.

The ontology is the only place where property names, canonical units, cue words and the class
hierarchy are spelled; this module turns them into plain records once per process.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from ontology import ONTOLOGY_TTL
from pipeline.cache import cached_bytes, source_key
from pipeline.vocab import AKG

T = TypeVar("T")
QUDT_HAS_UNIT = URIRef("http://qudt.org/schema/qudt/hasUnit")



@cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """ontology/anodekg.ttl as Oxigraph triples, parsed once a process: the store's copy of the ontology
    and the shapes' check (which mixes it in) are made of them."""
    return tuple(ox.parse(ONTOLOGY_TTL.read_bytes(), format=ox.RdfFormat.TURTLE))

@dataclass(frozen=True, slots=True)
class PropertyDef:
    """A measured property: its IRI, canonical unit and the words that announce it."""

    iri: URIRef
    name: str                        # local name, e.g. "CoulombicEfficiency"
    label: str
    unit: str                        # canonical unit as AnodeKG prints it, e.g. "mA cm-2"
    unit_iri: URIRef | None
    role: str                        # local name of its akg:PropertyRole
    cues: tuple[str, ...]            # skos:altLabel, most specific first
    unit_cues: tuple[str, ...]       # units that, alone, identify the property
    better: str = "higher"           # akg:better: which direction ranks first
    max_value: float | None = None   # akg:maxValue: above it a figure is a misreading
    same_figure_units: tuple[str, ...] = ()   # akg:sameFigureUnit: also written in these, one for one ("285 wt%" uptake)
    cell_cues: tuple[str, ...] = ()  # akg:cellCue: test cells whose bare result in the unit is this property ("Li||Cu")


@dataclass(frozen=True, slots=True)
class ClassDef:
    """A structure class, its parent and the words that are evidence for it."""

    iri: URIRef
    name: str
    label: str
    parent: URIRef | None            # the top class for a subclass; None for a top class
    cues: tuple[str, ...]
    section_cues: tuple[str, ...]
    place_cues: tuple[str, ...] = ()     # what a layer of this class sits on ("lithium foil", "separator")


def local_name(iri: str) -> str:
    """The part of an IRI after its last '#' or '/'."""
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ONTOLOGY_TTL)


def _strings(graph: Graph, subject: URIRef, predicate: URIRef) -> tuple[str, ...]:
    values = {str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal)}
    return tuple(sorted(values, key=lambda v: (-len(v), v)))


def _kept(name: str, derive: Callable[[], T]) -> T:
    """``derive()``, kept on disk (``pipeline.cache``) for the next process while the ontology and this
    module stay as they are: parsing the ontology with rdflib costs each ingest ~40 ms."""
    data = cached_bytes(name, source_key([ONTOLOGY_TTL, Path(__file__)]), lambda: pickle.dumps(derive()))
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 — an unreadable cache entry is derived afresh, never fatal
        return derive()


@cache
def properties() -> dict[str, PropertyDef]:
    """Every akg:MeasuredProperty, keyed by local name."""
    return _kept("properties.pickle", _properties)


def _properties() -> dict[str, PropertyDef]:
    graph = ontology_graph()
    found: dict[str, PropertyDef] = {}
    for iri in graph.subjects(RDF.type, AKG.MeasuredProperty):
        unit = graph.value(iri, AKG.canonicalUnit)
        role = graph.value(iri, AKG.roleOf)
        name = local_name(iri)
        found[name] = PropertyDef(
            iri=URIRef(iri), name=name, label=str(graph.value(iri, RDFS.label) or name),
            unit=str(unit) if unit is not None else "",
            unit_iri=graph.value(iri, QUDT_HAS_UNIT),
            role=local_name(role) if role is not None else "Performance",
            cues=_strings(graph, iri, SKOS.altLabel), unit_cues=_strings(graph, iri, AKG.unitCue),
            better=str(graph.value(iri, AKG.better) or "higher"),
            max_value=float(limit) if (limit := graph.value(iri, AKG.maxValue)) is not None else None,
            same_figure_units=_strings(graph, iri, AKG.sameFigureUnit), cell_cues=_strings(graph, iri, AKG.cellCue))
    return found


def property_def(prop: str | URIRef) -> PropertyDef:
    """The definition of a property given by IRI or local name; KeyError when unknown."""
    return properties()[local_name(prop)]


@cache
def structure_classes() -> dict[str, ClassDef]:
    """akg:Structure's three top classes and their subclasses, keyed by local name."""
    return _kept("structure-classes.pickle", _structure_classes)


def _structure_classes() -> dict[str, ClassDef]:
    graph = ontology_graph()
    found: dict[str, ClassDef] = {}
    tops = [c for c in graph.subjects(RDFS.subClassOf, AKG.Structure) if (c, RDF.type, OWL.Class) in graph]
    for top in tops:
        members = [(top, None)] + [(sub, top) for sub in graph.subjects(RDFS.subClassOf, top)]
        for iri, parent in members:
            name = local_name(iri)
            found[name] = ClassDef(
                iri=URIRef(iri), name=name, label=str(graph.value(iri, RDFS.label) or name),
                parent=URIRef(parent) if parent is not None else None,
                cues=_strings(graph, iri, AKG.cue), section_cues=_strings(graph, iri, AKG.sectionCue),
                place_cues=_strings(graph, iri, AKG.placeCue))
    return found


def top_classes() -> list[ClassDef]:
    return [c for c in structure_classes().values() if c.parent is None]


def subclasses(top: URIRef) -> list[ClassDef]:
    return [c for c in structure_classes().values() if c.parent == top]
