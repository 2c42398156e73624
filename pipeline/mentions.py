"""doc.spans → Mention records: the figures, materials, design phrases, cue words and abbreviations
of one sentence, with character offsets into the sentence's text.

This is the only place that reads spaCy objects after the pipeline has run; everything downstream
(extract, linking, classify) works on these plain records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.float_pointers import TABLE_CAPTION, points_at_a_float
from pipeline.nlp.build import NlpConfig
from pipeline.nlp.components import doc_text, span_text
from pipeline.nlp.patterns import (  # noqa: F401  (has_words, lexicon_alternation and own_voice are read from here too)
    has_words,
    lexicon_alternation,
    lexicon_words,
    longest_first,
    material_alias_index,
    own_voice,
    structure_words,
    unit_atoms,
    word_regex,
)
from pipeline.ontology import PropertyDef, property_def
from pipeline.records import BlockKind, Document, Quantity, Sentence
from pipeline.vocab import AKG

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span

MAX_MODIFIERS = 6

# words that end a design phrase when walking left from its head noun
PHRASE_STOP = frozenset({
    "a", "an", "the", "this", "these", "that", "those", "such", "its", "their", "our", "his", "her", "each",
    "both", "all", "any", "some", "every", "other", "another", "of", "in", "on", "at", "by", "for", "with",
    "into", "onto", "from", "to", "as", "via", "through", "within", "without", "between", "over", "under",
    "inside", "and", "or", "but", "while", "whereas", "is", "are", "was", "were", "be", "been", "being",
    "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "which", "who", "whose",
    "where", "when", "than", "then", "also", "not", "no", "so", "thus", "hence", "therefore", "here",
    "herein", "we", "they", "it", "he", "she", "described", "demonstrated", "reported", "proposed",
    "developed", "fabricated", "constructed", "introduced", "achieved", "showed", "shows", "show", "exhibited",
    "exhibits", "used", "using", "employed", "applied", "built", "based", "called", "named", "termed", "like",
    "e.g.", "i.e.", "et", "al.", "respectively", "only", "very", "more", "most", "less", "much", "many",
    "novel", "new", "typical", "recently", "further", "distinctive", "promising", "effective", "proper",
    "deliver", "delivered", "delivers", "enable", "enabled", "enables", "provide", "provided", "provides",
    # a preposition or a vague quantity opens no name: "Among various electrode materials, …"
    "among", "across", "amongst", "around", "against", "toward", "towards", "during", "after", "before", "upon",
    "beyond", "despite", "per", "various", "several", "numerous", "multiple", "diverse", "different", "few",
    # nor does a word that sets one thing against another: "Unlike bare Cu, …", "A outperforms B in …"
    "unlike", "versus", "vs", "vs.", "beside", "besides", "outperform", "outperforms", "outperformed",
    "surpass", "surpasses", "surpassed", "exceed", "exceeds", "exceeded",
    # or that ranks them: "in the order A > B", "far below bare Cu"
    "order", "namely", "below", "above", "far",
})


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a sentence and what it is: a figure, a material, a design phrase, a cue, an abbreviation."""

    kind: str                                   # quantity | count | material | head | cue | abbreviation | phrase
    text: str
    start: int                                  # character offsets in the sentence's text
    end: int
    label: str = ""                             # canonical material, property names ('A|B'), short form…
    quantity: Quantity | None = None
    head: str = ""                              # for phrases: the head noun


