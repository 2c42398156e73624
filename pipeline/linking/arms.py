"""A research paper's arms: its own designs, the controls it compares them with, and the prior work it
mentions, each with one label and all the spellings the paper uses for it.

The model is built once per paper, before any figure is linked, from evidence spread over the
whole text: the title and abstract, sentences in the paper's own voice ("we", "herein", "this
work"), short forms the paper defines, names used as cells ("the PGLS cell", "cells with FEC"),
names compared with each other ("PP, PCS and PES", "than bare Cu"), control words ("bare",
"pristine", "additive-free", "without X") and figure captions. A name the paper mentions only while
citing others, or only in its introduction, is prior work: it never receives the paper's own results.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from pipeline.identity import material_table
from pipeline.linking.drafts import LITHIUM, NAME_TOKEN, best_phrase, class_cue_words, materials_in, slug
from pipeline.linking.names import (
    AMOUNT_KEY,
    CELL_KINDS,
    CELL_NOUN,
    CHEMICAL_WORD,
    CODE_RANGE,
    CODE_RANGE_SPELLED,
    COMPOUND,
    DASHES,
    DIMENSION_KEY,
    ELEMENTS,
    LACKS,
    MULTIPLE_OF,
    NUMBER,
    OWNER_GAP,
    SHARE_IN_BRACKETS,
    STACK_BAR,
    TRADE_KEY,
    VARIANT,
    arm_word_before,
    brand_names,
    can_name_structure,
    code_range,
    coordinations,
    defined_lacking,
    formula_short_forms,
    free_span,
    is_formula,
    key_parts,
    name_key,
    sentence_names,
    series_declarations,
    varied_amounts,
)
from pipeline.mentions import (
    Mention,
    Paper,
    SentenceMentions,
    has_words,
    head_as_verb,
    lexicon_alternation,
    own_voice,
    predicate_verb_at,
)
from pipeline.nlp.components import long_form, plural
from pipeline.nlp.patterns import lexicon_words, longest_first, material_alias_index, structure_words
from pipeline.reader.tables import row_name
from pipeline.records import Arm, ArmMention, BlockKind, Name, NameKind, PaperArms, Role, Sentence
from pipeline.units import canonical_spelling

MAX_LABEL = 90                  # characters of a readable structure label
ARM_SCORE = 3                   # evidence a name needs to be one of the paper's arms
PRIOR_SHARE = 0.7               # a name this often in cited or introductory sentences is prior work
# "vs" written without its stop compares as "vs." does, in lower case only: in capitals it is a name's letters ("VS@C")
BARE_VS = r"(?-i:vs)(?=\s)"
COMPARATIVE = re.compile(rf"\b(?:{lexicon_alternation('comparison')}|{BARE_VS}|{lexicon_alternation('contrast')}|unlike"
                         rf"|in\s+contrast,|by\s+contrast,|(?:{MULTIPLE_OF})(?=\s+th(?:at|ose)\s+of\b))\s+"
                         r"(?:that\s+of\s+|those\s+of\s+|the\s+|a\s+|an\s+|"
                         r"(?:one|ones|that|those)\s+(?:with|using|containing)\s+)*"   # "compared with one with a B layer"
                         r"(?:[A-Za-z0-9/@.()+-]+\s*\|{1,2}\s*)?$", re.I)        # "than the S/C||PP||Li cell"
# a comparison that states the figure of the arm compared first: "compared with 35 mV for X", "(vs. 41% of the X)",
# and a change from one arm's figure to another's: "decreased from 42 mV on X to 9 mV on Y"
# (a unit's words may carry their powers: "against 121 mA h g−1 for bare Li")
FIGURE_FOR = r"(?:[~∼≈<>]\s*)?[−-]?\d+(?:\.\d+)?\s*(?:[^\s\d,;()][^\s,;()]*\s*){0,3}?(?:for|on|of|in|with)\s+(?:that\s+of\s+|the\s+|a\s+|an\s+)?$"
COMPARED_FIGURE = re.compile(rf"\b(?:{lexicon_alternation('comparison')}|{BARE_VS}|against)\s+{FIGURE_FOR}", re.I)
# the arm's own figure, then another's in comparison: "on Ni foil was 48 mV, against 16 mV on X"
STATED_THEN_COMPARED = re.compile(rf"^[^;.]*?\d[^;]*?\b(?:{lexicon_alternation('comparison')}|{BARE_VS}|against)\s+{FIGURE_FOR}",
                                  re.I)
# the arm's own figure, then the arm it is compared with, in one clause: "PE ran for 120 h, far shorter than PAS"
STATED_THEN_THAN = re.compile(r"^(?![^;]*,\s+(?:which|but|while|whereas)\b)[^;.]{0,80}?\d[^;]{0,80}?\b(?:[a-z]+er|more|less)\s+"
                              r"than\s+(?:that\s+of\s+|those\s+of\s+|the\s+|a\s+|an\s+)?$", re.I)
# the arm's own figure, then a clause that sets another arm against it: "X@Li runs for 900 h, while bare Li fails …"
STATED_THEN_CONTRASTED = re.compile(rf"^[^;]{{0,80}}?\d[^;]{{0,80}}?,?\s+(?:{lexicon_alternation('contrast')})\s+"
                                    r"(?:that\s+of\s+|those\s+of\s+|the\s+|a\s+|an\s+)?$", re.I)
CHANGED_FROM = re.compile(rf"\bfrom\s+{FIGURE_FOR}", re.I)
# the object of "compare" and the subject of "is compared with": set against another as much as what follows "than"
COMPARE_VERB = re.compile(r"\bcompar(?:e|es|ing)\s+(?:the\s+|a\s+|an\s+|our\s+)?$", re.I)
COMPARED_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:is|are|was|were)\s+(?:compared|benchmarked)\s+(?:with|to|against)\b", re.I)
# what a thing is benchmarked against: the object of the comparison, as after "compared with"
BENCHMARKED_AGAINST = re.compile(r"\bbenchmark(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?against\s+(?:the\s+|a\s+|an\s+)?$", re.I)
CHANGED_TO = re.compile(r"^\s*to\s+(?:[~∼≈<>]\s*)?\d")
# "A needs 11 mV, whereas B needs 19 mV and C 34 mV": the last of names compared clause by clause, its verb left out,
# the figure right after it
GAPPED_AFTER = re.compile(r"\s*(?:an?\s+)?(?:[~∼≈<>]\s*)?\d")          # "… and the 300-cycle foil a 45 nm skin"
JOINED_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:the\s+)?$", re.I)
# a design built on a control ("commercial carbon cloth with ZnO nanoparticles"): its control word is the base's
BUILT_ON = re.compile(rf"\b(?:with|{lexicon_alternation('treatments')})\b", re.I)
# a list the paper calls its controls: "four controls were prepared: A, B and C", "A and B (Note S2) served as references"
CONTROL_NOUN = r"(?:controls?|control\s+(?:samples?|groups?|electrodes?|cells?)|references?|reference\s+samples?)"
CONTROLS_BEFORE = re.compile(rf"\b{CONTROL_NOUN}\s*(?:\([^()]*\)\s*)?(?:(?:were|was|are|is)\s+(?:\w+\s+){{0,2}}?\w+\s*)?:\s*$",
                             re.I)
# ("… served as the planar control": the kind of control between the article and the noun)
CONTROLS_AFTER = re.compile(rf"\s*(?:\([^()]*\)\s*)?(?:were|was|are|is|serve[sd]?)\s+(?:\w+\s+){{0,2}}?as\s+(?:the\s+|a\s+)?"
                            rf"(?:[a-z][\w-]*\s+)?{CONTROL_NOUN}\b", re.I)
# "For comparison, X (CCE) and Y (HCE) were prepared.", "As a reference, we also assembled cells of bare Cu": what a
# sentence opened so makes is made to be set against the design
FOR_COMPARISON = re.compile(r"^\s*(?:for\s+(?:comparison|reference)|as\s+(?:an?\s+)?(?:controls?|references?|baselines?))\s*,"
                            r"(?P<made>.*?\b(?:(?:was|were)\s+(?:also\s+)?\w+ed|we\s+(?:also\s+)?\w+ed)\b)", re.I)
# evidence that a name is one of the arms the paper tests, not a component or a word of its story
STRUCTURAL = frozenset({"title", "defined", "cell", "compared", "control", "screened", "table row"})
# "… identified as (the) optimal X", "… chosen as potential X": a compound set put in a category
SELECTED_AS = re.compile(r"\b(?:selected|chosen|identified|screened|classified|categori[sz]ed)\s+(?:[\w-]+\s+){0,2}?"
                         r"as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)
# "X (materials) were selected based on …": the category a screen's criteria select for
SELECTED = re.compile(r"\s*(?:materials|compounds|candidates)?\s+(?:were|was|are|is)\s+(?:then\s+)?(?:selected|chosen|screened)\b", re.I)
# "X (FLE) forms a 12 nm thick, fluoride-rich interphase": what lies between a maker and what it forms
FORMS = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:forms?|formed|builds?|built|yields?|yielded|produces?|produced|"
                   r"generates?|generated|creates?|created|induces?|induced)\s+(?:an?\s+|the\s+)?[^,;.()]{0,30}?"
                   r"(?:,\s*)?")
CELL_WORD = re.compile(r"(?:the\s+)?cells?\b", re.I)
# what an appositive says a labelled cell is made with: "Cell II, which uses …", "cell I, with …"
USES = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:uses?|used|contains?|contained|employs?|employed|has|had)|with|using|"
                  r"containing|employing)\s+(?:the\s+)?", re.I)
CELL_AFTER = re.compile(rf"^[\s-]*(?:\(\s*[A-Za-z][\w@/+-]{{0,11}}\s*\)\s*)?"     # "the X-coated Li (XCL) cell"
                        rf"(?:{CELL_KINDS}[\s-]?)?(?:{CELL_NOUN})\b", re.I)
# one electrode of a cell written as a stack: "X||NCM811", "X‖LiFePO4", "Li||X"
STACK_AFTER = re.compile(rf"^\s*{STACK_BAR}\s*[^\s|‖∥]")
STACK_BEFORE = re.compile(rf"{STACK_BAR}\s*$")
# "symmetric cells of X", "coin cells made from X": the cells the paper tested X in, named before it
CELLS_OF = re.compile(rf"\b(?:{CELL_KINDS}[\s-]?)?cells\s+(?:of|made\s+(?:of|from|with))\s+(?:the\s+)?$", re.I)


LACKING_BEFORE = re.compile(rf"{LACKS}\s+$")


@lru_cache(maxsize=1)
def _earlier_work_after() -> re.Pattern[str]:
    """"… hosts reported before", "… films that were reported in the literature": what follows a name of others' work."""
    return re.compile(rf"\s*,?\s*(?:(?:that|which)\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
                      rf"(?:{lexicon_alternation('earlier_work_after')})\b", re.I)


def glossary(paper: Paper) -> dict[str, str]:
    """Short forms the paper defines for things ("PGLS" → "polymer–glass–… separator"), not for
    cells, cathodes, methods or instruments; the longest long form seen for each."""
    return _glossary_forms(paper)[0]


def _glossary_forms(paper: Paper) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The glossary, and for each short form the other long forms the paper spells it out with ("a composite
    electrolyte (CPE)" in the abstract, "… with 10 wt% ZrO2 rods (CPE)" in the methods): one thing by two names."""
    found: dict[str, str] = {}
    spelled: dict[str, dict[str, None]] = defaultdict(dict)
    for k, mentions in enumerate(paper.mentions):
        for abbreviation in mentions.abbreviations:
            short, long = abbreviation.label, abbreviation.text
            # "Bi-free nitrogen-doped spheres (NS)": the letters spell the spheres, but what the sample lacks is
            # what sets it apart, so it is part of the long form
            if lacking := LACKING_BEFORE.search(paper.sentences[k].text, 0, abbreviation.start):
                long = lacking.group() + long
            kind_word = short.lower() in class_cue_words() and not materials_in(short)     # "SEI", not "CNF"
            if len(short) < 2 or kind_word or not _names_thing(paper, k, abbreviation.text, abbreviation.end) or \
                    not _names_its_base(short, long):
                continue
            spelled[short][long] = None
            if len(long) > len(found.get(short, "")):
                found[short] = long
        for short, long in [*_named_as(paper, k), *_named_by_us(paper, k), *_labelled_samples(paper, k),
                            *_coded_phrases(paper, k), *_coded_products(paper, k), *_products_named_after(paper, k), *_given_codes(paper, k),
                            *_declared_codes(paper, k), *_used_as_coded(paper, k), *_listed_abbreviations(paper, k)]:
            # "1 M LiFSI in DME (DE)": Schwartz–Hearst spelled "DE" out of "DME" alone; the recipe that holds it is the
            # longer and truer long form
            if not _names_its_base(short, long):
                continue
            spelled[short][long] = None
            if short not in found or " " not in found[short] and found[short] in long:
                found[short] = long
    for ratio, alloy in _ratios_of_alloys(paper):
        found.setdefault(ratio, alloy)
    defined = dict(found)
    for k in range(len(paper.sentences)):
        for code in _variant_codes(paper, k, defined):
            found.setdefault(code, code)
    for code in _process_coded_referred(paper):       # "… denoted F1, F2 and F3"; "the film grown for 10 min" is F2
        found.setdefault(code, code)
    # "Li-S" (lithium–sulfur) names a kind of cell; "TCu" (tin-coated Cu foil) names a design that its
    # cells are named after ("the TCu cell") and stays
    kept = {short: long for short, long in found.items()
            if not _names_cells(paper, short) or (fold(long).split() or [""])[-1] in lexicon_words("heads")}
    others = {short: tuple(x for x in spelled[short] if x != long) for short, long in kept.items()}
    return kept, {short: longs for short, longs in others.items() if longs}


# "Li–Mg (5 at%)": a binary alloy named by its elements and the second one's share in brackets
ALLOY_SHARE = re.compile(rf"(?<![\w–-])(?P<first>[A-Z][a-z]?)[–-](?P<second>[A-Z][a-z]?)\s*{SHARE_IN_BRACKETS.pattern}")
# "the 95:5 alloy": the same alloy by the atomic ratio of its elements, first to second
ATOMIC_RATIO = re.compile(r"(?<![\d.:])(?P<first>\d+(?:\.\d+)?):(?P<second>\d+(?:\.\d+)?)(?![\d.:])")


def _ratios_of_alloys(paper: Paper) -> list[tuple[str, str]]:
    """"the 95:5 alloy" beside "Li–Mg (5 at%)": a paper that names its alloys by a share of the second element in
    brackets also writes them by the ratio of their atoms, which sums to a hundred and ends on that share; the ratio
    is one more short form of that alloy's name."""
    alloys: dict[float, str] = {}
    for sentence in paper.sentences:
        for m in ALLOY_SHARE.finditer(sentence.text):
            if m.group("first") in ELEMENTS and m.group("second") in ELEMENTS:
                alloys.setdefault(float(m.group(3)), m.group())       # the share, the name whole
    if not alloys:
        return []
    found = {}
    for sentence in paper.sentences:
        for m in ATOMIC_RATIO.finditer(sentence.text):
            first, second = float(m.group("first")), float(m.group("second"))
            if abs(first + second - 100) < 1e-6 and second in alloys:
                found.setdefault(m.group(), alloys[second])
    return list(found.items())


def _lithium_in(short: str, surfaces: Counter[str]) -> str | None:
    """The code of lithium held in the host a short form names ("Li@MCF", "Li–MCF"), where the paper writes it more
    often than the short form alone: the anode its results are of. (A code that ends on lithium, "VBS@Li", is a
    layer on lithium: the layer's long form names that design well.)"""
    code = re.compile(rf"Li\s?[@–-]\s?{re.escape(short)}")
    loaded = max((s for s in surfaces if code.fullmatch(s)), key=lambda s: surfaces[s], default=None)
    return loaded if loaded is not None and surfaces[loaded] > surfaces[short] else None


def _extends(code: str, base: str) -> bool:
    """Whether ``code`` is ``base`` with a part written before it ("GS@CC" of "CC", "ZM-A" of "M-A"), lithium held in
    it ("Li@CC") aside."""
    added = code[:-len(base)] if code.endswith(base) else ""
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9]{0,5}[@–-]?", added)) and not re.fullmatch(r"Li[@–-]?", added)


def _names_its_base(short: str, long: str) -> bool:
    """"VG@CuM" for "graphene arrays grown on copper mesh": a code "A@B" names A on B, so what it stands for names B's
    material, or at least a thing ("a fluoride layer on a mat"); "… by a dip in a SbF3 solution in DMC (SBF@Li)"
    closes on what the lithium was dipped in, not on the coated lithium the code names."""
    base = materials_in(short.rsplit("@", 1)[1]) if "@" in short else set()
    return not base or bool(base & materials_in(long)) or bool(set(fold(long).split()) & lexicon_words("heads"))


# "hereafter denoted X", "hereafter X": the adverb opens the naming, it is not the name; "…, which we call X": the
# authors name the one thing they just described, in their own voice
NAMED_AS = re.compile(r"\b(?:(?:(?:hereafter|hereinafter)\s+)?(?:denoted|termed|named|designated|labell?ed|abbreviated|"
                      r"referred\s+to|called)|hereafter|hereinafter|(?P<own>(?:which|that)\s+we\s+(?:call|name|term|dub)))"
                      r"\s+(?:as\s+)?[\"'“‘]?(?P<short>[A-Za-z0-9][\w@/+–-]*[A-Za-z0-9])[\"'”’]?")


LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")


