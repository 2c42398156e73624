"""Tie each figure to its structure and its citation, and build the Structure and Measurement records.

Reviews describe other people's work, one study after another: "Cui and co-workers designed X
(Figure 3b). Such X showed 98% … for 300 cycles.[56]". A figure belongs to the cited work, found
in this order: a marker in its own sentence; the marker of the sentence that opened the passage
about the work ("… and co-workers", "…'s group", "… et al."); a later marker in the same passage
that continues it ("They…", "Such…", or sharing its distinctive words); the caption of the figure
panel the passage points to. Each cited work is one structure, classed by its section.

Research papers report their own designs: defined with an abbreviation ("… separator (PCELS)"),
compared with controls ("the PP cell"). A figure belongs to the design its sentence names
("respectively" lists are paired in order; otherwise the nearest name before the figure, or the
first after it), else to the paragraph's topic, else to the paper's main design. Own results
carry no citation; a sentence that cites another work gives its figures to that work.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from pipeline.classify import classify, classify_by_section
from pipeline.mentions import Figure, Mention, Paper, generic_heads, has_words, word_before
from pipeline.nlp.patterns import material_alias_index, structure_words
from pipeline.ontology import structure_classes
from pipeline.records import BlockKind, Classification, Measurement, Sentence, Structure

LITHIUM = "Li"                # the metal every anode paper names; alone it does not name a design
MAX_LABEL = 90              # characters of a readable structure label
GENERIC_MARKER = 3          # a marker with this many works backs a general statement, not one design's figure
SHORT_LABEL_WORDS = 8
MAX_REACH = 8               # sentences a review passage may run beyond its paragraph
DISTINCTIVE_SHARE = 0.08    # a word in at most this share of paragraphs (and ≥ 2) is distinctive
WORD = re.compile(r"[A-Za-z][A-Za-z0-9+]*")
FIGURE_REF = re.compile(r"\bFig(?:ure|s|\.)?s?\.?\s*(?P<n>\d+)\s*(?P<panels>[a-h](?:\s*[,–-]\s*[a-h])*)?\b")
PANEL = re.compile(r"(?:^|[\s.;(])(?P<panels>[a-h](?:\s*[,–-]\s*[a-h])*)\)")
COMPOUND = re.compile(r"(?<![\w/@|–-])[A-Za-z0-9()+]+(?:[/@–-][A-Za-z0-9()+]+)+(?![\w/@|–-])")
NAME_TOKEN = re.compile(r"(?![\w().+]*[a-z]{4})(?:(?=\w*[A-Z]\w*[A-Z0-9])[A-Za-z0-9()+.]{2,}|[A-Z][a-z]?\d[\w.]*)")
OWNER_GAP = re.compile(r"^\s*\)?\s*(?:for|of|on|in|with|by|using)\s+(?:the\s+|a\s+|an\s+)?$")
ELEMENT_PART = re.compile(r"[A-Z][a-z]?\d*|\d+|[xyz]")
STOP_WORDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "by", "for", "with", "into", "onto", "from", "to", "as", "via", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "which", "who", "that", "this", "these", "those", "such", "its", "their", "our", "it", "they", "we", "he", "she", "also", "than", "then", "there", "here", "when", "while", "where", "both", "each", "other", "another", "more", "most", "very", "much", "many", "some", "any", "all", "only", "not", "no", "so", "thus", "hence", "therefore", "however", "moreover", "furthermore", "besides", "due", "because", "since", "after", "before", "during", "over", "under", "between", "through", "within", "without", "about", "above", "below", "up", "down", "out", "off", "figure", "fig", "reproduced", "permission", "copyright"])


def _balanced(name: str) -> str:
    """'PANI-S/SWNT)' → 'PANI-S/SWNT': a bracket the name does not open or close is not part of it."""
    while name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1]
    while name.startswith("(") and name.count("(") > name.count(")"):
        name = name[1:]
    return name


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "structure"


def _stem(word: str) -> str:
    """A crude stem: the first five letters ('layered' and 'layer' agree; 'nanosphere(s)' too)."""
    return word.lower()[:5]


def _panels(text: str) -> list[str]:
    """'a,b' → ['a', 'b']; 'a–c' → ['a', 'b', 'c']."""
    letters: list[str] = []
    for part in re.split(r"\s*,\s*", text):
        ends = re.split(r"\s*[–-]\s*", part)
        if len(ends) == 2 and len(ends[0]) == 1 and len(ends[1]) == 1:
            letters.extend(chr(c) for c in range(ord(ends[0]), ord(ends[1]) + 1))
        else:
            letters.extend(e for e in ends if e)
    return letters


@dataclass
class Draft:
    """A structure being assembled from its mentions."""

    key: str
    label: str
    section: tuple[str, ...] = ()
    passage: str = ""
    citations: tuple[int, ...] = ()
    own: bool = False
    materials: set[str] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)

    def record(self) -> Structure:
        cls = classify(self.section, self.passage, self.label) or _default_class()
        return Structure(key=self.key, label=self.label, classification=cls, materials=tuple(sorted(self.materials)),
                         citations=self.citations, own_result=self.own,
                         mentions=tuple(dict.fromkeys(m for m in self.mentions if m)))


@cache
def _class_cue_words() -> frozenset[str]:
    return frozenset(c.lower() for cls in structure_classes().values() for c in cls.cues)


def _phrase_score(phrase: Mention) -> int:
    """How well a phrase names a design: a material other than lithium or a formula-like name (4),
    a specific head noun (2), any modifier (1)."""
    names = [w for w in re.split(r"[\s/]+", phrase.text) if NAME_TOKEN.fullmatch(w) and w.lower() not in _class_cue_words()]
    named = bool(materials_in(phrase.text) - {LITHIUM}) or bool(names)
    specific = phrase.head not in generic_heads() and LITHIUM not in materials_in(phrase.head)
    modified = len(phrase.text.split()) > 1
    return 4 * named + 2 * specific + modified


def _default_class() -> Classification:
    top = next(c for c in structure_classes().values() if c.parent is None)
    return Classification(top.iri, None, "no heading or cue word decides; first top class")


def materials_in(text: str) -> set[str]:
    index = material_alias_index()
    found = set()
    for alias, name in index.items():
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(alias)}(?![A-Za-z0-9])", text,
                     0 if re.search(r"[A-Z\d]", alias) else re.I):
            found.add(name)
    return found


class Linker:
    """Shared by both kinds of paper: sentence helpers and the record builders."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.drafts: dict[str, Draft] = {}

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.paper.sentences

    def best_phrase(self, k: int, start: int = 0, end: int | None = None) -> Mention | None:
        """The design phrase that names a structure best, earliest among equals: one with a material
        other than lithium itself (or a formula) first, then one with a specific head noun, then one
        with any modifier."""
        end = len(self.sentences[k].text) if end is None else end
        phrases = [p for p in self.paper.mentions[k].phrases if start <= p.start and p.end <= end]
        if not phrases:
            return None
        return max(phrases, key=lambda p: (_phrase_score(p), -p.start))

    def measurement(self, figure: Figure, key: str, citations: tuple[int, ...]) -> Measurement:
        q = figure.quantity
        return Measurement(structure=key, property=figure.prop.iri, value=figure.value, unit=figure.prop.unit,
                           qualifier=q.qualifier, citations=citations, source=self.sentences[figure.sentence],
                           raw=q.text)

    def structures(self) -> list[Structure]:
        return [d.record() for d in self.drafts.values()]

    def link(self, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
        raise NotImplementedError


class ReviewLinker(Linker):
    """A review: every figure belongs to the work it cites."""

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
        return bool(re.match(r"\s*(?:they|it|this|these|such|its|their|the authors)\b", text, re.I)) or \
            bool(re.search(r"\b(?:such|these|this)\s+(?:[\w-]+\s+){0,4}", text, re.I) and has_words("anaphora", text))

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
                head = re.match(r"\s*Fig(?:ure|\.)?\s*(\d+)", s.text)
                if head:
                    number = head.group(1)
            events = [(m.start("panels"), "panel", _panels(m.group("panels"))) for m in PANEL.finditer(s.text)]
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

    def caption_citation(self, k: int) -> tuple[int, ...]:
        for match in FIGURE_REF.finditer(self.sentences[k].text):
            for panel in _panels(match.group("panels") or "") or ["*"]:
                found = self.captions.get((match.group("n"), panel)) or self.captions.get((match.group("n"), "*"))
                if found:
                    return found
        return ()

    def _marker_for(self, k: int, position: int) -> tuple[int, ...]:
        """The marker of sentence ``k`` that closes the clause at ``position`` (or the last before it)."""
        markers = self.sentences[k].citations
        after = [m for m in markers if m.start >= position]
        chosen = min(after, key=lambda m: m.start) if after else max(markers, key=lambda m: m.start)
        return chosen.numbers

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
        if sentences[k].citations:
            return self._marker_for(k, position), self._opening(k)
        opening: int | None = k if self.intro[k] else None
        between: list[int] = []
        if opening is None:
            for j, inside in self.passage(k, -1):
                if self.intro[j]:
                    opening = j if inside or not between or self.overlap(j, k) else None
                    break
                if sentences[j].citations and (inside or self.overlap(j, k)):
                    between.append(j)
        if opening is not None and opening != k and sentences[opening].citations and \
                (not between or self.overlap(opening, k)):
            return sentences[opening].cited_numbers, opening
        for j in between:
            if self.overlap(j, k):
                return sentences[j].cited_numbers, j
        if between:
            return sentences[between[0]].cited_numbers, between[0]
        for j, _ in self.passage(k, 1):
            if self.intro[j]:
                break
            if sentences[j].citations and (self.continues(j) or self.overlap(j, k)):
                return self._marker_for(j, 0), opening if opening is not None else k
        for j in (k, opening):
            if j is not None and (found := self.caption_citation(j)):
                return found, j
        return (), k

    def _opening(self, k: int) -> int:
        if self.intro[k]:
            return k
        marked = False
        for j, inside in self.passage(k, -1):
            if self.intro[j]:
                return j if inside or not marked or self.overlap(j, k) else k
            marked = marked or bool(self.sentences[j].citations)
        return k

    def draft_for(self, citations: tuple[int, ...], k: int, opening: int) -> Draft:
        key = f"ref-{citations[0]}"
        draft = self.drafts.get(key)
        if draft is None:
            phrase = self.best_phrase(opening) or self.best_phrase(k)
            label = phrase.text if phrase else self.sentences[opening].text[:80]
            passage = " ".join(self.sentences[j].text for j in {opening, k})
            draft = Draft(key=key, label=label, section=self.sentences[k].section, passage=passage,
                          citations=citations)
            draft.materials |= materials_in(label)
            self.drafts[key] = draft
        draft.mentions.append(draft.label)
        return draft

    def link(self, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
        measurements = []
        for figure in figures:
            citations, opening = self.citation(figure.sentence, figure.quantity.end)
            if not citations or len(citations) >= GENERIC_MARKER:
                continue
            draft = self.draft_for(citations, figure.sentence, opening)
            measurements.append(self.measurement(figure, draft.key, citations))
        self.cited_designs()
        return self.structures(), measurements

    def cited_designs(self) -> None:
        """Works a classified section cites for a named design, even without a figure ('LiI additive [103]').

        A review whose headings name no class has every body paragraph read this way."""
        any_classified = any(classify_by_section(s.section) is not None for s in self.sentences)
        for k, s in enumerate(self.sentences):
            if s.kind != BlockKind.BODY or any_classified and classify_by_section(s.section) is None:
                continue
            previous = 0
            for marker in sorted(s.citations, key=lambda m: m.start):
                start, end = previous, marker.start
                previous = marker.start
                if len(marker.numbers) >= GENERIC_MARKER or f"ref-{marker.numbers[0]}" in self.drafts:
                    continue
                label = self._named_before(k, start, end)
                if label:
                    draft = Draft(key=f"ref-{marker.numbers[0]}", label=label, section=s.section,
                                  passage=s.text, citations=marker.numbers)
                    draft.materials |= materials_in(label)
                    draft.mentions.append(label)
                    self.drafts[draft.key] = draft

    def _named_before(self, k: int, start: int, end: int) -> str:
        """The design a marker closes: an item of a list ('additives (e.g. LiI,[103] …') or the best
        phrase of its clause, else of the sentence that opened the passage."""
        text = self.sentences[k].text
        segment = text[start:end]
        cuts = [segment.rfind(c) + len(c) for c in ("e.g.", "such as", "including", ";", ":") if c in segment]
        opened = segment.rfind("(")
        if opened >= 0 and ")" not in segment[opened:]:
            cuts.append(opened + 1)
        if cuts:
            start, segment = start + max(cuts), segment[max(cuts):]
        item = re.sub(r"^[\s,.]*(?:and|or|as well as)?\s*|[\s,.;]+$", "", segment)
        listed = bool(re.search(r"\b(?:e\.g\.|such as|including)", text[:end])) and len(item.split()) <= 4
        mentions = self.paper.mentions[k]
        named = listed or self.intro[k] and bool(mentions.phrases) or \
            any(start <= m.start and m.end <= end and _phrase_score(m) >= 2 for m in mentions.phrases) \
            or any(start <= m.start and m.end <= end and m.label != LITHIUM for m in mentions.materials)
        if named and len(item.split()) <= SHORT_LABEL_WORDS and not has_words("attribution", item):
            return item
        phrase = self.best_phrase(k, start, end) if named else None
        if phrase is None and self.intro[k] is False:
            opening = self._opening(k)
            phrase = self.best_phrase(opening) if opening != k else None
        return phrase.text if phrase else ""


@dataclass(frozen=True, slots=True)
class Design:
    """A research paper's own design or control, as the paper names it."""

    short: str
    long: str
    first: int                                  # sentence index of its definition

    @property
    def key(self) -> str:
        return f"own-{slug(self.short)}"


class ResearchLinker(Linker):
    """A research paper: figures belong to its own designs and controls unless a sentence cites."""

    @cached_property
    def designs(self) -> dict[str, Design]:
        found: dict[str, Design] = {}
        class_cues = {c.lower() for cls in structure_classes().values() for c in cls.cues}
        for k, mentions in enumerate(self.paper.mentions):
            for abbreviation in mentions.abbreviations:
                short, long = abbreviation.label, abbreviation.text
                if len(short) < 2 or short.lower() in class_cues or not self._names_design(k, abbreviation):
                    continue
                if self._names_cells(short):
                    continue
                if short not in found or len(long) > len(found[short].long):
                    found[short] = Design(short, long, found[short].first if short in found else k)
        return found

    def _names_cells(self, short: str) -> bool:
        """'Li-S' in 'Li-S batteries', 'Li-S cells': a short form mostly used for a kind of cell."""
        after = [s.text[m.end():m.end() + 16] for s in self.sentences
                 for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", s.text)]
        return bool(after) and sum(has_words("cell_words", a) for a in after) * 2 > len(after)

    @cached_property
    def long_forms(self) -> dict[str, Design]:
        """A design's long form, lower case → the design ('Si-Ti-Ni' → STN)."""
        return {d.long.lower(): d for d in self.designs.values()}

    def _names_design(self, k: int, abbreviation: Mention) -> bool:
        """A long form that ends in a design's head noun, or names a material."""
        mentions = self.paper.mentions[k]
        last = abbreviation.text.split()[-1].lower() if abbreviation.text.split() else ""
        heads = {p.head for p in mentions.phrases if p.end == abbreviation.end}
        material = any(m.start >= abbreviation.start and m.end <= abbreviation.end for m in mentions.materials)
        if has_words("cell_words", abbreviation.text) or has_words("cathode", abbreviation.text):
            return False
        formula = bool(COMPOUND.fullmatch(abbreviation.text) or NAME_TOKEN.fullmatch(abbreviation.text)
                       or materials_in(abbreviation.text) - {LITHIUM})
        return bool(heads) and last not in generic_heads() or material or formula

    @cached_property
    def named(self) -> list[list[tuple[int, int, str, str]]]:
        """(start, end, key, label) of every design or control each sentence names, left to right."""
        return [self._names(k) for k in range(len(self.sentences))]

    def names(self, k: int) -> list[tuple[int, int, str, str]]:
        return self.named[k]

    @cached_property
    def labels(self) -> dict[str, str]:
        """key → the phrase the paper uses most for that structure (the longer of equals)."""
        seen: dict[str, Counter[str]] = {}
        for names in self.named:
            for _, _, key, label in names:
                if len(label) <= MAX_LABEL:
                    seen.setdefault(key, Counter())[label] += 1
        best = {key: max(counts, key=lambda label: (counts[label], len(label))) for key, counts in seen.items()}
        for design in self.designs.values():
            best[design.key] = self.design_label(design)
        return best

    @cached_property
    def counts(self) -> Counter[str]:
        return Counter(key for names in self.named for _, _, key, _ in names)

    @cached_property
    def main(self) -> tuple[str, str]:
        """(key, label) of the paper's main design: the most named structure of its title, else of the paper."""
        title = self.paper.document.meta.title
        shorts = {d.key: d.short for d in self.designs.values()}
        in_title = [key for key in self.counts if any(
            len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title, re.I)
            for name in (self.labels.get(key, ""), shorts.get(key, "")))]
        named = [key for key in self.counts if key in {d.key for d in self.designs.values()} | set(self._compounds)]
        for pool in (in_title, named, list(self.counts)):
            if pool:
                key = max(pool, key=lambda c: self.counts[c])
                return key, self.labels.get(key, key)
        return "own-this-work", self.paper.document.meta.title or "this work"

    def design_label(self, design: Design) -> str:
        label = f"{design.long} ({design.short})"
        if not any(p.head and design.long.lower().endswith(p.head) for p in self.paper.mentions[design.first].phrases):
            follow = Counter(m.group(1).lower() for s in self.sentences
                             for m in re.finditer(rf"(?<![\w-]){re.escape(design.short)}\s+([a-z]+)", s.text))
            heads = [w for w, _ in follow.most_common() if w in {h.lower() for h in structure_words()["heads"]}]
            if heads:
                label = f"{label} {heads[0]}"
        return label

    @cached_property
    def _compounds(self) -> set[str]:
        return {key for names in self.named for _, _, key, label in names if COMPOUND.fullmatch(label)}

    def is_name(self, token: str) -> bool:
        """A token that names a thing rather than a word: a defined short form, an acronym, a formula."""
        return token in self.designs or bool(NAME_TOKEN.fullmatch(token)) or \
            material_alias_index().get(token, LITHIUM) != LITHIUM

    def _names(self, k: int) -> list[tuple[int, int, str, str]]:
        text = self.sentences[k].text
        found: list[tuple[int, int, str, str]] = []

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y, _, _ in found)

        for m in COMPOUND.finditer(text):
            name = _balanced(m.group())
            parts = [p for p in re.split(r"[/@–-]", name) if p]
            if len(parts) > 1 and any(len(p) > 1 and self.is_name(p) for p in parts) and \
                    any(p in self.designs or p in material_alias_index() or re.search(r"\d", p) for p in parts) and \
                    all(self.is_name(p) or ELEMENT_PART.fullmatch(p) for p in parts) and \
                    not has_words("cell_words", text[m.end():m.end() + 12]) and not has_words("cathode", name):
                start = m.start() + m.group().index(name)
                design = self.long_forms.get(name.lower())
                found.append((start, start + len(name), design.key if design else f"own-{slug(name)}",
                              self.design_label(design) if design else name))
        for short, design in self.designs.items():
            for m in re.finditer(rf"(?<![\w/@-]){re.escape(short)}(?![\w/@-])", text):
                if free(m.start(), m.end()):
                    found.append((m.start(), m.end(), design.key, self.design_label(design)))
        for phrase in self.paper.mentions[k].phrases:
            inside = [n for n in found if phrase.start <= n[0] and n[1] <= phrase.end]
            if inside:
                a, b, key, _ = inside[-1]
                found.remove(inside[-1])
                found.append((a, b, key, phrase.text))
                continue
            if not free(phrase.start, phrase.end) or not self.is_control(phrase):
                continue
            tokens = [t for t in re.split(r"\s+", phrase.text)    # "SEI" names a kind of structure, not one
                      if self.is_name(t.strip("(),")) and t.strip("(),").lower() not in _class_cue_words()]
            design = self.match_design(phrase.text)
            if design is not None:
                found.append((phrase.start, phrase.end, design.key, self.design_label(design)))
            elif tokens:
                found.append((phrase.start, phrase.end, f"own-{slug(tokens[-1])}", phrase.text))
            elif has_words("control", phrase.text):
                found.append((phrase.start, phrase.end, self._control_key(phrase.text), phrase.text))
            elif phrase.label == "material" and materials_in(phrase.text) - {LITHIUM}:
                stuff = " ".join(sorted(materials_in(phrase.text)))
                head = "" if phrase.head in {a.lower() for a in material_alias_index()} else phrase.head.rstrip("s")
                found.append((phrase.start, phrase.end, f"own-{slug(f'{stuff} {head}')}", phrase.text))
        for material in self.paper.mentions[k].materials:      # "the bare Li cell": a control without a head noun
            control = word_before("control", text, material.start)
            if control and free(control.start(), material.end) and not has_words("cathode", material.text):
                label = text[control.start():material.end]
                found.append((control.start(), material.end, self._control_key(label), label))
        return sorted(found)

    @staticmethod
    def _control_key(text: str) -> str:
        """'bare Cu' and 'bare Cu foil' are one control: keyed by its control word and materials."""
        words = [w.lower() for w in re.findall(r"[\w-]+", text) if has_words("control", w)]
        stuff = sorted(materials_in(text))
        return f"own-{slug(' '.join([words[0], *stuff]))}" if words and stuff else f"own-{slug(text)}"

    def is_control(self, phrase: Mention) -> bool:
        """A phrase that can name a design: not a cell, a cathode or a number."""
        return not has_words("cathode", phrase.text) and not has_words("cell_words", phrase.text) \
            and not re.match(r"^\d", phrase.text)

    def match_design(self, text: str) -> Design | None:
        """The design whose long form holds all the words of ``text`` (fewest extra words wins)."""
        words = {_stem(w) for w in WORD.findall(text)} - {_stem(w) for w in STOP_WORDS}
        if len(words) < 2:
            return None
        best: tuple[int, Design | None] = (10**6, None)
        for design in self.designs.values():
            longs = {_stem(w) for w in WORD.findall(design.long)} | {_stem(design.short)}
            if words <= longs and len(longs - words) < best[0]:
                best = (len(longs - words), design)
        return best[1]

    def respectively(self, figure: Figure, figures: Sequence[Figure], names: list[tuple[int, int, str, str]]
                     ) -> tuple[str, str] | None:
        """'… 0.22 and 0.31 for the PP and PCS, respectively': the n-th figure of a property → the n-th name."""
        text = self.sentences[figure.sentence].text
        at = text.lower().find("respectively")
        if at < 0:
            return None
        same = [f for f in figures if f.sentence == figure.sentence and f.prop.iri == figure.prop.iri
                and f.quantity.start < at]
        ordered = list(dict.fromkeys((key, label) for a, _, key, label in names if a < at))
        if figure not in same or len(same) < 2 or len(ordered) < len(same):
            return None
        return ordered[-len(same):][same.index(figure)]

    def structure_of(self, figure: Figure, figures: Sequence[Figure]) -> tuple[str, str]:
        k = figure.sentence
        names = self.names(k)
        paired = self.respectively(figure, figures, names)
        if paired:
            return paired
        text = self.sentences[k].text
        after = [n for n in names if n[0] >= figure.quantity.end and OWNER_GAP.match(text[figure.quantity.end:n[0]])]
        if after:                                      # "45 mV for bare Cu foil", "98% of the PP cell"
            return after[0][2], after[0][3]
        before = [n for n in names if n[1] <= figure.quantity.start]
        if before:
            return before[-1][2], before[-1][3]
        if names:
            return names[0][2], names[0][3]
        for j in range(k - 1, self.paper.paragraph(k).start - 1, -1):
            earlier = self.names(j)
            if earlier:
                return earlier[-1][2], earlier[-1][3]
        return self.main

    def link(self, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
        measurements = []
        for figure in figures:
            s = self.sentences[figure.sentence]
            own_names = {d.key for d in self.designs.values()} | self._compounds
            own_design = any(key in own_names for _, _, key, _ in self.names(figure.sentence))
            cited = s.cited_numbers if not (has_words("own_work", s.text) or own_design) else ()
            if len(cited) >= GENERIC_MARKER:
                continue                    # a statement about the literature, not one work's figure
            if cited:
                phrase = self.best_phrase(figure.sentence)
                key, label = f"ref-{cited[0]}", phrase.text if phrase else f"work cited as [{cited[0]}]"
                citations: tuple[int, ...] = cited
            else:
                key, label = self.structure_of(figure, figures)
                label = self.labels.get(key, label)
                citations = ()
            draft = self.drafts.get(key)
            if draft is None:
                draft = Draft(key=key, label=label, section=(), passage=self._passage(key, figure.sentence),
                              citations=citations, own=not citations)
                draft.materials |= materials_in(label)
                self.drafts[key] = draft
            draft.mentions.append(label)
            measurements.append(self.measurement(figure, key, citations))
        return self.structures(), measurements

    def _passage(self, key: str, k: int) -> str:
        for design in self.designs.values():
            if design.key == key:
                return self.sentences[design.first].text
        return self.sentences[k].text


def link(paper: Paper, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
    """Structures and measurements of one paper."""
    linker: Linker = ReviewLinker(paper) if paper.is_review else ResearchLinker(paper)
    return linker.link(figures)
