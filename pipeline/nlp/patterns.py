"""Patterns for the spaCy components, built from the lexicon files and the ontology's labels.

Lexicons (``lexicons/*.yaml``) hold general domain knowledge: materials, the head nouns of designs,
unit symbols and the words of bounds. Property names and their cue words come from the ontology
(``pipeline.ontology``); nothing here spells a property.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pipeline.cache import parsed_yaml
from pipeline.ontology import properties

LEXICONS = Path(__file__).resolve().parent / "lexicons"

DASHES = "−–‐‑-"
DASH = "\\-−–‐‑"                     # DASHES for a regex character class
# lexicon lists that hold the words of other lists too: a treated thing ("the coated Cu") is also how a paper
# calls its own design, so the design words read the treatments rather than spell them again
INCLUDES: Mapping[str, tuple[str, ...]] = MappingProxyType({"design_words": ("treatments",)})


@dataclass(frozen=True, slots=True)
class MaterialEntry:
    name: str
    aliases: tuple[str, ...]


def _load(name: str) -> object:
    return parsed_yaml(LEXICONS / name)


@cache
def materials() -> tuple[MaterialEntry, ...]:
    rows = _load("materials.yaml")
    assert isinstance(rows, list)
    return tuple(MaterialEntry(r["name"], tuple(str(a) for a in r["aliases"])) for r in rows)


@cache
def _structure_lexicon() -> dict[str, Any]:
    """structure_words.yaml as parsed, once a process: its word lists and its dimensions both read it."""
    data = _load("structure_words.yaml")
    assert isinstance(data, dict)
    return data


# a lexicon entry of verbs, each as [present, third person, participle], and the word lists read out of it: the
# forms of one verb are spelled once, side by side, so no list of them can lack a verb another has
VERB_FORMS: Mapping[str, Mapping[str, tuple[int, ...]]] = MappingProxyType(
    {"treating": MappingProxyType({"treatment_verbs": (0, 1), "treatments": (2,)})})


@cache
def structure_words() -> dict[str, tuple[str, ...]]:
    lexicon = _structure_lexicon()
    words = {key: tuple(str(v) for v in values) for key, values in lexicon.items() if key not in VERB_FORMS}
    for key, lists in VERB_FORMS.items():
        for name, forms in lists.items():
            words[name] = tuple(str(verb[form]) for verb in lexicon[key] for form in forms)
    for key, parts in INCLUDES.items():
        words[key] = words[key] + tuple(w for part in parts for w in words[part])
    return words


def longest_first(word: str) -> tuple[int, str]:
    """The sort key of an alternation's words built from a set: longest first, and words of one length in a fixed
    order. A set's own order changes from process to process (string hashing), and with it the pattern's text,
    which ``regex_cache`` keys by: a pattern spelt anew each process is compiled anew each process."""
    return -len(word), word


@cache
def lexicon_words(key: str) -> frozenset[str]:
    """The words of the structure-words list ``key`` in lower case, a set to look a word up in."""
    return frozenset(w.lower() for w in structure_words()[key])


def names_a_making_method(word: str) -> bool:
    """"ALD", "MLD", "deposition": a word that, before "cycles", counts the steps of making something ("50 ALD
    cycles", "Deposition cycles"), not the cell's charge and discharge: a method's acronym or a process noun."""
    return bool(re.fullmatch(r"[A-Z]{2,5}", word)) or word.lower() in structure_words()["process_nouns"]


@cache
def dimension_words() -> Mapping[str, str]:
    """A dimension's word → the short form papers write for it ("three-dimensional" → "3D")."""
    dimensions = _structure_lexicon()["dimensions"]
    assert isinstance(dimensions, dict)
    return MappingProxyType({str(word): str(short) for word, short in dimensions.items()})


@cache
def material_alias_index() -> Mapping[str, str]:
    """alias → canonical material name (built once: linking asks for it per name)."""
    return MappingProxyType({alias: m.name for m in materials() for alias in m.aliases})


@cache
def unit_lexicon() -> dict[str, object]:
    data = _load("units.yaml")
    assert isinstance(data, dict)
    return data


def unit_atoms() -> tuple[str, ...]:
    atoms = unit_lexicon()["atoms"]
    assert isinstance(atoms, list)
    return tuple(sorted({str(a) for a in atoms}, key=lambda a: (-len(a), a)))


@cache
def thousands_regex() -> str:
    """The "k" of "1.5k h", "2k cycles": a thousand written as a letter glued to the number, only where a count or a
    duration follows (a regex to set right after the number; it takes the letter and looks ahead at the unit)."""
    table = unit_lexicon()["thousands"]
    assert isinstance(table, dict)
    return rf"(?:{_alternation(tuple(table['letters']))})(?=\s?(?:{_alternation(tuple(table['before']))})(?![A-Za-z0-9]|\s?[/·^⁻{DASH}]))"


@cache
def per_denominators() -> Mapping[str, str]:
    """A denominator written after "per" (its name or symbol) → the symbol it stands for."""
    table = unit_lexicon()["per_words"]
    assert isinstance(table, dict)
    return MappingProxyType({str(word): str(symbol) for word, symbol in table.items()})


@cache
def per_denominator_regex() -> str:
    """ " per gram", " per square centimetre", " per cm2": the word "per" and a denominator, as a regex."""
    words = sorted(per_denominators(), key=lambda w: (-len(w), w))
    spelled = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)     # a line break may split "square centimetre"
    return rf"\s+per\s+(?:{spelled})(?![\w²])"


