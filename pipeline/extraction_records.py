"""The records extraction makes and linking hands on: a sentence's quantities, a paper's structures and
measurements, and the names and arms of a research paper.

Plain, frozen records as those of ``pipeline.records`` (which names them too: ``from pipeline.records import
Measurement`` works as before). They live apart so that the reading, which makes none of them, does not make
their classes either: a frozen dataclass costs its methods' code at import, and the reading child of an ingest
pays every import on the path the ingest waits for (these eleven some 9 ms of its CPU).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:                 # only annotations here: the CLI loads records without loading rdflib
    from rdflib import URIRef

    from pipeline.records import Sentence


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with a unit as written, after parsing but before it is tied to a property."""

    value: float
    unit: str                                   # unit as written, normalised spelling ("mA cm-2")
    qualifier: str = "="                        # one of = > < ~ >= <=
    start: int = 0                              # character span in the sentence
    end: int = 0
    text: str = ""
    high: float | None = None                   # upper end of a range, when the text gives one


@dataclass(frozen=True, slots=True)
class Classification:
    """A structure's place in the ontology, with the reason for it."""

    cls: URIRef                                 # a top class, e.g. AKG.ConductiveFramework
    subclass: URIRef | None = None              # one of its subclasses, when the evidence says which
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Structure:
    """A design the paper describes: one node that carries all of its figures."""

    key: str                                    # stable id within the paper (slug)
    label: str                                  # readable name
    classification: Classification
    materials: tuple[str, ...] = ()
    citations: tuple[int, ...] = ()
    own_result: bool = False
    mentions: tuple[str, ...] = ()              # surface forms merged into this structure


@dataclass(frozen=True, slots=True)
class Measurement:
    """One reported figure, tied to its structure, its citation and its sentence."""

    structure: str                              # Structure.key
    property: URIRef                            # AKG.CoulombicEfficiency, never the string "ce"
    value: float                                # in the property's canonical unit
    unit: str                                   # the canonical unit, as the ontology spells it
    qualifier: str
    citations: tuple[int, ...]
    source: Sentence
    raw: str = ""                               # the figure as written


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extraction found in one document."""

    structures: tuple[Structure, ...]
    measurements: tuple[Measurement, ...]
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)
    is_review: bool = False         # read as a review: by the reader's cues, or by how its text reports figures


# ---- what linking hands on: the names in a sentence and a research paper's arms ------------------

class NameKind(StrEnum):
    """How a sentence names a structure."""

    SHORT = "short"             # a short form the paper defined
    WITH = "with"               # what a cell or electrolyte is made with ("cells with LiNO3")
    COMPOUND = "compound"       # a composite or formula name
    PHRASE = "phrase"           # a noun phrase with a design's head noun
    CONTROL = "control"         # a control word before a material ("bare Cu")
    WITHOUT = "without"         # the arm that lacks something ("without additives")
    LABEL = "label"             # a letter or numeral name ("Cell A")
    FAMILY = "family"           # a family of compounds compared as a group ("fluorides")
    SERIES = "series"           # one member of a composition series ("Li7-xNaxSbS4 (x = 0.2)" → Li6.8Na0.2SbS4)


@dataclass(frozen=True, slots=True)
class Name:
    """A stretch of a sentence that can name a structure, with how it names it."""

    start: int
    end: int
    text: str
    kind: NameKind


class Role(StrEnum):
    DESIGN = "design"
    CONTROL = "control"
    PRIOR = "prior"


@dataclass(frozen=True, slots=True)
class Arm:
    """One design, control or prior work of a paper."""

    key: str                                    # Structure.key: "own-<slug>"
    label: str                                  # the name the paper uses for it, readable
    aliases: tuple[str, ...]                    # every spelling seen, most used first
    role: Role
    score: int                                  # how much evidence says it is an arm
    evidence: tuple[str, ...] = ()

    @property
    def own(self) -> bool:
        return self.role != Role.PRIOR


@dataclass(frozen=True, slots=True)
class ArmMention:
    """Where a sentence names an arm."""

    start: int
    end: int
    arm: str                                    # Arm.key; "" for a named thing that is none of the arms
    text: str
    kind: NameKind


@dataclass(frozen=True, slots=True)
class PaperArms:
    """The arms of one paper and where each sentence names them."""

    arms: Mapping[str, Arm]
    main: str                                   # key of the paper's main design
    mentions: tuple[tuple[ArmMention, ...], ...]
    shared: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # a part → the arms made of it
    glossary: Mapping[str, str] = field(default_factory=dict)             # short form → long form

    def is_own(self, key: str) -> bool:
        """Whether ``key`` is one of the paper's own designs or controls, or a part they share."""
        return key in self.shared or key in self.arms and self.arms[key].own

    def own(self, k: int) -> tuple[ArmMention, ...]:
        """Sentence ``k``'s mentions of the paper's own designs and controls (and of parts they share)."""
        return tuple(m for m in self.mentions[k] if self.is_own(m.arm))

    def expand(self, key: str) -> tuple[str, ...]:
        """The arms a mention stands for: itself, or every arm made of the part it names, and so on down,
        for a part may be made into a series that stands for its members ("the polymer layer" → its
        build with the A1-xBx series → each member's build)."""
        if key not in self.shared:
            return (key,)
        found: dict[str, None] = {}
        todo, seen = list(self.shared[key]), {key}
        while todo:
            part = todo.pop(0)
            if part in seen:
                continue
            seen.add(part)
            if part in self.shared:
                todo[:0] = self.shared[part]
            else:
                found[part] = None
        return tuple(found)
