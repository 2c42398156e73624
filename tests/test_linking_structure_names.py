"""Structure naming and attribution on made-up research papers: a name given in a bracket after a trade code, an
electrolyte recipe's ingredients, a precursor's lithiated product, codes joined by an at sign or coded by a series,
and what a layer makes of a plain thing. Every sentence here is invented; none is a corpus paper's."""

import pytest

from pipeline.extract import extract
from pipeline.ontology import local_name

RESULTS = ("3. Results and Discussion",)
METHODS = ("2. Experimental Section",)


@pytest.fixture()
def rows(make_document, nlp):
    """(property, value, structure label) of every figure of a made-up research paper."""
    def run(paragraphs, title=""):
        ex = extract(make_document(paragraphs, review=False, title=title), nlp)
        labels = {s.key: s.label for s in ex.structures}
        return {(local_name(m.property), m.value, labels[m.structure]) for m in ex.measurements}
    return run


def test_structure_names_a_name_a_bracket_gives_after_a_trade_code_names_the_phrase_it_spells(rows):
    """"… grown on a commercial nickel foam (grade N-110, hereafter NF)": the bracket's "hereafter NF" names the foam
    its letters spell, right before the bracket, not the sentence's subject (the nanowires, the design)."""
    found = rows([(METHODS, "Cobalt nanowires were grown on a commercial nickel foam (grade N-110, hereafter NF) by a "
                            "solvothermal step."),
                  (RESULTS, "The nucleation overpotential is 12 mV on the cobalt nanowires and 40 mV on NF."),
                  (RESULTS, "Symmetric cells with Li@NF fail after 150 h.")],
                 title="Cobalt nanowires on nickel foam for lithium metal anodes")
    assert {v for _, v, label in found if "NF" in label} == {40.0, 150.0}
    assert not any("NF" in label and "obalt" in label for _, _, label in found)


def test_structure_names_an_amount_a_recipe_lists_after_its_solvents_is_an_ingredient_not_an_arm(rows):
    """"… with 1 M LiPF6 in EC/DEC containing 2 wt% VC": the amount that the electrolyte's recipe goes on to list
    is one of its ingredients, shared by every cell; no arm named "2 wt% VC" takes the sentence's figure."""
    found = rows([(RESULTS, "We coat copper foam with silver nanocrystals (Ag@CuF)."),
                  (METHODS, "All cells were filled with 1 M LiPF6 in EC/DEC containing 2 wt% VC and rested at "
                            "0.02 mA cm−2 for 5 h before the tests."),
                  (RESULTS, "The nucleation overpotential is 15 mV on Ag@CuF and 48 mV on bare copper foam.")],
                 title="Silver nanocrystals on copper foam for lithium metal anodes")
    assert not any("VC" in label for _, _, label in found)
    assert ("Overpotential", 15.0, "Ag@CuF") in found


def test_structure_names_the_lithiated_host_is_the_design_not_the_control_said_before(rows):
    """"The lithiated host keeps …" after a sentence about the bare mesh: a host called by what lithiation made of
    it is the paper's design (its precursor's product), not the subject of the sentence before."""
    found = rows([(RESULTS, "Tin oxide nanosheets were grown on titanium mesh (SnO@TM) and lithiated in the first "
                            "discharge."),
                  (RESULTS, "The nucleation overpotential is 9 mV on SnO@TM and 41 mV on bare TM."),
                  (RESULTS, "Bare TM loses its capacity after 80 cycles."),
                  (RESULTS, "The lithiated host keeps an average Coulombic efficiency of 98.7% over 300 cycles.")],
                 title="Tin oxide nanosheets on titanium mesh for lithium metal anodes")
    assert ("CoulombicEfficiency", 98.7, "SnO@TM") in found
    assert ("CycleNumber", 80.0, "bare TM") in found


def test_structure_names_a_code_joined_by_an_at_sign_is_one_name_though_the_paper_never_defines_it(rows):
    """"cells with NbS@C", "the uptake of NbS@C": an at sign joins a core and its shell, or a coat and its host, into
    one thing, so the code is read whole where the paper never spells it out (not "NbS" without its carbon)."""
    found = rows([(RESULTS, "Li||Cu cells with NbS@C keep an average Coulombic efficiency of 98.1% over 200 cycles."),
                  (RESULTS, "The electrolyte uptake of NbS@C is 180%, compared with 90% for bare PP.")],
                 title="Niobium sulfide coated separators for lithium metal batteries")
    assert {(p, v) for p, v, label in found if label == "NbS@C"} >= {("CoulombicEfficiency", 98.1),
                                                                    ("ElectrolyteUptake", 180.0)}


def test_structure_names_a_series_coded_by_an_element_an_acronym_and_a_number_keeps_one_arm_per_sample(rows):
    """"denoted Ni-CNT-2, Ni-CNT-4 and Ni-CNT-8, where the number is the deposition time": codes whose stem is an
    element and an acronym joined by a hyphen are samples of a series, each its own arm, not one "Ni-CNT" arm, and
    the first code is no short form of the sentence's phrase."""
    found = rows([(METHODS, "Nickel particles were deposited on carbon nanotube films for 2, 4 and 8 h, denoted "
                            "Ni-CNT-2, Ni-CNT-4 and Ni-CNT-8, where the number is the deposition time in hours."),
                  (RESULTS, "Ni-CNT-4 shows a nucleation overpotential of 10 mV, lower than Ni-CNT-2 (18 mV) and "
                            "Ni-CNT-8 (14 mV).")],
                 title="Nickel-decorated carbon nanotube films for lithium metal anodes")
    assert {(v, label) for _, v, label in found} == {(10.0, "Ni-CNT-4"), (18.0, "Ni-CNT-2"), (14.0, "Ni-CNT-8")}


