"""Which property a figure reports, its value in the canonical unit, and which figures are dropped.

Made-up sentences, one per test, read as a research paper's results section.
"""

import pytest

from pipeline.extract import figures, read_paper
from pipeline.ontology import local_name

RESULTS = ("3 Results and Discussion",)


@pytest.fixture()
def read(make_document, nlp):
    def run(text, section=RESULTS, review=False):
        paper = read_paper(make_document([(section, text)], review=review), nlp)
        return [(local_name(f.prop.iri), f.value, f.prop.unit, f.quantity.qualifier) for f in figures(paper)]
    return run


def test_extract_cue_after_the_figure(read):
    assert read("The cell kept 98% Coulombic efficiency.") == [("CoulombicEfficiency", 98.0, "%", "=")]


@pytest.mark.parametrize("text, expected", [
    ("In full cells, 88.7% of the capacity is retained after 250 cycles.", ("CapacityRetention", 88.7)),
    ("Grains about 7 nm across stud the whole mat.", ("ParticleSize", 7.0)),
    ("The flakes stand about 450 nm tall on the mesh.", ("Thickness", 450.0)),
])
def test_extract_a_size_or_share_said_after_the_figure(read, text, expected):
    """"88.7% of the capacity is retained", "7 nm across", "450 nm tall": how papers say a retention, a particle's
    size and a standing array's height after the figure."""
    assert [(p, v) for p, v, _, _ in read(text)][:1] == [expected]


def test_extract_a_share_of_capacity_lost_is_no_retention(read):
    """"… loses 5.2% of its capacity on resting": the share a cell lost, not the share it kept."""
    assert [p for p, *_ in read("On resting for 48 h, the cell loses 5.2% of its capacity.")] == []
    assert [p for p, *_ in read("After 200 cycles, the cell keeps 91.5% of its capacity.")] == ["CycleNumber",
                                                                                                "CapacityRetention"]


def test_extract_nearest_cue_before_the_figure(read):
    found = read("The capacity retention was 61.9% and the Coulombic efficiency reached 97.5%.")
    assert [(p, v) for p, v, _, _ in found] == [("CapacityRetention", 61.9), ("CoulombicEfficiency", 97.5)]


def test_extract_longest_cue_wins(read):
    found = read("The local current density was only 4.0 × 10−5 mA cm−2 on the host.")
    assert found == [("LocalCurrentDensity", pytest.approx(4e-5), "mA cm-2", "=")]


def test_extract_a_cue_inside_a_longer_cue_is_that_ones(read):
    """"stable cycling over 700 h … (95 mV)": "stable" names a potential alone ("stable up to 4.3 V"), but inside
    "stable cycling" it is the lifespan's word, so a figure in volts after it takes the cue before that, the
    overpotential's."""
    found = read("The coated foil showed an overpotential of 21 mV and stable cycling over 700 h, far better than "
                 "the uncoated foil (95 mV).")
    assert [(p, v) for p, v, _, _ in found] == [("Overpotential", 21.0), ("Lifespan", 700.0), ("Overpotential", 95.0)]
    assert [p for p, *_ in read("The film stays stable up to 4.3 V against lithium.")] == ["ElectrodePotential"]


def test_extract_unit_alone_names_its_property(read):
    assert read("The electrode delivered 900 mA h g−1 at 0.5 mA cm−2.") == [
        ("SpecificCapacity", 900.0, "mA h g-1", "="), ("CurrentDensity", 0.5, "mA cm-2", "=")]


@pytest.mark.parametrize("capacity, current", [("g⁻¹", "cm⁻²"), ("g-¹", "cm-²")])
def test_extract_units_with_superscript_digit_characters(read, capacity, current):
    assert read(f"The electrode delivered 900 mA h {capacity} at 0.5 mA {current}.") == [
        ("SpecificCapacity", 900.0, "mA h g-1", "="), ("CurrentDensity", 0.5, "mA cm-2", "=")]


def test_extract_normalises_to_the_canonical_unit(read):
    assert read("The voltage hysteresis was 0.13 V.") == [("VoltageHysteresis", 130.0, "mV", "=")]


@pytest.mark.parametrize("text, expected", [
    ("The Tafel slope of the vanadium-boride skin fell to 96 mV/dec.", [("TafelSlope", 96.0, "mV dec-1", "=")]),
    ("The fitted slope was 0.118 V dec−1 for the coated foil.", [("TafelSlope", 118.0, "mV dec-1", "=")]),
])
def test_extract_a_tafel_slope_is_named_by_its_unit(read, text, expected):
    assert read(text) == expected


def test_extract_units_written_with_the_word_per(read):
    found = read("The boride-coated foil showed a Tafel slope of 57 mV per decade and delivered 148 mAh per gram "
                 "at 3 mA per square centimetre.")
    assert found == [("TafelSlope", 57.0, "mV dec-1", "="), ("SpecificCapacity", 148.0, "mA h g-1", "="),
                     ("CurrentDensity", 3.0, "mA cm-2", "=")]


@pytest.mark.parametrize("text, expected", [
    ("The gel was measured at a temperature of 298 K and gave 0.84 mS cm−1.",
     [("Temperature", 24.85, "°C", "="), ("IonicConductivity", 0.84, "mS cm-1", "=")]),
    ("Molecular dynamics runs at 900 K show fast Li+ hopping in the boride skin.", []),
])
def test_extract_a_kelvin_figure_needs_its_cue_and_is_stored_in_celsius(read, text, expected):
    """The graph holds temperatures in °C, the ontology's unit; only a cue word makes a kelvin figure a temperature
    (a simulation's or a fit's kelvin is no test condition)."""
    assert read(text) == expected


def test_extract_a_lifespan_in_days_and_an_efficiency_in_percent(read):
    found = read("Symmetric cells with the QRM-2 host cycled for 40 days at a Coulombic efficiency of 99.1 percent.")
    assert found == [("Lifespan", 960.0, "h", "="), ("CoulombicEfficiency", 99.1, "%", "=")]


@pytest.mark.parametrize("text, expected", [
    ("The PXQ-7 cells were rested for 3 days before cycling.", []),
    ("After storage for 6 h, the cycled QRM-2 cells kept 95% of their capacity.", [("CapacityRetention", 95.0, "%", "=")]),
])
def test_extract_a_rest_or_a_storage_before_cycling_is_no_lifespan(read, text, expected):
    """How long cells rested or were stored is a step of handling them, though the sentence speaks of cycling."""
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The electrolyte uptake of the KV-3 separator reaches 285 wt%.", [("ElectrolyteUptake", 285.0, "%", "=")]),
    ("The QRM-2 membrane takes up 190 wt% of the carbonate electrolyte.", [("ElectrolyteUptake", 190.0, "%", "=")]),
    ("The binder content of the PXQ-7 film is 12 wt%.", [("MassFraction", 12.0, "wt%", "=")]),
])
def test_extract_an_uptake_written_as_a_share_by_mass_is_the_same_figure(read, text, expected):
    """An uptake is a mass gain: papers write it in % or wt% alike (the ontology's akg:sameFigureUnit), and the wt%
    one is stored as the same number in %; a mass share with its own cue stays a mass fraction."""
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An ultrathin (~25 nm) hafnium-oxide film was grown on the foil.", [("Thickness", 25.0, "nm", "~")]),
    ("A thick (30 μm) QRM-2 coating covered the separator.", [("Thickness", 30000.0, "nm", "=")]),
])
def test_extract_a_length_in_brackets_after_thin_or_thick_is_a_thickness(read, text, expected):
    assert read(text) == expected


def test_extract_a_cue_naming_the_part_of_a_curve_says_where_not_what(read):
    """"the hysteresis in the plateau stage": the plateau is where on the curve the figure was read; the figure is the
    hysteresis the sentence names before it."""
    assert read("On the QRM-2 host, the hysteresis in the plateau stage stays near 11 mV.") == [
        ("VoltageHysteresis", 11.0, "mV", "=")]


@pytest.mark.parametrize("text, cycles", [
    ("The QRM-2 cells were pre-cycled for 4 cycles at 0.1 mA cm−2 and then ran for 350 cycles.", [350.0]),
    ("The PXQ-7 cathode was activated at 0.05 C for two cycles before the rate test.", []),
    ("The formation-free QRM-2 cell ran for 450 cycles.", [450.0]),
])
def test_extract_cycles_that_conditioned_the_cell_are_no_cycle_count(read, text, cycles):
    assert [v for p, v, _, _ in read(text) if p == "CycleNumber"] == cycles


def test_extract_a_molar_activation_energy_in_electronvolts(read):
    found = read("The desolvation activation energy of the PXQ-7 electrolyte is 43.5 kJ mol−1.")
    assert found == [("ActivationEnergy", pytest.approx(0.4508, rel=1e-3), "eV", "=")]