@dataclass(frozen=True, slots=True)
class SentenceMentions:
    quantities: tuple[Mention, ...] = ()        # figures, counts of cycles included, left to right
    materials: tuple[Mention, ...] = ()
    cues: tuple[Mention, ...] = ()
    abbreviations: tuple[Mention, ...] = ()
    phrases: tuple[Mention, ...] = ()           # design noun phrases ("free-standing Cu nanowire network")


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity that reports a property, before it is tied to a structure."""

    sentence: int                   # index into Paper.sentences
    quantity: Quantity
    prop: PropertyDef
    value: float                    # in prop.unit
    cue: str                        # the cue word (or unit) that named the property
    baseline: bool = False          # a review's figure of what a cited work was compared with ("40 mV for bare Cu")


@dataclass(frozen=True, slots=True)
class Paper:
    """One document's sentences and their mentions: what linking and classification work on."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[SentenceMentions, ...]
    is_review: bool
    title: SentenceMentions = SentenceMentions()    # the title, read like a sentence
    methods: tuple[bool, ...] = ()                  # per sentence: a methods section's own text (methods_text)
    intro: tuple[bool, ...] = ()                    # per sentence: the introduction's text (intro_text)

    def paragraph(self, k: int) -> range:
        """Indices of the sentences in the same block as sentence ``k``."""
        block = self.sentences[k].block
        start = k
        while start > 0 and self.sentences[start - 1].block == block:
            start -= 1
        end = k
        while end + 1 < len(self.sentences) and self.sentences[end + 1].block == block:
            end += 1
        return range(start, end + 1)

    def captioned_rows(self, k: int) -> list[int]:
        """The rows (sentence indices) of the table whose caption sentence ``k`` is in: the table in the block right
        after the caption (where papers set a table's caption), else right before it; [] when ``k`` is no table's
        caption."""
        sentence = self.sentences[k]
        opening = self.sentences[self.paragraph(k)[0]]          # "Table 2." may be a sentence of its own
        if sentence.kind != BlockKind.CAPTION or not TABLE_CAPTION.match(opening.text):
            return []
        for block in (sentence.block + 1, sentence.block - 1):
            if rows := [j for j, s in enumerate(self.sentences) if s.block == block and s.kind == BlockKind.TABLE]:
                return rows
        return []


@cache
def _word_before_regex(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lexicon_alternation(key)})\s+$", re.IGNORECASE)


def word_before(key: str, text: str, end: int) -> re.Match[str] | None:
    """A word of the lexicon list ``key`` right before ``end`` ('bare ' before 'Li')."""
    return _word_before_regex(key).search(text, 0, end)


def names_a_cathode(text: str) -> bool:
    """Whether the text names a cathode, its family written with its composition too ("NCM811", "LNMO"), or by its
    formula ("LiFePO4", whose last digit is no composition of a family)."""
    return has_words("cathode", text) or has_words("cathode", re.sub(r"(?<=[A-Z])\d+\b", "", text))


def last_word_at(key: str, text: str) -> int:
    """Where the last word of the lexicon list ``key`` in ``text`` starts, or -1."""
    return max((m.start() for m in word_regex(key).finditer(text)), default=-1)


def is_methods(section: Sequence[str]) -> bool:
    """A methods section: one whose headings name methods, unless the top heading is a results one
    (journals put "Synthesis and characterization of X" under "Results" too)."""
    if section and has_words("results_sections", section[0]):
        return False
    return any(has_words("methods_parts", heading) or has_words("methods_steps", heading) for heading in section)


# a figure's caption and a table are floats: the typesetter sets them where they fit (a page's top, the methods'
# column), so the section they land in says nothing of what they report
FLOATS = frozenset({BlockKind.CAPTION, BlockKind.TABLE})


def methods_text(document: Document, sentences: Sequence[Sentence]) -> tuple[bool, ...]:
    """Which sentences are a methods section's own text, in the paper's order: not a float that landed there,
    and not a results subsection whose heading names a step ("Synthesis and analysis of X") where the reader
    found that heading beside "Results" rather than under it (a typesetter may set both levels alike): after a
    results heading, only a heading that names the methods part itself ("Methods", "Experimental") opens them."""
    after_results: dict[int, bool] = {}         # per block (its order): a results heading came last
    in_results = False
    for block in document.blocks:
        if block.kind == BlockKind.HEADING:
            if has_words("results_sections", block.text):
                in_results = True
            elif has_words("methods_parts", block.text):
                in_results = False
        after_results[block.order] = in_results
    return tuple(s.kind not in FLOATS and is_methods(s.section)
                 and not (after_results.get(s.block, False) and not any(has_words("methods_parts", h) for h in s.section))
                 for s in sentences)


def intro_text(document: Document, sentences: Sequence[Sentence]) -> tuple[bool, ...]:
    """Which sentences are the introduction's, in the paper's order: body text under an introduction heading, or
    before any heading. A paper whose body has no heading of introduction or results (a letter, a communication, a
    report, its only headings those of the methods and back matter) runs from its introduction into its results
    unmarked; there the introduction ends where the text first points at one of the paper's own figures or tables
    ("… on copper foil (Figure 1 a)") or first speaks in the paper's own voice ("We grew …"), which an
    introduction, telling what others did, does not."""
    sectioned = any(has_words("results_sections", h) or has_words("intro_sections", h)
                    for b in document.blocks if b.kind == BlockKind.BODY for h in b.section)
    flags: list[bool] = []
    before_results = True
    for s in sentences:
        unheaded = s.kind == BlockKind.BODY and not s.section
        if unheaded and not sectioned and (points_at_a_float(s.text) or own_voice(s.text)):
            before_results = False
        flags.append(unheaded and before_results or any(has_words("intro_sections", h) for h in s.section))
    return tuple(flags)


