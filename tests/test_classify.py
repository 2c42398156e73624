"""Classification into the three classes and eight subclasses, with the evidence recorded."""

import pytest

from pipeline.classify import (
    additions,
    classify,
    classify_addition,
    classify_by_cues,
    classify_by_materials,
    classify_by_section,
    done_words,
    head_part,
    titles_one_class,
)
from pipeline.ontology import local_name


def names(c):
    return local_name(c.cls), local_name(c.subclass) if c.subclass is not None else None


@pytest.mark.parametrize("section, expected", [
    (("2. Conductive Micro/Nanostructured Framework", "2.2. Metal-Based Framework"),
     ("ConductiveFramework", "MetalBasedFramework")),
    (("3. Non-Conductive Micro/Nanostructured Framework",), ("NonConductiveFramework", None)),
    (("4. Micro/Nanostructured Solid Electrolyte Interphase",), ("NanostructuredSEI", None)),
    (("5. Interfacial Protection Strategies",), ("NanostructuredSEI", None)),  # a review's chapter on
    (("3. Engineering the Anode Interface",), ("NanostructuredSEI", None)),    # the interface is on SEI
])
def test_classify_section_heading_decides(section, expected):
    assert names(classify_by_section(section)) == expected


def test_classify_section_evidence_names_the_heading():
    found = classify_by_section(("2. Conductive Micro/Nanostructured Framework", "2.1. Carbon-Based Framework"))
    assert "2.1. Carbon-Based Framework" in found.evidence


def test_classify_no_design_heading_gives_none():
    assert classify_by_section(("1. Introduction",)) is None


@pytest.mark.parametrize("label, expected", [
    ("graphene-coated polypropylene separator", ("NonConductiveFramework", "FunctionalSeparator")),
    ("polymer-coated Cu foam", ("ConductiveFramework", "MetalBasedFramework")),
    ("LiNO3 additive", ("NanostructuredSEI", "ElectrolyteDerivedSEI")),
    ("oxidized polyacrylonitrile nanofiber scaffold", ("NonConductiveFramework", "NonConductiveScaffold")),
])
def test_classify_name_is_read_from_its_head_noun(label, expected):
    assert names(classify_by_cues(label, head_first=True, what="name")) == expected


def test_classify_section_top_class_and_name_subclass():
    found = classify(("3. Non-Conductive Micro/Nanostructured Framework",), "", "woven glass fiber mat")
    assert names(found) == ("NonConductiveFramework", "NonConductiveScaffold")
    assert "section" in found.evidence and 'cue "glass fiber" in name' in found.evidence


def test_classify_passage_decides_when_the_name_cannot():
    found = classify((), "The Li metal was protected by an artificial SEI grown by atomic layer deposition.",
                     "protective film")
    assert names(found) == ("NanostructuredSEI", "ArtificialSEI")


def test_classify_plural_cue_counts():
    assert names(classify_by_cues("composite-layered separators", head_first=True)) == (
        "NonConductiveFramework", "FunctionalSeparator")


@pytest.mark.parametrize("label, expected", [
    ("Ag-doped Li-argyrodite electrolyte", "NonConductiveFramework"),
    ("garnet electrolyte pellet", "NonConductiveFramework"),
    ("sulfide solid electrolyte layer", "NonConductiveFramework"),
    ("fluorinated ether electrolyte", "NanostructuredSEI"),
    ("LiF-rich solid electrolyte interphase", "NanostructuredSEI"),
    ("silica nanoparticle/polymer membrane electrolytes", "NonConductiveFramework"),   # a membrane, plural
])
def test_classify_a_solid_electrolyte_body_is_no_interphase(label, expected):
    """A solid electrolyte layer or pellet stands between the electrodes in the separator's place; a liquid
    electrolyte is read for the interphase it forms."""
    assert local_name(classify((), "", label).cls) == expected


