"""What a paper did to a thing: "We decorate a nickel mesh with gold seeds", "A nickel mesh was decorated with gold
seeds".

The treated-product rule, one for every reader: a verb of treating (the lexicon's ``treating`` verbs), its object,
then "with" what the object was treated with, in one clause (no comma, semicolon, colon, full stop or bracket
between); or the thing, then the passive ("was decorated with"). Two readers ask it:
- ``treating_with_before``: a "with" that follows a verb of treating and its object says what the thing was treated
  with, a material of it, not an arm "with X" set against one without (``names.arm_word_before``);
- ``treated_thing``: the thing a phrase names is what the paper treated, so "the mesh" said again later is the
  treated product, the paper's design (``research``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.mentions import lexicon_alternation

IN_CLAUSE = r"[^,;:.()]"        # a character that keeps to the clause: no comma, colon, full stop or bracket
REACH = 80                      # characters an object of treating may run to before its "with"
ARTICLE = r"(?:a|an|the)"
OBJECT_WORDS = r"(?:[\w-]+\s+){0,3}?"    # the words of the object before its head: "a porous copper"
PASSIVE = r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"   # "was uniformly", "have been"
WITH_AFTER = re.compile(rf"{IN_CLAUSE}{{0,{REACH}}}?\bwith\b")


@cache
def _with_before() -> re.Pattern[str]:
    """"We decorate a copper mesh whose pores narrow towards the separator ": a verb of treating and its object, in
    one clause, right before where the pattern's search ends."""
    return re.compile(rf"\b(?:{lexicon_alternation('treatment_verbs')})\s+{IN_CLAUSE}{{1,{REACH}}}?\s+$", re.I)


@cache
def _object_before() -> re.Pattern[str]:
    """"We decorate a nickel ": a verb of treating, an article and up to three words before the object's head."""
    return re.compile(rf"\b(?:{lexicon_alternation('treatment_verbs')})\s+{ARTICLE}\s+{OBJECT_WORDS}$", re.I)


@cache
def _passive_after() -> re.Pattern[str]:
    """" was decorated with": the same said in the passive, after the thing."""
    return re.compile(rf"\s+{PASSIVE}(?:{lexicon_alternation('treatments')})\s+with\b", re.I)


def treating_with_before(text: str, end: int) -> bool:
    """Whether a verb of treating and its object, in one clause, stand right before ``end`` (where a "with" is)."""
    return _with_before().search(text, 0, end) is not None


def treated_thing(text: str, start: int, end: int) -> bool:
    """Whether the thing named at ``start:end`` is what the paper treated: "A copper foam was coated with …", or the
    object of a verb of treating with "with" after it in its clause ("We coat a copper foam with …")."""
    if _passive_after().match(text, end):
        return True
    return _object_before().search(text, 0, start) is not None and WITH_AFTER.match(text[end:]) is not None


LAID_WITH = re.compile(r"\bwith\s+(?:an?\s+)?$", re.I)     # "… with a " right before a figure
SHORT_FORM = re.compile(r"\(\s*[^()\s]{1,15}\s*\)")            # "(PE)": a short form defined in passing


@cache
def _layer_after() -> re.Pattern[str]:
    """" layer of …", "-thick coating", " thick film": a layer's head noun right after a figure, a word or two between."""
    return re.compile(rf"[\s‐‑–-]*(?:thick\s+)?(?:[\w-]+\s+){{0,2}}?(?:{lexicon_alternation('layer_heads')})\b", re.I)


def laid_layer(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` sizes a layer the paper's own treating laid on ("We coat PE separators with a
    4 μm layer of …", "… coated the foil with a 50 nm-thick film"): a figure of the treated product, the design, not
    of the plain thing the verb took as its object."""
    said = LAID_WITH.search(text, 0, start)
    plain = SHORT_FORM.sub(lambda m: " " * len(m.group()), text)       # "polyethylene (PE) separators": one object
    return said is not None and treating_with_before(plain, said.start()) and _layer_after().match(text, end) is not None


@cache
def _grown_before() -> re.Pattern[str]:
    """"… grow a ", "… forms a uniform ": a verb of a making step and the article of the layer it makes, right before
    a size said before the layer."""
    return re.compile(rf"\b(?:{lexicon_alternation('forming')})\s+an?\s+(?:[\w-]+\s+)?$", re.I)


@cache
def _grown_layer_before() -> re.Pattern[str]:
    """"… gives a grey layer ": the same verb, its article and the layer, right before a size said after it."""
    return re.compile(rf"\b(?:{lexicon_alternation('forming')})\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{lexicon_alternation('layer_heads')})\s+(?:about\s+|~\s*)?$", re.I)


THICK_AFTER = re.compile(r"\s*thick\b", re.I)


def grown_layer(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` sizes the layer a making step makes ("We expose lithium to BiCl3 vapour and
    grow a 70-nm-thick interphase", "… gives a grey layer 70 nm thick"): the made product's size, not the reagent's
    named before it."""
    return (_grown_before().search(text, 0, start) is not None and _layer_after().match(text, end) is not None) or \
        (_grown_layer_before().search(text, 0, start) is not None and THICK_AFTER.match(text, end) is not None)


@cache
def _step_growing_a_layer_after() -> re.Pattern[str]:
    """" for 10 min gives a dark layer": the rest of a making step's clause, up to its verb of forming, the article
    and the layer it makes."""
    return re.compile(rf"{IN_CLAUSE}{{0,{REACH}}}?\b(?:{lexicon_alternation('forming')})\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{lexicon_alternation('layer_heads')})\b", re.I)


def setting_of_a_growing_step(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` sets a making step whose clause goes on to the layer it grows ("Exposing
    lithium to BiCl3 vapour at 40 °C for 5 min gives a grey layer …"): how the made product was made, not a figure
    of the reagent named before it."""
    return _step_growing_a_layer_after().match(text, end) is not None


@cache
def _made_so_before() -> re.Pattern[str]:
    """"A 20 nm LiF layer makes ": a layer, then a verb that makes the thing after it what the layer made of it."""
    return re.compile(rf"\b(?:{lexicon_alternation('layer_heads')})\s+(?:makes|made|renders|rendered)\s+"
                      rf"(?:the\s+|an?\s+)?$", re.I)


def made_so_by_a_layer(text: str, start: int) -> bool:
    """Whether the thing named at ``start`` is what a layer makes into something else ("A 20 nm LiF layer makes the
    garnet wettable: …"): the layered product, the paper's design, is what the clause goes on about, not the plain
    thing (a control) the verb took as its object."""
    return _made_so_before().search(text, 0, start) is not None


# ", made by plating 10 mA h cm−2 of lithium into the host, …": a participle clause set off by commas right after a
# name, saying how that thing was made; a figure inside it is a setting of that making
MAKING_CLAUSE = re.compile(r"(?P<comma>,)\s*(?:made|prepared|obtained|formed|fabricated|produced)\s+(?:by|via|through)\s+"
                           r"[^,;:()]*$")


def making_clause_opening(text: str, start: int) -> int:
    """Where the participle clause of making that holds the figure starting at ``start`` opens (its comma), or -1:
    the thing named right before that comma is what was made so, and the figure is its alone."""
    m = MAKING_CLAUSE.search(text, 0, start)
    return m.start("comma") if m else -1
