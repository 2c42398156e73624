"""Sentences → Structures and Measurements: each reported figure tied to its structure, its citation
and its sentence.

The steps per paragraph: find quantities (nlp), decide each one's property from its unit and the
ontology's cue words, drop baselines, link it to the structure the passage is about, and attach the
citation marker of its sentence (or the one that closes the paragraph's statement).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.classify import classify
from pipeline.nlp.patterns import structure_words
from pipeline.ontology import PropertyDef, properties
from pipeline.records import Classification, Document, Extraction, Measurement, Quantity, Sentence, Structure
from pipeline.segment import sentences as document_sentences
from pipeline.units import compatible, convert
from pipeline.vocab import AKG

CUE_WINDOW = 80          # characters before a quantity searched for its property's cue words
OWN_WORK = re.compile(r"\b(we|our|this work|this study|herein|here)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PropertyChoice:
    prop: PropertyDef
    cue: str


def candidate_properties(unit: str) -> list[PropertyDef]:
    """Properties whose canonical unit the written unit can be converted to."""
    return [p for p in properties().values() if p.unit and compatible(unit, p.unit)]


def choose_property(quantity: Quantity, text: str) -> PropertyChoice | None:
    """The property a quantity reports, from its unit and the nearest cue word before it."""
    candidates = candidate_properties(quantity.unit)
    if not candidates:
        return None
    window = text[max(0, quantity.start - CUE_WINDOW):quantity.start].lower()
    after = text[quantity.end:quantity.end + 25].lower()
    best: tuple[int, PropertyDef | None, str] = (-1, None, "")
    for prop in candidates:
        for cue in prop.cues:
            c = cue.lower()
            at = window.rfind(c)
            if at >= 0 and re.match(rf"{re.escape(c)}(?![a-z])", window[at:]):
                score = at + len(c) * 0.01
                if score > best[0]:
                    best = (score, prop, cue)
            if after.startswith(c) or after.startswith(" " + c) or f" of {c}" in after[:len(c) + 5]:
                score = CUE_WINDOW + 1 + len(c) * 0.01
                if score > best[0]:
                    best = (score, prop, cue)
    if best[1] is not None:
        return PropertyChoice(best[1], best[2])
    by_unit = [p for p in candidates if any(u and compatible(quantity.unit, u) and _same_unit(quantity.unit, u)
                                            for u in p.unit_cues)]
    if len(by_unit) >= 1:
        return PropertyChoice(by_unit[0], quantity.unit)
    return None


def _same_unit(a: str, b: str) -> bool:
    try:
        return abs(convert(1.0, a, b) - 1.0) < 1e-9 or compatible(a, b)
    except ValueError:
        return False


def is_baseline(quantity: Quantity, text: str) -> bool:
    """Figures stated for a comparison baseline ('than conventional graphite, 372 mA h g−1')."""
    before = text[max(0, quantity.start - 60):quantity.start].lower()
    words = structure_words()["baseline"]
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in words) and quantity.qualifier != ">" or \
        bool(re.search(r"\btheoretical\b", before))


def structure_label(doc: Doc, text: str) -> str:
    """A readable name for the structure a sentence is about: its first structure head with modifiers."""
    heads = list(doc.spans.get("structure_head", []))
    if not heads:
        return ""
    head = heads[0]
    start = head.start
    while start > 0 and (doc[start - 1].is_alpha or "-" in doc[start - 1].text or "@" in doc[start - 1].text
                         or doc[start - 1].text[:1].isdigit()) and doc[start - 1].lower_ not in {
                             "a", "an", "the", "this", "that", "of", "as", "and", "with", "by", "such", "on",
                             "in", "to", "for", "is", "was", "were", "which", "its", "their", "these"} \
            and head.end - start < 7:
        start -= 1
    return doc[start:head.end].text


def _paragraph_citation(sents: Sequence[Sentence], k: int) -> tuple[int, ...]:
    """The marker that closes the statement: this sentence's, else the next one in the paragraph."""
    for s in sents[k:]:
        if s.cited_numbers:
            return s.cited_numbers
    return ()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "structure"


def extract(document: Document, nlp: Language) -> Extraction:
    """All structures and measurements of one document."""
    sents = list(document_sentences(document))
    docs = list(nlp.pipe(s.text for s in sents))
    is_review = document.meta.is_review or len(document.references) > 60
    structures: dict[str, Structure] = {}
    measurements: list[Measurement] = []
    index = 0
    for _, group in groupby(range(len(sents)), key=lambda i: sents[i].block):
        ids = list(group)
        para = [sents[i] for i in ids]
        label_in_para = ""
        for k, i in enumerate(ids):
            sentence, doc = sents[i], docs[i]
            label = structure_label(doc, sentence.text) or label_in_para
            label_in_para = label or label_in_para
            for span in doc.spans.get("quantity", []):
                quantity = span._.quantity
                choice = choose_property(quantity, sentence.text)
                if choice is None or is_baseline(quantity, sentence.text):
                    continue
                try:
                    value = convert(quantity.value, quantity.unit, choice.prop.unit)
                except ValueError:
                    continue
                citations = sentence.cited_numbers or (_paragraph_citation(para, k) if is_review else ())
                own = not citations
                key = f"ref-{citations[0]}" if citations else f"own-{_slug(label or 'this work')}"
                if key not in structures:
                    passage = " ".join(s.text for s in para)
                    cls = classify(sentence.section, passage) or Classification(AKG.ConductiveFramework, None, "default")
                    materials = tuple(sorted({m._.material for m in doc.spans.get("material", [])}))
                    structures[key] = Structure(key=key, label=label or "unnamed structure", classification=cls,
                                                materials=materials, citations=tuple(citations), own_result=own,
                                                mentions=(label,) if label else ())
                measurements.append(Measurement(structure=key, property=choice.prop.iri, value=value,
                                                unit=choice.prop.unit, qualifier=quantity.qualifier,
                                                citations=tuple(citations), source=sentence, raw=quantity.text))
                index += 1
    return Extraction(structures=tuple(structures.values()), measurements=tuple(measurements),
                      sentences=tuple(sents))


def extract_all(documents: Iterable[Document], nlp: Language) -> list[Extraction]:
    return [extract(d, nlp) for d in documents]