def test_classify_what_a_design_adds_to_a_structure_inside_its_name():
    assert additions(["ZnO-CF", "ZnO coated CF", "CF with ZnO"], ["CF", "bare CF"]) == ["ZnO", "ZnO coated", "with ZnO"]
    assert additions(["rGO-CF"], ["GO"]) == []          # a base stands as a whole part of the name
    assert names(classify_addition(["ZnO-CF", "ZnO coated CF"], ["CF"])) == ("NanostructuredSEI", "ArtificialSEI")
    assert classify_addition(["ZnO-CF"], ["CF"]) is None        # "ZnO" alone names no class
    assert classify_addition(["LiF-Cu", "rGO-Cu"], ["Cu"]) is None     # a material added says what, not how
    assert done_words("(rGO-CNT) composite film") == "composite film"


def test_classify_an_addition_decides_only_for_a_name_without_a_kind():
    added = classify_addition(["ZnO coated CF"], ["CF"])
    passage = "A carbon felt host was coated with zinc oxide."
    assert names(classify((), passage, "ZnO-CF", addition=added)) == ("NanostructuredSEI", "ArtificialSEI")
    assert names(classify((), passage, "ZnO-CF")) == ("ConductiveFramework", "CarbonBasedFramework")
    assert local_name(classify((), passage, "ZnO-CF host", addition=added).cls) == "ConductiveFramework"


@pytest.mark.parametrize("name, expected", [
    ("Li–Zn alloy scaffold", ("ConductiveFramework", "LithiumBasedFramework")),
    ("lithium-indium alloys", ("ConductiveFramework", "LithiumBasedFramework")),
    ("Li-Sn-Sb alloy host", ("ConductiveFramework", "LithiumBasedFramework")),
])
def test_classify_an_alloy_named_by_its_elements_is_an_alloy_of_each(name, expected):
    """Alloys are named by their elements ("Li–Zn alloy"), seldom "Li alloy": the ontology's cue
    "Li alloy" (lithium-based framework) is met by every alloy lithium is one of the elements of."""
    assert names(classify_by_cues(name, head_first=True)) == expected


def test_classify_an_alloy_without_lithium_is_no_lithium_alloy():
    found = classify_by_cues("Zn-Cu alloy scaffold", head_first=True)
    assert found is None or local_name(found.subclass or found.cls) != "LithiumBasedFramework"


def test_classify_an_alloy_design_is_not_classed_by_a_process_word_of_the_title():
    """A title's "in situ formed" (an electrolyte-derived SEI's cue) does not outweigh the design's own
    name when that says what it is, an alloy of lithium."""
    found = classify((), "Ex situ grown Li–Zn alloy scaffolds. An in situ formed Li–Zn alloy scaffold hosts lithium.",
                     "Li–Zn alloy scaffold")
    assert names(found) == ("ConductiveFramework", "LithiumBasedFramework")


def test_classify_nanoparticles_decorating_a_host_do_not_make_it_a_nanoparticle_electrolyte():
    """'Nanoparticles' says how a thing is made, not what it is: a carbon felt decorated with tin oxide
    nanoparticles is still a carbon host; a nanoparticle electrolyte is named as an electrolyte."""
    found = classify_addition(("SnO2@CF", "carbon felt decorated with tin oxide nanoparticles"), ("carbon felt", "CF"))
    assert found is None or local_name(found.subclass or found.cls) != "NanoparticleElectrolyte"
    electrolyte = classify_by_cues("a silica nanoparticle electrolyte", head_first=True)
    assert local_name(electrolyte.subclass) == "NanoparticleElectrolyte"


# Another review's headings name no top class but a subclass, which brings its top class with it.
@pytest.mark.parametrize("section, expected", [
    (("2. Electrolyte engineering",), ("NanostructuredSEI", "ElectrolyteDerivedSEI")),
    (("2. Electrolyte engineering", "2.4. Weakly solvating diluents"), ("NanostructuredSEI", "ElectrolyteDerivedSEI")),
    (("3. Separator engineering",), ("NonConductiveFramework", "FunctionalSeparator")),
    (("4. Three-dimensional current collectors",), ("ConductiveFramework", "MetalBasedFramework")),
    (("5. Protective coatings",), ("NanostructuredSEI", "ArtificialSEI")),
    (("5. Artificial SEI layers",), ("NanostructuredSEI", "ArtificialSEI")),  # "SEI" names the top class
    (("5. Artificial solid electrolyte interphases",), ("NanostructuredSEI", "ArtificialSEI")),
    (("6. Host design", "6.2. Polymer matrices"), ("NonConductiveFramework", "NonConductiveScaffold")),  # innermost
    (("7. Ceramic-in-polymer composite electrolytes",), ("NonConductiveFramework", "NanoparticleElectrolyte")),
])
def test_classify_heading_naming_only_a_subclass_decides(section, expected):
    assert names(classify_by_section(section)) == expected


