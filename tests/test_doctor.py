"""`anodekg doctor`: finds SHACL violations, orphans and changed or missing sources; --fix re-ingests."""

import json
import shutil

import pyoxigraph as ox
import pytest
from conftest import fingerprint, paper_graph_of, rewrite_paper_graph
from rdflib.namespace import PROV
from typer.testing import CliRunner

from pipeline import doctor
from pipeline.build_rdf import CITO
from pipeline.cli import app
from pipeline.store import open_store
from pipeline.vocab import AKG

runner = CliRunner()
AKG_NS = str(AKG)


def _without_target_of(predicate):
    """Drop every triple about the node the first ``predicate`` triple of the paper graph points at."""
    def change(triples):
        node = next(t.object for t in triples if t.predicate.value == str(predicate))
        return [t for t in triples if t.subject != node]
    return change


def _replace_literal(prop: str, value: ox.Literal):
    """Give every triple with akg:PROP the object ``value``."""
    def change(triples):
        return [ox.Triple(t.subject, t.predicate, value) if t.predicate.value == AKG_NS + prop else t for t in triples]
    return change


def _kinds(store_dir, **options):
    report = doctor.run(open_store(str(store_dir)), **options)
    return sorted({f.kind for f in report.findings}), report


def test_doctor_healthy_store_has_no_findings(store_copy):
    kinds, report = _kinds(store_copy)
    assert kinds == [] and report.healthy and report.papers == 1


@pytest.mark.parametrize("predicate, missing", [(PROV.wasDerivedFrom, "source sentence"),
                                                (CITO.citesAsDataSource, "cited reference")])
def test_doctor_finds_nodes_pointing_at_missing_ones(store_copy, predicate, missing):
    rewrite_paper_graph(store_copy, _without_target_of(predicate))
    kinds, report = _kinds(store_copy)
    orphans = [f for f in report.findings if f.kind == "orphan"]
    assert orphans and all(missing in f.detail and f.graph == paper_graph_of(store_copy) for f in orphans)
    assert all(f.fixable for f in orphans)


def test_doctor_finds_measurement_without_structure_and_fixes_it(store_copy, sample_store_dir):
    rewrite_paper_graph(store_copy, lambda triples: [t for t in triples if "/structure/" not in t.subject.value])
    kinds, report = _kinds(store_copy)
    assert "orphan" in kinds and any("structure" in f.detail for f in report.findings)
    kinds, report = _kinds(store_copy, fix=True)
    assert kinds == [] and [o.status for o in report.repaired] == ["ok"]
    assert fingerprint(store_copy) == fingerprint(sample_store_dir)


def test_doctor_finds_shacl_violation_and_fixes_it(store_copy, sample_store_dir):
    rewrite_paper_graph(store_copy, _replace_literal("value", ox.Literal("lots")))
    kinds, report = _kinds(store_copy)
    assert "shacl" in kinds
    assert next(f for f in report.findings if f.kind == "shacl").graph == paper_graph_of(store_copy)
    kinds, _ = _kinds(store_copy, fix=True)
    assert kinds == []
    assert fingerprint(store_copy) == fingerprint(sample_store_dir)


def test_doctor_finds_changed_source_and_reingests_it(store_copy, sample_pdf, tmp_path):
    pdf = tmp_path / sample_pdf.name
    shutil.copy(sample_pdf, pdf)
    rewrite_paper_graph(store_copy, _replace_literal("sourcePath", ox.Literal(str(pdf))))
    with pdf.open("ab") as handle:
        handle.write(b"\n% saved again by a downloader\n")          # same paper, other bytes
    kinds, report = _kinds(store_copy)
    assert kinds == ["source-changed"] and report.findings[0].source == str(pdf)
    kinds, report = _kinds(store_copy, fix=True)
    assert kinds == [] and report.repaired[0].status == "ok"
    assert doctor.paper_sources(open_store(str(store_copy)))[0].sha256 == doctor.sha256_of(pdf)


def test_doctor_missing_source_is_reported_not_fixed(store_copy, tmp_path):
    rewrite_paper_graph(store_copy, _replace_literal("sourcePath", ox.Literal(str(tmp_path / "gone.pdf"))))
    before = fingerprint(store_copy)
    kinds, report = _kinds(store_copy, fix=True)
    assert kinds == ["source-missing"] and not report.findings[0].fixable and report.repaired == ()
    assert fingerprint(store_copy) == before


def test_doctor_finds_moved_source_in_a_search_folder(store_copy, sample_pdf, tmp_path):
    rewrite_paper_graph(store_copy, _replace_literal("sourcePath", ox.Literal(str(tmp_path / "old" / "x.pdf"))))
    kinds, _ = _kinds(store_copy, search=[sample_pdf.parent])
    assert kinds == []


def test_doctor_stray_graph_and_default_triples_are_reported_and_kept(store_copy):
    store = open_store(str(store_copy))
    junk = ox.NamedNode("urn:junk")
    store.put_graph(junk, [ox.Quad(junk, junk, ox.Literal("x"), junk)])
    kinds, report = _kinds(store_copy, fix=True)
    assert kinds == ["orphan"] and not report.findings[0].fixable
    assert junk in open_store(str(store_copy)).graphs()                   # nothing is lost


