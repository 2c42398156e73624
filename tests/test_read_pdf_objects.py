"""The reader's one walk over pdfplumber's layout gives exactly what pdfplumber's own char dicts say."""

import pdfplumber
import pytest
from conftest import shared_path

from pipeline.reader.pdfminer_chars import page_objects

KEYS = ("text", "x0", "x1", "top", "bottom", "size", "fontname", "upright")


def _same_as_pdfplumber(path, pages=(0, 2)):
    with pdfplumber.open(path) as pdf:
        for index in pages:
            page = pdf.pages[index]
            ours = page_objects(page)
            theirs = [{k: c[k] for k in KEYS} for c in page.chars]
            assert [{"text": c.text, "x0": c.x0, "x1": c.x1, "top": c.top, "bottom": c.bottom, "size": c.size,
                     "fontname": c.font, "upright": c.upright} for c in ours.chars] == theirs
            assert len(ours.images) == len(page.images)
            assert len(ours.graphics) == len(page.curves) + len(page.lines) + len(page.rects)
            page.close()


def test_read_pdf_page_objects_match_pdfplumber_chars_on_sample(sample_pdf):
    _same_as_pdfplumber(sample_pdf)


@pytest.mark.parametrize("name", ["yang2025_carbonenergy_li_metal_anode_transference.pdf",
                                  "song2015_nanomaterials_rgo_swnt_stn_anode.pdf"])
def test_read_pdf_page_objects_match_pdfplumber_chars_on_real_papers(name):
    _same_as_pdfplumber(shared_path("corpus", "real", name), pages=(0, 6))
