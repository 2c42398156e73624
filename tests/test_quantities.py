"""The pure quantity parser: numbers, lists, ranges, powers of ten, bounds and units (made-up text)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.quantities import (
    bracketed_unit_quantities,
    change_start,
    find_quantities,
    repair_unit,
    unit_follows,
)


def found(text):
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text)]


def only(text):
    quantities = list(find_quantities(text))
    assert len(quantities) == 1, quantities
    return quantities[0]


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("a capacity of 900 mA h g−1 here", 900, "mA h g-1", "="),
    ("efficiencies above 99%.", 99, "%", ">"),
    ("an ionic conductivity of 7.81 × 10−2 mS cm−1.", 0.0781, "mS cm-1", "="),
    ("only 4.0 × 10−5 mA cm−2, ten", 4e-5, "mA cm-2", "="),
    ("kept ≈20% of it", 20, "%", "~"),
    ("a change (≈ 20\\%) in volume", 20, "%", "~"),
    ("for more than 300 h of cycling", 300, "h", ">"),
    ("Over 100 cycles later", 100, "cycles", ">"),
    ("up to 10 mA cm−2", 10, "mA cm-2", ">="),
    ("less than 1% of it", 1, "%", "<"),
    ("a diffusivity of 2.4 x 10^-9 cm2 s−1", 2.4e-9, "cm2 s-1", "="),
    ("heated at 140°C for", 140, "°C", "="),
    ("an angle of 102°, so", 102, "°", "="),
    ("cycled at 0.5 C for", 0.5, "C", "="),
    ("a resistance of 1.7 \u2126 for", 1.7, "Ω", "="),          # the ohm sign, as some fonts encode it
    ("a spacing of 3.4 \u212b between", 3.4, "Å", "="),         # the angstrom sign
    ("cycled at 60 oC and", 60, "°C", "="),                      # a degree typed as a raised o
    ("plated at 2 mA cm−1 for", 2, "mA cm-2", "="),              # a current per length: per area is meant
    ("a capacity of 3 mAh cm−1 was", 3, "mA h cm-2", "="),
    ("a capacity of 612.4 mAh g− 1 was", 612.4, "mA h g-1", "="),  # a space between the minus and its power
    ("cycled for 1 000 h at", 1000, "h", "="),                   # thousands grouped by a space ...
    ("after 2\u2009500 cycles,", 2500, "cycles", "="),           # ... or the thin space journals print
    ("cycled under 2.0 MPa at", 2.0, "MPa", "="),                # the load a cell is held under, no bound
    ("a size under 50 nm", 50, "nm", "<"),
])
def test_quantities_value_unit_qualifier(text, value, unit, qualifier):
    q = only(text)
    assert (q.value, q.unit, q.qualifier) == (pytest.approx(value), unit, qualifier)


def test_quantities_numbers_apart_are_not_one_grouped_number():
    assert found("at 1 and 2 mA cm−2 for 12 345 h") == [(1, "mA cm-2", "="), (2, "mA cm-2", "="), (12345, "h", "=")]


def test_quantities_range_gives_both_ends():
    assert found("at 1–3 mA cm−2 and") == [(1.0, "mA cm-2", "="), (3.0, "mA cm-2", "=")]


def test_quantities_range_with_to_gives_both_ends():
    assert found("rose from 196 to 226 mV after") == [(196.0, "mV", "="), (226.0, "mV", "=")]


def test_quantities_a_change_through_a_list_gives_every_figure_the_unit():
    """"from A to B and C unit": the "to" another item follows is a list's separator, so A keeps its unit; a range
    with nothing after it stays a range (its first end carries the other)."""
    assert found("sulfur contents drop from 7.3 to 4.6 and 1.2 wt% as") == [
        (7.3, "wt%", "="), (4.6, "wt%", "="), (1.2, "wt%", "=")]
    assert [(q.value, q.high) for q in find_quantities("drop from 7.3 to 4.6 wt% as")] == [(7.3, 4.6), (4.6, None)]


def test_quantities_list_shares_the_last_unit():
    assert found("values of 0.8, 0.9 and 1.9 mS cm−1 for") == [
        (0.8, "mS cm-1", "="), (0.9, "mS cm-1", "="), (1.9, "mS cm-1", "=")]


def test_quantities_list_of_negative_values():
    assert found("energies of −1.5 and −4.2 eV on") == [(-1.5, "eV", "="), (-4.2, "eV", "=")]


def test_quantities_two_figures_joined_by_a_slash():
    assert found("at 2 mA cm−2/3 mA h cm−2.") == [(2.0, "mA cm-2", "="), (3.0, "mA h cm-2", "=")]
    # the power set as a superscript glyph before the slash ends a unit, as a digit does
    assert found("at 2 mA cm-²/3 mA h cm-².") == [(2.0, "mA cm-2", "="), (3.0, "mA h cm-2", "=")]
    assert found("at 2 mA cm²/3 mA h cm⁻².")[1] == (3.0, "mA h cm-2", "=")


def test_quantities_ignore_formula_digits():
    assert list(find_quantities("Li3PO4 and Al2O3 coatings in 3D")) == []


@pytest.mark.parametrize("text", ["as in Figure 2C and", "the 1980s saw", "(Table 3) shows", "Eq. 4 s"])
def test_quantities_ignore_labels_and_decades(text):
    assert list(find_quantities(text)) == []


def test_quantities_skip_a_power_of_ten_the_pdf_lost():
    assert list(find_quantities("a value of 4.1 × 10– cm2 s–1 for")) == []


def test_quantities_stray_dash_before_a_number_is_not_a_sign():
    assert found("that of–42 mV for") == [(42.0, "mV", "=")]


def test_quantities_glued_units():
    assert found("coated at 0.6mgcm⁻² and dried 12h") == [(0.6, "mg cm-2", "="), (12.0, "h", "=")]


@pytest.mark.parametrize("written, repaired", [
    ("mA cm–", "mA cm-2"), ("mS cm–", "mS cm-1"), ("mAh g–", "mAh g-1"), ("mA h cm 2", "mA h cm-2"),
    ("mS cm 1", "mS cm-1"), ("mg cm2", "mg cm-2"), ("mAh g", "mAh g-1"), ("cm2 s–", "cm2 s-1"),
    ("mV", "mV"), ("mgcm⁻²", "mg cm⁻²"),
    ("mA h g¹", "mA h g-1"), ("mA cm²", "mA cm-2"), ("m² g⁻¹", "m² g⁻¹"),     # a superscript power lost its minus
])
def test_quantities_repair_unit_restores_lost_powers(written, repaired):
    assert repair_unit(written) == repaired


def test_quantities_unit_follows_a_number():
    text = "values 12 mV and 0.4 for"
    assert unit_follows(text, text.index("12") + 2)
    assert not unit_follows(text, text.index("0.4") + 3)


ODD = "0123456789 .,−–-×x%°mAhcgSVμ()[]/⁻²¹ab CsLiOveraboutupto≈~<>"


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(ODD)), max_size=60))
def test_quantities_never_raise_on_odd_text(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.parametrize("text, unit", [("0.001 Wh/L", "Wh L-1"), ("4 mg/mL", "mg mL-1"), ("3 mS/cm", "mS cm-1"),
                                        ("2 mA/cm²", "mA cm-2"), ("1 mA/cm– lost", "mA cm-2")])
def test_quantities_slash_denominator_is_a_negative_power(text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize("text, unit", [("42 mV per decade", "mV dec-1"), ("155 mAh per gram", "mA h g-1"),
                                        ("2 mA per square centimetre", "mA cm-2"), ("3 mA per\nsquare centimeter", "mA cm-2"),
                                        ("2 mA per cm2", "mA cm-2"), ("4 μL per mAh", "μL mA-1 h-1")])
def test_quantities_a_denominator_after_the_word_per(text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize("text, unit", [("plated 1 mAh cm−2 per cycle", "mA h cm-2"), ("lost 0.02% per cycle", "%"),
                                        ("2 mA per the PXQ-7 cell", "mA")])
def test_quantities_per_with_no_unit_after_it_leaves_the_unit_alone(text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize("text, value, unit", [("a CE of 99.8 percent over", 99.8, "%"), ("ran for 60 days at", 60, "day"),
                                               ("held for 1 day", 1, "day")])
def test_quantities_percent_and_days_in_words(text, value, unit):
    assert (only(text).value, only(text).unit) == (value, unit)


def test_quantities_list_items_may_each_carry_an_approximate_sign():
    found = list(find_quantities("were ~8 and ~5 μm, respectively"))
    assert [(q.value, q.unit) for q in found] == [(8.0, "μm"), (5.0, "μm")]


def test_quantities_a_rate_written_as_a_fraction_of_1c_is_that_fraction():
    """"C/10" is a tenth of 1C, never 10 C; the number after the slash is no figure of its own."""
    assert [(round(v, 3), u) for v, u, _ in found("cycled at C/10 and then at 1C, or at C / 4")] == [
        (0.1, "C"), (1.0, "C"), (0.25, "C")]
    assert found("LiC/6 graphite") == []


def test_quantities_two_figures_set_against_each_other_share_the_unit():
    assert [(v, u) for v, u, _ in found("(21 vs. 48 mV) and 3 versus 5 h")] == [
        (21.0, "mV"), (48.0, "mV"), (3.0, "h"), (5.0, "h")]


@pytest.mark.parametrize("text, value", [
    ("the spacing widened from 3.41 in the pristine film to 3.52 Å in the annealed film", 3.41),
    ("the pore size grew from ~40 for bare foam to 65 nm for the etched foam", 40),
    ("the modulus rose from 1.2 on the uncoated foil to 3.4 and 5.1 GPa on the coated foils", 1.2),
])
def test_quantities_a_change_across_two_things_writes_the_unit_once(text, value):
    """"from 3.41 in A to 3.52 Å in B": the figure the change starts from has the unit of the one it ends at."""
    end = next(q for q in find_quantities(text))
    start = change_start(text, end)
    assert start is not None and (start.value, start.unit) == (value, end.unit)
    assert text[start.start:start.end].lstrip("~") == start.text


@pytest.mark.parametrize("text", [
    "the capacity rose from 2 to 5 mA h cm−2",                      # a range: the parser reads both ends
    "the overpotential fell from 2019 to 35 mV",
    "the yield went from 3 in 2019 to 15% in 2021",                 # a year is no thing measured
    "from 4 cells; the average was 12 mV",
])
def test_quantities_no_change_start_without_a_thing_between(text):
    ends = [q for q in find_quantities(text)]
    assert all(change_start(text, q) is None for q in ends)


@pytest.mark.parametrize("text, expected", [
    ("Overpotential (mV): 18 for A and 65 for B.", [(18, "mV"), (65, "mV")]),
    ("Lifespan (h) of A and B: 900 and 120, respectively; CE (%) 99.1 and 93.4.",
     [(900, "h"), (120, "h"), (99.1, "%"), (93.4, "%")]),
    # names, labels, ranges, ratios and counts hold numbers that are none of the bracket's figures
    ("Overpotential (mV) of NCM811 cells 1–3 at a 1:2 ratio over 300 cycles (Figure 4): 18.", [(18, "mV")]),
    # an equation that defines the measure, and its number in brackets, hold none
    ("S0 − S Shrinkage (%) = × 100% (1) S0", []),
    ("CE (%) of A (1) and B (2): 98.1 and 93.5.", [(98.1, "%"), (93.5, "%")]),
])
def test_quantities_a_bracketed_unit_gives_the_bare_numbers_after_it_its_unit(text, expected):
    got = bracketed_unit_quantities(text, [], lambda before, unit: unit in ("mV", "h", "%"))
    assert [(q.value, q.unit) for q in got] == expected


def test_quantities_a_bracket_the_words_before_do_not_name_as_a_unit_gives_none():
    assert not list(bracketed_unit_quantities("Overpotential (mV): 18 for A.", [], lambda before, unit: False))
    assert not list(bracketed_unit_quantities("Overpotential (mV): 18 mV for A.", [(20, 25)], lambda b, u: True))


@pytest.mark.parametrize("text, expected", [
    ("the cells ran over 4k cycles at 2 C", [(4000.0, "cycles", ">"), (2.0, "C", "=")]),
    ("a symmetric cell kept going for 2.5k h", [(2500.0, "h", "=")]),
    ("roughly 12K cycles in all", [(12000.0, "cycles", "~")]),
    ("ramped at 3K min−1 to 450 °C", [(3.0, "K min-1", "="), (450.0, "°C", "=")]),    # kelvin per minute, no thousand
])
def test_quantities_a_thousand_written_as_k_before_a_count_or_duration(text, expected):
    """"4k cycles", "2.5k h": a "k" glued to a number before a count or a duration is a thousand; before a rate it is
    still the kelvin of "3K min−1"."""
    assert found(text) == expected
