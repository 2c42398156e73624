"""A PDF file → a Document: blocks in reading order, the paper's metadata and its reference list.

This is the reader's one entry point. It composes the stages in the order the data flows through
them: ``lines`` (pdf, the only I/O → glyphs → words → layout) → blocks → references → citations
(markers that only the reference list can tell: "(12)", "(Xu et al., 2014)"); ``segment`` then cuts
the Document's blocks into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pipeline.read_options import DEFAULT_BACKEND, ReaderBackend
from pipeline.reader.blocks import (
    PAREN_CITATION,
    blocks_from_lines,
    lift_in_blocks,
    lift_inline_citations,
    paren_citations,
    splice,
)
from pipeline.reader.citations import author_year_citations
from pipeline.reader.layout import LayoutOptions
from pipeline.reader.lines import PdfLines, read_lines
from pipeline.reader.pdf import ReadLimits
from pipeline.reader.references import DOI, YEAR, journal_like, parse_references, unresolved
from pipeline.records import Block, BlockKind, CitationMarker, Document, LineSpan, PaperMeta

# "a survey of", "we survey": a review by another name (not an XPS "survey spectrum")
REVIEW_CUES = re.compile(r"\b(review|minireview|progress report|perspective|overview|survey\s+of|we\s+survey)\b",
                         re.IGNORECASE)


def doc_id_for(doi: str, sha256: str) -> str:
    """A paper's identity: its DOI when known, else a prefix of its content hash."""
    return doi.lower() if doi else f"sha256:{sha256[:16]}"


# a paper's own DOI, where a block opens with it: "DOI: 10.…", "doi:10.…", "https://doi.org/10.…"
OWN_DOI = re.compile(r"\s*(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s,;]+[^\s,;.)\]])", re.IGNORECASE)


def _first_page_doi(blocks: Sequence[Block]) -> str:
    """The first DOI on the first page; else one that opens a block of the second, where a long
    affiliation list or abstract pushed the paper's own DOI line over (a DOI in the text there, cited
    in a sentence, is another work's)."""
    for block in blocks:
        if block.page > 2:
            break
        if block.kind == BlockKind.REFERENCES:
            continue
        match = DOI.search(block.text) if block.page == 1 else OWN_DOI.match(block.text)
        if match:
            return match.group(1).rstrip(".")
    return ""


CITATION_LINE = [   # how a paper's own citation is printed in its metadata, header or footer
    re.compile(r"(?P<year>(?:19|20)\d\d)\s*[.,]\s*(?P<volume>\d{1,4})\s*[:,]\s*(?P<pages>[A-Za-z]?\d[\w\-–]*)"),
    re.compile(r"\((?P<year>(?:19|20)\d\d)\)\s*(?P<volume>\d{1,4})\s*:\s*(?P<pages>[A-Za-z]?\d[\w\-–]*)"),
    re.compile(r"\|\s*(?P<volume>\d{1,4})\s*:\s*(?P<pages>[A-Za-z]?\d+)\s*\|"),
]
JOURNAL_HEAD = re.compile(r"^\s*(?P<journal>[A-Z][A-Za-z.&’' -]{2,80}?)\s*(?:[,|;:(]|\s(?:19|20)\d\d|\s\d|$)")


def _journal(candidates: Sequence[str]) -> str:
    for text in candidates:
        if not text or len(text) > 160:
            continue
        match = JOURNAL_HEAD.match(text)
        if match and journal_like(match["journal"]) and not re.search(r"doi|https?|www", match["journal"], re.I):
            return match["journal"].strip(" ,")
    return ""


def _locator(candidates: Sequence[str]) -> tuple[str, str, int | None]:
    for text in candidates:
        if not text or len(text) > 200:
            continue
        for pattern in CITATION_LINE:
            match = pattern.search(text)
            if match:
                year = match.groupdict().get("year")
                return match["volume"], match["pages"], int(year) if year else None
    return "", "", None


def _split_names(text: str) -> tuple[str, ...]:
    cleaned = re.sub(r"[\d*†‡§¶#✉]+", " ", text)
    parts = [" ".join(p.split()) for p in re.split(r",|;|\||&|\band\b", cleaned)]
    return tuple(p for p in parts if p)


