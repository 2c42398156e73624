import pytest

from pipeline.units import canonical_spelling, compatible, convert


@pytest.mark.parametrize("written, canonical", [
    ("mA cm−2", "mA cm-2"), ("mA/cm2", "mA cm-2"), ("mAh cm-2", "mA h cm-2"), ("mA h g−1", "mA h g-1"),
    ("mS cm⁻¹", "mS cm-1"), ("cycle", "cycles"),
])
def test_units_canonical_spelling(written, canonical):
    assert canonical_spelling(written) == canonical


@pytest.mark.parametrize("value, source, target, expected", [
    (0.13, "V", "mV", 130.0), (7.81e-2, "mS cm−1", "mS cm-1", 0.0781), (20, "μm", "nm", 20000.0),
    (1, "S cm-1", "mS cm-1", 1000.0), (2, "A m-2", "mA cm-2", 0.2), (1.5, "mAh cm-2", "mA h cm-2", 1.5),
])
def test_units_convert(value, source, target, expected):
    assert convert(value, source, target) == pytest.approx(expected)


def test_units_refuse_mixing_dimensions():
    assert not compatible("mA h cm-2", "mA h g-1")
    with pytest.raises(ValueError):
        convert(1, "h", "mV")
