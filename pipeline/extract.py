"""Sentences → Structures and Measurements: each reported figure tied to its structure, its citation
and its sentence.

Steps per paper:
1. the nlp pipeline marks quantities, counts, cue words, materials, design phrases, abbreviations;
2. ``figures``: each quantity gets a property from its unit and the nearest cue word (the ontology's
   skos:altLabel), is converted to the property's canonical unit, and is dropped when it is a
   baseline, a material's intrinsic value, a recipe condition, or (in a methods section) anything
   but a quality of the design itself or a condition its cells were tested under;
3. ``pipeline.linking`` ties each figure to its structure and citation (reviews: the cited work;
   research papers: the paper's own designs and controls, cited works when a sentence cites);
4. ``pipeline.classify`` puts every structure in the ontology's classes, with the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from pipeline.float_pointers import caption_figure, figure_pointers, panel_labels
from pipeline.linking import link
from pipeline.linking.names import (
    AMOUNT_UNIT,
    CONTRAST_OPENING,
    NUMBER,
    SAME_CONDITIONS,
    SAME_CONDITIONS_SAID,
    STACK_BAR,
    is_element,
)
from pipeline.linking.research import ASSEMBLY_REFERRED, a_cathode_loading, measured_in_cells
from pipeline.mentions import (
    Figure,
    Mention,
    Paper,
    SentenceMentions,
    has_words,
    intro_text,
    is_methods,
    last_word_at,
    lexicon_alternation,
    methods_text,
    names_a_cathode,
    sentence_mentions,
)
from pipeline.nlp.patterns import (
    DASHES,
    lexicon_words,
    names_a_making_method,
    property_cue_terms,
)
from pipeline.nlp.quantities import LABEL_BEFORE, unit_follows
from pipeline.ontology import PropertyDef, local_name, properties, property_def
from pipeline.reader.segment import sentences as document_sentences
from pipeline.records import BlockKind, CitationMarker, Document, Extraction, Quantity, Sentence
from pipeline.units import canonical_spelling, compatible, convert
from pipeline.vocab import AKG

if TYPE_CHECKING:
    from spacy.language import Language

BASELINE_WINDOW = 70        # characters before a figure searched for baseline words
CUE_AFTER_WINDOW = 24       # characters after a figure where a cue still names it ("98% Coulombic efficiency")
# words that never stand between a figure and the noun it measures ("12% higher retention" is a change)
COMPARATIVES = "higher|lower|greater|larger|smaller|longer|shorter|more|less"     # a figure set against another
NOT_BETWEEN = (f"and|or|in|on|at|with|for|to|by|of|the|a|an|than|as|{COMPARATIVES}|better|worse|increase|decrease|"
               "reduction|improvement|was|were|is|are|be|been|being|has|have|had|can|could|will|would|still|also|"
               "then|only|not|droplets?|drops?")        # "a 10 μL droplet of electrolyte" measures the droplet
# the last word may be what the measured thing is made of: "a 20 nm Al2O3 layer", "a 45 nm polymer film"
CUE_AFTER_GAP = re.compile(r"^[\s‐‑\-–]*(?:(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?:initial\s+|original\s+)?)?"
                           rf"(?:(?!(?:{NOT_BETWEEN})\s)[A-Za-z][\w()-]*\s+)?$")
# "95.6% of it is retained", "80% of them was still retained": the cue after the figure in the passive, of a thing
# the sentence named before
OF_IT_PASSIVE = re.compile(r"\s+of\s+(?:it|them|this|that)\s+(?:is|was|are|were|has\s+been|have\s+been|can\s+be|could\s+be)"
                           r"\s+(?:still\s+|well\s+)?")
REVIEW_MIN_REFERENCES = 60
# a methods-free paper whose running text reports figures (four sentences or more), at least this share of them with a
# citation, reports other works: a review (research papers without methods cite under a fifth of theirs, reviews half
# or more)
REVIEW_MIN_REPORTS = 4
REVIEW_MIN_CITED_SHARE = 0.4
# a digit glued to letters after it opens a name ("3DCF", "2D-MXene"), not a bare figure
BARE_NUMBER = re.compile(r"(?<![\w.,/−–-])(?P<value>\d+\.\d+|\d{1,3})(?![\d.,]*\d)(?![^\W\d_])"
                         r"(?!\s?(?:%|°|times|fold|-fold|×))")


@cache
def ratio_unit() -> str:
    """How the ontology spells the unit of a ratio (a transference number, a tortuosity)."""
    return property_def(AKG.LithiumTransferenceNumber).unit


@cache
def candidate_properties(spelling: str) -> tuple[PropertyDef, ...]:
    """Properties a figure in this unit can report: same dimension, and bare numbers only as ratios; and those whose
    figures papers also write in this unit or one of its multiples (an uptake "of 285 wt%", a sheet resistance "of
    3 kΩ")."""
    bare = spelling == ratio_unit()
    return tuple(p for p in properties().values()
                 if p.unit and ((p.unit == ratio_unit()) == bare and compatible(spelling, p.unit)
                                or _same_figure_unit(spelling, p) is not None))


def _same_figure_unit(spelling: str, prop: PropertyDef) -> str | None:
    """The unit the property's figures are also written in (one for one) that ``spelling`` is, or is a multiple of."""
    return next((u for u in prop.same_figure_units if compatible(spelling, u)), None)


def _kind_of_percent(unit: str) -> bool:
    """A share of one kind of thing ("at%", "wt%", "vol%"), which a bare "%" is where a cue names the kind."""
    return unit.endswith("%") and unit != "%"


def value_in(quantity: Quantity, prop: PropertyDef) -> float:
    """The figure in the property's canonical unit; one written in a unit that stands for it one for one as is (in
    that unit: "3 kΩ" of a sheet resistance is 3000 Ω sq−1); a bare "%" of a share by atoms or mass as the share
    (``_share_its_cue_names``). ValueError when the units do not mix."""
    if canonical_spelling(quantity.unit) == "%" and _kind_of_percent(prop.unit):
        return quantity.value
    if not compatible(quantity.unit, prop.unit) and (written := _same_figure_unit(quantity.unit, prop)) is not None:
        return convert(quantity.value, quantity.unit, written)
    return convert(quantity.value, quantity.unit, prop.unit)


def _props_of(cue: Mention, names: dict[str, PropertyDef]) -> list[PropertyDef]:
    return [names[n] for n in cue.label.split("|") if n in names]


# "grown on the carbon fibres", "of the nanowires": a thing named after a preposition is not what the clause measures
AFTER_A_PREPOSITION = re.compile(r"\b(?:on|onto|in|into|of|from|along|between|around|to|at|over|within)\s+"
                                 r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def resolved_property(cue: Mention, names: dict[str, PropertyDef], mentions: SentenceMentions,
                      text: str = "") -> PropertyDef:
    """The property of a cue that names several in the figure's unit ("diameter": of a particle or of a fibre): the
    one another cue of the sentence names alone, where it names what the clause is about ("the electrospun fibres
    have an average diameter of …", not "deposits grown on the fibres have a diameter of …"), else the one the
    ontology defines last, as ``anodekg compare`` reads a shared word."""
    props = _props_of(cue, names)
    if len(props) > 1:
        named = {p.iri for c in mentions.cues if c is not cue and len(found := _props_of(c, names)) == 1
                 and not AFTER_A_PREPOSITION.search(text, 0, c.start) for p in found if p in props}
        if len(named) == 1:
            return next(p for p in props if p.iri in named)
        order = list(properties())
        return max(props, key=lambda p: order.index(p.name))
    return props[0]


def _same_unit(a: str, b: str) -> bool:
    return canonical_spelling(a) == canonical_spelling(b)


def _is_duration(prop: PropertyDef) -> bool:
    return compatible(prop.unit, property_def(AKG.Lifespan).unit)


def _is_temperature(prop: PropertyDef) -> bool:
    return compatible(prop.unit, property_def(AKG.Temperature).unit)


CHANGE_NOUNS = "increase|improvement|enhancement|rise|gain|decrease|reduction|drop|loss|decline"
# "a 20% higher retention than …", "a 9% increase in capacity", "a less than 1% reduction in area": a percentage
# followed by these is how much a figure changed against another, not the figure itself
RELATIVE_AFTER = re.compile(rf"\s*(?:(?:{COMPARATIVES})\s+(?:[\w-]+\s+){{0,4}}?than\b|"
                            rf"(?:{CHANGE_NOUNS})(?:\s+(?:in|of|over|compared|relative|versus|vs|against)\b|\s*[,;:)]|\s*\.(?!\d)|\s*$))",
                            re.I)
# "an improvement of 25% over …", "an increase of about 9% compared with …": the change named before the percentage,
# set against something after it; without that ("shrinkage, with a reduction of 28% at 140 °C") the percentage is
# the figure the sentence's cue names. "improved by 20%" is dropped as a change (CHANGED_BY)
RELATIVE_BEFORE = re.compile(rf"\b(?:{CHANGE_NOUNS})\s+of\s+(?:(?:about|approximately|nearly|almost|roughly|over|more\s+than|~|∼)\s*)?$",
                             re.I)
AGAINST_AFTER = re.compile(r"\s*(?:over|compared|relative\s+to|versus|vs\b|against|than)\b", re.I)
VALUE_OF = re.compile(r"\bof\s+$")        # "a CE of 99.5% higher than that of B": the value, its comma lost
AT_BEFORE = re.compile(r"\bat\s+(?:a\s+)?$", re.I)


# the verb each noun of change is said with, for a cue split around its subject ("thickness change": "the thickness of
# the X electrode changes by 4%")
CHANGE_VERBS = {"change": r"chang(?:es|ed|ing|e)", "variation": r"var(?:y|ies|ied|ying)",
                "expansion": r"expand(?:s|ed|ing)?", "increase": r"increas(?:es|ed|ing|e)"}
# (the subject a few words, a code with a number too ("BCS-15"), but no figure of its own)
SPLIT_SUBJECT = r"\s+of\s+(?:(?!\d[\d.]*\s)[^\s,;()]+\s+){1,6}?"
BY_HOW_MUCH = r"\s+(?:only\s+|just\s+)?(?:by\s+)?(?:(?:only|just|less\s+than|more\s+than|about|approximately|nearly)\s+|[~∼≈]\s*)*$"


@cache
def _split_cues() -> tuple[tuple[PropertyDef, re.Pattern[str]], ...]:
    """Each cue of the ontology that is a thing and its change ("thickness change", "volume expansion"), as the
    words say it around the subject whose change it is: "the thickness of X changes by", "the volume of X expands by"."""
    found = []
    for prop in properties().values():
        for cue in prop.cues:
            words = cue.lower().split()
            if len(words) == 2 and words[1] in CHANGE_VERBS:
                found.append((prop, re.compile(rf"\b{re.escape(words[0])}{SPLIT_SUBJECT}{CHANGE_VERBS[words[1]]}{BY_HOW_MUCH}",
                                               re.I)))
    return tuple(found)


def _split_cue_before(quantity: Quantity, text: str, candidates: Sequence[PropertyDef]) -> tuple[PropertyDef, str] | None:
    """"The thickness of the X electrode changes by only 4%": a cue of a change split around the subject it is the
    change of, the figure right after its verb, names the figure's property as the cue whole would."""
    wanted = {p.iri for p in candidates}
    return next(((prop, m.group().strip()) for prop, pattern in _split_cues()
                 if prop.iri in wanted and (m := pattern.search(text, 0, quantity.start))), None)


# "grains about 8 μm wide", "particles of roughly 3 μm across": only hedges between the thing and its size
SIZE_HEDGE = re.compile(r"\s*(?:(?:of|about|around|approximately|roughly|nearly|some|up\s+to)\s+|[~∼≈]\s*)*")


def _sized_thing_before(quantity: Quantity, mentions: SentenceMentions, text: str,
                        names: dict[str, PropertyDef]) -> tuple[PropertyDef, str] | None:
    """"lithium plated from the X electrolyte forms smooth grains some 6 μm wide": "wide" after the figure says which
    dimension was measured, the thing right before it ("grains", "particles") whose size it is; a made film's "20 cm
    wide" has no such thing before it and stays a lateral size."""
    for cue in mentions.cues:
        if cue.end <= quantity.start and SIZE_HEDGE.fullmatch(text, cue.end, quantity.start):
            props = [p for p in _props_of(cue, names) if p.iri != AKG.LateralSize]
            if props:
                return props[0], cue.text
    return None


def _figure_between(cue: Mention, quantity: Quantity, mentions: SentenceMentions) -> bool:
    """A figure in another unit stands between the cue and ``quantity``, so the cue named that one: for a
    condition set "at" a figure ("lowered the local current density, and kept 98.1% for 180 cycles at
    0.5 mA cm−2": 0.5 is no local current density)."""
    return any(cue.end <= q.start and q.end <= quantity.start and q.quantity is not None
               and not _same_unit(q.quantity.unit, quantity.unit) for q in mentions.quantities)


# "75% of its room-temperature capacity", "80% of their first-cycle capacity": a cue the ontology writes without
# the words a paper puts between its determiner and its noun ("of its capacity")
OF_WHOSE = re.compile(r"\s*(?P<of>of\s+(?:its|their|the))\s+(?P<between>(?:[A-Za-z][\w‐‑–-]*\s+){1,3}?)(?P<noun>[a-z]+)\b")


def _elided_cue_after(quantity: Quantity, mentions: SentenceMentions, text: str,
                      names: dict[str, PropertyDef]) -> tuple[PropertyDef, str] | None:
    """The property of a cue right after the figure, written with words inside it that name no property of
    their own ("of its areal capacity" is another figure's, "of its room-temperature capacity" is the cue's)."""
    m = OF_WHOSE.match(text, quantity.end)
    if m is None or any(c.start < m.end("between") and c.end > m.start("between") for c in mentions.cues):
        return None
    phrase = f"{' '.join(m.group('of').split())} {m.group('noun')}"
    labels = property_cue_terms().get(phrase, "")
    props = [names[n] for n in labels.split("|") if n in names]
    return (props[0], m.group().strip()) if props else None


OF_IT = re.compile(r"\s+of\s+(?:it|this|that)\b(?!\s+(?:of|in)\b)")


# "kept 90% capacity for 120 cycles", "90% of capacity": a share the word capacity names right after it
CAPACITY_AFTER = re.compile(r"\s+(?:of\s+)?capacit(?:y|ies)\b", re.I)
# "delivered 1.2 Ah and kept 85% after 100 cycles": a share a verb of keeping takes right before it
KEPT_BEFORE = re.compile(r"\b(?:keep|kept|keeps|keeping|maintain(?:ed|s|ing)?|preserv(?:ed|es|ing))\s+$", re.I)
AFTER_CYCLES = re.compile(r"\s+after\s+(?:the\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?\d+(?:,\d{3})*\s+cycles\b", re.I)


def _share_of_a_capacity(quantity: Quantity, mentions: SentenceMentions, text: str) -> str:
    """"delivers 186 mAh g−1 … and keeps 89.4% of it after 300 cycles", "a 1.2 Ah cell kept 85% after 100 cycles": a
    share of a capacity the sentence stated before, or one the word capacity names right after ("kept 90% capacity"),
    is how much of that capacity is retained; the words that say so, or ""."""
    if named := CAPACITY_AFTER.match(text, quantity.end):
        return named.group().strip()
    # "Li||LFP cells with X keep 88% after 250 cycles": a full cell keeps a share of its capacity, where a half cell's
    # share over cycles ("keep 98.8% for 250 cycles" of Li||Cu cells) is a Coulombic efficiency
    if (kept := KEPT_BEFORE.search(text, 0, quantity.start)) and AFTER_CYCLES.match(text, quantity.end) and \
            names_a_cathode(text):
        return kept.group().strip()
    capacities = (property_def(AKG.SpecificCapacity).unit, property_def(AKG.ArealCapacity).unit,
                  property_def(AKG.CellCapacity).unit)
    stated = any(q.quantity is not None and q.end <= quantity.start and any(compatible(q.quantity.unit, u) for u in capacities)
                 for q in mentions.quantities)
    if not stated:
        return ""
    if of_it := OF_IT.match(text, quantity.end):
        return of_it.group().strip()
    kept = KEPT_BEFORE.search(text, 0, quantity.start)
    return kept.group().strip() if kept else ""


# "a 200 nm PXQ-7 polymer film", "a 50 nm ALD alumina coating": a layer's name stacks two modifiers between its
# thickness and its noun, where any other cue after a figure stands at most one word away
LAYER_GAP = re.compile(rf"^\s+(?:(?!(?:{NOT_BETWEEN})\s)[A-Za-z][\w()-]*\s+){{2,3}}$")


def _layer_after(quantity: Quantity, mentions: SentenceMentions, text: str,
                 names: dict[str, PropertyDef]) -> tuple[PropertyDef, str] | None:
    """A length whose layer noun follows two or three words on ("a 200 nm PXQ-7 polymer film", "a 20 nm graphitic
    carbon nitride interlayer"): the layer's thickness."""
    if AKG.Thickness not in {p.iri for p in names.values()}:
        return None
    for cue in mentions.cues:
        if cue.start > quantity.end and LAYER_GAP.match(text[quantity.end:cue.start]) and \
                AKG.Thickness in {p.iri for p in _props_of(cue, names)}:
            return property_def(AKG.Thickness), cue.text
    return None


def _material_follows(quantity: Quantity, mentions: SentenceMentions, text: str) -> bool:
    """A length written right before a material ("50 μm Li on the host", "paired with 20 μm Cu"), with no cue
    after it (a cue names what it measures: "5 μm Li particles" are sized), gives the piece's thickness."""
    return any(m.start > quantity.end and not text[quantity.end:m.start].strip(" -‐‑") and PIECE_ENDS.match(text, m.end)
               for m in mentions.materials)


# what follows a material written as a piece of it ("50 μm Li on …", "20 μm Cu, and"), not as what a noun is made of
# ("200 nm SiO2 spheres")
PIECE_ENDS = re.compile(r"\s*(?:(?:foils?|sheets?|discs?|disks?|chips?|plates?|ribbons?)\b\s*)?"      # "50 μm Li foil with …"
                        r"(?:[,.;:)]|$|(?:on|in|at|with|and|or|as|to|for|was|were|is|are|of|from)\b)")


# the plain lithium a cell is built with, as a piece: "Li foil", "lithium metal foils", "Li chips", "the lithium metal"
LITHIUM_PIECE = (r"(?:(?:bare|pure|fresh|commercial)\s+)?(?:Li|lithium)\s+(?:(?:metal\s+)?(?:foils?|chips?|discs?|disks?|sheets?)|"
                 r"metal)(?![\w/@|‐‑–-])")
# "a 50 μm Li foil", "450-μm-thick lithium foils", "a 200 μm thick Li metal foil": the piece right after its thickness
# (or "(3.1 mA h cm−2, 50 μm Li)": the lithium a cell's make-up in brackets lists, the word alone closing them)
LITHIUM_PIECE_AFTER = re.compile(rf"\s*(?:[‐‑-]?\s*thick\s+)?{LITHIUM_PIECE}|\s*(?:Li|lithium)(?=\s*\))", re.I)
# "Li foils (450 μm thick) were …", "The thickness of the Li foil was 50 μm", "The lithium metal was 120 μm thick",
# "Lithium foil with a thickness of 50 μm served as …": the piece the clause of the figure opens on
LITHIUM_PIECE_SUBJECT = re.compile(rf"(?:^|[;:]\s*|,\s+(?:and|while|whereas)\s+|^[^,;]{{0,40}},\s*)(?:(?:the|a|an)\s+)?"
                                   rf"(?:thickness\s+of\s+(?:the\s+|a\s+)?)?(?P<piece>{LITHIUM_PIECE})", re.I)


def _of_a_lithium_piece(quantity: Quantity, mentions: SentenceMentions, text: str) -> bool:
    """Whether a thickness is that of the plain lithium foil a cell is built with: the piece right after the figure,
    or the one its clause opens on with nothing else named between it and the figure ("The LiF film on the Li foil
    was 20 nm thick" is the film's)."""
    if LITHIUM_PIECE_AFTER.match(text, quantity.end):
        return True
    opened = [m for m in LITHIUM_PIECE_SUBJECT.finditer(text, 0, quantity.start)]
    if not opened:
        return False
    piece_end = opened[-1].end("piece")
    between = [m for m in (*mentions.materials, *mentions.phrases) if piece_end <= m.start and m.end <= quantity.start]
    return not between and not re.search(r"[;]|,\s+(?:and|while|whereas)\s", text[piece_end:quantity.start])


# "holds 46 at% F and 12 at% O", "fluorine-rich (38 at% F)", "the foil contains 3 at% nitrogen": a share followed by
# an element, by its symbol or its name, as XPS or EDS report what a film is made of ("In", "As", "At" open a clause
# as often)
ELEMENT_AFTER = re.compile(r"\s?(?P<symbol>(?!In\b|As\b|At\b)[A-Z][a-z]?|[a-z]{3,})(?![\w+−–-])")
# "hosts with 2 at% B", "doped with 5 at% N", "adding 10 wt% X": how much of something a recipe put in
RECIPE_BEFORE = re.compile(rf"\b(?:with|doped|doping|{lexicon_alternation('adding')})\s+$", re.I)


def _names_a_design(rest: str) -> bool:
    """Whether ``rest`` opens with a design's head noun ("foil", "host", "alloy"): the words before it are its name."""
    word = re.match(r"\s*([\w-]+)", rest)
    return word is not None and word.group(1).lower() in lexicon_words("heads")


def _found_share(quantity: Quantity, text: str, candidates: Sequence[PropertyDef]) -> PropertyDef | None:
    """The fraction (by atoms or by mass) a share with no cue word reports, where the sentence says it was found
    rather than used: an element symbol right after it ("46 at% F"), or a way of finding a composition named in the
    sentence ("the titration shows it contains 58 wt% of lithium"); None for a recipe's amount ("with 2 at% B")."""
    fractions = [p for p in candidates if p.iri in (AKG.AtomicFraction, AKG.MassFraction)]
    if not fractions or RECIPE_BEFORE.search(text, 0, quantity.start):
        return None
    element = ELEMENT_AFTER.match(text, quantity.end)
    if element and _names_a_design(text[element.end():]):
        return None                 # "the 10 at% Zn foil", "a 5 wt% Ag host": a design's name, what it was made with
    if element and is_element(element.group("symbol")) or has_words("composition_probes", text):
        return fractions[0]
    return None


# "an atomic ratio of 72% (Ge), …", "a weight fraction of about 30%": the figure right after its cue
CUE_TO_FIGURE = re.compile(r"\s*(?:of|was|were|is|are|=|:)?\s*(?:about|approximately|ca\.|~)?\s*$", re.I)


def _share_its_cue_names(quantity: Quantity, mentions: SentenceMentions, text: str) -> tuple[PropertyDef, str] | None:
    """"A powder with an atomic ratio of 72% (Ge), 18% (Cu), 10% (Zn)", "a weight fraction of 30%": a bare percentage
    right after a cue that names a share by atoms or by mass alone (not "content", which either can be) is that
    share, its kind said by the cue rather than the unit."""
    names = properties_by_name()
    for cue in mentions.cues:
        found = _props_of(cue, names)
        if cue.end <= quantity.start and CUE_TO_FIGURE.fullmatch(text, cue.end, quantity.start) and len(found) == 1 \
                and _kind_of_percent(found[0].unit):
            return found[0], cue.text
    return None


# "an ultrathin (~15 nm) film", "a thick (40 μm) coating": the length in brackets right after the word of thickness
THIN_BEFORE = re.compile(r"\b(?:ultra[‐‑-]?)?(?:thin|thick)\s*\(\s*$", re.I)


# "the overpotential in the plateau region is 9 mV": a cue that names a part of a curve, after "in the", says where the
# figure was read, not what it is
STAGE_OPENS = re.compile(r"\b(?:in|at|during|within|over)\s+(?:the\s+)?$", re.I)
STAGE_AFTER = re.compile(r"\s+(?:region|regions|stage|stages|part|parts|period)\b", re.I)


def _names_a_stage(cue: Mention, text: str) -> bool:
    return bool(STAGE_OPENS.search(text, 0, cue.start)) and bool(STAGE_AFTER.match(text, cue.end))


# "within 8 s", "in about 20 s", "after 3 s", "took only 4 s", "(3 s)": how long the liquid took to wet, the words a
# wetting time follows where a verb of wetting names it
TOOK = re.compile(r"(?:\b(?:within|in|after|took|takes|taking|needed|needs|required|requires)\s+"
                  r"(?:only\s+|just\s+|about\s+|nearly\s+|less\s+than\s+)?|\(\s*)$", re.I)
TIME_NOUN = "time"          # "wetting time", "infusion time": a cue that names the time itself


def _wetting_verb_elsewhere(cue: Mention, quantity: Quantity, text: str, names: dict[str, PropertyDef]) -> bool:
    """A verb of wetting ("wicks into the host within 8 s") names how long the liquid took, a time said "within",
    "in", "after" or "took"; it does not name any other time of the sentence: a step's ("infused into the felt for
    10 min") or another clause's ("takes up more electrolyte, so the cell works for 700 h")."""
    return AKG.WettingTime in {p.iri for p in _props_of(cue, names)} and TIME_NOUN not in cue.text.lower() and \
        not TOOK.search(text, 0, quantity.start)


# "0.04% of its capacity per cycle": a cue that opens on "per" right after the cue of a share makes the share a rate
PER_A_STEP = re.compile(r"per\s", re.I)


def choose_property(quantity: Quantity, mentions: SentenceMentions, text: str,
                    carried: Sequence[Mention] = ()) -> tuple[PropertyDef, str] | None:
    """The property a figure reports, and the cue that says so.

    In order: a cue right after the figure ("98% Coulombic efficiency", "70 h of lithiation"); for a
    percentage, words after it that make it a change against another figure ("20% higher … than"); the
    nearest cue before it in the sentence (the longest when two end together); a cue carried over
    from a sentence the PDF broke in two; a unit that names its property alone; for a percentage held over a number
    of cycles in a sentence about plating lithium, the Coulombic efficiency; for a duration in a sentence about
    cycling, the lifespan.
    """
    candidates = candidate_properties(quantity.unit)
    if not candidates:
        return None
    if split := _split_cue_before(quantity, text, candidates):
        return split        # "the thickness of X changes by only 5%": the words before say it whole
    names = {p.name: p for p in candidates}
    after = [c for c in mentions.cues if quantity.end <= c.start <= quantity.end + CUE_AFTER_WINDOW
             and (CUE_AFTER_GAP.match(text[quantity.end:c.start]) or OF_IT_PASSIVE.fullmatch(text, quantity.end, c.start))
             and _props_of(c, names)]
    if after:
        cue = min(after, key=lambda c: (c.start, -(c.end - c.start)))
        cue = next((c for c in after if PER_A_STEP.match(c.text) and not text[cue.end:c.start].strip()), cue)
        prop = resolved_property(cue, names, mentions, text)
        if prop.iri == AKG.LateralSize and (sized := _sized_thing_before(quantity, mentions, text, names)):
            return sized
        return prop, cue.text
    if layer := _layer_after(quantity, mentions, text, names):
        return layer
    if elided := _elided_cue_after(quantity, mentions, text, names):
        return elided
    if AKG.CapacityRetention in {p.iri for p in candidates} and (share := _share_of_a_capacity(quantity, mentions, text)):
        return property_def(AKG.CapacityRetention), share
    if AKG.Thickness in {p.iri for p in candidates} and (thin := THIN_BEFORE.search(text, 0, quantity.start)):
        return property_def(AKG.Thickness), thin.group().strip(" (")
    if AKG.Thickness in {p.iri for p in candidates} and _material_follows(quantity, mentions, text):
        return property_def(AKG.Thickness), quantity.unit       # "50 μm Li", "a 20 μm Cu": the piece's thickness
    if (relative := RELATIVE_AFTER.match(text, quantity.end)) and AKG.RelativeChange in {p.iri for p in candidates} \
            and not VALUE_OF.search(text, 0, quantity.start):
        return property_def(AKG.RelativeChange), relative.group().strip()
    if (relative := RELATIVE_BEFORE.search(text, 0, quantity.start)) and AGAINST_AFTER.match(text, quantity.end) \
            and AKG.RelativeChange in {p.iri for p in candidates}:
        return property_def(AKG.RelativeChange), relative.group().strip()
    set_at = bool(AT_BEFORE.search(text, 0, quantity.start))
    cued_before = any(c.end <= quantity.start and _props_of(c, names) for c in mentions.cues)
    if not cued_before and (found := _found_share(quantity, text, candidates)):
        return found, quantity.unit
    if canonical_spelling(quantity.unit) == "%" and (share := _share_its_cue_names(quantity, mentions, text)):
        return share
    for pool in ([c for c in mentions.cues if c.end <= quantity.start and not _names_a_stage(c, text)
                  and not (set_at and _figure_between(c, quantity, mentions))], list(carried)):
        before = [c for c in pool if _props_of(c, names) and not _wetting_verb_elsewhere(c, quantity, text, names)
                  and not _fibre_word_of_a_whole(c, text, names) and not _inside_a_longer_cue(c, pool)]
        if before:
            cue = max(before, key=lambda c: (c.end, c.end - c.start))
            return resolved_property(cue, names, mentions, text), cue.text
    for prop in candidates:
        if any(_same_unit(quantity.unit, u) for u in prop.unit_cues):
            return prop, quantity.unit
    if AKG.ElectrolyteVolume in {p.iri for p in candidates} and (said := _electrolyte_beside(quantity, text)):
        return property_def(AKG.ElectrolyteVolume), said
    if AKG.CoulombicEfficiency in {p.iri for p in candidates} and OVER_CYCLES.match(text, quantity.end) and \
            has_words("plating_test", text):
        return property_def(AKG.CoulombicEfficiency), "plating test"
    if AKG.Overpotential in {p.iri for p in candidates} and \
            canonical_spelling(quantity.unit) == property_def(AKG.Overpotential).unit and has_words("symmetric_test", text):
        # "kept symmetric cells below 20 mV": a symmetric cell's voltage, in millivolts, is the overpotential of
        # plating lithium on lithium (a window it is cycled in is set in volts)
        return property_def(AKG.Overpotential), "symmetric cell"
    if has_words("cycling", text) or _at_a_current(quantity, mentions, text) or \
            REACHED.search(text, 0, quantity.start) or _held_off_for(quantity, text):
        durations = [p for p in candidates if _is_duration(p) and p.iri == AKG.Lifespan]
        if durations:
            return durations[0], "cycling"
    return None


def _inside_a_longer_cue(cue: Mention, cues: Sequence[Mention]) -> bool:
    """"stable cycling over 900 h": a cue's words inside a longer cue belong to that one (a lifespan's words), not to
    the property the shorter one names alone (the potential a film is "stable" up to), whatever unit the figure has."""
    return any(o.start <= cue.start and cue.end <= o.end and o.end - o.start > cue.end - cue.start for o in cues)


def _fibre_word_of_a_whole(cue: Mention, text: str, names: dict[str, PropertyDef]) -> bool:
    """"a lithium–carbon nanotube composite rolled to 50 µm", "a nanofiber membrane of 30 µm": a fibre's word that
    modifies the head noun after it names what the whole is made of; a length said of the whole is no fibre's diameter."""
    head = re.match(r"\s+([a-z]+)\b", text[cue.end:])
    return bool(head) and head.group(1) in lexicon_words("heads") and \
        head.group(1) not in lexicon_words("fibre_heads") and \
        {p.iri for p in _props_of(cue, names)} == {AKG.FiberDiameter}


# "an electrolyte of 40 μL", "40 μL electrolyte", "40 μL of the carbonate electrolyte": a volume written beside the word
# electrolyte, no other word of the ontology's naming it, is how much electrolyte the cell holds
ELECTROLYTE_BEFORE = re.compile(r"\belectrolytes?\s+(?:of\s+|with\s+a\s+volume\s+of\s+)?(?:about\s+|approximately\s+)?$",
                                re.I)
# (the words between name the electrolyte; "a 10 μL droplet of electrolyte" measures the droplet)
# ("35 μL of 1.2 M LiFSI in DME": a molar solution of a lithium salt is an electrolyte named by its recipe)
ELECTROLYTE_AFTER = re.compile(r"\s*(?:of\s+)?(?:the\s+|an?\s+)?(?:(?:(?!of\b)[\w/()–-]+\s+){0,3}?electrolytes?\b|"
                               r"(?<=of\s)\d+(?:\.\d+)?\s*(?:M|mol\s*L[−–-]1|m)\s+Li[A-Z])", re.I)


def _electrolyte_beside(quantity: Quantity, text: str) -> str:
    """The word electrolyte right before or after a volume ("an electrolyte of 40 μL", "injected with 40 μL
    electrolyte"), as the cue that names it, or ""."""
    if found := ELECTROLYTE_BEFORE.search(text, 0, quantity.start) or ELECTROLYTE_AFTER.match(text, quantity.end):
        return found.group().strip()
    return ""


# "at 97.9% over 200 cycles", "98% for the first 300 cycles": a percentage the cycles after it held; in a sentence about
# plating and stripping lithium, with no cue, the share of the lithium that came back: the Coulombic efficiency
OVER_CYCLES = re.compile(r"\s*(?:on\s+average\s+)?(?:over|for|after|during|within|throughout)\s+(?:the\s+(?:first\s+)?)?"
                         r"(?:more\s+than\s+|over\s+|up\s+to\s+|nearly\s+|about\s+)?\d+\s+cycles\b", re.I)
# "the same group later reached 1200 h", "achieved over 900 h", "the cells last 700 h", "survived 400 h": a duration a
# design's cell reached, the verb right before it, is how long the cell lasted, even where the sentence has no word
# of cycling (a making step's hours follow "for" or "after": "stirred for 12 h"; "the last 50 h" is no verb)
REACHED = re.compile(r"\b(?:reach(?:ed|es|ing)?|achiev(?:ed|es|ing)|attain(?:ed|s|ing)?|exceed(?:ed|s|ing)?|"
                     r"(?<!the\s)(?<!its\s)(?<!their\s)last(?:ed|s|ing)?|surviv(?:ed|es|ing|e)|endur(?:ed|es|ing|e))\s+"
                     r"(?:(?:more\s+than|over|up\s+to|nearly|about|beyond|almost)\s+)?$", re.I)
# "suppressed lithium dendrites for 800 h", "blocked dendrites for 600 h", "inhibited dendrite growth over 500 h",
# "protected the lithium anode for 400 h": a duration a design held off dendrites (or kept its lithium safe) for, the
# verb and its object right before it, is how long the cell lasted, even where the sentence has no word of cycling.
# The verb, not its noun or adjective ("a protective layer formed in 10 h"), and an object, not a passive ("the protected Li was rested for 6 h" is a step)
HELD_OFF = (r"\b(?:suppress(?:ed|es|ing)?|inhibit(?:ed|s|ing)?|prevent(?:ed|s|ing)?|protect(?:ed|s|ing)?|"
            r"block(?:ed|s|ing)?|mitigat(?:ed|es|ing|e)|"
            r"stabili[sz](?:ed|es|ing|e))\s+(?:(?!(?:was|were|is|are|be|been|being)\b)[\w-]+\s+){0,4}?")
HELD_OFF_FOR = re.compile(HELD_OFF + r"(?:for|over|beyond|throughout)\s+(?:(?:more\s+than|up\s+to|nearly|about|almost)"
                          r"\s+)?$", re.I)
HELD_OFF_OVER = re.compile(HELD_OFF + "$", re.I)      # "… dendrites over 1200 h": the quantity holds its "over"


def _held_off_for(quantity: Quantity, text: str) -> bool:
    pattern = HELD_OFF_OVER if quantity.qualifier in (">", ">=") else HELD_OFF_FOR
    return pattern.search(text, 0, quantity.start) is not None


# "1000 h at 0.5 mA cm−2", "800 h at a current density of 1 mA cm−2": the current a duration was reached at
AT_A_CURRENT = re.compile(r"\s*,?\s*at\s+(?:an?\s+(?:\w+\s+)?current\s+density\s+of\s+)?$", re.I)


def _at_a_current(quantity: Quantity, mentions: SentenceMentions, text: str) -> bool:
    """A duration followed right away by the current it ran at ("enabled 1000 h at 0.5 mA cm−2"): a cell's life at
    that current, even where the sentence has no word of cycling."""
    current = property_def(AKG.CurrentDensity).unit
    return any(q.start > quantity.end and q.quantity is not None and compatible(q.quantity.unit, current)
               and AT_A_CURRENT.fullmatch(text, quantity.end, q.start) for q in mentions.quantities)


TEST_WINDOW = re.compile(r"(?:voltage|potential)\s+(?:range|window|region|interval)|"
                         r"(?:discharged?|charged?|discharging|charging|polarized|lithiated|delithiated)\s+"
                         r"(?:\w+\s+)?(?:to|at|until|up\s+to|down\s+to)\s*$|"
                         r"(?:cycled|charged|discharged|tested|measured|collected|scanned|swept|operated|recorded)"
                         r"\s+(?:\w+\s+){0,3}?(?:between|from)\s+[^.;]*$", re.I)
DEFINITION = re.compile(r"\s*=\s*\d")
# "10 μm-thick", "5 nm-sized", "a coating ca. 80 nm thick" (not "discs 12 mm diameter": the space only before thick/thin)
DESCRIBED_AS = re.compile(r"(?:\s|[-‐‑])?(?:thick|thin)\b|[-‐‑]?(?:wide|long|sized|diameter)\b")
# "rolled to 30 μm", "pressed to a thickness of 50 μm": the size a making step brought the piece to, what the piece
# is after it, not a setting of the step ("heated to 300 °C" is no size) nor a change ("decreased to 40 μm")
# (a hedge, "to about 30 μm", is the quantity's own: its span opens on it)
BROUGHT_TO = re.compile(r"\b(?P<step>[a-z]+)\s+(?:(?:on|onto|over|upon)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){1,3}?)?"   # "cast onto Li foil to"
                        r"(?:down\s+)?to\s+(?:a\s+(?:final\s+)?(?:thickness|size|diameter|width)\s+of\s+)?$", re.I)
# "varied by less than 0.2%", "improved by 20%", "decreased by 30 mV": by how much something changed, not its value
# verbs that tell a figure fell: how much ("decreased by 30 mV") or where to ("shrank to 40 μm")
FELL = r"decreas\w*|reduc\w*|drop\w*|fell|falls?"
CHANGED = (rf"var(?:y|ies|ied)|increas\w*|{FELL}|improv\w*|r[io]se|rises|enhanc\w*|lower\w*|rais\w*|boost\w*|grew|"
           r"grows?|chang\w*|shift\w*")
# "increased the average CE by 3%", "raises the capacity retention after 300 cycles by 21.4%": the change, not the figure
CHANGED_BY = re.compile(rf"\b(?:{CHANGED})\s+(?:[\w-]+\s+){{0,7}}?by\s+$", re.I)
# "raised the CE from 96.1% to 99.2%", "lowered the overpotential from 40 to 12 mV": the figure a change started from
CHANGED_FROM = re.compile(rf"\b(?:{CHANGED})\s+(?:[\w-]+\s+){{0,5}}?from\s+(?:[~≈∼]\s*|about\s+|ca\.\s+)?$", re.I)
TO_AFTER = re.compile(r"\s*(?:[^\s\d]+\s*)?to\s+(?:[~≈∼]\s*|about\s+|ca\.\s+)?\d")
# "loses 4.1% of its capacity", "lost only 6% of the capacity": the share a cell lost, not the share it kept
LOST_BEFORE = re.compile(r"\b(?:los(?:e|es|t|ing)|shed(?:s|ding)?)\s+(?:only\s+|just\s+|about\s+|nearly\s+|[~≈∼]\s*)?$", re.I)
REFERENCE_SCALE = re.compile(r"\s*\(?\s*(?:vs\.?|versus)\s*(?:the\s+)?(?:standard hydrogen electrode|SHE|NHE)\b", re.I)


def _is_potential(prop: PropertyDef) -> bool:
    return compatible(prop.unit, "V")


def _window_before(text: str, quantity: Quantity, mentions: SentenceMentions) -> str:
    """The words before a figure, back to the figure before it (or BASELINE_WINDOW characters)."""
    start = max(0, quantity.start - BASELINE_WINDOW)
    for other in mentions.quantities:
        if other.end <= quantity.start:
            start = max(start, other.end)
    return text[start:quantity.start]


def _window_after(text: str, quantity: Quantity, mentions: SentenceMentions) -> str:
    """The words after a figure, up to the figure after it (or BASELINE_WINDOW characters)."""
    end = min(len(text), quantity.end + BASELINE_WINDOW)
    for other in mentions.quantities:
        if other.start >= quantity.end:
            end = min(end, other.start)
    return text[quantity.end:end]


# "dried at 60 °C for 6 h", "annealed for 2 h versus 6 h for the film": figures joined by no more than a preposition or
# a word that sets them side by side share the words before the first
JOINED_FIGURES = re.compile(r"\s*,?\s*(?:for|and|or|versus|vs\.?)?\s*", re.I)


def _window_before_joined(text: str, quantity: Quantity, mentions: SentenceMentions) -> str:
    """The words before a figure (see _window_before), and before the first of the figures right before it where
    nothing but a joining word stands between each two ("annealed at 600, 800 and 1000 °C"): the verb of the first
    governs them all."""
    previous = sorted((q.quantity for q in mentions.quantities if q.quantity is not None and q.quantity.end <= quantity.start),
                      key=lambda q: q.end)
    first = quantity
    while previous and JOINED_FIGURES.fullmatch(text, previous[-1].end, first.start):
        first = previous.pop()
    return _window_before(text, first, mentions) + text[first.start:quantity.start] if first is not quantity else \
        _window_before(text, quantity, mentions)


MAKING_CYCLES = re.compile(r"\b(?P<method>[\w-]+)\s+cycles?\b")


def _blank_making_cycles(m: re.Match[str]) -> str:
    """"grown with 50 MLD cycles at 90 °C": the cycles of a making method are no cell cycling (blanked)."""
    return " " * len(m.group()) if names_a_making_method(m.group("method")) else m.group()


@cache
def _heat_test_cues() -> re.Pattern[str]:
    cues = sorted(property_def(AKG.ThermalShrinkage).cues, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))})\b", re.I)


