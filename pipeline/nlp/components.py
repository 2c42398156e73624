"""Registered spaCy components. Each writes its own ``doc.spans`` key and nothing else.

- ``akg_quantity``: a token Matcher finds numbers with units (lists, ranges, ×10ⁿ, glued units);
  the bound before them ("more than", "≈") joins the span; ``quantities.find_quantities`` reads
  each span's text into ``span._.quantity``.
- ``akg_cycle_count``: "1000 charge/discharge cycles" and "the 96th cycle".
- ``akg_materials``, ``akg_structure_heads``, ``akg_property_cues``: PhraseMatchers over the
  lexicons and the ontology's cue words; ``span.label_`` is the canonical name (for cues, the
  property names joined by '|').
- ``akg_abbreviations``: "long form (ABBR)" definitions (Schwartz–Hearst), label = the short form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pipeline.nlp.spacy_first  # noqa: F401  (spaCy loads as spacy_import arranges it)

# isort: split

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.identity import material_table
from pipeline.nlp.patterns import (
    NUMBER_TOKEN,
    NUMBER_UNIT_TOKEN,
    ORDINAL_TOKEN,
    POWER_TOKEN,
    THOUSANDS_TOKEN,
    dimension_words,
    material_alias_index,
    per_denominators,
    property_cue_terms,
    qualifier_phrases,
    structure_head_terms,
    unit_token_regex,
)
from pipeline.nlp.quantities import (
    LABEL_BEFORE,
    SPREAD_BEFORE,
    bracketed_unit_quantities,
    change_start,
    find_quantities,
)
from pipeline.ontology import properties, property_def
from pipeline.records import Quantity
from pipeline.units import compatible
from pipeline.vocab import AKG

if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)

MAX_QUALIFIER_TOKENS = 3
DIGIT = re.compile(r"\d")     # what the quantity patterns' \d matches: any Unicode digit
TEXT_KEY = "akg_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once a Doc: spaCy joins it anew, from a Token object made for each word,
    every time it is asked, and the components ask for each sentence's several times."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from the text its Doc keeps (``doc_text``): spaCy joins it anew from a Token made
    for each of its words, and a sentence's mentions ask for the text of every span found in it."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _qualifier_start(doc: Doc, start: int) -> int:
    """Token index where a bound phrase right before ``start`` begins ('more than 300' → 'more')."""
    phrases = qualifier_phrases()
    for width in range(MAX_QUALIFIER_TOKENS, 0, -1):
        if start - width >= 0 and doc[start - width:start].text.lower() in phrases:
            return start - width
    return start


class QuantityMatcher:
    """Numbers with units → ``doc.spans[spans_key]``, one span per figure, ``span._.quantity`` set."""

    def __init__(self, nlp: Language, spans_key: str) -> None:
        self.spans_key = spans_key
        self.matcher = Matcher(nlp.vocab)
        num = {"TEXT": {"REGEX": NUMBER_TOKEN}}
        unit = {"TEXT": {"REGEX": unit_token_regex()}}
        more_unit = {"TEXT": {"REGEX": f"{unit_token_regex()}|^/$|^[1-4]$"}, "OP": "*"}
        times = {"TEXT": {"IN": ["×", "x", "X"]}}
        power = {"TEXT": {"REGEX": f"{POWER_TOKEN}|{NUMBER_TOKEN}"}}
        joined = {"TEXT": {"REGEX": f"{NUMBER_TOKEN}|^(?:,|and|or|to|~|[−–-]|vs\\.?|versus|against)$"}, "OP": "*"}
        spread = {"TEXT": {"REGEX": r"^(?:±|\+/[−–-]|\+|/[−–-])$"}, "OP": "{1,2}"}      # "98.6 ± 0.3%", "+/-"
        # "155 mAh per gram", "2 mA per square centimetre": the parser reads which denominators "per" takes
        per = [{"LOWER": "per"}, {"LOWER": "square", "OP": "?"},
               {"TEXT": {"IN": sorted({w for d in per_denominators() for w in d.split()} - {"square"})}}]
        # "a 180-nm-thick layer", "a 1.2-Ah cell": a number joined to its unit by a hyphen, with no space around it
        hyphened = [{"TEXT": {"REGEX": NUMBER_TOKEN}, "SPACY": False}, {"TEXT": {"IN": ["-", "‐", "‑"]}, "SPACY": False}]
        self.matcher.add("quantity", [
            [num, unit, more_unit],
            [*hyphened, unit],
            [num, unit, more_unit, *per],
            [num, unit, more_unit, per[0], {"LOWER": "square"}],       # "8 ohm per square": a sheet resistance
            [num, times, power, unit, more_unit],
            [num, joined, num, unit, more_unit],
            [num, times, power, joined, num, times, power, unit, more_unit],
            [num, joined, num, times, power, unit, more_unit],      # "2.3, 1.8 and 1.3 × 10−10 S cm−1"
            [{"TEXT": {"REGEX": NUMBER_UNIT_TOKEN}}],
            [{"TEXT": {"REGEX": THOUSANDS_TOKEN}}, unit],                                    # "1.5k h", "2k cycles"
            [num, joined, {"TEXT": {"REGEX": NUMBER_UNIT_TOKEN}}],
            [num, spread, num, unit, more_unit],
            [num, spread, {"TEXT": {"REGEX": NUMBER_UNIT_TOKEN}}],
            [{"TEXT": "("}, num, spread, num, {"TEXT": ")"}, times, power, unit, more_unit],   # "(3.2 ± 0.4) × 10−4 S"
            [{"TEXT": "("}, num, spread, num, {"TEXT": ")"}, unit, more_unit],                 # "(14 ± 2) mV", "(98.9 ± 0.2)%"
            [{"TEXT": {"REGEX": r"^\d+(?:\.\d+)?±\d+(?:\.\d+)?$"}}, unit, more_unit],      # "12±2 mV", one token
            [{"TEXT": {"REGEX": r"^C/\d{1,3}(?:\.\d+)?$"}}],                                   # "C/3", one token
            [{"TEXT": "C"}, {"TEXT": "/"}, num],                                              # "C / 3"
        ], greedy="LONGEST")

    def match(self, doc: Doc) -> list[Span]:
        # every pattern holds a number, and a sentence without a digit (two in three) has none: the
        # matcher's regular expressions need not run over its tokens
        if not DIGIT.search(doc_text(doc)):
            return []
        return filter_spans(self.matcher(doc, as_spans=True))

    def __call__(self, doc: Doc) -> Doc:
        found = list(quantity_spans(doc, self.match(doc)))
        doc.spans[self.spans_key] = sorted([*found, *_bracketed_unit_spans(doc, found)], key=lambda s: s.start)
        return doc


def _bracketed_unit_spans(doc: Doc, found: Sequence[Span]) -> Iterable[Span]:
    """"Overpotential (mV): 18 for A and 65 for B": the bare numbers a bracketed unit after a property's name gives
    its unit to (``quantities.bracketed_unit_quantities``)."""
    whole = doc_text(doc)
    if "(" not in whole or not DIGIT.search(whole):
        return
    for quantity in bracketed_unit_quantities(whole, [(s.start_char, s.end_char) for s in found], _named_in_unit):
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="strict")
        if span is not None:
            span._.quantity = quantity
            yield span


def _named_in_unit(before: str, unit: str) -> bool:
    """Whether ``before`` ends on a property's name (its cue, or the cue's plural, "… values") whose unit ``unit``
    can be."""
    words = before.lower().split()[-4:]
    if words and words[-1] in ("values", "data"):       # "the voltage hysteresis values (mV)"
        words = words[:-1]
    cues = property_cue_terms()
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        for cue in (phrase, phrase.removesuffix("s"), phrase.removesuffix("es")):
            if cue in cues and any(compatible(unit, properties()[name].unit) for name in cues[cue].split("|")):
                return True
    return False


def quantity_spans(doc: Doc, regions: Iterable[Span], unit: str | None = None) -> Iterable[Span]:
    """The figures inside each region, read by the pure parser; the bound before a region joins it."""
    whole = doc_text(doc)
    for region in regions:
        first = _qualifier_start(doc, region.start)
        start_char = doc[first].idx
        if LABEL_BEFORE.search(whole, 0, region.start_char) or SPREAD_BEFORE.search(whole, 0, start_char):
            continue                          # "Figure 2C", "Table 3": a label, not a figure; "± 0.3%" an error bar
        text = whole[start_char:region.end_char]
        found = [Quantity(value=q.value, unit=q.unit, qualifier=q.qualifier, start=start_char + q.start,
                          end=start_char + q.end, text=q.text, high=q.high)
                 for q in (find_quantities(text) if unit is None else _counts(text, unit))]
        first = change_start(whole, found[0]) if found and unit is None else None
        for quantity in [first, *found] if first is not None else found:
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = quantity
            yield span


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
                "thousand": 1000}
# "four hundred cycles", "two thousand cycles": a count of hundreds or thousands, one number
SCALES = ("hundred", "thousand")


def _counts(text: str, unit: str) -> Iterable[Quantity]:
    """'over 1000 charge/discharge cycles', 'the 96th cycle', 'for three cycles' → a count of cycles."""
    match = re.search(r"(?P<value>\d+(?:,\d{3})*)(?:st|nd|rd|th)?\b", text)
    if not match:
        words = "|".join(NUMBER_WORDS)
        word = re.search(rf"\b(?:(?P<times>{words})\s+(?=(?:{'|'.join(SCALES)})\b))?(?P<value>{words})\b", text, re.I)
        if word:
            times = NUMBER_WORDS[word.group("times").lower()] if word.group("times") else 1
            yield Quantity(value=float(times * NUMBER_WORDS[word.group("value").lower()]), unit=unit, start=0,
                           end=len(text), text=text)
        return
    qualifier = ">=" if text[match.end():].lstrip().startswith("+") else "="       # "1000+ cycles"
    head = text[:match.start()].strip().lower()
    if head:
        qualifier = qualifier_phrases().get(head, "=")
    yield Quantity(value=float(match.group("value").replace(",", "")), unit=unit, qualifier=qualifier,
                   start=0, end=len(text), text=text)


@Language.factory("akg_quantity", assigns=["doc.spans"], default_config={"spans_key": "quantity"})
def make_quantity_matcher(nlp: Language, name: str, spans_key: str) -> QuantityMatcher:
    return QuantityMatcher(nlp, spans_key)


COUNT_FILLER = ["at", "of", "for", "after", "than", "the", "in", "over", "times", "more", "and", "or", "to",
                "with", "a", "an", "from", "up", "during", "within", "per", "each", "every"]


CYCLE_WORDS = ("cycle", "cycles")      # the word every count pattern ends in (the first is in the second)


class CycleCountMatcher:
    """'1000 charge/discharge cycles', 'the 96th cycle' → ``doc.spans[spans_key]`` as counts of cycles."""

    def __init__(self, nlp: Language, spans_key: str, unit: str) -> None:
        self.spans_key = spans_key
        self.unit = unit
        self.matcher = Matcher(nlp.vocab)
        # "charge/discharge", "charge–discharge": a word joined by any dash a PDF prints
        filler = {"TEXT": {"REGEX": r"^(?:[a-z][a-z\-‐‑–]*|/|[–-])$", "NOT_IN": COUNT_FILLER}, "OP": "{1,3}"}
        cycles = {"LOWER": {"IN": list(CYCLE_WORDS)}}
        self.matcher.add("count", [
            [{"TEXT": {"REGEX": r"^\d+(?:,\d{3})*$"}}, filler, cycles],
            [{"TEXT": {"REGEX": r"^\d+(?:,\d{3})*$"}}, {"TEXT": "+"}, filler, cycles],      # "1000+ stable cycles"
            [{"TEXT": {"REGEX": r"^\d+(?:,\d{3})*$"}}, {"TEXT": "+"}, cycles],              # "1000+ cycles": at least
            [{"LOWER": {"IN": list(NUMBER_WORDS)}}, cycles],
            [{"LOWER": {"IN": list(NUMBER_WORDS)}}, {"LOWER": {"IN": list(SCALES)}}, cycles],     # "four hundred cycles"
            [{"TEXT": {"REGEX": ORDINAL_TOKEN}}, filler, cycles],
            [{"TEXT": {"REGEX": ORDINAL_TOKEN}}, cycles],
        ], greedy="LONGEST")

    def match(self, doc: Doc) -> list[Span]:
        if CYCLE_WORDS[0] not in doc_text(doc).lower():   # every pattern ends in one: most sentences cannot match
            return []
        return filter_spans(self.matcher(doc, as_spans=True))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = list(quantity_spans(doc, self.match(doc), unit=self.unit))
        return doc


@Language.factory("akg_cycle_count", assigns=["doc.spans"],
                  default_config={"spans_key": "count", "unit": "cycles"})
def make_cycle_count_matcher(nlp: Language, name: str, spans_key: str, unit: str) -> CycleCountMatcher:
    return CycleCountMatcher(nlp, spans_key, unit)


# what a screen counts: compounds, candidates, or a class of compounds named by its anion ("52 sulfides")
COMPOUND_NOUN = r"compounds|candidates|(?:fluor|chlor|brom|iod|ox|sulf|sulph|selen|tellur|nitr|phosph|carb|bor|hydr|sil)ides|binaries|ternaries|quaternaries"
COMPOUND_NOUNS = rf"^(?:{COMPOUND_NOUN})$"
COMPOUND_NOUN_IN_TEXT = re.compile(COMPOUND_NOUN)     # a token's lower case that matches is in the text's
COMPOUND_MODIFIER = {"TEXT": {"REGEX": r"^[a-z][a-z\-]*$", "NOT_IN": COUNT_FILLER}, "OP": "{0,2}"}


class CompoundCountMatcher(QuantityMatcher):
    """'412 compounds', '31 candidates', '12 binary and 305 ternary compounds', '52 sulfides' →
    ``doc.spans[spans_key]`` as counts of compounds, one span per number. Digits only: a count written in
    words ("two compounds") is a remark, not a screen's figure. Like a quantity, it holds a digit
    (``QuantityMatcher.match`` skips sentences without one)."""

    def __init__(self, nlp: Language, spans_key: str, unit: str) -> None:   # its own patterns, not the quantities'
        self.spans_key = spans_key
        self.unit = unit
        self.matcher = Matcher(nlp.vocab)
        number = {"TEXT": {"REGEX": r"^\d+(?:,\d{3})*$"}}
        noun = {"LOWER": {"REGEX": COMPOUND_NOUNS}}
        joined = {"LOWER": {"IN": [",", "and", "or"]}, "OP": "{1,2}"}
        self.matcher.add("compounds", [
            [number, COMPOUND_MODIFIER, noun],
            [number, COMPOUND_MODIFIER, joined, number, COMPOUND_MODIFIER, noun],    # "12 binary and 305 ternary compounds"
        ], greedy="LONGEST")

    def match(self, doc: Doc) -> list[Span]:
        # every pattern ends in a noun of what is counted: a sentence that names none (nearly every one
        # with a digit) cannot match, and the matcher's regular expressions need not run over its tokens
        if not COMPOUND_NOUN_IN_TEXT.search(doc_text(doc).lower()):
            return []
        return super().match(doc)

    def __call__(self, doc: Doc) -> Doc:
        counts = [span for region in self.match(doc) for span in _each_number(doc, region, self.unit)]
        parts = [part for count in counts for part in _broken_down(doc, count, counts, self.unit)]
        doc.spans[self.spans_key] = sorted([*counts, *parts], key=lambda s: s.start)
        return doc


BREAKDOWN_SEPARATORS = {",", ";", "and"}


def _broken_down(doc: Doc, count: Span, counts: Iterable[Span], unit: str) -> Iterable[Span]:
    """'46 candidates (29 anodic, 24 cathodic, and 7 on both sides)': the parts a count is broken into, in
    a bracket right after it, count the same things; each part's span runs to the next separator, so it
    keeps the words that say which part it is. Only a bracket of such parts alone (each a whole number no
    larger than the total, followed by a word) is read: "(Table 2)", "(62%)" or "(ref. 12)" are not."""
    if count.end >= len(doc) or doc[count.end].text != "(" or count._.quantity is None:
        return []
    close = next((t.i for t in doc[count.end + 1:] if t.text in {"(", ")"}), None)
    if close is None or doc[close].text != ")":
        return []
    items: list[list[int]] = [[]]
    for t in doc[count.end + 1:close]:
        if t.lower_ in BREAKDOWN_SEPARATORS:
            items.append([])
        else:
            items[-1].append(t.i)
    items = [item for item in items if item]
    taken = {i for c in counts for i in range(c.start, c.end)}
    parts = []
    for item in items:
        first = doc[item[0]]
        if not re.fullmatch(r"\d+", first.text) or int(first.text) > count._.quantity.value or len(item) < 2 or \
                not re.fullmatch(r"[a-z]+", doc[item[1]].text):
            return []
        if item[0] in taken:
            continue                              # "(218 ternaries and 26 binaries)": counts of their own already
        span = doc[item[0]:item[-1] + 1]
        span._.quantity = Quantity(value=float(first.text), unit=unit, qualifier="=", start=span.start_char,
                                   end=span.end_char, text=span.text)
        parts.append(span)
    return parts


def _each_number(doc: Doc, region: Span, unit: str) -> Iterable[Span]:
    """One count span per number of the region, from the number to the word before the next number's joiner
    (or the region's end); the bound before the region ("more than 200 compounds") joins the first."""
    numbers = [t.i for t in region if DIGIT.match(t.text)]
    for k, i in enumerate(numbers):
        end = numbers[k + 1] if k + 1 < len(numbers) else region.end
        while k + 1 < len(numbers) and doc[end - 1].lower_ in {",", "and", "or"}:
            end -= 1
        first = _qualifier_start(doc, region.start) if k == 0 else i
        span = doc[first:end]
        head = doc[first:i].text.lower()
        span._.quantity = Quantity(value=float(doc[i].text.replace(",", "")), unit=unit,
                                   qualifier=qualifier_phrases().get(head, "=") if head else "=",
                                   start=span.start_char, end=span.end_char, text=span.text)
        yield span


@Language.factory("akg_compound_count", assigns=["doc.spans"],
                  default_config={"spans_key": "compound_count", "unit": "compounds"})
def make_compound_count_matcher(nlp: Language, name: str, spans_key: str, unit: str) -> CompoundCountMatcher:
    return CompoundCountMatcher(nlp, spans_key, unit)


def _is_symbol(term: str) -> bool:
    """Formulas and acronyms match case-sensitively ('Li3PO4', 'PE', 'rGO'); words do not."""
    return bool(re.search(r"[A-Z].*[A-Z0-9+]|^[A-Z][a-z]?$|\d|^[a-z]+[A-Z]", term))


def plural(word: str) -> str:
    """"retention" → "retentions", "capacity" → "capacities", "thickness" → "thicknesses"."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if re.search(r"(?:ss|x|sh|ch)$", word) else "s")


def singular(word: str) -> str:
    """The inverse of ``plural``: "foils" → "foil", "batteries" → "battery", "meshes" → "mesh"; "glass" stays."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ss|x|sh|ch)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


PLAIN_ACRONYM = re.compile(r"[A-Z]{2,5}")      # "CE", "CCD", "ASR": capitals only, no formula ("LiF") or charge


class LexiconMatcher:
    """A PhraseMatcher over a term list: exact case for formulas and acronyms, lower case for words.

    ``span.label_`` is the term's canonical name. Overlapping hits are all kept (the longest first).
    Hyphenated terms also match with the other dashes PDFs use; with ``plurals`` a word term also
    matches its plural ("capacity retentions").
    """

    def __init__(self, nlp: Language, spans_key: str, terms: dict[str, str], plurals: bool = False) -> None:
        self.spans_key = spans_key
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for term, canonical in terms.items():
            variants = {term} | {term.replace("-", dash) for dash in "‐‑–" if "-" in term}
            if plurals and re.search(r"[a-z]{3}$", term) and (not term.endswith("s") or term.endswith("ss")):
                variants |= {plural(v) for v in variants}
            elif plurals and PLAIN_ACRONYM.fullmatch(term):
                variants.add(term + "s")        # "the CCDs of A and B were …", "average CEs of …": an acronym's plural
            (self.exact if _is_symbol(term) else self.lower).add(canonical, [nlp.make_doc(v) for v in variants])

    def match(self, doc: Doc) -> list[Span]:
        found = [Span(doc, start, end, label=match_id) for matcher in (self.exact, self.lower)
                 for match_id, start, end in matcher(doc)]
        return sorted(found, key=lambda s: (s.start, -len(s)))

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = self.match(doc)
        return doc


@Language.factory("akg_materials", assigns=["doc.spans"], default_config={"spans_key": "material"})
def make_material_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, spans_key, material_alias_index())