def test_classify_heading_cue_shared_by_two_top_classes_only_suggests_a_class():
    """'Electrolytes' may hold nanoparticle electrolytes or interphase-forming ones: the cue words say the
    latter, but a structure's own name outranks them."""
    section = ("4. Electrolytes",)
    assert names(classify_by_section(section)) == ("NanostructuredSEI", "ElectrolyteDerivedSEI")
    assert names(classify(section, "It ran for 900 h.", "tantalum-doped garnet electrolyte")) == \
        ("NonConductiveFramework", "NanoparticleElectrolyte")
    assert names(classify(section, "It ran for 900 h.", "sulfone cosolvent blend")) == \
        ("NanostructuredSEI", "ElectrolyteDerivedSEI")
    assert names(classify_by_section(("4. Polymer coatings",))) == ("NanostructuredSEI", "ArtificialSEI")


def test_classify_heading_naming_the_field_names_no_class():
    """Every review is about lithium metal anodes: that is not a lithium-based or metal-based framework."""
    assert classify_by_section(("2. Failure of lithium metal anodes",)) is None
    assert classify_by_section(("1. Introduction: why carbon hosts",)) is None


def test_classify_cueless_structure_under_foreign_heading_is_not_the_first_class():
    found = classify(("2. Electrolyte engineering",), "A fluorinated ether diluent gave a stable interphase.",
                     "fluorinated ether diluent")
    assert names(found) == ("NanostructuredSEI", "ElectrolyteDerivedSEI")
    found = classify(("3. Separator engineering",), "A woven aramid film ran for 900 h.", "woven aramid film")
    assert local_name(found.cls) == "NonConductiveFramework"


def test_classify_own_name_outranks_a_heading_that_only_suggests_a_class():
    """'Hosts' are mostly conductive; a polyimide scaffold under that heading is still a polymer scaffold."""
    section = ("5. Lithiophilic hosts",)
    assert names(classify(section, "It ran for 900 h.", "electrospun polyimide scaffold")) == \
        ("NonConductiveFramework", "NonConductiveScaffold")
    assert names(classify(section, "It ran for 900 h.", "hollow nanocages")) == ("ConductiveFramework", None)


@pytest.mark.parametrize("label, expected", [
    ("boron-nitride sponge", ("NonConductiveFramework", None)),
    ("porous zirconia aerogel host", ("NonConductiveFramework", None)),       # its body, then the kind word
    ("silica aerogel", ("NonConductiveFramework", None)),                     # no nanoparticle electrolyte
    ("Al2O3 nanofiber sponge", ("NonConductiveFramework", None)),             # the shape it is made in between
    ("MgO-based framework", ("NonConductiveFramework", None)),
    ("alumina-coated copper foam", ("ConductiveFramework", "MetalBasedFramework")),   # alumina is what it carries
    ("silica nanoparticle host", ("NonConductiveFramework", "NanoparticleElectrolyte")),  # particles, no body
    ("tungsten-boride sponge", ("ConductiveFramework", None)),                # no insulator the lexicon knows
    ("glass-fibre mat", ("NonConductiveFramework", "NonConductiveScaffold")),  # its own cue names its kind
    ("ceramic sponge", ("NonConductiveFramework", None)),                     # a kind of insulator, no one material
    ("rigid ceramic frame", ("NonConductiveFramework", None)),
    ("ceramic-coated copper foam", ("ConductiveFramework", "MetalBasedFramework")),   # what it carries
])
def test_classify_a_framework_whose_body_is_an_insulator_is_non_conductive_under_hosts(label, expected):
    """'Hosts' only suggests a conductive framework; a sponge, foam or aerogel made of an electronic insulator (the
    material right before its head noun) is a non-conductive one, whatever kind a cue of that material names."""
    assert names(classify(("5. Lithiophilic hosts",), "It ran for 900 h.", label)) == expected


