"""The names in a research paper's sentence that can stand for one of its structures.

A paper names a design or control in a handful of ways: a short form it defined ("PGLS"), a
composite or formula name ("GO-CNT-TiN", "Li6PS5Cl"), a noun phrase with a design's head noun
("AlN-carbon separator", "bare Cu foil"), an arm of a comparison ("the cell with FEC", "without
additives", "additive-free electrolyte") or a letter ("Cell A"). ``sentence_names`` finds them;
``name_key`` folds the spellings of one name together ("PGLS cell" = "PGLS", "carbon nanofiber
host" = "CNF host" once CNF is defined); ``can_name_structure`` rejects what is never a structure:
figure panels, instruments, solvents and single salts, cathodes, lithium itself and fragments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from pipeline.identity import material_table
from pipeline.linking.drafts import LITHIUM, NAME_TOKEN, class_cue_words, materials_in
from pipeline.linking.treated import treating_with_before
from pipeline.mentions import (
    PHRASE_STOP,
    Mention,
    SentenceMentions,
    has_words,
    lexicon_alternation,
    word_before,
)
from pipeline.nlp.patterns import (
    dimension_words,
    lexicon_words,
    longest_first,
    material_alias_index,
    property_cue_terms,
    structure_words,
)
from pipeline.records import Name, NameKind

COMPOUND = re.compile(r"(?<![\w/@|–-])[A-Za-z0-9()+]+(?:[/@–-][A-Za-z0-9()+]+)+(?![\w/@|–-])")
ELEMENT_PART = re.compile(r"[A-Z][a-z]?\d*|\d+|[xyz]")
ELEMENTS = frozenset("""
    H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr
    Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir
    Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu""".split())  # noqa: SIM905
FORMULA = re.compile(r"(?<![\w./-])(?:[A-Z][a-z]?(?:\d+(?:\.\d+)?|[xyz](?:[-–]?\d*)?)*|\((?:[A-Z][a-z]?\d*)+\)\d*){2,}"
                     r"(?![\w/+−–-])")                  # a charge sign after it makes an ion ("PF6–")
# a figure, table or equation label right before a token: the token numbers a panel ("Fig. S2", "Supplementary Table S1")
PANEL_BEFORE = re.compile(r"\b(?:fig(?:ure)?s?|tables?|schemes?|eqs?|equations?|notes?)\.?\s*$", re.I)
# "K1–K3", "S-1–S-4": a range of a series' codes, which names each code from the first to the last
CODE_RANGE = re.compile(r"(?<![\w/@‐‑–-])(?P<prefix>[A-Z][A-Za-z]{0,2}-?)(?P<first>\d{1,2})\s?[–‐‑-]\s?(?P=prefix)?"
                        r"(?P<last>\d{1,2})(?![\w/@‐‑–-])")
CODE_RANGE_SPELLED = r"[A-Z][A-Za-z]{0,2}-?\d{1,2}\s?[–‐‑-]\s?(?:[A-Z][A-Za-z]{0,2}-?)?\d{1,2}(?![\w/@‐‑–-])"   # no groups
RANGE_SPAN = 9                  # members a range of codes may span beyond its first


def code_range(m: re.Match[str]) -> tuple[str, ...]:
    """The codes a CODE_RANGE match spans, first to last; () where its ends are no range ("S3–S1")."""
    first, last = int(m.group("first")), int(m.group("last"))
    if not first < last <= first + RANGE_SPAN:
        return ()
    return tuple(f"{m.group('prefix')}{i}" for i in range(first, last + 1))


ION_CHARGE = re.compile(r"\d?[−+](?![\w(])")       # "S2−", "Zn2+": a charged ion, not a sample
LABELLED = re.compile(r"\b(?:[Cc]ell|[Ss]ample|[Ee]lectrode|[Ee]lectrolyte|[Ss]eparator)\s+(?:[A-Z]|[IV]{1,3})\b(?![\w.-])")
ARM_WORD = re.compile(r"\b(?P<word>with|without|w/o|containing|incorporating|based\s+on|employing|using)\s+"
                      r"(?:the\s+|a\s+|an\s+|our\s+|\d+(?:\.\d+)?\s*(?:wt|vol)?\s*%\s+)?$", re.I)
DETERMINERS = re.compile(r"^(?:the|a|an|this|these|that|those|each|both|our|its|their|such|as-prepared|"
                         r"as-obtained|as-fabricated|resulting|obtained)\s+", re.I)
# the kinds of test cell a paper names before "cell" ("half cells", "symmetrical cells", "pouch-type cells")
CELL_KIND_WORDS = lexicon_alternation("cell_kinds")
CELL_KINDS = rf"(?:{CELL_KIND_WORDS})(?:al)?"
CELL_NOUN = r"cells?|batter(?:y|ies)"     # a test cell, as papers call one or more
CELL_TAIL = re.compile(rf"(?:\s+|-)(?:{CELL_KINDS}[\s-]?cells?|{CELL_NOUN}|samples?|devices?|systems?)$", re.I)
# between a figure and the arm it is stated for: "45 mV for bare Cu foil", "120 h for the cell without …", and past
# the "per cycle" of a rate ("0.11% per cycle with CNS")
OWNER_GAP = re.compile(r"^\s*\)?\s*(?:per\s+[a-z]+\s+)?(?:,\s*)?(?:for|of|on|in|with|by|using|from)\s+(?:both\s+)?(?:the\s+|a\s+|an\s+)?"
                       r"(?:\d+(?:\.\d+)?\s*(?:(?:wt|vol|mol|at)\.?\s*%|%|M|mM)\s+)?"     # "with 0.5 wt% X": an amount
                       # (no "and" or "but" among the words: "98.2% for 210 cycles and CrN@Cu fails" opens its clause)
                       r"(?:(?!(?:and|or|but|while|whereas)\s)[\w-]+\s+){0,3}?(?:\([a-zA-Z]\)\s*)?$", re.I)   # "(B) PP": a panel letter
# electrolytes told apart by their concentration: "the 5 M electrolyte", "the 1 M, 3 M and 5 M LiFSI electrolytes",
# "cells with 5 M"; a concentration is keyed as one word ("5M")
NUMBER = r"\d+(?:\.\d+)?"
MOLAR_UNIT = r"(?:M|mol\s?[Lk]g?[−–-]1)"                  # "5 M", "5 mol L−1", "5 mol kg−1"
MOLAR = rf"{NUMBER}\s?{MOLAR_UNIT}"
CONCENTRATION_WORD = re.compile(rf"(?<![\w.,−–-])({NUMBER})\s?{MOLAR_UNIT}(?![\w−–-])")
AMOUNT_WORD = re.compile(rf"(?<![\w.,−–-])({NUMBER})\s?(wt|vol)\.?\s?%")
# an alloy's share in brackets after its name ("Li–Mg (5 at%)"), keyed as an amount: "5at%"
SHARE_IN_BRACKETS = re.compile(rf"\(\s*({NUMBER})\s?(at|wt|mol)\.?\s?%(?:\s*[A-Z][a-z]?)?\s*\)")     # "(10 at.% Al)" too
AMOUNT_KEY = re.compile(rf"{NUMBER}(?:M|wt%|vol%|at%|mol%)")     # how name_key writes an amount ("5 M" → "5M", "2 wt%" → "2wt%")
DIMENSION_KEY = re.compile(r"[0-3]D")                  # "3D", "2D": a design's dimension, a name part ("3D Ni" is not "2D Ni")
# "the cell using 1 M LiPF6 in EC/DEC alone": a baseline electrolyte named by its recipe, set apart by "alone"/"only"
# from the same recipe with the paper's additive; elsewhere a recipe is what an electrolyte is made of, not an arm
RECIPE_ALONE = re.compile(rf"(?<![\w.,−–-]){MOLAR}\s+[A-Z][\w()–-]*\s+in\s+[A-Za-z][\w()/:–-]*[\w)](?=\s+(?:alone|only)\b)")
# "1 M LiTFSI in DOL/DME containing 1 wt% LiNO3": an amount that a recipe goes on to list is one of its ingredients
RECIPE_BEFORE = re.compile(rf"(?<![\w.,−–-]){MOLAR}\s+[A-Z][\w()–-]*\s+in\s+[A-Za-z][\w()/:–-]*[\w)]\s*,?\s+"
                           r"(?:(?:with|containing|plus|and)\s+)?$")
CONCENTRATION_LIST = re.compile(rf"(?<![\w.,−–-]){MOLAR}(?:\s*,\s*{MOLAR})*\s*,?\s*(?:and|or)\s+{MOLAR}"
                                rf"(?=\s+(?:[A-Z][\w()/:–-]*\s+(?:in\s+)?){{0,3}}electrolytes\b)")
# an additive or salt at its amounts: "with 0.1 M KPF6", "with 0, 1 and 2 wt% FEC" (0 is the arm without it)
AMOUNT_UNIT = rf"(?:{MOLAR_UNIT}|wt\.?\s?%|vol\.?\s?%)"
# electrolytes told apart by how much of an additive they hold: "the 0.5 wt% X electrolyte", "the 2 M LiFSI electrolyte"
CONCENTRATED = re.compile(rf"(?<![\w.,−–-]){NUMBER}\s?{AMOUNT_UNIT}\s+(?:[A-Z][\w()/:–-]*\s+(?:in\s+)?){{0,3}}electrolytes?\b")
AMOUNT_OF = re.compile(rf"(?<![\w.,−–-])(?P<values>(?:{NUMBER}\s*,\s*)*(?:{NUMBER}\s*,?\s*(?:and|or)\s+)?{NUMBER})"
                       rf"\s?(?P<unit>{AMOUNT_UNIT})\s+(?P<what>[A-Z][\w()+–-]*[\w)])(?![\w–-])")
# "1.2 wt% gallium nonaflate": an amount of an additive written in lower-case words, the last a chemical's
# ("…ate", "…ide", "…ium"); not a molarity, which more often opens an electrolyte's recipe
CHEMICAL_WORD = r"[a-z][a-z-]*(?:ate|ide|ite|ine|ene|ane|one|ol|amine|imide|amide|ium)s?"
AMOUNT_OF_WORDS = re.compile(rf"(?<![\w.,−–-])(?P<values>(?:{NUMBER}\s*,\s*)*(?:{NUMBER}\s*,?\s*(?:and|or)\s+)?{NUMBER})"
                             rf"\s?(?P<unit>wt\.?\s?%|vol\.?\s?%)\s+(?P<what>(?:[a-z][a-z-]+\s+){{0,2}}{CHEMICAL_WORD})(?![\w–-])")
# "1.0 wt% ZQ-3": an amount of a thing named by a code
AMOUNT_CODE = re.compile(r"[A-Z][A-Za-z]{0,4}[-‐]\d{1,3}")
# "0.1 M KPF6", "1.2 wt% gallium nonaflate", as AMOUNT_OF and AMOUNT_OF_WORDS name it
AMOUNT_NAME = re.compile(rf"{NUMBER}\s?{AMOUNT_UNIT}\s+(?:[A-Z][\w()+–-]*|(?:[a-z][a-z-]+\s+){{0,2}}{CHEMICAL_WORD})")
WITH_CONCENTRATION = re.compile(rf"\b(?:with|in|using|containing)\s+(?:the\s+)?(?P<c>{MOLAR})"
                                r"(?![\w−–-])(?!\s+(?:[A-Z(]|\w*(?:electrolyte|solution)|of\b))")
LIST_GAP = re.compile(r"^(?:\s*(?:\|{1,2}|[‖∥])\s*[^\s,;()|‖∥]+)*"   # "A||LFP and B||LFP": the other electrodes of A's cell
                      r"\s*(?:\([^()]{1,40}\)\s*)?"
                      r"(?:(?:anodes?|hosts?|electrodes?|cells?|separators?|foils?|layers?|films?|membranes?|"
                      r"electrolytes?|coatings?)\s*)?"                 # "the A anode and the B anode"
                      r"(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|vs\.?\s+|versus\s+|/|[<>≤≥]\s*)"   # "in the order A < B < C"
                      r"(?:(?<=and\s)(?:with|without|for|of|on|in|using)\s+)?"      # "with A and with B": the word repeated
                      r"(?:\([a-zA-Z]\)\s*)?(?:both\s+)?"
                      r"(?:the\s+|a\s+|an\s+)?(?:(?:[\w-]+\s+)?(?:cells?|separators?|electrodes?)\s*(?:,|and)\s*(?:the\s+)?)?$", re.I)
BUILT_WITH = re.compile(rf"^\s*(?:-|\s)?(?:(?:{lexicon_alternation('treatments')})(?:\s+(?:with|by|in|on))?|with)\s+"
                        r"(?:an?\s+|the\s+)?$", re.I)
SERIES = re.compile(r"(?P<formula>(?:[A-Z][a-z]?[\d.]*(?:[-–−+][xy])?[xy]?|\([A-Za-z\d]+\)[\d.]*)+)(?:\s+\w+){0,2}?\s*\(\s*(?P<var>[xy])\s*=\s*"
                    r"(?P<values>\d+(?:\.\d+)?(?:\s*,\s*(?:and\s+)?\d+(?:\.\d+)?|\s+and\s+\d+(?:\.\d+)?)+)\s*\)")
REDOX_COUPLE = re.compile(r"\b([A-Z][a-z]?)\s*/\s*\1\s*\d?\+")       # "Li/Li+", "Ca/Ca2+": a reference, not a design
ACRONYM = re.compile(r"(?<![\w/@.|-])[A-Z][A-Za-z0-9]*[A-Z0-9](?![\w/@|-])")     # "CC", "PE", "rGO" is not
# "Under the same conditions, the bare Li cell …", "at the same current density": a result run at the test conditions
# of the sentence before
SAME_SETTING = r"current(?:\s+densit(?:y|ies))?|rates?"
SAME_CONDITIONS = re.compile(r"^(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?(?:[Uu]nder|[Aa]t|[Ww]ith|[Ii]n)\s+(?:the\s+)?(?:same|identical|similar)\s+"
                             rf"(?:test(?:ing)?\s+|cycling\s+|operating\s+|electrochemical\s+)?(?:conditions?|parameters?|{SAME_SETTING})\b")
# "The Z cell lasts 520 h under the same conditions": the same said after the result, anywhere in the sentence
SAME_CONDITIONS_SAID = re.compile(r"\b(?:[Uu]nder|[Aa]t|[Ww]ith|[Ii]n)\s+(?:the\s+)?(?:same|identical|similar)\s+"
                                  rf"(?:test(?:ing)?\s+|cycling\s+|operating\s+|electrochemical\s+)?(?:conditions?|parameters?|{SAME_SETTING})\b")
# "By contrast, the bare Cu electrode …": a result set against the sentence before's, so run as it was
CONTRAST_OPENING = re.compile(r"^(?:By|In)\s+(?:sharp\s+|stark\s+)?(?:contrast|comparison),\s")
# "five times that of X", "twice that of X", "a third of that of X": a figure stated as a multiple of another arm's
MULTIPLE_OF = (r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|several)[\s-]*(?:times|fold)|twice|half|"
               r"(?:a|one)\s+(?:third|quarter|fifth|tenth)(?:\s+of)?")
# a plain metal electrode a result is contrasted with ("whereas the Li foil electrodes", "compared to ~100% for
# the Li foil", "the Li foil counterpart", "three times that of Li foil"): the paper's control, though "Li foil"
# alone names nothing
PLAIN_CONTROL = re.compile(rf"\b(?:{lexicon_alternation('comparison')}|{lexicon_alternation('contrast')}|unlike|"
                           rf"(?:{MULTIPLE_OF})(?=\s+th(?:at|ose)\s+of\b))\s+"
                           r"(?:(?:that|those)\s+(?:of|for|with)\s+|[^,;()]{0,30}?\bfor\s+|with\s+)?(?:the\s+|a\s+)?"
                           r"(?P<name>(?:Li|lithium|Cu|copper)\s+foils?)(?![\w-])", re.I)
# plain lithium as an electrode ("Li foil", "lithium metal foils"): every paper's subject, named as an arm only
# where it is a cell's ("the Li foil cell") or listed beside another arm ("LMF and Li foil electrodes")
# "the Li foil cell", "the Li foil-based cell": a cell built on plain lithium
LITHIUM_FOIL = re.compile(r"(?<![\w@/|–-])(?:Li|lithium)\s+(?:metal\s+)?foils?(?:(?=-based\b)|(?![\w@/|–-]))")
FOIL_CELL = re.compile(rf"(?:-based)?\s+(?:{CELL_KINDS}[\s-]+)?(?:{CELL_NOUN})\b",
                       re.I)
BASED = re.compile(r"(?<![\w/@.|-])(?P<stem>[A-Za-z0-9()+@/–-]+?)-(?:based|containing)(?![\w-])")
# a commercial product by its trade name: a proper name and a model ("Nafion 117", "Whatman GF/D"), keyed as one
# name ("Nafion_117"); the words a sentence opens with or dates ("After 30", "In 2019", "Table 2") are none
MODEL = r"(?:[A-Z]{0,3}\d{2,4}[A-Z]{0,2}|[A-Z]{1,3}/[A-Z]{1,2})"       # "2400", "N117", "GF/D"
TRADE_NAME = re.compile(rf"(?<![\w/@.|–-])(?P<brand>[A-Z][a-z]{{2,}})\s+(?P<model>{MODEL})(?![\w/@|–-]|[.,]\d)")
TRADE_KEY = re.compile(rf"[A-Z][a-z]{{2,}}_{MODEL}")
NOT_BRANDS = frozenset({"fig", "figure", "figures", "table", "tables", "scheme", "eq", "equation", "section", "ref",
                        "note", "movie", "video", "sample", "samples", "cell", "cells", "electrode", "electrolyte",
                        "separator", "january", "february", "march", "april", "may", "june", "july", "august",
                        "september", "october", "november", "december", "since", "until", "step", "stage", "run",
                        "cycle", "cycles", "group", "type", "mode", "version", "entry", "batch", "day", "days"}) | PHRASE_STOP
# "LiNO3-free", "Zn-free": a name that says what its thing lacks
LACKS = r"(?<![\w-])(?P<stem>[A-Za-z0-9()+.]+)[-‐]free"
DASHES = str.maketrans({"–": "-", "−": "-", "‐": "-", "‑": "-", "—": "-"})


class Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


N = TypeVar("N", bound=Spanned)


@cache
def _elided_control_regex() -> re.Pattern[str]:
    """A control word standing for its noun ("the pristine and the coated foil", "than the bare")."""
    words = sorted((w for w in lexicon_words("control") if " " not in w), key=longest_first)
    return re.compile(r"\b(?:the|a)\s+(?P<word>" + "|".join(re.escape(w) for w in words) +
                      r")(?=\s*(?:,|\band\b|\bor\b|\)|;|\.|$))", re.I)


@cache
def _family_regex() -> re.Pattern[str]:
    """A family of compounds by its plural ("oxides") or its singular before "compounds" ("oxide compounds")."""
    families = lexicon_words("compound_families")
    singular = {f"{w[:-1]} compounds" for w in families if " " not in w and w.endswith(("ides", "ates"))}
    words = sorted(set(families) | singular, key=longest_first)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)


def is_formula(token: str) -> bool:
    """A chemical formula of two or more element symbols ("CaF2", "Li6PS5Cl", "Ca(B3O5)2"), not a word."""
    if not FORMULA.fullmatch(token) or token.isupper() and not re.search(r"\d", token):
        return False
    symbols = re.findall(r"[A-Z][a-z]?", token)
    return len(symbols) >= 2 and all(s in ELEMENTS for s in symbols) and bool(re.search(r"\d|[a-z]", token))


SYMBOL = re.compile(r"[A-Z][a-z]?")
FORMULA_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.()]*[A-Za-z0-9)]")     # "Li1.3Al0.3Ti1.7(PO4)3"
LETTERS_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![A-Za-z0-9])")   # "LLTO", "LiPON"


def _spells(short: str, symbols: tuple[str, ...]) -> bool:
    """``short`` writes ``symbols`` in order, each whole ("Cl", "Li") or as its capital alone ("L" for La);
    a last oxygen may go unwritten, as papers name phosphates by their cations ("LATP", "NZSP")."""
    if not symbols:
        return not short
    head, rest = symbols[0], symbols[1:]
    if not short:
        return head == "O" and not rest
    return any(short.startswith(s) and _spells(short[len(s):], rest) for s in dict.fromkeys((head, head[0])))


def abbreviates_formula(short: str, formula: str) -> bool:
    """``short`` is ``formula``'s element symbols with the stoichiometry dropped ("LLTO" for
    Li0.33La0.557TiO3, "LSnPS" for Li10SnP2S12). Kept to what cannot be a word or another compound:
    three letters or more, two capitals or more, three elements or more, and a formula that has
    stoichiometry to drop; a short form that reads as a formula itself names that compound ("CuO" is
    not "Cu2O", "LiPS" a polysulfide) unless it has four elements or more ("LiPON"), which no plain
    compound is written as."""
    if len(short) < 3 or sum(c.isupper() for c in short) < 2 or not short.isalpha():
        return False
    if not re.search(r"\d", formula) or not is_formula(formula):
        return False
    symbols = tuple(SYMBOL.findall(formula))
    if len(symbols) < 3 or is_formula(short) and len(SYMBOL.findall(short)) < 4:
        return False
    return _spells(short, symbols)


def formula_short_forms(texts: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Short forms a paper writes for its formulas without defining them ("LLTO" beside "Li0.33La0.557TiO3"):
    each to the one formula of the paper it abbreviates. A short form two formulas fit is left alone,
    and so is one in ``taken`` (the paper's own definitions): what the paper says wins over the letters."""
    formulas: set[str] = set()
    shorts: set[str] = set()
    for text in texts:
        formulas.update(f for m in FORMULA_TOKEN.finditer(text) if is_formula(f := balanced(m.group().rstrip("."))))
        shorts.update(LETTERS_TOKEN.findall(text))
    found = {}
    for short in sorted(shorts):
        fits = [f for f in formulas if f[0] == short[0] and abbreviates_formula(short, f)]
        if len(fits) == 1 and short not in taken:
            found[short] = fits[0]
    return found


