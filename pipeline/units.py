"""The one pint registry, and the spelling of units as AnodeKG prints them.

Papers write the same unit many ways ("mA cm−2", "mA/cm2", "mA cm^-2"); ``canonical_spelling``
turns each into one spelling ("mA cm-2"), and ``convert`` moves a value between two spellings
through pint. Quantities from two registries do not mix, so every caller goes through ``registry()``.

Importing pint and building its registry take about a third of a second, more than the NLP of a
short paper, while a paper's units are a few dozen spellings met again and again. So what pint says
of a spelling (its dimensions) and of a pair (the factor between them) is kept on disk
(``pipeline.cache``, keyed by this module and pint's version), and a process that meets only
spellings seen before never loads pint. The factor is the one pint multiplies by, so a value comes
out the same either way; temperatures, pint's only units with an offset, always go through pint.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.cache import read_entry, source_key, write_entry

if TYPE_CHECKING:
    import pint

UNIT_FACTS = "units.json"
OFFSET_DIMENSION = "[temperature]"     # degC and degF convert with an offset, not by a factor


@cache
def registry() -> pint.UnitRegistry:
    """The one pint registry, built on first use (it takes a quarter of a second, which commands that
    never convert a unit should not pay)."""
    import pint
    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("cycle = [cycle_count] = cycles")
    ureg.define("compound = [compound_count] = compounds")   # how many compounds a screen kept
    ureg.define("atom = [atom_count]")                        # "50 meV/atom": an energy per atom
    ureg.define("fraction = [] = unity")
    ureg.define("c_rate = [c_rate]")                         # "0.5 C": a rate relative to capacity, not coulombs
    ureg.define("weight_percent = [mass_fraction]")           # "5 wt%" is a recipe, never an efficiency
    ureg.define("volume_percent = [volume_fraction]")
    ureg.define("atomic_percent = [atom_fraction]")
    ureg.define("arc_degree = [plane_angle]")                 # a contact angle is not a dimensionless ratio
    # "118 mV dec−1": a Tafel slope's decade is a tenfold step of current, not pint's logarithmic decade
    ureg.define("current_decade = [current_decade]")
    # "12 Ω sq−1", "30 Ω/sq": a film's sheet resistance is ohms per square of its face, a resistance of no cell
    ureg.define("sheet_square = [sheet_square]")
    return ureg

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_DASHES = str.maketrans({"−": "-", "–": "-", "‐": "-", "‑": "-", "µ": "μ",
                         "\u2126": "Ω", "\u212b": "Å",            # the ohm and angstrom signs are the letters
                         "□": "sq"})                                # "Ω □−1": the square a sheet resistance is per

# unit symbols that pint spells differently
_PINT_NAMES = {"%": "percent", "h": "hour", "hr": "hour", "1": "unity", "Ω": "ohm", "°C": "degC",
               "°": "arc_degree", "wt%": "weight_percent", "vol%": "volume_percent", "at%": "atomic_percent",
               "μ": "micro", "C": "c_rate", "Å": "angstrom",
               "dec": "current_decade", "sq": "sheet_square"}


@lru_cache(maxsize=4096)
def canonical_spelling(raw: str) -> str:
    """One spelling per unit: 'mA/cm²', 'mA cm−2' and 'mA cm^-2' all become 'mA cm-2'. Kept a spelling at
    a time: the extraction asks it for every quantity it compares (a paper's thousand asks, a few dozen
    spellings), and each answer costs a dozen substitutions."""
    text = raw.translate(_SUPERSCRIPTS).translate(_SUBSCRIPTS).translate(_DASHES).replace("℃", "°C").strip()
    text = re.sub(r"^[oº]C$", "°C", text)          # "60 oC": a degree typed as a raised letter o
    text = text.replace("^", "").replace("·", " ").replace("*", " ")
    text = re.sub(r"\b(wt|vol|at)\s?\.?\s?%", r"\1%", text)
    text = re.sub(r"^per\s?cent$", "%", text)                  # "99.8 percent"
    text = re.sub(r"\bdays\b", "day", text)
    text = re.sub(r"\b(m|μ)?Ah(-\d)", r"\1A\2 h\2", text)     # "g Ah-1": the power is on both
    text = re.sub(r"/\s*(m|μ)?Ah\b", r" \1A-1 h-1", text)      # "μL/mAh", "g/Ah": the slash divides by both
    text = re.sub(r"\bmAh\b", "mA h", text)
    text = re.sub(r"\bAh\b", "A h", text)
    text = re.sub(r"\bμAh\b", "μA h", text)
    text = re.sub(r"\bdecades?\b", "dec", text)
    text = re.sub(r"\bohms?\b", "Ω", text)                          # "8 ohm per square" is "8 Ω sq-1"
    text = re.sub(r"\b(m?g)S(?=\b|-)", r"\1", text)                 # "μL mgS−1", "mAh gS−1": per mass of sulfur
    text = re.sub(r"\b(cycles?|hours?|hrs?)\b", lambda m: {"cycle": "cycles", "cycles": "cycles"}.get(
        m.group(1), "h"), text)
    # a/b^n → a b-n
    text = re.sub(r"\s*/\s*([A-Za-zμ]+)(-?\d*)",
                  lambda m: f" {m.group(1)}-{m.group(2).lstrip('-') or '1'}", text)
    text = re.sub(r"\b([A-Za-zμ]+)\s+(-\d)\b", r"\1\2", text)   # "cm -2" → "cm-2"
    text = re.sub(r"\b(cm|m|mm|g|kg|μm|nm)(2|3)\b", r"\1\2", text)  # keep positive powers as written
    return " ".join(text.split())


@lru_cache(maxsize=512)
def pint_expression(spelling: str) -> str:
    """Turn an AnodeKG spelling ('mA h cm-2') into an expression pint parses ('mA * hour * cm**-2')."""
    parts = []
    for token in canonical_spelling(spelling).split():
        if token in _PINT_NAMES:
            parts.append(_PINT_NAMES[token])
            continue
        match = re.fullmatch(r"([A-Za-zμΩ]+)(-?\d+)?", token)
        if not match:
            raise ValueError(f"not a unit: {spelling!r}")
        symbol, power = match.groups()
        symbol = _PINT_NAMES.get(symbol, symbol)
        if symbol.startswith("μ"):
            symbol = "micro" + _PINT_NAMES.get(symbol[1:], symbol[1:])
        parts.append(f"{symbol}**{power}" if power else symbol)
    return " * ".join(parts) if parts else "unity"


@cache
def unit(spelling: str) -> pint.Unit:
    """The pint unit for an AnodeKG spelling; ValueError when pint does not know it."""
    import pint
    try:
        return registry().parse_units(pint_expression(spelling))
    except (pint.errors.PintError, AttributeError, TypeError, SyntaxError) as exc:
        raise ValueError(f"unknown unit {spelling!r}") from exc


class _Facts:
    """What pint said of the spellings and pairs met so far, read from disk once and written back
    (merged with what other processes added meanwhile) whenever pint had to be asked."""

    def __init__(self) -> None:
        from importlib.metadata import version
        self.key = source_key([Path(__file__)], version("pint"))
        self.dimensions: dict[str, list | None] = {}
        self.factors: dict[str, float | str] = {}
        self._merge(read_entry(UNIT_FACTS, self.key))

    def _merge(self, data: bytes | None) -> None:
        try:
            stored = json.loads(data) if data else {}
            self.dimensions = {**stored.get("dimensions", {}), **self.dimensions}
            self.factors = {**stored.get("factors", {}), **self.factors}
        except (ValueError, AttributeError):   # an unreadable entry is rewritten, never fatal
            pass

    def save(self) -> None:
        self._merge(read_entry(UNIT_FACTS, self.key))
        write_entry(UNIT_FACTS, self.key, json.dumps({"dimensions": self.dimensions, "factors": self.factors},
                                                     ensure_ascii=False, sort_keys=True).encode())


@cache
def _facts() -> _Facts:
    return _Facts()


def _dimensions(spelling: str) -> list | None:
    """pint's dimensions of a spelling as sorted [name, power] pairs; None when pint does not know it."""
    facts = _facts()
    if spelling not in facts.dimensions:
        try:
            found = sorted([name, float(power)] for name, power in unit(spelling).dimensionality.items())
        except ValueError:
            found = None
        facts.dimensions[spelling] = found
        facts.save()
    return facts.dimensions[spelling]