def test_extract_a_polarization_voltage_is_a_polarization(read):
    assert read("The polarization voltage of the cell stayed at 25 mV.") == [("Polarization", 25.0, "mV", "=")]


def test_extract_the_size_mesopores_centre_at_is_a_pore_size(read):
    assert read("The mesopores of the hollow boride spheres are centred at 3.8 nm.") == [("PoreSize", 3.8, "nm", "=")]


@pytest.mark.parametrize("text, expected", [
    ("Its shear modulus of 9.2 GPa exceeds twice that of lithium.", [("ShearModulus", 9.2, "GPa", "=")]),
    ("Nanoindentation gives a Young's modulus of 8.7 GPa for the boride interphase.", [("YoungsModulus", 8.7, "GPa", "=")]),
    ("A 2.1 Ah pouch cell with the treated lithium foil ran for 200 cycles.",
     [("CellCapacity", 2100.0, "mA h", "="), ("CycleNumber", 200.0, "cycles", "=")]),
    ("The single-layer pouch cell had a capacity of 45 mAh.", [("CellCapacity", 45.0, "mA h", "=")]),
    ("The coin cells held only 20 μL of electrolyte.", [("ElectrolyteVolume", 20.0, "μL", "=")]),
    # a volume of a molar solution of a lithium salt is the electrolyte's, named by its recipe
    ("All cells used 35 μL of 1.2 M LiFSI in DME.", [("ElectrolyteVolume", 35.0, "μL", "=")]),
    ("At a current density of 200 mA g−1, the PXQ-7 cathode delivered 1050 mAh g−1.",
     [("SpecificCurrent", 200.0, "mA g-1", "="), ("SpecificCapacity", 1050.0, "mA h g-1", "=")]),
    ("The cathode kept 88% of its capacity at 1 A g−1.",
     [("CapacityRetention", 88.0, "%", "="), ("SpecificCurrent", 1000.0, "mA g-1", "=")]),
    ("XPS depth profiles show that LiF accounts for 42 at% of the inner interphase.", [("AtomicFraction", 42.0, "at%", "=")]),
    ("Thermogravimetry gives a sulfur content of 72 wt% in the boride composite.", [("MassFraction", 72.0, "wt%", "=")]),
])
def test_extract_properties_of_films_and_cells_beyond_cycling(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The LiF content of the outer film reaches 37 at.% at the surface.", [("AtomicFraction", 37.0, "at%", "=")]),
    ("Thermogravimetry gives a sulfur content of 64 wt.% in the boride composite.", [("MassFraction", 64.0, "wt%", "=")]),
])
def test_extract_a_share_written_with_a_full_stop_after_its_kind(read, text, expected):
    """"37 at.%", "64 wt.%": the abbreviation's full stop is how many journals print a share by atoms or by mass."""
    assert read(text) == expected


def test_extract_a_lone_milliampere_hour_of_plated_lithium_is_no_cell_capacity(read):
    assert read("Before cycling, 5 mAh of Li was deposited on the boride host.") == []


def test_extract_the_volume_of_a_wetting_droplet_is_no_electrolyte_volume(read):
    """"a 10 μL droplet of electrolyte": the figure measures the droplet the words after it are made of."""
    found = read("A 10 μL droplet of electrolyte spread over the boride-coated separator within 2 s.")
    assert found == [("WettingTime", 2.0, "s", "=")]


def test_extract_a_size_in_diameter_after_the_figure(read):
    assert read("The cobalt-boride particles are about 40 nm in diameter.") == [("ParticleSize", 40.0, "nm", "~")]


@pytest.mark.parametrize("text", ["The electrolyte with 10 wt% fluoroethylene carbonate gave smooth deposits.",
                                  "Carbon hosts with 2 at% boron were grown on the copper mesh."])
def test_extract_a_bare_share_is_a_recipe_not_a_finding(read, text):
    """"10 wt% FEC", "with 2 at% boron": how much of something a recipe used, which only a cue word makes a fraction."""
    assert read(text) == []


@pytest.mark.parametrize("text, expected", [
    ("After cycling, the skin on the hafnium-boride host holds 51 at% F and 9 at% O.",
     [("AtomicFraction", 51.0, "at%", "="), ("AtomicFraction", 9.0, "at%", "=")]),
    ("The outer film of the PXQ-7 interlayer is rich in fluorine (33 at% F).", [("AtomicFraction", 33.0, "at%", "=")]),
    ("As the titration shows, the QRM-2 composite contains 61 wt% of metallic lithium.",
     [("MassFraction", 61.0, "wt%", "=")]),
    ("The annealed tin sheet holds 2.5 at% nitrogen at its surface.", [("AtomicFraction", 2.5, "at%", "=")]),
])
def test_extract_a_share_found_by_its_element_or_by_the_analysis_named(read, text, expected):
    """A share with no cue word is a finding where an element follows it, by its symbol or its name, as XPS or EDS
    write a composition, or where the sentence names how the composition was found; a recipe's amount stays out."""
    assert read(text) == expected


@pytest.mark.parametrize("text", ["Carbon sheets doped with 4 at% N were grown on the nickel mesh.",
                                  "Zinc films with 3 at% copper were grown on the nickel mesh.",
                                  "XPS was run on the film grown in the electrolyte with 10 wt% FEC.",
                                  "By ICP, the 7 at% Zn foil was paired with the PXQ-7 separator."])
def test_extract_a_recipe_share_stays_out_though_an_element_or_an_analysis_is_named(read, text):
    assert read(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The QZ-7 powder had an atomic ratio of 72% (Ge), 18% (Cu), 10% (Zn) before milling.",
     [("AtomicFraction", 72.0, "at%", "="), ("AtomicFraction", 18.0, "at%", "="), ("AtomicFraction", 10.0, "at%", "=")]),
    ("Thermogravimetry showed a weight fraction of about 58% for the boride in the composite.",
     [("MassFraction", 58.0, "wt%", "~")]),
])
def test_extract_a_bare_percentage_after_a_cue_that_names_the_kind_of_share(read, text, expected):
    """"an atomic ratio of 72% (Ge), 18% (Cu), …": the cue says by atoms or by mass where the unit does not, and a
    list whose members each name their element in brackets shares it."""
    assert read(text) == expected


def test_extract_a_bare_percentage_after_a_cue_either_share_has_stays_unread(read):
    """"content" is a share by atoms or by mass: a bare "%" after it says neither."""
    assert [p for p, *_ in read("The fluoride content of the boride film was 42% after cycling.")] == []


@pytest.mark.parametrize("text", ["The boride layer has a thermal conductivity of 64 W m−1 K−1 at room temperature.",
                                  "The boride layer spreads heat well (thermal conductivity of 64 W m−1 K)."])
def test_extract_a_thermal_conductivity_also_where_the_kelvin_lost_its_power(read, text):
    """"64 W m−1 K": the kelvin's power lost in print, a unit no property is measured in, stands for W m−1 K−1."""
    assert read(text) == [("ThermalConductivity", 64.0, "W m-1 K-1", "=")]


def test_extract_a_theoretical_capacity_worked_out_for_a_named_compound(read):
    """"… consistent with the theoretical capacity of Li5.2Cu0.8PS5I (63.4 mAh g−1)": what the paper computed of a
    compound it names, kept beside the capacity measured against it."""
    found = read("The layer delivered 61.2 mAh g−1 until 1.2 V, which is consistent with the theoretical capacity of "
                 "Li5.2Cu0.8PS5I (63.4 mAh g−1).")
    assert [(p, v) for p, v, _, _ in found] == [("SpecificCapacity", 61.2), ("TheoreticalCapacity", 63.4)]


@pytest.mark.parametrize("text", ["Sulfur offers a high theoretical capacity of 1672 mAh g−1 and a low cost.",
                                  "Lithium metal is sought for its high theoretical capacity (3860 mAh g−1)."])
def test_extract_the_field_s_theoretical_capacity_stays_out(read, text):
    assert read(text) == []


def test_extract_i0_is_an_exchange_current_density_not_a_test_current(read):
    assert read("The i0 value of the niobium-boride host was 0.57 mA cm−2 from the Tafel plots.") == [
        ("ExchangeCurrentDensity", 0.57, "mA cm-2", "=")]


@pytest.mark.parametrize("text", [
    "Under lean conditions, the pouch cell with the PXQ-7 host kept 90% capacity for 120 cycles.",
    "The pouch cell with the boride host delivered 1.2 Ah and kept 85% after 100 cycles.",
    "Li||NCM622 cells with the boride host keep 87% after 400 cycles at 1 C.",      # a full cell, no capacity stated
    "Paired with LFP cathodes, the PXQ-7 mesh maintained 91% after 1,200 cycles.",
])
def test_extract_a_share_a_cell_kept_of_its_capacity_is_its_retention(read, text):
    assert [p for p, _, _, _ in read(text) if p in ("CapacityRetention", "CoulombicEfficiency")] == ["CapacityRetention"]


