"""The ontology's term names (its namespace, measured properties and structure classes) as plain
strings, for the query path: reading them with ``pipeline.ontology`` loads rdflib and parses the
ontology (more than a named query costs), so they are read there once and kept on disk, keyed by
the ontology's bytes (``pipeline.cache``).
"""

from __future__ import annotations

import json
from functools import cache

from ontology import ONTOLOGY_TTL
from pipeline.cache import cached_bytes, source_key


def _derive() -> bytes:
    from pipeline.ontology import properties, structure_classes
    from pipeline.vocab import AKG
    return json.dumps({"namespace": str(AKG),
                       "properties": {name: str(p.iri) for name, p in properties().items()},
                       "classes": {name: str(c.iri) for name, c in structure_classes().items()}}).encode()


@cache
def _terms() -> dict[str, object]:
    return json.loads(cached_bytes("terms.json", source_key([ONTOLOGY_TTL]), _derive))


def namespace() -> str:
    """The AKG namespace IRI."""
    return str(_terms()["namespace"])


def property_iris() -> dict[str, str]:
    """Measured property local name → IRI, in ontology order (as ``ontology.properties()``)."""
    return dict(_terms()["properties"])     # type: ignore[arg-type]


def class_iris() -> dict[str, str]:
    """Structure class local name → IRI, in ontology order (as ``ontology.structure_classes()``)."""
    return dict(_terms()["classes"])        # type: ignore[arg-type]