def test_a_framework_classed_by_its_insulating_body_is_not_refined_by_that_material():
    """The class an aerogel's silica body decided stays: silica's own cue names a nanoparticle electrolyte."""
    from pipeline.linking.drafts import Draft
    draft = Draft(key="s1", label="silica aerogel", section=("2. Hosts",), passage="A silica aerogel ran for 600 h.",
                  materials={"SiO2"})
    assert names(draft.record().classification) == ("NonConductiveFramework", None)


def test_classify_by_materials_reads_every_name_of_a_material():
    """A structure no heading or cue word places is placed by what it is made of, under any of the
    material's names: LiPON is an artificial interphase however the text spelled it."""
    found = classify_by_materials(["LiPON"])
    assert names(found) == ("NanostructuredSEI", "ArtificialSEI")
    assert "LiPON" in found.evidence
    assert names(classify_by_materials(["poly(ethylene oxide)"])) == ("NonConductiveFramework", "NonConductiveScaffold")
    assert classify_by_materials([]) is None


def test_cueless_structure_is_placed_by_its_materials_not_the_first_class():
    from pipeline.linking.drafts import Draft
    draft = Draft(key="s1", label="sputtered oxynitride glass film", section=("2. Emerging designs",),
                  passage="A sputtered oxynitride glass film lasted 950 h.", materials={"LiPON"})
    assert names(draft.record().classification) == ("NanostructuredSEI", "ArtificialSEI")


@pytest.mark.parametrize("name", ["silver-decorated graded mesh", "gold-seeded porous scaffold"])
def test_classify_a_host_named_by_its_noble_metal_in_words_is_a_metal_framework(name):
    """The ontology's metal cues hold the noble metals' names as well as their symbols ("Ag", "silver")."""
    assert names(classify_by_cues(name, head_first=True)) == ("ConductiveFramework", "MetalBasedFramework")


@pytest.mark.parametrize("name", ["lithium–boron composite foil", "Li–C composite", "Li/Ba composites"])
def test_classify_a_composite_named_by_its_elements_is_a_lithium_composite(name):
    """A composite named by its elements ("lithium–boron composite") meets the ontology's "lithium composite" cue as
    an alloy named so meets "Li alloy"."""
    assert names(classify_by_cues(name, head_first=True)) == ("ConductiveFramework", "LithiumBasedFramework")


@pytest.mark.parametrize("name", ["PEO electrolyte", "PVDF-HFP-based electrolyte", "gel polymer electrolyte"])
def test_classify_an_electrolyte_named_by_its_polymer_is_a_polymer_electrolyte(name):
    """'A PEO electrolyte filled with garnet particles' is a solid polymer electrolyte (the ontology's nanoparticle
    electrolyte), not an electrolyte-derived SEI that its last word alone would make it."""
    assert names(classify_by_cues(name, head_first=True)) == ("NonConductiveFramework", "NanoparticleElectrolyte")


@pytest.mark.parametrize("label", ["Poly(ethylene oxide) (PEO) electrolytes",
                                   "poly(ethylene oxide) (PEO) electrolyte loaded with tungsten-boride whiskers"])
def test_classify_an_abbreviation_defined_inside_a_name_does_not_break_its_cue(label):
    """A name that defines its abbreviation between its words ("Poly(ethylene oxide) (PEO) electrolytes") still
    meets the longer cue its words make, which outranks the bare "electrolytes" at its end."""
    found = classify_by_cues(label, head_first=True, what="name")
    assert names(found) == ("NonConductiveFramework", "NanoparticleElectrolyte")
    assert 'cue "poly(ethylene oxide) electrolyte"' in found.evidence


@pytest.mark.parametrize("label, expected", [
    ("polyurethane-based layer", ("NanostructuredSEI", "ArtificialSEI")),
    ("a polyester film", ("NanostructuredSEI", "ArtificialSEI")),
    ("poly(vinylidene fluoride-co-hexafluoropropylene) (PVDF-HFP) electrolyte",
     ("NonConductiveFramework", "NanoparticleElectrolyte")),
    ("QRM-2 gel electrolyte", ("NonConductiveFramework", "NanoparticleElectrolyte")),
    ("polyurethane layer on the PP separator", ("NonConductiveFramework", "FunctionalSeparator")),
])
def test_classify_a_polymer_named_by_what_it_is_made_of_is_a_polymer(label, expected):
    """"a polyurethane-based layer" is a polymer layer (on the anode it protects, unless the text puts it elsewhere),
    "poly(X-co-Y) electrolyte" a polymer electrolyte."""
    assert names(classify((), "", label)) == expected