@pytest.mark.parametrize("text", ["In Li–Cu cells, Li plating/stripping on the boride host kept 98.9% over 300 cycles.",
                                  "Li||Cu cells with the boride host keep 98.9% after 300 cycles."])
def test_extract_a_kept_share_without_a_capacity_is_no_retention(read, text):
    """With no capacity stated before it and no cathode named, a share a cell kept over cycles of plating is its
    Coulombic efficiency."""
    assert ("CoulombicEfficiency", 98.9, "%", "=") in read(text)


def test_extract_a_mass_per_area_alone_is_a_loading(read):
    """"adds only 0.4 mg cm−2": a mass per area of electrode or separator is how much of something is loaded on it."""
    assert read("The boride coating adds only 0.4 mg cm−2 to the separator.") == [("ArealMassLoading", 0.4, "mg cm-2", "=")]


def test_extract_a_mass_per_area_keeps_its_own_cue(read):
    assert read("The host shows an electrolyte storage capacity of 5.3 mg cm−2.") == [
        ("ElectrolyteStorageCapacity", 5.3, "mg cm-2", "=")]


@pytest.mark.parametrize("text", ["The boride scaffold is wetted by molten lithium within 4 s.",
                                  "Molten Li infused into the tungsten-boride mesh in 4 s."])
def test_extract_how_fast_molten_lithium_wets_a_host_is_a_wetting_time(read, text):
    assert read(text) == [("WettingTime", 4.0, "s", "=")]


@pytest.mark.parametrize("text, value", [
    ("Molten lithium wicks into the hafnium-boride scaffold within 7 s.", 7.0),
    ("The liquid electrolyte soaks into the PXQ-7 separator within 3 s.", 3.0),
    ("Molten Li infiltrates the vanadium-carbide foam in about 12 s, while it beads up on the bare foam.", 12.0),
])
def test_extract_a_time_the_verb_of_wetting_names_is_a_wetting_time(read, text, value):
    """"wicks into … within 7 s": the verb says the time is how long the liquid took to wet the host."""
    assert [(p, v) for p, v, _, _ in read(text)] == [("WettingTime", value)]


@pytest.mark.parametrize("text", ["Molten lithium was infused into the hafnium-boride felt for 10 min.",
                                  "The KV-3 separator takes up more electrolyte, so the cell works for 700 h."])
def test_extract_how_long_a_wetting_step_ran_is_no_wetting_time(read, text):
    """"infused … for 10 min": a verb of wetting names how long the liquid took ("within 9 s"); "for" says how long a
    step ran, and a time in another clause is another clause's."""
    assert "WettingTime" not in [p for p, _, _, _ in read(text)]


@pytest.mark.parametrize("text", ["Molten Li wicked into the PXQ-7 host gives a symmetric cell that lasts 800 h.",
                                  "A niobium-boride scaffold infused with molten lithium gave a cell a life of 800 h."])
def test_extract_a_wetting_verb_does_not_take_a_lifespan_from_its_sentence(read, text):
    assert [(p, v) for p, v, _, _ in read(text)] == [("Lifespan", 800.0)]


@pytest.mark.parametrize("text", ["The droplet spread over the KV-3 separator completely, taking only 4 s.",
                                  "The KV-3 separator wets quickly (4 s)."])
def test_extract_a_wetting_time_said_as_how_long_it_took(read, text):
    assert [(p, v) for p, v, _, _ in read(text)] == [("WettingTime", 4.0)]


def test_extract_a_wetting_verb_in_the_passive_names_a_wetting_time(read):
    assert read("The niobium-boride scaffold was infiltrated by molten Li within 9 s.") == [("WettingTime", 9.0, "s", "=")]


def test_extract_a_participle_that_describes_a_design_names_no_wetting_time(read):
    """"a scaffold infiltrated with molten lithium gave a life of 900 h": the participle after the noun says how the
    design was made; the hours are its cell's life."""
    found = read("A garnet-fibre scaffold infiltrated with molten lithium gave a symmetric cell a life of 900 h.")
    assert "WettingTime" not in [p for p, _, _, _ in found]


def test_extract_a_time_the_verb_of_taking_up_names_is_a_wetting_time(read):
    """"took up 310% of electrolyte within 15 s": the verb names the share by its unit, the time by its own."""
    found = read("The KV-3 membrane took up 310% of electrolyte within 15 s.")
    assert [(p, v) for p, v, _, _ in found] == [("ElectrolyteUptake", 310.0), ("WettingTime", 15.0)]


@pytest.mark.parametrize("text", ["The separators were soaked in the electrolyte for 12 h before assembly.",
                                  "The foam was wetted with ethanol and dried at 60 °C for 6 h.",
                                  "The precursor film was annealed for 2 h versus 6 h for the reference film."])
def test_extract_a_making_step_governs_the_figures_joined_to_its_first(read, text):
    """"dried at 60 °C for 6 h": the verb before the first figure governs the one joined to it ("for", "versus"), so
    the time is the step's, not a wetting time or a lifespan."""
    assert [p for p, _, _, _ in read(text) if p in ("WettingTime", "Lifespan")] == []


@pytest.mark.parametrize("text, value", [("The boride-lined cells were cycled at 60 °C under 1.5 MPa.", 1.5),
                                         ("The pouch cells ran under 300 kPa.", 0.3)])
def test_extract_a_pressure_without_a_cue_is_the_stack_pressure(read, text, value):
    assert ("StackPressure", pytest.approx(value), "MPa") in [(p, v, u) for p, v, u, _ in read(text)]


@pytest.mark.parametrize("text", ["The boride pellets, cold-pressed at 360 MPa, show a dense cross-section.",
                                  "The sulfide powder was pressed into pellets at 300 MPa before the Li foils were attached."])
def test_extract_the_pressure_of_a_making_step_is_no_stack_pressure(read, text):
    assert read(text) == []


def test_extract_a_named_stack_pressure_held_during_cycling_is_kept(read):
    assert read("The cells were held under a stack pressure of 5 MPa during cycling.") == [("StackPressure", 5.0, "MPa", "=")]


def test_extract_a_named_strength_in_megapascals_keeps_its_cue(read):
    assert read("The aramid membrane showed a tensile strength of 38 MPa.") == [("TensileStrength", 38.0, "MPa", "=")]


@pytest.mark.parametrize("text, expected", [
    ("The electrospun boride fibres have an average diameter of 320 nm.", "FiberDiameter"),
    ("The silver nanowires, with diameters of about 60 nm, form a network.", "FiberDiameter"),
    ("The mesoporous host has a pore diameter of 45 nm.", "PoreSize"),
    ("The cobalt-boride particles have a diameter of 40 nm.", "ParticleSize"),
    ("The Li deposits grown on the carbon fibres have a diameter of 2 μm.", "ParticleSize"),
    ("Cobalt-boride nanoparticles with a diameter of 8 nm decorate the fibres.", "ParticleSize"),
])
def test_extract_a_diameter_is_of_the_thing_its_clause_names(read, text, expected):
    """A size word shared by several properties ("diameter") names the one whose thing the clause is about, not one
    named after a preposition; a particle's where no other is named."""
    assert [p for p, _, _, _ in read(text)] == [expected]


def test_extract_a_hardness_in_megapascals_is_no_stack_pressure(read):
    assert read("The Mg-rich lithium alloy shows a hardness of 1.4 MPa.") == [("Hardness", 1.4, "MPa", "=")]


def test_extract_a_current_density_announced_before_names_the_result_its_unit_alone_named(read):
    found = read("Tafel plots were fitted to obtain the exchange current density of each electrode. "
                 "The PXQ-7 coated Li gives 0.84 mA cm−2.")
    assert found == [("ExchangeCurrentDensity", 0.84, "mA cm-2", "=")]


@pytest.mark.parametrize("second", ["Symmetric cells were then tested under 1 mA cm−2.",
                                    "Symmetric cells were then cycled at 1 mA cm−2.",
                                    "A current of 1 mA cm−2 was applied to the symmetric cells."])
def test_extract_a_current_set_as_a_condition_stays_the_test_current(read, second):
    found = read(f"The exchange current density was calculated from the Tafel plots. {second}")
    assert found == [("CurrentDensity", 1.0, "mA cm-2", found[0][3])]


def test_extract_thickness_in_nanometres(read):
    assert read("The coating was about 2 μm thick.") == [("Thickness", 2000.0, "nm", "~")]


