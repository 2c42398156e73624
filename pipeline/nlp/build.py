"""Build the AnodeKG spaCy pipeline: spacy.blank("en") plus registered components, set up by config."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

from pipeline.nlp import components  # noqa: F401  (registers the factories)
from pipeline.nlp.tokenizer import customise_tokenizer
from pipeline.ontology import property_def
from pipeline.vocab import AKG


@dataclass(frozen=True, slots=True)
class NlpConfig:
    quantity_key: str = "quantity"
    count_key: str = "count"
    material_key: str = "material"
    structure_key: str = "structure_head"
    cue_key: str = "property_cue"
    abbreviation_key: str = "abbreviation"
    max_extra_words: int = 5          # words a long form may have beyond its short form's letters


@cache
def build_nlp(cfg: NlpConfig = NlpConfig()) -> Language:
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    cycles = property_def(AKG.CycleNumber).unit
    nlp.add_pipe("akg_quantity", config={"spans_key": cfg.quantity_key})
    nlp.add_pipe("akg_cycle_count", config={"spans_key": cfg.count_key, "unit": cycles})
    nlp.add_pipe("akg_materials", config={"spans_key": cfg.material_key})
    nlp.add_pipe("akg_structure_heads", config={"spans_key": cfg.structure_key})
    nlp.add_pipe("akg_property_cues", config={"spans_key": cfg.cue_key})
    nlp.add_pipe("akg_abbreviations", config={"spans_key": cfg.abbreviation_key,
                                              "max_extra_words": cfg.max_extra_words})
    return nlp