def _a_heat_test(text: str) -> bool:
    """"After heating at 150 °C for 30 min, the separator shrank by 38%": the heating is the test a thermal
    shrinkage is measured by, so its temperature is that test's condition, not a step of making."""
    return bool(_heat_test_cues().search(text))


def _made_so(text: str, quantity: Quantity, mentions: SentenceMentions) -> bool:
    """Whether a temperature or time is a step of making something ("dried at 80 °C", "for 12 h of
    stirring", "at 80 °C in a vacuum oven") rather than a test condition.

    Only the words around the figure count: a sentence that also says a cell "kept 98% of its
    capacity" is no recipe. After the figure, a verb that takes the next figure as its object ("… and
    kept 98.5%") reports a result, so it does not count.
    """
    before = MAKING_CYCLES.sub(_blank_making_cycles, _window_before_joined(text, quantity, mentions))
    if last_word_at("processing", before) > last_word_at("cycling", before):
        return True                 # "kept at 80 °C for 12 h", not "kept a stable voltage profile for 300 h"
    after = _window_after(text, quantity, mentions)
    reaches_next = quantity.end + len(after) < len(text)
    return has_words("processing", after) and not (reaches_next and (_ends_in_verb(after) or
                                                                     _verb_of_a_cue(quantity.end, after, mentions)))


