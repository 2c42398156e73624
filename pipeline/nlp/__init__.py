"""The spaCy side of AnodeKG: a blank English pipeline plus small registered components."""

from pipeline.nlp.spacy_import import import_spacy

import_spacy()              # before any module of this package imports spaCy

from pipeline.nlp.build import NlpConfig, build_nlp  # noqa: E402

__all__ = ["NlpConfig", "build_nlp"]