# a proper name written before a design's head noun inside a sentence ("… than the Hexlon separator"): a brand
BRAND = re.compile(r"(?<=[a-z,;(]\s)(?P<brand>[A-Z][a-z]{2,})\s+(?P<head>[a-z]+)\b")


def brand_names(texts: Iterable[str], taken: Container[str]) -> dict[str, str]:
    """Brands a paper writes before a head noun ("the Hexlon separator") and then alone ("cells with Hexlon"):
    each to its first spelling with the head noun, so the two spellings are one name. A word the lexicon
    knows (a material, an element), a capitalized word of the text ("Fig", "Table") or a word the paper also
    writes in lower case ("(b) Cathode coating" beside "the cathode") is no brand."""
    found: dict[str, str] = {}
    texts = list(texts)
    words = {w for text in texts for w in re.findall(r"\b[a-z]{3,}\b", text)}
    for text in texts:
        for m in BRAND.finditer(text):
            brand, head = m.group("brand"), m.group("head")
            if head in lexicon_words("heads") and brand.lower() not in NOT_BRANDS | words and brand not in taken and \
                    not materials_in(brand) and brand not in material_alias_index():
                found.setdefault(brand, f"{brand} {head}")
    return found


def balanced(name: str) -> str:
    """'PEDOT-S/CNT)' → 'PEDOT-S/CNT': a bracket the name does not open or close is not part of it; nor is a pair
    that wraps it whole ("210 h (LiF@Li)"), though "(NH4)2-X" keeps its own."""
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1]
    while name.startswith("(") and name.count("(") > name.count(")"):
        name = name[1:]
    while name.startswith("(") and _closes_at(name) == len(name) - 1:
        name = name[1:-1]
    return name