@pytest.mark.parametrize("layer", ["interlayer", "overlayer", "skin"])
def test_extract_a_length_before_a_named_layer_is_its_thickness(read, layer):
    assert read(f"Ito's group deposited a 30 nm zinc-phosphide {layer} on lithium.") == [("Thickness", 30.0, "nm", "=")]


def test_extract_an_interlayer_spacing_is_no_thickness(read):
    assert read("The PXQ-7 interlayer spacing was 0.34 nm.")[0][0] == "LatticeSpacing"


def test_extract_duration_of_lithiation_is_dendrite_free_time(read):
    assert read("It stayed smooth in 70 h of lithiation.")[0][:2] == ("DendriteFreeDuration", 70.0)


def test_extract_duration_of_cycling_is_lifespan(read):
    assert read("The symmetric cell could run for 600 h.") == [("Lifespan", 600.0, "h", "=")]


def test_extract_list_shares_the_cue_after_it(read):
    assert [v for _, v, _, _ in read("The layers were coated at 10 and 20 μm thickness.")] == [10000.0, 20000.0]


def test_extract_named_ratio_without_unit(read):
    assert read("The tortuosity (5.10) was higher than before.") == [("Tortuosity", 5.1, "1", "=")]


@pytest.mark.parametrize("sentence", ["The carbon film had a higher D to G intensity ratio (ID/G ~ 0.92).",
                                      "The ID/IG value of the annealed foam was 0.92."])
def test_extract_raman_defect_ratio_is_read_from_its_usual_spellings(read, sentence):
    assert read(sentence) == [("RamanIntensityRatio", 0.92, "1", "=")]


@pytest.mark.parametrize("sentence", ["Across batches the Coulombic efficiency varied by less than 0.2%.",
                                      "The capacity retention improved by 20% with the coating.",
                                      "The overpotential decreased by 30 mV after coating.",
                                      "The Mg-doped interlayer raised the average Coulombic efficiency by 3%."])
def test_extract_by_how_much_a_figure_changed_is_no_figure(read, sentence):
    assert read(sentence) == []


@pytest.mark.parametrize("sentence", ["After 80 cycles the thickness of the TPM-20 electrode changed by only 7%.",
                                      "The volume of the coated cobalt foam varies by less than 3% on plating.",
                                      "On stripping, the volume of the indium host expanded by about 11%.",
                                      "The electrode thickness of the tin mesh increases by just 6% on plating."])
def test_extract_a_change_cue_split_around_its_subject_names_the_change(read, sentence):
    """"the thickness of X changed by 7%": a cue that is a thing and its change ("thickness change", "volume
    expansion") said around the subject whose change it is; the figure is that change, not by how much another
    figure moved (which "the Coulombic efficiency varied by 0.2%" is)."""
    assert [p for p, *_ in read(sentence) if p != "CycleNumber"] == ["DimensionVariation"]


def test_extract_a_list_respectively_after_figures_of_as_many_properties_reports_them_in_order(read):
    found = read("The film had a porosity of 78% and an electrolyte uptake of 410%, higher than those of PP "
                 "(41% and 112%, respectively).")
    assert [(p, v) for p, v, _, _ in found] == [("Porosity", 78.0), ("ElectrolyteUptake", 410.0),
                                                ("Porosity", 41.0), ("ElectrolyteUptake", 112.0)]


def test_extract_ratio_ignores_figure_labels(read):
    assert read("The tortuosity of each film is shown in Figure 3.") == []


def test_extract_figure_without_cue_or_telling_unit_is_skipped(read):
    assert read("The window was 1.7–2.8 V in all tests.") == []


@pytest.mark.parametrize("recipe", [
    "The film was dried in a vacuum oven at 80°C for 12 h.",
    "At 80 °C in a vacuum oven the film lost its solvent.",
    "The powder was heated to 300 °C and kept for 2 h under argon.",
    "Nitride films were grown at 250 °C on the foil.",
    "The films were deposited with 20, 40 and 80 PLD cycles at 150 °C.",     # a making method's cycles, no cycling
])
def test_extract_recipe_conditions_are_dropped(read, recipe):
    assert read(recipe) == []


def test_extract_result_verb_near_a_test_temperature_is_no_recipe(read):
    """'kept' makes a recipe ('kept at 60 °C for 2 h') only where it governs the temperature or time."""
    found = read("The coated cells were cycled at 60 °C and kept 98.5% Coulombic efficiency.")
    assert [(p, v) for p, v, _, _ in found] == [("Temperature", 60.0), ("CoulombicEfficiency", 98.5)]


@pytest.mark.parametrize("degrees", ["60 oC", "60 ºC", "60oC"])
def test_extract_degree_typed_as_a_raised_o(read, degrees):
    found = read(f"The coated cells were cycled at {degrees} and kept 98.5% Coulombic efficiency.")
    assert found[0] == ("Temperature", 60.0, "°C", "=")


def test_extract_intrinsic_values_are_dropped(read):
    assert read("Lithium has a theoretical capacity of 3860 mA h g−1.") == []


def test_extract_review_marks_baseline_figures(make_document, nlp):
    """A review's figure of what a work was compared with is marked so, for linking to put on the control's node."""
    paper = read_paper(make_document([(("2. Conductive Micro/Nanostructured Framework",), "The host gave 900 mA h g−1, "
                                       "threefold that of conventional graphite anodes, 372 mA h g−1.[5]")], review=True), nlp)
    assert [(f.value, f.baseline) for f in figures(paper)] == [(900.0, False), (372.0, True)]


def test_extract_review_keeps_a_shared_test_condition_after_a_baseline(read):
    found = read("It was far lower than on routine Cu foil at the same current density (0.5 mA cm−2).[5]",
                 section=("2. Conductive Micro/Nanostructured Framework",), review=True)
    assert found == [("CurrentDensity", 0.5, "mA cm-2", "=")]


def test_extract_methods_section_keeps_qualities_and_test_conditions(read):
    found = read("The layer was coated at 1.1 mg cm−2 and tested at 2 mA cm−2.", section=("2 Experimental Section",))
    assert found == [("ArealMassLoading", 1.1, "mg cm-2", "="), ("CurrentDensity", 2.0, "mA cm-2", "=")]


METHODS = ("2. Experimental Section", "2.3 Electrochemical measurements")


@pytest.mark.parametrize(("text", "kept"), [
    ("The symmetric Na cells were cycled at a current density of 3 mA cm−2 with a fixed capacity of 1.5 mAh cm−2.",
     [("CurrentDensity", 3.0), ("ArealCapacity", 1.5)]),
    ("A stack pressure of 8 MPa was applied to the pouch cells during cycling.", [("StackPressure", 8.0)]),
    ("The coin cells were galvanostatically charged and discharged at 0.3 C in a climate chamber maintained at 45 °C.",
     [("CRate", 0.3), ("Temperature", 45.0)]),
])
def test_extract_methods_section_keeps_the_conditions_cells_were_tested_under(read, text, kept):
    assert [(p, v) for p, v, _, _ in read(text, section=METHODS)] == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("The coin cells were cycled at 0.2 C in a dry room with a dew point below −45 °C.", [("CRate", 0.2)]),
    ("The cathode sheets were dried at 110 °C for 10 h before the cells were cycled at 0.5 mA cm−2.",
     [("CurrentDensity", 0.5)]),
    ("For the rate tests, a current density of 3.5 mA cm−2 was taken as 1 C.", []),
    ("The precursor was annealed at 450 °C for 3 h under argon.", []),
])
def test_extract_methods_section_leaves_out_making_handling_and_unit_definitions(read, text, kept):
    assert [(p, v) for p, v, _, _ in read(text, section=METHODS)] == kept


def test_extract_coulombic_efficiency_above_100_is_dropped(read):
    assert read("The Coulombic efficiency was 130% in the first cycle.") == []


def test_extract_cue_carried_over_a_broken_sentence(make_document, nlp):
    doc = make_document([(RESULTS, "The electrolyte storage capacity was approximately"),
                         (RESULTS, "2"), (RESULTS, "10.7 mg cm−2 for the film.")], review=False)
    found = figures(read_paper(doc, nlp))
    assert [(local_name(f.prop.iri), f.value) for f in found] == [("ElectrolyteStorageCapacity", 10.7)]


def test_extract_glued_c_rate(read):
    assert read("The full cell was cycled at 1C.") == [("CRate", 1.0, "C", "=")]


def test_extract_figure_label_is_not_a_c_rate(read):
    assert read("The full cell is shown in Figure 2C.") == []


def test_extract_named_ratio_of_capacities(read):
    assert read("The full cell had an N/P ratio of 2.5.") == [("NPRatio", 2.5, "1", "=")]


