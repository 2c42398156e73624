"""Small PDFs that reproduce how typesetters break a reader, made with reportlab when a test runs.

Each function writes one PDF and returns its path. The wording is invented; what each reproduces is
a pattern of typesetting seen across publishers:

- ``mapped_font_pdf``: text in an embedded TrueType font whose ToUnicode map gives the wrong character
  for some glyphs ("@" for the minus), none at all, or is missing altogether;
- ``symbol_font_pdf``: Greek letters and signs set in the standard Symbol font, which carries no
  Unicode map (μ, °, × read back as "m", nothing, "·");
- ``pi_font_pdf``: signs (=, +, °, ≥) drawn alone in a font without a Unicode map, as Latin stand-ins;
- ``positioned_words_pdf``: every word placed by position, with no space characters between;
- ``two_column_pdf``: two columns of paragraphs on each page, each column its own kind of text (body
  beside a reference list, say), with a running head and a folio on every page;
- ``justified_columns_pdf``: two justified columns a narrow gutter apart, words hyphenated at line ends
  and the closing hyphen or comma hung into the gutter, as pdfLaTeX sets them with microtype;
- ``second_hyphen_pdf``: a font whose encoding reads two codes as "-", the hyphen and a narrower one
  at 0x7F, as TeX's T1 (Cork) fonts do;
- ``line_numbered_pdf``: a submitted manuscript, double spaced, every line numbered in the margin in
  tiny type, as LaTeX's lineno package numbers it;
- ``slanted_words_pdf``: words placed by position, some slanted by a shear of the text matrix;
- ``spelled_ligature_pdf``: a standard font's ligature glyphs, at the file's widths, spelled out by its
  ToUnicode map;
- ``cid_font_pdf``: text in a TrueType font embedded whole as an Identity-H CID font, codes being
  glyph ids and the ToUnicode map giving UTF-16 (surrogate pairs past U+FFFF), as LuaLaTeX, XeLaTeX
  and most publishers' systems embed OpenType fonts;
- ``trailing_kern_pdf``: words placed by kerning in a TJ array that ends on a move and an empty string
  ("[(at) -337 ()] TJ"), a sign shown next in another font, as troff sets a word before a Symbol minus;
- ``bare_symbol_pdf``: signs in the standard Symbol font, not embedded, with no Widths and no Encoding;
- ``inherited_media_box_pdf``: an A4 page whose MediaBox only the page tree's node above it sets (troff);
- ``flipped_type3_pdf``: text in a Type 3 font drawn upside down by its FontMatrix and set upright by an
  upside-down text matrix, glyphs named by the encoding and no ToUnicode map, as Ghostscript writes the
  bitmap fonts of a PostScript file (dvips' PK fonts).

Text takes two bits of markup: ``^{...}`` is set as a superscript and ``_{...}`` as a subscript.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

SCRIPT = re.compile(r"([\^_])\{([^}]*)\}")


def _dejavu() -> str:
    """A TrueType font that ships with a dependency (matplotlib), so tests need no system fonts."""
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(matplotlib.get_data_path(), "fonts", "ttf",
                                                              "DejaVuSans.ttf")))
    return "DejaVu"


def draw_line(canvas, x: float, y: float, text: str, font: str, size: float, symbol: str = "",
              symbol_font: str = "Symbol", word_gap: float | None = None,
              stand_ins: dict[str, str] | None = None, superscript: tuple[float, float] = (0.7, 0.35)) -> float:
    """Draw one line of marked-up text; characters in ``symbol`` are set in ``symbol_font``, as their
    ``stand_ins`` if given. With ``word_gap`` (in ems) every word is placed on its own, with no space
    character. A superscript is set at ``superscript`` (its share of the size, its rise in ems).
    Returns the end x."""
    pieces: list[tuple[str, float, float]] = []          # (text, size, rise)
    last = 0
    for match in SCRIPT.finditer(text):
        pieces.append((text[last:match.start()], size, 0.0))
        sup = match.group(1) == "^"
        pieces.append((match.group(2), size * (superscript[0] if sup else 0.7),
                       size * (superscript[1] if sup else -0.15)))
        last = match.end()
    pieces.append((text[last:], size, 0.0))
    for piece, piece_size, rise in pieces:
        for token in re.split(r"( )", piece):
            if not token:
                continue
            if token == " " and word_gap is not None:
                x += word_gap * piece_size
                continue
            for run in re.findall(rf"[{re.escape(symbol)}]+|[^{re.escape(symbol)}]+" if symbol else r".+", token):
                run_font = symbol_font if symbol and run[0] in symbol else font
                if run_font == symbol_font and stand_ins:
                    run = "".join(stand_ins.get(c, c) for c in run)
                canvas.setFont(run_font, piece_size)
                canvas.drawString(x, y + rise, run)
                x += canvas.stringWidth(run, run_font, piece_size)
    return x


def mapped_font_pdf(out: Path, lines: Sequence[str], wrong: dict[str, str | None] | None = None,
                    no_map: bool = False, size: float = 10.0, raw: dict[str, str] | None = None) -> Path:
    """``lines`` in an embedded TrueType font whose ToUnicode map is broken the way some publishers'
    fonts are: each character in ``wrong`` maps to the character given (its minus to "@", say) or, for
    None, to nothing; each in ``raw`` to the hex digits given, written as they are (longer entries
    take the room of unused codes' entries, so the file's offsets stay right); with
    ``no_map`` the font has no ToUnicode map at all."""
    from reportlab.pdfgen import canvas as pdfcanvas

    font = _dejavu()
    canvas = pdfcanvas.Canvas(str(out), pageCompression=0)
    for k, line in enumerate(lines):
        draw_line(canvas, 72, 720 - k * 1.6 * size, line, font, size)
    canvas.save()
    data = out.read_bytes()
    for char, replacement in (wrong or {}).items():
        entry = re.search(rb"<([0-9A-F]{2})> <%04X>" % ord(char), data)
        assert entry, f"{char!r} is not in the font's map"
        if replacement is None:       # the entry now maps code 00 instead: the glyph's own code has none
            fixed = b"<00> " + entry.group(0)[5:]
        else:
            fixed = entry.group(0)[:5] + b"<%04X>" % ord(replacement)
        data = data[:entry.start()] + fixed + data[entry.end():]
    grown, start = 0, len(data)
    for char, digits in (raw or {}).items():
        entry = re.search(rb"<([0-9A-F]{2})> <%04X>" % ord(char), data)
        assert entry, f"{char!r} is not in the font's map"
        fixed = entry.group(0)[:5] + b"<%s>" % digits.encode()
        grown, start = grown + len(fixed) - len(entry.group(0)), min(start, entry.start())
        data = data[:entry.start()] + fixed + data[entry.end():]
    while grown > 0:                  # an unused code's entry gives its room
        unused = re.compile(rb"<[0-9A-F]{2}> <0000>\n").search(data, start)
        assert unused, "too few unused codes in the map"
        room = len(unused.group(0))
        data = data[:unused.start()] + b" " * max(room - grown, 0) + data[unused.end():]
        grown -= room
    if no_map:
        data = data.replace(b"/ToUnicode", b"/ToUnicodX")          # same length: offsets stay right
    out.write_bytes(data)
    return out


def symbol_font_pdf(out: Path, lines: Sequence[str], size: float = 10.0) -> Path:
    """``lines`` in Times, with Greek letters and the signs μ ° × − ± set in the Symbol font."""
    from reportlab.pdfgen import canvas as pdfcanvas

    canvas = pdfcanvas.Canvas(str(out))
    for k, line in enumerate(lines):
        draw_line(canvas, 72, 720 - k * 1.6 * size, line, "Times-Roman", size, symbol="μ°×−±αβγδ")
    canvas.save()
    return out


def pi_font_pdf(out: Path, lines: Sequence[str], stand_ins: dict[str, str], size: float = 10.0,
                pi_font: str = "Courier") -> Path:
    """``lines`` in an embedded font with a sound Unicode map, but each sign in ``stand_ins`` drawn
    alone in another font (``pi_font``) that has no map and whose glyph for it is a Latin stand-in:
    "=" as "5", "+" as "1", "°" as "u", as typesetters' pi fonts do."""
    from reportlab.pdfgen import canvas as pdfcanvas

    font = _dejavu()
    canvas = pdfcanvas.Canvas(str(out))
    for k, line in enumerate(lines):
        draw_line(canvas, 72, 720 - k * 1.6 * size, line, font, size, symbol="".join(stand_ins),
                  symbol_font=pi_font, stand_ins=stand_ins)
    canvas.save()
    return out


