"""Find quantities in text: a number (or range, or ×10ⁿ), a unit, and the qualifier before it.

Pure functions over strings, so they can be tested (and fuzzed) without a pipeline. The spaCy
component in ``components.py`` turns the results into spans.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pipeline.records import Quantity
from pipeline.units import canonical_spelling

MINUS = "−–\\-"
NUMBER = r"\d+(?:[.,]\d+)?(?:\.\d+)?"
SCI = rf"(?:\s?[×x]\s?10\s?[{MINUS}]?\s?\d+)"
UNIT_ATOM = (r"(?:[mμµnkM]?(?:Ah|Wh|A|V|S|Pa|W|g|L|Ω)|mAh|cm|mm|nm|μm|µm|um|m|h|hr|hrs|hours?|min|s|°C|K|mol|"
             r"wt\s?%|vol\s?%|at\s?%|%|cycles?|GPa|MPa|kPa)")
EXPONENT = rf"(?:\s?[{MINUS}]?\s?[1-4](?!\d|\.\d))"
UNIT = rf"(?:{UNIT_ATOM}{EXPONENT}?(?:(?:\s|\s?/\s?|·){UNIT_ATOM}{EXPONENT}?){{0,3}})"
QUALIFIERS = [
    (r"(?:more than|greater than|higher than|over|above|exceeding|beyond|in excess of)", ">"),
    (r"(?:at least|no less than|up to)", ">="),   # "up to" is the best reported, i.e. value is reached
    (r"(?:less than|lower than|below|under|fewer than)", "<"),
    (r"(?:at most|no more than)", "<="),
    (r"(?:about|approximately|around|nearly|almost|roughly|ca\.|circa|~|∼|≈)", "~"),
    (r"(?:>|≥)", ">"),
    (r"(?:<|≤)", "<"),
]
QUALIFIER = "|".join(f"(?P<q{i}>{pattern})" for i, (pattern, _) in enumerate(QUALIFIERS))
QUANTITY = re.compile(
    rf"(?:(?:{QUALIFIER})\s?)?"
    rf"(?P<value>[{MINUS}]?{NUMBER})(?P<sci>{SCI})?"
    rf"(?:\s?(?:[{MINUS}~]|to)\s?(?P<high>{NUMBER})(?P<high_sci>{SCI})?)?"
    rf"\s?(?P<unit>{UNIT})(?![A-Za-z0-9])",
    re.UNICODE)


def _number(text: str, sci: str | None) -> float:
    value = float(text.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", text) else text.replace(",", "."))
    if sci:
        exponent = re.search(rf"10\s?([{MINUS}]?)\s?(\d+)", sci)
        if exponent:
            sign = -1 if exponent.group(1) else 1
            value *= 10 ** (sign * int(exponent.group(2)))
    return value


def find_quantities(text: str) -> Iterator[Quantity]:
    """Every number-with-unit in ``text``, left to right. Never raises on odd input."""
    for match in QUANTITY.finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "./"):
            continue      # inside a word or a formula such as "Li3PO4" or "1/2"
        raw_value = match.group("value")
        try:
            value = _number(raw_value.translate(str.maketrans({"−": "-", "–": "-"})), match.group("sci"))
            high = _number(match.group("high"), match.group("high_sci")) if match.group("high") else None
        except (ValueError, OverflowError):     # OverflowError: an exponent such as "× 10999" (found by property tests)
            continue
        if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
            continue                            # hundreds of digits: not a reported figure
        qualifier = "="
        for i, (_, symbol) in enumerate(QUALIFIERS):
            if match.group(f"q{i}"):
                qualifier = symbol
                break
        unit = canonical_spelling(match.group("unit"))
        yield Quantity(value=value, unit=unit, qualifier=qualifier, start=match.start(), end=match.end(),
                       text=match.group(0), high=high)