def test_extract_electrolyte_per_capacity(read):
    assert read("A lean E/C ratio of 3 g Ah−1 was used.") == [("ElectrolyteToCapacityRatio", 3.0, "g A-1 h-1", "=")]


@pytest.mark.parametrize("text", ["The depth of discharge was 150% in the cell.",
                                  "The thermal shrinkage was 120% of the film."])
def test_extract_share_above_its_ontology_maximum_is_dropped(read, text):
    assert read(text) == []
    assert read(text.replace("150%", "50%").replace("120%", "20%")) != []


def test_extract_resistance_per_area_and_per_cell_are_different_properties(read):
    found = read("The interfacial resistance fell from 1260 Ω cm2 to 38 Ω cm^2, and the cell resistance was 45 Ω.")
    assert [(p, v, u) for p, v, u, _ in found] == [
        ("AreaSpecificResistance", 1260.0, "Ω cm2"), ("AreaSpecificResistance", 38.0, "Ω cm2"),
        ("CellResistance", 45.0, "Ω")]


@pytest.mark.parametrize("verb", ["sustained", "lasted", "survived", "runs for", "short-circuited after",
                                  "failed after", "was operating for"])
def test_extract_duration_a_cell_lasted_is_lifespan(read, verb):
    assert read(f"The coated electrode {verb} 1000 h at 1 mA cm−2.")[0][:2] == ("Lifespan", 1000.0)


def test_extract_bracketed_figure_of_a_compared_arm_shares_the_cue(read):
    """The sentence names the property once, for the result the bracketed figure is compared with."""
    found = read("Relative to bare Ni foam (81% after 60 cycles), the coated foam kept a Coulombic efficiency of 97.9%.")
    assert [(p, v) for p, v, _, _ in found] == [("CoulombicEfficiency", 81.0), ("CycleNumber", 60.0),
                                                ("CoulombicEfficiency", 97.9)]


def test_extract_bracketed_figure_outside_a_comparison_needs_its_own_cue(read):
    assert [v for _, v, _, _ in read("At stage two (1.4 V), the plateau potential was 2.1 V.")] == [2.1]


def test_extract_oxidation_stability_is_a_potential(read):
    assert read("The electrolyte showed an oxidation stability up to 5.4 V.") == [("ElectrodePotential", 5.4, "V", ">=")]


def test_extract_an_oxidation_limit_is_a_potential(read):
    """A table column or a sentence on the "oxidation limit" of an electrolyte gives a potential."""
    assert read("Its oxidation limit is 4.8 V vs. Li/Li+.") == [("ElectrodePotential", 4.8, "V", "=")]


def test_extract_sulfur_utilization_is_an_active_material_utilization(read):
    assert read("The sulfur utilization of the cell reached 71%.") == [("ActiveMaterialUtilization", 71.0, "%", "=")]


@pytest.mark.parametrize("text", ["The cell kept a low decay rate of 0.05% per cycle over 800 cycles.",
                                  "Its capacity decays by 0.05% per cycle.",
                                  "This corresponds to a capacity fade of only 0.05% per cycle."])
def test_extract_loss_per_cycle_is_a_capacity_decay_rate(read, text):
    """"0.05% per cycle" is what a cell loses each cycle, never a capacity retention or an efficiency."""
    assert ("CapacityDecayRate", 0.05) in [(p, v) for p, v, _, _ in read(text)]


def test_extract_a_cue_ending_in_s_has_its_plural_too(read):
    """"thicknesses" is the plural of the cue "thickness", as "retentions" is of "retention"."""
    assert [(p, v) for p, v, _, _ in read("The film thicknesses were 25 and 45 nm.")] == [
        ("Thickness", 25.0), ("Thickness", 45.0)]


def test_extract_an_acronym_cue_has_its_plural_too(read):
    """"CCDs" is the plural of the cue "CCD": the figures are critical current densities, not current densities."""
    assert [(p, v) for p, v, _, _ in read("The CCDs of the two pellets were 1.7 and 0.4 mA cm−2, respectively.")] == [
        ("CriticalCurrentDensity", 1.7), ("CriticalCurrentDensity", 0.4)]


@pytest.mark.parametrize("opening", ["Under identical conditions, ", "In contrast, "])
def test_extract_a_result_set_against_the_sentence_before_measures_what_it_measured(read, opening):
    """"Bare Li showed a voltage hysteresis of 95 mV. Under identical conditions, the coated electrode showed only
    28 mV": the second sentence leaves out the property it compares; the first names it."""
    found = read(f"Bare Li showed a voltage hysteresis of 95 mV. {opening}the coated electrode showed only 28 mV.")
    assert [(p, v) for p, v, _, _ in found] == [("VoltageHysteresis", 95.0), ("VoltageHysteresis", 28.0)]
    assert [(p, v) for p, v, _, _ in read("Bare Li showed a voltage hysteresis of 95 mV. The coated electrode "
                                         "showed only 28 mV.")] == [("VoltageHysteresis", 95.0)]


def test_extract_a_bare_percentage_goes_on_with_the_property_the_sentence_before_named(read):
    """"The X host holds a Coulombic efficiency of 99.1% for 400 cycles. The nickel mesh reaches 96.4% but …": the
    second sentence names no property in percent; the one before named one for its percentage. A share of
    something ("3% of the lithium") is no such figure, nor is a bare figure in another unit."""
    found = read("The boron-carbide host holds a Coulombic efficiency of 99.1% for 400 cycles. The nickel mesh "
                 "reaches 96.4% but fails after 120 cycles, and the copper foil falls below 85% within 50 cycles.")
    assert [(p, v) for p, v, _, _ in found if p == "CoulombicEfficiency"] == [
        ("CoulombicEfficiency", 99.1), ("CoulombicEfficiency", 96.4), ("CoulombicEfficiency", 85.0)]
    found = read("The boron-carbide host holds a Coulombic efficiency of 99.1% for 400 cycles. About 3% of the "
                 "lithium is lost in the first cycle.")
    assert [v for p, v, _, _ in found if p == "CoulombicEfficiency"] == [99.1]


def test_extract_a_bare_percentage_set_against_the_sentence_s_own_takes_its_property(read):
    """"The X cell delivers 151 mA h g−1 and keeps 92.1% of it …, while the Y cell drops to 44.3%": the clause
    set against the first says the same of another cell; with no such contrast the bare figure stays none."""
    found = read("The coated cell delivers 151.0 mA h g−1 at 1 C and keeps 92.1% of it after 500 cycles, while the "
                 "bare cell drops to 44.3% after 250 cycles.")
    assert [v for p, v, _, _ in found if p == "CapacityRetention"] == [92.1, 44.3]
    found = read("The coated cell delivers 151.0 mA h g−1 at 1 C and keeps 92.1% of it after 500 cycles, and is "
                 "then opened at 30% charge.")
    assert [v for p, v, _, _ in found if p == "CapacityRetention"] == [92.1]


def test_extract_a_count_of_screened_compounds(read):
    assert read("The screen kept 31 candidates out of 412 compounds.") == [
        ("CompoundCount", 31.0, "compounds", "="), ("CompoundCount", 412.0, "compounds", "=")]


@pytest.mark.parametrize("text, value", [
    ("Phases with an energy above the convex hull below 40 meV/atom were kept.", 40.0),
    ("The computed Ehull of the doped phase is 0.012 eV/atom.", 12.0),
    ("Its decomposition energy stays under 30 meV atom−1 up to 3 V.", 30.0),
])
def test_extract_energy_per_atom_above_the_hull(read, text, value):
    found = [(p, v) for p, v, _, _ in read(text) if p == "EnergyAboveHull"]
    assert found == [("EnergyAboveHull", pytest.approx(value))]


def test_extract_a_zero_that_opens_the_range_values_span_is_a_figure(read):
    """"… band gaps ranging from 0 to 4.5 eV": the low end of what was found; "dropped to 0 V" is no figure."""
    assert [v for p, v, _, _ in read("Their band gaps ranged from 0 to 4.5 eV across the set.")] == [0.0, 4.5]
    assert read("Upon discharge, the potential of the bare cell dropped to 0 V at once.") == []


def test_extract_length_and_width_of_a_made_piece(read):
    """"120 mm long and 80 mm wide": how large a film was made, not how thick it is."""
    found = read("A coated separator 120 mm long and 80 mm wide was made, with a 12 μm thick coating.")
    assert [(p, v) for p, v, _, _ in found] == [("LateralSize", 120.0), ("LateralSize", 80.0), ("Thickness", 12000.0)]


