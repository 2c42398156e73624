"""The reader on the bundled sample and on the shared corpus."""

import re
import subprocess
import sys

import pytest
from conftest import shared_path

from pipeline.records import BlockKind


def test_reader_sample_metadata(sample_document):
    meta = sample_document.meta
    assert meta.doi == "10.1002/adv.201600445"
    assert meta.title.startswith("Advanced Micro/Nanostructures")
    assert sample_document.doc_id == "10.1002/adv.201600445"


def test_reader_sample_sections_nest(sample_document):
    headings = {b.text: b for b in sample_document.blocks if b.kind == BlockKind.HEADING}
    carbon = headings["2.1. Carbon-Based Framework"]
    assert carbon.section[-1].startswith("2. Conductive")


def test_reader_sample_citation_markers_become_data(sample_document):
    body = [b for b in sample_document.blocks if b.kind == BlockKind.BODY]
    assert not any(re.search(r"\[\d+(?:[,–-]\d+)*\]", b.text) for b in body)
    numbers = {n for b in body for m in b.citations for n in m.numbers}
    assert {12, 13, 14, 15} <= numbers       # "[12–15]" expanded


def test_reader_sample_references_all_parsed(sample_document):
    refs = sample_document.references
    assert [r.number for r in refs] == list(range(1, 112))
    assert refs[0].journal == "Nature" and refs[0].year == 2008 and refs[0].volume == "451"
    assert sample_document.unresolved_citations == ()


def test_reader_reading_order_on_sample(sample_pdf, tmp_path):
    seed = shared_path("corpus", "seed-review", "zhang2017-advsci-micro-nanostructures-li-anodes.txt")
    checker = shared_path("tools", "check_reading_order.py")
    out = tmp_path / "out.txt"
    text = subprocess.run([sys.executable, "-m", "pipeline.cli", "read", str(sample_pdf), "--format", "text"],
                          capture_output=True, text=True, check=True).stdout
    out.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, str(checker), str(seed), str(out), "--n", "1000"],
                            capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    intact, total = map(int, re.search(r"intact (\d+)/(\d+)", result).groups())
    assert intact / total >= 0.98, result


@pytest.mark.parametrize("name, error", [
    ("empty_zero_bytes.pdf", "EmptyFile"),
    ("not_a_pdf_html_redirect.pdf", "NotAPdf"),
    ("encrypted_rc4_user_password_test.pdf", "EncryptedPdf"),
    ("scanned_no_text_layer_grumman1974.pdf", "NoTextLayer"),
])
def test_reader_hard_files_raise_clear_errors(name, error):
    from pipeline import errors
    from pipeline.document import read_document
    path = shared_path("corpus", "real", "hard", name)
    with pytest.raises(getattr(errors, error)):
        read_document(path)


def test_reader_encrypted_file_opens_with_password():
    from pipeline.document import read_document
    path = shared_path("corpus", "real", "hard", "encrypted_rc4_user_password_test.pdf")
    document = read_document(path, password="test")
    assert document.page_count == 4
