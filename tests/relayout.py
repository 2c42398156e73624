"""The seed review's plain text, typeset again in layouts the sample PDF does not have.

Extraction is scored on other layouts of the same review too; this renders the shared plain text
(markdown-ish: ``^[12]`` markers, ``*italic*``, ``g^{-1}``, ``- [n] reference`` lines) with
reportlab, in one column or in two narrow columns with a page number standing in the gutter, with
citation markers inline ("[12]"), as bracketed superscripts, as bare superscripts ("12", Nature), in
parentheses ("(12)") or by author and year ("(Armand and Tarascon, 2008)", with the reference list
unnumbered under a "References" heading, as Harvard and APA styles print it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
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
           "paren": r" (\1)", "author-year": None}          # author-year: from the entries, see cite_labels
ENTRY = re.compile(r"- \[(\d+)\]\s*(.*)")
ENTRY_YEAR = re.compile(r"\*\*((?:19|20)\d\d)\*\*")


@dataclass(frozen=True)
class CiteLabel:
    cited: str        # how the text cites the entry: "Armand and Tarascon, 2008", "Zhang et al., 2016a"
    year: str         # how its list entry prints its year: "2008", "2016a"


def _numbers(marker: str) -> list[int]:
    """"12", "12,13" and "12–15" → the reference numbers they name."""
    out: list[int] = []
    for part in marker.split(","):
        ends = [int(n) for n in re.findall(r"\d+", part)]
        out.extend(range(ends[0], ends[-1] + 1) if len(ends) == 2 else ends)
    return out


def cite_labels(source: Path) -> dict[int, CiteLabel]:
    """Each entry's author–year label, from its own author list and year: the surname for one author,
    "A and B" for two, "A et al." for more; with a/b letters (in list order, in the text and in the
    list alike) where one label would name two works, as Harvard and APA styles do."""
    labels: dict[int, CiteLabel] = {}
    for raw in source.read_text(encoding="utf-8").splitlines():
        entry = ENTRY.match(raw.strip())
        if not entry:
            continue
        names = [n.split()[-1] for n in entry[2].split("*")[0].split(",") if n.strip()]
        year = ENTRY_YEAR.search(entry[2])[1]
        authors = names[0] if len(names) == 1 else " and ".join(names) if len(names) == 2 else f"{names[0]} et al."
        labels[int(entry[1])] = CiteLabel(f"{authors}, {year}", year)
    shared = Counter(label.cited for label in labels.values())
    seen: Counter[str] = Counter()
    for number, label in labels.items():
        if shared[label.cited] > 1:
            letter = "abcdefghij"[seen[label.cited]]
            seen[label.cited] += 1
            labels[number] = CiteLabel(label.cited + letter, label.year + letter)
    return labels


def _author_year(labels: Mapping[int, CiteLabel]) -> Callable[[re.Match], str]:
    """"text.^[12–13]" → "text (A et al., 2016; B and C, 2015).": the works named, set before the stop
    the marker followed, as author–year styles set them."""
    return lambda m: " (" + "; ".join(labels[n].cited for n in _numbers(m[2])) + ")" + m[1]


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


def markup(text: str, markers: str, labels: Mapping[int, CiteLabel] | None = None, html: bool = False) -> str:
    """One line of the plain text as reportlab paragraph markup, or with ``html`` as HTML (which keeps
    every character; the standard PDF fonts cover Latin-1 only); ``labels`` (from ``cite_labels``) for
    the author-year markers."""
    raised = "sup" if html else "super"
    text = re.sub(r"\$([^$]*)\$", _inline_math, text if html else text.translate(PLAIN))
    text = escape(text)
    # a browser breaks a line after a hyphen: in HTML a power's minus is the minus sign, as typesetters set it
    minus = (lambda m: f"<{raised}>{m[1].replace('-', '−')}</{raised}>") if html else rf"<{raised}>\1</{raised}>"
    text = re.sub(r"\^\{([^}]*)\}", minus, text)
    text = re.sub(r"\^(-?\d+)", minus, text)
    text = re.sub(r"_\{([^}]*)\}", r"<sub>\1</sub>", text)
    if markers == "author-year":
        text = re.sub(r"([.,;:]?)\^\[([^\]]+)\]", _author_year(labels), text)
    else:
        text = re.sub(r"\^\[([^\]]+)\]", MARKERS[markers].replace("super>", f"{raised}>"), text)
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
    by_author = markers == "author-year"
    labels = cite_labels(source) if by_author else None
    if by_author:                                # unnumbered entries, each with a hanging indent
        reference = ParagraphStyle("unnumbered", parent=reference, leftIndent=12, firstLineIndent=-12)
    story = []
    for line in (raw.strip() for raw in source.read_text(encoding="utf-8").splitlines()):
        if not line or line in SKIPPED or line.startswith("$$"):
            continue
        entry = ENTRY.match(line)
        if entry and by_author:
            number, text = int(entry[1]), entry[2]
            if number == 1:                      # an unnumbered list is found by its heading
                story.append(Paragraph("References", heading))
            text = ENTRY_YEAR.sub(f"**{labels[number].year}**", text, count=1)
            story.append(Paragraph(markup(text, markers, labels), reference))
        elif entry:
            number, text = entry.groups()
            story.append(Paragraph(markup(f"{number}. {text}" if one else f"[{number}] {text}", markers), reference))
        elif not story:
            story.append(Paragraph(markup(line, markers, labels), title))
        elif HEADING.match(line) and len(line) < 90 or line in ("References", "Acknowledgements"):
            line = HEADINGS[headings].get(line.split()[0], line)
            story.append(Paragraph(markup(line, markers, labels), heading))
        else:
            story.append(Paragraph(markup(line, markers, labels), body))
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
