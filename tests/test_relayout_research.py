"""Off the research papers' own layouts: each shared research paper, as the reader reads it, printed again by
Chromium (two columns, raised citations; three narrow columns with words hyphenated at line ends) scores as
the paper itself does. Guards against extraction that leans on one typesetter's output rather than on what the
text says: the same sentences set another way must give the same figures on the same structures."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from browser_typeset import print_html, read_paper_html
from conftest import shared_path

PAPERS = ["choi2025_natcommun_anodefree_ag_exsolution", "kim2015_scirep_s_swnt_pani_li_s",
          "kim2017_npgasiamat_bn_carbon_separator", "kim2024_ijer_ca_coating_screening",
          "song2015_nanomaterials_rgo_swnt_stn_anode", "yang2025_carbonenergy_li_metal_anode_transference"]
LAYOUTS = {"two-columns-raised-citations": (2, "sup", False), "three-columns-hyphenated": (3, "brackets", True)}
CLI = Path(sys.executable).with_name("anodekg")
SLACK = 0.005


def strict_f1(pdf: Path, gold: Path) -> float:
    out = subprocess.run([sys.executable, str(shared_path("tools", "evaluate.py")), str(pdf), str(gold),
                          "--cli", str(CLI)], capture_output=True, text=True, timeout=600)
    found = re.search(r"on the right structure P=[\d.]+ R=[\d.]+ F1=([\d.]+)", out.stdout)
    assert found, out.stdout[-1000:] + out.stderr[-1000:]
    return float(found[1])


@pytest.mark.slow
@pytest.mark.parametrize("paper", PAPERS)
def test_a_research_paper_printed_again_scores_as_itself(paper, chromium, tmp_path):
    pdf, gold = shared_path("corpus", "real", f"{paper}.pdf"), shared_path("gold", f"{paper}.gold.json")
    read = json.loads(subprocess.run([str(CLI), "read", str(pdf), "--format", "json"], capture_output=True, text=True,
                                     timeout=300, check=True).stdout)
    itself = strict_f1(pdf, gold)
    for name, (columns, markers, hyphens) in LAYOUTS.items():
        again = print_html(read_paper_html(read, columns, markers, hyphens), tmp_path / f"{name}.pdf", chromium)
        assert strict_f1(again, gold) >= itself - SLACK, name
