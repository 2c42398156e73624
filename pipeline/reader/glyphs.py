"""Glyph repair: each char's text as the page shows it, where a font's own maps say otherwise. Pure.

A PDF tells the text of a glyph twice at most: its font's ToUnicode map and its glyph names (the
encoding). Typesetters break both in a few recurring ways, and a figure breaks with them: a minus
mapped to "@" turns "mA cm⁻²" into "mA cm@2", a symbol font's μ read as "m" turns a μm thickness into
mm, an unmapped minus turns "10⁻⁴" into 10⁴, a lost degree sign turns "60 °C" into a 60 C rate.
The repairs, in the order they are tried:

0. **The glyphs' shapes.** A font whose glyphs mostly have no Unicode at all (control codes, private
   use) or only the dingbats a renamed glyph list gives (a PDF rewritten through PostScript numbers
   and names a font's glyphs anew) is read by what its glyphs look like (``shapes``): each distinct
   glyph is drawn alone and read as the nearest of the chars pdfium's standard fonts draw, its size
   measured in the font's x-height, and where two chars are about as near (l, I, 1), as the one its
   neighbours on the page favour. The page so read goes through the repairs below. A page pays for
   this only when a font needs it, and a font whose glyphs look like no text is left as it is.
1. **The font's own evidence.** A symbol font (Symbol, SymbolMT, StandardSymL...) read without a
   Unicode map is read through the Symbol encoding (m → μ, 0xB0 → °, 0xB4 → ×), and its
   private-use codes (U+F06D, as office programs write them) likewise; a Greek font's Latin letters
   are its Greek ones; a ToUnicode map that gives punctuation where the glyph's name says a math
   sign (minus, degree, multiply, mu) yields to the name.
2. **A second char source.** Where the char source found no Unicode for a glyph (pdfminer's
   ``(cid:N)``, pdfium's control codes, private use, U+FFFD), or pdfminer read a symbolic font by
   guesswork, the other source's reading of the same spot is asked, page by page and only then
   (pdfium reads fonts' own programs, which pdfminer does not).
3. **Context, and only context.** A glyph that neither source can read, or an impossible one, is
   repaired only where its neighbours say what it must be: a sign before the digits of an exponent
   after a unit or a power of ten ("cm@2", a raised unreadable glyph in "10?4") is a minus; an
   unreadable glyph, or an "8" from another font, between a number and "C" is a degree sign; a
   symbol font's "m", or an unreadable glyph, between a number and a unit letter is μ; an unreadable
   glyph between a number and a power of ten is ×, and between two numbers it touches a range's en
   dash ("359–367"); a comma-sized mapping of a glyph as wide as a letter, before a number, is "~".
   A glyph set alone in a font without a trustworthy map (a typesetter's pi font) is read the same
   way (a narrow stop there, between digits, stays a decimal point), and its Latin stand-ins by
   where they stand: "1 C 5 170" is "=", "Li/Li1" is "+", "$ 99%" is "≥". Nothing is replaced globally.
4. Spelled-out forms: ligatures (ﬁ → fi, and the "昀椀" of a ToUnicode value written byte-swapped, as
   Ghostscript 10.0 writes a ligature's letters), compatibility signs as their letters (the ohm sign Ω → Ω,
   the kelvin and angstrom signs, full-width % ~ < > =), the mathematical letters of unicode-math as
   their letters (𝑥 → x, 𝜏 → τ), soft hyphens and zero-width spaces dropped,
   spacing accents drawn over the letter before them combined with it.

Every change is a ``GlyphRepair`` (page, box, before, after, reason), which ``anodekg read --format
json`` shows, so a user can see what the reader changed. A glyph nobody can read is left out, as
before, and recorded as dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING

from pipeline.reader.words import WORD_GAP
from pipeline.records import BBox, Char, FontFacts, GlyphRepair, PageChars

if TYPE_CHECKING:
    from pipeline.reader.shapes import Place, Shape

# page number, fonts → each font's glyphs on the page by their text → its shape, and where the glyphs
# of fonts that share a name stand (``shapes.PdfiumShapes``)
ShapeSource = Callable[[int, frozenset[str]], tuple[dict[str, dict[str, "Shape"]], list["Place"]]]

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                           "\u00ad": "", "\u200b": "", "\u2010": "-", "\u2011": "-"})
# signs Unicode keeps only for old encodings, which some fonts still map to: the letters are meant
COMPATIBILITY = str.maketrans({"\u2126": "Ω", "\u212b": "Å", "\u212a": "K", "\uff05": "%", "\uff5e": "~",
                               "\uff1c": "<", "\uff1e": ">", "\uff1d": "="})
SPACING_ACCENTS = {"˜": "\u0303", "´": "\u0301", "¨": "\u0308", "ˆ": "\u0302", "ˇ": "\u030c",
                   "¸": "\u0327", "˚": "\u030a", "¯": "\u0304", "˘": "\u0306", "˝": "\u030b"}
# Adobe's Symbol and its clones; not TeX's math symbol fonts (LMMathSymbols10, LucidaNewMath-Symbol),
# whose codes are TeX's own math encoding: their code 0x6A is the bar of "Li|Cu", Symbol's is ϕ
SYMBOL_FONT = re.compile(r"(?<!math)(?<!math-)symbol|standardsym", re.IGNORECASE)
GREEK_FONT = re.compile(r"greek|grk", re.IGNORECASE)
MATH_FONT = re.compile(r"\+AdvP|AdvMacMth|MathPi", re.IGNORECASE)
MATH_FONT_GLYPHS = {"ð": "(", "Þ": ")", "¼": "="}      # Advent math fonts put brackets and "=" there

# Adobe's Symbol encoding, where it differs from ASCII: code → character.
SYMBOL_ENCODING = {
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥", 0x7E: "∼",
    **dict(zip(range(0x41, 0x5B), "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ", strict=True)),
    **dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True)),
    0xA1: "ϒ", 0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA6: "ƒ", 0xAB: "↔", 0xAC: "←", 0xAD: "↑",
    0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂",
    0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xC5: "⊕", 0xC6: "∅", 0xC7: "∩",
    0xC8: "∪", 0xD1: "∇", 0xD7: "⋅", 0xD8: "¬", 0xD9: "∧", 0xDA: "∨", 0xDB: "⇔", 0xDE: "⇒", 0xE1: "〈",
    0xE5: "∑", 0xF1: "〉", 0xF2: "∫",
}
# The Adobe glyph list names Symbol's Δ, Ω and μ by signs (increment, ohm, micro); the letters are meant.
SYMBOL_GREEK = {"\u2206": "Δ", "\u2126": "Ω", "\u00b5": "μ"}
# Signs a glyph's name may be trusted for over a ToUnicode map that gives plain punctuation instead.
NAMED_SIGNS = frozenset("−°μµ×∼~±≈≤≥·⋅‰Ω∞′″→←")
# Unit symbols an exponent follows ("cm⁻²", "g⁻¹", "h⁻¹"); "10" is a power of ten.
EXPONENT_BASES = frozenset({"cm", "m", "mm", "nm", "μm", "µm", "km", "g", "kg", "mg", "h", "s", "min", "l", "L",
                            "ml", "mL", "K", "V", "W", "mA", "Pa", "J", "mol", "Hz", "F", "Ω", "M",
                            "10", "Wh", "Ah", "mAh", "kW", "dm", "yr", "d"})
UNIT_LETTERS = frozenset("mAgLlsVWFMΩ")   # a unit's symbol after μ: μm, μA, μg, μL, μs, μV, μW, μF, μM
NARROW_MARKS = frozenset(",.'`’‘^")      # glyphs a third of an em wide at most in any text font but a monospaced one
NARROW_MARK_EM = 0.4                       # ems: a stop or comma wider than this is no text font's (slack over a third)
DASHES = frozenset("-–‒—")
DIGITS = frozenset("0123456789")
PLAIN_EXPONENT_NEIGHBOURS = frozenset("+-−–‒—/·×⋅.,;:()[]{}%=<>~^'’\"⁻⁺±")
# TeX's text encodings below 0x20 and at 0x7F, where they put ligatures, dashes and quotes. pdfTeX draws a
# font it has only as METAFONT bitmaps (EC fonts under \usepackage[T1]{fontenc} without Type 1 versions) as a
# Type 3 font with neither a Unicode map nor glyph names that say anything (/a27), so both char sources give
# the bare code, a control char: "efficient" read "e cient", "metal–organic" "metal organic". T1 (Cork) sets
# the f-ligatures at 0x1B-0x1F; OT1 sets them at 0x0B-0x0F and its own letters (œ, ø) at 0x1B-0x1F.
T1_CONTROLS = {0x10: "“", 0x11: "”", 0x12: "„", 0x15: "–", 0x16: "—", 0x1B: "ff", 0x1C: "fi", 0x1D: "fl",
               0x1E: "ffi", 0x1F: "ffl", 0x7F: "-"}
OT1_CONTROLS = {0x0B: "ff", 0x0C: "fi", 0x0D: "fl", 0x0E: "ffi", 0x0F: "ffl", 0x19: "ß", 0x1A: "æ", 0x1B: "œ",
                0x1C: "ø", 0x1D: "Æ", 0x1E: "Œ", 0x1F: "Ø"}
LIGATURE_CODES = frozenset({0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F})
# TeX's text companion encoding (TS1: textcomp's minus, ohm and multiplication signs) sets signs at codes
# where the Latin encodings have an ASCII sign or a letter. A Type 3 font without a Unicode map (pdfTeX's
# bitmaps again) is read by its bare codes, so its minus reads "=" ("=20 °C"), its ohm sign "W" ("45 W",
# a power) and its multiplication sign "Ö"; only the glyph's shape tells the sign from its code's twin.
CODE_TWINS = {"=": "−", "W": "Ω", "Ö": "×"}


def _font_kind(name: str, facts: FontFacts) -> str:
    if SYMBOL_FONT.search(name):
        return "symbol"
    if GREEK_FONT.search(name):
        return "greek"
    if MATH_FONT.search(name):
        return "math"
    if facts.symbolic and not facts.to_unicode:
        return "unmapped"              # a symbolic font without a map: its text is read by some encoding
    return ""


def _unreadable(text: str) -> bool:
    """No Unicode for the glyph: pdfminer's '(cid:N)', private use, the replacement char, a control char."""
    if not text:
        return True
    first = text[0]
    return "(cid:" in text or "\ue000" <= first <= "\uf8ff" or first == "\ufffd" or (
        first < " " and first not in "\t\n\r")


