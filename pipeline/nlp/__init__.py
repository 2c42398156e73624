"""The spaCy side of AnodeKG: a blank English pipeline plus small registered components."""

from pipeline.nlp.build import NlpConfig, build_nlp

__all__ = ["NlpConfig", "build_nlp"]
