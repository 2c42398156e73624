"""Research papers: each figure on the paper's own design or control it was measured for.

The paper's arms are modelled first (``arms``); then each sentence's figures are tied to the arms
it names (``attribution``). A sentence that names none speaks of the arms in view: those of the
sentence before it in the passage (for a test condition, also those of the next sentence that names
any, since "Cells were cycled at 1 mA cm−2." usually comes before the results it conditions), else
the paper's main design. A methods section's test condition goes to the tested arms its sentence names, else
to the main design when that was tested. Own results carry no citation; a sentence that cites another work and
names none of the paper's own arms gives its figures to that work.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, cached_property, partial

from pipeline.classify import classify, classify_addition
from pipeline.float_pointers import caption_figure, figure_pointers, panel_labels
from pipeline.linking.arms import COMPARATIVE, COMPARED_FIGURE, fold, paper_arms
from pipeline.linking.attribution import (
    NOT_A_BOUND,
    REPORTED_FOR,
    VERSUS,
    attribute,
    clauses,
    counted_arms,
    spreading,
)
from pipeline.linking.cells_said import cells_subject, on_every_cell, opens_on_cells, speaks_of_the_cells
from pipeline.linking.drafts import LITHIUM, Draft, best_phrase, materials_in, measurement, slug
from pipeline.linking.names import (
    CELL_KINDS,
    CELL_NOUN,
    CONTRAST_OPENING,
    ELEMENTS,
    FORMULA_TOKEN,
    SAME_CONDITIONS,
    SAME_CONDITIONS_SAID,
    STACK_BAR,
    can_name_structure,
    coordinations,
    free_span,
    ingredient,
    is_element,
    is_formula,
    key_parts,
    name_key,
    phrase_names_design,
    plain_stacks,
    sentence_names,
    stack_end,
    verb_follows,
)
from pipeline.linking.treated import (
    grown_layer,
    laid_layer,
    made_so_by_a_layer,
    making_clause_opening,
    setting_of_a_growing_step,
    treated_thing,
)
from pipeline.mentions import (
    Figure,
    Mention,
    Paper,
    SentenceMentions,
    has_words,
    lexicon_alternation,
    names_a_cathode,
    own_voice,
)
from pipeline.nlp.components import NUMBER_WORDS, plural, singular
from pipeline.nlp.patterns import lexicon_words, longest_first, property_cue_terms, structure_words
from pipeline.ontology import local_name, properties
from pipeline.reader.tables import row_heading, row_name
from pipeline.records import (
    Arm,
    ArmMention,
    BlockKind,
    CitationMarker,
    Classification,
    Measurement,
    NameKind,
    PaperArms,
    Role,
    Structure,
)
from pipeline.vocab import AKG

# "… the 98.1% reported for X [12] and the 97.6% of Y [15]": a second figure joined to a reported one with its verb
# left out, the work it is of named after it
ELIDED_REPORT_JOIN = re.compile(r"\b(?:and|or|while|whereas)\s+the\s+(?:[~∼≈]\s*)?$", re.I)
# "well beyond the 2k cycles of a silver-coated cloth [5]", "higher than the 97.1% of …": a figure the paper's own
# result is set above, named by the thing it is "of" and closed by a marker, is the cited work's
SURPASSED_BEFORE = re.compile(r"\b(?:beyond|than|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outlast(?:s|ed|ing)?|above)\s+"
                              r"the\s+(?:[~∼≈]\s*)?$", re.I)
ELIDED_REPORT_FOR = re.compile(r"\s*(?:of|for|with|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w@-]+\s+){0,3}?", re.I)
# "… in lean electrolyte", "… for high-voltage cathodes": the thing a design is used in or for, right before its name
SETTING_BEFORE = re.compile(r"\b(?:in|for|under|with|within)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# where one clause of a sentence ends and the next, of another subject, begins
CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\b|\s(?:whereas|while)\s")
GENERIC_MARKER = 3          # a marker with this many works backs a general statement, not one work's figure
# "the synthesized samples have …": a plural subject with no name speaks of every arm in view, like "each"
PLURAL_SUBJECT = re.compile(r"\b(?:the|these|those|our)\s+(?:[\w–-]+\s+){0,2}?(?P<noun>samples|powders|electrolytes|"
                            r"films|membranes|pellets|coatings|layers|hosts|separators)\b(?!\s+(?:of|in|on|with)\b)", re.I)
CONTRAST = re.compile(rf"\b{NOT_A_BOUND}(?:{lexicon_alternation('comparison')}|{lexicon_alternation('contrast')}|in\s+contrast|"
                      r"(?:by|in)\s+comparison|but)\b",
                      re.I)
CONTRAST_REACH = 60         # characters before a bare-electrode cell where the comparison that names it starts
MADE_WITH = re.compile(rf"\s*(?:{CELL_KINDS}\s+)?(?:{CELL_NOUN})?\s*"
                       r"(?:with|using|based\s+on|employing|containing)\b", re.I)
# (transitive: it has an object; "X is 3 µm thick and raises the porosity of the separator from": a verb after another
# predicate of the same subject)
CHANGE_VERB = re.compile(r"(?:\s*\([^()]{1,20}\))?\)?(?:\s+[^,;()]{1,40}?\s+and)?\s+(?:\w+\s+)?"
                         r"(?:lower|reduc|decreas|cut|rais|increas|improv|enhanc|extend|boost)\w*"
                         r"\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,4}?(?:from|to)\s+(?:about\s+|~\s*)?", re.I)
# "With X, the resistance was reduced from": the opening phrase names what made the change the clause reports
MADE_THE_CHANGE = re.compile(r"^(?:With|Upon\s+\w+ing|After\s+\w+ing|By\s+\w+ing)\s+(?:the\s+|a\s+|an\s+)?$")
CHANGED_CLAUSE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,4}?(?:(?:was|were|is|are|has\s+been|"
                            r"have\s+been)\s+)?(?:lower|reduc|decreas|cut|rais|increas|improv|enhanc|extend|boost)\w*"
                            r"\s+from\s+(?:about\s+|~\s*)?", re.I)
# "from 91.3% for the blank electrolyte to 98.7%": the arm the change started from, named between the two figures
STARTED_WITH = re.compile(r"\s*(?:(?:for|in|on|of|with|using)\s+(?P<arm>[^\d,;()]{1,50}?)|\(\s*(?P<said>[^\d,;()]{1,30}?)\s*\))"
                          r"\s+to\s*")     # "… from 1260 Ω cm2 for the bare pellet to 18 Ω cm2", "from 0.6 (bare) to 1.8"
# "Compared with bare Li, the X electrode …": a sentence that opens on the arm its subject is set against
COMPARED_FIRST = re.compile(r"(?:Compared\s+(?:with|to)|In\s+comparison\s+(?:with|to)|Relative\s+to|Unlike)\s+"
                            r"(?:the\s+|a\s+|an\s+)?")
# "… from 150 to 121 mAh g−1 after 200 cycles": a figure that changed over the test, one arm's before and after
OVER_TIME = re.compile(r"\s*\S{0,12}\s*,?\s*(?:after|over|during|within|upon|in)\s+(?:the\s+(?:first\s+|next\s+)?)?"
                       r"(?:\d|\w+\s+cycles?|cycling)", re.I)
# the paper's own design said as such ("our host", "the proposed host"); "this X" may be any thing just described
DEMONSTRATIVE = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+(?:new|proposed|present|designed|as-designed))\s+(?P<head>[a-z]+)\b")
ANAPHORA = re.compile(r"\b[Tt]he\s+(former|latter)\b")
# "the latter two", "the first three": a count of the arms at one end of a longer list the passage named
COUNTED_ANAPHORA = re.compile(r"\b[Tt]he\s+(?P<end>former|latter|first|last)\s+(?P<count>two|three)\b")
COUNTS = {"two": 2, "three": 3}
# "All three are 100 μm thick", "Each of the four …": a count standing for the arms themselves (no noun after it),
# which speaks of the arms in view when the passage has that many in view
# "the four electrolytes", "the three hosts": the arms the paper compares, counted
THE_COUNTED = re.compile(rf"\b[Tt]he\s+(?P<count>two|three|four|five|six)\s+(?:[\w–-]+\s+)?(?:{lexicon_alternation('heads')}|"
                         r"cells|samples|electrodes)\b")
COUNTED_ALL = re.compile(r"\b(?:[Aa]ll|[Ee]ach\s+of\s+the)\s+(?P<count>two|three|four|five)\b(?!\s+(?:[\w–-]+\s+)?[a-z]+s\b)")
BOTH = re.compile(r"\b[Bb]oth\b(?=.*\b[Tt]he\s+(?:former|latter)\b)")    # "both …, but the former": the pair "both" spoke of
# "As reported in previous research, …", "As previously demonstrated, …": an opening clause that says the sentence
# reports others' work, whatever the paper's own arms its words also name
REPORTED_OPENING = re.compile(rf"^\s*As\s+(?:[\w-]+\s+){{0,4}}?(?:{lexicon_alternation('prior_voice')})\b[^,;]{{0,60}},", re.I)
POSSESSIVE_OPENING = re.compile(r"^(?:[A-Z][a-z]+(?:\s[a-z]+)?,\s+)?([Ii]ts)\s")     # "Its CE …", "Moreover, its CE …"
# "This lifespan of 1400 h far exceeds …", "Such a CE …": a sentence that opens by pointing back at what the one before said
DEMONSTRATIVE_OPENING = re.compile(r"^(?:[A-Z][a-z]+(?:\s[a-z]+)?,\s+)?(?:[Tt]his|[Tt]hese|[Ss]uch(?:\s+an?)?)\s+[a-z]")
# "After 150 cycles it retains 81%": "it" as the subject of a verb it governs (no "it is"/"it was", which open
# on a dummy "it" as often: "it is worth noting", "it was found that")
# (never the object of a preposition: "cells with it retained …")
# a dummy "it is" is never followed by a figure: "It is 3 μm thick" speaks of the thing
SUBJECT_IT = re.compile(r"(?<!with\s)(?<!from\s)(?<!in\s)(?<!of\s)(?<!on\s)(?<!to\s)(?<!for\s)(?<!by\s)\b([Ii]t)\s+"
                        r"(?:(?:still\s+|also\s+|only\s+|then\s+)?(?!is\b|was\b|seems\b|appears\b)[a-z]{3,}(?:s|ed)\b|"
                        r"(?:is|was)\s+(?:about\s+|only\s+|ca\.\s*|[~∼≈]\s*)?\d)")
ACRONYM_MATERIAL = re.compile(r"[A-Z][A-Z0-9]{1,4}")    # "PP", "PE", "GF": a material written as capitals
# "in every cell", "across all the cells": a distributive that is the object of a preposition, not a subject
OBJECT_OF = re.compile(r"\b(?:in|for|of|across|over|on|with)\s+$", re.I)
# a control named by what it lacks: "without the additive", "w/o LiNO3"
LACKING = re.compile(r"(?:without|w/o)\s+(?:the\s+|an?\s+)?([\w-]+(?:\s+[\w-]+)?)", re.I)
WITHOUT_IT = re.compile(r"\b(?:without|w/o)\s+(?:it|them|this|these|such\s+an?\s+[\w-]+)\b", re.I)
WRITTEN_ALONE = re.compile(r"\s*(?:[,.;:)]|(?:and|or)\b|$)")     # "… and 65 mV on Cu.", not "Cu nanowires"
SAID_OF = re.compile(r"\s+(?:on|for|of|in)\s+(?:the\s+|a\s+|an\s+)?")     # "−0.98 eV on ceramic particles"
BRACKETED_FIGURE = re.compile(r"\s*[(:]\s*(?:[~∼≈<>≤≥]\s*)?\d")    # "Cu (~61 mV)", "(…; Cu: 88.0%)": its own figure
GOES_ON = re.compile(r"(?:The|This|These|Such|Its|Their|It|They)\b")     # a sentence that refers back
CORE_LEVEL = re.compile(r"\b(?P<element>[A-Z][a-z]?)\s?[1-4]\s?[spdf](?:\s?[1357]/2)?\b")   # "Ag 3d", "S 2p3/2", "Li 1s"
# the electrode a screen's candidates are for, as a count says it ("29 anodic", "12 for the cathode side")
ELECTRODE_SIDES = {"anode": "anode", "anodes": "anode", "anodic": "anode",
                   "cathode": "cathode", "cathodes": "cathode", "cathodic": "cathode"}
SIDE_ADJECTIVE = re.compile(r"\b(?P<side>[Aa]nodic|[Cc]athodic)\s+(?P<head>[a-z]+)")
COUNT_IN_BRACKET_AFTER = re.compile(r"\b(?P<word>[A-Za-z]+)\s*\(\s*$")       # "the anode (29 compounds)"
# the anions that name a class of compounds ("halides", "chalcogenide binaries")
ANIONS = {"halide": ("F", "Cl", "Br", "I"), "chalcogenide": ("O", "S", "Se", "Te"), "fluoride": ("F",),
          "chloride": ("Cl",), "bromide": ("Br",), "iodide": ("I",), "oxide": ("O",), "sulfide": ("S",),
          "selenide": ("Se",), "telluride": ("Te",), "nitride": ("N",), "phosphide": ("P",), "carbide": ("C",),
          "boride": ("B",), "hydride": ("H",)}
ORDERS = {"bina": 2, "tern": 3, "quat": 4}      # binary (binaries), ternary, quaternary: elements in the formula
_ANION = "|".join(ANIONS)
ANION_CLASS = re.compile(rf"\b(?P<anions>(?:{_ANION})(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:{_ANION}))*)\s+"
                         r"(?P<order>(?:binar|ternar|quaternar)(?:y|ies))\b", re.I)
DEFINITE_COUNT = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+\d+\s+(?:[\w-]+\s+)?(?:compounds|candidates|materials)\b")
PLURAL_BACK = re.compile(r"\b(?:[Tt]heir|[Tt]hey|[Tt]hem)\b")      # a pronoun, not a determiner ("these results")
VIEW_REACH = 6              # sentences back (within the section) a passage keeps its arms in view
CONDITION_ROLE = local_name(AKG.TestCondition)


def _beside_its_design(text: str, start: int, end: int, names: Sequence[ArmMention]) -> bool:
    """Whether the sentence also writes the cell of bare electrodes at ``start:end`` ("Li||LiFePO4") with an arm
    in place of one electrode ("PM-Li||LiFePO4"): the two cells are set against each other."""
    return _arm_in_an_electrodes_place(re.split(rf"\s*{STACK_BAR}\s*", text[start:end]), text, names, (start, end))


def _arm_in_an_electrodes_place(parts: Sequence[str], text: str, names: Sequence[ArmMention],
                                 skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether ``text`` writes the cell of bare electrodes ``parts`` with an arm in place of one electrode (names
    inside ``skip``, the bare cell itself, left out)."""
    for n in names:
        if not n.arm or skip[0] <= n.start < skip[1]:
            continue
        after = re.match(rf"[^\s|‖∥]*\s*{STACK_BAR}\s*([^\s|‖∥]+)", text[n.start:])
        before = re.search(rf"([^\s|‖∥]+)\s*{STACK_BAR}\s*[^\s|‖∥]*$", text[:n.end])
        if after and before:
            continue        # "Li|GPE|Li": a layer between the electrodes, in no electrode's place; "Li||LFP" is its cell
        if after and after.group(1).rstrip(".,;:") == parts[-1].rstrip(".,;:") or \
                before and before.group(1) == parts[0]:
            return True
    return _every_electrode_replaced(parts, text, names, skip)


def _every_electrode_replaced(parts: Sequence[str], text: str, names: Sequence[ArmMention], skip: tuple[int, int]) -> bool:
    """Whether ``text`` writes a cell of as many electrodes as ``parts`` whose every electrode is that part or an arm
    ("PL-Li||PL-Li" beside "Li||Li": the symmetric cell of the arm)."""
    def armed(a: int, b: int) -> bool:
        return any(n.arm and n.start <= a and b <= n.end for n in names)

    for m in STACK_OF_PARTS.finditer(text):
        if skip[0] <= m.start() < skip[1]:
            continue
        found = [(p.start() + m.start(), p.end() + m.start(), p.group())
                 for p in re.finditer(r"[^\s|‖∥]+", m.group().rstrip(".,;:"))]
        if len(found) == len(parts) and any(armed(a, b) for a, b, _ in found) and \
                all(armed(a, b) or w == part.rstrip(".,;:") for (a, b, w), part in zip(found, parts, strict=True)):
            return True
    return False


STACK_OF_PARTS = re.compile(rf"[^\s|‖∥]+(?:\s*{STACK_BAR}\s*[^\s|‖∥]+)+")      # "PL-Li||PL-Li", "A|B|C"


