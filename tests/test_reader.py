"""The reader on the bundled sample and on the shared corpus of real papers."""

import importlib.util
import json
import re
import subprocess
import sys

import pytest
from conftest import shared_path

from pipeline.records import NOISE_KINDS, BlockKind

REAL = {   # file → the number of its last reference entry, read off the PDF's last page
    "yang2025_carbonenergy_li_metal_anode_transference.pdf": 79,
    "choi2025_natcommun_anodefree_ag_exsolution.pdf": 45,
    "kim2015_scirep_s_swnt_pani_li_s.pdf": 25,
    "song2015_nanomaterials_rgo_swnt_stn_anode.pdf": 27,
    "kim2024_ijer_ca_coating_screening.pdf": 39,
}


def _flat(text: str) -> str:
    """Letters and digits only, markers dropped: how check_reading_order.py compares text."""
    text = re.sub(r"\[\d+(?:[,–\-]\s*\d+)*\]", " ", text)
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@pytest.fixture(scope="module")
def real_documents():
    from pipeline.reader.document import read_document
    cache = {}

    def read(name):
        if name not in cache:
            cache[name] = read_document(shared_path("corpus", "real", name))
        return cache[name]
    return read


def test_reader_sample_metadata(sample_document):
    meta = sample_document.meta
    assert meta.doi == "10.1002/adv.201600445"
    assert meta.title.startswith("Advanced Micro/Nanostructures")
    assert sample_document.doc_id == "10.1002/adv.201600445"


@pytest.mark.parametrize("line, doi", [("DOI: 10.5555/ex.2020.0412", "10.5555/ex.2020.0412"),
                                        ("The rig follows doi:10.5555/ex.1999.0007 in all steps.", "")])
def test_reader_own_doi_pushed_to_the_second_page(tmp_path, line, doi):
    """A long abstract and affiliation list can push a paper's own DOI line onto its second page: a
    block opening with a DOI there is the paper's; a DOI cited in a sentence there is another work's."""
    from typeset import one_column_pdf

    from pipeline.reader.document import read_document
    filler = ("The coated foil was cycled against a bare one for many hours at several rates, and the "
              "cells were opened afterwards to look at the surface of each electrode under the microscope. ")
    paragraphs = [("title", "A Layered Host for Even Plating"), *[("body", filler * 3)] * 16, ("body", line),
                  ("body", filler)]
    document = read_document(one_column_pdf(tmp_path / "doi.pdf", paragraphs))
    assert any(line in b.text and b.page == 2 for b in document.blocks)
    assert document.meta.doi == doi


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




def test_reader_sample_citation_markers_resolve(sample_document):
    known = {r.number for r in sample_document.references}
    used = [n for b in sample_document.blocks if b.kind in (BlockKind.BODY, BlockKind.CAPTION, BlockKind.ABSTRACT)
            for m in b.citations for n in m.numbers]
    assert len(used) > 100
    assert sum(n in known for n in used) / len(used) >= 0.99


def test_reader_side_stamps_and_footers_stay_out_of_body(real_documents):
    document = real_documents("yang2025_carbonenergy_li_metal_anode_transference.pdf")
    stamps = [b for b in document.blocks if b.kind == BlockKind.STAMP]
    assert len(stamps) >= document.page_count - 1
    body = " ".join(b.text for b in document.body)
    assert "Downloaded from" not in body and not re.search(r"\b\d+ of 14\b", body)


@pytest.mark.parametrize("name, last", REAL.items())
def test_reader_real_paper_reference_count_matches_last_number(real_documents, name, last):
    document = real_documents(name)
    assert [r.number for r in document.references] == list(range(1, last + 1))
    assert document.unresolved_citations == ()


@pytest.mark.parametrize("stem", ["yang2025_carbonenergy_li_metal_anode_transference",
                                  "choi2025_natcommun_anodefree_ag_exsolution", "kim2015_scirep_s_swnt_pani_li_s"])