def _verb_of_a_cue(start: int, words: str, mentions: SentenceMentions) -> bool:
    """'…, the film kept the overpotential at ': the last processing word of ``words`` (which start at ``start``) has a
    property's cue after it, so it reports the next figure, as a result."""
    verb = start + last_word_at("processing", words)
    return any(verb < c.start and c.end <= start + len(words) for c in mentions.cues)


def _ends_in_verb(words: str) -> bool:
    """'… and kept ': the last word before the next figure is a processing word, so it governs that figure."""
    last = words.split()[-1:]
    return bool(last) and has_words("processing", last[0])


# "2 mA cm−2 was used as 1 C", "taken as 1 C": a figure that defines a unit, not a condition a test ran under
DEFINES_A_UNIT = re.compile(r"\s*\)?\s*(?:was|were|is|are)\s+(?:used|taken|defined|set|regarded|considered)\s+as\s+"
                            r"(?:the\s+)?(?:\d|[a-z]+\s+rate\b)", re.I)
ENVIRONMENT_AFTER = 12      # characters after a figure where a surroundings word still names it ("−40 °C dew point")
AS_A_UNIT = re.compile(r"\b(?:used|taken|defined|regarded|considered)\s+as\s+(?:the\s+)?$", re.I)


def _is_length(prop: PropertyDef) -> bool:
    return compatible(prop.unit, property_def(AKG.Thickness).unit)


