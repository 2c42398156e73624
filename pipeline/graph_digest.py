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
LEFT_OUT = frozenset(str(p) for p in (DIGEST, ox.NamedNode(str(PROV.generatedAtTime)),
                                      ox.NamedNode(str(AKG.sourcePath))))


def digest_of(ntriples: bytes) -> str:
    """The digest of a graph given as N-Triples. The store writes the canonical N-Triples itself, and
    each line is cut only at "\\n" (the one line end N-Triples has; str.splitlines also cuts at
    characters a literal may hold), so no triple becomes Python objects."""
    canonical = ox.Store()
    canonical.load(ntriples, ox.RdfFormat.N_TRIPLES)
    text = (canonical.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"").decode("utf-8")
    # a line is "SUBJECT PREDICATE OBJECT ." and neither an IRI nor a blank node holds a space
    lines = sorted(line for line in text.split("\n") if line and line.split(" ", 2)[1] not in LEFT_OUT)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def digest(triples: Iterable[ox.Triple | ox.Quad]) -> str:
    """The digest of a graph given as triples (or quads, whose graph is ignored): a stored graph's."""
    data = ox.serialize([ox.Triple(t.subject, t.predicate, t.object) for t in triples],
                        format=ox.RdfFormat.N_TRIPLES) or b""
    return digest_of(data)


def with_digest(ntriples: bytes, paper: ox.NamedNode | ox.BlankNode) -> bytes:
    """A graph's N-Triples and, after them, the statement of their digest about ``paper``."""
    statement = f"{paper} {DIGEST} {ox.Literal(digest_of(ntriples))} .\n".encode()
    return ntriples + statement if not ntriples or ntriples.endswith(b"\n") else ntriples + b"\n" + statement
