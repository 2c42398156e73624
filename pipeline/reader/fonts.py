"""The fonts of each page as pdfminer reads their dictionaries, without interpreting any content.

pdfium gives a glyph's origin and advance exactly as pdfminer does, but not the font dictionary's
own numbers: where a font descriptor leaves Ascent and Descent at 0 (many small subset fonts of
signs and dashes), pdfium measures the font program instead, and for the 14 standard fonts it
measures the font it substitutes while pdfminer uses Adobe's metrics. A glyph's box hangs from the
descent, and the layout groups lines by those boxes; so the pdfium char source takes each font's
name, descent and flags from here, and the two sources give the same boxes. Parsing a paper's font
dictionaries takes a few tens of milliseconds (the content streams, pdfminer's real cost, are not read).
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import suppress
from pathlib import Path

from pipeline.reader.pdfminer_import import import_pdfminer
from pipeline.records import FontFacts

SYMBOLIC_FLAG = 4       # bit 3 of a font descriptor's Flags: the font has glyphs outside the Latin set
MAX_FORM_DEPTH = 8      # form XObjects nest; a cycle in a damaged file must not loop


class FontMetrics:
    """What pdfminer makes of one font dictionary: the name, descent and facts of the chars drawn in
    it, and their advances by code. ``code_of`` finds a code back from its text."""

    __slots__ = ("name", "descent", "facts", "fractional", "own_widths", "program_size", "type3", "flipped", "_font",
                 "_codes", "_shared", "_named", "_spec")

    def __init__(self, font, spec=None) -> None:
        self._font = font
        name = font.fontname
        self.name: str = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        # per point of size, negative or 0, as its boxes hang; pdfminer takes a Type 3 font's from the bottom of
        # its FontBBox, which sits above the baseline where the font holds only signs set high ("=", "°": a
        # bitmap font pdfTeX subsets to the glyphs a page uses), and the boxes then stood a line's third high
        self.flipped = flips_glyphs(font)
        # a flipped font's FontBBox bottom is the top of its glyphs as they stand on the page
        self.descent: float = min(-font.get_descent() if self.flipped else font.get_descent(), 0.0)
        self.facts = symbolic_and_mapped(font)
        widths = getattr(font, "widths", None) or {}
        # pdfium keeps a font's widths as whole thousandths of an em, pdfminer as written
        self.fractional = getattr(font, "hscale", 0.001) == 0.001 and any(
            isinstance(w, float) and not w.is_integer() for w in widths.values())
        # pdfminer sets the 14 standard fonts by Adobe's metrics, not the file's widths (nor pdfium's)
        from pdfminer.fontmetrics import FONT_METRICS
        self.own_widths = self.fractional or getattr(font, "basefont", None) in FONT_METRICS
        self.program_size = -1                         # bytes of its embedded program, where asked
        from pdfminer.pdffont import PDFType3Font
        self.type3 = isinstance(font, PDFType3Font)
        self._codes: dict[str, int] | None = None
        self._shared: frozenset[str] = frozenset()
        self._named: dict[int, str] | None = None
        self._spec = spec

    def width(self, code: int) -> float:
        """The advance of a code, per point of size."""
        return self._font.char_width(code)

    def named(self) -> dict[int, str]:
        """Code → the text its glyph's name in the font's Encoding Differences says (a standard name: "T",
        "hyphen", "five"), as pdfminer reads a simple font without a ToUnicode map. Only the names the
        Differences give: names that say nothing (pdfTeX's "a177") are not in it, though pdfminer then reads
        the code by the standard encoding (an en dash for a textcomp ±, which its shape reads)."""
        if self._named is None:
            self._named = differences_named(self._spec) if self._spec is not None else {}
        return self._named

    def code_of(self, text: str) -> int:
        """The one code whose text is ``text`` (or its ligature, spelled out), else -1."""
        if self._codes is None:
            self._codes, self._shared = _reverse(self._font)
        return self._codes.get(text, -1)

    def shared(self, text: str) -> bool:
        """Whether several codes of the font read as ``text`` at different advances: a superscript or an
        old-style figure that an OpenType feature chose, mapped back to its plain digit, beside the digit."""
        if self._codes is None:
            self._codes, self._shared = _reverse(self._font)
        return text in self._shared

    def text_width(self, text: str) -> float | None:
        """The advance of the glyph whose text is ``text``, per point of size, if the font says."""
        code = self.code_of(text)
        if code >= 0:
            return self.width(code)
        width = (getattr(self._font, "widths", None) or {}).get(text)   # a standard font's, by character
        return width * self._font.hscale if isinstance(width, int | float) else None


def flips_glyphs(font) -> bool:
    """Whether a Type 3 font's FontMatrix turns its glyphs upside down (a negative vertical scale): Ghostscript
    writes the bitmap fonts of a PostScript file (dvips' PK fonts) so, rows counted downwards, and sets the
    text matrix upside down to match, so the glyphs stand upright on the page. Read by the text matrix alone,
    every glyph of such a font stood on its head, a line's words fell out of it as turned text, and the page
    read as scattered letters."""
    from pdfminer.pdffont import PDFType3Font
    return isinstance(font, PDFType3Font) and getattr(font, "vscale", 1.0) < 0


def with_builtin_encoding(font, spec):
    """``font``, where it is the standard Symbol font, not embedded and with no Encoding of its own (Ghostscript
    leaves it so, as troff's PostScript sets its signs in it), read through the Symbol font's own encoding:
    pdfminer read it through the standard one, its ± an en dash, ° nothing, and each such glyph had no width
    in Symbol's metrics, so the sign and the number after it ran together ("25 ±6")."""
    from pdfminer.pdffont import PDFType1Font
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import literal_name

    descriptor = getattr(font, "descriptor", None) or {}
    if not isinstance(font, PDFType1Font) or "Encoding" in spec or any(key in descriptor for key in FONT_FILES) \
            or base_name(literal_name(resolve1(spec.get("BaseFont", "")))) != "Symbol":
        return font
    from pipeline.reader.glyphs import SYMBOL_ENCODING
    font.cid2unicode = {**{code: chr(code) for code in range(0x20, 0x7F)}, **SYMBOL_ENCODING}
    return font


FONT_FILES = ("FontFile", "FontFile2", "FontFile3")


def with_file_widths(font, spec):
    """``font``, where pdfminer sets a standard font by Adobe's metrics, given the file's own width of each
    code whose text those metrics do not list: a ligature its ToUnicode map spells out ("fl"), which the
    metrics list only as the one character ("ﬂ"), was set at no width, and the rest of its run slid back
    over it (troff sets its standard fonts so). The widths of the codes the metrics list stay theirs."""
    from pdfminer.pdffont import PDFType1Font
    from pdfminer.pdftypes import resolve1
    widths = getattr(font, "widths", None)
    if not isinstance(font, PDFType1Font) or not widths or not isinstance(next(iter(widths)), str):
        return font
    listed, first = resolve1(spec.get("Widths")), resolve1(spec.get("FirstChar", 0))
    if not isinstance(listed, list) or not isinstance(first, int):
        return font
    missing = {}
    for code, width in enumerate((resolve1(w) for w in listed), start=first):
        if isinstance(width, int | float) and width > 0:
            try:
                text = font.to_unichr(code)
            except Exception:  # noqa: BLE001 — pdfminer's PDFUnicodeNotDefined and kin: no text, no width by it
                continue
            if text not in widths:
                missing[code] = width
    if missing:
        font.widths = {**widths, **missing}      # a copy: the metrics' table is shared by every such font
    return font


def differences_named(spec) -> dict[int, str]:
    """Code → the text the glyph name a font dictionary's Encoding Differences gives it says, for the names
    the glyph list knows ("T", "hyphen", "uni00B1"); none for names that say nothing ("a61", "g3")."""
    from pdfminer.encodingdb import name2unicode
    from pdfminer.pdftypes import list_value, resolve1
    from pdfminer.psparser import PSLiteral

    encoding = resolve1(spec.get("Encoding")) if isinstance(spec, dict) else None
    if not isinstance(encoding, dict):
        return {}
    out: dict[int, str] = {}
    code = 0
    for item in list_value(encoding.get("Differences", [])):
        item = resolve1(item)
        if isinstance(item, int):
            code = item
            continue
        if isinstance(item, PSLiteral):
            try:
                text = name2unicode(str(item.name))
            except (KeyError, ValueError):           # pdfminer's PDFKeyError is a KeyError
                text = ""
            if text and text.isprintable():
                out[code] = text
            code += 1
    return out


def base_name(raw: str) -> str:
    """'ABCDEF+Times-Bold' → 'Times-Bold': a font's BaseFont without its subset tag, as pdfium gives it."""
    return raw.split("+", 1)[1] if len(raw) > 7 and raw[6] == "+" else raw


def symbolic_and_mapped(font) -> FontFacts:
    """The facts of a pdfminer font object: its Symbolic flag, whether it has a ToUnicode map, and so
    whether pdfminer's text for it is a guess (a symbolic font read through the standard encoding),
    whether it is a Type 3 font (glyphs drawn by the file itself), and its descent."""
    flags = font.descriptor.get("Flags", 0) if isinstance(getattr(font, "descriptor", None), dict) else 0
    symbolic = bool(isinstance(flags, int) and flags & SYMBOLIC_FLAG)
    mapped = getattr(font, "unicode_map", None) is not None
    from pdfminer.pdffont import PDFType3Font
    try:
        descent = font.get_descent()
    except Exception:  # noqa: BLE001 — a damaged font dictionary: its descent not known
        descent = None
    if isinstance(descent, int | float):      # as FontMetrics hangs the boxes
        descent = min(-descent if flips_glyphs(font) else descent, 0.0)
    return FontFacts(symbolic=symbolic, to_unicode=mapped, guessed=symbolic and not mapped,
                     drawn=isinstance(font, PDFType3Font), descent=descent if isinstance(descent, float) else None)


class PageFonts:
    """A PDF's font dictionaries page by page, keyed by BaseFont without its subset tag; opened on
    first use. A file pdfminer cannot parse has none, and its chars keep what pdfium says."""

    def __init__(self, path: Path, password: str | None) -> None:
        self._path, self._password = path, password
        self._pages: list | None = None
        self._manager = None
        self._handle = None
        # a font's metrics, made once a file: the pages that share a font share its dictionary (pdfminer's
        # resource manager caches the font object), and its reverse map (``code_of``) is read once, not a page
        self._metrics: dict[int, FontMetrics] = {}

    def _open(self) -> list:
        import_pdfminer()           # without the imports it makes for what this never asks (see there)
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfinterp import PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        try:
            self._handle = self._path.open("rb")
            document = PDFDocument(PDFParser(self._handle), password=self._password or "")
            self._manager = PDFResourceManager(caching=True)
            return list(PDFPage.create_pages(document))
        except Exception:  # noqa: BLE001 — pdfminer fails in many ways on a damaged file (see pdfminer_chars);
            return []      # pdfium has opened it, and its chars keep pdfium's own font numbers

    def of_page(self, index: int) -> dict[str, list[FontMetrics]]:
        """The fonts page ``index`` (0-based) and its forms draw with: BaseFont without tag → metrics."""
        if self._pages is None:
            self._pages = self._open()
        if index >= len(self._pages):
            return {}
        out: dict[str, list[FontMetrics]] = {}
        with suppress(Exception):       # as above: a damaged dictionary leaves the fonts found so far
            self._collect(self._pages[index].resources, out, set(), 0)
        return out

    def check_contents(self, index: int) -> None:
        """Decode page ``index``'s content streams as pdfminer does, for what it says of them: pdfium
        reads a damaged stream without a word, pdfminer logs the data it loses, and that log is how
        an ingest sees a damaged copy of a paper (``pipeline.downgrade``)."""
        if self._pages is None:
            self._pages = self._open()
        if index < len(self._pages):
            with suppress(Exception):   # the log is the point; pdfium has read what could be read
                for stream in self._pages[index].contents:
                    _resolved(stream).get_data()

    def lost_kerns(self, index: int) -> tuple[dict[int, float], int]:
        """The text objects of page ``index`` (by their place among its text objects, in content order) that
        pdfium sets short of where the content stream puts them, and by how much (text space, along the line).

        pdfium drops the move a TJ array makes after its last string where only empty strings follow it
        ("[(at) -337 ()] TJ", as troff closes a word before a sign in another font): the text shown next,
        until the line is placed anew, stands that much to the left, on the word before it ("at−94"). Only a
        page whose content holds such an array is read for it, and only where its text-showing operators
        are as many as pdfium's text objects (a form's text, not read here, would shift the count): the
        second number is how many text objects the content shows."""
        if self._pages is None:
            self._pages = self._open()
        if index >= len(self._pages):
            return {}, 0
        with suppress(Exception):       # a damaged stream: pdfium's places stand
            data = b"\n".join(_resolved(stream).get_data() for stream in _listed(self._pages[index].contents))
            if EMPTY_AFTER_KERN.search(data):
                return _lost_kerns(data)
        return {}, 0

    def _collect(self, resources, out: dict[str, list[FontMetrics]], seen: set[int], depth: int) -> None:
        from pdfminer.pdftypes import PDFObjRef, dict_value, resolve1, stream_value
        from pdfminer.psparser import literal_name

        resources = dict_value(resources)
        for spec in dict_value(resources.get("Font", {})).values():
            objid = spec.objid if isinstance(spec, PDFObjRef) else None
            spec = dict_value(spec)
            font = with_file_widths(with_builtin_encoding(self._manager.get_font(objid, spec), spec), spec)
            key = base_name(literal_name(resolve1(spec.get("BaseFont", ""))) if "BaseFont" in spec else "")
            metrics = self._metrics.get(id(font))
            if metrics is None:         # (it holds the font: no other font is made at that id while it lives)
                metrics = self._metrics[id(font)] = FontMetrics(font, spec)
            # a composite font's BaseFont is its CIDFont's name and its CMap's ("…-Identity-H"), as the PDF
            # standard has it; pdfium names it by the CIDFont alone, as pdfminer's fontname does
            for name in {key, base_name(metrics.name)} if key and not metrics.type3 else (key,):
                self._add(out.setdefault(name, []), metrics)
        if depth >= MAX_FORM_DEPTH:
            return
        for ref in dict_value(resources.get("XObject", {})).values():
            if isinstance(ref, PDFObjRef):
                if ref.objid in seen:
                    continue
                seen.add(ref.objid)
            xobject = stream_value(ref)
            if literal_name(xobject.get("Subtype")) == "Form" and "Resources" in xobject:
                self._collect(xobject["Resources"], out, seen, depth + 1)

    @staticmethod
    def _add(known: list[FontMetrics], metrics: FontMetrics) -> None:
        # a font seen again (a form's resources name it too); pdfTeX's Type 3 fonts have no BaseFont and
        # share pdfminer's name "unknown": each is its own font, told apart by how its glyphs are set
        if any(other._font is metrics._font or other.name == metrics.name and not metrics.type3 for other in known):
            return
        if known:                   # two subsets of one font: their programs tell them apart
            for other in [metrics, *known]:
                if other.program_size < 0:
                    other.program_size = _program_size(other._font)
        known.append(metrics)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _program_size(font) -> int:
    """The decoded size of a font's embedded program."""
    from pdfminer.pdftypes import resolve1
    descriptor = getattr(font, "descriptor", None) or {}
    for key in FONT_FILES:
        stream = resolve1(descriptor.get(key))
        if stream is not None and hasattr(stream, "get_data"):
            with suppress(Exception):
                return len(stream.get_data())
    return -1


def _reverse(font) -> tuple[dict[str, int], frozenset[str]]:
    """Text → the one code of ``font`` that pdfminer reads as it (a ligature also by its letters). Where
    several codes read as one character, the code that is the character's own wins (TeX's T1 fonts
    read both 0x2D, the hyphen, and 0x7F, a narrower one, as "-"); else none does. A code is found by
    a compatibility form of its text ("fi" for "ﬁ", "1" for "¹") only where no code reads as that text
    itself: a browser's subset has both digits, the plain one at the font's default width (so not in
    its widths, only in its ToUnicode map), and "1" read as the narrow superscript put every "1" of
    the body a third of an em short. Also the texts that several codes of different advances read as,
    which no one width fits."""
    from pdfminer.pdffont import PDFCIDFont
    codes = {code for code in getattr(font, "widths", None) or {} if isinstance(code, int)}
    if isinstance(font, PDFCIDFont):    # its widths list only the codes not at its default width
        unicode_map = getattr(font, "unicode_map", None)
        codes.update(code for code in getattr(unicode_map, "cid2unichr", None) or {} if isinstance(code, int))
    own: dict[str, set[int]] = {}
    compatible: dict[str, set[int]] = {}
    for code in codes:
        try:
            text = font.to_unichr(code)
        except Exception:  # noqa: BLE001 — pdfminer's PDFUnicodeNotDefined and kin: no text for this code
            continue
        own.setdefault(text, set()).add(code)
        form = unicodedata.normalize("NFKC", text)
        if form != text:
            compatible.setdefault(form, set()).add(code)
    chosen = {}
    for text in own.keys() | compatible.keys():
        found = own.get(text) or compatible[text]
        if len(found) == 1:
            chosen[text] = next(iter(found))
        elif len(text) == 1 and ord(text) in found:
            chosen[text] = ord(text)
    shared = frozenset(text for text, found in own.items()
                       if len(found) > 1 and len({font.char_width(code) for code in found}) > 1)
    return chosen, shared


EMPTY_AFTER_KERN = re.compile(rb"[\d.]\s*\(\)\s*\]\s*TJ")    # a number, an empty string, the array's end
NEW_LINE_OPERATORS = frozenset(("BT", "Td", "TD", "Tm", "T*", "'", '"'))   # each places the text anew


def _listed(contents) -> list:
    from pdfminer.pdftypes import resolve1
    contents = resolve1(contents)
    return [resolve1(c) for c in contents] if isinstance(contents, list) else [contents] if contents else []


def _lost_kerns(data: bytes) -> tuple[dict[int, float], int]:
    """Text object (its place among the text-showing operators that show something) → the move pdfium lost
    before it (see ``PageFonts.lost_kerns``), from the content stream ``data``."""
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSEOF, PSKeyword, keyword_name

    parser = PDFContentParser([PDFStream({}, data)])
    operands: list = []
    shown, lost, size, scale = 0, 0.0, 0.0, 1.0
    out: dict[int, float] = {}
    while True:
        try:
            _, token = parser.nextobject()
        except PSEOF:
            break
        if not isinstance(token, PSKeyword):
            operands.append(token)
            continue
        name = keyword_name(token)
        name = name.decode("latin-1") if isinstance(name, bytes) else name
        if name == "Tf" and operands and isinstance(operands[-1], int | float):
            size = float(operands[-1])
        elif name == "Tz" and operands and isinstance(operands[-1], int | float):
            scale = float(operands[-1]) / 100
        if name in NEW_LINE_OPERATORS:
            lost = 0.0
        if name in ("Tj", "TJ", "'", '"') and operands:
            items = operands[-1] if isinstance(operands[-1], list) else [operands[-1]]
            strings = [k for k, item in enumerate(items) if isinstance(item, bytes) and item]
            if strings:
                if lost:
                    out[shown] = lost
                shown += 1
                tail = items[strings[-1] + 1:]
                if name == "TJ" and tail and tail[-1] == b"" and all(isinstance(t, int | float) or t == b"" for t in tail):
                    lost -= sum(t for t in tail if isinstance(t, int | float)) / 1000 * size * scale
        operands = []
    return out, shown


def _resolved(stream):
    from pdfminer.pdftypes import stream_value
    return stream_value(stream)
