"""Ingest into a real on-disk Oxigraph store: contract fields, idempotence, atomic failure."""

import pytest

from pipeline import api
from pipeline.store import open_store

CONTRACT_FIELDS = {"paper", "structure", "class", "subclass", "property", "value", "unit", "qualifier",
                   "citations", "page", "sentence"}


def test_ingest_measurements_carry_every_contract_field(sample_store):
    rows = api.query(sample_store, "measurements").rows
    assert rows
    for row in rows:
        assert set(row) >= CONTRACT_FIELDS
        assert row["page"] >= 1 and row["sentence"].strip()
        assert row["class"] in {"ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"}
        assert row["qualifier"] in {"=", ">", "<", "~", ">=", "<="}
        assert all(isinstance(n, int) for n in row["citations"])


def test_ingest_units_are_the_ontology_canonical_units(sample_store):
    from pipeline.ontology import properties
    for row in api.query(sample_store, "measurements").rows:
        assert row["unit"] == properties()[row["property"]].unit


def test_ingest_unchanged_file_is_skipped(store_copy, sample_pdf):
    store = open_store(str(store_copy))
    try:
        before = store.count()
        report = api.ingest([sample_pdf], store)
        assert [o.status for o in report.outcomes] == ["skipped"]
        assert store.count() == before
    finally:
        store.close()


def test_ingest_forced_reingest_replaces_not_duplicates(store_copy, sample_pdf):
    store = open_store(str(store_copy))
    try:
        before = store.count()
        rows_before = len(api.query(store, "measurements").rows)
        report = api.ingest([sample_pdf], store, force=True)
        assert [o.status for o in report.outcomes] == ["ok"]
        assert store.count() == before
        assert len(api.query(store, "measurements").rows) == rows_before
    finally:
        store.close()


def test_ingest_of_a_lone_file_opens_the_database_once(store_copy, sample_pdf, monkeypatch):
    """A lone file's ingest is one write session: the ontology check, the check for an unchanged file
    and the paper's write share one open of the database (each open is a RocksDB open, and its flush
    and close), made while the file is read."""
    import pyoxigraph as ox
    opened: list[str] = []
    real = ox.Store

    class CountingStore:
        def __new__(cls, path: str | None = None):
            if path is not None:            # an in-memory store (the digest's) is no database open
                opened.append("read-write")
            return real(path)

        @staticmethod
        def read_only(path: str):
            opened.append("read-only")
            return real.read_only(path)

    monkeypatch.setattr(ox, "Store", CountingStore)
    store = open_store(str(store_copy))
    try:
        report = api.ingest([sample_pdf], store, force=True)
    finally:
        store.close()
    assert [o.status for o in report.outcomes] == ["ok"]
    assert opened == ["read-write"]


def test_ingest_failed_file_leaves_store_unchanged(store_copy, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"<html><body>Redirecting</body></html>")
    store = open_store(str(store_copy))
    try:
        before = store.count()
        report = api.ingest([bad], store)
        assert report.failed and "not a PDF" in report.failed[0].error
        assert store.count() == before
    finally:
        store.close()


def _graph_names(store_dir) -> set[str]:
    with open_store(str(store_dir), read_only=True) as store:
        return {g.value for g in store.graphs()}


def test_ingest_new_store_gets_its_ontology_with_the_first_paper(tmp_path, sample_pdf):
    """A store made by an ingest holds the ontology beside the paper, though both went in in one session
    (the paper's), and the unchanged file is skipped the next time."""
    from pipeline.build_rdf import ONTOLOGY_GRAPH
    store = open_store(str(tmp_path / "new"))
    try:
        assert store.is_new()
        first = api.ingest([sample_pdf], store)
        again = api.ingest([sample_pdf], store)
    finally:
        store.close()
    assert [o.status for o in first.outcomes] == ["ok"] and [o.status for o in again.outcomes] == ["skipped"]
    assert str(ONTOLOGY_GRAPH) in _graph_names(tmp_path / "new") and len(_graph_names(tmp_path / "new")) == 2
    assert again.triples == first.triples


def test_ingest_new_store_gets_its_ontology_when_no_paper_is_written(tmp_path):
    from pipeline.build_rdf import ONTOLOGY_GRAPH
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"<html><body>Redirecting</body></html>")
    store = open_store(str(tmp_path / "new"))
    try:
        assert api.ingest([bad], store).failed
    finally:
        store.close()
    assert _graph_names(tmp_path / "new") == {str(ONTOLOGY_GRAPH)}


def test_ingest_folder_without_pdfs_is_an_input_error(tmp_path):
    from pipeline.errors import InputError
    with pytest.raises(InputError, match="no PDF"):
        api.find_pdfs([tmp_path])


def test_ingest_store_validates(sample_store):
    report = api.validate_store(sample_store)
    assert report.conforms, report.text


def test_ingest_every_named_query_runs(sample_store):
    from pipeline.store.named import named_queries
    for name in named_queries():
        table = api.query(sample_store, name)
        assert table.columns, name


def test_ingest_pipes_and_broken_links_are_reported_not_dropped(tmp_path, cross_paper_pdfs):
    """Entries named .pdf that are no file fail in the summary, each with its reason; a named pipe
    is never opened (a read would wait for a writer for ever); the batch goes on."""
    import json
    import os

    from typer.testing import CliRunner

    from pipeline.cli import app
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "good.pdf").write_bytes(cross_paper_pdfs["cited"].read_bytes())
    os.mkfifo(folder / "pipe.pdf")
    (folder / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")
    (folder / "loop-a.pdf").symlink_to(folder / "loop-b.pdf")
    (folder / "loop-b.pdf").symlink_to(folder / "loop-a.pdf")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--json", "--store", str(tmp_path / "store")])
    assert result.exit_code == 3, result.output
    rows = {row["file"]: row for row in json.loads(result.stdout)["files"]}
    assert rows["good.pdf"]["status"] == "ok"
    for name, words in (("pipe.pdf", "a named pipe"), ("gone.pdf", "a broken symbolic link"),
                        ("loop-a.pdf", "a symbolic link loop"), ("loop-b.pdf", "a symbolic link loop")):
        assert rows[name]["status"] == "failed" and words in rows[name]["error"], rows[name]


def test_ingest_broken_link_given_by_name_is_reported(tmp_path, cross_paper_pdfs):
    link = tmp_path / "paper.pdf"
    link.symlink_to(tmp_path / "moved-away.pdf")
    store = open_store(str(tmp_path / "store"))
    try:
        report = api.ingest([link, cross_paper_pdfs["cited"]], store)
    finally:
        store.close()
    assert [o.status for o in report.outcomes] == ["failed", "ok"]
    assert "broken symbolic link" in report.outcomes[0].error and "moved-away.pdf" in report.outcomes[0].error


def test_ingest_a_lone_file_into_a_database_that_cannot_open_fails_with_the_stores_error(tmp_path, sample_pdf):
    """A lone file's session opens its database in a thread beside the reading; an open that fails there
    still fails the ingest with the store's own error, not the file."""
    from pipeline.errors import StoreError
    (tmp_path / "damaged").mkdir()
    (tmp_path / "damaged" / "CURRENT").write_text("MANIFEST-000404\n")      # names a manifest that is not there
    store = open_store(str(tmp_path / "damaged"))
    try:
        with pytest.raises(StoreError, match="cannot open the store"):
            api.ingest([sample_pdf], store)
    finally:
        store.close()
