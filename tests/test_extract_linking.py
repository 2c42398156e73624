"""Linking: each figure to its structure and citation, in made-up reviews and research papers."""

import pytest

from pipeline.extract import extract
from pipeline.ontology import local_name

CARBON = ("2. Conductive Micro/Nanostructured Framework", "2.1. Carbon-Based Framework")
SEPARATOR = ("3. Non-Conductive Micro/Nanostructured Framework", "3.2. Functional Separator")
INTRO = ("1. Introduction",)
RESULTS = ("3 Results and Discussion",)


@pytest.fixture()
def run(make_document, nlp):
    def extract_rows(paragraphs, review=True, title=""):
        ex = extract(make_document(paragraphs, review=review, title=title), nlp)
        structures = {s.key: s for s in ex.structures}
        rows = [(local_name(m.property), m.value, m.citations, structures[m.structure].label) for m in ex.measurements]
        return rows, structures
    return extract_rows


def values_by_citation(rows):
    return {(v, c) for _, v, c, _ in rows}


def test_linking_review_marker_in_the_sentence(run):
    rows, _ = run([(CARBON, "Ito and co-workers built a porous nickel foam host that kept 97% Coulombic "
                            "efficiency for 300 cycles.[7]")])
    assert values_by_citation(rows) == {(97.0, (7,)), (300.0, (7,))}


def test_linking_review_opening_marker_covers_later_sentences(run):
    rows, _ = run([(CARBON, "Lee and co-workers wrapped lithium in a thin alumina shell.[12] The shell was about "
                            "20 nm thick. It held a Coulombic efficiency of 98% for 150 cycles.")])
    assert values_by_citation(rows) == {(20.0, (12,)), (98.0, (12,)), (150.0, (12,))}


def test_linking_review_closing_marker_of_a_continuing_sentence(run):
    rows, _ = run([(CARBON, "Park's group designed a copper mesh host. The host delivered 99% Coulombic efficiency "
                            "over 200 cycles. They traced this to a low local current density.[15]")])
    assert values_by_citation(rows) == {(99.0, (15,)), (200.0, (15,))}


def test_linking_review_side_citation_does_not_take_the_work(run):
    rows, _ = run([(CARBON, "Kim et al. proposed a boron nitride coated graphene paper.[20] Graphene is known to be "
                            "stable.[21] The boron nitride coated paper gave a Coulombic efficiency of 95%.")])
    assert values_by_citation(rows) == {(95.0, (20,))}


def test_linking_review_later_unrelated_marker_is_skipped(run):
    rows, _ = run([(CARBON, "Ono and co-workers proposed hollow carbon nanospheres. The nanospheres had a Young's "
                            "modulus of 200 GPa. Stress governs deposition in many electrolytes.[30] With such "
                            "nanospheres the efficiency reached 99%.[31]")])
    assert values_by_citation(rows) == {(200.0, (31,)), (99.0, (31,))}


def test_linking_review_caption_panel_gives_the_citation(run):
    rows, _ = run([(CARBON, "Figure 3. Hosts. a) A carbon cloth host. Reproduced with permission.[40] "
                            "b) A graphene foam. Reproduced with permission.[41]", "caption"),
                   (CARBON, "A graphene foam host was built by Sato and co-workers (Figure 3b). The foam carried "
                            "a capacity of 2000 mA h g−1.")])
    assert values_by_citation(rows) == {(2000.0, (41,))}


def test_linking_review_general_statement_with_many_works_is_dropped(run):
    rows, _ = run([(CARBON, "Organic layers are often 20–50 nm thick.[3, 4, 5, 6]")])
    assert rows == []


def test_linking_review_no_heading_switches_figures_off(run):
    """A heading is one weak signal: figures under an introduction, under a heading that names no
    class, and under one that does are all kept; the class comes from the heading where it names
    one, else from the name's and the passage's cue words."""
    rows, structures = run([(INTRO, "Graphite hosts give 99% Coulombic efficiency.[1]"),
                            (("2. Hosts That Carry Electrons",),
                             "Abe and co-workers reported a nickel foam host with 98% Coulombic efficiency.[9]"),
                            (SEPARATOR, "Ito and co-workers coated a polypropylene separator with boron nitride, "
                                        "which then ran for 500 h.[12]")])
    assert values_by_citation(rows) == {(99.0, (1,)), (98.0, (9,)), (500.0, (12,))}
    subclass = {key: local_name(s.classification.subclass) for key, s in structures.items()}
    assert subclass == {"ref-1": "CarbonBasedFramework", "ref-9": "MetalBasedFramework",
                        "ref-12": "FunctionalSeparator"}


def test_linking_review_one_node_per_cited_work(run):
    rows, structures = run([(CARBON, "Uno and co-workers reported free-standing graphene networks.[47] Such networks "
                                     "showed 900 mA h g−1 and above 99% Coulombic efficiency.[47]")])
    assert list(structures) == ["ref-47"]
    assert structures["ref-47"].label == "free-standing graphene networks"


def test_linking_review_designs_named_without_figures_get_a_node(run):
    _, structures = run([(SEPARATOR, "Nanoporous polyimide separators,[79] Janus separators with graphene,[81] and "
                                     "boron nitride coated separators[84] also retard dendrites.")])
    assert {k: s.label for k, s in structures.items()} == {
        "ref-79": "Nanoporous polyimide separators", "ref-81": "Janus separators with graphene",
        "ref-84": "boron nitride coated separators"}


def test_linking_research_own_results_have_no_citation(run):
    rows, structures = run([(RESULTS, "We prepared a graphene-coated copper foam (GCF) host. The GCF cell kept 99.1% "
                                      "Coulombic efficiency over 400 cycles.")], review=False)
    assert {(v, c) for _, v, c, _ in rows} == {(99.1, ()), (400.0, ())}
    assert structures["own-gcf"].own_result and structures["own-gcf"].citations == ()


def test_linking_research_respectively_pairs_in_order(run):
    rows, _ = run([(RESULTS, "A coated separator (CS) was made on a polyethylene (PE) film."),
                   (RESULTS, "The contact angles of the PE and CS were 45° and 12°, respectively.")], review=False)
    assert {(v, label.split(" (")[-1]) for _, v, _, label in rows} == {(45.0, "PE) film"), (12.0, "CS)")}


def test_linking_research_conditions_listed_before_respective_results_stay_with_them(run):
    """"At 2, 5 and 10 mA cm−2, the overpotentials of X were 22, 38 and 61 mV, respectively": the conditions pair
    with the results listed after them, all the design's; the words after "of" are no list of things to pair."""
    rows, _ = run([(RESULTS, "We made a tantalum-oxide film (TOF) on lithium."),
                   (RESULTS, "At current densities of 2, 5 and 10 mA cm−2, the overpotentials of TOF were 22, 38 and "
                             "61 mV, respectively.")], review=False)
    assert {(p, v) for p, v, _, label in rows if "TOF" in label} == {
        ("CurrentDensity", 2.0), ("CurrentDensity", 5.0), ("CurrentDensity", 10.0),
        ("Overpotential", 22.0), ("Overpotential", 38.0), ("Overpotential", 61.0)}


def test_linking_research_a_pronoun_clause_speaks_of_the_sentence_subject(run):
    """"X consists of pillars etched into a nickel foil, and its pillars are capped by a 25 nm gold layer": the
    clause joined on with "its" goes on about X, not about the control's foil named just before."""
    rows, _ = run([(RESULTS, "We made a zirconium-boride host (ZBH) for lithium."),
                   (RESULTS, "The ZBH consists of pillars etched into a nickel foil, and its pillars are capped by a "
                             "25 nm gold layer."),
                   (RESULTS, "Cells with ZBH ran for 900 h, while those with planar Ni foil failed after 90 h.")],
                  review=False)
    assert {(p, v, label) for p, v, _, label in rows if p == "Thickness"} == {
        ("Thickness", 25.0, "zirconium-boride host (ZBH)")}


def test_linking_research_nearest_name_before_the_figure(run):
    rows, _ = run([(RESULTS, "A carbon-coated copper foil (CCF) host was made."),
                   (RESULTS, "The CCF cell showed a hysteresis of 20 mV, lower than the bare Cu foil (45 mV).")],
                  review=False)
    assert {(v, label) for _, v, _, label in rows} == {
        (20.0, "carbon-coated copper foil (CCF) host"), (45.0, "bare Cu foil")}


def test_linking_research_paragraph_topic_carries_to_later_sentences(run):
    rows, _ = run([(RESULTS, "A silver-seeded carbon paper (SCP) was tested. Its Coulombic efficiency was 99.5%.")],
                  review=False)
    assert [label for _, _, _, label in rows] == ["silver-seeded carbon paper (SCP)"]


def test_linking_research_cited_figure_goes_to_the_cited_work(run):
    rows, _ = run([(RESULTS, "A similar host was reported to reach 98% Coulombic efficiency.[5]")], review=False)
    assert [(v, c) for _, v, c, _ in rows] == [(98.0, (5,))]


def test_linking_research_the_authors_earlier_work_is_cited_work(run):
    """"In our previous work, …[21]": "our" there is the authors' earlier paper, cited like anyone's, so its figure is
    not the design's."""
    rows, _ = run([(INTRO, "We design a tantalum-nitride film (TNF) on lithium."),
                   (RESULTS, "In our previous work, a vanadate film kept a Coulombic efficiency of 97.1% on copper.[21]"),
                   (RESULTS, "TNF kept a Coulombic efficiency of 99.0% for 300 cycles.")], review=False)
    assert (97.1, "tantalum-nitride film (TNF)") not in {(v, label) for _, v, _, label in rows}
    assert {(v, label) for _, v, c, label in rows if not c} == {(99.0, "tantalum-nitride film (TNF)"),
                                                               (300.0, "tantalum-nitride film (TNF)")}


@pytest.mark.parametrize("sentence, kept", [
    ("Adding a perfluoropolyether diluent produced ether-based QLEs with Coulombic efficiencies of 99.4%,[6] but "
     "their cost stays high.", set()),
    ("A perfluoropolyether-coated copper foil gave a Coulombic efficiency of 98.7%.[6]", {98.7}),
    ("A vanadium-nitride film gave Li||Li cells a life of 750 h.[6]", {750.0}),
])
def test_linking_research_a_cited_figure_after_a_verb_of_making_is_what_was_made(run, sentence, kept):
    """"Adding a X diluent produced ether-based QLEs with CEs of 99.4%[6]": the figure is of what the verb made, named
    only by an acronym the paper never defines, so of no named design, not of the diluent that went into it; a verb
    whose object is the property ("gave a Coulombic efficiency of 98.7%") or the cells ("gave Li||Li cells a life of
    750 h") reports its subject's figure."""
    rows, _ = run([(INTRO, "We design a tantalum-nitride film (TNF) on lithium."), (INTRO, sentence)], review=False)
    assert {v for _, v, c, _ in rows if c} == kept, rows


def test_linking_research_a_cited_design_named_by_an_element_compound(run):
    """"A cerium-oxide film …[21]": a hyphened element-and-anion modifier names what the film is made of, so the
    phrase names the cited design (the lexicon lists no such compound)."""
    rows, structures = run([(INTRO, "We design a tantalum-nitride film (TNF) on lithium."),
                            (INTRO, "A cerium-oxide film kept a Coulombic efficiency of 97.1%.[21]")], review=False)
    assert (97.1, (21,), "cerium-oxide film") in {(v, c, label) for _, v, c, label in rows}


def test_linking_research_lost_unit_power_is_not_a_citation(run):
    rows, _ = run([(RESULTS, "We cycled the cells at 4.0 mA cm–[2] for 200 cycles.")], review=False)
    assert {(v, c) for _, v, c, _ in rows} == {(4.0, ()), (200.0, ())}


def test_linking_research_control_without_head_noun(run):
    rows, _ = run([(RESULTS, "A carbon-coated copper foil (CCF) host was made."),
                   (RESULTS, "The bare Li cell failed after 50 cycles, while the CCF cell ran for 300 cycles.")],
                  review=False)
    assert {(v, label) for _, v, _, label in rows} == {(50.0, "bare Li"),
                                                       (300.0, "carbon-coated copper foil (CCF) host")}


def test_linking_research_additive_free_control(run):
    rows, _ = run([(RESULTS, "The additive-free electrolyte gave a Coulombic efficiency of 90%.")], review=False)
    assert [label for _, _, _, label in rows] == ["additive-free electrolyte"]


def test_linking_research_figure_stated_for_a_name_after_it(run):
    rows, _ = run([(RESULTS, "A carbon-coated copper foil (CCF) host was made."),
                   (RESULTS, "The CCF host showed an overpotential of 12 mV, compared with 45 mV for bare Cu foil.")],
                  review=False)
    assert {(v, label) for _, v, _, label in rows} == {(12.0, "carbon-coated copper foil (CCF) host"),
                                                       (45.0, "bare Cu foil")}


def test_linking_research_one_node_per_control(run):
    _, structures = run([(RESULTS, "The bare Cu cell failed after 40 cycles. The bare Cu foil reached 80% Coulombic "
                                   "efficiency.")], review=False)
    assert len([k for k in structures if "bare" in k]) == 1


def test_linking_research_condition_goes_with_the_results_of_its_sentence(run):
    """A sentence that names no arm: its results go to the passage's topic, and so do its conditions,
    rather than to every arm the sentence before compared."""
    rows, _ = run([(RESULTS, "A tin-plated nickel mesh (TNM) host was made."),
                   (RESULTS, "The overpotentials of the TNM and bare Ni mesh cells were 21 and 64 mV, respectively. "
                             "The full cell delivered 151 mAh g−1 at 2 C.")], review=False)
    assert {(p, label) for p, v, _, label in rows if p in {"CRate", "SpecificCapacity"}} == {
        ("CRate", "tin-plated nickel mesh (TNM) host"), ("SpecificCapacity", "tin-plated nickel mesh (TNM) host")}


def test_linking_research_conditions_alone_speak_of_every_arm_in_view(run):
    rows, _ = run([(RESULTS, "A tin-plated nickel mesh (TNM) host was made."),
                   (RESULTS, "The overpotentials of the TNM and bare Ni mesh cells were 21 and 64 mV, respectively. "
                             "Both were cycled at 3 mA cm−2.")], review=False)
    assert {label for p, _, _, label in rows if p == "CurrentDensity"} == {
        "tin-plated nickel mesh (TNM) host", "bare Ni mesh"}