def _byte_swapped(text: str) -> str:
    """The letters of a ligature whose ToUnicode value was written with the bytes of each UTF-16 unit
    swapped, as Ghostscript 10.0's PDF writer does ("fi", 0066 0069, as 6600 6900: "昀椀"), else "".
    It writes three letters as two units, the second the sum of the last two; an f-ligature's ("ffi"
    as "f" and 0xCF) middle letter is the first one again."""
    if len(text) < 2 or any(ord(c) & 0xFF or ord(c) >> 8 <= 0x20 for c in text):
        return ""
    swapped = "".join(chr(ord(c) >> 8) for c in text)
    if len(swapped) == 2 and swapped[0] == "f" and ord(swapped[1]) > 0x7F:
        swapped = "ff" + chr(ord(swapped[1]) - ord("f"))
    return swapped if swapped.isascii() and swapped.isalpha() else ""


def _math_letter(text: str) -> bool:
    """A letter or digit of the Mathematical Alphanumeric Symbols (𝑥, 𝜏, 𝐃, 𝟎), or the italic h that
    Unicode keeps among the letterlike symbols (ℎ): unicode-math (LuaLaTeX, XeLaTeX) and MathML set
    every letter of a formula so, where pdfLaTeX's math italic reads as the plain letter ("LiSO𝑥")."""
    return len(text) == 1 and ("\U0001d400" <= text <= "\U0001d7ff" or text == "\u210e")


def _meaningful(text: str) -> bool:
    return bool(text) and not _unreadable(text) and not text.isspace()


def _symbol_code(char: Char) -> int:
    """The code a symbol font's glyph was drawn with: its own code, or the one inside a private-use value."""
    if "\uf020" <= char.text[:1] <= "\uf0ff":
        return ord(char.text[0]) - 0xF000
    if char.code >= 0:
        return char.code
    return ord(char.text[0]) if len(char.text) == 1 else -1


def _from_font(char: Char, kind: str) -> tuple[str, str] | None:
    """(text, reason) from the font's own evidence, or None."""
    text = char.text
    if kind == "symbol" and char.code < 0 and not text.isascii() and not _unreadable(text):
        # no code: the char source read the glyph through the Symbol encoding itself (pdfium), in the
        # glyph list's spelling of its Greek letters
        mapped = SYMBOL_GREEK.get(text)
        if mapped:
            return mapped, "symbol font read through the Symbol encoding"
    elif kind == "symbol" and (text.isascii() or _unreadable(text) or "\u00a0" <= text[:1] <= "\u00ff"
                               or char.code >= 0xA0 and not text.isalnum()):
        # a sign past Latin-1 is the standard encoding's reading of the code (pdfminer's "–" for ±)
        mapped = SYMBOL_ENCODING.get(_symbol_code(char))
        if mapped and mapped != text:
            return mapped, "symbol font read through the Symbol encoding"
    elif kind == "greek" and len(text) == 1 and text.isascii() and text.isalpha():
        mapped = SYMBOL_ENCODING.get(ord(text))
        if mapped and mapped != text:
            return mapped, "Greek font: its Latin letters are Greek ones"
    elif kind == "math" and text in MATH_FONT_GLYPHS:
        return MATH_FONT_GLYPHS[text], "math font maps brackets and '=' onto Latin-1"
    if char.named and char.named in NAMED_SIGNS and (text.isascii() or not text.isalnum()) and text != char.named:
        return char.named, "glyph name over the ToUnicode map"
    return None


