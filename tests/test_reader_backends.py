"""The two char sources read a paper the same: pdfium (pypdfium2) and pdfminer (pdfplumber).

Compared on the bundled sample and on every shared paper that has a figure gold file (the papers
``score_corpus.py`` scores), at each level a later stage reads:

- the words of every page (text, font, size, rotation; boxes to a tenth of a point, 99% of them
  to a hundredth: pdfium keeps coordinates as 32-bit floats, and a few runs of glyphs it places a
  hair apart from pdfminer);
- every block (kind, page, order, section, level, text, citation markers; box to a point), the
  references, the metadata and the document id: reading order and the quoted text;
- every sentence (text, page, block, kind, section, citations): what extraction reads;
- what extraction makes of them, figure by figure, as ``evaluate.py`` scores it (structure,
  property, value, unit, qualifier, citations, page, sentence) with the structures and their classes.

Glyph repairs are not compared: they say what each source misread (pdfminer's 'ﬁ' is spelled out
by glyph repair, pdfium's by pdfium), and the text after repair is what is compared.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SAMPLE_PDF, SHARED, shared_path

from pipeline.read_options import ReaderBackend

PDFIUM, PDFMINER = ReaderBackend.PDFIUM, ReaderBackend.PDFMINER


def _gold_papers() -> list[str]:
    """The stems of the shared gold files that have a paper (as score_corpus.py pairs them)."""
    gold = SHARED / "gold"
    if not gold.is_dir():
        return ["(shared corpus absent)"]
    stems = sorted(p.name[:-len(".gold.json")] for p in gold.glob("*.gold.json") if not p.name.endswith(".refs.gold.json"))
    return [s for s in stems if s.startswith("zhang2017") or list(SHARED.glob(f"corpus/*/{s}.pdf"))]


PAPERS = ["sample", *_gold_papers()]


def _pdf(name: str) -> Path:
    if name == "sample":
        return SAMPLE_PDF
    if name.startswith("zhang2017"):
        return next(iter(sorted(shared_path("corpus", "seed-review").glob("*.pdf"))))
    shared_path("gold")
    return next(iter(SHARED.glob(f"corpus/*/{name}.pdf")))


@pytest.fixture(scope="module")
def both():
    """(pdfminer's reading, pdfium's reading) of a paper, each made once."""
    from pipeline.reader.document import read_document
    cache: dict[str, tuple] = {}

    def read(name: str):
        if name not in cache:
            path = _pdf(name)
            cache[name] = (read_document(path, backend=PDFMINER), read_document(path, backend=PDFIUM))
        return cache[name]
    return read


def _words(path: Path, backend: ReaderBackend):
    """Every page's words, after glyph repair, as the layout stage receives them."""
    from pipeline.reader.glyphs import repair_chars
    from pipeline.reader.pdf import opened_pdf
    from pipeline.reader.words import page_words
    with opened_pdf(path, backend=backend) as (_, pages):
        return [page_words(repair_chars(page, pages.second.page_chars)[0]).words for page in pages]


def _assert_same_words(path: Path) -> None:
    close = far = 0
    for number, (mine, theirs) in enumerate(zip(_words(path, PDFMINER), _words(path, PDFIUM), strict=True), 1):
        assert [(w.text, w.font, w.size, w.upright) for w in mine] == \
            [(w.text, w.font, w.size, w.upright) for w in theirs], f"page {number}"
        for a, b in zip(mine, theirs, strict=True):
            apart = max(abs(a.x0 - b.x0), abs(a.x1 - b.x1), abs(a.top - b.top), abs(a.bottom - b.bottom))
            assert apart < 0.5, f"page {number}: {a} / {b}"
            close += apart <= 0.01
            far += apart > 0.1
    assert far == 0 or far <= 0.002 * close, f"{far} words more than 0.1 pt apart"


@pytest.mark.parametrize("name", PAPERS)
def test_reader_backends_agree_on_words(name):
    _assert_same_words(_pdf(name))