def _set_against_here(text: str, start: int, end: int, names: Sequence[ArmMention]) -> bool:
    """Whether the cell of bare electrodes at ``start:end`` is set against another in its sentence: a comparison in its
    clause before it, or the same cell with an arm in place of one electrode beside it. The comparison must be in
    its clause: "…, three times as long as without it, and Li||NCM cells retain 86%" names no control after "than"
    of the clause before."""
    reach = max(0, start - CONTRAST_REACH, next((a for a, b in clauses(text) if a <= start < b), 0))
    return bool(CONTRAST.search(text[reach:start])) or _beside_its_design(text, start, end, names)


def _stack_spelling(stack: str) -> str:
    """A stack as one spelling, whatever its bars and spaces ("Li || Li", "Li‖Li")."""
    return re.sub(rf"\s*{STACK_BAR}\s*", "|", stack.strip())


def _made_of(text: str) -> set[str]:
    """The lexicon's materials and the formulas a text names."""
    return materials_in(text) | {m.group() for m in FORMULA_TOKEN.finditer(text) if is_formula(m.group())}


def _opens_clause(text: str, start: int, end: int) -> bool:
    """"…; with Celgard 2400 the CE dropped": a material that is the whole opening phrase of a clause."""
    return bool(re.search(r"(?:^|[;,]\s*)(?:with|for|in)\s+$", text[:start])) and bool(re.match(r"\s+the\s", text[end:]))


OWN_ROW = re.compile(rf"(?:{lexicon_alternation('own_work')}|ours|present\s+work)(?:\s*\([^()]*\))?\s*\*?", re.I)


@cache
def _head_nouns() -> frozenset[str]:
    """The one-word head nouns of designs, singular ("host", "separator", "foam")."""
    return frozenset(w.lower().rstrip("s") for w in structure_words()["heads"] if " " not in w)


SET_TO = re.compile(r"\b(?:was|were|is|are|been)\s+(?:set|fixed|limited)\s+(?:to|at)\s+(?:about\s+|~\s*)?$", re.I)


# "by contrast", "however": a sentence that says it sets its outcome against the one before's
CONTRASTED = re.compile(r"\b(?:(?:by|in)\s+(?:sharp\s+|stark\s+)?contrast|(?:by|in)\s+comparison(?=,)|on\s+the\s+other\s+hand|however|"
                        r"conversely)\b",
                        re.I)


def is_condition(figure: Figure, text: str = "") -> bool:
    """A figure that sets how a test was run, shared by every arm tested that way (a cycle count too, and
    any figure a test was set to: "the plating capacity was set to 2 mAh cm−2", "the cutoff voltage was
    fixed at 2.5 V", which the experimenter chose rather than measured)."""
    return figure.prop.role == CONDITION_ROLE or figure.prop.iri == AKG.CycleNumber or \
        bool(SET_TO.search(text, 0, figure.quantity.start))


def a_cathode_loading(figure: Figure, text: str) -> bool:
    """"LiMnPO4 cathodes had a mass loading of 11 mg cm−2", "After drying, each sulfur cathode had an areal loading of
    3.4 mg cm−2": a methods sentence's loading of the cathode is a condition of every cell the cathode went into, not
    a quality of the anode's design; a loading a making step sets in the figure's own clause ("the sheet was rolled
    to a loading of …") belongs to that step."""
    clause = re.split(r"[,;:]", text[:figure.quantity.start])[-1]
    return figure.prop.iri == AKG.ArealMassLoading and names_a_cathode(text) and not has_words("processing", clause)


def _joined(names: Sequence[ArmMention], added: Sequence[ArmMention]) -> tuple[ArmMention, ...]:
    """A sentence's arm mentions with those a step found, left to right."""
    return tuple(sorted((*names, *added), key=lambda n: n.start)) if added else tuple(names)


@cache
def _design_reference_regex() -> re.Pattern[str]:
    """"the protected Li anode", "the as-prepared electrode", "the modified one": the paper's design,
    called by what was done to it rather than by its name."""
    words = lexicon_alternation("design_words")
    # "the plated Li layer", "the deposited lithium": the metal a cell deposited, not the design
    return re.compile(rf"\b(?:the|our|this)\s+(?!(?:plated|deposited|stripped)\s+(?:Li|lithium)\b)(?:{words})\s+"
                      r"(?:(?:Li|lithium|Cu|copper|Zn|zinc|Na|sodium)\s+)?"
                      r"(?:metal\s+)?(?:anodes?|electrodes?|hosts?|separators?|electrolytes?|foils?|cells?|"
                      r"current\s+collectors?|layers?|Li|lithium|one|"
                      # "the optimized sample": one design; "the as-made films" may be every arm in view
                      r"sample|film|coating|interlayer|membrane|mesh|foam|scaffold|framework)\b", re.I)


@cache
def _design_done() -> re.Pattern[str]:
    """"… after coating", "upon the LiPON modification", "with the protective layer", "upon adding TMSB", "after the
    addition of FEC": what the paper did."""
    words = lexicon_alternation("design_words")
    return re.compile(rf"\s*(?:[A-Za-zμΩ°%·/\s−-]{{0,12}}?)\s*,?\s*(?:after|upon|with|by|through|via)\s+(?:the\s+|a\s+|an\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{words}|coating|modification|treatment|protection|decoration|adding|"
                      r"introducing|incorporating|addition|introduction|incorporation)\b", re.I)


@cache
def _control_word_before() -> re.Pattern[str]:
    """A control word right before a name ("the bare ", "a pristine "), the word captured."""
    return re.compile(rf"\b({lexicon_alternation('control')})\s+$", re.I)


@cache
def _design_done_first() -> re.Pattern[str]:
    """"After adding the plasticizer, …", "Upon the LiPON modification, …": what the paper did, opening the sentence."""
    words = lexicon_alternation("design_words")
    return re.compile(rf"(?:After|Upon|With|By|Through)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{words}|coating|modification|treatment|protection|decoration|adding|introducing|"
                      r"incorporating|(?:addition|introduction|incorporation)\s+of)\b[^,;.]{0,40},")


@cache
def _control_one_regex() -> re.Pattern[str]:
    """"the unprotected one", "the bare ones", "its undoped counterpart", "its bare-Li counterpart", "its PP
    counterpart", "the control sample", "the baseline cells", "the control kept 70.8%": the paper's control, by a
    control word alone or by what it is to the design (a counterpart, whatever word names its material); "the control"
    as a noun, not "the control of / over" something that a design exerts."""
    words = lexicon_alternation("control")
    return re.compile(rf"\bthe\s+(?:{words})\s+ones?\b|\b(?:the|its|their)\s+(?:[\w@/+.–-]+(?:[\s-][A-Za-z]+)?\s+)?"
                      rf"counterparts?\b|"
                      rf"\bthe\s+(?:control|{words})\s+(?:samples?|cells?|electrodes?|groups?|batter(?:y|ies))\b|"
                      r"\bthe\s+controls?\b(?![\w-])(?!\s+(?:of|over|on|in|for|by|to|and|or|with)\b)", re.I)


# "this composite", "these coated foils", and a sentence's subject that is a head noun alone, "The layer …" (the
# definite article opening the sentence points back as a demonstrative does, where "The VN nanosheets …" names)
DEMONSTRATIVE_BEFORE = re.compile(r"(?:\b(?:[Tt]his|[Tt]hese)|^\s*(?P<article>The))\s+$")


# "… then fills the mesh", "cells with the mesh": the definite article and a head noun alone, no word of its own
BARE_DEFINITE = re.compile(r"\bthe\s+$", re.I)


# "The fibres keep a diameter of 250 nm", "these mats": a plural subject that names a kind of body or the shape its
# material is made in, what every member of a coded series may be
@cache
def _body_subject() -> re.Pattern[str]:
    words = structure_words()
    nouns = sorted({w for w in (*words["body_heads"], *words["body_shapes"]) if w.endswith("s")}, key=longest_first)
    return re.compile(rf"\b(?:the|these|those|our)\s+(?:[\w–-]+\s+){{0,2}}?(?P<noun>{'|'.join(nouns)})\b"
                      r"(?!\s+(?:of|in|on|with)\b)", re.I)


def _body_word(word: str) -> str:
    """A body's or shape's word as one spelling: singular, "fibre" as "fiber", without "nano" / "micro" ("the
    nanofibres" are the fibres of "fiber mats")."""
    return re.sub(r"^(?:nano|micro)(?=\w{3})", "", singular(fold(word))).replace("fibre", "fiber")


# "The host made at 800 °C (CNF-800) …": the short form in brackets at the end of the noun phrase names what it heads
NAMED_IN_BRACKETS = re.compile(r"[^,;()]{0,50}?\(\s*$")


def _named_in_brackets(text: str, phrase: Mention, names: Sequence[ArmMention]) -> bool:
    """The phrase's thing is named right after it, in brackets, by one of the paper's arms."""
    return any(n.arm and n.start >= phrase.end and NAMED_IN_BRACKETS.fullmatch(text, phrase.end, n.start)
               and re.match(r"\s*\)", text[n.end:]) for n in names)


# "Adding a fluorinated diluent produced ether-based LSEs with …": a verb of making whose object is a thing, not the
# figure's property ("… gave a Coulombic efficiency of 98.9%"): the figures after it are of what was made, not of
# what went into making it
MADE_INTO = re.compile(r"\b(?:gave|give|gives|produced?|produces|yield(?:ed|s)?|afford(?:ed|s)?|result(?:ed|s)\s+in|"
                       r"led\s+to)\s+", re.I)


def _made_into(text: str, start: int, figure: Figure) -> int:
    """Where what the last verb of making before the figure (after ``start``) made is named, else ``start``."""
    made = [m for m in MADE_INTO.finditer(text, start, figure.quantity.start) if not _reported_property().match(text, m.end())]
    return made[-1].end() if made else start


@cache
def _reported_property() -> re.Pattern[str]:
    """A verb's object that is a property ("a high Coulombic efficiency of", "CEs of") or the cells it was measured in
    ("gave Li||Li cells a life of …"): the figure is the subject's."""
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(property_cue_terms(), key=len, reverse=True))
    return re.compile(rf"(?:the\s+)?(?:\S+\s+)?(?:{CELL_NOUN})\b|(?:(?:a|an|the|its|their)\s+)?"
                      rf"(?:(?!with\b)[\w-]+\s+){{0,2}}?(?:{cues})", re.I)


def _words_of(name: str) -> tuple[str, ...]:
    """A name's words, folded, the last one singular: "these composite films" and "a composite film" end alike."""
    words = re.findall(r"[a-z0-9]+", fold(re.sub(r"\s*\([^()]*\)", "", name)))     # "… host (CCH)": its words
    return (*words[:-1], singular(words[-1])) if words else ()


def _core_words(name: str) -> tuple[str, ...]:
    """A name's words without its control words and without a generic head noun at its end ("anode",
    "electrode"): what "the untreated silver mesh" and "the silver mesh electrode" share, the thing itself."""
    words = [w for w in _words_of(name) if w not in lexicon_words("control")]
    return tuple(words[:-1] if len(words) > 1 and words[-1] in lexicon_words("generic_heads") else words)


# a kind of cell a paper tests some of its arms in: "half-cells", "pouch-type full-cell", "symmetric Li cells",
# "anode-free Cu||LFP cells" (no lithium but the cathode's: a kind of its own, which the words between may stack);
# each kind named, so "anode-free Cu||LFP pouch cells" are both
CELL_KIND = re.compile(rf"\b(?P<kind>{CELL_KINDS}|anode[\s‐‑-]?free)(?=[\s-]*(?:type\s+)?(?:[\w|‖∥-]+\s+){{0,2}}?cells?\b)",
                       re.I)


# a cell named by its stack, the electrode it is tested against last: "Li|Cu cells", "X@Li||NCM622 full cells",
# "Li|Li symmetric cells", "Li–S cells" (a dash before an element's symbol, the element the cathode is: Li–S, Li–O2):
# cells against Cu, NCM622, S are a kind of their own, and cells against a cathode are full cells too
CELLS_AFTER = r"(?![|‖∥])(?=[\s‐‑-]*(?:type\s+)?(?:[\w|‖∥]+[\s‐‑-]+){0,2}?cells?\b)"
CELL_STACK = re.compile(rf"(?:\|\||\||‖|∥)\s?(?P<counter>[A-Za-z][\w@/.]*)(?![\w@/.]){CELLS_AFTER}|"
                        rf"\bLi[–‐‑-](?P<element>[A-Z][a-z]?\d?)(?!\w){CELLS_AFTER}")
CELLS_UNKINDED = re.compile(r"\bcells?\b", re.I)
# the electrode a stack is written from ("LiFePO4" of "LiFePO4|CPE-R|Li")
STACK_OPENING = re.compile(r"(?<![\w@/.|‖∥-])(?P<first>[A-Za-z][\w@/.]*)\s?(?:\|\||\||‖|∥)")
# "Li|SnN-LLZO|Li", "Li||Li": a stack with lithium at both ends is a symmetric cell
SYMMETRIC_STACK = re.compile(r"(?<![\w@/-])Li\s?(?:\|\||\||‖|∥)\s?(?:[^\s|‖∥]+\s?(?:\|\||\||‖|∥)\s?)?Li(?![\w@/.-])")


# "Li/Li cells", "Li/LiFePO4 batteries": a stack written with a slash, as older papers write it, where both ends are
# electrodes and cells follow (a slash between other names is a composite's: "LiF/polymer layers")
SLASHED_STACK = re.compile(rf"(?<![\w@/.|-])(?P<a>[A-Za-z][A-Za-z0-9.]*)/(?P<b>[A-Za-z][A-Za-z0-9.]*)(?![\w@/|-]){CELLS_AFTER}")


def _barred(text: str) -> str:
    """The text with each stack written with a slash ("Li/Li cells") written with bars ("Li||Li cells")."""
    return SLASHED_STACK.sub(lambda m: f"{m['a']}||{m['b']}" if stack_end(m["a"]) and stack_end(m["b"]) else m.group(),
                             text)


def _cell_kinds(text: str) -> frozenset[str]:
    text = _barred(text)
    kinds = {re.sub(r"[\s‐‑-]+", "-", m.group("kind").lower()).removesuffix("al") for m in CELL_KIND.finditer(text)}
    for m in CELL_STACK.finditer(text):
        counter = m.group("counter") or m.group("element")
        kinds.add(f"against-{counter.lower()}")
        # "Li||S", "X@Li||S cell", "Li||O2": a non-metal element against lithium is a full cell's cathode
        if m.group("element") or names_a_cathode(counter) or counter.lower() in lexicon_words("element_cathodes"):
            kinds.add("full")
    if SYMMETRIC_STACK.search(text):
        kinds.add("symmetric")
    if any(names_a_cathode(m.group("first")) for m in STACK_OPENING.finditer(text)):
        kinds.add("full")           # "LiFePO4|CPE-R|Li cells": a stack written from its cathode is a full cell
    return frozenset(kinds)


def _methods_cell_kinds(text: str) -> frozenset[str]:
    """The kinds of cell a methods sentence speaks of; one that names a cathode and no kind ("NCM622 cathodes had a
    mass loading of …") speaks of the cells the cathode went into: the full cells."""
    # "coin" is the format nearly every cell of a paper is built in, no kind that sets some cells apart
    kinds = _cell_kinds(text) - {"coin"}
    return kinds or (frozenset({"full"}) if names_a_cathode(text) else frozenset())


# "Coulombic efficiencies were measured at 0.5 mA cm−2": how a result of the cells' test was measured
MEASURED = re.compile(r"\b(?:was|were|is|are)\s+(?:then\s+)?(?:measured|determined|evaluated|recorded|obtained|calculated)\b")


def measured_in_cells(text: str, mentions: SentenceMentions) -> frozenset[str]:
    """"Coulombic efficiencies were measured at 0.5 mA cm−2 …": the kinds of cell the result a methods sentence says
    it measured comes from (the ontology's cell cues of the properties it names: a Coulombic efficiency is a Li||Cu
    cell's); none for a thing's own quality measured on its own (a separator's shrinkage on heating)."""
    if not MEASURED.search(text):
        return frozenset()
    cues = {n for c in mentions.cues for n in c.label.split("|")}
    return frozenset(kind for p in properties().values() if p.name in cues for cell in p.cell_cues
                     for kind in _cell_kinds(f"{cell} cells"))


def _cells_measured_in(figures: Sequence[Figure]) -> frozenset[str]:
    """The kinds of cell these figures' properties are results of (the ontology's cell cues: a Coulombic efficiency
    is a Li||Cu cell's), whatever their sentence says of cells."""
    return frozenset(kind for f in figures for cell in f.prop.cell_cues for kind in _cell_kinds(f"{cell} cells"))


# where a methods sentence's clauses part: "…, and those with B at 1 mA cm−2", "…; B was …", "…, whereas B …"
METHODS_CLAUSE = re.compile(r";|,\s+(?:and|while|whereas|but)\s|\b(?:while|whereas)\s", re.I)
EITHER_OR = re.compile(r"\beither\b(?:[^.;]|(?<=\d)\.(?=\d))*?\bor\b", re.I)


# "the assembly was clamped at 12 MPa", "the stack was sealed": the cell a methods paragraph has been building
ASSEMBLY_REFERRED = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ee]ach)\s+(?:whole\s+|cell\s+)?(?:assembly|assemblies|stack)\b")