class _SecondIndex:
    """The second source's chars of one page, looked up by where they sit and checked by their neighbours."""

    def __init__(self, chars: Sequence[Char], every_glyph: bool = False) -> None:
        """``every_glyph``: keep the glyphs read as no text or as spaces too (a font read by its shapes)."""
        self._chars = list(chars) if every_glyph else [c for c in chars if c.text.strip()]
        self._rows: dict[int, list[int]] = {}
        for j, c in enumerate(self._chars):
            self._rows.setdefault(int((c.top + c.bottom) / 2 // 4), []).append(j)

    def at(self, chars: Sequence[Char], i: int) -> str:
        """The text of the glyph drawn in the same box (one glyph's boxes overlap by most of their area
        in both readings) between the same neighbours (both draw in content-stream order), or ""."""
        best = self._overlapping(chars[i])
        if best < 0:
            return ""
        mine = [_legible_neighbour(chars, i, step) for step in (-1, 1)]
        theirs = [self._chars[best + step].text if 0 <= best + step < len(self._chars) else "" for step in (-1, 1)]
        if not any(mine) or any(m and m != t for m, t in zip(mine, theirs, strict=True)):
            return ""                          # a glyph the second source does not draw here
        return self._chars[best].text

    def in_box(self, char: Char) -> str:
        """The text of the glyph drawn in the same box, whatever its neighbours, or ""."""
        best = self._overlapping(char)
        return self._chars[best].text if best >= 0 else ""

    def _overlapping(self, char: Char) -> int:
        """The index of the glyph whose box overlaps ``char``'s by most of their area together, or -1."""
        area = max((char.x1 - char.x0) * (char.bottom - char.top), 1e-6)
        best, best_overlap = -1, 0.5
        row = int((char.top + char.bottom) / 2 // 4)
        for key in (row - 1, row, row + 1):
            for j in self._rows.get(key, ()):
                other = self._chars[j]
                width = min(char.x1, other.x1) - max(char.x0, other.x0)
                height = min(char.bottom, other.bottom) - max(char.top, other.top)
                if width <= 0 or height <= 0:
                    continue
                other_area = max((other.x1 - other.x0) * (other.bottom - other.top), 1e-6)
                overlap = width * height / (area + other_area - width * height)
                if overlap > best_overlap:
                    best, best_overlap = j, overlap
        return best


def _legible_neighbour(chars: Sequence[Char], i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(chars) and (not chars[j].text.strip() or _unreadable(chars[j].text)):
        j += step
    return chars[j].text if 0 <= j < len(chars) and abs(j - i) <= 3 else ""


# ------------------------------------------------------------------------------------ context

def _neighbour(chars: Sequence[Char], i: int, step: int, skip_spaces: bool = True) -> int:
    """Index of the nearest char before (step -1) or after (step 1) ``i`` on the same line, or -1."""
    here = chars[i]
    j = i + step
    while 0 <= j < len(chars):
        other = chars[j]
        if abs((other.top + other.bottom) - (here.top + here.bottom)) / 2 > max(here.size, other.size):
            return -1
        if other.text.strip() or not skip_spaces:
            return j
        j += step
    return -1


def _run_before(chars: Sequence[Char], i: int, gap: float = 0.25) -> str:
    """The letters or digits drawn right before ``i`` with no space between (the unit an exponent follows),
    on its line: a unit that opens a line ("g⁻¹" after "mA h" broke) is not run into the line above's end.
    ``gap``: the widest gap, in ems, that is no space (boxes may fall short of a glyph's advance)."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < 6:
        c = chars[j]
        if not c.text or not (c.text.isalnum() or c.text in "μµΩ") \
                or not -gap * c.size <= chars[j + 1].x0 - c.x1 <= gap * c.size:
            break
        out.append(c.text)
        j -= 1
    return "".join(reversed(out))


def _raised(script: Char, base: Char) -> bool:
    """Set smaller and higher than the char before it: a superscript."""
    return script.size < 0.9 * base.size and script.bottom < base.bottom - 0.15 * base.size


def _lowered(script: Char, base: Char) -> bool:
    """Set smaller than the char before it and reaching below it: a subscript ("Zr" then "1" of a formula's
    "Zr1.5"), a count, never a charge. A smaller glyph on the same baseline has the smaller descent and ends
    above the base's box; a subscript, shifted down, ends below it (by 0.05-0.1 em in pdfTeX's fonts)."""
    return script.size < 0.9 * base.size and script.bottom > base.bottom + 0.03 * base.size


def _exponent_base(run: str) -> bool:
    """Whether the letters or digits before a sign are a unit an exponent follows, or a power of ten."""
    if run == "10" or re.search(r"[^0-9]10$|^10$", run):
        return True
    letters = re.search(r"[A-Za-zμµΩ]+$", run)
    if not letters:
        return False
    unit = letters.group(0)          # "cm", or the end of a run the spacing lost ("mAhcm"), never a word's "s"
    return unit in EXPONENT_BASES or any(len(base) > 1 and unit.endswith(base) for base in EXPONENT_BASES)


def monospaced_fonts(chars: Sequence[Char]) -> frozenset[str]:
    """The fonts of a page whose narrow marks are as wide as its letters (a typewriter font): there a
    wide comma is only a comma."""
    narrow: dict[str, list[float]] = {}
    for c in chars:
        if c.text in NARROW_MARKS and c.size > 0:
            narrow.setdefault(c.font, []).append((c.x1 - c.x0) / c.size)
    return frozenset(font for font, widths in narrow.items() if len(widths) >= 3 and min(widths) > 0.5)


# a sign is set against the number it signs: a gap this share of the font size at most (a justified line's space
# shrinks to about 0.19 of it, never less)
SIGN_GAP = 0.12


def _from_context(chars: Sequence[Char], i: int, unreadable: bool, kinds: dict[str, str], stray: bool = False,
                  monospaced: frozenset[str] = frozenset(), unmapped: frozenset[str] = frozenset()
                  ) -> tuple[str, str] | None:
    """(text, reason) for a glyph that its neighbours pin down, or None. ``stray``: set alone in an
    untrustworthy font (``_stray``); ``monospaced``: the page's typewriter fonts; ``unmapped``: its fonts
    without a Unicode map."""
    char = chars[i]
    text = char.text
    nxt = i + 1 if i + 1 < len(chars) else -1
    after = chars[nxt].text if nxt >= 0 else ""
    touching_next = nxt >= 0 and chars[nxt].x0 - char.x1 < 0.35 * char.size
    before = _neighbour(chars, i, -1)
    following = _neighbour(chars, i, 1)
    number_before = before >= 0 and chars[before].text[-1:].isdigit()
    # a minus before an exponent's digits: "cm@2", "10(cid:0)4", a raised en dash. A glyph nobody can read
    # may be one after a unit even if set level; a legible one, and any after "10", only when raised.
    junk = unreadable or bool(text.strip()) and text not in PLAIN_EXPONENT_NEIGHBOURS and (
        not text.isalnum() or "\u00c0" <= text <= "\u00ff")
    # A font without a Unicode map read by its codes may hold the minus at "=" (textcomp's TS1 does): raised.
    equals = text == "=" and char.font in unmapped
    # (an at sign with a word's space after it is one: "800 h @ 2 mA cm−2")
    signs = touching_next and (text != "@" or chars[nxt].x0 - char.x1 < SIGN_GAP * char.size)
    if after[:1] in DIGITS and signs and (junk or text == "@" or text in DASHES or equals):
        base = chars[i - 1] if i > 0 and chars[i - 1].text.strip() else None
        raised = base is not None and _raised(char, base) and _raised(chars[nxt], base)
        run = _run_before(chars, i)
        unit = _exponent_base(run)
        if unit and (raised or junk and not run.endswith("10")):
            return "−", "the sign of an exponent after a unit or a power of ten"
    # an at sign where a number's sign stands: after a space or a bracket, set against the digits it signs (a word's
    # space after it is the at sign's own: "500 cycles @ 1 mA cm−2"), on the line
    if text == "@" and after[:1] in DIGITS and chars[nxt].x0 - char.x1 < SIGN_GAP * char.size and (
            i == 0 or chars[i - 1].text in " ([=~≈" or char.x0 - chars[i - 1].x1 > 0.15 * char.size) \
            and (i == 0 or not _raised(char, chars[i - 1])):
        return "−", "an at sign where the sign of a number stands"
    # a degree sign between a number and C or F: a glyph nobody can read, or an "8" from another font
    if following >= 0 and chars[following].text in ("C", "F") and number_before \
            and chars[following].x0 - char.x1 < 0.5 * char.size \
            and (unreadable or stray or text == "8" and chars[before].font != char.font):
        return "°", "a degree sign between a number and C"
    # a ring set raised right after a number: TeX's "90^\\circ" (its math font maps the glyph to a ring
    # operator or a white bullet), a degree sign whatever follows ("an angle of 21°,")
    if text in RINGS and number_before and before == i - 1 and _raised(char, chars[before]):
        return "°", "a raised ring after a number: a degree sign"
    # the same ring alone in brackets: a unit in a table's heading ("Contact angle [$^\\circ$]")
    if text in RINGS and i > 0 and nxt == i + 1 and chars[i - 1].text in ("(", "[") and after in (")", "]") \
            and _raised(char, chars[i - 1]):
        return "°", "a raised ring alone in brackets: a degree sign as a unit"
    # mu before a unit letter: a symbol font's "m", or a glyph nobody can read (no other unit prefix is Greek)
    if (unreadable or text == "m" and (kinds.get(char.font) or stray) and chars[nxt].font != char.font) \
            and after[:1] in UNIT_LETTERS and touching_next and number_before:
        return "μ", "a μ between a number and a unit"
    # a multiplication sign between a number and a power of ten (raised digits follow the 10)
    ten = chars[following:following + 3] if following >= 0 else []
    if unreadable and number_before and len(ten) == 3 and ten[0].text + ten[1].text == "10" \
            and (_raised(ten[2], ten[1]) or ten[2].text in DASHES | {"−"} and ten[2].size < 0.9 * ten[1].size):
        return "×", "a sign between a number and a power of ten"
    # a dash between two numbers that touch it: a range ("pages 359–367"), its en dash lost
    if unreadable and touching_next and after[:1] in DIGITS and i > 0 and chars[i - 1].text[-1:] in DIGITS \
            and char.x0 - chars[i - 1].x1 < 0.35 * char.size and not _raised(chars[nxt], chars[i - 1]):
        return "–", "a range dash between two numbers"
    if stray and (found := _stray_sign(chars, i, before, following)):
        return found
    # a wide glyph that a font maps to a comma or a stop, before a number: a tilde. In a pi font too it
    # must be wider than any text font's stop: its lone narrow stop between two digits is a decimal
    # point (TeX's math italic one, its map lost when a print driver rewrote the PDF)
    if text in NARROW_MARKS and char.x1 - char.x0 > (NARROW_MARK_EM if stray else 0.5) * char.size \
            and (stray or char.font not in monospaced) \
            and following >= 0 \
            and chars[following].text[:1].isdigit() and (before < 0 or chars[before].font != char.font):
        return "~", "a glyph as wide as a letter mapped to a narrow mark, before a number"
    return None


RINGS = frozenset("\u2218\u25e6")       # ring operator, white bullet: what math fonts call their "circ"
STRAY_SIGNS = frozenset("51u,m$")          # the Latin stand-ins pi fonts most often draw =, +, °, ~, μ, ≥ with
ELEMENT_END = re.compile(r"(?:^|[^A-Za-z])[A-Z][a-z]?$")


PI_RUN = 3                      # a pi font sets a sign or two at a time, never a word
TEXT = attrgetter("text")


def pi_fonts(chars: Sequence[Char], fonts: dict[str, FontFacts]) -> frozenset[str]:
    """The page's fonts that give no trustworthy Unicode (no ToUnicode map, or a symbolic one) and
    set no run longer than ``PI_RUN`` glyphs: a typesetter's pi fonts. A text font without a map
    sets words, and its glyphs are what they claim."""
    if not any(not facts.to_unicode or facts.symbolic for facts in fonts.values()):
        return frozenset()          # no font to ask about (most pages): no pass over the page's chars
    longest: dict[str, int] = {}
    font, run = "", 0
    for char in chars:
        text = char.text
        if not text or text.isspace():
            continue
        run = run + 1 if char.font == font else 1
        font = char.font
        if run > longest.get(font, 0):
            longest[font] = run
    return frozenset(name for name, most in longest.items() if most <= PI_RUN and (facts := fonts.get(name))
                     is not None and (not facts.to_unicode or facts.symbolic))


def _stray(chars: Sequence[Char], i: int, pi: frozenset[str]) -> bool:
    """A glyph set alone in a pi font (``pi_fonts``), its neighbours on both sides in other fonts:
    its "5" is drawn as "=" and its "u" as "°", whatever it claims. Only context may say what it is."""
    char = chars[i]
    if char.font not in pi:
        return False
    sides = [j for j in (_neighbour(chars, i, -1), _neighbour(chars, i, 1)) if j >= 0]
    return bool(sides) and all(chars[j].font != char.font for j in sides)


def _stray_sign(chars: Sequence[Char], i: int, before: int, following: int) -> tuple[str, str] | None:
    """What a pi font's lone glyph stands for, where its neighbours leave one reading: "1 C 5 1672"
    (between two operands, set apart by spaces) is "=", "Li/Li1" (right after an element) is "+",
    "$ 99.5%" (before a share) is "≥"."""
    char, text = chars[i], chars[i].text
    if before < 0:
        return None
    prev, nxt = chars[before], chars[following] if following >= 0 else None
    spaced = char.x0 - prev.x1 > 0.15 * char.size and nxt is not None and nxt.x0 - char.x1 > 0.15 * char.size
    if text == "5" and spaced and prev.text[-1:].isalnum() and nxt is not None and nxt.text[:1].isdigit():
        return "=", "a pi font's lone glyph between two operands"
    glued = i + 1 < len(chars) and chars[i + 1].text[:1].isalnum() and chars[i + 1].x0 - char.x1 < 0.15 * char.size
    if text == "1" and char.x0 - prev.x1 < 0.15 * char.size and ELEMENT_END.search(_run_before(chars, i)) \
            and not glued and not _lowered(char, prev):
        return "+", "a pi font's lone glyph right after an element: its charge"
    if text == "$" and nxt is not None and nxt.text[:1].isdigit():
        return "≥", "a pi font's lone glyph before a number"
    return None


def _control_code(text: str) -> int:
    """The code a char source gave as the glyph's text for want of any other: a control char, or
    pdfminer's "(cid:N)"; -1 otherwise."""
    if len(text) == 1 and (text < " " or text == "\x7f"):
        return ord(text)
    match = re.fullmatch(r"\(cid:(\d+)\)", text)
    return int(match.group(1)) if match else -1


def _touches_letter(chars: Sequence[Char], i: int) -> bool:
    """Whether a letter is drawn right before or right after char ``i`` on its line, no space between."""
    char = chars[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(chars) and chars[j].text[-1:].isalpha() and abs(chars[j].bottom - char.bottom) < 0.3 * char.size:
            gap = char.x0 - chars[j].x1 if j < i else chars[j].x0 - char.x1
            if -0.2 * char.size < gap < 0.15 * char.size:
                return True
    return False


def _tex_controls(chars: Sequence[Char], unmapped: Sequence[int]) -> dict[int, str]:
    """Index → text for glyphs of fonts without a Unicode map that the char sources gave as bare codes under
    0x20 (or 0x7F), read through TeX's text encodings (``T1_CONTROLS``): OT1 where one of its ligature codes
    (0x0B-0x0F) stands against a letter on the page, T1 otherwise. A ligature is one only against a letter."""
    codes = {i: _control_code(chars[i].text) for i in unmapped}
    ot1 = any(0x0B <= code <= 0x0F and _touches_letter(chars, i) for i, code in codes.items())
    table = OT1_CONTROLS if ot1 else T1_CONTROLS
    out = {}
    for i, code in codes.items():
        text = table.get(code)
        if text and (code not in LIGATURE_CODES or _touches_letter(chars, i)):
            out[i] = text
    return out


# the only texts ``_odd`` may take for odd, tested first (a set lookup) so that the call is made for few chars:
# ``text in ",."`` below is a substring test, which an empty text and ",." pass as well
ODD_TEXTS = frozenset(("@", "8", "", ",", ".", ",."))


def _odd(chars: Sequence[Char], i: int, char: Char) -> bool:
    """A legible ASCII glyph worth a look in context: an at sign, a comma as wide as a letter, an '8'
    before 'C' (a degree sign's stand-in). Asked for the chars whose text is in ``ODD_TEXTS``."""
    text = char.text
    if text == "@":
        return True
    if text in ",.":
        return char.x1 - char.x0 > 0.5 * char.size
    return text == "8" and i + 1 < len(chars) and chars[i + 1].text in ("C", "F")


# ------------------------------------------------------------------------------------ the stage

def _bbox(char: Char) -> BBox:
    return BBox(char.x0, char.top, char.x1, char.bottom)


SHAPELESS_SHARE = 0.5     # a font is read by its glyphs' shapes when this share of its glyphs say nothing


def _shapeless(text: str) -> bool:
    """A glyph's text that says nothing of it: no Unicode, or a dingbat (what the glyph list makes of
    the names a1, a2... a PostScript round trip gives a font's glyphs). Not the private-use codes
    U+F020-U+F0FF: office programs write a symbol font's codes so (read through its encoding, above),
    and a math font its pieces of big brackets, which are no text to read."""
    return _unreadable(text) and not "\uf020" <= text[:1] <= "\uf0ff" \
        or "\u2700" <= text[:1] <= "\u27bf" or "\u2600" <= text[:1] <= "\u26ff"


def shapeless_fonts(page: PageChars, kinds: dict[str, str], suspects: Sequence[int]) -> frozenset[str]:
    """The fonts of ``suspects`` (chars whose text says nothing) most of whose glyphs on the page say
    nothing: a consistent substitution, to be read by the glyphs' shapes. Symbol and Greek fonts read
    through their encodings instead."""
    fonts = {page.chars[i].font for i in suspects if _shapeless(page.chars[i].text)}
    fonts = {font for font in fonts if not kinds.get(font) or kinds[font] == "unmapped"}
    if not fonts:
        return frozenset()
    totals: dict[str, list[int]] = {font: [0, 0] for font in fonts}
    for char in page.chars:
        counts = totals.get(char.font)
        if counts is not None and char.text and not char.text.isspace():
            counts[0] += 1
            counts[1] += _shapeless(char.text)
    return frozenset(font for font, (total, shapeless) in totals.items() if shapeless >= SHAPELESS_SHARE * total)


def _neighbours(chars: Sequence[Char], texts: Sequence[str], i: int) -> tuple[str, str]:
    """The texts before and after char ``i`` as read so far: a space where a gap or a line break parts
    them, a stop where a sentence ends before the space (or the line begins: most sentences that open
    a line open a paragraph)."""
    out = []
    for j in (i - 1, i + 1):
        if not 0 <= j < len(chars):
            out.append(" ")
            continue
        left, right = (chars[j], chars[i]) if j < i else (chars[i], chars[j])
        apart = abs(left.bottom - right.bottom) > 0.5 * right.size or not -0.3 * right.size < right.x0 - left.x1 \
            < 0.2 * right.size
        out.append(" " if apart else texts[j][-1:] if j < i else texts[j][:1])
    if out[0] == " " and i > 0:
        j = i - 1
        while j > 0 and not texts[j].strip() and abs(chars[j].bottom - chars[i].bottom) < 0.5 * chars[i].size:
            j -= 1
        if abs(chars[j].bottom - chars[i].bottom) > 0.5 * chars[i].size or texts[j][-1:] in ".!?:":
            out[0] = "."
    elif i == 0:
        out[0] = "."
    return out[0], out[1]


TEXT_ADVANCE = 0.55          # ems: a text font's median glyph advance, near enough


def _advance(glyphs: dict[str, Shape], text: str) -> float:
    shape = glyphs.get(text)
    return shape.set_advance if shape is not None else 0.0


def _text_space_ems(chars: Sequence[Char], fonts: frozenset[str]) -> dict[str, float]:
    """The fonts among ``fonts`` whose em is not their size (a Type 3 font of bitmaps whose glyphs are
    a hundred units high, set at a size of 0.1): → how many of its size its em is, by its median advance."""
    widths: dict[str, list[float]] = {}
    for char in chars:
        if char.font in fonts and char.size > 0 and char.text.strip():
            widths.setdefault(char.font, []).append((char.x1 - char.x0) / char.size)
    out = {}
    for font, found in widths.items():
        found.sort()
        factor = found[len(found) // 2] / TEXT_ADVANCE
        if not 0.4 < factor < 2.5:
            out[font] = factor
    return out


def _resized(char: Char, factor: float, advance: float) -> Char:
    """A char of a font whose em is ``factor`` times its size, at the size it is drawn at, and as wide as
    its glyph's ``advance`` (per unit of the size it is set at) where that is known: the char source,
    finding no width it trusts, took it to the next glyph, across the gap between two words, or to the
    ink's edge, short of a narrow 1 ("1 29 h"). The advance is the font's own, exact where ``factor`` is
    a guess: an em guessed short of a wide font's parted "jumps" after its m ("jum ps"). Such a font (Ghostscript's
    bitmaps of a browser's print) draws its glyphs upside down for a text matrix that turns them
    back: read by their shapes as drawn, they stand upright on the page."""
    size = char.size * factor
    x1 = char.x0 + advance * char.size if advance > 0 else char.x1
    return char._replace(x1=x1, top=char.bottom - (char.bottom - char.top) * factor, size=size, upright=True)


def _keyed(chars: Sequence[Char], drawn: dict[str, dict[str, Shape]],
           second: Callable[[int], Sequence[Char]] | None, number: int) -> list[Char]:
    """The chars, each under the name pdfium gives its glyph (``shapes.PdfiumShapes``) where the char
    source named it otherwise (pdfminer's "(cid:7)", or the dingbat or letter its own glyph list or guess
    at the font's encoding gives): pdfium's reading of the same box, asked of ``second`` (pdfium's
    chars of page ``number``), else the bare code, which pdfium gives a font without Unicode."""
    out = list(chars)
    index: _SecondIndex | None = None
    for i, char in enumerate(chars):
        glyphs = drawn.get(char.font)
        if glyphs is None or char.text in glyphs:
            continue
        if index is None and second is not None:
            index = _SecondIndex(second(number), every_glyph=True)
        key = index.in_box(char) if index is not None else None
        if key not in glyphs and char.code >= 0:
            key = chr(char.code) if char.code else ""
        if key in glyphs:
            out[i] = char._replace(text=key)
    return out


def read_by_shape(page: PageChars, fonts: frozenset[str], shapes: ShapeSource,
                  second: Callable[[int], Sequence[Char]] | None = None) -> tuple[PageChars, tuple[GlyphRepair, ...]]:
    """The page with the glyphs of ``fonts`` read by their shapes (see ``shapes``), and each change.
    ``second``: pdfium's chars of a page, where the page's chars are another source's (``_keyed``)."""
    from pipeline.reader.shapes import distinct, read_font, settle

    drawn, places = shapes(page.number, fonts)
    labelled = _labelled(page.chars, places)
    keyed = _keyed(labelled, drawn, second, page.number)
    ems = _text_space_ems(keyed, frozenset(drawn))
    chars = [_resized(c, ems[c.font], _advance(drawn[c.font], c.text)) if c.font in ems else c for c in keyed]
    links: dict[str, set[tuple[str, str]]] = {}
    for left, right in zip(chars, chars[1:], strict=False):
        if left.font == right.font and left.font in drawn and -0.3 * right.size < right.x0 - left.x1 < 0.2 * right.size \
                and abs(left.bottom - right.bottom) < 0.5 * right.size:
            links.setdefault(left.font, set()).add((left.text, right.text))
    scripted = _script_glyphs(chars, frozenset(drawn))
    readings = {font: read for font, glyphs in drawn.items()
                if (read := read_font(glyphs, links.get(font, ()))) is not None}
    if not readings:
        return page, ()
    first = [readings[c.font][c.text].text if c.font in readings and c.text in readings[c.font] else c.text
             for c in chars]
    uses: dict[str, list[tuple[str, str, str]]] = {}
    for i, char in enumerate(chars):
        if char.font in readings and char.text in readings[char.font]:
            uses.setdefault(char.font, []).append((char.text, *_neighbours(chars, first, i)))
    settled = {font: distinct(settle(read, uses.get(font, ()), scripted.get(font, ())), read, links.get(font, ()),
                              scripted.get(font, set()))
               for font, read in readings.items()}
    readings = {font: read for font, read in readings.items() if _sets_text(settled[font], uses.get(font, ()))}
    if not readings:
        return page, ()
    scales = {font: _script_scales(drawn[font], settled[font], scripted.get(font, set()))
              for font in readings if font in ems}
    out, repairs = [], []
    for i, char in enumerate(chars):
        text = settled.get(char.font, {}).get(char.text)
        if char.font not in readings:
            char = labelled[i]                   # a font that looks like no text keeps its boxes too
        elif (scale := scales.get(char.font, {}).get(char.text)) is not None:
            char = char._replace(size=char.size * scale, top=char.bottom - (char.bottom - char.top) * scale)
        if text is None or text == char.text or char.named.isspace():     # a space the source made stays
            out.append(char)
            continue
        out.append(char._replace(text=text))
        repairs.append(GlyphRepair(page.number, _bbox(char), char.text, text,
                                   "font without a Unicode map: the glyph read by its shape"))
        # pdfium's text page keeps one of two spaces in a row: where code 32 is a letter of the font
        # ("d"), a second one, or one after the font's own space, is gone, and the next glyph stands
        # one advance of it further on
        code_32 = settled[char.font].get(" ", " ")
        shape = drawn[char.font].get(" ")
        if (char.text == " " or not text.strip()) and code_32.strip() and shape is not None \
                and _dropped(char, chars[i + 1] if i + 1 < len(chars) else None, shape.advance * char.size):
            lost = char._replace(text=code_32, x0=char.x1, x1=char.x1 + shape.advance * char.size)
            out.append(lost)
            repairs.append(GlyphRepair(page.number, _bbox(lost), "", code_32,
                                       "a glyph of code 32 that pdfium's text page dropped as a second space"))
    for i, char in enumerate(out):
        # a dash a shape reads between a unit and digits ("cm-2"): the glyphs of hyphen, en dash and
        # minus differ by a length the fonts do not agree on, and a unit takes an exponent's minus. The
        # boxes of glyphs read by shape end at their advances: a gap the words part at parts the unit
        # from the word before it too (a justified line's narrow space in "mAh g⁻¹")
        if char.text in DASHES and char.font in readings and i + 1 < len(out) and out[i + 1].text[:1] in DIGITS \
                and out[i + 1].x0 - char.x1 < 0.35 * char.size and (
                    _exponent_base(run := _run_before(out, i, WORD_GAP)) and not run.isdigit()
                    or _signs_a_number(out, i)):
            out[i] = char._replace(text="−")
            repairs.append(GlyphRepair(page.number, _bbox(char), char.text, "−",
                                       "a dash read by its shape as a number's sign: a minus"))
    if places:                                   # each char under its font's own name again
        names = {place.font: place.font.rsplit("#", 1)[0] for place in places}
        out = [c._replace(font=names[c.font]) if c.font in names else c for c in out]
    return replace(page, chars=tuple(out)), tuple(repairs)


SCRIPT_SIZE = 0.75      # a script's share of its text's size, where no glyph of the text says


def _script_scales(glyphs: dict[str, Shape], texts: dict[str, str], scripts: set[str]) -> dict[str, float]:
    """Glyph → its size's share of the text's, for a font of bitmaps whose script glyphs are drawn at
    their own size but set at the text's (Ghostscript's print of a browser's page): the ratio of its ink's
    height to that of the text glyph read as the same char, else ``SCRIPT_SIZE``. Set at the text's
    size, a superscript ("cm⁻²") was no script, and its row went ahead of its line."""
    body: dict[str, float] = {}
    for key, text in texts.items():
        shape = glyphs.get(key)
        if key not in scripts and shape is not None and shape.top - shape.bottom > 0:
            body.setdefault(text, shape.top - shape.bottom)
    out = {}
    for key in scripts:
        shape = glyphs.get(key)
        if shape is None or shape.square is None:
            continue
        own = body.get(texts.get(key, ""))
        ratio = (shape.top - shape.bottom) / own if own else SCRIPT_SIZE
        out[key] = ratio if 0.4 < ratio < 0.9 else SCRIPT_SIZE
    return out


def _script_glyphs(chars: Sequence[Char], fonts: frozenset[str]) -> dict[str, set[str]]:
    """Font → the glyphs it sets raised or lowered against the glyphs before them in their word that stand
    on the line (boxes of two fonts hang from descents of their own): a font of bitmaps may hold a
    superscript's "1" beside the body's, each its own glyph, and both are a "1". The glyph after a
    script, back on the line ("cm² s"), is none: read as one, the body's s was drawn at a script's size."""
    out: dict[str, set[str]] = {}
    line: float | None = None               # the bottom of the word's last glyph on the line
    for before, char in zip(chars, chars[1:], strict=False):
        if char.font not in fonts or before.font != char.font or not char.text.strip() \
                or not -0.3 * char.size < char.x0 - before.x1 < 0.3 * char.size:
            line = None
            continue
        line = before.bottom if line is None else line
        if abs(char.bottom - line) > 0.2 * char.size:
            out.setdefault(char.font, set()).add(char.text)
        else:
            line = char.bottom
    return out


def _signs_a_number(chars: Sequence[Char], i: int) -> bool:
    """Whether the dash at ``i``, touching the digits after it, is their sign: set apart from what stands
    before it on its line (a space, or the line's start), and not after a number (a range set with spaces,
    "10 – 20", leaves the dash apart from both)."""
    before = _neighbour(chars, i, -1)
    if before < 0:
        return True
    prev = chars[before]
    return chars[i].x0 - prev.x1 > 0.15 * chars[i].size and not prev.text[-1:].isdigit()


def _labelled(chars: Sequence[Char], places: Sequence[Place]) -> list[Char]:
    """The chars, each of a font that shares its name with another on the page under the name its
    glyphs were drawn by (``shapes.Place``): the one whose glyph stands where the char begins."""
    if not places:
        return list(chars)
    names = {place.font.rsplit("#", 1)[0] for place in places}
    near: dict[int, list[Place]] = {}
    for place in places:
        near.setdefault(round(place.x), []).append(place)
    out = []
    for char in chars:
        if char.font in names:
            # a glyph's origin is on its baseline, which its box's bottom hangs below by the font's descent
            x = round(char.x0)
            found = [p for dx in (-1, 0, 1) for p in near.get(x + dx, ())
                     if char.top - 1 <= p.y <= char.bottom + 1]
            if found:
                best = min(found, key=lambda p: abs(p.x - char.x0) + abs(p.y - char.bottom))
                char = char._replace(font=best.font)
        out.append(char)
    return out


TEXT_SHARE = 0.5      # of a font's glyphs on a page read as letters or digits: it sets text


def _sets_text(texts: dict[str, str], uses: Sequence[tuple[str, str, str]]) -> bool:
    """Whether the glyphs of a font read by their shapes are mostly letters and digits: a text font's.
    A math font's pieces of big brackets and braces (private-use codes) look like signs, and the
    reader leaves them out as before."""
    inked = [texts[key] for key, _, _ in uses if texts.get(key, " ").strip()]
    return sum(text[:1].isalnum() for text in inked) >= TEXT_SHARE * len(inked) > 0


def _dropped(char: Char, nxt: Char | None, width: float) -> bool:
    """Whether the next glyph stands ``width`` further from ``char`` than it would right after it."""
    return nxt is not None and nxt.font == char.font and width > 0 and abs(nxt.bottom - char.bottom) < 0.2 * char.size \
        and abs(nxt.x0 - char.x1 - width) < 0.08 * width


def repair_chars(page: PageChars, second: Callable[[int], Sequence[Char]] | None = None,
                 second_name: str = "pdfium", shapes: ShapeSource | None = None
                 ) -> tuple[PageChars, tuple[GlyphRepair, ...]]:
    """The page with its glyphs repaired, and what was changed. ``second(page_number)`` gives the
    second source's chars of a page (``second_name``'s); it is called only when a glyph needs it.
    ``shapes`` draws the glyphs of a page's fonts, asked only for fonts whose text says nothing."""
    chars = page.chars
    kinds = {name: _font_kind(name, facts) for name, facts in page.fonts.items()}
    kinds = {name: kind for name, kind in kinds.items() if kind}
    pi = pi_fonts(chars, page.fonts)
    unmapped = frozenset(name for name, facts in page.fonts.items() if not facts.to_unicode)
    texts: dict[int, str] = {}                    # index → new text
    reasons: dict[int, str] = {}
    unreadable: list[int] = []
    doubtful: list[int] = []                      # readable, but read from a symbolic font by guesswork
    context: list[int] = []
    for i, char in enumerate(chars):
        text = char.text
        kind = kinds.get(char.font, "") if kinds else ""
        if text.isascii() and not kind and not char.named:
            if "(cid:" in text or text < " " and text not in "\t\n\r":   # pdfium gives a bare code: a control char
                unreadable.append(i)
            elif text in ODD_TEXTS and _odd(chars, i, char) or text in STRAY_SIGNS and _stray(chars, i, pi) \
                    or text == "=" and char.font in unmapped:
                context.append(i)
            continue
        found = _from_font(char, kind) or _bare_code(char, page.fonts.get(char.font))
        if not found and (swapped := _byte_swapped(text)):
            found = swapped, "ligature whose Unicode was written byte-swapped, spelled out"
        if found:
            texts[i], reasons[i] = found
        elif _unreadable(text):
            unreadable.append(i)
        elif _math_letter(text):
            texts[i], reasons[i] = unicodedata.normalize("NFKC", text), "mathematical letter as its letter"
        elif not text.isascii() and text.translate(COMPATIBILITY) != text:
            texts[i], reasons[i] = text.translate(COMPATIBILITY), "compatibility sign as its letter"
        elif not text.isascii() and text.translate(LIGATURES) != text:
            texts[i] = text.translate(LIGATURES)
            if text not in "\u00ad\u200b\u2010\u2011":
                reasons[i] = "ligature spelled out"
        else:
            if kind == "unmapped" and page.fonts[char.font].guessed:
                doubtful.append(i)
            context.append(i)
    if shapes is not None and (unreadable or context):
        fonts = shapeless_fonts(page, kinds, unreadable + [i for i in context if not chars[i].text.isascii()])
        if fonts:
            shaped, read = read_by_shape(page, fonts, shapes, second if second_name == "pdfium" else None)
            if read:
                shaped, repaired = repair_chars(shaped, second, second_name)
                return shaped, read + repaired
    if (unreadable or doubtful) and second is not None:
        index = _SecondIndex(second(page.number))
        for i in unreadable + doubtful:
            other = index.at(chars, i)
            if _meaningful(other) and other != chars[i].text:
                texts[i], reasons[i] = _byte_swapped(other) or other.translate(LIGATURES), \
                    f"second char source ({second_name})"
    # after the second source: pdfminer has no text for some codes that pdfium reads as Latin-1 ("Ö")
    by_code = {name for name, facts in page.fonts.items() if _read_by_code(facts)}    # few pages have one
    twins = [i for i, char in enumerate(chars) if char.font in by_code and texts.get(i, char.text) in CODE_TWINS] \
        if by_code else []
    by_shape = _twins_by_shape(page, {i: texts.get(i, chars[i].text) for i in twins}, shapes) \
        if twins and shapes is not None else {}
    for i, sign in by_shape.items():
        texts[i], reasons[i] = sign, "a Type 3 font's glyph read by its code, its shape a sign's"
    coded = [i for i in unreadable if i not in texts and chars[i].font in unmapped]
    if coded:
        for i, found in _tex_controls(chars, coded).items():
            texts[i], reasons[i] = found, "a TeX text encoding's code in a font without a Unicode map"
    unresolved = {i for i in unreadable if i not in texts}
    monospaced = monospaced_fonts(chars) if context else frozenset()
    for i in sorted(unresolved.union(context).difference(by_shape)):
        # a dingbat is what the glyph list makes of a renamed glyph (a1, a2...) a shape reading left as it
        # was: its font held signs only (textcomp's degree sign through pdf2ps), and says no more than none
        found = _from_context(chars, i, i in unresolved or _shapeless(chars[i].text), kinds, _stray(chars, i, pi),
                              monospaced, unmapped)
        if found and found[0] != chars[i].text:      # pdfium may have read the sign context would give
            texts[i], reasons[i] = found
    for i in unresolved:
        if i not in texts:
            texts[i], reasons[i] = "", "no Unicode for the glyph in either source: left out"
    out = list(chars)
    for i, text in texts.items():
        out[i] = chars[i]._replace(text=text)
    out = _combine_accents(_widen_empty_boxes(out))
    repairs = tuple(GlyphRepair(page.number, _bbox(chars[i]), chars[i].text, texts[i], reasons[i])
                    for i in sorted(reasons))
    if not texts and out == list(chars):
        return page, repairs
    return replace(page, chars=tuple(out)), repairs


def _read_by_code(facts: FontFacts | None) -> bool:
    """A Type 3 font without a Unicode map: the char sources give its bare codes as its text."""
    return facts is not None and facts.drawn and not facts.to_unicode


def _bare_code(char: Char, facts: FontFacts | None) -> tuple[str, str] | None:
    """(text, reason) for a glyph of a Type 3 font read by its bare codes that pdfminer read by the standard
    encoding past Latin-1 (its en dash for code 0xB1, textcomp's ±): the code's own char, as pdfium reads
    such a font, so the two sources agree."""
    code, text = char.code, char.text
    if 0xA0 <= code <= 0xFF and len(text) == 1 and text > "\u00ff" and not text.isalnum() and _read_by_code(facts):
        return chr(code), "a Type 3 font read by its bare codes: the code's own char"
    return None


def _twins_by_shape(page: PageChars, twins: dict[int, str], shapes: ShapeSource) -> dict[int, str]:
    """Index → sign for the chars of ``twins`` (index → its text so far, one of ``CODE_TWINS``) whose
    glyphs look like the sign rather than like the text their code reads as."""
    from pipeline.reader.shapes import nearest_of

    chars = page.chars
    drawn, places = shapes(page.number, frozenset(chars[i].font for i in twins))
    labelled = _labelled(chars, places)
    out = {}
    for i, text in twins.items():
        glyph = drawn.get(labelled[i].font, {}).get(text)
        if glyph is not None and nearest_of(glyph, (text, CODE_TWINS[text])) == CODE_TWINS[text]:
            out[i] = CODE_TWINS[text]
    return out


def _widen_empty_boxes(chars: list[Char]) -> list[Char]:
    """A glyph that its font gives no width (a standard font's metrics looked up under the wrong name)
    ends where the next glyph on its line begins, so the gap after it is not taken for a space."""
    # each glyph unpacked at once: this looks at every glyph of the paper, and few are so narrow
    for i, (text, x0, x1, _, bottom, size, _, upright, _, _) in enumerate(chars[:-1]):
        if x1 - x0 < 0.05 * size and upright and text.strip():
            nxt = chars[i + 1]
            if 0 < nxt.x0 - x0 < 1.2 * size and abs(nxt.bottom - bottom) < 0.5 * size:
                chars[i] = chars[i]._replace(x1=nxt.x0)
    return chars


def _combine_accents(chars: list[Char]) -> list[Char]:
    """An accent drawn as a spacing glyph over the letter before it becomes one letter with it."""
    if SPACING_ACCENTS.keys().isdisjoint(map(TEXT, chars)):     # (most pages: looked at in C, not a generator)
        return chars
    out: list[Char] = []
    for char in chars:
        prev = out[-1] if out else None
        if (char.text in SPACING_ACCENTS and prev is not None and prev.text[-1:].isalpha()
                and char.x0 < prev.x1 - 0.3):
            out[-1] = prev._replace(text=prev.text + SPACING_ACCENTS[char.text])
            continue
        out.append(char)
    return out