# "cast to 50 μm, which decreased to 40 μm after drying": the size the piece shrank to after the step is what it is
SHRANK_TO = re.compile(rf"\b(?:{FELL}|shr[au]nk|shrinks?|shrinking)\s+"
                       r"(?:[\w-]+\s+){0,2}?to\b", re.I)


def _brought_to(figure: Figure, text: str) -> bool:
    step = BROUGHT_TO.search(text, 0, figure.quantity.start)
    return _is_length(figure.prop) and step is not None and has_words("processing", step.group("step")) and \
        not SHRANK_TO.search(text, figure.quantity.end)


def _is_pressure(prop: PropertyDef) -> bool:
    return compatible(prop.unit, property_def(AKG.StackPressure).unit)


# "pressed at 5 MPa during cycling", "held at 30 °C throughout the tests": a figure the words after it set for the test
DURING_THE_TEST = re.compile(r"\s*(?:during|throughout|while)\s+(?:the\s+)?(?:electrochemical\s+)?(?:cycling|tests?|testing|"
                            r"measurements?|operation)\b", re.I)


# "The cells were assembled under a pressure of 1 MPa": the pressure the cells themselves were put together under is
# the stack pressure they hold, though "assembled" is otherwise a step of making (a film "assembled from nanosheets")
CELLS_ASSEMBLED_UNDER = re.compile(r"\bcells\s+(?:were|are|was|is)\s+(?:\w+ly\s+)?assembled(?:\s+and\s+[a-z]+ed)?\s+"
                                   r"(?:under|at|with)\s+(?:an?\s+)?(?:(?:stack|uniaxial|external|applied)\s+)?"
                                   r"(?:pressure\s+(?:of\s+)?)?$", re.I)


def _test_condition(figure: Figure, text: str, mentions: SentenceMentions) -> bool:
    """A methods sentence's figure that is a condition the cells were tested under ("the symmetric cells were
    cycled at 2 mA cm−2", "a stack pressure of 5 MPa was applied during cycling", "pouch cells used a cathode
    of 3 mAh cm−2 and an N/P ratio of 2"): a test condition in a sentence about running the electrochemical
    test or about the cells it ran in, not a step of making or handling the cells (a drying temperature, a
    dew point, a sentence about the cells that presses them at 300 MPa), nor the figure a unit is defined by
    ("2 mA cm−2 was used as 1 C")."""
    # "Coulombic efficiencies were measured at …": a result of the cells' test, so the sentence is about that test
    tested = has_words("electrochemical_test", text) or bool(measured_in_cells(text, mentions))
    # a cathode is made to be paired with the anode in the tested cells: its loading is a condition of their test
    # "the assembly was clamped at 12 MPa": the cell a methods paragraph builds, named as what was put together
    # a lithium foil's thickness is a part of every cell built with it, whatever the sentence says of cells
    built = tested or has_words("cell_words", text) or has_words("cathode", text) or ASSEMBLY_REFERRED.search(text) or \
        figure.prop.iri == AKG.LithiumFoilThickness
    if figure.prop.role != local_name(AKG.TestCondition) or not built:
        return False
    q = figure.quantity
    around = _window_before(text, q, mentions) + " " + _window_after(text, q, mentions)[:ENVIRONMENT_AFTER]
    step = _is_duration(figure.prop) or _is_temperature(figure.prop) or not tested and _is_pressure(figure.prop)
    made = step and _made_so(text, q, mentions) and not DURING_THE_TEST.match(text, q.end) and \
        not (_is_pressure(figure.prop) and CELLS_ASSEMBLED_UNDER.search(text, 0, q.start))
    return not (made or has_words("environment", around) or
                DEFINES_A_UNIT.match(text, q.end) or AS_A_UNIT.search(text, 0, q.start))


SPREAD_OPENS = re.compile(r"\b(?:rang(?:e|es|ed|ing)\s+(?:from\s+|between\s+)?|spann(?:ed|ing)\s+(?:from\s+)?)$", re.I)