def _closes_at(text: str) -> int:
    """Where the bracket that opens ``text`` closes, or -1."""
    depth = 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return i
    return -1


def is_name_token(token: str, glossary: Mapping[str, str]) -> bool:
    """A token that names a thing rather than a word: a defined short form, an acronym, a formula."""
    return token in glossary or bool(NAME_TOKEN.fullmatch(token)) or is_formula(token) or \
        material_alias_index().get(token, LITHIUM) != LITHIUM


DIMENSION_BEFORE = re.compile(r"(?<![\w-])[1-3]D\s+$")


def _compound_names(text: str, glossary: Mapping[str, str]) -> list[Name]:
    """Composite names ("GO-CNT-TiN", "PEDOT-S/CNT", "Cu@C") whose parts are names, and formulas."""
    found = []
    series = _coded_series(text)
    for m in COMPOUND.finditer(text):
        name = balanced(m.group())
        # "Li@M-A": a dashed code the paper defined is one part
        parts = [p for chunk in re.split(r"[/@]", name) for p in ([chunk] if chunk in glossary else re.split(r"[–-]", chunk))
                 if p]
        numbers = [p for p in parts if p.isdigit()]
        if len(numbers) > 1 or any(len(p) > 3 for p in numbers) and name not in series:
            continue                                    # a grant, catalogue or date number, not a name
        # "VS@C", a core in a shell or a coat on a host: the at sign joins the parts of one thing, known or not
        if len(parts) > 1 and any(len(p) > 1 and is_name_token(p, glossary) for p in parts) and \
                ("@" in name or any(p in glossary or p in material_alias_index() or re.search(r"\d", p) for p in parts)) and \
                all(is_name_token(p, glossary) or ELEMENT_PART.fullmatch(p) for p in parts) and \
                (not has_words("cell_words", text[m.end():m.end() + 12]) or not _cell_kind(parts) or "@" in name):
            start = m.start() + m.group().index(name)
            if dimension := DIMENSION_BEFORE.search(text, 0, start):    # "3D Li–VN": the dimension is the name's
                start = dimension.start()
            found.append(Name(start, m.start() + m.group().index(name) + len(name),
                              text[start:m.start() + m.group().index(name) + len(name)], NameKind.COMPOUND))
    for m in FORMULA.finditer(text):
        if is_formula(m.group()):
            found.append(Name(m.start(), m.end(), m.group(), NameKind.COMPOUND))
    return found


# "CNF-600, CNF-800 and CNF-1000": codes that share their letters and differ in a number (a making temperature, an
# amount), listed together
SERIES_CODE = re.compile(r"(?<![\w/@|–-])(?P<stem>[A-Za-z][A-Za-z0-9]*[–-])(?P<n>\d{1,4})(?![\w/@|–-])")


def _coded_series(text: str) -> frozenset[str]:
    """The codes of the text that a sibling with the same letters and another number stands beside: samples of one
    series, though a number of four digits alone ("ISA-6000") is more often a model or a grant."""
    stems: dict[str, set[str]] = {}
    for m in SERIES_CODE.finditer(text):
        stems.setdefault(m.group("stem"), set()).add(m.group("n"))
    return frozenset(stem + n for stem, numbers in stems.items() if len(numbers) > 1 for n in numbers)


CELL_KIND_PARTS = frozenset({"ion", "metal", "air", "O2", "S", "Se", "CO2", "sulfur", "oxygen"})
# a cell written as its stack, "Li|Au-LLZO|Li", "Li || PCS || Cu", "Li|LPSCl | Ag-LPSCl | SUS": the layers
# between the two electrodes are what the cell tests
# the bar between a cell's layers: "||", "|", or one double-bar glyph ("‖", or "∥" as TeX's \| often comes out)
STACK_BAR = r"(?:\|{1,2}|[‖∥])"
CELL_STACK = re.compile(r"(?<![\w|/])(?:[A-Za-z0-9().+@/–-]+\s*\|{1,2}\s*)+[A-Za-z0-9().+@/–-]+(?![\w|])")
STACK_ENDS = frozenset({"SS", "SUS", "CC", "GF"})      # stainless steel, a current collector, glass fibre
_ELECTRODE = r"[A-Za-z0-9]+(?:\.\d+[A-Za-z0-9]*)*"           # "NCM811", "LiNi0.8Co0.1Mn0.1O2", not a full stop
PLAIN_STACK = re.compile(rf"(?<![\w|‖∥/@.-])(?P<a>{_ELECTRODE})\s*{STACK_BAR}\s*(?P<b>{_ELECTRODE})(?![\w|‖∥@-])")
COLLECTOR_METALS = frozenset({"Li", "Na", "K", "Zn", "Mg", "Ca", "Al", "Cu", "Ni", "Ti", "Au", "Pt", "Ag", "SS", "SUS"})
CATHODE_FAMILY = re.compile(r"^(?:NCM|NMC|NCA|LFP|LCO|LMO|LNMO)\d*$|^Li(?:Ni|Co|Mn|Fe)")


def stack_end(part: str) -> bool:
    """An electrode or collector at the end of a cell stack: a metal ("Li", "Cu", the "S" of a Li–S cell),
    steel, a cathode ("NCM811", "S/C")."""
    return part in ELEMENTS or part in STACK_ENDS or has_words("cathode", part) or bool(CATHODE_FAMILY.search(part))


