"""Reviews: every figure belongs to the work it cites.

Reviews describe other people's work, one study after another: "Cui and co-workers designed X
(Figure 3b). Such X showed 98% … for 300 cycles.[56]". A figure belongs to the cited work, found
in this order: a marker in its own sentence; the marker of the sentence that opened the passage
about the work ("… and co-workers", "…'s group", "… et al."); a later marker in the same passage
that continues it ("They…", "Such…", or sharing its distinctive words); the caption of the figure
panel the passage points to. Each cited work is one structure, classed by its section heading when
one names a class, else by the cue words of its name and passage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from pipeline.classify import titles_one_class
from pipeline.float_pointers import TABLE_CAPTION, caption_figure, figure_pointers, panel_labels
from pipeline.linking.arms import COMPARATIVE
from pipeline.linking.attribution import value_lists
from pipeline.linking.drafts import (
    LITHIUM,
    Draft,
    best_phrase,
    class_cue_words,
    materials_in,
    measurement,
    phrase_score,
    slug,
)
from pipeline.linking.names import (
    BUILT_WITH,
    FORMULA_TOKEN,
    SAME_CONDITIONS_SAID,
    can_name_structure,
    is_formula,
)
from pipeline.mentions import (
    Figure,
    Mention,
    Paper,
    has_words,
    last_word_at,
    lexicon_alternation,
    word_before,
)
from pipeline.nlp.patterns import lexicon_words, structure_words
from pipeline.ontology import local_name
from pipeline.reader.tables import NAME_END, row_name
from pipeline.records import BlockKind, CitationMarker, Measurement, Sentence, Structure
from pipeline.vocab import AKG

GENERIC_MARKER = 3          # a marker with this many works backs a general statement, not one design's figure
SHORT_LABEL_WORDS = 8
PREPOSITIONS = frozenset({"among", "for", "in", "of", "with", "on", "by", "from", "to", "at", "as", "into"})
COMMON_MATERIALS = frozenset({"carbon", "silicon", "lithium", "li", "metal", "polymer", "polymers", "electrolyte",
                              "electrolytes", "separator", "separators", "graphite", "copper", "nickel"})
MAX_REACH = 8               # sentences a review passage may run beyond its paragraph
DISTINCTIVE_SHARE = 0.08    # a word in at most this share of paragraphs (and ≥ 2) is distinctive
# a clause that opens on the set what follows is picked from ("Among the oxide coatings, …", "Of all these hosts, …")
SET_OPENER = re.compile(r"^\s*(?:[Aa]mong|[Oo]f)\s+(?:all\s+)?(?:the|these|those|such)\s+[^,;()]{1,60},")
FIGURES_AFTER = re.compile(r"\s*\((?=[^()]*\d)(?=[^()]*[%\s])[^()]*\)$")
# the modifiers before a design phrase that share its head ("Au-seeded and ", "Au-, Ag- and "; "Au- and Ag-seeded")
ELIDED = re.compile(r"(?:^|(?<=\s))(?P<items>(?:[A-Z][\w–]*-(?:[a-z]+)?(?:\s*,\s*|\s+))*[A-Z][\w–]*-(?:[a-z]+)?)"
                    r"(?:\s*,)?\s+(?:and|or)\s+$")
CLAUSE_AFTER = re.compile(r",?\s+(?:that|which|whose)\s.*$|,?\s+with\s+an?\s+(?:[\w-]+\s+){1,3}of\s+\D{0,12}\d.*$")
# "Recently, a …", "By comparison, an …", "In 2019, the …", a list's number "(ii) …": no part of an item's name
ITEM_OPENER = re.compile(rf"^(?:\((?:[ivx]{{1,4}}|\d{{1,2}}|[a-h])\)\s*)?(?:[A-Z][a-z]+,\s+|(?i:{'|'.join(sorted(PREPOSITIONS))})\s+(?:[a-z]+|\d{{4}})(?:\s+[a-z]+)?,\s+)?"
                         r"(?:(?i:a|an|the)\s+)?")
# a sentence that opens on a word pointing back to the design or work before it ("It delivered …", "Such films …"),
# after a sentence adverb or two ("Moreover, it …", "In addition, these …")
PRONOUN_OPENS = re.compile(r"\s*(?:(?:[A-Z][a-z]+|[Ii]n\s+addition|[Aa]s\s+a\s+result),\s+)?"
                           r"(?:they|it|this|these|such|its|their|the authors)\b", re.I)
# "… and reached", "…, and has kept": a second predicate of the same subject; ", and the film held": a new clause
AND_VERB = re.compile(r"\band\s+(?:\w+ly\s+)?(?P<verb>\w+ed|ran|kept|held|showed|gave|grew|had|has|have|was|were|is|"
                      r"are|can|could|still)\b|,\s+and\s+")
# the previous marker written in words and the relative clause about its work, before the next work's name
CITED_ASIDE = re.compile(r"^\s*(?:refs?\.?\s?\d[\d,\s–-]*)?\s*,?\s*(?:which|who|whose)\b[^,;()]*,", re.I)
# a comparison that opens the stretch a marker closes, and the word that ties the name to the marker ("… of ref. 46")
COMPARED_ITEM = re.compile(rf"^(?:{lexicon_alternation('comparison')}|unlike)\s+(?:(?:the|a|an)\s+)?|\s+(?:of|in|from|by)$",
                           re.I)
# what may stand between a compared design's name and its own marker: "of ref.", a bracket of its figures, a comma
MARKED_RIGHT_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(?:(?:of|in|from|by)\s+)?")
# "a PXQ film on lithium foil", "coated onto the Li metal": the plain lithium after these is where a layer sits, not
# the work's design
SITS_ON = re.compile(r"\b(?:on|onto|upon|over)\s+(?:the\s+|a\s+|bare\s+)?$", re.I)
# what a work took out of a design: the compound right after these words ("replaced ZnO with …", "instead of Cu")
REPLACED = re.compile(r"\b(?:replac\w*|substitut\w*|instead\s+of|in\s+place\s+of)\s+(?:the\s+)?$", re.I)
REPLACED_WITH = re.compile(r"\b(?:replac|substitut)\w*\s+(?:the\s+)?[^,;()]{1,40}?\s+(?:with|by)\s+(?:(?:an?|the)\s+)?"
                           r"(?P<new>[^,;()]{1,50}?)(?=\s*(?:[,;(]|$|\.\s*$|\s+(?:which|that|to|and)\b))", re.I)
# a comparison right before a phrase ("than that of Cu foil", "versus bare Cu", "unlike planar Cu"): what is compared
COMPARED_BEFORE = re.compile(rf"\b(?:{lexicon_alternation('comparison')}|unlike)\s+(?:that\s+of\s+|those\s+of\s+|the\s+|"
                             r"a\s+|an\s+|[~≈]?\d[\d.]*(?:\s*[^\s\d]+){0,2}\s+of\s+)*$", re.I)  # "than the 300 h of"
RELATIVE_OPENS = re.compile(r"\s*,?\s*(?:which|who|whose)\b[^,;()]*$", re.I)
# a word, then the article that opens a design phrase after it ("reported a …", "used the …")
LEAD_IN_ARTICLE = re.compile(r"(?<!\S)(?P<word>[A-Za-z]+)\s+(?:an?|the)\s+(?=\S)", re.I)
# a cathode word right after a phrase ("a sulfurized polyacrylonitrile cathode"): the phrase is the cell's cathode,
# which a review names beside the anode design a work made, never as that design
CATHODE_AFTER = re.compile(rf"[\s‐‑–-]+(?:{lexicon_alternation('cathode')})\b", re.I)
# "a TiO2-coated one", "the thinner ones", "its zinc oxide-coated successor": a design named by what sets it apart from
# the one named before it
ONE_LIKE = re.compile(r"\b(?:an?|the|its|their)\s+(?P<modifier>(?:[A-Za-z]\w*\s+)?[\w–]+-\w+|[\w–-]+)\s+"
                      r"(?:ones?|successors?|versions?|counterparts?)\b", re.I)
# the words that open a list of examples ("e.g.", "such as", "for example"): each item is one work's design
EXAMPLES = re.compile(rf"(?<!\w)(?:{lexicon_alternation('examples')})(?!\w)", re.I)
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# a design named by what it was built with: "separators coated with boron nitride", "a PP separator with Cu particles"
BUILT_FRAME = re.compile(r"(?P<frame>.*\S\s+(?:[a-z]+ed\s+)?with)\s+\S.*$")
ADDED_SHARE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:wt|vol)\.?\s?%\s+(?P<what>[A-Z][\w()+–-]*[\w)])")   # "2 wt% LiNO3"
# "adding 0.1 M X to", "the addition of 50 mM X": a compound put in by a word of adding, with a share of any kind
ADDED_BY = re.compile(rf"\b(?:{lexicon_alternation('adding')})\s+(?:(?:an?|the)\s+)?(?:[~≈]?\d+(?:\.\d+)?\s?"
                      r"(?:m?M|mol\s?(?:L|dm)[−–-]1|wt\.?\s?%|vol\.?\s?%|%)\s+)?(?P<what>[A-Z][\w()+–-]*[\w)])", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z0-9+]*")
STOP_WORDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "by", "for", "with", "into", "onto", "from", "to", "as", "via", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "which", "who", "that", "this", "these", "those", "such", "its", "their", "our", "it", "they", "we", "he", "she", "also", "than", "then", "there", "here", "when", "while", "where", "both", "each", "other", "another", "more", "most", "very", "much", "many", "some", "any", "all", "only", "not", "no", "so", "thus", "hence", "therefore", "however", "moreover", "furthermore", "besides", "due", "because", "since", "after", "before", "during", "over", "under", "between", "through", "within", "without", "about", "above", "below", "up", "down", "out", "off", "figure", "fig", "reproduced", "permission", "copyright"])


def names_one_design(label: str) -> bool:
    """A label that can name the design a cited work built: not a cell ("Li-air batteries"), a word
    for a kind of structure ("separator"), a bare common material ("carbon"), lithium itself ("dead
    Li") or a fragment that starts with a preposition. Salts, additives and formulas stay: in a
    review they are the designs the cited works made."""
    words = label.split()
    if not words or has_words("cell_words", words[-1]) or words[0].lower() in PREPOSITIONS:
        return False
    lowered = label.lower().strip()
    if lowered in class_cue_words() and not materials_in(label) or lowered in COMMON_MATERIALS:
        return False
    if materials_in(label) != {LITHIUM}:
        return True
    rest = [w for w in words if not materials_in(w) and w.lower() not in {"metal", "anode", "anodes", "foil"}]
    heads = {h.lower() for h in structure_words()["heads"]}
    return any(w.lower() in heads or re.search(r"[\d()A-Z-]", w) for w in rest) or len(rest) >= 2


def _kind_word(label: str) -> bool:
    """A word for a kind of structure or cell, not one design ("separator", "Li-air batteries")."""
    lowered = label.lower().strip()
    return lowered in class_cue_words() or lowered in COMMON_MATERIALS or has_words("cell_words", label.split()[-1])


def _stem(word: str) -> str:
    """A crude stem: the first five letters ('layered' and 'layer' agree; 'nanosphere(s)' too)."""
    return word.lower()[:5]


# where a sentence turns to another clause about another work: "…; …", "…, whereas …", "… while …", and ", and"
# or ", but" before a new subject ("X[15] ran for 800 h, and a TiO2-coated one[16] for 520 h")
# what joins two designs named together, each closed by its marker: "[24] and B", ",[24] B" (the last join an "and")
COORDINATED = re.compile(r"\s*,?\s*(?:(?P<last>and|or|as\s+well\s+as)\s+)?[^,;:()\[\]]{1,40}?\s*,?\s*")
# "In ref. 44, …", "As reported in ref. 44, …": a work cited by number where its clause opens, before the clause's
# subject; what the clause goes on to say is that work's, though the next work's marker closes the sentence
LEADS_ITS_CLAUSE = re.compile(r"(?:^|[;:]\s*)(?:as\s+\w+\s+)?(?:in|from)\s+$", re.I)
# "at the same 1 mA cm−2": a condition the sentence says the works before it share
SAME_BEFORE = re.compile(r"\bthe\s+same\s+$", re.I)
# "the 650 h of an earlier mat": the word after a figure that names whose figure it is
OWNED_BY = re.compile(r"\s+of\s+")
CLAUSE_BREAK = re.compile(rf";|\b(?:{lexicon_alternation('contrast')})\b|,\s+(?:and|but)\s+(?=(?:an?|the)\s)", re.I)
# ", and Y[23] lasted …": a clause joined by "and" whose subject carries a marker of its own
NEXT_SUBJECT = re.compile(r",\s+(?:and|but)\s+[^,;]{1,60}$")
# a sentence that opens on a clause set against its main clause ("While X kept …, Y reached …"): the comma ends it
OPENING_CONTRAST = re.compile(rf"^\s*(?:{lexicon_alternation('contrast')}|although|though)\b", re.I)


# "a Cu foil reported in ref. 23 lowered …", "the mesh of ref. 46": the words that hand a named thing its work
NAMED_IN = re.compile(r"\w\s+(?:(?:as\s+)?(?:reported|described|studied|proposed|developed|presented|introduced)\s+)?"
                      r"(?:in|by|from|of)$")


def on_its_word(text: str, at: int) -> bool:
    """A marker printed on a word ("a Cu mesh[18] reached", "a Cu mesh [18] reached", "the mesh of Ahmed et al.[18]
    ran", "a Cu foil reported in ref. 23 lowered") or on a figure ("kept 99.2%[6] over 300 cycles"), not after a
    comma that closes a phrase ("Building on Cu foams,[17] a …")."""
    before = text[:at].rstrip()
    return (before[-1:].isalnum() or before.endswith(("%", "et al.")) or bool(NAMED_IN.search(before))) and \
        not text[at:].lstrip().startswith((",", ";"))


# "fell to 81% within 90 cycles", "40 mV after 50 cycles": how long a figure held, said right after it
BASELINE_QUALIFIED = re.compile(r"\s*(?:within|after|over|in|during|for)\s+(?:only\s+|about\s+|the\s+first\s+)?")


# a table row's cell that names what the row's cell was tested in: "Electrolyte 1 M LiPF6 in EC/DEC" (``described``)
CARRIER_CELL = re.compile(rf"(?:{lexicon_alternation('carriers')})\b", re.I)


class ReviewLinker:
    """A review: every figure belongs to the work it cites."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.drafts: dict[str, Draft] = {}
        self.listed_names: dict[tuple[int, ...], str] = {}     # a work → its name in a "respectively" list
        self.listed_designs: dict[int, tuple[str, int]] = {}    # id(figure) → (design, place) of one work's list

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.paper.sentences

    def best_phrase(self, k: int, start: int = 0, end: int | None = None):
        return best_phrase(self.paper, k, start, end)

    def subject_phrase(self, k: int):
        """The best design phrase of sentence ``k`` that is not what the work is compared with ("Compared with
        planar Cu (…), the Cu nanowire host kept 98%": the host), a control ("compared a Cu nanowire film and a
        planar Cu foil": the film) nor the work's makers ("X's group pyrolysed Y into a Z aerogel": the aerogel),
        else the best phrase. A design set against a control by "while" is the design ("Bare carbon paper failed
        after 40 cycles, while Bi-seeded carbon paper retained 93%")."""
        text = self.sentences[k].text

        def named(p: Mention) -> bool:
            return not has_words("control", p.text) and not self.refers_back(k, p) and \
                not has_words("attribution", p.text) and not CATHODE_AFTER.match(text, p.end) and \
                not (SITS_ON.search(text, 0, p.start) and materials_in(p.text) == {LITHIUM})
        return best_phrase(self.paper, k, keep=lambda p: not COMPARATIVE.search(text, 0, p.start) and named(p)) or \
            best_phrase(self.paper, k, keep=lambda p: not COMPARED_BEFORE.search(text, 0, p.start) and named(p)) or \
            best_phrase(self.paper, k, keep=lambda p: not COMPARATIVE.search(text, 0, p.start)) or self.best_phrase(k)

    def refers_back(self, k: int, phrase: Mention) -> bool:
        """A phrase that points back to a design named before ("the resulting host", "such scaffolds"): no
        name of the work a sentence introduces."""
        opener = f"the {phrase.text.split()[0]}"
        return bool(word_before("pointers", self.sentences[k].text, phrase.start) or
                    re.fullmatch(lexicon_alternation("pointers"), opener, re.I))

    @cached_property
    def table_titles(self) -> dict[int, str]:
        """A table row's sentence → its table's title, when the title names one class as a heading would ("Table 2.
        Insulating frameworks compared"): a review that sums up each class in a table of its own heads it so, and
        the rows are of that class wherever the table is set (after the outlook, often)."""
        titles: dict[int, str] = {}
        for k, sentence in enumerate(self.sentences):
            if sentence.kind != BlockKind.CAPTION or k != self.paper.paragraph(k)[0] or \
                    not (label := TABLE_CAPTION.match(sentence.text)):
                continue
            paragraph = self.paper.paragraph(k)
            title = sentence.text[label.end():].strip(" .:|")
            if not title and len(paragraph) > 1:          # "Table 2." set as a sentence of its own
                title = self.sentences[paragraph[1]].text
            if title and titles_one_class(title):
                titles.update(dict.fromkeys(self.paper.captioned_rows(k), title))
        return titles

    def section_of(self, k: int) -> tuple[str, ...]:
        """The headings sentence ``k`` is read under; a table row's, with its table's title innermost."""
        section = self.sentences[k].section
        return (*section, title) if (title := self.table_titles.get(k)) else section

    def described(self, k: int) -> str:
        """Sentence ``k`` as words that describe its design; a table row's without the cells that say what its cell was
        tested in ("Electrolyte 1 M LiTFSI in DOL/DME"): every class of design is tested in an electrolyte, so the
        cell names none of them."""
        text = self.sentences[k].text
        if not (name := row_name(self.sentences[k])):
            return text
        cells = text[len(name) + len(NAME_END):].split("; ")
        return f"{name}{NAME_END}" + "; ".join(c for c in cells if not CARRIER_CELL.match(c))

    @cached_property
    def intro(self) -> list[bool]:
        return [has_words("attribution", s.text) for s in self.sentences]

    @cached_property
    def distinctive(self) -> set[str]:
        blocks: dict[int, set[str]] = {}
        for s in self.sentences:
            blocks.setdefault(s.block, set()).update(_stem(w) for w in WORD.findall(s.text))
        counts = Counter(w for words in blocks.values() for w in words)
        limit = max(2, int(DISTINCTIVE_SHARE * len(blocks)))
        return {w for w, n in counts.items() if n <= limit and w not in STOP_WORDS}

    def words(self, k: int) -> set[str]:
        return {_stem(w) for w in WORD.findall(self.sentences[k].text)} & self.distinctive

    def overlap(self, j: int, k: int) -> bool:
        return bool(self.words(j) & self.words(k))

    def continues(self, j: int) -> bool:
        text = self.sentences[j].text
        return bool(PRONOUN_OPENS.match(text)) or \
            bool(re.search(r"\b(?:such|these|this)\s+(?:[\w-]+\s+){0,4}", text, re.I) and has_words("anaphora", text))

    def _pronoun_after_one_work(self, k: int) -> bool:
        """Sentence ``k`` opens on a pronoun right after a sentence of its paragraph that cites one work ("Sn-modified
        Cu foam has also been explored.[18] It delivered 97.6%"): the pronoun is that work's design, whatever
        words it shares with works cited further back."""
        before = self.sentences[k - 1].citations if k > 0 else ()
        return bool(PRONOUN_OPENS.match(self.sentences[k].text)) and k - 1 in self.paper.paragraph(k) and \
            len(before) == 1 and len(before[0].numbers) < GENERIC_MARKER

    @cached_property
    def captions(self) -> dict[tuple[str, str], tuple[int, ...]]:
        """(figure number, panel letter) → the citation of that panel ("*" when the caption has one)."""
        index: dict[tuple[str, str], tuple[int, ...]] = {}
        number = ""
        pending: list[str] = []
        last_block = -1
        for s in self.sentences:
            if s.kind != BlockKind.CAPTION:
                continue
            if s.block != last_block:
                last_block, pending, number = s.block, [], number
                if (head := caption_figure(s.text)) is not None:
                    number = head
            events = [(start, "panel", list(letters)) for start, letters in panel_labels(s.text)]
            events += [(c.start, "cite", list(map(str, c.numbers))) for c in s.citations]
            for _, kind, values in sorted(events, key=lambda e: e[0]):
                if kind == "panel":
                    pending.extend(values)
                    continue
                numbers = tuple(int(v) for v in values)
                for panel in pending or ["*"]:
                    index.setdefault((number, panel), numbers)
                pending = []
        return index

    def panel_citation(self, k: int, position: int) -> tuple[int, ...]:
        """The work cited for the caption panel a figure at ``position`` of caption sentence ``k`` stands in
        ("Figure 5. … b) Cycling for 800 h. … Reproduced with permission.[52] d) …[53]": 800 h is [52]'s):
        the last panel letter before it in its caption, looked up in the caption's index."""
        sentences = self.sentences
        if sentences[k].kind != BlockKind.CAPTION:
            return ()
        number, panel = "", ""
        j = k
        while j >= 0 and sentences[j].block == sentences[k].block:
            text = sentences[j].text[:position] if j == k else sentences[j].text
            if not panel and (labels := list(panel_labels(text))):
                panel = labels[-1][1][-1]
            if (head := caption_figure(sentences[j].text)) is not None:
                number = head
            j -= 1
        return self.captions.get((number, panel), ()) if panel else ()

    def caption_citation(self, k: int) -> tuple[int, ...]:
        for pointer in figure_pointers(self.sentences[k].text):
            for panel in pointer.panels or ("*",):
                found = self.captions.get((pointer.number, panel)) or self.captions.get((pointer.number, "*"))
                if found:
                    return found
        return ()

    def _marker_for(self, k: int, position: int) -> tuple[int, ...]:
        """The marker of sentence ``k`` that closes the clause at ``position`` (or the last before it). A clause
        that closes without a marker of its own, after a marker that stands right on its subject ("X[18] kept
        98%, whereas Y[19] kept 99%"), is that marker's: the next one closes another clause."""
        text = self.sentences[k].text
        markers = self.sentences[k].citations
        after = [m for m in markers if m.start >= position]
        if not after:
            return max(markers, key=lambda m: m.start).numbers
        chosen = min(after, key=lambda m: m.start)
        before = [m for m in markers if m.start < position]
        if before and self._in_relative_clause_after(k, max(before, key=lambda m: m.start), position):
            return max(before, key=lambda m: m.start).numbers
        if before and CLAUSE_BREAK.search(text, position, chosen.start):
            subject = max(before, key=lambda m: m.start)
            if on_its_word(text, subject.start) and not CLAUSE_BREAK.search(text, subject.start, position):
                return subject.numbers
            if self._leads_its_clause(k, subject) and not CLAUSE_BREAK.search(text, subject.start, position):
                return subject.numbers          # "In ref. 44, X ran for 900 h, while Y (ref. 45) …": X is 44's
        if before and NEXT_SUBJECT.search(text, position, chosen.start) and on_its_word(text, chosen.start):
            subject = max(before, key=lambda m: m.start)
            if on_its_word(text, subject.start) and not CLAUSE_BREAK.search(text, subject.start, position):
                return subject.numbers          # "X[22] lasted 600 h, and Y[23] lasted 900 h": each clause its subject's
        if before and OPENING_CONTRAST.match(text) and re.search(r",\s", text[position:chosen.start]):
            subject = max(before, key=lambda m: m.start)
            if on_its_word(text, subject.start) and not CLAUSE_BREAK.search(text, subject.start, position):
                return subject.numbers          # "While X[40] kept 95% …, Y[41] reached 97%": the comma ends X's clause
        return chosen.numbers

    def _in_relative_clause_after(self, k: int, marker: CitationMarker, position: int) -> bool:
        """Whether ``position`` is in a relative clause that opens right after ``marker`` and is still open ("the
        Cu foam of ref. 46, which failed after 90 cycles, …", "a Cu foam,[46] which failed after 90 cycles"): what
        the clause says is of the work just cited."""
        text = self.sentences[k].text
        start = marker.start + (len(marker.raw) if text.startswith(marker.raw, marker.start) else 0)
        return bool(RELATIVE_OPENS.match(text[start:position]))

    def passage(self, k: int, step: int) -> list[tuple[int, bool]]:
        """Sentences before (step -1) or after (step 1) ``k`` that may speak of the same work, nearest
        first, each with whether it is in ``k``'s paragraph. Beyond the paragraph the passage goes on
        through body text of the same section, at most MAX_REACH sentences (readers split paragraphs)."""
        sentences = self.sentences
        span = self.paper.paragraph(k)
        found: list[tuple[int, bool]] = []
        j = k + step
        reach = 0
        while 0 <= j < len(sentences):
            inside = span.start <= j < span.stop
            if not inside:
                if sentences[j].kind == BlockKind.CAPTION:
                    j += step
                    continue
                reach += 1
                if reach > MAX_REACH or sentences[j].section != sentences[k].section or \
                        sentences[j].kind != sentences[k].kind:
                    break
            found.append((j, inside))
            j += step
        return found

    def citation(self, k: int, position: int) -> tuple[tuple[int, ...], int]:
        """The work a figure at ``position`` of sentence ``k`` reports, and the sentence that opened it."""
        sentences = self.sentences
        if panel := self.panel_citation(k, position):
            return panel, k
        if sentences[k].citations:
            numbers = self._marker_for(k, position)
            return numbers, self._opening(k, numbers)
        if sentences[k].kind == BlockKind.TABLE:
            return (), k                # a table row without a work of its own: the rows around are other works'
        if found := self.caption_citation(k):
            return found, self._opening(k, found)       # "X (Fig. 8a) ran for 500 h": the work its caption credits
        if self._pronoun_after_one_work(k):
            return sentences[k - 1].cited_numbers, self._opening(k - 1, sentences[k - 1].cited_numbers)
        opening: int | None = k if self.intro[k] else None
        between: list[int] = []
        if opening is None:
            for j, inside in self.passage(k, -1):
                if self.intro[j]:
                    # a paragraph of its own that cites a work before ``k`` ("The above-mentioned film was later
                    # blended with X.[53] The blended film showed …") reports that work, not an earlier paragraph's
                    own = any(self.paper.paragraph(k).start <= b for b in between)
                    opening = j if inside or not between or self.overlap(j, k) and not own else None
                    break
                if sentences[j].citations and (inside or self.overlap(j, k)):
                    between.append(j)
        if opening is not None and opening != k and sentences[opening].citations and \
                (not between or self.overlap(opening, k)):
            return sentences[opening].cited_numbers, opening
        for j in between:
            if self.overlap(j, k):
                return sentences[j].cited_numbers, j
        if between and opening is not None and opening != k and sentences[opening].citations:
            # the side remarks between share nothing with it either: the work the passage opened on
            return sentences[opening].cited_numbers, opening
        if between:
            return sentences[between[0]].cited_numbers, between[0]
        for j, _ in self.passage(k, 1):
            if self.intro[j]:
                break
            if sentences[j].citations and (self.continues(j) or self.overlap(j, k)):
                return self._marker_for(j, 0), opening if opening is not None else k
        if opening is not None and (found := self.caption_citation(opening)):
            return found, opening
        return (), k

    def _opening(self, k: int, numbers: tuple[int, ...] = ()) -> int:
        """The sentence that opened the passage about the work sentence ``k`` reports (its marker ``numbers``):
        the last sentence before in words that attribute ("… et al."), or ``k`` itself. A passage that cites
        other works on the way back ("Yun et al. grew A.[31] A Ni foam … [32]") opened on another work."""
        if self.intro[k]:
            return k
        marked = False
        for j, inside in self.passage(k, -1):
            if numbers and not set(numbers) & set(self.sentences[j].cited_numbers or numbers):
                return k
            if numbers and j == k - 1 and inside and self.continues(k) and \
                    set(numbers) <= set(self.sentences[j].cited_numbers):
                return j                # "X was also used.[57,58] Its pores … 97.6%.[58]": X is [58]'s
            if self.intro[j]:
                return j if inside or not marked or self.overlap(j, k) else k
            marked = marked or bool(self.sentences[j].citations)
        return k

    def draft_for(self, citations: tuple[int, ...], k: int, opening: int) -> Draft:
        key = f"ref-{citations[0]}"
        draft = self.drafts.get(key)
        if draft is None:
            source = opening if self.subject_phrase(opening) else k if self.subject_phrase(k) else \
                self._antecedent(opening)
            phrase = self.subject_phrase(source)
            label = self.listed_names.get(citations) or self._row_design(k) or \
                (opening == k and self._named_closed_by(k, citations)) or \
                self.additive(source, phrase) or self._replacement(source) or \
                self._beside_its_control(source, phrase) or \
                (self.built_with(source, phrase) if phrase and not self.refers_back(source, phrase) else
                 self.named_material(opening) or self.named_material(k) or (phrase.text if phrase else "")
                 or row_name(self.sentences[opening]) or self.sentences[opening].text[:80])
            if opening != k and phrase is not None and not self.listed_names.get(citations):
                label = self._product_of(k, phrase) or label
            passage = " ".join(self.described(j) for j in {opening, k})
            draft = Draft(key=key, label=label, section=self.section_of(k), passage=passage,
                          citations=citations)
            draft.materials |= materials_in(label)
            self.drafts[key] = draft
        draft.mentions.append(draft.label)
        return draft

    def _row_design(self, k: int) -> str:
        """The design a table row measures, as its first cell names it whole ("Woven zinc sheet coated with
        alumina"); "" for any other sentence, or a cell that names no structure. The table names each row's work
        in a cell of its own: the row's words are no sentence, and a phrase read out of them cuts the name."""
        cell = row_name(self.sentences[k])
        return cell if cell and can_name_structure(cell, {}) else ""

    def _product_of(self, k: int, phrase: Mention) -> str:
        """The name a later sentence gives the opened work's product after a word pointing back ("X's group reduced
        graphene oxide onto a melamine sponge. The resulting graphene sponge kept 98.6%": the graphene sponge), when it
        names the design better than the opening's phrase, the template the product was made on; else ""."""
        better = [p for p in self.paper.mentions[k].phrases
                  if self.refers_back(k, p) and phrase_score(p) > phrase_score(phrase)]
        if not better:
            return ""
        first, _, rest = max(better, key=phrase_score).text.partition(" ")
        pointer = re.fullmatch(lexicon_alternation("pointers"), f"the {first}", re.I)
        return rest if pointer and rest else f"{first} {rest}".strip()

    def _antecedent(self, k: int) -> int:
        """The sentence before ``k`` in its paragraph that names the design ``k`` speaks of without naming it
        ("A mesoporous X coating was most effective. Reported by Y et al.,[74] it raised …"): the nearest one
        with a design phrase and no marker of another work; ``k`` itself when there is none."""
        for j in range(k - 1, self.paper.paragraph(k).start - 1, -1):
            if self.sentences[j].citations:
                break
            if self.subject_phrase(j):
                return j
        return k

    def _replacement(self, k: int) -> str:
        """What a work put in place of a part ("we then replaced PVDF with a single-ion conducting polymer": the
        polymer): the design the work made, not the part it took out."""
        found = REPLACED_WITH.search(self.sentences[k].text)
        return found.group("new") if found else ""

    def _beside_its_control(self, k: int, phrase: Mention | None) -> str:
        """The compound a sentence names outside its one design phrase when that phrase is a control ("5 mV for Au
        versus 40 mV for bare Cu was reported by …": Au): a work is named by its design, not by what it beat."""
        if phrase is None or not has_words("control", phrase.text) or self.built_with(k, phrase) != phrase.text:
            return ""
        outside = [(a, b) for a, b in self._compounds(k) if b <= phrase.start or a >= phrase.end]
        return self.sentences[k].text[slice(*min(outside))] if outside else ""

    def additive(self, k: int, phrase: Mention | None) -> str:
        """The compound a sentence gives by its share ("adding 2 wt% LiNO3 to the ether electrolyte", "with
        10 vol% FEC") when no design phrase or only the carrier it went into names the work: the work reports
        the additive, not the electrolyte. A molar salt is the carrier's own recipe, no additive, unless a word of
        adding puts it in ("adding 0.1 M X to the electrolyte")."""
        if phrase is not None and phrase.head.lower() not in structure_words()["carriers"]:
            return ""
        compounds = {start for start, _ in self._compounds(k)}
        text = self.sentences[k].text
        shares = sorted((m for pattern in (ADDED_SHARE, ADDED_BY) for m in pattern.finditer(text)
                         if m.start("what") in compounds), key=lambda m: m.start("what"))
        return shares[0].group("what") if shares else ""

    def built_with(self, k: int, phrase: Mention, end: int | None = None) -> str:
        """The phrase with the compound it is built with when the sentence says so right after it ("a Cu foam
        coated with ZnO", "carbon paper decorated with Ag"): the design is the two together, not the bare host.
        A feature it is built with ("with a submicron skeleton") names no other part."""
        text = self.sentences[k].text
        end = len(text) if end is None else end
        after = [(start, stop) for start, stop in self._compounds(k) if start >= phrase.end and stop <= end]
        if after:
            start, stop = min(after)
            if BUILT_WITH.match(text[phrase.end:start]):
                return text[phrase.start:stop]
        return phrase.text

    def _compounds(self, k: int) -> list[tuple[int, int]]:
        """Where sentence ``k`` names a material other than lithium or writes a formula."""
        found = [(m.start, m.end) for m in self.paper.mentions[k].materials if m.label != LITHIUM]
        return found + [m.span() for m in FORMULA_TOKEN.finditer(self.sentences[k].text) if is_formula(m.group())]

    def named_material(self, k: int) -> str:
        """The first material or formula sentence ``k`` names other than lithium, for a work no design phrase
        names: what a process made ("atomic layer deposition of 14 nm Al2O3 on Li": Al2O3), an additive
        ("with 10 vol% FEC"), a compound a class is exemplified by ("sulfide glasses such as Li7P3S11"); not one the
        work took out ("replaced ZnO with Ag2S": Ag2S)."""
        text = self.sentences[k].text
        found = [(a, b) for a, b in self._compounds(k) if not REPLACED.search(text, 0, a)]
        return text[slice(*min(found))] if found else ""

    def _named_closed_by(self, k: int, citations: tuple[int, ...]) -> str:
        """The design named in the stretch a sentence's marker closes, when the sentence cites several works
        ("A kept 98%,[41] while B reached 99%.[42]": B is [42]'s; "e.g., A (97%),[47] B (98%)[48]"); "" when
        it cites one."""
        text = self.sentences[k].text
        markers = sorted(self.sentences[k].citations, key=lambda m: m.start)
        if len(markers) < 2:
            return ""
        for before, marker in zip([None, *markers], markers, strict=False):
            if marker.numbers == citations:
                start = before.start if before else 0
                end = marker.start
                if self._leads_its_clause(k, marker):           # "In ref. 44, X ran …, while Y (ref. 45) …"
                    start = marker.start + len(marker.raw)
                    end = brk.start() if (brk := CLAUSE_BREAK.search(text, start)) else len(text)
                elif before is not None and self._leads_its_clause(k, before) and \
                        (brk := CLAUSE_BREAK.search(text, before.start, marker.start)):
                    start = brk.end()
                name = self._one_like_before(k, start, end) or self._named_before(k, start, end) or \
                    self._weak_name(k, start, end)
                return self._in_the_frame_before(k, before.numbers, name) if before is not None else name
        return ""

    def _in_the_frame_before(self, k: int, numbers: tuple[int, ...], item: str) -> str:
        """"Separators coated with boron nitride[50] or aluminium oxide[51]", "a PP separator with Cu particles[30] or
        with graphene oxide[31]": a later item of a list that names only what the first item's design was built with
        is a design of the same frame ("separators coated with aluminium oxide"), not the bare compound."""
        what = re.sub(r"^with\s+", "", item)
        frame = BUILT_FRAME.match(self._named_closed_by(k, numbers))
        if frame is None or not what or len(what.split()) > 3 or \
                any(w.lower() in lexicon_words("heads") for w in what.split()) or \
                not (materials_in(what) or is_formula(what.split()[-1])):
            return item
        return f"{frame.group('frame')} {what}"

    def _leads_its_clause(self, k: int, marker: CitationMarker) -> bool:
        """A work cited in words where its clause opens ("In ref. 44, …"): the clause after it is that work's."""
        text = self.sentences[k].text
        return text.startswith(marker.raw, marker.start) and bool(LEADS_ITS_CLAUSE.search(text, 0, marker.start))

    def _one_like_before(self, k: int, start: int, end: int) -> str:
        """A design named as "a X-coated one" in the stretch a marker closes: the design named before it, with X in place
        of its first modifier when that is of the same kind ("A boehmite-coated PE separator[15] …, and a TiO2-coated
        one[16]": a TiO2-coated PE separator) or a word of a control ("a bare carbon cloth[7] …, its ZnO-coated
        successor[8]": a ZnO-coated carbon cloth), else with X before its head noun."""
        text = self.sentences[k].text
        one = ONE_LIKE.search(text, start, end)
        earlier = self.best_phrase(k, 0, start) if one else None
        if one is None or earlier is None:
            return ""
        first, _, rest = earlier.text.partition(" ")
        modifier = one.group("modifier")
        if rest and ("-" in first and "-" in modifier or has_words("control", first)):     # "a bare carbon cloth"
            return f"{modifier} {rest}"
        return f"{modifier} {earlier.head if earlier.head in earlier.text else earlier.text}"

    def _weak_name(self, k: int, start: int, end: int) -> str:
        """The design phrase of the stretch a marker closes even when it names no material a lexicon knows ("a Li–B
        fibre composite kept 98.5%,[31] and a Li–Mg–Zn alloy …[32]"): the sentence's best phrase would be the next
        work's design, cited to this one. A phrase pointing back ("the former") names nothing here."""
        phrase = self.best_phrase(k, start, end)
        if phrase is None or self.refers_back(k, phrase) or has_words("attribution", phrase.text):
            return ""
        return self.built_with(k, phrase, end)

    def _listed_works(self, figures: Sequence[Figure]) -> dict[int, tuple[int, ...]]:
        """Figures written as a list beside as many works each cited on its own ("CEs of 97% and 98.5% were
        reached by A[24] and B,[25] respectively"; "A[27] and B[28] have run for 1000 and 800 h"): the i-th
        figure is the i-th work's. id(figure) → its work."""
        by_sentence: dict[int, list[Figure]] = {}
        for figure in figures:
            by_sentence.setdefault(figure.sentence, []).append(figure)
        found: dict[int, tuple[int, ...]] = {}
        for k, found_here in by_sentence.items():
            text = self.sentences[k].text
            markers = sorted(self.sentences[k].citations, key=lambda m: m.start)
            if not markers:
                continue
            # "A and B showed 98% and 97%, respectively.[45,46]": one marker naming as many works, in their order
            works = [(n,) for n in markers[0].numbers] if len(markers) == 1 and RESPECTIVELY.search(text) else \
                [m.numbers for m in markers]
            for listed in value_lists(text, found_here):
                if len(listed) < 2 or len(works) < 2:
                    continue
                ahead = [m.numbers for m in markers if m.start <= listed[0].quantity.start]
                paired = ahead if len(ahead) == len(listed) >= 2 else \
                    works if len(works) == len(listed) and RESPECTIVELY.search(text) else []
                for figure, numbers in zip(listed, paired, strict=False):
                    found[id(figure)] = numbers
                if paired and RESPECTIVELY.search(text):
                    # the designs named in turn, before the figures or after them ("98.1% (ref. 12) and 98.8%
                    # (ref. 13) were obtained with A and B, respectively"): the i-th is the i-th work's
                    names = self._names_by_marker(k, paired) if paired is ahead else []
                    names = names or self._coordinated_names(k, len(text))
                    if len(names) == len(paired):
                        self.listed_names.update(zip(paired, names, strict=True))
        return found

    def _names_by_marker(self, k: int, works: Sequence[tuple[int, ...]]) -> list[str]:
        """The design each marker closes when every marker stands after its own design ("coatings of MXene,[17] black
        phosphorus[18] and carbon nitride[19] … 1500, 900 and 700 h, respectively"): the i-th work is named by its own
        stretch, whatever other phrases the sentence holds ("… on polypropylene separators"); [] when a stretch names
        no design of its own ("Okoro et al.[65] and Lund et al.[66] reported … for A and B, respectively")."""
        markers = sorted(self.sentences[k].citations, key=lambda m: m.start)
        starts = [0, *(m.start for m in markers)]
        names = []
        for numbers in works:
            at = next(i for i, m in enumerate(markers) if m.numbers == numbers)
            names.append(self._named_closed_by(k, numbers) or self._short_item(k, starts[at], markers[at].start))
        return names if all(names) else []

    def _short_item(self, k: int, start: int, end: int) -> str:
        """The words a marker closes when they are a short item of a list of works ("…,[17] black phosphorus[18] and
        …"), a name no lexicon knows; "" for makers ("Okoro et al.") or a clause with a figure."""
        text = self.sentences[k].text
        item = ITEM_OPENER.sub("", re.sub(r"^[\s,;]*(?:and|or|as well as)?\s*|[\s,.;:]+$", "", text[start:end]))
        if not item or len(item.split()) > SHORT_LABEL_WORDS // 2 or has_words("attribution", item) or \
                any(start <= q.start < end for q in self.paper.mentions[k].quantities):
            return ""
        return item

    def _one_works_lists(self, figures: Sequence[Figure]) -> None:
        """Figures listed with "respectively" in a sentence that cites one work, paired with the designs (and
        controls) it names in turn; the pairing, not a control word before the list, says whose each figure is."""
        for k in sorted({f.sentence for f in figures}):
            markers = self.sentences[k].citations
            if len(markers) != 1 or len(markers[0].numbers) != 1 or not RESPECTIVELY.search(self.sentences[k].text):
                continue
            for listed in value_lists(self.sentences[k].text, [f for f in figures if f.sentence == k]):
                if len(listed) >= 2:
                    self._pair_designs_of_one_work(k, listed)

    def _pair_designs_of_one_work(self, k: int, listed: Sequence[Figure]) -> None:
        """One work that made several designs, its figures listed in their order ("A, B and C were compared by X et
        al., who found 12, 18 and 8 mV, respectively.[34]"): the i-th figure is the i-th design's, all cited to it."""
        names = self._coordinated_names(k, listed[0].quantity.start)
        if len(names) != len(listed):       # "The Pt-seeded Cu and bare Cu electrodes … 6 and 38 mV, respectively"
            names = self._coordinated_names(k, listed[0].quantity.start, controls=True)
        if len(names) == len(listed):
            for place, (figure, name) in enumerate(zip(listed, names, strict=True)):
                self.listed_designs[id(figure)] = (name, place)

    def _listed_design(self, citations: tuple[int, ...], figure: Figure) -> Draft:
        """The node of a design a work's list names: the work's own node for the first, one of its own for the rest."""
        name, place = self.listed_designs[id(figure)]
        key = f"ref-{citations[0]}-control-{slug(name)}" if has_words("control", name) else \
            f"ref-{citations[0]}" if place == 0 else f"ref-{citations[0]}-{slug(name)}"
        return self._named_node(key, name, figure.sentence, citations)

    def _named_node(self, key: str, label: str, k: int, citations: tuple[int, ...]) -> Draft:
        """Node ``key`` of a design sentence ``k`` names as ``label``, made on first use."""
        if key not in self.drafts:
            draft = Draft(key=key, label=label, section=self.section_of(k), passage=self.described(k),
                          citations=citations)
            draft.materials |= materials_in(label)
            draft.mentions.append(label)
            self.drafts[key] = draft
        return self.drafts[key]

    def _coordinated_names(self, k: int, end: int, controls: bool = False) -> list[str]:
        """The designs a sentence names in turn before ``end`` ("A nitrided Ti foam and a phosphated Ni foam
        showed …"), an elided head given back to each ("Au- and Ag-seeded Cu meshes", "Au-seeded and
        Ag-seeded Cu meshes": each a Cu mesh of its own seed); with ``controls``, the controls named among them too."""
        text = self.sentences[k].text
        among = SET_OPENER.match(text)          # "Among the alloy skeletons, A, B and C …": the set is no item
        phrases = [p for p in self.paper.mentions[k].phrases if p.end <= end and (controls or not has_words("control", p.text))
                   and not has_words("attribution", p.text) and not (among and p.start < among.end())]
        if len(phrases) != 1:
            return [p.text for p in phrases]
        phrase = phrases[0]
        first, _, rest = phrase.text.partition(" ")
        elided = ELIDED.search(text, 0, phrase.start)
        if not rest or elided is None:
            return [phrase.text]
        modifiers = [m for m in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", elided.group("items")) if m]
        suffix = first[first.rfind("-"):] if "-" in first else ""
        return [f"{m.rstrip('-')}{suffix if m.endswith('-') else ''} {rest}" for m in modifiers] + [phrase.text]

    def _shared_conditions(self, figures: Sequence[Figure], listed: dict[int, tuple[int, ...]]) -> dict[int, list[tuple[int, ...]]]:
        """A test condition stated once after figures listed for several works ("A[64] and B[65] ran for 800 and
        500 h, respectively, at 1 mA cm−2"): every listed work was tested so. id(condition) → those works."""
        shared: dict[int, list[tuple[int, ...]]] = {}
        for figure in figures:
            if figure.prop.role != local_name(AKG.TestCondition) or id(figure) in listed:
                continue
            works = [(f.quantity.end, listed[id(f)]) for f in figures if f.sentence == figure.sentence and id(f) in listed]
            if len({w for _, w in works}) >= 2 and all(end <= figure.quantity.start for end, _ in works):
                shared[id(figure)] = [w for _, w in works]
            elif SAME_BEFORE.search(self.sentences[figure.sentence].text, 0, figure.quantity.start):
                # "Where A lasted 300 h [7], B lasted 1100 h [8] at the same 1 mA cm−2": both works ran at it
                shared[id(figure)] = [m.numbers for m in self.sentences[figure.sentence].citations
                                      if m.start <= figure.quantity.start and len(m.numbers) < GENERIC_MARKER]
            elif later := self._run_the_same_way(figure):
                shared[id(figure)] = later
        return shared

    def _run_the_same_way(self, condition: Figure) -> list[tuple[int, ...]]:
        """"A lasted 900 h at 2 mA cm−2,[28] and B lasted 1100 h under the same conditions.[29]": the works a later
        clause of the sentence says were tested as the one before, each by the marker nearest its saying so."""
        sentence = self.sentences[condition.sentence]
        own, _ = self.citation(condition.sentence, condition.quantity.end)
        found = []
        for same in SAME_CONDITIONS_SAID.finditer(sentence.text, condition.quantity.end):
            markers = [m for m in sentence.citations if m.start > condition.quantity.end and m.numbers != own
                       and len(m.numbers) < GENERIC_MARKER]
            if markers:
                found.append(min(markers, key=lambda m: abs(m.start - same.start())).numbers)
        return found

    def link(self, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
        """Each figure on the work it cites; works cited for a named design get a node too, and what a work was
        compared with gets one of its own when the sentence names it."""
        measurements = []
        figures = [replace(f, baseline=False) if f.baseline and (self._back_to_its_subject(f) or self._compared_work(f))
                   else f for f in figures]
        self._one_works_lists(figures)
        for figure in figures:
            anchor = figure if figure.baseline else self._baseline_beside(figure, figures)
            if anchor is not None and id(figure) not in self.listed_designs and (found := self.control_of(anchor)):
                measurements.append(measurement(self.paper, figure, found.key, found.citations))
        figures = [f for f in figures if id(f) in self.listed_designs
                   or not f.baseline and self._baseline_beside(f, figures) is None]
        listed = self._listed_works(figures)
        shared = self._shared_conditions(figures, listed)
        for figure in figures:
            citations, opening = self.citation(figure.sentence, figure.quantity.end)
            if id(figure) in listed:
                citations, opening = listed[id(figure)], figure.sentence
            if not citations:
                measurements.extend(self._of_each_row(figure, figures))
                continue
            if len(citations) >= GENERIC_MARKER:
                continue
            if id(figure) in self.listed_designs:
                measurements.append(measurement(self.paper, figure, self._listed_design(citations, figure).key, citations))
                continue
            named_with = self._named_together(figure, citations) if id(figure) not in listed else []
            for works in dict.fromkeys([citations, *shared.get(id(figure), ()), *named_with]):
                draft = self.draft_for(works, figure.sentence, opening if works == citations else figure.sentence)
                measurements.append(measurement(self.paper, figure, draft.key, works))
        self.cited_designs()
        return [d.record() for d in self.drafts.values()], measurements

    def _of_each_row(self, figure: Figure, figures: Sequence[Figure]) -> list[Measurement]:
        """A test condition a table's caption states ("Table 2. Hosts tested at 1 mA cm−2"): each row's work was
        tested so, but a row that gives that property a figure of its own."""
        if figure.prop.role != local_name(AKG.TestCondition):
            return []
        found = []
        for j in self.paper.captioned_rows(figure.sentence):
            works = self.sentences[j].cited_numbers
            if works and len(works) < GENERIC_MARKER and \
                    not any(f.sentence == j and f.prop.iri == figure.prop.iri for f in figures):
                found.append(measurement(self.paper, figure, self.draft_for(works, j, j).key, works))
        return found

    def _named_together(self, figure: Figure, citations: tuple[int, ...]) -> list[tuple[int, ...]]:
        """The other works of a subject that names several designs together, each with its own marker, before one
        figure ("Both A[24] and B[25] films lasted 600 h", "A,[24] B[26] and C[25] …", and the condition after it in
        the same clause, "… lasted 600 h at 1 mA cm−2"): each reports it. Not when a figure stands between the markers
        (each work its own), nor after a
        comparison or a contrast ("Unlike A,[24] B[25] …"), nor for figures listed "respectively", nor when the
        figure is another work's ("Building on Tamsin[31] and Orrell,[32] Vakili et al. designed X that kept 99%.[33]": the
        two works named are what the third built on)."""
        k = figure.sentence
        text = self.sentences[k].text
        before = sorted((m for m in self.sentences[k].citations if m.start < figure.quantity.start), key=lambda m: m.start)
        if len(before) < 2 or RESPECTIVELY.search(text) or \
                any(before[0].start < q.start < before[-1].start for q in self.paper.mentions[k].quantities) or \
                CLAUSE_BREAK.search(text, before[-1].start, figure.quantity.start):
            return []
        run = [before[-1]]
        for marker in reversed(before[:-1]):
            join = COORDINATED.fullmatch(text, marker.start, run[0].start)
            if join is None or len(run) == 1 and not join.group("last"):
                break
            run.insert(0, marker)
        opened = text[:run[0].start]
        if len(run) < 2 or run[-1].numbers != citations or COMPARED_ITEM.search(opened) or re.search(r"\b(?:unlike|than|versus|vs\.)\b", opened, re.I):
            return []
        return [m.numbers for m in run[:-1] if len(m.numbers) < GENERIC_MARKER]

    def _back_to_its_subject(self, figure: Figure) -> bool:
        """A figure after a comparison whose predicate has turned back to the sentence's subject ("X gave a 3-fold
        longer lifespan than bare Li and reached 700 h"): "and" then a verb, not a name ("and coated Li"), between
        the last baseline word and the figure."""
        k = figure.sentence
        text = self.sentences[k].text
        word = last_word_at("baseline", text[:figure.quantity.start])
        turn = next((m for m in AND_VERB.finditer(text, max(word, 0), figure.quantity.start)), None)
        if word < 0 or turn is None:
            return False
        phrases = self.paper.mentions[k].phrases
        if turn.group("verb"):
            return not any(p.start == turn.start("verb") for p in phrases)
        # ", and the film held …": a clause of its own, the design's unless a control word names its subject
        return not any(turn.end() <= p.start and p.end <= figure.quantity.start and has_words("control", p.text)
                       for p in phrases)

    def _baseline_beside(self, figure: Figure, figures: Sequence[Figure]) -> Figure | None:
        """The control's figure in the brackets that also hold ``figure`` ("planar Cu (CE below 90% after 40
        cycles)": 40 cycles is the control's too), or the one right before it that it qualifies ("whereas that of
        bare Cu fell to 81% within 90 cycles"), or None."""
        if figure.baseline:
            return None
        text = self.sentences[figure.sentence].text
        before = [f for f in figures if f.sentence == figure.sentence and f.quantity.end <= figure.quantity.start]
        last = max(before, key=lambda f: f.quantity.end, default=None)
        if last is not None and last.baseline and BASELINE_QUALIFIED.fullmatch(text, last.quantity.end, figure.quantity.start):
            return last
        opened = text.rfind("(", 0, figure.quantity.start)
        closed = text.find(")", figure.quantity.end)
        if opened < 0 or closed < 0 or ")" in text[opened:figure.quantity.start]:
            return None
        return next((f for f in figures if f.baseline and f.sentence == figure.sentence
                     and opened < f.quantity.start and f.quantity.end <= closed), None)

    def _compared_phrase(self, figure: Figure) -> Mention | None:
        """The phrase beside a baseline figure, between the figures either side of it, that a control word names or a
        comparison opens, nearest first; None when there is none."""
        k = figure.sentence
        text = self.sentences[k].text
        quantities = self.paper.mentions[k].quantities
        start = max((q.end for q in quantities if q.end <= figure.quantity.start), default=0)
        end = min((q.start for q in quantities if q.start >= figure.quantity.end), default=len(text))
        controls = [p for p in self.paper.mentions[k].phrases if start <= p.start and p.end <= end
                    and (has_words("control", p.text) or COMPARED_BEFORE.search(text, 0, p.start))]
        return min(controls, key=lambda p: min(abs(p.start - figure.quantity.end), abs(figure.quantity.start - p.end)),
                   default=None)

    def _compared_work(self, figure: Figure) -> bool:
        """A baseline figure of a design another work made ("Compared with the Cu foam of ref. 46, which failed after
        90 cycles, …", "Compared with a Cu foam (90 cycles),[46] …"): the compared phrase carries a marker of its own,
        so it is that work's design, no control."""
        phrase = self._compared_phrase(figure)
        text = self.sentences[figure.sentence].text
        return phrase is not None and any(
            m.start >= phrase.end and MARKED_RIGHT_AFTER.fullmatch(text[phrase.end:m.start])
            for m in self.sentences[figure.sentence].citations)

    def control_of(self, figure: Figure) -> Draft | None:
        """The node of what a cited work was compared with, for a figure stated for it ("5 mV for Au versus 40 mV
        for bare Cu was reported by …[12]": bare Cu, cited to [12]); None when the sentence names none."""
        k = figure.sentence
        citations, _ = self.citation(k, figure.quantity.end)
        phrase = self._compared_phrase(figure)
        if not citations or len(citations) >= GENERIC_MARKER or phrase is None or self._after_the_works_marker(figure):
            return None
        return self._named_node(f"ref-{citations[0]}-control-{slug(phrase.text)}", phrase.text, k, citations)

    def _after_the_works_marker(self, figure: Figure) -> bool:
        """"X reached 20 mV after 100 cycles[45], compared with 40 mV for bare Cu": the work's marker closed the clause
        of its own figure, and the comparison follows with no marker of its own, so the review sets the baseline
        beside the work; the baseline's figure is no figure of that work."""
        k = figure.sentence
        markers = self.sentences[k].citations
        if any(m.start >= figure.quantity.end for m in markers):
            return False
        quantities = self.paper.mentions[k].quantities
        return any(q.end <= m.start for m in markers if m.start < figure.quantity.start for q in quantities)

    def cited_designs(self) -> None:
        """Works a classified section cites for a named design, even without a figure ('LiI additive [103]').

        A review whose headings name no class has every body paragraph read this way."""
        for k, s in enumerate(self.sentences):
            if s.kind != BlockKind.BODY:
                continue
            previous = 0
            framing = not s.section or any(has_words("intro_sections", h) or has_words("closing_sections", h)
                                           for h in s.section)        # before any heading: the framing too
            for marker in sorted(s.citations, key=lambda m: m.start):
                start, end = previous, marker.start
                previous = marker.start
                if len(marker.numbers) >= GENERIC_MARKER or f"ref-{marker.numbers[0]}" in self.drafts:
                    continue
                label = self._named_before(k, start, end)
                if label and (names_one_design(label) or not framing and not _kind_word(label)):
                    self._named_node(f"ref-{marker.numbers[0]}", label, k, marker.numbers)

    def _names_in(self, k: int, start: int, end: int) -> bool:
        """Whether sentence ``k`` names a design or a compound between ``start`` and ``end``."""
        return any(start <= p.start and p.end <= end for p in self.paper.mentions[k].phrases) or \
            any(start <= a and b <= end for a, b in self._compounds(k))

    def _compound_of_clause(self, k: int, item: str, start: int) -> str:
        """The compound an item names when the item is a clause about it, not a name ("while LiF offers the
        widest window (6.4 V)": LiF): no design phrase in it, and words beyond the compound that no name holds."""
        at = self.sentences[k].text.find(item, start)
        end = at + len(item)
        if at < 0 or any(at <= p.start and p.end <= end for p in self.paper.mentions[k].phrases):
            return ""
        inside = [(a, b) for a, b in self._compounds(k) if at <= a and b <= end]
        if not inside:
            return ""
        a, b = min(inside)
        rest = self.sentences[k].text[at:a] + " " + self.sentences[k].text[b:end]
        return self.sentences[k].text[a:b] if len(rest.split()) >= 3 else ""

    def _object_of_lead_in(self, k: int, item: str, start: int) -> str:
        """An item that opens on words naming no design and a verb before an article ("Other groups reported a Sn-plated
        Cu foam", "Later work used the …"): the design phrase after the article, which the lead-in only introduces. A
        preposition before the article ("a Ni foam with a ZnO layer") keeps the item whole."""
        text = self.sentences[k].text
        at = text.find(item, start)
        article = None if at < 0 else next(reversed(list(LEAD_IN_ARTICLE.finditer(item))), None)
        if article is None or article.group("word").lower() in PREPOSITIONS | {"and", "or"} or \
                self._names_in(k, at, at + article.start()):
            return item
        if not any(p.start == at + article.end() for p in self.paper.mentions[k].phrases):
            return item
        return item[article.end():]

    def _owner_of_a_figure(self, k: int, start: int, end: int) -> list[int]:
        """Where the design that owns a figure starts, when the stretch a marker closes ends on it ("… improved on the
        650 h of an earlier fibre mat[10]": the mat, not the sentence's subject), as an offset into the stretch; the
        owner is a design phrase after "of" that runs to the marker, with no figure of its own ("40% of its capacity
        after 300 cycles[5]" names no owner)."""
        mentions = self.paper.mentions[k]
        cuts = []
        for q in mentions.quantities:
            if start <= q.start and q.end <= end and (of := OWNED_BY.match(self.sentences[k].text, q.end)) and \
                    not any(of.end() <= o.start < end for o in mentions.quantities) and \
                    any(of.end() <= p.start and p.end == end for p in mentions.phrases):
                cuts.append(of.end() - start)
        return cuts

    def _named_before(self, k: int, start: int, end: int) -> str:
        """The design a marker closes: an item of a list ('additives (e.g. LiI,[103] …') or the best
        phrase of its clause, else of the sentence that opened the passage."""
        text = self.sentences[k].text
        end = start + len(text[start:end].rstrip(" ,;:"))     # "… that ran for 800 h;[71]": the marker after a stop
        segment = text[start:end]
        # a stop that opens a list cuts the item from what came before, unless only figures follow it ("B: an
        # overpotential of 17 mV"): then the item is what the stop closes
        cuts = [segment.rfind(c) + len(c) for c in (";", ":") if c in segment
                and self._names_in(k, start + segment.rfind(c), end)]
        cuts += [m.end() for m in EXAMPLES.finditer(segment)]
        if among := SET_OPENER.match(segment):
            cuts.append(among.end())        # "Among the oxide coatings, MgO offers …": MgO, not the set it is among
        if aside := CITED_ASIDE.match(segment):
            cuts.append(aside.end())        # "ref. 46, which failed after 90 cycles, the Ni foam of ref. 47": the Ni foam
        opened = segment.rfind("(")
        if opened >= 0 and ")" not in segment[opened:]:
            cuts.append(opened + 1)
        cuts += self._owner_of_a_figure(k, start, end)
        if cuts:
            start, segment = start + max(cuts), segment[max(cuts):]
        item = re.sub(r"^[\s,.]*(?:and|or|as well as)?\s*|[\s,.;]+$", "", segment)
        item = FIGURES_AFTER.sub("", item)          # "Cu3N (98.2%, 100 cycles)": the figures, not the name
        item = CLAUSE_AFTER.sub("", item)           # "X that ran for 800 h", "X with a CE of 97%": what X did
        item = ITEM_OPENER.sub("", item)            # "Recently, a …", "a Ni foam": no part of the name
        item = COMPARED_ITEM.sub("", item)          # "Compared with the Cu foam of ref. 46": the Cu foam
        item = self._object_of_lead_in(k, item, start)  # "Other groups reported a Sn-plated Cu foam": the foam
        listed = bool(EXAMPLES.search(text, 0, end)) and len(item.split()) <= 4
        mentions = self.paper.mentions[k]
        named = listed or self.intro[k] and bool(mentions.phrases) or \
            any(start <= m.start and m.end <= end and phrase_score(m) >= 2 for m in mentions.phrases) \
            or any(start <= a and b <= end for a, b in self._compounds(k))
        at = text.find(item, start)
        clause = not listed and (re.search(r"\b(?:is|are|was|were|has|have|had)\b", item) or   # "X was also used"
                                 any(at <= q.start < at + len(item) for q in mentions.quantities))  # "X ran for 610 h"
        if named and len(item.split()) <= SHORT_LABEL_WORDS and not has_words("attribution", item) and not clause:
            return self._compound_of_clause(k, item, start) or item
        phrase = self.best_phrase(k, start, end) if named else None
        if phrase is not None:
            return self.built_with(k, phrase, end)
        opening = self._opening(k) if self.intro[k] is False else k
        phrase = self.best_phrase(opening) if opening != k else None
        return self.built_with(opening, phrase) if phrase else ""