def positioned_words_pdf(out: Path, lines: Sequence[str], word_gap: float, size: float = 10.0) -> Path:
    """``lines`` with each word placed by position ``word_gap`` ems after the last, and no space chars."""
    from reportlab.pdfgen import canvas as pdfcanvas

    canvas = pdfcanvas.Canvas(str(out))
    for k, line in enumerate(lines):
        draw_line(canvas, 72, 720 - k * 1.4 * size, line, "Times-Roman", size, word_gap=word_gap)
    canvas.save()
    return out


def two_column_pdf(out: Path, pages: Sequence[tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str]]]],
                   running_head: str = "Journal of Invented Results 2024, 12, 345", folio: bool = True,
                   right_head: str = "", gutter: float = 28.0) -> Path:
    """Pages of two columns. Each page is (left, right); each column a list of (style, text), styles
    being "body", "heading", "section" (a heading in large type, as LaTeX sets \\section), "small" (a
    caption or a reference entry, in smaller type) and "title". ``right_head`` adds a second running
    head in the top right corner; ``gutter`` is the white space between the columns' text (LaTeX's
    default: 10 pt)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=11.5, alignment=4)
    styles = {"body": body,
              "heading": ParagraphStyle("heading", parent=body, fontName="Times-Bold", fontSize=11, leading=14,
                                        alignment=0, spaceBefore=6, spaceAfter=2),
              "section": ParagraphStyle("section", parent=body, fontName="Times-Bold", fontSize=14.4, leading=17,
                                        alignment=0, spaceBefore=10, spaceAfter=4),
              "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9, alignment=0, spaceAfter=1),
              "title": ParagraphStyle("title", parent=body, fontName="Times-Bold", fontSize=16, leading=19)}
    width, height = A4
    padding = 6.0                                        # each frame's own, on either side of its text
    column = (width - 100 - gutter + 2 * padding) / 2
    frames = [Frame(50, 60, column, height - 130, id="left", leftPadding=padding, rightPadding=padding),
              Frame(50 + gutter - 2 * padding + column, 60, column, height - 130, id="right",
                    leftPadding=padding, rightPadding=padding)]

    def furniture(canvas, doc) -> None:
        canvas.setFont("Times-Italic", 8)
        canvas.drawString(50, height - 45, running_head)
        if right_head:                                   # a DOI link in the top right corner, say
            canvas.drawRightString(width - 50, height - 45, right_head)
        if folio:
            canvas.drawString(width - 60, 35, str(doc.page))

    def markup(text: str) -> str:
        return SCRIPT.sub(lambda m: f"<{'super' if m.group(1) == '^' else 'sub'}>{m.group(2)}"
                                    f"</{'super' if m.group(1) == '^' else 'sub'}>", text)

    story = []
    for left, right in pages:
        for k, side in enumerate((left, right)):
            story.extend(Paragraph(markup(text), styles[style]) for style, text in side)
            if k == 0 or (left, right) != tuple(pages[-1]):
                story.append(FrameBreak())
    doc = BaseDocTemplate(str(out), pagesize=A4, title="Invented results")
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
    doc.build(story)
    return out


def one_column_pdf(out: Path, paragraphs: Sequence[tuple[str, str]]) -> Path:
    """One column of (style, text) paragraphs: "title", "body", or "equation" (italic, centred, as a
    displayed equation is set). ``<i>``, ``<sub>`` and ``<super>`` markup is reportlab's own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5, alignment=4)
    styles = {"body": body,
              "equation": ParagraphStyle("equation", parent=body, fontName="Times-Italic", leading=14, alignment=1,
                                         spaceBefore=4, spaceAfter=4),
              "title": ParagraphStyle("title", parent=body, fontName="Times-Bold", fontSize=16, leading=20)}
    SimpleDocTemplate(str(out), pagesize=A4).build([Paragraph(text, styles[style]) for style, text in paragraphs])
    return out