def test_reader_reference_fields_against_gold(real_documents, stem):
    spec = importlib.util.spec_from_file_location("evaluate", shared_path("tools", "evaluate.py"))
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    gold = json.loads(shared_path("gold", f"{stem}.refs.gold.json").read_text(encoding="utf-8"))
    rows = [{"number": r.number, "authors": list(r.authors), "journal": r.journal, "year": r.year or "",
             "volume": r.volume, "pages": r.pages} for r in real_documents(f"{stem}.pdf").references]
    assert evaluate.score_references(rows, gold) >= 0.95


def test_reader_title_from_page_when_metadata_has_none(real_documents):
    """A paper whose PDF metadata holds no title: title, authors, year and DOI as its gold file gives them."""
    stem = "kim2015_scirep_s_swnt_pani_li_s"
    gold = json.loads(shared_path("gold", f"{stem}.gold.json").read_text(encoding="utf-8"))["document"]
    meta = real_documents(f"{stem}.pdf").meta
    assert _flat(meta.title) == _flat(gold["title"])
    assert (len(meta.authors), meta.year, meta.doi) == (len(gold["authors"]), gold["year"], gold["doi"])


def test_reader_nature_superscript_markers_become_data(real_documents):
    document = real_documents("choi2025_natcommun_anodefree_ag_exsolution.pdf")
    first = next(b for b in document.blocks if b.kind == BlockKind.BODY)
    assert first.text.startswith("The discovery of sulfide-based solid electrolytes, such as Li6PS5Cl, Li10GeP2S12,")
    assert [m.numbers for m in first.citations[:3]] == [(1,), (2,), (3,)]


def test_reader_cli_json_has_blocks_references_and_unresolved(sample_pdf):
    from typer.testing import CliRunner

    from pipeline.cli import app
    result = CliRunner().invoke(app, ["read", str(sample_pdf), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    block = next(b for b in data["blocks"] if b["kind"] == "body" and b["citations"])
    assert set(block) >= {"kind", "page", "bbox", "section", "citations", "text"}
    assert len(data["references"]) == 111 and data["unresolved_citations"] == []


@pytest.mark.parametrize("name, labels, kept", [
    # a page that is mostly one vector figure: its labels outnumber the page's running text
    ("kim2024_ijer_ca_coating_screening.pdf", "CaB O CaP", "Potential coating materials are expected"),
    # a plot's frame holds its markers and tick labels: every object in it counts towards a figure
    ("song2015_nanomaterials_rgo_swnt_stn_anode.pdf", "Z (ohms)", "Electrochemical impedance spectra"),
])
def test_reader_vector_figure_labels_stay_out_of_body(real_documents, name, labels, kept):
    document = real_documents(name)
    body = " ".join(b.text for b in document.blocks if b.kind not in NOISE_KINDS)   # captions included
    figure_text = " ".join(b.text for b in document.blocks if b.kind == BlockKind.OTHER)
    assert labels not in body and labels in figure_text
    assert kept in body


QUOTED = ["choi2025_natcommun_anodefree_ag_exsolution", "kim2015_scirep_s_swnt_pani_li_s",
          "kim2017_npgasiamat_bn_carbon_separator", "kim2024_ijer_ca_coating_screening",
          "song2015_nanomaterials_rgo_swnt_stn_anode"]


@pytest.mark.parametrize("name", QUOTED)
def test_reader_keeps_the_golds_verbatim_sentences_intact(name):
    """Every figure sentence the gold quotes is found whole in `anodekg read` (the README's 149 of 149)."""
    checker = shared_path("tools", "check_quotes.py")
    cli = f"{sys.executable} -m pipeline.cli"
    result = subprocess.run([sys.executable, str(checker), str(shared_path("corpus", "real", f"{name}.pdf")),
                             str(shared_path("gold", f"{name}.gold.json")), "--cli", cli, "--show"],
                            capture_output=True, text=True, timeout=600)
    intact, total = map(int, re.search(r"intact (\d+)/(\d+)", result.stdout).groups())
    assert intact == total, result.stdout