@pytest.mark.parametrize("label", ["polysulfide film", "polycrystalline film"])
def test_classify_a_word_that_only_starts_like_a_polymer_is_none(label):
    assert classify((), "", label) is None


def test_classify_a_plural_name_ends_its_longer_cue_where_its_last_word_does():
    """"PEO electrolytes": the polymer's cue and the bare "electrolytes" end at the same place; the longer wins."""
    assert names(classify_by_cues("PEO electrolytes", head_first=True)) == \
        ("NonConductiveFramework", "NanoparticleElectrolyte")



def test_classify_a_heading_naming_a_kind_of_another_class_sets_no_subclass():
    """'Garnet electrolytes' under 'Solid-state interfaces': 'electrolyte' would make its designs electrolyte-derived
    SEIs, but the heading names garnet electrolytes (nanoparticle electrolytes) by a longer cue; it sets no subclass,
    and a design's own name then says what it is."""
    section = ("5. Solid-state interfaces", "5.1. Garnet electrolytes")
    assert names(classify_by_section(section)) == ("NanostructuredSEI", None)
    assert names(classify_by_section(("5. Interphases", "5.1. Electrolyte additives"))) == \
        ("NanostructuredSEI", "ElectrolyteDerivedSEI")


# A layer's kind is where it sits: on the lithium it is an artificial interphase, on the separator (or set
# between the separator and an electrode) a part of the separator, whatever its head noun alone suggests.
@pytest.mark.parametrize("section, passage, label, expected", [
    ((), "Diaz and co-workers deposited a zinc-phosphide interlayer directly on the lithium foil.",
     "zinc-phosphide interlayer", ("NanostructuredSEI", "ArtificialSEI")),
    (("4. Interface engineering",), "A 30 nm zinc-phosphide interlayer was deposited on the lithium foil.",
     "zinc-phosphide interlayer", ("NanostructuredSEI", "ArtificialSEI")),
    ((), "A boron-carbide coating was sprayed onto the polypropylene separator.", "boron-carbide coating",
     ("NonConductiveFramework", "FunctionalSeparator")),
    ((), "A boron-carbide interlayer was placed between the separator and the lithium anode.",
     "boron-carbide interlayer", ("NonConductiveFramework", "FunctionalSeparator")),
    ((), "", "tin-fluoride films on lithium foil", ("NanostructuredSEI", "ArtificialSEI")),
])
def test_classify_a_layer_is_classed_by_where_it_sits(section, passage, label, expected):
    assert names(classify(section, passage, label)) == expected


def test_classify_a_layer_named_with_its_abbreviation_is_placed_where_any_mention_puts_it():
    """"zinc-phosphide layer (ZPL)": the defined abbreviation after the head noun leaves it a layer, and a title that
    names the layer without its place ("… layer for lithium anodes") leaves the abstract's "on lithium" to decide."""
    passage = ("An artificial zinc-phosphide layer for lithium metal anodes. We grow a zinc-phosphide layer (ZPL) on "
               "lithium. Li||Li cells with ZPL cycle for 900 h.")
    assert names(classify((), passage, "zinc-phosphide layer (ZPL)")) == ("NanostructuredSEI", "ArtificialSEI")
    assert head_part("zinc-phosphide layer (ZPL)") == "zinc-phosphide layer"


def test_classify_the_abbreviation_a_name_defines_at_its_end_is_no_cue():
    """"cobalt-nitride foam host (CNF)": the coined letters spell a carbon nanofibre's cue, but stand for the host."""
    found = classify_by_cues("cobalt-nitride foam host (CNF)", head_first=True, what="name")
    assert names(found) == ("ConductiveFramework", None)


def test_classify_where_a_layer_sits_is_the_evidence():
    found = classify((), "The PXQ-7 film was cast onto the bare Li foil.", "PXQ-7 film")
    assert found.evidence == 'a layer on "Li foil" in passage'