# "Li||Cu-type cells", "Li|Li-like cells": the kind of cell the stack stands for, no part of its last electrode
KIND_SUFFIX = re.compile(r"(?<=[A-Za-z0-9])[-–](?:type|like)\b")


def _without_kind_suffix(text: str) -> str:
    """The text with each "-type" after a cell's stack blanked (offsets kept)."""
    return KIND_SUFFIX.sub(lambda m: " " * len(m.group()), text)


def stack_names(text: str) -> list[Name]:
    """The tested layers of each cell written as its stack ("Li|Au-LLZO|Li" names Au-LLZO); a stack
    of electrodes alone ("Li||Cu", "Li||Cu-type") names no design."""
    found = []
    for m in CELL_STACK.finditer(_without_kind_suffix(text)):
        parts = list(re.finditer(r"[^|\s]+", m.group()))
        while parts and stack_end(parts[0].group()):
            parts.pop(0)
        while parts and stack_end(parts[-1].group()):
            parts.pop()
        if parts:
            start, end = m.start() + parts[0].start(), m.start() + parts[-1].end()
            found.append(Name(start, end, text[start:end], NameKind.COMPOUND))
    return found


def plain_stacks(text: str) -> list[tuple[int, int, str]]:
    """Cells written as two bare electrodes ("Li||NCM811", "Li|Cu"), each with the electrode under test:
    the metal facing lithium in a half cell ("Cu"), else the metal anode ("Li" of "Li||LFP")."""
    found = []
    for m in PLAIN_STACK.finditer(_without_kind_suffix(text)):
        a, b = m.group("a"), m.group("b")
        metals = [p for p in (a, b) if p in COLLECTOR_METALS]
        others = [p for p in (a, b) if p not in COLLECTOR_METALS]
        if not metals or any(not (CATHODE_FAMILY.search(p) or has_words("cathode", p) or p == "S") for p in others):
            continue
        tested = next((p for p in metals if p != "Li"), metals[0]) if len(metals) == 2 else metals[0]
        found.append((m.start(), m.end(), tested))
    return found


def _cell_kind(parts: Sequence[str]) -> bool:
    """'Li-S', 'Li-O2', 'Na-ion', 'Li|Cu': a kind of cell, not one arm ('LNF-Li cells' is one; so is 'Li@Cu
    cells', lithium held on copper)."""
    return all(p in ELEMENTS or p in CELL_KIND_PARTS for p in parts)


def _short_parts(glossary: Mapping[str, str]) -> list[str]:
    """The parts of composite short forms ("CuM" of "VG@CuM", "CC" of "ZnO-CC") that are acronyms: a paper
    names the undecorated part by them when it compares it with the whole. A material's acronym is an
    ingredient ("rGO", "SWNT"), unless the definition names the host by it ("a coating on a polyethylene
    separator (WB@PE)": "PE" is then the bare separator)."""
    parts = {(p, long) for short, long in glossary.items() for p in re.split(r"[@/–-]", short) if p != short}
    return sorted({p for p, long in parts if p not in glossary and NAME_TOKEN.fullmatch(p) and not is_formula(p)
                   and (p not in material_alias_index() or _names_the_host(p, long))
                   and p not in property_cue_terms()})        # "CE" of "CE-ref" is Coulombic efficiency


@cache
def _names_host(material: str) -> re.Pattern[str]:
    index = material_alias_index()
    spellings = sorted({a for a, name in index.items() if name == index[material]}, key=longest_first)
    heads = sorted(lexicon_words("heads"), key=longest_first)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, spellings))})\s+(?:{'|'.join(map(re.escape, heads))})\b",
                      re.I)


def _names_the_host(material: str, long: str) -> bool:
    """Whether a definition's long form names a structure by the material ("polyethylene separator")."""
    return bool(_names_host(material).search(long))


def _take_over(found: list[Name], name: Name, yields: Callable[[Name], bool] = lambda n: True) -> None:
    """Add ``name`` where it overlaps only names inside its span that give way to it: a longer reading of
    the same words ("TF@NiF" over its formula "NiF", "without TMSB" over "TMSB")."""
    inside = [n for n in found if name.start <= n.start and n.end <= name.end and yields(n)]
    if free_span([n for n in found if n not in inside], name.start, name.end):
        for n in inside:
            found.remove(n)
        found.append(name)


def free_span(found: Sequence[Spanned], start: int, end: int) -> bool:
    """Whether no name of ``found`` overlaps ``start``–``end``."""
    return not any(n.start < end and start < n.end for n in found)


def trade_names(text: str, mentions: SentenceMentions) -> list[Name]:
    """Commercial products named by trade name and model number ("the Nafion 117 membrane", "pristine
    Nafion 117"), with the head noun after and the control word before; the number is no figure."""
    found = []
    figures = [*mentions.quantities, *mentions.cues]
    for m in TRADE_NAME.finditer(text):
        if m.group("brand").lower() in NOT_BRANDS or not free_span(figures, m.start("model"), m.end("model")):
            continue
        end = m.end()
        head = re.match(r"\s+([a-z]+)\b", text[end:])
        if head and head.group(1) in lexicon_words("heads"):
            end += head.end()
        control = word_before("control", text, m.start())
        start = control.start() if control else m.start()
        found.append(Name(start, end, text[start:end], NameKind.PHRASE))
    return found


PLURAL_SHORT = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Z]s")       # "HCEs", "SEIs": capitals and a plural s


@lru_cache(maxsize=256)
def _amount_of_long_form(glossary_items: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """An amount followed by the long form of a short form the paper defined, in words ("0.4 wt% hafnium triflate");
    a long form of one capitalised word AMOUNT_OF reads already. Never matches where none is defined."""
    longs = sorted({long for _, long in glossary_items if " " in long.strip() and len(long) <= 40}, key=longest_first)
    if not longs:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![\w.,−–-])(?P<value>{NUMBER})\s?(?P<unit>{AMOUNT_UNIT})\s+"
                      rf"(?P<what>{'|'.join(map(re.escape, longs))})(?![\w–-])(?!\s+(?:in|electrolytes?|solutions?)\b)", re.I)


def varied_amounts(texts: Iterable[str]) -> frozenset[str]:
    """The things a paper writes in words after two or more amounts ("1.2 wt% gallium nonaflate", "0.4 wt% gallium
    nonaflate"): arms told apart by the amount; one amount of a thing is a recipe's part ("supplemented with 10 wt%
    fluoroethylene carbonate"), no arm."""
    amounts: dict[str, set[float]] = {}
    for text in texts:
        for m in AMOUNT_OF_WORDS.finditer(text):
            amounts.setdefault(m.group("what").lower(), set()).update(float(v) for v in re.findall(NUMBER, m.group("values")))
    return frozenset(what for what, values in amounts.items() if len(values) >= 2)


