"""Real papers from ../shared/corpus/real: every one yields figures, each on a structure of the paper. How
many are right, and on the right structure, is test_scores.py's (the shared gold files); no paper's names,
figures or sentences are spelled here."""

import pytest
from conftest import shared_path

from pipeline import api

REAL = ["yang2025_carbonenergy_li_metal_anode_transference.pdf", "choi2025_natcommun_anodefree_ag_exsolution.pdf",
        "kim2015_scirep_s_swnt_pani_li_s.pdf", "kim2024_ijer_ca_coating_screening.pdf",
        "song2015_nanomaterials_rgo_swnt_stn_anode.pdf"]


@pytest.fixture(scope="module")
def real_paper():
    """Each real paper read, extracted and validated once per module."""
    done = {}

    def process(name):
        if name not in done:
            done[name] = api.process(shared_path("corpus", "real", name))
        return done[name]
    return process


@pytest.mark.parametrize("name", REAL)
def test_extract_papers_every_real_paper_yields_figures(real_paper, name):
    processed = real_paper(name)
    assert processed.extraction.measurements
    assert all(m.structure in {s.key for s in processed.extraction.structures}
               for m in processed.extraction.measurements)