HARD = ["empty_zero_bytes", "encrypted_aes256_r6_empty_user_password", "encrypted_rc4_user_password_test",
        "malformed_junk_before_header_broken_xref", "malformed_no_startxref_null_padded",
        "not_a_pdf_html_redirect", "scanned_no_text_layer_grumman1974"]


@pytest.mark.parametrize("name", HARD)
def test_reader_backends_agree_on_hard_files(name):
    """The shared hard files (empty, encrypted, damaged, not a PDF, a scan; one sets its text in a
    composite font, mirrored and turned) are refused with the same error by both sources, or read
    the same word by word."""
    from pipeline.errors import InputError
    from pipeline.reader.document import read_document
    path = shared_path("corpus", "real", "hard", f"{name}.pdf")
    outcomes = []
    for backend in (PDFMINER, PDFIUM):
        try:
            outcomes.append([b.text for b in read_document(path, backend=backend).blocks])
        except InputError as exc:
            outcomes.append(type(exc).__name__)
    assert outcomes[0] == outcomes[1]
    if not isinstance(outcomes[0], str):
        _assert_same_words(path)


@pytest.mark.parametrize("name", PAPERS)
def test_reader_backends_agree_on_blocks_and_reading_order(name, both):
    mine, theirs = both(name)
    assert [(b.kind, b.page, b.order, b.section, b.level, b.text, b.citations) for b in mine.blocks] == \
        [(b.kind, b.page, b.order, b.section, b.level, b.text, b.citations) for b in theirs.blocks]
    for a, b in zip(mine.blocks, theirs.blocks, strict=True):
        assert max(abs(a.bbox.x0 - b.bbox.x0), abs(a.bbox.top - b.bbox.top), abs(a.bbox.x1 - b.bbox.x1),
                   abs(a.bbox.bottom - b.bbox.bottom)) < 1.0, (a.text[:60], a.bbox, b.bbox)


@pytest.mark.parametrize("name", PAPERS)
def test_reader_backends_agree_on_references_and_metadata(name, both):
    mine, theirs = both(name)
    assert mine.references == theirs.references
    assert (mine.doc_id, mine.meta, mine.page_count, mine.unresolved_citations) == \
        (theirs.doc_id, theirs.meta, theirs.page_count, theirs.unresolved_citations)


def _sentence_key(s):
    return (s.index, s.text, s.page, s.block, s.kind, s.section, s.citations)


@pytest.mark.parametrize("name", PAPERS)
def test_reader_backends_agree_on_sentences(name, both):
    from pipeline.reader.segment import sentences
    mine, theirs = both(name)
    assert [_sentence_key(s) for s in sentences(mine)] == [_sentence_key(s) for s in sentences(theirs)]


@pytest.mark.parametrize("name", PAPERS)
def test_reader_backends_agree_on_extracted_figures(name, both, nlp):
    """What the gold scores are computed from: the same figures on the same structures and classes."""
    from pipeline.extract import extract
    mine, theirs = (extract(document, nlp) for document in both(name))

    def figures(extraction):
        return [(m.structure, m.property, m.value, m.unit, m.qualifier, m.citations, m.raw, m.source.page,
                 m.source.text) for m in extraction.measurements]

    assert figures(mine) == figures(theirs)
    assert mine.structures == theirs.structures
    assert len(mine.measurements) > 0


def test_reader_backends_cli_reads_the_same_text_either_way(sample_pdf):
    from typer.testing import CliRunner

    from pipeline.cli import app
    runner = CliRunner()
    outputs = {backend: runner.invoke(app, ["read", str(sample_pdf), "--backend", backend]) for backend in ReaderBackend}
    assert all(result.exit_code == 0 for result in outputs.values())
    assert outputs[PDFIUM].stdout == outputs[PDFMINER].stdout and len(outputs[PDFIUM].stdout) > 10_000
    chosen = runner.invoke(app, ["read", str(sample_pdf)], env={**os.environ, "ANODEKG_READER": "pdfminer"})
    assert chosen.stdout == outputs[PDFMINER].stdout