def _named_as(paper: Paper, k: int) -> list[tuple[str, str]]:
    """'… a Li3N–LiF layer formed on Li foil (denoted as LNF-Li)': the name the paper gives its design,
    for the design phrase the sentence built it from."""
    text = paper.sentences[k].text
    found = []
    after = 0                             # "X is denoted A and Y is denoted B": B names what follows A's naming
    for m in NAMED_AS.finditer(text):
        short, start, after = m.group("short"), after, m.end()
        if not (NAME_TOKEN.fullmatch(short) or COMPOUND.fullmatch(short) or is_formula(short)) or \
                VARIANT.fullmatch(short) and not (m.group("own") and not LIST_GOES_ON.match(text, m.end())) \
                or DECLARED_CODES.match(text, m.start()):
            # "denoted ZCF-5, ZCF-10 and ZCF-20": samples of a series, not the phrase's name; but "a 180 nm film,
            # which we call F-180": the one sample the sentence made, named by its makers
            continue
        bracket = _open_bracket(text, start, m.start())
        if bracket >= 0 and (before := best_phrase(paper, k, start, bracket, keep=lambda p, b=bracket, s=short:
                                                   _spelled_before(text, p, b, s))):
            found.append((short, before.text))  # "grown on carbon paper (TGP-H-060, hereafter CP)": a bracket's name
            continue                            # that spells the phrase right before it names that phrase
        clause = text.rfind(";", start, m.start()) + 1        # "we anneal Cu foams; the oxidized foam is named OCF"
        phrase = clause and best_phrase(paper, k, clause, m.start())
        product = PRODUCT.search(text, max(clause, start), m.start())
        if not phrase and product:
            found.append((short, product.group("what")))
            continue
        if not phrase and clause and (subject := CLAUSE_SUBJECT.fullmatch(text, clause, m.start())):
            found.append((short, subject.group("what")))    # "…; the filler-free gel is denoted BG": the clause's
            continue                                        # subject, not a name before the clause
        phrase = phrase or best_phrase(paper, k, start, m.start())
        if phrase is not None and (can_name_structure(phrase.text, {}) or has_words("design_words", phrase.text)):
            made = MADE_SO.match(text, phrase.end, m.start())
            long = text[phrase.start:made.end("how")] if made else phrase.text
            found.append((short, long))       # "the coated lithium (denoted as PH-Li)" names the design too
    return found


# a list of the paper's short forms set apart from its text ("Abbreviations: CE, Coulombic efficiency; PP,
# polypropylene."): each entry a short form, a comma, colon or dash, and its long form, entries parted by semicolons
ABBREVIATION_LIST = re.compile(r"^\s*(?:(?:list\s+of\s+)?abbreviations(?:\s+and\s+\w+)?|nomenclature|glossary)\s*[:.]\s*", re.I)
LIST_ENTRY = re.compile(r"\s*(?P<short>[A-Za-z0-9][\w@/+–-]*[A-Za-z0-9+])\s*(?:[,:=]|\s[–—-])\s*(?P<long>[^;]+?)\s*(?:;|\.?\s*$)")


def _listed_abbreviations(paper: Paper, k: int) -> list[tuple[str, str]]:
    """"Abbreviations: GFC, graphene fluoride-coated separator; PP, polypropylene.": the short forms a paper defines
    in a list of their own instead of in its sentences, each for the long form after it, where that names a thing."""
    text = paper.sentences[k].text
    opening = ABBREVIATION_LIST.match(text)
    if opening is None:
        return []
    found = []
    for entry in LIST_ENTRY.finditer(text, opening.end()):
        short, long = entry.group("short"), entry.group("long")
        if (NAME_TOKEN.fullmatch(short) or COMPOUND.fullmatch(short)) and \
                short.lower() not in class_cue_words() and _names_thing(paper, k, long, entry.end("long")):
            found.append((short, long))
    return found


def _open_bracket(text: str, start: int, end: int) -> int:
    """Where the bracket the span ``start``-``end`` of ``text`` ends inside opens, or -1: "(TGP-H-060, hereafter CP"."""
    opening = text.rfind("(", start, end)
    return opening if opening >= 0 and ")" not in text[opening:end] else -1


def _spelled_before(text: str, phrase: Mention, bracket: int, short: str) -> bool:
    """The phrase stands right before the bracket and its words spell the short form ("carbon paper" for CP), as
    the paper's own "(CP)" would; "a LiF layer on Li foil (denoted as LF-Li)" names the layer, not "Li foil"."""
    return not text[phrase.end:bracket].strip() and bool(long_form(phrase.text.split(), short))


# "We denote the quaternary-salt electrolyte QSE", "we call this film the PXF": the paper names the thing in its own
# voice, the name after what it names
NAMED_BY_US = re.compile(r"\b[Ww]e\s+(?:hereafter\s+|simply\s+)?(?:denote|term|call|name|label|designate)\s+"
                         r"(?P<long>(?:the|this|our|these|such\s+an?)\s+[^,;.()]{3,60}?)\s+(?:as\s+)?(?:the\s+)?[\"'“‘]?"
                         r"(?P<short>[A-Za-z0-9][\w@/+–-]*[A-Za-z0-9])[\"'”’]?(?=\s*[,;.)]|\s+(?:for|in|hereafter|throughout)\b|$)")


def _named_by_us(paper: Paper, k: int) -> list[tuple[str, str]]:
    """"We denote the quaternary-salt electrolyte QSE": the short name for the design phrase before it."""
    found = []
    for m in NAMED_BY_US.finditer(paper.sentences[k].text):
        short = m.group("short")
        long = re.sub(r"^(?:the|this|our|these|such\s+an?)\s+", "", m.group("long"), flags=re.I)
        if (NAME_TOKEN.fullmatch(short) or COMPOUND.fullmatch(short)) and \
                (can_name_structure(long, {}) or has_words("design_words", long)):
            found.append((short, long))
    return found


# "three hosts, named S-1, S-2 and S-3", "denoted H1 and H2": a naming verb that hands out a list of codes of one
# element-like letter and a number names the samples of a series, one arm each, though such a code written alone could
# as well be a supplementary panel or an ion (longer codes, "ZCF-5", are names by their letters already); the number
# may be an amount of three digits ("E-50, E-100 and E-200" for 50, 100 and 200 μL of an additive)
# a code of a letter and a number ("S1", "F-10"), of two or three capitals and a number ("QT12"), or of an amount and
# the thing added ("0.5-PXQ": made with 0.5 of it)
_CODE = r"(?:[A-Z][a-z]?-?\d{1,3}|[A-Z]{2,3}\d{1,3}|\d{1,2}(?:\.\d{1,2})?[-‐][A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])"
# the list may also stand right after the plural it names, in commas or brackets or bare: "two doped hosts, S1 and S2,
# were made", "three films (F5, F10 and F20) were cast", "the films F5, F10 and F20 were cast"; not after the plural of
# a figure's part ("panels S1, S2 and S3")
_PANELS = "".join(rf"(?<!{word})" for word in ("figures", "panels", "tables", "schemes", "notes", "equations"))
# "S1–S3": a range of codes, each between its ends declared (names.CODE_RANGE)
_CODES = rf"(?:{_CODE}(?:\s*,\s*{_CODE})*,?\s+(?:and|or)\s+{_CODE}|{CODE_RANGE_SPELLED})"
# the list may also be handed out by the process variable that tells its samples apart: "N0, N1 and N2, grown for 0,
# 4 and 8 min", "K1–K3 were annealed at 250, 350 and 450 °C"
_MADE_VERB = r"(?:[a-z]{3,}ed|grown|made|spun|held|kept|left)"      # how a sample of a series was made
_BY_VARIABLE = rf"(?=,?\s+(?:(?:is|are|was|were)\s+)?(?:\w+ly\s+)?{_MADE_VERB}\s+(?:at|for|in|with|under|to)\s+\d[^,;]*,)"
DECLARED_CODES = re.compile(rf"(?:\b(?:denoted|termed|named|designated|labell?ed|called|referred\s+to)\s+(?:as\s+)?|"
                            rf"\b(?i:[a-z])[a-z]{{2,}}s{_PANELS}(?:,\s+|\s+\(\s*|\s+)(?=[^,]*\d,)|"
                            rf"(?<![\w/@‐‑–-])(?={_CODES}{_BY_VARIABLE}))"
                            rf"(?P<codes>{_CODES})")


def _declared_codes(paper: Paper, k: int) -> list[tuple[str, str]]:
    """Each code of a declared list that the paper writes again in another sentence, named as itself."""
    found = []
    for m in DECLARED_CODES.finditer(paper.sentences[k].text):
        spanned = CODE_RANGE.fullmatch(m.group("codes"))
        for code in code_range(spanned) if spanned else re.findall(_CODE, m.group("codes")):
            if any(re.search(rf"(?<![\w/@.-]){re.escape(code)}(?![\w/@-])", s.text)
                   for j, s in enumerate(paper.sentences) if j != k):
                found.append((code, code))
    return found


# "… to give a silver-rich bottom; the product is hereafter denoted X": X names what a making step gave, not the
# thing it started from ("a carbon paper was dipped …"), which the paper's "pristine carbon paper" still names
PRODUCT = re.compile(r"\b(?:the|this|that)\s+(?P<what>products?|(?:resulting|obtained|final|as-\w+)\s+(?:product|sample|"
                     r"material|composite|powder)s?)\b", re.I)        # not "the sample" alone: any of the paper's
# "the resulting Li–TaN", "the as-obtained X": a name right after it names what a making step gave
PRODUCT_WORD = r"(?:resulting|obtained|as-obtained|as-formed|as-prepared|final)\s+"
PRODUCT_OF = re.compile(rf"\b(?:the|this|these)\s+(?:{PRODUCT_WORD})?$", re.I)
# "…; the filler-free gel is denoted BG": a clause whose subject the naming verb names
CLAUSE_SUBJECT = re.compile(r"\s*(?:the|this|that)\s+(?P<what>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:is|are|was|were)\s+"
                            r"(?:hereafter\s+|then\s+|simply\s+)?", re.I)
# "Carbon paper dipped in AgNO3 only is denoted A-CP": what was done to the phrase's thing is part of what the short
# form names, so the plain "carbon paper" elsewhere is not A-CP
MADE_SO = re.compile(r"\s+(?P<how>[a-z]+ed\s+(?:in|into|with|on|onto|by|at|under)\s+[^,;()]{1,40}?)\s*,?\s+"
                     r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:hereafter\s+|then\s+|simply\s+)?$")


# "1 M LiFSI in DME (E1)", "1 M LiPF6 in EC/DMC (the CCE)": a letter and a number, or a code of two capitals or more
SAMPLE_LABEL = re.compile(r"(?P<long>[A-Za-z0-9](?:[^(),;:]|(?<=\d):(?=\d)){2,60}?)\s*\((?:the\s+)?(?P<short>[A-Z][a-z]?-?\d{1,2}|"
                          r"[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[-–][A-Za-z0-9]+)*)\)")


# "LiFSI–DME–TTE at a molar ratio of 1:1.2:3 (LHCE)": the ratio its parts are mixed in, which makes the mixture a recipe
RECIPE_RATIO = re.compile(r"\s+(?:at|in|with)\s+(?:a|the)\s+(?:(?:molar|mass|weight|volume|volumetric)\s+)?ratio\s+(?:of\s+)?"
                          r"\d+(?:\.\d+)?(?:\s?:\s?\d+(?:\.\d+)?)+\s*$")


def _labelled_samples(paper: Paper, k: int) -> list[tuple[str, str]]:
    """"1 M LiFSI in DME (E1), … in DME/TTE (E2)": a sample the paper labels with a letter and a number
    and then names by it. The label must recur outside its definition, and what it labels must be made
    of something (a material, a salt or a solvent), not a figure panel or a table."""
    text = paper.sentences[k].text
    found = []
    for m in SAMPLE_LABEL.finditer(text):
        short = m.group("short")
        ratio = RECIPE_RATIO.search(m.group("long"))
        long = m.group("long")[:ratio.start()] if ratio else m.group("long")
        long = re.sub(r"^.*\b(?:and|or|of|are|is|were|was|namely|as)\s+", "", long).strip()
        long = re.sub(r"^(?:with|containing)\s+", "", long, flags=re.I)     # "With 15 wt.% tin (T2), …"
        parts = re.split(r"[\s/‐‑–-]+", long)        # "LiFSI–DME–TTE": a salt and its solvents joined by dashes
        salted = any(w in structure_words()["salts"] or w in structure_words()["solvents"] for w in parts)
        long += ratio.group() if ratio else ""
        made_of = materials_in(long) or salted
        uses = sum(len(re.findall(rf"(?<![\w(-]){re.escape(short)}(?![\w)-])", s.text)) for s in paper.sentences)
        # a code of the paper's coining labels a recipe ("1 M LiPF6 in EC/DMC (CCE)": a concentration of a salt or
        # in a solvent), not a material's own short form ("stainless steel (SUS)", "(LiTFSI)")
        coined = not re.fullmatch(r"[A-Z][a-z]?-?\d{1,2}", short)
        recipe = salted and (ratio or re.search(r"\d", long))
        if coined and (not recipe or is_formula(short) or _all_materials(short) or not _written_alone(paper, k, short)):
            continue
        if made_of and uses and not re.search(r"\b(?:fig|figure|table|scheme|eq)\b", long, re.I):
            found.append((short, long))
    return found


# "… and diluted it with the ether to 1.4 M (QLE-2)." / "Li foils were immersed in the solution for 30 s (DX@Li).":
# a code in brackets closing a sentence that makes something names what was made
CODE_CLOSING = re.compile(r"\(\s*(?:(?:denoted|termed|named|labell?ed)\s+(?:as\s+)?|the\s+)?"
                          r"(?P<code>[A-Za-z0-9]*[A-Z][A-Za-z0-9@]*[A-Z][A-Za-z0-9@]*(?:[-–][A-Za-z0-9@]+)*)\s*\)\s*[.;]?\s*$")
# "… is formed on lithium by a 20 s dip (TFH@Li).": a passive making verb that the code closes, besides the
# processing and treatment words of the lexicon
WAS_MADE = re.compile(r"\b(?:is|are|was|were)\s+(?:then\s+|first\s+)?(?:formed|prepared|made|obtained|produced)\b")


def _coded_products(paper: Paper, k: int) -> list[tuple[str, str]]:
    """The code a making sentence closes with, for the thing it made, named as itself (the sentence holds no
    phrase that names it): the paper writes the code alone elsewhere."""
    text = paper.sentences[k].text
    m = CODE_CLOSING.search(text)
    if m is None or not (has_words("processing", text[:m.start()]) or has_words("treatments", text[:m.start()])
                         or WAS_MADE.search(text, 0, m.start())):
        return []
    code = m.group("code")
    # "… with 6 wt% polyvinylidene fluoride (PVdF).": a material's own short form, spelled by the words before it
    spelled = any(a.label == code and materials_in(a.text) and _names_its_base(code, a.text)
                  for a in paper.mentions[k].abbreviations)
    if spelled or is_formula(code) or _all_materials(code) or not _written_alone(paper, k, code):
        return []
    return [(code, code)]


# "… and reduced it in hydrogen, giving Au@TNM, which …", "… to yield CoN-CF": a code a making sentence hands its
# product with a verb of giving, in no brackets
GIVEN_CODE = re.compile(r"\b(?:giving|yielding|affording|to\s+(?:give|yield|afford|obtain))\s+(?:the\s+)?"
                        r"(?P<code>[A-Za-z0-9]*[A-Z][A-Za-z0-9@]*[A-Z][A-Za-z0-9@]*(?:[-–][A-Za-z0-9@]+)*)(?=[\s,;.]|$)")


CODE_LIST_GOES_ON = re.compile(r",?\s*(?:and|or)\s+[A-Z0-9]|,\s*[A-Z0-9]")


def _given_codes(paper: Paper, k: int) -> list[tuple[str, str]]:
    """The code a sentence gives the thing it made with a verb of giving ("…, giving Au@TNM, which …"), named as
    itself, when the paper writes it alone elsewhere and it is no material's name or formula."""
    text = paper.sentences[k].text
    return [(code, code) for m in GIVEN_CODE.finditer(text)
            if not is_formula(code := m.group("code")) and not _all_materials(code) and _written_alone(paper, k, code)
            and not CODE_LIST_GOES_ON.match(text, m.end())]     # "giving S-5, S-10 and S-20": a series' samples


# "The resulting electrode, QZ-Li, carries …", "the as-prepared film, PX-2, is …": a code set off by commas right
# after the product of a making step names that product
PRODUCT_APPOSITIVE = re.compile(rf"\b[Tt]he\s+{PRODUCT_WORD}(?:[a-z]+\s+)?[a-z]+s?,\s+"
                                r"(?P<code>[A-Za-z0-9]*[A-Z][A-Za-z0-9@]*(?:[-–][A-Za-z0-9@]+)*),")


def _products_named_after(paper: Paper, k: int) -> list[tuple[str, str]]:
    """The code a sentence sets after "the resulting electrode," for the thing the making step gave, named as
    itself, when the paper writes it alone elsewhere and it is no material's name."""
    found = []
    for m in PRODUCT_APPOSITIVE.finditer(paper.sentences[k].text):
        code = m.group("code")
        if sum(c.isupper() for c in code) >= CODE_CAPITALS and not is_formula(code) and not _all_materials(code) \
                and _written_alone(paper, k, code):
            found.append((code, code))
    return found


# a code in brackets right after a design phrase, or after the phrase and what it is made with: "a conventional
# carbonate electrolyte (CE-ref)", "an electrolyte with a fluorinated ether (FE-E1)", "porous fibres w/o B-doping
# (BF)"; its letters need not spell
# the phrase, so Schwartz–Hearst misses it
CODE_AFTER = re.compile(r"\s*(?:(?:with|without|w/o|of|containing|based\s+on)\s+(?:an?\s+|the\s+)?(?:[A-Za-z][\w‐‑–-]*\s+){0,5}?"
                        r"[A-Za-z][\w‐‑–-]*\s*)?\(\s*(?P<code>[A-Za-z0-9]+(?:[-–@/][A-Za-z0-9]+)*)\s*\)")
CODE_CAPITALS = 2               # capitals a code needs: "CE-ref", "FCE-LHCE", not "Fig" or "S3"
# "freeze-dried into an aerogel", "pressed to form a pellet", "… giving a film": a making step's product right after it
MADE_INTO = re.compile(r"\b(?:into|to\s+(?:form|give|obtain|yield|make)|giving|forming|yielding)\s+(?:an?|the)\s+$", re.I)


