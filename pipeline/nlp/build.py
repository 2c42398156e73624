"""Build the AnodeKG spaCy pipeline: spacy.blank("en") plus registered components, set up by config."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

from pipeline.nlp import components  # noqa: F401  (registers the factories)
from pipeline.nlp.tokenizer import customise_tokenizer


@dataclass(frozen=True, slots=True)
class NlpConfig:
    quantity_key: str = "quantity"
    material_key: str = "material"
    structure_key: str = "structure_head"


@cache
def build_nlp(cfg: NlpConfig = NlpConfig()) -> Language:
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    nlp.add_pipe("akg_quantity", config={"spans_key": cfg.quantity_key})
    nlp.add_pipe("akg_materials", config={"spans_key": cfg.material_key})
    nlp.add_pipe("akg_structure_heads", config={"spans_key": cfg.structure_key})
    return nlp
