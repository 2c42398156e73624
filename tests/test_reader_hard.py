"""Bad files from ../shared/corpus/real/hard: one clear line, a documented exit code, the store untouched,
and a batch that goes on past them."""

import pytest
from conftest import shared_path
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store import open_store

runner = CliRunner()

REFUSED = [   # file, exit code, words the one-line message must hold
    ("empty_zero_bytes.pdf", 3, "zero-byte"),
    ("not_a_pdf_html_redirect.pdf", 3, "an HTML page, not a PDF"),
    ("encrypted_rc4_user_password_test.pdf", 3, "--password"),
    ("scanned_no_text_layer_grumman1974.pdf", 3, "OCR"),
]
RECOVERED = ["encrypted_aes256_r6_empty_user_password.pdf", "malformed_junk_before_header_broken_xref.pdf",
             "malformed_no_startxref_null_padded.pdf"]


def _quads(path):
    store = open_store(str(path))
    try:
        return store.count()
    finally:
        store.close()


@pytest.mark.parametrize("name, code, words", REFUSED)
def test_reader_hard_file_read_is_one_clear_line(name, code, words):
    result = runner.invoke(app, ["read", str(shared_path("corpus", "real", "hard", name))])
    assert result.exit_code == code, result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output


@pytest.mark.parametrize("name, code, words", REFUSED)
def test_reader_hard_file_ingest_leaves_store_untouched(name, code, words, store_copy):
    before = _quads(store_copy)
    result = runner.invoke(app, ["ingest", str(shared_path("corpus", "real", "hard", name)), "--store", str(store_copy)])
    assert result.exit_code == code, result.output
    assert words in result.output
    assert _quads(store_copy) == before


@pytest.mark.parametrize("name", RECOVERED)
def test_reader_hard_file_recovered_reads_text(name):
    from pipeline.document import read_document
    document = read_document(shared_path("corpus", "real", "hard", name))
    assert document.page_count >= 1
    assert sum(len(b.text) for b in document.body) > 10


def test_reader_encrypted_file_opens_with_password():
    result = runner.invoke(app, ["read", str(shared_path("corpus", "real", "hard", "encrypted_rc4_user_password_test.pdf")),
                                 "--password", "test"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout) > 1000


def test_reader_batch_goes_on_past_bad_files(tmp_path):
    hard = shared_path("corpus", "real", "hard")
    files = [hard / "empty_zero_bytes.pdf", hard / "scanned_no_text_layer_grumman1974.pdf",
             hard / "malformed_no_startxref_null_padded.pdf"]
    store = tmp_path / "store"
    result = runner.invoke(app, ["ingest", *map(str, files), "--store", str(store), "--json"])
    assert result.exit_code == 3, result.output
    from pipeline import api
    graph_store = open_store(str(store))
    try:
        assert api.stats(graph_store)["papers"] == 1      # the scan is never an empty paper
    finally:
        graph_store.close()


def test_reader_truncated_file_is_a_broken_pdf(sample_pdf, tmp_path):
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(sample_pdf.read_bytes()[:40_000])
    result = runner.invoke(app, ["read", str(truncated)])
    assert result.exit_code == 3 and "BrokenPdf" in result.output


def test_reader_bug_in_our_layout_code_is_not_a_damaged_pdf(sample_pdf, tmp_path, monkeypatch):
    """Only parsing the file is guarded: our own bug surfaces as itself, and in a batch as an internal
    error of that one file while the others ingest."""
    from pipeline import api, document
    from pipeline.document import read_document

    def broken_layout(pages, *args, **kwargs):
        next(iter(pages))                            # reads a page, as the real one does
        raise IndexError("a bug in our layout code")

    monkeypatch.setattr(document, "document_lines", broken_layout)
    with pytest.raises(IndexError):
        read_document(sample_pdf)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    store = open_store(str(tmp_path / "store"))
    try:
        report = api.ingest([sample_pdf, empty], store)
    finally:
        store.close()
    sample, bad = report.outcomes
    assert sample.status == "failed" and sample.exit_code == 1 and "IndexError" in sample.error
    assert "bug in AnodeKG" in sample.error
    assert bad.status == "failed" and "empty" in bad.error