@Language.factory("akg_structure_heads", assigns=["doc.spans"], default_config={"spans_key": "structure_head"})
def make_structure_head_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, spans_key, structure_head_terms())


@Language.factory("akg_property_cues", assigns=["doc.spans"], default_config={"spans_key": "property_cue"})
def make_property_cue_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, spans_key, property_cue_terms(), plurals=True)


ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z]|[a-z]+[A-Z])[A-Za-z0-9+\-–@/]{2,12}$")
STOP_BEFORE_LONG_FORM = {".", ";", ":", "(", ")", "[", "]", "and", "or", "as", "is", "are", "was", "were",
                         "by", "with", "using", "of", "in", "on", "a", "an", "the", "this", "that", "which"}
# where no long form fits inside those, one may run over where a thing sits ("graphene grown on copper
# mesh (G@CuM)"), never over a clause, a verb or an "of" ("partial density of states": a notion, not a thing)
PLACE_WORDS = 3             # words a long form may run over where it says where a thing sits ("on copper foil")
HARD_STOPS = STOP_BEFORE_LONG_FORM - {"on", "in", "with", "a", "an", "the", "and", "or"} | {","}


def long_form(words: list[str], short: str) -> int | None:
    """Schwartz–Hearst: how many of ``words`` (ending just before the parenthesis) spell ``short``.

    Each letter of the short form, read right to left, must occur in the long form in that order,
    and its first letter must start a word. None when no long form fits.
    """
    letters = [c.lower() for c in short if c.isalnum()]
    if not letters or not (letters[0].isalpha() or short[:2].upper() in dimension_words().values()):
        return None
    size = _spelled_by(" ".join(words).lower(), letters)
    if size is None:            # "silver-decorated carbon nanofiber (Ag@CNF)": an element short forms by its symbol
        size = _spelled_by(" ".join(_element_symbols(w) for w in words).lower(), letters)
    on_lithium = re.fullmatch(r"(?:Li[-@/])?(?P<rest>[A-Za-z0-9]{2,}?)(?:[-@/]Li)?", short)
    if size is None and on_lithium and on_lithium.group("rest") != short:
        return long_form(words, on_lithium.group("rest"))   # "a nitride coating (NC-Li)": the coating, on Li
    parts = re.split(r"[@/–-]", short)
    if size is None and len(parts) == 2 and all(len(p) >= 2 for p in parts):
        return _host_first(words, host=parts[1], decoration=parts[0])
    return size if size is not None else _salt_named(words, short)