PER_MOLE = ["[substance]", -1.0]


def _per_entity(dimensions: list) -> list:
    """The dimensions of a molar figure taken per particle: "43 kJ mol−1" is an energy of each ion or molecule
    times Avogadro's number, so it reads in eV as well as any energy does."""
    return [d for d in dimensions if d != PER_MOLE]


def compatible(a: str, b: str) -> bool:
    """Whether values in unit ``a`` can be expressed in unit ``b`` (a molar figure in its per-particle unit too)."""
    dimensions, other = _dimensions(a), _dimensions(b)
    return dimensions is not None and other is not None and _per_entity(dimensions) == _per_entity(other)


def _factor(source: str, target: str) -> float | None:
    """What pint multiplies a value in ``source`` by to express it in ``target``; None for a conversion
    with an offset. ValueError when the two do not mix."""
    facts = _facts()
    key = f"{source}\t{target}"
    if key not in facts.factors:
        dimensions = _dimensions(source)
        if dimensions is not None and any(name == OFFSET_DIMENSION for name, _ in dimensions):
            return None
        try:
            facts.factors[key] = _pint_convert(1.0, source, target)
        except ValueError as exc:
            facts.factors[key] = str(exc)
        facts.save()
    found = facts.factors[key]
    if isinstance(found, str):
        raise ValueError(found)
    return found


def _pint_convert(value: float, source: str, target: str) -> float:
    import pint
    quantity = registry().Quantity(value, unit(source))
    avogadro = registry().Quantity(1, "avogadro_constant")
    for each in (quantity, quantity / avogadro, quantity * avogadro):   # as written; per particle; per mole
        try:
            return each.to(unit(target)).magnitude
        except pint.errors.DimensionalityError:
            continue
    raise ValueError(f"cannot express {source!r} as {target!r}")


def convert(value: float, source: str, target: str) -> float:
    """``value`` in ``source`` units, expressed in ``target`` units. ValueError when they do not mix."""
    if canonical_spelling(source) == canonical_spelling(target):
        return value
    factor = _factor(source, target)
    converted = _pint_convert(value, source, target) if factor is None else value * factor
    return float(f"{converted:.12g}")   # drop float noise such as 19999.999999999996
