"""Chars → words, from geometry alone. Pure; one pass, kept tight because it runs once per char.

A word ends at a space char, at a gap wider than ``WORD_GAP`` of the font size, or where the size or
the line changes, so sub- and superscripts are words of their own. Many PDFs draw no space chars
at all (LaTeX, most typesetting systems place each word by position), so the gap is what counts;
``spaced`` then tells, for each pair of neighbouring words, whether a reader sees a space between.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.records import Char, PageChars, PageWords, Word, make_word

WORD_GAP = 0.1          # a gap wider than this share of the font size separates two words
# ... but beside a hyphen, whose ink is a short bar inside wide side bearings, an ink-to-ink gap inside a word
# ("PXQ-7" set by Chromium and printed again by Ghostscript: 0.1 em before the hyphen) may be wider
HYPHEN_GAP = 0.15
HYPHENS = ("-", "\u2010")
# a word the producer closed with a space char reads apart from the next however close the next stands; where the
# boxes say otherwise (a text layer fitted to a scan's word boxes by horizontal scaling runs a word's advance up to
# the next word), the word's right edge is drawn back to leave this narrow word space. A glyph drawn back over the
# word's own advance is kerned onto it, the space taken back (troff's PostScript sets "gav", a space, then "e" so,
# the space itself drawn back over the v), unless the space stood at the word's end: a scan's word boxes, fitted
# a pixel apart or overlapping by one, put the next word a hair inside the word's advance
SPACE_KEPT = 0.2
SPACE_AT_END = 0.01     # ems: a space char starting this near a word's end, or after it, stands at its end


def font_name(raw: str) -> str:
    """'ABCDEF+Times-Bold' → 'Times-Bold' (drop the subset tag)."""
    return raw.split("+", 1)[1] if len(raw) > 7 and raw[6] == "+" else raw


def spaced(gap: float, size: float) -> bool:
    """Whether a gap of ``gap`` points after a word of ``size`` points reads as a space."""
    return gap > WORD_GAP * size


def words_from_chars(chars: Iterable[Char]) -> tuple[Word, ...]:
    """Group chars (repaired, in content-stream order) into words."""
    words: list[Word] = []
    append = words.append
    text: list[str] = []
    x0 = x1 = top = bottom = size = 0.0
    font = ""
    upright = True
    last_glyph, last_x0, last_top = "", 0.0, 0.0      # the previous char, to drop glyphs drawn twice
    after_space = False                                # a space char closed the word before
    space_x0 = 0.0                                     # ... standing from here
    # a glyph's fields unpacked at once: the loop reads nearly all of them, for every glyph of the paper
    for glyph, c_x0, c_x1, c_top, c_bottom, c_size, c_font, c_upright, _, _ in chars:
        if not glyph or glyph.isspace():
            if text:
                append(make_word(("".join(text), x0, x1, top, bottom, round(size, 2), font, upright)))
                text = []
                after_space = True
                space_x0 = c_x0
            last_glyph = ""
            continue
        if glyph == last_glyph and -0.5 < last_x0 - c_x0 < 0.5 and -0.5 < last_top - c_top < 0.5:
            continue                                       # the same glyph drawn twice (fake bold)
        last_glyph, last_x0, last_top = glyph, c_x0, c_top
        if text:
            if c_upright and upright:
                gap = c_x0 - x1
                same = (-0.05 * size <= c_size - size <= 0.05 * size and -0.3 * size < c_top - top < 0.3 * size
                        and -0.5 * size < gap and (gap <= WORD_GAP * size or gap <= HYPHEN_GAP * size and
                                                   (glyph in HYPHENS or text[-1] in HYPHENS)))
            elif not c_upright and not upright:          # rotated text: sizes are not comparable
                gap = c_top - bottom if c_top - bottom > top - c_bottom else top - c_bottom
                width = x1 - x0 if x1 - x0 > 1.0 else 1.0
                same = gap <= 0.3 * width and -0.3 * width < c_x0 - x0 < 0.3 * width
            else:
                same = False
            if same:
                text.append(glyph)
                if c_x0 < x0:
                    x0 = c_x0
                if c_x1 > x1:
                    x1 = c_x1
                if c_top < top:
                    top = c_top
                if c_bottom > bottom:
                    bottom = c_bottom
                continue
            append(make_word(("".join(text), x0, x1, top, bottom, round(size, 2), font, upright)))
        elif after_space and c_upright:
            _keep_space(words, c_x0, c_top, c_size, space_x0)
        after_space = False
        text = [glyph]
        x0, x1, top, bottom, size, upright = c_x0, c_x1, c_top, c_bottom, c_size, bool(c_upright)
        font = font_name(c_font)
    if text:
        append(make_word(("".join(text), x0, x1, top, bottom, round(size, 2), font, upright)))
    return tuple(words)


def _keep_space(words: list[Word], x0: float, top: float, size: float, space_x0: float) -> None:
    """Draw back the right edge of the last word, which a space char closed, where the next word, of its size and
    line, starts at its end or less than a word gap after it (``SPACE_KEPT``): the producer's space stands. So too
    where the next word starts up to a word gap inside the last one's advance, if the space char (from
    ``space_x0``) stood at that word's end: an OCR layer's word boxes may overlap by a pixel of the scan. A space
    drawn back over the word with the glyph after it (troff) leaves that glyph kerned on."""
    last = words[-1] if words else None
    if last is None or not last.upright or abs(size - last.size) > 0.05 * size or abs(top - last.top) > 0.3 * size:
        return
    edge = x0 - SPACE_KEPT * size
    gap = x0 - last.x1
    at_the_end = space_x0 >= last.x1 - SPACE_AT_END * size
    if (gap >= 0.0 or at_the_end and gap >= -WORD_GAP * size) and gap <= WORD_GAP * size and edge > last.x0:
        words[-1] = last._replace(x1=edge)


def page_words(page: PageChars) -> PageWords:
    return PageWords(page.number, page.width, page.height, words_from_chars(page.chars), page.figures,
                     page.drawings, page.rules)
