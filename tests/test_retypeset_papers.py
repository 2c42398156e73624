"""Invented papers set again by two other typesetters than pdfLaTeX: a web page printed by headless Chromium in
two CSS columns, and a flat ODT printed by LibreOffice Writer in a two-column section (``tests/retypeset.py``).
The text and the gold are the same, so each must score near its pdfLaTeX floor: what falls short is a reader
fault on another publisher's PDF (glyphs, line and column order, superscripts, tables). A few papers only, with
tables beside the page's other column, units with powers, ± and °C, subscripted formulas and raised
citations: the whole set takes minutes."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import pytest
from retypeset import chromium_pdf, read_latex, writer_pdf
from test_invented_papers import FLOORS, evaluate
from test_table_regions import _unavailable

NEAR = 0.03          # the most a paper may lose to the other typesetter, below its pdfLaTeX floor
PAPERS = ["paper86", "paper88", "review3"]


@pytest.mark.slow
@pytest.mark.parametrize("name", PAPERS)
@pytest.mark.parametrize("typesetter", ["chromium", "writer"])
def test_another_typesetters_paper_scores_near_its_pdflatex_floor(chromium, tmp_path, name, typesetter):
    paper = importlib.import_module(f"invented.{name}")
    gold = tmp_path / f"{name}.gold.json"
    gold.write_text(json.dumps(paper.gold(), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"{name}.pdf"
    if typesetter == "chromium":
        pdf = chromium_pdf(read_latex(paper.tex()), out, chromium)
    else:
        soffice = shutil.which("soffice")
        if soffice is None:
            _unavailable("LibreOffice (soffice) is not installed")
        pdf = writer_pdf(read_latex(paper.tex()), out, soffice)
    score = evaluate(Path(pdf), gold)
    assert score["strict_f1"] >= FLOORS[name] - NEAR, score
