"""Inside one sentence: which of the arms it names each figure belongs to.

The ways papers tie a figure to a design, most specific first:
- a list of figures and a list of arms of the same length, in order ("the PXC and PXE showed
  shrinkages of 18% and 9%(, respectively)");
- a figure in brackets right after an arm ("the PP separator (2.87)");
- a figure followed by "for / of / on / in / with the X" ("45 mV for bare Cu foil"), and so a list of figures
  that no list of arms pairs with ("4.5, 5.0 and 6.1 μm in the X");
- a figure in a comparison ("higher than that of the X, 85%") goes to the arm compared;
- otherwise the subject: the arms named before the figure in its clause, a coordinated subject
  ("both PP and PXC cells … after 25 cycles") giving it to each;
- a test condition (current density, capacity, C-rate, temperature…) is shared: it goes to the arms
  of its clause, or every arm the sentence names, or every arm in view when it names none;
- "each / both / all the X" spreads a statement over the arms it speaks of.
What is left unowned the caller gives to the arms in view or to the paper's main design.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from pipeline.linking.names import (
    CELL_KINDS,
    MULTIPLE_OF,
    OWNER_GAP,
    SAME_CONDITIONS_SAID,
    coordinations,
    is_element,
)
from pipeline.mentions import Figure, lexicon_alternation
from pipeline.nlp.patterns import longest_first, structure_words
from pipeline.ontology import property_def
from pipeline.records import ArmMention, NameKind
from pipeline.vocab import AKG

CYCLES = AKG.CycleNumber      # a cycle count is a condition only where no arm claims it
CYCLE_UNIT = property_def(CYCLES).unit

# a caption's panel opens a clause: "(b) ", "b) ", and the bare letter of "… at 1 mA cm−2. b Cycling of …"
# "…, and compounds showing …", "…, and full cells retain …": a new plural subject after ", and" opens a clause of its own,
# as does a cell or electrode named with its verb ("…, which is higher than that of X, and the bare Cu electrode fails
# after 60 cycles": the chains of results many groups join by 'and' and 'which')
NEW_SUBJECT = r",\s+and\s+(?=(?:the\s+|these\s+|those\s+|other\s+)?[a-z]+s\s+(?:with|showing|exhibiting|displaying|having|that|which)\b|" \
    r"(?:the\s+|these\s+|those\s+)?(?:[\w|‖∥/–-]+\s+){0,2}?(?:cells?|electrodes?|anodes?)\s+[a-z]{3,}\b|" \
    r"[A-Z][A-Za-z@/+–-]*\d[\w@/+–-]*\s+(?:[a-z]{2,}ed|[a-z]{3,}s)\b)"  # "…, and Li||NCM cells retain 86%", "…, and S0 failed"
CLAUSE_BREAK = re.compile(r";|,?\s+(?:whereas|while)\s+|,\s+(?:but|although|though|where)\s+|"
                          r"(?<!\be\.g)(?<!\bi\.e)\.\s+(?=[A-Z]|\(?[a-z]\)\s|[a-z]\s+[A-Z])|" + NEW_SUBJECT)
# "shrinks by less than 2%", "lasts more than 1,000 h": a "than" right before a figure bounds that figure, it sets no
# arm against another
NOT_A_BOUND = r"(?!than\s+(?:about\s+|around\s+|nearly\s+|[~∼≈]\s*)?[−-]?\d)"
# "an edge over bare Li" sets arms against each other; "Over 1500 h, X keeps …" spans a test: an "over" before a
# figure is the span's, like a "than" that bounds one
A_SPAN = r"(?!\s+(?:about\s+|around\s+|nearly\s+|[~∼≈]\s*)?[−-]?\d)"
COMPARATIVE = re.compile(rf"\b{NOT_A_BOUND}(?:{lexicon_alternation('comparison')}|over{A_SPAN})\b", re.I)
TOPIC = re.compile(r"^[\s;]*(?:For|In|Regarding|As\s+for)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# what sets one figure against the next of another arm: "18 vs. 33 Ω", "1,500 h against 300 h"
VERSUS_WORD = r"(?:vs\.?|versus|against)"
VERSUS = re.compile(rf"\s*{VERSUS_WORD}\s*")
VERSUS_GAP = re.compile(rf"\s*{VERSUS_WORD}\s*(?:[~∼≈]\s*)?")
VALUE_LIST_GAP = re.compile(rf"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s|or\s|{VERSUS_WORD}\s)\s*(?:[~∼≈]\s*)?$")  # "18% and 9%", "1300 h vs. 250 h", not "1 to 4 C"
BRACKET_GAP = re.compile(r"^\s*(?:cells?|separators?|electrodes?|anodes?|hosts?|foils?|layers?|films?|membranes?|"
                         r"electrolytes?|(?:current\s+)?collectors?|coatings?)?\s*\([^()]{0,40}$", re.I)


@cache
def distributive() -> re.Pattern[str]:
    """"each / every / all (the) / both (the) X": X a cell, a sample, a composition, or a design's head noun (the lexicon's, but
    for the parts one design is made of: "all the particles" are one design's), layers and coatings too, and the
    cases the passage set side by side ("In both cases the hysteresis stays under 30 mV")."""
    words = structure_words()
    heads = {h.lower() for h in words["heads"]} - {p.lower() for p in words["part_heads"]}
    # "both compositions": samples that differ by what they are made of, as a series of doped phases is spoken of
    nouns = sorted(heads | {"cell", "sample", "layer", "coating", "case", "composition"}, key=longest_first)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return re.compile(r"\b(?P<word>each|every|all(?:\s+(?:of\s+)?the)?|both(?:\s+the)?)\s+(?:[\w–-]+\s+){0,2}?"
                      rf"(?P<noun>(?:{alternation})s?)\b", re.I)


# "… 410 Wh kg−1 on the basis of the total weight of both electrodes", "normalized to the mass of all components":
# what a figure is divided by, the parts of one cell, not the arms the sentence speaks of
NORMALISED_BY = re.compile(r"\b(?:based\s+on|on\s+the\s+basis\s+of|normali[sz]ed\s+(?:to|by)|calculated\s+(?:from|on)|"
                           r"relative\s+to|with\s+respect\s+to|per)\s+(?:the\s+)?(?:(?:total|combined|overall)\s+)?"
                           r"(?:mass|weight|volume|area)e?s?\s+of\s+$", re.I)


def spreading(text: str) -> list[re.Match[str]]:
    """The distributives ("each cell", "both electrodes") that speak of the arms, not of what a figure is
    normalised by."""
    return [m for m in distributive().finditer(text) if not NORMALISED_BY.search(text, 0, m.start())]


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the sentence's clauses: split at ';', 'whereas', 'while', 'but' — not inside brackets, where
    "(n = 3; Fig. 2b)" is an aside of one clause, unless the brackets list labelled figures ("(A: 98.9%; B: 95.2%)")."""
    cuts = [0, *(m.start() for m in CLAUSE_BREAK.finditer(text)
                 if not _in_brackets(text, m.start()) or LABEL_NEXT.match(text, m.end())), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


LABEL_NEXT = re.compile(r"\s*[^\s:;()]+(?:\s[^\s:;()]+)?\s*:")


def _in_brackets(text: str, position: int) -> bool:
    """Whether ``position`` lies inside round brackets opened before it (and not closed again)."""
    before = text[:position]
    return before.count("(") > before.count(")")


def _clause_of(spans: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    return next((s for s in spans if s[0] <= position < s[1]), spans[-1])


def value_lists(text: str, figures: Sequence[Figure]) -> list[list[Figure]]:
    """Figures of one property written as a list ("0.29 and 0.44", "2.4, 1.9, 1.6, and 1.1"); a range
    ("from 1.0 to 16.0 mA cm−2", "2–4 C") is one condition, never a list to pair with arms."""
    lists: list[list[Figure]] = []
    for f in sorted(figures, key=lambda f: f.quantity.start):
        last = lists[-1][-1] if lists else None
        gap = text[last.quantity.end:f.quantity.start] if last is not None else ""
        if last is not None and last.prop.iri == f.prop.iri and VALUE_LIST_GAP.match(gap):
            lists[-1].append(f)
        else:
            lists.append([f])
    return _changes_through_lists(text, lists)


CHANGE_TO = re.compile(r"\s*to\s+(?:[~∼≈]\s*)?$")
CHANGE_FROM = re.compile(r"\bfrom\s+(?:[~∼≈]\s*)?$", re.I)


def _changes_through_lists(text: str, lists: list[list[Figure]]) -> list[list[Figure]]:
    """"their contents fall from 9.8 to 6.1 and 2.3 at%": a change from one figure through a list of two or more is
    one list, a figure per member of a series in order; "from 1 to 4 C" alone stays a range."""
    joined: list[list[Figure]] = []
    for values in lists:
        before = joined[-1] if joined else None
        if before is not None and len(before) == 1 and len(values) >= 2 and before[0].prop.iri == values[0].prop.iri \
                and CHANGE_TO.fullmatch(text, before[0].quantity.end, values[0].quantity.start) \
                and CHANGE_FROM.search(text, 0, before[0].quantity.start):
            before.extend(values)
        else:
            joined.append(list(values))
    return joined


def _change_between_arms(text: str, figures: Sequence[Figure], names: Sequence[ArmMention]) -> dict[int, tuple[str, ...]]:
    """"raising the thickness from LC-20 to LC-50 lifts the retention from 71.3% to 86.4%" (each end of the first
    change read as the variant it codes): a change of a figure from one value to another, in a sentence whose change
    goes from one arm to another, is those arms' figures in the same order."""
    ends = [(a, b) for a, b in zip(names, names[1:], strict=False) if a.arm and b.arm and a.arm != b.arm
            and CHANGE_FROM.search(text, 0, a.start) and CHANGE_TO.fullmatch(text, a.end, b.start)]
    if len(ends) != 1:
        return {}
    first, second = ends[0]
    owners: dict[int, tuple[str, ...]] = {}
    ordered = sorted(figures, key=lambda f: f.quantity.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.prop.iri == b.prop.iri and a.quantity.start >= second.end and CHANGE_FROM.search(text, 0, a.quantity.start) \
                and CHANGE_TO.fullmatch(text, a.quantity.end, b.quantity.start):
            owners.update({id(a): (first.arm,), id(b): (second.arm,)})
    return owners


def _distinct(group: Sequence[ArmMention]) -> list[str]:
    return list(dict.fromkeys(n.arm for n in group))


def aligned(text: str, figures: Sequence[Figure], names: Sequence[ArmMention]) -> dict[int, tuple[str, ...]]:
    """Lists of figures paired in order with lists of arms of the same length (index → arm)."""
    owners: dict[int, tuple[str, ...]] = {}
    respectively = text.lower().find("respectively")
    spans = clauses(text)
    groups = [g for g in coordinations(text, names) if len(_distinct(g)) >= 2]
    owners.update(_change_between_arms(text, figures, names))
    for values in value_lists(text, figures):
        if len(values) < 2:
            continue
        pair = _versus_pair(text, values, names)
        if pair:
            owners.update({id(figure): (arm,) for figure, arm in zip(values, pair, strict=True)})
            continue
        clause = _clause_of(spans, values[0].quantity.start)
        fits = [g for g in groups if len(_distinct(g)) == len(values)]
        if respectively >= 0 and values[-1].quantity.end <= respectively:
            fits = [g for g in fits if g[0].start < respectively]
        else:
            fits = [g for g in fits if clause[0] <= g[0].start < clause[1]]
        if not fits:
            if respectively >= 0 and values[-1].quantity.end <= respectively:
                # "At 2, 5 and 10 mA cm−2, the overpotentials of X were 22, 38 and 61 mV, respectively": a list
                # of conditions before the list of results pairs with those figures, not with things named later
                if not any(values[-1].quantity.end <= f.quantity.start < respectively for f in figures):
                    owners.update(_listed_after(text, values, names, respectively))
            elif stated := owner_after(text, values[-1], names):
                # "4.5, 5.0 and 6.1 μm in the X" are all X's; in "99.2% vs. 96.4% for X" only the figure set against
                # the first is X's, the first is the subject's
                against = VERSUS_GAP.fullmatch(text, values[-2].quantity.end, values[-1].quantity.start)
                owners.update({id(figure): stated for figure in (values[-1:] if against else values)})
            continue
        after = [g for g in fits if g[0].start >= values[-1].quantity.end]
        group = after[0] if after else fits[-1]
        for figure, arm in zip(values, _distinct(group), strict=True):
            owners[id(figure)] = (arm,)
    return owners


LISTED_AFTER = re.compile(r"\b(?:for|of|on|in|with|by|to)\s+(?P<items>[^;:()]+?)\s*,?\s*$", re.I)
ITEM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_after(text: str, values: Sequence[Figure], names: Sequence[ArmMention], respectively: int
                  ) -> dict[int, tuple[str, ...]]:
    """"−1.77 and −4.16 eV on the PP and ceramic particles, respectively": a list of as many things as
    figures, of which only some are arms; each figure goes to its item's arm, or to no one."""
    m = LISTED_AFTER.search(text, values[-1].quantity.end, respectively)
    if m is None:
        return {}
    start = begin = m.start("items")
    items: list[tuple[int, int]] = []
    for separator in ITEM_SEPARATOR.finditer(text, start, m.end("items")):
        items.append((begin, separator.start()))
        begin = separator.end()
    items.append((begin, m.end("items")))
    if len(items) != len(values) or not any(n.arm and start <= n.start for n in names):
        return {}
    return {id(figure): (next((n.arm for n in names if a <= n.start < b and n.arm), ""),)
            for figure, (a, b) in zip(values, items, strict=True)}


# "A outperforms B in CE (99.1% vs. 91.3%)": a verb that sets its subject above its object, like "than" for a
# pair of figures; but a figure after it alone is the subject's own ("A outperforms B, keeping 88%")
OUTDOES = re.compile(r"\b(?:outperform|surpass|exceed|outlast)(?:s|es|ed)?\b", re.I)
LOWER = re.compile(r"\b(?:lower|smaller|less|shorter|fewer|thinner|slower|weaker)\b", re.I)
HIGHER = re.compile(r"\b(?:higher|larger|greater|more|longer|thicker|faster|stronger)\b", re.I)


# ") than that of ", ") than the ": the close of a bracketed pair of figures, then what the subject is compared with
THAN_AFTER_BRACKET = re.compile(r"\s*\)\s*than\s+(?:(?:that|those)\s+of\s+)?(?:the\s+|a\s+|an\s+)?", re.I)


def _versus_pair(text: str, values: Sequence[Figure], names: Sequence[ArmMention]) -> list[str]:
    """"A shows a lower overpotential than B (21 vs. 48 mV)", "Compared with B, A shows a lower overpotential
    (21 vs. 48 mV)", "A shows a longer lifespan (1250 vs. 180 h) than B": two figures set against each other with
    "vs." in a sentence that compares two arms are those arms' figures, the one compared with second: the subject's
    figure comes first, whichever arm the sentence names first. Where the comparison says which way ("lower",
    "higher"), the figures themselves say whose is whose."""
    if len(values) != 2 or not VERSUS.fullmatch(text[values[0].quantity.end:values[1].quantity.start]):
        return []
    before = [n for n in names if n.arm and n.end <= values[0].quantity.start]
    arms = _distinct(before)
    comparison = COMPARATIVE.search(text, 0, values[0].quantity.start) or OUTDOES.search(text, 0, values[0].quantity.start)
    after = [n for n in names if n.arm and n.start >= values[1].quantity.end]
    if len(arms) == 1 and after and after[0].arm != arms[0] and \
            THAN_AFTER_BRACKET.fullmatch(text, values[1].quantity.end, after[0].start):
        # "A shows a 7-fold longer lifespan (1250 vs. 180 h) than B": the arm compared with named after the pair
        subject, compared = arms[0], after[0].arm
    elif len(arms) != 2 or comparison is None:
        return []
    else:
        compared = next((n.arm for n in before if n.start >= comparison.end()), arms[1])
        subject = next(a for a in arms if a != compared)
    first, second = values[0].value, values[1].value
    said = text[:values[0].quantity.start]
    lower, higher = LOWER.search(said), HIGHER.search(said)
    if first != second and bool(lower) != bool(higher):     # the subject's figure is the lower (higher) one
        subject_first = (first < second) == bool(lower)
        return [subject, compared] if subject_first else [compared, subject]
    return [subject, compared]


def carried_lists(text: str, figures: Sequence[Figure], earlier: Sequence[Sequence[str]]) -> dict[int, tuple[str, ...]]:
    """A sentence that names no arm but lists n figures continues the last list of n arms before it
    ("… of A, B and C were 2.4, 1.9 and 1.6 mS cm−1. Their activation energies were 0.33, 0.41 and
    0.45 eV."): index → arm, pairing in order. ``earlier`` holds the arm lists, nearest first."""
    owners: dict[int, tuple[str, ...]] = {}
    for values in value_lists(text, figures):
        group = next((g for g in earlier if len(g) == len(values)), None) if len(values) >= 2 else None
        if group is not None:
            for figure, arm in zip(values, group, strict=True):
                owners[id(figure)] = (arm,)
    return owners


EXCEPT = re.compile(r",\s*(?:except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|but\s+not|excluding)\s+[^,;]*,")


def _excepted(text: str, name: ArmMention) -> bool:
    """"The binaries, except A and B, were stable at 0 V": what an aside excepts is the one thing the
    statement is not about."""
    return any(m.start() < name.start and name.end < m.end() for m in EXCEPT.finditer(text))


def counted_arms(figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """The arms named inside a figure's own words: a count that ends in what it counts ("9 iodides",
    "33 ternaries", "52 sulfide compounds") is a figure of that thing, whatever the sentence says around it."""
    return tuple(_distinct([n for n in names if n.arm and figure.quantity.start <= n.start and n.end <= figure.quantity.end]))


def bracket_owner(text: str, figure: Figure, names: Sequence[ArmMention]) -> str | None:
    """'the PP separator (2.87)', 'the carbon separator (612.4 mAh g−1, 63.1%)': the arm before the bracket."""
    before = [n for n in names if n.end <= figure.quantity.start]
    if before and BRACKET_GAP.match(text[before[-1].end:figure.quantity.start]) and \
            text.count("(", before[-1].end, figure.quantity.start) > text.count(")", before[-1].end, figure.quantity.start):
        return before[-1].arm
    return None


def modified_name(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """"coat the pellets with a 20 nm graphitic carbon nitride interlayer (CNI)": a figure written inside the name an
    arm is defined by, before the noun that is its cue, measures that arm (where the name is only a phrase that
    looks like an arm's, "its walls are covered by a 30 nm silver layer", the clause's subject decides)."""
    after = [n for n in names if n.arm and n.start >= figure.quantity.end]
    if after and not text[figure.quantity.end:after[0].start].strip(" -‐‑") and \
            re.search(rf"(?<!\w){re.escape(figure.cue)}\w*$", after[0].text, re.I) and \
            re.match(r"\s*\(\s*[^()\s]{1,20}\s*\)", text[after[0].end:]):
        return (after[0].arm,)
    return ()


REPORTED_FOR = re.compile(r"\s*(?:\w+ly\s+)?(?:reported|achieved|obtained|demonstrated)\s+(?:previously\s+)?(?:for|with|on|in|by)"
                          r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?", re.I)


SET_AGAINST = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:[~∼≈]\s*)?$", re.I)
# the rest of a pair of figures set against another's, up to the arm they are for: " and 0.36 for "
PAIR_FOR = re.compile(r"\s*and\s+(?:[~∼≈]\s*)?\d[\d.,]*\s*[^\s\d,;]{0,12}\s*(?:for|of|on|in|with)\s+(?:the\s+)?")


def owner_after(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """'45 mV for bare Cu foil', '−0.11 eV on PP', 'the 100th cycle of the PP, PXC and PXE cells': the
    arm (or the list of arms) named right after the figure."""
    after = [n for n in names if n.start >= figure.quantity.end]
    if after and OWNER_GAP.match(text[figure.quantity.end:after[0].start]) and \
            not re.match(r"\s*(?:[~∼≈]\s*)?\d", text[after[0].end:]):     # not "700 h, with FEC 350 h": its own figure
        group = next(g for g in coordinations(text, after) if after[0] in g)
        return tuple(_distinct(group))
    if after and after[0].kind == NameKind.WITHOUT and not text[figure.quantity.end:after[0].start].strip(" ,"):
        return (after[0].arm,)                 # "against 89.4% without it": the figure of the design's absence
    if after and REPORTED_FOR.fullmatch(text, figure.quantity.end, after[0].start):
        return (after[0].arm,)                 # "exceeding the 98.6% reported for a LiF-coated anode": the other's
    if after and SET_AGAINST.search(text, 0, figure.quantity.start) and \
            PAIR_FOR.fullmatch(text, figure.quantity.end, after[0].start):
        return (after[0].arm,)                 # "against 0.55 mS cm−1 and 0.36 for PP": both figures are PP's
    if after and re.fullmatch(r"\s*\(\s*", text[figure.quantity.end:after[0].start]) and \
            re.match(r"\s*\)", text[after[0].end:]):
        return (after[0].arm,)                 # "98.5% (ALD-Li) and 90.1% (bare Li)": the arm named in brackets
    if after and ATTRIBUTIVE_BEFORE.search(text, 0, figure.quantity.start) and \
            ATTRIBUTIVE_GAP.fullmatch(text, figure.quantity.end, after[0].start):
        return (after[0].arm,)                 # "a 41 µm porous one on bare Cu": the thing the figure sizes is the arm's
    return ()


# "a 22 µm dense deposit on X", "a 41 µm porous one on Y", "a 92.1% average CE for Y": a figure set inside a noun
# phrase, whose words after it end on the noun and a preposition naming what the thing was on, of or for
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
ATTRIBUTIVE_GAP = re.compile(r"\s+(?:[A-Za-z][A-Za-z-]*\s+){0,2}(?:one|[A-Za-z]+)\s+(?:on|of|for|in)\s+(?:the\s+)?")


# "The interphase grown with X, rich in Li3N, is only 12 nm thick": what a thing is made of, not a thing figures are
# stated for
COMPOSED_OF = re.compile(r"\b(?:rich\s+in|abundant\s+in|composed\s+(?:mainly\s+|mostly\s+)?of|consist(?:s|ing)\s+"
                         r"(?:mainly\s+|mostly\s+)?of|dominated\s+by)\s+$", re.I)


def _substance_of(text: str, figure: Figure, name: ArmMention) -> bool:
    """"holds 4.1 mg cm−2 of lithium", "plated 3 mA h cm−2 of Li": a bare element right after "of" is the substance
    the amount is of, not the arm it was measured for."""
    return bool(re.fullmatch(r"\s+of\s+", text[figure.quantity.end:name.start])) and is_element(name.text)


# ", which short-circuited after": a relative clause opened on the name right before it, up to the figure
RELATIVE_GAP = re.compile(rf"(?:\s+(?:{CELL_KINDS}[\s-]+)?(?:cells?|electrodes?|anodes?|separators?|"
                          r"hosts?|foils?|batter(?:y|ies)))?\s*,\s*(?:which|who)\s+[^,;()]*?$", re.I)


def relative_owner(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """"…, in sharp contrast to the bare Li cell, which short-circuited after 180 h": a figure in a relative clause
    opened on an arm is that arm's ("" when the name it opens on is none of the arms: "… than another anode, CaSi2,
    which has a potential of 0.8 V" is that anode's, no one's of the paper)."""
    before = [n for n in names if n.end <= figure.quantity.start]
    if before and RELATIVE_GAP.fullmatch(text, before[-1].end, figure.quantity.start):
        return (before[-1].arm,)
    return ()


COMPARISON_REACH = 40         # characters after the compared arm its comparison can still speak of


def _closed(text: str, start: int, end: int) -> bool:
    """Whether the comparison that names an arm at ``start`` has ended before ``end``: its bracket
    closed, a comma went on with the subject ("… than the PP (38.4%), also retaining …"), or the
    sentence has gone on well past it ("… than the cell with the PP after the first cycle and
    showed similar resistance after 100 cycles")."""
    gap = text[start:end]
    if len(gap) > COMPARISON_REACH and "(" not in gap:
        return True
    depth = 0
    for i, c in enumerate(gap):
        depth += (c == "(") - (c == ")")
        if depth < 0 or c == ")" and depth == 0 or c == "," and depth == 0 and i > 0:
            return True
    return False


def _bracketed(text: str, start: int, position: int) -> bool:
    """Whether ``position`` sits inside a bracket opened since ``start``: "the carbonate electrolyte (1 M
    LiPF6 in EC/DEC)" says what the arm before is made of, so what it names is no subject."""
    gap = text[start:position]
    return gap.count("(") > gap.count(")")


def subject(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """The arms the clause of the figure is about: in a comparison the arm compared, else the
    (coordinated) names before the figure, else the first name after it in the clause."""
    spans = clauses(text)
    start, end = _clause_of(spans, figure.quantity.start)
    inside = [n for n in names if start <= n.start < end and (n.arm or not _bracketed(text, start, n.start))]
    comparison = next((m for m in COMPARATIVE.finditer(text, start, end) if m.start() < figure.quantity.start), None)
    if comparison is not None:
        compared = [n for n in inside if comparison.end() <= n.start < figure.quantity.start]
        if compared and not _closed(text, compared[0].end, figure.quantity.start):
            return (compared[-1].arm,)
        later = [n for n in inside if n.start >= figure.quantity.end]   # "compared with 45 mV for the blank"
        if not compared and later and not _closed(text, comparison.end(), later[0].start):
            return (later[0].arm,)
        inside = [n for n in inside if n.start < comparison.start()] or \
            [n for n in inside if n not in _standards(text, figure, compared)]
    before = _outdoing(text, [n for n in inside if n.end <= figure.quantity.start], figure)
    if before and PRONOUN_CLAUSE.search(text, before[-1].end, figure.quantity.start):
        before = before[:1]     # "X is cut into a copper foil, and its walls are 30 nm …": "its" is the subject's
    if before:
        group = next(g for g in coordinations(text, before) if before[-1] in g)
        return tuple(_distinct(group))
    after = [n for n in inside if n.start >= figure.quantity.end]
    if after and not _compared_after(text, figure, after[0]):     # "after 250 cycles: cells with (a) A, (b) B and (c) C"
        return tuple(_distinct(coordinations(text, after)[0]))
    return ()


# a clause joined on whose subject is a pronoun: it speaks of the sentence's subject, not of the name just before
PRONOUN_CLAUSE = re.compile(r"(?:,|;)\s*(?:and\s+|but\s+|so\s+)?(?:it|its)\b", re.I)
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)   # "B was surpassed by A"
RELATIVE_CLAUSE = re.compile(r"\s*,?\s*(?:which|that|whose|who)\b")


def _outdoing(text: str, before: Sequence[ArmMention], figure: Figure) -> list[ArmMention]:
    """"A outperforms B, keeping 88% after 100 cycles": the arm a verb of outdoing sets above another is the
    subject the figure after goes on about, not its object, unless a relative clause opens on the object
    ("A surpasses B, which kept only 40%") or the verb is passive ("B was surpassed by A"). The names as given
    otherwise."""
    verb = next((m for m in OUTDOES.finditer(text, 0, figure.quantity.start)
                 if any(n.end <= m.start() for n in before) and any(n.start >= m.end() for n in before)), None)
    if verb is None or RELATIVE_CLAUSE.match(text, before[-1].end) or PASSIVE_BEFORE.search(text, 0, verb.start()):
        return list(before)
    return [n for n in before if n.end <= verb.start()]


def _standards(text: str, figure: Figure, compared: Sequence[ArmMention]) -> list[ArmMention]:
    """The arms a comparison before the figure measured against and closed ("Despite their lower potentials
    than the sulfides, a few were …, reaching 4.8 V"): the standard of the comparison, not what the figure is of."""
    return [n for n in compared if _closed(text, n.end, figure.quantity.start)]


def attribute(text: str, figures: Sequence[Figure], names: Sequence[ArmMention], in_view: Sequence[str],
              is_condition: Callable[[Figure], bool], earlier: Sequence[Sequence[str]] = (),
              spread: Sequence[str] = ()) -> list[tuple[str, ...]]:
    """The arms each figure of one sentence belongs to (empty when the sentence does not say).

    ``names`` are the sentence's mentions of the paper's own arms, left to right; ``in_view`` the
    arms the passage is about, for conditions; ``earlier`` the lists of arms the sentences before
    named, nearest first, which a sentence that names none continues; ``spread`` the arms "each /
    both / all the X" speaks of, which take every figure not stated for one arm."""
    names = [n for n in names if not _excepted(text, n) and not any(_substance_of(text, f, n) for f in figures)
             and not (not n.arm and COMPOSED_OF.search(text, 0, n.start))]
    counted = {id(f): arms for f in figures if (arms := counted_arms(f, names))}
    # what a count counts is named for it alone; but an amount that is itself an arm's name ("from 20 to 50 µm" of
    # a series numbered by its thickness) names that arm for the figures after it too
    names = [n for n in names if not any(f.quantity.start <= n.start and n.end <= f.quantity.end
                                         and f.quantity.start != n.start for f in figures if id(f) in counted)]
    owners = aligned(text, figures, names) if any(n.arm for n in names) else carried_lists(text, figures, earlier)
    owners.update(counted)
    named = [arm for arm in _distinct(names) if arm]
    spans = clauses(text)
    topics = {span: _topic(text, span, names) for span in spans}
    result: list[tuple[str, ...]] = []
    spread_in = {_clause_of(spans, m.start()) for m in spreading(text)} if spread else set()
    lead, compared_from = _unnamed_subject(text, figures, names, in_view, is_condition)
    for figure in figures:
        before_compared = bool(lead) and figure.quantity.end <= compared_from
        clause = _clause_of(spans, figure.quantity.start)
        if clause in spread_in and not any(clause[0] <= n.start < clause[1] and n.arm for n in names):
            result.append(tuple(spread))    # "Both films were 15 μm thick, but the former …": the clause of "both"
            continue
        if id(figure) in owners:
            result.append(owners[id(figure)])
            continue
        bracket = bracket_owner(text, figure, names)
        stated_for = (bracket,) if bracket is not None else modified_name(text, figure, names) or \
            owner_after(text, figure, names) or relative_owner(text, figure, names) or \
            (() if is_condition(figure) else _owner_after_its_conditions(text, figure, names, figures, is_condition))
        if stated_for:
            result.append(stated_for)
        elif spread and (is_condition(figure) or not named):
            result.append(tuple(spread))    # "each electrode was evaluated at 0.1 to 4 C"
        elif is_condition(figure) and (pair := _both_run_at(text, figure, names)):
            result.append(pair)             # "… of A [14] and … of B [15], both cycled at 1 mA cm−2": A's and B's
        elif is_condition(figure) and not (named and figure.prop.iri == CYCLES):
            arms = _condition_arms(text, figure, names, named, figures, is_condition) or UNSTATED
            if before_compared:
                # run for the subject's result; for the arm it is set against too, unless that states its own
                own_later = any(is_condition(g) and g.prop.iri == figure.prop.iri and g.quantity.start > compared_from
                                for g in figures)
                arms = (lead,) if own_later else tuple(dict.fromkeys([lead, *named]))
            result.append(arms)
        elif topic := topics[_clause_of(spans, figure.quantity.start)] or _topic_carried(text, spans, clause, topics, names):
            result.append((topic,))         # "For the PXC, ceramic particles … on the PP separator, 200 nm"
        else:
            result.append(subject(text, figure, names) or _first_named_before(text, figure, names) or
                          ((lead,) if before_compared else ()))
    result = _asides_follow_their_figure(text, figures, result, is_condition, names)
    result = _paired_conditions(text, figures, _unstated_conditions(figures, result, is_condition, in_view), is_condition)
    return _shared_cycle_counts(text, figures, result, is_condition, names)


def _owner_after_its_conditions(text: str, figure: Figure, names: Sequence[ArmMention], figures: Sequence[Figure],
                                is_condition: Callable[[Figure], bool]) -> tuple[str, ...]:
    """"Average Coulombic efficiency of 99.2% over 500 cycles at 1 mA cm−2 for X": a result whose test conditions
    stand between it and the arm named after them ("for X"), with no other result between, is that arm's."""
    after = [n for n in names if n.start >= figure.quantity.end and n.arm]
    if not after:
        return ()
    between = [f for f in figures if figure.quantity.end <= f.quantity.start and f.quantity.end <= after[0].start]
    if not between or not all(map(is_condition, between)) or \
            not OWNER_GAP.match(text[between[-1].quantity.end:after[0].start]) or \
            re.search(r"[;(]|\b(?:and|while|whereas|but)\s+(?!\d)", text[figure.quantity.end:between[-1].quantity.end]) or \
            re.search(rf"\b(?:{VERSUS_WORD}|compared\s+(?:with|to))\s", text[figure.quantity.end:after[0].start]):
        # "X retains 80% after 350 cycles, versus 120 cycles for Y": the arm after a comparison word is the one compared
        return ()
    return (after[0].arm,)


def _unnamed_subject(text: str, figures: Sequence[Figure], names: Sequence[ArmMention], in_view: Sequence[str],
                     is_condition: Callable[[Figure], bool]) -> tuple[str, int]:
    """"The full cell retained 88% of its capacity after 300 cycles at 1 C, against 55% for the cell with Y": a
    sentence that names no arm before its first result, and names its first arm only as what that result is set
    against, speaks of the arm in view (the subject of the sentence before), not of Y. That arm, and where the
    comparison starts (("", 0) when the sentence is not so)."""
    results = [f for f in figures if not is_condition(f) and f.prop.iri != CYCLES]
    armed = [n for n in names if n.arm]
    if not results or not armed or armed[0].start < results[0].quantity.start or \
            not _compared_after(text, results[0], armed[0]):
        return "", 0
    compared = {n.arm for n in armed}
    lead = next((a for a in in_view if a not in compared), "")
    later = [f for f in figures if results[0].quantity.end <= f.quantity.start < armed[0].start and not is_condition(f)
             and f.prop.iri != CYCLES]
    return lead, (later[0].quantity.start if later else armed[0].start)


# "158, 141 and 122 mA h g−1 at 0.5, 1 and 3 C": a list of conditions right after as many results, one per result
PAIRED_AT = re.compile(r"\s*,?\s*(?:at|under|with)\s+(?:(?:rates?|current\s+densities|C-rates)\s+of\s+)?", re.I)


def _paired_conditions(text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                       is_condition: Callable[[Figure], bool]) -> list[tuple[str, ...]]:
    """"In Li||LFP cells, X gives 158, 141 and 122 mA h g−1 at 0.5, 1 and 3 C …, against 66.5% for Y": a list of
    conditions paired with as many results right before it is how those results were measured, run for their
    arms alone, not for every arm the sentence compares."""
    out = list(owners)
    index = {id(f): i for i, f in enumerate(figures)}
    lists = value_lists(text, figures)
    paired = [k for k, (results, conditions) in enumerate(zip(lists, lists[1:], strict=False))
              if len(conditions) >= 2 and len(results) == len(conditions) and all(map(is_condition, conditions))
              and not any(map(is_condition, results))
              and PAIRED_AT.fullmatch(text, results[-1].quantity.end, conditions[0].quantity.start)]
    for k in paired:
        results, conditions = lists[k], lists[k + 1]
        # "… 14, 21 and 33 mV at 0.5, 1 and 2 mA cm−2, respectively, lower than those of Y (38, 66 and 104 mV)": a
        # later list of as many figures of the same property, with no conditions of its own, was run in the same sweep
        again = [f for j, later in enumerate(lists[k + 2:], k + 2) if j not in paired and j - 1 not in paired
                 and len(later) == len(results) and all(f.prop.iri == results[0].prop.iri for f in later)
                 and not any(map(is_condition, later)) for f in later]
        arms = tuple(dict.fromkeys(a for f in (*results, *again) for a in owners[index[id(f)]]))
        for f in conditions:
            out[index[id(f)]] = arms or out[index[id(f)]]
    return out


ASIDE = re.compile(r"^\s*\(\s*(?:(?!(?:vs|versus|compared|against|relative)\b)[A-Za-z][\w\s-]{0,40}?[:=]?\s*)?$")  # "… 963.7 mAh g−1 (sulfur utilization: "
# ("(versus 160 h for bare Li)" sets a figure against the one before, for another arm: no aside said of it)


def _asides_follow_their_figure(text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                                is_condition: Callable[[Figure], bool], names: Sequence[ArmMention] = ()
                                ) -> list[tuple[str, ...]]:
    """A result in brackets right after another ("… 874.2 and 963.7 mAh g−1 (sulfur utilization: 57.5%),
    respectively") is said of that figure, so it goes to that figure's arms; not one a bracket gives to an arm it
    names ("99.0% (bare Li: 92.1%)")."""
    out = list(owners)
    ordered = sorted(range(len(figures)), key=lambda i: figures[i].quantity.start)
    for before, i in zip(ordered, ordered[1:], strict=False):
        start, end = figures[before].quantity.end, figures[i].quantity.start
        gap = text[start:end]
        if any(n.arm and start <= n.start and n.end <= end for n in names):
            continue
        if ASIDE.match(gap) and not is_condition(figures[i]) and out[before]:
            out[i] = out[before]
    return out


def _topic(text: str, span: tuple[int, int], names: Sequence[ArmMention]) -> str:
    """The arm a clause opens with as its topic ("For the PXC, …"; "…; for bare Li, it rises to 60 mV")."""
    first = next((n for n in names if span[0] <= n.start < span[1]), None)
    # "…; without the Li3N layer, it starts at 65 mV": an arm named by what it lacks opens its clause as a topic too
    opened = first is not None and (TOPIC.match(text[span[0]:first.start]) or
                                     first.kind == NameKind.WITHOUT and not text[span[0]:first.start].strip(" ;"))
    if first is None or not first.arm or not opened or not re.match(r"\s*,", text[first.end:]):
        return ""
    return first.arm


# ", both cycled at", ", both tested under": a closing clause that says how the two things just named were run
BOTH_RUN_AT = re.compile(r",\s*both\s+(?:\w+ed|run)\s+(?:at|under|with|in)\s+$", re.I)


def _both_run_at(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """"… exceeds the 1000 h of A [14] and the 800 h of B [15], both cycled at 1 mA cm−2": a condition in a closing
    clause that says "both" was run so is the two things named last before it, not the sentence's subject."""
    if not BOTH_RUN_AT.search(text, 0, figure.quantity.start):
        return ()
    last = list(dict.fromkeys(n.arm for n in reversed(names) if n.arm and n.end <= figure.quantity.start))[:2]
    return tuple(reversed(last)) if len(last) == 2 else ()


def _topic_carried(text: str, spans: Sequence[tuple[int, int]], clause: tuple[int, int],
                   topics: Mapping[tuple[int, int], str], names: Sequence[ArmMention]) -> str:
    """"…; without the Li3N layer, it starts at 65 mV, and the cell lasts 780 h": a clause that names no arm goes on
    about the topic of the nearest clause before it that names one, when that clause opened on it, or about the arm
    that clause names when a semicolon set both apart from the rest of the sentence (the part's own subject); ""
    otherwise."""
    if any(clause[0] <= n.start < clause[1] for n in names):
        return ""
    part = text.rfind(";", 0, clause[0]) + 1
    for span in reversed([s for s in spans if s[1] <= clause[0]]):
        named = [n.arm for n in names if span[0] <= n.start < span[1] and n.arm]
        if named:
            # the part's subject: named in the clause the semicolon opens, not in a comparison after it
            compared = COMPARATIVE.search(text, span[0], span[1])
            subjects = [n.arm for n in names if span[0] <= n.start < (compared.start() if compared else span[1]) and n.arm]
            return topics.get(span, "") or (subjects[0] if subjects and part and span[0] <= part <= span[1] else "")
    return ""


UNSTATED = ("?",)         # a condition the sentence ties to no arm it names (a placeholder: no arm key reads "?")


def _unstated_conditions(figures: Sequence[Figure], owners: list[tuple[str, ...]],
                         is_condition: Callable[[Figure], bool], in_view: Sequence[str]) -> list[tuple[str, ...]]:
    """A condition in a sentence that names no arm for it was run for the arms the sentence's results
    went to ("The full cell delivered 145 mAh g−1 at 1 C": the cell of the result); only a sentence of
    conditions alone ("The cells were cycled at 1 mA cm−2.") speaks of every arm in view."""
    # a result in brackets after an unstated condition ("over 400 cycles (150 h)") took its placeholder
    # (see _asides_follow_their_figure): it names no arm either, so it is not a result that tells one
    results = [i for i, f in enumerate(figures) if not is_condition(f) and owners[i] != UNSTATED]
    tested = tuple(dict.fromkeys(a for i in results for a in owners[i]))
    fallback = tested if results else tuple(in_view)
    return [fallback if arms == UNSTATED else arms for arms in owners]


def _first_named_before(text: str, figure: Figure, names: Sequence[ArmMention]) -> tuple[str, ...]:
    """The sentence's first arm, when it is named before the figure's clause ends: a clause that names no
    arm goes on about the arm of the clause before ("Whereas the ionic conductivities of A were similar
    (…); the electronic conductivities were …"), never about one a later clause contrasts ("The
    modified anode ran for 1200 h, while the bare Li anode failed after 200 h")."""
    spans = clauses(text)
    start, end = _clause_of(spans, figure.quantity.start)
    if POSSESSIVE_OPENING.match(text, start) and (owner := _subject_before(text, spans, start, names)):
        return owner
    comparison = next((m for m in COMPARATIVE.finditer(text, start, end) if m.start() < figure.quantity.start), None)
    standards = _standards(text, figure, [n for n in names if comparison is not None
                                          and comparison.end() <= n.start < figure.quantity.start])
    return next(((n.arm,) for n in names if n.arm and n.start < end and n not in standards
                 and not _compared_after(text, figure, n)), ())


# "…; (ii) its average CE reaches 98.9%", "; their cells last …": a clause (an item of a list, maybe) opened by a
# possessive, which goes on about the subject of the clause before
POSSESSIVE_OPENING = re.compile(r"[\s;,]*(?:and\s+|but\s+)?(?:\(?(?:[ivx]+|[a-h1-9])\)\s*)?(?:its|their)\s", re.I)


def _subject_before(text: str, spans: Sequence[tuple[int, int]], start: int,
                    names: Sequence[ArmMention]) -> tuple[str, ...]:
    """The first arm named in the nearest clause before ``start`` that names one (from its last colon on, where a
    list of items opens after one: "X makes Y a host: (i) Z lowers …; (ii) its …; (iii) its …"), or ()."""
    for opened, closed in reversed([span for span in spans if span[1] <= start]):
        colon = text.rfind(":", opened, closed)
        opened = colon + 1 if colon >= 0 else opened
        if named := [n.arm for n in names if n.arm and opened <= n.start < closed]:
            return (named[0],)
    return ()


# "…, against 55.1% for …": "against" that sets a figure beside the one before (not "cycled against a Li foil")
AGAINST_FIGURE = re.compile(r"\bagainst\s+(?:[~∼≈]\s*)?[−-]?\d")


def _compared_after(text: str, figure: Figure, name: ArmMention) -> bool:
    """"99.1%, compared with 91.2% for the baseline", "92%, twice that of cells with Y", "retained 88%, against 55%
    for Y", "the coated foam (99.1%) exceeds those of Y": a name after the figure and a comparison word or a verb of
    outdoing, or a multiple the figure is of what the name's arm showed."""
    return name.start >= figure.quantity.end and bool(COMPARATIVE.search(text, figure.quantity.end, name.start) or
                                                      MULTIPLE_COMPARED.search(text, figure.quantity.end, name.start) or
                                                      AGAINST_FIGURE.search(text, figure.quantity.end, name.start) or
                                                      OUTDOES.search(text, figure.quantity.end, name.start))


def _condition_arms(text: str, figure: Figure, names: Sequence[ArmMention], named: Sequence[str],
                    figures: Sequence[Figure], is_condition: Callable[[Figure], bool]) -> tuple[str, ...]:
    """The arms a test condition was run for: those of its clause when it follows the clause's arm
    ("the A cells kept 98% at 0.5 mA cm−2, whereas B failed after 80 cycles"), with those of a contrast
    right after that states no condition of its own (it is run as its clause was: "… at 1 C, whereas the
    B cells kept only 45%"), else every arm the sentence names ("At 4 mA cm−2, the A cell failed after 30
    cycles, while B …")."""
    spans = clauses(text)
    clause = _clause_of(spans, figure.quantity.start)
    # an arm named only where a multiple sets it against a result said after the condition was not run under it
    later = {n.arm for n in names} - {n.arm for n in names
                                      if not _compared_at_a_later_result(text, figure, n, figures, is_condition)}
    names = [n for n in names if n.arm not in later]
    own = [n for n in names if n.arm and clause[0] <= n.start < clause[1]]
    if len(spans) > 1 and own and own[0].start < figure.quantity.start:
        return tuple(_distinct([*own, *_contrast_at_the_same(text, spans, clause, names, figures, is_condition,
                                                             figure)]))
    return tuple(a for a in named if a not in later)


# "…, eight times longer than cells with a PE separator", "six times as long as the bare foil", "twice that of Y": an
# arm set against the result before it by a multiple, which states no figure of that arm
MULTIPLE_COMPARED = re.compile(rf"(?:{MULTIPLE_OF})\s+(?:(?:\w+er|more\s+\w+|less\s+\w+)\s+than|as\s+\w+\s+as|"
                               r"th(?:at|ose)\s+(?:of|with|for|in))\s+[^,;()\d]{0,50}$", re.I)


# "…, twice that of cells with Y": the multiple is of the result the clause reported ("that"), not of a count of cycles
# ("120 cycles, five times as long as Y" compares the cycles themselves)
MULTIPLE_THAT_OF = re.compile(rf"(?:{MULTIPLE_OF})\s+th(?:at|ose)\s+(?:of|with|for|in)\s+[^,;()\d]{{0,50}}$", re.I)


def _compared_at_a_later_result(text: str, condition: Figure, name: ArmMention, figures: Sequence[Figure],
                                is_condition: Callable[[Figure], bool]) -> bool:
    """"X shrinks by 2% at 180 °C and lets cells run for 1,400 h at 1 mA cm−2, seven times longer than Y": an arm
    compared by a multiple was compared at the one result the multiple follows, so only the conditions of that result
    are its own; a condition said before that result (the 200 °C of another test) is not."""
    multiple = MULTIPLE_COMPARED.search(text, 0, name.start)
    # (a condition no result comes before, "at 5 mA cm−2 the hysteresis of X is 46 mV, less than half that of Y", sets
    # the test of the compared result itself)
    return multiple is not None and any(not is_condition(f) and condition.quantity.end <= f.quantity.start
                                        and f.quantity.end <= multiple.start() for f in figures) and \
        any(not is_condition(f) and f.quantity.end <= condition.quantity.start for f in figures)


def _contrast_at_the_same(text: str, spans: Sequence[tuple[int, int]], clause: tuple[int, int],
                          names: Sequence[ArmMention], figures: Sequence[Figure],
                          is_condition: Callable[[Figure], bool], condition: Figure) -> list[ArmMention]:
    """The arms of the "whereas / while / but" (or ";") clause right after ``clause``, when it states no condition of its own.
    A condition that closes its clause, the result before it (the one the contrast sets itself against) run under
    it, holds for the contrast too unless the contrast states one of its kind ("A kept 80% for 150 cycles at
    0.3 C, whereas B reached 80% after 30 cycles": B ran at 0.3 C, its cycle count its own result); so does one said
    before every result of its clause. One said after a result of its clause qualifies that result alone."""
    later = [c for c in spans if c[0] >= clause[1]]
    if not later or not (_contrast_opens(text, later[0][0]) or SAME_CONDITIONS_SAID.search(text, *later[0]) or
                         _joined_again(text, later[0], figures, is_condition)):
        return []
    start, end = later[0]
    # a condition before every result of its clause sets the test the clause runs ("cells cycled at 0.5 mA cm−2 reach
    # 99.1% …; cells with PE reach 95.2% and fail after 90 cycles"), as one that closes it does
    before = [f for f in figures if not is_condition(f) and clause[0] <= f.quantity.start < condition.quantity.start]
    # … and a result after it of a property the clause already reported is the standard a comparison sets that result
    # against ("98.9% under 1 mA cm−2 …, which is higher than that of X (96.1%)"): the condition still closes its result
    closes = not any(not is_condition(f) and condition.quantity.end <= f.quantity.start < clause[1] and
                     f.prop.iri not in {b.prop.iri for b in before} for f in figures)
    # … and one that qualifies the result before it reaches a contrast that reports that result's property again ("…
    # deliver 152 mA h g−1 at 0.5 C …, whereas the SPE cell delivers 121 mA h g−1": the same test of capacity)
    again = bool(before) and any(not is_condition(f) and start <= f.quantity.start < end and
                                 f.prop.iri == before[-1].prop.iri for f in figures)
    closes = closes or not before or again
    if any(is_condition(f) and start <= f.quantity.start < end and (f.prop.iri == condition.prop.iri or not closes)
           for f in figures):
        return []
    return [n for n in names if n.arm and start <= n.start < end]


def _joined_again(text: str, joined: tuple[int, int], figures: Sequence[Figure],
                  is_condition: Callable[[Figure], bool]) -> bool:
    """"X keeps 92% after 1,000 cycles at 2 C, and the Y cell only retains 41%": a clause joined by ', and' with a
    subject of its own (``NEW_SUBJECT``) that reports a result (or the cycles it failed after) sets its arm against the
    result before, as 'whereas' does, and was run as that was."""
    return bool(JOINED_AND.match(text, joined[0])) and any(
        (not is_condition(f) or f.prop.iri == CYCLES) and joined[0] <= f.quantity.start < joined[1] for f in figures)


JOINED_AND = re.compile(r",\s+and\s")


# "…, whereas / while …", and "…, but those with Y keep only 37%": a clause that sets another arm against the one before
CONTRAST_OPENS = re.compile(r",?\s+(?:whereas|while)\s|,\s+but\s")


def _contrast_opens(text: str, start: int) -> bool:
    """Whether the clause at ``start`` sets another arm against the clause before: after "whereas", "while" or
    "but", or after ";" ("… at 3 mA cm−2; cells built with PE short-circuit at 110 h")."""
    return bool(CONTRAST_OPENS.match(text, start)) or text.startswith(";", start)


# "2.1 times that with", "twice that of the": an arm whose figure is given as a multiple of another's
MULTIPLE_BEFORE = re.compile(rf"(?:{MULTIPLE_OF})\s+th(?:at|ose)\s+(?:of|with|for|in)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def _counts_cycles(figure: Figure) -> bool:
    """A figure that counts cycles: the cycles run, or those a cell lasted before it failed."""
    return figure.prop.iri == CYCLES or figure.prop.unit == CYCLE_UNIT


def _shared_cycle_counts(text: str, figures: Sequence[Figure], owners: list[tuple[str, ...]],
                         is_condition: Callable[[Figure], bool], names: Sequence[ArmMention] = ()
                         ) -> list[tuple[str, ...]]:
    """"X kept 66.3% after 200 cycles, more than Y (38.4%)": the cycle count a clause compares its
    arms at is the count of each of them (the arms of its results, not of the conditions the whole
    sentence shares), and of an arm it compares with a multiple and no figure ("X retains 80% after 400 cycles,
    2.1 times that with Y": Y's retention was read after 400 cycles too)."""
    spans = clauses(text)
    # a clause with a count of cycles of its own ("… short-circuited after 45 cycles") is not compared at another's
    counted_clauses = {_clause_of(spans, f.quantity.start) for f in figures if _counts_cycles(f)}
    out = list(owners)
    for i, figure in enumerate(figures):
        if figure.prop.iri != CYCLES or not owners[i]:
            continue
        clause = _clause_of(spans, figure.quantity.start)
        # a contrast that follows without a count of its own is compared at the same count ("X kept 80%
        # after 100 cycles, whereas Y kept only 42%")
        later = [c for c in spans if c[0] >= clause[1] and c not in counted_clauses]
        reach = (clause[0], later[0][1]) if later and (_contrast_opens(text, later[0][0]) or _joined_again(
            text, later[0], figures, is_condition)) else clause
        in_clause = [j for j, f in enumerate(figures) if j != i and reach[0] <= f.quantity.start < reach[1]]
        counted = {a for j in in_clause if figures[j].prop.iri == CYCLES for a in owners[j]}
        results = [j for j in in_clause if figures[j].prop.iri != CYCLES and not is_condition(figures[j])]
        measured = results or [j for j in in_clause if figures[j].prop.iri != CYCLES]    # else "tested at 1 C for 50 cycles"
        others = [a for j in measured for a in owners[j] if a not in counted]
        multiple = [n.arm for n in names if n.arm and reach[0] <= n.start < reach[1] and n.start > figure.quantity.end
                    and n.arm not in counted and (MULTIPLE_BEFORE.search(text, 0, n.start) or
                                                  MULTIPLE_THAT_OF.search(text, figure.quantity.end, n.start))]
        out[i] = tuple(dict.fromkeys([*owners[i], *others, *multiple]))
    return out