# "were stable at 0 V", "exhibited stability at 0 V": the zero a set of compounds is stable at is what was
# found of them (their reduction limit), not a reference point; "not stable at 0 V" says nothing of where
STABLE_AT = re.compile(r"(?<!\bnot\s)\bstab(?:le|ility)\s+at\s+$", re.I)


def _criterion_above_zero(figure: Figure) -> bool:
    """"(band gap >0 eV)": a zero bounded by a symbol, of a property the sentence names, is a criterion a set
    of compounds was chosen by, written as a screen writes its filters, not a reference point ("slightly
    higher than 0 V" compares with one)."""
    return figure.quantity.text.lstrip()[:1] in (">", "≥") and figure.cue != figure.quantity.unit


STATED_ZERO = re.compile(r"(?:\(|\bof)\s*$")


def _best_possible(figure: Figure, text: str) -> bool:
    """"fully wetted (0°)", "a volume change of 0%": a zero stated as the figure of a property the ontology ranks
    lower-is-better is the best it can be, a result, not a reference point ("dropped to 0 V")."""
    return figure.prop.better == "lower" and bool(STATED_ZERO.search(text, 0, figure.quantity.start))


def _opens_a_spread(text: str, quantity: Quantity) -> bool:
    """"windows ranging from 0 to 4.4 V": a zero that opens the range a set of values spans is
    the low end of what was found, not a reference point ("dropped to 0 V")."""
    return quantity.high is not None and bool(SPREAD_OPENS.search(text, 0, quantity.start))


BOUNDS = frozenset({"<", ">", "<=", ">="})
BOUND_BEFORE = re.compile(r"\b(?:wider|narrower|broader)\s+than\s+$", re.I)      # "windows wider than 2.0 V"


def _selection_bound(figure: Figure, text: str) -> bool:
    """"Materials with an oxidation potential lower than 4 V were excluded", "prospective coatings had
    windows wider than 2 V": a bound in a sentence about a screen's selection is a criterion that sorts
    its candidates, a result of the screen's design even where its methods section states it."""
    bounded = figure.quantity.qualifier in BOUNDS or bool(BOUND_BEFORE.search(text, 0, figure.quantity.start))
    return bounded and has_words("selection", text)


def _reported(sentence: Sentence, figure: Figure) -> bool:
    """"The 0.5 V bound follows an earlier study of X films [9], which found … an onset potential of
    0.41 V": a methods sentence that cites a work and says it reports it states that work's figures after
    it says so, not a step of this paper's method."""
    return bool(sentence.citations) and has_words("prior_voice", sentence.text[:figure.quantity.start])


def review_baseline(figure: Figure, paper: Paper) -> bool:
    """A review's figure stated for what a cited work was compared with ("an overpotential of 5 mV for Au versus
    40 mV for bare Cu", "than that of Cu foil (95%)"): a baseline word in its own clause before it. Test conditions
    are shared by both ("compared with bare Cu at 1 mA cm−2"), unless a clause of its own about a control states
    them ("…, whereas a pristine aerogel was limited to 3 mAh cm−2"). A result a change started from ("raised the
    CE from 96.1% to 99.2%") is the state before the design too; a condition so changed is one the work ran at."""
    before = _window_before(paper.sentences[figure.sentence].text, figure.quantity, paper.mentions[figure.sentence])
    clause = re.split(r"[;:]", before)[-1]     # "than a planar foil: the former kept 98%": the baseline is another clause's
    shared = figure.prop.role == local_name(AKG.TestCondition) and not (
        has_words("contrast", clause) and has_words("control", clause))
    started_from = figure.prop.role != local_name(AKG.TestCondition) and bool(CHANGED_FROM.search(clause)) and \
        TO_AFTER.match(paper.sentences[figure.sentence].text, figure.quantity.end) is not None and \
        not _marked_as_another_works(figure, paper.sentences[figure.sentence])
    stated_for_a_control = CONTROL_OWNER_AFTER.match(paper.sentences[figure.sentence].text, figure.quantity.end)
    return paper.is_review and ((has_words("baseline", clause) or stated_for_a_control) and not shared or started_from)


def _marked_as_another_works(figure: Figure, sentence: Sentence) -> bool:
    """"The CE rose from 97.3% [5] to 99.1% [6]": a review telling progress across works sets one work's figure against
    a later one's, each closed by its own marker; the figure a change started from is then the earlier work's result,
    not a baseline of the later work ("raised the CE from 96.1% to 99.2% [7]" has one marker, for the change)."""
    text = sentence.text
    own = [m for m in sentence.citations if m.start >= figure.quantity.end and not text[figure.quantity.end:m.start].strip()]
    later = [m for m in sentence.citations if m.start > figure.quantity.end and m not in own]
    return bool(own) and bool(later) and set(own[0].numbers).isdisjoint(later[0].numbers)


# "… than the 150 h of pristine carbon paper", "40 mV for bare Cu": a figure stated of a thing a control word names
CONTROL_OWNER_AFTER = re.compile(rf"\s*(?:of|for)\s+(?:the\s+|a\s+|an\s+)?(?:{lexicon_alternation('control')})\b", re.I)


# "Ethers are stable against lithium but oxidise above 4.1 V [4]", "…, and carbonates oxidise near 4.6 V [5]": the clause
# a figure stands in, opened by a class of solvents as its subject (up to two words before it: "linear carbonates")
SUBJECT_BREAK = re.compile(r"[;,(]|\b(?:while|whereas)\b")


@cache
def _solvent_class_subject() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:(?:and|but|or)\s+)?(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{lexicon_alternation('solvent_classes')})\b",
                      re.I)


def _said_of_a_solvent_class(figure: Figure, text: str) -> bool:
    """A review's potential said of a class of solvents, the subject of its clause ("ethers oxidise above 4.1 V"): an
    oxidation or reduction limit the review recalls as background, no cited design's figure."""
    clause = SUBJECT_BREAK.split(text[:figure.quantity.start])[-1]
    return _is_potential(figure.prop) and _solvent_class_subject().match(clause) is not None


# "activated at 100 mA g−1 for three cycles before …", "pre-cycled for 5 cycles": the cycles a step of conditioning the
# cell ran before its test, in the same clause, not how long the cell lasted
CONDITIONED_FOR = re.compile(r"\b(?:activat(?:ed|ing|ion)|pre-?cycl(?:ed|ing)|condition(?:ed|ing)|formation)(?![\w‐‑-])"
                             r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,40}?\bfor\s+(?:the\s+first\s+)?$", re.I)   # "0.05 C" stays in
CYCLES = "cycles"
# "the 10-cycle ALD film", "a 3-cycle formation": the word after a count of cycles joined to it, which may name what
# the cycles were of
WORD_AFTER = re.compile(r"\s*(?P<word>[\w-]+)")
CONDITIONING_WORDS = frozenset({"formation", "activation", "conditioning", "precycling", "pre-cycling"})


def _steps_of_making(figure: Figure, text: str) -> bool:
    """"a film grown by 10-cycle ALD", "after a 3-cycle formation", "the 100-cycle foil": a count of cycles that a
    making method, a cell's conditioning or a design's head noun names right after it counts the steps of making
    (or of conditioning) that thing, not the cycles of the test."""
    after = WORD_AFTER.match(text, figure.quantity.end)
    return compatible(figure.quantity.unit, CYCLES) and after is not None and \
        (names_a_making_method(after.group("word")) or after.group("word").lower() in CONDITIONING_WORDS
         or after.group("word").lower() in lexicon_words("heads"))      # "the 100-cycle foil": a design's name


# "well above the 6 GPa needed to suppress dendrites", "the 0.5 V required for …": a bar a result is set against, which
# is no arm's result; so is a figure its clause calls the goal still ahead ("an efficiency above 99.9% with lean
# electrolyte remains the goal", "… is the target", "… has yet to be shown")
CRITERION_AFTER = re.compile(r"\s*(?:that\s+is\s+|which\s+is\s+)?(?:needed|required|necessary)\s+(?:to|for)\b|"
                             r"[^;:.,]{0,60}?\b(?:(?:remains?|is|are)\s+(?:still\s+)?(?:the|an?|our)\s+(?:[\w-]+\s+)?"
                             r"(?:goal|target|aim|milestone)s?\b|(?:has|have|is|are)\s+yet\s+to\s+be\b)", re.I)


# "… at 0.5 C after two formation cycles at 0.1 C": the setting of the cycles that conditioned the cell, named right
# after them, not the test's
CONDITIONING_CYCLES_AT = re.compile(r"\b(?:formation|activation|conditioning|pre-?cycling)\s+cycles?\s+"
                                    r"(?:(?:at|with|under)\s+)(?:an?\s+|the\s+)?(?:(?:current|rate|C-rate)\s+(?:density\s+)?"
                                    r"of\s+)?$", re.I)


# "consistent with the theoretical capacity of Li5.2Cu0.8PS5I (63.4 mAh g−1)": a theoretical figure worked out for a
# compound the sentence names by its formula right before it, what the paper computed of its own material
THEORETICAL_OF_A_FORMULA = re.compile(r"\btheoretical\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?"
                                      r"(?=[A-Z][\w().-]*\d)[\w().-]+\s*\(\s*$")


def _worked_out_for_a_compound(figure: Figure, text: str) -> bool:
    return figure.prop.iri == AKG.TheoreticalCapacity and \
        bool(THEORETICAL_OF_A_FORMULA.search(text, 0, figure.quantity.start))


# where a clause opens: the sentence's start, or a break before a new subject ("…, and fewer still in …")
CLAUSE_OPENS = re.compile(r"(?:^|;|,\s+(?:and|but|while|whereas)\s+|\b(?:while|whereas)\s+)", re.I)


@cache
def _no_work_opens() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lexicon_alternation('no_work_subjects')})\b", re.I)


def _no_work_reached(figure: Figure, text: str) -> bool:
    """A figure in a clause whose subject says no work, or few, reached it ("No single strategy reached 1000 cycles
    in a full cell", "Few of these hosts were tested above 3 mA cm−2"): a bar, not a result of any work."""
    opens = [m.end() for m in CLAUSE_OPENS.finditer(text, 0, figure.quantity.start)]
    return bool(opens) and _no_work_opens().match(text, opens[-1]) is not None


def excluded(figure: Figure, paper: Paper) -> bool:
    """Figures that are not a design's results: baselines, intrinsic values, recipes, odd values."""
    sentence = paper.sentences[figure.sentence]
    mentions = paper.mentions[figure.sentence]
    text = sentence.text
    before = _window_before(text, figure.quantity, mentions)
    if has_words("intrinsic", before) and not _worked_out_for_a_compound(figure, text) or figure.value == 0 and not _opens_a_spread(text, figure.quantity) \
            and not STABLE_AT.search(text, 0, figure.quantity.start) and not _criterion_above_zero(figure) \
            and not _best_possible(figure, text) or \
            REFERENCE_SCALE.match(text[figure.quantity.end:]) or \
            CHANGED_BY.search(text, 0, figure.quantity.start) and not _split_cue_before(figure.quantity, text, (figure.prop,)) or \
            figure.prop.iri == AKG.CapacityRetention and LOST_BEFORE.search(text, 0, figure.quantity.start):
        return True
    if paper.is_review and _said_of_a_solvent_class(figure, text):
        return True
    if _no_work_reached(figure, text):
        return True
    if CONDITIONED_FOR.search(text, 0, figure.quantity.start) and compatible(figure.quantity.unit, CYCLES):
        return True                 # "activated at 100 mA g−1 for three cycles": the cycles that conditioned the cell
    if CONDITIONING_CYCLES_AT.search(text, 0, figure.quantity.start) or _steps_of_making(figure, text) or \
            CRITERION_AFTER.match(text, figure.quantity.end):
        return True
    # "dried at 80 °C", "pellets cold-pressed at 360 MPa": a step of making, no test; a pressure only where its unit
    # alone named it ("kept under a stack pressure of 5 MPa" is the test's)
    unit_named_pressure = _is_pressure(figure.prop) and figure.cue == figure.quantity.unit
    if (_is_duration(figure.prop) or _is_temperature(figure.prop) or unit_named_pressure) and \
            _made_so(text, figure.quantity, mentions) and not (_is_temperature(figure.prop) and _a_heat_test(text)) and \
            not DURING_THE_TEST.match(text, figure.quantity.end):
        return True
    if _is_potential(figure.prop) and TEST_WINDOW.search(text[max(0, figure.quantity.start - 60):figure.quantity.start]):
        return True                 # "cycled between 1.7 and 2.8 V", "in a voltage range of 0.01–2.0 V": how, not what
    if DEFINITION.match(text[figure.quantity.end:]) or re.search(r"(?:\d\s*C|[A-Z][a-z]?\d?\+)\s*=\s*$",
                                                                    text[:figure.quantity.start]):
        return True                 # "1 C = 1672 mA h g−1", "Li/Li+ = −3.04 V" define; they report nothing
    if figure.prop.max_value is not None and figure.value > figure.prop.max_value:
        return True
    if not paper.is_review and paper.methods[figure.sentence]:
        if _test_condition(figure, text, mentions) or a_cathode_loading(figure, text) or _selection_bound(figure, text) or \
                _reported(sentence, figure):
            return False
        # "the 10 μm-thick X layer", "X was rolled to 30 μm", "50 μm Li foil was paired with NCM": what X is, though
        # the sentence also names the cathode
        described = DESCRIBED_AS.match(text, figure.quantity.end) or _brought_to(figure, text) or \
            _is_length(figure.prop) and _material_follows(figure.quantity, mentions, text)
        return figure.prop.role != local_name(AKG.Quality) or \
            not described and (has_words("processing", text) or has_words("cathode", text))
    return False