def line_numbered_pdf(out: Path, lines: Sequence[tuple[str, str]], first_number: int = 1, gap: float = 10.0,
                      per_page: int = 0) -> Path:
    """(style, text) lines, "heading", "body", "hanging" (a reference entry's run-over line, indented
    3 ems) or "small" (set in the numbers' size, as a reference list may be), each line as given (no
    wrapping), double spaced, with a 6 pt sans-serif number right-aligned ``gap`` pt left of every line,
    counting on from ``first_number``; ``per_page`` lines a page (0: all on one)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    canvas = pdfcanvas.Canvas(str(out), pagesize=A4)
    y = A4[1] - 72
    for k, (style, text) in enumerate(lines):
        if per_page and k and k % per_page == 0:
            canvas.showPage()
            y = A4[1] - 72
        canvas.setFont("Helvetica", 6)
        canvas.drawRightString(72 - gap, y, str(first_number + k))
        font, size = {"heading": ("Times-Bold", 14), "small": ("Times-Roman", 6)}.get(style, ("Times-Roman", 12))
        canvas.setFont(font, size)
        canvas.drawString(108 if style == "hanging" else 72, y, text)
        y -= 24
    canvas.save()
    return out


def two_column_line_numbered_pdf(out: Path, left: Sequence[str], right: Sequence[str], first_number: int = 1,
                                 gap: float = 10.0) -> Path:
    """Two columns of lines (each as given), 10 pt Times, 14 pt apart, and a 5 pt sans-serif number
    left-aligned ``gap`` pt right of every line's column, as lineno's right-side numbering sets them in a
    two-column manuscript: the left column's numbers stand in the gutter, text on both sides of them. The
    left column is justified, the right one ragged (a reference list's entries).
    The left column counts from ``first_number``, the right one on from it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas as pdfcanvas

    canvas = pdfcanvas.Canvas(str(out), pagesize=A4)
    number = first_number
    for x0, x1, lines in ((56.0, 280.0, left), (316.0, 540.0, right)):
        y = A4[1] - 72
        for text in lines:
            line = canvas.beginText(x0, y)
            line.setFont("Times-Roman", 10)
            # the left column justified, its lines ending at the gutter (the word space is graphics state:
            # set for every line, or the right column's lines take the left's)
            justified = x0 < A4[0] / 2
            line.setWordSpace((x1 - x0 - stringWidth(text, "Times-Roman", 10)) / max(text.count(" "), 1)
                              if justified else 0.0)
            line.textOut(text)
            canvas.drawText(line)
            canvas.setFont("Helvetica", 5)
            canvas.drawString(x1 + gap, y, str(number))
            number += 1
            y -= 14
    canvas.save()
    return out


def _justified_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` broken into lines of at most ``width``, a long word that does not fit split with a hyphen."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    words = text.split()
    while words:
        word = words.pop(0)
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) <= width:
            line = trial
            continue
        cut = next((k for k in range(len(word) - 3, 2, -1)
                    if stringWidth(f"{line} {word[:k]}-", font, size) <= width), 0)
        if cut:
            lines.append(f"{line} {word[:cut]}-")
            words.insert(0, word[cut:])
        else:
            lines.append(line)
            words.insert(0, word)
        line = ""
    return lines + [line] if line else lines


def justified_columns_pdf(out: Path, left: Sequence[str], right: Sequence[str], gutter: float = 10.0,
                          protrusion: float = 0.7, size: float = 10.0, sentence_space: float = 1.0) -> Path:
    """Paragraphs in two justified Times columns ``gutter`` apart on an A4 page; each line's closing hyphen,
    comma or stop hangs ``protrusion`` of its width into the gutter, as microtype's protrusion sets it. A
    space after a stop stretches ``sentence_space`` times as far as the others (TeX's English spacing)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas as pdfcanvas

    font, leading = "Times-Roman", size * 1.2
    width = (A4[0] - 100 - gutter) / 2
    canvas = pdfcanvas.Canvas(str(out), pagesize=A4)
    canvas.setFont(font, size)
    for x0, paragraphs in ((50.0, left), (50.0 + width + gutter, right)):
        y = A4[1] - 80
        for paragraph in paragraphs:
            lines = _justified_lines(paragraph, width, font, size)
            for k, line in enumerate(lines):
                words = line.split()
                hang = protrusion * stringWidth(line[-1], font, size) if line[-1] in "-,." else 0.0
                spare = width + hang - stringWidth("".join(words), font, size)
                weights = [sentence_space if word.endswith(".") else 1.0 for word in words[:-1]]
                unit = spare / sum(weights) if k < len(lines) - 1 and len(words) > 1 else stringWidth(" ", font, size)
                x = x0
                for word, weight in zip(words, [*weights, 0.0], strict=True):
                    canvas.drawString(x, y, word)
                    x += stringWidth(word, font, size) + unit * weight
                y -= leading
            y -= leading / 2
    canvas.save()
    return out


def second_hyphen_pdf(out: Path, line: str, second_width: int = 171) -> Path:
    """``line`` in a font not embedded (Times' widths, in fractions of a thousandth as TeX's fonts give
    them) whose encoding also names code 0x7F "hyphen", ``second_width`` thousandths of an em wide (TeX's
    T1 fonts keep a narrower hyphen there); the text uses 0x2D."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = [stringWidth(chr(c), "Times-Roman", 1000) + 0.25 for c in range(32, 127)] + [second_width + 0.25]
    content = f"BT /F1 10 Tf 72 720 Td ({line}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /InventedSerif /FirstChar 32 /LastChar 127 /Widths ["
               + " ".join(f"{w:.2f}" for w in widths).encode() + b"] /Encoding << /Type /Encoding /Differences [127 /hyphen] >> >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
               b" /Contents 5 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out.write_bytes(pdf_file(objects))
    return out


def _times_font(widths: dict[int, float], encoding: bytes = b"", to_unicode: int | None = None) -> bytes:
    """A font dictionary for Times-Roman, not embedded, with the file's own ``widths`` (code → thousandths)."""
    first, last = min(widths), max(widths)
    listed = " ".join(f"{widths.get(code, 0):g}" for code in range(first, last + 1)).encode()
    return (b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar %d /LastChar %d /Widths [%s]%s%s >>"
            % (first, last, listed, encoding, b" /ToUnicode %d 0 R" % to_unicode if to_unicode else b""))


def _times_widths() -> dict[int, float]:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return {code: stringWidth(chr(code), "Times-Roman", 1000) for code in range(32, 127)}


def slanted_words_pdf(out: Path, words: Sequence[tuple[str, bool]], gap: float = 0.25, shear: float = 0.25,
                      size: float = 10.0) -> Path:
    """``words`` on one line in Times-Roman, each placed by position with no space between, ``gap`` ems
    apart; a word marked True is slanted by a shear of its text matrix (an oblique set without an
    italic font: troff's Greek letters, a synthetic italic)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x, shown = 72.0, []
    for word, slanted in words:
        shown.append(f"1 0 {shear if slanted else 0:g} 1 {x:.3f} 720 Tm ({word}) Tj")
        x += stringWidth(word, "Times-Roman", size) + gap * size
    content = f"BT /F1 {size:g} Tf {' '.join(shown)} ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
               _times_font(_times_widths()),
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
               b" /Contents 5 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out.write_bytes(pdf_file(objects))
    return out


def spelled_ligature_pdf(out: Path, line: str, size: float = 10.0) -> Path:
    """``line`` in Times-Roman, not embedded, its "fi" and "fl" drawn as the ligature glyphs (codes 128 and 129,
    named by the encoding, at the file's widths) that its ToUnicode map spells out as two letters, as troff
    sets a standard font."""
    widths = {**_times_widths(), 128: 556, 129: 556}
    codes = line.replace("fi", "\\200").replace("fl", "\\201")     # PDF string escapes
    content = f"BT /F1 {size:g} Tf 72 720 Td ({codes}) Tj ET".encode()
    to_unicode = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Invented-UCS def "
                  b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
                  b"2 beginbfchar\n<80> <00660069>\n<81> <0066006C>\nendbfchar endcmap "
                  b"CMapName currentdict /CMap defineresource pop end end")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
               _times_font(widths, b" /Encoding << /Type /Encoding /Differences [128 /fi /fl] >>", to_unicode=6),
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
               b" /Contents 5 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode), to_unicode)]
    out.write_bytes(pdf_file(objects))
    return out


def cid_font_pdf(out: Path, lines: Sequence[str], size: float = 10.0, face: str | Path = "DejaVuSerif",
                 word_gap: int | None = None, read_as: dict[str, str] | None = None, cmap_in_name: bool = False) -> Path:
    """``lines`` in ``face`` (a matplotlib DejaVu face, or a TrueType file) embedded as an Identity-H CID font (CIDFontType2,
    two-byte glyph ids), each line one text object, with its widths and a ToUnicode map. With
    ``word_gap`` (thousandths of an em) the spaces are not glyphs but moves in a TJ array, as TeX sets
    its interword glue. A char of ``read_as`` is drawn with its own glyph but mapped to the text given (a
    raised figure an OpenType feature chose, mapped back to its digit); with ``cmap_in_name`` the Type 0
    font's BaseFont ends in its CMap's name ("…-Identity-H"), as the PDF standard has it."""
    import zlib

    import matplotlib
    from fontTools.ttLib import TTFont

    path = face if isinstance(face, Path) else Path(matplotlib.get_data_path()) / "fonts" / "ttf" / f"{face}.ttf"
    face = path.stem
    font = TTFont(path)
    cmap, metrics, em = font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm
    gids = {c: font.getGlyphID(cmap[ord(c)]) for c in sorted(set("".join(lines)))}

    def shown(line: str) -> str:
        if word_gap is None:
            return "<" + "".join(f"{gids[c]:04X}" for c in line) + "> Tj"
        return "[" + f" {-word_gap} ".join("<" + "".join(f"{gids[c]:04X}" for c in word) + ">"
                                           for word in line.split(" ")) + "] TJ"

    content = "".join(f"BT /F1 {size:g} Tf 72 {720 - k * 1.6 * size:g} Td {shown(line)} ET\n"
                      for k, line in enumerate(lines)).encode()
    widths = " ".join(f"{g} [{round(metrics[cmap[ord(c)]][0] * 1000 / em)}]" for c, g in gids.items())
    utf16 = {g: (read_as or {}).get(c, c).encode("utf-16-be").hex().upper() for c, g in gids.items()}
    to_unicode = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Invented-UCS def "
                  "/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                  f"{len(utf16)} beginbfchar\n" + "".join(f"<{g:04X}> <{u}>\n" for g, u in utf16.items())
                  + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    program = zlib.compress(path.read_bytes())
    head, hhea = font["head"], font["hhea"]
    scale = 1000 / em
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
               b" /Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+%s%s /Encoding /Identity-H"
               b" /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>" % (face.encode(), b"-Identity-H" * cmap_in_name),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+%s /CIDToGIDMap /Identity"
               b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000"
               b" /W [%s] /FontDescriptor 8 0 R >>" % (face.encode(), widths.encode()),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(to_unicode), to_unicode),
               b"<< /Type /FontDescriptor /FontName /ABCDEF+%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0"
               b" /Ascent %d /Descent %d /CapHeight 700 /StemV 80 /FontFile2 9 0 R >>"
               % (face.encode(), head.xMin * scale, head.yMin * scale, head.xMax * scale, head.yMax * scale,
                  hhea.ascent * scale, hhea.descent * scale),
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(program), program)]
    out.write_bytes(pdf_file(objects))
    return out


def trailing_kern_pdf(out: Path, before: Sequence[str], sign_code: str, after: str, gap: int = 337,
                      size: float = 10.0) -> Path:
    """One line: the words ``before`` in Times-Roman, parted by moves of ``gap`` thousandths of an em in one
    TJ array that ends on such a move and an empty string, then the code ``sign_code`` in Symbol (its minus, at its width), then
    ``after`` in Times-Roman, each shown where the one before left off (troff's way with a sign)."""
    kerned = f" -{gap} ".join(f"({word})" for word in before) + f" -{gap} ()"
    content = (f"BT /F1 {size:g} Tf 72 720 Td [{kerned}] TJ /F2 {size:g} Tf ({sign_code}) Tj "
               f"/F1 {size:g} Tf ({after}) Tj ET").encode("latin-1")
    return _times_and_symbol_page(out, content, b"/FirstChar 45 /LastChar 45 /Widths [549] ")


def _times_and_symbol_page(out: Path, content: bytes, symbol_entries: bytes = b"") -> Path:
    """An A4 page of ``content`` with Times-Roman as /F1 and the standard Symbol font, unembedded, as /F2 (its
    dictionary given ``symbol_entries``)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [4 0 R] >>",
               _times_font(_times_widths()),
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 6 0 R >> >>"
               b" /Contents 5 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol " + symbol_entries + b">>"]
    out.write_bytes(pdf_file(objects))
    return out


def bare_symbol_pdf(out: Path, pieces: Sequence[tuple[str, bool]], size: float = 10.0) -> Path:
    """One line of ``pieces``, each (codes, in Symbol), shown one after another in Times-Roman or in the
    standard Symbol font, left unembedded with neither Widths nor an Encoding, as Ghostscript leaves it. A
    space is no glyph but a move of a quarter em in the TJ array, as troff sets its words."""
    shown = "".join(f"/F{2 if symbol else 1} {size:g} Tf [" + " -250 ".join(f"({word})" for word in codes.split(" "))
                    + "] TJ " for codes, symbol in pieces)
    shown = shown.replace("() -250 ", "-250 ").replace(" -250 ()", " -250")     # no empty strings
    return _times_and_symbol_page(out, f"BT 72 720 Td {shown}ET".encode("latin-1"))


def inherited_media_box_pdf(out: Path, lines: Sequence[str], size: float = 10.0) -> Path:
    """``lines`` in Times-Roman near the top of an A4 page whose MediaBox is set by its Pages node, not the
    page's own dictionary (the page inherits it, as troff writes its pages)."""
    content = "".join(f"BT /F1 {size:g} Tf 72 {800 - k * 1.4 * size:g} Td ({line}) Tj ET\n"
                      for k, line in enumerate(lines)).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [4 0 R] /MediaBox [0 0 595 842] >>",
               _times_font(_times_widths()),
               b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out.write_bytes(pdf_file(objects))
    return out


GLYPH_NAMES = {" ": "space", ".": "period", ",": "comma", "-": "hyphen", **{str(d): name for d, name in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])}}


def flipped_type3_pdf(out: Path, lines: Sequence[str], size: float = 10.0, numbered: bool = False) -> Path:
    """``lines`` in a Type 3 font whose FontMatrix flips its glyphs upside down ([0.01 0 0 -0.01 0 0], rows
    counted downwards as in a bitmap), each line set by an upside-down text matrix so the glyphs stand
    upright, one glyph a box of ink; the encoding names the glyphs, with Times' widths, and there is no
    ToUnicode map. Ghostscript writes a PostScript file's bitmap fonts so. ``numbered``: the codes are
    numbered 1, 2, 3 … in the glyphs' order, as a font subset anew numbers them, so only the names tell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    chars = sorted(set("".join(lines)))
    # TeX's text encodings keep ASCII's codes for letters and digits
    codes = {c: k + 1 for k, c in enumerate(chars)} if numbered else {c: ord(c) for c in chars}
    glyph_at = {code: c for c, code in codes.items()}
    widths = {c: round(stringWidth(c, "Times-Roman", 100)) for c in chars}
    procs = {c: (f"{widths[c]} 0 0 -70 {widths[c]} 20 d1" + ("" if c == " " else f" 5 -65 {widths[c] - 10} 80 re f"))
             for c in chars}
    names = {c: GLYPH_NAMES.get(c, c) for c in chars}
    differences = " ".join(f"{codes[c]} /{names[c]}" for c in chars)
    shown = "".join(f"BT /F1 {size:g} Tf 1 0 0 -1 72 {720 - k * 1.4 * size:g} Tm <"
                    + "".join(f"{codes[c]:02X}" for c in line) + "> Tj ET\n" for k, line in enumerate(lines))
    content = shown.encode()
    first = 6 + 1                  # object numbers of the glyph procedures: after the content stream
    char_procs = " ".join(f"/{names[c]} {first + k} 0 R" for k, c in enumerate(chars))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
               b" /Contents 6 0 R >>",
               b"<< /Type /Font /Subtype /Type3 /FontMatrix [0.01 0 0 -0.01 0 0] /FontBBox [0 -70 100 20]"
               b" /FirstChar %d /LastChar %d /Widths [%s] /Encoding 5 0 R /CharProcs << %s >> /Resources << >> >>"
               % (codes[chars[0]], codes[chars[-1]], " ".join(str(widths.get(glyph_at.get(code, ""), 0)) for code in
                                                           range(codes[chars[0]], codes[chars[-1]] + 1)).encode(),
                  char_procs.encode()),
               b"<< /Type /Encoding /Differences [%s] >>" % differences.encode(),
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               *(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(procs[c]), procs[c].encode()) for c in chars)]
    out.write_bytes(pdf_file(objects))
    return out


def pdf_file(objects: Sequence[bytes]) -> bytes:
    """A PDF written by hand from its objects' dictionaries (object 1 the catalog), with its xref table."""
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)
