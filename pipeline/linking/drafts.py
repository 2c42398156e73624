"""Structures being assembled from their mentions, and the records both linkers build from them.

A ``Draft`` collects what the text says about one structure (its label, the passage that describes
it, its materials, its citations); ``record`` turns it into the frozen ``Structure`` with its class.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from pipeline.classify import INSULATING_BODY, classify, classify_by_materials, classify_by_metal
from pipeline.mentions import Figure, Mention, Paper
from pipeline.nlp.patterns import lexicon_words, material_alias_index
from pipeline.ontology import structure_classes
from pipeline.records import Classification, Measurement, Structure

LITHIUM = "Li"                # the metal every anode paper names; alone it does not name a design
# a token that names a thing rather than a word: an acronym, a formula, a short form ("PGLS", "Li3N", "rGO")
NAME_TOKEN = re.compile(r"(?![\w().+]*[a-z]{4})(?:(?=\w*[A-Z]\w*[A-Z0-9])[A-Za-z0-9()+.]{2,}|[A-Z][a-z]?\d[\w.]*)")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "structure"


@cache
def class_cue_words() -> frozenset[str]:
    """Words that name a kind of structure ("SEI", "separator"), never one structure."""
    return frozenset(c.lower() for cls in structure_classes().values() for c in cls.cues)


@cache
def _aliases() -> tuple[tuple[str, str, str], ...]:
    """(alias in lower case, canonical name, alias) of each lexicon alias."""
    return tuple((alias.lower(), name, alias) for alias, name in material_alias_index().items())


@cache
def _alias_pattern(alias: str) -> re.Pattern[str]:
    """An alias as a whole word: formulas and acronyms match as written, words in any case. Compiled
    when a text first holds it (most never occur in a paper)."""
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(alias)}(?![A-Za-z0-9])",
                      0 if re.search(r"[A-Z\d]", alias) else re.I)


@lru_cache(maxsize=65536)
def _materials_in(text: str) -> frozenset[str]:
    lowered = text.lower()
    return frozenset(name for lower, name, alias in _aliases()
                     if lower in lowered and _alias_pattern(alias).search(text))   # a substring test spares most regexes


def materials_in(text: str) -> set[str]:
    """Canonical names of the lexicon's materials that ``text`` names."""
    return set(_materials_in(text))


def phrase_score(phrase: Mention) -> int:
    """How well a phrase names a design: a material other than lithium or a formula-like name (4),
    a specific head noun (2), any modifier (1)."""
    names = [w for w in re.split(r"[\s/]+", phrase.text) if NAME_TOKEN.fullmatch(w) and w.lower() not in class_cue_words()]
    named = bool(materials_in(phrase.text) - {LITHIUM}) or bool(names)
    specific = phrase.head not in lexicon_words("generic_heads") and LITHIUM not in materials_in(phrase.head)
    modified = len(phrase.text.split()) > 1
    return 4 * named + 2 * specific + modified


def best_phrase(paper: Paper, k: int, start: int = 0, end: int | None = None,
                keep: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The design phrase of sentence ``k`` (between ``start`` and ``end``, of those ``keep`` keeps) that names a
    structure best, earliest among equals."""
    end = len(paper.sentences[k].text) if end is None else end
    phrases = [p for p in paper.mentions[k].phrases if start <= p.start and p.end <= end and (keep is None or keep(p))]
    return max(phrases, key=lambda p: (_naming_rank(p), -p.start)) if phrases else None


def _naming_rank(phrase: Mention) -> int:
    """``phrase_score``, but a specific head noun alone ("the electrolyte" a film "cut side reactions with") no
    higher than a generic one a word modifies ("a polyphosphazene film"), which then comes first."""
    alone = " " not in phrase.text.strip() and phrase_score(phrase) == 2
    return phrase_score(phrase) - alone


def default_class() -> Classification:
    top = next(c for c in structure_classes().values() if c.parent is None)
    return Classification(top.iri, None, "no heading or cue word decides; first top class")


def refined(found: Classification | None, materials: set[str]) -> Classification | None:
    """A top class without a subclass ("hosts" in a heading) refined by what the structure is made of, when its
    materials name a subclass of that top class; never moved to another top class. A class the framework's body
    material decided stays: that material's cue may name another kind of design ("silica" of a nanoparticle
    electrolyte, not of a silica aerogel)."""
    if found is None or found.subclass is not None or found.evidence.startswith(INSULATING_BODY):
        return found
    by_materials = classify_by_materials(sorted(materials)) or classify_by_metal(sorted(materials), LITHIUM)
    if by_materials is None or by_materials.subclass is None or by_materials.cls != found.cls:
        return found
    return Classification(found.cls, by_materials.subclass, f"{found.evidence}; {by_materials.evidence}")


@dataclass
class Draft:
    """A structure being assembled from its mentions."""

    key: str
    label: str
    section: tuple[str, ...] = ()
    passage: str = ""
    citations: tuple[int, ...] = ()
    own: bool = False
    materials: set[str] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)
    framing: Classification | None = None       # the class the whole paper frames its arms in, when known
    # a cited work's kin: the class the citing paper frames its own design in, for a design whose own words and
    # materials name none ("a polyester-based layer reached 96%[15]" in a paper on layers for lithium): a paper
    # cites the works its design competes with, which are of its kind more often than of the first class
    kin: Classification | None = None

    def record(self) -> Structure:
        cls = (self.framing or refined(classify(self.section, self.passage, self.label), self.materials)
               or classify_by_materials(sorted(self.materials)) or self._as_kin() or default_class())
        return Structure(key=self.key, label=self.label, classification=cls, materials=tuple(sorted(self.materials)),
                         citations=self.citations, own_result=self.own,
                         mentions=tuple(dict.fromkeys(m for m in self.mentions if m)))

    def _as_kin(self) -> Classification | None:
        if self.kin is None:
            return None
        return replace(self.kin, evidence=f"no cue word of its own, so as the citing paper's design ({self.kin.evidence})")


def measurement(paper: Paper, figure: Figure, key: str, citations: tuple[int, ...]) -> Measurement:
    """The Measurement record of ``figure``, tied to structure ``key``."""
    q = figure.quantity
    return Measurement(structure=key, property=figure.prop.iri, value=figure.value, unit=figure.prop.unit,
                       qualifier=q.qualifier, citations=citations, source=paper.sentences[figure.sentence],
                       raw=q.text)