SALT_NAME_END = re.compile(r"(?:ate|ide|ite)s?$")


def _salt_named(words: list[str], short: str) -> int | None:
    """"potassium hexafluorophosphate (KPF6)", "lithium nitrate (LiNO3)": a formula after the compound's name,
    which starts with its first element's name and ends like a salt's; how many words, or None."""
    first = re.match(r"[A-Z][a-z]?(?=[A-Z0-9(]|$)", short)
    if first is None or not re.search(r"\d", short) or not words or not SALT_NAME_END.search(words[-1].lower()):
        return None
    names = material_table().element_names
    for size in range(2, min(4, len(words)) + 1):
        if names.get(words[-size].lower()) == first.group():
            return size
    return None


def _host_first(words: list[str], host: str, decoration: str) -> int | None:
    """"copper foam coated with ZnO (ZnO@CF)", "nickel foam modified by a MoS2 layer (MoS2-NF)": a short form
    that names the decoration first and the host last, while the long form says the host first. The host's
    part is the initials of words in a row (an element's name counts as its symbol), the decoration's letters
    come after them; how many words from the host's first to the end, or None."""
    symbols = [_element_symbols(w) for w in words]
    elements = set(material_table().element_names.values())
    by_symbol = [s if s in elements else s[:1] for s in symbols]          # "Cu foam" → CuF
    by_letter = [w[:1] for w in words]                                     # "copper foam" → CF
    letters = [c.lower() for c in decoration if c.isalnum()]
    for i in range(len(words)):
        for m in range(1, len(host) + 1):
            spelled = {"".join(x[i:i + m]).lower() for x in (by_symbol, by_letter)}
            if host.lower() in spelled and i + m < len(words) and \
                    _spelled_by(" ".join(symbols[i + m:]).lower(), letters) is not None:
                return len(words) - i
    return None