@pytest.mark.parametrize("sentence", [
    "Lithium plated from the RbNO3 electrolyte forms smooth grains some 6 μm wide.",
    "On the tungsten mesh, the plated lithium shows particles of roughly 6 μm wide.",
])
def test_extract_a_width_said_of_grains_is_their_size(read, sentence):
    """"grains some 6 μm wide": the dimension word after the figure says how it was measured, the grains before it
    whose size it is (a particle size), unlike a made film's width."""
    assert [(p, v) for p, v, _, _ in read(sentence)] == [("ParticleSize", 6000.0)]


@pytest.mark.parametrize("sentence, value, qualifier", [
    ("The coated separator showed a 12% higher capacity retention than the bare separator.", 12.0, "="),
    ("The host gave an 8% increase in areal capacity over planar copper.", 8.0, "="),
    ("The membrane kept its shape, with a less than 2% reduction in its original area.", 2.0, "<"),
    ("The tungsten-boride host gave a 14% increase compared with planar copper.", 14.0, "="),
    ("The PXQ-7 interlayer brought an improvement of 25% over the bare anode.", 25.0, "="),
    ("The coating gave an increase of about 9% over the bare host in areal capacity.", 9.0, "~"),
])
def test_extract_a_percentage_a_figure_changed_by_against_another_is_a_relative_change(read, sentence, value, qualifier):
    """"a 12% higher retention than …": how much a design changes a figure against what it is compared with."""
    assert read(sentence) == [("RelativeChange", value, "%", qualifier)]


def test_extract_a_value_with_its_comma_lost_before_than_stays_the_value(read):
    assert read("The host reached a Coulombic efficiency of 99.5% higher than that of bare foil.") == [
        ("CoulombicEfficiency", 99.5, "%", "=")]


@pytest.mark.parametrize("text, expected", [
    ("The coated anode held a flat voltage plateau and stayed stable for 420 h at 1 mA cm−2.", 420.0),
    ("The composite electrode kept a stable voltage profile for 650 h.", 650.0),
])
def test_extract_a_kept_or_held_result_over_a_duration_is_a_lifespan(read, text, expected):
    """'kept' and 'held' also make things ('kept at 80 °C for 12 h'); a cycling word after them ('kept a stable
    profile for 650 h') says the duration is how long the cell ran."""
    assert ("Lifespan", expected) in [(p, v) for p, v, _, _ in read(text)]


def test_extract_a_kept_at_temperature_step_stays_a_recipe(read):
    assert not [p for p, *_ in read("The foils were kept at 80 °C for 12 h in a vacuum oven.") if p == "Lifespan"]


def test_extract_a_condition_set_at_a_figure_is_not_named_by_a_cue_an_earlier_figure_answered(read):
    """'lowered the local current density, and the host kept a CE of 98.1% for 180 cycles at 0.5 mA cm−2': the
    local current density is what the sentence opened on; 0.5 mA cm−2 is the current density the cells ran at."""
    found = read("The vertical sheets lowered the local current density, and the host kept a CE of 98.3% for "
                 "170 cycles at 0.4 mA cm−2.")
    assert ("CurrentDensity", 0.4) in [(p, v) for p, v, _, _ in found]


def test_extract_a_cue_right_before_its_figure_still_names_it(read):
    found = read("The nanosheets kept 98% for 100 cycles and reduced the local current density to 0.02 mA cm−2.")
    assert ("LocalCurrentDensity", 0.02) in [(p, v) for p, v, _, _ in found]


@pytest.mark.parametrize("text, expected", [
    ("The anode was covered by a 30 nm ZrO2 layer.", ("Thickness", 30.0)),
    ("A 45 nm polymer film was cast on the foil.", ("Thickness", 45.0)),
    ("The scaffold had 3 μm pores.", ("PoreSize", 3000.0)),
    ("The host held 250 nm particles of silver.", ("ParticleSize", 250.0)),
])
def test_extract_a_length_before_what_it_measures_names_the_property(read, text, expected):
    """'a 30 nm ZrO2 layer', '3 μm pores', '250 nm particles': the noun a length stands before (after the
    material it is made of) says what the length is; these nouns are the properties' labels in the ontology."""
    assert expected in [(p, v) for p, v, _, _ in read(text)]


@pytest.mark.parametrize("text", [
    "Cooled to 0 °C, the pouch cell still kept 81% of its room-temperature capacity.",
    "After storage, the heated pouch cells delivered 88% of their nominal capacity.",
])
def test_extract_a_share_of_a_qualified_capacity_is_its_retention(read, text):
    """"N% of its <words> capacity": the ontology's cue ("of its capacity") with the paper's words inside it."""
    assert any(p == "CapacityRetention" and v in (81.0, 88.0) for p, v, _, _ in read(text))


def test_extract_a_share_of_another_figure_is_no_retention(read):
    """Words inside that name a property of their own keep the figure theirs: "of its areal capacity" is no retention."""
    assert not any(p == "CapacityRetention" for p, _, _, _ in read("The cells cycled at 50% of their areal capacity."))


@pytest.mark.parametrize("text, expected", [
    ("The contact angle was 51° on the PE film, while the treated film was wetted at once (0°).", ("ContactAngle", 0.0)),
    ("The alloy frame showed a thickness change of 0% after plating 3 mAh cm−2.", ("DimensionVariation", 0.0)),
])
def test_extract_a_zero_stated_for_a_lower_is_better_property_is_a_result(read, text, expected):
    """A zero given as the figure of a property that ranks lower-is-better is the best it can be, not a reference."""
    assert expected in [(p, v) for p, v, _, _ in read(text)]


def test_extract_a_zero_the_voltage_falls_to_stays_a_reference_point(read):
    assert not [v for _, v, _, _ in read("The cell voltage then fell to 0 V after 30 h.") if v == 0]


def test_extract_a_duration_a_cell_short_circuits_after_is_its_lifespan(read):
    """The present tense of a failure ("short-circuits after 90 h") says the cell cycled, as "short-circuited" does."""
    assert ("Lifespan", 90.0) in [(p, v) for p, v, _, _ in read("In contrast, the bare electrode short-circuits after 90 h.")]


def test_extract_a_mass_per_area_of_what_an_electrode_carries_is_its_loading(read):
    """"4.5 mg cm−2 of sulfur": no cue word before it, yet the mass per area of the active material is its loading."""
    assert ("ArealMassLoading", 4.5) in [(p, v) for p, v, _, _ in read("Thick cathodes carrying 4.5 mg cm−2 of sulfur were then cycled.")]


@pytest.mark.parametrize("text, expected", [
    ("Full cells paired the host holding 40 μm Li with an NCM cathode.", [("Thickness", 40000.0)]),
    ("A sodium foil (300 μm) served as the counter electrode.", [("Thickness", 300000.0)]),
    ("The 150 nm TiO2 spheres were dispersed evenly.", []),            # what spheres are made of: no piece
])
def test_extract_a_length_written_as_a_piece_of_metal_is_its_thickness(read, text, expected):
    """"40 μm Li", "a sodium foil (300 μm)": a length right before a material written alone, or said of a foil,
    is how thick the piece is; a length before what a noun is made of ("150 nm TiO2 spheres") says nothing so."""
    assert [(p, v) for p, v, _, _ in read(text)] == expected


def test_extract_a_ratio_a_list_lent_a_foreign_unit_stays_the_ratio_s(read):
    """"an N/P ratio of 1.5, and 4 μL mAh−1 of electrolyte": the parser lends the ratio the unit of the figure listed
    after it; the number right after the ratio's cue is still the ratio, and only the 4 is a volume per capacity."""
    found = read("Pouch cells had an N/P ratio of 1.5, and 4 μL mAh−1 of electrolyte.")
    assert [(p, v) for p, v, _, _ in found] == [("NPRatio", 1.5), ("ElectrolyteVolumeToCapacityRatio", 4.0)]


def test_extract_a_nucleation_barrier_in_millivolts_is_an_overpotential(read):
    assert read("Zn seeds lowered the nucleation barrier to 8 mV.") == [("Overpotential", 8.0, "mV", "=")]


@pytest.mark.parametrize("text", ["A lean E/C ratio of 2.5 μL mAh−1 was used.", "The cells held 2.5 μL/mAh of electrolyte."])
def test_extract_electrolyte_volume_per_capacity_keeps_the_papers_unit(read, text):
    """An E/C ratio told in μL mAh−1 is a volume per capacity: no unit conversion reaches the ontology's g Ah−1 (that
    takes the electrolyte's density), so the ontology holds it as a property of its own, in the unit the paper wrote."""
    assert read(text) == [("ElectrolyteVolumeToCapacityRatio", 2.5, "μL mA-1 h-1", "=")]