def sentence_names(text: str, mentions: SentenceMentions, glossary: Mapping[str, str],
                   varied: Container[str] = frozenset()) -> list[Name]:
    """Every stretch of ``text`` that can name a structure, left to right, without overlaps. ``varied``: the things
    written in words that the paper uses at several amounts (``varied_amounts``).

    A design phrase that holds a shorter name replaces it ("AlN-carbon separator" over "AlN-carbon"),
    so a name is read with its head noun; what cannot name a structure is left out."""
    found: list[Name] = stack_names(text)
    for m in BASED.finditer(text):                   # "the Au-LLZTO-based cell" is the Au-LLZTO cell
        stem = m.group("stem")
        if (stem in glossary or _compound_names(stem, glossary)) and free_span(found, m.start("stem"), m.end("stem")):
            found.append(Name(m.start("stem"), m.end("stem"), stem, NameKind.SHORT if stem in glossary else NameKind.COMPOUND))
    for name in _compound_names(text, glossary):
        if free_span(found, name.start, name.end):
            found.append(name)
    for name in trade_names(text, mentions):
        _take_over(found, name)
    for short in [*glossary, *_short_parts(glossary)]:       # "CuM" alone, a part of the defined "VG@CuM"
        # a short form defined in the plural ("electrolytes (HCEs)") names one of them in the singular ("the HCE")
        # (not a kind of structure's own short form: "SEI" in a paper that defined "SEIs" is any interphase)
        singular_kind = short[:-1].lower() in class_cue_words()
        spelled = rf"{re.escape(short[:-1])}s?" if PLURAL_SHORT.fullmatch(short) and not singular_kind \
            else rf"{re.escape(short)}s?"
        for m in re.finditer(rf"(?<![\w/@-]){spelled}(?![\w/@-])", text):
            if PANEL_BEFORE.search(text, 0, m.start()) or ION_CHARGE.match(text, m.end()):
                continue                            # "Fig. S2", "S2− species": a panel or an ion spelled like the code
            span = m.span()                         # over "NiF" read as a formula inside the defined "TF@NiF"
            _take_over(found, Name(*span, m.group(), NameKind.SHORT), lambda n, span=span: (n.start, n.end) != span)
    for m in CODE_RANGE.finditer(text):              # "K1–K3 were cycled …": each code the paper defined in it
        members = code_range(m)
        if members and all(c in glossary for c in members) and not PANEL_BEFORE.search(text, 0, m.start()):
            inside = [n for n in found if m.start() <= n.start and n.end <= m.end()]
            if free_span([n for n in found if n not in inside], m.start(), m.end()):
                found[:] = [n for n in found if n not in inside]
                found.extend(Name(m.start(), m.end(), c, NameKind.SHORT) for c in members)
    for m in LABELLED.finditer(text):
        if free_span(found, m.start(), m.end()):
            found.append(Name(m.start(), m.end(), m.group(), NameKind.LABEL))
    for m in RECIPE_ALONE.finditer(text):
        _take_over(found, Name(m.start(), m.end(), m.group(), NameKind.CONTROL))
    for m in CONCENTRATED.finditer(text):           # "the 5 M electrolyte": electrolytes told apart by concentration
        _take_over(found, Name(m.start(), m.end(), m.group(), NameKind.LABEL))
    for listed in CONCENTRATION_LIST.finditer(text):     # "the 1 M, 3 M and 5 M electrolytes": one name each
        for m in CONCENTRATION_WORD.finditer(text, listed.start(), listed.end()):
            if free_span(found, m.start(), m.end()):
                found.append(Name(m.start(), m.end(), m.group(), NameKind.LABEL))
    for m in [*AMOUNT_OF.finditer(text), *AMOUNT_OF_WORDS.finditer(text)]:
        what = m.group("what")
        named = what in glossary or is_formula(what) or NAME_TOKEN.fullmatch(what) or AMOUNT_CODE.fullmatch(what) or \
            what.lower() in varied and what[0].islower()         # AMOUNT_OF_WORDS: a chemical's name in words
        if not named or re.match(r"\s*(?:in|electrolytes?|solutions?)\b", text[m.end():]) or \
                RECIPE_BEFORE.search(text, 0, m.start()):
            continue                                     # "1 M LiPF6 in EC/DEC" is an electrolyte's recipe, not an arm
        values = list(re.finditer(NUMBER, m.group("values")))
        for i, v in enumerate(values):
            start = m.start("values") + v.start()
            end = m.end() if i == len(values) - 1 else m.start("values") + v.end()
            said = f"without {what}" if float(v.group()) == 0 else f"{v.group()} {m.group('unit')} {what}"
            _take_over(found, Name(start, end, said, NameKind.WITH))
    for m in _amount_of_long_form(tuple(sorted(glossary.items()))).finditer(text):
        # "the cell with 0.4 wt% hafnium triflate": an amount of a thing the paper defined a short form for, written
        # in words; the arm as its short form names it ("0.4 wt% HT")
        short = next(s for s, long in glossary.items() if long.lower() == m.group("what").lower())
        _take_over(found, Name(m.start(), m.end(), f"{m.group('value')} {m.group('unit')} {short}", NameKind.WITH))
    for m in WITH_CONCENTRATION.finditer(text):          # "those with 5 M lasted 1500 h"
        if free_span(found, m.start("c"), m.end("c")):
            found.append(Name(m.start("c"), m.end("c"), m.group("c"), NameKind.LABEL))
    found.extend(series_names(text))
    for m in _family_regex().finditer(text):
        if free_span(found, m.start(), m.end()):
            found.append(Name(m.start(), m.end(), m.group(), NameKind.FAMILY))
    for phrase in mentions.phrases:
        if (count := re.search(r"(?<![\w.])\d+(?:\.\d+)?-$", text[:phrase.start])) and \
                _process_counted(text[count.start():phrase.end].lower().split()):
            phrase = replace(phrase, start=count.start(), text=text[count.start():phrase.end])   # "100-" "cycle foil"
        inside = [n for n in found if phrase.start <= n.start and n.end <= phrase.end]
        overlapping = [n for n in found if n.start < phrase.end and phrase.start < n.end and n not in inside]
        if overlapping or not (can_name_structure(phrase.text, glossary) or _the_modified(text, phrase, glossary)):
            continue
        if inside or phrase_names_design(phrase, glossary):
            for n in inside:
                found.remove(n)
            found.append(Name(phrase.start, phrase.end, phrase.text, NameKind.PHRASE))
    for phrase in mentions.phrases:          # "the foil that was not coated": a control named by what was not done
        undone = UNDONE_AFTER.match(text, phrase.end)
        done = undone and (undone.group("done") or undone.group("left")[2:]).lower()
        if undone and done in lexicon_words("treatments") and not has_words("control", phrase.text):
            said = f"un{done} {phrase.text}"
            _take_over(found, Name(phrase.start, undone.end(), said, NameKind.CONTROL))
    for material in mentions.materials:      # "the bare Li cell": a control without a head noun
        control = word_before("control", text, material.start)
        if control and free_span(found, control.start(), material.end) and not has_words("cathode", material.text):
            found.append(Name(control.start(), material.end, text[control.start():material.end], NameKind.CONTROL))
    for material in mentions.materials:      # "the PP cell delivers …": a material a cell is named after
        if re.match(rf"\s*(?:(?:{CELL_KIND_WORDS})[\s-]+)?cells?\b", text[material.end:]) and \
                free_span(found, material.start, material.end) and can_name_structure(material.text, glossary) and \
                not has_words("cathode", material.text):
            found.append(Name(material.start, material.end, material.text, NameKind.PHRASE))
    for m in ACRONYM.finditer(text):                 # "the pristine CC", "bare PE": a control named by an acronym
        control = word_before("control", text, m.start())
        if not control or not is_name_token(m.group(), glossary) or CATHODE_FAMILY.search(m.group()):
            continue
        span = m.span()
        _take_over(found, Name(control.start(), m.end(), text[control.start():m.end()], NameKind.CONTROL),
                   lambda n, span=span: (n.start, n.end) == span and n.kind == NameKind.SHORT)
    for m in re.finditer(r"\b(?:[Ww]ith|[Cc]ontaining|[Ii]ncorporating)\s+(?:the\s+|an?\s+|\d+(?:\.\d+)?\s*(?:wt|vol)?\s*%\s+)?"
                         r"(?P<what>[A-Za-z][\w+()-]*)", text):
        what = m.group("what")
        after = text[m.end():m.end() + 40]
        if RECIPE_BEFORE.search(text, 0, m.start()):
            continue                                      # "1 M LiTFSI in DME containing LiNO3": the recipe's part
        if not (NAME_TOKEN.fullmatch(what) or is_formula(what)) or has_words("cell_words", after[:12]) \
                or has_words("instrument", after) or re.match(r"\s*\d", after) or not _ends_a_name(after):
            continue                                      # not "with a TOSCAT 3100 tester"
        same = [n for n in found if (n.start, n.end) == m.span("what")]
        if same and ingredient(what):                    # a salt read as a material: here what a cell is made with
            found.remove(same[0])
        if free_span(found, m.start("what"), m.end("what")):
            found.append(Name(m.start("what"), m.end("what"), what, NameKind.WITH))    # "cells with TTE"
    for m in PLAIN_CONTROL.finditer(text):          # "…, whereas the Li foil electrodes showed": the plain metal
        _take_over(found, Name(*m.span("name"), m.group("name"), NameKind.CONTROL))
    for m in _elided_control_regex().finditer(text):      # "for the pristine and the coated electrode"
        if free_span(found, m.start("word"), m.end("word")):
            found.append(Name(m.start("word"), m.end("word"), m.group("word"), NameKind.CONTROL))
    for m in re.finditer(r"\b(?:without|w/o)\s+(?:the\s+|an?\s+|(?P<none>any|further|additional|extra)\s+)?"
                         r"(?P<what>[\w-]+(?:\s+[\w-]+)?)", text, re.I):
        if m.group("none"):
            continue        # "wetted by molten Li without any coating", "without further treatment": nothing added, no arm
        words = m.group("what").split()
        heads = [i for i, w in enumerate(words) if w.lower() in lexicon_words("heads")]
        # "without thiourea (TU)": a word the paper gives a short form of right after names a thing
        defined = SHORT_FORM_AFTER.match(text, m.start("what") + len(words[0]))
        named = materials_in(words[0]) - {LITHIUM} or is_name_token(words[0], glossary) or defined or \
            _lacked_by_defined(f"without {words[0]}", glossary)     # "w/o N-doping" as in "spheres w/o N-doping (HS)"
        if not heads and not named:
            continue
        last = heads[-1] if heads and (heads[-1] == 0 or named or heads[-1] == 1) else 0
        end = m.start("what") + len(" ".join(words[:last + 1]))
        # "without additives", "without a LiF coating"; over "TMSB" in "without TMSB": the arm is the absence;
        # "the MXene aerogel without silver", "the garnet without the interlayer": the thing named before it (a
        # phrase, or a material alone) is that absence too
        before = [*(n.start for n in found if n.kind == NameKind.PHRASE and re.fullmatch(r"\s+", text[n.end:m.start()])),
                  *(x.start for x in mentions.materials if x.label != LITHIUM and re.fullmatch(r"\s+", text[x.end:m.start()])
                    and DETERMINED.search(text, 0, x.start))]
        start = min(before, default=m.start())
        _take_over(found, Name(start, end, text[start:end], NameKind.WITHOUT))
    for m in ELIDED_WITH.finditer(text):            # "With and without SFA": the first is the arm with it
        absent = next((n for n in found if n.kind == NameKind.WITHOUT and n.start == m.start("without")), None)
        what = absent and re.sub(r"^(?:without|w/o)\s+(?:the\s+|any\s+|an?\s+)?", "", absent.text, flags=re.I)
        if what and free_span(found, m.start("with"), m.end("with")):
            found.append(Name(m.start("with"), m.end("with"), what, NameKind.WITH))
    found = [_with_composition(text, n) for n in found]
    found = [_without_panel(n) for n in found]
    kept = [n for n in found if can_name_structure(n.text, glossary) or n.kind == NameKind.WITH and ingredient(n.text)
            or n.kind == NameKind.PHRASE and _the_modified(text, n, glossary)
            or n.kind == NameKind.CONTROL and (PLAIN_CONTROL.search(text, max(0, n.start - 70), n.end + 1)
                                               or _recipe_alone(text, n))]
    kept.extend(_lithium_foils(text, kept))
    return combined(text, sorted(kept, key=lambda n: n.start))


def _lacked_by_defined(absence: str, glossary: Mapping[str, str]) -> bool:
    """What a long form the paper defined lacks ("hollow spheres w/o N-doping (HS)", "Zn-free spheres (ZS)"), said
    again ("the sample w/o N-doping"): it names that defined thing."""
    return name_key(absence, {}) in defined_lacking(glossary)