# "zinc seeds on the MXene sheets": a thing, then where it sits, up to the support's phrase; the thing's few words
SET_ON = re.compile(r"\s+(?:on|in|at|onto|inside|within)\s+(?:the\s+|an?\s+)?$", re.I)
THING_BEFORE = re.compile(r"(?<![\w‐‑–-])[A-Za-z][\w‐‑–-]*(?:\s+[A-Za-z][\w‐‑–-]*){0,2}$")


def _opens_on(code: str, words: str) -> bool:
    """Whether a code's first letter is the first letter of ``words``, or of the symbol of the element they open on
    ("zinc seeds" → Z)."""
    first = words.split()[0] if words.split() else ""
    symbol = material_table().element_names.get(re.split(r"[-–]", first)[0].lower(), "")
    return bool(code) and code[0].lower() in {first[:1].lower(), symbol[:1].lower()}


def _set_on(paper: Paper, k: int, support: int, code: str) -> int | None:
    """"Zinc seeds on the MXene sheets (ZM-A)": where a code's phrase is the support another thing sits on and the
    code's letters open on that thing, not on the support, the code names the whole (the thing on its support); where
    that whole starts, or None."""
    text = paper.sentences[k].text
    at = SET_ON.search(text, 0, support)
    if at is None or _opens_on(code, text[support:]):
        return None
    before = THING_BEFORE.search(text, 0, at.start())
    if before is None:
        return None
    for word in re.finditer(r"\S+", before.group()):     # "… Tin dots", "fine zinc seeds": from the material on
        if materials_in(word.group()) and _opens_on(code, word.group()):
            return before.start() + word.start()
    return None


def _coded_phrases(paper: Paper, k: int) -> list[tuple[str, str]]:
    """A code the paper gives a design phrase in brackets and then writes alone, outside brackets, in
    another sentence: the code names that design even when its letters do not spell the phrase."""
    text = paper.sentences[k].text
    found = []
    for phrase in paper.mentions[k].phrases:
        m = CODE_AFTER.match(text, phrase.end)
        code = m.group("code") if m else ""
        if m is None or sum(c.isupper() for c in code) < CODE_CAPITALS or is_formula(code) or _all_materials(code) \
                or re.match(r"(?:fig|figure|table|scheme|eq)\b", code, re.I):
            continue
        long = text[phrase.start:m.start() + m.group().index("(")].strip()
        if (whole := _set_on(paper, k, phrase.start, code)) is not None:
            long = text[whole:m.start() + m.group().index("(")].strip()
        # "an artificial SEI of hafnium oxide (HfO-SEI)": the class word is a thing once its "of" says what of;
        # "… were freeze-dried into an aerogel (M-A)": a kind word is the thing a making step turned out
        if not (can_name_structure(phrase.text, {}) or has_words("design_words", phrase.text) or
                long != phrase.text and can_name_structure(long, {}) or MADE_INTO.search(text, 0, phrase.start)) or \
                not _names_thing(paper, k, phrase.text, phrase.end) or not _written_alone(paper, k, code):
            continue
        found.append((code, long))
    return found


BRACKETED_CODE = re.compile(r"(?<=[A-Za-z])\s*\(\s*(?P<code>[A-Za-z0-9]+(?:[-–][A-Za-z0-9]+)?)\s*\)")


def _variant_codes(paper: Paper, k: int, defined: Mapping[str, str]) -> list[str]:
    """"a fluorinated electrolyte (FLE), a diluted version of it (dFLE)": a code in brackets after a noun phrase
    that is a short form the paper defined with a lower-case prefix or a number added ("dFLE", "FLE-2", "FLE3")
    names a variant of that thing, whatever the phrase says (its letters spell nothing of it), once the paper
    writes the code alone elsewhere; the variant is named as itself. Not a capital added without a hyphen ("SE" and
    "SEM"): that is another acronym."""
    found = []
    for m in BRACKETED_CODE.finditer(paper.sentences[k].text):
        code = m.group("code")
        if code in defined or sum(c.isupper() for c in code) < CODE_CAPITALS or is_formula(code):
            continue
        if any(len(short) >= 2 and re.fullmatch(rf"(?:[a-z]{{1,3}}|[A-Za-z0-9]{{1,3}}[-–])?{re.escape(short)}"
                                               rf"(?:[-–][A-Za-z0-9]{{1,3}}|\d{{1,2}})?", code) for short in defined) \
                and _written_alone(paper, k, code):
            found.append(code)
    return found


# "Sodium tetrafluoroborate is used as an additive (SFB)": the code is given to the thing in the role it plays
USED_AS_CODE = re.compile(r"(?:^|[,;:]\s+)(?P<thing>[A-Za-z][\w‐‑–()-]*(?:\s+[\w‐‑–()-]+){0,4}?)\s+(?:is|was|are|were)\s+"
                          r"(?:\w+ly\s+)?(?:used|employed|introduced|applied|added)\s+as\s+(?:an?\s+|the\s+)?"
                          r"(?P<role>[a-z]+)\s*\(\s*(?P<code>[A-Za-z][A-Za-z0-9‐‑–-]{1,11})\s*\)")


def _used_as_coded(paper: Paper, k: int) -> list[tuple[str, str]]:
    """"X is used as an additive (SFB)": the code names X in that role ("X additive") when the role is a design's
    head noun and the paper writes the code alone elsewhere; its letters need not spell the role's word."""
    found = []
    for m in USED_AS_CODE.finditer(paper.sentences[k].text):
        code, role = m.group("code"), m.group("role")
        if role in lexicon_words("heads") and sum(c.isupper() for c in code) >= CODE_CAPITALS and not is_formula(code) and \
                _written_alone(paper, k, code):
            found.append((code, f"{m.group('thing')} {role}"))
    return found


def _all_materials(code: str) -> bool:
    """"(LiF)", "(Ag–Cu)": a code every part of which is a material or a formula names that material, while
    "GAg-Cu" holds a part of the paper's own coining beside the copper it is built on."""
    parts = [p for p in re.split(r"[-–@/]", code) if p]
    return all(materials_in(p) or is_formula(p) for p in parts)


def _written_alone(paper: Paper, k: int, code: str) -> bool:
    """Whether a sentence other than ``k`` writes ``code`` as a name: not inside brackets, or alone in the brackets
    after a figure, which it labels as its arm's ("… from 48 mV (bare Cu) to 12 mV (ZP-Cu)")."""
    alone = re.compile(rf"(?<![\w(/@‐‑–-]){re.escape(code)}(?![\w/@‐‑–-]|\s*\))|"
                       rf"\d(?:\s?[A-Za-zμµ°Ω%][\w−–-]*){{0,3}}\s*\(\s*{re.escape(code)}\s*\)")
    return any(alone.search(s.text) for j, s in enumerate(paper.sentences) if j != k)


CHEMICAL_NAME = re.compile(r"(?:ate|ide|ite|ene|ane|yne|one|ol|amine|imide|amide|ium)s?$")


WITHOUT_TAIL = re.compile(r"\s+(?:without|w/o)\s+[\w‐‑–-]+$")


def _names_thing(paper: Paper, k: int, long: str, end: int) -> bool:
    """A long form that ends in a design's head noun, or names a material, a formula or a chemical
    compound ("lithium difluorophosphate", "fluoroethylene carbonate")."""
    if has_words("cell_words", long) or has_words("cathode", long) or has_words("instrument", long):
        return False
    if (lacking := WITHOUT_TAIL.search(long)) and lacking.start() > 0:
        end -= len(long) - lacking.start()         # "hollow spheres w/o N-doping": a thing, lacking something
        long = long[:lacking.start()]
    last = long.split()[-1].lower() if long.split() else ""
    heads = {p.head for p in paper.mentions[k].phrases if p.end == end}
    formula = bool(COMPOUND.fullmatch(long) or NAME_TOKEN.fullmatch(long) or is_formula(long))
    designed = bool(heads) and (last not in lexicon_words("generic_heads") or len(long.split()) >= 2)      # "gel layer"
    chemical = bool(CHEMICAL_NAME.search(last)) and len(last) > 5
    # "annealed ZQ (AZQ)", "oxidised CC (OCC)": a treated form of a thing the paper names by a code is a thing too
    treated = len(long.split()) >= 2 and bool(NAME_TOKEN.fullmatch(long.split()[-1])) and \
        not has_words("control", long.split()[0])
    return designed or bool(materials_in(long) - {LITHIUM}) or formula or chemical or treated


def _names_cells(paper: Paper, short: str) -> bool:
    """'Li-S' in 'Li-S batteries', 'Li-S cells': a short form mostly used for a kind of cell."""
    after = [s.text[m.end():m.end() + 16] for s in paper.sentences
             for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", s.text)]
    return bool(after) and sum(has_words("cell_words", a) for a in after) * 2 > len(after)


@dataclass
class _Seen:
    """What the text says about one name while the model is built."""

    surfaces: Counter[str]
    sentences: set[int]
    kinds: set[NameKind]


# an amount an additive is put in at: "2 wt% ", "0.1 M "
AMOUNT_BEFORE = r"(?:\d+(?:\.\d+)?\s*(?:wt\.?\s*%|vol\.?\s*%|%|M)\s+)?"
# "BE with 1 wt% ", "the base containing ": a thing with something added, the added thing next
BASE_WITH = rf"(?<![\w/@-])(?P<base>[A-Za-z][\w/@()+-]*)\s+(?:with|containing|plus)\s+(?:an?\s+|the\s+)?{AMOUNT_BEFORE}"
# "DF-E was BE with 2 wt% LiDFOB", "BE with 1 wt% SFA": a short form defined as another with one thing added
DEFINED_ADDITION = re.compile(r"(?:(?<![\w/@-])(?P<name>[A-Za-z][\w/@()+-]*)\s+(?:was|is|were|are|denotes)\s+)?"
                              rf"{BASE_WITH}(?P<added>[A-Za-z][\w()+-]*)(?![\w/@-])")
IN_A_MEDIUM = re.compile(r"\bin\s+an?\s+$", re.I)     # "in an O2-saturated electrolyte": what a test ran in
TITLE_SETTING = re.compile(r"\bfor\b.*\b(?:in|under|at)\s+(?:the\s+|an?\s+)?$", re.I)
# what stands between two names of a list: "A and B", "A, B", "A, B, and C", "A or B", "A vs. B"
LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+)")
# a cell or an electrode named after what it is based on, written as one word with it ("the Cu-based cell")
BASED_CELL = re.compile(r"(?<![\w-])(?P<what>[A-Z][a-z]?)-based\s+(?:(?:full|half|symmetric|coin|pouch)\s+)?"
                        r"(?:cells?|anodes?|electrodes?|batter(?:y|ies)|ones?)\b")
# the words that set what follows against an arm named before: "while that of Cu drops …", "than for Cu", "whereas Cu …"
# (so does a figure or a property's name right before "for" or "of": "12 mV for X and 45 mV for Cu", "the CE of Cu")
SET_AGAINST_BEFORE = re.compile(r"(?:\b(?:that|those)\s+(?:of|with|on)|\bthan(?:\s+(?:for|with|on))?(?:\s+(?:that|those)\s+"
                                r"(?:of|with|on))?|\b(?:vs\.?|versus|against|unlike|whereas|while)|\bcompared\s+(?:with|to)|"
                                r"\b(?:relative|in\s+contrast)\s+to)\s+(?:the\s+)?$", re.I)
ELECTRODE_WORDS = frozenset({"anode", "anodes", "electrode", "electrodes", "foil", "foils", "metal", "host", "hosts"})
GENERIC_ELECTRODES = frozenset({"anode", "anodes", "electrode", "electrodes"})     # what any anode may be called
# the forms a bare metal collector comes in besides a foil ("Cu mesh", "Ni foam")
METAL_FORMS = frozenset({"mesh", "meshes", "foam", "foams", "collector", "collectors", "plate", "plates", "sheet", "sheets"})
# one thin layer, by any of its names: "the PHL layer", "the PHL film", "the PHL coating" and "the PHL interphase" are one arm
FILM_WORDS = frozenset({"layer", "layers", "film", "films", "coating", "coatings", "membrane", "membranes", "skin", "skins",
                        "interphase", "interphases", "interlayer", "interlayers"})


def _head_kind(head: str) -> str:
    """What a head noun calls a thing, its synonyms made one: "anode" and "electrode", "layer" and "film"."""
    return "electrode" if head in ELECTRODE_WORDS else "film" if head in FILM_WORDS else head


# what a name read inside a table's first cell may leave of it: a plain word or two, its head ("Etched nickel" of
# "Etched nickel sheet")
HEAD_LEFT = re.compile(r"\s+[a-z]{3,}(?:\s+[a-z]{3,})?")
# a row of a research paper's comparison table named only as the paper's own ("This work", "Present study"): its
# figures are of the design the text names, not of a design called "work"
OWN_ROW = re.compile(rf"\(?(?:{lexicon_alternation('own_work')})\)?", re.I)


def _with_row_name(sentence: Sentence, names: list[Name], glossary: Mapping[str, str]) -> list[Name]:
    """A table row's names, with its first cell ("STD: CE 89.5%; 45 cycles.") as the name of the sample the
    row measures where no name was read inside it: a table's first column names its rows, whatever their
    spelling. A name read from the cell's start that leaves only its head noun out is the cell, whole."""
    cell = row_name(sentence)
    inside = [n for n in names if n.start < len(cell)] if cell else []
    if cell and (OWN_ROW.fullmatch(cell) or OWN_ROW.fullmatch(f"the {cell}")):     # "Present study": the phrase, its article dropped
        return [n for n in names if n not in inside]    # "This work": the paper's own design, which the text names
    if not cell or not can_name_structure(cell, glossary):
        return names
    if not inside:
        return [Name(0, len(cell), cell, NameKind.LABEL), *names]
    if len(inside) == 1 and inside[0].start == 0 and HEAD_LEFT.fullmatch(cell, inside[0].end):
        return [Name(0, len(cell), cell, inside[0].kind), *(n for n in names if n is not inside[0])]
    return names


# "alloys with 5, 10 and 20 wt% Mg, named A-5, A-10 and A-20", "slurries of 10 and 40 wt% BN (S-10 and S-40,
# respectively)": a list of amounts of one thing, and then the codes the paper gives the samples made with them; the
# amounts may be masses or volumes of the thing ("films made with 5, 10 and 20 mg of the additive are denoted F5, F10
# and F20"), written with "of" and the thing's name in words
_AMOUNT = r"(?:wt|vol|at|mol)\.?\s?%"
_MASS_OF = r"(?:mg|μg|µg|mL|μL|µL)\s+of(?:\s+the)?"
_WHAT = r"[A-Za-z][\w()+‐‑–-]*"
_WHAT_IN_WORDS = rf"{_WHAT}(?:\s+[a-z][\w‐‑–-]*){{0,2}}?"
_SAMPLE_CODE = r"[A-Za-z][\w@/+.‐‑–-]*[A-Za-z0-9]"
AMOUNTS_CODED = re.compile(
    rf"(?<![\w.,−–-])(?P<values>(?:{NUMBER}\s*,\s*)*{NUMBER}\s*,?\s*(?:and|or)\s+{NUMBER})\s?"
    # a thing named by a symbol or a code, or in words as the names read it ("lithium lanthanum zirconate")
    rf"(?:(?P<unit>{_AMOUNT})\s+(?P<what>(?:[a-z][a-z-]+\s+){{0,2}}{CHEMICAL_WORD}(?![\w–-])|{_WHAT})|"
    rf"(?P<mass>{_MASS_OF})\s+(?P<thing>{_WHAT_IN_WORDS}))\s*(?:,\s*)?"
    r"(?:(?:were|was|are|is)\s+[a-z]+ed\b[^,;.()]{0,40}?\s+and\s+)?"      # "… were rolled from the melt and are denoted"
    r"(?:(?:and\s+)?(?:(?:were|was|are|is)\s+)?(?:hereafter\s+)?(?:named|denoted|labell?ed|designated|termed|called|"
    r"referred\s+to)\s+(?:as\s+)?|\(\s*|"
    # "We add 5, 10 and 20 wt% X nanowires to PEO, giving A-5, A-10 and A-20": what the amounts made, after the rest of
    # the clause
    r"[^,;.()]{0,60}?,\s*(?:giving|yielding|to\s+give|to\s+make)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?)"
    rf"(?P<codes>{_SAMPLE_CODE}(?:\s*,\s*{_SAMPLE_CODE})*\s*,?\s*(?:and|or)\s+{_SAMPLE_CODE})")
AMOUNT_OF_ONE = re.compile(rf"(?<![\w.,−–-])(?P<value>{NUMBER})\s?(?P<unit>{_AMOUNT})\s+(?P<what>[A-Z][\w()+‐‑–-]*[\w)])")
# "the film made with 10 mg of the additive": one mass of the thing, its name one to three words ("boron nitride")
MASS_OF_ONE = re.compile(rf"(?<![\w.,−–-])(?P<value>{NUMBER})\s?(?P<unit>{_MASS_OF})\s+(?P<what>{_WHAT}(?:\s+[a-z][\w‐‑–-]*){{0,2}})")
# "Garnet nanofibres were mixed into PEO at 10, 20 and 30 wt%, giving the electrolytes PL-10, PL-20 and PL-30": the
# thing added is the sentence's subject, its amounts after "at"; elsewhere "the nanofibres at 20 wt%" is PL-20
AMOUNTS_AT_CODED = re.compile(
    rf"(?P<what>[A-Za-z][\w‐‑–-]*)\s+(?:was|were|is|are)\s+[a-z]+ed\s+(?:into|in|to|with)\b[^,;.]{{0,40}}?\s+at\s+"
    rf"(?P<values>(?:{NUMBER}\s*,\s*)*{NUMBER}\s*,?\s*(?:and|or)\s+{NUMBER})\s?(?P<unit>{_AMOUNT})\s*,?\s+"
    r"(?:(?:giving|yielding|making|forming|to\s+give|to\s+make)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:(?:named|denoted|labell?ed|called)\s+(?:as\s+)?)?|"
    # "X was dissolved in … at 0.3, 0.6 and 1.2 wt% (denoted A, B and C)", "…, and are denoted A, B and C"
    r"(?:\(\s*|(?:and\s+)?(?:(?:were|are)\s+)?)(?:hereafter\s+)?(?:named|denoted|labell?ed|designated|termed|called)"
    rf"\s+(?:as\s+)?)(?P<codes>{_SAMPLE_CODE}(?:\s*,\s*{_SAMPLE_CODE})*\s*,?\s*"
    rf"(?:and|or)\s+{_SAMPLE_CODE})")