def test_classify_where_a_layer_sits_does_not_override_the_reviews_own_classing():
    """A subclass heading under a top class's heading is the review's classing and decides; a heading that names no
    top class ("Anode interlayers") is a topic, and where the layer sits outranks it."""
    found = classify(("3. Non-conductive frameworks", "3.2. Functional separators"),
                     "A tin-fluoride film was cast on the lithium foil.", "tin-fluoride film")
    assert names(found) == ("NonConductiveFramework", "FunctionalSeparator")
    found = classify(("5. Anode interlayers",), "A PXQ-7 interlayer was sputtered on the lithium foil.",
                     "PXQ-7 interlayer")
    assert names(found) == ("NanostructuredSEI", "ArtificialSEI")
    found = classify(("5. Anode interlayers",), "A PXQ-7 interlayer was laid on the separator.", "PXQ-7 interlayer")
    assert names(found) == ("NonConductiveFramework", "FunctionalSeparator")


@pytest.mark.parametrize("passage", [
    "A tungsten-carbon interlayer for anode-free cells. We coat copper with a thin interlayer of carbon and tungsten.",
    "A tungsten-carbon interlayer for anode-free cells. The tungsten-carbon interlayer is cast on Cu foil.",
])
def test_classify_a_layer_on_the_current_collector_is_part_of_a_conductive_host(passage):
    """An interlayer coated on the copper current collector of an anode-free cell is part of the metal host, not a
    separator's layer; what is coated "with" a layer is where it sits, as "on Cu foil" says."""
    found = classify((), passage, "tungsten-carbon interlayer")
    assert names(found)[0] == "ConductiveFramework", found


def test_classify_a_place_only_in_a_cell_name_is_no_place():
    """"on Li||Cu cells" names the test, not what the layer sits on."""
    found = classify((), "The zinc-phosphide interlayer was tested on Li||Cu cells.", "zinc-phosphide interlayer")
    assert names(found) == ("NonConductiveFramework", "FunctionalSeparator")


@pytest.mark.parametrize("section, expected", [
    (("3. Host design for lithium", "3.2. Metallic scaffolds"), ("ConductiveFramework", "MetalBasedFramework")),
    (("5. Carbon scaffolds",), ("ConductiveFramework", "CarbonBasedFramework")),
    (("5. Protective coatings for lithium",), ("NanostructuredSEI", "ArtificialSEI")),
    (("2. Hosts", "2.3. Lithium composites"), ("ConductiveFramework", "LithiumBasedFramework")),
    (("6. Polymer scaffolds",), ("NonConductiveFramework", "NonConductiveScaffold")),
])
def test_classify_a_heading_names_its_kind_by_its_modifier_not_its_purpose(section, expected):
    """A heading's head noun ("scaffolds") names a design of any class, its modifier ("metallic", "carbon") which;
    what its designs are for ("… for lithium") is the subject of every such review, no class."""
    assert names(classify_by_section(section)) == expected


@pytest.mark.parametrize("label, expected", [
    ("separators coated with a PXQ-7 layer", ("NonConductiveFramework", "FunctionalSeparator")),
    ("Cu foam decorated by carbon dots", ("ConductiveFramework", "MetalBasedFramework")),
])
def test_classify_a_name_whose_head_a_participle_follows_is_its_head(label, expected):
    """"Separators coated with …": what a treatment puts on a design says how, not what kind of design it is."""
    assert names(classify_by_cues(label, head_first=True, what="name")) == expected


def test_a_top_class_without_subclass_is_refined_by_the_structures_materials():
    """A heading or name that gives only the top class ("hosts"): what the structure is made of names the subclass
    within it, never another top class."""
    from pipeline.linking.drafts import Draft
    draft = Draft(key="s1", label="foam with silver", section=("2. Three-dimensional hosts",),
                  passage="The same group coated the foam with silver.", materials={"Ag"})
    assert names(draft.record().classification) == ("ConductiveFramework", "MetalBasedFramework")
    draft = Draft(key="s2", label="woven mat", section=("3. Non-conductive frameworks",),
                  passage="A woven mat held 5 mg of silver.", materials={"Ag"})
    assert names(draft.record().classification) == ("NonConductiveFramework", None)