def paper_meta(metadata: dict[str, str], blocks: Sequence[Block]) -> PaperMeta:
    """Title, authors, journal, year, volume, pages and DOI from the PDF's metadata and its first page."""
    first = [b for b in blocks if b.page == 1]
    subject = metadata.get("Subject", "").strip()
    if len(subject) > 160:
        subject = ""                                   # some producers put the abstract here
    doi_match = DOI.search(subject) or DOI.search(metadata.get("doi", "") or "")
    doi = doi_match.group(1).rstrip(".") if doi_match else _first_page_doi(blocks)
    title = " ".join(metadata.get("Title", "").replace("\u2010", "-").split())
    title_blocks = [b for b in first if b.kind == BlockKind.TITLE]
    if not title or title.lower() in {"untitled", "title"} or len(title) < 12 or title.lower().endswith(
            (".pdf", ".doc", ".docx")):
        if title_blocks:
            title = title_blocks[0].text
        else:
            headings = [b for b in first if b.kind == BlockKind.HEADING]
            title = max(headings, key=lambda b: len(b.text)).text if headings else ""
    listed = next((_split_names(b.text) for b in first if b.kind == BlockKind.AUTHORS), ())
    from_metadata = _split_names(metadata.get("Author", ""))
    authors = listed if len(listed) >= len(from_metadata) else from_metadata
    margins = [b.text for b in first if b.kind in (BlockKind.HEADER, BlockKind.FOOTER)] + \
        [b.text for b in first if b.kind == BlockKind.OTHER]
    journal = _journal([subject, *margins])
    volume, pages, year = _locator([subject, *margins])
    if year is None:
        year_match = YEAR.search(subject) or next(
            (m for b in first if b.kind in (BlockKind.AFFILIATION, BlockKind.FOOTER, BlockKind.OTHER)
             for m in [re.search(r"(?:Published(?: online)?:?|©|\(c\))\s*(?:\d{1,2}\s+\w+\s+)?((?:19|20)\d\d)",
                                 b.text)] if m), None) or YEAR.search(metadata.get("CreationDate", "")[2:6])
        year = int(year_match.group(1)) if year_match else None
    head = " ".join(b.text for b in first[:4])
    is_review = bool(REVIEW_CUES.search(head)) or bool(REVIEW_CUES.search(" ".join(b.text for b in first)[:400]))
    return PaperMeta(title=title, authors=authors, journal=journal, year=year, volume=volume, pages=pages,
                     doi=doi, is_review=is_review)


CITED_KINDS = (BlockKind.BODY, BlockKind.CAPTION, BlockKind.ABSTRACT)


def parenthesised_citations(blocks: tuple[Block, ...], references: int) -> tuple[Block, ...]:
    """A paper that prints its citations as "(12)" rather than "[12]" or superscripts: when the text
    carries hardly any other markers and its "(n)" groups name a good share of the reference list,
    they are the citations, and each is lifted out of its block as a marker."""
    if not references:
        return blocks
    found = sum(len(b.citations) for b in blocks if b.kind in CITED_KINDS)
    if found >= max(5, references // 10):
        return blocks
    named: set[int] = set()
    for block in blocks:
        if block.kind in CITED_KINDS:
            for m in paren_citations(block.text):
                named.update(n for n in map(int, re.findall(r"\d+", m.group(1))) if 0 < n <= references)
    if len(named) < max(3, references * 3 // 10):
        return blocks                           # numbered items or equations, not a citation style
    return lift_in_blocks(blocks, lambda text, markers, spans: lift_inline_citations(text, markers, spans,
                                                                                    PAREN_CITATION))


def footnote_marks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paper that cites in brackets ("[16]", "[12–15]") raises a number only to mark a footnote (the
    corresponding author's address, a note on a method): where its bracketed markers are many and its raised
    bare numbers few, those are no citations, and their markers are dropped."""
    cited = [m for b in blocks if b.kind in CITED_KINDS for m in b.citations]
    raised = [m for m in cited if m.raw.strip().isdigit()]
    bracketed = len(cited) - len(raised)
    if not raised or bracketed < FOOTNOTE_MARKS_BESIDE * len(raised) or bracketed < 3:
        return blocks

    def unmarked(text: str, markers: Sequence[CitationMarker], spans: Sequence[LineSpan]
                 ) -> tuple[str, list[CitationMarker], list[LineSpan]]:
        # a mark after a stop or a comma goes; one after a bracket or a word ("(1 − t)2") was an exponent
        # the layout took for a citation, and goes back into the text as printed
        edits = sorted((m.start, m.start, m.raw.strip()) for m in markers if m.raw.strip().isdigit()
                       and not text[:m.start].rstrip().endswith((".", ",", ";", ":")))
        kept = [m for m in markers if not m.raw.strip().isdigit()]
        return splice(text, edits, kept, spans) if edits else (text, kept, list(spans))

    return lift_in_blocks(blocks, unmarked)


FOOTNOTE_MARKS_BESIDE = 3       # bracketed markers to each raised bare number, at least, in a paper of footnotes


def read_document(path: Path, password: str | None = None, limits: ReadLimits = ReadLimits(),
                  options: LayoutOptions = LayoutOptions(), backend: ReaderBackend = DEFAULT_BACKEND) -> Document:
    """Read one PDF into a Document, its chars from ``backend``. Raises an InputError subclass for
    files it cannot read."""
    return finish_document(read_lines(path, password, limits, options, backend), options)


def finish_document(read: PdfLines, options: LayoutOptions = LayoutOptions()) -> Document:
    """Lines → blocks → metadata, references and the citations only the reference list can tell."""
    blocks = tuple(blocks_from_lines(read.lines, options))
    meta = paper_meta(read.info.metadata, blocks)
    references = parse_references(blocks)
    blocks = footnote_marks(parenthesised_citations(blocks, len(references)))
    blocks = author_year_citations(blocks, references)
    return Document(doc_id=doc_id_for(meta.doi, read.sha256), source=read.source, sha256=read.sha256,
                    page_count=read.info.page_count, meta=meta, blocks=blocks, references=references,
                    unresolved_citations=unresolved(blocks, references), repairs=read.repairs)