@pytest.mark.parametrize("text", [
    "Even at 3 mA cm−2, the coated electrode keeps an overpotential of 28 mV for 750 h.",
    "The hysteresis of the uncoated electrode climbs above 90 mV after 750 h.",
])
def test_extract_a_duration_over_which_a_voltage_trace_is_told_is_a_lifespan(read, text):
    """A symmetric cell's overpotential, hysteresis or polarization is read while it cycles: a duration told with it,
    with no other cue, is how long the cell ran."""
    assert ("Lifespan", 750.0) in [(p, v) for p, v, _, _ in read(text)]


@pytest.mark.parametrize("text", [
    "The coated foils were then rolled to 40 μm in a dry room.",
    "The alloy strips were pressed to a thickness of 40 μm and punched into discs.",
])
def test_extract_the_size_a_making_step_brings_a_piece_to_is_its_thickness(read, text):
    """A methods sentence about making things drops their figures as a recipe's, but the size a step brought the
    piece to ("rolled to 40 μm") is what the piece is afterwards."""
    assert ("Thickness", 40000.0) in [(p, v) for p, v, _, _ in read(text, section=("2. Experimental Section",))]


def test_extract_a_temperature_a_step_reaches_stays_a_recipe(read):
    assert read("The foils were heated to 300 °C in argon.", section=("2. Experimental Section",)) == []


def test_extract_a_methods_size_told_as_thick_after_a_space_is_the_piece_s(read):
    """"giving a film ca. 60 nm thick": a methods sentence about making something states what it is; "thick" after
    the unit marks the size as the piece's, with a space as much as with a hyphen ("60 nm-thick")."""
    found = read("SnF2 was evaporated onto Cu foil for 5 min, giving a film ca. 60 nm thick.", section=("2 Experimental",))
    assert [(p, v) for p, v, _, _ in found] == [("Thickness", 60.0)]


def test_extract_a_percentage_of_it_retained_in_the_passive_is_a_retention(read):
    """"… a capacity of 141 mAh g−1, and 91.2% of it is retained after 400 cycles": the cue comes after the figure, in
    the passive, about the thing the sentence named before."""
    found = read("The full cell delivers a capacity of 141 mAh g−1, and 91.2% of it is retained after 400 cycles.")
    assert ("CapacityRetention", 91.2) in [(p, v) for p, v, _, _ in found]


def test_extract_a_share_of_a_capacity_stated_before_is_its_retention(read):
    """"delivers 172 mAh/g at 1C and keeps 90.5% of it after 250 cycles": no retention word, but a share "of it" after
    a capacity the sentence stated is how much of that capacity the cell kept; a share of nothing stated is not."""
    found = [(p, v) for p, v, _, _ in read("The full cell delivers 172 mAh/g at 1C and keeps 90.5% of it after 250 cycles.")]
    assert ("CapacityRetention", 90.5) in found
    assert not [p for p, *_ in read("The layer covers 90.5% of it after drying.") if p == "CapacityRetention"]


def test_extract_a_sentence_that_names_no_property_states_the_one_announced_before(read):
    """The sentence before names the property with no figure of its own; the next one gives the figure bare."""
    found = read("We then measured the Coulombic efficiency of the hafnium-clad foil over 150 cycles. It gives 97.6%.")
    assert [(p, v) for p, v, _, _ in found] == [("CycleNumber", 150.0), ("CoulombicEfficiency", 97.6)]


def test_extract_a_cue_the_sentence_before_gave_a_figure_is_not_lent(read):
    """A cue already given its figure announces nothing: the bare percentage after stays no figure."""
    found = read("The Coulombic efficiency of the hafnium-clad foil was 97.6%. Of the cells, 40% were built in air.")
    assert [(p, v) for p, v, _, _ in found] == [("CoulombicEfficiency", 97.6)]


def test_extract_a_sentence_set_beside_the_one_before_states_its_property_of_another_thing(read):
    """"In contrast, …" says the same of another cell: its bare percentage is the property the sentence before
    gave a figure of."""
    found = read("Cells with the tungsten mesh kept a Coulombic efficiency of 98.2% after 300 cycles. In contrast, "
                 "cells with bare Cu dropped to 79.5% after 70 cycles.")
    assert [(p, v) for p, v, _, _ in found] == [("CoulombicEfficiency", 98.2), ("CycleNumber", 300.0),
                                                ("CoulombicEfficiency", 79.5), ("CycleNumber", 70.0)]


@pytest.mark.parametrize("text", [
    "The PXQ-7 felt keeps Li||Li cells running for 1300 h at 1 mA cm−2. At 4 mA cm−2 the gap widens: 520 h for the felt "
    "versus 35 h for bare Li.",
    "The PXQ-7 felt keeps Li||Li cells running for 1300 h at 1 mA cm−2. Raising the current to 4 mA cm−2 shortens both, "
    "520 h with the felt and 35 h without it.",
    "The PXQ-7 felt keeps Li||Li cells running for 1300 h at 1 mA cm−2. At 4 mA cm−2 the felt still gives 520 h "
    "compared with 35 h for bare Li.",
    # an arm whose name holds digits between the two figures is still a name, not a third figure
    "Symmetric cells of 2D Li–Cr2N keep running for 1300 h at 1 mA cm−2. Raised to 4 mA cm−2, they still give 520 h "
    "for 2D Li–Cr2N versus 35 h for bare Li.",
])
def test_extract_durations_set_against_each_other_go_on_with_the_lifespan_before(read, text):
    """Hours with no cue of their own, set against each other as the arms of a comparison, right after a sentence about
    lifespans: that sentence's property carries, as a bare percentage's does."""
    assert [v for p, v, _, _ in read(text) if p == "Lifespan"] == [1300.0, 520.0, 35.0]


@pytest.mark.parametrize("text, expected", [
    ("The PXQ-7 felt keeps Li||Li cells running for 1300 h. After resting for 24 h, both cells were opened.",
     [("Lifespan", 1300.0)]),
    ("The discharge plateau of the PXQ-7 felt lies at 0.35 V. Then at point ii (1.2 V) and point iii (0.04 V) the "
     "patterns change.", [("ElectrodePotential", 0.35)]),
])
def test_extract_a_lone_duration_or_another_unit_does_not_take_the_property_before(read, text, expected):
    """A lone hour after a lifespan is as often a step; volts side by side are as often points of one curve."""
    assert [(p, v) for p, v, _, _ in read(text)] == expected


@pytest.mark.parametrize("text", [
    "Esters are stable against lithium but oxidise above 4.3 V, while sulfones resist oxidation but wet separators poorly.",
    "Nitriles tolerate voltages up to 5.2 V but reduce readily on lithium, and linear carbonates oxidise near 4.4 V.",
])
def test_extract_a_review_s_potential_of_a_class_of_solvents_is_background(read, text):
    """"ethers oxidise above 4.1 V": a limit said of a class of solvents, the subject of its clause, is what the
    review recalls as general knowledge, no cited design's figure."""
    assert read(text, review=True) == []


def test_extract_a_review_s_potential_of_a_design_stays(read):
    found = read("The PXQ-7 electrolyte with added esters is stable up to 4.6 V.", review=True)
    assert [(p, v) for p, v, _, _ in found] == [("ElectrodePotential", 4.6)]


@pytest.mark.parametrize("sentence", ["In Li||Cu cells the tungsten-boride felt plated and stripped lithium at 97.9% "
                                      "over 200 cycles.",
                                      "Lithium plating/stripping on the PXQ-7 mesh ran at 98.4% for 300 cycles."])
def test_extract_a_percentage_over_cycles_of_plating_is_coulombic_efficiency(read, sentence):
    """A share of the lithium plated that comes back, over a number of cycles, with no cue: what a plating test
    measures is its Coulombic efficiency."""
    assert [p for p, _, _, _ in read(sentence)] == ["CoulombicEfficiency", "CycleNumber"]


@pytest.mark.parametrize("sentence", ["Paired with an LFP cathode, the PXQ-7 mesh kept 85% over 200 cycles.",
                                      "The plated PXQ-7 mesh retained 85% after 200 cycles.",
                                      "Plating on the PXQ-7 mesh was uniform, and 85% of its pores stayed open "
                                      "over 200 cycles."])
def test_extract_a_percentage_over_cycles_outside_a_plating_test_is_no_efficiency(read, sentence):
    assert "CoulombicEfficiency" not in [p for p, _, _, _ in read(sentence)]


def test_extract_bracketed_figures_of_a_list_share_the_cue_named_after_it(read):
    """Designs listed each with its figure in brackets, the property named once after the list."""
    found = read("Hosts such as a PXQ-7 foam (98.5%), a tungsten-boride sponge (97.9%) and a vanadium felt (99.0%) "
                 "all raised the Coulombic efficiency.", review=True)
    assert [(p, v) for p, v, _, _ in found] == [("CoulombicEfficiency", 98.5), ("CoulombicEfficiency", 97.9),
                                                ("CoulombicEfficiency", 99.0)]