def qualifier_phrases() -> dict[str, str]:
    """Bound phrase (lower case) → qualifier symbol."""
    table = unit_lexicon()["qualifiers"]
    assert isinstance(table, dict)
    return {str(phrase).lower(): str(symbol) for symbol, phrases in table.items() for phrase in phrases}


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def unit_token_regex() -> str:
    """One token of a unit: atoms with powers, glued ('mgcm⁻²') or alone ('cm−2', 'cm–', '%')."""
    atom = _alternation(unit_atoms())
    return rf"^(?:(?:{atom})(?:\^?[{DASH}]?[1-4]|[⁻{DASH}]?[¹²³⁴]|[{DASH}])?[·/]?)+$"


@cache
def glued_unit_pattern() -> str:
    """Suffix rule: a unit glued to the number before it. Atoms that may be labels ('3D', '2C') are left."""
    risky = set(unit_lexicon()["needs_number"]) - {"h"}      # type: ignore[arg-type]
    glued = tuple(a for a in unit_atoms() if a not in risky and a not in {"%", "°", "°C", "℃", "wt%", "vol%", "at%"})
    atom = _alternation(glued)
    return rf"(?<=[0-9])(?:(?:{atom})(?:[{DASH}]?[1-4]|[⁻{DASH}]?[¹²³⁴]|[{DASH}])?)+"


NUMBER_TOKEN = rf"^[{DASH}+]?\d+(?:[.,]\d+)*(?:[{DASH}~]\d+(?:[.,]\d+)?)?$"       # "+0.35 V" too: a sign, not a sum
NUMBER_UNIT_TOKEN = rf"^[{DASH}]?\d+(?:[.,]\d+)?(?:\\?%|°C?|℃|[oº]C|C)$"     # 98.6%, 140°C, 60oC, 102°, 1C
THOUSANDS_TOKEN = r"^\d+(?:\.\d+)?[kK]$"       # "1.5k" of "1.5k h" (thousands_regex reads whether a count follows)
POWER_TOKEN = rf"^10(?:\^?[{DASH}]?\d{{0,2}}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$"
ORDINAL_TOKEN = r"^\d+(?:st|nd|rd|th)$"


def structure_head_terms() -> dict[str, str]:
    return {w: w for w in structure_words()["heads"]}


@cache
def property_cue_terms() -> dict[str, str]:
    """Cue phrase → property local name, from the ontology's skos:altLabel (and rdfs:label).

    A phrase shared by two properties ('capacity') keeps the first in ontology order; the
    extraction still checks the unit, so a shared word never forces a wrong property.
    """
    index: dict[str, list[str]] = {}
    for name, prop in properties().items():
        for cue in (*prop.cues, prop.label):
            if len(cue) > 1 and not cue.isdigit():
                index.setdefault(cue, []).append(name)
    return {cue: "|".join(sorted(set(names))) for cue, names in index.items()}


# a lexicon list's words found in text: here, not beside the spaCy components, so that the reader reads them without spaCy
@cache
def word_regex(key: str) -> re.Pattern[str]:
    """The words of the lexicon list ``key``, longest first, each a whole word where it starts or ends in a
    letter or digit.

    The test that a word starts here (no letter, digit or hyphen before) is made once for all the words that
    start with a letter or digit, and a look-ahead for the words' first characters comes first: ``re`` tries
    every alternative at every position of the text otherwise (ten times slower; some lists are looked up in
    every sentence). Where two words can match at one position they start with the same character, so they
    stay in one group, in their order: the same match as one alternative per word."""
    words = sorted(structure_words()[key], key=len, reverse=True)

    def whole(w: str) -> str:
        return re.escape(w) + (r"(?![\w-])" if w[-1:].isalnum() else "")
    at_word_start = [whole(w) for w in words if w[:1].isalnum()]
    elsewhere = [whole(w) for w in words if not w[:1].isalnum()]
    groups = ([r"(?<![\w-])(?:" + "|".join(at_word_start) + ")"] if at_word_start else []) + elsewhere
    firsts = "".join(sorted({re.escape(w[:1]) for w in words if w}))
    return re.compile(rf"(?=[{firsts}])(?:" + "|".join(groups) + ")", re.IGNORECASE)


@cache
def lexicon_alternation(key: str) -> str:
    """The words of the lexicon list ``key`` as one regex alternation, longest first; the words of a phrase
    may be apart by any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(structure_words()[key], key=len, reverse=True))


def has_words(key: str, text: str) -> bool:
    """Whether ``text`` holds any word of the lexicon list ``key`` (whole words, any case)."""
    return bool(word_regex(key).search(text))


def own_voice(text: str) -> bool:
    """Whether a sentence speaks in the paper's own voice ("we", "herein", "this work"), not of the authors' own
    earlier papers ("In our previous work, …", "we previously reported …"), which it cites like anyone's."""
    return has_words("own_work", word_regex("self_citation").sub(" ", text))
