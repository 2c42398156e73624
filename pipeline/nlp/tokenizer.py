"""Tokenizer rules that keep chemistry and units whole: Li3PO4, graphene@Ni, Cu–Zn, cm−2, 98.6%."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex


def customise_tokenizer(nlp: Language) -> None:
    # split "≈20" → "≈", "20" and "<5" → "<", "5" so qualifiers are their own tokens
    prefixes = list(nlp.Defaults.prefixes) + [r"≈", r"~", r"<", r">", r"≤", r"≥", r"∼"]
    # keep "Cu–Zn" and "Li–S" whole: drop the en-dash infix between letters
    infixes = [p for p in nlp.Defaults.infixes if "–" not in p or "a-z" not in p.lower()]
    suffixes = list(nlp.Defaults.suffixes)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = re.compile(r"^(?:[A-Z][a-z]?\d*(?:[A-Z][a-z]?\d*)+|[A-Za-z]+@[A-Za-z]+)$").match
