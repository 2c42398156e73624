"""Read quantities out of text: a number (or list, or range, or ×10ⁿ), a unit, and the bound before it.

Pure functions over strings, so they can be tested (and fuzzed) without a pipeline. The spaCy
component in ``components.py`` finds candidate spans with a token Matcher and hands each span's
text to ``find_quantities``; the rules for what a figure looks like live here once.

Units are returned in AnodeKG's spelling (``units.canonical_spelling``). A power the PDF lost
("mA cm–", "mS cm 1") is repaired from the unit's shape: areal for currents and capacities, per
length for conductivities, per mass and per second for the rest.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache

from pipeline.nlp.patterns import (
    DASH,
    DASHES,
    per_denominator_regex,
    per_denominators,
    qualifier_phrases,
    thousands_regex,
    unit_atoms,
)
from pipeline.records import Quantity
from pipeline.units import canonical_spelling, compatible

# "1,000", and "1 000" as journals that group thousands with a thin space print it (read as a space or kept)
NUMBER = r"(?<![\d,.])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,]\d)(?!\s?[×xX]\s?10)|\d+(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?"


def _sci(name: str) -> str:
    """'× 10−2', 'x10^-2', '× 10⁻²', or '× 10–' with the power lost (captured as empty)."""
    return (rf"(?:\s?[×xX]\s?10(?:\^?\s?(?P<{name}>[{DASH}]?\s?\d{{1,2}})|[⁻]?(?P<{name}_sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
            rf"|[{DASH}]?(?![\d]))?)")

_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
LIST_SEP = r"(?:\s?,\s?(?:and\s|or\s)?|\s(?:and|or|vs\.?|versus|against)\s)"


@cache
def _unit_regex() -> str:
    alone = [a for a in unit_atoms() if "%" in canonical_spelling(a) or a == "°"]   # never part of a compound unit
    atom = "|".join(re.escape(a) for a in unit_atoms() if a not in alone)
    power = rf"(?:\^?\s?[{DASH}]?\s?[1-4](?![\d.,]\d)(?!\d)|[⁻{DASH}]?[¹²³⁴]|[{DASH}](?![\w\d]))"
    single = "|".join(re.escape(a) for a in alone if a != "°") + "|°(?!\\w)"
    per = per_denominator_regex()         # "mAh per gram": a denominator in words
    return rf"(?:\\?(?:{single})|(?:{atom}){power}?(?:(?:\s|\s?/\s?|·|)(?:{atom}){power}?){{0,3}}(?:{per})?)"


@cache
def _qualifier_regex() -> str:
    phrases = sorted(qualifier_phrases(), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s") for p in phrases)


@cache
def quantity_regex() -> re.Pattern[str]:
    error = rf"(?:±|\+\s?/\s?[{DASH}])\s?(?:{NUMBER})"
    # "(3.2 ± 0.4) × 10−4 S cm−1": a figure and its error bar in brackets share the power of ten after them
    value = rf"(?P<open>\(\s?)?(?P<value>[{DASH}]?(?:{NUMBER}))(?(open)\s?{error}\s?\))(?P<sci>{_sci('exp')})?(?P<kilo>{thousands_regex()})?"
    item = rf"(?:[~∼≈]\s?)?[{DASH}]?(?:{NUMBER})"
    # "fall from 9.8 to 6.1 and 2.3 at%": a change through a list, one figure per member of a series; a "to" that
    # a further item follows is a separator of the list, where "from 1 to 4 C" alone stays a range
    to_listed = rf"\sto\s(?={item}{LIST_SEP}{item})"
    more = rf"(?P<more>(?:(?:{LIST_SEP}|{to_listed}){item})+(?P<msci>{_sci('mexp')})?)?"  # "2.3, 1.8 and 1.3 × 10−10 S", "~7 and ~6 μm"
    high = rf"(?:\s?(?:[{DASH}~]|to)\s?(?P<high>{NUMBER})(?P<high_sci>{_sci('hexp')})?)?"
    spread = rf"(?:\s?{error})?"      # "98.6 ± 0.3%": the error bar is no figure
    return re.compile(
        rf"(?:(?P<qual>(?i:{_qualifier_regex()}))\s?)?{value}{spread}{more}{high}"
        rf"\s?(?P<unit>{_unit_regex()})(?![A-Za-z0-9])",
        re.UNICODE)


def _per_area(unit: str) -> str:
    """"1 mA cm−1", "1 mAh cm−1": a current or capacity per length is reported nowhere in this field; the
    power was mistyped or its glyph misread, and per area is meant."""
    return re.sub(r"^((?:m|μ)?A(?: h)?) cm-1$", r"\1 cm-2", unit)


def _power(exp: str | None, sup: str | None) -> int | None:
    """The exponent of a '× 10ⁿ'; None when the PDF lost it ('× 10–')."""
    text = (exp or "") or (sup or "").translate(_SUPER_DIGITS)
    text = text.replace(" ", "").translate(str.maketrans({d: "-" for d in DASHES}))
    if not re.fullmatch(r"-?\d{1,2}", text):
        return None
    return int(text)


def _number(text: str) -> float:
    text = text.translate(str.maketrans({d: "-" for d in DASHES}))
    if re.fullmatch(r"-?\d{1,3}([,\s]\d{3})+", text):
        text = re.sub(r"[,\s]", "", text)
    return float(text)


_NUMERATOR = re.compile(r"^(?:m|μ|µ|n|k)?(?:A|Ah|Wh|S|g|W|C)$|^mAh$|^μAh$")


@cache
def _glued_atom_regex() -> re.Pattern[str]:
    atom = "|".join(re.escape(a) for a in unit_atoms())
    return re.compile(rf"(?:{atom})(?:\^?[{DASH}]?[1-4]|[⁻{DASH}]?[¹²³⁴]|[{DASH}])?")


def _split_glued(chunk: str) -> list[str]:
    """'mgcm⁻²' → ['mg', 'cm⁻²']; a chunk that is not all atoms is kept as written."""
    parts = [m.group(0) for m in _glued_atom_regex().finditer(chunk)]
    return parts if "".join(parts) == chunk and len(parts) > 1 else [chunk]


def per_as_slash(written: str) -> str:
    """'mAh per gram' → 'mAh/g', 'mA per square centimetre' → 'mA/cm2': the word "per" and a denominator in words
    written as the slash and symbol the rest of the reading knows."""
    return re.sub(per_denominator_regex(), lambda m: "/" + per_denominators()[" ".join(m.group().split()[1:])], written)


def repair_unit(written: str) -> str:
    """A unit whose power the PDF lost, made whole: 'mA cm–' → 'mA cm-2', 'mS cm 1' → 'mS cm-1'."""
    text = written.replace("\\", "").replace("□", "sq").strip()     # "Ω/□": ohms per square, as "Ω/sq"
    text = re.sub(rf"(?<=[A-Za-zμµ])\s?([{DASH}])\s(?=[1-4](?!\d))", r"\1", text)   # "g− 1", "cm − 2": one power
    # a denominator written with a slash is a negative power: "Wh/L" → "Wh L-1", "mA/cm2" → "mA cm-2"
    # (a lost power after the slash, "mA/cm–", is left to the lost-power rule below)
    text = re.sub(rf"\s?/\s?([A-Za-zμµ]+?)([1-4¹²³⁴]?)(?![\w{DASH}])",
                  lambda m: f" {m.group(1)}-{m.group(2).translate(_SUPER_DIGITS) or '1'}", text)
    parts = [p for chunk in re.split(r"\s+|(?<=\w)·|\s?/\s?", text) for p in _split_glued(chunk)]
    atoms = [re.sub(rf"[{DASH}]?\d$|[{DASH}]$|[⁻¹²³⁴]+$", "", p) for p in parts if p]
    conductance = any(a in {"S", "mS", "μS", "µS"} for a in atoms)
    fixed = []
    for i, part in enumerate(p for p in parts if p):
        atom = atoms[i]
        after_numerator = i > 0 and any(_NUMERATOR.match(a) for a in atoms[:i])
        if re.fullmatch(rf"\w+[{DASH}]", part):                      # lost power: "cm–", "g–", "s–"
            power = "-1" if atom in {"g", "s", "h", "K"} or (atom == "cm" and conductance) else "-2"
            fixed.append(atom + (power if atom in {"cm", "m", "mm"} else "-1"))
        elif i > 0 and re.fullmatch(r"[1-4]", part) and fixed:          # lost minus: "cm 2" → "cm-2"
            fixed[-1] = fixed[-1] + "-" + part
        elif after_numerator and re.fullmatch(r"(cm|m|mm|g)([1-4¹²³⁴])", part):   # "mA cm2", "mA h g¹": a lost minus
            fixed.append(re.sub(r"([1-4])$", r"-\1", part.translate(_SUPER_DIGITS)))
        elif after_numerator and part in {"cm", "g"} and i == len(atoms) - 1:   # "mAh g": the power lost
            fixed.append(part + ("-1" if part == "g" or conductance else "-2"))
        else:
            fixed.append(part)
    return " ".join(fixed)


LABEL_BEFORE = re.compile(r"(?:\b(?:Fig|Figs|Figure|Figures|Table|Tables|Eq|Eqs|Equation|Scheme|Ref|Refs|Section|Note)"
                          r"\.?|\bS\d+[:.]?|\(\s?\d+\s?\)\s?[A-Za-z]?)\s?(?:[A-Z]?\d+[a-z]?\s?[,–-]\s?)*$")


SPREAD_BEFORE = re.compile(r"(?:±|\+\s?/\s?[-−–])\s?$")        # "98.6% ± 0.3%": the second is the error bar


ASCII_DIGITS = "0123456789"          # str.isdigit also takes a power's superscript ("²") for a digit


def _inside_word(text: str, start: int) -> bool:
    """A number that is part of a word or formula ('Li3PO4', '3×2', '1/2'), not a figure."""
    if start == 0:
        return False
    before = text[start - 1]
    if before == "/":       # "1/2" is a fraction; "mA cm−2/1 mA h cm−2" and "mA cm-²/1 mA h" are two figures
        return start >= 2 and text[start - 2] in ASCII_DIGITS \
            and not re.search(rf"[A-Za-z][{DASH}]?\d$", text[:start - 1])
    return before.isalnum() or before in "._^×"


def _is_decade(match: re.Match[str]) -> bool:
    """'1970s' is a decade, not 1970 seconds."""
    return match.group("unit") == "s" and match.end("value") == match.start("unit") and \
        bool(re.fullmatch(r"1[89]\d0|20\d0", match.group("value")))


@cache
def _unit_follows_regex() -> re.Pattern[str]:
    return re.compile(rf"\s?(?:{_unit_regex()})(?![A-Za-z0-9])")


def unit_follows(text: str, at: int) -> bool:
    """Whether a unit starts at ``at`` (after at most one space): the number before it is a figure."""
    return bool(_unit_follows_regex().match(text, at))


PRESSURE = "MPa"
HELD_UNDER = "under"


def _qualifier(text: str | None, unit: str = "") -> str:
    """The bound a phrase before a figure gives it; "under" a pressure is the load a cell is held under ("cycled
    under 2 MPa"), no upper bound."""
    if not text:
        return "="
    phrase = " ".join(text.lower().split())
    if phrase == HELD_UNDER and unit and compatible(unit, PRESSURE):
        return "="
    return qualifier_phrases().get(phrase, "=")


C_FRACTION = re.compile(r"(?<![\w/])C\s?/\s?(?P<n>\d{1,3}(?:\.\d+)?)(?![\d.,]\d|\w)")   # "C/3": a third of 1C


# "from 9.8 in A to 9.9 Å in B": a change across two named things, the unit written once, after the second figure
FROM_ONE_TO_ANOTHER = re.compile(rf"\bfrom\s+(?:about\s+|[~∼≈]\s?)?(?P<value>{NUMBER})\s+(?:in|for|of|on|with|at)\s+"
                                 r"(?:the\s+|a\s+|an\s+)?[A-Za-z](?:(?!\bfrom\b)[^;:()])*?\s+to\s+(?:about\s+|[~∼≈]\s?)?$")


def change_start(text: str, end: Quantity) -> Quantity | None:
    """The figure a change starts from when only the figure it ends at (``end``, read from ``text``) carries
    the unit ("expanded from 9.712 in A to 9.788 Å in B"): the same unit, said once for both."""
    m = FROM_ONE_TO_ANOTHER.search(text, 0, end.start)
    if m is None or _inside_word(text, m.start("value")):
        return None
    return Quantity(value=_number(m.group("value")), unit=end.unit, start=m.start("value"), end=m.end("value"),
                    text=m.group("value"))


# a number joined to its unit by a hyphen, as one adjective ("a 180-nm-thick layer", "a 1.2-Ah pouch cell", "a
# 50-μm foil"): the hyphen stands where the space would (the tokenizer splits it off too); the unit pattern still
# decides what the letters are
UNIT_JOINED = re.compile(r"(?<=\d)[-‐‑](?=[A-Za-zμµ])")


# "Overpotential (mV): 18 for A and 65 for B", "The overpotentials (mV) of A and B are 18 and 65": a unit in brackets
# after a property's name, said once for the bare numbers that follow it in its clause
BRACKETED_UNIT = re.compile(r"(?<=[A-Za-z])\s?\((?P<unit>[^()\d,;=]{1,14}(?:[−–-]?\d)?(?:\s[^()\d,;=]{1,6}[−–-]?\d)?)\)")
# a number standing alone: not part of a name ("NCM811", "ZSC-2"), a range of labels ("cells 1–3"), a decimal's other
# half, a ratio ("1:2") nor a count of something named after it ("200 cycles")
BARE_NUMBER = re.compile(rf"(?<![\w.,:/@−–-])(?P<value>{NUMBER})(?![\w:/@−–-]|[.,]\d|\s?[%‰°])"
                         r"(?!\s+(?!(?:for|and|or|in|of|on|at|with|vs|versus|than|to|respectively|while|whereas|"
                         r"but)\b)[A-Za-zμµ])")


FORMULA_AFTER = re.compile(r"\s*[=≡]")


def bracketed_unit_quantities(text: str, taken: Iterable[tuple[int, int]],
                              names_unit: Callable[[str, str], bool]) -> Iterator[Quantity]:
    """The bare numbers after a unit in brackets that ``names_unit`` (the words before the bracket, the unit) says
    is a property's, each in that unit, up to the clause's end (a ";") or the next such bracket; ``taken``: the spans
    of figures that carry a unit of their own ("after 200 h"), which keep it."""
    spans = list(taken)
    brackets = [(m, unit) for m in BRACKETED_UNIT.finditer(text)
                if (unit := _per_area(canonical_spelling(repair_unit(per_as_slash(m.group("unit").strip())))))
                and names_unit(text[:m.start()], unit)]
    for i, (m, unit) in enumerate(brackets):
        if FORMULA_AFTER.match(text, m.end()):
            continue            # "Shrinkage (%) = (S0 − S)/S0 × 100% (1)": an equation that defines it, no figures
        clause = text.find(";", m.end())
        end = min(clause if clause >= 0 else len(text), brackets[i + 1][0].start() if i + 1 < len(brackets) else len(text))
        for n in BARE_NUMBER.finditer(text, m.end(), end):
            start, stop = n.span("value")
            if any(a < stop and start < b for a, b in spans) or _inside_word(text, start) or \
                    LABEL_BEFORE.search(text, 0, start) or text[start - 1:start] == "(" and text[stop:stop + 1] == ")":
                continue            # "(1)" alone in brackets numbers an equation or an item
            yield Quantity(value=_number(n.group("value")), unit=unit, start=start, end=stop, text=n.group("value"))


def find_quantities(text: str) -> Iterator[Quantity]:
    """Every number-with-unit in ``text``, left to right; a list or range gives one per number.

    Never raises on odd input. A value written with a power of ten the PDF lost is skipped, since
    its size cannot be known. A rate written as a fraction of 1C ("C/3", "C/10") is that fraction.
    """
    fractions = [m for m in C_FRACTION.finditer(text) if float(m.group("n")) > 0]
    masked = UNIT_JOINED.sub(" ", text)                 # "a 180-nm-thick layer", "a 1.2-Ah cell": 180 nm, 1.2 Ah
    for m in fractions:                                 # the 3 of "C/3" is no figure of its own
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    # each figure's text as the sentence writes it ("180-nm"), not as the hyphen-free copy read it
    yield from sorted([*(replace(q, text=text[q.start:q.end]) for q in _quantities(masked)),
                       *(Quantity(value=float(f"{1 / float(m.group('n')):.12g}"), unit=canonical_spelling("C"), start=m.start(),
                                  end=m.end(), text=m.group()) for m in fractions)], key=lambda q: q.start)


def _quantities(text: str) -> Iterator[Quantity]:
    for match in quantity_regex().finditer(text):
        start = match.start("value")
        value_text = match.group("value")
        if value_text[0] in DASHES and start > 0 and text[start - 1].isalpha():
            start, value_text = start + 1, value_text[1:]      # "that of–425 mV": a stray dash, not a sign
        if _inside_word(text, start) or LABEL_BEFORE.search(text, 0, start) or SPREAD_BEFORE.search(text, 0, start):
            continue
        unit = _per_area(canonical_spelling(repair_unit(per_as_slash(match.group("unit")))))
        if not unit or unit.startswith("-") or _is_decade(match):
            continue
        qualifier = _qualifier(match.group("qual"), unit)
        values: list[tuple[str, str | None, str | None, int, int]] = [
            (value_text, match.group("exp"), match.group("exp_sup"), start, match.end("value"))]
        sci = match.group("sci")
        if sci and _power(match.group("exp"), match.group("exp_sup")) is None:
            continue
        if match.group("more"):
            base = match.start("more")
            listed = match.group("more")[:len(match.group("more")) - len(match.group("msci") or "")]
            shared = (match.group("mexp"), match.group("mexp_sup")) if match.group("msci") else (None, None)
            if match.group("msci") and _power(*shared) is None:
                continue
            if match.group("msci") and not sci:     # one power of ten written once for the whole list
                values[0] = (value_text, *shared, start, match.end("value"))
            for item in re.finditer(rf"[{DASH}]?(?:{NUMBER})", listed):
                values.append((item.group(0), *shared, base + item.start(), base + item.end()))
        if match.group("high"):
            if match.group("high_sci") and _power(match.group("hexp"), match.group("hexp_sup")) is None:
                continue
            values.append((match.group("high"), match.group("hexp"), match.group("hexp_sup"),
                           match.start("high"), match.end("high")))
        try:
            parsed = [(_number(v) * (10.0 ** p if (p := _power(e, s)) is not None else 1.0), a, b)
                      for v, e, s, a, b in values]
        except (ValueError, OverflowError):     # an exponent such as "× 10999" (found by property tests)
            continue
        if not all(math.isfinite(v) for v, _, _ in parsed):
            continue                            # hundreds of digits: not a reported figure
        if match.group("kilo"):                 # "1.5k h": a thousand and a half hours
            parsed[0] = (parsed[0][0] * 1000, *parsed[0][1:])
        high = parsed[-1][0] if match.group("high") else None
        first = match.start("qual") if match.group("qual") else start
        for k, (value, a, b) in enumerate(parsed):
            is_last = k == len(parsed) - 1
            yield Quantity(value=float(f"{value:.12g}"), unit=unit, qualifier=qualifier,
                           start=first if k == 0 else a, end=match.end() if is_last else b,
                           text=text[first if k == 0 else a:match.end() if is_last else b],
                           high=high if k == 0 and high is not None and len(parsed) == 2 else None)
