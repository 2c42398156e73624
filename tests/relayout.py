"""The seed review's plain text, typeset again in layouts the sample PDF does not have.

Extraction is scored on other layouts of the same review too; this renders the shared plain text
(markdown-ish: ``^[12]`` markers, ``*italic*``, ``g^{-1}``, ``- [n] reference`` lines) with
reportlab, in one column or in two narrow columns with a page number standing in the gutter, with
citation markers inline ("[12]"), as bracketed superscripts or as bare superscripts ("12", Nature).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

# the standard PDF fonts cover Latin-1 only
PLAIN = str.maketrans({"₂": "2", "₃": "3", "₄": "4", "₅": "5", "−": "-", "–": "-", "⁻": "-", "τ": "t", "η": "n",
                       "“": '"', "”": '"', "’": "'"})
HEADING = re.compile(r"^\d+(\.\d+)*\.\s+[A-Z]")
SKIPPED = {"ADVANCED SCIENCE", "Open Access"}


def _inline_math(match: re.Match) -> str:
    text = match.group(1).replace("\\times", "x").replace("\\text{", "")
    return re.sub(r"[{}\\]", "", text)


MARKERS = {"inline": r" [\1]", "superscript": r"<super>[\1]</super>", "bare": r"<super>\1</super>",
           "paren": r" (\1)"}

# The class headings as another review would word them: nothing of the sample's own heading words,
# so a structure's class has to come from what its passage says ("reworded"); and a mix where one
# heading still names a class and the others do not ("mixed").
REWORDED = {
    "2.": "2. Three-Dimensional Current Collectors",
    "2.1.": "2.1. Graphene, Nanotube and Fiber Hosts",
    "2.2.": "2.2. Porous Copper and Nickel Hosts",
    "2.3.": "2.3. Lithium Composites",
    "3.": "3. Polymer, Glass and Ceramic Scaffolds",
    "4.": "4. Interface Engineering",
}
HEADINGS = {
    "sample": {},
    "reworded": REWORDED,
    "mixed": {**REWORDED, "3.": "3. Non-Conductive Micro/Nanostructured Framework"},
}


def markup(text: str, markers: str) -> str:
    """One line of the plain text as reportlab paragraph markup."""
    text = re.sub(r"\$([^$]*)\$", _inline_math, text.translate(PLAIN))
    text = escape(text)
    text = re.sub(r"\^\{([^}]*)\}", r"<super>\1</super>", text)
    text = re.sub(r"\^(-?\d+)", r"<super>\1</super>", text)
    text = re.sub(r"_\{([^}]*)\}", r"<sub>\1</sub>", text)
    text = re.sub(r"\^\[([^\]]+)\]", MARKERS[markers], text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", text)


def relayout(source: Path, out: Path, columns: int, markers: str, headings: str = "sample") -> Path:
    """``source`` (the review's text) as a PDF at ``out`` in one or two columns, markers as ``markers``,
    its class headings as the sample words them or as ``HEADINGS[headings]`` rewords them."""
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    one = columns == 1
    font, bold = ("Times-Roman", "Times-Bold") if one else ("Helvetica", "Helvetica-Bold")
    body = ParagraphStyle("body", parent=getSampleStyleSheet()["BodyText"], fontName=font,
                          fontSize=10 if one else 9, leading=12 if one else 11, alignment=4)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=12, leading=15, alignment=0,
                             spaceBefore=8)
    title = ParagraphStyle("title", parent=heading, fontSize=18, leading=22)
    reference = ParagraphStyle("reference", parent=body, fontSize=8, leading=10, alignment=0)
    story = []
    for line in (raw.strip() for raw in source.read_text(encoding="utf-8").splitlines()):
        if not line or line in SKIPPED or line.startswith("$$"):
            continue
        entry = re.match(r"- \[(\d+)\]\s*(.*)", line)
        if entry:
            number, text = entry.groups()
            story.append(Paragraph(markup(f"{number}. {text}" if one else f"[{number}] {text}", markers), reference))
        elif not story:
            story.append(Paragraph(markup(line, markers), title))
        elif HEADING.match(line) and len(line) < 90 or line in ("References", "Acknowledgements"):
            line = HEADINGS[headings].get(line.split()[0], line)
            story.append(Paragraph(markup(line, markers), heading))
        else:
            story.append(Paragraph(markup(line, markers), body))
    size = letter if one else A4
    width, height = size
    if one:
        frames = [Frame(72, 72, width - 144, height - 144)]
    else:
        column = (width - 100 - 18) / 2
        frames = [Frame(50, 60, column, height - 120), Frame(68 + column, 60, column, height - 120)]

    def furniture(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(width / 2, 30, str(doc.page))          # in the gutter, nearer the right column
        canvas.drawString(50, height - 35, "Adv. Sci. 2017, 4, 1600445")

    doc = BaseDocTemplate(str(out), pagesize=size, title="Advanced Micro/Nanostructures for Lithium Metal Anodes")
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
    doc.build(story)
    return out