def _mention(kind: str, span: Span, label: str = "", quantity: Quantity | None = None) -> Mention:
    return Mention(kind, span_text(span), span.start_char, span.end_char, label or span.label_, quantity)


@cache
def _heads() -> frozenset[str]:
    return lexicon_words("heads") - lexicon_words("cell_words")


COORDINATORS = frozenset({"and", "but", "or"})


@cache
def _makers() -> frozenset[str]:
    """The last words of how a paper names the people whose work it describes ("co-workers", "'s group", "et al."):
    the word after one is their verb ("Zhou and co-workers grew …"), not a modifier of what they made."""
    last = (w.lower().split()[-1].lstrip("'’") for w in structure_words()["attribution"])
    return frozenset(w for w in last if w not in PHRASE_STOP)          # not the "of" of "group of"


def _is_modifier(text: str) -> bool:
    lowered = text.lower()
    if lowered in PHRASE_STOP or not re.search(r"[A-Za-z]", text):
        return bool(re.fullmatch(r"\d+D", text))        # "3D" is a modifier, a bare number is not
    return bool(re.fullmatch(r"[\w@|+/\-–−().,′’']+", text)) and not re.fullmatch(r"[(),.]+", text)


@cache
def _unit_atoms() -> frozenset[str]:
    return frozenset(unit_atoms())


def _modifiers_start(doc: Doc, end: int, limit: int, past_ing_words: bool = True, head_noun: bool = False) -> int:
    """Walk left from token ``end`` over a phrase's modifiers: words, "3D", "(PAN)", "in situ".

    Before a head noun an -ing word modifies it ("conducting PANI coating", "wetting layer"); before
    a bare material it is usually the verb of the clause ("employing graphene"), so
    ``past_ing_words=False`` stops there. Before a head noun (``head_noun``) two names joined by a slash
    are one modifier ("LiF/polymer hybrid film"); before a bare material they are a cell ("Li/Cu")."""
    start = end
    while start > 0 and end - start < limit:
        before = doc[start - 1]
        if before.text == ")":                              # "polyacrylonitrile (PAN) nanofiber network"
            opened = next((i for i in range(start - 2, max(-1, start - 5), -1) if doc[i].text == "("), None)
            if opened is None:
                break
            start = opened
            continue
        if head_noun and before.text == "/" and not before.whitespace_ and start >= 2 and not doc[start - 2].whitespace_ and \
                doc[start - 2].lower_ not in PHRASE_STOP and _is_modifier(doc[start - 2].text):
            start -= 2                                      # "LiF/polymer hybrid film": one name of two parts
            continue
        if before.lower_ in {"in", "ex"} and start < len(doc) and doc[start].lower_ == "situ":
            start -= 1
            continue
        if not _is_modifier(before.text) or before.text.endswith((",", ".")):
            break
        if not past_ing_words and re.fullmatch(r"[a-z]+ing", before.text):
            break
        if re.fullmatch(r"[a-z]+ed", before.text) and start >= 2 and \
                (not past_ing_words and doc[start - 2].text == ")" or
                 doc[start - 2].lower_ in _heads() and before.lower_ not in lexicon_words("treatments")):
            break       # "the coated foam (CF) absorbed molten lithium", "a scaffold stabilised lithium", "carbon hosts
            # produced Li–rGO composites": after a head noun, a past-tense word is the clause's verb; a treatment
            # says what was done to the thing named next ("alumina nanowire coated polyethylene separator")
        if _verb_after_subject(doc, start - 1, head_noun):
            break               # "the foam (CF) hosts lithium", "pellets makes lithium wet", "TQ@NF holds lithium",
            # "the coated separator soaks electrolyte"
        if start >= 2 and doc[start - 2].lower_ in {"we", "they"} and not before.text.endswith("ed"):
            break       # "We coat copper with …": the verb after its subject ("coated" may still be the thing's state)
        if start >= 2 and before.lower_ in _predicate_verbs() and before.lower_ not in _heads() and \
                (doc[start - 2].lower_ in _heads() or CODE.fullmatch(doc[start - 2].text)):
            break       # "Nanowire Coatings Turn Separators into …", "TQ@NF enables dense lithium": the clause's verb
        if start >= 2 and before.lower_ in _predicate_verbs() and not before.lower_.endswith("s") and \
                re.fullmatch(r"[a-z]+[^s]s", doc[start - 2].text):
            break       # "Zinc seeds make MXene aerogels take lithium": a verb's bare form after a plural is its verb
        if before.lower_ in lexicon_words("product_verbs"):
            break       # "frameworks pyrolysed in argon leave nitrogen-doped carbon frameworks": what the step leaves
        if start >= 2 and doc[start - 2].lower_ in COORDINATORS and before.lower_ in lexicon_words("coordinated_verbs"):
            break       # "… resist oxidation but wet separators poorly": the verb of a predicate sharing the subject
        if head_noun and start >= 2 and doc[start - 2].lower_ in _makers():
            break       # "Zhou and co-workers designed … nanofibres", "Kim's group grew … foams": the makers' verb
        if start >= 2 and re.fullmatch(r"[\d.,]+", doc[start - 2].text) and before.text in _unit_atoms():
            break                                           # "a 14 nm ALD film": the unit of a size, no modifier
        if before.lower_ in SIZE_WORDS and _after_a_unit(doc, start - 1):
            break                                           # "a 180-nm-thick layer": the size's word, no kind of layer
        start -= 1
    while start < end and doc[start].text in {"(", ")", "-", "–"}:
        start += 1
    if 1 < start < end and doc[start - 1].text == "." and doc[start - 2].lower_ == "al":
        start += 1                                          # "Yun et al. grew Cu nanowires": the verb of the cited authors
    return start