AMOUNT_AT_ONE = re.compile(rf"(?P<what>[A-Za-z][\w‐‑–-]*)\s+at\s+(?P<value>{NUMBER})\s?(?P<unit>{_AMOUNT})(?![\w%])")


def _amount_key(value: str, unit: str, what: str) -> tuple[float, str, str]:
    """An amount of one thing, its name in any case ("Garnet nanofibres" and "the nanofibres at 20 wt%"); a thing
    named in words by its last word ("20 mg of the boron additive" and "10 mg of the additive" are of one thing)."""
    unit = re.sub(r"\s+of(?:\s+the)?$", "", unit)
    return float(value), re.sub(r"[\s.]", "", unit).lower().replace("µ", "μ"), what.split()[-1].lower()


def amount_codes(texts: Iterable[str]) -> dict[tuple[float, str, str], str]:
    """(amount, unit, what) → the code the paper gives the sample made with that amount, from a list of amounts
    followed by as many codes; an amount two declarations give different codes is left out."""
    found: dict[tuple[float, str, str], set[str]] = defaultdict(set)
    for text in texts:
        for m in [*AMOUNTS_CODED.finditer(text), *AMOUNTS_AT_CODED.finditer(text)]:
            values = re.findall(NUMBER, m.group("values"))
            codes = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("codes").strip())
            unit, what = m.group("unit") or m.group("mass"), m.group("what") or m.group("thing")
            if len(values) == len(codes):
                for value, code in zip(values, codes, strict=True):
                    found[_amount_key(value, unit, what)].add(code)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


# "ZnO rods were grown on Cu foil for 1, 2 and 4 h; the samples are denoted S1, S2 and S3, respectively", "K1–K3 were
# annealed at 250, 350 and 450 °C": a series coded by the time or temperature of its making; elsewhere "the sample
# grown for 2 h" is S2
_PROCESS_UNIT = r"(?:h|min|s|°C)"
_CODE_LIST = rf"(?:{_SAMPLE_CODE}(?:\s*,\s*{_SAMPLE_CODE})*\s*,?\s*(?:and|or)\s+{_SAMPLE_CODE}|{CODE_RANGE_SPELLED})"
_PROCESS_VALUES = rf"(?P<values>(?:{NUMBER}\s*,\s*)*{NUMBER}\s*,?\s*(?:and|or)\s+{NUMBER})\s?(?P<unit>{_PROCESS_UNIT})(?![\w°])"
PROCESS_CODED = re.compile(
    rf"\b(?:for|at)\s+{_PROCESS_VALUES}[^.()]{{0,60}}?(?:\(\s*|\b)(?:named|denoted|labell?ed|designated|"
    rf"termed|called|referred\s+to)\s+(?:as\s+)?(?P<codes>{_CODE_LIST})|"
    rf"(?<![\w-])(?P<codes_first>{_CODES}),?\s+(?:(?:were|are)\s+)?(?:\w+ly\s+)?{_MADE_VERB}\s+(?:for|at)\s+"
    rf"(?P<values_after>(?:{NUMBER}\s*,\s*)*{NUMBER}\s*,?\s*(?:and|or)\s+{NUMBER})\s?(?P<unit_after>{_PROCESS_UNIT})(?![\w°])")
PROCESS_OF_ONE = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?(?:samples?|{lexicon_alternation('heads')})\s+"
                            rf"{_MADE_VERB}\s+(?:for|at)\s+"
                            rf"(?P<value>{NUMBER})\s?(?P<unit>{_PROCESS_UNIT})(?![\w°])")


@lru_cache(maxsize=4)
def process_codes(texts: tuple[str, ...]) -> dict[tuple[float, str], str]:
    """(value, unit) of the time or temperature a sample was made at → the code the paper gives it, from a list of
    values and as many codes (or a range of them); a value two declarations give different codes is left out. Cached:
    the glossary and the arms both ask it of a paper's sentences."""
    found: dict[tuple[float, str], set[str]] = defaultdict(set)
    for text in texts:
        for m in PROCESS_CODED.finditer(text):
            listed = m.group("codes") or m.group("codes_first")
            spanned = CODE_RANGE.fullmatch(listed.strip())
            codes = list(code_range(spanned)) if spanned else \
                re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed.strip())
            values = re.findall(NUMBER, m.group("values") or m.group("values_after"))
            if len(values) == len(codes):
                for value, code in zip(values, codes, strict=True):
                    found[(float(value), m.group("unit") or m.group("unit_after"))].add(code)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


# "rolled to three thicknesses, denoted LC-20, LC-50 and LC-100, where the number is the thickness in µm": a series whose
# codes carry the amount that tells them apart; elsewhere "the 50 µm foil" is LC-50
NUMBER_CODED = re.compile(rf"(?P<codes>{_CODE_LIST}),?\s+(?:where|in\s+which)\s+the\s+(?:number|numeral|digits?|suffix)\s+"
                          rf"(?:is|gives|denotes|marks|stands\s+for)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+in\s+(?P<unit>[^\s,.;()]+)")
NUMBER_OF_ONE = re.compile(rf"\b[Tt]he\s+(?P<value>{NUMBER})[\s-]?(?P<unit>[^\s,.;()-]+)[\s-]+(?:[a-z-]+\s+){{0,2}}?"
                           rf"(?:{lexicon_alternation('heads')})\b")


def number_codes(texts: Iterable[str]) -> dict[tuple[float, str], str]:
    """(amount, unit) → the code that carries that amount as its number, from a list of codes the paper says are
    numbered by an amount ("LC-20, LC-50 and LC-100, where the number is the thickness in µm")."""
    found: dict[tuple[float, str], str] = {}
    for text in texts:
        for m in NUMBER_CODED.finditer(text):
            for code in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("codes").strip()):
                if number := re.search(rf"({NUMBER})$", code):
                    found[(float(number.group(1)), canonical_spelling(m.group("unit")))] = code
    return found


# "raising the thickness from 20 to 50 µm lifts …": a change in an amount, its first end's unit left to its second's
AMOUNT_CHANGE = re.compile(rf"\bfrom\s+(?P<first>{NUMBER})(?:\s?(?P<first_unit>[^\s,.;()\d]+))?\s+to\s+"
                           rf"(?P<second>{NUMBER})\s?(?P<unit>[^\s,.;()]+)")
# "… whereas a further increase to 100 µm adds little": the same change carried on to one more amount
AMOUNT_CHANGED_TO = re.compile(rf"\bto\s+(?P<value>{NUMBER})\s?(?P<unit>[^\s,.;()]+)")


def _changed_amounts_coded(text: str, codes: Mapping[tuple[float, str], str]) -> list[Name]:
    """"raising the thickness from 20 to 50 µm lifts the retention from 71.3% to 86.4%, whereas a further increase to
    100 µm adds little (87.0%)": a change in the amount that numbers a series goes from one variant to another, so each
    end (and each amount the change is carried on to after it) names the variant that amount codes, where both ends
    of the change do code one."""
    found: list[Name] = []
    for m in AMOUNT_CHANGE.finditer(text):
        unit = canonical_spelling(m.group("unit"))
        if m.group("first_unit") and canonical_spelling(m.group("first_unit")) != unit:
            continue
        first, second = codes.get((float(m.group("first")), unit)), codes.get((float(m.group("second")), unit))
        if first is None or second is None or first == second:
            continue
        found += [Name(m.start("first"), m.end("first_unit") if m.group("first_unit") else m.end("first"), first,
                       NameKind.SHORT), Name(m.start("second"), m.end("unit"), second, NameKind.SHORT)]
        found += [Name(later.start("value"), later.end("unit"), code, NameKind.SHORT)
                  for later in AMOUNT_CHANGED_TO.finditer(text, m.end())
                  if canonical_spelling(later.group("unit")) == unit
                  and (code := codes.get((float(later.group("value")), unit)))]
    return found


def _with_number_coded(text: str, names: list[Name], codes: Mapping[tuple[float, str], str]) -> list[Name]:
    """A sentence's names, with "the 50 µm foil" read as the code the paper numbered by that amount (``number_codes``),
    over a name read inside those words; so too each end of a change in that amount (``_changed_amounts_coded``)."""
    if not codes or NUMBER_CODED.search(text):
        return names
    return _codes_over(names, [*(Name(m.start(), m.end(), code, NameKind.SHORT) for m in NUMBER_OF_ONE.finditer(text)
                                 if (code := codes.get((float(m.group("value")), canonical_spelling(m.group("unit")))))),
                               *_changed_amounts_coded(text, codes)])


def _process_coded_referred(paper: Paper) -> list[str]:
    """The codes of a series coded by the time or temperature of its making that another sentence refers to by that
    time or temperature alone ("the film sputtered for 10 min"): declared, though the code is not written again."""
    codes = process_codes(tuple(s.text for s in paper.sentences))
    return [code for s in paper.sentences if codes and not PROCESS_CODED.search(s.text)
            for m in PROCESS_OF_ONE.finditer(s.text) if (code := codes.get((float(m.group("value")), m.group("unit"))))]


def _with_process_coded(text: str, names: list[Name], codes: Mapping[tuple[float, str], str]) -> list[Name]:
    """A sentence's names, with "the sample grown for 2 h" read as the sample the paper coded for that time, where the
    sentence does not declare the codes itself; over a name read inside those words ("the sample")."""
    if not codes or PROCESS_CODED.search(text):
        return names
    return _codes_over(names, [Name(m.start(), m.end(), code, NameKind.SHORT) for m in PROCESS_OF_ONE.finditer(text)
                               if (code := codes.get((float(m.group("value")), m.group("unit"))))])


def _codes_over(names: list[Name], added: list[Name]) -> list[Name]:
    """``names`` with the codes ``added`` read over the names found inside their words ("the sample" of "the sample
    grown for 2 h"), where no other name overlaps them."""
    added = [a for a in added if free_span([n for n in names if not (a.start <= n.start and n.end <= a.end)], a.start, a.end)]
    kept = [n for n in names if not any(a.start <= n.start and n.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda n: n.start) if added else names


# "LHCE-2 and LHCE-4 were made … at LiFSI:DME:X molar ratios of 1:1.2:2 and 1:1.2:4, respectively": recipes coded by
# the ratio of their parts; elsewhere "a LiFSI:DME:X molar ratio of 1:1.2:2" names the recipe coded for it
_RATIO = r"\d+(?:\.\d+)?(?:\s?:\s?\d+(?:\.\d+)?)+"
RATIOS_CODED = re.compile(
    rf"(?P<codes>{_SAMPLE_CODE}(?:\s*,\s*{_SAMPLE_CODE})*\s*,?\s*(?:and|or)\s+{_SAMPLE_CODE})\s+(?:were|are)\b[^.;]{{0,80}}?"
    rf"\bratios?\s+of\s+(?P<values>{_RATIO}(?:\s*,\s*{_RATIO})*\s*,?\s*(?:and|or)\s+{_RATIO})")
RATIO_OF_ONE = re.compile(rf"\bratio\s+of\s+(?P<value>{_RATIO})(?![\d:.])")


def _ratio_key(ratio: str) -> str:
    return re.sub(r"\s", "", ratio)


def ratio_codes(texts: Iterable[str]) -> dict[str, str]:
    """Ratio → the code of the recipe made with it, from a list of codes said to be made at as many ratios; a
    ratio two declarations give different codes is left out."""
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for m in RATIOS_CODED.finditer(text):
            values = re.findall(_RATIO, m.group("values"))
            codes = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("codes").strip())
            if len(values) == len(codes):
                for value, code in zip(values, codes, strict=True):
                    found[_ratio_key(value)].add(code)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


def _with_coded_ratios(text: str, names: list[Name], codes: Mapping[str, str]) -> list[Name]:
    """A sentence's names, with "a LiFSI:DME:X molar ratio of 1:1.2:2" read as the recipe the paper coded for that
    ratio, where the sentence does not declare the codes itself and names nothing over the ratio."""
    if not codes or RATIOS_CODED.search(text):
        return names
    added = [Name(m.start("value"), m.end("value"), code, NameKind.SHORT) for m in RATIO_OF_ONE.finditer(text)
             if (code := codes.get(_ratio_key(m.group("value")))) and free_span(names, m.start("value"), m.end("value"))]
    return sorted([*names, *added], key=lambda n: n.start) if added else names


def _mass_named(m: re.Match[str], codes: Mapping[tuple[float, str, str], str]) -> tuple[int, str] | None:
    """Where "10 mg of the boron additive" ends as the name of a coded sample, and its code: the shortest run of the
    words after "of" whose last word is the thing the codes were given for."""
    words = list(re.finditer(r"\S+", m.group("what")))
    for word in words:
        if code := codes.get(_amount_key(m.group("value"), m.group("unit"), word.group())):
            return m.start("what") + word.end(), code
    return None


AMOUNT_NAME = re.compile(rf"(?P<value>{NUMBER})\s?(?P<unit>{_AMOUNT})\s+(?P<what>.+)")


def _amount_as_coded(name: Name, codes: Mapping[tuple[float, str, str], str]) -> Name:
    """A name made of an amount of a thing ("5 wt% lithium lanthanum zirconate", read from "5, 10 and 20 wt% lithium
    lanthanum zirconate …, giving PL-5, PL-10 and PL-20") as the code the paper gave the sample with that amount."""
    m = AMOUNT_NAME.fullmatch(name.text) if name.kind == NameKind.WITH else None
    code = m and codes.get(_amount_key(m.group("value"), m.group("unit"), m.group("what")))
    return replace(name, text=code, kind=NameKind.SHORT) if code else name


def _with_coded_amounts(text: str, names: list[Name], codes: Mapping[tuple[float, str, str], str]) -> list[Name]:
    """A sentence's names, with "an alloy with 10 wt% Mg" read as the sample the paper coded for that amount, where
    the sentence does not declare the codes itself and no other name covers the amount."""
    if not codes or AMOUNTS_CODED.search(text) or AMOUNTS_AT_CODED.search(text):
        return names
    added = [Name(m.start(), m.end(), code, NameKind.SHORT) for m in AMOUNT_OF_ONE.finditer(text)
             if (code := codes.get(_amount_key(m.group("value"), m.group("unit"), m.group("what"))))]
    added += [Name(m.start(), end, code, NameKind.SHORT) for m in MASS_OF_ONE.finditer(text)
              if (named := _mass_named(m, codes)) for end, code in [named]]
    for m in AMOUNT_AT_ONE.finditer(text):      # "Garnet nanofibres at 20 wt%": over the name of what was added
        if code := codes.get(_amount_key(m.group("value"), m.group("unit"), m.group("what"))):
            start = min([m.start(), *(n.start for n in names if n.start < m.end("what") <= n.end <= m.end())])
            added.append(Name(start, m.end(), code, NameKind.SHORT))
    # over a name read inside the amount ("20 wt% BN" as what a cell is made with), never over one reaching past it
    added = [a for a in added if free_span([n for n in names if not (a.start <= n.start and n.end <= a.end)], a.start, a.end)]
    kept = [n for n in names if not any(a.start <= n.start and n.end <= a.end for a in added)]
    return sorted([*kept, *added], key=lambda n: n.start) if added else names


# "cast by blade coating", "via magnetron sputtering": a gerund after "by" with no article names how a thing was
# made, not a thing ("coated by a LiF coating" is one)
METHOD_BEFORE = re.compile(r"\b(?:by|via|through)\s+$")
GERUND_END = re.compile(r"[a-z]{3,}ing$")


def _method(text: str, name: Name) -> bool:
    return bool(GERUND_END.search(name.text)) and bool(METHOD_BEFORE.search(text, 0, name.start))


# "a LiFSI:DME:CFS molar ratio of 1:1.2:2": the things a colon joins, with no space, are the parts of one recipe
RATIO_JOIN = re.compile(r":[A-Za-z]")


def _in_ratio(text: str, name: Name) -> bool:
    """A name that is one part of a recipe written as a ratio of its parts ("LiFSI" in "LiFSI:DME:CFS"): an
    ingredient, not a thing the paper tests; a row's name before ": " is not one."""
    return bool(RATIO_JOIN.match(text, name.end)) or (name.start >= 2 and text[name.start - 1] == ":"
                                                       and text[name.start - 2].isalnum())