def test_doctor_cli_json_matches_library_and_exit_code(store_copy, tmp_path):
    result = runner.invoke(app, ["doctor", "--json", "--store", str(store_copy)])
    assert result.exit_code == 0 and json.loads(result.stdout)["healthy"] is True
    rewrite_paper_graph(store_copy, _replace_literal("sourcePath", ox.Literal(str(tmp_path / "gone.pdf"))))
    result = runner.invoke(app, ["doctor", "--json", "--store", str(store_copy)])
    assert result.exit_code == 6
    data = json.loads(result.stdout)
    expected = doctor.diagnose(open_store(str(store_copy)))
    assert [f["kind"] for f in data["findings"]] == [f.kind for f in expected.findings] == ["source-missing"]


def test_doctor_help_has_an_example():
    result = runner.invoke(app, ["doctor", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--store" in result.output


def test_doctor_finds_a_paper_read_by_another_version_and_reingests_it(store_copy, sample_store_dir):
    rewrite_paper_graph(store_copy, _replace_literal("pipelineVersion", ox.Literal("0.0.1")))
    kinds, report = _kinds(store_copy)
    assert kinds == ["outdated"] and "0.0.1" in report.findings[0].detail
    kinds, report = _kinds(store_copy, fix=True)
    assert kinds == [] and [o.status for o in report.repaired] == ["ok"]
    assert fingerprint(store_copy) == fingerprint(sample_store_dir)


def test_doctor_problem_ingest_wrote_from_the_same_file_is_not_promised_a_fix(store_copy):
    """A graph exactly as ingest wrote it (its recorded digest holds) is what a re-read of the same file
    writes again: --fix must not promise, nor attempt, that repair (issue 15: it did, and exited 6)."""
    from pipeline.graph_digest import with_digest

    def as_if_ingested(triples):
        kept = [t for t in triples if "/structure/" not in t.subject.value and t.predicate.value != AKG_NS + "graphDigest"]
        subject = next(t.subject for t in kept if t.predicate.value == AKG_NS + "paperId")
        written = with_digest(ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES), subject)
        return list(ox.parse(written, format=ox.RdfFormat.N_TRIPLES))

    rewrite_paper_graph(store_copy, as_if_ingested)
    before = fingerprint(store_copy)
    kinds, report = _kinds(store_copy, fix=True)
    assert "orphan" in kinds and set(kinds) <= {"orphan", "shacl"} and report.repaired == ()
    assert not any(f.fixable for f in report.findings) and all("cannot repair" in f.detail for f in report.findings)
    assert fingerprint(store_copy) == before
    result = runner.invoke(app, ["doctor", "--fix", "--store", str(store_copy)])
    assert result.exit_code == 6 and "yes (--fix)" not in result.stdout


def test_doctor_fix_refuses_a_changed_source_that_reads_worse(store_copy, damaged_copy, tmp_path):
    """The paper's file was replaced by a damaged copy: --fix re-reads it, finds it worse, keeps the graph."""
    pdf = tmp_path / "review.pdf"
    shutil.copy(damaged_copy, pdf)
    rewrite_paper_graph(store_copy, _replace_literal("sourcePath", ox.Literal(str(pdf))))
    before = fingerprint(store_copy)
    kinds, report = _kinds(store_copy, fix=True)
    assert kinds == ["source-changed"]
    assert [o.status for o in report.repaired] == ["failed"] and "reads worse" in report.repaired[0].error
    assert fingerprint(store_copy) == before


def test_doctor_digest_of_ntriples_equals_the_digest_of_the_triples_one_by_one():
    """Ingest takes the digest of the N-Triples it writes; the definition the stored digests were made
    with is the sorted canonical lines of the triples one by one. A literal holding a raw line separator
    (which str.splitlines would cut) and a double written in another form must not change it."""
    import hashlib

    from pipeline.graph_digest import DIGEST, digest_of, with_digest
    data = ('<https://example.org/s> <https://example.org/p> "one\u2028two" .\n'
            '<https://example.org/s> <https://example.org/q> "9.90E1"^^<http://www.w3.org/2001/XMLSchema#double> .\n'
            f'<https://example.org/s> {PROV.generatedAtTime.n3()} "2026-01-01" .\n').encode()
    canonical = ox.Store()
    canonical.extend(ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
                     if t.predicate != ox.NamedNode(str(PROV.generatedAtTime)))
    lines = sorted(f"{q.subject} {q.predicate} {q.object} ." for q in canonical)
    assert digest_of(data) == hashlib.sha256("\n".join(lines).encode()).hexdigest()
    written = with_digest(data, ox.NamedNode("https://example.org/s"))
    assert digest_of(written) == digest_of(data)                 # the digest's own statement is left out
    assert [t.predicate for t in ox.parse(written, format=ox.RdfFormat.N_TRIPLES)][-1] == DIGEST