def test_linking_research_a_recipe_in_brackets_is_no_subject(run):
    """'the ether electrolyte (1 M LiTFSI in DOL/DME)' names what the arm is made of; the figure after it
    is the arm's, not lost to the solvents nor given to the design of the clause before."""
    rows, _ = run([(RESULTS, "We design a fluorinated borate electrolyte (FBE)."),
                   (RESULTS, "Li||Cu cells using the FBE reached an average Coulombic efficiency of 99.1%, whereas "
                             "those using the conventional ether electrolyte (1 M LiTFSI in DOL/DME) reached 93.4%.")],
                  review=False)
    assert {(v, label) for _, v, _, label in rows} == {(99.1, "fluorinated borate electrolyte (FBE)"),
                                                       (93.4, "conventional ether electrolyte")}


def test_linking_research_a_bracketed_aside_follows_the_figure_before_it(run):
    rows, _ = run([(RESULTS, "A titanium nitride coated separator (TNS) and a pristine PE separator were compared."),
                   (RESULTS, "The capacities of the pristine PE separator and the TNS cells were 702.4 and 988.6 mAh g−1 "
                             "(sulfur utilization: 59.0%), respectively.")], review=False)
    assert {(p, v, label) for p, v, _, label in rows if p == "ActiveMaterialUtilization"} == {
        ("ActiveMaterialUtilization", 59.0, "titanium nitride coated separator (TNS)")}


def test_linking_research_a_control_named_by_an_acronym_takes_its_own_results(run):
    """"the pristine CC" is the uncoated cloth: its figures are the control's, not the design's."""
    rows, structures = run([(RESULTS, "A tin oxide coated carbon paper (SnO-CP) was prepared as the host."),
                            (RESULTS, "Cells with the SnO-CP electrode kept a Coulombic efficiency of 97.5% for 300 "
                                      "cycles, far above the pristine CP (81.0% after 90 cycles)."),
                            (RESULTS, "The nucleation overpotential of the bare CP was 52 mV.")], review=False)
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[97.5] == by_value[300.0] and by_value[97.5].startswith("tin oxide coated carbon paper")
    assert by_value[81.0] == by_value[90.0] == by_value[52.0] == "pristine CP"


def test_linking_research_the_arm_without_an_additive_is_its_control(run):
    """"the cell without X" lacks the additive X: its figures are not X's; "with 0.5 wt% X" names X."""
    rows, structures = run([(RESULTS, "We add tris(pentafluorophenyl) borate (TPFPB) to the electrolyte."),
                            (RESULTS, "Symmetric cells lasted 90 h in the plain electrolyte and 410 h with 0.5 wt% "
                                      "TPFPB at 1 mA cm−2."),
                            (RESULTS, "The full cell with TPFPB retained 88% of its capacity after 200 cycles, "
                                      "whereas the cell without TPFPB retained 47%.")], review=False)
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[410.0] == by_value[88.0] == "tris(pentafluorophenyl) borate (TPFPB)"
    assert by_value[47.0] == "without TPFPB"


def test_linking_research_a_figure_in_brackets_after_an_anode_is_that_anode_s(run):
    """"far exceeding the Li@Ni anode (58.1%)": the bracket after any head noun holds that arm's figure,
    and "Li@Ni anode" is the plain nickel the design is compared with, however its head is written."""
    rows, _ = run([(RESULTS, "Titanium nitride fibres grown on nickel foam (TNF@NiF) serve as the host."),
                   (RESULTS, "Symmetric cells of Li@TNF@NiF ran for 1500 h, much longer than Li@Ni (~250 h)."),
                   (RESULTS, "The Li@TNF@NiF anode kept 91.7% of its capacity after 300 cycles, far exceeding the "
                             "Li@Ni anode (58.1%).")], review=False)
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[91.7] == by_value[1500.0] != by_value[58.1] == by_value[250.0]


def test_linking_research_a_part_of_a_composite_short_form_is_an_arm_when_compared(run):
    """"on planar Cu, NiF and MoN@NiF … respectively": "NiF" is the undecorated foam of the defined
    "MoN@NiF", one of three arms the list pairs with three figures."""
    rows, _ = run([(RESULTS, "Molybdenum nitride flakes grown on nickel foam (MoN@NiF) were made."),
                   (RESULTS, "The nucleation overpotentials on planar Cu, NiF and MoN@NiF are 71, 44 and 12 mV, "
                             "respectively.")], review=False)
    assert {(v, label) for _, v, _, label in rows} == {
        (71.0, "planar Cu"), (44.0, "NiF"), (12.0, "MoN@NiF")}


def test_linking_research_a_material_written_alone_is_the_arm_it_names(run):
    """"those of MXene (~35 mV) and Cu (~61 mV)": "MXene" is how the paper writes its MXene electrode, so
    the figure is that arm's; "Cu" names none of its arms, so its figure is no one's, not the design's."""
    rows, _ = run([(RESULTS, "A MXene-Ag framework (MA) was built, and Li||MA and Li||MXene cells were tested."),
                   (RESULTS, "The MXene electrode kept a Coulombic efficiency of 95% for 100 cycles."),
                   (RESULTS, "The voltage hysteresis of MA (~22 mV) is smaller than those of MXene (~35 mV) and "
                             "Cu (~61 mV).")], review=False)
    hysteresis = {(v, label) for p, v, _, label in rows if p == "VoltageHysteresis"}
    assert hysteresis == {(22.0, "MXene-Ag framework (MA)"), (35.0, "MXene electrode")}


def test_linking_research_an_x_based_cell_is_x_s(run):
    """"the Ag-NASICON-based symmetric cell" tests Ag-NASICON, not the bare electrolyte named before it."""
    rows, _ = run([(RESULTS, "Herein we make an Ag-coated NASICON (Ag-NASICON) pellet."),
                   (RESULTS, "The interfacial resistance drops from 900 Ω cm2 for bare NASICON to 20 Ω cm2 for "
                             "Ag-NASICON."),
                   (RESULTS, "The Ag-NASICON-based symmetric cell cycles stably for 700 h at 0.1 mA cm−2.")],
                  review=False)
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[700.0] == by_value[0.1] == by_value[20.0] != by_value[900.0]


def test_linking_research_a_figure_before_a_comparison_is_not_the_compared_arm_s(run):
    """"X enables 99.1%, compared with 91.2% for the baseline": the first arm after 99.1% is the one it is
    compared with, so 99.1% is not the baseline's."""
    rows, _ = run([(RESULTS, "Herein we add lithium difluorophosphate (LiDFP) to the electrolyte."),
                   (RESULTS, "In Li||Cu cells, it enables a Coulombic efficiency of 99.1%, compared with 91.2% for the "
                             "baseline electrolyte.")], review=False, title="Lithium difluorophosphate as an additive")
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[91.2] == "baseline electrolyte" != by_value[99.1]


def test_linking_research_figures_set_against_each_other_with_vs_follow_the_compared_arms(run):
    """"A shows a lower overpotential than that with B (19 vs. 52 mV)": both figures are read, each for its arm."""
    rows, _ = run([(RESULTS, "Herein we report an alumina nanowire coated polyethylene (ANW-PE) separator."),
                   (RESULTS, "The cell with ANW-PE shows a lower nucleation overpotential than that with the pristine "
                             "PE (19 vs. 52 mV).")], review=False, title="Alumina nanowire coated separators")
    assert {(v, label) for p, v, _, label in rows if p == "Overpotential"} == {
        (19.0, "ANW-PE"), (52.0, "pristine PE")}


def test_linking_research_a_vs_pair_before_than_goes_to_the_subject_and_the_arm_after_than(run):
    """"A shows a 6-fold longer lifespan (1100 vs. 190 h) than B": the pair stands before the arm compared with, which
    "than" names right after the bracket; the second figure is that arm's, not the subject's."""
    rows, _ = run([(RESULTS, "Herein we grow a hafnium-nitride skin (HNS) on lithium and compare it with bare Li."),
                   (RESULTS, "HNS@Li shows a 6-fold longer lifespan (1100 vs. 190 h) than bare Li in symmetric "
                             "cells.")], review=False, title="A hafnium-nitride skin for lithium metal anodes")
    by_value = {v: label for p, v, _, label in rows if p == "Lifespan"}
    assert by_value[190.0] == "bare Li" != by_value[1100.0]


def test_linking_research_a_bracket_that_names_an_arm_before_its_figure_is_no_aside(run):
    """"HNS@Li kept 99.0% (bare Li: 92.1%)": the bracket names the arm its figure is for; it is no aside said of the
    figure before it ("(sulfur utilization: 57.5%)"), which would give it to the subject."""
    rows, _ = run([(RESULTS, "Herein we grow a gallium-nitride skin (GNS) on lithium and compare it with bare Li."),
                   (RESULTS, "GNS@Li kept a Coulombic efficiency of 98.8% (bare Li: 91.7%) over 250 cycles.")],
                  review=False, title="A gallium-nitride skin for lithium metal anodes")
    by_value = {v: label for p, v, _, label in rows if p == "CoulombicEfficiency"}
    assert by_value[91.7] == "bare Li" != by_value[98.8]


def test_linking_research_the_arm_a_whereas_clause_contrasts_keeps_its_own_count(run):
    """"X retains 80% after 150 cycles, whereas the Li@Ni||LFP counterpart fails after 45 cycles": the
    contrasted cell is an arm of its own, and each clause keeps its cycle count, though the lean
    conditions at the start hold for both."""
    rows, _ = run([(RESULTS, "We report a zinc-carbon interlayer (ZnC) on nickel."),
                   (RESULTS, "Under lean conditions (N/P ratio of 2), the Li@ZnC||LFP cell retains 80% of its capacity "
                             "after 150 cycles, whereas the Li@Ni||LFP counterpart fails after 45 cycles.")],
                  review=False, title="Zinc-carbon interlayers")
    cycles = {(v, label) for p, v, _, label in rows if p == "CycleNumber"}
    assert len({label for _, label in cycles}) == 2 and len(cycles) == 2
    assert {v for v, _ in cycles} == {150.0, 45.0}


def test_linking_research_a_change_through_what_the_paper_did_is_control_before_design_after(run):
    """"decreased from 310 to 38 Ω after coating": the control's figure, then the design's; a change over
    cycling ("from 180 to 150 mAh g−1 after 100 cycles") is no such pair."""
    title = "A nitride coating for lithium"
    rows, _ = run([(RESULTS, "Herein we protect lithium with a nitride coating (NC-Li)."),
                   (RESULTS, "The NC-Li anode ran for 800 h, whereas bare Li failed after 120 h."),
                   (RESULTS, "The interfacial resistance decreased from 310 to 38 Ω after coating."),
                   (RESULTS, "The capacity of the NC-Li cell decreased from 180 to 150 mAh g−1 after 100 cycles.")],
                  review=False, title=title)
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[310.0] == by_value[120.0] == "bare Li"
    assert by_value[38.0] == by_value[800.0] == by_value[180.0] == by_value[150.0] != "bare Li"


def test_linking_research_each_clause_may_open_with_its_own_topic(run):
    """"For A, the hysteresis stays at 14 mV; for bare Cu, it rises to 58 mV": each clause's topic owns its figure."""
    rows, _ = run([(RESULTS, "Herein we make a silver-coated copper (SCC) host."),
                   (RESULTS, "For SCC, the hysteresis stays at 14 mV; for bare Cu, it rises to 58 mV.")],
                  review=False, title="Silver coated copper hosts")
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[58.0] == "bare Cu" != by_value[14.0]


def test_linking_research_with_x_then_a_figure_is_x_s_figure(run):
    """"cells with B lasted 700 h, with A 350 h and without additives 90 h": "with A" opens A's own figure,
    so 700 h stays with B; approximate lists ("~7 and ~6 μm … respectively") pair in order too."""
    rows, _ = run([(RESULTS, "We compare two additives, vinyl sulfate (VSA) and ethylene sulfate (ESA)."),
                   (RESULTS, "Cells with ESA lasted 700 h, with VSA 350 h and without additives 90 h."),
                   (RESULTS, "The SEI layers in VSA and ESA were ~31 and ~17 nm thick, respectively.")],
                  review=False, title="Sulfate additives")
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[700.0] == by_value[17.0] == "ethylene sulfate (ESA)"
    assert by_value[350.0] == by_value[31.0] == "vinyl sulfate (VSA)"


def test_linking_research_without_it_is_never_the_design(run):
    """"With the additive, cells cycled for 800 h; without it, they short-circuited within 150 h": the 150 h
    is the additive-free control's, and goes to it where the paper has one."""
    rows, _ = run([(RESULTS, "Herein we add rubidium nitrate (RbN) to the electrolyte."),
                   (RESULTS, "The cells without RbN kept a Coulombic efficiency of 90.1% for 100 cycles."),
                   (RESULTS, "With RbN, Li||Li cells cycled for 800 h; without it, cells short-circuited within 150 h.")],
                  review=False, title="Rubidium nitrate additives")
    by_value = {v: label for _, v, _, label in rows}
    assert by_value[150.0] == by_value[90.1] == "without RbN" != by_value[800.0]


def test_linking_research_a_cell_named_after_a_material_is_that_arm(run):
    """"while the PE cell delivers only 950 and 600 mAh g−1": the plain separator's cell, compared with a
    while clause, is an arm of its own and keeps its figures."""
    rows, _ = run([(RESULTS, "The WS2@PE cell delivers 1190 and 820 mAh g−1 at 0.2 and 2 C, respectively, while the "
                             "PE cell delivers only 950 and 600 mAh g−1.")],
                  review=False, title="Tungsten disulfide coated separators")
    by_value = {v: label for p, v, _, label in rows if p == "SpecificCapacity"}
    assert by_value[950.0] == by_value[600.0] == "PE" != by_value[1190.0]


def test_linking_research_a_shared_part_named_with_a_control_word_is_the_control_s(run):
    """"The pristine GCZ powder had particles of 3-7 µm": the powder every arm is made of, named with a control word,
    is the powder as it is, the one control's (the pristine GCZ electrode), not the composites built with it."""
    rows, _ = run([(RESULTS, "We cast freestanding MXene-CNT-GCZ composite films from a germanium-copper-zinc (GCZ) "
                             "alloy powder, and set them against pristine GCZ electrodes."),
                   (RESULTS, "Flexible MXene-CNT-GCZ composite films were made. The pristine GCZ powder had particles "
                             "ranging from 3 µm to 7 µm."),
                   (RESULTS, "The pristine GCZ electrode delivered 705 mAh/g, whereas the MXene-CNT-GCZ composite "
                             "electrode delivered 1140 mAh/g.")], review=False)
    assert {(v, label) for p, v, _, label in rows if p == "ParticleSize"} == {
        (3000.0, "pristine GCZ electrodes"), (7000.0, "pristine GCZ electrodes")}


LAYERED = ("We coated a polymer–zeolite composite layer, a polymer–graphene composite layer, or both on a polyethylene "
           "(PE) separator, giving a polymer–zeolite composite-layered separator (PZS), a polymer–graphene "
           "composite-layered separator (PGS) and a polymer–zeolite–graphene composite-layered separator (PZGS).",
           "The polymer–zeolite composite layer was loaded at 1.3 mg cm−2, and the polymer–graphene composite layer at "
           "0.7 mg cm−2.")


