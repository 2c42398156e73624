"""A paper graph's digest, recorded when ingest writes the graph, so ``doctor`` can tell a graph changed
since (a re-read repairs it) from one that was written so (a re-read of the same file gives it again).

The digest is SHA-256 over the graph's triples in N-Triples, sorted, as the store gives them back: the
triples pass through an in-memory Oxigraph store first, which writes literals in the same canonical form
as the on-disk store ("99.50"^^xsd:double comes back as "99.5"). Left out are the digest's own statement
and what an ingest records about itself (when, and from which folder), so two ingests of the same file by
the same version have the same digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib.namespace import PROV

from pipeline.vocab import AKG

DIGEST = ox.NamedNode(str(AKG.graphDigest))
LEFT_OUT = {DIGEST, ox.NamedNode(str(PROV.generatedAtTime)), ox.NamedNode(str(AKG.sourcePath))}


def digest(triples: Iterable[ox.Triple | ox.Quad]) -> str:
    canonical = ox.Store()
    canonical.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples if t.predicate not in LEFT_OUT)
    lines = sorted(f"{q.subject} {q.predicate} {q.object} ." for q in canonical)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def with_digest(quads: list[ox.Quad], paper: ox.NamedNode | ox.BlankNode) -> list[ox.Quad]:
    """``quads`` (one named graph) and a statement of their digest about ``paper``."""
    graph = quads[0].graph_name if quads else ox.DefaultGraph()
    return [*quads, ox.Quad(paper, DIGEST, ox.Literal(digest(quads)), graph)]