def defined_lacking(glossary: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """What the paper's defined long forms lack ("Zn-free N-doped spheres (NS)" lacks Zn), keyed as a name that says
    so is ("without Zn"), with the short forms of the long forms that lack it."""
    return _defined_lacking(tuple(sorted(glossary.items())))


@lru_cache(maxsize=256)
def _defined_lacking(glossary_items: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for short, long in glossary_items:
        if (lack := name_key(long, {})).startswith("without "):
            found[lack] = (*found.get(lack, ()), short)
    return found


def _recipe_alone(text: str, name: Name) -> bool:
    m = RECIPE_ALONE.match(text, name.start)
    return m is not None and m.end() == name.end


SHORT_FORM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z0-9-]{0,9}\s*\)")
ELIDED_WITH = re.compile(r"\b(?P<with>[Ww]ith)\s+(?:and|or)\s+(?P<without>without|w/o)\b")


# "monolayer-modified copper", "the modified Cu", "Ag-coated", not "unmodified": a word that says something was done to
# the thing named after it
MODIFIED = re.compile(rf"(?:^|[-‐‑–])(?P<how>{lexicon_alternation('treatments')})$", re.I)
DETERMINED = re.compile(r"\b(?:the|our|this|these)\s+$", re.I)
# a relative clause that says what was not done to a thing: "(the foil) that was not coated", "which was left
# untreated"; the thing so named is the control the treatment is set against
UNDONE_AFTER = re.compile(r"\s*,?\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:not\s+(?P<done>[a-z]{3,}ed)|"
                          r"left\s+(?P<left>un[a-z]{3,}ed))\b")


def _the_modified(text: str, name: Spanned, glossary: Mapping[str, str]) -> bool:
    """"the modified Cu", "our coated separator": a participle opening a phrase after a determiner is no fragment of a
    hyphenated word ("Ag-" … "coated Cu") but the thing the paper changed, when the rest names a structure."""
    words = text[name.start:name.end].split()
    return len(words) >= 2 and bool(MODIFIED.fullmatch(words[0])) and bool(DETERMINED.search(text, 0, name.start)) \
        and can_name_structure(" ".join(words[1:]), glossary)


def _lithium_foils(text: str, names: Sequence[Name]) -> list[Name]:
    """Plain lithium named as a cell's electrode ("the Li foil cell") or listed beside another arm ("LMF and Li
    foil electrodes"): the paper's lithium control."""
    found = []
    for m in LITHIUM_FOIL.finditer(text):
        if not free_span([*names, *found], m.start(), m.end()):
            continue
        before = [n for n in names if n.end <= m.start()]
        after = [n for n in names if n.start >= m.end()]
        gaps = [text[before[-1].end:m.start()]] if before else []
        gaps += [text[m.end():after[0].start]] if after else []
        listed = any(LIST_GAP.match(g) and re.search(r"\b(?:and|or|vs|versus)\b", g) for g in gaps)
        if listed or FOIL_CELL.match(text, m.end()):
            found.append(Name(m.start(), m.end(), m.group(), NameKind.PHRASE))
    return found


NAME_FOLLOWERS = frozenset({"and", "or", "as", "at", "in", "for", "to", "on", "was", "were", "is", "are", "showed",
                            "shows", "exhibited", "exhibits", "delivered", "delivers", "displayed", "had", "has",
                            "than", "after", "during", "under", "while", "whereas", "which", "that",
                            # a result told in the present ("the cell with LiDFOB reaches 97.6%")
                            "reaches", "retains", "maintains", "achieves", "keeps", "gives", "cycles", "runs",
                            "displays", "sustains", "survives", "fails", "lasts"})


IRREGULAR_PAST = frozenset({"shrank", "shrunk", "grew", "fell", "rose", "ran", "kept", "held", "lost", "gave", "took",
                            "began", "led", "met", "saw", "shows", "gives", "keeps", "runs", "holds"})


def verb_follows(after: str) -> bool:
    """'… Celgard 2400 shrank by 45%': the next word is a verb, so the name before it is complete."""
    word = re.match(r"\s*([A-Za-z]+)\b", after)
    if word is None:
        return False
    w = word.group(1).lower()
    return w in NAME_FOLLOWERS - {"and", "or", "as", "at", "in", "for", "to", "on"} or w in IRREGULAR_PAST or \
        w.endswith("ed") and len(w) > 4


def _ends_a_name(after: str) -> bool:
    """What follows an acronym ends it as a name: punctuation, a verb, a preposition or a head noun
    ("cells with TTE showed …", "with FEC additive"), not another noun ("with an AC amplitude")."""
    word = re.match(r"\s*([A-Za-z-]+)", after)
    if word is None or re.match(r"\s*[,.;:)]", after):
        return True
    w = word.group(1).lower()
    return w in NAME_FOLLOWERS or w in lexicon_words("heads") or w.endswith("ed") or has_words("cell_words", w)


def _without_panel(name: Name) -> Name:
    """"B) PP" in "of the (B) PP, (C) PCS": the panel letter is the figure's, not the name's."""
    m = re.match(r"^[A-Za-z]\)\s*", name.text)
    return Name(name.start + m.end(), name.end, name.text[m.end():], name.kind) if m and m.end() < len(name.text) else name


def ingredient(name: str) -> bool:
    """A salt or solvent named alone ("LiNO3", "DME"): in running text what a cell is made with ("cells with
    LiNO3", an additive arm), no structure of its own."""
    return name in structure_words().get("salts", ()) or name in structure_words().get("solvents", ())


def substitute(formula: str, variable: str, value: float) -> str:
    """The formula of one member of a composition series: "Li7-xNaxSbS4", x = 0.6 → "Li6.4Na0.6SbS4";
    an element whose count comes to 0 drops out (x = 0 → "Li7SbS4")."""
    def arithmetic(m: re.Match[str]) -> str:
        a = float(m.group(1))
        return f"{(a - value if m.group(2) in '-–−' else a + value):g}"
    out = re.sub(rf"(\d+(?:\.\d+)?)\s*([-–−+])\s*{variable}(?![a-z])", arithmetic, formula)
    out = re.sub(rf"(?<=[A-Za-z)]){variable}(?![a-z])", f"{value:g}", out)
    out = re.sub(r"([A-Z][a-z]?)0(?![.\d])", "", out)
    return re.sub(r"([A-Z][a-z]?)1(?![.\d])", r"\1", out)


def series_declarations(text: str) -> list[tuple[str, tuple[Name, ...]]]:
    """Each composition series the sentence declares: its formula with the variable ("Li7-xNaxSbS4")
    and its members at their values ("(x = 0, 0.2 and 0.4)" → Li7SbS4, Li6.8Na0.2SbS4, Li6.6Na0.4SbS4)."""
    found = []
    for m in SERIES.finditer(text):
        formula, variable = m.group("formula"), m.group("var")
        if variable not in formula:
            continue
        members = []
        for v in re.finditer(r"\d+(?:\.\d+)?", m.group("values")):
            start = m.start("values") + v.start()
            members.append(Name(start, start + len(v.group()), substitute(formula, variable, float(v.group())),
                                NameKind.SERIES))
        found.append((formula, tuple(members)))
    return found


def series_names(text: str) -> list[Name]:
    """The members of the composition series the sentence lists, each at its value, in order."""
    return [name for _, members in series_declarations(text) for name in members]


def combined(text: str, names: list[Name]) -> list[Name]:
    """One name for "X-coated Y", "Y coated with X", "Y with an X web": a design built of two named
    things is neither of them ("PEDOT-coated S/CNT", "Cu foil with a LiF coating")."""
    out: list[Name] = []
    for name in names:
        stacked = re.fullmatch(r"\s*\|\s*", text[out[-1].end:name.start]) if out else None
        if stacked and out[-1].kind != NameKind.PHRASE:     # "LPSCl | Li5.4Ag0.6PS5Cl bilayer": one stack
            first = out.pop()
            out.append(Name(first.start, name.end, text[first.start:name.end], NameKind.PHRASE))
        elif out and BUILT_WITH.match(text[out[-1].end:name.start]) and name.kind != NameKind.WITH and \
                not re.search(r"\bcompar\w*\b[^.;]*$", text[:out[-1].start], re.I):
            first = out.pop()
            out.append(Name(first.start, name.end, text[first.start:name.end], NameKind.COMPOUND))
        else:
            out.append(name)
    return out


def coordinations(text: str, names: Sequence[N]) -> list[list[N]]:
    """Names joined into one list ("the PP, PCS, and PES separators", "A and B", "A vs. B"), left to
    right; a lone name is a list of one. A short form in brackets right after its name is the same
    item ("a silica-coated separator (SCS), an …"). Commas alone do not make a list ("In the cell with
    A, the electrolyte …"): some gap of it must say "and", "or" or "versus"."""
    groups: list[list[N]] = []
    gaps: list[list[str]] = []
    last_end = 0
    for name in names:
        gap = text[last_end:name.start] if groups else ""
        if groups and (name.start, name.end) == (groups[-1][-1].start, groups[-1][-1].end):
            groups[-1].append(name)                         # "the latter two": one phrase naming a list of arms
            gaps[-1].append("and")
            continue
        if groups and re.fullmatch(r"\s*\(\s*", gap) and re.match(r"\s*(?:\)|,[^()]{0,30}\))", text[name.end:]):
            groups[-1].append(name)                         # "… separator (SCS)", "… cloth (CC, 46 mV)": one item
            last_end = name.end + text[name.end:].index(")") + 1
            continue
        if groups and LIST_GAP.match(gap):
            groups[-1].append(name)
            gaps[-1].append(gap)
        else:
            groups.append([name])
            gaps.append([])
        last_end = name.end
    out: list[list[N]] = []
    joined = re.compile(r"\b(?:and|or|vs|versus)\b|&|/|[<>≤≥]")
    for group, between in zip(groups, gaps, strict=True):
        series = all(getattr(n, "kind", None) == NameKind.SERIES for n in group)
        if not series:                              # a list ends "…, and X": what follows a last comma is not in it
            while between and not joined.search(between[-1]):
                out.append([group.pop()])
                between.pop()
        if len(group) == 1 or series or any(joined.search(g) for g in between):
            out.append(group)
        else:
            out.extend([n] for n in group)
    return sorted(out, key=lambda g: g[0].start)