# "(ZM-A) alloy with lithium", "(X) alloys with the first lithium plated": after a short form's bracket, a head noun that
# "with" and lithium follow is the clause's verb, what the thing does with the lithium, not a word of its name
WORKS_ON_LITHIUM = re.compile(r"\s+with\s+(?:(?:the|molten|first|plated|deposited)\s+){0,2}(?:lithium|Li)(?![\w-])")


def head_as_verb(text: str, start: int, end: int) -> bool:
    """Whether the head word at ``text[start:end]``, right after a short form's bracket, is the verb of the clause its
    bracketed subject opens ("the MXene sheets (ZM-A) alloy with lithium")."""
    return text[:start].rstrip().endswith(")") and bool(WORKS_ON_LITHIUM.match(text, end))


def _verb_after_subject(doc: Doc, i: int, head_noun: bool) -> bool:
    """Whether token ``i``, a lower-case word in -s right after a head noun, a code or a short form's bracket, is the
    verb of the clause that thing opens ("TQ@NF holds lithium", "the coated separator soaks electrolyte"), not a
    modifier of the noun after it. Before a head noun the word may also be a plural noun that modifies it ("carbon
    nanotubes film") or a word that only ends in s ("glass", "porous", "gas"): those are heads, materials or no
    third-person verb."""
    word = doc[i]
    if i < 1 or not re.fullmatch(r"[a-z]+s", word.text):
        return False
    subject = doc[i - 1]
    if not (subject.text == ")" or subject.lower_ in _heads() or CODE.fullmatch(subject.text)):
        return False
    return not head_noun or not (word.lower_ in _heads() or word.lower_.endswith(("ss", "us", "is"))
                                 or word.lower_ in _material_words())


@cache
def _material_words() -> frozenset[str]:
    return frozenset(a.lower() for a in material_alias_index())


@cache
def _predicate_verbs() -> frozenset[str]:
    """The verbs a design's clause may say what it does with, its predicate's first word."""
    return lexicon_words("predicate_verbs") | lexicon_words("coordinated_verbs")


@cache
def _predicate_verb_regex() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(_predicate_verbs(), key=longest_first)))
    return re.compile(rf"(?<=\w)\s+(?:{verbs})\b", re.I)


def predicate_verb_at(text: str) -> int:
    """Where a title written as a clause has its verb ("A Buffer Layer Lets a Pellet Face Lithium" → at "Lets"), or -1:
    a verb the lexicon knows, after a word (the subject's last)."""
    m = _predicate_verb_regex().search(text)
    return m.start() if m else -1


# a short form or a formula written in capitals ("TQ@NF", "LiF", "CNT-2"), which a paper's clause may open with as its subject
CODE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9@/+–-]+")