@pytest.mark.parametrize("shown, owners", [
    ("Cross-sectional images of the PZS, PGS and PZGS are shown in Figure 2. They show",
     {(12000.0, "PZS)"), (12000.0, "PZGS)"), (25000.0, "PGS)"), (25000.0, "PZGS)")}),
    ("Cross-sectional images show", {(12000.0, "PZGS)"), (25000.0, "PZGS)")}),
])
def test_linking_research_modifiers_sharing_one_head_name_the_parts_in_turn(run, shown, owners):
    """"the zeolite–polymer and graphene–polymer composite layers are 12 and 25 μm": the first part is written by its
    modifier alone, sharing the head of the second, and its materials in the other order than the paper first wrote
    them; each part's figure is every arm's that holds it where the sentence before named the one-part arms, else
    the one arm that holds both (the parts listed together are its parts)."""
    rows, _ = run([(RESULTS, LAYERED[0]), (RESULTS, LAYERED[1]),
                   (RESULTS, f"{shown} that the zeolite–polymer and graphene–polymer composite layers are coated at 12 "
                             "and 25 μm thickness, respectively.")], review=False)
    assert {(v, label.split(" (")[-1]) for p, v, _, label in rows if p == "Thickness"} == owners


def test_linking_review_text_before_any_heading_frames_the_review(run):
    """Body text before the first heading (an introduction set without one) frames the review: a
    marker there names a design only where the words name one, not lithium's own troubles."""
    _, structures = run([((), "The “inactive Li” formed by uneven stripping lowers the efficiency of cells.[18] "
                              "Copper foams coated with zinc oxide[19] were built to hold it.")])
    assert {k: s.label for k, s in structures.items()} == {"ref-19": "Copper foams coated with zinc oxide"}


def test_linking_review_figure_after_a_side_remark_stays_with_the_opened_work(run):
    """A passage opened on one work ("Ito and co-workers[40] …") with a side remark cited between
    ("… as shown before.[41]"): a later figure sharing words with neither is the opened work's."""
    rows, _ = run([(CARBON, "Ito and co-workers[40] soaked a nickel foam in molten lithium. The wetting is known to "
                            "improve with a lithiophilic oxide.[41] Cells built this way cycled for more than 300 "
                            "cycles.")])
    assert values_by_citation(rows) == {(300.0, (40,))}


def test_linking_research_result_in_brackets_after_a_condition_named_for_no_arm(run):
    """"… for 400 cycles (150 h) …": the bracketed duration follows the cycle count, which the sentence
    ties to no arm; both go to the arms in view, not to the placeholder of an unstated condition."""
    rows, _ = run([(RESULTS, "A nickel-plated carbon cloth (NCC) host was made."),
                   (RESULTS, "In the end, stable cycling performance over 400 cycles (150 h) was maintained at 25 °C.")], review=False)
    assert {(v, label) for _, v, _, label in rows} >= {(150.0, "nickel-plated carbon cloth (NCC) host")}


def test_linking_review_a_work_cited_after_another_is_named_by_its_own_sentence(run):
    """"Ito et al. etched A …[21] A B … [22]": [22] opened no passage of [21]'s; its structure is the B its
    own sentence names, not the A of the attributing sentence before."""
    rows, structures = run([(CARBON, "Ito et al. etched porous carbon fibres that held a CE of 97% for 100 cycles.[21] "
                                     "A nitrogen-doped graphene sponge ran for 700 h at 2 mA cm−2 in symmetric cells.[22]")])
    label = {c: lab for _, _, c, lab in rows}
    assert "graphene sponge" in label[(22,)] and "fibres" in label[(21,)]
    assert not label[(21,)].startswith("etched")          # the cited authors' verb is no part of the name


def test_linking_review_two_works_in_one_sentence_are_named_by_their_own_clauses(run):
    rows, _ = run([(CARBON, "Hollow carbon spheres kept a CE of 98.5% for 200 cycles,[31] whereas porous graphite "
                            "beads reached 99.1% over 400 cycles.[32]")])
    label = {c: lab for _, _, c, lab in rows}
    assert "spheres" in label[(31,)] and "graphite" in label[(32,)]


def test_linking_review_a_list_of_cited_designs_names_each_by_its_item_not_its_figures(run):
    """"… were tried, e.g., A (CE of 97%, 100 cycles),[47] B (98.2%)[48] and C (96.5%).[49]": each work is its
    item, without the bracket of figures after it, not the phrase the list hangs on."""
    rows, _ = run([(CARBON, "Several oxide shells have been grown, e.g., MgO (CE of 96%, 80 cycles),[27] ZrO2 (97.4%)[28] "
                            "and TiO2 (95.1% after 60 cycles).[29]")])
    label = {c: lab for _, _, c, lab in rows}
    assert (label[(27,)], label[(28,)], label[(29,)]) == ("MgO", "ZrO2", "TiO2")


def test_linking_review_a_continuing_sentence_names_the_work_the_sentence_before_cited(run):
    """"X was also used.[57,58] Its pores … 97.6% …[58]": the sentence goes on about X, which the sentence
    before cited with [58] among others; X is [58]'s structure, named without 'was also used'."""
    rows, structures = run([(CARBON, "Nickel foam was also tried as a host.[63,64] Its open pores held 6 mAh cm−2 of "
                                     "lithium with a CE of 96.9% over 90 cycles.[64]")])
    label = {c: lab for _, _, c, lab in rows}
    assert label[(64,)] == "Nickel foam"
    assert "Nickel foam" in {s.label for s in structures.values() if s.citations == (63, 64)}


def test_linking_review_a_list_of_figures_pairs_with_the_works_cited_in_turn(run):
    """'A[24] and B[25] have run for 900 and 700 h' and 'CEs of 97% and 98% came from A[24] and B,[25]
    respectively': the i-th figure is the i-th work's, each work named by its own item."""
    rows, _ = run([(CARBON, "Recently, carbon felts[24] and graphite foams[25] have run for 900 and 700 h."),
                   (CARBON, "CEs of 96.4% and 98.8% were reached by a carbon paper[26] and a carbon cloth,[27] respectively.")])
    got = {(v, c, lab) for _, v, c, lab in rows}
    assert {(900.0, (24,), "carbon felts"), (700.0, (25,), "graphite foams")} <= got
    assert {(96.4, (26,), "carbon paper"), (98.8, (27,), "carbon cloth")} <= got


def test_linking_review_a_work_is_named_by_its_design_not_by_what_it_is_compared_with(run):
    """The control's own figures go to a node of its own, cited to the same work."""
    rows, _ = run([(CARBON, "Compared with planar Cu (CE below 90% after 40 cycles), the graphene foam host kept 97.7% "
                            "for 220 cycles.[36]")])
    assert {(v, lab) for _, v, _, lab in rows} == {(90.0, "planar Cu"), (40.0, "planar Cu"),
                                                   (97.7, "graphene foam host"), (220.0, "graphene foam host")}


def test_linking_review_figure_in_a_caption_panel_is_the_panels_work(run):
    """A review's caption states figures panel by panel, each panel closed by the work it reproduces:
    a figure belongs to the work of its own panel, not to the marker that happens to come before it."""
    rows, structures = run([(SEPARATOR, "Figure 7. a) A MgO-coated separator. b) Li|Li cells ran for 650 h. "
                                        "Reprinted with permission.[61] Copyright 2018. c) A hysteresis of 35 mV "
                                        "with an aramid separator. Reprinted with permission.[62]", "caption")])
    assert values_by_citation(rows) == {(650.0, (61,)), (35.0, (62,))}


def test_linking_review_a_process_names_what_it_made(run):
    """'Molecular layer deposition of X': a head noun right before a process noun names the process, not a
    design; the work's structure is what was deposited."""
    rows, _ = run([(("4. Artificial SEI",), "Molecular layer deposition of 6 nm TiO2 on Li extended the lifespan "
                                            "to 450 h.[33]")])
    assert {(v, label) for _, v, _, label in rows} == {(6.0, "TiO2"), (450.0, "TiO2")}


def test_linking_review_work_named_by_a_formula_only(run):
    """A work no design phrase names ('Glasses such as Li5P2S8Br conduct …') is labelled by the compound it
    names, not by the opening words of its sentence."""
    rows, _ = run([(("5. Solid electrolytes",), "Glasses such as Li5P2S8Br conduct faster, 9 mS cm−1.[44]")])
    assert [(v, label) for _, v, _, label in rows] == [(9.0, "Li5P2S8Br")]


def test_linking_review_a_host_built_with_something_is_named_with_it(run):
    """'A Ni mesh decorated with MoS2 …' names one design of both: the label keeps what the host is built with."""
    rows, _ = run([(CARBON, "A Ni mesh decorated with MoS2 kept a CE of 98.7% for 240 cycles,[26] above the 95% of a "
                            "plain Ni mesh.[27]")])
    assert {(v, label) for _, v, _, label in rows} >= {(98.7, "Ni mesh decorated with MoS2"),
                                                       (240.0, "Ni mesh decorated with MoS2")}


def test_linking_review_an_additive_by_its_share_is_the_work(run):
    """'Adding 1 wt% CsNO3 to a carbonate electrolyte …': the work reports the additive, not the electrolyte it
    went into; a host given beside it keeps its own name."""
    sei = ("4. Nanostructured SEI", "4.2. Electrolyte-derived SEI")
    rows, _ = run([(sei, "Adding 1 wt% CsNO3 to a carbonate electrolyte lifted the CE to 97.9%.[58] "
                         "A Cu mesh host with 3 wt% Ag kept a CE of 98.1%.[59]")])
    assert {(v, label) for _, v, _, label in rows} == {(97.9, "CsNO3"), (98.1, "Cu mesh host")}


def test_linking_review_plural_design_heads_name_the_work(run):
    """Head nouns name a design in the plural too ('Li powders pressed into a tape', 'carbon papers'): the
    work is its powders, not the shape they were pressed into."""
    lithium = ("2. Conductive frameworks", "2.3 Lithium-based frameworks")
    rows, _ = run([(lithium, "Stabilized lithium powders rolled into a tape[71] kept a stable voltage for 420 h.")])
    assert {(v, label) for _, v, _, label in rows} == {(420.0, "Stabilized lithium powders")}


def test_linking_review_a_condition_after_a_respectively_list_is_every_works(run):
    """'A[64] and B[65] ran for 700 and 450 h, respectively, at 2 mA cm−2': each listed work was tested at the
    condition the sentence states once after its list."""
    rows, _ = run([(("4. Artificial SEI",), "An evaporated Sb2Se3 film[64] and a grafted PEO layer[65] kept symmetric "
                                            "cells running for 700 and 450 h, respectively, at 2 mA cm−2.")])
    assert {(v, c) for _, v, c, _ in rows} == {(700.0, (64,)), (450.0, (65,)), (2.0, (64,)), (2.0, (65,))}


def test_linking_review_a_two_part_name_with_a_slash_is_one_design(run):
    """'their MgF2/polymer composite film': two names joined by a slash before a head noun are one modifier."""
    rows, _ = run([(("4. Artificial SEI",), "Ren and co-workers[66] found that their MgF2/polymer composite film "
                                            "lowered the overpotential to 21 mV.")])
    assert [(v, label) for _, v, _, label in rows] == [(21.0, "MgF2/polymer composite film")]


def test_linking_review_a_baseline_word_of_another_clause_keeps_the_figure(run):
    """'… against a bare Cu mesh: the coated one kept a CE of 98.6%': the baseline word belongs to the clause
    before the colon; the figure is the design's."""
    rows, _ = run([(CARBON, "Mori et al.[24] set a Ag-coated Cu mesh against a bare Cu mesh: the coated one kept a "
                            "CE of 98.6% for 150 cycles.")])
    assert {(v, c) for _, v, c, _ in rows} == {(98.6, (24,)), (150.0, (24,))}


def test_linking_review_the_work_is_its_design_not_its_control(run):
    """A cited work that compares its design with a control ('compared a Sn nanowire film with a commercial Cu
    foil') is labelled by the design."""
    rows, _ = run([(CARBON, "Abe et al.[25] compared a Sn nanowire film with a commercial Cu foil in Li|Cu cells, "
                            "and the film held a CE of 97.7% for 210 cycles.")])
    assert {label for *_, label in rows} == {"Sn nanowire film"}


def test_linking_review_a_phrase_pointing_back_does_not_name_the_work(run):
    """'Ota et al.[29] sputtered Sn onto Cu; the resulting host …': 'the resulting host' points back to what the
    sentence made, so the work is named by the material it names, not by the pointer."""
    rows, _ = run([(CARBON, "Ota et al.[29] sputtered Sn onto Cu; the resulting host ran for 640 h at 1 mA cm−2."),
                   (CARBON, "Ide and co-workers[30] showed that their Sn/polymer hybrid film cycled for 520 h.")])
    assert {label for *_, label in rows} == {"Sn", "Sn/polymer hybrid film"}     # 'their': the makers', no pointer


def test_linking_review_a_clause_about_a_compound_is_named_by_the_compound(run):
    """'… ,[31] whereas MgF2 offers the widest window (6.1 V).[32]': the stretch the second marker closes is a
    clause about MgF2; the work is MgF2, not the clause."""
    rows, _ = run([(("4. Artificial SEI",), "Nitride coatings conduct ions well,[31] whereas MgF2 offers the widest "
                                            "electrochemical window (6.1 V).[32]")])
    assert {(v, label) for _, v, _, label in rows} == {(6.1, "MgF2")}


def test_linking_review_a_work_cited_by_its_number_in_words(run):
    rows, structures = run([(CARBON, "A vanadium nitride mesh was coated in ref. 57; the coated mesh ran for 450 h."),
                            (CARBON, "Ref. 58 describes a Li–Ga skin that kept a Coulombic efficiency of 97.7%."),
                            (CARBON, "A cobalt-doped carbon paper (refs. 61 and 62) reached 6 mAh cm−2.[62]")])
    assert values_by_citation(rows) == {(450.0, (57,)), (97.7, (58,)), (6.0, (62,))}
    assert {s.label for s in structures.values() if s.citations == (57,)} == {"vanadium nitride mesh"}


def test_linking_review_ref_before_a_unit_is_no_citation(run):
    rows, _ = run([(CARBON, "Against the ref. 3 mAh cm−2 of a planar foil, a tin-plated felt held 9 mAh cm−2.[40]")])
    assert (9.0, (40,)) in values_by_citation(rows) and all(c == (40,) for _, _, c, _ in rows)