def bare_numbers(text: str, cue: Mention, mentions: SentenceMentions) -> Iterable[Quantity]:
    """Unitless values after the cue of a ratio ('tortuosity (4.70)', 'tLi values … 0.29 and 0.44')."""
    stop = len(text)
    for other in mentions.cues:
        if other.start > cue.end and other.label != cue.label:
            stop = min(stop, other.start)
            break
    # a number a list lent a unit ("an N/P ratio of 2.0, and 5 μL mAh−1 of …") is free for the cue it follows, and
    # for any cue when no property takes that unit
    taken = [(q.start, q.end) for q in mentions.quantities if q.quantity is None or candidate_properties(q.quantity.unit)
             and not _lent_after(q.quantity, cue, text)]
    for match in BARE_NUMBER.finditer(text, cue.end, stop):
        a, b = match.span("value")
        if any(x <= a < y for x, y in taken) or LABEL_BEFORE.search(text, 0, a) or unit_follows(text, b):
            continue
        yield Quantity(value=float(match.group("value")), unit=ratio_unit(), start=a, end=b, text=match.group("value"))


RIGHT_AFTER_CUE = re.compile(r"\s*(?:of|=|:|is|was|are|were|\()?\s*")      # a hedge ("of about 2") is the quantity's


def _lent_after(quantity: Quantity, cue: Mention, text: str) -> bool:
    """A number with no unit of its own, which a list lent the unit of its last figure, right after ``cue``."""
    return not unit_follows(text, quantity.end) and bool(RIGHT_AFTER_CUE.fullmatch(text, cue.end, quantity.start))


def _ratio_cues(mentions: SentenceMentions) -> list[Mention]:
    ratios = {p.name for p in candidate_properties(ratio_unit())}
    return [c for c in mentions.cues if any(n in ratios for n in c.label.split("|"))]


MAX_FRAGMENTS = 4


def _carried_cues(paper: Paper, k: int) -> tuple[Mention, ...]:
    """Cues of the sentences before when the PDF broke one sentence into pieces (no closing stop).

    Pieces without words (a stray "2" from a lost superscript) are passed over.
    """
    carried: list[Mention] = []
    sentence = paper.sentences[k]
    if k and paper.sentences[k - 1].block == sentence.block and \
            (SAME_CONDITIONS.match(sentence.text) or SAME_CONDITIONS_SAID.search(sentence.text)
             or CONTRAST_OPENING.match(sentence.text)):
        # "Bare Li showed a hysteresis of 95 mV. Under identical conditions, the X electrode showed only 28 mV" (or
        # "… needed 63 mV under the same current"):
        # a result set against the sentence before's measures what that sentence measured
        return tuple(paper.mentions[k - 1].cues)
    for j in range(k - 1, max(-1, k - 1 - MAX_FRAGMENTS), -1):
        text = paper.sentences[j].text
        if not re.search(r"[A-Za-z]{2}", text):
            continue
        if re.search(r"[.!?:;)]\s*$", text):
            break
        carried = list(paper.mentions[j].cues) + carried
    return tuple(carried)


# a sentence set beside the one before, saying the same of another thing: "In contrast, cells with B dropped to 81%."
PARALLEL_OPENING = re.compile(r"(?:(?:In|By)\s+contrast|On\s+the\s+other\s+hand|Conversely|Similarly|Likewise)\b")


def _announced_cues(paper: Paper, k: int) -> tuple[Mention, ...]:
    """"We measured the Coulombic efficiency of the X electrode over 200 cycles. It gives 98.9%.": the cues of the
    sentence before (in the same paragraph) that it names without a figure of their own (no figure of that
    sentence is in a unit the cue's properties are given in), so the next sentence states it. A sentence that
    opens by setting itself beside the one before ("In contrast, …", "Similarly, …") states the same property
    of another thing: every cue of the sentence before."""
    if k == 0 or k - 1 not in paper.paragraph(k):
        return ()
    before = paper.mentions[k - 1]
    if PARALLEL_OPENING.match(paper.sentences[k].text):
        return before.cues
    units = [q.quantity.unit for q in before.quantities if q.quantity is not None]
    by_name = properties_by_name()
    return tuple(c for c in before.cues
                 if not any(compatible(u, p.unit) for u in units for n in c.label.split("|")
                            if (p := by_name.get(n)) is not None and p.unit))


@cache
def properties_by_name() -> dict[str, PropertyDef]:
    return {p.name: p for p in properties().values()}


# "~31 and ~17 nm"; "66% (Ge), 24% (Cu) and 10% (Zn)": each member may name its part, an element, in brackets
LIST_GAP = re.compile(r"^\s*(?:\(\s*[A-Z][a-z]?\s*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s|or\s|to\s|[–−~-])\s*"
                      r"(?:[~∼≈]\s*)?$")


def list_groups(quantities: Sequence[Quantity], text: str) -> list[list[Quantity]]:
    """Figures of one list or range ('10 and 20 μm', '18% and 9%', '196 to 226 mV') share one cue."""
    groups: list[list[Quantity]] = []
    for q in quantities:
        if groups and groups[-1][-1].unit == q.unit and LIST_GAP.match(text[groups[-1][-1].end:q.start]):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def figures(paper: Paper) -> list[Figure]:
    """Every figure of the paper with its property, before linking; baselines and recipes dropped."""
    found: list[Figure] = []
    before: tuple[int, Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]]] = (-1, ())
    for k, (sentence, mentions) in enumerate(zip(paper.sentences, paper.mentions, strict=True)):
        ratio_cues = _ratio_cues(mentions)
        bare: dict[int, Quantity] = {}
        for cue in ratio_cues:
            for q in bare_numbers(sentence.text, cue, mentions):
                bare.setdefault(q.start, q)
        # a bare number read for a ratio's cue is no longer the figure whose unit a list lent it
        quantities = [m.quantity for m in mentions.quantities if m.quantity is not None and m.quantity.start not in bare]
        quantities.extend(bare.values())
        carried = _carried_cues(paper, k)
        chosen: list[tuple[list[Quantity], tuple[PropertyDef, str] | None]] = []
        for group in list_groups(sorted(quantities, key=lambda q: q.start), sentence.text):
            whole = replace(group[0], end=group[-1].end)
            chosen.append((group, choose_property(whole, mentions, sentence.text, carried)))
        stated = []
        for group, choice in chosen:
            if choice is not None and _named_by_its_unit_alone(group, choice, sentence.text):
                choice = _stated_for_the_cue_before(group, paper, k) or choice
            # a figure set against the one before goes on with that one's property however it was found, its
            # own cue or the sentence before's ("The cell with A reached 98.6%, and the cell with B 97.8%")
            so_far = [*stated, *chosen[len(stated):]]
            choice = choice or _parallel_property(group, so_far, sentence.text) or _bettered(group, chosen, sentence.text) or \
                _named_after_the_list(group, chosen, mentions, sentence.text) or \
                _stated_for_the_cue_before(group, paper, k) or _measured_in_its_cell(group, paper, k) or \
                _as_in_the_sentence_before(group, paper, k, before, stated) or _plotted_in_its_caption(group, paper, k) or \
                _yield_of_plating(group, paper, k)
            stated.append((group, choice))
            if choice is None:
                continue
            respective = _respective_properties(group, chosen, sentence.text)
            for i, quantity in enumerate(group):
                prop, cue = respective[i] if respective else choice
                if prop.iri == AKG.Thickness and _of_a_lithium_piece(quantity, mentions, sentence.text):
                    prop = property_def(AKG.LithiumFoilThickness)      # a setting of the cells, not a layer's
                try:
                    value = value_in(quantity, prop)
                except ValueError:
                    continue
                figure = Figure(k, quantity, prop, value, cue)
                if not excluded(figure, paper):
                    found.append(replace(figure, baseline=True) if review_baseline(figure, paper) else figure)
        found.extend(_same_conditions_again(sentence.text, [f for f in found if f.sentence == k]))
        before = (k, stated)
    return found


# "… 98.1% at the same current", "under the same current density": a test condition stated again by reference
SAME_CONDITION = re.compile(r"\b(?:at|under|with)\s+the\s+same\s+(?P<what>[a-z]+(?:[\s-][a-z]+)?)", re.I)


def _same_conditions_again(text: str, stated: Sequence[Figure]) -> list[Figure]:
    """"A reached 99.3% at 2 mA cm−2, whereas B held 98.1% at the same current": the condition the sentence stated
    before, of the property the words after "the same" name (a cue of a test condition's), stated again where they
    stand, for what that clause reports."""
    found = []
    for m in SAME_CONDITION.finditer(text):
        what = m.group("what").lower()
        earlier = [f for f in stated if f.quantity.end <= m.start() and f.prop.role == local_name(AKG.TestCondition)
                   and any(c.lower().startswith(what) or what.startswith(c.lower()) for c in f.prop.cues)]
        if earlier:
            last = earlier[-1]
            found.append(replace(last, quantity=replace(last.quantity, start=m.start(), end=m.end())))
    return found


# (and a contrast said in words inside the sentence: "X keeps 95% …, and in contrast, Y decays to 62%")
COMPARISON = re.compile(rf"\b(?:{lexicon_alternation('comparison')}|{lexicon_alternation('contrast')}|"
                        r"(?:in|by)\s+contrast|conversely|on\s+the\s+contrary)\b", re.I)


def _named_by_its_unit_alone(group: Sequence[Quantity], choice: tuple[PropertyDef, str], text: str) -> bool:
    """A figure only its unit named, stated as a result rather than set as a condition ("The coated Li gives
    0.84 mA cm−2", not "cycled at 0.5 mA cm−2", "tested under 1 mA cm−2", "2 mA cm−2 was applied"): the sentence
    before may have announced which property of that unit it is ("Tafel plots give the exchange current density of
    each electrode.")."""
    digit = re.search(r"\d", group[0].text)          # a bound read into the figure ("under 1 mA cm−2") sets it too
    value_at = group[0].start + (digit.start() if digit else 0)
    return choice[1] == group[0].unit and not SET_BEFORE.search(text, 0, value_at) and \
        not SET_AFTER.match(text, group[-1].end)


SET_BEFORE = re.compile(r"\b(?:at|under|with|using|by)\s+(?:a\s+|an\s+|the\s+)?$", re.I)     # "tested under 1 mA cm−2"
SET_AFTER = re.compile(r"\s*(?:was|were|is|are)\s+(?:then\s+)?(?:applied|used|imposed|set|chosen|selected)\b", re.I)


def _stated_for_the_cue_before(group: Sequence[Quantity], paper: Paper, k: int) -> tuple[PropertyDef, str] | None:
    """The property of a figure in a sentence that names none ("It gives 98.9%.") is the one the sentence before
    announced without a figure (see _announced_cues); None when it announced none in the figure's unit, or the
    figure's sentence names a property in that unit of its own (then the cue is not missing: the figure is no
    result of it)."""
    whole = replace(group[0], end=group[-1].end)
    names = {p.name: p for p in candidate_properties(whole.unit)}
    if any(_props_of(c, names) for c in paper.mentions[k].cues):
        return None
    announced = _announced_cues(paper, k) or _pointed_panel_cues(paper, k)
    if not announced:
        return None
    return choose_property(whole, SentenceMentions(), "", announced)


