"""Imported first by each module of this package that imports spaCy, so that spaCy loads as ``spacy_import``
arranges it, and only where it is used: the lexicons (``patterns``) load without it, as the reader's child process
needs them while the parent loads spaCy."""

from pipeline.nlp.spacy_import import import_spacy

import_spacy()