def test_linking_review_a_clause_without_its_own_marker_is_its_subjects(run):
    rows, structures = run([(CARBON, "By comparison, a sulfurised Ni felt[44] kept a Coulombic efficiency of 96.4%, "
                                     "whereas a Ag-plated Ni felt[45] kept 98.8%.")])
    assert values_by_citation(rows) == {(96.4, (44,)), (98.8, (45,))}
    assert {s.label for s in structures.values()} == {"sulfurised Ni felt", "Ag-plated Ni felt"}


@pytest.mark.parametrize("first, second", [("[44]", "[45]"), (" reported in ref. 44", " (ref. 45)")])
def test_linking_review_a_marker_set_apart_from_its_subject_still_closes_on_it(run, first, second):
    """"A porous tin foil [44] lowered …, and a cobalt foam [45] cycled …" (a bracket set after a space), or "a tin
    foil reported in ref. 44": the marker is on its subject as a superscript on the word is, so the first clause's
    figure is that work's, not the work whose marker closes the sentence."""
    rows, _ = run([(CARBON, f"A porous tin foil{first} lowered the nucleation overpotential to 21 mV, and a cobalt "
                            f"foam coated with a gold film{second} cycled for over 700 h.")])
    assert values_by_citation(rows) == {(21.0, (44,)), (700.0, (45,))}


def test_linking_review_a_paragraph_that_cites_a_follow_up_reports_it(run):
    rows, _ = run([(CARBON, "Ruiz et al.[70] printed a graphene lattice onto lithium."),
                   (CARBON, "The printed lattice was later filled with indium.[71] The filled lattice showed an "
                            "overpotential of 14 mV.")])
    assert values_by_citation(rows) == {(14.0, (71,))}


def test_linking_review_list_items_closed_by_a_marker_after_a_stop(run):
    rows, structures = run([(SEPARATOR, "Two kinds stand out: a mica-coated separator that ran for 650 h;[80] and a "
                                        "chitosan-coated separator with a Coulombic efficiency of 96.6%.[81]")])
    assert values_by_citation(rows) == {(650.0, (80,)), (96.6, (81,))}
    assert {s.label for s in structures.values()} == {"mica-coated separator", "chitosan-coated separator"}


def test_linking_review_a_pronoun_work_is_named_by_the_sentence_before(run):
    rows, structures = run([(SEPARATOR, "A layered vermiculite membrane proved the most robust. Made by Osei et al.,[90] "
                                        "it ran for 1200 h.")])
    assert values_by_citation(rows) == {(1200.0, (90,))}
    assert [s.label for s in structures.values()] == ["layered vermiculite membrane"]


def test_linking_review_a_range_of_percentages_is_read(run):
    rows, _ = run([(CARBON, "A boron-doped carbon felt gave Coulombic efficiencies of 97.5–98.4% over 300 cycles.[95]")])
    assert {(p, v) for p, v, _, _ in rows} >= {("CoulombicEfficiency", 97.5), ("CoulombicEfficiency", 98.4)}


def test_linking_review_a_performance_table_row_is_its_works(run):
    table = ("Scaffold | Electrolyte | Current density/capacity (mA cm−2/mAh cm−2) | Lifespan (h) | CE (%) | Ref.\n"
             "Vanadium carbide sponge | 1 M LiPF6 in EC/DMC | 2/2 | 640 | 98.7 | 21\n"
             "Boron-doped graphene felt | ether | 0.5/1 | >1500 | – | [22]\n"
             "Silver-plated Ti mesh | ether | 1/1 | 380 | ~97.9 | ")
    rows, structures = run([(CARBON, "Table 3 gathers the scaffolds."),
                            (("Table 3.",), "Table 3. Scaffolds for lithium.", "caption"),
                            (("Table 3.",), table, "table")])
    by_work = {(p, v, c) for p, v, c, _ in rows}
    assert by_work == {("CurrentDensity", 2.0, (21,)), ("ArealCapacity", 2.0, (21,)), ("Lifespan", 640.0, (21,)),
                       ("CoulombicEfficiency", 98.7, (21,)), ("CurrentDensity", 0.5, (22,)),
                       ("ArealCapacity", 1.0, (22,)), ("Lifespan", 1500.0, (22,))}
    assert {s.label for s in structures.values()} == {"Vanadium carbide sponge", "Boron-doped graphene felt"}


def test_linking_review_a_table_rows_design_is_its_first_cell_whatever_its_head_noun(run):
    """A row's first cell names the design it measures even where no design phrase is read in it (a head noun
    the lexicons do not know): the design is the cell, not the row's sentence cut short."""
    table = "Interlayer | Overpotential (mV) | Lifespan (h) | Ref.\nMolten gallium coat | 18 | 1200 | 33\n" \
            "Cast polyether film | 45 | 500 | 34"
    _, structures = run([(CARBON, "Table 4 gathers the interlayers."),
                         (("Table 4.",), "Table 4. Interlayers on garnets.", "caption"), (("Table 4.",), table, "table")])
    assert {s.label for s in structures.values()} == {"Molten gallium coat", "Cast polyether film"}


@pytest.mark.parametrize("own", ["This work", "Present study"])
def test_linking_research_a_this_work_row_is_the_papers_own_design(run, own):
    """A research paper's comparison table names its own row only as "This work": the row's figures are of the
    design the text names (as its own figures in the text are), not of a design called "work"; the other rows stay
    their works' designs."""
    table = f"Electrode | CE (%) | Cycles | Ref.\n{own} | 99.4 | 650 | \nSpun zinc felt | 98.2 | 300 | 12"
    rows, _ = run([(("Abstract",), "We design a hafnium carbide lattice (HCL) that hosts lithium metal. The HCL "
                                   "electrode kept a Coulombic efficiency of 99.0% at 2 mA cm−2.", "abstract"),
                   (("2. Results",), "The HCL electrode is compared with reported hosts in Table 1."),
                   (("Table 1.",), "Table 1. Comparison with reported hosts.", "caption"), (("Table 1.",), table, "table")],
                  review=False, title="A hafnium carbide lattice for lithium metal anodes")
    text_label = next(label for p, v, c, label in rows if v == 99.0)
    assert {(p, v) for p, v, c, label in rows if label == text_label} >= {("CoulombicEfficiency", 99.4), ("CycleNumber", 650.0)}
    assert not any(own.split()[-1] in label.lower() for *_, label in rows)


def test_linking_research_a_cited_table_row_is_classed_by_its_columns_heading(run):
    """A comparison table's first column names what each row is ("Additive" over "RbNO3"): a cited row named by a
    salt's formula alone is an electrolyte additive, not the first class for want of a cue."""
    table = "Additive | CE (%) | Cycles | Ref.\nRbNO3 | 97.1 | 140 | 11\nSrI2 | 96.4 | 90 | 12"
    _, structures = run([(("Abstract",), "We add a tin triflate salt to carbonate electrolytes. Cells with it kept a "
                                         "Coulombic efficiency of 98.0%.", "abstract"),
                         (("Table 1.",), "Table 1. Additives for carbonate electrolytes.", "caption"),
                         (("Table 1.",), table, "table")],
                        review=False, title="A tin triflate additive for lithium metal anodes")
    cited = {s.label: s for s in structures.values() if s.citations}
    assert set(cited) == {"RbNO3", "SrI2"}
    for s in cited.values():
        assert (local_name(s.classification.cls), local_name(s.classification.subclass)) == \
            ("NanostructuredSEI", "ElectrolyteDerivedSEI")


def test_linking_research_a_cited_design_without_a_cue_is_classed_as_the_paper_frames_its_own(run):
    """"a hafnium-selenide skin kept 96.3%[15]" in a paper on artificial layers for lithium: the cited design's own
    words name no class, and the work it competes with (the paper's own) says what kind it likely is; a cited design
    whose name has a cue keeps its own class."""
    _, structures = run([(("Abstract",), "We grow an artificial zinc-phosphide layer (ZPL) on lithium. Li||Li cells "
                                         "with ZPL cycle for 900 h at 1 mA cm−2.", "abstract"),
                         (("1. Introduction",), "Earlier, a hafnium-selenide skin kept a Coulombic efficiency of "
                                                "96.3% [15]. A woven nickel mesh host kept 97.2% [16].")],
                        review=False, title="An artificial zinc-phosphide layer for lithium metal anodes")
    cited = {s.label: s.classification for s in structures.values() if s.citations}
    assert local_name(cited["hafnium-selenide skin"].cls) == "NanostructuredSEI"
    assert "no cue word of its own" in cited["hafnium-selenide skin"].evidence
    assert local_name(cited["woven nickel mesh host"].cls) == "ConductiveFramework"


def test_linking_review_the_makers_are_no_name_of_the_design(run):
    _, structures = run([(CARBON, "In 2021, Haruna's group[34] calcined bamboo cellulose into a phosphorus-doped "
                                  "carbon aerogel. The aerogel held 7 mAh cm−2.")])
    assert [s.label for s in structures.values()] == ["phosphorus-doped carbon aerogel"]


def test_linking_review_a_salt_added_by_molarity_is_the_additive(run):
    rows, _ = run([(CARBON, "Adding 0.05 M CsNO3 to a carbonate electrolyte[47] lifted the Coulombic efficiency "
                            "to 98.9%.")])
    assert [label for *_, label in rows] == ["CsNO3"]


def test_linking_review_a_diluent_names_the_work(run):
    _, structures = run([(CARBON, "A partially fluorinated ether diluent[48] kept a Coulombic efficiency of 99.1%.")])
    assert [s.label for s in structures.values()] == ["partially fluorinated ether diluent"]


def test_linking_review_an_above_mentioned_design_is_no_name_of_the_follow_up(run):
    _, structures = run([(CARBON, "Mensah et al.[49] cast a gelatin film onto lithium."),
                         (CARBON, "The above-mentioned gelatin film was later loaded with Mg3N2.[50] The loaded film "
                                  "showed an overpotential of 19 mV.")])
    assert {s.citations: s.label for s in structures.values()}[(50,)] == "Mg3N2"


def test_linking_review_a_bracketed_ref_in_words_closes_its_clause(run):
    rows, structures = run([(CARBON, "Whereas a spray-coated Bi2O3 layer ran for 450 h (ref. 26), a dip-coated Sb2O3 "
                                     "layer ran for 610 h (ref. 27).")])
    assert values_by_citation(rows) == {(450.0, (26,)), (610.0, (27,))}
    assert {s.citations: s.label for s in structures.values()} == {(26,): "spray-coated Bi2O3 layer",
                                                                    (27,): "dip-coated Sb2O3 layer"}


def test_linking_review_a_figure_panel_credits_its_work_before_a_later_marker(run):
    rows, _ = run([(CARBON, "Copper-doped carbon fibres (Fig. 6c) ran for 720 h."),
                   (("Fig. 6",), "Fig. 6 (c) Cycling of copper-doped carbon fibres. Adapted from ref. 31 with "
                                 "permission, copyright 2021.", "caption"),
                   (CARBON, "Zinc-plated carbon fibres, made by Lindqvist and colleagues (ref. 32), reached "
                            "8 mAh cm−2.")])
    assert values_by_citation(rows) == {(720.0, (31,)), (8.0, (32,))}