def _pointed_panel_cues(paper: Paper, k: int) -> tuple[Mention, ...]:
    """"ZP-Cu keeps 99.2% for 400 cycles (Figure 3a)" beside the caption's "a) Coulombic efficiencies of …": a sentence
    that points at a figure's panels states what those panels show, so the cues of each panel it points at (from its
    label to the next) stand for the cue it leaves out."""
    pointers = [p for p in figure_pointers(paper.sentences[k].text) if p.panels]
    if not pointers:
        return ()
    cues: list[Mention] = []
    for j, sentence in enumerate(paper.sentences):
        number = caption_figure(paper.sentences[paper.paragraph(j)[0]].text) \
            if sentence.kind == BlockKind.CAPTION else None
        wanted = {letter for p in pointers if p.number == number for letter in p.panels}
        if not wanted:
            continue
        labels = list(panel_labels(sentence.text))
        for i, (at, letters) in enumerate(labels):
            end = labels[i + 1][0] if i + 1 < len(labels) else len(sentence.text)
            if wanted & set(letters):
                cues += [c for c in paper.mentions[j].cues if at <= c.start < end]
    return tuple(cues)


@cache
def _cell_regex(cell: str) -> re.Pattern[str]:
    """A test cell written as its electrodes ("Li||Cu"), with any bar, slash or dash between them ("Li|Cu", "Li‖Cu",
    "Li/Cu", "Li–Cu")."""
    electrodes = [re.escape(e.strip()) for e in re.split(r"\|{1,2}", cell)]
    return re.compile(r"(?<![\w|/])" + rf"\s*(?:{STACK_BAR}|[/–-])\s*".join(electrodes) + r"(?![\w|/])")


def _measured_in_its_cell(group: Sequence[Quantity], paper: Paper, k: int) -> tuple[PropertyDef, str] | None:
    """"Li||Cu cells with 0.5 wt% X averaged 99.3% over 300 cycles": a figure a verb reports, in a sentence that names
    no property in its unit but the test cell it came from, is what that cell measures (the ontology's
    ``cell_cues`` of the properties in that unit)."""
    text = paper.sentences[k].text
    if OF_SOMETHING.match(text, group[-1].end) or not VERB_REPORTS.search(text, 0, group[0].start):
        return None
    names = {p.name: p for p in candidate_properties(group[0].unit)}
    if any(_props_of(c, names) for c in paper.mentions[k].cues):
        return None
    return next(((prop, cell) for prop in names.values() for cell in prop.cell_cues
                 if _cell_regex(cell).search(text, 0, group[0].start)), None)


def _plotted_in_its_caption(group: Sequence[Quantity], paper: Paper, k: int) -> tuple[PropertyDef, str] | None:
    """"Figure 3. Cycling of symmetric cells at 2 mA cm−2. Red: X, 900 h; blue: Y, 150 h.": a caption's legend gives
    each line's figure bare, after the caption's opening sentences have said what the panel plots; so a figure of a
    later sentence of the caption that names no property in its unit is what those sentences named (their cue in
    its unit), or, a duration in a caption about cycling, how long the cell cycled."""
    if paper.sentences[k].kind != BlockKind.CAPTION or (first := paper.paragraph(k)[0]) == k:
        return None
    names = {p.name: p for p in candidate_properties(group[0].unit)}
    if any(_props_of(c, names) for c in paper.mentions[k].cues):
        return None
    whole = replace(group[0], end=group[-1].end)
    cues = tuple(c for j in range(first, k) for c in paper.mentions[j].cues)
    if cues and (named := choose_property(whole, SentenceMentions(), "", cues)):
        return named
    if any(has_words("cycling", paper.sentences[j].text) for j in range(first, k)):
        return next(((p, "cycling") for p in names.values() if p.iri == AKG.Lifespan), None)
    return None


def _as_in_the_sentence_before(group: Sequence[Quantity], paper: Paper, k: int,
                               before: tuple[int, Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]]],
                               here: Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]] = ()
                               ) -> tuple[PropertyDef, str] | None:
    """"The X host holds a Coulombic efficiency of 99.1% for 400 cycles. The nickel mesh reaches 96.4% but …": a
    percentage in a sentence that names no property given in percent goes on with the one property the sentence
    right before (same paragraph) named by a cue for its percentages: a bare share says nothing of what it is a
    share of, so the passage's last one is meant. So does one in a clause that sets another thing against the
    sentence's own percentage ("X keeps 92% of it, while the Y cell sinks to 44%"). Only a result a verb reports
    ("reaches 96.4%") or a labelled list goes on with ("A: 98.9% at …. Bare Cu: 93.1% …", LABELLED_LINE); not a share
    of something ("5% of the lithium") or one opening its clause ("Of the cells, 40% were …"), nor a figure in another unit (a bare voltage or pressure is as often a test's point or setting
    as a result)."""
    j, stated = before
    text = paper.sentences[k].text
    unit = canonical_spelling(group[0].unit)
    if unit != "%":
        lifespan = property_def(AKG.Lifespan).unit
        return _pair_as_in_the_sentence_before(group, paper, k, before) if compatible(unit, lifespan) else None
    listed = LABELLED_LINE.match(text) and LABELLED_LINE.match(paper.sentences[j].text)     # "Bare Cu: 93.1% and …"
    if OF_SOMETHING.match(text, group[-1].end) or not (listed or VERB_REPORTS.search(text, 0, group[0].start)):
        return None
    earlier = [(g, c) for g, c in here if c is not None and canonical_spelling(g[0].unit) == unit and c[1] != g[0].unit]
    if earlier and COMPARISON.search(text, earlier[-1][0][-1].end, group[0].start):
        return earlier[-1][1]
    names = {p.name: p for p in candidate_properties(group[0].unit)}
    if j != k - 1 or j not in paper.paragraph(k) or any(_props_of(c, names) for c in paper.mentions[k].cues):
        return None
    named = [c for g, c in stated if c is not None and canonical_spelling(g[0].unit) == unit and c[1] != g[0].unit]
    return named[0] if len({c[0].iri for c in named}) == 1 else None


# a share of a capacity, said in words: a full cell keeps a share of what it stored, not of the lithium it plated
OF_A_CAPACITY = re.compile(r"\b(?:capacit(?:y|ies)|retention|retain(?:ed|s|ing)?)\b", re.I)
# "kept 99.3%", "gave about 98%", "(99.2%; Ref. 15)": a result a verb of holding or reaching reports, or one set in a
# bracket of figures right after a design's name, or one a later work brought the figure before to ("took this to 99.3%")
RESULT_BEFORE = re.compile(r"(?:\b(?:keeps?|kept|holds?|held|gives?|gave|reach(?:ed|es)?|deliver(?:ed|s)?|show(?:ed|s)?|"
                           r"achiev(?:ed|es)|exhibit(?:ed|s)?|maintain(?:ed|s)?|averag(?:ed|es))\s+(?:(?:about|nearly|"
                           r"around|up\s+to|over|above|still|only)\s+)?|\w\s+\(\s*|\b(?:this|it|that)\s+to\s+)"
                           r"(?:[~∼≈]\s*)?$", re.I)


# "enabled 400 cycles at 98.8%": the share a number of cycles ran at, said after them
CYCLES_AT = re.compile(r"\d[\d,]*\s*cycles?\s+(?:at|with)\s+(?:an?\s+)?(?:(?:average|mean)\s+(?:of\s+)?)?(?:[~∼≈]\s*)?$",
                       re.I)


def _yield_of_plating(group: Sequence[Quantity], paper: Paper, k: int) -> tuple[PropertyDef, str] | None:
    """"An aramid separator held 97.6% over 250 cycles", "a copper foam with silver seeds (98.7% over 300 cycles)": a
    percentage no word names and no sentence before lends a name, held over a number of cycles, is the share of the
    plated lithium each cycle gave back, the Coulombic efficiency: lithium metal anodes are tested by plating and
    stripping lithium, and a full cell's share of its capacity says so ("capacity", "retained", a cathode, "full
    cells"). A review retells a cited work's headline result in a clause of its own, often with no cycles ("a
    fluorine-rich interphase kept 99.3% [14]", "(99.2%; Ref. 15)"): there a share a verb of holding or reaching
    reports, or one in a bracket after the design, is that Coulombic efficiency too. Not a share of something ("40% of
    the lithium")."""
    text = paper.sentences[k].text
    if canonical_spelling(group[0].unit) != "%" or OF_SOMETHING.match(text, group[-1].end) or \
            OF_A_CAPACITY.search(text) or names_a_cathode(text) or has_words("full_cell_test", text):
        return None
    names = {p.name: p for p in candidate_properties(group[0].unit)}
    if AKG.CoulombicEfficiency not in {p.iri for p in names.values()} or \
            any(_props_of(c, names) for c in paper.mentions[k].cues):
        return None
    over_cycles = OVER_CYCLES.match(text, group[-1].end) or CYCLES_AT.search(text, 0, group[0].start)
    if over_cycles or paper.is_review and RESULT_BEFORE.search(text, 0, group[0].start):
        return property_def(AKG.CoulombicEfficiency), over_cycles.group().strip() if over_cycles else "result"
    return None


# "A: 1250 h at 1 mA cm−2 and 600 h at 3 mA cm−2. Bare Li: 180 h and 60 h.": results written as a labelled list, each
# sentence opening on the thing its figures are of and a colon; the second goes on with the first's measure
LABELLED_LINE = re.compile(r"^\s*(?:[•▪◦‣-]\s*)?[^\s:;,.]+(?:\s+[^\s:;,.]+){0,3}:\s+(?=[~≈<>]?\s?\d)")


def _pair_as_in_the_sentence_before(group: Sequence[Quantity], paper: Paper, k: int,
                                    before: tuple[int, Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]]]
                                    ) -> tuple[PropertyDef, str] | None:
    """"… lasts 1200 h, whereas bare Li fails after 150 h. At 5 mA cm−2 the gap widens: 600 h for A versus 40 h for
    B.": durations with no cue of their own, set against each other in one clause (the arms of a comparison), go on
    with the one property the sentence right before (same paragraph) named by a cue for durations. A lone duration
    does not (an hour alone is as often a step as a result), nor a figure in another unit (volts set side by side are
    as often points of one curve: "at points iii (0.12 V) and iv (0.04 V)"). Durations in a labelled list do too:
    "A: 1250 h at 1 mA cm−2 …. Bare Li: 180 h and 60 h." (LABELLED_LINE)."""
    j, stated = before
    text = paper.sentences[k].text
    listed = LABELLED_LINE.match(text) and LABELLED_LINE.match(paper.sentences[j].text)
    if j != k - 1 or j not in paper.paragraph(k) or not (listed or _set_against_another(group, paper.mentions[k], text)):
        return None
    names = {p.name: p for p in candidate_properties(group[0].unit)}
    if any(_props_of(c, names) for c in paper.mentions[k].cues):
        return None
    unit = canonical_spelling(group[0].unit)
    named = [c for g, c in stated if c is not None and canonical_spelling(g[0].unit) == unit and c[1] != g[0].unit]
    return named[0] if len({c[0].iri for c in named}) == 1 else None


def _set_against_another(group: Sequence[Quantity], mentions: SentenceMentions, text: str) -> bool:
    """Whether a figure of the same unit stands right before or after ``group``, the two joined as arms of a
    comparison ("600 h for A versus 40 h for B")."""
    unit = canonical_spelling(group[0].unit)
    others = [q.quantity for q in mentions.quantities if q.quantity is not None
              and canonical_spelling(q.quantity.unit) == unit and not group[0].start <= q.quantity.start < group[-1].end]
    return any(_set_against(text[o.end:group[0].start]) for o in others if o.end <= group[0].start) or \
        any(_set_against(text[group[-1].end:o.start]) for o in others if o.start >= group[-1].end)


OF_SOMETHING = re.compile(r"\s*of\b")
# "reaches 96.4%", "falls below 85%", "is only 91%": a result a verb reports, not a share opening its clause
# ("Of the cells, 40% were built in air")
VERB_REPORTS = re.compile(r"\b(?!(?:of|and|or|the|a|an)\b)[a-z]{2,}(?:\s+(?:to|below|above|under|over|only|about|nearly|"
                          r"just|still))?\s+(?:[~∼≈]\s*)?$")