def test_extract_one_bracketed_figure_does_not_take_a_cue_after_it(read):
    assert read("A PXQ-7 foam (45%) was cycled, and the Coulombic efficiency was stable.") == []


def test_extract_a_digit_that_opens_a_name_is_no_ratio_figure(read):
    """"the 3DWB||NCM811 cell": the 3 of a name written after a ratio's cue is no N/P ratio."""
    found = read("At an N/P ratio of 2, the 3DWB||NCM811 cell delivered 188 mAh g−1.")
    assert [(p, v) for p, v, _, _ in found] == [("NPRatio", 2.0), ("SpecificCapacity", 188.0)]


def test_extract_a_change_set_against_nothing_is_the_figure_its_cue_names(read):
    """"shrinkage …, with a reduction of 31% at 150 °C": the shrinkage itself, not a change against another figure."""
    found = read("The PE film showed shrinkage at 130 °C, with a marked reduction of 31% at 150 °C.")
    assert ("ThermalShrinkage", 31.0) in [(p, v) for p, v, _, _ in found]


@pytest.mark.parametrize("text", [
    "At 5 mA cm−2 the cells last 600 h for the PXQ film and 40 h for bare Li.",
    "At 5 mA cm−2 the PXQ cells last 600 h versus 40 h for bare Li.",
])
def test_extract_a_figure_set_against_the_one_before_reports_its_property(read, text):
    """"600 h for A and 40 h for B": the second figure has no cue of its own, but set against the first in the same
    unit it reports the same property."""
    assert [(p, v) for p, v, _, _ in read(text) if p == "Lifespan"] == [("Lifespan", 600.0), ("Lifespan", 40.0)]


def test_extract_the_heating_a_shrinkage_is_measured_by_is_its_condition(read):
    """"After heating at 150 °C for 30 min, the film shrank by 38%": heating is the thermal test itself, so its
    temperature is kept as the test's condition (the heating time stays out, as any step's time)."""
    found = [(p, v) for p, v, _, _ in read("After heating at 150 °C for 30 min, the aramid film shrank by 38%.")]
    assert found == [("Temperature", 150.0), ("ThermalShrinkage", 38.0)]
    assert read("The aramid film was heated at 150 °C for 30 min.") == []


@pytest.mark.parametrize("text, expected", [
    ("The tungsten-boride film has a sheet resistance of 12 Ω sq−1.", [("SheetResistance", 12.0, "Ω sq-1", "=")]),
    ("The PXQ-7 coating on the separator shows 30 Ω/sq.", [("SheetResistance", 30.0, "Ω sq-1", "=")]),
    ("The boride film shows a resistance of 8 ohm per square.", [("SheetResistance", 8.0, "Ω sq-1", "=")]),
    ("The boride film has a sheet resistance of 15 Ω/□.", [("SheetResistance", 15.0, "Ω sq-1", "=")]),
    # written in bare ohms, its cue names it still; never a cell's resistance
    ("The sheet resistance of the boride film is 3 kΩ.", [("SheetResistance", 3000.0, "Ω sq-1", "=")]),
    ("The PXQ-7 electrode has an interfacial resistance of 30 Ω and a sheet resistance of 2 Ω sq−1.",
     [("CellResistance", 30.0, "Ω", "="), ("SheetResistance", 2.0, "Ω sq-1", "=")]),
])
def test_extract_a_sheet_resistance_is_no_cell_resistance(read, text, expected):
    """Ohms per square of a film ("Ω sq−1", "Ω/sq", "ohm per square") are its own kind of figure: how well the film
    spreads current, not how a cell resists it."""
    assert read(text) == expected


def test_extract_a_capacity_per_square_centimetre_is_no_sheet_resistance(read):
    assert read("Symmetric cells with the boride film cycle at 1 mA cm−2 and 2 mAh per square centimetre.") == [
        ("CurrentDensity", 1.0, "mA cm-2", "="), ("ArealCapacity", 2.0, "mA h cm-2", "=")]


def test_extract_a_share_of_capacity_per_cycle_is_a_decay_rate(read):
    """"loses 0.04% of its capacity per cycle": "per cycle" right after the share's cue makes it a rate of fading,
    where "keeps 91% of its capacity" is what is retained."""
    assert read("The boride-coated anode loses only 0.04% of its capacity per cycle.") == [
        ("CapacityDecayRate", 0.04, "%", "=")]
    assert read("The boride-coated anode keeps 91% of its capacity.") == [("CapacityRetention", 91.0, "%", "=")]


@pytest.mark.parametrize("text, expected", [
    ("The lithium–sulfur cell with the PXQ-7 interlayer ran at an E/S ratio of 5 μL mg−1.",
     [("ElectrolyteToSulfurRatio", 5.0, "μL mg-1", "=")]),
    ("The lithium–sulfur cell with the PXQ-7 interlayer ran at a lean E/S ratio of 3.5 μL mgS−1.",
     [("ElectrolyteToSulfurRatio", 3.5, "μL mg-1", "=")]),
    ("The PXQ-7 interlayer gives 1150 mAh gS−1.", [("SpecificCapacity", 1150.0, "mA h g-1", "=")]),
])
def test_extract_an_electrolyte_to_sulfur_ratio_and_units_per_mass_of_sulfur(read, text, expected):
    """Lithium–sulfur papers give the electrolyte per milligram of sulfur, a condition of its own, and write a mass
    of sulfur with its symbol ("mgS", "gS")."""
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nucleation overpotential (mV): 21 for the QV-2 film and 58 for bare Cu.",
     [("Overpotential", 21.0, "mV", "="), ("Overpotential", 58.0, "mV", "=")]),
    ("The voltage hysteresis values (mV) of QV-2 and bare Cu are 19 and 64, respectively.",
     [("VoltageHysteresis", 19.0, "mV", "="), ("VoltageHysteresis", 64.0, "mV", "=")]),
    # the figure with a unit of its own keeps it; a count of things after its number is no figure in the bracket's
    ("Lifespan (h) at 3 mA cm−2: 1100 for QV-2 and 150 for bare Cu, each for 40 cycles.",
     [("CurrentDensity", 3.0, "mA cm-2", "="), ("Lifespan", 1100.0, "h", "="), ("Lifespan", 150.0, "h", "="),
      ("CycleNumber", 40.0, "cycles", "=")]),
    # a bracket that is no unit of the property before it gives no number a unit
    ("The overpotential (see panel b) of cells 1 and 2 is low.", []),
    ("Nucleation overpotential (h): 21 for QV-2.", []),
])
def test_extract_a_unit_in_brackets_after_a_property_s_name_is_the_unit_of_the_bare_numbers_after_it(read, text,
                                                                                                   expected):
    """"Overpotential (mV): 21 for A and 58 for B": results written as a labelled list give the unit once, in brackets
    after the property's name, and the numbers bare; each number is a figure in that unit."""
    assert read(text) == expected


def test_a_swelling_is_a_dimension_change_and_a_swelling_ratio_an_uptake(make_document, nlp):
    """"X swells by only 4% during plating": how much an electrode's size changes, said by the verb; "the swelling ratio
    of the gel is 230%": how much electrolyte a membrane takes up, the ratio a membrane's swelling is measured by."""
    from pipeline.extract import extract
    from pipeline.ontology import local_name
    paragraphs = [(("3 Results",), "The Li–CNT composite anode swells by only 4% during plating."),
                  (("3 Results",), "The swelling ratio of the Li–CNT gel separator is 230%.")]
    found = {(local_name(m.property), m.value) for m in extract(make_document(paragraphs, review=False,
                                                                                title="A Li–CNT composite"), nlp).measurements}
    assert ("DimensionVariation", 4.0) in found and ("ElectrolyteUptake", 230.0) in found


def test_extract_a_fibre_word_modifying_a_whole_gives_no_diameter(read):
    """"a copper–silver nanowire foam pressed to 80 µm": a fibre's word before the head noun of the whole says what the
    whole is made of, so a length said of the whole is no fibre diameter; "nanowires of 90 nm" still is one."""
    assert [p for p, *_ in read("We press a copper–silver nanowire foam to 80 µm before use.")] == []
    assert [p for p, *_ in read("The silver nanowires of 90 nm cover the foam.")] == ["FiberDiameter"]


def test_extract_a_fibre_word_before_electrode_names_the_whole(read):
    """"a boron nitride nanofiber electrode of 240 µm": an electrode is a whole, not a fibre (the fibre heads are a
    list of words, so no head is taken for a rod because its spelling holds those letters)."""
    assert "FiberDiameter" not in [p for p, *_ in read("A boron nitride nanofiber electrode of 240 µm was punched.")]
