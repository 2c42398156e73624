"""Research papers: each figure on the paper's own design or control it was measured for.

The paper's arms are modelled first (``arms``); then each sentence's figures are tied to the arms
it names (``attribution``). A sentence that names none speaks of the arms in view: those of the
sentence before it in the passage (for a test condition, also those of the next sentence that names
any, since "Cells were cycled at 1 mA cm−2." usually comes before the results it conditions), else
the paper's main design. Own results carry no citation; a sentence that cites another work and
names none of the paper's own arms gives its figures to that work.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.linking.arms import Arm, PaperArms, paper_arms
from pipeline.linking.attribution import attribute
from pipeline.linking.drafts import Draft, best_phrase, materials_in, measurement
from pipeline.mentions import Figure, Paper, has_words
from pipeline.ontology import local_name
from pipeline.records import Measurement, Structure
from pipeline.vocab import AKG

GENERIC_MARKER = 3          # a marker with this many works backs a general statement, not one work's figure
VIEW_REACH = 6              # sentences back (within the section) a passage keeps its arms in view
CONDITION_ROLE = local_name(AKG.TestCondition)


def is_condition(figure: Figure) -> bool:
    """A figure that sets how a test was run, shared by every arm tested that way (a cycle count too)."""
    return figure.prop.role == CONDITION_ROLE or figure.prop.iri == AKG.CycleNumber


class ResearchLinker:
    """Ties a research paper's figures to its arms and builds their records."""

    def __init__(self, paper: Paper, arms: PaperArms | None = None) -> None:
        self.paper = paper
        self.arms = arms or paper_arms(paper)
        self.drafts: dict[str, Draft] = {}

    def in_view(self, k: int, look_ahead: bool) -> tuple[str, ...]:
        """The own arms the passage around sentence ``k`` is about, in the order they were named."""
        sentences = self.paper.sentences
        for j in range(k - 1, max(-1, k - 1 - VIEW_REACH), -1):
            if sentences[j].section != sentences[k].section or sentences[j].kind != sentences[k].kind:
                break
            named = self.arms.own(j)
            if named:
                return tuple(dict.fromkeys(m.arm for m in named))
        if look_ahead:
            for j in self.paper.paragraph(k):
                if j > k and (named := self.arms.own(j)):
                    return tuple(dict.fromkeys(m.arm for m in named))
        return ()

    def cited(self, k: int) -> tuple[int, ...]:
        """The works sentence ``k`` reports figures of: its citations, unless it speaks in the paper's
        own voice or names one of the paper's own arms."""
        s = self.paper.sentences[k]
        if not s.citations or has_words("own_work", s.text) or self.arms.own(k):
            return ()
        return s.cited_numbers

    def link(self, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
        """Structures and measurements of the paper."""
        measurements: list[Measurement] = []
        by_sentence: dict[int, list[Figure]] = {}
        for figure in figures:
            by_sentence.setdefault(figure.sentence, []).append(figure)
        for k, found in sorted(by_sentence.items()):
            cited = self.cited(k)
            if cited:
                if len(cited) < GENERIC_MARKER:
                    measurements += [self._cited(figure, cited) for figure in found]
                continue
            names = self.arms.own(k)
            text = self.paper.sentences[k].text
            view = self.in_view(k, look_ahead=any(is_condition(f) for f in found))
            if has_words("distributive", text) and "both" in text.lower().split() and len(view) > 2:
                view = view[-2:]
            owners = attribute(text, found, names, view, is_condition)
            for figure, arms in zip(found, owners, strict=True):
                for key in arms or (view[:1] if view else (self.arms.main,)):
                    measurements.append(self._own(figure, self.arms.arms[key]))
        return [d.record() for d in self.drafts.values()], measurements

    def _own(self, figure: Figure, arm: Arm) -> Measurement:
        draft = self.drafts.get(arm.key)
        if draft is None:
            passage = " ".join(self.paper.sentences[k].text for k in self._describing(arm))
            draft = Draft(key=arm.key, label=arm.label, passage=passage, own=True)
            draft.materials |= materials_in(" ".join([arm.label, *arm.aliases]))
            draft.mentions.extend(arm.aliases or [arm.label])
            self.drafts[arm.key] = draft
        return measurement(self.paper, figure, arm.key, ())

    def _describing(self, arm: Arm) -> list[int]:
        """Sentences that name the arm, title and abstract first: the passage its class is read from."""
        ks = [k for k, names in enumerate(self.arms.mentions) if any(m.arm == arm.key for m in names)]
        return ks[:3]

    def _cited(self, figure: Figure, cited: tuple[int, ...]) -> Measurement:
        key = f"ref-{cited[0]}"
        if key not in self.drafts:
            phrase = best_phrase(self.paper, figure.sentence)
            label = phrase.text if phrase else f"work cited as [{cited[0]}]"
            draft = Draft(key=key, label=label, passage=self.paper.sentences[figure.sentence].text, citations=cited)
            draft.materials |= materials_in(label)
            draft.mentions.append(label)
            self.drafts[key] = draft
        return measurement(self.paper, figure, key, cited)
