"""Build the AnodeKG spaCy pipeline: spacy.blank("en") plus registered components, set up by config.

Building it (the tokenizer's special cases, the lexicons' YAML, the matchers' patterns) takes longer
than the NLP of a whole paper, so the built pipeline is kept on disk (``pipeline.cache``), keyed by
everything it is made from: the lexicons, the ontology, this package's code, the config and spaCy's
version. A process (an ingest, each of its workers) builds it at most once, and a later one loads it.
The file is a pickle in the user's own cache folder, read only by the user's own AnodeKG.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pipeline.nlp.spacy_first  # noqa: F401  (spaCy loads as spacy_import arranges it)

# isort: split

import spacy
from spacy.language import Language

from ontology import ONTOLOGY_TTL
from pipeline.cache import cached_bytes, source_key
from pipeline.nlp import components  # noqa: F401  (registers the factories)
from pipeline.nlp.patterns import LEXICONS
from pipeline.nlp.tokenizer import customise_tokenizer
from pipeline.ontology import property_def
from pipeline.vocab import AKG


@dataclass(frozen=True, slots=True)
class NlpConfig:
    quantity_key: str = "quantity"
    count_key: str = "count"
    compound_count_key: str = "compound_count"
    material_key: str = "material"
    structure_key: str = "structure_head"
    cue_key: str = "property_cue"
    abbreviation_key: str = "abbreviation"
    max_extra_words: int = 5          # words a long form may have beyond its short form's letters


@cache
def build_nlp(cfg: NlpConfig = NlpConfig()) -> Language:
    """The pipeline for ``cfg``: built once per process, and loaded from disk when an earlier process
    built it from the same sources."""
    sources = [*sorted(LEXICONS.glob("*.yaml")), ONTOLOGY_TTL, *sorted(Path(__file__).parent.glob("*.py"))]
    key = source_key(sources, repr(cfg), spacy.about.__version__)
    built: list[Language] = []

    def build() -> bytes:
        built.append(_build(cfg))
        return pickle.dumps(built[0])

    data = cached_bytes("nlp.pickle", key, build)
    if built:
        return built[0]
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 — an unreadable cache entry is rebuilt, never fatal
        return _build(cfg)


def _build(cfg: NlpConfig) -> Language:
    nlp = spacy.blank("en")
    customise_tokenizer(nlp)
    cycles = property_def(AKG.CycleNumber).unit
    nlp.add_pipe("akg_quantity", config={"spans_key": cfg.quantity_key})
    nlp.add_pipe("akg_cycle_count", config={"spans_key": cfg.count_key, "unit": cycles})
    nlp.add_pipe("akg_compound_count", config={"spans_key": cfg.compound_count_key,
                                               "unit": property_def(AKG.CompoundCount).unit})
    nlp.add_pipe("akg_materials", config={"spans_key": cfg.material_key})
    nlp.add_pipe("akg_structure_heads", config={"spans_key": cfg.structure_key})
    nlp.add_pipe("akg_property_cues", config={"spans_key": cfg.cue_key})
    nlp.add_pipe("akg_abbreviations", config={"spans_key": cfg.abbreviation_key,
                                              "max_extra_words": cfg.max_extra_words})
    return nlp


def warm_tokenizer(nlp: Language, texts: Iterable[str], until: Callable[[], bool]) -> None:
    """Tokenize ``texts`` line by line for what the tokenizer keeps (its cache of split words, the
    vocabulary's lexemes), stopping as soon as ``until()`` says so; the tokens themselves are dropped."""
    tokenizer = nlp.tokenizer
    for text in texts:
        for line in text.splitlines():
            if until():
                return
            tokenizer(line)