# "a polyester-based layer", "an MOF-derived film": the modifier names what the thing is made of, as a material
# name does, though the material is none the lexicon knows
MADE_OF_MODIFIER = re.compile(r"[A-Za-z][\w‐‑–-]*[‐‑–-](?:based|derived)")


def is_element(word: str) -> bool:
    """"Li", "lithium", "sodium": an element by its symbol or its name."""
    return word in ELEMENTS or word.lower() in material_table().element_names


def _names_an_element(word: str) -> bool:
    """"cerium-oxide", "tungsten-boride", "silver-coated": a modifier holding an element's name (not lithium's)
    says what the thing is made of, as a material would, though the lexicon lists no such compound."""
    names = material_table().element_names
    return any(names.get(part) not in (None, "Li") for part in re.split(r"[-‐‑–]", word.lower()))


def phrase_names_design(phrase: Mention, glossary: Mapping[str, str]) -> bool:
    """A phrase that names one design: a specific head with a modifier, or a material, name or control word."""
    words = phrase.text.split()
    named = any(is_name_token(w.strip("(),"), glossary) for w in words) or bool(materials_in(phrase.text) - {LITHIUM}) \
        or any(MADE_OF_MODIFIER.fullmatch(w) or _names_an_element(w) for w in words[:-1]) \
        or _process_counted(DETERMINERS.sub("", phrase.text).lower().split())     # "the 20-dip film"
    control = has_words("control", phrase.text)
    specific = phrase.head not in lexicon_words("generic_heads") or len(DETERMINERS.sub("", phrase.text).split()) >= 3
    return len(words) > 1 and (named or control or specific)


# "a separator coated with X", "Cu foam decorated with X", "diluted it with X": "with" after what was done to a thing
# says what it was done with, a material of that thing, not an arm "with X" set against one without
# ("cells were assembled with X" names the arm X: only a making verb with its object before "with" says so)
MADE_WITH_BEFORE = re.compile(rf"\b(?:(?:{lexicon_alternation('treatments')})|(?:{lexicon_alternation('processing')})\s+"
                              r"(?:it|them))\s+$", re.I)
# "We coat copper with a thin interlayer of …": a layer the paper lays on its host is the design itself, not an
# ingredient of it
LAYER_NAMED = re.compile(rf"(?:[\w-]+\s+){{0,3}}?(?:{lexicon_alternation('layer_heads')})\b", re.I)


def arm_word_before(text: str, start: int) -> str:
    """'with', 'without', 'containing'… right before ``start``: the name is an arm of a comparison."""
    window = max(0, start - 40)
    m = ARM_WORD.search(text[window:start])
    if m is None or m.group("word").lower() == "with" and (MADE_WITH_BEFORE.search(text, 0, window + m.start()) or
                                                             treating_with_before(text, window + m.start())
                                                             and not LAYER_NAMED.match(text, start)):
        return ""
    return m.group("word").lower()


# "both cells", "the three electrolytes", "three electrolytes": a count of the arms (written with or without "the")
_COUNT_WORDS = "|".join(sorted({re.escape(w.removeprefix("the ")) for w in structure_words()["distributive"]},
                               key=longest_first))
SPREAD_OVER = re.compile(rf"(?:the\s+)?(?:{_COUNT_WORDS})\s", re.I)


# the share of an alloy's element in brackets right after its name: "Li–Mg (5 at%)", "Li-Al (10 at.% Al)"
COMPOSITION_AFTER = re.compile(rf"\s*{SHARE_IN_BRACKETS.pattern}")


def _with_composition(text: str, name: Name) -> Name:
    """"Li–Mg (5 at%)" and "Li–Mg (20 at%)": alloys of the same elements that a paper tells apart only by the share
    in brackets after their name; the share is part of each name, so each is an arm of its own."""
    parts = [p for p in re.split(r"[–-]", name.text.translate(DASHES)) if p]
    composition = COMPOSITION_AFTER.match(text, name.end)
    if composition is None or len(parts) < 2 or not all(p in ELEMENTS for p in parts):
        return name
    return Name(name.start, composition.end(), text[name.start:composition.end()], name.kind)


def _process_counted(words: Sequence[str]) -> bool:
    """"the 100-cycle foil", "3-step coated film": a name opened by a count of the process that made it, hyphened to
    the unit of that process, and closed by a head noun; not a bare figure ("100 cycles") nor a size ("50-µm foil")."""
    count = re.fullmatch(r"\d+(?:\.\d+)?-(?P<unit>[a-z]+)", words[0])
    return bool(count) and count.group("unit") in lexicon_words("process_counts") and len(words) >= 2 and \
        bool(set(words[1:]) & lexicon_words("heads"))


def can_name_structure(text: str, glossary: Mapping[str, str]) -> bool:
    """Whether a name can be a structure at all.

    Never: a figure or panel label, an instrument, a solvent or single salt named alone, a cathode
    or a cell, lithium itself, a bare class word ("SEI", "separator"), a fragment that starts with
    a number or an adjective that needs a noun ("rich Li2O")."""
    clean = DETERMINERS.sub("", text.strip(" ,.;:")).strip()
    lowered = clean.lower()
    words = lowered.split()
    if CONCENTRATED.fullmatch(clean) or CONCENTRATION_WORD.fullmatch(clean) or AMOUNT_NAME.fullmatch(clean):
        return True                                     # "5 M electrolyte": told apart by its concentration
    if not words or re.match(r"^(?!\d+D(?:\b|[A-Z-]))[\d(]", clean) and clean not in glossary and not _process_counted(words) or re.search(r"[a-z]{3}\d[A-Z]", clean) or re.search(r"\b(?:fig(?:ure)?s?|table|scheme|eq)\b\.?", lowered):
        return False
    if has_words("instrument", clean) or REDOX_COUPLE.search(clean):
        return False
    cathode_formula = len(words) == 1 and CATHODE_FAMILY.search(clean)
    if has_words("cathode", words[-1]) or (has_words("cathode", clean) or cathode_formula) and not set(words) & lexicon_words("heads"):
        return False                                    # a cathode ("NCM811", "LiNi0.8Co0.1Mn0.1O2"), not "a cathode coating"
    if words[0] in lexicon_words("fragment_starts") | lexicon_words("comparatives") or SPREAD_OVER.match(text.strip()):
        return False                                    # "the three electrolytes" counts the arms, it is none of them
    bare = CELL_TAIL.sub("", clean)
    if not bare:
        return False
    if ingredient(bare):
        return False
    kind = bare.lower() in class_cue_words() | lexicon_words("generic_heads") | lexicon_words("heads") and not materials_in(bare)
    if kind and bare not in glossary and (bare.lower() in class_cue_words()       # a brand that cues a class names one
                                          or not any(is_name_token(w, glossary) for w in bare.split())):
        return False                                    # a kind of structure ("separator", "SEI"), not one
    # "Li", "Li metal", "Li anode" are every paper's subject; "bare Li", "Li foam" can be arms
    other_names = [p for p in re.split(r"[\s/@–-]+", bare) if p not in ("Li", "lithium") and is_name_token(p, glossary)] + \
        [p for p in re.split(r"[\s/@]+", bare) if p in glossary]     # "Li@M-A": a dashed code the paper defined
    return materials_in(bare) != {LITHIUM} or bool(other_names) or has_words("control", bare) or \
        bool(set(bare.lower().split()) & lexicon_words("heads") - lexicon_words("generic_heads") - {"foil", "foils"})


VARIANT = re.compile(r"([A-Za-z][\w@/-]*?)-(\d+(?:\.\d+)?)")     # a sample of a series labelled by a number ("Cu-NW-5")


def name_key(text: str, glossary: Mapping[str, str]) -> str:
    """One spelling for the ways a paper writes one name (see ``_name_key``), cached per glossary."""
    return _name_key(text, tuple(sorted(glossary.items())))