def test_linking_review_one_marker_of_several_works_pairs_a_respectively_list(run):
    rows, _ = run([(CARBON, "A nitrided Ti foam and a phosphated Ni foam showed Coulombic efficiencies of 98.2% and "
                            "97.1%, respectively.[61,62]"),
                   (CARBON, "Au- and Ag-decorated carbon cloths held Coulombic efficiencies of 99.0% and 98.1%, "
                            "respectively.[71,72]")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (98.2, (61,), "nitrided Ti foam"), (97.1, (62,), "phosphated Ni foam"),
        (99.0, (71,), "Au-decorated carbon cloths"), (98.1, (72,), "Ag-decorated carbon cloths")}


def test_linking_review_list_items_that_name_then_give_a_figure(run):
    rows, _ = run([(CARBON, "Seeded cloths compare as follows: a MgO-seeded carbon cloth: overpotential of 13 mV;[56] "
                            "a CuO-seeded carbon cloth: overpotential of 19 mV.[57]"),
                   (CARBON, "• A TiN-seeded carbon felt: overpotential of 9 mV.[58] • A VN-seeded carbon felt: "
                            "overpotential of 15 mV.[59]")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (13.0, (56,), "MgO-seeded carbon cloth"), (19.0, (57,), "CuO-seeded carbon cloth"),
        (9.0, (58,), "TiN-seeded carbon felt"), (15.0, (59,), "VN-seeded carbon felt")}


def test_linking_review_designs_named_after_their_figures_in_a_respectively_list(run):
    rows, _ = run([(CARBON, "Average Coulombic efficiencies of 97.6% (ref. 63) and 98.4% (ref. 64) were obtained "
                            "with a boronised Ni foil and a Sn-sputtered Ni foil, respectively."),
                   (CARBON, "Okoro et al.[65] and Lund et al.[66] reported lifespans of 270 and 430 h for a "
                            "graphene-coated Ti and a polymer-coated Ti, respectively.")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (97.6, (63,), "boronised Ni foil"), (98.4, (64,), "Sn-sputtered Ni foil"),
        (270.0, (65,), "graphene-coated Ti"), (430.0, (66,), "polymer-coated Ti")}


def test_linking_review_a_clause_opening_on_a_set_names_what_is_picked_from_it(run):
    """'Among the oxide coatings, MgO shows the lowest resistance (12 Ω cm2),[33] while …': the set the clause opens
    on is where the work's compound was picked from; the work is MgO, not the oxide coatings."""
    rows, _ = run([(("4. Artificial SEI",), "Among the oxide coatings, MgO shows the lowest interfacial resistance "
                                            "(12 Ω cm2),[33] while ZrO2 gives the highest modulus (70 GPa).[34]")])
    assert (12.0, "MgO") in {(v, label) for _, v, _, label in rows}


def test_linking_review_a_design_grown_in_a_nanoscale_shape_is_named_by_it(run):
    """'grew Co nanorods on Cu': the work's design is the nanorods, a shape a design is made in, not the
    bare metal."""
    rows, _ = run([(CARBON, "Sato et al.[35] grew Co nanorods on Cu; the resulting host ran for 900 h at "
                            "1 mA cm−2.")])
    assert {label for *_, label in rows} == {"Co nanorods"}


def test_linking_review_a_pronoun_after_a_sentence_citing_one_work_is_that_works(run):
    """'X has also been explored.[33] It delivered …': the pronoun speaks of the work just cited, not of an earlier
    paragraph's work that shares a unit with the sentence."""
    rows, _ = run([(CARBON, "Ga-infused copper foams ran for 500 h at 3 mA cm−2.[31]"),
                   (CARBON, "A Bi-coated nickel mesh has also been explored.[33] It delivered a CE of 98.1% at 2 mA cm−2.")])
    assert {(v, c) for _, v, c, _ in rows if v in (98.1, 2.0)} == {(98.1, (33,)), (2.0, (33,))}


def test_linking_review_a_work_is_named_by_its_compound_not_by_the_control_it_beat(run):
    """'an overpotential of 6 mV for Zn versus 35 mV for bare Cu was found by …': the sentence's only design phrase is
    the control; the work is the compound set against it."""
    rows, _ = run([(CARBON, "An overpotential of 6 mV for Zn versus 35 mV for bare Cu was found by Ruiz et al.[44]")])
    assert {(v, label) for _, v, _, label in rows if v == 6.0} == {(6.0, "Zn")}


@pytest.mark.parametrize("text, control", [
    ("An overpotential of 6 mV for Zn versus 35 mV for bare Cu was found by Ruiz et al.[44]", (35.0, "bare Cu")),
    ("A Ga-alloyed Cu foam kept a higher CE (98.8%) than that of a Ni foil (93%).[44]", (93.0, "Ni foil")),
    ("A P-doped carbon sponge held 7 mAh cm−2, whereas a pristine sponge was limited to 2 mAh cm−2.[44]",
     (2.0, "pristine sponge")),
])
def test_linking_review_what_a_work_was_compared_with_is_a_node_of_that_work(run, text, control):
    """A figure a review states for what a cited work was compared with ('versus 35 mV for bare Cu', 'than that of a
    Ni foil (93%)', 'whereas a pristine sponge was limited to …') is that control's, cited to the same work."""
    rows, _ = run([(CARBON, text)])
    assert {(v, c, label) for _, v, c, label in rows if v == control[0]} == {(control[0], (44,), control[1])}


@pytest.mark.parametrize("text", [
    "Ruiz et al. grew tungsten-boride needles on copper. The needled foil held an overpotential of 18 mV over 100 "
    "cycles,[45] compared with 42 mV for bare Cu.",
    "A nickel-phosphide mesh was reported by Ode et al.[45] Its overpotential stayed at 18 mV for 300 cycles,[45] "
    "whereas that of bare Cu rose to 42 mV within 90 cycles.",
    "Gao et al. wrapped carbon paper in graphitic nitride. The wrapped paper held an overpotential of 18 mV for 300 "
    "cycles,[45] far lower than the 42 mV of pristine carbon paper."])
def test_linking_review_a_baseline_the_review_sets_after_the_work_s_marker_is_no_figure_of_that_work(run, text):
    """"X held 18 mV over 100 cycles,[45] compared with 42 mV for bare Cu": the work's marker closed the clause of
    its figure and the comparison follows with no marker of its own, so the baseline's figure (and how long it
    held) is the review's, not a "bare Cu" node of work 45 nor a figure of its design."""
    rows, structures = run([(CARBON, text)])
    assert 42.0 not in {v for _, v, _, _ in rows} and 90.0 not in {v for _, v, _, _ in rows}
    assert 18.0 in {v for _, v, _, _ in rows}
    assert not any("-control-" in key for key in structures)


def test_linking_review_a_figure_after_a_comparison_and_a_second_verb_is_the_designs(run):
    """'X gave a twofold longer life than bare Li and reached 640 h': 'and reached' turns back to X."""
    rows, _ = run([(CARBON, "A nitrided Li foil gave a twofold longer life than bare Li and reached 640 h.[46]")])
    assert {(v, c, label) for _, v, c, label in rows} == {(640.0, (46,), "nitrided Li foil")}


def test_linking_review_a_skin_names_the_design_not_the_foil_it_is_cast_on(run):
    """'A polymer skin was cast onto Li foil': a skin is a design head like a coating or a film."""
    rows, _ = run([(CARBON, "A fluorinated polymer skin was cast onto Li foil in ref. 48. It delivered a CE of 97.1%.")])
    assert {(v, c, label) for _, v, c, label in rows} == {(97.1, (48,), "fluorinated polymer skin")}


def test_linking_review_a_compared_work_with_its_own_marker_keeps_its_figure(run):
    """'Compared with the Ni mesh of ref. 52, which failed after 70 cycles, the Ti mesh of ref. 53 ran for 420
    cycles': the relative clause speaks of ref. 52's mesh, a cited design, not a control of ref. 53."""
    rows, _ = run([(CARBON, "Compared with the Ni mesh of ref. 52, which failed after 70 cycles, the Ti mesh of ref. 53 "
                            "ran for 420 cycles.")])
    assert {(v, c, label) for _, v, c, label in rows} == {(70.0, (52,), "Ni mesh"), (420.0, (53,), "Ti mesh")}


@pytest.mark.parametrize("compared", ["Compared with the 300 h of a PXQ-7 foam,[36]",
                                      "Compared with a PXQ-7 foam (300 h),[36]"])
def test_linking_review_a_compared_work_whose_marker_follows_a_comma_or_its_figures_keeps_its_figure(run, compared):
    """The compared design's own marker, printed after the comma that closes the comparison or after the figures in
    brackets, still makes it a cited work's design, not a control of the next work."""
    rows, _ = run([(CARBON, f"{compared} a tungsten-boride felt extended the lifespan to 900 h.[37]")])
    assert {(v, c) for _, v, c, _ in rows} == {(300.0, (36,)), (900.0, (37,))}


def test_linking_review_a_compound_a_work_replaced_does_not_name_it(run):
    """'the same group replaced ZnO with Ag2S, which raised the CE to 98.9%': the work is the Ag2S one."""
    rows, _ = run([(CARBON, "In a later study,[45] the same group replaced ZnO with Ag2S, which raised the CE to 98.9%.")])
    assert {(v, c, label) for _, v, c, label in rows} == {(98.9, (45,), "Ag2S")}


def test_linking_review_what_a_work_put_in_place_of_a_part_names_it(run):
    """'they replaced the PEO with a single-ion conducting polymer, which lifted …': the polymer is the work."""
    rows, _ = run([(CARBON, "In their next report,[16] they replaced the PEO with a single-ion conducting polymer, "
                            "which lifted the transference number to 0.86.")])
    assert {(c, label) for _, _, c, label in rows} == {((16,), "single-ion conducting polymer")}


def test_linking_review_one_work_s_designs_listed_respectively_each_keep_their_figure(run):
    """'Among the X, A, B and C were compared by … who found 14, 19 and 9 mV, respectively.[34]': one work, three
    designs, each figure on its own design, all cited to the work; the set the list is picked from is no design."""
    rows, _ = run([(CARBON, "Among the alloy hosts, a Zn-plated Cu mesh, a Sn-coated Ni felt and a Ag-sputtered Ti foam "
                            "were compared by Ito et al., who found overpotentials of 14, 19 and 9 mV, respectively.[34]")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (14.0, (34,), "Zn-plated Cu mesh"), (19.0, (34,), "Sn-coated Ni felt"), (9.0, (34,), "Ag-sputtered Ti foam")}


@pytest.mark.parametrize("text, expected", [
    ("The Sb-seeded Cu and bare Cu foils of Ortiz et al. showed overpotentials of 7 and 36 mV, respectively.[61]",
     {(7.0, "Sb-seeded Cu"), (36.0, "bare Cu foils")}),
    ("Bare Ni foam lost its capacity after 45 cycles, while Zn-seeded Ni foam retained 92% after 260 cycles.[63]",
     {(45.0, "Bare Ni foam"), (92.0, "Zn-seeded Ni foam"), (260.0, "Zn-seeded Ni foam")}),
])
def test_linking_review_a_works_design_and_its_control_in_one_sentence_each_keep_their_figures(run, text, expected):
    """A work's design and its control named together ('A and bare B … 7 and 36 mV, respectively'; 'Bare B failed …,
    while A retained …'): each figure on its own node, the design named by the design, not by the control."""
    rows, _ = run([(CARBON, text)])
    assert {(v, label) for _, v, _, label in rows} == expected


def test_linking_review_a_clause_without_a_known_material_is_still_named_by_its_own_phrase(run):
    """'A Li–Ba fibre composite kept …[31] and a Li–Sr–Zn alloy ran …[32]': the first clause names no material the
    lexicon knows, yet its own phrase names [31]'s design; the sentence's best phrase is [32]'s."""
    rows, _ = run([(CARBON, "A Li–Ba fibre composite kept a CE of 98.5%[31] and a Li–Sr–Zn ternary alloy ran for "
                            "1200 h.[32]")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (98.5, (31,), "Li–Ba fibre composite"), (1200.0, (32,), "Li–Sr–Zn ternary alloy")}


def test_linking_review_for_example_opens_a_list_of_designs(run):
    """'Composites have been made, for example a X (…)[31] and a Y (…)[32]': 'for example' opens the list as 'e.g.'
    does; the class named before it is no design of [31]."""
    rows, _ = run([(CARBON, "Several lithium-rich composites have been made, for example a Li–Ba fibre composite "
                            "(CE of 98.5%, 500 cycles)[31] and a Li–Sr–Zn ternary alloy (1200 h).[32]")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (98.5, (31,), "Li–Ba fibre composite"), (500.0, (31,), "Li–Ba fibre composite"),
        (1200.0, (32,), "Li–Sr–Zn ternary alloy")}


def test_linking_review_markers_on_listed_items_name_the_works_of_a_respectively_list(run):
    """'Coatings of MXene,[17] black phosphorus[18] and carbon nitride[19] on PP separators gave 1500, 900 and 700 h,
    respectively': each work is named by the item its marker closes, not by the sentence's phrases in turn."""
    rows, _ = run([(SEPARATOR, "Coatings of MXene,[17] black phosphorus[18] and graphitic carbon nitride[19] on "
                               "polypropylene separators gave lifespans of 1500, 900 and 700 h, respectively.")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (1500.0, (17,), "Coatings of MXene"), (900.0, (18,), "black phosphorus"),
        (700.0, (19,), "graphitic carbon nitride")}


def test_linking_review_and_a_new_subject_closes_the_clause_of_the_marker_before(run):
    """'X[15] cycled for 800 h, and a TiO2-coated one[16] for 520 h': ', and a …' opens the next work's clause, so
    800 h is [15]'s; 'a TiO2-coated one' is the design before with its coating put in place."""
    rows, _ = run([(SEPARATOR, "A boehmite-coated polyethylene separator[15] cycled for 800 h at 1 mA cm−2, and a "
                               "TiO2-coated one[16] for 520 h.")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (800.0, (15,), "boehmite-coated polyethylene separator"), (1.0, (15,), "boehmite-coated polyethylene separator"),
        (520.0, (16,), "TiO2-coated polyethylene separator")}


def test_linking_review_a_lead_in_before_a_design_is_no_part_of_its_name(run):
    """'Other groups reported a tin-plated Ni foam (…)[54]': words naming no design and a verb before the article
    only introduce the design; 'a Ni foam with a ZnO layer' keeps its second part."""
    rows, _ = run([(CARBON, "Other groups reported a tin-plated nickel foam (CE, 98.1%; 260 cycles)[54] and a gold-seeded "
                            "Cu nanowire array (lifespan, 900 h).[55]")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (98.1, (54,), "tin-plated nickel foam"), (260.0, (54,), "tin-plated nickel foam"),
        (900.0, (55,), "gold-seeded Cu nanowire array")}


def test_linking_review_the_cathode_a_design_is_paired_with_is_no_name_of_it(run):
    """'A sulfurized PAN cathode paired with a fluorinated-ether-treated lithium[62] kept …': the cathode is the cell's,
    the work's design is the treated lithium."""
    rows, _ = run([(("5. Electrolyte-derived SEI",), "A sulfurized polyacrylonitrile cathode paired with a "
                                                     "fluorinated-ether-treated lithium[62] kept 560 mAh g−1 after 300 "
                                                     "cycles.")])
    assert {label for *_, label in rows} == {"fluorinated-ether-treated lithium"}


def test_linking_review_a_duration_at_a_current_is_a_lifespan(run):
    """'a Li–In alloy anode[83] enabled 1000 h at 0.5 mA cm−2': a duration followed by the current it was reached at
    is a cell's life, even where the sentence has no word of cycling."""
    rows, _ = run([(("5. Solid-state interfaces",), "A Li–In alloy anode[83] enabled 1000 h at 0.5 mA cm−2.")])
    assert {(p, v) for p, v, *_ in rows} == {("Lifespan", 1000.0), ("CurrentDensity", 0.5)}


def test_linking_review_the_resulting_product_names_the_work_better_than_its_template(run):
    """'X and co-workers reduced graphene oxide onto a melamine sponge.[41] The resulting graphene sponge kept …': the
    sponge the work made is named by the later sentence, not by the template it was made on."""
    rows, _ = run([(CARBON, "Ibarra and co-workers[41] reduced graphene oxide onto a melamine sponge. The resulting "
                            "graphene sponge kept a CE of 98.6% for 450 cycles.")])
    assert {(v, c, label) for _, v, c, label in rows} == {(98.6, (41,), "graphene sponge"), (450.0, (41,), "graphene sponge")}


def test_linking_research_a_bare_result_well_above_a_control_is_the_design_s(run):
    """"It gives 98.1%, well above bare Cu": 'well above' compares with the control, so the figure is the arm the
    sentence before was about, not the control's."""
    rows, _ = run([(RESULTS, "A zirconium-boride coating (ZBC) was sputtered on copper foil. We measured the Coulombic "
                             "efficiency of the ZBC-Cu electrode over 120 cycles. It gives 98.1%, well above bare Cu.")],
                  review=False)
    assert {(p, v, label) for p, v, _, label in rows} == {
        ("CycleNumber", 120.0, "ZBC-Cu electrode"), ("CoulombicEfficiency", 98.1, "ZBC-Cu electrode")}


def test_linking_research_the_cells_as_a_subject_naming_no_arm_are_every_tested_cell(run):
    """"The cells were opened after 150 cycles" speaks of every cell the paper tested, not only of the arms the
    sentences around it name."""
    rows, _ = run([(RESULTS, "Sulfur cathodes were paired with a pristine separator, a zinc-oxide separator and a "
                             "zinc-oxide–graphite separator. The zinc-oxide separator held 71% of its capacity, "
                             "compared with 52% for the pristine separator. The zinc-oxide–graphite separator held "
                             "88%. The cells were opened after 150 cycles. The pristine separator was stained.")],
                  review=False, title="A zinc-oxide–graphite separator for lithium–sulfur cells")
    assert {label for p, _, _, label in rows if p == "CycleNumber"} == {
        "pristine separator", "zinc-oxide separator", "zinc-oxide–graphite separator"}


def test_float_pointers_one_pattern_answers_each_reader():
    """"Fig. 2b, c", "Figure 4 a–c", "(Fig. S3)", "Table 1": one pattern of pointers at a paper's floats, each reader
    asking its own question of it."""
    from pipeline.float_pointers import caption_figure, figure_pointers, panel_labels, points_at_a_float

    assert points_at_a_float("The quartz felt wets evenly (Fig. S3).")
    assert points_at_a_float("Table 2 lists the PXQ-7 interlayers.")
    assert not points_at_a_float("The figure of merit rose to 3.")
    pointers = [(p.number, p.panels) for p in figure_pointers(
        "As Fig. 2b, c and Figure 4 a–c show, the felt (Fig. S3, Table 1) holds; see Fig. 5.")]
    assert pointers == [("2", ("b", "c")), ("4", ("a", "b", "c")), ("5", ())]   # no supplementary figure, no table
    assert list(figure_pointers("Fig. 6x and Figure 7A")) == []                  # letters no panel list reads
    assert caption_figure("  Figure 5. Cycling of the PXQ-7 cells.") == "5"
    assert caption_figure("Figure S2. Cycling of the PXQ-7 cells.") is None
    assert caption_figure("Table 3. Cells.") is None
    assert list(panel_labels("(a) Felt. b,c) Cycling at 2 mA cm−2.")) == [(1, ("a",)), (10, ("b", "c"))]


def test_linking_cells_said_answers_each_question_of_a_sentence_on_cells():
    """The one component that reads "the cells were …" subjects: each question takes its own openers and heads."""
    from pipeline.linking.cells_said import cells_subject, on_every_cell, opens_on_cells, speaks_of_the_cells

    assert speaks_of_the_cells("After 80 cycles the cells had been opened in a dry room.")
    assert not speaks_of_the_cells("The cell was opened in a dry room.")          # one cell, no plural subject
    assert on_every_cell("Each pouch cell held 35 uL of the borate electrolyte.")
    assert on_every_cell("The galvanostatic tests used a 2.5 V cut-off.")          # active voice, a test
    assert not on_every_cell("Quartz-felt cells were cycled at 2 mA cm−2.")        # a kind, not every cell
    assert on_every_cell("CR2025 cells contained 45 uL of 1 M LiTFSI in DOL.")     # the format every cell is built in
    assert on_every_cell("Coin-type cells were assembled with a glass-fibre separator.")
    assert not on_every_cell("Pouch cells were assembled with a lean electrolyte.")  # some cells, set apart
    assert cells_subject("Li||PXQ-type cells were cycled at 2 mA cm−2.") == "Li||PXQ-type cells"
    assert cells_subject("The symmetric cells were then run at 1 mA cm−2.") == "symmetric cells"
    assert cells_subject("Symmetric cells with the PXQ-7 interlayer were run.") is None   # cells and a name
    assert cells_subject("The symmetric cells kept 40 mV.") is None                # not a statement made of cells
    assert opens_on_cells("Those cells were run at 1 mA cm−2.")
    assert opens_on_cells("Such batteries rested for 6 h.")
    assert not opens_on_cells("We then cycled the cells at 1 mA cm−2.")           # the cells not its opening


def test_linking_research_a_figure_in_a_relative_clause_is_the_arm_it_opens_on(run):
    """"…, in stark contrast to the bare Li symmetric cell, which short-circuited after 140 h": the relative clause
    speaks of the control it opens on, not of the sentence's subject."""
    rows, _ = run([(RESULTS, "We protect lithium with a calcium-tin alloy layer (CTA-Li). The CTA-Li symmetric cell "
                             "cycled for over 1800 h, in stark contrast to the bare Li symmetric cell, which "
                             "short-circuited after 140 h.")], review=False)
    assert {(v, label) for p, v, _, label in rows if p == "Lifespan"} == {
        (1800.0, "calcium-tin alloy layer (CTA-Li)"), (140.0, "bare Li")}


def test_linking_research_a_relative_clause_on_a_thing_that_is_no_arm_gives_its_figure_to_no_one(run):
    """"… another anode material, MgGe2, which has a reduction potential of 0.6 V": the figure is that other
    anode's, none of the paper's arms (not the subject's)."""
    rows, _ = run([(RESULTS, "We screen magnesium-boride coatings (MBCs) for magnesium anodes. The reduction potentials "
                             "of these two magnesium-boride coatings were lower than those of another promising Mg anode "
                             "material, MgGe2, which has a reduction potential of 0.6 V vs. Mg/Mg2+.")],
                  review=False, title="Magnesium-boride coatings for magnesium anodes")
    assert 0.6 not in {v for _, v, _, _ in rows}


def test_linking_review_numbered_items_of_a_list_of_works_are_named_without_their_numbers(run):
    """A list of strategies numbered "(i)", "(ii)" …, each item closed by its own marker: the number is no part of the
    design's name, and an item's head noun ("separators coated with …") says its class before what it is coated with."""
    rows, structures = run([(("5. Strategies at a glance",),
                             "Three routes were taken: (i) hafnium-boride fibre scaffolds, which ran for 400 h;[22] "
                             "(ii) separators coated with a PXQ-7 layer, which delivered 97.5% Coulombic "
                             "efficiency;[23] and (iii) tin-fluoride films on lithium foil, which lowered the "
                             "overpotential to 30 mV.[24]")])
    assert values_by_citation(rows) == {(400.0, (22,)), (97.5, (23,)), (30.0, (24,))}
    assert {k: s.label for k, s in structures.items()} == {
        "ref-22": "hafnium-boride fibre scaffolds", "ref-23": "separators coated with a PXQ-7 layer",
        "ref-24": "tin-fluoride films on lithium foil"}
    assert local_name(structures["ref-23"].classification.subclass) == "FunctionalSeparator"


@pytest.mark.parametrize("connective", ["Moreover, ", "In addition, ", "Impressively, "])
def test_linking_review_closing_marker_of_a_pronoun_after_a_connective(run, connective):
    """"Moreover, it ran …[16]": a sentence adverb before the pronoun does not stop it pointing back to the design the
    passage opened on, so the marker that closes the passage is the work of the figures before it."""
    rows, _ = run([(CARBON, "Sun and co-workers designed a hollow PXQ-7 lattice. The lattice exhibited 98% Coulombic "
                            f"efficiency. {connective}it ran for 700 h without short circuit.[16]")])
    assert values_by_citation(rows) == {(98.0, (16,)), (700.0, (16,))}


@pytest.mark.parametrize("sentence", ["Both alucone[24] and PXQ-7[25] films lasted over 600 h.",
                                      "Alucone films,[24] zincone films[26] and PXQ-7 films[25] lasted over 600 h."])
def test_linking_review_a_figure_of_works_named_together_is_each_works(run, sentence):
    """Designs named together as one subject, each with its marker, and one figure after them: each work reports it."""
    rows, _ = run([(CARBON, sentence)])
    works = {c for _, v, c, _ in rows if v == 600.0}
    assert works == ({(24,), (25,)} if "Both" in sentence else {(24,), (25,), (26,)})


@pytest.mark.parametrize("sentence", ["Unlike alucone films,[24] PXQ-7 films[25] lasted over 600 h.",
                                      "Alucone films[24] fail early; PXQ-7 films[25] lasted over 600 h.",
                                      "Alucone films[24] and PXQ-7 films[25] lasted 500 and 600 h, respectively."])
def test_linking_review_a_figure_after_a_contrast_or_a_list_is_not_shared(run, sentence):
    rows, _ = run([(CARBON, sentence)])
    assert {c for _, v, c, _ in rows if v == 600.0} == {(25,)}


@pytest.mark.parametrize("opening", ["Building on the pioneering work of Tamsin[31] and Orrell,[32]", "After Tamsin[31] and Orrell,[32]"])
def test_linking_review_works_named_together_that_another_work_built_on_share_none_of_its_figures(run, opening):
    """Two works cited by name, then the design of a third whose marker closes the sentence: the figure is the third
    work's only; the two named are what it built on, not designs that report it."""
    rows, _ = run([(CARBON, f"{opening} Vakili et al. designed a PXQ-7 coated copper foam that delivered a Coulombic "
                            "efficiency of 99.0% for 300 cycles.[33]")])
    assert values_by_citation(rows) == {(99.0, (33,)), (300.0, (33,))}


def test_linking_review_a_marker_after_et_al_closes_the_subject_of_its_clause(run):
    """"The Ti mesh of Ahmed et al.[67] ran for 700 h, whereas …[68]": the marker stands on the subject's makers, so
    the clause it opens is that work's, not the next marker's."""
    rows, _ = run([(CARBON, "The PXQ-7 mesh of Ahmed et al.[67] ran for 700 h, whereas the tungsten mesh of Lund et "
                            "al.[68] failed after 250 h.")])
    assert values_by_citation(rows) == {(700.0, (67,)), (250.0, (68,))}


def test_linking_review_the_from_figure_of_a_change_is_no_result(run):
    """"raised the CE from 96.1% to 99.2%": the first figure is what the work started from, not what it reached."""
    rows, _ = run([(CARBON, "Trace amounts of a PXQ-7 salt[66] raised the average Coulombic efficiency from 96.1% to "
                            "99.2%.")])
    assert values_by_citation(rows) == {(99.2, (66,))}


def test_linking_review_a_condition_a_change_started_from_is_still_a_condition(run):
    rows, _ = run([(CARBON, "Raising the current density from 1 to 5 mA cm−2, a PXQ-7 felt[66] kept an overpotential "
                            "below 30 mV.")])
    assert (1.0, (66,)) in values_by_citation(rows)


@pytest.mark.parametrize("sentence", ["The same group later reached 1200 h with a thicker tungsten-boride coating.[46]",
                                      "A tungsten-boride coating[46] achieved over 1200 h.",
                                      "Cells with a tungsten-boride coating[46] lasted 1200 h.",
                                      "A tungsten-boride coating[46] survived 1200 h."])
def test_linking_review_a_duration_a_design_reached_is_its_lifespan(run, sentence):
    """No word of cycling in the sentence: the verb that says the design reached the duration makes it the
    cell's lifespan; hours a making step took are none."""
    rows, _ = run([(CARBON, sentence)])
    assert {(p, v, c) for p, v, c, _ in rows} == {("Lifespan", 1200.0, (46,))}
    rows, _ = run([(CARBON, "The tungsten-boride precursor[46] was stirred for 12 h and reached a viscosity of "
                            "2 Pa s after 3 h.")])
    assert not [r for r in rows if r[0] == "Lifespan"]
    rows, _ = run([(CARBON, "Over the last 50 h, a tungsten-boride coating[46] kept the voltage flat.")])
    assert not [r for r in rows if r[0] == "Lifespan"]


@pytest.mark.parametrize("sentence", ["A PXQ-7 film[46] suppressed lithium dendrites for 900 h.",
                                      "The tungsten-boride layer[46] inhibited dendrite growth over 900 h.",
                                      "A PXQ-7 coating[46] protected the lithium anode for more than 900 h.",
                                      "The stiff QRM-2 skin[46] blocked dendrites for 900 h."])
def test_linking_review_a_duration_a_design_held_off_dendrites_for_is_its_lifespan(run, sentence):
    """No word of cycling and no current: the verb that says the design held dendrites off (or kept its lithium
    safe) for the duration makes it the cell's lifespan."""
    rows, _ = run([(CARBON, sentence)])
    assert {(p, v, c) for p, v, c, _ in rows} == {("Lifespan", 900.0, (46,))}


def test_linking_review_a_fronted_duration_before_a_verb_of_a_property_is_the_lifespan(run):
    """"Over 800 h, X kept the overpotential at 35 mV": "kept" has a property after it, so it reports a result; the
    hours before it are no making step."""
    rows, _ = run([(CARBON, "Over 800 h, the PXQ-7 additive[27] kept the overpotential at 35 mV.")])
    assert {(p, v, c) for p, v, c, _ in rows} == {("Lifespan", 800.0, (27,)), ("Overpotential", 35.0, (27,))}


@pytest.mark.parametrize("sentence", ["The protected Li of the PXQ-7 work[46] was rested for 6 h before testing.",
                                      "A protective PXQ-7 layer[46] formed in 6 h."])
def test_linking_review_hours_beside_a_word_of_protection_that_is_no_verb_with_an_object_are_no_lifespan(run, sentence):
    rows, _ = run([(CARBON, sentence)])
    assert not [r for r in rows if r[0] == "Lifespan"]


ASEI = ("6. Artificial SEI layers",)


def test_linking_review_the_lithium_a_layer_sits_on_is_not_the_works_design(run):
    """'spin-coated a PXQ-7 film on lithium foil,[38]': the marker closes on the foil, but plain lithium after
    "on" is where the layer sits; the film is the work's design."""
    rows, structures = run([(ASEI, "Chen et al. spin-coated a tungsten-boride polymer film on lithium foil,[38] "
                                   "which ran for 800 h at 0.5 mA cm−2.")])
    assert {label for *_, label in rows} == {"tungsten-boride polymer film"}


@pytest.mark.parametrize("sentence, thickness", [
    ("Chen et al. spin-coated a 200 nm tungsten-boride polymer film on lithium foil.[38]", 200.0),
    ("A 40 nm sputtered tungsten-boride coating[38] ran for 800 h at 1 mA cm−2.", 40.0),
])
def test_linking_review_a_layers_thickness_before_two_modifiers_of_its_noun(run, sentence, thickness):
    rows, _ = run([(ASEI, sentence)])
    assert ("Thickness", thickness, (38,)) in {(p, v, c) for p, v, c, _ in rows}


@pytest.mark.parametrize("design, expected", [
    ("cobalt-nitride foam", "MetalBasedFramework"),       # a metal no class cue lists
    ("lithium-infused PXQ-7 sponge", "LithiumBasedFramework"),
    ("PXQ-7 sponge", None),                               # nothing says which kind of host
])
def test_linking_review_a_host_made_of_a_metal_element_is_a_metal_based_framework(run, design, expected):
    """A heading of hosts names the top class only; a metallic element (not the lithium it hosts) the design is
    made of names its kind, whether or not a class cue lists that metal."""
    _, structures = run([(("3. Host materials",), f"A {design}[33] lowered the nucleation overpotential to 14 mV.")])
    (structure,) = structures.values()
    found = structure.classification.subclass
    assert (local_name(found) if found else None) == expected


@pytest.mark.parametrize("design", ["boron-nitride sponge", "silica aerogel", "zirconia aerogel host"])
def test_linking_review_a_host_made_of_an_insulator_is_a_non_conductive_framework(run, design):
    """Under a heading of hosts, a sponge or aerogel of a ceramic insulator is a non-conductive framework, and the
    figures of its sentence are its own."""
    rows, structures = run([(("3. Host materials",), f"Yamada et al. built a {design} for lithium,[16] which kept a "
                                                     "Coulombic efficiency of 98.4% over 300 cycles.")])
    (structure,) = structures.values()
    assert (local_name(structure.classification.cls), structure.classification.subclass) == \
        ("NonConductiveFramework", None)
    assert {(p, v, c) for p, v, c, _ in rows} == {("CoulombicEfficiency", 98.4, (16,)), ("CycleNumber", 300.0, (16,))}


def test_linking_review_a_work_cited_in_words_where_its_clause_opens_owns_that_clause(run):
    """'In ref. 44, X ran …, while Y (ref. 45) …': the first work's marker opens its clause, before its design;
    the second work's closes its own, and neither takes the other's design or figure."""
    rows, _ = run([(("3. Host materials",), "In ref. 44, a zinc-phosphide scaffold ran for 900 h at 2 mA cm−2, while "
                                            "a tungsten-boride felt (ref. 45) cycled for 600 h.")])
    assert {(v, c, label) for _, v, c, label in rows} == {
        (900.0, (44,), "zinc-phosphide scaffold"), (2.0, (44,), "zinc-phosphide scaffold"),
        (600.0, (45,), "tungsten-boride felt")}


@pytest.mark.parametrize("opener", ["While", "Whereas", "Although"])
def test_linking_review_a_clause_set_against_the_main_one_ends_at_its_comma(run, opener):
    """"While X[40] kept 95.0% …, Y[41] reached 97.5% …": a sentence that opens on a clause set against its main
    clause ends that clause at the comma; its figures are the work whose marker stands on its subject."""
    rows, _ = run([(CARBON, f"{opener} the tungsten foam host [40] kept a Coulombic efficiency of 95.0% for 100 cycles, "
                            "the cobalt foam host [41] reached 97.5% for 200 cycles.")])
    assert values_by_citation(rows) == {(95.0, (40,)), (100.0, (40,)), (97.5, (41,)), (200.0, (41,))}


@pytest.mark.parametrize("makers", ["Zhou and co-workers", "Zhou's group", "Zhou and colleagues"])
@pytest.mark.parametrize("verb", ["grew", "designed", "synthesized"])
def test_linking_review_the_makers_verb_is_no_part_of_the_design(run, makers, verb):
    """"Zhou and co-workers grew tungsten-boride nanofibres …": after the words that name the people whose work it is,
    the next word is their verb, not a modifier of the thing they made (a plural name has no article to stop at)."""
    rows, _ = run([(CARBON, f"{makers} {verb} tungsten-boride nanofibres on copper [11]; the cells kept a Coulombic "
                            "efficiency of 98.2% for 400 cycles.")])
    assert {label for *_, label in rows} == {"tungsten-boride nanofibres"}


def test_linking_review_a_head_noun_alone_does_not_outrank_a_modified_design(run):
    """"A 30 nm quinoxaline film … cut side reactions with the electrolyte[21]": the marker closes on the
    electrolyte, a head noun alone, which names no design of its own; the film a word modifies is the work's."""
    rows, _ = run([(CARBON, "A 30 nm quinoxaline film grown on lithium by vapour deposition cut side reactions with the "
                            "electrolyte[21]. This film kept Li||Li cells cycling for 700 h.")])
    assert {label for *_, label in rows} == {"quinoxaline film"}


@pytest.mark.parametrize("sentence, label", [("A nonwoven fabric[46] reached 99.0% over 250 cycles.", "nonwoven fabric"),
                                             ("A rigid ceramic frame[46] kept the overpotential at 30 mV.",
                                              "rigid ceramic frame")])
def test_linking_review_a_fabric_or_a_frame_names_a_framework(run, sentence, label):
    """A framework named by its body alone, no material in the name ("a nonwoven fabric", "a ceramic frame"): the body
    word is the name's head noun, so the name is that phrase, not the whole sentence."""
    rows, structures = run([(("4. Non-conductive frameworks",), sentence)])
    assert {lab for *_, lab in rows} == {label}
    assert local_name(next(iter(structures.values())).classification.cls) == "NonConductiveFramework"


def test_linking_research_a_sentence_opened_as_a_report_is_cited_work_though_it_names_an_own_arm(run):
    """"As reported in previous research, WB2-coated separators …[12]": the opening clause says the sentence reports
    others' work, so its figure is the cited work's, though its words also name the paper's own WB2 separator."""
    rows, _ = run([(RESULTS, "The WB2 separator and the PE separator were tested in Li|Cu cells. The WB2 separator kept "
                             "98.9% Coulombic efficiency, whereas the PE separator kept 93.2%."),
                   (RESULTS, "As reported in previous research, WB2-coated separators have improved the cycling of "
                             "lithium anodes because of their high thermal conductivity (64 W m−1 K−1).[12]")],
                  review=False, title="A WB2-coated separator for lithium metal anodes")
    assert {(v, c) for p, v, c, _ in rows if p == "ThermalConductivity"} == {(64.0, (12,))}


def test_linking_research_a_definite_phrase_set_against_the_control_word_is_the_design(run):
    """"the silver mesh electrode cycles far longer than the untreated silver mesh (900 vs. 300 h)": a design never
    given a short form is named mid-sentence by the control's words without its control word (the generic
    "electrode" aside), so the first of the pair is the design's, not the control's."""
    rows, _ = run([(RESULTS, "We anneal a copper–silver alloy mesh in fluorine gas to give a fluorinated "
                             "copper–silver alloy mesh for lithium plating."),
                   (RESULTS, "In Li||Cu cells, the silver mesh electrode cycles far longer than the untreated silver "
                             "mesh (900 vs. 300 h) with an overpotential of only 21 mV.")], review=False,
                  title="Fluorinated copper–silver alloy meshes guide lithium plating")
    assert {(p, v, label) for p, v, _, label in rows} == {
        ("Lifespan", 900.0, "fluorinated copper–silver alloy mesh"), ("Lifespan", 300.0, "untreated silver mesh"),
        ("Overpotential", 21.0, "fluorinated copper–silver alloy mesh")}


@pytest.mark.parametrize("second, shared", [
    ("the cell with PCE over just 120 cycles", True),
    ("whereas the cell with PCE fades to 61% over 120 cycles", False),
])
def test_linking_research_a_gapped_clause_shares_the_figure_it_leaves_out(run, second, shared):
    """"X holds 85% of its capacity over 450 cycles, the cell with Y over just 120 cycles": a clause that names another
    arm and then only a figure leaves its verb and the rest out, so the 85% both held is Y's too; a clause with a verb
    of its own says its own figures."""
    rows, _ = run([(RESULTS, "We add a fluorinated ether to a carbonate electrolyte (FCE) and compare it with the "
                             "plain carbonate electrolyte (PCE)."),
                   (RESULTS, f"In Li||LFP cells at 1 C, the cell with FCE holds 85% of its capacity over 450 cycles, "
                             f"{second}.")], review=False, title="A fluorinated ether additive for lithium metal batteries")
    retained = {(v, label.split(" (")[-1]) for p, v, _, label in rows if p == "CapacityRetention"}
    assert ((85.0, "PCE)") in retained) is shared
    assert (85.0, "FCE)") in retained and {(v, label.split(" (")[-1]) for p, v, _, label in rows
                                           if p == "CycleNumber"} == {(450.0, "FCE)"), (120.0, "PCE)")}


def test_linking_research_the_setting_of_a_step_that_grows_the_layer_is_the_design_s(run):
    """"Dipping lithium into GeCl4 in THF at 35 °C for 3 min forms a glossy film 40 nm thick": the temperature sets the
    step that made the design's layer, so it is the design's, not dropped as a figure of the reagent named before."""
    rows, _ = run([(("Abstract",), "We dip lithium into a germanium chloride solution and grow a germanium-rich film "
                                   "on it (GF-Li).", "abstract"),
                   (RESULTS, "Dipping lithium into GeCl4 in THF at 35 °C for 3 min forms a glossy film 40 nm thick."),
                   (RESULTS, "Symmetric GF-Li cells cycle for 900 h at 3 mA cm−2.")], review=False,
                  title="A germanium-rich film grown on lithium metal anodes")
    labels = {p: label for p, _, _, label in rows}
    assert {(p, v) for p, v, _, _ in rows if p in ("Temperature", "Thickness")} == {("Temperature", 35.0),
                                                                                  ("Thickness", 40.0)}
    assert labels["Temperature"] == labels["Thickness"] == labels["Lifespan"]


@pytest.mark.parametrize("later, owner", [("The Li||Li cell also shows a larger overpotential of 140 mV.", "Li||Li"),
                                          ("Li||Li cells with SNF-Li also keep a small overpotential of 140 mV.",
                                           "tin nitride film (SNF-Li)")])
def test_linking_research_a_bare_cell_once_set_against_the_design_keeps_its_figures_later(run, later, owner):
    """"…, whereas the Li||Li cell shorts after 75 h. The Li||Li cell also shows …": a cell of bare electrodes the
    results set against the design is that control when a later sentence speaks of it alone, not the design; a
    sentence that says what the cells hold names its own arm."""
    rows, _ = run([(RESULTS, "We coat lithium foil with a tin nitride film (SNF-Li)."),
                   (RESULTS, "At 3 mA cm−2, the SNF-Li||SNF-Li cell runs for 1,100 h, whereas the Li||Li cell shorts "
                             "after 75 h."),
                   (RESULTS, later)], review=False, title="Tin nitride films on lithium")
    assert {(p, v, label) for p, v, _, label in rows if p in ("Lifespan", "Overpotential")} == {
        ("Lifespan", 1100.0, "tin nitride film (SNF-Li)"), ("Lifespan", 75.0, "Li||Li"), ("Overpotential", 140.0, owner)}


HOSTS = ("Conductive scaffolds",)


def test_a_paper_that_reports_cited_works_is_read_as_a_review_whatever_its_title(run):
    """No 'review' in its title or abstract and a short reference list, but no methods section and running text that
    gives figures with citations: the works it cites own them, and a pointer ('The resulting electrode') keeps the
    work the sentence before cited."""
    rows, _ = run([(HOSTS, "Moreau and colleagues grew tin nanosheets on a titanium mesh [4]. The resulting electrode "
                           "cycled at 2 mA cm-2 for 900 h in symmetric cells."),
                   (HOSTS, "A porous zinc film [5] kept a Coulombic efficiency of 98.2% for 300 cycles."),
                   (HOSTS, "A boron nitride coated mesh [6] lowered the overpotential to 14 mV."),
                   (HOSTS, "A graphite felt with silver dots reached a Coulombic efficiency of 99.0% [7].")],
                  review=False, title="Designing the lithium anode from collector to interphase")
    assert values_by_citation(rows) == {(2.0, (4,)), (900.0, (4,)), (98.2, (5,)), (300.0, (5,)), (14.0, (6,)),
                                        (99.0, (7,))}


def test_a_methods_free_letter_that_cites_in_its_introduction_stays_a_research_paper(run):
    rows, structures = run([(INTRO, "Copper foam hosts keep 97% Coulombic efficiency [3]."),
                            (RESULTS, "Our tin-coated mesh kept a Coulombic efficiency of 98.9% for 400 cycles. It lowered the overpotential "
                                      "to 9 mV. Its symmetric cells lasted 800 h at 1 mA cm-2.")],
                           review=False, title="A tin-coated mesh for lithium plating")
    assert {(v, c) for _, v, c, _ in rows if not c} >= {(98.9, ()), (400.0, ()), (9.0, ()), (800.0, ())}


def test_a_marker_printed_on_a_per_cent_figure_keeps_the_rest_of_its_clause(run):
    """"kept 98.8%[21] over 250 cycles, and a …[22] …": the count after the marked figure is still the first work's."""
    rows, _ = run([(CARBON, "A cobalt-coated carbon cloth kept an average Coulombic efficiency of 98.8% [21] over 250 "
                            "cycles, and a vanadium nitride mesh plated lithium for 1100 h at 3 mA cm-2 [22] in "
                            "symmetric cells.")])
    assert values_by_citation(rows) == {(98.8, (21,)), (250.0, (21,)), (1100.0, (22,)), (3.0, (22,))}


def test_millivolts_held_by_symmetric_cells_are_their_overpotential(run):
    """'kept symmetric cells below 18 mV': no word names the property, but a voltage in millivolts of a cell of
    lithium against lithium is the overpotential of plating; a window of volts it is cycled in is not."""
    rows, _ = run([(CARBON, "A molybdenum disulfide coated foam kept symmetric cells below 18 mV for 600 h [9]. "
                            "Its Li||Li cells were cycled between -1 and 1 V [9].")])
    assert {(p, v) for p, v, _, _ in rows} == {("Overpotential", 18.0), ("Lifespan", 600.0)}


def test_a_figure_no_work_reached_is_no_result(run):
    """'No single host has reached 1000 cycles …', '… and fewer still above 5 mA cm-2': a bar the field has not
    passed, said of no work; the clause before, of a cited work, keeps its figure."""
    rows, _ = run([(CARBON, "A nickel phosphide array kept a Coulombic efficiency of 98.4% for 300 cycles [5], but no "
                            "single host has reached 1000 cycles in a full cell [6]."),
                   (CARBON, "Few of these hosts were tested above 3 mA cm-2, and fewer still in pouch cells [7].")])
    assert values_by_citation(rows) == {(98.4, (5,)), (300.0, (5,))}


def test_a_bar_few_works_reached_or_a_result_is_set_against_is_no_result(run):
    """'… but few were tested above 4 mA cm-2': "few" standing for the works as the clause's subject; '… well above the
    2.5 GPa needed to stop dendrites': a bar a result is measured against. Neither is any work's result."""
    rows, _ = run([(CARBON, "Porous copper hosts kept a Coulombic efficiency of 98.1% for 200 cycles [8], but few were tested "
                            "above 4 mA cm-2 [9]."),
                   (CARBON, "A boron nitride skin had a Young's modulus of 7.5 GPa [10], well above the 2.5 GPa needed to "
                            "stop dendrites.")])
    assert values_by_citation(rows) == {(98.1, (8,)), (200.0, (8,)), (7.5, (10,))}


def test_a_paper_read_as_a_review_by_its_text_says_so_in_its_graph(make_document, nlp):
    from pipeline.build_rdf import paper_ntriples
    document = make_document([(HOSTS, f"A {metal} foam [{n}] kept a Coulombic efficiency of 9{n}.5% for 300 cycles.")
                              for n, metal in ((4, "tin"), (5, "zinc"), (6, "indium"), (7, "gallium"))],
                             review=False, title="Where lithium plates")
    extraction = extract(document, nlp)
    assert extraction.is_review and not document.meta.is_review
    assert b'isReview> "true"' in paper_ntriples(document, extraction)


def test_a_condition_a_table_caption_states_is_each_row_works(run):
    """'Table 2. Hosts tested at 2 mA cm-2.': every row's work was tested at that current, but a row that gives its
    own current density keeps its own."""
    rows, _ = run([(CARBON, "Table 2 compares three hosts."),
                   (CARBON, "Table 2. Hosts tested in Li||Cu cells at 2 mA cm-2.", "caption"),
                   (CARBON, "Host | CE (%) | Current density (mA cm-2) | Ref.\nTin-seeded carbon felt | 98.3 | – | 31\n"
                            "Zinc-coated copper mesh | 97.7 | – | 32\nBoron-doped graphene foam | 98.8 | 4 | 33", "table")])
    assert {(p, v, c) for p, v, c, _ in rows if p == "CurrentDensity"} == {
        ("CurrentDensity", 2.0, (31,)), ("CurrentDensity", 2.0, (32,)), ("CurrentDensity", 4.0, (33,))}


def test_the_same_current_states_the_condition_again_for_its_own_clause(run):
    """'… whereas a B film [12] held 97.4% at the same current': the current density stated before in the sentence,
    for the clause that refers to it."""
    rows, _ = run([(CARBON, "A tungsten nitride array [11] reached an average Coulombic efficiency of 99.1% at "
                            "3 mA cm-2, whereas a cobalt sulfide film [12] held 97.4% at the same current.")])
    assert values_by_citation(rows) == {(99.1, (11,)), (3.0, (11,)), (97.4, (12,)), (3.0, (12,))}


def test_a_tables_title_that_names_one_class_classes_its_rows_as_a_heading_would(run):
    """A review that sums up each class in a table of its own ('Table 5. Non-conducting frameworks compared.') sets
    the tables after its outlook, where no heading names a class: the title does, for every row, whatever a row's
    head noun suggests ('film', 'layer'). A title that names two classes decides nothing."""
    outlook = ("6. Outlook",)
    table = "Design | CE (%) | Cycles | Ref.\nCeramic–polymer hybrid film | 97.7 | 310 | 41\n" \
            "Spun titania layer | 98.1 | 260 | 42"
    _, structures = run([(outlook, "Each class is summed up in a table of its own."),
                         (outlook, "Table 5. Non-conducting frameworks compared.", "caption"), (outlook, table, "table"),
                         (outlook, "Table 6. Conductive frameworks and interphases compared.", "caption"),
                         (outlook, "Design | CE (%) | Ref.\nBoron-doped silica film | 98.4 | 43", "table")])
    classes = {s.label: local_name(s.classification.cls) for s in structures.values()}
    assert classes["Ceramic–polymer hybrid film"] == classes["Spun titania layer"] == "NonConductiveFramework"
    assert structures["ref-43"].classification.evidence.count("Table 6") == 0


def test_a_table_rows_electrolyte_cell_names_no_class_of_its_design(run):
    """A comparison table's 'Electrolyte' column says what each design was tested in ('1 M LiPF6 in EC/DEC'), which
    every class of design is tested in: a row whose name says no kind ('Gold-dotted carbon yarn') is classed by its
    name, not as an interphase made from the electrolyte."""
    table = ("Host | Electrolyte | CE (%) | Cycles | Ref.\n"
             "Gold-dotted carbon yarn | 1 M LiPF6 in EC/DEC + 5 wt% FEC | 98.2 | 350 | 51\n"
             "Zinc-seeded copper weave | 1 M LiTFSI in DOL/DME | 98.7 | 420 | 52")
    _, structures = run([(INTRO, "Table 1 gathers hosts."), (INTRO, "Table 1. Hosts compared.", "caption"),
                         (INTRO, table, "table")])
    assert {s.label: local_name(s.classification.cls) for s in structures.values()} == {
        "Gold-dotted carbon yarn": "ConductiveFramework", "Zinc-seeded copper weave": "ConductiveFramework"}


def properties_by_value(rows):
    return {v: p for p, v, _, _ in rows}


def test_linking_review_a_share_held_over_cycles_with_no_name_is_the_coulombic_efficiency(run):
    """A lithium metal anode is tested by plating lithium and stripping it back, so a percentage a design held over a
    number of cycles, which no word names ('kept 97.2% [31] for 180 cycles'), is the share of lithium each cycle gave
    back: the Coulombic efficiency, with its marker between the figure and its cycles or not. A full cell's share is
    of its capacity, and its sentence names the cathode or the capacity: not a Coulombic efficiency."""
    rows, _ = run([(SEPARATOR, "A mica-lined polyimide separator kept 97.2% [31] for 180 cycles [31]. A cellulose "
                               "mat dipped in alumina sol reached 96.1% over 320 cycles [32].")])
    assert properties_by_value(rows) == {97.2: "CoulombicEfficiency", 180.0: "CycleNumber",
                                         96.1: "CoulombicEfficiency", 320.0: "CycleNumber"}
    for full_cell in ("Paired with an NCM811 cathode, a mica-lined polyimide separator kept 91.5% over 180 cycles [33].",
                      "Full cells with a mica-lined polyimide separator kept 91.5% over 180 cycles [33]."):
        rows, _ = run([(SEPARATOR, full_cell)])
        assert "CoulombicEfficiency" not in properties_by_value(rows).values()


@pytest.mark.parametrize("sentence", [
    "A nitrate-derived interphase grown in a sulfone electrolyte kept 99.4% [35].",
    "Among interphases, a nitrate-derived film grown in a sulfone electrolyte (99.4%; ref. 35) stands out."])
def test_linking_review_a_cited_works_bare_share_it_kept_is_its_coulombic_efficiency(run, sentence):
    """A review retells a cited work's headline result in a clause or a bracket of its own, often with no cycles
    ('kept 99.4% [35]', '(99.4%; ref. 35)'): a share a verb of holding or reaching reports, or one bracketed after
    the design, that no word names is the Coulombic efficiency of that work's design. A share of something ('40% of
    the lithium') is not."""
    rows, _ = run([(("4. Interphases",), sentence)])
    assert properties_by_value(rows) == {99.4: "CoulombicEfficiency"}
    rows, _ = run([(("4. Interphases",), "A nitrate-derived film grown in a sulfone electrolyte kept 40% of the "
                                         "lithium inactive [36].")])
    assert "CoulombicEfficiency" not in properties_by_value(rows).values()


def test_linking_review_progress_across_works_gives_each_work_its_own_figure(run):
    """A review that tells progress across works sets one work's figure against a later one's, each closed by its own
    marker ('the CE rose from 96.8% [21] to 98.9% [22] once …'): the figure the rise started from is the earlier work's
    result, not a baseline the later work was compared with; a later work that 'took this to' a figure reports the
    same property as the figure before."""
    rows, _ = run([(CARBON, "On nickel meshes, the Coulombic efficiency rose from 96.8% [21] to 98.9% [22] once the "
                            "mesh was dotted with tin.")])
    assert {(v, c) for p, v, c, _ in rows if p == "CoulombicEfficiency"} == {(96.8, (21,)), (98.9, (22,))}
    rows, _ = run([(CARBON, "A tin-dotted nickel mesh reached 98.2% over 250 cycles [23], and a later antimony-dotted "
                            "mesh took this to 99.0% [24].")])
    assert {(v, c) for p, v, c, _ in rows if p == "CoulombicEfficiency"} == {(98.2, (23,)), (99.0, (24,))}


@pytest.mark.parametrize("sentence", [
    "Efficiencies above 99.8% in lean cells remain the goal [19].",
    "A lifespan of 5000 h at 5 mA cm-2 has yet to be shown [19]."])
def test_linking_review_a_figure_its_clause_calls_the_goal_is_no_works(run, sentence):
    """A review's outlook names the figure the field still aims at ('… remains the goal', '… has yet to be shown'),
    citing a work that says so: a bar ahead, no cited work's result. A work's figure that a later clause compares
    with the goal ('reached 99.1% [9], which is still the target') stays that work's."""
    rows, _ = run([(("6. Outlook",), sentence)])
    assert not [r for r in rows if r[0] != "CurrentDensity"]
    rows, _ = run([(CARBON, "A tin-dotted copper mesh reached a Coulombic efficiency of 99.1% [9], which is still "
                            "the target for hosts.")])
    assert values_by_citation(rows) == {(99.1, (9,))}


def test_linking_review_a_figure_said_of_many_works_at_once_is_no_works(run):
    """'The works in Table 1 were tested from 0.5 to 3 mA cm−2', 'Most hosts now reach 98%': a clause whose subject
    sums up many works gives a range or a bar of the field, not the figure of the work the sentence before cited."""
    rows, _ = run([(("3. Caveats",), "Few works give a spread, and tests differ [5]. The works in Table 1 were tested "
                                     "at currents from 0.5 to 4 mA cm-2. Most hosts now reach 98.5% [6, 7].")])
    assert rows == []


def test_linking_review_a_figure_a_later_work_bettered_is_the_earlier_works(run):
    """'A boron-doped mat improved on the 520 h of an earlier silica mat [30] with 1250 h at 1 mA cm−2 [31]': the figure
    a verb of bettering takes as its object has no cue of its own, but it is of the property the sentence's other
    figure in its unit was named (a lifespan here), and the work its marker closes reported it: the design that owns
    it, after 'of', not the sentence's subject."""
    rows, _ = run([(SEPARATOR, "A boron-doped polyimide mat improved on the 520 h of an earlier silica fibre mat [30] "
                               "with 1250 h at 1 mA cm-2 [31].")])
    assert {(p, v, c) for p, v, c, _ in rows if p == "Lifespan"} == {("Lifespan", 520.0, (30,)),
                                                                        ("Lifespan", 1250.0, (31,))}
    assert {v: label for _, v, _, label in rows}[520.0] == "earlier silica fibre mat"


def test_linking_review_a_condition_the_same_for_works_set_side_by_side(run):
    """'Where a plain nickel felt lasted 260 h [14], its tin-plated successor lasted 940 h [15] at the same 2 mA cm−2':
    the condition 'the same' introduces was shared by the works the sentence set side by side before it."""
    rows, _ = run([(CARBON, "Where a plain nickel felt lasted 260 h [14] in symmetric cells, a tin-plated nickel felt "
                            "lasted 940 h [15] at the same 2 mA cm-2.")])
    assert {(v, c) for p, v, c, _ in rows if p == "CurrentDensity"} == {(2.0, (14,)), (2.0, (15,))}


@pytest.mark.parametrize("successor", ["its tin oxide-coated successor", "a tin oxide-coated version"])
def test_linking_review_a_successor_named_by_what_sets_it_apart(run, successor):
    """'A plain nickel felt [14] …, its tin oxide-coated successor [15] …': a later work's design named by what it
    added to the one before ('successor', 'version', as 'one'), the one before with that put in place of its control
    word: a tin oxide-coated nickel felt, not 'tin'."""
    rows, _ = run([(CARBON, f"Where a plain nickel felt lasted 260 h [14], {successor} lasted 940 h [15].")])
    assert {c: label for _, _, c, label in rows}[(15,)] == "tin oxide-coated nickel felt"


@pytest.mark.parametrize("sentence", ["A boron nitride mat enabled 450 cycles at 98.6%.[31]",
                                      "A boron nitride mat ran 450 cycles at an average of 98.6%.[31]"])
def test_linking_review_a_share_a_number_of_cycles_ran_at_is_the_coulombic_efficiency(run, sentence):
    """"enabled 450 cycles at 98.6%": the share the cycles ran at, no word naming it, is the share of plated lithium
    each cycle gave back, the Coulombic efficiency, as "held 98.6% over 450 cycles" is."""
    rows, _ = run([(SEPARATOR, sentence)])
    assert {(p, v, c) for p, v, c, _ in rows} == {("CoulombicEfficiency", 98.6, (31,)), ("CycleNumber", 450.0, (31,))}


def test_linking_review_a_work_tested_under_the_same_conditions_shares_them(run):
    """"A lasted 900 h at 3 mA cm−2,[28] and B lasted 1150 h under the same conditions.[29]": the later clause says its work
    was run as the one before, so the conditions said for the first work are the second's too."""
    rows, _ = run([(CARBON, "Tin-coated carbon paper lasted 900 h at 3 mA cm-2 and 3 mA h cm-2,[28] and bismuth-coated "
                            "carbon paper lasted 1150 h under the same conditions.[29]")])
    assert {(p, v, c) for p, v, c, _ in rows if p in ("CurrentDensity", "ArealCapacity")} == {
        ("CurrentDensity", 3.0, (28,)), ("ArealCapacity", 3.0, (28,)),
        ("CurrentDensity", 3.0, (29,)), ("ArealCapacity", 3.0, (29,))}


def test_linking_review_two_clauses_joined_by_and_each_keep_their_subjects_marker(run):
    """"X[22] lasted 650 h, and Y[23] lasted 950 h": each clause's figure is the work whose marker stands on its own
    subject, not the one the next marker closes."""
    rows, _ = run([(CARBON, "Tin-coated foam[22] lasted 650 h, and bismuth-coated foam[23] lasted 950 h.")])
    assert {(v, c) for _, v, c, _ in rows} == {(650.0, (22,)), (950.0, (23,))}


def test_linking_review_a_condition_after_a_shared_figure_is_every_named_works(run):
    """"Both X[22] and Y[23] sustained over 1000 h at 1 mA cm−2": the condition closes the same predicate as the
    figure both works report, so both were tested at it."""
    rows, _ = run([(CARBON, "Both the boron-doped graphene[22] and the holey graphene host[23] sustained over 1100 h "
                            "at 3 mA cm-2.")])
    assert {(p, v, c) for p, v, c, _ in rows if p == "CurrentDensity"} == \
        {("CurrentDensity", 3.0, (22,)), ("CurrentDensity", 3.0, (23,))}


def test_linking_review_a_list_item_that_names_only_what_the_first_was_built_with_is_built_the_same(run):
    """"Separators coated with boron nitride[50] or aluminium oxide[51]": the second work's design is a separator coated
    with aluminium oxide, not the bare oxide (whose class would be lost); an item with a head of its own ("and Ni
    foam[61]") stays as it is."""
    rows, _ = run([(SEPARATOR, "Membranes sprayed with tungsten disulfide (CE 98.3%, 250 cycles)[40] or with titanium "
                               "nitride (CE 97.6%, 180 cycles)[41] both delayed shorting.")])
    assert {(v, label) for p, v, _, label in rows if p == "CoulombicEfficiency"} == {
        (98.3, "Membranes sprayed with tungsten disulfide"), (97.6, "Membranes sprayed with titanium nitride")}
    rows, _ = run([(CARBON, "Hosts such as carbon paper sprayed with MoS2 (98.4%)[60] and Co foam (97.3%)[61] raised "
                            "the CE.")])
    assert {(v, label) for p, v, _, label in rows} == {(98.4, "carbon paper sprayed with MoS2"), (97.3, "Co foam")}
