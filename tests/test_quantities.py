import pytest

from pipeline.nlp.quantities import find_quantities


def only(text):
    found = list(find_quantities(text))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("a capacity of 900 mA h g−1 here", 900, "mA h g-1", "="),
    ("efficiencies above 99%.", 99, "%", ">"),
    ("an ionic conductivity of 7.81 × 10−2 mS cm−1.", 0.0781, "mS cm-1", "="),
    ("only 4.0 × 10−5 mA cm−2, ten", 4e-5, "mA cm-2", "="),
    ("kept ≈20% of it", 20, "%", "~"),
    ("for more than 300 h of cycling", 300, "h", ">"),
    ("up to 10 mA cm−2", 10, "mA cm-2", ">="),
])
def test_quantities_value_unit_qualifier(text, value, unit, qualifier):
    q = only(text)
    assert (q.value, q.unit, q.qualifier) == (pytest.approx(value), unit, qualifier)


def test_quantities_range_keeps_both_ends():
    q = only("at 1–3 mA cm−2 and")
    assert (q.value, q.high) == (1.0, 3.0)


def test_quantities_ignore_formula_digits():
    assert list(find_quantities("Li3PO4 and Al2O3 coatings in 3D")) == []