def test_structure_names_what_a_layer_makes_of_a_plain_thing_is_the_layered_design(rows):
    """"A 30 nm Li3PO4 layer makes Li6PS5Cl stable against lithium: the critical current density rises to …": the
    plain electrolyte the layer makes stable is, in that clause, the layered product (the design), not the bare
    pellet the formula names alone elsewhere."""
    found = rows([(RESULTS, "We sputter a thin Li3PO4 layer on Li6PS5Cl pellets (LPO-LPSC)."),
                  (RESULTS, "Bare Li6PS5Cl shows a critical current density of 0.4 mA cm−2."),
                  (RESULTS, "A 30 nm Li3PO4 layer makes Li6PS5Cl stable against lithium: the critical current density "
                            "rises to 1.5 mA cm−2.")],
                 title="Li3PO4-coated Li6PS5Cl pellets face lithium metal")
    assert {label for p, v, label in found if v == 1.5} == {"LPO-LPSC"}
    assert {label for p, v, label in found if v == 0.4} != {"LPO-LPSC"}


def test_structure_names_designs_named_by_a_count_of_the_process_that_made_them(rows):
    """"the 20-dip film" and "the 60-dip film": designs told apart only by how many steps made them, no short form;
    each is an arm and takes its own figures, the second said in a gapped clause with an article ("and the 60-dip
    film a 90 nm coating")."""
    found = rows([(RESULTS, "Copper foils were dipped 20 or 60 times in a silane bath."),
                  (RESULTS, "The 20-dip film forms a 30 nm coating and the 60-dip film a 90 nm coating."),
                  (RESULTS, "Li||Cu cells with the 20-dip film keep a Coulombic efficiency of 98.7%, and those with "
                            "the 60-dip film 97.1%.")],
                 title="Silane dip coatings on copper current collectors")
    assert {(p, v, label) for p, v, label in found if p in ("Thickness", "CoulombicEfficiency")} == {
        ("Thickness", 30.0, "20-dip film"), ("Thickness", 90.0, "60-dip film"),
        ("CoulombicEfficiency", 98.7, "20-dip film"), ("CoulombicEfficiency", 97.1, "60-dip film")}


def test_structure_names_a_control_named_by_a_relative_clause_of_what_was_not_done(rows):
    """"the mesh that was not coated", "a mesh which was left untreated": the thing the treatment was not given to
    is the control, as "the uncoated mesh" would be; neither the bare head noun nor the design takes its figure."""
    found = rows([(RESULTS, "We coat nickel mesh with a zinc fluoride film (ZF@NM)."),
                  (RESULTS, "Symmetric cells with ZF@NM run for 900 h, while the mesh that was not coated fails after "
                            "140 h.")],
                 title="Zinc fluoride films on nickel mesh")
    assert ("Lifespan", 140.0, "uncoated mesh") in found
    assert ("Lifespan", 900.0, "zinc fluoride film (ZF@NM)") in found or \
        any(v == 900.0 and "ZF@NM" in label for _, v, label in found)
    assert not any(v == 140.0 and "ZF@NM" in label for _, v, label in found)


def test_structure_names_a_phrase_opened_by_a_comparative_names_no_arm():
    """"The thicker film of X …": a comparative describes an arm by how it differs from another, it is no arm."""
    from pipeline.linking.names import can_name_structure
    assert not can_name_structure("thicker skins", {})
    assert not can_name_structure("denser deposits", {})
    assert can_name_structure("20-cycle film", {})
    assert not can_name_structure("100 cycles", {})


def test_structure_names_alloys_told_apart_by_their_share_in_brackets_are_two_arms(rows):
    """"Li–Zn (3 at%)" and "Li–Zn (15 at%)": alloys of the same elements named only by the share in brackets after
    their name are two arms, each with its own figure."""
    found = rows([(RESULTS, "In symmetric cells at 1 mA cm-2, Li–Zn (3 at%) cycles for 1200 h and Li–Zn (15 at%) "
                            "for 500 h."),
                  (RESULTS, "The overpotential of Li–Zn (3 at%) is 12 mV, lower than that of Li–Zn (15 at%) (31 mV).")],
                 title="Zinc in lithium alloy anodes")
    assert {(v, label) for p, v, label in found if p == "Lifespan"} == {(1200.0, "Li–Zn (3 at%)"), (500.0, "Li–Zn (15 at%)")}


def test_structure_names_a_setting_in_a_clause_of_making_is_the_made_arms_alone(rows):
    """"X electrodes, made by plating 6 mA h cm−2 of lithium into the host, run …, compared with … for bare Y": the
    amount plated is how X was made, not a test condition shared with the arm X is compared with."""
    found = rows([(RESULTS, "We coat nickel foam with tin nanosheets (Sn@NF)."),
                  (RESULTS, "Li/Sn@NF electrodes, made by plating 6 mA h cm-2 of lithium into the foam, run in "
                            "symmetric cells for 900 h at 1 mA cm-2, compared with 160 h for bare Li foil.")],
                 title="Tin nanosheets on nickel foam")
    plated = {label for p, v, label in found if p == "ArealCapacity" and v == 6.0}
    assert len(plated) == 1 and "Sn@NF" in plated.pop()
    assert ("CurrentDensity", 1.0, "bare Li foil") in found       # the test condition is still the compared arm's