# "We compared A with B and C", "A was benchmarked against B": the comparison sets the thing compared and what it is
# compared with side by side, one list in that order, as "the former" and "the latter (two)" count them
COMPARING_VERB = re.compile(r"\b(?:compar|benchmark|contrast|test|set|measur)\w*\s+(?:the\s+|a\s+|an\s+|our\s+)?$", re.I)
COMPARED_WITH = re.compile(r"\s*(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:compared|benchmarked|contrasted|tested|set)\s+)?"
                           r"(?:with|against|to)\s+(?:(?:the|a|an|one|that|those)\s+)?(?:(?:with|of)\s+(?:the\s+|a\s+|an\s+)?)?",
                           re.I)
PASSIVE_COMPARED = re.compile(r"\s*(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:compared|benchmarked|contrasted|tested|set)\s", re.I)


def compared_sets(text: str, groups: Sequence[Sequence[ArmMention]]) -> list[list[ArmMention]]:
    """The sentence's lists of arms (``coordinations``), with a list joined to the one before when a comparison
    sets them side by side: "We compared A with B and C" (a comparing verb before A) or "A was compared with B"."""
    out: list[list[ArmMention]] = []
    for group in groups:
        before = out[-1] if out else None
        if before is not None and COMPARED_WITH.fullmatch(text, before[-1].end, group[0].start) and \
                (COMPARING_VERB.search(text, 0, before[0].start) or PASSIVE_COMPARED.match(text, before[-1].end)):
            out[-1] = [*before, *group]
        else:
            out.append(list(group))
    return out


def _pair_named_before(text: str, names: Sequence[ArmMention]) -> list[list[str]]:
    """"A and B were cycled side by side; the former lasted 820 h, the latter 540 h": the two arms a sentence names
    together before its first "the former" / "the latter", as the pair they count; [] when it names no such pair."""
    first = ANAPHORA.search(text)
    pair = _coordinated_pair(text, names, first.start()) if first is not None else []
    return [pair] if pair else []


def _coordinated_pair(text: str, names: Sequence[ArmMention], end: int | None = None) -> list[str]:
    """The first two arms a sentence names joined by "and" alone ("FL-Li and NL-Li were …"), before ``end``; not two
    of a longer list ("A, B and C")."""
    arms = [n for n in names if n.arm and (end is None or n.end <= end)]
    for k, (a, b) in enumerate(zip(arms, arms[1:], strict=False)):
        if a.arm != b.arm and COORDINATED_PAIR.fullmatch(text, a.end, b.start) and \
                not (k and LISTED_BEFORE.fullmatch(text, arms[k - 1].end, a.start)):
            return [a.arm, b.arm]
    return []


COORDINATED_PAIR = re.compile(r"\s+(?:and|&)\s+")         # "A and B"
LISTED_BEFORE = re.compile(r"\s*,\s*")                     # "…, A and B": the end of a longer list
# a sentence whose subject is "Both" alone, a verb after it ("Both keep …", "Both were …"): the pair named last
BOTH_SUBJECT = re.compile(r"^\s*Both\s+(?:[a-z]+(?:s|ed)|are|were|have|had|show|keep|retain|reach|deliver|exhibit)\b")


def _changes_named_once(text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                        names: Sequence[ArmMention]) -> list[tuple[str, ...]]:
    """"The CE increased from 97.4% for A to 99.4% for B, and the overpotential fell from 29 to 5 mV": a change from
    one figure to another whose ends name no arm, after a change whose ends each named one, is between those arms too."""
    out = list(owners)
    ordered = sorted(range(len(figures)), key=lambda i: figures[i].quantity.start)
    changes = [(a, b) for a, b in zip(ordered, ordered[1:], strict=False)
               if re.search(r"\bfrom\s+(?:about\s+|~\s*)?$", text[max(0, figures[a].quantity.start - 20):figures[a].quantity.start])
               and re.match(r"[^\d;]{0,80}?\bto\s*$", text[figures[a].quantity.end:figures[b].quantity.start])
               and figures[a].prop.iri == figures[b].prop.iri and not is_condition(figures[a])]
    for (a1, b1), (a2, b2) in zip(changes, changes[1:], strict=False):
        start, end = figures[a1].quantity.start, figures[b1].quantity.end
        # the arm the change ends at is named after its figure ("to 99.4% for B"), before the clause ends
        reach = found.start() if (found := CLAUSE_BREAK.search(text, end)) else len(text)
        named = [n.arm for n in names if start < n.start < reach and n.arm]
        if len(set(named)) != 2 or not out[a1] or not out[b1] or set(out[a1]) == set(out[b1]) or \
                any(reach <= n.start < figures[b2].quantity.end and n.arm for n in names) or \
                not re.fullmatch(r"\s*to\s*", text[figures[a2].quantity.end:figures[b2].quantity.start]):
            continue
        out[a2], out[b2] = out[a1], out[b1]
    return out


def _names_its_arm(figure: Figure, names: Sequence[ArmMention]) -> bool:
    """"the cell with 1.0 wt% X", "the 2 M LiFSI electrolyte": an amount written inside the name of one of the arms
    tells that arm apart from the others made with other amounts; it is the arm's name, no figure measured of it (nor
    of the arm beside it, where a property word of the sentence would send it)."""
    return any(n.arm and n.start <= figure.quantity.start and figure.quantity.end < n.end for n in names)


