"""Bad files from ../shared/corpus/real/hard: one clear line, a documented exit code, the store untouched,
and a batch that goes on past them."""

import random
from pathlib import Path

import pytest
from conftest import shared_path
from typer.testing import CliRunner

from pipeline import api, errors
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
    from pipeline.reader.document import read_document
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
    assert result.exit_code == 3 and errors.BrokenPdf.hint in result.output      # the person reads the hint,
    with pytest.raises(errors.BrokenPdf):                                        # the library raises the class
        api.read(truncated)


def test_reader_bug_in_our_layout_code_is_not_a_damaged_pdf(sample_pdf, tmp_path, monkeypatch):
    """Only parsing the file is guarded: our own bug surfaces as itself, and in a batch as an internal
    error of that one file while the others ingest."""
    from pipeline import api
    from pipeline.reader import lines
    from pipeline.reader.document import read_document

    def broken_layout(pages, *args, **kwargs):
        next(iter(pages))                            # reads a page, as the real one does
        raise IndexError("a bug in our layout code")

    monkeypatch.setattr(lines, "document_lines", broken_layout)
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


def _read_error(path, *options: str) -> str:
    result = runner.invoke(app, ["read", str(path), *options])
    assert result.exit_code == 3, result.output
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    return line


def test_reader_hard_damaged_file_message_is_short(tmp_path):
    """A parser message quoting the file's raw dictionaries is cut to a line (it was 1.8 KB)."""
    regression = Path(__file__).resolve().parent / "fuzz" / "regressions" / "mediabox-with-a-string-malformedpdfexception.pdf"
    bad = tmp_path / "long-dictionary.pdf"
    bad.write_bytes(regression.read_bytes().replace(b"(792)", b"(" + b"/Type /Page /Contents 4 0 R " * 60 + b")"))
    line = _read_error(bad, "--backend", "pdfminer")       # pdfium reads the page as US Letter
    assert "damaged PDF" in line and len(line) < 300 + len(str(bad))


@pytest.mark.parametrize("content, words", [
    (bytes(random.Random(15).getrandbits(8) for _ in range(4096)), "unrecognised bytes, not a PDF (no %PDF- header"),
    (b"PK\x03\x04" + bytes(100), "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image"),
    (b"Title, authors and an abstract, saved as plain text.\n", "a text file, not a PDF"),
])
def test_reader_hard_not_a_pdf_says_what_it_is(tmp_path, content, words):
    bad = tmp_path / "paper.pdf"
    bad.write_bytes(content)
    line = _read_error(bad)
    assert words in line and "HTML" not in line and line.count("not a PDF") == 1


@pytest.mark.parametrize("name, code, words", REFUSED)
def test_reader_hard_messages_name_no_internal_class(name, code, words):
    result = runner.invoke(app, ["read", str(shared_path("corpus", "real", "hard", name))])
    classes = [n for n, v in vars(errors).items() if isinstance(v, type) and issubclass(v, Exception)]
    assert not [n for n in classes if f"{n}:" in result.output]


def test_reader_hard_translated_parser_error_is_one_short_line(tmp_path):
    from pdfminer.pdfparser import PDFSyntaxError

    from pipeline.reader.pdfminer_chars import _translate
    message = str(_translate(tmp_path / "x.pdf", PDFSyntaxError("Invalid dictionary construct: " + "<< /K 1 >>\n" * 300)))
    assert "\n" not in message and len(message) < 300 + len(str(tmp_path))