class _Builder:
    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.defined, self.also_spelled = _glossary_forms(paper)
        # a formula's undefined short form ("LLTO" beside "Li0.33La0.557TiO3") keys as the formula does: the
        # two spellings make one arm; only the paper's definitions count as evidence of a design
        implied = formula_short_forms((s.text for s in paper.sentences), self.defined)
        # a brand written before a head noun ("the Hexlon separator") and alone ("with Hexlon") is one name too
        self.brands = brand_names((s.text for s in paper.sentences), {**implied, **self.defined})
        self.glossary = {**self.brands, **implied, **self.defined}
        self.root_of: dict[str, str] = {}
        varied = varied_amounts(s.text for s in paper.sentences)
        names = [[n for n in _with_row_name(s, sentence_names(s.text, m, self.glossary, varied), self.glossary)
                  if not _method(s.text, n) and not _in_ratio(s.text, n)]
                 for s, m in zip(paper.sentences, paper.mentions, strict=True)]
        codes = amount_codes(s.text for s in paper.sentences)
        ratios = ratio_codes(s.text for s in paper.sentences)
        processes = process_codes(tuple(s.text for s in paper.sentences))
        numbered = number_codes(s.text for s in paper.sentences)
        self.names = [_with_number_coded(s.text, _with_process_coded(s.text, _with_coded_ratios(s.text, _with_coded_amounts(
            s.text, [_amount_as_coded(n, codes) for n in found], codes), ratios), processes), numbered)
                      for s, found in zip(paper.sentences, names, strict=True)]

    def sentence_kind(self, k: int) -> set[str]:
        s = self.paper.sentences[k]
        kinds = set()
        if s.kind == BlockKind.ABSTRACT:
            kinds.add("abstract")
        if s.kind == BlockKind.CAPTION:
            kinds.add("caption")
        if s.citations:
            kinds.add("cited")
        if any(has_words("intro_sections", h) for h in s.section):
            kinds.add("intro")
        if own_voice(s.text):
            kinds.add("own")
        return kinds

    def seen(self) -> dict[str, _Seen]:
        seen: dict[str, _Seen] = {}
        for k, names in enumerate(self.names):
            for name in names:
                key = name_key(name.text, self.glossary)
                if not key:
                    continue
                entry = seen.setdefault(key, _Seen(Counter(), set(), set()))
                entry.surfaces[name.text] += 1
                entry.sentences.add(k)
                entry.kinds.add(name.kind)
        return seen

    def groups(self, seen: dict[str, _Seen]) -> dict[str, str]:
        """key → the key of the arm it belongs to.

        "PGLS" and "PGLS separator" are one arm when the paper writes PGLS with one head noun
        only; a plain adjective does not make another arm ("woven AlN-carbon separator"); control
        phrases with one head noun and no name of their own ("pristine separator", "commercial
        separator", "conventional polymer separator") are the paper's one control of that kind;
        "without X" is the "X-free" arm."""
        parent = {key: key for key in seen}
        heads_of: dict[str, set[str]] = defaultdict(set)
        for key in seen:
            made, head = key_parts(key)
            if head:                             # "ALD-Li anode" and "ALD-Li electrode": one head
                heads_of[" ".join(key.split()[:-1])].add(_head_kind(head))
        for key in seen:
            words = key.split()
            stem = " ".join(words[:-1])
            made, head = key_parts(key)
            single = len(heads_of[stem]) == 1 or len(made) >= 2 or head in ELECTRODE_WORDS or \
                _head_kind(head) == self._defined_head_kind(stem)   # "Li-rGO anode" is Li-rGO; "the ZS separator" ZS
            if head and stem in seen and made and self._is_name(" ".join(made)) and single:
                parent[key] = stem               # "PGLS separator" is PGLS; "GO-CNT-TiN film" and "… electrode" too
                continue
            for i in range(1, len(words)):
                tail = " ".join(words[i:])
                if tail in seen and all(self._plain(w) for w in words[:i]):
                    parent[key] = tail
                    break
        by_made: dict[frozenset[str], list[str]] = defaultdict(list)
        for key in seen:                         # "GO-CNT-TiN composite" and "… film" and "… electrode": one arm
            made, head = key_parts(key)
            plain_metal = len(made) == 1 and next(iter(made)) in ELEMENTS and (head in ELECTRODE_WORDS or not head)
            short_electrode = len(made) == 1 and next(iter(made)) in self.glossary and head in ELECTRODE_WORDS   # "MTA host/electrode"
            # "the Li–rGO composite anode" and "the Li–rGO electrode": one named thing, called by either word for an electrode
            named_electrode = head in GENERIC_ELECTRODES and bool(made) and self._is_name(" ".join(made))
            if (len(made) >= 2 or plain_metal or short_electrode or named_electrode) and parent[key] == key and \
                    not any(has_words("control", w) for w in key.split()):
                by_made[made].append(key)       # "Cu foil" and "Cu electrodes": the one plain metal
        for keys in by_made.values():
            keys.sort(key=lambda k: -sum(seen[k].surfaces.values()))
            for key in keys[1:]:
                parent[key] = keys[0]
        for key in seen:                         # "binary compounds" are the "binaries", "oxide compounds" the "oxides"
            family = re.fullmatch(r"([a-z]+) compounds?", key)
            if family and plural(family.group(1)) in seen and parent[key] == key:
                parent[key] = plural(family.group(1))
        self._merge_single_amounts(seen, parent)
        self._merge_bracketed_products(parent)
        self._merge_formed_products(seen, parent)
        self._merge_cells_by_what_they_use(parent)
        self._merge_controls(seen, parent)
        self._merge_other_long_forms(seen, parent)
        for key in seen:                         # "pristine TiN electrode" is the "TiN electrode" the paper tests
            plain = " ".join(w for w in key.split() if not has_words("control", w))
            made, _ = key_parts(plain)
            bare = " ".join(sorted(made, key=str.lower))
            target = plain if plain in seen else bare if bare in seen and self._is_name(bare) else ""
            if plain != key and made and target and parent[key] == key and not self._set_against(key, target, seen):
                parent[key] = target
        named_controls = Counter(self._root(parent, k) for k in seen for _ in range(sum(seen[k].surfaces.values()))
                                 if any(key_parts(k)) and any(has_words("control", w) for w in k.split())
                                 and not all(has_words("control", w) for w in k.split()))
        for key in seen:                         # "the pristine" alone is the paper's main control
            if named_controls and all(has_words("control", w) for w in key.split()):
                parent[key] = named_controls.most_common(1)[0][0]
        self._merge_defined_additions(seen, parent)
        # "Zn-free spheres", "the sample w/o N-doping": keyed as what they lack, as the defined "Zn-free N-doped
        # spheres (NS)" is
        lacking = defined_lacking(self.defined)
        for key in seen:
            m = re.match(r"^(?:without|w/o)\s+(.+)$", key)
            shorts = lacking.get(key, ())
            if m and len(shorts) == 1 and (lacks := name_key(shorts[0], self.glossary)) in seen:
                parent[key] = lacks
            elif m:
                free = [k for k in seen if k.startswith(f"{m.group(1).rstrip('s')}-free")]
                base = self._base_of(m.group(1), seen)
                if free or base:
                    parent[key] = free[0] if free else base
        self._merge_absences(seen, parent)
        return {key: self._root(parent, key) for key in seen}

    def _defined_head_kind(self, short: str) -> str:
        """The kind of thing a short form's defined long form is ("separator" of "ZnS-coated separator (ZS)"), or "":
        "the ZS separator" is ZS itself, whatever other head nouns the paper puts after ZS ("the ZS particles")."""
        long = self.glossary.get(short, "")
        last = long.split()[-1].lower() if long.split() else ""
        return _head_kind(last) if last in lexicon_words("heads") else ""

    def _merge_absences(self, seen: Mapping[str, _Seen], parent: dict[str, str]) -> None:
        """"w/o LiF" and "without the LiF layer": an arm named by what it lacks is one arm whether or not it says the
        head noun of the lacked thing; the name said most keys it."""
        by_lacked: dict[frozenset[str], list[str]] = defaultdict(list)
        for key in seen:
            if re.match(r"^(?:without|w/o)\s", key) and parent[key] == key:
                by_lacked[key_parts(key)[0]].append(key)     # "without LiF layer" and "without LiF": {without LiF}
        for keys in by_lacked.values():
            keys.sort(key=lambda k: -sum(seen[k].surfaces.values()))
            for key in keys[1:]:
                parent[key] = keys[0]

    def _base_of(self, added: str, seen: Mapping[str, _Seen]) -> str:
        """"the SFA electrolyte was BE with 1 wt% SFA": the arm the paper adds ``added`` to, so the arm "without SFA"
        is that one (BE), not a control of its own; "" when the paper says no such thing, or says it of several. "Without
        the additive" lacks the one thing a definition adds, whatever it is called."""
        if added.lower() in lexicon_words("heads"):
            bases = {name_key(base, self.glossary) for name, base, _ in self._defined_additions if name}
            return next((b for b in bases if b in seen), "") if len(bases) == 1 else ""
        bases = set()
        for sentence in self.paper.sentences:
            for m in re.finditer(rf"{BASE_WITH}{re.escape(added)}(?![\w/@-])", sentence.text):
                base = name_key(m.group("base"), self.glossary)
                if base in seen and base != added and added not in key_parts(base)[0] and m.group("base") in self.glossary:
                    bases.add(base)
        return next(iter(bases)) if len(bases) == 1 else ""

    @cached_property
    def _defined_additions(self) -> tuple[tuple[str, str, str], ...]:
        """(name, base, added) of each "DF-E was BE with 2 wt% LiDFOB" (the name may go unsaid: "BE with 1 wt% SFA"):
        a short form the paper defines as another with one thing added."""
        found = []
        for sentence in self.paper.sentences:
            for m in DEFINED_ADDITION.finditer(sentence.text):
                if m.group("base") in self.glossary and self._is_name(m.group("added")):     # "PE with high porosity": no
                    name = m.group("name") if m.group("name") in self.glossary else ""
                    found.append((name, m.group("base"), m.group("added")))
        return tuple(found)

    def _merge_defined_additions(self, seen: Mapping[str, _Seen], parent: dict[str, str]) -> None:
        """"DF-E was BE with 2 wt% LiDFOB": the cells "with 2 wt% LiDFOB" of the abstract are DF-E, not an arm of
        their own."""
        for name, _, added in self._defined_additions:
            target = name_key(name, self.glossary) if name else ""
            if target not in seen:
                continue
            for key in seen:
                made, head = key_parts(key)
                if key != target and parent[key] == key and made == key_parts(name_key(added, self.glossary))[0] | \
                        {p for p in made if AMOUNT_KEY.fullmatch(p)} and not head:
                    parent[key] = target

    def _named_as_earlier_work(self, members: Sequence[str]) -> bool:
        """"Table 2 sets X against sprayed polymer coatings reported in the literature": a name the paper follows by words
        that say others made the thing earlier speaks of a class of cited work, whatever table or caption names it."""
        after = _earlier_work_after()
        return any(after.match(self.paper.sentences[k].text, n.end)
                   for k in range(len(self.paper.sentences)) for n in self._members_at(k, members))

    def _plain(self, word: str) -> bool:
        """A plain adjective: a lower-case word that is no name, material or control word."""
        return word.isalpha() and word.islower() and not self._is_name(word) and not materials_in(word) \
            and not has_words("control", word) and word != "without"    # "without X" is not X

    def _merge_bracketed_products(self, parent: dict[str, str]) -> None:
        """"the commercial polypropylene separator (Varnex 3100)": the product in brackets is what the name
        before it is, so the two spellings are one arm."""
        for sentence, names in zip(self.paper.sentences, self.names, strict=True):
            for a, b in zip(names, names[1:], strict=False):
                key_a, key_b = name_key(a.text, self.glossary), name_key(b.text, self.glossary)
                product = any(TRADE_KEY.fullmatch(p) or p in self.brands for p in key_parts(key_b)[0])
                if product and key_a != key_b and re.fullmatch(r"\s*\(\s*", sentence.text[a.end:b.start]) and \
                        re.match(r"\s*\)", sentence.text[b.end:]) and parent.get(key_a) == key_a:
                    parent[key_a] = key_b

    def _merge_formed_products(self, seen: Mapping[str, _Seen], parent: dict[str, str]) -> None:
        """"X forms an 8 nm thick, nitride-rich interphase on copper, and …": what one named thing forms, in every
        sentence that names it, is that thing's doing (its figures there are the thing's), not another arm."""
        makers: dict[str, set[str]] = defaultdict(set)
        elsewhere: set[str] = set()             # named in some sentence not as what a thing forms
        for sentence, names in zip(self.paper.sentences, self.names, strict=True):
            formed = {}
            for a, b in zip(names, names[1:], strict=False):
                if FORMS.fullmatch(sentence.text, a.end, b.start):
                    formed[name_key(b.text, self.glossary)] = name_key(a.text, self.glossary)
            for name in names:
                key = name_key(name.text, self.glossary)
                if key in formed:
                    makers[key].add(formed[key])
                else:
                    elsewhere.add(key)
        for key, made_by in makers.items():
            if len(made_by) == 1 and key in seen and key not in elsewhere | made_by and parent.get(key) == key:
                parent[key] = next(iter(made_by))

    def _merge_cells_by_what_they_use(self, parent: dict[str, str]) -> None:
        """"Cell II, which uses sample B, …", "cell I, with sample A,": a cell the paper labels by what it is made
        with is that arm, so the label and the arm are one."""
        for sentence, names in zip(self.paper.sentences, self.names, strict=True):
            for a, b in zip(names, names[1:], strict=False):
                key_a, key_b = name_key(a.text, self.glossary), name_key(b.text, self.glossary)
                if a.kind == NameKind.LABEL and CELL_WORD.match(a.text) and key_a != key_b and \
                        USES.fullmatch(sentence.text[a.end:b.start]) and parent.get(key_a) == key_a:
                    parent[key_a] = key_b

    @staticmethod
    def _merge_single_amounts(seen: dict[str, _Seen], parent: dict[str, str]) -> None:
        """"with 0.5 wt% TPFPB" is the TPFPB arm when the paper uses TPFPB at one amount; only amounts set
        against each other ("0.2 and 0.4 M KPF6") are arms of their own. So with a dimension: "3D Ni foam" is
        the "Ni foam" unless the paper also makes a "2D Ni" one."""
        amounts: dict[tuple[frozenset[str], str], set[str]] = defaultdict(set)
        for key in seen:
            made, head = key_parts(key)
            amount = {m for m in made if AMOUNT_KEY.fullmatch(m) or DIMENSION_KEY.fullmatch(m)}
            if len(amount) == 1 and len(made) >= 2:
                amounts[(made - amount, head)] |= amount
        for key in seen:
            made, head = key_parts(key)
            amount = {m for m in made if AMOUNT_KEY.fullmatch(m) or DIMENSION_KEY.fullmatch(m)}
            rest = " ".join(w for w in ("+".join(sorted(made - amount, key=str.lower)), head) if w)
            if len(amount) == 1 and len(made) >= 2 and len(amounts[(made - amount, head)]) == 1 and rest in seen:
                parent[key] = rest

    def _merge_other_long_forms(self, seen: Mapping[str, _Seen], parent: dict[str, str]) -> None:
        """"a composite electrolyte (CPE)" in the abstract and "10 wt% ZrO2 rods (CPE)" in the methods: the paper
        spells one short form out twice, so "ZrO2 rods" named on its own (the title's design) is that arm too. Not a
        spelling of only part of what the short form is made of ("NiS@CC" as "carbon cloth", "N-MOF" as "nitrided
        MOF" keyed "MOF"): that names the plain base, an arm or a family of its own."""
        for short, longs in self.also_spelled.items():
            target = name_key(short, self.glossary)
            for long in longs:
                key = name_key(long, self.glossary)
                part = set(fold(long).split()) <= set(fold(self.glossary[short]).split()) or \
                    key_parts(key)[0] <= key_parts(target)[0]
                if key != target and key in seen and target in seen and parent[key] == key and not part \
                        and not has_words("control", long):
                    parent[key] = target

    def _merge_controls(self, seen: dict[str, _Seen], parent: dict[str, str]) -> None:
        cores: dict[str, list[str]] = defaultdict(list)   # "bare Li", "bare Li anode", "bare Li foil": one control
        for key in seen:
            # "bare Cu foil is denoted S0" and "bare copper": the short form by the control its long form spells
            words = (name_key(self.defined[key], {}) if key in self.defined else key).split()
            if parent[key] == key and any(has_words("control", w) for w in words):
                while len(words) > 2 and words[-1] in ELECTRODE_WORDS:
                    words.pop()
                cores[" ".join(words)].append(key)
        for keys in cores.values():
            keys.sort(key=lambda k: -sum(seen[k].surfaces.values()))
            for key in keys[1:]:
                parent[key] = keys[0]
        controls: dict[str, list[str]] = defaultdict(list)
        for key in seen:
            words = key.split()
            if parent[key] == key and len(words) >= 2 and any(has_words("control", w) for w in words):
                controls[words[-1]].append(key)
        for keys in controls.values():
            keys.sort(key=lambda k: -sum(seen[k].surfaces.values()))
            for key in keys[1:]:
                names = self._distinct_names(key)
                target = next((t for t in keys if parent[t] == t and t != key and
                               (names <= self._distinct_names(t) or self._distinct_names(t) <= names)), None)
                if target is not None and target != key:
                    parent[key] = target

    def _set_against(self, control: str, plain: str, seen: Mapping[str, _Seen]) -> bool:
        """Whether a sentence names the plain thing and then sets the control-word one against it ("the silver mesh
        electrode cycles far longer than the untreated silver mesh"): then the plain name is not the control's other
        spelling but the thing the control is compared with."""
        def spans(key: str, text: str) -> list[tuple[int, int]]:
            return [m.span() for surface in seen[key].surfaces
                    for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text)]
        for k in seen[control].sentences & seen[plain].sentences:
            text = self.paper.sentences[k].text
            controls = spans(control, text)
            if not controls:
                continue
            first = min(start for start, _ in controls)
            if any(end <= first and has_words("comparison", text[end:first]) for start, end in spans(plain, text)
                   if not any(a <= start < b for a, b in controls)):
                return True
        return False

    @staticmethod
    def _distinct_names(key: str) -> set[str]:
        """The names and materials that tell one arm from another of the same head noun."""
        return set(key_parts(key)[0]) - {w for w in key.split() if has_words("control", w)}

    @staticmethod
    def _root(parent: dict[str, str], key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    def _is_name(self, text: str) -> bool:
        """Every word of ``text`` names a thing (a short form, a formula, an acronym or a material)."""
        return bool(text) and all(w in self.glossary or bool(COMPOUND.fullmatch(w)) or is_formula(w)
                                  or bool(NAME_TOKEN.fullmatch(w)) or bool(materials_in(w.replace("_", " ")))
                                  or bool(AMOUNT_KEY.fullmatch(w))            # "5M": a concentration, keyed
                                  or bool(DIMENSION_KEY.fullmatch(w))         # "3D": a dimension, keyed
                                  or bool(TRADE_KEY.fullmatch(w))             # "Nafion_117": a trade name, keyed
                                  for word in text.split() for w in word.split("+"))

    def evidence(self, members: Sequence[str], seen: dict[str, _Seen]) -> tuple[int, list[str], float]:
        """(score, reasons, share of prior-work mentions) of the arm made of ``members``."""
        sentences = set().union(*(seen[m].sentences for m in members))
        surfaces = Counter[str]()
        for m in members:
            surfaces.update(seen[m].surfaces)
        kinds = [self.sentence_kind(k) for k in sorted(sentences)]
        own_sentences = {k for k in sentences if not self.paper.sentences[k].citations}   # what others did is no evidence
        reasons = []
        score = 0
        if any(self._in_title(m) for m in members):
            score, reasons = score + 3, [*reasons, "title"]
        if any("abstract" in k for k in kinds):
            score, reasons = score + 2, [*reasons, "abstract"]
        made = {n for m in members for n in key_parts(m)[0]}
        shorts = {s for s in self.defined if s in made or key_parts(name_key(s, self.glossary))[0] <= made}
        if any(self._design_like(self.glossary[n]) for n in shorts) and any(self._defined_here(m, seen) for m in members):
            score, reasons = score + 3, [*reasons, "defined"]
        if any("own" in k and "cited" not in k for k in kinds):
            score, reasons = score + 1, [*reasons, "own voice"]
        if any("caption" in k for k in kinds):
            score, reasons = score + 1, [*reasons, "caption"]
        if self._used_as_cell(members, own_sentences):
            score, reasons = score + 2, [*reasons, "cell"]
        if self._screened_as(members, own_sentences):
            score, reasons = score + 2, [*reasons, "screened"]
        if self._heads_a_row(members, own_sentences):
            score, reasons = score + ARM_SCORE, [*reasons, "table row"]
        compared = self._compared(members, own_sentences)
        if compared:
            score, reasons = score + compared, [*reasons, "compared"]
        if (compared or "cell" in reasons) and any(TRADE_KEY.fullmatch(p) or p in self.brands
                                                   for m in members for p in key_parts(m)[0]):
            reasons = [*reasons, "trade name"]     # a commercial product set against the designs: a control
        if compared and not {"title", "defined"} & set(reasons) and all(self._plain_metal(m) for m in members):
            reasons = [*reasons, "plain metal"]    # "42 mV on Cu foil", "35 mV for Li@Cu": the bare collector
        if any(has_words("control", s) and not self._built_on(s) for s in surfaces) or \
                any(seen[m].kinds & {NameKind.WITHOUT, NameKind.CONTROL} for m in members):
            score, reasons = score + 2, [*reasons, "control"]
        if not {"title", "defined"} & set(reasons) and self._listed_as_controls(members, own_sentences):
            score, reasons = score + ARM_SCORE, [*reasons, "control"]
        if self._measured(members, own_sentences):
            score, reasons = score + 1, [*reasons, "measured"]
        if not {"title", "abstract", "defined"} & set(reasons) and self._named_as_earlier_work(members):
            reasons = [*reasons, "earlier work"]
        if not {"title", "abstract", "defined", "control"} & set(reasons) and self._only_a_medium(members, sentences):
            reasons = [*reasons, "medium"]
        results = [k for k in kinds if not k & {"cited", "intro"}]
        if len(results) >= 3:
            score, reasons = score + 1, [*reasons, "results"]
        prior = sum(1 for k in kinds if k & {"cited", "intro"}) / len(kinds) if kinds else 1.0
        return score, reasons, prior

    @staticmethod
    def _plain_metal(key: str) -> bool:
        """A metal alone, as a foil, a mesh, a foam or an electrode ("Cu foil", "Ni foam", "Li@Cu": lithium on copper)."""
        made, head = key_parts(key)
        metal = next(iter(made), "")
        return len(made) == 1 and (metal in ELEMENTS or metal.lower() in ("li", "lithium")) and \
            (not head or head in ELECTRODE_WORDS or head in METAL_FORMS)

    @staticmethod
    def _built_on(surface: str) -> bool:
        """"commercial carbon cloth with ZnO nanoparticles": a design built on a control, named with the
        control word of its base."""
        control = next((m for m in re.finditer(r"[\w-]+", surface) if has_words("control", m.group())), None)
        return control is not None and bool(BUILT_ON.search(surface, control.end()))

    @staticmethod
    def _design_like(long: str) -> bool:
        """A long form that names a design (ends in a head noun, or is a composite or formula), not
        only a material: "boron nitride (BN)" is an ingredient until the paper builds something of it,
        and "coated lithium (PH-Li)" is lithium the paper has made something of."""
        last = long.split()[-1].lower() if long.split() else ""
        return last in lexicon_words("heads") or bool(COMPOUND.fullmatch(long)) or is_formula(long) or not materials_in(long) \
            or has_words("design_words", long.replace("-", " ")) \
            or bool(re.search(r"\s(?:on|onto|with)\s", long))  # "coated lithium", "Ag-coated X", "… on lithium", "X
        # with a gradient of Ag sites": made

    def _heads_a_row(self, members: Sequence[str], sentences: set[int]) -> bool:
        """The name is the first cell of a row of the paper's own table ("PVDF@Cu: CE 96.0%; 150 cycles."): the
        row's figures are measured on it, side by side with the other rows', as a comparison states them."""
        for k in sentences:
            sentence = self.paper.sentences[k]
            cell = row_name(sentence)
            if cell and any(n.start == 0 and n.end == len(cell) and name_key(n.text, self.glossary) in members
                            for n in self.names[k]):
                return True
        return False

    def _listed_as_controls(self, members: Sequence[str], sentences: set[int]) -> bool:
        """The paper says the names it lists are its controls ("four controls were prepared: A, B, C and D", "A and
        B served as references"): each is an arm it tests, whatever its name."""
        for k in sentences:
            text = self.paper.sentences[k].text
            for group in coordinations(text, self.names[k]):
                if any(name_key(n.text, self.glossary) in members for n in group) and \
                        (CONTROLS_BEFORE.search(text, 0, group[0].start) or CONTROLS_AFTER.match(text, group[-1].end)):
                    return True
            made = FOR_COMPARISON.match(text)
            # the solvents of "1 M LiPF6 in EC/DMC (CCE)" are what the sample is made of, not a sample
            within = [(m.start(), m.end()) for long in set(self.glossary.values()) if len(long) > 3
                      for m in re.finditer(re.escape(long), text)]
            if made and any(name_key(n.text, self.glossary) in members for n in self.names[k]
                            if made.start("made") <= n.start < made.end("made")
                            and not any(a <= n.start and n.end <= b and n.text != text[a:b] for a, b in within)):
                return True
        return False

    def _measured(self, members: Sequence[str], sentences: set[int]) -> bool:
        """Some figure of the text is stated for the arm: it is the last name before the figure in
        its clause, or the name right after it ("45 mV for bare Cu")."""
        for k in sentences:
            text = self.paper.sentences[k].text
            names = self.names[k]
            for q in self.paper.mentions[k].quantities:
                before = [n for n in names if n.end <= q.start and not re.search(r"[;.]\s", text[n.end:q.start])]
                after = [n for n in names if n.start >= q.end]
                owner = before[-1] if before else None
                if after and OWNER_GAP.match(text[q.end:after[0].start]):
                    owner = after[0]
                if owner is not None and name_key(owner.text, self.glossary) in members:
                    return True
        return False

    @staticmethod
    def _title_names_part(part: str, title: str) -> bool:
        """The (folded) title names ``part`` of an arm, or could: its words, or the materials it is made of ("Ag" in a
        "silver-decorated …" title); a code that names no material ("ZPN") may be any of the title's words."""
        return fold(part) in title or materials_in(part) <= materials_in(title)

    def _in_title(self, key: str) -> bool:
        """The title names the arm, or what it is made of with its head noun, or spells out a short
        form the arm is made of ("Lithium difluorophosphate as an additive" for LiDFP)."""
        made, head = key_parts(key)
        title = fold(self._title_subject)
        shorts = [s for s in self.glossary if s in made or key_parts(name_key(s, self.glossary))[0] == made]
        # the title spells out the short form of a part only ("carbon cloth" for CC): the arm is the title's when
        # the title names the rest it is made of too ("silver-decorated carbon cloth" for Ag-CC), not a cited
        # "ZnO-modified carbon cloth" made of the same cloth
        if any(fold(self.glossary[s]) in title for s in shorts) and \
                all(self._title_names_part(part, title) for part in made - set(shorts)):
            return True
        spelled = {m for s in shorts for m in key_parts(name_key(self.glossary[s], {}))[0]}
        spelled_heads = {h for s in shorts if (h := key_parts(name_key(self.glossary[s], {}))[1])}
        for title_made, title_head in (key_parts(name_key(t.text, self.glossary)) for t in self.title_names):
            # "Li3N–LiF layer (LNF-Li)" under a "Li3N–LiF interphase" title; not "CeO2 nanoparticles (CP)" under a
            # "CeO2 nanorods" title, the shape the paper compares its design with
            if spelled and spelled == title_made and not (_is_shape(title_head) and spelled_heads and
                                                          all(_is_shape(h) and h != title_head for h in spelled_heads)):
                return True
        for name in self.title_names:
            title_key = name_key(name.text, self.glossary)
            if title_key == key:
                return True
            title_made, title_head = key_parts(title_key)
            if made and _canonical(made) == _canonical(title_made) and (head == title_head or not head):
                return True                          # "Li–CNT" under a "lithium–carbon nanotube composite" title
            if self._shortened_title_name(key, name):
                return True                          # "silver-decorated mesh" under a "silver-decorated copper mesh"
        return False

    def _shortened_title_name(self, key: str, name: Name) -> bool:
        """The arm ``key`` is the title's ``name`` said without its base ("silver-decorated mesh" for the title's
        "silver-decorated copper mesh"): the same head, and of what the title's is made of, the part that sets the
        design apart from its plain host (the plain "copper mesh" is not it)."""
        made, head = key_parts(key)
        title_made, title_head = key_parts(name_key(name.text, self.glossary))
        return bool(head) and head == title_head and made < title_made and self._modifier(name.text, title_made) <= made

    def _modifier(self, text: str, made: frozenset[str]) -> frozenset[str]:
        """What the first word of a name that is one of its materials adds: "silver" in "silver-decorated copper
        mesh", what sets the design apart from its plain host (copper mesh); all of ``made`` when none is."""
        parts = (key_parts(name_key(w, self.glossary))[0] for w in text.split())
        return next((p for p in parts if p and p <= made), made)

    def _defined_here(self, key: str, seen: dict[str, _Seen]) -> bool:
        """Defined in a sentence that cites nothing (a definition while citing is prior work's)."""
        return any(not self.paper.sentences[k].citations for k in seen[key].sentences)

    def _members_at(self, k: int, members: Sequence[str]) -> list[Name]:
        return [n for n in self.names[k] if name_key(n.text, self.glossary) in members]

    def _used_as_cell(self, members: Sequence[str], sentences: set[int]) -> bool:
        for k in sentences:
            text = self.paper.sentences[k].text
            for n in self._members_at(k, members):
                if CELL_AFTER.match(text[n.end:]) or STACK_AFTER.match(text[n.end:]) or STACK_BEFORE.search(text, 0, n.start) \
                        or CELLS_OF.search(text, 0, n.start) \
                        or arm_word_before(text, n.start) or n.kind == NameKind.LABEL:
                    return True
        return False

    def _screened_as(self, members: Sequence[str], sentences: set[int]) -> bool:
        """A screen's category of candidates: what the paper says it selected compounds as ("… were
        identified as promising anode coatings", "Cathode coatings were selected based on …"), as a
        cell names an arm a paper tests."""
        for k in sentences:
            text = self.paper.sentences[k].text
            for n in self._members_at(k, members):
                if SELECTED_AS.search(text, 0, n.start) or SELECTED.match(text, n.end):
                    return True
        return False

    def _only_a_medium(self, members: Sequence[str], sentences: set[int]) -> bool:
        """"… run for 800 h in an O2-saturated electrolyte": a thing the paper only ever names after an indefinite "in
        a(n)" is the medium its tests ran in, not one of its arms, which it names definitely or by a short form."""
        mentions = [(self.paper.sentences[k].text, n) for k in sentences for n in self.names[k]
                    if name_key(n.text, self.glossary) in members]
        return bool(mentions) and all(IN_A_MEDIUM.search(text, 0, n.start) for text, n in mentions)

    def _compared(self, members: Sequence[str], sentences: set[int]) -> int:
        """How strongly the paper compares the arm with others: 3 when a list of names is paired
        with a list of figures ("A, B and C … 6.3, 4.2 and 3.6 V"), 2 for a comparison ("than A",
        "A versus B") or a list of names in a sentence with figures, else 0."""
        best = 0
        for k in sentences:
            text = self.paper.sentences[k].text
            names = self.names[k]
            for n in names:
                if name_key(n.text, self.glossary) not in members:
                    continue
                before = text[max(0, n.start - 60):n.start]
                changed = CHANGED_FROM.search(before) and CHANGED_TO.match(text[n.end:n.end + 30].lstrip(" ,)"))
                later = [m for m in names if m.start >= n.end and name_key(m.text, self.glossary) not in members]
                named = self._is_name(" ".join(key_parts(name_key(n.text, self.glossary))[0]))    # not "the hybrid host"
                first = bool(later) and (STATED_THEN_COMPARED.match(text[n.end:later[0].start]) or
                                         named and (STATED_THEN_THAN.match(text[n.end:later[0].start]) or
                                                    STATED_THEN_CONTRASTED.match(text[n.end:later[0].start])))
                gapped = bool(JOINED_BEFORE.search(before) and GAPPED_AFTER.match(text, n.end)) and any(
                    m.end <= n.start and name_key(m.text, self.glossary) not in members for m in names)
                if COMPARATIVE.search(before[-40:]) or COMPARED_FIGURE.search(before) or changed or first or gapped or \
                        COMPARE_VERB.search(before[-40:]) or COMPARED_AFTER.match(text, n.end) or \
                        BENCHMARKED_AGAINST.search(before):
                    best = max(best, 2)
            quantities = self.paper.mentions[k].quantities
            if not quantities and "respectively" not in text and not re.search(r"\b(?:compar|benchmark)", text, re.I):
                continue
            for group in coordinations(text, names):
                if re.search(r"\bbetween\s+(?:the\s+|a\s+)?$", text[max(0, group[0].start - 12):group[0].start]):
                    continue                    # "between the glass sheet and the collector": parts of one cell
                keys = [name_key(n.text, self.glossary) for n in group]
                if set(keys) & set(members) and set(keys) - set(members):
                    listed = len(set(keys)) >= 2 and _value_list_of(text, quantities, len(set(keys)))
                    best = max(best, 3 if listed else 2)
        return best

    def label(self, members: Sequence[str], seen: dict[str, _Seen], root: str, control: bool = False) -> str:
        """The paper's own name for the arm: its defined long form with the short form, else the
        spelling it uses most (the longer of equals); a control's, with its control word if the paper writes one."""
        surfaces = Counter[str]()
        for m in members:
            surfaces.update(seen[m].surfaces)
        if not any(s in self.glossary for m in members for s in seen[m].surfaces) and \
                (titled := next((n.text for n in self.title_names if self._shortened_title_name(root, n)), "")):
            return titled                   # "the gold-decorated host" is the title's "gold-decorated carbon hosts"
        made = key_parts(root)[0]
        shorts = [s for s in self.glossary if s not in self.brands and (   # a brand is its own label ("Hexlon separator")
            s.lower() == root.split()[0].lower() or s == root or key_parts(name_key(s, self.glossary))[0] == made
            and (len(made) == 1 or " " in s))]             # "3D Cu–Li": a short form of two words, keyed by both
        if shorts and len(root.split()) == 1:
            # of two short forms of one arm ("PPZ" for the layer, "PPZ-Li" for the anode) the one the paper writes most
            short = max(shorts, key=lambda s: sum(n for surface, n in surfaces.items() if re.search(
                rf"(?<![\w@/‐‑–-]){re.escape(s)}(?![\w@/‐‑–-])", surface)))
            if (loaded := _lithium_in(short, surfaces)) is not None:
                return loaded               # "MCF" is the host the paper defines, "Li@MCF" the anode its results test
            long = self.glossary[short]
            written = Counter[str]()
            for surface, n in surfaces.items():
                word = surface.split()[-1].lower()
                if word in lexicon_words("heads") and short in surface:
                    written[word] += n
            for sentence in self.paper.sentences:    # "… foil (TNC) host was made": the definition counts twice
                for m in re.finditer(rf"\(\s*{re.escape(short)}\s*\)\s+([a-z]+)", sentence.text):
                    if m.group(1) in lexicon_words("heads") and not head_as_verb(sentence.text, m.start(1), m.end(1)):
                        written[m.group(1)] += 2
            # a declared code names itself alone; an alloy's atomic ratio is one more spelling of its name, no code
            label = short if long == short else long if ATOMIC_RATIO.fullmatch(short) else f"{long} ({short})"
            head, uses = written.most_common(1)[0] if written else ("", 0)
            long_head = any(fold(long).endswith(h) for h in lexicon_words("heads"))
            if head and head not in re.findall(r"[a-z]+", fold(long)) and (not long_head or uses >= 2):
                label = f"{label} {head}"          # the paper writes "ZCF host": the host is part of its name
            return label
        if control and (spelled := _control_spelling(surfaces)):
            return spelled
        readable = [s for s in surfaces if len(s) <= MAX_LABEL]
        best = max(readable or surfaces, key=lambda s: (surfaces[s], len(s)))
        short = next((s for s, long in self.glossary.items() if long == best and s not in best), "")
        if short:                   # a long form the paper then writes by its short form ("… nanosheets (CoNC/Cu)")
            best = f"{best} ({short})"
        return re.sub(r"^(?:the|a|an|this|these|those|our)\s+", "", best, flags=re.I)

    def build(self) -> PaperArms:
        seen = self.seen()
        root_of = self.groups(seen)
        members: dict[str, list[str]] = defaultdict(list)
        for key, root in root_of.items():
            members[root].append(key)
        arms: dict[str, Arm] = {}
        arm_of_key: dict[str, str] = {}
        judged = {root: _judged(root, *self.evidence(keys, seen)) for root, keys in members.items()}
        media = _test_media({root: role for root, (role, _, _) in judged.items()},
                            {root: [s for m in keys for s in seen[m].surfaces] for root, keys in members.items()})
        for root, keys in members.items():
            role, score, reasons = judged[root]
            if role is None or root in media:
                continue
            key = f"own-{slug(root)}"
            # a control named by its control word; a product's trade name ("Varnex 3100") is its name, whatever
            # words describe it
            plain_control = role is Role.CONTROL and "trade name" not in reasons
            surfaces = Counter[str]()
            for m in keys:
                surfaces.update(seen[m].surfaces)
            self.root_of[key] = root
            arms[key] = Arm(key=key, label=self.label(keys, seen, root, plain_control), aliases=tuple(s for s, _ in surfaces.most_common()),
                            role=role, score=score, evidence=tuple(reasons))
            for m in keys:
                arm_of_key[m] = key
        shared = self._fold_parts(arms, arm_of_key) | self._fold_series(arms, arm_of_key, seen)
        self._fold_precursors(arms, arm_of_key)
        spellings = self._own_spellings(arms)
        metals = self._plain_metal_arms(arms)
        by_unordered = _by_unordered_key(arm_of_key)

        def own_mentions(text: str, names: Sequence[Name], said: SentenceMentions) -> tuple[ArmMention, ...]:
            found = tuple(ArmMention(n.start, n.end, arm, n.text, n.kind) for n in names
                          if (arm := _arm_keyed(name_key(n.text, self.glossary), arm_of_key, by_unordered))
                          or n.kind in (NameKind.SHORT, NameKind.COMPOUND, NameKind.WITH))
            found = _with_shared_heads(text, self._recurring(text, found, spellings), by_unordered, self.glossary)
            return self._bare_metals(text, found, said, metals)

        mentions = tuple(_bare_metal_row(sentence, own_mentions(sentence.text, names, said), said, metals)
                         for sentence, names, said in zip(self.paper.sentences, self.names, self.paper.mentions, strict=True))
        main = self.main(arms, mentions)
        if main not in arms:
            arms[main] = Arm(key=main, label=self.title_label(), aliases=(), role=Role.DESIGN, score=0,
                             evidence=("title",))
        if arms[main].evidence == ("title",) and (members := self._coded_series(arms, arm_of_key)):
            shared[main] = members
        # a design the paper's own results only set against its main design is what that design is measured
        # against: its control ("the GFC separator takes up 185%, against 92% for PP")
        against_main = [b for a, b in self._beaten([arms[main]], mentions)
                        if a == main and b in arms and arms[b].role is Role.DESIGN and "title" not in arms[b].evidence
                        and not _same_series(arms[b], arms[main])]      # "longer than AL-10": a variant, no control
        for key in [*self._coded_without(arms, arm_of_key), *self._extended_bases(arms, main), *against_main]:
            arms[key] = replace(arms[key], role=Role.CONTROL)
        mentions = _colour_legends(self.paper, mentions)
        built = PaperArms(arms=arms, main=main, mentions=mentions, shared=shared, glossary=self.glossary)
        return replace(built, mentions=tuple(tuple(_part_as_it_is(m, built) for m in names) for names in mentions))

    def _coded_series(self, arms: Mapping[str, Arm], arm_of_key: Mapping[str, str]) -> tuple[str, ...]:
        """"Four samples were made with 0, 5, 10 and 20 wt.% X and labelled A0, A1, A2 and A3": the samples of a
        series coded by the amount of one thing, where the codes are arms; a title's design that has no evidence of
        its own but the title is that series' family, and what is said of it ("The layers are 3 µm thick") is said
        of each member. The longest such series; () when the paper codes none."""
        series: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
        for (_, unit, what), code in amount_codes(s.text for s in self.paper.sentences).items():
            if (key := arm_of_key.get(name_key(code, self.glossary), "")) in arms and arms[key].own:
                series[unit, what][key] = None
        return max((tuple(keys) for keys in series.values() if len(keys) >= 2), key=len, default=())

    def _coded_without(self, arms: Mapping[str, Arm], arm_of_key: Mapping[str, str]) -> list[str]:
        """"made with 0, 5 and 10 wt.% X and labelled A0, A1 and A2": the sample coded for none of the thing is
        the series' control (what the thing is set against), not a design, where the other codes are arms too."""
        codes = amount_codes(s.text for s in self.paper.sentences)
        coded = Counter((unit, what) for (_, unit, what), code in codes.items()
                        if arm_of_key.get(name_key(code, self.glossary), "") in arms)
        return [key for (value, unit, what), code in codes.items()
                if value == 0 and coded[unit, what] >= 3 and (key := arm_of_key.get(name_key(code, self.glossary), ""))
                in arms and arms[key].role == Role.DESIGN]

    def _extended_bases(self, arms: Mapping[str, Arm], main: str) -> list[str]:
        """"a gallium sulfide skin on the cloth (GS@CC)" beside "carbon cloth (CC)", "ZM-A" beside "M-A": a design
        whose code is another arm's code with a part written before it names that arm with something added (a
        coating, a seed); the arm the base code names, set against it with no control word, is its control, unless
        the paper makes it in its own voice ("We grow a sponge (CNS) … and coat it (LiF-CNS)": two designs) or it is
        the main design. (Lithium held in a host, "Li@CC", is that host's anode, no design of its own.)"""
        designs = {key: {arm.label, *arm.aliases} for key, arm in arms.items() if arm.own and arm.role == Role.DESIGN}
        return [key for key, names in designs.items() if key != main and "own voice" not in arms[key].evidence and any(
            other != key and any(_extends(theirs, base) for theirs in designs[other] for base in names & self.glossary.keys())
            for other in designs)]

    def _plain_metal_arms(self, arms: Mapping[str, Arm]) -> dict[str, str]:
        """Each metal's plain arm among the paper's own ("Cu electrodes", "planar Cu"), by the metal's canonical name:
        of several, the one the paper calls by a control word ("planar Cu" beside the "Cu electrodes" of a caption); a
        metal with several plain arms and no one such has none here."""
        by_metal: dict[str, set[str]] = defaultdict(set)
        for key, arm in arms.items():
            made, _ = key_parts(self.root_of[key])
            if arm.own and self._plain_metal(self.root_of[key]):
                by_metal[next(iter(made))].add(key)
        out = {}
        for metal, keys in by_metal.items():
            called = [k for k in keys if any(has_words("control", w) for w in self.root_of[k].split())]
            if len(keys) == 1 or len(called) == 1:
                out[metal] = called[0] if called else next(iter(keys))
        return out

    @staticmethod
    def _bare_metals(text: str, found: tuple[ArmMention, ...], said: SentenceMentions,
                     metals: Mapping[str, str]) -> tuple[ArmMention, ...]:
        """The sentence's arm mentions, with a metal named bare in a list of arms ("CNS and Cu fall to …", "Cu, G-Cu
        and NG-Cu") read as that metal's plain arm: set beside arms, a bare metal is the bare foil they are
        compared with, not an ingredient ("the Cu content", "Li deposits on Cu" stay unread)."""
        added = []
        for material in said.materials:
            arm = metals.get(material.label)
            if arm is None or not free_span(found, material.start, material.end):
                continue
            listed = any(LISTED.fullmatch(text[m.end:material.start]) or LISTED.fullmatch(text[material.end:m.start])
                         for m in found if m.arm)
            # lithium is every cell's anode: named bare, it sets no plain control against the design
            against = material.label != LITHIUM and any(m.arm and m.arm != arm for m in found) and (
                SET_AGAINST_BEFORE.search(text, 0, material.start) or
                any(re.fullmatch(r"\s+for\s+", text[q.end:material.start]) for q in said.quantities) or
                any(re.fullmatch(r"\s+(?:of|for)\s+(?:the\s+)?", text[c.end:material.start]) for c in said.cues))
            if listed or against:
                added.append(ArmMention(material.start, material.end, arm, material.text, NameKind.PHRASE))
        for m in BASED_CELL.finditer(text):       # "the Cu-based cell": the cell of the plain metal, one hyphenated word
            arm = metals.get(material_alias_index().get(m.group("what"), ""))
            if arm is not None and m.group("what") != LITHIUM and free_span([*found, *added], m.start(), m.end("what")):
                added.append(ArmMention(m.start(), m.end("what"), arm, m.group("what"), NameKind.PHRASE))
        return tuple(sorted((*found, *added), key=lambda n: n.start)) if added else found

    @staticmethod
    def _own_spellings(arms: Mapping[str, Arm]) -> dict[str, str]:
        """Spellings of several words that name exactly one own arm ("Li foil" → the Li foil control)."""
        owners: dict[str, set[str]] = defaultdict(set)
        for arm in arms.values():
            for alias in arm.aliases:
                if arm.own and " " in alias:
                    owners[alias].add(arm.key)
        return {alias: next(iter(keys)) for alias, keys in owners.items() if len(keys) == 1}

    @staticmethod
    def _recurring(text: str, found: tuple[ArmMention, ...], spellings: Mapping[str, str]) -> tuple[ArmMention, ...]:
        """The sentence's arm mentions, with the spellings of several words the paper gave one own arm
        elsewhere ("Li foil", read as the control where it was compared) wherever they recur unread ("cells
        of Li–CNT and Li foil")."""
        added = [ArmMention(m.start(), m.end(), key, m.group(), NameKind.PHRASE)
                 for alias, key in spellings.items() if alias in text
                 for m in re.finditer(rf"(?<![\w@/|–-]){re.escape(alias)}(?![\w@/|–-])", text)]
        kept: list[ArmMention] = []
        for mention in sorted(added, key=lambda a: a.start - a.end):       # longest first
            if free_span((*found, *kept), mention.start, mention.end):
                kept.append(mention)
        return tuple(sorted((*found, *kept), key=lambda n: n.start)) if kept else found

    def _fold_parts(self, arms: dict[str, Arm], arm_of_key: dict[str, str]) -> dict[str, tuple[str, ...]]:
        """A part of a design ("the carbon layer" of the "AlN-carbon separator", "PGS coating") is the
        design made of it; a part several arms are made of ("the ceramic layer" of two coated
        separators) is shared by all of them (the returned map); a bare ingredient several arms are
        made of is none of them. A part named by its own short form and made into cells of its own ("the
        CF-Li symmetric cell" beside "CF@ZnO-Li") is the undecorated part under test, not an ingredient."""
        shared: dict[str, tuple[str, ...]] = {}
        for key, arm in list(arms.items()):
            made, head = key_parts(self.root_of[key])
            part = head in lexicon_words("part_heads")
            tested_alone = "cell" in arm.evidence and not any(n in material_alias_index() for n in made)
            ingredient = not head and not {"compared", "control"} & set(arm.evidence) and not tested_alone
            candidate = "part" in arm.evidence                # not an arm by itself: folds or goes
            # "the aramid nanofibre coating" of "PE separators with a layer of aramid nanofibres (ANF@PE)": a part named
            # in words of no material, the design whose long form spells them
            spelled = self._spelled_out_in(self.root_of[key], arms) \
                if part and not any(self._is_name(n) or materials_in(n) for n in made) else ""
            if not spelled and (not made or not (part or ingredient)):
                if candidate:
                    self._drop(key, arms, arm_of_key)
                continue
            wholes = [arms[spelled]] if spelled else \
                [a for a in arms.values() if a.own and a.key != key and all(self._made_of(a, n) for n in made)
                 and (part and _head_kind(key_parts(self.root_of[a.key])[1]) != _head_kind(head)
                      or ingredient and made < key_parts(self.root_of[a.key])[0])]
            if not wholes and arm.role != Role.PRIOR:
                continue
            # "the NB particles" where the paper tests NB itself beside "the NB electrolyte": the part of NB, the arm its
            # name is made of alone, not of every arm made with NB
            alone = [a for a in wholes if key_parts(self.root_of[a.key]) == (made, "")]
            wholes = alone if part and len(alone) == 1 else wholes
            del arms[key]
            if part and len(wholes) > 1:
                shared[key] = tuple(a.key for a in wholes)
                continue
            for name, owner in list(arm_of_key.items()):
                if owner == key:
                    if len(wholes) == 1:
                        arm_of_key[name] = wholes[0].key
                    else:
                        del arm_of_key[name]
        shared = {part: kept for part, wholes in shared.items() if (kept := tuple(w for w in wholes if w in arms))}
        for name, owner in list(arm_of_key.items()):
            if owner not in arms and owner not in shared:
                del arm_of_key[name]
        return shared

    def _spelled_out_in(self, part: str, arms: Mapping[str, Arm]) -> str:
        """The one own design whose defined long form holds every word before a part's head noun ("aramid nanofibre
        coating" in "PE separators with a thin layer of aramid nanofibres (ANF@PE)"), or "": a part of it named in
        words of no material the lexicon knows."""
        words = {w.rstrip("s") for w in part.lower().split()[:-1]}
        if not words:
            return ""
        found = {a.key for a in arms.values() if a.own and a.role == Role.DESIGN
                 for alias in a.aliases if alias in self.glossary
                 and words <= {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", self.glossary[alias].lower())}}
        return next(iter(found)) if len(found) == 1 else ""

    def _fold_series(self, arms: dict[str, Arm], arm_of_key: dict[str, str], seen: Iterable[str]
                     ) -> dict[str, tuple[str, ...]]:
        """A composition series named by its formula ("the Li1+xAlxTi2-x(PO4)3 pellets were 1 mm thick")
        stands for its members, not for an arm of its own: the members the paper declares it with most
        often ("(x = 0, 0.3, 0.5)"), where these are arms. Returned as series → arms, like a shared part."""
        declared: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        for sentence in self.paper.sentences:
            for formula, members in series_declarations(sentence.text):
                declared[name_key(formula, self.glossary)][tuple(name_key(m.text, self.glossary) for m in members)] += 1
        series: dict[str, tuple[str, ...]] = {}
        for root, counts in declared.items():
            family = arm_of_key.get(root, f"own-{slug(root)}")
            member_keys = counts.most_common(1)[0][0]
            kept = tuple(dict.fromkeys(key for m in member_keys if (key := arm_of_key.get(m)) in arms and key != family))
            if len(kept) < 2:
                continue
            series[family] = kept
            arms.pop(family, None)
            arm_of_key.setdefault(root, family)
            series |= self._fold_series_builds(root, member_keys, arms, arm_of_key, seen)
        return series

    @staticmethod
    def _fold_series_builds(root: str, member_keys: Sequence[str], arms: dict[str, Arm],
                            arm_of_key: dict[str, str], seen: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """A build made of the series and other parts ("LSbS | Li7-xNaxSbS4 bilayer"), an arm or not, is
        each member's build: the arm made of the same parts with the member in the series' place, else
        the member."""
        builds: dict[str, tuple[str, ...]] = {}
        series_made = key_parts(root)[0]
        for name in seen:
            made, _ = key_parts(name)
            rest = made - series_made
            owner = arm_of_key.get(name, f"own-{slug(name)}")
            if not series_made < made or name in arm_of_key and owner not in arms:
                continue
            wholes = []
            for member in member_keys:
                same = [arm for other, arm in arm_of_key.items()
                        if arm in arms and key_parts(other)[0] == rest | key_parts(member)[0]]
                wholes.append(same[0] if same else arm_of_key.get(member, ""))
            kept = tuple(dict.fromkeys(w for w in wholes if w in arms and w != owner))
            if len(kept) >= 2:
                builds[owner] = kept
                arms.pop(owner, None)
                arm_of_key[name] = owner
        return builds

    def _fold_precursors(self, arms: dict[str, Arm], arm_of_key: dict[str, str]) -> None:
        """"Once in contact with molten lithium, the TaN scaffold fills in 8 s. The resulting Li–TaN …": the scaffold a design
        is made from (infused, coated, grown on), named just before "the resulting X", is X's precursor, not an arm of
        its own, unless the paper tests it (in cells, or compared with another arm); what is said of it is said of X."""
        def arm_at(name: Name) -> str:
            return arm_of_key.get(name_key(name.text, self.glossary), "")

        def made_product(text: str, name: Name) -> bool:      # the name may hold the word itself ("resulting X")
            said = text[:name.start] + (m.group() if (m := re.match(PRODUCT_WORD, name.text, re.I)) else "")
            return bool((m := PRODUCT_OF.search(said)) and re.search(PRODUCT_WORD, m.group(), re.I))

        def untested(key: str) -> bool:
            arm = arms.get(key)
            return arm is not None and arm.role == Role.DESIGN and \
                not {"cell", "compared", "control"} & set(arm.evidence)     # a time measured while making it counts not

        for k, names in enumerate(self.names):
            text = self.paper.sentences[k].text
            for name in names:
                product = arm_at(name)
                if not product or product not in arms or not made_product(text, name) or untested(product):
                    continue
                before = [arm_at(n) for n in names if n.end <= name.start]
                if k > 0 and self.paper.sentences[k - 1].block == self.paper.sentences[k].block:
                    before += [arm_at(n) for n in self.names[k - 1]]
                # or one the product is named after ("a chromium nitride framework" … "the resulting Li–CrN")
                before += [key for key in arms if self._named_after(arms[product], key)]
                for precursor in dict.fromkeys(b for b in before if b != product and untested(b)):
                    del arms[precursor]
                    for key, owner in list(arm_of_key.items()):
                        if owner == precursor:
                            arm_of_key[key] = product

    def _named_after(self, product: Arm, key: str) -> bool:
        """The product's name holds each element the other arm is made of ("Cr" of a chromium nitride framework
        in "Li–CrN")."""
        made = key_parts(self.root_of[key])[0]
        elements = {e for n in key_parts(self.root_of[product.key])[0] for e in re.findall(r"[A-Z][a-z]?", n)}
        return bool(made) and all(re.fullmatch(r"[A-Z][a-z]?", n) and n in elements for n in made)

    @staticmethod
    def _drop(key: str, arms: dict[str, Arm], arm_of_key: dict[str, str]) -> None:
        del arms[key]
        for name, owner in list(arm_of_key.items()):
            if owner == key:
                del arm_of_key[name]

    def _made_of(self, arm: Arm, name: str) -> bool:
        text = fold(" ".join([arm.label, *arm.aliases]))
        absence = self.root_of[arm.key].startswith("without ")     # "Without the ZnO shell" lacks ZnO, is not made of it
        return name in key_parts(self.root_of[arm.key])[0] or \
            not absence and bool(re.search(rf"(?<![a-z0-9]){re.escape(fold(name))}(?![a-z0-9])", text))

    def main(self, arms: Mapping[str, Arm], mentions: Sequence[Sequence[ArmMention]]) -> str:
        """The paper's main design: the best-evidenced design, most named among equals; never a design the paper's
        own sentences only set against another design ("X takes up 185%, against 92% for Y"): that is X's control."""
        counts = Counter(m.arm for ms in mentions for m in ms if m.arm)
        designs = [a for a in arms.values() if a.role == Role.DESIGN]
        beaten = {b for _a, b in self._beaten(designs, mentions)}
        designs = [a for a in designs if a.key not in beaten] or designs
        if designs and not any("title" in a.evidence for a in designs) and self.title_phrase():
            same = [a for a in designs if "defined" in a.evidence and self._rewords_title(a)]
            if same:                     # "fluorinated polymer coating" in the title, "… layer (FPL)" in the text
                return max(same, key=lambda a: (a.score, counts[a.key])).key
            named = [a for a in designs if "defined" in a.evidence and "abstract" in a.evidence] or \
                [a for a in designs if "abstract" in a.evidence]
            if len(named) == 1:          # the abstract names one design ("(denoted as PH-Li)", "cells with CoPc@PP")
                return named[0].key
            if len(designs) == 1 and {"cell", "compared"} & set(designs[0].evidence):
                return designs[0].key    # the one design the paper tests is what its title words otherwise
            tested = [a for a in designs if self._defined_and_tested(a)]
            if len(tested) == 1:         # of several, the one the paper names (defines) and tests
                return tested[0].key
            built_on = [a for a in tested if any(_builds_on(a, b) for b in tested if b is not a)]
            if len(built_on) == 1:       # "LB-LYC" beside "LYC": the design's code adds to its base's
                return built_on[0].key
            return f"own-{slug(self.title_phrase())}"
        if designs:
            # the title's design, unless another is both named (defined) and tested and the title's is not: "A tin
            # alloy and fluoride hybrid layer" in the title, "… (TFH@Li)" defined and cycled in the text
            return max(designs, key=lambda a: (("title" in a.evidence) + self._defined_and_tested(a),
                                               len(key_parts(self.root_of[a.key])[0]), a.score, counts[a.key])).key
        return f"own-{slug(self.title_label())}"

    def _beaten(self, designs: Sequence[Arm], mentions: Sequence[Sequence[ArmMention]]) -> set[tuple[str, str]]:
        """(design, arm) of each arm the paper's own sentences only set against that design ("X takes up 185%, against
        92% for Y"), never the other way round."""
        pairs = {pair for k, ms in enumerate(mentions) if not self.paper.sentences[k].citations
                 for pair in set_against(self.paper.sentences[k].text, ms)}
        return {(a, b) for a, b in pairs if (b, a) not in pairs and any(d.key == a for d in designs)}

    @staticmethod
    def _defined_and_tested(arm: Arm) -> bool:
        return "defined" in arm.evidence and bool({"cell", "compared"} & set(arm.evidence))

    def _rewords_title(self, arm: Arm) -> bool:
        """Whether the arm is the title's design in other words: all but the head noun of the title's
        phrase (at least two words) recur in the arm's label."""
        words = re.findall(r"[\w-]+", fold(self.title_phrase()))[:-1]
        label = set(re.findall(r"[\w-]+", fold(arm.label)))
        return len(words) >= 2 and all(w in label for w in words)

    @cached_property
    def title_names(self) -> list[Name]:
        """The names in the title, but for the setting a title's purpose is pursued in ("X for lithium
        anodes in carbonate electrolytes"): what the design is tested in is not the design."""
        title = self.paper.document.meta.title
        names = sentence_names(title, self.paper.title, self.glossary)
        verb = predicate_verb_at(title)
        if verb >= 0:           # a title written as a clause: what it names after its verb is what the design acts on
            names = [n for n in names if n.start < verb]
        kept = [n for n in names if not TITLE_SETTING.search(title[:n.start])]
        return kept or names

    @cached_property
    def _title_subject(self) -> str:
        """The title, or where it is written as a clause, its part before the verb: what the title names after its
        verb ("… turns polypropylene separators into …") is what the design acts on, not the design."""
        title = self.paper.document.meta.title
        verb = predicate_verb_at(title)
        return title[:verb] if verb >= 0 else title

    @cached_property
    def _title_phrase(self) -> str:
        phrases = [n.text for n in self.title_names if n.kind == NameKind.PHRASE]
        return max(phrases, key=len) if phrases else ""

    def title_phrase(self) -> str:
        """The design the title names, as the text writes it ("Ca-containing coating"), or ""."""
        return self._title_phrase

    def title_label(self) -> str:
        """A name for the paper's design when no arm has one: the design phrase of the title, else
        the best of the abstract, else the title itself."""
        title = self.paper.document.meta.title
        if self.title_phrase():
            return self.title_phrase()
        for k, s in enumerate(self.paper.sentences):
            if s.kind != BlockKind.ABSTRACT:
                continue
            phrase = best_phrase(self.paper, k)
            if phrase is not None and can_name_structure(phrase.text, self.glossary):
                return phrase.text
        return title[:MAX_LABEL] or "this work"


# "X outperforms the bare Y", "X surpasses Y": the arm after the verb is the one the first is set against
OUTPERFORMS = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:\w+ly\s+)?(?:outperform|outperformed|outperforms|surpass|surpasses|surpassed|"
                         r"outlast|outlasts|outlasted|outlives|outlived)\s+(?:that\s+of\s+|those\s+of\s+|the\s+|a\s+|an\s+)?$",
                         re.I)


def set_against(text: str, names: Sequence[ArmMention]) -> list[tuple[str, str]]:
    """(first arm, arm set against it) of each comparison a sentence states from one arm to the next: "X takes up
    185%, against 92% for Y", "X ran for 900 h, far longer than Y", "X outperforms Y"; the first is what the sentence
    is about, the second what it is measured against."""
    named = sorted((n for n in names if n.arm), key=lambda n: n.start)
    return [(a.arm, b.arm) for a, b in zip(named, named[1:], strict=False)
            if a.arm != b.arm and (STATED_THEN_COMPARED.match(between := text[a.end:b.start]) or
                                   STATED_THEN_THAN.match(between) or OUTPERFORMS.match(between))]


def _bare_metal_row(sentence: Sentence, found: tuple[ArmMention, ...], said: SentenceMentions,
                    metals: Mapping[str, str]) -> tuple[ArmMention, ...]:
    """A table row headed by a metal alone ("Li" under "Li–Mg (5 at%)" and "Li–Mg (20 at%)"): the row of that metal's
    plain arm, the control the other rows are set against, where the row's first cell names no arm itself."""
    cell = row_name(sentence)
    if not cell or any(m.arm and m.start < len(cell) for m in found):
        return found
    arm = next((metals.get(m.label) or metals.get(m.label.lower()) for m in said.materials    # lithium is keyed "li"
                if m.start == 0 and m.end == len(cell)), None)
    return (ArmMention(0, len(cell), arm, cell, NameKind.PHRASE), *found) if arm else found


def _same_series(arm: Arm, other: Arm) -> bool:
    """Whether two arms are variants of one coded series: codes that differ only in their numbers ("AL-10", "AL-25")."""
    def stems(a: Arm) -> set[str]:
        return {re.sub(r"\d+(?:\.\d+)?", "#", s) for s in a.aliases if re.fullmatch(r"[A-Z][\w@/–-]*\d", s)}
    return bool(stems(arm) & stems(other))


def _builds_on(arm: Arm, base: Arm) -> bool:
    """Whether ``arm`` is named by a code that writes ``base``'s code as one of its parts ("LB-LYC" over "LYC",
    "Ag@CNF" over "CNF"): a thing made from the base, as papers code their design from its control."""
    return any(re.search(rf"(?<![\w])[\w.]+[-–@/]{re.escape(b)}(?![\w])|(?<![\w]){re.escape(b)}[-–@/][\w.]+(?![\w])", a)
               for a in arm.aliases for b in base.aliases if NAME_TOKEN.fullmatch(b) and a != b)


def _judged(root: str, score: int, reasons: list[str], prior: float) -> tuple[Role | None, int, list[str]]:
    """(role, score, reasons) of the arm keyed ``root`` from its evidence; no role when it is no arm at all."""
    if "medium" in reasons:
        return None, score, reasons
    control = bool({"control", "trade name", "plain metal"} & set(reasons))
    if prior >= PRIOR_SHARE and not {"title", "abstract", "caption"} & set(reasons) or "earlier work" in reasons:
        return Role.PRIOR, score, reasons
    if score >= ARM_SCORE and STRUCTURAL & set(reasons):
        return (Role.CONTROL if control else Role.DESIGN), score, reasons
    if key_parts(root)[1] in lexicon_words("part_heads") or key_parts(root)[0] and not key_parts(root)[1]:
        return Role.PRIOR, score, [*reasons, "part"]    # no arm of its own; maybe part of the arms made of it
    return None, score, reasons


def _unordered(key: str) -> str:
    """"ceramic-polymer layer" and "polymer-ceramic layer": a composite named by the materials it joins with dashes
    is the same thing whichever it names first."""
    return " ".join("-".join(sorted(word.split("-"))) for word in key.split())


def _by_unordered_key(arm_of_key: Mapping[str, str]) -> dict[str, str]:
    """Name key, its dashed materials in any order (``_unordered``) → arm, where that names one arm only."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, arm in arm_of_key.items():
        owners[_unordered(key)].add(arm)
    return {key: next(iter(arms)) for key, arms in owners.items() if len(arms) == 1}


def _arm_keyed(key: str, arm_of_key: Mapping[str, str], by_unordered: Mapping[str, str]) -> str:
    """The arm a name keyed ``key`` names, its dashed materials in the order the paper first wrote them or in
    another ("graphite–polymer layers" after "a polymer–graphite layer"); "" for none."""
    return arm_of_key.get(key) or by_unordered.get(_unordered(key), "")


# "the ceramic–polymer and carbon–polymer composite layers": a modifier joined by "and" to a name whose head it shares
SHARED_HEAD_BEFORE = re.compile(r"(?<![\w–-])(?P<modifier>\w+(?:[–-]\w+)*)\s+and\s+$")


def _with_shared_heads(text: str, found: tuple[ArmMention, ...], by_unordered: Mapping[str, str],
                       glossary: Mapping[str, str]) -> tuple[ArmMention, ...]:
    """"The ceramic–polymer and carbon–polymer composite layers are 10 and 20 μm thick, respectively": two names
    written with one head, the first only by its modifier; that modifier with the head words of the name after it
    ("ceramic–polymer composite layers") names its own arm, which the sentence's figures may then pair with."""
    added: list[ArmMention] = []
    for mention in found:
        m = SHARED_HEAD_BEFORE.search(text[:mention.start]) if mention.arm else None
        if m is None or not free_span((*found, *added), m.start("modifier"), m.end("modifier")):
            continue
        words = mention.text.split()
        for i in range(len(words) - 1, 0, -1):          # the fewest head words first: "… layers", "… composite layers"
            arm = by_unordered.get(_unordered(name_key(f"{m.group('modifier')} {' '.join(words[i:])}", glossary)))
            if arm is not None and arm != mention.arm:
                added.append(ArmMention(m.start("modifier"), m.end("modifier"), arm, m.group("modifier"), NameKind.PHRASE))
                break
    return tuple(sorted((*found, *added), key=lambda n: n.start)) if added else found


def _part_as_it_is(mention: ArmMention, arms: PaperArms) -> ArmMention:
    """"The pristine X powder had 2-8 µm particles": a part several arms are made of ("X powder" of the X electrode
    and of the composites built with it), named with a control word, is that part as it is, untouched by what the
    designs did with it: the one control among the arms made of it, not every arm."""
    first = re.sub(r"^(?:the|a|an)\s+", "", mention.text, flags=re.I).split()[:1]
    if mention.arm not in arms.shared or not first or first[0].lower() not in lexicon_words("control"):
        return mention
    controls = [key for key in arms.expand(mention.arm) if (arm := arms.arms.get(key)) and arm.role is Role.CONTROL]
    return replace(mention, arm=controls[0]) if len(controls) == 1 else mention


def _test_media(roles: Mapping[str, Role | None], surfaces: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """"In carbonate electrolyte, cells of the X composite cycle for 1,500 h", "cells were assembled with a carbonate
    electrolyte": an electrolyte named only by its class of solvent, the one electrolyte among the paper's arms, is
    the medium every cell was tested in, not an arm that takes the cells' figures. Where the paper sets another
    electrolyte beside it (its design electrolyte, or one of another solvent class) the results compare
    electrolytes, and it stays an arm. ``surfaces``: each arm's spellings, which say what it is where its key is a
    short form ("FSE" for a fluorinated sulfone electrolyte)."""
    electrolytes = [root for root, role in roles.items() if role in (Role.DESIGN, Role.CONTROL)
                    and any(re.search(r"\belectrolytes?$", re.sub(r"\s*\([^()]*\)$", "", s)) for s in surfaces[root])]
    if len(electrolytes) != 1:
        return frozenset()
    made, head = key_parts(electrolytes[0])
    return frozenset(electrolytes) if head.startswith("electrolyte") and made and made <= lexicon_words("solvent_classes") \
        else frozenset()


def _is_shape(head: str) -> bool:
    """"nanorod", "microsphere": a head noun that names the shape a material is made in."""
    return head.startswith(("nano", "micro"))


def _canonical(parts: frozenset[str]) -> frozenset[str]:
    """What a name is made of, each material by its lexicon name ("CNT" and "carbon nanotube" agree)."""
    index = material_alias_index()
    return frozenset(index.get(p.replace("_", " "), p) for p in parts)


def _value_list_of(text: str, quantities: Sequence[Mention], n: int) -> bool:
    """Whether ``text`` lists ``n`` figures in a row ("6.3, 4.2, and 3.6 V", "18% and 9%")."""
    run = 1
    for a, b in zip(quantities, quantities[1:], strict=False):
        run = run + 1 if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[a.end:b.start]) else 1
        if run == n:
            return True
    return n == 1


FIRST_WORD = re.compile(r"(?:(?:the|a|an)\s+)?(?P<word>[\w-]+)\s", re.I)


def _control_spelling(surfaces: Counter[str]) -> str:
    """A control's name as the paper writes it with its control word ("the uncoated PI mat"), the spelling most
    used: the same thing named bare elsewhere (the title's "polyimide fibre mats", the design's substrate) would
    read as the design."""
    marked = [s for s in surfaces if (m := FIRST_WORD.match(s)) and m.group("word").lower() in lexicon_words("control")]
    if not marked:
        return ""
    best = max(marked, key=lambda s: (surfaces[s], len(s)))
    return re.sub(r"^(?:the|a|an)\s+", "", best, flags=re.I)


@lru_cache(maxsize=1)
def _colour_word() -> re.Pattern[str]:
    colours = "|".join(map(re.escape, sorted(lexicon_words("colours"), key=longest_first)))
    return re.compile(rf"\b(?:{colours})\b", re.I)


def _colour_legends(paper: Paper, mentions: Sequence[tuple[ArmMention, ...]]) -> tuple[tuple[ArmMention, ...], ...]:
    """"Figure 4. Cycling of X (red) and Y (blue) cells …; red, 900 h; the blue one fails after 150 h": a caption whose
    legend gives each arm's colour in brackets after its name then says its figures by colour; each later colour word
    of the caption names that colour's arm."""
    out = list(mentions)
    for k, sentence in enumerate(paper.sentences):
        if sentence.kind != BlockKind.CAPTION or k != paper.paragraph(k)[0]:
            continue
        caption = paper.paragraph(k)
        legend: dict[str, str] = {}
        given: set[tuple[int, int]] = set()          # where a colour is given in brackets, not said
        for j in caption:
            text = paper.sentences[j].text
            for m in out[j]:
                if m.arm and (said := re.match(r"\s*\(\s*([a-z]+)(?:\s+[a-z]+)?\s*\)", text[m.end:])) and \
                        _colour_word().fullmatch(said.group(1)):
                    legend.setdefault(said.group(1).lower(), m.arm)
                    given.add((j, m.end + said.start(1)))
        if len(set(legend.values())) < 2:
            continue
        for j in caption:
            text = paper.sentences[j].text
            added = tuple(ArmMention(c.start(), c.end(), legend[c.group().lower()], c.group(), NameKind.LABEL)
                          for c in _colour_word().finditer(text)
                          if c.group().lower() in legend and (j, c.start()) not in given
                          and not any(m.start <= c.start() < m.end for m in out[j]))
            if added:
                out[j] = tuple(sorted((*out[j], *added), key=lambda m: m.start))
    return tuple(out)


def paper_arms(paper: Paper) -> PaperArms:
    """The arms of a research paper, and where each sentence names them."""
    return _Builder(paper).build()


def fold(text: str) -> str:
    return text.translate(DASHES).lower()