# the word a size is said with before the thing it measures ("a 180-nm-thick layer", "5 μm wide grains")
SIZE_WORDS = frozenset({"thick", "thin", "wide", "long", "high", "tall", "deep"})


def _after_a_unit(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a unit (a hyphen between them or not): "nm" in "180-nm-thick", "180 nm thick"."""
    j = i - 1 if i >= 1 and doc[i - 1].text in {"-", "‐", "‑"} else i
    return j >= 1 and doc[j - 1].text in _unit_atoms()


def _phrase(doc: Doc, start: int, end: int, material_tokens: set[int], head: str) -> Mention:
    phrase = doc[start:end]
    has_material = any(i in material_tokens for i in range(phrase.start, phrase.end))
    return Mention("phrase", span_text(phrase), phrase.start_char, phrase.end_char,
                   label="material" if has_material else "", head=head)


def design_phrases(doc: Doc, heads: list[Span], materials: list[Span]) -> list[Mention]:
    """Noun phrases that can name a design, left to right.

    Around a head noun: the rightmost head of a run plus its modifiers ("free-standing Cu nanowire
    network"). Around a material that no head follows: the material and its modifiers ("unstacked
    graphene"), with the material itself as the head.
    """
    head_tokens = {i for span in heads if span_text(span).lower() in _heads() for i in range(span.start, span.end)}
    material_tokens = {i for span in materials for i in range(span.start, span.end)}
    found = []
    for span in heads:
        if span_text(span).lower() not in _heads() or span.end in head_tokens:
            continue                                  # a head followed by another head is a modifier
        if span.end < len(doc) and doc[span.end].lower_ in lexicon_words("process_nouns"):
            continue                                  # "atomic layer deposition": a process, not a layer
        start = _modifiers_start(doc, span.start, MAX_MODIFIERS, head_noun=True)
        # "the MXene sheets (ZM-A) alloy with lithium": the head is the verb, the phrase ends at the short form
        end = span.start if head_as_verb(doc_text(doc), span.start_char, span.end_char) else span.end
        found.append(_phrase(doc, start, end, material_tokens, span_text(span).lower()))
    covered = {i for p in found for i in range(doc.char_span(p.start, p.end).start, doc.char_span(p.start, p.end).end)}
    for span in materials:
        if span.start in covered or span.end in material_tokens or span.end in head_tokens:
            continue
        start = _modifiers_start(doc, span.start, MAX_MODIFIERS, past_ing_words=False)
        if start < span.start:                        # a bare material name is not a design phrase
            found.append(_phrase(doc, start, span.end, material_tokens, span_text(span).lower()))
    return sorted(found, key=lambda m: m.start)


def _without_labels(text: str, quantities: Sequence[Mention]) -> tuple[Mention, ...]:
    """"22 compounds 7 compounds for both": counts of compounds one right after another, with nothing but a
    space between, are the labels of a diagram's regions that the reader ran into the text, not figures."""
    unit = property_def(AKG.CompoundCount).unit
    counted = [q for q in quantities if q.quantity is not None and q.quantity.unit == unit]
    labels = {id(x) for a, b in zip(counted, counted[1:], strict=False)
              if not text[a.end:b.start].strip() for x in (a, b)}
    return tuple(q for q in quantities if id(q) not in labels)


def sentence_mentions(doc: Doc, cfg: NlpConfig = NlpConfig()) -> SentenceMentions:
    """The mentions of one sentence's Doc, read from the pipeline's span keys."""
    quantities = [_mention("quantity", s, quantity=s._.quantity) for s in doc.spans.get(cfg.quantity_key, [])]
    taken = [(q.start, q.end) for q in quantities]
    counts = [_mention("count", s, quantity=s._.quantity)
              for s in (*doc.spans.get(cfg.count_key, []), *doc.spans.get(cfg.compound_count_key, []))
              if not any(a < s.end_char and s.start_char < b for a, b in taken)]
    materials = list(doc.spans.get(cfg.material_key, []))
    heads = list(doc.spans.get(cfg.structure_key, []))
    return SentenceMentions(
        quantities=_without_labels(doc_text(doc), sorted(quantities + counts, key=lambda m: m.start)),
        materials=tuple(_mention("material", s) for s in materials),
        cues=tuple(_mention("cue", s) for s in doc.spans.get(cfg.cue_key, [])),
        abbreviations=tuple(_mention("abbreviation", s) for s in doc.spans.get(cfg.abbreviation_key, [])),
        phrases=tuple(design_phrases(doc, heads, materials)),
    )
