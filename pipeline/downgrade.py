"""No silent downgrade: a new file that claims a paper already in the store must read at least as well.

A damaged copy of a paper (a few bytes flipped by a bad download or disk) often still opens: pdfminer
decompresses what it can and skips what it cannot parse, and the paper reads with whole pages gone.
Its DOI is the same, so without a check its graph would replace the good one. Before a paper's graph
replaces a stored one built from other bytes, the two readings are compared: signs of damage while
reading (the PDF parser's warnings), pages, and, when both were read by this AnodeKG version (another
version may extract differently), sentences and figures. ``ingest --replace`` skips the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from pipeline import __version__
from pipeline.build_rdf import graph_iri
from pipeline.store.base import GraphStore, Rows
from pipeline.vocab import AKG

CLEARLY_FEWER = 0.9                 # sentences or figures below this share of the stored reading's count…
AT_LEAST = 2                        # …and at least this many fewer (one figure more or less is noise)


@dataclass(frozen=True, slots=True)
class Reading:
    """How well one file read: what a stored graph records of its reading, or a new read's outcome."""

    sha256: str
    version: str
    pages: int
    sentences: int | None           # None where a graph predates the count
    figures: int
    warnings: int | None            # None where nobody counted them


def stored_reading(store: GraphStore, doc_id: str) -> Reading | None:
    """What the store's graph of ``doc_id`` records about the reading it was built from; None if absent."""
    graph = ox.NamedNode(str(graph_iri(doc_id)))

    def term(name: str) -> ox.NamedNode:
        return ox.NamedNode(str(getattr(AKG, name)))

    rows = store.query(
        f"SELECT ?hash ?version ?pages ?sentences ?warnings (COUNT(DISTINCT ?m) AS ?figures) WHERE {{ GRAPH {graph} {{"
        f" ?paper {term('sourceHash')} ?hash ; {term('pageCount')} ?pages ."
        f" OPTIONAL {{ ?paper {term('pipelineVersion')} ?version }}"
        f" OPTIONAL {{ ?paper {term('sentenceCount')} ?sentences }}"
        f" OPTIONAL {{ ?paper {term('readWarnings')} ?warnings }}"
        f" OPTIONAL {{ ?m a {term('Measurement')} }} }} }}"
        " GROUP BY ?hash ?version ?pages ?sentences ?warnings")
    if not isinstance(rows, Rows) or not rows.rows:
        return None
    sha256, version, pages, sentences, warnings, figures = (None if t is None else t.value for t in rows.rows[0])
    return Reading(sha256 or "", version or "", int(pages or 0), _int(sentences), int(figures or 0), _int(warnings))


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def worse(new: Reading, stored: Reading) -> list[str]:
    """Why ``new`` reads worse than ``stored`` (nothing when it does not, or when both are the same bytes:
    a file is never worse than itself)."""
    if new.sha256 == stored.sha256:
        return []
    reasons = []
    if new.warnings and new.warnings > (stored.warnings or 0):
        reasons.append(f"{new.warnings} sign(s) of damage while reading it, where the stored copy had "
                       f"{stored.warnings or 0}")
    if new.pages < stored.pages:
        reasons.append(f"{new.pages} page(s) where the stored copy has {stored.pages}")
    if new.version == stored.version == __version__:
        for what, now, before in (("sentences", new.sentences, stored.sentences),
                                  ("figures", new.figures, stored.figures)):
            if now is not None and before is not None and _clearly_fewer(now, before):
                reasons.append(f"{now} {what} where the stored copy has {before}")
    return reasons


def _clearly_fewer(now: int, before: int) -> bool:
    return now < CLEARLY_FEWER * before and before - now >= AT_LEAST
