import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cache import CACHE_ENV
from pipeline.units import _pint_convert, canonical_spelling, compatible, convert

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("written, canonical", [
    ("mA cm−2", "mA cm-2"), ("mA/cm2", "mA cm-2"), ("mAh cm-2", "mA h cm-2"), ("mA h g−1", "mA h g-1"),
    ("mS cm⁻¹", "mS cm-1"), ("cycle", "cycles"), ("mV/decade", "mV dec-1"), ("mV dec−1", "mV dec-1"),
])
def test_units_canonical_spelling(written, canonical):
    assert canonical_spelling(written) == canonical


@pytest.mark.parametrize("value, source, target, expected", [
    (0.13, "V", "mV", 130.0), (7.81e-2, "mS cm−1", "mS cm-1", 0.0781), (20, "μm", "nm", 20000.0),
    (1, "S cm-1", "mS cm-1", 1000.0), (2, "A m-2", "mA cm-2", 0.2), (1.5, "mAh cm-2", "mA h cm-2", 1.5),
    (0.12, "V dec-1", "mV dec-1", 120.0),
    # a molar energy is an energy per particle times Avogadro's number, both ways
    (61.2, "kJ mol-1", "eV", 0.6342933), (1, "eV", "kJ mol-1", 96.48533),
])
def test_units_convert(value, source, target, expected):
    assert convert(value, source, target) == pytest.approx(expected)


def test_units_refuse_mixing_dimensions():
    assert not compatible("mA h cm-2", "mA h g-1")
    assert not compatible("mV dec-1", "mV")           # a Tafel slope is no overpotential
    assert not compatible("mol L-1", "eV") and compatible("kJ mol-1", "eV")
    with pytest.raises(ValueError):
        convert(1, "h", "mV")


PAIRS = [("V", "mV"), ("μm", "nm"), ("S cm-1", "mS cm-1"), ("A m-2", "mA cm-2"), ("mA h g-1", "A h kg-1"),
         ("μA cm-2", "mA cm-2"), ("min", "h"), ("h", "mV"), ("furlongs", "m")]


def _answers(pairs):
    out = []
    for source, target in pairs:
        try:
            converted = convert(0.37, source, target)
        except ValueError as exc:
            converted = str(exc)
        out.append((compatible(source, target), converted))
    return out


def test_units_known_spellings_answer_without_pint_and_as_pint_does(tmp_path):
    """A process that meets only spellings an earlier one met answers from the cache, without loading
    pint, and every answer (a converted value to the last bit, or the error) is what pint gives."""
    script = ("import json, sys\n"
              "from tests.test_units import PAIRS, _answers\n"
              "print(json.dumps([_answers(PAIRS), 'pint' in sys.modules]))")
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                                      check=True, cwd=ROOT).stdout) for _ in range(2)]
    assert runs[0][1] and not runs[1][1]
    assert runs[0][0] == runs[1][0]
    pint_says = []
    for source, target in PAIRS:
        try:
            pint_says.append(float(f"{_pint_convert(0.37, source, target):.12g}"))
        except ValueError as exc:
            pint_says.append(str(exc))
    assert [converted for _, converted in runs[1][0]] == pint_says


def test_units_temperatures_convert_through_pint(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert convert(25, "°C", "K") == pytest.approx(298.15)
    assert convert(300, "K", "°C") == pytest.approx(26.85)
