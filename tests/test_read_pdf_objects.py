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


def _decoded(decode, data):
    try:
        return decode(data)
    except ValueError as exc:
        return type(exc)


@pytest.mark.parametrize("data", [
    b"",
    b"87cURD]i,\"Ebo80",                               # "Hello world" without its last group's padding
    b"87cUR\nD]i,\t\"Ebo80 ",                          # whitespace anywhere
    b"z9jqo^zBlbD-",                                   # "z" for four zero bytes, between groups
    b"!!!!!" + b"s8W-!",                               # zeros and the largest group
    b"9jqo^B",                                         # a lone digit after the last group: dropped
    b"9jqo^Bl",                                        # two: one byte
    b"9jqo^" * 40 + b"J",
    b"9jqz^",                                          # a "z" inside a group: refused
    b"s8W-\"",                                         # past four bytes: refused
    b"9jqo^~>",                                        # a byte that is no digit: refused
    b"9jqo^y",                                         # "y" (four spaces) only where asked for: refused
])
def test_read_pdf_ascii85_reads_as_base64_does(data):
    """pdfminer's ASCII85 filter (a page's content stream, as some publishers write it) reads a group at a
    time what base64's byte loop reads, and refuses what it refuses."""
    import base64

    from pipeline.reader.pdfminer_import import a85decode, import_pdfminer
    assert _decoded(a85decode, data) == _decoded(base64.a85decode, data)
    import_pdfminer()
    import pdfminer.ascii85
    assert pdfminer.ascii85.a85decode is a85decode
