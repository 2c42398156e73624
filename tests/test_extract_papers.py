"""Real papers from ../shared/corpus/real: every one yields figures, and a few figures of two papers,
checked by hand against their PDFs, come out on the right structure with the right value."""

import pytest
from conftest import shared_path

from pipeline import api
from pipeline.ontology import local_name

REAL = ["yang2025_carbonenergy_li_metal_anode_transference.pdf", "choi2025_natcommun_anodefree_ag_exsolution.pdf",
        "kim2015_scirep_s_swnt_pani_li_s.pdf", "kim2024_ijer_ca_coating_screening.pdf",
        "song2015_nanomaterials_rgo_swnt_stn_anode.pdf"]


def figures_of(processed):
    labels = {s.key: s.label for s in processed.extraction.structures}
    return {(labels[m.structure], local_name(m.property), round(m.value, 4), m.citations)
            for m in processed.extraction.measurements}


@pytest.fixture(scope="module")
def real_paper():
    """Each real paper read, extracted and validated once per module."""
    done = {}

    def process(name):
        if name not in done:
            done[name] = api.process(shared_path("corpus", "real", name))
        return done[name]
    return process


@pytest.fixture()
def kim2015(real_paper):
    return real_paper("kim2015_scirep_s_swnt_pani_li_s.pdf")


@pytest.fixture()
def song2015(real_paper):
    return real_paper("song2015_nanomaterials_rgo_swnt_stn_anode.pdf")


@pytest.mark.parametrize("name", REAL)
def test_extract_papers_every_real_paper_yields_figures(real_paper, name):
    processed = real_paper(name)
    assert processed.extraction.measurements
    assert all(m.structure in {s.key for s in processed.extraction.structures}
               for m in processed.extraction.measurements)


@pytest.mark.parametrize("figure", [
    ("PANI-S/SWNT", "CoulombicEfficiency", 98.0, ()),             # p. 2: "a higher Coulombic efficiency of 98%"
    ("S/SWNT", "CellResistance", 2.2, ()),                        # p. 3: "S/SWNT was 2.2 ohm"
    ("PANI-S/SWNT", "CellResistance", 2.0, ()),                   # p. 3: "PANI-S/SWNT was 2.0 ohm"
    ("PANI-S/SWNT", "CapacityRetention", 56.0, ()),               # p. 5: "capacity retention of 56%"
    ("S/SWNT", "CapacityRetention", 37.0, ()),                    # p. 5: "than that of S/SWNT (37%)"
])
def test_extract_papers_kim2015_hand_checked(kim2015, figure):
    assert figure in figures_of(kim2015)


def test_extract_papers_kim2015_coating_thickness(kim2015):
    # p. 2: "The PANI coating was around 20 nm thick."
    thickness = [(label, v) for label, p, v, _ in figures_of(kim2015) if p == "Thickness"]
    assert any("PANI" in label and v == 20.0 for label, v in thickness)


@pytest.mark.parametrize("prop, value", [
    ("SpecificCapacity", 1215.0),              # p. 6: "discharge and charge capacities of 1215 mAh/g and …"
    ("CoulombicEfficiency", 87.3),             # p. 6: "initial coulombic efficiency of 87.3%"
    ("CapacityRetention", 88.97),              # p. 6: "capacity retentions of 43.70% and 88.97% … respectively"
])
def test_extract_papers_song2015_composite_hand_checked(song2015, prop, value):
    found = {(label, p, v, c) for label, p, v, c in figures_of(song2015)}
    assert any("rGO-SWNT-STN" in label and (p, v, c) == (prop, value, ()) for label, p, v, c in found)


@pytest.mark.parametrize("prop, value", [("CoulombicEfficiency", 93.3), ("CapacityRetention", 43.7)])
def test_extract_papers_song2015_pristine_control_hand_checked(song2015, prop, value):
    # p. 6: "the pristine STN electrode (93.3%)"; "capacity retentions of 43.70% and 88.97% … respectively"
    found = {(label, p, v) for label, p, v, _ in figures_of(song2015)}
    assert any("STN" in label and "rGO" not in label and (p, v) == (prop, value) for label, p, v in found)


def test_extract_papers_song2015_one_node_for_the_composite(song2015):
    labels = [s.label for s in song2015.extraction.structures if "rGO-SWNT-STN" in s.label]
    assert len(labels) == 1
