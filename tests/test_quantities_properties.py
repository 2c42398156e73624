"""Property tests for quantity parsing: it never raises, and values survive parsing and unit normalisation.

Units come from the ontology (each property's canonical unit and the unit spellings it lists), written
the ways papers write them: Unicode minus, a slash, a middle dot, "mAh".
"""

import math
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.nlp.quantities import find_quantities
from pipeline.ontology import properties
from pipeline.units import canonical_spelling, compatible, convert

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CANONICAL = sorted({p.unit for p in properties().values() if p.unit != "1"})
SPELLINGS = sorted({u for p in properties().values() for u in (p.unit, *p.unit_cues) if p.unit != "1"})

# phrase before a number → the qualifier it means
QUALIFIED = {"": "=", "more than": ">", "above": ">", "at least": ">=", "less than": "<", "below": "<",
             "at most": "<=", "about": "~", "approximately": "~"}
LEADS = ["", "the cells reached", "a value of", "(", "with"]
TRAILS = ["", ".", ",", ")", " and then", " for the cell"]

# pieces a paper's sentence is made of, so random text reaches deep into the quantity grammar
PIECES = ["0", "1", "7", "10", "99", "999", "1,5", "2.5", ".", ",", " ", "×", "x", "10", "−", "-", "–", "~", "to",
          "mA", "cm", "−2", "⁻²", "/", "h", "g", "mAh", "%", "wt%", "V", "mV", "μm", "S", "GPa", "cycles", "°C",
          "more than", "up to", "≈", "≥", "<", "Li3PO4", "e", "E", "^", "·", "(", ")", "\n", "\u00a0"]


def _unicode_minus(s: str) -> str:
    return s.replace("-", "−")


def _slash(s: str) -> str:
    """'mA cm-2' → 'mA/cm2' (one unit with a negative power, last)."""
    match = re.fullmatch(r"(.+) ([A-Za-zμ]+)-(\d)", s)
    if not match or "-" in match.group(1):
        return s
    return f"{match.group(1)}/{match.group(2)}{'' if match.group(3) == '1' else match.group(3)}"


def _middle_dot(s: str) -> str:
    return s.replace(" ", "·")


def _mah(s: str) -> str:
    return s.replace("mA h", "mAh")


WRITINGS = [_unicode_minus, _slash, _middle_dot, _mah]


@st.composite
def written_unit(draw, units=CANONICAL):
    """A unit from the ontology, and one way a paper might write it."""
    canonical = draw(st.sampled_from(units))
    written = canonical
    for writing in draw(st.lists(st.sampled_from(WRITINGS), max_size=3, unique=True)):
        written = writing(written)
    return canonical, written


numbers = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("99999"), places=3, allow_nan=False)


@SETTINGS
@given(st.text())
@example("value 1 x 10999 mA here")            # an exponent too large for a float once raised OverflowError
@example("1" * 400 + " mA")
def test_quantities_never_raise_on_any_text(text):
    for quantity in find_quantities(text):
        assert math.isfinite(quantity.value)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_quantities_never_raise_on_sentence_like_text(text):
    for quantity in find_quantities(text):
        assert math.isfinite(quantity.value)
        assert text[quantity.start:quantity.end] == quantity.text
        assert canonical_spelling(quantity.unit) == quantity.unit      # a stored unit stays as it is


@SETTINGS
@given(numbers, written_unit(), st.sampled_from(sorted(QUALIFIED)), st.sampled_from(LEADS), st.sampled_from(TRAILS))
def test_quantities_round_trip_value_unit_and_qualifier(number, unit, phrase, lead, trail):
    canonical, written = unit
    number_text = f"{number.normalize():f}"
    text = " ".join(part for part in (lead, phrase, number_text, written) if part) + trail
    found = list(find_quantities(text))
    assert len(found) == 1, (text, found)
    quantity = found[0]
    assert quantity.value == pytest.approx(float(number_text), rel=1e-12)
    assert quantity.unit == canonical == canonical_spelling(written)
    assert quantity.qualifier == QUALIFIED[phrase]


@SETTINGS
@given(numbers, written_unit(SPELLINGS))
def test_quantities_normalise_to_the_canonical_unit_and_back(number, unit):
    spelling, written = unit
    value = float(number)
    quantity = next(iter(find_quantities(f"{number.normalize():f} {written}")))
    target = next(p.unit for p in properties().values() if spelling in (p.unit, *p.unit_cues))
    assert compatible(quantity.unit, target)
    normalised = convert(quantity.value, quantity.unit, target)
    assert convert(normalised, target, quantity.unit) == pytest.approx(value, rel=1e-9)


def test_quantities_superscript_exponents_are_read():
    quantity = next(iter(find_quantities("at 2 mA cm⁻² for")))
    assert quantity.unit == "mA cm-2"
