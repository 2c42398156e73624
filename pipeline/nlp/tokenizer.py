"""Tokenizer rules that keep chemistry and units whole.

spaCy's English defaults split ``Cu–Zn``, ``98.6%``, ``140°C`` and ``10-2`` and leave units glued to
their numbers (``12h``, ``0.60mgcm⁻²``) as one token. For this field we want the opposite:

- a formula or composite name is one token: ``Li3PO4``, ``Li7B6``, ``LiPF₆``, ``graphene@Ni``,
  ``Cu–Zn``, ``Li|Cu``;
- a unit with its power is one token: ``cm−2``, ``g⁻¹``, ``cm–`` (a power the PDF lost);
- a number keeps its own sign, dash range and power of ten: ``−3.04``, ``1–3``, ``10−2``;
- a percentage or a temperature stays with its number (``98.6%``, ``140°C``, ``102°``), but a bound
  before it is its own token (``≈``, ``20%``);
- a unit glued to its number is split off (``12h`` → ``12``, ``h``), but only for unit atoms that
  cannot be a label (``3D``, ``2C`` and ``1T`` stay whole).
"""

from __future__ import annotations

import re

import pipeline.nlp.spacy_first  # noqa: F401  (spaCy loads as spacy_import arranges it)

# isort: split

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.nlp.patterns import glued_unit_pattern, unit_atoms

QUALIFIER_PREFIXES = [r"≈", r"~", r"∼", r"≃", r"<", r">", r"≤", r"≥", r"⩽", r"⩾"]
DEGREE = "\\u00B0"

# Li3PO4, LiPF₆, Li6PS5Cl, h-BN, Cu–Zn, Li–S, LiF-Li2Sx, graphene@Ni, Li|Cu, Li|LiFePO4, Ni(OH)2
_ELEMENT = r"(?:[A-Z][a-z]?(?:[\d₀-₉]+(?:\.\d+)?)?[xyzδ]?)"
_FORMULA = rf"(?:{_ELEMENT}{{2,}}|[A-Z][a-z]?\d[\w₀-₉]*)"
_PART = rf"(?:{_FORMULA}|{_ELEMENT}|[a-z]+)"
TOKEN_MATCH = re.compile(
    rf"^(?:{_FORMULA}|{_PART}(?:[@|]{_PART})+|{_ELEMENT}(?:[–−-]{_ELEMENT})+|{_FORMULA}(?:[–−-]{_FORMULA})+)$")


# the units a number is joined to by a hyphen when the two make one adjective ("a 180-nm-thick layer", "a 1.2-Ah pouch
# cell", "a 50-μm foil", "a 3-h soak")
JOINED_UNITS = "nm|μm|µm|mm|cm|mA h|mAh|Ah|Wh|mV|V|h|min|mg|mL|μL|µL|cycles?"


def _drop_degree(pattern: str) -> str:
    """The defaults treat '°' as a symbol to split off; in this field it belongs to its number."""
    return pattern.replace(DEGREE, "").replace("°", "")


def customise_tokenizer(nlp: Language) -> None:
    prefixes = [p for p in nlp.Defaults.prefixes if p not in {"%", "–", "—"}] + QUALIFIER_PREFIXES
    suffixes = [_drop_degree(p) for p in nlp.Defaults.suffixes
                if p not in {"–", "—"} and "(?<=[0-9])(?:km" not in p and p != "%"]
    suffixes += [
        glued_unit_pattern(),                 # 12h → 12 h ; 0.60mgcm⁻² → 0.60 mgcm⁻²
        r"(?<=[−–-])\.",                      # "cm–." → "cm–" "."
        r"(?<=[a-zA-Z0-9%°⁰¹²³⁴⁵⁶⁷⁸⁹ΩÅμµ\u2126\u212b])\.",  # a full stop after a unit, a number or a power
    ]
    infixes = [_drop_degree(p) for p in nlp.Defaults.infixes
               if not ("–" in p and "a-z" in p.lower()) and r"[+\-\*^](?=[0-9-])" not in p]
    infixes += [r"(?<=[−–⁻-][1-4¹²³⁴])/(?=\d)",  # "cm−2/1 mA h", "cm⁻²/1 mA h" → "cm−2" "/" "1"
                r"(?<=[A-Za-zμµ][¹²³⁴])/(?=\d)",   # "cm²/1 mA h" (the power's minus lost) → "cm²" "/" "1"
                r"(?<=[0-9])×(?=[0-9])",        # "3×2" → "3" "×" "2"
                r"(?<=[0-9])\)(?=%)",           # "(98.9 ± 0.2)%" → "0.2" ")" "%": the bracket closes before the unit
                r"(?:(?<=nm)|(?<=μm)|(?<=µm)|(?<=\bum)|(?<=mm)|(?<=cm)|(?<=Å))-(?=[a-z]{3})",  # "10 μm-thick"
                rf"(?<=\d)[-‐‑](?=(?:{JOINED_UNITS})(?![A-Za-z]))",   # "a 180-nm-thick layer", "a 1.2-Ah cell"
                r"(?<=[a-z]{2})[–−](?=\d\d|\d[.,]\d)",  # "that of–425 mV": a stray dash, not a power
                r"(?<=\d)[–~-](?=\d+(?:[.,]\d+)?(?:%|°))"]  # "98–99%" → "98" "–" "99%": a range, each end a figure
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.token_match = TOKEN_MATCH.match
    # "600 h." ends a sentence: the English exceptions keep "h." (an initial) whole, so drop the
    # exceptions for letters that are also unit symbols. Of the rest only abbreviations ("e.g.", "Dr.",
    # "Fig.") and white space occur in a paper: contractions ("don't") and emoticons (":-)", "8)") do
    # not, and every process that loads the pipeline re-adds each exception (85 ms for all 1,343).
    atoms = set(unit_atoms())
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if _in_papers(k) and not (len(k) == 2 and k.endswith(".") and k[0] in atoms)}


def _in_papers(exception: str) -> bool:
    """An exception a paper's text can hold: an abbreviation with its stop, or white space."""
    return exception.isspace() or "." in exception and not any(q in exception for q in "'’‘") \
        and any(c.isalpha() for c in exception)
