"""Pointers at a paper's own floats: "Fig. 2b", "Figure 2 b", "Figs. 3a–c", "(Fig. S3)", "Table 1", "Scheme 1".

One pattern reads them, spelled once from the named parts below; each reader asks its own question of it:
- ``points_at_a_float``: the text points at one of the paper's figures, tables or schemes, supplementary ones too
  (where a paper with no headings leaves its introduction for its results);
- ``figure_pointers``: the main-text figures a sentence points at, with the panel letters it names ("Fig. 2b, c"),
  where a review looks up the work a caption's panel cites; a number glued to more than a list of panel letters
  ("Fig. 2bx", "Figure 1A") gives no panel to look up, so no pointer;
- ``caption_figure``: the number of the main-text figure a caption opens on ("Figure 5. …");
- ``panel_labels``: the panel labels a caption's text gives ("… (b) Cycling …", "c,d) …"), each with its letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

FIGURE_WORD = r"Fig(?:ure)?s?\.?"               # "Fig", "Fig.", "Figs.", "Figure", "Figures"
FLOAT_WORD = rf"{FIGURE_WORD}|Tables?|Schemes?"
SUPPLEMENT = r"S"                               # "Fig. S3", "Table S1": the supporting information's
# "a", "a,b", "a–c", "b, d-f": lowercase panel letters, one list
PANELS = r"[a-h](?:\s*[,–-]\s*[a-h])*"
# the panels, when any, and a word's end after them: ``closed`` takes part only where the pointer ends there
PANEL_TAIL = rf"\s*(?P<panels>{PANELS})?\b(?P<closed>)"
POINTER = re.compile(rf"\b(?P<word>{FLOAT_WORD})\s*(?P<supplement>{SUPPLEMENT})?(?P<number>\d+)(?:{PANEL_TAIL})?")
# "Table 1.", "Table S2:", "Supplementary Table 3": the caption of a table
TABLE_CAPTION = re.compile(r"(?:Supplementary\s+)?Table\s+S?\d+\b")
# a caption's label of the panels it goes on to describe: "(b)", "b)", "; c,d)"
PANEL_LABEL = re.compile(rf"(?:^|[\s.;(])(?P<panels>{PANELS})\)")


@dataclass(frozen=True, slots=True)
class FigurePointer:
    number: str                 # "2"
    panels: tuple[str, ...]     # ("b", "c"); () when it names the whole figure


def points_at_a_float(text: str) -> bool:
    """Whether ``text`` points at one of the paper's own figures, tables or schemes ("(Figure 1 a)", "Table S2")."""
    return POINTER.search(text) is not None


def _main_figure(m: re.Match[str]) -> bool:
    return m["word"].startswith("Fig") and m["supplement"] is None


def figure_pointers(text: str) -> Iterator[FigurePointer]:
    """The main-text figures ``text`` points at, in order, each with the panel letters named right after its
    number."""
    for m in POINTER.finditer(text):
        if _main_figure(m) and m["closed"] is not None:
            yield FigurePointer(m["number"], panel_letters(m["panels"] or ""))


def caption_figure(text: str) -> str | None:
    """The number of the main-text figure a caption opens on ("Figure 5. Cycling of …" → "5"); None when it opens
    on no such figure ("Figure S2. …", a table's caption, a caption's later sentence)."""
    m = POINTER.match(text, len(text) - len(text.lstrip()))
    return m["number"] if m and _main_figure(m) else None


def panel_labels(text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The panel labels of a caption's text, in order: where each list of letters starts, and its letters."""
    for m in PANEL_LABEL.finditer(text):
        yield m.start("panels"), panel_letters(m["panels"])


def panel_letters(panels: str) -> tuple[str, ...]:
    """'a,b' → ('a', 'b'); 'a–c' → ('a', 'b', 'c')."""
    letters: list[str] = []
    for part in re.split(r"\s*,\s*", panels):
        ends = re.split(r"\s*[–-]\s*", part)
        if len(ends) == 2 and len(ends[0]) == 1 and len(ends[1]) == 1:
            letters.extend(chr(c) for c in range(ord(ends[0]), ord(ends[1]) + 1))
        else:
            letters.extend(e for e in ends if e)
    return tuple(letters)
