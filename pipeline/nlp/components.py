"""Registered spaCy components. Each writes its own ``doc.spans`` key."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.nlp.patterns import material_alias_index, structure_words
from pipeline.nlp.quantities import find_quantities

if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)
if not Span.has_extension("material"):
    Span.set_extension("material", default=None)


class QuantityFinder:
    """Numbers with units, ranges and qualifiers → ``doc.spans[spans_key]`` with ``span._.quantity``."""

    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for quantity in find_quantities(doc.text):
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            if span is None:
                continue
            span._.quantity = quantity
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("akg_quantity", assigns=["doc.spans"], default_config={"spans_key": "quantity"})
def make_quantity_finder(nlp: Language, name: str, spans_key: str) -> QuantityFinder:
    return QuantityFinder(spans_key)


class LexiconMatcher:
    """A PhraseMatcher over a word list; exact case for formulas, lower case for words."""

    def __init__(self, nlp: Language, spans_key: str, terms: dict[str, str]) -> None:
        self.spans_key = spans_key
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.canonical = terms
        for term, canonical in terms.items():
            is_formula = bool(re.search(r"[A-Z].*[A-Z0-9]|^[A-Z][a-z]?$|\d", term))
            (self.exact if is_formula else self.lower).add(canonical, [nlp.make_doc(term)])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                span = Span(doc, start, end, label=match_id)
                span._.material = doc.vocab.strings[match_id]
                found.append(span)
        doc.spans[self.spans_key] = sorted(found, key=lambda s: (s.start, -len(s)))
        return doc


@Language.factory("akg_materials", assigns=["doc.spans"], default_config={"spans_key": "material"})
def make_material_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, spans_key, material_alias_index())


@Language.factory("akg_structure_heads", assigns=["doc.spans"], default_config={"spans_key": "structure_head"})
def make_structure_head_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    return LexiconMatcher(nlp, spans_key, {w: w for w in structure_words()["heads"]})
