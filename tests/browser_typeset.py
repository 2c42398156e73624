"""The seed review's plain text typeset by another engine: an HTML page printed to PDF by headless
Chromium (Skia). Its fonts are TrueType subsets that spell a ligature's glyph as several letters, its
paragraphs sit a margin of a few points apart without indent, its superscripts raise the line they are
on, and a reference list in a typewriter font has commas as wide as letters: what a reader tuned on
one typesetter misses. ``tests/relayout.py`` parses the text; this only sets it.

The fonts are the DejaVu faces that ship with a dependency (matplotlib), so every machine sets the
same glyphs whatever fonts it has installed.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from relayout import ENTRY, HEADING, HEADINGS, SKIPPED, cite_labels
from relayout import markup as relayout_markup

FACES = {"serif": "DejaVuSerif", "sans": "DejaVuSans", "mono": "DejaVuSansMono"}
CAPTION = re.compile(r"Figure \d+\.")


def _faces(family: str) -> str:
    import matplotlib
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    base = FACES[family]
    bold = {"DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSans": "DejaVuSans-Bold",
            "DejaVuSansMono": "DejaVuSansMono-Bold"}[base]
    return "".join(f'@font-face {{ font-family: Body; font-weight: {weight}; src: url("{(folder / f"{name}.ttf").as_uri()}"); }}'
                   for weight, name in (("normal", base), ("bold", bold)))


def markup(text: str, markers: str, labels=None) -> str:
    """One line of the plain text as HTML: real minus signs and subscripts, as a browser keeps them."""
    return relayout_markup(text, markers, labels, html=True)


# paragraphs a margin apart without indent (a web page), or indented with no space between (a journal's)
PARAGRAPHS = {"spaced": "p { margin: 0 0 5pt; }",
              "indented": "p { margin: 0; text-indent: 1.2em; } p.caption { margin: 6pt 0; text-indent: 0; } "
                          "p.ref { text-indent: 0; }"}


def page_html(source: Path, columns: int, markers: str, headings: str = "sample", family: str = "serif",
              paragraphs: str = "spaced") -> str:
    labels = cite_labels(source) if markers == "author-year" else None
    parts: list[str] = []
    for line in (raw.strip() for raw in source.read_text(encoding="utf-8").splitlines()):
        if not line or line in SKIPPED or line.startswith("$$"):
            continue
        entry = ENTRY.match(line)
        if entry:
            number, text = entry.groups()
            label = "" if markers == "author-year" else f"[{number}] "
            parts.append(f'<p class="ref">{label}{markup(text, markers, labels)}</p>')
        elif not parts:
            parts.append(f"<h1>{markup(line, markers, labels)}</h1>")
        elif HEADING.match(line) and len(line) < 90 or line in ("References", "Acknowledgements"):
            parts.append(f"<h2>{markup(HEADINGS[headings].get(line.split()[0], line), markers, labels)}</h2>")
        elif CAPTION.match(line):
            parts.append(f'<p class="caption">{markup(line, markers, labels)}</p>')
        else:
            parts.append(f"<p>{markup(line, markers, labels)}</p>")
    css = (f"{_faces(family)} @page {{ size: A4; margin: 18mm 15mm; }} "
           "body { font-family: Body; font-size: 9.5pt; line-height: 1.25; } "
           f".page {{ column-count: {columns}; column-gap: 7mm; text-align: justify; }} "
           "h1 { font-size: 17pt; } h2 { font-size: 11pt; margin: 8pt 0 4pt; } "
           "p.caption { font-size: 8pt; } p.ref { font-size: 7.5pt; text-align: left; } " + PARAGRAPHS[paragraphs])
    return (f"<html><head><meta charset='utf-8'><title>Advanced Micro/Nanostructures for Lithium Metal Anodes</title>"
            f"<style>{css}</style></head><body><div class='page'>{''.join(parts)}</div></body></html>")


def browser_typeset(source: Path, out: Path, chromium: str, columns: int, markers: str, headings: str = "sample",
                    family: str = "serif", paragraphs: str = "spaced") -> Path:
    """``source`` (the review's text) printed by Chromium to ``out``, in ``columns`` columns."""
    return print_html(page_html(source, columns, markers, headings, family, paragraphs), out, chromium)


def read_paper_html(read: dict, columns: int, markers: str, hyphens: bool = False) -> str:
    """A paper as ``anodekg read --format json`` gives it (title, authors, abstract, headings, body, captions
    and the reference list; running heads, footers and stamps left out), set again as a web page: its
    citations raised ("sup") or in brackets ("brackets"), justified in ``columns`` columns, words broken at
    line ends with hyphens where ``hyphens``."""
    from html import escape

    def marked(block: dict) -> str:
        text, out, last = block["text"], [], 0
        for cite in sorted(block.get("citations", []), key=lambda c: c["at"]):
            numbers = ",".join(map(str, cite["numbers"]))
            out += [escape(text[last:cite["at"]]), f"<sup>{numbers}</sup>" if markers == "sup" else f" [{numbers}]"]
            last = cite["at"]
        return "".join([*out, escape(text[last:])])

    tags = {"title": "<h1>{}</h1>", "heading": "<h2>{}</h2>", "caption": '<p class="caption">{}</p>'}
    def printed(block: dict) -> bool:
        # words the reader kept from inside a drawing ("22 compounds 7 compounds …") end with no stop; set as a
        # paragraph of the flow they would run on into whatever follows them
        if block["kind"] == "body":
            return bool(re.search(r"[.!?:;)\]]\W*$", block["text"]))
        return block["kind"] in ("title", "authors", "abstract", "heading", "caption", "equation") \
            and block["text"].strip().lower() != "references"

    parts = [tags.get(b["kind"], "<p>{}</p>").format(marked(b)) for b in read["blocks"] if printed(b)]
    parts += ["<h2>References</h2>", *(f'<p class="ref">{r["number"]}. {escape(r["raw"])}</p>' for r in read["references"])]
    breaking = "hyphens: auto;" if hyphens else ""
    css = (f"{_faces('serif')} @page {{ size: A4; margin: 18mm 15mm; }} "
           "body { font-family: Body; font-size: 9.5pt; line-height: 1.25; } "
           f".page {{ column-count: {columns}; column-gap: 7mm; text-align: justify; {breaking} }} "
           "h1 { font-size: 17pt; } h2 { font-size: 11pt; margin: 8pt 0 4pt; } p { margin: 0 0 5pt; } "
           "p.caption { font-size: 8pt; } p.ref { font-size: 7.5pt; text-align: left; }")
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{escape(read['meta'].get('title', ''))}</title>"
            f"<style>{css}</style></head><body><div class='page'>{''.join(parts)}</div></body></html>")


def print_html(html: str, out: Path, chromium: str) -> Path:
    """``html`` printed by Chromium to ``out``."""
    from pipeline.viewer.browser import FLAGS
    page = out.with_suffix(".html")
    page.write_text(html, encoding="utf-8")
    subprocess.run([chromium, *FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(out.parent)})
    return out