def test_reader_backends_unknown_backend_is_a_usage_error(sample_pdf):
    from typer.testing import CliRunner

    from pipeline.cli import app
    result = CliRunner().invoke(app, ["read", str(sample_pdf), "--backend", "poppler"])
    assert result.exit_code == 2 and "pdfium" in result.output


def test_reader_backends_agree_on_a_media_box_the_page_inherits(tmp_path):
    """An A4 page whose MediaBox its Pages node sets: pdfium's own look-up reads the page's dictionary alone
    and took a US Letter page, every line 50 points higher than pdfminer sets it (the top line above the page)."""
    from typeset import inherited_media_box_pdf
    lines = ["The invented boride film held its shape over many cycles.", "Its second line stood below the first."]
    path = inherited_media_box_pdf(tmp_path / "inherited.pdf", lines)
    _assert_same_words(path)
    first = _words(path, PDFIUM)[0][0]
    assert first.text == "The" and 30 < first.top < 45


def test_reader_backends_pdfium_declarations_match_pypdfium2s():
    """The reader declares the pdfium functions it calls itself (pypdfium2_raw's import is ~17 ms of the reading
    child's path). The declarations must be pdfium's: each function is the one pypdfium2 loaded (same address, so
    one library started once), takes as many arguments, and the structures and constants are laid out alike."""
    import ctypes

    import pypdfium2_raw

    from pipeline.reader import pdfium_lib

    declared = {name: value for name, value in vars(pdfium_lib).items() if name.startswith("FPDF")}
    functions = {name: f for name, f in declared.items() if isinstance(f, ctypes._CFuncPtr)}
    assert len(functions) >= 40
    for name, function in functions.items():
        theirs = getattr(pypdfium2_raw, name)
        assert ctypes.cast(function, ctypes.c_void_p).value == ctypes.cast(theirs, ctypes.c_void_p).value, name
        if function.argtypes:            # the unconverted ones declare none: they are called with ctypes values
            assert len(function.argtypes) == len(theirs.argtypes), name
        assert (function.restype is None) == (theirs.restype is None), name
        if function.restype is not None and function.restype is not ctypes.c_void_p:
            assert ctypes.sizeof(function.restype) == ctypes.sizeof(theirs.restype), name
    for name, value in declared.items():
        if isinstance(value, int):
            assert value == getattr(pypdfium2_raw, name), name
    for structure in (pdfium_lib.FS_MATRIX, pdfium_lib.FS_RECTF, pdfium_lib.FPDF_LIBRARY_CONFIG):
        theirs = getattr(pypdfium2_raw, structure.__name__)
        for field, _ in structure._fields_:
            assert getattr(structure, field).offset == getattr(theirs, field).offset, (structure.__name__, field)
            assert getattr(structure, field).size == getattr(theirs, field).size, (structure.__name__, field)


def test_reader_backends_pdfium_functions_come_from_pypdfium2_raw_where_its_file_is_elsewhere(monkeypatch):
    """A pypdfium2 build whose library is not beside its package (a system pdfium): the reader's functions are
    looked up on pypdfium2_raw itself, the same library its pypdfium2 uses."""
    import ctypes

    import pypdfium2_raw

    from pipeline.reader import pdfium_lib

    assert isinstance(pdfium_lib._functions(), ctypes.CDLL)
    monkeypatch.setattr(pdfium_lib, "_library_file", lambda: None)
    source = pdfium_lib._functions()
    assert source is pypdfium2_raw
    monkeypatch.setattr(pdfium_lib, "_SOURCE", source)
    count = pdfium_lib._declare("FPDF_GetPageCount", ctypes.c_int, ctypes.c_void_p)
    assert ctypes.cast(count, ctypes.c_void_p).value == ctypes.cast(pdfium_lib.FPDF_GetPageCount,
                                                                   ctypes.c_void_p).value
