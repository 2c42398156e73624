"""Each registered component on a short made-up sentence: what it writes to its doc.spans key."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.nlp.components import long_form


def spans(nlp, text, key, read=lambda s: s.text):
    """What ``read`` makes of each span the pipeline writes to ``key`` (read while the Doc is alive)."""
    doc = nlp(text)
    return [read(s) for s in doc.spans[key]]


def figures(nlp, text):
    return spans(nlp, text, "quantity", lambda s: (s._.quantity.value, s._.quantity.unit, s._.quantity.qualifier))


def test_nlp_quantity_reads_every_figure_of_a_sentence(nlp):
    text = "The efficiency reached 97.4% at 3.0 mA cm−2 and 1.0 mA h cm−2 for more than 120 cycles."
    assert figures(nlp, text) == [(97.4, "%", "="), (3.0, "mA cm-2", "="), (1.0, "mA h cm-2", "="),
                                  (120.0, "cycles", ">")]


@pytest.mark.parametrize("text, found", [("a 90-nm-thick coating", [(90.0, "nm", "=")]),
                                         ("a 2.5-Ah pouch cell", [(2.5, "A h", "=")]),
                                         ("a 3-h soak at 60-°C", [(3.0, "h", "=")]),
                                         ("the 2-D film on NCM-811", [])])
def test_nlp_quantity_joined_to_its_unit_by_a_hyphen(nlp, text, found):
    """A size or a capacity written as one adjective ("a 90-nm-thick coating") is a figure; a hyphen before letters
    that are no unit ("2-D") joins no figure."""
    assert figures(nlp, text) == found


@pytest.mark.parametrize("text, found", [("cells that run for 1.5k h", [(1500.0, "h", "=")]),
                                         ("over 2k cycles at 4 kg of pressure", [(2000.0, "cycles", ">"),
                                                                                 (4.0, "kg", "=")])])
def test_nlp_quantity_counted_in_thousands_with_a_k(nlp, text, found):
    """"1.5k h", "2k cycles": a figure written in thousands with a 'k' glued to it is that many thousands; a 'k' that
    opens a unit ("4 kg") multiplies nothing."""
    assert figures(nlp, text) == found


def test_nlp_quantity_span_covers_the_bound(nlp):
    assert spans(nlp, "kept for over 600 h without failure", "quantity") == ["over 600 h"]


def test_nlp_quantity_power_of_ten(nlp):
    assert figures(nlp, "a conductivity of 7.81 × 10−2 mS cm−1 was") == [(pytest.approx(0.0781), "mS cm-1", "=")]


def test_nlp_quantity_list_gives_one_span_per_value(nlp):
    assert [v for v, _, _ in figures(nlp, "layers of 10 and 20 μm thickness")] == [10.0, 20.0]


@pytest.mark.parametrize("text", ["an efficiency of 97.3 ± 0.2% and an overpotential of 31 ± 4 mV",
                                  "an efficiency of 97.3% ± 0.2% and an overpotential of 31±4 mV",
                                  "an efficiency of 97.3 +/- 0.2 % and an overpotential of 31 +/− 4 mV",
                                  "an efficiency of (97.3 ± 0.2)% and an overpotential of (31 ± 4) mV"])
def test_nlp_quantity_error_bar_is_no_figure(nlp, text):
    """"97.3 ± 0.2%": the figure is 97.3, however the error bar is written (in brackets with it, the unit after them:
    "(31 ± 4) mV"); 0.2% is never a result."""
    assert figures(nlp, text) == [(97.3, "%", "="), (31.0, "mV", "=")]


@pytest.mark.parametrize("text, value, unit", [("a conductivity of (5.7 ± 0.6) × 10−5 S cm−1 at 30 °C", 5.7e-5, "S cm-1"),
                                               ("a diffusivity of (2.9 ± 0.1) × 10^-10 cm2 s−1 here", 2.9e-10, "cm2 s-1")])
def test_nlp_quantity_a_bracketed_figure_and_error_bar_share_the_power_after_them(nlp, text, value, unit):
    """"(5.7 ± 0.6) × 10−5 S cm−1": the figure is 5.7 × 10−5, not a range "10–5" read after the bracket."""
    assert figures(nlp, text)[0] == (pytest.approx(value), unit, "=")


def test_nlp_quantity_reads_a_signed_positive_figure(nlp):
    """"+0.31 V" beside "−0.12 V": the sign of a potential is written on either side of zero."""
    assert figures(nlp, "a reduction potential of +0.31 V and an onset at −0.12 V") == [(0.31, "V", "="), (-0.12, "V", "=")]


def test_nlp_quantity_ignores_bare_numbers_and_labels(nlp):
    assert figures(nlp, "Figure 3 shows 2 samples in 2016") == []


def test_nlp_cycle_count_reads_words_between_number_and_cycles(nlp):
    found = spans(nlp, "stable for over 1000 charge/discharge cycles here", "count",
                  lambda s: (s.text, s._.quantity.value, s._.quantity.qualifier))
    assert found == [
        ("over 1000 charge/discharge cycles", 1000.0, ">")]


@pytest.mark.parametrize("text, value", [("kept stable for seven hundred cycles", 700.0), ("for a hundred cycles", 100.0),
                                         ("over two thousand cycles", 2000.0), ("for three cycles", 3.0)])
def test_nlp_cycle_count_in_words_multiplies_its_hundreds(nlp, text, value):
    """An abstract that spells its counts ("seven hundred cycles") gives one number, never the bare "hundred"."""
    assert spans(nlp, text, "count", lambda s: s._.quantity.value) == [value]


@pytest.mark.parametrize("text", ["after 300 charge–discharge cycles", "after 300 charge‐discharge cycles"])
def test_nlp_cycle_count_reads_words_joined_by_any_dash(nlp, text):
    """PDFs join "charge–discharge" with an en dash or a hyphen glyph as often as with a hyphen-minus."""
    assert spans(nlp, text, "count", lambda s: s._.quantity.value) == [300.0]


@pytest.mark.parametrize("text, found", [("survived 1000+ cycles", ("1000+ cycles", 1000.0, ">=")),
                                         ("ran 1,200+ stable cycles", ("1,200+ stable cycles", 1200.0, ">="))])
def test_nlp_cycle_count_reads_a_plus_after_the_number_as_at_least(nlp, text, found):
    assert spans(nlp, text, "count", lambda s: (s.text, s._.quantity.value, s._.quantity.qualifier)) == [found]


def test_nlp_cycle_count_reads_ordinals(nlp):
    assert spans(nlp, "failed at the 96th cycle", "count", lambda s: s._.quantity.value) == [96.0]


def test_nlp_materials_formulas_match_case_sensitively(nlp):
    found = set(spans(nlp, "Li3PO4 on copper foil and rGO, not rgo", "material", lambda s: s.label_))
    assert found == {"Li3PO4", "Cu", "graphene"}


def test_nlp_structure_heads_match_multiword_heads(nlp):
    # the whole head is one span; a head word inside it ("collector", said alone for one) may match too
    assert [h for h in spans(nlp, "a 3D current collector with foam", "structure_head") if h != "collector"] == [
        "current collector", "foam"]


def test_nlp_property_cues_label_with_ontology_property(nlp):
    labels = dict(spans(nlp, "the capacity retentions and the tortuosity", "property_cue", lambda s: (s.text, s.label_)))
    assert labels["capacity retentions"] == "CapacityRetention"
    assert labels["tortuosity"] == "Tortuosity"


def test_nlp_property_cues_match_other_dashes(nlp):
    assert "ShortCircuitCycle" in spans(nlp, "a short‐circuit at once", "property_cue", lambda s: s.label_)


def test_nlp_abbreviation_split_by_the_tokenizer_is_read_whole(nlp):
    found = spans(nlp, "a gold-plated nickel mesh (Au/NM) host", "abbreviation", lambda s: (s.text, s.label_))
    assert found == [("gold-plated nickel mesh", "Au/NM")]


def test_nlp_abbreviations_find_long_form(nlp):
    found = spans(nlp, "a graphene-coated copper foam (GCF) host and polypropylene (PP) films", "abbreviation",
                  lambda s: (s.text, s.label_))
    assert found == [("graphene-coated copper foam", "GCF"), ("polypropylene", "PP")]


# How papers write long forms the plain Schwartz–Hearst window misses; each text is invented.
ABBREVIATION_CASES = {
    # the long form runs over "on" when nothing shorter spells the short form, never over "of" (a notion)
    "where-a-thing-sits": ("Tin nanosheets grown on carbon paper (SnNS@CP) and the mean free path of ions (MFPI)",
                           [("Tin nanosheets grown on carbon paper", "SnNS@CP")]),
    # a long form as long as its limit still runs over where the thing sits
    "long-form-and-place": ("a radially grown tin oxide nanorod array on nickel foil (RSn) for lithium",
                            [("radially grown tin oxide nanorod array on nickel foil", "RSn")]),
    # the short form names the decoration first, the long form the host first ("X coated with Y (Y@X)")
    "host-first": ("a copper foam coated with ZnO (ZnO@CF) and carbon paper loaded with tin nanosheets (SnNS@CP)",
                   [("copper foam coated with ZnO", "ZnO@CF"), ("carbon paper loaded with tin nanosheets", "SnNS@CP")]),
    # a formula after the compound's name: the name starts with its first element and ends like a salt's
    "salt-formula": ("adding potassium hexafluorophosphate (KPF6) and silver nitrate (AgNO3) to it",
                     [("potassium hexafluorophosphate", "KPF6"), ("silver nitrate", "AgNO3")]),
    # a short form of two words, a dimension or an element beside an acronym
    "two-word-short-form": ("a three-dimensional porous copper (3D PC) collector and three-dimensional nickel (3D Ni)",
                            [("three-dimensional porous copper", "3D PC"), ("three-dimensional nickel", "3D Ni")]),
    # a planar thing is the 2D one a 3D design is set against
    "planar-is-2d": ("a three-dimensional titanium mesh (3D TM) and a planar titanium mesh (2D TM)",
                     [("three-dimensional titanium mesh", "3D TM"), ("planar titanium mesh", "2D TM")]),
    # no shorter run of words spells ECL
    "what-it-holds": ("an electrolyte containing LiFSI and LiPO2F2 (ECL) and polypropylene (PP)",
                      [("electrolyte containing LiFSI and LiPO2F2", "ECL"), ("polypropylene", "PP")]),
    # the short form adds the lithium the layer sits on
    "layer-on-lithium": ("We protect lithium with a sulfide coating (SC-Li) and a polymer skin (Li@PS).",
                         [("sulfide coating", "SC-Li"), ("polymer skin", "Li@PS")]),
    # a size said between the name and its short form is no part of the name
    "size-between": ("Zinc grows a brittle oxide skin about 15 nm thick (BOS) and a tin film 2 μm wide (TF)",
                     [("brittle oxide skin", "BOS"), ("tin film", "TF")]),
    # past a place word the long form may run over the place, not over the clause that goes on after it
    "no-clause-past-a-place": ("Cobalt grains annealed in air became hollow carbon frameworks (CHF) for lithium", []),
    # a bracket the tokenizer split from a word is part of the name; a separate aside still ends the search
    "chemical-name-brackets": ("a tris(pentafluorophenyl) phosphine (TPFP) additive and a poly(vinyl alcohol) (PVA) "
                               "film (see below) of carbon fibres (CF)",
                               [("tris(pentafluorophenyl) phosphine", "TPFP"), ("poly(vinyl alcohol)", "PVA"),
                                ("carbon fibres", "CF")]),
}


@pytest.mark.parametrize("text, expected", list(ABBREVIATION_CASES.values()), ids=list(ABBREVIATION_CASES))
def test_nlp_abbreviation_long_forms_as_papers_write_them(nlp, text, expected):
    assert spans(nlp, text, "abbreviation", lambda s: (s.text, s.label_)) == expected


@pytest.mark.parametrize("words, short, size", [
    (["a", "solid", "electrolyte", "interphase"], "SEI", 3),
    (["the", "Coulombic", "efficiency"], "CE", 2),
    (["made", "of", "copper"], "XYZ", None),
    (["a", "gold-coated", "nickel", "foam"], "Au@NF", 3),       # an element short forms by its symbol
    (["tin-plated", "copper", "mesh"], "Sn-CM", 3),
    (["a", "three-dimensional", "nickel", "skeleton"], "3DNS", 3),   # a dimension as papers shorten it
    (["a", "MXene–silver", "aerogel"], "MAA", 2),              # an element's name after an en dash too
])
def test_nlp_long_form_spells_the_short_form(words, short, size):
    assert long_form(words, short) == size


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.sampled_from(list("0123456789 .,−–-×%°mAhcgSV()/⁻²LiCuPE≈~<>aboutover")), max_size=50))
def test_nlp_pipeline_never_raises_on_odd_text(nlp, text):
    doc = nlp(text)
    for key in ("quantity", "count", "compound_count", "material", "structure_head", "property_cue", "abbreviation"):
        assert all(0 <= s.start_char <= s.end_char <= len(text) for s in doc.spans[key])


@pytest.mark.parametrize("text, phrase", [
    ("The conducting PANI coating kept its shape.", "conducting PANI coating"),   # -ing modifies a head
    ("A 14 nm ALD-Al2O3 film protects it.", "ALD-Al2O3 film"),            # a size's unit is no modifier
    ("A thin layer formed by employing porous graphene in the cell.", "porous graphene"),  # verb before material
    ("Among various porous hosts, ours kept the most lithium.", "porous hosts"),   # no preposition or vague
    ("Across several carbon frameworks the plating was flat.", "carbon frameworks"),  # quantity opens a name
    ("The SnO2-coated NF (S-NF) absorbed molten sodium in 5 s.", "molten sodium"),  # "-ed" after a short form: a verb
    ("The carbon felt (CF-2) hosts molten lithium well.", "molten lithium"),       # "-s" after a short form: a verb
    ("At 3 mA cm−2 the TQ@NF holds molten lithium.", "molten lithium"),           # "-s" after a code: a verb
    ("Boride Nanowire Coatings Turn Polyolefin Separators into Pumps", "Polyolefin Separators"),   # a clause's verb
    ("A Nitride Buffer Lets a Chloride Pellet Face Copper Foil", "Copper Foil"),
    ("The sputtered garnet pellets makes molten lithium wet them.", "molten lithium"),  # "-s" after a plural head
    ("A vanadium-nitride framework stabilised molten lithium for a week.", "molten lithium"),  # "-ed" after a head
    ("Infusion into boride hosts produced Li–W composites.", "Li–W composites"),   # and before another head
    ("An alumina nanowire coated polyethylene separator was used.", "alumina nanowire coated polyethylene separator"),
    ("Zinc grains heated in argon leave porous carbon sheets behind.", "porous carbon sheets"),  # what a step leaves
    ("Tin seeds make MXene films take lithium evenly.", "MXene films"),     # a verb's bare form after a plural
])
def test_nlp_design_phrase_keeps_ing_modifiers_of_heads_only(nlp, text, phrase):
    from pipeline.mentions import sentence_mentions
    assert phrase in [p.text for p in sentence_mentions(nlp(text)).phrases]


@pytest.mark.parametrize("text, phrase", [
    ("Sulfolanes resist oxidation but wet polyolefin separators poorly.", "polyolefin separators"),
    ("The PXQ-7 film blocks electrons and guides molten lithium into the pores.", "molten lithium"),
    ("Glymes dissolve the salt well or coat boride hosts with thick films.", "boride hosts"),
])
def test_nlp_design_phrase_does_not_open_on_the_verb_after_and_or_but(nlp, text, phrase):
    """"… but wet separators poorly": after "and", "but" or "or" a verb sharing the clause's subject opens a
    predicate, so the name starts after it."""
    from pipeline.mentions import sentence_mentions
    phrases = [p.text for p in sentence_mentions(nlp(text)).phrases]
    assert phrase in phrases
    assert not [p for p in phrases if p.endswith(phrase) and p != phrase]


@pytest.mark.parametrize("text, counts", [
    ("31 compounds 9 compounds for both sides 12 compounds stable phases", [12.0]),    # a diagram's labels
    ("We kept 300 compounds and 12 candidates.", [300.0, 12.0]),
])
def test_nlp_counts_one_right_after_another_are_a_diagram_s_labels(nlp, text, counts):
    """"31 compounds 9 compounds …": counts with nothing between them are region labels the reader ran into the
    text; a count after words ("for both sides 12 compounds") is kept, as are counts joined in prose."""
    from pipeline.mentions import sentence_mentions
    assert [q.quantity.value for q in sentence_mentions(nlp(text)).quantities] == counts


def test_nlp_matchers_skip_only_sentences_they_cannot_match(nlp, sample_document):
    """The quantity and count components pass over a sentence without a digit (or without 'cycle', or
    without a counted noun): on every sentence of the sample review they find what their matchers find
    unfiltered, and on sentences made to test the filters' edges too (digits of other scripts, a spelled
    count, a counted noun in capitals or glued to its number)."""
    from spacy.util import filter_spans

    from pipeline.extract import document_sentences
    texts = [s.text for s in document_sentences(sample_document)] + [
        "It kept ٩٩.٥% over ۳۰۰ CYCLES.", "After three Cycles the film cracked.", "Cycling at 1 mA cm−2.",
        "The PXQ screen began with 412 COMPOUNDS.", "Of the 52 Borides, 7 passed.", "It kept 31 stable-candidates.",
        "A 3-compound blend of 40 nm flakes."]
    for doc in nlp.pipe(texts):
        for name in ("akg_quantity", "akg_cycle_count", "akg_compound_count"):
            component = nlp.get_pipe(name)
            unfiltered = filter_spans(component.matcher(doc, as_spans=True))
            assert [(s.start, s.end) for s in component.match(doc)] == [(s.start, s.end) for s in unfiltered]


@pytest.mark.parametrize("text, counts", [
    ("Among 412 compounds, we kept 31 candidates.", [("412 compounds", 412.0), ("31 candidates", 31.0)]),
    ("It began with 31 binary and 402 ternary compounds.", [("31 binary", 31.0), ("402 ternary compounds", 402.0)]),
    ("The set held 12 oxide compounds, 7 selenides, and 5 nitrides.",
     [("12 oxide compounds", 12.0), ("7 selenides", 7.0), ("5 nitrides", 5.0)]),
    ("We kept two compounds and 3 samples.", []),          # a count in words, or of samples, is no screen's figure
])
def test_nlp_compound_count_reads_each_number_of_a_list(nlp, text, counts):
    assert spans(nlp, text, "compound_count", lambda s: (s.text, s._.quantity.value)) == counts


@pytest.mark.parametrize("text, counts", [
    ("Out of 612 compounds, the screen kept 40 candidates (25 anodic, 19 cathodic, and 4 of them on both sides).",
     [("612 compounds", 612.0), ("40 candidates", 40.0), ("25 anodic", 25.0), ("19 cathodic", 19.0),
      ("4 of them on both sides", 4.0)]),
    ("We kept 300 compounds (12 binaries and 288 ternaries).",
     [("300 compounds", 300.0), ("12 binaries", 12.0), ("288 ternaries", 288.0)]),     # counts already, once
    ("We kept 40 candidates (Table 2).", [("40 candidates", 40.0)]),
    ("We kept 40 candidates (62%).", [("40 candidates", 40.0)]),                        # a share, not a part
    ("We kept 40 candidates (25 anodic and 80 more).", [("40 candidates", 40.0)]),      # no part outgrows the whole
])
def test_nlp_compound_count_reads_the_parts_a_count_is_broken_into(nlp, text, counts):
    """"40 candidates (25 anodic, 19 cathodic, …)": each part in the bracket is a count of the same things,
    with the words that say which part it is."""
    assert spans(nlp, text, "compound_count", lambda s: (s.text, s._.quantity.value)) == counts


def test_nlp_compound_count_takes_the_bound_before_it(nlp):
    assert spans(nlp, "more than 200 compounds", "compound_count", lambda s: s._.quantity.qualifier) == [">"]