def _respective_properties(group: Sequence[Quantity], chosen: Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]],
                           text: str) -> list[tuple[PropertyDef, str]]:
    """"a porosity of 78% and an electrolyte uptake of 410%, higher than those of PP (41% and 112%,
    respectively)": a list of figures "respectively" after as many figures of as many properties, in the same
    unit, reports those properties in that order; [] otherwise."""
    if len(group) < 2 or not RESPECTIVELY_AFTER.match(text, group[-1].end):
        return []
    unit = canonical_spelling(group[0].unit)
    before = [(g, c) for g, c in chosen if g[-1].end <= group[0].start and c is not None]
    singles = [c for g, c in before[-len(group):] if len(g) == 1 and canonical_spelling(g[0].unit) == unit]
    if len(singles) != len(group) or len({c[0].iri for c in singles}) != len(group):
        return []
    return singles


RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b")


def _bracketed(text: str, quantity: Quantity) -> bool:
    """'… than bare Cu (85% after 100 cycles)': the figure opens a bracket right after a name."""
    before = text[max(0, quantity.start - 3):quantity.start]
    return before.rstrip().endswith("(")


def _parallel_property(group: Sequence[Quantity], chosen: Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]],
                       text: str) -> tuple[PropertyDef, str] | None:
    """A bracketed figure without a cue of its own, set beside another arm's result in the same unit
    ("Compared with bare Cu (85% after 100 cycles), the coated foil kept a Coulombic efficiency of
    98.2%"), reports the same property: the sentence names its property once, for the result it
    compares with."""
    if set_against := _set_against_the_one_before(group, chosen, text):
        return set_against
    if not _bracketed(text, group[0]) or not COMPARISON.search(text):
        return None
    unit = canonical_spelling(group[0].unit)
    parallel = [c for g, c in chosen if c is not None and g is not group and canonical_spelling(g[0].unit) == unit
                and c[1] != g[0].unit]                # named by a cue, not by the unit alone
    return parallel[0] if len({c[0].iri for c in parallel}) == 1 else None


# what may stand between two figures set against each other: their arms and a word that joins or contrasts them
SET_AGAINST_GAP = re.compile(r"[^\d;:.]{0,50}?\b(?:and|versus|vs\.?|while|whereas|against|but|compared\s+(?:with|to))\b"
                             r"[^\d;:.]{0,40}")
# a word with digits in it ("3D", "NCM811", "Li6PS5Cl", "0.5-PXQ") is an arm's name, not another figure
NAME_WITH_DIGITS = re.compile(r"\b(?=[\w.–-]*[A-Za-z])[\w–-]*\d[\w–-]*(?:\.\d[\w–-]*)*")
# an amount a name is made with ("the cell with 0.2 wt% X", "the 2 M electrolyte") is a part of the arm's name too
AMOUNT_IN_NAME = re.compile(rf"(?<![\w.,−–-]){NUMBER}\s?{AMOUNT_UNIT}(?=\s+[^\W\d])")


def _set_against(gap: str) -> bool:
    """Whether the words between two figures set them against each other (see SET_AGAINST_GAP)."""
    masked = NAME_WITH_DIGITS.sub(lambda m: "x" * len(m.group()), AMOUNT_IN_NAME.sub(lambda m: "x" * len(m.group()), gap))
    return SET_AGAINST_GAP.fullmatch(masked) is not None


def _set_against_the_one_before(group: Sequence[Quantity],
                                chosen: Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]],
                                text: str) -> tuple[PropertyDef, str] | None:
    """"600 h for A versus 40 h for B", "… 600 h for A and 40 h for B": a figure without a cue of its own, set
    against the figure before it in the same unit, which a cue named, reports that property too. An amount in the
    second arm's name between them ("98.6% for A, and 97.8% for the cell with 0.2 wt% B") is no figure of the two."""
    at = next((i for i, (g, _) in enumerate(chosen) if g is group), 0)
    unit = canonical_spelling(group[0].unit)
    same_unit = [(g, c) for g, c in chosen[:at] if canonical_spelling(g[0].unit) == unit]
    if not same_unit:
        return None
    before, choice = same_unit[-1]
    if choice is None or choice[1] == before[0].unit:
        return None
    gap = text[before[-1].end:group[0].start]
    return choice if _set_against(gap) or _parallel_clause(gap) else None


# "…; on bare Cu, it starts at": a clause after a semicolon that reaches its first figure without naming anything
# measured, only an arm, a pronoun and a verb
PARALLEL_CLAUSE = re.compile(r"[^;]*;\s*(?:(?:on|for|in|with|without|w/o)\s+)?[^\d;:.,]{1,40},\s*(?:it|they|the\s+cells?)\s+"
                             r"\w+\s+(?:at|to|of|by|about|around|only)?\s*$", re.I)


def _parallel_clause(gap: str) -> bool:
    """"The hysteresis grows to 38 mV and the cell shorts at 520 h; without the Li3N layer, it starts at 65 mV": a
    clause after a semicolon that opens on another arm and states a figure with no cue of its own goes on with the
    property of the figure of that unit before, as a parallel clause of the same sentence."""
    return PARALLEL_CLAUSE.fullmatch(NAME_WITH_DIGITS.sub(lambda m: "x" * len(m.group()), gap)) is not None


# "improved on the 650 h of …", "surpassed the 97% of …", "doubled the 400 h of …": a verb of bettering, its object the figure
BETTERED_BEFORE = re.compile(r"\b(?:improv(?:ed|es|ing)\s+(?:up)?on|surpass(?:ed|es|ing)?|outperform(?:ed|s|ing)?|"
                             r"outlast(?:ed|s|ing)?|doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|beat|beats|bettered)\s+"
                             r"(?:the|an?)\s+(?:[~≈∼]\s*)?$", re.I)


def _bettered(group: Sequence[Quantity], chosen: Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]],
              text: str) -> tuple[PropertyDef, str] | None:
    """"A polyimide mat improved on the 650 h of an earlier mat [10] with 1400 h at 2 mA cm−2 [11]": a figure with no
    cue of its own that a verb of bettering takes as its object is the figure the sentence's other one in its unit
    betters, of the same property (the one property such figures of the sentence were named)."""
    if not BETTERED_BEFORE.search(text, 0, group[0].start):
        return None
    unit = canonical_spelling(group[0].unit)
    others = [c for g, c in chosen if g is not group and c is not None and canonical_spelling(g[0].unit) == unit]
    return others[0] if others and len({c[0].iri for c in others}) == 1 else None


def _named_after_the_list(group: Sequence[Quantity], chosen: Sequence[tuple[Sequence[Quantity], tuple[PropertyDef, str] | None]],
                          mentions: SentenceMentions, text: str) -> tuple[PropertyDef, str] | None:
    """Designs listed each with its figure in brackets and no cue of its own, the property named once after the
    list ("hosts such as A (98.5%), B (97.9%) and C (99.0%) all raised the Coulombic efficiency"): each figure
    reports it. Only for a list (two or more such figures, every figure of the unit in the sentence one of them)
    and only where the cues after it name one property."""
    unit = canonical_spelling(group[0].unit)
    same = [(g, c) for g, c in chosen if canonical_spelling(g[0].unit) == unit]
    if len(same) < 2 or any(c is not None or not _bracketed(text, g[0]) for g, c in same):
        return None
    names = {p.name: p for p in candidate_properties(group[0].unit)}
    after = [c for c in mentions.cues if c.start >= same[-1][0][-1].end and _props_of(c, names)]
    if len({_props_of(c, names)[0].iri for c in after}) != 1:
        return None
    return _props_of(after[0], names)[0], after[0].text


def is_review(document: Document, sentences: Sequence[Sentence] = (), mentions: Sequence[SentenceMentions] = ()) -> bool:
    """The reader's verdict; else, in a paper that has no methods section, a long reference list or running text
    that reports its figures with citations: a review reports other works' results, each with its marker, where a
    research paper's figures are its own (its introduction cites a few, its results none), whatever its title says."""
    if document.meta.is_review:
        return True
    if any(is_methods(b.section) for b in document.blocks):
        return False
    reporting = [s for s, m in zip(sentences, mentions, strict=True) if s.kind is BlockKind.BODY and m.quantities]
    cited = sum(bool(s.citations) for s in reporting)
    return len(document.references) > REVIEW_MIN_REFERENCES or \
        (len(reporting) >= REVIEW_MIN_REPORTS and cited >= REVIEW_MIN_CITED_SHARE * len(reporting))


def real_citations(sentence: Sentence) -> tuple[CitationMarker, ...]:
    """The sentence's markers without the PDF's lost unit powers ('mA cm–²' read as marker [2])."""
    kept = []
    for marker in sentence.citations:
        before = sentence.text[:marker.start].rstrip(" )")
        if len(marker.numbers) == 1 and marker.numbers[0] <= 4 and before[-1:] in DASHES:
            continue
        kept.append(marker)
    return tuple(kept)


# "in ref. 34", "(Ref. 12)", "refs. 40 and 41", "refs 7–9": a work cited by its number in the words of the sentence
# (as some publishers print every citation that is the subject or object of a clause), not as a marker
REF_IN_WORDS = re.compile(r"(?<![\w.])[Rr]ef(?P<plural>s)?\.?\s?(?P<numbers>\d{1,4}(?:\s*(?:,|and|[–-])\s*\d{1,4})*)"
                          r"(?![\d.,]*\d)")


def _numbers_in_words(match: re.Match[str], text: str, references: int) -> tuple[int, ...]:
    """The works a "ref. N" names: numbers of the reference list only, never a figure ("ref. 3 mA")."""
    from pipeline.reader.layout import expand_citation  # the reader's own reading of "12–14, 16"; loaded late
    numbers = expand_citation(re.sub(r"\s+and\s+", ", ", match.group("numbers")))
    if not numbers or not all(1 <= n <= references for n in numbers) or \
            not (match.group("plural") or len(numbers) == 1) or unit_follows(text, match.end()):
        return ()
    return numbers


def cited_in_words(sentence: Sentence, references: int) -> Sentence:
    """Sentence ``sentence`` with the works it cites by number in its words as markers. A citation in brackets
    ("… 20 Ω cm2 (ref. 20), an …") is lifted out of the text as a printed marker is; one that is a part of the
    clause ("first applied in ref. 34", "Ref. 36 describes") stays, its marker where it starts."""
    text, markers = sentence.text, list(sentence.citations)
    for match in reversed(list(REF_IN_WORDS.finditer(sentence.text))):
        numbers = _numbers_in_words(match, sentence.text, references)
        if not numbers:
            continue
        bracket = re.search(r"\s?\(\s*$", text[:match.start()])
        close = re.match(r"\s*\)", text[match.end():])
        if bracket and close:
            cut, stop = bracket.start(), match.end() + close.end()
            markers = [replace(m, start=m.start - (stop - cut)) if m.start >= stop else m for m in markers]
            text = text[:cut] + text[stop:]
            markers.append(CitationMarker(numbers, cut, match.group()))
        else:
            markers.append(CitationMarker(numbers, match.start(), match.group()))
    if len(markers) == len(sentence.citations):
        return sentence
    return replace(sentence, text=text, citations=tuple(sorted(markers, key=lambda m: m.start)))


def read_paper(document: Document, nlp: Language) -> Paper:
    """The document's sentences run through the nlp pipeline, as plain mentions."""
    sents = []
    for s in document_sentences(document):
        markers = real_citations(s)
        s = s if markers == s.citations else _with_citations(s, markers)
        sents.append(cited_in_words(s, len(document.references)))
    docs = list(nlp.pipe([document.meta.title, *(s.text for s in sents)]))
    mentions = tuple(sentence_mentions(d) for d in docs[1:])
    return Paper(document, tuple(sents), mentions, is_review(document, sents, mentions),
                 title=sentence_mentions(docs[0]), methods=methods_text(document, sents),
                 intro=intro_text(document, sents))


def _with_citations(sentence: Sentence, markers: tuple[CitationMarker, ...]) -> Sentence:
    return replace(sentence, citations=markers)


def extract(document: Document, nlp: Language) -> Extraction:
    """All structures and measurements of one document."""
    paper = read_paper(document, nlp)
    structures, measurements = link(paper, figures(paper))
    return Extraction(structures=tuple(structures), measurements=tuple(measurements), sentences=paper.sentences,
                      is_review=paper.is_review)


def extract_all(documents: Iterable[Document], nlp: Language) -> list[Extraction]:
    return [extract(d, nlp) for d in documents]
