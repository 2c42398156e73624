"""Blocks → Sentence records, keeping page, bounding box, section and citation markers.

Splitting is rule-based: a sentence ends at '.', '!' or '?' followed by a capital, a digit or an
opening bracket, unless the word before the stop is an abbreviation ("Fig.", "et al.", "ca.") or an
initial ("J. Zhang"). Markers that follow a stop ("…99%.[47] Next") belong to the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence

from pipeline.float_pointers import TABLE_CAPTION
from pipeline.reader.tables import Under, left_under, table_notes, table_sentences
from pipeline.records import Block, BlockKind, CitationMarker, Document, Sentence

ABBREVIATIONS = frozenset({
    "fig", "figs", "al", "ca", "e.g", "i.e", "eg", "ie", "vs", "no", "nos", "ref", "refs", "eq", "eqs",
    "approx", "dr", "prof", "mr", "ms", "resp", "cf", "vol", "pp", "ed", "eds", "viz", "sect", "ch", "st",
    "mt", "inc", "co", "ltd", "min", "max", "wt", "avg", "tab", "suppl", "u.s", "mol",
})
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"al"})     # "et al." may end a sentence, its marker right after
# "… for 0, 4 and 16 min. Li||Cu cells were …": after a number the word is its unit, which ends a sentence as "600 h."
# does, not the abbreviation it is elsewhere ("min. and max. values")
UNIT_ABBREVIATIONS = frozenset({"min"})
# "… 11 mV. • B: …": a bullet opens one; "… respectively. (b) Voltage profiles …": so does a caption's panel label
BOUNDARY = re.compile(r"[.!?](?=[\"”’)]*\s+(?:[\"“(\[]?[A-Z0-9α-ωΑ-Ω•▪◦‣]|\([a-z](?:\s?[,–-]\s?[a-z])*\)\s))")
TEXT_KINDS = frozenset({BlockKind.BODY, BlockKind.ABSTRACT, BlockKind.CAPTION, BlockKind.TABLE})


def split_offsets(text: str, marked: Collection[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; ``end`` is just after its closing stop. ``marked``: where
    citation markers stood, lifted out of the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        stop = match.start()
        before = _word_before(text, start, stop).lower()
        if (before in ABBREVIATIONS and not _closed_by_marker(text, stop, before, marked)
                and not _unit_after_a_number(text, stop, before)) or _is_initial(text, stop):
            continue
        if re.fullmatch(r"\d+", before) and re.match(r"\.\d", text[stop:stop + 2]):
            continue   # a decimal point
        end = stop + 1
        while end < len(text) and text[end] in "\"”’)":
            end += 1
        if text[start:end].strip():
            spans.append((start, end))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _word_before(text: str, start: int, stop: int) -> str:
    r"""The word (letters, digits, '_' and dots) that ends at ``stop``, no further back than ``start``: what
    ``re.search(r"([\w.]+)$", text[start:stop])`` finds (``$`` also before one closing newline), read back
    from the stop. The search tried every place from ``start`` on and ran each word to its end before
    failing there: at every stop, over all the sentence so far (two thirds of the sample review's split)."""
    end = stop - 1 if stop > start and text[stop - 1] == "\n" else stop
    at = end
    while at > start and (text[at - 1].isalnum() or text[at - 1] in "_."):     # \w is isalnum() or '_'
        at -= 1
    return text[at:end]


def _unit_after_a_number(text: str, stop: int, before: str) -> bool:
    """"… grown for 16 min." : a unit written after its number, so the stop closes the sentence."""
    near = text[max(0, stop - len(before) - 2):stop]       # the number and the unit right before the stop
    return before in UNIT_ABBREVIATIONS and bool(re.search(r"\d\s?" + re.escape(before) + r"$", near, re.I))


def _closed_by_marker(text: str, stop: int, before: str, marked: Collection[int]) -> bool:
    """"… was reported by Lee et al.[12] A Ti mesh …": a work's authors end the sentence that credits them, and
    their marker after the stop, before a capital, closes it; the marker does not stand mid-sentence after "al."."""
    return before in SENTENCE_FINAL_ABBREVIATIONS and stop + 1 in marked and bool(re.match(r"\s+[A-Z]", text[stop + 1:]))


def _is_initial(text: str, stop: int) -> bool:
    """A lone capital before the stop, as in "J. Zhang"; but not a unit after a number ("at 60 °C.",
    "cycled at 2 C.", "up to 4.3 V."), which ends its sentence."""
    if not re.fullmatch(r"[A-Z]", text[stop - 1:stop]) or stop >= 2 and text[stop - 2].isalnum():
        return False
    if stop >= 3 and text[stop - 2] in "-‐–" and text[stop - 3].isalnum():
        return False        # "… 26 mV in LC-E. Cells …": a hyphenated code's last letter ("J.-M." stays initials)
    return not re.search(r"\d\s?°?$", text[max(0, stop - 4):stop - 1])


def _markers_for(markers: Iterable[CitationMarker], start: int, end: int, is_last: bool) -> tuple[CitationMarker, ...]:
    """Markers inside [start, end], re-based to the sentence. A marker right after the stop stays with it."""
    out = []
    for m in markers:
        if start <= m.start <= end or (is_last and m.start > end):
            out.append(CitationMarker(m.numbers, min(m.start, end) - start, m.raw))
    return tuple(out)


def block_sentences(doc_id: str, block: Block, first_index: int) -> list[Sentence]:
    spans = split_offsets(block.text, {m.start for m in block.citations})
    sentences = []
    taken: set[int] = set()
    for k, (start, end) in enumerate(spans):
        text = block.text[start:end].strip()
        lead = len(block.text[start:end]) - len(block.text[start:end].lstrip())
        next_start = spans[k + 1][0] if k + 1 < len(spans) else len(block.text) + 1
        if k + 1 < len(spans):        # up to the next sentence's first letter
            following = block.text[next_start:spans[k + 1][1]]
            next_start += len(following) - len(following.lstrip()) + 1
        # a marker between this sentence's stop and the next sentence's first letter, or on that letter (a
        # line broken before the marker puts it there), is this one's: no sentence opens with its own
        markers = [m for i, m in enumerate(block.citations) if i not in taken and start <= m.start < next_start]
        taken.update(i for i, m in enumerate(block.citations) if start <= m.start < next_start)
        page, bbox = block.page_at(start + lead)
        sentences.append(Sentence(
            doc_id=doc_id, index=first_index + len(sentences), text=text, page=page, bbox=bbox, block=block.order,
            kind=block.kind, section=block.section,
            citations=tuple(CitationMarker(m.numbers, max(0, min(m.start - start - lead, len(text))), m.raw)
                            for m in markers)))
    return sentences


def notes_under(blocks: Sequence[Block], at: int) -> dict[str, str]:
    """The notes set under table block ``at``, by mark: the block right after it on its page (or after a caption set
    under it) that opens on a note's mark ("a Tested at 0.5 mA cm−2.")."""
    for block in blocks[at + 1:at + 3]:
        if block.page != blocks[at].page or block.kind == BlockKind.TABLE:
            break
        if notes := table_notes(block.text):
            return notes
        if block.kind != BlockKind.CAPTION:
            break
    return {}


def sentences(document: Document, kinds: frozenset[BlockKind] = TEXT_KINDS) -> Iterator[Sentence]:
    """Every sentence of the document's running text, captions included, in reading order; a table's rows as
    the sentences they stand for."""
    index = 0
    under: Under | None = None          # what the table read last left its rows under: one without a heading goes on
    for at, block in enumerate(document.blocks):
        if block.kind not in kinds:
            continue
        if block.kind == BlockKind.TABLE:
            found = table_sentences(document.doc_id, block, index, under, _caption_of(document.blocks, at),
                                    notes_under(document.blocks, at))
            under = left_under(block, under)
        else:
            found = block_sentences(document.doc_id, block, index)
        for sentence in found:
            index += 1
            yield sentence


def _caption_of(blocks: Sequence[Block], k: int) -> str:
    """The caption of the table in ``blocks[k]``: a table's caption block right before it (where papers set it), else
    right after it; "" when neither is a table's caption."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(blocks) and blocks[j].kind == BlockKind.CAPTION and TABLE_CAPTION.match(blocks[j].text.strip()):
            return blocks[j].text
    return ""
