"""Put a structure in one of the ontology's three classes and eight subclasses, with the evidence.

In a review the section heading decides ("2.1. Carbon-Based Framework" → CarbonBasedFramework under
ConductiveFramework). Without such headings, the cue words of the passage decide. Headings and
cue words come from the ontology (akg:sectionCue, akg:cue); nothing is spelled here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.ontology import ClassDef, structure_classes, subclasses, top_classes
from pipeline.records import Classification


def _cue_hits(text: str, cues: Sequence[str]) -> list[str]:
    lowered = text.lower()
    return [c for c in cues if re.search(rf"(?<!\w){re.escape(c.lower())}(?!\w)", lowered)]


def _best(text: str, candidates: Sequence[ClassDef], attr: str) -> tuple[ClassDef | None, str]:
    """The candidate whose longest cue occurs in ``text``; longer cues win ('non-conductive' over 'conductive')."""
    best: tuple[int, ClassDef | None, str] = (0, None, "")
    for candidate in candidates:
        for hit in _cue_hits(text, getattr(candidate, attr)):
            if len(hit) > best[0]:
                best = (len(hit), candidate, hit)
    return best[1], best[2]


def classify_by_section(section: Sequence[str]) -> Classification | None:
    """Class from a review's heading path, outermost heading first; None when no heading decides."""
    top: ClassDef | None = None
    evidence = ""
    for heading in section:
        found, cue = _best(heading, top_classes(), "section_cues")
        if found is not None:
            top, evidence = found, f'section "{heading}"'
            break
    if top is None:
        return None
    for heading in reversed(section):
        sub, cue = _best(re.sub(r"^[\d.\s]+", "", heading), subclasses(top.iri), "section_cues")
        if sub is not None and heading not in evidence:
            return Classification(top.iri, sub.iri, f'{evidence} > "{heading}"')
    return Classification(top.iri, None, evidence)


def classify_by_cues(text: str, within: Classification | None = None) -> Classification | None:
    """Class from cue words in a passage; inside a known top class only its subclasses compete."""
    if within is not None:
        sub, cue = _best(text, subclasses(within.cls), "cues")
        if sub is None:
            return within
        return Classification(within.cls, sub.iri, f'{within.evidence}; cue "{cue}"')
    sub, cue = _best(text, [c for c in structure_classes().values() if c.parent is not None], "cues")
    if sub is None:
        top, cue = _best(text, top_classes(), "cues")
        return Classification(top.iri, None, f'cue "{cue}"') if top else None
    return Classification(sub.parent, sub.iri, f'cue "{cue}"')


def classify(section: Sequence[str], passage: str) -> Classification | None:
    """The section decides when it can; the passage's cue words refine it or decide alone."""
    by_section = classify_by_section(section)
    if by_section is not None and by_section.subclass is not None:
        return by_section
    return classify_by_cues(passage, by_section)