@pytest.mark.parametrize("passage", [
    "Unlike conventional separators, the hafnium-boride fibre mat ran for 600 h.",
    "The hafnium-boride fibre mat ran for 600 h, far longer than a commercial separator.",
    "The hafnium-boride fibre mat outlived the bare Cu foil.",
])
def test_classify_what_a_passage_compares_a_design_with_is_no_cue_of_its_class(passage):
    """Under a heading that names only a top class, the passage's words about what the design is compared with
    (a separator, a copper foil) do not make it one; its own words still do."""
    found = classify(("3. Non-conductive frameworks",), passage, "hafnium-boride fibre mat")
    assert names(found) == ("NonConductiveFramework", None)
    found = classify((), passage.replace("fibre mat", "fibre mat, a polymer scaffold,"), "hafnium-boride fibre mat")
    assert names(found) == ("NonConductiveFramework", "NonConductiveScaffold")


def test_classify_a_name_whose_head_noun_names_a_class_outranks_a_topic_heading():
    """A heading that names no top class ("Polymer, glass and ceramic scaffolds") is a topic, and the designs under it
    whose head noun says what they are (separators, membranes) are that; a heading under a top class's heading is
    the review's own classing, and decides."""
    topic = ("3. Polymer, glass and ceramic scaffolds",)
    assert names(classify(topic, "", "PXQ-7 coated separators")) == ("NonConductiveFramework", "FunctionalSeparator")
    assert names(classify(topic, "", "tungsten-boride nanofiber membranes")) == \
        ("NonConductiveFramework", "FunctionalSeparator")
    assert names(classify(topic, "", "electrospun PXQ-7 mat")) == ("NonConductiveFramework", "NonConductiveScaffold")
    assert names(classify(topic, "", "PXQ-7/graphene/PP")) == ("NonConductiveFramework", "NonConductiveScaffold")
    classed = ("3. Non-conductive frameworks", "3.1. Polymer scaffolds")
    assert names(classify(classed, "", "PXQ-7 coated separators")) == ("NonConductiveFramework", "NonConductiveScaffold")


@pytest.mark.parametrize("label, expected", [
    ("artificial Li3N SEI layer", ("NanostructuredSEI", "ArtificialSEI")),
    ("LiNO3-derived interphase", ("NanostructuredSEI", "ElectrolyteDerivedSEI")),
    ("fluorinated-graphite interphase", ("NanostructuredSEI", "ElectrolyteDerivedSEI")),
])
def test_classify_a_name_ending_on_its_familys_word_is_classed_by_its_modifier(label, expected):
    """"SEI", "interphase" end a name of any interphase: a cue of one kind of interphase before it says which;
    a cue of another family ("graphite") does not."""
    assert names(classify_by_cues(label, head_first=True, what="name")) == expected


@pytest.mark.parametrize("label, expected", [
    ("tungsten-boride decorated carbon nanotube sponge", "CarbonBasedFramework"),
    ("PXQ-7 carbon scaffold", "CarbonBasedFramework"),
    ("carbon-coated tungsten-boride copper mesh", "MetalBasedFramework"),     # the heading's own kind
    ("tungsten-boride foam", "MetalBasedFramework"),                          # no material: the heading decides
])
def test_classify_the_material_before_a_names_head_outranks_a_heading_naming_a_kind_by_topic(label, expected):
    """'3D current collectors' names the metal-based kind only by a topic word: a design the word before its head
    noun makes of carbon is a carbon-based framework."""
    section = ("3. Lithiophilic hosts", "3.1. Three-dimensional current collectors")
    assert names(classify(section, "It ran for 900 h.", label)) == ("ConductiveFramework", expected)


@pytest.mark.parametrize("title, expected", [
    ("Insulating frameworks compared", True),
    ("Electron-conducting frameworks for lithium metal anodes", True),
    ("Summary of artificial SEI layers", True),
    ("Ion-conducting interphases", True),                 # "conducting" of ions names no conductive framework
    ("Non-conductive scaffolds reported to date", True),  # "conductive" inside "non-conductive" is not a second class
    ("Conductive and non-conductive hosts", False),
    ("Comparison of carbon hosts and polymer scaffolds", False),
    ("Performance of various 3D hosts", False),           # a topic word only suggests a class
])
def test_classify_a_table_title_names_one_class_or_none(title, expected):
    assert titles_one_class(title) is expected