class ResearchLinker:
    """Ties a research paper's figures to its arms and builds their records."""

    def __init__(self, paper: Paper, arms: PaperArms | None = None) -> None:
        self.paper = paper
        self.arms = arms or paper_arms(paper)
        self.drafts: dict[str, Draft] = {}
        self._named: dict[int, tuple[ArmMention, ...]] = {}      # sentence → its own arms, as _own_named reads them
        self._described: dict[str, Arm] = {}     # things a demonstrative points back to that are none of the arms
        self._cells_by_figure: dict[int, frozenset[str]] = {}    # sentence → the kinds of cell its figures come from
        self._figures_of: dict[int, Sequence[Figure]] = {}       # sentence → its figures

    def in_view(self, k: int, look_ahead: bool) -> tuple[str, ...]:
        """The own arms the passage around sentence ``k`` is about, in the order they were named."""
        paragraph = self.paper.paragraph(k)
        ahead = [j for j in paragraph if j > k] if look_ahead else []
        if ahead and paragraph[0] == k:     # a paragraph that opens with its conditions: its results say for whom too
            return tuple(dict.fromkeys([*self._named_first(self._back(k)), *self._named_first(ahead)]))
        return self._named_first(self._back(k)) or self._named_first(ahead)

    def _back(self, k: int) -> list[int]:
        """The sentences before ``k`` that keep their arms in view: same section and kind, VIEW_REACH back."""
        sentences, back = self.paper.sentences, []
        for j in range(k - 1, max(-1, k - 1 - VIEW_REACH), -1):
            if sentences[j].section != sentences[k].section or sentences[j].kind != sentences[k].kind:
                break
            back.append(j)
        return back

    def _own_named(self, k: int) -> tuple[ArmMention, ...]:
        """Sentence ``k``'s mentions of own arms, with those the linker reads beyond the name finder ("the new
        host", a material an arm is made of, a control by a control word): what a passage keeps in view."""
        if k not in self._named:
            text = self.paper.sentences[k].text
            names = self._with_implied_arms(text, self._with_materials(k, self.arms.mentions[k]), k)
            self._named[k] = tuple(m for m in names if self.arms.is_own(m.arm))
        return self._named[k]

    def _named_first(self, ks: Sequence[int]) -> tuple[str, ...]:
        """The own arms of the first of these sentences that names any, in the order they were named."""
        for j in ks:
            if named := self._own_named(j):
                return tuple(dict.fromkeys(a for m in named for a in self.arms.expand(m.arm)))
        return ()

    def _referred_back(self, k: int) -> tuple[str, ...]:
        """"A and B showed wide windows. Despite their lower potentials, some reached 5 V.": a sentence that
        refers back with a plural pronoun speaks of the arms the sentence before listed as one subject (its
        first list of two or more), not of the first of them alone."""
        if not PLURAL_BACK.search(self.paper.sentences[k].text) or k - 1 not in self.paper.paragraph(k):
            return ()
        text = self.paper.sentences[k - 1].text
        lists = [arms for group in coordinations(text, self.arms.own(k - 1))
                 if len(arms := tuple(dict.fromkeys(m.arm for m in group))) >= 2]
        return lists[0] if lists else ()

    @staticmethod
    def _not_compared(text: str, names: Sequence[ArmMention], view: Sequence[str]) -> list[str]:
        """The arms in view less those the sentence names only as what it compares with ("The host showed
        6 mV, much lower than that of CF (28 mV)" after a sentence about CF: the host is not CF)."""
        compared = {n.arm for n in names if COMPARATIVE.search(text, 0, n.start)}
        named = {n.arm for n in names} - compared
        return [a for a in view if a not in compared or a in named]

    def _heading_arm(self, k: int) -> tuple[str, ...]:
        """The one own arm the innermost heading over sentence ``k`` names ("3.3 The bare carbon cloth control"), which
        a result under it that names none is about; () when the heading names none, or several."""
        section = self.paper.sentences[k].section
        if not section or self.paper.sentences[k].kind != BlockKind.BODY:
            return ()
        heading = section[-1]
        named = {a.key for a in self.arms.arms.values() if a.own and any(
            len(alias) > 2 and re.search(rf"(?<![\w@/‐‑–-]){re.escape(alias)}(?![\w@/‐‑–-])", heading, re.I)
            for alias in (a.label, *a.aliases))}
        return tuple(named) if len(named) == 1 else ()

    def _topic(self, view: Sequence[str]) -> str:
        """The arm a result that names none belongs to: the first arm in view (the subject of the
        sentence before), else the main design."""
        return view[0] if view else self.arms.main

    def _intro(self, k: int) -> bool:
        """Sentence ``k`` is the introduction's (``intro_text``)."""
        return self.paper.intro[k]

    def background(self, k: int) -> bool:
        """An introduction's sentence that names none of the paper's arms and does not speak in its
        own voice: the field's background ("Li/Li+ = −3.04 V"), not a result of this paper."""
        s = self.paper.sentences[k]
        return self._intro(k) and not self.arms.own(k) and not own_voice(s.text) and not s.citations

    def spread(self, k: int, text: str, view: Sequence[str], names: Sequence[ArmMention] = ()) -> tuple[str, ...]:
        """The arms "each / every / all (the) X" speaks of: the tested arms whose head noun is X, else
        every tested arm; "both" speaks of the two in view; "the cells were …" in a sentence that names no arm
        speaks of the main design and every tested arm; a plural subject that names no arm ("the
        synthesized samples") speaks of every arm in view. Empty when the sentence does not spread."""
        m = next(iter(spreading(text)), None)
        if m is None and BOTH_SUBJECT.match(text) and not any(n.arm for n in names):
            return self._pair_said_last(k, view)
        if m is None and (counted := COUNTED_ALL.search(text)) and not any(n.arm for n in names):
            return tuple(view) if len(view) == NUMBER_WORDS[counted.group("count")] else ()
        if m is None and (counted := THE_COUNTED.search(text)) and not any(n.arm for n in names):
            # "the four electrolytes at 25 °C": as many arms as the paper tests, or as the passage has in view
            tested = [a.key for a in self.arms.arms.values() if self._tested(a.key)]
            count = NUMBER_WORDS[counted.group("count").lower()]
            return tuple(tested) if len(tested) == count else tuple(view) if len(view) == count else ()
        if m is None and not any(n.arm for n in names) and speaks_of_the_cells(text):
            return tuple(dict.fromkeys([self.arms.main, *(a.key for a in self.arms.arms.values() if self._tested(a.key))]))
        if m is None:
            plural = PLURAL_SUBJECT.search(text)
            if plural is None or len(view) < 2 or any(n.arm for n in names):
                return ()
            return tuple(a.key for a in self._headed(plural.group("noun"), [self.arms.arms[k] for k in view if k in self.arms.arms]))
        if m.group("word").lower().startswith("both") and len(view) >= 2:
            return tuple(view[-2:])
        if len({n.arm for n in names if n.arm}) == 1 and any(n.arm and n.end <= m.start() for n in names) and \
                OBJECT_OF.search(text, 0, m.start()):
            # "The TiN film helps in every cell we built: …": the one arm's cells, not every arm (where "each
            # electrode" is a subject, "To test the X, each electrode was …", it is every arm)
            return ()
        if (kinds := _cell_kinds(m.group())) and (tested_so := self._tested_in(kinds)):
            return tested_so        # "for each Li–S cell": the arms the paper tests in that kind of cell, not every arm
        tested = [a for a in self.arms.arms.values() if self._tested(a.key)]
        chosen = self._headed(m.group("noun"), tested)
        viewed = [a for a in tested if a.key in view]
        if len(viewed) >= 2 and len(chosen) == len(tested) and len(chosen) > len(viewed) and \
                not self._headed(m.group("noun"), tested, strict=True) and not self._tests_every_arm(m.group("noun")):
            chosen = viewed         # "denoted LF-0, LF-5 and LF-10. Each film was …": no arm is named a film, so the
            # films are the arms the passage speaks of, not the bare Li it tests them against
        if m.group("word").lower() == "both" and len(chosen) != 2:
            return ()
        if len(chosen) == 1 and len(viewed) >= 2:
            # "All membranes were cast …" where one arm is named a membrane: all is not one, but each in view
            chosen = [*viewed, *(a for a in chosen if a not in viewed)]
        return tuple(a.key for a in chosen)

    def _pair_said_last(self, k: int, view: Sequence[str]) -> tuple[str, ...]:
        """"A and B were cycled …; … Both keep …": the pair the nearest sentence before that names arms names
        together, else the last two arms in view."""
        for j in self._back(k):
            if named := self._own_named(j):
                if pair := _coordinated_pair(self.paper.sentences[j].text, named):
                    return tuple(pair)
                break
        return tuple(view[-2:]) if len(view) >= 2 else ()

    def _series_spoken_of(self, k: int, text: str, view: Sequence[str], names: Sequence[ArmMention]) -> tuple[str, ...]:
        """"… named VCM-1, VCM-2 and VCM-3. The fibres keep a diameter of 250 nm": a plural subject naming the kind of
        body (or the shape of its material) that every arm in view is, where those arms are a series of the paper's
        own designs named by codes alone (no control among them), speaks of each of them. The noun must be one the
        paper calls them by: a word of the main design's name or of the sentence that named the series."""
        said = _body_subject().search(text)
        arms = [self.arms.arms[key] for key in view if key in self.arms.arms]
        if said is None or len(arms) < 2 or len(arms) != len(view) or any(n.arm for n in names) or \
                any(not a.own or a.role != Role.DESIGN for a in arms):
            return ()
        noun = _body_word(said["noun"])
        main = self.arms.arms.get(self.arms.main)
        named_by = [main.label] if main is not None else []
        named_by += [self.paper.sentences[j].text for j in self._back(k)
                     if {n.arm for n in self._own_named(j)} & set(view)][:1]
        if not any(noun in {_body_word(w) for w in re.findall(r"[a-z]+", fold(x))} for x in named_by):
            return ()
        members = [a.key for a in arms if a.key != self.arms.main]
        return tuple(members) if len(members) >= 2 else tuple(a.key for a in arms)   # the series, not its umbrella name

    @staticmethod
    def _tests_every_arm(noun: str) -> bool:
        """"each cell", "each electrode": what every arm is tested in, so it speaks of all of them."""
        return has_words("cell_words", noun) or noun.lower().rstrip("s") == "electrode"

    @staticmethod
    def _headed(noun: str, arms: Sequence[Arm], strict: bool = False) -> list[Arm]:
        """The arms named with that head noun ("films": "zinc oxide film (ZOF)"), else all of them (none when
        ``strict``)."""
        noun = noun.lower().rstrip("s")
        headed = [a for a in arms if any(fold(x).rstrip("s").endswith(noun) for x in (a.label, *a.aliases))]
        return headed if headed or strict else list(arms)

    def earlier_lists(self, k: int) -> list[list[str]]:
        """The lists of own arms the passage named before sentence ``k``, nearest first."""
        sentences = self.paper.sentences
        lists: list[list[str]] = []
        for j in range(k - 1, max(-1, k - 1 - VIEW_REACH), -1):
            if sentences[j].section != sentences[k].section:
                break
            text = sentences[j].text
            for group in reversed(compared_sets(text, coordinations(text, self.arms.own(j)))):
                arms = list(dict.fromkeys(m.arm for m in group))
                if len(arms) >= 2:
                    lists.append(arms)
        return lists

    def _names_design(self, phrase: Mention) -> bool:
        return can_name_structure(phrase.text, self.arms.glossary) and phrase_names_design(phrase, self.arms.glossary)

    def _goes_on_about(self, k: int) -> tuple[int, ...]:
        """The work the sentence before cites, when an introduction's sentence without a marker goes on about
        it ("… reported a hollow silica host [7]. The hollow structure … over 600 h."): it opens
        with a definite reference back and names none of the paper's arms."""
        if not self.background(k) or not GOES_ON.match(self.paper.sentences[k].text) or k - 1 not in self.paper.paragraph(k):
            return ()
        before = self.paper.sentences[k - 1].cited_numbers
        return before if 0 < len(before) < GENERIC_MARKER else ()

    def cited(self, k: int) -> tuple[int, ...]:
        """The works sentence ``k`` reports figures of: its citations when it speaks of others' work
        (in the introduction, or in words that report: "was reported", "previous studies", "et al.").
        A sentence in the paper's own voice, or that names its own arms (unless a clause that says it reports opens
        it: "As reported in previous research, boride-coated separators …"), keeps its figures; so does a
        results sentence that cites only to explain what was measured ("two peaks at 2.31 and 2.04 V,
        associated with the reduction of S8 [29]")."""
        s = self.paper.sentences[k]
        if not s.citations or own_voice(s.text) or self.arms.own(k) and not REPORTED_OPENING.match(s.text):
            return ()
        if self._intro(k) or s.kind == BlockKind.ABSTRACT or has_words("prior_voice", s.text) or \
                has_words("attribution", s.text) or not self.in_view(k, look_ahead=True):
            return s.cited_numbers
        return ()

    def _own_before_reported(self, k: int, found: Sequence[Figure]) -> tuple[list[Figure], int]:
        """A results sentence that opens on "its" (or "this", "such") after a sentence about an own arm ("X cycles for
        900 h. Its CE of 99% outperforms reported hosts such as Y [8], which rarely exceed 98%"; "This lifespan of
        1400 h exceeds those of reported hosts …") speaks of that arm until it turns to the works it cites (a word that
        reports them, or the first marker): the figures before are the arm's own, and where it turns."""
        s = self.paper.sentences[k]
        if self._intro(k) or not (POSSESSIVE_OPENING.match(s.text) or DEMONSTRATIVE_OPENING.match(s.text)) or \
                not self.arms.is_own(self._about(k - 1, self.paper.paragraph(k))):
            return [], len(s.text)
        reported = re.search(rf"(?<![\w-])(?:{lexicon_alternation('prior_voice')})(?![\w-])", s.text, re.I)
        turn = min([m.start for m in s.citations] + [reported.start() if reported else len(s.text)])
        return [f for f in found if f.quantity.end <= turn], turn

    def link(self, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
        """Structures and measurements of the paper."""
        measurements: list[Measurement] = []
        by_sentence: dict[int, list[Figure]] = {}
        for figure in figures:
            by_sentence.setdefault(figure.sentence, []).append(figure)
        self._cells_by_figure = {k: _cells_measured_in(found) for k, found in by_sentence.items()}
        self._figures_of = by_sentence
        placed: dict[int, list[tuple[Figure, Arm]]] = {}     # each sentence's test conditions, on the own arms they went to
        for k, found in sorted(by_sentence.items()):
            cited = self.cited(k) or self._goes_on_about(k)
            turn = len(self.paper.sentences[k].text)        # where a sentence turns from its own arm to cited works
            if cited:
                own, turn = self._own_before_reported(k, found)
                carried = not self.paper.sentences[k].citations     # the works of the sentence before, gone on about
                measurements += [m for figure in found if figure not in own
                                 and len(works := self._cited_for(k, figure) or cited) < GENERIC_MARKER
                                 and (m := self._cited(figure, works, self._cited_span(k, figure, ()), carried)) is not None]
                if not own:
                    continue
                found = own
            names = tuple(n for n in self.arms.mentions[k] if n.start < turn)     # no cited work owns a figure before it
            text = self.paper.sentences[k].text
            if self.background(k):
                continue
            found = [f for f in found if not _names_its_arm(f, names)]
            names = self._with_anaphora(k, text, self._with_implied_arms(text, self._with_materials(k, names, found), k))
            # a treated thing named again is the product before it is whatever a demonstrative's words last named
            names = self._with_demonstratives(k, text, self._with_treated_objects(k, text, names))
            names = self._with_layered_objects(text, names)
            names = self._with_counterparts(k, text, names)
            names = self._with_the_designs_parts(k, names)
            set_here = partial(is_condition, text=text)
            methods = self.paper.methods[k]
            view = self.in_view(k, look_ahead=any(set_here(f) for f in found))
            owners = attribute(text, found, names, view, set_here, self.earlier_lists(k),
                                self.spread(k, text, view, names) or self._series_spoken_of(k, text, view, names))
            owners = self._before_and_after(text, found, owners, names)
            if not methods and (cells := self._cells_tested_here(k, text, names)):
                owners = [tuple(dict.fromkeys([*arms, *cells])) if set_here(f) else arms
                          for f, arms in zip(found, owners, strict=True)]
            owners = self._versus_the_other(k, text, found, owners, names)
            owners = _gapped_clause_shares(text, found, owners, names)
            if self._own_row(k):
                owners = [(self.arms.main,)] * len(found)    # "This work | 1 | 1,500" under earlier works' rows
            wholes = self._whole_of_parts(text, names, self._own_named(k - 1) if k - 1 in self.paper.paragraph(k) else ())
            counted: tuple[str, ...] = ()       # the arms the last count of the sentence went to
            for figure, arms in zip(found, owners, strict=True):
                if figure.prop.iri == AKG.CompoundCount and not counted_arms(figure, names):
                    # "31 ternary compounds" counts the ternaries; "412 compounds" the screen's, not a named arm's
                    arms = self._counted_in_singular(figure.quantity.text) or \
                        self._counted_for_side(text, figure) or self._family_referred_to(text, view) or (self.arms.main,)
                if figure.prop.iri == AKG.CompoundCount:
                    counted = arms
                elif counted and not arms and not any(n.arm for n in names) and not set_here(figure):
                    arms = counted          # "… 743 compounds that were stable (hull energy below 50 meV/atom)"
                if laid_layer(text, figure.quantity.start, figure.quantity.end) and self._own_design:
                    arms = (self._own_design,)      # "We coat PE with a 4 μm layer of …": the coated design's layer
                elif not any(arms) and self._own_design and grown_layer(text, figure.quantity.start, figure.quantity.end):
                    arms = (self._own_design,)      # "… and grow a 70-nm-thick interphase": the made design's layer
                elif not any(arms) and self._own_design and set_here(figure) and \
                        setting_of_a_growing_step(text, figure.quantity.end):
                    arms = (self._own_design,)      # "… vapour at 40 °C for 5 min gives a grey layer": how it was made
                elif set_here(figure) and (made := _made_by_its_clause(text, figure, names)):
                    arms = made                     # "X electrodes, made by plating 10 mA h cm−2 …, run …": X's making
                if methods and (figure.prop.role == CONDITION_ROLE or a_cathode_loading(figure, text)):
                    arms = self._tested_under(names, self._cells_before(k, text), text, figure.quantity.start,
                                              measured_in_cells(text, self.paper.mentions[k]),
                                              every=figure.prop.iri == AKG.LithiumFoilThickness)
                    if not arms:
                        continue
                elif set_here(figure) and (rows := self._table_rows(k)):
                    arms = rows         # "Table 1. Properties of the electrolytes at 25 °C.": each row's arm was measured so
                elif set_here(figure) and not any(n.arm for n in names) and (compared := self._compared_at_its_panel(k, figure)):
                    arms = compared     # "(c) … Li|Li cells at 1 mA cm−2": the arms the text compares at "(Fig. 3c)"
                if not any(arms) and (cited := self._row_work(k)):     # no arm, or a name that is none of them
                    # a row of the paper's table that cites the work its design is from: none of the paper's arms
                    if (m := self._cited(figure, cited)) is not None:
                        measurements.append(m)
                    continue
                if (work := self._reported_after(k, figure) or
                        (None if set_here(figure) else self._cited_in_its_clause(k, figure, names))) is not None:
                    if (m := self._cited(figure, work, (figure.quantity.end, self._cited_span(k, figure, names)[1]))):
                        measurements.append(m)      # "… beyond the 700 h achieved with a zinc-oxide coating[15]"
                    continue
                unnamed = not any(n.arm for n in names)
                in_view = self._not_compared(text, names, view)
                targets = arms or self._referred_back(k) or (unnamed and self._subject_before(k, placed)) or \
                    (unnamed and not in_view and self._heading_arm(k)) or (self._topic(in_view),)
                keys = [a for t in targets for a in wholes.get(t) or self.arms.expand(t)]
                if set_here(figure):
                    keys = self._run_here(keys)
                keys = self._members_of_class(text, names, keys)
                for key in dict.fromkeys(self._holding_the_element(figure, text, keys)):
                    if not key:
                        continue            # stated for a named thing that is none of the paper's arms
                    arm = self.arms.arms.get(key) or self._described[key]
                    if arm.own:
                        measurements.append(self._own(figure, arm))
                        placed.setdefault(k, []).append((figure, arm))
                    elif 0 < len(cited := (len(keys) > 1 and self._marker_after(k, key, names))
                                 or self._cited_for(k, figure)) < GENERIC_MARKER and \
                            (m := self._cited(figure, cited, self._cited_span(k, figure, names))) is not None:
                        measurements.append(m)      # prior work the sentence cites
            inherited = self._same_conditions(k, found, placed)
            measurements += [self._own(f, arm) for f, arm in inherited]
            placed.setdefault(k, []).extend(inherited)      # a sentence after it may go on in the same test
        return [d.record() for d in self.drafts.values()], measurements

    def _subject_before(self, k: int, placed: dict[int, list[tuple[Figure, Arm]]]) -> tuple[str, ...]:
        """"X||NCM cells retain 82% …, whereas Y||NCM cells fall to 80% …. A pouch cell built the same way delivers
        350 Wh kg−1.": a result that names no arm goes on about the subject of the sentence before that names any,
        the arm its first result went to, not the arm its contrast named last (nor one it named only to compare
        with: "Compared with Y, X keeps …"); () when that sentence gave no result."""
        for j in self._back(k):
            if not self._own_named(j):
                continue
            text = self.paper.sentences[j].text
            results = sorted(((f, arm) for f, arm in placed.get(j, []) if not is_condition(f, text)),
                             key=lambda pair: pair[0].quantity.start)
            return tuple(dict.fromkeys(arm.key for f, arm in results if f is results[0][0])) if results else ()
        return ()

    def _same_conditions(self, k: int, found: Sequence[Figure], placed: dict[int, list[tuple[Figure, Arm]]]
                         ) -> list[tuple[Figure, Arm]]:
        """"The A cell cycled for 900 h at 3 mA cm−2. Under the same conditions, the bare Li cell shorted after
        70 h": a sentence that says it ran under the same conditions as the sentence before (in its paragraph)
        ran at that sentence's test conditions, for each own arm it gave a result to, unless it states the
        condition itself."""
        sentence = self.paper.sentences[k]
        before = placed.get(k - 1, [])
        contrasted = CONTRAST_OPENING.match(sentence.text) or self._same_measure_for_others(k, found, before, placed)
        same = SAME_CONDITIONS.match(sentence.text) or SAME_CONDITIONS_SAID.search(sentence.text)
        if same and not contrasted:
            before = self._last_conditions(k, placed)
        if not before or not (same or contrasted) or \
                self.paper.sentences[k - 1].block != sentence.block:
            return []
        stated = {f.prop.iri for f in found}
        # "B kept 62.4% under the same conditions": said to be the same test, it ran over the cycles of the sentence
        # before too, as at its conditions; "A kept 91% after 300 cycles at 1 C. B, by contrast, kept only 62%.": the
        # same measure, said to set the same test's outcome against it, was taken after as many cycles as that one's (a
        # sentence that only gives the same measure for other arms may give a figure over a span of its own, an
        # average over the cycles it lasted; a list of others' figures alone may span cycles of their own)
        results = {f.prop.iri for f in found if not is_condition(f)}
        counted = bool(same) or bool(results) and results <= {f.prop.iri for f, _ in before if not is_condition(f)} \
            and bool(CONTRASTED.search(sentence.text))
        conditions = list({f.quantity.start: f for f, _ in before
                           if (f.prop.role == CONDITION_ROLE or counted and f.prop.iri == AKG.CycleNumber)
                           and f.prop.iri not in stated}.values())
        arms = {arm.key: arm for _, arm in placed.get(k, [])}
        had = {(f.quantity.start, arm.key) for f, arm in before}
        if contrasted:      # "By contrast, the Cu foam electrode …": only an arm the sentence before did not speak of
            arms = {key: arm for key, arm in arms.items() if all(a.key != key for _, a in before)}
        return [(f, arm) for arm in arms.values() for f in conditions if (f.quantity.start, arm.key) not in had]

    def _last_conditions(self, k: int, placed: dict[int, list[tuple[Figure, Arm]]]) -> list[tuple[Figure, Arm]]:
        """What the nearest sentence before ``k`` in its paragraph that set test conditions placed: "At 4 mA cm−2, A
        runs for 980 h. B shows a hysteresis of 160 mV. C lasts 430 h under the same conditions." — the conditions
        "the same" takes up were stated two sentences back, the one between giving another result without any."""
        for j in range(k - 1, -1, -1):
            if self.paper.sentences[j].block != self.paper.sentences[k].block:
                break
            if any(f.prop.role == CONDITION_ROLE for f, _ in placed.get(j, [])):
                return placed[j]
        return []

    def _same_measure_for_others(self, k: int, found: Sequence[Figure], before: Sequence[tuple[Figure, Arm]],
                                 placed: dict[int, list[tuple[Figure, Arm]]]) -> bool:
        """"At 2 mA cm−2, A keeps a CE of 98.7%. B reaches 97.2% …": a sentence that gives the measure the sentence
        before gave (its result of the same property, a condition of its own none) for other arms only reports the
        same test for them, run as the sentence before says."""
        measured = {f.prop.iri for f, _ in before if f.prop.role != CONDITION_ROLE and f.prop.iri != AKG.CycleNumber}
        results = [f for f in found if f.prop.role != CONDITION_ROLE and f.prop.iri != AKG.CycleNumber]
        spoken = {a.key for _, a in before}
        arms = {a.key for f, a in placed.get(k, []) if f in results}
        return bool(results) and all(f.prop.iri in measured for f in results) and bool(arms) and not arms & spoken \
            and not any(f.prop.role == CONDITION_ROLE for f in found)

    def _whole_of_parts(self, text: str, names: Sequence[ArmMention], before: Sequence[ArmMention] = ()
                        ) -> dict[str, tuple[str, ...]]:
        """"The thicknesses of the A layer and the B layer were 5 and 8 μm": parts listed together are parts of
        one whole, so each stands for the arms made of all of them (the A–B bilayer), not for every arm made
        of one (the A-only and B-only arms). Nothing when the sentence lists no two parts together (each in a
        clause of its own, "the A layer was coated at 1.1 mg cm−2, and the B layer at 0.6 mg cm−2", a part is
        every arm's that holds it), when no arm holds them all, or when it or the sentence before it (``before``:
        "images of the A-only, B-only and A–B separators. They show the A and B layers are 5 and 8 μm thick")
        names another arm one of the parts is made into (then it speaks of that arm's part)."""
        listed = [g for g in coordinations(text, [n for n in names if n.arm]) if len(g) >= 2]
        parts = next((p for g in listed if len(p := list(dict.fromkeys(n.arm for n in g))) >= 2
                      and all(a in self.arms.shared for a in p)), [])
        if not parts:
            return {}
        held = [set(self.arms.expand(p)) for p in parts]
        common = set.intersection(*held)
        others = set.union(*held) - common
        if not common or any(a in others for n in (*names, *before) if n.arm not in parts for a in self.arms.expand(n.arm)):
            return {}
        kept = tuple(a for a in self.arms.expand(parts[0]) if a in common)
        return dict.fromkeys(parts, kept)

    def _table_rows(self, k: int) -> tuple[str, ...]:
        """The own arms the rows of the table sentence ``k`` is the caption of name in their first cells: the table in
        the block right after the caption (where papers set a table's caption), else right before it; () when
        ``k`` is no table's caption."""
        return tuple(dict.fromkeys(a for j in self.paper.captioned_rows(k) for n in self._own_named(j)
                                   if n.start == 0 and n.arm for a in self.arms.expand(n.arm)))

    def _compared_at_its_panel(self, k: int, figure: Figure) -> tuple[str, ...]:
        """The own arms the running text names where it points at the caption panel a figure of caption sentence ``k``
        stands in ("(c) Voltage profiles of Li|Li cells at 1 mA cm−2" and "… for 1,200 h (Fig. 3c), far longer than
        the bare cell"): the panel's test condition is theirs. () outside a figure's caption or its panels."""
        if self.paper.sentences[k].kind != BlockKind.CAPTION:
            return ()
        # the panel is labelled in the figure's own sentence (a caption's panels open sentences of their own); a
        # sentence after them that opens on no label speaks of the whole figure ("The lithium was 230 μm thick.")
        number = caption_figure(self.paper.sentences[self.paper.paragraph(k)[0]].text)
        labels = [letters for at, letters in panel_labels(self.paper.sentences[k].text) if at < figure.quantity.start]
        if number is None or not labels:
            return ()
        panels = set(labels[-1])
        pointing = [j for j, s in enumerate(self.paper.sentences) if s.kind == BlockKind.BODY and any(
            p.number == number and panels & set(p.panels) for p in figure_pointers(s.text))]
        return tuple(dict.fromkeys(a for j in pointing for n in self._own_named(j) if n.arm
                                   for a in self.arms.expand(n.arm)))

    def _tested(self, key: str) -> bool:
        """An own arm the paper tested in cells or set against another."""
        arm = self.arms.arms.get(key)
        return arm is not None and arm.own and bool({"compared", "cell", "control"} & set(arm.evidence))

    def _tested_under(self, names: Sequence[ArmMention], cells: Sequence[str] = (), text: str = "",
                      at: int | None = None, measured_in: frozenset[str] = frozenset(),
                      every: bool = False) -> tuple[str, ...]:
        """The arms a methods section's test condition was set for: the tested arms its sentence names, else those
        of the cells it refers back to (``cells``), else the arms its results test in the kind of cell the sentence
        names (with the main design, when that was tested: "Symmetric cells were cycled at 1 mA cm−2" holds for each
        arm compared in them), else, for a sentence on every cell ("All cells were …", "in each cell"), each arm the
        results test in cells, else the main design when that was tested, else none. ``every``: a setting of every
        cell whatever the sentence says of cells (the thickness of the lithium foil they are built with).
        The things a methods passage names around it are what was being made (a pellet, a slurry), not the designs
        tested, so they are not in view here."""
        named = tuple(dict.fromkeys(a for n in names if n.arm for a in self.arms.expand(n.arm) if self._tested(a)))
        if len(named) > 1 and at is not None:
            named = self._named_in_its_clause(names, text, at) or named
        main = (self.arms.main,) if self._tested(self.arms.main) else ()
        # a kind of cell the results test several arms in: the condition is each one's, the design's too
        kinds = _methods_cell_kinds(text) or measured_in
        kind = self._tested_in(kinds)
        # "All cells were tested at 30 °C", "each cell held 40 μL of electrolyte": every cell the paper tests
        # ("held at either 25 or 45 °C": alternatives, each some cells' only, so no cell's for certain)
        every = every or on_every_cell(text) and not EITHER_OR.search(text)
        # "Cathodes carried 4.5 mg cm−2 of sulfur, and the E/S ratio was 6 μL mg−1 in every cell": cells the sentence
        # names only by their cathode are every cell where it says so
        if kinds and not (every and not _cell_kinds(text) - {"coin"}):
            # a kind of cell the results test no arm in ("The pouch cells were …") is none of theirs
            return named or tuple(cells) or (tuple(dict.fromkeys([*main, *kind])) if kind else main)
        # the arms the results test in cells; where they name no such cells ("The X host kept …, whereas bare Cu foam
        # failed …"), the design and every arm they test, the controls too
        tested = tuple(dict.fromkeys([self.arms.main, *(key for key in self.arms.arms if self._tested(key))]))
        return named or tuple(cells) or ((self._tested_in_cells or tested) if every else main)

    def _cells_tested_here(self, k: int, text: str, names: Sequence[ArmMention]) -> tuple[str, ...]:
        """"Li||Cu-type cells were cycled at 1 mA cm−2 and 1 mA h cm−2" in the results: a sentence whose subject is a
        kind of cell and no arm sets a test of every arm tested in those cells, the arm in view and also the tested
        arms the results name beside that kind of cell, and the own arms the sentences after it go on to report (the
        test's results), up to one that names another kind of cell; () when the sentence names an arm or has no such
        subject."""
        subject = cells_subject(text)
        kinds = _cell_kinds(subject) if subject else frozenset()
        if not kinds or any(n.arm for n in names):
            return ()
        after: list[str] = []
        sentences = self.paper.sentences
        for j in range(k + 1, min(len(sentences), k + 1 + VIEW_REACH)):
            if sentences[j].section != sentences[k].section or (_cell_kinds(sentences[j].text) - kinds):
                break
            after += [a for n in self._own_named(j) for a in self.arms.expand(n.arm)]
        return tuple(dict.fromkeys([*self._tested_in(kinds), *after]))

    def _named_in_its_clause(self, names: Sequence[ArmMention], text: str, at: int) -> tuple[str, ...]:
        """"Symmetric cells with A were cycled at 3 mA cm−2, and those with B at 1 mA cm−2": the tested arms named in
        the clause of the figure at ``at``, where each clause names its own; () when its clause names none."""
        cuts = [0, *(m.end() for m in METHODS_CLAUSE.finditer(text)), len(text)]
        start, end = next(((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a <= at < b), (0, len(text)))
        return tuple(dict.fromkeys(a for n in names if n.arm and start <= n.start < end
                                   for a in self.arms.expand(n.arm) if self._tested(a)))

    @cached_property
    def _tested_in_cells(self) -> tuple[str, ...]:
        """The arms the results test in cells of any kind they name ("symmetric cells of A, B and C", "A||LFP and B||LFP
        cells"), the main design first when it is one: what a methods sentence on every cell speaks of."""
        found = [a for arms in self._arms_by_cell_kind.values() for a in arms]
        return tuple(dict.fromkeys([self.arms.main, *found] if self.arms.main in found else found))

    def _tested_in(self, kinds: frozenset[str]) -> tuple[str, ...]:
        """The tested arms the paper's results name in a sentence with a cell of one of these kinds ("The
        half-cell with the A layer …", "… of the B|SUS half-cells"): what a methods sentence on that kind of
        cell ("The half-cell test was run at 1.0 mA cm−2") was set for."""
        return tuple(dict.fromkeys(a for kind in sorted(kinds) for a in self._arms_by_cell_kind.get(kind, ())))

    @cached_property
    def _arms_by_cell_kind(self) -> dict[str, tuple[str, ...]]:
        """Kind of cell ("half", "pouch", "symmetric") → the tested arms named beside it outside the methods. A
        sentence that speaks of cells without a kind goes on with the kind the sentence before it in its paragraph
        named ("The symmetric cell of A ran 900 h. The B and C cells lasted 400 and 300 h."): the same test. Where no
        sentence names a kind of cell beside an arm ("Figure 5 compares Li||Cu cells at 0.5 mA cm−2. A kept a
        Coulombic efficiency of 98.9%, B 97.1%"), those that report a result only that kind gives (Li||Cu cells, by
        the ontology's cell cue) test the arms they name in it, the main design too: weaker evidence, read where the
        stronger names none."""
        found: dict[str, dict[str, None]] = {}
        implied: dict[str, dict[str, None]] = {}
        carried: frozenset[str] = frozenset()
        for k, sentence in enumerate(self.paper.sentences):
            same_passage = k > 0 and self.paper.sentences[k - 1].block == sentence.block
            kinds = _cell_kinds(sentence.text) or \
                (carried if same_passage and CELLS_UNKINDED.search(sentence.text) else frozenset())
            carried = kinds
            if self.paper.methods[k] or not (kinds or self._cells_by_figure.get(k)):
                continue
            # the main design whose result the sentence gives was tested in those cells, whatever else says it was
            arms = [a for n in self._own_named(k) if n.arm for a in self.arms.expand(n.arm)
                    if self._tested(a) or not kinds and a == self.arms.main]
            for kind in kinds or self._cells_by_figure[k]:
                (found if kinds else implied).setdefault(kind, {}).update(dict.fromkeys(arms))
        return {kind: tuple(found.get(kind) or implied.get(kind, ())) for kind in {**implied, **found}}

    def _cells_before(self, k: int, text: str) -> tuple[str, ...]:
        """"Coin cells were assembled with A, B or C. The cells were cycled at 1 mA cm−2.": a methods sentence about
        "the / these / all (the) cells" that names none speaks of the cells the sentence before built, so of the
        tested arms it names; none when it does not open so, or the sentence before names no tested arm. One about
        "the assembly" or "the stack" ("… and the assembly was clamped at 12 MPa") speaks of the cell its paragraph
        has been building, so of the tested arms the nearest sentence before it in the paragraph names."""
        if opens_on_cells(text):
            before = [k - 1] if k - 1 in self._back(k) else []
        elif ASSEMBLY_REFERRED.search(text):
            before = [j for j in self._back(k) if j in self.paper.paragraph(k)]
        else:
            return ()
        for j in before:
            if tested := tuple(dict.fromkeys(a for n in self._own_named(j) for a in self.arms.expand(n.arm)
                                             if self._tested(a))):
                return tested
        return ()

    def _run_here(self, keys: Sequence[str]) -> list[str]:
        """The arms a test condition was set for: this paper's own, when the sentence gives it to any of them
        ("A shows 16 mV at 5 mA cm−2, lower than reported hosts such as B (35 mV) [25]": a cited work's
        figure was measured under that work's conditions, which the sentence does not state)."""
        own = [k for k in keys if k in self.arms.arms and self.arms.is_own(k)
               or k in self._described and self._described[k].own]     # "compared to 47% for the Li||LFP cell"
        return own or list(keys)

    def _holding_the_element(self, figure: Figure, text: str, keys: Sequence[str]) -> list[str]:
        """"The Zn 2p spectra of Li1-xZnxF … peaks at 1021.8 and 1044.9 eV": a core-level peak is of the
        element named, so of the arms that hold it; an arm written as a formula without that element (the x =
        0 member of a series) has no such peak. The arms as given when the sentence names no core level, or
        none of them would be left."""
        level = CORE_LEVEL.search(text) if figure.prop.iri == AKG.PeakBindingEnergy else None
        if level is None or level.group("element") not in ELEMENTS:
            return list(keys)
        element = level.group("element")
        kept = [k for k in keys if not (k in self.arms.arms and is_formula(label := self.arms.arms[k].label)
                                        and element not in re.findall(r"[A-Z][a-z]?", label))]
        return kept or list(keys)

    def _family_referred_to(self, text: str, view: Sequence[str]) -> tuple[str, ...]:
        """"The binaries are shown in Figure 1. Among the 40 compounds, 22 are stable …": a definite count ("the
        40 compounds") takes up the set the passage is about, so the sentence's counts are of the family of
        compounds in view, when the passage is about that family alone; () otherwise (a count of the screen)."""
        if not DEFINITE_COUNT.search(text) or len(view) != 1 or view[0] not in self.arms.arms:
            return ()
        return (view[0],) if has_words("compound_families", self.arms.arms[view[0]].label) else ()

    def _members_of_class(self, text: str, names: Sequence[ArmMention], keys: Sequence[str]) -> list[str]:
        """"All halide binary compounds were stable at 0 V": a figure stated for a class of a family, told by
        its anions, is a figure of each member of the class the paper names as an arm (a formula of that
        many elements holding one of those anions: MgF2 of the halide binaries, not MgB2), not of the whole
        family. The arms as given when the class is no figure's owner here or names no member."""
        for m in ANION_CLASS.finditer(text):
            family = {n.arm for n in names if n.arm and n.start == m.start("order")}     # "binary compounds"
            if not family or set(keys) != family:
                continue
            anions = {e for word in re.findall(r"[a-z]+", m.group("anions").lower()) for e in ANIONS.get(word, ())}
            elements = ORDERS[m.group("order").lower()[:4]]
            members = [a.key for a in self.arms.arms.values() if a.own and is_formula(a.label)
                       and len(set(found := re.findall(r"[A-Z][a-z]?", a.label))) == elements and anions & set(found)]
            if members:
                return members
        return list(keys)

    def _counted_in_singular(self, count: str) -> tuple[str, ...]:
        """The own arms named by a plural noun ("binaries", "fluorides") whose singular is a word of a count
        ("12 ternary and …", "19 sulfide compounds"): the count says which of them it counts."""
        plurals = {plural(w) for w in re.findall(r"[a-z]{3,}", count.lower())}
        return tuple(a.key for a in self.arms.arms.values() if a.own and a.label.lower() in plurals)

    def _counted_for_side(self, text: str, figure: Figure) -> tuple[str, ...]:
        """"29 anodic, 24 cathodic", "for the anode (29 compounds)": a count of the candidates for one
        electrode, said by an adjective in the count or by the noun right before its bracket, is of the one
        own arm the paper names after that electrode ("anode coatings")."""
        words = re.findall(r"[a-z]+", figure.quantity.text.lower())
        before = COUNT_IN_BRACKET_AFTER.search(text, 0, figure.quantity.start)
        sides = {ELECTRODE_SIDES[w] for w in [*words, *([before.group("word").lower()] if before else [])]
                 if w in ELECTRODE_SIDES}
        if len(sides) != 1:
            return ()
        side = sides.pop()
        arms = [key for key, said in self._arm_sides.items() if side in said]
        return (arms[0],) if len(arms) == 1 else ()

    def _side_arm(self, side: str, head: str) -> str:
        """The one own arm named for that electrode with that head noun ("anode coatings" for "anodic
        coating"), or ""."""
        arms = {key for key, said in self._arm_sides.items() if side in said
                and any(re.search(rf"\b{side}s?\s+{re.escape(head.rstrip('s'))}", x.lower()) for x in self._names_of(key))}
        return arms.pop() if len(arms) == 1 else ""

    def _names_of(self, key: str) -> set[str]:
        """Every name the paper gives an own arm: its label, aliases and mentions."""
        arm = self.arms.arms[key]
        return {arm.label, *arm.aliases, *(m.text for names in self.arms.mentions for m in names if m.arm == key)}

    @cached_property
    def _arm_sides(self) -> dict[str, frozenset[str]]:
        """Each own arm → the electrodes its names say it is for, by a modifier ("anode coatings"; "metal
        anodes" is the electrode itself); a name that says both ("anode and cathode coatings", a figure's two
        axis titles read as one) tells neither."""
        sides: dict[str, set[str]] = {a.key: set() for a in self.arms.arms.values() if a.own}
        named = [(a.key, x) for a in self.arms.arms.values() if a.own for x in (a.label, *a.aliases)]
        named += [(m.arm, m.text) for names in self.arms.mentions for m in names if m.arm in sides]
        for key, name in named:
            words = re.findall(r"[a-z]+", name.lower())
            said = {ELECTRODE_SIDES[w] for w in words[:-1] if w in ELECTRODE_SIDES}
            if len(said) == 1:
                sides[key] |= said
        return {key: frozenset(found) for key, found in sides.items()}

    def _before_and_after(self, text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                          names: Sequence[ArmMention]) -> list[tuple[str, ...]]:
        """"The resistance decreased from 350 to 42 Ω after coating", "NGF lowers the overpotential from 41 to
        12 mV": a result that changes from one figure to another through what the paper did (or its design
        did, as the subject of the change) is its control's before and its design's after."""
        out = list(owners)
        ordered = sorted(range(len(figures)), key=lambda i: figures[i].quantity.start)
        for a, b in zip(ordered, ordered[1:], strict=False):
            first, second = figures[a], figures[b]
            gap, lead = text[first.quantity.end:second.quantity.start], text[max(0, first.quantity.start - 20):first.quantity.start]
            started = STARTED_WITH.fullmatch(gap)
            said = started and started.group("said")
            # "from 0.6 mA cm−2 (bare) to 1.8 mA cm−2 (buffered)": a control word alone in brackets is the control
            start_arm = (self._main_control if said and all(has_words("control", w) for w in said.split()) else "") \
                if said else started and next((n.arm for n in names if n.arm in self.arms.arms
                                              and first.quantity.end + started.start("arm") <= n.start
                                              and n.end <= first.quantity.end + started.end("arm")
                                              and self.arms.arms[n.arm].role != Role.DESIGN), "")
            forward = (re.fullmatch(r"\s*to\s*", gap) or start_arm) and re.search(r"\bfrom\s+(?:about\s+|~\s*)?$", lead)
            # "X raises the CE to 99.0% from 97.2%": the after first, then the before
            backward = re.fullmatch(r"\s*from\s*", gap) and re.search(r"\bto\s+(?:about\s+|~\s*)?$", lead)
            if first.prop.iri != second.prop.iri or is_condition(first) or not (forward or backward):
                continue
            design = self._changed_by(text, first.quantity.start, names)
            opener = self._compared_first(text, names) if forward and not OVER_TIME.match(text, second.quantity.end) else ""
            subject = next((n.arm for n in names if n.arm in self.arms.arms and n.end <= first.quantity.start
                            and self.arms.arms[n.arm].role == Role.DESIGN), "") if opener else ""
            if subject and set(owners[b]) <= {subject}:
                out[a], out[b] = (opener,), (subject,)     # "Compared with bare Li, the X electrode … from 48 to 17 mV"
                continue
            # "In X cells, the resistance drops from 1260 Ω cm2 for the bare pellet to 18 Ω cm2": the before said to be
            # the control's, the after is the design's, the one the sentence names if it names one
            named = list(dict.fromkeys(n.arm for n in names if n.arm in self.arms.arms
                                       and self.arms.arms[n.arm].role == Role.DESIGN))
            if forward and start_arm and not design and len(named) <= 1:
                design = named[0] if named else self.arms.main
            done = forward and (_design_done().match(text, second.quantity.end) or _design_done_first().match(text))
            if done and not design:         # "… from 0.38 to 0.57 upon adding TMSB": the design the doing names
                design = next((n.arm for n in names if n.arm in self.arms.arms and done.start() <= n.start
                               and not re.search(r"[,;]", text[done.end():n.start])
                               and self.arms.arms[n.arm].role == Role.DESIGN), "")
            if design or done:
                before, after = (a, b) if forward else (b, a)
                control = start_arm or self._main_control
                out[before], out[after] = ((control,) if control else ("",)), (design or self.arms.main,)
        return _changes_named_once(text, figures, out, names)

    def _versus_the_other(self, k: int, text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                          names: Sequence[ArmMention]) -> list[tuple[str, ...]]:
        """"Both films were 15 μm thick, but the former had a lower resistance (18 vs. 33 Ω cm2)": a figure set
        against another of its property by "vs." where the sentence names one arm of a pair the passage holds
        (the two it listed, or the two "both" spoke of): the second figure is the other arm's. Where the passage
        holds no pair, a design set against the paper's one control ("X raises the retention (88.6% vs. 67.2%)")
        is set against that control, and the control against the one design."""
        named = {n.arm for n in names if n.arm}
        if len(named) == 2:
            return _versus_between_the_two(text, figures, owners, list(dict.fromkeys(n.arm for n in names if n.arm)))
        if len(named) != 1:
            return owners
        arm = next(iter(named))
        spread = self.spread(k, text, self.in_view(k, look_ahead=False))
        pairs = [g for g in [*self.earlier_lists(k), list(spread)] if len(g) == 2 and arm in g]
        other = next((a for a in pairs[0] if a != arm), "") if pairs else self._counterpart(k, arm)
        if not other:
            return owners
        out = list(owners)
        for a, b in _versus_pairs(text, figures):
            if out[a] == out[b] == (arm,):
                out[b] = (other,)
        return out

    def _counterpart(self, k: int, key: str) -> str:
        """The own arm of the other role than ``key``'s (the control of a design, the design of a control) that the
        passage last named, the nearest sentence before ``k`` in its paragraph that names one alone; else the paper's
        only one; "" when neither says."""
        arm = self.arms.arms.get(key)
        if arm is None or arm.role not in (Role.DESIGN, Role.CONTROL):
            return ""

        def others(keys: Iterable[str]) -> list[str]:
            return list(dict.fromkeys(x for x in keys if x in self.arms.arms and self.arms.arms[x].role != arm.role
                                      and self.arms.arms[x].role in (Role.DESIGN, Role.CONTROL)))
        for j in reversed([j for j in self.paper.paragraph(k) if j < k]):
            named = others(n.arm for n in self.arms.mentions[j])
            if named:
                return named[0] if len(named) == 1 else ""
        everyone = others(self.arms.arms)
        return everyone[0] if len(everyone) == 1 else ""

    def _compared_first(self, text: str, names: Sequence[ArmMention]) -> str:
        """The control a sentence opens by comparing with ("Compared with bare Li, …", "Unlike the PP separator,
        …"), or ""."""
        opening = COMPARED_FIRST.match(text)
        first = next((n for n in names if n.arm), None)
        if opening is None or first is None or first.start != opening.end() or \
                first.arm not in self.arms.arms or self.arms.arms[first.arm].role != Role.CONTROL or \
                not re.match(r"\s*(?:[\w-]+\s*){0,2},", text[first.end:]):
            return ""
        return first.arm

    def _changed_by(self, text: str, start: int, names: Sequence[ArmMention]) -> str:
        """The own design that is the subject of a change verb right before "… the X from" ("NGF lowers the
        nucleation overpotential from"), or ""."""
        for name in reversed([n for n in names if n.end <= start and n.arm in self.arms.arms]):
            if self.arms.arms[name.arm].role != Role.DESIGN:
                continue
            if CHANGE_VERB.fullmatch(text[name.end:start]) or \
                    MADE_THE_CHANGE.match(text[:name.start]) and CHANGED_CLAUSE.fullmatch(text[name.end:start]):
                return name.arm
        return ""

    def _with_implied_arms(self, text: str, names: Sequence[ArmMention], k: int = -1) -> tuple[ArmMention, ...]:
        """The sentence's arm mentions, with the controls it names without a control word.

        A cell of bare electrodes set against the design ("… 86% after 300 cycles, compared with 52%
        for Li||NCM811", or "the X||NCM811 cell …, and the Li||NCM811 cell …", the same cell with the design
        in the bare electrode's place) is the paper's control of that electrode: the control made of the metal under
        test, or the one control the paper has, or (when it has none) that cell itself. A cell the sentence then says is made with something
        ("the Li||Cu cell with the PP separator") is named by that, not by its electrodes. And the one
        material a control is made of, written alone ("PP" for "the commercial PP separator"), is that
        control."""
        added = []
        for start, end, metal in plain_stacks(text):
            # a bare cell once set against the design is that control when a later sentence of the results speaks of
            # it alone ("The Li||Li cell also shows …"): the same cell, though nothing there sets it against another
            again = k >= 0 and not self.paper.methods[k] and not any(n.arm for n in names) and \
                self._stacks_set_against.get(_stack_spelling(text[start:end]), k) < k
            if any(n.start < end and start < n.end for n in names) or MADE_WITH.match(text, end) or \
                    not (again or _set_against_here(text, start, end, names) or self._row_set_against(k, start, end)):
                continue
            said = _control_word_before().search(text, 0, start)     # "the bare Cu||NCM811 cell": the bare Cu
            if not self._has_control:
                control = self._control_of(metal) or self._described_arm(f"{said.group(1)} {metal}" if said
                                                                         else text[start:end])
            else:       # controls of other things (a bare host, a foil) than this metal: the bare metal is one more
                control = self._control_of(metal) or ("" if self._controls_made_of(metal) else
                                                      self._described_arm(f"{said.group(1) if said else 'bare'} {metal}"))
            added.append(ArmMention(start, end, control, text[start:end], NameKind.CONTROL))
        for m in _design_reference_regex().finditer(text):
            if free_span((*names, *added), m.start(), m.end()):
                added.append(ArmMention(m.start(), m.end(), self.arms.main, m.group(), NameKind.PHRASE))
        for m in DEMONSTRATIVE.finditer(text):        # "our host", "the new host": the design, by a head noun no other arm has
            head = m.group("head").lower().rstrip("s")
            if head in _head_nouns() and head not in self._other_heads and free_span((*names, *added), m.start(), m.end()):
                added.append(ArmMention(m.start(), m.end(), self.arms.main, m.group(), NameKind.PHRASE))
        for m in SIDE_ADJECTIVE.finditer(text):       # "anodic coating materials": the arm of the "anode coatings"
            arm = self._side_arm(ELECTRODE_SIDES[m.group("side").lower()], m.group("head").lower())
            if arm and free_span((*names, *added), m.start(), m.end()):
                added.append(ArmMention(m.start(), m.end(), arm, m.group(), NameKind.PHRASE))
        for m in WITHOUT_IT.finditer(text):           # "without it, cells short-circuited": the design's absence
            if free_span((*names, *added), m.start(), m.end()):
                added.append(ArmMention(m.start(), m.end(), self._absence, m.group(), NameKind.WITHOUT))
        if (present := self._presence) is not None:
            for m in present.finditer(text):      # "with the additive", where "without the additive" is a control
                if free_span((*names, *added), m.start(), m.end()):
                    added.append(ArmMention(m.start(), m.end(), self.arms.main, m.group(), NameKind.WITH))
        for m in _control_one_regex().finditer(text):
            if m.group().lower().endswith(("counterpart", "counterparts")):
                # "its PP counterpart" is no design made of PP; "its Li5Ag0.5PS5 counterpart" is that arm, by its name
                names = tuple(n for n in names if not (m.start() <= n.start and n.end <= m.end()) or
                              n.arm in self.arms.arms and n.text in self.arms.arms[n.arm].aliases)
            if free_span((*names, *added), m.start(), m.end()):
                # a paper that never names its control ("whereas the control cell fails after 180 h"): that control,
                # by the name the passage gave it with the same control word ("a pristine Cu foil … the pristine
                # one"), else by what the sentence calls it, rather than the design the sentence also names
                control = self._main_control or self._control_said_before(k, m.group()) or \
                    self._described_arm(re.sub(r"^(?:the|its|their)\s+", "", m.group(), flags=re.I))
                added.append(ArmMention(m.start(), m.end(), control, m.group(), NameKind.CONTROL))
        for material, key in self._control_materials.items():
            for m in re.finditer(rf"(?<![\w@/|-]){re.escape(material)}(?![\w@/|-])", text):
                if free_span((*names, *added), m.start(), m.end()):
                    added.append(ArmMention(m.start(), m.end(), key, m.group(), NameKind.CONTROL))
        return _joined(names, added)

    def _row_set_against(self, k: int, start: int, end: int) -> bool:
        """A table row named by a cell of bare electrodes ("Li||Li") where another row of its table names the same cell
        with an arm in place of an electrode ("PL-Li||PL-Li"): the two rows set the cells against each other."""
        sentence = self.paper.sentences[k] if k >= 0 else None
        if sentence is None or sentence.kind != BlockKind.TABLE or start != 0:
            return False
        parts = re.split(rf"\s*{STACK_BAR}\s*", sentence.text[start:end])
        return any(_arm_in_an_electrodes_place(parts, s.text, self.arms.mentions[j])
                   for j, s in enumerate(self.paper.sentences) if j != k and s.block == sentence.block)

    @cached_property
    def _stacks_set_against(self) -> dict[str, int]:
        """Each cell of bare electrodes ("Li||Li") the results set against the design → the first sentence that does."""
        found: dict[str, int] = {}
        for j, sentence in enumerate(self.paper.sentences):
            if not self.paper.methods[j]:
                for start, end, _ in plain_stacks(sentence.text):
                    if _set_against_here(sentence.text, start, end, self.arms.mentions[j]):
                        found.setdefault(_stack_spelling(sentence.text[start:end]), j)
        return found

    def _control_said_before(self, k: int, said: str) -> str:
        """The structure the passage up to sentence ``k`` named with the control word of ``said`` ("the pristine
        one" after "a pristine Cu foil"), as one described in passing; "" when it named none, or several."""
        words = {w.lower() for w in said.split() if has_words("control", w)}
        if k < 0 or not words:
            return ""
        for j in [k, *self._back(k)]:
            named = {phrase.text for phrase in self.paper.mentions[j].phrases
                     if (first := re.sub(r"^(?:the|a|an)\s+", "", phrase.text, flags=re.I).split()[:1])
                     and first[0].lower() in words and len(phrase.text.split()) > 1 and phrase.text not in said}
            if named:
                return self._described_arm(re.sub(r"^(?:the|a|an)\s+", "", named.pop(), flags=re.I)) \
                    if len(named) == 1 else ""
        return ""

    def _with_materials(self, k: int, names: Sequence[ArmMention], figures: Sequence[Figure] = ()) -> Sequence[ArmMention]:
        """A material written alone ("those of MXene (~35 mV)") that the paper writes as the name of one of
        its arms ("MXene", "MXene-Li", "MXene electrode") or that the arm alone is made of ("65 mV on Cu" for
        "planar Cu foil") stands for that arm; any other material with a figure in brackets after it ("and Cu
        (~61 mV)"), or that a figure is said of beside one said of an arm ("−0.11 eV on PP and −0.73 eV on ceramic
        particles"), holds that figure, which is then none of the arms'."""
        text = self.paper.sentences[k].text
        figure_ends = [q.end for q in self.paper.mentions[k].quantities] + [f.quantity.end for f in figures]

        def said_of(start: int) -> bool:                # "0.32 for Celgard": the figure is said of what follows
            return any(end <= start and SAID_OF.fullmatch(text[end:start]) for end in figure_ends)
        added = []
        for m in self.paper.mentions[k].materials:
            # "higher than that of PP (0.47 mS cm−1)": the arm compared with, its figure in brackets
            compared = COMPARATIVE.search(text, 0, m.start) and BRACKETED_FIGURE.match(text, m.end)
            alone = WRITTEN_ALONE.match(text, m.end) or _opens_clause(text, m.start, m.end) or \
                verb_follows(text[m.end:]) or said_of(m.start) or compared
            canonical = materials_in(m.text)
            made = self._arm_made.get(m.text) or (self._arm_made.get(next(iter(canonical))) if len(canonical) == 1 else None)
            arm = self._arm_named.get(m.text) or (made if alone else None)
            # "…, versus 58 mV on graphene": the figure a comparison sets against the arm's is the material's
            if (arm or BRACKETED_FIGURE.match(text, m.end) or COMPARED_FIGURE.search(text[:m.start])) and \
                    free_span((*names, *added), m.start, m.end):
                added.append(ArmMention(m.start, m.end, arm or "", m.text, NameKind.PHRASE))
        def of_property(m: Mention) -> bool:           # "320% of electrolyte": what its property is of, no thing
            return any(f.quantity.end <= m.start and SAID_OF.fullmatch(text[f.quantity.end:m.start])
                       and m.text.lower() in f.prop.label.lower().split() for f in figures)
        if any(n.arm and said_of(n.start) for n in (*names, *added)):      # "−0.11 eV on PP and …"
            for m in (*self.paper.mentions[k].materials, *self.paper.mentions[k].phrases):
                if said_of(m.start) and not of_property(m) and free_span((*names, *added), m.start, m.end):
                    added.append(ArmMention(m.start, m.end, "", m.text, NameKind.PHRASE))
        return self._with_shortened_names(k, _joined(names, added))

    def _with_the_designs_parts(self, k: int, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"The Mo2N particles are anchored on the CNT walls": a sentence that names, outside any arm's name, what only
        the main design holds (the Mo2N its name has and the plain CNT sponge lacks), and names the design no other
        way, speaks of the design, so the base material it names there ("CNT") is the design's, not the control
        made of it."""
        main = self.arms.arms.get(self.arms.main)
        text = self.paper.sentences[k].text
        # (a sentence that compares, "… against 45 µm for the undoped alloy", sets the control against the design)
        if main is None or main.role != Role.DESIGN or any(n.arm == self.arms.main for n in names) or \
                has_words("comparison", text):
            return names
        outside = "".join(" " if any(n.start <= i < n.end for n in names) else c for i, c in enumerate(text))
        said = _made_of(outside)

        def of_the_design(n: ArmMention) -> bool:
            control = self.arms.arms.get(n.arm)
            if control is None or control.role != Role.CONTROL or not materials_in(n.text) or has_words("control", n.text):
                return False
            own = _made_of(" ".join([main.label, *main.aliases])) - _made_of(" ".join([control.label, *control.aliases]))
            return bool(own & said)
        return tuple(replace(n, arm=self.arms.main) if of_the_design(n) else n for n in names)

    def _with_shortened_names(self, k: int, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"Silver- and gold-decorated carbon hosts" in the title, "the gold-decorated host kept 98.1%" in the text: a
        design phrase the name finder read as no arm, whose words (two or more, its head noun last) are all words of
        the name of exactly one own arm that ends in the same head, is that arm named short."""
        added = []
        for phrase in self.paper.mentions[k].phrases:
            words = _words_of(phrase.text)
            if len(words) < 2 or not free_span(names, phrase.start, phrase.end) or words[-1] not in _head_nouns():
                continue
            owners = {key for key, said in self._arm_words.items()
                      if any(w[-1] == words[-1] and set(words) <= set(w) for w in said)}
            if len(owners) == 1:
                added.append(ArmMention(phrase.start, phrase.end, owners.pop(), phrase.text, NameKind.PHRASE))
        return _joined(names, added)

    @cached_property
    def _arm_words(self) -> dict[str, list[tuple[str, ...]]]:
        """Each own arm → the words of each of its names (see _words_of)."""
        return {a.key: [_words_of(x) for x in (a.label, *a.aliases)] for a in self.arms.arms.values() if a.own}

    @cached_property
    def _arm_made(self) -> dict[str, str]:
        """The one thing an own arm is made of → that arm ("Cu" for "planar Cu foil"), where no other arm is
        made of it alone."""
        arms: dict[str, set[str]] = {}
        for arm in self.arms.arms.values():
            made, _ = key_parts(name_key(arm.label, self.arms.glossary))
            if arm.own and len(made) == 1:
                arms.setdefault(next(iter(made)), set()).add(arm.key)
        return {thing: next(iter(keys)) for thing, keys in arms.items() if len(keys) == 1}

    @cached_property
    def _arm_named(self) -> dict[str, str]:
        """Surface → arm, for the surfaces that name exactly one of the paper's own arms."""
        arms: dict[str, set[str]] = {}
        for arm in self.arms.arms.values():
            if arm.own:
                for alias in arm.aliases:
                    arms.setdefault(alias, set()).add(arm.key)
        return {alias: next(iter(keys)) for alias, keys in arms.items() if len(keys) == 1}

    def _with_anaphora(self, k: int, text: str, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"the former" / "the latter": the first / last of the two arms the passage listed last (or the two "both"
        spoke of earlier in the sentence: "Both films were 15 μm thick, but the former …"); a sentence
        that opens on "its" ("Its hysteresis was 21 mV, half that of B (44 mV)"): the arm the sentence before
        was about, the first it named. "The latter two" and the like: see _counted_anaphora."""
        added = self._counted_anaphora(k, text, names)
        both = self.spread(k, text, self.in_view(k, look_ahead=False)) if BOTH.search(text) else ()
        pairs = _pair_named_before(text, names) or self._pair_named_last(k) or \
            [g for g in self.earlier_lists(k) if len(g) == 2] or ([list(both)] if len(both) == 2 else [])
        if pairs and not added:     # beside a count, "the former" is what the count left (added with it)
            added = [ArmMention(m.start(), m.end(), pairs[0][0] if m.group(1).lower() == "former" else pairs[0][1],
                                m.group(), NameKind.PHRASE)
                     for m in ANAPHORA.finditer(text) if free_span(names, m.start(), m.end())]
        opening = POSSESSIVE_OPENING.match(text) or self._subject_it(text, names)
        # "Its bare-Li counterpart falls …": the possessive opens a name of its own, not the thing before
        if opening and free_span(names, opening.start(1), opening.end(1)) and \
                (about := self._about(k - 1, self.paper.paragraph(k))):
            added.append(ArmMention(opening.start(1), opening.end(1), about, opening.group(1), NameKind.PHRASE))
        return _joined(names, added) if added else names

    def _pair_named_last(self, k: int) -> list[list[str]]:
        """"At 1 mA cm−2, A keeps 98% …, while B falls below 90% …. At 3 mA cm−2, the former …, whereas the latter …":
        the two arms the nearest sentence before that names any named, listed or each in a clause of its own, are the
        pair "the former" and "the latter" count; [] when that sentence names one arm, or more than two."""
        for j in self._back(k):
            named = list(dict.fromkeys(n.arm for n in self._own_named(j) if n.arm))
            if named:
                return [named] if len(named) == 2 else []
        return []

    @staticmethod
    def _subject_it(text: str, names: Sequence[ArmMention]) -> re.Match[str] | None:
        """"The X host is paired with a sulfur cathode. After 150 cycles it retains 81%, against 56% for Y": the
        first "it" of a sentence that names no arm before it stands for what the sentence before was about."""
        found = SUBJECT_IT.search(text)
        if found is None or any(n.arm and n.start < found.start() for n in names):
            return None
        return found

    def _counted_anaphora(self, k: int, text: str, names: Sequence[ArmMention]) -> list[ArmMention]:
        """"A, B and C were cycled … The latter two retained 92% and 95%, whereas the former retained 54%": a
        count at one end of the nearest longer list the passage named stands for those arms, listed (one mention
        per arm, on the same words, so the figures after pair with them in order); a plain "the former" / "the
        latter" beside it is the one arm the count left. None when the sentence counts no arms so, or no list
        before is long enough."""
        found = [m for m in COUNTED_ANAPHORA.finditer(text) if free_span(names, m.start(), m.end())]
        if len(found) != 1:
            return []
        m = found[0]
        n = COUNTS[m.group("count")]
        longer = [g for g in self.earlier_lists(k) if len(g) > n]
        if not longer:
            return []
        listed = longer[0]
        chosen = listed[-n:] if m.group("end") in ("latter", "last") else listed[:n]
        added = [ArmMention(m.start(), m.end(), arm, m.group(), NameKind.PHRASE) for arm in chosen]
        left = [a for a in listed if a not in chosen]
        if len(left) == 1:
            added += [ArmMention(o.start(), o.end(), left[0], o.group(), NameKind.PHRASE)
                      for o in ANAPHORA.finditer(text) if free_span([*names, *added], o.start(), o.end())]
        return added

    def _about(self, k: int, paragraph: range) -> str:
        """The arm sentence ``k`` of the paragraph is about: the first it names, or, when it opens on "its", the
        arm the sentence before it is about; "" when none."""
        if k not in paragraph:
            return ""
        if POSSESSIVE_OPENING.match(self.paper.sentences[k].text):
            return self._about(k - 1, paragraph)
        named = self._own_named(k)
        return named[0].arm if named else ""

    def _with_demonstratives(self, k: int, text: str, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"this composite electrode", "these coated foils": a demonstrative points back to the thing last named
        by those words, in the sentence or the passage before, whatever else the passage is about: that arm, or,
        when that thing is none of the arms (a sample made only to compare with), a structure of its own. With
        nothing before to point to (an abstract's second sentence), it is the one own arm named so, if one is;
        else it is left to the other rules."""
        added = []
        for phrase in self.paper.mentions[k].phrases:
            pointer = DEMONSTRATIVE_BEFORE.search(text, 0, phrase.start)
            if not pointer or not free_span(names, phrase.start, phrase.end) \
                    or singular(phrase.head.lower()) not in _head_nouns() or \
                    pointer["article"] and (" " in phrase.text or singular(phrase.head) != phrase.head) or \
                    _named_in_brackets(text, phrase, names):
                continue
            words = _words_of(phrase.text)
            found = self._last_named_as(k, phrase.start, words, names)
            if isinstance(found, Mention):
                found = self._described_arm(found.text)
            elif found is None:             # named nowhere before: the one own arm that goes by those words
                found = self._only_arm_named(words) or (self._titled_design(words) if pointer["article"] else None)
            if not pointer["article"] and self._pointed_past_its_control_word(found, words):
                found = self.arms.main      # "this alloy" after "the undoped alloy": the paper's alloy, not the undoped
            if found:
                added.append(ArmMention(phrase.start, phrase.end, found, phrase.text, NameKind.PHRASE))
        return _joined(names, added)

    def _with_counterparts(self, k: int, text: str, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"the silver mesh electrode cycles far longer than the untreated silver mesh": beside a control the sentence
        names by its control word, a definite phrase of the control's other words without that word (an electrode's
        generic head noun aside) is the thing the control is set against, the paper's own design that goes by those
        words; a paper that never gives its design a short form names it so mid-sentence, not only by "this" or an
        opening "The"."""
        controls = [_core_words(n.text) for n in names if n.arm in self.arms.arms and self.arms.arms[n.arm].own
                    and self.arms.arms[n.arm].role == Role.CONTROL and has_words("control", n.text)]
        if not any(controls):
            return names
        added = []
        for phrase in self.paper.mentions[k].phrases:
            core = _core_words(phrase.text)
            if not core or not BARE_DEFINITE.search(text, 0, phrase.start) or has_words("control", phrase.text) \
                    or not free_span(names, phrase.start, phrase.end) \
                    or not any(control and set(control) <= set(core) for control in controls):
                continue
            if design := self._own_design_named_by(core):
                added.append(ArmMention(phrase.start, phrase.end, design, phrase.text, NameKind.PHRASE))
        return _joined(names, added)

    def _own_design_named_by(self, words: Sequence[str]) -> str:
        """The own design one of whose names holds all of ``words`` and no control word: the main design when it
        does, else the one design that does; "" when none or several do."""
        keys = [a.key for a in self.arms.arms.values() if a.own and a.role == Role.DESIGN
                and any(set(words) <= set(_words_of(x)) and not has_words("control", x) for x in (a.label, *a.aliases))]
        return self.arms.main if self.arms.main in keys else keys[0] if len(keys) == 1 else ""

    def _pointed_past_its_control_word(self, found: str | None, words: Sequence[str]) -> bool:
        """Whether "this X" was taken for a control the paper names with its control word ("the undoped alloy") while
        the main design goes by X too: a pointer without that word speaks of the paper's own X."""
        arm = self.arms.arms.get(found) if found else None
        main = self.arms.arms.get(self.arms.main)
        return arm is not None and main is not None and arm.role == Role.CONTROL and has_words("control", arm.label) \
            and set(words) <= set(_words_of(main.label))

    def _with_treated_objects(self, k: int, text: str, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"We decorate a nickel mesh with gold seeds. Lithium then fills the mesh …": once the paper has treated a
        thing, "the mesh" (the article and its head noun alone, opening the sentence too) is the treated product, the main design, not the
        plain thing a control of the same head noun is; a name with a word of its own ("the bare mesh") is left to
        the name finder. The thing last named by that head noun before, in the sentence or its passage, must be the
        object of a verb of treating, with "with" after it in its clause."""
        if not (design := self._own_design):
            return names
        added = []
        for phrase in self.paper.mentions[k].phrases:
            if " " in phrase.text or not BARE_DEFINITE.search(text, 0, phrase.start) or \
                    not free_span(names, phrase.start, phrase.end):
                continue
            if self._treated_last(k, phrase.start, phrase.text.lower()):
                added.append(ArmMention(phrase.start, phrase.end, design, phrase.text, NameKind.PHRASE))
        return _joined(names, added)

    def _with_layered_objects(self, text: str, names: tuple[ArmMention, ...]) -> tuple[ArmMention, ...]:
        """"A 30 nm Li3PO4 layer makes Li6PS5Cl stable: its CCD rises to …": the plain thing a layer makes into
        another is, in that clause, the layered product (the main design), not the control that names it alone."""
        if not (design := self._own_design):
            return names
        return tuple(replace(n, arm=design) if n.arm and n.arm != design and made_so_by_a_layer(text, n.start) else n
                     for n in names)

    @cached_property
    def _own_design(self) -> str:
        """The main arm when it is the paper's own design (what "the mesh" it treated, "The coating" or the layer it
        laid on stand for), else ""."""
        main = self.arms.arms.get(self.arms.main)
        return main.key if main is not None and main.own and main.role == Role.DESIGN else ""

    def _treated_last(self, k: int, before: int, head: str) -> bool:
        """Whether the thing last named with the head noun ``head`` before ``before`` in sentence ``k`` (else in its
        passage before), other than by the head noun alone, is the object of a verb of treating ("We coat a copper
        foam with …", "A copper foam was coated with …")."""
        for j, end in [(k, before), *((j, len(self.paper.sentences[j].text)) for j in self._back(k))]:
            said = self.paper.sentences[j].text
            for phrase in sorted(self.paper.mentions[j].phrases, key=lambda m: m.start, reverse=True):
                if phrase.end > end or phrase.text.lower().split()[-1] != head:
                    continue
                if " " not in phrase.text and BARE_DEFINITE.search(said, 0, phrase.start):
                    continue            # "the mesh" again: the same thing as the name before it
                return treated_thing(said, phrase.start, phrase.end)
        return False

    def _last_named_as(self, k: int, before: int, words: tuple[str, ...], names: Sequence[ArmMention]
                       ) -> str | Mention | None:
        """The arm last named by a name ending in ``words`` (in sentence ``k``, whose arm mentions are ``names``,
        before ``before``, else in the sentences of its passage before), or the phrase that named it when it is
        no arm; None when nothing was."""
        for j, end in [(k, before), *((j, len(self.paper.sentences[j].text)) for j in self._back(k))]:
            if j != k and self.paper.sentences[j].citations and not self.arms.own(j):
                continue        # "… but most coatings are thick.[6] … The coating raises …": others' work, not ours
            named = [n for n in (names if j == k else self._own_named(j)) if n.arm and n.end <= end]
            phrases = [m for m in self.paper.mentions[j].phrases if m.end <= end]
            candidates = sorted([*((n.start, n.end, n.text, None) for n in named),
                                 *((m.start, m.end, m.text, m) for m in phrases)], key=lambda c: c[:2], reverse=True)
            for start, stop, said, phrase in candidates:
                if _words_of(said)[-len(words):] == words:
                    owner = next((n.arm for n in named if n.start < stop and start < n.end), "")
                    # "GDI-Li carries a 180-nm-thick layer. The layer …": a bare head noun with no name of its own
                    # is a part of the one own arm its sentence names, not a thing apart
                    own = list(dict.fromkeys(n.arm for n in named if self.arms.is_own(n.arm)))
                    if not owner and " " not in said and len(own) == 1:
                        return own[0]
                    return owner or phrase
        return None

    def _only_arm_named(self, words: tuple[str, ...]) -> str | None:
        """The paper's one own arm with a name ending in ``words`` ("the rGO composite electrode" for "this
        composite electrode"), or None when none or several are."""
        keys = [a.key for a in self.arms.arms.values() if a.own
                and any(_words_of(x)[-len(words):] == words for x in (a.label, *a.aliases))]
        return keys[0] if len(keys) == 1 else None

    def _titled_design(self, words: tuple[str, ...]) -> str | None:
        """"Hybrid layer of … for lithium anodes" in the title, the design named in the text only by a code ("…
        (SBF@Li)"): "The layer" opening a sentence is the paper's main design, the thing its title and abstract
        speak of by that head noun; None when they do not, or the main design is none of the paper's own."""
        framing = [(self.paper.document.meta.title, self.paper.title),
                   *((s.text, self.paper.mentions[k]) for k, s in enumerate(self.paper.sentences)
                     if s.kind == BlockKind.ABSTRACT)]
        # not a thing the design is used in or for ("protects lithium in lean electrolyte", "… for lean-electrolyte
        # batteries"): "The electrolyte" is then the test's, not the design
        said = any(_words_of(p.text)[-len(words):] == words and not SETTING_BEFORE.search(text, 0, p.start)
                   for text, m in framing for p in m.phrases)
        # "We coat a PP separator with WS2 nanosheets (WS-PP). The coating evens out …": the layer the paper's own
        # treating lays on is the design, though the abstract never names it by that head noun
        laid = len(words) == 1 and words[0] in lexicon_words("layer_heads") and \
            any(own_voice(text) and has_words("treatment_verbs", text) for text, _ in framing)
        return self._own_design if (said or laid) and self._own_design else None

    def _described_arm(self, name: str) -> str:
        """The key of a structure the paper describes and measures in passing, by the name it was introduced with."""
        key = f"own-{slug(name)}"
        if key not in self.arms.arms and key not in self._described:
            self._described[key] = Arm(key=key, label=name, aliases=(name,), role=Role.CONTROL, score=0,
                                       evidence=("described",))
        return key

    @cached_property
    def _other_heads(self) -> frozenset[str]:
        """The head nouns the paper's other own arms are named with: "this felt" beside a "bare carbon felt"
        may be either, "this host" only the design."""
        return frozenset(w.rstrip("s") for a in self.arms.arms.values() if a.own and a.key != self.arms.main
                         for x in (a.label, *a.aliases) for w in re.findall(r"[a-z]+", fold(x))[-1:])

    @cached_property
    def _absence(self) -> str:
        """The arm that lacks the design: the paper's "without X" control, else its main control, else none
        (a figure said of "it" missing is then no one's, never the design's)."""
        without = [a.key for a in self.arms.arms.values() if a.role == Role.CONTROL
                   and any(x.lower().startswith(("without ", "w/o ")) for x in (a.label, *a.aliases))]
        return without[0] if len(without) == 1 else self._main_control

    @cached_property
    def _presence(self) -> re.Pattern[str] | None:
        """"with the additive": what a "without the additive" control lacks, said as present, is the main design
        that has it (None when the paper has no such control, or its main arm is no design)."""
        lacked = {m.group(1).lower() for a in self.arms.arms.values() if a.role == Role.CONTROL
                  for x in (a.label, *a.aliases) if (m := LACKING.fullmatch(x))}
        main = self.arms.arms.get(self.arms.main)
        if not lacked or main is None or main.role != Role.DESIGN:
            return None
        return re.compile(rf"(?<![\w-])with\s+(?:the\s+|an?\s+)?(?:{'|'.join(map(re.escape, sorted(lacked)))})(?![\w-])",
                          re.I)

    @cached_property
    def _main_control(self) -> str:
        """The control the paper names most, or "" when it has none."""
        counts = Counter(m.arm for ms in self.arms.mentions for m in ms
                         if m.arm in self.arms.arms and self.arms.arms[m.arm].role == Role.CONTROL)
        return counts.most_common(1)[0][0] if counts else ""

    @cached_property
    def _control_materials(self) -> dict[str, str]:
        """Short material names each of which one control alone is made of ("PP" of "commercial PP
        separator"), and that no design is named by."""
        found: dict[str, list[str]] = {}
        for arm in self.arms.arms.values():
            if arm.role == Role.CONTROL:
                for word in {w for x in (arm.label, *arm.aliases) for w in x.split()}:
                    if ACRONYM_MATERIAL.fullmatch(word) and word not in ELEMENTS and word not in self.arms.glossary:
                        found.setdefault(word, []).append(arm.key)
        return {word: keys[0] for word, keys in found.items() if len(set(keys)) == 1}

    @cached_property
    def _has_control(self) -> bool:
        """Whether the paper names any control arm: where it names none, the cell of bare electrodes it sets its
        design against ("far longer than Li||Li cells (120 h)") is its control, by that name."""
        return any(a.role == Role.CONTROL for a in self.arms.arms.values())

    def _control_of(self, metal: str) -> str:
        """The control arm made of ``metal`` ("bare Li foil" for Li), the paper's only control, or "" (none
        of its arms: the figure is then no one's rather than the design's)."""
        controls = [a for a in self.arms.arms.values() if a.role == Role.CONTROL]
        chosen = self._controls_made_of(metal) or controls
        return chosen[0].key if len(chosen) == 1 else ""

    def _controls_made_of(self, metal: str) -> list[Arm]:
        """The controls named by ``metal``: "bare Li", "Cu foil", "Li@Cu" (lithium on copper) for Cu, not for Li;
        nor is "NM@Li" (lithium held in a bare mesh) a control made of lithium."""
        held = "@" if metal == LITHIUM else ""
        return [a for a in self.arms.arms.values() if a.role == Role.CONTROL and
                any(re.search(rf"(?<![\w{held}-]){re.escape(metal)}(?![\w@-])", x) for x in (a.label, *a.aliases))]

    def _own(self, figure: Figure, arm: Arm) -> Measurement:
        draft = self.drafts.get(arm.key)
        if draft is None:
            passage = " ".join(self.paper.sentences[k].text for k in self._describing(arm))
            draft = Draft(key=arm.key, label=arm.label, passage=passage, own=True, framing=self.framing)
            draft.materials |= materials_in(" ".join([arm.label, *arm.aliases]))
            draft.mentions.extend(arm.aliases or [arm.label])
            self.drafts[arm.key] = draft
        return measurement(self.paper, figure, arm.key, ())

    @cached_property
    def framing(self) -> Classification | None:
        """The class the paper frames its own designs and controls in: read from its title, abstract
        and main design, so a control is classed with the design it is compared with (a bare
        polypropylene separator in a paper about coated separators is a functional separator)."""
        main = self.arms.arms[self.arms.main]
        abstract = " ".join(s.text for s in self.paper.sentences if s.kind == BlockKind.ABSTRACT)
        bases = [x for a in self.arms.arms.values() if a.own and a.key != main.key for x in (a.label, *a.aliases)]
        found = classify((), f"{self.paper.document.meta.title}. {abstract}", main.label,
                         addition=classify_addition((main.label, *main.aliases), bases))
        if found is None:
            return None
        return replace(found, evidence=f"the paper's framing: {found.evidence}")

    def _describing(self, arm: Arm) -> list[int]:
        """The first sentences that name the arm (its definition and abstract come first in a paper):
        the passage its class is read from."""
        ks = [k for k, names in enumerate(self.arms.mentions) if any(m.arm == arm.key for m in names)]
        return ks[:3]

    def _row_work(self, k: int) -> tuple[int, ...]:
        """The work a table row cites ("Etched nickel sheet | 96.8 | 12" under "… | Ref."), when its first cell
        names a design; () for any other sentence."""
        sentence = self.paper.sentences[k]
        cited = sentence.cited_numbers if self._row_label(k) else ()
        return cited if 0 < len(cited) < GENERIC_MARKER else ()

    def _own_row(self, k: int) -> bool:
        """A table row that sets the paper's own result among others' ("This work", "Present study (ours)"): the
        row is the main design's, whatever the rows above it named."""
        return bool(OWN_ROW.fullmatch(row_name(self.paper.sentences[k]) or ""))

    def _row_label(self, k: int) -> str:
        """The design a table row names in its first cell, or "". The column says what each row is, so there a
        salt or a solvent named alone ("LiNO3" under "Additive") names the design, as in running text it does not."""
        row = row_name(self.paper.sentences[k])
        return row if row and (can_name_structure(row, self.arms.glossary) or ingredient(row)
                               or materials_in(row)) else ""

    def _passage_of(self, k: int) -> str:
        """The text a cited design of sentence ``k`` is classed by: the sentence, and for a table row the heading
        of the column its name is in, which says what kind of thing each row is ("KPF6" under "Additive")."""
        sentence = self.paper.sentences[k]
        if not row_name(sentence):
            return sentence.text
        block = next((b for b in self.paper.document.blocks if b.order == sentence.block), None)
        heading = row_heading(block) if block is not None else ""
        return f"{heading}: {sentence.text}" if heading else sentence.text

    def _reported_after(self, k: int, figure: Figure) -> tuple[int, ...] | None:
        """The works a figure is said to be reported for ("the 97.9% reported for a carbon host[7]", "the 700 h
        achieved with a ZnO coating[15]"): the marker that closes the words that report it, or None."""
        sentence = self.paper.sentences[k]
        said = REPORTED_FOR.match(sentence.text, figure.quantity.end) or self._reported_alike(k, figure) or \
            (ELIDED_REPORT_FOR.match(sentence.text, figure.quantity.end)
             if SURPASSED_BEFORE.search(sentence.text, 0, figure.quantity.start) else None)
        marker = next((m for m in sentence.citations if m.start >= figure.quantity.end), None)
        # "the 800 h reported for Li–Al (10 at%) [5]": a share in brackets is part of the work's name, no aside
        named = re.sub(r"\(\s*\d[^()]*\)", "", sentence.text[said.end():marker.start]) if said and marker else ""
        if said is None or marker is None or re.search(r"[,;()]", named) or marker.start - said.end() > 60:
            return None
        return marker.numbers

    def _reported_alike(self, k: int, figure: Figure) -> re.Match[str] | None:
        """"… higher than the 98.1% reported for a Ag-coated foam [12] and the 97.6% of a ZnO-coated cloth [15]": a
        figure joined to one the sentence said was reported, its verb left out ("and the N of|for X"), is reported
        too; the words after it up to the work's name, else None."""
        text = self.paper.sentences[k].text
        joined = ELIDED_REPORT_JOIN.search(text, 0, figure.quantity.start)
        if joined is None:
            return None
        earlier = [f for f in self._figures_of.get(k, ()) if f.quantity.end <= joined.start()]
        if not any(REPORTED_FOR.match(text, f.quantity.end) for f in earlier):
            return None
        return ELIDED_REPORT_FOR.match(text, figure.quantity.end)

    def _cited_for(self, k: int, figure: Figure) -> tuple[int, ...]:
        """The works a figure of a sentence that also speaks of the paper's own arms is cited for: the first
        marker after it ("… Cu nanowires (97.3%, 200 cycles)[25] and graphene foam (98.4%)[26]"), or the marker
        set after the work's name in the figure's own clause (``_marker_of_its_clause``), else every work the
        sentence cites."""
        markers = self.paper.sentences[k].citations
        if (named := self._marker_of_its_clause(k, figure)) is not None:
            return named.numbers
        after = [m for m in markers if m.start >= figure.quantity.end]
        return after[0].numbers if after else self.paper.sentences[k].cited_numbers

    def _cited_in_its_clause(self, k: int, figure: Figure, names: Sequence[ArmMention]) -> tuple[int, ...] | None:
        """"X lasts 900 h; Y [4], 520 h" ("red: X, 900 h; black: Y [4], 520 h" in a caption's legend): a result in a
        clause of its own that names a cited work by its marker, and none of the paper's own arms, is that work's,
        not the arm of the clause before it goes on about; None when the clause is not so."""
        if (marker := self._marker_of_its_clause(k, figure)) is None:
            return None
        text = self.paper.sentences[k].text
        start, end = next(((a, b) for a, b in clauses(text) if a <= figure.quantity.start < b), (0, len(text)))
        if not start <= marker.start < end or \
                any(n.arm and self.arms.is_own(n.arm) for n in names if start <= n.start < end):
            return None
        return marker.numbers

    def _marker_after(self, k: int, key: str, names: Sequence[ArmMention]) -> tuple[int, ...]:
        """The works of the marker set right after the sentence's name of a cited thing ("an Ag-MXene film [14]"), for
        a figure the sentence gives several cited things at once; () when no marker follows its name."""
        text = self.paper.sentences[k].text
        for name in (n for n in names if n.arm == key):
            marker = next((m for m in self.paper.sentences[k].citations if m.start >= name.end), None)
            if marker is not None and not text[name.end:marker.start].strip(" ,()"):
                return tuple(marker.numbers)
        return ()

    def _marker_of_its_clause(self, k: int, figure: Figure) -> CitationMarker | None:
        """A marker set right after a work's name, in the figure's own clause, where the next marker stands past a
        clause break: "the earlier QRT host [23] kept 97.8% for 300 cycles, and a ZLK framework reached 98.1% [24]"
        (the 300 cycles are the QRT host's). None when the figure's marker is the one after it."""
        text, markers = self.paper.sentences[k].text, self.paper.sentences[k].citations
        before = [m for m in markers if m.start <= figure.quantity.start]
        after = [m for m in markers if m.start >= figure.quantity.end]
        if before and not CLAUSE_BREAK.search(text, before[-1].start, figure.quantity.start) and \
                (not after or CLAUSE_BREAK.search(text, figure.quantity.end, after[0].start)):
            return before[-1]
        return None

    def _whole_name(self, phrase: Mention, k: int) -> str:
        """The phrase as the sentence names the thing in full: the name that holds it ("4 M LiFSI in DME
        electrolyte" for the phrase "DME electrolyte"), else the phrase."""
        text = self.paper.sentences[k].text
        holding = [n for n in sentence_names(text, self.paper.mentions[k], self.arms.glossary)
                   if n.start <= phrase.start and phrase.end <= n.end and n.end - n.start > phrase.end - phrase.start]
        return max(holding, key=lambda n: n.end - n.start).text if holding else phrase.text

    def _cited_span(self, k: int, figure: Figure, names: Sequence[ArmMention]) -> tuple[int, int]:
        """Where the sentence names the cited work of a figure: from the marker before it (or the last own
        arm named before it) to the figure's own marker."""
        text, markers = self.paper.sentences[k].text, self.paper.sentences[k].citations
        if (named := self._marker_of_its_clause(k, figure)) is not None:     # the name stands in the figure's clause
            return max([m.start for m in markers if m.start < named.start] + [0]), figure.quantity.start
        end = next((m.start for m in markers if m.start >= figure.quantity.end), len(text))
        start = max([m.start for m in markers if m.start <= figure.quantity.start] +
                    [n.end for n in names if n.arm in self.arms.arms and self.arms.is_own(n.arm)
                     and n.end <= figure.quantity.start] + [0])
        return _made_into(text, start, figure), end

    def _defined_before(self, figure: Figure, span: tuple[int, int | None]) -> str:
        """"Fluoroethylene carbonate (FEC) raised the Coulombic efficiency to 97.1% [7]": a substance the sentence
        defines a short form for before the figure, within ``span``, names what the cited work used though no design
        noun heads it (an additive, a salt); an element ("Sulfur (S) offers …") is the field's background."""
        end = figure.quantity.start if span[1] is None else min(span[1], figure.quantity.start)
        return next((f"{m.text} ({m.label})" for m in self.paper.mentions[figure.sentence].abbreviations
                     if span[0] <= m.start and m.end <= end and not is_element(m.label) and not is_element(m.text)), "")

    def _compound_named(self, figure: Figure, span: tuple[int, int | None]) -> str:
        """"the 800 h reported for Li–Sr (8 at%) [5]": a compound the sentence names within ``span``, none of the
        paper's arms and headed by no design noun (an alloy by its composition), names what the cited work made."""
        end = len(self.paper.sentences[figure.sentence].text) if span[1] is None else span[1]
        return next((m.text for m in self.arms.mentions[figure.sentence]
                     if not m.arm and m.kind == NameKind.COMPOUND and span[0] <= m.start and m.end <= end), "")

    def _cited(self, figure: Figure, cited: tuple[int, ...], span: tuple[int, int | None] = (0, None),
               carried: bool = False) -> Measurement | None:
        """The figure on the cited work's design, named in ``span`` of the sentence (or, when the sentence goes
        on about the work the sentence before cites, named there); None when no design of it is named
        ("Sulfur offers a high capacity and 2.1 V [1]" is the field's background)."""
        key = f"ref-{cited[0]}"
        if key not in self.drafts:
            # "Rubbery films bend: a polyester-based layer reached …[12]": the phrase that names a design,
            # though a plain class of things before it scores as high
            made = _made_into(self.paper.sentences[figure.sentence].text, 0, figure)
            own = best_phrase(self.paper, figure.sentence, *span, keep=self._names_design) or \
                best_phrase(self.paper, figure.sentence, *span) or best_phrase(self.paper, figure.sentence, made)
            before = best_phrase(self.paper, figure.sentence - 1) if carried else None
            phrase = next((p for p in (own, before) if p is not None and self._names_design(p)), None)
            # a table row names the cited work's design in its first cell, whole ("Etched nickel sheet"), where
            # a phrase read out of the row's words may cut it
            if row := self._row_label(figure.sentence):
                label = row
            elif phrase is None and (defined := self._defined_before(figure, span)):
                label = defined
            elif phrase is None and (compound := self._compound_named(figure, span)):
                label = compound
            elif phrase is None:
                return None
            else:
                label = self._whole_name(phrase, figure.sentence if phrase is own else figure.sentence - 1)
            draft = Draft(key=key, label=label, passage=self._passage_of(figure.sentence), citations=cited,
                          kin=self.framing)
            draft.materials |= materials_in(label)
            draft.mentions.append(label)
            self.drafts[key] = draft
        return measurement(self.paper, figure, key, cited)


def _made_by_its_clause(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """The arm named right before the participle clause of making that holds the figure ("Li/X electrodes, made by
    plating 10 mA h cm−2 of lithium into the host, …"), else (): that setting is how the arm was made, not a test
    condition of every arm the sentence compares."""
    comma = making_clause_opening(text, figure.quantity.start)
    before = [n for n in names if n.arm and n.end <= comma and not text[n.end:comma].strip(" )")]
    return (before[-1].arm,) if comma >= 0 and before else ()


def _versus_between_the_two(text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                            arms: Sequence[str]) -> list[tuple[str, ...]]:
    """"The coating raises X to 0.58, against 0.31 for the bare separator, and lowers the resistance (25 vs. 140 Ω)":
    a "vs." pair that both went to one of the two arms the sentence names sets the two apart, the first figure the
    arm named first (the sentence's subject), the second the other."""
    out = list(owners)
    for a, b in _versus_pairs(text, figures):
        if out[a] == out[b] and len(out[a]) == 1 and out[a][0] in arms:
            out[a], out[b] = (arms[0],), (arms[1],)
        elif len(out[b]) == 1 and out[b][0] in arms and out[b][0] in out[a] and len(out[a]) > 1:
            # "(1.4 vs. 0.3 mA cm−2 for the bare pellet)": the second is the arm named after it, the first not that one
            out[a] = tuple(x for x in out[a] if x != out[b][0])
    return out


# "…, the cell with PCE over just 120 cycles": a clause that opens on another arm (alone, or as what a cell holds) …
GAPPED_OPENING = re.compile(r"[,;]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:(?:the|a|an)\s+[\w-]+\s+"
                            r"(?:with|of|in|using|on)\s+)?$")
# … and goes straight on to its figure, a preposition or a hedge between: its verb is left out, as said before
GAPPED_TO_FIGURE = re.compile(r"\s*(?:(?:for|after|over|within|at|to|of|in|with|by)\s+)?"
                              r"(?:(?:only|just|merely|about|nearly|almost|some)\s+)?(?:[~∼≈]\s*)?")


def _gapped_clause_shares(text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                          names: Sequence[ArmMention]) -> list[tuple[str, ...]]:
    """"X holds 85% of its capacity over 450 cycles, the cell with Y over just 120 cycles": a clause that names another
    arm and then only a figure, its verb left out (gapping), says of that arm what the clause before said of its
    own, with that figure in place of the one of its property; the figures before of the other properties (the
    85% both cells held) are the second arm's too."""
    out = list(owners)
    for n in names:
        if not n.arm:
            continue
        opening = GAPPED_OPENING.search(text, 0, n.start)
        after = [i for i, f in enumerate(figures) if f.quantity.start >= n.end]
        if opening is None or not after or not GAPPED_TO_FIGURE.fullmatch(text, n.end, figures[after[0]].quantity.start):
            continue
        first = after[0]
        before = [i for i, f in enumerate(figures) if f.quantity.end <= opening.start()
                  and not re.search(r"[.;]\s", text[f.quantity.end:opening.start()])]
        parallel = [i for i in before if figures[i].prop.iri == figures[first].prop.iri]
        if not parallel or n.arm in out[parallel[-1]] or len(set(out[parallel[-1]])) != 1:
            continue                # the clause before must say the same kind of figure of one other arm
        subject = out[parallel[-1]]
        for i in before:
            if out[i] == subject and figures[i].prop.iri != figures[first].prop.iri:
                out[i] = (*out[i], n.arm)
    return out


def _versus_pairs(text: str, figures: Sequence[Figure]) -> list[tuple[int, int]]:
    """The indices of each two figures of one property, one right after the other with "vs." between ("18 vs. 33 Ω")."""
    ordered = sorted(range(len(figures)), key=lambda i: figures[i].quantity.start)
    return [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if figures[a].prop.iri == figures[b].prop.iri
            and VERSUS.fullmatch(text[figures[a].quantity.end:figures[b].quantity.start])]
