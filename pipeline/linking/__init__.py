"""Tie each figure to its structure and its citation, and build the Structure and Measurement records.

Two kinds of paper, one module each: a review's figures belong to the works it cites
(``review``); a research paper's belong to its own arms — designs and controls — modelled before
any figure is linked (``arms``), and tied inside each sentence (``attribution``) by ``research``.
``names`` says what can name a structure; ``drafts`` builds the records both hand on.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.mentions import Figure, Paper
from pipeline.records import Measurement, Structure


def link(paper: Paper, figures: Sequence[Figure]) -> tuple[list[Structure], list[Measurement]]:
    """Structures and measurements of one paper."""
    if paper.is_review:
        from pipeline.linking.review import ReviewLinker
        return ReviewLinker(paper).link(figures)
    from pipeline.linking.research import ResearchLinker
    return ResearchLinker(paper).link(figures)
