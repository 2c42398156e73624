"""Sentences about "the cells": how a paper says a statement holds for cells it built, not for one named arm.

One component owns the patterns, built from the named parts below, and answers the four questions the research
linker asks of a sentence:
- ``speaks_of_the_cells``: "The cells were opened after 150 cycles" — every cell the paper tested;
- ``on_every_cell``: a methods sentence on every cell or test, with no kind ("All cells were …", "in each cell",
  "All electrochemical tests were …", "The cells were …");
- ``cells_subject``: the cells of a kind a sentence opens on as its subject, and nothing else ("Li||Cu-type cells
  were cycled at …", "The symmetric cells were then run at …");
- ``opens_on_cells``: a methods sentence that opens on the cells just described ("The cells were …", "All the
  coin cells …", "Such batteries …").
The parts differ where the questions do: a sentence that refers back may open on "those", "both" or "such", while
one whose subject is a kind of cell opens on "the", "these" or "all (the)" at most; a statement on every cell may
be in the active voice ("The cells used …").
"""

from __future__ import annotations

import re

from pipeline.linking.names import CELL_NOUN

# the verbs of a statement made of cells: the passive's "were / are" and what else each question takes
PASSIVE = r"were|are"
PASSIVE_OR_PERFECT = rf"{PASSIVE}|had\s+been|have\s+been"        # "the cells had been cycled"
STATED_OF = rf"{PASSIVE}|had|have|used|was"                      # "the cells used …", "the test was …"
# what opens a phrase that refers to cells already described
SUBJECT_OPENER = r"The|These|All(?:\s+the)?"
REFERRING_OPENER = r"The|These|Those|All(?:\s+the)?|Both(?:\s+the)?|Such"
EVERY = r"all|each|every|per"          # "40 μL per cell"
# a word of the phrase between the opener and its head noun ("the coin cells", "all electrochemical tests")
MODIFIER = r"[\w-]+\s+"
# a kind of cell written before its head noun, up to three words or a stack ("Li||Cu-type", "symmetric Li")
KIND_WORDS = r"(?:[^\s,;()]+[\s-]+){0,3}?(?:type\s+)?"
# what a statement on every cell may be about: the cells themselves, or the tests run on them
EVERY_HEAD = rf"{CELL_NOUN}|tests?|measurements?"
THE_HEAD = r"cells|tests"
REFERRED_HEAD = r"cells|batteries"

_THE_CELLS = re.compile(rf"\b[Tt]he\s+cells\s+(?:{PASSIVE_OR_PERFECT})\b")
# "Coin cells contained 40 μL of electrolyte each": the cells, then what each of them held, closing the sentence
EACH_AFTER = rf"\b(?:{CELL_NOUN})\b[^;]{{0,100}}\beach(?=\s*(?:[.;]|$))"
# the format nearly every cell of a paper is built in, which sets no cells apart ("CR2032 cells", "coin-type cells")
FORMAT = r"(?:CR\d{4}\s+)?(?:coin|button|CR\d{4})(?:[\s-]+type)?(?:\s+coin)?"
# "Coin cells were assembled with 40 μL …", "CR2032 cells contained …": cells of that format as a sentence's subject
FORMAT_SUBJECT = rf"^\s*(?:(?:the|all(?:\s+the)?)\s+)?{FORMAT}\s+cells\s+(?:{STATED_OF}|contained|held|used)\b"
# "… were cycled at 1 mA cm−2 unless stated otherwise": the default of every test, whatever cells it names
UNLESS_OTHERWISE = r"\bunless\s+(?:otherwise\s+)?(?:stated|noted|specified|mentioned|indicated)(?:\s+otherwise)?\b"
_EVERY_CELL = re.compile(rf"\b(?:(?:{EVERY})\s+(?:of\s+)?(?:the\s+)?(?:{MODIFIER})?(?:{EVERY_HEAD})\b|"
                         rf"[Tt]he\s+(?:{MODIFIER})?(?:{THE_HEAD})\s+(?:{STATED_OF})\b|{EACH_AFTER})|{FORMAT_SUBJECT}|"
                         rf"{UNLESS_OTHERWISE}", re.I)
# "Li||NCM811 cells (2.8 mA h cm−2, 50 μm Li) were cycled …": the cells' make-up in brackets between subject and verb
ASIDE = r"(?:\([^()]{0,80}\)\s+)?"
_CELLS_SUBJECT = re.compile(rf"\s*(?:(?:{SUBJECT_OPENER})\s+)?(?P<cells>{KIND_WORDS}cells)\s+{ASIDE}(?:{PASSIVE})\b")
_CELLS_REFERRED = re.compile(rf"\s*(?:{REFERRING_OPENER})\s+(?:{MODIFIER}){{0,2}}?(?:{REFERRED_HEAD})\b")


def speaks_of_the_cells(text: str) -> bool:
    """"… the cells were / are / had been / have been …" anywhere in the sentence: a statement of every cell the
    paper tested, as "all the cells" is."""
    return _THE_CELLS.search(text) is not None


def on_every_cell(text: str) -> bool:
    """A statement on every cell or test the paper ran, with no kind of its own: "All (the) cells were …", "in all
    cells", "each cell contained …", "for every cell", "All electrochemical tests were …", "The cells were …", "Coin
    cells contained 40 μL of electrolyte each", "CR2032 cells contained 50 μL of …" (cells of the format every cell is
    built in), "… cycled at 1 mA cm−2 unless stated otherwise" (the default of every test)."""
    return _EVERY_CELL.search(text) is not None


def cells_subject(text: str) -> str | None:
    """The cells a sentence opens on as its subject, with the words of their kind ("Li||Cu-type cells", "symmetric
    cells"), when the subject is those cells and nothing else ("… cells were / are …"); else None."""
    m = _CELLS_SUBJECT.match(text)
    return m["cells"] if m else None


def opens_on_cells(text: str) -> bool:
    """Whether the sentence opens on cells already described: "The / These / Those / All (the) / Both (the) / Such"
    and up to two words before "cells" or "batteries"."""
    return _CELLS_REFERRED.match(text) is not None