def _element_symbols(word: str) -> str:
    """'silver-decorated' → 'Ag-decorated', 'three-dimensional' → '3D': each element's name in a word
    written as its symbol, and a dimension as papers shorten it."""
    if word.lower() in dimension_words():
        return dimension_words()[word.lower()]
    names = material_table().element_names
    return "".join(names.get(part.lower(), part) for part in re.split(r"([-–])", word))


def _spelled_by(text: str, letters: list[str]) -> int | None:
    """How many words at the end of ``text`` hold ``letters`` in order, the first starting a word."""
    i, j = len(letters) - 1, len(text) - 1
    while i >= 0:
        c = letters[i]
        while j >= 0 and (text[j] != c or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return None
        i -= 1
        j -= 1
    used = text[j + 1:]
    return len(used.split())


def _short_form_end(doc: Doc, i: int, longest: int = 3) -> int | None:
    """Where the short form opened by the bracket at ``i`` ends: one token ("(PP)"), a few written
    without spaces that the tokenizer split ("(Ag/CM)"), or two acronyms a space apart ("(3D PC)")."""
    spaces = 0
    for end in range(i + 2, min(len(doc), i + 2 + longest)):
        if doc[end].text in {")", ",", ";"}:
            return end
        if doc[end - 1].whitespace_:
            spaces += 1
            if spaces > 1 or not all(_short_part(t.text) for t in (doc[end - 1], doc[end])):
                return None
    return None


def _short_part(word: str) -> bool:
    """A word of a short form written in two: an acronym, a dimension ("3D") or an element ("Cu")."""
    return bool(ACRONYM.match(word) or re.fullmatch(r"\d[A-Z]|[A-Z][a-z]?", word))


def _closes_a_name(doc: Doc, i: int) -> bool:
    """A ')' the tokenizer split from a chemical name ("tris(trimethylsilyl) borate",
    "poly(ethylene oxide)"): it closes a bracket opened inside a word before it, so it is part of
    the long form, not the end of an earlier aside."""
    if doc[i].text != ")" or i == 0 or doc[i - 1].whitespace_:
        return False
    opened = 0
    for token in reversed(doc[max(0, i - 4):i]):
        opened += token.text.count("(") - token.text.count(")")
        if opened > 0:
            return token.text != "(" and not token.text.startswith("(")
    return False


PLACE_STOPS = STOP_BEFORE_LONG_FORM - HARD_STOPS       # the words a long form may run over where it says a place


def _a_place_at_its_end(span: Span) -> bool:
    """Whether what a long form runs over past a soft stop is where a thing sits, at its end ("graphene grown on
    copper mesh"), not a clause that goes on ("frameworks pyrolysed in argon leave nitrogen-doped carbon")."""
    soft = [k for k, token in enumerate(span) if token.lower_ in PLACE_STOPS]
    after = [token for token in span[soft[-1] + 1:] if token.is_alpha] if soft else []
    return len(after) <= PLACE_WORDS


# a size said between a thing's name and its short form: "about 40 nm thick", "~2 μm wide", "5 nm across"
SIZE_BEFORE_SHORT_FORM = re.compile(r"(?:(?:about|around|approximately|roughly|nearly|ca\.|~|∼)\s*)?\d+(?:\.\d+)?\s*"
                                    r"(?P<unit>[A-Za-zμµ]{1,3})\s+(?:thick|wide|long|tall|across|in\s+diameter)\s*$")


def _a_length(unit: str) -> bool:
    """A unit of length, as the ontology measures a thickness in."""
    return compatible(unit, property_def(AKG.Thickness).unit)


def _before_its_size(doc: Doc, i: int) -> int:
    """Where a thing's name ends before the size said between it and the short form at token ``i``, or ``i``."""
    head = doc[max(0, i - 8):i]
    found = SIZE_BEFORE_SHORT_FORM.search(head.text)
    if found is None or not _a_length(found.group("unit")):
        return i
    span = head.char_span(found.start(), len(head.text), alignment_mode="expand")
    return span.start if span is not None and span.start > 0 else i


class AbbreviationFinder:
    """'polypropylene (PP)' → a span over the long form, ``label_`` the short form."""

    def __init__(self, spans_key: str, max_extra_words: int) -> None:
        self.spans_key = spans_key
        self.max_extra_words = max_extra_words

    def match(self, doc: Doc) -> list[Span]:
        if "(" not in doc_text(doc):
            return []
        found = []
        opening = doc.vocab.strings["("]
        for i in np.flatnonzero(doc.to_array(ORTH) == opening).tolist():    # the "(" tokens, no Token made for
            close = _short_form_end(doc, i)                                    # the others
            if close is None:
                continue
            short = doc[i + 1:close].text
            if not (ACRONYM.match(short) or " " in short and all(_short_part(p) for p in short.split(" "))):
                continue
            i = _before_its_size(doc, i)        # "a glass-like layer about 40 nm thick (GL-Li)": the layer is named
            limit = min(len(short) + self.max_extra_words, 2 * len(short))
            size = None
            for stops in (STOP_BEFORE_LONG_FORM, HARD_STOPS):   # "arrays grown on copper mesh (VG@CuM)": past "on"
                if stops is HARD_STOPS:
                    limit += PLACE_WORDS           # "… nanowire array on copper foil (VCu)": the place adds words
                start = i
                while start > 0 and i - start < limit and (doc[start - 1].lower_ not in stops
                                                           or _closes_a_name(doc, start - 1)):
                    start -= 1
                size = long_form([t.text for t in doc[start:i]], short)
                if size and stops is HARD_STOPS and not _a_place_at_its_end(doc[i - size:i]):
                    size = None
                if size:
                    break
            if size is None or size == 0:
                continue
            span = doc[i - size:i]
            if span.text.replace(" ", "").lower() == short.lower():
                continue
            found.append(Span(doc, span.start, span.end, label=short))
        return found

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = self.match(doc)
        return doc


@Language.factory("akg_abbreviations", assigns=["doc.spans"],
                  default_config={"spans_key": "abbreviation", "max_extra_words": 5})
def make_abbreviation_finder(nlp: Language, name: str, spans_key: str, max_extra_words: int) -> AbbreviationFinder:
    return AbbreviationFinder(spans_key, max_extra_words)