@lru_cache(maxsize=65536)
def _name_key(text: str, glossary_items: tuple[tuple[str, str], ...]) -> str:
    """One spelling for the ways a paper writes one name: what it is made of, and what it is.

    A name is keyed by its control words, the names and materials it is made of (sorted, a defined
    long form counting as its short form) and its head noun: "the PEDOT coated S/CNT composite" and
    "PEDOT-S/CNT composite" agree, so do "woven AlN-carbon separator" and "AlN-carbon separator",
    "polypropylene (PP) separator" and "PP separator", "the PGLS cell" and "PGLS". A name made of
    no names or materials keeps its words ("fresh electrolyte", "without additive")."""
    glossary = {short.translate(DASHES): long for short, long in glossary_items}   # "ZnO–CNTS" as the text is read
    clean = text.translate(DASHES).strip(" ,.;:")
    clean = re.sub(r"^(?:with|containing|incorporating)\s+", "", clean, flags=re.I)
    absent = re.match(r"^(?:(?:the\s+)?[\w|-]*\s*(?:cells?|electrolytes?|electrodes?|batter(?:y|ies))\s+|"
                      r"(?:[\w|–-]+\s+){1,3})?(?:without|w/o)\s+", clean, flags=re.I)
    if absent:                                       # "without TMSB" is the arm that lacks it, not TMSB
        rest = _name_key(clean[absent.end():], glossary_items)
        return f"without {rest}" if rest and not rest.startswith("without") else rest
    lacking = re.search(rf"{LACKS}\b", clean)
    if lacking and (lacking.group("stem") in glossary or is_formula(lacking.group("stem"))
                    or NAME_TOKEN.fullmatch(lacking.group("stem")) or lacking.group("stem") in ELEMENTS):
        return f"without {_name_key(lacking.group('stem'), glossary_items)}"   # "LiNO3-free electrolyte": no LiNO3
    while DETERMINERS.match(clean):
        clean = DETERMINERS.sub("", clean)
    clean = CELL_TAIL.sub("", clean) or clean
    if (form := _electrode_of_its_form(clean)) != clean:
        return f"{_name_key(form, glossary_items)} electrode"
    for short, long in sorted(glossary.items(), key=lambda kv: -len(kv[1])):
        long = re.escape(long.translate(DASHES))
        clean = re.sub(rf"(?<![\w-]){long}\s*\(\s*{re.escape(short)}\s*\)", short, clean, flags=re.I)
        clean = re.sub(rf"(?<![\w-]){long}(?![\w-])", short, clean, flags=re.I)
    clean = _tail_of_long_form(clean, glossary)
    clean = SHARE_IN_BRACKETS.sub(r" \1\2% ", clean)
    clean = re.sub(r"\(\s*|\s*\)", " ", clean).strip()
    clean = TRADE_NAME.sub(lambda m: m.group() if m.group("brand").lower() in NOT_BRANDS
                           else f"{m.group('brand')}_{m.group('model')}", clean)    # "Nafion 117": one name
    clean = CONCENTRATION_WORD.sub(r"\1M", clean)         # "5 M" and "5 mol L−1": one word, a name part
    clean = AMOUNT_WORD.sub(r"\1\2%", clean)                # "2 wt% FEC" is keyed "2wt%+FEC"
    if not clean:
        return ""
    # "LiCNF" and "Li–CNF" for the defined "Li-CNF": a short form written with or without its dashes is one name
    undashed = {short.replace("-", ""): short for short in glossary if "-" in short}
    words = [w if w in glossary else undashed.get(w.replace("-", ""), w) for w in clean.split()]
    head = words[-1].lower() if words[-1].lower() in lexicon_words("heads") else ""
    if head and re.fullmatch(r"[a-z]{4,}s", head) and not head.endswith("ss"):
        singular = next((head[:-n] for n in (1, 2) if head[:-n] in lexicon_words("heads")), head)
        head = singular                                 # separators → separator, meshes → mesh
    names: set[str] = set()
    for word in words[:-1] if head else words:
        if AMOUNT_KEY.fullmatch(word) or TRADE_KEY.fullmatch(word):
            names.add(word)                          # "5M electrolyte": its concentration tells it apart
            continue
        dimension = _dimension(word)
        if dimension:
            names.add(dimension)                     # "three-dimensional Ni" is "3D Ni", another arm than "2D Ni"
            if dimension == word or word.lower() in dimension_words():
                continue
        if _coded(word, glossary):
            names.add(word)                          # "ZCF-10", one of a series of samples: its own arm
            continue
        parts = [word] if is_formula(word) else [p for piece in re.split(r"[/@]", word) if piece
                                                 for p in (_coded(piece, glossary) or _defined_whole(piece, glossary)
                                                           or piece.split("-")) if p]
        for part in parts:
            token = part[:-1] if part.endswith("s") and part[:-1] in glossary else part
            if token in glossary or is_formula(token) or NAME_TOKEN.fullmatch(token) or _coded(token, glossary) or \
                    len(parts) > 1 and token in ELEMENTS:       # the S of "S/CNT"
                names.add(token)
    body = " ".join(words[:-1] if head else words)
    names |= materials_in(body) - {LITHIUM}
    # one material named twice ("PE" and its polyethylene) is one
    names -= {n for n in names if n.lower() in {m.lower() for m in materials_in(" ".join(names - {n}))}}
    # "monolayer-modified copper", "the modified Cu", "ceramic-coated PE separators": a plain material changed by
    # something the name does not name is not that material ("PLP-protected Li" and "Ag-coated Cu" name what
    # changed them)
    changed = [m.group("how").lower() for w in (words[:-1] if head else words) if (m := MODIFIED.search(w))
               and not _names_a_thing(w[:m.start()], glossary)]
    if len(names) == 1 and not names & set(glossary) and names != {LITHIUM} and changed:
        names.add(changed[0])
    if len(names) > 1:
        names.discard(LITHIUM)                       # "Li@ZCC" is the ZCC host holding lithium
    controls = [w.lower() for w in words if has_words("control", w)]
    if not names:
        # "pure lithium" and "pure Li": the element in words or by its symbol is one plain lithium
        plain = ["li" if w.lower() == "lithium" else w.lower() for w in (words[:-1] if head else words)]
        if head and plain and all(w in ("li", "metal") for w in plain):
            return f"{LITHIUM} {head}"               # "Li foil", "lithium metal foil": one plain lithium
        return " ".join([*plain, head]).strip()
    made = "+".join(sorted((n.replace(" ", "_") for n in names), key=str.lower))
    return " ".join([*controls, made, head]).strip()


def _tail_of_long_form(clean: str, glossary: Mapping[str, str]) -> str:
    """"the graphene sheets (TG-F)" where "TG-F" stands for "tin dots on the graphene sheets": the words right before a
    bracketed short form that end its long form are where the definition was written, not a second name beside it;
    the short form alone. A code written of parts ("ZA@CC") names its support itself: its key is made of them."""
    m = re.match(r"(?P<before>.+?)\s*\(\s*(?P<short>[^()\s]+)\s*\)(?P<rest>.*)$", clean)
    if m is None or m.group("short") not in glossary or re.search(r"[@/]", m.group("short")):
        return clean
    long, before = glossary[m.group("short")].translate(DASHES).lower(), m.group("before").lower()
    if long != before and long.endswith(" " + before):
        return m.group("short") + m.group("rest")
    return clean


ELECTRODE_TAIL = re.compile(r"\s+(?:electrodes?|anodes?)$", re.I)


def _electrode_of_its_form(name: str) -> str:
    """"the Cu foam electrodes" is the Cu foam: an electrode or anode named after the form it was made in ("… foam",
    "… mesh", "… fibre scaffold"; not a kind of material, "… alloy electrode", "… composite anode") is the thing in
    that form, so it keys as that thing, not as "Cu electrode" (which "planar Cu electrodes" is)."""
    tail = ELECTRODE_TAIL.search(name)
    if tail is None:
        return name
    before = name[:tail.start()].split()
    form = before[-1].lower() if len(before) > 1 else ""
    return name[:tail.start()] if form in _electrode_forms() else name


@cache
def _electrode_forms() -> frozenset[str]:
    return lexicon_words("body_heads") | lexicon_words("body_shapes") | lexicon_words("sheet_forms")


def _names_a_thing(word: str, glossary: Mapping[str, str]) -> bool:
    return bool(word) and (is_name_token(word, glossary) or bool(materials_in(word)))


def _defined_whole(piece: str, glossary: Mapping[str, str]) -> list[str]:
    """A short form the paper defines with a dash in it ("Z-CF" for "ZnO-coated CF"), kept whole, as [piece], where
    a part of it names nothing alone ("Z"): split, it would name only the defined part ("CF", the uncoated foam).
    One whose parts all name things ("PL-Li", the PL layer on lithium) is keyed by them, but for a sample's one-letter
    label ("CPE-P")."""
    if "-" not in piece or piece not in glossary:
        return []
    parts = [p for p in piece.split("-") if p]
    named = [p in glossary or p in ELEMENTS or is_formula(p) or bool(NAME_TOKEN.fullmatch(p)) for p in parts]
    # "CPE-P" beside "CPE-R": one capital after a stem the paper never defines alone labels a sample of a series,
    # it is no phosphorus
    labelled = len(parts) == 2 and len(parts[1]) == 1 and parts[0] not in glossary
    return [] if all(named) and not labelled else [piece]


def _coded(piece: str, glossary: Mapping[str, str]) -> list[str]:
    """A sample's code inside a word that puts it on a host ("LF-10" of "LF-10@Li"), kept whole, as [code]."""
    variant = VARIANT.fullmatch(piece)
    return [piece] if variant and (variant.group(1) in glossary or NAME_TOKEN.fullmatch(variant.group(1))
                                   or _coded_stem(variant.group(1))) else []


def _coded_stem(stem: str) -> bool:
    """"Cu-NW" of "Cu-NW-10": a stem of a series' codes whose hyphened parts are an element and an acronym, so its
    number labels a sample (the growth time) and is no part to drop."""
    parts = stem.split("-")
    return len(parts) > 1 and all(p in ELEMENTS or NAME_TOKEN.fullmatch(p) for p in parts) and \
        any(NAME_TOKEN.fullmatch(p) for p in parts)


def _dimension(word: str) -> str:
    """The dimension a word of a name gives ("3D", "3D-printed", "three-dimensional" → "3D"), or "". A control
    word that implies one ("planar") stays a control word."""
    if has_words("control", word):
        return ""
    dimension = dimension_words().get(word.lower(), word.split("-")[0])
    return dimension if DIMENSION_KEY.fullmatch(dimension) else ""


def key_parts(key: str) -> tuple[frozenset[str], str]:
    """(what a name is made of, its head noun) read back from a ``name_key``."""
    words = key.split()
    if words[:1] == ["without"] and len(words) > 1:      # made of the absence of each part, none of the parts
        made, head = key_parts(" ".join(words[1:]))
        return frozenset(f"without {part}" for part in made), head
    head = words[-1] if len(words) > 1 and words[-1].lower() in lexicon_words("heads") else ""
    made = [part for w in (words[:-1] if head else words) if not has_words("control", w) for part in w.split("+")]
    return frozenset(made), head
